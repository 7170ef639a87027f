from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "RA1-IF10199-2025-06", "fresh37", "IF10199", 43
LAYOUTS = ["pdf", "html"]
PDF_OPTS = ["quotes", "nbsp", "hyph"]
SIDEBAR = "The Bases on Okinawa"
CHART = {"unit": "¥ trillions", "ymax": 10, "ticks": [0, 2, 4, 6, 8, 10],
         "series": ["Initial defense budget"],
         "bars": {"FY2021": (5.34,), "FY2022": (5.40,), "FY2023": (6.82,), "FY2024": (7.95,), "FY2025": (8.70,)}}

MD = """
U.S.-Japan Relations

Updated June 24, 2025

## Overview

Tariffs, not security, now dominate the agenda between Washington and its closest Asian ally. Five months into his second term, President Donald J. Trump has put Japan's exports under some of the same duties he has levied on rivals, and Tokyo, which expected gentler treatment, has spent the spring trying to negotiate its way out. Prime Minister Ishiba Shigeru, whose coalition lost its lower-chamber majority last autumn, must now defend that record before voters. The alliance itself remains in good repair: the two governments are upgrading their command arrangements, and Japan is in the middle of the largest military buildup in its postwar history. Congress may take an interest in whether trade friction spills into defense cooperation, and in how Japan's domestic politics shape its room to bargain.

## Tariffs and the Trade Talks

A flat duty of ten percent, charged on top of ordinary most-favored-nation (MFN) rates, is what most goods shipped from Japan have paid at the U.S. border since April 5. It was meant to be a floor. Japan's own "reciprocal" rate, 24%, was unveiled on April 2 and put on hold a week later; unless the pause is extended, it could take effect when the suspension lapses on July 9. On April 7, after a telephone call with Ishiba, the President announced that Japan would be among the first partners to open tariff negotiations, and Economic Revitalization Minister Akazawa Ryosei has since flown to Washington six times. A meeting between the two leaders at the Group of Seven summit in Canada on June 16 ended without a deal.

Table 1. Selected U.S. Tariffs on Japanese Goods

| Goods | Rate | Status |
| --- | --- | --- |
| Most goods | 10% | Since Apr. 5 |
| Most goods | 24% | Suspended |
| Cars | 25% | Since Apr. 3 |
| Auto parts | 25% | Since May 3 |
| Steel, aluminum | 50% | Since June 4 |

Source: CRS, from presidential proclamations and executive orders. Rates are in addition to MFN duties. The steel and aluminum rate was 25% until June 4.

Sectoral duties cut deeper. Motor vehicles, about a third of what Japan sells to the United States, face a Section 232 tariff of 25%, bringing the total on a car to 27.5%; Tokyo's negotiators have made relief for autos their first demand. Japan has offered more purchases of U.S. liquefied natural gas and farm goods and cooperation on shipbuilding, but it has resisted opening its rice market further. When Ishiba visited the White House on February 7, he said Japanese investment in the United States would grow to $1 trillion; that number describes the stock of such investment, not a pledge by his government.

On June 18, Nippon Steel completed its $14.1 billion acquisition of U.S. Steel, after President Trump reversed the block his predecessor, Joe Biden, had ordered in January. The deal gives the U.S. government a "golden share" and commits Nippon Steel to about $11 billion in new investment by 2028.

## Economic Ties

By the numbers, the relationship remains large. Japan ranked sixth among U.S. trading partners in 2024. It was the sixth-biggest buyer of U.S. goods and services, taking $129.1 billion of them; imports from Japan, $192.4 billion, placed it fifth among suppliers. The Japanese have been the leading source of foreign direct investment (FDI) into the United States every year since 2019. And no foreign country holds more Treasury securities: Japan's stood at about $1.13 trillion in April, with the United Kingdom, having passed China in March, now second.

## Politics

Ishiba won the Liberal Democratic Party (LDP) presidency in a runoff on September 27, 2024, defeating Takaichi Sanae, and succeeded Kishida Fumio as prime minister four days later. He then dissolved the House of Representatives. In the October 27 general election, his LDP and its junior partner, Komeito, fell to 215 of the chamber's 465 seats—well under half—and the coalition has since governed as a minority, trading concessions with opposition parties to pass each budget. It still commands more than half of the House of Councillors, where half of the seats are filled every three years.

That is what is at stake on July 20, when the upper chamber's regular election, the next national vote, is held. Losing control of both houses could put Ishiba's position in doubt. Because of the snap election, the Lower House's four-year term now runs until October 2028. The party has yet to recover fully from the fundraising scandal that broke in late 2023, or from the factional disarray that followed the July 2022 assassination of former Prime Minister Abe Shinzo.

## The Alliance

Japan and the United States have been allies since 1952, when the original security treaty, later revised in 1960, took effect. Roughly fifty-five thousand U.S. service members are stationed in Japan, about twice the 28,500 in South Korea. Tokyo's share of the cost of keeping them there, set by a five-year agreement reached in December 2021, is ¥1.055 trillion in all; at current exchange rates, that comes to roughly $1.4 billion a year. In July 2024, the allies agreed to turn U.S. Forces Japan into a joint force headquarters able to work with Japan's new Joint Operations Command, which opened in March.

## The Bases on Okinawa

- Land: 0.6% of Japan's total area.
- Bases: Okinawa hosts some seven-tenths of the facilities reserved for U.S. forces' exclusive use.
- People: more than half of the U.S. personnel in Japan are stationed on the island chain.
- Marines: Of about 9,000 Marines to be moved off the island, roughly 4,000 are to go to Guam. The first contingent, about 100 logistics personnel, arrived there in December 2024.

The long-delayed replacement for Marine Corps Air Station Futenma, at Henoko, is not expected to be finished until the mid-2030s.

## Defense

Japan's 2022 National Security Strategy set a goal of spending 2% of GDP on defense and related items in FY2027, breaking with the practice of holding the defense budget to around 1% of GDP. Figure 1 traces the rise. U.S. officials reportedly have urged Tokyo to aim for 3.5%, and Defense Secretary Pete Hegseth told a Singapore conference on May 31 that Asian allies should match Europe's new benchmark of 5%; Ishiba has said Japan will decide its own level. Under a January 2024 contract, Japan is buying 400 Tomahawk missiles at an estimated cost of $2.35 billion.

**Figure 1. Japan's Initial Defense Budgets, FY2021-FY2025**

Source: Japan Ministry of Defense.

## Economy

The economy barely grew last year: real GDP rose 0.1% in 2024, down from 1.5% the year before, and output fell at an annualized 0.2% rate in the first quarter of 2025. Inflation has stayed above the Bank of Japan's 2% target for more than three years, and the bank raised its policy rate to 0.5% in January. To ease living costs, the Diet in December 2024 passed a supplementary budget of ¥13.9 trillion (about $90 billion). The yen fell to a 38-year low against the dollar in July 2024 and has since regained ground, trading near ¥145. Japan is committed to reduce greenhouse gas emissions 46% below 2013 levels by 2030; in February it set a new target of a 60% cut by FY2035.

## Regional Diplomacy

Tokyo has continued to work through minilateral groups. The Quad's leaders have convened six times; India is to host their next meeting, a date for which has not been set. Its foreign ministers met in Washington on January 21, the day after the inauguration. Japan also hosted the leaders of Australia, the Philippines, and South Korea in a string of spring meetings on maritime security.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald J. Trump"),
        "leaders.japan_prime_minister": P("Ishiba", "Shigeru", "Prime Minister Ishiba Shigeru", note="family name first"),
        "trade.us_tariff_on_most_imports_from_japan": F(10, period="2025-04-05", as_written="A flat duty of ten percent, charged on top of ordinary most-favored-nation (MFN) rates, is what most goods shipped from Japan have paid at the U.S. border since April 5", note="number in words, before its subject; also Table 1's first row; the 24% is suspended"),
        "trade.overall_partner_rank": F(6, period="2024", as_written="Japan ranked sixth among U.S. trading partners in 2024"),
        "trade.export_partner_rank": F(6, period="2024", as_written="It was the sixth-biggest buyer of U.S. goods and services", note="subject and year carried from the sentence before"),
        "trade.us_exports_to_japan": F(129100000000, period="2024", as_written="taking $129.1 billion of them", note="'them' = U.S. goods and services; subject and year carried"),
        "trade.us_imports_from_japan": F(192400000000, period="2024", as_written="imports from Japan, $192.4 billion, placed it fifth among suppliers"),
        "trade.import_partner_rank": F(5, period="2024", as_written="placed it fifth among suppliers"),
        "trade.fdi_source_rank": F(1, as_written="The Japanese have been the leading source of foreign direct investment (FDI) into the United States every year since 2019"),
        "trade.treasury_holder_rank": F(1, period="2025-04", as_written="no foreign country holds more Treasury securities: Japan's stood at about $1.13 trillion in April"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="his LDP and its junior partner, Komeito"),
        "politics.lower_house_coalition_share": F(50, "under", as_written="fell to 215 of the chamber's 465 seats—well under half", note="215/465 beside; the share is the stated 'under half'"),
        "politics.upper_house_coalition_share": F(50, "over", as_written="It still commands more than half of the House of Councillors", note="'It' = the coalition; 'half of the seats are filled every three years' is a trap"),
        "politics.next_diet_election_due": F(2025, as_written="on July 20, when the upper chamber's regular election, the next national vote, is held"),
        "politics.lower_house_election_due": D("2028-10", as_written="the Lower House's four-year term now runs until October 2028"),
        "alliance.treaty_ally_since": F(1952, as_written="Japan and the United States have been allies since 1952, when the original security treaty, later revised in 1960, took effect"),
        "alliance.us_troops_in_japan": F(55000, "about", as_written="Roughly fifty-five thousand U.S. service members are stationed in Japan"),
        "alliance.host_nation_support_per_year": F(1400000000, "about", per="year", as_written="that comes to roughly $1.4 billion a year", note="the ¥1.055 trillion five-year total is a trap"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="set by a five-year agreement reached in December 2021"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="Land: 0.6% of Japan's total area.", note="sidebar bullet"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="Okinawa hosts some seven-tenths of the facilities reserved for U.S. forces' exclusive use", note="fraction rule; exclusive-use basis; sidebar"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="more than half of the U.S. personnel in Japan are stationed on the island chain", note="sidebar"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Of about 9,000 Marines to be moved off the island, roughly 4,000 are to go to Guam", note="sidebar; 9,000 is the total leaving"),
        "alliance.marines_in_guam": F(100, "about", period="2024-12", as_written="The first contingent, about 100 logistics personnel, arrived there in December 2024", note="sidebar; 'there' = Guam"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2027", as_written="set a goal of spending 2% of GDP on defense and related items in FY2027"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="the practice of holding the defense budget to around 1% of GDP"),
        "defense.tomahawk_purchase": F(2350000000, "about", as_written="Japan is buying 400 Tomahawk missiles at an estimated cost of $2.35 billion"),
        "economy.gdp_growth": GDP(y2024=0.1, y2023=1.5),
        "economy.supplementary_budget": F(90000000000, "about", period="2024-12", as_written="the Diet in December 2024 passed a supplementary budget of ¥13.9 trillion (about $90 billion)"),
        "economy.yen": F("38-year low against the dollar", period="2024-07", as_written="The yen fell to a 38-year low against the dollar in July 2024"),
        "economy.emissions_cut_target": F(46, by="2030", baseline="2013", as_written="Japan is committed to reduce greenhouse gas emissions 46% below 2013 levels by 2030"),
        "diplomacy.quad_leader_meetings": F(6, as_written="The Quad's leaders have convened six times"),
    },
    "elections": {
        "ldp_president_2024": E("LDP president", "2024-09-27", "held", result="Ishiba won a runoff against Takaichi Sanae"),
        "lower_house_2024": E("Lower House", "2024-10-27", "held", result="LDP-Komeito fell to 215 of 465 seats, well under half", note="year carried from the sentence before"),
        "upper_house_2025": E("Upper House", "2025-07-20", "upcoming", note="year from the cover"),
    },
    "events": {
        "tariff_talks_announced": EV("After a call with Ishiba, the President announces Japan among the first partners to open tariff negotiations", "2025-04-07", "held"),
        "abe_assassination": EV("Assassination of former Prime Minister Abe Shinzo", "2022-07", "held"),
    },
    "notes": "Traps: 'Five months into his second term'; 'whose coalition lost its lower-chamber majority last autumn'; 'Japan's own \"reciprocal\" rate, 24%, was unveiled on April 2 and put on hold a week later' (suspended, not the tariff on most imports) and 'it could take effect when the suspension lapses on July 9'; 'has since flown to Washington six times' (a count of trips beside the talks); 'the Group of Seven summit in Canada on June 16'; Table 1's 24% row ('Suspended'), cars and auto parts 25% rows and steel/aluminum 50% row (sectoral rates, not the tariff on most imports), and the source note's 'The steel and aluminum rate was 25% until June 4'; 'Motor vehicles, about a third of what Japan sells' and 'a Section 232 tariff of 25%, bringing the total on a car to 27.5%'; 'he said Japanese investment in the United States would grow to $1 trillion' (a stock, not a pledge: no trade.japan_investment_pledge); 'On June 18, Nippon Steel completed its $14.1 billion acquisition of U.S. Steel' and 'his predecessor, Joe Biden' (former president) and 'about $11 billion in new investment by 2028'; 'every year since 2019' (a span, not a rank); 'about $1.13 trillion in April' and 'the United Kingdom, having passed China in March, now second' (other holders); 'defeating Takaichi Sanae' and 'succeeded Kishida Fumio as prime minister four days later' (former prime minister); '215 of the chamber's 465 seats'; 'where half of the seats are filled every three years' (not a share); 'Losing control of both houses'; 'the fundraising scandal that broke in late 2023'; 'former Prime Minister Abe Shinzo' (former leader); 'later revised in 1960'; 'about twice the 28,500 in South Korea' (another country); '¥1.055 trillion in all' (five-year total in yen); 'In July 2024, the allies agreed to turn U.S. Forces Japan into a joint force headquarters' and 'Joint Operations Command, which opened in March'; sidebar 'Of about 9,000 Marines to be moved off the island' (total leaving) and 'not expected to be finished until the mid-2030s'; 'Japan's 2022 National Security Strategy'; 'U.S. officials reportedly have urged Tokyo to aim for 3.5%' and 'Asian allies should match Europe's new benchmark of 5%' (proposals, not Japan's goal); 'Under a January 2024 contract' and '400 Tomahawk missiles' (a count); Figure 1 (initial defense budgets FY2021-FY2025, ¥ trillions; PDF axis ticks 0-10, no value labels; html figure caption only); 'output fell at an annualized 0.2% rate in the first quarter of 2025' (a quarter); 'above the Bank of Japan's 2% target for more than three years' and 'raised its policy rate to 0.5% in January'; '¥13.9 trillion' (yen, dollars in parentheses are the fact); 'has since regained ground, trading near ¥145' (a level); 'in February it set a new target of a 60% cut by FY2035' (a later target); 'India is to host their next meeting' (planned) and 'Its foreign ministers met in Washington on January 21' (ministers, not leaders). Sidebar 'The Bases on Okinawa' (html aside; an ordinary section in the PDF). PDF: curly quotes, NBSP, hyphenated line ends.",
}
