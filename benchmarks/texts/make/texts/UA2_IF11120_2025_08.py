from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "UA2-IF11120-2025-08", "fresh41", "IF11120", 20
TITLE = "U.S.-Japan Trade Agreements and Tariff Negotiations"
LAYOUTS = ["md", "pdf"]
PDF_OPTS = ["quotes", "hyph"]
CHART = {"unit": "$ billions", "ymax": 60, "ticks": [0, 15, 30, 45, 60],
         "series": ["Vehicles and parts"],
         "bars": {"2020": (42.8,), "2021": (44.9,), "2022": (47.6,), "2023": (56.3,), "2024": (55.4,)}}

MD = """
U.S.-Japan Trade Agreements and Tariff Negotiations

Updated August 28, 2025

## Overview

Five weeks after the United States and Japan announced a framework agreement on tariffs and investment, the two governments are still working out what it means. No joint text has been published. Goods from Japan not covered by sectoral tariffs have faced a 15% duty under the International Emergency Economic Powers Act (IEEPA) since August 7, but Japan's cars, its largest export to the United States, have not yet received the lower rate the deal promises. Japan's chief negotiator, Akazawa Ryosei, called off a trip to Washington planned for this week, citing unresolved details. Congress has had no formal role in the talks.

## How the Talks Unfolded

Autos were hit first. Under a proclamation the President signed on March 26, a 25% Section 232 tariff on imported passenger vehicles took effect on April 3, and parts followed on May 3. On April 2, the Administration listed Japan among the countries to be charged a "reciprocal" IEEPA tariff, setting its rate at 24%; a 10% baseline applied to nearly all partners from April 5. When the country-specific rates were paused for 90 days on April 9, the 10% baseline remained. Two days earlier, after a telephone call with Prime Minister Ishiba Shigeru, President Donald J. Trump had said the two countries would open negotiations, and Treasury Secretary Scott Bessent named Japan as an early priority.

Seven rounds in Washington brought no agreement by the original July deadline. In a letter dated July 7, the President warned that Japan's goods would pay 25% from August 1. The breakthrough came on July 22, when, after meeting Akazawa at the White House, the President announced on social media that a deal had been struck. The European Union (July 27) and South Korea (July 30) reached comparable terms within days; each was also assigned 15%.

## What Was Agreed

As the White House and Japan's government have described it, the framework provides that:

- most Japanese goods pay an IEEPA rate of 15%, with the MFN duty counted within that figure, not on top of it;
- autos and parts are to pay 15% in all, replacing today's Section 232 charge;
- Japan will invest $550 billion in U.S. projects chosen by the U.S. government, in semiconductors, pharmaceuticals, energy, shipbuilding, and other strategic sectors;
- Japan will buy 100 Boeing aircraft and $8 billion a year of U.S. farm products, and raise rice imports by 75% within its existing quota.

The two sides disagree on much of the investment provision. U.S. officials say the United States would take 90% of the profits; Japanese officials say loans and guarantees from government-affiliated lenders would make up nearly all of it, with equity no more than 1% to 2% of the total.

## Implementation

The rates in force differ from the rates agreed (Table 1). When the new IEEPA tariffs began on August 7, Customs charged Japan's 15% on top of MFN duties, unlike the EU's. U.S. officials have acknowledged the error and promised an amending executive order with refunds back to that date, but none has been issued. Japanese autos, meanwhile, still pay the 25% Section 232 tariff, making the levy on a typical car 27.5% with the 2.5% MFN duty. Japan's automakers have absorbed much of the cost by cutting export prices.

Table 1. U.S. Tariffs on Goods from Japan, August 2025

| Product | Authority | In force | Agreed |
| --- | --- | --- | --- |
| Most goods | IEEPA | 15% + MFN | 15% all-in |
| Autos, parts | Sec. 232 | 25% + MFN | 15% all-in |
| Steel, aluminum | Sec. 232 | 50% | none |

Source: CRS, from proclamations, executive orders, and statements by both governments.

## Politics in Tokyo

The deal has not steadied Japan's government. The ruling Liberal Democratic Party (LDP) and Komeito, which lost their majority in the House of Representatives last October, also fell short of one in the House of Councillors in the July 20 election. Ishiba has rejected calls from within the LDP to resign, saying he would first see the tariff agreement carried out. Party lawmakers will decide in early September whether to hold an early leadership vote.

## Trade and Investment Ties

Counting goods and services together, Japan ranked sixth among U.S. trade partners last year. U.S. sales to Japan came to $129.1 billion; goods accounted for $79.7 billion of that and services the remaining $49.4 billion. Purchases from Japan were larger. They amounted to $191.0 billion, of which $148.2 billion was merchandise and $42.8 billion services. In goods alone, Americans bought $68.5 billion more from Japan than they sold there, a gap exceeded by those with six other countries, among them China, Mexico, and Vietnam. Vehicles and parts make up over a third of U.S. goods imports from Japan (Figure 1).

**Figure 1. U.S. Imports of Motor Vehicles and Parts from Japan, 2020-2024**

Source: CRS, with U.S. Census Bureau data.

Japanese companies have held the largest stock of foreign direct investment (FDI) in the United States since 2019; it reached $754.1 billion at the end of 2024. The U.S. position in Japan, approximately $76 billion, is about a tenth as large. Tokyo is also the biggest foreign creditor of the U.S. government: its holdings of Treasury securities stood at $1.15 trillion in June, ahead of those of the United Kingdom and China.

## Earlier Agreements

The framework builds on deals struck in President Trump's first term. Talks with then-Prime Minister Abe Shinzo yielded a "stage one" agreement, announced in New York on September 25, 2019. Signed at the White House on October 7, 2019, the U.S.-Japan Trade Agreement (USJTA) and a companion U.S.-Japan Digital Trade Agreement both took effect on January 1, 2020, after the Diet approved them in December. The promised second stage never began. Under President Biden, the two countries signed a critical minerals agreement in Washington on March 28, 2023, which lets minerals from Japan count toward the clean vehicle tax credit.

## Issues for Congress

- The Court of International Trade held on May 28 that IEEPA does not authorize these tariffs; the Federal Circuit, which stayed that decision, heard argument on July 31 and has not ruled.
- Members may ask whether the investment terms, announced but not written down, are enforceable, and how the profit split would work.
- Threatened Section 232 tariffs on semiconductors and pharmaceuticals could fall on Japanese goods unless the framework's 15% cap for them is confirmed.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald J. Trump"),
        "leaders.japan_prime_minister": P("Ishiba", "Shigeru", "Prime Minister Ishiba Shigeru", note="family name first; Abe former"),
        "tariffs.us_tariff_most_imports": F(15, period="2025-08-07", as_written="Goods from Japan not covered by sectoral tariffs have faced a 15% duty under the International Emergency Economic Powers Act (IEEPA) since August 7", note="year from the cover; also Table 1's 'In force' column, most-goods row (15% + MFN: the stacking error changes how it is charged, not the rate)"),
        "tariffs.ieepa_rate": F(15, period="2025-08-07", as_written="a 15% duty under the International Emergency Economic Powers Act (IEEPA) since August 7", note="also bullet 'most Japanese goods pay an IEEPA rate of 15%'; the April 24% (listed, paused) and the 10% baseline (past) are traps"),
        "tariffs.section232_autos": F(25, as_written="Japanese autos, meanwhile, still pay the 25% Section 232 tariff", note="the Section 232 rate in force at the cover (as fresh ND2); the combined 27.5% and the agreed 15% are traps; also Table 1's autos row 'In force'"),
        "framework.announced": D("2025-07-22", as_written="The breakthrough came on July 22, when, after meeting Akazawa at the White House, the President announced on social media that a deal had been struck", note="year from the cover"),
        "framework.investment_pledge": F(550000000000, as_written="Japan will invest $550 billion in U.S. projects chosen by the U.S. government", note="no deadline stated at this date"),
        "trade.overall_partner_rank": F(6, period="2024", as_written="Counting goods and services together, Japan ranked sixth among U.S. trade partners last year", note="'last year' from the cover"),
        "trade.us_exports_to_japan": F(129100000000, period="2024", as_written="U.S. sales to Japan came to $129.1 billion", note="year carried from the sentence before"),
        "trade.us_goods_exports_to_japan": F(79700000000, period="2024", as_written="goods accounted for $79.7 billion of that"),
        "trade.us_services_exports_to_japan": F(49400000000, period="2024", as_written="and services the remaining $49.4 billion"),
        "trade.us_imports_from_japan": F(191000000000, period="2024", as_written="Purchases from Japan were larger. They amounted to $191.0 billion", note="subject carried by 'They'"),
        "trade.us_goods_imports_from_japan": F(148200000000, period="2024", as_written="of which $148.2 billion was merchandise"),
        "trade.us_services_imports_from_japan": F(42800000000, period="2024", as_written="and $42.8 billion services"),
        "trade.goods_deficit": F(68500000000, period="2024", as_written="In goods alone, Americans bought $68.5 billion more from Japan than they sold there"),
        "trade.goods_deficit_rank": F(7, period="2024", as_written="a gap exceeded by those with six other countries, among them China, Mexico, and Vietnam", note="six larger gaps: seventh"),
        "trade.fdi_source_rank": F(1, as_written="Japanese companies have held the largest stock of foreign direct investment (FDI) in the United States since 2019", note="'since 2019' a span, no period"),
        "trade.japan_fdi_stock_in_us": F(754100000000, period="2024", as_written="it reached $754.1 billion at the end of 2024"),
        "trade.us_fdi_stock_in_japan": F(76000000000, "about", period="2024", as_written="The U.S. position in Japan, approximately $76 billion, is about a tenth as large", note="year carried from the sentence before; 'about a tenth' a ratio, trap"),
        "trade.treasury_holder_rank": F(1, period="2025-06", as_written="Tokyo is also the biggest foreign creditor of the U.S. government: its holdings of Treasury securities stood at $1.15 trillion in June", note="year from the cover"),
        "agreements.usjta_signed": D("2019-10-07", as_written="Signed at the White House on October 7, 2019, the U.S.-Japan Trade Agreement (USJTA)"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="both took effect on January 1, 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="a companion U.S.-Japan Digital Trade Agreement both took effect on January 1, 2020"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="the two countries signed a critical minerals agreement in Washington on March 28, 2023"),
    },
    "elections": {
        "lower_house_2024": E("Lower House", "2024-10", "held", result="LDP and Komeito lost their majority", note="'last October' from the cover"),
        "upper_house_2025": E("Upper House", "2025-07-20", "held", result="LDP and Komeito fell short of a majority"),
    },
    "events": {
        "section232_autos_proclamation": EV("The President proclaims a 25% Section 232 tariff on imported autos", "2025-03-26", "held"),
        "tariff_talks_announced": EV("After a call with Ishiba, President Trump says the two countries will open negotiations", "2025-04-07", "held"),
        "stage_one_deal_finalized": EV("Trump and Abe announce the stage one agreement in New York", "2019-09-25", "held"),
    },
    "notes": "Traps: 'Five weeks after' (duration); 'Japan's cars ... have not yet received the lower rate the deal promises'; 'called off a trip to Washington planned for this week'; 'took effect on April 3, and parts followed on May 3' (effective dates, not the March 26 proclamation); 'setting its rate at 24%' (listed April 2, paused); 'a 10% baseline applied to nearly all partners from April 5' and 'paused for 90 days on April 9, the 10% baseline remained' (past rate); 'Two days earlier' (the April 7 announcement counted back from April 9); 'Seven rounds in Washington' and 'the original July deadline'; 'In a letter dated July 7, the President warned that Japan's goods would pay 25% from August 1' (threatened); 'The European Union (July 27) and South Korea (July 30) ... each was also assigned 15%' (other countries); bullet 'autos and parts are to pay 15% in all' (agreed, not in force); bullet '100 Boeing aircraft and $8 billion a year of U.S. farm products, and raise rice imports by 75%' (purchases); 'the United States would take 90% of the profits' and 'equity no more than 1% to 2% of the total'; 'Customs charged Japan's 15% on top of MFN duties, unlike the EU's' (the stacking error, not a rate change) and 'refunds back to that date'; 'making the levy on a typical car 27.5% with the 2.5% MFN duty' (combined and MFN rates, not the Section 232 rate); Table 1's 'Agreed' column (15% all-in for autos: planned) and steel/aluminum 50% row (not autos); 'which lost their majority in the House of Representatives last October' (held election); 'whether to hold an early leadership vote' (no date, not an election); 'Vehicles and parts make up over a third of U.S. goods imports' (a share, no fact); Figure 1 (vehicles and parts imports 2020-2024, ticks 0-60, one-series legend, no values); 'a gap exceeded by those with six other countries' (six is not the rank); 'since 2019' (span beside the FDI rank); 'is about a tenth as large' (a ratio); '$1.15 trillion in June, ahead of those of the United Kingdom and China' (holdings amount, other holders); 'then-Prime Minister Abe Shinzo' (former leader); 'after the Diet approved them in December' (not entry into force); 'Under President Biden' (former president); Issues bullet 'The Court of International Trade held on May 28 that IEEPA does not authorize these tariffs; the Federal Circuit ... heard argument on July 31 and has not ruled' (lower-court ruling, stayed: no tariffs.ieepa_ruling); bullet 'Threatened Section 232 tariffs on semiconductors and pharmaceuticals' and 'the framework's 15% cap'. PDF: curly quotes, hyphenated line ends; two columns, bullet lists and Table 1 in the columns.",
}
