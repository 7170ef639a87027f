from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "DD2-IF11120-2019-08", "fresh23", "IF11120", 4
TITLE = "U.S.-Japan Trade Agreement Negotiations"
LAYOUTS = ["md", "html"]
SIDEBAR = "Japan's Farm Tariffs and the Competition"

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated August 20, 2019

## Overview

Negotiators for the United States and Japan are working toward a limited first-stage trade agreement covering tariffs on agricultural and industrial goods and, possibly, rules on digital trade. U.S. Trade Representative (USTR) Robert Lighthizer and Japan's Minister for Economic Revitalization, Toshimitsu Motegi, are scheduled to begin three more days of talks in Washington on August 21. President Donald J. Trump and Japanese Prime Minister Shinzo Abe will both attend the Group of Seven (G-7) summit in Biarritz, France, on August 24-26, and press reports suggest the two may announce progress there. Both governments have said that they aim to have a first-stage package ready by late September, when Trump and Abe expect to be in New York for the United Nations General Assembly.

## How the Talks Began

The Trump Administration withdrew the United States from the Trans-Pacific Partnership (TPP) in January 2017 and has since sought bilateral deals. In a joint statement of September 26, 2018, the two leaders agreed to negotiate a "United States-Japan Trade Agreement" on goods, and on other matters to be addressed afterward. USTR notified Congress of the talks on October 16, 2018, under Trade Promotion Authority (TPA), and published its negotiating objectives on December 21. Formal negotiations then opened in Washington, where Lighthizer and Motegi met over two days in mid-April 2019; the ministers have met repeatedly since, most recently on August 1-2.

Abe's hand at home was strengthened by the July 21, 2019, House of Councillors election, in which his coalition kept its majority, though it fell short of the two-thirds that would ease a constitutional revision.

## Issues in the Negotiations

**Agriculture.** U.S. farm groups want access at least equal to what Japan gave TPP partners. The remaining eleven signatories brought a revised pact, the CPTPP, into force on December 30, 2018, and the Japan-EU Economic Partnership Agreement took effect on February 1, 2019, so Australian, Canadian, and European exporters now pay lower Japanese duties than U.S. exporters on beef, pork, wine, and cheese (see sidebar). Japan was the third-largest market for U.S. agricultural exports in 2018, worth about $13 billion. Tokyo has said it will go no further than its TPP commitments.

**Autos.** The President's determination on autos came in a proclamation signed May 17, 2019, finding that imports of motor vehicles and parts threaten to impair U.S. national security and directing USTR to negotiate agreements with Japan, the European Union, and others within 180 days. No tariff has been imposed. Commerce is reported to have weighed duties as high as 25%, ten times the 2.5% U.S. tariff on passenger cars; Japan seeks assurance that its vehicles will be spared.

**Digital trade and currency.** USTR also seeks commitments on cross-border data flows and digital products. Its objectives call for a provision against currency manipulation, which Japan resists.

## Economic Ties

The largest U.S. trading partners in 2018, measured by goods and services trade combined, were China, Canada, Mexico, and Japan, in that order. U.S. exports to Japan totaled $121.1 billion that year; imports, $179.7 billion. Of the former, goods accounted for $75.2 billion and services for $45.9 billion; of the latter, $143.6 billion and $36.1 billion, respectively. Goods thus made up roughly three-fifths of U.S. sales to Japan but four-fifths of U.S. purchases from it.

The U.S. deficit in goods trade with Japan, as the Census Bureau measures it, came to $67.6 billion in 2018, slightly less than in 2017. Only three bilateral goods deficits were larger: those with China, Mexico, and Germany. The Administration cites the deficit, about 60% of which arises in motor vehicles and parts, as a reason for the talks.

Investment ties run deep. By the end of 2018, Japanese firms' direct investment position in the United States had reached $484.4 billion; only British investors held more. U.S. companies had invested roughly a quarter of that amount in Japan, nearly $125 billion. Japan is also a major financier of U.S. government debt: of the roughly $6.6 trillion in Treasury securities held abroad in June 2019, its $1.12 trillion was the largest single portion, edging out China's $1.11 trillion.

## Japan's Farm Tariffs and the Competition

Japan's duty on U.S. beef is 38.5%. Under the CPTPP, the rate for Australian and Canadian beef fell to 27.5% on December 30, 2018, and to 26.6% on April 1, 2019, and is to reach 9% in FY2033. U.S. wine faces a 15% tariff, while EU wine now enters duty free.

Table 1. Japanese Tariffs on Selected Products, August 2019 (percent)

| Product | From United States | From CPTPP or EU suppliers |
| --- | --- | --- |
| Beef, fresh or chilled | 38.5 | 26.6 |
| Bottled wine | 15.0 | 0 (EU) |
| Pork, high-priced cuts | 4.3 | 2.2 |

## Issues for Congress

- Whether a first-stage deal confined to tariffs could be implemented without a vote of Congress, and whether it would need implementing legislation under TPA.
- How a second stage would address services, investment, and nontariff barriers, and on what timetable.
- Whether Section 232 tariffs on autos would be imposed if the November deadline passes without agreement.

**Brock R. Williams**, Analyst in International Trade and Finance

**Cathleen D. Cimino-Isaacs**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald J. Trump"),
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Japanese Prime Minister Shinzo Abe"),
        "trade.overall_partner_rank": F(4, period="2018", as_written="The largest U.S. trading partners in 2018, measured by goods and services trade combined, were China, Canada, Mexico, and Japan, in that order"),
        "trade.us_exports_to_japan": F(121100000000, period="2018", as_written="U.S. exports to Japan totaled $121.1 billion that year"),
        "trade.us_imports_from_japan": F(179700000000, period="2018", as_written="imports, $179.7 billion"),
        "trade.us_goods_exports_to_japan": F(75200000000, period="2018", as_written="Of the former, goods accounted for $75.2 billion"),
        "trade.us_services_exports_to_japan": F(45900000000, period="2018", as_written="and services for $45.9 billion"),
        "trade.us_goods_imports_from_japan": F(143600000000, period="2018", as_written="of the latter, $143.6 billion and $36.1 billion, respectively"),
        "trade.us_services_imports_from_japan": F(36100000000, period="2018", as_written="of the latter, $143.6 billion and $36.1 billion, respectively"),
        "trade.goods_deficit": F(67600000000, period="2018", as_written="The U.S. deficit in goods trade with Japan, as the Census Bureau measures it, came to $67.6 billion in 2018"),
        "trade.goods_deficit_rank": F(4, period="2018", as_written="Only three bilateral goods deficits were larger: those with China, Mexico, and Germany"),
        "trade.japan_fdi_stock_in_us": F(484400000000, period="2018", as_written="By the end of 2018, Japanese firms' direct investment position in the United States had reached $484.4 billion"),
        "trade.fdi_source_rank": F(2, period="2018", as_written="only British investors held more"),
        "trade.us_fdi_stock_in_japan": F(125000000000, "nearly", period="2018", as_written="U.S. companies had invested roughly a quarter of that amount in Japan, nearly $125 billion"),
        "trade.treasury_holder_rank": F(1, period="2019-06", as_written="of the roughly $6.6 trillion in Treasury securities held abroad in June 2019, its $1.12 trillion was the largest single portion, edging out China's $1.11 trillion"),
    },
    "elections": {
        "upper_house_2019": E("Upper House", "2019-07-21", "held", result="coalition kept its majority, short of two-thirds"),
    },
    "events": {
        "first_negotiating_round": EV("First formal round of U.S.-Japan trade negotiations, Washington", "2019-04", "held"),
        "section232_autos_proclamation": EV("Section 232 proclamation on motor vehicles and parts", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("First-stage package targeted for late September, at the UN General Assembly", "2019-09", "upcoming"),
    },
    "notes": "Traps: 'three more days of talks in Washington on August 21' (planned ministerial round); 'the Group of Seven (G-7) summit in Biarritz, France, on August 24-26' (planned; no finalization); 'In a joint statement of September 26, 2018' (not tariff_talks_announced, by the set's convention); 'withdrew ... from the Trans-Pacific Partnership (TPP) in January 2017'; 'notified Congress ... on October 16, 2018' and 'negotiating objectives on December 21'; 'most recently on August 1-2'; 'fell short of the two-thirds' (no share fact in this brief); 'into force on December 30, 2018' (CPTPP) and 'took effect on February 1, 2019' (Japan-EU EPA); 'the third-largest market for U.S. agricultural exports in 2018, worth about $13 billion' (farm-only rank); 'within 180 days'; 'duties as high as 25%, ten times the 2.5% U.S. tariff on passenger cars' (considered and MFN: no tariff fact); 'roughly three-fifths ... but four-fifths' (fractions with no catalogue fact); 'slightly less than in 2017'; 'about 60% of which arises in motor vehicles and parts'; 'roughly a quarter of that amount' (ratio, the hedge not on the amount); 'the roughly $6.6 trillion in Treasury securities held abroad' and 'China's $1.11 trillion'; HTML sidebar 'Japan's Farm Tariffs and the Competition' with 38.5%, 27.5%, 26.6%, 9% in FY2033, 15% and Table 1 (all tariff rates, no catalogue fact); 'if the November deadline passes'",
}
