from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "AB2-IF10199-2017-02", "fresh14", "IF10199", 21
LAYOUTS = ["pdf", "layout"]
PDF_OPTS = ["lig", "quotes"]
CHART = {"unit": "$ billions", "ymax": 400, "ticks": [0, 100, 200, 300, 400],
         "series": ["U.S. goods trade deficit, 2016"],
         "bars": {"China": (347.0,), "Japan": (68.9,), "Germany": (64.9,), "Mexico": (63.2,), "Ireland": (35.9,)}}

MD = """
U.S.-Japan Relations

Updated February 21, 2017

## Overview

Eleven days ago, President Donald J. Trump received Prime Minister Shinzo Abe at the White House and then hosted him for a weekend at his Florida resort. It was their second meeting: Abe, whose address to a joint meeting of Congress in the spring of 2015 was the first by a Japanese leader, had also been the first foreign head of government to call on Trump after the November election. The visit eased concerns in Tokyo raised by Trump's campaign criticism of allies and of Japan's trade practices.

## What Did the Summit Produce?

The leaders' February 10 joint statement affirmed that the U.S. commitment to defend Japan, including with nuclear forces, is "unshakable," and that Article 5 of the security treaty covers the Senkaku Islands, which China also claims. The two governments also launched an economic dialogue to be led by Vice President Mike Pence and Deputy Prime Minister Taro Aso. Japanese officials described infrastructure and energy projects that they said could create a $450 billion market and 700,000 U.S. jobs over a decade; no investment commitment was announced. When North Korea tested a missile during the visit, the two leaders condemned it together.

## The Alliance

Japan and the United States signed their security treaty in San Francisco in September 1951; it was revised in 1960. Some 54,000 U.S. military personnel, roughly a third of them Marines, are stationed in Japan. On his first trip abroad as Secretary of Defense, James Mattis visited Tokyo on February 3-4.

## Who Pays for U.S. Forces?

Japan does, in part. A five-year Special Measures Agreement (SMA) on host-nation support took effect in April 2016, having been signed that January. It commits Tokyo to ¥946.5 billion over the period, or about ¥189 billion a year, roughly $1.7 billion at recent exchange rates. As a candidate, Trump suggested that allies pay the full cost of stationing U.S. troops; in Tokyo, Mattis called Japan's cost-sharing a model for other allies.

Japan's FY2017 defense budget of ¥5.13 trillion is its fifth consecutive increase. Even so, outlays remain just below the 1%-of-GDP line that cabinets have informally treated as a ceiling since 1976, and the Abe government has announced no new spending target.

## Okinawa

Okinawa prefecture makes up about 0.6% of Japan's land area. Slightly more than half of all U.S. service members in Japan are stationed there. On December 22, 2016, the United States returned some 4,000 hectares of the Northern Training Area, the largest return since Okinawa reverted to Japan in 1972; as a result, the prefecture's share of the land set aside for the exclusive use of U.S. forces fell from about 74% to roughly 70%.

Under the realignment plan as revised in 2012, some 9,000 Marines are to leave Okinawa, and Guam is to receive approximately 4,000 of them, beginning in the first half of the 2020s. Governor Takeshi Onaga, elected in November 2014 on a pledge to block a replacement for Marine Corps Air Station Futenma at Henoko, lost a Supreme Court case in December, and landfill work has resumed. The joint statement called Henoko "the only solution." LDP-backed candidates won mayoral races in Miyakojima in January and in Urasoe on February 12.

## Politics: Abe's Strong Hand

Abe, in office since December 2012, enjoys approval ratings near 60%. The Liberal Democratic Party (LDP) and its coalition partner Komeito hold 326 of the 475 seats in the House of Representatives, better than two-thirds, won in the snap election of December 2014. In the House of Councillors, the July 2016 election raised their share from 56% to 60%. With smaller parties that favor constitutional revision, the coalition can now muster the two-thirds of both chambers needed to send an amendment to a referendum.

The Lower House's term runs until December 2018, and the next upper-house election is due in the summer of 2019. Abe's term as LDP president was to end in September 2018, but the party is extending the limit to three consecutive terms; a party convention in March is expected to ratify the change, which would let Abe seek reelection in September 2018 and possibly govern until 2021.

## Trade and Investment

In 2016, for the second year running, Japan came in fourth among U.S. partners in goods trade, behind China, Canada, and Mexico. U.S. exporters sold $63.3 billion of goods there, placing Japan fourth among their markets, just ahead of the United Kingdom. Imports from Japan, at $132.2 billion, also ranked fourth, after those from China, Mexico, and Canada, and left a goods deficit of $68.9 billion, second only to the deficit with China (Figure 1). Trump has called Japan's auto trade "not fair" and in January warned Toyota of a "big border tax" on cars built in Mexico; House Republicans have proposed a 20% border-adjusted corporate tax. He withdrew the United States from the Trans-Pacific Partnership (TPP) on January 23; Japan's Diet had approved it in December.

**Figure 1. Largest U.S. Goods Trade Deficits by Partner, 2016**

Source: U.S. Census Bureau. Goods only, $ billions.

The United Kingdom alone outranks Japan as a source of foreign direct investment (FDI) in the United States; Japanese firms' holdings reached $411 billion at the end of 2015. In October 2016, Japan displaced China as the largest foreign holder of U.S. Treasury securities, and it still led at the end of the year, with $1.09 trillion.

## Economy

Real GDP grew 1.0% in 2016, a touch below the revised 1.2% of 2015, according to preliminary figures released February 13; in the October-December quarter, output rose at an annualized 1.0%. On January 31, the Diet enacted a third FY2016 supplementary budget of ¥1.7 trillion, about $15 billion, following a ¥4.1 trillion second supplementary in October that funded much of a ¥28.1 trillion stimulus package. The yen, which briefly strengthened beyond ¥100 to the dollar after Britain's June vote to leave the European Union, weakened after the U.S. election and touched a 10-month low near ¥118 in mid-December. Under the Paris Agreement, which it ratified in November 2016, Japan has pledged to cut greenhouse gas emissions 26% below FY2013 levels by FY2030.

## Regional Relations

Tokyo recalled its ambassador from Seoul in January over a "comfort women" statue near its consulate in Busan. Abe hosted Russian President Vladimir Putin in December without progress on the disputed islands, and he visited Pearl Harbor with President Barack Obama on December 27, seven months after Obama's visit to Hiroshima.

**Emma Chanlett-Avery**, Specialist in Asian Affairs

**Ian E. Rinehart**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald J. Trump"),
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Shinzo Abe"),
        "alliance.treaty_ally_since": F(1951, as_written="Japan and the United States signed their security treaty in San Francisco in September 1951; it was revised in 1960"),
        "alliance.us_troops_in_japan": F(54000, "about", as_written="Some 54,000 U.S. military personnel, roughly a third of them Marines, are stationed in Japan"),
        "alliance.host_nation_support_per_year": F(1700000000, "about", per="year", as_written="about ¥189 billion a year, roughly $1.7 billion at recent exchange rates"),
        "alliance.host_nation_support_agreement": D("2016-01", as_written="took effect in April 2016, having been signed that January",
                                                     note="signing month; year carried back from 'April 2016'"),
        "alliance.okinawa_share_of_land_area": F(0.6, "about", as_written="Okinawa prefecture makes up about 0.6% of Japan's land area"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="Slightly more than half of all U.S. service members in Japan are stationed there",
                                                      note="'there' carries Okinawa from the sentence before"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", previous=74, period="2016-12",
                                                       as_written="the prefecture's share of the land set aside for the exclusive use of U.S. forces fell from about 74% to roughly 70%",
                                                       note="exclusive-use basis; previous 74 before the December 22, 2016 return"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Guam is to receive approximately 4,000 of them"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="the 1%-of-GDP line that cabinets have informally treated as a ceiling since 1976",
                                               note="'just below' describes outlays, not the limit"),
        "politics.ruling_coalition": F(["LDP", "Komeito"]),
        "politics.lower_house_coalition_share": F(67, "over", as_written="hold 326 of the 475 seats in the House of Representatives, better than two-thirds",
                                                  note="'better than two-thirds' = over 67 (fraction rule); 326/475 = 68.6%"),
        "politics.upper_house_coalition_share": F(60, previous=56, as_written="the July 2016 election raised their share from 56% to 60%"),
        "politics.next_diet_election_due": F(2018, as_written="The Lower House's term runs until December 2018"),
        "politics.lower_house_election_due": D("2018-12", as_written="The Lower House's term runs until December 2018"),
        "trade.overall_partner_rank": F(4, period="2016", as_written="Japan came in fourth among U.S. partners in goods trade, behind China, Canada, and Mexico"),
        "trade.export_partner_rank": F(4, period="2016", as_written="placing Japan fourth among their markets, just ahead of the United Kingdom"),
        "trade.us_exports_to_japan": F(63300000000, period="2016", as_written="U.S. exporters sold $63.3 billion of goods there", note="goods only"),
        "trade.import_partner_rank": F(4, period="2016", as_written="Imports from Japan, at $132.2 billion, also ranked fourth, after those from China, Mexico, and Canada"),
        "trade.us_imports_from_japan": F(132200000000, period="2016", as_written="Imports from Japan, at $132.2 billion", note="goods only"),
        "trade.fdi_source_rank": F(2, period="2015", as_written="The United Kingdom alone outranks Japan as a source of foreign direct investment (FDI) in the United States"),
        "trade.treasury_holder_rank": F(1, period="2016-12", as_written="it still led at the end of the year, with $1.09 trillion",
                                        note="'In October 2016, Japan displaced China' is when it took the lead"),
        "economy.gdp_growth": GDP(y2016=1.0, y2015=1.2),
        "economy.supplementary_budget": F(15000000000, "about", period="2017-01", as_written="On January 31, the Diet enacted a third FY2016 supplementary budget of ¥1.7 trillion, about $15 billion"),
        "economy.yen": F("10-month low against the dollar", period="2016-12", as_written="touched a 10-month low near ¥118 in mid-December"),
        "economy.emissions_cut_target": F(26, by="2030", baseline="2013", as_written="cut greenhouse gas emissions 26% below FY2013 levels by FY2030"),
    },
    "elections": {
        "lower_house_2014": E("Lower House", "2014-12", "held", result="LDP-Komeito 326 of 475 seats"),
        "upper_house_2016": E("Upper House", "2016-07", "held", result="coalition share rose from 56% to 60%"),
        "okinawa_governor_2014": E("Okinawa governor", "2014-11", "held", result="Takeshi Onaga elected"),
        "ldp_president_2018": E("LDP president", "2018-09", "upcoming", note="rule change would let Abe seek reelection in September 2018"),
        "upper_house_2019": E("Upper House", "2019", "upcoming", note="'due in the summer of 2019' (year precision)"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress", "2015", "held"),
    },
    "notes": "Traps: 'Eleven days ago' and 'The leaders' February 10 joint statement' (the summit, no slug); 'whose address to a joint meeting of Congress in the spring of 2015' is abe_address_to_congress at year precision ('spring of 2015'); 'after the November election' (U.S. election, not listed); 'Vice President Mike Pence and Deputy Prime Minister Taro Aso', 'Secretary of Defense, James Mattis', 'Russian President Vladimir Putin', 'President Barack Obama' (not the leaders); 'could create a $450 billion market and 700,000 U.S. jobs over a decade; no investment commitment was announced' (no investment pledge); 'it was revised in 1960'; 'roughly a third of them Marines' (a fraction, no fact); 'on February 3-4'; 'took effect in April 2016' (the SMA is dated by its signing, 'that January'); '¥946.5 billion over the period, or about ¥189 billion a year' (yen, not the dollar payment); 'that allies pay the full cost'; 'FY2017 defense budget of ¥5.13 trillion is its fifth consecutive increase'; 'outlays remain just below the 1%-of-GDP line' ('just below' is the budget's, the limit is exact 1); 'has announced no new spending target' (no goal); 'returned some 4,000 hectares of the Northern Training Area' (land, not Marines) and 'since Okinawa reverted to Japan in 1972'; 'from about 74%' (previous share); 'some 9,000 Marines are to leave Okinawa' (total leaving, not Guam) and 'beginning in the first half of the 2020s' (none moved); 'Governor Takeshi Onaga, elected in November 2014' (held); 'lost a Supreme Court case in December'; 'mayoral races in Miyakojima in January and in Urasoe on February 12' (local, not listed); 'approval ratings near 60%' (not a seat share); '326 of the 475 seats' (counts; share is 'better than two-thirds'); 'won in the snap election of December 2014' (held); 'from 56% to 60%' (56 is the previous Upper House share); 'the two-thirds of both chambers needed to send an amendment to a referendum' (a threshold, not a share); 'The Lower House's term runs until December 2018' (deadline, also lower_house_2018 upcoming by the set's convention, and the next Diet election 2018) vs 'the next upper-house election is due in the summer of 2019' (upper_house_2019 upcoming, year precision); 'Abe's term as LDP president was to end in September 2018' and 'would let Abe seek reelection in September 2018' (ldp_president_2018 upcoming) and 'a party convention in March' and 'possibly govern until 2021'; 'for the second year running'; 'left a goods deficit of $68.9 billion, second only to the deficit with China' (a deficit rank, no IF10199 fact); 'a \"big border tax\"' and 'a 20% border-adjusted corporate tax' (no tariff on most imports); 'on January 23' and 'Japan's Diet had approved it in December' (TPP); Figure 1 (goods deficits by partner: China, Japan, Germany, Mexico, Ireland; ticks 0-400, no value labels); 'Japanese firms' holdings reached $411 billion at the end of 2015' (no IF10199 fact); 'In October 2016, Japan displaced China' (when the lead began) and '$1.09 trillion'; 'a touch below the revised 1.2% of 2015' (2015 growth) and 'released February 13' and 'at an annualized 1.0%' (a quarter, not a year); '¥1.7 trillion' (yen), 'a ¥4.1 trillion second supplementary in October' (earlier budget) and 'a ¥28.1 trillion stimulus package'; 'strengthened beyond ¥100 to the dollar after Britain's June vote' (an earlier high) and 'near ¥118'; 'which it ratified in November 2016'; 'recalled its ambassador from Seoul in January'; 'on December 27, seven months after Obama's visit to Hiroshima'; PDF ligatures and curly quotes (the layout text keeps the ligature characters)",
}
