from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "P2-IF10199-2020-11", "fresh3", "IF10199", 39
LAYOUTS = ["html", "interleaved"]
PDF_OPTS = ["quotes", "nbsp", "lig"]
SIDEBAR = "Okinawa at a Glance"

MD = """
U.S.-Japan Relations

Updated November 24, 2020

## Overview

A change of leadership in Tokyo has been followed by an election in Washington. Suga Yoshihide, chief cabinet secretary for nearly eight years, became prime minister on September 16, 2020, after Abe Shinzo, Japan's longest-serving premier, stepped down for health reasons; Suga had won the Liberal Democratic Party (LDP) leadership vote two days earlier. President Donald Trump remains in office until January 20, 2021. In a November 12 telephone call, President-elect Joe Biden assured Suga that the U.S. commitment to defend Japan covers the Senkaku Islands.

Tokyo's treaty alliance with Washington, which dates from 1951, remains the anchor of its security policy. Japan also seeks to steady relations with China, its largest trading partner, while deepening ties with Australia, India, and Southeast Asia.

## Okinawa at a Glance

- Land area: 0.6 percent of Japan's total
- Facilities reserved for the exclusive use of U.S. forces: roughly 70 percent
- U.S. military personnel: more than half of those stationed in Japan
- Marines slated to move to Guam: about 4,000, out of roughly 9,000 leaving Okinawa
- Henoko replacement facility: completion not expected before the mid-2030s

## The Alliance

Japan hosts approximately 55,000 U.S. military personnel, along with the only forward-deployed U.S. aircraft carrier. Talks on a successor to the current Special Measures Agreement, signed in January 2016 and due to expire at the end of March 2021, opened in mid-November. Under that agreement Japan contributes nearly $2 billion a year toward the cost of U.S. forces; in 2019, Trump reportedly asked Tokyo to pay $8 billion annually, a fourfold increase.

Defense spending has customarily been capped at 1% of GDP. The FY2021 budget request of ¥5.5 trillion ($52 billion), a record, stays within that limit. In June, Japan cancelled its planned purchase of two Aegis Ashore missile-defense batteries and is now weighing alternatives, including a capability to strike enemy missile bases.

## Domestic Politics

The LDP and its partner Komeito control some 67 percent of Lower House seats, a margin secured in the October 2017 general election. In the Upper House, they hold 141 of 245 seats. That amounts to roughly 58% of the chamber. The Lower House's term ends in October 2021, and no national election is due before then; Suga's term as LDP president, which completes the remainder of Abe's, runs only until September 2021. The Tokyo Olympics, postponed by the pandemic, are now scheduled to open on July 23, 2021.

## Economic Ties at a Glance

- Japan was the fourth-largest U.S. trading partner in 2019.
- U.S. goods exports to Japan: $74.4 billion in 2019, making Japan the fourth-biggest market.
- U.S. goods imports from Japan: $143.6 billion, fourth among suppliers, behind China, Mexico, and Canada.
- Japanese direct investment in the United States reached $619 billion at the end of 2019; no other country's firms had invested more.
- Japan has been the largest foreign holder of U.S. Treasury securities since overtaking China in mid-2019.

## The Economy

The pandemic pushed Japan into its deepest downturn on record. Output grew a meager 0.3% in 2019; in the April-June quarter of 2020 it collapsed at an annualized rate of 28.2% before rebounding at a 21.4% pace in July-September. The IMF projects a 5.3% contraction for 2020 as a whole. A second supplementary budget, worth ¥31.9 trillion (close to $300 billion), was enacted in June, following a first of ¥25.7 trillion in April; Suga has instructed his cabinet to prepare a third.

On October 26, Suga pledged that Japan would reach net-zero greenhouse gas emissions by 2050. Its 2030 target, a 26% cut from FY2013 levels, is under review.

## Trade and Regional Diplomacy

The U.S.-Japan Trade Agreement and a companion digital trade agreement have been in force since January 1, 2020; a second stage of talks has not begun. On November 15, Japan signed the Regional Comprehensive Economic Partnership (RCEP) with 14 other Asia-Pacific countries, including China. Foreign ministers of the Quad (Australia, India, Japan, and the United States) met in Tokyo on October 6, their second stand-alone meeting.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Emma Chanlett-Avery**, Specialist in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Suga", "Yoshihide", "Suga Yoshihide"),
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump", note="Joe Biden is President-elect"),
        "alliance.treaty_ally_since": F(1951, as_written="Tokyo's treaty alliance with Washington, which dates from 1951"),
        "alliance.us_troops_in_japan": F(55000, "about", as_written="Japan hosts approximately 55,000 U.S. military personnel"),
        "alliance.host_nation_support_per_year": F(2000000000, "nearly", per="year", as_written="Japan contributes nearly $2 billion a year toward the cost of U.S. forces"),
        "alliance.host_nation_support_agreement": D("2016-01", as_written="the current Special Measures Agreement, signed in January 2016 and due to expire at the end of March 2021"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="Facilities reserved for the exclusive use of U.S. forces: roughly 70 percent", note="basis: exclusive-use facilities; sidebar bullet"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="U.S. military personnel: more than half of those stationed in Japan"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="Land area: 0.6 percent of Japan's total"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Marines slated to move to Guam: about 4,000, out of roughly 9,000 leaving Okinawa"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="Defense spending has customarily been capped at 1% of GDP"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="The LDP and its partner Komeito"),
        "politics.lower_house_coalition_share": F(67, "about", as_written="control some 67 percent of Lower House seats"),
        "politics.upper_house_coalition_share": F(58, "about", as_written="In the Upper House, they hold 141 of 245 seats. That amounts to roughly 58% of the chamber."),
        "politics.next_diet_election_due": F(2021, as_written="The Lower House's term ends in October 2021, and no national election is due before then"),
        "politics.lower_house_election_due": D("2021-10", as_written="The Lower House's term ends in October 2021"),
        "trade.overall_partner_rank": F(4, period="2019", as_written="Japan was the fourth-largest U.S. trading partner in 2019."),
        "trade.export_partner_rank": F(4, period="2019", as_written="making Japan the fourth-biggest market"),
        "trade.us_exports_to_japan": F(74400000000, period="2019", as_written="U.S. goods exports to Japan: $74.4 billion in 2019"),
        "trade.import_partner_rank": F(4, period="2019", as_written="fourth among suppliers, behind China, Mexico, and Canada"),
        "trade.us_imports_from_japan": F(143600000000, period="2019", as_written="U.S. goods imports from Japan: $143.6 billion", note="year carried from the bullet before"),
        "trade.fdi_source_rank": F(1, period="2019", as_written="no other country's firms had invested more"),
        "trade.treasury_holder_rank": F(1, as_written="Japan has been the largest foreign holder of U.S. Treasury securities since overtaking China in mid-2019"),
        "economy.gdp_growth": GDP(y2019=0.3),
        "economy.supplementary_budget": F(300000000000, "nearly", period="2020-06", as_written="A second supplementary budget, worth ¥31.9 trillion (close to $300 billion), was enacted in June"),
        "economy.emissions_cut_target": F(26, by="2030", baseline="2013", as_written="Its 2030 target, a 26% cut from FY2013 levels, is under review"),
    },
    "elections": {
        "lower_house_2021": E("Lower House", "2021-10", "upcoming", note="term ends in October 2021; no national election due before then"),
        "lower_house_2017": E("Lower House", "2017-10", "held", result="LDP-Komeito margin of some 67 percent"),
        "ldp_president_2020": E("LDP president", "2020-09", "held", result="Suga won, two days before becoming prime minister on September 16, 2020", note="month precision: the day is only implied ('two days earlier'), as fresh4's R3"),
    },
    "events": {},
    "notes": "Traps: 'chief cabinet secretary for nearly eight years'; 'after Abe Shinzo, Japan's longest-serving premier, stepped down' (former prime minister); 'Suga had won the Liberal Democratic Party (LDP) leadership vote two days earlier' (the September 2020 LDP vote, listed as held ldp_president_2020 at month precision); 'Suga's term as LDP president, which completes the remainder of Abe's, runs only until September 2021' (a term end alone, not an election, as extract-dev's D1); 'President-elect Joe Biden' (not yet president) and 'until January 20, 2021'; 'China, its largest trading partner' (Japan's partner, not a U.S. rank); sidebar 'out of roughly 9,000 leaving Okinawa' (the total leaving, not those bound for Guam) and 'not expected before the mid-2030s'; 'the only forward-deployed U.S. aircraft carrier'; 'due to expire at the end of March 2021' and 'opened in mid-November' (not the agreement date); 'Trump reportedly asked Tokyo to pay $8 billion annually, a fourfold increase' (a demand, not the payment); 'The FY2021 budget request of ¥5.5 trillion ($52 billion)'; 'two Aegis Ashore missile-defense batteries'; '141 of 245 seats' (counts beside the share); 'The Tokyo Olympics ... July 23, 2021'; 'behind China, Mexico, and Canada' (other countries); '$619 billion at the end of 2019' (FDI stock, not a catalogue fact); 'an annualized rate of 28.2%' and 'a 21.4% pace' (quarters, not years); 'The IMF projects a 5.3% contraction for 2020' (a projection, not growth stated for 2020); '¥31.9 trillion' (yen beside dollars), 'a first of ¥25.7 trillion in April' (earlier budget) and 'prepare a third' (not enacted); 'net-zero greenhouse gas emissions by 2050' (not the 2030 cut); 'in force since January 1, 2020' (trade agreements: IF11120 facts, not this brief's); 'with 14 other Asia-Pacific countries' (RCEP, not IPEF); 'Foreign ministers of the Quad ... their second stand-alone meeting' (ministers, not leaders: no leader-meeting count stated)",
}
