from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "OB2-IF11120-2025-04", "fresh34", "IF11120", 19
TITLE = "U.S.-Japan Trade Agreements and Tariff Negotiations"
LAYOUTS = ["md", "layout"]
PDF_OPTS = ["lig", "hyph"]
CHART = {"unit": "$ billions", "ymax": 60, "ticks": [0, 20, 40, 60],
         "series": ["U.S. imports of passenger vehicles from Japan"],
         "bars": {"2020": (40.1,), "2021": (41.6,), "2022": (45.0,), "2023": (50.3,), "2024": (55.7,)}}

MD = """
U.S.-Japan Trade Agreements and Tariff Negotiations

Updated April 23, 2025

## Recent Developments

In the space of three weeks, the tariff treatment of goods from Japan, a treaty ally and one of the largest U.S. trading partners, has changed more than in the previous three decades. On April 2, 2025, President Donald J. Trump invoked the International Emergency Economic Powers Act (IEEPA) to impose so-called reciprocal tariffs on almost every trading partner, and a rate of 24% was announced for Japan. A baseline duty applying to nearly all countries took effect on April 5. The country-specific rates followed on April 9, only to be suspended the same day for 90 days, until July 9. For the moment, then, most Japanese goods pay an additional ten percent under IEEPA on top of normal (MFN) duties, the same as goods from most other countries. Whether the 24% rate returns in July, or is replaced by a negotiated figure, is the central question for Tokyo.

Autos, Japan's largest export to the United States, are treated separately. Since April 3, imported passenger vehicles and light trucks have been charged a Section 232 national-security tariff equal to one-quarter of their value, which, added to the 2.5% MFN rate, makes a combined 27.5%; the same rate is due to reach key auto parts on May 3. Section 232 tariffs of 25% on steel and aluminum, in place since March 12, also apply to Japan. Goods covered by Section 232 are exempt from the IEEPA tariffs.

## The Talks

Prime Minister Ishiba Shigeru spoke with President Trump by telephone on April 7. The same day, the Administration announced that Japan would be among the first countries with which it would negotiate, with Treasury Secretary Scott Bessent leading for the U.S. side. Japan's chief negotiator, economic revitalization minister Akazawa Ryosei, met the President, Secretary Bessent, Commerce Secretary Howard Lutnick, and U.S. Trade Representative Jamieson Greer in Washington on April 16; a second round is expected in late April or early May. U.S. officials have raised Japan's rice and auto markets, its non-tariff barriers, and the yen. Tokyo seeks relief from all the new tariffs, particularly the one on cars. Rice, shielded by high tariffs outside a minimum-access quota of some 770,000 tons a year, remains politically sensitive, and officials say currency matters belong with finance ministers. At their February 7 White House summit, Ishiba told Trump that Japan aimed to raise its investment in the United States to $1 trillion, an aspiration rather than a commitment.

Table 1. U.S. Tariff Measures Affecting Goods from Japan, as of April 23, 2025

| Measure | Authority | Rate | Status |
| --- | --- | --- | --- |
| Baseline reciprocal tariff | IEEPA | 10% | In effect since Apr. 5 |
| Japan-specific reciprocal rate | IEEPA | 24% | Suspended until July 9 |
| Passenger vehicles, light trucks | Section 232 | 25% | In effect since Apr. 3 |
| Key auto parts | Section 232 | 25% | Due May 3 |
| Steel, aluminum | Section 232 | 25% | In effect since Mar. 12 |

Source: CRS, from executive orders and proclamations. Rates are in addition to MFN duties.

## Domestic Politics in Japan

Ishiba, who won the Liberal Democratic Party (LDP) leadership on September 27, 2024, leads a minority government. His LDP-Komeito coalition fell well short of a majority in the Lower House election of October 27, 2024, taking 215 of 465 seats, and must court opposition votes to pass legislation. Half of the Upper House will be up for election in July 2025, and a poor showing in that contest could cost Ishiba his post. Economists estimate that a 24% tariff, if imposed, could lower Japan's GDP by somewhere between half a point and eight-tenths of a point.

## Trade and Investment Ties

Japan was the sixth-biggest U.S. trading partner in 2024. U.S. exports to Japan that year came to $129.1 billion; goods accounted for roughly three-fifths of the total, $79.7 billion, and services for the other $49.4 billion. Imports from Japan reached $192.4 billion, with goods and services accounting for $149.6 billion and $42.8 billion of that sum, respectively. The goods gap, $69.9 billion, was exceeded by those with only six other countries, led by China, Mexico, and Vietnam. Passenger vehicles made up upward of a third of U.S. goods imports from Japan (Figure 1).

**Figure 1. U.S. Imports of Passenger Vehicles from Japan, 2020-2024**

Source: CRS, with U.S. Census Bureau data; $ billions.

Investment ties run deeper than trade figures suggest. Japan has been the biggest source of foreign direct investment (FDI) in the United States since 2019; the stock of Japanese FDI stood at $783.3 billion at the end of 2023, against some $134 billion of U.S. direct investment in Japan that same year. Nippon Steel's $14.9 billion bid for U.S. Steel, blocked by President Biden on January 3, is again under review after the President ordered a new look on April 7. Japan held a touch over $1.1 trillion in U.S. Treasury securities in February, more than any other foreign country.

## Earlier Agreements

The first Trump Administration also sought a bilateral deal. Formal negotiations opened in April 2019. A month later, on May 17, 2019, the President proclaimed that auto imports threatened national security under Section 232 but held off on tariffs. On September 25, 2019, the two leaders announced that they had finalized a "stage one" agreement, and the U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement were signed in New York twelve days later, on October 7. Both took effect on January 1, 2020. Under the USJTA, Japan cut or eliminated tariffs on some $7.2 billion of U.S. farm goods, and the United States did so on about $1.3 billion of Japanese industrial goods; autos were left out. On March 28, 2023, the Biden Administration concluded a U.S.-Japan Critical Minerals Agreement, which lets minerals processed in Japan count toward electric-vehicle tax credits.

## Issues for Congress

- whether to weigh in on the use of IEEPA for tariffs, which some Members have sought to limit by legislation;
- how a deal with Japan, if one is reached before July 9, should be submitted to Congress;
- the effects on U.S. automakers with Japanese suppliers, and on Japanese-owned plants in some dozen states.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald J. Trump"),
        "leaders.japan_prime_minister": P("Ishiba", "Shigeru", "Prime Minister Ishiba Shigeru", note="family name first"),
        "tariffs.us_tariff_most_imports": F(10, period="2025-04-05", as_written="For the moment, then, most Japanese goods pay an additional ten percent under IEEPA on top of normal (MFN) duties", note="in force since the baseline 'took effect on April 5' (the rate is named in Table 1's baseline row: 10%, 'In effect since Apr. 5')"),
        "tariffs.ieepa_rate": F(10, period="2025-04-05", as_written="most Japanese goods pay an additional ten percent under IEEPA", note="the IEEPA duty Japanese goods pay at the cover date (as fresh31 LC2); the 24% is announced and suspended"),
        "tariffs.section232_autos": F(25, period="2025-04-03", as_written="Since April 3, imported passenger vehicles and light trucks have been charged a Section 232 national-security tariff equal to one-quarter of their value", note="fraction rule; also Table 1's vehicles row; 27.5% combined and 2.5% MFN are traps"),
        "trade.overall_partner_rank": F(6, period="2024", as_written="Japan was the sixth-biggest U.S. trading partner in 2024"),
        "trade.us_exports_to_japan": F(129100000000, period="2024", as_written="U.S. exports to Japan that year came to $129.1 billion"),
        "trade.us_goods_exports_to_japan": F(79700000000, period="2024", as_written="goods accounted for roughly three-fifths of the total, $79.7 billion", note="'roughly' hedges the fraction"),
        "trade.us_services_exports_to_japan": F(49400000000, period="2024", as_written="and services for the other $49.4 billion"),
        "trade.us_imports_from_japan": F(192400000000, period="2024", as_written="Imports from Japan reached $192.4 billion"),
        "trade.us_goods_imports_from_japan": F(149600000000, period="2024", as_written="with goods and services accounting for $149.6 billion and $42.8 billion of that sum, respectively"),
        "trade.us_services_imports_from_japan": F(42800000000, period="2024", as_written="with goods and services accounting for $149.6 billion and $42.8 billion of that sum, respectively"),
        "trade.goods_deficit": F(69900000000, period="2024", as_written="The goods gap, $69.9 billion"),
        "trade.goods_deficit_rank": F(7, period="2024", as_written="was exceeded by those with only six other countries, led by China, Mexico, and Vietnam", note="by exclusion: six larger, so seventh"),
        "trade.fdi_source_rank": F(1, as_written="Japan has been the biggest source of foreign direct investment (FDI) in the United States since 2019", note="no period: 'since 2019' is a span"),
        "trade.japan_fdi_stock_in_us": F(783300000000, period="2023", as_written="the stock of Japanese FDI stood at $783.3 billion at the end of 2023"),
        "trade.us_fdi_stock_in_japan": F(134000000000, "about", period="2023", as_written="against some $134 billion of U.S. direct investment in Japan that same year"),
        "trade.treasury_holder_rank": F(1, period="2025-02", as_written="Japan held a touch over $1.1 trillion in U.S. Treasury securities in February, more than any other foreign country"),
        "agreements.usjta_signed": D("2019-10-07", as_written="the U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement were signed in New York twelve days later, on October 7", note="year from 'On September 25, 2019' earlier in the sentence"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="Both took effect on January 1, 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="Both took effect on January 1, 2020"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="On March 28, 2023, the Biden Administration concluded a U.S.-Japan Critical Minerals Agreement"),
    },
    "elections": {
        "ldp_president_2024": E("LDP president", "2024-09-27", "held", result="Ishiba won the LDP leadership"),
        "lower_house_2024": E("Lower House", "2024-10-27", "held", result="LDP-Komeito 215 of 465 seats, short of a majority"),
        "upper_house_2025": E("Upper House", "2025-07", "upcoming"),
    },
    "events": {
        "tariff_talks_announced": EV("Administration announces Japan among the first countries for tariff negotiations", "2025-04-07", "held"),
        "first_negotiating_round": EV("Formal U.S.-Japan trade negotiations open", "2019-04", "held"),
        "section232_autos_proclamation": EV("Section 232 auto proclamation (tariffs deferred)", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Leaders announce finalized stage one agreement", "2019-09-25", "held"),
    },
    "notes": "Traps: 'In the space of three weeks' and 'in the previous three decades'; 'a rate of 24% was announced for Japan' (announced, then suspended) and Table 1's 24% row 'Suspended until July 9'; 'suspended the same day for 90 days, until July 9'; 'Whether the 24% rate returns in July'; 'which, added to the 2.5% MFN rate, makes a combined 27.5%' (MFN and stacked rate, not the Section 232 auto rate); 'the same rate is due to reach key auto parts on May 3' and Table 1's parts row (parts, planned); 'Section 232 tariffs of 25% on steel and aluminum, in place since March 12' and Table 1's steel row (not autos); 'spoke with President Trump by telephone on April 7' (the call, not the event's only anchor: the announcement is 'The same day'); 'Treasury Secretary Scott Bessent', 'Commerce Secretary Howard Lutnick', 'Jamieson Greer' and 'Akazawa Ryosei' (officials, not leaders); 'in Washington on April 16' (the first round of the 2025 talks: no tracked event; the 2019 first round is the event) and 'a second round is expected in late April or early May' (planned); 'a minimum-access quota of some 770,000 tons a year' (rice, no fact); 'At their February 7 White House summit ... raise its investment in the United States to $1 trillion, an aspiration rather than a commitment' (no investment pledge); 'won the ... leadership on September 27, 2024'; 'taking 215 of 465 seats'; 'Half of the Upper House'; 'somewhere between half a point and eight-tenths of a point' (a range of GDP estimates); 'roughly three-fifths of the total' (a share, not a fact); 'led by China, Mexico, and Vietnam'; 'upward of a third of U.S. goods imports from Japan' (vehicles' share); Figure 1 (passenger vehicle imports, 2020-2024, ticks 0-60, one series, no value labels; md: caption only); 'since 2019' (span); 'Nippon Steel's $14.9 billion bid for U.S. Steel, blocked by President Biden on January 3' (former president, a bid amount) and 'ordered a new look on April 7'; 'a touch over $1.1 trillion' (holdings, not FDI); 'A month later' and 'twelve days later'; 'some $7.2 billion of U.S. farm goods' and 'about $1.3 billion of Japanese industrial goods'; Issues bullets 'before July 9' and 'some dozen states'. The title is the 2025-on one. Layout: pdftotext -layout runs the two columns side by side, with the table, bullets and figure among them; PDF ligatures and hyphenated line ends.",
}
