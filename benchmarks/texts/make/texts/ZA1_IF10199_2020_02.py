from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "ZA1-IF10199-2020-02", "fresh46", "IF10199", 57
LAYOUTS = ["md", "interleaved"]
PDF_OPTS = ["lig", "quotes"]
SIDEBAR = "Okinawa and the Futenma Replacement"
CHART = {"unit": "$ billions", "ymax": 160, "ticks": [0, 40, 80, 120, 160],
         "series": ["U.S. exports to Japan", "U.S. imports from Japan"],
         "bars": {"2015": (62.4, 131.4), "2016": (63.3, 132.2), "2017": (67.6, 136.5), "2018": (75.0, 142.6), "2019": (74.4, 143.6)}}

MD = """
U.S.-Japan Relations

Updated February 26, 2020

## Overview

Japan is the linchpin of the U.S. security presence in East Asia, and the bilateral relationship has stayed on an even keel through three years of the Trump Administration despite friction over trade and over what Japan pays to host U.S. forces. Prime Minister Shinzo Abe, back in office since December 2012, has invested heavily in his rapport with President Donald Trump; the two have met more than a dozen times and spoken by phone dozens more. Abe remains the only Japanese leader to have spoken before a joint meeting of Congress, in April 2015. In November 2019 he passed Katsura Taro, who served three nonconsecutive terms between 1901 and 1913, to become the longest-serving prime minister in Japan's history.

The year 2020 was meant to showcase Japan: Tokyo is to host the Summer Olympics, scheduled to open on July 24. It began instead with the spread of a novel coronavirus. By late February, close to 900 infections had been confirmed in Japan, most of them aboard a cruise ship quarantined at Yokohama, and the government's handling of the ship drew criticism at home and abroad. For Congress, the main bilateral questions in 2020 are the renewal of the cost-sharing agreement for U.S. bases, the next stage of trade talks, and coordination on North Korea.

## The Alliance

The two countries have been treaty allies since 1951. On January 19, 2020, they marked the 60th anniversary of the revised Treaty of Mutual Cooperation and Security, signed in 1960, under which the United States is pledged to defend Japan and Japan provides bases for U.S. forces. Roughly 55,000 U.S. troops are stationed in Japan, more than in any other foreign country (South Korea hosts about 28,500). They include the Seventh Fleet, headquartered at Yokosuka, and the only U.S. aircraft carrier homeported abroad.

Japan has also widened what its military may do. Security legislation passed in 2015 allows the Self-Defense Forces to come to the aid of the United States and other partners under limited conditions. The defense budget has risen for eight straight years; the cabinet's FY2020 request, a record ¥5.31 trillion (about $48.6 billion), is before the Diet. Even so, spending remains near the informal ceiling of about 1% of GDP that governments have largely observed since 1976. Some U.S. officials have pointed to the 2% goal NATO members have set for themselves.

## Alliance Cost-Sharing

Japan pays close to $2 billion a year toward the cost of stationing U.S. forces. That contribution is set by a five-year Special Measures Agreement (SMA) concluded in December 2015, which expires at the end of March 2021; talks on a successor are expected to open later this year. They may be difficult. Press reports in November 2019 said Administration officials had sought $8 billion a year, about four times the current level, a figure neither government has confirmed. Japan also bears base-related costs outside the SMA, among them rent for private land and a share of the Marines' move to Guam.

## Okinawa and the Futenma Replacement

Okinawa Prefecture makes up 0.6% of Japan's land area. It hosts roughly one in four of the U.S. military facilities in Japan and more than half of the U.S. military personnel in the country. Under a plan first agreed in 1996, Marine Corps Air Station Futenma, in crowded Ginowan city, is to be replaced by a new airfield built on landfill at Henoko, on the island's less populated northeast coast. Many Okinawans oppose it. In a February 2019 prefectural referendum, about 72% of voters rejected the landfill, and Governor Denny Tamaki, elected in September 2018 on an anti-base platform, continues to contest the project in court. In December 2019 the Defense Ministry said the facility would take about 12 more years to finish and cost roughly ¥930 billion, close to three times its earlier estimate.

Separately, a 2012 bilateral agreement provides for some 9,000 Marines to leave Okinawa. Of those, about 4,000 are to move to Guam, with the first transfers planned for around 2024; the others are to go to Hawaii, Australia, and the U.S. mainland.

## Trade and Investment

Japan was the fourth-largest U.S. trading partner in 2019. It bought $74.4 billion of U.S. goods, ranking fourth among export markets behind Canada, Mexico, and China. U.S. imports from Japan, at $143.6 billion, also made it No. 4 among suppliers. The resulting goods deficit, $69.2 billion, was a little larger than 2018's $67.2 billion.

**Figure 1. U.S. Goods Trade with Japan, 2015-2019**

Source: CRS, with U.S. Census Bureau data.

Two limited agreements took effect on January 1, 2020: the U.S.-Japan Trade Agreement (USJTA), under which Japan is cutting or removing tariffs on about $7 billion of U.S. farm exports, and a separate digital trade agreement. Negotiations began in April 2019. On September 25, 2019, Trump and Abe announced that the "stage one" agreements were finalized, and they were signed on October 7. The USJTA does not cover autos, about a third of U.S. imports from Japan by value. That issue hangs over the next round of talks. In a proclamation of May 17, 2019, the President found that imports of cars and parts threatened U.S. national security but deferred action for 180 days; he had earlier threatened tariffs of up to 25% on them. Japan's government says Trump assured Abe in September that no such tariffs would be imposed while the agreement is being carried out.

Investment ties run deep. Japanese firms had invested $484.4 billion in the United States by the end of 2018, placing Japan second only to the United Kingdom as a source of foreign direct investment (FDI); their U.S. affiliates employ close to 1 million workers. In June 2019, Japan overtook China as the largest foreign holder of U.S. Treasury securities, and it held about $1.15 trillion at the end of the year.

## Japan's Economy

Real GDP grew 0.7% in 2019, after 0.3% in 2018, according to preliminary figures released on February 17. The annual number masks a sharp drop at the end of the year: output fell at an annualized rate of 6.3% in the October-December quarter, after the consumption tax rose from 8% to 10% on October 1 and a powerful typhoon hit eastern Japan. In December the Abe cabinet unveiled a stimulus package worth ¥26 trillion (some $239 billion), counting private spending, and on January 30 the Diet passed a ¥4.5 trillion (roughly $41 billion) supplementary budget to fund part of it. Economists now warn that the coronavirus, by cutting tourism (visitors from China made up about 30% of arrivals last year) and disrupting supply chains, could tip the economy into recession. The Bank of Japan has kept its short-term policy rate at -0.1% since 2016.

On climate, Japan's pledge under the Paris Agreement is to cut greenhouse gas emissions 26% by FY2030 from FY2013 levels. Environmental groups want a steeper cut and an end to Japanese financing for coal-fired plants abroad; the government's long-range aim is an 80% reduction by 2050.

## Domestic Politics

Abe governs in coalition with the smaller Komeito party; his Liberal Democratic Party (LDP) is by far the larger partner. The coalition has held about two-thirds of the seats in the House of Representatives, the more powerful lower chamber, since the October 2017 election. In the House of Councillors election of July 2019 it kept its majority but, together with other parties open to constitutional revision, fell short of the two-thirds needed to propose amendments. The coalition now controls just under three-fifths of that chamber.

Table 1. Ruling Coalition Seats in the Diet

| Chamber | LDP | Komeito | Coalition | Total |
| --- | --- | --- | --- | --- |
| House of Representatives | 284 | 29 | 313 | 465 |
| House of Councillors | 113 | 28 | 141 | 245 |

No national election is required before the Lower House's four-year term expires in October 2021. Abe's third term as LDP president also ends that September, and party rules bar a fourth. The contest to succeed him has drawn attention to former Defense Minister Shigeru Ishiba, LDP policy chief Fumio Kishida, and Chief Cabinet Secretary Yoshihide Suga. Abe's approval ratings slipped below 40% in several February polls, amid criticism of a publicly funded cherry-blossom party and the coronavirus response.

## Regional Relations

**North Korea.** Pyongyang conducted more than a dozen short-range missile launches in 2019, several of which landed in the Sea of Japan. Abe has offered to meet Kim Jong Un without preconditions and continues to press for an accounting of the Japanese citizens abducted in the 1970s and 1980s; Tokyo officially recognizes 17 abductees.

**South Korea.** Relations with Seoul are at a low. After South Korean court rulings in 2018 ordered Japanese firms to compensate wartime laborers, Japan tightened export controls in July 2019, and President Moon Jae-in's government threatened to leave the 2016 General Security of Military Information Agreement (GSOMIA). Seoul suspended that decision in November 2019, hours before the pact would have lapsed.

**China and the Indo-Pacific.** A state visit to Japan by Chinese President Xi Jinping, planned for April, is now in doubt. Japan promotes a "Free and Open Indo-Pacific" with the United States, Australia, and India; in September 2019 the four countries' foreign ministers met as a group in New York, the first Quad meeting at that level.

## Issues for Congress

Members may examine the SMA talks and the cost of U.S. forces in Japan, the timetable for the Guam relocation, and whether a second-stage trade agreement would need congressional approval. The FY2020 National Defense Authorization Act (P.L. 116-92), enacted in December 2019, required reporting on allied cost-sharing.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Brock R. Williams**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Shinzo Abe"),
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "alliance.treaty_ally_since": F(1951, as_written="The two countries have been treaty allies since 1951"),
        "alliance.us_troops_in_japan": F(55000, "about", as_written="Roughly 55,000 U.S. troops are stationed in Japan"),
        "alliance.host_nation_support_per_year": F(2000000000, "nearly", per="year", as_written="Japan pays close to $2 billion a year toward the cost of stationing U.S. forces", note="'close to' is nearly"),
        "alliance.host_nation_support_agreement": D("2015-12", as_written="a five-year Special Measures Agreement (SMA) concluded in December 2015", note="subsection 'Cost-Sharing'; expiry March 2021 is not the agreement date"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="It hosts roughly one in four of the U.S. military facilities in Japan", note="a fraction in words: one in four is 25; subject 'It' carried from the sentence before; sidebar section"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="and more than half of the U.S. military personnel in the country", note="'more than half' is over 50"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="Okinawa Prefecture makes up 0.6% of Japan's land area"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Of those, about 4,000 are to move to Guam", note="'those' are the 9,000 leaving Okinawa"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="the informal ceiling of about 1% of GDP that governments have largely observed since 1976"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="Abe governs in coalition with the smaller Komeito party; his Liberal Democratic Party (LDP) is by far the larger partner"),
        "politics.lower_house_coalition_share": F(67, "about", as_written="The coalition has held about two-thirds of the seats in the House of Representatives", note="two-thirds rounded to 67; Table 1 gives 313 of 465 (67.3%)"),
        "politics.upper_house_coalition_share": F(60, "under", as_written="The coalition now controls just under three-fifths of that chamber", note="three-fifths is 60, 'just under' is under ('just' is no hedge); Table 1 gives 141 of 245 (57.6%); 'the two-thirds needed to propose amendments' is a threshold, not the share"),
        "politics.next_diet_election_due": F(2021, as_written="No national election is required before the Lower House's four-year term expires in October 2021"),
        "politics.lower_house_election_due": D("2021-10", as_written="before the Lower House's four-year term expires in October 2021", note="a deadline 20 months away, stated as a term's expiry with no election scheduled: only the deadline, no lower_house_2021 election listed"),
        "trade.overall_partner_rank": F(4, period="2019", as_written="Japan was the fourth-largest U.S. trading partner in 2019"),
        "trade.export_partner_rank": F(4, period="2019", as_written="ranking fourth among export markets behind Canada, Mexico, and China"),
        "trade.us_exports_to_japan": F(74400000000, period="2019", as_written="It bought $74.4 billion of U.S. goods", note="subject 'It' (Japan) and year carried from the sentence before; goods only"),
        "trade.import_partner_rank": F(4, period="2019", as_written="also made it No. 4 among suppliers"),
        "trade.us_imports_from_japan": F(143600000000, period="2019", as_written="U.S. imports from Japan, at $143.6 billion"),
        "trade.fdi_source_rank": F(2, period="2018", as_written="placing Japan second only to the United Kingdom as a source of foreign direct investment (FDI)"),
        "trade.treasury_holder_rank": F(1, as_written="In June 2019, Japan overtook China as the largest foreign holder of U.S. Treasury securities"),
        "economy.gdp_growth": GDP(y2019=0.7, y2018=0.3),
        "economy.supplementary_budget": F(41000000000, "about", period="2020-01", as_written="on January 30 the Diet passed a ¥4.5 trillion (roughly $41 billion) supplementary budget"),
        "economy.emissions_cut_target": F(26, by="2030", baseline="2013", as_written="to cut greenhouse gas emissions 26% by FY2030 from FY2013 levels", note="fiscal years"),
    },
    "elections": {
        "lower_house_2017": E("Lower House", "2017-10", "held", result="coalition about two-thirds of the seats"),
        "upper_house_2019": E("Upper House", "2019-07", "held", result="coalition kept its majority; just under three-fifths; pro-revision forces short of two-thirds"),
        "okinawa_governor_2018": E("Okinawa governor", "2018-09", "held", result="Denny Tamaki elected on an anti-base platform"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress", "2015-04", "held"),
        "first_negotiating_round": EV("U.S.-Japan trade negotiations begin", "2019-04", "held"),
        "stage_one_deal_finalized": EV("Trump and Abe announce the stage one agreements finalized", "2019-09-25", "held"),
        "section232_autos_proclamation": EV("Proclamation finding auto and parts imports a national security threat; action deferred 180 days", "2019-05-17", "held"),
    },
    "notes": "Traps: 'in office since December 2012'; 'met more than a dozen times'; 'passed Katsura Taro, who served three nonconsecutive terms between 1901 and 1913' (another prime minister, past years); 'scheduled to open on July 24' (Olympics); 'close to 900 infections had been confirmed'; 'On January 19, 2020, they marked the 60th anniversary of the revised Treaty of Mutual Cooperation and Security, signed in 1960' (revision, not the treaty-ally year 1951); 'South Korea hosts about 28,500' (another country's troops); 'Security legislation passed in 2015'; 'risen for eight straight years'; 'a record ¥5.31 trillion (about $48.6 billion)' (defense budget, not a supplementary budget); 'since 1976' (year beside the 1% limit); 'the 2% goal NATO members have set for themselves' (NATO's goal, not Japan's spending goal: defense.spending_goal_pct_gdp not stated); 'which expires at the end of March 2021' (SMA expiry, not the agreement date); 'had sought $8 billion a year, about four times the current level' (reported request, not the payment); 'Under a plan first agreed in 1996'; 'about 72% of voters rejected the landfill' (referendum share, not an Okinawa share); 'elected in September 2018' (held governor election, listed); 'about 12 more years' and 'roughly ¥930 billion, close to three times its earlier estimate'; 'a 2012 bilateral agreement provides for some 9,000 Marines to leave Okinawa' (total leaving, not the Guam figure); 'planned for around 2024'; 'behind Canada, Mexico, and China' (other partners); 'The resulting goods deficit, $69.2 billion, was a little larger than 2018's $67.2 billion' (deficits, no IF10199 fact); Figure 1 (interleaved: axis ticks 0-160, years 2015-2019, two-series legend, no values); 'tariffs on about $7 billion of U.S. farm exports'; 'took effect on January 1, 2020' (USJTA, no IF10199 fact); 'about a third of U.S. imports from Japan by value' (autos); 'deferred action for 180 days' and 'threatened tariffs of up to 25%' (threat, no tariff in effect); 'Japanese firms had invested $484.4 billion' (FDI stock, no IF10199 fact); 'close to 1 million workers'; 'Japan overtook China' and 'about $1.15 trillion at the end of the year' (amount, not rank); 'output fell at an annualized rate of 6.3% in the October-December quarter' (a quarter, not a year); 'the consumption tax rose from 8% to 10% on October 1'; 'preliminary figures released on February 17'; 'a stimulus package worth ¥26 trillion (some $239 billion)' (package, not the supplementary budget); 'visitors from China made up about 30% of arrivals'; 'short-term policy rate at -0.1% since 2016'; 'an 80% reduction by 2050' (long-range aim, not the 2030 target); 'fell short of the two-thirds needed to propose amendments' (threshold, not a share); Table 1 (seat counts 284, 29, 313, 465; 113, 28, 141, 245: shares stated in words in the text); 'Abe's third term as LDP president also ends that September, and party rules bar a fourth' (term end, no election listed); 'former Defense Minister Shigeru Ishiba, LDP policy chief Fumio Kishida, and Chief Cabinet Secretary Yoshihide Suga' (possible successors, not the prime minister); 'approval ratings slipped below 40%'; 'more than a dozen short-range missile launches'; 'recognizes 17 abductees'; 'court rulings in 2018', 'export controls in July 2019', 'the 2016 General Security of Military Information Agreement (GSOMIA)' and 'suspended that decision in November 2019'; 'President Moon Jae-in' and 'Chinese President Xi Jinping' (other leaders); 'planned for April'; 'in September 2019 the four countries' foreign ministers met as a group in New York, the first Quad meeting at that level' (ministers, not leaders: diplomacy.quad_leader_meetings not stated); 'The FY2020 National Defense Authorization Act (P.L. 116-92), enacted in December 2019'. Layout: interleaved columns (PDF ligatures and curly quotes).",
}
