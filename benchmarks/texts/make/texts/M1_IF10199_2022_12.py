from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "M1-IF10199-2022-12", "fresh7", "IF10199", 23
LAYOUTS = ["interleaved", "pdf"]
PDF_OPTS = ["quotes", "hyph"]
CHART = {"unit": "Yen per dollar", "ymax": 140, "ticks": [0, 35, 70, 105, 140],
         "series": ["Annual average"],
         "bars": {"2018": (110.4,), "2019": (109.0,), "2020": (106.8,), "2021": (109.8,), "2022": (131.5,)}}

MD = """
U.S.-Japan Relations

Updated December 27, 2022

## Overview

On December 16, 2022, the cabinet of Prime Minister Kishida Fumio adopted three strategy documents that, if carried out, would make Japan one of the world's largest military spenders and would give its Self-Defense Forces (SDF) the means to strike targets on an adversary's territory. The Biden Administration welcomed the documents, which are expected to bind Japan's defense planning more tightly to that of the United States. Kishida is to meet President Joe Biden in Washington in January 2023, shortly after Japan begins a two-year term on the U.N. Security Council and takes up the rotating presidency of the Group of Seven (G7).

The alliance traces its origins to the security treaty the two countries signed in 1951, which was revised in 1960. Its basic bargain has not changed: Japan hosts U.S. forces, which number some fifty-four thousand military personnel, and the United States pledges to defend Japan. By comparison, about 28,500 U.S. troops are stationed in South Korea.

Economic ties are also deep. Japan is the leading source of foreign direct investment (FDI) in the United States. It also outranks every other foreign country, China included, as a holder of U.S. Treasury securities.

## Abe's Assassination and the July Election

Former Prime Minister Abe Shinzo, Japan's longest-serving leader, was shot and killed on July 8, 2022, while delivering a campaign speech in the city of Nara. The government held a state funeral for him on September 27 despite considerable public objection.

Two days after the killing, on July 10, voters chose half of the House of Councillors, the Diet's upper chamber. The ruling coalition of the Liberal Democratic Party (LDP) and Komeito came out stronger. The chamber's ruling bloc now controls 146 of its 248 seats, just under 59%, compared with 57% before the vote. In the more powerful House of Representatives, the coalition has held 293 of the 465 seats, a shade over 63%, since the general election of October 31, 2021; the LDP alone won 261.

Since the summer, Kishida's standing has eroded. Reports of ties between dozens of LDP lawmakers and the Unification Church, the group whose practices reportedly motivated Abe's killer, and the resignations of three cabinet ministers between late October and late November pushed his cabinet's approval rating below 35% in most polls. Kishida's term as LDP president runs until September 2024. He may nonetheless have a stretch free of national elections: the next regular contest, for half of the upper chamber, is due in July 2025, and members of the lower chamber sit until their terms end in October 2025 unless the house is dissolved first.

## Japan's New Security Documents

The three documents replace versions issued in 2013 and 2018:

- The National Security Strategy (NSS) calls China "the greatest strategic challenge" Japan has ever faced and describes North Korea's missile program as a graver and more imminent threat than before.
- The National Defense Strategy sets out how the SDF would defend Japan, with new emphasis on standoff missiles, air and missile defense, drones, cyber, and space.
- The Defense Buildup Program sets defense outlays of ¥43 trillion (about $315 billion) for FY2023-FY2027, roughly one and a half times the ¥27.5 trillion of the five-year plan it replaces.

Together, the documents commit Japan to raise spending on defense and related items to 2% of GDP by FY2027, the same benchmark NATO sets for its members. Since 1976, successive governments had held the defense budget to roughly 1% of GDP. The draft FY2023 budget the cabinet approved on December 23 requests ¥6.8 trillion for defense, 26% more than in FY2022. Kishida has proposed higher corporate, income, and tobacco taxes to pay for about ¥1 trillion a year of the increase, a plan that met resistance inside his own party.

The most consequential decision is to acquire "counterstrike capabilities," long-range missiles able to hit launch sites and other targets in an adversary's territory if Japan comes under attack. Until Japanese-made missiles are ready later in the decade, Tokyo plans to buy U.S.-made Tomahawk cruise missiles. The draft FY2023 budget sets aside ¥211.3 billion for them, around $1.6 billion; officials have discussed buying as many as 500. Japan's government says counterstrike would be used only in self-defense and within the limits of its constitution.

## The U.S. Military Presence

Japan covers part of the cost of stationing U.S. forces under a Special Measures Agreement. The current agreement, reached in December 2021 and covering FY2022 through FY2026, provides about ¥1.05 trillion over five years. That works out to an average of ¥211 billion annually, just over $1.5 billion at current exchange rates. Japan separately pays for base-related compensation to local communities, land rents, and the construction of facilities for realigned U.S. units.

Okinawa Prefecture accounts for 0.6% of Japan's land area, yet it is home to around one in four of the facilities used by U.S. Forces Japan (USFJ) and upwards of half of USFJ personnel. Under the realignment plan revised in 2012, about 9,000 Marines are to leave Okinawa; of them, approximately four thousand are to move to Guam, where the Marine Corps activated Camp Blaz in October 2020. None has moved yet.

Okinawan opposition to the planned replacement of Marine Corps Air Station Futenma with a new facility at Henoko, in the north of the island, persists. On September 11, 2022, Governor Tamaki Denny, who opposes the Henoko project, won a second four-year term, defeating Sakima Atsushi, a former mayor of Ginowan backed by the LDP and Komeito.

## Regional Relations

Biden and Kishida have made the Quadrilateral Security Dialogue (Quad) with Australia and India a centerpiece of their regional diplomacy. Leaders of the four countries have met four times since March 2021, twice in person, most recently in Tokyo in May 2022. Australia is to host the next summit in 2023.

Kishida held his first face-to-face meeting with Chinese leader Xi Jinping on November 17 in Bangkok, the first between the two countries' leaders in nearly three years. Tensions remain high: in August, China fired five ballistic missiles into Japan's exclusive economic zone during military drills around Taiwan. Relations with South Korea have improved since Yoon Suk Yeol took office in May. Kishida and Yoon met in Phnom Penh on November 13, the same day the two joined Biden for a trilateral summit.

Japan joined the G7 in imposing sanctions on Russia after its invasion of Ukraine and has broken with past practice by sending Ukraine non-lethal defense equipment such as helmets, body armor, and drones. Tokyo has pledged $600 million in financial support for Ukraine, twice the amount it first announced, and $300 million in humanitarian and development aid. It has since shipped generators and solar lanterns to help Ukrainians through the winter.

## Economic and Trade Issues

Only China, Canada, and Mexico traded more with the United States in 2021 than Japan did. Counted separately, Japan ranked fifth both as a market for U.S. exports and as a source of U.S. imports (Table 1). Partial-year data show goods trade growing in 2022: through October, U.S. goods exports to Japan were up about 7% from the same period a year earlier.

Table 1. U.S. Trade with Japan, Goods and Services ($ billions)

| | 2020 | 2021 |
| --- | --- | --- |
| U.S. exports to Japan | 104.4 | 112.2 |
| U.S. imports from Japan | 152.9 | 167.8 |
| U.S. balance | -48.5 | -55.6 |

Two limited trade agreements negotiated by the Trump Administration have been in force since January 2020. Since April 2022, Japanese steel has entered under a tariff-rate quota in place of the 25% Section 232 tariff. Japan is among the fourteen founding members of the Indo-Pacific Economic Framework for Prosperity (IPEF), which Biden launched in Tokyo in May 2022; the first formal negotiating round was held in Brisbane, Australia, on December 10-15.

Japan's real GDP grew 2.2% in 2021, recovering part of the 4.5% lost in 2020. Output shrank again in the July-September quarter of 2022, at an annualized rate of 0.8%. The Bank of Japan's near-zero interest rates, in contrast to the Federal Reserve's rapid tightening, drove the yen down: in October it passed ¥150 to the dollar for the first time since 1990, a 32-year low (Figure 1). The Ministry of Finance spent more than ¥9 trillion in September and October buying yen, its first such intervention since 1998. The currency regained some ground after the Bank of Japan on December 20 allowed long-term interest rates to rise further.

**Figure 1. Yen per U.S. Dollar, 2018-2022**

Source: Federal Reserve Board. Annual averages; 2022 through November.

To cushion households from higher energy and food prices, the Diet on December 2 enacted a second FY2022 supplementary budget of ¥28.9 trillion (roughly $210 billion), the bulk of a ¥39 trillion economic package announced in October. A first, smaller supplementary budget of ¥2.7 trillion had passed in May. On climate, Japan has committed to cutting greenhouse gas emissions by 46% from FY2013 levels by FY2030 and to reaching net zero by 2050.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Caitlin Campbell**, Analyst in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Kishida Fumio"),
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "alliance.treaty_ally_since": F(1951, as_written="the security treaty the two countries signed in 1951, which was revised in 1960"),
        "alliance.us_troops_in_japan": F(54000, "about", as_written="some fifty-four thousand military personnel", note="number in words"),
        "alliance.host_nation_support_per_year": F(1500000000, "over", per="year", as_written="That works out to an average of ¥211 billion annually, just over $1.5 billion at current exchange rates", note="the dollar figure with its own hedge; the yen amounts are traps"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="The current agreement, reached in December 2021 and covering FY2022 through FY2026"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="around one in four of the facilities used by U.S. Forces Japan (USFJ)"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="upwards of half of USFJ personnel"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="Okinawa Prefecture accounts for 0.6% of Japan's land area"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="approximately four thousand are to move to Guam", note="number in words; the 9,000 leaving Okinawa is a trap"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2027", as_written="commit Japan to raise spending on defense and related items to 2% of GDP by FY2027"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="Since 1976, successive governments had held the defense budget to roughly 1% of GDP"),
        "defense.tomahawk_purchase": F(1600000000, "about", as_written="The draft FY2023 budget sets aside ¥211.3 billion for them, around $1.6 billion", note="budget line in the cabinet's draft FY2023 budget; 'as many as 500' is a count"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="The ruling coalition of the Liberal Democratic Party (LDP) and Komeito"),
        "politics.upper_house_coalition_share": F(59, "under", previous=57, as_written="The chamber's ruling bloc now controls 146 of its 248 seats, just under 59%, compared with 57% before the vote", note="subject 'The chamber' carried from the House of Councillors sentence"),
        "politics.lower_house_coalition_share": F(63, "over", as_written="the coalition has held 293 of the 465 seats, a shade over 63%"),
        "politics.next_diet_election_due": F(2025, as_written="the next regular contest, for half of the upper chamber, is due in July 2025"),
        "politics.lower_house_election_due": D("2025-10", as_written="members of the lower chamber sit until their terms end in October 2025 unless the house is dissolved first"),
        "trade.overall_partner_rank": F(4, period="2021", as_written="Only China, Canada, and Mexico traded more with the United States in 2021 than Japan did"),
        "trade.export_partner_rank": F(5, period="2021", as_written="Japan ranked fifth both as a market for U.S. exports and as a source of U.S. imports"),
        "trade.import_partner_rank": F(5, period="2021", as_written="Japan ranked fifth both as a market for U.S. exports and as a source of U.S. imports"),
        "trade.us_exports_to_japan": F(112200000000, period="2021", as_written="Table 1: U.S. exports to Japan | 2021 | 112.2 ($ billions)", note="only in Table 1; the 2020 column is a trap"),
        "trade.us_imports_from_japan": F(167800000000, period="2021", as_written="Table 1: U.S. imports from Japan | 2021 | 167.8 ($ billions)", note="only in Table 1; the 2020 column is a trap"),
        "trade.fdi_source_rank": F(1, as_written="Japan is the leading source of foreign direct investment (FDI) in the United States"),
        "trade.treasury_holder_rank": F(1, as_written="It also outranks every other foreign country, China included, as a holder of U.S. Treasury securities", note="subject carried from the sentence before"),
        "economy.gdp_growth": GDP(y2021=2.2, y2020=-4.5),
        "economy.supplementary_budget": F(210000000000, "about", period="2022-12", as_written="the Diet on December 2 enacted a second FY2022 supplementary budget of ¥28.9 trillion (roughly $210 billion)"),
        "economy.emissions_cut_target": F(46, by="2030", baseline="2013", as_written="cutting greenhouse gas emissions by 46% from FY2013 levels by FY2030"),
        "economy.yen": F("32-year low against the dollar", period="2022-10", as_written="in October it passed ¥150 to the dollar for the first time since 1990, a 32-year low"),
        "diplomacy.quad_leader_meetings": F(4, as_written="Leaders of the four countries have met four times since March 2021"),
        "diplomacy.ipef_other_partners": F(13, period="2022-05", as_written="Japan is among the fourteen founding members of the Indo-Pacific Economic Framework for Prosperity (IPEF), which Biden launched in Tokyo in May 2022", note="fourteen including Japan: 13 beside it"),
        "diplomacy.ukraine_financial_support": F(600000000, as_written="Tokyo has pledged $600 million in financial support for Ukraine"),
        "diplomacy.ukraine_humanitarian_aid": F(300000000, as_written="and $300 million in humanitarian and development aid"),
    },
    "elections": {
        "lower_house_2021": E("Lower House", "2021-10-31", "held", result="coalition 293 of 465 seats, a shade over 63%; LDP alone 261"),
        "upper_house_2022": E("Upper House", "2022-07-10", "held", result="coalition 146 of 248 seats, just under 59%, up from 57%"),
        "okinawa_governor_2022": E("Okinawa governor", "2022-09-11", "held", result="Tamaki Denny reelected, defeating LDP- and Komeito-backed Sakima Atsushi"),
        "upper_house_2025": E("Upper House", "2025-07", "upcoming"),
    },
    "events": {
        "abe_assassination": EV("Former Prime Minister Abe Shinzo shot and killed in Nara", "2022-07-08"),
    },
    "notes": "Traps: 'On December 16, 2022, the cabinet ... adopted three strategy documents'; 'Kishida is to meet President Joe Biden in Washington in January 2023' (planned) and 'a two-year term on the U.N. Security Council'; 'which was revised in 1960' (not the treaty year); 'about 28,500 U.S. troops are stationed in South Korea' (another country); 'a state funeral for him on September 27'; 'Two days after the killing, on July 10' (the election, not the event); '146 of its 248 seats' and 'compared with 57% before the vote' (previous share); '293 of the 465 seats' and 'the LDP alone won 261' (one party); 'approval rating below 35%'; 'Kishida's term as LDP president runs until September 2024' (a term end, not an election); 'replace versions issued in 2013 and 2018'; '¥43 trillion (about $315 billion) for FY2023-FY2027' and 'the ¥27.5 trillion of the five-year plan it replaces'; 'the same benchmark NATO sets for its members'; 'requests ¥6.8 trillion for defense, 26% more than in FY2022'; 'about ¥1 trillion a year of the increase'; '¥211.3 billion' (yen) and 'as many as 500' (a count); 'about ¥1.05 trillion over five years' and 'an average of ¥211 billion annually' (yen amounts, not the dollar figure); 'about 9,000 Marines are to leave Okinawa' (total leaving, not Guam); 'activated Camp Blaz in October 2020' and 'None has moved yet' (no Marines in Guam); 'won a second four-year term'; 'twice in person' (not the meeting count) and 'Australia is to host the next summit in 2023' (planned); 'first face-to-face meeting with Chinese leader Xi Jinping on November 17'; 'five ballistic missiles'; 'Yoon Suk Yeol took office in May'; 'twice the amount it first announced'; 'up about 7% from the same period a year earlier' (partial 2022); Table 1's 2020 column (104.4, 152.9) and balance row (-48.5, -55.6); 'in force since January 2020' (IF11120 agreements); 'the 25% Section 232 tariff' (steel, replaced by a quota; no tariff on most imports); 'fourteen founding members' (Japan included) and 'the first formal negotiating round was held in Brisbane, Australia, on December 10-15' (IPEF, not the 2019 U.S.-Japan talks); 'at an annualized rate of 0.8%' (a quarter); 'passed ¥150 to the dollar for the first time since 1990'; 'more than ¥9 trillion ... buying yen, its first such intervention since 1998'; 'on December 20 allowed long-term interest rates to rise further'; Figure 1 (yen per dollar, annual averages 2018-2022; axis ticks 0-140, no value labels); 'the bulk of a ¥39 trillion economic package announced in October' and 'A first, smaller supplementary budget of ¥2.7 trillion had passed in May' (earlier budget); 'net zero by 2050'; PDF curly quotes and hyphenated line ends; interleaved columns",
}
