from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "RR2-IF11120-2023-02", "fresh12", "IF11120", 17
TITLE = "U.S.-Japan Trade Agreement Negotiations"
LAYOUTS = ["md", "interleaved"]
PDF_OPTS = ["lig", "quotes"]
CHART = {"unit": "$ billions", "ymax": 80, "ticks": [0, 20, 40, 60, 80],
         "series": ["U.S. goods trade deficit with Japan"],
         "bars": {"2018": (67.6,), "2019": (69.0,), "2020": (55.4,), "2021": (60.1,), "2022": (67.9,)}}

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated February 21, 2023

## Overview

Three years have passed since the two "stage one" trade agreements that the Trump Administration negotiated with Japan took effect. The Biden Administration has shown no interest in a broader "stage two" deal. It has instead pursued economic cooperation with Tokyo through other channels: the U.S.-Japan Partnership on Trade, launched in November 2021; an "Economic 2+2" dialogue of foreign and commerce ministers, first convened in July 2022; and the Indo-Pacific Economic Framework for Prosperity (IPEF), unveiled in Tokyo in May 2022. When Prime Minister Kishida Fumio met President Joe Biden at the White House on January 13, 2023, the two leaders stressed economic security, semiconductor supply chains, and export controls. A newer question is whether Japan can be treated as a free trade agreement (FTA) partner for the purposes of clean-vehicle tax credits in the Inflation Reduction Act (IRA, P.L. 117-169). Japan holds the Group of Seven (G7) presidency this year and will host the leaders' summit in Hiroshima in May.

## Trade and Investment Ties

Counting the European Union as one partner, Japan was the fifth-largest U.S. trading partner in 2022 (if the EU's members are counted separately, it ranks fourth). Two-way trade in goods and services topped $300 billion, and flows in both directions grew from 2021, when U.S. exports to Japan were $112.2 billion and imports from Japan $167.8 billion. Merchandise dominates U.S. purchases from Japan, chiefly vehicles, machinery, and parts; services, led by travel, intellectual property charges, and financial services, make up about a third of what the United States sells to Japan (Table 1).

Table 1. U.S. Trade with Japan, 2022 ($ billions)

| Category | U.S. exports to Japan | U.S. imports from Japan | U.S. balance |
| --- | --- | --- | --- |
| Goods | 80.2 | 148.1 | -67.9 |
| Services | 39.9 | 32.2 | 7.7 |
| Total | 120.1 | 180.3 | -60.2 |

Source: Bureau of Economic Analysis, balance-of-payments basis.

The goods deficit, $67.9 billion in 2022, was the largest with Japan in three years (Figure 1). Only China, Mexico, Vietnam, Canada, and Germany accounted for larger U.S. goods deficits. The weak yen, which in October 2022 fell to its lowest level against the dollar since 1990, may widen the gap further.

**Figure 1. U.S. Goods Trade Deficit with Japan, 2018-2022**

Source: U.S. Census Bureau.

Investment ties are deeper still. At $721.2 billion at the end of 2021, the stock of Japanese direct investment in the United States was larger than that of any other country, a lead Japan has held since overtaking the United Kingdom in 2019. U.S. firms' direct investment in Japan was on the order of $119 billion that year. Japan also leads all foreign holders of U.S. Treasury securities, with about $1.08 trillion in December 2022, well ahead of China's $867 billion.

## The 2019 Agreements

Formal negotiations began in April 2019, a month before President Donald Trump determined, in a May 2019 proclamation, that imports of autos and auto parts threatened U.S. national security; no Section 232 auto tariffs were ever imposed. On September 25, 2019, in New York, Trump and then-Prime Minister Abe Shinzo announced that the first stage of talks had been concluded. Their governments signed the U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement in Washington twelve days later, on October 7 of that year. The USJTA entered into force on January 1, 2020. The digital agreement took effect the same day.

Under the USJTA, Japan eliminated or reduced tariffs on about $7.2 billion of U.S. food and agricultural products, putting U.S. beef, pork, and wheat on the same footing as exports from members of the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP). Its beef tariff, 38.5% before the agreement, is to fall to 9% by FY2033. The United States cut tariffs on some $40 million of Japanese industrial goods but left in place its 2.5% duty on passenger cars and 25% duty on light trucks. After U.S. beef imports exceeded a safeguard trigger in March 2021, the two sides revised the safeguard mechanism in 2022. The digital agreement bars customs duties on electronic transmissions and restricts data localization requirements.

## Steel, Aluminum, and Critical Minerals

Section 232 tariffs of 25% on steel and 10% on aluminum, imposed in March 2018, still apply to Japan, although since April 1, 2022, a tariff-rate quota has allowed up to 1.25 million metric tons of Japanese steel a year to enter duty-free. Japan has asked that the IRA's $7,500 clean-vehicle credit, which requires that a growing share of battery minerals come from the United States or an FTA partner, also count minerals processed in Japan. The two governments are reported to be negotiating a limited critical minerals agreement for that purpose; Treasury guidance is expected in March.

## Politics in Tokyo

Kishida's coalition of the Liberal Democratic Party and Komeito strengthened its hold on the House of Councillors in an election on July 10, 2022. Abe had been shot and killed on the campaign trail two days before, on July 8. With the next scheduled national vote, the upper house election of July 2025, more than two years away, Kishida has room to pursue his agenda, though his cabinet's approval ratings have slipped below 40%.

## Issues for Congress

- Congress may consider whether a critical minerals deal, concluded without congressional approval, can make Japan an "FTA partner" under the IRA.
- Trade promotion authority expired on July 1, 2021, and the Administration has not requested its renewal.
- Japan's reported agreement in late January 2023 to restrict exports of chipmaking equipment to China may draw oversight of U.S.-Japan export control coordination.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Brock R. Williams**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Kishida Fumio"),
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "trade.overall_partner_rank": F(5, period="2022", as_written="Counting the European Union as one partner, Japan was the fifth-largest U.S. trading partner in 2022", note="fourth if the EU's members are counted separately (as the record's 2020-04-29 version notes)"),
        "trade.us_exports_to_japan": F(120100000000, period="2022", as_written="Table 1, Total row, U.S. exports to Japan: 120.1 ($ billions, 2022)"),
        "trade.us_goods_exports_to_japan": F(80200000000, period="2022", as_written="Table 1, Goods row, U.S. exports to Japan: 80.2"),
        "trade.us_services_exports_to_japan": F(39900000000, period="2022", as_written="Table 1, Services row, U.S. exports to Japan: 39.9"),
        "trade.us_imports_from_japan": F(180300000000, period="2022", as_written="Table 1, Total row, U.S. imports from Japan: 180.3"),
        "trade.us_goods_imports_from_japan": F(148100000000, period="2022", as_written="Table 1, Goods row, U.S. imports from Japan: 148.1"),
        "trade.us_services_imports_from_japan": F(32200000000, period="2022", as_written="Table 1, Services row, U.S. imports from Japan: 32.2"),
        "trade.goods_deficit": F(67900000000, period="2022", as_written="The goods deficit, $67.9 billion in 2022"),
        "trade.goods_deficit_rank": F(6, period="2022", as_written="Only China, Mexico, Vietnam, Canada, and Germany accounted for larger U.S. goods deficits", note="five larger deficits = rank 6"),
        "trade.japan_fdi_stock_in_us": F(721200000000, period="2021", as_written="At $721.2 billion at the end of 2021, the stock of Japanese direct investment in the United States"),
        "trade.fdi_source_rank": F(1, period="2021", as_written="was larger than that of any other country, a lead Japan has held since overtaking the United Kingdom in 2019"),
        "trade.us_fdi_stock_in_japan": F(119000000000, "about", period="2021", as_written="U.S. firms' direct investment in Japan was on the order of $119 billion that year", note="'that year' = 2021, carried"),
        "trade.treasury_holder_rank": F(1, period="2022-12", as_written="Japan also leads all foreign holders of U.S. Treasury securities, with about $1.08 trillion in December 2022"),
        "agreements.usjta_signed": D("2019-10-07", as_written="signed the U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement in Washington twelve days later, on October 7 of that year", note="year carried from the sentence before (2019)"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="The USJTA entered into force on January 1, 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="The digital agreement took effect the same day", note="date carried from the sentence before"),
    },
    "elections": {
        "upper_house_2022": E("Upper House", "2022-07-10", "held", result="Kishida's coalition strengthened its hold", note="'in an election on July 10, 2022'"),
        "upper_house_2025": E("Upper House", "2025-07", "upcoming", note="'the next scheduled national vote, the upper house election of July 2025, more than two years away'"),
    },
    "events": {
        "first_negotiating_round": EV("Formal U.S.-Japan trade negotiations began", "2019-04", "held"),
        "section232_autos_proclamation": EV("Trump proclaims auto and parts imports a threat to U.S. national security", "2019-05", "held"),
        "stage_one_deal_finalized": EV("Trump and Abe announce the first stage of talks concluded, in New York", "2019-09-25", "held"),
        "abe_assassination": EV("Former Prime Minister Abe Shinzo shot and killed while campaigning", "2022-07-08"),
    },
    "notes": "Traps: 'Three years have passed'; 'launched in November 2021', 'first convened in July 2022' and 'unveiled in Tokyo in May 2022' (no IF11120 fact); 'at the White House on January 13, 2023'; 'in Hiroshima in May'; '(if the EU's members are counted separately, it ranks fourth)' (the rank is 5, the EU counted as one); 'topped $300 billion'; 'when U.S. exports to Japan were $112.2 billion and imports from Japan $167.8 billion' (2021, past); 'make up about a third of what the United States sells to Japan' (a share, not an amount); Table 1's 'U.S. balance' column: services '7.7' and total '-60.2' (not the goods deficit; the goods cell '-67.9' agrees with the prose); 'the largest with Japan in three years'; 'in October 2022 fell to its lowest level against the dollar since 1990' (no IF11120 fact); Figure 1 (goods deficit 2018-2022, one series, ticks 0-80, no value labels); 'since overtaking the United Kingdom in 2019' (a year, not a rank or period); 'about $1.08 trillion in December 2022, well ahead of China's $867 billion' (holdings; China's figure); 'the Trump Administration negotiated' and 'President Donald Trump determined' (past narrative; the President is Biden); 'a month before' and 'in a May 2019 proclamation' (event at month precision), 'no Section 232 auto tariffs were ever imposed' (no autos rate); 'On September 25, 2019, in New York' (the conclusion, not the signing); 'twelve days later'; 'about $7.2 billion of U.S. food and agricultural products'; '38.5% before the agreement, is to fall to 9% by FY2033'; 'some $40 million of Japanese industrial goods'; 'its 2.5% duty on passenger cars and 25% duty on light trucks' (MFN rates, not a tariff on most imports); 'exceeded a safeguard trigger in March 2021' and 'revised the safeguard mechanism in 2022'; 'Section 232 tariffs of 25% on steel and 10% on aluminum, imposed in March 2018' and 'since April 1, 2022, a tariff-rate quota has allowed up to 1.25 million metric tons' (no tariff on most imports); 'the IRA's $7,500 clean-vehicle credit'; 'reported to be negotiating a limited critical minerals agreement' and 'Treasury guidance is expected in March' (no CMA signing date); 'Trade promotion authority expired on July 1, 2021'; 'Kishida's coalition of the Liberal Democratic Party and Komeito' (IF11120 has no coalition fact); 'more than two years away' and 'approval ratings have slipped below 40%'; 'then-Prime Minister Abe Shinzo' (former PM); 'in late January 2023 to restrict exports of chipmaking equipment'; PDF ligatures and curly quotes (interleaved)",
}
