from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "BB2-IF11120-2026-06", "fresh8", "IF11120", 25
TITLE = "U.S.-Japan Trade Agreements and Tariff Negotiations"
LAYOUTS = ["html", "pdf", "interleaved"]
PDF_OPTS = ["quotes", "hyph"]
SIDEBAR = "Tariffs on Japanese Goods at a Glance"
CHART = {"unit": "$ billions", "ymax": 60, "ticks": [0, 20, 40, 60],
         "series": ["U.S. services exports to Japan", "U.S. services imports from Japan"],
         "bars": {"2021": (37.6, 32.7), "2022": (39.9, 32.2), "2023": (44.4, 36.0), "2024": (49.4, 42.8), "2025": (50.5, 42.4)}}

MD = """
U.S.-Japan Trade Agreements and Tariff Negotiations

Updated June 24, 2026

## Overview

Most goods that the United States buys from Japan currently enter subject to a temporary import surcharge of 10%, imposed under Section 122 of the Trade Act of 1974. It replaced the 15% "reciprocal" tariff that President Donald J. Trump had applied to Japan under the International Emergency Economic Powers Act (IEEPA) as part of a bilateral framework agreement concluded in 2025. That tariff lost its legal basis on February 20, 2026, when the Supreme Court held that IEEPA does not authorize the President to impose tariffs. Section 122 allows a surcharge to stay in place for no more than 150 days unless Congress extends it; barring such action, this one will lapse on July 23, 2026.

The ruling did not touch tariffs imposed under Section 232 of the Trade Expansion Act of 1962, nor Japan's commitment to finance $550 billion of investment in the United States. Both governments say they intend to keep implementing the framework. Prime Minister Takaichi Sanae, whose Liberal Democratic Party (LDP) won 316 of the 465 Lower House seats on its own in a snap election held February 8, 2026, has made continued compliance conditional on the United States holding to the framework's tariff ceiling. This In Focus reviews the framework, the legal changes since February, and bilateral trade and investment data.

## From Reciprocal Tariffs to a Framework

Japan was among the first partners with which the Administration opened talks after its April 2025 tariff announcements. On April 2, 2025, the President announced a country-specific IEEPA rate of 24% for Japan, to sit above a 10% baseline tariff that took effect on April 5; the higher rate was suspended a week later. The decision to negotiate followed an April 7, 2025, telephone call between the President and then-Prime Minister Ishiba Shigeru, and Japan's lead negotiator, Akazawa Ryosei, began shuttling to Washington within days. A July 7 letter from the President warned that a 25% rate would apply from August 1 absent a deal.

The framework was made public on July 22, 2025. Its terms were later written into an executive order and a memorandum of understanding (MOU), both dated September 4.

## What the Framework Did

- **A single rate.** From August 7, 2025, most Japanese goods paid one IEEPA rate of 15%, with most-favored-nation (MFN) duties counted within it; goods whose MFN duty already exceeded 15% paid only that duty.
- **Autos.** The Section 232 tariff on Japanese cars and auto parts was cut to 15% effective September 16, 2025, from the 27.5% (25% plus the 2.5% MFN duty) charged since April 3, 2025.
- **Future sectoral tariffs.** Japan was promised that any Section 232 tariffs on pharmaceuticals and semiconductors would be no higher than those applied to any other country.
- **Investment.** Japan undertook to finance $550 billion of investment in U.S. projects selected by the U.S. government, with funds to be committed before January 19, 2029. Cash flows are split evenly until Japan recoups its funding, after which 90% goes to the United States.
- **Purchases.** Japan agreed to buy 100 Boeing aircraft and about $8 billion of U.S. agricultural products a year, and to raise U.S. rice purchases by 75% within its existing minimum-access quota.

Other partners struck deals of similar shape: the European Union accepted a 15% ceiling with an expectation of $600 billion in company investment, and South Korea a 15% rate with a $350 billion commitment.

## After the Supreme Court Ruling

Six justices agreed that IEEPA's authority to "regulate" importation does not extend to tariffs, ending the legal footing for every IEEPA duty, including Japan's framework rate. The President proclaimed a Section 122 surcharge the same day, effective February 24, on imports from nearly all countries. He said a day later that he would lift it to the statutory maximum of 15%, but no order to that effect has been issued. For Japanese goods, the surcharge therefore stands at ten percent, five points below the rate it displaced. Importers have asked the Court of International Trade to order refunds of IEEPA duties; those paid on Japanese goods are estimated at more than $20 billion.

To succeed the surcharge, the U.S. Trade Representative (USTR) opened Section 301 investigations in March 2026 into the practices of a number of trading partners, Japan among them. Among the options USTR has published for comment is an additional 12.5% duty on most Japanese goods, which could take effect as the surcharge ends. Tokyo has argued that any successor tariff should respect the all-inclusive 15% ceiling it negotiated.

## Tariffs on Japanese Goods at a Glance

Table 1. U.S. Tariffs on Goods from Japan, June 2026

| Measure | Goods | Rate |
| --- | --- | --- |
| Section 122 (in effect) | Most goods | 10% |
| Section 232 (in effect) | Cars, auto parts | 15% |
| Section 232 (in effect) | Steel, aluminum, copper | 50% |
| Section 232 (in effect) | Medium and heavy trucks | 25% |
| IEEPA (ended Feb. 2026) | Most goods | 15% |
| Section 301 (proposed) | Most goods | 12.5% |

Source: CRS, from presidential proclamations and USTR notices.

**Figure 1. U.S. Services Trade with Japan, 2021-2025**

Source: CRS, with Bureau of Economic Analysis (BEA) data.

## Section 232 Tariffs

Because they rest on a separate statute, the Section 232 tariffs were unaffected by the ruling. Japanese passenger vehicles and parts pay fifteen percent under Section 232, while vehicles from partners without an agreement pay 25% on top of their MFN duty. Steel, aluminum, and copper products from Japan face 50%, and medium- and heavy-duty trucks have paid 25% since November 1, 2025.

## The Investment Commitment

Under the MOU, Japan is to fund projects, largely through the Japan Bank for International Cooperation and Nippon Export and Investment Insurance, that the President selects on the recommendation of an investment committee chaired by the Secretary of Commerce. If Japan declines to fund a selected project, the United States may raise tariffs on Japanese goods. The first three projects were announced in February 2026: a natural gas-fired power complex in Ohio, a deepwater crude oil export terminal off the Texas coast, and a plant making synthetic industrial diamonds, together valued at about $36 billion. Proposals in energy, critical minerals, and shipbuilding are under review.

## Trade and Investment Ties

Counting goods and services together, Japan was the sixth-biggest U.S. trading partner in 2025, the same position it held a year earlier. U.S. exports to Japan edged up to $131.4 billion in 2025. About three-fifths of that sum, $80.9 billion, consisted of goods such as aircraft, pharmaceuticals, and liquefied natural gas; services, led by travel and charges for the use of intellectual property, made up the remaining $50.5 billion. Imports from Japan slid to $183.0 billion, the lowest total since 2021. Merchandise accounted for $140.6 billion of that, roughly 6% less than in 2024 as vehicle shipments fell, while services imports held at $42.4 billion.

The U.S. goods deficit with Japan narrowed to $59.7 billion in 2025 from $69.9 billion in 2024. It is now the eighth-largest U.S. bilateral goods deficit, one place lower than a year earlier. Census data for January through April 2026 show a goods deficit of about $18 billion.

Japanese companies' direct investment position in the United States, roughly seven hundred ninety-three billion dollars at the end of 2024, tops that of investors from any other country. The U.S. position in Japan, $74.7 billion that year, is less than a tenth as large. Japan likewise leads all foreign countries in holdings of U.S. Treasury securities, with about $1.2 trillion in April 2026; the United Kingdom has moved into second place, ahead of China.

## Earlier Agreements

The framework builds on three earlier executive agreements. The U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement were signed in October 2019 and took effect together on January 1, 2020; the first cut tariffs on a limited set of goods, mainly farm products, while the second set rules for data flows and digital products. A third, the U.S.-Japan Critical Minerals Agreement, was signed on March 28, 2023. During the President's visit to Tokyo in October 2025, the two leaders also signed a framework on securing supplies of critical minerals and rare earths.

## Issues for Congress

- Whether to extend the Section 122 surcharge beyond July 23, 2026, as the statute permits only by act of Congress.
- Whether a Section 301 tariff on Japan would stay within the 15% all-inclusive ceiling of the 2025 framework, and how Japan might respond if it did not.
- How the investment committee selects projects, and whether Congress should have a role in overseeing the returns owed to the U.S. government.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald J. Trump"),
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "Prime Minister Takaichi Sanae", note="family name first"),
        "tariffs.us_tariff_most_imports": F(10, period="2026-02-24", as_written="Most goods that the United States buys from Japan currently enter subject to a temporary import surcharge of 10%, imposed under Section 122 of the Trade Act of 1974", note="also 'For Japanese goods, the surcharge therefore stands at ten percent' (number in words) and Table 1's Section 122 row; effective February 24"),
        "tariffs.section122_surcharge": F(10, as_written="a temporary import surcharge of 10%, imposed under Section 122", note="also 'the surcharge therefore stands at ten percent'"),
        "tariffs.ieepa_rate": F(15, period="2025-08-07", as_written="It replaced the 15% \"reciprocal\" tariff that President Donald J. Trump had applied to Japan under the International Emergency Economic Powers Act (IEEPA)", note="the framework rate, voided by the ruling (as extract-dev D6); also bullet 'From August 7, 2025, most Japanese goods paid one IEEPA rate of 15%' and Table 1's IEEPA row"),
        "tariffs.ieepa_ruling": D("2026-02-20", as_written="That tariff lost its legal basis on February 20, 2026, when the Supreme Court held that IEEPA does not authorize the President to impose tariffs"),
        "tariffs.section232_autos": F(15, as_written="The Section 232 tariff on Japanese cars and auto parts was cut to 15% effective September 16, 2025", note="also 'Japanese passenger vehicles and parts pay fifteen percent under Section 232' (number in words) and Table 1's autos row"),
        "framework.announced": D("2025-07-22", as_written="The framework was made public on July 22, 2025", note="passive; the overview's 'concluded in 2025' is a less precise restatement"),
        "framework.investment_pledge": F(550000000000, by="2029-01-19", as_written="Japan undertook to finance $550 billion of investment in U.S. projects selected by the U.S. government, with funds to be committed before January 19, 2029", note="also in the overview ('Japan's commitment to finance $550 billion of investment in the United States')"),
        "trade.overall_partner_rank": F(6, period="2025", as_written="Counting goods and services together, Japan was the sixth-biggest U.S. trading partner in 2025"),
        "trade.us_exports_to_japan": F(131400000000, period="2025", as_written="U.S. exports to Japan edged up to $131.4 billion in 2025"),
        "trade.us_goods_exports_to_japan": F(80900000000, period="2025", as_written="About three-fifths of that sum, $80.9 billion, consisted of goods", note="the hedge is on the share; the amount is exact"),
        "trade.us_services_exports_to_japan": F(50500000000, period="2025", as_written="services ... made up the remaining $50.5 billion"),
        "trade.us_imports_from_japan": F(183000000000, period="2025", as_written="Imports from Japan slid to $183.0 billion", note="year carried from the sentences before"),
        "trade.us_goods_imports_from_japan": F(140600000000, period="2025", as_written="Merchandise accounted for $140.6 billion of that"),
        "trade.us_services_imports_from_japan": F(42400000000, period="2025", as_written="while services imports held at $42.4 billion"),
        "trade.goods_deficit": F(59700000000, period="2025", as_written="The U.S. goods deficit with Japan narrowed to $59.7 billion in 2025"),
        "trade.goods_deficit_rank": F(8, period="2025", as_written="It is now the eighth-largest U.S. bilateral goods deficit", note="'It' carried from the goods deficit in the sentence before"),
        "trade.fdi_source_rank": F(1, period="2024", as_written="Japanese companies' direct investment position in the United States ... tops that of investors from any other country"),
        "trade.japan_fdi_stock_in_us": F(793000000000, "about", period="2024", as_written="roughly seven hundred ninety-three billion dollars at the end of 2024", note="number in words"),
        "trade.us_fdi_stock_in_japan": F(74700000000, period="2024", as_written="The U.S. position in Japan, $74.7 billion that year", note="year carried ('that year')"),
        "trade.treasury_holder_rank": F(1, as_written="Japan likewise leads all foreign countries in holdings of U.S. Treasury securities"),
        "agreements.usjta_signed": D("2019-10", as_written="The U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement were signed in October 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="and took effect together on January 1, 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="and took effect together on January 1, 2020"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="A third, the U.S.-Japan Critical Minerals Agreement, was signed on March 28, 2023"),
    },
    "elections": {
        "lower_house_2026": E("Lower House", "2026-02-08", "held", result="LDP won 316 of the 465 seats on its own (snap election)"),
    },
    "events": {
        "tariff_talks_announced": EV("Trump-Ishiba telephone call after which the two governments decided to negotiate", "2025-04-07", "held"),
        "section122_surcharge_expired": EV("The 10% Section 122 surcharge lapses after 150 days", "2026-07-23", "upcoming"),
    },
    "notes": "Traps: 'Section 122 of the Trade Act of 1974' and 'Section 232 of the Trade Expansion Act of 1962' (laws' years); 'It replaced the 15% \"reciprocal\" tariff' (the IEEPA rate, no longer the tariff on most imports); 'a bilateral framework agreement concluded in 2025' (year restatement of the framework date); 'no more than 150 days' (statutory limit); 'won 316 of the 465 Lower House seats' (seat count, not a catalogue fact); 'after its April 2025 tariff announcements'; 'On April 2, 2025, the President announced a country-specific IEEPA rate of 24% for Japan' (announced, suspended), 'a 10% baseline tariff that took effect on April 5' (past rate, not the Section 122 surcharge), 'the higher rate was suspended a week later'; 'then-Prime Minister Ishiba Shigeru' (former prime minister); 'began shuttling to Washington within days'; 'A July 7 letter from the President warned that a 25% rate would apply from August 1' (threatened); 'an executive order and a memorandum of understanding (MOU), both dated September 4' (not the announcement); bullet 'goods whose MFN duty already exceeded 15% paid only that duty'; bullet 'from the 27.5% (25% plus the 2.5% MFN duty) charged since April 3, 2025' (past auto rate); bullet 'any Section 232 tariffs on pharmaceuticals and semiconductors would be no higher than those applied to any other country'; bullet 'Cash flows are split evenly ... after which 90% goes to the United States'; bullet '100 Boeing aircraft and about $8 billion of U.S. agricultural products a year', 'raise U.S. rice purchases by 75%' (purchases, not the pledge); 'the European Union accepted a 15% ceiling with an expectation of $600 billion' and 'South Korea a 15% rate with a $350 billion commitment' (other countries); 'Six justices agreed' (vote count); 'effective February 24' (surcharge start, not the ruling); 'He said a day later that he would lift it to the statutory maximum of 15%, but no order to that effect has been issued' (announced, not applied); 'five points below the rate it displaced'; 'refunds of IEEPA duties ... estimated at more than $20 billion'; 'opened Section 301 investigations in March 2026'; 'an additional 12.5% duty on most Japanese goods, which could take effect' (proposed Section 301 rate, not in effect); 'the all-inclusive 15% ceiling it negotiated'; Table 1's rows 'Steel, aluminum, copper | 50%', 'Medium and heavy trucks | 25%' (not autos), 'IEEPA (ended Feb. 2026) | Most goods | 15%' (the IEEPA rate, ended), 'Section 301 (proposed) | Most goods | 12.5%' (proposed); Figure 1 'U.S. Services Trade with Japan, 2021-2025' (year labels, ticks 0-60, two-series legend, no values); 'vehicles from partners without an agreement pay 25% on top of their MFN duty' (other partners' auto rate); 'Steel, aluminum, and copper products from Japan face 50%'; 'medium- and heavy-duty trucks have paid 25% since November 1, 2025'; 'The first three projects were announced in February 2026 ... together valued at about $36 billion' (first projects, not the pledge); 'the same position it held a year earlier' (2024 rank, same value); 'About three-fifths of that sum' (share); 'the lowest total since 2021'; 'roughly 6% less than in 2024'; 'from $69.9 billion in 2024' (previous year's deficit); 'one place lower than a year earlier' (2024 rank 7, implied); 'Census data for January through April 2026 show a goods deficit of about $18 billion' (partial year); 'is less than a tenth as large' (ratio); 'about $1.2 trillion in April 2026' (Treasury holdings); 'the United Kingdom has moved into second place, ahead of China' (other holders' ranks); 'During the President's visit to Tokyo in October 2025, the two leaders also signed a framework on ... critical minerals and rare earths' (not the 2023 Critical Minerals Agreement); Issues list 'beyond July 23, 2026' (restates the expiry) and 'the 15% all-inclusive ceiling of the 2025 framework'. FDI stocks are 2024 (2025 positions not yet published in June 2026). HTML: the section 'Tariffs on Japanese Goods at a Glance' (Table 1) and Figure 1 sit in the floated sidebar. PDF: curly quotes and hyphenated line ends; interleaved: the PDF's two columns alternating line by line.",
}
