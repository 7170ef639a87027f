from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "H5-IF10199-2026-01", "holdout", "IF10199", 50
LAYOUTS = ["md", "pdf", "layout"]
PDF_OPTS = ["lig", "quotes", "nbsp", "hyph"]
CHART = {"unit": "$ billions", "ymax": 200, "ticks": [0, 50, 100, 150, 200],
         "series": ["U.S. exports to Japan", "U.S. imports from Japan"],
         "bars": {"2020": (104.4, 150.6), "2021": (112.2, 167.8), "2022": (120.1, 180.3), "2023": (121.0, 184.0), "2024": (129.0, 192.0)}}

MD = """
U.S.-Japan Relations

Updated January 27, 2026

## Key Developments

On January 23, 2026, Prime Minister Takaichi Sanae dissolved the Lower House, setting a general election for February 8, 2026. Takaichi, who took office in October 2025, is seeking a mandate for her economic and security agenda while her cabinet's approval ratings remain above 60%. Her Liberal Democratic Party (LDP) governs in coalition with the Japan Innovation Party (Ishin). The coalition is a minority in the Upper House, where the LDP and its former partner, Komeito, lost their majority in July 2025.

U.S.-Japan relations under President Donald Trump's second term have centered on tariffs and investment. A 15% U.S. tariff now applies to most imports from Japan, under the framework agreed in July 2025, and Japan has pledged $550 billion in investment in the United States by January 19, 2029. The Supreme Court heard arguments in November 2025 on whether the International Emergency Economic Powers Act authorizes such tariffs; a ruling is pending.

## Security

Japan and the United States have been allies since 1952. More than 50,000 U.S. military personnel are on active duty in Japan. Tokyo reached its target of spending 2% of GDP on defense and related items in FY2025, two years ahead of its original FY2027 deadline, using a supplementary budget; the traditional ceiling had been 1%. U.S. officials have suggested 3.5% as a new benchmark. Japan is buying up to 400 Tomahawk missiles for an estimated $2.35 billion. Chinese pressure on Japan has intensified since Takaichi's November 7 remarks on a Taiwan contingency.

Japan pays approximately $1.4 billion per year in host-nation support. The current cost-sharing deal, concluded in December 2021, expires in March 2027, and negotiations on its successor began this month.

## Okinawa

About 70% of the facilities and areas for exclusive U.S. use are on Okinawa, which has only about 0.6% of Japan's land area; roughly half of U.S. personnel are there as well. Of the approximately 4,000 Marines slated to move to Guam, roughly 200 had done so by the end of 2025.

## Economy and Trade

Japan's economy expanded just 0.1% in 2024, and GDP contracted at an annualized rate of 2.3% in the July-September quarter of 2025. In December 2025, the Diet enacted an ¥18.3 trillion (about $117 billion) supplementary budget, Takaichi's first. Japan is committed to a 46% reduction in greenhouse gas emissions from 2013 levels by 2030 and 60% by FY2035.

Japan is the sixth-largest trading partner of the United States. In 2024, U.S. exports to Japan were $129 billion and U.S. imports from Japan $192 billion, in goods and services (**Figure 1**). It is the largest source of foreign direct investment in the United States, and it holds more U.S. Treasury securities than any other foreign country.

**Figure 1. U.S. Trade with Japan, 2020-2024**

Source: Bureau of Economic Analysis.

**Mark E. Manyin**, Specialist in Asian Affairs

**Kyla H. Kitamura**, Analyst in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "Prime Minister Takaichi Sanae"),
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump's second term"),
        "alliance.treaty_ally_since": F(1952, as_written="Japan and the United States have been allies since 1952"),
        "alliance.us_troops_in_japan": F(50000, "over", as_written="More than 50,000 U.S. military personnel are on active duty in Japan"),
        "alliance.host_nation_support_per_year": F(1400000000, "about", per="year", as_written="approximately $1.4 billion per year in host-nation support"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="The current cost-sharing deal, concluded in December 2021"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="About 70% of the facilities and areas for exclusive U.S. use are on Okinawa", note="basis: exclusive-use facilities and areas"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "about", as_written="roughly half of U.S. personnel are there as well"),
        "alliance.okinawa_share_of_land_area": F(0.6, "about", as_written="only about 0.6% of Japan's land area"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="the approximately 4,000 Marines slated to move to Guam"),
        "alliance.marines_in_guam": F(200, "about", as_written="roughly 200 had done so by the end of 2025"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2025", as_written="reached its target of spending 2% of GDP on defense and related items in FY2025, two years ahead of its original FY2027 deadline", note="accelerated from FY2027"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="the traditional ceiling had been 1%"),
        "defense.tomahawk_purchase": F(2350000000, "about", as_written="up to 400 Tomahawk missiles for an estimated $2.35 billion"),
        "politics.ruling_coalition": F(["LDP", "Ishin"], note="LDP with the Japan Innovation Party (Ishin); Komeito is a former partner"),
        "politics.upper_house_coalition_share": F(50, "under", as_written="The coalition is a minority in the Upper House"),
        "politics.next_diet_election_due": F(2026, note="Lower House general election, February 8, 2026"),
        "trade.overall_partner_rank": F(6, as_written="the sixth-largest trading partner of the United States"),
        "trade.us_exports_to_japan": F(129000000000, period="2024", note="goods and services"),
        "trade.us_imports_from_japan": F(192000000000, period="2024", note="goods and services"),
        "trade.fdi_source_rank": F(1, as_written="It is the largest source of foreign direct investment in the United States", note="subject in the previous sentence"),
        "trade.treasury_holder_rank": F(1, as_written="it holds more U.S. Treasury securities than any other foreign country"),
        "trade.us_tariff_on_most_imports_from_japan": F(15, as_written="A 15% U.S. tariff now applies to most imports from Japan"),
        "trade.japan_investment_pledge": F(550000000000, by="2029-01-19", as_written="$550 billion in investment in the United States by January 19, 2029"),
        "economy.gdp_growth": GDP(y2024=0.1),
        "economy.supplementary_budget": F(117000000000, "about", period="2025-12", as_written="In December 2025, the Diet enacted an ¥18.3 trillion (about $117 billion) supplementary budget"),
        "economy.emissions_cut_target": F(46, by="2030", baseline="2013"),
    },
    "elections": {
        "lower_house_2026": E("Lower House", "2026-02-08", "upcoming", note="called on the January 23, 2026, dissolution"),
        "upper_house_2025": E("Upper House", "2025-07", "held", result="LDP and Komeito lost their majority"),
    },
    "events": {},
    "notes": "Traps: 'On January 23, 2026, Prime Minister Takaichi Sanae dissolved the Lower House' (dissolution date, not the election; no Lower House share or deadline stated); 'took office in October 2025'; 'approval ratings remain above 60%' (not a seat share); 'its former partner, Komeito' (not in the coalition); 'the framework agreed in July 2025' (no IF10199 fact); 'The Supreme Court heard arguments in November 2025 ... a ruling is pending'; 'the original FY2027 deadline'; 'U.S. officials have suggested 3.5%'; 'up to 400 Tomahawk missiles' (a count); 'Takaichi's November 7 remarks'; 'expires in March 2027' and 'negotiations on its successor began this month'; 'contracted at an annualized rate of 2.3% in the July-September quarter of 2025' (quarterly, not yearly growth); '¥18.3 trillion' (yen beside dollars); '60% by FY2035' (not the 2030 target); 'President Donald Trump's second term'; PDF/layout only: Figure 1 axis ticks (0-200), years 2020-2024 and legend (2020-2023 values are not stated)",
}
