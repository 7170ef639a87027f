from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "AL2-IF11120-2023-06", "fresh17", "IF11120", 28
TITLE = "U.S.-Japan Trade Agreements and Negotiations"
LAYOUTS = ["md", "layout"]
PDF_OPTS = ["quotes", "hyph"]
CHART = {"unit": "$ billions", "ymax": 80, "ticks": [0, 20, 40, 60, 80],
         "series": ["U.S. goods deficit with Japan"],
         "bars": {"2018": (67.6,), "2019": (69.9,), "2020": (55.4,), "2021": (60.2,), "2022": (67.9,)}}

MD = """
U.S.-Japan Trade Agreements and Negotiations

Updated June 27, 2023

## Overview

Japan, the world's third-largest economy, is also one of the biggest U.S. trade and investment partners. Since 2019, when the Trump Administration and the government of then-Prime Minister Abe Shinzo opened formal negotiations in April, the two countries have concluded three agreements, each limited in scope. The Biden Administration has not sought a comprehensive free trade agreement. It has favored sector-specific deals and regional initiatives such as the Indo-Pacific Economic Framework for Prosperity (IPEF), whose 14 members announced at a May 27 ministerial meeting in Detroit that they had settled the text of a supply chain pact. President Joe Biden and Prime Minister Kishida Fumio met in Hiroshima during the Group of Seven (G7) summit that Japan hosted on May 19-21.

Kishida, whose coalition added seats in the July 2022 upper house election that came two days after Abe was shot dead on July 8, announced on June 15 that he would not dissolve the lower house before the current Diet session closed.

## Trade Flows

In 2022, two-way trade in goods and services between the United States and Japan came to $300.4 billion, which left Japan behind just three countries: Canada, Mexico, and China. U.S. purchases from Japan, at $180.3 billion, outweighed U.S. sales to it, at $120.1 billion, by roughly three to two.

The two sides of the ledger differ in makeup as well as size. Services, with travel and charges for intellectual property foremost among them, made up $39.9 billion of U.S. exports to Japan, against only $32.2 billion of U.S. imports from it. Goods accounted for the rest: $80.2 billion of the exports and $148.1 billion of the imports, close to twice as much.

**Figure 1. U.S. Goods Deficit with Japan, 2018-2022**

Source: U.S. Census Bureau.

The U.S. goods deficit with Japan, $67.9 billion in 2022, was smaller than the deficits the United States ran with China, Mexico, Vietnam, Canada, and Germany, and larger than any other. A year earlier, only three partners had outranked Japan on that measure. In January-April 2023, the gap was running at about $22 billion, slightly below its year-earlier pace.

## Investment and Finance

Japanese firms' direct investment position in the United States, $721.2 billion at the end of 2021, exceeded that of the United Kingdom, which held the lead until 2019, and every other country's. U.S. firms' position in Japan was about a sixth as large that year, just shy of $120 billion. Japan's holdings of U.S. Treasury securities, $1.13 trillion in April 2023, topped China's by close to $260 billion; no other foreign holder comes near either.

## Agreements in Force

Most of what the two governments have agreed dates from the first stage of talks, which President Trump and Prime Minister Abe declared concluded in New York on September 25, 2019.

Under the U.S.-Japan Trade Agreement (USJTA), which the two sides signed in Washington on October 7, 2019, and which has been in force since January 1, 2020, Japan eliminated or reduced tariffs on about $7.2 billion of U.S. agricultural products; its beef tariff, 38.5% before the agreement, is being lowered in stages to 9% by FY2033. The United States cut or removed duties on some $40 million of Japanese industrial goods. Because the U.S.-Japan Digital Trade Agreement took effect the same day as the USJTA, rules on data flows, source code, and electronic payments have applied alongside the tariff cuts from the start.

Japan's lithium, nickel, cobalt, graphite, and manganese may count toward the Inflation Reduction Act's $7,500 clean-vehicle tax credit because of a Critical Minerals Agreement that U.S. Trade Representative Katherine Tai signed with Japan's ambassador on March 28, 2023, and that some Members of Congress argue should have been submitted for their approval.

## Tariffs

Even though President Trump, in a proclamation issued on May 17, 2019, deemed imports of autos and parts a threat to U.S. national security, he never imposed Section 232 tariffs on them, and Japanese passenger cars still enter at the 2.5% most-favored-nation rate (light trucks pay 25%). Since April 1, 2022, when a tariff-rate quota replaced the 25% Section 232 duty on most Japanese steel, about 1.25 million metric tons a year have been allowed in duty-free; the 10% duty on aluminum remains.

## Issues for Congress

- Second stage. The 2019 agreements left services, investment, and most nontariff barriers for later talks, which have not started.
- Trade promotion authority. TPA lapsed on July 1, 2021, and the Administration has not asked for its renewal.
- CPTPP. Japan leads the 11-member Comprehensive and Progressive Agreement for Trans-Pacific Partnership, which the United Kingdom is expected to sign an accession protocol to join in July.
- Economic security. Japan tightened controls on exports of 23 types of chipmaking equipment, effective July 23, in step with U.S. restrictions.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden and Prime Minister Kishida Fumio met in Hiroshima"),
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "President Joe Biden and Prime Minister Kishida Fumio met in Hiroshima"),
        "trade.overall_partner_rank": F(4, period="2022", as_written="two-way trade in goods and services ... came to $300.4 billion, which left Japan behind just three countries: Canada, Mexico, and China",
                                        note="three partners ahead = fourth; the EU is not mentioned"),
        "trade.us_imports_from_japan": F(180300000000, period="2022", as_written="U.S. purchases from Japan, at $180.3 billion, outweighed U.S. sales to it"),
        "trade.us_exports_to_japan": F(120100000000, period="2022", as_written="U.S. sales to it, at $120.1 billion"),
        "trade.us_services_exports_to_japan": F(39900000000, period="2022", as_written="Services ... made up $39.9 billion of U.S. exports to Japan"),
        "trade.us_services_imports_from_japan": F(32200000000, period="2022", as_written="against only $32.2 billion of U.S. imports from it"),
        "trade.us_goods_exports_to_japan": F(80200000000, period="2022", as_written="Goods accounted for the rest: $80.2 billion of the exports"),
        "trade.us_goods_imports_from_japan": F(148100000000, period="2022", as_written="and $148.1 billion of the imports, close to twice as much"),
        "trade.goods_deficit": F(67900000000, period="2022", as_written="The U.S. goods deficit with Japan, $67.9 billion in 2022"),
        "trade.goods_deficit_rank": F(6, period="2022", as_written="was smaller than the deficits the United States ran with China, Mexico, Vietnam, Canada, and Germany, and larger than any other",
                                      note="five larger = sixth"),
        "trade.japan_fdi_stock_in_us": F(721200000000, period="2021", as_written="Japanese firms' direct investment position in the United States, $721.2 billion at the end of 2021"),
        "trade.fdi_source_rank": F(1, period="2021", as_written="exceeded that of the United Kingdom, which held the lead until 2019, and every other country's"),
        "trade.us_fdi_stock_in_japan": F(120000000000, "nearly", period="2021", as_written="U.S. firms' position in Japan was about a sixth as large that year, just shy of $120 billion",
                                         note="'just shy of' = nearly; 'about a sixth' is a ratio, no fact"),
        "trade.treasury_holder_rank": F(1, period="2023-04", as_written="Japan's holdings of U.S. Treasury securities, $1.13 trillion in April 2023, topped China's by close to $260 billion; no other foreign holder comes near either"),
        "agreements.usjta_signed": D("2019-10-07", as_written="which the two sides signed in Washington on October 7, 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="and which has been in force since January 1, 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="Because the U.S.-Japan Digital Trade Agreement took effect the same day as the USJTA",
                                               note="date carried from the USJTA's in-force date in the sentence before"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="a Critical Minerals Agreement that U.S. Trade Representative Katherine Tai signed with Japan's ambassador on March 28, 2023"),
    },
    "elections": {
        "upper_house_2022": E("Upper House", "2022-07", "held", result="coalition added seats",
                              note="'whose coalition added seats in the July 2022 upper house election'"),
    },
    "events": {
        "first_negotiating_round": EV("First round of U.S.-Japan trade negotiations", "2019-04", "held"),
        "section232_autos_proclamation": EV("Section 232 proclamation on autos and parts (no tariffs imposed)", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Trump and Abe declare the first stage concluded in New York", "2019-09-25", "held"),
        "abe_assassination": EV("Former Prime Minister Abe shot dead", "2022-07-08"),
    },
    "notes": "Traps: 'Since 2019, when the Trump Administration and the government of then-Prime Minister Abe Shinzo opened formal negotiations in April' (Abe is former; the round is 2019-04, year from the when-clause); 'the world's third-largest economy' (not a trade rank); 'three agreements'; 'whose 14 members announced at a May 27 ministerial meeting in Detroit' (IPEF); 'the Group of Seven (G7) summit that Japan hosted on May 19-21'; 'came two days after Abe was shot dead on July 8' (year from 'July 2022'); 'announced on June 15 that he would not dissolve the lower house' (no election); 'came to $300.4 billion' (two-way total, no fact) and 'behind just three countries' (= fourth); 'by roughly three to two' (a ratio); 'close to twice as much' (a ratio, not a hedge on $148.1 billion); Figure 1 (goods deficit 2018-2022, $ billions, ticks 0-80, no values); 'A year earlier, only three partners had outranked Japan on that measure' (past deficit rank 4); 'In January-April 2023, the gap was running at about $22 billion' (partial year); 'which held the lead until 2019' (the UK's past rank); 'about a sixth as large' (a fraction that is no fact); 'topped China's by close to $260 billion' (a difference, not holdings); 'President Trump and Prime Minister Abe' (2019 leaders, past narrative); 'about $7.2 billion of U.S. agricultural products', '38.5% before the agreement', 'to 9% by FY2033', 'some $40 million'; 'the Inflation Reduction Act's $7,500 clean-vehicle tax credit'; 'should have been submitted for their approval'; 'he never imposed Section 232 tariffs on them' (no autos rate), 'the 2.5% most-favored-nation rate (light trucks pay 25%)' (no tariff on most imports); 'Since April 1, 2022, when a tariff-rate quota replaced the 25% Section 232 duty on most Japanese steel', 'about 1.25 million metric tons', 'the 10% duty on aluminum'; 'TPA lapsed on July 1, 2021'; 'the 11-member ... CPTPP' and 'expected to sign ... in July'; '23 types of chipmaking equipment, effective July 23'; PDF curly quotes and hyphenated line ends (layout text)",
}
