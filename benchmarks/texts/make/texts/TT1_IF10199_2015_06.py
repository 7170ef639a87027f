from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "TT1-IF10199-2015-06", "fresh13", "IF10199", 3
LAYOUTS = ["md", "pdf"]
PDF_OPTS = ["lig", "nbsp"]
SIDEBAR = "Economic Snapshot"
CHART = {"unit": "$ billions", "ymax": 160, "ticks": [0, 40, 80, 120, 160],
         "series": ["U.S. exports to Japan", "U.S. imports from Japan"],
         "bars": {"2010": (60.5, 120.5), "2011": (66.2, 128.8), "2012": (70.0, 146.4), "2013": (65.2, 138.5), "2014": (66.9, 134.0)}}

MD = """
U.S.-Japan Relations

Updated June 10, 2015

## Overview

Relations between Washington and Tokyo are arguably at their warmest in a decade. Prime Minister Shinzo Abe, who returned to power in December 2012, spent a week in the United States this spring, and on April 29, 2015, he became the first Japanese leader to speak before a joint meeting of Congress. He was received at the White House the day before by President Barack Obama. That visit was preceded on April 27 by the release of revised Guidelines for U.S.-Japan Defense Cooperation, the first rewrite since 1997, which widen the roles Japan's Self-Defense Forces may play alongside U.S. forces.

Two questions hang over the coming months: whether Abe can push a contested package of security bills through the Diet, and whether the two governments can close out the Trans-Pacific Partnership (TPP) talks once Congress settles the fate of trade promotion authority.

## Economic Snapshot

Japan's economy shrank 0.1% in 2014, after expanding 1.6% in 2013, as the April 2014 rise in the consumption tax from 5% to 8% sapped household spending. It has since regained some footing; revised data issued on June 8 put first-quarter 2015 growth at an annualized 3.9%. Worth roughly $26 billion, a ¥3.1 trillion supplementary budget was enacted in February to support households and regional economies. A second tax increase, to 10%, has been put off until April 2017. The yen, weakened by the Bank of Japan's aggressive easing, slid past ¥125 to the dollar in early June, a thirteen-year low. At the Group of Seven summit in Germany on June 7-8, Abe described Japan's new climate pledge: a 26% cut in greenhouse gas emissions by 2030 from 2013 levels, to be formally submitted to the United Nations later this year.

## The Alliance

Signed in 1951 and revised in 1960, the security treaty obliges the United States to defend Japan and gives U.S. forces the use of bases on Japanese soil. Japan hosts the largest U.S. military presence in Asia. Counted together, those forces come to a little more than fifty thousand personnel, against about 28,500 in South Korea.

Tokyo covers part of the cost of keeping them there. Under the five-year Special Measures Agreement (SMA) signed in January 2011, its yearly contribution, close to ¥190 billion, is worth roughly $1.6 billion at current exchange rates. That agreement lapses at the end of March 2016; negotiations on a successor are expected to open later this year.

Japan's FY2015 defense budget, ¥4.98 trillion, marks the third straight annual increase. Even so, outlays stay within the informal ceiling of one percent of GDP that successive cabinets have largely honored since 1976. The security bills now before the Diet would let Japan exercise collective self-defense in limited circumstances. On June 4, three constitutional scholars called to testify by a lower-house panel, one of them chosen by the LDP, said the bills would violate the constitution.

## Okinawa

Okinawa makes up under one percent of Japan's land area, yet it contains roughly a fourth of all U.S. military facilities in Japan. A majority of U.S. military personnel in the country are based there as well. Under the realignment plan as revised in 2012, some nine thousand Marines are to leave the island; roughly four thousand of them are bound for Guam, in moves not expected to begin until the 2020s.

Governor Takeshi Onaga, elected in November 2014 on a pledge to block construction of a replacement for Marine Corps Air Station Futenma at Henoko, met Abe for the first time on April 17. Neither side gave ground. Onaga then carried his case to Washington, where he met officials in late May.

## Domestic Politics

Abe's Liberal Democratic Party (LDP) governs with a smaller partner, Komeito. The coalition's strength in the two chambers of the Diet:

- House of Representatives: 326 of 475 seats, close to seven-tenths of the chamber, won in the snap election of December 14, 2014; its term runs to December 2018.
- House of Councillors: 135 of 242 seats, some fifty-six percent, held since the July 2013 election; half of the seats are contested in July 2016, the next scheduled nationwide vote.

The lower-house margin exceeds the two-thirds needed to override the upper chamber, though the government has not used that power. Abe's three-year term as LDP president ends this September, when the party is to hold its leadership election; no rival has yet announced a challenge. His cabinet's approval rating stands in the mid-40s.

## Trade and Investment

Three countries, Canada, China, and Mexico, traded more goods with the United States in 2014 than Japan did. Japan bought $66.9 billion of U.S. goods that year, placing it fourth among U.S. export markets. It was also the fourth-largest supplier of U.S. imports, shipping $134.0 billion in goods, down from $138.5 billion in 2013.

**Figure 1. U.S. Goods Trade with Japan, 2010-2014**

Source: U.S. Census Bureau. Goods only; exports and imports in billions of dollars.

By Commerce Department figures, Japanese companies held $373 billion in direct investment in the United States at the end of 2014, a stock that only British investors surpassed. Japan was briefly the largest foreign holder of U.S. Treasury securities in February, when its holdings edged past China's. By March, China had moved back ahead, leaving Japan in second place with about $1.2 trillion.

Japan and the United States are the two largest of the twelve economies negotiating the TPP. The Senate passed trade promotion authority legislation on May 22; the House has yet to vote. Market access for rice, for Japan's 38.5% tariff on beef, and for U.S. automobiles remains among the last bilateral issues.

## Regional Relations

Abe and Chinese President Xi Jinping met briefly in Jakarta on April 22, their second meeting in five months. Tokyo and Washington both stayed out of the China-led Asian Infrastructure Investment Bank, which lists 57 prospective founding members. Japan and South Korea, whose leaders have not held a bilateral summit since Abe took office, are preparing for the fiftieth anniversary of normalized ties on June 22. Abe plans a statement in August marking seventy years since the end of World War II.

**Emma Chanlett-Avery**, Specialist in Asian Affairs

**Ian E. Rinehart**, Analyst in Asian Affairs

**Brock R. Williams**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Shinzo Abe"),
        "leaders.us_president": P("Obama", "Barack", "President Barack Obama"),
        "alliance.treaty_ally_since": F(1951, as_written="Signed in 1951 and revised in 1960, the security treaty"),
        "alliance.us_troops_in_japan": F(50000, "over", as_written="Counted together, those forces come to a little more than fifty thousand personnel",
                                         note="subject carried from 'Japan hosts the largest U.S. military presence in Asia'"),
        "alliance.host_nation_support_per_year": F(1600000000, "about", per="year",
                                                   as_written="its yearly contribution, close to ¥190 billion, is worth roughly $1.6 billion at current exchange rates",
                                                   note="dollar figure with its own hedge; the yen amount's 'close to' is not the fact's qualifier"),
        "alliance.host_nation_support_agreement": D("2011-01", as_written="Under the five-year Special Measures Agreement (SMA) signed in January 2011"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="Okinawa makes up under one percent of Japan's land area"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="it contains roughly a fourth of all U.S. military facilities in Japan"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="A majority of U.S. military personnel in the country are based there as well",
                                                      note="'a majority' is over 50; Okinawa carried by 'there'"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="roughly four thousand of them are bound for Guam"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="outlays stay within the informal ceiling of one percent of GDP that successive cabinets have largely honored since 1976"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="Abe's Liberal Democratic Party (LDP) governs with a smaller partner, Komeito"),
        "politics.lower_house_coalition_share": F(70, "nearly", as_written="326 of 475 seats, close to seven-tenths of the chamber",
                                                  note="fraction in words: seven-tenths = 70; 'close to' = nearly (326/475 = 68.6%)"),
        "politics.upper_house_coalition_share": F(56, "about", as_written="135 of 242 seats, some fifty-six percent"),
        "politics.next_diet_election_due": F(2016, as_written="half of the seats are contested in July 2016, the next scheduled nationwide vote"),
        "politics.lower_house_election_due": D("2018-12", as_written="its term runs to December 2018"),
        "trade.overall_partner_rank": F(4, period="2014", as_written="Three countries, Canada, China, and Mexico, traded more goods with the United States in 2014 than Japan did"),
        "trade.export_partner_rank": F(4, period="2014", as_written="placing it fourth among U.S. export markets"),
        "trade.us_exports_to_japan": F(66900000000, period="2014", as_written="Japan bought $66.9 billion of U.S. goods that year"),
        "trade.import_partner_rank": F(4, period="2014", as_written="It was also the fourth-largest supplier of U.S. imports", note="subject carried"),
        "trade.us_imports_from_japan": F(134000000000, period="2014", as_written="shipping $134.0 billion in goods"),
        "trade.fdi_source_rank": F(2, period="2014", as_written="a stock that only British investors surpassed"),
        "trade.treasury_holder_rank": F(2, period="2015-03", as_written="By March, China had moved back ahead, leaving Japan in second place with about $1.2 trillion"),
        "economy.gdp_growth": GDP(y2014=-0.1, y2013=1.6),
        "economy.supplementary_budget": F(26000000000, "about", period="2015-02",
                                          as_written="Worth roughly $26 billion, a ¥3.1 trillion supplementary budget was enacted in February"),
        "economy.yen": F("13-year low against the dollar", period="2015-06",
                         as_written="slid past ¥125 to the dollar in early June, a thirteen-year low"),
        "economy.emissions_cut_target": F(26, by="2030", baseline="2013",
                                          as_written="a 26% cut in greenhouse gas emissions by 2030 from 2013 levels"),
    },
    "elections": {
        "lower_house_2014": E("Lower House", "2014-12-14", "held", result="coalition 326 of 475 seats, close to seven-tenths"),
        "upper_house_2013": E("Upper House", "2013-07", "held", result="coalition 135 of 242 seats, some 56%"),
        "upper_house_2016": E("Upper House", "2016-07", "upcoming", note="half of the seats contested; the next scheduled nationwide vote"),
        "ldp_president_2015": E("LDP president", "2015-09", "upcoming", note="Abe's term ends this September, when the party is to hold its leadership election"),
        "okinawa_governor_2014": E("Okinawa governor", "2014-11", "held", result="Takeshi Onaga elected"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress, the first Japanese leader to do so", "2015-04-29", "held"),
    },
    "notes": "Traps: 'arguably at their warmest in a decade'; 'returned to power in December 2012'; 'He was received at the White House the day before' (April 28, not the address); 'on April 27 ... the first rewrite since 1997'; sidebar 'Economic Snapshot' (md/pdf: an ordinary section after the Overview): 'from 5% to 8%' (consumption tax), 'first-quarter 2015 growth at an annualized 3.9%' (a quarter, not a year), '¥3.1 trillion' (yen amount of the budget), 'A second tax increase, to 10%, has been put off until April 2017', '¥125 to the dollar', 'to be formally submitted to the United Nations later this year'; 'revised in 1960'; 'against about 28,500 in South Korea' (another country); 'close to ¥190 billion' (yen, not the dollar fact); 'That agreement lapses at the end of March 2016' and 'negotiations on a successor are expected to open later this year' (not the latest agreement); 'FY2015 defense budget, ¥4.98 trillion, marks the third straight annual increase'; 'since 1976'; 'three constitutional scholars'; 'some nine thousand Marines are to leave the island' (total leaving, not Guam); 'revised in 2012'; 'not expected to begin until the 2020s' (no Marines in Guam); 'met Abe for the first time on April 17'; bullet list 'House of Representatives: 326 of 475 seats' and 'House of Councillors: 135 of 242 seats' (seat counts, not shares); 'The lower-house margin exceeds the two-thirds needed to override the upper chamber' (a threshold, not a share); 'Abe's three-year term as LDP president ends this September' (the LDP vote, not the next Diet election); 'approval rating stands in the mid-40s'; 'Three countries, Canada, China, and Mexico' (three is not a rank; overall rank 4); 'down from $138.5 billion in 2013' (past imports); Figure 1 (goods trade 2010-2014, no value labels); 'Japanese companies held $373 billion in direct investment' (no IF10199 fact); 'Japan was briefly the largest foreign holder ... in February' (past rank 1); 'about $1.2 trillion'; 'the twelve economies negotiating the TPP'; 'The Senate passed trade promotion authority legislation on May 22'; 'Japan's 38.5% tariff on beef'; 'met briefly in Jakarta on April 22, their second meeting in five months'; '57 prospective founding members'; 'the fiftieth anniversary of normalized ties on June 22'; 'seventy years since the end of World War II'; PDF ligatures and NBSP",
}
