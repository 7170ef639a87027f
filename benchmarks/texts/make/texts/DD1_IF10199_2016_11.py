from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "DD1-IF10199-2016-11", "fresh9", "IF10199", 21
LAYOUTS = ["md", "layout"]

MD = """
U.S.-Japan Relations

Updated November 22, 2016

## Overview

Japan has been a treaty ally of the United States since 1951 and is, by most measures, Washington's most important partner in East Asia. The two governments cooperate closely on North Korea's nuclear and missile programs, on maritime security in the East and South China Seas, and on a broad economic agenda. The bilateral relationship was generally smooth during the Obama Administration, which made Japan the anchor of its "rebalance" to Asia. The high points came in April 2015, when Prime Minister Abe Shinzo spoke before a joint meeting of Congress, the first Japanese leader ever to do so, and in May 2016, when President Barack Obama laid a wreath at the Hiroshima Peace Memorial.

The outcome of the November 8 U.S. presidential election has introduced uncertainty. On the campaign trail, Donald J. Trump questioned whether Japan pays enough for the U.S. forces it hosts and suggested that Tokyo might be better off with nuclear weapons of its own. Abe flew to New York on November 17 and became the first foreign head of government to meet the President-elect, later calling him a leader in whom he could have "great confidence." Four days later, Trump said he would give notice of U.S. withdrawal from the Trans-Pacific Partnership (TPP) on his first day in office. Until the January 20, 2017, inauguration, Obama remains in office, and his Administration continues to urge congressional action on the pact.

## Abe's Political Standing

Abe leads the Liberal Democratic Party (LDP), which governs together with a smaller partner, Komeito. Since returning to power in December 2012, the prime minister has led his party to victory in four consecutive national elections. The most recent was the July 10 contest for half of the House of Councillors, the Diet's upper chamber. The coalition came out of it with 146 of the chamber's 242 seats, just over three-fifths of the total, up from 135 beforehand. Counting smaller parties and independents who favor amending the 1947 constitution, lawmakers open to revision now exceed the two-thirds threshold needed to initiate an amendment in both chambers, although no draft has been agreed.

The coalition's position in the House of Representatives is stronger still. It won 326 of 475 seats in the snap election Abe called in December 2014, so that nearly seven in ten members of the lower chamber sit on the government benches. That chamber's four-year term runs until December 2018, and no national vote need be held before then; the next regular upper-house election, for the other half of its seats, is not due until the summer of 2019. LDP officials have meanwhile agreed in principle to relax the party's limit on consecutive terms for its president, a change that would allow Abe to stay in office well beyond his current mandate.

Abe's agenda has faced less resistance at the national level than in the prefectures. On July 31, Tokyo voters chose Koike Yuriko, a former LDP defense minister who ran without the party's backing, as the capital's first woman governor with about 44% of the vote.

## Alliance Issues

Under the 1960 Treaty of Mutual Cooperation and Security, Japan grants the United States the use of bases on its territory in return for a U.S. commitment to defend it. Roughly fifty-four thousand U.S. military personnel are stationed in Japan. They include the only forward-deployed U.S. aircraft carrier strike group, based at Yokosuka, and the III Marine Expeditionary Force on Okinawa.

Japan defrays a large part of the cost of that presence. The most recent Special Measures Agreement (SMA) on host-nation support was concluded in December 2015. It sets Japan's contribution for the five years through March 2021 at an average of just under ¥190 billion a year, on the order of $1.7 billion at recent exchange rates. The President-elect has said that allies should cover the full cost of U.S. deployments, a demand Japanese officials say disregards what Tokyo already pays.

Security legislation that the Diet passed in September 2015 took effect in March 2016, allowing Japan's Self-Defense Forces to exercise collective self-defense in limited circumstances. Japan's defense budget nonetheless remains modest relative to the size of its economy. Outlays have customarily been kept within one percent of gross domestic product, a practice adopted by cabinet decision in 1976. The Ministry of Defense has requested ¥5.17 trillion for FY2017, which would be a fifth straight annual increase.

## Okinawa

The island prefecture of Okinawa occupies about 0.6% of Japan's land area, yet a quarter or so of the facilities used by U.S. forces in Japan are located there, along with well over half of the U.S. personnel. Resentment of the bases has deepened since the May 2016 arrest of a former Marine, then working as a civilian contractor, in the killing of a local woman.

The long-delayed plan to move Marine Corps Air Station Futenma to a new site at Henoko, in the less populated north of the island, remains the central dispute. Governor Onaga Takeshi, who defeated an LDP-backed incumbent in November 2014 on a pledge to block the project, revoked the landfill permit his predecessor had approved. In September, the Naha branch of the Fukuoka High Court ruled that the revocation was unlawful; Onaga has appealed to the Supreme Court. Separately, about 4,000 hectares of the Northern Training Area are slated to be returned to Japan in December, which officials say would shrink the land used by U.S. forces on Okinawa by roughly 17%.

Under the realignment road map as revised in 2012, approximately 9,000 Marines are to leave Okinawa. Some four thousand of them are to be relocated to Guam, a move not expected to begin until the 2020s.

## Trade and Investment

Japan ranked fourth among U.S. trading partners in 2015, a position it also held both as a destination for U.S. goods and as a source of them. Canada, China, and Mexico stood ahead of it on all three counts. The value of goods trade in both directions declined from the year before (Table 1), as a strong dollar and weak Japanese demand held down U.S. sales.

Table 1. U.S. Goods Trade with Japan ($ billions)

| Flow | 2014 | 2015 |
| --- | --- | --- |
| U.S. exports to Japan | 66.9 | 62.5 |
| U.S. imports from Japan | 134.0 | 131.4 |
| U.S. balance | -67.1 | -68.9 |

Japanese companies have invested heavily in the United States. Their stock of direct investment, about $411 billion at the end of 2015, is surpassed only by that of British companies. Japanese holdings of U.S. Treasury securities, some $1.13 trillion in September, are the world's largest outside China.

The TPP, which twelve countries signed in February 2016, would eliminate or reduce tariffs on most goods traded between the two countries. Japan's House of Representatives approved the agreement on November 10, and the House of Councillors is expected to follow before its session closes in December. The pact cannot take effect without U.S. ratification.

## Japan's Economy

The economy has struggled to gather momentum. Real GDP grew 0.5% in 2015, after shrinking by a tenth of a percent in 2014. Preliminary figures released November 14 showed the economy expanding at an annualized rate of 2.2% in the July-September quarter, its third consecutive quarter of growth. Abe has twice postponed an increase in the consumption tax from 8% to 10%, most recently to October 2019, and the Bank of Japan has held a short-term policy rate of minus 0.1% since February.

To support demand, the Diet in October enacted a second supplementary budget for FY2016 totaling ¥4.1 trillion (roughly $40 billion), which funds part of a ¥28 trillion stimulus package the cabinet adopted in August. Japan ratified the Paris climate agreement on November 8. Under it, Tokyo has pledged to reduce greenhouse gas emissions by 26% from FY2013 levels by FY2030.

**Emma Chanlett-Avery**, Specialist in Asian Affairs

**Ian E. Rinehart**, Analyst in Asian Affairs

**Brock R. Williams**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Abe Shinzo"),
        "leaders.us_president": P("Obama", "Barack", "President Barack Obama", note="Trump is President-elect until January 20, 2017"),
        "alliance.treaty_ally_since": F(1951, as_written="Japan has been a treaty ally of the United States since 1951"),
        "alliance.us_troops_in_japan": F(54000, "about", as_written="Roughly fifty-four thousand U.S. military personnel are stationed in Japan"),
        "alliance.host_nation_support_per_year": F(1700000000, "about", per="year", as_written="an average of just under ¥190 billion a year, on the order of $1.7 billion at recent exchange rates", note="the dollar figure with its own hedge"),
        "alliance.host_nation_support_agreement": D("2015-12", as_written="The most recent Special Measures Agreement (SMA) on host-nation support was concluded in December 2015"),
        "alliance.okinawa_share_of_land_area": F(0.6, "about", as_written="The island prefecture of Okinawa occupies about 0.6% of Japan's land area"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="a quarter or so of the facilities used by U.S. forces in Japan are located there"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="along with well over half of the U.S. personnel"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Some four thousand of them are to be relocated to Guam"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="Outlays have customarily been kept within one percent of gross domestic product"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="the Liberal Democratic Party (LDP), which governs together with a smaller partner, Komeito"),
        "politics.upper_house_coalition_share": F(60, "over", as_written="The coalition came out of it with 146 of the chamber's 242 seats, just over three-fifths of the total", note="subject 'it' = the July 10 upper-house contest in the sentence before"),
        "politics.lower_house_coalition_share": F(70, "nearly", as_written="nearly seven in ten members of the lower chamber sit on the government benches"),
        "politics.next_diet_election_due": F(2018, as_written="That chamber's four-year term runs until December 2018, and no national vote need be held before then"),
        "politics.lower_house_election_due": D("2018-12", as_written="That chamber's four-year term runs until December 2018"),
        "trade.overall_partner_rank": F(4, period="2015", as_written="Japan ranked fourth among U.S. trading partners in 2015"),
        "trade.export_partner_rank": F(4, period="2015", as_written="a position it also held both as a destination for U.S. goods and as a source of them"),
        "trade.import_partner_rank": F(4, period="2015", as_written="a position it also held both as a destination for U.S. goods and as a source of them"),
        "trade.us_exports_to_japan": F(62500000000, period="2015", as_written="Table 1: U.S. exports to Japan | 66.9 | 62.5 ($ billions, 2014 | 2015)", note="goods; table only"),
        "trade.us_imports_from_japan": F(131400000000, period="2015", as_written="Table 1: U.S. imports from Japan | 134.0 | 131.4 ($ billions, 2014 | 2015)", note="goods; table only"),
        "trade.fdi_source_rank": F(2, as_written="Their stock of direct investment, about $411 billion at the end of 2015, is surpassed only by that of British companies"),
        "trade.treasury_holder_rank": F(2, as_written="Japanese holdings of U.S. Treasury securities, some $1.13 trillion in September, are the world's largest outside China"),
        "economy.gdp_growth": GDP(y2015=0.5, y2014=-0.1),
        "economy.supplementary_budget": F(40000000000, "about", period="2016-10", as_written="the Diet in October enacted a second supplementary budget for FY2016 totaling ¥4.1 trillion (roughly $40 billion)"),
        "economy.emissions_cut_target": F(26, by="2030", baseline="2013", as_written="Tokyo has pledged to reduce greenhouse gas emissions by 26% from FY2013 levels by FY2030"),
    },
    "elections": {
        "upper_house_2016": E("Upper House", "2016-07-10", "held", result="coalition 146 of 242 seats, just over three-fifths (up from 135)"),
        "lower_house_2014": E("Lower House", "2014-12", "held", result="coalition 326 of 475 seats, nearly seven in ten"),
        "upper_house_2019": E("Upper House", "2019", "upcoming", note="'not due until the summer of 2019' (year precision)"),
        "okinawa_governor_2014": E("Okinawa governor", "2014-11", "held", result="Onaga Takeshi defeated the LDP-backed incumbent"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress", "2015-04", "held"),
    },
    "notes": "Traps: 'Donald J. Trump' / 'the President-elect' / 'Until the January 20, 2017, inauguration, Obama remains in office' (Obama is President); 'Abe flew to New York on November 17'; 'in May 2016, when President Barack Obama laid a wreath at the Hiroshima Peace Memorial' (no slug); 'Four days later, Trump said he would give notice of U.S. withdrawal from the Trans-Pacific Partnership'; 'Since returning to power in December 2012' and 'four consecutive national elections'; 'up from 135 beforehand' (seats, no share); 'exceed the two-thirds threshold needed to initiate an amendment in both chambers' (pro-revision lawmakers, not the coalition's share); 'It won 326 of 475 seats' (counts, share is 'nearly seven in ten'); 'the next regular upper-house election ... is not due until the summer of 2019' (later than the 2018 deadline); 'relax the party's limit on consecutive terms for its president' (no LDP vote stated); 'On July 31, Tokyo voters chose Koike Yuriko ... with about 44% of the vote' (local); 'the 1960 Treaty of Mutual Cooperation and Security' (revision year, not 1951); 'for the five years through March 2021' and 'just under ¥190 billion a year' (yen hedge, not the dollar's); 'allies should cover the full cost'; 'Security legislation that the Diet passed in September 2015 took effect in March 2016'; 'a practice adopted by cabinet decision in 1976'; '¥5.17 trillion for FY2017' and 'a fifth straight annual increase'; 'about 4,000 hectares of the Northern Training Area' (not Marines) and 'shrink the land ... by roughly 17%' (planned); 'approximately 9,000 Marines are to leave Okinawa' (total leaving, not Guam); 'a move not expected to begin until the 2020s'; Table 1's 2014 column ('66.9', '134.0') and balance row ('-67.1', '-68.9'); 'about $411 billion' (FDI stock); 'some $1.13 trillion in September' (holdings); 'which twelve countries signed in February 2016' and 'approved the agreement on November 10'; 'at an annualized rate of 2.2% in the July-September quarter' (a quarter, not a year); 'from 8% to 10%, most recently to October 2019'; 'minus 0.1%' (policy rate); 'a ¥28 trillion stimulus package the cabinet adopted in August' (package, not the budget); 'ratified the Paris climate agreement on November 8'. Upper House share carried from the sentence before ('The coalition came out of it'); ranks carried in one clause ('a position it also held both as a destination ... and as a source'); Canada, China and Mexico ahead 'on all three counts'. Trade amounts stated only in Table 1 (goods, 2015).",
}
