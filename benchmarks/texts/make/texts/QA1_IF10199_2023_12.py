from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "QA1-IF10199-2023-12", "fresh36", "IF10199", 45
LAYOUTS = ["layout", "md"]
PDF_OPTS = ["lig", "quotes", "hyph"]
CHART = {"unit": "thousands", "ymax": 25, "ticks": [0, 5, 10, 15, 20, 25],
         "series": ["Active-duty personnel"],
         "bars": {"Army": (2.6,), "Navy": (20.5,), "Marine Corps": (18.9,), "Air Force": (12.9,)}}

MD = """
U.S.-Japan Relations

Updated December 12, 2023

## The Relationship in Brief

Few U.S. partnerships run as deep as the one with Japan. The security treaty that binds the two countries was signed in San Francisco in 1951, on the same day as the peace treaty that ended the Allied occupation; a revised version took effect in 1960. Prime Minister Kishida Fumio, in office since October 2021, has made the alliance the anchor of a more assertive foreign policy. He and President Joe Biden last met in November, on the margins of the Asia-Pacific Economic Cooperation (APEC) gathering in San Francisco, where they discussed China, North Korea's missile launches, and the war in Ukraine. Washington's relations with Tokyo are arguably closer now than under Kishida's two predecessors, Suga Yoshihide and Abe Shinzo, although Kishida's standing at home has rarely been weaker.

## Forces and Facilities

Japan hosts the largest forward-deployed U.S. military presence anywhere. In all, more than fifty thousand American service members are stationed there (Figure 1), most of them Navy sailors and Marines; they are backed by some 25,000 Japanese nationals employed on the bases.

**Figure 1. U.S. Military Personnel in Japan by Service, 2023**

Source: CRS, from DMDC data (September 2023).

Tokyo shoulders part of the bill. The current Special Measures Agreement (SMA), concluded in December 2021 and signed the following month, commits Japan to ¥1.05 trillion in host-nation support over five fiscal years, FY2022 through FY2026. That averages out to approximately $2 billion per year.

Okinawa carries a disproportionate share of the load. The prefecture makes up just 0.6% of Japan's land, yet it contains about 70% of the facilities reserved for the exclusive use of U.S. forces and better than half of the U.S. personnel in the country. Under a realignment plan revised in 2012, roughly 9,000 Marines are to leave the island. Of that number, some 4,000 are slated for Guam, where Camp Blaz was activated in January 2023; transfers are expected to begin in late 2024. The replacement for Marine Corps Air Station Futenma, under construction at Henoko, remains contested. Governor Tamaki Denny, reelected in September 2022, refuses to approve a design change, and the central government has sued to override him; the Fukuoka High Court is expected to rule before the end of the month.

## Tokyo's Defense Buildup

It has been almost a year since Kishida's cabinet adopted three strategy documents that reshaped Japanese defense policy. Among other things, they call for defense and related spending to reach 2% of gross domestic product in FY2027. For decades, governments had kept outlays at around 1% of GDP, an informal ceiling that the new target doubles. The plan foresees ¥43 trillion in spending over five years; in August, the Ministry of Defense asked for ¥7.7 trillion for FY2024, a record request.

Long-range "counterstrike" missiles are the plan's centerpiece. On November 17, the State Department notified Congress of a possible sale to Japan of up to 400 Tomahawk cruise missiles and related support. Its estimated value is $2.35 billion. Tokyo first sought to field the missiles from FY2026 and now hopes to begin a year earlier.

## The Kishida Government and the Diet

Kishida leads a coalition of his Liberal Democratic Party (LDP) and Komeito, a smaller party backed by the Soka Gakkai lay Buddhist organization. In the House of Representatives, the more powerful lower chamber, the two parties won 293 of 465 seats in October 2021, better than three seats in five. The House of Councillors is in their hands as well. Going into the July 2022 election, held two days after former Prime Minister Abe Shinzo was shot dead while campaigning on July 8, the ruling parties held 57% of its seats; they came out of it with nearly 60%.

That strength has not translated into popularity. Since November, prosecutors have been looking into whether LDP factions, above all the one Abe once led, failed to report hundreds of millions of yen in fundraising income. Most polls now put cabinet approval below 25%, a level at which earlier prime ministers were pushed aside.

The LDP's own leadership race, due next September when Kishida's three-year term as party president ends, will come first. For the Diet, the calendar is set by two deadlines in 2025. Half of the upper chamber's seats are up in July 2025, making that the next national election. The lower chamber's four-year term does not expire until October of the same year, though a prime minister may dissolve it sooner.

## Economic Stakes

By most measures Japan is one of the most important U.S. economic partners. Counting goods and services together, it was the fourth-largest U.S. trading partner in 2022, after Canada, Mexico, and China. That year it bought $120.1 billion of U.S. goods and services and sold $180.3 billion, ranking fourth and fifth, respectively, as a market for U.S. exports and a source of U.S. imports. Trade for 2023 is running somewhat lower: through October, U.S. goods exports to Japan were about 4% behind their 2022 pace.

Investment ties are deeper still. Japanese companies have been the largest source of foreign direct investment (FDI) in the United States every year since 2019, and their affiliates employ close to one million U.S. workers.

## Macroeconomy and Climate

Japan's economy grew 1.0% in real terms in 2022, following 2.6% growth in 2021. The recovery has been uneven: revised data released December 8 show output in the July-September quarter shrinking at an annualized rate of 2.9%.

To cushion households against inflation, the Diet on November 29 enacted a ¥13.1 trillion supplementary budget, roughly $89 billion. It funds the core of a ¥17 trillion stimulus package that also includes income and residence tax cuts of ¥40,000 per person.

The yen has been the weakest in decades. In mid-November it slid past ¥151 to the dollar, a 33-year low, as the Bank of Japan held its short-term policy rate at -0.1% while the Federal Reserve kept U.S. rates high. Japan is nonetheless the largest foreign holder of U.S. Treasury securities: its holdings, about $1.1 trillion in September, exceeded China's by roughly two-fifths.

Under the Paris Agreement, Japan has pledged to cut greenhouse gas emissions 46% below FY2013 levels by FY2030, while "continuing strenuous efforts" toward 50%, and to reach net zero by 2050.

## Japan in the Region and Beyond

In May, Kishida hosted the leaders of the Quad (Australia, India, Japan, and the United States) in Hiroshima, immediately after the G7 summit there. It was the fifth time the four leaders had convened, two of those meetings by video; India is to host the next. Japan was also a founding member of the Indo-Pacific Economic Framework for Prosperity (IPEF), launched in Tokyo in May 2022 with fourteen members: Japan, the United States, and twelve other partners. At their San Francisco meeting last month, IPEF ministers substantially concluded talks on three of the framework's four pillars.

Japan has been among the largest non-European donors to Ukraine since Russia's invasion in February 2022. Its commitments are summarized in Table 1.

Table 1. Japan's Assistance to Ukraine, February 2022-November 2023

| Category | Amount | Main channels |
| --- | --- | --- |
| Financial support | $5.5 billion | World Bank trust funds and guarantees |
| Humanitarian and recovery aid | about $1.3 billion | UN agencies, JICA, NGOs |
| Nonlethal equipment | not stated | vests, helmets, drones, vehicles |

Source: CRS, from Japan's Ministry of Foreign Affairs.

For comparison, the European Commission has proposed a €50 billion facility for Ukraine covering 2024-2027. Tokyo plans to host a conference on Ukraine's economic reconstruction early next year.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Caitlin Campbell**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Kishida Fumio", note="family name first"),
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "alliance.treaty_ally_since": F(1951, as_written="The security treaty that binds the two countries was signed in San Francisco in 1951", note="the revised treaty of 1960 is a trap"),
        "alliance.us_troops_in_japan": F(50000, "over", as_written="In all, more than fifty thousand American service members are stationed there", note="in words; 'there' = Japan, carried from the sentence before"),
        "alliance.host_nation_support_per_year": F(2000000000, "about", per="year", as_written="That averages out to approximately $2 billion per year", note="'That' = the SMA's ¥1.05 trillion, carried"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="The current Special Measures Agreement (SMA), concluded in December 2021 and signed the following month", note="dated by its conclusion; the January 2022 signing is a trap"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="it contains about 70% of the facilities reserved for the exclusive use of U.S. forces", note="exclusive-use basis"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="and better than half of the U.S. personnel in the country"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="The prefecture makes up just 0.6% of Japan's land"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Of that number, some 4,000 are slated for Guam", note="'that number' = the roughly 9,000 leaving Okinawa"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2027", as_written="they call for defense and related spending to reach 2% of gross domestic product in FY2027", note="'they' = the three strategy documents"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="For decades, governments had kept outlays at around 1% of GDP, an informal ceiling"),
        "defense.tomahawk_purchase": F(2350000000, "about", as_written="Its estimated value is $2.35 billion", note="'Its' = the notified sale of up to 400 Tomahawks, carried from the sentence before"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="Kishida leads a coalition of his Liberal Democratic Party (LDP) and Komeito"),
        "politics.lower_house_coalition_share": F(60, "over", as_written="the two parties won 293 of 465 seats in October 2021, better than three seats in five", note="fraction in words: three in five = 60%, 'better than' = over"),
        "politics.upper_house_coalition_share": F(60, "nearly", previous=57, as_written="the ruling parties held 57% of its seats; they came out of it with nearly 60%", note="subject 'The House of Councillors' carried over two sentences"),
        "politics.next_diet_election_due": F(2025, as_written="Half of the upper chamber's seats are up in July 2025, making that the next national election"),
        "politics.lower_house_election_due": D("2025-10", as_written="The lower chamber's four-year term does not expire until October of the same year", note="year carried from the sentence before; 22 months away, so no lower_house_2025 election"),
        "trade.overall_partner_rank": F(4, period="2022", as_written="Counting goods and services together, it was the fourth-largest U.S. trading partner in 2022"),
        "trade.us_exports_to_japan": F(120100000000, period="2022", as_written="That year it bought $120.1 billion of U.S. goods and services"),
        "trade.us_imports_from_japan": F(180300000000, period="2022", as_written="and sold $180.3 billion"),
        "trade.export_partner_rank": F(4, period="2022", as_written="ranking fourth and fifth, respectively, as a market for U.S. exports and a source of U.S. imports"),
        "trade.import_partner_rank": F(5, period="2022", as_written="ranking fourth and fifth, respectively, as a market for U.S. exports and a source of U.S. imports"),
        "trade.fdi_source_rank": F(1, as_written="Japanese companies have been the largest source of foreign direct investment (FDI) in the United States every year since 2019", note="'since 2019' a span, no period"),
        "trade.treasury_holder_rank": F(1, period="2023-09", as_written="Japan is nonetheless the largest foreign holder of U.S. Treasury securities: its holdings, about $1.1 trillion in September", note="placed in the macroeconomy section"),
        "economy.gdp_growth": GDP(y2022=1.0, y2021=2.6),
        "economy.supplementary_budget": F(89000000000, "about", period="2023-11-29", as_written="the Diet on November 29 enacted a ¥13.1 trillion supplementary budget, roughly $89 billion"),
        "economy.yen": F("33-year low against the dollar", period="2023-11", as_written="In mid-November it slid past ¥151 to the dollar, a 33-year low", note="'it' = the yen"),
        "economy.emissions_cut_target": F(46, by="FY2030", baseline="FY2013", as_written="Japan has pledged to cut greenhouse gas emissions 46% below FY2013 levels by FY2030"),
        "diplomacy.quad_leader_meetings": F(5, as_written="It was the fifth time the four leaders had convened, two of those meetings by video"),
        "diplomacy.ipef_other_partners": F(13, period="2022-05", as_written="launched in Tokyo in May 2022 with fourteen members: Japan, the United States, and twelve other partners", note="fourteen members less Japan"),
        "diplomacy.ukraine_financial_support": F(5500000000, as_written="Financial support | $5.5 billion", note="Table 1 only"),
        "diplomacy.ukraine_humanitarian_aid": F(1300000000, "about", as_written="Humanitarian and recovery aid | about $1.3 billion", note="Table 1 only"),
    },
    "elections": {
        "okinawa_governor_2022": E("Okinawa governor", "2022-09", "held", result="Tamaki Denny reelected"),
        "lower_house_2021": E("Lower House", "2021-10", "held", result="LDP and Komeito 293 of 465 seats"),
        "upper_house_2022": E("Upper House", "2022-07", "held", result="ruling parties' share from 57% to nearly 60%"),
        "ldp_president_2024": E("LDP president", "2024-09", "upcoming", note="'due next September' on a December 2023 cover"),
        "upper_house_2025": E("Upper House", "2025-07", "upcoming"),
    },
    "events": {
        "abe_assassination": EV("Former Prime Minister Abe Shinzo shot dead while campaigning", "2022-07-08", "held"),
    },
    "notes": "Traps: 'a revised version took effect in 1960' (not the treaty year); 'in office since October 2021' (Kishida's start, not a Lower House date); 'last met in November'; 'Kishida's two predecessors, Suga Yoshihide and Abe Shinzo' (former prime ministers); 'some 25,000 Japanese nationals employed on the bases' (not troops); Figure 1 (personnel by service, ticks 0-25 thousand, category labels Army/Navy/Marine Corps/Air Force, no value labels; its source line's 'September 2023'); 'signed the following month' and '¥1.05 trillion in host-nation support over five fiscal years, FY2022 through FY2026' (yen total, not the yearly dollar figure); 'Under a realignment plan revised in 2012, roughly 9,000 Marines are to leave the island' (total leaving, not Guam); 'Camp Blaz was activated in January 2023'; 'transfers are expected to begin in late 2024' (no Marines in Guam yet: no alliance.marines_in_guam); 'Governor Tamaki Denny, reelected in September 2022' (an election, not a share) and 'the Fukuoka High Court is expected to rule'; 'It has been almost a year since ... three strategy documents'; 'The plan foresees ¥43 trillion' and 'asked for ¥7.7 trillion for FY2024, a record request'; 'an informal ceiling that the new target doubles'; 'On November 17' and 'up to 400 Tomahawk cruise missiles' (a count); 'Tokyo first sought to field the missiles from FY2026 and now hopes to begin a year earlier'; 'won 293 of 465 seats' (seats, not a share); 'held two days after ... July 8' (the election is July 2022 at month precision); 'held 57% of its seats' (previous Upper House share); 'Most polls now put cabinet approval below 25%'; 'due next September when Kishida's three-year term as party president ends' (an LDP vote, not a Diet election); 'though a prime minister may dissolve it sooner'; 'after Canada, Mexico, and China'; 'about 4% behind their 2022 pace' (partial-year 2023); 'every year since 2019' (a span beside the FDI rank) and 'close to one million U.S. workers'; 'shrinking at an annualized rate of 2.9%' (a quarter) and 'released December 8'; 'a ¥17 trillion stimulus package' and 'tax cuts of ¥40,000 per person'; '¥151 to the dollar' and 'short-term policy rate at -0.1%'; 'about $1.1 trillion in September, exceeded China's by roughly two-fifths' (holdings and a fraction, not a rank); 'toward 50%' (aspiration) and 'net zero by 2050'; 'two of those meetings by video' and 'India is to host the next' (planned); 'twelve other partners' (plus the United States = 13 beside Japan); 'three of the framework's four pillars'; 'since Russia's invasion in February 2022'; Table 1's 'Nonlethal equipment | not stated'; 'the European Commission has proposed a €50 billion facility for Ukraine covering 2024-2027' (another donor, proposed); 'a conference on Ukraine's economic reconstruction early next year'. Layout: pdftotext -layout runs the two columns side by side, Table 1 and Figure 1 among them; PDF options ligatures, curly quotes, hyphenated line ends.",
}
