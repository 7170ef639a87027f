from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "PD1-IF10199-2020-09", "fresh35", "IF10199", 34
LAYOUTS = ["md", "layout"]
PDF_OPTS = ["quotes", "hyph"]
CHART = {"unit": "percent", "ymax": 2.5, "ticks": [0, 0.5, 1, 1.5, 2, 2.5],
         "series": ["Real GDP growth"],
         "bars": {"2015": (1.2,), "2016": (0.5,), "2017": (2.2,), "2018": (0.3,), "2019": (0.7,)}}

MD = """
U.S.-Japan Relations

Updated September 24, 2020

## A Change at the Top

For the first time in nearly eight years, Japan has a new head of government. Yoshihide Suga, chief cabinet secretary for the whole of Abe Shinzo's second tenure, was voted prime minister by the Diet on September 16. Two days before that, the Liberal Democratic Party (LDP) had made him its president, giving him 377 of the 534 votes cast against two rivals. Abe, the longest-serving premier in Japan's history, said on August 28 that the return of a chronic illness left him unable to finish his term. Suga retained most of Abe's ministers and has promised continuity; the first foreign leader he telephoned, on September 20, was President Donald Trump.

Abe had invested heavily in personal ties with Washington. Five years ago he became the first Japanese leader to speak to a joint meeting of Congress, on April 29, 2015, and he later courted President Trump more assiduously than any other allied head of government did. Suga, whose experience lies almost wholly in domestic policy, has yet to meet Trump in person, and a U.S. presidential election is six weeks off.

## The Alliance

Treaty allies since 1951, when the original security pact was signed in San Francisco, the two countries rewrote it in 1960, and it is that revised treaty that remains in force. The largest U.S. military presence in any foreign country, some 54,000 service members, is hosted by Japan. Germany, by comparison, hosts about 35,000, down from nearly 50,000 a decade ago, and the Administration announced in July that it would withdraw some 12,000 more; South Korea hosts about 28,500.

Tokyo covers a share of the cost of stationing these forces under a Special Measures Agreement (SMA). The current SMA was signed in January 2016; its payments, which come to a little under $2 billion a year, are set to run through March 2021. Negotiations on a successor have not yet formally opened. According to press reports, U.S. officials last year floated a figure of $8 billion annually, roughly four times what Japan now pays, a demand similar to the one that has stalled cost-sharing talks with Seoul.

## Okinawa

Okinawa Prefecture makes up less than 1% of Japan's land area. Yet roughly one in four facilities used by U.S. forces in Japan is located there, and the prefecture is home to over half of all U.S. military personnel in the country. Governor Denny Tamaki, who won office in September 2018, opposes building a replacement for Marine Corps Air Station Futenma at Henoko; the central government says the landfill there may not be completed until the 2030s. Under a 2012 revision of the realignment plan, about 9,000 Marines are to leave Okinawa. Of these, approximately 4,000 are slated to move to Guam, a transfer that has not yet begun.

## Defense

Defense spending still hovers near 1% of gross domestic product (GDP), the informal ceiling that governments have respected since 1976, even though the budget has grown eight years in a row. Japan has not adopted the 2% benchmark that NATO members set for themselves; Germany, for one, spent about 1.4% in 2019. In June, Tokyo abandoned plans to deploy two Aegis Ashore missile defense batteries, and the LDP has since urged the government to consider acquiring the ability to strike missile launch sites in enemy territory.

## Politics

Suga takes over a strong parliamentary hand. The ruling coalition of the LDP and its junior partner, Komeito, holds roughly two-thirds of the 465 seats in the House of Representatives, the Diet's lower chamber, a majority won in October 2017. In the House of Councillors, the coalition's share is about 57%, down from just over 60% before the July 2019 election, after which the coalition and its allies no longer held the two-thirds needed to propose amending the constitution.

Suga is serving out the remainder of Abe's term as party president, which ends in September 2021. No later than October 2021, members of the lower chamber must face the voters, and speculation about an early dissolution has not died down. No upper-house election is due until July 2022.

## Trade and Investment

Japan was the fourth-largest U.S. trading partner in 2019, trailing China, Canada, and Mexico but ahead of Germany. It held that place on each side of the ledger: fourth as a buyer of U.S. goods, fourth as a supplier of them. U.S. exports to Japan slipped to $74.7 billion, down from $75.0 billion in 2018, while imports edged up (Table 1). The resulting goods deficit, close to $69 billion, was exceeded only by those with China, Mexico, and Germany.

Table 1. U.S. Goods Trade with Japan ($ billions)

| | 2018 | 2019 |
| --- | --- | --- |
| U.S. exports to Japan | 75.0 | 74.7 |
| U.S. imports from Japan | 142.6 | 143.6 |
| Balance | -67.6 | -68.9 |

Source: U.S. Census Bureau.

Japanese companies are now the biggest foreign investors in the United States: their direct investment position reached $619 billion at the end of 2019, overtaking that of the United Kingdom. Financial ties run deep as well. Since mid-2019, Japan rather than China has been the largest foreign holder of U.S. Treasury securities, with about $1.29 trillion in July 2020, against China's $1.07 trillion.

The U.S.-Japan Trade Agreement and a companion digital trade agreement took effect on January 1, 2020. A second stage of talks, covering services and investment, has yet to begin, and the Section 232 tariffs on autos that the Administration threatened last year have not been imposed.

## Economy

Growth was feeble even before the pandemic. Real GDP rose 0.7% in 2019, up from 0.3% in 2018 (Figure 1), and a consumption tax increase from 8% to 10% last October depressed spending. In the April-June quarter of this year, output fell at an annualized rate of more than 28%, the steepest drop on record. The Tokyo Olympics, postponed in March, are now scheduled for July 2021.

**Figure 1. Japan's Real GDP Growth, 2015-2019**

Source: Cabinet Office of Japan.

To cushion the blow, the Diet passed two supplementary budgets this spring. The second and larger one, enacted in June, totals ¥31.9 trillion (roughly $297 billion); the first, approved in April, came to ¥25.7 trillion.

Under the Paris Agreement, Japan has pledged to cut greenhouse gas emissions 26% below FY2013 levels by FY2030. Unlike China, which announced on September 22 that it would reach carbon neutrality before 2060, Japan has not yet set a date for net-zero emissions.

## Regional Relations

Foreign ministers of the Quad (Australia, India, Japan, and the United States) are to meet in Tokyo on October 6, their second stand-alone gathering. Relations with South Korea remain strained over court rulings on wartime labor and over the export controls Japan imposed in July 2019. A state visit to Japan by China's Xi Jinping, planned for April, was postponed and has not been rescheduled.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Brock R. Williams**, Analyst in International Trade and Finance

**Cathleen D. Cimino-Isaacs**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Suga", "Yoshihide", "Yoshihide Suga, chief cabinet secretary for the whole of Abe Shinzo's second tenure, was voted prime minister by the Diet on September 16", note="given name first; Abe is the former prime minister"),
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "alliance.treaty_ally_since": F(1951, as_written="Treaty allies since 1951, when the original security pact was signed in San Francisco", note="1960 (the revision) is a trap"),
        "alliance.us_troops_in_japan": F(54000, "about", as_written="The largest U.S. military presence in any foreign country, some 54,000 service members, is hosted by Japan", note="inverted, passive; Germany's and South Korea's figures are traps"),
        "alliance.host_nation_support_per_year": F(2000000000, "under", per="year", as_written="its payments, which come to a little under $2 billion a year"),
        "alliance.host_nation_support_agreement": D("2016-01", as_written="The current SMA was signed in January 2016", note="dated by signing; runs through March 2021, successor not yet negotiated"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="Okinawa Prefecture makes up less than 1% of Japan's land area"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="roughly one in four facilities used by U.S. forces in Japan is located there", note="fraction rule: one in four = 25%"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="the prefecture is home to over half of all U.S. military personnel in the country"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Of these, approximately 4,000 are slated to move to Guam", note="9,000 is the total leaving Okinawa"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="the informal ceiling that governments have respected since 1976", note="'hovers near 1%' hedges spending, not the ceiling; NATO's 2% is not a Japanese goal"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="The ruling coalition of the LDP and its junior partner, Komeito"),
        "politics.lower_house_coalition_share": F(67, "about", as_written="holds roughly two-thirds of the 465 seats in the House of Representatives", note="fraction rule"),
        "politics.upper_house_coalition_share": F(57, "about", previous=60, as_written="In the House of Councillors, the coalition's share is about 57%, down from just over 60% before the July 2019 election"),
        "politics.next_diet_election_due": F(2021, as_written="No later than October 2021, members of the lower chamber must face the voters"),
        "politics.lower_house_election_due": D("2021-10", as_written="No later than October 2021, members of the lower chamber must face the voters"),
        "trade.overall_partner_rank": F(4, period="2019", as_written="Japan was the fourth-largest U.S. trading partner in 2019"),
        "trade.export_partner_rank": F(4, period="2019", as_written="It held that place on each side of the ledger: fourth as a buyer of U.S. goods", note="subject carried"),
        "trade.import_partner_rank": F(4, period="2019", as_written="fourth as a supplier of them"),
        "trade.us_exports_to_japan": F(74700000000, period="2019", as_written="U.S. exports to Japan slipped to $74.7 billion, down from $75.0 billion in 2018", note="also Table 1's 2019 column"),
        "trade.us_imports_from_japan": F(143600000000, period="2019", as_written="U.S. imports from Japan | 142.6 | 143.6", note="only in Table 1 ($ billions), 2019 column; prose says only 'imports edged up'"),
        "trade.fdi_source_rank": F(1, period="2019", as_written="Japanese companies are now the biggest foreign investors in the United States: their direct investment position reached $619 billion at the end of 2019"),
        "trade.treasury_holder_rank": F(1, period="2020-07", as_written="Since mid-2019, Japan rather than China has been the largest foreign holder of U.S. Treasury securities, with about $1.29 trillion in July 2020"),
        "economy.gdp_growth": GDP(y2019=0.7, y2018=0.3),
        "economy.supplementary_budget": F(297000000000, "about", period="2020-06", as_written="The second and larger one, enacted in June, totals ¥31.9 trillion (roughly $297 billion)", note="the April budget (¥25.7 trillion) is a trap"),
        "economy.emissions_cut_target": F(26, by="FY2030", baseline="FY2013", as_written="Japan has pledged to cut greenhouse gas emissions 26% below FY2013 levels by FY2030"),
    },
    "elections": {
        "ldp_president_2020": E("LDP president", "2020-09-14", "held", result="Suga won 377 of 534 votes", note="'Two days before that' = two days before September 16"),
        "okinawa_governor_2018": E("Okinawa governor", "2018-09", "held", result="Denny Tamaki won"),
        "lower_house_2017": E("Lower House", "2017-10", "held", result="coalition roughly two-thirds of 465 seats"),
        "upper_house_2019": E("Upper House", "2019-07", "held", result="coalition share down from just over 60% to about 57%"),
        "ldp_president_2021": E("LDP president", "2021-09", "upcoming", note="Suga's term as party president ends in September 2021"),
        "lower_house_2021": E("Lower House", "2021-10", "upcoming", note="must be held no later than October 2021"),
        "upper_house_2022": E("Upper House", "2022-07", "upcoming", note="No upper-house election is due until July 2022"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress", "2015-04-29", "held"),
    },
    "notes": "Traps: 'For the first time in nearly eight years'; 'Abe Shinzo's second tenure' and 'Abe, the longest-serving premier' (former prime minister); 'giving him 377 of the 534 votes cast'; 'said on August 28'; 'on September 20'; 'Five years ago' and 'a U.S. presidential election is six weeks off' (no slug); 'they rewrote it in 1960' (the revision, not the treaty year); 'Germany, by comparison, hosts about 35,000, down from nearly 50,000 a decade ago' and 'withdraw some 12,000 more' and 'South Korea hosts about 28,500' (other countries' troops); 'are set to run through March 2021' (expiry, not the agreement date); 'U.S. officials last year floated a figure of $8 billion annually, roughly four times' (a demand, not the payment); 'may not be completed until the 2030s'; 'Under a 2012 revision of the realignment plan, about 9,000 Marines are to leave Okinawa' (total leaving, not Guam); 'Defense spending still hovers near 1%' and 'the budget has grown eight years in a row'; 'the 2% benchmark that NATO members set for themselves' (not a Japanese goal) and 'Germany, for one, spent about 1.4% in 2019'; 'two Aegis Ashore missile defense batteries'; 'the two-thirds needed to propose amending the constitution' (threshold, not a share); 'down from just over 60%' (previous Upper House share); 'which ends in September 2021' (LDP term, not the Diet election); 'No upper-house election is due until July 2022' (later than the Lower House deadline); 'trailing China, Canada, and Mexico but ahead of Germany'; 'down from $75.0 billion in 2018' and Table 1's 2018 column and Balance row; 'The resulting goods deficit, close to $69 billion, was exceeded only by those with China, Mexico, and Germany' (no IF10199 fact); '$619 billion' (FDI stock, no IF10199 fact) and 'overtaking that of the United Kingdom'; 'against China's $1.07 trillion'; 'took effect on January 1, 2020' (USJTA, no IF10199 fact); 'the Section 232 tariffs on autos that the Administration threatened last year have not been imposed'; 'up from 0.3% in 2018' is a GDP year (stated); 'a consumption tax increase from 8% to 10%'; 'output fell at an annualized rate of more than 28%' (a quarter); 'the first, approved in April, came to ¥25.7 trillion' (earlier supplementary budget); 'Unlike China, which announced on September 22 that it would reach carbon neutrality before 2060'; 'are to meet in Tokyo on October 6, their second stand-alone gathering' (Quad ministers, not leader meetings); 'export controls Japan imposed in July 2019'; 'A state visit to Japan by China's Xi Jinping, planned for April'; Figure 1 (GDP growth 2015-2019, percent; axis ticks, years and legend only); PDF curly quotes and hyphenated line ends; layout text with two columns side by side",
}
