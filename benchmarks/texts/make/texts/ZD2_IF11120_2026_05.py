from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "ZD2-IF11120-2026-05", "fresh47", "IF11120", 26
TITLE = "U.S.-Japan Trade Agreements and Tariff Negotiations"
LAYOUTS = ["html", "pdf"]
PDF_OPTS = ["lig", "hyph"]
SIDEBAR = "Inside the $550 Billion Commitment"
CHART = {"unit": "$ billions", "ymax": 160, "ticks": [0, 40, 80, 120, 160],
         "series": ["U.S. exports", "U.S. imports"],
         "bars": {"2021": (74.6, 135.1), "2022": (80.2, 148.1), "2023": (75.7, 147.2), "2024": (79.7, 148.2), "2025": (81.4, 144.8)}}

MD = """
U.S.-Japan Trade Agreements and Tariff Negotiations

Updated May 19, 2026

## Overview

Three months after the Supreme Court struck down the tariffs President Donald Trump had imposed under the International Emergency Economic Powers Act (IEEPA), U.S.-Japan trade rests on a stopgap duty and an unfinished bargain. The Court's decision of February 20, 2026, removed the legal basis for the 15% IEEPA rate that Japan accepted in a July 2025 framework agreement. Since February 24, most Japanese goods have instead been subject to a 10% temporary surcharge under Section 122 of the Trade Act of 1974, which the Administration applies to imports from nearly every trading partner. The government of Prime Minister Takaichi Sanae says it will keep carrying out Japan's side of the framework, including its investment pledge, while seeking assurances that Washington will not raise tariffs on Japanese goods again. Congress has an interest in the framework's legal status, in what replaces the surcharge when it expires, and in oversight of the investment mechanism.

## How the Tariffs Evolved

The current arrangement is the product of a year of escalation and negotiation:

- April 2, 2025: the President announced a 24% "reciprocal" tariff on Japan. A 10% baseline applied from April 5, and the higher rate was paused on April 9, first for 90 days and later until August 1.
- April 7, 2025: after a call with then-Prime Minister Ishiba Shigeru, the Administration announced that Japan would be among the first countries to negotiate with the United States over tariffs and other trade barriers.
- July 7, 2025: a presidential letter warned that goods from Japan would face 25% from August 1.
- July 22, 2025: President Trump announced a framework agreement with Japan on social media.
- August 7, 2025: the 15% IEEPA rate, inclusive of most-favored-nation (MFN) duties, took effect on most Japanese goods.
- September 4, 2025: an executive order put the framework into effect, and the two governments signed a memorandum of understanding (MOU) on investment.

## The Framework's Terms

Under the framework, Japan is to invest $550 billion in U.S. projects selected by the Administration by January 19, 2029, the last full day of President Trump's term. Cash flows are to be shared equally until Japan recovers its outlay, after which 90% goes to the United States. Japan also agreed to expand U.S. rice purchases by 75% within its existing minimum-access quota and to buy $8 billion a year of U.S. farm products and 100 Boeing aircraft.

For autos, the framework cut the Section 232 duty on Japanese passenger vehicles and parts to 15%, in effect since September 16, 2025. Japanese cars had paid 27.5% since April 2025: the 25% Section 232 tariff plus the 2.5% MFN rate. Japan was also promised that any future Section 232 tariffs on semiconductors and pharmaceuticals would be no higher than those on any other country.

## Inside the $550 Billion Commitment

Most of the financing is to come from loans and guarantees by the Japan Bank for International Cooperation (JBIC) and Nippon Export and Investment Insurance (NEXI); Japanese officials have said equity will be only 1%-2% of the total. The first three projects, named in February 2026, come to some $36 billion, including gas-fired power generation in Ohio. South Korea's similar deal carries a $350 billion pledge, of which $200 billion is to be paid in installments capped at $20 billion a year.

## After the Court's Ruling

The Court ruled 6-3 that IEEPA does not authorize the President to impose tariffs. The Section 122 surcharge he proclaimed in its place may not exceed 15% or last more than 150 days without congressional approval; it is therefore scheduled to lapse on July 23, 2026. To replace it, the U.S. Trade Representative (USTR) has opened investigations of several trading partners under Section 301 of the Trade Act of 1974. An April notice proposes a 12.5% Section 301 tariff on Japanese goods, with public comments due in June. Importers of Japanese goods have filed claims for refunds of IEEPA duties estimated at more than $10 billion.

The ruling did not touch the Section 232 tariffs. The 15% rate on Japanese autos and auto parts remains in place, as do 50% duties on steel, aluminum, and copper.

Table 1. U.S. Tariffs on Japanese Goods, May 2026

| Goods | Authority | Through Feb. 20 | Now |
| --- | --- | --- | --- |
| Most goods | IEEPA | 15% | voided |
| Most goods | Section 122 | none | 10% |
| Autos and parts | Section 232 | 15% | 15% |
| Steel, aluminum, copper | Section 232 | 50% | 50% |

Source: CRS, from executive orders and proclamations.

## Politics in Tokyo

Takaichi won the LDP presidency on October 4, 2025, and became Japan's first female prime minister later that month, after Komeito left its 26-year coalition with the LDP; the Japan Innovation Party (Ishin) became the LDP's partner. She dissolved the Lower House in January and led the LDP to a landslide in the February 8, 2026, election, in which it won well over 300 of the 465 seats on its own. The ruling parties still lack a majority in the Upper House, which the LDP and Komeito lost in July 2025; the next Upper House election is in July 2028.

## Trade and Investment

Japan was the sixth-largest U.S. trading partner in 2025. That year, U.S. exports to Japan totaled $133.0 billion, including $81.4 billion in goods and $51.6 billion in services. U.S. imports from Japan amounted to $188.9 billion: goods made up $144.8 billion and services the remaining $44.1 billion. The goods deficit narrowed to $63.4 billion, eighth-largest among U.S. trading partners, as Japanese automakers shifted more production to U.S. plants.

**Figure 1. U.S. Goods Trade with Japan, 2021-2025**

Source: CRS, with U.S. Census Bureau data.

Japan has been the largest source of foreign direct investment (FDI) in the United States for six consecutive years; its FDI stock reached $783.1 billion at the end of 2024. U.S. FDI in Japan, by contrast, stood at about $76 billion. No country holds more U.S. Treasury securities than Japan, at roughly $1.2 trillion in March 2026; the United Kingdom now ranks second.

## Earlier Agreements

During President Trump's first term, the two countries negotiated more limited deals. Formal talks opened with a first negotiating round in April 2019. A month later, on May 17, 2019, the President proclaimed that imports of autos and parts threatened U.S. national security but deferred tariffs to allow negotiations. The leaders announced on September 25, 2019, that "stage one" had been finalized, and the U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement were signed on October 7, 2019. Both entered into force on January 1, 2020. The USJTA cut or removed Japanese tariffs on about $7.2 billion of U.S. agricultural goods. A U.S.-Japan Critical Minerals Agreement was signed on March 28, 2023. During the President's October 2025 visit to Tokyo, the two governments also signed a framework on securing supplies of critical minerals and rare earths.

## Issues for Congress

Members have asked whether the investment MOU, which is not a treaty and has not been submitted to Congress, binds either government; whether the Administration will seek a vote to extend the Section 122 surcharge past 150 days; and how a Section 301 tariff would square with the framework's 15% ceiling. Bills introduced in the 119th Congress would require congressional approval of new tariffs within 60 days.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "Prime Minister Takaichi Sanae", note="family name first; 'then-Prime Minister Ishiba Shigeru' is a former PM"),
        "tariffs.us_tariff_most_imports": F(10, period="2026-02-24", as_written="Since February 24, most Japanese goods have instead been subject to a 10% temporary surcharge under Section 122", note="also Table 1, 'Most goods / Section 122' row, 'Now' column"),
        "tariffs.ieepa_rate": F(15, period="2025-08-07", as_written="the 15% IEEPA rate that Japan accepted in a July 2025 framework agreement", note="the framework's rate, voided by the ruling (extract-dev D6); also 'August 7, 2025: the 15% IEEPA rate, inclusive of most-favored-nation (MFN) duties, took effect on most Japanese goods'"),
        "tariffs.section232_autos": F(15, as_written="the framework cut the Section 232 duty on Japanese passenger vehicles and parts to 15%, in effect since September 16, 2025", note="also 'The 15% rate on Japanese autos and auto parts remains in place' and Table 1's autos row"),
        "tariffs.section122_surcharge": F(10, as_written="a 10% temporary surcharge under Section 122 of the Trade Act of 1974"),
        "tariffs.ieepa_ruling": D("2026-02-20", as_written="The Court's decision of February 20, 2026"),
        "framework.announced": D("2025-07-22", as_written="July 22, 2025: President Trump announced a framework agreement with Japan on social media", note="in a dated bullet list"),
        "framework.investment_pledge": F(550000000000, by="2029-01-19", as_written="Japan is to invest $550 billion in U.S. projects selected by the Administration by January 19, 2029"),
        "trade.overall_partner_rank": F(6, period="2025", as_written="Japan was the sixth-largest U.S. trading partner in 2025"),
        "trade.us_exports_to_japan": F(133000000000, period="2025", as_written="That year, U.S. exports to Japan totaled $133.0 billion", note="year carried by 'That year'"),
        "trade.us_goods_exports_to_japan": F(81400000000, period="2025", as_written="including $81.4 billion in goods"),
        "trade.us_services_exports_to_japan": F(51600000000, period="2025", as_written="and $51.6 billion in services"),
        "trade.us_imports_from_japan": F(188900000000, period="2025", as_written="U.S. imports from Japan amounted to $188.9 billion"),
        "trade.us_goods_imports_from_japan": F(144800000000, period="2025", as_written="goods made up $144.8 billion"),
        "trade.us_services_imports_from_japan": F(44100000000, period="2025", as_written="and services the remaining $44.1 billion"),
        "trade.goods_deficit": F(63400000000, period="2025", as_written="The goods deficit narrowed to $63.4 billion"),
        "trade.goods_deficit_rank": F(8, period="2025", as_written="eighth-largest among U.S. trading partners"),
        "trade.fdi_source_rank": F(1, as_written="Japan has been the largest source of foreign direct investment (FDI) in the United States for six consecutive years"),
        "trade.japan_fdi_stock_in_us": F(783100000000, period="2024", as_written="its FDI stock reached $783.1 billion at the end of 2024"),
        "trade.us_fdi_stock_in_japan": F(76000000000, "about", period="2024", as_written="U.S. FDI in Japan, by contrast, stood at about $76 billion", note="year carried from the sentence before"),
        "trade.treasury_holder_rank": F(1, as_written="No country holds more U.S. Treasury securities than Japan"),
        "agreements.usjta_signed": D("2019-10-07", as_written="the U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement were signed on October 7, 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="Both entered into force on January 1, 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="Both entered into force on January 1, 2020", note="'Both' carries the two agreements from the sentence before"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="A U.S.-Japan Critical Minerals Agreement was signed on March 28, 2023"),
    },
    "elections": {
        "upper_house_2025": E("Upper House", "2025-07", "held", result="LDP and Komeito lost their majority"),
        "ldp_president_2025": E("LDP president", "2025-10-04", "held", result="Takaichi won"),
        "lower_house_2026": E("Lower House", "2026-02-08", "held", result="LDP landslide, well over 300 of 465 seats on its own"),
        "upper_house_2028": E("Upper House", "2028-07", "upcoming"),
    },
    "events": {
        "first_negotiating_round": EV("First round of U.S.-Japan trade agreement negotiations", "2019-04", "held"),
        "section232_autos_proclamation": EV("President proclaims auto and parts imports a national security threat, defers tariffs", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Leaders announce stage one finalized", "2019-09-25", "held"),
        "tariff_talks_announced": EV("Administration announces Japan among the first countries to negotiate over tariffs and other barriers", "2025-04-07", "held"),
        "section122_surcharge_expired": EV("The 10% Section 122 surcharge lapses after 150 days", "2026-07-23", "upcoming"),
    },
    "notes": "Traps: 'Three months after the Supreme Court struck down' (relative); 'the 15% IEEPA rate that Japan accepted' (the IEEPA rate, no longer the tariff on most imports); 'Section 122 of the Trade Act of 1974' and 'Section 301 of the Trade Act of 1974' (year of a law); bullet 'April 2, 2025: the President announced a 24% \"reciprocal\" tariff on Japan' (announced, paused), 'A 10% baseline applied from April 5' (past baseline, not the Section 122 surcharge), 'paused on April 9, first for 90 days and later until August 1'; bullet 'April 7, 2025' is the tracked talks announcement (event), not the framework; 'then-Prime Minister Ishiba Shigeru' (former PM); bullet 'July 7, 2025: a presidential letter warned that goods from Japan would face 25% from August 1' (threatened); bullet 'August 7, 2025: the 15% IEEPA rate ... took effect' (past rate and date); bullet 'September 4, 2025: an executive order put the framework into effect, and the two governments signed a memorandum of understanding' (not the announcement); 'the last full day of President Trump's term'; 'Cash flows are to be shared equally ... after which 90% goes to the United States'; 'expand U.S. rice purchases by 75%', '$8 billion a year of U.S. farm products and 100 Boeing aircraft' (purchases, not the pledge); 'Japanese cars had paid 27.5% since April 2025: the 25% Section 232 tariff plus the 2.5% MFN rate' (past auto rates); 'no higher than those on any other country' (semiconductors, pharmaceuticals); sidebar 'Inside the $550 Billion Commitment' (html aside): 'equity will be only 1%-2% of the total', 'The first three projects, named in February 2026, come to some $36 billion', 'South Korea's similar deal carries a $350 billion pledge, of which $200 billion is to be paid in installments capped at $20 billion a year' (another country); 'The Court ruled 6-3'; 'may not exceed 15% or last more than 150 days' (statutory cap, not the surcharge's rate); 'An April notice proposes a 12.5% Section 301 tariff on Japanese goods, with public comments due in June' (proposed, not in effect); 'refunds of IEEPA duties estimated at more than $10 billion'; '50% duties on steel, aluminum, and copper' and Table 1's steel row (not autos); Table 1's 'Through Feb. 20' column (IEEPA 15%: past as the tariff on most imports) and 'none'/'voided' cells; 'Takaichi won the LDP presidency on October 4, 2025' (an election, not a fact) and 'Komeito left its 26-year coalition'; 'well over 300 of the 465 seats'; 'the next Upper House election is in July 2028' (an election; IF11120 has no politics facts); 'narrowed to $63.4 billion' is the 2025 deficit (no earlier amount given); Figure 1 (html: image and caption only; pdf: years 2021-2025, ticks 0-160, '$ billions', legend 'U.S. exports'/'U.S. imports', no values); 'for six consecutive years' (a count of years beside rank 1); 'at roughly $1.2 trillion in March 2026' (Treasury holdings, not FDI) and 'the United Kingdom now ranks second'; 'A month later, on May 17, 2019' (the tracked 2019 proclamation, an event: not a tariff rate); 'September 25, 2019' (stage one finalized, event; not the signing); 'about $7.2 billion of U.S. agricultural goods'; 'During the President's October 2025 visit to Tokyo, the two governments also signed a framework on ... critical minerals and rare earths' (not the 2023 agreement); 'extend the Section 122 surcharge past 150 days'; 'the framework's 15% ceiling' (a ceiling, not a new rate); 'the 119th Congress', 'within 60 days'. PDF: ligature characters and hyphenated line ends; html: congress.gov-like page with the sidebar as an aside and the table as an HTML table.",
}
