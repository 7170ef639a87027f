from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "LC1-IF10199-2023-07", "fresh31", "IF10199", 31
LAYOUTS = ["html", "layout"]
PDF_OPTS = ["lig", "hyph"]
SIDEBAR = "Okinawa and Guam"
CHART = {"unit": "% of GDP", "ymax": 2, "ticks": [0, 0.5, 1, 1.5, 2],
         "series": ["Defense-related outlays"],
         "bars": {"FY2019": (0.93,), "FY2020": (0.95,), "FY2021": (0.97,), "FY2022": (1.02,), "FY2023": (1.19,)}}

MD = """
U.S.-Japan Relations

Updated July 18, 2023

## Overview

Bound to the United States by a security treaty signed in 1951 and revised in 1960, Japan has spent the past year reshaping its defense policy more boldly than any government in decades. The changes were carried out by Prime Minister Kishida Fumio, whose predecessor's predecessor, former Prime Minister Abe Shinzo, had argued for many of them before he was shot dead while campaigning last July. Kishida was received at the White House by President Joe Biden in January, and in May he hosted the Group of Seven (G7) summit in Hiroshima, which Ukraine's President Volodymyr Zelensky attended in person. A first stand-alone trilateral summit with South Korean President Yoon Suk Yeol, who visited Tokyo in March, is expected next month.

## A Defense Overhaul

Three strategy documents, approved by the cabinet last December, set out what officials describe as a fundamental shift. They call for Japan's spending on defense and related items to reach, by FY2027, an amount equal to 2% of gross domestic product (GDP)—a standard that NATO members have also adopted. For roughly half a century, successive governments had kept the defense budget near 1% of GDP, a ceiling that was informal after 1987 (Figure 1). Some ¥43 trillion (about $310 billion) is to be spent over the five fiscal years beginning with FY2023. The documents also endorse "counterstrike" capabilities, and Tokyo has said it will buy as many as 400 U.S.-made Tomahawk cruise missiles, the first of which could be deployed in FY2026.

**Figure 1. Japan's Defense-Related Outlays Relative to GDP, FY2019-FY2023**

Source: CRS, from Japan Ministry of Defense and Cabinet Office data. Initial budgets.

## The Alliance

U.S. forces in Japan number in excess of fifty thousand military personnel, plus tens of thousands of family members and civilian employees—the largest forward-deployed U.S. presence in any country. Their upkeep is shared. In a special measures agreement (SMA) announced in December 2021 and covering FY2022 through FY2026, Japan agreed to contribute ¥1.05 trillion. Spread evenly, that is ¥211 billion annually, or approximately $1.5 billion per year at mid-2023 exchange rates (close to $1.9 billion at the rate prevailing when the accord was announced). Alliance managers have also agreed to upgrade the U.S. command in Japan, which now has little operational authority.

## Okinawa and Guam

Okinawa Prefecture accounts for a mere 0.6% of the nation's land. Roughly seven-tenths of the land set aside for the exclusive use of U.S. forces in Japan lies within it, and over half of the U.S. troops in the country are based there. Under a realignment plan revised in 2012, about 9,000 Marines are to leave the prefecture; of them, some four thousand are to go to Guam, where the Marine Corps activated Camp Blaz in January. Transfers are expected to start next year. Governor Tamaki Denny, re-elected last September, opposes the construction of a replacement airfield at Henoko, on the island's northeast coast.

## Domestic Politics

The ruling coalition—the Liberal Democratic Party (LDP) and its longtime partner Komeito—controls more than three-fifths of the House of Representatives, the lower chamber, which was elected in October 2021. In the House of Councillors, the coalition's share rose from 57% to 59% in last July's election, held two days after Abe's death. The two parties briefly suspended electoral cooperation in Tokyo in May over the allocation of new districts. Speculation that Kishida would dissolve the lower chamber in June and call a snap election ended when he said he would not; his cabinet's approval ratings have since slipped below 40% in several polls. No national vote is required for some time: the next regular election, for half of the upper chamber, falls in July 2025, and the lower chamber's four-year term runs out three months after that. Before then, Kishida must win re-election as LDP president in September 2024.

## Economic Ties

Japan remains one of the most important U.S. economic partners. Counting goods and services, it ranked fourth among U.S. trading partners in 2022. As a destination for U.S. exports it also placed fourth; as a supplier, one notch lower. Two-way trade exceeded $300 billion.

Table 1. U.S. Trade with Japan, Goods and Services ($ billions)

| | 2021 | 2022 |
| --- | --- | --- |
| U.S. exports to Japan | 112.2 | 120.1 |
| U.S. imports from Japan | 167.8 | 180.3 |
| U.S. balance | -55.6 | -60.2 |

Measured by stock, Japan has been the leading foreign direct investor in the United States since 2019; its firms' position stood at $721 billion at the end of 2021, ahead of Canada's and the United Kingdom's. Of the U.S. Treasury securities held abroad, Japan holds the most, $1.13 trillion as of April, with China ($869 billion) next.

Growth in real GDP, 2.2% in 2021, slowed to 1.0% last year; output rose at an annualized 2.7% in the first quarter of 2023. To shield households from higher energy bills, the Diet last December enacted a ¥28.9 trillion supplementary budget, roughly $210 billion. The Bank of Japan, led since April by Governor Ueda Kazuo, has kept its ultra-easy policy, and the yen, having sunk in October 2022 to a 32-year low against the dollar, near ¥152, weakened again in June to beyond ¥144. On climate, Japan's target is a cut in greenhouse gas emissions of 46% from the FY2013 level by FY2030, with efforts to reach 50%, and net zero by 2050.

## Regional Diplomacy

In Hiroshima, Kishida also met the leaders of Australia, India, and the United States, whose "Quad" grouping has now convened at the leader level five times; three of those meetings were held in person. A summit planned for Sydney was called off when President Biden cut short his trip. Japan is one of the fourteen members of the Indo-Pacific Economic Framework for Prosperity (IPEF), which concluded a supply chain agreement in May. Since Russia's invasion of Ukraine in February 2022, Japan has committed some $7.6 billion to Ukraine. Most of it, $6.1 billion, is financial support, including the $5.5 billion announced this February; humanitarian and recovery aid makes up roughly $1.5 billion of the total.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Caitlin Campbell**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Kishida Fumio", note="family name first"),
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "alliance.treaty_ally_since": F(1951, as_written="Bound to the United States by a security treaty signed in 1951 and revised in 1960"),
        "alliance.us_troops_in_japan": F(50000, "over", as_written="U.S. forces in Japan number in excess of fifty thousand military personnel", note="number in words; 'in excess of' = over"),
        "alliance.host_nation_support_per_year": F(1500000000, "about", per="year", as_written="or approximately $1.5 billion per year at mid-2023 exchange rates", note="the dollar figure at the cover date; 'that' points back to the ¥1.05 trillion total"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="In a special measures agreement (SMA) announced in December 2021 and covering FY2022 through FY2026"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="Roughly seven-tenths of the land set aside for the exclusive use of U.S. forces in Japan lies within it", note="sidebar; exclusive-use basis; fraction in words; subject 'it' = Okinawa"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="and over half of the U.S. troops in the country are based there", note="sidebar"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="Okinawa Prefecture accounts for a mere 0.6% of the nation's land", note="sidebar"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="of them, some four thousand are to go to Guam", note="sidebar; number in words; 'them' = the 9,000 leaving"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2027", as_written="They call for Japan's spending on defense and related items to reach, by FY2027, an amount equal to 2% of gross domestic product (GDP)", note="subject 'They' = the strategy documents"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="successive governments had kept the defense budget near 1% of GDP, a ceiling that was informal after 1987", note="'near' hedges the budget, not the ceiling (as fresh28/29)"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="the Liberal Democratic Party (LDP) and its longtime partner Komeito"),
        "politics.lower_house_coalition_share": F(60, "over", as_written="controls more than three-fifths of the House of Representatives, the lower chamber", note="fraction rule"),
        "politics.upper_house_coalition_share": F(59, previous=57, as_written="In the House of Councillors, the coalition's share rose from 57% to 59% in last July's election"),
        "politics.next_diet_election_due": F(2025, as_written="the next regular election, for half of the upper chamber, falls in July 2025"),
        "politics.lower_house_election_due": D("2025-10", as_written="and the lower chamber's four-year term runs out three months after that", note="three months after July 2025"),
        "trade.overall_partner_rank": F(4, period="2022", as_written="Counting goods and services, it ranked fourth among U.S. trading partners in 2022"),
        "trade.export_partner_rank": F(4, period="2022", as_written="As a destination for U.S. exports it also placed fourth"),
        "trade.import_partner_rank": F(5, period="2022", as_written="as a supplier, one notch lower", note="one place below fourth"),
        "trade.us_exports_to_japan": F(120100000000, period="2022", as_written="Table 1: U.S. exports to Japan | 112.2 | 120.1", note="only in Table 1 ($ billions in the caption), 2022 column"),
        "trade.us_imports_from_japan": F(180300000000, period="2022", as_written="Table 1: U.S. imports from Japan | 167.8 | 180.3", note="only in Table 1, 2022 column"),
        "trade.fdi_source_rank": F(1, period="2021", as_written="Measured by stock, Japan has been the leading foreign direct investor in the United States since 2019; its firms' position stood at $721 billion at the end of 2021", note="period from the position's date in the same sentence"),
        "trade.treasury_holder_rank": F(1, period="2023-04", as_written="Of the U.S. Treasury securities held abroad, Japan holds the most, $1.13 trillion as of April", note="inverted sentence; month with the year from the cover"),
        "economy.gdp_growth": GDP(y2022=1.0, y2021=2.2),
        "economy.supplementary_budget": F(210000000000, "about", period="2022-12", as_written="the Diet last December enacted a ¥28.9 trillion supplementary budget, roughly $210 billion"),
        "economy.yen": F("32-year low against the dollar", period="2022-10", as_written="the yen, having sunk in October 2022 to a 32-year low against the dollar, near ¥152"),
        "economy.emissions_cut_target": F(46, by="FY2030", baseline="FY2013", as_written="a cut in greenhouse gas emissions of 46% from the FY2013 level by FY2030"),
        "diplomacy.quad_leader_meetings": F(5, as_written="whose \"Quad\" grouping has now convened at the leader level five times"),
        "diplomacy.ipef_other_partners": F(13, as_written="Japan is one of the fourteen members of the Indo-Pacific Economic Framework for Prosperity (IPEF)", note="fourteen members including Japan: 13 others"),
        "diplomacy.ukraine_financial_support": F(6100000000, as_written="Most of it, $6.1 billion, is financial support"),
        "diplomacy.ukraine_humanitarian_aid": F(1500000000, "about", as_written="humanitarian and recovery aid makes up roughly $1.5 billion of the total"),
    },
    "elections": {
        "lower_house_2021": E("Lower House", "2021-10", "held", result="coalition controls more than three-fifths"),
        "upper_house_2022": E("Upper House", "2022-07", "held", result="coalition share rose from 57% to 59%", note="'last July's election'"),
        "okinawa_governor_2022": E("Okinawa governor", "2022-09", "held", result="Tamaki Denny re-elected", note="'re-elected last September'"),
        "upper_house_2025": E("Upper House", "2025-07", "upcoming"),
        "ldp_president_2024": E("LDP president", "2024-09", "upcoming", note="'Kishida must win re-election as LDP president in September 2024'"),
    },
    "events": {
        "abe_assassination": EV("Former Prime Minister Abe Shinzo shot dead while campaigning", "2022-07", "held"),
    },
    "notes": "Traps: 'revised in 1960' (not the treaty year); 'whose predecessor's predecessor, former Prime Minister Abe Shinzo' (former leader); 'received at the White House by President Joe Biden in January' and 'in May he hosted the Group of Seven (G7) summit in Hiroshima' (no facts); 'Ukraine's President Volodymyr Zelensky' and 'South Korean President Yoon Suk Yeol, who visited Tokyo in March' (other countries' leaders); 'is expected next month' (planned summit); 'approved by the cabinet last December' (strategy documents, not the SMA); 'a standard that NATO members have also adopted' (NATO's 2%); 'For roughly half a century' and 'informal after 1987' (not the limit); 'Some ¥43 trillion (about $310 billion)' (five-year total, not host-nation support or a Tomahawk amount); 'as many as 400 U.S.-made Tomahawk cruise missiles' (a count; no purchase amount stated) and 'could be deployed in FY2026'; Figure 1 (% of GDP, FY2019-FY2023; ticks 0, 0.5, 1, 1.5, 2 in the layout text; no value labels; the '2' tick is not the goal); 'plus tens of thousands of family members and civilian employees'; 'Japan agreed to contribute ¥1.05 trillion' and 'that is ¥211 billion annually' (yen); '(close to $1.9 billion at the rate prevailing when the accord was announced)' (the same payment at the December 2021 rate, not the current figure); 'covering FY2022 through FY2026'; sidebar 'Okinawa and Guam' (html aside, with Figure 1 floated into it; an ordinary section in the layout text); 'about 9,000 Marines are to leave the prefecture' (total leaving, not Guam); 'Under a realignment plan revised in 2012'; 'activated Camp Blaz in January' and 'Transfers are expected to start next year' (no Marines in Guam stated); 'the coalition's share rose from 57%' (previous Upper House share); 'held two days after Abe's death'; 'briefly suspended electoral cooperation in Tokyo in May'; 'dissolve the lower chamber in June' (a snap election that did not happen); 'slipped below 40% in several polls' (approval ratings); 'Kishida must win re-election as LDP president in September 2024' (an LDP vote, not the next Diet election); 'Two-way trade exceeded $300 billion' (total trade); Table 1's 2021 column (112.2, 167.8: the year before) and balance row; 'since 2019' (a span, not the rank's period); '$721 billion' (FDI position, no IF10199 fact); 'ahead of Canada's and the United Kingdom's'; 'with China ($869 billion) next' (second holder); 'output rose at an annualized 2.7% in the first quarter of 2023' (a quarter); '¥28.9 trillion' (yen); 'Governor Ueda Kazuo' (central bank governor, no leader fact); 'near ¥152' and 'weakened again in June to beyond ¥144' (exchange rates, not the yen fact); 'with efforts to reach 50%, and net zero by 2050' (aspiration, not the target); 'three of those meetings were held in person' (a subset, not the Quad count); 'A summit planned for Sydney was called off'; 'concluded a supply chain agreement in May'; 'committed some $7.6 billion to Ukraine' (the total); 'including the $5.5 billion announced this February' (part of the financial support). Layout: PDF ligatures and hyphenated line ends; pdftotext -layout sets the two columns side by side, Table 1 and the boxed Figure 1 among them.",
}
