from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "E3-IF10199-2026-01", "tune5", "IF10199", 47
LAYOUTS = ["html", "pdf"]
PDF_OPTS = ["lig", "quotes", "nbsp", "hyph"]
SIDEBAR = "Trade Terms at a Glance"
CHART = {"unit": "% of GDP", "ymax": 2.5, "ticks": [0, 0.5, 1.0, 1.5, 2.0, 2.5],
         "series": ["Defense and related spending"],
         "bars": {"FY2022": (1.1,), "FY2023": (1.3,), "FY2024": (1.6,), "FY2025": (2.0,)}}

MD = """
U.S.-Japan Relations

Updated January 13, 2026

## Key Points

- Takaichi Sanae became prime minister on October 21, 2025, the first woman to hold the post, at the head of a new LDP-Ishin governing arrangement.
- Most Japanese goods now enter the United States at a 15% tariff under a framework agreed in July 2025; Japan has committed $550 billion in U.S. investment.
- Takaichi has pulled forward Japan's defense spending target and is weighing an early Lower House election.

## A New Government in Tokyo

Takaichi, a protégé of former Prime Minister Abe Shinzo, who was shot dead while campaigning in July 2022, won the Liberal Democratic Party (LDP) leadership on October 4, 2025, to replace Ishiba Shigeru. Her path to the premiership was complicated six days later, when Komeito quit the coalition it had formed with the LDP in 1999. The LDP then struck a policy accord with the Japan Innovation Party (Ishin), which backs the government in the Diet but has taken no cabinet posts. The LDP and Ishin now constitute the ruling bloc.

That bloc is short of control in both chambers. When the cabinet formed, the two parties held 231 of the Lower House's 465 seats, two shy of a majority; the LDP had lost its own majority there in the October 2024 election. In the House of Councillors, where the LDP and Komeito together fell into the minority in July 2025, the new partners hold roughly 48 percent of the seats.

Absent a dissolution, no nationwide election is required until July 2028, when half of the upper chamber turns over, and the lower chamber's term runs until October 2028. Several Japanese newspapers reported in January, however, that Takaichi, whose cabinet approval ratings have stayed above 65%, is considering dissolving the Lower House when the ordinary Diet session opens on January 23, which would mean a general election in February.

## Trade Terms at a Glance

- Tariff now applied: since September, a 15% duty (existing tariffs included) on most Japanese goods, the rate fixed in the July 22, 2025, framework.
- Rates avoided: the 24% "reciprocal" rate announced in April 2025 and the 25% Trump threatened in July.
- Autos: 15%, down from 27.5% in mid-2025; steel and aluminum remain at 50%.
- Investment: Japan is to invest $550 billion in projects chosen by the U.S. government before January 19, 2029.
- Pending: the Supreme Court heard the challenge to the IEEPA tariffs on November 5, 2025, and has not yet ruled.

## Economic Ties

By total trade, Japan came in behind five other partners in 2024. As a buyer of U.S. goods and services it occupied the same slot, while as a supplier it ranked fifth.

Table 1. U.S.-Japan Trade in Goods and Services ($ billions)

| Flow | 2023 | 2024 |
| --- | --- | --- |
| U.S. exports to Japan | 125.9 | 128.5 |
| U.S. imports from Japan | 187.6 | 192.2 |

Japanese firms held roughly $784 billion in U.S. direct investment at the end of 2024, the biggest stock of any investing country. Nobody abroad owns more U.S. Treasury debt than Japanese investors, whose holdings top $1.1 trillion; British holders now rank second, Chinese third. South Korea, under its own deal, has pledged $350 billion.

## Alliance and Defense

Japan and the United States have been treaty allies since 1952, when their first security pact took effect. U.S. force levels in Japan stand at approximately 55,000 active-duty personnel. Under a cost-sharing accord reached in December 2021 and running through March 2027, Japan contributes about ¥211 billion a year toward U.S. basing costs, or around $1.4 billion at recent exchange rates; talks on a successor pact are due to start this year.

In her first policy address, on October 24, Takaichi said Japan would reach defense-related spending of 2% of GDP in FY2025, two years ahead of the FY2027 target set in 2022, and the supplementary budget passed in December supplied the funds (Figure 1). Such a level would once have been unthinkable: for decades spending was informally held to about 1% of GDP. U.S. officials now urge allies to spend 3.5% of GDP on core defense, NATO's new benchmark. Japan's $2.35 billion purchase of up to 400 Tomahawk cruise missiles is proceeding, with the first missiles delivered in 2025.

**Figure 1. Japan's Defense-Related Spending, FY2022-FY2025**

Source: Japan Ministry of Defense; CRS estimates. Includes related coast guard and infrastructure outlays.

## Okinawa and Guam

Okinawa covers under 1% of Japan's land, yet seven of every ten acres reserved for U.S. forces' exclusive use lie there, and roughly half of U.S. military personnel in Japan are stationed on the island. Of the approximately 4,000 Marines to be relocated from Okinawa to Guam, an advance party of about 100 logistics specialists arrived in December 2024; the main transfer is to follow over several years.

## Japan's Economy

Real GDP edged up 0.1% in 2024 after 1.5% growth in 2023. Output fell at an annualized 2.3% rate in the July-September 2025 quarter, a drop the government attributed partly to U.S. tariffs. On December 16, the Diet enacted an ¥18.3 trillion (about $117 billion) supplementary budget, the largest since the pandemic, to finance a ¥21.3 trillion package of relief against rising prices. Japan's 2030 target, a 46% cut in greenhouse gases from FY2013 levels, now stands alongside a newer goal of 60% by FY2035.

## Regional Diplomacy

Six leader-level Quad summits have taken place, the latest in Wilmington, Delaware, in September 2024; the India-hosted gathering planned for 2025 did not happen. Relations with China soured after Takaichi told the Diet on November 7 that a Chinese attack on Taiwan could threaten Japan's survival; Beijing has since urged its citizens to avoid travel to Japan. President Donald J. Trump, who visited Tokyo on October 27-28, is expected in Beijing in April.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Kyla H. Kitamura**, Analyst in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Daniel J. Longo**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "Takaichi Sanae became prime minister on October 21, 2025"),
        "leaders.us_president": P("Trump", "Donald", "President Donald J. Trump"),
        "alliance.treaty_ally_since": F(1952, as_written="Japan and the United States have been treaty allies since 1952, when their first security pact took effect"),
        "alliance.us_troops_in_japan": F(55000, "about", as_written="U.S. force levels in Japan stand at approximately 55,000 active-duty personnel"),
        "alliance.host_nation_support_per_year": F(1400000000, "about", per="year", as_written="Japan contributes about ¥211 billion a year toward U.S. basing costs, or around $1.4 billion at recent exchange rates"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="Under a cost-sharing accord reached in December 2021 and running through March 2027"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, as_written="seven of every ten acres reserved for U.S. forces' exclusive use lie there", note="exclusive-use basis"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "about", as_written="roughly half of U.S. military personnel in Japan are stationed on the island"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="Okinawa covers under 1% of Japan's land"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Of the approximately 4,000 Marines to be relocated from Okinawa to Guam"),
        "alliance.marines_in_guam": F(100, "about", as_written="an advance party of about 100 logistics specialists arrived in December 2024"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2025", as_written="Japan would reach defense-related spending of 2% of GDP in FY2025, two years ahead of the FY2027 target set in 2022", note="brought forward from FY2027"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="for decades spending was informally held to about 1% of GDP"),
        "defense.tomahawk_purchase": F(2350000000, as_written="Japan's $2.35 billion purchase of up to 400 Tomahawk cruise missiles"),
        "politics.ruling_coalition": F(["LDP", "Ishin"], as_written="The LDP and Ishin now constitute the ruling bloc", note="Ishin outside the cabinet; Komeito left"),
        "politics.lower_house_coalition_share": F(50, "under", as_written="the two parties held 231 of the Lower House's 465 seats, two shy of a majority", note="at the cabinet's formation"),
        "politics.upper_house_coalition_share": F(48, "about", as_written="the new partners hold roughly 48 percent of the seats"),
        "politics.next_diet_election_due": F(2028, as_written="no nationwide election is required until July 2028, when half of the upper chamber turns over"),
        "politics.lower_house_election_due": D("2028-10", as_written="the lower chamber's term runs until October 2028"),
        "trade.overall_partner_rank": F(6, period="2024", as_written="By total trade, Japan came in behind five other partners in 2024"),
        "trade.export_partner_rank": F(6, period="2024", as_written="As a buyer of U.S. goods and services it occupied the same slot"),
        "trade.import_partner_rank": F(5, period="2024", as_written="while as a supplier it ranked fifth"),
        "trade.us_exports_to_japan": F(128500000000, period="2024", as_written="Table 1: U.S. exports to Japan | 125.9 | 128.5 ($ billions)", note="table only"),
        "trade.us_imports_from_japan": F(192200000000, period="2024", as_written="Table 1: U.S. imports from Japan | 187.6 | 192.2 ($ billions)", note="table only"),
        "trade.fdi_source_rank": F(1, as_written="the biggest stock of any investing country"),
        "trade.treasury_holder_rank": F(1, as_written="Nobody abroad owns more U.S. Treasury debt than Japanese investors"),
        "trade.us_tariff_on_most_imports_from_japan": F(15, as_written="since September, a 15% duty (existing tariffs included) on most Japanese goods", note="sidebar; also in Key Points"),
        "trade.japan_investment_pledge": F(550000000000, by="2029-01-19", as_written="Japan is to invest $550 billion in projects chosen by the U.S. government before January 19, 2029", note="sidebar"),
        "economy.gdp_growth": GDP(y2024=0.1, y2023=1.5),
        "economy.supplementary_budget": F(117000000000, "about", period="2025-12", as_written="On December 16, the Diet enacted an ¥18.3 trillion (about $117 billion) supplementary budget"),
        "economy.emissions_cut_target": F(46, by="2030", baseline="FY2013", as_written="Japan's 2030 target, a 46% cut in greenhouse gases from FY2013 levels"),
        "diplomacy.quad_leader_meetings": F(6, as_written="Six leader-level Quad summits have taken place"),
    },
    "elections": {
        "lower_house_2024": E("Lower House", "2024-10", "held", result="LDP lost its own majority"),
        "upper_house_2025": E("Upper House", "2025-07", "held", result="LDP and Komeito fell into the minority"),
        "upper_house_2028": E("Upper House", "2028-07", "upcoming", note="half of the chamber"),
        "ldp_president_2025": E("LDP president", "2025-10-04", "held", result="Takaichi won the LDP leadership"),
    },
    "events": {
        "abe_assassination": EV("Former Prime Minister Abe Shinzo shot dead while campaigning", "2022-07"),
    },
    "notes": "Traps: 'on October 21, 2025, the first woman to hold the post' (date of office); 'won the Liberal Democratic Party (LDP) leadership on October 4, 2025, to replace Ishiba Shigeru' (former PM; the LDP vote, listed as held ldp_president_2025); 'former Prime Minister Abe Shinzo'; 'when Komeito quit the coalition it had formed with the LDP in 1999' (former partner); 'the two parties held 231 of the Lower House's 465 seats' (counts, share under 50 only); 'the LDP had lost its own majority there in the October 2024 election'; 'is considering dissolving the Lower House when the ordinary Diet session opens on January 23, which would mean a general election in February' (speculation; no election listed) and 'approval ratings have stayed above 65%'; sidebar 'Trade Terms at a Glance' (html aside) with 'the July 22, 2025, framework', 'the 24% \"reciprocal\" rate announced in April 2025 and the 25% Trump threatened in July' (rates avoided), 'Autos: 15%, down from 27.5%' and 'steel and aluminum remain at 50%' (product tariffs), 'heard the challenge to the IEEPA tariffs on November 5, 2025'; Key Points repeat the 15% and $550 billion; Table 1 2023 column (125.9, 187.6); 'roughly $784 billion in U.S. direct investment' (stock, not a rank); 'whose holdings top $1.1 trillion; British holders now rank second, Chinese third' (other countries' ranks); 'South Korea, under its own deal, has pledged $350 billion' (another country); 'running through March 2027' (expiry) and 'talks on a successor pact are due to start this year'; 'two years ahead of the FY2027 target set in 2022' (original date; goal is by FY2025); 'U.S. officials now urge allies to spend 3.5% of GDP ..., NATO's new benchmark'; 'up to 400 Tomahawk' (count) and 'the first missiles delivered in 2025'; Figure 1 (defense-related spending FY2022-FY2025, % of GDP; axis ticks 0-2.5, no value labels); 'arrived in December 2024' (date of the move); 'Output fell at an annualized 2.3% rate in the July-September 2025 quarter' (quarter); 'a ¥21.3 trillion package' (package, not the budget); 'a newer goal of 60% by FY2035'; 'the latest in Wilmington, Delaware, in September 2024' and 'the India-hosted gathering planned for 2025 did not happen'; 'on November 7'; 'who visited Tokyo on October 27-28, is expected in Beijing in April'; 2025- style; all PDF options (ligatures, curly quotes, NBSP, hyphenation)",
}
