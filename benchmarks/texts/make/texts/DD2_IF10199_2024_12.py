from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "DD2-IF10199-2024-12", "fresh9", "IF10199", 41
LAYOUTS = ["html", "pdf", "interleaved"]
PDF_OPTS = ["lig", "quotes"]
SIDEBAR = "Japan's Political Calendar at a Glance"

MD = """
U.S.-Japan Relations

Updated December 10, 2024

## Overview

The U.S.-Japan alliance enters 2025 with new leadership on both sides of the Pacific. Ishiba Shigeru, a former defense minister who won the Liberal Democratic Party (LDP) presidency in September on his fifth attempt, took office as Prime Minister on October 1, succeeding Kishida Fumio. Within weeks he led the LDP and its partner Komeito into a general election that cost them their majority in the Diet's lower chamber. In Washington, President Joe Biden is to hand over power on January 20 to Donald Trump, who defeated Vice President Kamala Harris on November 5. Ishiba and Biden met on the sidelines of the APEC summit in Lima on November 15, and joined South Korean President Yoon Suk Yeol for a brief trilateral session; Ishiba's hopes of seeing the President-elect on his way home did not materialize.

Japan and the United States have been allies under a mutual security treaty since 1952, when the pact signed the previous year entered into force. The Biden Administration has described the alliance as the "cornerstone" of its Indo-Pacific policy, and the two governments have expanded cooperation on defense industrial production, command and control, and technology. Japan is also a leading economic partner: it heads the list of foreign direct investors in the United States and is the largest foreign holder of U.S. government debt.

## Politics After the October Election

Ishiba dissolved the House of Representatives on October 9 and called an election for October 27, a year before the chamber's term was to expire. Voters, angered by a political funding scandal that had tarnished several LDP factions, punished the ruling camp. The LDP fell from 247 seats to 191 and Komeito from 32 to 24. The two parties' combined share of the 465-member chamber thus dropped from roughly three-fifths to a little over 46%. The main opposition Constitutional Democratic Party gained 50 seats, to 148, and the Democratic Party for the People (DPFP) quadrupled its strength, to 28.

The result left Ishiba at the head of a minority government, the first since 1994. He survived a runoff vote for prime minister in the Diet on November 11 and has since relied on case-by-case support from the DPFP, which has not joined the coalition, to pass legislation. The ruling partners remain in control of the House of Councillors, where they hold a shade under 57% of the seats, a majority they have kept since the July 2022 upper-house vote. Their hold on that chamber will be tested next summer.

## Japan's Political Calendar at a Glance

- **Done: LDP leadership, Sept. 27, 2024.** Ishiba beat Takaichi Sanae in a runoff, 215 votes to 194, after trailing her in the first round.
- **Done: general election, Oct. 27, 2024.** The LDP-Komeito bloc ended eighteen seats short of the 233 needed to command the lower chamber.
- **Next up: July 2025.** Half of the upper chamber's 248 seats go before voters; no national vote comes sooner unless the lower chamber is dissolved again.
- **Later: autumn 2026.** Okinawa picks a governor; incumbent Tamaki Denny, an opponent of the Henoko base, was returned for a second term in September 2022.
- **Outer limit: October 2028.** The newly elected lower chamber must face the voters by then.
- **Not an election:** Ishiba's term as party president runs to September 2027.

## The Alliance and Japan's Defense Buildup

In excess of fifty thousand U.S. military personnel are based in Japan. Tokyo's current host-nation support arrangement, agreed in December 2021, covers FY2022 through FY2026. It provides an average of about ¥211 billion a year, which at current exchange rates comes to roughly $1.4 billion. Talks on a successor are expected to begin in 2026, and Trump's first-term demand that Japan pay some $8 billion a year, roughly four times the then-prevailing level, may resurface.

Japan's defense buildup, launched by the Kishida government in December 2022, aims for total defense and related spending of 2% of GDP by FY2027. For roughly half a century Japan had held the defense budget to about 1% of GDP. Ishiba has pledged to keep to the ¥43 trillion five-year spending plan. He has also revived the idea of an "Asian NATO," which U.S. officials have greeted coolly. In January 2024, Tokyo signed an agreement to buy up to 400 Tomahawk cruise missiles, at a cost of approximately $2.35 billion. The first deliveries are planned for FY2025.

Okinawa is home to a disproportionate share of the U.S. presence. The prefecture accounts for 0.6% of Japan's land mass but for approximately 70% of the area of facilities reserved for the exclusive use of U.S. forces, and for more than half of U.S. personnel in Japan. Around 4,000 of the Marines stationed there are to relocate to Guam. An initial group of about 100 logistics Marines is expected to move in mid-December, the first transfer since the plan was agreed in 2006; that plan originally called for 8,000 Marines to go. In the June 2024 prefectural assembly election, candidates opposed to Governor Tamaki won a majority.

## Trade and Investment

Japan's place in the league table of U.S. trading partners has slipped: counting goods and services, it ranked sixth in 2023, two rungs below where it stood in 2021. U.S. sales of goods and services to Japan came to close to $127 billion that year, putting Japan in the number-six slot among destinations for U.S. exports. Purchases from Japan ran to some $186 billion. As a supplier, Japan sat a rung higher on the list, in fifth place. The U.S. goods deficit with Japan, about $71 billion in 2023, was the seventh-largest with any country.

Investment flows run the other way. The stock of Japanese direct investment in the United States, $783 billion at the end of 2023, is not matched by that of any other country. Nippon Steel's proposed $14.9 billion acquisition of U.S. Steel, announced in December 2023, is under review by the Committee on Foreign Investment in the United States (CFIUS); both Biden and Trump have said they oppose it. Japanese investors also hold the largest foreign stake in U.S. Treasury securities, some $1.1 trillion, with China a distant second.

The President-elect said on November 25 that he would place 25% tariffs on all imports from Canada and Mexico, and an additional 10% on goods from China, on his first day in office. During the campaign he had floated a universal tariff of 10% to 20% on all U.S. imports. No such measure applies to Japan at present.

## Japan's Economy

Real GDP rose 1.5% in 2023, following 0.9% growth in 2022, according to revised data released December 9. The economy grew at an annualized 1.2% in the July-September quarter of 2024. The yen weakened to nearly ¥162 per dollar in early July 2024, a 38-year low, before the Bank of Japan raised its policy rate to 0.25% at the end of that month.

The most recent supplementary budget to clear the Diet, enacted in November 2023, was ¥13.1 trillion (about $88 billion). The Ishiba cabinet approved a larger one, ¥13.9 trillion (roughly $92 billion), on November 29; the Diet has yet to vote on it. Japan's pledge under the Paris Agreement remains a 46% reduction in greenhouse gas emissions from FY2013 levels by FY2030. A government panel in November floated a target of 60% by FY2035.

## Regional and Global Diplomacy

Quad leaders have now met six times, most recently at President Biden's hometown of Wilmington, Delaware, in September; India is to host the next gathering. Japan is one of the fourteen participants in the Indo-Pacific Economic Framework for Prosperity (IPEF), launched in Tokyo in May 2022. Since Russia's 2022 invasion, Japan has committed more than $12 billion to Ukraine. Of that amount, roughly $1.3 billion has been humanitarian assistance.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Caitlin Campbell**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Ishiba", "Shigeru", "Ishiba Shigeru ... took office as Prime Minister on October 1, succeeding Kishida Fumio"),
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden is to hand over power on January 20 to Donald Trump", note="Trump is President-elect"),
        "alliance.treaty_ally_since": F(1952, as_written="Japan and the United States have been allies under a mutual security treaty since 1952"),
        "alliance.us_troops_in_japan": F(50000, "over", as_written="In excess of fifty thousand U.S. military personnel are based in Japan"),
        "alliance.host_nation_support_per_year": F(1400000000, "about", per="year", as_written="It provides an average of about ¥211 billion a year, which at current exchange rates comes to roughly $1.4 billion", note="subject 'It' = the arrangement of the sentence before"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="Tokyo's current host-nation support arrangement, agreed in December 2021"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="The prefecture accounts for 0.6% of Japan's land mass"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="approximately 70% of the area of facilities reserved for the exclusive use of U.S. forces", note="exclusive-use basis"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="and for more than half of U.S. personnel in Japan"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Around 4,000 of the Marines stationed there are to relocate to Guam"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2027", as_written="aims for total defense and related spending of 2% of GDP by FY2027"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="For roughly half a century Japan had held the defense budget to about 1% of GDP"),
        "defense.tomahawk_purchase": F(2350000000, "about", as_written="to buy up to 400 Tomahawk cruise missiles, at a cost of approximately $2.35 billion"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="the LDP and its partner Komeito"),
        "politics.lower_house_coalition_share": F(46, "over", previous=60, as_written="The two parties' combined share of the 465-member chamber thus dropped from roughly three-fifths to a little over 46%", note="previous: roughly three-fifths before the October 2024 election"),
        "politics.upper_house_coalition_share": F(57, "under", as_written="The ruling partners remain in control of the House of Councillors, where they hold a shade under 57% of the seats"),
        "politics.next_diet_election_due": F(2025, as_written="Next up: July 2025. Half of the upper chamber's 248 seats go before voters; no national vote comes sooner"),
        "politics.lower_house_election_due": D("2028-10", as_written="Outer limit: October 2028. The newly elected lower chamber must face the voters by then."),
        "trade.overall_partner_rank": F(6, period="2023", as_written="counting goods and services, it ranked sixth in 2023, two rungs below where it stood in 2021"),
        "trade.export_partner_rank": F(6, period="2023", as_written="putting Japan in the number-six slot among destinations for U.S. exports"),
        "trade.import_partner_rank": F(5, period="2023", as_written="As a supplier, Japan sat a rung higher on the list, in fifth place."),
        "trade.us_exports_to_japan": F(127000000000, "nearly", period="2023", as_written="U.S. sales of goods and services to Japan came to close to $127 billion that year"),
        "trade.us_imports_from_japan": F(186000000000, "about", period="2023", as_written="Purchases from Japan ran to some $186 billion", note="subject (U.S. purchases) carried from the sentence before"),
        "trade.fdi_source_rank": F(1, as_written="it heads the list of foreign direct investors in the United States; The stock of Japanese direct investment in the United States, $783 billion at the end of 2023, is not matched by that of any other country"),
        "trade.treasury_holder_rank": F(1, as_written="is the largest foreign holder of U.S. government debt; Japanese investors also hold the largest foreign stake in U.S. Treasury securities"),
        "economy.gdp_growth": GDP(y2023=1.5, y2022=0.9),
        "economy.supplementary_budget": F(88000000000, "about", period="2023-11", as_written="The most recent supplementary budget to clear the Diet, enacted in November 2023, was ¥13.1 trillion (about $88 billion)"),
        "economy.yen": F("38-year low against the dollar", period="2024-07", as_written="The yen weakened to nearly ¥162 per dollar in early July 2024, a 38-year low"),
        "economy.emissions_cut_target": F(46, by="2030", baseline="2013", as_written="a 46% reduction in greenhouse gas emissions from FY2013 levels by FY2030"),
        "diplomacy.quad_leader_meetings": F(6, as_written="Quad leaders have now met six times"),
        "diplomacy.ipef_other_partners": F(13, period="2022-05", as_written="Japan is one of the fourteen participants in the Indo-Pacific Economic Framework for Prosperity (IPEF)", note="fourteen including Japan"),
        "diplomacy.ukraine_humanitarian_aid": F(1300000000, "about", as_written="Of that amount, roughly $1.3 billion has been humanitarian assistance"),
    },
    "elections": {
        "ldp_president_2024": E("LDP president", "2024-09-27", "held", result="Ishiba beat Takaichi Sanae in a runoff, 215 votes to 194"),
        "lower_house_2024": E("Lower House", "2024-10-27", "held", result="LDP-Komeito 215 of 465 (LDP 191, Komeito 24), a little over 46%, eighteen short of a majority"),
        "upper_house_2022": E("Upper House", "2022-07", "held", note="'a majority they have kept since the July 2022 upper-house vote'"),
        "upper_house_2025": E("Upper House", "2025-07", "upcoming", note="sidebar 'Next up: July 2025'"),
        "okinawa_governor_2026": E("Okinawa governor", "2026", "upcoming", note="'Later: autumn 2026. Okinawa picks a governor' (year precision)"),
        "okinawa_governor_2022": E("Okinawa governor", "2022-09", "held", result="Tamaki Denny returned for a second term"),
    },
    "notes": "Traps: 'won the Liberal Democratic Party (LDP) presidency in September on his fifth attempt'; 'took office as Prime Minister on October 1, succeeding Kishida Fumio' (former PM); 'to hand over power on January 20 to Donald Trump, who defeated Vice President Kamala Harris on November 5' (Biden is President; Trump President-elect); 'met on the sidelines of the APEC summit in Lima on November 15' and 'South Korean President Yoon Suk Yeol'; 'when the pact signed the previous year entered into force' (1951 implied; the text says 'since 1952'); 'dissolved the House of Representatives on October 9' and 'a year before the chamber's term was to expire'; 'The LDP fell from 247 seats to 191 and Komeito from 32 to 24' (seat counts); 'dropped from roughly three-fifths' (previous Lower House share); 'gained 50 seats, to 148' and 'quadrupled its strength, to 28' (opposition); 'the first since 1994'; 'He survived a runoff vote for prime minister in the Diet on November 11' (not an election); 'the DPFP, which has not joined the coalition'; 'Their hold on that chamber will be tested next summer'; sidebar 'Japan's Political Calendar at a Glance' (html aside; bullet list): 'Ishiba beat Takaichi Sanae in a runoff, 215 votes to 194' (LDP votes, and 215 is also the coalition's seat count), 'eighteen seats short of the 233 needed' (no percent), 'Half of the upper chamber's 248 seats', 'was returned for a second term in September 2022', 'Not an election: Ishiba's term as party president runs to September 2027' (term end only); 'covers FY2022 through FY2026' and 'about ¥211 billion a year' (yen); 'Talks on a successor are expected to begin in 2026' and 'Trump's first-term demand that Japan pay some $8 billion a year, roughly four times the then-prevailing level'; 'launched by the Kishida government in December 2022'; 'the ¥43 trillion five-year spending plan'; 'up to 400 Tomahawk cruise missiles' (count) and 'In January 2024' and 'The first deliveries are planned for FY2025'; 'An initial group of about 100 logistics Marines is expected to move in mid-December' (planned, none moved), 'the plan was agreed in 2006' and 'that plan originally called for 8,000 Marines'; 'In the June 2024 prefectural assembly election' (local); 'two rungs below where it stood in 2021' (2021 rank 4 implied); 'The U.S. goods deficit with Japan, about $71 billion in 2023, was the seventh-largest' (deficit rank); '$783 billion at the end of 2023' (FDI stock); 'Nippon Steel's proposed $14.9 billion acquisition ... announced in December 2023'; 'some $1.1 trillion, with China a distant second'; 'place 25% tariffs on all imports from Canada and Mexico, and an additional 10% on goods from China' and 'floated a universal tariff of 10% to 20% on all U.S. imports' (threatened/floated, other countries; 'No such measure applies to Japan at present', so no tariff on most imports is stated); 'revised data released December 9'; 'at an annualized 1.2% in the July-September quarter of 2024' (a quarter); 'nearly ¥162 per dollar' and 'raised its policy rate to 0.25%'; 'The Ishiba cabinet approved a larger one, ¥13.9 trillion (roughly $92 billion), on November 29; the Diet has yet to vote on it' (pending, not the latest enacted); 'floated a target of 60% by FY2035'; 'India is to host the next gathering' (planned); 'launched in Tokyo in May 2022'; 'Japan has committed more than $12 billion to Ukraine' (total, not a catalogue part). Subjects carried: 'It provides an average of about ¥211 billion' (the arrangement), 'Purchases from Japan ran to some $186 billion' (U.S. purchases), 'As a supplier, Japan sat a rung higher on the list, in fifth place' (rank relative to the sentence before), 'Of that amount, roughly $1.3 billion'. PDF ligatures and curly quotes; interleaved columns.",
}
