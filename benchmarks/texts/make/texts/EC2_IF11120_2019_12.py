from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "EC2-IF11120-2019-12", "fresh24", "IF11120", 7
TITLE = "U.S.-Japan Trade Agreement Negotiations"
LAYOUTS = ["layout", "html"]
PDF_OPTS = ["lig", "quotes"]
SIDEBAR = "Congress and the Agreements"
CHART = {"unit": "$ billions", "ymax": 16, "ticks": [0, 4, 8, 12, 16],
         "series": ["U.S. agricultural exports to Japan"],
         "bars": {"2014": (13.4,), "2015": (12.0,), "2016": (11.8,), "2017": (12.0,), "2018": (12.9,)}}

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated December 30, 2019

## Overview

The first stage of U.S.-Japan trade negotiations is complete. Two agreements, the U.S.-Japan Trade Agreement (USJTA), on market access for agricultural and industrial goods, and the U.S.-Japan Digital Trade Agreement (DTA), are set to take effect on New Year's Day 2020. Both governments call them a first step: they have said they intend to open consultations on a broader "second stage" within four months of entry into force. The Administration of President Donald Trump is implementing the USJTA's modest U.S. tariff cuts under authority delegated in the 2015 Trade Promotion Authority (TPA) statute, and it concluded the DTA as an executive agreement, so neither text has come before Congress for a vote.

## How the Talks Unfolded

Prime Minister Shinzo Abe had long preferred a multilateral route. After the United States withdrew from the Trans-Pacific Partnership (TPP) in January 2017, Japan went on to conclude the 11-country Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP), in force since December 30, 2018, and an Economic Partnership Agreement with the European Union, in force since February 1, 2019. The leaders agreed in September 2018 to begin bilateral negotiations, and the U.S. Trade Representative (USTR) gave Congress notice the following month. Formal negotiations opened in April 2019, when USTR Robert Lighthizer and Economic Revitalization Minister Toshimitsu Motegi met in Washington.

Tokyo was reluctant to make farm concessions before the July 2019 upper house election; once that vote had passed, with Abe's coalition still in control of the chamber, the pace quickened. The leaders announced an agreement in principle at the G-7 summit in Biarritz on August 25. Final terms were confirmed by the two leaders in New York on September 25, 2019. Less than two weeks later, on October 7, 2019, the agreements were signed at the White House. Japan's Diet approved both on December 4, and on December 26 the President issued a proclamation modifying the U.S. tariff schedule to carry out the USJTA.

## What Stage One Covers

Japan is to eliminate or reduce tariffs on some $7.2 billion of U.S. food and agricultural exports, roughly matching the access that CPTPP and EU suppliers already enjoy. The tariff on U.S. beef, now 38.5%, falls to 26.6% on January 1 and to 9% by FY2033; rice is excluded. For its part, the United States is cutting or eliminating tariffs on 241 lines of industrial goods, among them machine tools and fasteners. The U.S. tariffs on passenger cars (2.5%) and light trucks (25%) are untouched and left to "further negotiations." The DTA, which covers roughly $40 billion in bilateral digital trade, bars customs duties on electronic transmissions and limits demands for source code.

Autos remain sensitive. In the President's May 17, 2019, proclamation, imports of vehicles and parts were found to threaten national security, and USTR was directed to negotiate with Japan and the European Union. Tariffs of up to 25% were reportedly recommended by the Commerce Department, but none have been imposed, and the 180-day period for concluding talks expired on November 13. The September joint statement says neither side will take measures "against the spirit" of the agreements, language Tokyo reads as a shield against Section 232 auto tariffs. The 25% steel and 10% aluminum duties imposed in March 2018 still apply to Japanese products.

## Congress and the Agreements

Section 103(a) of the TPA statute lets the President proclaim tariff cuts of limited size without new legislation, and the Administration notified Congress on September 16 that it would use it. Some Members argue that a trade agreement of this scope should have been submitted for approval, and that the DTA's binding commitments deserve congressional review. TPA itself expires on July 1, 2021; any stage-two agreement that needs implementing legislation would have to move before then or under a renewed grant.

## Trade and Investment Ties

Ranked by two-way trade in goods and services in 2018, the leading U.S. partners were China, Canada, Mexico, and Japan (Table 1).

Table 1. Top U.S. Trading Partners, 2018 ($ billions, goods and services)

| Partner | Exports | Imports | Total |
| --- | --- | --- | --- |
| China | 177.0 | 557.2 | 734.2 |
| Canada | 361.5 | 357.0 | 718.5 |
| Mexico | 298.5 | 376.2 | 674.7 |
| Japan | 121.1 | 179.7 | 300.8 |
| Germany | 91.8 | 161.5 | 253.3 |

U.S. firms sold $121.1 billion of goods and services to Japan in 2018. Services, chiefly travel, charges for the use of intellectual property, and financial services, made up $45.9 billion of that, and goods the other $75.2 billion. Of the $179.7 billion the United States bought from Japan, four-fifths, or $143.6 billion, was goods; services accounted for $36.1 billion. Motor vehicles and parts, at about $56 billion, were the largest category of imports. U.S. farm exports to Japan have hovered between $11 billion and $14 billion a year (Figure 1).

**Figure 1. U.S. Agricultural Exports to Japan, 2014-2018**

Source: U.S. Department of Agriculture, Global Agricultural Trade System.

On the Census Bureau's goods-only measure, the bilateral deficit was $67.6 billion in 2018, against $68.8 billion a year earlier. Ranked by size, the 2018 U.S. goods deficits ran China first, then Mexico, Germany, and Japan. Through October 2019 the goods deficit with Japan stood at $57.3 billion.

At the end of 2018, Japanese companies' direct investment position in the United States stood at $484.4 billion, and the United Kingdom's alone was larger. Going the other way, the U.S. position in Japan was $124.8 billion. Japanese-owned affiliates employed about 860,000 U.S. workers. Atop the list of foreign holders of U.S. Treasury securities since June is Japan, with $1.16 trillion in October; China, which had led since 2008, held $1.10 trillion.

## Issues for Congress

- Whether second-stage talks begin by about May 2020 and reach services, investment, and autos.
- Whether a goods agreement that leaves out most auto trade meets the WTO test of covering "substantially all the trade."
- Whether the Administration will revisit Section 232 auto tariffs despite the September 25 statement.

**Brock R. Williams**, Specialist in International Trade and Finance

**Cathleen D. Cimino-Isaacs**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "The Administration of President Donald Trump"),
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Shinzo Abe"),
        "agreements.usjta_signed": D("2019-10-07", as_written="Less than two weeks later, on October 7, 2019, the agreements were signed at the White House"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="are set to take effect on New Year's Day 2020", note="expected: not yet in force on the text's date"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="Two agreements, ... the USJTA ... and the ... DTA, are set to take effect on New Year's Day 2020", note="expected: not yet in force on the text's date"),
        "trade.overall_partner_rank": F(4, period="2018", as_written="Ranked by two-way trade in goods and services in 2018, the leading U.S. partners were China, Canada, Mexico, and Japan (Table 1)", note="fourth in the list; Table 1's row order"),
        "trade.us_exports_to_japan": F(121100000000, period="2018", as_written="U.S. firms sold $121.1 billion of goods and services to Japan in 2018"),
        "trade.us_services_exports_to_japan": F(45900000000, period="2018", as_written="Services ... made up $45.9 billion of that"),
        "trade.us_goods_exports_to_japan": F(75200000000, period="2018", as_written="and goods the other $75.2 billion"),
        "trade.us_imports_from_japan": F(179700000000, period="2018", as_written="Of the $179.7 billion the United States bought from Japan"),
        "trade.us_goods_imports_from_japan": F(143600000000, period="2018", as_written="four-fifths, or $143.6 billion, was goods"),
        "trade.us_services_imports_from_japan": F(36100000000, period="2018", as_written="services accounted for $36.1 billion"),
        "trade.goods_deficit": F(67600000000, period="2018", as_written="On the Census Bureau's goods-only measure, the bilateral deficit was $67.6 billion in 2018"),
        "trade.goods_deficit_rank": F(4, period="2018", as_written="Ranked by size, the 2018 U.S. goods deficits ran China first, then Mexico, Germany, and Japan", note="fourth in the sequence"),
        "trade.japan_fdi_stock_in_us": F(484400000000, period="2018", as_written="At the end of 2018, Japanese companies' direct investment position in the United States stood at $484.4 billion"),
        "trade.fdi_source_rank": F(2, period="2018", as_written="and the United Kingdom's alone was larger"),
        "trade.us_fdi_stock_in_japan": F(124800000000, period="2018", as_written="Going the other way, the U.S. position in Japan was $124.8 billion", note="year carried from the sentence before"),
        "trade.treasury_holder_rank": F(1, period="2019-10", as_written="Atop the list of foreign holders of U.S. Treasury securities since June is Japan, with $1.16 trillion in October"),
    },
    "elections": {
        "upper_house_2019": E("Upper House", "2019-07", "held", result="Abe's coalition kept control of the chamber"),
    },
    "events": {
        "first_negotiating_round": EV("Formal U.S.-Japan negotiations open in Washington (Lighthizer and Motegi)", "2019-04", "held"),
        "section232_autos_proclamation": EV("President's proclamation finding auto and parts imports a threat to national security", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Final terms of the stage one agreements confirmed by the leaders in New York", "2019-09-25", "held"),
    },
    "notes": "Traps: 'within four months of entry into force' (second stage, planned); 'the 2015 Trade Promotion Authority (TPA) statute'; 'withdrew from the Trans-Pacific Partnership (TPP) in January 2017'; 'the 11-country ... CPTPP, in force since December 30, 2018' and 'an Economic Partnership Agreement with the European Union, in force since February 1, 2019' (other agreements' in-force dates); 'The leaders agreed in September 2018 to begin bilateral negotiations' (the 2018 statement, not tariff_talks_announced) and 'gave Congress notice the following month'; 'an agreement in principle at the G-7 summit in Biarritz on August 25' (not the finalization); 'Japan's Diet approved both on December 4' and 'on December 26 the President issued a proclamation' (not in-force dates; not the Section 232 proclamation); '$7.2 billion of U.S. food and agricultural exports'; 'now 38.5%, falls to 26.6% on January 1 and to 9% by FY2033'; '241 lines of industrial goods'; 'passenger cars (2.5%) and light trucks (25%)' (MFN rates, no tariff fact); 'roughly $40 billion in bilateral digital trade'; 'Tariffs of up to 25% were reportedly recommended ... but none have been imposed' (no Section 232 auto rate); 'expired on November 13'; 'The 25% steel and 10% aluminum duties imposed in March 2018' (not most imports, not autos); 'notified Congress on September 16'; 'TPA itself expires on July 1, 2021'; Table 1 other partners' exports, imports and totals, and Japan's 300.8 total; 'four-fifths' (share of imports, no fact); 'at about $56 billion' (vehicles subset); 'between $11 billion and $14 billion a year' and Figure 1 (farm exports 2014-2018, $ billions, ticks 0-16, no value labels); 'against $68.8 billion a year earlier' (2017 deficit); 'Through October 2019 the goods deficit with Japan stood at $57.3 billion' (partial year); 'about 860,000 U.S. workers'; 'China, which had led since 2008, held $1.10 trillion' (China's former rank and holdings); 'by about May 2020'; HTML sidebar 'Congress and the Agreements' (aside); layout text from a PDF with ligatures and curly quotes",
}
