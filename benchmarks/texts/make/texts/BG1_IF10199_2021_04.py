from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "BG1-IF10199-2021-04", "fresh47", "IF10199", 39
LAYOUTS = ["html", "layout"]
PDF_OPTS = ["lig", "nbsp"]
SIDEBAR = "Okinawa Base Issues"
CHART = {"unit": "¥ billions", "ymax": 250, "ticks": [0, 50, 100, 150, 200, 250],
         "series": ["Host-nation support (SMA and related)"],
         "bars": {"FY2016": (192.0,), "FY2017": (193.3,), "FY2018": (196.8,), "FY2019": (197.4,),
                  "FY2020": (199.3,), "FY2021": (201.7,)}}

MD = """
U.S.-Japan Relations

Updated April 26, 2021

## Overview

Japan is among the closest U.S. allies anywhere and, on most measures, the one whose cooperation weighs most in U.S. strategy toward the Indo-Pacific. On April 16, 2021, Prime Minister Yoshihide Suga became the first foreign leader received at the White House by President Joe Biden, a choice the Administration presented as a signal of the alliance's place in its policy. The leaders' joint statement referred to "the importance of peace and stability across the Taiwan Strait," wording absent from a U.S.-Japan summit document since 1969. They also announced a Competitiveness and Resilience (CoRe) Partnership covering technology, supply chains, and public health, as well as a climate partnership.

Suga, chief cabinet secretary for nearly eight years, took office in September 2020 when Shinzo Abe stepped down, citing a recurrence of a chronic illness. Abe's second stint (2012-2020) made him the longest-serving prime minister in Japan's history; in April 2015 he became the first Japanese leader to address a joint meeting of Congress.

Suga is widely seen as more focused on domestic administration than his predecessor. His cabinet's approval rating, above 60% in its first weeks, has dropped to roughly 40% in several polls, reflecting criticism of his response to the Coronavirus Disease 2019 (COVID-19) pandemic. Japan's vaccine rollout has lagged those of other wealthy countries: by mid-April, under 1% of the population had received a first dose. The postponed Tokyo Summer Olympics are set to open on July 23, without spectators from overseas.

## The Suga Government and the Diet

Suga heads the Liberal Democratic Party (LDP), which has governed Japan for all but about four years since 1955. It rules in coalition with Komeito, a smaller party with roots in a lay Buddhist movement. Suga won the LDP presidential election on September 14, 2020, with 377 of 534 valid votes, to complete the remainder of Abe's term as party leader. That term ends in September 2021, and the LDP is to hold another presidential election by then.

A national vote is also approaching. The terms of the members of the House of Representatives, the more powerful lower chamber, who were last elected in October 2017, expire in October 2021; an election must be held by that month unless Suga dissolves the chamber first. The coalition holds roughly two-thirds of the chamber's 465 seats, enough to pass legislation over the objections of the upper chamber, the House of Councillors. There, the LDP and Komeito hold about 57% of the seats; half of that chamber's members were elected in July 2019, and the other half will be chosen in July 2022.

Many in Tokyo expect Suga to call the election in the fall, after the Olympics. His position in the party weakened on April 25, when LDP candidates lost all three Diet by-elections held that day, including one in Hiroshima called after a vote-buying conviction.

## The Alliance

The two countries have been treaty allies since 1951, when a security pact was signed alongside the San Francisco Peace Treaty; the current Treaty of Mutual Cooperation and Security was concluded in 1960. Japan provides bases, and the United States commits to Japan's defense. Roughly 50,000 U.S. military personnel are stationed in Japan, which also hosts the Navy's only forward-deployed aircraft carrier, at Yokosuka. U.S. Forces Japan is headquartered at Yokota Air Base, near Tokyo.

Secretary of State Antony Blinken and Secretary of Defense Lloyd Austin made Tokyo their first overseas stop. At a "2+2" meeting on March 16, they and their Japanese counterparts restated that Article 5 of the treaty, the U.S. defense commitment, covers the Senkaku Islands, which China also claims.

Japan's initial defense budget for FY2021, ¥5.34 trillion, is the largest on record, having risen for nine straight years. It remains below 1% of GDP. Since 1976, Japanese governments have mostly kept defense outlays to no more than 1% of GDP, a self-imposed limit that has outlived its formal repeal a decade later. Some LDP lawmakers now urge a higher target, citing the 2% of GDP that NATO members have agreed to aim for, but the government has set no such goal. In June 2020, Tokyo also canceled plans to deploy two Aegis Ashore missile defense systems.

## Host-Nation Support

Japan's payments toward the cost of stationing U.S. forces, known as host-nation support, average close to $2 billion a year. The five-year Special Measures Agreement (SMA) that governs much of that sum was signed in January 2016 and was due to lapse at the end of March 2021. Talks on a successor stalled in 2020 amid press reports that the Trump Administration had sought about $8 billion a year, some four times Japan's current contribution. In February 2021, the two governments agreed to extend the existing agreement for one year, through March 2022, at roughly the FY2020 level, and to negotiate a multiyear arrangement during 2021 (Figure 1).

**Figure 1. Japan's Host-Nation Support, FY2016-FY2021**

Source: Japan Ministry of Defense; FY2021 as budgeted. Amounts in yen.

## Okinawa Base Issues

Okinawa Prefecture accounts for about 0.6% of Japan's land area, yet it hosts about 70% of the facilities reserved for the exclusive use of U.S. forces and upwards of half of the U.S. military personnel in the country. Many Okinawans see this concentration as a burden imposed by Tokyo.

Since 1996, the two governments have planned to close Marine Corps Air Station Futenma and build a replacement facility at Henoko, on the island's less populated northeast coast. In a 2019 prefectural referendum, 72% of those who voted opposed the landfill. Governor Denny Tamaki, elected in September 2018 on a platform of stopping the project, has challenged it in court. Soft seabed found at the site means the runway may not be finished until the mid-2030s.

Under a 2012 bilateral agreement, about 9,000 Marines are to leave Okinawa for Guam, Hawaii, Australia, and elsewhere. Of those, some 4,000 are to relocate to Guam, where the new Marine Corps Base Camp Blaz was activated in October 2020; moves are not expected to start before 2024.

## China, the Korean Peninsula, and the Quad

Japan's concerns about China have deepened. Chinese government vessels entered the waters around the Senkakus on a record 333 days in 2020, and a Chinese law in effect since February 1 authorizes its coast guard to use weapons against foreign ships in waters China claims. North Korea test-fired two short-range ballistic missiles into the Sea of Japan on March 25.

Biden hosted the first-ever leader-level meeting of the Quadrilateral Security Dialogue ("the Quad") on March 12: a virtual summit with Suga and the prime ministers of Australia and India. The four governments undertook to deliver up to 1 billion COVID-19 vaccine doses to the Indo-Pacific by the end of 2022, and their leaders intend to meet in person later this year.

Relations between Tokyo and Seoul remain strained by disputes over wartime history. In January 2021, a South Korean court ordered Japan to compensate 12 women forced to work in Japanese military brothels; Tokyo rejected the ruling. U.S. officials have pressed both allies to cooperate, and the three countries' national security advisers met in Annapolis, MD, on April 2.

## Trade and Investment

Counting goods and services together, Japan was the fourth-largest U.S. trading partner in 2020, behind China, Canada, and Mexico. It ranked fourth among markets for U.S. exports as well, and was likewise the fourth-largest source of U.S. imports. The pandemic cut trade in both directions: U.S. exports to Japan fell by about 17% in 2020, and imports by more than 20% (Table 1).

Table 1. U.S. Trade with Japan, Goods and Services ($ billions)

| | 2019 | 2020 |
| --- | --- | --- |
| U.S. exports to Japan | 125.9 | 104.7 |
| U.S. imports from Japan | 179.6 | 142.1 |
| U.S. balance | -53.7 | -37.4 |

Source: Bureau of Economic Analysis (BEA), April 2021.

The U.S.-Japan Trade Agreement and a companion digital trade agreement, both in effect since January 1, 2020, reduced or removed Japanese tariffs on roughly $7 billion of U.S. farm goods. The Trump Administration had earlier warned it might impose tariffs of up to 25% on Japanese vehicles under Section 232 of the Trade Expansion Act of 1962; none were applied. The Biden Administration has not said whether it will pursue the broader second-stage talks the 2019 agreement contemplated. Japan leads the 11-member Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP), which the United Kingdom applied to join in February 2021, four years after the United States withdrew from its predecessor.

Investment ties are deep. Japan has been the largest source of foreign direct investment (FDI) in the United States since 2019, with a stock of about $620 billion at the end of that year, ahead of the United Kingdom. It is also the largest foreign holder of U.S. Treasury securities, at about $1.24 trillion in February 2021; China is second, with roughly $1.10 trillion.

## Economy and Climate

Japan's real GDP contracted by 4.8% in 2020, the first annual decline since 2009, after growth of 0.3% in 2019. Output rebounded at an annualized rate of 11.7% in the October-December quarter, but a state of emergency declared in January for the Tokyo area is expected to result in a decline in early 2021. On January 28, the Diet enacted the year's third supplementary budget, worth ¥19.2 trillion (about $185 billion), to fund a stimulus package announced in December. The two previous supplementary budgets, enacted in April and June 2020, together totaled close to ¥58 trillion, and total FY2020 spending exceeds ¥175 trillion.

At the virtual Leaders Summit on Climate that Biden convened on April 22, Suga announced that Japan would cut greenhouse gas emissions by 46% from 2013 levels by 2030, sharply higher than its previous goal of 26%, and would keep striving to reach 50%. The United States pledged a cut of 50%-52% from 2005 levels. Japan has been committed since October 2020 to net-zero emissions by 2050. The government's April 13 decision to release treated water from the Fukushima Daiichi nuclear plant into the Pacific, starting in about two years, drew protests from China and South Korea; the State Department said Japan had been transparent about its decision.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Brock R. Williams**, Specialist in International Trade and Finance

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Suga", "Yoshihide", "Prime Minister Yoshihide Suga", note="given name first"),
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "alliance.treaty_ally_since": F(1951, as_written="The two countries have been treaty allies since 1951"),
        "alliance.us_troops_in_japan": F(50000, "about", as_written="Roughly 50,000 U.S. military personnel are stationed in Japan"),
        "alliance.host_nation_support_per_year": F(2000000000, "nearly", per="year", as_written="host-nation support, average close to $2 billion a year"),
        "alliance.host_nation_support_agreement": D("2021-02", as_written="In February 2021, the two governments agreed to extend the existing agreement for one year, through March 2022", note="a one-year extension of the January 2016 SMA; the multiyear successor is still to be negotiated"),
        "alliance.okinawa_share_of_land_area": F(0.6, "about", as_written="Okinawa Prefecture accounts for about 0.6% of Japan's land area", note="sidebar (html aside)"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="it hosts about 70% of the facilities reserved for the exclusive use of U.S. forces", note="exclusive-use basis; sidebar"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="and upwards of half of the U.S. military personnel in the country", note="'upwards of' is over; sidebar"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Of those, some 4,000 are to relocate to Guam", note="of the 9,000 leaving Okinawa; sidebar"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="Japanese governments have mostly kept defense outlays to no more than 1% of GDP, a self-imposed limit", note="'It remains below 1% of GDP' is the FY2021 budget's share, not the limit; no spending goal is stated (the 2% is NATO's and some lawmakers')"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="Liberal Democratic Party (LDP) ... It rules in coalition with Komeito"),
        "politics.lower_house_coalition_share": F(67, "about", as_written="The coalition holds roughly two-thirds of the chamber's 465 seats", note="fraction in words: two-thirds = 67"),
        "politics.upper_house_coalition_share": F(57, "about", as_written="There, the LDP and Komeito hold about 57% of the seats", note="'There' carries the House of Councillors from the sentence before"),
        "politics.next_diet_election_due": F(2021, as_written="an election must be held by that month", note="the Lower House deadline, October 2021, is the earliest national election stated (the Upper House follows in 2022)"),
        "politics.lower_house_election_due": D("2021-10", as_written="expire in October 2021; an election must be held by that month unless Suga dissolves the chamber first"),
        "trade.overall_partner_rank": F(4, period="2020", as_written="Counting goods and services together, Japan was the fourth-largest U.S. trading partner in 2020"),
        "trade.export_partner_rank": F(4, period="2020", as_written="It ranked fourth among markets for U.S. exports as well", note="subject carried"),
        "trade.import_partner_rank": F(4, period="2020", as_written="and was likewise the fourth-largest source of U.S. imports"),
        "trade.us_exports_to_japan": F(104700000000, period="2020", as_written="Table 1: U.S. exports to Japan | 125.9 | 104.7", note="only in Table 1 ($ billions), 2020 column"),
        "trade.us_imports_from_japan": F(142100000000, period="2020", as_written="Table 1: U.S. imports from Japan | 179.6 | 142.1", note="only in Table 1 ($ billions), 2020 column"),
        "trade.fdi_source_rank": F(1, as_written="Japan has been the largest source of foreign direct investment (FDI) in the United States since 2019"),
        "trade.treasury_holder_rank": F(1, as_written="It is also the largest foreign holder of U.S. Treasury securities"),
        "economy.gdp_growth": GDP(y2020=-4.8, y2019=0.3),
        "economy.supplementary_budget": F(185000000000, "about", period="2021-01", as_written="On January 28, the Diet enacted the year's third supplementary budget, worth ¥19.2 trillion (about $185 billion)", note="FY2020's third; enacted January 28, 2021"),
        "economy.emissions_cut_target": F(46, by="2030", baseline="2013", as_written="Japan would cut greenhouse gas emissions by 46% from 2013 levels by 2030"),
        "diplomacy.quad_leader_meetings": F(1, as_written="Biden hosted the first-ever leader-level meeting of the Quadrilateral Security Dialogue (\"the Quad\") on March 12", note="the first such meeting: one held; an in-person meeting only intended"),
    },
    "elections": {
        "ldp_president_2020": E("LDP president", "2020-09-14", "held", result="Suga won 377 of 534 valid votes"),
        "ldp_president_2021": E("LDP president", "2021-09", "upcoming", note="term ends in September 2021; 'the LDP is to hold another presidential election by then'"),
        "lower_house_2017": E("Lower House", "2017-10", "held"),
        "lower_house_2021": E("Lower House", "2021-10", "upcoming", note="deadline months away: 'must be held by that month'"),
        "upper_house_2019": E("Upper House", "2019-07", "held"),
        "upper_house_2022": E("Upper House", "2022-07", "upcoming"),
        "okinawa_governor_2018": E("Okinawa governor", "2018-09", "held", result="Denny Tamaki elected on a platform of stopping the Henoko project"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress, the first Japanese leader to do so", "2015-04", "held"),
    },
    "notes": "Traps: 'On April 16, 2021' (summit date) and 'since 1969' (Taiwan wording); 'chief cabinet secretary for nearly eight years' and 'Abe's second stint (2012-2020)' (former prime minister; the 2015 address is the tracked event); 'above 60% in its first weeks, has dropped to roughly 40%' (approval ratings); 'under 1% of the population had received a first dose' (not Okinawa's land share); 'set to open on July 23' (Olympics); 'for all but about four years since 1955'; 'with 377 of 534 valid votes' (a leadership vote); 'That term ends in September 2021' (LDP vote, not the Diet deadline); 'last elected in October 2017' (past Lower House election); 'the chamber's 465 seats'; 'half of that chamber's members were elected in July 2019, and the other half will be chosen in July 2022' (Upper House votes, later than the Lower House deadline); 'lost all three Diet by-elections' (by-elections not listed); 'the current Treaty of Mutual Cooperation and Security was concluded in 1960' (revision, not the alliance's start); 'the Navy's only forward-deployed aircraft carrier'; 'At a \"2+2\" meeting on March 16'; '¥5.34 trillion ... having risen for nine straight years'; 'It remains below 1% of GDP' (the budget's share, not the limit); 'Since 1976' and 'its formal repeal a decade later'; 'citing the 2% of GDP that NATO members have agreed to aim for, but the government has set no such goal' (no Japanese spending goal); 'two Aegis Ashore missile defense systems'; 'signed in January 2016 and was due to lapse at the end of March 2021' (the old SMA); 'about $8 billion a year, some four times Japan's current contribution' (a reported demand); 'through March 2022' (end of the extension, not the agreement date); Figure 1 (host-nation support in yen, FY2016-FY2021; axis ticks 0-250, no value labels; html puts it in the aside); 'Since 1996' (Futenma plan); '72% of those who voted opposed the landfill' (referendum); 'until the mid-2030s'; 'Under a 2012 bilateral agreement, about 9,000 Marines are to leave Okinawa' (the total leaving, not Guam); 'activated in October 2020' and 'not expected to start before 2024' (no Marines in Guam stated); 'a record 333 days in 2020'; 'since February 1'; 'two short-range ballistic missiles ... on March 25'; 'up to 1 billion COVID-19 vaccine doses ... by the end of 2022' and 'intend to meet in person later this year' (planned Quad meeting); 'compensate 12 women'; 'on April 2'; 'behind China, Canada, and Mexico' (other partners); 'fell by about 17% in 2020, and imports by more than 20%' (changes, not levels); Table 1's 2019 column (125.9, 179.6) and balance row (-53.7, -37.4); 'both in effect since January 1, 2020' and 'roughly $7 billion of U.S. farm goods'; 'tariffs of up to 25% on Japanese vehicles under Section 232 of the Trade Expansion Act of 1962; none were applied' (threatened, not a tariff on most imports; year of a law); 'the 11-member ... CPTPP', 'in February 2021, four years after the United States withdrew'; 'since 2019, with a stock of about $620 billion at the end of that year' (FDI stock, not a rank); 'about $1.24 trillion in February 2021; China is second, with roughly $1.10 trillion'; 'the first annual decline since 2009'; 'annualized rate of 11.7% in the October-December quarter' (a quarter); 'a decline in early 2021' (forecast); 'The two previous supplementary budgets, enacted in April and June 2020, together totaled close to ¥58 trillion' and 'total FY2020 spending exceeds ¥175 trillion'; 'its previous goal of 26%' and 'keep striving to reach 50%' (aspiration); 'The United States pledged a cut of 50%-52% from 2005 levels' (another country); 'since October 2020 to net-zero emissions by 2050'; 'April 13 decision ... starting in about two years'. Sidebar 'Okinawa Base Issues' (html aside). PDF (layout only): ligatures, NBSP; pdftotext -layout runs the columns side by side.",
}
