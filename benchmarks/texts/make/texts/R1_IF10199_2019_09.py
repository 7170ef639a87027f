from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "R1-IF10199-2019-09", "fresh4", "IF10199", 41
LAYOUTS = ["md", "pdf", "layout"]
PDF_OPTS = ["lig", "quotes", "nbsp", "hyph"]
CHART = {"unit": "percent", "ymax": 3, "ticks": [0, 1, 2, 3],
         "series": ["Real GDP growth"],
         "bars": {"2014": (0.4,), "2015": (1.2,), "2016": (0.5,), "2017": (1.9,), "2018": (0.8,)}}

MD = """
U.S.-Japan Relations

Updated September 10, 2019

## Overview

The alliance between the United States and Japan, anchored by a security treaty in force since 1952 and revised in 1960, remains the foundation of U.S. strategy in East Asia. It is also under more strain than at any point in a generation. President Donald J. Trump has questioned the treaty's fairness in public, and his Administration has pressed Tokyo both to open its farm market and to shoulder more of the cost of U.S. bases. Abe Shinzo, who in November is set to become Japan's longest-serving prime minister, has answered with a mix of personal diplomacy and concessions at the margins.

At the Group of Seven summit in Biarritz on August 25, the two leaders announced that they had reached agreement "in principle" on a limited trade deal. Officials have said they hope to sign it later this month; its text has not been released. Bilateral talks had opened in April.

## The Security Relationship

By the Pentagon's count, approximately fifty-four thousand U.S. military personnel are stationed in Japan, with roughly 42,000 family members and civilian employees alongside them. Tokyo covers part of the bill. Under the current Special Measures Agreement, agreed in December 2015 and in effect since April 2016, Japan contributes an average of just under ¥190 billion a year, around $1.7 billion at current exchange rates. The agreement expires in March 2021, and negotiations on its successor are expected to start next year; press reports say the Administration will seek a substantially larger payment.

Japan's defense budget has grown for seven consecutive years, but spending still hovers around 1% of GDP, a level most postwar governments treated as a ceiling. Trump has compared that figure unfavorably with NATO's 2% guideline. Japan has no official target of its own.

## Okinawa

Okinawa Prefecture makes up 0.6% of Japan's land area. It hosts about 70% of the land reserved for the exclusive use of U.S. forces and more than half of the U.S. military personnel in Japan. Under a 2012 bilateral plan, some 9,000 Marines are to leave the prefecture; approximately 4,000 of them will go to Guam, with transfers now expected to begin in the first half of the 2020s.

Opposition to the Futenma replacement facility at Henoko remains strong. Governor Denny Tamaki, elected in September 2018 after the death of Takeshi Onaga, has continued his predecessor's challenge to the project, and 72% of voters in a February 2019 prefectural referendum opposed the landfill work.

## Domestic Politics

Abe's Liberal Democratic Party (LDP) governs with Komeito, its partner since 1999. In the July 21 House of Councillors election the coalition held its majority, although it fell short of the two-thirds that Abe would need, with the help of allied parties, to propose amending the constitution. Table 1 shows the coalition's position in each chamber.

Table 1. Ruling Coalition Seats in the Diet

| Chamber | Seats held | Share | Last election |
| --- | --- | --- | --- |
| House of Representatives | 313 of 465 | 67% | Oct. 2017 |
| House of Councillors | 141 of 245 | 58% | July 2019 |

Source: Japan Ministry of Internal Affairs and Communications.

The lower chamber's four-year term ends in October 2021, and no national election is scheduled before then, though a prime minister may dissolve the chamber at any time. Abe's third and, under party rules, final term as LDP president runs until September 2021.

## Economic and Trade Relations

Japan was the fourth-largest U.S. trading partner in 2018. It placed fourth as a market, too: U.S. exports of goods and services to Japan reached $120.6 billion. Only three countries—China, Mexico, and Canada—sold more to the United States than Japan did; imports from Japan totaled $178.9 billion. The stock of Japanese direct investment in the United States was $484 billion at the end of 2018, the second largest of any country's, after the United Kingdom's. In June, Japan edged past China to become, once more, the largest foreign holder of U.S. Treasury securities.

Washington and Tokyo opened trade negotiations in April 2019, after Abe agreed in September 2018 to talks on goods. The prospective deal would cut Japanese tariffs on U.S. beef, pork, and other farm goods to the levels Japan applies to members of the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP), which took effect in December 2018. The Administration's 25% tariffs on steel and 10% on aluminum, imposed in March 2018, still apply to Japanese products. On May 17, Trump proclaimed that imports of autos and parts threaten U.S. national security but deferred any tariffs for up to 180 days to allow negotiations with Japan and the European Union.

## Japan's Economy

Real GDP grew 0.8% in 2018, down from 1.9% in 2017 (Figure 1). Growth held up in the first half of 2019, at an annualized 1.3% in the second quarter. The Diet enacted a second supplementary budget for FY2018 in February 2019, worth about $28 billion, much of it for disaster recovery and infrastructure. The consumption tax is to rise from 8% to 10% on October 1.

**Figure 1. Japan's Real GDP Growth, 2014-2018**

Source: Cabinet Office of Japan.

Under the Paris Agreement, Japan has committed to a 26% reduction in greenhouse gas emissions from FY2013 levels by FY2030.

## Abe's Diplomacy

Abe became, in April 2015, the first Japanese prime minister to address a joint meeting of Congress. He has met Trump more often than any other foreign leader has, and he hosted the President for a state visit in May 2019, the first by a foreign leader in Japan's new imperial era. Abe has also sought a thaw with China's Xi Jinping, who is to visit Japan in the spring of 2020. Relations with South Korea have sunk to a low point since July, when Tokyo tightened export controls on chemicals used by Korean chipmakers and Seoul announced that it would end a bilateral military intelligence-sharing pact.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Brock R. Williams**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Abe Shinzo, who in November is set to become Japan's longest-serving prime minister"),
        "leaders.us_president": P("Trump", "Donald", "President Donald J. Trump"),
        "alliance.treaty_ally_since": F(1952, as_written="a security treaty in force since 1952 and revised in 1960"),
        "alliance.us_troops_in_japan": F(54000, "about", as_written="approximately fifty-four thousand U.S. military personnel are stationed in Japan"),
        "alliance.host_nation_support_per_year": F(1700000000, "about", per="year", as_written="just under ¥190 billion a year, around $1.7 billion at current exchange rates", note="the dollar figure's hedge 'around'; 'just under' applies to the yen amount"),
        "alliance.host_nation_support_agreement": D("2015-12", as_written="the current Special Measures Agreement, agreed in December 2015 and in effect since April 2016"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="It hosts about 70% of the land reserved for the exclusive use of U.S. forces", note="basis: exclusive-use land"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="more than half of the U.S. military personnel in Japan"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="Okinawa Prefecture makes up 0.6% of Japan's land area"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="approximately 4,000 of them will go to Guam"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="spending still hovers around 1% of GDP, a level most postwar governments treated as a ceiling"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="Abe's Liberal Democratic Party (LDP) governs with Komeito"),
        "politics.lower_house_coalition_share": F(67, as_written="Table 1: House of Representatives | 313 of 465 | 67%"),
        "politics.upper_house_coalition_share": F(58, as_written="Table 1: House of Councillors | 141 of 245 | 58%"),
        "politics.next_diet_election_due": F(2021, as_written="The lower chamber's four-year term ends in October 2021, and no national election is scheduled before then"),
        "politics.lower_house_election_due": D("2021-10", as_written="The lower chamber's four-year term ends in October 2021"),
        "trade.overall_partner_rank": F(4, period="2018", as_written="Japan was the fourth-largest U.S. trading partner in 2018"),
        "trade.export_partner_rank": F(4, period="2018", as_written="It placed fourth as a market, too"),
        "trade.us_exports_to_japan": F(120600000000, period="2018", as_written="U.S. exports of goods and services to Japan reached $120.6 billion"),
        "trade.import_partner_rank": F(4, period="2018", as_written="Only three countries—China, Mexico, and Canada—sold more to the United States than Japan did", note="three countries ahead: rank 4"),
        "trade.us_imports_from_japan": F(178900000000, period="2018", as_written="imports from Japan totaled $178.9 billion"),
        "trade.fdi_source_rank": F(2, period="2018", as_written="the second largest of any country's, after the United Kingdom's"),
        "trade.treasury_holder_rank": F(1, as_written="In June, Japan edged past China to become, once more, the largest foreign holder of U.S. Treasury securities"),
        "economy.gdp_growth": GDP(y2018=0.8, y2017=1.9),
        "economy.supplementary_budget": F(28000000000, "about", period="2019-02", as_written="a second supplementary budget for FY2018 in February 2019, worth about $28 billion"),
        "economy.emissions_cut_target": F(26, by="2030", baseline="2013", as_written="a 26% reduction in greenhouse gas emissions from FY2013 levels by FY2030"),
    },
    "elections": {
        "lower_house_2017": E("Lower House", "2017-10", "held", result="coalition holds 313 of 465 seats (67%)", note="date from Table 1 ('Oct. 2017')"),
        "upper_house_2019": E("Upper House", "2019-07-21", "held", result="coalition held its majority, short of two-thirds; 141 of 245 seats (58%)"),
        "okinawa_governor_2018": E("Okinawa governor", "2018-09", "held", result="Denny Tamaki elected after the death of Takeshi Onaga"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe becomes the first Japanese prime minister to address a joint meeting of Congress", "2015-04", "held"),
        "first_negotiating_round": EV("U.S.-Japan trade negotiations open", "2019-04", "held"),
        "section232_autos_proclamation": EV("Trump proclaims that auto and parts imports threaten national security; tariffs deferred", "2019-05-17", "held"),
    },
    "notes": "Traps: 'revised in 1960' (not the alliance year); 'announced that they had reached agreement \"in principle\"' and 'hope to sign it later this month' (no trade deal signed); 'roughly 42,000 family members and civilian employees' (not troops); 'just under ¥190 billion a year' (yen, not the dollar amount) and 'in effect since April 2016' and 'expires in March 2021' (not the agreement date); 'NATO's 2% guideline' and 'Japan has no official target of its own' (no Japanese spending goal); 'some 9,000 Marines are to leave the prefecture' (the total leaving, not the Guam figure) and 'the first half of the 2020s'; 'Governor Denny Tamaki, elected in September 2018' (listed as held okinawa_governor_2018) and '72% of voters in a February 2019 prefectural referendum' (not a share of facilities); 'its partner since 1999'; 'the July 21 House of Councillors election' (listed as held upper_house_2019) and 'the two-thirds that Abe would need' (not a share held); Table 1 seat counts '313 of 465' and '141 of 245' (counts, the Share column is the fact); 'a prime minister may dissolve the chamber at any time'; 'final term as LDP president runs until September 2021' (a term end alone, not an election, as extract-dev's D1); 'Only three countries—China, Mexico, and Canada' (three ahead: import rank 4); '$484 billion at the end of 2018' (FDI stock, not a catalogue fact); 'after the United Kingdom's' (the first-ranked investor) and 'edged past China' (China now second); 'Abe agreed in September 2018 to talks on goods' (not the first round); 'CPTPP ..., which took effect in December 2018'; 'The Administration's 25% tariffs on steel and 10% on aluminum' (product tariffs, not a tariff on most imports); 'deferred any tariffs for up to 180 days'; 'an annualized 1.3% in the second quarter' (a quarter, not a year); Figure 1 (PDF/layout) axis ticks and years 2014-2016 without values; 'The consumption tax is to rise from 8% to 10% on October 1'; 'the first by a foreign leader in Japan's new imperial era' and 'in May 2019' (state visit, no slug); 'China's Xi Jinping, who is to visit Japan in the spring of 2020' (another country's leader); 'Seoul announced that it would end a bilateral military intelligence-sharing pact'",
}
