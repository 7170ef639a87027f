from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "U4-IF10199-2025-10", "tune2", "IF10199", 49
LAYOUTS = ["md", "layout"]
PDF_OPTS = ["quotes", "nbsp", "hyph"]

MD = """
U.S.-Japan Relations

Updated October 30, 2025

## Key Points

- Sanae Takaichi became Japan's first woman prime minister on October 21, 2025, succeeding Ishiba Shigeru, who resigned after the LDP's losses in two national elections.
- President Donald J. Trump visited Tokyo on October 27-28; the two leaders signed documents on critical minerals and on carrying out the July trade deal.
- A 15% U.S. tariff now applies to most imports from Japan, and Japan has committed to invest $550 billion in the United States by January 19, 2029.

## A New Government

Takaichi's path to office was unusual. After she won the LDP's leadership race on October 4, Komeito, the party's coalition partner since 1999, walked out. The LDP then struck a governing agreement with the Japan Innovation Party (Ishin), which backs the government from outside the cabinet; the ruling coalition is thus now the LDP and Ishin. The two parties hold fewer than half of the Lower House's 465 seats, two short of a majority. They are also in the minority in the House of Councillors. The LDP and Komeito had lost their Lower House majority on October 27, 2024, and their Upper House majority on July 20, 2025.

Takaichi is not required to call an election soon. The Lower House's term runs to October 2028, and the next regular Upper House election will be held in July 2028, although speculation about an early dissolution has grown with her approval rating, which exceeds 65%.

## Security

The alliance dates from 1952, when the original security treaty took effect; it was revised in 1960. Nearly 55,000 U.S. troops are stationed in Japan. Japan spends ¥211 billion a year, about $1.4 billion, toward hosting them, under an agreement reached in December 2021 that covers FY2022-FY2026; talks on its successor are to begin soon.

Takaichi told the Diet on October 24 that Japan would meet its goal of spending 2% of GDP on defense in FY2025, two years ahead of the FY2027 date set in 2022. For decades, spending had stayed near 1% of GDP. Some U.S. officials have urged allies to spend 3.5%, the level NATO members agreed to in June. Japan is buying Tomahawk cruise missiles for roughly $2.35 billion; the first were delivered this year.

Seven-tenths of the area used exclusively by U.S. forces lies in Okinawa, which makes up 0.6% of Japan's land. About half of U.S. personnel in Japan are based in the prefecture. Some 4,000 Marines are to move from Okinawa to Guam; roughly 100 logistics troops went in December 2024, and the rest are to follow over several years.

## Trade and Tariffs

Under the framework announced on July 22, 2025, the 15% tariff, which includes existing duties, replaced the 25% rate Trump had threatened for August 1 and the 24% rate he announced in April. Autos and parts also face 15%, down from 27.5%.

Japan ranked sixth among U.S. trading partners in 2024. It was the sixth-largest market for U.S. exports and the fifth-largest supplier of U.S. imports.

Table 1. U.S. Trade with Japan (goods and services, $ billions)

| | 2023 | 2024 |
| --- | --- | --- |
| U.S. exports to Japan | 128.9 | 129.4 |
| U.S. imports from Japan | 197.4 | 192.1 |

Japan's stock of direct investment in the United States, $784 billion at the end of 2024, is the world's largest. China and the United Kingdom trail Japan as holders of U.S. Treasury securities; Japan is first.

## Economy

Growth slowed to 0.1% in 2024 from 1.5% in 2023, and the IMF projects 1.1% for 2025. The last supplementary budget, ¥13.9 trillion (about $89 billion), was passed in December 2024; Takaichi has ordered a larger stimulus package, which may top ¥17 trillion. Japan aims to cut emissions 46% below 2013 levels by 2030 and 60% by FY2035.

## Diplomacy

Quad leaders have gathered six times, most recently in Wilmington, Delaware, in September 2024. India was to host the 2025 summit, but no date has been set. Takaichi has also spoken with South Korean President Lee Jae-myung, whom she met at the APEC meetings in Gyeongju on October 30.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in Foreign Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "Sanae Takaichi became Japan's first woman prime minister"),
        "leaders.us_president": P("Trump", "Donald", "President Donald J. Trump"),
        "alliance.treaty_ally_since": F(1952, as_written="The alliance dates from 1952, when the original security treaty took effect"),
        "alliance.us_troops_in_japan": F(55000, "nearly", as_written="Nearly 55,000 U.S. troops are stationed in Japan"),
        "alliance.host_nation_support_per_year": F(1400000000, "about", per="year", as_written="Japan spends ¥211 billion a year, about $1.4 billion"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="under an agreement reached in December 2021 that covers FY2022-FY2026"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, as_written="Seven-tenths of the area used exclusively by U.S. forces lies in Okinawa"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "about", as_written="About half of U.S. personnel in Japan are based in the prefecture"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="which makes up 0.6% of Japan's land"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Some 4,000 Marines are to move from Okinawa to Guam"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2025", as_written="Japan would meet its goal of spending 2% of GDP on defense in FY2025, two years ahead of the FY2027 date set in 2022"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="For decades, spending had stayed near 1% of GDP"),
        "defense.tomahawk_purchase": F(2350000000, "about", as_written="Japan is buying Tomahawk cruise missiles for roughly $2.35 billion"),
        "politics.ruling_coalition": F(["LDP", "Ishin"], as_written="the ruling coalition is thus now the LDP and Ishin"),
        "politics.lower_house_coalition_share": F(50, "under", as_written="The two parties hold fewer than half of the Lower House's 465 seats"),
        "politics.upper_house_coalition_share": F(50, "under", as_written="They are also in the minority in the House of Councillors"),
        "politics.next_diet_election_due": F(2028, as_written="The Lower House's term runs to October 2028, and the next regular Upper House election will be held in July 2028"),
        "politics.lower_house_election_due": D("2028-10", as_written="The Lower House's term runs to October 2028"),
        "trade.us_tariff_on_most_imports_from_japan": F(15, as_written="A 15% U.S. tariff now applies to most imports from Japan"),
        "trade.japan_investment_pledge": F(550000000000, by="2029-01-19", as_written="Japan has committed to invest $550 billion in the United States by January 19, 2029"),
        "trade.overall_partner_rank": F(6, period="2024", as_written="Japan ranked sixth among U.S. trading partners in 2024"),
        "trade.export_partner_rank": F(6, period="2024", as_written="It was the sixth-largest market for U.S. exports"),
        "trade.import_partner_rank": F(5, period="2024", as_written="and the fifth-largest supplier of U.S. imports"),
        "trade.us_exports_to_japan": F(129400000000, period="2024", note="Table 1, 2024 column"),
        "trade.us_imports_from_japan": F(192100000000, period="2024", note="Table 1, 2024 column"),
        "trade.fdi_source_rank": F(1, as_written="Japan's stock of direct investment in the United States, $784 billion at the end of 2024, is the world's largest"),
        "trade.treasury_holder_rank": F(1, as_written="China and the United Kingdom trail Japan as holders of U.S. Treasury securities; Japan is first"),
        "economy.gdp_growth": GDP(y2024=0.1, y2023=1.5),
        "economy.supplementary_budget": F(89000000000, "about", period="2024-12", as_written="The last supplementary budget, ¥13.9 trillion (about $89 billion), was passed in December 2024"),
        "economy.emissions_cut_target": F(46, by="2030", baseline="2013"),
        "diplomacy.quad_leader_meetings": F(6, as_written="Quad leaders have gathered six times"),
    },
    "elections": {
        "lower_house_2024": E("Lower House", "2024-10-27", "held", result="LDP and Komeito lost their majority"),
        "upper_house_2025": E("Upper House", "2025-07-20", "held", result="LDP and Komeito lost their majority"),
        "upper_house_2028": E("Upper House", "2028-07", "upcoming"),
        "ldp_president_2025": E("LDP president", "2025-10-04", "held", result="Takaichi won the LDP's leadership race"),
    },
    "notes": "Traps: 'succeeding Ishiba Shigeru' (former leader); 'on October 27-28' (visit, not an election); 'she won the LDP's leadership race on October 4' (listed as held ldp_president_2025; not the day she became prime minister); 'Komeito, the party's coalition partner since 1999, walked out' (no longer in the coalition); 'two short of a majority' and 'the Lower House's 465 seats' (counts); 'The LDP and Komeito had lost their Lower House majority on October 27, 2024, and their Upper House majority on July 20, 2025' (past elections, listed as held); 'speculation about an early dissolution' (no election) and 'her approval rating, which exceeds 65%'; 'it was revised in 1960'; '¥211 billion a year' (yen beside dollars); 'talks on its successor are to begin soon'; 'the FY2027 date set in 2022' (the goal is by FY2025 now) and 'on October 24'; 'Some U.S. officials have urged allies to spend 3.5%, the level NATO members agreed to in June' (others' figure); 'the first were delivered this year'; 'roughly 100 logistics troops went in December 2024' (already moved, not the plan); 'replaced the 25% rate Trump had threatened for August 1 and the 24% rate he announced in April' (threatened and announced rates); 'Autos and parts also face 15%, down from 27.5%' (autos, not most imports); 'the fifth-largest supplier' sits beside 'sixth-largest market' (two ranks); Table 1 2023 column (128.9, 197.4: past year); '$784 billion at the end of 2024' (FDI stock, no catalogue fact); 'China and the United Kingdom trail Japan' (their ranks); 'the IMF projects 1.1% for 2025' (forecast); 'a larger stimulus package, which may top ¥17 trillion' (planned); '60% by FY2035' (later target); 'India was to host the 2025 summit, but no date has been set' (not held); 'South Korean President Lee Jae-myung' (another country's leader) and 'APEC meetings in Gyeongju on October 30'; key points bullet list restates the tariff and pledge; layout: PDF curly quotes, NBSP, hyphenation, two columns side by side",
}
