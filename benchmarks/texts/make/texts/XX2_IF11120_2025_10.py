from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "XX2-IF11120-2025-10", "fresh14", "IF11120", 22
TITLE = "U.S.-Japan Trade Agreements and Tariff Negotiations"
LAYOUTS = ["html", "pdf"]
PDF_OPTS = ["lig", "hyph"]
SIDEBAR = "The Court Challenge"
CHART = {"unit": "$ billions", "ymax": 50, "ticks": [0, 10, 20, 30, 40, 50],
         "series": ["Vehicles", "Parts"],
         "bars": {"2020": (32.9, 12.4), "2021": (33.6, 13.8), "2022": (35.1, 14.6), "2023": (40.9, 15.3), "2024": (39.7, 15.1)}}

MD = """
U.S.-Japan Trade Agreements and Tariff Negotiations

Updated October 15, 2025

## Where Things Stand

The two governments are putting a July trade and investment framework into effect while politics in Tokyo are in flux. Prime Minister Ishiba Shigeru, who said on September 7 that he would resign, remains in office until the Diet chooses a successor. The Liberal Democratic Party (LDP) elected Takaichi Sanae as its president on October 4, but on October 10 Komeito, the LDP's partner in government since 1999, left the coalition, clouding the Diet vote on the next prime minister. President Donald Trump is to visit Tokyo later this month.

## What Rate Do Japanese Goods Pay Now?

Since August 7, 2025, most imports from Japan have been subject to a 15% tariff under the International Emergency Economic Powers Act (IEEPA). It is levied in place of, not in addition to, most-favored-nation (MFN) duties: a good whose MFN rate is below 15% pays 15% in total, while one whose MFN rate is 15% or higher pays only the MFN rate.

For roughly four weeks, customs officials collected the 15% on top of MFN duties, so that a product with a 5% MFN rate paid 20%, until an executive order signed September 4 applied the agreed structure retroactively.

The rate caps months of escalation. A 10% baseline tariff applied to Japanese goods from April 5. The "reciprocal" rate of 24% that the President had announced for Japan on April 2 took effect on April 9 and was suspended the same day, and in a July 7 letter to Ishiba he threatened 25% from August 1.

Autos are covered separately, under Section 232 of the Trade Expansion Act of 1962. Since April 3, Japanese cars had paid a 25% Section 232 tariff on top of the 2.5% MFN duty, or 27.5% in all; parts followed on May 3. Under the framework, the combined rate fell to fifteen percent, effective September 16. Steel and aluminum remain outside the deal, at 50% since June 4 (Table 1).

Table 1. U.S. Tariffs on Selected Goods from Japan, Three Dates in 2025

| Goods | Jan. 1 | June 1 | Oct. 15 |
| --- | --- | --- | --- |
| Most goods | MFN | MFN+10% | 15% (a) |
| Passenger cars | 2.5% | 27.5% | 15% |
| Steel, aluminum | 25% | 25% | 50% |
| Civil aircraft | 0% | 10% | 0% |

Notes: MFN = most-favored-nation rate. (a) Inclusive of MFN; goods with MFN rates of 15% or more pay MFN only.

## The July Framework

President Trump first announced the framework on July 22, 2025, after Japan's chief negotiator, Akazawa Ryosei, made his eighth trip to Washington. The negotiations had been set in motion by an April 7 telephone call between Trump and Ishiba; the first ministerial round followed in Washington on April 16. A memorandum of understanding on investment and the executive order implementing the tariff terms were both signed on September 4.

Japan's investment pledge is the framework's centerpiece. Japan is to provide $550 billion for U.S. projects selected by the U.S. government, financed chiefly through government-affiliated lenders, by the final full day of the current presidential term (January 19, 2029). Until Japan recoups its contribution, profits are to be shared equally; afterward, 90% is to go to the United States. If Japan declines to fund a project within 45 business days, the President may raise tariffs.

Japan also agreed to buy 100 Boeing aircraft and $8 billion of U.S. farm goods a year.

## The Court Challenge

The IEEPA tariffs, Japan's 15% among them, face a legal challenge. On August 29, the U.S. Court of Appeals for the Federal Circuit held, 7-4, that IEEPA does not authorize them, but left them in place pending review. The Supreme Court agreed on September 9 to hear the case and set oral argument for November 5. If it loses, the Administration could turn to Section 122 of the Trade Act of 1974, which permits a surcharge of up to 15% for no more than 150 days, or to Section 301.

**Figure 1. U.S. Imports of Motor Vehicles and Parts from Japan, 2020-2024**

Source: U.S. Census Bureau; HTS chapter 87 and selected parts headings.

## How Large Is the Relationship?

Two-way trade in goods and services came to about $321 billion in 2024, good for sixth place among U.S. partners when the European Union is counted as one. Services made up $49.4 billion of the $129.1 billion in U.S. exports to Japan; the other $79.7 billion was goods. Imports from Japan, at $192.4 billion, leaned more heavily toward goods ($149.6 billion) than services ($42.8 billion). Motor vehicles and parts alone account for more than a third of U.S. goods imports from Japan (Figure 1).

On a Census basis, the U.S. goods deficit with Japan was $68.5 billion in 2024, smaller than those with six other partners (Table 2). In the first seven months of 2025, it totaled roughly $40 billion.

Table 2. Largest U.S. Goods Trade Deficits, 2024

| Partner | Place | $ billions |
| --- | --- | --- |
| China | 1 | 295.4 |
| Mexico | 2 | 171.8 |
| Vietnam | 3 | 123.5 |
| Ireland | 4 | 86.7 |
| Germany | 5 | 84.8 |
| Taiwan | 6 | 73.9 |
| Japan | 7 | 68.5 |

Source: U.S. Census Bureau.

Japanese firms' U.S. direct investment position, $754.1 billion at the end of 2024, leads all countries for a sixth straight year; the U.S. position in Japan that year was far smaller, at about $136 billion. Japanese investors held $1.15 trillion of U.S. Treasury securities at the end of July 2025, roughly $250 billion more than investors in the United Kingdom, the next-largest foreign holder. China's holdings, about $730 billion, have fallen to third.

## Earlier Agreements

During President Trump's first term, formal talks opened in April 2019 and produced a first-stage package that President Trump and then-Prime Minister Abe Shinzo declared complete in New York on September 25, 2019. The resulting U.S.-Japan Trade Agreement (USJTA; signed October 7, 2019; in force January 1, 2020) cut Japanese tariffs on some $7.2 billion of U.S. farm exports; a companion Digital Trade Agreement (same dates) covered e-commerce. In March 2023, the Biden Administration signed a Critical Minerals Agreement with Japan. A new framework on critical minerals and rare earths may be signed during the President's visit.

## Politics in Tokyo

The LDP-Komeito coalition lost its Lower House majority in October 2024 and its Upper House majority in the July 20, 2025, election. Takaichi defeated Koizumi Shinjiro in a runoff, 185 votes to 156, and has said she would carry out the agreement. Without Komeito's 24 Lower House seats, the LDP will need support from Ishin or the Democratic Party for the People to secure her election as prime minister.

## Issues for Congress

- Oversight of how projects under the $550 billion commitment are selected.
- Whether pending Section 232 actions on semiconductors and pharmaceuticals will respect the 15% ceiling promised to Japan.
- Whether the framework, which has no signed agreement text, requires congressional approval.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump is to visit Tokyo later this month"),
        "leaders.japan_prime_minister": P("Ishiba", "Shigeru", "Prime Minister Ishiba Shigeru", note="remains in office until the Diet chooses a successor; Takaichi is LDP president only"),
        "tariffs.us_tariff_most_imports": F(15, period="2025-08-07", as_written="Since August 7, 2025, most imports from Japan have been subject to a 15% tariff", note="inclusive of MFN; Table 1's Oct. 15 column"),
        "tariffs.ieepa_rate": F(15, period="2025-08-07", as_written="a 15% tariff under the International Emergency Economic Powers Act (IEEPA)"),
        "tariffs.section232_autos": F(15, period="2025-09-16", as_written="Under the framework, the combined rate fell to fifteen percent, effective September 16"),
        "framework.announced": D("2025-07-22", as_written="President Trump first announced the framework on July 22, 2025"),
        "framework.investment_pledge": F(550000000000, by="2029-01-19", as_written="Japan is to provide $550 billion ... by the final full day of the current presidential term (January 19, 2029)"),
        "trade.overall_partner_rank": F(6, period="2024", as_written="good for sixth place among U.S. partners when the European Union is counted as one"),
        "trade.us_exports_to_japan": F(129100000000, period="2024", as_written="the $129.1 billion in U.S. exports to Japan"),
        "trade.us_services_exports_to_japan": F(49400000000, period="2024", as_written="Services made up $49.4 billion of the $129.1 billion"),
        "trade.us_goods_exports_to_japan": F(79700000000, period="2024", as_written="the other $79.7 billion was goods"),
        "trade.us_imports_from_japan": F(192400000000, period="2024", as_written="Imports from Japan, at $192.4 billion"),
        "trade.us_goods_imports_from_japan": F(149600000000, period="2024", as_written="leaned more heavily toward goods ($149.6 billion)"),
        "trade.us_services_imports_from_japan": F(42800000000, period="2024", as_written="than services ($42.8 billion)"),
        "trade.goods_deficit": F(68500000000, period="2024", as_written="On a Census basis, the U.S. goods deficit with Japan was $68.5 billion in 2024"),
        "trade.goods_deficit_rank": F(7, period="2024", as_written="smaller than those with six other partners (Table 2)", note="Table 2: Japan | 7"),
        "trade.japan_fdi_stock_in_us": F(754100000000, period="2024", as_written="Japanese firms' U.S. direct investment position, $754.1 billion at the end of 2024"),
        "trade.fdi_source_rank": F(1, period="2024", as_written="leads all countries for a sixth straight year"),
        "trade.us_fdi_stock_in_japan": F(136000000000, "about", period="2024", as_written="the U.S. position in Japan that year was far smaller, at about $136 billion"),
        "trade.treasury_holder_rank": F(1, period="2025-07", as_written="roughly $250 billion more than investors in the United Kingdom, the next-largest foreign holder"),
        "agreements.usjta_signed": D("2019-10-07", as_written="(USJTA; signed October 7, 2019; in force January 1, 2020)"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="(USJTA; signed October 7, 2019; in force January 1, 2020)"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="a companion Digital Trade Agreement (same dates)", note="dates carried from the USJTA parenthesis"),
        "agreements.critical_minerals_signed": D("2023-03", as_written="In March 2023, the Biden Administration signed a Critical Minerals Agreement with Japan"),
    },
    "elections": {
        "ldp_president_2025": E("LDP president", "2025-10-04", "held", result="Takaichi Sanae defeated Koizumi Shinjiro in a runoff, 185 to 156"),
        "upper_house_2025": E("Upper House", "2025-07-20", "held", result="coalition lost its majority"),
        "lower_house_2024": E("Lower House", "2024-10", "held", result="coalition lost its majority"),
    },
    "events": {
        "tariff_talks_announced": EV("Trump-Ishiba telephone call sets negotiations in motion", "2025-04-07", "held"),
        "first_negotiating_round": EV("formal USJTA talks open", "2019-04", "held"),
        "stage_one_deal_finalized": EV("first-stage package declared complete in New York", "2019-09-25", "held"),
    },
    "notes": "Traps: 'Takaichi Sanae as its president on October 4' (LDP president, not yet prime minister) and 'then-Prime Minister Abe Shinzo'; 'said on September 7 that he would resign'; 'the LDP's partner in government since 1999'; 'one whose MFN rate is 15% or higher pays only the MFN rate'; 'For roughly four weeks ... a product with a 5% MFN rate paid 20%' and 'an executive order signed September 4'; 'A 10% baseline tariff applied to Japanese goods from April 5' (superseded); 'The \"reciprocal\" rate of 24% ... took effect on April 9 and was suspended the same day'; 'he threatened 25% from August 1'; 'Section 232 of the Trade Expansion Act of 1962'; 'a 25% Section 232 tariff on top of the 2.5% MFN duty, or 27.5% in all' (the earlier auto rate) and 'parts followed on May 3'; 'Steel and aluminum ... at 50% since June 4' (sectoral); Table 1's 'Jan. 1' and 'June 1' columns (earlier rates; only 'Oct. 15', the text's date, is current) and its steel and aircraft rows; 'made his eighth trip to Washington'; 'the first ministerial round followed in Washington on April 16' (2025 talks, not `first_negotiating_round`); 'A memorandum of understanding ... signed on September 4' (not the framework's announcement); 'profits are to be shared equally; afterward, 90%'; 'within 45 business days'; '100 Boeing aircraft', '$8 billion of U.S. farm goods a year'; sidebar 'The Court Challenge' (HTML aside; Figure 1 floated into it): 'On August 29, the U.S. Court of Appeals for the Federal Circuit held, 7-4' (not the Supreme Court ruling: no `tariffs.ieepa_ruling`), 'The Supreme Court agreed on September 9 ... oral argument for November 5', 'a surcharge of up to 15% for no more than 150 days' (an authority, no surcharge imposed: no `tariffs.section122_surcharge`); Figure 1 ('$ billions', ticks 0-50, no values; 'HTS chapter 87'); 'about $321 billion' (two-way total); 'more than a third of U.S. goods imports' (a fraction, no fact); 'In the first seven months of 2025, it totaled roughly $40 billion' (partial year); Table 2's other partners and their places 1-6; 'for a sixth straight year' (not a rank); '$1.15 trillion' and 'China's holdings, about $730 billion, have fallen to third' (another country's place); 'some $7.2 billion of U.S. farm exports'; 'A new framework on critical minerals and rare earths may be signed during the President's visit' (planned, not the 2023 CMA); 'Komeito's 24 Lower House seats'; 'a runoff, 185 votes to 156'; Issues bullet list ('the 15% ceiling promised to Japan' for pending Section 232 actions); PDF ligatures and hyphenated line ends",
}
