from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "VB2-IF11120-2026-04", "fresh42", "IF11120", 27
TITLE = "U.S.-Japan Trade Agreements and Tariff Negotiations"
LAYOUTS = ["md", "interleaved"]
PDF_OPTS = ["lig", "nbsp"]
CHART = {"unit": "$ billions", "ymax": 16, "ticks": [0, 4, 8, 12, 16],
         "series": ["U.S. goods imports from Japan"],
         "bars": {"Jan": (12.9,), "Feb": (11.8,), "Mar": (13.6,), "Apr": (12.4,), "May": (11.9,), "Jun": (11.2,),
                  "Jul": (11.6,), "Aug": (11.3,), "Sep": (12.1,), "Oct": (11.7,), "Nov": (11.4,), "Dec": (11.8,)}}

MD = """
U.S.-Japan Trade Agreements and Tariff Negotiations

Updated April 21, 2026

## Overview

For most of the past year, U.S. trade relations with Japan turned on tariffs levied under emergency powers and on the bilateral bargain struck to contain them. The legal footing shifted two months ago. On February 20, 2026, the Supreme Court held that the International Emergency Economic Powers Act (IEEPA) does not permit the President to impose tariffs, and the duties collected under that statute stopped with the ruling. Among them was the 15% IEEPA rate that the July 2025 framework had fixed for most Japanese goods. What the bulk of Japan's exports pay at the U.S. border today is instead a temporary surcharge of ten percent, levied under Section 122 of the Trade Act of 1974. Neither government has abandoned the framework. Japan's investment commitment, its centerpiece, is going ahead.

## How the Framework Came About

On April 2, 2025, President Donald J. Trump announced "reciprocal" tariffs on most trading partners, with a rate of 24% for Japan. A week later that rate was paused, and a 10% baseline duty applied in its place. Japanese steel and aluminum were already paying 25% under Section 232 of the Trade Expansion Act of 1962. A further Section 232 duty of 25% on autos, proclaimed on March 26, 2025, took effect on April 3; added to the 2.5% most-favored-nation (MFN) tariff, it raised the charge on a Japanese car to 27.5%. Japan was named by the White House on April 7 as one of the first partners it would negotiate with, and Tokyo's chief negotiator, Akazawa Ryosei, made eight trips to Washington over the following three months. A presidential letter of July 7 warned that 25% would apply from August 1 absent a deal.

President Trump announced on July 22, 2025, that the two countries had reached an agreement. An executive order and a memorandum of understanding (MOU), both dated September 4, put it into effect. In brief:

- most Japanese goods were to pay one IEEPA rate of 15%, inclusive of MFN duties, from August 7, 2025, with goods whose MFN rate was already 15% or more paying no more;
- the Section 232 rate on Japanese autos and auto parts was reduced to 15% as of September 16, 2025, and any future duties on Japanese pharmaceuticals or chips are not to exceed those on other partners;
- $550 billion is to be invested by Japan in U.S. projects selected by the U.S. government, through January 19, 2029;
- Japan is to buy more U.S. rice (75% more within its existing quota), Boeing aircraft, and farm goods worth $8 billion a year.

## The Investment Commitment

The $550 billion is to come largely as loans and guarantees from the Japan Bank for International Cooperation (JBIC) and Nippon Export and Investment Insurance (NEXI). An investment committee chaired by the Commerce Secretary picks the projects. Each project's cash flow is split evenly until Japan's outlay has been recovered; after that, nine-tenths goes to the United States. In February, the Administration named the first three projects, worth about $36 billion together: a gas-fired power plant in Ohio, a crude oil export terminal off Texas, and a synthetic diamond plant in Georgia. Some analysts doubt the full sum can be committed in under three years.

## After the Court's Decision

Section 232 was not at issue in the case. Japanese cars and parts therefore still pay 15%. Steel, aluminum, and copper from Japan pay 50%, and heavy trucks have paid 25% since November 1, 2025.

To replace the voided duties, the President proclaimed a surcharge on February 20 under Section 122, which allows duties of up to 15% for no more than 150 days to address balance-of-payments problems. It took effect four days later, at 10%, on imports from nearly all countries. The next day the President said he would lift it to the 15% limit, but it remains at 10%. Without an extension by Congress, the surcharge lapses on July 23. USTR has opened Section 301 investigations of several partners, Japan among them, that could support tariffs after that date; a hearing on the Japan case is scheduled for May. Importers have lodged claims for refunds of IEEPA duties paid since 2025.

Table 1. Principal U.S. Tariffs on Japanese Goods

| Goods | Authority | Late 2025 | Now |
| --- | --- | --- | --- |
| Most goods | IEEPA | 15% | voided |
| Most goods | Section 122 | none | 10% |
| Autos and parts | Section 232 | 15% | 15% |
| Steel, aluminum, copper | Section 232 | 50% | 50% |
| Heavy trucks | Section 232 | 25% | 25% |

Source: CRS, from proclamations, executive orders, and the MOU.

## Trade and Investment Ties

Data for 2025 released in February and March show Japan as the sixth-largest U.S. trading partner. U.S. exports to Japan of goods and of services were $78.3 billion and $53.3 billion, respectively, for a total of $131.6 billion. Imports from Japan fell by about 3% from 2024, to $186.9 billion, as automakers absorbed part of the tariffs and moved some production: $143.7 billion of that total was goods, the remaining $43.2 billion services. The goods deficit, at $65.4 billion, was the eighth largest the United States ran with any country, down from $69.9 billion, and seventh place, in 2024.

**Figure 1. U.S. Goods Imports from Japan, by Month, 2025**

Source: CRS, with U.S. Census Bureau data. Not seasonally adjusted.

Japan remains the largest source of foreign direct investment (FDI) in the United States. The stock of Japanese FDI here stood at roughly $780 billion at the end of 2024; U.S. direct investment in Japan, about $74 billion, is a tenth as large. Japan's holdings of U.S. Treasury securities, near $1.2 trillion in February, also top those of every other country; the United Kingdom now ranks second and China third.

## Earlier Agreements

Two accords from the first Trump Administration remain in force. The U.S.-Japan Trade Agreement (USJTA), a limited deal that cut Japanese tariffs on U.S. farm goods and U.S. tariffs on some industrial products, was signed in New York on October 7, 2019, along with the U.S.-Japan Digital Trade Agreement. Both entered into force on the first day of 2020. The Critical Minerals Agreement, signed on March 28, 2023, lets minerals processed in Japan count toward the sourcing rules of the clean vehicle tax credit, which Congress ended for vehicles bought after September 30, 2025. During his Tokyo visit in October 2025, President Trump signed a separate framework on critical minerals and rare earths with his Japanese counterpart.

## Politics in Japan

Takaichi Sanae won the LDP presidency on October 4, 2025, and became the country's first woman prime minister on October 21, governing with the Japan Innovation Party (Ishin) after Komeito quit the coalition it had been part of for 26 years. Her predecessor, Ishiba Shigeru, stepped down after the LDP and Komeito lost their Upper House majority in the July 2025 election. She dissolved the Lower House in January, and in the February 8, 2026 election her party alone took 316 of the 465 seats. Her government says it will carry out the investment commitment but will not accept terms beyond the MOU.

## Issues for Congress

- whether to extend the Section 122 surcharge past its 150 days, which requires legislation;
- how refunds of IEEPA duties on Japanese goods should be paid;
- whether the investment arrangement, which lets the executive branch direct Japanese funds outside the appropriations process, warrants oversight;
- whether to seek a comprehensive trade agreement with Japan for congressional approval.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald J. Trump"),
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "Takaichi Sanae ... became the country's first woman prime minister on October 21", note="family name first; Ishiba Shigeru the predecessor"),
        "tariffs.us_tariff_most_imports": F(10, period="2026-02-24", as_written="What the bulk of Japan's exports pay at the U.S. border today is instead a temporary surcharge of ten percent", note="in words; the date from 'It took effect four days later, at 10%' after February 20; Table 1's Section 122 row, 'Now'"),
        "tariffs.section122_surcharge": F(10, as_written="It took effect four days later, at 10%, on imports from nearly all countries", note="also 'a temporary surcharge of ten percent, levied under Section 122' and 'it remains at 10%'"),
        "tariffs.ieepa_rate": F(15, period="2025-08-07", as_written="Among them was the 15% IEEPA rate that the July 2025 framework had fixed for most Japanese goods", note="the framework rate, voided by the ruling (as extract-dev D6); also the first bullet 'one IEEPA rate of 15% ... from August 7, 2025'"),
        "tariffs.section232_autos": F(15, as_written="the Section 232 rate on Japanese autos and auto parts was reduced to 15% as of September 16, 2025", note="also 'Japanese cars and parts therefore still pay 15%' and Table 1"),
        "tariffs.ieepa_ruling": D("2026-02-20", as_written="On February 20, 2026, the Supreme Court held that the International Emergency Economic Powers Act (IEEPA) does not permit the President to impose tariffs"),
        "framework.announced": D("2025-07-22", as_written="President Trump announced on July 22, 2025, that the two countries had reached an agreement"),
        "framework.investment_pledge": F(550000000000, by="2029-01-19", as_written="$550 billion is to be invested by Japan in U.S. projects selected by the U.S. government, through January 19, 2029"),
        "trade.overall_partner_rank": F(6, period="2025", as_written="Data for 2025 released in February and March show Japan as the sixth-largest U.S. trading partner"),
        "trade.us_goods_exports_to_japan": F(78300000000, period="2025", as_written="U.S. exports to Japan of goods and of services were $78.3 billion and $53.3 billion, respectively", note="first item of a 'respectively' pair; year carried"),
        "trade.us_services_exports_to_japan": F(53300000000, period="2025", as_written="U.S. exports to Japan of goods and of services were $78.3 billion and $53.3 billion, respectively", note="second item"),
        "trade.us_exports_to_japan": F(131600000000, period="2025", as_written="for a total of $131.6 billion"),
        "trade.us_imports_from_japan": F(186900000000, period="2025", as_written="Imports from Japan fell by about 3% from 2024, to $186.9 billion", note="'about' hedges the change, not the amount"),
        "trade.us_goods_imports_from_japan": F(143700000000, period="2025", as_written="$143.7 billion of that total was goods"),
        "trade.us_services_imports_from_japan": F(43200000000, period="2025", as_written="the remaining $43.2 billion services", note="verb elided"),
        "trade.goods_deficit": F(65400000000, period="2025", as_written="The goods deficit, at $65.4 billion, was the eighth largest the United States ran with any country"),
        "trade.goods_deficit_rank": F(8, period="2025", as_written="was the eighth largest the United States ran with any country"),
        "trade.fdi_source_rank": F(1, as_written="Japan remains the largest source of foreign direct investment (FDI) in the United States"),
        "trade.japan_fdi_stock_in_us": F(780000000000, "about", period="2024", as_written="The stock of Japanese FDI here stood at roughly $780 billion at the end of 2024"),
        "trade.us_fdi_stock_in_japan": F(74000000000, "about", period="2024", as_written="U.S. direct investment in Japan, about $74 billion, is a tenth as large", note="year carried from the clause before"),
        "trade.treasury_holder_rank": F(1, period="2026-02", as_written="Japan's holdings of U.S. Treasury securities, near $1.2 trillion in February, also top those of every other country"),
        "agreements.usjta_signed": D("2019-10-07", as_written="The U.S.-Japan Trade Agreement (USJTA) ... was signed in New York on October 7, 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="Both entered into force on the first day of 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="Both entered into force on the first day of 2020", note="'Both' = the USJTA and the Digital Trade Agreement"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="The Critical Minerals Agreement, signed on March 28, 2023"),
    },
    "elections": {
        "upper_house_2025": E("Upper House", "2025-07", "held", result="LDP and Komeito lost their majority"),
        "ldp_president_2025": E("LDP president", "2025-10-04", "held", result="Takaichi Sanae won"),
        "lower_house_2026": E("Lower House", "2026-02-08", "held", result="LDP alone 316 of 465 seats"),
    },
    "events": {
        "section232_autos_proclamation": EV("Section 232 tariff of 25% on autos proclaimed", "2025-03-26", "held"),
        "tariff_talks_announced": EV("White House names Japan among the first partners for tariff negotiations", "2025-04-07", "held"),
        "section122_surcharge_expired": EV("The Section 122 surcharge lapses after 150 days absent an extension by Congress", "2026-07-23", "upcoming"),
    },
    "notes": "Traps: 'The legal footing shifted two months ago'; 'Among them was the 15% IEEPA rate' (the IEEPA rate, no longer the tariff on most imports); 'Section 122 of the Trade Act of 1974' and 'Section 232 of the Trade Expansion Act of 1962' (years of laws); 'with a rate of 24% for Japan. A week later that rate was paused' (announced, suspended); 'a 10% baseline duty applied in its place' (past, not the Section 122 surcharge); 'Japanese steel and aluminum were already paying 25%' (past metals rate); 'A further Section 232 duty of 25% on autos, proclaimed on March 26, 2025, took effect on April 3' (past auto rate), 'the 2.5% most-favored-nation (MFN) tariff' and 'raised the charge on a Japanese car to 27.5%' (past); 'made eight trips to Washington over the following three months'; 'A presidential letter of July 7 warned that 25% would apply from August 1' (threatened); 'both dated September 4' (implementation, not the announcement); bullets 'goods whose MFN rate was already 15% or more', 'any future duties on Japanese pharmaceuticals or chips', 'U.S. rice (75% more within its existing quota)', 'farm goods worth $8 billion a year'; 'Each project's cash flow is split evenly ... nine-tenths goes to the United States'; 'the first three projects, worth about $36 billion together' (projects, not the pledge); 'in under three years'; 'Steel, aluminum, and copper from Japan pay 50%' and 'heavy trucks have paid 25% since November 1, 2025' (product tariffs); 'the President proclaimed a surcharge on February 20' (proclamation date, same day as the ruling: the ruling's date is the fact); 'allows duties of up to 15% for no more than 150 days' (statutory cap); 'The next day the President said he would lift it to the 15% limit, but it remains at 10%' (announced, not applied); 'a hearing on the Japan case is scheduled for May' (Section 301, no rate); Table 1's 'Late 2025' column (15% IEEPA: the IEEPA rate; 15% autos), 'voided' and 'none'; 'fell by about 3% from 2024' (a change); 'down from $69.9 billion, and seventh place, in 2024' (past deficit and rank); Figure 1 (monthly goods imports 2025; unit '$ billions', ticks 0-16, month labels, one-series legend, no values; interleaved: lines among the columns); 'is a tenth as large'; 'near $1.2 trillion in February' (holdings, not FDI); 'the United Kingdom now ranks second and China third' (other countries' ranks); 'a limited deal that cut Japanese tariffs on U.S. farm goods' ; 'which Congress ended for vehicles bought after September 30, 2025'; 'During his Tokyo visit in October 2025, President Trump signed a separate framework on critical minerals and rare earths' (not the 2023 agreement); 'became the country's first woman prime minister on October 21'; 'after Komeito quit the coalition it had been part of for 26 years'; 'Her predecessor, Ishiba Shigeru' (former prime minister); 'She dissolved the Lower House in January' and 'took 316 of the 465 seats'; Issues bullet 'past its 150 days'. Interleaved: two columns' lines alternating; ligatures; NBSP before billion/percent.",
}
