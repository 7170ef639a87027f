from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "KE1-IF10199-2015-10", "fresh48", "IF10199", 7
LAYOUTS = ["md", "interleaved"]
PDF_OPTS = ["quotes", "hyph"]
CHART = {"unit": "$ billions", "ymax": 160, "ticks": [0, 40, 80, 120, 160],
         "series": ["U.S. exports to Japan", "U.S. imports from Japan"],
         "bars": {"2010": (60.5, 120.5), "2011": (66.2, 128.9), "2012": (70.0, 146.4), "2013": (65.2, 138.5), "2014": (66.8, 134.0)}}

MD = """
U.S.-Japan Relations

Updated October 27, 2015

## Overview

Prime Minister Shinzo Abe has given the U.S.-Japan alliance more attention than any Japanese leader in a decade, and the Obama Administration has, with some reservations, embraced his agenda. The spring of 2015 was a high point. During a week-long visit to the United States, Abe and President Barack Obama released revised Guidelines for U.S.-Japan Defense Cooperation, the first rewrite since 1997, and on April 29 Abe became the first Japanese prime minister to address a joint meeting of Congress. In that speech he promised that his government would pass new security laws "by this coming summer." The Diet did so in September, after months of contentious debate.

On the economic side, trade ministers from the United States, Japan, and ten other Asia-Pacific countries announced on October 5 in Atlanta that they had concluded negotiations on the Trans-Pacific Partnership (TPP). Abe has staked much of his reform program on the pact. Congress, which passed Trade Promotion Authority (TPA) legislation in June, will consider implementing legislation once the President signs the agreement, possibly early in 2016.

Tensions over history continue to shadow Japan's ties with its neighbors. Abe's August 14 statement marking the 70th anniversary of the end of World War II, which repeated earlier cabinets' expressions of remorse without issuing a fresh apology, was received coolly in Seoul and Beijing. A trilateral summit among the leaders of Japan, China, and South Korea, the first since 2012, is scheduled for November 1 in Seoul.

## The Alliance and Defense Reforms

Japan and the United States have been treaty allies since 1952, when the original security pact took effect at the end of the occupation; the current treaty was signed in 1960. Under it, Japan grants the U.S. military the use of bases on its territory. Some 50,000 U.S. troops are stationed there, along with roughly 40,000 dependents and more than 5,000 Department of Defense civilians. It is the largest concentration of U.S. forces anywhere overseas; South Korea, by comparison, hosts about 28,500. In October, the aircraft carrier USS *Ronald Reagan* replaced the USS *George Washington* at Yokosuka, the Navy's only forward-deployed carrier homeport.

Japan offsets much of the cost. Tokyo pays about ¥190 billion (roughly $1.6 billion) per year toward the expense of keeping U.S. forces in the country, covering base workers' wages, utilities, and facilities. The funds flow under a Special Measures Agreement (SMA). The current five-year SMA, signed in January 2011, expires at the end of March 2016, and negotiators have been meeting since July on a successor; some in Congress have urged the Administration to seek a larger Japanese share.

The security laws enacted on September 19 allow Japan's Self-Defense Forces, for the first time, to use force to defend an ally under attack, a practice known as collective self-defense, under strict conditions. They also loosen limits on logistical support for other militaries. The cabinet had reinterpreted Article 9 of the 1947 constitution in July 2014 to permit the change. Polls showed a majority of the public opposed the bills, and tens of thousands protested outside the Diet in late August.

Defense spending, though rising, remains modest. For decades Japan has kept its defense budget to around 1% of gross domestic product. The Ministry of Defense has asked for ¥5.09 trillion (about $42 billion) in FY2016, which would be a record and the fourth consecutive annual increase.

## Okinawa

The southern prefecture of Okinawa makes up less than 1% of Japan's land area. Even so, about a quarter of all the facilities used by U.S. Forces Japan are located there, and it is home to more than half of the U.S. military personnel in the country. Many residents resent the burden.

The long-delayed plan to move Marine Corps Air Station Futenma from crowded Ginowan to a new runway at Henoko, on the less-populated coast of northern Okinawa, has hit a new obstacle. Governor Takeshi Onaga, elected in November 2014 on a pledge to stop the project, revoked his predecessor's December 2013 approval of the landfill permit on October 13. Tokyo has asked the land ministry to suspend his order and is expected to take the prefecture to court. Offshore survey work, halted for a month of talks between Tokyo and Naha in August and September, has not resumed.

Separately, the two governments agreed in 2012 that about 9,000 Marines would leave Okinawa. Roughly 4,000 of them are to go to Guam, with the remainder rotating through Hawaii, Australia, and the U.S. mainland. Japan has committed up to $2.8 billion toward construction on Guam, but the first units are not expected to move until the early 2020s.

## Japanese Politics

Abe's Liberal Democratic Party (LDP) governs in coalition with Komeito, a smaller party backed by a lay Buddhist organization. Since the snap election of December 2014, the two parties have held more than two-thirds of the 475 seats in the House of Representatives, the lower and more powerful chamber; the LDP alone won 291. They also control the House of Councillors. There the coalition's 135 seats, about 56% of the chamber's 242, fall short of the two-thirds it would need to override an upper-house veto.

In September, Abe was re-elected LDP president unopposed after a would-be challenger, Seiko Noda, failed to secure the 20 lawmakers' nominations required to run. His new term runs to September 2018. Abe reshuffled his cabinet on October 7, keeping most key ministers in place.

The next national test is the election in July 2016 for half of the upper chamber's seats. The minimum voting age will drop from 20 to 18 before then, adding some 2.4 million young voters to the rolls. A lower house election is not required until December 2018, although Abe could dissolve the chamber sooner.

## Relations with China and South Korea

Ties with Beijing have thawed a little since Abe and Chinese President Xi Jinping first met, briefly, at a November 2014 regional summit in Beijing; the two spoke again in Jakarta in April. Chinese government vessels nonetheless continue to enter the waters around the Senkaku Islands, which Japan administers and China claims, and the Obama Administration has said that the islands fall under Article 5 of the security treaty. Neither Japan nor the United States joined the China-led Asian Infrastructure Investment Bank, which signed up 57 prospective founding members this year.

Abe has yet to hold a formal bilateral meeting with South Korean President Park Geun-hye, who took office in February 2013. The main obstacle is the "comfort women" issue: the women forced into sexual service for Japan's wartime military. Washington, which wants its two allies to cooperate more closely on North Korea, has pressed both governments to reach a settlement, and Abe and Park may meet on the margins of the Seoul gathering.

## The Economy and "Abenomics"

Nearly three years into Abe's program of monetary easing, fiscal stimulus, and structural reform, results are mixed. Real GDP shrank 0.1% in 2014 after expanding 1.6% in 2013; an April 2014 increase in the consumption tax, from 5% to 8%, cut deeply into household spending. The economy contracted again at an annualized 1.2% in the April-June quarter of 2015. The second stage of the tax hike, to 10%, has been put off until April 2017.

The Bank of Japan's asset purchases have pushed the yen down sharply. In June, it touched ¥125 against the dollar, a 13-year low, which lifted exporters' profits but has yet to produce the 2% inflation the central bank is aiming for. A ¥3.1 trillion supplementary budget for FY2014, worth about $26 billion, was passed in February 2015, and officials have signaled that another will be compiled later this year.

Abe's growth strategy calls for cutting the effective corporate tax rate to below 30%, bringing more women into the workforce, and opening farming to competition. In July, Japan submitted its climate pledge ahead of the December Paris conference: a 26% reduction in greenhouse gas emissions by 2030 from 2013 levels.

## Trade and Investment

Japan was the fourth-largest U.S. trading partner in 2014, trailing Canada, China, and Mexico. That year it ranked fourth both as an export market, taking $66.8 billion in U.S. goods, and as a source of imports, supplying $134.0 billion worth. Figure 1 shows the trend; the bilateral deficit, some $67 billion in 2014, has attracted criticism in Congress, particularly over Japan's currency policies.

**Figure 1. U.S. Goods Trade with Japan, 2010-2014**

Source: U.S. Census Bureau.

Japan is the second-largest source of foreign direct investment (FDI) in the United States, behind only the United Kingdom, with a stock of some $373 billion at the end of 2014. Japanese-owned firms employ roughly 840,000 U.S. workers. In Treasury markets, too, Japan plays an outsized role. Its holdings, about $1.2 trillion, trail only China's among foreign countries.

Under the TPP, Japan would cut its 38.5% tariff on beef to 9% over 16 years and open a new duty-free quota for U.S. rice. The United States would phase out its 2.5% tariff on Japanese passenger cars over 25 years, and its 25% tariff on light trucks over 30. The 12 TPP members together account for about 40% of world GDP. Auto-sector and agricultural groups in both countries have raised objections, and ratification in either capital is not assured.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Ian E. Rinehart**, Analyst in Asian Affairs

**Brock R. Williams**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Shinzo Abe"),
        "leaders.us_president": P("Obama", "Barack", "President Barack Obama"),
        "alliance.treaty_ally_since": F(1952, as_written="Japan and the United States have been treaty allies since 1952, when the original security pact took effect", note="not the 1960 signing of the current treaty"),
        "alliance.us_troops_in_japan": F(50000, "about", as_written="Some 50,000 U.S. troops are stationed there", note="'there' is Japan, carried from the sentence before"),
        "alliance.host_nation_support_per_year": F(1600000000, "about", per="year", as_written="Tokyo pays about ¥190 billion (roughly $1.6 billion) per year toward the expense of keeping U.S. forces in the country"),
        "alliance.host_nation_support_agreement": D("2011-01", as_written="The current five-year SMA, signed in January 2011, expires at the end of March 2016", note="the latest agreement; its successor is still under negotiation"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="The southern prefecture of Okinawa makes up less than 1% of Japan's land area"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="about a quarter of all the facilities used by U.S. Forces Japan are located there", note="a quarter as 25"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="it is home to more than half of the U.S. military personnel in the country"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Roughly 4,000 of them are to go to Guam", note="'them' are the 9,000 Marines leaving Okinawa"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="For decades Japan has kept its defense budget to around 1% of gross domestic product"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="Abe's Liberal Democratic Party (LDP) governs in coalition with Komeito"),
        "politics.lower_house_coalition_share": F(67, "over", as_written="the two parties have held more than two-thirds of the 475 seats in the House of Representatives", note="two-thirds as its rounded whole percent"),
        "politics.upper_house_coalition_share": F(56, "about", as_written="There the coalition's 135 seats, about 56% of the chamber's 242", note="'There' is the House of Councillors, carried from the sentence before"),
        "politics.next_diet_election_due": F(2016, as_written="The next national test is the election in July 2016 for half of the upper chamber's seats"),
        "politics.lower_house_election_due": D("2018-12", as_written="A lower house election is not required until December 2018", note="years away: only the deadline, not an upcoming election"),
        "trade.overall_partner_rank": F(4, period="2014", as_written="Japan was the fourth-largest U.S. trading partner in 2014"),
        "trade.export_partner_rank": F(4, period="2014", as_written="That year it ranked fourth both as an export market"),
        "trade.us_exports_to_japan": F(66800000000, period="2014", as_written="taking $66.8 billion in U.S. goods"),
        "trade.import_partner_rank": F(4, period="2014", as_written="and as a source of imports", note="'ranked fourth both as ... and as a source of imports'"),
        "trade.us_imports_from_japan": F(134000000000, period="2014", as_written="supplying $134.0 billion worth"),
        "trade.fdi_source_rank": F(2, as_written="Japan is the second-largest source of foreign direct investment (FDI) in the United States, behind only the United Kingdom"),
        "trade.treasury_holder_rank": F(2, as_written="Its holdings, about $1.2 trillion, trail only China's among foreign countries"),
        "economy.gdp_growth": dict(GDP(y2014=-0.1, y2013=1.6), as_written="Real GDP shrank 0.1% in 2014 after expanding 1.6% in 2013"),
        "economy.supplementary_budget": F(26000000000, "about", period="2015-02", as_written="A ¥3.1 trillion supplementary budget for FY2014, worth about $26 billion, was passed in February 2015"),
        "economy.yen": F("13-year low against the dollar", period="2015-06", as_written="In June, it touched ¥125 against the dollar, a 13-year low", note="'it' is the yen"),
        "economy.emissions_cut_target": F(26, by="2030", baseline="2013", as_written="a 26% reduction in greenhouse gas emissions by 2030 from 2013 levels"),
    },
    "elections": {
        "lower_house_2014": E("Lower House", "2014-12", "held", result="LDP-Komeito more than two-thirds of 475 seats; LDP alone 291"),
        "upper_house_2016": E("Upper House", "2016-07", "upcoming", note="half of the upper chamber's seats"),
        "ldp_president_2015": E("LDP president", "2015-09", "held", result="Abe re-elected unopposed", note="no vote held: the only challenger failed to qualify"),
        "okinawa_governor_2014": E("Okinawa governor", "2014-11", "held", result="Takeshi Onaga elected on a pledge to stop the Henoko project"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress, the first Japanese prime minister to do so", "2015-04-29", "held"),
    },
    "notes": "Traps: 'the first rewrite since 1997'; 'by this coming summer'; 'ten other Asia-Pacific countries' and 'on October 5 in Atlanta' (TPP conclusion, not a catalogue fact); 'passed Trade Promotion Authority (TPA) legislation in June' and 'possibly early in 2016'; \"Abe's August 14 statement marking the 70th anniversary\"; 'the first since 2012, is scheduled for November 1 in Seoul' (a planned summit); 'the current treaty was signed in 1960' (not the alliance's start); 'roughly 40,000 dependents and more than 5,000 Department of Defense civilians' (not troops); 'South Korea, by comparison, hosts about 28,500' (another country); 'about ¥190 billion' (the yen form of the host-nation payment); 'expires at the end of March 2016' and 'negotiators have been meeting since July on a successor' (not the agreement's date); 'The security laws enacted on September 19' and 'Article 9 of the 1947 constitution in July 2014'; 'asked for ¥5.09 trillion (about $42 billion) in FY2016' and 'the fourth consecutive annual increase' (a budget request, not the 1% limit); \"his predecessor's December 2013 approval\" and 'on October 13'; 'about 9,000 Marines would leave Okinawa' (the total leaving, not Guam's share), 'agreed in 2012', 'Japan has committed up to $2.8 billion' (a cap) and 'until the early 2020s'; 'the LDP alone won 291' (the LDP's seats, not the coalition's share) and 'the 475 seats'; \"the chamber's 242\" and 'fall short of the two-thirds it would need' (not the upper house share); \"20 lawmakers' nominations\"; 'His new term runs to September 2018' (a party term's end: not an election, not the next Diet election); 'reshuffled his cabinet on October 7'; 'from 20 to 18' and 'some 2.4 million young voters'; 'a November 2014 regional summit in Beijing'; 'Article 5 of the security treaty'; '57 prospective founding members'; 'who took office in February 2013'; 'Nearly three years into'; 'from 5% to 8%'; 'contracted again at an annualized 1.2% in the April-June quarter of 2015' (a quarter, not a year); 'to 10%, has been put off until April 2017'; '¥125 against the dollar'; 'the 2% inflation the central bank is aiming for'; 'another will be compiled later this year' (planned, not the latest budget); 'below 30%' (corporate tax goal); 'the December Paris conference'; 'trailing Canada, China, and Mexico'; 'some $67 billion in 2014' (the deficit); Figure 1 (U.S. goods trade, 2010-2014, $ billions; axis ticks 0-160, year labels and a two-series legend, no value labels); 'a stock of some $373 billion' and 'roughly 840,000 U.S. workers' (beside the FDI rank); 'about $1.2 trillion' (holdings, not a rank); 'its 38.5% tariff on beef to 9% over 16 years', 'its 2.5% tariff on Japanese passenger cars over 25 years' and 'its 25% tariff on light trucks over 30' (TPP schedules, not a tariff on most imports); 'The 12 TPP members' and 'about 40% of world GDP'. Interleaved: the PDF's two columns alternate line by line, with curly quotes and hyphenated line ends.",
}
