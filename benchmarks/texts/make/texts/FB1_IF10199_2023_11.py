from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "FB1-IF10199-2023-11", "fresh25", "IF10199", 34
LAYOUTS = ["html", "interleaved"]
PDF_OPTS = ["lig", "nbsp"]
SIDEBAR = "Okinawa's Base Burden"
CHART = {"unit": "$ billions", "ymax": 160, "ticks": [0, 40, 80, 120, 160],
         "series": ["U.S. goods exports", "U.S. goods imports"],
         "bars": {"2018": (75.0, 142.6), "2019": (74.4, 143.6), "2020": (64.1, 119.5), "2021": (74.6, 135.1),
                  "2022": (80.3, 148.1)}}

MD = """
U.S.-Japan Relations

Updated November 30, 2023

## Overview

Allied with the United States since 1951, Japan is the hub of the U.S. military posture in East Asia and a partner that successive Administrations have described as the cornerstone of U.S. strategy in the Indo-Pacific. Kishida Fumio, prime minister since October 2021, has carried forward the security agenda of the late Abe Shinzo, Japan's longest-serving postwar leader, who was shot and killed while campaigning for his party in July 2022. In August, Kishida joined President Biden and South Korean President Yoon Suk Yeol at Camp David for the first stand-alone summit of the three countries' leaders. On November 16, Biden and Kishida met again, on the sidelines of the Asia-Pacific Economic Cooperation (APEC) forum in San Francisco.

Abroad, Kishida's record has won praise in Washington. At home, it has not translated into support: most polls this autumn put his cabinet's approval rating between 20% and 30%, and roughly two-thirds of respondents in some surveys disapprove of his handling of rising prices.

## The Alliance

Under the 1960 Treaty of Mutual Cooperation and Security, which replaced the original 1951 pact, the United States is committed to Japan's defense and Japan grants U.S. forces the use of bases on its soil. The U.S. presence, which tops 50,000 military personnel, is the largest in any foreign country, well above the roughly 35,000 in Germany and the 28,500 in South Korea. Their families and civilian employees add tens of thousands more.

Japan also covers much of the bill. In a Special Measures Agreement (SMA) reached in December 2021 and covering FY2022 through FY2026, Tokyo committed ¥1.055 trillion over five years. Spread evenly, that amounts to about ¥211 billion, or approximately $2 billion, each year. The SMA funds base workers' salaries, utilities, and facilities; a separate stream of Japanese money pays for the realignment of U.S. forces.

## Okinawa's Base Burden

Okinawa Prefecture bears a disproportionate share of the U.S. footprint. The prefecture makes up well under 1% of Japan's land area, yet roughly a fourth of all the facilities used by U.S. forces in Japan sit there. So do more than half of the U.S. military personnel stationed in the country.

Under a 2012 realignment plan, some 9,000 Marines are to leave Okinawa, about 4,000 of whom will go to Guam, where Marine Corps Camp Blaz was activated in October 2020; the first transfers are expected to begin next year. On November 15, the Marines converted the Okinawa-based 12th Marine Regiment into a 12th Marine Littoral Regiment of about 2,000 personnel, a unit designed to operate from small islands.

The long-delayed move of Marine Corps Air Station Futenma to Henoko, in northern Okinawa, remains contested. Governor Denny Tamaki, who won a second term in September 2022 on a platform opposing the new base, lost a Supreme Court case in September; in October the central government sued to approve a design change for the landfill on his behalf.

## Defense Transformation

Japan is in the midst of its largest military buildup since World War II. Three strategy documents that the Kishida cabinet adopted in December 2022 set the goal of spending two percent of GDP on defense and related items by FY2027, and a five-year program worth ¥43 trillion. Since 1976, when the cabinet of Prime Minister Miki Takeo adopted it as a ceiling, a limit of 1% of GDP had largely held. The Ministry of Defense requested a record ¥7.7 trillion for FY2024 in August, up from ¥6.8 trillion this fiscal year.

The plans include "counterstrike" capabilities to hit launch sites in an adversary's territory. On November 17, the State Department notified Congress of a possible sale of up to 400 Tomahawk cruise missiles and related equipment. The notification put the total cost at an estimated $2.35 billion. Under an October agreement between the two defense ministers, 200 of the missiles, an older version, are to be delivered in FY2025, a year earlier than first planned. Japan is also developing a next-generation fighter with the United Kingdom and Italy.

## Politics

The Liberal Democratic Party (LDP), in power almost without interruption since 1955, governs in coalition with Komeito, a smaller party backed by a lay Buddhist organization. Together the two hold 63% and 59% of the seats in the House of Representatives (the Lower House) and the House of Councillors (the Upper House), respectively. The latter share was 57% before the July 2022 election, held two days after Abe's killing; the former dates from the October 2021 general election.

Kishida's term as party president expires next September, when LDP lawmakers and rank-and-file members will vote on whether to keep him as leader. Talk of a snap dissolution of the Lower House before year's end faded in early November, when the prime minister said he would put the economy first. No nationwide ballot is required before July 2025, when half of the Upper House seats are next contested, and October 2025 is the latest a Lower House election can be held.

## Trade and Investment

Japan ranked fourth among U.S. trading partners in 2022, counting goods and services. As a customer for U.S. exports and as a supplier of imports, it placed one rung lower, fifth, in each case (Table 1 and Figure 1).

Table 1. U.S. Trade with Japan in Goods and Services ($ billions)

| | 2021 | 2022 |
| --- | --- | --- |
| U.S. exports to Japan | 112.2 | 120.1 |
| U.S. imports from Japan | 167.8 | 180.3 |
| U.S. balance | -55.6 | -60.2 |

Direct investment runs heavily in Japan's direction. Japanese firms' holdings in the United States, about $775 billion at the end of 2022, have exceeded every other country's since 2019, and their U.S. affiliates employ close to a million workers; Toyota alone announced another $8 billion for its North Carolina battery plant on October 31. Of the foreign holders of U.S. Treasury securities, none held more in September than Japan (about $1.1 trillion); China's holdings, at $778 billion, were the second-largest.

The two countries signed a critical minerals agreement in March 2023 that lets Japanese-processed minerals count toward U.S. electric-vehicle tax credits. A tariff-rate quota has governed Japanese steel since April 2022.

**Figure 1. U.S. Goods Trade with Japan, 2018-2022**

Source: U.S. Census Bureau. Goods only; totals in Table 1 include services.

## The Economy

Growth has been uneven. Real GDP rose 2.6% in 2021 and 1.0% last year, and preliminary data released November 15 show output contracting at an annualized rate of 2.1% in July-September, after a strong first half. The yen has kept sliding: in mid-November it weakened to nearly ¥152 to the dollar, a 33-year low. The Bank of Japan, which in October further loosened its yield-curve control by treating a 1% yield on 10-year government bonds as a reference point rather than a firm ceiling, has kept its short-term policy rate at -0.1%.

To pay for a ¥17 trillion economic package that includes a one-time income tax cut of ¥40,000 per person, the Diet yesterday enacted a supplementary budget of ¥13.1 trillion, roughly $88 billion. By FY2030, Japan aims to emit 46% less greenhouse gas than it did in FY2013, on the way to net zero by 2050.

## Regional and Global Diplomacy

Kishida hosted the Group of Seven (G7) summit in Hiroshima in May. Leaders of the four-country Quad (Australia, India, Japan, and the United States) met there too, on the sidelines, the fifth time since 2021 that they have convened at that level; India is to host the next summit. The Indo-Pacific Economic Framework for Prosperity (IPEF), launched in Tokyo in May 2022, counts 14 participants, Japan and the United States included; at San Francisco on November 16 its ministers announced the substantial conclusion of clean-economy and fair-economy agreements.

Tokyo's commitments to Ukraine since Russia's February 2022 invasion total some $7.6 billion. The largest part, $5.5 billion in financial support, was announced in February; humanitarian and recovery aid accounts for about $1.5 billion. Kishida and Chinese leader Xi Jinping, meeting in San Francisco for the first time in a year, pledged to stabilize ties, even as Beijing keeps in place the ban on Japanese seafood it imposed after Tokyo began releasing treated water from the Fukushima Daiichi nuclear plant in August.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Caitlin Campbell**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Kishida Fumio, prime minister since October 2021"),
        "leaders.us_president": P("Biden", "Joe", "President Biden",
                                  note="family name only; South Korean President Yoon Suk Yeol and Chinese leader Xi Jinping are other countries' leaders"),
        "alliance.treaty_ally_since": F(1951, as_written="Allied with the United States since 1951, Japan is the hub",
                                        note="fronted participle; the 1960 treaty is a trap"),
        "alliance.us_troops_in_japan": F(50000, "over", as_written="The U.S. presence, which tops 50,000 military personnel",
                                         note="'tops' (a verb) is over"),
        "alliance.host_nation_support_per_year": F(2000000000, "about", per="year",
                                                   as_written="Spread evenly, that amounts to about ¥211 billion, or approximately $2 billion, each year",
                                                   note="the dollar figure; subject carried by 'that' from the yen total in the sentence before"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="In a Special Measures Agreement (SMA) reached in December 2021 and covering FY2022 through FY2026"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="The prefecture makes up well under 1% of Japan's land area", note="sidebar"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="yet roughly a fourth of all the facilities used by U.S. forces in Japan sit there",
                                                       note="sidebar; all-facilities basis; fraction in words"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="So do more than half of the U.S. military personnel stationed in the country",
                                                      note="sidebar; location carried by 'So do'"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="some 9,000 Marines are to leave Okinawa, about 4,000 of whom will go to Guam",
                                                 note="sidebar; planned; no Marines in Guam yet"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2027", as_written="set the goal of spending two percent of GDP on defense and related items by FY2027"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="Since 1976, when the cabinet of Prime Minister Miki Takeo adopted it as a ceiling, a limit of 1% of GDP had largely held"),
        "defense.tomahawk_purchase": F(2350000000, "about", as_written="The notification put the total cost at an estimated $2.35 billion",
                                       note="subject ('The notification', for up to 400 Tomahawks) carried from the sentence before"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="The Liberal Democratic Party (LDP) ... governs in coalition with Komeito"),
        "politics.lower_house_coalition_share": F(63, as_written="Together the two hold 63% and 59% of the seats in the House of Representatives (the Lower House) and the House of Councillors (the Upper House), respectively"),
        "politics.upper_house_coalition_share": F(59, previous=57, as_written="63% and 59% ... respectively. The latter share was 57% before the July 2022 election"),
        "politics.next_diet_election_due": F(2025, as_written="No nationwide ballot is required before July 2025, when half of the Upper House seats are next contested"),
        "politics.lower_house_election_due": D("2025-10", as_written="October 2025 is the latest a Lower House election can be held",
                                               note="23 months away: deadline only, not an upcoming election"),
        "trade.overall_partner_rank": F(4, period="2022", as_written="Japan ranked fourth among U.S. trading partners in 2022, counting goods and services"),
        "trade.export_partner_rank": F(5, period="2022", as_written="As a customer for U.S. exports and as a supplier of imports, it placed one rung lower, fifth, in each case"),
        "trade.import_partner_rank": F(5, period="2022", as_written="As a customer for U.S. exports and as a supplier of imports, it placed one rung lower, fifth, in each case"),
        "trade.us_exports_to_japan": F(120100000000, period="2022", as_written="Table 1: U.S. exports to Japan | 112.2 | 120.1",
                                       note="table only, 2022 column; unit '$ billions' in the caption; 2021 column a trap"),
        "trade.us_imports_from_japan": F(180300000000, period="2022", as_written="Table 1: U.S. imports from Japan | 167.8 | 180.3",
                                         note="table only, 2022 column"),
        "trade.fdi_source_rank": F(1, as_written="Japanese firms' holdings in the United States, about $775 billion at the end of 2022, have exceeded every other country's since 2019"),
        "trade.treasury_holder_rank": F(1, period="2023-09", as_written="Of the foreign holders of U.S. Treasury securities, none held more in September than Japan (about $1.1 trillion)"),
        "economy.gdp_growth": GDP(y2022=1.0, y2021=2.6),
        "economy.supplementary_budget": F(88000000000, "about", period="2023-11",
                                          as_written="the Diet yesterday enacted a supplementary budget of ¥13.1 trillion, roughly $88 billion",
                                          note="'yesterday' = November 29, 2023; the dollar figure"),
        "economy.yen": F("33-year low against the dollar", period="2023-11",
                         as_written="in mid-November it weakened to nearly ¥152 to the dollar, a 33-year low"),
        "economy.emissions_cut_target": F(46, by="FY2030", baseline="FY2013",
                                          as_written="By FY2030, Japan aims to emit 46% less greenhouse gas than it did in FY2013"),
        "diplomacy.quad_leader_meetings": F(5, as_written="the fifth time since 2021 that they have convened at that level",
                                            note="'four-country' is the membership, a trap"),
        "diplomacy.ipef_other_partners": F(13, as_written="counts 14 participants, Japan and the United States included",
                                           note="14 participants less Japan = 13 (the United States among them)"),
        "diplomacy.ukraine_financial_support": F(5500000000, as_written="The largest part, $5.5 billion in financial support, was announced in February"),
        "diplomacy.ukraine_humanitarian_aid": F(1500000000, "about", as_written="humanitarian and recovery aid accounts for about $1.5 billion"),
    },
    "elections": {
        "lower_house_2021": E("Lower House", "2021-10", "held", result="LDP-Komeito coalition holds 63% of seats"),
        "upper_house_2022": E("Upper House", "2022-07", "held", result="coalition share rose from 57% to 59%"),
        "okinawa_governor_2022": E("Okinawa governor", "2022-09", "held", result="Denny Tamaki won a second term"),
        "ldp_president_2024": E("LDP president", "2024-09", "upcoming",
                                note="'expires next September, when LDP lawmakers and rank-and-file members will vote'"),
        "upper_house_2025": E("Upper House", "2025-07", "upcoming"),
    },
    "events": {
        "abe_assassination": EV("Former Prime Minister Abe Shinzo shot and killed while campaigning", "2022-07", "held"),
    },
    "notes": "Traps: 'the late Abe Shinzo, Japan's longest-serving postwar leader' and 'Prime Minister Miki Takeo' (former leaders); 'South Korean President Yoon Suk Yeol' and 'Chinese leader Xi Jinping' (other countries' leaders); 'In August ... at Camp David' and 'On November 16' (meetings, no facts); 'between 20% and 30%' (approval range) and 'roughly two-thirds of respondents' (a fraction of respondents, no fact); 'the 1960 Treaty of Mutual Cooperation and Security' (treaty revision year); 'roughly 35,000 in Germany and the 28,500 in South Korea' (other countries); 'Tokyo committed ¥1.055 trillion over five years' and 'about ¥211 billion' (yen; the dollar figure is the fact); 'covering FY2022 through FY2026' (span, not the agreement date); 'some 9,000 Marines are to leave Okinawa' (total leaving, not Guam); 'Camp Blaz was activated in October 2020' and 'the first transfers are expected to begin next year' (no Marines in Guam yet); 'a 12th Marine Littoral Regiment of about 2,000 personnel' (a unit on Okinawa); 'won a second term in September 2022', 'lost a Supreme Court case in September'; 'a five-year program worth ¥43 trillion'; 'a record ¥7.7 trillion for FY2024 ... up from ¥6.8 trillion' (budgets); 'up to 400 Tomahawk cruise missiles' and '200 of the missiles ... in FY2025' (counts, dates); 'in power almost without interruption since 1955'; 'held two days after Abe's killing'; 'Talk of a snap dissolution' (speculation, not an election); 'one rung lower' (the ranks are the written 'fifth'); Table 1's 2021 column (112.2, 167.8) and balance row (-55.6, -60.2); 'about $775 billion at the end of 2022' (FDI stock, no IF10199 fact) and 'since 2019'; 'close to a million workers'; 'another $8 billion for its North Carolina battery plant'; 'China's holdings, at $778 billion, were the second-largest'; 'a critical minerals agreement in March 2023' and 'A tariff-rate quota has governed Japanese steel since April 2022' (no IF10199 facts); Figure 1 (U.S. goods trade 2018-2022, $ billions; ticks 0-160, no value labels; html: floated into the sidebar); 'an annualized rate of 2.1% in July-September' (a quarter); 'nearly ¥152 to the dollar'; 'treating a 1% yield on 10-year government bonds as a reference point rather than a firm ceiling' (BOJ, not the defense limit) and '-0.1%'; 'a ¥17 trillion economic package', '¥40,000 per person' and '¥13.1 trillion' (yen; the dollar figure is the fact); 'net zero by 2050'; 'the four-country Quad' (membership, not meetings); 'India is to host the next summit'; 'total some $7.6 billion' (Ukraine total); 'since Russia's February 2022 invasion'; sidebar 'Okinawa's Base Burden' (html aside; ordinary section in the interleaved text); PDF ligatures and NBSP; interleaved columns",
}
