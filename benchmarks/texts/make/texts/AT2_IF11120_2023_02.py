from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "AT2-IF11120-2023-02", "fresh19", "IF11120", 17
TITLE = "U.S.-Japan Trade Agreement Negotiations"
LAYOUTS = ["md", "layout"]
PDF_OPTS = ["quotes", "hyph"]
CHART = {"unit": "$ billions", "ymax": 1400, "ticks": [0, 350, 700, 1050, 1400],
         "series": ["Two-way goods and services trade"],
         "bars": {"EU": (1310,), "Canada": (909,), "Mexico": (856,), "China": (758,), "Japan": (300,)}}

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated February 24, 2023

## Overview

Three years after two limited trade agreements between the United States and Japan took effect, neither government has moved to negotiate the broader pact those agreements were meant to lead to. The Biden Administration has instead pursued economic cooperation with Japan through arrangements that do not involve tariff cuts, chiefly the Indo-Pacific Economic Framework for Prosperity (IPEF), whose fourteen members held their first formal negotiating round in Brisbane, Australia, in December 2022 and their second in New Delhi this month. When Prime Minister Kishida Fumio called on President Joe Biden at the White House on January 13, 2023, the leaders' statement dwelt on security and technology; a comprehensive trade deal was not on the agenda. Some Members of Congress have urged the Administration to reopen market-access talks, particularly on agriculture and services, or to seek to rejoin the regional pact that succeeded the Trans-Pacific Partnership (TPP).

## The Stage One Agreements

The agreements grew out of a September 2018 joint statement in which President Donald Trump and then-Prime Minister Abe Shinzo agreed to negotiate. Formal talks opened with a round in Washington on April 15-16, 2019. Five months later, on September 25, 2019, the two leaders announced on the margins of the U.N. General Assembly that they had settled the terms of a "stage one" deal. Representatives of the two governments signed the U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement (DTA) in Washington on October 7, 2019; after Japan's Diet approved them that December, both entered into force on New Year's Day 2020. Because neither required changes to U.S. law, the Administration concluded them as executive agreements, without a vote in Congress.

Their main terms:

- Japan eliminated or reduced tariffs on roughly $7.2 billion of U.S. agricultural exports, largely matching its CPTPP commitments. Its beef tariff, 38.5% before the deal, is being phased down toward 9% by FY2033, subject to a safeguard whose trigger the two sides revised in 2022.
- The United States eliminated or reduced tariffs on about $40 million of Japanese farm goods and on some industrial products; its 2.5% tariff on passenger cars and 25% tariff on light trucks were left in place.
- The DTA bars customs duties on digital products transmitted electronically and restricts requirements that data be stored locally.

The USJTA committed the parties to consult, within four months of its entry into force, on a second stage of talks. Those consultations never produced formal negotiations.

## Section 232 and Other Tariff Issues

On May 17, 2019, President Trump proclaimed that imports of autos and parts threatened to impair U.S. national security under Section 232 of the Trade Expansion Act of 1962, but he imposed no tariffs; the 25% auto duty floated in 2018 was never applied, and Japan understood the stage one deal to rule it out. Steel and aluminum from Japan have faced Section 232 duties of 25% and 10%, respectively, since March 2018. Since April 1, 2022, a tariff-rate quota has let up to 1.25 million metric tons of Japanese steel a year enter free of the 25% duty. Japanese officials seek similar treatment for aluminum.

The 2022 Inflation Reduction Act (IRA) ties the full $7,500 clean vehicle tax credit to battery minerals extracted or processed in the United States or in a country with which it has a free trade agreement. Japan, which has no such agreement with the United States in the conventional sense, has asked to be treated as a partner. The two governments are reported to be discussing a critical minerals accord to that end; none has been signed.

## Trade and Investment Ties

Japan rounded out the top five U.S. trading partners in 2022 (Figure 1), with two-way trade in goods and services of just over $300 billion. U.S. exports of goods and services to Japan came to $80.2 billion and $39.9 billion, respectively, for a total of $120.1 billion, up from $112.2 billion in 2021. Of the $180.3 billion that the United States spent on imports from Japan, $148.1 billion went for merchandise, chiefly vehicles, machinery, and auto parts, and the remainder, $32.2 billion, for services such as travel and royalties.

The U.S. merchandise deficit with Japan widened to $67.9 billion in 2022 from $60.5 billion in 2021. Even so, having been the fourth-widest of any U.S. partner's, it became the sixth-widest, as the gaps with Canada and Germany grew faster.

**Figure 1. Top Five U.S. Trading Partners, 2022**

Source: CRS, with data from the Bureau of Economic Analysis (BEA). Goods and services; EU counted as one partner.

Japan heads the list of foreign direct investors in the United States. At the end of 2021, Japanese firms' stock of direct investment here was valued at $721.2 billion, up from $648 billion a year earlier. U.S. direct investment in Japan, at $118.8 billion that year, was about a sixth as large.

Japanese investors, public and private, held $1.08 trillion in U.S. Treasury securities in December 2022, placing Japan at the top of the Treasury Department's list of foreign holders; China, at $867 billion, came next.

## Politics in Tokyo

Kishida's Liberal Democratic Party and its partner Komeito enlarged their upper-house majority in the July 10, 2022, election, held two days after former Prime Minister Abe was fatally shot while campaigning in Nara. Kishida's approval ratings have since fallen below 40% in most polls, and his term as LDP president runs to September 2024. In December his cabinet adopted a plan to raise defense-related spending to 2% of GDP by FY2027, which could shape procurement from U.S. firms.

## Issues for Congress

- Whether to press for a comprehensive agreement with Japan covering services, investment, and remaining farm barriers, and whether any such deal should come to Congress for approval.
- Trade Promotion Authority, which lapsed on July 1, 2021, and would govern how such a deal is considered.
- Whether an IPEF outcome without new market access offers U.S. exporters enough.
- How Japan should be treated under the IRA's critical minerals requirement, and whether a minerals accord concluded without Congress would count as a free trade agreement.
- Coordination of controls on exports of chipmaking equipment to China, on which Japan and the Netherlands reportedly reached an understanding with the United States in late January.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Kishida Fumio"),
        "trade.overall_partner_rank": F(5, period="2022", as_written="Japan rounded out the top five U.S. trading partners in 2022 (Figure 1)", note="'rounded out the top five' = fifth; Figure 1 counts the EU as one partner"),
        "trade.us_exports_to_japan": F(120100000000, period="2022", as_written="for a total of $120.1 billion, up from $112.2 billion in 2021"),
        "trade.us_goods_exports_to_japan": F(80200000000, period="2022", as_written="U.S. exports of goods and services to Japan came to $80.2 billion and $39.9 billion, respectively"),
        "trade.us_services_exports_to_japan": F(39900000000, period="2022", as_written="U.S. exports of goods and services to Japan came to $80.2 billion and $39.9 billion, respectively"),
        "trade.us_imports_from_japan": F(180300000000, period="2022", as_written="Of the $180.3 billion that the United States spent on imports from Japan"),
        "trade.us_goods_imports_from_japan": F(148100000000, period="2022", as_written="$148.1 billion went for merchandise"),
        "trade.us_services_imports_from_japan": F(32200000000, period="2022", as_written="and the remainder, $32.2 billion, for services"),
        "trade.goods_deficit": F(67900000000, period="2022", as_written="The U.S. merchandise deficit with Japan widened to $67.9 billion in 2022 from $60.5 billion in 2021"),
        "trade.goods_deficit_rank": F(6, period="2022", as_written="having been the fourth-widest of any U.S. partner's, it became the sixth-widest"),
        "trade.fdi_source_rank": F(1, as_written="Japan heads the list of foreign direct investors in the United States"),
        "trade.japan_fdi_stock_in_us": F(721200000000, period="2021", as_written="At the end of 2021, Japanese firms' stock of direct investment here was valued at $721.2 billion, up from $648 billion a year earlier"),
        "trade.us_fdi_stock_in_japan": F(118800000000, period="2021", as_written="U.S. direct investment in Japan, at $118.8 billion that year"),
        "trade.treasury_holder_rank": F(1, period="2022-12", as_written="placing Japan at the top of the Treasury Department's list of foreign holders"),
        "agreements.usjta_signed": D("2019-10-07", as_written="signed the U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement (DTA) in Washington on October 7, 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="both entered into force on New Year's Day 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="both entered into force on New Year's Day 2020", note="'both' carries the DTA"),
    },
    "elections": {
        "upper_house_2022": E("Upper House", "2022-07-10", "held", result="LDP and Komeito enlarged their upper-house majority"),
    },
    "events": {
        "first_negotiating_round": EV("First formal round of U.S.-Japan trade negotiations, Washington", "2019-04", "held"),
        "stage_one_deal_finalized": EV("Trump and Abe announce they have settled the terms of a stage one deal", "2019-09-25", "held"),
        "section232_autos_proclamation": EV("Section 232 proclamation on autos and parts; no tariffs imposed", "2019-05-17", "held"),
        "abe_assassination": EV("Former Prime Minister Abe fatally shot while campaigning in Nara", "2022-07"),
    },
    "notes": "Traps: 'Three years after' (no date); 'whose fourteen members held their first formal negotiating round in Brisbane, Australia, in December 2022 and their second in New Delhi this month' (IPEF's rounds, not the USJTA talks' first round); 'on January 13, 2023' (a visit); 'the regional pact that succeeded the Trans-Pacific Partnership'; 'a September 2018 joint statement' (not tariff_talks_announced, which is the April 2025 announcement); 'on April 15-16, 2019' (span, dated by its month 2019-04); 'Five months later'; 'after Japan's Diet approved them that December' (not entry into force); 'roughly $7.2 billion of U.S. agricultural exports'; 'Its beef tariff, 38.5% before the deal, is being phased down toward 9% by FY2033' and 'revised in 2022'; 'about $40 million of Japanese farm goods'; 'its 2.5% tariff on passenger cars and 25% tariff on light trucks were left in place' (MFN rates); 'within four months of its entry into force'; 'the 25% auto duty floated in 2018 was never applied' (no Section 232 auto rate); 'Section 232 duties of 25% and 10%, respectively, since March 2018' and 'Since April 1, 2022, a tariff-rate quota has let up to 1.25 million metric tons' (steel and aluminum, not a tariff on most imports); 'the full $7,500 clean vehicle tax credit'; 'a critical minerals accord ...; none has been signed' (no CMA date); 'two-way trade in goods and services of just over $300 billion' (no fact); 'exports of goods and services ... came to $80.2 billion and $39.9 billion, respectively' (the two parts, not the total); 'up from $112.2 billion in 2021'; 'from $60.5 billion in 2021' and 'having been the fourth-widest' (2021 deficit and rank); 'as the gaps with Canada and Germany grew faster'; Figure 1 (top five partners, 2022, $ billions; axis ticks 0-1400, no value labels; EU first); 'up from $648 billion a year earlier' (2020 stock); 'was about a sixth as large' (a fraction, no fact); '$1.08 trillion' and 'China, at $867 billion, came next' (China second); 'held two days after former Prime Minister Abe was fatally shot' (assassination dated by month only: the day is implied); 'approval ratings have since fallen below 40%'; 'his term as LDP president runs to September 2024' (a term end, not an election); 'raise defense-related spending to 2% of GDP by FY2027' (no IF11120 fact); 'Trade Promotion Authority, which lapsed on July 1, 2021'; 'in late January' (export controls); PDF curly quotes and hyphenated line ends (layout text)",
}
