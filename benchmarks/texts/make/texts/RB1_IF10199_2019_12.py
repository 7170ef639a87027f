from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "RB1-IF10199-2019-12", "fresh37", "IF10199", 36
LAYOUTS = ["layout", "md"]
PDF_OPTS = ["lig", "quotes"]
CHART = {"unit": "¥ trillions", "ymax": 6, "ticks": [0, 2, 4, 6],
         "series": ["Defense budget (initial)"],
         "bars": {"FY2015": (4.98,), "FY2016": (5.05,), "FY2017": (5.13,), "FY2018": (5.19,), "FY2019": (5.26,), "FY2020": (5.32,)}}

MD = """
U.S.-Japan Relations

Updated December 17, 2019

## Overview

Japan ranks among the closest U.S. allies anywhere. The two countries' security ties rest on a treaty concluded at San Francisco in 1951 and revised in 1960, under which Japan provides bases and the United States pledges to defend Japan. The world's third-largest economy, Japan is also bound to the United States by dense flows of trade, capital, and technology.

Relations at the top have been unusually warm. Prime Minister Abe Shinzo has courted President Donald Trump since calling on him in New York days after the 2016 U.S. election, and the two have met or talked by telephone dozens of times. In late May, Trump became the first foreign head of state received by Emperor Naruhito, who ascended the throne on May 1; a month later he was back for the Group of 20 (G-20) summit in Osaka. On November 20, Abe overtook Katsura Taro, who headed three cabinets early in the last century, as the longest-serving prime minister in Japanese history.

Beneath the personal rapport, differences persist: over trade, over what Tokyo pays toward the U.S. military presence, and over North Korea, whose short-range missile launches since May Japan has condemned and the President has played down.

## A First-Stage Trade Deal

Nearly three years after the United States left the Trans-Pacific Partnership (TPP), Washington and Tokyo have struck a narrower bilateral bargain. Formal negotiations got under way in April. On September 25, meeting on the sidelines of the U.N. General Assembly in New York, the two leaders declared the first stage finished, and their representatives signed two agreements on October 7:

- the U.S.-Japan Trade Agreement, by which Japan is to reduce or remove tariffs on about $7 billion worth of U.S. farm products, largely matching what TPP members receive, while the United States cuts duties on some Japanese industrial goods, such as machine tools;
- the U.S.-Japan Digital Trade Agreement, which bans customs duties on electronic transmissions and limits data-localization requirements.

Japan's 38.5% duty on U.S. beef is to fall in annual steps to 9% by FY2033. The Diet approved both pacts on December 4, clearing the way for them to take effect with the new year.

Autos were left for later. On May 17, acting under Section 232 of the Trade Expansion Act of 1962, the President proclaimed that imports of cars and parts threaten to impair U.S. national security and instructed the U.S. Trade Representative to seek agreements limiting them. Tariffs as high as 25% had been under discussion. Japanese officials read the leaders' September joint statement as a promise that no such duties will be placed on Japan; U.S. officials have not said so in public.

## Economic Ties

In 2018 Japan was the fourth-largest U.S. trading partner, and it held the same place whether counted as a buyer of U.S. goods and services or as a seller of them to Americans. Bilateral flows are shown in Table 1. Through October of this year, U.S. goods imports from Japan were running about 2% ahead of the 2018 pace.

Table 1. U.S. Trade with Japan, 2018 ($ billions)

| Flow | Goods | Services | Total |
| --- | --- | --- | --- |
| U.S. exports to Japan | 75.0 | 45.9 | 120.9 |
| U.S. imports from Japan | 142.6 | 35.5 | 178.1 |
| Balance | -67.6 | 10.4 | -57.2 |

Source: U.S. Bureau of Economic Analysis; U.S. Census Bureau.

Japanese companies had invested $484.4 billion in the United States by the end of 2018, a stock exceeded only by that of British firms; their U.S. affiliates employ close to 900,000 workers. As of September, it held some $1.16 trillion of U.S. Treasury securities, more than any other foreign country, having passed China for the top position in June.

## The Alliance and Its Costs

Roughly fifty-four thousand U.S. military personnel are stationed in Japan, more than in any other foreign country; South Korea hosts about 28,500. Tokyo pays close to $2 billion each year toward the cost of the U.S. presence, under a five-year Special Measures Agreement (SMA) concluded in December 2015, which took effect in April 2016 and expires at the end of March 2021. Negotiations on a successor are expected to open early next year. According to press accounts last month, U.S. officials have floated a demand for about $8 billion a year, some four times the present level.

Defense spending has grown every year since Abe returned to office in December 2012, and the FY2020 request of ¥5.3 trillion would again be a record (Figure 1). Even so, outlays remain close to 1% of gross domestic product (GDP), the level that postwar cabinets long treated as a ceiling. Some LDP lawmakers cite NATO's guideline of 2% of GDP, but the government has not adopted it as a target.

**Figure 1. Japan's Defense Budget, FY2015-FY2020**

Source: Japan Ministry of Defense. Initial budgets; FY2020 as requested.

## Okinawa

Okinawa Prefecture, just 0.6% of Japan's land area, hosts close to one-quarter of the facilities used by U.S. forces in Japan and more than half of their personnel. A 2012 bilateral agreement calls for about 9,000 Marines to leave the island; of those, around 4,000 are to move to Guam, starting in the first half of the 2020s. Governor Tamaki Denny, elected in September 2018 after the death of his predecessor, opposes building a replacement for Marine Corps Air Station Futenma at Henoko. In a nonbinding referendum in February, 72% of voters rejected the landfill work, which continues.

## Japanese Politics

Abe's Liberal Democratic Party (LDP) governs with a smaller partner, Komeito. Since the October 2017 snap election, the two have controlled more than two-thirds of the seats in the Lower House. In the Upper House election this past July they won 71 of the 124 seats at stake. The coalition thus kept a solid majority in that chamber, 141 of 245 seats, or a little under three-fifths; the wider bloc of lawmakers who favor revising the constitution, however, fell short of the two-thirds needed to propose an amendment.

Abe won a third straight term as LDP president in September 2018. Party rules bar him from a fourth, and his current term ends in September 2021. No Diet election is required before October 2021, when the four-year term of Lower House members expires, although some in the party expect Abe to dissolve the chamber after the Tokyo Olympics next summer. His cabinet's approval rating slipped to around 42% in December after criticism of a state-funded cherry-blossom party.

## The Economy

Growth has been modest. After expanding 1.9% in 2017, real GDP rose just 0.8% in 2018, and the International Monetary Fund projects 0.9% for 2019. The consumption tax went up from 8% to 10% on October 1, an increase twice postponed. To support demand, the cabinet on December 5 adopted a package with ¥13.2 trillion of government outlays (¥26 trillion counting private spending); on December 13, it approved a ¥4.5 trillion, or about $41 billion, supplementary budget for FY2019, to go to the Diet in January.

Under the Paris Agreement, Japan has pledged to cut its greenhouse gas emissions by 26% from FY2013 levels by FY2030. Critics point to its reliance on coal, which generated about a third of its electricity in 2018.

## Japan and Its Neighbors

Japan's ties with South Korea have fallen to their lowest point in decades. After South Korea's Supreme Court ordered Japanese firms in late 2018 to compensate Koreans forced to work for them during World War II, Japan in July tightened export licensing of three chemicals used by Korean chipmakers, and in August removed South Korea from its list of trusted trading partners. Seoul then said it would leave GSOMIA, a military intelligence-sharing pact; under U.S. pressure, it suspended that decision on November 22, hours before the pact was due to lapse.

Tokyo promotes a "free and open Indo-Pacific." In September, the foreign ministers of Japan, the United States, Australia, and India met in New York, the first ministerial gathering of the group known as the Quad, which had earlier met only at the level of senior officials. Abe is to receive Chinese President Xi Jinping on a state visit next spring.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Brock R. Williams**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Abe Shinzo", note="family name first"),
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "alliance.treaty_ally_since": F(1951, as_written="a treaty concluded at San Francisco in 1951 and revised in 1960", note="1960 the revision"),
        "alliance.us_troops_in_japan": F(54000, "about", as_written="Roughly fifty-four thousand U.S. military personnel are stationed in Japan", note="number in words"),
        "alliance.host_nation_support_per_year": F(2000000000, "nearly", per="year", as_written="Tokyo pays close to $2 billion each year toward the cost of the U.S. presence"),
        "alliance.host_nation_support_agreement": D("2015-12", as_written="a five-year Special Measures Agreement (SMA) concluded in December 2015", note="April 2016 entry into force and March 2021 expiry are traps"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "nearly", as_written="hosts close to one-quarter of the facilities used by U.S. forces in Japan", note="fraction in words; 'close to' = nearly"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="and more than half of their personnel"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="Okinawa Prefecture, just 0.6% of Japan's land area", note="'just' is not a hedge"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="of those, around 4,000 are to move to Guam", note="'those' = the 9,000 leaving Okinawa"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="outlays remain close to 1% of gross domestic product (GDP), the level that postwar cabinets long treated as a ceiling", note="'close to' hedges the spending, not the ceiling"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="Abe's Liberal Democratic Party (LDP) governs with a smaller partner, Komeito"),
        "politics.lower_house_coalition_share": F(67, "over", as_written="the two have controlled more than two-thirds of the seats in the Lower House", note="fraction in words: two-thirds = 67"),
        "politics.upper_house_coalition_share": F(60, "under", as_written="141 of 245 seats, or a little under three-fifths", note="fraction in words: three-fifths = 60; 'a little under' = under"),
        "politics.next_diet_election_due": F(2021, as_written="No Diet election is required before October 2021"),
        "politics.lower_house_election_due": D("2021-10", as_written="No Diet election is required before October 2021, when the four-year term of Lower House members expires", note="22 months away: no upcoming lower_house_2021"),
        "trade.overall_partner_rank": F(4, period="2018", as_written="In 2018 Japan was the fourth-largest U.S. trading partner"),
        "trade.export_partner_rank": F(4, period="2018", as_written="it held the same place whether counted as a buyer of U.S. goods and services", note="'the same place' = fourth"),
        "trade.import_partner_rank": F(4, period="2018", as_written="or as a seller of them to Americans", note="'the same place' = fourth"),
        "trade.us_exports_to_japan": F(120900000000, period="2018", as_written="U.S. exports to Japan | 75.0 | 45.9 | 120.9", note="Table 1 only, Total column; '$ billions' and 2018 from the caption"),
        "trade.us_imports_from_japan": F(178100000000, period="2018", as_written="U.S. imports from Japan | 142.6 | 35.5 | 178.1", note="Table 1 only, Total column"),
        "trade.fdi_source_rank": F(2, as_written="Japanese companies had invested $484.4 billion in the United States by the end of 2018, a stock exceeded only by that of British firms", note="rank by exclusion: second after the United Kingdom"),
        "trade.treasury_holder_rank": F(1, period="2019-09", as_written="As of September, it held some $1.16 trillion of U.S. Treasury securities, more than any other foreign country"),
        "economy.gdp_growth": GDP(y2018=0.8, y2017=1.9),
        "economy.supplementary_budget": F(41000000000, "about", period="2019-12-13", as_written="it approved a ¥4.5 trillion, or about $41 billion, supplementary budget for FY2019", note="approved by the cabinet, to go to the Diet in January"),
        "economy.emissions_cut_target": F(26, by="FY2030", baseline="FY2013", as_written="Japan has pledged to cut its greenhouse gas emissions by 26% from FY2013 levels by FY2030"),
    },
    "elections": {
        "lower_house_2017": E("Lower House", "2017-10", "held", result="LDP and Komeito more than two-thirds of the seats"),
        "upper_house_2019": E("Upper House", "2019-07", "held", result="coalition won 71 of 124 seats at stake; 141 of 245 overall", note="'this past July' on a December 2019 cover"),
        "ldp_president_2018": E("LDP president", "2018-09", "held", result="Abe won a third straight term"),
        "okinawa_governor_2018": E("Okinawa governor", "2018-09", "held", result="Tamaki Denny elected"),
    },
    "events": {
        "first_negotiating_round": EV("Formal U.S.-Japan trade negotiations begin", "2019-04", "held"),
        "section232_autos_proclamation": EV("President proclaims that auto and parts imports threaten to impair U.S. national security (Section 232)", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Trump and Abe declare the first stage of the trade deal finished, in New York", "2019-09-25", "held"),
    },
    "notes": "Traps: 'revised in 1960' (treaty revision year); 'The world's third-largest economy' (not a trade rank); 'since calling on him in New York days after the 2016 U.S. election' and 'dozens of times'; 'who ascended the throne on May 1' (Emperor); 'Abe overtook Katsura Taro, who headed three cabinets early in the last century' (former prime minister); 'short-range missile launches since May'; 'about $7 billion worth of U.S. farm products'; 'Japan's 38.5% duty on U.S. beef is to fall in annual steps to 9% by FY2033'; 'signed two agreements on October 7' and 'The Diet approved both pacts on December 4' (agreements are no IF10199 facts); 'Tariffs as high as 25% had been under discussion' (never imposed: no tariff on most imports); 'the leaders' September joint statement'; 'In 2018 ... fourth-largest' also covers the export/import ranks via 'the same place'; 'running about 2% ahead of the 2018 pace' (partial year); Table 1's goods and services columns and its Balance row (-67.6, 10.4, -57.2), not the totals; '$484.4 billion' (FDI stock, no catalogue fact) and 'close to 900,000 workers'; 'having passed China for the top position in June' (rank since June; period of the holdings' date); 'South Korea hosts about 28,500' (another country); 'which took effect in April 2016 and expires at the end of March 2021' (not the agreement date); 'a demand for about $8 billion a year, some four times the present level' (floated, not paid); 'since Abe returned to office in December 2012'; 'the FY2020 request of ¥5.3 trillion'; 'NATO's guideline of 2% of GDP, but the government has not adopted it as a target' (no spending goal); Figure 1 (defense budget FY2015-FY2020, ¥ trillions; ticks 0-6, fiscal-year labels, no values); 'about 9,000 Marines to leave the island' (total leaving, not Guam); 'starting in the first half of the 2020s'; 'elected in September 2018 after the death of his predecessor'; '72% of voters rejected the landfill work' (referendum); 'they won 71 of the 124 seats at stake' (seats contested, not the share); 'fell short of the two-thirds needed to propose an amendment' (not the coalition's share); 'his current term ends in September 2021' (LDP term end alone, no election); 'dissolve the chamber after the Tokyo Olympics next summer' (speculation); 'approval rating slipped to around 42%'; 'the International Monetary Fund projects 0.9% for 2019' (projection); 'from 8% to 10% on October 1' (consumption tax); '¥13.2 trillion of government outlays (¥26 trillion counting private spending)' (stimulus package, not the supplementary budget); 'about a third of its electricity in 2018'; 'three chemicals' and 'hours before the pact was due to lapse'; 'the first ministerial gathering of the group known as the Quad' (foreign ministers, not leaders: no Quad leader count); 'Chinese President Xi Jinping on a state visit next spring' (planned, another country's leader). Layout: pdftotext -layout of a two-column PDF with ligatures and curly quotes; Table 1, Figure 1 and a two-item bullet list in the columns.",
}
