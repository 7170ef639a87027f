from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "AP1-IF10199-2019-03", "fresh18", "IF10199", 31
LAYOUTS = ["pdf", "layout"]
PDF_OPTS = ["quotes", "hyph"]
CHART = {"unit": "$ trillions", "ymax": 1.5, "ticks": [0, 0.5, 1.0, 1.5],
         "series": ["Japan", "China"],
         "bars": {"2014": (1.23, 1.24), "2015": (1.12, 1.25), "2016": (1.09, 1.06), "2017": (1.06, 1.18), "2018": (1.04, 1.12)}}

MD = """
U.S.-Japan Relations

Updated March 26, 2019

## Overview

Japan, regarded by successive Administrations as the anchor of the U.S. presence in East Asia, has been courted assiduously by the government of Prime Minister Shinzo Abe since President Donald J. Trump took office. The two leaders are reported to have met or spoken by telephone more than 40 times, and a state visit to Tokyo by the President is being planned for late May, shortly after Crown Prince Naruhito is to succeed his father on May 1. Although it was President Barack Obama who was in office when Abe addressed a joint meeting of Congress on April 29, 2015, the first Japanese leader to do so, Abe has since cultivated Obama's successor with unusual care.

## The Alliance

Formally, the alliance is dated to 1952, the year in which the security treaty that had been signed at San Francisco the year before came into force; the treaty was revised in 1960. An estimated 54,000 U.S. military personnel are stationed in Japan; Germany, which ranks next, hosts about 35,000, and some 28,500 are stationed in South Korea.

Much of the cost of keeping those forces in Japan is borne by the Japanese government. Under a Special Measures Agreement (SMA) that was signed in January 2016 and that runs until March 2021, ¥946.5 billion is to be provided over five years. That works out to about ¥189 billion annually, a sum in the vicinity of $1.7 billion per year at recent exchange rates. Talks on a successor are expected to open in 2020.

Although Japan's defense budget has been raised for seven years running, to ¥5.26 trillion in FY2019, outlays are still kept within an informal ceiling of roughly 1% of GDP, a guideline observed since 1976. No target resembling NATO's 2% benchmark has been adopted, though one was proposed by an LDP panel last year. The December 2018 Mid-Term Defense Program provides for ¥27.47 trillion over five years.

## Okinawa

Okinawa's share of the U.S. presence is widely described as disproportionate:

- Only 0.6% of Japan's land area is taken up by the prefecture.
- More than 70% of the land that is reserved for the exclusive use of U.S. forces in Japan is located there.
- Of the U.S. military personnel in Japan, more than half are based on Okinawa.
- About 9,000 Marines are to be moved off the island under a 2012 revision of the realignment plan; approximately 4,000 of them are to be transferred to Guam, beginning in the first half of the 2020s. The 8,000 that the 2006 roadmap would have moved there by 2014 were never relocated.

The relocation of Marine Corps Air Station Futenma to Henoko is opposed by Governor Denny Tamaki, who was elected in September 2018 after his predecessor, Takeshi Onaga, had died in office. In a nonbinding prefectural referendum that was held on February 24, 2019, about 72% of those voting rejected the landfill at Henoko; turnout was a little over 52%.

## Japanese Politics

Abe, who was reelected president of the Liberal Democratic Party (LDP) in September 2018 after defeating former Defense Minister Shigeru Ishiba, would become Japan's longest-serving prime minister in November 2019 if he stays in office. His third and final term as party leader ends in September 2021.

A little more than two-thirds of the 465 seats in the House of Representatives have been held by the LDP and its coalition partner, Komeito, since the snap election of October 2017. In the House of Councillors, where half of the members were last chosen in July 2016, the coalition's position is somewhat less commanding: about 60% of the seats are controlled by it. The next national vote is scheduled for July 2019, when the other half of the upper chamber is to be elected; should the pro-revision camp fall short of two-thirds there, Abe's hopes of amending Article 9 of the constitution could be set back. Although it has been speculated that the lower chamber might be dissolved for a simultaneous election, no general election is required until October 2021.

## Trade and Investment

Since September 26, 2018, when the two leaders agreed in New York to open talks on a "Trade Agreement on Goods," a bilateral deal has dominated economic relations, although no formal round has yet been held. Steel and aluminum from Japan have been subject to Section 232 tariffs of 25% and 10% since March 2018, and a Commerce Department report on auto imports, submitted to the President on February 17, is being kept confidential; tariffs of as much as 25% on cars and parts have been threatened.

The following figures for 2018 goods trade were released by the Census Bureau this month (2017 values in parentheses):

- Japan was the fourth-largest U.S. trading partner in goods, behind China, Canada, and Mexico.
- U.S. exports to Japan: $75.0 billion ($67.7 billion). As a market for U.S. goods, Japan was surpassed only by Canada, Mexico, and China.
- U.S. imports from Japan: $142.6 billion ($136.5 billion), likewise the fourth-largest total by country of origin.
- U.S. goods deficit with Japan: $67.6 billion ($68.8 billion).

Only by British investors is a larger stock of direct investment in the United States held; Japan's was valued at some $469 billion at the end of 2017. Of the foreign holders of U.S. Treasury securities, Japan is the second largest: about $1.04 trillion was held by Japanese investors in December 2018, compared with China's $1.12 trillion (Figure 1).

**Figure 1. Japanese and Chinese Holdings of U.S. Treasury Securities, 2014-2018**

Source: U.S. Treasury Department, Treasury International Capital data; end of year.

## Economy

Real GDP is reported to have grown by 0.8% in 2018, after an expansion of 1.9% in 2017. Growth below 1% is projected by the IMF for 2019, a year in which the consumption tax is to be raised from 8% to 10% in October. To pay for disaster recovery, a second supplementary budget for FY2018, of ¥3.05 trillion, was passed by the Diet on February 7; at recent rates it is worth close to $28 billion. A record FY2019 initial budget of ¥101.5 trillion is expected to be approved before April 1. Under the Paris Agreement, Japan's greenhouse gas emissions are to be cut by 26% from FY2013 levels by FY2030.

## Regional Relations

Ties with Beijing have warmed since Abe's October 2018 visit, while those with Seoul have been damaged by court rulings on wartime labor. Officials of Japan, the United States, Australia, and India met in Singapore in November 2018 to continue the "Quad" consultations.

**Emma Chanlett-Avery**, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Brock R. Williams**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "the government of Prime Minister Shinzo Abe"),
        "leaders.us_president": P("Trump", "Donald", "President Donald J. Trump"),
        "alliance.treaty_ally_since": F(1952, as_written="Formally, the alliance is dated to 1952, the year in which the security treaty that had been signed at San Francisco the year before came into force"),
        "alliance.us_troops_in_japan": F(54000, "about", as_written="An estimated 54,000 U.S. military personnel are stationed in Japan"),
        "alliance.host_nation_support_per_year": F(1700000000, "about", per="year", as_written="a sum in the vicinity of $1.7 billion per year at recent exchange rates", note="the dollar figure with its own hedge; the yen figures are traps"),
        "alliance.host_nation_support_agreement": D("2016-01", as_written="a Special Measures Agreement (SMA) that was signed in January 2016 and that runs until March 2021"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "over", as_written="More than 70% of the land that is reserved for the exclusive use of U.S. forces in Japan is located there", note="exclusive-use basis"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="Of the U.S. military personnel in Japan, more than half are based on Okinawa"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="Only 0.6% of Japan's land area is taken up by the prefecture"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="approximately 4,000 of them are to be transferred to Guam"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="outlays are still kept within an informal ceiling of roughly 1% of GDP"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="held by the LDP and its coalition partner, Komeito"),
        "politics.lower_house_coalition_share": F(67, "over", as_written="A little more than two-thirds of the 465 seats in the House of Representatives have been held by the LDP and its coalition partner, Komeito"),
        "politics.upper_house_coalition_share": F(60, "about", as_written="about 60% of the seats are controlled by it"),
        "politics.next_diet_election_due": F(2019, as_written="The next national vote is scheduled for July 2019, when the other half of the upper chamber is to be elected"),
        "politics.lower_house_election_due": D("2021-10", as_written="no general election is required until October 2021"),
        "trade.overall_partner_rank": F(4, period="2018", as_written="Japan was the fourth-largest U.S. trading partner in goods, behind China, Canada, and Mexico"),
        "trade.export_partner_rank": F(4, period="2018", as_written="As a market for U.S. goods, Japan was surpassed only by Canada, Mexico, and China"),
        "trade.us_exports_to_japan": F(75000000000, period="2018", as_written="U.S. exports to Japan: $75.0 billion ($67.7 billion)", note="goods only"),
        "trade.import_partner_rank": F(4, period="2018", as_written="likewise the fourth-largest total by country of origin"),
        "trade.us_imports_from_japan": F(142600000000, period="2018", as_written="U.S. imports from Japan: $142.6 billion ($136.5 billion)", note="goods only"),
        "trade.fdi_source_rank": F(2, period="2017", as_written="Only by British investors is a larger stock of direct investment in the United States held; Japan's was valued at some $469 billion at the end of 2017"),
        "trade.treasury_holder_rank": F(2, period="2018-12", as_written="Of the foreign holders of U.S. Treasury securities, Japan is the second largest: about $1.04 trillion was held by Japanese investors in December 2018"),
        "economy.gdp_growth": GDP(y2018=0.8, y2017=1.9),
        "economy.supplementary_budget": F(28000000000, "nearly", period="2019-02", as_written="a second supplementary budget for FY2018, of ¥3.05 trillion, was passed by the Diet on February 7; at recent rates it is worth close to $28 billion"),
        "economy.emissions_cut_target": F(26, by="FY2030", baseline="FY2013", as_written="Japan's greenhouse gas emissions are to be cut by 26% from FY2013 levels by FY2030"),
    },
    "elections": {
        "okinawa_governor_2018": E("Okinawa governor", "2018-09", "held", result="Denny Tamaki elected"),
        "ldp_president_2018": E("LDP president", "2018-09", "held", result="Abe reelected over Shigeru Ishiba"),
        "lower_house_2017": E("Lower House", "2017-10", "held", result="LDP and Komeito a little more than two-thirds of 465 seats"),
        "upper_house_2016": E("Upper House", "2016-07", "held"),
        "upper_house_2019": E("Upper House", "2019-07", "upcoming"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addressed a joint meeting of Congress", "2015-04-29", "held"),
    },
    "notes": "Traps: 'met or spoken by telephone more than 40 times'; 'a state visit to Tokyo by the President is being planned for late May' and 'Crown Prince Naruhito is to succeed his father on May 1' (planned); 'it was President Barack Obama who was in office' (former president, not the current one) and 'cultivated Obama's successor' (Trump, unnamed); 'the security treaty that had been signed at San Francisco the year before' and 'the treaty was revised in 1960'; 'Germany, which ranks next, hosts about 35,000, and some 28,500 are stationed in South Korea' (other countries); '¥946.5 billion is to be provided over five years' and 'about ¥189 billion annually' (yen figures; the fact is the dollar figure); 'runs until March 2021' (expiry, not the agreement date) and 'Talks on a successor are expected to open in 2020' (planned); 'raised for seven years running, to ¥5.26 trillion in FY2019'; 'since 1976'; 'No target resembling NATO's 2% benchmark has been adopted' (another body's benchmark: no goal stated) and 'one was proposed by an LDP panel'; '¥27.47 trillion over five years'; 'About 9,000 Marines are to be moved off the island' (total leaving, not Guam) and 'a 2012 revision'; 'The 8,000 that the 2006 roadmap would have moved there by 2014 were never relocated' (past plan; no Marines in Guam); 'about 72% of those voting rejected the landfill' and 'turnout was a little over 52%' (referendum, not a share); 'longest-serving prime minister in November 2019' (hypothetical); 'His third and final term as party leader ends in September 2021' (term end, not an election); 'the snap election of October 2017' (held); 'should the pro-revision camp fall short of two-thirds there' (threshold, not a share); 'it has been speculated that the lower chamber might be dissolved for a simultaneous election' (speculation: no Lower House 2019 election); 'no general election is required until October 2021' (31 months away: deadline only); 'Since September 26, 2018, when the two leaders agreed in New York to open talks' (2018 joint statement: not tariff_talks_announced) and 'no formal round has yet been held' (no first round); 'Section 232 tariffs of 25% and 10% since March 2018' (steel/aluminum); 'submitted to the President on February 17' and 'tariffs of as much as 25% on cars and parts have been threatened' (no tariff on most imports); '(2017 values in parentheses)': '$67.7 billion', '$136.5 billion', '$68.8 billion' (2017); 'U.S. goods deficit with Japan: $67.6 billion' (no IF10199 fact); 'compared with China's $1.12 trillion' (another country); Figure 1 (Japanese and Chinese Treasury holdings 2014-2018, $ trillions, ticks 0-1.5, no values); 'Growth below 1% is projected by the IMF for 2019' (projection); 'raised from 8% to 10% in October'; 'a record FY2019 initial budget of ¥101.5 trillion' (planned main budget); 'Officials of Japan, the United States, Australia, and India met in Singapore in November 2018' (officials, not Quad leaders: no count); PDF curly quotes and hyphenated line ends",
}
