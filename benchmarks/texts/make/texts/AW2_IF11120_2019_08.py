from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "AW2-IF11120-2019-08", "fresh20", "IF11120", 6
TITLE = "U.S.-Japan Trade Agreement Negotiations"
LAYOUTS = ["md", "interleaved"]
PDF_OPTS = ["lig", "nbsp"]
CHART = {"unit": "Percent", "ymax": 40, "ticks": [0, 10, 20, 30, 40],
         "series": ["U.S. beef", "CPTPP partners' beef"],
         "bars": {"FY2018": (38.5, 27.5), "FY2019": (38.5, 26.6), "FY2020": (38.5, 25.8), "FY2021": (38.5, 25.0)}}

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated August 30, 2019

## Overview

On August 25, meeting on the sidelines of the Group of Seven (G-7) summit in Biarritz, France, President Trump and Japan's prime minister, Shinzo Abe, announced that their negotiators had reached agreement "in principle" on the core elements of a limited trade deal covering agriculture, some industrial tariffs, and digital trade. No text has been released. Officials on both sides say they hope to finalize the agreement by late September, when the two leaders expect to meet again during the United Nations General Assembly in New York, with a signing to follow. The Administration has indicated that it may put this first-stage deal into effect without a vote of Congress, relying on delegated tariff authority, and leave services, investment, and other subjects to a later stage of talks.

## How the Talks Began

Japan was the largest economy in the Trans-Pacific Partnership (TPP) after the United States, which withdrew from the pact in January 2017. The other 11 members went ahead: their Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP) took effect for Japan on December 30, 2018, and a Japan-EU economic partnership agreement followed on February 1, 2019. Both lowered Japan's barriers for U.S. competitors but not for U.S. exporters. In a September 2018 joint statement, the two governments agreed to negotiate a bilateral deal, and the U.S. Trade Representative (USTR) published negotiating objectives that December. The first formal round was held in Washington on April 15 and 16, when USTR Robert Lighthizer met Japan's economic revitalization minister, Toshimitsu Motegi. Tokyo had asked that major farm concessions wait until after the July 21 upper-house election, in which Abe's coalition kept its majority.

## Agriculture

U.S. farm exports to Japan were worth about $13 billion in 2018, but U.S. ranchers, grain traders, and pork producers now pay higher Japanese tariffs than rivals from Australia, Canada, or the EU. Japan's tariff on U.S. beef, for example, remains 38.5%, while beef from CPTPP countries enters at 26.6% this fiscal year and faces further cuts (Figure 1). According to USTR, the Biarritz understanding would open Japan's market to some $7 billion of additional U.S. agricultural products at CPTPP-level rates. Japan also said its private firms would buy surplus U.S. corn.

**Figure 1. Japan's Tariff on Beef, U.S. and CPTPP Suppliers, FY2018-FY2021**

Source: Japan Ministry of Finance; CPTPP tariff schedule. FY2018 rate for CPTPP suppliers from December 30, 2018; FY2020-FY2021 as scheduled.

## Autos and Section 232

Autos remain the most sensitive issue. After the Commerce Department concluded that imports of autos and parts threaten to impair U.S. national security, the President, in a proclamation dated May 17, 2019, agreed and directed USTR to seek negotiated agreements with Japan, the EU, and others. The proclamation set a 180-day window that closes in mid-November. The Commerce report reportedly recommended tariffs of up to 25%; none have been imposed. Japanese officials want assurances that the first-stage deal protects their auto exports from such duties. The United States is not expected to cut its own 2.5% tariff on passenger cars or its 25% tariff on light trucks in the first stage. Japanese steel and aluminum have faced Section 232 duties of 25% and 10% since March 2018.

## Economic Ties

In 2018, as in each of the three years before, Japan placed fourth among U.S. trading partners in goods and services combined. U.S. exports to Japan, $75.2 billion of goods and $45.9 billion of services, added up to $121.1 billion. Imports leaned more heavily toward merchandise: $143.6 billion of goods against $36.1 billion of services, for $179.7 billion in all. At $67.6 billion, the 2018 U.S. deficit in goods trade with Japan trailed only those with China, Mexico, and Germany; in the first half of 2019 it came to $34.6 billion.

Investment ties run deeper. Japanese direct investment in the United States reached $484.4 billion in 2018 on a historical-cost basis, which made Japan the second-biggest foreign investor in the country, after the United Kingdom. The U.S. stock in Japan is far smaller, at just under $125 billion. Japan is once more the U.S. government's largest foreign creditor: Treasury data released this month show that its holdings, $1.12 trillion in June, edged past China's $1.11 trillion for the first time in more than two years.

## Issues for Congress

- Whether a deal put into effect without legislation meets the consultation and notification requirements of the 2015 Trade Promotion Authority (TPA) statute.
- Whether a tariff-only agreement covers "substantially all the trade," as World Trade Organization rules on free trade agreements require.
- Whether the first stage will include any commitment from the Administration not to impose Section 232 tariffs on Japanese autos.
- What a second stage would cover: services, investment, rules of origin, and currency.

**Brock R. Williams**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Trump", note="given name not written"),
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Japan's prime minister, Shinzo Abe", note="lower-case title before a comma"),
        "trade.overall_partner_rank": F(4, period="2018", as_written="In 2018, as in each of the three years before, Japan placed fourth among U.S. trading partners in goods and services combined"),
        "trade.us_exports_to_japan": F(121100000000, period="2018", as_written="U.S. exports to Japan, $75.2 billion of goods and $45.9 billion of services, added up to $121.1 billion"),
        "trade.us_goods_exports_to_japan": F(75200000000, period="2018", as_written="$75.2 billion of goods"),
        "trade.us_services_exports_to_japan": F(45900000000, period="2018", as_written="$45.9 billion of services"),
        "trade.us_imports_from_japan": F(179700000000, period="2018", as_written="for $179.7 billion in all"),
        "trade.us_goods_imports_from_japan": F(143600000000, period="2018", as_written="Imports leaned more heavily toward merchandise: $143.6 billion of goods"),
        "trade.us_services_imports_from_japan": F(36100000000, period="2018", as_written="against $36.1 billion of services"),
        "trade.goods_deficit": F(67600000000, period="2018", as_written="At $67.6 billion, the 2018 U.S. deficit in goods trade with Japan"),
        "trade.goods_deficit_rank": F(4, period="2018", as_written="trailed only those with China, Mexico, and Germany", note="three ahead = fourth"),
        "trade.japan_fdi_stock_in_us": F(484400000000, period="2018", as_written="Japanese direct investment in the United States reached $484.4 billion in 2018"),
        "trade.fdi_source_rank": F(2, period="2018", as_written="which made Japan the second-biggest foreign investor in the country, after the United Kingdom"),
        "trade.us_fdi_stock_in_japan": F(125000000000, "under", period="2018", as_written="The U.S. stock in Japan is far smaller, at just under $125 billion", note="year carried from the sentence before"),
        "trade.treasury_holder_rank": F(1, period="2019-06", as_written="Japan is once more the U.S. government's largest foreign creditor: ... its holdings, $1.12 trillion in June, edged past China's $1.11 trillion"),
    },
    "elections": {
        "upper_house_2019": E("Upper House", "2019-07-21", "held", result="Abe's coalition kept its majority"),
    },
    "events": {
        "first_negotiating_round": EV("First formal round of U.S.-Japan trade negotiations, Washington, April 15 and 16", "2019-04", "held"),
        "section232_autos_proclamation": EV("Section 232 proclamation on autos and parts", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Leaders hope to finalize the first-stage agreement by late September, at the UN General Assembly", "2019-09", "upcoming"),
    },
    "notes": "Traps: 'On August 25 ... agreement \"in principle\"' (Biarritz: not the finalization, which is hoped for 'by late September', an upcoming event; no signing date); 'with a signing to follow' (no usjta_signed); 'withdrew from the pact in January 2017'; 'The other 11 members'; 'took effect for Japan on December 30, 2018' (CPTPP) and 'followed on February 1, 2019' (Japan-EU EPA); 'In a September 2018 joint statement' (not tariff_talks_announced) and 'negotiating objectives that December'; 'April 15 and 16' (a span of days: the first round at month precision); 'the July 21 upper-house election' (held; no IF11120 fact); 'about $13 billion in 2018' (farm exports, not total exports); 'remains 38.5%', 'at 26.6% this fiscal year' (Japan's tariffs, no U.S. tariff fact); 'some $7 billion of additional U.S. agricultural products'; Figure 1 (Japan's beef tariff by fiscal year, percent; ticks 0-40, no value labels); 'a 180-day window that closes in mid-November'; 'tariffs of up to 25%; none have been imposed' (no Section 232 auto rate); 'its own 2.5% tariff on passenger cars or its 25% tariff on light trucks' (MFN rates, not tariffs on most imports); 'Section 232 duties of 25% and 10% since March 2018' (steel and aluminum); 'as in each of the three years before' (past ranks); 'in the first half of 2019 it came to $34.6 billion' (partial year); 'after the United Kingdom'; 'China's $1.11 trillion' and 'for the first time in more than two years'; Issues bullet list ('the 2015 Trade Promotion Authority (TPA) statute', WTO 'substantially all the trade'); PDF ligatures and NBSP (interleaved text)",
}
