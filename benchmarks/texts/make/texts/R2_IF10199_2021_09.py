from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "R2-IF10199-2021-09", "fresh4", "IF10199", 30
LAYOUTS = ["html", "interleaved"]
PDF_OPTS = ["lig", "quotes", "nbsp"]
SIDEBAR = "The LDP Race and the Coming Election"

MD = """
U.S.-Japan Relations

Updated September 14, 2021

## Overview

Japan will soon have its third prime minister in just over a year. On September 3, Prime Minister Yoshihide Suga said he would not seek reelection as president of the Liberal Democratic Party (LDP), ending a tenure weighed down by public frustration over his handling of COVID-19. Suga, who took office in September 2020 after Abe Shinzo resigned for health reasons, remains prime minister until the LDP picks his successor and the Diet confirms the choice.

The transition comes at an active moment for the alliance. President Joe Biden hosted Suga on April 16 for his first in-person meeting with a foreign leader, and the two issued a joint statement that mentioned Taiwan for the first time since 1969. The United States and Japan have been allies since the 1951 signing of their security treaty.

## The LDP Race and the Coming Election

- The vote: LDP lawmakers and rank-and-file members choose a new party president on September 29.
- The candidates: former Foreign Minister Kishida Fumio, Vaccine Minister Kono Taro, and former Internal Affairs Minister Takaichi Sanae; former Gender Equality Minister Noda Seiko is trying to gather enough backers to run.
- The stakes: the winner will lead the LDP into a general election. The Lower House's four-year term runs out in October, so that election cannot be far off.
- The numbers: the LDP and its coalition partner, Komeito, control about 66% of the Lower House. Their margin in the House of Councillors is thinner, at some 57%, and half of that chamber is up for election in July 2022.

## Security Issues

The U.S. force presence in Japan, well over 50,000 troops, is the largest in any foreign country. In February 2021 the two governments extended the existing host-nation support arrangement by one year, through March 2022, rather than conclude a new multiyear deal in the Administration's first weeks. Under the extension, Japan provides ¥201.7 billion in FY2021, about $1.85 billion. Negotiators hope to conclude a multiyear successor by the end of the year.

Japan's defense spending has stayed close to 1% of GDP for decades. Takaichi has called for doubling it, and the LDP's draft platform mentions "2% or more" as a reference point, but the government has adopted no such goal.

Roughly one-quarter of all the facilities used by U.S. forces in Japan, and over half of the personnel, are in Okinawa, though the prefecture is under 1 percent of the country's land. The 2012 realignment plan would shift around 4,000 Marines from Okinawa to Guam. Construction at Henoko continues despite the opposition of Governor Denny Tamaki.

## Economic and Trade Ties

Pandemic effects shrank bilateral trade in 2020, but Japan's place among U.S. partners held:

- Overall: fourth-largest trading partner, as in 2019.
- Market for U.S. exports: No. 4, taking $104.2 billion in goods and services, down from $124.3 billion the year before.
- Source of U.S. imports: No. 4, at $142.6 billion.
- Investment: Japan overtook the United Kingdom in 2019 as the largest source of foreign direct investment in the United States and kept that position in 2020, with a stock of $639 billion.
- Treasury securities: Japanese investors hold about $1.3 trillion, more than those in any other country, including China.

Japan's economy contracted 4.7% in 2020, its worst year since 2009. It grew at an annualized 1.9% in the second quarter of 2021, as consumers spent despite renewed states of emergency. The third supplementary budget for FY2020, enacted in January 2021, provided about $185 billion, and Suga had promised a further package before he announced his departure.

In April, Suga pledged that Japan would cut greenhouse gas emissions 46% below FY2013 levels by FY2030, up from the previous 26% target, and would "continue strenuous efforts" toward 50%.

## Regional Diplomacy

The Olympic and Paralympic Games, held in Tokyo from July 23 to September 5 without spectators, passed without a major outbreak among athletes. In March, Biden convened the first leader-level meeting of the Quadrilateral Security Dialogue (Quad) with the prime ministers of Japan, Australia, and India, by video link. The Quad's leaders have therefore met once; they are to meet in person for the first time at the White House on September 24. Relations with South Korea remain frozen, and President Moon Jae-in did not visit Tokyo during the Games.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Suga", "Yoshihide", "Prime Minister Yoshihide Suga", note="has said he will not run again; remains prime minister"),
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "alliance.treaty_ally_since": F(1951, as_written="allies since the 1951 signing of their security treaty"),
        "alliance.us_troops_in_japan": F(50000, "over", as_written="The U.S. force presence in Japan, well over 50,000 troops"),
        "alliance.host_nation_support_per_year": F(1850000000, "about", per="year", as_written="Japan provides ¥201.7 billion in FY2021, about $1.85 billion"),
        "alliance.host_nation_support_agreement": D("2021-02", as_written="In February 2021 the two governments extended the existing host-nation support arrangement by one year"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="Roughly one-quarter of all the facilities used by U.S. forces in Japan ... are in Okinawa"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="and over half of the personnel, are in Okinawa"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="the prefecture is under 1 percent of the country's land"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="would shift around 4,000 Marines from Okinawa to Guam"),
        "defense.traditional_limit_pct_gdp": F(1, "nearly", as_written="Japan's defense spending has stayed close to 1% of GDP for decades", note="'close to' is nearly"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="the LDP and its coalition partner, Komeito"),
        "politics.lower_house_coalition_share": F(66, "about", as_written="control about 66% of the Lower House"),
        "politics.upper_house_coalition_share": F(57, "about", as_written="Their margin in the House of Councillors is thinner, at some 57%"),
        "politics.next_diet_election_due": F(2021, as_written="The Lower House's four-year term runs out in October, so that election cannot be far off"),
        "politics.lower_house_election_due": D("2021-10", as_written="The Lower House's four-year term runs out in October", note="year from the text's date"),
        "trade.overall_partner_rank": F(4, period="2020", as_written="Overall: fourth-largest trading partner, as in 2019"),
        "trade.export_partner_rank": F(4, period="2020", as_written="Market for U.S. exports: No. 4"),
        "trade.us_exports_to_japan": F(104200000000, period="2020", as_written="taking $104.2 billion in goods and services"),
        "trade.import_partner_rank": F(4, period="2020", as_written="Source of U.S. imports: No. 4"),
        "trade.us_imports_from_japan": F(142600000000, period="2020", as_written="Source of U.S. imports: No. 4, at $142.6 billion"),
        "trade.fdi_source_rank": F(1, period="2020", as_written="the largest source of foreign direct investment in the United States and kept that position in 2020"),
        "trade.treasury_holder_rank": F(1, as_written="more than those in any other country, including China"),
        "economy.gdp_growth": GDP(y2020=-4.7),
        "economy.supplementary_budget": F(185000000000, "about", period="2021-01", as_written="The third supplementary budget for FY2020, enacted in January 2021, provided about $185 billion"),
        "economy.emissions_cut_target": F(46, by="2030", baseline="2013", as_written="cut greenhouse gas emissions 46% below FY2013 levels by FY2030"),
        "diplomacy.quad_leader_meetings": F(1, as_written="The Quad's leaders have therefore met once"),
    },
    "elections": {
        "ldp_president_2021": E("LDP president", "2021-09-29", "upcoming", note="Suga not running; Kishida, Kono, Takaichi declared"),
        "lower_house_2021": E("Lower House", "2021-10", "upcoming", note="term runs out in October; election 'cannot be far off'"),
        "upper_house_2022": E("Upper House", "2022-07", "upcoming", note="half of the chamber up in July 2022"),
    },
    "events": {},
    "notes": "Traps: 'third prime minister in just over a year'; 'On September 3' (Suga's announcement, not an election); 'who took office in September 2020 after Abe Shinzo resigned' (former prime minister; the 2020 LDP vote has no slug); sidebar candidates 'Kishida Fumio', 'Kono Taro', 'Takaichi Sanae', 'Noda Seiko' (not the prime minister); 'for the first time since 1969'; 'half of that chamber is up for election in July 2022' (later than the Lower House election, so not the next Diet election); 'the largest in any foreign country' (not a catalogue rank); 'by one year, through March 2022' (expiry, not the agreement date); '¥201.7 billion in FY2021' (yen); 'a multiyear successor by the end of the year' (not yet agreed); 'Takaichi has called for doubling it' and 'the LDP's draft platform mentions \"2% or more\"' (no goal adopted); 'The 2012 realignment plan'; 'down from $124.3 billion the year before' (2019 exports); 'Japan overtook the United Kingdom in 2019' (the year of overtaking; the rank's period is 2020) and 'a stock of $639 billion' (FDI stock, not a catalogue fact); 'about $1.3 trillion' (holdings) and 'including China'; 'its worst year since 2009'; 'an annualized 1.9% in the second quarter of 2021' (a quarter); 'Suga had promised a further package' (not enacted); 'up from the previous 26% target' and 'toward 50%' (not the pledge); 'from July 23 to September 5' (Olympics); 'they are to meet in person for the first time at the White House on September 24' (planned, not counted); 'President Moon Jae-in' (South Korea's president)",
}
