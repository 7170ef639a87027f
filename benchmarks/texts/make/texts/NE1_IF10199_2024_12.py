from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "NE1-IF10199-2024-12", "fresh48", "IF10199", 41
LAYOUTS = ["pdf", "md"]
PDF_OPTS = ["lig", "hyph"]
CHART = {"unit": "$ billions", "ymax": 1600, "ticks": [0, 400, 800, 1200, 1600],
         "series": ["Japan's holdings of U.S. Treasuries"],
         "bars": {"2020": (1256,), "2021": (1302,), "2022": (1076,), "2023": (1138,), "2024": (1129,)}}

MD = """
U.S.-Japan Relations

Updated December 19, 2024

## Overview

Japan, a treaty ally of the United States since 1951, enters 2025 with a weakened government just as Washington prepares for a change of administration. Prime Minister Ishiba Shigeru took office on October 1, 2024, and called a snap election within days. On October 27, his Liberal Democratic Party (LDP) and its junior partner, Komeito, lost the majority they had held in the House of Representatives, the Diet's lower and more powerful chamber. The Diet re-elected Ishiba as prime minister on November 11, but his minority cabinet must now negotiate with opposition parties to pass budgets and bills.

In Washington, President Joe Biden is to hand power to President-elect Donald Trump on January 20, 2025. Under Biden and Ishiba's predecessor, Kishida Fumio, the two governments expanded defense cooperation more quickly than at any point in decades. Trump's first-term pressure on burden-sharing and trade, and his campaign promise of tariffs on all imports, have prompted concern in Tokyo that some of that momentum could stall. Issues likely to draw congressional attention include:

- the durability of Japan's defense buildup under a minority government;
- the next cost-sharing accord for U.S. forces, due to be negotiated before the current one lapses in March 2027;
- Nippon Steel's pending bid for U.S. Steel and possible new U.S. tariffs.

## Japan's Political Transition

Kishida's standing never recovered from two blows: revelations of ties between LDP lawmakers and the Unification Church, which surfaced after former Prime Minister Abe Shinzo was assassinated on July 8, 2022, and a later scandal over unreported political funds in the party's factions. With his cabinet's approval below 20% in several polls, he said in August 2024 that he would not run again for party president. Nine candidates contested the leadership, the most since the LDP was formed in 1955. In a September 27 runoff, Ishiba, a former defense minister on his fifth attempt, defeated Takaichi Sanae, 215 votes to 194.

The general election that followed was the ruling bloc's worst in 15 years. The LDP fell from 247 seats to 191, and Komeito took 24. Their combined 215 seats amount to about 46% of the 465-seat chamber, 18 short of a majority; before the dissolution the two parties had held 279. The Constitutional Democratic Party of Japan (CDP) gained 50 seats, to 148. The Democratic Party for the People (DPFP), which quadrupled its strength to 28 seats, has supported the government's budget in exchange for a higher income-tax threshold.

The coalition is on firmer ground in the House of Councillors. It holds close to three-fifths of that chamber's seats, half of which are filled every three years. The next of those contests, in July 2025, is the next nationwide election Ishiba faces. No Lower House election is required until October 2028, though a prime minister may dissolve the chamber earlier.

## The Alliance

The 1951 security treaty, replaced by the current treaty in 1960, obliges the United States to defend Japan and gives U.S. forces access to bases there. Roughly 54,000 U.S. military personnel are stationed in Japan, more than in any other foreign country; about 28,500 are in South Korea. The Navy's only forward-deployed aircraft carrier is homeported at Yokosuka.

Japan pays a share of the cost of hosting these forces. A Special Measures Agreement announced in December 2021 provides ¥1.05 trillion over five fiscal years (FY2022-FY2026), roughly $2 billion per year at the exchange rate of the time. In 2019, Trump reportedly sought $8 billion a year from Tokyo; the current accord runs through March 2027.

At a "2+2" meeting of foreign and defense ministers in Tokyo on July 28, 2024, the allies agreed to reconstitute U.S. Forces Japan as a joint force headquarters over time, alongside the Joint Operations Command that Japan's Self-Defense Forces are to stand up by March 2025. They also agreed to co-produce Advanced Medium-Range Air-to-Air Missiles and to explore producing more PAC-3 interceptors in Japan.

## Defense Reforms

Japan's December 2022 national security strategy set a goal of spending 2% of GDP on defense and related items by FY2027. For decades, budgets had been held to around 1% of GDP. The buildup, costed at ¥43 trillion for FY2023-FY2027, includes "counterstrike" capabilities: in January 2024, Japan signed a contract for up to 400 Tomahawk cruise missiles, a U.S. sale valued at an estimated $2.35 billion, with the first deliveries expected in FY2025. How to pay for the buildup remains unsettled; the LDP has postponed tax increases to fund it more than once. Ishiba has also revived proposals, including an "Asian NATO" and a review of the 1960 Status of Forces Agreement, that U.S. officials have received coolly.

## Okinawa and Guam

Okinawa Prefecture, 0.6% of Japan's land area, hosts about one-quarter of all facilities used by U.S. forces in Japan and more than half of their personnel. The plan to replace Marine Corps Air Station Futenma with a runway at Henoko, first agreed in 1996, continues over local objections: after the Supreme Court sided with the central government in 2023, Tokyo approved a design change in December 2023, and work on the soft seabed of Oura Bay began in January 2024.

Under the 2012 revision of the realignment plan, some 9,000 Marines are to leave Okinawa. Of those, about 4,000 are to move to Guam. The first contingent, roughly 100 logistics Marines, arrived at Camp Blaz this month, and the bulk of the move is not expected before the 2030s.

## Regional and Global Diplomacy

The leaders of the Quad (Australia, India, Japan, and the United States) have met six times since March 2021, most recently in Wilmington, Delaware, in September 2024; India is to host the seventh meeting in 2025. Japan's ties with South Korea, restored under Kishida, underpin a trilateral framework launched at Camp David in August 2023. Tensions with China persist: in August 2024 a Chinese military aircraft entered Japanese airspace for the first time, and Chinese coast guard ships patrol near the Senkaku Islands almost daily.

Japan was a founding member of the Indo-Pacific Economic Framework for Prosperity (IPEF), launched in Tokyo in May 2022 by the United States, Japan, and 12 other countries. The 14 members have since concluded agreements on supply chains, a clean economy, and a fair economy.

Tokyo has committed roughly $12 billion to Ukraine since February 2022. That total includes some $1.2 billion in humanitarian aid and close to $9 billion in financial support. Separately, in December 2024 Japan said it would lend about $3 billion (¥471.9 billion) under a G7 scheme repaid from the earnings of immobilized Russian assets.

## Economic and Trade Ties

Japan is the sixth-largest U.S. trading partner. In 2023, it ranked fifth both as a market for U.S. exports and as a source of U.S. imports (Table 1). Japanese autos and parts, which make up roughly a third of U.S. goods imports from Japan, would be exposed to the 10% or 20% tariff on all imports that Trump proposed during the campaign; he has also promised 25% tariffs on goods from Canada and Mexico, where many Japanese automakers assemble vehicles.

Table 1. U.S. Trade in Goods and Services with Japan ($ billions)

| Flow | 2022 | 2023 |
| --- | --- | --- |
| U.S. exports to Japan | 117.6 | 121.1 |
| U.S. imports from Japan | 179.4 | 184.2 |
| U.S. balance | -61.8 | -63.1 |

Since 2019, Japan has been the largest source of foreign direct investment (FDI) in the United States, with a stock of $783 billion at the end of 2023. Nippon Steel's $14.9 billion offer for U.S. Steel, announced in December 2023, is awaiting a decision by the Committee on Foreign Investment in the United States (CFIUS); both Biden and Trump have said they oppose it. Japan also holds more U.S. Treasury securities than any other foreign country, a little over $1.1 trillion as of October, ahead of China (Figure 1).

**Figure 1. Japan's Holdings of U.S. Treasury Securities, 2020-2024**

Source: U.S. Treasury, Treasury International Capital data; end of year, 2024 as of October.

## Japan's Economy

Real GDP rose 1.5% in 2023, after 1.0% in 2022. The IMF projects growth of about 0.3% in 2024; output expanded at an annualized 1.2% in the July-September quarter. In March 2024, the Bank of Japan ended eight years of negative interest rates, and it raised its policy rate again in July, to 0.25%. The yen fell past ¥161 to the dollar in early July 2024, a 38-year low, before recovering to around ¥150.

On December 17, the Diet enacted a ¥13.9 trillion supplementary budget, about $90 billion, to fund most of a ¥39 trillion economic package announced in November; it passed with DPFP and Ishin votes. Japan has pledged under the Paris Agreement to cut greenhouse gas emissions by 46% by 2030 from 2013 levels. A government panel has proposed a deeper cut, 60% by FY2035, which the cabinet is expected to adopt early next year.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Caitlin Campbell**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Ishiba", "Shigeru", "Prime Minister Ishiba Shigeru", note="family name first; Kishida Fumio and Abe Shinzo are former prime ministers"),
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden", note="Trump is president-elect, taking office January 20, 2025"),
        "alliance.treaty_ally_since": F(1951, as_written="a treaty ally of the United States since 1951", note="also 'The 1951 security treaty'; 1960 is the year of the current treaty (a trap)"),
        "alliance.us_troops_in_japan": F(54000, "about", as_written="Roughly 54,000 U.S. military personnel are stationed in Japan"),
        "alliance.host_nation_support_per_year": F(2000000000, "about", per="year", as_written="roughly $2 billion per year at the exchange rate of the time", note="the yen total over five years is ¥1.05 trillion"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="A Special Measures Agreement announced in December 2021", note="five fiscal years, FY2022-FY2026"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="hosts about one-quarter of all facilities used by U.S. forces in Japan", note="fraction in words: one-quarter = 25"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="and more than half of their personnel"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="Okinawa Prefecture, 0.6% of Japan's land area"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Of those, about 4,000 are to move to Guam", note="subject carried from the sentence before (the 9,000 leaving Okinawa)"),
        "alliance.marines_in_guam": F(100, "about", period="2024-12", as_written="The first contingent, roughly 100 logistics Marines, arrived at Camp Blaz this month", note="the Marines who have arrived in Guam so far"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2027", as_written="set a goal of spending 2% of GDP on defense and related items by FY2027"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="For decades, budgets had been held to around 1% of GDP"),
        "defense.tomahawk_purchase": F(2350000000, "about", as_written="a U.S. sale valued at an estimated $2.35 billion"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="his Liberal Democratic Party (LDP) and its junior partner, Komeito"),
        "politics.lower_house_coalition_share": F(46, "about", as_written="Their combined 215 seats amount to about 46% of the 465-seat chamber", note="a minority after the October 27, 2024 election"),
        "politics.upper_house_coalition_share": F(60, "nearly", as_written="It holds close to three-fifths of that chamber's seats", note="'close to' is nearly; three-fifths = 60; 'half of which are filled every three years' is a trap"),
        "politics.next_diet_election_due": F(2025, as_written="The next of those contests, in July 2025, is the next nationwide election Ishiba faces"),
        "politics.lower_house_election_due": D("2028-10", as_written="No Lower House election is required until October 2028", note="years away: not an upcoming election"),
        "trade.overall_partner_rank": F(6, as_written="Japan is the sixth-largest U.S. trading partner", note="no year written"),
        "trade.export_partner_rank": F(5, period="2023", as_written="In 2023, it ranked fifth both as a market for U.S. exports"),
        "trade.import_partner_rank": F(5, period="2023", as_written="and as a source of U.S. imports"),
        "trade.us_exports_to_japan": F(121100000000, period="2023", as_written="Table 1: U.S. exports to Japan | 2023 | 121.1 ($ billions)", note="only in the table; the 2022 column is a trap"),
        "trade.us_imports_from_japan": F(184200000000, period="2023", as_written="Table 1: U.S. imports from Japan | 2023 | 184.2 ($ billions)", note="only in the table; the 2022 column is a trap"),
        "trade.fdi_source_rank": F(1, as_written="Since 2019, Japan has been the largest source of foreign direct investment (FDI) in the United States"),
        "trade.treasury_holder_rank": F(1, as_written="Japan also holds more U.S. Treasury securities than any other foreign country"),
        "economy.gdp_growth": GDP(y2023=1.5, y2022=1.0),
        "economy.supplementary_budget": F(90000000000, "about", period="2024-12", as_written="the Diet enacted a ¥13.9 trillion supplementary budget, about $90 billion", note="enacted December 17 (2024)"),
        "economy.yen": F("38-year low against the dollar", period="2024-07", as_written="The yen fell past ¥161 to the dollar in early July 2024, a 38-year low"),
        "economy.emissions_cut_target": F(46, by="2030", baseline="2013", as_written="to cut greenhouse gas emissions by 46% by 2030 from 2013 levels"),
        "diplomacy.quad_leader_meetings": F(6, as_written="The leaders of the Quad (Australia, India, Japan, and the United States) have met six times since March 2021"),
        "diplomacy.ipef_other_partners": F(13, period="2022-05", as_written="launched in Tokyo in May 2022 by the United States, Japan, and 12 other countries", note="the United States plus 12 others = 13 beside Japan; 'The 14 members' is all members including Japan"),
        "diplomacy.ukraine_humanitarian_aid": F(1200000000, "about", as_written="some $1.2 billion in humanitarian aid"),
        "diplomacy.ukraine_financial_support": F(9000000000, "nearly", as_written="close to $9 billion in financial support", note="the separate ~$3 billion G7 loan is not counted in it"),
    },
    "elections": {
        "ldp_president_2024": E("LDP president", "2024-09-27", "held", result="Ishiba defeated Takaichi Sanae in the runoff, 215 votes to 194"),
        "lower_house_2024": E("Lower House", "2024-10-27", "held", result="LDP 191, Komeito 24: 215 of 465, about 46%, coalition lost its majority"),
        "upper_house_2025": E("Upper House", "2025-07", "upcoming"),
    },
    "events": {
        "abe_assassination": EV("Former Prime Minister Abe Shinzo assassinated", "2022-07-08"),
    },
    "notes": "Traps: 'took office on October 1, 2024' and 'The Diet re-elected Ishiba as prime minister on November 11' (dates, not elections); 'President-elect Donald Trump on January 20, 2025' (not yet president); 'Ishiba's predecessor, Kishida Fumio' and 'former Prime Minister Abe Shinzo' (former leaders); 'before the current one lapses in March 2027' and 'the current accord runs through March 2027' (expiry, not the agreement's date); 'With his cabinet's approval below 20%'; 'Nine candidates contested the leadership, the most since the LDP was formed in 1955'; 'on his fifth attempt'; 'defeated Takaichi Sanae, 215 votes to 194' (LDP vote counts, the same 215 as the coalition's seats); 'the ruling bloc's worst in 15 years'; 'The LDP fell from 247 seats to 191, and Komeito took 24' (seat counts, not shares); '18 short of a majority'; 'before the dissolution the two parties had held 279' (previous seats); 'gained 50 seats, to 148' (CDP); 'quadrupled its strength to 28 seats' (DPFP); 'half of which are filled every three years' (not the Upper House share); 'though a prime minister may dissolve the chamber earlier'; 'replaced by the current treaty in 1960' and 'the 1960 Status of Forces Agreement' (not the ally-since year); 'about 28,500 are in South Korea' (another country); '¥1.05 trillion over five fiscal years (FY2022-FY2026)' (total in yen, not per year); 'In 2019, Trump reportedly sought $8 billion a year' (a past demand); 'on July 28, 2024' and 'by March 2025' (2+2 and Joint Operations Command dates); 'Japan's December 2022 national security strategy'; 'costed at ¥43 trillion for FY2023-FY2027'; 'up to 400 Tomahawk cruise missiles' (a count) and 'first deliveries expected in FY2025'; 'first agreed in 1996', 'in 2023', 'in December 2023' and 'began in January 2024' (Henoko); 'Under the 2012 revision of the realignment plan, some 9,000 Marines are to leave Okinawa' (the total leaving, not the Guam figure); 'not expected before the 2030s'; 'since March 2021' and 'India is to host the seventh meeting in 2025' (planned, not held); 'Camp David in August 2023'; 'in August 2024 a Chinese military aircraft'; 'The 14 members' (IPEF including Japan); 'roughly $12 billion to Ukraine since February 2022' (total, not either part); 'lend about $3 billion (¥471.9 billion) under a G7 scheme' (separate loan); 'roughly a third of U.S. goods imports from Japan'; 'the 10% or 20% tariff on all imports that Trump proposed during the campaign' (proposed, not in effect: no tariff on most imports is stated) and '25% tariffs on goods from Canada and Mexico' (other countries, promised); Table 1's 2022 column and balance row ('-61.8', '-63.1'); 'with a stock of $783 billion at the end of 2023' (FDI stock, not a catalogue fact here); 'Nippon Steel's $14.9 billion offer for U.S. Steel, announced in December 2023'; 'a little over $1.1 trillion as of October' (Treasury holdings, not a rank); Figure 1 (PDF: '$ billions', axis ticks 0-1600, year labels 2020-2024, legend, no value labels); 'The IMF projects growth of about 0.3% in 2024' (a projection, not a GDP growth figure); 'an annualized 1.2% in the July-September quarter' (quarterly); 'ended eight years of negative interest rates' and 'to 0.25%'; 'before recovering to around ¥150'; 'a ¥39 trillion economic package announced in November'; 'A government panel has proposed a deeper cut, 60% by FY2035' (proposed, not the pledged target). PDF: ligature characters and hyphenated line ends.",
}
