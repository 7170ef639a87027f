from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "S1-IF11120-2019-11", "fresh4", "IF11120", 6
TITLE = "U.S.-Japan Trade Agreement Negotiations"
LAYOUTS = ["html", "layout"]
PDF_OPTS = ["lig", "quotes", "hyph"]
SIDEBAR = "Negotiating Timeline"

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated November 26, 2019

## Where Things Stand

Two limited trade agreements with Japan await final approval in Tokyo. Negotiated in under six months, they were signed in Washington on October 7, 2019, by U.S. Trade Representative Robert Lighthizer and Japan's ambassador, Shinsuke Sugiyama. Japan's House of Representatives approved the package on November 19; the House of Councillors is expected to vote in early December. If it does, both the U.S.-Japan Trade Agreement (USJTA) and the companion U.S.-Japan Digital Trade Agreement are scheduled to enter into force on January 1, 2020. Because the Trump Administration treats the USJTA as a tariff proclamation under delegated authority and the digital accord as an executive agreement, neither requires a vote in Congress, a choice some Members have questioned.

## Background

President Donald Trump withdrew the United States from the Trans-Pacific Partnership (TPP) in January 2017, ending the regional deal former President Barack Obama had concluded with Japan and ten other countries. Japan then led the remaining eleven in completing the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP), in force since December 30, 2018, and its Economic Partnership Agreement with the European Union took effect on February 1, 2019. U.S. farm exporters, facing lower tariffs on Australian, Canadian, and European competitors' goods in the Japanese market, pressed for a bilateral deal.

Prime Minister Shinzo Abe agreed in September 2018 to open talks, and negotiators held their first formal round in April 2019. At a meeting in New York on September 25, 2019, Abe and President Trump announced that they had finalized a first-stage agreement; signing followed twelve days later. Abe's ruling coalition kept its majority in the Upper House election of July 21, 2019, although it fell short of the two-thirds he sought for constitutional revision.

## What the Agreements Do

Japan is to eliminate or reduce tariffs on about $7.2 billion of U.S. food and farm exports. Its 38.5% tariff on U.S. beef, for example, falls at once to 26.6%, the rate CPTPP members pay, and declines to 9% by 2033. The United States, for its part, is to cut or remove tariffs on some $1.3 billion of imports from Japan, mainly machine tools, bicycles, and other industrial goods. The USJTA does not touch the 2.5% U.S. tariff on passenger cars or the 25% tariff on light trucks, a disappointment for Tokyo. The digital agreement bars customs duties on electronic transmissions and restricts data-localization requirements.

## Autos and Section 232

Autos remain the most sensitive issue. After a Commerce Department investigation, President Trump proclaimed on May 17, 2019, that imports of motor vehicles and parts, particularly from Japan and the EU, threaten to impair U.S. national security, and directed USTR to negotiate limits. The 180-day period for those negotiations lapsed in mid-November without any tariff being imposed. Tariffs of up to 25% on autos, which the Commerce report reportedly recommended, have not been applied; Japanese steel and aluminum, by contrast, have been subject to Section 232 tariffs of 25% and 10% since March 2018. In a joint statement, the leaders said that the United States would not take measures against the spirit of the agreement while it is being implemented, language Japanese officials read as a pledge against auto tariffs.

## Economic Ties

Only China, Canada, and Mexico traded more with the United States than Japan did in 2018. U.S. sales to Japan that year came to $121.1 billion: $75.2 billion of merchandise and $45.9 billion of services. Purchases from Japan were larger, $143.6 billion in goods plus $36.1 billion in services, or $179.7 billion in all. The resulting U.S. goods deficit with Japan, $67.6 billion, was the fourth-biggest of any bilateral goods deficit, unchanged in rank from 2017, when it stood at $68.8 billion. Census figures for January-September 2019 show goods imports from Japan running at $108.3 billion.

Investment flows in both directions. Japanese firms' direct investment in the United States totaled $484.4 billion in 2018, trailing only the United Kingdom. American firms held roughly $125 billion of direct investment in Japan. Since June 2019, Japan, not China, has been the largest foreign owner of U.S. Treasury securities, with holdings of about $1.14 trillion in September.

## Negotiating Timeline

- September 26, 2018: Abe and Trump agree to begin talks.
- April 2019: first round of negotiations.
- May 17, 2019: Section 232 proclamation on autos.
- September 25, 2019: leaders announce a stage one deal.
- October 7, 2019: agreements signed.
- January 1, 2020: scheduled entry into force.

## Issues for Congress

A second stage of talks, on services, investment, and other tariffs, is to begin within four months of entry into force. Members may weigh whether the Administration should seek congressional approval for a broader deal under Trade Promotion Authority, and how the agreement's limited coverage affects U.S. leverage on autos.

**Brock R. Williams**, Analyst in International Trade and Finance

**Cathleen D. Cimino-Isaacs**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Shinzo Abe"),
        "trade.overall_partner_rank": F(4, period="2018", as_written="Only China, Canada, and Mexico traded more with the United States than Japan did in 2018"),
        "trade.us_exports_to_japan": F(121100000000, period="2018", as_written="U.S. sales to Japan that year came to $121.1 billion"),
        "trade.us_goods_exports_to_japan": F(75200000000, period="2018", as_written="$75.2 billion of merchandise"),
        "trade.us_services_exports_to_japan": F(45900000000, period="2018", as_written="$45.9 billion of services"),
        "trade.us_imports_from_japan": F(179700000000, period="2018", as_written="Purchases from Japan were larger, ... or $179.7 billion in all"),
        "trade.us_goods_imports_from_japan": F(143600000000, period="2018", as_written="$143.6 billion in goods"),
        "trade.us_services_imports_from_japan": F(36100000000, period="2018", as_written="$36.1 billion in services"),
        "trade.goods_deficit": F(67600000000, period="2018", as_written="The resulting U.S. goods deficit with Japan, $67.6 billion"),
        "trade.goods_deficit_rank": F(4, period="2018", as_written="was the fourth-biggest of any bilateral goods deficit"),
        "trade.japan_fdi_stock_in_us": F(484400000000, period="2018", as_written="Japanese firms' direct investment in the United States totaled $484.4 billion in 2018"),
        "trade.fdi_source_rank": F(2, period="2018", as_written="trailing only the United Kingdom", note="subject carried from the clause before"),
        "trade.us_fdi_stock_in_japan": F(125000000000, "about", period="2018", as_written="American firms held roughly $125 billion of direct investment in Japan", note="year carried from the previous sentence"),
        "trade.treasury_holder_rank": F(1, as_written="Since June 2019, Japan, not China, has been the largest foreign owner of U.S. Treasury securities"),
        "agreements.usjta_signed": D("2019-10-07", as_written="they were signed in Washington on October 7, 2019", note="subject 'they' = the two agreements, carried from the sentence before; also the sidebar"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="both the U.S.-Japan Trade Agreement (USJTA) and ... are scheduled to enter into force on January 1, 2020", note="expected (scheduled), pending the House of Councillors' vote, as the record's 2019-10-03 version"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="the companion U.S.-Japan Digital Trade Agreement are scheduled to enter into force on January 1, 2020", note="expected (scheduled)"),
    },
    "elections": {
        "upper_house_2019": E("Upper House", "2019-07-21", "held", result="Abe's coalition kept its majority, short of two-thirds"),
    },
    "events": {
        "first_negotiating_round": EV("First round of U.S.-Japan trade agreement negotiations", "2019-04", "held"),
        "section232_autos_proclamation": EV("President proclaims auto imports a threat to U.S. national security", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Trump and Abe announce they have finalized a first-stage agreement", "2019-09-25", "held"),
    },
    "notes": "Traps: 'Negotiated in under six months'; 'Japan's House of Representatives approved the package on November 19' and 'the House of Councillors is expected to vote in early December' (Diet votes, not entry into force); 'withdrew the United States from the Trans-Pacific Partnership (TPP) in January 2017' and 'former President Barack Obama' (former president); 'Japan and ten other countries', 'the remaining eleven'; 'CPTPP, in force since December 30, 2018' and 'Economic Partnership Agreement with the European Union took effect on February 1, 2019' (other agreements' dates); 'agreed in September 2018 to open talks' (not the first round); 'signing followed twelve days later' (the signing date is stated directly earlier); 'Upper House election of July 21, 2019' (listed as held upper_house_2019), 'the two-thirds he sought'; '$7.2 billion of U.S. food and farm exports' and 'some $1.3 billion of imports from Japan' (tariff coverage, not trade totals); beef '38.5% ... 26.6% ... 9% by 2033'; 'the 2.5% U.S. tariff on passenger cars or the 25% tariff on light trucks' (MFN tariffs, not Section 232 and not a tariff on most imports); 'The 180-day period ... lapsed in mid-November without any tariff being imposed' and 'Tariffs of up to 25% on autos, which the Commerce report reportedly recommended, have not been applied' (no Section 232 auto rate stated); 'Section 232 tariffs of 25% and 10% since March 2018' (steel and aluminum, not autos); 'unchanged in rank from 2017, when it stood at $68.8 billion' (earlier year); 'Census figures for January-September 2019 show goods imports from Japan running at $108.3 billion' (partial year); 'with holdings of about $1.14 trillion in September' (Treasury amount, not FDI); sidebar 'September 26, 2018' (agreement to begin talks); 'within four months of entry into force'. HTML: the sidebar 'Negotiating Timeline' bullet list floats beside the text and repeats the dates; layout: pdftotext -layout runs the two columns side by side, with ligatures, curly quotes and hyphenated line ends.",
}
