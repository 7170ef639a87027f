from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "ND2-IF11120-2025-08", "fresh33", "IF11120", 22
TITLE = "U.S.-Japan Trade Agreements and Tariff Negotiations"
LAYOUTS = ["pdf", "layout"]
PDF_OPTS = ["quotes", "hyph"]
CHART = {"unit": "$ billions", "ymax": 60, "ticks": [0, 20, 40, 60],
         "series": ["U.S. imports of Japanese motor vehicles and parts"],
         "bars": {"2020": (44.8,), "2021": (47.9,), "2022": (49.6,), "2023": (56.3,), "2024": (55.4,)}}

MD = """
U.S.-Japan Trade Agreements and Tariff Negotiations

Updated August 20, 2025

## Overview

Four weeks after President Donald J. Trump announced a trade framework with Japan, the two governments are still settling what it means in practice. The deal, made public by the President on July 22, 2025, set a single 15% "reciprocal" tariff on most Japanese goods under the International Emergency Economic Powers Act (IEEPA). U.S. Customs and Border Protection has collected that 15% since August 7, but on top of the normal most-favored-nation (MFN) duty, which Tokyo says the agreed rate was meant to include. U.S. officials have told Japan that the implementing order will be corrected, with refunds to August 7. No written text of the framework has been released, and neither side has signed one.

Cars and parts are not yet covered. Imports of Japanese vehicles still pay the Section 232 tariff of 25% imposed in April, in addition to a 2.5% MFN duty, and will do so until the President issues the order that is to cut the combined charge to 15%. Japanese automakers have absorbed much of the cost so far.

## How the Talks Unfolded

The Administration singled Japan out early. On April 2 the President announced a 24% IEEPA rate for Japanese goods; a 10% baseline took effect on April 5, and the higher rate was put off for 90 days on April 9, before it could apply. Two days before that, on April 7, the President said that Japan was sending a team to negotiate, making it among the first partners to do so. Economic revitalization minister Akazawa Ryosei led Japan's side, visiting Washington eight times. When talks stalled, the President wrote to Prime Minister Ishiba Shigeru on July 7 that goods from Japan would be charged 25% from August 1. The framework followed two weeks later, and a similar one with South Korea, at the same 15% rate and with a $350 billion investment pledge, on July 30. The European Union settled on 15% as well, on July 27.

## What Was Agreed

The two sides describe the terms differently (Table 1). In the U.S. account, Japan will invest $550 billion in U.S. industries of the President's choosing, with the United States keeping 90% of the profits. Japanese officials call the sum a ceiling for loans, guarantees, and equity from government-backed lenders, and have said that direct equity would make up only 1% to 2% of it.

Table 1. Main Terms of the July 22 Framework

| Item | U.S. view | Japan's view |
| --- | --- | --- |
| Most goods | 15% | 15%, MFN included |
| Autos, parts | 15% | 15%, from 27.5% |
| Investment | $550 billion | Up to $550 billion |
| Profits | 90% to U.S. | By contribution |
| Aircraft | 100 Boeing | Existing plans |
| Farm goods | $8 billion a year | Existing plans |
| Rice | Imports up 75% | Within quota |

Source: CRS, from White House and Government of Japan statements.

The IEEPA tariffs face a legal challenge. On May 28 the U.S. Court of International Trade held that the statute does not authorize them; an appeals court stayed that ruling, heard arguments on July 31, and has yet to decide. Either side is expected to appeal to the Supreme Court.

## Politics in Tokyo

Ishiba's position has weakened. His Liberal Democratic Party (LDP) and its partner, Komeito, lost their majority in the House of Councillors in the July 20 election, nine months after losing their majority in the House of Representatives last October. Some in the LDP have called for him to step down once the tariff deal is implemented.

## Trade and Investment Ties

Japan was the sixth-largest trading partner of the United States in 2024. That year, U.S. exports to Japan amounted to $129.1 billion, of which goods and services accounted for $79.7 billion and $49.4 billion, respectively. Imports from Japan ran higher, at $192.4 billion: $149.6 billion in goods, with services making up the other $42.8 billion. Motor vehicles and parts were about a third of U.S. goods imports from Japan (Figure 1).

**Figure 1. U.S. Imports of Motor Vehicles and Parts from Japan, 2020-2024**

Source: CRS, with U.S. Census Bureau data.

In goods alone, the United States ran a $69.9 billion deficit with Japan in 2024, its seventh-largest with any partner. For January-June 2025 the gap was about $36 billion, as shippers rushed goods in ahead of the tariffs. Japan has ranked first among sources of foreign direct investment (FDI) in the United States every year since 2019. Its FDI stock here reached $792.6 billion at the end of 2024; the U.S. stock in Japan, roughly $75 billion that year, was less than a tenth as large. Japan also remains the largest foreign holder of U.S. Treasury securities, at $1.15 trillion in June, ahead of the United Kingdom ($858 billion) and China ($757 billion).

## Earlier Agreements

The first Trump Administration negotiated two limited agreements with Japan. Talks opened in April 2019. The U.S.-Japan Trade Agreement (USJTA), which cut or removed tariffs on some farm and industrial goods, and the U.S.-Japan Digital Trade Agreement were both signed on October 7, 2019, and took effect on New Year's Day 2020. Under the USJTA, Japan's tariff on U.S. beef fell from 38.5% to 26.6% on entry into force and is to reach 9% in FY2033. A Critical Minerals Agreement followed on March 28, 2023, letting Japanese-sourced minerals count toward U.S. electric vehicle tax credits.

## Issues for Congress

- whether the framework should be written down and submitted to Congress;
- how the investment vehicle would be governed, and who selects its projects;
- the effect of the auto tariffs on U.S. plants owned by Japanese firms;
- the outcome of the IEEPA litigation.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald J. Trump"),
        "leaders.japan_prime_minister": P("Ishiba", "Shigeru", "Prime Minister Ishiba Shigeru", note="family name first"),
        "tariffs.us_tariff_most_imports": F(15, period="2025-08-07", as_written="U.S. Customs and Border Protection has collected that 15% since August 7", note="'that 15%' = the reciprocal rate of the sentence before; collected on top of MFN duties (a dispute, not a different rate); the 10% baseline, 24% and 25% are traps"),
        "tariffs.ieepa_rate": F(15, as_written="set a single 15% \"reciprocal\" tariff on most Japanese goods under the International Emergency Economic Powers Act (IEEPA)"),
        "tariffs.section232_autos": F(25, as_written="Imports of Japanese vehicles still pay the Section 232 tariff of 25% imposed in April, in addition to a 2.5% MFN duty", note="the Section 232 rate in effect; the 15% combined charge is planned, 27.5% is the combined charge with MFN"),
        "framework.announced": D("2025-07-22", as_written="The deal, made public by the President on July 22, 2025"),
        "framework.investment_pledge": F(550000000000, as_written="In the U.S. account, Japan will invest $550 billion in U.S. industries of the President's choosing", note="no deadline stated; also Table 1"),
        "trade.overall_partner_rank": F(6, period="2024", as_written="Japan was the sixth-largest trading partner of the United States in 2024"),
        "trade.us_exports_to_japan": F(129100000000, period="2024", as_written="That year, U.S. exports to Japan amounted to $129.1 billion"),
        "trade.us_goods_exports_to_japan": F(79700000000, period="2024", as_written="of which goods and services accounted for $79.7 billion and $49.4 billion, respectively"),
        "trade.us_services_exports_to_japan": F(49400000000, period="2024", as_written="of which goods and services accounted for $79.7 billion and $49.4 billion, respectively"),
        "trade.us_imports_from_japan": F(192400000000, period="2024", as_written="Imports from Japan ran higher, at $192.4 billion", note="year carried from the sentences before"),
        "trade.us_goods_imports_from_japan": F(149600000000, period="2024", as_written="$149.6 billion in goods"),
        "trade.us_services_imports_from_japan": F(42800000000, period="2024", as_written="with services making up the other $42.8 billion"),
        "trade.goods_deficit": F(69900000000, period="2024", as_written="In goods alone, the United States ran a $69.9 billion deficit with Japan in 2024"),
        "trade.goods_deficit_rank": F(7, period="2024", as_written="its seventh-largest with any partner"),
        "trade.fdi_source_rank": F(1, as_written="Japan has ranked first among sources of foreign direct investment (FDI) in the United States every year since 2019"),
        "trade.japan_fdi_stock_in_us": F(792600000000, period="2024", as_written="Its FDI stock here reached $792.6 billion at the end of 2024"),
        "trade.us_fdi_stock_in_japan": F(75000000000, "about", period="2024", as_written="the U.S. stock in Japan, roughly $75 billion that year"),
        "trade.treasury_holder_rank": F(1, as_written="Japan also remains the largest foreign holder of U.S. Treasury securities, at $1.15 trillion in June"),
        "agreements.usjta_signed": D("2019-10-07", as_written="were both signed on October 7, 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="and took effect on New Year's Day 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="and took effect on New Year's Day 2020", note="'both' covers the Digital Trade Agreement"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="A Critical Minerals Agreement followed on March 28, 2023"),
    },
    "elections": {
        "upper_house_2025": E("Upper House", "2025-07-20", "held", result="LDP and Komeito lost their majority"),
        "lower_house_2024": E("Lower House", "2024-10", "held", result="LDP and Komeito lost their majority", note="'last October'"),
    },
    "events": {
        "tariff_talks_announced": EV("The President says Japan is sending a team to negotiate, among the first partners", "2025-04-07", "held"),
        "first_negotiating_round": EV("Talks on the 2019 agreements open", "2019-04", "held"),
    },
    "notes": "Traps: 'Four weeks after' (a span); 'but on top of the normal most-favored-nation (MFN) duty' (stacking dispute, no other rate) and 'with refunds to August 7'; 'in addition to a 2.5% MFN duty' and 'the order that is to cut the combined charge to 15%' (planned auto rate, not yet applied); 'On April 2 the President announced a 24% IEEPA rate for Japanese goods' (announced, never applied); 'a 10% baseline took effect on April 5' (past rate on most imports); 'put off for 90 days on April 9'; 'visiting Washington eight times'; 'would be charged 25% from August 1' (threatened); 'The framework followed two weeks later' (no date of its own); 'a similar one with South Korea, at the same 15% rate and with a $350 billion investment pledge, on July 30' and 'The European Union settled on 15% as well, on July 27' (other countries' deals); 'with the United States keeping 90% of the profits'; 'direct equity would make up only 1% to 2% of it'; Table 1 (both columns: '15%, MFN included', autos '15%, from 27.5%' (planned and past auto rates), 'Up to $550 billion', '90% to U.S.', '100 Boeing', '$8 billion a year', 'Imports up 75%'); 'On May 28 the U.S. Court of International Trade held that the statute does not authorize them' (a trial-court ruling, stayed: not the IEEPA ruling) and 'heard arguments on July 31'; 'in the July 20 election, nine months after losing their majority in the House of Representatives last October'; 'Motor vehicles and parts were about a third of U.S. goods imports from Japan' and Figure 1 (motor vehicle imports 2020-2024, $ billions; ticks 0-60, no value labels); 'For January-June 2025 the gap was about $36 billion' (partial year); 'every year since 2019' (a year, not a rank); 'was less than a tenth as large' (a ratio); '$1.15 trillion in June, ahead of the United Kingdom ($858 billion) and China ($757 billion)' (other holders); 'Japan's tariff on U.S. beef fell from 38.5% to 26.6% on entry into force and is to reach 9% in FY2033'; 'letting Japanese-sourced minerals count toward U.S. electric vehicle tax credits'. PDF: curly quotes, hyphenated line ends; layout: pdftotext -layout runs the two columns side by side, Table 1 and the Issues bullets among them.",
}
