from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "T2-IF10199-2018-06", "tune", "IF10199", 29
LAYOUTS = ["html", "interleaved"]
SIDEBAR = "Okinawa and the Futenma Relocation"
CHART = {"unit": "$ billions", "ymax": 200, "ticks": [0, 50, 100, 150, 200],
         "series": ["Exports to Japan", "Imports from Japan"],
         "bars": {"2013": (107.2, 167.0), "2014": (114.3, 165.7), "2015": (106.5, 162.0), "2016": (108.8, 168.4), "2017": (114.6, 171.5)}}

MD = """
U.S.-Japan Relations

Updated June 12, 2018

## Overview

Japan has been a U.S. treaty ally since 1951. Under the security treaty, about fifty-four thousand U.S. troops are based on Japanese territory, a larger contingent than in any other foreign country and roughly twice the 28,500 stationed in South Korea. Prime Minister Abe Shinzo has cultivated close personal ties with President Donald J. Trump, meeting him more often than any other foreign leader has. The two leaders have coordinated a "maximum pressure" campaign against North Korea, although Tokyo was caught off guard by Trump's decision to meet Kim Jong-un in Singapore on June 12, 2018. Abe, who in April 2015 became the first Japanese prime minister to address a joint meeting of Congress, worries that a deal on long-range missiles could leave Japan exposed to shorter-range ones.

## Trade Frictions

Trade has become the main irritant. Japan is the fourth-largest trading partner of the United States, and in 2017 it was also the fourth-largest market for U.S. exports and the fourth-largest source of U.S. imports. U.S. exports of goods and services to Japan came to $114.6 billion in 2017; imports from Japan were $171.5 billion (**Figure 1**). The Trump Administration highlights the U.S. goods trade deficit with Japan, $68.8 billion in 2017.

**Figure 1. U.S. Trade with Japan, 2013-2017**

Source: Bureau of Economic Analysis; goods and services, balance of payments basis.

Japan was not exempted from the Section 232 tariffs of 25% on steel and 10% on aluminum that took effect in March 2018, and in May the Commerce Department opened an investigation that could lead to tariffs of as much as 25% on imported autos. After the United States withdrew from the Trans-Pacific Partnership (TPP) in January 2017, Japan led the remaining 11 countries to sign a revised pact in March 2018. Japan remains, after the United Kingdom, the second-largest source of foreign direct investment (FDI) in the United States; its holdings of U.S. Treasury securities trail only China's.

## Okinawa and the Futenma Relocation

Okinawa Prefecture makes up under 1 percent of Japan's land area but hosts some 25% of the facilities used by U.S. Forces Japan and more than half of its personnel. Plans call for roughly four thousand Marines to relocate from Okinawa to Guam, though the first units are not expected to move before 2024. Landfill work for the Futenma replacement facility at Henoko has begun over the objections of Governor Takeshi Onaga.

## Alliance Costs and Defense Policy

Japan pays roughly $1.7 billion a year in host-nation support. A five-year cost-sharing accord concluded in December 2015 runs through March 2021. Japan's FY2018 defense budget, a record ¥5.19 trillion, marks a sixth straight increase, yet Tokyo has continued to hold defense outlays at about 1 percent of GDP. The government plans to purchase two Aegis Ashore missile defense batteries.

## Domestic Politics

The Liberal Democratic Party (LDP) and its coalition partner, Komeito, strengthened their position in the Lower House election of October 22, 2017. The coalition holds about 67% of that chamber's 465 seats. Its share in the Upper House is about 60%. The next national election is the Upper House contest due in July 2019; no Lower House election is required until October 2021. Abe is expected to seek a third term as LDP president in September 2018, though cronyism scandals have pushed his approval ratings below 40% at times.

## The Economy

Japan's economy grew 1.7% in 2017, following 1.0% growth in 2016, its longest stretch of expansion in nearly three decades. The Diet passed a ¥2.7 trillion (about $25 billion) supplementary budget in January 2018. Japan has committed to cutting greenhouse gas emissions by 26% by 2030 compared with 2013, even as it builds new coal-fired power plants. The Bank of Japan has kept its short-term policy rate at -0.1%.

**Emma Chanlett-Avery**, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Brock R. Williams**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Abe Shinzo"),
        "leaders.us_president": P("Trump", "Donald", "President Donald J. Trump"),
        "alliance.treaty_ally_since": F(1951, as_written="a U.S. treaty ally since 1951"),
        "alliance.us_troops_in_japan": F(54000, "about", as_written="about fifty-four thousand U.S. troops are based on Japanese territory"),
        "alliance.host_nation_support_per_year": F(1700000000, "about", per="year", as_written="roughly $1.7 billion a year in host-nation support"),
        "alliance.host_nation_support_agreement": D("2015-12", as_written="A five-year cost-sharing accord concluded in December 2015 runs through March 2021"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="some 25% of the facilities used by U.S. Forces Japan"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="more than half of its personnel"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="under 1 percent of Japan's land area"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="roughly four thousand Marines to relocate from Okinawa to Guam"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="hold defense outlays at about 1 percent of GDP"),
        "politics.ruling_coalition": F(["LDP", "Komeito"]),
        "politics.lower_house_coalition_share": F(67, "about", as_written="The coalition holds about 67% of that chamber's 465 seats"),
        "politics.upper_house_coalition_share": F(60, "about", as_written="Its share in the Upper House is about 60%"),
        "politics.next_diet_election_due": F(2019, note="Upper House contest due in July 2019 (upper_house_2019)"),
        "politics.lower_house_election_due": D("2021-10", as_written="no Lower House election is required until October 2021"),
        "trade.overall_partner_rank": F(4, as_written="the fourth-largest trading partner of the United States"),
        "trade.export_partner_rank": F(4, period="2017", as_written="in 2017 it was also the fourth-largest market for U.S. exports"),
        "trade.import_partner_rank": F(4, period="2017", as_written="the fourth-largest source of U.S. imports"),
        "trade.us_exports_to_japan": F(114600000000, period="2017", note="goods and services"),
        "trade.us_imports_from_japan": F(171500000000, period="2017", note="goods and services"),
        "trade.fdi_source_rank": F(2, as_written="after the United Kingdom, the second-largest source of foreign direct investment (FDI)"),
        "trade.treasury_holder_rank": F(2, as_written="its holdings of U.S. Treasury securities trail only China's"),
        "economy.gdp_growth": GDP(y2017=1.7, y2016=1.0),
        "economy.supplementary_budget": F(25000000000, "about", period="2018-01", as_written="a ¥2.7 trillion (about $25 billion) supplementary budget in January 2018"),
        "economy.emissions_cut_target": F(26, by="2030", baseline="2013"),
    },
    "elections": {
        "lower_house_2017": E("Lower House", "2017-10-22", "held", result="LDP-Komeito coalition strengthened its position; about 67% of 465 seats"),
        "upper_house_2019": E("Upper House", "2019-07", "upcoming", note="the next national election, 'the Upper House contest due in July 2019'"),
        "ldp_president_2018": E("LDP president", "2018-09", "upcoming", note="Abe 'is expected to seek a third term as LDP president in September 2018'"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress, the first Japanese prime minister to do so", "2015-04", "held"),
    },
    "notes": "Traps: 'roughly twice the 28,500 stationed in South Korea' (another country's troops); 'a larger contingent than in any other foreign country' (not a trade rank); 'Trump's decision to meet Kim Jong-un in Singapore on June 12, 2018'; 'The Trump Administration highlights the U.S. goods trade deficit with Japan, $68.8 billion in 2017' (not an IF10199 catalogue fact); 'Section 232 tariffs of 25% on steel and 10% on aluminum' (sectoral); 'tariffs of as much as 25% on imported autos' (under investigation, not in effect: trade.us_tariff_on_most_imports_from_japan not stated); 'withdrew from the Trans-Pacific Partnership (TPP) in January 2017'; 'the remaining 11 countries to sign a revised pact in March 2018'; 'the first units are not expected to move before 2024'; 'Governor Takeshi Onaga'; 'runs through March 2021' (expiry, not the agreement date); 'a record ¥5.19 trillion, marks a sixth straight increase'; 'two Aegis Ashore missile defense batteries'; 'that chamber's 465 seats'; 'a third term as LDP president in September 2018' (the LDP vote, listed as ldp_president_2018; not a Diet election); 'approval ratings below 40%'; 'its longest stretch of expansion in nearly three decades'; '¥2.7 trillion' (yen beside dollars); 'its short-term policy rate at -0.1%'; in the HTML the Okinawa section sits in a sidebar box and the table of contents repeats the headings; interleaved only: Figure 1 axis ticks (0-200), years 2013-2017 and legend, and lines of the two columns alternate",
}
