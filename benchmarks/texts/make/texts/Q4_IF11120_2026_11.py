from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "Q4-IF11120-2026-11", "fresh3", "IF11120", 29
TITLE = "U.S.-Japan Trade Agreements and Tariff Negotiations"
LAYOUTS = ["md", "pdf", "layout"]
PDF_OPTS = ["lig", "quotes", "nbsp", "hyph"]
CHART = {"unit": "$ billions", "ymax": 160, "ticks": [0, 40, 80, 120, 160],
         "series": ["U.S. goods imports from Japan"],
         "bars": {"2021": (135.1,), "2022": (148.1,), "2023": (148.0,), "2024": (149.6,), "2025": (139.2,)}}

MD = """
U.S.-Japan Trade Agreements and Tariff Negotiations

Updated November 17, 2026

## Key Points

- Most U.S. imports from Japan now pay a Section 301 tariff of twelve and a half percent, in place since July 24, 2026.
- Japanese autos and auto parts are charged a Section 232 rate of 15%, unchanged by this year's court ruling.
- Japan's $550 billion investment commitment from the 2025 framework remains in place.
- Both governments are discussing whether, and how far, the Section 301 rate might be lowered.

## From IEEPA to Section 301

In July 2025, President Trump and then-Prime Minister Ishiba Shigeru announced a framework agreement on trade and investment. Under it, most Japanese goods paid a 15% tariff imposed under the International Emergency Economic Powers Act (IEEPA), well below the 24% the President had announced that April. The Supreme Court held on February 20, 2026, that IEEPA does not give the President authority to impose tariffs, and collection of the 15% rate stopped. Importers have since filed claims for refunds of IEEPA duties paid; customs officials estimate those on Japanese goods alone at about $21 billion.

Four days after the ruling, the Administration applied a 10% temporary import surcharge to goods from nearly every country, Japan among them, under Section 122 of the Trade Act of 1974. Because the law allows such a surcharge for no more than 150 days unless Congress extends it, and Congress did not act, the surcharge ran out on July 23, 2026. The following day, the U.S. Trade Representative (USTR) put into effect a Section 301 tariff of 12.5% on most Japanese goods, concluding an investigation opened in March. In talks that began in October, Tokyo has asked that the rate be cut to 10% for companies taking part in the investment program; USTR has said only that it will review the request. The United Kingdom, whose 10% IEEPA rate also ended in February, faces no Section 301 tariff.

## Autos and Other Sectors

Section 232 tariffs rest on a separate statute and were not affected by the ruling. Japanese cars, light trucks, and auto parts pay 15% under Section 232, compared with the 25% applied to vehicles from countries that have no agreement with the United States. Before the framework took effect in September 2025, Japanese vehicles paid 27.5% (the 25% Section 232 tariff on top of the 2.5% MFN duty). Steel and aluminum from Japan remain subject to 50% tariffs.

## The Investment Commitment

The framework's investment pledge survived the ruling. Japan is to direct $550 billion into U.S. projects before the President's term ends in January 2029. An investment committee chaired by the Commerce Secretary approved the first three projects, in power generation, shipbuilding, and critical minerals processing, in March 2026; together they total roughly $36 billion.

## Japanese Politics

Prime Minister Takaichi has a stronger hand than when she took office in October 2025. Her LDP won a landslide in the Lower House election of February 8, 2026, taking 316 of the 465 seats on its own. The ruling bloc remains short of a majority in the Upper House, whose next election is due in July 2028. Former Prime Minister Ishiba has urged her to seek a lower Section 301 rate before the U.S. midterm elections of November 3, 2026, reshape the U.S. political landscape.

## Trade and Investment

Five partners outranked Japan in total U.S. trade in goods and services in 2025, leaving it in sixth place. **Table 1** shows the bilateral flows; Japanese goods shipments to the United States fell in 2025 for the first time in four years (**Figure 1**).

Table 1. U.S. Trade with Japan, 2024-2025 ($ billions)

| | 2024 | 2025 | Change, % |
| --- | --- | --- | --- |
| Goods exports | 79.7 | 76.5 | -4.0 |
| Services exports | 49.4 | 51.3 | 3.8 |
| Total exports | 129.1 | 127.8 | -1.0 |
| Goods imports | 149.6 | 139.2 | -7.0 |
| Services imports | 42.8 | 42.4 | -0.9 |
| Total imports | 192.4 | 181.6 | -5.6 |
| Goods balance | -69.9 | -62.7 | n.a. |

Source: Bureau of Economic Analysis (BEA), June 2026.

The U.S. goods deficit with Japan narrowed to $62.7 billion in 2025 and came in eighth among U.S. bilateral goods deficits.

**Figure 1. U.S. Goods Imports from Japan, 2021-2025**

Source: CRS, with BEA data.

No other country has a bigger direct-investment stake in the United States than Japan, whose firms held $776 billion at the end of 2025. U.S. direct investment in Japan was a little more than $74 billion. Japanese holdings of U.S. Treasury securities, about $1.2 trillion, are the largest of any foreign country.

## Earlier Agreements

The 2020 U.S.-Japan Trade Agreement and the 2020 U.S.-Japan Digital Trade Agreement remain in effect, as does the critical minerals agreement the two countries signed in March 2023, which they supplemented in October 2025 with a framework on rare earths.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Trump", note="given name not written"),
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "Prime Minister Takaichi", note="given name not written"),
        "tariffs.us_tariff_most_imports": F(12.5, period="2026-07-24", as_written="Most U.S. imports from Japan now pay a Section 301 tariff of twelve and a half percent, in place since July 24, 2026", note="also 'a Section 301 tariff of 12.5% on most Japanese goods'"),
        "tariffs.ieepa_rate": F(15, period="2025-07", as_written="most Japanese goods paid a 15% tariff imposed under the International Emergency Economic Powers Act (IEEPA)", note="the framework rate; collection stopped after the February 2026 ruling (as extract-dev D6)"),
        "tariffs.section232_autos": F(15, as_written="Japanese cars, light trucks, and auto parts pay 15% under Section 232"),
        "tariffs.section122_surcharge": F(10, as_written="a 10% temporary import surcharge to goods from nearly every country, Japan among them, under Section 122", note="ran out on July 23, 2026"),
        "tariffs.ieepa_ruling": D("2026-02-20", as_written="The Supreme Court held on February 20, 2026, that IEEPA does not give the President authority to impose tariffs"),
        "framework.announced": D("2025-07", as_written="In July 2025, President Trump and then-Prime Minister Ishiba Shigeru announced a framework agreement"),
        "framework.investment_pledge": F(550000000000, by="2029-01", as_written="Japan is to direct $550 billion into U.S. projects before the President's term ends in January 2029"),
        "trade.overall_partner_rank": F(6, period="2025", as_written="Five partners outranked Japan in total U.S. trade in goods and services in 2025, leaving it in sixth place"),
        "trade.us_exports_to_japan": F(127800000000, period="2025", note="Table 1, 2025 column, 'Total exports' ($ billions)"),
        "trade.us_goods_exports_to_japan": F(76500000000, period="2025", note="Table 1"),
        "trade.us_services_exports_to_japan": F(51300000000, period="2025", note="Table 1"),
        "trade.us_imports_from_japan": F(181600000000, period="2025", note="Table 1"),
        "trade.us_goods_imports_from_japan": F(139200000000, period="2025", note="Table 1"),
        "trade.us_services_imports_from_japan": F(42400000000, period="2025", note="Table 1"),
        "trade.goods_deficit": F(62700000000, period="2025", as_written="The U.S. goods deficit with Japan narrowed to $62.7 billion in 2025", note="also Table 1, 'Goods balance' -62.7"),
        "trade.goods_deficit_rank": F(8, period="2025", as_written="came in eighth among U.S. bilateral goods deficits"),
        "trade.fdi_source_rank": F(1, as_written="No other country has a bigger direct-investment stake in the United States than Japan"),
        "trade.japan_fdi_stock_in_us": F(776000000000, period="2025", as_written="whose firms held $776 billion at the end of 2025"),
        "trade.us_fdi_stock_in_japan": F(74000000000, "over", period="2025", as_written="U.S. direct investment in Japan was a little more than $74 billion", note="year carried over from the previous sentence"),
        "trade.treasury_holder_rank": F(1, as_written="Japanese holdings of U.S. Treasury securities, about $1.2 trillion, are the largest of any foreign country"),
        "agreements.usjta_in_force": D("2020", as_written="The 2020 U.S.-Japan Trade Agreement", note="year only as the agreement's label (as the record's 2026-09-22 version)"),
        "agreements.digital_trade_in_force": D("2020", as_written="the 2020 U.S.-Japan Digital Trade Agreement", note="year only as the agreement's label"),
        "agreements.critical_minerals_signed": D("2023-03", as_written="the critical minerals agreement the two countries signed in March 2023"),
    },
    "elections": {
        "lower_house_2026": E("Lower House", "2026-02-08", "held", result="LDP landslide, 316 of 465 seats on its own"),
        "upper_house_2028": E("Upper House", "2028-07", "upcoming"),
    },
    "events": {
        "section122_surcharge_expired": EV("The 10% Section 122 temporary import surcharge runs out after 150 days", "2026-07-23", "held"),
    },
    "notes": "Traps: 'unchanged by this year's court ruling'; 'from the 2025 framework' (key point; year only, the body dates the announcement July 2025); 'then-Prime Minister Ishiba Shigeru' and 'Former Prime Minister Ishiba' (former prime minister); 'well below the 24% the President had announced that April' (announced rate); 'collection of the 15% rate stopped' (the IEEPA rate is still the framework's 15%, but not the tariff on most imports); 'refunds of IEEPA duties paid ... at about $21 billion'; 'Four days after the ruling'; 'Section 122 of the Trade Act of 1974' (year of a law); 'for no more than 150 days'; 'concluding an investigation opened in March'; 'Tokyo has asked that the rate be cut to 10% for companies taking part in the investment program' (requested rate, not applied); 'The United Kingdom, whose 10% IEEPA rate also ended in February' (another country's rate); 'compared with the 25% applied to vehicles from countries that have no agreement' (other countries' auto rate); 'Before the framework took effect in September 2025, Japanese vehicles paid 27.5% (the 25% Section 232 tariff on top of the 2.5% MFN duty)' (past auto rate); 'Steel and aluminum from Japan remain subject to 50% tariffs' (not autos); 'approved the first three projects ... in March 2026; together they total roughly $36 billion' (not the pledge); 'when she took office in October 2025'; 'taking 316 of the 465 seats on its own'; 'the U.S. midterm elections of November 3, 2026' (U.S. election, no slug); 'Japanese goods shipments to the United States fell in 2025 for the first time in four years'; Table 1's 2024 column (79.7, 49.4, 129.1, 149.6, 42.8, 192.4, -69.9: earlier year) and its 'Change, %' column (-4.0, 3.8, -1.0, -7.0, -0.9, -5.6); 'Figure 1 ... 2021-2025' with (PDF/layout) year labels, ticks 0-160 and legend, no values; 'about $1.2 trillion' (Treasury holdings, not FDI); 'which they supplemented in October 2025 with a framework on rare earths' (not the 2023 agreement); PDF: ligatures, curly quotes, NBSP, hyphenated line ends; layout: pdftotext -layout runs the two columns side by side, the table among them",
}
