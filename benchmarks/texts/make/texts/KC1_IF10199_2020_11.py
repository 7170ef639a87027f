from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "KC1-IF10199-2020-11", "fresh30", "IF10199", 38
LAYOUTS = ["interleaved", "pdf"]
PDF_OPTS = ["quotes", "hyph"]
CHART = {"unit": "Thousands", "ymax": 25, "ticks": [0, 5, 10, 15, 20, 25],
         "series": ["Active-duty personnel"],
         "bars": {"Army": (2.6,), "Navy": (20.1,), "Air Force": (12.7,), "Marines": (18.8,)}}

MD = """
U.S.-Japan Relations

Updated November 24, 2020

## Overview

Bound to the United States by a security treaty signed in San Francisco in 1951 and revised in 1960, Japan is going through its first change of leader in almost eight years. Abe Shinzo, the longest-serving prime minister in the country's history, stepped down in September for health reasons. His tenure, remembered by many in Washington for his April 2015 speech to a joint meeting of Congress, ended with his chief cabinet secretary, Suga Yoshihide, taking his place and promising continuity abroad. On the U.S. side, President Donald J. Trump remains in office until January 20, when President-elect Joseph R. Biden is to be sworn in. In a November 12 telephone call, Biden told Suga that the U.S. commitment to defend Japan extends to the Senkaku Islands, which China also claims. The agenda facing both governments is crowded: a new cost-sharing arrangement for U.S. bases, China's growing pressure in the East China Sea, and economies battered by the COVID-19 pandemic, which has pushed the Tokyo Olympics back to next summer.

## A New Prime Minister

The Liberal Democratic Party (LDP) picked Suga as its president on September 14, giving him 377 of 534 votes against two rivals, and the Diet confirmed him as prime minister two days later. Because he is serving out the remainder of Abe's term as party leader, Suga must stand again in September 2021, when the LDP holds its next leadership vote. The members of the House of Representatives face a deadline the following month: their four-year terms expire, so a general election must be held by October 2021 at the latest if Suga does not dissolve the chamber sooner. No other nationwide vote is due before then. Early polls put his cabinet's approval above 60%, unusually high for a new government.

Suga inherits a comfortable position in the Diet. The LDP governs in coalition with a smaller party, Komeito. The two control more than two-thirds of the lower chamber, a margin they won in the October 2017 general election, and about 58% of the upper chamber, where they hold 141 of its 245 seats. In the July 2019 House of Councillors election, their majority survived, but the parties favoring constitutional revision fell short of the two-thirds of seats needed to propose an amendment.

## The Alliance

No other country hosts as many U.S. troops. About fifty-four thousand are based in Japan, the great majority with the Navy and Marine Corps (Figure 1), and Yokosuka is home port to the only aircraft carrier the Navy keeps overseas. In exchange for the U.S. security guarantee, Japan supplies bases and pays much of the cost of keeping U.S. forces there. The terms are set in a Special Measures Agreement (SMA). The current five-year SMA, concluded in January 2016, expires at the end of March 2021. Tokyo's outlays under it come to roughly ¥200 billion annually, or just under $2 billion. Talks on a successor agreement opened this month; with a new Administration weeks away, both sides are said to favor a short extension. A memoir published this year by former National Security Advisor John Bolton says that President Trump sought $8 billion a year, a figure Japanese officials have called unrealistic.

**Figure 1. U.S. Active-Duty Military Personnel in Japan, by Service**

Source: Defense Manpower Data Center, June 2020; approximate.

## Okinawa

The burden of hosting U.S. forces is unevenly shared. Okinawa Prefecture, a chain of islands that makes up less than 1% of Japan's land area, contains about 70% of the acreage set aside exclusively for U.S. forces, and more than half of the U.S. military personnel in Japan are stationed there. Most Okinawans oppose the long-planned relocation of Marine Corps Air Station Futenma to a new facility at Henoko, on the less-populated northern coast of the main island. Governor Tamaki Denny, who won office in September 2018, has pressed his predecessor's legal challenges to the landfill work. Last year the Ministry of Defense revised its estimate of the project's cost to ¥930 billion, with completion pushed into the 2030s.

A separate plan would reduce the Marine presence. Guam is to receive about four thousand Marines, starting in the first half of the 2020s, as part of a larger group of some 9,000 that is to leave Okinawa; Hawaii, the continental United States, and rotations through Australia would absorb the rest.

## Defense Policy

In 1976 the cabinet adopted a ceiling of one percent of gross domestic product (GDP) for defense spending. That ceiling was formally dropped in 1987, yet budgets have rarely exceeded it since. The Ministry of Defense has asked for a record ¥5.49 trillion for FY2021, the ninth increase in a row; even so, Japan would remain far below the 2% of GDP that NATO asks of its members, a benchmark Tokyo has never adopted. In June, then-Defense Minister Kono Taro halted the deployment of two Aegis Ashore missile-defense batteries, citing cost and safety. The government is now studying ship-based alternatives and whether Japan should be able to strike missile launch sites on enemy territory.

## Economic Ties

A limited agreement on tariffs and a separate digital trade agreement took effect on January 1, 2020, and the Trump Administration's threat to impose Section 232 tariffs of up to 25% on Japanese cars has receded, though it has not been formally withdrawn. By the standard measures, Japan ranks near the top of U.S. economic partners (2019 data unless noted):

- overall trading partner: fourth, after China, Mexico, and Canada
- market for U.S. goods: fourth, with exports of $74.4 billion
- supplier of U.S. goods imports: also fourth, at $143.6 billion
- source of foreign direct investment in the United States: first, having overtaken the United Kingdom, with $619.3 billion at the end of 2019
- foreign holder of U.S. Treasury securities: first, with $1.28 trillion in September 2020, ahead of China's $1.06 trillion

The goods deficit with Japan was $69.2 billion in 2019. Two-way goods trade fell by about 15% in the first nine months of 2020, compared with the same period a year earlier.

## The Economy and the Pandemic

Japan's economy was weak even before COVID-19 arrived. Growth had slowed to 0.3% in 2018. The following year it edged up to 0.7%, but an October 2019 rise in the consumption tax, from 8% to 10%, tipped output into decline in that year's final quarter. The pandemic turned a slowdown into a slump: output shrank at an annualized rate of 28.8% in April-June, the sharpest drop on record, before rebounding at a 21.4% rate in July-September, according to figures published last week. The IMF projects a contraction of 5.3% for 2020 as a whole.

The Diet passed two supplementary budgets in the spring. The second and larger of them, enacted on June 12, provided ¥31.9 trillion (nearly $300 billion) in new spending, compared with ¥25.7 trillion in the first; counting loans and guarantees, the government puts its packages at more than ¥230 trillion. Suga has ordered a third, to be compiled in December. Markets have been calmer than the real economy. The yen, often bought in times of stress, rose in early November to about ¥103 per dollar, its strongest level against the dollar in eight months.

Climate policy has moved to the center of Suga's agenda. In his first policy speech to the Diet, on October 26, he committed Japan to net-zero greenhouse gas emissions by 2050. Its formal pledge under the Paris Agreement is still the one made in 2015: a 26% reduction from FY2013 levels by FY2030. A more ambitious target is expected before next year's climate conference in Glasgow.

## Regional Relations

Suga chose Vietnam and Indonesia for his first trip abroad, in October. Earlier that month Tokyo hosted the second ministerial meeting of the Quad, bringing together the foreign ministers of Australia, India, Japan, and the United States. On November 15, Japan and 14 other countries signed the Regional Comprehensive Economic Partnership (RCEP); the United States is not a member. Relations with South Korea remain cold, strained by a 2018 Korean court ruling on wartime forced labor and by Japan's July 2019 export controls, although President Moon Jae-in has signaled interest in a thaw. A state visit by Chinese leader Xi Jinping, postponed in March, has not been rescheduled.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Brock R. Williams**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Suga", "Yoshihide", "his chief cabinet secretary, Suga Yoshihide, taking his place", note="family name first; Abe is the former prime minister"),
        "leaders.us_president": P("Trump", "Donald", "President Donald J. Trump remains in office until January 20", note="Biden is President-elect (a trap)"),
        "alliance.treaty_ally_since": F(1951, as_written="Bound to the United States by a security treaty signed in San Francisco in 1951 and revised in 1960", note="1960 revision a trap"),
        "alliance.us_troops_in_japan": F(54000, "about", as_written="About fifty-four thousand are based in Japan", note="number in words; subject 'U.S. troops' carried from the sentence before"),
        "alliance.host_nation_support_per_year": F(2000000000, "under", per="year", as_written="Tokyo's outlays under it come to roughly ¥200 billion annually, or just under $2 billion", note="the dollar figure; 'annually' carried to it"),
        "alliance.host_nation_support_agreement": D("2016-01", as_written="The current five-year SMA, concluded in January 2016, expires at the end of March 2021"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="contains about 70% of the acreage set aside exclusively for U.S. forces", note="exclusive-use basis"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="more than half of the U.S. military personnel in Japan are stationed there"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="a chain of islands that makes up less than 1% of Japan's land area"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Guam is to receive about four thousand Marines, starting in the first half of the 2020s", note="number in words; 9,000 is the total leaving Okinawa"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="In 1976 the cabinet adopted a ceiling of one percent of gross domestic product (GDP) for defense spending", note="number in words"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="The LDP governs in coalition with a smaller party, Komeito"),
        "politics.lower_house_coalition_share": F(67, "over", as_written="The two control more than two-thirds of the lower chamber", note="fraction, rounded"),
        "politics.upper_house_coalition_share": F(58, "about", as_written="and about 58% of the upper chamber, where they hold 141 of its 245 seats"),
        "politics.next_diet_election_due": F(2021, as_written="a general election must be held by October 2021 at the latest ... No other nationwide vote is due before then"),
        "politics.lower_house_election_due": D("2021-10", as_written="their four-year terms expire, so a general election must be held by October 2021 at the latest"),
        "trade.overall_partner_rank": F(4, period="2019", as_written="overall trading partner: fourth, after China, Mexico, and Canada", note="bullet; period from the lead-in '2019 data unless noted'"),
        "trade.export_partner_rank": F(4, period="2019", as_written="market for U.S. goods: fourth"),
        "trade.us_exports_to_japan": F(74400000000, period="2019", as_written="market for U.S. goods: fourth, with exports of $74.4 billion", note="goods"),
        "trade.import_partner_rank": F(4, period="2019", as_written="supplier of U.S. goods imports: also fourth"),
        "trade.us_imports_from_japan": F(143600000000, period="2019", as_written="supplier of U.S. goods imports: also fourth, at $143.6 billion", note="goods"),
        "trade.fdi_source_rank": F(1, period="2019", as_written="source of foreign direct investment in the United States: first, having overtaken the United Kingdom, with $619.3 billion at the end of 2019"),
        "trade.treasury_holder_rank": F(1, period="2020-09", as_written="foreign holder of U.S. Treasury securities: first, with $1.28 trillion in September 2020, ahead of China's $1.06 trillion"),
        "economy.gdp_growth": GDP(y2019=0.7, y2018=0.3),
        "economy.supplementary_budget": F(300000000000, "nearly", period="2020-06", as_written="The second and larger of them, enacted on June 12, provided ¥31.9 trillion (nearly $300 billion) in new spending", note="'of them' carries 'supplementary budgets' from the sentence before; year from the cover"),
        "economy.yen": F("8-month high against the dollar", period="2020-11", as_written="rose in early November to about ¥103 per dollar, its strongest level against the dollar in eight months", note="normalised"),
        "economy.emissions_cut_target": F(26, by="FY2030", baseline="FY2013", as_written="Its formal pledge under the Paris Agreement is still the one made in 2015: a 26% reduction from FY2013 levels by FY2030", note="'Its' is Japan's; net zero by 2050 is a trap"),
    },
    "elections": {
        "ldp_president_2020": E("LDP president", "2020-09-14", "held", result="Suga elected, 377 of 534 votes", note="year from the cover"),
        "ldp_president_2021": E("LDP president", "2021-09", "upcoming", note="'Suga must stand again in September 2021, when the LDP holds its next leadership vote'"),
        "lower_house_2021": E("Lower House", "2021-10", "upcoming", note="must be held by October 2021 (11 months after the cover)"),
        "lower_house_2017": E("Lower House", "2017-10", "held", result="coalition over two-thirds"),
        "upper_house_2019": E("Upper House", "2019-07", "held", result="coalition majority kept; revision camp short of two-thirds"),
        "okinawa_governor_2018": E("Okinawa governor", "2018-09", "held", result="Tamaki Denny"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress", "2015-04", "held"),
    },
    "notes": "Traps: 'revised in 1960'; 'Abe Shinzo, the longest-serving prime minister' (former leader) and 'his first change of leader in almost eight years'; 'President-elect Joseph R. Biden is to be sworn in' (not yet president) and 'until January 20'; 'In a November 12 telephone call'; 'giving him 377 of 534 votes'; 'Early polls put his cabinet's approval above 60%'; 'a margin they won in the October 2017 general election' (an election, not a share); 'fell short of the two-thirds of seats needed to propose an amendment' (not a coalition share); Figure 1 (personnel by service, thousands; axis ticks 0-25, no value labels); 'the only aircraft carrier the Navy keeps overseas'; 'expires at the end of March 2021' (the SMA's end, not its date); 'roughly ¥200 billion annually' (yen); 'Talks on a successor agreement opened this month' (not an agreement); 'President Trump sought $8 billion a year' (a demand); 'a larger group of some 9,000 that is to leave Okinawa' (the total leaving, not Guam); 'starting in the first half of the 2020s'; 'Last year the Ministry of Defense revised its estimate of the project's cost to ¥930 billion'; 'That ceiling was formally dropped in 1987'; 'a record ¥5.49 trillion for FY2021'; 'the 2% of GDP that NATO asks of its members, a benchmark Tokyo has never adopted' (not a Japanese goal); 'two Aegis Ashore missile-defense batteries'; 'took effect on January 1, 2020' (trade agreements; no IF10199 fact); 'Section 232 tariffs of up to 25% on Japanese cars' (a threat, not in effect); 'ahead of China's $1.06 trillion'; 'The goods deficit with Japan was $69.2 billion in 2019'; 'fell by about 15% in the first nine months of 2020'; 'an October 2019 rise in the consumption tax, from 8% to 10%'; 'shrank at an annualized rate of 28.8%' and 'rebounding at a 21.4% rate' (quarters); 'The IMF projects a contraction of 5.3% for 2020' (a projection); 'compared with ¥25.7 trillion in the first' (the earlier supplementary budget); 'more than ¥230 trillion' (packages); 'Suga has ordered a third, to be compiled in December' (planned); 'about ¥103 per dollar'; 'net-zero greenhouse gas emissions by 2050'; 'the second ministerial meeting of the Quad' (ministers, not leaders); 'Japan and 14 other countries signed the Regional Comprehensive Economic Partnership' (RCEP, not IPEF); 'President Moon Jae-in' and 'Chinese leader Xi Jinping' (other countries' leaders); PDF curly quotes and hyphenated line ends; interleaved columns",
}
