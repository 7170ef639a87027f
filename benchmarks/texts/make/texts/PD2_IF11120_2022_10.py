from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "PD2-IF11120-2022-10", "fresh35", "IF11120", 13
TITLE = "U.S.-Japan Trade Agreement Negotiations"
LAYOUTS = ["html", "interleaved"]
PDF_OPTS = ["lig", "nbsp"]
SIDEBAR = "Investment and Finance at a Glance"
CHART = {"unit": "$ billions", "ymax": 160, "ticks": [0, 40, 80, 120, 160],
         "series": ["U.S. goods exports to Japan", "U.S. goods imports from Japan"],
         "bars": {"2017": (67.6, 136.5), "2018": (75.0, 142.6), "2019": (74.7, 143.6), "2020": (64.1, 119.5), "2021": (74.6, 135.1)}}

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated October 20, 2022

## Overview

Three years after Washington and Tokyo concluded a limited trade deal, no broader agreement is in sight. The U.S.-Japan Trade Agreement (USJTA), which lowered or removed tariffs on a range of agricultural and industrial goods, was signed together with the U.S.-Japan Digital Trade Agreement (DTA) on October 7, 2019. Neither pact required a vote in Congress, and both have been in effect since January 1, 2020. The Trump Administration billed them as the "first stage" of a fuller accord, and the two governments said they would begin consultations on further topics within four months of entry into force; those talks have yet to take place.

The Biden Administration has not sought to revive them. It has chosen instead to engage Japan through the Indo-Pacific Economic Framework for Prosperity (IPEF), launched in Tokyo in May 2022 with 14 founding members, and through an Economic "2+2" dialogue of trade and foreign ministers that first met in July. President Joe Biden and Prime Minister Kishida Fumio, in office since October 2021, have emphasized supply chain resilience, semiconductors, and export controls rather than market access. Some Members of Congress and U.S. agricultural groups argue that this approach leaves U.S. exporters at a disadvantage relative to competitors from Australia, Canada, and the European Union, which enjoy lower Japanese tariffs under their own agreements.

## How the 2019 Deal Came About

Abe Shinzo, then prime minister, and President Donald Trump agreed in September 2018 to open negotiations. The main steps that followed:

- April 2019: the first formal round was held in Washington, led by USTR Robert Lighthizer and Japan's economy minister, Motegi Toshimitsu.
- May 17, 2019: a proclamation under Section 232 found that imports of autos and parts threatened U.S. national security, but it postponed any action for 180 days so that negotiations could continue.
- September 25, 2019: on the sidelines of the U.N. General Assembly in New York, the two leaders declared the deal final.
- December 4, 2019: Japan's Diet approved the USJTA.

No Section 232 auto tariffs were ever imposed, and Japan no longer faces that threat in practice. Under the USJTA, Japan gave U.S. farm products such as beef and pork the same reduced tariffs that members of the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP) receive; its beef tariff, 38.5% before the deal, is scheduled to fall to 9% by FY2033. The United States, for its part, cut tariffs on certain industrial goods, but not its 2.5% duty on passenger cars. Abe, who concluded the deal, was assassinated on July 8, 2022, while campaigning in Nara; two days later, the ruling coalition widened its majority in the Upper House election.

## Trade Flows

Japan was the fifth-largest U.S. trading partner in 2021, counting goods and services together; South Korea's two-way trade with the United States was about two-thirds as large. U.S. exports to Japan rose to $112.2 billion that year, up from $104.5 billion in 2020. Goods made up $74.6 billion of the total, and services the remainder, $37.6 billion. Imports from Japan came to $167.8 billion, of which goods and services accounted for $135.1 billion and $32.7 billion, respectively.

In goods alone, the United States ran a deficit of $60.5 billion with Japan in 2021, the fifth-largest bilateral goods deficit, behind those with China, Mexico, Vietnam, and Germany. That gap remains far smaller than its peak of more than $80 billion in the mid-2000s. The yen, which slid past 150 to the dollar this week, a 32-year low, could widen it again by making Japanese goods cheaper in U.S. markets.

**Figure 1. U.S. Goods Trade with Japan, 2017-2021**

Source: U.S. Census Bureau.

## Investment and Finance at a Glance

- Foreign direct investment (FDI): Japan has been the largest source of FDI in the United States since 2019, ahead of Canada and Germany. Its stock reached $721.7 billion at the end of 2021, up from about $648 billion a year earlier.
- U.S. firms' direct investment in Japan amounted to about $119 billion in 2021, down from $132 billion in 2020 and less than a sixth of the Japanese figure.
- Japan is the foremost foreign holder of U.S. Treasury securities, with about $1.2 trillion in August; China's holdings, just under $1 trillion, rank second.

## Politics in Tokyo

Kishida's Liberal Democratic Party (LDP) kept a single-party majority in the Lower House election of October 31, 2021, taking 261 of the chamber's 465 seats, down from 276 before the vote. With the July victory in the upper chamber, no national election need be held until 2025, a stretch some commentators call Kishida's "golden three years." His cabinet's approval rating has nonetheless fallen below 40% in several polls, down from roughly 60% at the start of the summer, amid scrutiny of LDP lawmakers' ties to the Unification Church and criticism of the state funeral held for Abe on September 27. Unlike Abe, Kishida has not made trade liberalization a signature issue; his "new form of capitalism" stresses wages and economic security.

## Other Trade Issues

In February 2022, the Biden Administration replaced the 25% Section 232 tariffs on most Japanese steel with a tariff-rate quota allowing 1.25 million metric tons a year to enter duty-free; the 10% tariff on aluminum has not been lifted. The United States withdrew from the TPP in 2017 and has not sought to join the CPTPP, which Japan championed after the U.S. departure. China and Taiwan both applied for CPTPP membership in September 2021, and the United Kingdom's application is furthest along. IPEF, unlike a traditional trade agreement, does not include tariff reductions.

## Issues for Congress

Trade promotion authority (TPA) expired on July 1, 2021, and has not been renewed, so any further market-access agreement with Japan would require new authority or a different approach. Members may consider:

- whether to urge the Administration to pursue the second-stage talks envisioned in 2019, which could address services, investment, and remaining tariffs;
- how IPEF commitments with Japan should be enforced and whether they should be submitted to Congress;
- how agreements such as the USJTA, concluded without congressional approval, fit Congress's constitutional authority over trade.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Brock R. Williams**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden", note="Trump named as the former president"),
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Kishida Fumio, in office since October 2021", note="family name first; Abe is 'then prime minister'"),
        "agreements.usjta_signed": D("2019-10-07", as_written="The U.S.-Japan Trade Agreement (USJTA), which lowered or removed tariffs on a range of agricultural and industrial goods, was signed together with the U.S.-Japan Digital Trade Agreement (DTA) on October 7, 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="both have been in effect since January 1, 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="both have been in effect since January 1, 2020", note="'both' = USJTA and DTA"),
        "trade.overall_partner_rank": F(5, period="2021", as_written="Japan was the fifth-largest U.S. trading partner in 2021, counting goods and services together"),
        "trade.us_exports_to_japan": F(112200000000, period="2021", as_written="U.S. exports to Japan rose to $112.2 billion that year, up from $104.5 billion in 2020"),
        "trade.us_goods_exports_to_japan": F(74600000000, period="2021", as_written="Goods made up $74.6 billion of the total"),
        "trade.us_services_exports_to_japan": F(37600000000, period="2021", as_written="and services the remainder, $37.6 billion"),
        "trade.us_imports_from_japan": F(167800000000, period="2021", as_written="Imports from Japan came to $167.8 billion"),
        "trade.us_goods_imports_from_japan": F(135100000000, period="2021", as_written="of which goods and services accounted for $135.1 billion and $32.7 billion, respectively"),
        "trade.us_services_imports_from_japan": F(32700000000, period="2021", as_written="of which goods and services accounted for $135.1 billion and $32.7 billion, respectively"),
        "trade.goods_deficit": F(60500000000, period="2021", as_written="In goods alone, the United States ran a deficit of $60.5 billion with Japan in 2021"),
        "trade.goods_deficit_rank": F(5, period="2021", as_written="the fifth-largest bilateral goods deficit, behind those with China, Mexico, Vietnam, and Germany"),
        "trade.fdi_source_rank": F(1, as_written="Japan has been the largest source of FDI in the United States since 2019, ahead of Canada and Germany", note="sidebar bullet; 'since 2019' is a span, no period"),
        "trade.japan_fdi_stock_in_us": F(721700000000, period="2021", as_written="Its stock reached $721.7 billion at the end of 2021", note="sidebar; subject carried"),
        "trade.us_fdi_stock_in_japan": F(119000000000, "about", period="2021", as_written="U.S. firms' direct investment in Japan amounted to about $119 billion in 2021", note="sidebar"),
        "trade.treasury_holder_rank": F(1, period="2022-08", as_written="Japan is the foremost foreign holder of U.S. Treasury securities, with about $1.2 trillion in August", note="sidebar; year from the cover"),
    },
    "elections": {
        "lower_house_2021": E("Lower House", "2021-10-31", "held", result="LDP 261 of 465 seats, down from 276"),
        "upper_house_2022": E("Upper House", "2022-07-10", "held", result="ruling coalition widened its majority", note="'two days later' than July 8, 2022"),
    },
    "events": {
        "first_negotiating_round": EV("First formal round of U.S.-Japan trade negotiations, Washington", "2019-04", "held"),
        "section232_autos_proclamation": EV("Section 232 proclamation on autos and parts; action postponed 180 days", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Leaders declare the deal final in New York", "2019-09-25", "held"),
        "abe_assassination": EV("Former Prime Minister Abe Shinzo assassinated in Nara", "2022-07-08", "held"),
    },
    "notes": "Traps: 'Three years after'; 'within four months of entry into force' (promised talks, not held); 'launched in Tokyo in May 2022 with 14 founding members' (IPEF, no IF11120 fact); 'an Economic \"2+2\" dialogue ... that first met in July'; 'in office since October 2021' (Kishida's accession; no LDP leadership election stated); 'Abe Shinzo, then prime minister, and President Donald Trump agreed in September 2018' (former leaders; agreement to negotiate, not the first round); 'it postponed any action for 180 days' (no tariff imposed: no tariffs.section232_autos); 'December 4, 2019: Japan's Diet approved the USJTA' (not the signing or entry into force); 'No Section 232 auto tariffs were ever imposed'; 'its beef tariff, 38.5% before the deal, is scheduled to fall to 9% by FY2033'; 'not its 2.5% duty on passenger cars'; 'South Korea's two-way trade with the United States was about two-thirds as large'; 'up from $104.5 billion in 2020' (2020 exports); 'behind those with China, Mexico, Vietnam, and Germany'; 'its peak of more than $80 billion in the mid-2000s' (past deficit); 'slid past 150 to the dollar this week, a 32-year low'; Figure 1 (goods trade 2017-2021, $ billions; axis ticks, years and legend only; floated into the html sidebar); 'up from about $648 billion a year earlier' (2020 FDI stock); 'down from $132 billion in 2020' (2020 U.S. stock) and 'less than a sixth of the Japanese figure' (a ratio); 'China's holdings, just under $1 trillion, rank second'; 'replaced the 25% Section 232 tariffs on most Japanese steel with a tariff-rate quota allowing 1.25 million metric tons' and 'the 10% tariff on aluminum has not been lifted' (steel and aluminum, not autos); 'withdrew from the TPP in 2017'; 'applied for CPTPP membership in September 2021'; 'Trade promotion authority (TPA) expired on July 1, 2021'; sidebar 'Investment and Finance at a Glance' (html aside; an ordinary section in the interleaved text); 'down from 276 before the vote' (seats before the election); 'no national election need be held until 2025' (no dated election); 'fallen below 40% in several polls, down from roughly 60%' (approval ratings); 'the state funeral held for Abe on September 27'; interleaved columns with ligature characters and non-breaking spaces",
}
