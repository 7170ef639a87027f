from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "FA2-IF11120-2025-05", "fresh25", "IF11120", 17
TITLE = "U.S.-Japan Trade Agreements and Tariff Negotiations"
LAYOUTS = ["md", "interleaved"]
PDF_OPTS = ["nbsp", "quotes"]
CHART = {"unit": "$ billions", "ymax": 60, "ticks": [0, 15, 30, 45, 60],
         "series": ["U.S. goods imports from Japan, 2024"],
         "bars": {"Vehicles": (55.6,), "Machinery": (33.0,), "Electrical": (17.5,), "Parts": (12.0,), "Other": (31.5,)}}

MD = """
U.S.-Japan Trade Agreements and Tariff Negotiations

Updated May 27, 2025

## Overview

Japan, a treaty ally and a leading source of investment in the United States, has become one of the first tests of the second Trump Administration's tariff policy. Since March, goods from Japan have faced new U.S. duties under two authorities: national security tariffs under Section 232 of the Trade Expansion Act of 1962 on steel, aluminum, autos, and auto parts; and a baseline tariff imposed by President Donald J. Trump under the International Emergency Economic Powers Act (IEEPA). Prime Minister Ishiba Shigeru has described the auto duties as a "national crisis" and has sent his chief negotiator, Economic Revitalization Minister Akazawa Ryosei, to Washington three times since mid-April. No agreement has been announced. Issues for Congress include the scope of any deal, its effect on U.S. industries, and the use of IEEPA to impose tariffs, which is being challenged in court.

## Tariffs in Effect

**Most goods.** A presidential executive order of April 2 imposed an additional 10% tariff on imports from nearly all countries, effective April 5, and higher "reciprocal" rates for 57 trading partners, effective April 9. Japan's was 24%, a figure the Administration derived from Japan's goods surplus with the United States; its chart claimed that Japan charges the equivalent of 46% on U.S. goods. Hours after the higher rates took effect, the President paused them for 90 days, until July 9, for every country except China. Of the two IEEPA rates announced for Japan, therefore, only the 10% baseline is being collected. That rate is now what most Japanese products pay on top of normal most-favored-nation (MFN) duties.

**Autos and parts.** Passenger vehicles and light trucks from Japan have been subject since April 3 to a 25% Section 232 tariff, and many auto parts to the same rate since May 3. For cars, which also carry the 2.5% MFN duty, the combined charge is 27.5%. An April 29 proclamation keeps the auto duties from stacking on top of the IEEPA baseline and lets companies that assemble vehicles in the United States offset part of the parts tariff, in an amount equal to 3.75% of a vehicle's value in the first year. Vehicles were Japan's largest export to the United States in 2024, worth about $55 billion (Figure 1).

**Steel and aluminum.** Since March 12, a 25% tariff has applied to steel and aluminum from all countries, after the President revoked the exemptions and quota deals negotiated in earlier years, including a 2022 arrangement that let some 1.25 million metric tons of Japanese steel enter duty-free each year.

Table 1. U.S. Tariffs on Goods from Japan, May 2025

| Goods | Authority | Rate | Since |
| --- | --- | --- | --- |
| Most goods | IEEPA | 10% | Apr. 5 |
| Most goods, "reciprocal" | IEEPA | 24% | paused |
| Cars, light trucks | Sec. 232 | 25% | Apr. 3 |
| Auto parts | Sec. 232 | 25% | May 3 |
| Steel, aluminum | Sec. 232 | 25% | Mar. 12 |

Source: CRS, from executive orders and proclamations. Rates are in addition to MFN duties.

## The Negotiations

Tokyo moved quickly to seek talks. It was on April 7, after a telephone call with Ishiba, that President Trump announced that Treasury Secretary Scott Bessent and U.S. Trade Representative Jamieson Greer would negotiate with Japan, among the first countries offered talks. Akazawa's first session in Washington, on April 16, included an unscheduled meeting with the President; further rounds followed on May 1 and last Friday, May 23. U.S. officials have pressed Japan on its automobile safety and testing standards, its rice imports and other farm barriers, and its purchases of U.S. energy. Japan seeks removal of all the new tariffs, autos above all. It has floated larger purchases of U.S. corn, soybeans, and liquefied natural gas (LNG), including from a proposed Alaska pipeline project, and cooperation in shipbuilding, and Akazawa has said Japan will not accept a package that leaves the auto tariff in place. Ishiba and Trump may meet when the G-7 leaders gather in Kananaskis, Canada, on June 15-17.

Investment is part of Japan's pitch. At the February 7 White House summit, Ishiba told Trump that Japan aimed to raise its direct investment in the United States to $1 trillion, a target for the total stock, not a pledge of new funds; no investment package has been tabled in the talks. On May 23, the President said a "planned partnership" between U.S. Steel and Nippon Steel would bring $14 billion to the U.S. economy. President Joe Biden had blocked Nippon Steel's $14.1 billion bid for the company in January.

The only deal the Administration has announced so far, a May 8 framework with the United Kingdom, kept the 10% baseline and lowered the auto tariff to 10% on up to 100,000 British vehicles a year. On May 12, the United States and China agreed to cut their tariffs on each other for 90 days, the U.S. rate on most Chinese goods falling from 145% to 30%.

## Politics in Tokyo

Ishiba has little room at home. His Liberal Democratic Party (LDP) and its partner Komeito lost their lower house majority in the October 2024 general election and now govern as a minority, relying on opposition votes to pass legislation. Half of the upper house's seats are up for election this July, and farm groups and opposition parties oppose any opening of Japan's rice market, where retail prices have roughly doubled over the past year.

## Trade and Investment Ties

Japan held sixth place among U.S. trading partners in 2024, counting goods and services, for a second straight year. U.S. sales of goods and services to Japan came to $79.7 billion and $49.4 billion, respectively, for a total of $129.1 billion. U.S. imports from Japan were larger. They totaled $192.4 billion, more than three-quarters of it in goods ($149.6 billion); services made up the other $42.8 billion. The goods deficit, $69.9 billion, put Japan seventh on the list of U.S. bilateral goods deficits; it had been fourth as recently as 2019.

**Figure 1. U.S. Imports from Japan by Product, 2024**

Source: CRS, with U.S. Census Bureau data. Goods only.

Japan's direct investment in the United States, $783.3 billion at the end of 2023, was the largest held by any country, a position Japan has occupied every year since 2019. U.S. direct investment in Japan stood near $134 billion that year. Japanese investors also held $1.13 trillion in U.S. Treasury securities in March, making Japan the top foreign holder by a wide margin; the United Kingdom and China, in second and third place, each held less than $800 billion.

## Earlier Agreements

The current talks follow a narrower deal from Trump's first term. Formal negotiations opened in April 2019, a month before the President proclaimed, on May 17, 2019, that imports of autos and parts threatened U.S. national security; no tariffs were imposed then. Trump and then-Prime Minister Abe Shinzo declared the first stage of talks complete at a meeting in New York on September 25, 2019. The U.S.-Japan Trade Agreement (USJTA), which cut tariffs on some farm and industrial goods, and the U.S.-Japan Digital Trade Agreement were signed on October 7, 2019, and took effect together on New Year's Day 2020. A promised second stage never began. Under President Biden, the two countries signed a Critical Minerals Agreement on March 28, 2023; it lets Japanese minerals count toward the clean-vehicle tax credit of the Inflation Reduction Act, a credit that the House voted to repeal on May 22 as part of a budget reconciliation bill.

## Issues for Congress

- Whether an agreement with Japan would need congressional approval; Trade Promotion Authority lapsed in 2021.
- The effect of the 25% auto tariff on Japanese-owned plants in the United States, which built about 3.3 million vehicles in 2024.
- Court challenges arguing that IEEPA does not authorize tariffs; the U.S. Court of International Trade has yet to rule.
- The scheduled July 9 end of the pause on the 24% rate.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald J. Trump"),
        "leaders.japan_prime_minister": P("Ishiba", "Shigeru", "Prime Minister Ishiba Shigeru", note="family name first; 'then-Prime Minister Abe Shinzo' is a former leader"),
        "tariffs.us_tariff_most_imports": F(10, period="2025-04-05", as_written="That rate is now what most Japanese products pay on top of normal most-favored-nation (MFN) duties", note="'That rate' = the 10% baseline of the sentence before; also 'an additional 10% tariff on imports from nearly all countries, effective April 5' and Table 1's first row"),
        "tariffs.ieepa_rate": F(10, period="2025-04-05", as_written="Of the two IEEPA rates announced for Japan, therefore, only the 10% baseline is being collected", note="the IEEPA rate collected in May 2025 (as fresh21's BC2); the 24% rate is paused"),
        "tariffs.section232_autos": F(25, period="2025-04-03", as_written="Passenger vehicles and light trucks from Japan have been subject since April 3 to a 25% Section 232 tariff", note="the 27.5% with the MFN duty is a trap"),
        "trade.overall_partner_rank": F(6, period="2024", as_written="Japan held sixth place among U.S. trading partners in 2024, counting goods and services"),
        "trade.us_exports_to_japan": F(129100000000, period="2024", as_written="for a total of $129.1 billion"),
        "trade.us_goods_exports_to_japan": F(79700000000, period="2024", as_written="U.S. sales of goods and services to Japan came to $79.7 billion and $49.4 billion, respectively", note="through 'respectively'"),
        "trade.us_services_exports_to_japan": F(49400000000, period="2024", as_written="U.S. sales of goods and services to Japan came to $79.7 billion and $49.4 billion, respectively", note="through 'respectively'"),
        "trade.us_imports_from_japan": F(192400000000, period="2024", as_written="They totaled $192.4 billion", note="'They' = U.S. imports from Japan, the sentence before"),
        "trade.us_goods_imports_from_japan": F(149600000000, period="2024", as_written="more than three-quarters of it in goods ($149.6 billion)", note="the fraction is a trap; the amount is in parentheses"),
        "trade.us_services_imports_from_japan": F(42800000000, period="2024", as_written="services made up the other $42.8 billion"),
        "trade.goods_deficit": F(69900000000, period="2024", as_written="The goods deficit, $69.9 billion"),
        "trade.goods_deficit_rank": F(7, period="2024", as_written="put Japan seventh on the list of U.S. bilateral goods deficits", note="'it had been fourth as recently as 2019' is a past rank"),
        "trade.fdi_source_rank": F(1, period="2023", as_written="Japan's direct investment in the United States, $783.3 billion at the end of 2023, was the largest held by any country"),
        "trade.japan_fdi_stock_in_us": F(783300000000, period="2023", as_written="Japan's direct investment in the United States, $783.3 billion at the end of 2023"),
        "trade.us_fdi_stock_in_japan": F(134000000000, "about", period="2023", as_written="U.S. direct investment in Japan stood near $134 billion that year", note="'near' is about; year carried by 'that year'"),
        "trade.treasury_holder_rank": F(1, period="2025-03", as_written="Japanese investors also held $1.13 trillion in U.S. Treasury securities in March, making Japan the top foreign holder by a wide margin", note="the United Kingdom and China 'in second and third place' are traps"),
        "agreements.usjta_signed": D("2019-10-07", as_written="The U.S.-Japan Trade Agreement (USJTA), which cut tariffs on some farm and industrial goods, and the U.S.-Japan Digital Trade Agreement were signed on October 7, 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="and took effect together on New Year's Day 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="and took effect together on New Year's Day 2020", note="'together': the USJTA and the Digital Trade Agreement"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="Under President Biden, the two countries signed a Critical Minerals Agreement on March 28, 2023"),
    },
    "elections": {
        "lower_house_2024": E("Lower House", "2024-10", "held", result="LDP and Komeito lost their majority; minority government", note="'lost their lower house majority in the October 2024 general election'"),
        "upper_house_2025": E("Upper House", "2025-07", "upcoming", note="'Half of the upper house's seats are up for election this July' (year from the text's date)"),
    },
    "events": {
        "tariff_talks_announced": EV("After a call with Ishiba, President Trump announces that Bessent and Greer will negotiate with Japan", "2025-04-07", "held"),
        "first_negotiating_round": EV("Formal U.S.-Japan trade agreement negotiations open", "2019-04", "held"),
        "section232_autos_proclamation": EV("President proclaims that imports of autos and parts threaten U.S. national security (no tariffs imposed)", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Trump and Abe declare the first stage of talks complete in New York", "2019-09-25", "held"),
    },
    "notes": "Traps: 'Since March' (steel start); 'Section 232 of the Trade Expansion Act of 1962' (year of a law); 'to Washington three times since mid-April' (count); 'A presidential executive order of April 2'; 'higher \"reciprocal\" rates for 57 trading partners, effective April 9' and 'Japan's was 24%' (paused rate, not collected: neither the tariff on most imports nor the IEEPA rate); 'Japan charges the equivalent of 46% on U.S. goods' (a claimed Japanese rate); 'paused them for 90 days, until July 9, for every country except China'; 'many auto parts to the same rate since May 3' (parts, same value); 'which also carry the 2.5% MFN duty, the combined charge is 27.5%' (MFN and total, not the Section 232 rate); 'An April 29 proclamation' and 'equal to 3.75% of a vehicle's value'; 'worth about $55 billion' (vehicle imports, no catalogue fact); 'Since March 12, a 25% tariff has applied to steel and aluminum' (not autos) and 'a 2022 arrangement that let some 1.25 million metric tons'; Table 1 (the 'Most goods, \"reciprocal\" | IEEPA | 24% | paused' row is a trap; the steel row; 'Since' dates); 'It was on April 7, after a telephone call with Ishiba' (the tracked announcement, day) vs 'Akazawa's first session in Washington, on April 16' (first session of the 2025 talks: not `first_negotiating_round`, which is the April 2019 round) and 'further rounds followed on May 1 and last Friday, May 23'; 'on June 15-17' (planned G-7 summit); 'Japan aimed to raise its direct investment in the United States to $1 trillion, a target for the total stock, not a pledge of new funds' (no investment pledge; no framework); 'would bring $14 billion to the U.S. economy' and 'Nippon Steel's $14.1 billion bid' (a company's, not Japan's pledge); 'President Joe Biden had blocked' (former president); 'a May 8 framework with the United Kingdom, kept the 10% baseline and lowered the auto tariff to 10% on up to 100,000 British vehicles a year' (another country's deal and rates; not `framework.announced`); 'cut their tariffs on each other for 90 days, the U.S. rate on most Chinese goods falling from 145% to 30%' (China); 'Half of the upper house's seats' (no share); 'roughly doubled over the past year'; 'for a second straight year' (count beside the rank); 'more than three-quarters of it in goods' (a fraction, no fact); 'it had been fourth as recently as 2019' (past deficit rank); Figure 1 (goods imports by product, 2024; unit '$ billions', ticks 0-60, category labels Vehicles/Machinery/Electrical/Parts/Other, legend; no value labels); 'a position Japan has occupied every year since 2019' (span, not a rank value); 'each held less than $800 billion' (other holders); 'Formal negotiations opened in April 2019' (`first_negotiating_round`, month) and 'the President proclaimed, on May 17, 2019' (`section232_autos_proclamation`) with 'no tariffs were imposed then' (no Section 232 rate from 2019); 'then-Prime Minister Abe Shinzo' (former leader); 'declared the first stage of talks complete at a meeting in New York on September 25, 2019' (`stage_one_deal_finalized`); 'A promised second stage never began'; 'Under President Biden' (former president); 'the House voted to repeal on May 22'; bullets 'Trade Promotion Authority lapsed in 2021', 'about 3.3 million vehicles in 2024', 'the U.S. Court of International Trade has yet to rule' (no ruling: no `tariffs.ieepa_ruling`), 'The scheduled July 9 end of the pause on the 24% rate'. PDF options NBSP and curly quotes (visible in the interleaved text: the two columns alternate line by line; Table 1's rows run as single lines; Figure 1's caption, ticks, labels and legend among the body lines).",
}
