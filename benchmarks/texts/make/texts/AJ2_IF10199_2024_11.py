from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "AJ2-IF10199-2024-11", "fresh16", "IF10199", 41
LAYOUTS = ["md", "interleaved"]
PDF_OPTS = ["lig", "quotes"]
CHART = {"unit": "yen per dollar", "ymax": 160, "ticks": [0, 40, 80, 120, 160],
         "series": ["Annual average"],
         "bars": {"2019": (109,), "2020": (107,), "2021": (110,), "2022": (131,), "2023": (141,), "2024": (151,)}}

MD = """
U.S.-Japan Relations

Updated November 21, 2024

## Overview

Two governments in transition now manage the alliance. In Tokyo, Ishiba Shigeru has been prime minister since October 1 but lost his ruling coalition's majority in the House of Representatives within a month. In Washington, President Joe Biden leaves office on January 20, 2025, when Donald Trump, who won the November 5 election, returns to the White House. Ishiba met Biden, together with South Korean President Yoon Suk Yeol, on the sidelines of the Asia-Pacific Economic Cooperation (APEC) meeting in Lima on November 15; with the President-elect he has so far spoken only by telephone. Issues likely to concern the 119th Congress include:

- how a second Trump Administration will treat cost sharing and the command upgrade agreed in July
- whether Japan can sustain its defense buildup with a minority government
- tariffs, and the pending purchase of U.S. Steel by Nippon Steel

## Politics: A Minority Government

A former defense minister and longtime critic of the late Abe Shinzo, who was assassinated in July 2022, Ishiba won the Liberal Democratic Party (LDP) presidency on his fifth try, beating Takaichi Sanae in a September 27 runoff. He dissolved the lower chamber days after taking office. The October 27 election, held amid anger over unreported political funds, cost the LDP and its partner Komeito 78 of the seats they had won in October 2021; they now hold two hundred fifteen, eighteen short of a majority. The coalition's share, roughly 46% of the 465-member chamber against 63% after the 2021 vote, leaves Ishiba reliant on opposition votes. On November 11, the Diet re-elected him prime minister in its first runoff in 30 years.

The largest opposition party, the Constitutional Democratic Party, grew from 98 seats to 148. The Democratic Party for the People (DPP), which quadrupled its strength to 28, has offered case-by-case cooperation in return for raising the ¥1.03 million threshold at which income tax begins. Komeito, whose leader lost his seat, chose Saito Tetsuo to replace him.

The upper chamber is a different story. Its members do not face dissolution, and there the coalition holds 59% of the 248 seats, up from 57% before the July 2022 election. Half of them will be contested in July 2025, the next national election. Having just been elected, the lower chamber need not return to the voters until October 2028, though few expect it to serve its full term.

## The Alliance and Defense

Japan has been a U.S. treaty ally since 1952. U.S. military personnel stationed there, who number about 54,000, form the largest U.S. force in any foreign country, nearly twice the 28,500 in South Korea. At their July 28 "2+2" meeting in Tokyo, the two governments agreed to upgrade U.S. Forces Japan into a joint force headquarters that will work alongside the Joint Operations Command Japan is to stand up in March 2025.

Under a Special Measures Agreement (SMA) announced in December 2021, Japan covers a share of the cost of U.S. forces: ¥1.055 trillion over five years through FY2026. At today's exchange rate, that comes to close to $1.4 billion a year. South Korea concluded a new SMA this month, which raises its payment by 8.3% in 2026; Trump, who in his first term sought $8 billion a year from Tokyo, has said allies should pay more.

Spending on defense and related items is to reach 2% of GDP in FY2027, twice the 1% that Japanese governments long treated as an informal cap, under a ¥43 trillion five-year plan adopted in December 2022. It is already the largest of Japan's postwar buildups. An estimated $2.35 billion covers up to 400 Tomahawk cruise missiles, with deliveries to begin in FY2025, a year earlier than first planned. The Ministry of Defense has requested a record ¥8.5 trillion for FY2025.

## Okinawa and Guam

With 0.6% of Japan's land area, Okinawa hosts about 70% of the facilities reserved for the exclusive use of U.S. forces and more than half of U.S. military personnel in Japan. Governor Tamaki Denny, re-elected in September 2022, opposes the Henoko runway; candidates backed by the LDP won a majority in the prefectural assembly in June. Some nine thousand Marines are to leave the island under the 2012 realignment plan, approximately four thousand of them for Guam. A first group of about 100 logistics personnel is scheduled to arrive at Camp Blaz in December.

## Trade, Investment, and the Economy

In 2023, counting goods and services, Japan was the sixth-largest U.S. trading partner; in 2019 it had been fourth. At about $121 billion, U.S. exports to Japan made it the fifth-largest market for them. Imports from Japan, about $184 billion, also placed fifth. No country's firms have more invested in the United States than Japan's: $783 billion at the end of 2023. Nippon Steel's $14.9 billion offer for U.S. Steel awaits a decision after a national security review, and both Biden and Trump have said they oppose it. Among foreign holders of U.S. Treasury securities, Japan ranks first, with $1.12 trillion in September, and China second. Trump's campaign proposals for a 10% to 20% tariff on all imports, and 60% on goods from China, have unsettled Japanese firms.

Real GDP grew 1.7% in 2023, after 1.0% in 2022; in the July-September quarter it grew at an annualized 0.9%. The yen fell past ¥161 per dollar in July, a 38-year low, before recovering after the Bank of Japan raised its policy rate to 0.25% on July 31 (Figure 1).

**Figure 1. Yen per U.S. Dollar, 2019-2024**

Source: Bank of Japan. Annual averages; 2024 through October.

The most recent supplementary budget, of ¥13.1 trillion (about $88 billion), was enacted in November 2023. Ishiba has promised a larger one for an economic package his cabinet is expected to approve on November 22. Japan's climate pledge is a 46% cut in greenhouse gas emissions by 2030 from 2013 levels; a new 2035 target is due early next year.

## Regional Diplomacy

The September 21 summit in Wilmington, Delaware, which Kishida Fumio attended in his final days in office, was the sixth meeting of Quad leaders; India is to host the seventh. Japan was among fourteen founding members of the Indo-Pacific Economic Framework (IPEF) in May 2022. Of the roughly $12 billion it has pledged to Ukraine since 2022, about $1.2 billion is humanitarian aid and upwards of $5.5 billion is financial support.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Ishiba", "Shigeru", "Ishiba Shigeru has been prime minister since October 1"),
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden leaves office on January 20, 2025"),
        "alliance.treaty_ally_since": F(1952, as_written="Japan has been a U.S. treaty ally since 1952"),
        "alliance.us_troops_in_japan": F(54000, "about", as_written="U.S. military personnel stationed there, who number about 54,000"),
        "alliance.host_nation_support_per_year": F(1400000000, "nearly", per="year", as_written="¥1.055 trillion over five years through FY2026. At today's exchange rate, that comes to close to $1.4 billion a year"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="Under a Special Measures Agreement (SMA) announced in December 2021"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="Okinawa hosts about 70% of the facilities reserved for the exclusive use of U.S. forces", note="exclusive-use basis"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="and more than half of U.S. military personnel in Japan"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="With 0.6% of Japan's land area, Okinawa hosts"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="approximately four thousand of them for Guam", note="in words"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2027", as_written="Spending on defense and related items is to reach 2% of GDP in FY2027"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="twice the 1% that Japanese governments long treated as an informal cap"),
        "defense.tomahawk_purchase": F(2350000000, "about", as_written="An estimated $2.35 billion covers up to 400 Tomahawk cruise missiles"),
        "politics.ruling_coalition": F(["LDP", "Komeito"]),
        "politics.lower_house_coalition_share": F(46, "about", previous=63, as_written="The coalition's share, roughly 46% of the 465-member chamber against 63% after the 2021 vote"),
        "politics.upper_house_coalition_share": F(59, previous=57, as_written="there the coalition holds 59% of the 248 seats, up from 57% before the July 2022 election", note="'there' carries the upper chamber from the sentence before"),
        "politics.next_diet_election_due": F(2025, as_written="Half of them will be contested in July 2025, the next national election"),
        "politics.lower_house_election_due": D("2028-10", as_written="the lower chamber need not return to the voters until October 2028"),
        "trade.overall_partner_rank": F(6, period="2023", as_written="In 2023, counting goods and services, Japan was the sixth-largest U.S. trading partner"),
        "trade.export_partner_rank": F(5, period="2023", as_written="At about $121 billion, U.S. exports to Japan made it the fifth-largest market for them"),
        "trade.us_exports_to_japan": F(121000000000, "about", period="2023", as_written="At about $121 billion, U.S. exports to Japan"),
        "trade.import_partner_rank": F(5, period="2023", as_written="Imports from Japan, about $184 billion, also placed fifth"),
        "trade.us_imports_from_japan": F(184000000000, "about", period="2023", as_written="Imports from Japan, about $184 billion"),
        "trade.fdi_source_rank": F(1, period="2023", as_written="No country's firms have more invested in the United States than Japan's: $783 billion at the end of 2023"),
        "trade.treasury_holder_rank": F(1, period="2024-09", as_written="Among foreign holders of U.S. Treasury securities, Japan ranks first, with $1.12 trillion in September, and China second"),
        "economy.gdp_growth": GDP(y2023=1.7, y2022=1.0),
        "economy.supplementary_budget": F(88000000000, "about", period="2023-11", as_written="The most recent supplementary budget, of ¥13.1 trillion (about $88 billion), was enacted in November 2023"),
        "economy.yen": F("38-year low against the dollar", period="2024-07", as_written="The yen fell past ¥161 per dollar in July, a 38-year low"),
        "economy.emissions_cut_target": F(46, by="2030", baseline="2013", as_written="a 46% cut in greenhouse gas emissions by 2030 from 2013 levels"),
        "diplomacy.quad_leader_meetings": F(6, as_written="was the sixth meeting of Quad leaders"),
        "diplomacy.ipef_other_partners": F(13, period="2022-05", as_written="Japan was among fourteen founding members of the Indo-Pacific Economic Framework (IPEF) in May 2022", note="fourteen members including Japan: 13 others"),
        "diplomacy.ukraine_humanitarian_aid": F(1200000000, "about", as_written="about $1.2 billion is humanitarian aid"),
        "diplomacy.ukraine_financial_support": F(5500000000, "over", as_written="upwards of $5.5 billion is financial support"),
    },
    "elections": {
        "ldp_president_2024": E("LDP president", "2024-09-27", "held", result="Ishiba beat Takaichi Sanae in a runoff"),
        "lower_house_2024": E("Lower House", "2024-10-27", "held", result="coalition 215 seats, about 46%; majority lost"),
        "lower_house_2021": E("Lower House", "2021-10", "held", result="coalition 63%"),
        "upper_house_2022": E("Upper House", "2022-07", "held", result="coalition share rose from 57% to 59%"),
        "upper_house_2025": E("Upper House", "2025-07", "upcoming", note="half the seats; the next national election"),
        "okinawa_governor_2022": E("Okinawa governor", "2022-09", "held", result="Tamaki Denny re-elected"),
    },
    "events": {
        "abe_assassination": EV("Former Prime Minister Abe Shinzo assassinated", "2022-07", "held"),
    },
    "notes": "Traps: 'President Joe Biden leaves office on January 20, 2025, when Donald Trump, who won the November 5 election, returns' (president-elect; the U.S. election is not listed); 'South Korean President Yoon Suk Yeol' and 'in Lima on November 15'; 'the command upgrade agreed in July' (bullet list 'Issues ... include:'); 'the late Abe Shinzo, who was assassinated in July 2022' (former leader; the event at month precision); 'on his fifth try, beating Takaichi Sanae in a September 27 runoff' (the LDP vote, day, year from the text's date); 'He dissolved the lower chamber days after taking office'; 'cost the LDP and its partner Komeito 78 of the seats they had won in October 2021' (a loss, not a count held); 'they now hold two hundred fifteen, eighteen short of a majority' (seats in words, not the share); 'against 63% after the 2021 vote' (previous share); 'the Diet re-elected him prime minister in its first runoff in 30 years' (a Diet vote, not an election listed); 'grew from 98 seats to 148', 'quadrupled its strength to 28' and 'the ¥1.03 million threshold'; 'Komeito, whose leader lost his seat, chose Saito Tetsuo' (not a prime minister); 'Its members do not face dissolution, and there the coalition holds 59%' (the upper chamber carried from the sentence before); 'Half of them will be contested in July 2025' (subject 'them' = the 248 seats; the next election, month); 'need not return to the voters until October 2028' (deadline only, four years away: no lower_house_2028) and 'few expect it to serve its full term' (speculation); 'nearly twice the 28,500 in South Korea' (other country; 'nearly' belongs to the ratio); 'At their July 28 \"2+2\" meeting' and 'Joint Operations Command Japan is to stand up in March 2025'; '¥1.055 trillion over five years through FY2026' (yen total; the fact is the dollar figure 'close to $1.4 billion a year', subject carried by 'that'); 'raises its payment by 8.3% in 2026' (South Korea's SMA) and 'who in his first term sought $8 billion a year from Tokyo' (past demand); 'a ¥43 trillion five-year plan adopted in December 2022'; 'It is already the largest of Japan's postwar buildups'; 'up to 400 Tomahawk cruise missiles' (a count) and 'deliveries to begin in FY2025, a year earlier than first planned'; 'a record ¥8.5 trillion for FY2025' (a request); 'candidates backed by the LDP won a majority in the prefectural assembly in June' (local election, not listed; 'majority' is no Okinawa share); 'Some nine thousand Marines are to leave the island' (the total leaving, in words) and 'under the 2012 realignment plan'; 'A first group of about 100 logistics personnel is scheduled to arrive at Camp Blaz in December' (planned: no marines_in_guam); 'in 2019 it had been fourth' (past rank); '$783 billion at the end of 2023' (FDI stock; no IF10199 fact); 'Nippon Steel's $14.9 billion offer for U.S. Steel'; '$1.12 trillion in September, and China second'; 'a 10% to 20% tariff on all imports, and 60% on goods from China' (campaign proposals: no tariff fact); 'in the July-September quarter it grew at an annualized 0.9%' (a quarter); '¥161 per dollar' and 'raised its policy rate to 0.25% on July 31'; Figure 1 (yen per dollar, annual averages 2019-2024; ticks 0-160, no value labels); '¥13.1 trillion' (the yen figure; the fact is the dollar figure) and 'Ishiba has promised a larger one ... expected to approve on November 22' (planned); 'a new 2035 target is due early next year'; 'Kishida Fumio attended in his final days in office' (former PM) and 'India is to host the seventh' (planned); 'among fourteen founding members' (fourteen with Japan = 13 others, in words); 'Of the roughly $12 billion it has pledged to Ukraine since 2022' (total, not a part); interleaved: the PDF's columns alternate line by line, with ligatures and curly quotes",
}
