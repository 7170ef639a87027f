from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "BB2-IF11120-2022-09", "fresh21", "IF11120", 19
TITLE = "U.S.-Japan Trade Agreement Negotiations"
LAYOUTS = ["layout", "md"]
PDF_OPTS = ["lig", "nbsp"]

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated September 2, 2022

## Overview

Nearly three years after the United States and Japan concluded a limited "stage one" trade deal, no talks on a broader agreement are under way. Since taking office in January 2021, President Joe Biden has not resumed the "stage two" negotiations the deal envisaged. The Administration has instead worked through the U.S.-Japan Partnership on Trade, launched in November 2021, and the Indo-Pacific Economic Framework (IPEF), which the President unveiled in Tokyo on May 23, 2022. His counterpart there, Prime Minister Kishida Fumio, has endorsed both. A new Economic "2+2" dialogue held its first ministerial meeting in Washington on July 29.

Japanese politics were jolted on July 8, when former Prime Minister Abe Shinzo, who had negotiated stage one, was shot and killed while campaigning in Nara. Two days later, in the July 10 House of Councillors election, the coalition of Kishida's Liberal Democratic Party (LDP) and Komeito added to its majority. A state funeral for Abe is planned for September 27.

## How Stage One Came About

After President Donald Trump withdrew from the Trans-Pacific Partnership (TPP) in January 2017, his Administration sought a bilateral deal with Japan. At a meeting in New York on September 26, 2018, Trump and Abe issued a joint statement pledging talks on goods and "other key areas including services." Negotiators first sat down formally on April 15, 2019, in Washington.

The threat of auto tariffs hung over the talks. In a May 2019 proclamation, Trump declared that imports of autos and parts threatened to impair U.S. national security but deferred action for up to 180 days; the tariffs of as much as 25% he had floated were never applied. After an agreement in principle at the G-7 summit in Biarritz, France, on August 25, 2019, stage one wrapped up a month later, when Trump and Abe met in New York on September 25, 2019. Their joint statement said neither side would act "against the spirit" of the deal while it was being implemented.

## The Agreements

Stage one yielded two texts: the U.S.-Japan Trade Agreement (USJTA), which covers tariffs on selected goods, and the U.S.-Japan Digital Trade Agreement (DTA). Both entered into force on the same day, January 1, 2020, less than three months after their October 7, 2019, signing. The USJTA's tariff cuts were proclaimed under delegated authority in the Trade Promotion Authority (TPA) statute, and the DTA was concluded as an executive agreement, so neither went to Congress for a vote.

Japan agreed to remove or lower tariffs on about $7.2 billion of U.S. farm goods, matching the terms that TPP members enjoy. Its duty on U.S. beef, 38.5% before the deal, stands at 21.6% this fiscal year and is scheduled to reach 9% in FY2033. The United States cut tariffs on some $40 million of Japanese farm products and on certain industrial goods, but kept its 2.5% duty on passenger cars, Japan's largest export to the U.S. market. The DTA governs an estimated $40 billion in bilateral digital trade.

## Trade and Investment Ties

Fifth place among U.S. trading partners in 2021 went to Japan, counting the European Union as one partner; in 2020 it had been fourth. Trade rebounded as the pandemic eased (Table 1), though services, almost a third of U.S. sales to Japan, have yet to recover their 2019 level.

Table 1. U.S.-Japan Trade Flows, 2021

| Flow | $ billions | Change from 2020 |
| --- | --- | --- |
| Exports, total | 112.2 | +7.5% |
| Exports, goods | 76.7 | +19.7% |
| Exports, services | 35.5 | -11.9% |
| Imports, total | 167.8 | +13.7% |
| Imports, goods | 132.6 | +11.0% |
| Imports, services | 35.2 | +25.3% |

Source: Bureau of Economic Analysis (BEA), balance-of-payments basis. Exports and imports are those of the United States.

Japan's goods surplus with the United States, just under $56 billion in 2021, was the fourth-largest of any country's. It has narrowed from nearly $69 billion in 2017.

Japanese firms held $721.2 billion of direct investment in the United States at the end of 2021, more than firms from any other country; Japan took the top spot from the United Kingdom in 2019. It is also the U.S. government's largest foreign creditor: its Treasury holdings, about $1.24 trillion in June 2022, outweighed China's roughly $970 billion. U.S. companies, for their part, held about one hundred twenty-six billion dollars of direct investment in Japan as of the end of 2021.

## Tariffs and Other Frictions

The Section 232 tariffs imposed in March 2018 still apply to Japan. Since April 1, 2022, Japanese steel has entered duty-free up to a tariff-rate quota of 1.25 million metric tons a year, with the 25% tariff charged above it; the 10% aluminum tariff is unchanged. Tokyo had sought terms like those the European Union obtained at the start of the year.

New U.S. industrial policy is a further irritant. The Inflation Reduction Act, signed on August 16, restricts its consumer tax credit of up to $7,500 for electric vehicles to cars assembled in North America and, in part, to those whose battery minerals come from U.S. free trade agreement partners. Japan, whose USJTA is not a comprehensive FTA, has asked to be treated as one. The CHIPS and Science Act, signed on August 9, provides $52.7 billion for U.S. semiconductor production and research. Meanwhile the yen, near ¥139 to the dollar, is at its weakest level since 1998.

## Issues for Congress

Members may weigh whether to press the Administration for a comprehensive agreement covering the services, autos, and investment rules that stage one left out; whether any new trade deal should come to Congress for approval, now that TPA has lapsed (on July 1, 2021); and whether the United States should seek to rejoin the 11-member Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP), which the United Kingdom is negotiating to enter and to which China and Taiwan applied in September 2021.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Mark E. Manyin**, Specialist in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "His counterpart there, Prime Minister Kishida Fumio"),
        "trade.overall_partner_rank": F(5, period="2021", as_written="Fifth place among U.S. trading partners in 2021 went to Japan, counting the European Union as one partner", note="inverted: the rank is the subject"),
        "trade.us_exports_to_japan": F(112200000000, period="2021", as_written="Table 1: Exports, total | 112.2"),
        "trade.us_goods_exports_to_japan": F(76700000000, period="2021", as_written="Table 1: Exports, goods | 76.7"),
        "trade.us_services_exports_to_japan": F(35500000000, period="2021", as_written="Table 1: Exports, services | 35.5"),
        "trade.us_imports_from_japan": F(167800000000, period="2021", as_written="Table 1: Imports, total | 167.8"),
        "trade.us_goods_imports_from_japan": F(132600000000, period="2021", as_written="Table 1: Imports, goods | 132.6"),
        "trade.us_services_imports_from_japan": F(35200000000, period="2021", as_written="Table 1: Imports, services | 35.2"),
        "trade.goods_deficit": F(56000000000, "under", period="2021", as_written="Japan's goods surplus with the United States, just under $56 billion in 2021", note="stated from Japan's side as a surplus"),
        "trade.goods_deficit_rank": F(4, period="2021", as_written="was the fourth-largest of any country's"),
        "trade.japan_fdi_stock_in_us": F(721200000000, period="2021", as_written="Japanese firms held $721.2 billion of direct investment in the United States at the end of 2021"),
        "trade.fdi_source_rank": F(1, period="2021", as_written="more than firms from any other country"),
        "trade.treasury_holder_rank": F(1, period="2022-06", as_written="It is also the U.S. government's largest foreign creditor: its Treasury holdings, about $1.24 trillion in June 2022", note="'It' carries Japan"),
        "trade.us_fdi_stock_in_japan": F(126000000000, "about", period="2021", as_written="U.S. companies, for their part, held about one hundred twenty-six billion dollars of direct investment in Japan as of the end of 2021", note="number in words"),
        "agreements.usjta_signed": D("2019-10-07", as_written="less than three months after their October 7, 2019, signing"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="Both entered into force on the same day, January 1, 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="Both entered into force on the same day, January 1, 2020"),
    },
    "elections": {
        "upper_house_2022": E("Upper House", "2022-07-10", "held", result="LDP-Komeito coalition added to its majority"),
    },
    "events": {
        "abe_assassination": EV("Former Prime Minister Abe Shinzo shot and killed in Nara", "2022-07-08"),
        "first_negotiating_round": EV("First formal negotiating round, Washington", "2019-04-15", "held"),
        "section232_autos_proclamation": EV("Section 232 auto proclamation (tariffs deferred, never applied)", "2019-05", "held"),
        "stage_one_deal_finalized": EV("Trump and Abe conclude stage one in New York", "2019-09-25", "held"),
    },
    "notes": "Traps: 'Since taking office in January 2021'; 'the U.S.-Japan Partnership on Trade, launched in November 2021'; 'which the President unveiled in Tokyo on May 23, 2022' (IPEF; no IF11120 fact); 'A new Economic \"2+2\" dialogue held its first ministerial meeting in Washington on July 29' (another dialogue's first meeting, not the first negotiating round); 'former Prime Minister Abe Shinzo' (former leader); 'A state funeral for Abe is planned for September 27' (planned); 'After President Donald Trump withdrew from the Trans-Pacific Partnership (TPP) in January 2017' (former president); 'At a meeting in New York on September 26, 2018, Trump and Abe issued a joint statement' (not `tariff_talks_announced`, which is the April 2025 announcement); 'deferred action for up to 180 days; the tariffs of as much as 25% he had floated were never applied' (threatened; no Section 232 auto rate); 'an agreement in principle ... in Biarritz, France, on August 25, 2019' (not the finalization); 'Their joint statement said neither side would act \"against the spirit\"'; 'Its duty on U.S. beef, 38.5% before the deal, stands at 21.6% this fiscal year and is scheduled to reach 9% in FY2033' (Japanese tariffs: past, current, planned); '$7.2 billion of U.S. farm goods', 'some $40 million of Japanese farm products' and 'an estimated $40 billion in bilateral digital trade'; 'kept its 2.5% duty on passenger cars' (MFN, no tariff fact); 'in 2020 it had been fourth' (a past rank); 'services, almost a third of U.S. sales to Japan, have yet to recover their 2019 level' (a fraction, no fact); Table 1's 'Change from 2020' column ('+7.5%', '+19.7%', '-11.9%', '+13.7%', '+11.0%', '+25.3%'); 'It has narrowed from nearly $69 billion in 2017' (a past deficit); 'Japan took the top spot from the United Kingdom in 2019' (the year of a past change, not the period); 'outweighed China's roughly $970 billion' (another country's holdings); 'The Section 232 tariffs imposed in March 2018 still apply', 'a tariff-rate quota of 1.25 million metric tons a year, with the 25% tariff charged above it; the 10% aluminum tariff is unchanged' (product tariffs, not most imports); 'terms like those the European Union obtained'; 'The Inflation Reduction Act, signed on August 16' and 'a consumer tax credit of up to $7,500'; 'The CHIPS and Science Act, signed on August 9, provides $52.7 billion'; 'the yen, near ¥139 to the dollar, is at its weakest level since 1998' (no IF11120 fact); 'now that TPA has lapsed (on July 1, 2021)'; 'the 11-member ... (CPTPP)' and 'China and Taiwan applied in September 2021'; PDF ligatures and NBSP in the layout text",
}
