from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "XC1-IF10199-2025-06", "fresh44", "IF10199", 52
LAYOUTS = ["md", "layout"]
PDF_OPTS = ["hyph", "nbsp"]
CHART = {"unit": "$ billions", "ymax": 1400, "ticks": [0, 350, 700, 1050, 1400],
         "series": ["Japan's holdings, end of period"],
         "bars": {"2021": (1302,), "2022": (1076,), "2023": (1138,), "2024": (1061,), "Apr. 2025": (1135,)}}

MD = """
U.S.-Japan Relations

Updated June 24, 2025

## Overview

Tariffs have crowded most other issues off the bilateral agenda since President Donald Trump began his second term in January 2025. Japan, long the closest U.S. ally in Asia and the largest foreign investor in the United States, now pays higher U.S. duties on nearly everything it ships across the Pacific, and its automakers, which account for about a third of its exports to the United States, have been hit hardest. Prime Minister Ishiba Shigeru, who took office in October 2024 and leads a minority government in the lower chamber of the Diet, has made tariff relief his top external priority. His chief negotiator, Economic Revitalization Minister Akazawa Ryosei, has traveled to Washington seven times since April. When Trump and Ishiba met on the margins of the Group of Seven (G7) summit in Kananaskis, Canada, on June 16, they did not close a deal.

The security relationship has drawn less attention but is under its own strain. Administration officials have urged Tokyo to spend more on defense than it has planned, and the costs of hosting U.S. forces are due for renegotiation next year.

## Tariffs and the Negotiations

Three layers of new U.S. tariffs now apply to goods from Japan:

- a 10% tariff on most imports, charged since April 5 on top of ordinary most-favored-nation (MFN) duties;
- a 25% Section 232 tariff on passenger vehicles (from April 3) and on many auto parts (from May 3), which replaced the 10% layer for those goods;
- Section 232 tariffs on steel and aluminum, raised from 25% to 50% on June 4.

On April 2, the President announced a "reciprocal" rate of 24% for Japan. A week later, he suspended the country-specific rates for 90 days, to July 9, leaving the 10% charge in place. If no agreement is reached by then, the 24% rate, or a higher one, could take effect. Trump has said that Japan's rice market and its purchases of U.S. cars are among his grievances.

Talks began after the two leaders spoke by telephone on April 7, when Trump agreed to open negotiations and Tokyo became one of the first partners to be offered them. Japanese officials have proposed cooperation in shipbuilding, purchases of U.S. liquefied natural gas (LNG) and farm products, and joint investment in semiconductors, in return for lower tariffs, especially on vehicles. Tokyo has resisted a deal that leaves the 25% auto duty in place. At their first summit on February 7, Ishiba told Trump that Japan aimed to raise its total investment in the United States to $1 trillion, though he set no deadline and committed no public funds.

## Economic Ties

Japan was the sixth-largest U.S. trading partner in 2024, counting both goods and services. It ranked fifth as a market for U.S. exports, which reached $128.7 billion that year, and fifth as a source of U.S. imports, which came to $191.9 billion. The U.S. deficit in goods trade with Japan, about $68 billion, was the seventh largest with any country.

Japanese firms held some $783 billion in direct investment in the United States at the end of 2023. That total has exceeded any other country's every year since 2019. In the largest recent deal, Nippon Steel completed its purchase of U.S. Steel on June 18 for about $14.1 billion, after President Trump approved the sale under an agreement that gives the U.S. government a "golden share" in the company. Nippon Steel has committed to invest roughly $11 billion in U.S. Steel's plants by 2028. President Biden had blocked the sale in January 2025.

Japan also remains the top foreign holder of U.S. Treasury securities (Figure 1), with about $1.1 trillion in April. The United Kingdom moved ahead of China into second place in March.

**Figure 1. Japan's Holdings of U.S. Treasury Securities, 2021-April 2025**

Source: U.S. Department of the Treasury, Treasury International Capital (TIC) data.

## The Alliance

The United States and Japan have been treaty allies since 1952; the current Treaty of Mutual Cooperation and Security was signed in 1960. Some 55,000 U.S. military personnel are based in Japan, the largest U.S. presence in any foreign country. In March 2025, during a visit by Defense Secretary Pete Hegseth, the two governments confirmed plans to upgrade U.S. Forces, Japan (USFJ) into a joint force headquarters, alongside the Japan Self-Defense Forces' new Joint Operations Command, which stood up that month.

Japan's payments for U.S. forces fall under a Special Measures Agreement (SMA) announced in December 2021. Under it, Japan pays about ¥211 billion a year, roughly $1.4 billion at recent exchange rates. The agreement expires at the end of March 2027, and talks on its successor are expected to start in 2026. During his 2024 campaign, Trump repeatedly said allies hosting U.S. troops should pay more.

## Defense Spending

Under the national security strategy it adopted in December 2022, the government intends to raise spending on defense and related items to 2% of GDP by FY2027. That would be double the informal cap of about 1% that Japanese governments observed for decades. Over the five years from FY2023, Tokyo plans ¥43 trillion in defense outlays; the FY2025 budget alone provides ¥8.7 trillion. Some U.S. officials have pressed for more: according to press reports in June, Washington has asked Japan to spend 3.5% of GDP, and NATO members are expected at their June 24-25 summit to adopt a 5% target. Ishiba has said Japan will decide its own defense budget.

Among Japan's larger purchases are Tomahawk cruise missiles, up to 400 of them, in a sale the State Department approved in November 2023 at an estimated $2.35 billion. Deliveries began earlier this year.

## Okinawa and the Marines

The southern prefecture of Okinawa makes up less than 1% of Japan's land area, yet it hosts about 70% of the facilities reserved for the exclusive use of U.S. forces in Japan and over half of U.S. personnel. Under a 2012 bilateral plan, about 4,000 of the roughly 19,000 Marines on Okinawa are to move to Guam. An advance group of about 100 logistics Marines arrived there in December 2024, the first to relocate under the plan. Construction of the Henoko replacement facility for Marine Corps Air Station Futenma, which Governor Tamaki Denny opposes, is not expected to finish before the mid-2030s.

## Japanese Politics

Ishiba won the Liberal Democratic Party (LDP) leadership election in September 2024 and called a snap Lower House election for October 27, 2024. It went badly: the LDP and its partner Komeito fell to 215 of the 465 seats, about 46%, short of the 233 needed for a majority, and down from 279 before the vote. The coalition now depends on opposition parties, case by case, to pass budgets and bills; in March the FY2025 budget passed only with votes from the Japan Innovation Party (Ishin). In the House of Councillors, the coalition still controls roughly 56% of the seats.

Half of that chamber is up for election on July 20, 2025. Polls suggest the coalition could lose its upper house majority as well; a loss could put Ishiba's position as party leader at risk. His cabinet's approval rating was near 30% in most June surveys. Results in the June 22 Tokyo Metropolitan Assembly election, where the LDP won 21 of 127 seats, were taken as a warning. No Lower House election is required until October 2028.

The LDP has been weakened since the July 2022 assassination of former Prime Minister Abe Shinzo by revelations of unreported political funds among its factions, most of which have since dissolved.

## The Economy

Real GDP grew by just 0.1% in 2024, after 1.5% in 2023. Output fell again in the first quarter of 2025, by 0.2% at an annualized rate. Inflation has run above the Bank of Japan's 2% target for three years, and the bank raised its policy rate to 0.5% in January, the highest in 17 years. A ¥13.9 trillion supplementary budget (about $89 billion) passed in December 2024, mostly to fund subsidies for energy bills and payments to low-income households. Ahead of the election, Ishiba has promised a further cash handout of ¥20,000 per person.

The yen slid to a 38-year low against the dollar in July 2024, above ¥161; it has since strengthened to about ¥145. Japan's latest climate commitment, submitted in February 2025, keeps its pledge to cut greenhouse gas emissions by 46% from 2013 levels by 2030, and adds cuts of 60% by FY2035 and 73% by FY2040.

## Regional Diplomacy

The Quad's leaders (of Australia, India, Japan, and the United States) have met six times, most recently in Wilmington, Delaware, in September 2024. India is to host the next meeting, expected later this year. Japan, the United States, and the Philippines have expanded trilateral coast guard and military exercises since a first trilateral leaders' summit in April 2024. Relations with South Korea remain stable after Lee Jae-myung won that country's June 3 presidential election. Since Russia's invasion of Ukraine in 2022, Japan has committed more than $12 billion in aid of all kinds to Kyiv, and it has joined G7 partners in lending against the proceeds of frozen Russian assets.

## Issues for Congress

- whether a tariff deal with Japan should be submitted to Congress, and whether it would cover autos;
- how the SMA talks due next year should treat Japan's payments, which some Members consider too low;
- whether to press Tokyo to exceed its 2% defense spending goal;
- the terms of the Nippon Steel national security agreement and their oversight.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Caitlin Campbell**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "leaders.japan_prime_minister": P("Ishiba", "Shigeru", "Prime Minister Ishiba Shigeru", note="family name first"),
        "trade.us_tariff_on_most_imports_from_japan": F(10, period="2025-04-05", as_written="a 10% tariff on most imports, charged since April 5 on top of ordinary most-favored-nation (MFN) duties", note="bullet; the baseline in effect, not the suspended 24%"),
        "trade.overall_partner_rank": F(6, period="2024", as_written="Japan was the sixth-largest U.S. trading partner in 2024"),
        "trade.export_partner_rank": F(5, period="2024", as_written="It ranked fifth as a market for U.S. exports", note="subject carried ('It')"),
        "trade.us_exports_to_japan": F(128700000000, period="2024", as_written="which reached $128.7 billion that year"),
        "trade.import_partner_rank": F(5, period="2024", as_written="and fifth as a source of U.S. imports"),
        "trade.us_imports_from_japan": F(191900000000, period="2024", as_written="which came to $191.9 billion"),
        "trade.fdi_source_rank": F(1, period="2023", as_written="That total has exceeded any other country's every year since 2019", note="rank by comparison, subject carried; also 'the largest foreign investor in the United States' in the Overview"),
        "trade.treasury_holder_rank": F(1, as_written="Japan also remains the top foreign holder of U.S. Treasury securities"),
        "alliance.treaty_ally_since": F(1952, as_written="The United States and Japan have been treaty allies since 1952", note="the record's year for this period; 1960 treaty is a trap"),
        "alliance.us_troops_in_japan": F(55000, "about", as_written="Some 55,000 U.S. military personnel are based in Japan"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="a Special Measures Agreement (SMA) announced in December 2021"),
        "alliance.host_nation_support_per_year": F(1400000000, "about", per="year", as_written="Under it, Japan pays about ¥211 billion a year, roughly $1.4 billion at recent exchange rates", note="dollar value; yen amount also stated"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2027", as_written="to raise spending on defense and related items to 2% of GDP by FY2027"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="the informal cap of about 1% that Japanese governments observed for decades"),
        "defense.tomahawk_purchase": F(2350000000, "about", as_written="a sale the State Department approved in November 2023 at an estimated $2.35 billion"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="makes up less than 1% of Japan's land area"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="it hosts about 70% of the facilities reserved for the exclusive use of U.S. forces in Japan", note="exclusive-use basis"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="and over half of U.S. personnel", note="fraction in words"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="about 4,000 of the roughly 19,000 Marines on Okinawa are to move to Guam"),
        "alliance.marines_in_guam": F(100, "about", as_written="An advance group of about 100 logistics Marines arrived there in December 2024", note="'there' carried from Guam in the sentence before"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="the LDP and its partner Komeito"),
        "politics.lower_house_coalition_share": F(46, "about", as_written="fell to 215 of the 465 seats, about 46%"),
        "politics.upper_house_coalition_share": F(56, "about", as_written="In the House of Councillors, the coalition still controls roughly 56% of the seats"),
        "politics.next_diet_election_due": F(2025, as_written="Half of that chamber is up for election on July 20, 2025"),
        "politics.lower_house_election_due": D("2028-10", as_written="No Lower House election is required until October 2028"),
        "economy.gdp_growth": GDP(y2024=0.1, y2023=1.5),
        "economy.supplementary_budget": F(89000000000, "about", period="2024-12", as_written="A ¥13.9 trillion supplementary budget (about $89 billion) passed in December 2024"),
        "economy.yen": F("38-year low against the dollar", period="2024-07", as_written="The yen slid to a 38-year low against the dollar in July 2024"),
        "economy.emissions_cut_target": F(46, by="2030", baseline="2013", as_written="cut greenhouse gas emissions by 46% from 2013 levels by 2030"),
        "diplomacy.quad_leader_meetings": F(6, as_written="The Quad's leaders (of Australia, India, Japan, and the United States) have met six times"),
    },
    "elections": {
        "ldp_president_2024": E("LDP president", "2024-09", "held", result="Ishiba won"),
        "lower_house_2024": E("Lower House", "2024-10-27", "held", result="LDP-Komeito 215 of 465 seats, about 46%; majority lost"),
        "upper_house_2025": E("Upper House", "2025-07-20", "upcoming"),
    },
    "events": {
        "tariff_talks_announced": EV("Trump and Ishiba agree by telephone to open tariff negotiations", "2025-04-07", "held"),
        "abe_assassination": EV("Former Prime Minister Abe Shinzo assassinated", "2022-07"),
    },
    "notes": "Traps: 'in January 2025' (second term start); 'about a third of its exports'; 'who took office in October 2024'; 'seven times since April'; 'on June 16'; 'are due for renegotiation next year'; bullet 'a 25% Section 232 tariff on passenger vehicles (from April 3) and on many auto parts (from May 3), which replaced the 10% layer' (autos, not most imports; the 2025 auto proclamation is not the tracked 2019 event); bullet 'raised from 25% to 50% on June 4' (steel and aluminum); 'a \"reciprocal\" rate of 24% for Japan' (announced, suspended) and 'for 90 days, to July 9'; 'the 24% rate, or a higher one, could take effect' (threatened); 'aimed to raise its total investment in the United States to $1 trillion, though he set no deadline' (an aspiration for the FDI stock, not trade.japan_investment_pledge) and 'At their first summit on February 7'; 'about $68 billion, was the seventh largest' (goods deficit and its rank, not trade ranks); 'some $783 billion in direct investment ... at the end of 2023' (an amount, no IF10199 fact); 'every year since 2019' (not a rank); 'on June 18 for about $14.1 billion' and 'roughly $11 billion in U.S. Steel's plants by 2028' and 'had blocked the sale in January 2025'; 'with about $1.1 trillion in April' (holdings) and 'The United Kingdom moved ahead of China into second place in March'; Figure 1 (layout: $ billions, ticks 0-1400, years 2021-Apr. 2025, no values); 'the current Treaty of Mutual Cooperation and Security was signed in 1960'; 'the largest U.S. presence in any foreign country' (not a rank fact); 'In March 2025, during a visit by Defense Secretary Pete Hegseth'; 'about ¥211 billion a year' (yen beside the dollar value); 'expires at the end of March 2027' and 'expected to start in 2026'; 'During his 2024 campaign'; 'the national security strategy it adopted in December 2022'; 'Tokyo plans ¥43 trillion' and 'the FY2025 budget alone provides ¥8.7 trillion'; 'asked Japan to spend 3.5% of GDP' (reported request) and 'NATO members ... adopt a 5% target' and 'June 24-25 summit'; 'up to 400 of them' (count); 'Under a 2012 bilateral plan' and 'the roughly 19,000 Marines on Okinawa' (total, not Guam); 'not expected to finish before the mid-2030s'; 'short of the 233 needed for a majority, and down from 279 before the vote' (seat counts); 'in March the FY2025 budget passed'; 'approval rating was near 30%'; 'the June 22 Tokyo Metropolitan Assembly election, where the LDP won 21 of 127 seats' (local race, not listed); 'fell again in the first quarter of 2025, by 0.2% at an annualized rate' (a quarter); 'the Bank of Japan's 2% target' and 'raised its policy rate to 0.5% in January, the highest in 17 years'; 'a further cash handout of ¥20,000 per person' (a promise); 'above ¥161' and 'about ¥145'; 'adds cuts of 60% by FY2035 and 73% by FY2040' (later targets); 'in Wilmington, Delaware, in September 2024' and 'India is to host the next meeting' (planned); 'a first trilateral leaders' summit in April 2024'; 'Lee Jae-myung won that country's June 3 presidential election' (another country); 'more than $12 billion in aid of all kinds' (total) (a total of all kinds, no split into financial and humanitarian aid: neither Ukraine fact stated); Issues bullets '2% defense spending goal' (repeat). Layout: pdftotext -layout of the two-column PDF with non-breaking spaces and hyphenated line ends; the bullet lists and the chart run beside the other column.",
}
