from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "G3-IF11120-2026-04", "tune5", "IF11120", 24
TITLE = "U.S.-Japan Trade Agreements and Tariff Negotiations"
LAYOUTS = ["html", "interleaved"]
PDF_OPTS = ["lig", "quotes", "nbsp", "hyph"]
SIDEBAR = "Tariffs at a Glance"

MD = """
U.S.-Japan Trade Agreements and Tariff Negotiations

Updated April 21, 2026

## Overview

For two months the tariff side of the U.S.-Japan relationship has rested on a stopgap. Since February 24, 2026, the bulk of Japan's exports to the United States has been charged a 10% temporary import surcharge under Section 122 of the Trade Act of 1974, a balance-of-payments authority never before used. It took the place of a 15% tariff that the two governments had agreed on in 2025 and that the Administration had levied under the International Emergency Economic Powers Act (IEEPA). That legal footing gave way on February 20, 2026, when the Supreme Court, deciding Learning Resources, Inc. v. Trump, held that IEEPA does not empower the President to impose tariffs.

The stopgap has a built-in end. A Section 122 surcharge may not exceed 15% or stay in force beyond 150 days unless Congress extends it; absent such legislation, this one expires on July 23, 2026. President Trump said on February 21 that he would raise the rate to the 15% ceiling, but no proclamation to that effect has appeared. The Office of the U.S. Trade Representative (USTR) opened investigations under Section 301 of the Trade Act of 1974 into several partners' practices in March, Japan's among them, and officials have described those inquiries as a possible basis for tariffs after July. Congress has shown no sign of taking up an extension.

## Tariffs at a Glance

Table 1. U.S. Tariffs on Japanese Goods, April 2026

| Goods | Authority | Rate | Status |
| --- | --- | --- | --- |
| Most goods | Section 122 | 10% | Since Feb. 24, 2026 |
| Most goods | IEEPA | 15% | Voided Feb. 20, 2026 |
| Autos, auto parts | Section 232 | 15% | Since Sept. 16, 2025 |
| Steel, aluminum, copper | Section 232 | 50% | In effect |
| Medium, heavy trucks | Section 232 | 25% | Since Nov. 1, 2025 |

Notes: The 15% IEEPA rate included the most-favored-nation (MFN) duty. Section 232 tariffs were not before the Court. The Section 122 surcharge is capped by statute at 15%.

## The 2025 Framework

Japan entered 2025 without a bilateral tariff quarrel and soon had several. The President announced a 24% "reciprocal" tariff on Japanese goods on April 2, 2025, and paused it a week later, leaving a 10% baseline tariff in effect; a 25% Section 232 tariff on imported cars, which with the MFN duty came to 27.5% for Japan, had taken effect on April 3. It was during an April 7, 2025, telephone call with then-Prime Minister Ishiba Shigeru that President Trump agreed to open talks, and Japan's chief negotiator, Akazawa Ryosei, made some eight trips to Washington over the following months. A July 7 letter warned of a 25% rate from August 1.

The breakthrough came on July 22, 2025, when the President announced a "massive Deal" with Japan. An executive order and a memorandum of understanding, both dated September 4, turned it into policy. Its main terms:

- **Most goods.** An all-in IEEPA tariff of 15% from August 7, 2025, with no further tariff added for items whose MFN duty was already 15% or more.
- **Vehicles.** The Section 232 tariff on Japanese cars and parts was brought down to 15% effective September 16, 2025.
- **Investment.** Japan pledged five hundred fifty billion dollars for U.S. projects selected by the President, to be deployed before January 19, 2029; cash flow is to be split equally until Japan recovers its outlay, after which 90% goes to the United States.
- **Purchases.** Japan said it would buy 100 Boeing aircraft and $8 billion a year of U.S. farm goods and raise U.S. rice imports by 75%.

South Korea accepted a similar bargain days later, also at 15%, with a $350 billion investment pledge; the European Union's July 27 deal carried a $600 billion figure.

## After the Ruling

The decision left the framework's commercial commitments untouched on paper but removed the tariff Japan had traded them for. Tokyo's response has been cautious. Prime Minister Takaichi Sanae, who succeeded Ishiba in October 2025, has said Japan will honor the investment commitment as long as the United States honors the 15% ceiling for Japanese goods, which the 10% surcharge does not breach. Importers have filed refund claims for IEEPA duties already paid; estimates for Japanese goods alone exceed $20 billion. Section 232 tariffs, including the 15% rate on autos, remain in force.

Takaichi's own position has strengthened. Her Liberal Democratic Party (LDP) won a commanding Lower House majority in the snap election she called for February 8, 2026, reversing the setback of the July 20, 2025, Upper House election, in which the LDP and its then-partner Komeito lost control of that chamber. The two leaders are expected to meet at the G7 summit in Evian, France, in mid-June.

## Trade and Investment Ties

Japan held on to sixth place among U.S. trading partners in 2025. Services, chiefly travel, intellectual property licensing, and finance, earned $50.5 billion from Japanese customers, and goods another $80.9 billion; U.S. exports to Japan thus came to $131.4 billion. Imports from Japan fell for a second straight year, to $183.0 billion. Goods made up $140.6 billion of that, about 6% less than in 2024 as automakers shifted some production to U.S. plants, and services $42.4 billion.

The goods deficit shrank to roughly sixty billion dollars, from $69.9 billion in 2024, and Japan's place among U.S. bilateral goods deficits fell from seventh to eighth.

Japan heads the list of foreign direct investors in the United States. At the close of 2024, the latest year with country detail from the Bureau of Economic Analysis, Japanese firms' position stood at $792.6 billion, more than ten times the roughly seventy-five billion dollars U.S. firms had invested in Japan. Japan's stock of U.S. Treasury securities, some $1.2 trillion, is likewise the biggest held by any foreign country; the United Kingdom's has overtaken China's for second place.

## Standing Agreements

The framework did not replace the bilateral agreements already in force. The U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement, signed in October 2019, took effect on January 1, 2020. A third pact, the U.S.-Japan Critical Minerals Agreement, was concluded with a signing in Washington on March 28, 2023. During the President's visit to Tokyo on October 28, 2025, the two leaders signed a separate framework on securing supplies of critical minerals and rare earths.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Trump", note="given name not written"),
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "Prime Minister Takaichi Sanae", note="family name first"),
        "tariffs.us_tariff_most_imports": F(10, period="2026-02-24", as_written="Since February 24, 2026, the bulk of Japan's exports to the United States has been charged a 10% temporary import surcharge under Section 122", note="also Table 1's first row"),
        "tariffs.section122_surcharge": F(10, as_written="a 10% temporary import surcharge under Section 122 of the Trade Act of 1974", note="also Table 1: 'Most goods | Section 122 | 10% | Since Feb. 24, 2026'"),
        "tariffs.ieepa_rate": F(15, period="2025-08-07", as_written="It took the place of a 15% tariff that the two governments had agreed on in 2025 and that the Administration had levied under the International Emergency Economic Powers Act (IEEPA)", note="framework rate, voided by the ruling (as extract-dev D6); also bullet 'An all-in IEEPA tariff of 15% from August 7, 2025' and Table 1 'Most goods | IEEPA | 15% | Voided Feb. 20, 2026'"),
        "tariffs.section232_autos": F(15, as_written="The Section 232 tariff on Japanese cars and parts was brought down to 15% effective September 16, 2025", note="also Table 1 'Autos, auto parts | Section 232 | 15%' and 'including the 15% rate on autos, remain in force'"),
        "tariffs.ieepa_ruling": D("2026-02-20", as_written="That legal footing gave way on February 20, 2026, when the Supreme Court, deciding Learning Resources, Inc. v. Trump, held that IEEPA does not empower the President to impose tariffs"),
        "framework.announced": D("2025-07-22", as_written="The breakthrough came on July 22, 2025, when the President announced a \"massive Deal\" with Japan"),
        "framework.investment_pledge": F(550000000000, by="2029-01-19", as_written="Japan pledged five hundred fifty billion dollars for U.S. projects selected by the President, to be deployed before January 19, 2029", note="number in words"),
        "trade.overall_partner_rank": F(6, period="2025", as_written="Japan held on to sixth place among U.S. trading partners in 2025"),
        "trade.us_services_exports_to_japan": F(50500000000, period="2025", as_written="Services, chiefly travel, intellectual property licensing, and finance, earned $50.5 billion from Japanese customers", note="year carried from the sentence before"),
        "trade.us_goods_exports_to_japan": F(80900000000, period="2025", as_written="and goods another $80.9 billion"),
        "trade.us_exports_to_japan": F(131400000000, period="2025", as_written="U.S. exports to Japan thus came to $131.4 billion"),
        "trade.us_imports_from_japan": F(183000000000, period="2025", as_written="Imports from Japan fell for a second straight year, to $183.0 billion"),
        "trade.us_goods_imports_from_japan": F(140600000000, period="2025", as_written="Goods made up $140.6 billion of that", note="subject carried from the sentence before"),
        "trade.us_services_imports_from_japan": F(42400000000, period="2025", as_written="and services $42.4 billion"),
        "trade.goods_deficit": F(60000000000, "about", period="2025", as_written="The goods deficit shrank to roughly sixty billion dollars", note="number in words; year carried from the paragraph before"),
        "trade.goods_deficit_rank": F(8, period="2025", as_written="Japan's place among U.S. bilateral goods deficits fell from seventh to eighth", note="now eighth; seventh was 2024"),
        "trade.fdi_source_rank": F(1, period="2024", as_written="Japan heads the list of foreign direct investors in the United States"),
        "trade.japan_fdi_stock_in_us": F(792600000000, period="2024", as_written="At the close of 2024, ... Japanese firms' position stood at $792.6 billion"),
        "trade.us_fdi_stock_in_japan": F(75000000000, "about", period="2024", as_written="the roughly seventy-five billion dollars U.S. firms had invested in Japan", note="number in words; 'more than ten times' is a ratio"),
        "trade.treasury_holder_rank": F(1, as_written="Japan's stock of U.S. Treasury securities, some $1.2 trillion, is likewise the biggest held by any foreign country"),
        "agreements.usjta_signed": D("2019-10", as_written="The U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement, signed in October 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="took effect on January 1, 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="The U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement, signed in October 2019, took effect on January 1, 2020"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="A third pact, the U.S.-Japan Critical Minerals Agreement, was concluded with a signing in Washington on March 28, 2023"),
    },
    "elections": {
        "upper_house_2025": E("Upper House", "2025-07-20", "held", result="LDP and Komeito lost control of the chamber"),
        "lower_house_2026": E("Lower House", "2026-02-08", "held", result="LDP won a commanding majority"),
    },
    "events": {
        "tariff_talks_announced": EV("Trump and then-Prime Minister Ishiba agree by telephone to open tariff talks", "2025-04-07", "held"),
        "section122_surcharge_expired": EV("The 10% Section 122 surcharge expires absent congressional extension", "2026-07-23", "upcoming"),
    },
    "notes": "Traps: 'For two months'; 'Section 122 of the Trade Act of 1974' and 'Section 301 of the Trade Act of 1974' (year of a law); 'a 15% tariff that the two governments had agreed on in 2025' (the IEEPA rate, no longer the tariff on most imports); 'A Section 122 surcharge may not exceed 15% or stay in force beyond 150 days' (statutory cap), 'President Trump said on February 21 that he would raise the rate to the 15% ceiling, but no proclamation to that effect has appeared' (announced, not applied: surcharge stays 10%); 'USTR ... opened investigations under Section 301 ... in March' (no rate); Table 1 rows 'Most goods | IEEPA | 15% | Voided Feb. 20, 2026' (IEEPA rate, not the current tariff), 'Steel, aluminum, copper | Section 232 | 50%' and 'Medium, heavy trucks | Section 232 | 25% | Since Nov. 1, 2025' (not autos); table note 'The Section 122 surcharge is capped by statute at 15%'; 'a 24% \"reciprocal\" tariff on Japanese goods on April 2, 2025, and paused it a week later, leaving a 10% baseline tariff in effect' (announced/past rates); 'a 25% Section 232 tariff on imported cars, which with the MFN duty came to 27.5% for Japan, had taken effect on April 3' (past auto rate); 'then-Prime Minister Ishiba Shigeru' and 'who succeeded Ishiba in October 2025' (former PM); 'some eight trips'; 'A July 7 letter warned of a 25% rate from August 1' (threatened); 'An executive order and a memorandum of understanding, both dated September 4' (not the announcement); bullet 'no further tariff added for items whose MFN duty was already 15% or more'; bullet 'cash flow is to be split equally until Japan recovers its outlay, after which 90% goes to the United States'; bullet '100 Boeing aircraft and $8 billion a year of U.S. farm goods and raise U.S. rice imports by 75%' (purchases); 'South Korea accepted a similar bargain days later, also at 15%, with a $350 billion investment pledge' and 'the European Union's July 27 deal carried a $600 billion figure' (other partners); 'the 15% ceiling for Japanese goods, which the 10% surcharge does not breach'; 'estimates for Japanese goods alone exceed $20 billion' (refunds); 'the G7 summit in Evian, France, in mid-June' (planned meeting); 'about 6% less than in 2024' (change, not a level); 'from $69.9 billion in 2024' and 'fell from seventh to eighth' (past deficit and rank); 'more than ten times' (ratio); 'the United Kingdom's has overtaken China's for second place' (other holders' ranks); 'During the President's visit to Tokyo on October 28, 2025, the two leaders signed a separate framework on ... critical minerals and rare earths' (not the 2023 CMA); 'A third pact' (count). HTML: the section 'Tariffs at a Glance' (Table 1 and its notes) is the floated sidebar box. Interleaved: the two columns' lines alternate; ligatures, curly quotes, NBSP before billion/percent, hyphenated line ends.",
}
