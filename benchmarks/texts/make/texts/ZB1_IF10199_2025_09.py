from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "ZB1-IF10199-2025-09", "fresh46", "IF10199", 47
LAYOUTS = ["pdf", "layout"]
PDF_OPTS = ["lig", "nbsp"]
CHART = {"unit": "$ billions", "ymax": 200, "ticks": [0, 50, 100, 150, 200],
         "series": ["U.S. exports to Japan", "U.S. imports from Japan"],
         "bars": {"2020": (103.6, 146.8), "2021": (112.2, 167.8), "2022": (120.1, 180.3), "2023": (121.4, 184.2), "2024": (127.8, 190.6)}}

MD = """
U.S.-Japan Relations

Updated September 19, 2025

## Overview

Trade friction has set the tone of U.S.-Japan relations for much of 2025. Beginning in the spring, the second Trump Administration imposed a succession of tariffs on Japanese goods, and in July the two governments settled on a framework that lowered those rates in return for Japanese investment and purchase commitments. The security alliance remains the relationship's foundation. Japan has been a U.S. treaty ally since 1952 and hosts the largest forward-deployed U.S. force presence anywhere, and Tokyo is in the middle of a multiyear military buildup that Administration officials want to see move faster.

Japanese politics are in flux. Prime Minister Ishiba Shigeru said on September 7 that he would step down, weeks after his Liberal Democratic Party (LDP) and its junior partner lost control of the House of Councillors. He remains in office until the LDP picks a successor. For Congress, the central questions concern the durability of the tariff deal, the pace of Japan's defense spending, and the future of Japanese investment in U.S. industry.

## Tariffs and the July Framework

On April 2, President Donald Trump announced "reciprocal" tariffs on most U.S. trading partners under the International Emergency Economic Powers Act (IEEPA); the rate set for Japan was 24%. A week later the country-specific rates were put on hold for 90 days, and a 10% baseline was collected instead. A separate 25% tariff on imported autos, imposed under Section 232 of the Trade Expansion Act of 1962, took effect on April 3, and one on many auto parts on May 3. Added to the existing 2.5% duty, Japanese passenger cars faced a combined 27.5%.

The Administration said on April 7 that Japan would be among the first countries it would negotiate with. Japan's chief negotiator, Akazawa Ryosei, went on to make eight trips to Washington. Talks were slow, and in a July 7 letter the President warned Ishiba that Japanese goods would be charged 25% from August 1.

The two sides announced a deal on July 22. After weeks of dispute over how it would be applied, an executive order of September 4 put its main terms in place:

- A single tariff of 15%, inclusive of most-favored-nation (MFN) duties, has applied to most imports from Japan since August 7; products whose MFN rate is already higher pay only that rate.
- Japanese autos and auto parts pay 15%, down from 27.5%, as of September 16.
- Japan is to invest $550 billion in U.S. projects selected by the Administration before January 19, 2029. Profits are to be shared 50-50 until the investment is recovered and split 90-10 in the U.S. favor after that.
- Tokyo will raise U.S. rice imports by 75%, buy 100 Boeing aircraft, and purchase about $8 billion a year of U.S. farm goods.

Table 1. U.S. Tariff Rates on Selected Japanese Goods

| Goods | Jan. 2025 | July 2025 | Now |
| --- | --- | --- | --- |
| Most goods | MFN | 10% | 15% |
| Passenger cars | 2.5% | 27.5% | 15% |
| Steel | 25% | 50% | 50% |

Source: CRS, from executive orders and proclamations. The July 2025 rate on most goods was charged on top of MFN duties; the current 15% includes them.

The framework is not a trade agreement in the legal sense and has not been submitted to Congress. Section 232 duties of 50% on steel, aluminum, and copper, raised from 25% in June, were left untouched. South Korea reached a comparable arrangement shortly after Japan did, including a pledge of $350 billion. Some Japanese lawmakers argue that Tokyo has ceded too much control over where its money goes.

## The Alliance

Upwards of 50,000 U.S. military personnel are based in Japan, along with tens of thousands of family members and civilian employees. Under a five-year cost-sharing pact reached in December 2021, covering Japan's fiscal years 2022 through 2026, Japan contributes an average of ¥211 billion, roughly $1.4 billion at current exchange rates, each year toward the cost of hosting them. Talks on a successor pact are expected to open in 2026. In his first term, President Trump reportedly asked Tokyo to pay about $8 billion a year, and he has said Japan should pay more.

In July 2024, the allies agreed to upgrade U.S. Forces Japan into a joint force headquarters with operational responsibilities, to be phased in over several years, alongside Japan's own Joint Operations Command, which opened in March 2025.

## Okinawa and Guam

Okinawa Prefecture makes up about 0.6% of Japan's land area. It nonetheless hosts roughly 70% of the facilities set aside for the exclusive use of U.S. forces, and just over half of the U.S. military personnel stationed in Japan. Governor Tamaki Denny, reelected in September 2022, opposes the landfill at Henoko that is to replace Marine Corps Air Station Futenma; the new runway is not expected to be usable before the mid-2030s.

Under a 2012 bilateral plan, about 9,000 Marines are to leave Okinawa, and some 4,000 of them are to move to Guam. Movement began in December 2024. So far about 100 Marines, most of them logistics specialists, have arrived on Guam, where Camp Blaz was activated in 2023.

## Defense

In December 2022, the Kishida cabinet adopted three strategy documents that committed Japan to spending 2% of GDP on defense and related items by FY2027. That is twice the 1% ceiling that governments had long observed. The plan budgets ¥43 trillion for FY2023-FY2027, and Japan's FY2025 defense budget of ¥8.7 trillion was the largest since World War II. Some U.S. officials have pressed Tokyo to aim for 3.5% of GDP, and NATO allies agreed in June to a 5% target; Ishiba answered that Japan would decide its own level. Japan's purchase of 400 Tomahawk cruise missiles, valued at an estimated $2.35 billion, is under way, with the first missiles delivered this spring.

## Domestic Politics

Ishiba took office in October 2024 and promptly called a general election. In the October 27, 2024, Lower House vote, the coalition of the LDP and Komeito lost its majority, falling to 215 of the chamber's 465 seats, or about 46%. Since then the government has relied on opposition parties, vote by vote, to pass budgets and bills. In the July 20, 2025, House of Councillors election, the coalition took 47 seats, three short of what it needed, and it now holds fewer than half of that chamber's 248 seats. The populist Sanseito party, campaigning against immigration, won 14 seats.

The LDP will choose a new president on October 4. Candidates include Agriculture Minister Koizumi Shinjiro and Takaichi Sanae, who lost to Ishiba in the September 2024 leadership runoff. Whoever wins must then be elected prime minister by the Diet, where the coalition lacks a majority in either chamber. No national election is required soon: the Lower House's term runs until October 2028, and the next regular Upper House election is scheduled for July 2028.

## Economic Ties

Japan was the sixth-largest U.S. trading partner in 2024, measured by trade in goods and services; it ranked fourth as recently as 2021. U.S. exports to Japan came to $127.8 billion in 2024, making Japan the fifth-biggest export market. Imports from Japan were $190.6 billion, and Japan ranked fifth among sources of U.S. imports as well.

**Figure 1. U.S. Trade with Japan in Goods and Services, 2020-2024**

Source: CRS, with Bureau of Economic Analysis data.

Since 2019, no country has invested more in the United States than Japan, whose FDI stock reached $783 billion at the end of 2024. Nippon Steel completed its $14.9 billion purchase of U.S. Steel in June 2025, after the President approved it subject to a "golden share" held by the U.S. government. Japan is also the largest foreign holder of U.S. Treasury securities, with about $1.15 trillion in July; the United Kingdom, which moved past China this year, is second.

## Economy

Real GDP rose 0.1% in 2024, after 1.5% growth in 2023, as high food prices held back consumption. The economy expanded at an annualized 2.2% in the April-June quarter of 2025. Inflation has stayed above the Bank of Japan's 2% target since April 2022, and the bank raised its policy rate to 0.5% in January, the highest in 17 years. A supplementary budget of ¥13.9 trillion (about $90 billion) was enacted in December 2024. The yen fell to a 37-year low against the dollar in July 2024, near ¥162, and has since recovered to around ¥147.

In February 2025, Japan submitted new climate targets to the United Nations, a 60% cut in greenhouse gas emissions from 2013 levels by FY2035 and 73% by FY2040. Its existing pledge, a 46% cut from 2013 levels by 2030, still stands.

## Regional Diplomacy

Leaders of the Quad (Australia, India, Japan, and the United States) have met six times, most recently in Wilmington, Delaware, in September 2024. India is to host the next summit, for which no date has been announced, though the group's foreign ministers met in Washington in January and again on July 1. Japan was one of 14 founding partners of the Indo-Pacific Economic Framework for Prosperity (IPEF), launched in Tokyo in May 2022; the Trump Administration has said little about its plans for the grouping.

Since Russia's full-scale invasion in February 2022, Japan has committed more than $12 billion to Ukraine. That total includes some $1.4 billion in humanitarian aid and about $9.8 billion in financial support, much of it budget support and loans. Tokyo has also widened its security ties in the region, signing a Reciprocal Access Agreement with the Philippines in July 2024. Many in Japan credit that course to former Prime Minister Abe Shinzo, who cultivated President Trump during his first term and was assassinated on July 8, 2022.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Kyla H. Kitamura**, Analyst in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Ishiba", "Shigeru", "Prime Minister Ishiba Shigeru", note="announced he will step down but remains in office until a successor is chosen; family name first"),
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "alliance.treaty_ally_since": F(1952, as_written="Japan has been a U.S. treaty ally since 1952"),
        "alliance.us_troops_in_japan": F(50000, "over", as_written="Upwards of 50,000 U.S. military personnel are based in Japan", note="'upwards of' is over"),
        "alliance.host_nation_support_per_year": F(1400000000, "about", per="year", as_written="Japan contributes an average of ¥211 billion, roughly $1.4 billion at current exchange rates, each year", note="the yen figure comes first; the dollar conversion is the value"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="Under a five-year cost-sharing pact reached in December 2021"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", basis="facilities for the exclusive use of U.S. forces", as_written="It nonetheless hosts roughly 70% of the facilities set aside for the exclusive use of U.S. forces", note="subject carried from the sentence before"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="and just over half of the U.S. military personnel stationed in Japan", note="'just' is not a hedge; 'over half' is over 50"),
        "alliance.okinawa_share_of_land_area": F(0.6, "about", as_written="Okinawa Prefecture makes up about 0.6% of Japan's land area"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="some 4,000 of them are to move to Guam"),
        "alliance.marines_in_guam": F(100, "about", period="2025-09", as_written="So far about 100 Marines, most of them logistics specialists, have arrived on Guam"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2027", as_written="committed Japan to spending 2% of GDP on defense and related items by FY2027"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="That is twice the 1% ceiling that governments had long observed", note="'twice' describes the goal, not a hedge on the 1%"),
        "defense.tomahawk_purchase": F(2350000000, "about", as_written="Japan's purchase of 400 Tomahawk cruise missiles, valued at an estimated $2.35 billion"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="the coalition of the LDP and Komeito", note="the first paragraph names only the LDP and 'its junior partner'"),
        "politics.lower_house_coalition_share": F(46, "about", as_written="falling to 215 of the chamber's 465 seats, or about 46%"),
        "politics.upper_house_coalition_share": F(50, "under", as_written="it now holds fewer than half of that chamber's 248 seats"),
        "politics.next_diet_election_due": F(2028, as_written="the next regular Upper House election is scheduled for July 2028", note="earliest national election stated; the Lower House term also runs to October 2028"),
        "politics.lower_house_election_due": D("2028-10", as_written="the Lower House's term runs until October 2028", note="three years away: a deadline only, no upcoming lower_house election"),
        "trade.overall_partner_rank": F(6, period="2024", as_written="Japan was the sixth-largest U.S. trading partner in 2024, measured by trade in goods and services"),
        "trade.export_partner_rank": F(5, period="2024", as_written="making Japan the fifth-biggest export market"),
        "trade.us_exports_to_japan": F(127800000000, period="2024", as_written="U.S. exports to Japan came to $127.8 billion in 2024"),
        "trade.import_partner_rank": F(5, period="2024", as_written="Japan ranked fifth among sources of U.S. imports as well"),
        "trade.us_imports_from_japan": F(190600000000, period="2024", as_written="Imports from Japan were $190.6 billion", note="year carried from the sentence before"),
        "trade.fdi_source_rank": F(1, as_written="Since 2019, no country has invested more in the United States than Japan", note="rank 1 stated as 'no country has invested more'"),
        "trade.treasury_holder_rank": F(1, as_written="Japan is also the largest foreign holder of U.S. Treasury securities"),
        "trade.us_tariff_on_most_imports_from_japan": F(15, period="2025-08-07", as_written="A single tariff of 15%, inclusive of most-favored-nation (MFN) duties, has applied to most imports from Japan since August 7", note="also Table 1's 'Most goods' row, 'Now' column"),
        "trade.japan_investment_pledge": F(550000000000, by="2029-01-19", as_written="Japan is to invest $550 billion in U.S. projects selected by the Administration before January 19, 2029"),
        "economy.gdp_growth": GDP(y2024=0.1, y2023=1.5),
        "economy.supplementary_budget": F(90000000000, "about", period="2024-12", as_written="A supplementary budget of ¥13.9 trillion (about $90 billion) was enacted in December 2024"),
        "economy.yen": F("37-year low against the dollar", period="2024-07", as_written="The yen fell to a 37-year low against the dollar in July 2024, near ¥162"),
        "economy.emissions_cut_target": F(46, by="2030", baseline="2013", as_written="Its existing pledge, a 46% cut from 2013 levels by 2030, still stands"),
        "diplomacy.quad_leader_meetings": F(6, as_written="Leaders of the Quad (Australia, India, Japan, and the United States) have met six times"),
        "diplomacy.ipef_other_partners": F(13, period="2022-05", as_written="Japan was one of 14 founding partners of the Indo-Pacific Economic Framework for Prosperity (IPEF), launched in Tokyo in May 2022", note="14 founding partners including Japan: 13 beside Japan"),
        "diplomacy.ukraine_humanitarian_aid": F(1400000000, "about", as_written="some $1.4 billion in humanitarian aid"),
        "diplomacy.ukraine_financial_support": F(9800000000, "about", as_written="about $9.8 billion in financial support"),
    },
    "elections": {
        "ldp_president_2024": E("LDP president", "2024-09", "held", result="Ishiba defeated Takaichi in the runoff"),
        "lower_house_2024": E("Lower House", "2024-10-27", "held", result="LDP-Komeito coalition lost its majority: 215 of 465 seats"),
        "upper_house_2025": E("Upper House", "2025-07-20", "held", result="coalition won 47 seats, three short; fewer than half of 248 seats"),
        "ldp_president_2025": E("LDP president", "2025-10-04", "upcoming", note="to succeed Ishiba; candidates include Koizumi Shinjiro and Takaichi Sanae"),
        "upper_house_2028": E("Upper House", "2028-07", "upcoming"),
        "okinawa_governor_2022": E("Okinawa governor", "2022-09", "held", result="Tamaki Denny reelected"),
    },
    "events": {
        "tariff_talks_announced": EV("Administration says Japan will be among the first countries it negotiates with on tariffs", "2025-04-07", "held"),
        "abe_assassination": EV("Former Prime Minister Abe Shinzo assassinated", "2022-07-08"),
    },
    "notes": "Traps: 'the largest forward-deployed U.S. force presence anywhere' (not a rank fact); 'Ishiba Shigeru said on September 7 that he would step down' (still prime minister); 'the rate set for Japan was 24%' (announced, never collected); 'put on hold for 90 days, and a 10% baseline was collected instead' (past rate); 'A separate 25% tariff on imported autos, imposed under Section 232 of the Trade Expansion Act of 1962, took effect on April 3, and one on many auto parts on May 3' (autos, year of a law); 'Added to the existing 2.5% duty, Japanese passenger cars faced a combined 27.5%'; 'make eight trips to Washington'; 'in a July 7 letter the President warned Ishiba that Japanese goods would be charged 25% from August 1' (threatened); 'announced a deal on July 22' and 'an executive order of September 4' (dates of the framework, not a catalogue fact here); bullet 'Japanese autos and auto parts pay 15%, down from 27.5%, as of September 16' (autos, not most imports); bullet 'shared 50-50 ... split 90-10'; bullet 'raise U.S. rice imports by 75%, buy 100 Boeing aircraft, and purchase about $8 billion a year of U.S. farm goods'; Table 1's 'Jan. 2025' and 'July 2025' columns ('MFN', '10%', '2.5%', '27.5%', '25%') and its note 'The July 2025 rate on most goods was charged on top of MFN duties' and its car and steel rows ('15%', '50%'); 'Section 232 duties of 50% on steel, aluminum, and copper, raised from 25% in June'; 'South Korea reached a comparable arrangement ... a pledge of $350 billion' (another country); 'covering Japan's fiscal years 2022 through 2026' and 'an average of ¥211 billion' (yen amount beside the dollar value); 'Talks on a successor pact are expected to open in 2026'; 'President Trump reportedly asked Tokyo to pay about $8 billion a year' (a demand, not the payment); 'In July 2024, the allies agreed to upgrade U.S. Forces Japan' and 'Joint Operations Command, which opened in March 2025'; 'not expected to be usable before the mid-2030s'; 'Under a 2012 bilateral plan, about 9,000 Marines are to leave Okinawa' (total leaving, not Guam); 'Movement began in December 2024'; 'Camp Blaz was activated in 2023'; 'In December 2022, the Kishida cabinet' (former prime minister); 'The plan budgets ¥43 trillion for FY2023-FY2027' and 'FY2025 defense budget of ¥8.7 trillion'; 'pressed Tokyo to aim for 3.5% of GDP, and NATO allies agreed in June to a 5% target' (proposals, other countries); '400 Tomahawk cruise missiles' (a count); 'Ishiba took office in October 2024'; 'the coalition took 47 seats, three short' and 'The populist Sanseito party ... won 14 seats' (seat counts, not shares); 'Candidates include Agriculture Minister Koizumi Shinjiro and Takaichi Sanae' (candidates, not prime minister); 'Whoever wins must then be elected prime minister by the Diet'; 'it ranked fourth as recently as 2021' (past rank); Figure 1 (PDF/layout: years 2020-2024, ticks 0-200 '$ billions', two-series legend, no values); 'Since 2019' (a year beside the FDI rank) and 'FDI stock reached $783 billion' (not an IF10199 fact); 'Nippon Steel completed its $14.9 billion purchase of U.S. Steel in June 2025'; 'about $1.15 trillion in July' and 'the United Kingdom, which moved past China this year, is second' (other holders); 'an annualized 2.2% in the April-June quarter of 2025' (a quarter, not a year); 'the Bank of Japan's 2% target since April 2022' and 'raised its policy rate to 0.5% in January, the highest in 17 years'; 'near ¥162' and 'recovered to around ¥147'; 'a 60% cut in greenhouse gas emissions from 2013 levels by FY2035 and 73% by FY2040' (new targets, not the 2030 pledge); 'most recently in Wilmington, Delaware, in September 2024' and 'the group's foreign ministers met in Washington in January and again on July 1' (ministerial meetings, not leaders'); 'committed more than $12 billion to Ukraine' (total, not a part); 'Since Russia's full-scale invasion in February 2022'; 'signing a Reciprocal Access Agreement with the Philippines in July 2024'; 'former Prime Minister Abe Shinzo, who cultivated President Trump during his first term' (former leader). PDF: ligatures and non-breaking spaces; layout: pdftotext -layout runs the two columns side by side, with the table and bullet list among them.",
}
