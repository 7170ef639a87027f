from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "HA1-IF10199-2019-03", "fresh27", "IF10199", 38
LAYOUTS = ["md", "layout"]
PDF_OPTS = ["hyph", "nbsp", "quotes"]
CHART = {"unit": "millions", "ymax": 35, "ticks": [0, 7, 14, 21, 28, 35],
         "series": ["Foreign visitor arrivals"],
         "bars": {"2014": (13.4,), "2015": (19.7,), "2016": (24.0,), "2017": (28.7,), "2018": (31.2,)}}

MD = """
U.S.-Japan Relations

Updated March 19, 2019

## Overview

Under Prime Minister Shinzo Abe, in office since December 2012, Tokyo has tied itself more closely to Washington while preparing for a more assertive China and a North Korea that has not given up its nuclear weapons. Abe, whose April 2015 speech before a joint meeting of Congress was a first for a Japanese leader, has also built an unusually close working relationship with President Donald Trump; by the Japanese government's count the two have met or talked by phone more than 40 times. The President is expected in Tokyo in late May as the first state guest of the new emperor, who ascends the throne on May 1, and again in late June for the Group of 20 summit in Osaka. Frictions persist nonetheless, above all over trade.

## The Security Alliance

The alliance dates to 1951, when a security pact was signed alongside the San Francisco peace treaty; its present form was set by the revised treaty of 1960. Stationed in Japan are approximately fifty-four thousand U.S. military personnel, accompanied by some 42,000 family members, at bases that give U.S. forces a forward position in East Asia. The Japanese government in turn covers a large share of the cost of hosting them. Its host-nation support, set under a five-year Special Measures Agreement (SMA) concluded in January 2016, comes to a little less than $2 billion a year. That agreement expires in March 2021, and talks on a successor are expected to begin next year; press reports say the Administration may ask allies to pay the full cost of U.S. forces "plus 50%."

Legislation passed in 2015 allows Japan's Self-Defense Forces to come to the aid of an ally under attack in limited circumstances. Defense spending has grown for seven years in a row, to ¥5.26 trillion in FY2019, yet the government still holds to the long-standing practice of keeping military outlays to roughly 1% of gross domestic product. An LDP panel last year urged that NATO's 2% benchmark be considered as a reference; the cabinet set no such target. The Mid-Term Defense Program adopted in December envisions ¥27.47 trillion in spending over five years, including 105 additional F-35 fighters.

## Okinawa

Okinawa accounts for less than 1% of Japan's land area. Even so, the prefecture hosts roughly one-quarter of all facilities used by U.S. forces in Japan, and more than half of the American servicemembers in the country are based there. The plan to move Marine Corps Air Station Futenma to Henoko, a less crowded part of the main island, remains bitterly contested. Governor Denny Tamaki, who won the September 2018 race to succeed the late Takeshi Onaga, opposes the landfill at Henoko; in a nonbinding referendum on February 24, just over 72% of those voting rejected it. The central government has pressed on with the work regardless.

Under a 2012 bilateral agreement, about 9,000 Marines are to leave Okinawa. Guam is slated to receive around 4,000 of them, beginning in the first half of the 2020s, with the rest going to Hawaii, Australia, and the U.S. mainland.

## Domestic Politics

Abe's position looks secure. Last September, LDP members gave him a third consecutive three-year term as party president, defeating former defense minister Shigeru Ishiba by a wide margin; that term runs to September 2021. The ruling coalition of the Liberal Democratic Party (LDP) and Komeito won 313 of the 465 lower house seats in the October 2017 snap election, more than two-thirds of the chamber. In the House of Councillors it holds about three in every five seats. The upper chamber is the next to face voters: half its seats will be filled this July. The four-year term of the lower house does not run out until October 2021.

A nearer test is the planned increase in the consumption tax, from 8% to 10%, in October, which Abe has twice postponed. Many observers believe he still hopes to revise the postwar constitution's Article 9 before leaving office.

## Trade and Economic Relations

In 2018, counting goods alone, Japan was the fourth-largest U.S. trading partner. It held the same place as a destination for U.S. products and as a supplier of U.S. imports. U.S. goods exports to and imports from Japan came to $75.0 billion and $142.6 billion, respectively, leaving a bilateral deficit of $67.6 billion, slightly smaller than a year earlier (Table 1).

Table 1. U.S. Goods Trade with Japan ($ billions)

| Year | U.S. exports | U.S. imports | Balance |
| --- | --- | --- | --- |
| 2016 | 63.2 | 132.2 | -69.0 |
| 2017 | 67.7 | 136.5 | -68.8 |
| 2018 | 75.0 | 142.6 | -67.6 |

Source: U.S. Census Bureau.

Japanese firms are also major investors. By the Commerce Department's count, their direct investment position in the United States reached $469 billion at the end of 2017, trailing only that of British firms. Japan is likewise a large creditor: its holdings of U.S. Treasury securities, about $1.07 trillion in January, were second among foreign countries, below China's $1.13 trillion.

In March 2018 the Administration imposed Section 232 tariffs of 25% on steel and 10% on aluminum from Japan. A Commerce Department report on auto imports, sent to the President on February 17, could lead to duties of up to 25% on Japanese cars and parts, which now pay 2.5%. In a September 2018 joint statement, the two leaders agreed to open bilateral trade talks; formal negotiations have not yet begun. Japan, meanwhile, has moved ahead without the United States. The 11-member Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP) entered into force on December 30, 2018, and a Japan-EU economic partnership agreement followed on February 1, 2019, leaving U.S. beef and wheat facing higher Japanese tariffs than Australian or European rivals.

## Japan's Economy

Growth has slowed. Real GDP rose 0.7% in 2018, well under the 1.9% pace of the year before, as typhoons and an earthquake in Hokkaido disrupted output in the third quarter. To pay for reconstruction and to harden infrastructure against disasters, the Diet in February enacted a second supplementary budget for FY2018 of ¥3.0 trillion (about $27 billion). The Bank of Japan continues large-scale easing, its 2% inflation target still out of reach. Tourism is a bright spot (Figure 1). Under the Paris Agreement, Japan has pledged to cut its greenhouse gas emissions 26% from FY2013 levels by FY2030.

**Figure 1. Foreign Visitors to Japan, 2014-2018**

Source: Japan National Tourism Organization. Arrivals in millions.

## Regional Relations

Abe's October 2018 trip to Beijing, the first formal visit by a Japanese prime minister to China in seven years, signaled a thaw after years of tension over the East China Sea. Ties with South Korea, by contrast, have soured since Seoul's Supreme Court ordered Japanese companies to compensate wartime laborers. Japan, the United States, Australia, and India revived their "Quad" dialogue in November 2017; senior officials of the four have met three times since. Tokyo backed the President's February 27-28 summit in Hanoi with Kim Jong-un, which ended without agreement, while insisting that any deal cover short- and medium-range missiles and the fate of Japanese citizens abducted by North Korea.

## Issues for Congress

- how hard to press Japan for larger host-nation payments when the SMA is renegotiated;
- what a bilateral trade agreement should cover, including agriculture, autos, and currency;
- whether auto tariffs under Section 232 would damage the alliance.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Brock R. Williams**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Shinzo Abe", note="given name first"),
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "alliance.treaty_ally_since": F(1951, as_written="The alliance dates to 1951, when a security pact was signed alongside the San Francisco peace treaty"),
        "alliance.us_troops_in_japan": F(54000, "about", as_written="Stationed in Japan are approximately fifty-four thousand U.S. military personnel", note="number in words, inverted sentence"),
        "alliance.host_nation_support_per_year": F(2000000000, "under", per="year", as_written="Its host-nation support, set under a five-year Special Measures Agreement (SMA) concluded in January 2016, comes to a little less than $2 billion a year"),
        "alliance.host_nation_support_agreement": D("2016-01", as_written="a five-year Special Measures Agreement (SMA) concluded in January 2016"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="the prefecture hosts roughly one-quarter of all facilities used by U.S. forces in Japan"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="more than half of the American servicemembers in the country are based there"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="Okinawa accounts for less than 1% of Japan's land area"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Guam is slated to receive around 4,000 of them", note="'them' = the 9,000 Marines of the sentence before"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="the long-standing practice of keeping military outlays to roughly 1% of gross domestic product"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="The ruling coalition of the Liberal Democratic Party (LDP) and Komeito"),
        "politics.lower_house_coalition_share": F(67, "over", as_written="won 313 of the 465 lower house seats in the October 2017 snap election, more than two-thirds of the chamber", note="fraction in words, rounded (313/465 = 67.3%)"),
        "politics.upper_house_coalition_share": F(60, "about", as_written="In the House of Councillors it holds about three in every five seats", note="'it' = the coalition"),
        "politics.next_diet_election_due": F(2019, as_written="The upper chamber is the next to face voters: half its seats will be filled this July"),
        "politics.lower_house_election_due": D("2021-10", as_written="The four-year term of the lower house does not run out until October 2021"),
        "trade.overall_partner_rank": F(4, period="2018", as_written="In 2018, counting goods alone, Japan was the fourth-largest U.S. trading partner"),
        "trade.export_partner_rank": F(4, period="2018", as_written="It held the same place as a destination for U.S. products", note="'the same place' = fourth"),
        "trade.import_partner_rank": F(4, period="2018", as_written="and as a supplier of U.S. imports"),
        "trade.us_exports_to_japan": F(75000000000, period="2018", as_written="U.S. goods exports to and imports from Japan came to $75.0 billion and $142.6 billion, respectively", note="also Table 1's 2018 row"),
        "trade.us_imports_from_japan": F(142600000000, period="2018", as_written="U.S. goods exports to and imports from Japan came to $75.0 billion and $142.6 billion, respectively", note="also Table 1's 2018 row"),
        "trade.fdi_source_rank": F(2, period="2017", as_written="their direct investment position in the United States reached $469 billion at the end of 2017, trailing only that of British firms"),
        "trade.treasury_holder_rank": F(2, period="2019-01", as_written="its holdings of U.S. Treasury securities, about $1.07 trillion in January, were second among foreign countries, below China's $1.13 trillion"),
        "economy.gdp_growth": GDP(y2018=0.7, y2017=1.9),
        "economy.supplementary_budget": F(27000000000, "about", period="2019-02", as_written="the Diet in February enacted a second supplementary budget for FY2018 of ¥3.0 trillion (about $27 billion)"),
        "economy.emissions_cut_target": F(26, by="FY2030", baseline="FY2013", as_written="Japan has pledged to cut its greenhouse gas emissions 26% from FY2013 levels by FY2030"),
    },
    "elections": {
        "okinawa_governor_2018": E("Okinawa governor", "2018-09", "held", result="Denny Tamaki won"),
        "ldp_president_2018": E("LDP president", "2018-09", "held", result="Abe re-elected for a third term over Shigeru Ishiba", note="'Last September', year from the cover"),
        "lower_house_2017": E("Lower House", "2017-10", "held", result="coalition 313 of 465 seats"),
        "upper_house_2019": E("Upper House", "2019-07", "upcoming", note="'this July', year from the cover"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress", "2015-04", "held"),
    },
    "notes": "Traps: 'in office since December 2012'; 'more than 40 times'; 'expected in Tokyo in late May' and 'ascends the throne on May 1' and 'in late June for the Group of 20 summit' (planned); 'its present form was set by the revised treaty of 1960' (not the treaty year); 'some 42,000 family members' (not troops); 'That agreement expires in March 2021' and 'talks on a successor are expected to begin next year' (not the agreement date); 'pay the full cost of U.S. forces \"plus 50%\"' (reported demand); 'Legislation passed in 2015'; 'grown for seven years in a row, to ¥5.26 trillion in FY2019'; 'NATO's 2% benchmark be considered as a reference; the cabinet set no such target' (no spending goal); '¥27.47 trillion in spending over five years, including 105 additional F-35 fighters'; 'just over 72% of those voting rejected it' (referendum, not an Okinawa share); 'about 9,000 Marines are to leave Okinawa' (total leaving, not Guam) and 'Under a 2012 bilateral agreement'; 'beginning in the first half of the 2020s'; 'that term runs to September 2021' (LDP term end, not an election or the Lower House deadline); 'won 313 of the 465 lower house seats'; 'half its seats will be filled this July' ('half' is no share); 'from 8% to 10%, in October' (consumption tax); 'Article 9'; 'a bilateral deficit of $67.6 billion, slightly smaller than a year earlier'; Table 1's 2016 and 2017 rows (past years) and Balance column; '$469 billion at the end of 2017' (FDI stock, no IF10199 fact); 'about $1.07 trillion' and 'below China's $1.13 trillion' (holdings); 'Section 232 tariffs of 25% on steel and 10% on aluminum'; 'duties of up to 25% on Japanese cars and parts, which now pay 2.5%' (threatened; car duty, not a tariff on most imports); 'sent to the President on February 17'; 'In a September 2018 joint statement' (no tracked event; talks 'have not yet begun'); 'The 11-member ... CPTPP entered into force on December 30, 2018' and 'a Japan-EU economic partnership agreement followed on February 1, 2019'; 'the third quarter'; '¥3.0 trillion'; 'its 2% inflation target' (BoJ, not defense); Figure 1 (foreign visitor arrivals 2014-2018, millions; ticks 0-35, no values); 'the first formal visit ... in seven years'; 'senior officials of the four have met three times since' (officials, not leaders: no Quad leader meeting count); 'February 27-28 summit in Hanoi'; Issues for Congress bullets. PDF: hyphenated line ends, NBSP, curly quotes; layout: pdftotext -layout runs the two columns side by side, Table 1 and the bullet list among them.",
}
