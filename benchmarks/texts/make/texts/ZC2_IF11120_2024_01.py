from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "ZC2-IF11120-2024-01", "fresh46", "IF11120", 17
TITLE = "U.S.-Japan Trade Agreement Negotiations"
LAYOUTS = ["interleaved", "md"]
PDF_OPTS = ["lig", "hyph"]
CHART = {"unit": "$ billions", "ymax": 200, "ticks": [0, 50, 100, 150, 200],
         "series": ["Exports to Japan", "Imports from Japan"],
         "bars": {"2018": (121.0, 178.0), "2019": (124.0, 182.0), "2020": (103.0, 143.0), "2021": (112.0, 168.0), "2022": (120.0, 180.0)}}

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated January 17, 2024

## Introduction

Japan is one of the largest U.S. economic partners and a treaty ally, and the two governments have spent much of the past five years redefining how they handle trade. In 2019 the Trump Administration concluded two limited "stage one" agreements with Japan, one on tariffs and one on digital trade. The Biden Administration has not pursued the broader second stage the 2019 texts anticipated. It has instead worked with Japan on supply chains, export controls, and critical minerals, and through the Indo-Pacific Economic Framework for Prosperity (IPEF). Prime Minister Kishida Fumio and President Joe Biden have described the relationship as the strongest it has been, and a Kishida visit to Washington is expected in the spring. Issues that may draw congressional attention in 2024 include Nippon Steel's proposed purchase of U.S. Steel, oversight of trade deals concluded without a vote of Congress, and the future of IPEF's trade pillar.

## Trade and Investment Ties

Japan was the fifth-largest U.S. trading partner in 2022, counting goods and services. U.S. exports of goods and services to Japan that year reached $120.1 billion, while imports from Japan totaled $180.3 billion. Goods make up the bulk of both flows (Table 1). The goods deficit with Japan, $67.9 billion, ranked fifth among U.S. bilateral goods deficits, behind those with China, Mexico, Vietnam and Canada; it had stood at about $60 billion in 2021. Partial data for 2023 show U.S. goods exports to Japan roughly 4% below their 2022 pace through November.

Table 1. U.S. Trade with Japan by Type, 2021-2022 ($ billions)

| | 2021 | 2022 |
| --- | --- | --- |
| Goods exports | 74.6 | 80.2 |
| Services exports | 37.6 | 39.9 |
| Goods imports | 135.1 | 148.1 |
| Services imports | 32.7 | 32.2 |

Source: Bureau of Economic Analysis and Census Bureau data.

**Figure 1. U.S. Goods and Services Trade with Japan, 2018-2022**

Source: Bureau of Economic Analysis. Rounded; not seasonally adjusted.

Investment ties run deeper than trade. Japan has been the top source of foreign direct investment (FDI) in the United States every year since 2019. Its FDI position reached $775.0 billion at the end of 2022, up from $712.0 billion a year before, and Japanese-owned firms employed nearly one million U.S. workers. U.S. direct investment in Japan, roughly $125 billion, is about one-sixth as large. Japan also holds more U.S. Treasury securities than any other foreign country: about $1.1 trillion in October 2023, against China's roughly $770 billion.

## The 2019 Agreements

The U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement were signed in Washington on October 7, 2019. Both entered into force on January 1, 2020. Under the USJTA, Japan eliminated or reduced tariffs on about $7 billion of U.S. farm and food exports, roughly matching the access U.S. competitors gained under the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP). The tariff on U.S. beef, 38.5% before the deal, falls in annual steps and is to be 22.5% from April 2024 and 9% in FY2033. A safeguard lets Japan raise beef duties temporarily if imports pass set volumes; it was triggered once, in March 2021, and the two sides amended the trigger in 2022. The United States, for its part, cut or removed tariffs on a limited list of industrial goods, such as some machine tools and bicycle parts. U.S. duties on Japanese passenger cars (2.5%) and light trucks (25%) were untouched.

The Digital Trade Agreement bars customs duties on electronic transmissions, protects the cross-border flow of data, and limits requirements that firms disclose source code. Its provisions resemble those of the U.S.-Mexico-Canada Agreement.

Neither agreement was submitted to Congress for approval. The Administration relied on tariff proclamation authority in Section 103(a) of the Bipartisan Congressional Trade Priorities and Accountability Act of 2015 for the USJTA, and treated the digital agreement as an executive agreement. Some Members objected that this approach sidestepped Congress's constitutional role over trade.

## Key Dates

- April 2019: First formal negotiating round, held in Washington.
- May 17, 2019: President Trump proclaims that imports of autos and parts threaten U.S. national security and directs USTR to negotiate with Japan and the EU; no auto tariffs follow.
- September 25, 2019: Trump and Prime Minister Abe announce that the stage one deal is final, at a meeting in New York.
- October 7, 2019: Both agreements are signed.
- January 1, 2020: Both take effect.
- March 28, 2023: The Critical Minerals Agreement is signed.

## Steel and Aluminum

In 2018, the Trump Administration imposed Section 232 tariffs of 25% on steel and 10% on aluminum from Japan. Under an arrangement announced in February 2022 and in effect since April 1 of that year, the United States allows 1.25 million metric tons of Japanese steel to enter each year without the 25% duty; volumes above that quota still pay it. The aluminum tariff was left in place. The 2019 auto proclamation, which raised the prospect of tariffs of up to 25% on Japanese vehicles, lapsed without action.

## Critical Minerals Agreement

The U.S.-Japan Critical Minerals Agreement (CMA), signed on March 28, 2023, commits both sides to refrain from export duties on cobalt, graphite, lithium, manganese, and nickel and to share information on supply chains. Its practical effect is tied to the Inflation Reduction Act of 2022 (P.L. 117-169): the Treasury Department treats the agreement as a free trade agreement, so minerals processed in Japan can count toward the clean vehicle credit of up to $7,500. Several Members questioned whether an agreement never put to Congress can qualify as an FTA.

## IPEF and Other Plurilateral Efforts

IPEF was launched in Tokyo in May 2022 with 14 members. Its supply chain agreement was signed in November 2023 and is expected to take effect in February 2024; the clean economy and fair economy pillars were substantially concluded at the same San Francisco meeting. Talks on the trade pillar, which would not cut tariffs, remain unfinished. Japan, meanwhile, is a member of the CPTPP, which the United Kingdom agreed in July 2023 to join as its 12th member, and it has urged the United States to return to the pact the Trump Administration left in January 2017.

## Nippon Steel and U.S. Steel

On December 18, 2023, Nippon Steel agreed to acquire U.S. Steel for $14.1 billion, or $55 per share. The deal requires review by the Committee on Foreign Investment in the United States (CFIUS) and approval by U.S. Steel's shareholders. Several Members and the United Steelworkers have opposed it.

## Issues for Congress

- Whether to seek a comprehensive trade agreement with Japan covering services, investment, and autos, as envisioned in 2019.
- Oversight of executive trade agreements, including the CMA, and whether to require a vote on future ones.
- The yen's slide to about 151 to the dollar in late 2023, a 33-year low, which some manufacturers argue favors Japanese exports.
- Political calendars in both countries. Kishida, weakened by an LDP fundraising scandal, faces the party's presidential election in September 2024, and the U.S. presidential election follows in November.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Kishida Fumio", note="family name first"),
        "trade.overall_partner_rank": F(5, period="2022", as_written="Japan was the fifth-largest U.S. trading partner in 2022, counting goods and services"),
        "trade.us_exports_to_japan": F(120100000000, period="2022", as_written="U.S. exports of goods and services to Japan that year reached $120.1 billion",
                                       note="year carried by 'that year'"),
        "trade.us_imports_from_japan": F(180300000000, period="2022", as_written="while imports from Japan totaled $180.3 billion"),
        "trade.us_goods_exports_to_japan": F(80200000000, period="2022", as_written="Table 1: Goods exports | 74.6 | 80.2", note="2022 column; 2021 is a trap"),
        "trade.us_services_exports_to_japan": F(39900000000, period="2022", as_written="Table 1: Services exports | 37.6 | 39.9"),
        "trade.us_goods_imports_from_japan": F(148100000000, period="2022", as_written="Table 1: Goods imports | 135.1 | 148.1"),
        "trade.us_services_imports_from_japan": F(32200000000, period="2022", as_written="Table 1: Services imports | 32.7 | 32.2"),
        "trade.goods_deficit": F(67900000000, period="2022", as_written="The goods deficit with Japan, $67.9 billion"),
        "trade.goods_deficit_rank": F(5, period="2022", as_written="ranked fifth among U.S. bilateral goods deficits, behind those with China, Mexico, Vietnam and Canada"),
        "trade.fdi_source_rank": F(1, as_written="Japan has been the top source of foreign direct investment (FDI) in the United States every year since 2019"),
        "trade.japan_fdi_stock_in_us": F(775000000000, period="2022", as_written="Its FDI position reached $775.0 billion at the end of 2022",
                                         note="subject 'Its' carried from the sentence before"),
        "trade.us_fdi_stock_in_japan": F(125000000000, "about", as_written="U.S. direct investment in Japan, roughly $125 billion, is about one-sixth as large",
                                         note="no year written; 'one-sixth' is a ratio, not a value"),
        "trade.treasury_holder_rank": F(1, as_written="Japan also holds more U.S. Treasury securities than any other foreign country"),
        "agreements.usjta_signed": D("2019-10-07", as_written="were signed in Washington on October 7, 2019", note="also 'October 7, 2019: Both agreements are signed.'"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="Both entered into force on January 1, 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="Both entered into force on January 1, 2020", note="'Both' = the USJTA and the Digital Trade Agreement"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="The U.S.-Japan Critical Minerals Agreement (CMA), signed on March 28, 2023",
                                                 note="also in Key Dates"),
    },
    "elections": {
        "ldp_president_2024": E("LDP president", "2024-09", "upcoming", note="Kishida 'faces the party's presidential election'"),
    },
    "events": {
        "first_negotiating_round": EV("First formal round of U.S.-Japan trade agreement negotiations, in Washington", "2019-04", "held"),
        "section232_autos_proclamation": EV("President proclaims auto and parts imports a threat to national security and directs negotiations", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Trump and Abe announce the stage one deal is final", "2019-09-25", "held"),
    },
    "notes": "Traps: 'In 2019 the Trump Administration concluded two limited \"stage one\" agreements' (year only, beside the exact signing date); 'a Kishida visit to Washington is expected in the spring' (planned); 'it had stood at about $60 billion in 2021' (previous deficit); 'roughly 4% below their 2022 pace through November' (partial 2023); Table 1's 2021 column '74.6', '37.6', '135.1', '32.7'; Figure 1 (totals 2018-2022, $ billions, axis ticks 0-200, no value labels; series 'Exports to Japan' and 'Imports from Japan') with its title years; 'every year since 2019' (not a rank); 'up from $712.0 billion a year before' (2021 FDI stock); 'nearly one million U.S. workers'; 'is about one-sixth as large' (a ratio); 'about $1.1 trillion in October 2023, against China's roughly $770 billion' (holdings, not ranks); 'about $7 billion of U.S. farm and food exports'; 'The tariff on U.S. beef, 38.5% before the deal', 'to be 22.5% from April 2024 and 9% in FY2033' (Japanese beef tariffs); 'it was triggered once, in March 2021, and the two sides amended the trigger in 2022'; 'U.S. duties on Japanese passenger cars (2.5%) and light trucks (25%) were untouched' (product rates, not a tariff on most imports nor a Section 232 auto rate); 'Section 103(a) of the Bipartisan Congressional Trade Priorities and Accountability Act of 2015' (year of a law); 'September 25, 2019: Trump and Prime Minister Abe announce' (former leaders, not current); 'directs USTR to negotiate with Japan and the EU; no auto tariffs follow' and 'which raised the prospect of tariffs of up to 25% on Japanese vehicles, lapsed without action' (threatened, never imposed: no Section 232 auto rate); 'Section 232 tariffs of 25% on steel and 10% on aluminum' and 'announced in February 2022 and in effect since April 1 of that year', '1.25 million metric tons' (steel and aluminum, not autos); 'Inflation Reduction Act of 2022 (P.L. 117-169)' and 'the clean vehicle credit of up to $7,500'; 'launched in Tokyo in May 2022 with 14 members'; 'signed in November 2023 and is expected to take effect in February 2024' (IPEF supply chain agreement, not a bilateral agreement); 'the United Kingdom agreed in July 2023 to join as its 12th member' and 'left in January 2017'; 'On December 18, 2023, Nippon Steel agreed to acquire U.S. Steel for $14.1 billion, or $55 per share' (an acquisition, not FDI stock); 'as envisioned in 2019'; 'about 151 to the dollar in late 2023, a 33-year low'; 'the U.S. presidential election follows in November' (U.S. election, not listed); interleaved two-column text of the PDF with ligatures and hyphenated line ends",
}
