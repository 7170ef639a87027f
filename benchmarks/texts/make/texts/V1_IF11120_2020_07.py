from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "V1-IF11120-2020-07", "tune2", "IF11120", 9
LAYOUTS = ["html", "layout"]
PDF_OPTS = ["lig", "quotes"]
SIDEBAR = "How the Talks Unfolded"

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated July 21, 2020

## Overview

Six months after two limited trade agreements between Washington and Tokyo entered into force, the "second stage" of talks that both sides promised has yet to begin. The pandemic has pushed trade down the agenda of President Donald Trump and of Prime Minister Shinzo Abe, and the consultations that the first agreement said would start within four months of its entry into force were not held. Some Members of Congress continue to question whether agreements of such limited scope, concluded without a vote in Congress, meet the negotiating objectives Congress set in 2015.

## How the Talks Unfolded

- April 2019: negotiators held the first formal round of talks in Washington.
- May 17, 2019: the President proclaimed that imports of autos and parts threaten U.S. national security but imposed no tariffs.
- September 25, 2019: Trump and Abe announced, on the margins of the U.N. General Assembly, that the two sides had finalized a "stage one" deal.
- October 7, 2019: the U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement were signed by the two countries' representatives.
- January 1, 2020: both agreements entered into force.

## What the Agreements Do

Under the USJTA, Japan cut or eliminated tariffs on about $7 billion of U.S. agricultural exports, putting U.S. beef, pork, and wheat on a par with competitors from the countries in the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP), which took effect for Japan on December 30, 2018, and the Japan-EU Economic Partnership Agreement, in force since February 1, 2019. The United States reduced tariffs on some industrial goods; the 2.5% U.S. duty on passenger cars was left untouched. The digital agreement bars customs duties on electronic transmissions and limits forced disclosure of source code. The Obama Administration had negotiated deeper commitments in the Trans-Pacific Partnership (TPP), which was signed in February 2016, but President Trump withdrew the United States from it in January 2017.

Tokyo regards the Section 232 threat as resolved: it says it obtained assurances that no national security tariffs would be imposed on Japanese cars while the agreement is being implemented. A report to the President had proposed tariffs of up to 25% on autos. The 25% Section 232 tariff on steel and 10% on aluminum, imposed in March 2018, still apply to Japan.

## Trade and Investment Ties

Measured by goods and services combined, Japan was America's fourth-largest trading partner in 2019, after China, Canada, and Mexico. Americans sold $124.8 billion of goods and services to Japan that year. Of this, $74.4 billion was goods, with services making up the other $50.4 billion. Going the other way, $178.9 billion of Japanese goods and services were bought by U.S. residents; goods came to $143.6 billion and services to $35.3 billion.

The goods deficit was $69.2 billion in 2019, a little above the $67.6 billion of 2018. Only China, Mexico, and Germany accounted for a bigger U.S. goods deficit than Japan did.

Japanese firms' direct investment in the United States totaled $619 billion at the end of 2019, and no other country's investors hold a larger stock. U.S. direct investment in Japan, by contrast, stood at $121 billion. Japan also overtook China in mid-2019 and now holds more U.S. Treasury securities than any other foreign country; at about $1.26 trillion, its holdings are above China's $1.08 trillion.

## Outlook

Abe's term as leader of the Liberal Democratic Party runs to September 2021. Former Vice President Joe Biden, the presumptive Democratic nominee, has said little about trade with Japan, though some of his advisers favor rejoining a revised CPTPP.

**Brock R. Williams**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Shinzo Abe"),
        "trade.overall_partner_rank": F(4, period="2019", as_written="Japan was America's fourth-largest trading partner in 2019, after China, Canada, and Mexico"),
        "trade.us_exports_to_japan": F(124800000000, period="2019", as_written="Americans sold $124.8 billion of goods and services to Japan that year"),
        "trade.us_goods_exports_to_japan": F(74400000000, period="2019", as_written="Of this, $74.4 billion was goods"),
        "trade.us_services_exports_to_japan": F(50400000000, period="2019", as_written="with services making up the other $50.4 billion"),
        "trade.us_imports_from_japan": F(178900000000, period="2019", as_written="$178.9 billion of Japanese goods and services were bought by U.S. residents"),
        "trade.us_goods_imports_from_japan": F(143600000000, period="2019", as_written="goods came to $143.6 billion"),
        "trade.us_services_imports_from_japan": F(35300000000, period="2019", as_written="and services to $35.3 billion"),
        "trade.goods_deficit": F(69200000000, period="2019", as_written="The goods deficit was $69.2 billion in 2019"),
        "trade.goods_deficit_rank": F(4, period="2019", as_written="Only China, Mexico, and Germany accounted for a bigger U.S. goods deficit than Japan did"),
        "trade.japan_fdi_stock_in_us": F(619000000000, period="2019", as_written="Japanese firms' direct investment in the United States totaled $619 billion at the end of 2019"),
        "trade.fdi_source_rank": F(1, as_written="no other country's investors hold a larger stock"),
        "trade.us_fdi_stock_in_japan": F(121000000000, period="2019", as_written="U.S. direct investment in Japan, by contrast, stood at $121 billion", note="year carried from the previous sentence"),
        "trade.treasury_holder_rank": F(1, as_written="now holds more U.S. Treasury securities than any other foreign country"),
        "agreements.usjta_signed": D("2019-10-07", as_written="October 7, 2019: the U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement were signed"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="January 1, 2020: both agreements entered into force"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="January 1, 2020: both agreements entered into force"),
    },
    "events": {
        "first_negotiating_round": EV("First formal round of talks, Washington", "2019-04", "held"),
        "section232_autos_proclamation": EV("Section 232 auto proclamation, no tariffs imposed", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Trump and Abe announce a finalized stage one deal", "2019-09-25", "held"),
    },
    "notes": "Traps: 'Six months after two limited trade agreements' (no date); 'within four months of its entry into force' (stage two, not held); 'negotiating objectives Congress set in 2015'; 'about $7 billion of U.S. agricultural exports' (not total exports); 'which took effect for Japan on December 30, 2018' (CPTPP, not USJTA in force) and 'in force since February 1, 2019' (Japan-EU EPA); 'the 2.5% U.S. duty on passenger cars' (MFN, not Section 232, not most imports); 'signed in February 2016' (TPP, not USJTA signed) and 'withdrew the United States from it in January 2017'; 'The Obama Administration' (former president); 'proposed tariffs of up to 25% on autos' (proposed, never imposed: no Section 232 auto rate); 'The 25% Section 232 tariff on steel and 10% on aluminum, imposed in March 2018' (not autos, not most imports); 'a little above the $67.6 billion of 2018' (earlier year); 'at about $1.26 trillion, its holdings are above China's $1.08 trillion' (amounts, not ranks; China second); 'Abe's term as leader of the Liberal Democratic Party runs to September 2021' (no slug); 'Former Vice President Joe Biden, the presumptive Democratic nominee' (not president). HTML: the dated events sit in a sidebar box as a bulleted list. Rank 'Only China, Mexico, and Germany ... bigger' counts three named + 1 = 4; 'after China, Canada, and Mexico' = 4",
}
