from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "CC1-IF10199-2023-02", "fresh22", "IF10199", 23
LAYOUTS = ["layout", "pdf"]
PDF_OPTS = ["nbsp", "hyph"]
CHART = {"unit": "% of GDP", "ymax": 2.5, "ticks": [0, 0.5, 1, 1.5, 2, 2.5],
         "series": ["Defense and related spending"],
         "bars": {"FY2019": (0.95,), "FY2020": (0.97,), "FY2021": (1.09,), "FY2022": (1.24,), "FY2027": (2.0,)}}

MD = """
U.S.-Japan Relations

Updated February 24, 2023

## Overview

Few U.S. partnerships have moved as quickly in the past year as the one with Tokyo. One month after the cabinet of Prime Minister Kishida Fumio adopted three new security strategy documents, Kishida was received at the White House on January 13 by President Joe Biden, who praised the plans as historic. Two days earlier, the allies' foreign and defense ministers had met in Washington and agreed to station a Marine littoral regiment in Okinawa by 2025. Kishida, whose cabinet has been buffeted by ministerial resignations and by revelations about LDP ties to the Unification Church, will host the Group of Seven summit in Hiroshima in May. On February 14, his government nominated the economist Ueda Kazuo to lead the Bank of Japan.

## The Alliance

The alliance, anchored by a security treaty first signed in 1951 and revised in 1960, gives U.S. forces the use of bases in Japan in exchange for a U.S. commitment to Japan's defense. Japan hosts 54,000-odd U.S. military personnel, the largest such contingent in any foreign country; by comparison, 28,500 are stationed in South Korea. The Special Measures Agreement on cost sharing was concluded in December 2021 and covers Japan's FY2022-FY2026. Roughly $2 billion a year: that is the annual sum Tokyo pays under it toward base workers' wages, utilities, and facilities.

Okinawa, a prefecture that makes up less than one percent of the national territory, is home to about one in four of the facilities that U.S. forces in Japan use, and to well over half of the personnel. An accord reached in 2012 is to move some 9,000 Marines off the island; roughly 4,000 of them are slated to relocate to Guam, where Camp Blaz was formally activated in January. None has moved so far.

## Defense Transformation

The December 2022 documents pledge that spending on defense and related items will reach 2% of GDP by FY2027, roughly twice the 1%-of-GDP benchmark that governments had observed since the 1970s (Figure 1). Outlays over FY2023-FY2027 are planned at ¥43 trillion, about 1.6 times the level of the preceding five-year plan. Japan also intends to acquire "counterstrike" capabilities; press accounts say Tokyo could buy up to 500 U.S. Tomahawk missiles, and the FY2023 budget request sets aside ¥211.3 billion (around $1.6 billion at current exchange rates) for them.

**Figure 1. Japan's Defense and Related Spending, FY2019-FY2027**

Source: Japan Ministry of Defense; FY2027 is the stated goal.

## Domestic Politics

The ruling coalition of the Liberal Democratic Party (LDP) and Komeito controls both chambers of the Diet, as Table 1 shows. Its share of the House of Councillors rose from 57% to 59% in the July 10, 2022, election, two days after former Prime Minister Abe Shinzo was shot and killed while campaigning in Nara. Kishida's term as LDP president runs to September 2024. Neither chamber must face voters before 2025: half of the upper house's seats are next contested in the summer of that year, and the lower house's term expires in October 2025.

Table 1. Ruling Coalition Seats in the Diet

| Chamber | Coalition seats | Share |
| --- | --- | --- |
| House of Representatives | 293 of 465 | 63% |
| House of Councillors | 146 of 248 | 59% |

## Economic and Trade Ties

Measured by goods and services combined, Japan was the United States' number-four trading partner in 2022. It bought $120.1 billion worth of U.S. exports, a total exceeded only by Canada, Mexico, and China, and sold goods and services worth $180.3 billion to the United States, which placed it fifth among suppliers, behind Germany as well. Japanese companies are, collectively, the leading foreign investors in the United States, measured by the stock of foreign direct investment. Japan is likewise the largest foreign owner of U.S. Treasury securities, a position it took back from China in 2019.

Real GDP expanded 1.1% in 2022, according to preliminary figures released February 14, after growing 2.1% in 2021 and shrinking 4.3% in 2020. Output in the October-December quarter rose at an annualized rate of 0.6%. A supplementary budget of ¥28.9 trillion, close to $215 billion, was enacted in December 2022 to cushion households from rising energy prices. In October 2022, the yen sank below ¥150 to the dollar, its weakest level in 32 years, prompting the Ministry of Finance to intervene. Japan's climate pledge is a 46% reduction in greenhouse gas emissions from FY2013 levels by FY2030.

## Regional and Global Diplomacy

The fourth Quad leaders' meeting, hosted in Tokyo in May 2022, remains the most recent; Australia is to host the next one this year. At the same Tokyo visit, the United States and thirteen other economies, Japan among them, launched the Indo-Pacific Economic Framework for Prosperity (IPEF). On Russia's invasion of Ukraine, Japan has joined G7 sanctions, and on February 20 Kishida announced a further $5.5 billion in financial support, which brings its financial pledges to more than $7 billion. Its humanitarian aid to Ukraine and neighboring countries comes to a little more than half a billion dollars.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Caitlin Campbell**, Analyst in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Kishida Fumio"),
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "alliance.treaty_ally_since": F(1951, as_written="anchored by a security treaty first signed in 1951 and revised in 1960"),
        "alliance.us_troops_in_japan": F(54000, "about", as_written="Japan hosts 54,000-odd U.S. military personnel", note="'-odd' read as about"),
        "alliance.host_nation_support_per_year": F(2000000000, "about", per="year", as_written="Roughly $2 billion a year: that is the annual sum Tokyo pays under it"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="The Special Measures Agreement on cost sharing was concluded in December 2021"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="about one in four of the facilities that U.S. forces in Japan use"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="and to well over half of the personnel"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="less than one percent of the national territory"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="roughly 4,000 of them are slated to relocate to Guam"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2027", as_written="will reach 2% of GDP by FY2027"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="roughly twice the 1%-of-GDP benchmark that governments had observed since the 1970s", note="'roughly' hedges the ratio, not the benchmark"),
        "defense.tomahawk_purchase": F(1600000000, "about", as_written="the FY2023 budget request sets aside ¥211.3 billion (around $1.6 billion at current exchange rates) for them", note="FY2023 budget line, as T4"),
        "politics.ruling_coalition": F(["LDP", "Komeito"]),
        "politics.lower_house_coalition_share": F(63, as_written="Table 1: House of Representatives | 293 of 465 | 63%", note="only in Table 1"),
        "politics.upper_house_coalition_share": F(59, previous=57, as_written="Its share of the House of Councillors rose from 57% to 59% in the July 10, 2022, election"),
        "politics.next_diet_election_due": F(2025, as_written="Neither chamber must face voters before 2025: half of the upper house's seats are next contested in the summer of that year"),
        "politics.lower_house_election_due": D("2025-10", as_written="the lower house's term expires in October 2025"),
        "trade.overall_partner_rank": F(4, period="2022", as_written="Japan was the United States' number-four trading partner in 2022"),
        "trade.export_partner_rank": F(4, period="2022", as_written="a total exceeded only by Canada, Mexico, and China"),
        "trade.us_exports_to_japan": F(120100000000, period="2022", as_written="It bought $120.1 billion worth of U.S. exports"),
        "trade.import_partner_rank": F(5, period="2022", as_written="which placed it fifth among suppliers, behind Germany as well"),
        "trade.us_imports_from_japan": F(180300000000, period="2022", as_written="sold goods and services worth $180.3 billion to the United States"),
        "trade.fdi_source_rank": F(1, as_written="Japanese companies are, collectively, the leading foreign investors in the United States, measured by the stock of foreign direct investment"),
        "trade.treasury_holder_rank": F(1, as_written="Japan is likewise the largest foreign owner of U.S. Treasury securities"),
        "economy.gdp_growth": GDP(y2022=1.1, y2021=2.1, y2020=-4.3),
        "economy.supplementary_budget": F(215000000000, "nearly", period="2022-12", as_written="A supplementary budget of ¥28.9 trillion, close to $215 billion, was enacted in December 2022"),
        "economy.yen": F("32-year low against the dollar", period="2022-10", as_written="In October 2022, the yen sank below ¥150 to the dollar, its weakest level in 32 years"),
        "economy.emissions_cut_target": F(46, by="2030", baseline="2013", as_written="a 46% reduction in greenhouse gas emissions from FY2013 levels by FY2030"),
        "diplomacy.quad_leader_meetings": F(4, as_written="The fourth Quad leaders' meeting, hosted in Tokyo in May 2022, remains the most recent", note="count from an ordinal"),
        "diplomacy.ipef_other_partners": F(13, period="2022-05", as_written="the United States and thirteen other economies, Japan among them, launched ... (IPEF)", note="14 launch members; 13 beside Japan"),
        "diplomacy.ukraine_financial_support": F(7000000000, "over", as_written="which brings its financial pledges to more than $7 billion", note="the running total; the $5.5 billion is the latest tranche"),
        "diplomacy.ukraine_humanitarian_aid": F(500000000, "over", as_written="a little more than half a billion dollars"),
    },
    "elections": {
        "upper_house_2022": E("Upper House", "2022-07-10", "held", result="coalition share rose from 57% to 59%"),
        "upper_house_2025": E("Upper House", "2025", "upcoming", note="'in the summer of that year' (2025): year precision"),
    },
    "events": {
        "abe_assassination": EV("Former Prime Minister Abe Shinzo shot and killed while campaigning in Nara", "2022-07-08"),
    },
    "notes": "Traps: 'revised in 1960' (not the treaty year); 'by comparison, 28,500 are stationed in South Korea' (another host); 'covers Japan's FY2022-FY2026' (term, not the agreement date); 'An accord reached in 2012' and 'some 9,000 Marines off the island' (total leaving, not Guam); 'where Camp Blaz was formally activated in January' and 'None has moved so far' (no Marines in Guam); 'roughly twice the 1%-of-GDP benchmark' (hedge on the ratio); 'about 1.6 times the level of the preceding five-year plan' and '¥43 trillion'; 'up to 500 U.S. Tomahawk missiles' (a count) and '¥211.3 billion'; Figure 1 (defense spending in percent of GDP, FY2019-FY2022 and FY2027 goal; ticks 0-2.5, no value labels); 'two days after former Prime Minister Abe Shinzo was shot and killed' (event dated relative to the July 10 election); 'Kishida's term as LDP president runs to September 2024' (term end alone, no election); Table 1 seat counts '293 of 465', '146 of 248' (lower share only in the table); 'behind Germany as well' (a partner named, not a rank); 'a position it took back from China in 2019'; 'Output in the October-December quarter rose at an annualized rate of 0.6%' (a quarter); '¥28.9 trillion'; 'below ¥150 to the dollar'; 'from FY2013 levels by FY2030'; 'Australia is to host the next one this year' (planned); 'a further $5.5 billion in financial support' (the tranche, not the total); 'the Group of Seven summit in Hiroshima in May' (planned); 'station a Marine littoral regiment in Okinawa by 2025'; 'On February 14' (BOJ nomination) and 'preliminary figures released February 14'; 'Updated' in the PDF title block; PDF NBSP and hyphenated line ends (layout text)",
}
