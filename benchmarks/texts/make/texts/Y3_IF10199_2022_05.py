from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "Y3-IF10199-2022-05", "fresh5", "IF10199", 22
LAYOUTS = ["pdf", "layout", "interleaved"]
PDF_OPTS = ["lig", "quotes", "nbsp", "hyph"]
CHART = {"unit": "yen per dollar", "ymax": 140, "ticks": [0, 35, 70, 105, 140],
         "series": ["Average exchange rate"],
         "bars": {"2017": (112.1,), "2018": (110.4,), "2019": (109.0,), "2020": (106.8,), "2021": (109.8,), "2022*": (123.5,)}}

MD = """
U.S.-Japan Relations

Updated May 27, 2022

## Overview

President Joe Biden's visit to Tokyo on May 22-24, his first trip to Asia as President, showcased an alliance that both governments describe as stronger than at any time in its history. Biden and Prime Minister Kishida Fumio held their first in-person summit, launched the Indo-Pacific Economic Framework for Prosperity (IPEF) on May 23, and on the following day joined the leaders of Australia and India for the fourth leader-level meeting of the Quad. While the leaders met, Chinese and Russian bombers flew a joint patrol near Japan's airspace.

The two countries have been treaty allies since 1951. Kishida, who took office in October 2021, has aligned Japan closely with the United States and Europe since Russia invaded Ukraine in February, imposing sanctions on Russian banks, officials, and exports and accepting more than 1,000 Ukrainian evacuees.

## Domestic Politics

In the October 31, 2021, general election, Kishida's Liberal Democratic Party (LDP) and its coalition partner Komeito won 293 of the 465 seats in the House of Representatives, or 63%. In the upper chamber, the House of Councillors, the coalition holds about 57% of the seats. Half of that chamber is up for election on July 10, the next nationwide vote, and opinion polls suggest the coalition will gain ground; the cabinet's approval rating has hovered around 60%. Unless the lower house is dissolved early, its next election must be held by October 2025. Okinawa will also choose a governor in September; incumbent Tamaki Denny, an opponent of the Henoko base project, is expected to seek a second term.

## Defense and the Alliance

U.S. forces in Japan, some 54,000 strong, are the largest U.S. military contingent stationed in any foreign country. Japan's contribution to their upkeep, about ¥211 billion a year under a five-year host-nation support agreement reached in December 2021 and signed in January 2022, is equivalent to roughly $1.7 billion at recent exchange rates.

At the summit, Kishida told Biden that Japan would "substantially" increase its defense budget. In April, the LDP recommended reaching 2% of GDP, the NATO benchmark, within five years, but the government has not committed to a figure; Japan has kept military spending at or below 1% of GDP for most of the postwar era. New versions of Japan's National Security Strategy and two related documents are to be completed by the end of 2022 and may endorse acquiring the capability to strike missile bases in enemy territory.

## Okinawa

May 15 marked the 50th anniversary of Okinawa's 1972 reversion to Japanese administration. The prefecture's place in the alliance, in brief:

- Land area: 0.6% of Japan's total
- Facilities used by U.S. Forces Japan (USFJ): about one-quarter
- USFJ personnel stationed in the prefecture: more than half
- Marines to move to Guam under the 2012 realignment plan: approximately 4,000, of about 9,000 to leave Okinawa

## Economy and Trade

Japan was the fourth-largest overall U.S. trading partner in 2021. Taken separately, it was the fifth-biggest buyer of U.S. exports and the fifth-biggest supplier of U.S. imports (Table 1).

Table 1. U.S. Trade in Goods and Services with Japan ($ billions)

| | 2020 | 2021 |
| --- | --- | --- |
| U.S. exports to Japan | 104.9 | 112.2 |
| U.S. imports from Japan | 150.7 | 167.8 |
| U.S. balance | -45.8 | -55.6 |

Japan has been the top source of foreign direct investment in the United States since 2019, and Japanese investors hold more U.S. Treasury securities than those of any other nation; China ranks second.

Real GDP rose 1.7% in 2021, after a 4.5% contraction in 2020. Output slipped again in January-March 2022, by an annualized 1.0%, as COVID-19 restrictions weighed on consumer spending. In December 2021, the Diet enacted a record ¥36 trillion supplementary budget (about $317 billion). A second, much smaller supplementary budget of ¥2.7 trillion, to cushion higher fuel and food prices, is before the Diet and is expected to pass by the end of the month. The yen slid past ¥130 per dollar in late April, its weakest point in two decades, as the Bank of Japan held interest rates near zero while the Federal Reserve tightened (Figure 1). Kishida has retained the 46% cut in greenhouse gas emissions by 2030, from 2013 levels, that his predecessor Suga Yoshihide announced in April 2021.

**Figure 1. Yen-Dollar Exchange Rate, 2017-2022**

Source: Federal Reserve Board. Annual averages; 2022 is January-May.

## Regional Diplomacy

IPEF opened in Tokyo with 13 initial participants; Fiji joined on May 26, so Japan is one of 14 founding members. Unlike the Trans-Pacific Partnership, the framework does not offer tariff reductions. Japan has pledged $300 million in humanitarian assistance for Ukraine and its neighbors and, after adding $300 million on May 19, a total of $600 million in financial support. South Korea's new president, Yoon Suk-yeol, who took office on May 10, has signaled that he wants to repair relations with Tokyo.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Brock R. Williams**, Specialist in International Trade and Finance

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Caitlin Campbell**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Kishida Fumio"),
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "alliance.treaty_ally_since": F(1951, as_written="The two countries have been treaty allies since 1951"),
        "alliance.us_troops_in_japan": F(54000, "about", as_written="U.S. forces in Japan, some 54,000 strong"),
        "alliance.host_nation_support_per_year": F(1700000000, "about", per="year", as_written="is equivalent to roughly $1.7 billion at recent exchange rates"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="a five-year host-nation support agreement reached in December 2021 and signed in January 2022"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="Land area: 0.6% of Japan's total"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="Facilities used by U.S. Forces Japan (USFJ): about one-quarter"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="USFJ personnel stationed in the prefecture: more than half"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Marines to move to Guam under the 2012 realignment plan: approximately 4,000"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="Japan has kept military spending at or below 1% of GDP for most of the postwar era"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="Kishida's Liberal Democratic Party (LDP) and its coalition partner Komeito"),
        "politics.lower_house_coalition_share": F(63, as_written="won 293 of the 465 seats in the House of Representatives, or 63%"),
        "politics.upper_house_coalition_share": F(57, "about", as_written="the coalition holds about 57% of the seats"),
        "politics.next_diet_election_due": F(2022, as_written="Half of that chamber is up for election on July 10, the next nationwide vote"),
        "politics.lower_house_election_due": D("2025-10", as_written="Unless the lower house is dissolved early, its next election must be held by October 2025"),
        "trade.overall_partner_rank": F(4, period="2021", as_written="Japan was the fourth-largest overall U.S. trading partner in 2021"),
        "trade.export_partner_rank": F(5, period="2021", as_written="it was the fifth-biggest buyer of U.S. exports"),
        "trade.import_partner_rank": F(5, period="2021", as_written="and the fifth-biggest supplier of U.S. imports"),
        "trade.us_exports_to_japan": F(112200000000, period="2021", as_written="Table 1: U.S. exports to Japan | 104.9 | 112.2 ($ billions, 2021 column)"),
        "trade.us_imports_from_japan": F(167800000000, period="2021", as_written="Table 1: U.S. imports from Japan | 150.7 | 167.8 ($ billions, 2021 column)"),
        "trade.fdi_source_rank": F(1, as_written="Japan has been the top source of foreign direct investment in the United States since 2019"),
        "trade.treasury_holder_rank": F(1, as_written="Japanese investors hold more U.S. Treasury securities than those of any other nation; China ranks second"),
        "economy.gdp_growth": GDP(y2021=1.7, y2020=-4.5),
        "economy.supplementary_budget": F(317000000000, "about", period="2021-12", as_written="In December 2021, the Diet enacted a record ¥36 trillion supplementary budget (about $317 billion)"),
        "economy.yen": F("20-year low against the dollar", period="2022-04", as_written="The yen slid past ¥130 per dollar in late April, its weakest point in two decades"),
        "economy.emissions_cut_target": F(46, by="2030", baseline="2013", as_written="the 46% cut in greenhouse gas emissions by 2030, from 2013 levels"),
        "diplomacy.quad_leader_meetings": F(4, as_written="joined the leaders of Australia and India for the fourth leader-level meeting of the Quad"),
        "diplomacy.ipef_other_partners": F(13, period="2022-05", as_written="Fiji joined on May 26, so Japan is one of 14 founding members", note="14 founding members including Japan; '13 initial participants' at the May 23 launch is a trap"),
        "diplomacy.ukraine_humanitarian_aid": F(300000000, as_written="Japan has pledged $300 million in humanitarian assistance for Ukraine and its neighbors"),
        "diplomacy.ukraine_financial_support": F(600000000, as_written="after adding $300 million on May 19, a total of $600 million in financial support"),
    },
    "elections": {
        "lower_house_2021": E("Lower House", "2021-10-31", "held", result="LDP-Komeito 293 of 465 seats (63%)"),
        "upper_house_2022": E("Upper House", "2022-07-10", "upcoming", note="half of the chamber up for election; the next nationwide vote"),
        "okinawa_governor_2022": E("Okinawa governor", "2022-09", "upcoming", candidates=["Tamaki Denny (incumbent, expected to run)"]),
    },
    "notes": "Traps: 'on May 22-24' and 'launched ... on May 23' (dates); 'Chinese and Russian bombers flew a joint patrol'; 'Kishida, who took office in October 2021'; 'accepting more than 1,000 Ukrainian evacuees'; '293 of the 465 seats' (seat counts; the share is 63%); 'the cabinet's approval rating has hovered around 60%' (approval, not a seat share); 'the largest U.S. military contingent stationed in any foreign country' (not a rank fact); 'about ¥211 billion a year' (yen) and 'signed in January 2022' (the agreement is dated by when it was reached, December 2021); 'the LDP recommended reaching 2% of GDP ... within five years, but the government has not committed to a figure' (no spending goal stated); 'by the end of 2022'; 'May 15 marked the 50th anniversary of Okinawa's 1972 reversion'; 'of about 9,000 to leave Okinawa' (total leaving, not the Guam move); Table 1's 2020 column (104.9, 150.7) and 'U.S. balance' row (-45.8, -55.6); 'since 2019' (FDI, not a rank); 'China ranks second' (Treasuries); 'by an annualized 1.0%' (a quarter, not a year); 'A second, much smaller supplementary budget of ¥2.7 trillion ... is before the Diet' (pending, not enacted); '¥130 per dollar'; Figure 1 (yen per dollar, annual averages 2017-2022, axis ticks only, no value labels); 'that his predecessor Suga Yoshihide announced in April 2021' (former PM); 'IPEF opened in Tokyo with 13 initial participants' (13 in all at the launch, i.e. 12 beside Japan; with Fiji 14 founding members, 13 beside Japan: the record counts Fiji, as the 2022-07 version's 'joined 13 other countries'); 'after adding $300 million on May 19' (the increment, not the total); 'Yoon Suk-yeol, who took office on May 10'; Okinawa facts as a bullet list of 'label: value' lines; all PDF options; interleaved columns",
}
