from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "BC2-IF11120-2025-07", "fresh21", "IF11120", 21
TITLE = "U.S.-Japan Trade Agreements and Tariff Negotiations"
LAYOUTS = ["interleaved", "pdf"]
PDF_OPTS = ["lig", "nbsp"]
CHART = {"unit": "$ billions", "ymax": 50, "ticks": [0, 10, 20, 30, 40, 50],
         "series": ["U.S. imports of new passenger vehicles"],
         "bars": {"Mexico": (48.3,), "Japan": (39.9,), "S. Korea": (36.6,), "Canada": (29.6,), "Germany": (24.8,)}}

MD = """
U.S.-Japan Trade Agreements and Tariff Negotiations

Updated July 31, 2025

## Overview

Nine days after the two governments reached a framework deal, none of its tariff terms has yet been applied. Most goods from Japan therefore still enter the United States at ten percent, the "baseline" tariff that the President imposed from April 5 on imports from nearly every trading partner under the International Emergency Economic Powers Act (IEEPA). It is also the only IEEPA rate Japan has actually paid. A 24% "reciprocal" rate, announced for Japan on April 2, took effect on April 9 and was suspended hours later; the President then threatened, in a July 7 letter to Prime Minister Ishiba Shigeru, to impose 25% from August 1. An executive order signed today lists a rate of 15% for Japan, to apply from August 7.

## How the Talks Began

The current negotiations grew out of a telephone call on April 7, 2025, in which President Trump and Prime Minister Ishiba agreed to open talks. Japan's negotiator, Akazawa Ryosei, held the first ministerial session in Washington on April 16 and returned to the U.S. capital seven more times before the deal was struck.

During President Trump's first term, formal talks on a trade agreement opened in April 2019. A month later, on May 17, 2019, the President proclaimed that imports of autos and parts threatened U.S. national security, while deferring any tariff. The President and then-Prime Minister Abe Shinzo declared a first-stage deal finished when they met in New York in late September 2019. It consisted of two pacts, signed on October 7 of that year: the U.S.-Japan Trade Agreement (USJTA), and a Digital Trade Agreement. Both entered into force on the first day of 2020. Under President Biden, the two countries signed a Critical Minerals Agreement in Washington in March 2023, on the 28th.

## Where Tariffs Stand

Table 1 sorts the rates in play by status; only its first row is being collected.

Table 1. Tariffs on Japanese Goods, by Status, as of July 31, 2025

| Status | Most goods | Cars |
| --- | --- | --- |
| Charged now | 10% | 27.5% |
| Agreed, not in effect | 15% | 15% |
| Threatened for Aug. 1 | 25% | n.a. |
| Suspended Apr. 9 | 24% | n.a. |

Source: CRS. Notes: The rate charged now on most goods is the IEEPA baseline; on cars, a 25% Section 232 tariff plus the 2.5% MFN duty. Agreed rates, announced July 22, would include MFN duties.

Autos and auto parts are covered by a separate Section 232 action rather than by IEEPA. Twenty-five percent has been charged on Japanese vehicles since April 3 and on most parts since May 3, on top of the 2.5% MFN duty on passenger cars. Under the framework that combined rate is to fall to 15%, but no date has been set. Japan supplies the second-largest value of imported cars after Mexico (Figure 1). Steel and aluminum from Japan pay 50%, doubled from 25% on June 4.

**Figure 1. U.S. Imports of New Passenger Vehicles, Top Five Sources, 2024**

Source: U.S. Census Bureau, HTS heading 8703.

## The July 22 Framework

Donald Trump announced the framework on social media on July 22; in Tokyo it was already the morning of July 23. No text has been published. Among the terms both sides have confirmed:

- a 15% tariff on most Japanese goods, not stacked on most-favored-nation (MFN) duties, according to Japan;
- a 15% all-in rate for autos and parts, down from the 27.5% now charged;
- Japanese funding of $550 billion for investment in U.S. industries chosen by the U.S. government, with 90% of the profits going to the United States, by the U.S. account; Tokyo says only 1%-2% would be equity;
- purchases of 100 Boeing aircraft and $8 billion a year of U.S. farm goods, and 75% more U.S. rice within Japan's existing quota.

Similar deals followed (Table 2); Indonesia and the Philippines settled for 19%. Japan's investment commitment is smaller than the European Union's but larger than South Korea's.

Table 2. Three Framework Deals of July 2025

| Term | Japan | EU | Korea |
| --- | --- | --- | --- |
| Announced | July 22 | July 27 | July 30 |
| Tariff agreed | 15% | 15% | 15% |
| Pledge ($ billions) | 550 | 600 | 350 |

## Trade and Investment Ties

On a goods-and-services basis, sixth place among U.S. trading partners went to Japan in 2024, counting the European Union as one. Of the $129.1 billion that U.S. exporters earned in Japan that year, $79.7 billion came from goods; the rest, $49.4 billion, came from services. Flows the other way were larger: $191.8 billion in all, of which $148.2 billion was goods and $43.6 billion services. Vehicles and parts were more than a third of the goods.

The U.S. goods deficit with Japan, $68.5 billion in 2024, was smaller than the $71.2 billion of 2023, and smaller than those with six other countries: China, Mexico, Vietnam, Ireland, Germany, and Taiwan.

No country has a larger direct-investment stake in the United States than Japan. Its stock reached $754.1 billion at the end of 2024; the U.S. stake in Japan, $136.3 billion, was less than a fifth as large. Japan is also the biggest foreign holder of U.S. Treasury securities, with about $1.13 trillion in May 2025; the United Kingdom moved past China into second place in March.

## Politics in Japan

Ishiba's Liberal Democratic Party (LDP) and its partner Komeito lost their majority in the House of Councillors in the election of July 20, 2025, nine months after losing control of the House of Representatives in October 2024. Ishiba has said he will stay on.

## Issues for Congress

- Whether the framework's terms will be written down.
- The legal footing of the IEEPA tariffs: the U.S. Court of International Trade held on May 28 that IEEPA does not authorize them; the Federal Circuit, which stayed that ruling, hears argument today.
- The effect on U.S. automakers of a 15% rate for Japanese cars while Canadian and Mexican vehicles face 25% on their non-U.S. content.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "Donald Trump announced the framework on social media on July 22", note="elsewhere 'the President', 'President Trump'"),
        "leaders.japan_prime_minister": P("Ishiba", "Shigeru", "Prime Minister Ishiba Shigeru"),
        "tariffs.us_tariff_most_imports": F(10, period="2025-04-05", as_written="Most goods from Japan therefore still enter the United States at ten percent, the \"baseline\" tariff that the President imposed from April 5", note="also Table 1 'Charged now | 10%' with its note 'the IEEPA baseline'; the agreed 15% is not yet applied"),
        "tariffs.ieepa_rate": F(10, period="2025-04-05", as_written="It is also the only IEEPA rate Japan has actually paid", note="subject carried from the sentence before; the 24% reciprocal rate was suspended, the 25% threatened and the 15% agreed but not in effect"),
        "tariffs.section232_autos": F(25, period="2025-04-03", as_written="Twenty-five percent has been charged on Japanese vehicles since April 3", note="value in words before its subject; 27.5% includes the 2.5% MFN duty; framework's 15% not in effect"),
        "framework.announced": D("2025-07-22", as_written="Donald Trump announced the framework on social media on July 22", note="'in Tokyo it was already the morning of July 23' is a trap"),
        "framework.investment_pledge": F(550000000000, as_written="Japanese funding of $550 billion for investment in U.S. industries chosen by the U.S. government", note="no deadline stated; also Table 2 ('Pledge ($ billions) | 550')"),
        "trade.overall_partner_rank": F(6, period="2024", as_written="sixth place among U.S. trading partners went to Japan in 2024"),
        "trade.us_exports_to_japan": F(129100000000, period="2024", as_written="Of the $129.1 billion that U.S. exporters earned in Japan that year"),
        "trade.us_goods_exports_to_japan": F(79700000000, period="2024", as_written="$79.7 billion came from goods"),
        "trade.us_services_exports_to_japan": F(49400000000, period="2024", as_written="the rest, $49.4 billion, came from services"),
        "trade.us_imports_from_japan": F(191800000000, period="2024", as_written="Flows the other way were larger: $191.8 billion in all"),
        "trade.us_goods_imports_from_japan": F(148200000000, period="2024", as_written="of which $148.2 billion was goods"),
        "trade.us_services_imports_from_japan": F(43600000000, period="2024", as_written="and $43.6 billion services"),
        "trade.goods_deficit": F(68500000000, period="2024", as_written="The U.S. goods deficit with Japan, $68.5 billion in 2024"),
        "trade.goods_deficit_rank": F(7, period="2024", as_written="smaller than those with six other countries: China, Mexico, Vietnam, Ireland, Germany, and Taiwan", note="six larger deficits = seventh"),
        "trade.fdi_source_rank": F(1, period="2024", as_written="No country has a larger direct-investment stake in the United States than Japan"),
        "trade.japan_fdi_stock_in_us": F(754100000000, period="2024", as_written="Its stock reached $754.1 billion at the end of 2024"),
        "trade.us_fdi_stock_in_japan": F(136300000000, period="2024", as_written="the U.S. stake in Japan, $136.3 billion, was less than a fifth as large", note="year carried"),
        "trade.treasury_holder_rank": F(1, period="2025-05", as_written="Japan is also the biggest foreign holder of U.S. Treasury securities, with about $1.13 trillion in May 2025"),
        "agreements.usjta_signed": D("2019-10-07", as_written="two pacts, signed on October 7 of that year", note="year carried from 'late September 2019'"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="Both entered into force on the first day of 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="Both entered into force on the first day of 2020"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="signed a Critical Minerals Agreement in Washington in March 2023, on the 28th", note="day given after the month"),
    },
    "elections": {
        "upper_house_2025": E("Upper House", "2025-07-20", "held", result="LDP-Komeito lost its majority"),
        "lower_house_2024": E("Lower House", "2024-10", "held", result="coalition lost control"),
    },
    "events": {
        "tariff_talks_announced": EV("President Trump and Prime Minister Ishiba agree by telephone to open tariff talks", "2025-04-07", "held"),
        "first_negotiating_round": EV("formal U.S.-Japan trade talks open", "2019-04", "held"),
        "section232_autos_proclamation": EV("Section 232 proclamation on autos and parts, tariffs deferred", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("first-stage deal declared finished in New York", "2019-09", "held"),
    },
    "notes": "Traps: 'Nine days after the two governments reached a framework deal' (relative date); 'A 24% \"reciprocal\" rate, announced for Japan on April 2, took effect on April 9 and was suspended hours later' (suspended, not the IEEPA rate now paid); 'threatened ... to impose 25% from August 1' (threatened); 'An executive order signed today lists a rate of 15% for Japan, to apply from August 7' (planned, not yet applied); 'Akazawa Ryosei ... held the first ministerial session in Washington on April 16' (the 2025 talks' first session: not first_negotiating_round) and 'seven more times'; 'then-Prime Minister Abe Shinzo' (former PM); 'Under President Biden' (former president); Table 1 rows other than 'Charged now' (15% agreed, 25% threatened, 24% suspended), its 'Cars' column (27.5% incl. MFN) and its notes ('a 25% Section 232 tariff plus the 2.5% MFN duty'); 'Under the framework that combined rate is to fall to 15%, but no date has been set' (planned autos rate); 'Steel and aluminum from Japan pay 50%, doubled from 25% on June 4'; Figure 1 (passenger-vehicle imports by source country, $ billions, ticks 0-50, no value labels; 'second-largest value of imported cars after Mexico' is no catalogue rank); 'in Tokyo it was already the morning of July 23' (date trap for the announcement); bullet list: '15% tariff on most Japanese goods' (agreed, not in effect), '90% of the profits', 'only 1%-2% would be equity', '100 Boeing aircraft', '$8 billion a year', '75% more U.S. rice'; 'Similar deals followed (Table 2); Indonesia and the Philippines settled for 19%' (other countries); Table 2 (transposed: partners as columns; EU 15%/600 July 27, Korea 15%/350 July 30; Japan's 'Tariff agreed' 15% is not the rate charged; Japan's pledge cell '550' in $ billions from the row label) and 'smaller than the European Union's but larger than South Korea's'; 'Vehicles and parts were more than a third of the goods' (a fraction, no fact); 'smaller than the $71.2 billion of 2023' (past deficit); 'less than a fifth as large' (fraction, no fact); 'the United Kingdom moved past China into second place in March' (other holders' ranks); 'the election of July 20, 2025' and 'in October 2024' (no IF11120 fact); 'the U.S. Court of International Trade held on May 28 that IEEPA does not authorize them' (a trial court, not the Supreme Court ruling: no tariffs.ieepa_ruling) and 'hears argument today'; 'Canadian and Mexican vehicles face 25% on their non-U.S. content' (other countries); interleaved columns; PDF ligatures and NBSP",
}
