from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "TD2-IF11120-2025-05", "fresh40", "IF11120", 22
TITLE = "U.S.-Japan Trade Agreements and Tariff Negotiations"
LAYOUTS = ["pdf", "layout"]
PDF_OPTS = ["lig", "quotes"]
CHART = {"unit": "$ billions", "ymax": 60, "ticks": [0, 15, 30, 45, 60],
         "series": ["U.S. imports of motor vehicles and parts from Japan"],
         "bars": {"2020": (42.3,), "2021": (44.9,), "2022": (48.2,), "2023": (55.8,), "2024": (55.4,)}}

MD = """
U.S.-Japan Trade Agreements and Tariff Negotiations

Updated May 20, 2025

## Overview

For the first time in decades, most goods that Japan sells to the United States are subject to new U.S. tariffs. President Donald J. Trump has used two legal authorities against them. The first is the International Emergency Economic Powers Act (IEEPA), under which a 10% additional duty has been charged on nearly all Japanese goods since April 5. The second is Section 232 of the Trade Expansion Act of 1962, which permits tariffs on national security grounds. It underlies a 25% tariff on imported passenger vehicles and light trucks that took effect on April 3, and the same rate on steel and aluminum. Prime Minister Ishiba Shigeru has called the measures a "national crisis" for Japan, whose automakers ship some 1.4 million vehicles a year to the United States.

## How the Tariffs Came About

When Ishiba visited the White House on February 7, he said that Japan would raise its investment in the United States to $1 trillion; he made no offer on tariffs. Five weeks later, on March 12, 25% tariffs on steel and aluminum took effect worldwide, with no exemption for Japan, which had received one in 2018. A proclamation that the President signed on March 26 extended Section 232 duties to autos. They apply at 25% on top of the 2.5% most-favored-nation (MFN) duty, so that a Japanese sedan now pays 27.5%. Duties on certain parts followed on May 3.

On April 2, the President announced "reciprocal" tariffs on nearly all trading partners. Japan's rate was set at 24%, below the 34% assigned to China and the 46% assigned to Vietnam but above the European Union's 20%. It was to take effect on April 9; that day, however, the country-specific rates were suspended for 90 days, until July 9, leaving only the 10% baseline in force. On April 7, after a telephone call with Ishiba, the President said that Japan would be among the first countries with which the Administration would negotiate, and he named Treasury Secretary Scott Bessent to lead the talks.

Table 1. U.S. Tariffs on Imports from Japan, May 2025

| Goods covered | Authority | Rate | Status |
| --- | --- | --- | --- |
| Most goods (baseline) | IEEPA | 10% | In effect since April 5 |
| Most goods (Japan rate) | IEEPA | 24% | Suspended until July 9 |
| Passenger vehicles, light trucks | Section 232 | 25% | In effect since April 3 |
| Certain auto parts | Section 232 | 25% | In effect since May 3 |
| Steel, aluminum | Section 232 | 25% | In effect since March 12 |

Source: CRS, from presidential proclamations and executive orders. Rates are in addition to MFN duties.

## The Negotiations

Japan's lead negotiator, Economic Revitalization Minister Akazawa Ryosei, has held two rounds of talks in Washington, on April 16 and May 1. The President joined the first. Its agenda included tariffs, nontariff barriers, currency, and Japanese purchases of U.S. energy and farm goods. Tokyo's position is that all of the new tariffs, including those on autos, should be removed. A third round is expected before the end of May, and Ishiba and Trump may meet at the Group of Seven summit in Canada in mid-June.

Other partners have moved faster. Under terms announced on May 8, the United Kingdom kept its 10% baseline but won a lower 10% rate on up to 100,000 British cars a year. After talks in Geneva, the United States and China agreed on May 12 to cut their tariffs for 90 days; the U.S. charge on Chinese goods fell from 145% to 30%. South Korea, whose suspended rate is 25%, and the EU are also in talks.

## Politics in Tokyo

Ishiba, who became LDP president on September 27, 2024, leads a minority government. His coalition with Komeito lost its Lower House majority in the October 27 general election that followed a month later. An Upper House election is expected in July. Opposition parties want a cut in the consumption tax, now 10% (8% on food), to ease the pain of the tariffs; the government has so far refused.

## Trade and Investment Ties

Japan was the sixth-largest trading partner of the United States in 2024. U.S. exports to Japan totaled $129.1 billion. Of these, $79.7 billion were goods; the rest, $49.4 billion, were services such as travel, royalties, and financial services. Imports from Japan came to $192.4 billion. They consisted of $149.6 billion in goods, a fifth of it passenger cars, and $42.8 billion in services.

**Figure 1. U.S. Imports of Motor Vehicles and Parts from Japan, 2020-2024**

Source: CRS, with U.S. Census Bureau data.

The goods deficit with Japan, $69.9 billion, was the seventh-largest that the United States ran with any country; the $295.4 billion deficit with China was the largest. Japan has been the largest source of foreign direct investment (FDI) in the United States since 2019. Its FDI stock reached $783.3 billion at the end of 2023, about six times the U.S. stock in Japan, which came to some $134 billion that year. Its holdings of U.S. Treasury securities, $1.13 trillion in March, remain larger than any other foreign country's; that month the United Kingdom, with $779 billion, moved past China into second place.

## Earlier Agreements

The U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement grew out of talks that opened in April 2019. Both were signed on October 7, 2019. They entered into force on January 1, 2020. The USJTA lowered Japanese tariffs on about $7 billion of U.S. farm products, while the United States cut duties on some $40 million of Japanese goods. The U.S.-Japan Critical Minerals Agreement, signed on March 28, 2023, allows certain Japanese minerals to count toward electric-vehicle tax credits.

## Issues for Congress

- Whether any deal should take the form of an agreement submitted to Congress, or remain an executive arrangement like the 2019 agreements.
- The effect of auto tariffs on U.S. plants of Japanese automakers, which employ about 110,000 Americans.
- Whether tariffs on a treaty ally weaken coordination on China.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald J. Trump"),
        "leaders.japan_prime_minister": P("Ishiba", "Shigeru", "Prime Minister Ishiba Shigeru", note="family name first"),
        "tariffs.us_tariff_most_imports": F(10, period="2025-04-05", as_written="a 10% additional duty has been charged on nearly all Japanese goods since April 5", note="year from the cover; also Table 1's baseline row and 'leaving only the 10% baseline in force'"),
        "tariffs.ieepa_rate": F(10, period="2025-04-05", as_written="The first is the International Emergency Economic Powers Act (IEEPA), under which a 10% additional duty has been charged on nearly all Japanese goods since April 5", note="the 24% Japan rate is suspended"),
        "tariffs.section232_autos": F(25, period="2025-04-03", as_written="It underlies a 25% tariff on imported passenger vehicles and light trucks that took effect on April 3", note="'It' = Section 232; also 'They apply at 25% on top of the 2.5% most-favored-nation (MFN) duty' and Table 1's vehicles row"),
        "trade.overall_partner_rank": F(6, period="2024", as_written="Japan was the sixth-largest trading partner of the United States in 2024"),
        "trade.us_exports_to_japan": F(129100000000, period="2024", as_written="U.S. exports to Japan totaled $129.1 billion", note="year carried"),
        "trade.us_goods_exports_to_japan": F(79700000000, period="2024", as_written="Of these, $79.7 billion were goods"),
        "trade.us_services_exports_to_japan": F(49400000000, period="2024", as_written="the rest, $49.4 billion, were services"),
        "trade.us_imports_from_japan": F(192400000000, period="2024", as_written="Imports from Japan came to $192.4 billion"),
        "trade.us_goods_imports_from_japan": F(149600000000, period="2024", as_written="They consisted of $149.6 billion in goods", note="'They' = imports from Japan"),
        "trade.us_services_imports_from_japan": F(42800000000, period="2024", as_written="and $42.8 billion in services"),
        "trade.goods_deficit": F(69900000000, period="2024", as_written="The goods deficit with Japan, $69.9 billion", note="year carried from the paragraph before the figure"),
        "trade.goods_deficit_rank": F(7, period="2024", as_written="was the seventh-largest that the United States ran with any country"),
        "trade.fdi_source_rank": F(1, as_written="Japan has been the largest source of foreign direct investment (FDI) in the United States since 2019", note="a span, no period"),
        "trade.japan_fdi_stock_in_us": F(783300000000, period="2023", as_written="Its FDI stock reached $783.3 billion at the end of 2023", note="'Its' = Japan's"),
        "trade.us_fdi_stock_in_japan": F(134000000000, "about", period="2023", as_written="the U.S. stock in Japan, which came to some $134 billion that year"),
        "trade.treasury_holder_rank": F(1, period="2025-03", as_written="Its holdings of U.S. Treasury securities, $1.13 trillion in March, remain larger than any other foreign country's", note="'Its' = Japan's; year from the cover"),
        "agreements.usjta_signed": D("2019-10-07", as_written="Both were signed on October 7, 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="They entered into force on January 1, 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="They entered into force on January 1, 2020", note="'They' = the USJTA and the Digital Trade Agreement"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="The U.S.-Japan Critical Minerals Agreement, signed on March 28, 2023"),
    },
    "elections": {
        "ldp_president_2024": E("LDP president", "2024-09-27", "held", result="Ishiba elected"),
        "lower_house_2024": E("Lower House", "2024-10-27", "held", result="LDP-Komeito coalition lost its majority", note="year carried from the LDP vote"),
        "upper_house_2025": E("Upper House", "2025-07", "upcoming", note="'expected in July'; year from the cover"),
    },
    "events": {
        "section232_autos_proclamation": EV("Presidential proclamation extending Section 232 tariffs (25%) to autos", "2025-03-26", "held"),
        "tariff_talks_announced": EV("After a call with Ishiba, the President says Japan will be among the first countries to negotiate", "2025-04-07", "held"),
        "first_negotiating_round": EV("Talks on the USJTA and the Digital Trade Agreement open", "2019-04", "held"),
    },
    "notes": "Traps: 'Section 232 of the Trade Expansion Act of 1962' (year of a law); 'and the same rate on steel and aluminum' and '25% tariffs on steel and aluminum took effect worldwide' (not autos, not most imports); 'some 1.4 million vehicles a year'; 'he said that Japan would raise its investment in the United States to $1 trillion' (an aspiration, not a framework pledge); 'which had received one in 2018'; 'They apply at 25% on top of the 2.5% most-favored-nation (MFN) duty, so that a Japanese sedan now pays 27.5%' (the MFN rate and the combined charge); 'Duties on certain parts followed on May 3'; 'Japan's rate was set at 24%' and 'It was to take effect on April 9' (announced and suspended, not the tariff in effect); 'the 34% assigned to China and the 46% assigned to Vietnam', 'the European Union's 20%' (other countries); 'suspended for 90 days, until July 9'; Table 1 (rows for the suspended 24%, parts, steel and aluminum; 'Rates are in addition to MFN duties'); 'two rounds of talks in Washington, on April 16 and May 1' and 'The President joined the first' (2025 rounds, not the 2019 first negotiating round); 'A third round is expected before the end of May' (planned); 'the Group of Seven summit in Canada in mid-June'; 'the United Kingdom kept its 10% baseline but won a lower 10% rate on up to 100,000 British cars a year' (another country's rates); 'the U.S. charge on Chinese goods fell from 145% to 30%' (China's); 'South Korea, whose suspended rate is 25%' (another country); 'the October 27 general election that followed a month later' (held, not upcoming); 'the consumption tax, now 10% (8% on food)' (not a tariff); 'a fifth of it passenger cars'; Figure 1 (motor vehicle imports 2020-2024, ticks 0-60, years and legend, no values); 'the $295.4 billion deficit with China was the largest' (another country's deficit and rank); 'since 2019' (a span beside the FDI rank); 'about six times' (a ratio); '$1.13 trillion' (holdings, not FDI); 'the United Kingdom, with $779 billion, moved past China into second place' (other countries' ranks); 'talks that opened in April 2019' (the event only); 'about $7 billion of U.S. farm products', 'some $40 million of Japanese goods'; Issues bullets ('the 2019 agreements', 'about 110,000 Americans'). PDF: ligatures and curly quotes; layout: pdftotext -layout runs the two columns side by side, with the table and the chart among them.",
}
