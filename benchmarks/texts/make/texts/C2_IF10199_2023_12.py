from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "C2-IF10199-2023-12", "fresh6", "IF10199", 34
LAYOUTS = ["md", "pdf", "layout"]
PDF_OPTS = ["lig", "hyph"]
CHART = {"unit": "$ billions", "ymax": 200, "ticks": [0, 50, 100, 150, 200],
         "series": ["U.S. exports to Japan", "U.S. imports from Japan"],
         "bars": {"2018": (121.1, 179.4), "2019": (122.6, 179.4), "2020": (101.1, 142.2), "2021": (112.2, 167.8), "2022": (120.1, 180.3)}}

MD = """
U.S.-Japan Relations

Updated December 12, 2023

## Overview

The U.S.-Japan alliance, anchored in a security treaty first concluded in 1951, is arguably closer in operational terms than at any point in its history, and Japan is a central partner in the Biden Administration's effort to build overlapping coalitions in the Indo-Pacific. Prime Minister Kishida Fumio and President Joe Biden last met on November 16, on the sidelines of the Asia-Pacific Economic Cooperation (APEC) meeting in San Francisco, three months after the two joined South Korean President Yoon Suk Yeol at Camp David for the first stand-alone trilateral summit among the three countries. Press reports indicate Kishida may make a state visit to Washington in early 2024.

Tokyo has moved further than many observers expected in strengthening its own military, and it has aligned closely with Washington on sanctions against Russia and on export controls on advanced semiconductor equipment to China. Those steps have come as Kishida's domestic standing has eroded.

## Kishida Under Pressure

Support for Kishida's cabinet slipped below 25% in several polls in November and early December, and prosecutors are examining whether LDP factions, among them the largest, formerly led by Abe Shinzo, failed to report hundreds of millions of yen in fundraising income. Abe, the party's dominant figure for a decade, was shot dead on July 8, 2022, while campaigning in Nara.

The governing coalition of the Liberal Democratic Party (LDP) and Komeito nonetheless retains comfortable majorities in both chambers of the Diet. It holds 293 seats, or about 63%, in the 465-member House of Representatives, whose members were elected in October 2021. Its share of the House of Councillors is close to three-fifths, up from 57% before the July 2022 election.

Kishida need not face the voters before 2025. In July of that year 124 House of Councillors seats come up for election, and the sitting House of Representatives may remain in place until October 2025 unless it is dissolved earlier; talk of a snap election this autumn has faded. His term as LDP president expires in September 2024, when the party will hold a leadership vote.

## Japan's Changing Approach to Its Security

A year ago, the Kishida Cabinet approved three strategy documents that commit Japan to raising spending on defense and related items to 2% of GDP by FY2027, roughly double the 1-percent-of-GDP line that Japanese governments long treated as a ceiling. The plan envisions ¥43 trillion in defense outlays over the five years starting in FY2023, and the Ministry of Defense has requested ¥7.7 trillion for FY2024.

The documents also endorse acquiring "counterstrike" capabilities, in part through purchases of U.S. Tomahawk cruise missiles. On November 17, the State Department approved the possible sale of as many as 400 of the missiles, a package put at about $2.35 billion; Japan had set aside ¥211.3 billion in its FY2023 budget for the purchase.

## The U.S.-Japan Military Alliance

Japan is home to north of 50,000 U.S. military personnel, more than are stationed in any other foreign country. Under the five-year cost-sharing package agreed in December 2021 and covering FY2022-FY2026, Japan contributes an average of ¥211 billion a year, approximately $1.45 billion at current exchange rates, toward the upkeep of U.S. bases. Tokyo separately pays rents, compensation to host communities, and most of the cost of realignment projects.

Roughly seventy percent of the land set aside for the exclusive use of U.S. forces lies in Okinawa, a prefecture making up about 0.6% of Japan's territory; the majority of USFJ personnel are stationed there as well. Camp Blaz on Guam, activated in January 2023, is to begin receiving approximately four thousand Marines from Okinawa in late 2024. In November, the Marine Corps converted the Okinawa-based 12th Marine Regiment, some 2,000 strong, into a littoral regiment designed to operate from the islands of Japan's southwest.

Governor Tamaki Denny, who won a second term in September 2022, continues to resist the relocation of Marine Corps Air Station Futenma to Henoko. The Supreme Court ruled against the prefecture in September 2023, and a high court decision on whether the central government may approve a design change in the prefecture's place is expected later this month.

## Regional Relations

Quad leaders' meetings now number five; the latest took place in Hiroshima in May, after a planned Sydney summit was scrapped, and India is expected to host the next. Japan is also a founding participant in the Indo-Pacific Economic Framework for Prosperity (IPEF), launched in May 2022: apart from Japan, its founders numbered 13, the United States included. At the November ministerial in San Francisco, members announced the substantial conclusion of talks on clean-economy and fair-economy agreements, and the supply-chain agreement was signed on November 14.

Kishida met Chinese leader Xi Jinping the same week, their first meeting in a year. Beijing has banned imports of Japanese seafood since Tokyo began releasing treated water from the Fukushima Daiichi nuclear plant on August 24.

Tokyo has committed five and a half billion dollars in financial support to Ukraine and some $1.3 billion in humanitarian and recovery assistance. At a virtual Group of Seven meeting on December 6, Kishida said Japan would extend a further $4.5 billion.

## Economic and Trade Issues

Japan's economy grew 1.0% in 2022, after 2.6% in 2021, and the IMF projects growth of about 2% for 2023; in the July-September quarter, however, output contracted at an annualized 2.9%. The Bank of Japan's ultra-loose monetary policy has kept the yen weak: it slid past ¥151 to the dollar in November, the currency's lowest level in 33 years, having hit what was then a 32-year low in October 2022. On November 29, the Diet approved extra spending of ¥13.1 trillion (some $88 billion), the centerpiece of a ¥17 trillion relief plan that also promises a one-time cut of ¥40,000 per person in income and residential taxes next June. Under the Paris Agreement, Tokyo has pledged to cut greenhouse gas emissions 46% from FY2013 levels by FY2030, and it has set an aspirational goal of 50%.

Japan's place among U.S. economic partners in 2022:

- Overall trading partner: fourth
- Market for U.S. exports: fifth, with purchases of $120.1 billion in goods and services
- Source of U.S. imports: also fifth, at $180.3 billion

**Figure 1. U.S. Trade with Japan, 2018-2022**

Source: Bureau of Economic Analysis. Goods and services.

Measured by the stock of direct investment, Japan ranks first among foreign investors in the United States, with $775 billion at the end of 2022. Japan, too, sits at the top of the list of foreign owners of U.S. Treasury securities; its $1.09 trillion exceeds China's roughly $780 billion.

**Caitlin Campbell**, Coordinator, Analyst in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Kishida Fumio"),
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "alliance.treaty_ally_since": F(1951, as_written="The U.S.-Japan alliance, anchored in a security treaty first concluded in 1951"),
        "alliance.us_troops_in_japan": F(50000, "over", as_written="Japan is home to north of 50,000 U.S. military personnel"),
        "alliance.host_nation_support_per_year": F(1450000000, "about", per="year", as_written="Japan contributes an average of ¥211 billion a year, approximately $1.45 billion at current exchange rates"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="Under the five-year cost-sharing package agreed in December 2021"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="Roughly seventy percent of the land set aside for the exclusive use of U.S. forces lies in Okinawa", note="exclusive-use basis"),
        "alliance.okinawa_share_of_land_area": F(0.6, "about", as_written="a prefecture making up about 0.6% of Japan's territory"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="the majority of USFJ personnel are stationed there as well"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="is to begin receiving approximately four thousand Marines from Okinawa in late 2024"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2027", as_written="raising spending on defense and related items to 2% of GDP by FY2027"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="roughly double the 1-percent-of-GDP line that Japanese governments long treated as a ceiling", note="'roughly' hedges 'double', not the 1%"),
        "defense.tomahawk_purchase": F(2350000000, "about", as_written="the possible sale of as many as 400 of the missiles, a package put at about $2.35 billion"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="The governing coalition of the Liberal Democratic Party (LDP) and Komeito"),
        "politics.lower_house_coalition_share": F(63, "about", as_written="It holds 293 seats, or about 63%, in the 465-member House of Representatives"),
        "politics.upper_house_coalition_share": F(60, "nearly", previous=57, as_written="Its share of the House of Councillors is close to three-fifths, up from 57% before the July 2022 election"),
        "politics.next_diet_election_due": F(2025, as_written="Kishida need not face the voters before 2025. In July of that year 124 House of Councillors seats come up for election"),
        "politics.lower_house_election_due": D("2025-10", as_written="the sitting House of Representatives may remain in place until October 2025 unless it is dissolved earlier"),
        "trade.overall_partner_rank": F(4, period="2022", as_written="Overall trading partner: fourth"),
        "trade.export_partner_rank": F(5, period="2022", as_written="Market for U.S. exports: fifth"),
        "trade.us_exports_to_japan": F(120100000000, period="2022", as_written="with purchases of $120.1 billion in goods and services"),
        "trade.import_partner_rank": F(5, period="2022", as_written="Source of U.S. imports: also fifth"),
        "trade.us_imports_from_japan": F(180300000000, period="2022", as_written="Source of U.S. imports: also fifth, at $180.3 billion"),
        "trade.fdi_source_rank": F(1, period="2022", as_written="Measured by the stock of direct investment, Japan ranks first among foreign investors in the United States"),
        "trade.treasury_holder_rank": F(1, as_written="Japan, too, sits at the top of the list of foreign owners of U.S. Treasury securities"),
        "economy.gdp_growth": GDP(y2022=1.0, y2021=2.6),
        "economy.supplementary_budget": F(88000000000, "about", period="2023-11", as_written="On November 29, the Diet approved extra spending of ¥13.1 trillion (some $88 billion)"),
        "economy.yen": F("33-year low against the dollar", period="2023-11", as_written="it slid past ¥151 to the dollar in November, the currency's lowest level in 33 years"),
        "economy.emissions_cut_target": F(46, by="FY2030", baseline="FY2013", as_written="to cut greenhouse gas emissions 46% from FY2013 levels by FY2030"),
        "diplomacy.quad_leader_meetings": F(5, as_written="Quad leaders' meetings now number five"),
        "diplomacy.ipef_other_partners": F(13, period="2022-05", as_written="apart from Japan, its founders numbered 13, the United States included"),
        "diplomacy.ukraine_financial_support": F(5500000000, as_written="Tokyo has committed five and a half billion dollars in financial support to Ukraine"),
        "diplomacy.ukraine_humanitarian_aid": F(1300000000, "about", as_written="and some $1.3 billion in humanitarian and recovery assistance"),
    },
    "elections": {
        "lower_house_2021": E("Lower House", "2021-10", "held", result="LDP-Komeito 293 of 465 seats, about 63%"),
        "upper_house_2022": E("Upper House", "2022-07", "held", result="coalition share from 57% to close to three-fifths"),
        "okinawa_governor_2022": E("Okinawa governor", "2022-09", "held", result="Tamaki Denny won a second term"),
        "ldp_president_2024": E("LDP president", "2024-09", "upcoming"),
        "upper_house_2025": E("Upper House", "2025-07", "upcoming", note="'In July of that year' carries 2025 from the sentence before"),
    },
    "events": {
        "abe_assassination": EV("former Prime Minister Abe Shinzo shot dead while campaigning in Nara", "2022-07-08"),
    },
    "notes": "Traps: 'last met on November 16' (APEC) and 'three months after ... at Camp David'; 'Press reports indicate Kishida may make a state visit to Washington in early 2024' (planned); 'Support for Kishida's cabinet slipped below 25%'; 'hundreds of millions of yen'; 'Abe, the party's dominant figure for a decade' (former leader, not the PM); '293 seats' and 'the 465-member House of Representatives' (counts beside the 63%); 'up from 57% before the July 2022 election' (previous Upper House share); '124 House of Councillors seats'; 'talk of a snap election this autumn has faded'; 'His term as LDP president expires in September 2024' (an LDP vote, not the next Diet election); 'A year ago, the Kishida Cabinet approved three strategy documents'; 'roughly double the 1-percent-of-GDP line' ('roughly' hedges the doubling; the 1% limit is exact); '¥43 trillion in defense outlays' and 'requested ¥7.7 trillion for FY2024'; 'On November 17' and 'as many as 400 of the missiles' (a count); 'Japan had set aside ¥211.3 billion in its FY2023 budget for the purchase' (budget line, not the $2.35 billion sale); 'more than are stationed in any other foreign country' (not a rank); 'covering FY2022-FY2026' and 'an average of ¥211 billion a year' (yen; the dollar figure is the fact); 'Camp Blaz on Guam, activated in January 2023' and 'in late 2024' (no Marines in Guam yet: marines_in_guam not stated); 'the 12th Marine Regiment, some 2,000 strong' (a different unit, not the Guam move); 'The Supreme Court ruled against the prefecture in September 2023' and 'a high court decision ... is expected later this month'; 'the latest took place in Hiroshima in May', 'a planned Sydney summit was scrapped' and 'India is expected to host the next' (planned sixth); 'the supply-chain agreement was signed on November 14'; 'their first meeting in a year'; 'on August 24' (water release); 'At a virtual Group of Seven meeting on December 6, Kishida said Japan would extend a further $4.5 billion' (announced, not yet split into the two Ukraine facts); 'the IMF projects growth of about 2% for 2023' (projection, not in the by-year table) and 'contracted at an annualized 2.9%' (a quarter); '¥151 to the dollar' and 'having hit what was then a 32-year low in October 2022' (past low); 'a ¥17 trillion relief plan' and '¥40,000 per person'; 'an aspirational goal of 50%' (not the pledged cut); Figure 1 (U.S. trade with Japan 2018-2022, $ billions, ticks 0-200, no value labels); '$775 billion at the end of 2022' (FDI stock, not a fact); 'its $1.09 trillion exceeds China's roughly $780 billion' (amounts, not ranks). Judgement: trade ranks and amounts are in a 'label: value' bullet list (2022 from the lead-in line; 'also fifth' is 5); the Upper House share 'close to three-fifths' is nearly 60; the upcoming Upper House election takes its year from 'before 2025. In July of that year'; the Okinawa exclusive-use land share (70) is the facilities fact; IPEF 'apart from Japan, its founders numbered 13, the United States included' is 13; Tamaki's September 2022 reelection is okinawa_governor_2022 (held); the assassination has day precision and no status; PDF ligatures and hyphenated line ends (pdf and layout)",
}
