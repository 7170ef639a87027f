from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "MC1-IF10199-2025-12", "fresh32", "IF10199", 47
LAYOUTS = ["pdf", "interleaved"]
PDF_OPTS = ["lig", "quotes", "hyph"]
CHART = {"unit": "¥ trillions", "ymax": 10, "ticks": [0, 2.5, 5, 7.5, 10],
         "series": ["Initial defense budget"],
         "bars": {"FY2022": (5.40,), "FY2023": (6.82,), "FY2024": (7.95,), "FY2025": (8.70,), "FY2026": (8.80,)}}

MD = """
U.S.-Japan Relations

Updated December 17, 2025

## Overview

For the first time, a woman leads Japan. Takaichi Sanae, chosen by Liberal Democratic Party (LDP) members on October 4 to head the party, became prime minister seventeen days later, after her predecessor, Ishiba Shigeru, stepped down in the wake of a second national electoral setback in nine months. A protégé of the late Abe Shinzo, whose assassination on July 8, 2022, removed the LDP's dominant figure, Takaichi has promised faster military spending and a firm line toward China. She hosted President Donald J. Trump in Tokyo within a week of taking office. Her first weeks were also marked by a sharp diplomatic quarrel with Beijing over remarks she made in the Diet about a possible Taiwan contingency; China urged its citizens to avoid travel to Japan.

## Tariffs and the Investment Pledge

Trade frictions dominated the bilateral agenda for most of 2025. Negotiations began after the White House, on April 7, named Japan among the first partners it would bargain with, days after announcing a 24% "reciprocal" rate for Japanese goods. That rate was suspended within a week, leaving a 10% across-the-board duty in place, and in a July letter the President warned of 25%. The deal announced on July 22 averted both.

What it set, and what Japanese goods pay today, is a single rate: since September, a 15% tariff, inclusive of the ordinary most-favored-nation duty, applies to most products shipped from Japan to the United States. Cars and auto parts, which had faced 27.5% since the spring, also pay 15% under Section 232. In return, Tokyo is to channel $550 billion into U.S. projects chosen by Washington before January 19, 2029, largely through loans and guarantees from state-backed lenders. Whether the tariffs rest on sound legal footing is another matter: the Supreme Court, which heard arguments on November 5 over the use of the International Emergency Economic Powers Act (IEEPA), has yet to rule.

Table 1. Rates on Most Goods from Japan, 2025

| Measure | Announced | Rate | Status |
| --- | --- | --- | --- |
| Universal baseline | April 2 | 10% | Replaced |
| "Reciprocal" rate | April 2 | 24% | Suspended |
| Letter to Ishiba | July 7 | 25% | Not applied |
| Framework rate | July 22 | 15% | In effect |

Source: CRS, from executive orders and White House statements.

## The Alliance

Allies under a security treaty that entered into force in 1952 (and was revised in 1960), the two countries have built the alliance around Japan's hosting of U.S. forces. The forward-deployed U.S. presence there, the largest anywhere, is made up of roughly fifty-five thousand active-duty personnel; about 28,500 more are in South Korea. Japan helps pay for it. A Special Measures Agreement announced in December 2021 commits ¥1.055 trillion over FY2022-FY2026, which works out to about $1.9 billion a year at recent exchange rates. Talks on its successor are expected to open next year, and some in the Administration have signaled they will seek a larger contribution.

## Okinawa

The southern prefecture carries a disproportionate share of the burden:

- it covers less than one percent of Japan's land area;
- it holds roughly seven-tenths of the facilities reserved for the exclusive use of U.S. forces;
- it is home to close to half of all U.S. military personnel in Japan.

Some 9,000 Marines are to leave Okinawa; of those, around 4,000 are slated for Guam under a 2012 revision of the 2006 realignment roadmap, which had once envisioned 8,000. The first group, about 100 logistics specialists, has been on Guam since December 2024. Okinawa's governor, Tamaki Denny, who opposes the relocation of Marine Corps Air Station Futenma to Henoko, faces voters again next September.

## Defense Buildup

The national security strategy of December 2022 called for defense and related spending to reach 2% of GDP by FY2027, roughly double the 1% of GDP that served for decades as an informal ceiling. Takaichi has pulled that target forward: she told the Diet in October that Japan would hit 2% within the current fiscal year, FY2025, and her supplementary budget adds funds toward it. Some U.S. officials have urged 3.5%, and NATO allies agreed in June to aim for 5%. Japan's purchase of as many as 400 Tomahawk land-attack missiles, for roughly $2.35 billion, is under way; the first deliveries arrived this year.

**Figure 1. Japan's Initial Defense Budgets, FY2022-FY2026**

Source: Japan Ministry of Defense. FY2026 is the August 2025 request.

## Politics

The Takaichi government rests on a new partnership. Komeito, the LDP's coalition partner for 26 years, quit in October; the LDP then concluded a governing agreement with the Japan Innovation Party (Ishin), which has not taken cabinet posts. The LDP-Ishin bloc reached a bare majority in the Lower House only in late November, when three independents joined the LDP's caucus. In the House of Councillors, where the LDP and Komeito lost their majority on July 20, the new partners together control fewer than half of the 248 seats, so passing legislation requires opposition votes. The LDP had already lost its Lower House majority in the October 2024 election. That chamber's term runs to October 2028. Unless Takaichi calls a snap election, which many in the LDP urge while her approval ratings are high, the next national vote will be the Upper House election of summer 2028.

## Economic Ties

Measured by goods and services combined, Japan was the sixth-largest U.S. trading partner in 2024. On a goods basis it ranked sixth among U.S. export markets and fifth among suppliers; goods shipped to Japan were worth $79.7 billion that year, while those arriving from it were valued at $148.2 billion. Imports from Japan declined through much of 2025, as automakers absorbed part of the tariff. Japan has been the top source of foreign direct investment in the United States since 2019; Nippon Steel's $14.9 billion acquisition of U.S. Steel, completed in June, will add to that position. Of all foreign holders of U.S. Treasury securities, Japan held the most in September, about $1.2 trillion; the United Kingdom ranked second and China third.

## Economy

Japan's economy grew 0.1% in 2024, after 1.5% in 2023, and contracted at an annualized 2.3% in the July-September quarter of this year. The Diet on December 16 approved an ¥18.3 trillion supplementary budget, about $118 billion, the largest since the pandemic, to finance most of a ¥21.3 trillion stimulus package. In November, the yen slid to around ¥157 per dollar, a ten-month low. Japan's climate pledge remains a 46% cut in greenhouse gas emissions from FY2013 levels by FY2030; the government has added goals of 60% by FY2035 and 73% by FY2040.

## Regional Diplomacy

Six leader-level meetings of the Quad (Australia, India, Japan, and the United States) have taken place since 2021. India was to host the seventh this year, but no date has been set. Takaichi has pursued closer ties with South Korea's President Lee Jae-myung, whom she met on the sidelines of October's APEC meeting.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "Takaichi Sanae", note="family name first; 'became prime minister seventeen days later' carries the subject"),
        "leaders.us_president": P("Trump", "Donald", "President Donald J. Trump"),
        "trade.us_tariff_on_most_imports_from_japan": F(15, period="2025-09", as_written="since September, a 15% tariff, inclusive of the ordinary most-favored-nation duty, applies to most products shipped from Japan to the United States", note="Table 1's 'Framework rate' row ('In effect') agrees; 24%, 10% and 25% are past, suspended or threatened"),
        "trade.japan_investment_pledge": F(550000000000, by="2029-01-19", as_written="Tokyo is to channel $550 billion into U.S. projects chosen by Washington before January 19, 2029"),
        "alliance.treaty_ally_since": F(1952, as_written="Allies under a security treaty that entered into force in 1952 (and was revised in 1960)"),
        "alliance.us_troops_in_japan": F(55000, "about", as_written="The forward-deployed U.S. presence there, the largest anywhere, is made up of roughly fifty-five thousand active-duty personnel", note="number in words"),
        "alliance.host_nation_support_per_year": F(1900000000, "about", per="year", as_written="which works out to about $1.9 billion a year at recent exchange rates", note="the five-year yen total is not the yearly figure"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="A Special Measures Agreement announced in December 2021"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="it covers less than one percent of Japan's land area", note="bullet; number in words"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="it holds roughly seven-tenths of the facilities reserved for the exclusive use of U.S. forces", note="bullet; fraction in words; exclusive-use basis"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "nearly", as_written="it is home to close to half of all U.S. military personnel in Japan", note="bullet; 'close to' is nearly"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="of those, around 4,000 are slated for Guam"),
        "alliance.marines_in_guam": F(100, "about", period="2024-12", as_written="The first group, about 100 logistics specialists, has been on Guam since December 2024"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2025", as_written="she told the Diet in October that Japan would hit 2% within the current fiscal year, FY2025", note="pulled forward from FY2027 ('called for defense and related spending to reach 2% of GDP by FY2027')"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="roughly double the 1% of GDP that served for decades as an informal ceiling", note="'roughly' hedges 'double', not the ceiling"),
        "defense.tomahawk_purchase": F(2350000000, "about", as_written="Japan's purchase of as many as 400 Tomahawk land-attack missiles, for roughly $2.35 billion"),
        "politics.ruling_coalition": F(["LDP", "Ishin"], as_written="the LDP then concluded a governing agreement with the Japan Innovation Party (Ishin)", note="Komeito quit in October; Ishin holds no cabinet posts"),
        "politics.lower_house_coalition_share": F(50, "over", as_written="The LDP-Ishin bloc reached a bare majority in the Lower House only in late November"),
        "politics.upper_house_coalition_share": F(50, "under", as_written="the new partners together control fewer than half of the 248 seats"),
        "politics.lower_house_election_due": D("2028-10", as_written="That chamber's term runs to October 2028"),
        "politics.next_diet_election_due": F(2028, as_written="the next national vote will be the Upper House election of summer 2028", note="a snap election is speculation"),
        "trade.overall_partner_rank": F(6, period="2024", as_written="Measured by goods and services combined, Japan was the sixth-largest U.S. trading partner in 2024"),
        "trade.export_partner_rank": F(6, period="2024", as_written="On a goods basis it ranked sixth among U.S. export markets", note="year carried from the sentence before"),
        "trade.import_partner_rank": F(5, period="2024", as_written="and fifth among suppliers"),
        "trade.us_exports_to_japan": F(79700000000, period="2024", as_written="goods shipped to Japan were worth $79.7 billion that year", note="goods basis"),
        "trade.us_imports_from_japan": F(148200000000, period="2024", as_written="while those arriving from it were valued at $148.2 billion", note="goods basis; 'those' carries 'goods'"),
        "trade.fdi_source_rank": F(1, as_written="Japan has been the top source of foreign direct investment in the United States since 2019"),
        "trade.treasury_holder_rank": F(1, period="2025-09", as_written="Of all foreign holders of U.S. Treasury securities, Japan held the most in September, about $1.2 trillion"),
        "economy.gdp_growth": GDP(y2024=0.1, y2023=1.5),
        "economy.supplementary_budget": F(118000000000, "about", period="2025-12-16", as_written="The Diet on December 16 approved an ¥18.3 trillion supplementary budget, about $118 billion"),
        "economy.yen": F("ten-month low against the dollar", period="2025-11", as_written="In November, the yen slid to around ¥157 per dollar, a ten-month low"),
        "economy.emissions_cut_target": F(46, by="FY2030", baseline="FY2013", as_written="a 46% cut in greenhouse gas emissions from FY2013 levels by FY2030"),
        "diplomacy.quad_leader_meetings": F(6, as_written="Six leader-level meetings of the Quad (Australia, India, Japan, and the United States) have taken place since 2021"),
    },
    "elections": {
        "ldp_president_2025": E("LDP president", "2025-10-04", "held", result="Takaichi Sanae chosen"),
        "upper_house_2025": E("Upper House", "2025-07-20", "held", result="LDP and Komeito lost their majority"),
        "lower_house_2024": E("Lower House", "2024-10", "held", result="LDP lost its majority"),
        "okinawa_governor_2026": E("Okinawa governor", "2026-09", "upcoming", note="'faces voters again next September' (year from the cover)"),
        "upper_house_2028": E("Upper House", "2028", "upcoming", note="'summer 2028' is year precision"),
    },
    "events": {
        "abe_assassination": EV("Former Prime Minister Abe Shinzo assassinated", "2022-07-08", "held"),
        "tariff_talks_announced": EV("White House names Japan among the first partners for tariff negotiations", "2025-04-07", "held"),
    },
    "notes": "Traps: 'chosen by Liberal Democratic Party (LDP) members on October 4' (LDP vote, not a Diet election) and 'became prime minister seventeen days later'; 'her predecessor, Ishiba Shigeru' and 'the late Abe Shinzo' (former prime ministers); 'a second national electoral setback in nine months'; 'within a week of taking office'; 'days after announcing a 24% \"reciprocal\" rate' (announced, suspended), 'leaving a 10% across-the-board duty in place' (past), 'in a July letter the President warned of 25%' (threatened); 'The deal announced on July 22' (no IF10199 fact); 'which had faced 27.5% since the spring, also pay 15% under Section 232' (autos, not most imports); 'which heard arguments on November 5 ... has yet to rule' (no ruling); Table 1 rows 'Universal baseline ... 10% ... Replaced', '\"Reciprocal\" rate ... 24% ... Suspended', 'Letter to Ishiba ... 25% ... Not applied' (past, suspended, never applied; only the 'Framework rate ... 15% ... In effect' row is current); '(and was revised in 1960)'; 'about 28,500 more are in South Korea' (another country); 'commits ¥1.055 trillion over FY2022-FY2026' (five-year yen total); 'Talks on its successor are expected to open next year'; 'Some 9,000 Marines are to leave Okinawa' (total leaving, not Guam) and 'under a 2012 revision of the 2006 realignment roadmap, which had once envisioned 8,000' (past plan); 'by FY2027' (original deadline, moved forward); 'Some U.S. officials have urged 3.5%, and NATO allies agreed in June to aim for 5%' (others' targets); 'as many as 400 Tomahawk' (a count of missiles); Figure 1 (initial defense budgets FY2022-FY2026 in ¥ trillions; axis ticks 0-10, no value labels; FY2026 a request); 'the LDP's coalition partner for 26 years' (Komeito, former partner); 'when three independents joined'; 'lost their majority on July 20' (past Upper House result) and 'the 248 seats'; 'lost its Lower House majority in the October 2024 election'; 'Unless Takaichi calls a snap election' (speculation, no election); 'Imports from Japan declined through much of 2025' (partial year, no figure); 'since 2019' (a span, not a period); 'Nippon Steel's $14.9 billion acquisition of U.S. Steel, completed in June'; 'about $1.2 trillion' (holdings) and 'the United Kingdom ranked second and China third'; 'contracted at an annualized 2.3% in the July-September quarter' (a quarter, not a year); 'a ¥21.3 trillion stimulus package'; '¥157 per dollar'; 'goals of 60% by FY2035 and 73% by FY2040' (later goals); 'India was to host the seventh this year' (planned, not held); 'South Korea's President Lee Jae-myung' (another country's leader). PDF: ligatures, curly quotes, hyphenated line ends; interleaved columns.",
}
