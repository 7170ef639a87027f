from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "UU1-IF10199-2023-01", "fresh13", "IF10199", 24
LAYOUTS = ["layout", "html"]
PDF_OPTS = ["quotes", "hyph"]
SIDEBAR = "Japan Beside Other Hosts"
CHART = {"unit": "thousands", "ymax": 60, "ticks": [0, 20, 40, 60],
         "series": ["Active-duty U.S. personnel"],
         "bars": {"Japan": (53.9,), "Germany": (35.8,), "S. Korea": (24.1,), "Italy": (12.4,), "U.K.": (10.2,)}}

MD = """
U.S.-Japan Relations

Updated January 18, 2023

## The January Visit

Prime Minister Kishida Fumio was received at the White House by President Joe Biden on January 13, 2023, his first visit there as head of government and the last stop on a tour of Group of Seven (G7) capitals. Two days earlier, the allies' foreign and defense ministers had met in Washington (a "2+2" session) and agreed to station a reorganized Marine unit, the 12th Marine Littoral Regiment, on Okinawa by 2025. The leaders' joint statement praised Tokyo's new security strategy and looked ahead to the G7 summit Japan will host in Hiroshima in May. This In Focus takes up the economy and domestic politics first and closes with the alliance's foundations.

## An Uneven Recovery

Japan's economy, having contracted 4.3% in 2020, expanded 2.1% in 2021, a weaker rebound than the 5.9% posted by the United States. Output then slipped again: in the July-September quarter of 2022 it fell at an annualized rate of 0.8%. The yen, pressured by the gap between Japanese and U.S. interest rates, sank past ¥150 to the dollar in October 2022, a 32-year low, despite the Ministry of Finance's first yen-buying intervention since 1998. A second supplementary budget for FY2022 (¥28.9 trillion, or roughly $214 billion) was passed by the Diet on December 2, much of it for energy subsidies; the first, of ¥2.7 trillion, had been enacted in May. Tokyo's climate target, a 46% cut in greenhouse gas emissions by 2030 from 2013 levels, compares with a U.S. pledge of 50%-52% below 2005 levels.

## The Diet and the Next Elections

Kishida, prime minister since October 2021 and president of the Liberal Democratic Party (LDP), governs in coalition with Komeito. The partners won 293 of the 465 Lower House seats (63%) in the general election of October 31, 2021. Their position in the House of Councillors was strengthened on July 10, 2022, when they came away with 146 of 248 seats (some 59%), up from 57% going in. That election was held two days after former Prime Minister Abe Shinzo, Japan's longest-serving leader, was shot and killed on July 8 while campaigning in Nara.

The cabinet's approval ratings fell below 35% in most December polls after four ministers resigned within two months. Even so, Kishida faces no national election for more than two years: the upper chamber's next regular election is set for July 2025, and a Lower House election must be held by October 2025, when the chamber's four-year term expires. His term as LDP president runs through September 2024. Nationwide local elections take place in April 2023.

## Trade and Investment

Japan, the fourth-largest U.S. trading partner in 2021 (goods and services combined), ranked fifth both as a market for U.S. exports ($112.2 billion) and as a supplier of U.S. imports ($167.8 billion). Trade with China that year was more than twice as large, at some $690 billion. Partial data for 2022 (January-November) show imports from Japan running about 10% above the 2021 pace.

No country is a larger source of foreign direct investment (FDI) in the United States than Japan, whose stock reached $721 billion at the end of 2021. The same holds for U.S. Treasury securities: Japanese investors owned about $1.08 trillion in November 2022, more than those of any other foreign country, China (about $870 billion) included.

## Okinawa and the Marines

Okinawa (less than 1% of Japan's land area) hosts about a quarter of all U.S. military facilities in Japan and over half of the U.S. military personnel in the country. Of the roughly 9,000 Marines who are to leave the prefecture, about 4,000 are to be relocated to Guam, where Camp Blaz was activated in October 2020; none has yet moved. Governor Tamaki Denny, an opponent of the Henoko replacement base for Marine Corps Air Station Futenma, won reelection on September 11, 2022.

## Ukraine and the Indo-Pacific

Japan joined G7 sanctions against Russia soon after the February 2022 invasion. It has pledged $600 million in financial support to Ukraine and more than $300 million in humanitarian and emergency aid; U.S. security assistance, by comparison, has passed $24 billion. Of the four leader-level meetings of the Quad (Australia, India, Japan, and the United States) held since March 2021, the most recent convened in Tokyo in May 2022; Australia is to host the next. Japan also belongs to the Indo-Pacific Economic Framework (IPEF; 14 founding members, Japan and the United States among them), launched in Tokyo in May 2022.

## A New Defense Strategy

Three strategy documents were approved by the Kishida cabinet on December 16, 2022. Under them, Japan is to raise defense and related spending to 2% of GDP by FY2027, double the roughly 1% that had long served as an informal ceiling; some ¥43 trillion (about $320 billion) is planned for FY2023-FY2027. A "counterstrike" capability is to be built: the FY2023 budget request sets aside ¥211.3 billion (some $1.6 billion) for U.S.-made Tomahawk cruise missiles. NATO allies, by contrast, aim for 2% of GDP, and China announced a 7.1% rise in its 2022 defense budget, to about $230 billion.

## Japan Beside Other Hosts

More U.S. troops are based in Japan than in any other foreign country (Figure 1). Germany, with about 35,000, is second; South Korea hosts 28,500 under a 2021 cost-sharing deal that raised Seoul's contribution 13.9%, to about $1 billion.

**Figure 1. U.S. Military Personnel in Japan and Other Host Countries, September 2022**

Source: Defense Manpower Data Center. Active-duty personnel only.

## Foundations of the Alliance

The United States and Japan have been treaty allies since 1951, when a security pact was signed at San Francisco; it was revised in 1960. Stationed in Japan are around 54,000 U.S. military personnel, the Seventh Fleet among them. Toward the cost of hosting them, Japan contributes roughly $2 billion per year, under a five-year Special Measures Agreement (SMA) that was reached in December 2021 and signed in January 2022.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Caitlin Campbell**, Analyst in Asian Affairs

**Kyla H. Kitamura**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Kishida Fumio"),
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "alliance.treaty_ally_since": F(1951, as_written="The United States and Japan have been treaty allies since 1951"),
        "alliance.us_troops_in_japan": F(54000, "about", as_written="Stationed in Japan are around 54,000 U.S. military personnel", note="value before its verb; last section"),
        "alliance.host_nation_support_per_year": F(2000000000, "about", per="year", as_written="Toward the cost of hosting them, Japan contributes roughly $2 billion per year"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="a five-year Special Measures Agreement (SMA) that was reached in December 2021 and signed in January 2022", note="dated by when it was reached"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="hosts about a quarter of all U.S. military facilities in Japan"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="over half of the U.S. military personnel in the country"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="Okinawa (less than 1% of Japan's land area)"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="about 4,000 are to be relocated to Guam"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2027", as_written="Japan is to raise defense and related spending to 2% of GDP by FY2027"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="the roughly 1% that had long served as an informal ceiling"),
        "defense.tomahawk_purchase": F(1600000000, "about", as_written="the FY2023 budget request sets aside ¥211.3 billion (some $1.6 billion) for U.S.-made Tomahawk cruise missiles", note="the FY2023 budget line, as T4/KK1"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="governs in coalition with Komeito"),
        "politics.lower_house_coalition_share": F(63, as_written="The partners won 293 of the 465 Lower House seats (63%)"),
        "politics.upper_house_coalition_share": F(59, "about", previous=57, as_written="they came away with 146 of 248 seats (some 59%), up from 57% going in"),
        "politics.next_diet_election_due": F(2025, as_written="the upper chamber's next regular election is set for July 2025, and a Lower House election must be held by October 2025"),
        "politics.lower_house_election_due": D("2025-10", as_written="a Lower House election must be held by October 2025"),
        "trade.overall_partner_rank": F(4, period="2021", as_written="Japan, the fourth-largest U.S. trading partner in 2021 (goods and services combined)"),
        "trade.export_partner_rank": F(5, period="2021", as_written="ranked fifth both as a market for U.S. exports ($112.2 billion)"),
        "trade.import_partner_rank": F(5, period="2021", as_written="and as a supplier of U.S. imports ($167.8 billion)"),
        "trade.us_exports_to_japan": F(112200000000, period="2021", as_written="a market for U.S. exports ($112.2 billion)"),
        "trade.us_imports_from_japan": F(167800000000, period="2021", as_written="a supplier of U.S. imports ($167.8 billion)"),
        "trade.fdi_source_rank": F(1, period="2021", as_written="No country is a larger source of foreign direct investment (FDI) in the United States than Japan, whose stock reached $721 billion at the end of 2021"),
        "trade.treasury_holder_rank": F(1, period="2022-11", as_written="The same holds for U.S. Treasury securities: Japanese investors owned about $1.08 trillion in November 2022, more than those of any other foreign country"),
        "economy.gdp_growth": GDP(y2021=2.1, y2020=-4.3),
        "economy.supplementary_budget": F(214000000000, "about", period="2022-12", as_written="A second supplementary budget for FY2022 (¥28.9 trillion, or roughly $214 billion) was passed by the Diet on December 2"),
        "economy.yen": F("32-year low against the dollar", period="2022-10", as_written="sank past ¥150 to the dollar in October 2022, a 32-year low"),
        "economy.emissions_cut_target": F(46, by="2030", baseline="2013", as_written="a 46% cut in greenhouse gas emissions by 2030 from 2013 levels"),
        "diplomacy.quad_leader_meetings": F(4, as_written="Of the four leader-level meetings of the Quad ... held since March 2021"),
        "diplomacy.ipef_other_partners": F(13, period="2022-05", as_written="(IPEF; 14 founding members, Japan and the United States among them), launched in Tokyo in May 2022", note="14 founding members including Japan"),
        "diplomacy.ukraine_financial_support": F(600000000, as_written="It has pledged $600 million in financial support to Ukraine"),
        "diplomacy.ukraine_humanitarian_aid": F(300000000, "over", as_written="and more than $300 million in humanitarian and emergency aid"),
    },
    "elections": {
        "lower_house_2021": E("Lower House", "2021-10-31", "held", result="coalition 293 of 465 seats (63%)"),
        "upper_house_2022": E("Upper House", "2022-07-10", "held", result="coalition 146 of 248 seats (some 59%), up from 57%"),
        "okinawa_governor_2022": E("Okinawa governor", "2022-09-11", "held", result="Tamaki Denny reelected"),
        "upper_house_2025": E("Upper House", "2025-07", "upcoming"),
    },
    "events": {
        "abe_assassination": EV("Former Prime Minister Abe Shinzo shot and killed while campaigning in Nara", "2022-07-08"),
    },
    "notes": "Traps: 'on January 13, 2023' (visit) and 'Two days earlier ... (a \"2+2\" session)'; 'the 12th Marine Littoral Regiment, on Okinawa by 2025' (a unit number and a date, not an election or Guam figure); 'the G7 summit Japan will host in Hiroshima in May'; 'a weaker rebound than the 5.9% posted by the United States' (another country's growth); 'it fell at an annualized rate of 0.8%' (a quarter, not a year); 'first yen-buying intervention since 1998'; '¥28.9 trillion' (yen, the dollar figure is the fact) and 'the first, of ¥2.7 trillion, had been enacted in May' (earlier budget); 'a U.S. pledge of 50%-52% below 2005 levels' (another country's target); 'prime minister since October 2021' (not an election); '293 of the 465' and '146 of 248' (seat counts); 'up from 57% going in' (previous Upper House share); 'Japan's longest-serving leader' (former PM Abe, not the PM); 'approval ratings fell below 35%' and 'four ministers resigned within two months'; 'His term as LDP president runs through September 2024' (a term end alone, not an election); 'Nationwide local elections take place in April 2023' (local, not listed); 'Trade with China that year was more than twice as large, at some $690 billion' (another country); 'Partial data for 2022 (January-November) show imports from Japan running about 10% above the 2021 pace'; 'whose stock reached $721 billion' (no IF10199 fact); 'China (about $870 billion) included' (another holder); 'Of the roughly 9,000 Marines who are to leave the prefecture' (total leaving, not Guam) and 'none has yet moved' (no Marines in Guam) and 'Camp Blaz was activated in October 2020'; 'U.S. security assistance, by comparison, has passed $24 billion' (another country's aid); 'Australia is to host the next' (planned Quad meeting); 'some ¥43 trillion (about $320 billion) is planned for FY2023-FY2027' (five-year total); '¥211.3 billion' (yen; dollar figure is the Tomahawk fact); 'NATO allies, by contrast, aim for 2% of GDP' (others' target) and 'China announced a 7.1% rise in its 2022 defense budget, to about $230 billion'; sidebar 'Japan Beside Other Hosts' (html aside; pdf/layout an ordinary section): 'Germany, with about 35,000, is second' and 'South Korea hosts 28,500' and 'raised Seoul's contribution 13.9%, to about $1 billion' (other countries' troops and cost sharing); Figure 1 (troops by host country, thousands; ticks 0-60, no value labels); 'it was revised in 1960' (not the treaty year); 'signed in January 2022' (the SMA is dated by when it was reached); 'the Seventh Fleet'; sections reordered (alliance basics last); PDF curly quotes and hyphenated line ends (layout)",
}
