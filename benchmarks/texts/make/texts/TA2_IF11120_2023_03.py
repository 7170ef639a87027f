from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "TA2-IF11120-2023-03", "fresh40", "IF11120", 19
TITLE = "U.S.-Japan Trade Agreements and Negotiations"
LAYOUTS = ["md", "interleaved"]
PDF_OPTS = ["quotes", "nbsp"]

MD = """
U.S.-Japan Trade Agreements and Negotiations

Updated March 30, 2023

## Overview

Japan and the United States have not opened comprehensive trade negotiations since two limited agreements took effect more than three years ago. The Biden Administration has instead pursued narrower arrangements with Tokyo and a regional initiative, the Indo-Pacific Economic Framework for Prosperity (IPEF), that does not include tariff cuts. The newest of these arrangements was signed two days ago: on March 28, 2023, U.S. Trade Representative Katherine Tai and Japan's ambassador to the United States, Tomita Koji, concluded the U.S.-Japan Critical Minerals Agreement. President Joe Biden and Prime Minister Kishida Fumio had discussed supply-chain cooperation when they met at the White House in January. Some Members of Congress have questioned whether the agreement required their approval.

## How the 2019 Agreements Came About

The Trump Administration withdrew from the Trans-Pacific Partnership (TPP) in January 2017 and sought a bilateral deal with Japan instead. Tokyo resisted for more than a year. Its position shifted under the threat of Section 232 tariffs on motor vehicles, which account for roughly one-third of U.S. imports from Japan. In September 2018 President Donald Trump and then-Prime Minister Abe Shinzo agreed to start talks, and the first formal round was held in Washington in April 2019. A month later, a proclamation dated May 17, 2019, found that auto imports threatened to impair national security; it set no tariff and gave negotiators 180 days.

The two leaders announced on September 25, 2019, that the first stage of the negotiations was complete. Twelve days afterward, on October 7, representatives of the two governments signed two agreements:

- the U.S.-Japan Trade Agreement (USJTA), covering tariffs on agricultural and some industrial goods;
- the U.S.-Japan Digital Trade Agreement (DTA), with rules on data flows, electronic payments, and source code.

Each of them entered into force on the first day of 2020. Under the USJTA, Japan cut or removed tariffs on about $7 billion of U.S. farm exports, putting U.S. producers on a par with competitors from CPTPP countries; its tariff on U.S. beef, 38.5 percent before the deal, falls in stages to nine percent by FY2033. The United States reduced or eliminated tariffs on some $40 billion of imports from Japan, but left its 2.5 percent duty on passenger cars in place. A promised second stage of talks has not begun.

## Trade and Investment Figures

Japan was the fourth-largest U.S. trading partner in 2022, moving up from fifth in 2021. U.S. exports of goods and services to Japan grew by about seven percent over the year, to $120.1 billion. Goods made up about two-thirds of that total, $80.2 billion, and services the other $39.9 billion. U.S. imports from Japan rose to $180.3 billion, of which $148.1 billion was goods and $32.2 billion services.

Table 1. U.S. Trade with Japan, 2021 and 2022 ($ billions)

| | 2021 | 2022 |
| --- | --- | --- |
| U.S. exports, goods | 74.6 | 80.2 |
| U.S. exports, services | 37.6 | 39.9 |
| U.S. exports, total | 112.2 | 120.1 |
| U.S. imports, goods | 135.1 | 148.1 |
| U.S. imports, services | 32.7 | 32.2 |
| U.S. imports, total | 167.8 | 180.3 |
| Goods trade balance | -60.5 | -67.9 |

Source: CRS, with data from the U.S. Census Bureau and Bureau of Economic Analysis.

The U.S. deficit in goods trade with Japan widened last year to $67.9 billion from $60.5 billion. That gap was the fifth-largest with any trading partner in 2022, having been the fourth-largest a year earlier. A weaker yen, which fell to a 32-year low against the dollar in October, made Japanese goods cheaper.

Japan has been the biggest source of foreign direct investment (FDI) in the United States every year since 2019. The stock of Japanese FDI in the United States reached $721.1 billion at the end of 2021, up from $648 billion twelve months earlier. U.S. direct investment in Japan was roughly $120 billion at the end of 2021, a little under one-sixth of the Japanese figure. Japanese investors held about $1.1 trillion of U.S. Treasury securities at the end of January, more than investors from any other country; China, the largest holder until mid-2019, held $859 billion.

## Critical Minerals Agreement

The CMA commits both countries not to impose export duties on critical minerals such as lithium, cobalt, graphite, manganese, and nickel, and to cooperate on labor and environmental standards in their supply chains. It is meant to let Japanese suppliers count as a partner with a free trade agreement under the Inflation Reduction Act (IRA), whose clean-vehicle tax credit of up to $7,500 requires that a rising share of battery minerals come from the United States or such a partner, beginning at 40 percent this year and reaching 80 percent after 2026. The agreement was signed as an executive agreement, without being submitted to Congress.

## Other Issues

- **Steel and aluminum.** The 25 percent and 10 percent Section 232 tariffs that applied to Japanese steel and aluminum, respectively, since 2018 were replaced for steel on April 1, 2022, by a tariff-rate quota of about 1.25 million metric tons a year.
- **Regional agreements.** Japan and ten other countries belong to the CPTPP, which the United Kingdom has applied to join; IPEF, launched in Tokyo in May 2022, has fourteen members in all, including the United States and Japan.
- **Politics in Tokyo.** The ruling coalition strengthened its position in the July 2022 Upper House election, and Kishida will host the Group of Seven (G7) summit in Hiroshima in May.

## Issues for Congress

Congress may consider whether to press the Administration to pursue the second stage of negotiations envisioned in 2019, and whether executive agreements such as the CMA should be subject to congressional approval. Trade promotion authority, which expired on July 1, 2021, has not been renewed.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Brock R. Williams**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Kishida Fumio", note="family name first"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="on March 28, 2023, U.S. Trade Representative Katherine Tai and Japan's ambassador to the United States, Tomita Koji, concluded the U.S.-Japan Critical Minerals Agreement", note="also 'signed two days ago' relative to the cover"),
        "agreements.usjta_signed": D("2019-10-07", as_written="Twelve days afterward, on October 7, representatives of the two governments signed two agreements", note="year carried from the sentence before; the USJTA is the first bullet"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="Each of them entered into force on the first day of 2020", note="'Each of them' carried from the two-item list"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="Each of them entered into force on the first day of 2020"),
        "trade.overall_partner_rank": F(4, period="2022", as_written="Japan was the fourth-largest U.S. trading partner in 2022, moving up from fifth in 2021"),
        "trade.us_exports_to_japan": F(120100000000, period="2022", as_written="U.S. exports of goods and services to Japan grew by about seven percent over the year, to $120.1 billion", note="also Table 1's 2022 column"),
        "trade.us_goods_exports_to_japan": F(80200000000, period="2022", as_written="Goods made up about two-thirds of that total, $80.2 billion", note="'about two-thirds' hedges the share, not the amount"),
        "trade.us_services_exports_to_japan": F(39900000000, period="2022", as_written="and services the other $39.9 billion"),
        "trade.us_imports_from_japan": F(180300000000, period="2022", as_written="U.S. imports from Japan rose to $180.3 billion"),
        "trade.us_goods_imports_from_japan": F(148100000000, period="2022", as_written="of which $148.1 billion was goods"),
        "trade.us_services_imports_from_japan": F(32200000000, period="2022", as_written="and $32.2 billion services"),
        "trade.goods_deficit": F(67900000000, period="2022", as_written="The U.S. deficit in goods trade with Japan widened last year to $67.9 billion from $60.5 billion", note="'last year' = 2022 from the cover; also Table 1"),
        "trade.goods_deficit_rank": F(5, period="2022", as_written="That gap was the fifth-largest with any trading partner in 2022", note="subject carried"),
        "trade.fdi_source_rank": F(1, as_written="Japan has been the biggest source of foreign direct investment (FDI) in the United States every year since 2019", note="a span, no period"),
        "trade.japan_fdi_stock_in_us": F(721100000000, period="2021", as_written="The stock of Japanese FDI in the United States reached $721.1 billion at the end of 2021"),
        "trade.us_fdi_stock_in_japan": F(120000000000, "about", period="2021", as_written="U.S. direct investment in Japan was roughly $120 billion at the end of 2021"),
        "trade.treasury_holder_rank": F(1, period="2023-01", as_written="Japanese investors held about $1.1 trillion of U.S. Treasury securities at the end of January, more than investors from any other country", note="year from the cover"),
    },
    "elections": {
        "upper_house_2022": E("Upper House", "2022-07", "held", result="ruling coalition strengthened its position"),
    },
    "events": {
        "first_negotiating_round": EV("First formal round of U.S.-Japan trade talks, Washington", "2019-04", "held"),
        "section232_autos_proclamation": EV("Section 232 proclamation on auto imports; no tariff set, 180 days for talks", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Leaders announce completion of the first stage of negotiations", "2019-09-25", "held"),
    },
    "notes": "Traps: 'took effect more than three years ago' (loose); 'signed two days ago' (relative, agrees with March 28); 'when they met at the White House in January' (untracked summit); 'withdrew from the Trans-Pacific Partnership (TPP) in January 2017'; 'roughly one-third of U.S. imports from Japan' (a share in words); 'In September 2018 President Donald Trump and then-Prime Minister Abe Shinzo agreed to start talks' (former leaders; not the first round); 'A month later' (relative to April) and 'gave negotiators 180 days'; 'Twelve days afterward' (a count in words before the signing date); 'about $7 billion of U.S. farm exports'; 'its tariff on U.S. beef, 38.5 percent before the deal, falls in stages to nine percent by FY2033' (product tariffs, past and planned); 'some $40 billion of imports from Japan'; 'its 2.5 percent duty on passenger cars' (ordinary tariff, no tariffs.* fact); 'moving up from fifth in 2021' (past rank); 'grew by about seven percent over the year' (growth rate, not a hedge on the exports); 'about two-thirds of that total' (share); Table 1's 2021 column (74.6, 37.6, 112.2, 135.1, 32.7, 167.8, -60.5: past figures) and its 'Goods trade balance' row signed negative; 'from $60.5 billion' (2021 deficit); 'having been the fourth-largest a year earlier' (past rank); 'fell to a 32-year low against the dollar in October' (yen, no IF11120 fact); 'every year since 2019' (span); 'up from $648 billion twelve months earlier' (end-2020 stock); 'a little under one-sixth of the Japanese figure' (ratio beside the U.S. stock); 'about $1.1 trillion of U.S. Treasury securities' (holdings, not a rank); 'China, the largest holder until mid-2019, held $859 billion' (another country; past rank); 'tax credit of up to $7,500' and 'beginning at 40 percent this year and reaching 80 percent after 2026' (IRA thresholds); bullets: 'The 25 percent and 10 percent Section 232 tariffs that applied to Japanese steel and aluminum, respectively, since 2018' (product tariffs), 'on April 1, 2022, by a tariff-rate quota of about 1.25 million metric tons a year'; 'Japan and ten other countries belong to the CPTPP' and 'IPEF, launched in Tokyo in May 2022, has fourteen members in all' (counts in words); 'Kishida will host the Group of Seven (G7) summit in Hiroshima in May' (planned, untracked); 'Trade promotion authority, which expired on July 1, 2021'. PDF-derived interleaved text: curly quotes, NBSP; the two columns' lines alternate, Table 1 and the bullet list among them.",
}
