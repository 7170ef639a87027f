from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "MA1-IF10199-2018-10", "fresh32", "IF10199", 39
LAYOUTS = ["html", "pdf"]
PDF_OPTS = ["lig", "quotes", "hyph"]
SIDEBAR = "Okinawa at a Glance"
CHART = {"unit": "percent", "ymax": 2.5, "ticks": [0, 0.5, 1.0, 1.5, 2.0, 2.5],
         "series": ["Real GDP growth"],
         "bars": {"2013": (2.0,), "2014": (0.4,), "2015": (1.4,), "2016": (1.0,), "2017": (1.7,)}}

MD = """
U.S.-Japan Relations

Updated October 17, 2018

## Overview

Few bilateral relationships weigh as heavily on U.S. interests in Asia. Bound to Washington by a security treaty that took effect in 1952 and was revised eight years later, Japan hosts the largest forward-deployed U.S. military presence in the region and is one of the most important U.S. economic partners. Its leader, Shinzo Abe, returned to the premiership in December 2012, five years after a troubled first term ended in 2007. On September 20 he won a third three-year term as president of the Liberal Democratic Party (LDP), beating former Defense Minister Shigeru Ishiba by 553 votes to 254; if he serves it out, he will become the longest-serving prime minister in Japan's postwar history.

Abe has invested heavily in his relationship with President Donald Trump, whom he met at Trump Tower barely a week after the 2016 U.S. election. The groundwork was laid under the previous Administration: on April 29, 2015, Abe became the first head of a Japanese government to speak before a joint meeting of Congress, and in December 2016 he visited Pearl Harbor with then-President Barack Obama. Differences over trade, and over how to handle North Korea, have nonetheless tested the partnership this year.

## The Alliance

Stationed in Japan are approximately 50,000 U.S. troops, along with some 40,000 dependents and 8,000 civilian employees of the Department of Defense. The U.S. Seventh Fleet's only forward-deployed aircraft carrier is homeported at Yokosuka, south of Tokyo.

Tokyo pays a large share of the cost of keeping these forces in Japan. The current Special Measures Agreement (SMA), concluded in January 2016, commits Japan to ¥946.5 billion over the five Japanese fiscal years ending in March 2021, which works out to a little under $2 billion a year. As a candidate, Trump had suggested that Japan should cover 100% of the cost of U.S. bases, or defend itself; the next SMA is to be negotiated in 2020.

## Okinawa at a Glance

The prefecture of Okinawa makes up a mere 0.6% of Japan's land, yet some seven-tenths of the acreage set aside for the exclusive use of U.S. forces lies there. Well over half of the U.S. military personnel in Japan are based on its islands, most of them Marines.

On September 30, Okinawans elected Denny Tamaki governor; the vote had been moved up after Governor Takeshi Onaga died in August. Tamaki, like Onaga, opposes the construction at Henoko of a runway to replace Marine Corps Air Station Futenma.

Under a 2012 revision of the realignment plan, approximately 9,000 and 4,000 Marines are to leave Okinawa and to be redeployed to Guam, respectively. The 2006 roadmap that the revision replaced would have sent 8,000 to Guam.

## Defense Policy

Under Abe, defense spending has risen for six years running, but it has stayed close to the ceiling of 1% of GDP that Tokyo has informally observed since 1976. The Ministry of Defense is seeking a record ¥5.3 trillion (about $47 billion) for FY2019, including funds for two Aegis Ashore missile defense batteries, which it estimates will cost some ¥270 billion. In May, an LDP panel urged the government to treat NATO's target of 2% of GDP as a reference point, but no numerical goal has been adopted. New National Defense Program Guidelines are due in December. Abe also hopes to amend Article 9 of the constitution, which renounces war, and has mentioned 2020 as the year a revision could take effect.

## Domestic Politics

Abe's LDP governs in coalition with Komeito, a smaller party backed by a Buddhist lay organization. The two parties hold just over two-thirds and roughly three-fifths of the seats in the House of Representatives and the House of Councillors, respectively, the former a position they renewed in the snap election of October 22, 2017. A constitutional amendment needs the support of two-thirds of each chamber and then a majority in a national referendum.

The next national test will come next summer: half of the upper chamber's 242 seats are up for election in July 2019. Its lower counterpart need not go to the polls before October 2021, when its members' four-year terms run out. Abe's new term as party president lasts until September 2021.

## Trade Tensions and Talks

The Trump Administration withdrew from the Trans-Pacific Partnership (TPP) in January 2017. The other eleven signatories, led by Japan, concluded a successor pact (CPTPP) that will take effect on December 30. In March, the Administration imposed Section 232 tariffs of 25% on steel and 10% on aluminum; Japan, unlike several other allies, was not exempted. A separate Section 232 investigation of autos and auto parts, begun in May, could lead to duties of as much as 25% on a sector that accounts for about one-third of Japan's exports to the United States.

After meeting in New York on September 26, Trump and Abe announced that their governments would negotiate a bilateral trade agreement, and the Administration said it would refrain from new auto tariffs while talks are underway. Yesterday, the U.S. Trade Representative formally notified Congress of its intent to open negotiations, which under Trade Promotion Authority cannot begin for 90 days.

## Economic Ties

In 2017 only China, Canada, and Mexico exchanged more goods with the United States than Japan did, and the same three countries were also the only ones to outrank it both as buyers of U.S. goods and as suppliers of U.S. imports. The U.S. goods deficit with Japan, a frequent target of the President's criticism, has hovered near $69 billion for two years (Table 1).

Table 1. U.S. Goods Trade with Japan ($ billions)

| | 2016 | 2017 |
| --- | --- | --- |
| U.S. exports to Japan | 63.3 | 67.7 |
| U.S. imports from Japan | 132.2 | 136.5 |
| Balance | -68.9 | -68.8 |

Source: U.S. Census Bureau.

With some $469 billion invested at the end of 2017, Japanese companies were the second-ranked source of foreign direct investment (FDI) in the United States (firms from the United Kingdom held more). Japan's holdings of U.S. Treasury securities, about $1.03 trillion in August, are the largest of any country save China.

## The Economy

Real GDP rose 1.7% last year, up from 1.0% the year before (Figure 1), and output expanded at an annualized 3.0% in the April-June quarter after shrinking early in the year. Still, the Bank of Japan's 2% inflation target remains out of reach. A twice-postponed increase in the consumption tax, from 8% to 10%, is scheduled for October 2019.

**Figure 1. Japan's Real GDP Growth, 2013-2017**

Source: Cabinet Office of Japan.

The most recent supplementary budget, for FY2017, was enacted in February at ¥2.7 trillion (roughly $25 billion). The government plans to submit a further one later this month to pay for recovery from the summer's floods and the September earthquake in Hokkaido. Under the Paris Agreement, Japan has pledged to cut its greenhouse gas emissions 26% below FY2013 levels by FY2030, replacing the 25% cut from 1990 levels that it promised in 2009.

## Regional Relations

Abe is to travel to Beijing on October 25, the first official visit to China by a Japanese prime minister in seven years. Ties with South Korea under President Moon Jae-in remain strained by disputes over history, including the 2015 agreement on "comfort women." On North Korea, Tokyo has backed U.S.-led "maximum pressure" but was unsettled by the June summit in Singapore, and it continues to press for an accounting of the 17 Japanese citizens it says Pyongyang abducted. Officials from Japan, the United States, Australia, and India revived the "Quad" consultations at the working level last November.

**Emma Chanlett-Avery**, Specialist in Asian Affairs

**Ian E. Rinehart**, Analyst in Asian Affairs

**Brock R. Williams**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Its leader, Shinzo Abe", note="given name first; subject 'Its' = Japan"),
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "alliance.treaty_ally_since": F(1952, as_written="Bound to Washington by a security treaty that took effect in 1952 and was revised eight years later", note="as the record's 2018-10-23 version ('alliance formed in 1952'); 'eight years later' (1960) is a trap"),
        "alliance.us_troops_in_japan": F(50000, "about", as_written="Stationed in Japan are approximately 50,000 U.S. troops", note="inverted subject"),
        "alliance.host_nation_support_per_year": F(2000000000, "under", per="year", as_written="which works out to a little under $2 billion a year"),
        "alliance.host_nation_support_agreement": D("2016-01", as_written="The current Special Measures Agreement (SMA), concluded in January 2016"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="yet some seven-tenths of the acreage set aside for the exclusive use of U.S. forces lies there", note="sidebar; exclusive-use basis (as extract-dev's D4); fraction in words = 70"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="Well over half of the U.S. military personnel in Japan are based on its islands", note="sidebar; 'its' = Okinawa"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="The prefecture of Okinawa makes up a mere 0.6% of Japan's land", note="sidebar; 'a mere' is no hedge"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="approximately 9,000 and 4,000 Marines are to leave Okinawa and to be redeployed to Guam, respectively", note="sidebar; 'respectively' pairs 4,000 with Guam; 'approximately' hedges both"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="the ceiling of 1% of GDP that Tokyo has informally observed since 1976", note="'close to' describes spending's nearness to the ceiling, not the ceiling"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="Abe's LDP governs in coalition with Komeito"),
        "politics.lower_house_coalition_share": F(67, "over", as_written="just over two-thirds and roughly three-fifths of the seats in the House of Representatives and the House of Councillors, respectively", note="'respectively' pairs two-thirds with the House of Representatives; fraction rounded"),
        "politics.upper_house_coalition_share": F(60, "about", as_written="roughly three-fifths of the seats", note="'respectively' pairs three-fifths with the House of Councillors; fraction in words = 60"),
        "politics.next_diet_election_due": F(2019, as_written="The next national test will come next summer: half of the upper chamber's 242 seats are up for election in July 2019"),
        "politics.lower_house_election_due": D("2021-10", as_written="Its lower counterpart need not go to the polls before October 2021", note="36 months away: a deadline only, no lower_house_2021 election"),
        "trade.overall_partner_rank": F(4, period="2017", as_written="In 2017 only China, Canada, and Mexico exchanged more goods with the United States than Japan did", note="rank by exclusion; goods basis"),
        "trade.export_partner_rank": F(4, period="2017", as_written="the same three countries were also the only ones to outrank it both as buyers of U.S. goods"),
        "trade.import_partner_rank": F(4, period="2017", as_written="and as suppliers of U.S. imports"),
        "trade.us_exports_to_japan": F(67700000000, period="2017", as_written="Table 1, row 'U.S. exports to Japan', column 2017: 67.7 ($ billions)", note="only in Table 1; the 2016 column is a trap"),
        "trade.us_imports_from_japan": F(136500000000, period="2017", as_written="Table 1, row 'U.S. imports from Japan', column 2017: 136.5 ($ billions)", note="only in Table 1"),
        "trade.fdi_source_rank": F(2, period="2017", as_written="Japanese companies were the second-ranked source of foreign direct investment (FDI) in the United States (firms from the United Kingdom held more)", note="period from 'at the end of 2017' in the fronted phrase"),
        "trade.treasury_holder_rank": F(2, period="2018-08", as_written="Japan's holdings of U.S. Treasury securities, about $1.03 trillion in August, are the largest of any country save China", note="rank by exclusion; 'August' with the cover's year"),
        "economy.gdp_growth": GDP(y2017=1.7, y2016=1.0),
        "economy.supplementary_budget": F(25000000000, "about", period="2018-02", as_written="The most recent supplementary budget, for FY2017, was enacted in February at ¥2.7 trillion (roughly $25 billion)", note="February with the cover's year"),
        "economy.emissions_cut_target": F(26, by="FY2030", baseline="FY2013", as_written="Japan has pledged to cut its greenhouse gas emissions 26% below FY2013 levels by FY2030"),
    },
    "elections": {
        "ldp_president_2018": E("LDP president", "2018-09-20", "held", result="Abe re-elected, 553 votes to Ishiba's 254", note="year from the cover"),
        "okinawa_governor_2018": E("Okinawa governor", "2018-09-30", "held", result="Denny Tamaki elected", note="sidebar; year from the cover"),
        "lower_house_2017": E("Lower House", "2017-10-22", "held", result="coalition renewed just over two-thirds"),
        "upper_house_2019": E("Upper House", "2019-07", "upcoming", note="half of the 242 seats"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress", "2015-04-29", "held"),
    },
    "notes": "Traps: 'was revised eight years later' (1960); 'returned to the premiership in December 2012, five years after a troubled first term ended in 2007'; 'beating former Defense Minister Shigeru Ishiba by 553 votes to 254' (not a Diet share); 'barely a week after the 2016 U.S. election'; 'then-President Barack Obama' (former president) and 'in December 2016 he visited Pearl Harbor'; 'along with some 40,000 dependents and 8,000 civilian employees' (not troops); 'commits Japan to ¥946.5 billion over the five Japanese fiscal years ending in March 2021' (five-year yen total; the March 2021 end is not the agreement's date); 'Trump had suggested that Japan should cover 100% of the cost'; 'the next SMA is to be negotiated in 2020' (planned); sidebar 'the vote had been moved up after Governor Takeshi Onaga died in August'; sidebar 'approximately 9,000 ... Marines are to leave Okinawa' (total leaving, not Guam) and 'The 2006 roadmap that the revision replaced would have sent 8,000 to Guam' (past plan); 'has risen for six years running' and 'since 1976'; 'a record ¥5.3 trillion (about $47 billion) for FY2019' (budget request) and 'two Aegis Ashore missile defense batteries, which it estimates will cost some ¥270 billion'; 'an LDP panel urged the government to treat NATO's target of 2% of GDP as a reference point, but no numerical goal has been adopted' (no spending goal stated); 'has mentioned 2020 as the year a revision could take effect'; 'A constitutional amendment needs the support of two-thirds of each chamber' (threshold, not a share); 'half of the upper chamber's 242 seats'; 'Abe's new term as party president lasts until September 2021' (term end, not an election or the Diet deadline); 'The other eleven signatories' and 'will take effect on December 30' (CPTPP); 'Section 232 tariffs of 25% on steel and 10% on aluminum'; 'could lead to duties of as much as 25%' (threatened auto tariff) and 'about one-third of Japan's exports'; 'After meeting in New York on September 26' (not a tracked event); 'Yesterday, the U.S. Trade Representative formally notified Congress' and 'cannot begin for 90 days' (no first round yet); 'has hovered near $69 billion for two years' (goods deficit, no IF10199 fact) and Table 1's 2016 column and Balance row; 'With some $469 billion invested at the end of 2017' (FDI stock, not a rank); 'about $1.03 trillion' (Treasury holdings); 'output expanded at an annualized 3.0% in the April-June quarter' (a quarter); 'the Bank of Japan's 2% inflation target' (not the defense goal); 'from 8% to 10%' and 'scheduled for October 2019' (consumption tax); 'The government plans to submit a further one later this month' (planned supplementary); 'replacing the 25% cut from 1990 levels that it promised in 2009' (past pledge); 'on October 25, the first official visit ... in seven years'; 'President Moon Jae-in' (South Korea's president); 'the 2015 agreement on'; 'the June summit in Singapore'; 'the 17 Japanese citizens'; 'revived the \"Quad\" consultations at the working level last November' (no leader-level meeting). Figure 1 (GDP growth 2013-2017, percent; ticks 0-2.5, year labels, no value labels; the HTML floats it into the sidebar). PDF: ligatures, curly quotes, hyphenated line ends; HTML: sidebar 'Okinawa at a Glance' in the aside.",
}
