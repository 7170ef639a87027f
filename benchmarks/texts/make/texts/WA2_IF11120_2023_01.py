from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "WA2-IF11120-2023-01", "fresh43", "IF11120", 16
TITLE = "U.S.-Japan Trade Agreement Negotiations"
LAYOUTS = ["html", "interleaved"]
PDF_OPTS = ["nbsp", "hyph"]
SIDEBAR = "Steel, Aluminum, and Section 232"
CHART = {"unit": "$ billions", "ymax": 800, "ticks": [0, 200, 400, 600, 800],
         "series": ["Goods and services trade, 2021"],
         "bars": {"Canada": (794,), "Mexico": (703,), "China": (690,), "Germany": (285,), "Japan": (280,)}}

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated January 24, 2023

## Overview

The United States and Japan, the world's largest and third-largest economies, share one of the deepest commercial relationships in the world. Counting both goods and services, Japan was the fifth-largest U.S. trading partner in 2021 (Figure 1). For a third consecutive year, it was also the largest source of foreign direct investment (FDI) in the United States.

Two limited "stage one" agreements, the U.S.-Japan Trade Agreement (USJTA), which covers market access for certain agricultural and industrial goods, and the U.S.-Japan Digital Trade Agreement (DTA), took effect on January 1, 2020. The broader negotiations that both governments said would follow have not begun. The Biden Administration has not sought to revive them, preferring new channels for cooperation: the U.S.-Japan Partnership on Trade, launched in November 2021; a ministerial Economic Policy Consultative Committee, or "Economic 2+2," which first met in July 2022; and the Indo-Pacific Economic Framework for Prosperity (IPEF), launched in Tokyo in May 2022, in which Japan is one of 14 partners.

President Joe Biden hosted Prime Minister Fumio Kishida at the White House on January 13, 2023. The two leaders pledged closer cooperation on economic security, including semiconductor supply chains and critical minerals, and Japan holds the presidency of the Group of Seven (G7) this year, with a leaders' summit set for Hiroshima in May. For Congress, questions include whether to press for a more comprehensive agreement and what role it should play in trade deals concluded without its approval.

## The Stage One Agreements

The Trump Administration notified Congress in October 2018 of its intent to negotiate with Japan under Trade Promotion Authority (TPA), following a September 2018 joint statement in which President Trump and then-Prime Minister Shinzo Abe agreed to begin talks. The first formal round was held in Washington in April 2019. On September 25, 2019, the two leaders announced that they had finalized the deals, and the agreements were signed in New York on October 7, 2019.

Neither agreement was submitted to Congress for a vote. The Administration implemented the USJTA's U.S. tariff cuts using proclamation authority in Section 103(a) of the 2015 TPA statute, which allows the President to eliminate duties of 5% or less and to cut higher ones by up to 50%, and it treated the DTA as an executive agreement.

Under the USJTA:

- Japan eliminated or reduced tariffs on roughly $7.2 billion of U.S. food and agricultural exports (at 2018 values), largely matching the treatment its partners in the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP) receive. Its beef tariff, 38.5% before the agreement, is falling in stages to 9% by FY2033.
- The United States cut or removed tariffs on a narrower list of Japanese industrial goods, such as certain machine tools and bicycles, and on some specialty farm products.
- U.S. tariffs on Japanese autos and auto parts were left in place. Passenger cars still pay 2.5%, and light trucks 25%; the text calls only for further negotiations on the sector.

The DTA bars customs duties on electronic transmissions and restricts data localization requirements, among other commitments.

Autos were the most sensitive issue. In a proclamation on May 17, 2019, President Trump determined that imports of vehicles and parts threatened U.S. national security and directed negotiations with Japan and the European Union. Commerce Department officials had weighed tariffs of up to 25%, but none was ever imposed. In their September 2019 joint statement, the leaders said neither side would take measures against the spirit of the agreements while they were being faithfully implemented.

## Implementation

The USJTA lets Japan raise its beef tariff temporarily if imports from the United States exceed an annual trigger volume, set at 242,000 metric tons for FY2020. U.S. shipments crossed that level in March 2021, and the rate rose from 25.8% to 38.5% for 30 days. In March 2022 the two governments agreed to replace the mechanism with one using three triggers, which made a repeat less likely; the change took effect in June.

## Steel, Aluminum, and Section 232

In 2018, President Trump imposed tariffs of 25% on steel and 10% on aluminum under Section 232 of the Trade Expansion Act of 1962, and imports from Japan were not exempted. Under an arrangement announced on February 7, 2022, the United States replaced the steel tariff with a tariff-rate quota (TRQ) from April 1, 2022. Up to 1.25 million metric tons of Japanese steel a year now enter duty-free; shipments above the quota still pay 25%. The aluminum tariff is unchanged. Japan, for its part, committed to work with the United States on steel overcapacity, much of it in China.

## Trade and Investment Ties

U.S. exports of goods and services to Japan totaled $112.2 billion in 2021, and imports from Japan $167.8 billion (Table 1). The goods deficit, $60.5 billion, was the fourth-largest U.S. bilateral goods deficit that year; counting the U.S. surplus in services, the overall balance was a deficit of $55.6 billion.

Table 1. U.S. Trade with Japan, 2021 (billions of dollars)

| Category | U.S. exports | U.S. imports | Balance |
| --- | --- | --- | --- |
| Goods | 74.6 | 135.1 | -60.5 |
| Services | 37.6 | 32.7 | 4.9 |
| Total | 112.2 | 167.8 | -55.6 |

Source: Bureau of Economic Analysis (BEA), balance of payments basis.

Full-year data for 2022 are due in February. Census figures for January through November 2022 put goods imports from Japan at $137.9 billion, already above the total for all of 2021, even as the yen sank to a 32-year low against the dollar in October.

**Figure 1. Top U.S. Trading Partners, 2021**

Source: CRS, with BEA data. Total goods and services trade.

Investment ties run deeper than trade. Japanese companies' direct investment position in the United States reached $721 billion at the end of 2021, up from $648 billion a year before, and their U.S. affiliates employed nearly 970,000 workers. The U.S. position in Japan is far smaller: roughly $118 billion in 2021. Japan is also the largest foreign holder of U.S. Treasury securities, with about $1.08 trillion in November 2022, ahead of China's $870 billion.

## Japan's Other Trade Agreements

Japan has concluded several major agreements since the United States withdrew from TPP in January 2017. The CPTPP, with 11 members, took effect for Japan on December 30, 2018; the United Kingdom's application to join is under review, and China and Taiwan applied in September 2021. The Japan-EU Economic Partnership Agreement entered into force on February 1, 2019, and the 15-member Regional Comprehensive Economic Partnership (RCEP), which includes China and South Korea, on January 1, 2022. U.S. exporters of products the USJTA does not cover face higher tariffs in Japan than competitors from these partners.

## Politics and Economic Security

Kishida, who took office in October 2021, strengthened his position when the LDP-led coalition gained seats in the Upper House election of July 10, 2022, held two days after former Prime Minister Abe was assassinated while campaigning in Nara on July 8. His government enacted an economic security law in May 2022 and in December announced plans to raise defense spending to 2% of GDP by FY2027.

Two U.S. measures have drawn attention in Tokyo. The Inflation Reduction Act (P.L. 117-169), enacted in August 2022, ties a $7,500 tax credit for electric vehicles to sourcing rules for critical minerals that favor countries with a U.S. free trade agreement. Japanese officials have argued that the USJTA should qualify and have proposed a separate critical minerals agreement, which the Administration is considering. Separately, U.S. export controls on advanced semiconductors announced on October 7, 2022, have led to U.S. requests that Japan adopt similar restrictions.

## Issues for Congress

- Whether to urge a comprehensive agreement. The 2019 joint statement anticipated consultations within four months after the USJTA took effect, but they have not occurred.
- Congress's role in agreements that do not go to it for approval, including the DTA, IPEF, and any critical minerals deal.
- The future of Section 232 measures, including the steel TRQ, and the potential to address Japan's interest in CPTPP-style auto access.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Fumio Kishida", note="given name first"),
        "trade.overall_partner_rank": F(5, period="2021", as_written="Counting both goods and services, Japan was the fifth-largest U.S. trading partner in 2021"),
        "trade.fdi_source_rank": F(1, as_written="For a third consecutive year, it was also the largest source of foreign direct investment (FDI) in the United States",
                                   note="subject 'it' carried; 'a third consecutive year' is not the rank"),
        "trade.treasury_holder_rank": F(1, as_written="Japan is also the largest foreign holder of U.S. Treasury securities"),
        "trade.us_exports_to_japan": F(112200000000, period="2021", as_written="U.S. exports of goods and services to Japan totaled $112.2 billion in 2021", note="also Table 1 'Total' row"),
        "trade.us_imports_from_japan": F(167800000000, period="2021", as_written="and imports from Japan $167.8 billion", note="verb and year elided from the clause before; also Table 1"),
        "trade.us_goods_exports_to_japan": F(74600000000, period="2021", as_written="Table 1: Goods | 74.6", note="only in Table 1 (billions of dollars)"),
        "trade.us_services_exports_to_japan": F(37600000000, period="2021", as_written="Table 1: Services | 37.6", note="only in Table 1"),
        "trade.us_goods_imports_from_japan": F(135100000000, period="2021", as_written="Table 1: Goods | 74.6 | 135.1", note="only in Table 1"),
        "trade.us_services_imports_from_japan": F(32700000000, period="2021", as_written="Table 1: Services | 37.6 | 32.7", note="only in Table 1"),
        "trade.goods_deficit": F(60500000000, period="2021", as_written="The goods deficit, $60.5 billion", note="also Table 1 'Balance' column, -60.5"),
        "trade.goods_deficit_rank": F(4, period="2021", as_written="was the fourth-largest U.S. bilateral goods deficit that year", note="rank as the record's 2022 versions give it for 2021"),
        "trade.japan_fdi_stock_in_us": F(721000000000, period="2021", as_written="Japanese companies' direct investment position in the United States reached $721 billion at the end of 2021"),
        "trade.us_fdi_stock_in_japan": F(118000000000, "about", period="2021", as_written="The U.S. position in Japan is far smaller: roughly $118 billion in 2021"),
        "agreements.usjta_signed": D("2019-10-07", as_written="the agreements were signed in New York on October 7, 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="took effect on January 1, 2020", note="USJTA and DTA together"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="took effect on January 1, 2020", note="the DTA named second in the same sentence"),
    },
    "elections": {
        "upper_house_2022": E("Upper House", "2022-07-10", "held", result="LDP-led coalition gained seats"),
    },
    "events": {
        "first_negotiating_round": EV("First formal round of U.S.-Japan trade agreement negotiations, in Washington", "2019-04", "held"),
        "section232_autos_proclamation": EV("President proclaims vehicle and parts imports a threat to U.S. national security", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Trump and Abe announce they have finalized the stage one agreements", "2019-09-25", "held"),
        "abe_assassination": EV("Former Prime Minister Abe assassinated while campaigning in Nara", "2022-07-08"),
    },
    "notes": "Traps: 'the world's largest and third-largest economies' (economy size, not partner rank); 'For a third consecutive year' (a count beside the FDI rank 1); 'launched in November 2021', 'which first met in July 2022' and 'launched in Tokyo in May 2022, in which Japan is one of 14 partners' (IPEF); 'on January 13, 2023' (Kishida's visit) and 'a leaders' summit set for Hiroshima in May' (planned); 'notified Congress in October 2018' and 'a September 2018 joint statement in which President Trump and then-Prime Minister Shinzo Abe agreed to begin talks' (not a tracked event; Trump and Abe former leaders); 'Section 103(a) of the 2015 TPA statute, which allows the President to eliminate duties of 5% or less and to cut higher ones by up to 50%' (year of a law; statutory limits); 'roughly $7.2 billion of U.S. food and agricultural exports (at 2018 values)'; 'Its beef tariff, 38.5% before the agreement, is falling in stages to 9% by FY2033' (Japan's tariff); 'Passenger cars still pay 2.5%, and light trucks 25%' (product tariffs, not a Section 232 rate or the tariff on most imports); 'Commerce Department officials had weighed tariffs of up to 25%, but none was ever imposed' (considered, never applied: no tariffs.section232_autos); 'In their September 2019 joint statement' (the finalized-deal month; the event date is September 25); 'set at 242,000 metric tons for FY2020', 'crossed that level in March 2021', 'the rate rose from 25.8% to 38.5% for 30 days', 'In March 2022 ... three triggers' and 'took effect in June' (beef safeguard, not the agreements); sidebar 'Steel, Aluminum, and Section 232': 'tariffs of 25% on steel and 10% on aluminum', 'the Trade Expansion Act of 1962', 'announced on February 7, 2022', 'from April 1, 2022', 'Up to 1.25 million metric tons', 'shipments above the quota still pay 25%' (product tariffs, not the tariff on most imports nor autos); Table 1's 'Balance' column '4.9' (services surplus) and 'Total ... -55.6' and 'the overall balance was a deficit of $55.6 billion' (goods and services, not the goods deficit); 'Full-year data for 2022 are due in February' and 'Census figures for January through November 2022 put goods imports from Japan at $137.9 billion' (partial year); 'a 32-year low against the dollar in October'; Figure 1 (partners Canada, Mexico, China, Germany, Japan; ticks 0-800; no values; html places it in the sidebar); 'up from $648 billion a year before' (2020 FDI stock); 'employed nearly 970,000 workers'; 'about $1.08 trillion in November 2022, ahead of China's $870 billion' (holdings, not the rank); 'since the United States withdrew from TPP in January 2017'; 'The CPTPP, with 11 members, took effect for Japan on December 30, 2018' (not USJTA dates), 'applied in September 2021', 'entered into force on February 1, 2019', 'the 15-member Regional Comprehensive Economic Partnership (RCEP) ... on January 1, 2022' (other agreements' entry into force, one on a January 1 like the USJTA's); 'who took office in October 2021'; 'an economic security law in May 2022' and 'raise defense spending to 2% of GDP by FY2027'; 'The Inflation Reduction Act (P.L. 117-169), enacted in August 2022, ties a $7,500 tax credit'; 'have proposed a separate critical minerals agreement, which the Administration is considering' (proposed, not signed: no agreements.critical_minerals_signed); 'announced on October 7, 2022' (export controls; same day of the year as the USJTA signing); 'consultations within four months after the USJTA took effect'. Interleaved layout: the two PDF columns' lines alternate, with NBSP before billion/percent and hyphenated line ends; html: sidebar box (aside) with Figure 1.",
}
