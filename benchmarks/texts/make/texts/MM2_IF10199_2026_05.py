from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "MM2-IF10199-2026-05", "fresh11", "IF10199", 49
LAYOUTS = ["html", "pdf"]
PDF_OPTS = ["quotes", "nbsp"]
SIDEBAR = "Okinawa in Brief"
CHART = {"unit": "percent", "ymax": 30, "ticks": [0, 10, 20, 30],
         "series": ["Tariff on most goods from Japan"],
         "bars": {"Mar. 2025": (2.5,), "Apr. 2025": (10,), "Aug. 2025": (15,), "Feb. 2026": (10,), "May 2026": (10,)}}

MD = """
U.S.-Japan Relations

Updated May 19, 2026

## Tariffs and the Investment Deal

Since late February, most goods from Japan have entered the United States under a temporary 10% import surcharge imposed under Section 122 of the Trade Act of 1974. The surcharge took the place of the 15% "reciprocal" rate set in the July 2025 framework agreement, which the Supreme Court struck down on February 20, 2026, when it held that the International Emergency Economic Powers Act (IEEPA) does not authorize tariffs. By statute the surcharge may run no longer than 150 days; unless Congress extends it, it will expire in late July 2026. The Administration has opened Section 301 investigations that could yield a replacement duty. Automobiles and parts are covered separately: they pay 15% under Section 232, down from 27.5% before September 2025 (Figure 1).

**Figure 1. U.S. Tariff on Most Goods from Japan, 2025-2026**

Source: CRS, from presidential proclamations and executive orders. Excludes goods under Section 232.

Tokyo has said it will honor its side of the framework regardless of the ruling. Under it, Japan committed to invest $550 billion in U.S. projects selected by the U.S. government before January 19, 2029. In April 2025, the President had announced a 24% rate on Japanese goods, and a 25% rate was threatened in a July 2025 letter to Prime Minister Ishiba Shigeru; neither took effect in that form.

## Trade and Investment Standing

By the Commerce Department's 2025 figures, five countries traded more with the United States than Japan did. Japan was a smaller market for U.S. exports than five others as well, buying roughly $130 billion in U.S. goods and services. As a supplier it did somewhat better, outranking every country but four, with U.S. imports from Japan of about $182 billion. Those sums compare with $112.2 billion and $167.8 billion in 2021, when Japan stood fourth overall.

No country's investors hold a larger stock of direct investment in the United States than Japan's. Its holdings of U.S. Treasury securities likewise exceed those of every other foreign country; the United Kingdom comes next, and China is third.

## Domestic Politics

Prime Minister Takaichi Sanae, who took office in October 2025 as Japan's first woman in the post, called a snap election for the House of Representatives soon after the Diet convened in January. Her Liberal Democratic Party (LDP) won a landslide on February 8, 2026. With its partner Nippon Ishin no Kai (Japan Innovation Party), which backs the government from outside the cabinet, the LDP now controls roughly three-quarters of the chamber's 465 seats; before the vote the two parties together held fewer than half. The partners remain short of a majority in the House of Councillors, and they must win over opposition lawmakers to pass bills there. Komeito, the LDP's partner for a quarter century, left the coalition in October 2025.

Table 1. Japan's Political Calendar

| Date | Event | Status |
| --- | --- | --- |
| July 20, 2025 | House of Councillors election; the then-ruling LDP-Komeito coalition loses its majority | Held |
| October 4, 2025 | LDP presidential election; Takaichi defeats Koizumi Shinjiro in a runoff | Held |
| February 8, 2026 | House of Representatives election (snap) | Held |
| July 2028 | House of Councillors election (half the seats) | Scheduled; the next national election |
| February 2030 | Latest date for the next House of Representatives election | Deadline |

President Donald Trump hosted Takaichi at the White House in March and is expected to travel to Japan later this year.

## The Alliance

The U.S.-Japan security treaty has been in force since 1952. About 55,000 U.S. military personnel serve in Japan, nearly twice the roughly 28,500 in South Korea. Under a Special Measures Agreement reached in December 2021, Japan provides about ¥211 billion a year, roughly $1.4 billion, toward their costs through March 2027; talks on a successor agreement began in April. Some in the Administration have suggested Japan should pay far more.

## Okinawa in Brief

Okinawa accounts for 0.6% of Japan's land area but contains about 70% of the facilities reserved for the exclusive use of U.S. forces, and roughly half of all U.S. personnel in Japan are stationed there. Around 4,000 Marines are to move from Okinawa to Guam; about 200 had arrived by early 2026.

## Defense

Japan's defense-related spending reached 2% of GDP in FY2025, two years earlier than the FY2027 goal set in 2022. For decades, budgets had been held to about 1% of GDP. The Administration has pressed allies to spend 3.5% on core defense. Japan signed in 2024 to buy up to 400 Tomahawk cruise missiles, a purchase valued at roughly $2.35 billion; the first were delivered in 2025.

## Economy and Region

Real GDP grew 1.1% in 2025, after 0.1% in 2024, although output fell at an annualized 0.8% in the October-December quarter. The Diet enacted a ¥18.3 trillion supplementary budget, about $117 billion, in December 2025. Japan's climate pledge remains a 46% cut in greenhouse gas emissions by 2030 from 2013 levels, with 60% by FY2035 as the next step. The leaders of the Quad have met six times, most recently in September 2024; a summit India was to host has not been scheduled.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Caitlin Campbell**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "Prime Minister Takaichi Sanae"),
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "alliance.treaty_ally_since": F(1952, as_written="The U.S.-Japan security treaty has been in force since 1952"),
        "alliance.us_troops_in_japan": F(55000, "about", as_written="About 55,000 U.S. military personnel serve in Japan"),
        "alliance.host_nation_support_per_year": F(1400000000, "about", per="year", as_written="about ¥211 billion a year, roughly $1.4 billion"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="Under a Special Measures Agreement reached in December 2021"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="Okinawa accounts for 0.6% of Japan's land area", note="sidebar"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="about 70% of the facilities reserved for the exclusive use of U.S. forces", note="sidebar; exclusive-use basis"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "about", as_written="roughly half of all U.S. personnel in Japan are stationed there", note="sidebar"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Around 4,000 Marines are to move from Okinawa to Guam", note="sidebar"),
        "alliance.marines_in_guam": F(200, "about", as_written="about 200 had arrived by early 2026", note="sidebar; added by the lead after the final measurement: the writer's table lists 'about 200 arrived', the truth had left it out"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2025", as_written="reached 2% of GDP in FY2025, two years earlier than the FY2027 goal set in 2022"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="For decades, budgets had been held to about 1% of GDP"),
        "defense.tomahawk_purchase": F(2350000000, "about", as_written="a purchase valued at roughly $2.35 billion"),
        "politics.ruling_coalition": F(["LDP", "Ishin"], as_written="With its partner Nippon Ishin no Kai (Japan Innovation Party), which backs the government from outside the cabinet"),
        "politics.lower_house_coalition_share": F(75, "about", as_written="the LDP now controls roughly three-quarters of the chamber's 465 seats", note="previous: 'before the vote the two parties together held fewer than half' (under 50)"),
        "politics.upper_house_coalition_share": F(50, "under", as_written="The partners remain short of a majority in the House of Councillors"),
        "politics.next_diet_election_due": F(2028, as_written="July 2028 | House of Councillors election (half the seats) | Scheduled; the next national election", note="Table 1"),
        "politics.lower_house_election_due": D("2030-02", as_written="February 2030 | Latest date for the next House of Representatives election", note="Table 1"),
        "trade.us_tariff_on_most_imports_from_japan": F(10, as_written="most goods from Japan have entered the United States under a temporary 10% import surcharge imposed under Section 122"),
        "trade.japan_investment_pledge": F(550000000000, by="2029-01-19", as_written="Japan committed to invest $550 billion in U.S. projects ... before January 19, 2029"),
        "trade.overall_partner_rank": F(6, period="2025", as_written="five countries traded more with the United States than Japan did"),
        "trade.export_partner_rank": F(6, period="2025", as_written="Japan was a smaller market for U.S. exports than five others as well"),
        "trade.us_exports_to_japan": F(130000000000, "about", period="2025", as_written="buying roughly $130 billion in U.S. goods and services"),
        "trade.import_partner_rank": F(5, period="2025", as_written="As a supplier it did somewhat better, outranking every country but four", note="subject carried"),
        "trade.us_imports_from_japan": F(182000000000, "about", period="2025", as_written="with U.S. imports from Japan of about $182 billion"),
        "trade.fdi_source_rank": F(1, as_written="No country's investors hold a larger stock of direct investment in the United States than Japan's"),
        "trade.treasury_holder_rank": F(1, as_written="Its holdings of U.S. Treasury securities likewise exceed those of every other foreign country", note="subject carried"),
        "economy.gdp_growth": GDP(y2025=1.1, y2024=0.1),
        "economy.supplementary_budget": F(117000000000, "about", period="2025-12", as_written="a ¥18.3 trillion supplementary budget, about $117 billion, in December 2025"),
        "economy.emissions_cut_target": F(46, by="2030", baseline="2013", as_written="a 46% cut in greenhouse gas emissions by 2030 from 2013 levels"),
        "diplomacy.quad_leader_meetings": F(6, as_written="The leaders of the Quad have met six times"),
    },
    "elections": {
        "upper_house_2025": E("Upper House", "2025-07-20", "held", result="LDP-Komeito coalition loses its majority"),
        "ldp_president_2025": E("LDP president", "2025-10-04", "held", result="Takaichi defeats Koizumi Shinjiro in a runoff"),
        "lower_house_2026": E("Lower House", "2026-02-08", "held", result="LDP landslide; with Ishin roughly three-quarters of 465 seats"),
        "upper_house_2028": E("Upper House", "2028-07", "upcoming"),
    },
    "events": {
        "section122_surcharge_expired": EV("Section 122 surcharge lapses", "2026-07", "upcoming"),
    },
    "notes": "Traps: 'the 15% \"reciprocal\" rate set in the July 2025 framework agreement, which the Supreme Court struck down on February 20, 2026' (voided past rate); 'may run no longer than 150 days'; 'could yield a replacement duty' (possible); 'they pay 15% under Section 232, down from 27.5% before September 2025' (autos, not most imports); 'a 24% rate on Japanese goods' and 'a 25% rate was threatened in a July 2025 letter to Prime Minister Ishiba Shigeru' (announced/threatened rates; former PM); Figure 1 (tariff on most goods, Mar. 2025-May 2026, percent; axis ticks, no value labels); 'Those sums compare with $112.2 billion and $167.8 billion in 2021, when Japan stood fourth overall' (dated values and rank); 'the United Kingdom comes next, and China is third' (other countries' ranks); 'before the vote the two parties together held fewer than half' (previous Lower House share); 'Komeito, the LDP's partner for a quarter century, left the coalition in October 2025' (former partner); Table 1 rows 'July 20, 2025 ... loses its majority' and 'October 4, 2025 ... runoff' (past); 'hosted Takaichi at the White House in March and is expected to travel to Japan later this year'; 'nearly twice the roughly 28,500 in South Korea' (another country); 'about ¥211 billion a year' (yen beside dollars) and 'through March 2027; talks on a successor agreement began in April' (expiry and talks, not the agreement); 'about 200 had arrived by early 2026' (arrived, not planned total); 'the FY2027 goal set in 2022' (superseded deadline); 'The Administration has pressed allies to spend 3.5%' (U.S. ask); 'up to 400 Tomahawk cruise missiles' (a count) and 'Japan signed in 2024'; 'output fell at an annualized 0.8% in the October-December quarter' (a quarter); 'with 60% by FY2035 as the next step' (later target); 'most recently in September 2024; a summit India was to host has not been scheduled'; HTML sidebar 'Okinawa in Brief'; PDF curly quotes and non-breaking spaces",
}
