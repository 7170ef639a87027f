from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "SC2-IF11120-2020-06", "fresh39", "IF11120", 8
TITLE = "U.S.-Japan Trade Agreement Negotiations"
LAYOUTS = ["interleaved", "md"]
PDF_OPTS = ["lig", "quotes"]
CHART = {"unit": "$ billions", "ymax": 160, "ticks": [0, 40, 80, 120, 160],
         "series": ["U.S. exports to Japan", "U.S. imports from Japan"],
         "bars": {"2015": (62.5, 131.4), "2016": (63.2, 132.2), "2017": (67.6, 136.5), "2018": (75.0, 142.6), "2019": (74.7, 144.0)}}

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated June 9, 2020

## Overview

Two limited trade agreements between the United States and Japan have been in effect since New Year's Day: the U.S.-Japan Trade Agreement (USJTA), which lowers tariffs on selected agricultural and industrial goods, and the U.S.-Japan Digital Trade Agreement (DTA). The Trump Administration describes them as a "stage one" outcome and has said that a broader "stage two" agreement would follow. Under a joint statement issued with the agreements, the two sides were to start consultations on further talks within four months of entry into force, that is, by about the start of May. That deadline passed with no consultations held, as the COVID-19 pandemic disrupted travel and absorbed both governments' attention. Congress did not vote on either agreement: the Administration put the USJTA's tariff cuts into effect under authority delegated by the Bipartisan Congressional Trade Priorities and Accountability Act of 2015 (TPA), and treated the DTA as an executive agreement.

## How the Talks Began

The negotiations grew out of the Administration's withdrawal, in January 2017, from the Trans-Pacific Partnership (TPP), which the Obama Administration had signed with Japan and ten other countries. Japan and the remaining ten went ahead without the United States, and the resulting agreement (CPTPP) took effect at the end of 2018; a Japan-EU agreement followed in February 2019. Both lowered Japan's barriers to U.S. competitors' farm goods. In September 2018, President Donald J. Trump and Prime Minister Abe Shinzo agreed to begin bilateral talks, and negotiators first met in Washington in April 2019.

Part of Japan's motivation was to head off a U.S. auto tariff. In a proclamation of May 17, 2019, the President agreed with a Commerce Department finding under Section 232 of the Trade Expansion Act of 1962 that imports of autos and parts threatened to impair national security; Commerce had suggested tariffs of as much as 25%. Rather than impose them, he directed the U.S. Trade Representative (USTR) to seek agreements with Japan and the European Union. Japan says it was assured in September 2019 that no such tariff would be imposed on its cars while the agreements are honored; the Administration has not said so publicly.

The leaders announced on September 25, 2019, in New York, that the first-stage deal was complete. The USJTA was signed and entered into force on October 7, 2019, and January 1, 2020, respectively. The DTA followed the same timetable.

## What the Agreements Cover

The USJTA's commitments are uneven in scope:

- Japan is cutting or removing tariffs on U.S. agricultural products worth some $7.2 billion a year. When fully phased in, the cuts will leave upwards of nine-tenths of U.S. food and farm exports to Japan duty-free or at preferential rates, roughly the access CPTPP members enjoy.
- Japan's 38.5% tariff on beef fell to 26.6% on January 1 and is to reach 9% by FY2033; its pork duties follow a similar path.
- The United States is lowering tariffs on some 240 industrial products, among them machine tools and bicycles, and on a few dozen farm goods worth perhaps $40 million.
- The U.S. 2.5% tariff on passenger cars is unchanged, and Japan won no relief from the 25% and 10% Section 232 duties on steel and aluminum, respectively, in place since 2018.

The DTA bars customs duties on electronically transmitted products, such as e-books and software, and limits data localization requirements. Its provisions largely track the digital chapter of the 2018 U.S.-Mexico-Canada Agreement.

## Trade and Investment Ties

Japan ranked fourth among U.S. trading partners in 2019, after China, Canada, and Mexico. U.S. exports to Japan that year came to $125.4 billion, of which goods and services accounted for $74.7 billion and $50.7 billion, respectively. Imports ran higher, at roughly $179.6 billion. Goods, some four-fifths of that sum, came to $144.0 billion; services made up the remaining $35.6 billion.

**Figure 1. U.S. Goods Trade with Japan, 2015-2019**

Source: CRS, with data from the U.S. Census Bureau. Census basis, not seasonally adjusted.

In goods alone, imports exceeded exports by just under $70 billion, the fourth-largest U.S. bilateral goods deficit in 2019. About a third of U.S. goods imports from Japan are motor vehicles and parts, a share that has changed little in a decade. Services trade runs the other way, with a U.S. surplus of about $15 billion.

Cross-border investment is large in both directions. At the end of 2018, the latest year for which data are available, the stocks of Japanese direct investment in the United States and of U.S. direct investment in Japan were $484.4 billion and $117.1 billion, respectively. Only the United Kingdom's stock in the United States was larger that year. Japan has also been the largest foreign holder of U.S. Treasury securities since June 2019, when it passed China; in March 2020 its holdings came to nearly $1.3 trillion.

## The Pandemic and Trade

The pandemic has cut deeply into bilateral trade. U.S. goods exports to Japan in April 2020 were close to a fifth below their level a year earlier, and imports from Japan fell by more than a third, led by autos. The International Monetary Fund expects Japan's economy to shrink by 5.2% this year. Tokyo has enacted two large supplementary budgets, and its Olympic Games, postponed in March, are now scheduled for July 2021.

## Issues for Congress

- Whether a second stage will address services, investment, and rules, which were largely left out of the first, and whether the Administration will use TPA's procedures for it, giving Congress a vote;
- Whether the Administration will formally rule out Section 232 auto tariffs on Japan;
- How U.S. farm exporters fare relative to competitors in Australia, Canada, and the EU, which gained access to Japan's market earlier;
- Whether to revisit TPP or join CPTPP, which would go further than the current agreements.

**Brock R. Williams**, Specialist in International Trade and Finance

**Cathleen D. Cimino-Isaacs**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald J. Trump", note="Obama is a former president (his Administration's TPP signing a trap)"),
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Abe Shinzo", note="family name first"),
        "agreements.usjta_signed": D("2019-10-07", as_written="The USJTA was signed and entered into force on October 7, 2019, and January 1, 2020, respectively"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="The USJTA was signed and entered into force on October 7, 2019, and January 1, 2020, respectively", note="also 'have been in effect since New Year's Day' (year from the cover)"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="The DTA followed the same timetable", note="the USJTA's timetable of the sentence before; also 'have been in effect since New Year's Day'"),
        "trade.overall_partner_rank": F(4, period="2019", as_written="Japan ranked fourth among U.S. trading partners in 2019, after China, Canada, and Mexico"),
        "trade.us_exports_to_japan": F(125400000000, period="2019", as_written="U.S. exports to Japan that year came to $125.4 billion"),
        "trade.us_goods_exports_to_japan": F(74700000000, period="2019", as_written="of which goods and services accounted for $74.7 billion and $50.7 billion, respectively"),
        "trade.us_services_exports_to_japan": F(50700000000, period="2019", as_written="of which goods and services accounted for $74.7 billion and $50.7 billion, respectively"),
        "trade.us_imports_from_japan": F(179600000000, "about", period="2019", as_written="Imports ran higher, at roughly $179.6 billion", note="subject and year carried"),
        "trade.us_goods_imports_from_japan": F(144000000000, period="2019", as_written="Goods, some four-fifths of that sum, came to $144.0 billion", note="'some four-fifths' hedges the share, not the amount"),
        "trade.us_services_imports_from_japan": F(35600000000, period="2019", as_written="services made up the remaining $35.6 billion"),
        "trade.goods_deficit": F(70000000000, "under", period="2019", as_written="In goods alone, imports exceeded exports by just under $70 billion"),
        "trade.goods_deficit_rank": F(4, period="2019", as_written="the fourth-largest U.S. bilateral goods deficit in 2019"),
        "trade.japan_fdi_stock_in_us": F(484400000000, period="2018", as_written="the stocks of Japanese direct investment in the United States and of U.S. direct investment in Japan were $484.4 billion and $117.1 billion, respectively"),
        "trade.us_fdi_stock_in_japan": F(117100000000, period="2018", as_written="the stocks of Japanese direct investment in the United States and of U.S. direct investment in Japan were $484.4 billion and $117.1 billion, respectively"),
        "trade.fdi_source_rank": F(2, period="2018", as_written="Only the United Kingdom's stock in the United States was larger that year", note="rank by exclusion; year carried from 'At the end of 2018'"),
        "trade.treasury_holder_rank": F(1, period="2020-03", as_written="Japan has also been the largest foreign holder of U.S. Treasury securities since June 2019, when it passed China; in March 2020 its holdings came to nearly $1.3 trillion", note="period the month of the holdings figure; June 2019 a trap"),
    },
    "elections": {},
    "events": {
        "first_negotiating_round": EV("First formal round of U.S.-Japan trade negotiations, Washington", "2019-04", "held"),
        "section232_autos_proclamation": EV("Section 232 proclamation on autos and parts; negotiations directed instead of tariffs", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Trump and Abe announce the first-stage deal is complete", "2019-09-25", "held"),
    },
    "notes": "Traps: 'within four months of entry into force, that is, by about the start of May' (a consultations deadline, not an in-force date); 'Bipartisan Congressional Trade Priorities and Accountability Act of 2015' (year of a law); 'withdrawal, in January 2017, from the Trans-Pacific Partnership (TPP), which the Obama Administration had signed with Japan and ten other countries' (former president; other agreements); 'the resulting agreement (CPTPP) took effect at the end of 2018; a Japan-EU agreement followed in February 2019' (other agreements' dates); 'In September 2018, President Donald J. Trump and Prime Minister Abe Shinzo agreed to begin bilateral talks' (not the first round, not a tracked event); 'Section 232 of the Trade Expansion Act of 1962'; 'Commerce had suggested tariffs of as much as 25%' (recommended, never imposed: no tariff fact); 'Japan says it was assured in September 2019'; 'The leaders announced on September 25, 2019, in New York' (the stage one event, not the signing); bullets 'some $7.2 billion a year', 'upwards of nine-tenths of U.S. food and farm exports' (a share of farm exports, fraction), 'Japan's 38.5% tariff on beef fell to 26.6% on January 1 and is to reach 9% by FY2033' (Japanese tariffs; January 1 is the beef cut, consistent with entry into force), 'some 240 industrial products' and 'worth perhaps $40 million', 'The U.S. 2.5% tariff on passenger cars is unchanged' (MFN auto tariff, not a catalogue tariff), 'the 25% and 10% Section 232 duties on steel and aluminum, respectively, in place since 2018' (product tariffs, respectively-list; not tariffs on most imports); 'the 2018 U.S.-Mexico-Canada Agreement'; 'after China, Canada, and Mexico' (other countries); 'some four-fifths of that sum' (a share, not an amount); Figure 1 (U.S. goods trade with Japan 2015-2019: in the interleaved text the unit '$ billions', ticks 0-160, year labels 2015-2019 and the legend 'U.S. exports to Japan' / 'U.S. imports from Japan' are labels, not values; in the md only the caption and source line); 'About a third of U.S. goods imports from Japan are motor vehicles and parts' (fraction, no fact); 'a U.S. surplus of about $15 billion' (services balance, not the goods deficit); 'Only the United Kingdom's stock' (another country; gives rank 2); 'since June 2019, when it passed China' (date the rank was reached, not its period); 'nearly $1.3 trillion' (holdings, not FDI); 'close to a fifth below' and 'fell by more than a third' (monthly changes, fractions); 'expects Japan's economy to shrink by 5.2% this year' (projection, no IF11120 fact); 'two large supplementary budgets' and 'postponed in March, are now scheduled for July 2021' (Olympics); Issues bullets (no values). Interleaved: the PDF's left and right column lines alternate, with ligatures (fi/fl) and curly quotes.",
}
