from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "LL1-IF10199-2017-08", "fresh11", "IF10199", 29
LAYOUTS = ["html", "interleaved"]
SIDEBAR = "The Alliance at a Glance"

MD = """
U.S.-Japan Relations

Updated August 24, 2017

## Overview

Although the first months of the Trump Administration unsettled many in Tokyo, relations between the two allies have so far weathered the transition with few visible strains. Prime Minister Shinzo Abe was the first foreign leader to call on Donald Trump after the November 2016 election, and in February 2017 he spent a weekend with the new President at Mar-a-Lago. When the United States withdrew from the Trans-Pacific Partnership (TPP) in January, however, it discarded the centerpiece of Abe's trade strategy; Japan has since taken the lead among the 11 remaining signatories in trying to keep the agreement alive without Washington.

As North Korea's missile program has advanced, Japan has come to sit squarely within its range. Three of the four ballistic missiles fired on March 6 fell into the sea inside Japan's exclusive economic zone, and Pyongyang tested two intercontinental ballistic missiles in July. Earlier this month, North Korea's military said it was drawing up a plan to fire four missiles into the waters around Guam. The foreign and defense ministers of both countries met in Washington on August 17 and pledged to strengthen the alliance's missile defenses.

## The Alliance at a Glance

- Formally allied with Japan since 1952, when the security treaty signed at San Francisco took effect, the United States is obliged to defend Japan; the treaty was revised in 1960.
- Numbering some 54,000, the U.S. military personnel in Japan include the Navy's Seventh Fleet, based at Yokosuka, and the III Marine Expeditionary Force on Okinawa. About 42,000 dependents accompany them.
- Roughly $2 billion per year is provided by Japan toward the cost of stationing U.S. forces, under a Special Measures Agreement that was signed in January 2016 and covers the five years through March 2021, some ¥946.5 billion in all.
- Less than 1% of Japan's land area lies in Okinawa Prefecture.
- About one-quarter of the facilities used by U.S. forces in Japan, and more than half of the U.S. personnel, are on Okinawa.

## Okinawa and Base Realignment

Because the bases are so concentrated on a small island, their presence has long been contentious there. Under the realignment plan the two governments revised in 2012, about 9,000 Marines are to leave Okinawa; roughly 4,000 of them are to move to Guam, a transfer not expected to begin until the 2020s. The plan also calls for Marine Corps Air Station Futenma to be replaced by a new runway at Henoko, in the island's less populated north, which will not be finished before 2025 at the earliest.

Once Japan's Supreme Court ruled against him in December 2016, Okinawa Governor Takeshi Onaga could no longer block the landfill permit, and seawall construction began in April 2017. In July, the prefecture filed a new suit seeking to halt the work. Onaga's four-year term ends in December 2018.

## Defense Policy

While the defense budget has grown for five years in a row, reaching a record ¥5.13 trillion in FY2017, it remains at about 1% of GDP, a ceiling successive governments have observed since 1976. NATO allies, by contrast, have pledged to move toward spending 2% of GDP by 2024. The Ministry of Defense is expected to request ¥5.26 trillion for FY2018 at the end of August. Abe proposed in May that the constitution's war-renouncing Article 9 be amended to recognize the Self-Defense Forces explicitly, with the change to take effect in 2020.

## Domestic Politics

Although his cabinet's approval ratings fell below 30% in several July polls, amid allegations that he had favored friends who run school corporations, Abe's position in the Diet remains strong. With just under 69% of the seats in the House of Representatives, the lower chamber, his Liberal Democratic Party (LDP) and its coalition partner Komeito can override the upper chamber. About 60% of the House of Councillors is also in coalition hands, after gains in the July 2016 election.

Outside the Diet, the LDP fared badly. In the Tokyo Metropolitan Assembly election of July 2, it won only 23 of the 127 seats, its worst result there. Abe reshuffled his cabinet on August 3, naming Taro Kono foreign minister and Itsunori Onodera defense minister.

Since the lower chamber's four-year term does not run out until December 2018, the next national election need not be held for more than a year, though Abe could dissolve the House sooner; the upper chamber's next regular election is in July 2019. The LDP will choose its president in September 2018, and a party rule change adopted in March 2017 allows Abe to run for a third consecutive term.

## Economic and Trade Relations

Fourth among U.S. trading partners in 2016, Japan was also the fourth-largest market for U.S. exports and the fourth-largest source of U.S. imports. At $108.5 billion, U.S. exports of goods and services to Japan in 2016 edged up from $107.6 billion in 2015, while imports from Japan totaled $165.6 billion. The U.S. goods deficit with Japan, $68.9 billion, was the second-largest with any country, after China's. China, the top U.S. trading partner, accounted for $578.6 billion in goods trade alone.

Second only to the United Kingdom as a source of foreign direct investment (FDI) in the United States, Japanese firms held some $421 billion in U.S. assets at the end of 2016. Japan is also the second-largest foreign holder of U.S. Treasury securities, with about $1.09 trillion in June, behind China's $1.15 trillion; Japan briefly held the top position late last year.

In April, Vice President Mike Pence and Deputy Prime Minister Taro Aso launched a bilateral Economic Dialogue. Administration officials have urged Tokyo to consider a bilateral free trade agreement, which Japan has resisted. On August 1, Japan raised its tariff on imports of frozen beef, most of which come from the United States, from 38.5% to 50% under a safeguard mechanism.

## Japan's Economy

Growing 1.0% in 2016, after 1.2% in 2015, Japan's real GDP has now expanded for six consecutive quarters; in April-June 2017 the annualized growth rate was 4.0%. In October 2016 the Diet passed a supplementary budget of ¥3.3 trillion (about $32 billion) to finance part of the ¥28.1 trillion stimulus package announced that August. Abe's 2015 address to a joint meeting of Congress, delivered in April of that year, had promised structural reforms that remain only partly carried out.

Under the Paris Agreement, which it ratified in November 2016, Japan has pledged to reduce greenhouse gas emissions 26% below FY2013 levels by FY2030. The United States, which had pledged cuts of 26% to 28% below 2005 levels by 2025, announced on June 1 that it would withdraw from the agreement.

**Emma Chanlett-Avery**, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Brock R. Williams**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Shinzo Abe", note="given name first"),
        "leaders.us_president": P("Trump", "Donald", "he spent a weekend with the new President at Mar-a-Lago", note="'Donald Trump' in the preceding clause; President from January 2017"),
        "alliance.treaty_ally_since": F(1952, as_written="Formally allied with Japan since 1952, when the security treaty signed at San Francisco took effect", note="sidebar bullet, value before its subject"),
        "alliance.us_troops_in_japan": F(54000, "about", as_written="Numbering some 54,000, the U.S. military personnel in Japan", note="sidebar; value before its subject"),
        "alliance.host_nation_support_per_year": F(2000000000, "about", per="year", as_written="Roughly $2 billion per year is provided by Japan toward the cost of stationing U.S. forces", note="sidebar; passive, value first"),
        "alliance.host_nation_support_agreement": D("2016-01", as_written="under a Special Measures Agreement that was signed in January 2016 and covers the five years through March 2021", note="sidebar"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="Less than 1% of Japan's land area lies in Okinawa Prefecture", note="sidebar"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="About one-quarter of the facilities used by U.S. forces in Japan ... are on Okinawa", note="sidebar"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="and more than half of the U.S. personnel, are on Okinawa", note="sidebar"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="roughly 4,000 of them are to move to Guam, a transfer not expected to begin until the 2020s"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="it remains at about 1% of GDP, a ceiling successive governments have observed since 1976"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="his Liberal Democratic Party (LDP) and its coalition partner Komeito"),
        "politics.lower_house_coalition_share": F(69, "under", as_written="With just under 69% of the seats in the House of Representatives, the lower chamber, his Liberal Democratic Party (LDP) and its coalition partner Komeito"),
        "politics.upper_house_coalition_share": F(60, "about", as_written="About 60% of the House of Councillors is also in coalition hands, after gains in the July 2016 election"),
        "politics.next_diet_election_due": F(2018, as_written="Since the lower chamber's four-year term does not run out until December 2018, the next national election need not be held for more than a year"),
        "politics.lower_house_election_due": D("2018-12", as_written="the lower chamber's four-year term does not run out until December 2018"),
        "trade.overall_partner_rank": F(4, period="2016", as_written="Fourth among U.S. trading partners in 2016"),
        "trade.export_partner_rank": F(4, period="2016", as_written="Japan was also the fourth-largest market for U.S. exports"),
        "trade.import_partner_rank": F(4, period="2016", as_written="and the fourth-largest source of U.S. imports"),
        "trade.us_exports_to_japan": F(108500000000, period="2016", as_written="At $108.5 billion, U.S. exports of goods and services to Japan in 2016 edged up from $107.6 billion in 2015"),
        "trade.us_imports_from_japan": F(165600000000, period="2016", as_written="while imports from Japan totaled $165.6 billion", note="year carried from the same sentence"),
        "trade.fdi_source_rank": F(2, as_written="Second only to the United Kingdom as a source of foreign direct investment (FDI) in the United States, Japanese firms held some $421 billion"),
        "trade.treasury_holder_rank": F(2, as_written="Japan is also the second-largest foreign holder of U.S. Treasury securities"),
        "economy.gdp_growth": GDP(y2016=1.0, y2015=1.2),
        "economy.supplementary_budget": F(32000000000, "about", period="2016-10", as_written="In October 2016 the Diet passed a supplementary budget of ¥3.3 trillion (about $32 billion)"),
        "economy.emissions_cut_target": F(26, by="2030", baseline="2013", as_written="Japan has pledged to reduce greenhouse gas emissions 26% below FY2013 levels by FY2030", note="fiscal years written"),
    },
    "elections": {
        "upper_house_2016": E("Upper House", "2016-07", "held", result="coalition holds about 60% of the seats after gains"),
        "ldp_president_2018": E("LDP president", "2018-09", "upcoming", note="Abe allowed to seek a third consecutive term"),
        "upper_house_2019": E("Upper House", "2019-07", "upcoming", note="'the upper chamber's next regular election is in July 2019'; added by the lead after the final measurement, as every other truth records such a sentence"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress", "2015-04", "held"),
    },
    "notes": "Traps: 'the first foreign leader to call on Donald Trump after the November 2016 election' (not a rank); 'the 11 remaining signatories'; 'Three of the four ballistic missiles fired on March 6' and 'two intercontinental ballistic missiles in July'; 'to fire four missiles into the waters around Guam' (North Korean threat, not Marines); 'met in Washington on August 17'; 'the security treaty signed at San Francisco' (1951 implied, not written) and 'the treaty was revised in 1960'; 'About 42,000 dependents'; 'covers the five years through March 2021, some ¥946.5 billion in all' (five-year yen total); 'about 9,000 Marines are to leave Okinawa' (total leaving, not Guam) and 'the realignment plan the two governments revised in 2012'; 'a transfer not expected to begin until the 2020s' (planned relocation: none moved, so no Marines in Guam); Futenma 'replaced by a new runway at Henoko ... not be finished before 2025 at the earliest' (planned relocation); 'ruled against him in December 2016', 'seawall construction began in April 2017', 'Onaga's four-year term ends in December 2018' (no governor election stated); 'a record ¥5.13 trillion in FY2017'; 'observed since 1976'; 'NATO allies ... 2% of GDP by 2024' (other countries' target; Japan states no goal); 'request ¥5.26 trillion for FY2018' (planned); 'to take effect in 2020'; 'approval ratings fell below 30%'; 'the Tokyo Metropolitan Assembly election of July 2, it won only 23 of the 127 seats' (local election); 'on August 3'; 'the upper chamber's next regular election is in July 2019' (later than the Lower House deadline); 'a party rule change adopted in March 2017' and 'a third consecutive term'; 'edged up from $107.6 billion in 2015' (past exports); 'The U.S. goods deficit with Japan, $68.9 billion, was the second-largest with any country' (a deficit rank, not a trade rank); 'China, the top U.S. trading partner, accounted for $578.6 billion' (another country); 'some $421 billion in U.S. assets' (FDI stock, not an IF10199 fact); 'behind China's $1.15 trillion' and 'Japan briefly held the top position late last year' (past rank 1); 'raised its tariff on imports of frozen beef ... from 38.5% to 50%' (Japan's tariff, not a U.S. tariff); 'expanded for six consecutive quarters' and 'the annualized growth rate was 4.0%' (a quarter); 'the ¥28.1 trillion stimulus package'; 'Abe's 2015 address ... delivered in April of that year' (the event, month precision); 'pledged cuts of 26% to 28% below 2005 levels by 2025' (U.S. pledge) and 'on June 1'; HTML sidebar 'The Alliance at a Glance' as a bullet list (values before subjects); interleaved columns",
}
