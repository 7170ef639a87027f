from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "JA1-IF10199-2017-03", "fresh29", "IF10199", 11
LAYOUTS = ["md", "layout"]
PDF_OPTS = ["lig", "nbsp", "hyph"]
SIDEBAR = "Okinawa and Base Realignment"
CHART = {"unit": "¥ trillions", "ymax": 6, "ticks": [0, 1, 2, 3, 4, 5, 6],
         "series": ["Defense budget (initial)"],
         "bars": {"FY2013": (4.68,), "FY2014": (4.78,), "FY2015": (4.98,), "FY2016": (5.05,), "FY2017": (5.12,)}}

MD = """
U.S.-Japan Relations

Updated March 14, 2017

## Overview

Few governments moved as fast as Tokyo's to court the new Administration. Nine days after the November 2016 U.S. election, Prime Minister Abe Shinzo called on the President-elect at Trump Tower in New York, and on February 10 he became only the second foreign head of government, after Britain's Theresa May, to be received by President Donald J. Trump at the White House. The two leaders then spent a weekend in Florida. Their joint statement reaffirmed that the U.S. defense commitment extends to the Senkaku Islands, which China also claims, and launched an economic dialogue to be chaired by Vice President Mike Pence and Deputy Prime Minister Aso Taro. While Abe was at Mar-a-Lago, North Korea test-fired a ballistic missile; on March 6 it launched four more, three of which came down inside Japan's exclusive economic zone.

For Abe, in office since December 2012, the outreach continues a record of close ties with Washington. His April 2015 speech before a joint meeting of Congress, a first for a Japanese leader, was followed in 2016 by President Barack Obama's visit to Hiroshima in May and his own to Pearl Harbor in December.

## The Alliance

Allies since 1952, when a security treaty signed the year before took effect at the end of the Occupation, the two countries revised the pact in 1960. Japan grants the United States the use of bases on its territory; in return, Washington is obligated to help defend Japan if it is attacked. No other country in Asia hosts as many U.S. forces. Stationed across the archipelago are close to fifty thousand U.S. troops, with a similar number of family members and civilian employees; South Korea hosts about 28,500.

As a candidate, Mr. Trump said Japan should pay 100% of the cost of keeping those forces or consider defending itself. Tokyo's officials point out that it already pays more than any other U.S. ally. The current five-year Special Measures Agreement (SMA), concluded in January of last year and in force through March 2021, commits ¥946.5 billion over its term, or roughly ¥189 billion a year, for base workers' wages, utilities, and the relocation of training. Including rent for private land and other outlays, Japan's host-nation contribution is in the neighborhood of $2 billion annually. Defense Secretary James Mattis, who chose Tokyo and Seoul for his first trip abroad in early February, called the arrangement a model of cost sharing.

Japan's own military budget, ¥5.1 trillion in the request for FY2017, has risen for five straight years (Figure 1). Even so, spending stays just under the one-percent-of-GDP mark that Japanese cabinets have treated as an informal ceiling since 1976. NATO members, by contrast, have pledged to move toward 2% of GDP, and some in Washington would like Japan to aim higher as well.

**Figure 1. Japan's Defense Budget, FY2013-FY2017**

Source: Japan Ministry of Defense; FY2017 as requested.

## Okinawa and Base Realignment

Okinawa Prefecture makes up less than one percent of Japan's land area. It nonetheless hosts roughly one-fourth of all the facilities used by U.S. forces in Japan, and more than half of the American military personnel in the country are stationed there. Governor Onaga Takeshi, elected in November 2014 on a pledge to stop construction of a replacement Marine air station at Henoko, lost a lawsuit against the central government at the Supreme Court in December; landfill preparations resumed soon after.

The 2006 realignment roadmap would have sent 8,000 Marines from Okinawa to Guam. Under its 2012 revision, around 9,000 Marines are to leave the prefecture, of whom roughly four thousand are bound for Guam beginning in the 2020s; the rest are to go to Hawaii, the U.S. mainland, or rotate through Australia.

## Japanese Politics

Abe's Liberal Democratic Party (LDP) governs with a junior partner, Komeito. Since the snap election of December 2014, the coalition has commanded better than two-thirds of the 475-seat House of Representatives, the more powerful lower chamber. In the House of Councillors, half of which was elected in July 2016, the two parties hold some 60 percent of the seats. Counting several smaller parties that favor constitutional revision, supporters of amending the constitution for the first time now exceed the two-thirds needed in each chamber to send an amendment to a national referendum.

No national election is required before December 2018, when the lower chamber's term ends; the upper chamber's next half-election falls in the summer of 2019. At its March 5 convention, the LDP voted to let its president serve three consecutive three-year terms instead of two. That clears the way for Abe to run again when the party next chooses its leader, in September 2018, and, if he wins, to remain prime minister until 2021. Tokyo Governor Koike Yuriko, a former LDP lawmaker, is fielding her own slate in the capital's assembly election this July.

## Trade and Investment

In 2016 Japan again ranked fourth among U.S. trading partners in goods, and it held the same position on each side of the ledger, as a market for U.S. exports and as a source of imports. The bilateral goods deficit, $68.9 billion, was exceeded only by the deficit with China. Motor vehicles and parts make up about a third of U.S. imports from Japan; the United States charges a 2.5% tariff on passenger cars and 25% on light trucks.

Table 1. U.S. Goods Trade with Japan, 2014-2016 ($ billions)

| Flow | 2014 | 2015 | 2016 |
| --- | --- | --- | --- |
| U.S. exports to Japan | 67.0 | 62.4 | 63.3 |
| U.S. imports from Japan | 134.0 | 131.4 | 132.2 |
| U.S. balance | -67.0 | -69.1 | -68.9 |

Source: U.S. Census Bureau.

The deficit and the auto trade have drawn the President's attention. In January he accused Japan of keeping U.S. cars out of its market and warned Toyota of a "big border tax" over a planned plant in Mexico. A border adjustment tax of 20% on imports, proposed by House Republican leaders as part of tax reform, has also worried Japanese exporters. Japan is a major investor as well: at the end of 2015, Japanese firms' direct investment position in the United States stood at $411 billion, second only to that of British firms. The largest foreign holdings of U.S. Treasury securities are now Japan's, which were $1.09 trillion in January 2017, ahead of China's $1.05 trillion.

Trade policy took a sharp turn on January 23, when President Trump withdrew the United States from the 12-country Trans-Pacific Partnership (TPP), which Japan's Diet had approved the month before. The pact cannot enter into force without U.S. participation. Abe has said a TPP without the United States would be meaningless, but some in his government want to proceed with the other ten signatories, while the Administration prefers bilateral deals.

## Japan's Economy

Real GDP grew by one percent last year, after expanding 1.2% in 2015; in the October-December quarter, output rose at an annualized 1.2%. The Bank of Japan, which set a negative interest rate of -0.1% in January 2016, remains far from its 2% inflation target. To sustain the recovery, the government assembled a ¥28.1 trillion stimulus package last August and financed part of it through a second supplementary budget in October. A third, of about ¥1.7 trillion (roughly $15 billion), was enacted on January 31 for disaster recovery and defense and to make up a shortfall in tax revenue. After strengthening to near ¥100 per dollar last summer, the yen fell sharply following the U.S. election and reached about ¥118 in mid-December, its weakest level in ten months.

On climate, Japan ratified the Paris Agreement in November. Its pledge is to cut greenhouse gas emissions 26% below FY2013 levels by FY2030, alongside a longer-term aim of an 80% cut by 2050.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Rebecca M. Nelson**, Specialist in International Trade and Finance

**Brock R. Williams**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Abe Shinzo", note="family name first"),
        "leaders.us_president": P("Trump", "Donald", "President Donald J. Trump"),
        "alliance.treaty_ally_since": F(1952, as_written="Allies since 1952, when a security treaty signed the year before took effect at the end of the Occupation", note="entry into force; the 1951 signing ('the year before') and the 1960 revision are traps"),
        "alliance.us_troops_in_japan": F(50000, "nearly", as_written="Stationed across the archipelago are close to fifty thousand U.S. troops", note="number in words; inverted sentence"),
        "alliance.host_nation_support_per_year": F(2000000000, "about", per="year", as_written="Japan's host-nation contribution is in the neighborhood of $2 billion annually", note="the SMA's yen figures are traps"),
        "alliance.host_nation_support_agreement": D("2016-01", as_written="The current five-year Special Measures Agreement (SMA), concluded in January of last year and in force through March 2021", note="'last year' from the March 2017 cover; March 2021 is its end"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="It nonetheless hosts roughly one-fourth of all the facilities used by U.S. forces in Japan", note="'It' carries Okinawa Prefecture; all-facilities basis"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="and more than half of the American military personnel in the country are stationed there"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="Okinawa Prefecture makes up less than one percent of Japan's land area"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="around 9,000 Marines are to leave the prefecture, of whom roughly four thousand are bound for Guam beginning in the 2020s", note="number in words; 9,000 and the 2006 roadmap's 8,000 are traps"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="spending stays just under the one-percent-of-GDP mark that Japanese cabinets have treated as an informal ceiling since 1976", note="'just under' hedges spending, not the ceiling; no spending goal is stated (NATO's 2% is a trap)"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="Abe's Liberal Democratic Party (LDP) governs with a junior partner, Komeito"),
        "politics.lower_house_coalition_share": F(67, "over", as_written="the coalition has commanded better than two-thirds of the 475-seat House of Representatives", note="fraction rounded to a whole percent"),
        "politics.upper_house_coalition_share": F(60, "about", as_written="the two parties hold some 60 percent of the seats"),
        "politics.next_diet_election_due": F(2018, as_written="No national election is required before December 2018, when the lower chamber's term ends", note="earliest stated; the 2019 upper house vote comes later"),
        "politics.lower_house_election_due": D("2018-12", as_written="No national election is required before December 2018, when the lower chamber's term ends"),
        "trade.overall_partner_rank": F(4, period="2016", as_written="In 2016 Japan again ranked fourth among U.S. trading partners in goods"),
        "trade.export_partner_rank": F(4, period="2016", as_written="and it held the same position on each side of the ledger, as a market for U.S. exports and as a source of imports"),
        "trade.import_partner_rank": F(4, period="2016", as_written="and it held the same position on each side of the ledger, as a market for U.S. exports and as a source of imports"),
        "trade.us_exports_to_japan": F(63300000000, period="2016", as_written="Table 1: U.S. exports to Japan | 2016 | 63.3", note="goods; $ billions from the caption; only in Table 1 (2014 and 2015 columns are traps)"),
        "trade.us_imports_from_japan": F(132200000000, period="2016", as_written="Table 1: U.S. imports from Japan | 2016 | 132.2", note="goods; only in Table 1"),
        "trade.fdi_source_rank": F(2, period="2015", as_written="at the end of 2015, Japanese firms' direct investment position in the United States stood at $411 billion, second only to that of British firms"),
        "trade.treasury_holder_rank": F(1, period="2017-01", as_written="The largest foreign holdings of U.S. Treasury securities are now Japan's, which were $1.09 trillion in January 2017, ahead of China's $1.05 trillion"),
        "economy.gdp_growth": GDP(y2016=1.0, y2015=1.2),
        "economy.supplementary_budget": F(15000000000, "about", period="2017-01", as_written="A third, of about ¥1.7 trillion (roughly $15 billion), was enacted on January 31", note="the FY2016 third supplementary budget ('A third' carries 'supplementary budget'); the dollar figure; the second (October) and the ¥28.1 trillion package are traps"),
        "economy.yen": F("10-month low against the dollar", period="2016-12", as_written="reached about ¥118 in mid-December, its weakest level in ten months", note="normalised from 'its weakest level in ten months'; December of 2016 ('last summer', 'following the U.S. election')"),
        "economy.emissions_cut_target": F(26, by="FY2030", baseline="FY2013", as_written="Its pledge is to cut greenhouse gas emissions 26% below FY2013 levels by FY2030"),
    },
    "elections": {
        "lower_house_2014": E("Lower House", "2014-12", "held", result="coalition over two-thirds of 475 seats"),
        "upper_house_2016": E("Upper House", "2016-07", "held", result="coalition holds some 60 percent of the seats"),
        "upper_house_2019": E("Upper House", "2019", "upcoming", note="'the upper chamber's next half-election falls in the summer of 2019' (season: year precision)"),
        "ldp_president_2018": E("LDP president", "2018-09", "upcoming", note="'when the party next chooses its leader, in September 2018'"),
        "okinawa_governor_2014": E("Okinawa governor", "2014-11", "held", result="Onaga Takeshi elected"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress, a first for a Japanese leader", "2015-04", "held"),
    },
    "notes": "Traps: 'Nine days after the November 2016 U.S. election' (a U.S. election, no slug) and 'called on the President-elect at Trump Tower'; 'only the second foreign head of government, after Britain's Theresa May' (not a rank fact); 'on February 10'; 'to be chaired by Vice President Mike Pence and Deputy Prime Minister Aso Taro'; 'on March 6 it launched four more, three of which came down inside Japan's exclusive economic zone'; 'in office since December 2012'; 'President Barack Obama's visit to Hiroshima in May' (former president) and 'his own to Pearl Harbor in December'; 'a security treaty signed the year before' (1951) and 'revised the pact in 1960'; 'South Korea hosts about 28,500' (another country); 'Mr. Trump said Japan should pay 100% of the cost' (a candidate's demand); 'in force through March 2021' (the SMA's end, not its date); 'commits ¥946.5 billion over its term, or roughly ¥189 billion a year' (yen, not the dollar payment); 'Defense Secretary James Mattis ... in early February'; '¥5.1 trillion in the request for FY2017, has risen for five straight years'; 'NATO members, by contrast, have pledged to move toward 2% of GDP' (no Japanese goal); Figure 1 (defense budget FY2013-FY2017, ¥ trillions; axis ticks 0-6, no value labels); 'Governor Onaga Takeshi, elected in November 2014' and 'lost a lawsuit ... at the Supreme Court in December'; 'The 2006 realignment roadmap would have sent 8,000 Marines from Okinawa to Guam' (past plan); 'around 9,000 Marines are to leave the prefecture' (total leaving, not Guam); 'the 475-seat House of Representatives'; 'supporters of amending the constitution ... now exceed the two-thirds needed in each chamber' (not the coalition's share); 'three consecutive three-year terms instead of two' and 'to remain prime minister until 2021'; 'Tokyo Governor Koike Yuriko ... the capital's assembly election this July' (local election, no slug); 'The bilateral goods deficit, $68.9 billion, was exceeded only by the deficit with China' (no IF10199 deficit fact; not a partner rank); 'about a third of U.S. imports from Japan'; 'a 2.5% tariff on passenger cars and 25% on light trucks' (product tariffs, not a tariff on most imports); Table 1's 2014 and 2015 columns and balance row; 'warned Toyota of a \"big border tax\"'; 'A border adjustment tax of 20% on imports, proposed by House Republican leaders' (proposed, not in effect: no tariff on most imports); 'stood at $411 billion' (FDI stock, no IF10199 fact); 'ahead of China's $1.05 trillion' (another country's holdings); 'on January 23, when President Trump withdrew the United States from the 12-country Trans-Pacific Partnership' and 'the other ten signatories'; 'in the October-December quarter, output rose at an annualized 1.2%' (a quarter, not a year); 'a negative interest rate of -0.1% in January 2016' and 'its 2% inflation target'; 'a ¥28.1 trillion stimulus package last August' and 'a second supplementary budget in October' (earlier budget); 'A third, of about ¥1.7 trillion' (yen; 'A third' is the third budget, not a fraction); 'near ¥100 per dollar last summer'; 'ratified the Paris Agreement in November'; 'a longer-term aim of an 80% cut by 2050'. Layout text: pdftotext -layout runs the two columns side by side, Table 1 and the boxed chart among them; PDF ligatures, NBSP, hyphenated line ends.",
}
