from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "VC1-IF10199-2022-05", "fresh42", "IF10199", 37
LAYOUTS = ["pdf", "md"]
PDF_OPTS = ["quotes", "nbsp", "hyph"]
SIDEBAR = "Okinawa, Fifty Years After Reversion"
CHART = {"unit": "¥ trillions", "ymax": 6, "ticks": [0, 1, 2, 3, 4, 5, 6],
         "series": ["Initial defense budget"],
         "bars": {"FY2018": (5.19,), "FY2019": (5.26,), "FY2020": (5.31,), "FY2021": (5.34,), "FY2022": (5.40,)}}

MD = """
U.S.-Japan Relations

Updated May 26, 2022

## Overview

Two days ago, Tokyo hosted the leaders of the Quad (Australia, India, Japan, and the United States), capping President Joe Biden's first trip to Asia since taking office. The visit, which began in Seoul, was meant to show that Russia's invasion of Ukraine has not drawn Washington's attention away from the Indo-Pacific. For his host, it was a chance to display a hardened line toward Moscow and Beijing. Kishida Fumio, who succeeded Suga Yoshihide as prime minister last October, has joined the Group of Seven's sanctions on Russia, expelled eight Russian diplomats, and promised to enlarge Japan's defense budget "substantially." His cabinet's approval rating, above 60% in several polls, is the highest any Japanese government has enjoyed in years.

Kishida's predecessors set much of the present agenda. Former Prime Minister Abe Shinzo, who in April 2015 became the first Japanese leader to address a joint meeting of Congress, remains the most influential figure in the Liberal Democratic Party (LDP) and leads its largest faction.

## The Alliance

Signed in 1951 and revised nine years later, the security treaty has made Japan a U.S. ally for more than seven decades. Japan, in turn, is host to the largest forward deployment of U.S. forces anywhere: around 54,000 American service members, compared with some 28,500 in South Korea. The Seventh Fleet, home-ported in Yokosuka, is the Navy's largest.

Cost-sharing talks concluded last December with a new five-year Special Measures Agreement, signed on January 7. Over FY2022-FY2026 Tokyo will provide ¥1.055 trillion, or about ¥211 billion a year. In dollars, that comes to roughly $1.9 billion annually, a modest rise over the previous arrangement, which ran out in March.

## Okinawa, Fifty Years After Reversion

On May 15, Okinawa marked the 50th anniversary of its return to Japanese administration in 1972. The anniversary renewed attention to an old imbalance. The prefecture covers about 0.6% of Japan's land. Yet roughly 70% of the acreage reserved exclusively for U.S. forces lies within it, and a bit more than half of the American troops in Japan are stationed there. A 2012 bilateral plan would move about 9,000 Marines off the island; of those, some 4,000 are to go to Guam. Governor Tamaki Denny, who opposes the construction of a replacement airfield at Henoko, faces reelection in September.

## Defense Policy

Japan's defense budget for FY2022, at ¥5.4 trillion, marks a tenth straight annual increase (Figure 1). Spending has nonetheless hovered near 1% of gross domestic product (GDP), a level governments have treated since the 1970s as an informal ceiling. That may change. In April, an LDP policy panel urged the government to reach NATO's benchmark of 2% of GDP within five years and to acquire "counterstrike" capabilities able to hit missile launch sites. Kishida has not endorsed a figure; the government is to revise its three core strategy documents by the end of the year.

**Figure 1. Japan's Initial Defense Budgets, FY2018-FY2022**

Source: Japan Ministry of Defense. Excludes SACO and U.S. realignment costs.

## Domestic Politics

Kishida won the LDP's leadership race in September 2021 and led his party into a general election on October 31. The ruling bloc, the LDP and its junior partner Komeito, emerged with 293 of 465 seats, about 63% of the House of Representatives. Its share of the House of Councillors is smaller: 57%. Half of that chamber's seats will be contested on July 10, the next nationwide vote. Should the coalition hold its ground there, no Lower House election is required until October 2025, a stretch that some commentators call Kishida's "golden three years."

## Economic Relations

In 2021, Japan was the fourth-largest U.S. trading partner when goods and services are combined. It ranked fifth both as a destination for U.S. exports and as a source of U.S. imports (Table 1). Japanese companies held more direct investment in the United States at the end of 2020 than those of any other country, a position they have held since 2019. Japan also remains the biggest foreign owner of U.S. Treasury securities, a spot it took back from China in 2019.

Table 1. U.S. Trade with Japan in Goods and Services ($ billions)

| | 2020 | 2021 |
| --- | --- | --- |
| U.S. exports to Japan | 104.7 | 112.2 |
| U.S. imports from Japan | 149.7 | 167.8 |
| U.S. balance | -45.0 | -55.6 |

Source: U.S. Bureau of Economic Analysis.

At the Tokyo summit, Biden launched the Indo-Pacific Economic Framework for Prosperity (IPEF), a regional initiative without market-access commitments; its 13 founding participants, Japan and the United States among them, account for about 40% of world GDP. Tokyo would still prefer that Washington rejoin the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP), which Japan and ten other countries concluded after the U.S. withdrawal in 2017.

## Japan's Economy

Growth resumed last year, when real GDP rose 1.7% after contracting 4.5% in 2020. The recovery is uneven: output fell at a 1.0% annualized rate in the first quarter of 2022 as Omicron-era restrictions weighed on spending. A record ¥36 trillion (about $317 billion) supplementary budget was enacted in December; a second, of ¥2.7 trillion to cushion fuel and food prices, is before the Diet and likely to pass by month's end. The Bank of Japan has kept its ultra-loose policy even as other central banks tighten, and at the end of April the yen slid past ¥130 per dollar, a 20-year low against the dollar. On climate, by 2030 emissions are to be 46% below where they stood in 2013.

## Regional Diplomacy

Tuesday's summit was the fourth time the Quad's leaders have convened, and the second in person; the group announced a maritime domain awareness initiative and pledged more than $50 billion in infrastructure assistance over five years. On Ukraine, Tokyo has pledged $200 million in humanitarian assistance and, after doubling an earlier $300 million commitment on May 19, $600 million in financial support. Relations with South Korea may thaw under its new president, Yoon Suk-yeol, inaugurated on May 10.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Brock R. Williams**, Specialist in International Trade and Finance

**Caitlin Campbell**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Kishida Fumio, who succeeded Suga Yoshihide as prime minister last October", note="family name first; Suga and Abe former"),
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden's first trip to Asia since taking office"),
        "alliance.treaty_ally_since": F(1951, as_written="Signed in 1951 and revised nine years later, the security treaty has made Japan a U.S. ally for more than seven decades"),
        "alliance.us_troops_in_japan": F(54000, "about", as_written="around 54,000 American service members, compared with some 28,500 in South Korea"),
        "alliance.host_nation_support_per_year": F(1900000000, "about", per="year", as_written="In dollars, that comes to roughly $1.9 billion annually", note="subject carried ('that' = about ¥211 billion a year)"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="Cost-sharing talks concluded last December with a new five-year Special Measures Agreement, signed on January 7", note="'last December' from the May 2022 cover; the January 7 signing is a trap"),
        "alliance.okinawa_share_of_land_area": F(0.6, "about", as_written="The prefecture covers about 0.6% of Japan's land", note="sidebar"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="Yet roughly 70% of the acreage reserved exclusively for U.S. forces lies within it", note="sidebar; exclusive-use basis"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="a bit more than half of the American troops in Japan are stationed there", note="sidebar"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="of those, some 4,000 are to go to Guam", note="sidebar; the 9,000 leaving Okinawa is a trap"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="Spending has nonetheless hovered near 1% of gross domestic product (GDP), a level governments have treated since the 1970s as an informal ceiling"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="The ruling bloc, the LDP and its junior partner Komeito"),
        "politics.lower_house_coalition_share": F(63, "about", as_written="emerged with 293 of 465 seats, about 63% of the House of Representatives"),
        "politics.upper_house_coalition_share": F(57, as_written="Its share of the House of Councillors is smaller: 57%", note="subject carried ('Its' = the ruling bloc)"),
        "politics.next_diet_election_due": F(2022, as_written="Half of that chamber's seats will be contested on July 10, the next nationwide vote", note="year from the cover"),
        "politics.lower_house_election_due": D("2025-10", as_written="no Lower House election is required until October 2025", note="years away: not an upcoming election"),
        "trade.overall_partner_rank": F(4, period="2021", as_written="In 2021, Japan was the fourth-largest U.S. trading partner when goods and services are combined"),
        "trade.export_partner_rank": F(5, period="2021", as_written="It ranked fifth both as a destination for U.S. exports and as a source of U.S. imports", note="subject and year carried"),
        "trade.import_partner_rank": F(5, period="2021", as_written="It ranked fifth both as a destination for U.S. exports and as a source of U.S. imports", note="subject and year carried"),
        "trade.us_exports_to_japan": F(112200000000, period="2021", as_written="U.S. exports to Japan | 104.7 | 112.2", note="Table 1 only, 2021 column, $ billions; 2020's 104.7 a trap"),
        "trade.us_imports_from_japan": F(167800000000, period="2021", as_written="U.S. imports from Japan | 149.7 | 167.8", note="Table 1 only, 2021 column, $ billions; 2020's 149.7 a trap"),
        "trade.fdi_source_rank": F(1, period="2020", as_written="Japanese companies held more direct investment in the United States at the end of 2020 than those of any other country"),
        "trade.treasury_holder_rank": F(1, as_written="Japan also remains the biggest foreign owner of U.S. Treasury securities"),
        "economy.gdp_growth": GDP(y2021=1.7, y2020=-4.5),
        "economy.supplementary_budget": F(317000000000, "about", period="2021-12", as_written="A record ¥36 trillion (about $317 billion) supplementary budget was enacted in December", note="'December' is December 2021 (before the May 2022 cover); the pending ¥2.7 trillion one is a trap"),
        "economy.yen": F("20-year low against the dollar", period="2022-04", as_written="at the end of April the yen slid past ¥130 per dollar, a 20-year low against the dollar"),
        "economy.emissions_cut_target": F(46, by="2030", baseline="2013", as_written="by 2030 emissions are to be 46% below where they stood in 2013"),
        "diplomacy.quad_leader_meetings": F(4, as_written="Tuesday's summit was the fourth time the Quad's leaders have convened"),
        "diplomacy.ipef_other_partners": F(12, period="2022-05", as_written="its 13 founding participants, Japan and the United States among them", note="13 founding participants including Japan: 12 others"),
        "diplomacy.ukraine_humanitarian_aid": F(200000000, as_written="Tokyo has pledged $200 million in humanitarian assistance"),
        "diplomacy.ukraine_financial_support": F(600000000, as_written="after doubling an earlier $300 million commitment on May 19, $600 million in financial support"),
    },
    "elections": {
        "ldp_president_2021": E("LDP president", "2021-09", "held", result="Kishida won"),
        "lower_house_2021": E("Lower House", "2021-10-31", "held", result="LDP and Komeito 293 of 465 seats, about 63%"),
        "upper_house_2022": E("Upper House", "2022-07-10", "upcoming", note="half the seats contested; year from the cover"),
        "okinawa_governor_2022": E("Okinawa governor", "2022-09", "upcoming", note="Governor Tamaki Denny, opposes Henoko, faces reelection; year from the cover"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress", "2015-04", "held"),
    },
    "notes": "Traps: 'Two days ago, Tokyo hosted the leaders of the Quad' (a date, not a count); 'Kishida Fumio, who succeeded Suga Yoshihide as prime minister last October' (former PM Suga); 'expelled eight Russian diplomats'; 'approval rating, above 60% in several polls'; 'Former Prime Minister Abe Shinzo' (former leader, event only); 'revised nine years later' (1960, not the treaty year); 'some 28,500 in South Korea' (another country); 'Over FY2022-FY2026 Tokyo will provide ¥1.055 trillion, or about ¥211 billion a year' (yen total and yearly yen figure beside the dollar one); 'signed on January 7' (signing, not the agreement's month); 'the previous arrangement, which ran out in March'; sidebar 'On May 15, Okinawa marked the 50th anniversary of its return to Japanese administration in 1972'; 'A 2012 bilateral plan would move about 9,000 Marines off the island' (total leaving, not Guam); 'faces reelection in September' (an election, no share); 'at ¥5.4 trillion, marks a tenth straight annual increase' and Figure 1 (defense budgets FY2018-FY2022, ¥ trillions, ticks 0-6, no value labels); 'urged the government to reach NATO's benchmark of 2% of GDP within five years' (an LDP panel's proposal, no spending goal stated); 'emerged with 293 of 465 seats'; 'Half of that chamber's seats will be contested' (not a share); 'a stretch that some commentators call Kishida's \"golden three years\"'; 'a position they have held since 2019' and 'a spot it took back from China in 2019' (years, not ranks or periods); Table 1's 2020 column (104.7, 149.7) and balance row (-45.0, -55.6); 'account for about 40% of world GDP'; 'which Japan and ten other countries concluded' (CPTPP, not IPEF); 'output fell at a 1.0% annualized rate in the first quarter of 2022' (a quarter); 'a second, of ¥2.7 trillion to cushion fuel and food prices, is before the Diet' (pending, not the latest enacted); '¥130 per dollar'; 'and the second in person' (not the count of meetings); 'pledged more than $50 billion in infrastructure assistance over five years' (the Quad's, not Ukraine); 'an earlier $300 million commitment' (previous financial pledge); 'its new president, Yoon Suk-yeol, inaugurated on May 10' (another country's leader); PDF: curly quotes, NBSP, hyphenated line ends; the sidebar is an ordinary section in the PDF",
}
