from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "P5-IF10199-2026-11", "fresh3", "IF10199", 52
LAYOUTS = ["html", "pdf", "layout"]
PDF_OPTS = ["lig", "quotes", "nbsp", "hyph"]
SIDEBAR = "Bases on Okinawa and the Move to Guam"
CHART = {"unit": "$ billions", "ymax": 200, "ticks": [0, 50, 100, 150, 200],
         "series": ["U.S. exports to Japan", "U.S. imports from Japan"],
         "bars": {"2022": (120.9, 180.6), "2023": (126.8, 188.4), "2024": (129.4, 191.6), "2025": (131.4, 183.0)}}

MD = """
U.S.-Japan Relations

Updated November 17, 2026

## Key Points

- The governing coalition holds more than three-quarters of the House of Representatives after the February 8 election.
- Most imports from Japan face a 12.5% tariff imposed under Section 301.
- Talks on host-nation support must conclude before the current pact expires in March 2027.

## Overview

Thirteen months into her premiership, Takaichi Sanae has become one of President Donald Trump's closest foreign partners. Japan, allied with the United States since 1952, has met its defense spending goal early, committed hundreds of billions of dollars to U.S. projects, and absorbed a series of U.S. tariff changes without retaliating. Relations with China remain tense a year after Takaichi told the Diet that a Taiwan contingency could threaten Japan's survival; Trump's April visit to Beijing, where he met President Xi Jinping, stirred concern in Tokyo that Washington might trade away Japanese interests.

## Politics

Takaichi, who replaced Ishiba Shigeru in October 2025, leads a coalition of her Liberal Democratic Party (LDP) and the Japan Innovation Party (Ishin); Komeito, the LDP's partner for a quarter century, left the government that month. The coalition won a landslide in the February 8, 2026, general election and controls more than three-quarters of the House of Representatives. The House of Councillors is another matter: there the two parties are short of a majority and must rely on opposition votes to pass legislation.

The lower chamber's members serve until February 2030 unless it is dissolved earlier. The next scheduled national election is that for half of the House of Councillors, in July 2028. Takaichi's term as LDP president runs to September 2027.

## Security Cooperation

Fifty-five thousand U.S. troops, give or take, are on active duty in Japan. Under the cost-sharing pact reached in December 2021, Japan pays some $1.4 billion a year toward their upkeep; the pact expires next March, and negotiators have not agreed on a successor. U.S. officials have reportedly sought a doubling of Japan's contribution.

Tokyo reached its goal of spending 2% of GDP on defense and related items in FY2025, two years ahead of the FY2027 target date, leaving far behind the 1% cap that held for most of the postwar era. Revised security documents due by December are expected to set a new target; figures of 3% and 3.5% have been floated. Deliveries of Tomahawk cruise missiles, bought for about $2.35 billion, are continuing.

## Bases on Okinawa and the Move to Guam

Okinawa, under 1% of Japan's land area, hosts around 70% of the facilities reserved for U.S. forces' exclusive use and roughly half of the U.S. personnel in Japan. By September 2026, about 300 Marines had relocated from Okinawa to Guam. They are part of the roughly 4,000 who are to move under the 2012 realignment agreement, a transfer first planned for 2014.

## Tariffs and Investment

Since July 24, most Japanese goods have faced a 12.5% tariff imposed under Section 301 of the Trade Act of 1974; the Administration had proposed 17.5%. The new duty replaced a temporary 10% surcharge under Section 122, which the Administration imposed after the Supreme Court ruled on February 20 that the International Emergency Economic Powers Act does not authorize tariffs, voiding the 15% rate set under the July 2025 framework. Autos remain at 15%.

Japan says it remains committed to financing $550 billion in U.S. projects by January 19, 2029, the last full day of Trump's term. The first three projects, announced in July, total some $36 billion.

## Trade and the Economy

Japan ranked sixth among U.S. trading partners in 2025, as it had in 2024. It was the sixth-largest market for U.S. exports, which edged up to $131.4 billion, and the seventh-largest supplier of U.S. imports, which fell to $183.0 billion as Taiwan and Vietnam moved ahead (**Figure 1**). Japan's $776 billion stock of direct investment in the United States at the end of 2025 tops every other country's. Among foreign holders of U.S. Treasury securities, Japan stands first, followed by the United Kingdom and China.

**Figure 1. U.S. Trade with Japan, Goods and Services, 2022-2025**

Source: Bureau of Economic Analysis.

Real GDP rose 1.1% in 2025, but growth slowed to an annualized 0.4% in the second quarter of 2026. The latest supplementary budget, close to $20 billion, passed in May to cushion energy costs; on November 13 the cabinet approved a ¥17.5 trillion package that will require another in December. The 2030 target of a 46% cut in emissions from FY2013 levels stands, alongside a 60% goal for FY2035.

## Diplomacy

The Quad has not held a leaders' summit since its sixth, in September 2024. Japan, Australia, and the Philippines have expanded joint patrols in the South China Sea.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "Takaichi Sanae"),
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "alliance.treaty_ally_since": F(1952, as_written="Japan, allied with the United States since 1952"),
        "alliance.us_troops_in_japan": F(55000, "about", as_written="Fifty-five thousand U.S. troops, give or take, are on active duty in Japan", note="'give or take' is about"),
        "alliance.host_nation_support_per_year": F(1400000000, "about", per="year", as_written="Japan pays some $1.4 billion a year toward their upkeep"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="the cost-sharing pact reached in December 2021"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="hosts around 70% of the facilities reserved for U.S. forces' exclusive use", note="basis: exclusive-use facilities"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "about", as_written="roughly half of the U.S. personnel in Japan"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="Okinawa, under 1% of Japan's land area"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="They are part of the roughly 4,000 who are to move under the 2012 realignment agreement"),
        "alliance.marines_in_guam": F(300, "about", as_written="By September 2026, about 300 Marines had relocated from Okinawa to Guam"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2027", as_written="Tokyo reached its goal of spending 2% of GDP on defense and related items in FY2025, two years ahead of the FY2027 target date", note="met in FY2025; a new target is expected but not set"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="the 1% cap that held for most of the postwar era"),
        "defense.tomahawk_purchase": F(2350000000, "about", as_written="Tomahawk cruise missiles, bought for about $2.35 billion"),
        "politics.ruling_coalition": F(["LDP", "Ishin"], as_written="a coalition of her Liberal Democratic Party (LDP) and the Japan Innovation Party (Ishin)", note="Komeito left the government in October 2025"),
        "politics.lower_house_coalition_share": F(75, "over", as_written="controls more than three-quarters of the House of Representatives", note="House of Representatives = Lower House; also in Key Points"),
        "politics.upper_house_coalition_share": F(50, "under", as_written="The House of Councillors is another matter: there the two parties are short of a majority", note="House of Councillors = Upper House"),
        "politics.next_diet_election_due": F(2028, as_written="The next scheduled national election is that for half of the House of Councillors, in July 2028"),
        "politics.lower_house_election_due": D("2030-02", as_written="The lower chamber's members serve until February 2030 unless it is dissolved earlier"),
        "trade.overall_partner_rank": F(6, period="2025", as_written="Japan ranked sixth among U.S. trading partners in 2025"),
        "trade.export_partner_rank": F(6, period="2025", as_written="It was the sixth-largest market for U.S. exports"),
        "trade.us_exports_to_japan": F(131400000000, period="2025", as_written="U.S. exports, which edged up to $131.4 billion"),
        "trade.import_partner_rank": F(7, period="2025", as_written="the seventh-largest supplier of U.S. imports"),
        "trade.us_imports_from_japan": F(183000000000, period="2025", as_written="U.S. imports, which fell to $183.0 billion"),
        "trade.fdi_source_rank": F(1, period="2025", as_written="Japan's $776 billion stock of direct investment in the United States at the end of 2025 tops every other country's"),
        "trade.treasury_holder_rank": F(1, as_written="Among foreign holders of U.S. Treasury securities, Japan stands first"),
        "trade.us_tariff_on_most_imports_from_japan": F(12.5, as_written="Since July 24, most Japanese goods have faced a 12.5% tariff imposed under Section 301 of the Trade Act of 1974", note="Section 301, since July 24, 2026"),
        "trade.japan_investment_pledge": F(550000000000, by="2029-01-19", as_written="financing $550 billion in U.S. projects by January 19, 2029"),
        "economy.gdp_growth": GDP(y2025=1.1),
        "economy.supplementary_budget": F(20000000000, "nearly", period="2026-05", as_written="The latest supplementary budget, close to $20 billion, passed in May"),
        "economy.emissions_cut_target": F(46, by="2030", baseline="2013", as_written="The 2030 target of a 46% cut in emissions from FY2013 levels stands"),
        "diplomacy.quad_leader_meetings": F(6, as_written="The Quad has not held a leaders' summit since its sixth, in September 2024", note="an ordinal: six summits held"),
    },
    "elections": {
        "lower_house_2026": E("Lower House", "2026-02-08", "held", result="landslide; coalition controls more than three-quarters of the House of Representatives"),
        "upper_house_2028": E("Upper House", "2028-07", "upcoming"),
    },
    "events": {},
    "notes": "Traps: 'Thirteen months into her premiership'; 'committed hundreds of billions of dollars'; 'a year after Takaichi told the Diet'; 'Trump's April visit to Beijing, where he met President Xi Jinping' (another country's leader); 'who replaced Ishiba Shigeru in October 2025' (former prime minister); 'Komeito, the LDP's partner for a quarter century, left the government that month' (not in the coalition; 'a quarter century' is not a share); 'Takaichi's term as LDP president runs to September 2027' (no slug); 'the pact expires next March' (Key Points: 'expires in March 2027'; not the agreement date) and 'sought a doubling of Japan's contribution'; 'in FY2025, two years ahead' (when met, not the goal's date); 'figures of 3% and 3.5% have been floated' (no new goal set); 'By September 2026' (date of the count); 'the 2012 realignment agreement' and 'a transfer first planned for 2014'; 'the Administration had proposed 17.5%' (proposed); 'a temporary 10% surcharge under Section 122' (replaced), 'the Supreme Court ruled on February 20' and 'voiding the 15% rate set under the July 2025 framework' (past tariffs); 'Autos remain at 15%' (autos, not most imports); 'Trade Act of 1974'; 'the last full day of Trump's term'; 'The first three projects, announced in July, total some $36 billion' (part of the pledge); 'as it had in 2024'; 'as Taiwan and Vietnam moved ahead' (other countries); '$776 billion' (FDI stock, not a catalogue fact); 'followed by the United Kingdom and China' (other holders); Figure 1 title '2022-2025' and (PDF/layout) its axis ticks 0-200, years and legend, no values; 'an annualized 0.4% in the second quarter of 2026' (a quarter); 'a ¥17.5 trillion package that will require another in December' (not enacted); 'a 60% goal for FY2035' (later target); 'since its sixth, in September 2024' (date of the last summit); 'Japan, Australia, and the Philippines'",
}
