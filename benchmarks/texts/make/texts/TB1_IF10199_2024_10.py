from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "TB1-IF10199-2024-10", "fresh40", "IF10199", 49
LAYOUTS = ["md", "layout"]
PDF_OPTS = ["quotes", "hyph"]

MD = """
U.S.-Japan Relations

Updated October 15, 2024

## Overview

Japan has a new prime minister and, in less than two weeks, will elect a new Lower House. Ishiba Shigeru, a former defense minister who had sought the leadership of the Liberal Democratic Party (LDP) four times before, won the party's presidential contest on September 27, beating Takaichi Sanae in a runoff by 215 votes to 194. The Diet confirmed him as prime minister on October 1. Eight days later he dissolved the lower chamber, and voters go to the polls on October 27. His predecessor, Kishida Fumio, who had governed since October 2021, announced in August that he would not run again for party leader after a year of weak polling tied to a political funding scandal in the LDP's factions. Ishiba has promised continuity in foreign policy; he and President Joe Biden reaffirmed the alliance by telephone on October 2. Americans choose Biden's successor on November 5, an election in which Biden is not a candidate.

## The Alliance

Japan has been a U.S. treaty ally since 1951, when a security pact was signed alongside the San Francisco peace treaty; the present Treaty of Mutual Cooperation and Security dates from 1960. In excess of 50,000 U.S. servicemembers are based in Japan, the largest U.S. presence in any foreign country (Germany hosts roughly 35,000). Tokyo's contribution to the cost of keeping them there is fixed in special measures agreements (SMAs). The current SMA, agreed in December 2021 and running to March 2027, provides ¥1.055 trillion over five years, which comes to something like $2 billion annually at recent exchange rates. In July, the allies' foreign and defense ministers decided to turn U.S. Forces Japan (USFJ) into a joint force headquarters, a change expected to take several years.

Okinawa Prefecture accounts for about six-tenths of 1% of Japan's land, yet roughly 70% of the acreage reserved for the exclusive use of U.S. forces lies there, and more than half of all USFJ personnel are stationed in the prefecture. Under a 2012 bilateral plan, some 9,000 Marines are to leave the island; approximately 4,000 of them are bound for Guam, with the first transfers expected around the end of this year. Moving Marine Corps Air Station Futenma to Henoko, in the island's less crowded north, is opposed by Governor Tamaki Denny, reelected in September 2022, though opponents of the plan lost their majority in the prefectural assembly in June.

## Defense

The strategy documents Japan adopted in December 2022 commit it to raising spending on defense and related items to 2% of gross domestic product (GDP) in FY2027, twice the approximately 1% of GDP that postwar governments generally treated as a ceiling. Outlays of ¥43 trillion are planned for FY2023-FY2027, and in August the Ministry of Defense requested a record ¥8.5 trillion for FY2025. New long-range missiles are central to the buildup: a contract for up to 400 Tomahawks, a sale the State Department valued at an estimated $2.35 billion, was signed in January, and deliveries are to start in FY2025. Ishiba, long an advocate of a more equal alliance, has floated an "Asian NATO" and a revision of the Status of Forces Agreement. U.S. officials responded coolly, and he has since described both as long-term goals.

## Politics and the Election Calendar

When the Lower House was dissolved, the LDP and its coalition partner, Komeito, held about 62% of its 465 seats, a little fewer than they had won in October 2021. Ishiba has set the coalition's target at a bare majority of 233 seats, a bar many analysts call modest, and some polls suggest the LDP could fall short of a majority on its own. His cabinet started with approval ratings near 50%, weaker than most new governments enjoy.

In the upper chamber, whose members serve fixed six-year terms, half of the 248 seats are filled every three years. The coalition won comfortably in July 2022 and now controls just under three-fifths of the House of Councillors. The other half of the chamber faces voters next July.

Table 1. Japan's Election Calendar, 2024-2025

| Contest | Date | Status |
| --- | --- | --- |
| LDP presidential election | Sept. 27, 2024 | Held; Ishiba elected |
| Lower House general election | Oct. 27, 2024 | Scheduled |
| Upper House election (half the seats) | July 2025 | Due |

Source: CRS, from Japanese government and party announcements.

## Economic and Trade Ties

Japan was the sixth-largest U.S. trading partner in 2023. It ranked fifth both as a market for U.S. exports and as a source of U.S. imports. U.S. exports of goods and services to Japan were valued at $121.0 billion that year, little changed from $120.1 billion in 2022, while imports from Japan came to $184.0 billion. Every year since 2019, Japanese firms have been the largest source of foreign direct investment (FDI) in the United States. Nippon Steel's $14.9 billion bid for U.S. Steel, which both major-party presidential candidates oppose, has become an irritant; the review by the Committee on Foreign Investment in the United States (CFIUS) was extended in September. Japan is also the top foreign holder of U.S. Treasury securities, ahead of China, with roughly $1.1 trillion as of July.

## Japan's Economy

Real GDP grew 1.9% in 2023, after 1.0% growth in 2022, though output shrank in the first quarter of this year before recovering in the second. In March the Bank of Japan ended eight years of negative interest rates, and in July it lifted its policy rate to about 0.25%. The yen slid in early July to around ¥161 per dollar, its weakest point against the dollar in 38 years, then strengthened sharply in August. To pay for tax cuts and energy subsidies, the Diet passed a supplementary budget of ¥13.1 trillion (approximately $88 billion) last November; Ishiba has said he will compile another after the election. Under the Paris Agreement, Japan aims to cut greenhouse gas emissions 46% from FY2013 levels by FY2030.

## Regional Diplomacy

Kishida traveled to Wilmington, Delaware, on September 21, less than two weeks before leaving office, for the sixth meeting of Quad leaders, counting two held by video; India is to host the next one. In April, he had become the second Japanese prime minister to address a joint meeting of Congress, after Abe Shinzo in April 2015. Abe was shot and killed while campaigning in July 2022. In May 2022, Japan was among 14 founding members of the Indo-Pacific Economic Framework (IPEF), alongside the United States and 12 others. Since Russia's full-scale invasion, Japan has committed more than $12 billion to Ukraine, including some $5.5 billion in financial support and roughly $1.3 billion in humanitarian aid.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Caitlin Campbell**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Ishiba", "Shigeru", "Ishiba Shigeru", note="family name first; Kishida Fumio is the former prime minister, Takaichi Sanae the runoff loser"),
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden", note="still president at the cover; the November 5 election chooses his successor"),
        "alliance.treaty_ally_since": F(1951, as_written="Japan has been a U.S. treaty ally since 1951"),
        "alliance.us_troops_in_japan": F(50000, "over", as_written="In excess of 50,000 U.S. servicemembers are based in Japan"),
        "alliance.host_nation_support_per_year": F(2000000000, "about", per="year", as_written="which comes to something like $2 billion annually at recent exchange rates"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="The current SMA, agreed in December 2021 and running to March 2027"),
        "alliance.okinawa_share_of_land_area": F(0.6, "about", as_written="Okinawa Prefecture accounts for about six-tenths of 1% of Japan's land"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="roughly 70% of the acreage reserved for the exclusive use of U.S. forces lies there", note="exclusive-use basis"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="more than half of all USFJ personnel are stationed in the prefecture"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="approximately 4,000 of them are bound for Guam"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2027", as_written="commit it to raising spending on defense and related items to 2% of gross domestic product (GDP) in FY2027"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="the approximately 1% of GDP that postwar governments generally treated as a ceiling"),
        "defense.tomahawk_purchase": F(2350000000, "about", as_written="a sale the State Department valued at an estimated $2.35 billion"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="the LDP and its coalition partner, Komeito"),
        "politics.lower_house_coalition_share": F(62, "about", as_written="held about 62% of its 465 seats", note="share at the dissolution"),
        "politics.upper_house_coalition_share": F(60, "under", as_written="now controls just under three-fifths of the House of Councillors", note="fraction in words; 'just under' normalised to under"),
        "politics.next_diet_election_due": F(2024, as_written="voters go to the polls on October 27", note="the Lower House election twelve days after the cover; also Table 1"),
        "trade.overall_partner_rank": F(6, period="2023", as_written="Japan was the sixth-largest U.S. trading partner in 2023"),
        "trade.export_partner_rank": F(5, period="2023", as_written="It ranked fifth both as a market for U.S. exports and as a source of U.S. imports"),
        "trade.import_partner_rank": F(5, period="2023", as_written="It ranked fifth both as a market for U.S. exports and as a source of U.S. imports"),
        "trade.us_exports_to_japan": F(121000000000, period="2023", as_written="U.S. exports of goods and services to Japan were valued at $121.0 billion that year"),
        "trade.us_imports_from_japan": F(184000000000, period="2023", as_written="while imports from Japan came to $184.0 billion"),
        "trade.fdi_source_rank": F(1, as_written="Every year since 2019, Japanese firms have been the largest source of foreign direct investment (FDI) in the United States", note="a span, no period"),
        "trade.treasury_holder_rank": F(1, period="2024-07", as_written="Japan is also the top foreign holder of U.S. Treasury securities, ahead of China, with roughly $1.1 trillion as of July"),
        "economy.gdp_growth": GDP(y2023=1.9, y2022=1.0),
        "economy.supplementary_budget": F(88000000000, "about", period="2023-11", as_written="the Diet passed a supplementary budget of ¥13.1 trillion (approximately $88 billion) last November"),
        "economy.yen": F("38-year low against the dollar", period="2024-07", as_written="The yen slid in early July to around ¥161 per dollar, its weakest point against the dollar in 38 years"),
        "economy.emissions_cut_target": F(46, by="FY2030", baseline="FY2013", as_written="Japan aims to cut greenhouse gas emissions 46% from FY2013 levels by FY2030"),
        "diplomacy.quad_leader_meetings": F(6, as_written="for the sixth meeting of Quad leaders, counting two held by video"),
        "diplomacy.ipef_other_partners": F(13, period="2022-05", as_written="Japan was among 14 founding members of the Indo-Pacific Economic Framework (IPEF), alongside the United States and 12 others", note="14 founders less Japan"),
        "diplomacy.ukraine_financial_support": F(5500000000, "about", as_written="some $5.5 billion in financial support"),
        "diplomacy.ukraine_humanitarian_aid": F(1300000000, "about", as_written="roughly $1.3 billion in humanitarian aid"),
    },
    "elections": {
        "ldp_president_2024": E("LDP president", "2024-09-27", "held", result="Ishiba Shigeru beat Takaichi Sanae in a runoff, 215-194"),
        "lower_house_2024": E("Lower House", "2024-10-27", "upcoming", note="chamber dissolved eight days after October 1; year from the cover"),
        "lower_house_2021": E("Lower House", "2021-10", "held", result="LDP-Komeito won a little more than the 62% held at dissolution"),
        "upper_house_2022": E("Upper House", "2022-07", "held", result="coalition won comfortably; now just under three-fifths"),
        "upper_house_2025": E("Upper House", "2025-07", "upcoming", note="'next July'; Table 1 'July 2025'"),
        "okinawa_governor_2022": E("Okinawa governor", "2022-09", "held", result="Tamaki Denny reelected"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress", "2015-04", "held"),
        "abe_assassination": EV("Abe shot and killed while campaigning", "2022-07", "held"),
    },
    "notes": "Traps: 'had sought the leadership of the Liberal Democratic Party (LDP) four times before'; 'beating Takaichi Sanae in a runoff by 215 votes to 194' (runoff loser; vote counts); 'The Diet confirmed him as prime minister on October 1' and 'Eight days later he dissolved the lower chamber' (not election dates); 'His predecessor, Kishida Fumio, who had governed since October 2021' (former prime minister; his taking office, not the October 2021 election); 'announced in August that he would not run again'; 'reaffirmed the alliance by telephone on October 2'; 'Americans choose Biden's successor on November 5' (a U.S. election, no slug under the conventions; Biden still president); 'the present Treaty of Mutual Cooperation and Security dates from 1960'; '(Germany hosts roughly 35,000)' (another country); 'running to March 2027, provides ¥1.055 trillion over five years' (yen total and expiry, not the yearly dollar figure or the agreement date); 'In July, the allies' foreign and defense ministers decided'; 'Under a 2012 bilateral plan, some 9,000 Marines are to leave the island' (total leaving, not Guam); 'with the first transfers expected around the end of this year' (no Marines in Guam yet); 'opponents of the plan lost their majority in the prefectural assembly in June' (local election, not listed); 'The strategy documents Japan adopted in December 2022'; 'Outlays of ¥43 trillion are planned' and 'requested a record ¥8.5 trillion for FY2025'; 'a contract for up to 400 Tomahawks' (a count) and 'was signed in January' and 'deliveries are to start in FY2025'; 'an \"Asian NATO\"'; 'a little fewer than they had won in October 2021' (no previous value stated); 'a bare majority of 233 seats' (a target); 'approval ratings near 50%'; 'fixed six-year terms, half of the 248 seats are filled every three years'; Table 1's dates (same elections as the prose; 'Sept. 27, 2024' is the LDP vote, not the Diet); 'little changed from $120.1 billion in 2022' (2022 exports); 'Nippon Steel's $14.9 billion bid for U.S. Steel'; 'with roughly $1.1 trillion as of July' (holdings, not a rank); 'output shrank in the first quarter of this year' (quarter); 'ended eight years of negative interest rates' and 'lifted its policy rate to about 0.25%'; 'around ¥161 per dollar' and 'then strengthened sharply in August'; '¥13.1 trillion' (yen, the dollar figure is the fact); 'Ishiba has said he will compile another after the election' (planned budget); 'on September 21, less than two weeks before leaving office' (Kishida, former PM); 'India is to host the next one'; 'In April, he had become the second Japanese prime minister to address a joint meeting of Congress' (Kishida's 2024 address, not Abe's); 'Japan has committed more than $12 billion to Ukraine' (total). Layout text: pdftotext -layout runs the two columns side by side, Table 1 among them; curly quotes, hyphenated line ends.",
}
