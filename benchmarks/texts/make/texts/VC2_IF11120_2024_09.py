from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "VC2-IF11120-2024-09", "fresh42", "IF11120", 21
TITLE = "U.S.-Japan Trade Agreements and Negotiations"
LAYOUTS = ["layout", "html"]
PDF_OPTS = ["lig", "hyph"]
SIDEBAR = "The Critical Minerals Agreement"
CHART = {"unit": "$ billions", "ymax": 80, "ticks": [0, 20, 40, 60, 80],
         "series": ["U.S. goods trade deficit with Japan"],
         "bars": {"2019": (69.0,), "2020": (55.4,), "2021": (60.2,), "2022": (67.9,), "2023": (71.0,)}}

MD = """
U.S.-Japan Trade Agreements and Negotiations

Updated September 20, 2024

## Overview

Economic ties with Japan, a treaty ally and one of the largest U.S. trading and investment partners, have drawn renewed congressional interest this year. The Biden Administration has not sought a comprehensive free trade agreement (FTA) with Japan, preferring to work through the Indo-Pacific Economic Framework for Prosperity (IPEF) and narrower sectoral deals. Both governments face leadership changes: Prime Minister Kishida Fumio, who announced in August that he would not seek another term as head of the Liberal Democratic Party (LDP), will leave office after the party chooses his successor on September 27, and U.S. voters go to the polls on November 5. President Joe Biden, who withdrew from the race in July, has remained engaged on one contentious matter, Nippon Steel's proposed acquisition of U.S. Steel.

## How the 2019 Agreements Came About

After President Donald Trump withdrew the United States from the Trans-Pacific Partnership (TPP) in January 2017, his Administration pressed Japan for a bilateral deal. The two governments agreed to open talks in September 2018, and a first formal round, led by the U.S. Trade Representative and Japan's economic revitalization minister, took place in Washington in April 2019. A month afterward, on May 17, 2019, the President proclaimed that imports of autos and parts threatened to impair U.S. national security, a finding that let him weigh tariffs of up to 25% on Japanese vehicles. None were imposed.

The outline of a "stage one" package was settled when then-Prime Minister Abe Shinzo and President Trump met in New York on September 25, 2019; signatures followed on October 7 of that year. Two agreements resulted:

- the U.S.-Japan Trade Agreement (USJTA), which cut or removed Japanese tariffs on about $7.2 billion of U.S. farm goods and U.S. tariffs on some industrial products;
- the U.S.-Japan Digital Trade Agreement, covering about $40 billion of digital trade.

Both have been in effect since January 1, 2020. Neither required congressional approval: the USJTA's tariff cuts fell within the President's proclamation authority. A promised second stage of negotiations, which was to address services, investment, and the 2.5% U.S. tariff on passenger cars, never got under way.

## Trade and Investment Ties

Measured by combined trade in goods and services, Japan ranked as the sixth-largest U.S. partner in 2023. U.S. exports to Japan that year amounted to $121.0 billion, of which goods made up $77.0 billion and services the other $44.0 billion. Flowing the other way were imports of $184.0 billion; goods accounted for $148.0 billion of them (Table 1).

Table 1. U.S. Trade with Japan, 2022-2023 ($ billions)

| Flow | 2022 | 2023 |
| --- | --- | --- |
| Goods exports | 80.2 | 77.0 |
| Services exports | 39.9 | 44.0 |
| Goods imports | 148.1 | 148.0 |
| Services imports | 32.2 | 36.0 |
| Goods balance | -67.9 | -71.0 |

Source: U.S. Bureau of Economic Analysis and U.S. Census Bureau.

The goods shortfall widened to $71.0 billion, the fifth largest the United States ran with any country in 2023 (Figure 1). Vehicles and parts make up roughly a third of U.S. goods imports from Japan.

**Figure 1. U.S. Goods Trade Deficit with Japan, 2019-2023**

Source: U.S. Census Bureau.

Investment runs deeper than trade. No other country's firms hold as large a stake in the U.S. economy: Japan's direct investment position stood at $783.3 billion at the end of 2023, the fifth straight year in which it ranked first. The U.S. position in Japan, roughly $135 billion that year, was about a sixth as large. Japanese holdings of U.S. Treasury securities, about $1.1 trillion in July, also lead those of every other foreign holder; China's, some $770 billion, are second.

## The Critical Minerals Agreement

To let Japanese-sourced minerals count toward the clean vehicle tax credit of the Inflation Reduction Act (IRA; P.L. 117-169), the two governments concluded a critical minerals agreement (CMA). U.S. Ambassador Rahm Emanuel and Foreign Minister Hayashi Yoshimasa signed it in Washington on March 28, 2023. It commits both sides to refrain from export duties on lithium, cobalt, nickel, and other minerals and to share information on labor and environmental standards. Some Members of Congress objected that the pact was concluded without their approval.

## Other Issues

- Steel and aluminum. Section 232 tariffs of 25% and 10%, respectively, were imposed on Japan in 2018. Since April 2022, a tariff-rate quota admits about 1.25 million metric tons of Japanese steel a year duty-free.
- Nippon Steel. The $14.9 billion bid for U.S. Steel, announced in December 2023, is under review by the Committee on Foreign Investment in the United States (CFIUS). President Biden has said the company should remain American-owned; Vice President Kamala Harris, the Democratic nominee, has taken the same position.
- IPEF. Japan is one of 14 IPEF partners; the framework's supply chain agreement entered into force in February 2024, and clean and fair economy agreements were signed in June.
- Tariff proposals. Former President Trump, the Republican nominee, has proposed a universal tariff of 10% or 20% on all imports, which would reach most Japanese goods now entering at low or zero MFN rates.

## Issues for Congress

Members may weigh whether to seek a broader trade agreement with Japan, whether future sectoral deals like the CMA should require congressional approval, and how CFIUS decisions affect a partner that is the largest source of foreign investment in the United States.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Kishida Fumio", note="family name first; leaving after the LDP vote, still PM at the cover"),
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden, who withdrew from the race in July", note="still president; Trump 'then'/'Former President'"),
        "agreements.usjta_signed": D("2019-10-07", as_written="signatures followed on October 7 of that year", note="year carried from 'September 25, 2019'"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="Both have been in effect since January 1, 2020", note="'Both' = the two bulleted agreements"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="Both have been in effect since January 1, 2020", note="'Both' = the two bulleted agreements"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="signed it in Washington on March 28, 2023", note="sidebar"),
        "trade.overall_partner_rank": F(6, period="2023", as_written="Measured by combined trade in goods and services, Japan ranked as the sixth-largest U.S. partner in 2023"),
        "trade.us_exports_to_japan": F(121000000000, period="2023", as_written="U.S. exports to Japan that year amounted to $121.0 billion"),
        "trade.us_goods_exports_to_japan": F(77000000000, period="2023", as_written="of which goods made up $77.0 billion", note="also Table 1"),
        "trade.us_services_exports_to_japan": F(44000000000, period="2023", as_written="services the other $44.0 billion", note="also Table 1"),
        "trade.us_imports_from_japan": F(184000000000, period="2023", as_written="Flowing the other way were imports of $184.0 billion"),
        "trade.us_goods_imports_from_japan": F(148000000000, period="2023", as_written="goods accounted for $148.0 billion of them", note="also Table 1"),
        "trade.us_services_imports_from_japan": F(36000000000, period="2023", as_written="Services imports | 32.2 | 36.0", note="Table 1 only, 2023 column, $ billions"),
        "trade.goods_deficit": F(71000000000, period="2023", as_written="The goods shortfall widened to $71.0 billion"),
        "trade.goods_deficit_rank": F(5, period="2023", as_written="the fifth largest the United States ran with any country in 2023"),
        "trade.fdi_source_rank": F(1, period="2023", as_written="the fifth straight year in which it ranked first", note="also 'No other country's firms hold as large a stake in the U.S. economy'"),
        "trade.japan_fdi_stock_in_us": F(783300000000, period="2023", as_written="Japan's direct investment position stood at $783.3 billion at the end of 2023"),
        "trade.us_fdi_stock_in_japan": F(135000000000, "about", period="2023", as_written="The U.S. position in Japan, roughly $135 billion that year"),
        "trade.treasury_holder_rank": F(1, period="2024-07", as_written="Japanese holdings of U.S. Treasury securities, about $1.1 trillion in July, also lead those of every other foreign holder", note="month of the holdings, year from the cover"),
    },
    "elections": {
        "ldp_president_2024": E("LDP president", "2024-09-27", "upcoming", note="Kishida not running; year from the cover"),
    },
    "events": {
        "first_negotiating_round": EV("First formal round of U.S.-Japan trade talks, Washington", "2019-04", "held"),
        "section232_autos_proclamation": EV("Proclamation that auto imports threaten national security", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Abe and Trump settle the stage one package in New York", "2019-09-25", "held"),
    },
    "notes": "Traps: 'one of the largest U.S. trading and investment partners' (no rank); 'who announced in August that he would not seek another term' (still PM); 'U.S. voters go to the polls on November 5' (U.S. presidential election, no slug body); 'who withdrew from the race in July'; 'President Donald Trump withdrew the United States from the Trans-Pacific Partnership (TPP) in January 2017' (former president); 'agreed to open talks in September 2018' (not the first round); 'tariffs of up to 25% on Japanese vehicles. None were imposed.' (weighed, never a tariff); 'then-Prime Minister Abe Shinzo' (former PM); bullets 'about $7.2 billion of U.S. farm goods' and 'about $40 billion of digital trade' (coverage, not flows); 'Neither required congressional approval'; 'the 2.5% U.S. tariff on passenger cars' (product MFN duty, no tariff fact); Table 1's 2022 column (80.2, 39.9, 148.1, 32.2, -67.9) and the 2023 goods balance row; 'Vehicles and parts make up roughly a third'; Figure 1 (goods deficit 2019-2023, $ billions, ticks 0-80, no value labels); 'the fifth straight year in which it ranked first' (a count of years beside the FDI rank 1, and next to the deficit's fifth place); 'was about a sixth as large'; 'about $1.1 trillion' (holdings) and 'China's, some $770 billion, are second' (another country's rank); sidebar 'Inflation Reduction Act (IRA; P.L. 117-169)', 'U.S. Ambassador Rahm Emanuel and Foreign Minister Hayashi Yoshimasa'; bullets 'Section 232 tariffs of 25% and 10%, respectively, were imposed on Japan in 2018' (steel and aluminum, not autos), 'Since April 2022, a tariff-rate quota admits about 1.25 million metric tons'; 'The $14.9 billion bid for U.S. Steel, announced in December 2023'; 'Vice President Kamala Harris, the Democratic nominee'; 'Japan is one of 14 IPEF partners' and 'entered into force in February 2024' (IPEF, not a Japan agreement); 'has proposed a universal tariff of 10% or 20% on all imports' (a candidate's proposal: no tariff on most imports stated); 'the largest source of foreign investment in the United States' (the FDI rank restated); html: the sidebar and Figure 1 float into the aside; layout text (pdftotext -layout): ligatures, hyphenated line ends, two columns side by side with Table 1 and the bullet lists among them",
}
