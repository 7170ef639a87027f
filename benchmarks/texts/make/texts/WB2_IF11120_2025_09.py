from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "WB2-IF11120-2025-09", "fresh43", "IF11120", 21
TITLE = "U.S.-Japan Trade Agreements and Tariff Negotiations"
LAYOUTS = ["md", "layout"]
PDF_OPTS = ["quotes", "nbsp"]
CHART = {"unit": "$ billions", "ymax": 200, "ticks": [0, 50, 100, 150, 200],
         "series": ["Exports to Japan", "Imports from Japan"],
         "bars": {"2020": (114.9, 161.0), "2021": (112.2, 167.8), "2022": (120.1, 180.3), "2023": (121.3, 183.9), "2024": (129.1, 190.5)}}

MD = """
U.S.-Japan Trade Agreements and Tariff Negotiations

Updated September 24, 2025

## Overview

Most goods that the United States imports from Japan now enter under a 15% tariff, the rate that President Donald Trump set for Japan under the International Emergency Economic Powers Act (IEEPA) and that has been collected since August 7, 2025. The rate reflects a bilateral framework the two governments reached in July. A September 4 executive order put the framework's tariff terms into U.S. law, and a memorandum of understanding (MOU) signed the same day set out how Japan's promised investment in the United States is to be chosen and financed.

The arrangement leaves several questions open for Congress: whether the IEEPA tariffs will survive litigation now before the Supreme Court, how the investment commitment will work in practice, and whether political change in Tokyo could unsettle the deal. Prime Minister Ishiba Shigeru announced on September 7 that he would resign once his party chooses a successor.

## From Threats to a Framework

The Administration said on April 7, 2025, that it would open negotiations with Japan covering tariffs, non-tariff barriers, currency, and subsidies. Japan's chief negotiator, Economic Revitalization Minister Akazawa Ryosei, traveled to Washington eight times over the following months. Key steps along the way:

- April 2: the President announced a 24% "reciprocal" tariff on Japan, suspended a week later in favor of a 10% baseline that took effect April 5
- April 3: a 25% tariff on imported passenger vehicles under Section 232 of the Trade Expansion Act of 1962 began, on top of the 2.5% most-favored-nation (MFN) duty
- June 4: duties on steel and aluminum were doubled to 50%
- July 7: a letter from the President warned Japan of a 25% rate from August 1 if no deal was reached

President Trump announced the framework on July 22, 2025, calling it perhaps the largest trade deal ever made. Japan would face a 15% tariff in place of the higher rate threatened. For goods whose MFN duty is already 15% or more, no IEEPA duty is added; for others, the combined charge is 15%. Implementation was slow: the rate took effect on August 7 with the reciprocal tariffs for other partners, and the no-stacking treatment was applied only by the September order, retroactively.

## Terms of the Framework

As set out by the two governments, the framework's main elements are these:

- **Investment.** Japan is to invest $550 billion in U.S. projects chosen by the President, on the advice of an investment committee chaired by the Secretary of Commerce, before January 19, 2029. Japanese entities are to provide funds within 45 days of a project's selection. Cash flow is to be shared equally until a deemed allocation is reached, after which the United States receives 90%.
- **Autos.** The Section 232 tariff on Japanese cars and auto parts falls to 15%, counting the MFN duty, for goods entered on or after September 16, 2025, down from the combined 27.5% charged since the spring.
- **Other sectors.** Any future Section 232 tariffs on semiconductors and pharmaceuticals are to be no higher than those applied to other partners; the 50% rates on steel and aluminum are unchanged.
- **Purchases and access.** Japan is to raise purchases of U.S. rice by 75% within its existing minimum-access quota, buy $8 billion a year of U.S. agricultural goods, and order 100 Boeing aircraft.

Officials in Tokyo have stressed that only a small share of the $550 billion, perhaps 1% to 2%, would be direct equity, with the rest in loans and loan guarantees from government-backed lenders. South Korea has made a $350 billion pledge under a similar deal, and the European Union one of $600 billion.

## Legal Challenges

On August 29, the U.S. Court of Appeals for the Federal Circuit ruled 7-4 that IEEPA does not authorize the reciprocal tariffs, affirming a May trade court decision, but it left the duties in place pending review. The Supreme Court agreed on September 9 to hear the case and has scheduled oral argument for the first week of November. If the tariffs fall, the Administration has said it could turn to other authorities, such as Section 338 of the Tariff Act of 1930, which permits duties of up to 50% on countries that discriminate against U.S. commerce. The auto tariffs rest on Section 232 and are not at issue.

## Politics in Tokyo

Ishiba's coalition of the Liberal Democratic Party (LDP) and Komeito lost its majority in the Lower House in October 2024, and then in the Upper House on July 20, 2025, when it won 47 of the 125 seats contested. The LDP will elect a new president on October 4. Most candidates have said they will honor the tariff deal, though some have questioned the investment terms.

## Trade and Investment Ties

Japan was the sixth-largest U.S. trading partner in 2024, counting goods and services. U.S. exports to Japan came to $129.1 billion that year, of which $79.7 billion were goods and $49.4 billion services. Imports from Japan were $190.5 billion: $148.2 billion of goods and $42.3 billion of services (Figure 1).

**Figure 1. U.S. Trade with Japan, Goods and Services, 2020-2024**

Source: Bureau of Economic Analysis. Census Bureau figures for goods.

The goods deficit with Japan was $68.5 billion in 2024, seventh among U.S. trading partners, after running at $71.6 billion a year earlier; vehicles and parts made up roughly a third of imports. Through July 2025, the goods gap was running well below last year's pace as imports of cars fell.

Japan is also the largest source of foreign direct investment (FDI) in the United States, with a stock of $783.7 billion at the end of 2024, up from $469 billion at the end of 2017. U.S. FDI in Japan totaled roughly $130 billion. Japan is, in addition, the top foreign holder of U.S. Treasury securities, with about $1.15 trillion in July 2025, followed by the United Kingdom and China.

## Earlier Agreements

Talks on the current generation of agreements began in April 2019, a month before President Trump's May 17, 2019, proclamation declaring that auto imports threatened national security. On September 25, 2019, Trump and then-Prime Minister Abe Shinzo announced that they had finalized a limited "stage one" deal. The U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement were signed on October 7, 2019, and both entered into force on January 1, 2020. The USJTA reduced or eliminated Japanese tariffs on about $7.2 billion of U.S. farm exports; a second stage of talks, to have begun within four months of entry into force, never took place. On March 28, 2023, the Biden Administration signed a Critical Minerals Agreement with Japan, which allows certain Japanese minerals to count toward the clean vehicle tax credit enacted in 2022.

## Issues for Congress

Members have asked whether an executive order and a nonbinding MOU give the framework any legal durability, how investment projects will be selected and disclosed, and whether the investment committee's role requires congressional oversight. Some have proposed legislation requiring congressional approval for tariffs imposed under emergency authorities.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "leaders.japan_prime_minister": P("Ishiba", "Shigeru", "Prime Minister Ishiba Shigeru", note="announced his resignation; still prime minister at the cover date"),
        "tariffs.us_tariff_most_imports": F(15, as_written="Most goods that the United States imports from Japan now enter under a 15% tariff"),
        "tariffs.ieepa_rate": F(15, as_written="the rate that President Donald Trump set for Japan under the International Emergency Economic Powers Act (IEEPA) and that has been collected since August 7, 2025"),
        "tariffs.section232_autos": F(15, as_written="The Section 232 tariff on Japanese cars and auto parts falls to 15%, counting the MFN duty, for goods entered on or after September 16, 2025", note="in effect at the cover date (September 16 is before September 24); inclusive of the MFN duty"),
        "framework.announced": D("2025-07-22", as_written="President Trump announced the framework on July 22, 2025"),
        "framework.investment_pledge": F(550000000000, by="2029-01-19", as_written="Japan is to invest $550 billion in U.S. projects ... before January 19, 2029"),
        "trade.overall_partner_rank": F(6, period="2024", as_written="Japan was the sixth-largest U.S. trading partner in 2024"),
        "trade.us_exports_to_japan": F(129100000000, period="2024", as_written="U.S. exports to Japan came to $129.1 billion that year"),
        "trade.us_goods_exports_to_japan": F(79700000000, period="2024", as_written="of which $79.7 billion were goods"),
        "trade.us_services_exports_to_japan": F(49400000000, period="2024", as_written="and $49.4 billion services"),
        "trade.us_imports_from_japan": F(190500000000, period="2024", as_written="Imports from Japan were $190.5 billion"),
        "trade.us_goods_imports_from_japan": F(148200000000, period="2024", as_written="$148.2 billion of goods"),
        "trade.us_services_imports_from_japan": F(42300000000, period="2024", as_written="and $42.3 billion of services"),
        "trade.goods_deficit": F(68500000000, period="2024", as_written="The goods deficit with Japan was $68.5 billion in 2024"),
        "trade.goods_deficit_rank": F(7, period="2024", as_written="seventh among U.S. trading partners"),
        "trade.fdi_source_rank": F(1, as_written="Japan is also the largest source of foreign direct investment (FDI) in the United States"),
        "trade.japan_fdi_stock_in_us": F(783700000000, period="2024", as_written="with a stock of $783.7 billion at the end of 2024"),
        "trade.us_fdi_stock_in_japan": F(130000000000, "about", as_written="U.S. FDI in Japan totaled roughly $130 billion", note="no year written; the end-2024 context of the previous sentence"),
        "trade.treasury_holder_rank": F(1, as_written="the top foreign holder of U.S. Treasury securities"),
        "agreements.usjta_signed": D("2019-10-07", as_written="were signed on October 7, 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="both entered into force on January 1, 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="both entered into force on January 1, 2020"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="On March 28, 2023, the Biden Administration signed a Critical Minerals Agreement with Japan"),
    },
    "elections": {
        "lower_house_2024": E("Lower House", "2024-10", "held", result="LDP-Komeito lost its majority"),
        "upper_house_2025": E("Upper House", "2025-07-20", "held", result="coalition won 47 of 125 seats contested and lost its majority"),
        "ldp_president_2025": E("LDP president", "2025-10-04", "upcoming"),
    },
    "events": {
        "tariff_talks_announced": EV("Administration announces negotiations with Japan", "2025-04-07", "held"),
        "first_negotiating_round": EV("Talks on the USJTA generation of agreements begin", "2019-04", "held"),
        "section232_autos_proclamation": EV("Section 232 auto proclamation", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Trump and Abe announce a finalized stage one deal", "2019-09-25", "held"),
    },
    "notes": "Traps: 'A September 4 executive order' and 'a memorandum of understanding (MOU) signed the same day' (not the framework's announcement); 'announced on September 7 that he would resign' (Ishiba still prime minister); 'traveled to Washington eight times'; bullet 'April 2: the President announced a 24% \"reciprocal\" tariff on Japan' (announced, suspended) and 'a 10% baseline that took effect April 5' (past rate); bullet 'a 25% tariff on imported passenger vehicles' and 'the 2.5% most-favored-nation (MFN) duty' and 'Section 232 of the Trade Expansion Act of 1962' (past auto rate, MFN duty, year of a law); bullet 'duties on steel and aluminum were doubled to 50%' (not autos or most imports); bullet 'warned Japan of a 25% rate from August 1' (threatened); 'For goods whose MFN duty is already 15% or more'; 'took effect on August 7 with the reciprocal tariffs for other partners'; 'Japanese entities are to provide funds within 45 days'; 'after which the United States receives 90%'; 'down from the combined 27.5% charged since the spring' (past auto rate); 'the 50% rates on steel and aluminum are unchanged'; 'raise purchases of U.S. rice by 75%', '$8 billion a year of U.S. agricultural goods', '100 Boeing aircraft' (purchases, not the pledge); 'perhaps 1% to 2%, would be direct equity'; 'South Korea has made a $350 billion pledge' and 'the European Union one of $600 billion' (other partners); 'On August 29, the U.S. Court of Appeals for the Federal Circuit ruled 7-4' and 'affirming a May trade court decision' (lower-court rulings, not the Supreme Court decision: no IEEPA ruling date stated), 'The Supreme Court agreed on September 9' and 'oral argument for the first week of November' (scheduled); 'Section 338 of the Tariff Act of 1930, which permits duties of up to 50%' (statutory cap, year of a law); 'won 47 of the 125 seats contested'; Figure 1 (layout text: year labels 2020-2024, ticks 0-200, two-series legend, no values); 'after running at $71.6 billion a year earlier' (2023 deficit); 'roughly a third of imports'; 'Through July 2025, the goods gap was running well below last year's pace'; 'up from $469 billion at the end of 2017' (past FDI stock); 'about $1.15 trillion in July 2025, followed by the United Kingdom and China' (holdings; second and third holders); 'a month before' (relative date beside the proclamation); 'reduced or eliminated Japanese tariffs on about $7.2 billion of U.S. farm exports'; 'within four months of entry into force'; 'the clean vehicle tax credit enacted in 2022'. PDF (layout text): curly quotes and apostrophes, non-breaking spaces; pdftotext -layout runs the two columns side by side, the bullet lists among them.",
}
