from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "KA1-IF10199-2016-06", "fresh30", "IF10199", 31
LAYOUTS = ["html", "layout"]
PDF_OPTS = ["quotes", "nbsp", "hyph"]
SIDEBAR = "Okinawa: Bases and Local Politics"
CHART = {"unit": "¥ trillions", "ymax": 6, "ticks": [0, 2, 4, 6],
         "series": ["Initial defense budget"],
         "bars": {"FY2012": (4.71,), "FY2013": (4.68,), "FY2014": (4.78,), "FY2015": (4.98,), "FY2016": (5.05,)}}

MD = """
U.S.-Japan Relations

Updated June 14, 2016

## Overview

Few governments have tied themselves as closely to Washington as that of Prime Minister Abe Shinzo, who returned to office in December 2012 after a first, one-year term in 2006-2007. Two gestures bracketed the past year. On April 29, 2015, Abe spoke to a joint meeting of Congress, the first Japanese leader ever to do so; and on May 27, 2016, fresh from the Group of Seven (G7) summit that Japan hosted at Ise-Shima, Barack Obama became the first sitting U.S. President to visit Hiroshima. Standing beside Abe at the Peace Memorial, President Obama offered no apology, and none had been requested. Beyond symbolism, the two governments are coordinating responses to China's activities in the East and South China Seas and to North Korea, which conducted its fourth nuclear test on January 6 and has launched more than a dozen ballistic missiles since.

## The Alliance

A security treaty has bound the two countries since 1951; the version now in force, revised to make the U.S. defense commitment explicit, dates from 1960. The 54,000 or so U.S. military personnel in Japan, along with tens of thousands of dependents and civilian employees, are there under arrangements that give the United States bases in exchange for its pledge to defend Japan. Nowhere else in Asia is the U.S. presence as large: South Korea hosts some 28,500 U.S. troops.

Tokyo pays a share of the bill. A new five-year Special Measures Agreement (SMA), signed on January 22 of this year to replace the accord of January 2011, commits Japan to ¥946.5 billion over FY2016-FY2020. Spread evenly, that comes to about ¥189 billion a year, or in the neighborhood of $1.7 billion annually at recent exchange rates, for base workers' salaries, utilities, and facilities. Other Japanese outlays tied to U.S. forces, such as rent to landowners and the realignment program, are budgeted separately and are larger still.

## Defense Policy

Security laws passed by the Diet last September, and in effect since March 29, allow the Self-Defense Forces to come to the aid of an ally under attack in limited circumstances ("collective self-defense"). They follow the revised U.S.-Japan Defense Guidelines of April 2015. Defense budgets have grown for four years in a row, to a record ¥5.05 trillion (about $46 billion) in FY2016 (Figure 1). Spending nonetheless remains near 1% of gross domestic product (GDP), a ceiling that cabinets adopted in 1976, formally dropped a decade later, and have seldom breached since.

**Figure 1. Japan's Defense Budget, FY2012-FY2016**

Source: Japan Ministry of Defense; initial budgets.

## Okinawa: Bases and Local Politics

Though it makes up less than 1% of the nation's land, Okinawa Prefecture carries a disproportionate share of the U.S. military footprint. Roughly one quarter of all facilities used by U.S. Forces Japan (USFJ) are located there, and the acreage reserved exclusively for U.S. use is closer to three-quarters Okinawan. The prefecture also houses over half of the U.S. servicemembers stationed in Japan, most of them Marines.

Under the 2012 revision of the realignment plan, approximately 9,000 Marines are to leave the island. Guam is to receive some four thousand of them; the rest are bound for Hawaii, the continental United States, and rotational deployments to Australia. A 2006 roadmap would have sent 8,000 to Guam. Plans to replace Marine Corps Air Station Futenma with a new runway at Henoko, in northern Okinawa, remain stalled: Governor Onaga Takeshi, elected in November 2014 on a pledge to block the project, accepted a court-brokered settlement in March that halted construction while the two sides negotiate. The arrest in May of a U.S. base contractor, a former Marine, in the killing of a 20-year-old local woman has hardened opposition, and candidates backing Onaga kept their majority in the June 5 prefectural assembly election.

## Domestic Politics

The Liberal Democratic Party (LDP) governs in coalition with a smaller partner, Komeito. The pair won 326 of the 475 seats (68.6%) in the House of Representatives, the more powerful lower chamber, in the snap election Abe called in December 2014, and that chamber's current term does not expire until December 2018. Their position in the House of Councillors is weaker: 135 of its 242 seats, a little over 55%.

The upper house will be the first to face voters. On July 10, half its membership, 121 seats, will be contested, and for the first time 18- and 19-year-olds may vote. Abe's stated target is a majority of the seats at stake for the coalition, which would mean 61. Some in the LDP hope that, with sympathetic smaller parties, revision-minded members will reach two-thirds of the chamber, the threshold that the constitution sets in both houses for proposing an amendment. On June 1, Abe announced that he would again postpone a scheduled increase in the consumption tax, from 8% to 10%, this time from April 2017 to October 2019.

## Trade and Investment

Bilateral goods trade shrank last year as the yen weakened, but Japan's rankings held steady. In 2015, Japan was:

- the fourth-largest U.S. trading partner in goods, after China, Canada, and Mexico;
- the No. 4 market for U.S. exports, which fell to $62.4 billion from $66.8 billion in 2014; and
- the No. 4 supplier of U.S. imports, which totaled $131.4 billion.

Table 1. U.S. Goods Trade with Japan, 2013-2015 ($ billions)

| | 2013 | 2014 | 2015 |
| --- | --- | --- | --- |
| U.S. exports | 65.2 | 66.8 | 62.4 |
| U.S. imports | 138.5 | 134.0 | 131.4 |
| Balance | -73.4 | -67.2 | -69.0 |

Source: U.S. Census Bureau.

Capital flows matter at least as much. Japanese firms held $411 billion in direct investment in the United States at the end of 2015, a stock exceeded only by that of British companies. China and Japan are the two biggest foreign holders of U.S. Treasury securities, with $1.24 trillion and $1.13 trillion, respectively, as of April.

Both countries signed the Trans-Pacific Partnership (TPP) in Auckland on February 4, together with ten other Pacific Rim nations, but neither has ratified it. The Diet put off deliberations until an autumn session, and congressional leaders have indicated that no vote is likely before the U.S. election in November. Under the pact, Japan would cut its 38.5% tariff on beef to 9% over sixteen years, and the United States would phase out its 2.5% duty on Japanese passenger cars over 25 years.

## The Economy

"Abenomics," Abe's mix of monetary easing, fiscal stimulus, and structural reform, has yet to produce sustained growth. Real GDP rose by about half a percent in 2015, after slipping 0.1% in 2014. The economy grew at an annualized 1.9% in the January-March quarter, according to revised data published June 8, after contracting in the last quarter of 2015. Despite the negative interest rate of -0.1% that the Bank of Japan introduced in January, inflation remains far short of the bank's 2% goal, and the yen has climbed to around ¥106 per dollar, its strongest level in twenty months.

The earthquakes that struck Kumamoto Prefecture on April 14 and 16 killed dozens of people and disrupted auto and electronics supply chains. On May 17, the Diet enacted a ¥778 billion supplementary budget, worth approximately $7 billion, for relief and reconstruction. An earlier extra budget of ¥3.3 trillion had cleared the Diet in January.

Japan's pledge under last December's Paris Agreement is to lower greenhouse gas emissions 26% below their FY2013 level by FY2030. A plan the cabinet approved in May adds a long-term aim of an 80% cut by 2050.

## Regional Relations

Relations with South Korea have improved since the two governments reached an agreement in December 2015 on the "comfort women" forced to work in wartime military brothels; Japan is to contribute ¥1 billion to a foundation to be set up in Seoul. President Park Geun-hye has since met Abe on the sidelines of multilateral meetings. Ties with China remain cool, although Abe and President Xi Jinping have met twice since November 2014. Washington encourages trilateral cooperation with Seoul on North Korea; the three countries' defense chiefs met in Singapore this month.

**Emma Chanlett-Avery**, Specialist in Asian Affairs

**Ian E. Rinehart**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Abe Shinzo", note="family name first"),
        "leaders.us_president": P("Obama", "Barack", "Barack Obama became the first sitting U.S. President to visit Hiroshima", note="also 'President Obama'"),
        "alliance.treaty_ally_since": F(1951, as_written="A security treaty has bound the two countries since 1951"),
        "alliance.us_troops_in_japan": F(54000, "about", as_written="the 54,000 or so U.S. military personnel in Japan", note="'or so' is the hedge"),
        "alliance.host_nation_support_per_year": F(1700000000, "about", per="year", as_written="or in the neighborhood of $1.7 billion annually at recent exchange rates", note="the SMA's yearly average; the yen totals are not dollars"),
        "alliance.host_nation_support_agreement": D("2016-01-22", as_written="A new five-year Special Measures Agreement (SMA), signed on January 22 of this year", note="day precision as written, year from the cover ('of this year'); the January 2011 accord is a trap"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="Roughly one quarter of all facilities used by U.S. Forces Japan (USFJ) are located there", note="sidebar; all-facilities basis"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="The prefecture also houses over half of the U.S. servicemembers stationed in Japan", note="sidebar"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="Though it makes up less than 1% of the nation's land, Okinawa Prefecture", note="sidebar"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Guam is to receive some four thousand of them", note="sidebar; 'them' is the approximately 9,000 Marines leaving Okinawa"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="Spending nonetheless remains near 1% of gross domestic product (GDP), a ceiling that cabinets adopted in 1976", note="'near' describes spending, not the ceiling"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="The Liberal Democratic Party (LDP) governs in coalition with a smaller partner, Komeito"),
        "politics.lower_house_coalition_share": F(68.6, as_written="The pair won 326 of the 475 seats (68.6%) in the House of Representatives"),
        "politics.upper_house_coalition_share": F(55, "over", as_written="Their position in the House of Councillors is weaker: 135 of its 242 seats, a little over 55%"),
        "politics.next_diet_election_due": F(2016, as_written="The upper house will be the first to face voters. On July 10, half its membership, 121 seats, will be contested"),
        "politics.lower_house_election_due": D("2018-12", as_written="that chamber's current term does not expire until December 2018"),
        "trade.overall_partner_rank": F(4, period="2015", as_written="In 2015, Japan was: the fourth-largest U.S. trading partner in goods, after China, Canada, and Mexico"),
        "trade.export_partner_rank": F(4, period="2015", as_written="the No. 4 market for U.S. exports"),
        "trade.us_exports_to_japan": F(62400000000, period="2015", as_written="U.S. exports, which fell to $62.4 billion from $66.8 billion in 2014", note="also Table 1's 2015 column"),
        "trade.import_partner_rank": F(4, period="2015", as_written="the No. 4 supplier of U.S. imports"),
        "trade.us_imports_from_japan": F(131400000000, period="2015", as_written="U.S. imports, which totaled $131.4 billion", note="also Table 1's 2015 column"),
        "trade.fdi_source_rank": F(2, period="2015", as_written="Japanese firms held $411 billion in direct investment in the United States at the end of 2015, a stock exceeded only by that of British companies"),
        "trade.treasury_holder_rank": F(2, period="2016-04", as_written="China and Japan are the two biggest foreign holders of U.S. Treasury securities, with $1.24 trillion and $1.13 trillion, respectively, as of April", note="Japan second by the order of 'respectively'; year from the cover"),
        "economy.gdp_growth": GDP(y2015=0.5, y2014=-0.1),
        "economy.supplementary_budget": F(7000000000, "about", period="2016-05", as_written="On May 17, the Diet enacted a ¥778 billion supplementary budget, worth approximately $7 billion", note="the January ¥3.3 trillion budget is earlier"),
        "economy.yen": F("20-month high against the dollar", period="2016-06", as_written="the yen has climbed to around ¥106 per dollar, its strongest level in twenty months", note="normalised"),
        "economy.emissions_cut_target": F(26, by="FY2030", baseline="FY2013", as_written="lower greenhouse gas emissions 26% below their FY2013 level by FY2030"),
    },
    "elections": {
        "upper_house_2016": E("Upper House", "2016-07-10", "upcoming", note="half the seats, 121, contested on July 10 (year from the cover)"),
        "lower_house_2014": E("Lower House", "2014-12", "held", result="LDP-Komeito 326 of 475 seats (68.6%)"),
        "okinawa_governor_2014": E("Okinawa governor", "2014-11", "held", result="Onaga Takeshi elected, opposed to the Henoko project"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress", "2015-04-29", "held"),
    },
    "notes": "Traps: 'after a first, one-year term in 2006-2007' and 'returned to office in December 2012' (no fact); 'on May 27, 2016, ... Barack Obama became the first sitting U.S. President to visit Hiroshima' (a dated visit, no tracked event slug) and 'the Group of Seven (G7) summit'; 'its fourth nuclear test on January 6' and 'more than a dozen ballistic missiles'; 'the version now in force ... dates from 1960' (not the treaty year); 'tens of thousands of dependents'; 'South Korea hosts some 28,500 U.S. troops' (another country); 'to replace the accord of January 2011' (past agreement); '¥946.5 billion over FY2016-FY2020' and 'about ¥189 billion a year' (yen, not the dollar figure); 'Security laws passed by the Diet last September, and in effect since March 29' and 'Defense Guidelines of April 2015'; 'a record ¥5.05 trillion (about $46 billion)' (a budget, not host-nation support); 'a ceiling that cabinets adopted in 1976, formally dropped a decade later' (dates, not the limit); Figure 1 (defense budget FY2012-FY2016, ¥ trillions; ticks 0-6, no value labels); 'the acreage reserved exclusively for U.S. use is closer to three-quarters Okinawan' (exclusive-use acreage, not the facilities share); 'approximately 9,000 Marines are to leave the island' (total leaving, not Guam); 'A 2006 roadmap would have sent 8,000 to Guam' (past plan); 'accepted a court-brokered settlement in March'; 'a 20-year-old local woman'; 'the June 5 prefectural assembly election' (no election slug); '135 of its 242 seats' (seat counts, share written); 'half its membership, 121 seats' and 'which would mean 61' (targets, not shares); 'two-thirds of the chamber, the threshold' (constitutional threshold, not a share); '18- and 19-year-olds'; 'from 8% to 10%, this time from April 2017 to October 2019' (a tax, not an election); 'from $66.8 billion in 2014' (past exports); Table 1's 2013 and 2014 columns and 'Balance' row; '$411 billion' (the FDI stock, no IF10199 fact); 'China ... $1.24 trillion' (China's holdings, listed first); 'together with ten other Pacific Rim nations' and 'signed ... in Auckland on February 4'; 'no vote is likely before the U.S. election in November' (no slug); 'its 38.5% tariff on beef to 9% over sixteen years' and 'its 2.5% duty on Japanese passenger cars over 25 years' (TPP tariffs, not in effect); 'at an annualized 1.9% in the January-March quarter' (a quarter, not a year) and 'revised data published June 8'; 'negative interest rate of -0.1%' (a policy rate, not 2014's growth) and 'the bank's 2% goal'; '¥106 per dollar'; 'An earlier extra budget of ¥3.3 trillion had cleared the Diet in January' (earlier budget); 'an 80% cut by 2050' (long-term aim, not the Paris target); '¥1 billion to a foundation' and 'agreement in December 2015'; 'met twice since November 2014'; 'President Park Geun-hye', 'President Xi Jinping' (other countries' leaders); sidebar 'Okinawa: Bases and Local Politics' (html aside with Figure 1; an ordinary section in the layout text); layout text with curly quotes, NBSP, hyphenated line ends",
}
