from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "PC1-IF10199-2016-11", "fresh35", "IF10199", 31
LAYOUTS = ["pdf", "html"]
PDF_OPTS = ["lig", "nbsp", "hyph"]
SIDEBAR = "Why Is Okinawa Different?"
CHART = {"unit": "¥ trillions", "ymax": 6, "ticks": [0, 2, 4, 6],
         "series": ["Defense budget (initial)"],
         "bars": {"FY2012": (4.71,), "FY2013": (4.75,), "FY2014": (4.88,), "FY2015": (4.98,), "FY2016": (5.05,)}}

MD = """
U.S.-Japan Relations

Updated November 22, 2016

## Overview

Two weeks after the U.S. presidential election, Tokyo is trying to judge what a change of administration will mean for an alliance that both governments have called the strongest it has ever been. Prime Minister Shinzo Abe became the first foreign leader to sit down with President-elect Donald Trump, calling on him at Trump Tower in New York on November 17, and said afterward that he was confident the two could build trust. Days later in Lima, on the sidelines of the Asia-Pacific Economic Cooperation (APEC) meeting, Abe spoke with President Barack Obama, who in May had become the first sitting U.S. president to visit Hiroshima. As a candidate, Trump questioned whether Japan pays its fair share for U.S. bases and promised to abandon the Trans-Pacific Partnership (TPP), the 12-nation trade agreement on which Abe has staked much of his growth strategy. Either step would unsettle a partnership that Abe, in his April 2015 address to a joint meeting of Congress, described as an "alliance of hope."

## What Does the Alliance Commit Each Side To?

Sixty-five years old this September, the alliance rests on a security treaty first signed in 1951 and revised in 1960. Under it, the United States pledges to defend Japan, and Japan provides bases for U.S. forces to use in keeping the peace in the region. Some 50,000 American military personnel, the largest U.S. deployment in any foreign country, are stationed in Japan, together with roughly 40,000 dependents.

Host-nation support (HNS), Japan's contribution toward the cost of those forces, is fixed by a Special Measures Agreement (SMA), a multiyear cost-sharing accord negotiated between the two governments. The current SMA, agreed in principle in December 2015, was signed in January 2016 and covers the five Japanese fiscal years through March 2021. It commits Tokyo to ¥946.5 billion over that period, a yearly average of about ¥189 billion, or approximately $1.8 billion at recent exchange rates. During the campaign, Trump suggested that allies should cover 100% of the cost of hosting U.S. troops.

## How Has Japan's Defense Policy Changed?

Legislation passed in September 2015 and in effect since March of this year permits the Self-Defense Forces (SDF), Japan's military, to exercise collective self-defense, that is, to come to the aid of an ally under attack in limited circumstances. Under the new laws, SDF units deployed to South Sudan were given a new mission this month: to rush to the aid of U.N. staff and others under attack.

¥5.05 trillion, a record, is what the government budgeted for defense in FY2016, the fourth annual increase in a row (Figure 1). Even so, the total amounts to just under 1% of gross domestic product (GDP), keeping within the 1% ceiling that successive cabinets have observed informally since 1976 and far below the 2% that NATO asks its own members to spend.

**Figure 1. Japan's Defense Budget, FY2012-FY2016**

Source: Japan Ministry of Defense. Initial budgets.

## Why Is Okinawa Different?

0.6% of Japan's land lies in Okinawa Prefecture. The prefecture nonetheless hosts about 70% of the acreage set aside for the exclusive use of U.S. forces, and more than half of the U.S. military personnel in Japan serve there, the majority of them Marines.

Governor Takeshi Onaga, who won office in November 2014 by pledging to stop the construction of a replacement for Marine Corps Air Station Futenma at Henoko, has taken the central government to court. In September, the Naha branch of the Fukuoka High Court ruled against him; his appeal is before the Supreme Court. Under a 2012 revision of the realignment plan, about 9,000 Marines are to leave Okinawa. Of these, approximately 4,000 are to be relocated to Guam, beginning in the first half of the 2020s; the rest are to go to Hawaii, Australia, and the U.S. mainland.

## How Secure Is Abe at Home?

More than two-thirds of the seats in the Lower House, the more powerful chamber of the Diet, belong to the ruling coalition of Abe's Liberal Democratic Party (LDP) and Komeito, a smaller party backed by the lay Buddhist group Soka Gakkai. The coalition took 326 of the 475 seats in a snap election in December 2014.

The coalition also gained ground in the Upper House election of July 10, 2016. It now holds 146 of that chamber's 242 seats, about 60% of the total. Counting smaller parties that favor amending the constitution, supporters of revision have, for the first time, reached the two-thirds needed in both chambers to propose an amendment.

No national election is required before December 2018, when the Lower House's four-year term runs out; the next Upper House election is to be held in July 2019. Abe's second term as LDP president ends in September 2018. Last month, a party panel agreed in principle to allow presidents to serve three consecutive terms, which could keep him in office into 2021.

## How Important Is Japan Economically?

Japan was the fourth-largest trading partner of the United States in 2015, after China, Canada, and Mexico. It ranked fourth, too, both as a market for U.S. goods and as a source of U.S. imports. Goods flows for the two most recent years are in Table 1.

Table 1. U.S. Goods Trade with Japan ($ billions)

| | 2014 | 2015 |
| --- | --- | --- |
| U.S. exports to Japan | 67.0 | 62.5 |
| U.S. imports from Japan | 134.0 | 131.4 |
| U.S. balance | -67.0 | -68.9 |

Source: U.S. Census Bureau.

At the end of 2015, Japanese firms had $411 billion invested in the United States, making Japan the second-largest source of foreign direct investment (FDI) after the United Kingdom. Japan also held $1.13 trillion in U.S. Treasury securities in September, trailing only China among foreign holders.

The TPP, signed in February 2016 by 12 Pacific Rim countries, cleared Japan's Lower House on November 10; the Upper House is expected to approve it before the Diet session closes next month. For Japan, the pact would eliminate U.S. tariffs such as the 2.5% duty on passenger cars over 25 years, and would cut its own 38.5% beef tariff to 9%.

## What Is the State of Japan's Economy?

Abenomics, Abe's three-part program of monetary easing, fiscal stimulus, and structural reform, has yet to produce sustained growth. Real GDP rose 0.5% in 2015, following a 0.1% contraction in 2014. Output grew at an annualized rate of 2.2% in the July-September quarter, helped by exports.

In August, the cabinet approved a ¥28.1 trillion economic package. Its first installment, a second FY2016 supplementary budget of ¥3.3 trillion (about $32 billion), was enacted on October 11. Abe has put off until October 2019 an increase in the consumption tax from 8% to 10%, and the Bank of Japan, which adopted a negative interest rate of -0.1% in January, began targeting a 10-year bond yield of around 0% in September.

Japan ratified the Paris climate agreement on November 8. Its pledge is to cut greenhouse gas emissions 26% below FY2013 levels by FY2030.

## Issues for Congress

- Burden-sharing: whether the next Administration seeks a larger HNS contribution before the SMA expires, and how Tokyo would respond.
- Trade: the fate of the TPP, which Congress has not voted on, and whether the Trump Administration pursues a bilateral agreement with Japan instead.
- North Korea: Pyongyang conducted two nuclear tests this year, in January and September, and has launched more than 20 ballistic missiles, several landing in or near Japan's exclusive economic zone.
- Okinawa: the pace of the Futenma replacement and of the Marines' move to Guam, for which Congress appropriates U.S. funds.

**Emma Chanlett-Avery**, Specialist in Asian Affairs

**Ian E. Rinehart**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Shinzo Abe", note="given name first"),
        "leaders.us_president": P("Obama", "Barack", "President Barack Obama", note="Trump is President-elect (a trap)"),
        "alliance.treaty_ally_since": F(1951, as_written="the alliance rests on a security treaty first signed in 1951 and revised in 1960"),
        "alliance.us_troops_in_japan": F(50000, "about", as_written="Some 50,000 American military personnel, the largest U.S. deployment in any foreign country, are stationed in Japan"),
        "alliance.host_nation_support_per_year": F(1800000000, "about", per="year", as_written="a yearly average of about ¥189 billion, or approximately $1.8 billion at recent exchange rates"),
        "alliance.host_nation_support_agreement": D("2016-01", as_written="The current SMA, agreed in principle in December 2015, was signed in January 2016", note="dated by its signing; December 2015 is the agreement in principle"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="The prefecture nonetheless hosts about 70% of the acreage set aside for the exclusive use of U.S. forces", note="exclusive-use basis; sidebar"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="and more than half of the U.S. military personnel in Japan serve there", note="sidebar"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="0.6% of Japan's land lies in Okinawa Prefecture", note="figure opens the sentence; sidebar"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Of these, approximately 4,000 are to be relocated to Guam", note="'these' = the 9,000 leaving Okinawa; sidebar"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="keeping within the 1% ceiling that successive cabinets have observed informally since 1976", note="'just under 1%' describes spending, not the limit"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="the ruling coalition of Abe's Liberal Democratic Party (LDP) and Komeito"),
        "politics.lower_house_coalition_share": F(67, "over", as_written="More than two-thirds of the seats in the Lower House ... belong to the ruling coalition", note="fraction rule: two-thirds = 67; 326 of 475 also written"),
        "politics.upper_house_coalition_share": F(60, "about", as_written="It now holds 146 of that chamber's 242 seats, about 60% of the total", note="subject 'The coalition' carried from the sentence before"),
        "politics.next_diet_election_due": F(2018, as_written="No national election is required before December 2018, when the Lower House's four-year term runs out", note="the Lower House deadline precedes the July 2019 Upper House election"),
        "politics.lower_house_election_due": D("2018-12", as_written="No national election is required before December 2018, when the Lower House's four-year term runs out"),
        "trade.overall_partner_rank": F(4, period="2015", as_written="Japan was the fourth-largest trading partner of the United States in 2015"),
        "trade.export_partner_rank": F(4, period="2015", as_written="It ranked fourth, too, both as a market for U.S. goods"),
        "trade.import_partner_rank": F(4, period="2015", as_written="and as a source of U.S. imports"),
        "trade.us_exports_to_japan": F(62500000000, period="2015", as_written="Table 1, 'U.S. exports to Japan' row, 2015 column: 62.5 ($ billions)"),
        "trade.us_imports_from_japan": F(131400000000, period="2015", as_written="Table 1, 'U.S. imports from Japan' row, 2015 column: 131.4 ($ billions)"),
        "trade.fdi_source_rank": F(2, as_written="making Japan the second-largest source of foreign direct investment (FDI) after the United Kingdom"),
        "trade.treasury_holder_rank": F(2, period="2016-09", as_written="Japan also held $1.13 trillion in U.S. Treasury securities in September, trailing only China among foreign holders"),
        "economy.gdp_growth": GDP(y2015=0.5, y2014=-0.1),
        "economy.supplementary_budget": F(32000000000, "about", period="2016-10-11", as_written="a second FY2016 supplementary budget of ¥3.3 trillion (about $32 billion), was enacted on October 11"),
        "economy.emissions_cut_target": F(26, by="FY2030", baseline="FY2013", as_written="Its pledge is to cut greenhouse gas emissions 26% below FY2013 levels by FY2030"),
    },
    "elections": {
        "lower_house_2014": E("Lower House", "2014-12", "held", result="coalition took 326 of 475 seats"),
        "upper_house_2016": E("Upper House", "2016-07-10", "held", result="coalition holds 146 of 242 seats, about 60%"),
        "upper_house_2019": E("Upper House", "2019-07", "upcoming"),
        "okinawa_governor_2014": E("Okinawa governor", "2014-11", "held", result="Takeshi Onaga, opposed to the Henoko relocation, won"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress", "2015-04", "held"),
    },
    "notes": "Traps: 'Two weeks after the U.S. presidential election'; 'who in May had become the first sitting U.S. president to visit Hiroshima' (a dated event with no tracked slug); 'President-elect Donald Trump' (not yet president) and 'on November 17'; 'the 12-nation trade agreement' and 'signed in February 2016 by 12 Pacific Rim countries'; 'Sixty-five years old this September' (age, not a year) and 'revised in 1960'; 'roughly 40,000 dependents'; 'agreed in principle in December 2015' (not the SMA's signing) and 'through March 2021' (expiry); 'It commits Tokyo to ¥946.5 billion over that period' (five-year total) and 'about ¥189 billion' (yen); 'Trump suggested that allies should cover 100% of the cost'; 'Legislation passed in September 2015 and in effect since March of this year'; '¥5.05 trillion, a record' and Figure 1 (defense budget FY2012-FY2016, ¥ trillions; ticks 0-6, no value labels); 'the total amounts to just under 1% of gross domestic product' (spending, not the limit); 'far below the 2% that NATO asks its own members to spend' (NATO's guideline, not a Japanese goal); 'about 9,000 Marines are to leave Okinawa' (not the Guam number); 'beginning in the first half of the 2020s'; 'The coalition took 326 of the 475 seats' (seats, share is two-thirds); 'reached the two-thirds needed in both chambers to propose an amendment' (threshold, not the Upper House share); 'the next Upper House election is to be held in July 2019' (later than the Lower House deadline); 'Abe's second term as LDP president ends in September 2018' and 'could keep him in office into 2021' (party term, no election stated); Table 1's 2014 column (67.0, 134.0) and 'U.S. balance' row; 'after China, Canada, and Mexico'; '$411 billion invested in the United States' (FDI stock, no IF10199 fact); '$1.13 trillion'; 'cleared Japan's Lower House on November 10'; 'the 2.5% duty on passenger cars over 25 years' and 'its own 38.5% beef tariff to 9%'; 'Output grew at an annualized rate of 2.2% in the July-September quarter' (a quarter); 'a ¥28.1 trillion economic package' (package, not the budget) and '¥3.3 trillion' (yen); 'an increase in the consumption tax from 8% to 10%' and 'until October 2019'; 'a negative interest rate of -0.1%' and 'a 10-year bond yield of around 0%'; 'ratified the Paris climate agreement on November 8'; Issues bullet 'two nuclear tests this year' and 'more than 20 ballistic missiles'; sidebar 'Why Is Okinawa Different?' (html aside with Figure 1). PDF ligatures, NBSP, hyphenated line ends.",
}
