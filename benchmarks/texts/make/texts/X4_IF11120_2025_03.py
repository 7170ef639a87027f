from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "X4-IF11120-2025-03", "tune3", "IF11120", 18
TITLE = "U.S.-Japan Trade Agreements and Negotiations"
LAYOUTS = ["html", "pdf", "interleaved"]
PDF_OPTS = ["lig", "quotes", "nbsp", "hyph"]
SIDEBAR = "Tariffs on Selected Japanese Goods"
CHART = {"unit": "$ billions", "ymax": 1000, "ticks": [0, 250, 500, 750, 1000],
         "bars": {"Canada": [921], "Mexico": [899], "China": [688], "Germany": [337], "U.K.": [324], "Japan": [321]},
         "series": ["Goods and services trade, 2024"]}

MD = """
U.S.-Japan Trade Agreements and Negotiations

Updated March 18, 2025

## Key Points

- President Donald J. Trump has not announced tariffs aimed specifically at Japan in his second term, but Japanese exporters are exposed to several of his trade actions, most directly the expanded Section 232 tariffs on steel and aluminum that took effect March 12.
- Prime Minister Ishiba Shigeru met the President at the White House on February 7; their joint statement anticipated that Japan's direct investment in the United States, already the largest of any country, could grow to $1 trillion.
- Two agreements from President Trump's first term remain in force, as does a 2023 critical minerals agreement. No new trade negotiations have been announced.

## Trump Administration Tariff Actions

Since returning to office on January 20, 2025, the President has used several statutory authorities to raise tariffs. On February 10, he proclaimed that the 25% Section 232 tariff on steel would apply to every trading partner without exemptions or quotas, ending the tariff-rate quota under which a set volume of Japanese steel had entered duty-free since April 2022, and he raised the Section 232 tariff on aluminum from 10% to 25%. Both changes took effect March 12; Japan's request to be exempted was not granted. On March 4, tariffs of 25% on most goods from Canada and Mexico took effect (many were suspended two days later), and the additional tariff on Chinese goods doubled to 20%.

The President has also said he intends to impose tariffs "in the neighborhood of 25%" on imported automobiles, possibly as early as April 2, and has directed his trade officials to propose "reciprocal" tariffs tailored to each trading partner by about the same date. Those reviews may treat Japan's 10% consumption tax and its auto safety and certification standards as barriers. Motor vehicles and parts, some $55 billion of U.S. imports from Japan last year, are the country's largest export to the United States; passenger cars now pay a 2.5% U.S. tariff. The auto threat is not new: in May 2019, during his first term, President Trump declared auto and parts imports a threat to national security, but no tariffs followed.

## Tariffs on Selected Japanese Goods

Table 1. U.S. Tariffs on Selected Imports from Japan, March 2025

| Product | Rate | Basis |
| --- | --- | --- |
| Steel | 25% | Sec. 232 |
| Aluminum | 25% | Sec. 232 |
| Passenger cars | 2.5% | MFN |
| Light trucks | 25% | MFN |

Notes: The aluminum rate rose from 10% on March 12, 2025. The President has said auto tariffs of about 25% could follow in April.

## Japanese Politics and the Nippon Steel Case

Ishiba became Prime Minister on October 1, 2024, succeeding Kishida Fumio, and called an early election. In the October 27, 2024, Lower House election, his Liberal Democratic Party (LDP) and its partner Komeito fell short of a majority, and he now heads a minority government that depends on opposition votes to pass legislation. Half of the Upper House is to be elected in July 2025.

On January 3, 2025, then-President Joe Biden blocked Nippon Steel's proposed $14.9 billion acquisition of U.S. Steel on national security grounds; the companies have sued. At the February 7 summit, President Trump said Nippon Steel would instead make a large investment in U.S. Steel without taking control.

## Trade and Investment Ties

**Figure 1. Top U.S. Trade Partners, 2024**

Source: CRS, with Bureau of Economic Analysis (BEA) data. Goods and services trade.

Japan was the sixth-largest U.S. trading partner in 2024, counting goods and services (Figure 1); as recently as 2019 it ranked fourth. U.S. sales of services to Japan, chiefly travel, royalties and license fees, and financial services, came to $49.4 billion in 2024, and goods exports to $79.7 billion, for a combined $129.1 billion. In the other direction, Americans bought $192.4 billion worth of Japanese goods and services: goods, led by cars, accounted for $149.6 billion, and services for $42.8 billion. Measured on a Census basis, the U.S. goods deficit with Japan was $68.5 billion, seventh among U.S. bilateral goods deficits and down from about $71 billion in 2023.

Japan has been the largest source of foreign direct investment (FDI) in the United States every year since 2019. Its FDI stock reached $783.3 billion at the end of 2023, according to BEA. U.S. direct investment in Japan that year was just under $134 billion. Japan also held $1.06 trillion in U.S. Treasury securities at the end of 2024, more than any other foreign country; China, with about $760 billion, ranks second.

## Existing Agreements

Two agreements signed in 2019, during President Trump's first term, entered into force in 2020: the U.S.-Japan Trade Agreement (USJTA), under which Japan cut tariffs on about $7 billion of U.S. agricultural exports, and the U.S.-Japan Digital Trade Agreement. On March 28, 2023, the Biden Administration signed a Critical Minerals Agreement (CMA) with Japan, allowing certain minerals processed in Japan to count toward the electric vehicle tax credit; the Trump Administration has not said whether it will keep the agreement. Some Members of Congress had argued that the CMA required congressional approval.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald J. Trump"),
        "leaders.japan_prime_minister": P("Ishiba", "Shigeru", "Prime Minister Ishiba Shigeru"),
        "trade.overall_partner_rank": F(6, period="2024", as_written="Japan was the sixth-largest U.S. trading partner in 2024, counting goods and services"),
        "trade.us_exports_to_japan": F(129100000000, period="2024", as_written="for a combined $129.1 billion"),
        "trade.us_goods_exports_to_japan": F(79700000000, period="2024", as_written="and goods exports to $79.7 billion"),
        "trade.us_services_exports_to_japan": F(49400000000, period="2024", as_written="U.S. sales of services to Japan ... came to $49.4 billion in 2024"),
        "trade.us_imports_from_japan": F(192400000000, period="2024", as_written="Americans bought $192.4 billion worth of Japanese goods and services"),
        "trade.us_goods_imports_from_japan": F(149600000000, period="2024", as_written="goods, led by cars, accounted for $149.6 billion"),
        "trade.us_services_imports_from_japan": F(42800000000, period="2024", as_written="and services for $42.8 billion"),
        "trade.goods_deficit": F(68500000000, period="2024", as_written="Measured on a Census basis, the U.S. goods deficit with Japan was $68.5 billion"),
        "trade.goods_deficit_rank": F(7, period="2024", as_written="seventh among U.S. bilateral goods deficits"),
        "trade.japan_fdi_stock_in_us": F(783300000000, period="2023", as_written="Its FDI stock reached $783.3 billion at the end of 2023"),
        "trade.fdi_source_rank": F(1, as_written="Japan has been the largest source of foreign direct investment (FDI) in the United States every year since 2019"),
        "trade.us_fdi_stock_in_japan": F(134000000000, q="under", period="2023", as_written="U.S. direct investment in Japan that year was just under $134 billion"),
        "trade.treasury_holder_rank": F(1, as_written="Japan also held $1.06 trillion in U.S. Treasury securities at the end of 2024, more than any other foreign country"),
        "agreements.usjta_signed": D("2019", as_written="Two agreements signed in 2019"),
        "agreements.usjta_in_force": D("2020", as_written="entered into force in 2020"),
        "agreements.digital_trade_in_force": D("2020", as_written="entered into force in 2020"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="On March 28, 2023, the Biden Administration signed a Critical Minerals Agreement (CMA) with Japan"),
    },
    "elections": {
        "lower_house_2024": E("Lower House", "2024-10-27", "held", result="LDP-Komeito coalition fell short of a majority"),
        "upper_house_2025": E("Upper House", "2025-07", "upcoming"),
    },
    "events": {
        "section232_autos_proclamation": EV("Trump declares auto and parts imports a national security threat; no tariffs followed", "2019-05", "held"),
    },
    "notes": "Traps: 'could grow to $1 trillion' (projection of the FDI stock, not framework.investment_pledge); 'the 25% Section 232 tariff on steel' and 'raised the Section 232 tariff on aluminum from 10% to 25%' (steel/aluminum, not a tariff on most imports); 'duty-free since April 2022' (steel TRQ); 'tariffs of 25% on most goods from Canada and Mexico' and 'doubled to 20%' (other countries); 'tariffs \"in the neighborhood of 25%\" on imported automobiles, possibly as early as April 2' and 'auto tariffs of about 25% could follow in April' (threatened: tariffs.section232_autos not stated); '\"reciprocal\" tariffs' (no rate); 'Japan's 10% consumption tax'; 'some $55 billion of U.S. imports from Japan last year' (autos, part of goods imports); 'passenger cars now pay a 2.5% U.S. tariff' and Table 1 ('Passenger cars | 2.5% | MFN', 'Light trucks | 25% | MFN', 'Steel | 25%', 'Aluminum | 25%'); 'succeeding Kishida Fumio' (former PM); 'then-President Joe Biden' and 'the Biden Administration' (former president); 'Nippon Steel's proposed $14.9 billion acquisition'; 'as recently as 2019 it ranked fourth' (past rank); 'down from about $71 billion in 2023' (earlier deficit); 'every year since 2019' (a year, not a rank); 'China, with about $760 billion, ranks second' (China's rank); 'about $7 billion of U.S. agricultural exports' (tariff coverage); Figure 1 bars (Canada, Mexico, China, Germany, U.K., Japan; axis ticks 0-1000, no values). Judgement: no tariff on most imports from Japan is stated (only sectoral, MFN and threatened rates); the 2019 proclamation 'in May 2019 ... declared auto and parts imports a threat to national security' is section232_autos_proclamation at month precision; the Lower House election of October 27, 2024 is held and the Upper House election 'in July 2025' upcoming; 'just under $134 billion' is under 134e9 with 2023 carried by 'that year'; the goods deficit on a Census basis ($68.5 billion) is stated as written although BEA-basis goods figures differ. HTML: Table 1 and its notes sit in the sidebar box 'Tariffs on Selected Japanese Goods'",
}
