from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "UC1-IF10199-2026-06", "fresh41", "IF10199", 49
LAYOUTS = ["md", "layout"]
PDF_OPTS = ["lig", "nbsp", "hyph"]
SIDEBAR = "Okinawa, Henoko, and Guam"
CHART = {"unit": "¥ trillions", "ymax": 10, "ticks": [0, 2, 4, 6, 8, 10],
         "series": ["Initial defense budget"],
         "bars": {"FY2022": (5.4,), "FY2023": (6.8,), "FY2024": (7.9,), "FY2025": (8.7,), "FY2026": (9.0,)}}

MD = """
U.S.-Japan Relations

Updated June 16, 2026

## Overview

Japan's government has rarely looked stronger at home, or its dealings with Washington less settled. Sanae Takaichi, the first woman to serve as Japan's prime minister, took office last October and in February led her Liberal Democratic Party (LDP) to the largest election victory any Japanese party has won since 1945. A protégé of the late Abe Shinzo, who was shot dead while campaigning on July 8, 2022, she has cultivated President Donald Trump much as her mentor did during Trump's first term. The two leaders met in Tokyo in late October and again at the White House in March.

Trade is where the friction lies. The tariff structure built by last year's bilateral framework has been partly dismantled by the U.S. Supreme Court, and the temporary duty that took its place will run out next month. Congress may also weigh in as the allies negotiate a new cost-sharing arrangement for U.S. forces and as Japan accelerates a military buildup that the Administration wants to go further still.

## Tariffs, the Court, and the $550 Billion Pledge

After the Administration named Japan in April 2025 as one of the first economies it would bargain with, the two sides announced a framework in July 2025. A 24% rate announced in April and a 25% rate threatened in a July letter gave way to a 15% tariff on most Japanese goods, imposed under the International Emergency Economic Powers Act (IEEPA). In return, Tokyo promised that $550 billion would be invested in U.S. projects selected by Washington, the money to be committed before January 19, 2029. A memorandum signed in September set out how profits are to be shared: evenly until the money is recouped, then 90% to the U.S. side.

On February 20, 2026, the Supreme Court held that IEEPA does not authorize tariffs. Since February 24, goods from Japan, like those of most U.S. trading partners, have instead been charged a ten percent surcharge under Section 122 of the Trade Act of 1974, which allows a surcharge of up to 15% for no more than 150 days unless Congress votes to extend it. That ceiling would be reached on July 23. To replace it, USTR in May proposed a 12.5% duty on most Japanese goods under Section 301, with hearings set for early July; the proposal is not final. Japan has said it will honor the investment pledge so long as the United States honors the rest of the framework. The first tranche of projects, announced in March, totals roughly $36 billion.

Table 1. U.S. Tariffs on Goods from Japan, as of Mid-June 2026

| Goods | Legal basis | Rate | Status |
| --- | --- | --- | --- |
| Most goods | IEEPA (2025 framework) | 15% | voided February 20 |
| Most goods | Section 122 | 10% | in force; ends July 23 |
| Most goods | Section 301 | 12.5% | proposed in May |
| Cars and parts | Section 232 | 15% | in force |
| Steel, aluminum | Section 232 | 50% | in force |

Source: CRS, from proclamations, executive orders, and Federal Register notices.

Section 232 tariffs were untouched by the ruling. Japanese automobiles and parts continue to pay 15%, down from the 27.5% charged for most of 2025.

## The Alliance

The security treaty signed in San Francisco in 1951 entered into force the following year, and the two countries have been allies since 1952. Japan hosts more U.S. forces than any other country: about 55,000 personnel are on active duty there, against some 35,000 in Germany. Under a five-year Special Measures Agreement reached in December 2021, Tokyo's host-nation support comes to roughly $2 billion a year. The agreement runs through March 2027; negotiations on a successor began in April, and Administration officials have said that Japan should carry a much larger share of the cost.

## Okinawa, Henoko, and Guam

Okinawa, which accounts for about 0.6% of Japan's land, holds approximately 70% of the facilities and areas reserved for the exclusive use of U.S. forces in Japan, and around half of the U.S. military personnel in the country are stationed there. A 2012 agreement provides for about 9,000 Marines to leave the prefecture, some 4,000 of whom are to go to Guam. The move began in December 2024, when roughly 100 Marines arrived; as of March, 210 Marines were on the island. Governor Tamaki Denny, who opposes building a replacement airfield at Henoko, faces an election in September, when his second term ends.

## Defense Buildup

Japan's 2022 strategy documents set a target of spending 2% of GDP on defense and related items by FY2027, twice the roughly 1% of GDP to which defense spending was long held. Takaichi brought that date forward: counting a supplementary budget passed in December 2025, the government says it reached the 2% level in FY2025. The Administration has urged allies to devote 3.5% of GDP to core defense, the level NATO members adopted last year; Tokyo says its spending is a matter for Japan to decide.

**Figure 1. Japan's Initial Defense Budgets, FY2022-FY2026**

Source: Japan Ministry of Defense. Excludes supplementary budgets and related items.

Among its purchases, Japan is buying as many as 400 Tomahawk cruise missiles, a deal the State Department approved at an estimated $2.35 billion. Deliveries are under way.

## Politics

The LDP lost its Upper House majority, together with its partner of 26 years, Komeito, in the July 2025 election. Prime Minister Ishiba Shigeru resigned, and on October 4, 2025, Takaichi won the party's presidential election. Komeito then left the government. The LDP now governs with the Japan Innovation Party (Ishin), which supports the cabinet but holds no posts in it.

Takaichi dissolved the Lower House in January. In the February 8 election the LDP won 316 of 465 seats, and with Ishin the ruling bloc commands more than three-quarters of the chamber. In the House of Councillors the picture differs: the two parties hold fewer than half of its 248 seats and must find votes elsewhere. No national election is required until the July 2028 Upper House contest; the current Lower House's term runs to February 2030.

## Trade and Investment

In 2025, Japan was the sixth-largest trading partner of the United States and its fifth-largest export market. U.S. exports of goods and services to Japan came to $131.4 billion. The United States bought $187.9 billion of goods and services from Japan, less than the $192.4 billion of 2024, as tariffs weighed on car shipments.

Japan has been the largest source of foreign direct investment in the United States for six years in a row; Nippon Steel's $14.1 billion acquisition of U.S. Steel, completed last June, added to that stock. No foreign country holds more U.S. Treasury securities. Japan's holdings, about $1.2 trillion, exceed those of the United Kingdom, now in second place.

## Japan's Economy

Real GDP grew 1.1% in 2025, after 0.1% in 2024. A ¥18.3 trillion stimulus was financed in December; in May the Diet added a second supplementary budget of nearly $20 billion for energy subsidies and aid to exporters hurt by tariffs. The Bank of Japan, which raised its policy rate to 0.75% in December, is expected to move again this summer. Japan's climate pledge remains a cut in greenhouse gas emissions of 46% by FY2030 compared with FY2013; goals of 60% for FY2035 and 73% for FY2040 were added in February 2025.

## Regional Diplomacy

Relations with China have deteriorated since Takaichi told the Diet in November that a Chinese attack on Taiwan could threaten Japan's survival. Beijing responded with a travel advisory and a renewed ban on Japanese seafood. The Quad's leaders have met six times, twice by video; the summit India was to host in 2025 has not been held. Japan has committed more than $12 billion to Ukraine since 2022.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "Sanae Takaichi, the first woman to serve as Japan's prime minister", note="given name first"),
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "alliance.treaty_ally_since": F(1952, as_written="the two countries have been allies since 1952", note="as the 2025-on records; 1951 (signing) is a trap"),
        "alliance.us_troops_in_japan": F(55000, "about", as_written="about 55,000 personnel are on active duty there", note="on active duty; Germany's 35,000 a trap"),
        "alliance.host_nation_support_per_year": F(2000000000, "about", per="year", as_written="Tokyo's host-nation support comes to roughly $2 billion a year"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="Under a five-year Special Measures Agreement reached in December 2021"),
        "alliance.okinawa_share_of_land_area": F(0.6, "about", as_written="Okinawa, which accounts for about 0.6% of Japan's land", note="sidebar"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="holds approximately 70% of the facilities and areas reserved for the exclusive use of U.S. forces in Japan", note="exclusive-use basis; sidebar"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "about", as_written="around half of the U.S. military personnel in the country are stationed there", note="sidebar; fraction in words"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="some 4,000 of whom are to go to Guam", note="sidebar; 'whom' = the 9,000 leaving"),
        "alliance.marines_in_guam": F(210, period="2026-03", as_written="as of March, 210 Marines were on the island", note="sidebar; year from the cover; the 'roughly 100' of December 2024 is a trap"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2027", as_written="set a target of spending 2% of GDP on defense and related items by FY2027", note="brought forward; reached in FY2025 per the government (as the record: by FY2027 with the acceleration noted)"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="the roughly 1% of GDP to which defense spending was long held"),
        "defense.tomahawk_purchase": F(2350000000, "about", as_written="a deal the State Department approved at an estimated $2.35 billion"),
        "politics.ruling_coalition": F(["LDP", "Ishin"], as_written="The LDP now governs with the Japan Innovation Party (Ishin), which supports the cabinet but holds no posts in it"),
        "politics.lower_house_coalition_share": F(75, "over", as_written="with Ishin the ruling bloc commands more than three-quarters of the chamber"),
        "politics.upper_house_coalition_share": F(50, "under", as_written="the two parties hold fewer than half of its 248 seats"),
        "politics.next_diet_election_due": F(2028, as_written="No national election is required until the July 2028 Upper House contest"),
        "politics.lower_house_election_due": D("2030-02", as_written="the current Lower House's term runs to February 2030"),
        "trade.overall_partner_rank": F(6, period="2025", as_written="In 2025, Japan was the sixth-largest trading partner of the United States"),
        "trade.export_partner_rank": F(5, period="2025", as_written="and its fifth-largest export market"),
        "trade.us_exports_to_japan": F(131400000000, period="2025", as_written="U.S. exports of goods and services to Japan came to $131.4 billion", note="year carried from the sentence before"),
        "trade.us_imports_from_japan": F(187900000000, period="2025", as_written="The United States bought $187.9 billion of goods and services from Japan", note="2024's $192.4 billion a trap"),
        "trade.fdi_source_rank": F(1, as_written="Japan has been the largest source of foreign direct investment in the United States for six years in a row"),
        "trade.treasury_holder_rank": F(1, as_written="No foreign country holds more U.S. Treasury securities", note="subject (Japan) carried into the next sentence"),
        "trade.us_tariff_on_most_imports_from_japan": F(10, period="2026-02-24", as_written="Since February 24, goods from Japan, like those of most U.S. trading partners, have instead been charged a ten percent surcharge under Section 122", note="number in words; Table 1's Section 122 row agrees; 15% IEEPA (voided), 12.5% Section 301 (proposed) and the statutory 15% cap are traps"),
        "trade.japan_investment_pledge": F(550000000000, by="2029-01-19", as_written="Tokyo promised that $550 billion would be invested in U.S. projects selected by Washington, the money to be committed before January 19, 2029"),
        "economy.gdp_growth": GDP(y2025=1.1, y2024=0.1),
        "economy.supplementary_budget": F(20000000000, "nearly", period="2026-05", as_written="in May the Diet added a second supplementary budget of nearly $20 billion", note="year from the cover; the December ¥18.3 trillion stimulus is the earlier budget and a trap"),
        "economy.emissions_cut_target": F(46, by="FY2030", baseline="FY2013", as_written="a cut in greenhouse gas emissions of 46% by FY2030 compared with FY2013"),
        "diplomacy.quad_leader_meetings": F(6, as_written="The Quad's leaders have met six times, twice by video"),
    },
    "elections": {
        "upper_house_2025": E("Upper House", "2025-07", "held", result="LDP and Komeito lost their majority"),
        "ldp_president_2025": E("LDP president", "2025-10-04", "held", result="Takaichi won"),
        "lower_house_2026": E("Lower House", "2026-02-08", "held", result="LDP 316 of 465 seats; with Ishin more than three-quarters"),
        "okinawa_governor_2026": E("Okinawa governor", "2026-09", "upcoming", note="Governor Tamaki Denny's second term ends; year from the cover"),
        "upper_house_2028": E("Upper House", "2028-07", "upcoming"),
    },
    "events": {
        "abe_assassination": EV("Former Prime Minister Abe Shinzo shot dead while campaigning", "2022-07-08", "held"),
        "tariff_talks_announced": EV("Administration names Japan among the first economies for tariff talks", "2025-04", "held"),
        "section122_surcharge_expired": EV("The 10% Section 122 surcharge reaches its 150-day limit", "2026-07-23", "upcoming"),
    },
    "notes": "Traps: 'the largest election victory any Japanese party has won since 1945' (a year); 'A protégé of the late Abe Shinzo' (former prime minister); 'during Trump's first term'; 'met in Tokyo in late October and again at the White House in March' (summits, untracked); 'will run out next month' (the surcharge's end, no rate); heading 'Tariffs, the Court, and the $550 Billion Pledge' (the pledge in a heading); 'A 24% rate announced in April and a 25% rate threatened in a July letter gave way to a 15% tariff on most Japanese goods, imposed under the International Emergency Economic Powers Act (IEEPA)' (announced, threatened, and the former rate on most imports, voided); 'A memorandum signed in September' and 'evenly until the money is recouped, then 90% to the U.S. side'; 'On February 20, 2026, the Supreme Court held' (no IF10199 fact); 'Section 122 of the Trade Act of 1974, which allows a surcharge of up to 15% for no more than 150 days' (statutory cap and law's year); 'USTR in May proposed a 12.5% duty on most Japanese goods under Section 301' (proposed, not in force); 'The first tranche of projects, announced in March, totals roughly $36 billion' (not the pledge); Table 1's IEEPA row (15%, voided), Section 301 row (12.5%, proposed), autos 15% and steel/aluminum 50% rows; 'Japanese automobiles and parts continue to pay 15%, down from the 27.5% charged for most of 2025' (autos, not most imports); 'The security treaty signed in San Francisco in 1951' (signing year; the fact is 1952); 'against some 35,000 in Germany' (another country); 'The agreement runs through March 2027; negotiations on a successor began in April' (expiry and talks, not the agreement's date); sidebar 'Okinawa, Henoko, and Guam' (an ordinary section in the PDF): 'A 2012 agreement provides for about 9,000 Marines to leave the prefecture' (total leaving, not Guam), 'The move began in December 2024, when roughly 100 Marines arrived' (earlier count in Guam), 'faces an election in September, when his second term ends'; 'Japan's 2022 strategy documents'; 'the government says it reached the 2% level in FY2025' (goal met early; the goal's date is FY2027); 'urged allies to devote 3.5% of GDP to core defense, the level NATO members adopted last year' (another benchmark); Figure 1 (initial defense budgets FY2022-FY2026, ¥ trillions; ticks 0-10, year labels, no values); 'as many as 400 Tomahawk cruise missiles' (a count); 'together with its partner of 26 years, Komeito' (former partner; a count of years); 'Prime Minister Ishiba Shigeru resigned' (former prime minister); 'Komeito then left the government'; 'the LDP won 316 of 465 seats' (one party's seat count); 'fewer than half of its 248 seats' (chamber size beside the share); 'less than the $192.4 billion of 2024' (past imports); 'for six years in a row' (not a rank); 'Nippon Steel's $14.1 billion acquisition of U.S. Steel, completed last June'; 'about $1.2 trillion, exceed those of the United Kingdom, now in second place' (holdings; another country's rank); 'A ¥18.3 trillion stimulus was financed in December' (earlier budget, yen); 'raised its policy rate to 0.75% in December'; 'goals of 60% for FY2035 and 73% for FY2040' (later targets); 'a Chinese attack on Taiwan' (November statement); 'twice by video' (a count inside the Quad count); 'the summit India was to host in 2025 has not been held' (planned); 'more than $12 billion to Ukraine since 2022' (total, neither the financial nor the humanitarian figure). PDF options: ligatures, NBSP before billion/trillion/percent, hyphenated line ends; layout: pdftotext -layout runs the two columns side by side, Table 1, Figure 1's ticks and legend and the bullet-free prose among them.",
}
