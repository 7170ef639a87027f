from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "Z4-IF11120-2026-06", "fresh5", "IF11120", 27
TITLE = "U.S.-Japan Trade Agreements and Tariff Negotiations"
LAYOUTS = ["html", "pdf", "layout"]
PDF_OPTS = ["lig", "quotes", "hyph"]
SIDEBAR = "Tariff Timeline"
CHART = {"unit": "$ billions", "ymax": 160, "ticks": [0, 40, 80, 120, 160],
         "series": ["U.S. goods exports to Japan", "U.S. goods imports from Japan"],
         "bars": {"2021": (74.6, 135.1), "2022": (80.2, 148.1), "2023": (76.9, 148.0), "2024": (79.7, 149.6), "2025": (80.9, 140.6)}}

MD = """
U.S.-Japan Trade Agreements and Tariff Negotiations

Updated June 16, 2026

## Overview

U.S. tariffs on Japanese goods have been recast twice in less than a year: first by the bilateral framework agreement reached in July 2025, then by the Supreme Court's February 20, 2026, decision that the International Emergency Economic Powers Act (IEEPA) gives the President no power to impose tariffs. Most goods from Japan now bear a temporary 10% import surcharge under Section 122 of the Trade Act of 1974, in place of the framework's 15% IEEPA tariff. The surcharge is due to lapse in the last week of July 2026, and the Trump Administration is preparing a replacement under Section 301. Tokyo, meanwhile, is trying to keep the framework's investment commitments on track while it weighs how to respond.

## Tariff Timeline

Table 1. U.S. Tariff on Most Goods from Japan

| Applied | Legal basis | Rate |
| --- | --- | --- |
| Apr.-Aug. 2025 | IEEPA | 10% |
| Aug. 2025-Feb. 2026 | IEEPA | 15% |
| Since Feb. 24, 2026 | Sec. 122 | 10% |
| Proposed | Sec. 301 | 12.5% |

Source: CRS, from presidential actions and USTR notices. Rates include the MFN duty where the framework so provided.

## From Threat to Framework

Japan's path to a deal began with a setback. On April 2, 2025, President Trump assigned Japan a 24% "reciprocal" IEEPA rate; a week later, he paused such country-specific rates and left a 10% baseline on nearly all trading partners. Japan was among the first governments to seek talks, and the two sides agreed on April 7, 2025, to open negotiations, led on the Japanese side by Akazawa Ryosei. A 25% Section 232 tariff on imported passenger vehicles had meanwhile taken effect on April 3, which, with the 2.5% MFN duty, raised the charge on Japanese cars to 27.5%. On July 7, the President wrote to then-Prime Minister Ishiba Shigeru that Japanese goods would face 25% from August 1 absent an agreement.

The President announced the framework on July 22, 2025. A September 4 executive order and a memorandum of understanding set out its main terms:

- Tariff. A single 15% IEEPA rate, inclusive of MFN duties, on most Japanese goods, collected from August 7, 2025.
- Autos. The Section 232 tariff on Japanese vehicles and parts reduced to 15%, effective September 16, 2025.
- Investment. $550 billion in U.S. projects chosen by the Administration, to be funded by Japan before January 19, 2029, with cash flows split evenly until Japan is repaid and 90% to the United States after that.
- Purchases. 100 Boeing aircraft and $8 billion a year of U.S. farm goods, including a 75% increase in U.S. rice bought under Japan's existing quota.

South Korea and the European Union accepted similar 15% rates, with investment pledges of $350 billion and $600 billion, respectively.

## The Ruling and Its Aftermath

In Learning Resources, Inc. v. Trump, the Court held 6-3 that IEEPA's authority to "regulate ... importation" does not extend to tariffs. The ruling voided the framework's 15% rate along with every other IEEPA tariff. Four days later, the President imposed a 10% surcharge on imports from nearly all countries under Section 122, which permits a surcharge of up to 15% for no more than 150 days to deal with balance-of-payments problems. Congress has not voted to extend it.

USTR opened Section 301 investigations of Japan and 15 other trading partners in March. On June 2, it proposed a 12.5% tariff on most goods from Japan, to take effect when the surcharge ends; comments are due by July 1. Importers, for their part, have sought refunds of IEEPA duties, which on Japanese goods alone are estimated at about $22 billion.

Section 232 duties were not before the Court. Japanese autos and parts still pay 15%, steel, aluminum, and copper 50%, and medium and heavy trucks 25%, a rate in force since November 1, 2025. In February 2026, the two governments named the first projects to be financed under the investment pledge, worth some $36 billion, including a natural gas power plant in Ohio.

## Politics in Tokyo

Prime Minister Takaichi Sanae, in office since October 2025, has said Japan will honor the framework as long as the United States does. Her Liberal Democratic Party (LDP) won more than two-thirds of Lower House seats on its own in the snap election of February 8, 2026, giving her a freer hand in the Diet. The LDP and its coalition partner, the Japan Innovation Party (Ishin), remain short of a majority in the Upper House, where the next regular election is due in July 2028.

## Trade and Investment

The United States traded more with only five partners than with Japan in 2025. U.S. exports of goods and services to Japan reached $131.4 billion last year. Goods made up just under $81 billion of the total, and services the rest, about $50.5 billion. Imports from Japan declined to $183.0 billion, their lowest level since 2021, as automakers shipped fewer vehicles and drew down inventories built up ahead of the tariffs. Goods accounted for $140.6 billion of that amount and services for $42.4 billion.

**Figure 1. U.S. Goods Trade with Japan, 2021-2025**

Source: CRS, with U.S. Census Bureau data.

The U.S. goods deficit with Japan narrowed to $59.7 billion, from $69.9 billion in 2024. Seven countries, led by China, Mexico, and Vietnam, ran larger goods surpluses with the United States.

Japan has been the largest foreign direct investor in the United States every year since 2019; its FDI position reached nearly $793 billion at the end of 2024. U.S. direct investment in Japan, about $75 billion that year, is roughly a tenth as large. Japan's holdings of U.S. Treasury securities, roughly $1.2 trillion in March 2026, are larger than any other foreign country's; the United Kingdom has overtaken China for second place.

## Earlier Agreements

The U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement, signed in October 2019, have applied since January 1, 2020; the Court's ruling did not affect them. The Critical Minerals Agreement, which Japan and the United States signed in March 2023, is likewise unaffected. During the President's visit to Tokyo on October 28, 2025, the two leaders signed a separate framework on securing supplies of critical minerals and rare earths.

## Issues for Congress

Congress may consider whether to extend the Section 122 surcharge beyond 150 days, which only an act of Congress can do; how USTR's proposed Section 301 action squares with the framework; how the investment mechanism selects projects and accounts for returns; and whether any new arrangement with Japan should be submitted for approval.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Trump", note="given name not written; also 'the Trump Administration'"),
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "Prime Minister Takaichi Sanae", note="family name first; 'then-Prime Minister Ishiba Shigeru' is a former prime minister"),
        "tariffs.us_tariff_most_imports": F(10, period="2026-02-24", as_written="Most goods from Japan now bear a temporary 10% import surcharge under Section 122 of the Trade Act of 1974", note="also Table 1's 'Since Feb. 24, 2026 | Sec. 122 | 10%' row"),
        "tariffs.ieepa_rate": F(15, period="2025-08-07", as_written="in place of the framework's 15% IEEPA tariff", note="the framework rate, voided by the ruling (as extract-dev D6); also the bullet 'A single 15% IEEPA rate, inclusive of MFN duties, on most Japanese goods, collected from August 7, 2025' and Table 1's 'Aug. 2025-Feb. 2026' row"),
        "tariffs.section232_autos": F(15, as_written="The Section 232 tariff on Japanese vehicles and parts reduced to 15%, effective September 16, 2025", note="also 'Japanese autos and parts still pay 15%'"),
        "tariffs.section122_surcharge": F(10, as_written="Most goods from Japan now bear a temporary 10% import surcharge under Section 122", note="also 'the President imposed a 10% surcharge on imports from nearly all countries under Section 122'"),
        "tariffs.ieepa_ruling": D("2026-02-20", as_written="the Supreme Court's February 20, 2026, decision that the International Emergency Economic Powers Act (IEEPA) gives the President no power to impose tariffs"),
        "framework.announced": D("2025-07-22", as_written="The President announced the framework on July 22, 2025", note="also 'the bilateral framework agreement reached in July 2025'"),
        "framework.investment_pledge": F(550000000000, by="2029-01-19", as_written="$550 billion in U.S. projects chosen by the Administration, to be funded by Japan before January 19, 2029"),
        "trade.overall_partner_rank": F(6, period="2025", as_written="The United States traded more with only five partners than with Japan in 2025", note="five + 1"),
        "trade.us_exports_to_japan": F(131400000000, period="2025", as_written="U.S. exports of goods and services to Japan reached $131.4 billion last year", note="'last year' = 2025 (also the year of the sentence before)"),
        "trade.us_goods_exports_to_japan": F(81000000000, "under", period="2025", as_written="Goods made up just under $81 billion of the total"),
        "trade.us_services_exports_to_japan": F(50500000000, "about", period="2025", as_written="and services the rest, about $50.5 billion"),
        "trade.us_imports_from_japan": F(183000000000, period="2025", as_written="Imports from Japan declined to $183.0 billion, their lowest level since 2021"),
        "trade.us_goods_imports_from_japan": F(140600000000, period="2025", as_written="Goods accounted for $140.6 billion of that amount"),
        "trade.us_services_imports_from_japan": F(42400000000, period="2025", as_written="and services for $42.4 billion"),
        "trade.goods_deficit": F(59700000000, period="2025", as_written="The U.S. goods deficit with Japan narrowed to $59.7 billion, from $69.9 billion in 2024"),
        "trade.goods_deficit_rank": F(8, period="2025", as_written="Seven countries, led by China, Mexico, and Vietnam, ran larger goods surpluses with the United States", note="seven + 1"),
        "trade.fdi_source_rank": F(1, as_written="Japan has been the largest foreign direct investor in the United States every year since 2019"),
        "trade.japan_fdi_stock_in_us": F(793000000000, "nearly", period="2024", as_written="its FDI position reached nearly $793 billion at the end of 2024"),
        "trade.us_fdi_stock_in_japan": F(75000000000, "about", period="2024", as_written="U.S. direct investment in Japan, about $75 billion that year"),
        "trade.treasury_holder_rank": F(1, as_written="Japan's holdings of U.S. Treasury securities, roughly $1.2 trillion in March 2026, are larger than any other foreign country's"),
        "agreements.usjta_signed": D("2019-10", as_written="The U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement, signed in October 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="have applied since January 1, 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="have applied since January 1, 2020"),
        "agreements.critical_minerals_signed": D("2023-03", as_written="The Critical Minerals Agreement, which Japan and the United States signed in March 2023"),
    },
    "elections": {
        "lower_house_2026": E("Lower House", "2026-02-08", "held", result="LDP alone won more than two-thirds of the seats"),
        "upper_house_2028": E("Upper House", "2028-07", "upcoming"),
    },
    "events": {
        "tariff_talks_announced": EV("The two sides agree to open tariff negotiations", "2025-04-07", "held"),
        "section122_surcharge_expired": EV("The 10% Section 122 surcharge lapses", "2026-07", "upcoming"),
    },
    "notes": "Traps: 'recast twice in less than a year'; 'the bilateral framework agreement reached in July 2025' (month; the day is given later); 'Section 122 of the Trade Act of 1974' (year of a law); 'in place of the framework's 15% IEEPA tariff' (the IEEPA rate, no longer the tariff on most imports); 'due to lapse in the last week of July 2026' (upcoming `section122_surcharge_expired`, month); Table 1 rows 'Apr.-Aug. 2025 | IEEPA | 10%' (past baseline), 'Aug. 2025-Feb. 2026 | IEEPA | 15%' (the IEEPA rate, past as the tariff on most imports), 'Proposed | Sec. 301 | 12.5%' (proposed, not in effect); 'On April 2, 2025, President Trump assigned Japan a 24% \"reciprocal\" IEEPA rate' (announced, paused), 'left a 10% baseline on nearly all trading partners' (past); 'A 25% Section 232 tariff on imported passenger vehicles had meanwhile taken effect on April 3' and 'with the 2.5% MFN duty, raised the charge on Japanese cars to 27.5%' (past auto rates); 'On July 7, the President wrote to then-Prime Minister Ishiba Shigeru that Japanese goods would face 25% from August 1' (threatened; former prime minister); 'A September 4 executive order and a memorandum of understanding' (not the announcement); bullet 'with cash flows split evenly until Japan is repaid and 90% to the United States after that'; bullet '100 Boeing aircraft and $8 billion a year of U.S. farm goods, including a 75% increase in U.S. rice' (purchases); 'South Korea and the European Union accepted similar 15% rates, with investment pledges of $350 billion and $600 billion, respectively' (other partners); 'the Court held 6-3'; 'Four days later' (the surcharge began February 24); 'permits a surcharge of up to 15% for no more than 150 days' (statutory cap); 'USTR opened Section 301 investigations of Japan and 15 other trading partners in March'; 'On June 2, it proposed a 12.5% tariff on most goods from Japan, to take effect when the surcharge ends; comments are due by July 1' (proposed); 'refunds of IEEPA duties, which on Japanese goods alone are estimated at about $22 billion'; 'steel, aluminum, and copper 50%, and medium and heavy trucks 25%, a rate in force since November 1, 2025' (not autos); 'the first projects to be financed under the investment pledge, worth some $36 billion' (not the pledge); 'in office since October 2025'; 'won more than two-thirds of Lower House seats on its own in the snap election of February 8, 2026' (held `lower_house_2026`); 'the next regular election is due in July 2028' (upcoming `upper_house_2028`); 'their lowest level since 2021'; Figure 1 (PDF/layout: year labels 2021-2025, ticks 0-160, two-series legend, no values; HTML: in the sidebar box); 'from $69.9 billion in 2024' (past deficit); 'Seven countries, led by China, Mexico, and Vietnam' (rank 8, not 7 or 3); 'every year since 2019' (a year beside the FDI rank: rank 1); 'is roughly a tenth as large' (ratio); 'roughly $1.2 trillion in March 2026' (Treasury holdings); 'the United Kingdom has overtaken China for second place' (other countries' ranks); 'on October 28, 2025, the two leaders signed a separate framework on securing supplies of critical minerals and rare earths' (not the 2023 agreement); 'beyond 150 days'. HTML: Table 1 ('Tariff Timeline') and Figure 1 float in the sidebar box. PDF: ligatures, curly quotes, hyphenated line ends; layout: pdftotext -layout runs the two columns side by side, Table 1 and the bullet list among them.",
}
