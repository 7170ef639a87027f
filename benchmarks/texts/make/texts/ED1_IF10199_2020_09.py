from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "ED1-IF10199-2020-09", "fresh24", "IF10199", 39
LAYOUTS = ["layout", "md"]
PDF_OPTS = ["hyph", "nbsp"]

MD = """
U.S.-Japan Relations

Updated September 10, 2020

## Overview

Japan is heading into its first change of leader in nearly eight years. On August 28, Prime Minister Abe Shinzo said that a recurrence of ulcerative colitis would force him to step down; he remains in office until a successor is chosen. Four days before the announcement he had passed his great-uncle Sato Eisaku's record of 2,798 consecutive days as prime minister. Under Abe the alliance reached what both governments call its strongest point, and he built an unusually close working rapport with President Donald J. Trump, meeting him more than a dozen times. Abe, who on April 29, 2015, became the first Japanese leader to speak before a joint meeting of Congress, has declined to name a favored heir.

## Choosing a Successor

The Liberal Democratic Party (LDP) will pick its new president on September 14, in a contest confined to its Diet members and three delegates from each prefectural chapter rather than a full vote of the rank and file. Three men are running: Chief Cabinet Secretary Suga Yoshihide, who has the backing of most party factions; former Foreign Minister Kishida Fumio; and former Defense Minister Ishiba Shigeru. Because the LDP and its junior partner, Komeito, control both chambers, the winner is all but certain to be voted in as prime minister when the Diet convenes on September 16. The new leader will serve out the rest of Abe's term as party president, to September 2021.

## The Diet

Table 1. Ruling Coalition Strength in the Diet

| Chamber | Seats | Share | Elected |
| --- | --- | --- | --- |
| House of Representatives | 313 of 465 | 67.3% | Oct. 2017 |
| House of Councillors | 141 of 245 | 57.6% | July 2019 |

Source: Websites of the two chambers; seats held by the LDP and Komeito.

Under the four-year term of the lower chamber, a general election cannot be put off past October 2021. Some LDP figures have urged the next leader to dissolve the chamber this autumn and seek a mandate of his own; others argue that a campaign during the pandemic would be unwise.

## The Alliance

The 1951 security treaty, as revised in 1960, commits the United States to defend Japan, which in turn grants U.S. forces the use of bases on its territory. Approaching 55,000 in number, U.S. military personnel in Japan include the Navy's only forward-deployed aircraft carrier strike group and the III Marine Expeditionary Force.

Host-nation support is governed by a Special Measures Agreement (SMA) that the two governments signed in January 2016. It covers Japan's fiscal years 2016 through 2020 and expires at the end of March 2021. Under it Tokyo contributes an average of ¥189 billion per year, somewhat more than $1.7 billion a year at current exchange rates, toward local labor, utilities, and facilities. Negotiations on a successor have been slow to start; press reports in 2019 said the Trump Administration had floated as much as $8 billion a year, roughly four times the present level.

## Okinawa

Okinawa Prefecture makes up six-tenths of one percent of Japan's land area. Yet some seven in ten acres of the land set aside for the exclusive use of U.S. forces lie there, and a majority of the U.S. military personnel in Japan are based on its islands. Under a 2012 revision of the realignment plan, about 9,000 Marines are to leave Okinawa; Guam is to receive around 4,000 of them, with transfers not expected to begin before the mid-2020s. Governor Tamaki Denny, who won office two years ago this month on a pledge to stop the relocation of Marine Corps Air Station Futenma to Henoko, continues to contest the landfill work in court.

## Defense Policy

Japan's FY2020 defense budget is a record ¥5.31 trillion, yet it remains under 1% of GDP, a line that governments since the 1970s have treated as a ceiling. In June, Defense Minister Kono Taro halted plans to deploy two Aegis Ashore missile defense batteries, citing cost and safety. The National Security Council is now debating whether Japan should acquire the ability to strike missile launch sites in enemy territory, a question Abe has urged be settled by the end of the year.

## Trade and Investment

Among individual countries, only China, Canada, and Mexico traded more with the United States in 2019 than Japan did. As a buyer of U.S. goods Japan ranked behind Canada, Mexico, and China; as a seller, behind China, Mexico, and Canada. U.S. goods exports to Japan were $74.7 billion that year. Imports from Japan, at $143.6 billion, were close to twice as large. The limited U.S.-Japan Trade Agreement and a companion digital trade agreement have been in force since January 1, 2020.

The United Kingdom, long the leading source of foreign direct investment (FDI) in the United States, was pushed into second place by Japan in 2019, when the Japanese stock reached $619 billion. Foreign holdings of U.S. Treasury securities are led by Japan, whose roughly $1.29 trillion in June exceeded China's $1.07 trillion.

## Economy

Growth was feeble even before the pandemic: 0.3% in 2018 and 0.7% in 2019, a year that closed with a contraction after the consumption tax rose from 8% to 10% in October. Revised data released on September 8 show output falling at an annualized rate of 28.8% in the April-June quarter, the steepest drop on record. The larger of this year's two supplementary budgets, ¥31.9 trillion (roughly $300 billion), cleared the Diet in June; together with the first, passed in April, it funds relief that the government values at more than ¥230 trillion. Tokyo's commitment under the Paris Agreement, a 26% cut in emissions from FY2013 levels by FY2030, has drawn criticism as unambitious.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Brock R. Williams**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Abe Shinzo ... he remains in office until a successor is chosen", note="resignation announced; still in office on the text's date"),
        "leaders.us_president": P("Trump", "Donald", "President Donald J. Trump"),
        "alliance.treaty_ally_since": F(1951, as_written="The 1951 security treaty, as revised in 1960"),
        "alliance.us_troops_in_japan": F(55000, "nearly", as_written="Approaching 55,000 in number, U.S. military personnel in Japan"),
        "alliance.host_nation_support_per_year": F(1700000000, "over", per="year", as_written="somewhat more than $1.7 billion a year at current exchange rates"),
        "alliance.host_nation_support_agreement": D("2016-01", as_written="a Special Measures Agreement (SMA) that the two governments signed in January 2016"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="Okinawa Prefecture makes up six-tenths of one percent of Japan's land area"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="some seven in ten acres of the land set aside for the exclusive use of U.S. forces lie there", note="exclusive-use basis"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="a majority of the U.S. military personnel in Japan are based on its islands"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Guam is to receive around 4,000 of them"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="it remains under 1% of GDP, a line that governments since the 1970s have treated as a ceiling", note="'under' hedges the budget, not the limit"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="the LDP and its junior partner, Komeito"),
        "politics.lower_house_coalition_share": F(67.3, as_written="Table 1: House of Representatives | 313 of 465 | 67.3%"),
        "politics.upper_house_coalition_share": F(57.6, as_written="Table 1: House of Councillors | 141 of 245 | 57.6%"),
        "politics.next_diet_election_due": F(2021, as_written="a general election cannot be put off past October 2021"),
        "politics.lower_house_election_due": D("2021-10", as_written="Under the four-year term of the lower chamber, a general election cannot be put off past October 2021"),
        "trade.overall_partner_rank": F(4, period="2019", as_written="Among individual countries, only China, Canada, and Mexico traded more with the United States in 2019 than Japan did"),
        "trade.export_partner_rank": F(4, period="2019", as_written="As a buyer of U.S. goods Japan ranked behind Canada, Mexico, and China"),
        "trade.import_partner_rank": F(4, period="2019", as_written="as a seller, behind China, Mexico, and Canada"),
        "trade.us_exports_to_japan": F(74700000000, period="2019", as_written="U.S. goods exports to Japan were $74.7 billion that year"),
        "trade.us_imports_from_japan": F(143600000000, period="2019", as_written="Imports from Japan, at $143.6 billion, were close to twice as large"),
        "trade.fdi_source_rank": F(1, period="2019", as_written="The United Kingdom, long the leading source of foreign direct investment (FDI) in the United States, was pushed into second place by Japan in 2019"),
        "trade.treasury_holder_rank": F(1, period="2020-06", as_written="Foreign holdings of U.S. Treasury securities are led by Japan, whose roughly $1.29 trillion in June exceeded China's $1.07 trillion"),
        "economy.gdp_growth": GDP(y2019=0.7, y2018=0.3),
        "economy.supplementary_budget": F(300000000000, "about", period="2020-06", as_written="The larger of this year's two supplementary budgets, ¥31.9 trillion (roughly $300 billion), cleared the Diet in June", note="the later of the two, also the larger"),
        "economy.emissions_cut_target": F(26, by="FY2030", baseline="FY2013", as_written="a 26% cut in emissions from FY2013 levels by FY2030"),
    },
    "elections": {
        "ldp_president_2020": E("LDP president", "2020-09-14", "upcoming", note="candidates Suga Yoshihide, Kishida Fumio, Ishiba Shigeru; year from the text's date"),
        "lower_house_2017": E("Lower House", "2017-10", "held", result="coalition 313 of 465 (67.3%)", note="Table 1 'Elected' column"),
        "upper_house_2019": E("Upper House", "2019-07", "held", result="coalition 141 of 245 (57.6%)", note="Table 1 'Elected' column"),
        "lower_house_2021": E("Lower House", "2021-10", "upcoming", note="must be held by October 2021 (13 months away)"),
        "okinawa_governor_2018": E("Okinawa governor", "2018-09", "held", result="Tamaki Denny", note="'two years ago this month'"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress", "2015-04-29", "held"),
    },
    "notes": "Traps: 'On August 28, Prime Minister Abe Shinzo said ... would force him to step down' (still PM); 'Four days before the announcement' and 'record of 2,798 consecutive days' and 'Sato Eisaku' (a former PM); 'meeting him more than a dozen times'; 'Suga Yoshihide', 'Kishida Fumio', 'Ishiba Shigeru' (candidates, not PM); 'three delegates from each prefectural chapter'; 'when the Diet convenes on September 16' (planned Diet vote, no election slug); 'to September 2021' (end of a party term, not an election); Table 1 '313 of 465' and '141 of 245' (seat counts); 'dissolve the chamber this autumn' (speculation, not listed); 'as revised in 1960'; 'the Navy's only forward-deployed aircraft carrier' (not a rank); 'fiscal years 2016 through 2020' and 'expires at the end of March 2021'; '¥189 billion per year'; 'as much as $8 billion a year, roughly four times the present level' (a floated demand, a ratio); 'a 2012 revision', 'about 9,000 Marines are to leave Okinawa' (total leaving), 'not expected to begin before the mid-2020s' (none in Guam); 'a record ¥5.31 trillion, yet it remains under 1% of GDP' (spending, not the limit); 'two Aegis Ashore missile defense batteries'; 'close to twice as large' (a ratio); 'in force since January 1, 2020' (IF11120 fact, not IF10199); 'was pushed into second place' (the UK's rank, 2); '$619 billion'; 'China's $1.07 trillion'; 'from 8% to 10%'; 'an annualized rate of 28.8% in the April-June quarter'; 'the first, passed in April'; 'more than ¥230 trillion'; PDF hyphenation and NBSP (layout text only)",
}
