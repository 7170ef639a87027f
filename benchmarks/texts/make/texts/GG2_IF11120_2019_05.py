from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "GG2-IF11120-2019-05", "fresh9", "IF11120", 3
TITLE = "U.S.-Japan Trade Agreement Negotiations"
LAYOUTS = ["md", "pdf"]
PDF_OPTS = ["quotes", "hyph"]
CHART = {"unit": "$ billions", "ymax": 600, "ticks": [0, 150, 300, 450, 600],
         "series": ["U.S. goods exports", "U.S. goods imports"],
         "bars": {"China": (120.1, 539.5), "Mexico": (265.0, 346.5), "Canada": (298.7, 318.5), "Japan": (75.0, 142.6), "Germany": (57.7, 125.9)}}

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated May 30, 2019

## Overview

The United States and Japan are negotiating a bilateral trade agreement, their first such effort since President Donald J. Trump withdrew the United States from the Trans-Pacific Partnership (TPP) in January 2017. The talks rest on a September 26, 2018, joint statement in which the President and Prime Minister Shinzo Abe agreed to pursue an agreement on goods and on "other key areas including services" that could yield early results. The Administration is proceeding under Trade Promotion Authority (TPA), which obliges it to consult with Congress and frames the objectives it must pursue; whether any resulting deal needs an implementing bill depends on how far it reaches beyond tariff cuts. A threat of higher U.S. tariffs on Japanese cars hangs over the process.

## From Joint Statement to Negotiating Table

The path to formal talks was a long one by recent standards. The U.S. Trade Representative (USTR) gave Congress the 90 days' notice TPA requires on October 16, 2018, held a public hearing in December, and released a summary of its objectives on December 21, 2018. Those objectives cover the full range of a comprehensive agreement, from agriculture and services to currency practices, while Tokyo has described the talks as concerned mainly with goods.

The negotiators themselves, USTR Robert Lighthizer and Japan's economy minister Toshimitsu Motegi, did not sit down for a first formal round until mid-April 2019, two days of meetings in Washington. They met again around the leaders' April 26 summit at the White House and during President Trump's state visit to Tokyo on May 25-28, the first by a foreign leader since Emperor Naruhito's accession on May 1. In Tokyo, the President indicated that announcements might come in August, once the Upper House election Japan holds in July is behind Prime Minister Abe.

Agriculture is the central U.S. demand. Since the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP) took effect on December 30, 2018, and the Japan-EU Economic Partnership Agreement on February 1, 2019, U.S. farm exporters have faced higher Japanese duties than their Australian, Canadian, or European rivals: in FY2019, for example, U.S. beef pays 38.5% while beef from CPTPP members pays 26.6%. Japan has signaled that it will go no further on farm access than it did in the TPP.

## Section 232: Metals and Motor Vehicles

**Steel and aluminum.** Japanese steel and aluminum have paid Section 232 duties of 25% and 10%, respectively, since March 23, 2018. Japan sought an exemption and did not receive one, unlike South Korea, which accepted a quota on its steel. Canada and Mexico secured the removal of the duties on their metals under a May 17, 2019, understanding; Tokyo has cited that outcome in asking for the same treatment.

**Autos and parts.** The larger risk concerns vehicles. The Commerce Department delivered its report on auto imports to the President on February 17, 2019. On May 17, 2019, the President agreed with its finding that imports of cars and parts threaten to impair U.S. national security, and he directed USTR to seek agreements with Japan, the European Union, and other appropriate partners to address that threat. For now, no new tariff applies; Commerce had offered options including duties of as much as 25%, ten times the current 2.5% U.S. tariff on passenger cars. The directive carries a 180-day clock, which lapses in mid-November, after which the President may decide on further action. Japanese-brand automakers assembled nearly 3.8 million vehicles at U.S. plants in 2018, more than twice the number they shipped from Japan.

**Figure 1. Top U.S. Goods Trading Partners, 2018**

Source: U.S. Census Bureau. Goods only, census basis.

## Economic Ties in Figures

On a combined goods-and-services basis, the bilateral relationship was worth just over $300 billion in 2018, enough to keep Japan in fourth place among U.S. trading partners, after China, Mexico, and Canada (Figure 1).

- U.S. sellers earned $121.1 billion from Japan in 2018. Goods, led by aircraft, machinery, medical instruments, and farm products, made up $75.2 billion of that sum; services, chiefly royalties and licensing fees, travel, and financial services, contributed $45.9 billion.
- Flows in the other direction were larger. Americans bought $179.7 billion worth of Japanese goods and services, roughly four-fifths of it merchandise: $143.6 billion in goods against $36.1 billion in services.
- Measured on goods alone, the United States came up $67.6 billion short with Japan in 2018. That gap trailed only those with China, Mexico, and Germany among U.S. bilateral goods deficits, and it has stayed within a narrow $67 billion to $69 billion band since 2015.

Investment runs heavily from Japan to the United States. Japanese firms held $484.4 billion of direct investment in the United States at the end of 2018, measured at historical cost, a stake exceeded only by that of British investors. U.S. direct investment in Japan, at a bit over $124 billion, is roughly a quarter of that amount. In Treasury securities, Japan trails just one foreign holder: China, whose roughly $1.12 trillion in March 2019 compared with Japan's $1.07 trillion.

## Issues for Congress

**Scope and sequencing.** An initial deal confined to tariffs might be put into effect by proclamation under the tariff authority TPA grants, without a vote; a broader one would require implementing legislation. Members may weigh whether a limited first stage would reduce U.S. leverage on services, digital trade, and nontariff barriers in any later one.

**Autos.** Some Members have questioned the national security rationale for auto tariffs and have introduced bills to constrain the Section 232 authority. Japan maintains that quantitative limits on its car exports, which the proclamation appears to contemplate, would be inconsistent with World Trade Organization rules.

**Currency.** USTR's objectives call for provisions to deter currency manipulation, an issue Japanese officials have said belongs with finance ministries rather than in a trade agreement.

**Brock R. Williams**, Specialist in International Trade and Finance

**Cathleen D. Cimino-Isaacs**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald J. Trump"),
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Shinzo Abe", note="given name first"),
        "trade.overall_partner_rank": F(4, period="2018", as_written="enough to keep Japan in fourth place among U.S. trading partners, after China, Mexico, and Canada"),
        "trade.us_exports_to_japan": F(121100000000, period="2018", as_written="U.S. sellers earned $121.1 billion from Japan in 2018"),
        "trade.us_goods_exports_to_japan": F(75200000000, period="2018", as_written="Goods, led by aircraft, machinery, medical instruments, and farm products, made up $75.2 billion of that sum"),
        "trade.us_services_exports_to_japan": F(45900000000, period="2018", as_written="services, chiefly royalties and licensing fees, travel, and financial services, contributed $45.9 billion"),
        "trade.us_imports_from_japan": F(179700000000, period="2018", as_written="Americans bought $179.7 billion worth of Japanese goods and services", note="year carried from the bullet before"),
        "trade.us_goods_imports_from_japan": F(143600000000, period="2018", as_written="$143.6 billion in goods against $36.1 billion in services"),
        "trade.us_services_imports_from_japan": F(36100000000, period="2018", as_written="$143.6 billion in goods against $36.1 billion in services"),
        "trade.goods_deficit": F(67600000000, period="2018", as_written="Measured on goods alone, the United States came up $67.6 billion short with Japan in 2018"),
        "trade.goods_deficit_rank": F(4, period="2018", as_written="That gap trailed only those with China, Mexico, and Germany among U.S. bilateral goods deficits", note="three larger: fourth"),
        "trade.fdi_source_rank": F(2, period="2018", as_written="a stake exceeded only by that of British investors"),
        "trade.japan_fdi_stock_in_us": F(484400000000, period="2018", as_written="Japanese firms held $484.4 billion of direct investment in the United States at the end of 2018"),
        "trade.us_fdi_stock_in_japan": F(124000000000, "over", period="2018", as_written="U.S. direct investment in Japan, at a bit over $124 billion", note="'a bit over' read as over; year carried"),
        "trade.treasury_holder_rank": F(2, period="2019-03", as_written="In Treasury securities, Japan trails just one foreign holder: China"),
    },
    "elections": {
        "upper_house_2019": E("Upper House", "2019-07", "upcoming", note="'once the Upper House election Japan holds in July is behind Prime Minister Abe'"),
    },
    "events": {
        "first_negotiating_round": EV("First formal round of U.S.-Japan trade talks, two days in Washington", "2019-04", "held"),
        "section232_autos_proclamation": EV("President agrees auto and parts imports threaten national security; directs USTR to negotiate with Japan and the EU", "2019-05-17", "held"),
    },
    "notes": "Traps: 'withdrew ... from the Trans-Pacific Partnership (TPP) in January 2017'; 'a September 26, 2018, joint statement' (not a slug event); 'the 90 days' notice TPA requires on October 16, 2018', 'a public hearing in December', 'on December 21, 2018'; 'the leaders' April 26 summit' and 'state visit to Tokyo on May 25-28' and 'Emperor Naruhito's accession on May 1'; 'announcements might come in August' (planned); 'took effect on December 30, 2018' (CPTPP) and 'on February 1, 2019' (Japan-EU EPA); 'U.S. beef pays 38.5% while beef from CPTPP members pays 26.6%' (Japan's tariffs); 'Section 232 duties of 25% and 10%, respectively, since March 23, 2018' (steel and aluminum, not autos or most imports); 'a May 17, 2019, understanding' (Canada and Mexico; same day as the proclamation); 'delivered its report ... on February 17, 2019'; 'no new tariff applies', 'duties of as much as 25%' (option, not imposed: no section232_autos rate), 'the current 2.5% U.S. tariff on passenger cars' (MFN); 'a 180-day clock, which lapses in mid-November' (due date); 'nearly 3.8 million vehicles'; Figure 1 (goods trade with five partners, $ billions, ticks 0-600, no value labels); 'worth just over $300 billion' (two-way total, not a catalogue fact); 'roughly four-fifths of it merchandise'; 'a narrow $67 billion to $69 billion band since 2015' (earlier deficits); 'roughly a quarter of that amount'; 'China, whose roughly $1.12 trillion in March 2019 compared with Japan's $1.07 trillion' (holdings, not ranks); 'ten times'; PDF curly quotes and hyphenation. Title in this version: 'U.S.-Japan Trade Agreement Negotiations' (the era's title).",
}
