from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "Y2-IF10199-2020-01", "fresh5", "IF10199", 18
LAYOUTS = ["html", "interleaved"]
PDF_OPTS = ["quotes", "nbsp"]
SIDEBAR = "Okinawa and Guam"

MD = """
U.S.-Japan Relations

Updated January 31, 2020

## Overview

Japan, allied with the United States since 1951, has been among the Trump Administration's most dependable partners in Asia. Prime Minister Abe Shinzo, who in November 2019 became the longest-serving head of government in Japan's modern history, has invested heavily in his relationship with President Donald Trump, and the two leaders concluded a limited trade agreement last fall. The year ahead is likely to test the relationship on other fronts: negotiations over Japan's payments for U.S. bases are expected to be difficult, and an outbreak of a novel coronavirus that began in Wuhan, China, has raised questions about tourism and about the Tokyo Olympic Games, due to open on July 24.

## Domestic Politics

Abe's Liberal Democratic Party (LDP) governs in coalition with Komeito. The coalition commands roughly 67% of the seats in the House of Representatives, which was elected in October 2017. Its position in the House of Councillors weakened in the July 2019 election: it now holds just under three-fifths of that chamber, and together with other lawmakers who favor constitutional revision it no longer controls the two-thirds needed to put an amendment before voters.

No national election is required until October 2021, when the four-year term of the lower chamber ends. Abe's term as LDP president runs out in September 2021, and party rules do not allow him a fourth, so the LDP is to choose a new leader by then. Some in the party have speculated that Abe could dissolve the lower house after the Olympics.

## The Alliance

The U.S. military presence in Japan numbers in the neighborhood of 55,000 personnel. Japan's host-nation support is set by a five-year Special Measures Agreement that the two governments signed in January 2016; it averages ¥189 billion, around $1.7 billion, per year. That agreement lapses at the end of March 2021, and talks on a successor are expected to begin this spring. Press reports last year said U.S. officials had floated a roughly fourfold increase, a figure Japanese officials have called unrealistic.

Japan's defense budget, a record ¥5.3 trillion in the FY2020 request the cabinet approved in December, remains near 1% of GDP, the level governments have treated as a de facto cap since the 1970s. In December, the cabinet also approved sending a destroyer and patrol aircraft to the Middle East on an intelligence-gathering mission, separate from the U.S.-led maritime coalition there.

## Okinawa and Guam

Okinawa Prefecture comprises just 0.6% of Japan's land area, yet about 70% of the facilities reserved for the exclusive use of U.S. forces are located there, and well over half of U.S. personnel in Japan are stationed on the island. In a February 2019 prefectural referendum, 72% of voters opposed the landfill work at Henoko for a replacement Marine Corps airfield. Under the 2012 realignment plan, about 4,000 Marines are to move from Okinawa to Guam beginning in the mid-2020s; Japan has agreed to contribute up to $2.8 billion toward new facilities there.

## Trade and Investment

In 2018, Japan stood No. 4 among U.S. trading partners, a position it held both as a buyer of U.S. goods and services and as a source of U.S. imports. U.S. exports to Japan came to $120.9 billion that year, while imports from Japan reached $178.9 billion. As a source of foreign direct investment in the United States, Japan ranked second at the end of 2018, behind the United Kingdom, with a stock of $484 billion. In June 2019, Japan displaced China as the largest foreign holder of U.S. Treasury securities, a position it has kept since.

Formal trade talks opened in April 2019, a month before the President proclaimed imports of autos and auto parts a threat to U.S. national security. On September 25, 2019, in New York, Trump and Abe announced that they had finalized a "stage one" deal. The resulting U.S.-Japan Trade Agreement, covering some agricultural and industrial tariffs, and a separate digital trade agreement were signed on October 7 and entered into force on January 1, 2020. No Section 232 tariffs have been imposed on Japanese vehicles, and the two sides have said they intend to begin a second stage of talks within four months of the first-stage deal taking effect.

## Economy

Japan's economy grew by 0.3% in 2018, down from 1.9% in 2017. The consumption tax rose from 8% to 10% on October 1, 2019, and many economists expect output to have contracted in the last three months of the year. In December, the cabinet adopted a ¥26 trillion stimulus package; to pay for part of it, the Diet on January 30 approved a supplementary budget of ¥4.5 trillion, roughly $41 billion. Under the Paris Agreement, Japan aims to reduce greenhouse gas emissions 26% from 2013 levels by 2030, a goal environmental groups want raised before the COP26 conference in November.

## Regional Relations

Relations with South Korea, already strained by disputes over wartime forced labor, worsened in July 2019 when Tokyo tightened controls on certain exports to Seoul; South Korean President Moon Jae-in's government later reversed a decision to end a bilateral intelligence-sharing pact. Abe plans to host Chinese President Xi Jinping for a state visit this spring, the first since 2008.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Brock R. Williams**, Specialist in International Trade and Finance

**Caitlin Campbell**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Abe Shinzo"),
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "alliance.treaty_ally_since": F(1951, as_written="Japan, allied with the United States since 1951"),
        "alliance.us_troops_in_japan": F(55000, "about", as_written="The U.S. military presence in Japan numbers in the neighborhood of 55,000 personnel"),
        "alliance.host_nation_support_per_year": F(1700000000, "about", per="year", as_written="it averages ¥189 billion, around $1.7 billion, per year"),
        "alliance.host_nation_support_agreement": D("2016-01", as_written="a five-year Special Measures Agreement that the two governments signed in January 2016"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="Okinawa Prefecture comprises just 0.6% of Japan's land area", note="sidebar"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="about 70% of the facilities reserved for the exclusive use of U.S. forces are located there", note="sidebar; exclusive-use basis"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="well over half of U.S. personnel in Japan are stationed on the island", note="sidebar"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="about 4,000 Marines are to move from Okinawa to Guam beginning in the mid-2020s", note="sidebar"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="remains near 1% of GDP, the level governments have treated as a de facto cap since the 1970s"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="Abe's Liberal Democratic Party (LDP) governs in coalition with Komeito"),
        "politics.lower_house_coalition_share": F(67, "about", as_written="The coalition commands roughly 67% of the seats in the House of Representatives"),
        "politics.upper_house_coalition_share": F(60, "under", as_written="it now holds just under three-fifths of that chamber"),
        "politics.next_diet_election_due": F(2021, as_written="No national election is required until October 2021"),
        "politics.lower_house_election_due": D("2021-10", as_written="No national election is required until October 2021, when the four-year term of the lower chamber ends"),
        "trade.overall_partner_rank": F(4, period="2018", as_written="In 2018, Japan stood No. 4 among U.S. trading partners"),
        "trade.export_partner_rank": F(4, period="2018", as_written="a position it held both as a buyer of U.S. goods and services"),
        "trade.import_partner_rank": F(4, period="2018", as_written="and as a source of U.S. imports"),
        "trade.us_exports_to_japan": F(120900000000, period="2018", as_written="U.S. exports to Japan came to $120.9 billion that year"),
        "trade.us_imports_from_japan": F(178900000000, period="2018", as_written="while imports from Japan reached $178.9 billion"),
        "trade.fdi_source_rank": F(2, period="2018", as_written="As a source of foreign direct investment in the United States, Japan ranked second at the end of 2018, behind the United Kingdom"),
        "trade.treasury_holder_rank": F(1, as_written="In June 2019, Japan displaced China as the largest foreign holder of U.S. Treasury securities, a position it has kept since"),
        "economy.gdp_growth": GDP(y2018=0.3, y2017=1.9),
        "economy.supplementary_budget": F(41000000000, "about", period="2020-01", as_written="the Diet on January 30 approved a supplementary budget of ¥4.5 trillion, roughly $41 billion"),
        "economy.emissions_cut_target": F(26, by="2030", baseline="2013", as_written="Japan aims to reduce greenhouse gas emissions 26% from 2013 levels by 2030"),
    },
    "elections": {
        "lower_house_2017": E("Lower House", "2017-10", "held", result="coalition commands roughly 67% of the seats"),
        "ldp_president_2021": E("LDP president", "2021-09", "upcoming", note="Abe's term runs out in September 2021; the LDP is to choose a new leader by then"),
        "upper_house_2019": E("Upper House", "2019-07", "held", result="coalition weakened; just under three-fifths of the chamber"),
    },
    "events": {
        "first_negotiating_round": EV("Formal U.S.-Japan trade talks open", "2019-04", "held"),
        "section232_autos_proclamation": EV("President proclaims auto imports a threat to U.S. national security", "2019-05", "held"),
        "stage_one_deal_finalized": EV("Trump and Abe announce a finalized 'stage one' deal in New York", "2019-09-25", "held"),
    },
    "notes": "Traps: 'in November 2019 became the longest-serving head of government'; 'the Tokyo Olympic Games, due to open on July 24'; 'Its position in the House of Councillors weakened in the July 2019 election' (listed as held upper_house_2019) and 'it no longer controls the two-thirds needed' (a threshold, not the share); 'Abe's term as LDP president runs out in September 2021' (LDP vote; the next Diet election is the October 2021 Lower House deadline, 21 months away, recorded only as the deadline and the next-election year, not as an upcoming lower_house_2021, as R1/H1); 'Abe could dissolve the lower house after the Olympics' (speculation); 'it averages ¥189 billion' (yen) and 'That agreement lapses at the end of March 2021'; 'a roughly fourfold increase' (reported U.S. request); 'a record ¥5.3 trillion in the FY2020 request' (budget request; the 1% is a cap about which the budget 'remains near'); 'since the 1970s'; 'sending a destroyer and patrol aircraft to the Middle East'; sidebar 'Okinawa and Guam' (html aside): '72% of voters opposed the landfill work' (referendum) and 'up to $2.8 billion toward new facilities there' (Guam money); 'with a stock of $484 billion' (FDI stock); 'displaced China' (China not first); 'signed on October 7 and entered into force on January 1, 2020' (USJTA; IF11120 facts, not listed); 'No Section 232 tariffs have been imposed' (no tariff on most imports); 'within four months'; 'The consumption tax rose from 8% to 10%'; 'output to have contracted in the last three months of the year'; 'a ¥26 trillion stimulus package' (package, not the supplementary budget); 'the COP26 conference in November'; 'in July 2019 when Tokyo tightened controls' and 'Moon Jae-in' (South Korea); 'Chinese President Xi Jinping', 'the first since 2008'; PDF curly quotes and NBSP (interleaved only); interleaved columns",
}
