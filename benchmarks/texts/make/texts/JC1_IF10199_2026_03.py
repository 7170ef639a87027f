from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "JC1-IF10199-2026-03", "fresh29", "IF10199", 47
LAYOUTS = ["pdf", "md"]
PDF_OPTS = ["quotes", "nbsp"]
CHART = {"unit": "$ billions", "ymax": 1200, "ticks": [0, 300, 600, 900, 1200],
         "series": ["December 2024", "December 2025"],
         "bars": {"Japan": (1061, 1188), "United Kingdom": (723, 874), "China": (759, 684)}}

MD = """
U.S.-Japan Relations

Updated March 24, 2026

## Overview

Takaichi Sanae won the presidency of the Liberal Democratic Party (LDP) on October 4 of last year and, later that month, became the first woman to serve as the country's prime minister, succeeding Ishiba Shigeru. On February 8 she led her party to a sweeping victory in a snap Lower House election. A protégé of the late Abe Shinzo, who was shot dead while campaigning in July 2022, Takaichi has embraced President Donald Trump's demand that allies do more for their own defense.

Trade is less settled. On February 20 the Supreme Court held that the International Emergency Economic Powers Act (IEEPA) does not authorize tariffs, knocking out the legal basis for the 15% rate at the center of last year's bilateral deal. Issues for Congress include:

- the tariffs that replaced those the Court struck down, and whether Tokyo will keep its investment promise;
- the cost of U.S. forces in Japan, which the two governments must settle before the current cost-sharing accord runs out in March of next year;
- Japan's quarrel with China, which has curbed Japanese seafood imports since Takaichi's November remarks on Taiwan.

## Tariffs and the Investment Deal

Japan was first in line for negotiations in the spring of 2025. On April 7, five days after the President announced a 24% "reciprocal" tariff on Japanese goods, the White House said talks with Tokyo would begin. That rate was suspended two days later in favor of a 10% baseline; in July the President threatened 25%.

A framework agreement, unveiled on July 22 and written into a memorandum of understanding (MOU) in September, settled on a single rate: most Japanese goods would pay 15%, counting the normal most-favored-nation (MFN) duty, rather than the baseline stacked on top of it. The Section 232 tariff on Japanese cars and parts, 27.5% since April, came down to that same 15% on September 16. In return, Japan offered investment on an unmatched scale. Its government-backed lenders are to supply $550 billion for U.S. projects that the President selects. The money is to be committed before January 19, 2029. The MOU's other main terms:

- Until Japan recoups its outlay, profits from each project are shared evenly; after that, 90% go to the United States.
- Japan is to buy 100 Boeing aircraft, increase purchases of U.S. rice by 75%, and buy $8 billion a year of other U.S. farm goods.

The ruling has not unwound the deal. Within the week, the President turned to Section 122 of the Trade Act of 1974, which permits a temporary import surcharge. Since February 24, most Japanese goods, like most imports from other countries, have been subject to it. The surcharge is 10%, added to MFN duties. The statute caps any such charge at 15% and limits it to 150 days, so the surcharge expires in late July unless Congress votes to extend it. Cars are not affected: their 15% tariff rests on Section 232, a different statute. Tokyo says it will honor the pledge, as does South Korea, which made a parallel commitment of $350 billion.

## Alliance and Defense

The United States and Japan have been treaty allies since 1952, when the security pact signed in San Francisco the previous September took effect; it was revised in 1960. No other country hosts as many U.S. troops. They number roughly fifty-five thousand, compared with about 35,000 in Germany and 28,500 in South Korea.

Under the Special Measures Agreement (SMA) the two governments announced in December 2021, Japan's contribution to the cost of stationing these forces averages ¥211 billion a year, or a little less than $1.4 billion at recent exchange rates. That accord expires at the end of March next year.

For decades, Japanese governments kept military spending near 1% of gross domestic product (GDP), a ceiling first set by cabinet decision in 1976. The national security strategy of December 2022 pledged to double that, to 2% of GDP, counting related outlays, by FY2027. Takaichi pulled the target forward. With the supplementary budget enacted in December, her government says, Japan will reach 2% in FY2025, which ends on March 31. Some Administration officials have pressed Tokyo to aim for 3.5%, the NATO benchmark for core defense spending. Among Japan's new long-range weapons are up to 400 Tomahawk cruise missiles, a purchase the State Department valued at some $2.35 billion when it approved the sale in 2023.

## Okinawa and Guam

Okinawa carries a share of the U.S. presence far out of proportion to its size. The prefecture

- covers 0.6% of Japan's land area;
- contains about 70% of the facilities reserved for the exclusive use of U.S. forces; and
- hosts over half of the U.S. military personnel in Japan.

Under the 2012 revision of the realignment plan, roughly 9,000 Marines are to leave Okinawa. About 4,000 of them are bound for Guam, where Camp Blaz was activated in 2023. The first hundred or so arrived in December 2024. At the start of this year, the contingent on Guam numbered around 200. Okinawa's governor, Tamaki Denny, an opponent of the planned Henoko base, ends his term in September, when the prefecture will elect a governor.

## Japanese Politics

Takaichi governs with a new partner. Komeito, allied with the LDP for 26 years, left the government last October over a funding scandal; Takaichi then reached an agreement with the Japan Innovation Party (Ishin), which backs her government in the Diet. The LDP had already lost control of both chambers under Ishiba: the Lower House in the election of October 2024 and the Upper House in the vote of July 2025.

Seeking a mandate of her own, Takaichi dissolved the Lower House in January. The outcome exceeded most forecasts. The LDP by itself won well over two-thirds of the 465 seats, and together with Ishin the ruling camp holds about three-quarters of the chamber. Its members may serve until February 2030, when the four-year term ends, unless the prime minister dissolves it sooner.

The upper chamber is another matter. In the House of Councillors the two parties hold fewer than half of the 248 seats. Half of its members are next up for election in July 2028; no national vote is scheduled before then.

## Economic Ties

Measured by goods trade, Japan was the sixth-largest U.S. partner in 2025. It stood sixth and seventh, respectively, as a market for U.S. goods and as a source of U.S. imports, having slipped behind Taiwan and Vietnam as a supplier.

Table 1. U.S. Goods Trade with Japan (billions of dollars)

| | 2024 | 2025 |
| --- | --- | --- |
| U.S. exports to Japan | 79.7 | 76.4 |
| U.S. imports from Japan | 148.2 | 141.9 |
| Balance | -68.5 | -65.5 |

Source: U.S. Census Bureau. Goods only, Census basis.

No country has invested more in the United States. At the end of 2024, Japanese firms' direct investment position was $792.6 billion, the largest of any country for a sixth consecutive year. Nippon Steel's $14.9 billion purchase of U.S. Steel, completed last June, will add to it. Japan is also the largest foreign creditor of the U.S. government. Its holdings of Treasury securities, about $1.2 trillion at the end of 2025, exceed those of the United Kingdom and China, which rank second and third (Figure 1).

**Figure 1. Largest Foreign Holders of U.S. Treasury Securities**

Source: U.S. Department of the Treasury, Treasury International Capital (TIC) data.

## Japan's Economy

Growth picked up last year. Preliminary figures show real GDP rising 1.1% in 2025, after a near-stagnant 0.1% the year before, although output shrank at an annualized 2.3% pace in the July-September quarter.

Takaichi's first major economic measure was a ¥21.3 trillion package to ease living costs. The supplementary budget that pays for much of it, enacted in December, totals ¥18.3 trillion, or about $117 billion. In January the yen slid to nearly ¥160 to the dollar, its weakest level in a year and a half, until the finance ministry warned of intervention. Under the Paris Agreement, Japan has pledged to cut greenhouse gas emissions 46% below FY2013 levels by FY2030; goals of 60% by FY2035 and 73% by FY2040 were added last year.

## Regional Diplomacy

Japan remains central to the Quad, with the United States, Australia, and India. Their leaders have met six times, most recently in Wilmington, DE, in September 2024; a summit India was to host in 2025 has not taken place.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "Takaichi Sanae", note="family name first; 'became the first woman to serve as the country's prime minister, succeeding Ishiba Shigeru'"),
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "alliance.treaty_ally_since": F(1952, as_written="The United States and Japan have been treaty allies since 1952", note="entry into force; the pact was signed 'the previous September' (1951) and revised in 1960"),
        "alliance.us_troops_in_japan": F(55000, "about", as_written="No other country hosts as many U.S. troops. They number roughly fifty-five thousand", note="number in words; subject carried by 'They'"),
        "alliance.host_nation_support_per_year": F(1400000000, "under", per="year", as_written="averages ¥211 billion a year, or a little less than $1.4 billion at recent exchange rates", note="the dollar figure; ¥211 billion is the yen average"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="Under the Special Measures Agreement (SMA) the two governments announced in December 2021", note="expires March 2027 ('at the end of March next year')"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="contains about 70% of the facilities reserved for the exclusive use of U.S. forces", note="bullet; exclusive-use basis; subject 'The prefecture' from the lead-in"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="hosts over half of the U.S. military personnel in Japan", note="bullet; 'over half'"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="covers 0.6% of Japan's land area", note="bullet"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="About 4,000 of them are bound for Guam", note="'them' = the roughly 9,000 Marines leaving Okinawa"),
        "alliance.marines_in_guam": F(200, "about", period="2026-01", as_written="At the start of this year, the contingent on Guam numbered around 200", note="the first hundred or so arrived in December 2024 (trap)"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2025", as_written="Takaichi pulled the target forward. With the supplementary budget enacted in December, her government says, Japan will reach 2% in FY2025", note="originally 'by FY2027' (December 2022 strategy)"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="kept military spending near 1% of gross domestic product (GDP), a ceiling first set by cabinet decision in 1976", note="'near' hedges the spending, not the ceiling"),
        "defense.tomahawk_purchase": F(2350000000, "about", as_written="a purchase the State Department valued at some $2.35 billion"),
        "politics.ruling_coalition": F(["LDP", "Ishin"], as_written="Takaichi then reached an agreement with the Japan Innovation Party (Ishin), which backs her government in the Diet", note="Komeito left the government last October (former partner)"),
        "politics.lower_house_coalition_share": F(75, "about", as_written="together with Ishin the ruling camp holds about three-quarters of the chamber", note="fraction rounded; 'The LDP by itself won well over two-thirds' is the LDP alone"),
        "politics.upper_house_coalition_share": F(50, "under", as_written="In the House of Councillors the two parties hold fewer than half of the 248 seats"),
        "politics.next_diet_election_due": F(2028, as_written="Half of its members are next up for election in July 2028; no national vote is scheduled before then"),
        "politics.lower_house_election_due": D("2030-02", as_written="Its members may serve until February 2030, when the four-year term ends, unless the prime minister dissolves it sooner"),
        "trade.overall_partner_rank": F(6, period="2025", as_written="Measured by goods trade, Japan was the sixth-largest U.S. partner in 2025"),
        "trade.export_partner_rank": F(6, period="2025", as_written="It stood sixth and seventh, respectively, as a market for U.S. goods and as a source of U.S. imports"),
        "trade.import_partner_rank": F(7, period="2025", as_written="It stood sixth and seventh, respectively, as a market for U.S. goods and as a source of U.S. imports"),
        "trade.us_exports_to_japan": F(76400000000, period="2025", as_written="Table 1: U.S. exports to Japan | 79.7 | 76.4 (2025 column, billions of dollars)", note="only in Table 1; the 2024 column is a trap"),
        "trade.us_imports_from_japan": F(141900000000, period="2025", as_written="Table 1: U.S. imports from Japan | 148.2 | 141.9 (2025 column, billions of dollars)", note="only in Table 1"),
        "trade.fdi_source_rank": F(1, period="2024", as_written="No country has invested more in the United States. At the end of 2024, Japanese firms' direct investment position was $792.6 billion, the largest of any country for a sixth consecutive year", note="'a sixth consecutive year' is a count of years, not a rank"),
        "trade.treasury_holder_rank": F(1, period="2025-12", as_written="Japan is also the largest foreign creditor of the U.S. government. Its holdings of Treasury securities, about $1.2 trillion at the end of 2025", note="'which rank second and third' are the UK and China"),
        "trade.us_tariff_on_most_imports_from_japan": F(10, period="2026-02-24", as_written="Since February 24, most Japanese goods, like most imports from other countries, have been subject to it. The surcharge is 10%", note="Section 122 surcharge; 'it' = the surcharge of the sentence before; the 15% framework rate was voided by the ruling"),
        "trade.japan_investment_pledge": F(550000000000, by="2029-01-19", as_written="Its government-backed lenders are to supply $550 billion ... The money is to be committed before January 19, 2029", note="split over two sentences"),
        "economy.gdp_growth": GDP(y2025=1.1, y2024=0.1),
        "economy.supplementary_budget": F(117000000000, "about", period="2025-12", as_written="The supplementary budget that pays for much of it, enacted in December, totals ¥18.3 trillion, or about $117 billion", note="year from the cover (last December); the ¥21.3 trillion package is a trap"),
        "economy.yen": F("18-month low against the dollar", period="2026-01", as_written="In January the yen slid to nearly ¥160 to the dollar, its weakest level in a year and a half"),
        "economy.emissions_cut_target": F(46, by="FY2030", baseline="FY2013", as_written="Japan has pledged to cut greenhouse gas emissions 46% below FY2013 levels by FY2030"),
        "diplomacy.quad_leader_meetings": F(6, as_written="Their leaders have met six times, most recently in Wilmington, DE, in September 2024"),
    },
    "elections": {
        "ldp_president_2025": E("LDP president", "2025-10-04", "held", result="Takaichi Sanae elected", note="'on October 4 of last year'"),
        "lower_house_2026": E("Lower House", "2026-02-08", "held", result="LDP alone well over two-thirds of 465 seats; with Ishin about three-quarters", note="'On February 8' (year from the cover)"),
        "lower_house_2024": E("Lower House", "2024-10", "held", result="LDP lost control of the chamber"),
        "upper_house_2025": E("Upper House", "2025-07", "held", result="LDP lost control of the chamber"),
        "upper_house_2028": E("Upper House", "2028-07", "upcoming"),
        "okinawa_governor_2026": E("Okinawa governor", "2026-09", "upcoming", note="'ends his term in September, when the prefecture will elect a governor'"),
    },
    "events": {
        "abe_assassination": EV("Former Prime Minister Abe Shinzo shot dead while campaigning", "2022-07", "held"),
        "tariff_talks_announced": EV("White House says tariff talks with Japan will begin", "2025-04-07", "held"),
        "section122_surcharge_expired": EV("The 10% Section 122 surcharge expires after 150 days", "2026-07", "upcoming"),
    },
    "notes": "Traps: 'succeeding Ishiba Shigeru' and 'had already lost control of both chambers under Ishiba' (former prime minister); 'A protégé of the late Abe Shinzo' (former prime minister); 'knocking out the legal basis for the 15% rate at the center of last year's bilateral deal' and 'most Japanese goods would pay 15%, counting the normal most-favored-nation (MFN) duty' (the voided framework rate, not the tariff now on most imports); 'before the current cost-sharing accord runs out in March of next year' (expiry, not the agreement date); 'since Takaichi's November remarks on Taiwan'; 'five days after the President announced a 24% \"reciprocal\" tariff' (announced, suspended); 'in favor of a 10% baseline' (past rate); 'in July the President threatened 25%' (threatened); 'unveiled on July 22 and written into a memorandum of understanding (MOU) in September'; 'The Section 232 tariff on Japanese cars and parts, 27.5% since April, came down to that same 15% on September 16' and 'Cars are not affected: their 15% tariff rests on Section 232' (autos, not most imports); bullets 'profits from each project are shared evenly; after that, 90% go to the United States', '100 Boeing aircraft, increase purchases of U.S. rice by 75%, and buy $8 billion a year of other U.S. farm goods' (not the pledge); 'Section 122 of the Trade Act of 1974' (year of a law); 'The statute caps any such charge at 15% and limits it to 150 days' (statutory cap); 'a parallel commitment of $350 billion' (South Korea's pledge); 'signed in San Francisco the previous September' (1951 signing) and 'it was revised in 1960'; 'about 35,000 in Germany and 28,500 in South Korea' (other countries); 'averages ¥211 billion a year' (yen); 'That accord expires at the end of March next year'; 'a ceiling first set by cabinet decision in 1976'; 'The national security strategy of December 2022 pledged to double that, to 2% of GDP, counting related outlays, by FY2027' (original deadline, moved forward); 'which ends on March 31'; 'to aim for 3.5%, the NATO benchmark' (urged, not adopted); 'up to 400 Tomahawk cruise missiles' (a count) and 'when it approved the sale in 2023'; 'Under the 2012 revision of the realignment plan, roughly 9,000 Marines are to leave Okinawa' (total leaving, not Guam); 'Camp Blaz was activated in 2023'; 'The first hundred or so arrived in December 2024' (past Guam figure); 'Komeito, allied with the LDP for 26 years, left the government last October' (former partner); 'The LDP by itself won well over two-thirds of the 465 seats' (the LDP alone, not the coalition); 'fewer than half of the 248 seats' (seat total); 'having slipped behind Taiwan and Vietnam as a supplier'; Table 1's 2024 column (79.7, 148.2) and Balance row (-68.5, -65.5); 'the largest of any country for a sixth consecutive year' (a count of years, not a rank) and '$792.6 billion' (FDI stock, no IF10199 fact); 'Nippon Steel's $14.9 billion purchase of U.S. Steel, completed last June'; 'which rank second and third' (UK and China, not Japan); Figure 1 (Treasury holdings of Japan, United Kingdom, China, December 2024 and December 2025, $ billions; axis ticks 0-1200, bar labels and legend only, no value labels); 'output shrank at an annualized 2.3% pace in the July-September quarter' (a quarter); 'a ¥21.3 trillion package' (package, not the budget); 'nearly ¥160 to the dollar'; 'goals of 60% by FY2035 and 73% by FY2040 were added last year' (later targets); 'a summit India was to host in 2025 has not taken place' (planned, not held). PDF: curly quotes, NBSP; Table 1, bullet lists and Figure 1 flow in the two columns.",
}
