from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "LA2-IF11120-2026-05", "fresh31", "IF11120", 25
TITLE = "U.S.-Japan Trade Agreements and Tariff Negotiations"
LAYOUTS = ["html", "interleaved"]
PDF_OPTS = ["nbsp", "hyph"]
SIDEBAR = "Bilateral Trade and Investment at a Glance"
CHART = {"unit": "$ billions", "ymax": 60, "ticks": [0, 15, 30, 45, 60],
         "series": ["U.S. imports of motor vehicles and parts from Japan"],
         "bars": {"2021": (39.2,), "2022": (42.7,), "2023": (50.6,), "2024": (55.3,), "2025": (48.1,)}}

MD = """
U.S.-Japan Trade Agreements and Tariff Negotiations

Updated May 28, 2026

## Overview

The tariff bargain that Washington and Tokyo struck in 2025 has lost its legal anchor, though neither side has walked away from it. On February 20, 2026, the Supreme Court held, by a vote of 6-3, that the International Emergency Economic Powers Act (IEEPA) gives the President no authority to impose tariffs. The "reciprocal" duties levied under that statute, among them the 15% all-inclusive rate negotiated for Japan, were voided by the decision. They have been replaced, for now, by a 10% temporary import surcharge under Section 122 of the Trade Act of 1974, which is charged on goods from Japan and nearly every other source in addition to ordinary most-favored-nation (MFN) duties. Whether Japan's goods will again pay 15% once the surcharge lapses is the central open question of this report.

Congress has a direct stake. Section 122 tariffs may be extended beyond 150 days only by an act of Congress, and several Members have introduced bills either to extend or to end them.

## How the 2025 Framework Came About

Japan was an early target of the second Trump Administration's tariff actions. Key steps in 2025:

- April 2: a 24% "reciprocal" tariff was announced for Japan (it was never collected);
- April 7: following a call between President Donald J. Trump and then-Prime Minister Ishiba Shigeru, the White House said Japan would be among the first partners invited to negotiate;
- April 9: the country-specific rates were suspended for 90 days, leaving a 10% baseline in place;
- July 7: a presidential letter warned of 25% on Japanese goods from August 1;
- July 22: the President announced that the two sides had reached a framework agreement;
- September 4: an executive order and a memorandum of understanding (MOU) on investment put the terms into effect.

In return for the 15% ceiling, inclusive of MFN duties, which applied to most goods from August 7, Japan undertook to finance $550 billion of investment in U.S. projects selected by an investment committee chaired by the Secretary of Commerce, with the money to be committed before January 19, 2029. Cash flows from each project are to be shared equally until Japan's outlay is recouped; the United States keeps 90% thereafter. In February, the first three projects, worth roughly $36 billion together, were announced. Japan also said it would buy 100 Boeing aircraft and expand rice imports by 75%.

## Where U.S. Tariffs Stand

Section 232 of the Trade Expansion Act of 1962, under which most sectoral tariffs have been imposed, was not before the Court. Automobiles and auto parts from Japan are thus still charged 15%, the rate set by the framework on September 16, 2025, in place of the 27.5% (a 25% Section 232 duty plus the 2.5% MFN tariff) collected since April 3 of that year. Japanese steel, aluminum, and copper continue to face 50%.

Table 1. U.S. Tariffs on Imports from Japan, May 2026

| Goods | Authority | Rate | Status |
| --- | --- | --- | --- |
| Most goods | IEEPA | 15% | voided February 20 |
| Most goods | Section 122 | 10% | in effect since February 24 |
| Most goods | Section 301 | 12.5% | proposed |
| Autos and parts | Section 232 | 15% | in effect |
| Steel, aluminum, copper | Section 232 | 50% | in effect |

Source: CRS, from proclamations, executive orders, and Federal Register notices.

The surcharge, which took effect February 24, is capped by statute at 15% and at 150 days; unless extended by Congress, it will expire in late July 2026. The Administration has said it will not let the tariff wall drop. In March, the U.S. Trade Representative (USTR) opened Section 301 investigations of more than a dozen trading partners, Japan among them, and on May 12 it proposed an additional duty of 12.5% on most Japanese goods, with public comments due by June 22. A rate in the range of 10% to 20% has been proposed for other partners.

Refund claims are pending. Importers have filed thousands of suits at the Court of International Trade seeking the return of IEEPA duties; Japanese goods may account for $15 billion to $20 billion of the sums at issue.

## Japan's Response

Prime Minister Takaichi Sanae, whose Liberal Democratic Party (LDP) won a commanding majority in the Lower House election of February 8, 2026, has said Japan will keep its investment promises provided U.S. tariffs on its goods do not exceed the levels agreed last year. Her government, a coalition of the LDP and the Japan Innovation Party (Ishin), still lacks a majority in the Upper House, which the ruling parties lost in July 2025. Some Japanese officials have argued that a 12.5% Section 301 tariff on top of MFN duties would, for some products, be costlier than the framework's 15% ceiling.

## Bilateral Trade and Investment at a Glance

- Japan was the sixth-largest U.S. trading partner in 2025, counting goods and services together.
- U.S. exports to Japan in 2025: $130.1 billion, of which $77.8 billion were goods and $52.3 billion services.
- Japan ranks first among foreign sources of direct investment in the United States.

**Figure 1. U.S. Motor Vehicle Imports from Japan, 2021-2025**

Source: CRS, with U.S. Census Bureau data.

## Trade Flows and Investment

U.S. imports from Japan fell in 2025, to $185.3 billion, as automakers shipped fewer cars ahead of and after the tariff increases. Goods and services made up $139.4 billion and $45.9 billion of that total, respectively. Compared with $69.9 billion in 2024, the U.S. goods deficit with Japan shrank to $61.6 billion, the eighth-largest U.S. bilateral goods deficit last year. Japan supplied a little under 5% of U.S. goods imports.

Investment ties are deeper than trade ties. The stock of Japanese direct investment in the United States, nearly $800 billion at the end of 2024, is larger than any other country's; U.S. firms' holdings in Japan, about $75 billion in 2024, are roughly a tenth as large. Tokyo's holdings of U.S. Treasury securities, some $1.2 trillion as of March, are likewise the largest of any foreign government.

## Earlier Agreements

Two agreements from President Trump's first term remain in force. Formal talks opened in April 2019, and on September 25, 2019, the leaders announced in New York that they had finalized a limited deal. Its two parts, the U.S.-Japan Trade Agreement (USJTA), on tariffs, and the U.S.-Japan Digital Trade Agreement, were signed on October 7, 2019, and entered into force on the first day of 2020. A third accord, the U.S.-Japan Critical Minerals Agreement, was signed on March 28, 2023; it allowed minerals processed in Japan to count toward the clean vehicle tax credit, which Congress ended for vehicles acquired after September 30, 2025.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald J. Trump", note="in the April 7 bullet"),
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "Prime Minister Takaichi Sanae", note="family name first; 'then-Prime Minister Ishiba Shigeru' is a former PM"),
        "tariffs.us_tariff_most_imports": F(10, period="2026-02-24", as_written="They have been replaced, for now, by a 10% temporary import surcharge under Section 122 of the Trade Act of 1974, which is charged on goods from Japan and nearly every other source", note="also Table 1's Section 122 row, 'in effect since February 24'"),
        "tariffs.ieepa_rate": F(15, period="2025-08-07", as_written="among them the 15% all-inclusive rate negotiated for Japan, were voided by the decision", note="the framework rate, voided (as extract-dev D6); also 'the 15% ceiling, inclusive of MFN duties, which applied to most goods from August 7' and Table 1's IEEPA row"),
        "tariffs.section232_autos": F(15, period="2025-09-16", as_written="Automobiles and auto parts from Japan are thus still charged 15%, the rate set by the framework on September 16, 2025"),
        "tariffs.section122_surcharge": F(10, as_written="a 10% temporary import surcharge under Section 122 of the Trade Act of 1974", note="also Table 1"),
        "tariffs.ieepa_ruling": D("2026-02-20", as_written="On February 20, 2026, the Supreme Court held, by a vote of 6-3, that the International Emergency Economic Powers Act (IEEPA) gives the President no authority to impose tariffs"),
        "framework.announced": D("2025-07-22", as_written="July 22: the President announced that the two sides had reached a framework agreement", note="bullet; year from the lead-in 'Key steps in 2025'"),
        "framework.investment_pledge": F(550000000000, by="2029-01-19", as_written="Japan undertook to finance $550 billion of investment in U.S. projects selected by an investment committee chaired by the Secretary of Commerce, with the money to be committed before January 19, 2029"),
        "trade.overall_partner_rank": F(6, period="2025", as_written="Japan was the sixth-largest U.S. trading partner in 2025, counting goods and services together", note="sidebar bullet"),
        "trade.us_exports_to_japan": F(130100000000, period="2025", as_written="U.S. exports to Japan in 2025: $130.1 billion", note="sidebar bullet"),
        "trade.us_goods_exports_to_japan": F(77800000000, period="2025", as_written="of which $77.8 billion were goods"),
        "trade.us_services_exports_to_japan": F(52300000000, period="2025", as_written="and $52.3 billion services", note="verb elided"),
        "trade.fdi_source_rank": F(1, as_written="Japan ranks first among foreign sources of direct investment in the United States", note="sidebar; also 'is larger than any other country's'"),
        "trade.us_imports_from_japan": F(185300000000, period="2025", as_written="U.S. imports from Japan fell in 2025, to $185.3 billion"),
        "trade.us_goods_imports_from_japan": F(139400000000, period="2025", as_written="Goods and services made up $139.4 billion and $45.9 billion of that total, respectively"),
        "trade.us_services_imports_from_japan": F(45900000000, period="2025", as_written="Goods and services made up $139.4 billion and $45.9 billion of that total, respectively"),
        "trade.goods_deficit": F(61600000000, period="2025", as_written="Compared with $69.9 billion in 2024, the U.S. goods deficit with Japan shrank to $61.6 billion", note="year from 'last year' and the paragraph's 2025; 2024's $69.9 billion is a trap"),
        "trade.goods_deficit_rank": F(8, period="2025", as_written="the eighth-largest U.S. bilateral goods deficit last year"),
        "trade.japan_fdi_stock_in_us": F(800000000000, "nearly", period="2024", as_written="The stock of Japanese direct investment in the United States, nearly $800 billion at the end of 2024"),
        "trade.us_fdi_stock_in_japan": F(75000000000, "about", period="2024", as_written="U.S. firms' holdings in Japan, about $75 billion in 2024", note="'roughly a tenth as large' is the ratio"),
        "trade.treasury_holder_rank": F(1, period="2026-03", as_written="Tokyo's holdings of U.S. Treasury securities, some $1.2 trillion as of March, are likewise the largest of any foreign government"),
        "agreements.usjta_signed": D("2019-10-07", as_written="were signed on October 7, 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="and entered into force on the first day of 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="and entered into force on the first day of 2020", note="both parts share the sentence"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="A third accord, the U.S.-Japan Critical Minerals Agreement, was signed on March 28, 2023"),
    },
    "elections": {
        "lower_house_2026": E("Lower House", "2026-02-08", "held", result="LDP won a commanding majority"),
        "upper_house_2025": E("Upper House", "2025-07", "held", result="ruling parties lost their majority"),
    },
    "events": {
        "tariff_talks_announced": EV("White House says Japan will be among the first partners invited to negotiate", "2025-04-07", "held"),
        "section122_surcharge_expired": EV("The 10% Section 122 surcharge expires after 150 days unless extended by Congress", "2026-07", "upcoming"),
        "first_negotiating_round": EV("Formal U.S.-Japan trade talks open", "2019-04", "held"),
        "stage_one_deal_finalized": EV("Leaders announce in New York that they have finalized a limited deal", "2019-09-25", "held"),
    },
    "notes": "Traps: 'by a vote of 6-3'; 'Section 122 of the Trade Act of 1974' (year of a law); 'Whether Japan's goods will again pay 15% once the surcharge lapses' (hypothetical); 'Section 122 tariffs may be extended beyond 150 days only by an act of Congress'; bullets 'April 2: a 24% \"reciprocal\" tariff was announced for Japan (it was never collected)' (announced), 'April 9: the country-specific rates were suspended for 90 days, leaving a 10% baseline in place' (past baseline, not the Section 122 surcharge), 'July 7: a presidential letter warned of 25% on Japanese goods from August 1' (threatened), 'September 4: an executive order and a memorandum of understanding (MOU)' (not the announcement); 'the United States keeps 90% thereafter'; 'the first three projects, worth roughly $36 billion together' (not the pledge); '100 Boeing aircraft' and 'expand rice imports by 75%'; 'Section 232 of the Trade Expansion Act of 1962'; 'in place of the 27.5% (a 25% Section 232 duty plus the 2.5% MFN tariff) collected since April 3 of that year' (past auto rate); 'Japanese steel, aluminum, and copper continue to face 50%' and Table 1's steel row; Table 1's IEEPA row (15%, voided: the IEEPA rate, not the current tariff) and Section 301 row (12.5%, proposed); 'capped by statute at 15% and at 150 days' (statutory cap); 'on May 12 it proposed an additional duty of 12.5% on most Japanese goods, with public comments due by June 22' (proposed, not in effect); 'A rate in the range of 10% to 20% has been proposed for other partners'; 'Japanese goods may account for $15 billion to $20 billion' (refunds); 'the levels agreed last year'; 'a 12.5% Section 301 tariff on top of MFN duties would, for some products, be costlier than the framework's 15% ceiling' (hypothetical); Figure 1 (motor vehicle imports 2021-2025, one series, ticks 0-60, no values; floated into the html sidebar); 'Compared with $69.9 billion in 2024' (prior-year deficit); 'a little under 5% of U.S. goods imports' (import share); 'roughly a tenth as large' (a ratio, not the U.S. stock); 'some $1.2 trillion' (Treasury holdings); 'the clean vehicle tax credit, which Congress ended for vehicles acquired after September 30, 2025'. HTML: sidebar 'Bilateral Trade and Investment at a Glance' (aside with the bullets and Figure 1); interleaved: PDF lines of the two columns alternating, NBSP and hyphenated line ends.",
}
