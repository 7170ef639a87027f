from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "LB1-IF10199-2019-02", "fresh31", "IF10199", 38
LAYOUTS = ["layout", "interleaved"]
PDF_OPTS = ["lig", "nbsp", "hyph"]
CHART = {"unit": "$ trillions", "ymax": 1.5, "ticks": [0, 0.5, 1.0, 1.5],
         "series": ["China", "Japan"],
         "bars": {"2014": (1.24, 1.23), "2015": (1.25, 1.12), "2016": (1.06, 1.09), "2017": (1.18, 1.06), "2018": (1.12, 1.02)}}

MD = """
U.S.-Japan Relations

Updated February 22, 2019

## Overview

Japan anchors the U.S. military presence in East Asia and is one of the largest U.S. economic partners. Washington and Tokyo have been treaty allies since April 1952, when the Allied occupation ended and their first security pact took effect; the treaty in force today, revised in 1960, obliges the United States to come to Japan's defense. Japan's leader since December 2012, Shinzo Abe, has courted President Trump assiduously. Abe, whose first stint as prime minister lasted barely a year (2006-2007), had built ties in Washington well before the current Administration: in April 2015 he became the first Japanese prime minister to address a joint meeting of Congress, and in May 2016 he hosted then-President Barack Obama in Hiroshima.

Trade is now the most contentious issue between the two governments. Having withdrawn from the Trans-Pacific Partnership (TPP) in January 2017, the Trump Administration is pressing Japan for a bilateral deal, with possible tariffs on Japanese automobiles in the background.

## The Alliance

Of the roughly 50,000 U.S. military personnel stationed in Japan, more than half are on Okinawa (see below). South Korea, by comparison, hosts 28,500 U.S. troops.

Japan bears a large part of the cost. Signed in January 2016, the current five-year Special Measures Agreement (SMA) expires in March 2021; talks on a successor are expected to open next year, and the Administration has signaled that it will seek a larger contribution. Counting the SMA and other outlays, Tokyo spends about $2 billion each year on host-nation support. Seoul, under a one-year arrangement signed on February 10, is to pay 1.04 trillion won (about $920 million) in 2019, 8.2% more than in 2018.

## Okinawa

Okinawa Prefecture, a chain of islands some 400 miles southwest of Japan's main islands, carries a disproportionate share of the U.S. presence:

- It makes up less than 1% of Japan's land area.
- Roughly one in four of the facilities used by U.S. Forces Japan (USFJ) are located there.
- Its Marine Corps Air Station Futenma sits in the middle of a city of about 100,000 people.

Under a 2012 bilateral plan, about 9,000 Marines are to leave Okinawa. Of these, approximately 4,000 are to be relocated to Guam, with moves expected to begin in the first half of the 2020s. The replacement for Futenma, a runway being built on landfill at Henoko in the north of the island, remains contested. Denny Tamaki, who opposes the project, was elected governor last September after the death of his predecessor, Takeshi Onaga. Landfill work began in December. On Sunday, Okinawans vote in a prefectural referendum on the landfill; its result will not be legally binding.

## Defense

Japan's defense budget has risen for seven straight years under Abe, to a record ¥5.26 trillion ($47 billion) requested for FY2019, but it still amounts to less than 1% of GDP. Governments have treated 1% of GDP as an informal cap on military spending since 1976. The National Defense Program Guidelines adopted in December call for ¥27.47 trillion in spending over FY2019-FY2023, the purchase of 105 more F-35 fighters, and the modification of two Izumo-class helicopter carriers to operate short-takeoff jets. An LDP panel last May urged that spending be raised toward 2% of GDP, NATO's benchmark; the government did not adopt that target. Abe also hopes to amend the constitution's Article 9 by 2020 to acknowledge the Self-Defense Forces.

## Politics

Abe's Liberal Democratic Party (LDP) governs in coalition with a smaller partner, Komeito. Last September, Abe won a third consecutive three-year term as LDP president, defeating former Defense Minister Shigeru Ishiba by 553 votes to 254; party rules bar him from seeking a fourth. If he stays in office until November, he will become Japan's longest-serving prime minister.

Table 1. The Ruling Coalition in the Diet

| | Lower House | Upper House |
| --- | --- | --- |
| Total seats | 465 | 242 |
| LDP-Komeito seats | 313 | 147 |
| Coalition share | 67% | 61% |
| Last election | Oct. 2017 | July 2016 |
| Next election | by Oct. 2021 | July 2019 |

Source: House of Representatives; House of Councillors. As of February 2019.

Half of the upper chamber will be elected in July, when its size is to grow to 245 seats under a 2018 law; no other national vote is scheduled before then. The coalition and other lawmakers who favor revising the constitution hope to keep the two-thirds majority in each chamber that is needed to propose an amendment. The lower chamber's four-year term does not run out until October 2021, although Abe could dissolve it earlier; some commentators have speculated about a same-day "double" election this summer.

## Trade Talks

Japan, unlike several other allies, received no exemption from the Section 232 tariffs imposed in March 2018 on steel and aluminum, of 25% and 10%, respectively. At a meeting in New York on September 26, 2018, the two leaders agreed to open negotiations on a bilateral agreement covering goods and some services, which Tokyo calls a "Trade Agreement on Goods" (TAG). The United States undertook not to act against the spirit of their joint statement while the talks continue. USTR published its negotiating objectives on December 21; the first round has yet to be scheduled.

Autos loom over the talks. On February 17, the Commerce Department sent the President the results of its Section 232 investigation into whether imports of cars and parts threaten national security; the report has not been released, and the President has 90 days to decide whether to act. He has floated tariffs of 25% on vehicles, a sector that accounts for roughly two-fifths of U.S. goods imports from Japan.

Japan's other agreements have moved ahead without the United States. The Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP), concluded by the eleven remaining TPP members, took effect for Japan on December 30, and an economic partnership agreement with the European Union entered into force on February 1.

## Economic Ties

In 2017, the latest full year for which data have been published (the release of 2018 figures was delayed by the partial government shutdown), Japan was the fourth-largest U.S. trading partner, export market, and source of imports. U.S. goods exports to Japan totaled $67.7 billion that year; imports, at $136.5 billion, were about twice as large, leaving a goods deficit of $68.8 billion. Figures through November 2018 point to exports some 8% higher last year.

Japanese firms are among the largest investors in the United States. At the end of 2017, their direct investment position stood at $469 billion; only British companies held more. Japan's holdings of U.S. Treasury securities, $1.02 trillion in November 2018, put it behind China ($1.12 trillion) and ahead of every other foreign holder (Figure 1).

**Figure 1. Foreign Holdings of U.S. Treasury Securities, 2014-2018**

Source: U.S. Treasury, TIC data. End of year; 2018 as of November.

## Economy

Preliminary figures released last week show real GDP growth of 0.7% in 2018, a slowdown from 1.9% in 2017. Typhoons and an earthquake caused output to shrink at an annualized 2.6% in July-September, before a partial rebound of 1.4% in the final quarter. To pay for disaster recovery and to cushion the consumption tax increase from 8% to 10% scheduled for October, the Diet earlier this month passed a ¥3.05 trillion second supplementary budget for FY2018, roughly $28 billion, following a ¥0.94 trillion first one in November. The FY2019 budget now before the Diet, ¥101.5 trillion, would be the first to exceed ¥100 trillion.

Under the Paris Agreement, Japan has pledged to cut greenhouse gas emissions by 26% from their FY2013 level by FY2030; its longer-term goal is an 80% reduction by 2050.

## Regional Relations

Abe traveled to Beijing in October 2018, the first formal visit by a Japanese prime minister in seven years, and Chinese leader Xi Jinping is expected at the G-20 summit that Japan will host in Osaka in June. Relations with South Korea, by contrast, have soured since an October ruling by Seoul's Supreme Court ordering a Japanese steelmaker to compensate wartime laborers, and a December dispute over a South Korean destroyer's fire-control radar. Tokyo will watch next week's second Trump-Kim summit in Hanoi for signs that Washington might accept limits on North Korea's long-range missiles while leaving unaddressed the shorter-range weapons that threaten Japan.

**Emma Chanlett-Avery**, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Brock R. Williams**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Japan's leader since December 2012, Shinzo Abe", note="given name first, in a fronted appositive"),
        "leaders.us_president": P("Trump", "Donald", "President Trump", note="given name not written; also 'the Trump Administration'"),
        "alliance.treaty_ally_since": F(1952, as_written="Washington and Tokyo have been treaty allies since April 1952", note="1960 is the revised treaty"),
        "alliance.us_troops_in_japan": F(50000, "about", as_written="Of the roughly 50,000 U.S. military personnel stationed in Japan"),
        "alliance.host_nation_support_per_year": F(2000000000, "about", per="year", as_written="Tokyo spends about $2 billion each year on host-nation support"),
        "alliance.host_nation_support_agreement": D("2016-01", as_written="Signed in January 2016, the current five-year Special Measures Agreement (SMA)", note="expires March 2021 (trap); successor talks next year"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="Roughly one in four of the facilities used by U.S. Forces Japan (USFJ) are located there", note="bullet; 'there' = Okinawa Prefecture of the lead-in"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="Of the roughly 50,000 U.S. military personnel stationed in Japan, more than half are on Okinawa"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="It makes up less than 1% of Japan's land area", note="bullet; 'It' = Okinawa Prefecture of the lead-in"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Of these, approximately 4,000 are to be relocated to Guam", note="'these' = the 9,000 Marines to leave Okinawa, in the sentence before"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="Governments have treated 1% of GDP as an informal cap on military spending since 1976", note="'less than 1% of GDP' in the sentence before describes the budget, not the cap"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="Abe's Liberal Democratic Party (LDP) governs in coalition with a smaller partner, Komeito"),
        "politics.lower_house_coalition_share": F(67, as_written="Table 1: Coalition share | 67% (Lower House column)", note="transposed table: chambers are columns"),
        "politics.upper_house_coalition_share": F(61, as_written="Table 1: Coalition share | 61% (Upper House column)", note="transposed table: chambers are columns"),
        "politics.next_diet_election_due": F(2019, as_written="Half of the upper chamber will be elected in July ... no other national vote is scheduled before then", note="also Table 1 'Next election | July 2019' (Upper House column)"),
        "politics.lower_house_election_due": D("2021-10", as_written="The lower chamber's four-year term does not run out until October 2021", note="also Table 1 'Next election | by Oct. 2021'; 32 months away, so no lower_house_2021 election"),
        "trade.overall_partner_rank": F(4, period="2017", as_written="Japan was the fourth-largest U.S. trading partner, export market, and source of imports"),
        "trade.export_partner_rank": F(4, period="2017", as_written="Japan was the fourth-largest U.S. trading partner, export market, and source of imports", note="ordinal shared across the three nouns"),
        "trade.import_partner_rank": F(4, period="2017", as_written="Japan was the fourth-largest U.S. trading partner, export market, and source of imports", note="ordinal shared across the three nouns"),
        "trade.us_exports_to_japan": F(67700000000, period="2017", as_written="U.S. goods exports to Japan totaled $67.7 billion that year"),
        "trade.us_imports_from_japan": F(136500000000, period="2017", as_written="imports, at $136.5 billion, were about twice as large", note="'about' hedges the ratio, not the amount; 'to Japan'/'that year' carried from the clause before"),
        "trade.fdi_source_rank": F(2, period="2017", as_written="At the end of 2017, their direct investment position stood at $469 billion; only British companies held more"),
        "trade.treasury_holder_rank": F(2, period="2018-11", as_written="Japan's holdings of U.S. Treasury securities, $1.02 trillion in November 2018, put it behind China ($1.12 trillion) and ahead of every other foreign holder"),
        "economy.gdp_growth": GDP(y2018=0.7, y2017=1.9),
        "economy.supplementary_budget": F(28000000000, "about", period="2019-02", as_written="the Diet earlier this month passed a ¥3.05 trillion second supplementary budget for FY2018, roughly $28 billion", note="the dollar figure; the November ¥0.94 trillion first supplementary is a trap"),
        "economy.emissions_cut_target": F(26, by="FY2030", baseline="FY2013", as_written="Japan has pledged to cut greenhouse gas emissions by 26% from their FY2013 level by FY2030"),
    },
    "elections": {
        "upper_house_2019": E("Upper House", "2019-07", "upcoming", note="'Half of the upper chamber will be elected in July' (year from the cover) and Table 1"),
        "upper_house_2016": E("Upper House", "2016-07", "held", note="Table 1 'Last election | July 2016'"),
        "lower_house_2017": E("Lower House", "2017-10", "held", result="LDP-Komeito 313 of 465 seats (67%)", note="Table 1 'Last election | Oct. 2017'"),
        "ldp_president_2018": E("LDP president", "2018-09", "held", result="Abe won a third term, defeating Shigeru Ishiba 553-254", note="'Last September'"),
        "okinawa_governor_2018": E("Okinawa governor", "2018-09", "held", result="Denny Tamaki, opponent of the Henoko project, elected", note="'last September'"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress", "2015-04", "held"),
    },
    "notes": "Traps: 'the treaty in force today, revised in 1960' (not the year the alliance began); 'Japan's leader since December 2012' (start of tenure); 'whose first stint as prime minister lasted barely a year (2006-2007)'; 'hosted then-President Barack Obama in Hiroshima' (former president); 'withdrawn from the Trans-Pacific Partnership (TPP) in January 2017'; 'South Korea, by comparison, hosts 28,500 U.S. troops' (another country); 'expires in March 2021; talks on a successor are expected to open next year' (SMA end and future talks, not the agreement date); 'Seoul, under a one-year arrangement signed on February 10, is to pay 1.04 trillion won (about $920 million) in 2019, 8.2% more than in 2018' (another country's host-nation support); 'some 400 miles southwest'; bullet 'a city of about 100,000 people'; 'Under a 2012 bilateral plan, about 9,000 Marines are to leave Okinawa' (total leaving, not the Guam figure); 'in the first half of the 2020s'; 'was elected governor last September after the death of his predecessor, Takeshi Onaga' (former governor); 'Landfill work began in December'; 'On Sunday, Okinawans vote in a prefectural referendum' (a referendum, not an election); 'a record ¥5.26 trillion ($47 billion) requested for FY2019, but it still amounts to less than 1% of GDP' (the budget's share, not the cap); 'since 1976'; '¥27.47 trillion in spending over FY2019-FY2023', '105 more F-35 fighters', 'two Izumo-class helicopter carriers'; 'An LDP panel last May urged that spending be raised toward 2% of GDP, NATO's benchmark; the government did not adopt that target' (proposed, not a goal: no defense.spending_goal_pct_gdp); 'amend the constitution's Article 9 by 2020'; 'a third consecutive three-year term', 'defeating former Defense Minister Shigeru Ishiba by 553 votes to 254' (not a prime minister); 'If he stays in office until November'; Table 1 seat counts 465/242/313/147; 'Half of the upper chamber will be elected in July' (half the seats, not a coalition share), 'its size is to grow to 245 seats under a 2018 law'; 'the two-thirds majority in each chamber that is needed to propose an amendment' (a threshold, not a share); 'some commentators have speculated about a same-day \"double\" election this summer' (speculation, no election); 'Section 232 tariffs imposed in March 2018 on steel and aluminum, of 25% and 10%, respectively' (product tariffs, not most imports); 'On September 26, 2018' (joint statement; no tracked event); 'USTR published its negotiating objectives on December 21; the first round has yet to be scheduled' (no first_negotiating_round); 'On February 17, the Commerce Department sent the President the results' and 'the President has 90 days' (no proclamation yet); 'He has floated tariffs of 25% on vehicles' (threatened); 'roughly two-fifths of U.S. goods imports from Japan' (a share of imports, not a rank or amount); 'concluded by the eleven remaining TPP members, took effect for Japan on December 30' and 'entered into force on February 1'; 'leaving a goods deficit of $68.8 billion'; 'Figures through November 2018 point to exports some 8% higher last year' (partial-year growth); 'their direct investment position stood at $469 billion' (amount, not rank); '($1.12 trillion)' (China's holdings); Figure 1 (Treasury holdings of China and Japan, 2014-2018, $ trillions; ticks 0-1.5, years and legend, no values); 'shrink at an annualized 2.6% in July-September' and 'a partial rebound of 1.4% in the final quarter' (quarters, not years); 'the consumption tax increase from 8% to 10% scheduled for October'; 'a ¥0.94 trillion first one in November' (earlier supplementary); 'The FY2019 budget now before the Diet, ¥101.5 trillion'; 'an 80% reduction by 2050'; 'the first formal visit by a Japanese prime minister in seven years'; 'Chinese leader Xi Jinping is expected at the G-20 summit ... in Osaka in June' (planned); 'an October ruling by Seoul's Supreme Court' and 'a December dispute'; 'next week's second Trump-Kim summit in Hanoi' (planned). PDF: ligatures, NBSP, hyphenated line ends; layout runs the two columns side by side; interleaved alternates column lines.",
}
