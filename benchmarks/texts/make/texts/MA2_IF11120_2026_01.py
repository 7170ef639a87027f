from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "MA2-IF11120-2026-01", "fresh32", "IF11120", 24
TITLE = "U.S.-Japan Trade Agreements and Tariff Negotiations"
LAYOUTS = ["md", "layout"]
PDF_OPTS = ["nbsp", "hyph"]
CHART = {"unit": "$ billions", "ymax": 800, "ticks": [0, 200, 400, 600, 800],
         "series": ["Japanese direct investment position in the United States"],
         "bars": {"2020": (648,), "2021": (690,), "2022": (712,), "2023": (755,), "2024": (788,)}}

MD = """
U.S.-Japan Trade Agreements and Tariff Negotiations

Updated January 29, 2026

## Overview

A year into President Trump's second term, the rules of trade between the world's largest economy and its fourth-largest have been rewritten. Goods from Japan entering the United States now face, in most cases, a 15% tariff: the rate imposed under the International Emergency Economic Powers Act (IEEPA), which includes the normal most-favored-nation (MFN) duty rather than adding to it. That rate, and Japan's promise to steer hundreds of billions of dollars into U.S. industries, came out of a framework deal that the President announced on July 22 last year. Whether the IEEPA tariffs survive is now in the hands of the Supreme Court, which heard arguments on November 5 and has not yet ruled. In Tokyo, meanwhile, Prime Minister Takaichi Sanae dissolved the House of Representatives on January 23; voters elect a new lower house on February 8.

## How the Rate Was Set

Japan was one of the first partners the Administration singled out when, in April 2025, it announced negotiations with Tokyo on tariffs, non-tariff barriers, currency, and subsidies. The rates applied to most Japanese goods changed several times before the framework took hold (Table 1).

Table 1. IEEPA Tariffs on Most Goods from Japan, 2025

| From | Measure | Rate | Status |
| --- | --- | --- | --- |
| April 5 | Baseline | 10% | replaced |
| April 9 | "Reciprocal" | 24% | paused |
| August 1 | July 7 letter | 25% | not applied |
| August 7 | Framework | 15% | in effect |

Source: CRS, from executive orders and the President's letter to Prime Minister Ishiba.

The framework was put in writing on September 4, when the President signed an executive order carrying it out and the two governments signed a memorandum of understanding (MOU) on investment. Its main terms:

- Japan is to provide $550 billion for U.S. projects picked by the Administration, with the funds to be committed before January 19, 2029; until Japan has recovered its outlay, returns are split evenly, after which nine-tenths go to the United States.
- Section 232 duties on Japanese cars, light trucks, and auto parts dropped to 15% for goods entered on or after September 16, down from 27.5% (the 25% Section 232 tariff stacked on the 2.5% MFN duty) since last spring.
- Should the United States impose Section 232 tariffs on semiconductors or pharmaceuticals, Japan's are not to exceed those of any other country.
- Tokyo will raise purchases of U.S. rice by 75% within its existing import quota and buy $8 billion a year of other U.S. farm products, along with 100 Boeing aircraft.

Steel and aluminum are outside the framework. Both remain subject to Section 232 tariffs of 50%, double the 25% charged until last June. Other partners struck similar bargains: South Korea pledged $350 billion of investment in late July, and the European Union, like Japan, accepted a 15% ceiling.

## The Supreme Court Case

Lower courts held last year that IEEPA does not authorize the President to impose tariffs. The Supreme Court agreed to hear the consolidated cases and heard oral argument on November 5; a decision could come as soon as next month. Should the Court rule against the tariffs, Administration officials have said they would turn to other authorities, among them Section 122 of the Trade Act of 1974 (which permits a surcharge of up to 15% for no more than 150 days), Section 301, and Section 232. The auto tariff rests on Section 232 and is not at issue in the case. Japanese officials have indicated that an adverse ruling would not, by itself, release Japan from its investment commitment.

## Politics in Tokyo

Takaichi, the country's first woman prime minister, took office on October 21, having won the Liberal Democratic Party's (LDP's) leadership contest on October 4. She succeeded Ishiba Shigeru, who said in September that he would step down; the LDP and its partner of 26 years, Komeito, had lost control of the upper house in the election of July 20 last year. Komeito then left the coalition, and the LDP now governs with the Japan Innovation Party (Ishin). A week after taking office, Takaichi received Trump in Tokyo, where the two signed a framework on critical minerals and rare earths and a document affirming the July deal. Approval ratings for her cabinet, above 60% in most polls, lay behind the decision to seek a fresh mandate.

## Trade and Investment Ties

By the broadest measure, goods and services combined, Japan was the sixth-largest U.S. trading partner in 2024. That year the United States sold it $129.1 billion in goods and services ($79.7 billion and $49.4 billion, respectively) and bought $192.4 billion from it. Of the purchases, goods accounted for $149.6 billion; services, for $42.8 billion. Only six partners (China, Mexico, Vietnam, Ireland, Germany, and Taiwan) ran wider goods deficits with the United States than Japan, whose goods shortfall came to $69.9 billion. Full-year figures for 2025 are due from the Commerce Department next month.

**Figure 1. Japan's Direct Investment Position in the United States, 2020-2024**

Source: Bureau of Economic Analysis (BEA).

Japanese firms have held more direct investment in the United States than those of any other country since 2019. Their position stood at close to $790 billion at the end of 2024, about one-seventh of all foreign direct investment in the country. U.S. direct investment in Japan was valued at some $74 billion that year. Japan also remains the biggest foreign owner of U.S. Treasury securities: about $1.2 trillion in November, ahead of the United Kingdom and China.

## Background: The 2019 Agreements

The framework's precedent lies in the first Trump Administration's talks with Japan:

- Negotiators held their first formal round in Washington in mid-April 2019.
- A month later, on May 17, 2019, a presidential proclamation found that auto imports threatened to impair U.S. national security, though no auto tariffs followed.
- The leaders announced a limited, "stage one" deal in late August, and the text was finalized on September 25, 2019.
- Signed in New York on October 7, 2019, the U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement (DTA) took effect on New Year's Day 2020.

A further accord, the U.S.-Japan Critical Minerals Agreement (signed March 28, 2023), allowed minerals processed in Japan to count toward the U.S. clean vehicle tax credit, which expired last September. Planned talks on a broader second stage never began.

## Issues for Congress

- whether tariffs imposed under IEEPA, or substitutes under other statutes, should require congressional approval;
- how the investment vehicle is governed, and what role, if any, Congress has in selecting projects;
- whether the framework, which is not a trade agreement in the USJTA's sense, should be submitted to Congress.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Trump", note="given name not written"),
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "Prime Minister Takaichi Sanae", note="family name first; Ishiba Shigeru is her predecessor"),
        "tariffs.us_tariff_most_imports": F(15, period="2025-08-07", as_written="Goods from Japan entering the United States now face, in most cases, a 15% tariff", note="also Table 1's 'in effect' row ('August 7', year from the caption)"),
        "tariffs.ieepa_rate": F(15, period="2025-08-07", as_written="the rate imposed under the International Emergency Economic Powers Act (IEEPA), which includes the normal most-favored-nation (MFN) duty rather than adding to it", note="appositive after the colon names the 15% as the IEEPA rate; Table 1 'Framework' row"),
        "tariffs.section232_autos": F(15, period="2025-09-16", as_written="Section 232 duties on Japanese cars, light trucks, and auto parts dropped to 15% for goods entered on or after September 16", note="bullet; September 2025 from context (the framework of 'last year'); 'since last spring' 27.5% is past"),
        "framework.announced": D("2025-07-22", as_written="a framework deal that the President announced on July 22 last year", note="'last year' from the 2026 cover"),
        "framework.investment_pledge": F(550000000000, by="2029-01-19", as_written="Japan is to provide $550 billion for U.S. projects picked by the Administration, with the funds to be committed before January 19, 2029"),
        "trade.overall_partner_rank": F(6, period="2024", as_written="By the broadest measure, goods and services combined, Japan was the sixth-largest U.S. trading partner in 2024"),
        "trade.us_exports_to_japan": F(129100000000, period="2024", as_written="That year the United States sold it $129.1 billion in goods and services", note="'That year' = 2024"),
        "trade.us_goods_exports_to_japan": F(79700000000, period="2024", as_written="($79.7 billion and $49.4 billion, respectively)", note="'respectively' pairs the first with goods"),
        "trade.us_services_exports_to_japan": F(49400000000, period="2024", as_written="($79.7 billion and $49.4 billion, respectively)", note="'respectively' pairs the second with services"),
        "trade.us_imports_from_japan": F(192400000000, period="2024", as_written="and bought $192.4 billion from it", note="subject and year carried ('the United States', 'That year')"),
        "trade.us_goods_imports_from_japan": F(149600000000, period="2024", as_written="Of the purchases, goods accounted for $149.6 billion"),
        "trade.us_services_imports_from_japan": F(42800000000, period="2024", as_written="services, for $42.8 billion", note="verb elided"),
        "trade.goods_deficit": F(69900000000, period="2024", as_written="whose goods shortfall came to $69.9 billion", note="year carried from the paragraph"),
        "trade.goods_deficit_rank": F(7, period="2024", as_written="Only six partners (China, Mexico, Vietnam, Ireland, Germany, and Taiwan) ran wider goods deficits with the United States than Japan", note="rank by count of those ahead"),
        "trade.fdi_source_rank": F(1, as_written="Japanese firms have held more direct investment in the United States than those of any other country since 2019", note="'since 2019' is a span, not the rank's period"),
        "trade.japan_fdi_stock_in_us": F(790000000000, "nearly", period="2024", as_written="Their position stood at close to $790 billion at the end of 2024", note="'close to' = nearly; subject 'Their' = Japanese firms"),
        "trade.us_fdi_stock_in_japan": F(74000000000, "about", period="2024", as_written="U.S. direct investment in Japan was valued at some $74 billion that year"),
        "trade.treasury_holder_rank": F(1, period="2025-11", as_written="Japan also remains the biggest foreign owner of U.S. Treasury securities: about $1.2 trillion in November, ahead of the United Kingdom and China", note="'November' before a January 2026 cover = November 2025"),
        "agreements.usjta_signed": D("2019-10-07", as_written="Signed in New York on October 7, 2019, the U.S.-Japan Trade Agreement (USJTA)"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="took effect on New Year's Day 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="and the U.S.-Japan Digital Trade Agreement (DTA) took effect on New Year's Day 2020"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="the U.S.-Japan Critical Minerals Agreement (signed March 28, 2023)"),
    },
    "elections": {
        "upper_house_2025": E("Upper House", "2025-07-20", "held", result="LDP and Komeito lost control of the upper house", note="'July 20 last year'"),
        "ldp_president_2025": E("LDP president", "2025-10-04", "held", result="Takaichi won", note="year from context (October before a January 2026 cover)"),
        "lower_house_2026": E("Lower House", "2026-02-08", "upcoming", note="snap election after the January 23 dissolution"),
    },
    "events": {
        "tariff_talks_announced": EV("Administration announces negotiations with Japan on tariffs, non-tariff barriers, currency and subsidies", "2025-04", "held"),
        "first_negotiating_round": EV("First formal round of U.S.-Japan trade negotiations, Washington", "2019-04", "held"),
        "section232_autos_proclamation": EV("Section 232 proclamation on auto imports (no tariffs imposed)", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Stage one deal finalized", "2019-09-25", "held"),
    },
    "notes": "Traps: 'the world's largest economy and its fourth-largest' (economy sizes, not trade ranks); 'hundreds of billions of dollars' (the pledge stated vaguely; the figure is the bullet's $550 billion); 'heard arguments on November 5 and has not yet ruled' (no ruling date: the case is pending) and 'a decision could come as soon as next month'; 'dissolved the House of Representatives on January 23' (dissolution, not the election date); Table 1's 'Baseline' 10% (replaced), '\"Reciprocal\"' 24% (paused), 'July 7 letter' 25% (not applied) rows and its 'From' dates (only the 'Framework' 15% row is in effect); Table 1's source 'the President's letter to Prime Minister Ishiba' (former prime minister); 'The framework was put in writing on September 4' (executive order and MOU, not the announcement); bullet 'returns are split evenly, after which nine-tenths go to the United States'; bullet 'down from 27.5% (the 25% Section 232 tariff stacked on the 2.5% MFN duty) since last spring' (past auto rates); bullet 'semiconductors or pharmaceuticals'; bullet 'rice by 75%', '$8 billion a year of other U.S. farm products' and '100 Boeing aircraft' (purchases, not the pledge); 'Section 232 tariffs of 50%, double the 25% charged until last June' (steel and aluminum, not autos); 'South Korea pledged $350 billion' and 'the European Union, like Japan, accepted a 15% ceiling' (other partners); 'Section 122 of the Trade Act of 1974 (which permits a surcharge of up to 15% for no more than 150 days)' (a possible fallback, no surcharge in effect: no section122 fact); 'took office on October 21'; 'Ishiba Shigeru, who said in September that he would step down' (former PM); 'its partner of 26 years'; 'A week after taking office, Takaichi received Trump in Tokyo, where the two signed a framework on critical minerals and rare earths' (October 2025, not the 2023 Critical Minerals Agreement); 'above 60% in most polls' (approval); 'Full-year figures for 2025 are due ... next month'; 'about one-seventh of all foreign direct investment' (a share); 'about $1.2 trillion' (Treasury holdings, not FDI); 'A month later, on May 17, 2019' (event, not a signing); 'announced ... in late August' (stage one announced, not finalized); 'which expired last September' (tax credit); 'Planned talks on a broader second stage never began'. Figure 1 (Japanese FDI position 2020-2024, $ billions; ticks 0-800, year labels, one-series legend, no values). Layout: pdftotext -layout runs the two columns side by side, with Table 1, the bullets and Figure 1 among them; PDF options NBSP and hyphenated line ends.",
}
