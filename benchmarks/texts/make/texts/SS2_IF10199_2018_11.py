from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "SS2-IF10199-2018-11", "fresh12", "IF10199", 28
LAYOUTS = ["html", "pdf"]
PDF_OPTS = ["quotes", "hyph"]
SIDEBAR = "Okinawa After the Governor's Race"

MD = """
U.S.-Japan Relations

Updated November 20, 2018

## Overview

Japan became a U.S. treaty ally in 1951, and the alliance has since anchored the U.S. military presence in East Asia. Prime Minister Shinzo Abe, who in April 2015 became the first Japanese leader to address a joint meeting of Congress, has worked hard to build a personal rapport with President Donald Trump; the two have met or spoken by phone more than 30 times. That relationship is now being tested by trade. Having withdrawn from the Trans-Pacific Partnership (TPP) in January 2017, the Administration is pressing Tokyo for a bilateral deal, and the threat of U.S. tariffs on Japanese automobiles hangs over the talks. Vice President Mike Pence visited Tokyo on November 12-13, and Abe and Trump are expected to meet again at the G-20 summit in Buenos Aires at the end of the month.

## Trade Negotiations

Abe and Trump agreed on September 26, meeting in New York during the U.N. General Assembly, to begin negotiations on a bilateral trade agreement. Tokyo calls the planned pact a "Trade Agreement on Goods," while U.S. officials describe a broader deal that would also cover services and investment. The U.S. Trade Representative notified Congress on October 16 of the intent to negotiate, which under trade promotion authority means formal talks cannot begin before mid-January 2019.

Japanese steel and aluminum have faced Section 232 tariffs of 25% and 10%, respectively, since March 23; unlike some other allies, Japan was not exempted. The Commerce Department is also investigating whether imported autos and parts threaten U.S. national security, and the President has floated tariffs of as much as 25% on them. In the September joint statement, the United States undertook not to take measures "against the spirit" of the statement while talks continue, which Japanese officials read as a reprieve for autos. Meanwhile, the 11-country Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP), which Japan championed after the U.S. exit, takes effect on December 30, and a Japan-EU economic partnership agreement is set to follow on February 1, 2019, both lowering tariffs for U.S. competitors in Japan's market.

## Economic Ties

Japan was the fourth-largest U.S. trading partner in goods in 2017. Measured separately, U.S. exports to Japan and U.S. imports from Japan each ranked fourth as well. The U.S. goods deficit with Japan, of which motor vehicles account for roughly two-thirds, has changed little in recent years (Table 1).

Table 1. U.S. Goods Trade with Japan ($ billions)

| Flow | 2016 | 2017 |
| --- | --- | --- |
| Exports to Japan | 63.2 | 67.7 |
| Imports from Japan | 132.2 | 136.5 |
| Balance | -69.0 | -68.8 |

The investment relationship is more balanced. Japanese companies' direct investment in the United States, some $469 billion at the end of 2017, was exceeded only by that of British firms, and Japanese affiliates employ close to 860,000 U.S. workers. Japan also holds just over $1 trillion of U.S. Treasury securities, a sum second only to China's among foreign holders.

## The Alliance

Around 54,000 U.S. military personnel are based in Japan, the largest U.S. troop presence in any foreign country, and the U.S. Navy's only forward-deployed aircraft carrier is homeported at Yokosuka. Under a five-year Special Measures Agreement signed in January 2016, Japan pays roughly ¥189 billion a year toward the costs of U.S. forces, a little under $1.7 billion at current rates. The agreement expires in March 2021, and President Trump has said allies should pay more.

Japan's defense budget has for decades stayed near 1% of GDP. The Ministry of Defense has requested a record ¥5.3 trillion for FY2019, and new National Defense Program Guidelines are due in December. An LDP panel proposed in May that Japan consider NATO's benchmark of 2% of GDP, but the government has adopted no such target.

## Okinawa After the Governor's Race

Okinawa makes up less than 1% of Japan's land area, yet it hosts about one-quarter of the facilities used by U.S. forces in Japan and more than half of the U.S. military personnel stationed there. Under a 2012 agreement, about 4,000 of the roughly 9,000 Marines to be moved off the island are to go to Guam, starting in the first half of the 2020s. On September 30, voters chose Denny Tamaki as governor in an election called after the death of Governor Takeshi Onaga in August; like Onaga, Tamaki opposes building a replacement for Marine Corps Air Station Futenma at Henoko. A prefectural referendum on the landfill is planned for early 2019.

## Japanese Politics

Abe secured a third three-year term as LDP president on September 20, defeating former Defense Minister Shigeru Ishiba by 553 votes to 254, which puts him on course to become Japan's longest-serving prime minister in November 2019. His term as party leader runs until September 2021.

In the October 2017 election, the LDP and its coalition partner, Komeito, won more than two-thirds of the seats in the House of Representatives, the Diet's lower chamber. In the House of Councillors, the coalition controls about three-fifths of the seats. The upper chamber elects half its members in July 2019, the next nationwide vote; the lower chamber's term does not expire until October 2021. Abe hopes to win Diet approval for amending the postwar constitution, which requires a two-thirds vote in each chamber and then a national referendum.

## Economy

Japan's real GDP grew 1.7% in 2017, up from 1.0% in 2016. Output shrank at an annualized 1.2% in the July-September quarter, after typhoons and an earthquake in Hokkaido disrupted production and tourism. On November 7, the Diet enacted a ¥937 billion supplementary budget, about $8.3 billion, for disaster recovery. The consumption tax is scheduled to rise from 8% to 10% in October 2019. Under the Paris Agreement, Japan aims to reduce greenhouse gas emissions 26% by 2030 from 2013 levels.

## Regional Relations

Abe's October 25-27 trip to Beijing, the first formal visit by a Japanese leader in seven years, produced a ¥3.4 trillion currency swap arrangement and talk of a new era in Japan-China ties. Relations with South Korea soured after its Supreme Court ordered a Japanese firm on October 30 to compensate wartime laborers. Officials from Japan, the United States, Australia, and India met in Singapore on November 15 to discuss the Indo-Pacific, in the latest session of the revived "Quad" consultations.

**Emma Chanlett-Avery**, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Brock R. Williams**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Shinzo Abe"),
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "alliance.treaty_ally_since": F(1951, as_written="Japan became a U.S. treaty ally in 1951"),
        "alliance.us_troops_in_japan": F(54000, "about", as_written="Around 54,000 U.S. military personnel are based in Japan"),
        "alliance.host_nation_support_per_year": F(1700000000, "under", per="year", as_written="Japan pays roughly ¥189 billion a year toward the costs of U.S. forces, a little under $1.7 billion at current rates"),
        "alliance.host_nation_support_agreement": D("2016-01", as_written="Under a five-year Special Measures Agreement signed in January 2016"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="Okinawa makes up less than 1% of Japan's land area", note="sidebar (html aside)"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="it hosts about one-quarter of the facilities used by U.S. forces in Japan", note="sidebar"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="and more than half of the U.S. military personnel stationed there", note="sidebar"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="about 4,000 of the roughly 9,000 Marines to be moved off the island are to go to Guam", note="sidebar"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="Japan's defense budget has for decades stayed near 1% of GDP", note="'near' = about, as the set README's 'near 1%'"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="the LDP and its coalition partner, Komeito"),
        "politics.lower_house_coalition_share": F(67, "over", as_written="won more than two-thirds of the seats in the House of Representatives", note="fraction in words = 67"),
        "politics.upper_house_coalition_share": F(60, "about", as_written="the coalition controls about three-fifths of the seats", note="fraction in words = 60"),
        "politics.next_diet_election_due": F(2019, as_written="The upper chamber elects half its members in July 2019, the next nationwide vote"),
        "politics.lower_house_election_due": D("2021-10", as_written="the lower chamber's term does not expire until October 2021"),
        "trade.overall_partner_rank": F(4, period="2017", as_written="Japan was the fourth-largest U.S. trading partner in goods in 2017"),
        "trade.export_partner_rank": F(4, period="2017", as_written="Measured separately, U.S. exports to Japan and U.S. imports from Japan each ranked fourth as well"),
        "trade.import_partner_rank": F(4, period="2017", as_written="Measured separately, U.S. exports to Japan and U.S. imports from Japan each ranked fourth as well"),
        "trade.us_exports_to_japan": F(67700000000, period="2017", as_written="Table 1: Exports to Japan | 63.2 | 67.7 ($ billions, goods)"),
        "trade.us_imports_from_japan": F(136500000000, period="2017", as_written="Table 1: Imports from Japan | 132.2 | 136.5 ($ billions, goods)"),
        "trade.fdi_source_rank": F(2, period="2017", as_written="Japanese companies' direct investment in the United States, some $469 billion at the end of 2017, was exceeded only by that of British firms"),
        "trade.treasury_holder_rank": F(2, as_written="a sum second only to China's among foreign holders"),
        "economy.gdp_growth": GDP(y2017=1.7, y2016=1.0),
        "economy.supplementary_budget": F(8300000000, "about", period="2018-11", as_written="On November 7, the Diet enacted a ¥937 billion supplementary budget, about $8.3 billion"),
        "economy.emissions_cut_target": F(26, by="2030", baseline="2013", as_written="Japan aims to reduce greenhouse gas emissions 26% by 2030 from 2013 levels"),
    },
    "elections": {
        "ldp_president_2018": E("LDP president", "2018-09-20", "held", result="Abe defeated Ishiba, 553 to 254"),
        "okinawa_governor_2018": E("Okinawa governor", "2018-09-30", "held", result="Denny Tamaki elected"),
        "lower_house_2017": E("Lower House", "2017-10", "held", result="LDP-Komeito more than two-thirds"),
        "upper_house_2019": E("Upper House", "2019-07", "upcoming", note="the next nationwide vote"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress", "2015-04", "held"),
    },
    "notes": "Traps: 'more than 30 times' (meetings and calls); 'withdrawn from the Trans-Pacific Partnership (TPP) in January 2017'; 'November 12-13' (Pence visit) and 'expected to meet again at the G-20 summit ... at the end of the month' (planned); 'notified Congress on October 16' and 'cannot begin before mid-January 2019' (not the first round); 'Section 232 tariffs of 25% and 10%, respectively, since March 23' (steel and aluminum only: no tariff on most imports) and 'tariffs of as much as 25% on them' (autos, floated); 'The Commerce Department is also investigating' (no proclamation); 'The 11-country ... (CPTPP) ... takes effect on December 30' and 'a Japan-EU economic partnership agreement is set to follow on February 1, 2019'; 'of which motor vehicles account for roughly two-thirds' (share of the deficit, not a seat share); Table 1's 2016 column (63.2, 132.2) and 'Balance | -69.0 | -68.8'; 'some $469 billion at the end of 2017' (FDI stock, no IF10199 fact); 'close to 860,000 U.S. workers'; 'just over $1 trillion of U.S. Treasury securities' (holdings); 'the largest U.S. troop presence in any foreign country' (not a number); 'roughly ¥189 billion a year' (yen; the fact is the dollar figure with its own hedge); 'The agreement expires in March 2021'; 'a record ¥5.3 trillion for FY2019' and 'new National Defense Program Guidelines are due in December'; 'An LDP panel proposed in May that Japan consider NATO's benchmark of 2% of GDP, but the government has adopted no such target' (no spending goal); 'the roughly 9,000 Marines to be moved off the island' (total, not Guam) and 'starting in the first half of the 2020s' (none moved); 'the death of Governor Takeshi Onaga in August'; 'A prefectural referendum on the landfill is planned for early 2019'; 'by 553 votes to 254' (not seat counts); 'to become Japan's longest-serving prime minister in November 2019'; 'His term as party leader runs until September 2021' (a term end alone, not an election); 'requires a two-thirds vote in each chamber' (a threshold, not a share); 'the lower chamber's term does not expire until October 2021' (35 months away: only the deadline, not an upcoming election); 'an annualized 1.2% in the July-September quarter' (a quarter); 'The consumption tax is scheduled to rise from 8% to 10%'; 'a ¥3.4 trillion currency swap arrangement'; 'the first formal visit by a Japanese leader in seven years'; 'on October 30'; 'met in Singapore on November 15' (Quad officials, not leaders: no leader-meeting count). HTML sidebar 'Okinawa After the Governor's Race' (aside); PDF curly quotes and hyphenated line ends.",
}
