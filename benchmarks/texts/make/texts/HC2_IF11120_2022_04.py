from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "HC2-IF11120-2022-04", "fresh27", "IF11120", 14
TITLE = "U.S.-Japan Trade Agreement Negotiations"
LAYOUTS = ["layout", "html"]
PDF_OPTS = ["quotes", "hyph"]
SIDEBAR = "Key Dates"
CHART = {"unit": "$ billions", "ymax": 200, "ticks": [0, 50, 100, 150, 200],
         "series": ["Exports to Japan", "Imports from Japan"],
         "bars": {"2017": (114.6, 171.5), "2018": (121.4, 179.9), "2019": (124.5, 180.4), "2020": (103.7, 149.7), "2021": (112.2, 167.8)}}

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated April 20, 2022

## Overview

Two limited agreements concluded under the Trump Administration still define U.S.-Japan trade relations. The U.S.-Japan Trade Agreement (USJTA), which cut or removed tariffs on a range of agricultural and industrial goods, and a companion U.S.-Japan Digital Trade Agreement (DTA) were signed by both governments on October 7, 2019, and have applied since the first day of 2020. Neither required a vote in Congress: the USJTA's tariff cuts were proclaimed under authority delegated by the 2015 Trade Promotion Authority (TPA) statute, which lapsed on July 1, 2021. The Biden Administration has not sought to resume the broader "stage two" talks envisioned in 2019. It has focused instead on supply chains, export controls, and a planned Indo-Pacific Economic Framework (IPEF), which President Joe Biden is expected to launch during a visit to Tokyo next month.

## Key Dates

- April 2019: the first formal negotiating session takes place in Washington
- May 17, 2019: a presidential proclamation finds auto imports a threat to U.S. national security
- September 25, 2019: leaders confirm "stage one" in New York
- January 2022: an Economic "2+2" dialogue is announced
- April 1, 2022: a steel tariff-rate quota replaces the 25% duty

## What the Agreements Did

Under the USJTA, Japan reduced or eliminated tariffs on about $7.2 billion of U.S. farm exports, giving U.S. beef, pork, wheat, and wine treatment similar to that enjoyed by members of the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP), the 11-country pact that took effect in December 2018 after the United States withdrew in January 2017. Japan's tariff on U.S. beef, 38.5% before the deal, is to fall in stages to 9% by 2033. In return, the United States cut tariffs on about $1.3 billion of Japanese industrial goods and some farm goods, but not on autos, whose 2.5% duty remains. The DTA, covering some $40 billion in digital trade, bars customs duties on electronic transmissions and limits data-localization requirements.

One dispute has since been settled. Beef imports in FY2021 exceeded the USJTA's safeguard trigger, which raised Japan's duty temporarily. In March 2022, the two sides agreed to amend the mechanism so that the trigger is harder to reach.

The threat of Section 232 tariffs on autos, which hung over the talks, was never carried out: the Commerce Department had considered duties of up to 25%, but none has been imposed. The Section 232 tariffs on steel and aluminum, 25% and 10% since 2018, are different. Under a deal announced in February, Japanese steel up to 1.25 million metric tons a year has entered duty-free since April 1; the aluminum duty stays.

## Trade and Investment

The United States traded more with Japan in 2021 than with any partner but Canada, Mexico, China, and Germany, making it the fifth-largest. U.S. exports of goods and services to Japan reached $112.2 billion, and imports from Japan $167.8 billion. The export total was made up of $75.2 billion in goods and $37.0 billion in services, respectively. Table 1 gives the import side.

Table 1. U.S. Trade with Japan, 2020-2021 ($ billions)

| Flow | 2020 | 2021 |
| --- | --- | --- |
| Goods imports | 116.9 | 131.2 |
| Services imports | 32.8 | 36.6 |
| Total imports | 149.7 | 167.8 |

Source: Bureau of Economic Analysis (BEA).

In goods alone, the United States bought $56.0 billion more from Japan than it sold there. Only with China, Mexico, and Vietnam was the U.S. goods deficit larger. A decade ago, Japan's surplus with the United States was second only to China's.

**Figure 1. U.S. Trade in Goods and Services with Japan, 2017-2021**

Source: BEA.

Investment runs mostly the other way. Japan has been the top source of foreign direct investment (FDI) in the United States since 2019; its stock stood at nearly $650 billion at the end of 2020, led by manufacturing and finance. U.S. firms' holdings in Japan came to roughly $120 billion that year. Japanese investors also hold $1.3 trillion in U.S. Treasury securities, more than those of any other country, including China, with about $1.05 trillion.

## Politics and Outlook

Prime Minister Fumio Kishida, who succeeded Suga Yoshihide in October, secured a stable majority for the LDP-led coalition in the October 31, 2021, Lower House election. Half of the Upper House is to be elected in July, and Kishida is unlikely to make trade concessions that would anger farmers before then. Japan backs the IPEF, although Tokyo would prefer that the United States rejoin the CPTPP; Japan's membership in the Regional Comprehensive Economic Partnership (RCEP), in force for Japan since January 1, 2022, links it by agreement to China for the first time. Since Russia invaded Ukraine on February 24, Japan has joined U.S. sanctions and has moved to withdraw Russia's most-favored-nation status.

Issues for Congress include:

- whether to press for a comprehensive agreement, which would probably need new TPA;
- the effect of the steel quota on U.S. producers;
- how an IPEF without market access would serve U.S. exporters.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Brock R. Williams**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Fumio Kishida", note="given name first"),
        "agreements.usjta_signed": D("2019-10-07", as_written="were signed by both governments on October 7, 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="and have applied since the first day of 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="and a companion U.S.-Japan Digital Trade Agreement (DTA) ... have applied since the first day of 2020"),
        "trade.overall_partner_rank": F(5, period="2021", as_written="The United States traded more with Japan in 2021 than with any partner but Canada, Mexico, China, and Germany, making it the fifth-largest"),
        "trade.us_exports_to_japan": F(112200000000, period="2021", as_written="U.S. exports of goods and services to Japan reached $112.2 billion"),
        "trade.us_imports_from_japan": F(167800000000, period="2021", as_written="and imports from Japan $167.8 billion", note="also Table 1's Total imports, 2021"),
        "trade.us_goods_exports_to_japan": F(75200000000, period="2021", as_written="The export total was made up of $75.2 billion in goods and $37.0 billion in services, respectively"),
        "trade.us_services_exports_to_japan": F(37000000000, period="2021", as_written="The export total was made up of $75.2 billion in goods and $37.0 billion in services, respectively"),
        "trade.us_goods_imports_from_japan": F(131200000000, period="2021", as_written="Table 1: Goods imports | 116.9 | 131.2", note="table only, 2021 column"),
        "trade.us_services_imports_from_japan": F(36600000000, period="2021", as_written="Table 1: Services imports | 32.8 | 36.6", note="table only, 2021 column"),
        "trade.goods_deficit": F(56000000000, period="2021", as_written="In goods alone, the United States bought $56.0 billion more from Japan than it sold there", note="year carried from the paragraph before"),
        "trade.goods_deficit_rank": F(4, period="2021", as_written="Only with China, Mexico, and Vietnam was the U.S. goods deficit larger", note="three ahead: rank 4"),
        "trade.fdi_source_rank": F(1, as_written="Japan has been the top source of foreign direct investment (FDI) in the United States since 2019"),
        "trade.japan_fdi_stock_in_us": F(650000000000, "nearly", period="2020", as_written="its stock stood at nearly $650 billion at the end of 2020"),
        "trade.us_fdi_stock_in_japan": F(120000000000, "about", period="2020", as_written="U.S. firms' holdings in Japan came to roughly $120 billion that year"),
        "trade.treasury_holder_rank": F(1, as_written="Japanese investors also hold $1.3 trillion in U.S. Treasury securities, more than those of any other country"),
    },
    "elections": {
        "lower_house_2021": E("Lower House", "2021-10-31", "held", result="stable majority for the LDP-led coalition"),
        "upper_house_2022": E("Upper House", "2022-07", "upcoming"),
    },
    "events": {
        "first_negotiating_round": EV("First formal negotiating session, Washington", "2019-04", "held"),
        "section232_autos_proclamation": EV("Proclamation finding auto imports a threat to national security", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Leaders confirm the stage one deal in New York", "2019-09-25", "held"),
    },
    "notes": "Traps: 'the 2015 Trade Promotion Authority (TPA) statute, which lapsed on July 1, 2021'; 'the broader \"stage two\" talks envisioned in 2019'; 'which President Joe Biden is expected to launch during a visit to Tokyo next month' (planned IPEF launch); sidebar 'Key Dates' (HTML aside; in the layout text among the columns): 'January 2022: an Economic \"2+2\" dialogue is announced' and 'April 1, 2022: a steel tariff-rate quota replaces the 25% duty' (steel, not autos or most imports); 'about $7.2 billion of U.S. farm exports'; 'the 11-country pact that took effect in December 2018 after the United States withdrew in January 2017' (CPTPP's entry into force, not the USJTA's); 'Japan's tariff on U.S. beef, 38.5% before the deal, is to fall in stages to 9% by 2033' (Japan's tariff); 'about $1.3 billion of Japanese industrial goods' (not Treasury holdings); 'whose 2.5% duty remains' (one product's MFN duty); 'some $40 billion in digital trade'; 'Beef imports in FY2021 exceeded the USJTA's safeguard trigger' and 'In March 2022, the two sides agreed to amend the mechanism' (an amendment, not a signing of the USJTA); 'the Commerce Department had considered duties of up to 25%, but none has been imposed' (never imposed: no Section 232 auto rate); 'The Section 232 tariffs on steel and aluminum, 25% and 10% since 2018' and 'Under a deal announced in February, Japanese steel up to 1.25 million metric tons a year has entered duty-free since April 1' (other products); 'than with any partner but Canada, Mexico, China, and Germany' (four ahead: rank 5); Table 1's 2020 column; 'A decade ago, Japan's surplus with the United States was second only to China's' (past rank 2); Figure 1 (goods and services trade, 2017-2021, ticks 0-200, two-series legend, no value labels); 'since 2019' (not a rank or date fact); 'including China, with about $1.05 trillion' (another country's holdings); 'who succeeded Suga Yoshihide in October' (former prime minister); 'Half of the Upper House is to be elected in July' (no share); 'RCEP, in force for Japan since January 1, 2022' (another agreement's entry into force); 'Since Russia invaded Ukraine on February 24'; Issues bullets. Layout: pdftotext -layout runs the two columns side by side; PDF options curly quotes and hyphenated line ends.",
}
