from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "FC1-IF10199-2026-08", "fresh25", "IF10199", 48
LAYOUTS = ["md", "layout"]
PDF_OPTS = ["lig", "quotes", "nbsp"]
CHART = {"unit": "% of GDP", "ymax": 2.5, "ticks": [0, 0.5, 1, 1.5, 2, 2.5],
         "series": ["Defense and related spending"],
         "bars": {"FY2022": (1.19,), "FY2023": (1.52,), "FY2024": (1.61,), "FY2025": (2.0,), "FY2026": (1.93,)}}

MD = """
U.S.-Japan Relations

Updated August 18, 2026

## Overview

Japan is the principal U.S. ally in the Indo-Pacific and, measured by direct investment, the most important U.S. economic partner in Asia. Both roles have come under strain since President Donald Trump began his second term and imposed tariffs that, in one legal form or another, have applied to most Japanese goods ever since. Prime Minister Takaichi Sanae, the first woman to lead a Japanese government, has tried to keep relations on an even keel. She hosted Trump in Tokyo last October, a week after taking office, and her government has stood by the investment commitments of the July 2025 trade framework even as the legal footing of the U.S. tariffs shifted twice this year.

## Tariffs, Trade, and Investment

Since the end of July, most imports from Japan have been charged a tariff of 12.5% under Section 301 of the Trade Act of 1974, imposed by the U.S. Trade Representative (USTR) after an investigation launched this spring. It replaced a 10% global surcharge under Section 122 of the same act, which the Administration put in place on February 24, four days after the Supreme Court held that the International Emergency Economic Powers Act (IEEPA) does not authorize tariffs. By statute the surcharge could run no more than 150 days; absent an extension by Congress, it lapsed in late July.

The ruling swept away the 15% IEEPA rate, inclusive of ordinary most-favored-nation (MFN) duties, that Tokyo had secured in the framework announced on July 22, 2025. That rate had replaced a 24% "reciprocal" tariff announced for Japan in April 2025 and the 25% that the President threatened in a July letter. Autos were not at issue in the case: Japanese cars and parts still pay 15% under Section 232, down from 27.5% before last September, and Japanese steel and aluminum 50%.

Table 1. U.S. Tariff on Most Goods from Japan, 2025-2026

| Period | Legal basis | Rate |
| --- | --- | --- |
| Apr.-Aug. 2025 | IEEPA baseline | 10% |
| Aug. 2025-Feb. 2026 | IEEPA framework | 15% |
| Feb.-July 2026 | Section 122 | 10% |
| Since late July 2026 | Section 301 | 12.5% |

Source: CRS, from presidential proclamations, executive orders, and USTR notices.

The talks that produced the framework began soon after the April 2025 tariff announcement; on April 7, 2025, the Administration named Japan as one of the first countries with which it would negotiate. In exchange for the lower rates, Japan pledged to invest $550 billion in U.S. projects selected by the U.S. government, with the money to be committed before January 19, 2029. Tokyo has said it will keep funding projects through its state-backed lenders so long as U.S. tariffs on Japan do not rise above the framework's levels. South Korea, which reached a similar deal, pledged $350 billion.

Japan ranked sixth among U.S. trading partners in 2025, the same place it held in 2024. U.S. exports to and imports from Japan were $131.6 billion and $184.9 billion, respectively, with services making up roughly two-fifths of the exports. Japan was the fifth-biggest customer for U.S. goods and services; as a supplier, it slipped to eighth, overtaken during the year by Taiwan and Vietnam. Japanese companies have been the largest source of foreign direct investment in the United States every year since 2019. Japan also remains the biggest foreign holder of U.S. Treasury securities, with about $1.2 trillion in June, although the United Kingdom, now in second place, has narrowed the gap.

## The Alliance

The alliance dates to 1952, when a security treaty signed in San Francisco the previous September entered into force; the present treaty was concluded in 1960. Roughly fifty-five thousand U.S. military personnel are based in Japan.

Japan pays a large part of the cost of hosting them. The current Special Measures Agreement (SMA), concluded in December 2021 and covering FY2022-FY2026, commits it to ¥1.06 trillion over five years, an average of ¥211 billion, or about $1.4 billion, each year. Negotiators began work this spring on a successor that must be in place by April 2027; Trump, who in his first term sought a fourfold increase, has again said that Japan should pay more.

In December 2022, the government pledged to raise spending on defense and related items to 2% of GDP by FY2027, abandoning the 1% ceiling that had constrained Japanese defense budgets, with few exceptions, since 1976. Takaichi pulled the target forward: counting a supplementary budget passed in December, the government says spending reached that level in FY2025 (Figure 1). U.S. defense officials, who now urge allies to devote 3.5% of GDP to core defense, want more, and Tokyo plans to revise its three strategy documents by the end of this year. Among the counterstrike weapons those documents called for are up to 400 Tomahawk cruise missiles, a sale valued at $2.35 billion when the State Department approved it in November 2023; deliveries are under way.

**Figure 1. Japan's Defense and Related Spending, FY2022-FY2026**

Source: Japan Ministry of Defense; CRS calculations.

## Okinawa and Guam

About half of the U.S. service members in Japan are stationed in Okinawa Prefecture, which holds 70.3% of the land set aside for the exclusive use of U.S. forces yet makes up less than 1% of the country's area. The 2012 realignment plan sends approximately 4,000 Marines from Okinawa to Guam, part of a larger drawdown of about 9,000 from the island. The move began in December 2024 with about 100 logistics personnel; by March of this year, just over 200 Marines had arrived at Camp Blaz. Okinawans will elect a governor in September. The incumbent, Tamaki Denny, won a second term in September 2022 on a platform of opposition to a new Marine air base at Henoko.

## Domestic Politics

Takaichi, a protégé of former Prime Minister Abe Shinzo, who was shot dead while campaigning on July 8, 2022, won the presidency of the Liberal Democratic Party (LDP) in a runoff on October 4, 2025. Her predecessor, Ishiba Shigeru, had resigned after the LDP and its partner Komeito lost their upper-house majority in the July 2025 election. Komeito, the LDP's partner of 26 years, quit the coalition days after Takaichi's victory; she then struck a governing agreement with the Japan Innovation Party (Ishin), and the Diet elected her prime minister on October 21.

Seeking a mandate of her own, Takaichi dissolved the lower house in January. In the February 8 election, the LDP won 316 of the 465 seats, more than two-thirds of the chamber by itself; counting Ishin's seats, the governing camp holds just over three-quarters. The House of Councillors is another matter. There the two parties remain a handful of seats short of a majority, and they depend on opposition votes to pass bills. No national election is scheduled before the summer of 2028, when half of the upper chamber's seats are contested, and the lower house need not face voters again until February 2030. Takaichi's term as party leader, inherited from Ishiba, runs to September 2027.

## Economy

After barely growing in 2024 (0.1%), Japan's economy expanded 1.1% last year, helped by wage gains and corporate investment; output then shrank at an annualized 0.8% in January-March as shipments of cars to the United States fell. In May, the Diet passed a ¥3.1 trillion supplementary budget, close to $20 billion, for energy subsidies and aid to exporters hit by tariffs. It followed a far larger ¥18.3 trillion package enacted last December. Under its climate pledge, Japan is to cut greenhouse gas emissions 46% from FY2013 levels by FY2030, and 60% by FY2035.

## Regional Diplomacy

Relations with China have soured since November, when Takaichi told the Diet that a Chinese attack on Taiwan could amount to a "survival-threatening situation" for Japan; Beijing responded by urging its citizens to avoid travel to Japan and by halting imports of Japanese seafood. The leaders of the Quad (Australia, India, Japan, and the United States) have met six times since 2021, most recently in September 2024; India, due to host the next summit in 2025, has not yet done so. Japan also remains active in the Indo-Pacific Economic Framework (IPEF), whose 14 founding governments, Japan's among them, gathered in Tokyo for its launch in May 2022, though the Trump Administration has shown little interest in it.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Kyla H. Kitamura**, Analyst in International Trade and Finance

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Daniel J. Longo**, Research Librarian
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "Prime Minister Takaichi Sanae", note="family name first"),
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "alliance.treaty_ally_since": F(1952, as_written="The alliance dates to 1952, when a security treaty signed in San Francisco the previous September entered into force", note="1952 as the record's 2025-on versions; 'the previous September' (1951) and 1960 are traps"),
        "alliance.us_troops_in_japan": F(55000, "about", as_written="Roughly fifty-five thousand U.S. military personnel are based in Japan"),
        "alliance.host_nation_support_per_year": F(1400000000, "about", per="year", as_written="an average of ¥211 billion, or about $1.4 billion, each year", note="the dollar figure; the ¥1.06 trillion five-year total and the ¥211 billion average are its yen terms"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="The current Special Measures Agreement (SMA), concluded in December 2021 and covering FY2022-FY2026"),
        "alliance.okinawa_share_of_usfj_facilities": F(70.3, as_written="which holds 70.3% of the land set aside for the exclusive use of U.S. forces", note="exclusive-use basis; exact decimal"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "about", as_written="About half of the U.S. service members in Japan are stationed in Okinawa Prefecture"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="yet makes up less than 1% of the country's area"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="The 2012 realignment plan sends approximately 4,000 Marines from Okinawa to Guam"),
        "alliance.marines_in_guam": F(200, "over", period="2026-03", as_written="by March of this year, just over 200 Marines had arrived at Camp Blaz", note="'just over' is over; year from the text's date"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2027", as_written="the government pledged to raise spending on defense and related items to 2% of GDP by FY2027", note="the deadline written; the FY2025 achievement is a trap"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="abandoning the 1% ceiling that had constrained Japanese defense budgets, with few exceptions, since 1976"),
        "defense.tomahawk_purchase": F(2350000000, as_written="a sale valued at $2.35 billion when the State Department approved it in November 2023", note="no hedge written"),
        "politics.ruling_coalition": F(["LDP", "Ishin"], as_written="she then struck a governing agreement with the Japan Innovation Party (Ishin)", note="Komeito, the former partner, quit"),
        "politics.lower_house_coalition_share": F(75, "over", as_written="counting Ishin's seats, the governing camp holds just over three-quarters", note="fraction in words as its whole percent; 'more than two-thirds' is the LDP's own share, and 316 of 465 a count"),
        "politics.upper_house_coalition_share": F(50, "under", as_written="There the two parties remain a handful of seats short of a majority", note="subject 'The House of Councillors' in the sentence before"),
        "politics.next_diet_election_due": F(2028, as_written="No national election is scheduled before the summer of 2028, when half of the upper chamber's seats are contested"),
        "politics.lower_house_election_due": D("2030-02", as_written="the lower house need not face voters again until February 2030", note="42 months away: deadline only, no election entry"),
        "trade.overall_partner_rank": F(6, period="2025", as_written="Japan ranked sixth among U.S. trading partners in 2025"),
        "trade.export_partner_rank": F(5, period="2025", as_written="Japan was the fifth-biggest customer for U.S. goods and services", note="year carried from the sentences before"),
        "trade.import_partner_rank": F(8, period="2025", as_written="as a supplier, it slipped to eighth", note="subject carried; 'overtaken during the year by Taiwan and Vietnam'"),
        "trade.us_exports_to_japan": F(131600000000, period="2025", as_written="U.S. exports to and imports from Japan were $131.6 billion and $184.9 billion, respectively", note="goods and services"),
        "trade.us_imports_from_japan": F(184900000000, period="2025", as_written="U.S. exports to and imports from Japan were $131.6 billion and $184.9 billion, respectively", note="goods and services"),
        "trade.fdi_source_rank": F(1, as_written="Japanese companies have been the largest source of foreign direct investment in the United States every year since 2019", note="'since 2019' is the span, not a period"),
        "trade.treasury_holder_rank": F(1, period="2026-06", as_written="Japan also remains the biggest foreign holder of U.S. Treasury securities, with about $1.2 trillion in June", note="the United Kingdom 'now in second place' is a trap"),
        "trade.us_tariff_on_most_imports_from_japan": F(12.5, period="2026-07", as_written="Since the end of July, most imports from Japan have been charged a tariff of 12.5% under Section 301 of the Trade Act of 1974", note="also Table 1's last row; the 10%, 15%, 24%, 25% rates are past or threatened"),
        "trade.japan_investment_pledge": F(550000000000, by="2029-01-19", as_written="Japan pledged to invest $550 billion in U.S. projects selected by the U.S. government, with the money to be committed before January 19, 2029"),
        "economy.gdp_growth": dict(GDP(y2025=1.1, y2024=0.1), as_written="After barely growing in 2024 (0.1%), Japan's economy expanded 1.1% last year", note="2025 is 'last year' from the text's date"),
        "economy.supplementary_budget": F(20000000000, "nearly", period="2026-05", as_written="In May, the Diet passed a ¥3.1 trillion supplementary budget, close to $20 billion", note="year from the text's date; the ¥18.3 trillion December package is a trap"),
        "economy.emissions_cut_target": F(46, by="FY2030", baseline="FY2013", as_written="Japan is to cut greenhouse gas emissions 46% from FY2013 levels by FY2030"),
        "diplomacy.quad_leader_meetings": F(6, as_written="The leaders of the Quad (Australia, India, Japan, and the United States) have met six times since 2021"),
        "diplomacy.ipef_other_partners": F(13, period="2022-05", as_written="whose 14 founding governments, Japan's among them, gathered in Tokyo for its launch in May 2022", note="14 founders including Japan = 13 beside Japan"),
    },
    "elections": {
        "okinawa_governor_2022": E("Okinawa governor", "2022-09", "held", result="Tamaki Denny won a second term"),
        "upper_house_2025": E("Upper House", "2025-07", "held", result="LDP and Komeito lost their majority"),
        "ldp_president_2025": E("LDP president", "2025-10-04", "held", result="Takaichi won in a runoff"),
        "lower_house_2026": E("Lower House", "2026-02-08", "held", result="LDP 316 of 465 seats; with Ishin just over three-quarters"),
        "okinawa_governor_2026": E("Okinawa governor", "2026-09", "upcoming"),
        "upper_house_2028": E("Upper House", "2028", "upcoming", note="'the summer of 2028' is year precision"),
    },
    "events": {
        "abe_assassination": EV("Former Prime Minister Abe Shinzo shot dead while campaigning", "2022-07-08", "held"),
        "tariff_talks_announced": EV("Administration names Japan among the first countries it would negotiate with", "2025-04-07", "held"),
        "section122_surcharge_expired": EV("The 10% Section 122 surcharge lapsed after 150 days", "2026-07", "held"),
    },
    "notes": "Traps: 'She hosted Trump in Tokyo last October, a week after taking office'; 'the legal footing of the U.S. tariffs shifted twice this year'; 'after an investigation launched this spring'; 'It replaced a 10% global surcharge under Section 122 of the same act' (past, not the current tariff), 'on February 24, four days after the Supreme Court held' (ruling date, no IF10199 fact), 'could run no more than 150 days'; 'The ruling swept away the 15% IEEPA rate' (voided, past), 'the framework announced on July 22, 2025'; 'a 24% \"reciprocal\" tariff announced for Japan in April 2025' (announced), 'the 25% that the President threatened in a July letter' (threatened); 'Japanese cars and parts still pay 15% under Section 232, down from 27.5% before last September' (autos, not most goods), 'Japanese steel and aluminum 50%'; Table 1's first three rows (IEEPA baseline, 10%; IEEPA framework, 15%; Section 122, 10%: past rates; only the last row, Section 301, 12.5%, is current); 'on April 7, 2025, the Administration named Japan' (event, not a rate); 'South Korea, which reached a similar deal, pledged $350 billion' (another country); 'the same place it held in 2024' (past rank); 'services making up roughly two-fifths of the exports' (a share of exports, not a fact); 'overtaken during the year by Taiwan and Vietnam'; 'every year since 2019'; 'about $1.2 trillion in June' (holdings), 'the United Kingdom, now in second place' (another country's rank); 'the previous September' and 'the present treaty was concluded in 1960'; 'covering FY2022-FY2026', '¥1.06 trillion over five years', 'an average of ¥211 billion'; 'a successor that must be in place by April 2027', 'who in his first term sought a fourfold increase'; 'Takaichi pulled the target forward', 'the government says spending reached that level in FY2025' (achievement, not the goal's deadline); 'who now urge allies to devote 3.5% of GDP to core defense' (U.S. ask, not Japan's goal); 'up to 400 Tomahawk cruise missiles' (a count), 'in November 2023'; Figure 1 (defense and related spending as % of GDP, FY2022-FY2026; ticks 0-2.5, no value labels); 'The move began in December 2024 with about 100 logistics personnel' (past figure beside the current Guam count), 'part of a larger drawdown of about 9,000 from the island' (total leaving Okinawa, not Guam); 'who was shot dead while campaigning on July 8, 2022' (former leader: Abe is no fact but the event); 'Her predecessor, Ishiba Shigeru' (former PM); 'Komeito, the LDP's partner of 26 years, quit the coalition' (former partner); 'the Diet elected her prime minister on October 21'; 'dissolved the lower house in January'; 'the LDP won 316 of the 465 seats, more than two-thirds of the chamber by itself' (LDP alone, not the coalition share); 'when half of the upper chamber's seats are contested'; 'Takaichi's term as party leader, inherited from Ishiba, runs to September 2027' (a term end, not an election); 'output then shrank at an annualized 0.8% in January-March' (a quarter); 'It followed a far larger ¥18.3 trillion package enacted last December' (earlier budget); 'and 60% by FY2035' (later target); 'a \"survival-threatening situation\"'; 'since 2021, most recently in September 2024', 'India, due to host the next summit in 2025' (planned); 'whose 14 founding governments' (14 includes Japan). PDF (layout text): ligatures, curly quotes, NBSP; pdftotext -layout runs the two columns side by side, with Table 1 and Figure 1 in the columns.",
}
