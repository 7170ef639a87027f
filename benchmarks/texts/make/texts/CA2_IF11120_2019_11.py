from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "CA2-IF11120-2019-11", "fresh22", "IF11120", 8
TITLE = "U.S.-Japan Trade Agreement Negotiations"
LAYOUTS = ["md", "layout"]
PDF_OPTS = ["lig", "nbsp"]

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated November 22, 2019

## Overview

It was in Washington on October 7, 2019, that U.S. Trade Representative Robert Lighthizer and Japan's ambassador, Shinsuke Sugiyama, signed the two texts that make up the first stage of a bilateral trade deal: the U.S.-Japan Trade Agreement (USJTA), which cuts tariffs on selected goods, and the U.S.-Japan Digital Trade Agreement (DTA). President Donald Trump, who looked on, called the package a "huge win" for American farmers.

January 1, 2020, is the date both governments have penciled in for the two agreements to take effect. Japan's House of Representatives approved them on November 19; the House of Councillors is expected to vote in early December. Because the Administration is proceeding under delegated tariff authority and treats the DTA as an executive agreement, no vote in Congress is planned, a choice some Members have questioned.

For Prime Minister Shinzo Abe, whose coalition kept its majority in the July 21 Upper House election, the agreement removes a source of friction with Washington. On November 20 he passed Taro Katsura's record of 2,886 days to become the longest-serving prime minister in Japan's constitutional history.

## How the Talks Unfolded

A joint statement issued by the two leaders in New York on September 26, 2018, committed them to negotiate. Negotiators sat down for their first formal round on April 15-16, 2019, in Washington. A month later came a presidential proclamation, dated May 17, 2019, finding that imports of autos and parts threaten to impair U.S. national security and directing USTR to seek agreements to address them; tariffs of as much as 25% had been recommended, but none was imposed. The 180-day window for further action under that proclamation ran out on November 13 without an announcement.

At the G-7 summit in Biarritz, France, on August 25, the two leaders reached an agreement in principle. They announced its completion on the margins of the U.N. General Assembly in New York on September 25, 2019, signing a joint statement that pledged to seek further negotiations within four months after entry into force.

## What the Agreements Do

- Agriculture: Japan is to eliminate or reduce tariffs on some $7.2 billion of U.S. food and farm exports. Its 38.5% tariff on beef drops to 26.6% on entry into force and to 9% by FY2033, matching the terms that Australia and other CPTPP members obtained.
- Industrial goods: The United States is to cut or remove duties on a narrower list of Japanese products, including machine tools and bicycle parts, and on about $40 million of farm goods. Its 2.5% tariff on passenger cars is untouched.
- Digital trade: The DTA bars customs duties on electronic transmissions such as e-books and music, and restricts data-localization requirements. USTR values the digital trade it covers at roughly $40 billion.

## Trade and Investment Ties

Japan was the No. 4 U.S. trading partner in 2018, counting goods and services together. Its flows with the United States that year are summarized in Table 1.

Table 1. U.S. Trade with Japan, 2018 (billions of dollars)

| Flow | Goods | Services | Total |
| --- | --- | --- | --- |
| U.S. exports to Japan | 75.0 | 46.1 | 121.1 |
| U.S. imports from Japan | 142.6 | 36.4 | 179.0 |
| U.S. balance | -67.6 | +9.7 | -57.9 |

Only China, Mexico, and Germany ran larger goods surpluses with the United States in 2018 than Japan's $67.6 billion. Through September 2019, the U.S. goods deficit with Japan totaled $52.3 billion, slightly ahead of the pace a year earlier.

Investment ties run deeper than trade. Japanese firms' direct investment position in the United States reached $484.4 billion in 2018; Britain's is the sole larger stock. U.S. direct investment in Japan, at $124.8 billion, was about a quarter as large. In June 2019, Japan reclaimed from China the position of largest foreign holder of U.S. Treasury securities; in September its holdings were $1.14 trillion, against China's $1.10 trillion.

## Issues for Congress

- Scope: The USJTA covers a small share of bilateral trade, and a comprehensive agreement remains a stated goal. Whether the second stage will address services, investment, and rules of origin is uncertain.
- Autos: Japan says it received assurances that Section 232 tariffs will not be imposed on its vehicles while the agreements are carried out, but the text contains no such commitment.
- Authority: Trade Promotion Authority expires on July 1, 2021. Some Members argue that future stages should go to Congress for approval.
- Regional context: The United States left the TPP in January 2017; the 11-member CPTPP entered into force on December 30, 2018, and the Japan-EU Economic Partnership Agreement on February 1, 2019.

**Brock R. Williams**, Specialist in International Trade and Finance

**Cathleen D. Cimino-Isaacs**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Shinzo Abe"),
        "agreements.usjta_signed": D("2019-10-07", as_written="It was in Washington on October 7, 2019, that ... signed the two texts ... the U.S.-Japan Trade Agreement (USJTA)"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="January 1, 2020, is the date both governments have penciled in for the two agreements to take effect", note="expected; Japan's Upper House vote pending"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="January 1, 2020, is the date both governments have penciled in for the two agreements to take effect", note="expected; the DTA is the second of 'the two agreements'"),
        "trade.overall_partner_rank": F(4, period="2018", as_written="Japan was the No. 4 U.S. trading partner in 2018, counting goods and services together"),
        "trade.us_exports_to_japan": F(121100000000, period="2018", as_written="Table 1: U.S. exports to Japan | 75.0 | 46.1 | 121.1 (Total column)"),
        "trade.us_goods_exports_to_japan": F(75000000000, period="2018", as_written="Table 1: U.S. exports to Japan, Goods column: 75.0"),
        "trade.us_services_exports_to_japan": F(46100000000, period="2018", as_written="Table 1: U.S. exports to Japan, Services column: 46.1"),
        "trade.us_imports_from_japan": F(179000000000, period="2018", as_written="Table 1: U.S. imports from Japan | 142.6 | 36.4 | 179.0 (Total column)"),
        "trade.us_goods_imports_from_japan": F(142600000000, period="2018", as_written="Table 1: U.S. imports from Japan, Goods column: 142.6"),
        "trade.us_services_imports_from_japan": F(36400000000, period="2018", as_written="Table 1: U.S. imports from Japan, Services column: 36.4"),
        "trade.goods_deficit": F(67600000000, period="2018", as_written="Only China, Mexico, and Germany ran larger goods surpluses with the United States in 2018 than Japan's $67.6 billion", note="also Table 1 'U.S. balance', Goods column: -67.6"),
        "trade.goods_deficit_rank": F(4, period="2018", as_written="Only China, Mexico, and Germany ran larger goods surpluses with the United States in 2018 than Japan's"),
        "trade.japan_fdi_stock_in_us": F(484400000000, period="2018", as_written="Japanese firms' direct investment position in the United States reached $484.4 billion in 2018"),
        "trade.fdi_source_rank": F(2, period="2018", as_written="Britain's is the sole larger stock"),
        "trade.us_fdi_stock_in_japan": F(124800000000, period="2018", as_written="U.S. direct investment in Japan, at $124.8 billion, was about a quarter as large"),
        "trade.treasury_holder_rank": F(1, as_written="In June 2019, Japan reclaimed from China the position of largest foreign holder of U.S. Treasury securities"),
    },
    "elections": {
        "upper_house_2019": E("Upper House", "2019-07-21", "held", result="Abe's coalition kept its majority"),
    },
    "events": {
        "first_negotiating_round": EV("First formal round of U.S.-Japan trade negotiations, Washington", "2019-04", "held"),
        "section232_autos_proclamation": EV("Section 232 proclamation on autos and parts", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Trump and Abe announce completion of the first-stage agreement in New York", "2019-09-25", "held"),
    },
    "notes": "Traps: 'called the package a \"huge win\"'; 'Japan's House of Representatives approved them on November 19' and 'expected to vote in early December' (Diet votes, not entry into force); 'On November 20 he passed Taro Katsura's record of 2,886 days'; 'A joint statement issued by the two leaders in New York on September 26, 2018' (the 2018 statement: not tariff_talks_announced); 'April 15-16, 2019' (a span: month precision); 'tariffs of as much as 25% had been recommended, but none was imposed' (no section232_autos rate); 'The 180-day window ... ran out on November 13'; 'At the G-7 summit in Biarritz, France, on August 25 ... agreement in principle' (not the finalization); 'signing a joint statement' on September 25 (the stage-one event, not the USJTA signing); 'within four months after entry into force'; '$7.2 billion', 'Its 38.5% tariff on beef drops to 26.6% ... and to 9% by FY2033' (Japan's tariffs); 'about $40 million of farm goods' and 'Its 2.5% tariff on passenger cars is untouched' (MFN, no tariff fact); 'roughly $40 billion' (digital trade); Table 1 'U.S. balance | -67.6 | +9.7 | -57.9' (services and total balances no facts); 'Through September 2019, the U.S. goods deficit with Japan totaled $52.3 billion' (partial year); 'was about a quarter as large' (a fraction that is no fact); 'in September its holdings were $1.14 trillion, against China's $1.10 trillion'; 'Trade Promotion Authority expires on July 1, 2021'; 'the 11-member CPTPP entered into force on December 30, 2018' and 'the Japan-EU Economic Partnership Agreement on February 1, 2019' (other agreements' in-force dates); 'left the TPP in January 2017'; PDF ligatures and NBSP (layout text)",
}
