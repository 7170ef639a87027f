from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "XX1-IF10199-2016-09", "fresh14", "IF10199", 14
LAYOUTS = ["md", "layout"]
PDF_OPTS = ["nbsp", "hyph"]
CHART = {"unit": "percent", "ymax": 80, "ticks": [0, 20, 40, 60, 80],
         "series": ["Okinawa's share of exclusive-use acreage"],
         "bars": {"1972": (58.7,), "1982": (74.9,), "1992": (75.0,), "2002": (74.8,), "2016": (74.1,)}}

MD = """
U.S.-Japan Relations

Updated September 20, 2016

## Overview

Prime Minister Shinzo Abe opens the autumn session of the Diet, Japan's parliament, from a position few of his predecessors enjoyed. The July 10 election for the House of Councillors widened his coalition's hold on both chambers, and Abe, in office since December 2012, intends to use it to pass new stimulus, win approval of the Trans-Pacific Partnership (TPP), and open debate on revising the constitution. President Barack Obama's May 27 visit to Hiroshima, the first by a sitting U.S. president, was widely seen in both capitals as answering Abe's own gesture of the previous spring, his April 2015 address to a joint meeting of Congress.

The U.S. campaign has unsettled Tokyo. Both major-party nominees oppose the TPP, and the Republican nominee, Donald Trump, has suggested that Japan pay "100%" of the cost of U.S. forces on its soil.

## The Alliance

Sixty-five years after the two countries signed their first security treaty, in 1951, Japan hosts the Seventh Fleet, the III Marine Expeditionary Force, and U.S. military personnel numbering in the vicinity of 50,000. The treaty was revised in 1960. Security legislation that took effect on March 29 allows the Self-Defense Forces, in limited circumstances, to come to the aid of an ally under attack.

Under a Special Measures Agreement (SMA) signed on January 22 and in force since April, Tokyo is to contribute ¥946.5 billion over five years. At current exchange rates, the annual average of some ¥189 billion comes to somewhat more than $1.8 billion. Japanese officials answer Trump by noting that, by one Pentagon estimate, Japan already bears roughly three-quarters of the cost of stationing U.S. troops.

The FY2016 defense budget of ¥5.05 trillion was the fourth consecutive increase, and the ministry requested ¥5.17 trillion for FY2017 in August. Spending nonetheless stays inside a ceiling that cabinets have observed, with rare exceptions, since 1976: 1% of gross domestic product (GDP).

## Okinawa

Okinawa occupies less than one-hundredth of Japan's land area, yet close to three-quarters of the acreage of facilities reserved for the exclusive use of U.S. forces lies in the prefecture (Figure 1). A bare majority of U.S. military personnel in Japan are stationed there as well. Once some 4,000 hectares of the Northern Training Area are handed back, a return the two governments aim to complete by December, Okinawa's share of exclusive-use acreage would fall to about 70%.

**Figure 1. Okinawa's Share of Exclusive-Use U.S. Facility Acreage in Japan, 1972-2016**

Source: Okinawa Prefectural Government; Japan Ministry of Defense. Selected years.

A 2012 revision of the bilateral realignment plan calls for moving approximately 9,000 Marines off the island. Guam's portion of that total, about 4,000, is not expected to begin arriving before 2024; the original 2006 roadmap had envisioned 8,000 Marines relocating there by 2014.

The plan to replace Marine Corps Air Station Futenma with a runway at Henoko remains stalled. Governor Takeshi Onaga, whom voters elected in November 2014 on a pledge to block it, revoked the landfill permit in 2015; on September 16, a high court branch in Naha ruled the revocation unlawful. Local anger deepened after a civilian base worker, a former Marine, was arrested in May in the death of a 20-year-old Okinawan woman.

## Japanese Politics

Abe's Liberal Democratic Party (LDP) governs in coalition with Komeito. In July the partners won 70 of the 121 upper-house seats being contested. They now hold 146 of the chamber's 242 seats, a shade above three-fifths; with smaller parties and independents who favor constitutional revision, they can muster the two-thirds majority in each chamber needed to propose an amendment. In the House of Representatives, where the coalition won 326 of 475 seats in a December 2014 snap election, its margin is wider: better than two-thirds.

That chamber's four-year term runs out in December 2018, so a general election due by then is the next scheduled national vote; some LDP figures have floated a dissolution as early as January 2017. Half of the upper chamber will be chosen again in July 2019. Abe's second term as LDP president, the last that party rules now permit, expires in September 2018, when the LDP is to pick its next leader; senior party officials have proposed allowing three consecutive terms.

The opposition Democratic Party chose Renho as its leader on September 15. In Tokyo, Yuriko Koike won the July 31 race for governor.

## Trade and Investment

Measured by goods trade in 2015, Japan's place among U.S. partners was fourth overall, fourth as a market for U.S. exports, and fourth as a supplier of U.S. imports. U.S. merchandise exports to Japan totaled $62.5 billion, while imports reached $131.4 billion, leaving a deficit of $68.9 billion, the fourth-largest with any country. Through July 2016, exports were running about 4% behind the previous year's pace.

Japanese firms' direct investment position in the United States reached $411 billion at the end of 2015, lagging only that of the United Kingdom. At the end of July, only China held more U.S. Treasury securities than Japan, whose holdings came to $1.15 trillion.

The 12-country TPP, signed February 4, would phase down Japan's 38.5% tariff on beef to 9% over 16 years. Abe hopes the Diet, which convenes on September 26, will approve it before Congress acts.

## Economy

Abenomics has yet to lift growth durably (Table 1). Output grew at an annualized 0.7% in the April-June quarter. In June Abe again postponed raising the consumption tax from 8% to 10%, this time to October 2019.

Table 1. Japan: Selected Economic Indicators, 2014-2016

| Indicator | 2014 | 2015 | 2016p |
| --- | --- | --- | --- |
| Real GDP growth (%) | -0.1 | 0.5 | 0.3 |
| Inflation (%) | 2.7 | 0.8 | -0.2 |
| Unemployment (%) | 3.6 | 3.4 | 3.2 |

Source: Cabinet Office of Japan; International Monetary Fund. p = IMF projection, July 2016.

Approximately $7.2 billion, or ¥778 billion, was appropriated through a supplementary budget the Diet passed on May 17 to fund recovery from the April earthquakes in Kumamoto. A second, larger one, ¥4.1 trillion to finance part of the ¥28.1 trillion stimulus package the cabinet adopted on August 2, goes before the Diet this autumn.

Under the Paris climate agreement, which Japan signed in April, Tokyo has pledged to reduce greenhouse gas emissions 26% below FY2013 levels by FY2030. The United States and China formally joined the accord on September 3; Japan has yet to ratify it.

## Regional Security

North Korea conducted its fifth nuclear test on September 9, weeks after a missile fired on August 3 fell inside Japan's exclusive economic zone. In August, some 230 Chinese fishing boats, escorted by up to 15 coast guard vessels, massed near the Senkaku Islands.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Ian E. Rinehart**, Analyst in Asian Affairs

**Brock R. Williams**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Shinzo Abe"),
        "leaders.us_president": P("Obama", "Barack", "President Barack Obama"),
        "alliance.treaty_ally_since": F(1951, as_written="Sixty-five years after the two countries signed their first security treaty, in 1951"),
        "alliance.us_troops_in_japan": F(50000, "about", as_written="U.S. military personnel numbering in the vicinity of 50,000"),
        "alliance.host_nation_support_per_year": F(1800000000, "over", per="year", as_written="the annual average of some ¥189 billion comes to somewhat more than $1.8 billion"),
        "alliance.host_nation_support_agreement": D("2016-01-22", as_written="a Special Measures Agreement (SMA) signed on January 22 and in force since April", note="year from the text's date"),
        "alliance.okinawa_share_of_usfj_facilities": F(75, "nearly", as_written="close to three-quarters of the acreage of facilities reserved for the exclusive use of U.S. forces lies in the prefecture", note="exclusive-use basis; fraction in words"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="A bare majority of U.S. military personnel in Japan are stationed there as well"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="Okinawa occupies less than one-hundredth of Japan's land area"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Guam's portion of that total, about 4,000"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="a ceiling that cabinets have observed, with rare exceptions, since 1976: 1% of gross domestic product (GDP)"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="Abe's Liberal Democratic Party (LDP) governs in coalition with Komeito"),
        "politics.upper_house_coalition_share": F(60, "over", as_written="They now hold 146 of the chamber's 242 seats, a shade above three-fifths"),
        "politics.lower_house_coalition_share": F(67, "over", as_written="where the coalition won 326 of 475 seats in a December 2014 snap election, its margin is wider: better than two-thirds"),
        "politics.next_diet_election_due": F(2018, as_written="a general election due by then is the next scheduled national vote"),
        "politics.lower_house_election_due": D("2018-12", as_written="That chamber's four-year term runs out in December 2018"),
        "trade.overall_partner_rank": F(4, period="2015", as_written="Japan's place among U.S. partners was fourth overall"),
        "trade.export_partner_rank": F(4, period="2015", as_written="fourth as a market for U.S. exports"),
        "trade.import_partner_rank": F(4, period="2015", as_written="and fourth as a supplier of U.S. imports"),
        "trade.us_exports_to_japan": F(62500000000, period="2015", as_written="U.S. merchandise exports to Japan totaled $62.5 billion"),
        "trade.us_imports_from_japan": F(131400000000, period="2015", as_written="while imports reached $131.4 billion"),
        "trade.fdi_source_rank": F(2, period="2015", as_written="Japanese firms' direct investment position in the United States reached $411 billion at the end of 2015, lagging only that of the United Kingdom"),
        "trade.treasury_holder_rank": F(2, period="2016-07", as_written="At the end of July, only China held more U.S. Treasury securities than Japan"),
        "economy.gdp_growth": GDP(y2015=0.5, y2014=-0.1),
        "economy.supplementary_budget": F(7200000000, "about", period="2016-05", as_written="Approximately $7.2 billion, or ¥778 billion, was appropriated through a supplementary budget the Diet passed on May 17"),
        "economy.emissions_cut_target": F(26, by="2030", baseline="2013", as_written="reduce greenhouse gas emissions 26% below FY2013 levels by FY2030"),
    },
    "elections": {
        "upper_house_2016": E("Upper House", "2016-07-10", "held", result="coalition won 70 of 121 seats contested; holds 146 of 242, a shade above three-fifths"),
        "lower_house_2014": E("Lower House", "2014-12", "held", result="coalition won 326 of 475 seats"),
        "upper_house_2019": E("Upper House", "2019-07", "upcoming"),
        "ldp_president_2018": E("LDP president", "2018-09", "upcoming", note="the LDP is to pick its next leader when Abe's term expires"),
        "okinawa_governor_2014": E("Okinawa governor", "2014-11", "held", result="Takeshi Onaga elected"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress", "2015-04", "held"),
    },
    "notes": "Traps: 'President Barack Obama's May 27 visit to Hiroshima' (no slug in the set's event list) and 'the Republican nominee, Donald Trump' (not president); 'pay \"100%\" of the cost'; 'Sixty-five years after' (a duration) and 'The treaty was revised in 1960'; 'the Seventh Fleet, the III Marine Expeditionary Force' (numbers in unit names); 'Security legislation that took effect on March 29'; 'Tokyo is to contribute ¥946.5 billion over five years' and 'some ¥189 billion' (yen; the fact is the dollar figure); 'in force since April' (not the agreement's date); 'Japan already bears roughly three-quarters of the cost of stationing U.S. troops' (a cost share, no fact); 'The FY2016 defense budget of ¥5.05 trillion was the fourth consecutive increase' and 'the ministry requested ¥5.17 trillion for FY2017'; 'since 1976'; 'Once some 4,000 hectares of the Northern Training Area are handed back ... would fall to about 70%' (a projected share; 4,000 hectares is not Marines); Figure 1 (percent ticks 0-80, no value labels); 'approximately 9,000 Marines off the island' (total leaving); 'not expected to begin arriving before 2024' (none moved); 'the original 2006 roadmap had envisioned 8,000 Marines relocating there by 2014'; 'on September 16, a high court branch in Naha ruled'; 'a 20-year-old Okinawan woman'; 'won 70 of the 121 upper-house seats being contested'; 'the two-thirds majority in each chamber needed to propose an amendment' (threshold, not a share); 'some LDP figures have floated a dissolution as early as January 2017' (speculation, not the next election); 'allowing three consecutive terms'; 'chose Renho as its leader on September 15' (opposition party, not an LDP vote); 'won the July 31 race for governor' (Tokyo, local); 'a deficit of $68.9 billion, the fourth-largest with any country' (no IF10199 fact); 'Through July 2016, exports were running about 4% behind' (partial year); '$411 billion' and '$1.15 trillion' (amounts without facts); 'The 12-country TPP, signed February 4' and '38.5% tariff on beef to 9% over 16 years'; 'Output grew at an annualized 0.7% in the April-June quarter' (a quarter); 'from 8% to 10%, this time to October 2019'; Table 1's '2016p' column (0.3, a projection) and its inflation and unemployment rows; 'A second, larger one, ¥4.1 trillion' (pending) and 'the ¥28.1 trillion stimulus package'; 'The United States and China formally joined the accord on September 3'; 'its fifth nuclear test on September 9', 'on August 3'; 'some 230 Chinese fishing boats, escorted by up to 15 coast guard vessels'; layout text with NBSP and hyphenated line ends",
}
