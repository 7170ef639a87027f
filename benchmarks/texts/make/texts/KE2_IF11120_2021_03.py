from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "KE2-IF11120-2021-03", "fresh48", "IF11120", 14
TITLE = "U.S.-Japan Trade Agreement Negotiations"
LAYOUTS = ["pdf", "html"]
PDF_OPTS = ["lig", "nbsp"]
SIDEBAR = "Key Dates in the Negotiations"
CHART = {"unit": "$ billions", "ymax": 160, "ticks": [0, 40, 80, 120, 160],
         "series": ["U.S. goods exports", "U.S. goods imports"],
         "bars": {"2016": (63.3, 132.2), "2017": (67.6, 136.5), "2018": (75.0, 142.6), "2019": (74.4, 143.6), "2020": (64.1, 119.5)}}

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated March 23, 2021

## Overview

Japan is one of the most significant U.S. economic partners. Measured by total trade in goods and services, it ranked as the fourth-largest U.S. trading partner in 2020, after China, Mexico, and Canada, and it is the largest source of foreign direct investment (FDI) in the United States. Two limited agreements negotiated by the Trump Administration have governed part of that commerce since January 1, 2020: the U.S.-Japan Trade Agreement (USJTA), which lowers or removes tariffs on selected agricultural and industrial goods, and the U.S.-Japan Digital Trade Agreement (DTA). The two governments described the package as a "stage one" deal, but the broader talks it anticipated have not started.

The Biden Administration has not said whether it will seek a second stage. Katherine Tai was confirmed as U.S. Trade Representative (USTR) on March 17, a day after Secretary of State Antony Blinken and Secretary of Defense Lloyd Austin met their Japanese counterparts in Tokyo. Prime Minister Suga Yoshihide is expected to visit the White House in April, which would make him the first foreign leader to meet President Joe Biden in person. Members of Congress may examine whether further negotiations should cover autos, services, and other areas left out of the 2019 deal, and how they would proceed once Trade Promotion Authority (TPA) lapses on July 1, 2021.

## From the TPP to "Stage One"

Both countries signed the Trans-Pacific Partnership (TPP) in 2016, but President Trump withdrew the United States in January 2017. Japan then led the 10 remaining members in concluding a revised pact, the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP), which took effect at the end of 2018. Seeking to address the bilateral deficit, the Trump Administration pressed Tokyo for a bilateral deal instead. A September 2018 joint statement committed the two sides to talks, and USTR published its negotiating objectives that December.

Formal negotiations opened in April 2019 and moved quickly. The USJTA and DTA were signed on October 7, 2019, and Japan's Diet approved them in early December. The Administration treated both as executive agreements: it implemented the USJTA's tariff cuts under proclamation authority delegated in the 2015 TPA statute, so neither agreement was submitted to Congress for a vote. Some Members objected to that approach.

## What the Agreements Cover

Under the USJTA, Japan eliminates or reduces tariffs on about $7.2 billion worth of U.S. food and agricultural exports, largely matching the market access that CPTPP partners such as Australia and Canada already enjoyed. Its tariff on beef, for example, falls in stages from 38.5% to 9% by 2033. Japan did not open its rice market further. For its part, the United States cut or eliminated tariffs on 241 lines covering some $40 billion of imports from Japan, mostly machinery and other industrial goods. The 2.5% U.S. tariff on passenger cars was left in place, and the agreement says only that auto tariffs are subject to "further negotiations."

The DTA bars customs duties on electronically transmitted products such as music and software, protects cross-border data flows, and limits requirements to disclose source code. Its provisions resemble those of the U.S.-Mexico-Canada Agreement.

The USJTA's safeguard for beef was triggered this month. Imports of U.S. beef in Japan's fiscal year exceeded the agreement's 242,000-metric-ton trigger, and on March 18, Japan raised its tariff on U.S. beef from 25.8% to 38.5% for 30 days. The two sides have agreed to consult on adjusting the trigger level.

## Key Dates in the Negotiations

- September 2018: joint statement in New York launches bilateral talks
- April 2019: first formal negotiating round held in Washington
- May 17, 2019: presidential proclamation finds auto imports a threat to U.S. national security
- September 25, 2019: President Trump and Prime Minister Abe announce they have finalized a first-stage deal
- October 7, 2019: USJTA and DTA signed
- January 1, 2020: both agreements enter into force

## Section 232 Tariffs

Japan has not been exempted from the Section 232 tariffs of 25% on steel and 10% on aluminum that took effect in March 2018. Tokyo has not retaliated, though it notified the World Trade Organization that it reserved the right to do so. The autos investigation, opened under the same provision of the Trade Expansion Act of 1962, was a larger concern. In the May 2019 proclamation, President Trump directed USTR to negotiate limits on imports from Japan and the European Union within 180 days, and he had earlier floated tariffs of up to 25% on cars. The deadline passed in November 2019 with no action announced. Japanese officials say they were assured that no such tariffs would be imposed while the USJTA is being implemented in good faith; the assurance is not part of the agreement text.

## Trade and Investment Ties

The pandemic cut sharply into bilateral trade. U.S. exports of goods and services to Japan fell to $100.7 billion in 2020, from about $124 billion in 2019, and imports from Japan were $146.9 billion. In goods alone, the United States exported $64.1 billion to Japan and imported $119.5 billion, a gap of $55.4 billion (Figure 1). That was the fifth-largest U.S. goods deficit with any country; in 2019, when it was $69.2 billion, Japan's had ranked fourth. Travel restrictions hit services hardest (Table 1).

**Figure 1. U.S. Goods Trade with Japan, 2016-2020**

Source: U.S. Census Bureau, goods on a census basis.

Table 1. U.S. Trade with Japan, Goods and Services ($ billions)

| Category | 2019 | 2020 |
| --- | --- | --- |
| Goods exports | 74.4 | 64.1 |
| Services exports | 49.6 | 36.6 |
| Goods imports | 143.6 | 119.5 |
| Services imports | 35.5 | 27.4 |

Investment ties run deep. At the end of 2019, the stock of Japanese FDI in the United States stood at $619.3 billion; Japan overtook the United Kingdom that year as the top source. Japanese-owned affiliates employ close to 1 million U.S. workers. U.S. direct investment in Japan was far smaller, at just under $125 billion. Japan also holds more U.S. Treasury securities than any other foreign country, about $1.26 trillion at the end of 2020; China, in second place, held roughly $1.06 trillion.

## Japan's Other Trade Agreements

Japan has concluded several major agreements since the United States left the TPP, giving competitors of U.S. exporters preferential access. The CPTPP entered into force on December 30, 2018; the EU-Japan Economic Partnership Agreement followed on February 1, 2019. A UK-Japan agreement took effect on January 1, 2021, and in November 2020 Japan joined 14 other Asia-Pacific countries, including China and South Korea, in signing the Regional Comprehensive Economic Partnership (RCEP), its first trade pact with either.

## Outlook and Issues for Congress

The USJTA commits the two sides to consult, within four months of its entry into force, on the scope of further negotiations. Those consultations never took place, partly because of the pandemic. The Biden Administration has said it will not negotiate new trade agreements until it has made domestic investments, and it has not said whether it would consider rejoining the CPTPP.

Japanese politics may also shape the timing. Suga, who won the LDP leadership race in September 2020 after Abe stepped down for health reasons, must lead his party into a Lower House election by October 2021. His term as party president, the remainder of Abe's, ends in September.

Issues for Congress include whether a broader agreement should address autos, services, and currency; what role Congress should play in approving future deals; whether to renew TPA; and how closer coordination with Japan on supply chains for semiconductors and other technologies might fit into trade policy.

**Brock R. Williams**, Specialist in International Trade and Finance

**Cathleen D. Cimino-Isaacs**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "leaders.japan_prime_minister": P("Suga", "Yoshihide", "Prime Minister Suga Yoshihide", note="family name first"),
        "trade.overall_partner_rank": F(4, period="2020", as_written="it ranked as the fourth-largest U.S. trading partner in 2020, after China, Mexico, and Canada", note="basis: total trade in goods and services"),
        "trade.fdi_source_rank": F(1, as_written="it is the largest source of foreign direct investment (FDI) in the United States", note="also 'Japan overtook the United Kingdom that year as the top source'"),
        "trade.us_exports_to_japan": F(100700000000, period="2020", as_written="U.S. exports of goods and services to Japan fell to $100.7 billion in 2020"),
        "trade.us_imports_from_japan": F(146900000000, period="2020", as_written="and imports from Japan were $146.9 billion", note="year carried from the same sentence"),
        "trade.us_goods_exports_to_japan": F(64100000000, period="2020", as_written="In goods alone, the United States exported $64.1 billion to Japan", note="also Table 1's 2020 column"),
        "trade.us_goods_imports_from_japan": F(119500000000, period="2020", as_written="and imported $119.5 billion", note="also Table 1's 2020 column"),
        "trade.us_services_exports_to_japan": F(36600000000, period="2020", as_written="Services exports | 49.6 | 36.6", note="only in Table 1 ($ billions), 2020 column"),
        "trade.us_services_imports_from_japan": F(27400000000, period="2020", as_written="Services imports | 35.5 | 27.4", note="only in Table 1 ($ billions), 2020 column"),
        "trade.goods_deficit": F(55400000000, period="2020", as_written="a gap of $55.4 billion"),
        "trade.goods_deficit_rank": F(5, period="2020", as_written="That was the fifth-largest U.S. goods deficit with any country", note="subject carried from the sentence before"),
        "trade.japan_fdi_stock_in_us": F(619300000000, period="2019", as_written="At the end of 2019, the stock of Japanese FDI in the United States stood at $619.3 billion"),
        "trade.us_fdi_stock_in_japan": F(125000000000, "under", period="2019", as_written="U.S. direct investment in Japan was far smaller, at just under $125 billion", note="year carried from the FDI sentences before"),
        "trade.treasury_holder_rank": F(1, as_written="Japan also holds more U.S. Treasury securities than any other foreign country"),
        "agreements.usjta_signed": D("2019-10-07", as_written="The USJTA and DTA were signed on October 7, 2019", note="also the sidebar bullet 'October 7, 2019: USJTA and DTA signed'"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="have governed part of that commerce since January 1, 2020", note="also the sidebar bullet 'January 1, 2020: both agreements enter into force'"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="have governed part of that commerce since January 1, 2020", note="the two agreements together"),
    },
    "elections": {
        "ldp_president_2020": E("LDP president", "2020-09", "held", result="Suga won after Abe stepped down"),
        "lower_house_2021": E("Lower House", "2021-10", "upcoming", note="'must lead his party into a Lower House election by October 2021': a deadline months away, also the upcoming election (extract-dev's D2)"),
    },
    "events": {
        "first_negotiating_round": EV("First formal round of U.S.-Japan trade agreement negotiations, in Washington", "2019-04", "held"),
        "section232_autos_proclamation": EV("Presidential proclamation finds auto imports a threat to U.S. national security", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Trump and Abe announce they have finalized a first-stage deal", "2019-09-25", "held"),
    },
    "notes": "Traps: 'Katherine Tai was confirmed as U.S. Trade Representative (USTR) on March 17' and 'a day after Secretary of State Antony Blinken and Secretary of Defense Lloyd Austin met' (officials, not the President); 'expected to visit the White House in April' (planned); 'the 2019 deal' and 'once Trade Promotion Authority (TPA) lapses on July 1, 2021' (a law's lapse); 'Both countries signed the Trans-Pacific Partnership (TPP) in 2016' and 'President Trump withdrew the United States in January 2017' (former president); 'the 10 remaining members' and 'which took effect at the end of 2018' (CPTPP); 'A September 2018 joint statement committed the two sides to talks' and the sidebar bullet 'September 2018: joint statement in New York' (no tracked event); 'USTR published its negotiating objectives that December'; \"Japan's Diet approved them in early December\" (not entry into force); 'the 2015 TPA statute' (year of a law); 'about $7.2 billion worth of U.S. food and agricultural exports'; 'falls in stages from 38.5% to 9% by 2033'; 'tariffs on 241 lines covering some $40 billion of imports from Japan'; 'The 2.5% U.S. tariff on passenger cars was left in place' (an MFN rate on cars, not a Section 232 auto tariff or the tariff on most imports); \"the agreement's 242,000-metric-ton trigger\", 'on March 18, Japan raised its tariff on U.S. beef from 25.8% to 38.5% for 30 days' (Japan's tariff); 'President Trump and Prime Minister Abe announce' (former leaders); 'the Section 232 tariffs of 25% on steel and 10% on aluminum that took effect in March 2018' (not autos); 'the Trade Expansion Act of 1962'; 'within 180 days' and 'he had earlier floated tariffs of up to 25% on cars' (threatened, never imposed: no Section 232 auto rate is stated); 'The deadline passed in November 2019'; 'from about $124 billion in 2019' (past exports); 'in 2019, when it was $69.2 billion, Japan's had ranked fourth' (past deficit and rank); Figure 1 (goods trade 2016-2020, $ billions, ticks 0-160, year labels and two-series legend, no value labels; in the html sidebar); Table 1's 2019 column ('74.4', '49.6', '143.6', '35.5'); 'Japan overtook the United Kingdom that year' (not a rank of 2); 'close to 1 million U.S. workers'; 'about $1.26 trillion at the end of 2020' and 'China, in second place, held roughly $1.06 trillion' (China's rank and holdings); 'The CPTPP entered into force on December 30, 2018'; 'followed on February 1, 2019' (EU-Japan EPA); 'A UK-Japan agreement took effect on January 1, 2021' (another agreement's entry into force, one year after the USJTA's); 'in November 2020 Japan joined 14 other Asia-Pacific countries' (RCEP); 'within four months of its entry into force'; 'who won the LDP leadership race in September 2020 after Abe stepped down' (former PM); 'His term as party president, the remainder of Abe's, ends in September' (a term end, no vote stated: not an election). Sidebar 'Key Dates in the Negotiations' is an html aside (bullets) and an ordinary section in the PDF. PDF: ligatures and non-breaking spaces.",
}
