from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "NN2-IF11120-2025-10", "fresh11", "IF11120", 24
TITLE = "U.S.-Japan Trade Agreements and Tariff Negotiations"
LAYOUTS = ["html", "layout"]
PDF_OPTS = ["lig", "nbsp"]
SIDEBAR = "Main Terms of the Framework"

MD = """
U.S.-Japan Trade Agreements and Tariff Negotiations

Updated October 24, 2025

## Recent Developments

Trade relations with Japan, a treaty ally and a major source of investment in the U.S. economy, have been reshaped in 2025 by the tariff actions of President Donald J. Trump. After three months of talks, the two governments reached a framework agreement, announced by the President on July 22, 2025, under which most Japanese goods now face a 15% U.S. tariff and Japan is to finance $550 billion in U.S. investments. A memorandum of understanding (MOU) on the investment terms was signed on September 4. Takaichi Sanae, chosen as Liberal Democratic Party (LDP) leader on October 4 and elected prime minister by the Diet on October 21, inherits the deal from her predecessor, Ishiba Shigeru, who announced his resignation in September after the ruling parties lost their Upper House majority in the July 20 election. President Trump is scheduled to visit Tokyo from October 27 to 29, when implementation of the agreement is expected to be discussed.

## Tariff Actions in 2025

Japan was not spared the Administration's first wave of tariffs. A 25% tariff on imported cars and light trucks, applied under Section 232 of the Trade Expansion Act of 1962, took effect on April 3; with the 2.5% most-favored-nation (MFN) duty, Japanese passenger vehicles were charged 27.5%. On April 2, the President announced "reciprocal" tariffs under the International Emergency Economic Powers Act (IEEPA), with a rate of 24% for Japan. The country-specific rates were suspended a week later, and a 10% baseline tariff was collected on most Japanese goods from April 5 until August 6. Japan was among the first countries selected for negotiations, which the two sides agreed to open during an April 7 call between the leaders. In a July 7 letter, the President warned that a 25% rate would be imposed from August 1 absent a deal.

Under the framework, the IEEPA rate for Japan was set at 15%, inclusive of MFN duties, effective August 7; goods whose MFN rate already exceeds 15% pay no additional IEEPA duty. The 15% rate applies to most U.S. imports from Japan. The Section 232 tariff on Japanese autos and parts was reduced to 15%, all-in, on September 16. Steel and aluminum remain subject to the separate 50% Section 232 tariff in place since June 4, which the framework did not address.

Challenges to the IEEPA tariffs are pending. On August 29, the U.S. Court of Appeals for the Federal Circuit ruled that the statute did not authorize them, but left the duties in place; the Supreme Court is to hear oral arguments on November 5.

## Main Terms of the Framework

- a 15% ceiling on U.S. tariffs for most Japanese goods, including autos, and commitments on future Section 232 tariffs on semiconductors and pharmaceuticals
- $550 billion in equity, loans, and loan guarantees from Japanese government-backed institutions, to be committed before January 19, 2029, to projects chosen by the United States
- cash flows split equally until the investments are recouped, then 90% to the United States
- Japanese purchases of $8 billion a year in U.S. farm goods, 100 Boeing aircraft, and a 75% rise in U.S. rice within Japan's minimum-access quota

## Trade and Investment Ties

Japan was the fifth-largest U.S. trading partner in 2024, measured by two-way trade in goods and services. U.S. exports to Japan totaled $128.8 billion that year and imports from Japan $190.5 billion (Table 1). The goods deficit narrowed to $68.5 billion, and Japan slipped one place, to No. 7, in the ranking of U.S. bilateral goods deficits.

Table 1. U.S. Trade with Japan, 2023-2024 ($ billions)

| | 2023 | 2024 |
| --- | --- | --- |
| Goods exports | 75.7 | 79.7 |
| Services exports | 46.9 | 49.1 |
| Total exports | 122.6 | 128.8 |
| Goods imports | 147.3 | 148.2 |
| Services imports | 39.8 | 42.3 |
| Total imports | 187.1 | 190.5 |
| Goods balance | -71.6 | -68.5 |
| Goods-deficit rank | 6th | 7th |

Source: U.S. Census Bureau and Bureau of Economic Analysis.

Investment ties run deeper than trade. Since 2019, Japan has been the top source of foreign direct investment (FDI) in the United States; its FDI stock reached roughly $819 billion at the end of 2024, more than six times the $136 billion U.S. firms held in Japan. Japan is also the No. 1 foreign holder of U.S. Treasury securities, with about $1.18 trillion in August 2025, ahead of the United Kingdom and China.

## Earlier Agreements

Two "stage one" agreements, the U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement, were signed on October 7, 2019; both entered into force on January 1, 2020. The USJTA cut Japanese tariffs on some $7 billion of U.S. agricultural products. A Critical Minerals Agreement, intended to let Japanese-processed minerals count toward electric vehicle tax credits, was signed on March 28, 2023. The Biden Administration's Indo-Pacific Economic Framework (IPEF), which Japan joined in 2022, was not continued by the Trump Administration.

## Issues for Congress

Members may examine how the investment vehicle will be governed, whether the MOU binds future administrations, and how a Supreme Court decision against the IEEPA tariffs would affect the framework.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald J. Trump"),
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "Takaichi Sanae, chosen as Liberal Democratic Party (LDP) leader on October 4 and elected prime minister by the Diet on October 21"),
        "tariffs.us_tariff_most_imports": F(15, period="2025-08-07", as_written="The 15% rate applies to most U.S. imports from Japan", note="also 'most Japanese goods now face a 15% U.S. tariff'"),
        "tariffs.ieepa_rate": F(15, period="2025-08-07", as_written="Under the framework, the IEEPA rate for Japan was set at 15%, inclusive of MFN duties, effective August 7"),
        "tariffs.section232_autos": F(15, as_written="The Section 232 tariff on Japanese autos and parts was reduced to 15%, all-in, on September 16"),
        "framework.announced": D("2025-07-22", as_written="a framework agreement, announced by the President on July 22, 2025"),
        "framework.investment_pledge": F(550000000000, by="2029-01-19", as_written="Japan is to finance $550 billion in U.S. investments", note="date from the sidebar list: 'to be committed before January 19, 2029'"),
        "trade.overall_partner_rank": F(5, period="2024", as_written="Japan was the fifth-largest U.S. trading partner in 2024, measured by two-way trade in goods and services"),
        "trade.us_exports_to_japan": F(128800000000, period="2024", as_written="U.S. exports to Japan totaled $128.8 billion that year", note="also Table 1 'Total exports', 2024 column"),
        "trade.us_goods_exports_to_japan": F(79700000000, period="2024", as_written="Table 1: Goods exports | 75.7 | 79.7"),
        "trade.us_services_exports_to_japan": F(49100000000, period="2024", as_written="Table 1: Services exports | 46.9 | 49.1"),
        "trade.us_imports_from_japan": F(190500000000, period="2024", as_written="and imports from Japan $190.5 billion (Table 1)"),
        "trade.us_goods_imports_from_japan": F(148200000000, period="2024", as_written="Table 1: Goods imports | 147.3 | 148.2"),
        "trade.us_services_imports_from_japan": F(42300000000, period="2024", as_written="Table 1: Services imports | 39.8 | 42.3"),
        "trade.goods_deficit": F(68500000000, period="2024", as_written="The goods deficit narrowed to $68.5 billion"),
        "trade.goods_deficit_rank": F(7, period="2024", as_written="Japan slipped one place, to No. 7, in the ranking of U.S. bilateral goods deficits", note="also Table 1 'Goods-deficit rank ... 7th'"),
        "trade.fdi_source_rank": F(1, as_written="Since 2019, Japan has been the top source of foreign direct investment (FDI) in the United States"),
        "trade.japan_fdi_stock_in_us": F(819000000000, "about", period="2024", as_written="its FDI stock reached roughly $819 billion at the end of 2024"),
        "trade.us_fdi_stock_in_japan": F(136000000000, period="2024", as_written="more than six times the $136 billion U.S. firms held in Japan"),
        "trade.treasury_holder_rank": F(1, period="2025-08", as_written="Japan is also the No. 1 foreign holder of U.S. Treasury securities, with about $1.18 trillion in August 2025"),
        "agreements.usjta_signed": D("2019-10-07", as_written="were signed on October 7, 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="both entered into force on January 1, 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="both entered into force on January 1, 2020"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="A Critical Minerals Agreement ... was signed on March 28, 2023"),
    },
    "elections": {
        "upper_house_2025": E("Upper House", "2025-07-20", "held", result="the ruling parties lost their Upper House majority"),
        "ldp_president_2025": E("LDP president", "2025-10-04", "held", result="Takaichi Sanae chosen"),
    },
    "events": {
        "tariff_talks_announced": EV("Leaders agree in an April 7 call to open tariff negotiations; Japan among the first countries selected", "2025-04-07", "held"),
    },
    "notes": "Traps: 'her predecessor, Ishiba Shigeru, who announced his resignation in September' (former PM); 'A memorandum of understanding (MOU) on the investment terms was signed on September 4' (not the framework's announcement); 'President Trump is scheduled to visit Tokyo from October 27 to 29' (planned); 'A 25% tariff on imported cars and light trucks ... took effect on April 3' and 'Japanese passenger vehicles were charged 27.5%' (earlier auto rates); 'with a rate of 24% for Japan' (announced April 2, suspended); 'a 10% baseline tariff was collected on most Japanese goods from April 5 until August 6' (past rate on most imports); 'warned that a 25% rate would be imposed from August 1' (threatened); 'goods whose MFN rate already exceeds 15% pay no additional IEEPA duty'; 'the separate 50% Section 232 tariff in place since June 4' (steel and aluminum); 'On August 29, the U.S. Court of Appeals for the Federal Circuit ruled' (not the Supreme Court decision) and 'the Supreme Court is to hear oral arguments on November 5' (no ruling yet); sidebar 'Main Terms of the Framework' (html aside, bullet list): 'cash flows split equally ... then 90%', '$8 billion a year in U.S. farm goods, 100 Boeing aircraft, and a 75% rise in U.S. rice'; Table 1's 2023 column (past values, incl. '6th' deficit rank) and 'slipped one place'; 'Since 2019' (not a rank); 'more than six times'; 'about $1.18 trillion in August 2025, ahead of the United Kingdom and China' (holdings); 'some $7 billion of U.S. agricultural products'; 'The Biden Administration's Indo-Pacific Economic Framework (IPEF), which Japan joined in 2022' (no catalogue fact here); 'how a Supreme Court decision against the IEEPA tariffs would affect the framework' (hypothetical); PDF ligatures and NBSP (layout only)",
}
