from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "S2-IF11120-2023-07", "fresh4", "IF11120", 15
TITLE = "U.S.-Japan Trade Agreements and Negotiations"
LAYOUTS = ["md", "pdf", "interleaved"]
PDF_OPTS = ["lig", "quotes", "nbsp", "hyph"]
CHART = {"unit": "$ billions", "ymax": 200, "ticks": [0, 50, 100, 150, 200],
         "series": ["U.S. exports to Japan", "U.S. imports from Japan"],
         "bars": {"2018": (121.1, 179.7), "2019": (122.6, 179.4), "2020": (103.4, 145.6), "2021": (111.0, 163.5), "2022": (120.1, 180.3)}}

MD = """
U.S.-Japan Trade Agreements and Negotiations

Updated July 18, 2023

## Overview

Rather than pursue a comprehensive free trade agreement, the Biden Administration has dealt with Japan through sector-specific accords and regional initiatives. The newest of these, the U.S.-Japan Critical Minerals Agreement, was signed in Washington on March 28, 2023, by U.S. Trade Representative Katherine Tai and Ambassador Koji Tomita. It commits both sides not to impose export duties on lithium, cobalt, nickel, graphite, and manganese and to share information on supply chains. By the Administration's reading, the agreement lets electric vehicles assembled with minerals processed in Japan qualify for the clean vehicle tax credit in the Inflation Reduction Act (P.L. 117-169). Several Members of Congress have objected that an agreement of this kind should have been submitted to Congress for approval.

## Earlier Agreements

The two agreements the Trump Administration concluded remain the core of the bilateral trade framework. Signed on October 7, 2019, the U.S.-Japan Trade Agreement (USJTA) cut Japanese tariffs on roughly $7 billion of U.S. agricultural goods and U.S. tariffs on a smaller set of industrial goods. It entered into force on January 1, 2020. So did the U.S.-Japan Digital Trade Agreement, which prohibits duties on digital products and protects cross-border data flows. The second stage of negotiations that the 2019 joint statement envisioned never began.

One irritant has been eased. Since April 1, 2022, Japanese steel within an annual quota of 1.25 million metric tons has entered free of the 25% Section 232 tariff imposed by President Trump in 2018; above the quota the tariff still applies, as does the 10% duty on aluminum. No Section 232 tariff has been placed on Japanese cars or auto parts, though the Commerce Department's 2019 finding that such imports threaten national security has not been withdrawn.

## Regional Initiatives

Japan was among the thirteen original partners when President Joe Biden launched the Indo-Pacific Economic Framework for Prosperity (IPEF) in Tokyo in May 2022; Fiji joined later, bringing the total to fourteen. IPEF ministers substantially concluded a supply chain agreement in May 2023. Japan continues to urge the United States to rejoin the CPTPP, which the United Kingdom agreed to join on July 16, 2023, the first new member since the pact took effect. Prime Minister Kishida Fumio hosted the Group of Seven (G7) summit in Hiroshima in May 2023.

## Japanese Politics

Kishida, who became prime minister in October 2021, has led his Liberal Democratic Party (LDP) to two national election victories. In the Upper House election of July 10, 2022, held two days after former Prime Minister Abe Shinzo was shot and killed while campaigning in Nara on July 8, 2022, the LDP-Komeito coalition won 76 of the 125 seats contested and widened its majority in the chamber. Kishida's term as LDP president runs to September 2024, when the party will hold its next leadership election, and speculation about an early Lower House dissolution has subsided.

## Trade and Investment

By total trade in goods and services, Japan ranked fifth among U.S. trading partners in 2022, having slipped a place since 2019. Figure 1 traces the flows. The United States exported $120.1 billion in goods and services to Japan in 2022. Goods made up $80.2 billion of that amount. The remaining $39.9 billion, mostly travel, intellectual property charges, and financial services, was in services. In the other direction, goods worth $148.1 billion and services worth $32.2 billion made up total U.S. imports from Japan of $180.3 billion.

**Figure 1. U.S. Trade with Japan, 2018-2022**

Source: CRS, with Bureau of Economic Analysis (BEA) data.

Measured in goods alone, the deficit came to $67.9 billion. Five trading partners, China, Mexico, Vietnam, Canada, and Germany, accounted for larger U.S. goods deficits than Japan did in 2022. In 2021, Japan's had been fourth. A weak yen, which touched a 32-year low of around 150 to the dollar in October 2022, has made Japanese goods cheaper in U.S. markets.

Japan has been the largest source of foreign direct investment (FDI) in the United States since 2019. The stock of Japanese FDI reached $775.0 billion at the end of 2022, up from $721.0 billion a year earlier, and it supports close to one million U.S. jobs. That of U.S. firms in Japan, $128.3 billion, is far smaller. Japan also holds more U.S. Treasury securities than any other foreign country: about $1.1 trillion as of May 2023, against roughly $850 billion for China.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Kishida Fumio", note="family name first"),
        "trade.overall_partner_rank": F(5, period="2022", as_written="Japan ranked fifth among U.S. trading partners in 2022"),
        "trade.us_exports_to_japan": F(120100000000, period="2022", as_written="The United States exported $120.1 billion in goods and services to Japan in 2022"),
        "trade.us_goods_exports_to_japan": F(80200000000, period="2022", as_written="Goods made up $80.2 billion of that amount", note="subject carried from the sentence before"),
        "trade.us_services_exports_to_japan": F(39900000000, period="2022", as_written="The remaining $39.9 billion, mostly travel, ..., was in services"),
        "trade.us_imports_from_japan": F(180300000000, period="2022", as_written="made up total U.S. imports from Japan of $180.3 billion"),
        "trade.us_goods_imports_from_japan": F(148100000000, period="2022", as_written="goods worth $148.1 billion"),
        "trade.us_services_imports_from_japan": F(32200000000, period="2022", as_written="services worth $32.2 billion"),
        "trade.goods_deficit": F(67900000000, period="2022", as_written="Measured in goods alone, the deficit came to $67.9 billion", note="year carried from the paragraph before"),
        "trade.goods_deficit_rank": F(6, period="2022", as_written="Five trading partners, China, Mexico, Vietnam, Canada, and Germany, accounted for larger U.S. goods deficits than Japan did in 2022"),
        "trade.fdi_source_rank": F(1, as_written="Japan has been the largest source of foreign direct investment (FDI) in the United States since 2019"),
        "trade.japan_fdi_stock_in_us": F(775000000000, period="2022", as_written="The stock of Japanese FDI reached $775.0 billion at the end of 2022"),
        "trade.us_fdi_stock_in_japan": F(128300000000, period="2022", as_written="That of U.S. firms in Japan, $128.3 billion, is far smaller", note="subject ('That' = the FDI stock) and year carried from the sentence before"),
        "trade.treasury_holder_rank": F(1, as_written="Japan also holds more U.S. Treasury securities than any other foreign country"),
        "agreements.usjta_signed": D("2019-10-07", as_written="Signed on October 7, 2019, the U.S.-Japan Trade Agreement (USJTA)"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="It entered into force on January 1, 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="So did the U.S.-Japan Digital Trade Agreement", note="date carried from the sentence before ('So did')"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="the U.S.-Japan Critical Minerals Agreement, was signed in Washington on March 28, 2023"),
    },
    "elections": {
        "ldp_president_2024": E("LDP president", "2024-09", "upcoming", note="'Kishida's term as LDP president runs to September 2024, when the party will hold its next leadership election'"),
        "upper_house_2022": E("Upper House", "2022-07-10", "held", result="LDP-Komeito coalition won 76 of 125 seats contested, widened its majority"),
    },
    "events": {
        "abe_assassination": EV("Former Prime Minister Abe Shinzo shot and killed while campaigning in Nara", "2022-07-08", "held"),
    },
    "notes": "Traps: 'the Inflation Reduction Act (P.L. 117-169)'; 'Japanese tariffs on roughly $7 billion of U.S. agricultural goods' (tariff coverage, not exports); 'the 2019 joint statement' (not the signing); 'Since April 1, 2022, Japanese steel within an annual quota of 1.25 million metric tons' (steel TRQ); 'the 25% Section 232 tariff imposed by President Trump in 2018' (steel, not autos; former president) and 'the 10% duty on aluminum'; 'No Section 232 tariff has been placed on Japanese cars or auto parts' and 'the Commerce Department's 2019 finding' (no auto rate; the proclamation's date is not stated); 'thirteen original partners ... in May 2022; Fiji joined later, bringing the total to fourteen' (IPEF, no event slug the validator accepts); 'IPEF ministers substantially concluded a supply chain agreement in May 2023'; 'the United Kingdom agreed to join on July 16, 2023' (another country's accession); 'G7 summit in Hiroshima in May 2023'; 'who became prime minister in October 2021'; 'former Prime Minister Abe Shinzo' (former prime minister); 'won 76 of the 125 seats contested'; 'speculation about an early Lower House dissolution' (no date); 'having slipped a place since 2019' (earlier rank implied, 4); Figure 1 (PDF/interleaved: year labels 2018-2022, ticks 0-200, legend, no values); 'In 2021, Japan's had been fourth' (earlier deficit rank); 'a 32-year low of around 150 to the dollar in October 2022'; 'up from $721.0 billion a year earlier' (earlier FDI stock); 'close to one million U.S. jobs'; 'about $1.1 trillion as of May 2023, against roughly $850 billion for China' (Treasury holdings, not FDI; China's). PDF: ligatures, curly quotes, NBSP, hyphenated line ends; interleaved: the two columns alternate line by line.",
}
