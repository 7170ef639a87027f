from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "AB1-IF11120-2023-03", "fresh14", "IF11120", 14
TITLE = "U.S.-Japan Trade Agreements and Negotiations"
LAYOUTS = ["interleaved", "html"]
PDF_OPTS = ["nbsp", "hyph"]
SIDEBAR = "The Critical Minerals Agreement"
CHART = {"unit": "$ billions", "ymax": 60, "ticks": [0, 20, 40, 60],
         "series": ["U.S. services exports to Japan", "U.S. services imports from Japan"],
         "bars": {"2018": (46.0, 35.9), "2019": (49.5, 36.5), "2020": (40.3, 28.0), "2021": (37.6, 32.6), "2022": (39.9, 32.2)}}

MD = """
U.S.-Japan Trade Agreements and Negotiations

Updated March 30, 2023

## Overview

Japan is one of the largest U.S. trading partners and, by some measures, its most important source of foreign investment. Bilateral trade policy has shifted from tariff bargaining toward supply chains and clean energy. This week, the two governments signed a critical minerals agreement (CMA) that the Biden Administration says will let Japan qualify for a tax credit in the Inflation Reduction Act (IRA; P.L. 117-169) (see text box). The Administration has not sought a comprehensive free trade agreement (FTA) with Japan. It has favored instead the Indo-Pacific Economic Framework for Prosperity (IPEF), launched in Tokyo in May 2022, and the bilateral Partnership on Trade.

President Joe Biden hosted Prime Minister Kishida Fumio at the White House on January 13. Kishida, who chairs the Group of Seven (G7) this year, is to host its leaders in Hiroshima May 19-21.

## Trade and Investment Ties

Table 1 ranks the largest U.S. trading partners by two-way trade in goods and services in 2022, treating the 27 member states of the European Union (EU) as a single partner.

Table 1. Largest U.S. Trading Partners, 2022 ($ billions)

| Rank | Partner | Goods and services trade |
| --- | --- | --- |
| 1 | European Union | 1,389 |
| 2 | Canada | 908 |
| 3 | Mexico | 855 |
| 4 | China | 758 |
| 5 | Japan | 300 |
| 6 | United Kingdom | 283 |

Source: CRS, with Bureau of Economic Analysis (BEA) data.

Imports from Japan reached $180.3 billion in 2022: $148.1 billion of merchandise, led by motor vehicles and parts, machinery, and electrical equipment, and $32.2 billion of services such as transport and royalties. Flowing the other way were $120.1 billion in U.S. exports, of which merchandise accounted for $80.2 billion and services, charges for the use of intellectual property foremost among them, for $39.9 billion. Both flows grew from 2021, when they had stood at $167.8 billion and $112.2 billion, respectively. Services trade left the United States with a surplus of $7.7 billion (Figure 1).

**Figure 1. U.S. Services Trade with Japan, 2018-2022**

Source: BEA. Balance of payments basis, $ billions.

The U.S. deficit in merchandise trade with Japan widened to $67.9 billion from $60.5 billion. By size, it ranked sixth among U.S. bilateral goods deficits; in 2021 it had ranked fourth.

Investment ties are deeper still. Measured by the stock of foreign direct investment (FDI), the leading foreign investor in the United States is Japan, whose firms' position reached $721.2 billion at the end of 2021, the latest year reported. U.S. firms' direct investment position in Japan was just under $120 billion that year, roughly a sixth the size. Japan's holdings of U.S. Treasury securities, $1.10 trillion in January 2023, head the list of foreign holdings, some $245 billion above China's.

## The 2019 Agreements

The agreements in force today grew out of talks that President Donald Trump and then-Prime Minister Abe Shinzo agreed to open when the two met in New York on Wednesday, September 26, 2018. The first formal round opened in Washington on April 15, 2019, and ran two days. On September 25, 2019, again in New York, the two leaders issued a joint statement declaring the first stage of the negotiations complete.

U.S. Trade Representative Robert Lighthizer and Japan's then-ambassador, Sugiyama Shinsuke, signed the U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement at the White House on October 7, 2019. After Japan's Diet approved them in December, both took effect on New Year's Day 2020; neither required a vote in Congress. Under the USJTA, Japan reduced or eliminated tariffs on about $7 billion of U.S. farm products, its beef tariff falling in stages from 38.5% toward 9% by FY2033, and the United States cut duties on some $40 million of agricultural imports and a handful of industrial goods. The joint statement envisioned further talks within four months of entry into force; none has begun.

## Section 232: Autos, Steel, and Aluminum

In a proclamation issued May 17, 2019, President Trump found that imports of autos and parts threatened to impair U.S. national security, but he imposed no tariffs, directing USTR instead to negotiate agreements within 180 days. The Commerce Department had recommended duties of up to 25%. None was ever applied, and Japanese vehicles still pay the 2.5% most-favored-nation rate on cars and 25% on light trucks.

Steel and aluminum from Japan have paid Section 232 tariffs of 25% and 10%, respectively, since March 2018. Since April 1, 2022, a tariff-rate quota has let up to 1.25 million metric tons of Japanese steel a year enter duty-free; aluminum received no comparable relief.

## The Critical Minerals Agreement

Signed in Washington on Tuesday, March 28, by Trade Representative Katherine Tai and Ambassador Tomita Koji, the CMA took effect on signature. Each side commits not to impose export duties on cobalt, graphite, lithium, manganese, or nickel and to share information on supply chains. The IRA's clean vehicle credit of up to $7,500 requires that a rising share of battery minerals, 40% this year and 80% after 2026, come from the United States or an FTA partner. The Treasury Department is expected to issue proposed guidance on March 31 that would count the CMA as such an agreement.

## Political Context

The ruling Liberal Democratic Party (LDP) and its partner Komeito gained seats in the July 2022 Upper House election, a campaign overshadowed by the assassination of former Prime Minister Abe that month. Kishida's approval ratings, below 30% in some polls late last year, have recovered somewhat; local elections follow in April.

## IPEF, CPTPP, and Other Fora

IPEF's 14 partners have held negotiating rounds since December on trade, supply chains, clean energy, and tax and anticorruption. Japan, which led the 11 remaining signatories to conclude the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP) after the U.S. withdrawal from TPP in January 2017, expects the United Kingdom's accession talks to conclude shortly.

## Issues for Congress

- Whether the CMA, and similar accords the Administration is negotiating with the EU, should require congressional approval.
- Whether to seek a second-stage agreement covering services, investment, and remaining Japanese barriers to U.S. rice, dairy, and autos.
- How to treat Japanese steel under the 25% tariff and its quota, and whether to restore Trade Promotion Authority, which lapsed on July 1, 2021.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Mark E. Manyin**, Specialist in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden hosted Prime Minister Kishida Fumio"),
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "President Joe Biden hosted Prime Minister Kishida Fumio at the White House on January 13"),
        "trade.overall_partner_rank": F(5, period="2022", as_written="Table 1 row '5 | Japan | 300'",
                                        note="stated only in Table 1 (Rank column), EU counted as one partner"),
        "trade.us_imports_from_japan": F(180300000000, period="2022", as_written="Imports from Japan reached $180.3 billion in 2022"),
        "trade.us_goods_imports_from_japan": F(148100000000, period="2022", as_written="$148.1 billion of merchandise",
                                               note="'merchandise' = goods"),
        "trade.us_services_imports_from_japan": F(32200000000, period="2022", as_written="and $32.2 billion of services such as transport and royalties"),
        "trade.us_exports_to_japan": F(120100000000, period="2022", as_written="Flowing the other way were $120.1 billion in U.S. exports",
                                       note="year carried from the sentence before"),
        "trade.us_goods_exports_to_japan": F(80200000000, period="2022", as_written="of which merchandise accounted for $80.2 billion"),
        "trade.us_services_exports_to_japan": F(39900000000, period="2022", as_written="and services, charges for the use of intellectual property foremost among them, for $39.9 billion"),
        "trade.goods_deficit": F(67900000000, period="2022", as_written="The U.S. deficit in merchandise trade with Japan widened to $67.9 billion from $60.5 billion"),
        "trade.goods_deficit_rank": F(6, period="2022", as_written="By size, it ranked sixth among U.S. bilateral goods deficits"),
        "trade.fdi_source_rank": F(1, period="2021", as_written="the leading foreign investor in the United States is Japan, whose firms' position reached $721.2 billion at the end of 2021"),
        "trade.japan_fdi_stock_in_us": F(721200000000, period="2021", as_written="whose firms' position reached $721.2 billion at the end of 2021"),
        "trade.us_fdi_stock_in_japan": F(120000000000, "under", period="2021", as_written="U.S. firms' direct investment position in Japan was just under $120 billion that year"),
        "trade.treasury_holder_rank": F(1, period="2023-01", as_written="Japan's holdings of U.S. Treasury securities, $1.10 trillion in January 2023, head the list of foreign holdings"),
        "agreements.usjta_signed": D("2019-10-07", as_written="signed the U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement at the White House on October 7, 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="both took effect on New Year's Day 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="both took effect on New Year's Day 2020"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="Signed in Washington on Tuesday, March 28",
                                                 note="sidebar; year from the text's date"),
    },
    "elections": {
        "upper_house_2022": E("Upper House", "2022-07", "held", result="LDP and Komeito gained seats"),
    },
    "events": {
        "first_negotiating_round": EV("first formal round of U.S.-Japan trade negotiations opens in Washington", "2019-04-15", "held"),
        "section232_autos_proclamation": EV("Section 232 auto proclamation (no tariffs imposed)", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("joint statement in New York declaring the first stage complete", "2019-09-25", "held"),
        "abe_assassination": EV("former Prime Minister Abe assassinated", "2022-07"),
    },
    "notes": "Traps: 'This week, the two governments signed a critical minerals agreement' (no date; the CMA is dated by the sidebar's 'Tuesday, March 28'); 'launched in Tokyo in May 2022' (IPEF); 'at the White House on January 13' and 'in Hiroshima May 19-21' (visits, planned meetings); Table 1's other rows ('1 | European Union | 1,389', '2 | Canada', '3 | Mexico', '4 | China', '6 | United Kingdom | 283') and Japan's '300' (a two-way total, no fact); 'treating the 27 member states'; 'when they had stood at $167.8 billion and $112.2 billion, respectively' (2021 imports and exports, past); 'Services trade left the United States with a surplus of $7.7 billion' (a services balance, not the goods deficit); 'from $60.5 billion' (2021 deficit); 'in 2021 it had ranked fourth' (past deficit rank); 'roughly a sixth the size' (a fraction, no fact); 'some $245 billion above China's' (another country; the $1.10 trillion has no fact); 'Wednesday, September 26, 2018' is tariff_talks_announced; 'opened in Washington on April 15, 2019, and ran two days' (first round dated by its opening day); 'On September 25, 2019, again in New York' (stage one, not the signing); 'Robert Lighthizer', 'Sugiyama Shinsuke', 'Katherine Tai', 'Ambassador Tomita Koji', 'President Donald Trump and then-Prime Minister Abe Shinzo' (not the current leaders); 'After Japan's Diet approved them in December' (not entry into force); 'about $7 billion of U.S. farm products', 'from 38.5% toward 9% by FY2033', 'some $40 million'; 'within four months of entry into force; none has begun'; 'In a proclamation issued May 17, 2019' is section232_autos_proclamation, with 'imposed no tariffs', 'within 180 days', 'duties of up to 25%' and 'None was ever applied' (no Section 232 auto rate); 'the 2.5% most-favored-nation rate on cars and 25% on light trucks' (MFN rates, not a tariff on most imports); 'Section 232 tariffs of 25% and 10%, respectively, since March 2018' and 'Since April 1, 2022, a tariff-rate quota has let up to 1.25 million metric tons' (steel and aluminum only; no tariff on most imports); 'the CMA took effect on signature' (no in-force fact); 'up to $7,500', '40% this year and 80% after 2026'; 'is expected to issue proposed guidance on March 31' (planned); 'the July 2022 Upper House election' (held) and 'the assassination of former Prime Minister Abe that month' (abe_assassination, month precision from 'that month'); 'below 30% in some polls'; 'nationwide local elections follow in April' (local, not listed); 'IPEF's 14 partners', 'the 11 remaining signatories', 'the U.S. withdrawal from TPP in January 2017'; 'which lapsed on July 1, 2021' (TPA); Figure 1 (services trade 2018-2022, two series, ticks 0-60, no value labels); HTML sidebar 'The Critical Minerals Agreement' (the generator floats Figure 1 into it); interleaved PDF options NBSP and hyphenated line ends",
}
