from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "FF1-IF10199-2022-08", "fresh9", "IF10199", 38
LAYOUTS = ["md", "html"]
SIDEBAR = "Japan's Leadership Carousel, 2020-2022"

MD = """
U.S.-Japan Relations

Updated August 23, 2022

## Economic and Trade Ties

The United States and Japan, the world's largest and third-largest economies, are bound together by dense flows of goods, services, and capital. Counting goods and services together, only China and America's two North American neighbors outranked Japan as U.S. trading partners in 2021. Measured one flow at a time, Japan dropped a place: Canada, Mexico, China, and the United Kingdom each bought more U.S. exports than it did, while China, Mexico, Canada, and Germany each supplied more U.S. imports.

U.S. sales to Japan climbed to $112.2 billion in 2021 from $104.4 billion in pandemic-struck 2020. Purchases from Japan rebounded as well, reaching $167.8 billion, against $147.6 billion the year before. Two limited agreements negotiated by the Trump and Abe governments, one on tariffs and one on digital trade, have been in force since January 2020; the Biden Administration has not sought to expand them and has said it does not plan to seek membership in the 11-nation Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP).

Capital flows run heavily toward the United States. Japan heads the roster of countries investing directly in the U.S. economy, with a stock of about $721 billion at the end of 2021. Japanese residents and official institutions also own the biggest block of U.S. Treasury securities held abroad, about $1.24 trillion as of June 2022, ahead of China's roughly $970 billion.

Japan's economy shrank by 4.5% in 2020 and regained 1.7% in 2021. Preliminary data released on August 15 put growth in the April-June 2022 quarter at an annualized 2.2%, enough to lift output back to its pre-pandemic size. To cushion households against higher fuel and food prices tied to Russia's war, the Diet on May 31 enacted a supplementary budget of ¥2.7 trillion, about $21 billion, a sliver of the record ¥36 trillion (then some $317 billion) extra budget passed the previous December. The Bank of Japan has kept interest rates pinned near zero while other central banks tighten, and the widening gap has weighed on the yen, which in mid-July sank to about ¥139 per dollar, its feeblest level against the dollar in 24 years. Tokyo's climate pledge, announced in April 2021 by then-Prime Minister Suga Yoshihide, is to cut greenhouse gas emissions 46% from 2013 levels by 2030, with an aspiration to reach 50%, on the way to net zero by 2050.

## Politics After the Upper House Vote

Prime Minister Kishida Fumio enters the second half of 2022 with his hand strengthened at the ballot box but his public standing eroding. The July 10 House of Councillors election, held under heavy security after former Prime Minister Abe Shinzo was shot dead while campaigning in the city of Nara on July 8, handed the ruling parties a comfortable win. The Liberal Democratic Party (LDP) and its longtime junior partner Komeito now fill 146 of the chamber's 248 seats, nearly three-fifths, where they had held 57% going into the vote.

In the more powerful House of Representatives, the coalition's margin dates from the October 31, 2021, general election, which left it with 293 of 465 seats, upwards of three-fifths, even as the LDP shed 15 seats of its own. Unless Kishida calls a snap election, Japanese voters face no national ballot until the councillors' next triennial contest, in mid-2025, a stretch the Tokyo press has taken to calling Kishida's "golden three years." Representatives' four-year terms, for their part, run out in October of that year.

Cabinet approval has nonetheless slid from about 60% in early July to the low 40s, driven by disclosures of ties between LDP lawmakers and the Unification Church, against which Abe's assailant said he bore a grudge, and by unease over the state funeral for Abe planned for September 27. Kishida reshuffled his cabinet and the party's leadership on August 10, removing several ministers with church links.

## Japan's Leadership Carousel, 2020-2022

- August 2020: Citing a recurrence of ulcerative colitis, Abe, by then the longest-serving prime minister in Japan's history, says he will resign.
- September 14, 2020: LDP lawmakers and prefectural chapters hand the party presidency to Suga Yoshihide, Abe's chief cabinet secretary, by a wide margin; the Diet names him prime minister two days later.
- September 2021: With his approval ratings sagging after a pandemic-era Olympics, Suga declines to run again for the party leadership.
- September 29, 2021: Kishida, a former foreign minister, defeats Kono Taro in a runoff to become LDP president; he takes office as prime minister on October 4.
- October 31, 2021: In Kishida's first general election, the LDP keeps a majority on its own, 261 seats, and the coalition its commanding position.
- July 2022: Abe is assassinated on the 8th; the upper-chamber election goes ahead as scheduled on the 10th.

## Japan in the Region

President Joe Biden's May 22-24 visit to Tokyo coincided with an in-person summit of the Quadrilateral Security Dialogue (Quad), which brought the tally of leader-level Quad meetings since March 2021 to four, two of them by video link. Biden also used the trip to launch the Indo-Pacific Economic Framework for Prosperity (IPEF). Alongside Japan, thirteen other economies (the United States, Australia, India, South Korea, New Zealand, seven Southeast Asian states, and Fiji) had signed on by the end of May 2022. IPEF covers supply chains, clean energy, and digital trade but not tariff cuts.

Japan has aligned closely with the United States and Europe in response to Russia's invasion of Ukraine, freezing Russian central bank assets, expelling eight Russian diplomats, and committing to phase out Russian coal. Tokyo's commitments to Ukraine comprise $600 million in financial support, its initial $300 million offer having been doubled in May, and a further $300 million earmarked for humanitarian and development needs.

Relations with Beijing remain tense. After House Speaker Nancy Pelosi visited Taiwan on August 2-3, China fired ballistic missiles into waters around the island, and five of them landed in Japan's exclusive economic zone on August 4, a first. Kishida has signaled interest in improving ties with South Korea under President Yoon Suk-yeol, who took office in May.

## Defense Policy

Kishida has promised a "fundamental strengthening" of Japan's defense within five years, and his government now aims to raise defense outlays to 2% of GDP, a level NATO asks of its own members. That would be twice the self-imposed lid of 1% of GDP that Tokyo observed for most of the postwar era. The initial FY2022 defense budget is ¥5.4 trillion. Revised versions of the National Security Strategy and two related planning documents are due by the end of the year and are expected to address whether Japan should acquire "counterstrike" capabilities to hit missile launch sites in enemy territory.

## The Alliance

Allies since 1951, when the two governments signed their first security treaty in San Francisco, the United States and Japan have drawn steadily closer in military planning and operations. U.S. Forces Japan (USFJ) comprises in the neighborhood of 54,000 military personnel, along with the Seventh Fleet's forward-deployed aircraft carrier.

Japan's host-nation support is governed by a Special Measures Agreement that the two governments concluded in December 2021 and signed in January 2022. It provides ¥1.05 trillion over FY2022-FY2026, an average of ¥211 billion a year, worth around $1.6 billion a year at current exchange rates, and shifts some funds toward joint training and equipment. The previous five-year accord, signed in 2016, had been extended by a single year in February 2021 after the Trump Administration's demands for a steep increase went unmet.

## Okinawa and the Marines

Okinawa, whose islands add up to less than 1% of Japan's land area, is home to some 25% of the facilities used by USFJ and to well over half of USFJ personnel. A 2012 revision of the bilateral realignment roadmap calls for moving about 9,000 Marines off Okinawa; Guam is to receive approximately 4,000 of them, with transfers expected to begin in the mid-2020s.

Okinawa's gubernatorial race on September 11 will test the base issue once more. Governor Tamaki Denny, who opposes relocating Marine Corps Air Station Futenma to Henoko in northern Okinawa, seeks a second term against Sakima Atsushi, a former mayor of Ginowan backed by the LDP and Komeito.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Emma Chanlett-Avery**, Specialist in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Caitlin Campbell**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Kishida Fumio"),
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "alliance.treaty_ally_since": F(1951, as_written="Allies since 1951, when the two governments signed their first security treaty in San Francisco"),
        "alliance.us_troops_in_japan": F(54000, "about", as_written="U.S. Forces Japan (USFJ) comprises in the neighborhood of 54,000 military personnel"),
        "alliance.host_nation_support_per_year": F(1600000000, "about", per="year", as_written="an average of ¥211 billion a year, worth around $1.6 billion a year at current exchange rates"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="a Special Measures Agreement that the two governments concluded in December 2021 and signed in January 2022"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="is home to some 25% of the facilities used by USFJ"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="and to well over half of USFJ personnel"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="Okinawa, whose islands add up to less than 1% of Japan's land area"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Guam is to receive approximately 4,000 of them"),
        "defense.spending_goal_pct_gdp": F(2, as_written="his government now aims to raise defense outlays to 2% of GDP", note="within five years (no fiscal year written)"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="the self-imposed lid of 1% of GDP that Tokyo observed for most of the postwar era"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="The Liberal Democratic Party (LDP) and its longtime junior partner Komeito"),
        "politics.upper_house_coalition_share": F(60, "nearly", previous=57, as_written="now fill 146 of the chamber's 248 seats, nearly three-fifths, where they had held 57% going into the vote"),
        "politics.lower_house_coalition_share": F(60, "over", as_written="which left it with 293 of 465 seats, upwards of three-fifths"),
        "politics.next_diet_election_due": F(2025, as_written="Japanese voters face no national ballot until the councillors' next triennial contest, in mid-2025"),
        "politics.lower_house_election_due": D("2025-10", as_written="Representatives' four-year terms, for their part, run out in October of that year", note="year carried from the sentence before (mid-2025)"),
        "trade.overall_partner_rank": F(4, period="2021", as_written="only China and America's two North American neighbors outranked Japan as U.S. trading partners in 2021"),
        "trade.export_partner_rank": F(5, period="2021", as_written="Canada, Mexico, China, and the United Kingdom each bought more U.S. exports than it did", note="four named ahead; year carried"),
        "trade.import_partner_rank": F(5, period="2021", as_written="China, Mexico, Canada, and Germany each supplied more U.S. imports", note="four named ahead; year carried"),
        "trade.us_exports_to_japan": F(112200000000, period="2021", as_written="U.S. sales to Japan climbed to $112.2 billion in 2021"),
        "trade.us_imports_from_japan": F(167800000000, period="2021", as_written="Purchases from Japan rebounded as well, reaching $167.8 billion", note="year carried"),
        "trade.fdi_source_rank": F(1, as_written="Japan heads the roster of countries investing directly in the U.S. economy"),
        "trade.treasury_holder_rank": F(1, as_written="also own the biggest block of U.S. Treasury securities held abroad"),
        "economy.gdp_growth": GDP(y2021=1.7, y2020=-4.5),
        "economy.supplementary_budget": F(21000000000, "about", period="2022-05", as_written="the Diet on May 31 enacted a supplementary budget of ¥2.7 trillion, about $21 billion"),
        "economy.yen": F("24-year low against the dollar", period="2022-07", as_written="the yen, which in mid-July sank to about ¥139 per dollar, its feeblest level against the dollar in 24 years"),
        "economy.emissions_cut_target": F(46, by="2030", baseline="2013", as_written="to cut greenhouse gas emissions 46% from 2013 levels by 2030"),
        "diplomacy.quad_leader_meetings": F(4, as_written="brought the tally of leader-level Quad meetings since March 2021 to four"),
        "diplomacy.ipef_other_partners": F(13, period="2022-05", as_written="Alongside Japan, thirteen other economies ... had signed on by the end of May 2022"),
        "diplomacy.ukraine_financial_support": F(600000000, as_written="Tokyo's commitments to Ukraine comprise $600 million in financial support"),
        "diplomacy.ukraine_humanitarian_aid": F(300000000, as_written="a further $300 million earmarked for humanitarian and development needs"),
    },
    "elections": {
        "ldp_president_2020": E("LDP president", "2020-09-14", "held", result="Suga Yoshihide chosen"),
        "ldp_president_2021": E("LDP president", "2021-09-29", "held", result="Kishida defeats Kono Taro in a runoff"),
        "lower_house_2021": E("Lower House", "2021-10-31", "held", result="coalition 293 of 465 seats, upwards of three-fifths; LDP 261 alone"),
        "upper_house_2022": E("Upper House", "2022-07-10", "held", result="coalition 146 of 248 seats, nearly three-fifths, up from 57%"),
        "okinawa_governor_2022": E("Okinawa governor", "2022-09-11", "upcoming", note="Tamaki Denny (incumbent, opposes the Henoko relocation) vs Sakima Atsushi (LDP/Komeito-backed)"),
        "upper_house_2025": E("Upper House", "2025", "upcoming", note="'the councillors' next triennial contest, in mid-2025' (year precision)"),
    },
    "events": {
        "abe_assassination": EV("Former Prime Minister Abe Shinzo shot dead while campaigning in Nara", "2022-07-08"),
    },
    "notes": "Traps: 'the world's largest and third-largest economies' (not trade ranks); 'Measured one flow at a time, Japan dropped a place' (export/import ranks are 5 from the four countries named, not the overall 4); 'from $104.4 billion in pandemic-struck 2020' and 'against $147.6 billion the year before' (2020 values); 'have been in force since January 2020' and 'the 11-nation ... CPTPP' (IF11120 matters, not facts here); 'with a stock of about $721 billion' (FDI stock, no IF10199 fact); 'about $1.24 trillion as of June 2022, ahead of China's roughly $970 billion' (amounts; China second); 'growth in the April-June 2022 quarter at an annualized 2.2%' (a quarter, not a year) and 'pre-pandemic size'; 'the record ¥36 trillion (then some $317 billion) extra budget passed the previous December' (earlier budget) and '¥2.7 trillion'; 'about ¥139 per dollar'; 'announced in April 2021 by then-Prime Minister Suga Yoshihide' (former PM), 'an aspiration to reach 50%', 'net zero by 2050'; 'where they had held 57% going into the vote' (previous Upper House share) beside 'nearly three-fifths'; '146 of the chamber's 248 seats' and '293 of 465 seats' (seat counts); 'even as the LDP shed 15 seats of its own' and sidebar 'the LDP keeps a majority on its own, 261 seats' (one party, not the coalition); 'Unless Kishida calls a snap election' (speculation, not an election); 'in mid-2025' is the next election (year precision) and 'run out in October of that year' the Lower House deadline only (three years away, not an upcoming election); 'Cabinet approval has nonetheless slid from about 60% in early July to the low 40s'; 'the state funeral for Abe planned for September 27'; 'reshuffled his cabinet ... on August 10'; sidebar 'Japan's Leadership Carousel, 2020-2022' (HTML aside, bullet list): 'August 2020: ... says he will resign' (Abe's resignation announcement, no slug), 'the Diet names him prime minister two days later', 'September 2021: ... Suga declines to run again' (not an election), 'he takes office as prime minister on October 4', 'Abe is assassinated on the 8th' (agrees with the prose: 2022-07-08) and 'on the 10th' (agrees: 2022-07-10); 'May 22-24 visit to Tokyo'; 'two of them by video link' and 'since March 2021' (Quad count is four); IPEF list 'the United States, Australia, India, South Korea, New Zealand, seven Southeast Asian states, and Fiji' (thirteen beside Japan); 'expelling eight Russian diplomats'; 'its initial $300 million offer having been doubled in May' (earlier financial pledge, same amount as the humanitarian $300 million); 'five of them landed in Japan's exclusive economic zone on August 4'; 'a level NATO asks of its own members' (NATO's 2%, same as Japan's goal); 'That would be twice the self-imposed lid' (the 1% limit, exact); 'The initial FY2022 defense budget is ¥5.4 trillion'; 'within five years' (no by-year for the 2% goal); 'their first security treaty in San Francisco' (1951) ; 'the Seventh Fleet's forward-deployed aircraft carrier'; '¥1.05 trillion over FY2022-FY2026', 'an average of ¥211 billion a year' (yen), 'signed in January 2022' (agreement dated by its conclusion, December 2021), 'The previous five-year accord, signed in 2016, had been extended by a single year in February 2021' (earlier agreements); 'A 2012 revision of the bilateral realignment roadmap calls for moving about 9,000 Marines off Okinawa' (total leaving, not Guam) and 'transfers expected to begin in the mid-2020s' (none moved; marines_in_guam not stated); 'a former mayor of Ginowan' (local office). Sections reordered: trade and economy first, politics second, alliance and Okinawa last.",
}
