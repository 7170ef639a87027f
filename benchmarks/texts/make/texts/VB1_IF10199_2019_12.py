from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "VB1-IF10199-2019-12", "fresh42", "IF10199", 39
LAYOUTS = ["layout", "html"]
PDF_OPTS = ["quotes", "hyph"]
SIDEBAR = "Okinawa's Share of the Burden"
CHART = {"unit": "thousands", "ymax": 25, "ticks": [0, 5, 10, 15, 20, 25],
         "series": ["Active-duty personnel"],
         "bars": {"Army": (2.6,), "Navy": (20.1,), "Marines": (18.8,), "Air Force": (12.6,)}}

MD = """
U.S.-Japan Relations

Updated December 11, 2019

## Overview

Washington and Tokyo have kept their partnership on an even keel through a year of trade bargaining and regional turmoil. Shinzo Abe, who on November 20 passed the record of Katsura Taro, a prewar premier, to become the longest-serving prime minister in Japan's history, has invested heavily in his personal ties with President Donald Trump. Mr. Trump was the first foreign leader to be received by Emperor Naruhito, on a state visit in late May. Abe, for his part, in April 2015 became the first Japanese leader to address a joint meeting of Congress. The two governments' most tangible result this year is a limited trade deal (see "Trade and Investment"). Points of friction remain, among them the Administration's reported wish that Japan pay far more toward U.S. bases, and the President's indifference to short-range North Korean missile launches that Tokyo regards as violations of U.N. Security Council resolutions.

## The Security Alliance

The two countries have been treaty allies since 1951, when they signed their first security pact; the present treaty, revised in 1960, obliges the United States to defend Japan and grants U.S. forces the use of bases there. Some fifty-four thousand U.S. military personnel are stationed in Japan, more than in any other country abroad; Germany, second, hosts about 35,000, and South Korea about 28,500.

**Figure 1. Active-Duty U.S. Military Personnel in Japan, by Service**

Source: Defense Manpower Data Center, September 2019. Excludes civilians and dependents.

What Japan pays toward the upkeep of these forces is fixed in Special Measures Agreements (SMAs) of five years. The one now in effect was concluded in December 2015 and expires at the end of March 2021. It calls for an average of ¥189 billion per year from Tokyo, which is almost $1.75 billion a year at current exchange rates. Press reports in November said U.S. officials had floated a figure of $8 billion annually, more than four times that amount; formal talks on a successor accord are expected to open in 2020.

## Okinawa's Share of the Burden

The prefecture of Okinawa makes up less than one percent of Japan's land. Yet roughly 70% of the acreage reserved for the exclusive use of U.S. forces in Japan lies within it, and it is home to more than half of the U.S. service members in the country, most of them Marines. Under plans agreed in 2006 and revised in 2012, about 9,000 of the roughly 19,000 Marines now on the island are to be moved elsewhere. Around 4,000 of those are bound for Guam, with transfers to start in the first half of the 2020s. The plan's centerpiece, a replacement for Marine Corps Air Station Futenma to be built on reclaimed land at Henoko, remains contested: in a February 2019 referendum, some 72% of those voting opposed the landfill. Governor Denny Tamaki, elected in September 2018 on a promise to halt the project, is challenging it in court.

## Defense Policy

Japan's defense budget has grown for seven consecutive years under Abe, yet it still equals roughly 1% of gross domestic product, a limit set by the cabinet in 1976 and honored informally since that ceiling was formally dropped in 1987. The Ministry of Defense has asked for ¥5.32 trillion for FY2020, a record, after ¥5.26 trillion in FY2019. Most NATO members, by contrast, have pledged to move toward spending 2% of GDP by 2024, and President Trump has pressed Tokyo to buy more U.S. weapons.

## Domestic Politics

Abe heads the Liberal Democratic Party (LDP), which governs together with a smaller partner, Komeito. The two parties command more than two-thirds of the 465-seat House of Representatives, the result of the snap election of October 22, 2017. Half of the House of Councillors was up for election on July 21, 2019. The coalition kept control of that chamber, where it now has nearly three-fifths of the seats. The lawmakers favoring constitutional revision, however, fell short of the two-thirds needed there to put an amendment to a national referendum.

LDP rules cap a leader at three consecutive terms, and Abe's third expires in September 2021, when the party is to select a successor. No national election has to be held before the lower chamber's four-year term runs out in October 2021, although a prime minister can call one earlier by dissolving it. In early December, Abe's cabinet approval stood at around 42%, down several points amid questions about a state-funded cherry-blossom party.

## Trade and Investment

In 2018, Japan ranked fourth among U.S. trading partners overall. It was also the fourth-biggest buyer of U.S. goods, after Canada, Mexico, and China, and the fourth-biggest supplier of goods to the U.S. market. U.S. goods exports to Japan rose to $75.0 billion in 2018, while imports from Japan came to $142.6 billion (Table 1).

Table 1. U.S. Goods Trade with Japan ($ billions)

| Flow | 2017 | 2018 |
| --- | --- | --- |
| U.S. exports | 67.6 | 75.0 |
| U.S. imports | 136.5 | 142.6 |
| Balance | -68.9 | -67.6 |

Source: U.S. Census Bureau.

Talks on a bilateral deal, agreed to in September 2018, got under way with a first formal round in mid-April 2019. The President had found in a May 17 proclamation that imported autos threatened U.S. national security, but deferred action for six months. On September 25, Abe and Trump said at the United Nations that they had finalized a "stage one" agreement; the U.S.-Japan Trade Agreement and a companion digital trade agreement were signed on October 7, approved by the Diet on December 4, and are to take effect on January 1, 2020. Under them:

- Japan is to lower or remove tariffs on roughly $7 billion of U.S. farm products, matching much of what it granted members of the Trans-Pacific Partnership (TPP), which the United States left in January 2017; its beef tariff is to fall from 38.5% to 9% by 2033;
- the United States is to cut tariffs on some $40 billion of Japanese industrial goods, but not on cars, about a third of Japan's shipments.

Tokyo says it was assured that no Section 232 tariffs will be placed on its autos while the agreement is honored.

Japanese companies held $484 billion in direct investment in the United States at the end of 2018, trailing only those of the United Kingdom. Since June, Japan has also been the largest foreign owner of U.S. Treasury securities, having overtaken China; its holdings were about $1.15 trillion in September, against China's $1.10 trillion.

## Japan's Economy

Real GDP grew 0.8% in 2018, down from 1.9% in 2017. In the July-September quarter of 2019, output increased at an annualized rate of 1.8% as households bought ahead of the October 1 rise in the consumption tax from 8% to 10%; a contraction is widely forecast for the last quarter. A supplementary budget enacted in February 2019 provided ¥3.0 trillion (about $27 billion) for disaster recovery and infrastructure. On December 5 the cabinet adopted a ¥26 trillion stimulus package, to be funded in part by a second supplementary budget of roughly ¥4.5 trillion that is to go to the Diet next month. Japan's pledge under the Paris Agreement is to cut greenhouse gas emissions 26% from the FY2013 level by FY2030.

## Regional Relations

Relations between Japan and South Korea fell this year to their lowest level in decades. After South Korea's Supreme Court ordered Japanese firms to compensate wartime laborers, Tokyo tightened export controls on three chemicals in July and dropped Seoul from its list of trusted trading partners. President Moon Jae-in's government then said it would let the General Security of Military Information Agreement (GSOMIA) lapse, before reversing itself on November 22, hours before the deadline, under U.S. pressure. Moon and Abe are expected to meet in China later this month. Abe has pursued warmer ties with Beijing, and Chinese President Xi Jinping is to pay a state visit to Japan next spring. In September, the foreign ministers of the "Quad" (Japan, the United States, Australia, and India) met for the first time at that level, in New York. Tokyo hosts the Summer Olympics next year.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Brock R. Williams**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Shinzo Abe, who on November 20 passed the record of Katsura Taro", note="given name first; Katsura Taro a prewar premier"),
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "alliance.treaty_ally_since": F(1951, as_written="The two countries have been treaty allies since 1951, when they signed their first security pact"),
        "alliance.us_troops_in_japan": F(54000, "about", as_written="Some fifty-four thousand U.S. military personnel are stationed in Japan", note="in words"),
        "alliance.host_nation_support_per_year": F(1750000000, "nearly", per="year", as_written="which is almost $1.75 billion a year at current exchange rates", note="the dollar value of the yen average; subject carried ('It calls for')"),
        "alliance.host_nation_support_agreement": D("2015-12", as_written="The one now in effect was concluded in December 2015 and expires at the end of March 2021"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="The prefecture of Okinawa makes up less than one percent of Japan's land", note="sidebar; in words"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="roughly 70% of the acreage reserved for the exclusive use of U.S. forces in Japan lies within it", note="sidebar; exclusive-use basis"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="it is home to more than half of the U.S. service members in the country", note="sidebar"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Around 4,000 of those are bound for Guam", note="sidebar; 'those' = the 9,000 to be moved"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="it still equals roughly 1% of gross domestic product, a limit set by the cabinet in 1976"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="the Liberal Democratic Party (LDP), which governs together with a smaller partner, Komeito"),
        "politics.lower_house_coalition_share": F(67, "over", as_written="The two parties command more than two-thirds of the 465-seat House of Representatives", note="fraction in words, rounded"),
        "politics.upper_house_coalition_share": F(60, "nearly", as_written="The coalition kept control of that chamber, where it now has nearly three-fifths of the seats", note="fraction in words, rounded; chamber carried from the sentence before"),
        "politics.next_diet_election_due": F(2021, as_written="No national election has to be held before the lower chamber's four-year term runs out in October 2021"),
        "politics.lower_house_election_due": D("2021-10", as_written="before the lower chamber's four-year term runs out in October 2021"),
        "trade.overall_partner_rank": F(4, period="2018", as_written="In 2018, Japan ranked fourth among U.S. trading partners overall"),
        "trade.export_partner_rank": F(4, period="2018", as_written="It was also the fourth-biggest buyer of U.S. goods, after Canada, Mexico, and China", note="subject and year carried"),
        "trade.import_partner_rank": F(4, period="2018", as_written="and the fourth-biggest supplier of goods to the U.S. market"),
        "trade.us_exports_to_japan": F(75000000000, period="2018", as_written="U.S. goods exports to Japan rose to $75.0 billion in 2018", note="goods only; also Table 1's 2018 column"),
        "trade.us_imports_from_japan": F(142600000000, period="2018", as_written="while imports from Japan came to $142.6 billion", note="goods only; also Table 1's 2018 column"),
        "trade.fdi_source_rank": F(2, period="2018", as_written="Japanese companies held $484 billion in direct investment in the United States at the end of 2018, trailing only those of the United Kingdom", note="rank by exclusion"),
        "trade.treasury_holder_rank": F(1, period="2019-09", as_written="Since June, Japan has also been the largest foreign owner of U.S. Treasury securities, having overtaken China"),
        "economy.gdp_growth": GDP(y2018=0.8, y2017=1.9),
        "economy.supplementary_budget": F(27000000000, "about", period="2019-02", as_written="A supplementary budget enacted in February 2019 provided ¥3.0 trillion (about $27 billion)"),
        "economy.emissions_cut_target": F(26, by="FY2030", baseline="FY2013", as_written="to cut greenhouse gas emissions 26% from the FY2013 level by FY2030"),
    },
    "elections": {
        "lower_house_2017": E("Lower House", "2017-10-22", "held", result="LDP and Komeito more than two-thirds of 465 seats"),
        "upper_house_2019": E("Upper House", "2019-07-21", "held", result="coalition kept control, nearly three-fifths of the seats; pro-revision forces short of two-thirds"),
        "okinawa_governor_2018": E("Okinawa governor", "2018-09", "held", result="Denny Tamaki elected on a promise to halt the Henoko project"),
        "ldp_president_2021": E("LDP president", "2021-09", "upcoming", note="Abe's third and last consecutive term expires; the party is to select a successor"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe becomes the first Japanese leader to address a joint meeting of Congress", "2015-04", "held"),
        "first_negotiating_round": EV("First formal round of U.S.-Japan trade talks", "2019-04", "held"),
        "section232_autos_proclamation": EV("Proclamation finding that imported autos threaten U.S. national security; action deferred", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Abe and Trump say at the United Nations that they have finalized a stage one agreement", "2019-09-25", "held"),
    },
    "notes": "Traps: 'on November 20 passed the record of Katsura Taro, a prewar premier' (former leader); 'the first foreign leader to be received by Emperor Naruhito, on a state visit in late May'; 'the present treaty, revised in 1960' (not the alliance's start); 'Germany, second, hosts about 35,000, and South Korea about 28,500' (other countries); Figure 1 (personnel by service; unit 'thousands', ticks 0-25, service names, no values; html: in the aside); 'expires at the end of March 2021' (SMA expiry, not its date); 'an average of ¥189 billion per year' (yen, beside the dollar figure); 'U.S. officials had floated a figure of $8 billion annually, more than four times that amount' (a reported request) and 'formal talks on a successor accord are expected to open in 2020'; sidebar 'Under plans agreed in 2006 and revised in 2012, about 9,000 of the roughly 19,000 Marines now on the island are to be moved elsewhere' (the total leaving and on the island, not Guam's 4,000); 'in the first half of the 2020s'; 'some 72% of those voting opposed the landfill' (a referendum, beside the 70% share); 'Governor Denny Tamaki, elected in September 2018'; 'has grown for seven consecutive years'; 'a limit set by the cabinet in 1976 and honored informally since that ceiling was formally dropped in 1987'; '¥5.32 trillion for FY2020' and '¥5.26 trillion in FY2019'; 'Most NATO members ... have pledged to move toward spending 2% of GDP by 2024' (another alliance's goal; Japan has none stated); 'the 465-seat House of Representatives' and 'the snap election of October 22, 2017'; 'Half of the House of Councillors was up for election on July 21, 2019' (held, not upcoming); 'fell short of the two-thirds needed there to put an amendment to a national referendum' (a threshold beside the shares); 'LDP rules cap a leader at three consecutive terms, and Abe's third expires in September 2021' (a party vote, not the Diet deadline); 'a prime minister can call one earlier'; 'cabinet approval stood at around 42%'; Table 1's 2017 column (67.6, 136.5) and the balance row (-67.6 for 2018: not an IF10199 fact); 'agreed to in September 2018' (not the first round); 'but deferred action for six months'; 'signed on October 7, approved by the Diet on December 4, and are to take effect on January 1, 2020' (no IF10199 fact); bullets 'roughly $7 billion of U.S. farm products', 'from 38.5% to 9% by 2033', 'some $40 billion of Japanese industrial goods', 'about a third of Japan's shipments', 'which the United States left in January 2017'; '$484 billion' (FDI stock; the United Kingdom's lead); 'its holdings were about $1.15 trillion in September, against China's $1.10 trillion'; 'output increased at an annualized rate of 1.8%' (a quarter); 'the consumption tax from 8% to 10%'; 'a ¥26 trillion stimulus package' and 'a second supplementary budget of roughly ¥4.5 trillion that is to go to the Diet next month' (planned, not enacted); 'the foreign ministers of the \"Quad\" ... met for the first time at that level' (ministers, not leaders); Moon Jae-in and Xi Jinping (other countries' leaders); 'on November 22'; 'Tokyo hosts the Summer Olympics next year'. Layout: pdftotext -layout (two columns side by side), curly quotes, hyphenated line ends; html: sidebar 'Okinawa's Share of the Burden' and Figure 1 in the aside.",
}
