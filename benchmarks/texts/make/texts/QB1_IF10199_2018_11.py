from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "QB1-IF10199-2018-11", "fresh36", "IF10199", 34
LAYOUTS = ["html", "pdf"]
PDF_OPTS = ["quotes", "nbsp"]
SIDEBAR = "Okinawa After the Governor's Race"
CHART = {"unit": "¥ trillions", "ymax": 6, "ticks": [0, 2, 4, 6],
         "series": ["Initial defense budget"],
         "bars": {"FY2014": (4.88,), "FY2015": (4.98,), "FY2016": (5.05,), "FY2017": (5.13,), "FY2018": (5.19,)}}

MD = """
U.S.-Japan Relations

Updated November 20, 2018

## Overview

Fresh from a third consecutive victory in the Liberal Democratic Party (LDP) leadership race, Abe Shinzo, prime minister since December 2012, is on track to become the longest-serving head of government in Japan's modern history by late next year. In the party ballot on September 20, he took 553 votes to 254 for former defense minister Ishiba Shigeru, securing a new three-year term as LDP president that runs to September 2021. Few foreign leaders have courted President Donald Trump as assiduously: by Tokyo's count the two men have met or spoken by telephone some 40 times since the 2016 U.S. election. Their September 26 meeting in New York, however, ended with Japan accepting something it had long resisted, bilateral trade negotiations. Abe, who in April 2015 became the first Japanese leader to address a joint meeting of Congress, has made the alliance the centerpiece of his foreign policy; Vice President Mike Pence reaffirmed it in Tokyo on November 13.

## The Alliance

Allies since 1951, when the original security treaty was signed in San Francisco alongside the peace treaty, Washington and Tokyo revised the pact in 1960, and its Article 5 commits the United States to defend territory under Japanese administration. Some fifty-four thousand U.S. military personnel, more than in any other foreign country, are based in Japan; South Korea, by comparison, hosts about 28,500. Roughly $2 billion a year is what the Japanese government contributes toward the cost of keeping them there, under a five-year Special Measures Agreement (SMA) concluded in January 2016 that expires at the end of March 2021; talks on its successor have not yet begun. As a candidate in 2016, Trump suggested that Japan should pay 100% of the cost.

## Okinawa After the Governor's Race

Less than 1% of Japan's total land area, Okinawa Prefecture nonetheless contains about seven-tenths of the acreage reserved for the exclusive use of U.S. forces, and over half of the U.S. military personnel in Japan are stationed there. On September 30, voters chose Tamaki Denny as governor by a margin of some 80,000 votes over an LDP-backed candidate; like his predecessor, Onaga Takeshi, who died in office in August, he opposes moving Marine Corps Air Station Futenma to Henoko. About 9,000 Marines are to leave the island under a 2012 revision of the realignment plan, and some 4,000 of them are to be relocated to Guam, beginning in the first half of the 2020s; a 2006 version had put the Guam figure at 8,000.

## Defense Spending

Six consecutive increases have brought the initial defense budget to ¥5.19 trillion (about $46 billion) in FY2018 (Figure 1), yet outlays equal only about 0.9% of GDP, still under the 1% of GDP that successive governments have treated as an informal cap since 1976. In May, an LDP panel cited NATO's benchmark of 2% of GDP as a point of reference but stopped short of proposing it as a target. New National Defense Program Guidelines are due in December, and the Trump Administration has urged Japan to buy more U.S. equipment.

**Figure 1. Japan's Initial Defense Budgets, FY2014-FY2018**

Source: Japan Ministry of Defense. Excludes costs of the U.S. force realignment.

## Domestic Politics

Over two-thirds of the House of Representatives, 313 of its 465 seats, belongs to the ruling coalition of the LDP and its junior partner, Komeito, the outcome of a snap election held on October 22, 2017. In the House of Councillors, where the same two parties have held a majority since the July 2013 election, the bloc controls roughly 60% of the 242 seats. Half of that chamber stands for election next July, the next national contest; the lower chamber's term does not run out until October 2021. Abe wants to use his supermajorities to amend Article 9 of the constitution before 2020, though Komeito is wary, and a rise in the consumption tax from 8% to 10% is scheduled for October 2019.

## Trade and Investment

Fourth among all U.S. trading partners in 2017, Japan also ranked fourth both as a destination for U.S. goods, which it bought to the tune of $67.6 billion, and as a supplier of them, with $136.5 billion in shipments. The resulting $68.9 billion goods deficit is a frequent target of the President's criticism. Japanese companies, whose direct investment position in the United States reached some $469 billion at the end of 2017, trailed only British firms as investors. Japan's holdings of Treasury securities, $1.03 trillion in September, were exceeded only by China's, at $1.15 trillion.

Japan has not been exempted from the 25% steel and 10% aluminum tariffs imposed in March under Section 232, and a separate Section 232 investigation of autos, opened in May, could lead to duties of up to 25%. The trade talks agreed in New York have not yet started:

- On October 16, USTR notified Congress that it intends to negotiate, so talks under Trade Promotion Authority may open no sooner than mid-January.
- Tokyo describes the talks as aimed at a goods-only deal; U.S. officials say they will cover services and investment as well.
- Japan is meanwhile moving ahead without the United States: the 11-nation successor to the TPP will enter into force on December 30.

## The Economy

Growth of 1.7% in 2017 and 1.0% the year before marked the longest expansion in decades, but real GDP shrank at an annualized 1.2% in the July-September quarter after floods in western Japan, Typhoon Jebi, and the September earthquake in Hokkaido. On November 7, the Diet enacted a ¥937 billion (about $8.3 billion) supplementary budget for recovery; a second, larger package is expected in December. Twenty-six percent, measured against FY2013 levels and to be achieved by FY2030, is the cut in greenhouse gas emissions Japan pledged under the Paris Agreement.

## Regional Relations

Abe's October 25-27 trip to Beijing, the first formal bilateral visit to China by a Japanese prime minister in seven years, produced a ¥3.4 trillion currency swap line. Relations with Seoul soured after South Korea's Supreme Court ordered a Japanese steelmaker on October 30 to compensate four wartime laborers. Senior officials of the United States, Japan, Australia, and India met in Singapore on November 15 in the "Quad" format, the third such gathering since it was revived in November 2017.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Brock R. Williams**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Abe Shinzo, prime minister since December 2012", note="family name first, in an appositive"),
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "alliance.treaty_ally_since": F(1951, as_written="Allies since 1951, when the original security treaty was signed in San Francisco", note="1960 revision a trap"),
        "alliance.us_troops_in_japan": F(54000, "about", as_written="Some fifty-four thousand U.S. military personnel, more than in any other foreign country, are based in Japan"),
        "alliance.host_nation_support_per_year": F(2000000000, "about", per="year", as_written="Roughly $2 billion a year is what the Japanese government contributes toward the cost of keeping them there"),
        "alliance.host_nation_support_agreement": D("2016-01", as_written="under a five-year Special Measures Agreement (SMA) concluded in January 2016 that expires at the end of March 2021"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="Less than 1% of Japan's total land area, Okinawa Prefecture", note="sidebar"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="contains about seven-tenths of the acreage reserved for the exclusive use of U.S. forces", note="sidebar; exclusive-use basis; fraction in words"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="over half of the U.S. military personnel in Japan are stationed there", note="sidebar"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="some 4,000 of them are to be relocated to Guam", note="sidebar; of the 9,000 leaving"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="still under the 1% of GDP that successive governments have treated as an informal cap since 1976"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="the ruling coalition of the LDP and its junior partner, Komeito"),
        "politics.lower_house_coalition_share": F(67, "over", as_written="Over two-thirds of the House of Representatives, 313 of its 465 seats, belongs to the ruling coalition", note="fraction rule"),
        "politics.upper_house_coalition_share": F(60, "about", as_written="the bloc controls roughly 60% of the 242 seats"),
        "politics.next_diet_election_due": F(2019, as_written="Half of that chamber stands for election next July, the next national contest", note="year from the cover"),
        "politics.lower_house_election_due": D("2021-10", as_written="the lower chamber's term does not run out until October 2021"),
        "trade.overall_partner_rank": F(4, period="2017", as_written="Fourth among all U.S. trading partners in 2017"),
        "trade.export_partner_rank": F(4, period="2017", as_written="Japan also ranked fourth both as a destination for U.S. goods"),
        "trade.import_partner_rank": F(4, period="2017", as_written="and as a supplier of them"),
        "trade.us_exports_to_japan": F(67600000000, period="2017", as_written="which it bought to the tune of $67.6 billion", note="goods"),
        "trade.us_imports_from_japan": F(136500000000, period="2017", as_written="with $136.5 billion in shipments", note="goods"),
        "trade.fdi_source_rank": F(2, period="2017", as_written="Japanese companies, whose direct investment position in the United States reached some $469 billion at the end of 2017, trailed only British firms as investors", note="rank by exclusion"),
        "trade.treasury_holder_rank": F(2, period="2018-09", as_written="Japan's holdings of Treasury securities, $1.03 trillion in September, were exceeded only by China's", note="rank by exclusion; month from the cover's year"),
        "economy.gdp_growth": GDP(y2017=1.7, y2016=1.0),
        "economy.supplementary_budget": F(8300000000, "about", period="2018-11-07", as_written="On November 7, the Diet enacted a ¥937 billion (about $8.3 billion) supplementary budget for recovery"),
        "economy.emissions_cut_target": F(26, by="FY2030", baseline="FY2013", as_written="Twenty-six percent, measured against FY2013 levels and to be achieved by FY2030, is the cut in greenhouse gas emissions Japan pledged"),
    },
    "elections": {
        "ldp_president_2018": E("LDP president", "2018-09-20", "held", result="Abe 553 votes, Ishiba Shigeru 254"),
        "okinawa_governor_2018": E("Okinawa governor", "2018-09-30", "held", result="Tamaki Denny won by some 80,000 votes over an LDP-backed candidate"),
        "lower_house_2017": E("Lower House", "2017-10-22", "held", result="LDP-Komeito 313 of 465 seats"),
        "upper_house_2013": E("Upper House", "2013-07", "held", note="since which LDP and Komeito have held a majority"),
        "upper_house_2019": E("Upper House", "2019-07", "upcoming", note="'next July', half the chamber"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress", "2015-04", "held"),
    },
    "notes": "Traps: 'Fresh from a third consecutive victory in the Liberal Democratic Party (LDP) leadership race' and 'by late next year' (longest-serving); 'prime minister since December 2012' (start of term, not an election); 'he took 553 votes to 254 for former defense minister Ishiba Shigeru' and 'a new three-year term as LDP president that runs to September 2021' (party term end, not a Diet deadline); 'some 40 times since the 2016 U.S. election'; 'Their September 26 meeting in New York' (agreement to negotiate; not a tracked event); 'in April 2015 became the first Japanese leader to address a joint meeting of Congress' (event only); 'Vice President Mike Pence reaffirmed it in Tokyo on November 13'; 'Washington and Tokyo revised the pact in 1960' (not the treaty year) and 'its Article 5'; 'South Korea, by comparison, hosts about 28,500' (another country); 'expires at the end of March 2021' (the SMA's expiry, not its date) and 'talks on its successor have not yet begun'; 'Trump suggested that Japan should pay 100% of the cost'; sidebar 'Okinawa After the Governor's Race' (html aside): 'On September 30, voters chose Tamaki Denny as governor by a margin of some 80,000 votes', 'his predecessor, Onaga Takeshi, who died in office in August', 'About 9,000 Marines are to leave the island under a 2012 revision' (total leaving, not Guam), 'beginning in the first half of the 2020s', 'a 2006 version had put the Guam figure at 8,000' (superseded plan); 'Six consecutive increases', '¥5.19 trillion (about $46 billion) in FY2018' (defense budget, not a catalogue fact) and 'only about 0.9% of GDP' (current spending, not the limit) and 'since 1976'; 'an LDP panel cited NATO's benchmark of 2% of GDP as a point of reference but stopped short of proposing it as a target' (no spending goal); 'New National Defense Program Guidelines are due in December'; Figure 1 (defense budget FY2014-FY2018, ¥ trillions; PDF ticks 0-6, no value labels; html caption only); '313 of its 465 seats' (seat count beside the share) and 'a snap election held on October 22, 2017'; 'where the same two parties have held a majority since the July 2013 election' (past election) and 'of the 242 seats'; 'amend Article 9 of the constitution before 2020'; 'a rise in the consumption tax from 8% to 10% is scheduled for October 2019' (tax rates; not an election); 'The resulting $68.9 billion goods deficit' (deficit, not a flow); 'some $469 billion at the end of 2017' (FDI stock, not an IF10199 fact); 'were exceeded only by China's, at $1.15 trillion' (China's holdings); 'the 25% steel and 10% aluminum tariffs imposed in March under Section 232' and 'could lead to duties of up to 25%' (product tariffs, threatened auto duties; no tariff on most imports); bullet 'On October 16, USTR notified Congress' and 'no sooner than mid-January' (planned talks; no tracked event dated); bullet 'the 11-nation successor to the TPP will enter into force on December 30'; 'real GDP shrank at an annualized 1.2% in the July-September quarter' (a quarter); 'a ¥937 billion' (yen amount; the dollar figure is the fact) and 'a second, larger package is expected in December' (planned); 'Abe's October 25-27 trip to Beijing', 'in seven years', 'a ¥3.4 trillion currency swap line'; 'on October 30 to compensate four wartime laborers'; 'met in Singapore on November 15 in the \"Quad\" format, the third such gathering since it was revived in November 2017' (officials' meetings, not leaders': no Quad leader count). PDF: curly quotes, NBSP; html: sidebar floated into the aside with Figure 1.",
}
