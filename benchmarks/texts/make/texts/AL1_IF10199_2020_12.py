from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "AL1-IF10199-2020-12", "fresh17", "IF10199", 37
LAYOUTS = ["pdf", "interleaved"]
PDF_OPTS = ["lig", "nbsp"]
CHART = {"unit": "¥ trillions", "ymax": 6, "ticks": [0, 1, 2, 3, 4, 5, 6],
         "series": ["Defense budget"],
         "bars": {"FY2016": (5.05,), "FY2017": (5.13,), "FY2018": (5.19,), "FY2019": (5.26,),
                  "FY2020": (5.31,), "FY2021": (5.34,)}}

MD = """
U.S.-Japan Relations

Updated December 22, 2020

## Overview

Both allies are changing hands at the top. On September 16, Suga Yoshihide took over Japan's government from Abe Shinzo, whom he had served as chief cabinet secretary since December 2012 and who, citing the return of a chronic illness, had said on August 28 that he would step aside. In Washington, the handover comes next month: Donald Trump remains President until January 20, when Joe Biden, who defeated him in the November 3 vote, is to take the oath of office. Suga and the President-elect spoke by telephone on November 12, when Biden affirmed that the treaty covers the Senkakus. Issues likely to carry over into the 117th Congress include the stalled cost-sharing talks, North Korea, and the pandemic, which has pushed the Tokyo Olympics back to July 2021.

## Politics in Tokyo

The Liberal Democratic Party (LDP) picked its new leader on September 14. Its Diet members and the delegates of its 47 prefectural chapters gave Suga 377 votes, against 89 for Kishida Fumio and 68 for Ishiba Shigeru. Because Suga is serving out what remained of Abe's three-year term, his mandate from the party lasts only until September 2021, when he must win its backing a second time. Two days after the party vote, a Diet roll call installed him in the premiership. Abe, who in April 2015 became the first Japanese leader to address a joint meeting of Congress, left as the longest-serving head of government in Japan's history.

Suga has promised a digital agency and, in his first policy speech on October 26, carbon neutrality by 2050. Support for his cabinet, above 60% in September, had fallen to around 40% in several December polls amid a third wave of infections.

In the House of Representatives, the LDP and its junior partner, Komeito, control a shade over two-thirds of the seats. That chamber's members were last sent to the Diet by voters in October 2017, and their four-year terms end in October 2021, the latest point at which they must go back to the voters; talk of an early dissolution this winter has faded as infections have risen. Half of the House of Councillors was last filled in July 2019. The coalition holds 141 of that chamber's 245 seats, or 57.6%. The other half of its seats come up for renewal in July 2022.

## The Alliance

Bound to the United States by a security treaty since 1951 (the present version dates from 1960), Japan hosts the largest U.S. presence in Asia. U.S. bases there are staffed by in excess of 50,000 U.S. military personnel. Around $1.9 billion a year toward their upkeep is picked up by the Japanese government (¥199.3 billion in FY2020), under a five-year Special Measures Agreement (SMA) that was signed in January 2016. The SMA is to lapse at the end of March 2021. Talks on its successor were opened in November; the Trump Administration had reportedly sought up to $8 billion a year, and both sides now expect the matter to be settled after January 20.

Japan's defense spending has been held since 1976, with few exceptions, to an informal ceiling of 1% of GDP. The FY2021 budget approved by the cabinet on December 21 sets aside a record ¥5.34 trillion for defense, the ninth increase in a row (Figure 1). Some LDP lawmakers would like to move toward NATO's 2% benchmark, but no such target has been adopted. In June the government dropped plans for two Aegis Ashore missile-defense sites; on December 18 the cabinet opted for two Aegis-equipped ships instead, along with a longer-range version of a domestic anti-ship missile.

**Figure 1. Japan's Defense Budget, FY2016-FY2021**

Source: Japan Ministry of Defense. Initial budgets, including SACO and realignment costs; FY2021 as approved by the cabinet.

## Okinawa

Okinawa makes up 0.6% of Japan's land area. About 70% of the land set aside for the exclusive use of U.S. forces is located there, and more than half of U.S. military personnel in Japan are stationed on its islands. Under the bilateral realignment plan as revised in 2012, some 9,000 Marines are to be moved out of the prefecture; roughly 4,000 of them are earmarked for Guam, with transfers now expected to begin in the mid-2020s. Tamaki Denny, who won the governorship in September 2018, opposes building the Futenma replacement facility at Henoko, a project the Defense Ministry now says will take about 12 more years.

## Trade and Investment

Counting goods and services together, Japan was the fourth-largest U.S. trading partner in 2019. U.S. exports to Japan were valued at $124.3 billion that year, which made it the fifth-biggest market for them, behind Canada, Mexico, China, and the United Kingdom. Goods and services worth $179.3 billion were sourced from Japan, a sum topped only by imports from China, Mexico, and Canada. Through October, two-way goods trade in 2020 was running roughly a sixth below its 2019 pace.

A limited trade agreement and a digital trade agreement, both signed in October 2019, took effect on January 1, 2020. A second stage of talks, meant to cover services and investment, has not begun. Section 232 tariffs of 25% on steel and 10% on aluminum still apply to Japanese shipments.

In 2019, Japan overtook the United Kingdom as the largest source of foreign direct investment in the United States, with a stock of $619.3 billion. Japanese investors also hold more U.S. Treasury securities than those of any other foreign country: about $1.28 trillion in October 2020, compared with China's $1.05 trillion.

## Economy

Japan's real GDP grew 0.3% in 2019 and 0.6% in 2018. The pandemic produced a record contraction in April-June 2020, followed by a rebound at an annualized 22.9% in July-September. Two supplementary budgets have been enacted this year; the second and larger, ¥31.9 trillion (close to $300 billion), passed the Diet on June 12. A third, of ¥21.8 trillion, was approved by the cabinet on December 15 and is to be submitted in January. The 2050 pledge has not yet changed Japan's formal Paris Agreement goal: a 26% cut in greenhouse gas emissions by FY2030 from FY2013 levels.

## Regional Diplomacy

Suga's first trip abroad, in October, was to Vietnam and Indonesia. Tokyo hosted the foreign ministers of the Quad (Australia, India, Japan, and the United States) on October 6, and on November 15 Japan signed the Regional Comprehensive Economic Partnership (RCEP) with China, South Korea, and 12 other countries.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Brock R. Williams**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Suga", "Yoshihide", "On September 16, Suga Yoshihide took over Japan's government from Abe Shinzo",
                                          note="succession stated without the title; 'a Diet roll call installed him in the premiership'"),
        "leaders.us_president": P("Trump", "Donald", "Donald Trump remains President until January 20",
                                  note="Biden is President-elect until January 20, 2021"),
        "alliance.treaty_ally_since": F(1951, as_written="Bound to the United States by a security treaty since 1951 (the present version dates from 1960)"),
        "alliance.us_troops_in_japan": F(50000, "over", as_written="U.S. bases there are staffed by in excess of 50,000 U.S. military personnel", note="passive; 'in excess of' = over"),
        "alliance.host_nation_support_per_year": F(1900000000, "about", per="year", as_written="Around $1.9 billion a year toward their upkeep is picked up by the Japanese government (¥199.3 billion in FY2020)", note="passive; the dollar figure, not the yen amount"),
        "alliance.host_nation_support_agreement": D("2016-01", as_written="a five-year Special Measures Agreement (SMA) that was signed in January 2016"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="Okinawa makes up 0.6% of Japan's land area"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="About 70% of the land set aside for the exclusive use of U.S. forces is located there", note="exclusive-use basis"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="more than half of U.S. military personnel in Japan are stationed on its islands"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="roughly 4,000 of them are earmarked for Guam"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="held since 1976, with few exceptions, to an informal ceiling of 1% of GDP"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="the LDP and its junior partner, Komeito"),
        "politics.lower_house_coalition_share": F(67, "over", as_written="control a shade over two-thirds of the seats", note="fraction in words: two-thirds = 67; 'a shade over' = over"),
        "politics.upper_house_coalition_share": F(57.6, as_written="The coalition holds 141 of that chamber's 245 seats, or 57.6%"),
        "politics.next_diet_election_due": F(2021, as_written="their four-year terms end in October 2021, the latest point at which they must go back to the voters",
                                             note="the Lower House deadline, ten months away, precedes the July 2022 upper-chamber renewal"),
        "politics.lower_house_election_due": D("2021-10", as_written="their four-year terms end in October 2021, the latest point at which they must go back to the voters"),
        "trade.overall_partner_rank": F(4, period="2019", as_written="Counting goods and services together, Japan was the fourth-largest U.S. trading partner in 2019"),
        "trade.export_partner_rank": F(5, period="2019", as_written="which made it the fifth-biggest market for them, behind Canada, Mexico, China, and the United Kingdom"),
        "trade.us_exports_to_japan": F(124300000000, period="2019", as_written="U.S. exports to Japan were valued at $124.3 billion that year"),
        "trade.import_partner_rank": F(4, period="2019", as_written="a sum topped only by imports from China, Mexico, and Canada", note="three larger sources = fourth"),
        "trade.us_imports_from_japan": F(179300000000, period="2019", as_written="Goods and services worth $179.3 billion were sourced from Japan"),
        "trade.fdi_source_rank": F(1, period="2019", as_written="In 2019, Japan overtook the United Kingdom as the largest source of foreign direct investment in the United States"),
        "trade.treasury_holder_rank": F(1, period="2020-10", as_written="Japanese investors also hold more U.S. Treasury securities than those of any other foreign country: about $1.28 trillion in October 2020"),
        "economy.gdp_growth": GDP(y2019=0.3, y2018=0.6),
        "economy.supplementary_budget": F(300000000000, "nearly", period="2020-06", as_written="the second and larger, ¥31.9 trillion (close to $300 billion), passed the Diet on June 12",
                                          note="the third (¥21.8 trillion) is only approved by the cabinet"),
        "economy.emissions_cut_target": F(26, by="FY2030", baseline="FY2013", as_written="a 26% cut in greenhouse gas emissions by FY2030 from FY2013 levels"),
    },
    "elections": {
        "ldp_president_2020": E("LDP president", "2020-09-14", "held", result="Suga 377 votes, Kishida 89, Ishiba 68",
                                note="'The Liberal Democratic Party (LDP) picked its new leader on September 14' (year from the text's date)"),
        "ldp_president_2021": E("LDP president", "2021-09", "upcoming",
                                note="'his mandate from the party lasts only until September 2021, when he must win its backing a second time'"),
        "lower_house_2017": E("Lower House", "2017-10", "held", note="'That chamber's members were last sent to the Diet by voters in October 2017'"),
        "lower_house_2021": E("Lower House", "2021-10", "upcoming", note="deadline ten months away: 'must go back to the voters'"),
        "upper_house_2019": E("Upper House", "2019-07", "held", note="'Half of the House of Councillors was last filled in July 2019'"),
        "upper_house_2022": E("Upper House", "2022-07", "upcoming", note="'The other half of its seats come up for renewal in July 2022'"),
        "okinawa_governor_2018": E("Okinawa governor", "2018-09", "held", result="Tamaki Denny", note="'who won the governorship in September 2018'"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress", "2015-04", "held"),
    },
    "notes": "Traps: 'whom he had served as chief cabinet secretary since December 2012' (Abe's start, not Suga's) and 'had said on August 28 that he would step aside'; 'Joe Biden, who defeated him in the November 3 vote, is to take the oath of office' and 'Suga and the President-elect spoke by telephone on November 12, when Biden affirmed that the treaty covers the Senkakus' (Biden is not yet President; the U.S. election is not listed); 'pushed the Tokyo Olympics back to July 2021'; 'gave Suga 377 votes, against 89 for Kishida Fumio and 68 for Ishiba Shigeru' (votes, not seats; losers are not PM) and 'its 47 prefectural chapters'; 'what remained of Abe's three-year term'; 'Two days after the party vote, a Diet roll call installed him in the premiership' (no election); 'left as the longest-serving head of government' (Abe is former); 'Support for his cabinet, above 60% in September, had fallen to around 40%' (approval, not a seat share); 'talk of an early dissolution this winter' (speculation, not listed); 'The coalition holds 141 of that chamber's 245 seats' (seat counts; the share is 57.6%); 'the present version dates from 1960'; '(¥199.3 billion in FY2020)' (yen); 'The SMA is to lapse at the end of March 2021' and 'Talks on its successor were opened in November' (not the latest agreement); 'had reportedly sought up to $8 billion a year'; 'a record ¥5.34 trillion for defense, the ninth increase in a row'; 'Some LDP lawmakers would like to move toward NATO's 2% benchmark, but no such target has been adopted' (no goal); 'In June the government dropped plans for two Aegis Ashore' and 'on December 18'; Figure 1 (defense budget FY2016-FY2021, ¥ trillions, ticks 0-6, no values); 'some 9,000 Marines are to be moved out of the prefecture' (total leaving, not Guam) and 'as revised in 2012', 'transfers now expected to begin in the mid-2020s' (none moved: no marines_in_guam); 'will take about 12 more years'; 'behind Canada, Mexico, China, and the United Kingdom' (four ahead = fifth); 'running roughly a sixth below its 2019 pace' (partial year, a fraction that is no fact); 'both signed in October 2019, took effect on January 1, 2020' (no IF10199 fact); 'Section 232 tariffs of 25% on steel and 10% on aluminum' (no tariff on most imports); 'with a stock of $619.3 billion'; 'compared with China's $1.05 trillion'; 'a record contraction in April-June 2020' and 'a rebound at an annualized 22.9% in July-September' (quarters, not years); 'Two supplementary budgets have been enacted this year' (count) and 'A third, of ¥21.8 trillion, was approved by the cabinet on December 15' (not enacted); 'carbon neutrality by 2050' (not the 2030 cut); 'the foreign ministers of the Quad' (no leaders' meeting); 'with China, South Korea, and 12 other countries' (RCEP, not IPEF); PDF ligatures and NBSP; interleaved columns",
}
