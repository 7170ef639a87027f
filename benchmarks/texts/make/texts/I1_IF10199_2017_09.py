from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "I1-IF10199-2017-09", "fresh7", "IF10199", 17
LAYOUTS = ["md", "layout"]
PDF_OPTS = []
CHART = {"unit": "$ billions", "ymax": 160, "ticks": [0, 40, 80, 120, 160],
         "series": ["U.S. exports to Japan", "U.S. imports from Japan"],
         "bars": {"2012": (70.0, 146.4), "2013": (65.2, 138.5), "2014": (66.8, 134.0),
                  "2015": (62.4, 131.4), "2016": (63.3, 132.2)}}

MD = """
U.S.-Japan Relations

Updated September 20, 2017

## Overview

Japan, formally allied with the United States since the two countries signed a security treaty in 1951, is one of Washington's most important partners in Asia. The relationship rests on a bargain: Japan allows the U.S. military to use bases on its territory, and the United States pledges to defend Japan. The treaty was revised in 1960 to put the two sides on a more equal footing. Approximately fifty-four thousand U.S. military personnel are now stationed in Japan, a larger force than the one in South Korea, where some 28,500 U.S. troops are based.

Prime Minister Abe Shinzo has worked hard to build a personal rapport with President Donald J. Trump. Abe was the first foreign leader to meet Trump after the November 2016 election, calling on the President-elect at Trump Tower, and the two men spent a weekend at Mar-a-Lago in February 2017. The joint statement from that summit reaffirmed that Article 5 of the treaty covers the Senkaku Islands, which China also claims. The Administration's trade agenda has nonetheless unsettled Tokyo. On January 23, his third full day in office, Trump withdrew the United States from the 12-nation Trans-Pacific Partnership (TPP), the centerpiece of Abe's economic diplomacy.

Abe has invested heavily in ties with Washington for years. In April 2015 he became the first Japanese prime minister to address a joint meeting of Congress. Later that year his government pushed through the Diet (parliament) a package of security laws that, since taking effect in March 2016, has allowed Japan's Self-Defense Forces (SDF) to exercise collective self-defense in limited circumstances.

## North Korean Missiles Over Japan

Pyongyang's weapons programs have become Tokyo's most pressing security concern. On August 29, North Korea fired an intermediate-range Hwasong-12 missile that crossed the northern island of Hokkaido before falling into the Pacific; the government's J-Alert system told residents of a dozen prefectures to take cover. It was the first North Korean launch over Japanese territory since 2009. Five days later, on September 3, the North conducted its sixth nuclear test, which Japan's Ministry of Defense estimated at about 160 kilotons. A second Hwasong-12 overflew Hokkaido on September 15 and traveled some 3,700 kilometers.

Abe has called for "maximum pressure" on the regime. Tokyo welcomed U.N. Security Council Resolution 2375 of September 11, which caps North Korea's imports of refined petroleum products at two million barrels a year. At the U.N. General Assembly on September 19, President Trump warned that the United States would "totally destroy North Korea" if forced to defend itself or its allies. Japan is also strengthening its missile defenses: the Ministry of Defense's FY2018 budget request seeks funds to begin designing a land-based Aegis Ashore system.

## Alliance Cooperation and Costs

The 2015 revision of the bilateral defense guidelines lets the two militaries plan together for a wider range of contingencies. The Trump Administration, like its predecessors, has pressed allies to spend more on defense. Japan's defense budget has by custom been pegged at roughly 1% of GDP since the 1970s, while NATO members are asked to spend 2% of theirs. The Ministry of Defense has requested a record ¥5.26 trillion for FY2018, which would be the sixth consecutive annual increase.

Japan also defrays part of the cost of the U.S. presence. Under a Special Measures Agreement reached in December 2015, which took effect in April 2016 and runs for five years, Tokyo is to provide ¥946.5 billion over the period, or an estimated $1.7 billion a year. As a candidate, Trump suggested that Japan should pay the full cost of the U.S. forces it hosts; as President, he has not repeated the demand in public.

## Okinawa Base Politics

Okinawa, a chain of islands that makes up 0.6% of Japan's land area, is home to a little over 70 percent of the facilities reserved for the exclusive use of U.S. forces in Japan. Well over half of the U.S. military personnel in the country are based there as well. Many Okinawans resent the burden of the bases, and crimes and accidents involving U.S. personnel periodically inflame local opinion.

The plan to replace Marine Corps Air Station Futenma with a new facility at Henoko, a less crowded part of the main island, has been stalled for two decades. Governor Onaga Takeshi, elected in November 2014 on a pledge to stop the project, continues to fight it in court even after Japan's Supreme Court ruled against him in December 2016; work on seawalls began in April 2017. The next gubernatorial election is expected in late 2018. Before then, Nago, the city that would host the new base, chooses a mayor in February 2018.

Under a 2012 agreement, some nine thousand Marines are to leave Okinawa, and about four thousand of them are to move to Guam beginning in the first half of the 2020s. An earlier plan, agreed in 2006, had envisioned moving 8,000 Marines to Guam by 2014.

## Japanese Politics

Abe, in office since December 2012, leads a coalition of his Liberal Democratic Party (LDP) and the smaller Komeito. The two parties' strength in the Diet is shown in Table 1.

Table 1. Ruling Coalition in the Diet

| Chamber | Coalition | Share | Elected |
| --- | --- | --- | --- |
| Lower House (475) | 324 | 68% | Dec. 2014 |
| Upper House (242) | 146 | 60% | July 2016 |

This summer was Abe's most difficult since he returned to power. Allegations that he had favored associates in two school-related cases pushed his cabinet's approval rating below 30% in some July polls, and the LDP suffered a historic defeat in the July 2 Tokyo Metropolitan Assembly election. Support has since recovered to near 50%, helped in part by the crisis with North Korea. Japanese media report that Abe is considering dissolving the Lower House when the Diet convenes on September 28, which would bring a general election in October. Otherwise, no Lower House election is required until December 2018, when the chamber's four-year term expires. Half of the Upper House will next be elected in the summer of 2019.

Within his party Abe appears secure. He was reelected LDP president without a contest in September 2015, and in March 2017 the party lengthened its leader's limit from two consecutive three-year terms to three. That change allows him to seek a third term when the LDP next chooses its president in September 2018. Should he win and serve it out, Abe would become Japan's longest-serving prime minister.

## Trade and Economic Issues

Trump's withdrawal from TPP ended the prospect of the deepest trade liberalization the two countries had ever negotiated. Japan has since led the remaining 11 members in efforts to bring the pact into force without the United States, and in July it reached a framework agreement with the European Union. The Administration prefers a bilateral approach. The U.S.-Japan Economic Dialogue, led by Vice President Mike Pence and Deputy Prime Minister Aso Taro, held its first meeting in Tokyo in April 2017; a second round is planned for October. U.S. officials have singled out the bilateral trade deficit and barriers to U.S. autos and farm products.

Goods trade figures for 2016 show the relationship's scale (Figure 1):

- Japan ranked fourth among U.S. trading partners, after China, Canada, and Mexico.
- U.S. exporters shipped $63.3 billion in goods to Japan, a market surpassed in size only by Canada, Mexico, and China.
- Imports from Japan were worth $132.2 billion, placing it behind only three other suppliers.
- The resulting goods deficit, $68.9 billion, was the second largest with any country, after the deficit with China.

**Figure 1. U.S. Goods Trade with Japan, 2012-2016**

Source: U.S. Census Bureau.

Investment runs in both directions. Japanese firms' stock of direct investment in the United States reached $421 billion at the end of 2016; the United Kingdom's stock alone is larger. Japanese-owned companies employ about 860,000 American workers. Japan is also a major creditor of the U.S. government. Its $1.10 trillion in Treasury securities in July was the second-largest foreign holding, behind China's $1.17 trillion, although Japan briefly held the top spot around the turn of the year.

Japan's economy is growing modestly. Real GDP rose 1.0% in 2016 and 1.2% in 2015; in the April-June quarter of 2017, output expanded at an annualized rate of 2.5%, the sixth consecutive quarter of growth. The Bank of Japan holds its short-term policy rate at -0.1% and targets a 10-year bond yield of around zero. The most recent supplementary budget, about ¥1.7 trillion (roughly $15 billion), was enacted in January 2017, following a larger ¥4.1 trillion one in October 2016. After the North's nuclear test, investors sought safety in the yen, which on September 8 touched a ten-month high against the dollar. Under the Paris climate agreement, from which President Trump announced a U.S. withdrawal on June 1, Japan has pledged to cut greenhouse gas emissions 26% by FY2030 from FY2013 levels.

## Regional Relations

Relations with China remain cool, although Abe and Chinese President Xi Jinping met in July on the sidelines of the G-20 summit in Hamburg. Ties with South Korea are uncertain: President Moon Jae-in, who took office in May, has questioned the December 2015 bilateral agreement on the "comfort women" issue, even as the two governments coordinate closely on North Korea.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Rebecca M. Nelson**, Specialist in International Trade and Finance

**Brock R. Williams**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Abe Shinzo"),
        "leaders.us_president": P("Trump", "Donald", "President Donald J. Trump"),
        "alliance.treaty_ally_since": F(1951, as_written="formally allied with the United States since the two countries signed a security treaty in 1951"),
        "alliance.us_troops_in_japan": F(54000, "about", as_written="Approximately fifty-four thousand U.S. military personnel are now stationed in Japan"),
        "alliance.host_nation_support_per_year": F(1700000000, "about", per="year", as_written="or an estimated $1.7 billion a year"),
        "alliance.host_nation_support_agreement": D("2015-12", as_written="Under a Special Measures Agreement reached in December 2015, which took effect in April 2016 and runs for five years"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "over", as_written="is home to a little over 70 percent of the facilities reserved for the exclusive use of U.S. forces in Japan", note="exclusive-use basis"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="Well over half of the U.S. military personnel in the country are based there as well", note="subject (Okinawa) carried from the sentence before"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="Okinawa, a chain of islands that makes up 0.6% of Japan's land area"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="about four thousand of them are to move to Guam beginning in the first half of the 2020s"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="Japan's defense budget has by custom been pegged at roughly 1% of GDP since the 1970s"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="a coalition of his Liberal Democratic Party (LDP) and the smaller Komeito"),
        "politics.lower_house_coalition_share": F(68, as_written="Table 1: Lower House (475) | 324 | 68% | Dec. 2014"),
        "politics.upper_house_coalition_share": F(60, as_written="Table 1: Upper House (242) | 146 | 60% | July 2016"),
        "politics.next_diet_election_due": F(2018, as_written="no Lower House election is required until December 2018", note="the snap election is only reported as under consideration; the Upper House vote (2019) is later"),
        "politics.lower_house_election_due": D("2018-12", as_written="no Lower House election is required until December 2018, when the chamber's four-year term expires"),
        "trade.overall_partner_rank": F(4, period="2016", as_written="Japan ranked fourth among U.S. trading partners, after China, Canada, and Mexico", note="goods trade"),
        "trade.export_partner_rank": F(4, period="2016", as_written="a market surpassed in size only by Canada, Mexico, and China", note="goods trade"),
        "trade.us_exports_to_japan": F(63300000000, period="2016", as_written="U.S. exporters shipped $63.3 billion in goods to Japan", note="goods only"),
        "trade.import_partner_rank": F(4, period="2016", as_written="placing it behind only three other suppliers", note="goods trade"),
        "trade.us_imports_from_japan": F(132200000000, period="2016", as_written="Imports from Japan were worth $132.2 billion", note="goods only"),
        "trade.fdi_source_rank": F(2, period="2016", as_written="reached $421 billion at the end of 2016; the United Kingdom's stock alone is larger"),
        "trade.treasury_holder_rank": F(2, period="2017-07", as_written="Its $1.10 trillion in Treasury securities in July was the second-largest foreign holding, behind China's $1.17 trillion"),
        "economy.gdp_growth": GDP(y2016=1.0, y2015=1.2),
        "economy.supplementary_budget": F(15000000000, "about", period="2017-01", as_written="The most recent supplementary budget, about ¥1.7 trillion (roughly $15 billion), was enacted in January 2017"),
        "economy.yen": F("ten-month high against the dollar", period="2017-09", as_written="the yen, which on September 8 touched a ten-month high against the dollar"),
        "economy.emissions_cut_target": F(26, by="2030", baseline="2013", as_written="cut greenhouse gas emissions 26% by FY2030 from FY2013 levels"),
    },
    "elections": {
        "lower_house_2014": E("Lower House", "2014-12", "held", result="coalition 324 of 475 seats, 68%", note="Table 1 'Elected' column"),
        "upper_house_2016": E("Upper House", "2016-07", "held", result="coalition 146 of 242 seats, 60%", note="Table 1 'Elected' column"),
        "upper_house_2019": E("Upper House", "2019", "upcoming", note="'in the summer of 2019' (year precision)"),
        "ldp_president_2015": E("LDP president", "2015-09", "held", result="Abe reelected without a contest"),
        "ldp_president_2018": E("LDP president", "2018-09", "upcoming", note="Abe may seek a third term"),
        "okinawa_governor_2014": E("Okinawa governor", "2014-11", "held", result="Onaga Takeshi elected"),
        "okinawa_governor_2018": E("Okinawa governor", "2018", "upcoming", note="'expected in late 2018' (year precision)"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress", "2015-04", "held"),
    },
    "notes": "Traps: 'The treaty was revised in 1960' (not the alliance's start); 'some 28,500 U.S. troops are based' (South Korea); 'after the November 2016 election, calling on the President-elect' and 'a weekend at Mar-a-Lago in February 2017'; 'On January 23, his third full day in office' and 'the 12-nation Trans-Pacific Partnership'; 'since taking effect in March 2016' (security laws); 'On August 29', 'since 2009', 'on September 3, the North conducted its sixth nuclear test', 'about 160 kilotons', 'some 3,700 kilometers'; 'Resolution 2375 of September 11' and 'two million barrels a year'; 'while NATO members are asked to spend 2% of theirs' (other countries; no Japanese goal); 'a record ¥5.26 trillion for FY2018' and 'the sixth consecutive annual increase'; 'which took effect in April 2016 and runs for five years' and 'Tokyo is to provide ¥946.5 billion over the period' (five-year yen total); 'pay the full cost of the U.S. forces'; 'Supreme Court ruled against him in December 2016' and 'work on seawalls began in April 2017'; 'Nago ... chooses a mayor in February 2018' (local race, not listed); 'some nine thousand Marines are to leave Okinawa' (total leaving, not Guam) and 'had envisioned moving 8,000 Marines to Guam by 2014' (superseded plan); Table 1 seat counts '324' and '146' and chamber sizes '(475)', '(242)'; 'approval rating below 30%', 'the July 2 Tokyo Metropolitan Assembly election' (local), 'recovered to near 50%'; 'considering dissolving the Lower House when the Diet convenes on September 28, which would bring a general election in October' (speculation: no election listed, next election stays 2018); 'from two consecutive three-year terms to three'; 'remaining 11 members'; 'held its first meeting in Tokyo in April 2017; a second round is planned for October'; 'The resulting goods deficit, $68.9 billion, was the second largest' (deficit rank, not a trade rank); 'reached $421 billion' and 'about 860,000 American workers'; 'behind China's $1.17 trillion' and 'Japan briefly held the top spot around the turn of the year' (past rank); 'an annualized rate of 2.5%, the sixth consecutive quarter' (a quarter, not a year); 'policy rate at -0.1%'; 'following a larger ¥4.1 trillion one in October 2016' (earlier supplementary budget); 'announced a U.S. withdrawal on June 1'; 'the December 2015 bilateral agreement on the \"comfort women\" issue' (not the cost-sharing agreement, though the same month); Figure 1 (goods trade 2012-2016, $ billions; axis ticks 0-160, no value labels); bullet list of 2016 goods-trade figures; layout text of a two-column PDF",
}
