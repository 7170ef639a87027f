from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "YA2-IF11120-2025-12", "fresh45", "IF11120", 22
TITLE = "U.S.-Japan Trade Agreements and Tariff Negotiations"
LAYOUTS = ["md", "interleaved"]
PDF_OPTS = ["quotes", "hyph"]
CHART = {"unit": "Percent", "ymax": 30, "ticks": [0, 10, 20, 30],
         "series": ["Passenger vehicles", "Most other goods"],
         "bars": {"Jan.": (2.5, 2.0), "Apr.": (27.5, 12.0), "Aug.": (27.5, 15.0), "Oct.": (15.0, 15.0)}}

MD = """
U.S.-Japan Trade Agreements and Tariff Negotiations

Updated December 11, 2025

## Overview

Tariffs imposed by President Donald Trump in 2025, and the bilateral framework agreement that followed, now define U.S.-Japan trade relations. Since August, most goods from Japan have entered the United States at a combined tariff rate of 15%. In return for lower rates on its goods, Japan agreed to steer $550 billion in investment into U.S. industries chosen by the Administration. Prime Minister Takaichi Sanae, who took office on October 21, reaffirmed the deal when she received the President in Tokyo a week later.

Several questions remain open for Congress: whether the Supreme Court upholds the tariffs imposed under the International Emergency Economic Powers Act (IEEPA), how the investment vehicle will operate and be overseen, and whether new sectoral tariffs will erode the benefits Japan thinks it secured.

## Tariff Actions in 2025

Japan, a long-standing ally, received no exemption from the Administration's tariff measures. The main steps:

- March 12: Section 232 tariffs of 25% on steel and aluminum took effect for all countries; the rate doubled to 50% on June 4.
- April 3: a 25% Section 232 tariff on imported passenger vehicles began, extended to many parts on May 3. On top of the 2.5% most-favored-nation (MFN) duty, Japanese cars paid 27.5%.
- April 5: a 10% "baseline" tariff under IEEPA applied to most imports from Japan.
- April 9: a country-specific rate of 24% for Japan, announced on April 2, took effect and was suspended for 90 days the same day.
- July 7: a presidential letter warned that Japanese goods would face 25% from August 1.

Negotiations opened early. On April 7, after a call between Trump and then-Prime Minister Ishiba Shigeru, the Administration said it would begin talks with Japan on tariffs, non-tariff barriers, and currency. Japan's chief negotiator, Economic Revitalization Minister Akazawa Ryosei, went on to make eight trips to Washington before a deal was struck.

**Figure 1. U.S. Tariffs on Japanese Goods, Selected Months of 2025**

Source: CRS, from presidential proclamations and executive orders. Combined rates, including MFN duties.

## The July 2025 Framework

President Trump announced the framework on July 22, 2025, and an executive order of September 4 put its tariff terms into effect; the two governments signed a memorandum of understanding (MOU) on the investment terms the same day. No text has been submitted to Congress. The framework provides:

- Tariffs. The IEEPA tariff on Japan is 15%, inclusive of MFN duties; goods whose MFN rate is already 15% or more pay no additional IEEPA duty. The rate has applied since August 7. Autos and auto parts pay 15% under Section 232, down from 27.5%, effective September 16. Japan is promised treatment no less favorable than any other country under future Section 232 tariffs on semiconductors and pharmaceuticals.
- Investment. Japan is to provide $550 billion for U.S. projects selected by the President before January 19, 2029. Cash flows are split 50-50 until Japan recoups its outlay and 90-10 in the U.S. favor thereafter. Japanese officials describe the sum as a ceiling on loans, guarantees, and equity from government-backed lenders.
- Purchases. Japan is to buy 100 Boeing aircraft and $8 billion a year of U.S. farm goods, and to raise U.S. rice purchases by 75% within its existing import quota.

During the Tokyo visit on October 28, the two sides released a list of projects in which Japanese companies had shown interest, valued at up to roughly $400 billion, and signed a framework on securing supplies of critical minerals and rare earths. South Korea reached a comparable deal in its own talks, with a $350 billion investment commitment.

## Legal Challenge to the IEEPA Tariffs

Importers and a group of states argue that IEEPA does not authorize tariffs. The U.S. Court of International Trade agreed in May 2025, and the Federal Circuit affirmed, 7-4, on August 29; the tariffs remain in place pending appeal. The Supreme Court heard oral argument on November 5, 2025, and has not ruled. A decision against the Administration would remove the legal basis for the 15% rate on most Japanese goods, but not for the Section 232 duties on autos, steel, and aluminum. Officials have said they would look to other authorities, including Section 122 of the Trade Act of 1974, which permits a surcharge of up to 15% for at most 150 days, and Section 301 of the same act.

## Trade and Investment Ties

Japan was the sixth-largest U.S. trading partner in 2024, counting goods and services; for goods alone, it ranked fifth. The United States exported $129.1 billion in goods and services to Japan that year and imported $190.8 billion (Table 1). At $68.5 billion, the U.S. goods deficit with Japan was the seventh-largest of any bilateral goods deficit. Census data for January-September 2025 show goods imports from Japan running about 5% below the same period of 2024, mostly because of lower vehicle shipments.

Table 1. U.S. Trade with Japan, 2023-2024 ($ billions)

| Flow | 2023 | 2024 |
| --- | --- | --- |
| U.S. goods exports | 75.7 | 79.7 |
| U.S. services exports | 47.9 | 49.4 |
| U.S. goods imports | 147.4 | 148.2 |
| U.S. services imports | 41.1 | 42.6 |
| Goods balance | -71.6 | -68.5 |

Japan was the largest source of foreign direct investment (FDI) in the United States in 2024. Its FDI position stood at $754.1 billion at year's end, well ahead of Canada's, while the U.S. FDI position in Japan was about $73 billion. Japanese-owned affiliates employ close to one million U.S. workers. Nippon Steel completed its $14.1 billion purchase of U.S. Steel in June 2025, after the President approved it subject to a "golden share" for the U.S. government. Japan also holds more U.S. Treasury securities than any other foreign economy, roughly $1.2 trillion in September 2025; the United Kingdom is second.

## Earlier Agreements

Japan had joined the Trans-Pacific Partnership negotiations, which the first Trump Administration abandoned in January 2017. The two governments then negotiated limited "stage one" agreements; Trump and then-Prime Minister Abe Shinzo announced on September 25, 2019, that the deals were finalized. Signed on October 7, 2019, the U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement both entered into force on January 1, 2020. Under the USJTA, Japan cut or ended tariffs on about $7 billion of U.S. farm exports; the United States reduced tariffs on some $40 million of Japanese goods. The USJTA did not cover autos: a proclamation of May 17, 2019, had found that auto imports threatened U.S. national security, but it imposed no tariffs at the time.

On March 28, 2023, the Biden Administration signed the U.S.-Japan Critical Minerals Agreement, allowing minerals from Japan to count toward clean vehicle tax credits under the Inflation Reduction Act of 2022.

## Japanese Politics

The LDP-Komeito coalition had lost its Lower House majority in the October 2024 election, and in the July 20, 2025, Upper House election it lost its majority in that chamber too. Ishiba announced his resignation in September. Takaichi won the LDP presidential election on October 4; after Komeito ended a 26-year partnership with the LDP, she formed a government backed by a policy agreement with the Japan Innovation Party (Ishin). Her cabinet has pledged to carry out the framework.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "Prime Minister Takaichi Sanae", note="family name first; 'then-Prime Minister Ishiba Shigeru' and 'then-Prime Minister Abe Shinzo' are former"),
        "tariffs.us_tariff_most_imports": F(15, period="2025-08", as_written="Since August, most goods from Japan have entered the United States at a combined tariff rate of 15%", note="also 'the 15% rate on most Japanese goods'"),
        "tariffs.ieepa_rate": F(15, period="2025-08-07", as_written="The IEEPA tariff on Japan is 15%, inclusive of MFN duties", note="'The rate has applied since August 7'"),
        "tariffs.section232_autos": F(15, as_written="Autos and auto parts pay 15% under Section 232, down from 27.5%, effective September 16"),
        "framework.announced": D("2025-07-22", as_written="President Trump announced the framework on July 22, 2025"),
        "framework.investment_pledge": F(550000000000, by="2029-01-19", as_written="Japan is to provide $550 billion for U.S. projects selected by the President before January 19, 2029", note="also 'agreed to steer $550 billion in investment into U.S. industries' in the Overview"),
        "trade.overall_partner_rank": F(6, period="2024", as_written="Japan was the sixth-largest U.S. trading partner in 2024, counting goods and services", note="'for goods alone, it ranked fifth' is a trap"),
        "trade.us_exports_to_japan": F(129100000000, period="2024", as_written="The United States exported $129.1 billion in goods and services to Japan that year"),
        "trade.us_goods_exports_to_japan": F(79700000000, period="2024", as_written="Table 1: U.S. goods exports, 2024 column, 79.7", note="table in $ billions"),
        "trade.us_services_exports_to_japan": F(49400000000, period="2024", as_written="Table 1: U.S. services exports, 2024 column, 49.4"),
        "trade.us_imports_from_japan": F(190800000000, period="2024", as_written="and imported $190.8 billion (Table 1)"),
        "trade.us_goods_imports_from_japan": F(148200000000, period="2024", as_written="Table 1: U.S. goods imports, 2024 column, 148.2"),
        "trade.us_services_imports_from_japan": F(42600000000, period="2024", as_written="Table 1: U.S. services imports, 2024 column, 42.6"),
        "trade.goods_deficit": F(68500000000, period="2024", as_written="At $68.5 billion, the U.S. goods deficit with Japan", note="also Table 1's goods balance, 2024 column, -68.5"),
        "trade.goods_deficit_rank": F(7, period="2024", as_written="was the seventh-largest of any bilateral goods deficit"),
        "trade.fdi_source_rank": F(1, period="2024", as_written="Japan was the largest source of foreign direct investment (FDI) in the United States in 2024"),
        "trade.japan_fdi_stock_in_us": F(754100000000, period="2024", as_written="Its FDI position stood at $754.1 billion at year's end"),
        "trade.us_fdi_stock_in_japan": F(73000000000, "about", period="2024", as_written="while the U.S. FDI position in Japan was about $73 billion"),
        "trade.treasury_holder_rank": F(1, as_written="Japan also holds more U.S. Treasury securities than any other foreign economy"),
        "agreements.usjta_signed": D("2019-10-07", as_written="Signed on October 7, 2019, the U.S.-Japan Trade Agreement (USJTA)"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="both entered into force on January 1, 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="and the U.S.-Japan Digital Trade Agreement both entered into force on January 1, 2020"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="On March 28, 2023, the Biden Administration signed the U.S.-Japan Critical Minerals Agreement"),
    },
    "elections": {
        "lower_house_2024": E("Lower House", "2024-10", "held", result="LDP-Komeito coalition lost its majority"),
        "upper_house_2025": E("Upper House", "2025-07-20", "held", result="coalition lost its majority in the Upper House"),
        "ldp_president_2025": E("LDP president", "2025-10-04", "held", result="Takaichi won"),
    },
    "events": {
        "tariff_talks_announced": EV("Administration says it will begin tariff talks with Japan after a Trump-Ishiba call", "2025-04-07", "held"),
        "stage_one_deal_finalized": EV("Trump and Abe announce the stage one deals finalized", "2019-09-25", "held"),
        "section232_autos_proclamation": EV("Section 232 proclamation finds auto imports threaten national security; no tariffs imposed", "2019-05-17", "held"),
    },
    "notes": "Traps: 'who took office on October 21' and 'a week later' (dates near the prime minister); 'Section 232 tariffs of 25% on steel and aluminum took effect' and 'the rate doubled to 50% on June 4' (steel and aluminum, not autos); 'a 25% Section 232 tariff on imported passenger vehicles began' (past auto rate), 'extended to many parts on May 3', 'the 2.5% most-favored-nation (MFN) duty', 'Japanese cars paid 27.5%' (past combined auto rate); 'a 10% \"baseline\" tariff under IEEPA applied to most imports from Japan' (past rate, not the tariff now on most imports); 'a country-specific rate of 24% for Japan, announced on April 2, took effect and was suspended for 90 days the same day' (suspended rate); 'a presidential letter warned that Japanese goods would face 25% from August 1' (threatened); 'make eight trips to Washington'; 'an executive order of September 4' and 'signed a memorandum of understanding (MOU) on the investment terms the same day' (not the announcement date); 'goods whose MFN rate is already 15% or more' (a threshold); 'down from 27.5%' (previous auto rate); 'future Section 232 tariffs on semiconductors and pharmaceuticals' (no rate); 'split 50-50' and '90-10 in the U.S. favor' (shares of cash flows); '100 Boeing aircraft and $8 billion a year of U.S. farm goods' and 'raise U.S. rice purchases by 75%' (purchases, not the pledge); 'valued at up to roughly $400 billion' (a list of projects, not the pledge); 'signed a framework on securing supplies of critical minerals and rare earths' on October 28 (not the 2023 Critical Minerals Agreement); 'South Korea reached a comparable deal ..., with a $350 billion investment commitment' (another country); 'The U.S. Court of International Trade agreed in May 2025, and the Federal Circuit affirmed, 7-4, on August 29' and 'The Supreme Court heard oral argument on November 5, 2025, and has not ruled' (no ruling: tariffs.ieepa_ruling not stated); 'Section 122 of the Trade Act of 1974, which permits a surcharge of up to 15% for at most 150 days' (a statutory cap; no surcharge in effect, so tariffs.section122_surcharge not stated); 'for goods alone, it ranked fifth' (another rank); 'running about 5% below the same period of 2024' (partial-year change); Table 1's 2023 column (past year: 75.7, 47.9, 147.4, 41.1, -71.6); 'well ahead of Canada's'; 'close to one million U.S. workers'; 'its $14.1 billion purchase of U.S. Steel in June 2025'; 'roughly $1.2 trillion in September 2025' (Treasury holdings, not FDI) and 'the United Kingdom is second'; 'abandoned in January 2017'; 'announced on September 25, 2019, that the deals were finalized' (the event, not the signing); 'about $7 billion of U.S. farm exports' and 'some $40 million of Japanese goods' (trade covered by the agreement); 'a proclamation of May 17, 2019' (no tariff imposed; the 2019 event, not a rate); 'the Inflation Reduction Act of 2022' (year of a law); 'a 26-year partnership'. Figure 1 (md: caption and source only; interleaved: unit 'Percent', ticks 0-30, month labels, two-series legend, no values). PDF options: curly quotes, hyphenated line ends; interleaved: the two columns' lines alternate, the table and bullet lists among them.",
}
