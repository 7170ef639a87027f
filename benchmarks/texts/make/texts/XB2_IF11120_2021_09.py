from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "XB2-IF11120-2021-09", "fresh44", "IF11120", 14
TITLE = "U.S.-Japan Trade Agreement Negotiations"
LAYOUTS = ["html", "md"]
PDF_OPTS = ["nbsp"]
SIDEBAR = "Trade and Investment Snapshot"

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated September 27, 2021

## Overview

Almost two years after the United States and Japan put two limited trade agreements into effect, no further negotiations between them have begun. The U.S.-Japan Trade Agreement (USJTA), covering tariffs on some agricultural and industrial goods, and the U.S.-Japan Digital Trade Agreement were signed on October 7, 2019, and both entered into force on January 1, 2020. The Trump Administration called them a "stage one" deal. In their joint statement, the two governments said they intended to conclude consultations within four months of entry into force on the scope of a broader second stage, covering services, investment, and other issues. Those consultations never started, in part because of the COVID-19 pandemic.

The Biden Administration has not indicated whether it will seek a second-stage agreement. President Joe Biden and Prime Minister Suga Yoshihide, meeting at the White House on April 16, 2021, launched a Competitiveness and Resilience (CoRe) Partnership focused on supply chains, including semiconductors, on 5G networks, and on climate; the partnership does not address market access. Suga returned to Washington on September 24 for the first in-person summit of the Quad leaders. Congress may weigh in on whether further talks should take place and what they should cover.

## How the Talks Came About

Japan was a party to the Trans-Pacific Partnership (TPP), which President Donald Trump withdrew the United States from in January 2017. Trump preferred a bilateral deal, and at a September 2018 meeting he and then-Prime Minister Abe Shinzo agreed to start negotiations. The U.S. Trade Representative (USTR) notified Congress the following month, as Trade Promotion Authority (TPA) requires, and the first formal round took place in Washington in April 2019.

The possibility of U.S. tariffs on autos hung over the talks. On May 17, 2019, Trump proclaimed, after a Department of Commerce investigation under Section 232 of the Trade Expansion Act of 1962, that imports of motor vehicles and parts threatened to impair U.S. national security, and he directed USTR to pursue agreements with Japan and the European Union to address the threat within 180 days. Commerce had considered tariffs of as much as 25%. None were imposed. Trump and Abe announced on September 25, 2019, on the margins of the U.N. General Assembly, that they had finalized the first-stage agreements; their joint statement said the two sides would refrain from actions "against the spirit" of the deal, which Tokyo read as a pledge that its autos would be spared.

## What Stage One Covers

Under the USJTA:

- Japan eliminated or reduced tariffs on roughly $7.2 billion of U.S. food and agricultural exports, largely matching the access U.S. farmers would have had under TPP;
- Japan's tariff on U.S. beef, 38.5% before the agreement, fell to 26.6% in 2020 and to 25.8% on April 1, 2021, and is scheduled to reach 9% in FY2033;
- the United States lowered or removed tariffs on about $40 million of Japanese farm products and on a range of industrial goods, such as certain machine tools and bicycle parts;
- U.S. tariffs on Japanese motor vehicles were left unchanged: 2.5% on passenger cars and 25% on light trucks.

The digital agreement bars customs duties on electronic transmissions, such as e-books and music, and limits requirements to store data locally or to hand over source code.

Implementation has produced one dispute. In March 2021, U.S. beef shipments to Japan exceeded the agreement's safeguard trigger of 242,000 metric tons, and Japan raised its beef tariff to 38.5% for 30 days. Both governments have said they will consult on a new trigger.

## Trade and Investment Snapshot

Japan was the fourth-largest U.S. trading partner in 2020. Table 1 shows the flows, which fell sharply during the pandemic.

Table 1. U.S. Trade with Japan, 2019 and 2020 ($ billions)

| Flow | 2019 | 2020 |
| --- | --- | --- |
| U.S. exports, goods and services | 124.6 | 103.1 |
| of which goods | 74.4 | 64.1 |
| of which services | 50.2 | 39.0 |
| U.S. imports, goods and services | 179.7 | 147.4 |
| of which goods | 143.6 | 119.5 |
| of which services | 36.1 | 27.9 |

Source: U.S. Bureau of Economic Analysis; goods on a Census basis.

In goods alone, the U.S. deficit with Japan came to $55.4 billion in 2020, the fifth-largest with any country. Japan has been the largest source of foreign direct investment in the United States since 2019, when it overtook the United Kingdom; its direct investment position reached $648 billion at year-end 2020. U.S. direct investment in Japan was about $127 billion. Japan is also the largest foreign holder of U.S. Treasury securities, with about $1.28 trillion in July 2021, ahead of China's $1.06 trillion.

## Japan's Other Trade Agreements

Since the U.S. withdrawal from TPP, Japan has pressed ahead with other agreements. It led the remaining 11 countries in concluding the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP), in force since December 30, 2018. Its economic partnership agreement with the European Union took effect February 1, 2019, and Japan signed the 15-member Regional Comprehensive Economic Partnership (RCEP) in November 2020. These agreements give competitors such as Australia, Canada, and the EU tariff cuts in Japan's market beyond those in the USJTA for some goods, such as wine and certain cheeses.

Japan chairs the CPTPP commission this year. The United Kingdom formally applied for membership in February 2021, and China applied on September 16, followed six days later by Taiwan. The applications raise questions about U.S. influence over regional trade rules.

## Political Transition in Tokyo

Suga announced on September 3 that he would not seek another term as president of the ruling Liberal Democratic Party (LDP). The LDP will choose his successor on September 29 from among four candidates: Kono Taro, Kishida Fumio, Takaichi Sanae, and Noda Seiko. Because the LDP and its coalition partner, Komeito, control both houses of the Diet, the winner is all but certain to become prime minister. A general election for the Lower House, whose members' four-year terms end on October 21, must be held by November 28. None of the candidates has proposed reopening trade talks with the United States, though several support bringing the United States back into CPTPP.

## Issues for Congress

The USJTA was concluded without a vote in Congress: the Trump Administration implemented its tariff cuts under the proclamation authority in Section 103(a) of the Bipartisan Congressional Trade Priorities and Accountability Act of 2015 (P.L. 114-26), the current TPA, and the digital agreement as an executive agreement. That TPA expired on July 1, 2021. Some Members argued at the time that a comprehensive agreement would require congressional approval. Issues Members may consider include:

- whether to urge the Administration to begin second-stage talks, and whether to extend TPA for them;
- whether the United States should seek to rejoin CPTPP instead;
- the Section 232 tariffs of 25% on steel and 10% on aluminum imposed in 2018, which still apply to most imports from Japan, as the Administration negotiates with the EU over the same tariffs;
- cooperation with Japan on export controls, semiconductor supply chains, and standards for digital trade.

**Brock R. Williams**, Specialist in International Trade and Finance

**Cathleen D. Cimino-Isaacs**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "leaders.japan_prime_minister": P("Suga", "Yoshihide", "Prime Minister Suga Yoshihide", note="family name first; still prime minister, having said he will not seek another LDP term"),
        "agreements.usjta_signed": D("2019-10-07", as_written="were signed on October 7, 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="both entered into force on January 1, 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="both entered into force on January 1, 2020"),
        "trade.overall_partner_rank": F(4, period="2020", as_written="Japan was the fourth-largest U.S. trading partner in 2020"),
        "trade.us_exports_to_japan": F(103100000000, period="2020", as_written="U.S. exports, goods and services | 124.6 | 103.1", note="Table 1, 2020 column, $ billions; 2019 column is a past figure"),
        "trade.us_goods_exports_to_japan": F(64100000000, period="2020", as_written="of which goods | 74.4 | 64.1", note="Table 1, first 'of which goods' row, 2020 column"),
        "trade.us_services_exports_to_japan": F(39000000000, period="2020", as_written="of which services | 50.2 | 39.0", note="Table 1, first 'of which services' row, 2020 column"),
        "trade.us_imports_from_japan": F(147400000000, period="2020", as_written="U.S. imports, goods and services | 179.7 | 147.4", note="Table 1, 2020 column"),
        "trade.us_goods_imports_from_japan": F(119500000000, period="2020", as_written="of which goods | 143.6 | 119.5", note="Table 1, second 'of which goods' row (under imports)"),
        "trade.us_services_imports_from_japan": F(27900000000, period="2020", as_written="of which services | 36.1 | 27.9", note="Table 1, second 'of which services' row (under imports)"),
        "trade.goods_deficit": F(55400000000, period="2020", as_written="In goods alone, the U.S. deficit with Japan came to $55.4 billion in 2020"),
        "trade.goods_deficit_rank": F(5, period="2020", as_written="the fifth-largest with any country"),
        "trade.fdi_source_rank": F(1, period="2020", as_written="Japan has been the largest source of foreign direct investment in the United States since 2019"),
        "trade.japan_fdi_stock_in_us": F(648000000000, period="2020", as_written="its direct investment position reached $648 billion at year-end 2020"),
        "trade.us_fdi_stock_in_japan": F(127000000000, "about", period="2020", as_written="U.S. direct investment in Japan was about $127 billion", note="year carried from the sentence before"),
        "trade.treasury_holder_rank": F(1, as_written="Japan is also the largest foreign holder of U.S. Treasury securities"),
    },
    "elections": {
        "ldp_president_2021": E("LDP president", "2021-09-29", "upcoming", note="Suga not running; four candidates"),
        "lower_house_2021": E("Lower House", "2021-11-28", "upcoming", note="a deadline months away is also the upcoming election (extract-dev D2), dated by the deadline; the October 21 term end is not its date"),
    },
    "events": {
        "first_negotiating_round": EV("First formal round of U.S.-Japan trade negotiations, Washington", "2019-04", "held"),
        "section232_autos_proclamation": EV("Trump proclaims auto and parts imports a threat to national security under Section 232", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Trump and Abe announce they have finalized the first-stage agreements", "2019-09-25", "held"),
    },
    "notes": "Traps: 'Almost two years after'; 'within four months of entry into force' (planned consultations that never began); 'at the White House on April 16, 2021' and 'on September 24' (summits, not tracked events); 'then-Prime Minister Abe Shinzo' (former PM); 'withdrew the United States from in January 2017' and 'at a September 2018 meeting' (not the talks' announcement event, which is 2025's) and 'notified Congress the following month'; 'Section 232 of the Trade Expansion Act of 1962' (year of a law) and 'within 180 days'; 'Commerce had considered tariffs of as much as 25%. None were imposed.' (considered, not the Section 232 auto tariff); 'roughly $7.2 billion of U.S. food and agricultural exports'; 'Japan's tariff on U.S. beef, 38.5% before the agreement, fell to 26.6% in 2020 and to 25.8% on April 1, 2021, and is scheduled to reach 9% in FY2033' (Japan's tariffs, not U.S. ones); 'about $40 million of Japanese farm products'; '2.5% on passenger cars and 25% on light trucks' (MFN auto tariffs, not Section 232 and not a tariff on most imports); 'safeguard trigger of 242,000 metric tons' and 'raised its beef tariff to 38.5% for 30 days'; Table 1's 2019 column ('124.6', '74.4', '50.2', '179.7', '143.6', '36.1') and its repeated 'of which goods'/'of which services' rows under exports and imports; 'since 2019, when it overtook the United Kingdom' (a year, not the FDI rank's period); 'about $1.28 trillion in July 2021, ahead of China's $1.06 trillion'; 'remaining 11 countries', 'in force since December 30, 2018', 'took effect February 1, 2019', 'the 15-member Regional Comprehensive Economic Partnership (RCEP) in November 2020'; 'in February 2021', 'China applied on September 16, followed six days later by Taiwan'; 'Suga announced on September 3'; 'four candidates: Kono Taro, Kishida Fumio, Takaichi Sanae, and Noda Seiko' (not prime ministers); 'four-year terms end on October 21' (a term end, not the election's date; the election is dated by 'must be held by November 28'); 'Section 103(a) of the Bipartisan Congressional Trade Priorities and Accountability Act of 2015 (P.L. 114-26)' and 'That TPA expired on July 1, 2021'; 'the Section 232 tariffs of 25% on steel and 10% on aluminum imposed in 2018' (steel and aluminum, not autos); sidebar 'Trade and Investment Snapshot' (html aside with Table 1); old title 'U.S.-Japan Trade Agreement Negotiations'",
}
