from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "V4-IF11120-2025-09", "tune2", "IF11120", 21
LAYOUTS = ["md", "html"]
SIDEBAR = "Key Dates in 2025"

MD = """
U.S.-Japan Trade Agreements and Negotiations

Updated September 23, 2025

## Summary

A tariff of 15% is now charged on most goods that the United States imports from Japan. It is imposed under the International Emergency Economic Powers Act (IEEPA) and was set by the framework agreement on trade and investment that the two governments reached on July 22, 2025. An executive order of September 4 put the deal into effect, including a provision that the 15% rate replaces, rather than adds to, the most-favored-nation (MFN) duty. On April 2, President Donald Trump had announced a "reciprocal" rate of 24% for Japan; after a 90-day pause during which a 10% baseline applied, he warned in a July 7 letter to Prime Minister Ishiba Shigeru that Japanese goods would pay 25% from August 1.

## Key Dates in 2025

- April 7: in a telephone call, Trump and Ishiba agreed to open negotiations on tariffs and other issues.
- July 20: in an Upper House election, the ruling coalition of the Liberal Democratic Party (LDP) and Komeito lost its majority in that chamber.
- July 22: the framework was announced.
- August 29: a federal appeals court held that IEEPA does not authorize the tariffs; they remain in place while the Supreme Court, which will hear arguments in November, considers the case.
- September 7: Ishiba said he would step down once the LDP chooses a new president, a vote set for October 4.

## Autos and Other Sectors

For Japanese cars and auto parts, the Section 232 tariff was lowered to 15% on September 16. From April until that date, Japanese cars paid 27.5%, the 25% Section 232 tariff plus the 2.5% MFN duty. Japan's automakers, whose exports to the United States were valued at about $55 billion last year, had pressed for the cut. The framework does not cover steel and aluminum: imports of both from Japan are subject to 50% tariffs. The Administration has promised Japan treatment no less favorable than other countries' if it imposes Section 232 tariffs on semiconductors or pharmaceuticals, on which it has floated rates as high as 100% or more.

## Japan's Investment Commitment

Under the framework, Japan is to invest $550 billion in U.S. projects that the Administration selects, before January 19, 2029. A memorandum of understanding signed September 4 says profits are to be split evenly until the investments are recouped and 90% to the United States thereafter. Japan's earlier proposal, reported in the press, was for around $400 billion. South Korea, which reached a similar deal on July 30, has pledged $350 billion and likewise faces a 15% tariff; so does the European Union.

## Economic Ties

Japan was, in 2024, the sixth-largest U.S. trading partner. The United States exported $129 billion worth of goods and services to Japan. Goods were $80 billion of that figure. Services: $49 billion. In the other direction, imports reached $192 billion, $150 billion of it in goods and $42 billion in services. The U.S. goods deficit with Japan, $68.5 billion, ranked seventh among U.S. bilateral deficits, and it was smaller than the $71.2 billion of 2023. Japan's direct investment stock in the United States, about $790 billion at the end of 2024, is the largest held by investors of any country; the U.S. position in Japan was $135 billion. Japan remains the biggest foreign holder of U.S. Treasury debt.

## Earlier Agreements

Two agreements negotiated during President Trump's first term, the U.S.-Japan Trade Agreement and the Digital Trade Agreement, have been in effect since 2020. During the Biden Administration, in March 2023, the two countries signed a Critical Minerals Agreement.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "leaders.japan_prime_minister": P("Ishiba", "Shigeru", "Prime Minister Ishiba Shigeru", note="has said he will step down; still prime minister"),
        "tariffs.us_tariff_most_imports": F(15, as_written="A tariff of 15% is now charged on most goods that the United States imports from Japan"),
        "tariffs.ieepa_rate": F(15, period="2025-07", as_written="It is imposed under the International Emergency Economic Powers Act (IEEPA)", note="subject carried from the previous sentence"),
        "tariffs.section232_autos": F(15, as_written="the Section 232 tariff was lowered to 15% on September 16"),
        "framework.announced": D("2025-07-22", as_written="the framework agreement on trade and investment that the two governments reached on July 22, 2025"),
        "framework.investment_pledge": F(550000000000, by="2029-01-19", as_written="Japan is to invest $550 billion in U.S. projects that the Administration selects, before January 19, 2029"),
        "trade.overall_partner_rank": F(6, period="2024", as_written="Japan was, in 2024, the sixth-largest U.S. trading partner"),
        "trade.us_exports_to_japan": F(129000000000, period="2024", as_written="The United States exported $129 billion worth of goods and services to Japan"),
        "trade.us_goods_exports_to_japan": F(80000000000, period="2024", as_written="Goods were $80 billion of that figure"),
        "trade.us_services_exports_to_japan": F(49000000000, period="2024", as_written="Services: $49 billion"),
        "trade.us_imports_from_japan": F(192000000000, period="2024", as_written="imports reached $192 billion"),
        "trade.us_goods_imports_from_japan": F(150000000000, period="2024", as_written="$150 billion of it in goods"),
        "trade.us_services_imports_from_japan": F(42000000000, period="2024", as_written="and $42 billion in services"),
        "trade.goods_deficit": F(68500000000, period="2024", as_written="The U.S. goods deficit with Japan, $68.5 billion"),
        "trade.goods_deficit_rank": F(7, period="2024", as_written="ranked seventh among U.S. bilateral deficits"),
        "trade.japan_fdi_stock_in_us": F(790000000000, q="about", period="2024", as_written="about $790 billion at the end of 2024"),
        "trade.fdi_source_rank": F(1, as_written="is the largest held by investors of any country"),
        "trade.us_fdi_stock_in_japan": F(135000000000, period="2024", as_written="the U.S. position in Japan was $135 billion"),
        "trade.treasury_holder_rank": F(1, as_written="Japan remains the biggest foreign holder of U.S. Treasury debt"),
        "agreements.usjta_in_force": D("2020", as_written="have been in effect since 2020"),
        "agreements.digital_trade_in_force": D("2020", as_written="have been in effect since 2020"),
        "agreements.critical_minerals_signed": D("2023-03", as_written="in March 2023, the two countries signed a Critical Minerals Agreement"),
    },
    "elections": {
        "upper_house_2025": E("Upper House", "2025-07-20", "held", result="LDP-Komeito coalition lost its majority"),
        "ldp_president_2025": E("LDP president", "2025-10-04", "upcoming", note="'once the LDP chooses a new president, a vote set for October 4'"),
    },
    "events": {
        "tariff_talks_announced": EV("Trump and Ishiba agree by telephone to open negotiations", "2025-04-07", "held"),
    },
    "notes": "Traps: 'An executive order of September 4' (implementation, not the announcement); 'announced a \"reciprocal\" rate of 24% for Japan' (announced, superseded); 'a 90-day pause during which a 10% baseline applied' (past); 'Japanese goods would pay 25% from August 1' (threatened); 'August 29: a federal appeals court held that IEEPA does not authorize the tariffs' (not the Supreme Court; no ruling date) and 'the Supreme Court, which will hear arguments in November'; 'September 7: Ishiba said he would step down ... a vote set for October 4' (LDP vote, listed as upcoming ldp_president_2025; Ishiba still PM); 'From April until that date, Japanese cars paid 27.5%, the 25% Section 232 tariff plus the 2.5% MFN duty' (past auto rates); 'about $55 billion last year' (auto exports, not total imports); 'subject to 50% tariffs' (steel/aluminum); 'rates as high as 100% or more' (floated); 'A memorandum of understanding signed September 4' and '90% to the United States thereafter'; 'around $400 billion' (Japan's earlier proposal); 'South Korea ... has pledged $350 billion and likewise faces a 15% tariff; so does the European Union' (other countries); 'smaller than the $71.2 billion of 2023' (earlier year); 'during President Trump's first term' and 'During the Biden Administration' (former president). HTML: the Key Dates list sits in a sidebar box. Judgement: the IEEPA sentence's subject 'It' is the 15% tariff of the previous sentence",
}
