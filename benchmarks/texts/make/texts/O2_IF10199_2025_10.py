from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "O2-IF10199-2025-10", "fresh8", "IF10199", 44
LAYOUTS = ["html", "pdf", "layout"]
PDF_OPTS = ["lig", "nbsp"]
SIDEBAR = "The Diet at a Glance"
CHART = {"unit": "$ billions", "ymax": 160, "ticks": [0, 40, 80, 120, 160],
         "series": ["U.S. exports", "U.S. imports"],
         "bars": {"2020": (64.1, 119.5), "2021": (74.6, 135.1), "2022": (80.2, 148.1), "2023": (75.7, 147.2), "2024": (79.7, 148.2)}}

MD = """
U.S.-Japan Relations

Updated October 30, 2025

## Overview

Japan and the United States have been treaty allies since 1951, and the relationship entered a new phase this month. On October 21, the National Diet elected Takaichi Sanae prime minister, the first woman to hold the office, seventeen days after she won the presidency of the Liberal Democratic Party (LDP). Less than a week later, President Donald Trump arrived in Tokyo on his first visit to Japan of his second term. At their October 28 summit, the two leaders declared a "new golden age" for the alliance, signed a framework on securing supplies of critical minerals and rare earths, and reaffirmed the trade and investment agreement their governments reached in July. Takaichi, a protégé of former Prime Minister Abe Shinzo, who was assassinated in July 2022, has promised to speed up Japan's defense buildup and to keep Tokyo closely aligned with Washington.

## A New Prime Minister and a New Partner

Takaichi's predecessor, Ishiba Shigeru, announced on September 7 that he would step down. Under his leadership the LDP and its longtime partner Komeito had lost their majority in the House of Representatives in October 2024 and then in the House of Councillors in the July 20, 2025, election. In the October 4 party vote, Takaichi defeated Agriculture Minister Koizumi Shinjiro in a runoff, 185 votes to 156. Six days later, Komeito, which is backed by the lay Buddhist group Soka Gakkai, ended its 26-year partnership with the LDP, citing the party's handling of a political funding scandal.

The LDP then turned to the Japan Innovation Party (Ishin), based in Osaka. Under an agreement the two parties signed on October 20, Ishin supports the government but has taken no cabinet posts; in return the LDP accepted several Ishin demands, including a pledge to cut the number of lower-house seats by about 10%. With Ishin's votes and those of several independents, Takaichi won 237 votes in the lower chamber on the first ballot. Her cabinet's approval ratings topped 60% in early polls, prompting talk of an early dissolution.

## The Diet at a Glance

- Governing parties: the LDP and Ishin, which holds no cabinet posts. Komeito moved into the opposition on October 10.
- House of Representatives: the two parties hold 231 of the 465 seats, two short of a majority. The chamber's term runs to October 2028.
- House of Councillors: the LDP and Ishin are in the minority here as well, with about 120 of the 248 seats.
- Next national election: July 2028, when half of the upper chamber's seats are contested, unless the lower chamber is dissolved first.

## Tariffs and the July 2025 Agreement

Trump Administration tariffs have dominated the economic agenda this year. On April 2, the President announced a 24% "reciprocal" tariff on most imports from Japan under the International Emergency Economic Powers Act (IEEPA). The country rate was suspended a week later, leaving a 10% baseline in force, and in early July Trump threatened to raise it to 25%. On July 22, the two governments announced an agreement under which most Japanese goods face a 15% tariff that includes the normal most-favored-nation (MFN) duty, and Japan is to invest $550 billion in U.S. projects selected by the Administration. That rate has applied since August 7. A September 4 executive order and memorandum of understanding set the terms: the investments are to be made by January 19, 2029, with cash flows split evenly until Japan recovers its funding and 90% going to the United States thereafter. Autos and auto parts, which had faced 27.5% (a 25% Section 232 duty on top of the 2.5% MFN rate), have been tariffed at 15% since September 16.

Table 1. U.S. Tariffs on Goods from Japan, October 2025

| Goods | Now | Before | Since |
| --- | --- | --- | --- |
| Most goods (IEEPA) | 15% | 10% | Aug. 7 |
| Autos and parts (Sec. 232) | 15% | 27.5% | Sept. 16 |
| Steel and aluminum (Sec. 232) | 50% | 25% | June 4 |

The Supreme Court is to hear arguments on November 5 on whether IEEPA authorizes the country tariffs; a ruling against the Administration could void the 15% rate on most goods but not the Section 232 duties. During Trump's visit, Commerce Secretary Howard Lutnick said the first projects under the $550 billion facility, in energy and power generation, would be announced soon.

## Economic Ties

By the Commerce Department's count, Japan was the sixth-largest U.S. trading partner in 2024. U.S. exports of goods and services to Japan came to $129.1 billion, the sixth-highest total for any market. U.S. imports from Japan, at $192.4 billion, were exceeded only by those from Mexico, China, Canada, and Germany. The U.S. goods deficit with Japan was $68.5 billion.

**Figure 1. U.S. Goods Trade with Japan, 2020-2024**

Source: U.S. Census Bureau (goods only).

Japan is the leading source of foreign direct investment (FDI) in the United States; Nippon Steel's $14.1 billion acquisition of U.S. Steel, completed in June under a "golden share" arrangement with the U.S. government, added to a stock that already exceeded every other country's. It is also the largest foreign holder of U.S. Treasury securities, at about $1.2 trillion in August 2025. The United Kingdom, at roughly $900 billion, has displaced China from second place.

## Alliance and Defense

Roughly fifty-five thousand U.S. military personnel are stationed in Japan, including the crew of the Navy's only forward-deployed aircraft carrier, at Yokosuka, where Trump and Takaichi addressed sailors aboard the USS George Washington on October 28. Under a Special Measures Agreement reached in December 2021, Japan provides about ¥211 billion a year (some $1.4 billion) toward the cost of hosting U.S. forces through FY2026. Talks on the next agreement have yet to begin, and Trump has said Japan should pay more.

In her first policy speech, on October 24, Takaichi said Japan would reach its goal of spending 2% of GDP on defense and related items in FY2025, two years earlier than the FY2027 target set in 2022, and that her government would revise Japan's three core security documents by the end of 2026. Until 2022, successive governments treated 1% of GDP as an informal ceiling on defense spending. The Administration has urged Asian allies to match the pledge NATO members made in June to spend 3.5% of GDP on core defense (5% including related outlays); Defense Secretary Pete Hegseth raised the issue with his new counterpart, Defense Minister Koizumi Shinjiro, in Tokyo on October 29. Japan's counterstrike plans include up to 400 Tomahawk cruise missiles, a purchase valued at some $2.35 billion.

Okinawa Prefecture, which makes up 0.6% of Japan's land, hosts about 70% of the area set aside for the exclusive use of U.S. forces and about half of the U.S. military personnel in Japan. Construction of the Futenma replacement facility at Henoko continues over the objections of Governor Tamaki Denny; Tokyo does not expect it to be finished before the mid-2030s. About 4,000 of the 9,000 Marines leaving Okinawa under the realignment plan are to relocate to Guam. The first of them, roughly 100 logistics personnel, arrived there in December 2024.

## Japan's Economy

Japan's real GDP grew just 0.1% in 2024, after 1.5% in 2023; in the April-June quarter of 2025, output rose at an annualized 2.2%. Takaichi has instructed her cabinet to draw up an economic package to ease the cost of living, which is expected to require a supplementary budget larger than the ¥13.9 trillion (about $90 billion) one enacted in December 2024. The yen weakened past ¥152 to the dollar after Takaichi's election on expectations of looser fiscal policy, though it remains stronger than in July 2024, when it sank to a 38-year low against the dollar. Japan's target under the Paris Agreement is a 46% cut in greenhouse gas emissions from FY2013 levels by FY2030; in February it set further goals of 60% by FY2035 and 73% by FY2040.

## Regional Relations

From Tokyo, Trump flew to South Korea for the Asia-Pacific Economic Cooperation (APEC) meetings in Gyeongju, where Takaichi held her first summit with President Lee Jae-myung on October 30 and is expected to meet Chinese leader Xi Jinping on October 31. Beijing is wary of Takaichi, who has visited the Yasukuni Shrine in the past; this month she sent an offering to its autumn festival rather than attend. The Quad has held six leader-level meetings, most recently in Wilmington, Delaware, in September 2024. India was to host the next summit in 2025, but no date has been set; the four foreign ministers met in Washington on July 1.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Kyla H. Kitamura**, Analyst in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "the National Diet elected Takaichi Sanae prime minister"),
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "alliance.treaty_ally_since": F(1951, as_written="Japan and the United States have been treaty allies since 1951"),
        "alliance.us_troops_in_japan": F(55000, "about", as_written="Roughly fifty-five thousand U.S. military personnel are stationed in Japan"),
        "alliance.host_nation_support_per_year": F(1400000000, "about", per="year", as_written="Japan provides about ¥211 billion a year (some $1.4 billion)"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="Under a Special Measures Agreement reached in December 2021"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="hosts about 70% of the area set aside for the exclusive use of U.S. forces", note="exclusive-use basis"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "about", as_written="and about half of the U.S. military personnel in Japan"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="Okinawa Prefecture, which makes up 0.6% of Japan's land"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="About 4,000 of the 9,000 Marines leaving Okinawa under the realignment plan are to relocate to Guam"),
        "alliance.marines_in_guam": F(100, "about", period="2024-12", as_written="The first of them, roughly 100 logistics personnel, arrived there in December 2024"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2025", as_written="Japan would reach its goal of spending 2% of GDP on defense and related items in FY2025, two years earlier than the FY2027 target set in 2022"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="Until 2022, successive governments treated 1% of GDP as an informal ceiling on defense spending"),
        "defense.tomahawk_purchase": F(2350000000, "about", as_written="up to 400 Tomahawk cruise missiles, a purchase valued at some $2.35 billion"),
        "politics.ruling_coalition": F(["LDP", "Ishin"], as_written="Governing parties: the LDP and Ishin, which holds no cabinet posts", note="Ishin (Japan Innovation Party) outside the cabinet; Komeito left on October 10"),
        "politics.lower_house_coalition_share": F(50, "under", as_written="the two parties hold 231 of the 465 seats, two short of a majority", note="sidebar"),
        "politics.upper_house_coalition_share": F(50, "under", as_written="the LDP and Ishin are in the minority here as well, with about 120 of the 248 seats", note="sidebar"),
        "politics.next_diet_election_due": F(2028, as_written="Next national election: July 2028, when half of the upper chamber's seats are contested", note="sidebar"),
        "politics.lower_house_election_due": D("2028-10", as_written="The chamber's term runs to October 2028", note="sidebar"),
        "trade.overall_partner_rank": F(6, period="2024", as_written="Japan was the sixth-largest U.S. trading partner in 2024"),
        "trade.export_partner_rank": F(6, period="2024", as_written="U.S. exports of goods and services to Japan came to $129.1 billion, the sixth-highest total for any market"),
        "trade.us_exports_to_japan": F(129100000000, period="2024", as_written="U.S. exports of goods and services to Japan came to $129.1 billion"),
        "trade.import_partner_rank": F(5, period="2024", as_written="were exceeded only by those from Mexico, China, Canada, and Germany", note="four countries named + 1"),
        "trade.us_imports_from_japan": F(192400000000, period="2024", as_written="U.S. imports from Japan, at $192.4 billion"),
        "trade.fdi_source_rank": F(1, as_written="Japan is the leading source of foreign direct investment (FDI) in the United States"),
        "trade.treasury_holder_rank": F(1, as_written="It is also the largest foreign holder of U.S. Treasury securities", note="subject carried from the sentence before"),
        "trade.us_tariff_on_most_imports_from_japan": F(15, period="2025-08-07", as_written="most Japanese goods face a 15% tariff ... That rate has applied since August 7; Table 1 'Most goods (IEEPA) | 15% | 10% | Aug. 7'"),
        "trade.japan_investment_pledge": F(550000000000, by="2029-01-19", as_written="Japan is to invest $550 billion in U.S. projects ... the investments are to be made by January 19, 2029"),
        "economy.gdp_growth": GDP(y2024=0.1, y2023=1.5),
        "economy.supplementary_budget": F(90000000000, "about", period="2024-12", as_written="the ¥13.9 trillion (about $90 billion) one enacted in December 2024"),
        "economy.yen": F("38-year low against the dollar", period="2024-07", as_written="in July 2024, when it sank to a 38-year low against the dollar"),
        "economy.emissions_cut_target": F(46, by="2030", baseline="2013", as_written="a 46% cut in greenhouse gas emissions from FY2013 levels by FY2030"),
        "diplomacy.quad_leader_meetings": F(6, as_written="The Quad has held six leader-level meetings"),
    },
    "elections": {
        "lower_house_2024": E("Lower House", "2024-10", "held", result="LDP and Komeito lost their majority"),
        "upper_house_2025": E("Upper House", "2025-07-20", "held", result="LDP and Komeito lost their majority"),
        "ldp_president_2025": E("LDP president", "2025-10-04", "held", result="Takaichi defeated Koizumi Shinjiro in a runoff, 185 votes to 156"),
        "upper_house_2028": E("Upper House", "2028-07", "upcoming", note="sidebar: next national election, half of the upper chamber's seats"),
    },
    "events": {
        "abe_assassination": EV("Former Prime Minister Abe Shinzo assassinated", "2022-07"),
    },
    "notes": "Traps: 'On October 21, the National Diet elected' and 'seventeen days after' (dates, not elections: the Diet vote for prime minister is not a Diet election); 'his first visit to Japan of his second term'; 'At their October 28 summit' and 'a framework on securing supplies of critical minerals and rare earths'; 'Takaichi's predecessor, Ishiba Shigeru' (former PM) and 'announced on September 7'; 'former Prime Minister Abe Shinzo' (former PM); 'Agriculture Minister Koizumi Shinjiro in a runoff, 185 votes to 156'; 'ended its 26-year partnership with the LDP' (Komeito no longer in the coalition); 'a pledge to cut the number of lower-house seats by about 10%'; 'Takaichi won 237 votes in the lower chamber on the first ballot' (a vote count, not seats); 'approval ratings topped 60% in early polls' and 'talk of an early dissolution' (speculation: no lower_house election listed); sidebar 'The Diet at a Glance' (html aside): '231 of the 465 seats', 'about 120 of the 248 seats' (counts beside the under-50 shares), 'unless the lower chamber is dissolved first'; 'a 24% \"reciprocal\" tariff' (announced, suspended); 'leaving a 10% baseline in force' (past); 'Trump threatened to raise it to 25%'; 'On July 22, the two governments announced an agreement'; 'with cash flows split evenly ... and 90% going to the United States thereafter'; 'which had faced 27.5% (a 25% Section 232 duty on top of the 2.5% MFN rate)' and 'have been tariffed at 15% since September 16' (autos, not most imports); Table 1 rows 'Autos and parts (Sec. 232) | 15% | 27.5%' and 'Steel and aluminum (Sec. 232) | 50% | 25%' and the 'Before' column's '10%'; 'The Supreme Court is to hear arguments on November 5' and 'could void the 15% rate'; 'The U.S. goods deficit with Japan was $68.5 billion'; Figure 1 (U.S. goods exports and imports, 2020-2024, $ billions; axis ticks 0-160, no value labels; html: in the sidebar) and its source line '(goods only)'; 'Nippon Steel's $14.1 billion acquisition of U.S. Steel'; 'at about $1.2 trillion in August 2025' and 'The United Kingdom, at roughly $900 billion, has displaced China from second place'; 'the Navy's only forward-deployed aircraft carrier' (not a count); 'about ¥211 billion a year' (yen) and 'through FY2026'; 'Talks on the next agreement have yet to begin'; 'the FY2027 target set in 2022' (superseded deadline); 'revise Japan's three core security documents by the end of 2026'; 'to spend 3.5% of GDP on core defense (5% including related outlays)' (the NATO pledge, not a Japanese goal); 'up to 400 Tomahawk' (a count); 'of the 9,000 Marines leaving Okinawa' (total leaving, not Guam); 'not expect it to be finished before the mid-2030s'; 'output rose at an annualized 2.2%' (a quarter, not a year); 'expected to require a supplementary budget larger than' (planned); 'The yen weakened past ¥152 to the dollar'; 'further goals of 60% by FY2035 and 73% by FY2040'; 'President Lee Jae-myung on October 30' and 'expected to meet Chinese leader Xi Jinping on October 31'; 'India was to host the next summit in 2025' (planned, not held) and 'the four foreign ministers met in Washington on July 1' (not leaders); PDF ligatures and NBSP (pdftotext -layout keeps the ligature characters and turns the NBSPs into spaces)",
}
