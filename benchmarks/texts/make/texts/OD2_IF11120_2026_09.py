from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "OD2-IF11120-2026-09", "fresh34", "IF11120", 26
TITLE = "U.S.-Japan Trade Agreements and Tariff Negotiations"
LAYOUTS = ["interleaved", "md"]
PDF_OPTS = ["lig", "nbsp"]
CHART = {"unit": "$ billions", "ymax": 40, "ticks": [0, 10, 20, 30, 40],
         "series": ["U.S. goods imports from Japan"],
         "bars": {"Q1 2025": (38.2,), "Q2 2025": (35.9,), "Q3 2025": (33.4,), "Q4 2025": (33.7,), "Q1 2026": (34.6,), "Q2 2026": (33.9,)}}

MD = """
U.S.-Japan Trade Agreements and Tariff Negotiations

Updated September 9, 2026

## Overview

For the third time in little more than a year, the legal basis of U.S. tariffs on Japanese goods has changed. A duty of 12.5% ad valorem, imposed by the Office of the U.S. Trade Representative (USTR) under Section 301 of the Trade Act of 1974, has been collected on most imports from Japan since July 24. It took the place of a temporary surcharge that Congress chose not to extend. Prime Minister Takaichi Sanae's government has protested the Section 301 action but says it will keep carrying out the investment and purchase commitments Japan made in 2025. President Trump has warned that the rate could go to 20% if those investments fall behind schedule.

## From IEEPA to Section 301

The sequence began on February 20 of this year, when the Supreme Court held that the International Emergency Economic Powers Act (IEEPA) does not give the President power to impose tariffs. That ruling voided the 15% "reciprocal" rate the two governments had fixed in their framework agreement; importers have since sought refunds of roughly $22 billion in IEEPA duties paid on Japanese goods. Four days later, the Administration turned to Section 122 of the same 1974 act, which allows a surcharge of up to 15% for at most 150 days. The surcharge lapsed on July 23, and USTR's Section 301 duty applied from the next day. Table 1 traces the rate on most goods.

Table 1. U.S. Tariff on Most Goods from Japan, by Period

| Period | Legal authority | Rate |
| --- | --- | --- |
| Apr. 5-Aug. 6, 2025 | IEEPA baseline | 10% |
| Aug. 7, 2025-Feb. 20, 2026 | IEEPA framework | 15% |
| Feb. 24-July 23, 2026 | Section 122 | 10% |
| From July 24, 2026 | Section 301 | 12.5% |

Source: CRS, from presidential proclamations, executive orders, and USTR notices. The framework rate included MFN duties.

USTR's parallel Section 301 actions set rates of 15% for the European Union and 20% for Vietnam. Section 232 tariffs were untouched by the Court. Japanese passenger vehicles and auto parts thus still pay 15%, and steel, aluminum, and copper 50%.

**Figure 1. U.S. Goods Imports from Japan, by Quarter, 2025-2026**

Source: CRS, with U.S. Census Bureau data (not seasonally adjusted).

## The 2025 Framework

The White House said on April 7, 2025, that Japan would be among the first partners invited to negotiate. Japan's chief negotiator, Akazawa Ryosei, made seven trips to Washington before President Trump announced a framework agreement on July 22, 2025; a memorandum of understanding (MOU) and an executive order formalized it on September 4, 2025. Its main elements:

- a single 15% IEEPA rate on most goods, inclusive of MFN duties, in place of the 24% rate announced in April and the 25% threatened in July;
- Section 232 duties on Japanese autos and parts reduced to 15%, from 27.5%, effective September 16, 2025;
- $550 billion in Japanese investment in U.S. projects selected by the United States, to be committed by January 19, 2029;
- Japanese purchases of U.S. rice, soybeans, and 100 Boeing aircraft.

Tokyo regards the framework as intact, IEEPA's role notwithstanding. Two projects worth about $40 billion had been funded as of August. South Korea's parallel deal, by comparison, carries a $350 billion pledge.

## Trade and Investment Ties

Counting goods and services, Japan was the sixth-largest U.S. trading partner in 2025. U.S. exports to and imports from Japan came to $130.0 billion and $185.7 billion, respectively; Table 2 divides them into goods and services.

Table 2. U.S. Trade with Japan, 2024-2025 ($ billions)

| | 2024 | 2025 |
| --- | --- | --- |
| Goods exports | 79.7 | 78.4 |
| Services exports | 49.4 | 51.6 |
| Goods imports | 149.6 | 141.2 |
| Services imports | 42.8 | 44.5 |
| Goods balance | -69.9 | -62.8 |

Source: Bureau of Economic Analysis and Census Bureau.

Tariffs cut into Japanese shipments, as Figure 1 shows. The goods gap narrowed by about a tenth, to $62.8 billion last year. Japan fell one place, to eighth, among U.S. bilateral goods deficits. Japanese direct investment in the United States totaled $776 billion at the end of 2025, more than any other country's, as it has been every year since 2019. The U.S. position in Japan was roughly $74 billion. Japan is likewise the biggest foreign holder of U.S. Treasury securities, with $1.15 trillion in June.

## Politics in Tokyo

Takaichi's Liberal Democratic Party (LDP) won more than two-thirds of the seats in the Lower House election of February 8, giving her a freer hand in trade talks. Her government still lacks a majority in the Upper House, which the ruling parties lost in July 2025.

## Earlier Agreements

Three earlier agreements remain in effect:

- the U.S.-Japan Trade Agreement (USJTA), a limited tariff deal the two leaders finalized on September 25, 2019, signed on October 7, 2019, and in force since January 1, 2020;
- the U.S.-Japan Digital Trade Agreement, signed and brought into force on those same dates;
- the Critical Minerals Agreement of March 28, 2023, which let Japanese minerals count toward the clean vehicle tax credit until the credit ended on September 30, 2025.

A framework on rare earths and critical minerals signed in Tokyo on October 28, 2025, is not a trade agreement.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Trump", note="given name not written"),
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "Prime Minister Takaichi Sanae's government", note="family name first, possessive"),
        "tariffs.us_tariff_most_imports": F(12.5, period="2026-07-24", as_written="A duty of 12.5% ad valorem, imposed by the Office of the U.S. Trade Representative (USTR) under Section 301 of the Trade Act of 1974, has been collected on most imports from Japan since July 24", note="also Table 1's last row"),
        "tariffs.ieepa_rate": F(15, period="2025-08-07", as_written="That ruling voided the 15% \"reciprocal\" rate the two governments had fixed in their framework agreement", note="voided framework rate (as extract-dev D6); dated by Table 1's row 'Aug. 7, 2025-Feb. 20, 2026'"),
        "tariffs.section232_autos": F(15, period="2025-09-16", as_written="Japanese passenger vehicles and auto parts thus still pay 15%", note="also the bullet 'reduced to 15%, from 27.5%, effective September 16, 2025'"),
        "tariffs.section122_surcharge": F(10, as_written="Feb. 24-July 23, 2026 | Section 122 | 10%", note="Table 1 only; the prose gives only the statutory cap"),
        "tariffs.ieepa_ruling": D("2026-02-20", as_written="The sequence began on February 20 of this year, when the Supreme Court held that the International Emergency Economic Powers Act (IEEPA) does not give the President power to impose tariffs"),
        "framework.announced": D("2025-07-22", as_written="before President Trump announced a framework agreement on July 22, 2025"),
        "framework.investment_pledge": F(550000000000, by="2029-01-19", as_written="$550 billion in Japanese investment in U.S. projects selected by the United States, to be committed by January 19, 2029", note="bullet"),
        "trade.overall_partner_rank": F(6, period="2025", as_written="Counting goods and services, Japan was the sixth-largest U.S. trading partner in 2025"),
        "trade.us_exports_to_japan": F(130000000000, period="2025", as_written="U.S. exports to and imports from Japan came to $130.0 billion and $185.7 billion, respectively", note="year carried"),
        "trade.us_imports_from_japan": F(185700000000, period="2025", as_written="U.S. exports to and imports from Japan came to $130.0 billion and $185.7 billion, respectively"),
        "trade.us_goods_exports_to_japan": F(78400000000, period="2025", as_written="Goods exports | 79.7 | 78.4", note="Table 2 only, 2025 column"),
        "trade.us_services_exports_to_japan": F(51600000000, period="2025", as_written="Services exports | 49.4 | 51.6", note="Table 2 only"),
        "trade.us_goods_imports_from_japan": F(141200000000, period="2025", as_written="Goods imports | 149.6 | 141.2", note="Table 2 only"),
        "trade.us_services_imports_from_japan": F(44500000000, period="2025", as_written="Services imports | 42.8 | 44.5", note="Table 2 only"),
        "trade.goods_deficit": F(62800000000, period="2025", as_written="The goods gap narrowed by about a tenth, to $62.8 billion last year", note="'about' hedges the fraction; also Table 2's balance row"),
        "trade.goods_deficit_rank": F(8, period="2025", as_written="Japan fell one place, to eighth, among U.S. bilateral goods deficits", note="year carried from the sentence before"),
        "trade.japan_fdi_stock_in_us": F(776000000000, period="2025", as_written="Japanese direct investment in the United States totaled $776 billion at the end of 2025"),
        "trade.fdi_source_rank": F(1, as_written="more than any other country's, as it has been every year since 2019", note="no period for the rank (a span)"),
        "trade.us_fdi_stock_in_japan": F(74000000000, "about", period="2025", as_written="The U.S. position in Japan was roughly $74 billion", note="year carried"),
        "trade.treasury_holder_rank": F(1, period="2026-06", as_written="Japan is likewise the biggest foreign holder of U.S. Treasury securities, with $1.15 trillion in June"),
        "agreements.usjta_signed": D("2019-10-07", as_written="signed on October 7, 2019", note="bullet"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="and in force since January 1, 2020", note="bullet"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="the U.S.-Japan Digital Trade Agreement, signed and brought into force on those same dates", note="dates carried from the bullet before"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="the Critical Minerals Agreement of March 28, 2023"),
    },
    "elections": {
        "lower_house_2026": E("Lower House", "2026-02-08", "held", result="LDP won more than two-thirds of the seats"),
        "upper_house_2025": E("Upper House", "2025-07", "held", result="ruling parties lost their majority"),
    },
    "events": {
        "tariff_talks_announced": EV("White House says Japan will be among the first partners invited to negotiate", "2025-04-07", "held"),
        "section122_surcharge_expired": EV("The Section 122 surcharge lapses after 150 days", "2026-07-23", "held"),
        "stage_one_deal_finalized": EV("Leaders finalize the limited tariff deal", "2019-09-25", "held"),
    },
    "notes": "Traps: 'For the third time in little more than a year'; 'Section 301 of the Trade Act of 1974' and 'Section 122 of the same 1974 act' (year of a law); 'the investment and purchase commitments Japan made in 2025'; 'President Trump has warned that the rate could go to 20%' (threatened); 'importers have since sought refunds of roughly $22 billion'; 'Four days later'; 'allows a surcharge of up to 15% for at most 150 days' (statutory cap); Table 1's 'IEEPA baseline | 10%' (past, not the Section 122 surcharge) and the 15% row (the IEEPA rate, past as the tariff on most imports); 'set rates of 15% for the European Union and 20% for Vietnam' (other partners); 'steel, aluminum, and copper 50%'; Figure 1 (quarterly goods imports, labels Q1 2025-Q2 2026, ticks 0-40, legend; no values); 'made seven trips to Washington'; 'a memorandum of understanding (MOU) and an executive order formalized it on September 4, 2025' (not the announcement); bullets 'in place of the 24% rate announced in April and the 25% threatened in July', 'from 27.5%', 'rice, soybeans, and 100 Boeing aircraft'; 'Two projects worth about $40 billion had been funded as of August'; 'South Korea's parallel deal, by comparison, carries a $350 billion pledge'; Table 2's 2024 column (79.7, 49.4, 149.6, 42.8, -69.9: past year); 'narrowed by about a tenth'; 'Japan fell one place' (seventh the year before, implied); 'every year since 2019' (a span); 'with $1.15 trillion in June' (Treasury holdings, not FDI); 'won more than two-thirds of the seats' (no IF11120 fact); 'finalized on September 25, 2019' (the stage-one event, not the signing); 'until the credit ended on September 30, 2025'; 'A framework on rare earths and critical minerals signed in Tokyo on October 28, 2025' (not the 2023 agreement). Interleaved: ligatures, NBSP, the two columns' lines alternating with the table, bullet list and figure among them.",
}
