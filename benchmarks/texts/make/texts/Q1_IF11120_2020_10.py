from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "Q1-IF11120-2020-10", "fresh3", "IF11120", 8
TITLE = "U.S.-Japan Trade Agreement Negotiations"
LAYOUTS = ["html", "layout"]
PDF_OPTS = ["lig", "quotes", "nbsp", "hyph"]
SIDEBAR = "The Stage One Agreements at a Glance"
CHART = {"unit": "$ billions", "ymax": 160, "ticks": [0, 40, 80, 120, 160],
         "series": ["U.S. goods exports", "U.S. goods imports"],
         "bars": {"2015": (62.5, 131.4), "2016": (63.3, 132.2), "2017": (67.6, 136.5), "2018": (74.7, 142.4), "2019": (75.7, 144.0)}}

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated October 27, 2020

## Overview

Ten months after two limited U.S.-Japan trade agreements entered into force, neither government has said when, or whether, broader talks will follow. Japan has a new leader. Yoshihide Suga, who had served as chief cabinet secretary for nearly eight years, won the Liberal Democratic Party (LDP) presidency on September 14 and was sworn in as prime minister two days later, after Shinzo Abe stepped down for health reasons. Prime Minister Suga has promised continuity in trade policy. In Washington, President Trump faces former Vice President Joe Biden in the November 3 election; a Biden Administration might revisit the current Administration's preference for bilateral deals over regional ones such as the Trans-Pacific Partnership (TPP).

## How Stage One Came About

Formal negotiations got under way in mid-April 2019, when U.S. Trade Representative (USTR) Robert Lighthizer and Japan's economy minister, Toshimitsu Motegi, met in Washington for a first round. The pace was quick by trade standards. On September 25, 2019, meeting in New York, President Trump and then-Prime Minister Abe declared that they had finalized a limited agreement. Two texts, the U.S.-Japan Trade Agreement (USJTA), covering tariffs on goods, and the U.S.-Japan Digital Trade Agreement, were signed by the two sides' representatives in Washington on October 7, 2019. No vote in Congress was sought for either; Japan's Diet approved both in December, and both agreements took effect on January 1, 2020.

Under the USJTA, Japan is phasing out or cutting tariffs on about $7.2 billion of U.S. farm products, putting U.S. ranchers and grain growers on a par with competitors from the CPTPP countries. Japan's tariff on U.S. beef, 38.5% before the agreement, dropped to 26.6% on the first day and falls further each April. The U.S. commitments are narrower: tariff cuts on 241 lines of industrial goods, such as machine tools and bicycle parts. Tariffs on Japanese cars, the largest U.S. import from Japan, were left untouched.

## The Section 232 Auto Investigation

Autos dominated the U.S. side of the negotiations. After the Commerce Department concluded an investigation under Section 232 of the Trade Expansion Act of 1962, the President proclaimed on May 17, 2019, that imports of autos and auto parts threaten to impair national security, and he instructed USTR to seek agreements with Japan and the European Union. The statute's 180-day window for follow-up action closed in November 2019 without any auto tariff being imposed. Japanese passenger cars continue to pay the 2.5% most-favored-nation (MFN) duty, and pickup trucks the 25% "chicken tax" dating to 1964. Separately, most steel from Japan has been subject to a 25% Section 232 tariff since March 2018. The September 2019 joint statement said the two countries would refrain from actions "against the spirit" of the agreements, which Tokyo reads as a U.S. promise not to impose auto tariffs while the agreements are being implemented.

## The Stage One Agreements at a Glance

- Negotiated in about six months; signed October 7, 2019.
- In force: January 1, 2020, for both the USJTA and the Digital Trade Agreement.
- Japanese tariff concessions: about $7.2 billion of U.S. agricultural exports.
- Digital trade: rules covering roughly $40 billion of trade; no customs duties on electronic transmissions.
- Congressional role: none; the Administration relied on tariff-proclamation authority in the 2015 Trade Promotion Authority law.

## Trade and Investment Ties

Two-way trade in goods and services topped $300 billion in 2019, and Japan placed fourth among U.S. trading partners that year, behind China, Canada, and Mexico. Of the $122.6 billion in goods and services the United States exported to Japan in 2019, $75.7 billion was goods and $46.9 billion was services. In the other direction, Japan shipped $144.0 billion in goods to the United States and supplied another $35.4 billion in services, for total U.S. imports from Japan of $179.4 billion. The combined goods-and-services shortfall was thus $56.8 billion.

**Figure 1. U.S. Goods Trade with Japan, 2015-2019**

Source: CRS, with data from the Bureau of Economic Analysis (BEA).

The U.S. goods deficit with Japan, $68.3 billion in 2019, ranked behind only the deficits with China and Mexico and, narrowly, Germany. The pandemic has shrunk the flows this year: from January through August 2020, the goods deficit was $35.1 billion and U.S. goods exports to Japan $40.6 billion.

Investment ties are deeper still. In 2019, Japanese direct investment in the United States reached $619.3 billion, and Japan displaced the United Kingdom, which had long held that position, as the leading foreign direct investor in the U.S. economy. American firms' direct investment in Japan was nearly $120 billion. Japan has also held more U.S. Treasury securities than China since June 2019, making it first among foreign holders; its holdings stood at $1.28 trillion in August 2020.

## Issues for Congress

The USJTA covers only part of bilateral trade, and some Members have asked whether agreements of this kind, concluded without congressional approval, meet the standard of World Trade Organization rules for agreements covering "substantially all" trade. Other Members have urged the Administration to open the second stage of talks, which the two leaders said in 2019 would begin within four months of entry into force; that window passed in May 2020 as the COVID-19 pandemic took hold. Japan, meanwhile, signed an economic partnership agreement with the United Kingdom on October 23, 2020, which is to take effect on January 1, 2021, and is expected to sign the 15-country Regional Comprehensive Economic Partnership (RCEP) in November. Its agreements with the European Union and with the 10 other CPTPP signatories took effect in February 2019 and December 2018, respectively.

**Brock R. Williams**, Analyst in International Trade and Finance

**Cathleen D. Cimino-Isaacs**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Trump", note="given name not written"),
        "leaders.japan_prime_minister": P("Suga", "Yoshihide", "Yoshihide Suga ... was sworn in as prime minister", note="also 'Prime Minister Suga'"),
        "trade.overall_partner_rank": F(4, period="2019", as_written="Japan placed fourth among U.S. trading partners that year, behind China, Canada, and Mexico"),
        "trade.us_exports_to_japan": F(122600000000, period="2019", as_written="Of the $122.6 billion in goods and services the United States exported to Japan in 2019"),
        "trade.us_goods_exports_to_japan": F(75700000000, period="2019", as_written="$75.7 billion was goods"),
        "trade.us_services_exports_to_japan": F(46900000000, period="2019", as_written="$46.9 billion was services"),
        "trade.us_imports_from_japan": F(179400000000, period="2019", as_written="for total U.S. imports from Japan of $179.4 billion"),
        "trade.us_goods_imports_from_japan": F(144000000000, period="2019", as_written="Japan shipped $144.0 billion in goods to the United States"),
        "trade.us_services_imports_from_japan": F(35400000000, period="2019", as_written="and supplied another $35.4 billion in services"),
        "trade.goods_deficit": F(68300000000, period="2019", as_written="The U.S. goods deficit with Japan, $68.3 billion in 2019"),
        "trade.goods_deficit_rank": F(4, period="2019", as_written="ranked behind only the deficits with China and Mexico and, narrowly, Germany"),
        "trade.japan_fdi_stock_in_us": F(619300000000, period="2019", as_written="In 2019, Japanese direct investment in the United States reached $619.3 billion"),
        "trade.fdi_source_rank": F(1, as_written="Japan displaced the United Kingdom ... as the leading foreign direct investor in the U.S. economy"),
        "trade.us_fdi_stock_in_japan": F(120000000000, "nearly", period="2019", as_written="American firms' direct investment in Japan was nearly $120 billion", note="year carried over from the previous sentence"),
        "trade.treasury_holder_rank": F(1, as_written="Japan has also held more U.S. Treasury securities than China since June 2019, making it first among foreign holders"),
        "agreements.usjta_signed": D("2019-10-07", as_written="were signed by the two sides' representatives in Washington on October 7, 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="both agreements took effect on January 1, 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="both agreements took effect on January 1, 2020"),
    },
    "elections": {
        "ldp_president_2020": E("LDP president", "2020-09-14", "held", result="Suga won the LDP presidency"),
    },
    "events": {
        "first_negotiating_round": EV("First round of U.S.-Japan trade agreement negotiations, in Washington", "2019-04", "held"),
        "section232_autos_proclamation": EV("President proclaims auto and auto-parts imports a threat to national security under Section 232", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Trump and Abe declare in New York that they have finalized a limited agreement", "2019-09-25", "held"),
    },
    "notes": "Traps: 'Ten months after'; 'for nearly eight years'; 'won the Liberal Democratic Party (LDP) presidency on September 14' (LDP vote, listed as held ldp_president_2020) and 'two days later'; 'after Shinzo Abe stepped down' and 'then-Prime Minister Abe' (former prime minister); 'President Trump faces former Vice President Joe Biden in the November 3 election' (candidate, not president; U.S. election, no slug); 'Japan's Diet approved both in December' (not the signing); 'about $7.2 billion of U.S. farm products' (Japanese concessions, not exports); 'Japan's tariff on U.S. beef, 38.5% before the agreement, dropped to 26.6%' (Japanese tariffs); 'tariff cuts on 241 lines'; 'Section 232 of the Trade Expansion Act of 1962' (year of a law); 'The statute's 180-day window ... closed in November 2019 without any auto tariff being imposed' (no Section 232 auto tariff); 'the 2.5% most-favored-nation (MFN) duty' and 'the 25% \"chicken tax\" dating to 1964' (MFN duties, not Section 232 and not a tariff on most imports); 'a 25% Section 232 tariff since March 2018' (steel); 'Negotiated in about six months' and 'roughly $40 billion of trade' (sidebar); 'the 2015 Trade Promotion Authority law'; 'Two-way trade in goods and services topped $300 billion' (total trade, not exports); 'The combined goods-and-services shortfall was thus $56.8 billion' (not the goods deficit); 'Figure 1 ... 2015-2019' with (PDF/layout) year labels, ticks 0-160 and legend, no values; 'from January through August 2020, the goods deficit was $35.1 billion and U.S. goods exports to Japan $40.6 billion' (partial-year figures); 'displaced the United Kingdom, which had long held that position' (UK's former rank); 'its holdings stood at $1.28 trillion in August 2020'; 'would begin within four months of entry into force; that window passed in May 2020'; 'signed an economic partnership agreement with the United Kingdom on October 23, 2020, which is to take effect on January 1, 2021' (another country's agreement); 'the 15-country Regional Comprehensive Economic Partnership (RCEP) in November'; 'took effect in February 2019 and December 2018' (EU and CPTPP agreements). HTML: the stage-one dates repeat in a sidebar bullet list; layout: pdftotext -layout runs the two columns side by side",
}
