from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "NC1-IF10199-2019-08", "fresh33", "IF10199", 38
LAYOUTS = ["md", "layout"]
PDF_OPTS = ["quotes", "hyph"]

MD = """
U.S.-Japan Relations

Updated August 27, 2019

## Overview

Bound to the United States by a security treaty signed in San Francisco in 1951, Japan has long been described by U.S. officials as the cornerstone of the U.S. presence in East Asia. That treaty was revised in 1960. Under Prime Minister Abe Shinzo, who returned to office in December 2012 after a first, one-year tenure in 2006-2007, Tokyo has sought a more active regional role. Abe is on course to become, this November, the longest-serving prime minister in Japan's history.

Close personal ties have been cultivated between Abe and President Donald J. Trump. In May, Trump was received in Tokyo as the first state guest of Emperor Naruhito, whose reign began on May 1; a month later, he was back in Japan for the G-20 summit that Abe hosted in Osaka. Over the weekend, on the margins of the G-7 meeting in Biarritz, the two leaders said they had agreed in principle on the core of a limited trade deal, which is to be signed next month. Frictions remain, however, over trade balances and over the cost of stationing U.S. forces in Japan.

Japan's relations with South Korea, the other U.S. treaty ally in the region, have meanwhile sunk to their lowest point in decades. Seoul announced on August 22 that it would not renew a bilateral military intelligence-sharing pact, weeks after Tokyo tightened controls on exports of three chemicals to Korea and dropped it from a list of trusted trading partners.

## The Alliance

Approximately fifty thousand U.S. troops are stationed in Japan. Also present there are some 40,000 dependents and about 25,000 Japanese and other civilian employees. The U.S. Seventh Fleet is homeported at Yokosuka, and a forward-deployed aircraft carrier operates from there.

Toward the expense of hosting these forces, roughly $2 billion is contributed by the Japanese government each year. The sum is set out in a Special Measures Agreement (SMA). The current SMA was signed in January 2016 and covers the five years that end in March 2021. Negotiations on its successor are expected next year; press reports suggest that a considerably larger contribution may be sought by the Administration.

For decades, annual defense outlays were held to about 1% of gross domestic product (GDP). That ceiling of 1% was adopted by the cabinet in 1976 and formally dropped in 1987, but it has been observed in practice ever since. The FY2019 defense budget, ¥5.26 trillion, marks a seventh consecutive increase. A NATO-style benchmark of 2% of GDP has been urged by some LDP lawmakers; it has not been adopted by the government. Purchases of 105 additional F-35 fighters and two Aegis Ashore missile-defense batteries were approved last December.

## Okinawa

Though it makes up less than 1% of Japan's land area, Okinawa Prefecture hosts roughly seven-tenths of the facilities reserved for the exclusive use of U.S. forces. Its share of the troops is also large. More than half of the U.S. military personnel in Japan are based on the island chain.

A plan to relocate Marine Corps Air Station Futenma to a new runway at Henoko, on Okinawa's less crowded northeast coast, has been contested for over two decades. Landfill work on the site was begun last December. In a prefectural referendum held in February 2019, some 72% of those voting opposed the landfill, but construction has continued. Governor Tamaki Denny, who opposes the project, was elected last September. His predecessor, Onaga Takeshi, had died in office the month before.

Under a 2012 revision of the realignment plan, about 9,000 Marines are to be moved off Okinawa. Of these, roughly 4,000 are to be relocated to Guam, beginning in the first half of the next decade; the rest are to go to Hawaii, Australia, and the U.S. mainland.

## Politics

Half of the Upper House was elected last month, on July 21. Of the 124 seats at stake, 71 were won by the ruling Liberal Democratic Party (LDP) and its coalition partner, Komeito. With that result, a little under three-fifths of the chamber's 245 seats are now held by the two parties. The "pro-revision" camp that Abe needs to amend Article 9 of the constitution, however, fell short of the two-thirds that a constitutional amendment requires.

In the Lower House, the coalition's position is stronger. There, more than two-thirds of the 465 seats are controlled by the LDP and Komeito, a margin secured in the October 2017 snap election.

Abe's party standing was renewed in September 2018, when he defeated former Defense Minister Ishiba Shigeru to win a third term as LDP president. That term, under party rules his last, expires in September 2021. Unless the Lower House is dissolved sooner, no further nationwide vote is due until the chamber's four-year term runs out in October 2021.

## Trade and Investment

Measured by goods and services combined, Japan was the fourth-largest U.S. trading partner in 2018. It ranked fourth as well both as a market for U.S. exports and as a supplier of U.S. imports, after China, Canada, and Mexico in each case.

Table 1. U.S. Trade in Goods and Services with Japan ($ billions)

| | 2017 | 2018 |
| --- | --- | --- |
| U.S. exports | 114.6 | 121.1 |
| U.S. imports | 171.5 | 178.5 |
| Balance | -56.9 | -57.4 |

Source: U.S. Bureau of Economic Analysis.

Merchandise accounts for most of the gap: the goods deficit alone was $67.6 billion last year, a figure the President has often cited. Autos and parts make up about a third of U.S. imports from Japan. On May 17, the President found, in a proclamation issued under Section 232 of the Trade Expansion Act of 1962, that imports of vehicles and parts threaten to impair U.S. national security. No tariff was imposed; action was deferred for up to 180 days so that negotiations could proceed. Duties of as much as 25% had been considered.

Formal negotiations on a bilateral agreement were opened in Washington in April. The deal sketched in Biarritz is expected to cut Japanese tariffs on U.S. beef, pork, and other farm goods to the levels Japan granted the other members of the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP). That 11-country pact, concluded after the United States withdrew from the original TPP in January 2017, took effect last December. Japan's economic partnership agreement with the European Union followed in February.

Japanese firms held $484.4 billion in direct investment in the United States at the end of 2018. Only British firms held more. In June, Japan's holdings of U.S. Treasury securities, about $1.12 trillion, edged past China's for the first time in two years. Japan is therefore now the largest foreign holder, with China second.

## Economy

Real GDP expanded 0.8% in 2018. A year earlier, growth had reached 1.9%. In the April-June quarter of this year, output grew at an annualized 1.8%, supported by household spending ahead of a consumption tax increase, from 8% to 10%, that is scheduled for October 1. To pay for disaster recovery and infrastructure repairs, a ¥3.0 trillion supplementary budget (roughly $27 billion) was enacted in February. Under the Paris Agreement, Japan has pledged that its greenhouse gas emissions will be cut 26% from FY2013 levels by FY2030. The Bank of Japan's 2% inflation target, set in 2013, has yet to be reached.

## Regional Issues

North Korea has launched short-range missiles several times since May, and Abe has repeatedly offered to meet Kim Jong-un without preconditions; the fate of Japanese citizens abducted by the North in the 1970s and 1980s remains a priority for Tokyo. Officials from Japan, the United States, Australia, and India have met four times since November 2017 in the "Quad" format. With China, Abe has pursued a thaw, and a state visit to Japan by President Xi Jinping is being planned for next spring.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Brock R. Williams**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Abe Shinzo", note="family name first"),
        "leaders.us_president": P("Trump", "Donald", "President Donald J. Trump"),
        "alliance.treaty_ally_since": F(1951, as_written="Bound to the United States by a security treaty signed in San Francisco in 1951", note="1960 (revision) a trap"),
        "alliance.us_troops_in_japan": F(50000, "about", as_written="Approximately fifty thousand U.S. troops are stationed in Japan"),
        "alliance.host_nation_support_per_year": F(2000000000, "about", per="year", as_written="Toward the expense of hosting these forces, roughly $2 billion is contributed by the Japanese government each year"),
        "alliance.host_nation_support_agreement": D("2016-01", as_written="The current SMA was signed in January 2016 and covers the five years that end in March 2021"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="Okinawa Prefecture hosts roughly seven-tenths of the facilities reserved for the exclusive use of U.S. forces", note="exclusive-use basis; fraction in words"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="More than half of the U.S. military personnel in Japan are based on the island chain", note="split from 'Its share of the troops is also large'"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="Though it makes up less than 1% of Japan's land area"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Of these, roughly 4,000 are to be relocated to Guam", note="'these' = the 9,000 Marines of the sentence before"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="That ceiling of 1% was adopted by the cabinet in 1976", note="'about 1%' in the sentence before hedges outlays, not the limit"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="the ruling Liberal Democratic Party (LDP) and its coalition partner, Komeito"),
        "politics.upper_house_coalition_share": F(60, "under", as_written="a little under three-fifths of the chamber's 245 seats are now held by the two parties", note="fraction rule; 141 of 245 in fact"),
        "politics.lower_house_coalition_share": F(67, "over", as_written="There, more than two-thirds of the 465 seats are controlled by the LDP and Komeito", note="fraction rule; 'There' carries the Lower House"),
        "politics.next_diet_election_due": F(2021, as_written="no further nationwide vote is due until the chamber's four-year term runs out in October 2021"),
        "politics.lower_house_election_due": D("2021-10", as_written="Unless the Lower House is dissolved sooner, no further nationwide vote is due until the chamber's four-year term runs out in October 2021"),
        "trade.overall_partner_rank": F(4, period="2018", as_written="Measured by goods and services combined, Japan was the fourth-largest U.S. trading partner in 2018"),
        "trade.export_partner_rank": F(4, period="2018", as_written="It ranked fourth as well both as a market for U.S. exports"),
        "trade.import_partner_rank": F(4, period="2018", as_written="and as a supplier of U.S. imports"),
        "trade.us_exports_to_japan": F(121100000000, period="2018", as_written="Table 1: U.S. exports | 2018 | 121.1 ($ billions)", note="only in Table 1; 2017's 114.6 a trap"),
        "trade.us_imports_from_japan": F(178500000000, period="2018", as_written="Table 1: U.S. imports | 2018 | 178.5 ($ billions)", note="only in Table 1; 2017's 171.5 a trap"),
        "trade.fdi_source_rank": F(2, period="2018", as_written="Japanese firms held $484.4 billion in direct investment in the United States at the end of 2018. Only British firms held more.", note="rank by exclusion, split over two sentences"),
        "trade.treasury_holder_rank": F(1, period="2019-06", as_written="Japan is therefore now the largest foreign holder, with China second", note="period from 'In June' in the sentence before, year from the cover"),
        "economy.gdp_growth": GDP(y2018=0.8, y2017=1.9),
        "economy.supplementary_budget": F(27000000000, "about", period="2019-02", as_written="a ¥3.0 trillion supplementary budget (roughly $27 billion) was enacted in February"),
        "economy.emissions_cut_target": F(26, by="FY2030", baseline="FY2013", as_written="its greenhouse gas emissions will be cut 26% from FY2013 levels by FY2030"),
    },
    "elections": {
        "upper_house_2019": E("Upper House", "2019-07-21", "held", result="coalition won 71 of 124 seats contested; holds a little under three-fifths of 245"),
        "lower_house_2017": E("Lower House", "2017-10", "held", result="coalition over two-thirds of 465 seats"),
        "ldp_president_2018": E("LDP president", "2018-09", "held", result="Abe defeated Ishiba Shigeru for a third term"),
        "okinawa_governor_2018": E("Okinawa governor", "2018-09", "held", result="Tamaki Denny, opponent of the Henoko project, elected ('last September')"),
    },
    "events": {
        "section232_autos_proclamation": EV("Section 232 proclamation on autos and parts; action deferred up to 180 days", "2019-05-17", "held"),
        "first_negotiating_round": EV("Formal U.S.-Japan trade negotiations opened in Washington", "2019-04", "held"),
    },
    "notes": "Traps: 'That treaty was revised in 1960'; 'who returned to office in December 2012 after a first, one-year tenure in 2006-2007'; 'Abe is on course to become, this November, the longest-serving prime minister'; 'In May, Trump was received in Tokyo ... whose reign began on May 1' and 'the G-20 summit that Abe hosted in Osaka'; 'the two leaders said they had agreed in principle on the core of a limited trade deal, which is to be signed next month' (Biarritz agreement in principle; no stage-one finalization yet); 'Seoul announced on August 22' (South Korea); 'some 40,000 dependents and about 25,000 Japanese and other civilian employees' (not troops); 'covers the five years that end in March 2021' (expiry, not the SMA date) and 'Negotiations on its successor are expected next year' and 'a considerably larger contribution may be sought'; 'annual defense outlays were held to about 1%' (outlays, the limit itself exact), 'adopted by the cabinet in 1976 and formally dropped in 1987'; 'The FY2019 defense budget, ¥5.26 trillion, marks a seventh consecutive increase'; 'A NATO-style benchmark of 2% of GDP has been urged by some LDP lawmakers; it has not been adopted' (no spending goal); 'Purchases of 105 additional F-35 fighters and two Aegis Ashore'; 'has been contested for over two decades'; 'some 72% of those voting opposed the landfill' (referendum, not an Okinawa share); 'His predecessor, Onaga Takeshi, had died in office' (former governor); 'about 9,000 Marines are to be moved off Okinawa' (total, not Guam) and 'Under a 2012 revision'; 'Of the 124 seats at stake, 71 were won' (contested seats, not the share) and 'the chamber's 245 seats'; 'fell short of the two-thirds that a constitutional amendment requires' (pro-revision camp, not the coalition's Upper House share); 'the 465 seats'; 'when he defeated former Defense Minister Ishiba Shigeru' (not a prime minister) and 'That term, under party rules his last, expires in September 2021' (an LDP term, not a Diet election); 'after China, Canada, and Mexico in each case'; Table 1's 2017 column (114.6, 171.5) and Balance row (-56.9, -57.4); 'the goods deficit alone was $67.6 billion' (no IF10199 fact); 'Autos and parts make up about a third of U.S. imports'; 'Section 232 of the Trade Expansion Act of 1962', 'deferred for up to 180 days', 'Duties of as much as 25% had been considered' (never imposed); 'That 11-country pact ... withdrew from the original TPP in January 2017, took effect last December'; 'Japan's economic partnership agreement with the European Union followed in February'; '$484.4 billion in direct investment' (stock; rank 2 by 'Only British firms held more'); 'about $1.12 trillion, edged past China's for the first time in two years' and 'with China second'; 'output grew at an annualized 1.8%' (a quarter, not a year); 'a consumption tax increase, from 8% to 10%, that is scheduled for October 1'; '¥3.0 trillion' (yen; the dollar figure is the fact); 'The Bank of Japan's 2% inflation target, set in 2013'; 'have met four times since November 2017 in the \"Quad\" format' (officials, not leaders: no quad_leader_meetings); 'a state visit to Japan by President Xi Jinping is being planned for next spring' (China's leader; planned); 'Kim Jong-un'; layout: pdftotext -layout runs the two columns side by side, Table 1 among them; PDF curly quotes and hyphenated line ends",
}
