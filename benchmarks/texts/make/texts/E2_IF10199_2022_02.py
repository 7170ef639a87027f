from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "E2-IF10199-2022-02", "tune5", "IF10199", 29
LAYOUTS = ["md", "interleaved"]
PDF_OPTS = ["lig"]
CHART = {"unit": "¥ billions", "ymax": 250, "ticks": [0, 50, 100, 150, 200, 250],
         "series": ["Host-nation support"],
         "bars": {"FY2018": (197.7,), "FY2019": (197.4,), "FY2020": (199.3,), "FY2021": (201.7,), "FY2022": (205.6,)}}

MD = """
U.S.-Japan Relations

Updated February 28, 2022

## Overview

The alliance between the United States and Japan, now in its eighth decade, rests on the 1951 security pact, rewritten in 1960. It has seldom been as central to U.S. strategy as it is under President Joe Biden, whose Administration treats Japan as the anchor of its Indo-Pacific policy and a partner in confronting China's military buildup and North Korea's missile launches, of which there were seven in January alone. Prime Minister Kishida Fumio, in office since October, has so far met Biden only by video link, on January 21; an in-person visit is expected later in the year.

## Russia's Invasion of Ukraine

Tokyo moved in step with Washington and European capitals after Russian forces crossed into Ukraine on February 24. The Kishida government froze assets of Russian banks and officials, curbed exports of semiconductors and other sensitive goods, and joined the move to cut selected Russian banks off from the SWIFT messaging system, measures that go well beyond the sanctions Japan imposed after the 2014 annexation of Crimea. It has offered $100 million in emergency humanitarian assistance for Ukrainians, and it had already promised, on February 15, $100 million in loans to shore up Ukraine's public finances.

## Kishida's Mandate

Kishida won the Liberal Democratic Party's (LDP's) presidential election on September 29, 2021, succeeding Suga Yoshihide, who had declined to seek another term. Four weeks later, on October 31, the LDP and its junior partner, Komeito, kept control of the Lower House, winning 293 of 465 seats, roughly sixty-three percent of the chamber, although the LDP on its own lost 15 seats. In the upper chamber the coalition's share is about 57%.

Half of the House of Councillors comes up for election in July 2022, the next nationwide vote. Unless Kishida dissolves it early, the Lower House need not be reelected before October 2025. Closer to home for the alliance, Okinawa will choose a governor in September 2022; incumbent Tamaki Denny, who opposes the Henoko relocation, has not said whether he will run again. A candidate backed by the LDP held the mayoralty of Nago, the city that includes Henoko, on January 23.

## The Military Alliance

U.S. Forces Japan comprises about fifty-four thousand uniformed personnel; roughly 28,500 U.S. troops are based in South Korea. In January, at a "2+2" meeting of foreign and defense ministers, the two governments signed a new Special Measures Agreement that they had concluded in December 2021. It commits Japan to ¥1.05 trillion over five fiscal years starting in April, an average of some ¥211 billion, which at current exchange rates comes to roughly $1.8 billion annually. It replaces a stopgap one-year extension agreed in February 2021 (Figure 1).

**Figure 1. Japan's Host-Nation Support, FY2018-FY2022**

Source: Japan Ministry of Defense. FY2022 as budgeted under the new agreement.

Okinawa, a sliver of the national territory at 0.6%, contains approximately seven-tenths of the acreage set aside exclusively for U.S. forces and is home to a clear majority of U.S. service members in Japan. Some four thousand Marines are eventually to shift from Okinawa to Guam, where the Marine Corps activated Camp Blaz in October 2020; none is expected to move before 2024.

## Defense Spending

Tokyo has rarely let defense spending cross the line of 1% of GDP. Its FY2022 budget of ¥5.4 trillion is the tenth consecutive record, and a supplementary budget added a further ¥770 billion for defense. In its October campaign platform the LDP said spending should aim at 2% of GDP or more, in line with NATO's benchmark, but the government has adopted no target; Kishida has instead ordered a rewrite of the National Security Strategy by the end of 2022.

## The Quad and the Region

Quad leaders have met twice, virtually in March 2021 and in person at the White House that September. Tokyo is expected to host a third summit in the first half of 2022, and the four foreign ministers met in Melbourne on February 11. The Administration has also floated an Indo-Pacific economic framework, though no partners have yet signed on.

## Economic Ties

Counting goods and services together, Japan stood fourth among U.S. trading partners in 2021. It came fifth, however, when exports and imports are ranked separately.

Table 1. U.S. Trade with Japan, Goods and Services ($ billions)

| Flow | 2020 | 2021 |
| --- | --- | --- |
| U.S. exports to Japan | 104.6 | 111.9 |
| U.S. imports from Japan | 142.6 | 168.4 |
| Balance | -38.0 | -56.5 |

Japanese companies have more money tied up in direct investment in the United States than firms from any other country. Japanese investors are also the biggest foreign holders of U.S. Treasury debt, with about $1.3 trillion; China's holdings, about $1.07 trillion, come next.

## Japan's Economy

Preliminary data released February 15 show the economy grew 1.7% in 2021, having shrunk 4.5% in 2020, its worst showing since 2009. Growth in the October-December quarter came to an annualized 5.4%, but new Omicron restrictions have clouded the outlook for early 2022. On December 20, lawmakers passed the largest extra budget in Japan's history, ¥35.9 trillion, close to $315 billion, to finance most of a ¥55.7 trillion stimulus package announced the month before.

In early January the yen weakened to about ¥116 per dollar, a five-year low. Kishida has kept his predecessor's climate target: greenhouse gas emissions in FY2030 are to be 46% below FY2013 levels, with Japan aiming higher, at 50%, if it can.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Brock R. Williams**, Specialist in International Trade and Finance

**Cathleen D. Cimino-Isaacs**, Analyst in International Trade and Finance

**Caitlin Campbell**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Kishida Fumio"),
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "alliance.treaty_ally_since": F(1951, as_written="rests on the 1951 security pact, rewritten in 1960"),
        "alliance.us_troops_in_japan": F(54000, "about", as_written="U.S. Forces Japan comprises about fifty-four thousand uniformed personnel"),
        "alliance.host_nation_support_per_year": F(1800000000, "about", per="year", as_written="an average of some ¥211 billion, which at current exchange rates comes to roughly $1.8 billion annually"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="signed a new Special Measures Agreement that they had concluded in December 2021", note="signed January 2022; dated by its conclusion"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="contains approximately seven-tenths of the acreage set aside exclusively for U.S. forces", note="exclusive-use basis"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="is home to a clear majority of U.S. service members in Japan"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="Okinawa, a sliver of the national territory at 0.6%"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Some four thousand Marines are eventually to shift from Okinawa to Guam"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="Tokyo has rarely let defense spending cross the line of 1% of GDP"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="the LDP and its junior partner, Komeito"),
        "politics.lower_house_coalition_share": F(63, "about", as_written="winning 293 of 465 seats, roughly sixty-three percent of the chamber"),
        "politics.upper_house_coalition_share": F(57, "about", as_written="In the upper chamber the coalition's share is about 57%"),
        "politics.next_diet_election_due": F(2022, as_written="Half of the House of Councillors comes up for election in July 2022, the next nationwide vote"),
        "politics.lower_house_election_due": D("2025-10", as_written="the Lower House need not be reelected before October 2025"),
        "trade.overall_partner_rank": F(4, period="2021", as_written="Japan stood fourth among U.S. trading partners in 2021"),
        "trade.export_partner_rank": F(5, period="2021", as_written="It came fifth, however, when exports and imports are ranked separately"),
        "trade.import_partner_rank": F(5, period="2021", as_written="It came fifth, however, when exports and imports are ranked separately"),
        "trade.us_exports_to_japan": F(111900000000, period="2021", as_written="Table 1: U.S. exports to Japan | 104.6 | 111.9 ($ billions)", note="goods and services; table only"),
        "trade.us_imports_from_japan": F(168400000000, period="2021", as_written="Table 1: U.S. imports from Japan | 142.6 | 168.4 ($ billions)", note="goods and services; table only"),
        "trade.fdi_source_rank": F(1, as_written="Japanese companies have more money tied up in direct investment in the United States than firms from any other country"),
        "trade.treasury_holder_rank": F(1, as_written="Japanese investors are also the biggest foreign holders of U.S. Treasury debt"),
        "economy.gdp_growth": GDP(y2021=1.7, y2020=-4.5),
        "economy.supplementary_budget": F(315000000000, "nearly", period="2021-12", as_written="On December 20, lawmakers passed the largest extra budget in Japan's history, ¥35.9 trillion, close to $315 billion"),
        "economy.yen": F("five-year low against the dollar", period="2022-01", as_written="In early January the yen weakened to about ¥116 per dollar, a five-year low"),
        "economy.emissions_cut_target": F(46, by="FY2030", baseline="FY2013", as_written="greenhouse gas emissions in FY2030 are to be 46% below FY2013 levels"),
        "diplomacy.quad_leader_meetings": F(2, as_written="Quad leaders have met twice"),
        "diplomacy.ukraine_humanitarian_aid": F(100000000, as_written="It has offered $100 million in emergency humanitarian assistance for Ukrainians"),
        "diplomacy.ukraine_financial_support": F(100000000, as_written="it had already promised, on February 15, $100 million in loans to shore up Ukraine's public finances"),
    },
    "elections": {
        "ldp_president_2021": E("LDP president", "2021-09-29", "held", result="Kishida won"),
        "lower_house_2021": E("Lower House", "2021-10-31", "held", result="coalition 293 of 465 seats, roughly sixty-three percent"),
        "upper_house_2022": E("Upper House", "2022-07", "upcoming", note="half of the seats"),
        "okinawa_governor_2022": E("Okinawa governor", "2022-09", "upcoming", note="incumbent Tamaki Denny undeclared"),
    },
    "notes": "Traps: 'rewritten in 1960' (revision, not the alliance's start); 'of which there were seven in January alone'; 'met Biden only by video link, on January 21' and 'an in-person visit is expected later in the year'; 'after Russian forces crossed into Ukraine on February 24'; 'the sanctions Japan imposed after the 2014 annexation of Crimea'; 'on February 15' (date of the loan pledge); 'succeeding Suga Yoshihide' (former PM); 'winning 293 of 465 seats' (counts beside the share) and 'the LDP on its own lost 15 seats'; 'Okinawa will choose a governor in September 2022' (later than the next Diet vote, not the next Diet election); 'held the mayoralty of Nago ... on January 23' (no slug); 'roughly 28,500 U.S. troops are based in South Korea' (another country); 'In January, at a \"2+2\" meeting ... signed' (signing month, agreement dated December 2021); 'It commits Japan to ¥1.05 trillion over five fiscal years' (total) and 'an average of some ¥211 billion' (yen); 'a stopgap one-year extension agreed in February 2021' (previous agreement); Figure 1 (host-nation support FY2018-FY2022, ¥ billions; axis ticks 0-250, no value labels); 'where the Marine Corps activated Camp Blaz in October 2020' and 'none is expected to move before 2024'; 'Its FY2022 budget of ¥5.4 trillion is the tenth consecutive record' and 'a further ¥770 billion for defense'; 'the LDP said spending should aim at 2% of GDP or more ... but the government has adopted no target' (party platform, no spending goal); 'Tokyo is expected to host a third summit in the first half of 2022' (planned) and 'the four foreign ministers met in Melbourne on February 11'; 'floated an Indo-Pacific economic framework, though no partners have yet signed on' (no IPEF count); Table 1 2020 column (104.6, 142.6) and balance row (-38.0, -56.5); 'with about $1.3 trillion; China's holdings, about $1.07 trillion, come next'; 'Growth in the October-December quarter came to an annualized 5.4%' (quarter); 'a ¥55.7 trillion stimulus package' (package, not the budget); 'about ¥116 per dollar'; 'with Japan aiming higher, at 50%, if it can' (aspiration); 2020-24 style; PDF ligatures (interleaved only); interleaved columns",
}
