from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "O1-IF10199-2018-11", "fresh8", "IF10199", 14
LAYOUTS = ["md", "interleaved"]
PDF_OPTS = ["quotes"]

MD = """
U.S.-Japan Relations

Updated November 27, 2018

## Overview

The U.S.-Japan alliance, in place since 1952 and put on its present footing by the revised security treaty of 1960, is regarded in both capitals as the cornerstone of the U.S. position in East Asia. Japan's Prime Minister, Abe Shinzo, has cultivated an unusually close personal relationship with President Donald Trump; by most counts he met or spoke with Trump more often in 2017 than any other foreign leader did. That rapport has been tested in 2018 by the Administration's tariffs on steel and aluminum, its threat of tariffs on Japanese automobiles, and its direct diplomacy with North Korea.

Abe ends the year politically strengthened. In September he secured a third consecutive term as president of the Liberal Democratic Party (LDP), which puts him on course to become Japan's longest-serving prime minister in November 2019. Vice President Mike Pence visited Tokyo on November 13, a week after U.S. midterm elections gave Democrats control of the U.S. House of Representatives, and Abe and Trump are expected to meet again at the G-20 summit in Buenos Aires at the end of the month. Japan hosts the G-20 in Osaka in June 2019.

## North Korea

Tokyo has backed the Administration's "maximum pressure" campaign against Pyongyang, but was unsettled by the June 12 summit in Singapore between President Trump and North Korean leader Kim Jong-un, and by Trump's subsequent suspension of large-scale U.S.-South Korean military exercises. North Korea has not tested a nuclear device or a long-range missile since November 2017; in 2017 it fired two missiles over Japanese territory. Abe has said he is prepared to meet Kim, in part to press for an accounting of the Japanese citizens North Korea abducted in the 1970s and 1980s, 17 of whom Tokyo officially lists as abductees. A second Trump-Kim summit has been floated for early 2019.

## Japanese Politics

The coalition of Abe's LDP and the smaller Komeito party dominates both chambers of the National Diet. The two parties won 313 of the 465 seats in the House of Representatives, the lower chamber, in the snap election of October 2017: about 67 percent, more than the two-thirds needed to initiate a constitutional amendment. They also control a little over 60 percent of the upper chamber, the House of Councillors, where they gained ground in the July 2016 election. Abe has named 2020 as a target year for an amended constitution to take effect, but Komeito is cautious about revising the war-renouncing Article 9, and any amendment would also need approval in a national referendum.

Recent and upcoming political milestones:

- September 20, 2018: Abe won reelection as LDP president, defeating former Defense Minister Ishiba Shigeru by 553 votes to 254. His third three-year term runs to September 2021.
- September 30, 2018: Tamaki Denny, who opposes building a new Marine Corps air station at Henoko, was elected governor of Okinawa (see "Okinawa," below).
- October 2, 2018: Abe reshuffled his cabinet, keeping Finance Minister Aso Taro and Chief Cabinet Secretary Suga Yoshihide.
- July 2019: Half of the House of Councillors' 242 seats will be contested in what is to be the next nationwide election.
- October 2019: The consumption tax is scheduled to rise from 8% to 10%.
- October 2021: The four-year term of the current House of Representatives ends; a general election must be held by then unless the chamber is dissolved earlier.

## The Alliance

U.S. forces in Japan number in the neighborhood of 54,000, among them the Navy's only forward-deployed aircraft carrier, at Yokosuka, and the III Marine Expeditionary Force on Okinawa. Under a Special Measures Agreement concluded in December 2015, which covers Japan's FY2016 through FY2020, Tokyo pays an average of about ¥189 billion annually toward the costs of the U.S. presence, roughly $1.7 billion a year. Japan also pays rent and compensation to communities that host bases and funds much of the realignment of U.S. forces; a 2004 Defense Department report put Japan's total contribution at $4.4 billion. The current agreement expires in March 2021, and negotiations on a successor have not begun, although President Trump has said repeatedly that allies hosting U.S. troops should pay more.

Japan's defense budget has risen for six straight years under Abe, yet it remains within the 1%-of-GDP ceiling that a 1976 cabinet decision set and that later governments have broadly respected. The Ministry of Defense's request for FY2019, ¥5.3 trillion (about $47 billion), would be a record. An LDP panel urged in May that Japan look to the NATO benchmark of 2% of GDP, but the government has not adopted it. New National Defense Program Guidelines and a five-year procurement plan are due in December; press reports indicate that they will call for more F-35 fighters and for refitting Izumo-class helicopter carriers to operate fixed-wing aircraft.

## Okinawa

Okinawa accounts for 0.6% of Japan's land area. It nevertheless hosts just over 70% of the acreage reserved for the exclusive use of U.S. forces, and more than half of the U.S. military personnel in Japan are based in the prefecture. Governor Onaga Takeshi, who fought the planned relocation of Marine Corps Air Station Futenma to Henoko, on Okinawa's less-populated northeast coast, died in office in August. In the September 30 election to succeed him, Tamaki Denny, a former Diet member backed by Onaga's supporters, defeated the candidate endorsed by the LDP and Komeito, Sakima Atsushi, by roughly 80,000 votes. Tamaki has vowed to stop the landfill work; Tokyo resumed construction on November 1 after the land ministry suspended the prefecture's revocation of the landfill permit. A prefectural referendum on the project is planned for early 2019.

Under the 2012 revision of the plan to realign U.S. forces, about 9,000 Marines are to be moved off Okinawa. Four thousand or so of them are to go to Guam, a transfer not expected to begin before the mid-2020s; the others are slated for Hawaii, Australia, and the continental United States.

## Trade and Economic Ties

Japan and the United States are the world's third- and first-largest national economies. In 2017, Japan was the fourth-largest U.S. partner in goods trade. It held the same position as a market for U.S. exports, which totaled $67.6 billion, and as a supplier of U.S. imports, at $136.5 billion. The resulting U.S. deficit of $68.8 billion was the third-largest the United States ran with any country, behind those with China and Mexico, and it has drawn frequent criticism from President Trump.

Japan is a major investor as well. The stock of Japanese direct investment in the United States, $469 billion at the end of 2017, ranks just below that of the United Kingdom, the leader, among sources of foreign direct investment (FDI). Japanese investors held $1.03 trillion in U.S. Treasury securities in September 2018, a total topped only by China's $1.15 trillion.

## Tariffs and New Trade Talks

In March 2018, the Administration imposed tariffs of 25% on steel and 10% on aluminum under Section 232 of the Trade Expansion Act of 1962, citing national security; unlike several other allies, Japan was not granted an exemption. In May, the Commerce Department opened a Section 232 investigation of imports of autos and auto parts that could lead to tariffs of up to 25%. Vehicles and parts account for roughly a third of U.S. imports from Japan.

After the United States withdrew from the Trans-Pacific Partnership (TPP) in January 2017, the Administration pressed Tokyo for bilateral negotiations, which Abe had resisted. On September 26, Trump and Abe announced in New York that the two countries would negotiate a United States-Japan Trade Agreement; Japanese officials call the talks a "Trade Agreement on Goods." In their joint statement, Washington acknowledged that Japan would not offer farm-market access beyond what it granted in past agreements, and both sides pledged to refrain from measures against the spirit of the statement while talks proceed, a passage Tokyo reads as shielding its autos from new tariffs. USTR notified Congress of its intent to negotiate on October 16; under Trade Promotion Authority, formal talks may open no sooner than 90 days after that notice, and no date has been set for a first round. USTR will hold a public hearing on December 10.

Meanwhile the 11-country Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP), which Japan steered to completion after the U.S. withdrawal, will enter into force on December 30 for its first six ratifiers, and the Japan-EU Economic Partnership Agreement is expected to take effect early in 2019. Both will lower Japanese tariffs on farm products that compete with U.S. exports.

## Japan's Economy

Japan's real GDP grew 1.7% in 2017, after 1.0% in 2016. A string of natural disasters, including heavy rains in western Japan in July, Typhoon Jebi in September, and an earthquake in Hokkaido days later, helped push output down in the third quarter of 2018, at an annualized rate of 1.2%. In early November the Diet enacted a ¥935.6 billion supplementary budget (roughly $8.3 billion) for disaster recovery and for air conditioning in public schools; a second, larger supplementary budget is expected to accompany the FY2019 budget in December. The consumption tax increase planned for October 2019 would be the first since 2014, and the government has promised measures to blunt its effect. Under the Paris Agreement, Japan has committed to cutting greenhouse gas emissions twenty-six percent below FY2013 levels by FY2030.

## Regional Relations

Abe made an official visit to Beijing on October 25-27, the first by a Japanese prime minister in seven years, and agreed with President Xi Jinping to expand economic cooperation, including a currency swap arrangement of up to ¥3.4 trillion (about $30 billion). Relations with South Korea have soured. On October 30, South Korea's Supreme Court ordered Nippon Steel & Sumitomo Metal to compensate four Koreans conscripted for wartime labor, a ruling Tokyo says violates the 1965 treaty that normalized relations, and on November 21 the government of President Moon Jae-in said it would dissolve the foundation created under the two countries' 2015 agreement on "comfort women," which Japan funded with ¥1 billion. In Singapore on November 14, Abe and Russian President Vladimir Putin agreed to speed up peace-treaty negotiations on the basis of a 1956 declaration that envisioned the transfer of two of four disputed islands.

Senior officials of the United States, Japan, Australia, and India met in Singapore on November 15, the third meeting of the four-way "Quad" consultations since the grouping was revived in November 2017. Japan promotes a "Free and Open Indo-Pacific" strategy, a concept the Trump Administration has adopted as its own.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Brock R. Williams**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Japan's Prime Minister, Abe Shinzo"),
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "alliance.treaty_ally_since": F(1952, as_written="The U.S.-Japan alliance, in place since 1952 and put on its present footing by the revised security treaty of 1960"),
        "alliance.us_troops_in_japan": F(54000, "about", as_written="U.S. forces in Japan number in the neighborhood of 54,000"),
        "alliance.host_nation_support_per_year": F(1700000000, "about", per="year", as_written="an average of about ¥189 billion annually toward the costs of the U.S. presence, roughly $1.7 billion a year"),
        "alliance.host_nation_support_agreement": D("2015-12", as_written="Under a Special Measures Agreement concluded in December 2015, which covers Japan's FY2016 through FY2020"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "over", as_written="It nevertheless hosts just over 70% of the acreage reserved for the exclusive use of U.S. forces", note="exclusive-use basis; subject carried from the sentence before"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="more than half of the U.S. military personnel in Japan are based in the prefecture"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="Okinawa accounts for 0.6% of Japan's land area"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Four thousand or so of them are to go to Guam"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="it remains within the 1%-of-GDP ceiling that a 1976 cabinet decision set and that later governments have broadly respected"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="The coalition of Abe's LDP and the smaller Komeito party"),
        "politics.lower_house_coalition_share": F(67, "about", as_written="The two parties won 313 of the 465 seats in the House of Representatives ... about 67 percent"),
        "politics.upper_house_coalition_share": F(60, "over", as_written="They also control a little over 60 percent of the upper chamber, the House of Councillors", note="subject carried from the sentence before"),
        "politics.next_diet_election_due": F(2019, as_written="July 2019: Half of the House of Councillors' 242 seats will be contested in what is to be the next nationwide election"),
        "politics.lower_house_election_due": D("2021-10", as_written="October 2021: The four-year term of the current House of Representatives ends; a general election must be held by then"),
        "trade.overall_partner_rank": F(4, period="2017", as_written="In 2017, Japan was the fourth-largest U.S. partner in goods trade", note="goods trade"),
        "trade.export_partner_rank": F(4, period="2017", as_written="It held the same position as a market for U.S. exports", note="'the same position' = fourth, from the sentence before"),
        "trade.import_partner_rank": F(4, period="2017", as_written="and as a supplier of U.S. imports", note="'the same position' = fourth"),
        "trade.us_exports_to_japan": F(67600000000, period="2017", as_written="U.S. exports, which totaled $67.6 billion", note="goods"),
        "trade.us_imports_from_japan": F(136500000000, period="2017", as_written="as a supplier of U.S. imports, at $136.5 billion", note="goods"),
        "trade.fdi_source_rank": F(2, period="2017", as_written="ranks just below that of the United Kingdom, the leader, among sources of foreign direct investment (FDI)"),
        "trade.treasury_holder_rank": F(2, as_written="Japanese investors held $1.03 trillion in U.S. Treasury securities in September 2018, a total topped only by China's $1.15 trillion"),
        "economy.gdp_growth": GDP(y2017=1.7, y2016=1.0),
        "economy.supplementary_budget": F(8300000000, "about", period="2018-11", as_written="In early November the Diet enacted a ¥935.6 billion supplementary budget (roughly $8.3 billion)"),
        "economy.emissions_cut_target": F(26, by="2030", baseline="2013", as_written="cutting greenhouse gas emissions twenty-six percent below FY2013 levels by FY2030"),
    },
    "elections": {
        "lower_house_2017": E("Lower House", "2017-10", "held", result="LDP and Komeito won 313 of 465 seats, about 67 percent"),
        "upper_house_2016": E("Upper House", "2016-07", "held", result="coalition gained ground"),
        "ldp_president_2018": E("LDP president", "2018-09-20", "held", result="Abe defeated Ishiba Shigeru, 553 votes to 254"),
        "okinawa_governor_2018": E("Okinawa governor", "2018-09-30", "held", result="Tamaki Denny defeated the LDP/Komeito-endorsed Sakima Atsushi by roughly 80,000 votes"),
        "upper_house_2019": E("Upper House", "2019-07", "upcoming", note="half of 242 seats; the next nationwide election"),
    },
    "notes": "Traps: 'the revised security treaty of 1960'; 'more often in 2017 than any other foreign leader did' (not a rank); 'Japan's longest-serving prime minister in November 2019'; 'U.S. midterm elections gave Democrats control of the U.S. House of Representatives' (a U.S. election, not the Japanese lower chamber); 'the G-20 in Osaka in June 2019'; 'the June 12 summit in Singapore' and 'A second Trump-Kim summit has been floated for early 2019'; '17 of whom Tokyo officially lists as abductees'; '313 of the 465 seats' and 'more than the two-thirds needed to initiate a constitutional amendment' (counts and a threshold beside the 67 percent); 'Abe has named 2020 as a target year for an amended constitution'; bullet list: 'defeating former Defense Minister Ishiba Shigeru by 553 votes to 254', 'His third three-year term runs to September 2021' (a term end, not an election), 'October 2, 2018: Abe reshuffled his cabinet', 'Half of the House of Councillors' 242 seats', 'The consumption tax is scheduled to rise from 8% to 10%', 'October 2021: ... must be held by then unless the chamber is dissolved earlier' (deadline three years away: only politics.lower_house_election_due, no lower_house_2021); 'about ¥189 billion annually' (yen) and 'FY2016 through FY2020'; 'a 2004 Defense Department report put Japan's total contribution at $4.4 billion' (past, total); 'The current agreement expires in March 2021'; 'risen for six straight years'; 'The Ministry of Defense's request for FY2019, ¥5.3 trillion (about $47 billion)' (a request); 'the NATO benchmark of 2% of GDP, but the government has not adopted it' (no spending goal); 'New National Defense Program Guidelines ... are due in December'; 'died in office in August'; 'by roughly 80,000 votes'; 'A prefectural referendum on the project is planned for early 2019'; 'about 9,000 Marines are to be moved off Okinawa' (total leaving, not Guam); 'not expected to begin before the mid-2020s'; 'the world's third- and first-largest national economies' (economy size, not a trade rank); 'The resulting U.S. deficit of $68.8 billion was the third-largest' (deficit rank, not a catalogue fact); '$469 billion at the end of 2017' (FDI stock); 'China's $1.15 trillion'; 'tariffs of 25% on steel and 10% on aluminum' (product tariffs: no tariff on most imports stated); 'could lead to tariffs of up to 25%' (threatened); 'roughly a third of U.S. imports from Japan'; 'On September 26, Trump and Abe announced in New York' (no catalogue slug for the joint statement); 'no date has been set for a first round' (first_negotiating_round not stated); 'no sooner than 90 days after that notice'; 'USTR will hold a public hearing on December 10'; 'the 11-country Comprehensive and Progressive Agreement ... will enter into force on December 30 for its first six ratifiers'; 'expected to take effect early in 2019'; 'at an annualized rate of 1.2%' (a quarter, not a year); 'a second, larger supplementary budget is expected' (planned); 'the first since 2014'; 'a currency swap arrangement of up to ¥3.4 trillion (about $30 billion)'; 'the 1965 treaty'; 'which Japan funded with ¥1 billion'; 'a 1956 declaration'; 'the third meeting of the four-way \"Quad\" consultations' (senior officials, not leaders: no leader-meeting count); PDF curly quotes; interleaved columns",
}
