from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "RD2-IF11120-2021-02", "fresh38", "IF11120", 12
TITLE = "U.S.-Japan Trade Agreement Negotiations"
LAYOUTS = ["html", "layout"]
PDF_OPTS = ["quotes", "nbsp", "hyph"]
SIDEBAR = "What the Stage One Deals Cover"
CHART = {"unit": "$ billions", "ymax": 160, "ticks": [0, 40, 80, 120, 160],
         "series": ["U.S. goods exports to Japan", "U.S. goods imports from Japan"],
         "bars": {"2016": (63.2, 132.2), "2017": (67.6, 136.5), "2018": (75.0, 142.4), "2019": (74.7, 143.6), "2020": (64.1, 119.5)}}

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated February 23, 2021

## Overview

A little more than a year after two limited trade agreements with Japan took effect, the Biden Administration has yet to say whether it will carry the negotiations further. Its predecessor had described the U.S.-Japan Trade Agreement (USJTA), which lowered tariffs on certain agricultural and industrial goods, and the companion U.S.-Japan Digital Trade Agreement (DTA) as "stage one" of a broader deal. The "stage two" talks that both sides said would follow within four months never started. In a telephone call on January 28, President Joe Biden and Prime Minister Suga Yoshihide spoke of cooperation on climate change, the pandemic, and China, but not of a trade agreement. Katherine Tai, nominated to be U.S. Trade Representative (USTR), told senators at her confirmation hearing that she would review the agreements.

## How the Agreements Came About

After the Trump Administration withdrew from the Trans-Pacific Partnership (TPP) in January 2017, it pressed Tokyo for a bilateral deal. The two governments agreed to open talks in September 2018, and USTR notified Congress the following month under trade promotion authority (TPA). Negotiators held their first formal round in Washington in mid-April 2019.

The talks unfolded under the threat of auto tariffs. By proclamation on May 17, 2019, President Trump accepted a Commerce Department finding under Section 232 of the Trade Expansion Act of 1962 that imports of autos and parts threatened to impair U.S. national security, and directed USTR to seek agreements to address it. He did not impose the tariff of up to 25% that had been discussed. Trump and then-Prime Minister Abe Shinzo announced on September 25, 2019, in New York, that the stage one negotiations were complete. Signed in Washington on October 7, 2019, the two agreements did not require a vote in Congress, and they entered into force together on January 1, 2020.

## What the Stage One Deals Cover

- Japan reduced or removed tariffs on some $7 billion of U.S. farm and food exports, matching its terms for TPP members; its 38.5% tariff on beef fell to 26.6% and is scheduled to reach 9% in 2033.
- The United States cut or ended tariffs on 241 tariff lines, mostly industrial goods, worth some $1.3 billion of imports; autos and parts were left out.
- The DTA, covering an estimated $40 billion of bilateral digital trade, bars customs duties on electronic transmissions and limits data localization requirements.

## Trade and Investment Figures

Japan ranked as the fourth-largest trading partner of the United States in 2019, the most recent year with complete goods and services data. The United States sold Japan $125.3 billion in goods and services that year—$74.7 billion in goods and $50.6 billion in services. It bought $179.3 billion from Japan, of which goods made up $143.6 billion; the other $35.7 billion was services. Table 1 compares these figures with 2018's.

Table 1. U.S. Trade with Japan, 2018 and 2019 ($ billions)

| Flow | 2018 | 2019 |
| --- | --- | --- |
| Goods exports | 75.0 | 74.7 |
| Services exports | 48.2 | 50.6 |
| Goods imports | 142.4 | 143.6 |
| Services imports | 35.3 | 35.7 |

Source: Bureau of Economic Analysis.

In goods alone, imports from Japan outran exports by $68.9 billion in 2019. Only China, Mexico, and Vietnam ran larger goods surpluses with the United States that year, so Japan's was the fourth-largest. Preliminary Census data for 2020 show both directions of goods trade down by roughly a sixth, with the gap narrowing to about $55 billion (Figure 1).

**Figure 1. U.S. Goods Trade with Japan, 2016-2020**

Source: U.S. Census Bureau. 2020 figures are preliminary.

Investment ties run deeper than trade. In 2019, Japan overtook the United Kingdom to become the largest source of foreign direct investment (FDI) in the United States; its stock reached approximately $619 billion at year's end. U.S. firms' holdings in Japan, some $121 billion, are less than a fifth as large. Japan also holds more U.S. Treasury securities than any other foreign country, having passed China in June 2019; its holdings were roughly $1.26 trillion in December 2020.

## Unresolved Issues

Several frictions outlasted the deal. Section 232 tariffs of 25% on steel and 10% on aluminum still apply to Japanese products; unlike the European Union, which is seeking a settlement, Japan has not retaliated. In the September 2019 joint statement, the United States said it would not act against Japan "contrary to the spirit" of the statement while it was implemented, which Tokyo reads as a promise not to impose auto tariffs. Services, investment, and nontariff barriers, including in autos and insurance, were set aside for later.

## Japan's Wider Trade Agenda

Tokyo has kept signing trade deals without the United States. The 11-country Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP) has been in effect since December 30, 2018, and Japan's agreement with the European Union since February 2019. An agreement with the United Kingdom, signed last October, took effect on January 1 of this year, and Japan joined China, South Korea, and 12 other countries in signing the Regional Comprehensive Economic Partnership (RCEP) on November 15, 2020. Japan chairs the CPTPP Commission this year, and the UK applied to join it this month.

Domestic politics may limit Tokyo's room for new concessions. Suga's term as LDP president runs out in September, and a Lower House election must be held by October.

## Issues for Congress

- Whether to press the Administration to resume talks, and whether a stage two agreement should be submitted to Congress for approval.
- Whether to renew TPA, which expires on July 1, 2021.
- How the Administration will treat the steel and aluminum tariffs and the unused auto finding.
- Whether the United States should seek to rejoin the CPTPP.

**Brock R. Williams**, Specialist in International Trade and Finance

**Cathleen D. Cimino-Isaacs**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "leaders.japan_prime_minister": P("Suga", "Yoshihide", "Prime Minister Suga Yoshihide", note="family name first; Abe Shinzo is 'then-Prime Minister' (former)"),
        "agreements.usjta_signed": D("2019-10-07", as_written="Signed in Washington on October 7, 2019, the two agreements", note="fronted participle; 'the two agreements' = USJTA and DTA"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="they entered into force together on January 1, 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="they entered into force together on January 1, 2020"),
        "trade.overall_partner_rank": F(4, period="2019", as_written="Japan ranked as the fourth-largest trading partner of the United States in 2019"),
        "trade.us_exports_to_japan": F(125300000000, period="2019", as_written="The United States sold Japan $125.3 billion in goods and services that year"),
        "trade.us_goods_exports_to_japan": F(74700000000, period="2019", as_written="$74.7 billion in goods", note="also Table 1, 2019 column"),
        "trade.us_services_exports_to_japan": F(50600000000, period="2019", as_written="and $50.6 billion in services"),
        "trade.us_imports_from_japan": F(179300000000, period="2019", as_written="It bought $179.3 billion from Japan", note="subject 'It' = the United States"),
        "trade.us_goods_imports_from_japan": F(143600000000, period="2019", as_written="of which goods made up $143.6 billion"),
        "trade.us_services_imports_from_japan": F(35700000000, period="2019", as_written="the other $35.7 billion was services"),
        "trade.goods_deficit": F(68900000000, period="2019", as_written="In goods alone, imports from Japan outran exports by $68.9 billion in 2019"),
        "trade.goods_deficit_rank": F(4, period="2019", as_written="Only China, Mexico, and Vietnam ran larger goods surpluses with the United States that year, so Japan's was the fourth-largest"),
        "trade.fdi_source_rank": F(1, period="2019", as_written="In 2019, Japan overtook the United Kingdom to become the largest source of foreign direct investment (FDI) in the United States"),
        "trade.japan_fdi_stock_in_us": F(619000000000, "about", period="2019", as_written="its stock reached approximately $619 billion at year's end"),
        "trade.us_fdi_stock_in_japan": F(121000000000, "about", period="2019", as_written="U.S. firms' holdings in Japan, some $121 billion", note="year carried from the sentence before"),
        "trade.treasury_holder_rank": F(1, period="2020-12", as_written="Japan also holds more U.S. Treasury securities than any other foreign country"),
    },
    "elections": {
        "ldp_president_2021": E("LDP president", "2021-09", "upcoming", note="'Suga's term as LDP president runs out in September'"),
        "lower_house_2021": E("Lower House", "2021-10", "upcoming", note="deadline months away: 'a Lower House election must be held by October'"),
    },
    "events": {
        "first_negotiating_round": EV("First formal round of U.S.-Japan trade negotiations, Washington", "2019-04", "held"),
        "section232_autos_proclamation": EV("Section 232 proclamation on autos and parts", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Trump and Abe announce completion of stage one negotiations in New York", "2019-09-25", "held"),
    },
    "notes": "Traps: 'A little more than a year after'; 'within four months'; 'In a telephone call on January 28'; 'Katherine Tai, nominated to be U.S. Trade Representative'; 'withdrew from the Trans-Pacific Partnership (TPP) in January 2017'; 'agreed to open talks in September 2018, and USTR notified Congress the following month'; 'Section 232 of the Trade Expansion Act of 1962' (a law's year); 'He did not impose the tariff of up to 25% that had been discussed' (threatened, never imposed: no tariff fact); 'President Trump' and 'then-Prime Minister Abe Shinzo' (former leaders); sidebar bullets 'some $7 billion of U.S. farm and food exports', 'its 38.5% tariff on beef fell to 26.6% and is scheduled to reach 9% in 2033', '241 tariff lines', 'some $1.3 billion of imports', 'an estimated $40 billion of bilateral digital trade' (html aside); Table 1's 2018 column (75.0, 48.2, 142.4, 35.3: earlier year); 'Only China, Mexico, and Vietnam ran larger goods surpluses' (rank by exclusion, other countries); 'Preliminary Census data for 2020 show both directions of goods trade down by roughly a sixth, with the gap narrowing to about $55 billion' (partial, preliminary, later year: not the deficit fact); Figure 1 (goods trade 2016-2020, two series, ticks 0-160, no value labels); 'overtook the United Kingdom'; 'less than a fifth as large' (a ratio); 'having passed China in June 2019' and 'roughly $1.26 trillion in December 2020' (holdings, not a rank); 'Section 232 tariffs of 25% on steel and 10% on aluminum' (product tariffs, not a tariff on most imports); 'unlike the European Union'; 'the September 2019 joint statement' (not the stage one completion date); 'The 11-country Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP) has been in effect since December 30, 2018', 'Japan's agreement with the European Union since February 2019', 'An agreement with the United Kingdom, signed last October, took effect on January 1 of this year', 'signing the Regional Comprehensive Economic Partnership (RCEP) on November 15, 2020' (other agreements' dates beside the USJTA's); 'China, South Korea, and 12 other countries'; 'the UK applied to join it this month'; 'TPA, which expires on July 1, 2021'; layout: pdftotext -layout with curly quotes, NBSP, hyphenated line ends, two columns side by side; html: sidebar aside, table of contents",
}
