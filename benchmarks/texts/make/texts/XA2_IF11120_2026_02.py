from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "XA2-IF11120-2026-02", "fresh44", "IF11120", 27
TITLE = "U.S.-Japan Trade Agreements and Tariff Negotiations"
LAYOUTS = ["md", "pdf"]
PDF_OPTS = ["quotes", "hyph"]
CHART = {"unit": "$ billions", "ymax": 1000, "ticks": [0, 250, 500, 750, 1000],
         "series": ["Japanese FDI position in the United States"],
         "bars": {"2020": (690,), "2021": (716,), "2022": (752,), "2023": (783,), "2024": (820,)}}

MD = """
U.S.-Japan Trade Agreements and Tariff Negotiations

Updated February 26, 2026

## Overview

U.S. trade policy toward Japan has been upended twice in a year. In 2025, the Trump Administration imposed tariffs on most Japanese goods under the International Emergency Economic Powers Act (IEEPA) and then lowered them in exchange for a broad investment commitment from Tokyo. On February 20, 2026, the Supreme Court held that IEEPA does not authorize tariffs, voiding the legal basis for much of that structure. The Administration moved within days to replace the lost duties with a temporary surcharge, and both governments have said they intend to keep the 2025 framework intact. Prime Minister Sanae Takaichi, whose Liberal Democratic Party (LDP) won a commanding majority in the February 8 Lower House election, has pledged to honor it. How that can be done without IEEPA, and what role Congress should play, are open questions.

## Tariffs After the Court's Ruling

Since February 24, most imports from Japan have been subject to a 10% temporary import surcharge that President Donald J. Trump proclaimed under Section 122 of the Trade Act of 1974. That rate replaced the 15% IEEPA duty that had applied to most Japanese goods since August 7, 2025, so the tariff on most imports from Japan is, for now, lower than the one the framework set. Section 122, enacted to address balance-of-payments problems, caps a surcharge at 15% and limits it to 150 days unless Congress extends it; the current one is due to lapse in late July 2026. Goods covered by Section 232 tariffs are exempt.

The Section 232 duties, which rest on a separate statute, were untouched by the ruling. Japanese passenger vehicles and parts have paid a 15% tariff since September 16, 2025, a rate that includes the ordinary 2.5% most-favored-nation duty. Before that date, they had faced 27.5%: the 25% auto tariff imposed worldwide on April 3, 2025, on top of the MFN rate. Steel, aluminum, and copper from Japan face 50%, with no reduction under the framework.

Table 1. U.S. Tariffs on Japanese Goods, February 2026

| Measure | Rate | Status |
| --- | --- | --- |
| Section 122 surcharge | 10% | in effect since Feb. 24 |
| IEEPA (framework rate) | 15% | voided Feb. 20 |
| Section 232 autos and parts | 15% | in effect |
| Section 232 steel and aluminum | 50% | in effect |

The ruling also raised the question of refunds. Importers paid IEEPA duties on Japanese goods for close to 11 months, and U.S. Customs and Border Protection has not said how claims will be handled. Some Members of Congress have proposed legislation to set the terms.

## The 2025 Framework

Japan was among the first partners with which the Administration said it would negotiate after the "Liberation Day" tariffs of April 2, 2025, which set a 24% "reciprocal" rate for Japan; that rate was suspended within a week, leaving a 10% baseline in place while talks went on. After seven rounds led by Japan's Ryosei Akazawa, and after a July 7 letter in which the President threatened 25%, the two sides announced a framework on July 22, 2025. Its main terms, set out in a September 4 executive order and memorandum of understanding:

- a 15% IEEPA tariff on most Japanese goods, inclusive of MFN duties, not stacked on them;
- a 15% Section 232 rate on autos and parts, and a commitment that any future Section 232 tariffs on Japanese semiconductors or pharmaceuticals would not exceed those on other partners;
- Japan's pledge to invest $550 billion in the United States, in projects the U.S. government selects, before January 19, 2029; profits are to be shared equally until the investment is recovered and then split 90-10 in the U.S. favor;
- Japanese purchases of U.S. rice within its existing tariff-rate quota, as well as corn, soybeans, and aircraft.

The Administration's view is that the framework's investment and purchase commitments stand independently of the tariff authority that prompted them. Tokyo has not challenged that view publicly; Japanese officials have said the first projects, in energy and critical minerals, could be chosen by spring. In October 2025, during the President's visit to Tokyo, the two leaders also signed a framework on securing supplies of rare earths. South Korea concluded a comparable deal with a $350 billion pledge, and the European Union accepted a 15% ceiling on most of its goods.

## Trade and Investment Ties

Japan ranked sixth among U.S. trading partners in 2024, when two-way trade in goods and services exceeded $300 billion (Table 2). The goods deficit with Japan, $68.5 billion, ranked seventh among U.S. partners, down from fourth in 2018.

Table 2. U.S. Trade with Japan, 2024 ($ billions)

| | U.S. exports | U.S. imports | Balance |
| --- | --- | --- | --- |
| Goods | 79.7 | 148.2 | -68.5 |
| Services | 49.1 | 42.0 | 7.1 |
| Total | 128.8 | 190.2 | -61.4 |

Investment is where the relationship is deepest. Japan has been the top source of foreign direct investment (FDI) in the United States every year since 2019; its stock reached about $820 billion at the end of 2024 (Figure 1). U.S. FDI in Japan is far smaller, some $139 billion. Japan is also the largest foreign holder of U.S. Treasury securities, with about $1.2 trillion in December 2025, ahead of the United Kingdom and China. Nippon Steel completed its $14.1 billion purchase of U.S. Steel in June 2025.

**Figure 1. Japan's FDI Position in the United States, 2020-2024**

Source: Bureau of Economic Analysis (historical-cost basis).

## Earlier Agreements

The framework builds on two agreements negotiated during the first Trump Administration. The U.S.-Japan Trade Agreement (USJTA) and a companion Digital Trade Agreement were signed on October 7, 2019, and both entered into force on January 1, 2020, without a vote in Congress. The USJTA cut Japanese tariffs on U.S. beef, pork, and other farm goods to the levels Japan had granted its partners in the Trans-Pacific Partnership, which the United States left in 2017; the United States cut tariffs on 241 lines, mostly industrial. A "second stage" of talks, promised in 2019, never began. On March 28, 2023, the Biden Administration signed a Critical Minerals Agreement with Japan so that Japanese-processed minerals would count toward the clean-vehicle tax credit; the credit itself ended on September 30, 2025.

## Issues for Congress

- **Authority.** Whether the framework's tariff terms can be rebuilt under Section 122, Section 232, or Section 301, which requires an investigation, or need new legislation. Section 122 allows no more than 150 days without Congress.
- **Expiry.** What happens to the surcharge when it runs out in July, and whether the Administration would seek an extension.
- **The investment pledge.** How the $550 billion will be chosen and overseen, whether Japanese financing counts toward it, and what recourse the United States has if Japan moves slowly.
- **Refunds.** How duties collected under IEEPA will be repaid, and to whom.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald J. Trump"),
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "Prime Minister Sanae Takaichi"),
        "tariffs.ieepa_ruling": D("2026-02-20", as_written="On February 20, 2026, the Supreme Court held that IEEPA does not authorize tariffs"),
        "tariffs.section122_surcharge": F(10, period="2026-02-24", as_written="most imports from Japan have been subject to a 10% temporary import surcharge that President Donald J. Trump proclaimed under Section 122"),
        "tariffs.us_tariff_most_imports": F(10, period="2026-02-24", as_written="Since February 24, most imports from Japan have been subject to a 10% temporary import surcharge", note="the surcharge is now the tariff on most imports; 'the 15% IEEPA duty that had applied to most Japanese goods' is past"),
        "tariffs.ieepa_rate": F(15, period="2025-08-07", as_written="the 15% IEEPA duty that had applied to most Japanese goods since August 7, 2025", note="the framework's IEEPA rate, voided by the ruling (as the record's 2026-09-22 version keeps it)"),
        "tariffs.section232_autos": F(15, as_written="Japanese passenger vehicles and parts have paid a 15% tariff since September 16, 2025"),
        "framework.announced": D("2025-07-22", as_written="the two sides announced a framework on July 22, 2025"),
        "framework.investment_pledge": F(550000000000, by="2029-01-19", as_written="Japan's pledge to invest $550 billion in the United States, in projects the U.S. government selects, before January 19, 2029"),
        "trade.overall_partner_rank": F(6, period="2024", as_written="Japan ranked sixth among U.S. trading partners in 2024"),
        "trade.goods_deficit": F(68500000000, period="2024", as_written="The goods deficit with Japan, $68.5 billion"),
        "trade.goods_deficit_rank": F(7, period="2024", as_written="ranked seventh among U.S. partners, down from fourth in 2018"),
        "trade.us_goods_exports_to_japan": F(79700000000, period="2024", as_written="Table 2: Goods | 79.7", note="table only ($ billions)"),
        "trade.us_goods_imports_from_japan": F(148200000000, period="2024", as_written="Table 2: Goods | 79.7 | 148.2", note="table only"),
        "trade.us_services_exports_to_japan": F(49100000000, period="2024", as_written="Table 2: Services | 49.1", note="table only"),
        "trade.us_services_imports_from_japan": F(42000000000, period="2024", as_written="Table 2: Services | 49.1 | 42.0", note="table only"),
        "trade.us_exports_to_japan": F(128800000000, period="2024", as_written="Table 2: Total | 128.8", note="table only"),
        "trade.us_imports_from_japan": F(190200000000, period="2024", as_written="Table 2: Total | 128.8 | 190.2", note="table only"),
        "trade.fdi_source_rank": F(1, as_written="Japan has been the top source of foreign direct investment (FDI) in the United States every year since 2019"),
        "trade.japan_fdi_stock_in_us": F(820000000000, "about", period="2024", as_written="its stock reached about $820 billion at the end of 2024"),
        "trade.us_fdi_stock_in_japan": F(139000000000, "about", as_written="U.S. FDI in Japan is far smaller, some $139 billion", note="year carried from the previous sentence, not written"),
        "trade.treasury_holder_rank": F(1, as_written="Japan is also the largest foreign holder of U.S. Treasury securities"),
        "agreements.usjta_signed": D("2019-10-07", as_written="The U.S.-Japan Trade Agreement (USJTA) and a companion Digital Trade Agreement were signed on October 7, 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="and both entered into force on January 1, 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="and both entered into force on January 1, 2020"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="On March 28, 2023, the Biden Administration signed a Critical Minerals Agreement with Japan"),
    },
    "elections": {
        "lower_house_2026": E("Lower House", "2026-02-08", "held", result="LDP won a commanding majority"),
    },
    "events": {
        "tariff_talks_announced": EV("Administration names Japan among the first partners for tariff negotiations", "2025-04", "held"),
        "section122_surcharge_expired": EV("The 10% Section 122 surcharge lapses", "2026-07", "upcoming"),
    },
    "notes": "Traps: 'In 2025, the Trump Administration imposed tariffs ... and then lowered them' (no rate); 'Section 122 of the Trade Act of 1974' (year of a law); 'lower than the one the framework set' (the 15%); 'caps a surcharge at 15% and limits it to 150 days' (statutory cap, not the surcharge) and 'due to lapse in late July 2026' (the tracked expiry, upcoming); 'a rate that includes the ordinary 2.5% most-favored-nation duty' (MFN, not the auto rate); 'Before that date, they had faced 27.5%: the 25% auto tariff imposed worldwide on April 3, 2025' (past auto rates); 'Steel, aluminum, and copper from Japan face 50%' and Table 1's steel row; Table 1's IEEPA row '15% | voided Feb. 20' (the IEEPA rate, no longer on most imports) and 'in effect since Feb. 24'; 'for close to 11 months' (refunds); 'the \"Liberation Day\" tariffs of April 2, 2025, which set a 24% \"reciprocal\" rate for Japan' (announced, suspended) and 'leaving a 10% baseline in place while talks went on' (past baseline, not the surcharge); 'After seven rounds' (a count); 'a July 7 letter in which the President threatened 25%' (threatened); 'set out in a September 4 executive order and memorandum of understanding' (implementation, not the announcement date); bullet 'a 15% IEEPA tariff on most Japanese goods, inclusive of MFN duties' (the framework's IEEPA rate, superseded as the tariff on most imports); bullet 'would not exceed those on other partners' (semiconductors, pharmaceuticals); bullet 'split 90-10 in the U.S. favor' (profit shares); 'could be chosen by spring'; 'In October 2025, during the President's visit to Tokyo, the two leaders also signed a framework on securing supplies of rare earths' (not the 2023 critical minerals agreement); 'South Korea concluded a comparable deal with a $350 billion pledge' and 'the European Union accepted a 15% ceiling' (other partners); 'two-way trade in goods and services exceeded $300 billion' (total trade, no catalogue fact); 'down from fourth in 2018' (past deficit rank); Table 2's Balance column (its -68.5 repeats the goods deficit stated in the text; 7.1 and -61.4 are not catalogue facts); 'every year since 2019' (not a rank); Figure 1 (FDI position 2020-2024, $ billions, axis ticks 0-1000, year labels, legend, no values); 'with about $1.2 trillion in December 2025, ahead of the United Kingdom and China' (holdings, other holders); 'Nippon Steel completed its $14.1 billion purchase of U.S. Steel in June 2025'; 'which the United States left in 2017' and 'cut tariffs on 241 lines'; 'A \"second stage\" of talks, promised in 2019'; 'the credit itself ended on September 30, 2025'; 'Section 122 allows no more than 150 days without Congress'. PDF: curly quotes and apostrophes, hyphenated line ends, tables and Figure 1 in the columns.",
}
