from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "WC1-IF10199-2024-05", "fresh43", "IF10199", 38
LAYOUTS = ["html", "layout"]
PDF_OPTS = ["quotes", "hyph"]
SIDEBAR = "Basing in Okinawa"
CHART = {"unit": "$ billions", "ymax": 175, "ticks": [0, 25, 50, 75, 100, 125, 150, 175],
         "series": ["U.S. goods exports to Japan", "U.S. goods imports from Japan"],
         "bars": {"2019": (74.4, 143.6), "2020": (64.1, 119.5), "2021": (74.6, 135.1), "2022": (80.2, 148.1), "2023": (75.7, 147.6)}}

MD = """
U.S.-Japan Relations

Updated May 20, 2024

## Overview

Bilateral ties are arguably at a high point. On April 10, 2024, President Joe Biden welcomed Prime Minister Fumio Kishida to Washington for an official visit with a state dinner, the first accorded a Japanese leader in nine years. The following day, Kishida spoke to a joint meeting of Congress. The only other Japanese prime minister to have done so was Abe Shinzo, whose address came in April 2015. The leaders' joint statement listed some 70 initiatives, from defense-industrial cooperation to a lunar mission that is to put a Japanese astronaut on the Moon's surface.

Kishida's position at home is far weaker than his standing in Washington. Most polls since December 2023 have put his cabinet's approval rating between 15% and 25%, depressed by a fund-raising scandal inside the Liberal Democratic Party (LDP). Issues of interest to Congress include Japan's defense buildup, how the two militaries' command arrangements will change, the proposed Japanese acquisition of U.S. Steel, and Tokyo's role in efforts to restrict advanced technology exports to China.

## The Alliance

Japan has been a U.S. treaty ally since 1951; the current Treaty of Mutual Cooperation and Security was signed in 1960. Roughly 54,000 U.S. military personnel are based in Japan, including the forward-deployed aircraft carrier strike group at Yokosuka. In return for a U.S. pledge to defend it, Japan hosts these forces and pays a share of their costs: roughly $2 billion per year, under a Special Measures Agreement (SMA) that the two governments reached in December 2021. That accord, signed in January 2022, runs for five Japanese fiscal years (FY2022-FY2026) and provides ¥1.05 trillion in all.

At the April summit, the allies announced that U.S. Forces Japan (USFJ) would be upgraded into a joint force headquarters with expanded operational responsibilities. USFJ is to coordinate with a permanent Joint Operations Command that the Japan Self-Defense Forces (JSDF) plan to set up by the end of March 2025. Details, including whether the upgraded command will be led by a four-star officer, are under study.

## Basing in Okinawa

Okinawa is small: the prefecture makes up about 0.6% of Japan's land area. Yet it hosts about a quarter of all facilities used by USFJ, roughly 70% of the acreage reserved for exclusive U.S. use, and over half of U.S. military personnel in Japan. Under a realignment plan last revised in 2012, about 9,000 Marines are to leave Okinawa; some 4,000 of them are bound for Guam, where Marine Corps Camp Blaz was activated in 2020. Moves to Guam are now expected to start in late 2024. Construction of a replacement for Marine Corps Air Station Futenma at Henoko, first agreed in 1996, is projected to take until the mid-2030s. Governor Denny Tamaki, who won a second term in September 2022, remains opposed.

## Japan's Defense Buildup

In December 2022, the Kishida government adopted three strategy documents that mark a sharp break with postwar practice. They commit Japan to spend 2% of GDP on defense and related items by FY2027. For decades, successive cabinets had held military spending to around 1% of GDP, a norm first set in 1976. The plan foresees ¥43 trillion in defense outlays over five years (FY2023-FY2027), and the FY2024 budget enacted in March totals a record ¥7.95 trillion, 16% above the previous year's.

The documents also endorse "counterstrike" capabilities, the ability to hit missile launch sites in enemy territory. Japan signed a contract in January 2024 to buy 400 Tomahawk cruise missiles. That purchase, valued at approximately $2.35 billion when the State Department cleared it in November 2023, was brought forward by a year so that deliveries start in FY2025. In March 2024, the cabinet eased arms export rules to allow sales to third countries of the next-generation fighter Japan is developing with the United Kingdom and Italy, targeted for deployment in 2035.

## Domestic Politics

Kishida leads a coalition of the LDP and its junior partner, Komeito. The two parties control 293 of the 465 seats in the House of Representatives (the Lower House), or 63%, a majority won in the general election of October 2021. In the 248-seat House of Councillors (the Upper House), half of which was elected in July 2022, they hold 146 seats, or roughly 59%.

The scandal, which broke in late 2023, centers on LDP factions that failed to report some ¥600 million in ticket revenue from fund-raising parties. The faction most involved was the one once led by former Prime Minister Abe Shinzo, who was assassinated on July 8, 2022. Most of the factions have since said they will disband. In April 28 by-elections for three Lower House seats, the LDP did not win any.

Kishida's three-year term as LDP president ends in September 2024, and the party is to hold a leadership election that month; whether he will run again is an open question. The next national election due is the Upper House contest of July 2025. The Lower House's four-year term runs to October 2025, although prime ministers often dissolve the chamber sooner.

## Regional and Global Diplomacy

Since South Korean President Yoon Suk Yeol took office in May 2022, Tokyo and Seoul have resumed regular leader visits. At Camp David in August 2023, Biden, Kishida, and Yoon agreed to hold trilateral summits every year. On April 11, 2024, Biden hosted Kishida and Philippine President Ferdinand Marcos Jr. for the first U.S.-Japan-Philippines leaders' summit. Kishida met Chinese leader Xi Jinping in November 2023, but Beijing's ban on Japanese seafood, imposed in August 2023 after the release of treated water from the Fukushima nuclear plant began, remains in place.

The Quad (Australia, India, Japan, and the United States) has convened five summit-level meetings, two of them virtually; India is to host the next. Japan is one of 14 founding partners, the United States among them, of the Indo-Pacific Economic Framework for Prosperity (IPEF). The IPEF supply chain agreement entered into force in February 2024.

Japan has committed over $12 billion to Ukraine since Russia's full-scale invasion in February 2022, including close to $1.3 billion in humanitarian and reconstruction assistance. Tokyo hosted a conference on Ukraine's economic recovery on February 19, 2024, at which Japanese and Ukrainian entities signed 56 cooperation documents.

## Trade and Investment

Counting goods and services together, Japan was the sixth-largest U.S. trading partner in 2023. U.S. goods exports to Japan that year were $75.7 billion, led by natural gas, crude oil, pharmaceuticals, and aircraft. Goods imports from Japan, mostly vehicles, machinery, and parts, came to $147.6 billion. The U.S. goods deficit with Japan, some $72 billion, was the seventh-largest with any country.

**Figure 1. U.S. Goods Trade with Japan, 2019-2023**

Source: U.S. Census Bureau. Values in billions of current U.S. dollars.

Table 1. Japan's Rank Among U.S. Economic Partners

| Measure | Year | Rank |
| --- | --- | --- |
| Total trade (goods and services) | 2023 | 6th |
| Market for U.S. goods exports | 2023 | 6th |
| Source of U.S. goods imports | 2023 | 5th |
| Source of FDI in the United States | 2022 | 1st |
| Foreign holder of U.S. Treasuries | Mar. 2024 | 1st |

Japanese firms have been the leading source of foreign direct investment (FDI) in the United States since 2019; the stock reached roughly $712 billion at the end of 2022. Nippon Steel's $14.9 billion offer for U.S. Steel, agreed in December 2023, is under review by the Committee on Foreign Investment in the United States. President Biden said in March that U.S. Steel should remain domestically owned. Japan is also the biggest foreign holder of U.S. Treasury securities, about $1.19 trillion as of March, ahead of China's $767 billion.

The limited U.S.-Japan Trade Agreement and a digital trade agreement have been in force since January 1, 2020. In 2019, the Trump Administration had weighed tariffs of up to 25% on Japanese autos; none were imposed. Since April 2022, a tariff-rate quota has allowed up to 1.25 million metric tons of Japanese steel a year to enter free of the 25% Section 232 duty.

## Japan's Economy

Real GDP grew 1.9% in 2023 and 1.0% in 2022. The first quarter of 2024 was weaker: output fell at an annualized pace of 2.0%, according to the preliminary estimate released May 16. In March, the Bank of Japan raised its policy rate for the first time in 17 years, ending eight years of negative rates. The yen has continued to slide regardless. On April 29 it passed ¥160 per dollar, its weakest level against the dollar in 34 years, and the Ministry of Finance is believed to have intervened to support it.

Last November, the cabinet unveiled an economic package of ¥17 trillion that included a one-time income tax cut of ¥40,000 per person. To help finance it, the Diet passed a ¥13.1 trillion supplementary budget, close to $90 billion at the time. This spring's wage talks yielded average raises of 5.1%, the largest in 33 years. Japan has pledged to cut greenhouse gas emissions by 46% from FY2013 levels by FY2030, and to reach net zero by 2050.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Caitlin Campbell**, Analyst in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Fumio Kishida"),
        "alliance.treaty_ally_since": F(1951, as_written="Japan has been a U.S. treaty ally since 1951"),
        "alliance.us_troops_in_japan": F(54000, "about", as_written="Roughly 54,000 U.S. military personnel are based in Japan"),
        "alliance.host_nation_support_per_year": F(2000000000, "about", per="year", as_written="pays a share of their costs: roughly $2 billion per year"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="under a Special Measures Agreement (SMA) that the two governments reached in December 2021", note="reached December 2021, signed January 2022 (the record's 'announced' date)"),
        "alliance.okinawa_share_of_land_area": F(0.6, "about", as_written="the prefecture makes up about 0.6% of Japan's land area", note="sidebar"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="it hosts about a quarter of all facilities used by USFJ", note="sidebar; the 70% exclusive-use acreage in the same sentence is a different basis, left as a trap"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="and over half of U.S. military personnel in Japan", note="sidebar"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="some 4,000 of them are bound for Guam", note="sidebar; 'of them' refers to the 9,000 leaving Okinawa"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2027", as_written="They commit Japan to spend 2% of GDP on defense and related items by FY2027", note="subject carried from the sentence before"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="successive cabinets had held military spending to around 1% of GDP"),
        "defense.tomahawk_purchase": F(2350000000, "about", as_written="That purchase, valued at approximately $2.35 billion when the State Department cleared it in November 2023"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="a coalition of the LDP and its junior partner, Komeito"),
        "politics.lower_house_coalition_share": F(63, as_written="The two parties control 293 of the 465 seats in the House of Representatives (the Lower House), or 63%"),
        "politics.upper_house_coalition_share": F(59, "about", as_written="they hold 146 seats, or roughly 59%"),
        "politics.next_diet_election_due": F(2025, as_written="The next national election due is the Upper House contest of July 2025"),
        "politics.lower_house_election_due": D("2025-10", as_written="The Lower House's four-year term runs to October 2025", note="a deadline 17 months away: only the deadline, no lower_house_2025 election (as U3's 21-month deadline)"),
        "trade.overall_partner_rank": F(6, period="2023", as_written="Counting goods and services together, Japan was the sixth-largest U.S. trading partner in 2023", note="also Table 1"),
        "trade.export_partner_rank": F(6, period="2023", as_written="Market for U.S. goods exports | 2023 | 6th", note="only in Table 1"),
        "trade.import_partner_rank": F(5, period="2023", as_written="Source of U.S. goods imports | 2023 | 5th", note="only in Table 1"),
        "trade.us_exports_to_japan": F(75700000000, period="2023", as_written="U.S. goods exports to Japan that year were $75.7 billion", note="goods only; year carried from the sentence before"),
        "trade.us_imports_from_japan": F(147600000000, period="2023", as_written="Goods imports from Japan, mostly vehicles, machinery, and parts, came to $147.6 billion", note="goods only"),
        "trade.fdi_source_rank": F(1, as_written="Japanese firms have been the leading source of foreign direct investment (FDI) in the United States since 2019", note="also Table 1 (2022)"),
        "trade.treasury_holder_rank": F(1, as_written="Japan is also the biggest foreign holder of U.S. Treasury securities", note="also Table 1"),
        "economy.gdp_growth": GDP(y2023=1.9, y2022=1.0),
        "economy.supplementary_budget": F(90000000000, "nearly", period="2023-11", as_written="the Diet passed a ¥13.1 trillion supplementary budget, close to $90 billion at the time", note="month from 'Last November' in the sentence two before"),
        "economy.yen": F("34-year low against the dollar", period="2024-04", as_written="On April 29 it passed ¥160 per dollar, its weakest level against the dollar in 34 years"),
        "economy.emissions_cut_target": F(46, by="FY2030", baseline="FY2013", as_written="cut greenhouse gas emissions by 46% from FY2013 levels by FY2030"),
        "diplomacy.quad_leader_meetings": F(5, as_written="has convened five summit-level meetings, two of them virtually"),
        "diplomacy.ipef_other_partners": F(13, as_written="Japan is one of 14 founding partners, the United States among them", note="14 founding partners including Japan: 13 others"),
        "diplomacy.ukraine_humanitarian_aid": F(1300000000, "nearly", as_written="including close to $1.3 billion in humanitarian and reconstruction assistance"),
    },
    "elections": {
        "lower_house_2021": E("Lower House", "2021-10", "held", result="LDP-Komeito 293 of 465 seats (63%)"),
        "upper_house_2022": E("Upper House", "2022-07", "held", result="coalition holds 146 of 248 seats"),
        "okinawa_governor_2022": E("Okinawa governor", "2022-09", "held", result="Denny Tamaki won a second term"),
        "ldp_president_2024": E("LDP president", "2024-09", "upcoming", note="term ends and a leadership election is to be held that month"),
        "upper_house_2025": E("Upper House", "2025-07", "upcoming"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe Shinzo addresses a joint meeting of Congress", "2015-04", "held"),
        "abe_assassination": EV("Former Prime Minister Abe Shinzo assassinated", "2022-07-08"),
    },
    "notes": "Traps: 'On April 10, 2024' and 'the first accorded a Japanese leader in nine years' (a state visit, not tracked); 'Kishida spoke to a joint meeting of Congress' (2024; not Abe's address, which is 'in April 2015'); 'some 70 initiatives'; 'between 15% and 25%' (approval ratings) and 'since December 2023'; 'the current Treaty of Mutual Cooperation and Security was signed in 1960' (revision year, not the treaty ally year); 'signed in January 2022', 'five Japanese fiscal years (FY2022-FY2026)' and '¥1.05 trillion in all' (SMA signing, term and yen total); 'by the end of March 2025' (JSDF command); 'roughly 70% of the acreage reserved for exclusive U.S. use' (a different basis from the facilities share); 'last revised in 2012' and 'about 9,000 Marines are to leave Okinawa' (total leaving, not Guam); 'activated in 2020'; 'expected to start in late 2024' (planned, no Marines in Guam yet); 'first agreed in 1996' and 'until the mid-2030s'; 'a norm first set in 1976'; '¥43 trillion in defense outlays over five years (FY2023-FY2027)'; 'a record ¥7.95 trillion, 16% above the previous year's'; 'to buy 400 Tomahawk cruise missiles' (a count) and 'in November 2023'; 'deliveries start in FY2025'; 'targeted for deployment in 2035'; 'in the general election of October 2021' and 'half of which was elected in July 2022' (held elections, not the next one); 'some ¥600 million in ticket revenue'; 'In April 28 by-elections for three Lower House seats' (by-elections, not listed); 'Kishida's three-year term as LDP president ends in September 2024' (an LDP vote, not a Diet election); 'The Lower House's four-year term runs to October 2025' (deadline only); 'took office in May 2022'; 'At Camp David in August 2023'; 'On April 11, 2024' (trilateral summit); 'imposed in August 2023'; 'two of them virtually' (not the meeting count); 'one of 14 founding partners, the United States among them' (14 includes Japan: 13 others); 'entered into force in February 2024'; 'over $12 billion to Ukraine' (total, not financial support or humanitarian aid) and 'in February 2022'; 'on February 19, 2024' and '56 cooperation documents'; 'The U.S. goods deficit with Japan, some $72 billion, was the seventh-largest' (not a partner rank); Figure 1 (layout: years 2019-2023, ticks 0-175, two-series legend, no values; html caption only); Table 1's 'Year' column (2023, 2022, 'Mar. 2024'); 'since 2019' (not a rank) and 'roughly $712 billion at the end of 2022' (FDI stock); 'Nippon Steel's $14.9 billion offer', 'agreed in December 2023'; 'about $1.19 trillion as of March, ahead of China's $767 billion'; 'in force since January 1, 2020'; 'tariffs of up to 25% on Japanese autos; none were imposed' (not a tariff on most imports); 'Since April 2022', '1.25 million metric tons' and 'the 25% Section 232 duty' (steel); 'output fell at an annualized pace of 2.0%' (a quarter) and 'released May 16'; 'for the first time in 17 years, ending eight years of negative rates'; 'passed ¥160 per dollar'; 'an economic package of ¥17 trillion' and '¥40,000 per person'; '¥13.1 trillion' (yen, beside the dollar amount); 'average raises of 5.1%, the largest in 33 years'; 'net zero by 2050'; sidebar 'Basing in Okinawa' (html aside, with Figure 1's caption); layout text: pdftotext -layout runs the columns side by side, curly quotes, hyphenated line ends",
}
