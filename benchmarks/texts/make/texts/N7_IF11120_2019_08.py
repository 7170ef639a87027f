from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "N7-IF11120-2019-08", "fresh2", "IF11120", 4
TITLE = "U.S.-Japan Trade Agreement Negotiations"
LAYOUTS = ["html", "layout"]
PDF_OPTS = ["lig", "quotes"]
SIDEBAR = "Trade at a Glance, 2018"

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated August 30, 2019

## Status of the Talks

President Donald Trump and Prime Minister Shinzo Abe said on August 25, 2019, on the sidelines of the G-7 summit in Biarritz, France, that their negotiators had reached agreement "in principle" on the core elements of a limited trade deal covering agriculture, industrial goods, and digital trade. The two leaders hope to sign it when they meet in New York during the U.N. General Assembly in late September. Details have not been released.

Formal negotiations opened in Washington in April 2019, when U.S. Trade Representative Robert Lighthizer and Japan's economy minister, Toshimitsu Motegi, held the first round. Japan had long resisted a bilateral agreement, preferring that the United States return to the Trans-Pacific Partnership (TPP), from which Trump withdrew in January 2017.

## The Auto Tariff Threat

On May 17, 2019, Trump proclaimed that imports of autos and auto parts threaten to impair U.S. national security, the finding of a Commerce Department investigation under Section 232 of the Trade Expansion Act of 1962. He did not impose tariffs; the Commerce report had suggested duties of up to 25%. Instead, he instructed USTR to seek agreements with Japan and the European Union within 180 days, a deadline that falls in mid-November. The current U.S. tariff on passenger cars is 2.5%. Japan's steel exports have faced a 25% Section 232 tariff since March 2018.

## Why Agriculture Matters

U.S. farm groups argue that they are losing market share in Japan to competitors from countries in the 11-member Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP), in force since December 30, 2018, and from the European Union, whose agreement with Japan took effect on February 1, 2019. Japan imported roughly $13 billion of U.S. agricultural products in 2018.

## Trade at a Glance, 2018

- Overall, Japan ranked fourth among U.S. trading partners.
- U.S. exports to Japan: $120.6 billion ($75.0 billion in goods and $45.6 billion in services).
- U.S. imports from Japan: $178.9 billion, of which goods were $142.6 billion and services $36.3 billion.
- The goods deficit with Japan, $67.6 billion, trailed only those with China, Mexico, and Germany.

## Investment and Finance

Japanese firms held $484.4 billion in direct investment in the United States at the end of 2018, an amount surpassed only by investors from the United Kingdom. U.S. direct investment in Japan stood at about $125 billion. Japan recently overtook China to become the largest foreign holder of U.S. Treasury securities, according to Treasury data for June 2019; China had been the top holder since 2008.

## Issues for Congress

Because the Administration intends to treat a limited deal as an executive agreement that needs no vote in Congress, some Members have asked whether it would be consistent with Trade Promotion Authority and World Trade Organization rules, which call for agreements covering "substantially all the trade."

**Brock R. Williams**, Analyst in International Trade and Finance

**Cathleen D. Cimino-Isaacs**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Shinzo Abe"),
        "trade.overall_partner_rank": F(4, period="2018", as_written="Overall, Japan ranked fourth among U.S. trading partners", note="year from the section heading 'Trade at a Glance, 2018'"),
        "trade.us_exports_to_japan": F(120600000000, period="2018"),
        "trade.us_goods_exports_to_japan": F(75000000000, period="2018"),
        "trade.us_services_exports_to_japan": F(45600000000, period="2018"),
        "trade.us_imports_from_japan": F(178900000000, period="2018"),
        "trade.us_goods_imports_from_japan": F(142600000000, period="2018"),
        "trade.us_services_imports_from_japan": F(36300000000, period="2018"),
        "trade.goods_deficit": F(67600000000, period="2018"),
        "trade.goods_deficit_rank": F(4, period="2018", as_written="The goods deficit with Japan, $67.6 billion, trailed only those with China, Mexico, and Germany"),
        "trade.japan_fdi_stock_in_us": F(484400000000, period="2018", as_written="Japanese firms held $484.4 billion in direct investment in the United States at the end of 2018"),
        "trade.us_fdi_stock_in_japan": F(125000000000, "about", period="2018", as_written="U.S. direct investment in Japan stood at about $125 billion", note="year carried over from the previous sentence"),
        "trade.fdi_source_rank": F(2, as_written="an amount surpassed only by investors from the United Kingdom"),
        "trade.treasury_holder_rank": F(1, as_written="Japan recently overtook China to become the largest foreign holder of U.S. Treasury securities"),
    },
    "elections": {},
    "events": {
        "first_negotiating_round": EV("First round of U.S.-Japan trade agreement negotiations, in Washington", "2019-04", "held"),
        "section232_autos_proclamation": EV("Trump proclaims auto and auto parts imports a threat to U.S. national security under Section 232", "2019-05-17", "held"),
    },
    "notes": "Traps: 'said on August 25, 2019, on the sidelines of the G-7 summit in Biarritz' (agreement in principle, not the finalized deal: no stage_one_deal_finalized event, nothing signed); 'hope to sign it ... in late September' (planned signing, no usjta_signed); 'from which Trump withdrew in January 2017'; 'Section 232 of the Trade Expansion Act of 1962'; 'the Commerce report had suggested duties of up to 25%' and 'He did not impose tariffs' (no Section 232 auto tariff); 'within 180 days, a deadline that falls in mid-November'; 'The current U.S. tariff on passenger cars is 2.5%' (MFN rate, not Section 232); 'a 25% Section 232 tariff since March 2018' (steel, not autos and not most imports); 'the 11-member ... (CPTPP), in force since December 30, 2018' and 'took effect on February 1, 2019' (other agreements, not the USJTA); 'roughly $13 billion of U.S. agricultural products' (a subset of exports); 'China had been the top holder since 2008'; 'according to Treasury data for June 2019'; HTML: the 2018 data sit in a sidebar box as a bulleted list; layout: pdftotext -layout runs the two columns side by side",
}
