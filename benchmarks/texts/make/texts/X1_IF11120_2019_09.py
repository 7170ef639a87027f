from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "X1-IF11120-2019-09", "tune3", "IF11120", 5
TITLE = "U.S.-Japan Trade Agreement Negotiations"
LAYOUTS = ["md", "pdf", "layout"]
PDF_OPTS = ["lig", "quotes", "hyph"]
CHART = {"unit": "$ billions", "ymax": 160, "ticks": [0, 40, 80, 120, 160],
         "bars": {"2014": [66.8, 134.5], "2015": [62.4, 131.4], "2016": [63.2, 132.2],
                  "2017": [67.6, 136.5], "2018": [75.0, 142.6]},
         "series": ["U.S. goods exports", "U.S. goods imports"]}

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated September 27, 2019

## Overview

Meeting on the margins of the United Nations General Assembly in New York on September 25, 2019, President Trump and Prime Minister Shinzo Abe announced that the two governments had finalized a limited trade agreement on market access for certain agricultural and industrial products, together with a separate agreement on digital trade. What the leaders signed that day was a joint statement, not the agreements; formal signature is expected in the coming weeks. The Administration anticipates that the tariff agreement will enter into force on January 1, 2020, provided Japan's Diet approves it before then. Because the Administration intends to implement the tariff cuts under authority that Congress delegated in the 2015 Trade Promotion Authority (TPA) statute, it does not plan to seek a vote in Congress on either agreement.

Both governments call the package a first stage. Their joint statement says they intend to conclude consultations within four months after the agreement takes effect and then to enter negotiations on remaining issues, which could include services, investment, and nontariff barriers. The deal's outline had been agreed in principle a month earlier, when the two leaders met at the Group of Seven (G-7) summit in Biarritz, France, on August 25.

## How the Talks Began

Japan had been the second-largest economy in the Trans-Pacific Partnership (TPP), from which President Trump withdrew the United States in January 2017. The remaining eleven members went ahead without it; their Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP) took effect for Japan on December 30, 2018, and a separate Japan-EU Economic Partnership Agreement followed on February 1, 2019. Both pacts give Japan's other trading partners preferential access that U.S. exporters, especially of beef, pork, and wheat, have lacked.

In September 2018, Trump and Abe agreed to open bilateral talks. The U.S. Trade Representative (USTR) notified Congress of the negotiations under TPA in October 2018 and published negotiating objectives that December. U.S. Trade Representative Robert Lighthizer and Japan's economy minister, Toshimitsu Motegi, opened formal talks in Washington on April 15, 2019, and met repeatedly over the summer.

## What the Agreement Reportedly Covers

Details released so far are partial. By USTR's account, Japan will eliminate or reduce tariffs on roughly $7.2 billion of U.S. food and agricultural products, largely matching the cuts it granted CPTPP members; its tariff on fresh and frozen beef, now 38.5%, would fall gradually to 9%. The United States would cut tariffs on a narrower list of Japanese industrial goods, such as machine tools, and on some agricultural items. Neither side's tariffs on autos are cut: the 2.5% U.S. tariff on passenger cars stays. The digital trade agreement reportedly follows the approach of the proposed United States-Mexico-Canada Agreement, barring customs duties on electronic transmissions and restrictions on cross-border data flows.

## Section 232 and Autos

On May 17, 2019, the President proclaimed that imports of motor vehicles and parts, mainly from Japan and the European Union, threaten to impair U.S. national security, and he directed USTR to negotiate agreements to address the threat rather than impose tariffs at once. The Commerce Department's report to the President has not been published, but the Administration had earlier floated tariffs of up to 25%. The 180-day window for those negotiations closes in mid-November. Tokyo sought a written guarantee that the new agreement would protect it from any such tariffs; Abe told reporters that the President assured him none were intended for Japan, but no written commitment has been made public. Separately, Japanese steel and aluminum continue to pay the Section 232 tariffs of 25% and 10% that took effect in March 2018.

## Economic Stakes

In 2018, Japan stood fourth among U.S. trading partners in combined trade in goods and services. U.S. firms sold $120.8 billion in goods and services to Japanese buyers that year. Merchandise accounted for $75.0 billion of it, with farm products (some $13 billion) a large part; the balance, $45.8 billion, was services such as travel, intellectual property charges, and transport.

Imports from Japan ran higher, at $178.5 billion. Goods made up four-fifths of that sum ($142.6 billion, of which motor vehicles and parts were some $56 billion), and services the other $35.9 billion. Of all U.S. bilateral goods deficits in 2018, only those with China, Mexico, and Germany were larger than the $67.6 billion shortfall with Japan.

**Figure 1. U.S. Goods Trade with Japan, 2014-2018**

Source: CRS, with data from the U.S. Census Bureau.

Japanese companies held $484.4 billion in direct investment in the United States at the end of 2018, measured at historical cost; only British investors held more. Americans' stake in Japan is far smaller: the U.S. direct investment position there was just over $124 billion. Japan this summer also regained its place as the largest foreign holder of U.S. Treasury securities, a position China had occupied since 2008.

## Issues for Congress

Members may weigh whether a tariff-only agreement implemented without a vote is consistent with TPA's requirements for consultation and approval, and whether a second stage will address autos, services, and currency. U.S. agricultural groups have generally welcomed the deal, which would restore parity with CPTPP suppliers such as Australia and Canada. Automakers, by contrast, remain concerned about the unresolved Section 232 threat.

**Brock R. Williams**, Specialist in International Trade and Finance

**Cathleen D. Cimino-Isaacs**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Trump", note="given name not written"),
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Shinzo Abe"),
        "trade.overall_partner_rank": F(4, period="2018", as_written="In 2018, Japan stood fourth among U.S. trading partners in combined trade in goods and services"),
        "trade.us_exports_to_japan": F(120800000000, period="2018", as_written="U.S. firms sold $120.8 billion in goods and services to Japanese buyers that year"),
        "trade.us_goods_exports_to_japan": F(75000000000, period="2018", as_written="Merchandise accounted for $75.0 billion of it"),
        "trade.us_services_exports_to_japan": F(45800000000, period="2018", as_written="the balance, $45.8 billion, was services"),
        "trade.us_imports_from_japan": F(178500000000, period="2018", as_written="Imports from Japan ran higher, at $178.5 billion"),
        "trade.us_goods_imports_from_japan": F(142600000000, period="2018", as_written="Goods made up four-fifths of that sum ($142.6 billion"),
        "trade.us_services_imports_from_japan": F(35900000000, period="2018", as_written="and services the other $35.9 billion"),
        "trade.goods_deficit": F(67600000000, period="2018", as_written="the $67.6 billion shortfall with Japan"),
        "trade.goods_deficit_rank": F(4, period="2018", as_written="only those with China, Mexico, and Germany were larger than the $67.6 billion shortfall with Japan"),
        "trade.japan_fdi_stock_in_us": F(484400000000, period="2018", as_written="Japanese companies held $484.4 billion in direct investment in the United States at the end of 2018"),
        "trade.fdi_source_rank": F(2, period="2018", as_written="only British investors held more"),
        "trade.us_fdi_stock_in_japan": F(124000000000, q="over", period="2018", as_written="the U.S. direct investment position there was just over $124 billion", note="year carried from the sentence before"),
        "trade.treasury_holder_rank": F(1, as_written="Japan this summer also regained its place as the largest foreign holder of U.S. Treasury securities"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="The Administration anticipates that the tariff agreement will enter into force on January 1, 2020", note="expected, not yet signed or in force (as the record's 2019-10-03 version)"),
    },
    "elections": {},
    "events": {
        "first_negotiating_round": EV("Lighthizer and Motegi open formal talks in Washington", "2019-04-15", "held"),
        "section232_autos_proclamation": EV("President proclaims auto and parts imports a threat to national security; negotiations directed instead of tariffs", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Trump and Abe announce in New York that the limited trade and digital agreements are finalized", "2019-09-25", "held"),
    },
    "notes": "Traps: 'What the leaders signed that day was a joint statement, not the agreements; formal signature is expected in the coming weeks' (no usjta_signed); 'within four months after the agreement takes effect' (planned talks); 'agreed in principle a month earlier ... on August 25' (Biarritz, not the finalized deal); 'President Trump withdrew the United States in January 2017' (TPP); 'took effect for Japan on December 30, 2018' and 'followed on February 1, 2019' (CPTPP and Japan-EU EPA, not U.S.-Japan agreements); 'In September 2018, Trump and Abe agreed to open bilateral talks' and 'notified Congress ... in October 2018' (not the first round); 'roughly $7.2 billion of U.S. food and agricultural products' (tariff coverage, not exports); 'now 38.5%, would fall gradually to 9%' (Japan's beef tariff); 'the 2.5% U.S. tariff on passenger cars stays' (MFN, not a Section 232 rate and not a tariff on most imports); 'floated tariffs of up to 25%' (threatened, not imposed: tariffs.section232_autos not stated); 'The 180-day window ... closes in mid-November'; 'Section 232 tariffs of 25% and 10% that took effect in March 2018' (steel/aluminum); 'farm products (some $13 billion)' (part of goods exports); 'motor vehicles and parts were some $56 billion' (part of goods imports); 'a position China had occupied since 2008' (China's past rank); chart axis ticks 0-160 and years 2014-2018 (no values). Judgement: ranks 'only those with China, Mexico, and Germany were larger' = 4 and 'only British investors held more' = 2; the U.S. FDI position takes 2018 from the sentence before; the finalized deal of September 25 is stage_one_deal_finalized; talks opened April 15 is first_negotiating_round at day precision",
}
