from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "AU2-IF11120-2026-04", "fresh19", "IF11120", 25
TITLE = "U.S.-Japan Trade Agreements and Tariff Negotiations"
LAYOUTS = ["interleaved", "html"]
PDF_OPTS = ["lig", "nbsp"]
SIDEBAR = "Earlier Agreements, 2019-2023"

MD = """
U.S.-Japan Trade Agreements and Tariff Negotiations

Updated April 21, 2026

## Overview

Two months after the Supreme Court held that the International Emergency Economic Powers Act (IEEPA) does not authorize tariffs, the terms on which Japanese goods enter the U.S. market remain unsettled. The Court's 6-3 decision, handed down on February 20, 2026, removed the legal footing for the 15% IEEPA rate that President Donald Trump had applied to most goods from Japan under the two countries' 2025 framework agreement. Within days the President proclaimed a temporary import surcharge under Section 122 of the Trade Act of 1974. Since February 24, that surcharge, ten percent, has been the tariff paid on most imports from Japan, on top of ordinary most-favored-nation (MFN) duties.

Section 122 limits such a measure to 15% and 150 days. Unless Congress votes to extend it, the surcharge will lapse after July 23, 2026. The President said on February 21 that he would raise it to 15%; no proclamation doing so had been issued as of this writing. The Office of the U.S. Trade Representative (USTR) opened Section 301 investigations in March into the practices of more than a dozen trading partners, Japan among them, which could give future tariffs a sturdier legal basis.

Prime Minister Takaichi Sanae, whose Liberal Democratic Party (LDP) won more than two-thirds of the Lower House's seats on its own in the February 8 snap election, has said Japan will keep its side of the framework so long as the United States keeps its own.

Table 1. U.S. Tariffs on Goods from Japan, April 2026

| Goods (authority) | Rate | Since |
| --- | --- | --- |
| Most goods (Sec. 122) | 10% | Feb. 24, 2026 |
| Most goods (IEEPA) | 15%† | Aug. 7, 2025 |
| Autos, parts (Sec. 232) | 15% | Sept. 16, 2025 |
| Steel, aluminum (Sec. 232) | 50% | June 4, 2025 |

† Collection ended with the Supreme Court's February 20, 2026, ruling. The IEEPA rate included MFN duties.

## Sectoral Tariffs

The ruling left the Section 232 tariffs untouched. Japanese autos and auto parts pay 15%, a rate the framework secured; before September 16, 2025, they had paid the 25% Section 232 tariff stacked on the 2.5% MFN duty, or 27.5% in all. Steel and aluminum from Japan still face 50%, a rate Tokyo has sought in vain to lower. The framework also promises that Japan will be treated no worse than any other country if new Section 232 tariffs are imposed on semiconductors or pharmaceuticals.

## The July 2025 Framework

Today's bargaining traces back to an April 7, 2025, telephone call in which Trump and then-Prime Minister Ishiba Shigeru agreed to open talks, five days after the President had assigned Japan a 24% "reciprocal" rate. After a July 7 letter threatening 25%, Trump unveiled the framework on July 22, 2025; a September 4 executive order put its tariff terms into effect, and a memorandum of understanding on investment was signed the same day.

Investment is the framework's centerpiece. Japan is to channel $550 billion, largely through government-backed lenders, into U.S. projects selected by an investment committee chaired by the Commerce Secretary, with the funds to be deployed by January 19, 2029. Cash flow is split evenly until investors recoup their outlay; after that, 90% goes to the United States. The first three projects, worth about $36 billion, were announced in February. For comparison, South Korea pledged $350 billion under its own deal and the European Union $600 billion.

Ishiba announced his resignation in September 2025, two months after his coalition lost its majority in the July 2025 Upper House election. Takaichi, who succeeded him in October, has kept the framework in place.

## Trade and Investment Ties

Table 2. U.S. Trade with Japan, 2025 ($ billions)

| Flow | Goods | Services | Total |
| --- | --- | --- | --- |
| U.S. exports to Japan | 78.9 | 52.7 | 131.6 |
| U.S. imports from Japan | 138.6 | 44.8 | 183.4 |

Source: Bureau of Economic Analysis (BEA), balance-of-payments basis.

Ranked by two-way trade in goods and services, the largest U.S. partners in 2025 were Mexico (1), Canada (2), China (3), Germany (4), and the United Kingdom (5); Japan came next. The U.S. goods deficit with Japan shrank to $59.7 billion in 2025 from $68.5 billion in 2024, as tariffs cut auto shipments. Seven countries (China, Mexico, Vietnam, Taiwan, Ireland, Germany, and Thailand) ran larger goods surpluses with the United States.

Japanese firms' direct-investment position in the United States, $792.6 billion at the close of 2024, was larger than that of any other country. The U.S. position in Japan, approaching $80 billion, was about a tenth as large. Japan's holdings of U.S. Treasury securities, about $1.23 trillion in January 2026, led all foreign countries; Britain held some $900 billion and China, once the largest holder, about $680 billion.

## Earlier Agreements, 2019-2023

During Trump's first term, negotiations with Japan opened in April 2019. On May 17, 2019, the President proclaimed under Section 232 that auto imports threatened national security, though no auto tariff followed. Trump and Abe Shinzo declared the first stage of talks finished in New York on September 25, 2019. The resulting U.S.-Japan Trade Agreement (USJTA), covering tariffs on about $7 billion of U.S. farm goods, was inked in Washington on October 7, 2019. It went live on January 1, 2020, and so did its companion, the U.S.-Japan Digital Trade Agreement. Under President Joe Biden, the two governments signed a Critical Minerals Agreement on March 28, 2023. The framework on critical minerals and rare earths that Trump and Takaichi signed in Tokyo on October 28, 2025, is a separate, nonbinding document.

## Issues for Congress

- Section 122: whether to extend the surcharge beyond 150 days, which only Congress may do.
- Refunds: importers have claimed refunds of IEEPA duties paid since April 2025; those on Japanese goods may reach $14 billion.
- Oversight: what role, if any, Congress will have in choosing projects funded from Japan's pledge.
- Section 301: whether findings against Japan would restore a 15% rate and keep the framework intact.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "Prime Minister Takaichi Sanae"),
        "tariffs.us_tariff_most_imports": F(10, period="2026-02-24", as_written="Since February 24, that surcharge, ten percent, has been the tariff paid on most imports from Japan", note="the Section 122 surcharge; Table 1 'Most goods (Sec. 122) | 10% | Feb. 24, 2026'"),
        "tariffs.section122_surcharge": F(10, period="2026-02-24", as_written="that surcharge, ten percent"),
        "tariffs.ieepa_rate": F(15, period="2025-08-07", as_written="the 15% IEEPA rate that President Donald Trump had applied to most goods from Japan", note="voided by the ruling (Table 1's dagger); as the record keeps the framework's rate"),
        "tariffs.ieepa_ruling": D("2026-02-20", as_written="The Court's 6-3 decision, handed down on February 20, 2026"),
        "tariffs.section232_autos": F(15, period="2025-09-16", as_written="Japanese autos and auto parts pay 15%, a rate the framework secured; before September 16, 2025, they had paid ... 27.5% in all"),
        "framework.announced": D("2025-07-22", as_written="Trump unveiled the framework on July 22, 2025"),
        "framework.investment_pledge": F(550000000000, by="2029-01-19", as_written="Japan is to channel $550 billion ... with the funds to be deployed by January 19, 2029"),
        "trade.us_exports_to_japan": F(131600000000, period="2025", as_written="Table 2: U.S. exports to Japan | ... | 131.6"),
        "trade.us_goods_exports_to_japan": F(78900000000, period="2025", as_written="Table 2: U.S. exports to Japan | 78.9"),
        "trade.us_services_exports_to_japan": F(52700000000, period="2025", as_written="Table 2: U.S. exports to Japan | ... | 52.7"),
        "trade.us_imports_from_japan": F(183400000000, period="2025", as_written="Table 2: U.S. imports from Japan | ... | 183.4"),
        "trade.us_goods_imports_from_japan": F(138600000000, period="2025", as_written="Table 2: U.S. imports from Japan | 138.6"),
        "trade.us_services_imports_from_japan": F(44800000000, period="2025", as_written="Table 2: U.S. imports from Japan | ... | 44.8"),
        "trade.overall_partner_rank": F(6, period="2025", as_written="the largest U.S. partners in 2025 were Mexico (1), Canada (2), China (3), Germany (4), and the United Kingdom (5); Japan came next", note="'came next' after the fifth = sixth"),
        "trade.goods_deficit": F(59700000000, period="2025", as_written="The U.S. goods deficit with Japan shrank to $59.7 billion in 2025"),
        "trade.goods_deficit_rank": F(8, period="2025", as_written="Seven countries (China, Mexico, Vietnam, Taiwan, Ireland, Germany, and Thailand) ran larger goods surpluses with the United States", note="seven larger = eighth"),
        "trade.japan_fdi_stock_in_us": F(792600000000, period="2024", as_written="Japanese firms' direct-investment position in the United States, $792.6 billion at the close of 2024"),
        "trade.fdi_source_rank": F(1, period="2024", as_written="was larger than that of any other country"),
        "trade.us_fdi_stock_in_japan": F(80000000000, "nearly", period="2024", as_written="The U.S. position in Japan, approaching $80 billion"),
        "trade.treasury_holder_rank": F(1, period="2026-01", as_written="Japan's holdings of U.S. Treasury securities, about $1.23 trillion in January 2026, led all foreign countries"),
        "agreements.usjta_signed": D("2019-10-07", as_written="was inked in Washington on October 7, 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="It went live on January 1, 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="and so did its companion, the U.S.-Japan Digital Trade Agreement"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="the two governments signed a Critical Minerals Agreement on March 28, 2023"),
    },
    "elections": {
        "lower_house_2026": E("Lower House", "2026-02-08", "held", result="LDP alone won more than two-thirds of the seats"),
        "upper_house_2025": E("Upper House", "2025-07", "held", result="Ishiba's coalition lost its majority"),
    },
    "events": {
        "section122_surcharge_expired": EV("Section 122 surcharge lapses unless Congress extends it", "2026-07-23", "upcoming"),
        "tariff_talks_announced": EV("Trump and Ishiba agree by telephone to open tariff talks", "2025-04-07", "held"),
        "first_negotiating_round": EV("U.S.-Japan negotiations open", "2019-04", "held"),
        "section232_autos_proclamation": EV("Section 232 auto proclamation", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("First stage declared finished in New York", "2019-09-25", "held"),
    },
    "notes": "Traps: 'Two months after'; 'The Court's 6-3 decision' (a vote count); 'the two countries' 2025 framework agreement' (year); 'Section 122 of the Trade Act of 1974'; 'Section 122 limits such a measure to 15% and 150 days' (a cap); 'The President said on February 21 that he would raise it to 15%; no proclamation doing so had been issued' (threatened, not in effect); 'Section 301 investigations in March' and 'more than a dozen trading partners'; 'won more than two-thirds of the Lower House's seats on its own' (the LDP's share; IF11120 has no seat-share fact); Table 1 'Most goods (IEEPA) | 15%† | Aug. 7, 2025' with '† Collection ended with the Supreme Court's February 20, 2026, ruling' (the voided IEEPA rate, not the tariff now on most imports) and 'Steel, aluminum (Sec. 232) | 50% | June 4, 2025'; 'the 25% Section 232 tariff stacked on the 2.5% MFN duty, or 27.5% in all' (past auto rate); 'Steel and aluminum from Japan still face 50%'; 'five days after the President had assigned Japan a 24% \"reciprocal\" rate'; 'After a July 7 letter threatening 25%'; 'then-Prime Minister Ishiba Shigeru' (former PM); 'a September 4 executive order' and 'a memorandum of understanding on investment was signed the same day' (not the announcement); 'Cash flow is split evenly ... 90% goes to the United States'; 'The first three projects, worth about $36 billion'; 'South Korea pledged $350 billion ... and the European Union $600 billion' (other countries); 'Ishiba announced his resignation in September 2025' and 'who succeeded him in October'; Table 2 has no year-earlier column; 'Mexico (1), Canada (2), China (3), Germany (4), and the United Kingdom (5)' (other countries' ranks; Japan's only by 'came next'); 'from $68.5 billion in 2024' (past deficit); 'Seven countries' (a count: rank 8); 'about a tenth as large' (a fraction, no fact); 'Britain held some $900 billion and China, once the largest holder, about $680 billion' (other holders); sidebar 'Earlier Agreements, 2019-2023' (html aside; an ordinary section in the PDF text): 'Trump and Abe Shinzo' (former PM), 'about $7 billion of U.S. farm goods', 'Under President Joe Biden' (former president), 'the framework on critical minerals and rare earths ... on October 28, 2025' (not the CMA); Issues list 'beyond 150 days', 'paid since April 2025', 'may reach $14 billion', 'restore a 15% rate'; interleaved PDF text with ligatures and NBSP",
}
