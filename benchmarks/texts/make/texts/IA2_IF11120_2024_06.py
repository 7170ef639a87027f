from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "IA2-IF11120-2024-06", "fresh28", "IF11120", 21
TITLE = "U.S.-Japan Trade Agreements and Negotiations"
LAYOUTS = ["html", "layout"]
PDF_OPTS = ["nbsp", "quotes"]
SIDEBAR = "Key Dates in the 2019 Talks"

MD = """
U.S.-Japan Trade Agreements and Negotiations

Updated June 12, 2024

## Overview

Japan is a close U.S. ally and one of its most important economic partners. When Prime Minister Kishida Fumio came to Washington for a state visit on April 10, he and President Biden announced some seventy initiatives, most of them in defense, technology, and space; none called for new trade negotiations. The Biden Administration has instead worked with Japan through narrower arrangements: agreements on digital trade and critical minerals, a settlement of a dispute over steel and aluminum tariffs, and the 14-member Indo-Pacific Economic Framework (IPEF). Some Members of Congress have urged the Administration to seek a comprehensive trade agreement with Japan. Others have questioned whether the limited agreements reached since 2019 should have been submitted to Congress for approval.

## Trade and Investment Flows

On the basis of total trade in goods and services, Japan was the sixth-largest U.S. trading partner in 2023. U.S. exports to Japan that year came to $121.0 billion: $76.9 billion of goods and roughly forty-four billion dollars of services, led by travel, royalties, and financial services. Imports from Japan were larger, at $184.0 billion. Of that amount, goods made up $148.0 billion and services the remaining thirty-six billion dollars.

Motor vehicles and parts make up about a third of U.S. goods imports from Japan. U.S. goods imports exceeded goods exports by $71.1 billion in 2023, up from $67.9 billion the year before. That gap was the fifth-largest U.S. bilateral goods deficit (Table 1). It was once far more prominent: in 1991, the deficit with Japan accounted for about two-thirds of the overall U.S. goods deficit.

Table 1. Largest U.S. Bilateral Goods Trade Deficits, 2023

| Rank | Partner | Deficit ($ billions) | Share of total U.S. goods deficit |
| --- | --- | --- | --- |
| 1 | China | 279.4 | 26% |
| 2 | Mexico | 152.4 | 14% |
| 3 | Vietnam | 104.6 | 10% |
| 4 | Germany | 82.9 | 8% |
| 5 | Japan | 71.1 | 7% |

Source: CRS, with data from the U.S. Census Bureau and the Bureau of Economic Analysis (BEA).

Investment ties are deep. Japan has been the largest source of foreign direct investment (FDI) in the United States since 2019; its FDI stock here reached $712.2 billion at the end of 2022, according to BEA, which is to release figures for 2023 next month. The U.S. investment position in Japan is far smaller. It stood at about $127 billion that same year. Japan also holds more U.S. Treasury securities than any other foreign country, some $1.19 trillion in March 2024.

## Agreements in Force

The U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement (DTA) were both signed on October 7, 2019. The two governments called them "stage one" of broader talks. They entered into force together on January 1, 2020. Under the USJTA, Japan cut or removed tariffs on about $7.2 billion of U.S. farm exports, bringing tariffs on U.S. beef down from 38.5% toward 9% by 2033, the rate Japan gives members of the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP). The United States reduced or eliminated tariffs on some $1.3 billion of industrial imports from Japan. It did not lower the 2.5% tariff on passenger cars. The DTA bars customs duties on electronic transmissions and restricts data localization requirements. Neither agreement was submitted to Congress, which the Administration said the law did not require.

The agreement called for the two sides to begin further negotiations within four months of entry into force, but those talks never began. A separate Critical Minerals Agreement (CMA), signed on March 28, 2023, commits both countries to keep export duties off key battery minerals, so that Japanese-processed minerals can count toward the clean vehicle tax credit of up to $7,500 created by the Inflation Reduction Act.

## Key Dates in the 2019 Talks

- September 2018: leaders agree to launch negotiations
- April 2019: first formal negotiating round, in Washington
- May 17, 2019: President Trump declines, by proclamation, to impose Section 232 tariffs on autos, opting for negotiations instead
- September 25, 2019: leaders confirm the stage one deal in New York

## Tariffs and Other Issues

Section 232 tariffs of 25% on steel and 10% on aluminum have applied to Japanese products since 2018. Since April 1, 2022, a tariff-rate quota has let 1.25 million metric tons of Japanese steel a year enter free of the 232 duty; shipments above that volume still pay 25%. Japan has not faced the auto tariffs that the Trump Administration considered in 2019, when the Commerce Department found that imports threatened national security; the President deferred action, and the Biden Administration has not revived the matter. In May, the Administration moved to raise Section 301 tariffs on certain Chinese goods, to 100% on electric vehicles and 25% on steel and aluminum, and asked allies including Japan to address China's excess capacity. Former President Trump, the presumptive Republican nominee, has proposed a 10% tariff on all U.S. imports if he is reelected in November.

Nippon Steel's proposed $14.9 billion purchase of U.S. Steel, announced in December, is under review by the Committee on Foreign Investment in the United States (CFIUS). President Biden has said the company should remain American-owned. In Japan, Kishida's term as LDP president expires in September. A party leadership vote is due then, and his cabinet's low approval ratings have raised questions about whether he will run again.

## Issues for Congress

Members may consider whether to press for a comprehensive agreement covering services, investment, and remaining tariffs; how IPEF's supply chain agreement, in force since February 24, and its clean and fair economy agreements, signed June 6, will be implemented; and how to weigh Japanese investment, including the Nippon Steel bid, against national security concerns.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Kishida Fumio", note="family name first"),
        "leaders.us_president": P("Biden", "Joe", "President Biden", note="given name not written"),
        "trade.overall_partner_rank": F(6, period="2023", as_written="On the basis of total trade in goods and services, Japan was the sixth-largest U.S. trading partner in 2023"),
        "trade.us_exports_to_japan": F(121000000000, period="2023", as_written="U.S. exports to Japan that year came to $121.0 billion", note="'that year' carries 2023"),
        "trade.us_goods_exports_to_japan": F(76900000000, period="2023", as_written="$76.9 billion of goods"),
        "trade.us_services_exports_to_japan": F(44000000000, "about", period="2023", as_written="roughly forty-four billion dollars of services", note="number in words"),
        "trade.us_imports_from_japan": F(184000000000, period="2023", as_written="Imports from Japan were larger, at $184.0 billion", note="year carried"),
        "trade.us_goods_imports_from_japan": F(148000000000, period="2023", as_written="Of that amount, goods made up $148.0 billion", note="subject carried ('that amount')"),
        "trade.us_services_imports_from_japan": F(36000000000, period="2023", as_written="and services the remaining thirty-six billion dollars", note="number in words, verb elided"),
        "trade.goods_deficit": F(71100000000, period="2023", as_written="U.S. goods imports exceeded goods exports by $71.1 billion in 2023", note="also Table 1's Japan row"),
        "trade.goods_deficit_rank": F(5, period="2023", as_written="That gap was the fifth-largest U.S. bilateral goods deficit (Table 1)", note="subject carried ('That gap'); also Table 1's Rank column"),
        "trade.fdi_source_rank": F(1, as_written="Japan has been the largest source of foreign direct investment (FDI) in the United States since 2019"),
        "trade.japan_fdi_stock_in_us": F(712200000000, period="2022", as_written="its FDI stock here reached $712.2 billion at the end of 2022"),
        "trade.us_fdi_stock_in_japan": F(127000000000, "about", period="2022", as_written="It stood at about $127 billion that same year", note="subject 'It' carries 'The U.S. investment position in Japan' from the sentence before; year from 'that same year'"),
        "trade.treasury_holder_rank": F(1, period="2024-03", as_written="Japan also holds more U.S. Treasury securities than any other foreign country, some $1.19 trillion in March 2024"),
        "agreements.usjta_signed": D("2019-10-07", as_written="The U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement (DTA) were both signed on October 7, 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="They entered into force together on January 1, 2020", note="'They' carries both agreements across the 'stage one' sentence"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="They entered into force together on January 1, 2020"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="A separate Critical Minerals Agreement (CMA), signed on March 28, 2023"),
    },
    "elections": {
        "ldp_president_2024": E("LDP president", "2024-09", "upcoming", note="'Kishida's term as LDP president expires in September. A party leadership vote is due then'"),
    },
    "events": {
        "first_negotiating_round": EV("First formal round of U.S.-Japan trade negotiations", "2019-04", "held"),
        "section232_autos_proclamation": EV("Proclamation deferring Section 232 auto tariffs in favor of negotiations", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Leaders confirm the stage one deal", "2019-09-25", "held"),
    },
    "notes": "Traps: 'a state visit on April 10' and 'some seventy initiatives'; 'the 14-member Indo-Pacific Economic Framework (IPEF)'; 'since 2019' (span, not a date of the agreements); 'led by travel, royalties, and financial services'; 'Motor vehicles and parts make up about a third of U.S. goods imports from Japan'; 'up from $67.9 billion the year before' (past deficit); 'in 1991, the deficit with Japan accounted for about two-thirds of the overall U.S. goods deficit' (past share); Table 1 rows for China, Mexico, Vietnam, Germany (other countries' ranks and deficits) and the share column ('7%'); 'since 2019' (a span beside the FDI rank); 'which is to release figures for 2023 next month' (planned release, no value); 'some $1.19 trillion in March 2024' (holdings, not a rank); 'The two governments called them \"stage one\"'; 'tariffs on about $7.2 billion of U.S. farm exports', 'from 38.5% toward 9% by 2033' (beef rates, past and planned), 'some $1.3 billion of industrial imports', 'the 2.5% tariff on passenger cars'; 'begin further negotiations within four months of entry into force, but those talks never began' (planned, not held); 'the clean vehicle tax credit of up to $7,500'; sidebar 'Key Dates in the 2019 Talks' (html aside; a section in the layout text) with 'September 2018: leaders agree to launch negotiations' (not a tracked event); 'Section 232 tariffs of 25% on steel and 10% on aluminum' and 'shipments above that volume still pay 25%' (not autos, not most imports), '1.25 million metric tons', 'Since April 1, 2022'; 'the auto tariffs that the Trump Administration considered in 2019' (never imposed: no Section 232 auto rate); 'to 100% on electric vehicles and 25% on steel and aluminum' (China's tariffs); 'Former President Trump ... has proposed a 10% tariff on all U.S. imports if he is reelected in November' (proposed, not a tariff on most imports; a former president); 'Nippon Steel's proposed $14.9 billion purchase of U.S. Steel, announced in December'; 'in force since February 24' and 'signed June 6' (IPEF agreements, not U.S.-Japan agreements). Layout: pdftotext -layout runs the two columns side by side, Table 1 and the Key Dates list among them; PDF options NBSP and curly quotes.",
}
