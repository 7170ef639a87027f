from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "E1-IF10199-2015-11", "tune5", "IF10199", 9
LAYOUTS = ["html", "layout"]
PDF_OPTS = ["quotes", "hyph"]
SIDEBAR = "The Okinawa Question"
CHART = {"unit": "$ billions", "ymax": 160, "ticks": [0, 40, 80, 120, 160],
         "series": ["U.S. exports", "U.S. imports"],
         "bars": {"2010": (60.5, 120.6), "2011": (66.2, 128.9), "2012": (70.0, 146.4), "2013": (65.2, 138.5), "2014": (66.9, 134.0)}}

MD = """
U.S.-Japan Relations

Updated November 24, 2015

## Overview

Few relationships carry more weight for U.S. interests in Asia than the one with Japan, bound to the United States by treaty since 1951. Prime Minister Abe Shinzo, back in office since December 2012, has placed the alliance at the core of his foreign policy, and President Barack Obama has answered in kind. The two leaders released a joint vision statement during Abe's Washington visit in late April, a trip crowned by his address to a joint meeting of Congress, something no Japanese head of government had done before. On October 5 in Atlanta, their negotiators and those of ten other countries wrapped up the Trans-Pacific Partnership (TPP); the twelve governments are expected to sign the text early in 2016, after which Congress would take up implementing legislation under the trade promotion authority it renewed in June.

## Security Legislation and Defense

After months of street protests and a bruising floor fight, the Diet on September 19 passed legislation that lets the Self-Defense Forces exercise collective self-defense in narrowly defined situations. The laws complement the bilateral defense guidelines that the two governments revised on April 27, the first rewrite since 1997. Washington welcomed both steps, although Japanese public opinion remains divided over them.

Budgets have moved more slowly than doctrine. The Ministry of Defense's request for FY2016 tops ¥5 trillion for the first time, yet Japan's defense outlays have not strayed far from 1% of gross domestic product, a line successive cabinets have treated as an informal lid since the 1970s. The United States, by contrast, devotes roughly 3.3% of its GDP to defense.

## Forces and Costs

Under the basing clause of the 1960 revised treaty, the United States keeps in the vicinity of 52,000 military personnel in Japan, along with the forward-deployed aircraft carrier Ronald Reagan, which reached Yokosuka in October. Tokyo defrays a portion of what it costs to keep them there: in the range of $1.6 billion a year under the current Special Measures Agreement (SMA). That accord was signed in January 2011 and lapses at the end of March 2016. Negotiations on its successor stretched through the autumn, with U.S. officials reportedly pressing for a larger Japanese contribution.

## The Okinawa Question

The southern prefecture makes up only six-tenths of one percent of Japan's land area. About a fourth of the facilities used by U.S. forces in Japan nonetheless sit there, and in excess of half of the U.S. military personnel in the country are stationed on its islands. Under the 2012 revision of the realignment road map, some nine thousand Marines are to depart; approximately four thousand of them are bound for Guam, and the rest for Hawaii, the U.S. mainland, and rotations through Australia. Governor Onaga Takeshi, who won the November 2014 gubernatorial race on a promise to stop the Henoko replacement facility, revoked his predecessor's landfill permit on October 13, and the central government has gone to court to reinstate it.

## Japanese Politics

The governing coalition pairs Abe's Liberal Democratic Party (LDP) with the smaller Komeito. Since the snap election of December 2014, the two parties have commanded some sixty-nine percent of the seats in the House of Representatives, comfortably above the two-thirds needed to override the upper chamber. Their grip on the House of Councillors is looser: roughly 56 percent of its 242 members. Abe was handed a second three-year term as LDP president without a contest in September, so no party leadership race is due before 2018.

Japanese voters will next go to the polls nationally in July 2016, when half of the upper chamber's seats are up; the four-year term of the House of Representatives does not run out until December 2018. The July balloting will also be the first in which 18- and 19-year-olds may vote. Cabinet approval dipped below 40 percent during the security-bill debate but has since recovered somewhat.

## Japan's Economy

Output contracted 0.1% in 2014, when an April increase in the consumption tax choked off household spending, after growth of 1.6% in 2013. Preliminary figures released on November 16 show real GDP shrinking at an annualized pace of 0.8% in the July-September quarter, the second straight quarterly decline. The latest supplementary budget, some ¥3.1 trillion (about $26 billion), was enacted in February 2015; Abe has since instructed his ministers to assemble another for the current fiscal year.

The Bank of Japan's asset purchases have kept the yen weak. In June it slid past ¥125 per dollar, its feeblest level in thirteen years, and it has traded near ¥122 since. On climate, Tokyo submitted its pledge in July ahead of the Paris conference that opens next week: a twenty-six percent reduction in greenhouse gas emissions from FY2013 levels by FY2030. The European Union has offered a cut of at least 40% below 1990 levels.

## Trade and Investment

Japan's weight in U.S. commerce, in 2014 figures:

- Three economies, Canada, China, and Mexico, conducted more two-way trade with the United States than Japan did.
- U.S. merchandise shipped to Japan was worth $66.9 billion, placing it fourth among destinations for U.S. goods.
- Imports from Japan reached $134.0 billion; on that measure, too, only China, Canada, and Mexico outranked it.
- Among countries investing directly in the United States, only the United Kingdom had built up a larger position.

Japanese holdings of U.S. Treasury securities, about $1.15 trillion in September, are second in size only to China's. Under the TPP, Japan's 38.5% tariff on beef would fall to 9% over sixteen years, and U.S. rice would gain a duty-free quota.

**Figure 1. U.S. Goods Trade with Japan, 2010-2014**

Source: U.S. Census Bureau. Merchandise trade, not seasonally adjusted.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Ian E. Rinehart**, Analyst in Asian Affairs

**Brock R. Williams**, Analyst in International Trade and Finance

**Rebecca M. Nelson**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Abe Shinzo"),
        "leaders.us_president": P("Obama", "Barack", "President Barack Obama"),
        "alliance.treaty_ally_since": F(1951, as_written="bound to the United States by treaty since 1951"),
        "alliance.us_troops_in_japan": F(52000, "about", as_written="the United States keeps in the vicinity of 52,000 military personnel in Japan"),
        "alliance.host_nation_support_per_year": F(1600000000, "about", per="year", as_written="in the range of $1.6 billion a year under the current Special Measures Agreement (SMA)"),
        "alliance.host_nation_support_agreement": D("2011-01", as_written="That accord was signed in January 2011 and lapses at the end of March 2016", note="successor under negotiation"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="About a fourth of the facilities used by U.S. forces in Japan nonetheless sit there", note="sidebar"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="in excess of half of the U.S. military personnel in the country are stationed on its islands", note="sidebar"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="makes up only six-tenths of one percent of Japan's land area", note="sidebar"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="approximately four thousand of them are bound for Guam", note="sidebar; of some nine thousand departing"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="Japan's defense outlays have not strayed far from 1% of gross domestic product, a line successive cabinets have treated as an informal lid"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="The governing coalition pairs Abe's Liberal Democratic Party (LDP) with the smaller Komeito"),
        "politics.lower_house_coalition_share": F(69, "about", as_written="the two parties have commanded some sixty-nine percent of the seats in the House of Representatives"),
        "politics.upper_house_coalition_share": F(56, "about", as_written="Their grip on the House of Councillors is looser: roughly 56 percent of its 242 members"),
        "politics.next_diet_election_due": F(2016, as_written="Japanese voters will next go to the polls nationally in July 2016, when half of the upper chamber's seats are up"),
        "politics.lower_house_election_due": D("2018-12", as_written="the four-year term of the House of Representatives does not run out until December 2018"),
        "trade.overall_partner_rank": F(4, period="2014", as_written="Three economies, Canada, China, and Mexico, conducted more two-way trade with the United States than Japan did"),
        "trade.export_partner_rank": F(4, period="2014", as_written="placing it fourth among destinations for U.S. goods"),
        "trade.us_exports_to_japan": F(66900000000, period="2014", as_written="U.S. merchandise shipped to Japan was worth $66.9 billion", note="goods"),
        "trade.import_partner_rank": F(4, period="2014", as_written="on that measure, too, only China, Canada, and Mexico outranked it"),
        "trade.us_imports_from_japan": F(134000000000, period="2014", as_written="Imports from Japan reached $134.0 billion", note="goods"),
        "trade.fdi_source_rank": F(2, period="2014", as_written="Among countries investing directly in the United States, only the United Kingdom had built up a larger position"),
        "trade.treasury_holder_rank": F(2, as_written="Japanese holdings of U.S. Treasury securities ... are second in size only to China's"),
        "economy.gdp_growth": GDP(y2014=-0.1, y2013=1.6),
        "economy.supplementary_budget": F(26000000000, "about", period="2015-02", as_written="The latest supplementary budget, some ¥3.1 trillion (about $26 billion), was enacted in February 2015"),
        "economy.yen": F("13-year low against the dollar", period="2015-06", as_written="In June it slid past ¥125 per dollar, its feeblest level in thirteen years"),
        "economy.emissions_cut_target": F(26, by="FY2030", baseline="FY2013", as_written="a twenty-six percent reduction in greenhouse gas emissions from FY2013 levels by FY2030"),
    },
    "elections": {
        "lower_house_2014": E("Lower House", "2014-12", "held", result="coalition some sixty-nine percent of the seats"),
        "okinawa_governor_2014": E("Okinawa governor", "2014-11", "held", result="Onaga Takeshi won, opposing the Henoko facility"),
        "upper_house_2016": E("Upper House", "2016-07", "upcoming", note="half of the seats up"),
        "ldp_president_2015": E("LDP president", "2015-09", "held", result="Abe handed a second three-year term without a contest"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress", "2015-04", "held"),
    },
    "notes": "Traps: 'back in office since December 2012'; 'On October 5 in Atlanta' and 'those of ten other countries' / 'the twelve governments are expected to sign the text early in 2016' (TPP); 'trade promotion authority it renewed in June'; 'the Diet on September 19 passed legislation'; 'revised on April 27, the first rewrite since 1997'; 'request for FY2016 tops ¥5 trillion'; 'The United States, by contrast, devotes roughly 3.3% of its GDP to defense' (another country); 'the basing clause of the 1960 revised treaty' (revision, not the 1951 alliance date); 'which reached Yokosuka in October'; 'lapses at the end of March 2016' (expiry, not the agreement date); 'under the 2012 revision of the realignment road map, some nine thousand Marines are to depart' (total leaving, not Guam); 'revoked his predecessor's landfill permit on October 13'; 'comfortably above the two-thirds needed to override the upper chamber' (threshold) and 'its 242 members' (a count); 'no party leadership race is due before 2018' (no election dated; the September vote that gave Abe a second term is the held ldp_president_2015; not a Diet election); 'The July balloting will also be the first in which 18- and 19-year-olds may vote'; 'Cabinet approval dipped below 40 percent'; 'shrinking at an annualized pace of 0.8% in the July-September quarter' (quarter, not a year); 'Abe has since instructed his ministers to assemble another' (planned budget); 'slid past ¥125 per dollar' and 'traded near ¥122 since'; 'The European Union has offered a cut of at least 40% below 1990 levels' (another party's target); 'about $1.15 trillion in September' (holdings, not a rank); 'Japan's 38.5% tariff on beef would fall to 9% over sixteen years' (TPP terms, not the U.S. tariff); Figure 1 (goods trade 2010-2014, $ billions; axis ticks 0-160, year labels, no value labels); sidebar 'The Okinawa Question' (html aside); 2015-19 style; PDF curly quotes and hyphenated line ends (layout text only)",
}
