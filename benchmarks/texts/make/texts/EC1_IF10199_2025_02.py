from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "EC1-IF10199-2025-02", "fresh24", "IF10199", 41
LAYOUTS = ["pdf", "md"]
PDF_OPTS = ["nbsp", "hyph"]
CHART = {"unit": "$ billions", "ymax": 800, "ticks": [0, 200, 400, 600, 800],
         "series": ["Direct investment position, end-2023"],
         "bars": {"Japan": (783,), "U.K.": (740,), "Canada": (680,), "Germany": (660,), "Neth.": (620,)}}

MD = """
U.S.-Japan Relations

Updated February 24, 2025

## Overview

Back in office for a second term, President Donald J. Trump welcomed Ishiba Shigeru to the White House on February 7, 2025. Ishiba, prime minister of Japan since October 1, 2024, was only the second foreign head of government to meet the new President in Washington. Ishiba came with a weak hand: the Liberal Democratic Party (LDP) that he leads, and its junior partner Komeito, lost their Lower House majority in October. Unlike his predecessor, Kishida Fumio, who spoke to a joint meeting of Congress in April 2024, Ishiba has not been invited to address lawmakers; the only other Japanese leader to do so was Abe Shinzo, in April 2015.

## Tariffs: How Far Will Japan Be Exempt?

Japan has so far escaped any tariff aimed at it alone, yet several early actions reach Japanese goods (Table 1). Proclamations signed February 10 end, as of March 12, the tariff-rate quota under which some 1.25 million metric tons of Japanese steel a year had entered free of Section 232 duties since April 2022. A February 13 memorandum set the stage for "reciprocal" tariffs, with agency reports due by April 1. Japan levies no tariff on imported cars, Tokyo notes, and Japanese-brand plants in the United States built about 3.3 million vehicles last year.

Table 1. Early Tariff Actions of the Second Trump Administration

| Action | Rate | Japan? |
| --- | --- | --- |
| IEEPA: Canada, Mexico | 25% | No (paused) |
| IEEPA: China | 10% | No |
| Sec. 232 steel | 25% | Yes, Mar. 12 |
| Sec. 232 aluminum | 25% | Yes, Mar. 12 |
| Autos (floated Feb. 18) | ~25% | Undecided |
| "Reciprocal" tariffs | TBD | Report Apr. 1 |

For now, most goods from Japan still enter at ordinary most-favored-nation rates. At the summit, Ishiba spoke of lifting Japan's direct investment in the United States to $1 trillion. That is a target for the total stock, not new money. Nippon Steel's bid for U.S. Steel, which President Joe Biden blocked on January 3, is to become an "investment" instead.

## Trade and Investment

Two-way trade in goods and services with Japan in 2024 came to roughly $320 billion, which placed Japan sixth among U.S. trading partners, two places lower than in 2019. U.S. exports to Japan totaled $129.1 billion. Purchases from Japan, at $190.8 billion, exceeded them by about $62 billion; as a supplier, Japan ranked fifth, as it did as a customer.

Japanese firms' direct investment position in the United States reached $783.3 billion at the end of 2023, the largest of any country's for a fifth year in a row (Figure 1). In U.S. Treasury securities, Japan's holdings, at $1.06 trillion in December 2024, exceeded every other foreign country's, while China's, at $759 billion, were the second largest.

**Figure 1. Direct Investment Position in the United States, Five Largest Source Countries, 2023**

Source: Bureau of Economic Analysis, historical-cost basis.

## The Alliance

The two countries became treaty allies in 1951. Of the roughly 82,500 U.S. service members stationed in Japan and South Korea combined, about 54,000 are in Japan.

The cost-sharing Special Measures Agreement (SMA) the governments reached in December 2021 runs through March 2027. It provides ¥1.055 trillion over five years, an average of ¥211 billion, or around $1.4 billion at current exchange rates, each year. During his first term, President Trump reportedly asked Tokyo to pay $8 billion a year.

For decades a ceiling of one percent of GDP, an informal rule dating from 1976, held Japanese defense spending in check. Under strategy documents adopted in December 2022, spending on defense and related items is to reach two percent of GDP by FY2027; the FY2025 request is ¥8.7 trillion. The President's nominee for a senior Pentagon post has said Japan should spend 3%. Japan is buying up to 400 Tomahawk cruise missiles, carrying a price tag of approximately $2.35 billion.

## Okinawa

Okinawa Prefecture makes up six-tenths of one percent of Japan's land area, yet it hosts about seventy percent of the land set aside for the exclusive use of U.S. forces and a majority of the U.S. military personnel in Japan. Under the 2012 revision of the realignment plan, 9,000 Marines are to leave the island; approximately 4,000 of them are to go to Guam. An advance party of around one hundred logistics Marines moved there in December 2024. Governor Denny Tamaki, who won a second term in September 2022, opposes the Futenma replacement facility at Henoko.

## Japanese Politics

Ishiba won the LDP presidency in a September 27, 2024, runoff and dissolved the Lower House days after taking office. The October 27 election cost the coalition 73 seats (Table 2).

Table 2. Ruling Coalition in the Diet, February 2025

| Chamber | Seats held | Share | Next vote |
| --- | --- | --- | --- |
| Lower House (465) | 215 | 46% | Oct. 2028 |
| Upper House (248) | 141 | 57% | July 2025 |

The Lower House date is the latest its members' terms allow; a dissolution could come sooner. The July Upper House contest, with half the chamber's seats at stake, is therefore the next national vote. To pass a record ¥115.5 trillion FY2025 budget, the coalition is bargaining with two opposition parties.

## Economy

Japan's real GDP grew a scant 0.1% in 2024, after 1.5% in 2023; the final quarter of 2024 was livelier, at an annualized 2.8%. The Diet passed a ¥13.9 trillion supplementary budget, equal to roughly $89 billion, on December 17, 2024. The yen, which hit a 38-year low against the dollar in July 2024, has since recovered to about ¥150. On February 18 the cabinet adopted new climate goals: cuts of 60% by FY2035 and 73% by FY2040 from FY2013 levels, beyond the 46% reduction already pledged for FY2030.

## Regional Diplomacy

Quad foreign ministers met in Washington on January 21. The group's leaders have convened six times, twice by video; India is to host the next summit. Japan was a founding member of the Indo-Pacific Economic Framework (IPEF) in May 2022, alongside the United States and a dozen other Indo-Pacific countries. Humanitarian aid (about $1.3 billion) and financial support (over $5.5 billion) make up much of the more than $12 billion Japan has committed to Ukraine since 2022.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Kyla H. Kitamura**, Analyst in U.S. Defense Policy

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Ishiba", "Shigeru", "welcomed Ishiba Shigeru to the White House ... Ishiba, prime minister of Japan since October 1, 2024"),
        "leaders.us_president": P("Trump", "Donald", "President Donald J. Trump"),
        "alliance.treaty_ally_since": F(1951, as_written="The two countries became treaty allies in 1951"),
        "alliance.us_troops_in_japan": F(54000, "about", as_written="Of the roughly 82,500 U.S. service members stationed in Japan and South Korea combined, about 54,000 are in Japan"),
        "alliance.host_nation_support_per_year": F(1400000000, "about", per="year", as_written="an average of ¥211 billion, or around $1.4 billion at current exchange rates, each year"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="The cost-sharing Special Measures Agreement (SMA) the governments reached in December 2021"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="about seventy percent of the land set aside for the exclusive use of U.S. forces", note="exclusive-use basis"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="a majority of the U.S. military personnel in Japan"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="six-tenths of one percent of Japan's land area", note="a fraction of one percent, written in words"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="approximately 4,000 of them are to go to Guam"),
        "alliance.marines_in_guam": F(100, "about", period="2024-12", as_written="An advance party of around one hundred logistics Marines moved there in December 2024"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2027", as_written="spending on defense and related items is to reach two percent of GDP by FY2027"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="a ceiling of one percent of GDP, an informal rule dating from 1976"),
        "defense.tomahawk_purchase": F(2350000000, "about", as_written="carrying a price tag of approximately $2.35 billion"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="The Liberal Democratic Party (LDP) that he leads, and its junior partner Komeito"),
        "politics.lower_house_coalition_share": F(46, as_written="Table 2: Lower House (465) | 215 | 46%"),
        "politics.upper_house_coalition_share": F(57, as_written="Table 2: Upper House (248) | 141 | 57%"),
        "politics.next_diet_election_due": F(2025, as_written="The July Upper House contest ... is therefore the next national vote"),
        "politics.lower_house_election_due": D("2028-10", as_written="Table 2: Lower House ... Next vote Oct. 2028; 'The Lower House date is the latest its members' terms allow'"),
        "trade.overall_partner_rank": F(6, period="2024", as_written="which placed Japan sixth among U.S. trading partners"),
        "trade.us_exports_to_japan": F(129100000000, period="2024", as_written="U.S. exports to Japan totaled $129.1 billion"),
        "trade.us_imports_from_japan": F(190800000000, period="2024", as_written="Purchases from Japan, at $190.8 billion"),
        "trade.import_partner_rank": F(5, period="2024", as_written="as a supplier, Japan ranked fifth"),
        "trade.export_partner_rank": F(5, period="2024", as_written="as it did as a customer", note="rank carried from the import clause"),
        "trade.fdi_source_rank": F(1, period="2023", as_written="reached $783.3 billion at the end of 2023, the largest of any country's"),
        "trade.treasury_holder_rank": F(1, period="2024-12", as_written="Japan's holdings, at $1.06 trillion in December 2024, exceeded every other foreign country's"),
        "economy.gdp_growth": GDP(y2024=0.1, y2023=1.5),
        "economy.supplementary_budget": F(89000000000, "about", period="2024-12", as_written="a ¥13.9 trillion supplementary budget, equal to roughly $89 billion, on December 17, 2024"),
        "economy.yen": F("38-year low against the dollar", period="2024-07", as_written="The yen, which hit a 38-year low against the dollar in July 2024"),
        "economy.emissions_cut_target": F(46, by="FY2030", baseline="FY2013", as_written="the 46% reduction already pledged for FY2030"),
        "diplomacy.quad_leader_meetings": F(6, as_written="The group's leaders have convened six times, twice by video"),
        "diplomacy.ipef_other_partners": F(13, period="2022-05", as_written="alongside the United States and a dozen other Indo-Pacific countries", note="the United States plus twelve others"),
        "diplomacy.ukraine_humanitarian_aid": F(1300000000, "about", as_written="Humanitarian aid (about $1.3 billion)"),
        "diplomacy.ukraine_financial_support": F(5500000000, "over", as_written="financial support (over $5.5 billion)"),
    },
    "elections": {
        "ldp_president_2024": E("LDP president", "2024-09-27", "held", result="Ishiba won the runoff"),
        "lower_house_2024": E("Lower House", "2024-10-27", "held", result="coalition lost 73 seats and its majority; 215 of 465 (46%)"),
        "upper_house_2025": E("Upper House", "2025-07", "upcoming", note="the next national vote"),
        "okinawa_governor_2022": E("Okinawa governor", "2022-09", "held", result="Denny Tamaki won a second term"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe Shinzo addresses a joint meeting of Congress", "2015-04", "held"),
    },
    "notes": "Traps: 'Back in office for a second term' and 'on February 7, 2025' (summit, not an election or tracked event); 'only the second foreign head of government' (not a rank); 'Unlike his predecessor, Kishida Fumio, who spoke to a joint meeting of Congress in April 2024' (former PM; not Abe's address); 'Proclamations signed February 10 end, as of March 12' and 'some 1.25 million metric tons ... since April 2022'; 'A February 13 memorandum' and 'report by April 1'; 'about 3.3 million vehicles last year'; Table 1 rates (25% Canada/Mexico, 10% China, 25% steel and aluminum, ~25% autos floated, TBD reciprocal: none is a tariff on most imports from Japan); 'most goods from Japan still enter at ordinary most-favored-nation rates' (no rate written: no tariff fact); 'lifting Japan's direct investment in the United States to $1 trillion. That is a target for the total stock, not new money' (no investment pledge); 'President Joe Biden blocked on January 3' (former president); 'roughly $320 billion' (two-way total); 'two places lower than in 2019' (past rank, not written); 'exceeded them by about $62 billion' (balance); 'for a fifth year in a row'; 'China's, at $759 billion, were the second largest'; Figure 1 (FDI position by country, $ billions, ticks 0-800, no value labels); 'Of the roughly 82,500 U.S. service members stationed in Japan and South Korea combined' (total); 'In July 2024 the allies agreed'; 'runs through March 2027'; '¥1.055 trillion over five years' and '¥211 billion'; 'reportedly asked Tokyo to pay $8 billion a year'; 'an informal rule dating from 1976'; 'the FY2025 request is ¥8.7 trillion'; 'Japan should spend 3%' (a nominee's view); 'up to 400 Tomahawk cruise missiles'; 'six-tenths of one percent' (0.6, not 60: a fraction of a percent); '9,000 Marines are to leave the island' (total leaving, not Guam); 'The October 27 election cost the coalition 73 seats'; Table 2 seat counts 215 and 141 and chamber sizes 465 and 248; 'with half the chamber's seats at stake' (not a share); 'a record ¥115.5 trillion' (FY2025 budget, not supplementary); 'an annualized 2.8%' (a quarter); 'recovered to about ¥150'; 'cuts of 60% by FY2035 and 73% by FY2040' (new goals beside the 46%); 'Quad foreign ministers met in Washington on January 21'; 'twice by video'; 'India is to host the next summit' (planned); 'the more than $12 billion Japan has committed to Ukraine' (total); PDF NBSP and hyphenated line ends",
}
