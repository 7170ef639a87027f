from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "Y1-IF10199-2017-10", "fresh5", "IF10199", 12
LAYOUTS = ["md", "pdf", "layout"]
PDF_OPTS = ["lig", "quotes"]
CHART = {"unit": "$ billions", "ymax": 160, "ticks": [0, 40, 80, 120, 160],
         "series": ["U.S. goods exports to Japan", "U.S. goods imports from Japan"],
         "bars": {"2012": (70.0, 146.4), "2013": (65.2, 138.5), "2014": (66.8, 133.9), "2015": (62.4, 131.4), "2016": (63.3, 132.2)}}

MD = """
U.S.-Japan Relations

Updated October 24, 2017

## Overview

Japan became a U.S. treaty ally in 1951, and the security arrangement concluded that year, revised in 1960, remains the foundation of the American military presence in East Asia. Washington pledges to defend Japan; in return, Tokyo provides bases for just under 54,000 U.S. military personnel. North Korea's nuclear and missile programs have given the alliance new urgency in 2017: in August and again in September, Pyongyang fired ballistic missiles that passed over the northern island of Hokkaido.

Prime Minister Abe Shinzo, who in April 2015 became the first Japanese leader to address a joint meeting of Congress, emerged strengthened from the October 22 general election. President Donald Trump is due in Tokyo on November 5, the first stop of a five-country trip through Asia. The two leaders have met or talked by telephone more than a dozen times since the President took office in January, and Abe has been among the most eager of foreign leaders to cultivate a personal rapport with him.

## Abe's Renewed Mandate

Abe dissolved the House of Representatives, the Diet's lower chamber, in late September, more than a year before its term was to end. His Liberal Democratic Party (LDP) and its smaller partner, Komeito, together won 313 of the 465 seats, or 67%, which preserves the two-thirds supermajority required to initiate amendments to the constitution. The LDP by itself took 284. The Party of Hope, launched weeks before the vote by Tokyo Governor Koike Yuriko, won 50 seats and fell behind the new Constitutional Democratic Party, which took 55 and now leads the opposition.

The coalition is comfortably placed in the upper chamber as well. Since the July 2016 House of Councillors election, it has held roughly three seats in every five there. The next nationwide vote is not scheduled until summer 2019, when half of the upper chamber is chosen; the lower house elected this month may sit until October 2021. Abe's current term as LDP president ends in September 2018, and he is widely expected to seek a third. He has said he would like a revised constitution, including new language on the Self-Defense Forces in Article 9, to take effect in 2020.

## The Security Alliance

Security legislation that took effect in March 2016 allows the Self-Defense Forces to exercise collective self-defense in limited circumstances and to do more alongside U.S. forces. Defense budgets have grown for five consecutive years, and the Ministry of Defense has requested a record ¥5.26 trillion for FY2018. Outlays have nonetheless seldom exceeded 1% of GDP, the benchmark Tokyo has observed informally since the 1970s.

Tokyo also bears part of the cost of basing U.S. troops. A Special Measures Agreement signed in January 2016 sets Japan's contribution for FY2016 through FY2020 at ¥946.5 billion over the five years, the equivalent of some $1.7 billion each year. Japan separately funds base-related public works, rent, and payments to host communities.

## Okinawa

Okinawa is home to over half of all personnel of U.S. Forces Japan (USFJ) and to roughly 25% of the facilities they use, although the prefecture makes up less than 1% of Japan's land. Governor Onaga Takeshi, elected in November 2014 on a pledge to block a new Marine Corps airfield at Henoko, has fought the project in the courts; seawall construction nonetheless began in April 2017. Under a 2012 bilateral plan, about 9,000 Marines are to leave Okinawa, and approximately 4,000 of them are to be moved to Guam, where Japan has agreed to provide up to $2.8 billion for new facilities. The transfer is not expected to start before the early 2020s.

## Economic Ties

The United States and Japan are the world's largest and third-largest economies. In 2016, Japan ranked as the fourth-largest U.S. trading partner. The United States sold it about $108 billion in goods and services that year, making Japan the fourth-largest destination for U.S. exports, and bought some $167 billion from it; as a supplier, Japan came fourth as well, behind China, Mexico, and Canada. The U.S. goods deficit with Japan, $68.9 billion, was second only to the deficit with China.

Among foreign investors in the United States, Japanese companies are outranked only by those of the United Kingdom. Japan is the second-largest foreign holder of U.S. Treasury securities, with about $1.1 trillion; China holds slightly more.

**Figure 1. U.S. Goods Trade with Japan, 2012-2016**

Source: U.S. Census Bureau. Goods only; services are excluded.

President Trump withdrew the United States from the Trans-Pacific Partnership (TPP) in January, and Japan is now leading the 11 remaining signatories in an effort to bring the pact into force without it. The U.S.-Japan Economic Dialogue, chaired by Vice President Mike Pence and Deputy Prime Minister Aso Taro, held its second round on October 16. U.S. officials have pressed for a bilateral free trade agreement, an idea Tokyo has so far resisted.

## Japan's Economy

Real GDP grew 1.0% in 2016, after 1.1% in 2015. In the April-June quarter of 2017, output expanded at an annualized rate of 2.5%, the sixth consecutive quarter of growth. The most recent supplementary budget, a ¥1.7 trillion (roughly $15 billion) measure passed in January 2017, largely covered a shortfall in tax revenue. During the campaign, Abe promised a ¥2 trillion package for child care and education, to be financed in part by raising the consumption tax from 8% to 10% in October 2019. Under the Paris Agreement, Japan has committed to cutting greenhouse gas emissions by 26% from 2013 levels by 2030.

**Emma Chanlett-Avery**, Specialist in Asian Affairs

**Ian E. Rinehart**, Analyst in Asian Affairs

**Brock R. Williams**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Abe Shinzo"),
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "alliance.treaty_ally_since": F(1951, as_written="Japan became a U.S. treaty ally in 1951"),
        "alliance.us_troops_in_japan": F(54000, "under", as_written="Tokyo provides bases for just under 54,000 U.S. military personnel"),
        "alliance.host_nation_support_per_year": F(1700000000, "about", per="year", as_written="the equivalent of some $1.7 billion each year"),
        "alliance.host_nation_support_agreement": D("2016-01", as_written="A Special Measures Agreement signed in January 2016"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="Okinawa is home to over half of all personnel of U.S. Forces Japan (USFJ)"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="and to roughly 25% of the facilities they use"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="the prefecture makes up less than 1% of Japan's land"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="approximately 4,000 of them are to be moved to Guam"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="Outlays have nonetheless seldom exceeded 1% of GDP, the benchmark Tokyo has observed informally since the 1970s"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="His Liberal Democratic Party (LDP) and its smaller partner, Komeito"),
        "politics.lower_house_coalition_share": F(67, as_written="together won 313 of the 465 seats, or 67%"),
        "politics.upper_house_coalition_share": F(60, "about", as_written="it has held roughly three seats in every five there"),
        "politics.next_diet_election_due": F(2019, as_written="The next nationwide vote is not scheduled until summer 2019, when half of the upper chamber is chosen"),
        "politics.lower_house_election_due": D("2021-10", as_written="the lower house elected this month may sit until October 2021"),
        "trade.overall_partner_rank": F(4, period="2016", as_written="In 2016, Japan ranked as the fourth-largest U.S. trading partner"),
        "trade.us_exports_to_japan": F(108000000000, "about", period="2016", as_written="The United States sold it about $108 billion in goods and services that year"),
        "trade.export_partner_rank": F(4, period="2016", as_written="making Japan the fourth-largest destination for U.S. exports"),
        "trade.us_imports_from_japan": F(167000000000, "about", period="2016", as_written="and bought some $167 billion from it"),
        "trade.import_partner_rank": F(4, period="2016", as_written="as a supplier, Japan came fourth as well, behind China, Mexico, and Canada"),
        "trade.fdi_source_rank": F(2, as_written="Among foreign investors in the United States, Japanese companies are outranked only by those of the United Kingdom"),
        "trade.treasury_holder_rank": F(2, as_written="Japan is the second-largest foreign holder of U.S. Treasury securities"),
        "economy.gdp_growth": GDP(y2016=1.0, y2015=1.1),
        "economy.supplementary_budget": F(15000000000, "about", period="2017-01", as_written="a ¥1.7 trillion (roughly $15 billion) measure passed in January 2017"),
        "economy.emissions_cut_target": F(26, by="2030", baseline="2013", as_written="cutting greenhouse gas emissions by 26% from 2013 levels by 2030"),
    },
    "elections": {
        "lower_house_2017": E("Lower House", "2017-10-22", "held", result="LDP-Komeito 313 of 465 seats (67%)"),
        "upper_house_2016": E("Upper House", "2016-07", "held", result="coalition holds roughly three seats in five"),
        "okinawa_governor_2014": E("Okinawa governor", "2014-11", "held", result="Onaga Takeshi elected"),
        "upper_house_2019": E("Upper House", "2019", "upcoming", note="'not scheduled until summer 2019, when half of the upper chamber is chosen' (year precision)"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress", "2015-04", "held"),
    },
    "notes": "Traps: 'revised in 1960' (not the treaty year); 'in August and again in September, Pyongyang fired ballistic missiles'; 'President Donald Trump is due in Tokyo on November 5, the first stop of a five-country trip'; 'more than a dozen times'; 'more than a year before its term was to end'; '313 of the 465 seats' (seat counts; the share is 67%) and 'the two-thirds supermajority required' (a threshold); 'The LDP by itself took 284'; 'won 50 seats', 'which took 55' (opposition parties); 'Abe's current term as LDP president ends in September 2018' (a term end with no election word: not listed, as extract-dev's D1; not a Diet election); 'to take effect in 2020' (Abe's constitutional aim); 'a record ¥5.26 trillion for FY2018' (budget request); 'since the 1970s'; '¥946.5 billion over the five years' (yen total) and 'for FY2016 through FY2020'; 'about 9,000 Marines are to leave Okinawa' (total leaving, not the Guam move); 'up to $2.8 billion for new facilities' (Guam construction money, not host-nation support); 'not expected to start before the early 2020s'; 'The U.S. goods deficit with Japan, $68.9 billion, was second only to the deficit with China' (a deficit rank, not a trade rank); 'about $1.1 trillion; China holds slightly more' (Treasury amount); Figure 1 (goods exports/imports 2012-2016, $ billions, axis ticks only, no value labels); 'the world's largest and third-largest economies'; 'the 11 remaining signatories' (TPP, not IPEF); 'held its second round on October 16'; 'an annualized rate of 2.5%, the sixth consecutive quarter' (a quarter, not a year); 'a ¥2 trillion package for child care and education' (campaign promise, not a supplementary budget); 'raising the consumption tax from 8% to 10% in October 2019'; PDF ligatures and curly quotes",
}
