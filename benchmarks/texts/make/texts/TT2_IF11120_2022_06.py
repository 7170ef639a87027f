from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "TT2-IF11120-2022-06", "fresh13", "IF11120", 21
TITLE = "U.S.-Japan Trade Agreement Negotiations"
LAYOUTS = ["html", "layout"]
PDF_OPTS = ["quotes", "hyph"]
SIDEBAR = "Steel, Aluminum, and Autos"
CHART = {"unit": "$ billions", "ymax": 800, "ticks": [0, 200, 400, 600, 800],
         "series": ["Japan's FDI position in the United States"],
         "bars": {"2016": (421,), "2017": (469,), "2018": (484,), "2019": (619,), "2020": (648,)}}

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated June 14, 2022

## Overview

Ranked fifth among U.S. trading partners in 2021, with the European Union counted as a single partner, Japan remains one of the largest U.S. economic partners; it had been placed fourth as recently as 2019. Two limited agreements were concluded with Tokyo by the Trump Administration, and both remain in effect. Comprehensive talks, which had been envisioned as a second stage, were never begun.

The Biden Administration has not proposed to resume broad negotiations. Instead, a U.S.-Japan Partnership on Trade was launched in November 2021, and the first ministerial meeting of a new Economic Policy Consultative Committee, dubbed the "economic 2+2," is expected to be held in July. During President Joe Biden's May 22-24 visit to Tokyo, the Indo-Pacific Economic Framework (IPEF) was unveiled with Prime Minister Kishida Fumio at his side; thirteen countries signed on at the launch. IPEF is not expected to include tariff cuts.

## The Stage One Agreements

Bilateral talks were announced by President Donald Trump and then-Prime Minister Abe Shinzo in New York on September 26, 2018. Formal negotiations were opened in April 2019. On May 17 of that year, a presidential proclamation was issued under Section 232 of the Trade Expansion Act of 1962 finding that imports of autos and parts threatened to impair U.S. national security; the tariffs of up to 25% that had been floated were never imposed. The first-stage deal was declared finished by the two leaders at a meeting in New York on September 25, 2019.

The U.S.-Japan Trade Agreement (USJTA) and a separate U.S.-Japan Digital Trade Agreement (DTA) were signed in Washington on October 7, 2019. Japan's Diet approved them in early December, and both were brought into force on January 1, 2020. Under the USJTA, Japanese tariffs were eliminated or reduced on about $7.2 billion of U.S. agricultural exports. Japan's duty on U.S. beef, 38.5% before the agreement, was lowered to 25.8% in FY2021 and is scheduled to fall to 9% by FY2033. The 2.5% U.S. tariff on passenger cars was left untouched. The DTA, which covers an estimated $40 billion in bilateral digital trade, bars customs duties on electronic transmissions.

Under a joint statement of September 2019, talks on the remaining issues were to begin within four months of entry into force. No such round has been held.

## Trade and Investment Flows

Totaling $112.2 billion in 2021, U.S. exports of goods and services to Japan recovered part of their pandemic decline. U.S. imports from Japan, by contrast, were valued at $167.8 billion, up from $147.6 billion in 2020. The components are shown in Table 1.

Table 1. U.S. Trade with Japan, 2021 and 2020 ($ billions)

| Flow | 2021 | 2020 |
| --- | --- | --- |
| U.S. exports to Japan | 112.2 | 104.4 |
| Goods | 74.6 | 64.1 |
| Services | 37.6 | 40.3 |
| U.S. imports from Japan | 167.8 | 147.6 |
| Goods | 135.1 | 119.5 |
| Services | 32.7 | 28.1 |
| Goods balance | -60.5 | -55.4 |

Source: Bureau of Economic Analysis; goods on a Census basis. Services for 2021 are preliminary.

At $60.5 billion, the 2021 U.S. goods deficit with Japan was the fourth-largest with any trading partner, a little wider than the $55.4 billion recorded a year earlier. Tokyo's target, by contrast, is to raise Japan's own farm and food exports to ¥5 trillion a year by 2030.

Valued at $648 billion at the end of 2020, Japan's direct investment position in the United States was larger than that of any other country, the United Kingdom's having been overtaken in 2019 (Figure 1). A far smaller stock, $132 billion, was held in Japan by U.S. firms that year. U.S. Treasury securities, meanwhile, are held in greater amounts by Japanese investors than by those of any other foreign country: some $1.23 trillion in March 2022, against China's $1.04 trillion.

**Figure 1. Japan's Direct Investment Position in the United States, 2016-2020**

Source: Bureau of Economic Analysis, historical-cost basis.

## Steel, Aluminum, and Autos

Section 232 tariffs of 25% on steel and 10% on aluminum were imposed on imports from Japan in March 2018. Under an arrangement announced on February 7, 2022, a tariff-rate quota took effect on April 1: up to 1.25 million metric tons of Japanese steel a year may now enter without the 25% duty, a volume based on 2018-2019 shipments. Aluminum remains subject to the 10% tariff. A comparable quota for the European Union had been put in place on January 1.

## Issues for Congress

- Scope of new talks: whether the Partnership on Trade and the economic 2+2 should lead to a second, broader agreement, as was originally planned.
- IPEF: how the framework's four pillars will be negotiated and whether any outcome will be submitted to Congress.
- CPTPP: Japan is the largest economy among the 11 parties to the agreement that took effect on December 30, 2018; China and Taiwan applied in September 2021.
- Trade promotion authority: the 2015 grant expired on July 1, 2021.
- Japanese politics: an Upper House election is set for July 10, and the Kishida government has pledged to address the yen's slide to its weakest level in two decades.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Kishida Fumio"),
        "trade.overall_partner_rank": F(5, period="2021", as_written="Ranked fifth among U.S. trading partners in 2021, with the European Union counted as a single partner, Japan",
                                        note="value before its subject, passive; 'placed fourth as recently as 2019' is a past rank"),
        "trade.us_exports_to_japan": F(112200000000, period="2021", as_written="Totaling $112.2 billion in 2021, U.S. exports of goods and services to Japan"),
        "trade.us_goods_exports_to_japan": F(74600000000, period="2021", as_written="Table 1: Goods | 74.6 | 64.1 (under U.S. exports to Japan)"),
        "trade.us_services_exports_to_japan": F(37600000000, period="2021", as_written="Table 1: Services | 37.6 | 40.3 (under U.S. exports to Japan)"),
        "trade.us_imports_from_japan": F(167800000000, period="2021", as_written="U.S. imports from Japan, by contrast, were valued at $167.8 billion, up from $147.6 billion in 2020"),
        "trade.us_goods_imports_from_japan": F(135100000000, period="2021", as_written="Table 1: Goods | 135.1 | 119.5 (under U.S. imports from Japan)"),
        "trade.us_services_imports_from_japan": F(32700000000, period="2021", as_written="Table 1: Services | 32.7 | 28.1 (under U.S. imports from Japan)"),
        "trade.goods_deficit": F(60500000000, period="2021", as_written="At $60.5 billion, the 2021 U.S. goods deficit with Japan"),
        "trade.goods_deficit_rank": F(4, period="2021", as_written="was the fourth-largest with any trading partner"),
        "trade.japan_fdi_stock_in_us": F(648000000000, period="2020", as_written="Valued at $648 billion at the end of 2020, Japan's direct investment position in the United States"),
        "trade.fdi_source_rank": F(1, period="2020", as_written="was larger than that of any other country, the United Kingdom's having been overtaken in 2019"),
        "trade.us_fdi_stock_in_japan": F(132000000000, period="2020", as_written="A far smaller stock, $132 billion, was held in Japan by U.S. firms that year", note="year carried from the sentence before"),
        "trade.treasury_holder_rank": F(1, period="2022-03", as_written="U.S. Treasury securities, meanwhile, are held in greater amounts by Japanese investors than by those of any other foreign country"),
        "agreements.usjta_signed": D("2019-10-07", as_written="were signed in Washington on October 7, 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="both were brought into force on January 1, 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="both were brought into force on January 1, 2020"),
    },
    "elections": {
        "upper_house_2022": E("Upper House", "2022-07-10", "upcoming", note="'an Upper House election is set for July 10' (year from the text's date)"),
    },
    "events": {
        "first_negotiating_round": EV("Formal negotiations opened", "2019-04", "held"),
        "section232_autos_proclamation": EV("Section 232 proclamation on autos and parts; tariffs never imposed", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("First-stage deal declared finished in New York", "2019-09-25", "held"),
    },
    "notes": "Traps: 'it had been placed fourth as recently as 2019' (past overall rank); 'a second stage, were never begun'; 'launched in November 2021'; 'the first ministerial meeting ... is expected to be held in July' (planned); 'May 22-24 visit to Tokyo'; 'thirteen countries signed on at the launch' (IPEF; no IF11120 fact); 'then-Prime Minister Abe Shinzo' and 'President Donald Trump' (former leaders); 'Section 232 of the Trade Expansion Act of 1962'; 'the tariffs of up to 25% that had been floated were never imposed' (no tariff fact); 'Japan's Diet approved them in early December' (not the signing or entry into force); 'about $7.2 billion of U.S. agricultural exports'; 'Japan's duty on U.S. beef, 38.5% before the agreement, was lowered to 25.8% in FY2021 and is scheduled to fall to 9% by FY2033' (Japanese rates, past and planned); 'The 2.5% U.S. tariff on passenger cars' (MFN, not a tariff on most imports); 'an estimated $40 billion in bilateral digital trade'; 'Under a joint statement of September 2019, talks ... were to begin within four months' (planned, not held); 'up from $147.6 billion in 2020' (past imports); Table 1's 2020 column (104.4, 64.1, 40.3, 147.6, 119.5, 28.1, -55.4; the 2021 column comes first); 'the $55.4 billion recorded a year earlier' (past deficit); 'to raise Japan's own farm and food exports to ¥5 trillion a year by 2030' (a Japanese target); 'the United Kingdom's having been overtaken in 2019'; 'some $1.23 trillion in March 2022, against China's $1.04 trillion'; Figure 1 (FDI position 2016-2020, no value labels; html: floated into the sidebar); sidebar 'Steel, Aluminum, and Autos' (html aside; layout: an ordinary section): 'Section 232 tariffs of 25% on steel and 10% on aluminum ... in March 2018', 'February 7, 2022', 'took effect on April 1', '1.25 million metric tons', '2018-2019 shipments', 'A comparable quota for the European Union had been put in place on January 1' (no tariff on most imports); Issues bullet list: 'the framework's four pillars', 'the 11 parties to the agreement that took effect on December 30, 2018', 'China and Taiwan applied in September 2021', 'the 2015 grant expired on July 1, 2021', 'the yen's slide to its weakest level in two decades' (no IF11120 yen fact); PDF curly quotes and hyphenated line ends (layout text)",
}
