from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "DC2-IF11120-2023-03", "fresh23", "IF11120", 19
TITLE = "U.S.-Japan Trade Agreements and Negotiations"
LAYOUTS = ["pdf", "md"]
PDF_OPTS = ["lig", "quotes"]
CHART = {"unit": "$ billions", "ymax": 160, "ticks": [0, 40, 80, 120, 160],
         "series": ["U.S. goods exports to Japan", "U.S. goods imports from Japan"],
         "bars": {"2018": (75.0, 142.6), "2019": (74.4, 143.6), "2020": (64.1, 119.5), "2021": (74.6, 135.1), "2022": (80.2, 148.1)}}

MD = """
U.S.-Japan Trade Agreements and Negotiations

Updated March 30, 2023

## Where Things Stand

Two limited trade agreements, one on market access and one on digital trade, govern much of the U.S.-Japan commercial relationship today, and a third, narrower pact on critical minerals was added this week. The Biden Administration has not sought to resume the broader negotiations its predecessor began, favoring instead cooperation through the Indo-Pacific Economic Framework for Prosperity (IPEF) and a new cabinet-level "Economic 2+2" dialogue. Japan, which holds the Group of Seven (G7) presidency in 2023 and hosts the leaders' summit in Hiroshima in May, has urged the United States to rejoin the regional trade pact it left in 2017, now the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP). President Joe Biden has shown no inclination to do so, and Prime Minister Kishida Fumio's government has turned its attention to the pending accession of the United Kingdom.

## The Economic Relationship

Japan ranked fourth among U.S. trading partners in 2022, counting both goods and services. Table 1 breaks down the flows.

Table 1. U.S. Trade with Japan, 2022 ($ billions)

| Flow | Goods | Services | Total |
| --- | --- | --- | --- |
| U.S. exports to Japan | 80.2 | 38.9 | 119.1 |
| U.S. imports from Japan | 148.1 | 33.4 | 181.5 |
| Balance | -67.9 | 5.5 | -62.4 |

Source: Bureau of Economic Analysis (BEA), balance of payments basis.

The goods shortfall, at $67.9 billion, was the sixth-largest the United States ran with any trading partner that year, after those with China, Mexico, Vietnam, Canada, and Germany. Motor vehicles and parts make up roughly a third of U.S. goods imports from Japan (Figure 1).

**Figure 1. U.S. Goods Trade with Japan, 2018-2022**

Source: U.S. Census Bureau. Goods only; no value labels.

Japanese investment in the United States is larger than that of any other country. The stock of it reached $721.7 billion at year-end 2021, by BEA's count; U.S. direct investment in Japan amounted to roughly $118 billion that year. Japan is also the top foreign holder of U.S. Treasury securities, with some $1.1 trillion in January.

## How the Current Agreements Came About

The Trump Administration notified Congress in October 2018 of its intent to negotiate with Japan, weeks after a September 26 joint statement in which the two leaders agreed to talks. The opening round took place in Washington on April 15 and 16, 2019. Pressure on Tokyo grew with President Donald Trump's May 17, 2019, proclamation under Section 232 of the Trade Expansion Act of 1962, which declared imports of autos and parts a threat to U.S. national security and directed talks with Japan and the European Union; tariffs of up to 25% that the Commerce Department had floated were never imposed. A joint statement of September 25, 2019, issued by Trump and then-Prime Minister Abe Shinzo on the sidelines of the U.N. General Assembly, declared the first stage finished.

On Monday, October 7, 2019, U.S. and Japanese representatives signed the U.S.-Japan Trade Agreement (USJTA) and a separate U.S.-Japan Digital Trade Agreement. Neither needed a vote in Congress, and both went into effect on the first day of the following year, January 1, 2020. Under the USJTA, Japan is phasing its beef tariff down from 38.5% to 9% by FY2033, and the United States cut or removed tariffs on some $7.2 billion of Japanese industrial goods. The "stage two" talks that the USJTA anticipated, which were to begin within four months of its entry into force, never started.

## Steel, Aluminum, and Critical Minerals

Since April 1, 2022, a tariff-rate quota has allowed up to 1.25 million metric tons of Japanese steel a year to enter free of the 25% Section 232 steel duty.

Japan's Ambassador Tomita Koji and U.S. Trade Representative Katherine Tai signed a Critical Minerals Agreement (CMA) on Tuesday, March 28. The Administration intends the pact to let minerals extracted or processed in Japan count toward the clean vehicle tax credit of the Inflation Reduction Act (P.L. 117-169) as if they came from a free trade agreement partner. Some Members of Congress have questioned whether a pact not submitted to Congress can serve that purpose.

## Issues for Congress

- Whether to press for broader talks, including on services, insurance, and agriculture left out of the USJTA.
- Oversight of the CMA and of similar pacts under discussion with the European Union.
- The role of IPEF, whose trade pillar does not offer tariff cuts, in U.S. economic strategy in Asia.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Mark E. Manyin**, Specialist in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden has shown no inclination to do so"),
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Kishida Fumio's government has turned its attention to"),
        "trade.overall_partner_rank": F(4, period="2022", as_written="Japan ranked fourth among U.S. trading partners in 2022, counting both goods and services"),
        "trade.us_exports_to_japan": F(119100000000, period="2022", as_written="Table 1: U.S. exports to Japan | 80.2 | 38.9 | 119.1", note="Total column, $ billions in the caption"),
        "trade.us_goods_exports_to_japan": F(80200000000, period="2022", as_written="Table 1: U.S. exports to Japan | 80.2", note="Goods column"),
        "trade.us_services_exports_to_japan": F(38900000000, period="2022", as_written="Table 1: U.S. exports to Japan | 80.2 | 38.9", note="Services column"),
        "trade.us_imports_from_japan": F(181500000000, period="2022", as_written="Table 1: U.S. imports from Japan | 148.1 | 33.4 | 181.5", note="Total column"),
        "trade.us_goods_imports_from_japan": F(148100000000, period="2022", as_written="Table 1: U.S. imports from Japan | 148.1", note="Goods column"),
        "trade.us_services_imports_from_japan": F(33400000000, period="2022", as_written="Table 1: U.S. imports from Japan | 148.1 | 33.4", note="Services column"),
        "trade.goods_deficit": F(67900000000, period="2022", as_written="The goods shortfall, at $67.9 billion, was the sixth-largest the United States ran with any trading partner that year"),
        "trade.goods_deficit_rank": F(6, period="2022", as_written="was the sixth-largest the United States ran with any trading partner that year, after those with China, Mexico, Vietnam, Canada, and Germany"),
        "trade.fdi_source_rank": F(1, as_written="Japanese investment in the United States is larger than that of any other country"),
        "trade.japan_fdi_stock_in_us": F(721700000000, period="2021", as_written="The stock of it reached $721.7 billion at year-end 2021, by BEA's count", note="subject carried by 'of it'"),
        "trade.us_fdi_stock_in_japan": F(118000000000, "about", period="2021", as_written="U.S. direct investment in Japan amounted to roughly $118 billion that year"),
        "trade.treasury_holder_rank": F(1, period="2023-01", as_written="Japan is also the top foreign holder of U.S. Treasury securities, with some $1.1 trillion in January"),
        "agreements.usjta_signed": D("2019-10-07", as_written="On Monday, October 7, 2019, U.S. and Japanese representatives signed the U.S.-Japan Trade Agreement (USJTA)"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="both went into effect on the first day of the following year, January 1, 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="both went into effect on the first day of the following year, January 1, 2020"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="signed a Critical Minerals Agreement (CMA) on Tuesday, March 28", note="year not written: that of the Updated date ('added this week')"),
    },
    "elections": {},
    "events": {
        "first_negotiating_round": EV("first round of U.S.-Japan trade negotiations", "2019-04", "held"),
        "section232_autos_proclamation": EV("Section 232 auto proclamation", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("joint statement declaring the first stage finished", "2019-09-25", "held"),
    },
    "notes": "Traps: 'the regional trade pact it left in 2017'; 'hosts the leaders' summit in Hiroshima in May'; Table 1 'Balance | -67.9 | 5.5 | -62.4' (services surplus and total balance are not the goods deficit); 'after those with China, Mexico, Vietnam, Canada, and Germany' (five others: rank 6); 'roughly a third of U.S. goods imports' (a share); Figure 1 (goods, 2018-2022, $ billions; axis ticks 0-160, no value labels); 'some $1.1 trillion in January' (Treasury holdings, no fact); 'notified Congress in October 2018' and 'a September 26 joint statement in which the two leaders agreed to talks' (the 2018 statement, not tariff_talks_announced); 'on April 15 and 16, 2019' (a span: first_negotiating_round dated 2019-04); 'tariffs of up to 25% that the Commerce Department had floated were never imposed' (no Section 232 auto rate); 'then-Prime Minister Abe Shinzo' and 'President Donald Trump's' (former leaders); 'the first day of the following year, January 1, 2020'; 'from 38.5% to 9% by FY2033'; 'some $7.2 billion of Japanese industrial goods'; 'within four months of its entry into force'; 'Since April 1, 2022', '1.25 million metric tons' and 'the 25% Section 232 steel duty' (steel, not autos and not most imports); 'on Tuesday, March 28' (year from the Updated date); 'P.L. 117-169'; PDF ligatures and curly quotes",
}
