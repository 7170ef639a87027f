from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "U3-IF10199-2024-01", "tune2", "IF10199", 46
LAYOUTS = ["pdf", "interleaved", "html"]
PDF_OPTS = ["lig", "quotes", "nbsp", "hyph"]
SIDEBAR = "Okinawa and the Marines"
CHART = {"unit": "¥ trillions", "ymax": 8, "ticks": [0, 2, 4, 6, 8],
         "series": ["Defense budget"],
         "bars": {"FY2020": (5.31,), "FY2021": (5.34,), "FY2022": (5.40,), "FY2023": (6.82,), "FY2024": (7.95,)}}

MD = """
U.S.-Japan Relations

Updated January 30, 2024

## Overview

Japan began 2024 with a disaster: a magnitude 7.5 earthquake struck the Noto Peninsula on January 1, killing more than 230 people. U.S. forces flew relief supplies to the area within days. Prime Minister Kishida Fumio is scheduled to make a state visit to Washington in April at the invitation of President Joe Biden, the first by a Japanese leader since Abe Shinzo's in 2015. At home, Kishida is weakened by a political funding scandal that has engulfed the LDP's largest factions; his cabinet's approval rating has fallen below 20% in several polls.

## Defense

Under the strategy documents of December 2022, the government committed to spending 2% of GDP on defense and related items by FY2027, double the roughly 1% that long served as an unofficial ceiling. It plans ¥43 trillion in defense outlays from FY2023 through FY2027 (Figure 1); the FY2024 request, approved by the cabinet in December, awaits Diet passage. On January 18, Tokyo signed a deal to buy up to 400 Tomahawk cruise missiles, a sale the State Department had approved at an estimated $2.35 billion. It had once planned to field them from FY2026; deliveries of older models are now to begin in FY2025.

**Figure 1. Japan's Defense Budget, FY2020-FY2024**

Source: Japan Ministry of Defense. Initial budgets; FY2024 as proposed.

## The Alliance

The United States has been Japan's treaty ally since 1951. More than 50,000 U.S. military personnel are stationed in Japan; South Korea hosts about 28,500. Under a five-year arrangement announced in December 2021, Japan pays about $2 billion per year toward their upkeep.

## Okinawa and the Marines

Okinawa, under 1% of Japan's territory, contains roughly a quarter of all U.S. military facilities in Japan and more than half of U.S. personnel. Of the 9,000 Marines slated to leave the prefecture, some 4,000 are to relocate to Guam starting in late 2024. The central government overrode Okinawa's objections in December 2023 and approved a design change for the Henoko landfill.

## Politics

The LDP-Komeito coalition controls 63% of the Lower House, elected in October 2021. In the House of Councillors, where its share before the July 2022 election was 57%, the coalition now holds roughly three-fifths of the seats. Kishida's term as LDP president ends in September 2024, when a party leadership election is to be held. The next national contest is the July 2025 Upper House election; the Lower House must be elected no later than October 2025.

## Trade and Finance

Japan remained a leading U.S. economic partner in 2022. The main trade figures for that year:

- fourth-largest trading partner overall, and fourth-largest market for U.S. exports
- U.S. exports to Japan of $120.1 billion, up from $112.2 billion a year earlier
- U.S. imports from Japan of $180.3 billion, making Japan the fifth-largest source of imports

For the fifth straight year, Japan topped the list of sources of foreign direct investment in the United States. Nippon Steel's December 2023 offer of $14.1 billion for U.S. Steel, which still needs regulatory approval, would add to that stock. Japan also holds more U.S. Treasury securities than any other foreign country; China is the second-largest holder.

## Economy

Real GDP grew 1.0% in 2022 and 2.6% in 2021. In the July-September quarter of 2023, however, output shrank at an annualized 2.9%. A supplementary budget of ¥13.1 trillion (about $88 billion) was enacted in November 2023 to fund part of a ¥17 trillion economic package that includes temporary tax cuts. In November 2023 the yen weakened past ¥151 per dollar, a 33-year low, before recovering somewhat. Japan's pledge under the Paris Agreement is a 46% cut in greenhouse gas emissions by 2030 from 2013 levels.

## Regional Diplomacy

The leaders of the Quad have held five meetings, the latest in Hiroshima in May 2023; India is expected to host the next. Japan was a founding member of the Indo-Pacific Economic Framework (IPEF): at its May 2022 launch, Japan and the United States were joined by 12 other countries. Japan has pledged $5.5 billion in financial support to Ukraine and about $1.3 billion in humanitarian aid, part of a commitment of over $12 billion in all. Tokyo is to host a conference on Ukraine's reconstruction in February.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Caitlin Campbell**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Kishida Fumio"),
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "alliance.treaty_ally_since": F(1951, as_written="The United States has been Japan's treaty ally since 1951"),
        "alliance.us_troops_in_japan": F(50000, "over", as_written="More than 50,000 U.S. military personnel are stationed in Japan"),
        "alliance.host_nation_support_per_year": F(2000000000, "about", per="year", as_written="Japan pays about $2 billion per year toward their upkeep"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="Under a five-year arrangement announced in December 2021"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="contains roughly a quarter of all U.S. military facilities in Japan", note="sidebar"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="and more than half of U.S. personnel", note="sidebar"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="Okinawa, under 1% of Japan's territory", note="sidebar"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="some 4,000 are to relocate to Guam starting in late 2024", note="sidebar"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2027", as_written="committed to spending 2% of GDP on defense and related items by FY2027"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="the roughly 1% that long served as an unofficial ceiling"),
        "defense.tomahawk_purchase": F(2350000000, "about", as_written="a sale the State Department had approved at an estimated $2.35 billion"),
        "politics.ruling_coalition": F(["LDP", "Komeito"]),
        "politics.lower_house_coalition_share": F(63, as_written="The LDP-Komeito coalition controls 63% of the Lower House"),
        "politics.upper_house_coalition_share": F(60, "about", previous=57, as_written="the coalition now holds roughly three-fifths of the seats"),
        "politics.next_diet_election_due": F(2025, as_written="The next national contest is the July 2025 Upper House election"),
        "politics.lower_house_election_due": D("2025-10", as_written="the Lower House must be elected no later than October 2025"),
        "trade.overall_partner_rank": F(4, period="2022", as_written="fourth-largest trading partner overall"),
        "trade.export_partner_rank": F(4, period="2022", as_written="and fourth-largest market for U.S. exports"),
        "trade.import_partner_rank": F(5, period="2022", as_written="making Japan the fifth-largest source of imports"),
        "trade.us_exports_to_japan": F(120100000000, period="2022", as_written="U.S. exports to Japan of $120.1 billion, up from $112.2 billion a year earlier"),
        "trade.us_imports_from_japan": F(180300000000, period="2022", as_written="U.S. imports from Japan of $180.3 billion"),
        "trade.fdi_source_rank": F(1, as_written="For the fifth straight year, Japan topped the list of sources of foreign direct investment in the United States"),
        "trade.treasury_holder_rank": F(1, as_written="Japan also holds more U.S. Treasury securities than any other foreign country"),
        "economy.gdp_growth": GDP(y2022=1.0, y2021=2.6),
        "economy.supplementary_budget": F(88000000000, "about", period="2023-11", as_written="A supplementary budget of ¥13.1 trillion (about $88 billion) was enacted in November 2023"),
        "economy.yen": F("33-year low against the dollar", period="2023-11", as_written="In November 2023 the yen weakened past ¥151 per dollar, a 33-year low"),
        "economy.emissions_cut_target": F(46, by="2030", baseline="2013"),
        "diplomacy.quad_leader_meetings": F(5, as_written="The leaders of the Quad have held five meetings"),
        "diplomacy.ipef_other_partners": F(13, period="2022-05", as_written="Japan and the United States were joined by 12 other countries", note="the United States plus 12 others"),
        "diplomacy.ukraine_financial_support": F(5500000000, as_written="$5.5 billion in financial support to Ukraine"),
        "diplomacy.ukraine_humanitarian_aid": F(1300000000, "about", as_written="about $1.3 billion in humanitarian aid"),
    },
    "elections": {
        "lower_house_2021": E("Lower House", "2021-10", "held", result="coalition controls 63%"),
        "upper_house_2022": E("Upper House", "2022-07", "held", result="coalition share rose from 57% to roughly three-fifths"),
        "ldp_president_2024": E("LDP president", "2024-09", "upcoming"),
        "upper_house_2025": E("Upper House", "2025-07", "upcoming"),
    },
    "notes": "Traps: 'a magnitude 7.5 earthquake ... killing more than 230 people'; 'a state visit to Washington in April' (planned) and 'since Abe Shinzo's in 2015' (former leader; not the address to Congress); 'approval rating has fallen below 20%'; 'the strategy documents of December 2022'; 'It plans ¥43 trillion in defense outlays'; 'up to 400 Tomahawk cruise missiles' (a count) and 'On January 18'; 'It had once planned to field them from FY2026' and 'now to begin in FY2025'; 'South Korea hosts about 28,500' (another country); 'Of the 9,000 Marines slated to leave the prefecture' (total leaving, not Guam); 'in December 2023 and approved a design change'; 'where its share before the July 2022 election was 57%' (previous Upper House share, next to the Lower House's 63%); 'Kishida's term as LDP president ends in September 2024' (an LDP vote, not the next Diet election); 'up from $112.2 billion a year earlier' (2021 exports); 'For the fifth straight year' (not a rank); 'Nippon Steel's December 2023 offer of $14.1 billion'; 'China is the second-largest holder'; 'output shrank at an annualized 2.9%' (a quarter, not a year); 'a ¥17 trillion economic package'; '¥151 per dollar'; Figure 1 (defense budget, FY2020-FY2024, ¥ trillions; axis ticks 0-8, no value labels) and 'the FY2024 request ... awaits Diet passage'; 'India is expected to host the next' (planned); 'part of a commitment of over $12 billion in all' (total) and 'a conference on Ukraine's reconstruction in February'; sidebar 'Okinawa and the Marines' (html aside); PDF ligatures, curly quotes, NBSP, hyphenation; interleaved columns",
}
