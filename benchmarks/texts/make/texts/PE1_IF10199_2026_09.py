from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "PE1-IF10199-2026-09", "fresh48", "IF10199", 48
LAYOUTS = ["html", "layout"]
PDF_OPTS = ["nbsp", "quotes"]
SIDEBAR = "Okinawa and the Realignment Plan"
CHART = {"unit": "$ billions", "ymax": 200, "ticks": [0, 50, 100, 150, 200],
         "series": ["Exports to Japan", "Imports from Japan"],
         "bars": {"2021": (112.0, 165.9), "2022": (121.4, 181.0), "2023": (125.8, 188.2), "2024": (128.6, 193.0), "2025": (130.8, 189.5)}}

MD = """
U.S.-Japan Relations

Updated September 9, 2026

## Overview

For a year and a half, tariffs have set the agenda between Washington and Tokyo. A framework the two governments reached in July 2025 traded a flat U.S. tariff on most Japanese goods for a Japanese commitment to finance hundreds of billions of dollars of investment in the United States. The legal footing of that bargain has since moved twice: in February 2026 the Supreme Court found that the International Emergency Economic Powers Act (IEEPA) does not permit tariffs, and since July a duty levied under a different statute has taken the place of the framework rate. Japan has so far continued to carry out its side of the deal.

Prime Minister Takaichi Sanae, the first woman to lead a Japanese government, took office in October 2025 and consolidated her position in a snap election four months later. President Donald Trump, who made a state visit to Tokyo in late October 2025, has praised her as a reliable partner, and the two have highlighted shipbuilding, energy, and semiconductors as areas for Japanese investment. Issues before Congress include the durability of the tariff arrangements, oversight of the investment mechanism, the renewal of the host-nation cost-sharing agreement that expires in March 2027, and the pace of Japan's military buildup.

## Tariffs and the 2025 Framework

In April 2025, the Administration singled out Japan as one of the first governments with which it would hold bilateral tariff talks. Days earlier it had announced a 24% "reciprocal" tariff on Japanese goods. That rate was suspended for 90 days in favor of a 10% baseline, and in a July letter to Takaichi's predecessor the President warned that 25% would apply from August 1.

The framework announced on July 22, 2025, set aside those figures. Most imports from Japan became subject to a combined 15% rate, including most-favored-nation (MFN) duties, from August 7. The Section 232 tariff on Japanese autos and parts, which had reached 27.5% with the MFN duty, was brought down to 15% in September. Japanese steel and aluminum were not covered and still pay Section 232 tariffs of 50%.

In return, Tokyo agreed to finance $550 billion of investment in U.S. projects selected by the Administration, to be made before January 19, 2029. A memorandum of understanding signed in September 2025 provides that returns are divided equally until the money is recouped and that the U.S. side receives 90% thereafter. Japan also undertook to buy 100 Boeing aircraft and more U.S. rice, corn, and soybeans. South Korea accepted a comparable structure with a $350 billion pledge.

## After the Supreme Court Ruling

The Court's decision of February 20, 2026, voided the IEEPA tariffs, including the framework rate. Within days the President proclaimed a temporary surcharge under Section 122 of the Trade Act of 1974. That provision authorizes duties of no more than 15%, for no longer than 150 days absent an act of Congress; the surcharge was set at 10% and applied to Japan along with nearly every other partner. It expired in July 2026.

USTR had meanwhile opened investigations under Section 301 of the same act into a number of partners. In July 2026 it imposed a 12.5% tariff on most imports from Japan, the rate in force today. Autos and parts remain at 15% under Section 232, which the ruling did not touch. Japanese officials have described the Section 301 rate as a legal substitute for, not a renegotiation of, the framework, and the investment vehicle has continued to announce projects, among them gas-fired power plants and a critical-minerals refinery. Importers' claims for refunds of IEEPA duties paid on Japanese goods, estimated at upwards of $10 billion, are before the Court of International Trade.

## Japan's Politics

Takaichi, a protégé of Abe Shinzo, the former prime minister who was assassinated on July 8, 2022, won the Liberal Democratic Party (LDP) presidential election on October 4, 2025. She succeeded Ishiba Shigeru, who had stepped down after the ruling bloc lost its majority in the Upper House election of July 2025. Komeito, the LDP's partner since 1999, then left the government; the ruling coalition has since consisted of the LDP and the Japan Innovation Party (Ishin).

In January 2026 Takaichi dissolved the Lower House. The February 8 election returned the LDP with a majority of its own, and together the LDP and Ishin hold close to 70% of the chamber's 465 seats, far above the 233 needed to pass legislation. Members elected that day serve until February 2030, unless the chamber is dissolved sooner.

The House of Councillors is another matter. There, the coalition holds fewer than half of the seats and relies on smaller parties to pass bills. Half of that chamber will be chosen in July 2028, the next scheduled national election. The cabinet's approval ratings, above 70% in its first weeks, have eased to the mid-50s in most polls.

## Alliance and Defense

Japan and the United States have been treaty allies since 1952; the current security treaty was signed in 1960. Some 55,000 U.S. military personnel are on active duty in Japan, accompanied by roughly 40,000 family members. U.S. Forces Japan (USFJ) is being turned into a joint force headquarters, a step the allies agreed in July 2024, to work alongside the Japan Self-Defense Forces' Joint Operations Command, which stood up in March 2025.

Under a five-year Special Measures Agreement (SMA) announced in December 2021, Tokyo contributes roughly $2 billion per year toward the cost of hosting U.S. forces; the SMA's total for FY2022-FY2026 is ¥1.055 trillion. Talks on a successor opened in the spring. The President has said that Japan should pay considerably more.

Defense spending has risen sharply. The December 2022 strategy documents committed Japan to spending 2% of GDP on defense and related items by FY2027, twice the approximately 1% that had served as an informal ceiling for decades. Takaichi's government says the 2% level was reached in FY2025, two years early, and it has promised to revise the strategy documents by the end of 2026. The Pentagon has urged Asian allies to spend 3.5% of GDP on core defense, the benchmark NATO members adopted in June 2025 within an overall 5% pledge. Japan is acquiring up to 400 Tomahawk cruise missiles in a sale the State Department valued at an estimated $2.35 billion; the first were delivered in FY2025.

## Okinawa and the Realignment Plan

Okinawa Prefecture, just 0.6% of Japan's land area, contains about 70% of the land used exclusively by U.S. forces in Japan and roughly half of all U.S. military personnel in the country. Under the realignment agreement as revised in 2012, some 9,000 Marines are to leave the island, and of those about 4,000 are to move to Guam. An advance party of about 100 arrived at Camp Blaz in December 2024; 210 Marines were on Guam as of March 2026. Work on the Futenma replacement facility at Henoko continues, but soft seabed in Oura Bay means it is unlikely to be finished before the mid-2030s. Okinawa elects a governor in September 2026. Governor Tamaki Denny, an opponent of the Henoko project, has not said whether he will run for a third term.

## Trade and Investment

Japan ranked as the sixth-largest U.S. trading partner in 2025, the fourth-largest market for U.S. exports, and the seventh-largest source of U.S. imports. Two-way trade in goods and services came to about $320 billion.

Table 1. U.S. Trade with Japan, Goods and Services ($ billions)

| Flow | 2024 | 2025 |
| --- | --- | --- |
| U.S. exports to Japan | 128.6 | 130.8 |
| U.S. imports from Japan | 193.0 | 189.5 |
| U.S. balance | -64.4 | -58.7 |

Source: Bureau of Economic Analysis, June 2026 release.

**Figure 1. U.S. Trade with Japan, 2021-2025**

Source: Bureau of Economic Analysis. Goods and services, $ billions.

Japanese firms are the leading source of foreign direct investment (FDI) in the United States; Japan has held first place every year since 2019, with a stock of about $820 billion at the end of 2025. Nippon Steel's $14.1 billion purchase of U.S. Steel closed in June 2025, with a "golden share" for the U.S. government. Japan also remains the top foreign holder of U.S. Treasury securities, at roughly $1.15 trillion in mid-2026; the United Kingdom has moved ahead of China into second place.

## Economy

Real GDP grew 1.1% in 2025, after 0.1% in 2024. Output rose at an annualized 1.6% in the April-June 2026 quarter. Consumer inflation has run above the Bank of Japan's 2% target for more than four years, and the Bank raised its policy rate to 0.75% in December 2025. The Diet enacted a supplementary budget of ¥18.3 trillion in December 2025 and then, in May 2026, a further ¥3 trillion (close to $20 billion) for energy subsidies and relief for exporters hit by tariffs. Japan's Paris Agreement pledge is a 46% cut in greenhouse gas emissions by 2030 from 2013 levels; a goal set in February 2025 extends this to 60% by 2035.

## Regional Diplomacy

Quad leaders (Australia, India, Japan, and the United States) have met six times, most recently in Wilmington, Delaware, in September 2024. A summit India was to host in 2025 did not take place, as U.S.-India ties frayed over a 50% U.S. tariff on Indian goods. Japan joined the Indo-Pacific Economic Framework for Prosperity (IPEF) at its launch in May 2022 together with 13 other countries. Relations with China have soured since Takaichi told the Diet in November 2025 that a Chinese attack on Taiwan could threaten Japan's survival; Beijing responded with a travel advisory and a renewed ban on Japanese seafood.

**Mark E. Manyin**, Specialist in Asian Affairs

**Kyla H. Kitamura**, Analyst in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Daniel J. Longo**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "Prime Minister Takaichi Sanae", note="family name first"),
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "trade.us_tariff_on_most_imports_from_japan": F(12.5, period="2026-07", as_written="In July 2026 it imposed a 12.5% tariff on most imports from Japan, the rate in force today", note="Section 301; replaces the framework's 15% IEEPA rate (voided) and the 10% Section 122 surcharge (expired); subject 'it' is USTR from the sentence before"),
        "trade.japan_investment_pledge": F(550000000000, by="2029-01-19", as_written="Tokyo agreed to finance $550 billion of investment in U.S. projects selected by the Administration, to be made before January 19, 2029"),
        "politics.ruling_coalition": F(["LDP", "Ishin"], as_written="the ruling coalition has since consisted of the LDP and the Japan Innovation Party (Ishin)", note="Komeito left in 2025"),
        "politics.lower_house_coalition_share": F(70, "nearly", as_written="together the LDP and Ishin hold close to 70% of the chamber's 465 seats"),
        "politics.upper_house_coalition_share": F(50, "under", as_written="There, the coalition holds fewer than half of the seats", note="'There' is the House of Councillors, from the sentence before"),
        "politics.next_diet_election_due": F(2028, as_written="Half of that chamber will be chosen in July 2028, the next scheduled national election"),
        "politics.lower_house_election_due": D("2030-02", as_written="Members elected that day serve until February 2030, unless the chamber is dissolved sooner", note="a deadline years away: not an upcoming election"),
        "alliance.treaty_ally_since": F(1952, as_written="Japan and the United States have been treaty allies since 1952"),
        "alliance.us_troops_in_japan": F(55000, "about", as_written="Some 55,000 U.S. military personnel are on active duty in Japan"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="Under a five-year Special Measures Agreement (SMA) announced in December 2021"),
        "alliance.host_nation_support_per_year": F(2000000000, "about", per="year", as_written="Tokyo contributes roughly $2 billion per year toward the cost of hosting U.S. forces"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2027", as_written="committed Japan to spending 2% of GDP on defense and related items by FY2027", note="the text adds that the level was reached in FY2025, two years early (as the record's 2026-10-01 version keeps by FY2027)"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="twice the approximately 1% that had served as an informal ceiling for decades"),
        "defense.tomahawk_purchase": F(2350000000, "about", as_written="a sale the State Department valued at an estimated $2.35 billion"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="Okinawa Prefecture, just 0.6% of Japan's land area", note="sidebar; 'just' is not a hedge"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", basis="land used exclusively by U.S. forces", as_written="contains about 70% of the land used exclusively by U.S. forces in Japan", note="sidebar; exclusive-use basis"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "about", as_written="and roughly half of all U.S. military personnel in the country", note="sidebar"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="and of those about 4,000 are to move to Guam", note="sidebar"),
        "alliance.marines_in_guam": F(210, period="2026-03", as_written="210 Marines were on Guam as of March 2026", note="sidebar"),
        "trade.overall_partner_rank": F(6, period="2025", as_written="Japan ranked as the sixth-largest U.S. trading partner in 2025"),
        "trade.export_partner_rank": F(4, period="2025", as_written="the fourth-largest market for U.S. exports"),
        "trade.import_partner_rank": F(7, period="2025", as_written="and the seventh-largest source of U.S. imports"),
        "trade.us_exports_to_japan": F(130800000000, period="2025", as_written="U.S. exports to Japan | 128.6 | 130.8", note="Table 1, 2025 column, $ billions"),
        "trade.us_imports_from_japan": F(189500000000, period="2025", as_written="U.S. imports from Japan | 193.0 | 189.5", note="Table 1, 2025 column, $ billions"),
        "trade.fdi_source_rank": F(1, as_written="Japanese firms are the leading source of foreign direct investment (FDI) in the United States; Japan has held first place every year since 2019"),
        "trade.treasury_holder_rank": F(1, as_written="Japan also remains the top foreign holder of U.S. Treasury securities"),
        "economy.gdp_growth": dict(GDP(y2025=1.1, y2024=0.1), as_written="Real GDP grew 1.1% in 2025, after 0.1% in 2024"),
        "economy.supplementary_budget": F(20000000000, "nearly", period="2026-05", as_written="in May 2026, a further ¥3 trillion (close to $20 billion) for energy subsidies", note="the latest of two; the December 2025 one (¥18.3 trillion) is earlier"),
        "economy.emissions_cut_target": F(46, by="2030", baseline="2013", as_written="a 46% cut in greenhouse gas emissions by 2030 from 2013 levels"),
        "diplomacy.quad_leader_meetings": F(6, as_written="Quad leaders (Australia, India, Japan, and the United States) have met six times"),
        "diplomacy.ipef_other_partners": F(13, period="2022-05", as_written="Japan joined the Indo-Pacific Economic Framework for Prosperity (IPEF) at its launch in May 2022 together with 13 other countries"),
    },
    "elections": {
        "upper_house_2025": E("Upper House", "2025-07", "held", result="ruling bloc lost its majority"),
        "ldp_president_2025": E("LDP president", "2025-10-04", "held", result="Takaichi won"),
        "lower_house_2026": E("Lower House", "2026-02-08", "held", result="LDP majority on its own; LDP and Ishin close to 70% of 465 seats"),
        "upper_house_2028": E("Upper House", "2028-07", "upcoming"),
        "okinawa_governor_2026": E("Okinawa governor", "2026-09", "upcoming", note="sidebar; incumbent Tamaki undecided"),
    },
    "events": {
        "tariff_talks_announced": EV("Administration names Japan among the first governments for bilateral tariff talks", "2025-04", "held"),
        "section122_surcharge_expired": EV("The 10% Section 122 surcharge expires", "2026-07", "held"),
        "abe_assassination": EV("Former Prime Minister Abe Shinzo assassinated", "2022-07-08"),
    },
    "notes": "Traps: 'In April 2025' is the talks announcement (an event, no fact); 'a 24% \"reciprocal\" tariff' (announced, never the rate), 'suspended for 90 days in favor of a 10% baseline' and 'warned that 25% would apply from August 1' (threat); 'The framework announced on July 22, 2025' (no IF10199 fact); 'a combined 15% rate, including most-favored-nation (MFN) duties, from August 7' (the framework rate, voided; not the tariff now on most imports); 'had reached 27.5% with the MFN duty, was brought down to 15% in September' (autos, not most imports) and 'Autos and parts remain at 15% under Section 232'; 'Section 232 tariffs of 50%' (steel and aluminum); 'the U.S. side receives 90% thereafter' (profit split); '100 Boeing aircraft'; 'South Korea accepted a comparable structure with a $350 billion pledge' (another country); 'The Court's decision of February 20, 2026'; 'Section 122 of the Trade Act of 1974' (year of a law); 'duties of no more than 15%, for no longer than 150 days' (statutory cap); 'the surcharge was set at 10%' (expired surcharge, not the current tariff); 'estimated at upwards of $10 billion' (refund claims, not the investment pledge); 'the former prime minister who was assassinated on July 8, 2022' (an event; Abe is not the PM); 'Ishiba Shigeru, who had stepped down' (former PM); 'Komeito, the LDP's partner since 1999' (former coalition member); 'In January 2026 Takaichi dissolved the Lower House'; 'the chamber's 465 seats' and 'the 233 needed to pass legislation' (seat counts, not a share); 'until February 2030' (deadline years away: only lower_house_election_due, no 2030 election); 'above 70% in its first weeks, have eased to the mid-50s' (approval, next to the coalition's 70%); 'the current security treaty was signed in 1960' (not the alliance's start); 'roughly 40,000 family members' (not troops); 'a step the allies agreed in July 2024' and 'stood up in March 2025'; 'the SMA's total for FY2022-FY2026 is ¥1.055 trillion' (five-year yen total, not the yearly dollars); 'expires in March 2027' and 'Talks on a successor opened in the spring' (not the agreement's date); 'the 2% level was reached in FY2025, two years early'; 'spend 3.5% of GDP on core defense' and 'within an overall 5% pledge' (U.S./NATO benchmarks); 'up to 400 Tomahawk cruise missiles' (a count); 'as revised in 2012'; 'some 9,000 Marines are to leave the island' (total leaving, not Guam); 'An advance party of about 100 arrived at Camp Blaz in December 2024' (earlier, not the current count); 'unlikely to be finished before the mid-2030s'; 'run for a third term'; 'Two-way trade in goods and services came to about $320 billion' (total, not exports or imports); Table 1's 2024 column ('128.6', '193.0') and balance row ('-64.4', '-58.7'); Figure 1 (2021-2025, $ billions; axis ticks 0-200, no value labels); 'every year since 2019' (not a rank); 'a stock of about $820 billion' (FDI stock, no IF10199 fact); 'Nippon Steel's $14.1 billion purchase'; 'at roughly $1.15 trillion' and 'the United Kingdom has moved ahead of China into second place' (other holders' ranks); 'at an annualized 1.6% in the April-June 2026 quarter' (a quarter, not a year); 'above the Bank of Japan's 2% target' (inflation, next to the defense 2%); 'policy rate to 0.75%'; 'a supplementary budget of ¥18.3 trillion in December 2025' (the earlier budget); '60% by 2035' (newer, later target); 'most recently in Wilmington, Delaware, in September 2024' and 'A summit India was to host in 2025 did not take place' (no seventh meeting); 'a 50% U.S. tariff on Indian goods' (another country); 'told the Diet in November 2025'; html sidebar 'Okinawa and the Realignment Plan' (with the figure in the aside); PDF NBSP and curly quotes in the layout text",
}
