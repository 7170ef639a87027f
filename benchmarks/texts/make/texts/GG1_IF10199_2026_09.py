from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "GG1-IF10199-2026-09", "fresh9", "IF10199", 48
LAYOUTS = ["html", "layout", "interleaved"]
PDF_OPTS = ["lig", "nbsp"]
SIDEBAR = "Political Calendar"
CHART = {"unit": "percent", "ymax": 20, "ticks": [0, 5, 10, 15, 20],
         "series": ["Duty on most goods from Japan"],
         "bars": {"Apr. 2025": (10,), "Aug. 2025": (15,), "Mar. 2026": (10,), "Aug. 2026": (12.5,)}}

MD = """
U.S.-Japan Relations

Updated September 9, 2026

## Overview

Japan has been a U.S. treaty ally since the bilateral security pact took effect in 1952, and it hosts more U.S. military personnel than any other country, some fifty-five thousand of them. Prime Minister Takaichi Sanae, in office since October 2025, has paired a close working rapport with President Donald Trump with a faster defense buildup than any of her predecessors attempted. Trade has been the unsettled part of the agenda: the legal footing for U.S. duties on Japanese goods has shifted three times in little more than a year, while Tokyo's $550 billion investment commitment, struck in July 2025, is being put into practice one project at a time. Congress follows these issues through its oversight of tariffs, arms sales, and the basing of U.S. forces.

Table 1. Key Facts, With Earlier Readings

| Item | Latest | Earlier |
| --- | --- | --- |
| Duty on most goods | 12.5% | 15% (2025) |
| U.S. investment pledge | $550 billion | none |
| U.S. personnel in Japan | about 55,000 | 54,000 (2022) |
| Okinawa's share, excl. use | about 70% | 74% (2010s) |
| Defense goal, % of GDP | 2% by FY2025 | 2% by FY2027 |
| Rank as trade partner | 6th (2025) | 5th (2024) |
| Lower House share | about 75% | 46% (2024) |

## Tariffs and the $550 Billion Pledge

The Supreme Court held in February that the International Emergency Economic Powers Act (IEEPA) gives the President no power to levy tariffs. The ruling voided the 15% rate that the July 2025 framework had fixed for most Japanese goods, a rate that had itself replaced a 24% "reciprocal" duty announced in April 2025 and a 25% rate threatened by letter that July. A 10% import surcharge under Section 122 of the Trade Act of 1974 filled the gap until its 150-day statutory clock ran out in the final week of July. Since then, most goods from Japan have paid a twelve-and-a-half percent duty, imposed by the U.S. Trade Representative under Section 301 after an investigation opened in the spring. Tokyo has asked that the new rate be reconciled with the framework; no change has been announced. Tariffs on cars and auto parts, set at 15% under Section 232, rest on a different statute and were untouched by the ruling (Figure 1).

**Figure 1. U.S. Duty on Most Goods From Japan, 2025-2026**

Source: CRS, from presidential proclamations and Federal Register notices. Rates shown are in addition to, or inclusive of, most-favored-nation duties as each measure provided; Section 232 sectoral tariffs are excluded.

Tokyo's pledge to finance $550 billion of investment in U.S. industries selected by Washington, to be deployed before January 19, 2029, was never a tariff measure and so survived the ruling. Projects in power generation, shipbuilding, and semiconductors were named in the first half of 2026; Japanese officials describe the sums so far as a small fraction of the total. South Korea made a comparable commitment of $350 billion.

## The Alliance

Tokyo's contribution to the cost of stationing U.S. forces is governed by a special measures agreement (SMA) announced in December 2021. That pact commits about ¥1.05 trillion over five years, or an average of roughly ¥211 billion a year, on the order of $1.4 billion at current exchange rates. It expires at the end of March 2027; talks on a successor began this spring, and U.S. negotiators are expected to press for a larger Japanese share.

Okinawa makes up just 0.6% of Japan's land area. It nonetheless holds around 70% of the acreage reserved for the exclusive use of U.S. forces and roughly half of the U.S. personnel stationed in Japan. Of the approximately 9,000 Marines slated to leave the prefecture under the 2012 realignment plan, about four thousand are bound for Guam. The first contingent, roughly 100 logistics specialists, arrived there in December 2024; by spring 2026 a little over two hundred Marines were on the island. Landfill work for the Henoko replacement facility continues over the opposition of Governor Tamaki Denny, whose second term ends this month.

## Defense

For most of the postwar era, Tokyo held military outlays to around 1% of GDP. The December 2022 strategy documents set a target of 2% of GDP, counting defense and related spending, for FY2027; soon after taking office, the Takaichi cabinet advanced that deadline to FY2025, and it now says the level has been reached. The government intends to rewrite all three strategy documents by the end of 2026. U.S. officials have pointed to 3.5% of GDP, the core-defense level NATO members adopted in June 2025, as a benchmark, a figure Japanese officials have declined to endorse.

Tomahawk land-attack missiles, some 400 of them in a deal priced at about $2.35 billion, began arriving in 2025, giving Japan its first long-range "counterstrike" weapon. South Korea, the other U.S. treaty ally in Northeast Asia, hosts roughly 28,500 U.S. troops.

## Political Calendar

Table 2. Japan's Political Calendar, 2025-2030

| When | What |
| --- | --- |
| July 20, 2025 | Upper House election (held) |
| Oct. 4, 2025 | LDP leadership vote (held) |
| Feb. 8, 2026 | Lower House election (held) |
| Late July 2026 | Sec. 122 surcharge lapsed |
| Sept. 2026 | Okinawa governor race |
| Nov. 3, 2026 | U.S. midterm elections |
| Mar. 31, 2027 | Current SMA expires |
| Sept. 2027 | LDP leadership vote |
| July 2028 | Upper House election |
| Feb. 2030 | Lower House term ends |

## Politics

Takaichi won the LDP presidency in October 2025, after Ishiba Shigeru stepped down in the wake of the ruling bloc's loss of its upper-house majority the previous July. Komeito, the LDP's partner since 1999, left the coalition within days. The LDP instead reached a governing accord with Nippon Ishin no Kai (the Japan Innovation Party, or Ishin), which votes with the government but holds no cabinet posts. Takaichi dissolved the Lower House in January and was rewarded on February 8, 2026: the LDP alone took 316 of the 465 seats, more than two-thirds, and together with Ishin the ruling camp commands roughly three of every four seats. In the House of Councillors, by contrast, the two parties still hold fewer than half the seats and must court opposition votes to pass legislation.

No nationwide vote is scheduled until the summer of 2028, when half of the upper chamber is up for election. The lower chamber chosen in February may serve out its four-year term to February 2030. Takaichi's term as party president, the remainder of Ishiba's, runs to September 2027, when the LDP will hold a leadership election. Closer at hand, Okinawa chooses a governor later this month, a race both Tokyo and Washington watch for its bearing on the Henoko project.

## Trade and Investment

In 2025, five economies (Mexico, Canada, China, Taiwan, and Germany) traded more with the United States than Japan did. As a destination for U.S. exports, Japan came fifth; as a supplier, it slipped to seventh, with Taiwan and Vietnam among those ahead of it. U.S. sales of goods and services to Japan came to upwards of $130 billion that year. Purchases from Japan, at $186.9 billion, were down from $192.4 billion in 2024, as Japanese automakers absorbed the new duties and shifted more assembly to North America.

Japanese companies' direct investment in the United States, approaching $800 billion, exceeds that of investors from any other country, a position Japan has held since 2019. Japanese holders also own more U.S. Treasury securities than investors in any other foreign country; the United Kingdom now ranks second and China, once at the top of the list, third.

## Economy

Japan's real GDP grew 1.1% in 2025, after a nearly flat 0.1% in 2024. Output in the April-June quarter of 2026 rose at an annualized 1.4%. In June the Diet enacted a ¥3.0 trillion supplementary budget, just shy of $20 billion, chiefly to extend electricity and gasoline subsidies; it followed an ¥18.3 trillion spending package passed in December 2025. The yen sank to about ¥162 per dollar in late June, a 40-year low, before the Bank of Japan raised its policy rate to 1.0% in July. Under the Paris Agreement, Tokyo has pledged to cut greenhouse gas emissions 46% below FY2013 levels by FY2030, and 60% by FY2035.

## Regional Diplomacy

The leaders of the Quad (Australia, India, Japan, and the United States) have met six times, most recently in Wilmington, DE, in September 2024; the summit India was to host in 2025 has not been rescheduled. Japan was one of fourteen governments that launched the Indo-Pacific Economic Framework for Prosperity (IPEF) in May 2022. Relations with China have soured since Takaichi's November 2025 remarks on a possible Taiwan contingency, after which Beijing discouraged travel to Japan and again halted imports of Japanese seafood.

**Mark E. Manyin**, Specialist in Asian Affairs

**Kyla H. Kitamura**, Analyst in Foreign Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Daniel J. Longo**, Analyst in Foreign Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "Prime Minister Takaichi Sanae, in office since October 2025", note="family name first"),
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "alliance.treaty_ally_since": F(1952, as_written="Japan has been a U.S. treaty ally since the bilateral security pact took effect in 1952"),
        "alliance.us_troops_in_japan": F(55000, "about", as_written="it hosts more U.S. military personnel than any other country, some fifty-five thousand of them", note="also Table 1 'about 55,000' (beside '54,000 (2022)')"),
        "alliance.host_nation_support_per_year": F(1400000000, "about", per="year", as_written="an average of roughly ¥211 billion a year, on the order of $1.4 billion at current exchange rates", note="'on the order of' read as about"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="a special measures agreement (SMA) announced in December 2021", note="expires March 2027; successor under negotiation"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="It nonetheless holds around 70% of the acreage reserved for the exclusive use of U.S. forces", note="exclusive-use basis; also Table 1 'about 70%' beside '74% (2010s)'"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "about", as_written="and roughly half of the U.S. personnel stationed in Japan"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="Okinawa makes up just 0.6% of Japan's land area", note="'just' is not a hedge"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="about four thousand are bound for Guam"),
        "alliance.marines_in_guam": F(200, "over", period="2026", as_written="by spring 2026 a little over two hundred Marines were on the island", note="'a little over' read as over"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2025", as_written="the Takaichi cabinet advanced that deadline to FY2025", note="target of 2% of GDP first set for FY2027; Table 1 '2% by FY2025' beside '2% by FY2027'"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="Tokyo held military outlays to around 1% of GDP"),
        "defense.tomahawk_purchase": F(2350000000, "about", as_written="some 400 of them in a deal priced at about $2.35 billion"),
        "politics.ruling_coalition": F(["LDP", "Ishin"], as_written="The LDP instead reached a governing accord with Nippon Ishin no Kai (the Japan Innovation Party, or Ishin), which votes with the government but holds no cabinet posts", note="Komeito left in October 2025"),
        "politics.lower_house_coalition_share": F(75, "about", as_written="together with Ishin the ruling camp commands roughly three of every four seats", note="also Table 1 'about 75%'; LDP alone 316 of 465 is a trap"),
        "politics.upper_house_coalition_share": F(50, "under", as_written="In the House of Councillors, by contrast, the two parties still hold fewer than half the seats"),
        "politics.next_diet_election_due": F(2028, as_written="No nationwide vote is scheduled until the summer of 2028, when half of the upper chamber is up for election"),
        "politics.lower_house_election_due": D("2030-02", as_written="The lower chamber chosen in February may serve out its four-year term to February 2030"),
        "trade.overall_partner_rank": F(6, period="2025", as_written="In 2025, five economies (Mexico, Canada, China, Taiwan, and Germany) traded more with the United States than Japan did", note="also Table 1 '6th (2025)' beside '5th (2024)'"),
        "trade.export_partner_rank": F(5, period="2025", as_written="As a destination for U.S. exports, Japan came fifth"),
        "trade.import_partner_rank": F(7, period="2025", as_written="as a supplier, it slipped to seventh"),
        "trade.us_exports_to_japan": F(130000000000, "over", period="2025", as_written="U.S. sales of goods and services to Japan came to upwards of $130 billion that year", note="goods and services; year carried"),
        "trade.us_imports_from_japan": F(186900000000, period="2025", as_written="Purchases from Japan, at $186.9 billion, were down from $192.4 billion in 2024"),
        "trade.fdi_source_rank": F(1, as_written="Japanese companies' direct investment in the United States, approaching $800 billion, exceeds that of investors from any other country"),
        "trade.treasury_holder_rank": F(1, as_written="Japanese holders also own more U.S. Treasury securities than investors in any other foreign country"),
        "trade.us_tariff_on_most_imports_from_japan": F(12.5, period="2026-07", as_written="Since then, most goods from Japan have paid a twelve-and-a-half percent duty, imposed by the U.S. Trade Representative under Section 301", note="Section 301 since late July 2026; also Table 1 '12.5%'"),
        "trade.japan_investment_pledge": F(550000000000, by="2029-01-19", as_written="Tokyo's pledge to finance $550 billion of investment in U.S. industries selected by Washington, to be deployed before January 19, 2029"),
        "economy.gdp_growth": GDP(y2025=1.1, y2024=0.1),
        "economy.supplementary_budget": F(20000000000, "nearly", period="2026-06", as_written="In June the Diet enacted a ¥3.0 trillion supplementary budget, just shy of $20 billion", note="'just shy of' read as nearly"),
        "economy.yen": F("40-year low against the dollar", period="2026-06", as_written="The yen sank to about ¥162 per dollar in late June, a 40-year low"),
        "economy.emissions_cut_target": F(46, by="2030", baseline="2013", as_written="to cut greenhouse gas emissions 46% below FY2013 levels by FY2030"),
        "diplomacy.quad_leader_meetings": F(6, as_written="The leaders of the Quad (Australia, India, Japan, and the United States) have met six times"),
        "diplomacy.ipef_other_partners": F(13, period="2022-05", as_written="Japan was one of fourteen governments that launched the Indo-Pacific Economic Framework for Prosperity (IPEF) in May 2022", note="fourteen including Japan: 13 others"),
    },
    "elections": {
        "upper_house_2025": E("Upper House", "2025-07-20", "held", result="LDP-Komeito bloc lost its majority", note="Table 2; prose 'the previous July'"),
        "ldp_president_2025": E("LDP president", "2025-10-04", "held", result="Takaichi chosen", note="Table 2; prose 'in October 2025'"),
        "lower_house_2026": E("Lower House", "2026-02-08", "held", result="LDP 316 of 465 alone; with Ishin roughly three of every four seats"),
        "okinawa_governor_2026": E("Okinawa governor", "2026-09", "upcoming", note="Table 2 'Sept. 2026 | Okinawa governor race'; prose 'Okinawa chooses a governor later this month'"),
        "ldp_president_2027": E("LDP president", "2027-09", "upcoming", note="'runs to September 2027, when the LDP will hold a leadership election'"),
        "upper_house_2028": E("Upper House", "2028-07", "upcoming", note="Table 2 'July 2028'; prose 'the summer of 2028'"),
    },
    "events": {
        "section122_surcharge_expired": EV("The 10% Section 122 surcharge lapsed after 150 days", "2026-07", "held"),
    },
    "notes": "Traps: Table 1's 'Earlier' column ('15% (2025)', 'none', '54,000 (2022)', '74% (2010s)', '2% by FY2027', '5th (2024)', '46% (2024)'); 'the legal footing ... has shifted three times'; 'The ruling voided the 15% rate that the July 2025 framework had fixed' (past rate), 'a 24% \"reciprocal\" duty announced in April 2025' and 'a 25% rate threatened by letter that July'; 'A 10% import surcharge under Section 122 of the Trade Act of 1974' (lapsed; year of a law) and 'its 150-day statutory clock'; 'Tariffs on cars and auto parts, set at 15% under Section 232' (sectoral, not most imports); Figure 1 (duty rates by month, percent, ticks 0-20, no value labels); 'South Korea made a comparable commitment of $350 billion' (another country); 'about ¥1.05 trillion over five years' and 'roughly ¥211 billion a year' (yen) and 'It expires at the end of March 2027' (due date, not an agreement date); 'Of the approximately 9,000 Marines slated to leave' (total leaving, not Guam), 'under the 2012 realignment plan', 'The first contingent, roughly 100 logistics specialists, arrived there in December 2024' (earlier count in Guam); 'Governor Tamaki Denny, whose second term ends this month'; 'The December 2022 strategy documents set a target of 2% ... for FY2027' (superseded deadline); 'U.S. officials have pointed to 3.5% of GDP, the core-defense level NATO members adopted in June 2025'; 'some 400 of them' (a count of missiles); 'South Korea ... hosts roughly 28,500 U.S. troops'; Table 2 (political calendar: 'Nov. 3, 2026 | U.S. midterm elections' is not listed; 'Mar. 31, 2027 | Current SMA expires'; 'Feb. 2030 | Lower House term ends' is the deadline, not an election; 'Late July 2026 | Sec. 122 surcharge lapsed' is the event); 'Komeito, the LDP's partner since 1999'; 'the LDP alone took 316 of the 465 seats, more than two-thirds' (one party, not the coalition); 'Takaichi's term as party president, the remainder of Ishiba's'; 'five economies (Mexico, Canada, China, Taiwan, and Germany)' (a count of those ahead: rank 6); 'with Taiwan and Vietnam among those ahead of it'; 'down from $192.4 billion in 2024' (previous year's imports); 'approaching $800 billion' (FDI stock, not an IF10199 fact); 'the United Kingdom now ranks second and China, once at the top of the list, third'; 'Output in the April-June quarter of 2026 rose at an annualized 1.4%' (a quarter); 'an ¥18.3 trillion spending package passed in December 2025' (earlier budget); 'about ¥162 per dollar'; 'raised its policy rate to 1.0% in July'; 'and 60% by FY2035' (later target); 'most recently in Wilmington, DE, in September 2024' and 'the summit India was to host in 2025 has not been rescheduled'; 'Takaichi's November 2025 remarks'; HTML sidebar 'Political Calendar' (Table 2 in the aside); PDF ligatures and NBSP (layout and interleaved only)",
}
