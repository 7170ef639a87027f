from lib import F, D, P, EV

NAME, SET, BRIEF, VERSION = "HH2-IF11120-2023-10", "fresh10", "IF11120", 14
TITLE = "U.S.-Japan Trade Agreements and Negotiations"
LAYOUTS = ["html", "interleaved"]
SIDEBAR = "Capital Ties: Direct Investment and Treasury Holdings"
CHART = {"unit": "$ billions", "ymax": 1400, "ticks": [0, 350, 700, 1050, 1400],
         "series": ["Japan", "China"],
         "bars": {"2019": (1155, 1070), "2020": (1256, 1072), "2021": (1302, 1069),
                  "2022": (1076, 867), "2023": (1116, 805)}}

MD = """
U.S.-Japan Trade Agreements and Negotiations

Updated October 17, 2023

## Overview

Japan ranks among the most important U.S. partners in trade and investment, yet the two countries, the world's largest and third-largest economies, have never concluded a comprehensive free trade agreement (FTA). Two limited agreements negotiated by the Trump Administration in 2019 remain in effect: the U.S.-Japan Trade Agreement (USJTA), which lowered tariffs on selected agricultural and industrial goods, and the U.S.-Japan Digital Trade Agreement. The Biden Administration has not sought to broaden them. It has concentrated instead on supply chains and economic security, through the Indo-Pacific Economic Framework for Prosperity (IPEF) and a critical minerals pact concluded in the spring of 2023.

President Joe Biden and Prime Minister Kishida Fumio reaffirmed those priorities in August, when they met South Korean President Yoon Suk Yeol at Camp David. In Congress, attention has turned to whether agreements made without congressional approval are consistent with the legislative branch's constitutional authority over foreign commerce.

## Trade Flows

Counting the European Union as a single partner, only the EU, Canada, Mexico, and China conducted more two-way trade in goods and services with the United States than Japan did in 2022. U.S. sales to Japan that year came to $120.1 billion, some 7% more than in 2021. Of that sum, $80.2 billion was merchandise, with liquefied natural gas, pharmaceuticals, corn, and aircraft among the leading items, and $39.9 billion was services, notably travel, charges for the use of intellectual property, and financial services.

Purchases from Japan ran half again as high. They reached $180.3 billion, with goods making up $148.1 billion (passenger vehicles and parts foremost) and services $32.2 billion.

The merchandise gap, the measure most often cited by critics of Japan's trade practices, was $67.9 billion. On that yardstick Japan came in at number six, behind China, Mexico, Vietnam, Canada, and Germany, having slid two places since 2021. Census Bureau data for January through August 2023 put the goods deficit at roughly $47 billion, a pace slightly below that of 2022.

## Capital Ties: Direct Investment and Treasury Holdings

Investment links run deeper than the trade figures suggest. Japan's direct investment position in the United States reached $775.0 billion at the end of 2022, topping every other country's for the fourth year in a row; U.S. affiliates of Japanese firms employ nearly one million Americans. Direct investment in the other direction, by U.S. firms in Japan, amounted to $128.3 billion.

Japan also helps finance U.S. government borrowing. It is first among foreign owners of U.S. Treasury securities, with about $1.12 trillion in August 2023, while China, which held the top spot until 2019, had about $805 billion (Figure 1).

**Figure 1. Holdings of U.S. Treasury Securities by Japan and China, 2019-2023**

Source: U.S. Treasury, TIC data. Year-end; 2023 as of August.

## The 2019 Agreements

President Trump, who withdrew the United States from the Trans-Pacific Partnership (TPP) in 2017, sought a bilateral deal in its place. After the leaders agreed in September 2018 to start talks, formal negotiations got under way in April 2019. On May 17 of that year, President Trump determined under Section 232 of the Trade Expansion Act of 1962 that imports of autos and parts threatened U.S. national security, but he put off tariffs to leave time for negotiation; none were ever imposed. On September 25, 2019, meeting on the sidelines of the UN General Assembly in New York, the two leaders announced that the first stage of talks was finished.

The USJTA was signed in Washington on October 7, 2019, alongside a separate Digital Trade Agreement. The pair took effect on January 1, 2020, without a vote in Congress: the USJTA under tariff-proclamation authority delegated by statute, and the digital pact as an executive agreement.

Under the USJTA, Japan eliminated or reduced tariffs on about $7.2 billion of U.S. farm exports, largely matching the access that TPP members had gained. Its tariff on U.S. beef, 38.5% before the deal, is being cut in annual steps and is to reach 9% by FY2033. The United States lowered duties on some $40 million of Japanese agricultural goods and on certain industrial products, but left its 2.5% tariff on passenger cars and 25% tariff on light trucks untouched. The agreements envisioned talks on a broader deal within four months of entry into force; those talks never began.

## The Critical Minerals Agreement

The Critical Minerals Agreement (CMA), which U.S. Trade Representative Katherine Tai and Japan's ambassador, Tomita Koji, signed in Washington on March 28, 2023, commits both countries not to impose export duties on cobalt, graphite, lithium, manganese, and nickel, and to promote labor and environmental standards in the sector. Its practical weight comes from the Inflation Reduction Act (IRA, P.L. 117-169). Treasury guidance counts Japan as an FTA partner for the IRA's clean vehicle credit, so minerals extracted or processed in Japan can qualify a vehicle for the $3,750 half of the $7,500 credit. Some Members argue that a pact concluded without congressional approval should not make a country an FTA partner. The Administration has opened similar talks with the European Union and the United Kingdom.

## Steel and Aluminum

Section 232 tariffs of 25% on steel and 10% on aluminum, imposed in 2018, still apply to Japan in principle. Since April 1, 2022, however, a tariff-rate quota has let up to 1.25 million metric tons of Japanese steel a year enter without the additional duty. Aluminum from Japan pays the full tariff.

## Issues for Congress

- Congressional role: whether future agreements, IPEF deals included, should be submitted to Congress. The IPEF supply chain agreement, substantially concluded in May 2023, is expected to be signed at the APEC meetings in San Francisco in November; Japan is one of the framework's 14 partners.
- CPTPP: Japan leads the 11-member agreement that succeeded the TPP. The United Kingdom signed a protocol of accession on July 16, 2023, and China and Taiwan have applied to join.
- Tariff threats: Former President Donald Trump, a candidate in the 2024 election, has floated a 10% tariff on all U.S. imports, which would reach goods from Japan.
- Seafood: after Japan began releasing treated water from the Fukushima Daiichi nuclear plant on August 24, 2023, China suspended all imports of Japanese seafood; U.S. officials have backed Japan's handling of the release.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Kishida Fumio"),
        "trade.overall_partner_rank": F(5, period="2022", as_written="Counting the European Union as a single partner, only the EU, Canada, Mexico, and China conducted more two-way trade in goods and services with the United States than Japan did in 2022", note="four ahead of Japan"),
        "trade.us_exports_to_japan": F(120100000000, period="2022", as_written="U.S. sales to Japan that year came to $120.1 billion"),
        "trade.us_goods_exports_to_japan": F(80200000000, period="2022", as_written="Of that sum, $80.2 billion was merchandise", note="subject carried from the sentence before"),
        "trade.us_services_exports_to_japan": F(39900000000, period="2022", as_written="and $39.9 billion was services"),
        "trade.us_imports_from_japan": F(180300000000, period="2022", as_written="Purchases from Japan ran half again as high. They reached $180.3 billion", note="subject carried"),
        "trade.us_goods_imports_from_japan": F(148100000000, period="2022", as_written="with goods making up $148.1 billion"),
        "trade.us_services_imports_from_japan": F(32200000000, period="2022", as_written="and services $32.2 billion"),
        "trade.goods_deficit": F(67900000000, period="2022", as_written="The merchandise gap ... was $67.9 billion", note="year carried from the paragraphs before"),
        "trade.goods_deficit_rank": F(6, period="2022", as_written="On that yardstick Japan came in at number six, behind China, Mexico, Vietnam, Canada, and Germany"),
        "trade.japan_fdi_stock_in_us": F(775000000000, period="2022", as_written="Japan's direct investment position in the United States reached $775.0 billion at the end of 2022", note="sidebar"),
        "trade.us_fdi_stock_in_japan": F(128300000000, period="2022", as_written="Direct investment in the other direction, by U.S. firms in Japan, amounted to $128.3 billion", note="sidebar; year carried"),
        "trade.fdi_source_rank": F(1, period="2022", as_written="topping every other country's for the fourth year in a row", note="sidebar"),
        "trade.treasury_holder_rank": F(1, period="2023-08", as_written="It is first among foreign owners of U.S. Treasury securities", note="sidebar; subject carried from 'Japan' in the sentence before"),
        "agreements.usjta_signed": D("2019-10-07", as_written="The USJTA was signed in Washington on October 7, 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="The pair took effect on January 1, 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="alongside a separate Digital Trade Agreement. The pair took effect on January 1, 2020", note="'The pair' carries both agreements from the sentence before"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="signed in Washington on March 28, 2023", note="the overview's 'concluded in the spring of 2023' is a vaguer restatement"),
    },
    "elections": {},
    "events": {
        "first_negotiating_round": EV("First round of U.S.-Japan trade negotiations", "2019-04", "held"),
        "section232_autos_proclamation": EV("Section 232 auto determination; tariffs deferred", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Leaders announce the first stage finished, New York", "2019-09-25", "held"),
    },
    "notes": "Traps: 'the world's largest and third-largest economies' (not trade ranks); 'Two limited agreements negotiated by the Trump Administration in 2019' and 'a critical minerals pact concluded in the spring of 2023' (vaguer restatements of the dated facts); 'South Korean President Yoon Suk Yeol' (another country's leader); 'some 7% more than in 2021'; 'having slid two places since 2021' (a past rank, 4); 'January through August 2023 put the goods deficit at roughly $47 billion' (partial year); 'nearly one million Americans' (employment); 'about $1.12 trillion in August 2023' (amount) and 'China, which held the top spot until 2019, had about $805 billion' (another country's holdings, a past rank); Figure 1 (Treasury holdings of Japan and China 2019-2023, $ billions, no value labels; in the HTML sidebar with its section); 'President Trump, who withdrew ... in 2017' and 'President Trump determined under Section 232' (a former president, in past narrative) and 'none were ever imposed' (no Section 232 auto rate); 'agreed in September 2018 to start talks'; 'imposed in 2018'; '$7.2 billion', '38.5% before the deal', '9% by FY2033', 'some $40 million', '2.5% tariff on passenger cars and 25% tariff on light trucks' (MFN rates, not a tariff on most imports); 'within four months of entry into force' (talks that never began); '$3,750 half of the $7,500 credit'; 'Section 232 tariffs of 25% on steel and 10% on aluminum' (product tariffs) and 'Since April 1, 2022 ... 1.25 million metric tons'; 'substantially concluded in May 2023, is expected to be signed ... in November' (planned) and 'one of the framework's 14 partners'; 'the 11-member agreement' and 'on July 16, 2023' (UK CPTPP accession); 'Former President Donald Trump ... has floated a 10% tariff on all U.S. imports' (a candidate's proposal: no tariff on most imports is stated); 'on August 24, 2023' (Fukushima release); HTML sidebar 'Capital Ties: Direct Investment and Treasury Holdings' (aside with Figure 1); interleaved two-column lines (no PDF options)",
}
