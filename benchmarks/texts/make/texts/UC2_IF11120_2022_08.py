from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "UC2-IF11120-2022-08", "fresh41", "IF11120", 14
TITLE = "U.S.-Japan Trade Agreement Negotiations"
LAYOUTS = ["html", "interleaved"]
PDF_OPTS = ["quotes", "hyph"]
SIDEBAR = "Steel, Aluminum, and the Auto Tariff That Was Not"

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated August 23, 2022

## Overview

Nearly three years after the two governments concluded what they called a "stage one" trade deal, no second stage has begun. The Biden Administration has not sought comprehensive trade talks with Japan, and it has said it does not intend to rejoin the Trans-Pacific Partnership (TPP), the 12-country pact from which the United States withdrew in January 2017 and which the other 11 signatories, Japan among them, revived as the CPTPP. Washington has instead pursued narrower channels: a settlement of the dispute over steel and aluminum tariffs, cooperation on export controls and semiconductor supply chains, and, since May, the Indo-Pacific Economic Framework for Prosperity (IPEF), launched in Tokyo during President Joe Biden's first visit to Japan as President.

Japan's political calendar has also shifted. Abe Shinzo, the former prime minister who negotiated the 2019 agreements with President Trump, was assassinated on July 8 while giving a campaign speech in Nara. Two days later, the governing coalition of Prime Minister Kishida Fumio gained seats in the House of Councillors election held on July 10, 2022, leaving him free of national elections, if he wishes, until 2025.

## The 2019 Agreements

The negotiations were launched after President Trump and Prime Minister Abe agreed in September 2018 to begin talks, and the first formal round was held in Washington in mid-April 2019. On May 17, 2019, the President proclaimed that imports of autos and parts threatened to impair U.S. national security, but he deferred any tariff to allow time for negotiation. The leaders announced on September 25, 2019, that they had finalized a first-stage deal. It was carried out in two parts, signed in Washington on October 7, 2019:

- the U.S.-Japan Trade Agreement (USJTA), a limited tariff agreement under which Japan cut or removed tariffs on some $7.2 billion of U.S. farm products, chiefly beef, pork, wheat, and wine, and the United States cut tariffs on certain industrial goods and a few farm goods;
- the U.S.-Japan Digital Trade Agreement (DTA), with rules on cross-border data flows, digital products, and source code.

Neither was submitted to Congress for approval. Japan's Diet approved both in December, and both took effect at the start of 2020 (January 1). The USJTA committed the parties to consult within four months of entry into force on the scope of later talks; those consultations were overtaken by the pandemic and the change of Administration.

## Steel, Aluminum, and the Auto Tariff That Was Not

Section 232 tariffs of 25% on steel and 10% on aluminum were imposed on Japanese products in 2018 along with those of most other countries. Under a deal announced this February, effective April 1, 2022, up to 1.25 million metric tons of Japanese steel a year may now enter duty free under a tariff-rate quota; shipments above it still pay 25%. The aluminum tariff was left unchanged. The threatened 25% duty on autos, by contrast, was never applied; the President's 180-day decision window lapsed in November 2019.

## Trade and Investment Figures

For the United States, Japan was the fifth-largest trading partner in 2021. That year, total U.S. exports to Japan of goods and services amounted to $112.2 billion, of which goods made up $74.6 billion and services the remaining $37.6 billion. Japan, in turn, sold the United States $167.8 billion of goods and services. Goods and services accounted for $135.1 billion and $32.7 billion of that amount, respectively.

Table 1. U.S. Goods Trade with Japan

| ($ billions) | 2020 | 2021 |
| --- | --- | --- |
| Exports | 64.1 | 74.6 |
| Imports | 119.5 | 135.1 |
| Balance | -55.4 | -60.5 |

Source: U.S. Census Bureau.

The bilateral deficit in goods widened to $60.5 billion in 2021 from about $55 billion in 2020. It ranked fourth among U.S. goods deficits with individual countries, after those with China, Mexico, and Vietnam. In the first half of 2022, the imbalance grew further as the yen fell to its weakest level against the dollar in 24 years.

Investment flows run mostly in one direction. The stock of Japanese direct investment in the United States, valued at $721.1 billion at the end of 2021 (up from $648 billion a year earlier), has been larger than any other country's since 2019. U.S. firms' direct investment position in Japan stood at roughly $120 billion. Japan is also the largest foreign holder of U.S. Treasury securities, with about $1.24 trillion as of June, ahead of China's $968 billion.

## Current Issues

At the first meeting of the U.S.-Japan Economic Policy Consultative Committee, the "Economic 2+2" of the two countries' foreign and commerce ministers, held on July 29, the sides agreed to work on semiconductor research, export controls, and energy security. Within IPEF, Japan is one of 13 countries besides the United States; the partners aim to conclude negotiations on its four pillars by late 2023. IPEF does not address tariffs, and Japan continues to urge the United States to return to the CPTPP instead. Some Members of Congress have asked the Administration to seek a broader agreement with Japan that would require congressional approval; trade promotion authority, which covered the 2019 negotiations, expired on July 1, 2021.

Questions Congress may consider include whether a second-stage agreement should cover services, investment, and the auto tariffs that the USJTA left in place; whether the Administration's reliance on executive agreements limits congressional oversight; and how Japan's stronger export controls on Russia, adopted with the United States after the invasion of Ukraine in February, might shape bilateral economic security work.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Brock R. Williams**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden's first visit to Japan as President"),
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Kishida Fumio", note="family name first; Abe is the former prime minister"),
        "trade.overall_partner_rank": F(5, period="2021", as_written="For the United States, Japan was the fifth-largest trading partner in 2021", note="as the brief's own 2022 records (fifth, 2021)"),
        "trade.us_exports_to_japan": F(112200000000, period="2021", as_written="total U.S. exports to Japan of goods and services amounted to $112.2 billion", note="'That year' carries 2021"),
        "trade.us_goods_exports_to_japan": F(74600000000, period="2021", as_written="of which goods made up $74.6 billion", note="Table 1's 2021 export cell agrees"),
        "trade.us_services_exports_to_japan": F(37600000000, period="2021", as_written="and services the remaining $37.6 billion"),
        "trade.us_imports_from_japan": F(167800000000, period="2021", as_written="Japan, in turn, sold the United States $167.8 billion of goods and services", note="imports stated from Japan's side; year carried"),
        "trade.us_goods_imports_from_japan": F(135100000000, period="2021", as_written="Goods and services accounted for $135.1 billion and $32.7 billion of that amount, respectively", note="'respectively' pair; Table 1's 2021 import cell agrees"),
        "trade.us_services_imports_from_japan": F(32700000000, period="2021", as_written="Goods and services accounted for $135.1 billion and $32.7 billion of that amount, respectively"),
        "trade.goods_deficit": F(60500000000, period="2021", as_written="The bilateral deficit in goods widened to $60.5 billion in 2021", note="Table 1's 2021 balance agrees"),
        "trade.goods_deficit_rank": F(4, period="2021", as_written="It ranked fourth among U.S. goods deficits with individual countries", note="subject carried ('It' = the 2021 deficit)"),
        "trade.fdi_source_rank": F(1, as_written="has been larger than any other country's since 2019"),
        "trade.japan_fdi_stock_in_us": F(721100000000, period="2021", as_written="The stock of Japanese direct investment in the United States, valued at $721.1 billion at the end of 2021", note="end-2020's $648 billion a trap"),
        "trade.us_fdi_stock_in_japan": F(120000000000, "about", period="2021", as_written="U.S. firms' direct investment position in Japan stood at roughly $120 billion", note="year carried from the sentence before"),
        "trade.treasury_holder_rank": F(1, period="2022-06", as_written="Japan is also the largest foreign holder of U.S. Treasury securities, with about $1.24 trillion as of June", note="year from the cover"),
        "agreements.usjta_signed": D("2019-10-07", as_written="It was carried out in two parts, signed in Washington on October 7, 2019", note="the bullet list names the USJTA"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="both took effect at the start of 2020 (January 1)"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="both took effect at the start of 2020 (January 1)"),
    },
    "elections": {
        "upper_house_2022": E("Upper House", "2022-07-10", "held", result="the governing coalition gained seats"),
    },
    "events": {
        "abe_assassination": EV("Former Prime Minister Abe Shinzo assassinated while giving a campaign speech in Nara", "2022-07-08", "held"),
        "first_negotiating_round": EV("First formal round of U.S.-Japan trade negotiations, in Washington", "2019-04", "held"),
        "section232_autos_proclamation": EV("Section 232 proclamation on autos and parts; tariff deferred", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Leaders announce they have finalized the stage one deal", "2019-09-25", "held"),
    },
    "notes": "Traps: 'Nearly three years after' (elapsed time); 'the 12-country pact from which the United States withdrew in January 2017 and which the other 11 signatories, Japan among them, revived as the CPTPP' (counts, a past date); 'since May, the Indo-Pacific Economic Framework for Prosperity (IPEF), launched in Tokyo' (no IF11120 fact); 'the former prime minister who negotiated the 2019 agreements with President Trump' (former leaders: Abe, Trump); 'Two days later' and 'until 2025' (next election year, no IF11120 fact); 'agreed in September 2018 to begin talks' (not the stage one finalization nor the first round); 'the first formal round was held in Washington in mid-April 2019' (event at month precision); 'he deferred any tariff'; 'Japan cut or removed tariffs on some $7.2 billion of U.S. farm products' (covered trade, not exports); 'Neither was submitted to Congress for approval. Japan's Diet approved both in December' (approval, not entry into force); 'consult within four months of entry into force'; sidebar 'Steel, Aluminum, and the Auto Tariff That Was Not' (html aside; an ordinary section in the interleaved text): 'Section 232 tariffs of 25% on steel and 10% on aluminum were imposed on Japanese products in 2018' (product tariffs, no catalogue fact), 'effective April 1, 2022, up to 1.25 million metric tons', 'shipments above it still pay 25%', 'The threatened 25% duty on autos, by contrast, was never applied' (no tariffs.section232_autos), 'the President's 180-day decision window lapsed in November 2019'; Table 1's 2020 column (exports 64.1, imports 119.5, balance -55.4: the previous year) and its header unit '($ billions)'; 'from about $55 billion in 2020' (previous deficit); 'after those with China, Mexico, and Vietnam' (other countries ahead); 'In the first half of 2022, the imbalance grew further as the yen fell to its weakest level against the dollar in 24 years' (partial year; no IF11120 yen fact); '(up from $648 billion a year earlier)' (end-2020 stock); 'since 2019' (span, not a rank); 'about $1.24 trillion as of June, ahead of China's $968 billion' (holdings, another country); 'held on July 29' (Economic 2+2, untracked); 'one of 13 countries besides the United States' (IPEF count, an IF10199-type fact, not IF11120's); 'conclude negotiations on its four pillars by late 2023' (planned); 'trade promotion authority, which covered the 2019 negotiations, expired on July 1, 2021'; 'the invasion of Ukraine in February'. Interleaved: the PDF's two columns alternate line by line, the bullet list and Table 1 among them; PDF options curly quotes and hyphenated line ends.",
}
