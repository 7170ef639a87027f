from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "ZB2-IF11120-2021-10", "fresh46", "IF11120", 12
TITLE = "U.S.-Japan Trade Agreement Negotiations"
LAYOUTS = ["md", "html"]
PDF_OPTS = ["quotes"]
SIDEBAR = "Japan's Leadership Change"

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated October 20, 2021

## Overview

Two limited trade agreements between the United States and Japan, the U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement (DTA), were signed on October 7, 2019. Both entered into force on January 1, 2020. The Trump Administration called them a "stage one" deal and said broader talks would follow, but the second stage never got under way. The Biden Administration has not said whether it intends to resume those negotiations; its trade agenda with Japan so far has centered on supply chains, technology, and climate cooperation rather than market access.

Japan has a new leader. Kishida Fumio became prime minister on October 4, and voters will choose a new Lower House later this month. Kishida has said Japan wants the United States to rejoin the regional trade pact it left in 2017, a goal that Members of Congress have debated.

## Origins of the Talks

Shortly after taking office in January 2017, President Trump withdrew the United States from the Trans-Pacific Partnership (TPP). Japan then led the remaining 11 signatories in concluding the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP), in force since December 30, 2018, and its Economic Partnership Agreement with the European Union took effect in February 2019. Both pacts cut Japan's tariffs for U.S. competitors, notably in beef, pork, and wine. Under pressure from U.S. agricultural groups, and facing the possibility of U.S. tariffs on its autos, Japan agreed in a September 2018 joint statement to open bilateral negotiations.

Formal talks began with a first round in Washington in April 2019. On the margins of the U.N. General Assembly in New York on September 25, 2019, President Trump and Prime Minister Abe Shinzo announced that they had finalized the stage one agreements.

## The Section 232 Autos Question

Japan's central aim in the talks was to avoid tariffs on its autos. On May 17, 2019, President Trump proclaimed that imports of motor vehicles and parts threatened to impair U.S. national security, following a Commerce Department investigation under Section 232 of the Trade Expansion Act of 1962. The proclamation directed USTR to negotiate with Japan and the European Union and set a 180-day period for doing so; tariffs as high as 25% had reportedly been considered. No auto tariffs were imposed. In the September 2019 joint statement, the United States said it would not take measures against the spirit of the agreements while they were being faithfully implemented, language Tokyo read as an assurance. Cars from Japan continue to enter at the 2.5% MFN rate, light trucks at 25%.

## What the Agreements Do

Under the USJTA, Japan cut or eliminated tariffs on roughly $7 billion of U.S. food and agricultural exports, matching the CPTPP treatment for most of those products; rice was excluded. The United States reduced or removed tariffs on a narrower set of Japanese industrial goods, such as machine tools, steam turbines, and bicycles, and on some farm products. The agreement was implemented by proclamation under Section 103(a) of the Bipartisan Congressional Trade Priorities and Accountability Act of 2015, without a vote in Congress.

Table 1. Japanese Tariffs on Selected U.S. Farm Products

| Product | Before 2020 | FY2021 | End point |
| --- | --- | --- | --- |
| Beef | 38.5% | 25.0% | 9% (FY2033) |
| Pork (higher-priced cuts) | 4.3% | 2.2% | 0% (FY2027) |
| Wine | 15% | 6.4% | 0% (FY2025) |

Source: CRS, from the USJTA tariff schedules. Japan's fiscal year starts April 1.

The USJTA lets Japan raise its beef tariff temporarily if imports exceed an annual trigger. After imports in FY2020 passed the 242,491 metric-ton threshold, Japan raised the tariff to 38.5% for 30 days from March 18, 2021. The two governments agreed to consult on changing the trigger, and talks continue.

The DTA bars customs duties on digital products transmitted electronically, protects cross-border data flows, and restricts rules requiring that data be stored locally, including for financial services. Its provisions largely follow those of the U.S.-Mexico-Canada Agreement (USMCA), which entered into force on July 1, 2020.

## The Biden Administration's Approach

President Joe Biden received then-Prime Minister Suga Yoshihide in April 2021, his first in-person meeting with a foreign leader as President. The two launched a Competitiveness and Resilience (CoRe) Partnership on semiconductors and other supply chains, 5G networks, and clean energy. U.S. Trade Representative Katherine Tai has held calls with Japanese ministers but has announced no new negotiations.

Japan is pressing for relief from the Section 232 tariffs of 25% on steel and 10% on aluminum in place since March 2018. It has watched the Administration's talks with the European Union over those duties and has asked for comparable treatment. Japan also hopes to draw the United States back into the CPTPP; China applied to join on September 16 and Taiwan on September 22. The Regional Comprehensive Economic Partnership (RCEP), whose 15 members include Japan and China but not the United States, is to take effect on January 1, 2022.

## Japan's Leadership Change

Prime Minister Suga, in office for barely a year, said on September 3 that he would not seek another term as LDP president. Kishida won the party's leadership election on September 29, defeating Kono Taro in a runoff, and the Diet chose him as prime minister five days later. He dissolved the Lower House on October 14, setting a general election for October 31, 2021. An Upper House election follows in July 2022. Kishida has promised a "new capitalism" that stresses income distribution, and has said he will keep the stage one agreements as they are.

## Trade and Investment Ties

Counting goods and services, Japan was the fourth-largest U.S. trading partner in 2020. The pandemic cut trade in both directions. U.S. exports to Japan totaled $103.9 billion, of which goods accounted for $64.1 billion and services for the other $39.8 billion. U.S. imports from Japan were $147.0 billion (see Table 2).

Table 2. U.S. Trade with Japan, 2019-2020 ($ billions)

| | 2019 | 2020 |
| --- | --- | --- |
| Goods exports | 74.4 | 64.1 |
| Services exports | 49.6 | 39.8 |
| Goods imports | 143.6 | 119.5 |
| Services imports | 35.1 | 27.5 |
| Goods balance | -69.2 | -55.4 |

Source: U.S. Census Bureau and Bureau of Economic Analysis.

The goods deficit, $55.4 billion, was the sixth-largest the United States ran with any country in 2020, and about $14 billion smaller than a year earlier. Data for January-August 2021 show goods trade recovering, with a deficit of some $39 billion for those months.

**Figure 1. Top U.S. Trading Partners, 2020 (goods and services)**

Source: CRS, with Bureau of Economic Analysis data.

Japan is the largest source of foreign direct investment (FDI) in the United States, a position it took from the United Kingdom in 2019. Its FDI stock reached $648 billion at the end of 2020, and U.S. affiliates of Japanese firms employ nearly 1 million workers. U.S. direct investment in Japan, about $131 billion that year, is much smaller. Japan also holds more U.S. Treasury securities than any other foreign country, about $1.32 trillion in August 2021; China, which it overtook in mid-2019, holds about $1.05 trillion.

## Issues for Congress

Trade promotion authority (TPA), under which Congress considers trade agreements on an expedited basis, lapsed on July 1, 2021. Any comprehensive agreement with Japan would likely require congressional approval, while a second limited deal might, like the USJTA, rely on tariff-proclamation authority. Members may examine whether to press the Administration to resume talks, how to address the beef safeguard and other barriers facing U.S. farm exports, whether the steel and aluminum tariffs on an ally serve U.S. interests, and whether rejoining the CPTPP would better secure U.S. access to Japan's market.

**Brock R. Williams**, Specialist in International Trade and Finance

**Cathleen D. Cimino-Isaacs**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Kishida Fumio became prime minister on October 4", note="family name first"),
        "trade.overall_partner_rank": F(4, period="2020", as_written="Counting goods and services, Japan was the fourth-largest U.S. trading partner in 2020"),
        "trade.us_exports_to_japan": F(103900000000, period="2020", as_written="U.S. exports to Japan totaled $103.9 billion", note="year carried from two sentences before"),
        "trade.us_goods_exports_to_japan": F(64100000000, period="2020", as_written="of which goods accounted for $64.1 billion", note="also Table 2, 2020 column"),
        "trade.us_services_exports_to_japan": F(39800000000, period="2020", as_written="and services for the other $39.8 billion", note="also Table 2, 2020 column"),
        "trade.us_imports_from_japan": F(147000000000, period="2020", as_written="U.S. imports from Japan were $147.0 billion (see Table 2)"),
        "trade.us_goods_imports_from_japan": F(119500000000, period="2020", as_written="Goods imports | 143.6 | 119.5", note="stated only in Table 2 ($ billions), 2020 column"),
        "trade.us_services_imports_from_japan": F(27500000000, period="2020", as_written="Services imports | 35.1 | 27.5", note="stated only in Table 2 ($ billions), 2020 column"),
        "trade.goods_deficit": F(55400000000, period="2020", as_written="The goods deficit, $55.4 billion", note="also Table 2's 'Goods balance' row, 2020 column, as -55.4"),
        "trade.goods_deficit_rank": F(6, period="2020", as_written="was the sixth-largest the United States ran with any country in 2020"),
        "trade.fdi_source_rank": F(1, as_written="Japan is the largest source of foreign direct investment (FDI) in the United States"),
        "trade.japan_fdi_stock_in_us": F(648000000000, period="2020", as_written="Its FDI stock reached $648 billion at the end of 2020"),
        "trade.us_fdi_stock_in_japan": F(131000000000, "about", period="2020", as_written="U.S. direct investment in Japan, about $131 billion that year"),
        "trade.treasury_holder_rank": F(1, as_written="Japan also holds more U.S. Treasury securities than any other foreign country"),
        "agreements.usjta_signed": D("2019-10-07", as_written="the U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement (DTA), were signed on October 7, 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="Both entered into force on January 1, 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="Both entered into force on January 1, 2020"),
    },
    "elections": {
        "ldp_president_2021": E("LDP president", "2021-09-29", "held", result="Kishida defeated Kono Taro in a runoff"),
        "lower_house_2021": E("Lower House", "2021-10-31", "upcoming", note="Lower House dissolved October 14; also 'voters will choose a new Lower House later this month'"),
        "upper_house_2022": E("Upper House", "2022-07", "upcoming"),
    },
    "events": {
        "first_negotiating_round": EV("First round of U.S.-Japan trade agreement negotiations, in Washington", "2019-04", "held"),
        "stage_one_deal_finalized": EV("Trump and Abe announce in New York that they have finalized the stage one agreements", "2019-09-25", "held"),
        "section232_autos_proclamation": EV("President proclaims that imports of motor vehicles and parts threaten to impair U.S. national security", "2019-05-17", "held"),
    },
    "notes": "Traps: 'the regional trade pact it left in 2017' and 'Shortly after taking office in January 2017'; 'the remaining 11 signatories'; 'in force since December 30, 2018' (CPTPP) and 'took effect in February 2019' (the EU-Japan agreement), other agreements' dates; 'a September 2018 joint statement' (not a tracked event, not the signing); 'announced that they had finalized the stage one agreements' on 'September 25, 2019' (the event, not the signing date); 'Prime Minister Abe Shinzo' and 'then-Prime Minister Suga Yoshihide' / 'Prime Minister Suga, in office for barely a year' (former prime ministers); 'Section 232 of the Trade Expansion Act of 1962' (year of a law); 'set a 180-day period'; 'tariffs as high as 25% had reportedly been considered' and 'No auto tariffs were imposed' (no Section 232 auto rate); 'Cars from Japan continue to enter at the 2.5% MFN rate, light trucks at 25%' (MFN rates on vehicles, not a tariff on most imports or a Section 232 rate); 'roughly $7 billion of U.S. food and agricultural exports' (coverage, not a trade total); 'Section 103(a) of the Bipartisan Congressional Trade Priorities and Accountability Act of 2015'; Table 1 (Japan's tariffs: '38.5%', '25.0%', '9% (FY2033)', '4.3%', '2.2%', '0% (FY2027)', '15%', '6.4%', '0% (FY2025)') and its note 'Japan's fiscal year starts April 1'; 'the 242,491 metric-ton threshold' and 'raised the tariff to 38.5% for 30 days from March 18, 2021' (Japan's beef safeguard); '(USMCA), which entered into force on July 1, 2020' (another agreement's entry into force); 'in April 2021, his first in-person meeting'; 'Section 232 tariffs of 25% on steel and 10% on aluminum in place since March 2018' (not autos); 'China applied to join on September 16 and Taiwan on September 22'; '(RCEP), whose 15 members include Japan and China ... is to take effect on January 1, 2022' (another agreement's entry into force, beside the USJTA's January 1, 2020); 'said on September 3 that he would not seek another term' and 'five days later' (the PM's start is stated as October 4); 'He dissolved the Lower House on October 14'; Table 2's 2019 column ('74.4', '49.6', '143.6', '35.1', '-69.2': past year); 'about $14 billion smaller than a year earlier' (a change); 'a deficit of some $39 billion for those months' (January-August 2021, partial year); Figure 1 caption 'Top U.S. Trading Partners, 2020' (html image, no values); 'a position it took from the United Kingdom in 2019' (a year beside the FDI rank); 'employ nearly 1 million workers'; 'about $1.32 trillion in August 2021' and 'China, which it overtook in mid-2019, holds about $1.05 trillion' (holdings, another country); 'lapsed on July 1, 2021' (TPA). HTML: the sidebar 'Japan's Leadership Change' (with the figure) is a floated aside box; table of contents repeats the headings.",
}
