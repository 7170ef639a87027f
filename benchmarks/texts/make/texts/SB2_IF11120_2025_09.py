from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "SB2-IF11120-2025-09", "fresh39", "IF11120", 22
TITLE = "U.S.-Japan Trade Agreements and Tariff Negotiations"
LAYOUTS = ["md", "layout"]
PDF_OPTS = ["lig", "nbsp"]
SIDEBAR = "Key Terms of the Framework"
CHART = {"unit": "$ billions", "ymax": 80, "ticks": [0, 20, 40, 60, 80],
         "series": ["U.S. goods trade deficit with Japan"],
         "bars": {"2020": (55.4,), "2021": (60.1,), "2022": (67.9,), "2023": (71.2,), "2024": (69.9,)}}

MD = """
U.S.-Japan Trade Agreements and Tariff Negotiations

Updated September 24, 2025

## Overview

This month the United States and Japan began carrying out the trade and investment framework that President Donald J. Trump announced on July 22, 2025, after three months of talks. An executive order the President signed on September 4, and a memorandum of understanding (MOU) on investment signed the same day, set out how the deal's tariff cuts and Japan's investment commitment are to work. The framework has not been submitted to Congress or to Japan's Diet, and several of its terms remain open to interpretation.

Questions for Congress include the legal basis of the tariffs, which a federal appeals court has found unauthorized, the selection and oversight of projects financed under the investment pledge, and how a change of government in Tokyo might affect implementation.

## How the Talks Unfolded

The 2025 negotiations followed a series of tariff actions that hit Japan, a close ally, alongside nearly every other U.S. trading partner:

- On March 26, the President proclaimed a 25% Section 232 tariff on imported autos, effective April 3, with auto parts following on May 3; for cars from Japan it came on top of the 2.5% most-favored-nation (MFN) duty, for a combined 27.5%.
- On April 2, he announced "reciprocal" tariffs under the International Emergency Economic Powers Act (IEEPA), assigning Japan a rate of 24%; a week later the higher country rates were paused for 90 days, leaving a 10% baseline in effect from April 5.
- On April 7, after a telephone call with Prime Minister Ishiba Shigeru, the President said Japan would be among the first countries with which the Administration would negotiate.
- In a July 7 letter to Ishiba, the President warned that Japan's rate would rise to 25% on August 1 absent a deal.

Japan's chief negotiator, Economic Revitalization Minister Akazawa Ryosei, made eight trips to Washington between April and July.

## Tariffs in Effect

Since August 7, 2025, most goods from Japan have been subject to a single 15% tariff under IEEPA that includes the MFN duty. A product whose MFN rate is below 15% pays the difference, so the added IEEPA charge varies from under 1% to 15%; goods already dutiable at 15% or more pay no IEEPA tariff. The order of September 4 corrected an earlier version that had stacked the 15% on top of MFN duties.

Autos get separate treatment. For vehicles and parts entered on or after September 16, the Section 232 duty on Japanese autos was reduced so that, with the MFN duty, they pay 15% in all. Steel, aluminum, and copper from Japan remain subject to 50% Section 232 tariffs, and the framework sets no lower rate for them. Aircraft and parts, generic pharmaceuticals, and some natural resources not produced in the United States enter duty-free.

Table 1. Tariff Terms of Selected 2025 Framework Deals

| Partner | Most goods | Autos | Investment pledge |
| --- | --- | --- | --- |
| Japan | 15% | 15% | $550 billion |
| European Union | 15% | 15% | $600 billion |
| South Korea | 15% | 25% | $350 billion |
| United Kingdom | 10% | 10% | none |

Source: CRS, from White House fact sheets and joint statements as of September 23, 2025. U.K. autos: within a quota of 100,000 vehicles a year.

South Korea, which reached a similar deal on July 30, was still paying 25% on its cars at the time of writing, its deal not yet having been implemented.

## Key Terms of the Framework

The main elements, as described by the two governments:

- Investment. Japan is to invest $550 billion in U.S. projects chosen by the President before January 19, 2029, largely through the Japan Bank for International Cooperation (JBIC) and Nippon Export and Investment Insurance (NEXI).
- Returns. Cash flows are to be divided equally until the investment is recovered, after which 90% is to go to the United States.
- Equity. Japanese officials have said that only 1% to 2% of the total would be direct equity, the rest loans and loan guarantees.
- Purchases. Japan is to buy 100 Boeing aircraft and some $8 billion a year of U.S. farm goods, and to raise rice imports by 75% within its existing quota.

If Japan declines to fund a selected project, the President may raise tariffs on Japanese goods.

## The Court Challenge

On August 29, the U.S. Court of Appeals for the Federal Circuit, voting 7-4, held that IEEPA does not authorize the reciprocal tariffs, but left them in place pending review. The Supreme Court agreed on September 9 to hear the case and scheduled oral argument for early November. If the tariffs fall, the Administration has suggested it could turn to other laws, such as Section 122 of the Trade Act of 1974, which permits an import surcharge of up to 15% for no more than 150 days. The Section 232 tariffs, including those on autos, are not at issue.

## Politics in Tokyo

Ishiba said on September 7 that he would step down. His coalition of the Liberal Democratic Party (LDP) and Komeito had lost its Upper House majority in the July 20 election, nine months after losing its Lower House majority in the general election of October 2024. The LDP is to choose a new president, and in effect a prime minister, on October 4; candidates include Koizumi Shinjiro and Takaichi Sanae. Ishiba remains prime minister until the Diet elects a successor.

## Trade and Investment Ties

Japan was the sixth-largest U.S. trading partner in 2024. That year:

- U.S. exports to Japan totaled $129.1 billion, of which $79.7 billion were goods and $49.4 billion services;
- U.S. imports from Japan came to $192.4 billion, comprising $149.6 billion in goods and $42.8 billion in services.

At $69.9 billion, the U.S. goods deficit with Japan was the seventh-largest of any U.S. partner, far behind those with China ($295 billion) and Mexico ($172 billion). Motor vehicles and parts accounted for about a third of U.S. goods imports from Japan. Census data for January-July 2025 show the goods gap running at about $40 billion, roughly 5% below its pace a year earlier.

**Figure 1. U.S. Goods Trade Deficit with Japan, 2020-2024**

Source: CRS, with U.S. Census Bureau data.

Japan has been the top source of foreign direct investment (FDI) in the United States every year since 2019. Japanese firms held a stock of $783 billion at the end of 2024, compared with some $71 billion of U.S. direct investment in Japan. Japan's holdings of U.S. Treasury securities, $1.15 trillion in July, were the largest of any foreign country; the United Kingdom, at about $900 billion, has displaced China as the second-largest holder.

## Earlier Agreements

Talks during the first Trump Administration opened in April 2019 and produced two "stage one" agreements, the U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement, signed on October 7, 2019. Both took effect on January 1, 2020. Under the USJTA, Japan cut tariffs on about $7 billion of U.S. farm goods, and the United States reduced duties on some $40 million of Japanese goods. On March 28, 2023, the two countries signed a critical minerals agreement to extend certain tax credit benefits for electric vehicles to minerals from Japan.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald J. Trump"),
        "leaders.japan_prime_minister": P("Ishiba", "Shigeru", "Prime Minister Ishiba Shigeru", note="family name first; resigning but still in office ('Ishiba remains prime minister until the Diet elects a successor')"),
        "tariffs.us_tariff_most_imports": F(15, period="2025-08-07", as_written="Since August 7, 2025, most goods from Japan have been subject to a single 15% tariff under IEEPA that includes the MFN duty", note="also Table 1's Japan row, 'Most goods' column"),
        "tariffs.ieepa_rate": F(15, period="2025-08-07", as_written="a single 15% tariff under IEEPA that includes the MFN duty"),
        "tariffs.section232_autos": F(15, as_written="the Section 232 duty on Japanese autos was reduced so that, with the MFN duty, they pay 15% in all", note="combined Section 232 and MFN rate, from September 16, 2025; also Table 1's Japan row, 'Autos' column"),
        "framework.announced": D("2025-07-22", as_written="the trade and investment framework that President Donald J. Trump announced on July 22, 2025"),
        "framework.investment_pledge": F(550000000000, by="2029-01-19", as_written="Japan is to invest $550 billion in U.S. projects chosen by the President before January 19, 2029", note="sidebar bullet; also Table 1's Japan row"),
        "trade.overall_partner_rank": F(6, period="2024", as_written="Japan was the sixth-largest U.S. trading partner in 2024"),
        "trade.us_exports_to_japan": F(129100000000, period="2024", as_written="U.S. exports to Japan totaled $129.1 billion", note="year from 'That year' before the list"),
        "trade.us_goods_exports_to_japan": F(79700000000, period="2024", as_written="of which $79.7 billion were goods"),
        "trade.us_services_exports_to_japan": F(49400000000, period="2024", as_written="and $49.4 billion services"),
        "trade.us_imports_from_japan": F(192400000000, period="2024", as_written="U.S. imports from Japan came to $192.4 billion"),
        "trade.us_goods_imports_from_japan": F(149600000000, period="2024", as_written="comprising $149.6 billion in goods"),
        "trade.us_services_imports_from_japan": F(42800000000, period="2024", as_written="and $42.8 billion in services"),
        "trade.goods_deficit": F(69900000000, period="2024", as_written="At $69.9 billion, the U.S. goods deficit with Japan", note="year carried from the section's opening"),
        "trade.goods_deficit_rank": F(7, period="2024", as_written="was the seventh-largest of any U.S. partner"),
        "trade.fdi_source_rank": F(1, as_written="Japan has been the top source of foreign direct investment (FDI) in the United States every year since 2019", note="a span, no period"),
        "trade.japan_fdi_stock_in_us": F(783000000000, period="2024", as_written="Japanese firms held a stock of $783 billion at the end of 2024"),
        "trade.us_fdi_stock_in_japan": F(71000000000, "about", period="2024", as_written="compared with some $71 billion of U.S. direct investment in Japan", note="year from the same sentence"),
        "trade.treasury_holder_rank": F(1, period="2025-07", as_written="Japan's holdings of U.S. Treasury securities, $1.15 trillion in July, were the largest of any foreign country", note="month with the year from the cover"),
        "agreements.usjta_signed": D("2019-10-07", as_written="the U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement, signed on October 7, 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="Both took effect on January 1, 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="Both took effect on January 1, 2020"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="On March 28, 2023, the two countries signed a critical minerals agreement"),
    },
    "elections": {
        "lower_house_2024": E("Lower House", "2024-10", "held", result="coalition lost its Lower House majority"),
        "upper_house_2025": E("Upper House", "2025-07-20", "held", result="coalition lost its Upper House majority", note="year from the cover"),
        "ldp_president_2025": E("LDP president", "2025-10-04", "upcoming", candidates=[{"name": "Koizumi Shinjiro"}, {"name": "Takaichi Sanae"}]),
    },
    "events": {
        "section232_autos_proclamation": EV("President proclaims a 25% Section 232 tariff on imported autos", "2025-03-26", "held"),
        "tariff_talks_announced": EV("President says Japan will be among the first countries to negotiate", "2025-04-07", "held"),
        "first_negotiating_round": EV("First-term U.S.-Japan trade talks open", "2019-04", "held"),
    },
    "notes": "Traps: 'An executive order the President signed on September 4, and a memorandum of understanding (MOU) on investment signed the same day' (implementation, not the announcement); 'after three months of talks'; 'which a federal appeals court has found unauthorized' (no Supreme Court ruling); bullet 'a 25% Section 232 tariff on imported autos, effective April 3, with auto parts following on May 3' and 'the 2.5% most-favored-nation (MFN) duty, for a combined 27.5%' (past auto rates); bullet 'assigning Japan a rate of 24%' (announced, paused) and 'leaving a 10% baseline in effect from April 5' (past tariff on most imports); 'paused for 90 days'; bullet 'Japan's rate would rise to 25% on August 1' (threatened); 'made eight trips to Washington between April and July'; 'the added IEEPA charge varies from under 1% to 15%' (a range of the add-on, not the rate) and 'goods already dutiable at 15% or more pay no IEEPA tariff'; 'The order of September 4 corrected an earlier version that had stacked the 15%'; 'Steel, aluminum, and copper from Japan remain subject to 50% Section 232 tariffs' (not autos, not most goods); 'enter duty-free'; Table 1's rows for the European Union (15%, 15%, $600 billion), South Korea (15%, 25%, $350 billion) and the United Kingdom (10%, 10%, 'none') and the source line's 'within a quota of 100,000 vehicles a year' (other countries); 'as of September 23, 2025'; 'South Korea, which reached a similar deal on July 30, was still paying 25% on its cars' (another country); sidebar 'Key Terms of the Framework': 'largely through the Japan Bank for International Cooperation', 'after which 90% is to go to the United States', 'only 1% to 2% of the total would be direct equity' (a range), '100 Boeing aircraft', 'some $8 billion a year of U.S. farm goods' and 'raise rice imports by 75%' (purchases, not the pledge); 'the President may raise tariffs' (conditional); 'On August 29, the U.S. Court of Appeals for the Federal Circuit, voting 7-4' (an appeals court, not tariffs.ieepa_ruling) and 'The Supreme Court agreed on September 9 to hear the case and scheduled oral argument for early November' (pending); 'Section 122 of the Trade Act of 1974, which permits an import surcharge of up to 15% for no more than 150 days' (a possible authority, no surcharge in effect); 'Ishiba said on September 7 that he would step down'; 'Koizumi Shinjiro and Takaichi Sanae' (candidates, not prime minister); 'China ($295 billion) and Mexico ($172 billion)' (other countries' deficits); 'Motor vehicles and parts accounted for about a third'; 'Census data for January-July 2025 show the goods gap running at about $40 billion, roughly 5% below its pace a year earlier' (partial year); Figure 1 (layout: goods deficit 2020-2024, ticks 0-80, years and legend only, no values); 'every year since 2019' (a span beside the rank); 'the United Kingdom, at about $900 billion, has displaced China as the second-largest holder' (another holder); 'Talks during the first Trump Administration opened in April 2019' (an event, not an agreement date); 'Japan cut tariffs on about $7 billion of U.S. farm goods' and 'some $40 million of Japanese goods'; layout: ligatures and NBSP; pdftotext -layout runs the two columns side by side, with the bullet lists, the table and the sidebar among them",
}
