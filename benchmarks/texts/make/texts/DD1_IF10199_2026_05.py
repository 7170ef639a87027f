from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "DD1-IF10199-2026-05", "fresh23", "IF10199", 48
LAYOUTS = ["layout", "pdf"]
PDF_OPTS = ["quotes", "hyph"]
CHART = {"unit": "$ trillions", "ymax": 1.5, "ticks": [0, 0.5, 1.0, 1.5],
         "series": ["Japan", "China", "United Kingdom"],
         "bars": {"2021": (1.30, 1.04, 0.63), "2022": (1.08, 0.87, 0.65), "2023": (1.14, 0.82, 0.75),
                  "2024": (1.06, 0.76, 0.77), "2025": (1.19, 0.68, 0.87)}}

MD = """
U.S.-Japan Relations

Updated May 12, 2026

## Overview

Japan's government is on firmer ground than at any time since the Abe era. Prime Minister Sanae Takaichi, who won the Liberal Democratic Party (LDP) leadership contest on October 4, 2025, dissolved the House of Representatives in January and led her party to a landslide in the February 8, 2026, election. Her dealings with President Donald J. Trump turn on three questions that also concern Congress: what Japanese goods pay at the U.S. border after the Supreme Court's February ruling, how fast Japan's promised investment in the United States materializes, and how much more Tokyo will spend on defense.

## Politics in Tokyo

The LDP governs with the backing of the Japan Innovation Party (Ishin), which signed a policy accord in October 2025 but has taken no cabinet posts. Komeito, the LDP's partner for roughly a quarter century, walked out before Takaichi took office. The two parties of the new bloc now control 352 of the lower chamber's 465 seats, or 75.7%; before the dissolution they held 231, two short of a majority.

The upper chamber is another matter. In the House of Councillors the governing bloc is outnumbered, having lost ground in the July 20, 2025, election, and half of that chamber's seats do not come up again until July 2028, the next date on which voters nationwide must go to the polls. Members of the lower chamber chosen in February can sit until February 2030 unless it is dissolved earlier. Closer at hand is Okinawa's gubernatorial election in September, in which Governor Denny Tamaki, an opponent of the Henoko runway project, is expected to seek a third term.

## Tariffs and the Investment Pledge

For most goods Japan ships to the United States, the duty owed today is the ordinary most-favored-nation (MFN) rate plus 10 percentage points. That surcharge, imposed worldwide under Section 122 of the Trade Act of 1974 on February 24, took the place of the tariffs the Supreme Court struck down four days earlier under the International Emergency Economic Powers Act (IEEPA). The framework the two governments concluded in July 2025 had set a single 15% rate on Japanese goods, MFN duties included. Section 122 permits a surcharge of up to 15% for no more than 150 days; unless Congress extends it, this one runs out in late July.

Negotiations date from April 7, 2025, when Trump and then-Prime Minister Ishiba Shigeru agreed by telephone to open them; five days earlier, Japan had been assigned a 24% "reciprocal" rate, and by July the President was threatening 25%. Cars and parts remain under Section 232 at 15%, well below the 27.5% charged for much of 2025. USTR has opened Section 301 investigations that could restore higher rates.

Japan's side of the bargain, a commitment to finance $550 billion of investment in U.S. projects chosen by the President, is to be fulfilled by the end of his term in January 2029. The first three projects, announced in February, were valued together at roughly $36 billion.

## Trade and Financial Ties

Japan's sixth-place standing among U.S. trading partners, goods and services combined, was unchanged in 2025. U.S. exporters found only five larger markets, while as a source of U.S. imports Japan slipped two places, to seventh (Table 1).

Table 1. U.S.-Japan Trade in Goods and Services, 2025

| Flow | 2025 | Change from 2024 |
| --- | --- | --- |
| U.S. exports to Japan | $130.4 billion | +1.3% |
| U.S. imports from Japan | $185.2 billion | -3.3% |
| U.S. balance | -$54.8 billion | n.a. |

Source: U.S. Bureau of Economic Analysis.

Japanese companies have been the largest foreign direct investors in the United States in every year since 2019. Japan is also the foremost foreign creditor of the U.S. government: its holdings of Treasury securities, some $1.2 trillion in February 2026, exceed those of the United Kingdom, which has moved past China into second place (Figure 1).

**Figure 1. Foreign Holdings of U.S. Treasury Securities, Year-End 2021-2025**

Source: U.S. Department of the Treasury, Treasury International Capital data.

## The Alliance

The two countries have been allies since 1952, when the security treaty signed at San Francisco the previous year took effect; it was revised in 1960. The U.S. military presence in Japan, on the order of 55,000 personnel, is the largest in any foreign country. Under the Special Measures Agreement (SMA) concluded in December 2021, Japan's contribution toward the cost of that presence averages about $1.4 billion per year. The SMA runs through March 2027, and talks on a successor began this spring amid Administration calls for Tokyo to pay more.

Okinawa, 0.6% of Japan's land, hosts roughly 70% of the area set aside for U.S. forces' exclusive use and more than half of the personnel. Under the 2012 realignment plan, around 4,000 of the Marines now on the island are to move to Guam; after an advance group of about 100 arrived in December 2024, the Guam contingent had passed 200 by March.

## Defense

Japan reached 2% of GDP in defense and related spending in FY2025, two years before the FY2027 deadline set in the December 2022 strategy documents. For decades, Tokyo had kept defense outlays within a self-imposed limit of one percent of GDP. The Pentagon has urged Asian allies to move toward 3.5%; Japan agreed in January 2024 to buy as many as 400 Tomahawk cruise missiles, a package the State Department valued at roughly $2.4 billion.

## Economy

Real GDP grew by 1.1% in 2025, after all but stalling (0.1%) in 2024, though output contracted at an annualized 1.2% in the final quarter of 2025. Some $117 billion in added spending, ¥18.3 trillion, was approved by the Diet in December 2025 in a supplementary budget aimed at rising prices. The Bank of Japan lifted its policy rate to 0.75% the same month. Japan's climate pledge is to cut greenhouse gas emissions 46% from FY2013 levels by FY2030, and 60% by FY2035.

## The Region

The Quad has convened at leaders' level on six occasions, four in person and two by video; India's turn to host has not come. Japan was a founding member of the Indo-Pacific Economic Framework (IPEF), launched in May 2022 by the United States, Japan, and a dozen other partners.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "Prime Minister Sanae Takaichi"),
        "leaders.us_president": P("Trump", "Donald", "President Donald J. Trump"),
        "politics.ruling_coalition": F(["LDP", "Ishin"], as_written="The LDP governs with the backing of the Japan Innovation Party (Ishin), which signed a policy accord in October 2025 but has taken no cabinet posts", note="Ishin outside the cabinet; Komeito left"),
        "politics.lower_house_coalition_share": F(75.7, as_written="The two parties of the new bloc now control 352 of the lower chamber's 465 seats, or 75.7%"),
        "politics.upper_house_coalition_share": F(50, "under", as_written="In the House of Councillors the governing bloc is outnumbered"),
        "politics.next_diet_election_due": F(2028, as_written="half of that chamber's seats do not come up again until July 2028, the next date on which voters nationwide must go to the polls"),
        "politics.lower_house_election_due": D("2030-02", as_written="Members of the lower chamber chosen in February can sit until February 2030 unless it is dissolved earlier"),
        "trade.us_tariff_on_most_imports_from_japan": F(10, period="2026-02-24", as_written="For most goods Japan ships to the United States, the duty owed today is the ordinary most-favored-nation (MFN) rate plus 10 percentage points", note="Section 122 surcharge, imposed February 24"),
        "trade.japan_investment_pledge": F(550000000000, by="2029-01", as_written="a commitment to finance $550 billion of investment in U.S. projects chosen by the President, is to be fulfilled by the end of his term in January 2029"),
        "trade.overall_partner_rank": F(6, period="2025", as_written="Japan's sixth-place standing among U.S. trading partners, goods and services combined, was unchanged in 2025"),
        "trade.export_partner_rank": F(6, period="2025", as_written="U.S. exporters found only five larger markets"),
        "trade.import_partner_rank": F(7, period="2025", as_written="as a source of U.S. imports Japan slipped two places, to seventh"),
        "trade.us_exports_to_japan": F(130400000000, period="2025", as_written="U.S. exports to Japan | $130.4 billion", note="Table 1"),
        "trade.us_imports_from_japan": F(185200000000, period="2025", as_written="U.S. imports from Japan | $185.2 billion", note="Table 1"),
        "trade.fdi_source_rank": F(1, as_written="Japanese companies have been the largest foreign direct investors in the United States in every year since 2019"),
        "trade.treasury_holder_rank": F(1, period="2026-02", as_written="Japan is also the foremost foreign creditor of the U.S. government: its holdings of Treasury securities, some $1.2 trillion in February 2026, exceed those of the United Kingdom, which has moved past China into second place"),
        "alliance.treaty_ally_since": F(1952, as_written="The two countries have been allies since 1952, when the security treaty signed at San Francisco the previous year took effect"),
        "alliance.us_troops_in_japan": F(55000, "about", as_written="The U.S. military presence in Japan, on the order of 55,000 personnel"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="Under the Special Measures Agreement (SMA) concluded in December 2021"),
        "alliance.host_nation_support_per_year": F(1400000000, "about", per="year", as_written="Japan's contribution toward the cost of that presence averages about $1.4 billion per year"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="Okinawa, 0.6% of Japan's land"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="hosts roughly 70% of the area set aside for U.S. forces' exclusive use", note="exclusive-use basis"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="and more than half of the personnel"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="around 4,000 of the Marines now on the island are to move to Guam"),
        "alliance.marines_in_guam": F(200, "over", period="2026-03", as_written="the Guam contingent had passed 200 by March"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2027", as_written="Japan reached 2% of GDP in defense and related spending in FY2025, two years before the FY2027 deadline set in the December 2022 strategy documents"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="a self-imposed limit of one percent of GDP"),
        "defense.tomahawk_purchase": F(2400000000, "about", as_written="a package the State Department valued at roughly $2.4 billion"),
        "economy.gdp_growth": GDP(y2025=1.1, y2024=0.1),
        "economy.supplementary_budget": F(117000000000, "about", period="2025-12", as_written="Some $117 billion in added spending, ¥18.3 trillion, was approved by the Diet in December 2025 in a supplementary budget"),
        "economy.emissions_cut_target": F(46, by="FY2030", baseline="FY2013", as_written="cut greenhouse gas emissions 46% from FY2013 levels by FY2030"),
        "diplomacy.quad_leader_meetings": F(6, as_written="The Quad has convened at leaders' level on six occasions, four in person and two by video"),
        "diplomacy.ipef_other_partners": F(13, period="2022-05", as_written="launched in May 2022 by the United States, Japan, and a dozen other partners", note="the United States plus 12 others"),
    },
    "elections": {
        "ldp_president_2025": E("LDP president", "2025-10-04", "held", result="Takaichi won"),
        "lower_house_2026": E("Lower House", "2026-02-08", "held", result="LDP and Ishin 352 of 465 (75.7%)"),
        "upper_house_2025": E("Upper House", "2025-07-20", "held", result="governing bloc lost ground; outnumbered"),
        "upper_house_2028": E("Upper House", "2028-07", "upcoming"),
        "okinawa_governor_2026": E("Okinawa governor", "2026-09", "upcoming", note="Denny Tamaki expected to seek a third term"),
    },
    "events": {
        "tariff_talks_announced": EV("Trump and Ishiba agree by telephone to open tariff negotiations", "2025-04-07", "held"),
        "section122_surcharge_expired": EV("Section 122 surcharge runs out after 150 days unless Congress extends it", "2026-07", "upcoming"),
    },
    "notes": "Traps: 'since the Abe era'; 'dissolved the House of Representatives in January'; 'Supreme Court's February ruling'; 'signed a policy accord in October 2025'; 'Komeito, the LDP's partner for roughly a quarter century' (a quarter of a century, not a share); 'before the dissolution they held 231, two short of a majority' (earlier seat count, no share); 'half of that chamber's seats do not come up again' (not a share); 'Governor Denny Tamaki ... expected to seek a third term'; 'imposed worldwide under Section 122 ... on February 24' and 'struck down four days earlier'; 'had set a single 15% rate on Japanese goods, MFN duties included' (past IEEPA rate); 'permits a surcharge of up to 15% for no more than 150 days' (statutory cap); 'assigned a 24% \"reciprocal\" rate' and 'threatening 25%'; 'Cars and parts remain under Section 232 at 15%, well below the 27.5%' (sectoral); 'Section 301 investigations that could restore higher rates'; 'The first three projects ... roughly $36 billion'; 'slipped two places' (change, not a rank); Table 1 'Change from 2024' column (+1.3%, -3.3%) and 'U.S. balance | -$54.8 billion'; 'some $1.2 trillion in February 2026' (holdings, no fact) and 'the United Kingdom, which has moved past China into second place' (other countries' ranks); Figure 1 (Treasury holdings of Japan, China and the UK, year-end 2021-2025, $ trillions; axis ticks 0-1.5, no value labels); 'the previous year' and 'revised in 1960'; 'The SMA runs through March 2027'; 'the 2012 realignment plan'; 'an advance group of about 100 arrived in December 2024' (earlier count); 'in FY2025, two years before' (the year reached); 'move toward 3.5%'; 'as many as 400 Tomahawk cruise missiles' and 'agreed in January 2024'; 'output contracted at an annualized 1.2% in the final quarter of 2025' (a quarter); '¥18.3 trillion' (yen of the same budget); 'lifted its policy rate to 0.75%'; 'and 60% by FY2035' (later target); 'four in person and two by video' (parts of the six); PDF curly quotes and hyphenation (layout text and PDF)",
}
