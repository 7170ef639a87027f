from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "SC1-IF10199-2026-03", "fresh39", "IF10199", 47
LAYOUTS = ["html", "layout"]
PDF_OPTS = ["nbsp", "hyph"]
SIDEBAR = "Okinawa and Guam"
CHART = {"unit": "¥ trillions", "ymax": 12, "ticks": [0, 3, 6, 9, 12],
         "series": ["Defense-related outlays"],
         "bars": {"FY2021": (5.3,), "FY2022": (5.4,), "FY2023": (6.8,), "FY2024": (7.9,), "FY2025": (11.0,)}}

MD = """
U.S.-Japan Relations

Updated March 10, 2026

## Overview

Japan, which has been a treaty ally of the United States since 1952, is now led by a prime minister who moved fast to consolidate her position. Takaichi Sanae took office on October 21, 2025. She replaced Ishiba Shigeru, who stepped down after the ruling bloc lost its majority in the upper chamber; she is the first woman to hold the post. Takaichi, a protégé of the late Abe Shinzo, has said she will carry forward the security agenda of the former prime minister, who was shot dead while campaigning in July 2022. President Donald J. Trump, whom she received in Tokyo within a week of taking office, has praised her. Relations are nevertheless strained by U.S. tariffs and by the question of what Japan owes in return for lower ones.

## Tariffs and the Investment Pledge

Tariffs set the tone of the relationship in 2025. A 24% "reciprocal" rate on Japanese goods, announced in April, was suspended almost at once, and a July letter from the White House warned of 25%. What emerged instead was a framework that Trump and Ishiba's negotiators concluded on July 22, 2025, under which most goods from Japan paid 15%. In exchange, Tokyo agreed to back investment in U.S. industries chosen by the Administration. The sum is $550 billion. It is to be committed before January 19, 2029, with profits divided equally until Japan has recovered its outlay.

The 15% rate is gone. On February 20, the Supreme Court ruled that the International Emergency Economic Powers Act (IEEPA), the statute under which it was levied, does not allow the President to impose tariffs. Within days the Administration invoked Section 122 of the Trade Act of 1974, a provision that lets it impose an import surcharge of up to 15% for as long as 150 days. The surcharge it chose, which took effect on February 24, is 10%; that is what most goods from Japan now pay. The President has said that he may raise it to the 15% maximum. Passenger cars and auto parts, which are subject to a separate Section 232 action, still pay 15%, down from the 27.5% charged from April to mid-September 2025. Tokyo has said it will keep to the investment terms as long as Washington keeps to the tariff ones.

## The Alliance

The alliance rests on the Treaty of Mutual Cooperation and Security of 1960, which replaced the original pact of 1951. Japan hosts more U.S. military personnel than any other country. Those on active duty there, whose number is roughly 55,000, include the crew of the only aircraft carrier the U.S. Navy bases abroad; Germany, the next-largest host, has about 35,000. In July 2024, then-President Joe Biden's Administration and the government of former Prime Minister Kishida Fumio agreed to turn U.S. Forces Japan into a joint force headquarters, a change still being carried out.

Japan pays part of the cost. The present Special Measures Agreement (SMA), which the two governments concluded in December 2021 and which expires in March 2027, commits Tokyo to ¥1.055 trillion over five years. That averages about ¥211 billion a year, or some $1.4 billion at current exchange rates. Talks on a successor are due this year, and several Administration officials have suggested Japan should pay far more.

## Okinawa and Guam

Okinawa Prefecture, which covers less than 1% of Japan's land, holds about 70% of the acreage reserved for the exclusive use of U.S. forces. Roughly half of the U.S. military personnel in Japan are stationed there. Under a 2012 realignment plan, some 9,000 Marines are to leave the prefecture, about 4,000 of them for Guam. The transfer opened in December 2024, when roughly 100 Marines arrived there. By the beginning of this month the count on the island had reached 210. The Okinawa governorship, long held by opponents of a new Marine air station at Henoko, will be contested in September.

## Defense

Japan committed in December 2022 to raise defense and related spending to 2% of gross domestic product (GDP). That strategy, issued under Kishida, set FY2027 as the year to get there. It marked a break from the roughly 1% of GDP that governments had treated for decades as an informal ceiling. Takaichi has brought the date forward: she says the supplementary budget the Diet passed in December lifted outlays to 2% in FY2025 (Figure 1). She also intends to revise the three strategy documents by the end of 2026. The first of the Tomahawk cruise missiles, which Japan bought in a deal worth about $2.35 billion, arrived last year; the purchase, signed in January 2024, covers up to 400 missiles.

**Figure 1. Japan's Defense-Related Outlays, FY2021-FY2025**

Source: Japan Ministry of Defense; FY2025 estimated.

## Domestic Politics

In October 2025, the LDP's partner of 26 years, Komeito, quit the coalition, days after Takaichi won the party's presidential election on October 4. She turned instead to the Japan Innovation Party (Ishin). It holds no cabinet posts but votes with the government, and the ruling coalition now consists of the LDP and Ishin. Takaichi then dissolved the Lower House in January. Voters, on February 8, handed the LDP 316 of that chamber's 465 seats, the first time a single party has won two-thirds of it on its own since the current electoral system was adopted. Together with Ishin's members, the government controls some three-fourths of the chamber. The upper chamber is another matter. There, the two parties lack a majority, which the LDP and Komeito lost in the House of Councillors election of July 2025. The next national vote is not required until July 2028, when half of the Upper House is up; members of the new Lower House serve until February 2030 unless it is dissolved.

## Trade and Investment

Japan was the sixth-largest U.S. trading partner in 2024. It was also the sixth-largest market for U.S. exports that year. As a supplier, it ranked fifth. The amounts are in Table 1.

Table 1. U.S. Trade with Japan, 2024 ($ billions)

| Flow | Goods | Services | Total |
| --- | --- | --- | --- |
| U.S. exports to Japan | 79.7 | 49.4 | 129.1 |
| U.S. imports from Japan | 149.6 | 42.8 | 192.4 |

Source: Bureau of Economic Analysis; goods and services, balance of payments basis.

Japanese companies, whose direct investment in the United States has exceeded that of any other country's firms every year since 2019, include Nippon Steel, which bought U.S. Steel in June 2025 for $14.9 billion. Japan is also the leading foreign holder of U.S. Treasury securities, with about $1.2 trillion as of December 2025. The United Kingdom was second; China, which held the top spot until 2019, was third.

## The Economy

According to preliminary data, real GDP grew by 1.1% in 2025. The year before, growth was 0.1%. Output shrank at an annualized 2.3% in the July-September quarter before recovering. To pay for her first economic package, Takaichi's government won Diet approval in December for a supplementary budget of ¥18.3 trillion. In dollars, that is about $117 billion; the package as a whole is worth ¥21.3 trillion. The Bank of Japan, which ended negative interest rates in 2024, raised its policy rate to 0.75% in December. Japan is committed to a 46% cut in greenhouse gas emissions by 2030, measured against FY2013 levels, and last year added a target of 60% by FY2035.

## Regional Relations

Relations with China have deteriorated since November 2025, when Takaichi told the Diet that a Chinese attack on Taiwan could constitute a "survival-threatening situation" for Japan; Beijing responded by discouraging travel to Japan and halting seafood imports. Ties with South Korea, led since June 2025 by President Lee Jae-myung, have been steadier. The leaders of the Quad (Australia, India, Japan, and the United States) have met six times. The most recent summit, in Wilmington, Delaware, in September 2024, was hosted by Biden; a meeting in India has yet to be scheduled.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "Takaichi Sanae took office on October 21, 2025", note="family name first; Ishiba, Abe and Kishida are former prime ministers"),
        "leaders.us_president": P("Trump", "Donald", "President Donald J. Trump", note="Biden is a former president"),
        "alliance.treaty_ally_since": F(1952, as_written="Japan, which has been a treaty ally of the United States since 1952", note="relative clause; the 1960 treaty and the 1951 pact are traps"),
        "alliance.us_troops_in_japan": F(55000, "about", as_written="Those on active duty there, whose number is roughly 55,000", note="subject carried ('there' = Japan); number in a relative clause"),
        "alliance.host_nation_support_per_year": F(1400000000, "about", per="year", as_written="That averages about ¥211 billion a year, or some $1.4 billion at current exchange rates", note="the dollar figure; the yen five-year total is a trap"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="The present Special Measures Agreement (SMA), which the two governments concluded in December 2021 and which expires in March 2027", note="dated by its conclusion; the March 2027 expiry is a trap"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="Okinawa Prefecture, which covers less than 1% of Japan's land", note="sidebar"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="holds about 70% of the acreage reserved for the exclusive use of U.S. forces", note="sidebar; exclusive-use basis"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "about", as_written="Roughly half of the U.S. military personnel in Japan are stationed there", note="sidebar; fraction rule; 'there' = Okinawa"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="some 9,000 Marines are to leave the prefecture, about 4,000 of them for Guam", note="sidebar; the 9,000 is a trap"),
        "alliance.marines_in_guam": F(210, period="2026-03", as_written="By the beginning of this month the count on the island had reached 210", note="sidebar; subject ('the island' = Guam) carried; the first 100 a trap"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2027", as_written="to raise defense and related spending to 2% of gross domestic product (GDP). That strategy, issued under Kishida, set FY2027 as the year to get there", note="goal and date split over two sentences; attainment in FY2025 a trap"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="the roughly 1% of GDP that governments had treated for decades as an informal ceiling"),
        "defense.tomahawk_purchase": F(2350000000, "about", as_written="the Tomahawk cruise missiles, which Japan bought in a deal worth about $2.35 billion", note="amount in a relative clause; 'up to 400 missiles' a count"),
        "trade.us_tariff_on_most_imports_from_japan": F(10, period="2026-02-24", as_written="The surcharge it chose, which took effect on February 24, is 10%; that is what most goods from Japan now pay", note="Section 122 surcharge; the voided 15% framework rate, the 24%, 25% and the possible 15% are traps"),
        "trade.japan_investment_pledge": F(550000000000, by="2029-01-19", as_written="The sum is $550 billion. It is to be committed before January 19, 2029", note="amount and deadline split over sentences"),
        "politics.ruling_coalition": F(["LDP", "Ishin"], as_written="the ruling coalition now consists of the LDP and Ishin", note="Komeito a former partner"),
        "politics.lower_house_coalition_share": F(75, "about", as_written="Together with Ishin's members, the government controls some three-fourths of the chamber", note="fraction rule; 316 of 465 and 'two-thirds' are the LDP alone"),
        "politics.upper_house_coalition_share": F(50, "under", as_written="There, the two parties lack a majority", note="'There' = the upper chamber of the sentence before"),
        "politics.next_diet_election_due": F(2028, as_written="The next national vote is not required until July 2028, when half of the Upper House is up"),
        "politics.lower_house_election_due": D("2030-02", as_written="members of the new Lower House serve until February 2030 unless it is dissolved", note="47 months away: no lower_house_2030"),
        "trade.overall_partner_rank": F(6, period="2024", as_written="Japan was the sixth-largest U.S. trading partner in 2024"),
        "trade.export_partner_rank": F(6, period="2024", as_written="It was also the sixth-largest market for U.S. exports that year"),
        "trade.import_partner_rank": F(5, period="2024", as_written="As a supplier, it ranked fifth", note="subject and year carried"),
        "trade.us_exports_to_japan": F(129100000000, period="2024", as_written="U.S. exports to Japan | 79.7 | 49.4 | 129.1", note="only in Table 1 (Total column, $ billions in the caption)"),
        "trade.us_imports_from_japan": F(192400000000, period="2024", as_written="U.S. imports from Japan | 149.6 | 42.8 | 192.4", note="only in Table 1 (Total column)"),
        "trade.fdi_source_rank": F(1, as_written="Japanese companies, whose direct investment in the United States has exceeded that of any other country's firms every year since 2019", note="rank in a relative clause; a span, no period"),
        "trade.treasury_holder_rank": F(1, period="2025-12", as_written="Japan is also the leading foreign holder of U.S. Treasury securities, with about $1.2 trillion as of December 2025"),
        "economy.gdp_growth": GDP(y2025=1.1, y2024=0.1),
        "economy.supplementary_budget": F(117000000000, "about", period="2025-12", as_written="won Diet approval in December for a supplementary budget of ¥18.3 trillion. In dollars, that is about $117 billion", note="dollar figure in the following sentence; the ¥21.3 trillion package a trap"),
        "economy.emissions_cut_target": F(46, by="2030", baseline="FY2013", as_written="a 46% cut in greenhouse gas emissions by 2030, measured against FY2013 levels", note="60% by FY2035 a trap"),
        "diplomacy.quad_leader_meetings": F(6, as_written="The leaders of the Quad (Australia, India, Japan, and the United States) have met six times"),
    },
    "elections": {
        "upper_house_2025": E("Upper House", "2025-07", "held", result="LDP and Komeito lost their majority"),
        "ldp_president_2025": E("LDP president", "2025-10-04", "held", result="Takaichi won"),
        "lower_house_2026": E("Lower House", "2026-02-08", "held", result="LDP 316 of 465 seats; with Ishin some three-fourths"),
        "okinawa_governor_2026": E("Okinawa governor", "2026-09", "upcoming"),
        "upper_house_2028": E("Upper House", "2028-07", "upcoming"),
    },
    "events": {
        "abe_assassination": EV("Former Prime Minister Abe Shinzo shot dead while campaigning", "2022-07", "held"),
    },
    "notes": "Traps: 'Takaichi Sanae took office on October 21, 2025' (date, not a fact); 'She replaced Ishiba Shigeru, who stepped down' (former PM); 'a protégé of the late Abe Shinzo' and 'the former prime minister, who was shot dead while campaigning in July 2022' (former PM; the event only); 'whom she received in Tokyo within a week of taking office'; 'A 24% \"reciprocal\" rate on Japanese goods, announced in April, was suspended' and 'a July letter from the White House warned of 25%' (announced, threatened); 'a framework that Trump and Ishiba's negotiators concluded on July 22, 2025, under which most goods from Japan paid 15%' (past rate, voided); 'with profits divided equally'; 'The 15% rate is gone'; 'On February 20, the Supreme Court ruled' (no IF10199 fact); 'Section 122 of the Trade Act of 1974' and 'up to 15% for as long as 150 days' (statutory cap); 'he may raise it to the 15% maximum' (possible); 'still pay 15%, down from the 27.5% charged from April to mid-September 2025' (autos, sectoral); 'the Treaty of Mutual Cooperation and Security of 1960, which replaced the original pact of 1951' (treaty years, not the ally-since year); 'Germany, the next-largest host, has about 35,000' (another country); 'In July 2024, then-President Joe Biden's Administration and the government of former Prime Minister Kishida Fumio' (former leaders); 'which expires in March 2027' and 'commits Tokyo to ¥1.055 trillion over five years' (SMA expiry and yen total); 'Talks on a successor are due this year'; sidebar 'some 9,000 Marines are to leave the prefecture' (total leaving, not Guam), 'when roughly 100 Marines arrived there' (first contingent, not the current count), 'Under a 2012 realignment plan'; 'will be contested in September' (Okinawa governor, not a Diet election); 'Japan committed in December 2022' (not the SMA); 'lifted outlays to 2% in FY2025' (attainment, not the goal's date); 'by the end of 2026'; 'arrived last year', 'signed in January 2024, covers up to 400 missiles' (a count); Figure 1 (defense-related outlays FY2021-FY2025, ¥ trillions; ticks 0-12, years and legend only, no values); 'the LDP's partner of 26 years, Komeito, quit the coalition' (former partner); 'Takaichi won the party's presidential election on October 4'; 'handed the LDP 316 of that chamber's 465 seats, the first time a single party has won two-thirds' (LDP alone, not the coalition share); 'which the LDP and Komeito lost in the House of Councillors election of July 2025'; 'when half of the Upper House is up' (not a share); Table 1's Goods and Services columns (no IF10199 fact); 'every year since 2019' (a span beside the FDI rank); 'bought U.S. Steel in June 2025 for $14.9 billion'; 'with about $1.2 trillion' (holdings); 'The United Kingdom was second; China, which held the top spot until 2019, was third'; 'Output shrank at an annualized 2.3% in the July-September quarter' (a quarter); 'the package as a whole is worth ¥21.3 trillion'; 'The Bank of Japan, which ended negative interest rates in 2024, raised its policy rate to 0.75%'; 'last year added a target of 60% by FY2035' (later target); 'since November 2025' and 'a Chinese attack on Taiwan'; 'led since June 2025 by President Lee Jae-myung' (another country's leader); 'The most recent summit, in Wilmington, Delaware, in September 2024, was hosted by Biden' (former president); 'a meeting in India has yet to be scheduled'. HTML: sidebar 'Okinawa and Guam' and Figure 1 in the aside; layout: pdftotext -layout runs the two columns side by side, NBSP before billion/trillion/percent, hyphenated line ends.",
}
