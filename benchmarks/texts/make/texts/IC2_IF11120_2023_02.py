from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "IC2-IF11120-2023-02", "fresh28", "IF11120", 14
TITLE = "U.S.-Japan Trade Agreements and Negotiations"
LAYOUTS = ["interleaved", "pdf"]
PDF_OPTS = ["lig", "quotes"]
SIDEBAR = "Key Dates in the 2019 Negotiations"
CHART = {"unit": "$ billions", "ymax": 80, "ticks": [0, 20, 40, 60, 80],
         "series": ["U.S. goods deficit with Japan"],
         "bars": {"2018": (67.2,), "2019": (69.2,), "2020": (55.4,), "2021": (60.2,), "2022": (67.9,)}}

MD = """
U.S.-Japan Trade Agreements and Negotiations

Updated February 23, 2023

## Overview

Three years after two limited trade agreements with Japan took effect, the Biden Administration has shown little interest in expanding them into a comprehensive deal. It has instead pursued cooperation with Tokyo on supply chains, export controls, and clean energy, much of it through the Indo-Pacific Economic Framework (IPEF). When Prime Minister Fumio Kishida visited the White House last month, he and President Biden pledged to deepen that cooperation, and officials indicated that a separate agreement on critical minerals used in electric vehicle batteries could be concluded this spring. Some Members of Congress have urged the Administration to seek broader market access commitments, including for agriculture and autos.

## The 2019 Agreements

Talks began under the Trump Administration, which had withdrawn from the Trans-Pacific Partnership (TPP) in 2017. The two sides signed the U.S.-Japan Trade Agreement (USJTA), covering tariffs on certain agricultural and industrial goods, along with the U.S.-Japan Digital Trade Agreement, and both entered into force on January 1, 2020. Under the USJTA:

- Japan cut or eliminated tariffs on about $7 billion of U.S. farm products, putting them on par with those of CPTPP members; its 38.5% beef tariff is to fall in stages to 9% by 2033;
- the United States cut tariffs on some $1.6 billion of Japanese industrial goods and a smaller set of agricultural products;
- the U.S. 2.5% tariff on passenger cars was left in place, and the 25% tariff on light trucks, along with it.

The agreements were called "stage one"; a second stage, with consultations to begin within four months of entry into force, never got under way. The digital agreement bars customs duties on electronic transmissions and restricts data localization requirements.

## Key Dates in the 2019 Negotiations

- Mid-April 2019: first formal negotiating round, in Washington.
- May 17, 2019: a Section 232 proclamation finds that auto imports threaten U.S. national security, but no tariff is imposed.
- September 25, 2019: President Trump and then-Prime Minister Abe Shinzo announce that "stage one" is complete.
- October 7, 2019: both texts are signed in Washington.

## Tariff Issues

The 2019 proclamation directed USTR to negotiate limits on imports of Japanese and European autos. Duties of up to 25% on autos and parts had been recommended, well above the 2.5% MFN rate that still applies, but none was ever imposed; Japan understood the USJTA's text as assurance that none would be. Steel is another matter. Section 232 duties of 25% on steel and 10% on aluminum, imposed on Japan in 2018, were eased last April, when a tariff-rate quota (TRQ) let up to 1.25 million metric tons of Japanese steel enter duty-free each year; imports above the quota still pay 25%. Aluminum was not covered. Japan has asked for the same treatment the European Union received.

## Trade and Investment

Japan was the fifth-largest U.S. trading partner last year, measured by total trade in goods and services. U.S. exports to Japan and imports from Japan reached $120.1 billion and $180.3 billion, respectively. Goods accounted for $148.1 billion of the imports, and services the remaining $32.2 billion; the export components are shown in Table 1.

Table 1. U.S. Trade with Japan ($ billions)

| | 2021 | 2022 |
| --- | --- | --- |
| Goods exports | 74.6 | 80.2 |
| Services exports | 37.6 | 39.9 |
| Goods imports | 135.1 | 148.1 |
| Services imports | 32.7 | 32.2 |

Source: Bureau of Economic Analysis; Census Bureau.

The goods deficit widened to $67.9 billion from $60.2 billion in 2021. Five partners, led by China and Mexico, ran larger goods surpluses with the United States than Japan did. Analysts attribute part of the increase to a weaker yen, which touched a 32-year low last October.

**Figure 1. U.S. Goods Deficit with Japan, 2018-2022**

Source: CRS, from Census Bureau data.

Investment ties run deeper than trade. Japanese firms' direct investment in the United States was valued at $721.1 billion at the end of 2021, more than that of firms from any other country, a distinction Japan has held since 2019. The U.S. stock in Japan was roughly $125 billion that year. Japan also holds more U.S. Treasury securities than any other foreign country: about $1.08 trillion at the end of last year, against China's $867 billion.

## Outlook

Japan, meanwhile, anchors the 11-member Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP), in force since December 2018. The United Kingdom's application to join is expected to be settled this year; China and Taiwan applied in September 2021, and their bids remain pending. U.S. beef, pork, and wheat exporters report that, for a few products, they still pay somewhat higher duties in Japan than Australian and Canadian rivals, and that the gap will narrow only as the USJTA's staged cuts catch up. Some of them favor a second-stage negotiation chiefly for that reason; others would prefer that the United States seek to rejoin the CPTPP.

IPEF's fourteen members, Japan and the United States among them, held their first negotiating round in Brisbane in December and are to meet again next month. Some Members have questioned the Administration's view that a critical minerals deal would not need congressional approval. Japan holds the Group of Seven presidency this year and hosts the leaders' summit in Hiroshima in May; the United States hosts APEC in November, and Japan is to take over the IPEF agenda on supply chains next year. Since last July's upper house election strengthened Kishida's coalition, his government has faced no national vote.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Biden", "Joe", "President Biden", note="given name not written; also 'the Biden Administration'"),
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Fumio Kishida", note="given name first"),
        "trade.overall_partner_rank": F(5, period="2022", as_written="Japan was the fifth-largest U.S. trading partner last year, measured by total trade in goods and services", note="'last year' from the February 2023 cover"),
        "trade.us_exports_to_japan": F(120100000000, period="2022", as_written="U.S. exports to Japan and imports from Japan reached $120.1 billion and $180.3 billion, respectively"),
        "trade.us_imports_from_japan": F(180300000000, period="2022", as_written="U.S. exports to Japan and imports from Japan reached $120.1 billion and $180.3 billion, respectively"),
        "trade.us_goods_imports_from_japan": F(148100000000, period="2022", as_written="Goods accounted for $148.1 billion of the imports", note="also Table 1"),
        "trade.us_services_imports_from_japan": F(32200000000, period="2022", as_written="and services the remaining $32.2 billion", note="also Table 1"),
        "trade.us_goods_exports_to_japan": F(80200000000, period="2022", as_written="Table 1: Goods exports | 74.6 | 80.2", note="only in Table 1, 2022 column"),
        "trade.us_services_exports_to_japan": F(39900000000, period="2022", as_written="Table 1: Services exports | 37.6 | 39.9", note="only in Table 1, 2022 column"),
        "trade.goods_deficit": F(67900000000, period="2022", as_written="The goods deficit widened to $67.9 billion from $60.2 billion in 2021"),
        "trade.goods_deficit_rank": F(6, period="2022", as_written="Five partners, led by China and Mexico, ran larger goods surpluses with the United States than Japan did", note="five ahead: rank 6"),
        "trade.japan_fdi_stock_in_us": F(721100000000, period="2021", as_written="Japanese firms' direct investment in the United States was valued at $721.1 billion at the end of 2021"),
        "trade.fdi_source_rank": F(1, period="2021", as_written="more than that of firms from any other country, a distinction Japan has held since 2019"),
        "trade.us_fdi_stock_in_japan": F(125000000000, "about", period="2021", as_written="The U.S. stock in Japan was roughly $125 billion that year"),
        "trade.treasury_holder_rank": F(1, period="2022-12", as_written="Japan also holds more U.S. Treasury securities than any other foreign country: about $1.08 trillion at the end of last year"),
        "agreements.usjta_signed": D("2019-10-07", as_written="October 7, 2019: both texts are signed in Washington", note="sidebar bullet"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="both entered into force on January 1, 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="both entered into force on January 1, 2020"),
    },
    "elections": {
        "upper_house_2022": E("Upper House", "2022-07", "held", result="strengthened Kishida's coalition", note="'last July's upper house election'"),
    },
    "events": {
        "first_negotiating_round": EV("First formal negotiating round, Washington", "2019-04", "held"),
        "section232_autos_proclamation": EV("Section 232 proclamation on autos; no tariff imposed", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Trump and Abe announce stage one complete", "2019-09-25", "held"),
    },
    "notes": "Traps: 'Three years after' (not a date); 'visited the White House last month' (a visit, not an event tracked); 'could be concluded this spring' (critical minerals agreement not yet signed: no agreements.critical_minerals_signed); 'withdrawn from the Trans-Pacific Partnership (TPP) in 2017'; bullets 'about $7 billion of U.S. farm products', 'its 38.5% beef tariff is to fall in stages to 9% by 2033', 'some $1.6 billion of Japanese industrial goods', 'the U.S. 2.5% tariff on passenger cars ... and the 25% tariff on light trucks' (MFN duties, no tariff fact); 'within four months of entry into force'; sidebar 'then-Prime Minister Abe Shinzo' and 'President Trump' (former leaders); 'Duties of up to 25% on autos and parts had been recommended ... but none was ever imposed' (no tariffs.section232_autos) and 'the 2.5% MFN rate that still applies'; 'Section 232 duties of 25% on steel and 10% on aluminum, imposed on Japan in 2018, were eased last April' and 'up to 1.25 million metric tons' and 'imports above the quota still pay 25%' (steel, not autos or most imports); Table 1's 2021 column (74.6, 37.6, 135.1, 32.7) and import rows duplicating the prose; 'from $60.2 billion in 2021' (past deficit); 'led by China and Mexico'; 'a 32-year low last October' (yen: no IF11120 fact); Figure 1 (goods deficit 2018-2022, ticks 0-80, no value labels); 'a distinction Japan has held since 2019' (a year, not a rank); 'against China's $867 billion'; 'the 11-member Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP), in force since December 2018', 'China and Taiwan applied in September 2021' (CPTPP, not the USJTA); 'IPEF's fourteen members' and 'first negotiating round in Brisbane in December' (IPEF, not the 2019 U.S.-Japan first round); 'Japan holds the Group of Seven presidency ... Hiroshima in May', 'APEC in November', 'next year' (planned). Sidebar 'Key Dates in the 2019 Negotiations' is an ordinary section with a bullet list in the PDF; interleaved: the two columns' lines alternate; PDF ligatures and curly quotes.",
}
