from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "R4-IF10199-2025-01", "fresh4", "IF10199", 42
LAYOUTS = ["md", "html"]
SIDEBAR = "Okinawa in Numbers"

MD = """
U.S.-Japan Relations

Updated January 28, 2025

## Overview

A new U.S. Administration and a weakened Japanese government are meeting at an uncertain moment for the alliance. Donald Trump was sworn in for a second, nonconsecutive term as President on January 20. His counterpart, Ishiba Shigeru, became prime minister on October 1, 2024, after winning the Liberal Democratic Party (LDP) leadership vote on September 27 to succeed Kishida Fumio. Less than a month later, Ishiba's gamble on an early general election backfired. Ishiba is expected to travel to Washington in early February for his first summit with the new President.

The alliance, formalized in a security treaty that entered into force in April 1952, has been the cornerstone of the U.S. position in the Indo-Pacific for seven decades. During the 2024 campaign Trump said allies should pay more for U.S. protection; Japanese officials have prepared to argue that Japan already does.

## Politics: A Minority Government

In the October 27, 2024, House of Representatives election, the LDP and its coalition partner Komeito won 215 seats, eighteen short of a majority in the 465-seat chamber. Komeito's leader lost his own seat. The two parties continue to govern as a minority, passing legislation with case-by-case help from the Democratic Party for the People (DPFP), which is not part of the coalition. In the House of Councillors, the coalition retains a narrow majority.

Voters will next go to the polls in July 2025, when half of the upper chamber's seats are contested. The lower chamber's term now runs to October 2028.

## Alliance Issues

U.S. forces in Japan, about 54,000 strong, are supported in part by Japanese payments under a cost-sharing agreement reached in December 2021. Japan provides about ¥211 billion annually, roughly $1.4 billion, through March 2027. In July 2024 the two sides agreed to upgrade U.S. Forces, Japan, into a joint force headquarters, which would work alongside the Joint Operations Command that Japan plans to launch in March 2025.

Japan intends to reach defense spending of 2% of GDP by FY2027, a sharp break from the roughly 1% ceiling it followed for decades. Trump's nominee for a senior Pentagon policy post has argued that Tokyo should spend at least 3%. Japan will begin receiving Tomahawk missiles in March, under a purchase valued at roughly $2.35 billion.

## Okinawa in Numbers

Table 1. Okinawa and the U.S. Military Presence

| Measure | Value |
| --- | --- |
| Okinawa's share of Japan's land area | less than 1% |
| Share of the land used exclusively by U.S. forces in Japan | around 70% |
| Share of U.S. military personnel in Japan | more than half |
| Marines to be relocated from Okinawa to Guam | about 4,000 |
| Marines relocated to Guam so far | about 100, since December 2024 |

Source: Japan Ministry of Defense; U.S. Marine Corps.

## Trade and Investment

Japan ranked sixth among U.S. trading partners in 2023, and sixth as a market for U.S. goods and services, which took $126.8 billion. It supplied $188.4 billion of U.S. imports, the fifth most of any country. Preliminary figures for January through November 2024 show a goods trade deficit with Japan of about $63 billion.

Japan has been the No. 1 source of foreign direct investment in the United States since 2019. On January 3, then-President Joe Biden blocked Nippon Steel's proposed purchase of U.S. Steel on national-security grounds; the companies have sued. SoftBank's chief executive announced in December that his company would invest $100 billion in the United States over four years. Japan is also the largest foreign holder of U.S. Treasury securities, ahead of China and the United Kingdom.

Trump has threatened tariffs on imports from allies and rivals alike. His orders so far target Canada, Mexico, and China, with rates of 25% and 10% scheduled to take effect on February 1. None applies to Japan yet.

## Japan's Economy

GDP grew 1.5% in 2023; the IMF projects growth of just 0.3% in 2024. A ¥13.9 trillion supplementary budget, about $89 billion, passed the Diet on December 17, 2024, with opposition votes. Last July, the yen fell to its lowest level against the dollar in 38 years; it has recovered only partly.

Japan's target remains a 46% reduction in greenhouse gas emissions from FY2013 levels by FY2030. A draft plan released in December would extend it to 60% by FY2035.

## Regional Diplomacy

The Quad's leaders have met six times, most recently in Wilmington, Delaware, in September 2024. India is due to host the next summit in 2025. Ishiba has said he wants a "stable" relationship with China, and he met President Xi Jinping in Lima in November.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Ishiba", "Shigeru", "His counterpart, Ishiba Shigeru, became prime minister on October 1, 2024"),
        "leaders.us_president": P("Trump", "Donald", "Donald Trump was sworn in for a second, nonconsecutive term as President on January 20"),
        "alliance.treaty_ally_since": F(1952, as_written="a security treaty that entered into force in April 1952"),
        "alliance.us_troops_in_japan": F(54000, "about", as_written="U.S. forces in Japan, about 54,000 strong"),
        "alliance.host_nation_support_per_year": F(1400000000, "about", per="year", as_written="Japan provides about ¥211 billion annually, roughly $1.4 billion"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="a cost-sharing agreement reached in December 2021"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="Table 1: Okinawa's share of Japan's land area | less than 1%"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="Table 1: Share of the land used exclusively by U.S. forces in Japan | around 70%", note="basis: exclusive-use land"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="Table 1: Share of U.S. military personnel in Japan | more than half"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Table 1: Marines to be relocated from Okinawa to Guam | about 4,000"),
        "alliance.marines_in_guam": F(100, "about", as_written="Table 1: Marines relocated to Guam so far | about 100, since December 2024"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2027", as_written="Japan intends to reach defense spending of 2% of GDP by FY2027"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="the roughly 1% ceiling it followed for decades"),
        "defense.tomahawk_purchase": F(2350000000, "about", as_written="under a purchase valued at roughly $2.35 billion"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="the LDP and its coalition partner Komeito", note="the DPFP helps case by case but 'is not part of the coalition'"),
        "politics.lower_house_coalition_share": F(50, "under", as_written="won 215 seats, eighteen short of a majority in the 465-seat chamber", note="short of a majority: under 50"),
        "politics.upper_house_coalition_share": F(50, "over", as_written="In the House of Councillors, the coalition retains a narrow majority"),
        "politics.next_diet_election_due": F(2025, as_written="Voters will next go to the polls in July 2025"),
        "politics.lower_house_election_due": D("2028-10", as_written="The lower chamber's term now runs to October 2028"),
        "trade.overall_partner_rank": F(6, period="2023", as_written="Japan ranked sixth among U.S. trading partners in 2023"),
        "trade.export_partner_rank": F(6, period="2023", as_written="and sixth as a market for U.S. goods and services"),
        "trade.us_exports_to_japan": F(126800000000, period="2023", as_written="U.S. goods and services, which took $126.8 billion"),
        "trade.import_partner_rank": F(5, period="2023", as_written="It supplied $188.4 billion of U.S. imports, the fifth most of any country"),
        "trade.us_imports_from_japan": F(188400000000, period="2023", as_written="It supplied $188.4 billion of U.S. imports"),
        "trade.fdi_source_rank": F(1, as_written="Japan has been the No. 1 source of foreign direct investment in the United States since 2019"),
        "trade.treasury_holder_rank": F(1, as_written="Japan is also the largest foreign holder of U.S. Treasury securities, ahead of China and the United Kingdom"),
        "economy.gdp_growth": GDP(y2023=1.5),
        "economy.supplementary_budget": F(89000000000, "about", period="2024-12", as_written="A ¥13.9 trillion supplementary budget, about $89 billion, passed the Diet on December 17, 2024"),
        "economy.emissions_cut_target": F(46, by="2030", baseline="2013", as_written="a 46% reduction in greenhouse gas emissions from FY2013 levels by FY2030"),
        "economy.yen": F("38-year low against the dollar", period="2024-07", as_written="Last July, the yen fell to its lowest level against the dollar in 38 years", note="'Last July' is July 2024 (text dated January 2025)"),
        "diplomacy.quad_leader_meetings": F(6, as_written="The Quad's leaders have met six times"),
    },
    "elections": {
        "ldp_president_2024": E("LDP president", "2024-09-27", "held", result="Ishiba elected to succeed Kishida"),
        "lower_house_2024": E("Lower House", "2024-10-27", "held", result="LDP and Komeito won 215 of 465 seats, eighteen short of a majority"),
        "upper_house_2025": E("Upper House", "2025-07", "upcoming", note="half of the upper chamber's seats contested"),
    },
    "events": {},
    "notes": "Traps: 'to succeed Kishida Fumio' (former prime minister); 'Less than a month later'; 'Ishiba is expected to travel to Washington in early February' (planned summit); 'During the 2024 campaign'; '215 seats, eighteen short of a majority in the 465-seat chamber' (counts; the share is under 50); 'Komeito's leader lost his own seat'; 'the Democratic Party for the People (DPFP), which is not part of the coalition'; 'through March 2027' (expiry, not the agreement date); 'In July 2024 the two sides agreed to upgrade U.S. Forces, Japan' and 'that Japan plans to launch in March 2025'; 'should spend at least 3%' (a nominee's view, not Japan's goal); 'in March' (Tomahawk deliveries); Table 1 'since December 2024' (date of the first moves); 'Preliminary figures for January through November 2024' and 'about $63 billion' (a goods deficit, not a catalogue fact); 'since 2019' (the year Japan became first, not the rank's period); 'then-President Joe Biden' (former president) and 'On January 3'; 'SoftBank's chief executive announced ... $100 billion' (a company's plan, not Japan's investment pledge); 'ahead of China and the United Kingdom' (other holders); 'rates of 25% and 10% scheduled to take effect on February 1' (tariffs on Canada, Mexico and China) and 'None applies to Japan yet' (no tariff on most imports from Japan stated); 'the IMF projects growth of just 0.3% in 2024' (projection, not a GDP value); '¥13.9 trillion' (yen beside dollars); 'it has recovered only partly'; 'A draft plan ... would extend it to 60% by FY2035' (draft, later target); 'India is due to host the next summit in 2025' (planned); 'President Xi Jinping' (China's leader) and 'in Lima in November'",
}
