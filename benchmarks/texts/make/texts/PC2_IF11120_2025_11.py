from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "PC2-IF11120-2025-11", "fresh35", "IF11120", 21
TITLE = "U.S.-Japan Trade Agreements and Tariff Negotiations"
LAYOUTS = ["interleaved", "layout"]
PDF_OPTS = ["quotes"]
CHART = {"unit": "$ billions", "ymax": 160, "ticks": [0, 40, 80, 120, 160],
         "series": ["U.S. goods exports to Japan", "U.S. goods imports from Japan"],
         "bars": {"2020": (64.0, 119.5), "2021": (74.7, 135.0), "2022": (80.3, 148.2), "2023": (76.9, 147.9), "2024": (79.7, 149.6)}}

MD = """
U.S.-Japan Trade Agreements and Tariff Negotiations

Updated November 13, 2025

## What Tariff Does Japan Face Now?

15%: that is the duty now levied on most goods entering the United States from Japan, a rate that includes the regular most-favored-nation (MFN) tariff rather than being added on top of it, and that has been collected since August 7, 2025. It is the centerpiece of the bilateral framework agreement, a tariff-and-investment bargain that President Donald J. Trump announced on July 22 after three months of talks with the government of then-Prime Minister Ishiba Shigeru. An executive order and a memorandum of understanding (MOU) signed on September 4 put its terms into effect, some of them retroactively. Prime Minister Takaichi Sanae, who took office on October 21, has said Japan will carry out the commitments her predecessor made; when the President visited Tokyo on October 27-29, the two leaders signed a document on implementing the deal.

## How Did the Rate Come About?

Negotiations began after April 7, when the White House, following a telephone call between the two leaders, designated Japan a priority partner for tariff talks. The rates announced or applied to Japan since then are summarized in Table 1.

Table 1. Tariff Rates Announced or Applied to Japanese Goods, 2025

| Action | Date | Rate | Status |
| --- | --- | --- | --- |
| "Reciprocal" rate announced | April 2 | 24% | paused |
| Baseline rate on all partners | April 5 | 10% | replaced |
| Rate in President's letter | July 7 | 25% | not applied |
| Framework rate, incl. MFN | August 7 | 15% | in effect |
| Section 232 autos, plus MFN | April 3 | 27.5% | lowered |

Source: CRS, from executive orders, proclamations, and White House statements.

The 15% charged on most goods is imposed under the International Emergency Economic Powers Act (IEEPA), a 1977 statute that lets the President regulate transactions with foreign countries during a declared national emergency. Goods whose MFN rate already exceeds 15% pay no added IEEPA duty.

Autos are handled separately. Section 232 of the Trade Expansion Act of 1962, a national security authority, was the basis for a proclamation the President signed on March 26 placing a 25% tariff on imported passenger vehicles and, later, on parts. For Japanese cars and parts, which also pay the 2.5% MFN duty, the combined charge stood at 27.5% until September 16, when the framework's rate of 15%, MFN included, took its place. Japanese steel and aluminum, by contrast, still face the 50% Section 232 rate applied to most countries since June.

## What Did Japan Promise?

The investment commitment was the price of the lower rate. Under the framework and the MOU:

- Japan is to provide $550 billion for investment in U.S. projects selected by the U.S. government, with the funds to be committed before January 19, 2029;
- cash flows are to be divided equally until Japan has recouped its contribution, after which 90% goes to the United States;
- Japan is to raise U.S. rice purchases by 75% within its existing duty-free quota, buy 100 Boeing aircraft, and buy about $8 billion a year of U.S. farm goods.

A fact sheet released during the Tokyo visit listed Japanese companies interested in projects worth up to $400 billion, in energy, power equipment, and critical minerals. South Korea, which made a similar pledge of $350 billion, has yet to conclude its own MOU.

## What Is at Stake in the Supreme Court?

Learning Resources v. Trump and V.O.S. Selections v. Trump, the consolidated challenges to the President's IEEPA tariffs, were argued before the Supreme Court on November 5. Two lower courts had found the tariffs unlawful. Several justices questioned whether IEEPA's power to "regulate ... importation" extends to tariffs, and a decision could come within weeks. Should the Court rule against the Administration, importers could seek refunds, and officials have said they could turn to other statutes: Section 122 of the Trade Act of 1974, which permits a surcharge of up to 15% for no more than 150 days, or Section 301. Section 232 tariffs, including those on autos, are not before the Court.

## Who Governs in Tokyo?

Ishiba resigned in September after his Liberal Democratic Party (LDP) and its partner, Komeito, lost their majority in the Upper House election of July 20, 2025, having already lost their Lower House majority in the general election of October 2024. Takaichi, a former economic security minister and Japan's first woman prime minister, won the LDP leadership race on October 4. Komeito then left the coalition, and the LDP now governs in partnership with the Japan Innovation Party (Ishin), which has no ministers in the cabinet. The two parties remain short of a majority in the Upper House.

## How Large Is the Economic Relationship?

Sixth among U.S. trading partners in 2024, Japan bought $129.1 billion of U.S. goods and services that year, or $79.7 billion and $49.4 billion, respectively. It sold the United States $192.4 billion; goods accounted for $149.6 billion of that total and services for the remaining $42.8 billion (Figure 1).

**Figure 1. U.S. Goods Trade with Japan, 2020-2024**

Source: CRS, with U.S. Census Bureau data.

$69.9 billion, the U.S. goods trade deficit with Japan in 2024, was the seventh largest the United States ran with any partner. It was narrower in the first eight months of 2025, at about $44 billion, as Japanese carmakers absorbed part of the tariff costs and shipped fewer vehicles.

Investment flows mainly the other way. Japan, the largest source of foreign direct investment (FDI) in the United States for six years running, had an FDI position here of about $790 billion at the end of 2024. The U.S. position in Japan, some $75 billion that year, was less than a tenth as large. Japanese investors are also the leading foreign holders of U.S. Treasury securities, with roughly $1.19 trillion in September.

## What Came Before?

Talks under the first Trump Administration opened in April 2019 and were finalized on September 25, 2019, when the leaders met in New York. The resulting U.S.-Japan Trade Agreement (USJTA), a limited "stage one" deal on market access for farm and industrial goods, and the U.S.-Japan Digital Trade Agreement (DTA), a companion pact on cross-border data and digital products, were signed on October 7, 2019, and entered into force on January 1, 2020. The U.S.-Japan Critical Minerals Agreement (CMA), which qualifies Japanese minerals for U.S. electric-vehicle tax credits, was signed on March 28, 2023. The rare-earths framework signed in Tokyo on October 28 adds to, but does not replace, the CMA.

## Issues for Congress

- Authority: whether Congress should legislate on tariff powers, depending on the Court's IEEPA ruling.
- Oversight: how projects funded from the $550 billion are chosen, and how returns are shared and reported.
- Autos and steel: whether the 15% auto rate and the 50% metals rate affect Japanese-owned U.S. plants and their suppliers.
- Agreements: whether the framework, an executive arrangement, should be submitted to Congress.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald J. Trump"),
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "Prime Minister Takaichi Sanae", note="family name first; Ishiba is 'then-Prime Minister' (a trap)"),
        "tariffs.us_tariff_most_imports": F(15, period="2025-08-07", as_written="15%: that is the duty now levied on most goods entering the United States from Japan, ... and that has been collected since August 7, 2025", note="figure opens the sentence; also Table 1's 'Framework rate, incl. MFN' row"),
        "tariffs.ieepa_rate": F(15, period="2025-08-07", as_written="The 15% charged on most goods is imposed under the International Emergency Economic Powers Act (IEEPA)"),
        "tariffs.section232_autos": F(15, period="2025-09-16", as_written="the combined charge stood at 27.5% until September 16, when the framework's rate of 15%, MFN included, took its place"),
        "framework.announced": D("2025-07-22", as_written="the bilateral framework agreement, ... that President Donald J. Trump announced on July 22", note="year from the previous sentence and the cover"),
        "framework.investment_pledge": F(550000000000, by="2029-01-19", as_written="Japan is to provide $550 billion for investment in U.S. projects selected by the U.S. government, with the funds to be committed before January 19, 2029"),
        "trade.overall_partner_rank": F(6, period="2024", as_written="Sixth among U.S. trading partners in 2024"),
        "trade.us_exports_to_japan": F(129100000000, period="2024", as_written="Japan bought $129.1 billion of U.S. goods and services that year"),
        "trade.us_goods_exports_to_japan": F(79700000000, period="2024", as_written="or $79.7 billion and $49.4 billion, respectively"),
        "trade.us_services_exports_to_japan": F(49400000000, period="2024", as_written="or $79.7 billion and $49.4 billion, respectively"),
        "trade.us_imports_from_japan": F(192400000000, period="2024", as_written="It sold the United States $192.4 billion", note="subject and year carried"),
        "trade.us_goods_imports_from_japan": F(149600000000, period="2024", as_written="goods accounted for $149.6 billion of that total"),
        "trade.us_services_imports_from_japan": F(42800000000, period="2024", as_written="and services for the remaining $42.8 billion"),
        "trade.goods_deficit": F(69900000000, period="2024", as_written="$69.9 billion, the U.S. goods trade deficit with Japan in 2024"),
        "trade.goods_deficit_rank": F(7, period="2024", as_written="was the seventh largest the United States ran with any partner"),
        "trade.fdi_source_rank": F(1, as_written="Japan, the largest source of foreign direct investment (FDI) in the United States for six years running"),
        "trade.japan_fdi_stock_in_us": F(790000000000, "about", period="2024", as_written="had an FDI position here of about $790 billion at the end of 2024"),
        "trade.us_fdi_stock_in_japan": F(75000000000, "about", period="2024", as_written="The U.S. position in Japan, some $75 billion that year"),
        "trade.treasury_holder_rank": F(1, period="2025-09", as_written="Japanese investors are also the leading foreign holders of U.S. Treasury securities, with roughly $1.19 trillion in September"),
        "agreements.usjta_signed": D("2019-10-07", as_written="The resulting U.S.-Japan Trade Agreement (USJTA), ... and the U.S.-Japan Digital Trade Agreement (DTA), ... were signed on October 7, 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="and entered into force on January 1, 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="and entered into force on January 1, 2020"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="The U.S.-Japan Critical Minerals Agreement (CMA), ... was signed on March 28, 2023"),
    },
    "elections": {
        "upper_house_2025": E("Upper House", "2025-07-20", "held", result="LDP and Komeito lost their majority"),
        "ldp_president_2025": E("LDP president", "2025-10-04", "held", result="Takaichi Sanae won"),
        "lower_house_2024": E("Lower House", "2024-10", "held", result="LDP and Komeito lost control"),
    },
    "events": {
        "tariff_talks_announced": EV("White House designates Japan a priority partner for tariff talks", "2025-04-07", "held"),
        "section232_autos_proclamation": EV("Proclamation imposing 25% Section 232 tariffs on imported autos", "2025-03-26", "held"),
        "first_negotiating_round": EV("First round of U.S.-Japan trade talks", "2019-04", "held"),
        "stage_one_deal_finalized": EV("Leaders finalize the stage one deal in New York", "2019-09-25", "held"),
    },
    "notes": "Traps: 'An executive order and a memorandum of understanding (MOU) signed on September 4' (implementation, not the announcement); 'then-Prime Minister Ishiba Shigeru' (former PM); 'who took office on October 21' and 'on October 27-29'; 'after three months of talks'; Table 1 rows '\"Reciprocal\" rate announced | April 2 | 24%' (announced, paused), 'Baseline rate on all partners | April 5 | 10%' (replaced), 'Rate in President's letter | July 7 | 25%' (threatened, not applied), 'Section 232 autos, plus MFN | April 3 | 27.5% | lowered' (past auto rate); 'a 1977 statute' (year of a law); 'Goods whose MFN rate already exceeds 15%'; 'Section 232 of the Trade Expansion Act of 1962'; 'placing a 25% tariff on imported passenger vehicles' (the global Section 232 rate, before the framework) and 'which also pay the 2.5% MFN duty'; 'the combined charge stood at 27.5% until September 16' (past); 'still face the 50% Section 232 rate applied to most countries since June' (steel and aluminum, not autos); bullet 'after which 90% goes to the United States'; bullet 'raise U.S. rice purchases by 75%', '100 Boeing aircraft', 'about $8 billion a year of U.S. farm goods'; 'projects worth up to $400 billion' (interest, not the pledge); 'South Korea, which made a similar pledge of $350 billion' (another country); 'were argued before the Supreme Court on November 5' (argued, no ruling: no tariffs.ieepa_ruling); 'Section 122 of the Trade Act of 1974, which permits a surcharge of up to 15% for no more than 150 days' (a possible fallback, not applied: no tariffs.section122_surcharge); 'It was narrower in the first eight months of 2025, at about $44 billion' (partial year); 'for six years running' (not a rank); 'was less than a tenth as large' (a ratio); 'roughly $1.19 trillion' (Treasury holdings); 'The rare-earths framework signed in Tokyo on October 28' (not the CMA); Issues bullets ('the $550 billion', 'the 15% auto rate and the 50% metals rate' repeated); Figure 1 (goods exports and imports 2020-2024, $ billions; ticks 0-160, two-series legend, no values). PDF curly quotes; layout: pdftotext -layout puts the two columns side by side; interleaved: the columns' lines alternate.",
}
