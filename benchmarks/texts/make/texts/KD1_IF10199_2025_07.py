from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "KD1-IF10199-2025-07", "fresh30", "IF10199", 43
LAYOUTS = ["layout", "html"]
PDF_OPTS = ["quotes", "hyph", "nbsp"]
SIDEBAR = "Okinawa and the Guam Move"
CHART = {"unit": "% of GDP", "ymax": 2.0, "ticks": [0, 0.5, 1.0, 1.5, 2.0],
         "series": ["Defense budget", "Related outlays"],
         "bars": {"FY2021": (0.95, 0.0), "FY2022": (0.97, 0.0), "FY2023": (1.19, 0.14), "FY2024": (1.41, 0.19), "FY2025": (1.55, 0.25)}}

MD = """
U.S.-Japan Relations

Updated July 29, 2025

## Overview

One week after his coalition lost a second parliamentary election in nine months, Prime Minister Ishiba Shigeru obtained what Tokyo describes as the most consequential economic understanding with Washington in a generation. Announced by President Donald Trump on the evening of July 22, the framework would set the tariff on most Japanese goods at 15%, well below the 25% that Trump had warned in a July 7 letter he would impose from August 1. In return, Japan committed to $550 billion in investment in the United States. No joint text has been published, the two governments describe several terms differently, and the new rate has yet to take effect; until it does, the 10% "baseline" duty in force since April 5 continues to apply to most imports from Japan.

Beyond trade, the alliance agenda is crowded: a command-and-control overhaul, Japan's military buildup, U.S. pressure for still higher defense outlays, and an Okinawa base dispute now three decades old.

## Tariffs and the July Framework

Japan was among the first partners the Administration chose for negotiation, on April 7, five days after a 24% "reciprocal" rate on Japanese goods was announced and two days before it was suspended for 90 days. Tokyo's lead negotiator, economic revitalization minister Akazawa Ryosei, made eight trips to Washington before the deal was reached. As described by the White House and by Japanese officials, the framework has four main elements:

- a single 15% rate for most goods, inclusive of normal (MFN) duties, replacing both the baseline and the threatened 25%;
- a 15% rate, again inclusive, on cars and auto parts, which since April 3 have paid 27.5% (a 25% Section 232 duty on top of the 2.5% MFN rate);
- an investment vehicle backed by Japanese government-affiliated lenders, which the White House says would return 90% of profits to the United States (Japanese officials say that only 1%-2% of the sum would be equity);
- Japanese purchases of 100 Boeing aircraft, more U.S. rice within Japan's existing import quota, and $8 billion a year of other U.S. farm goods.

Table 1. U.S. Tariffs on Japanese Goods, July 29, 2025

| Goods | Applied now | Under the framework |
| --- | --- | --- |
| Most goods | 10% plus MFN | 15% incl. MFN |
| Cars and parts | 27.5% | 15% |
| Steel, aluminum | 50% | unchanged |

Source: CRS, from executive orders, proclamations, and White House statements.

The 50% duty on steel and aluminum, doubled from 25% on June 4, is outside the deal. So, for now, are semiconductors and pharmaceuticals, both the subject of pending Section 232 investigations. Several Members of Congress have asked when the terms will be written down.

## The Alliance

The security treaty, in force since 1952 and revised in 1960, obliges the United States to defend Japan. Stationed at some 85 facilities, U.S. military personnel in Japan number close to 55,000; counting family members and civilian employees, the U.S. presence is roughly twice that size. Japan helps pay for their upkeep. A Special Measures Agreement (SMA) concluded in December 2021 covers the five years FY2022 through FY2026 and commits ¥1.055 trillion, which at recent exchange rates amounts to about $1.4 billion annually. Negotiations on its successor are expected to open next year.

In March, Japan stood up a Joint Operations Command to direct its three services, and U.S. Forces Japan has begun to take on operational responsibilities as a joint force headquarters, a process both governments say will take several years.

## Okinawa and the Guam Move

Though the prefecture makes up just 0.6% of Japan's land area, roughly seven-tenths of the facilities set aside for exclusive U.S. use lie within Okinawa. Upward of half of all U.S. troops in Japan are also based there. Some 9,000 Marines are to leave it under a realignment plan revised in 2012; about 4,000 of them are bound for Guam. The first contingent, approximately 100 logistics personnel, arrived at Guam's Camp Blaz last December. Landfill work for the Futenma replacement facility at Henoko continues over the objections of Governor Tamaki Denny, who must stand for reelection in September of next year.

## Defense Buildup

The strategy documents Japan adopted in December 2022 call for defense and related spending to reach 2% of GDP by FY2027, twice the approximately 1% that served for decades as an informal ceiling. Budgets have risen steeply (Figure 1). Among the acquisitions is a purchase of up to 400 Tomahawk cruise missiles, valued by the State Department at an estimated $2.35 billion. U.S. defense officials have pressed Tokyo to go further, to 3.5% of GDP, the level NATO allies in June agreed to reach for core defense by 2035.

**Figure 1. Japan's Defense Spending, FY2021-FY2025**

Source: Japan Ministry of Defense; initial budgets.

## Domestic Politics

The Liberal Democratic Party (LDP) and its junior partner, Komeito, no longer control either chamber of the Diet. Ishiba, chosen as LDP president in September 2024, called a snap Lower House vote for October 27 of that year, and the coalition emerged with 215 of the chamber's 465 seats, about 46%. On July 20 it fared no better in the House of Councillors: winning 47 of the 125 seats contested, three short of its target, it was left with 122 of the 248 seats, just under half. The Democratic Party for the People and the populist Sanseito made the largest gains. Ishiba has said he will remain in office to see the tariff agreement carried out, though some in the LDP, including lawmakers from the faction once led by the late Abe Shinzo, assassinated in July 2022, are calling on him to step down. His term as party leader runs to September 2027.

The next regularly scheduled national vote is three years away: half of the upper chamber's seats are up again in July 2028, and the Lower House's four-year term expires in October of that year.

## Economic Ties

When goods and services are combined, Japan was the sixth-largest U.S. trading partner in 2024 and the fifth-largest source of U.S. imports. U.S. exports to and imports from Japan totaled $129.1 billion and $192.4 billion, respectively. Since 2019 no country has held a larger stock of foreign direct investment in the United States than Japan, whose firms' position stood at $783 billion at the end of 2023. Nippon Steel added to it on June 18, closing its $14.1 billion purchase of U.S. Steel after the President approved the deal with a "golden share" for the U.S. government. Japan is likewise the largest foreign holder of U.S. Treasury securities: $1.135 trillion in May, ahead of the United Kingdom, which moved past China in March.

## Economy

After growing 1.5% in 2023, Japan's real GDP was almost flat last year, edging up 0.1%; in January-March 2025 it shrank at an annualized rate of 0.2%. A supplementary budget of ¥13.9 trillion (roughly $90 billion) cleared the Diet in December. The yen, which sank in July of last year to its weakest level against the dollar in 38 years, has since recovered to around ¥147. Consumer prices have risen faster than the Bank of Japan's 2% target for more than three years, and rice prices roughly doubled over the past year.

Japan's headline climate goal remains a 46% reduction in greenhouse gas emissions from FY2013 levels by FY2030. A plan adopted in February adds targets of 60% by FY2035 and 73% by FY2040.

## Regional Diplomacy

Quad leaders have now met six times, four of them in person; India is to host the next summit, for which no date has been set. The four foreign ministers met in Washington on July 1. Tokyo is also courting Seoul, where President Lee Jae-myung took office on June 4, and has watched with concern as Chinese coast guard ships spent a record 355 days in 2024 in waters next to the Senkaku Islands. Japan's support to Ukraine since 2022 exceeds $12 billion.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Ishiba", "Shigeru", "Prime Minister Ishiba Shigeru", note="family name first"),
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "alliance.treaty_ally_since": F(1952, as_written="The security treaty, in force since 1952 and revised in 1960, obliges the United States to defend Japan", note="entry into force, as the records from 2024 on; 1960 is the revision"),
        "alliance.us_troops_in_japan": F(55000, "nearly", as_written="U.S. military personnel in Japan number close to 55,000", note="'close to' = nearly; 85 facilities and 'roughly twice that size' are traps"),
        "alliance.host_nation_support_per_year": F(1400000000, "about", per="year", as_written="which at recent exchange rates amounts to about $1.4 billion annually", note="the dollar figure; the five-year yen total is a trap"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="A Special Measures Agreement (SMA) concluded in December 2021 covers the five years FY2022 through FY2026"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="roughly seven-tenths of the facilities set aside for exclusive U.S. use lie within Okinawa", note="sidebar; exclusive-use basis; fraction in words rounded"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="Upward of half of all U.S. troops in Japan are also based there", note="sidebar; location carried by 'there'"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="Though the prefecture makes up just 0.6% of Japan's land area", note="sidebar; 'just' does not hedge the figure"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="about 4,000 of them are bound for Guam", note="sidebar; 'them' = the 9,000 leaving"),
        "alliance.marines_in_guam": F(100, "about", period="2024-12", as_written="The first contingent, approximately 100 logistics personnel, arrived at Guam's Camp Blaz last December", note="sidebar; 'last December' from a July 2025 cover"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2027", as_written="call for defense and related spending to reach 2% of GDP by FY2027"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="twice the approximately 1% that served for decades as an informal ceiling"),
        "defense.tomahawk_purchase": F(2350000000, "about", as_written="valued by the State Department at an estimated $2.35 billion", note="'up to 400' is the missile count"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="The Liberal Democratic Party (LDP) and its junior partner, Komeito"),
        "politics.lower_house_coalition_share": F(46, "about", as_written="the coalition emerged with 215 of the chamber's 465 seats, about 46%"),
        "politics.upper_house_coalition_share": F(50, "under", as_written="it was left with 122 of the 248 seats, just under half", note="fraction in words; subject 'it' = the coalition"),
        "politics.next_diet_election_due": F(2028, as_written="The next regularly scheduled national vote is three years away: half of the upper chamber's seats are up again in July 2028"),
        "politics.lower_house_election_due": D("2028-10", as_written="the Lower House's four-year term expires in October of that year", note="year carried from 'July 2028'"),
        "trade.us_tariff_on_most_imports_from_japan": F(10, period="2025-04-05", as_written="the 10% \"baseline\" duty in force since April 5 continues to apply to most imports from Japan", note="also Table 1 'Most goods' row, 'Applied now' column; the framework's 15% is agreed, not in effect"),
        "trade.japan_investment_pledge": F(550000000000, as_written="In return, Japan committed to $550 billion in investment in the United States", note="July 22 framework; no deadline written"),
        "trade.overall_partner_rank": F(6, period="2024", as_written="When goods and services are combined, Japan was the sixth-largest U.S. trading partner in 2024", note="goods and services basis"),
        "trade.import_partner_rank": F(5, period="2024", as_written="and the fifth-largest source of U.S. imports"),
        "trade.us_exports_to_japan": F(129100000000, period="2024", as_written="U.S. exports to and imports from Japan totaled $129.1 billion and $192.4 billion, respectively", note="year carried from the sentence before; goods and services"),
        "trade.us_imports_from_japan": F(192400000000, period="2024", as_written="U.S. exports to and imports from Japan totaled $129.1 billion and $192.4 billion, respectively"),
        "trade.fdi_source_rank": F(1, period="2023", as_written="Since 2019 no country has held a larger stock of foreign direct investment in the United States than Japan, whose firms' position stood at $783 billion at the end of 2023", note="period from the stock's date in the same sentence; 'Since 2019' is a span"),
        "trade.treasury_holder_rank": F(1, period="2025-05", as_written="Japan is likewise the largest foreign holder of U.S. Treasury securities: $1.135 trillion in May", note="'in May', year from the cover"),
        "economy.gdp_growth": GDP(y2024=0.1, y2023=1.5),
        "economy.supplementary_budget": F(90000000000, "about", period="2024-12", as_written="A supplementary budget of ¥13.9 trillion (roughly $90 billion) cleared the Diet in December", note="'in December' from a July 2025 cover"),
        "economy.yen": F("38-year low against the dollar", period="2024-07", as_written="The yen, which sank in July of last year to its weakest level against the dollar in 38 years", note="normalised from 'its weakest level against the dollar in 38 years'"),
        "economy.emissions_cut_target": F(46, by="FY2030", baseline="FY2013", as_written="a 46% reduction in greenhouse gas emissions from FY2013 levels by FY2030"),
        "diplomacy.quad_leader_meetings": F(6, as_written="Quad leaders have now met six times, four of them in person"),
    },
    "elections": {
        "ldp_president_2024": E("LDP president", "2024-09", "held", note="Ishiba chosen"),
        "lower_house_2024": E("Lower House", "2024-10-27", "held", result="coalition 215 of 465 seats, about 46%", note="'October 27 of that year'"),
        "upper_house_2025": E("Upper House", "2025-07-20", "held", result="coalition won 47 of 125 contested; 122 of 248 seats, just under half", note="'On July 20', year from the cover"),
        "upper_house_2028": E("Upper House", "2028-07", "upcoming"),
        "okinawa_governor_2026": E("Okinawa governor", "2026-09", "upcoming", note="'who must stand for reelection in September of next year' (sidebar)"),
    },
    "events": {
        "tariff_talks_announced": EV("Administration names Japan among the first partners for tariff negotiation", "2025-04-07", "held"),
        "abe_assassination": EV("Former Prime Minister Abe Shinzo assassinated", "2022-07", "held"),
    },
    "notes": "Traps: 'lost a second parliamentary election in nine months' (a span); 'the framework would set the tariff on most Japanese goods at 15%' (agreed, not in effect: not the tariff on most imports) and 'the new rate has yet to take effect'; 'the 25% that Trump had warned in a July 7 letter he would impose from August 1' (threatened); 'an Okinawa base dispute now three decades old'; 'five days after a 24% \"reciprocal\" rate on Japanese goods was announced and two days before it was suspended for 90 days' (announced and suspended); 'made eight trips to Washington'; bullets 'a single 15% rate for most goods, inclusive of normal (MFN) duties, replacing both the baseline and the threatened 25%' (agreed), 'a 15% rate, again inclusive, on cars and auto parts, which since April 3 have paid 27.5% (a 25% Section 232 duty on top of the 2.5% MFN rate)' (autos, not most goods), 'would return 90% of profits to the United States' and 'only 1%-2% of the sum would be equity' (not the pledge), '100 Boeing aircraft ... $8 billion a year of other U.S. farm goods' (purchases); Table 1 (the 'Under the framework' column's 15%, the cars row's 27.5%, the steel row's 50%); 'The 50% duty on steel and aluminum, doubled from 25% on June 4'; 'revised in 1960'; 'Stationed at some 85 facilities' and 'the U.S. presence is roughly twice that size'; 'commits ¥1.055 trillion' (five-year yen total) and 'the five years FY2022 through FY2026'; 'Negotiations on its successor are expected to open next year' (planned); 'In March, Japan stood up a Joint Operations Command'; sidebar 'Some 9,000 Marines are to leave it under a realignment plan revised in 2012' (total leaving, not Guam); 'Guam's Camp Blaz'; 'The strategy documents Japan adopted in December 2022'; 'up to 400 Tomahawk cruise missiles' (a count); 'to go further, to 3.5% of GDP, the level NATO allies in June agreed to reach for core defense by 2035' (urged; another body's target); Figure 1 (defense spending FY2021-FY2025, % of GDP; axis ticks 0-2.0, legend, no value labels; floated into the HTML sidebar); 'winning 47 of the 125 seats contested, three short of its target' (seats won, not the share); 'The Democratic Party for the People and the populist Sanseito' (not coalition parties); 'the late Abe Shinzo' (former leader); 'His term as party leader runs to September 2027' (no election stated); 'three years away'; 'Since 2019' (a span, not a rank); 'Nippon Steel ... closing its $14.1 billion purchase of U.S. Steel' and 'on June 18'; '$1.135 trillion in May' (holdings) and 'the United Kingdom, which moved past China in March' (second place); 'in January-March 2025 it shrank at an annualized rate of 0.2%' (a quarter); '¥13.9 trillion' (yen); 'has since recovered to around ¥147'; 'the Bank of Japan's 2% target' and 'for more than three years' and 'rice prices roughly doubled'; 'adds targets of 60% by FY2035 and 73% by FY2040' (later targets); 'four of them in person' and 'India is to host the next summit' (planned); 'The four foreign ministers met in Washington on July 1' (not leaders); 'President Lee Jae-myung took office on June 4' (another country's leader); 'a record 355 days in 2024'; 'Japan's support to Ukraine since 2022 exceeds $12 billion' (a total, neither the humanitarian nor the financial figure). Layout text: pdftotext -layout runs the two columns side by side, with the bullet list, Table 1 and Figure 1's ticks among them; PDF options curly quotes, NBSP, hyphenated line ends. HTML: the sidebar 'Okinawa and the Guam Move' floated as an aside holding Figure 1.",
}
