from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "A2-IF10199-2021-11", "fresh6", "IF10199", 31
LAYOUTS = ["html", "pdf", "interleaved"]
PDF_OPTS = ["nbsp", "hyph"]
SIDEBAR = "Okinawa and Guam"
CHART = {"unit": "seats", "ymax": 300, "ticks": [0, 100, 200, 300],
         "series": ["Seats won, October 31, 2021"],
         "bars": {"LDP": (261,), "CDP": (96,), "Ishin": (41,), "Komeito": (32,), "DPFP": (11,), "JCP": (10,)}}

MD = """
U.S.-Japan Relations

Updated November 24, 2021

## Overview

Japan, allied with the United States by treaty since 1951, has a new leader. Kishida Fumio won the presidency of the Liberal Democratic Party (LDP) on September 29 and was chosen prime minister by the Diet on October 4, succeeding Suga Yoshihide, who had decided not to seek another term as party head. Less than a month later, Kishida led the governing coalition to a comfortable victory in a general election, and on November 10 the Diet voted him back into office.

President Joe Biden spoke with Prime Minister Kishida by telephone on October 5 and met him briefly on November 2 on the sidelines of the U.N. climate conference in Glasgow; no date has been set for a full summit. The Biden Administration has made the alliance a centerpiece of its Indo-Pacific strategy, and the two governments' April 16 joint statement was the first since 1969 to mention the Taiwan Strait. Cooperation with Australia and India has also deepened. Quad leaders have now convened twice: by video in March and in person at the White House on September 24, a meeting Suga attended in one of his final trips abroad.

## The October 31 Election

The LDP won 261 seats on its own, down from the 276 it held before the vote but enough for an "absolute stable majority" that lets it chair every standing committee. With the 32 seats won by its coalition partner, Komeito, the governing parties hold 293 of the 465 seats in the House of Representatives: sixty-three percent. The Japan Innovation Party (Ishin) nearly quadrupled its strength, to 41 seats, while the main opposition Constitutional Democratic Party (CDP) lost ground despite an electoral pact with the Communists.

**Figure 1. Lower House Seats Won, by Party**

Source: Japan's Ministry of Internal Affairs (MIC).

The coalition's hold on the House of Councillors rests on approximately 57% of the seats. Half of that chamber faces election in July 2022, the next nationwide vote. Unless Kishida dissolves the lower chamber early, the members chosen on October 31 may serve until October 2025. Early polls put approval of his new cabinet near 50%.

## Defense and the Alliance

U.S. forces in Japan number around fifty-five thousand, the largest U.S. military presence in any foreign country. Japan's contribution to their upkeep for FY2021, ¥201.7 billion (some $1.8 billion), rests on a stopgap one-year extension of the previous Special Measures Agreement that the two governments agreed on in February 2021. Negotiators aim to settle a multiyear successor before the extension lapses at the end of March 2022. Tokyo has resisted calls for a sharp increase, among them the Trump Administration's reported request for $8 billion a year.

Defense spending has rarely exceeded one percent of GDP since the cabinet of Miki Takeo set that threshold in 1976. During the campaign, the LDP's platform called for raising it toward "2% or more" of GDP, in line with the NATO benchmark, but the government has not adopted a numerical target. Kishida's cabinet is expected to add more than ¥700 billion for defense in a supplementary budget, which would lift the fiscal year's total above ¥6 trillion for the first time.

## Okinawa and Guam

Okinawa Prefecture covers under one percent of Japan's territory. Squeezed onto it are roughly a quarter of the installations used by U.S. Forces Japan (USFJ) and more than 50 percent of USFJ personnel. Under the 2012 realignment plan, approximately four thousand Marines are to move from Okinawa to Guam, where Camp Blaz is under construction; the first transfers are not expected before 2024. Okinawa's next gubernatorial election is due in September 2022, when Governor Tamaki Denny, an opponent of the Henoko runway, is expected to seek a second term.

## Trade and Investment

Japan kept its place as the fourth-largest U.S. trading partner in 2020, counting goods and services together. Taken separately, U.S. exports to Japan and U.S. imports from it each ranked fifth among partners that year, behind the United Kingdom in the first case and Germany in the second. Both flows shrank during the pandemic (Table 1).

Table 1. U.S. Trade with Japan, 2019-2020 (goods and services, $ billions)

| Flow | 2019 | 2020 |
| --- | --- | --- |
| U.S. exports to Japan | 122.6 | 104.4 |
| U.S. imports from Japan | 179.4 | 147.6 |
| U.S. balance | -56.8 | -43.2 |

Japan ranked first among sources of foreign direct investment (FDI) in the United States in 2020, ahead of the United Kingdom, as it had in 2019. Japanese holdings of U.S. Treasury securities, about $1.32 trillion in September, exceed China's and are the largest of any foreign country. On November 12, the two governments agreed to open talks on the Section 232 tariffs of 25% on steel and 10% on aluminum that the Trump Administration imposed in 2018.

## Japan's Economy

After shrinking 4.7% in 2020, the economy was expected to rebound this year, but a state of emergency over the summer held it back: output contracted at an annualized rate of 3.0% in July-September. On November 19, Kishida's cabinet approved a record ¥55.7 trillion fiscal stimulus package, including cash handouts to households with children; a supplementary budget to fund it is to go to the Diet in December. The most recent extra budget enacted, the third for FY2020, totaled ¥21.8 trillion (roughly $210 billion) and passed in January 2021.

The yen has weakened as U.S. interest rates have risen. This week it slid to about ¥115 per dollar, a four-and-a-half-year low against the dollar. In Glasgow, Kishida repeated Japan's pledge to reduce greenhouse gas emissions 46% from their 2013 level by 2030, a target Suga announced in April to replace the 26% goal set in 2015; Japan also aims for net-zero emissions by 2050.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Brock R. Williams**, Specialist in International Trade and Finance

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Caitlin Campbell**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Kishida Fumio"),
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "alliance.treaty_ally_since": F(1951, as_written="Japan, allied with the United States by treaty since 1951"),
        "alliance.us_troops_in_japan": F(55000, "about", as_written="U.S. forces in Japan number around fifty-five thousand"),
        "alliance.host_nation_support_per_year": F(1800000000, "about", per="year", period="FY2021", as_written="Japan's contribution to their upkeep for FY2021, ¥201.7 billion (some $1.8 billion)"),
        "alliance.host_nation_support_agreement": D("2021-02", as_written="a stopgap one-year extension of the previous Special Measures Agreement that the two governments agreed on in February 2021"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="roughly a quarter of the installations used by U.S. Forces Japan (USFJ)", note="sidebar"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="more than 50 percent of USFJ personnel", note="sidebar"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="Okinawa Prefecture covers under one percent of Japan's territory", note="sidebar"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="approximately four thousand Marines are to move from Okinawa to Guam", note="sidebar"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="Defense spending has rarely exceeded one percent of GDP since the cabinet of Miki Takeo set that threshold in 1976"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="With the 32 seats won by its coalition partner, Komeito"),
        "politics.lower_house_coalition_share": F(63, as_written="the governing parties hold 293 of the 465 seats in the House of Representatives: sixty-three percent"),
        "politics.upper_house_coalition_share": F(57, "about", as_written="The coalition's hold on the House of Councillors rests on approximately 57% of the seats"),
        "politics.next_diet_election_due": F(2022, as_written="Half of that chamber faces election in July 2022, the next nationwide vote"),
        "politics.lower_house_election_due": D("2025-10", as_written="the members chosen on October 31 may serve until October 2025"),
        "trade.overall_partner_rank": F(4, period="2020", as_written="Japan kept its place as the fourth-largest U.S. trading partner in 2020"),
        "trade.export_partner_rank": F(5, period="2020", as_written="U.S. exports to Japan and U.S. imports from it each ranked fifth among partners that year"),
        "trade.import_partner_rank": F(5, period="2020", as_written="U.S. exports to Japan and U.S. imports from it each ranked fifth among partners that year"),
        "trade.us_exports_to_japan": F(104400000000, period="2020", as_written="Table 1: U.S. exports to Japan | 122.6 | 104.4 ($ billions; 2020 column)"),
        "trade.us_imports_from_japan": F(147600000000, period="2020", as_written="Table 1: U.S. imports from Japan | 179.4 | 147.6 ($ billions; 2020 column)"),
        "trade.fdi_source_rank": F(1, period="2020", as_written="Japan ranked first among sources of foreign direct investment (FDI) in the United States in 2020"),
        "trade.treasury_holder_rank": F(1, as_written="Japanese holdings of U.S. Treasury securities ... exceed China's and are the largest of any foreign country"),
        "economy.gdp_growth": GDP(y2020=-4.7),
        "economy.supplementary_budget": F(210000000000, "about", period="2021-01", as_written="The most recent extra budget enacted, the third for FY2020, totaled ¥21.8 trillion (roughly $210 billion) and passed in January 2021"),
        "economy.yen": F("four-and-a-half-year low against the dollar", period="2021-11", as_written="This week it slid to about ¥115 per dollar, a four-and-a-half-year low against the dollar"),
        "economy.emissions_cut_target": F(46, by="2030", baseline="2013", as_written="reduce greenhouse gas emissions 46% from their 2013 level by 2030"),
        "diplomacy.quad_leader_meetings": F(2, as_written="Quad leaders have now convened twice"),
    },
    "elections": {
        "lower_house_2021": E("Lower House", "2021-10-31", "held", result="LDP 261, Komeito 32: 293 of 465 seats, 63%"),
        "ldp_president_2021": E("LDP president", "2021-09-29", "held", result="Kishida Fumio"),
        "upper_house_2022": E("Upper House", "2022-07", "upcoming"),
        "okinawa_governor_2022": E("Okinawa governor", "2022-09", "upcoming", note="Tamaki Denny expected to seek a second term"),
    },
    "notes": "Traps: 'succeeding Suga Yoshihide' and 'a meeting Suga attended' (former PM); 'was chosen prime minister by the Diet on October 4' and 'on November 10 the Diet voted him back into office' (not election dates); 'on October 5', 'on November 2' (calls and meetings, not events); 'the two governments' April 16 joint statement was the first since 1969'; 'The LDP won 261 seats on its own, down from the 276 it held before the vote' (one party's seats, not the coalition share); 'With the 32 seats won by its coalition partner' and '293 of the 465 seats' (counts beside 'sixty-three percent'); 'nearly quadrupled its strength, to 41 seats' (Ishin, not in the coalition); Figure 1 (seats by party; axis ticks 0-300, no value labels); 'Early polls put approval of his new cabinet near 50%' (approval, not a share); 'the largest U.S. military presence in any foreign country' (not a rank); '¥201.7 billion' (yen amount), 'before the extension lapses at the end of March 2022' (expiry, not the agreement date) and 'the Trump Administration's reported request for $8 billion a year' (demand, not the payment); 'since the cabinet of Miki Takeo set that threshold in 1976' (year of the limit, not the treaty); 'raising it toward \"2% or more\" of GDP' (party platform; no government goal) and 'the government has not adopted a numerical target'; 'more than ¥700 billion for defense' and 'above ¥6 trillion' (expected defense supplementary); 'the first transfers are not expected before 2024' (no Marines in Guam yet); 'behind the United Kingdom in the first case and Germany in the second' (partners ahead of Japan, not Japan's rank); Table 1's 2019 column ('122.6', '179.4') and balance row ('-56.8', '-43.2'); 'ahead of the United Kingdom, as it had in 2019'; 'about $1.32 trillion in September' (amount); 'Section 232 tariffs of 25% on steel and 10% on aluminum' (product tariffs, not the tariff on most imports); 'output contracted at an annualized rate of 3.0% in July-September' (a quarter); 'a record ¥55.7 trillion fiscal stimulus package' and 'a supplementary budget to fund it is to go to the Diet in December' (planned); 'about ¥115 per dollar'; 'replace the 26% goal set in 2015' (superseded target) and 'net-zero emissions by 2050'. Judgement calls: the February 2021 one-year extension is the latest cost-sharing agreement (as H3/N3/R2); 'sixty-three percent' is exact 63; 'rarely exceeded one percent of GDP' is exact 1; exports and imports are Table 1's 2020 column; the upper-house July 2022 vote is the next national election (2022) and the October 2025 end of term only the Lower House deadline; the October 31 election is dated to the day. HTML sidebar 'Okinawa and Guam' (with Figure 1 floated into it); PDF NBSP and hyphenation; interleaved columns.",
}
