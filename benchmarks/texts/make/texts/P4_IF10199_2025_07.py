from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "P4-IF10199-2025-07", "fresh3", "IF10199", 53
LAYOUTS = ["md", "html", "interleaved"]
PDF_OPTS = ["quotes", "nbsp", "hyph"]
SIDEBAR = "Tariffs: Where Things Stand"

MD = """
U.S.-Japan Relations

Updated July 29, 2025

## Overview

Nine days after voters stripped his coalition of its Upper House majority, Prime Minister Shigeru Ishiba is resisting calls from within the Liberal Democratic Party (LDP) to resign. Ishiba, who succeeded Kishida Fumio in October 2024, argues that he must stay to carry out the trade framework he concluded with President Donald Trump on July 22. Under it, the 25% tariff Trump had threatened to impose from August 1 would instead be 15%, and Japan would provide $550 billion for investment in the United States, with the U.S. government directing the projects.

Washington and Tokyo, allies since their security treaty took effect in 1952, have weathered tariff threats before, but never alongside demands that Japan pay more for its own defense.

## Tariffs: Where Things Stand

- On most imports from Japan today: the 10% baseline tariff, in effect since April 5
- Announced for Japan on April 2, suspended a week later: 24%
- Threatened in Trump's July 7 letter, from August 1: 25%
- Agreed on July 22, not yet applied: 15%, including on autos
- Autos and parts (Section 232): 25%, on top of the 2.5% MFN duty
- Steel and aluminum: 50% since June 4

## Politics After the July Election

The LDP and its junior partner Komeito now lack a majority in either house of the Diet. In the July 20 Upper House election they won 47 seats, leaving them with 122 of the chamber's 248, three short of a majority. They had already slipped below half of the Lower House's 465 seats in the October 27, 2024, general election, Ishiba's first as party leader. The populist Sanseito party, campaigning under a "Japanese First" slogan, took 14 seats.

No national election is required until 2028: the Lower House's term runs to October 2028, and the next Upper House contest is due in July of that year. Ishiba's term as LDP president lasts until September 2027.

## Alliance and Defense

U.S. military personnel in Japan number fifty-four thousand or so. Host-nation support continues under the five-year pact concluded in late 2021, at roughly $1.4 billion a year; that pact expires in March 2027, and Washington is expected to press for more when talks on a successor begin.

Japan plans to spend 2% of GDP on defense and related items by FY2027, a doubling from the 1% benchmark it long observed. The Pentagon's policy chief has urged Tokyo to spend 3.5%, and NATO allies agreed in June to a 5% goal of their own. Japan began receiving Tomahawk cruise missiles this spring, under a purchase Washington valued at $2.35 billion.

Okinawa's 0.6% share of Japan's territory belies its burden: it hosts roughly 70% of the facilities used exclusively by U.S. forces and about half of the U.S. service members in Japan. An advance group of about 100 Marines moved from Okinawa to Guam in December 2024, the first of approximately 4,000 to be relocated.

## Trade and Investment

In 2024, Japan was the sixth-largest U.S. trading partner. U.S. exports of goods and services to Japan came to $129.4 billion, up from $126.8 billion in 2023, placing Japan sixth among export markets. Imports from Japan, at $191.6 billion, were exceeded by those from only four countries.

Japanese companies top all foreign investors in the United States, with a direct investment stock of $783 billion at the end of 2023. Nippon Steel completed its $14.9 billion acquisition of U.S. Steel in June, after Trump reversed former President Joe Biden's decision to block it. The $550 billion commitment comes on top of Ishiba's February promise to lift Japanese investment in the United States to $1 trillion. Japan also remains the largest foreign holder of U.S. Treasury securities, at about $1.1 trillion; the United Kingdom overtook China for second place in March.

## The Economy

Japan's real GDP grew 0.1% in 2024 and 1.5% in 2023. It shrank at an annualized 0.2% in the first quarter of 2025. The last supplementary budget, enacted on December 17, 2024, totaled ¥13.9 trillion, roughly $90 billion. Consumer inflation has run above the Bank of Japan's 2% target for more than three years.

In February, Japan submitted a new climate pledge to the United Nations: a 60% cut in emissions from FY2013 levels by FY2035 and 73% by FY2040, building on its existing 46% target for FY2030.

## Diplomacy

The Quad's leaders have met six times, most recently in Wilmington, Delaware, in September 2024; India is to host the seventh. Ishiba has sought steadier ties with China while protesting Chinese military activity near the Senkaku Islands.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Ishiba", "Shigeru", "Prime Minister Shigeru Ishiba"),
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "alliance.treaty_ally_since": F(1952, as_written="Washington and Tokyo, allies since their security treaty took effect in 1952"),
        "alliance.us_troops_in_japan": F(54000, "about", as_written="U.S. military personnel in Japan number fifty-four thousand or so", note="'or so' is about"),
        "alliance.host_nation_support_per_year": F(1400000000, "about", per="year", as_written="at roughly $1.4 billion a year"),
        "alliance.host_nation_support_agreement": D("2021", as_written="the five-year pact concluded in late 2021"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="it hosts roughly 70% of the facilities used exclusively by U.S. forces", note="basis: exclusive-use facilities"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "about", as_written="about half of the U.S. service members in Japan"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="Okinawa's 0.6% share of Japan's territory"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="the first of approximately 4,000 to be relocated"),
        "alliance.marines_in_guam": F(100, "about", as_written="An advance group of about 100 Marines moved from Okinawa to Guam in December 2024"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2027", as_written="Japan plans to spend 2% of GDP on defense and related items by FY2027"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="a doubling from the 1% benchmark it long observed"),
        "defense.tomahawk_purchase": F(2350000000, as_written="under a purchase Washington valued at $2.35 billion"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="The LDP and its junior partner Komeito"),
        "politics.upper_house_coalition_share": F(50, "under", as_written="now lack a majority in either house of the Diet ... leaving them with 122 of the chamber's 248, three short of a majority"),
        "politics.lower_house_coalition_share": F(50, "under", as_written="now lack a majority in either house of the Diet ... They had already slipped below half of the Lower House's 465 seats"),
        "politics.next_diet_election_due": F(2028, as_written="No national election is required until 2028"),
        "politics.lower_house_election_due": D("2028-10", as_written="the Lower House's term runs to October 2028"),
        "trade.overall_partner_rank": F(6, period="2024", as_written="In 2024, Japan was the sixth-largest U.S. trading partner"),
        "trade.export_partner_rank": F(6, period="2024", as_written="placing Japan sixth among export markets"),
        "trade.us_exports_to_japan": F(129400000000, period="2024", as_written="U.S. exports of goods and services to Japan came to $129.4 billion"),
        "trade.import_partner_rank": F(5, period="2024", as_written="Imports from Japan ... were exceeded by those from only four countries"),
        "trade.us_imports_from_japan": F(191600000000, period="2024", as_written="Imports from Japan, at $191.6 billion"),
        "trade.fdi_source_rank": F(1, period="2023", as_written="Japanese companies top all foreign investors in the United States"),
        "trade.treasury_holder_rank": F(1, as_written="Japan also remains the largest foreign holder of U.S. Treasury securities"),
        "trade.us_tariff_on_most_imports_from_japan": F(10, as_written="On most imports from Japan today: the 10% baseline tariff, in effect since April 5", note="the agreed 15% is not yet applied"),
        "trade.japan_investment_pledge": F(550000000000, as_written="Japan would provide $550 billion for investment in the United States", note="no deadline stated"),
        "economy.gdp_growth": GDP(y2024=0.1, y2023=1.5),
        "economy.supplementary_budget": F(90000000000, "about", period="2024-12", as_written="The last supplementary budget, enacted on December 17, 2024, totaled ¥13.9 trillion, roughly $90 billion"),
        "economy.emissions_cut_target": F(46, by="2030", baseline="2013", as_written="its existing 46% target for FY2030", note="baseline FY2013 from the same sentence"),
        "diplomacy.quad_leader_meetings": F(6, as_written="The Quad's leaders have met six times"),
    },
    "elections": {
        "upper_house_2025": E("Upper House", "2025-07-20", "held", result="LDP and Komeito won 47 seats, 122 of 248 in all, three short of a majority"),
        "lower_house_2024": E("Lower House", "2024-10-27", "held", result="coalition slipped below half of the 465 seats"),
        "upper_house_2028": E("Upper House", "2028-07", "upcoming", note="'July of that year' (2028)"),
    },
    "events": {},
    "notes": "Traps: 'Nine days after voters stripped his coalition'; 'who succeeded Kishida Fumio in October 2024' (former prime minister); 'the 25% tariff Trump had threatened to impose from August 1' and 'would instead be 15%' (threatened and agreed, neither in effect); sidebar 'Announced for Japan on April 2, suspended a week later: 24%', 'Threatened ... 25%', 'Agreed on July 22, not yet applied: 15%', 'Autos and parts (Section 232): 25%, on top of the 2.5% MFN duty', 'Steel and aluminum: 50%' (rates other than the one on most imports); 'they won 47 seats, leaving them with 122 of the chamber's 248, three short of a majority' and 'the Lower House's 465 seats' (counts, not shares); 'Sanseito ... took 14 seats'; 'Ishiba's term as LDP president lasts until September 2027' (no slug); 'that pact expires in March 2027'; 'The Pentagon's policy chief has urged Tokyo to spend 3.5%' and 'NATO allies agreed in June to a 5% goal of their own' (not Japan's goal); 'Japan began receiving Tomahawk cruise missiles this spring'; 'moved ... in December 2024' (date of the move); 'up from $126.8 billion in 2023' (past figure); 'only four countries' (four countries ahead: rank 5); '$783 billion at the end of 2023' (FDI stock, not a catalogue fact); 'Nippon Steel completed its $14.9 billion acquisition' and 'former President Joe Biden' (former president); 'Ishiba's February promise to lift Japanese investment in the United States to $1 trillion' (a total investment goal, not the pledge); 'at about $1.1 trillion' and 'the United Kingdom overtook China for second place' (other holders); 'shrank at an annualized 0.2% in the first quarter of 2025' (a quarter); '¥13.9 trillion' (yen beside dollars) and 'enacted on December 17, 2024'; 'the Bank of Japan's 2% target' (inflation); 'a 60% cut in emissions from FY2013 levels by FY2035 and 73% by FY2040' (later targets, not the 2030 one); 'India is to host the seventh' (a planned meeting, not a count)",
}
