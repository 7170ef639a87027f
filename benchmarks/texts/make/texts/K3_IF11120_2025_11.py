from lib import F, D, P, E, EV

NAME, SET, BRIEF, VERSION = "K3-IF11120-2025-11", "tune4", "IF11120", 22
TITLE = "U.S.-Japan Trade Agreements and Tariff Negotiations"
LAYOUTS = ["pdf", "md", "interleaved"]
PDF_OPTS = ["lig", "quotes", "nbsp", "hyph"]

CHART = {
    "unit": "$ billions",
    "ymax": 160,
    "ticks": [0, 40, 80, 120, 160],
    "bars": {"2020": [64.1, 119.5], "2021": [74.6, 135.1], "2022": [80.2, 148.1], "2023": [75.7, 148.0], "2024": [79.7, 149.6]},
    "series": ["Exports to Japan", "Imports from Japan"],
}

MD = """
U.S.-Japan Trade Agreements and Tariff Negotiations

Updated November 18, 2025

## Key Points

- Tariffs: most goods from Japan pay a single, all-inclusive duty of 15%. It is levied under the International Emergency Economic Powers Act (IEEPA) and has applied since August 7, 2025.
- Autos: Japanese cars and auto parts are charged 15% under Section 232 of the Trade Expansion Act of 1962 as of September 16, 2025, in place of the 27.5% collected from April 3 (a 25% Section 232 tariff on top of the 2.5% most-favored-nation duty).
- Investment: Japan is to finance $550 billion in U.S. projects selected by the President, by January 19, 2029.
- Litigation: the Supreme Court heard arguments on November 5, 2025, on whether IEEPA authorizes tariffs of this kind. It has not yet ruled.

## Overview

President Donald Trump has used tariffs, and the threat of higher ones, to press Japan for trade and investment concessions during his second term. The result is a framework the President announced on July 22, 2025, after three months of talks; it trades lower U.S. tariffs for Japanese financing of U.S. investment projects and expanded purchases of U.S. goods. Prime Minister Takaichi Sanae, who took office on October 21 as Japan's first woman head of government, has embraced the deal her predecessor, Ishiba Shigeru, struck. During Trump's visit to Tokyo on October 27-28, the two leaders signed a document on its implementation and a separate framework on critical minerals and rare earths.

## From Threats to a Framework

Japan was among the first countries to open talks with the Administration, after a telephone call between Trump and Ishiba on April 7, 2025. By then, Japanese goods faced a stack of new duties. Steel and aluminum paid 25% from March 12 (doubled to 50% in June), and autos 25% from April 3. On April 2, the President announced a 24% "reciprocal" IEEPA rate for Japan; it was suspended a week later, and a 10% baseline rate was collected in its place from April 5. A letter to Ishiba dated July 7 warned that Japanese goods would pay 25% from August 1 absent a deal.

Negotiators reached agreement two weeks later. An executive order putting the framework into effect, and a memorandum of understanding (MOU) on the investment commitment, were signed on September 4. Under the order, the 15% rate replaces, rather than adds to, the most-favored-nation (MFN) duty on goods whose MFN rate is lower; goods already above 15% pay their MFN rate alone.

## The Investment Commitment

Under the MOU, Japanese government-affiliated institutions, including the Japan Bank for International Cooperation (JBIC) and Nippon Export and Investment Insurance (NEXI), are to provide equity, loans, and guarantees for projects that the President selects on the recommendation of an investment committee chaired by the Secretary of Commerce. Cash flows are to be divided equally until Japan recovers its funding and then 90:10 in the United States' favor. If Japan declines to fund a selected project, the President may raise tariffs on Japanese goods. A fact sheet released in Tokyo listed Japanese companies' interest in energy, power-grid, and critical-minerals projects worth up to roughly $400 billion.

Other partners have made comparable promises. The European Union has pledged $600 billion in investment, and South Korea, on October 29, settled the terms of a $350 billion package that includes $200 billion paid in installments of no more than $20 billion a year.

## Other U.S. Tariffs

Steel and aluminum from Japan remain subject to 50% Section 232 duties, and the framework did not lower them. A separate 25% Section 232 tariff on medium- and heavy-duty trucks and parts took effect on November 1; whether Japanese trucks will be charged the 15% rate that applies to passenger vehicles is unresolved. The framework also promises that Japan will be treated no less favorably than any other country under future Section 232 tariffs on semiconductors and pharmaceuticals.

## Economic Ties

**Figure 1. U.S. Goods Trade with Japan, 2020-2024**

Source: CRS, using U.S. Census Bureau data.

Japan was the sixth-largest U.S. partner in goods and services trade in 2024. That year the United States sold Japan $79.7 billion of goods and $49.4 billion of services, $129.1 billion altogether, and bought $192.4 billion from it, comprising $149.6 billion in goods and $42.8 billion in services. The goods deficit of $68.5 billion put Japan seventh on the list of U.S. bilateral goods deficits, just behind Taiwan. In the first nine months of 2025, U.S. goods imports from Japan ran about 5% below the same period of 2024, at $108.0 billion, as Japanese automakers absorbed much of the tariff cost.

The investment relationship is Japan's strongest claim on U.S. attention. At $792.6 billion at the end of 2024, Japan's direct investment position in the United States is the largest of any country's, and Japanese-owned affiliates employ nearly one million U.S. workers. The U.S. position in Japan is much smaller, roughly $138 billion. Japan is also the top foreign holder of U.S. Treasury securities, with just under $1.2 trillion in September 2025.

## Earlier Agreements

The 2025 framework sits on top of a 2019 tariff deal. The U.S.-Japan Trade Agreement and a companion Digital Trade Agreement, both signed on October 7, 2019, have been in effect since January 2020. In March 2023, the Biden Administration concluded a Critical Minerals Agreement with Japan; the October 28 framework on critical minerals and rare earths adds to it without replacing it.

## Japan's Politics

Takaichi's Liberal Democratic Party (LDP) governs with the backing of the Japan Innovation Party (Ishin), after Komeito ended its 26-year partnership with the LDP in October. The LDP and Komeito had already lost their majority in the Upper House in the July 20, 2025, election, the second national defeat in nine months.

## Issues for Congress

- Whether Congress should define or limit the President's authority to impose tariffs under IEEPA, and what would replace the 15% rate if the Supreme Court rules against the Administration.
- How the $550 billion vehicle will be governed, and whether Congress will have a role in approving or reviewing the projects it funds.
- Whether the Section 232 concessions to Japan will be extended to trucks and to future product categories.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump has used tariffs ... during his second term"),
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "Prime Minister Takaichi Sanae, who took office on October 21"),
        "tariffs.us_tariff_most_imports": F(15, period="2025-08-07", as_written="most goods from Japan pay a single, all-inclusive duty of 15%. It is levied under the International Emergency Economic Powers Act (IEEPA) and has applied since August 7, 2025"),
        "tariffs.ieepa_rate": F(15, period="2025-08-07", as_written="a single, all-inclusive duty of 15%. It is levied under the International Emergency Economic Powers Act (IEEPA)", note="subject carried from the sentence before"),
        "tariffs.section232_autos": F(15, as_written="Japanese cars and auto parts are charged 15% under Section 232 of the Trade Expansion Act of 1962 as of September 16, 2025"),
        "framework.announced": D("2025-07-22", as_written="a framework the President announced on July 22, 2025"),
        "framework.investment_pledge": F(550000000000, by="2029-01-19", as_written="Japan is to finance $550 billion in U.S. projects selected by the President, by January 19, 2029"),
        "trade.overall_partner_rank": F(6, period="2024", as_written="Japan was the sixth-largest U.S. partner in goods and services trade in 2024"),
        "trade.us_exports_to_japan": F(129100000000, period="2024", as_written="$129.1 billion altogether"),
        "trade.us_goods_exports_to_japan": F(79700000000, period="2024", as_written="the United States sold Japan $79.7 billion of goods"),
        "trade.us_services_exports_to_japan": F(49400000000, period="2024", as_written="and $49.4 billion of services"),
        "trade.us_imports_from_japan": F(192400000000, period="2024", as_written="and bought $192.4 billion from it"),
        "trade.us_goods_imports_from_japan": F(149600000000, period="2024", as_written="comprising $149.6 billion in goods"),
        "trade.us_services_imports_from_japan": F(42800000000, period="2024", as_written="and $42.8 billion in services"),
        "trade.goods_deficit": F(68500000000, period="2024", as_written="The goods deficit of $68.5 billion", note="year carried over from 'That year' (2024)"),
        "trade.goods_deficit_rank": F(7, period="2024", as_written="put Japan seventh on the list of U.S. bilateral goods deficits, just behind Taiwan"),
        "trade.fdi_source_rank": F(1, as_written="Japan's direct investment position in the United States is the largest of any country's"),
        "trade.japan_fdi_stock_in_us": F(792600000000, period="2024", as_written="At $792.6 billion at the end of 2024, Japan's direct investment position in the United States"),
        "trade.us_fdi_stock_in_japan": F(138000000000, "about", period="2024", as_written="The U.S. position in Japan is much smaller, roughly $138 billion", note="year carried over from the previous sentence"),
        "trade.treasury_holder_rank": F(1, as_written="Japan is also the top foreign holder of U.S. Treasury securities"),
        "agreements.usjta_signed": D("2019-10-07", as_written="The U.S.-Japan Trade Agreement and a companion Digital Trade Agreement, both signed on October 7, 2019"),
        "agreements.usjta_in_force": D("2020-01", as_written="have been in effect since January 2020"),
        "agreements.digital_trade_in_force": D("2020-01", as_written="a companion Digital Trade Agreement ... have been in effect since January 2020"),
        "agreements.critical_minerals_signed": D("2023-03", as_written="In March 2023, the Biden Administration concluded a Critical Minerals Agreement with Japan"),
    },
    "elections": {
        "upper_house_2025": E("Upper House", "2025-07-20", "held", result="LDP and Komeito lost their majority"),
    },
    "events": {
        "tariff_talks_announced": EV("Japan opens tariff talks with the Administration after a Trump-Ishiba telephone call", "2025-04-07", "held"),
    },
    "notes": "Traps: 'in place of the 27.5% collected from April 3 (a 25% Section 232 tariff on top of the 2.5% most-favored-nation duty)' (past auto rate and MFN duty); 'the Supreme Court heard arguments on November 5, 2025 ... It has not yet ruled' (no ruling: tariffs.ieepa_ruling not stated); 'after three months of talks'; 'her predecessor, Ishiba Shigeru' and 'a telephone call between Trump and Ishiba' (former PM); 'During Trump's visit to Tokyo on October 27-28', 'the October 28 framework on critical minerals and rare earths' (not the 2023 CMA); 'Steel and aluminum paid 25% from March 12 (doubled to 50% in June), and autos 25% from April 3' (past rates); 'the President announced a 24% \"reciprocal\" IEEPA rate' (announced, suspended); 'a 10% baseline rate was collected in its place from April 5' (past rate); 'would pay 25% from August 1 absent a deal' (threatened); 'Negotiators reached agreement two weeks later' and 'were signed on September 4' (executive order and MOU, not the announcement); 'goods already above 15% pay their MFN rate alone'; 'divided equally ... and then 90:10'; 'worth up to roughly $400 billion' (companies' interest, not the pledge); 'The European Union has pledged $600 billion', 'South Korea ... a $350 billion package that includes $200 billion ... no more than $20 billion a year' (other partners); '50% Section 232 duties' (steel/aluminum); 'A separate 25% Section 232 tariff on medium- and heavy-duty trucks and parts took effect on November 1' (trucks, not autos); 'In the first nine months of 2025, U.S. goods imports from Japan ran about 5% below ..., at $108.0 billion' (partial year); 'nearly one million U.S. workers'; 'with just under $1.2 trillion in September 2025' (holdings); 'Komeito ended its 26-year partnership'; 'the second national defeat in nine months' (the October 2024 Lower House election, not listed). Figure 1 (goods trade 2020-2024) has no value labels. PDF and interleaved: ligatures, curly quotes, NBSP before billion/percent, hyphenated line ends",
}
