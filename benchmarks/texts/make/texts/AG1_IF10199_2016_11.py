from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "AG1-IF10199-2016-11", "fresh16", "IF10199", 12
LAYOUTS = ["md", "interleaved"]
PDF_OPTS = ["lig", "nbsp", "hyph"]
CHART = {"unit": "$ billions", "ymax": 1400, "ticks": [0, 350, 700, 1050, 1400],
         "series": ["Japan", "China"],
         "bars": {"2012": (1111, 1203), "2013": (1183, 1270), "2014": (1231, 1244), "2015": (1122, 1246),
                  "Sep. 2016": (1132, 1157)}}

MD = """
U.S.-Japan Relations

Updated November 22, 2016

## Overview

Five days ago, Prime Minister Shinzo Abe became the first foreign leader to meet President-elect Donald Trump, calling on him at Trump Tower in New York on November 17. Until January 20, 2017, the U.S. government's head remains President Barack Obama, with whom Abe spoke briefly on the margins of the Asia-Pacific Economic Cooperation (APEC) summit in Lima, Peru, three days later. Nineteen months before, in April 2015, Abe had become the first Japanese prime minister to address a joint meeting of Congress, and Obama visited Hiroshima in May 2016. Trump, by contrast, questioned during the campaign whether Japan pays enough for its defense and opposed the Trans-Pacific Partnership (TPP); in a video message on November 21 he said he would give notice of U.S. withdrawal from the pact on his first day in office.

## The Alliance

Signed in 1951 and revised in 1960, the security treaty commits the United States to Japan's defense and grants U.S. forces the use of bases in Japan. Some fifty-four thousand U.S. military personnel are stationed there, more than in any other foreign country; about 28,500 are in South Korea.

Japan pays part of their cost. Under the Special Measures Agreement (SMA) signed in January 2016, which runs through March 2021, Tokyo is to contribute ¥946.5 billion over five years. Averaged out, that is about ¥189 billion annually, or just shy of $1.8 billion a year at recent exchange rates. Trump argued as a candidate that Japan should bear the full cost.

Defense budgets have risen in each of the past five years; the FY2017 request, ¥5.17 trillion, would be another record. Outlays nonetheless remain just under one percent of GDP. Cabinets have treated 1% as an informal ceiling since 1976. Abe has said he is not bound by it but has set no numerical target.

## Okinawa

Okinawa makes up less than one percent of Japan's land, yet it bears a disproportionate share of the U.S. presence. Of every four acres set aside for the exclusive use of U.S. forces in Japan, roughly three lie in the prefecture. It also houses more U.S. military personnel than Japan's other 46 prefectures combined. The handover of most of the Northern Training Area, set for December 22 and the largest return of land since the island's 1972 reversion, is to bring the exclusive-use ratio down to about seven in ten.

Realignment plans revised in 2012 call for roughly 9,000 Marines to leave Okinawa. Hawaii, Australia, and the continental United States are to take about five thousand of them; Guam gets the other four thousand or so, with moves not expected to begin until the 2020s.

The plan to replace Marine Corps Air Station Futenma with a facility at Henoko remains contested. On September 16, the Naha branch of the Fukuoka High Court held that Governor Takeshi Onaga, who won office in November 2014 on a pledge to stop the project, acted unlawfully in revoking the landfill permit. His appeal is before the Supreme Court.

## Japanese Politics

Commanding 326 of the 475 seats in the House of Representatives, roughly 69%, the Liberal Democratic Party (LDP) and its junior partner Komeito have governed since December 2012; they won that margin in a snap election in December 2014. The July 10 election strengthened them in the House of Councillors as well. Up from about 56% beforehand, the coalition's share of that chamber's 242 seats is now three-fifths. Counting smaller parties and independents open to constitutional revision, supporters of amendment clear the two-thirds mark needed in each chamber to propose one.

No national election is required until December 2018, when the lower chamber's four-year term expires, although talk of a snap dissolution as early as January persists. Half of the upper chamber is next chosen in the summer of 2019. Abe's second term as LDP president ends in September 2018; on October 26 a party panel agreed to allow three consecutive terms, which would let him run again that month. His cabinet's approval rating is above 50% in most polls.

## Trade and Investment

Japan was the fourth-largest U.S. trading partner in goods in 2015 (Table 1). Through September 2016, two-way goods trade ran about 3% behind its pace of a year earlier.

Table 1. U.S. Goods Trade with Japan, 2015

| | $ billions | Japan's rank |
| --- | --- | --- |
| U.S. exports to Japan | 62.5 | 4 |
| U.S. imports from Japan | 131.4 | 4 |
| Total trade | 193.9 | 4 |
| U.S. deficit | 68.9 | 3 |

Source: U.S. Census Bureau.

Valued at $411 billion at the end of 2015, Japanese companies' direct investment in the United States ranks second by country of origin, behind the United Kingdom's. In U.S. Treasury securities, Japan held $1.13 trillion at the end of September, about $25 billion less than China, the largest foreign holder; at the end of 2015 it had been well over $100 billion (Figure 1).

**Figure 1. Foreign Holdings of U.S. Treasury Securities, Japan and China, 2012-2016**

Source: U.S. Treasury, Treasury International Capital System. End of year; 2016 as of September.

Japan's House of Representatives approved TPP on November 10, and the House of Councillors is expected to follow in December. Under the agreement, Japan's 38.5% tariff on beef would fall to 9% over 16 years, and the U.S. 2.5% tariff on Japanese cars would be phased out over 25 years.

## Economy

Output rose at an annualized 2.2% in the July-September quarter, the third straight quarter of growth. For 2015 as a whole, real GDP expanded 0.5%, after shrinking 0.1% in 2014. Enacted on October 11, the year's second supplementary budget, ¥4.1 trillion (some $40 billion), finances part of a ¥28.1 trillion stimulus package announced in August; the first, passed in May, paid for recovery from the Kumamoto earthquakes. After trading near ¥100 to the dollar in August, the yen has weakened since the U.S. election, touching ¥111 on November 21, a six-month low against the dollar.

Japan ratified the Paris climate agreement on November 8, four days after it entered into force. Its pledge is a 26% cut in greenhouse gas emissions by FY2030 from FY2013 levels.

## Regional Relations

North Korea's fifth nuclear test, on September 9, and more than 20 ballistic missile launches this year have drawn Tokyo and Seoul closer; the two are expected to sign an intelligence-sharing pact this week.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Ian E. Rinehart**, Analyst in Asian Affairs

**Brock R. Williams**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Shinzo Abe"),
        "leaders.us_president": P("Obama", "Barack", "the U.S. government's head remains President Barack Obama",
                                  note="Trump is President-elect until January 20, 2017"),
        "alliance.treaty_ally_since": F(1951, as_written="Signed in 1951 and revised in 1960, the security treaty commits the United States to Japan's defense",
                                        note="1960 is the revision"),
        "alliance.us_troops_in_japan": F(54000, "about", as_written="Some fifty-four thousand U.S. military personnel are stationed there"),
        "alliance.host_nation_support_per_year": F(1800000000, "nearly", per="year",
                                                   as_written="about ¥189 billion annually, or just shy of $1.8 billion a year at recent exchange rates",
                                                   note="'just shy of' read as nearly; subject ('that') carried from the SMA sentence"),
        "alliance.host_nation_support_agreement": D("2016-01", as_written="Under the Special Measures Agreement (SMA) signed in January 2016"),
        "alliance.okinawa_share_of_usfj_facilities": F(75, "about", basis="exclusive use",
                                                       as_written="Of every four acres set aside for the exclusive use of U.S. forces in Japan, roughly three lie in the prefecture",
                                                       note="three in four = 75; the planned 'about seven in ten' after December 22 is a trap"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="It also houses more U.S. military personnel than Japan's other 46 prefectures combined",
                                                      note="more than the rest combined = more than half; subject carried"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="Okinawa makes up less than one percent of Japan's land"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Guam gets the other four thousand or so",
                                                 note="of roughly 9,000 leaving; 'about five thousand' go elsewhere"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="Cabinets have treated 1% as an informal ceiling since 1976",
                                               note="'just under one percent of GDP' is the budget's level, not the limit"),
        "politics.ruling_coalition": F(["LDP", "Komeito"]),
        "politics.lower_house_coalition_share": F(69, "about", as_written="Commanding 326 of the 475 seats in the House of Representatives, roughly 69%"),
        "politics.upper_house_coalition_share": F(60, previous=56,
                                                  as_written="Up from about 56% beforehand, the coalition's share of that chamber's 242 seats is now three-fifths",
                                                  note="three-fifths = 60 exact; previous value before the current one"),
        "politics.next_diet_election_due": F(2018, as_written="No national election is required until December 2018"),
        "politics.lower_house_election_due": D("2018-12", as_written="until December 2018, when the lower chamber's four-year term expires"),
        "trade.overall_partner_rank": F(4, period="2015", as_written="Japan was the fourth-largest U.S. trading partner in goods in 2015 (Table 1)"),
        "trade.export_partner_rank": F(4, period="2015", as_written="Table 1: U.S. exports to Japan | 62.5 | 4"),
        "trade.us_exports_to_japan": F(62500000000, period="2015", as_written="Table 1: U.S. exports to Japan | 62.5 ($ billions)"),
        "trade.import_partner_rank": F(4, period="2015", as_written="Table 1: U.S. imports from Japan | 131.4 | 4"),
        "trade.us_imports_from_japan": F(131400000000, period="2015", as_written="Table 1: U.S. imports from Japan | 131.4 ($ billions)"),
        "trade.fdi_source_rank": F(2, period="2015",
                                   as_written="Japanese companies' direct investment in the United States ranks second by country of origin, behind the United Kingdom's"),
        "trade.treasury_holder_rank": F(2, period="2016-09",
                                        as_written="Japan held $1.13 trillion at the end of September, about $25 billion less than China, the largest foreign holder"),
        "economy.gdp_growth": GDP(y2015=0.5, y2014=-0.1),
        "economy.supplementary_budget": F(40000000000, "about", period="2016-10",
                                          as_written="Enacted on October 11, the year's second supplementary budget, ¥4.1 trillion (some $40 billion)"),
        "economy.yen": F("six-month low against the dollar", period="2016-11",
                         as_written="touching ¥111 on November 21, a six-month low against the dollar"),
        "economy.emissions_cut_target": F(26, by="2030", baseline="2013",
                                          as_written="a 26% cut in greenhouse gas emissions by FY2030 from FY2013 levels"),
    },
    "elections": {
        "lower_house_2014": E("Lower House", "2014-12", "held", result="coalition 326 of 475 seats"),
        "upper_house_2016": E("Upper House", "2016-07-10", "held", result="coalition share up from about 56% to three-fifths",
                              note="'The July 10 election': year from the text's date"),
        "okinawa_governor_2014": E("Okinawa governor", "2014-11", "held", result="Takeshi Onaga"),
        "ldp_president_2018": E("LDP president", "2018-09", "upcoming",
                                note="term ends September 2018; a rule change 'would let him run again that month'"),
        "upper_house_2019": E("Upper House", "2019", "upcoming", note="'in the summer of 2019': year precision"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress", "2015-04", "held"),
    },
    "notes": "Traps: 'President-elect Donald Trump' (not yet President) and 'Until January 20, 2017'; 'on November 17' (Trump Tower meeting) and 'three days later' (Lima); 'Nineteen months before'; 'Obama visited Hiroshima in May 2016' (untracked event); 'on November 21 he said he would give notice of U.S. withdrawal'; 'revised in 1960' (not the treaty year); 'about 28,500 are in South Korea' (another country); '¥946.5 billion over five years' and 'runs through March 2021'; 'Japan should bear the full cost'; 'the FY2017 request, ¥5.17 trillion'; 'Outlays nonetheless remain just under one percent of GDP' (the budget, not the limit) and 'has set no numerical target' (no spending goal); 'about seven in ten' (planned exclusive-use ratio after the December 22 handover) and 'the island's 1972 reversion'; 'roughly 9,000 Marines to leave Okinawa' (total, not Guam) and 'about five thousand of them' (other destinations); 'Realignment plans revised in 2012'; 'On September 16, the Naha branch of the Fukuoka High Court'; 'have governed since December 2012'; 'Up from about 56% beforehand' (previous Upper House share); 'the two-thirds mark needed in each chamber' (threshold of the pro-revision camp, not a coalition share); 'talk of a snap dissolution as early as January persists' (speculation); 'on October 26 a party panel agreed'; 'approval rating is above 50%'; 'ran about 3% behind its pace of a year earlier' (partial year); Table 1 'Total trade | 193.9' and 'U.S. deficit | 68.9 | 3' (deficit rank: no IF10199 fact); '$411 billion at the end of 2015'; '$1.13 trillion', 'about $25 billion less than China' and 'at the end of 2015 it had been well over $100 billion'; Figure 1 (Treasury holdings of Japan and China, 2012-Sep. 2016, $ billions; ticks 0-1400, no value labels); 'Japan's 38.5% tariff on beef would fall to 9% over 16 years' and 'the U.S. 2.5% tariff on Japanese cars' (TPP, not in force); 'annualized 2.2% in the July-September quarter' (a quarter); 'a ¥28.1 trillion stimulus package' and 'the first, passed in May' (earlier supplementary budget); 'near ¥100 to the dollar in August' and '¥111'; 'four days after it entered into force'; 'North Korea's fifth nuclear test, on September 9' and 'more than 20 ballistic missile launches'; PDF ligatures, NBSP and hyphenated line ends; interleaved columns",
}
