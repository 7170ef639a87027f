from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "AM2-IF11120-2026-05", "fresh17", "IF11120", 25
TITLE = "U.S.-Japan Trade Agreements and Tariff Negotiations"
LAYOUTS = ["md", "pdf"]
PDF_OPTS = ["quotes", "nbsp", "hyph"]

MD = """
U.S.-Japan Trade Agreements and Tariff Negotiations

Updated May 27, 2026

## Overview

Since February 24, 2026, four days after the Supreme Court held that the International Emergency Economic Powers Act (IEEPA) does not authorize tariffs, most U.S. imports from Japan have paid a 10% surcharge under Section 122 of the Trade Act of 1974 instead of the 15% IEEPA rate they had paid since August 7, 2025. By statute the surcharge can run no higher than 15% and no longer than 150 days; unless Congress acts, its 150 days run out on July 23, 2026. The investment and tariff framework that President Donald J. Trump announced with Japan on July 22, 2025, has nonetheless survived the ruling, and so has the 15% Section 232 tariff on Japanese autos. Prime Minister Takaichi Sanae, who won the Liberal Democratic Party (LDP) presidency on October 4, 2025, took office on October 21, and led the LDP to 316 of 465 Lower House seats on February 8, 2026, has said Japan will honor its commitments.

## From Announcement to Framework, 2025

U.S. tariffs on Japan rose in steps. Japanese steel and aluminum lost any exemption on March 12, 2025, when 25% Section 232 duties were extended to all countries, and the rate was doubled to 50% on June 4. On April 2, the President announced "reciprocal" tariffs under IEEPA, assigning Japan 24%; a 10% baseline applied from April 5, and the 24% rate, in effect for a few hours on April 9, was suspended that same day for 90 days. On April 7, between those dates, President Trump and then-Prime Minister Ishiba Shigeru agreed by telephone to open negotiations, which Minister Akazawa Ryosei led for Japan from April 16. A letter of July 7 threatened 25% from August 1 if no deal was reached.

The framework announced on July 22 set a single 15% tariff, inclusive of most-favored-nation (MFN) duties, on most Japanese goods, in effect from August 7; an executive order and a memorandum of understanding (MOU), both dated September 4, 2025, put its terms in writing.

## Section 232: Autos, Parts, and Metals

Japanese passenger vehicles have paid a Section 232 tariff since April 3, 2025, and parts since May 3. Until September 16, 2025, that meant 25% on top of the 2.5% MFN duty, or 27.5% in all; from that date the combined rate fell to 15%. Because the Court's ruling addressed IEEPA alone, the 15% auto rate and the 50% steel and aluminum duties remain in place.

## The Ruling and the Section 122 Surcharge

In *Learning Resources, Inc. v. Trump*, argued on November 5, 2025, and decided 6-3 on February 20, 2026, the Court found that IEEPA, a 1977 law, confers no power to impose tariffs. Collection of the 15% rate stopped; importers are now seeking refunds of IEEPA duties paid from April 5, 2025, onward. The President proclaimed the Section 122 surcharge on February 20, effective February 24, and said on February 21 that he would raise it to 15%, the statutory maximum; as of this writing he has not done so.

To keep tariffs in place after July 23, the Administration is relying on other authorities. The U.S. Trade Representative (USTR) opened Section 301 investigations of several partners, Japan among them, on March 11, 2026, and held hearings beginning May 5; officials have floated rates of 10% to 15%, but none has been proposed formally.

Table 1. Tariff Authorities and Japan, May 27, 2026

| Authority | Statutory cap | Rate on Japan |
| --- | --- | --- |
| IEEPA | n.a. | voided |
| Section 122 | 15%, 150 days | 10% |
| Section 232, autos | none | 15% |
| Section 232, metals | none | 50% |
| Section 301 | none | not yet set |

## The Investment Pledge

Under the September 4 MOU, Japan is to finance $550 billion of U.S. investments, chosen by an investment committee chaired by the Commerce Secretary, before January 19, 2029. Cash flows are to be split evenly until Japan recovers its outlay and 90%-10% in the U.S. favor afterward. The first three projects, worth about $36 billion, were announced on February 17, 2026, three days before the ruling; Tokyo has since said the ruling leaves the pledge intact. South Korea's comparable pledge is $350 billion; the European Union's is $600 billion.

## Earlier Agreements

Formal talks on the first Trump Administration's agreements began in April 2019, a month before a May 17, 2019, proclamation that found auto imports a national-security threat but imposed no tariff. The leaders declared a first-stage deal final in New York on September 25, 2019, and their representatives signed the U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement in Washington on October 7, 2019; both took effect on January 1, 2020. A Critical Minerals Agreement followed on March 28, 2023, and a rare-earths framework on October 28, 2025.

## Trade and Investment Flows

Japan remained the sixth-largest U.S. trading partner in 2025, as in 2024. U.S. exports of goods and services to Japan rose to $131.4 billion from $129.1 billion a year earlier: $80.6 billion of goods and $50.8 billion of services. Imports from Japan fell to $183.9 billion from $192.4 billion; goods accounted for $140.3 billion of them and services for $43.6 billion. The U.S. goods deficit with Japan, $69.9 billion in 2024, shrank to $59.7 billion. Mexico, China, Vietnam, Taiwan, Ireland, Switzerland, and Germany each ran a larger goods surplus with the United States than Japan did.

Japan has been the largest source of foreign direct investment (FDI) in the United States every year since 2019. Its FDI stock reached $792.6 billion at the end of 2024, roughly ten times the $74.7 billion that U.S. firms held in Japan. With about $1.2 trillion in March 2026, Japan also holds more U.S. Treasury securities than any other foreign country, ahead of the United Kingdom and China.

## Issues for Congress

- Whether to extend the Section 122 surcharge beyond July 23, 2026, which only an act of Congress can do.
- Whether Section 301 tariffs, or new legislation, should replace the rates voided on February 20, 2026.
- Oversight of the $550 billion investment mechanism and of projects selected under it.
- Refunds of IEEPA duties paid between April 5, 2025, and February 20, 2026.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald J. Trump"),
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "Prime Minister Takaichi Sanae"),
        "tariffs.us_tariff_most_imports": F(10, period="2026-02-24", as_written="Since February 24, 2026, ... most U.S. imports from Japan have paid a 10% surcharge under Section 122 of the Trade Act of 1974", note="the Section 122 surcharge, in force on the text's date"),
        "tariffs.ieepa_rate": F(15, period="2025-08-07", as_written="instead of the 15% IEEPA rate they had paid since August 7, 2025", note="the framework's rate, voided by the ruling (as extract-dev's D6); the 24% announced, 10% baseline and 25% threatened are traps"),
        "tariffs.section232_autos": F(15, period="2025-09-16", as_written="from that date the combined rate fell to 15%", note="27.5% and 25% before September 16, 2025 are traps"),
        "tariffs.section122_surcharge": F(10, period="2026-02-24", as_written="a 10% surcharge under Section 122 of the Trade Act of 1974", note="the 15% cap and the President's unexecuted plan to go to 15% are traps"),
        "tariffs.ieepa_ruling": D("2026-02-20", as_written="argued on November 5, 2025, and decided 6-3 on February 20, 2026"),
        "framework.announced": D("2025-07-22", as_written="The investment and tariff framework that President Donald J. Trump announced with Japan on July 22, 2025", note="not the September 4, 2025 executive order and MOU"),
        "framework.investment_pledge": F(550000000000, by="2029-01-19", as_written="Japan is to finance $550 billion of U.S. investments ... before January 19, 2029"),
        "trade.overall_partner_rank": F(6, period="2025", as_written="Japan remained the sixth-largest U.S. trading partner in 2025, as in 2024."),
        "trade.us_exports_to_japan": F(131400000000, period="2025", as_written="U.S. exports of goods and services to Japan rose to $131.4 billion from $129.1 billion a year earlier", note="year carried from the sentence before"),
        "trade.us_goods_exports_to_japan": F(80600000000, period="2025", as_written="$80.6 billion of goods"),
        "trade.us_services_exports_to_japan": F(50800000000, period="2025", as_written="$50.8 billion of services"),
        "trade.us_imports_from_japan": F(183900000000, period="2025", as_written="Imports from Japan fell to $183.9 billion from $192.4 billion"),
        "trade.us_goods_imports_from_japan": F(140300000000, period="2025", as_written="goods accounted for $140.3 billion of them"),
        "trade.us_services_imports_from_japan": F(43600000000, period="2025", as_written="and services for $43.6 billion"),
        "trade.goods_deficit": F(59700000000, period="2025", as_written="The U.S. goods deficit with Japan, $69.9 billion in 2024, shrank to $59.7 billion."),
        "trade.goods_deficit_rank": F(8, period="2025", as_written="Mexico, China, Vietnam, Taiwan, Ireland, Switzerland, and Germany each ran a larger goods surplus with the United States than Japan did.", note="seven partners named, so Japan is eighth"),
        "trade.fdi_source_rank": F(1, as_written="Japan has been the largest source of foreign direct investment (FDI) in the United States every year since 2019."),
        "trade.japan_fdi_stock_in_us": F(792600000000, period="2024", as_written="Its FDI stock reached $792.6 billion at the end of 2024"),
        "trade.us_fdi_stock_in_japan": F(74700000000, period="2024", as_written="the $74.7 billion that U.S. firms held in Japan", note="year carried from the same sentence"),
        "trade.treasury_holder_rank": F(1, period="2026-03", as_written="With about $1.2 trillion in March 2026, Japan also holds more U.S. Treasury securities than any other foreign country, ahead of the United Kingdom and China."),
        "agreements.usjta_signed": D("2019-10-07", as_written="signed the U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement in Washington on October 7, 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="both took effect on January 1, 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="both took effect on January 1, 2020"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="A Critical Minerals Agreement followed on March 28, 2023"),
    },
    "elections": {
        "ldp_president_2025": E("LDP president", "2025-10-04", "held", result="Takaichi Sanae won"),
        "lower_house_2026": E("Lower House", "2026-02-08", "held", result="LDP 316 of 465 seats"),
    },
    "events": {
        "tariff_talks_announced": EV("Trump and Ishiba agree by telephone to open tariff negotiations", "2025-04-07", "held"),
        "section122_surcharge_expired": EV("Section 122 surcharge's 150 days run out", "2026-07-23", "upcoming"),
        "first_negotiating_round": EV("Formal U.S.-Japan trade talks begin", "2019-04", "held"),
        "section232_autos_proclamation": EV("Proclamation finds auto imports a national-security threat; no tariff imposed", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Leaders declare the first-stage deal final in New York", "2019-09-25", "held"),
    },
    "notes": "Traps: 'four days after the Supreme Court held' (the ruling date is stated later); 'By statute the surcharge can run no higher than 15% and no longer than 150 days' (cap); 'took office on October 21' and '316 of 465 Lower House seats'; 'lost any exemption on March 12, 2025, when 25% Section 232 duties were extended to all countries, and the rate was doubled to 50% on June 4' (steel and aluminum); 'assigning Japan 24%' (announced, suspended); 'a 10% baseline applied from April 5' (earlier IEEPA rate); 'suspended that same day for 90 days'; 'from April 16' (2025 talks, not the 2019 first round); 'A letter of July 7 threatened 25% from August 1' (threatened); 'an executive order and a memorandum of understanding (MOU), both dated September 4, 2025' (not the announcement); 'since April 3, 2025, and parts since May 3' and '25% on top of the 2.5% MFN duty, or 27.5% in all' (earlier auto rates); 'the 50% steel and aluminum duties'; 'argued on November 5, 2025'; 'IEEPA, a 1977 law'; 'said on February 21 that he would raise it to 15%, the statutory maximum; as of this writing he has not done so' (unexecuted); 'opened Section 301 investigations ... on March 11, 2026' and 'officials have floated rates of 10% to 15%'; Table 1 'Tariff Authorities and Japan' ('15%, 150 days' statutory cap column beside the rates; 'voided'; 'not yet set'); 'split evenly ... 90%-10%'; 'The first three projects, worth about $36 billion, were announced on February 17, 2026' (not the pledge); 'South Korea's comparable pledge is $350 billion; the European Union's is $600 billion' (other countries); 'a rare-earths framework on October 28, 2025' (not the CMA); 'as in 2024'; 'from $129.1 billion a year earlier' and 'from $192.4 billion' (2024 totals); '$69.9 billion in 2024' (past deficit); 'every year since 2019' (not a rank); 'roughly ten times'; 'ahead of the United Kingdom and China'; Issues for Congress bullet list repeating 'July 23, 2026', 'February 20, 2026' and 'April 5, 2025'; PDF curly quotes, NBSP and hyphenated line ends",
}
