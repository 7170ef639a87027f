from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "R3-IF10199-2024-07", "fresh4", "IF10199", 39
LAYOUTS = ["pdf", "layout", "interleaved"]
PDF_OPTS = ["quotes", "nbsp", "hyph"]
CHART = {"unit": "yen per dollar", "ymax": 160, "ticks": [0, 40, 80, 120, 160],
         "series": ["Annual average"],
         "bars": {"2019": (109.0,), "2020": (106.8,), "2021": (109.8,), "2022": (131.5,), "2023": (140.5,), "2024*": (155.9,)}}

MD = """
U.S.-Japan Relations

Updated July 16, 2024

## Overview

Three months after Prime Minister Kishida Fumio's state visit to Washington, the U.S.-Japan alliance is arguably closer than at any time since it began. Allied since 1951, the two countries announced in April the most significant upgrade of their military command arrangements in decades, and Kishida told a joint meeting of Congress on April 11 that Japan stood "with you, shoulder to shoulder." At home, however, Kishida's approval ratings have hovered near 20% for months, and many in his Liberal Democratic Party (LDP) doubt he can win another term as party leader in September.

President Joe Biden, who hosted the visit, faces his own reelection fight. Former President Donald Trump, whom Republicans formally nominated this week, criticized the alliance's cost-sharing during his first term, and Japanese officials have quietly studied how a second Trump Administration might treat Tokyo.

## Alliance and Defense

Nearly 55,000 U.S. military personnel are based in Japan. Their presence is supported by a five-year Special Measures Agreement that the two governments announced in December 2021 and signed the following month. It commits Japan to ¥1.05 trillion over FY2022-FY2026, an average of ¥211 billion a year, or roughly $1.3 billion at current rates.

In December 2022, Kishida's government adopted a goal of spending 2% of GDP on defense and related items by FY2027, double the 1% that had long served as an informal cap. The accompanying ¥43 trillion five-year plan includes counterstrike missiles. The State Department approved the sale of up to 400 Tomahawk cruise missiles in November 2023, a $2.35 billion package; deliveries are to begin in FY2025.

Okinawa bears a heavy share of the U.S. presence. The prefecture, 0.6 percent of Japan's land, hosts about 70 percent of the areas set aside for the exclusive use of U.S. forces and roughly half of the U.S. personnel. The relocation of about 4,000 Marines to Guam is to start by the end of this year. It has slipped repeatedly since the 2006 roadmap first envisioned moving 8,000.

## Politics

The ruling coalition of the LDP and Komeito holds 63% of the Lower House after the October 31, 2021, general election. It commands three in five seats in the upper chamber, where it gained ground in the July 2022 election held two days after the assassination of former Prime Minister Abe Shinzo on July 8, 2022. Three by-elections in April, all lost by the LDP, and the July 7 Tokyo gubernatorial race have been read as tests of the party's standing.

Kishida's term as LDP president ends in September; the party will choose its leader that month. The next Diet election is due in 2025: half of the upper chamber's seats are up in July, and the Lower House's term expires that October unless the chamber is dissolved first.

## Trade and Investment

In 2023 Japan slipped to sixth place among U.S. trading partners. It was also the sixth-biggest buyer of U.S. goods and services, at $126.8 billion. On the import side it ranked one notch higher, fifth, with $188.4 billion in U.S. purchases from Japan. Japanese firms have been the top investors in the United States for five years running; Nippon Steel's $14.9 billion bid for U.S. Steel, opposed by both Biden and Trump, awaits a national-security review. Japan's holdings of U.S. Treasury securities, about $1.1 trillion, are the largest of any foreign country's; China's are second.

## Economy

Real GDP rose 1.9% in 2023, after 1.0% in 2022, but fell at an annualized rate of 1.8% in the first quarter of 2024. The most recent supplementary budget, adopted in November 2023, totaled ¥13.1 trillion (about $88 billion). Interest-rate differentials have weighed on the yen, which in early July weakened past 161 to the dollar, a 38-year low (Figure 1). The Bank of Japan ended negative interest rates in March.

**Figure 1. Yen per U.S. Dollar, 2019-2024**

Source: Bank of Japan. *2024 through June.

Japan's climate pledge remains a 46% cut in greenhouse gas emissions by FY2030 compared with FY2013.

## Diplomacy

The Quad's leaders have gathered five times; India is to host the next summit. IPEF, whose fourteen founding members include Japan and the United States, was launched in May 2022. Of the more than $12 billion Tokyo has committed to Ukraine, financial support accounts for an estimated $5.5 billion and humanitarian aid for about $1.2 billion. In June the two countries signed a ten-year security accord.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Caitlin Campbell**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Kishida Fumio"),
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "alliance.treaty_ally_since": F(1951, as_written="Allied since 1951"),
        "alliance.us_troops_in_japan": F(55000, "nearly", as_written="Nearly 55,000 U.S. military personnel are based in Japan"),
        "alliance.host_nation_support_per_year": F(1300000000, "about", per="year", as_written="an average of ¥211 billion a year, or roughly $1.3 billion at current rates"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="a five-year Special Measures Agreement that the two governments announced in December 2021 and signed the following month", note="dated by its announcement"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="hosts about 70 percent of the areas set aside for the exclusive use of U.S. forces", note="basis: exclusive-use areas"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "about", as_written="and roughly half of the U.S. personnel"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="The prefecture, 0.6 percent of Japan's land"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="The relocation of about 4,000 Marines to Guam is to start by the end of this year"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2027", as_written="a goal of spending 2% of GDP on defense and related items by FY2027"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="double the 1% that had long served as an informal cap"),
        "defense.tomahawk_purchase": F(2350000000, as_written="up to 400 Tomahawk cruise missiles in November 2023, a $2.35 billion package"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="The ruling coalition of the LDP and Komeito"),
        "politics.lower_house_coalition_share": F(63, as_written="holds 63% of the Lower House"),
        "politics.upper_house_coalition_share": F(60, as_written="It commands three in five seats in the upper chamber", note="'three in five' is 60; subject carried from the previous sentence"),
        "politics.next_diet_election_due": F(2025, as_written="The next Diet election is due in 2025"),
        "politics.lower_house_election_due": D("2025-10", as_written="the Lower House's term expires that October", note="year 2025 from the same sentence"),
        "trade.overall_partner_rank": F(6, period="2023", as_written="In 2023 Japan slipped to sixth place among U.S. trading partners"),
        "trade.export_partner_rank": F(6, period="2023", as_written="It was also the sixth-biggest buyer of U.S. goods and services"),
        "trade.us_exports_to_japan": F(126800000000, period="2023", as_written="the sixth-biggest buyer of U.S. goods and services, at $126.8 billion"),
        "trade.import_partner_rank": F(5, period="2023", as_written="On the import side it ranked one notch higher, fifth"),
        "trade.us_imports_from_japan": F(188400000000, period="2023", as_written="with $188.4 billion in U.S. purchases from Japan"),
        "trade.fdi_source_rank": F(1, period="2023", as_written="Japanese firms have been the top investors in the United States for five years running"),
        "trade.treasury_holder_rank": F(1, as_written="are the largest of any foreign country's; China's are second"),
        "economy.gdp_growth": GDP(y2023=1.9, y2022=1.0),
        "economy.supplementary_budget": F(88000000000, "about", period="2023-11", as_written="The most recent supplementary budget, adopted in November 2023, totaled ¥13.1 trillion (about $88 billion)"),
        "economy.emissions_cut_target": F(46, by="2030", baseline="2013", as_written="a 46% cut in greenhouse gas emissions by FY2030 compared with FY2013"),
        "economy.yen": F("38-year low against the dollar", period="2024-07", as_written="in early July weakened past 161 to the dollar, a 38-year low"),
        "diplomacy.quad_leader_meetings": F(5, as_written="The Quad's leaders have gathered five times"),
        "diplomacy.ipef_other_partners": F(13, period="2022-05", as_written="IPEF, whose fourteen founding members include Japan and the United States, was launched in May 2022", note="14 founders including Japan: 13 beside Japan"),
        "diplomacy.ukraine_financial_support": F(5500000000, "about", as_written="financial support accounts for an estimated $5.5 billion"),
        "diplomacy.ukraine_humanitarian_aid": F(1200000000, "about", as_written="humanitarian aid for about $1.2 billion"),
    },
    "elections": {
        "lower_house_2021": E("Lower House", "2021-10-31", "held", result="LDP-Komeito coalition holds 63% of seats"),
        "upper_house_2022": E("Upper House", "2022-07", "held", result="coalition gained ground; three in five seats"),
        "ldp_president_2024": E("LDP president", "2024-09", "upcoming", note="Kishida's term ends in September; party chooses its leader that month"),
        "upper_house_2025": E("Upper House", "2025-07", "upcoming", note="'half of the upper chamber's seats are up in July' (2025)"),
    },
    "events": {
        "abe_assassination": EV("Former Prime Minister Abe Shinzo assassinated", "2022-07-08"),
    },
    "notes": "Traps: 'Three months after'; 'Kishida told a joint meeting of Congress on April 11' (Kishida's address, not Abe's; no event); 'approval ratings have hovered near 20%' (not a share of seats); 'Former President Donald Trump, whom Republicans formally nominated this week' (not the president); 'It commits Japan to ¥1.05 trillion over FY2022-FY2026, an average of ¥211 billion a year' (yen amounts; total, not per year) and 'signed the following month' (not the announcement date); 'In December 2022' (when the goal was adopted); 'The accompanying ¥43 trillion five-year plan'; 'up to 400 Tomahawk' (a count, not money) and 'deliveries are to begin in FY2025'; 'is to start by the end of this year' (no Marines in Guam yet) and 'the 2006 roadmap first envisioned moving 8,000' (past plan); 'two days after the assassination' (upper_house_2022 stated as July 2022 only); 'Three by-elections in April' and 'the July 7 Tokyo gubernatorial race' (no slugs); 'unless the chamber is dissolved first'; 'It was also the sixth-biggest' (subject carried: export rank 6); 'one notch higher, fifth' (import rank 5, not 7); 'for five years running' (duration, not a rank); 'Nippon Steel's $14.9 billion bid for U.S. Steel'; 'about $1.1 trillion' (holdings) and 'China's are second'; 'fell at an annualized rate of 1.8% in the first quarter of 2024' (a quarter); '¥13.1 trillion' (yen beside the dollar amount); 'weakened past 161 to the dollar' (rate, not the fact's text); Figure 1 (PDF/layout/interleaved) ticks 0-160 and years, '*2024 through June'; 'The Bank of Japan ended negative interest rates in March'; 'India is to host the next summit' (planned); 'fourteen founding members include Japan and the United States' (13 beside Japan); 'the more than $12 billion Tokyo has committed to Ukraine' (total, not a catalogue fact); 'a ten-year security accord'",
}
