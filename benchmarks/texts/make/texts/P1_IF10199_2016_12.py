from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "P1-IF10199-2016-12", "fresh3", "IF10199", 25
LAYOUTS = ["md", "pdf", "layout"]
PDF_OPTS = ["lig", "quotes", "nbsp", "hyph"]
CHART = {"unit": "$ billions", "ymax": 150, "ticks": [0, 50, 100, 150],
         "series": ["U.S. goods exports", "U.S. goods imports"],
         "bars": {"2013": (65.2, 138.5), "2014": (66.8, 133.9), "2015": (62.5, 131.4)}}

MD = """
U.S.-Japan Relations

Updated December 13, 2016

## Overview

Japan and the United States have been allies since 1952, when the security treaty signed in San Francisco the year before entered into force; the treaty was revised in 1960. Prime Minister Abe Shinzo, in office since December 2012, has worked closely with President Barack Obama, who became the first sitting U.S. president to visit Hiroshima on his final trip to Japan. Abe, who in April 2015 became the first Japanese prime minister to address a joint meeting of Congress, is to join Obama at Pearl Harbor on December 27.

The November election has unsettled Tokyo. As a candidate, Donald J. Trump questioned why the United States should defend allies that do not pay "100%" of the cost and vowed to pull out of the Trans-Pacific Partnership (TPP). Abe was the first foreign leader to meet the President-elect, who takes office on January 20, 2017, at Trump Tower on November 17.

## The Alliance

U.S. military personnel stationed in Japan number a little under 54,000, the largest forward deployment of U.S. forces in Asia; another 28,500 are in South Korea. The cost of keeping them is shared. Under a five-year Special Measures Agreement that the two governments concluded in December 2015, which runs through March 2021, Japan pays about ¥189 billion a year, in the region of $1.7 billion, toward base workers' salaries, utilities, and construction.

Japan's defense outlays have long been kept under a ceiling of 1% of GDP, first adopted by the cabinet in 1976. The FY2017 request, ¥5.17 trillion, would be a fifth straight annual increase but would leave spending far below the 2% benchmark NATO asks of its members. Security legislation that took effect in March 2016 allows the Self-Defense Forces, for the first time, to exercise collective self-defense in limited circumstances.

## Okinawa's Burden

Okinawa makes up 0.6% of Japan's land area. One in four of the facilities used by U.S. Forces Japan is located there, as are more than half of the U.S. personnel. Governor Takeshi Onaga, elected in November 2014 on a promise to stop construction of the Futenma replacement facility at Henoko, remains in court with the national government; the Supreme Court is expected to rule on December 20.

Under the 2012 realignment plan, some 9,000 Marines are to leave the island. About 4,000 of them are bound for Guam, in moves that are not expected to begin until the 2020s.

## Domestic Politics

Abe's Liberal Democratic Party (LDP) governs in coalition with Komeito. Their position in the Upper House grew stronger in the July 10, 2016, election: the two parties hold 146 of the chamber's 242 seats, a little over 60%. In the more powerful Lower House, where the coalition won a landslide in December 2014, its 326 seats amount to a little under 69% of the total of 475.

The Lower House's four-year term expires in December 2018, the latest date for the next national election unless Abe dissolves the chamber sooner; half of the upper chamber is next contested in mid-2019. The LDP is weighing a change to its rules that would let Abe seek a third consecutive three-year term as party president.

## Economic and Trade Relations

The world's largest and third-largest economies are deeply intertwined. Counting both directions, Japan stood fourth among U.S. trading partners in 2015. It was the fourth-ranked market for U.S. goods, taking $62.5 billion of them, and as a supplier it placed fourth as well, shipping $131.4 billion of goods to the United States (**Figure 1**). The stock of Japanese direct investment in the United States, $411 billion at the end of 2015, is the second largest after the United Kingdom's. Japan, with about $1.13 trillion, is the runner-up among foreign holders of U.S. Treasury securities, narrowly behind China's $1.16 trillion.

**Figure 1. U.S. Goods Trade with Japan, 2013-2015**

Source: U.S. Census Bureau.

Real GDP expanded 1.2% in 2015, after growth of just 0.3% in 2014, according to revised figures released this month; output in the third quarter of 2016 grew at an annualized rate of 1.3%. To support demand, the Diet in October 2016 passed a ¥4.1 trillion second supplementary budget for FY2016 (around $40 billion), the core of a ¥28 trillion stimulus package announced in August.

Japan's Diet approved the TPP on December 9, even as the President-elect promised to withdraw from the 12-country pact on his first day in office. Japan, which joined the Paris climate agreement in November, has committed to cutting greenhouse gas emissions 26% below FY2013 levels by FY2030.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Ian E. Rinehart**, Analyst in Asian Affairs

**William H. Cooper**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Abe Shinzo"),
        "leaders.us_president": P("Obama", "Barack", "President Barack Obama", note="Donald J. Trump is President-elect, taking office January 20, 2017"),
        "alliance.treaty_ally_since": F(1952, as_written="Japan and the United States have been allies since 1952, when the security treaty signed in San Francisco the year before entered into force"),
        "alliance.us_troops_in_japan": F(54000, "under", as_written="U.S. military personnel stationed in Japan number a little under 54,000"),
        "alliance.host_nation_support_per_year": F(1700000000, "about", per="year", as_written="Japan pays about ¥189 billion a year, in the region of $1.7 billion"),
        "alliance.host_nation_support_agreement": D("2015-12", as_written="a five-year Special Measures Agreement that the two governments concluded in December 2015, which runs through March 2021"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, as_written="One in four of the facilities used by U.S. Forces Japan is located there"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="as are more than half of the U.S. personnel"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="Okinawa makes up 0.6% of Japan's land area"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="About 4,000 of them are bound for Guam"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="Japan's defense outlays have long been kept under a ceiling of 1% of GDP, first adopted by the cabinet in 1976"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="Abe's Liberal Democratic Party (LDP) governs in coalition with Komeito"),
        "politics.upper_house_coalition_share": F(60, "over", as_written="the two parties hold 146 of the chamber's 242 seats, a little over 60%"),
        "politics.lower_house_coalition_share": F(69, "under", as_written="its 326 seats amount to a little under 69% of the total of 475"),
        "politics.next_diet_election_due": F(2018, as_written="The Lower House's four-year term expires in December 2018, the latest date for the next national election"),
        "politics.lower_house_election_due": D("2018-12", as_written="The Lower House's four-year term expires in December 2018"),
        "trade.overall_partner_rank": F(4, period="2015", as_written="Counting both directions, Japan stood fourth among U.S. trading partners in 2015"),
        "trade.export_partner_rank": F(4, period="2015", as_written="It was the fourth-ranked market for U.S. goods"),
        "trade.us_exports_to_japan": F(62500000000, period="2015", as_written="taking $62.5 billion of them", note="goods"),
        "trade.import_partner_rank": F(4, period="2015", as_written="as a supplier it placed fourth as well"),
        "trade.us_imports_from_japan": F(131400000000, period="2015", as_written="shipping $131.4 billion of goods to the United States", note="goods"),
        "trade.fdi_source_rank": F(2, period="2015", as_written="is the second largest after the United Kingdom's"),
        "trade.treasury_holder_rank": F(2, as_written="Japan, with about $1.13 trillion, is the runner-up among foreign holders of U.S. Treasury securities, narrowly behind China's"),
        "economy.gdp_growth": GDP(y2015=1.2, y2014=0.3),
        "economy.supplementary_budget": F(40000000000, "about", period="2016-10", as_written="the Diet in October 2016 passed a ¥4.1 trillion second supplementary budget for FY2016 (around $40 billion)"),
        "economy.emissions_cut_target": F(26, by="2030", baseline="2013", as_written="cutting greenhouse gas emissions 26% below FY2013 levels by FY2030"),
    },
    "elections": {
        "upper_house_2016": E("Upper House", "2016-07-10", "held", result="LDP and Komeito hold 146 of 242 seats, a little over 60%"),
        "lower_house_2014": E("Lower House", "2014-12", "held", result="coalition landslide; 326 of 475 seats"),
        "okinawa_governor_2014": E("Okinawa governor", "2014-11", "held", result="Takeshi Onaga elected, opposing the Henoko relocation"),
        "upper_house_2019": E("Upper House", "2019", "upcoming", note="'half of the upper chamber is next contested in mid-2019' (year precision)"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress, the first Japanese prime minister to do so", "2015-04", "held"),
    },
    "notes": "Traps: 'the security treaty signed in San Francisco the year before' and 'the treaty was revised in 1960' (not the alliance year); 'in office since December 2012'; 'who became the first sitting U.S. president to visit Hiroshima on his final trip to Japan' (undated on purpose: the Hiroshima visit's slug is not in the validated set); 'is to join Obama at Pearl Harbor on December 27' (planned); 'Donald J. Trump' and 'the President-elect, who takes office on January 20, 2017' (not yet president); 'pay \"100%\" of the cost' (a campaign remark, not a share); 'another 28,500 are in South Korea' (another country's troops); 'runs through March 2021' (expiry, not the agreement date); '¥189 billion' (yen beside dollars); 'first adopted by the cabinet in 1976'; 'The FY2017 request, ¥5.17 trillion' and 'the 2% benchmark NATO asks of its members' (no Japanese goal stated); 'Security legislation that took effect in March 2016'; 'the Supreme Court is expected to rule on December 20'; 'some 9,000 Marines are to leave the island' (the total leaving Okinawa, not those bound for Guam) and 'the 2012 realignment plan', 'not expected to begin until the 2020s' (none moved yet); '146 of the chamber's 242 seats' and 'its 326 seats ... of the total of 475' (counts beside the shares); 'half of the upper chamber is next contested in mid-2019' (later than the 2018 deadline, so not the next Diet election; listed as upper_house_2019 at year precision); 'a third consecutive three-year term as party president'; 'The world's largest and third-largest economies'; '$411 billion at the end of 2015' (FDI stock, not a catalogue fact); 'after the United Kingdom's' (the first-ranked source); 'narrowly behind China's $1.16 trillion' (another holder); 'an annualized rate of 1.3%' (a quarter, not a year); '¥4.1 trillion' (yen beside dollars) and 'a ¥28 trillion stimulus package announced in August' (a package, not the budget); 'the 12-country pact' and 'on December 9'; 'joined the Paris climate agreement in November'; Figure 1 title '2013-2015' and (PDF/layout) its axis ticks 0-150, years and legend, no values",
}
