from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "MB1-IF10199-2022-03", "fresh32", "IF10199", 38
LAYOUTS = ["md", "layout"]
PDF_OPTS = ["quotes", "hyph"]

MD = """
U.S.-Japan Relations

Updated March 18, 2022

## Overview

Russia's invasion of Ukraine on February 24 has drawn Japan and the United States into closer coordination than at any time in recent memory. Prime Minister Fumio Kishida, in office since last October, has joined the Biden Administration and European governments in freezing the reserves of Russia's central bank, cutting selected Russian lenders off from the SWIFT messaging system, and curbing exports of advanced technology. Humanitarian commitments from Tokyo now total $200 million, twice the sum first announced on March 1; a further $100 million, extended as loans, is meant to shore up Ukraine's public finances. Japan has also begun to admit people displaced by the fighting, a notable step for a country that granted refugee status to 74 people in 2021.

Kishida, who succeeded Yoshihide Suga, has yet to make an official visit to Washington. He and President Biden spoke briefly in Glasgow in November and held a virtual summit on January 21, at which both leaders endorsed a Japanese plan to host an in-person Quad summit later this year. Biden is expected to travel to Tokyo for that meeting.

## The Alliance

The two countries have been treaty allies since 1951, when the original security pact was signed alongside the San Francisco Peace Treaty; the current Treaty of Mutual Cooperation and Security dates from 1960. Roughly fifty-four thousand U.S. military personnel are stationed in Japan, which also hosts the Seventh Fleet's forward-deployed aircraft carrier.

Japan underwrites part of the cost of their presence. In December, after a year of talks, the two governments agreed on a new Special Measures Agreement (SMA) covering FY2022 through FY2026; it was formally signed on January 7. The accord commits Tokyo to ¥1.0551 trillion over the five years, an average of some ¥211 billion, or just shy of $1.9 billion, each year.

Japan's FY2022 defense budget, a record ¥5.4 trillion, still comes to a little under 1% of gross domestic product (GDP), the informal ceiling that governments have largely observed since the 1970s. In its platform for last autumn's election, the Liberal Democratic Party (LDP) called for working toward defense outlays of 2% of GDP, the benchmark NATO asks of its members. Kishida has ordered a rewrite of the National Security Strategy by the end of the year and has not ruled out acquiring the capacity to strike enemy missile bases.

## Okinawa: The Base Burden

Okinawa Prefecture carries a share of the U.S. presence out of all proportion to its size:

- It accounts for about six-tenths of one percent of Japan's land area.
- It hosts roughly 70% of the facilities set aside for the exclusive use of U.S. forces.
- It is home to upward of half of the U.S. military personnel in Japan.

Under the 2012 revision of the realignment plan, about 9,000 Marines are to leave the island. Of these, some four thousand are to move to Guam, where Camp Blaz was activated in October 2020; transfers are not expected before 2024. Landfill work continues at Henoko, the site chosen for the replacement of Marine Corps Air Station Futenma, over the objections of Governor Denny Tamaki, whose four-year term ends this September; Okinawans will choose a governor that month. In January, the mayor of Nago, the city that includes Henoko, won a second term with the ruling coalition's backing.

## Domestic Politics

Kishida won the LDP presidency in a runoff on September 29, 2021, defeating Taro Kono, and was elected prime minister by the Diet on October 4. He dissolved the House of Representatives ten days later and led the ruling bloc, the LDP and its junior partner Komeito, into the general election of October 31. The LDP lost 15 seats but kept 261, or 56%, on its own. The coalition now controls 63% and about 57% of the seats in the lower and upper chambers, respectively.

Half of the House of Councillors is up for election in July, the next nationwide vote. Barring a dissolution, members of the lower chamber serve until October 2025. Polls put the cabinet's approval rating near 55%, a comfortable position for a government heading into a campaign.

## Economic and Trade Relations

Japan was the fourth-largest U.S. trading partner in 2021, counting goods and services together. Taken one side of the ledger at a time, it placed fifth in 2021, both as a market for U.S. exports and as a source of U.S. imports (Table 1).

Table 1. U.S. Trade with Japan, Goods and Services ($ billions)

| Item | 2020 | 2021 |
| --- | --- | --- |
| U.S. exports to Japan | 104.6 | 112.2 |
| U.S. imports from Japan | 151.5 | 167.8 |
| Balance | -46.9 | -55.6 |

Source: CRS, with Bureau of Economic Analysis data.

Japanese companies have been the largest source of foreign direct investment (FDI) in the United States since 2019. Japan's government, for its part, holds more U.S. Treasury securities than any other foreign government, China included: $1.30 trillion as of January.

The U.S.-Japan Trade Agreement and a companion digital trade agreement have been in force since January 2020; talks on a broader "second stage" have not begun. On February 7, the two sides settled a dispute over steel: from April 1, a tariff-rate quota will let some 1.25 million metric tons of Japanese steel enter each year free of the 25% Section 232 tariff imposed in 2018. Tokyo has urged the Administration to rejoin the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP), the eleven-country successor to the TPP; the Administration has instead said it will propose an Indo-Pacific Economic Framework.

## Economy

Japan's real GDP expanded 1.7% in 2021, recovering part of the ground lost in 2020, when output fell 4.5%. Growth in the October-December quarter reached an annualized 4.6%, but renewed Omicron restrictions in January are expected to weigh on the first quarter. To cushion the pandemic's effects, the Diet in December enacted a record ¥36.0 trillion (approximately $316 billion) supplementary budget for FY2021, the core of a ¥55.7 trillion package of fiscal measures.

As U.S. interest rates rise and the Bank of Japan holds its own near zero, the yen has slid against the dollar; in mid-March it passed ¥119, its weakest level in six years. Kishida has kept Suga's climate pledges: a 46% cut in greenhouse gas emissions from FY2013 levels by FY2030, with efforts to reach 50%, and net-zero emissions by 2050.

## Regional Diplomacy

Leaders of the Quad (Australia, India, Japan, and the United States) have convened three times: by video in March 2021, in person at the White House that September, and by video again on March 3 to discuss Ukraine. Relations with South Korea, strained over wartime history, may improve after that country's March 9 election of Yoon Suk-yeol, who takes office in May. Former Prime Minister Abe Shinzo, who in April 2015 became the first Japanese leader to address a joint meeting of Congress, remains influential as head of the LDP's largest faction and has called for a debate on "nuclear sharing" with the United States.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Caitlin Campbell**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Fumio Kishida, in office since last October"),
        "leaders.us_president": P("Biden", "Joe", "President Biden", note="given name not written; also 'the Biden Administration'"),
        "alliance.treaty_ally_since": F(1951, as_written="The two countries have been treaty allies since 1951"),
        "alliance.us_troops_in_japan": F(54000, "about", as_written="Roughly fifty-four thousand U.S. military personnel are stationed in Japan", note="number in words"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="In December, after a year of talks, the two governments agreed on a new Special Measures Agreement (SMA)", note="year from the March 2022 cover; the January 7 signing is a trap"),
        "alliance.host_nation_support_per_year": F(1900000000, "nearly", per="year", as_written="an average of some ¥211 billion, or just shy of $1.9 billion, each year", note="the dollar figure; 'just shy of' is nearly"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="the informal ceiling that governments have largely observed since the 1970s", note="'a little under' hedges the budget's share, not the ceiling"),
        "defense.spending_goal_pct_gdp": F(2, as_written="the Liberal Democratic Party (LDP) called for working toward defense outlays of 2% of GDP", note="the LDP's platform goal; no target year"),
        "alliance.okinawa_share_of_land_area": F(0.6, "about", as_written="It accounts for about six-tenths of one percent of Japan's land area", note="bullet; subject carried from the lead-in"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="It hosts roughly 70% of the facilities set aside for the exclusive use of U.S. forces", note="exclusive-use basis"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="It is home to upward of half of the U.S. military personnel in Japan", note="'upward of' is over; half is 50"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Of these, some four thousand are to move to Guam", note="'these' = the 9,000 leaving Okinawa"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="the ruling bloc, the LDP and its junior partner Komeito"),
        "politics.lower_house_coalition_share": F(63, as_written="The coalition now controls 63% and about 57% of the seats in the lower and upper chambers, respectively"),
        "politics.upper_house_coalition_share": F(57, "about", as_written="The coalition now controls 63% and about 57% of the seats in the lower and upper chambers, respectively", note="'about' hedges the second value only"),
        "politics.next_diet_election_due": F(2022, as_written="Half of the House of Councillors is up for election in July, the next nationwide vote"),
        "politics.lower_house_election_due": D("2025-10", as_written="Barring a dissolution, members of the lower chamber serve until October 2025", note="43 months away: no upcoming lower_house_2025"),
        "trade.overall_partner_rank": F(4, period="2021", as_written="Japan was the fourth-largest U.S. trading partner in 2021, counting goods and services together"),
        "trade.export_partner_rank": F(5, period="2021", as_written="it placed fifth in 2021, both as a market for U.S. exports and as a source of U.S. imports"),
        "trade.import_partner_rank": F(5, period="2021", as_written="it placed fifth in 2021, both as a market for U.S. exports and as a source of U.S. imports"),
        "trade.us_exports_to_japan": F(112200000000, period="2021", as_written="Table 1: U.S. exports to Japan | 104.6 | 112.2", note="only in Table 1's 2021 column, $ billions in the caption"),
        "trade.us_imports_from_japan": F(167800000000, period="2021", as_written="Table 1: U.S. imports from Japan | 151.5 | 167.8", note="only in Table 1's 2021 column"),
        "trade.fdi_source_rank": F(1, as_written="Japanese companies have been the largest source of foreign direct investment (FDI) in the United States since 2019", note="'since 2019' is a span, not the rank's period"),
        "trade.treasury_holder_rank": F(1, period="2022-01", as_written="Japan's government, for its part, holds more U.S. Treasury securities than any other foreign government, China included: $1.30 trillion as of January", note="year from the cover"),
        "economy.gdp_growth": GDP(y2021=1.7, y2020=-4.5),
        "economy.supplementary_budget": F(316000000000, "about", period="2021-12", as_written="the Diet in December enacted a record ¥36.0 trillion (approximately $316 billion) supplementary budget for FY2021"),
        "economy.yen": F("6-year low against the dollar", period="2022-03", as_written="in mid-March it passed ¥119, its weakest level in six years", note="normalised"),
        "economy.emissions_cut_target": F(46, by="FY2030", baseline="FY2013", as_written="a 46% cut in greenhouse gas emissions from FY2013 levels by FY2030"),
        "diplomacy.quad_leader_meetings": F(3, as_written="Leaders of the Quad (Australia, India, Japan, and the United States) have convened three times"),
        "diplomacy.ukraine_humanitarian_aid": F(200000000, as_written="Humanitarian commitments from Tokyo now total $200 million"),
        "diplomacy.ukraine_financial_support": F(100000000, as_written="a further $100 million, extended as loans, is meant to shore up Ukraine's public finances"),
    },
    "elections": {
        "ldp_president_2021": E("LDP president", "2021-09-29", "held", result="Kishida defeated Taro Kono in a runoff"),
        "lower_house_2021": E("Lower House", "2021-10-31", "held", result="LDP 261 seats (56%); coalition 63%"),
        "upper_house_2022": E("Upper House", "2022-07", "upcoming", note="half of the seats; year from the cover"),
        "okinawa_governor_2022": E("Okinawa governor", "2022-09", "upcoming", note="'Okinawans will choose a governor that month' (September, year from the cover); Tamaki incumbent"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress", "2015-04", "held"),
    },
    "notes": "Traps: 'on February 24' (invasion date); 'twice the sum first announced on March 1' (earlier humanitarian pledge, no figure); 'granted refugee status to 74 people in 2021'; 'who succeeded Yoshihide Suga' (former prime minister); 'held a virtual summit on January 21' and 'a Japanese plan to host an in-person Quad summit later this year' (planned, not a meeting held); 'the current Treaty of Mutual Cooperation and Security dates from 1960' (not the alliance's start); 'it was formally signed on January 7' (signing, not the agreement's December announcement); 'The accord commits Tokyo to ¥1.0551 trillion over the five years' and 'some ¥211 billion' (yen totals); 'a record ¥5.4 trillion, still comes to a little under 1% of gross domestic product' (budget's share, not the ceiling); 'the benchmark NATO asks of its members'; 'about 9,000 Marines are to leave the island' (total leaving, not Guam); 'Camp Blaz was activated in October 2020' and 'transfers are not expected before 2024' (no Marines in Guam stated); 'whose four-year term ends this September'; 'the mayor of Nago ... won a second term' (local race, not listed); 'The LDP lost 15 seats but kept 261, or 56%, on its own' (LDP share, not the coalition's); 'Polls put the cabinet's approval rating near 55%'; Table 1's 2020 column (104.6, 151.5) and Balance row (-46.9, -55.6); 'since 2019' (FDI, a span); '$1.30 trillion as of January' (holdings, not a rank); 'have been in force since January 2020' (IF11120 facts, not IF10199's); 'some 1.25 million metric tons' and 'free of the 25% Section 232 tariff imposed in 2018' (steel tariff, not a tariff on most imports); 'the eleven-country successor to the TPP' (CPTPP, not IPEF); 'will propose an Indo-Pacific Economic Framework' (proposed; no IPEF partners); 'an annualized 4.6%' (a quarter); 'a ¥55.7 trillion package of fiscal measures'; '¥119' (yen rate); 'with efforts to reach 50%' and 'net-zero emissions by 2050'; 'in March 2021 ... that September ... on March 3' (meeting dates); 'March 9 election of Yoon Suk-yeol' (South Korea); 'Former Prime Minister Abe Shinzo' (former leader). Layout: pdftotext -layout of a two-column PDF (curly quotes, hyphenated line ends); Table 1 and the bullet list run inside the columns; the Okinawa section is an ordinary section.",
}
