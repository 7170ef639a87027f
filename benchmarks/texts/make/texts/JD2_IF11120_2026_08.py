from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "JD2-IF11120-2026-08", "fresh29", "IF11120", 25
TITLE = "U.S.-Japan Trade Agreements and Tariff Negotiations"
LAYOUTS = ["md", "layout"]
PDF_OPTS = ["nbsp", "hyph"]
CHART = {"unit": "$ billions", "ymax": 60, "ticks": [0, 20, 40, 60],
         "series": ["Autos and parts from Japan"],
         "bars": {"2021": (48.0,), "2022": (52.6,), "2023": (59.4,), "2024": (55.7,), "2025": (51.1,)}}

MD = """
U.S.-Japan Trade Agreements and Tariff Negotiations

Updated August 20, 2026

## Overview

For the third time in little more than a year, the legal footing of U.S. tariffs on Japan has shifted. Most Japanese goods now pay a duty imposed by the Office of the U.S. Trade Representative (USTR) under Section 301 of the Trade Act of 1974. It took the place of a temporary import surcharge of 10% under Section 122 of the same act, which expired on July 23 after the 150 days the statute allows. That surcharge had, in turn, stood in for the tariffs levied under the International Emergency Economic Powers Act (IEEPA), which the Supreme Court struck down on February 20, 2026. Through each change, the Trump Administration and the government of Prime Minister Takaichi Sanae have said that the framework agreement the two countries reached last year, including Japan's investment commitment, still stands.

Where U.S. tariffs on Japanese goods stood in mid-August:

- Most goods: 12.5% (Section 301), charged on top of ordinary MFN duties since July 24, two and a half points above the surcharge it replaced
- Passenger vehicles and parts: 15% (Section 232), MFN duty included, unchanged since September 16, 2025
- Steel, aluminum, and copper, and products made from them: 50% (Section 232)
- Semiconductors and pharmaceuticals: capped at 15% under the framework should Section 232 duties be imposed
- Goods already subject to Section 232 tariffs: exempt from the Section 301 duty

## The 2025 Framework

Japan was among the first partners to seek talks after President Trump announced "reciprocal" tariffs on April 2, 2025, setting Japan's rate at 24%. On April 7, after a telephone call between the President and then-Prime Minister Ishiba Shigeru, the two governments said that negotiations would begin. The 24% rate was suspended two days later in favor of a 10% baseline, and a July 7 letter from the President warned of 25% from August 1. Instead, a deal was struck: President Trump made it public on July 22, 2025.

An executive order and a memorandum of understanding (MOU), both dated September 4, set out the terms. A single IEEPA rate of 15%, MFN duties included, was to apply to most Japanese goods, retroactive to August 7, 2025. Autos and parts, which had paid 27.5% (a 25% Section 232 duty plus the 2.5% MFN rate) since April 3, were brought down to the same 15% from September 16. Tokyo, for its part, undertook to finance $550 billion of investment in the United States by January 19, 2029, through loans, guarantees, and equity from its state-backed lenders, in projects that a U.S. investment committee selects. Purchases were part of the bargain as well: 100 Boeing jets, and U.S. farm products worth about $8 billion annually. Seoul struck a comparable deal a week later, pledging $350 billion, and the European Union settled on a 15% ceiling for most of its goods.

The Commerce Department has so far announced projects under the Japanese commitment that it values at $70 billion to $80 billion, mostly in power generation and energy infrastructure. Japanese officials have said that disbursements will depend on the projects' commercial viability.

## The Ruling and After

On February 20, 2026, the Supreme Court held, 6-3, that IEEPA does not authorize the President to impose tariffs. The decision voided the 15% framework rate along with the other IEEPA duties but left Section 232 tariffs in place. Four days later, a 10% surcharge under Section 122 began to apply to imports from Japan and from most other trading partners. The statute limits such a surcharge to 15% and to 150 days unless Congress extends it. Congress did not act.

USTR, meanwhile, had opened Section 301 investigations of more than a dozen trading partners in March, including one of Japan's enforcement of bans on imports made with forced labor. Its May proposal for Japan offered rates ranging from 10% to 15%; the final determination, published July 17, set the rate at 12.5%, effective the day after the surcharge lapsed. Rates imposed on other partners in the same round run from 10% to 25%. The Takaichi government called the action regrettable and requested consultations, but it has not retaliated. The President has said he could raise Japan's rate to 25% if investment under the framework falls behind schedule. Importers are seeking refunds of the IEEPA duties they paid; for goods from Japan, the sums at stake may reach $20 billion to $25 billion.

## Politics in Tokyo

Takaichi won the leadership of the Liberal Democratic Party (LDP) on October 4, 2025, and became Japan's first female prime minister later that month. Her predecessor, Ishiba, had resigned after the LDP and its then-partner Komeito lost their majority in the House of Councillors in the July 2025 election. In a snap Lower House election on February 8, 2026, the LDP won 316 of the 465 seats, enough to govern without its new partner, the Japan Innovation Party (Ishin). The upper chamber, where the ruling parties remain short of a majority, is next elected in July 2028.

## Trade and Investment Ties

Counting goods and services together, Japan ranked sixth among U.S. trading partners in 2025, one place lower than a decade earlier. U.S. exports to Japan amounted to $127.9 billion last year and imports from Japan to $186.7 billion, both below their 2024 levels (Table 1). Services accounted for $51.6 billion of the export total, roughly two-fifths of it, led by travel, charges for the use of intellectual property, and financial services. Goods and services made up $141.5 billion and $45.2 billion of imports, respectively.

Table 1. U.S. Trade with Japan, 2024 and 2025 ($ billions)

| Flow | 2024 | 2025 |
| --- | --- | --- |
| Goods exports | 79.7 | 76.3 |
| Services exports | 49.4 | 51.6 |
| Total exports | 129.1 | 127.9 |
| Goods imports | 149.6 | 141.5 |
| Services imports | 42.8 | 45.2 |
| Total imports | 192.4 | 186.7 |
| Goods balance | -69.9 | -65.2 |

Source: Bureau of Economic Analysis (BEA), June 2026; balance-of-payments basis.

The goods deficit narrowed to $65.2 billion as shipments of Japanese vehicles fell (Figure 1). Only seven partners, among them Mexico, China, Vietnam, and Taiwan, accounted for larger U.S. goods deficits in 2025.

**Figure 1. U.S. Imports of Autos and Parts from Japan, 2021-2025**

Source: CRS, with U.S. Census Bureau data.

Japanese firms' stock of direct investment in the United States stood at $776 billion at the end of 2025, more than any other country's, for the seventh year running. American firms held $74 billion in Japan at the same date, a ratio of better than ten to one. Japan is also the largest foreign holder of U.S. Treasury securities: $1.18 trillion at the end of June, against $0.91 trillion for the United Kingdom and $0.73 trillion for China.

## Earlier Agreements

Before tariffs dominated the agenda, trade relations rested on two narrower pacts. Negotiations agreed in September 2018 opened with a first formal round in April 2019, and President Trump and then-Prime Minister Abe Shinzo announced on September 25 of that year that they had finalized a first-stage deal. The resulting U.S.-Japan Trade Agreement (USJTA), which cut or removed Japanese tariffs on about $7.2 billion of U.S. farm exports, and a companion U.S.-Japan Digital Trade Agreement were signed on October 7, 2019; both went into effect on January 1, 2020. Under President Biden, the two countries also signed the U.S.-Japan Critical Minerals Agreement on March 28, 2023, so that minerals processed in Japan could count toward the clean-vehicle tax credit. A separate framework on rare earths followed in October 2025.

Issues for Congress include:

- whether to limit or review the use of Section 301 and Section 122 for broad tariffs;
- oversight of the committee that selects projects under Japan's investment commitment;
- refunds of IEEPA duties, and the effect of the current tariffs on U.S. automakers and parts suppliers.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Trump", note="given name not written; Biden is a former president"),
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "Prime Minister Takaichi Sanae", note="family name first; Ishiba and Abe are former prime ministers"),
        "tariffs.us_tariff_most_imports": F(12.5, period="2026-07-24", as_written="Most goods: 12.5% (Section 301), charged on top of ordinary MFN duties since July 24", note="label-value bullet; July 24, 2026 (year from the cover); the proposed 10%-15% range, other partners' 10%-25% and the threatened 25% are traps"),
        "tariffs.ieepa_rate": F(15, period="2025-08-07", as_written="A single IEEPA rate of 15%, MFN duties included, was to apply to most Japanese goods, retroactive to August 7, 2025", note="the framework rate, voided by the ruling (as extract-dev D6); also 'The decision voided the 15% framework rate'"),
        "tariffs.section232_autos": F(15, period="2025-09-16", as_written="Passenger vehicles and parts: 15% (Section 232), MFN duty included, unchanged since September 16, 2025", note="also 'were brought down to the same 15% from September 16'"),
        "tariffs.section122_surcharge": F(10, as_written="a temporary import surcharge of 10% under Section 122 of the same act, which expired on July 23", note="lapsed; also 'Four days later, a 10% surcharge under Section 122 began to apply'"),
        "tariffs.ieepa_ruling": D("2026-02-20", as_written="the International Emergency Economic Powers Act (IEEPA), which the Supreme Court struck down on February 20, 2026", note="also 'On February 20, 2026, the Supreme Court held, 6-3'"),
        "framework.announced": D("2025-07-22", as_written="Instead, a deal was struck: President Trump made it public on July 22, 2025", note="dated by the announcement, not the September 4 EO/MOU; 'reached last year' in the Overview gives only the year"),
        "framework.investment_pledge": F(550000000000, by="2029-01-19", as_written="Tokyo, for its part, undertook to finance $550 billion of investment in the United States by January 19, 2029"),
        "trade.overall_partner_rank": F(6, period="2025", as_written="Counting goods and services together, Japan ranked sixth among U.S. trading partners in 2025"),
        "trade.us_exports_to_japan": F(127900000000, period="2025", as_written="U.S. exports to Japan amounted to $127.9 billion last year", note="'last year' is 2025; also Table 1"),
        "trade.us_goods_exports_to_japan": F(76300000000, period="2025", as_written="Table 1: Goods exports | 79.7 | 76.3", note="only in Table 1's 2025 column ($ billions); 79.7 is 2024"),
        "trade.us_services_exports_to_japan": F(51600000000, period="2025", as_written="Services accounted for $51.6 billion of the export total, roughly two-fifths of it", note="'roughly' hedges the fraction, not the amount"),
        "trade.us_imports_from_japan": F(186700000000, period="2025", as_written="and imports from Japan to $186.7 billion", note="verb elided; year carried"),
        "trade.us_goods_imports_from_japan": F(141500000000, period="2025", as_written="Goods and services made up $141.5 billion and $45.2 billion of imports, respectively"),
        "trade.us_services_imports_from_japan": F(45200000000, period="2025", as_written="Goods and services made up $141.5 billion and $45.2 billion of imports, respectively"),
        "trade.goods_deficit": F(65200000000, period="2025", as_written="The goods deficit narrowed to $65.2 billion as shipments of Japanese vehicles fell", note="also Table 1's 2025 goods balance"),
        "trade.goods_deficit_rank": F(8, period="2025", as_written="Only seven partners, among them Mexico, China, Vietnam, and Taiwan, accounted for larger U.S. goods deficits in 2025", note="rank by exclusion: seven larger, so eighth"),
        "trade.fdi_source_rank": F(1, period="2025", as_written="Japanese firms' stock of direct investment in the United States stood at $776 billion at the end of 2025, more than any other country's, for the seventh year running"),
        "trade.japan_fdi_stock_in_us": F(776000000000, period="2025", as_written="Japanese firms' stock of direct investment in the United States stood at $776 billion at the end of 2025"),
        "trade.us_fdi_stock_in_japan": F(74000000000, period="2025", as_written="American firms held $74 billion in Japan at the same date", note="date carried from the sentence before; 'better than ten to one' is a ratio"),
        "trade.treasury_holder_rank": F(1, period="2026-06", as_written="Japan is also the largest foreign holder of U.S. Treasury securities: $1.18 trillion at the end of June", note="June 2026 (year from the cover)"),
        "agreements.usjta_signed": D("2019-10-07", as_written="The resulting U.S.-Japan Trade Agreement (USJTA) ... and a companion U.S.-Japan Digital Trade Agreement were signed on October 7, 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="both went into effect on January 1, 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="both went into effect on January 1, 2020"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="the two countries also signed the U.S.-Japan Critical Minerals Agreement on March 28, 2023", note="the October 2025 rare-earths framework is a trap"),
    },
    "elections": {
        "ldp_president_2025": E("LDP president", "2025-10-04", "held", result="Takaichi won the LDP leadership"),
        "upper_house_2025": E("Upper House", "2025-07", "held", result="LDP and Komeito lost their majority"),
        "lower_house_2026": E("Lower House", "2026-02-08", "held", result="LDP won 316 of 465 seats"),
        "upper_house_2028": E("Upper House", "2028-07", "upcoming", note="'is next elected in July 2028'"),
    },
    "events": {
        "tariff_talks_announced": EV("After a Trump-Ishiba call, the two governments say negotiations will begin", "2025-04-07", "held"),
        "section122_surcharge_expired": EV("The 10% Section 122 surcharge expires after 150 days", "2026-07-23", "held"),
        "first_negotiating_round": EV("First formal round of U.S.-Japan trade negotiations", "2019-04", "held"),
        "stage_one_deal_finalized": EV("Trump and Abe announce they have finalized a first-stage deal", "2019-09-25", "held"),
    },
    "notes": "Traps: 'For the third time in little more than a year' (a count); 'Section 301 of the Trade Act of 1974' (year of a law); 'after the 150 days the statute allows'; 'the framework agreement the two countries reached last year' (year only; the announcement date is July 22, 2025); bullet 'two and a half points above the surcharge it replaced' (a difference); bullet 'Steel, aluminum, and copper ...: 50% (Section 232)' (not autos or most goods); bullet 'Semiconductors and pharmaceuticals: capped at 15% under the framework should Section 232 duties be imposed' (a conditional cap); 'announced \"reciprocal\" tariffs on April 2, 2025, setting Japan's rate at 24%' and 'The 24% rate was suspended two days later in favor of a 10% baseline' (announced, suspended, past); 'a July 7 letter from the President warned of 25% from August 1' (threatened); 'An executive order and a memorandum of understanding (MOU), both dated September 4' (not the announcement); 'which had paid 27.5% (a 25% Section 232 duty plus the 2.5% MFN rate) since April 3' (past auto rates); 'through loans, guarantees, and equity' ; 'Purchases were part of the bargain as well: 100 Boeing jets, and U.S. farm products worth about $8 billion annually' (purchases, not the pledge); 'Seoul struck a comparable deal a week later, pledging $350 billion' and 'the European Union settled on a 15% ceiling' (other countries); 'projects ... that it values at $70 billion to $80 billion' (a range of announced projects, not the pledge); 'held, 6-3'; 'The decision voided the 15% framework rate' (the IEEPA rate, no longer charged); 'Four days later' (the surcharge's start, February 24); 'limits such a surcharge to 15% and to 150 days' (statutory cap); 'Its May proposal for Japan offered rates ranging from 10% to 15%' (proposed range); 'the final determination, published July 17' (not the effective date); 'Rates imposed on other partners in the same round run from 10% to 25%' (other countries); 'could raise Japan's rate to 25%' (threatened); 'may reach $20 billion to $25 billion' (refunds); 'became Japan's first female prime minister later that month' and 'Her predecessor, Ishiba' (former prime minister); 'the LDP won 316 of the 465 seats' (no IF11120 fact); 'one place lower than a decade earlier' (a past rank); 'both below their 2024 levels' and Table 1's 2024 column (past year); 'roughly two-fifths of it' (a fraction, no fact); Table 1's total and balance rows for 2024; Figure 1 (autos and parts imports 2021-2025, $ billions, ticks 0-60, no value labels); 'among them Mexico, China, Vietnam, and Taiwan' (other countries); 'for the seventh year running' (a count of years beside the FDI rank); 'a ratio of better than ten to one'; 'against $0.91 trillion for the United Kingdom and $0.73 trillion for China' (other countries' holdings); 'Negotiations agreed in September 2018' (not a tracked event); 'then-Prime Minister Abe Shinzo' (former); 'about $7.2 billion of U.S. farm exports'; 'Under President Biden' (former president); 'A separate framework on rare earths followed in October 2025' (not the Critical Minerals Agreement); Issues for Congress bullets; layout text: pdftotext -layout of the two-column PDF (NBSP, hyphenated line ends), the bullet lists, Table 1 and Figure 1 in the columns",
}
