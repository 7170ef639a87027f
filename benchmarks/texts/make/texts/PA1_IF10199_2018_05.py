from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "PA1-IF10199-2018-05", "fresh35", "IF10199", 31
LAYOUTS = ["md", "interleaved"]
PDF_OPTS = ["lig", "quotes"]
CHART = {"unit": "¥ trillions", "ymax": 6, "ticks": [0, 2, 4, 6],
         "series": ["Defense budget"],
         "bars": {"FY2014": (4.88,), "FY2015": (4.98,), "FY2016": (5.05,), "FY2017": (5.12,), "FY2018": (5.19,)}}

MD = """
U.S.-Japan Relations

Updated May 30, 2018

## Overview

Few foreign leaders have invested as much in a personal tie with President Donald J. Trump as Prime Minister Abe Shinzo. The first to call on him after the 2016 election, Abe has since met or spoken with him dozens of times, most recently at the President's Mar-a-Lago resort in mid-April. That meeting yielded an agreement to open talks on "free, fair, and reciprocal" trade. It did not yield what Tokyo most wanted: an exemption from the steel and aluminum tariffs imposed in March. North Korea dominates the security agenda. Japanese officials worry that a U.S.-North Korea summit, which the President called off on May 24 and now says may still take place in Singapore on June 12, could trade away limits on the short- and medium-range missiles that can reach Japan.

## The Alliance

Japan has relied since 1951 on a security treaty with the United States, signed in San Francisco alongside the peace treaty and revised in 1960 by Abe's grandfather, then-Prime Minister Kishi Nobusuke. Some fifty-four thousand U.S. military personnel are based in the country, more than in any other foreign nation; South Korea, by comparison, hosts about 28,500.

Tokyo pays close to $2 billion a year toward the cost of keeping them there. The terms are set by a five-year Special Measures Agreement (SMA), agreed in December 2015, that entered into force in April 2016 and will run until March 2021. President Trump, as a candidate, suggested that allies should pay far more.

## Okinawa

Okinawa makes up less than 1% of Japan's land. It nonetheless hosts roughly one-quarter of the facilities used by U.S. forces in Japan, and more than half of their personnel are stationed on the island chain. Its governor, Onaga Takeshi, opposes the replacement of Marine Corps Air Station Futenma with a runway at Henoko; landfill work there began in April 2017. In February, an LDP-backed candidate unseated the anti-base mayor of Nago, the city that includes Henoko. Onaga, who disclosed this month that he is being treated for cancer, has not said whether he will seek a second term in the gubernatorial election expected this November.

The 2006 realignment roadmap would have moved 8,000 Marines off Okinawa. As revised in 2012, the plan reduces the Marine presence by about nine thousand; of these, roughly four thousand are to relocate to Guam, beginning in the first half of the 2020s, with the rest going to Hawaii, Australia, and the U.S. mainland.

## Defense Policy

Abe has loosened several postwar restraints. Legislation passed in 2015 allows the Self-Defense Forces to exercise collective self-defense in limited circumstances, and the cabinet has approved the purchase of two Aegis Ashore missile defense batteries. Spending has risen for six consecutive years, reaching ¥5.19 trillion (about $46 billion) in FY2018 (Figure 1). Even so, the budget still sits just below one percent of gross domestic product (GDP), the informal cap that cabinets have honored since 1976. An LDP panel this month cited NATO's guideline of 2% of GDP as a reference point for future budgets, but it did not propose adopting it as a target.

**Figure 1. Japan's Defense Budget, FY2014-FY2018**

Source: Japan Ministry of Defense. Initial budgets.

## Domestic Politics

Abe's coalition, made up of his Liberal Democratic Party (LDP) and the smaller Komeito, won 313 of the 465 seats in the House of Representatives in the snap election of October 22 last year. The chamber, in which the two parties thus hold more than two-thirds of the seats, need not be elected again until October 2021. In the House of Councillors they control about three in every five seats. Half of that chamber's 242 members are to be chosen in July of next year, the next nationwide vote.

Abe has been weakened by allegations that officials favored two school operators with ties to him and his wife; his cabinet's approval rating fell to around 30% in some April polls. He is expected to seek a third consecutive three-year term as LDP president in September, when former defense minister Ishiba Shigeru may challenge him. Abe has said he hopes to see a revised constitution take effect in 2020.

## Trade and Investment

Japan was the fourth-largest U.S. trading partner in 2017. Only Canada, Mexico, and China bought more U.S. goods that year, and the same three were the only larger suppliers of goods to the U.S. market. The bilateral goods deficit, third-largest after those with China and Mexico, has barely moved since 2016 (Table 1).

Table 1. U.S. Goods Trade with Japan ($ billions)

| | 2016 | 2017 |
| --- | --- | --- |
| U.S. exports to Japan | 63.3 | 67.7 |
| U.S. imports from Japan | 132.2 | 136.5 |
| Balance | -68.9 | -68.8 |

Source: U.S. Census Bureau.

Japanese companies' direct investment in the United States, $421 billion at the end of 2016, is exceeded only by that of British firms. With $1.03 trillion of U.S. Treasury securities in March, Japan likewise trails only China among foreign holders. Tariffs of 25% on steel and 10% on aluminum have applied to Japanese shipments since March 23. On May 23, the Commerce Department opened an investigation of auto imports under Section 232; the President has reportedly floated a 25% duty on cars, which now face 2.5%. Having withdrawn from the Trans-Pacific Partnership (TPP) in January 2017, the United States watched Japan and ten other countries sign a revised version, the CPTPP, on March 8.

## Economy

Growth, 1.0% in 2016, picked up to 1.7% last year. In the first quarter of 2018, however, real GDP shrank at an annualized 0.6%, ending eight straight quarters of expansion, the longest run since the late 1980s. On February 1, the Diet enacted a ¥2.7 trillion (roughly $25 billion) supplementary budget for FY2017, mostly for disaster recovery and farm support; the FY2018 budget, a record ¥97.7 trillion, passed in March. The yen rose to ¥104.6 in late March, a 16-month high against the dollar, before weakening past ¥110 this month. The Bank of Japan, under Governor Kuroda Haruhiko, reappointed in April, has yet to reach its 2% inflation target, and a consumption tax increase from 8% to 10% is scheduled for October 2019.

## Regional and Global Cooperation

Under the Paris Agreement, which President Trump has said the United States will leave, Japan has pledged to cut greenhouse gas emissions twenty-six percent below FY2013 levels by FY2030. Abe promotes a "Free and Open Indo-Pacific," and officials of Japan, the United States, Australia, and India revived four-way consultations in Manila last November. On May 9, Abe hosted Chinese Premier Li Keqiang and South Korean President Moon Jae-in in Tokyo for the first trilateral summit since 2015.

## Issues for Congress

Members may weigh how trade frictions and the North Korea diplomacy will affect an alliance that many have called the strongest in decades. Many Members heard Abe make that case himself on April 29, 2015, when he became the first Japanese prime minister to address a joint meeting of Congress.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Brock R. Williams**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Abe Shinzo", note="family name first"),
        "leaders.us_president": P("Trump", "Donald", "President Donald J. Trump"),
        "alliance.treaty_ally_since": F(1951, as_written="Japan has relied since 1951 on a security treaty with the United States", note="1960 revision is a trap"),
        "alliance.us_troops_in_japan": F(54000, "about", as_written="Some fifty-four thousand U.S. military personnel are based in the country", note="number in words"),
        "alliance.host_nation_support_per_year": F(2000000000, "nearly", per="year", as_written="Tokyo pays close to $2 billion a year toward the cost of keeping them there"),
        "alliance.host_nation_support_agreement": D("2015-12", as_written="a five-year Special Measures Agreement (SMA), agreed in December 2015", note="entry into force April 2016 and expiry March 2021 are traps"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="Okinawa makes up less than 1% of Japan's land"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="It nonetheless hosts roughly one-quarter of the facilities used by U.S. forces in Japan", note="fraction in words; subject carried"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="and more than half of their personnel are stationed on the island chain"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="of these, roughly four thousand are to relocate to Guam", note="9,000 (total leaving) and the roadmap's 8,000 are traps"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="the budget still sits just below one percent of gross domestic product (GDP), the informal cap that cabinets have honored since 1976", note="'just below' hedges spending, not the cap"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="his Liberal Democratic Party (LDP) and the smaller Komeito"),
        "politics.lower_house_coalition_share": F(67, "over", as_written="The chamber, in which the two parties thus hold more than two-thirds of the seats", note="fraction rule; 313 of 465 written in the sentence before"),
        "politics.upper_house_coalition_share": F(60, "about", as_written="In the House of Councillors they control about three in every five seats", note="fraction in words"),
        "politics.next_diet_election_due": F(2019, as_written="Half of that chamber's 242 members are to be chosen in July of next year, the next nationwide vote"),
        "politics.lower_house_election_due": D("2021-10", as_written="need not be elected again until October 2021"),
        "trade.overall_partner_rank": F(4, period="2017", as_written="Japan was the fourth-largest U.S. trading partner in 2017"),
        "trade.export_partner_rank": F(4, period="2017", as_written="Only Canada, Mexico, and China bought more U.S. goods that year", note="rank by exclusion of three"),
        "trade.import_partner_rank": F(4, period="2017", as_written="the same three were the only larger suppliers of goods to the U.S. market", note="rank by exclusion of the same three"),
        "trade.us_exports_to_japan": F(67700000000, period="2017", as_written="U.S. exports to Japan | 63.3 | 67.7", note="Table 1's 2017 column, $ billions in the caption"),
        "trade.us_imports_from_japan": F(136500000000, period="2017", as_written="U.S. imports from Japan | 132.2 | 136.5", note="Table 1's 2017 column"),
        "trade.fdi_source_rank": F(2, as_written="Japanese companies' direct investment in the United States, $421 billion at the end of 2016, is exceeded only by that of British firms"),
        "trade.treasury_holder_rank": F(2, period="2018-03", as_written="With $1.03 trillion of U.S. Treasury securities in March, Japan likewise trails only China among foreign holders"),
        "economy.gdp_growth": GDP(y2017=1.7, y2016=1.0),
        "economy.supplementary_budget": F(25000000000, "about", period="2018-02-01", as_written="On February 1, the Diet enacted a ¥2.7 trillion (roughly $25 billion) supplementary budget for FY2017"),
        "economy.yen": F("16-month high against the dollar", period="2018-03", as_written="The yen rose to ¥104.6 in late March, a 16-month high against the dollar"),
        "economy.emissions_cut_target": F(26, by="FY2030", baseline="FY2013", as_written="Japan has pledged to cut greenhouse gas emissions twenty-six percent below FY2013 levels by FY2030", note="in the Regional and Global Cooperation section; number in words"),
    },
    "elections": {
        "lower_house_2017": E("Lower House", "2017-10-22", "held", result="coalition 313 of 465 seats, more than two-thirds"),
        "upper_house_2019": E("Upper House", "2019-07", "upcoming", note="'in July of next year' from a May 2018 cover"),
        "ldp_president_2018": E("LDP president", "2018-09", "upcoming", note="Abe expected to seek a third term; Ishiba may challenge"),
        "okinawa_governor_2018": E("Okinawa governor", "2018-11", "upcoming", note="'the gubernatorial election expected this November'; incumbent Onaga undecided"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress", "2015-04-29", "held"),
    },
    "notes": "Traps: 'most recently at the President's Mar-a-Lago resort in mid-April' (a summit, not tracked); 'the steel and aluminum tariffs imposed in March' and 'Tariffs of 25% on steel and 10% on aluminum have applied to Japanese shipments since March 23' (product tariffs, not a tariff on most imports); 'called off on May 24 and now says may still take place in Singapore on June 12' (planned summit); 'revised in 1960 by Abe's grandfather, then-Prime Minister Kishi Nobusuke' (former leader, not the treaty year); 'South Korea, by comparison, hosts about 28,500' (another country); 'that entered into force in April 2016 and will run until March 2021' (not the agreement date); 'landfill work there began in April 2017'; 'In February, an LDP-backed candidate unseated the anti-base mayor of Nago' (local election, not listed); 'The 2006 realignment roadmap would have moved 8,000 Marines' and 'reduces the Marine presence by about nine thousand' (not the Guam figure); 'beginning in the first half of the 2020s'; 'Legislation passed in 2015'; 'two Aegis Ashore missile defense batteries'; 'Spending has risen for six consecutive years, reaching ¥5.19 trillion (about $46 billion) in FY2018' (a budget, not a limit); 'cited NATO's guideline of 2% of GDP as a reference point ... did not propose adopting it as a target' (no spending goal); Figure 1 (defense budget FY2014-FY2018, ¥ trillions, ticks 0-6, no values; interleaved only); 'won 313 of the 465 seats' (the share is 'more than two-thirds'); 'Half of that chamber's 242 members' (seat count, not a share); 'approval rating fell to around 30%'; 'a third consecutive three-year term'; 'former defense minister Ishiba Shigeru'; 'a revised constitution take effect in 2020'; 'third-largest after those with China and Mexico' (the deficit's rank; no IF10199 fact); Table 1's 2016 column and Balance row; '$421 billion at the end of 2016' (a stock, no rank period); '$1.03 trillion'; 'a 25% duty on cars, which now face 2.5%' (floated, not imposed); 'Japan and ten other countries sign a revised version, the CPTPP, on March 8'; 'shrank at an annualized 0.6%, ending eight straight quarters of expansion' (a quarter, not a year); 'the FY2018 budget, a record ¥97.7 trillion' (not a supplementary budget); '¥104.6' and 'weakening past ¥110'; 'its 2% inflation target' and 'from 8% to 10% ... October 2019' (planned); 'which President Trump has said the United States will leave'; 'revived four-way consultations in Manila last November' (officials, not a leaders' Quad meeting); 'On May 9, Abe hosted Chinese Premier Li Keqiang and South Korean President Moon Jae-in' (other leaders) and 'the first trilateral summit since 2015'. Interleaved: ligatures and curly quotes, two columns alternating line by line.",
}
