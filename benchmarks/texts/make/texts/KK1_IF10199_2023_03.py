from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "KK1-IF10199-2023-03", "fresh10", "IF10199", 24
LAYOUTS = ["pdf", "html"]
PDF_OPTS = ["nbsp", "hyph"]
SIDEBAR = "Japan's Political Calendar, 2021-2025"

MD = """
U.S.-Japan Relations

Updated March 9, 2023

## Overview

Tokyo has opened 2023 with the most ambitious security agenda it has pursued in decades. In December 2022, the cabinet of Prime Minister Kishida Fumio adopted three strategy documents that commit Japan to acquiring missiles able to strike targets in enemy territory and to raising security-related spending to 2% of gross domestic product (GDP) by FY2027. President Joe Biden praised the plan when he received Kishida at the White House on January 13. Washington and Tokyo have been treaty allies since 1951. Today the United States keeps just shy of 55,000 military personnel in Japan, more than it bases in any other foreign country; South Korea, by comparison, hosts roughly 28,500. Beyond defense, the two governments work together on semiconductors, supply chains, energy security, space, and global health.

This year Japan holds the rotating presidency of the Group of Seven (G7). Kishida will host the group's leaders in his home city of Hiroshima on May 19-21, and he has said he wants the summit to address nuclear disarmament as well as Russia's war against Ukraine.

## Security Strategy and Defense Spending

Kishida's government plans to spend ¥43 trillion (about $320 billion) on defense over the five years from FY2023 through FY2027, some 1.6 times what the previous five-year plan provided. Reaching 2% of GDP would double the 1% ceiling that Japanese cabinets observed, with few exceptions, from 1976 onward. Opposition lawmakers question how the buildup will be paid for; the government intends to cover part of the bill with tax increases but has not decided when they will start.

Long-range missiles head the shopping list. The FY2023 budget request, now before the Diet, sets aside ¥211.3 billion, or some $1.6 billion, for U.S.-made Tomahawk cruise missiles, and Kishida told lawmakers in late February that Japan intends to buy as many as 400 of them. Japanese firms are also extending the range of the Ground Self-Defense Force's Type 12 antiship missile.

## The Alliance

Under a Special Measures Agreement that the two governments announced in December 2021 and signed the following month, Japan contributes about ¥211 billion a year, ¥1.05 trillion over FY2022-FY2026, toward the cost of hosting U.S. forces. At current exchange rates, that payment comes to just over $1.5 billion annually. Japan separately funds base construction, rent, and compensation for communities near the bases. At a "2+2" meeting of defense and foreign ministers on January 11, 2023, the allies agreed to convert a Marine artillery regiment on Okinawa into a Marine Littoral Regiment by 2025 and to extend the treaty's defense commitment to attacks in space.

Okinawa remains the alliance's most sensitive ground. The prefecture makes up a mere 0.6% of Japan's land, yet it accommodates about one-quarter of the facilities used by U.S. Forces Japan (USFJ) and upwards of half of all USFJ personnel. Governor Tamaki Denny, who opposes the construction of a replacement for Marine Corps Air Station Futenma at Henoko, won a second term last September. Under a 2012 realignment plan, roughly 9,000 Marines are to leave Okinawa. Approximately 4,000 of them are bound for Guam, and the first are expected to move there in 2024.

## Domestic Politics

Kishida took over the Liberal Democratic Party (LDP) in the autumn of 2021 and, weeks later, led it to a comfortable victory in a general election. The LDP won 261 seats on its own. Together with its junior partner, Komeito, it controls 293 of the 465 seats in the House of Representatives, the Diet's lower chamber, or roughly 63 percent. Voters in the House of Councillors election of July 2022 went to the polls two days after a gunman killed former Prime Minister Abe Shinzo in the city of Nara. They left the coalition with 146 of the chamber's 248 seats, a shade under three-fifths, up from 57% before the vote.

Since then, support for the cabinet has eroded. Approval ratings that stood near 60% after the election slid into the 30% range by the end of 2022, as four ministers resigned and reporting exposed ties between LDP lawmakers and the Unification Church. Nationwide local elections in April will be an early test. No national Diet election is required until 2025: half of the upper chamber's seats come up for election in July of that year, and the lower chamber's four-year term runs out in October 2025. Kishida's own term as LDP president ends in September 2024.

## Japan's Political Calendar, 2021-2025

- Sept. 29, 2021: Kishida defeats Kono Taro in a runoff for the LDP presidency; the Diet elects him prime minister on October 4.
- Oct. 31, 2021: House of Representatives election; the LDP keeps a single-party majority.
- July 8, 2022: Abe is shot and killed while campaigning in Nara.
- July 10, 2022: House of Councillors election; the coalition gains seats.
- Sept. 11, 2022: Tamaki is reelected governor of Okinawa.
- April 2023: unified local elections, held in two rounds.
- July 2025: next regular House of Councillors election.
- Oct. 2025: House of Representatives members' terms expire.

## Economic and Trade Relations

Japan and the United States, the world's third- and first-largest economies, are deeply invested in each other. The United States exported $120.1 billion in goods and services to Japan in 2022 and imported $180.3 billion from it, up from $112.2 billion and $167.8 billion, respectively, a year earlier. Those flows made Japan the fourth-largest U.S. trading partner overall. Counted separately, it ranked fifth both as a market for U.S. exports and as a source of U.S. imports. Canada, Mexico, and China each trade far more with the United States: two-way goods trade with each of them topped $690 billion in 2022.

Japanese companies are the largest source of foreign direct investment (FDI) in the United States, with a stock of $721 billion at the end of 2021. Japanese investors also hold more U.S. Treasury securities than investors from any other foreign country, about $1.1 trillion at the end of 2022, against China's $867 billion. In July 2022, the two governments convened the first meeting of their Economic Policy Consultative Committee, the "Economic 2+2," and they are now negotiating an agreement on critical minerals that could let batteries made with Japanese materials count toward electric-vehicle tax credits under the Inflation Reduction Act (P.L. 117-169).

## Japan's Economy

Preliminary Cabinet Office data show real GDP growing 1.0% in 2022, after an expansion of 2.1% in 2021; output was roughly flat in the October-December quarter. The Diet enacted a ¥28.9 trillion second supplementary budget, upwards of $210 billion, on December 2, 2022, to pay for energy subsidies and other relief in an economic package announced in October. The yen, for its part, slid past ¥150 to the dollar in late October 2022, its weakest level in 32 years, after the Ministry of Finance had already intervened in currency markets to support it. Ueda Kazuo, the government's nominee to lead the Bank of Japan, is due to take office in April. On climate, Japan has pledged to cut greenhouse gas emissions 46 percent by 2030, measured against 2013 levels, and to reach net zero by 2050.

## Regional Diplomacy

Leaders of the Quad (Australia, India, Japan, and the United States) have met four times since March 2021, twice by video and twice in person. Australia is to host the next summit, in Sydney in May. Japan was also among the fourteen original participants when the Indo-Pacific Economic Framework for Prosperity (IPEF) was launched in Tokyo in May 2022.

Relations with South Korea may be turning a corner. On March 6, Seoul announced that a government-backed foundation would compensate Koreans forced to work for Japanese companies during World War II, and President Yoon Suk Yeol is expected in Tokyo on March 16-17 for the first bilateral visit of its kind in twelve years.

Since Russia invaded Ukraine in February 2022, Japan has joined G7 sanctions and committed about $7.6 billion to Ukraine. That sum includes $5.5 billion in financial support that Kishida announced on February 20, 2023, and roughly $1.1 billion in humanitarian assistance.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Caitlin Campbell**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "the cabinet of Prime Minister Kishida Fumio"),
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden praised the plan"),
        "alliance.treaty_ally_since": F(1951, as_written="Washington and Tokyo have been treaty allies since 1951"),
        "alliance.us_troops_in_japan": F(55000, "nearly", as_written="the United States keeps just shy of 55,000 military personnel in Japan"),
        "alliance.host_nation_support_per_year": F(1500000000, "over", per="year", as_written="At current exchange rates, that payment comes to just over $1.5 billion annually", note="the yen figure, 'about ¥211 billion a year', and the five-year total are traps"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="a Special Measures Agreement that the two governments announced in December 2021 and signed the following month", note="dated by its announcement; the January 2022 signing is not written as a date"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="The prefecture makes up a mere 0.6% of Japan's land", note="'a mere' is not a hedge"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="it accommodates about one-quarter of the facilities used by U.S. Forces Japan (USFJ)"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="and upwards of half of all USFJ personnel"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Approximately 4,000 of them are bound for Guam"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2027", as_written="raising security-related spending to 2% of gross domestic product (GDP) by FY2027"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="double the 1% ceiling that Japanese cabinets observed, with few exceptions, from 1976 onward"),
        "defense.tomahawk_purchase": F(1600000000, "about", as_written="sets aside ¥211.3 billion, or some $1.6 billion, for U.S.-made Tomahawk cruise missiles", note="FY2023 budget line, as the tune set's T4"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="Together with its junior partner, Komeito, it controls 293 of the 465 seats"),
        "politics.lower_house_coalition_share": F(63, "about", as_written="it controls 293 of the 465 seats in the House of Representatives, the Diet's lower chamber, or roughly 63 percent"),
        "politics.upper_house_coalition_share": F(60, "under", previous=57, as_written="They left the coalition with 146 of the chamber's 248 seats, a shade under three-fifths, up from 57% before the vote"),
        "politics.next_diet_election_due": F(2025, as_written="No national Diet election is required until 2025"),
        "politics.lower_house_election_due": D("2025-10", as_written="the lower chamber's four-year term runs out in October 2025"),
        "trade.overall_partner_rank": F(4, period="2022", as_written="Those flows made Japan the fourth-largest U.S. trading partner overall"),
        "trade.export_partner_rank": F(5, period="2022", as_written="Counted separately, it ranked fifth both as a market for U.S. exports and as a source of U.S. imports"),
        "trade.import_partner_rank": F(5, period="2022", as_written="Counted separately, it ranked fifth both as a market for U.S. exports and as a source of U.S. imports"),
        "trade.us_exports_to_japan": F(120100000000, period="2022", as_written="The United States exported $120.1 billion in goods and services to Japan in 2022"),
        "trade.us_imports_from_japan": F(180300000000, period="2022", as_written="and imported $180.3 billion from it"),
        "trade.fdi_source_rank": F(1, as_written="Japanese companies are the largest source of foreign direct investment (FDI) in the United States"),
        "trade.treasury_holder_rank": F(1, as_written="Japanese investors also hold more U.S. Treasury securities than investors from any other foreign country"),
        "economy.gdp_growth": GDP(y2022=1.0, y2021=2.1),
        "economy.supplementary_budget": F(210000000000, "over", period="2022-12", as_written="The Diet enacted a ¥28.9 trillion second supplementary budget, upwards of $210 billion, on December 2, 2022"),
        "economy.yen": F("32-year low against the dollar", period="2022-10", as_written="The yen, for its part, slid past ¥150 to the dollar in late October 2022, its weakest level in 32 years"),
        "economy.emissions_cut_target": F(46, by="2030", baseline="2013", as_written="cut greenhouse gas emissions 46 percent by 2030, measured against 2013 levels"),
        "diplomacy.quad_leader_meetings": F(4, as_written="Leaders of the Quad ... have met four times since March 2021"),
        "diplomacy.ipef_other_partners": F(13, period="2022-05", as_written="Japan was also among the fourteen original participants when the Indo-Pacific Economic Framework for Prosperity (IPEF) was launched in Tokyo in May 2022", note="fourteen including Japan: 13 others"),
        "diplomacy.ukraine_financial_support": F(5500000000, as_written="$5.5 billion in financial support that Kishida announced on February 20, 2023"),
        "diplomacy.ukraine_humanitarian_aid": F(1100000000, "about", as_written="roughly $1.1 billion in humanitarian assistance"),
    },
    "elections": {
        "ldp_president_2021": E("LDP president", "2021-09-29", "held", result="Kishida defeats Kono Taro in a runoff", note="sidebar 'Sept. 29, 2021'; prose 'in the autumn of 2021'"),
        "lower_house_2021": E("Lower House", "2021-10-31", "held", result="coalition 293 of 465 seats, roughly 63 percent; LDP alone 261", note="sidebar 'Oct. 31, 2021'"),
        "upper_house_2022": E("Upper House", "2022-07-10", "held", result="coalition 146 of 248 seats, a shade under three-fifths, up from 57%", note="sidebar 'July 10, 2022'; prose 'of July 2022'"),
        "okinawa_governor_2022": E("Okinawa governor", "2022-09-11", "held", result="Tamaki Denny reelected", note="sidebar 'Sept. 11, 2022'; prose 'won a second term last September'"),
        "upper_house_2025": E("Upper House", "2025-07", "upcoming", note="'half of the upper chamber's seats come up for election in July of that year' (2025); sidebar 'July 2025'"),
    },
    "events": {
        "abe_assassination": EV("Former Prime Minister Abe Shinzo shot and killed while campaigning in Nara", "2022-07-08"),
    },
    "notes": "Traps: 'In December 2022, the cabinet ... adopted three strategy documents'; 'received Kishida at the White House on January 13'; 'South Korea, by comparison, hosts roughly 28,500' (another country's troops) and 'more than it bases in any other foreign country' (not a rank); 'on May 19-21' (G7 Hiroshima, planned); '¥43 trillion (about $320 billion)' and 'some 1.6 times what the previous five-year plan provided'; 'from 1976 onward' (a year, not the limit); '¥211.3 billion' (yen form of the Tomahawk line) and 'as many as 400 of them' (a count); 'about ¥211 billion a year, ¥1.05 trillion over FY2022-FY2026' (yen host-nation figures beside the dollar fact); 'signed the following month' (January 2022, not the agreement's date); 'on January 11, 2023' (2+2) and 'by 2025' (Marine Littoral Regiment); 'roughly 9,000 Marines are to leave Okinawa' (total leaving, not Guam) and 'the first are expected to move there in 2024' (no Marines in Guam yet); 'Under a 2012 realignment plan'; 'The LDP won 261 seats on its own' and '293 of the 465 seats' / '146 of the chamber's 248 seats' (counts beside the shares); 'up from 57% before the vote' (previous Upper House share); 'two days after a gunman killed' (the assassination's day is in the sidebar); 'Approval ratings that stood near 60% ... slid into the 30% range' (approval, not a seat share); 'four ministers resigned'; 'Nationwide local elections in April' and sidebar 'April 2023: unified local elections' (local, not listed); 'Kishida's own term as LDP president ends in September 2024' (a term end, not an election, not the next Diet election); sidebar 'the Diet elects him prime minister on October 4' and 'Oct. 2025: House of Representatives members' terms expire' (deadline only, not an upcoming election); 'the world's third- and first-largest economies' (not trade ranks); 'up from $112.2 billion and $167.8 billion, respectively, a year earlier' (2021 figures); 'Canada, Mexico, and China each trade far more ...: two-way goods trade with each of them topped $690 billion' (other countries); 'a stock of $721 billion at the end of 2021' (FDI stock, not an IF10199 fact); 'about $1.1 trillion at the end of 2022, against China's $867 billion' (holdings, China's figure); 'In July 2022, the two governments convened the first meeting' (Economic 2+2, 'first' is not a rank); 'output was roughly flat in the October-December quarter' (a quarter); '¥28.9 trillion' (yen form of the budget); 'an economic package announced in October'; 'slid past ¥150 to the dollar'; 'and to reach net zero by 2050'; 'twice by video and twice in person' (parts of the four); 'Australia is to host the next summit, in Sydney in May' (planned); 'fourteen original participants' (Japan included: 13 others); 'On March 6, Seoul announced' and 'expected in Tokyo on March 16-17 for the first bilateral visit of its kind in twelve years'; 'committed about $7.6 billion to Ukraine' (total, neither Ukraine fact); 'on February 20, 2023' (the pledge's date). HTML: the sidebar 'Japan's Political Calendar, 2021-2025' (a dated bullet list) is floated as an aside; PDF: non-breaking spaces before billion/percent and in 'U.S. Forces', hyphenated line ends",
}
