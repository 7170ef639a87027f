from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "QQ1-IF10199-2022-10", "fresh12", "IF10199", 41
LAYOUTS = ["html", "interleaved"]
PDF_OPTS = ["lig", "nbsp"]
SIDEBAR = "Okinawa: Facts and Figures"
CHART = {"unit": "yen per dollar", "ymax": 150, "ticks": [0, 50, 100, 150],
         "series": ["Monthly average"],
         "bars": {"Jan": (114.8,), "Feb": (115.2,), "Mar": (118.5,), "Apr": (126.1,), "May": (128.8,),
                  "Jun": (133.9,), "Jul": (136.7,), "Aug": (135.2,), "Sep": (143.1,)}}

MD = """
U.S.-Japan Relations

Updated October 18, 2022

## Overview

Three months after former Prime Minister Abe Shinzo was shot and killed while campaigning in the city of Nara on July 8, 2022, Japanese politics have yet to settle. Prime Minister Kishida Fumio, in office since October 2021, led his party to a clear win in the Upper House election held two days after the killing. Since then his cabinet's approval ratings have slid, falling below 30% in some polls, amid disclosures of ties between Liberal Democratic Party (LDP) lawmakers and the Unification Church and unease over the cost of the state funeral given Abe on September 27. Vice President Kamala Harris headed the U.S. delegation to the ceremony. For the Administration of President Joe Biden, Kishida's Japan has been a forward-leaning partner: Tokyo joined Western sanctions on Russia within days of the invasion of Ukraine, is rewriting its core security documents, and protested loudly when North Korea fired a ballistic missile over northern Japan on October 4, the first such overflight since 2017.

## Political Landscape

It is a two-party coalition, the LDP and its junior partner Komeito, that governs Japan. With 293 of the 465 seats in the House of Representatives (the Lower House), about 63%, the pair has commanded that chamber since the general election of October 31, 2021. The July 10, 2022, vote for the House of Councillors (the Upper House) strengthened their hand there as well: 146 of its 248 seats, nearly three-fifths, now belong to the coalition, up from about 57% going into the contest.

No nationwide election is scheduled before the summer of 2025, when half of the upper chamber is next chosen; the Lower House's four-year term, for its part, does not lapse until October 2025. Japanese commentators have called the interval Kishida's "golden three years," though a prime minister may dissolve the lower chamber at any time. Kishida's term as LDP president expires in September 2024.

## Alliance and U.S. Forces

Japan and the United States have been treaty allies for more than seven decades, since 1951; the security treaty was revised in 1960. U.S. forces in Japan number around fifty-four thousand, the largest U.S. military presence in any foreign country.

Cost-sharing is set by a Special Measures Agreement (SMA) that negotiators concluded in December 2021 and that covers FY2022 through FY2026. Under it, Tokyo contributes an average of ¥211 billion a year toward the upkeep of U.S. bases, or ¥1.05 trillion over the five years. The yen's slide has shrunk the dollar value of that sum: it comes to roughly $1.4 billion a year at current rates, compared with close to $1.9 billion when the deal was reached.

## Okinawa: Facts and Figures

- Okinawa makes up 0.6% of Japan's land area.
- Some seven-tenths of the acreage set aside for the exclusive use of U.S. forces in Japan lies in the prefecture.
- Just over half of the U.S. military personnel in Japan are stationed there, most of them Marines.
- Of the roughly 9,000 Marines slated to leave Okinawa under a 2012 realignment plan, about 4,000 are to go to Guam, with transfers expected to begin around 2024.
- Governor Tamaki Denny, who opposes building a replacement air station at Henoko, won a second term on September 11, 2022, defeating Sakima Atsushi, whom the LDP and Komeito had backed.

## Defense Spending Debate

For decades Japan held defense outlays to around 1% of GDP, a benchmark first set by the cabinet in 1976. That norm appears to be ending. China's August exercises around Taiwan, when five Chinese missiles landed in Japan's exclusive economic zone, have hardened opinion in Tokyo. The LDP has urged that spending reach 2% of GDP, the NATO yardstick, within five years, and Kishida has promised a "substantial increase," but the government has not adopted a numerical target. Three strategy documents due by year's end are expected to endorse "counterstrike" capabilities. The Ministry of Defense's FY2023 request, submitted in August, seeks ¥5.6 trillion plus dozens of items without a stated price.

## Economic Relations

In total two-way trade in 2021, just three countries outranked Japan as U.S. partners: China, Canada, and Mexico. That year $112.2 billion worth of U.S. goods and services went to Japan, a sum exceeded in four other markets, compared with $104.4 billion in pandemic-hit 2020. Imports from Japan were larger, at $167.8 billion, fifth-highest among U.S. suppliers, leaving a U.S. deficit of $55.6 billion.

Japanese companies' direct investment in the United States, valued at over $700 billion, exceeds that from any other nation. Among foreign holders of U.S. Treasury securities, none owns more than Japan, whose holdings of roughly $1.2 trillion in August topped China's by about $230 billion. Since April 2022, a tariff-rate quota has replaced the Section 232 tariffs on most Japanese steel.

## Japan's Economy

After shrinking by 4.5% in 2020, real GDP recovered by 2.2% in 2021. Output in the April-June 2022 quarter rose at an annualized 3.5%. In May 2022 the Diet passed a ¥2.7 trillion supplementary budget, about $21 billion, to cushion rising fuel and food prices; a second and larger package is being drafted and is expected to be submitted later this fall.

The yen has lost more than a fifth of its value against the dollar this year (Figure 1). On October 17 it weakened past ¥149 per dollar, a 32-year low, despite the Ministry of Finance's September 22 intervention, Tokyo's first purchase of yen since 1998.

**Figure 1. Yen per U.S. Dollar, January-September 2022**

Source: Bank of Japan; monthly averages of daily rates.

Kishida has kept his predecessor's pledge to cut greenhouse gas emissions 46% by 2030, measured against 2013 levels, and to reach net zero by 2050.

## Regional and Global Diplomacy

Tokyo froze the Russian central bank's assets, expelled eight Russian diplomats, and has committed $300 million in humanitarian and development aid to Ukraine and twice that, $600 million, in financial support. The Quad's leaders (Australia, India, Japan, and the United States) have convened four times since March 2021, two of those meetings virtual; the latest was held in Tokyo on May 24, 2022. The day before, Tokyo had hosted the launch of the Indo-Pacific Economic Framework (IPEF), which thirteen other countries joined alongside Japan. Relations with South Korea have thawed somewhat since President Yoon Suk-yeol took office in May, though disputes over wartime labor remain unresolved.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Caitlin Campbell**, Analyst in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Kishida Fumio, in office since October 2021"),
        "leaders.us_president": P("Biden", "Joe", "the Administration of President Joe Biden"),
        "alliance.treaty_ally_since": F(1951, as_written="Japan and the United States have been treaty allies for more than seven decades, since 1951"),
        "alliance.us_troops_in_japan": F(54000, "about", as_written="U.S. forces in Japan number around fifty-four thousand"),
        "alliance.host_nation_support_per_year": F(1400000000, "about", per="year", as_written="it comes to roughly $1.4 billion a year at current rates, compared with close to $1.9 billion when the deal was reached", note="current dollar value of the ¥211 billion a year; $1.9 billion is the value in December 2021"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="a Special Measures Agreement (SMA) that negotiators concluded in December 2021 and that covers FY2022 through FY2026"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="Some seven-tenths of the acreage set aside for the exclusive use of U.S. forces in Japan lies in the prefecture", note="sidebar; exclusive-use basis; a fraction in words = its whole percent"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="Just over half of the U.S. military personnel in Japan are stationed there", note="sidebar"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="Okinawa makes up 0.6% of Japan's land area", note="sidebar"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="about 4,000 are to go to Guam", note="sidebar; 9,000 is the total leaving Okinawa"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="For decades Japan held defense outlays to around 1% of GDP, a benchmark first set by the cabinet in 1976"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="a two-party coalition, the LDP and its junior partner Komeito, that governs Japan"),
        "politics.lower_house_coalition_share": F(63, "about", as_written="With 293 of the 465 seats in the House of Representatives (the Lower House), about 63%"),
        "politics.upper_house_coalition_share": F(60, "nearly", previous=57, as_written="146 of its 248 seats, nearly three-fifths, now belong to the coalition, up from about 57% going into the contest"),
        "politics.next_diet_election_due": F(2025, as_written="No nationwide election is scheduled before the summer of 2025"),
        "politics.lower_house_election_due": D("2025-10", as_written="the Lower House's four-year term, for its part, does not lapse until October 2025"),
        "trade.overall_partner_rank": F(4, period="2021", as_written="In total two-way trade in 2021, just three countries outranked Japan as U.S. partners"),
        "trade.export_partner_rank": F(5, period="2021", as_written="a sum exceeded in four other markets"),
        "trade.us_exports_to_japan": F(112200000000, period="2021", as_written="That year $112.2 billion worth of U.S. goods and services went to Japan"),
        "trade.import_partner_rank": F(5, period="2021", as_written="fifth-highest among U.S. suppliers"),
        "trade.us_imports_from_japan": F(167800000000, period="2021", as_written="Imports from Japan were larger, at $167.8 billion"),
        "trade.fdi_source_rank": F(1, as_written="Japanese companies' direct investment in the United States, valued at over $700 billion, exceeds that from any other nation"),
        "trade.treasury_holder_rank": F(1, as_written="Among foreign holders of U.S. Treasury securities, none owns more than Japan"),
        "economy.gdp_growth": GDP(y2021=2.2, y2020=-4.5),
        "economy.supplementary_budget": F(21000000000, "about", period="2022-05", as_written="In May 2022 the Diet passed a ¥2.7 trillion supplementary budget, about $21 billion"),
        "economy.yen": F("32-year low against the dollar", period="2022-10", as_written="On October 17 it weakened past ¥149 per dollar, a 32-year low"),
        "economy.emissions_cut_target": F(46, by="2030", baseline="2013", as_written="cut greenhouse gas emissions 46% by 2030, measured against 2013 levels"),
        "diplomacy.quad_leader_meetings": F(4, as_written="The Quad's leaders ... have convened four times since March 2021"),
        "diplomacy.ipef_other_partners": F(13, period="2022-05", as_written="the launch of the Indo-Pacific Economic Framework (IPEF), which thirteen other countries joined alongside Japan"),
        "diplomacy.ukraine_humanitarian_aid": F(300000000, as_written="$300 million in humanitarian and development aid to Ukraine"),
        "diplomacy.ukraine_financial_support": F(600000000, as_written="and twice that, $600 million, in financial support"),
    },
    "elections": {
        "lower_house_2021": E("Lower House", "2021-10-31", "held", result="LDP-Komeito 293 of 465 seats, about 63%"),
        "upper_house_2022": E("Upper House", "2022-07-10", "held", result="coalition 146 of 248 seats, nearly three-fifths, up from about 57%"),
        "okinawa_governor_2022": E("Okinawa governor", "2022-09-11", "held", result="Tamaki Denny re-elected over LDP/Komeito-backed Sakima Atsushi"),
        "upper_house_2025": E("Upper House", "2025", "upcoming", note="'the summer of 2025, when half of the upper chamber is next chosen'; year precision"),
    },
    "events": {
        "abe_assassination": EV("Former Prime Minister Abe Shinzo shot and killed while campaigning in Nara", "2022-07-08"),
    },
    "notes": "Traps: 'former Prime Minister Abe Shinzo' (former PM) and 'the state funeral given Abe on September 27'; 'falling below 30% in some polls' (approval); 'Vice President Kamala Harris headed the U.S. delegation' (not the President); 'on October 4, the first such overflight since 2017'; 'With 293 of the 465 seats' and '146 of its 248 seats' (seat counts beside the shares); 'up from about 57% going into the contest' (previous Upper House share); 'the Lower House's four-year term ... does not lapse until October 2025' (a deadline three years away, not an upcoming election); 'golden three years' and 'a prime minister may dissolve the lower chamber at any time' (speculation); 'Kishida's term as LDP president expires in September 2024' (a term end alone, not an election); 'for more than seven decades' and 'the security treaty was revised in 1960'; 'the largest U.S. military presence in any foreign country' (not a trade rank); 'an average of ¥211 billion a year', 'or ¥1.05 trillion over the five years' and 'compared with close to $1.9 billion when the deal was reached' (the payment's dollar value in December 2021); 'covers FY2022 through FY2026'; sidebar 'Okinawa: Facts and Figures' (html aside) with 'Of the roughly 9,000 Marines slated to leave Okinawa' (total leaving, not Guam), 'under a 2012 realignment plan' and 'expected to begin around 2024' (none moved); 'a benchmark first set by the cabinet in 1976'; 'five Chinese missiles'; 'The LDP has urged that spending reach 2% of GDP, the NATO yardstick, within five years' and 'the government has not adopted a numerical target' (no spending goal stated); 'seeks ¥5.6 trillion' (FY2023 request); 'just three countries outranked Japan' (rank 4, not 3) and 'a sum exceeded in four other markets' (rank 5, not 4); 'compared with $104.4 billion in pandemic-hit 2020' (past exports); 'leaving a U.S. deficit of $55.6 billion'; 'valued at over $700 billion' (FDI stock, no IF10199 fact); 'roughly $1.2 trillion in August topped China's by about $230 billion'; 'Since April 2022, a tariff-rate quota has replaced the Section 232 tariffs' (no tariff on most imports); 'Output in the April-June 2022 quarter rose at an annualized 3.5%' (a quarter, not a year); 'a second and larger package is being drafted' (planned, not enacted); 'lost more than a fifth of its value' and '¥149 per dollar'; 'September 22 intervention, Tokyo's first purchase of yen since 1998'; Figure 1 (yen per dollar, January-September 2022, monthly bars, axis ticks 0-150, no value labels); 'reach net zero by 2050'; 'two of those meetings virtual' (2 is not the meeting count) and 'the latest was held in Tokyo on May 24, 2022'; 'expelled eight Russian diplomats'; 'President Yoon Suk-yeol' (another country's president); PDF ligatures and NBSP; interleaved columns",
}
