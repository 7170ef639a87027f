from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "WC2-IF11120-2020-06", "fresh43", "IF11120", 9
TITLE = "U.S.-Japan Trade Agreement Negotiations"
LAYOUTS = ["md", "pdf"]
PDF_OPTS = ["lig", "nbsp"]

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated June 16, 2020

## Overview

Two limited trade agreements between the United States and Japan took effect on January 1, 2020: the U.S.-Japan Trade Agreement (USJTA), which cuts tariffs on selected agricultural and industrial goods, and the U.S.-Japan Digital Trade Agreement (DTA). The Trump Administration calls them "stage one" of a broader deal and has said it intends to negotiate a more comprehensive agreement. Talks on a second stage, which the USJTA envisions beginning within four months of entry into force, have not started, and the Coronavirus Disease 2019 (COVID-19) pandemic has pushed trade negotiations down both governments' agendas. Congress did not vote on either agreement, and some Members question the Administration's approach.

## Background

Japan was among the 11 other parties to the Trans-Pacific Partnership (TPP), from which President Donald Trump withdrew the United States in January 2017. The remaining countries brought a revised pact, the CPTPP, into force on December 30, 2018, and Japan's economic partnership agreement with the European Union followed on February 1, 2019. Both arrangements lowered Japanese tariffs for U.S. competitors, particularly in beef, pork, and wheat, and raised pressure from U.S. farm groups for a bilateral deal.

In a September 2018 joint statement, Trump and Prime Minister Shinzo Abe agreed to start negotiations, and the Administration notified Congress of its intent to negotiate under Trade Promotion Authority (TPA) the following month. Formal talks opened in Washington in April 2019. On September 25, 2019, on the sidelines of the U.N. General Assembly in New York, the two leaders announced that they had finalized the first-stage agreements. U.S. Trade Representative Robert Lighthizer and Japan's ambassador to the United States signed both texts in Washington on October 7, 2019. Japan's Diet approved them in early December.

## Key Provisions

USJTA commitments are narrow by the standard of comprehensive free trade agreements:

- Japan is to eliminate or reduce tariffs on roughly $7 billion of U.S. food and agricultural imports, generally matching its CPTPP schedule. Its tariff on beef, 38.5% before the agreement, fell to 26.6% on entry into force and is to reach 9% in 2033.
- The United States is to cut or remove tariffs on a list of Japanese industrial goods, including certain machine tools, steam turbines, and bicycles, and on a small number of farm products.
- The U.S. tariffs on Japanese passenger cars (2.5%) and light trucks (25%) are unchanged; the text says only that auto tariffs are subject to further negotiation.

Agriculture was the Administration's priority. Japan was the third-largest market for U.S. agricultural exports in 2019, buying close to $12 billion, and U.S. producers of beef and pork had been losing market share to Australian and Canadian suppliers under the CPTPP. A country-specific safeguard permits Japan to raise its beef tariff temporarily if U.S. shipments exceed 242,000 metric tons in FY2020, a trigger that rises in later years. Rice, a politically sensitive crop in Japan, was excluded.

The DTA bars customs duties on electronic transmissions and restrictions on cross-border data flows, and limits when either government may require disclosure of source code or algorithms. The Administration estimates that it covers about $40 billion in digital trade.

## Autos and Section 232

Concern over a possible U.S. tariff on Japanese autos shaped Tokyo's approach to the talks. In February 2019, the Commerce Department concluded that auto imports threaten to impair U.S. national security. Acting on that finding, President Trump issued a proclamation on May 17, 2019, directing USTR to negotiate with Japan and the European Union to address that threat, and set a 180-day period for those talks. Duties of as much as 25% had been discussed, but the President took no further action when the period lapsed in November 2019. Japan has sought assurances; the September 2019 joint statement records that the two sides will refrain from measures "against the spirit" of the agreements while they are being implemented in good faith. Separately, the Section 232 tariffs on steel (25%) and aluminum (10%) imposed in March 2018 continue to apply to Japan's products.

## Trade and Investment Ties

Japan was the fourth-largest U.S. trading partner in 2019, after China, Canada, and Mexico. Exports to Japan of goods and services reached $121.5 billion that year, while U.S. imports from Japan totaled $179.6 billion (Table 1).

Table 1. U.S. Trade with Japan, 2019 ($ billions)

| Category | Exports | Imports | Balance |
| --- | --- | --- | --- |
| Goods | 74.4 | 143.6 | -69.2 |
| Services | 47.1 | 36.0 | 11.1 |
| Total | 121.5 | 179.6 | -58.1 |

The U.S. goods deficit with Japan, $69.2 billion, ranked fourth among bilateral U.S. deficits in 2019. The surplus in services trims the overall gap to about $58 billion. Japanese firms held $484.4 billion in direct investment in the United States at the end of 2018, the second-largest stock of any country after the United Kingdom's. The U.S. direct investment position in Japan that year was roughly $125 billion. Since June 2019, Japan has outranked China as the largest foreign holder of U.S. Treasury securities; its holdings stood near $1.27 trillion in March 2020.

Early 2020 data show the pandemic's effects. U.S. goods exports to Japan in January through April were down about 9% from the year before, and Japanese auto shipments to the United States fell sharply in April as assembly plants closed.

## The Pandemic and Stage Two

Japan declared a nationwide state of emergency in April, lifted in late May, and the Tokyo Olympics have been postponed to July 2021. Japan's two emergency economic packages, adopted in April and May, each total about ¥117 trillion, including loans and guarantees. Some observers expect stage-two negotiations to take up services, investment, and autos; Japanese officials have said they would want the U.S. auto tariffs addressed. Japan has also joined talks on the Regional Comprehensive Economic Partnership (RCEP), which would include China, and Abe's coalition retained its majority in the Upper House election of July 2019.

## Issues for Congress

The USJTA was implemented under Section 103(a) of the Bipartisan Congressional Trade Priorities and Accountability Act of 2015, which lets the President proclaim certain tariff changes without a vote of Congress; the DTA was concluded as an executive agreement. Some Members have argued that a deal this limited may not conform to World Trade Organization rules, which call for agreements covering "substantially all" trade. Congress may consider:

- whether, and when, to press for stage-two talks, and which issues they should cover;
- how the USJTA's farm tariff cuts affect U.S. exporters relative to CPTPP and EU suppliers;
- whether the Administration should be required to consult with Congress before any future Section 232 action on autos.

**Brock R. Williams**, Specialist in International Trade and Finance

**Cathleen D. Cimino-Isaacs**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Shinzo Abe"),
        "agreements.usjta_signed": D("2019-10-07", as_written="signed both texts in Washington on October 7, 2019", note="the USJTA and the DTA the same day"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="Two limited trade agreements between the United States and Japan took effect on January 1, 2020: the U.S.-Japan Trade Agreement (USJTA)"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="took effect on January 1, 2020: ... and the U.S.-Japan Digital Trade Agreement (DTA)"),
        "trade.overall_partner_rank": F(4, period="2019", as_written="Japan was the fourth-largest U.S. trading partner in 2019"),
        "trade.us_exports_to_japan": F(121500000000, period="2019", as_written="Exports to Japan of goods and services reached $121.5 billion that year", note="also Table 1's Total row"),
        "trade.us_imports_from_japan": F(179600000000, period="2019", as_written="while U.S. imports from Japan totaled $179.6 billion", note="also Table 1's Total row"),
        "trade.us_goods_exports_to_japan": F(74400000000, period="2019", as_written="Goods | 74.4", note="only in Table 1 ($ billions)"),
        "trade.us_goods_imports_from_japan": F(143600000000, period="2019", as_written="Goods | 74.4 | 143.6", note="only in Table 1 ($ billions)"),
        "trade.us_services_exports_to_japan": F(47100000000, period="2019", as_written="Services | 47.1", note="only in Table 1 ($ billions)"),
        "trade.us_services_imports_from_japan": F(36000000000, period="2019", as_written="Services | 47.1 | 36.0", note="only in Table 1 ($ billions)"),
        "trade.goods_deficit": F(69200000000, period="2019", as_written="The U.S. goods deficit with Japan, $69.2 billion", note="also Table 1's Goods balance"),
        "trade.goods_deficit_rank": F(4, period="2019", as_written="ranked fourth among bilateral U.S. deficits in 2019"),
        "trade.japan_fdi_stock_in_us": F(484400000000, period="2018", as_written="Japanese firms held $484.4 billion in direct investment in the United States at the end of 2018"),
        "trade.fdi_source_rank": F(2, period="2018", as_written="the second-largest stock of any country after the United Kingdom's"),
        "trade.us_fdi_stock_in_japan": F(125000000000, "about", period="2018", as_written="The U.S. direct investment position in Japan that year was roughly $125 billion", note="year carried from the sentence before"),
        "trade.treasury_holder_rank": F(1, as_written="Japan has outranked China as the largest foreign holder of U.S. Treasury securities"),
    },
    "elections": {
        "upper_house_2019": E("Upper House", "2019-07", "held", result="Abe's coalition retained its majority"),
    },
    "events": {
        "first_negotiating_round": EV("Formal U.S.-Japan trade talks open in Washington", "2019-04", "held"),
        "section232_autos_proclamation": EV("Section 232 autos proclamation directing negotiations with Japan and the EU", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Trump and Abe announce they have finalized the first-stage agreements", "2019-09-25", "held"),
    },
    "notes": "Traps: 'within four months of entry into force' (stage two, not started); 'the 11 other parties to the Trans-Pacific Partnership (TPP)' and 'withdrew the United States in January 2017'; 'into force on December 30, 2018' (CPTPP) and 'followed on February 1, 2019' (Japan-EU EPA), other agreements' in-force dates; 'In a September 2018 joint statement' and 'the following month' (start of talks and TPA notice, not tracked events); 'the sidelines of the U.N. General Assembly in New York' (the finalization, not the signing); 'Japan's Diet approved them in early December'; 'roughly $7 billion of U.S. food and agricultural imports'; '38.5% before the agreement, fell to 26.6% on entry into force and is to reach 9% in 2033' (Japan's beef tariff); 'passenger cars (2.5%) and light trucks (25%)' (MFN auto tariffs, not Section 232); 'Japan was the third-largest market for U.S. agricultural exports in 2019, buying close to $12 billion' (an agricultural rank and amount, not the overall rank or exports); 'if U.S. shipments exceed 242,000 metric tons in FY2020'; 'covers about $40 billion in digital trade'; 'In February 2019, the Commerce Department concluded' (report, not the proclamation); 'set a 180-day period'; 'Duties of as much as 25% had been discussed, but the President took no further action when the period lapsed in November 2019' (no Section 232 auto tariff in effect); 'the September 2019 joint statement' (same day as the finalization, but not the signing); 'the Section 232 tariffs on steel (25%) and aluminum (10%) imposed in March 2018' (not autos, not a tariff on most imports); 'after China, Canada, and Mexico'; Table 1's 'Balance' column ('11.1' services surplus, '-58.1' overall) and its '($ billions)' unit; 'The surplus in services trims the overall gap to about $58 billion' (not the goods deficit); 'after the United Kingdom's'; 'Since June 2019' (not a rank) and 'near $1.27 trillion in March 2020' (Treasury holdings, not FDI); 'down about 9% from the year before' (partial-year exports); 'a nationwide state of emergency in April' and 'postponed to July 2021'; 'each total about ¥117 trillion'; 'the Upper House election of July 2019' (held); 'Section 103(a) of the Bipartisan Congressional Trade Priorities and Accountability Act of 2015' (year of a law); 'substantially all' (WTO standard); bullet 'before any future Section 232 action on autos' (none taken); PDF: ligatures, non-breaking spaces before billion/percent",
}
