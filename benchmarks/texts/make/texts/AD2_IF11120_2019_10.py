from lib import F, D, P, E, EV

NAME, SET, BRIEF, VERSION = "AD2-IF11120-2019-10", "fresh15", "IF11120", 7
TITLE = "U.S.-Japan Trade Agreement Negotiations"
LAYOUTS = ["md", "pdf"]
PDF_OPTS = ["lig", "hyph"]
CHART = {"unit": "$ billions", "ymax": 160, "ticks": [0, 40, 80, 120, 160],
         "series": ["U.S. exports to Japan", "U.S. imports from Japan"],
         "bars": {"Goods": (75.2, 143.6), "Services": (45.9, 36.1)}}

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated October 23, 2019

## Overview

Signature of two agreements that conclude the first stage of U.S.-Japan trade negotiations took place in Washington on October 7, 2019. One, the U.S.-Japan Trade Agreement (USJTA), reduces or removes tariffs on a limited set of agricultural and industrial goods; the other, the U.S.-Japan Digital Trade Agreement (DTA), sets rules for digital commerce. Entry into force of the USJTA is targeted for January 1, 2020, provided Japan's Diet approves it during the extraordinary session that opened on October 4. The same start date is planned for the DTA.

Neither text is to be voted on by Congress: the tariff cuts rest on authority delegated by the 2015 Trade Promotion Authority (TPA) statute, and the DTA is treated as an executive agreement. President Donald J. Trump has called the package a first step. Prime Minister Shinzo Abe's government stresses that, in its reading, the package shields Japan from U.S. auto tariffs.

## How the Talks Unfolded

Formal negotiations began a year after the leaders agreed to open them and took about six months (Table 1).

Table 1. Milestones in the U.S.-Japan Talks

| Step | Date |
| --- | --- |
| Talks agreed, New York | Sept. 26, 2018 |
| First formal round | Apr. 15-16, 2019 |
| Sec. 232 auto proclamation | May 17, 2019 |
| Deal in principle, Biarritz | Aug. 25, 2019 |
| Deal finalized, New York | Sept. 25, 2019 |
| USJTA and DTA signed | Oct. 7, 2019 |
| Target entry into force | Jan. 1, 2020 |

Source: Office of the U.S. Trade Representative (USTR) and Japan's Ministry of Foreign Affairs.

## What the Agreements Do

Some $7.2 billion of U.S. food and agricultural exports will see Japanese tariffs eliminated or lowered under the USJTA, in most cases to the levels Japan grants its partners in the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP), in force since December 30, 2018. Japan's beef tariff, for example, is to fall from 38.5% to 26.6% on entry into force and, in annual steps, to 9% by FY2033. Rice is excluded. In return, U.S. tariffs on 241 tariff lines, mostly industrial goods such as machine tools, fasteners, and bicycles, are to be cut or removed. The 2.5% U.S. tariff on passenger cars and the 25% tariff on light trucks are untouched; the texts say only that auto tariffs will be the subject of further negotiation.

The DTA, which the two governments say covers some $40 billion in bilateral digital trade, bars customs duties on electronic transmissions, protects cross-border data flows, and prohibits requirements to disclose source code. Within four months of entry into force, the two sides are to consult on a second stage of talks, which the Administration expects to address services, investment, and other issues left out of the first.

## The Section 232 Question

On May 17, 2019, President Trump proclaimed that imports of autos and parts threaten to impair U.S. national security and directed negotiations with Japan and the European Union. The 180-day window for those talks closes in mid-November. Tariffs of up to 25%, reportedly recommended by the Commerce Department, have not been imposed. In their September 25 joint statement the leaders said they would refrain from actions "against the spirit" of the agreements, language Tokyo reads as a commitment that no Section 232 auto tariffs will be placed on Japan; U.S. officials have not said so explicitly. Separately, 25% tariffs on steel and 10% tariffs on aluminum have applied to imports from Japan since March 2018.

## Trade and Investment Ties

Japan, the fourth-largest U.S. trading partner in 2018, after China, Canada, and Mexico, bought a little over $121 billion of U.S. goods and services that year, some 6% more than in 2017. Goods, at $75.2 billion, made up the larger part; services, led by travel and charges for the use of intellectual property, supplied the balance of $45.9 billion. In the opposite direction, goods and services worth $179.7 billion were bought from Japan: $143.6 billion of goods and $36.1 billion of services (Figure 1).

**Figure 1. U.S. Trade with Japan by Type, 2018**

Source: U.S. Bureau of Economic Analysis (BEA), international transactions data.

On a Census basis, the 2018 U.S. goods deficit with Japan was $67.6 billion; only China, Mexico, and Germany ran larger goods surpluses with the United States. In the first eight months of 2019 the deficit came to roughly $46 billion, slightly ahead of the previous year's pace.

The investment relationship is deeper. At the end of 2018, the list of countries by direct investment position in the United States was headed by the United Kingdom, with Japan next, at $484.4 billion; U.S. affiliates of Japanese firms employed nearly 860,000 people. U.S. direct investment in Japan was about a quarter that size: $125 billion. Of all foreign holders of U.S. Treasury securities, Japan has been the largest since June 2019, when it moved past China; its holdings stood at $1.17 trillion in August.

## Politics in Tokyo

The agreements reach the Diet with Abe's coalition in a strong position. In the Upper House election of July 21, 2019, the Liberal Democratic Party (LDP) and Komeito kept their majority, though lawmakers favoring constitutional revision fell short of the two-thirds needed to propose an amendment. No further national election is required until October 2021, when the Lower House's term ends; Abe's term as LDP president runs out in September 2021 as well. On November 20, Abe is to become the longest-serving prime minister in Japan's history. A consumption tax increase, from 8% to 10%, took effect on October 1.

## Issues for Congress

- Congress's role. Should agreements concluded under TPA's tariff-proclamation authority, which lapses on July 1, 2021, bypass a congressional vote in future?
- The second stage. Will broader talks follow, covering autos, services, and currency?
- Autos. Will the President impose Section 232 tariffs on Japanese vehicles when the 180-day window closes, and would doing so breach the September 25 understanding?
- Agriculture. U.S. farm groups, which lost ground in Japan to CPTPP and European Union competitors after early 2019 (the Japan-EU agreement took effect February 1), want the USJTA in force quickly. How the President's October 11 announcement of a "phase one" trade deal with China, still unwritten, affects U.S. farm exports to Japan remains to be seen.

**Brock R. Williams**, Specialist in International Trade and Finance

**Cathleen D. Cimino-Isaacs**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald J. Trump"),
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Shinzo Abe"),
        "trade.overall_partner_rank": F(4, period="2018", as_written="Japan, the fourth-largest U.S. trading partner in 2018, after China, Canada, and Mexico"),
        "trade.us_exports_to_japan": F(121000000000, "over", period="2018", as_written="bought a little over $121 billion of U.S. goods and services that year", note="year carried from the apposition"),
        "trade.us_goods_exports_to_japan": F(75200000000, period="2018", as_written="Goods, at $75.2 billion, made up the larger part"),
        "trade.us_services_exports_to_japan": F(45900000000, period="2018", as_written="services, led by travel and charges for the use of intellectual property, supplied the balance of $45.9 billion", note="'the balance' is the remainder, not a trade balance"),
        "trade.us_imports_from_japan": F(179700000000, period="2018", as_written="goods and services worth $179.7 billion were bought from Japan"),
        "trade.us_goods_imports_from_japan": F(143600000000, period="2018", as_written="$143.6 billion of goods"),
        "trade.us_services_imports_from_japan": F(36100000000, period="2018", as_written="$36.1 billion of services"),
        "trade.goods_deficit": F(67600000000, period="2018", as_written="On a Census basis, the 2018 U.S. goods deficit with Japan was $67.6 billion"),
        "trade.goods_deficit_rank": F(4, period="2018", as_written="only China, Mexico, and Germany ran larger goods surpluses with the United States", note="stated as other countries' surpluses: three larger, so 4"),
        "trade.fdi_source_rank": F(2, period="2018", as_written="the list of countries by direct investment position in the United States was headed by the United Kingdom, with Japan next"),
        "trade.japan_fdi_stock_in_us": F(484400000000, period="2018", as_written="with Japan next, at $484.4 billion"),
        "trade.us_fdi_stock_in_japan": F(125000000000, period="2018", as_written="U.S. direct investment in Japan was about a quarter that size: $125 billion", note="the hedge 'about' belongs to the fraction, not to the amount; year carried"),
        "trade.treasury_holder_rank": F(1, period="2019-08", as_written="Of all foreign holders of U.S. Treasury securities, Japan has been the largest since June 2019, when it moved past China; its holdings stood at $1.17 trillion in August"),
        "agreements.usjta_signed": D("2019-10-07", as_written="Signature of two agreements ... took place in Washington on October 7, 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="Entry into force of the USJTA is targeted for January 1, 2020", note="expected: pending the Diet's approval"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="The same start date is planned for the DTA", note="expected; date carried from the sentence before"),
    },
    "elections": {
        "upper_house_2019": E("Upper House", "2019-07-21", "held", result="LDP and Komeito kept their majority; revision supporters short of two-thirds"),
    },
    "events": {
        "first_negotiating_round": EV("First round of U.S.-Japan trade agreement negotiations", "2019-04", "held"),
        "section232_autos_proclamation": EV("Section 232 proclamation on autos and parts", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Leaders declare the first-stage deal final in New York", "2019-09-25", "held"),
    },
    "notes": ("Traps: 'the extraordinary session that opened on October 4'; 'the 2015 Trade Promotion Authority (TPA) statute'; 'shields Japan from U.S. auto tariffs'; "
              "Table 1 row 'Talks agreed, New York | Sept. 26, 2018' and 'a year after the leaders agreed to open them' (the 2018 joint statement is no tracked event; not tariff_talks_announced); "
              "Table 1 'First formal round | Apr. 15-16, 2019' (first_negotiating_round dated by its month, as the record and the convention fixed in round nineteen date a span of days); 'Deal in principle, Biarritz | Aug. 25, 2019' (not the finalization); "
              "'took about six months'; 'Some $7.2 billion of U.S. food and agricultural exports'; 'in force since December 30, 2018' (CPTPP); "
              "'from 38.5% to 26.6% on entry into force and, in annual steps, to 9% by FY2033' (Japanese tariffs); '241 tariff lines'; "
              "'The 2.5% U.S. tariff on passenger cars and the 25% tariff on light trucks' (MFN; no tariff on most imports); 'some $40 billion in bilateral digital trade'; "
              "'Within four months of entry into force' (planned second stage); 'The 180-day window for those talks closes in mid-November'; "
              "'Tariffs of up to 25%, reportedly recommended by the Commerce Department, have not been imposed' (no Section 232 auto rate); "
              "'In their September 25 joint statement' (restates the finalization); '25% tariffs on steel and 10% tariffs on aluminum have applied to imports from Japan since March 2018' (sectoral); "
              "'some 6% more than in 2017'; Figure 1 (categories Goods and Services, two series, ticks 0-160, no value labels); "
              "'In the first eight months of 2019 the deficit came to roughly $46 billion' (partial year); "
              "'employed nearly 860,000 people'; 'about a quarter that size' (a fraction that is no fact); 'since June 2019, when it moved past China' (when the lead began); '$1.17 trillion in August'; "
              "'the two-thirds needed to propose an amendment' (threshold); 'Abe's term as LDP president runs out in September 2021' (a term end alone, not an election); "
              "'On November 20, Abe is to become the longest-serving prime minister'; 'from 8% to 10%, took effect on October 1'; "
              "'which lapses on July 1, 2021' (TPA); 'the Japan-EU agreement took effect February 1'; "
              "'the President's October 11 announcement of a \"phase one\" trade deal with China' (not stage_one_deal_finalized); PDF ligatures and hyphenated line ends"),
}
