from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "S4-IF11120-2026-02", "fresh4", "IF11120", 25
TITLE = "U.S.-Japan Trade Agreements and Tariff Negotiations"
LAYOUTS = ["md", "pdf", "layout"]
PDF_OPTS = ["lig", "quotes", "nbsp", "hyph"]
CHART = {"unit": "$ billions", "ymax": 160, "ticks": [0, 40, 80, 120, 160],
         "series": ["U.S. goods exports to Japan", "U.S. goods imports from Japan"],
         "bars": {"2020": (64.1, 119.5), "2021": (74.6, 135.1), "2022": (80.2, 148.1), "2023": (76.9, 148.0), "2024": (79.7, 149.6)}}

MD = """
U.S.-Japan Trade Agreements and Tariff Negotiations

Updated February 26, 2026

## Summary

The legal basis for most U.S. tariffs on Japan changed this month. On February 20, 2026, the Supreme Court ruled, 6-3, that the International Emergency Economic Powers Act (IEEPA) does not authorize the President to impose tariffs. Within four days, the Administration replaced the voided duties with a temporary import surcharge under Section 122 of the Trade Act of 1974. Japan's goods now pay that surcharge, at 10%, instead of the 15% IEEPA rate set by the bilateral framework agreement. Tokyo has said it will honor its side of the framework, including its investment commitment, so long as Washington does.

## The 2025 Framework

The Administration announced on April 7, 2025, that Japan would be among the first countries with which it would negotiate. A 24% "reciprocal" rate announced for Japan on April 2 was suspended for 90 days a week later, leaving a 10% baseline in place, and in a July 7 letter the President threatened 25%. The two sides then reached a framework agreement, announced by President Trump on July 22, 2025. Its terms were carried out by an executive order and a memorandum of understanding (MOU) signed on September 4.

Under the framework:

- most Japanese goods were charged an IEEPA tariff of 15%, including the MFN duty, from August 7, 2025;
- the Section 232 tariff on Japanese cars and auto parts was lowered to 15% on September 16, 2025, from the 27.5% charged since April 3;
- Japan committed to invest $550 billion in U.S. industries selected by the U.S. government before January 19, 2029, with profits split evenly until the investment is recouped and 90% to the United States thereafter;
- Japan agreed to buy 100 Boeing aircraft and $8 billion a year of U.S. farm goods.

South Korea agreed to a similar structure in late July, with a $350 billion pledge.

## After the Ruling

The 10% surcharge has applied to goods from Japan and most other trading partners since February 24. Section 122 caps a surcharge at 15% and limits it to 150 days unless Congress extends it, so it is set to expire on July 23, 2026. The President said on February 21 that he would raise the surcharge to the 15% maximum, but no proclamation had been issued as of this writing. USTR has said it may open Section 301 investigations of several partners' trade practices, which could lead to longer-lasting tariffs. Importers have filed suits seeking refunds of IEEPA duties, which for Japan's goods may exceed $20 billion.

Section 232 tariffs were not at issue in the case. The 15% rate on Japanese autos stands, as do 50% tariffs on steel, aluminum, and copper products.

Table 1. U.S. Tariffs on Goods from Japan

| Product | Authority | To Feb. 20 | Now |
| --- | --- | --- | --- |
| Most goods | IEEPA | 15% | - |
| Most goods | Section 122 | - | 10% |
| Autos, parts | Section 232 | 15% | 15% |
| Steel, aluminum | Section 232 | 50% | 50% |

Source: CRS, from presidential proclamations and executive orders.

## Politics in Tokyo

Prime Minister Takaichi Sanae, who took office on October 21, 2025, after her predecessor Ishiba Shigeru resigned, called a snap election and won decisively. In the Lower House election of February 8, 2026, her Liberal Democratic Party (LDP) took 316 of 465 seats, a single-party two-thirds majority. The LDP and its partner, the Japan Innovation Party (Ishin), still lack a majority in the Upper House, which the ruling bloc lost in the July 2025 election.

## Trade and Investment Ties

Japan was the sixth-largest trading partner of the United States in 2024, with two-way trade in goods and services of about $321 billion. U.S. exports to Japan were $129.1 billion: $79.7 billion of goods and $49.4 billion of services. U.S. imports from Japan totaled $192.4 billion. Of that, $149.6 billion came in goods and $42.8 billion in services.

**Figure 1. U.S. Goods Trade with Japan, 2020-2024**

Source: CRS, with U.S. Census Bureau data.

Goods imports exceeded goods exports by $69.9 billion, the seventh-largest U.S. bilateral goods deficit in 2024. Census data for the first eleven months of 2025 show a smaller gap, roughly $58 billion, as automakers shipped fewer vehicles to the United States. For the sixth straight year, Japan was the top source of FDI in the United States, with a stock of $792.6 billion at the end of 2024. U.S. direct investment in Japan, just under $75 billion, has grown slowly. Japan's holdings of U.S. Treasury securities, close to $1.2 trillion, remain the largest of any foreign government.

## Earlier Agreements

The U.S.-Japan Trade Agreement and the U.S.-Japan Digital Trade Agreement, signed in 2019, have been in force since January 2020. The U.S.-Japan Critical Minerals Agreement was signed in 2023; in October 2025, the two leaders signed a separate framework on rare earths.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Trump", note="given name not written"),
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "Prime Minister Takaichi Sanae", note="family name first"),
        "tariffs.us_tariff_most_imports": F(10, period="2026-02-24", as_written="Japan's goods now pay that surcharge, at 10%", note="also 'The 10% surcharge has applied to goods from Japan and most other trading partners since February 24' and Table 1's Section 122 row, 'Now' column"),
        "tariffs.ieepa_rate": F(15, period="2025-08-07", as_written="instead of the 15% IEEPA rate set by the bilateral framework agreement", note="the framework rate, voided by the ruling (as extract-dev D6); also 'most Japanese goods were charged an IEEPA tariff of 15%, including the MFN duty, from August 7, 2025'"),
        "tariffs.section232_autos": F(15, as_written="the Section 232 tariff on Japanese cars and auto parts was lowered to 15% on September 16, 2025", note="also 'The 15% rate on Japanese autos stands'"),
        "tariffs.section122_surcharge": F(10, as_written="The 10% surcharge has applied to goods from Japan and most other trading partners since February 24"),
        "tariffs.ieepa_ruling": D("2026-02-20", as_written="On February 20, 2026, the Supreme Court ruled, 6-3, that the International Emergency Economic Powers Act (IEEPA) does not authorize the President to impose tariffs"),
        "framework.announced": D("2025-07-22", as_written="a framework agreement, announced by President Trump on July 22, 2025"),
        "framework.investment_pledge": F(550000000000, by="2029-01-19", as_written="Japan committed to invest $550 billion in U.S. industries selected by the U.S. government before January 19, 2029"),
        "trade.overall_partner_rank": F(6, period="2024", as_written="Japan was the sixth-largest trading partner of the United States in 2024"),
        "trade.us_exports_to_japan": F(129100000000, period="2024", as_written="U.S. exports to Japan were $129.1 billion", note="year carried from the sentence before"),
        "trade.us_goods_exports_to_japan": F(79700000000, period="2024", as_written="$79.7 billion of goods"),
        "trade.us_services_exports_to_japan": F(49400000000, period="2024", as_written="$49.4 billion of services"),
        "trade.us_imports_from_japan": F(192400000000, period="2024", as_written="U.S. imports from Japan totaled $192.4 billion"),
        "trade.us_goods_imports_from_japan": F(149600000000, period="2024", as_written="Of that, $149.6 billion came in goods", note="subject carried from the sentence before"),
        "trade.us_services_imports_from_japan": F(42800000000, period="2024", as_written="and $42.8 billion in services"),
        "trade.goods_deficit": F(69900000000, period="2024", as_written="Goods imports exceeded goods exports by $69.9 billion"),
        "trade.goods_deficit_rank": F(7, period="2024", as_written="the seventh-largest U.S. bilateral goods deficit in 2024"),
        "trade.fdi_source_rank": F(1, as_written="For the sixth straight year, Japan was the top source of FDI in the United States"),
        "trade.japan_fdi_stock_in_us": F(792600000000, period="2024", as_written="with a stock of $792.6 billion at the end of 2024"),
        "trade.us_fdi_stock_in_japan": F(75000000000, "under", period="2024", as_written="U.S. direct investment in Japan, just under $75 billion", note="year carried from the previous sentence"),
        "trade.treasury_holder_rank": F(1, as_written="Japan's holdings of U.S. Treasury securities, close to $1.2 trillion, remain the largest of any foreign government"),
        "agreements.usjta_signed": D("2019", as_written="The U.S.-Japan Trade Agreement and the U.S.-Japan Digital Trade Agreement, signed in 2019"),
        "agreements.usjta_in_force": D("2020-01", as_written="have been in force since January 2020"),
        "agreements.digital_trade_in_force": D("2020-01", as_written="have been in force since January 2020"),
        "agreements.critical_minerals_signed": D("2023", as_written="The U.S.-Japan Critical Minerals Agreement was signed in 2023"),
    },
    "elections": {
        "upper_house_2025": E("Upper House", "2025-07", "held", result="ruling bloc lost its majority"),
        "lower_house_2026": E("Lower House", "2026-02-08", "held", result="LDP 316 of 465 seats, a single-party two-thirds majority"),
    },
    "events": {
        "tariff_talks_announced": EV("Administration announces Japan among the first countries for tariff negotiations", "2025-04-07", "held"),
        "section122_surcharge_expired": EV("The 10% Section 122 surcharge expires after 150 days", "2026-07-23", "upcoming"),
    },
    "notes": "Traps: 'ruled, 6-3'; 'Within four days'; 'Section 122 of the Trade Act of 1974' (year of a law); 'instead of the 15% IEEPA rate' (the IEEPA rate, no longer the tariff on most imports); 'A 24% \"reciprocal\" rate announced for Japan on April 2 was suspended for 90 days a week later' (announced, suspended), 'leaving a 10% baseline in place' (past rate, not the Section 122 surcharge), 'in a July 7 letter the President threatened 25%' (threatened); 'an executive order and a memorandum of understanding (MOU) signed on September 4' (not the announcement); bullet 'from the 27.5% charged since April 3' (past auto rate); bullet 'with profits split evenly until the investment is recouped and 90% to the United States thereafter'; bullet '100 Boeing aircraft and $8 billion a year of U.S. farm goods' (purchases, not the pledge); 'South Korea agreed to a similar structure in late July, with a $350 billion pledge' (another country's deal); 'Section 122 caps a surcharge at 15% and limits it to 150 days' (statutory cap); 'The President said on February 21 that he would raise the surcharge to the 15% maximum, but no proclamation had been issued' (announced, not applied: surcharge stays 10%); 'USTR has said it may open Section 301 investigations' (no rate); 'refunds of IEEPA duties, which for Japan's goods may exceed $20 billion'; '50% tariffs on steel, aluminum, and copper products' and Table 1's steel row (not autos); Table 1's 'To Feb. 20' column (the IEEPA row's 15%: the IEEPA rate, past as the tariff on most imports; the autos row's 15% is the fact); 'who took office on October 21, 2025' and 'her predecessor Ishiba Shigeru resigned' (former prime minister); 'took 316 of 465 seats, a single-party two-thirds majority'; 'the Japan Innovation Party (Ishin)'; 'two-way trade in goods and services of about $321 billion' (total trade, not a catalogue fact); Figure 1 (PDF/layout: year labels 2020-2024, ticks 0-160, two-series legend, no values); 'Census data for the first eleven months of 2025 show a smaller gap, roughly $58 billion' (partial year); 'For the sixth straight year' (a count of years beside the FDI rank: rank 1); 'close to $1.2 trillion' (Treasury holdings, not FDI); 'in October 2025, the two leaders signed a separate framework on rare earths' (not the 2023 agreement). PDF: ligatures, curly quotes, NBSP, hyphenated line ends; layout: pdftotext -layout runs the two columns side by side, the table and bullet list among them.",
}
