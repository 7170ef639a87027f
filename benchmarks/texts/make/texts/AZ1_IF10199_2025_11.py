from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "AZ1-IF10199-2025-11", "fresh20", "IF10199", 47
LAYOUTS = ["md", "interleaved"]
PDF_OPTS = ["hyph"]

MD = """
U.S.-Japan Relations

Updated November 6, 2025

## Overview

A week after taking office on October 21, 2025, Sanae Takaichi, Japan's first woman prime minister, hosted President Trump in Tokyo. The two leaders signed a framework on critical minerals and rare earths. Issues for Congress include how the July tariff deal is carried out, whether Japan can sustain a faster military buildup, and how a government lacking a majority in either chamber of the Diet will manage both.

## Tariffs and the July 2025 Deal

Talks were agreed on April 7, 2025, in a telephone call between President Trump and Takaichi's predecessor, Shigeru Ishiba, five days after Japan was assigned a 24% "reciprocal" rate under the International Emergency Economic Powers Act (IEEPA); that rate was suspended on April 9 in favor of a 10% baseline. A July 7 letter threatened 25% from August 1.

The deal President Trump announced on July 22 replaced those rates with one that includes the ordinary most-favored-nation (MFN) duty. Most Japanese goods have paid that rate since August 7; Table 1 sets it beside the terms other partners obtained. Separately, the Section 232 duty on Japanese cars and parts fell from 27.5% to 15% on September 16, while steel and aluminum still pay 50%.

Table 1. U.S. Tariff Terms for Selected Partners, 2025

| Partner | Announced Apr. 2 | In effect, Nov. 2025 | Investment pledge |
| --- | --- | --- | --- |
| European Union | 20% | 15% | $600 billion |
| Japan | 24% | 15% | $550 billion |
| South Korea | 25% | 15% | $350 billion |
| United Kingdom | 10% | 10% | none |
| Vietnam | 46% | 20% | none |

Japan's commitment, shown in the table's last column, is to be invested in U.S. projects the President selects before January 19, 2029, under a memorandum of understanding (MOU) signed on September 4. Projects listed during the Tokyo visit total as much as $400 billion. On November 5, the Supreme Court heard arguments on whether IEEPA authorizes such tariffs; a ruling against the Administration would reach Table 1's third column, not Section 232 duties.

## The Alliance

Since 1952 the two countries have been bound by a mutual security treaty, revised in 1960. Japan hosts 55,000 or so U.S. military personnel, more than any other foreign country. Toward their presence Japan pays under a Special Measures Agreement (SMA) struck in December 2021: ¥1.055 trillion over FY2022-FY2026, or roughly ¥211 billion a year. At recent exchange rates that comes to just under $1.4 billion annually. Talks on a successor, needed before it expires in March 2027, have not begun.

Okinawa, at 0.6% of Japan's land area, contains about 70% of the acreage reserved for U.S. forces' exclusive use, and roughly every second U.S. service member in Japan is based there. Of the 9,000 or so Marines a 2012 realignment plan would move off the island, Guam is to receive around 4,000; a first detachment of roughly 100 logistics personnel has been there since December 2024. Governor Denny Tamaki, an opponent of the Henoko base project, faces reelection in September 2026.

## Defense

In her October 24 policy speech, Takaichi promised to raise defense and related spending to 2% of GDP by the end of FY2025, pulling forward a target the Kishida cabinet had set for FY2027. For most of the postwar era, defense budgets stayed around 1% of GDP; the FY2025 budget and related outlays come to about 1.8%. U.S. officials have urged Asian allies to aim for 3.5%. Japan is acquiring up to 400 Tomahawk cruise missiles, a sale the State Department valued at roughly $2.35 billion.

## Politics

Takaichi, a protégé of former Prime Minister Abe Shinzo, who was shot dead in July 2022, won the Liberal Democratic Party (LDP) presidency in an October 4 runoff against Shinjiro Koizumi. Komeito, the LDP's partner since 1999, left the coalition on October 10. The LDP then concluded a coalition agreement with the Japan Innovation Party (Ishin), which votes with the government but holds no cabinet posts. The LDP and Komeito had fallen to 215 seats in the October 27, 2024, lower-house election and lost their upper-house majority on July 20, 2025. The new partners fare little better (Table 2).

Table 2. Seats Held by the LDP and Ishin

| Chamber | Total seats | LDP and Ishin | Share | Needed for majority |
| --- | --- | --- | --- | --- |
| House of Representatives | 465 | 231 | 49.7% | 233 |
| House of Councillors | 248 | 120 | 48.4% | 125 |

With her approval above 70% in some polls, many in her party want an early lower-house dissolution. Absent one, no national election is required until 2028: the House of Councillors' next regular election falls in July of that year, and the terms of lower-house members expire that October.

## Trade and Investment

In 2024 Japan ranked sixth among U.S. trading partners, two places lower than in 2019. Taken separately, its purchases of U.S. goods and services, $129.1 billion, were exceeded by those of five other countries; its sales to the United States, $192.4 billion, by those of only four. The U.S. goods deficit with Japan, $68.5 billion, was the seventh-largest with any country. Japanese firms' direct investment position in the United States, some $755 billion at the end of 2024, tops every other country's. Japan's holdings of U.S. Treasury securities, about $1.2 trillion in August 2025, remain the largest of any foreign country; those of the United Kingdom are second and China's third.

## Economy

Growth was barely positive in 2024, at 0.1%, after 1.5% the year before; output grew at an annualized 2.2% in April-June 2025. The most recent supplementary budget, ¥13.9 trillion (about $90 billion), was enacted in December 2024; Takaichi's government is drafting a larger stimulus package, reportedly above ¥20 trillion,. The yen, which slid to a 38-year low against the dollar in July 2024, weakened again after her election, passing ¥154. Under the Paris Agreement, Japan has pledged to cut greenhouse gas emissions 46% from FY2013 levels by FY2030, and in February 2025 added a 60% target for FY2035.

## Regional Diplomacy

Quad leaders have met half a dozen times since 2021, most recently in September 2024; a summit India was to host has not been scheduled.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "Sanae Takaichi, Japan's first woman prime minister"),
        "leaders.us_president": P("Trump", "Donald", "President Trump", note="family name only throughout"),
        "trade.us_tariff_on_most_imports_from_japan": F(15, period="2025-08-07", as_written="Table 1, Japan row, 'In effect, Nov. 2025': 15%", note="rate stated only in Table 1's Japan row; 'Most Japanese goods have paid that rate since August 7' gives the period"),
        "trade.japan_investment_pledge": F(550000000000, by="2029-01-19", as_written="Table 1, Japan row, 'Investment pledge': $550 billion; 'Japan's commitment, shown in the table's last column, is to be invested ... before January 19, 2029'", note="amount only in the table; deadline from the prose"),
        "alliance.treaty_ally_since": F(1952, as_written="Since 1952 the two countries have been bound by a mutual security treaty, revised in 1960"),
        "alliance.us_troops_in_japan": F(55000, "about", as_written="Japan hosts 55,000 or so U.S. military personnel"),
        "alliance.host_nation_support_per_year": F(1400000000, "under", per="year", as_written="At recent exchange rates that comes to just under $1.4 billion annually"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="a Special Measures Agreement (SMA) struck in December 2021"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="Okinawa, at 0.6% of Japan's land area"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="contains about 70% of the acreage reserved for U.S. forces' exclusive use", note="exclusive-use basis"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "about", as_written="roughly every second U.S. service member in Japan is based there"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Guam is to receive around 4,000"),
        "alliance.marines_in_guam": F(100, "about", as_written="a first detachment of roughly 100 logistics personnel has been there since December 2024"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2025", as_written="promised to raise defense and related spending to 2% of GDP by the end of FY2025, pulling forward a target the Kishida cabinet had set for FY2027"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="For most of the postwar era, defense budgets stayed around 1% of GDP"),
        "defense.tomahawk_purchase": F(2350000000, "about", as_written="a sale the State Department valued at roughly $2.35 billion"),
        "politics.ruling_coalition": F(["LDP", "Ishin"], as_written="The LDP then concluded a coalition agreement with the Japan Innovation Party (Ishin)"),
        "politics.lower_house_coalition_share": F(49.7, as_written="Table 2: House of Representatives ... 231 ... 49.7%", note="only in Table 2"),
        "politics.upper_house_coalition_share": F(48.4, as_written="Table 2: House of Councillors ... 120 ... 48.4%", note="only in Table 2"),
        "politics.next_diet_election_due": F(2028, as_written="no national election is required until 2028"),
        "politics.lower_house_election_due": D("2028-10", as_written="the terms of lower-house members expire that October", note="year carried from 'July of that year' / 'until 2028'"),
        "trade.overall_partner_rank": F(6, period="2024", as_written="In 2024 Japan ranked sixth among U.S. trading partners"),
        "trade.export_partner_rank": F(6, period="2024", as_written="its purchases of U.S. goods and services, $129.1 billion, were exceeded by those of five other countries"),
        "trade.us_exports_to_japan": F(129100000000, period="2024", as_written="its purchases of U.S. goods and services, $129.1 billion"),
        "trade.import_partner_rank": F(5, period="2024", as_written="its sales to the United States, $192.4 billion, by those of only four", note="verb carried by ellipsis: exceeded by those of only four countries"),
        "trade.us_imports_from_japan": F(192400000000, period="2024", as_written="its sales to the United States, $192.4 billion"),
        "trade.fdi_source_rank": F(1, period="2024", as_written="Japanese firms' direct investment position in the United States, some $755 billion at the end of 2024, tops every other country's"),
        "trade.treasury_holder_rank": F(1, period="2025-08", as_written="Japan's holdings of U.S. Treasury securities, about $1.2 trillion in August 2025, remain the largest of any foreign country"),
        "economy.gdp_growth": GDP(y2024=0.1, y2023=1.5),
        "economy.supplementary_budget": F(90000000000, "about", period="2024-12", as_written="The most recent supplementary budget, ¥13.9 trillion (about $90 billion), was enacted in December 2024"),
        "economy.yen": F("38-year low against the dollar", period="2024-07", as_written="The yen, which slid to a 38-year low against the dollar in July 2024"),
        "economy.emissions_cut_target": F(46, by="2030", baseline="2013", as_written="cut greenhouse gas emissions 46% from FY2013 levels by FY2030"),
        "diplomacy.quad_leader_meetings": F(6, as_written="Quad leaders have met half a dozen times since 2021"),
    },
    "elections": {
        "lower_house_2024": E("Lower House", "2024-10-27", "held", result="LDP and Komeito cut to 215 seats"),
        "upper_house_2025": E("Upper House", "2025-07-20", "held", result="LDP and Komeito lost their upper-house majority"),
        "ldp_president_2025": E("LDP president", "2025-10-04", "held", result="Takaichi beat Shinjiro Koizumi in a runoff", note="year from the text's date"),
        "upper_house_2028": E("Upper House", "2028-07", "upcoming", note="'in July of that year', year carried from 2028"),
        "okinawa_governor_2026": E("Okinawa governor", "2026-09", "upcoming", note="'Governor Denny Tamaki ... faces reelection in September 2026'"),
    },
    "events": {
        "tariff_talks_announced": EV("Trump and Ishiba agree by telephone to open tariff talks", "2025-04-07", "held"),
        "abe_assassination": EV("Former Prime Minister Abe Shinzo shot dead", "2022-07"),
    },
    "notes": "Traps: 'A week after taking office on October 21, 2025' (not an election); 'a framework on critical minerals and rare earths'; 'Takaichi's predecessor, Shigeru Ishiba' (former PM); 'a 24% \"reciprocal\" rate' and 'suspended on April 9 in favor of a 10% baseline'; 'A July 7 letter threatened 25% from August 1'; 'the Section 232 duty on Japanese cars and parts fell from 27.5% to 15% on September 16' (autos, not most imports); 'steel and aluminum still pay 50%'; Table 1 rows of other partners ('European Union | 20% | 15% | $600 billion', 'South Korea | 25% | 15% | $350 billion', 'United Kingdom | 10% | 10%', 'Vietnam | 46% | 20%') and the Japan row's 'Announced Apr. 2' 24%; 'under a memorandum of understanding (MOU) signed on September 4'; 'total as much as $400 billion' (not the pledge); 'On November 5, the Supreme Court heard arguments' (no ruling); 'revised in 1960' (not the treaty year); 'more than any other foreign country' (not a rank fact); '¥1.055 trillion over FY2022-FY2026, or roughly ¥211 billion a year' (yen); 'before it expires in March 2027' (not the agreement date); 'Of the 9,000 or so Marines a 2012 realignment plan would move' (total leaving, not Guam); 'a target the Kishida cabinet had set for FY2027' (superseded deadline); 'the FY2025 budget and related outlays come to about 1.8%'; 'aim for 3.5%'; 'up to 400 Tomahawk cruise missiles' (count); 'the LDP's partner since 1999' and 'left the coalition on October 10' (Komeito not in the coalition); 'had fallen to 215 seats' (count, old coalition); Table 2 'Total seats', 'Needed for majority' (233, 125) and seat counts; 'approval above 70%'; 'an early lower-house dissolution' (speculation, not listed); 'two places lower than in 2019' (past rank 4, unwritten); 'The U.S. goods deficit with Japan, $68.5 billion, was the seventh-largest' (no IF10199 fact); 'some $755 billion' (FDI stock, no IF10199 fact); 'about $1.2 trillion' and 'those of the United Kingdom are second and China's third'; 'an annualized 2.2% in April-June 2025'; 'reportedly above ¥20 trillion' (planned package); '¥13.9 trillion' (yen); 'passing ¥154'; 'a 60% target for FY2035'; 'a summit India was to host has not been scheduled'; interleaved two-column text with hyphenated line ends",
}
