from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "ND1-IF10199-2026-01", "fresh33", "IF10199", 48
LAYOUTS = ["interleaved", "md"]
PDF_OPTS = ["lig", "nbsp"]
SIDEBAR = "Okinawa in Brief"
CHART = {"unit": "¥ trillions", "ymax": 10, "ticks": [0, 2, 4, 6, 8, 10],
         "series": ["Initial defense budget"],
         "bars": {"FY2021": (5.34,), "FY2022": (5.40,), "FY2023": (6.82,), "FY2024": (7.95,), "FY2025": (8.70,)}}

MD = """
U.S.-Japan Relations

Updated January 8, 2026

## Overview

Japan enters 2026 under a new leader and a new governing arrangement. Takaichi Sanae, chosen president of the Liberal Democratic Party (LDP) on October 4, 2025, became the country's first woman prime minister on October 21, replacing Ishiba Shigeru, who resigned after the party's setbacks in two national elections. Komeito, the LDP's partner for 26 years, left the government before her election in the Diet; the Japan Innovation Party (Ishin) agreed to support her instead. Within a week of taking office, Takaichi received President Donald Trump in Tokyo, where the two leaders signed frameworks on critical minerals and shipbuilding. Her statement to the Diet in November that a Chinese attack on Taiwan could amount to a threat to Japan's survival has since set off the sharpest dispute with Beijing in a decade; China has curbed travel to Japan and again halted seafood imports.

## The Alliance

Allied by treaty since 1952, the two countries revised their security pact in 1960, and it has not been amended since. The U.S. presence in Japan, approximately 55,000 military personnel, is the largest anywhere abroad; Germany and South Korea host about 35,000 and 28,500, respectively. Japan helps defray the cost. Under the Special Measures Agreement (SMA) concluded in December 2021, which covers the five Japanese fiscal years through March 2027, Tokyo pays in the neighborhood of $2 billion annually toward U.S. basing costs. Talks on a successor are to open this year. During his first term, President Trump's aides were reported to have floated a demand for $8 billion a year, roughly four times the current level, and the President has said again in recent months that allies should pay more.

## Okinawa in Brief

- Okinawa Prefecture makes up about 0.6% of Japan's land.
- It hosts some seven-tenths of the acreage of facilities set aside for the exclusive use of U.S. forces, and about half of all U.S. military personnel in the country.
- A 2012 bilateral plan would move roughly 9,000 Marines off the island. Of those, about 4,000 are bound for Guam, with the rest going to Hawaii, Australia, and the continental United States.
- The first group of about 100 Marines arrived on Guam in December 2024; by the end of 2025, close to 200 were stationed there under the plan.
- The replacement for Marine Corps Air Station Futenma at Henoko is not expected to be finished before the mid-2030s.

## Defense

The three strategy documents of December 2022 set a target of raising defense and related spending to 2% of gross domestic product (GDP) in FY2027, twice the 1%-of-GDP line that successive governments treated as an informal ceiling for half a century. Takaichi has since pulled the deadline forward to the current year: the government says a supplementary budget passed in December lifts FY2025 spending to the 2% mark, two years early. Tokyo has budgeted ¥43 trillion for defense over FY2023-FY2027 (Figure 1), and is to revise the strategy documents by the end of 2026. Some U.S. officials have urged Japan to spend 3.5% of GDP on core defense, the level NATO members adopted in June 2025 (5% with related spending), a figure Tokyo has not accepted. Japan's purchase of up to 400 Tomahawk cruise missiles, approved by the State Department at an estimated $2.35 billion, was signed in January 2024; the first deliveries came last year.

**Figure 1. Japan's Initial Defense Budgets, FY2021-FY2025**

Source: Japan Ministry of Defense. Excludes supplementary budgets.

## Politics

Takaichi governs in coalition with Ishin, which holds no cabinet posts. Together the two parties command a bare majority in the 465-seat House of Representatives, the Diet's lower chamber, helped by three independents who joined the LDP in November. That chamber was last elected in October 2024, a vote in which the LDP and Komeito, with 64% of its seats beforehand, lost the majority they had held for 12 years. In the House of Councillors, where the LDP and Komeito also lost control in the election of July 2025, the new partners have a little under half of the 248 seats and must win opposition votes for legislation. No national election is required before July 2028, when half of the upper house is next elected; the lower house's four-year term runs to October 2028. With cabinet approval above 65% in several December polls, some LDP members have urged an early dissolution.

## Economic and Trade Relations

The President's "reciprocal" tariffs dominated bilateral economic relations in 2025. After he announced a 24% rate on Japanese goods in April and threatened 25% in a July letter, the two sides settled on 15%, announced on July 22. That rate has applied to most imports from Japan since August 7. In return, Japan committed to finance $550 billion of investment in U.S. projects selected by Washington before January 19, 2029. South Korea, in a parallel deal, accepted the same rate and pledged $350 billion. The Supreme Court, which heard arguments on November 5 on whether the International Emergency Economic Powers Act (IEEPA) permits such tariffs, has yet to rule.

Two-way trade remains large. Japan ranked as the sixth-largest U.S. trading partner in 2024, and as the fifth-largest supplier of U.S. imports. U.S. exports to and imports from Japan that year, goods and services combined, came to $129.1 billion and $192.4 billion, respectively. Investment flows are larger still. Japan has been the single largest source of foreign direct investment (FDI) in the United States since 2019; Nippon Steel's $14.1 billion purchase of U.S. Steel, completed in June 2025, added to that lead. No other foreign country owns as many U.S. Treasury securities as Japan, about $1.2 trillion; the United Kingdom has overtaken China for second place.

## Economy

Real GDP grew by 0.1% in 2024, after rising 1.5% in 2023. Output then fell at an annualized pace of 2.3% in the July-September quarter of 2025. To support households facing higher prices, the Diet in December enacted an ¥18.3 trillion supplementary budget (roughly $117 billion), the largest since the pandemic, to fund a ¥21.3 trillion package. The Bank of Japan raised its policy rate to 0.75% the same month, its highest in 30 years. On climate, Japan still aims to cut greenhouse gas emissions 46% below FY2013 levels by FY2030; targets adopted last February add cuts of 60% by FY2035 and 73% by FY2040 from the same base year.

## Regional Diplomacy

Japan continues to back the Quad with Australia, India, and the United States. Its leaders have met six times, four of them in person, the latest in Wilmington, Delaware, in September 2024; India's turn to host, planned for 2025, has not yet come. Japan has committed more than $12 billion in all to Ukraine since 2022. Relations with South Korea have held steady under President Lee Jae-myung, who visited Tokyo in August.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Kyla H. Kitamura**, Analyst in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "Takaichi Sanae, chosen president of the Liberal Democratic Party (LDP) on October 4, 2025, became the country's first woman prime minister on October 21", note="family name first; Ishiba Shigeru is her predecessor"),
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "alliance.treaty_ally_since": F(1952, as_written="Allied by treaty since 1952, the two countries revised their security pact in 1960"),
        "alliance.us_troops_in_japan": F(55000, "about", as_written="The U.S. presence in Japan, approximately 55,000 military personnel, is the largest anywhere abroad"),
        "alliance.host_nation_support_per_year": F(2000000000, "about", per="year", as_written="Tokyo pays in the neighborhood of $2 billion annually toward U.S. basing costs", note="'in the neighborhood of' read as about"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="Under the Special Measures Agreement (SMA) concluded in December 2021, which covers the five Japanese fiscal years through March 2027"),
        "alliance.okinawa_share_of_land_area": F(0.6, "about", as_written="Okinawa Prefecture makes up about 0.6% of Japan's land", note="sidebar bullet"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="It hosts some seven-tenths of the acreage of facilities set aside for the exclusive use of U.S. forces", note="sidebar bullet; exclusive-use basis; subject carried from the bullet before"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "about", as_written="and about half of all U.S. military personnel in the country", note="sidebar bullet"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Of those, about 4,000 are bound for Guam", note="sidebar; 'those' = the roughly 9,000 leaving Okinawa"),
        "alliance.marines_in_guam": F(200, "nearly", period="2025", as_written="by the end of 2025, close to 200 were stationed there under the plan", note="sidebar; 'close to' is nearly; the first 100 of December 2024 are a trap"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2025", as_written="Takaichi has since pulled the deadline forward to the current year: the government says a supplementary budget passed in December lifts FY2025 spending to the 2% mark, two years early", note="goal first set for FY2027 (trap), moved forward to FY2025"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="twice the 1%-of-GDP line that successive governments treated as an informal ceiling for half a century"),
        "defense.tomahawk_purchase": F(2350000000, "about", as_written="approved by the State Department at an estimated $2.35 billion"),
        "politics.ruling_coalition": F(["LDP", "Ishin"], as_written="Takaichi governs in coalition with Ishin, which holds no cabinet posts", note="Komeito left; the former LDP-Komeito coalition is a trap"),
        "politics.lower_house_coalition_share": F(50, "over", as_written="Together the two parties command a bare majority in the 465-seat House of Representatives", note="'a bare majority' is over 50%"),
        "politics.upper_house_coalition_share": F(50, "under", as_written="the new partners have a little under half of the 248 seats"),
        "politics.next_diet_election_due": F(2028, as_written="No national election is required before July 2028, when half of the upper house is next elected"),
        "politics.lower_house_election_due": D("2028-10", as_written="the lower house's four-year term runs to October 2028"),
        "trade.us_tariff_on_most_imports_from_japan": F(15, period="2025-08-07", as_written="That rate has applied to most imports from Japan since August 7", note="'That rate' = the 15% of the sentence before"),
        "trade.japan_investment_pledge": F(550000000000, by="2029-01-19", as_written="Japan committed to finance $550 billion of investment in U.S. projects selected by Washington before January 19, 2029"),
        "trade.overall_partner_rank": F(6, period="2024", as_written="Japan ranked as the sixth-largest U.S. trading partner in 2024"),
        "trade.import_partner_rank": F(5, period="2024", as_written="and as the fifth-largest supplier of U.S. imports", note="year carried from the same sentence"),
        "trade.us_exports_to_japan": F(129100000000, period="2024", as_written="U.S. exports to and imports from Japan that year, goods and services combined, came to $129.1 billion and $192.4 billion, respectively"),
        "trade.us_imports_from_japan": F(192400000000, period="2024", as_written="U.S. exports to and imports from Japan that year, goods and services combined, came to $129.1 billion and $192.4 billion, respectively"),
        "trade.fdi_source_rank": F(1, as_written="Japan has been the single largest source of foreign direct investment (FDI) in the United States since 2019"),
        "trade.treasury_holder_rank": F(1, as_written="No other foreign country owns as many U.S. Treasury securities as Japan, about $1.2 trillion", note="rank by negation; the United Kingdom is second"),
        "economy.gdp_growth": GDP(y2024=0.1, y2023=1.5),
        "economy.supplementary_budget": F(117000000000, "about", period="2025-12", as_written="the Diet in December enacted an ¥18.3 trillion supplementary budget (roughly $117 billion)"),
        "economy.emissions_cut_target": F(46, by="FY2030", baseline="FY2013", as_written="Japan still aims to cut greenhouse gas emissions 46% below FY2013 levels by FY2030"),
        "diplomacy.quad_leader_meetings": F(6, as_written="Its leaders have met six times, four of them in person", note="'Its' = the Quad's"),
    },
    "elections": {
        "ldp_president_2025": E("LDP president", "2025-10-04", "held", result="Takaichi Sanae elected"),
        "lower_house_2024": E("Lower House", "2024-10", "held", result="LDP and Komeito lost their majority"),
        "upper_house_2025": E("Upper House", "2025-07", "held", result="LDP and Komeito lost control"),
        "upper_house_2028": E("Upper House", "2028-07", "upcoming"),
    },
    "notes": "Traps: 'became the country's first woman prime minister on October 21, replacing Ishiba Shigeru' (former PM); 'Komeito, the LDP's partner for 26 years, left the government' (former coalition partner and a count of years); 'revised their security pact in 1960'; 'Germany and South Korea host about 35,000 and 28,500, respectively' (other countries' troops); 'which covers the five Japanese fiscal years through March 2027' (expiry, not the agreement's date) and 'Talks on a successor are to open this year'; 'floated a demand for $8 billion a year, roughly four times the current level' (past proposed payment); sidebar 'A 2012 bilateral plan would move roughly 9,000 Marines off the island' (total leaving, not Guam) and 'The first group of about 100 Marines arrived on Guam in December 2024' (first arrivals, not the number there now); 'not expected to be finished before the mid-2030s'; 'to 2% of gross domestic product (GDP) in FY2027' (the original deadline, superseded); 'Tokyo has budgeted ¥43 trillion for defense over FY2023-FY2027'; 'urged Japan to spend 3.5% of GDP on core defense, the level NATO members adopted in June 2025 (5% with related spending)' (proposed and other countries' goals); 'up to 400 Tomahawk cruise missiles' (a count) and 'was signed in January 2024'; 'helped by three independents who joined the LDP in November'; 'the LDP and Komeito, with 64% of its seats beforehand, lost the majority they had held for 12 years' (past coalition's past share); 'half of the upper house is next elected' (not a share); 'With cabinet approval above 65% in several December polls' and 'some LDP members have urged an early dissolution' (speculation, not an election); 'he announced a 24% rate on Japanese goods in April and threatened 25% in a July letter' (announced and threatened rates); 'announced on July 22' (no IF10199 fact); 'South Korea, in a parallel deal, accepted the same rate and pledged $350 billion' (another country); 'heard arguments on November 5' (no ruling yet); 'Nippon Steel's $14.1 billion purchase of U.S. Steel, completed in June 2025'; 'about $1.2 trillion; the United Kingdom has overtaken China for second place' (other holders); 'Output then fell at an annualized pace of 2.3% in the July-September quarter of 2025' (a quarter); 'to fund a ¥21.3 trillion package' (the package, not the budget); 'raised its policy rate to 0.75%'; 'targets adopted last February add cuts of 60% by FY2035 and 73% by FY2040' (later targets beside the 2030 one); 'four of them in person' and 'India's turn to host, planned for 2025'; 'Japan has committed more than $12 billion in all to Ukraine' (a total, neither the financial nor the humanitarian figure); 'President Lee Jae-myung' (another country's leader); Figure 1 (initial defense budgets FY2021-FY2025, ¥ trillions; ticks 0-10, no value labels); sidebar 'Okinawa in Brief' (a bullet list; an ordinary section in md and interleaved); interleaved text: ligatures, NBSP, columns interleaved",
}
