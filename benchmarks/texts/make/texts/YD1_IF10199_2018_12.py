from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "YD1-IF10199-2018-12", "fresh45", "IF10199", 31
LAYOUTS = ["md", "layout"]
PDF_OPTS = ["quotes", "nbsp"]
CHART = {"unit": "$ billions", "ymax": 160, "ticks": [0, 40, 80, 120, 160],
         "series": ["U.S. goods exports to Japan", "U.S. goods imports from Japan"],
         "bars": {"2013": (65.2, 138.5), "2014": (66.9, 134.0), "2015": (62.4, 131.4), "2016": (63.2, 130.4), "2017": (67.6, 136.5)}}

MD = """
U.S.-Japan Relations

Updated December 27, 2018

## Overview

Few U.S. partnerships in Asia run as deep as the one with Japan, and the two governments have kept it on an even keel through two years of unpredictable policy shifts in Washington. Prime Minister Shinzo Abe, back in office since December 2012 after an abbreviated first term, has staked much of his legacy on the alliance. He flew to New York to see Donald Trump within ten days of the 2016 U.S. election and has since met or spoken with President Trump more often than almost any other foreign leader. Abe's standing in Washington predates this Administration: in April 2015 he became the first Japanese prime minister to address a joint meeting of Congress.

Still, Tokyo has had to adjust to a U.S. leader who questions the value of alliances and trade agreements alike. President Trump pulled the United States out of the Trans-Pacific Partnership (TPP) three days after his inauguration, imposed tariffs on Japanese steel and aluminum in March 2018, and has called Japan's trade surplus with the United States unfair. Japan responded in part by shepherding the 11 remaining TPP signatories to a revised pact, which enters into force for Japan and five others on December 30. In September, Abe agreed to open bilateral trade talks, something his government had long resisted.

Matters likely to draw congressional attention in 2019 include the trade negotiations, the renewal of the alliance's cost-sharing agreement, the contested Marine Corps base project on Okinawa, and how the two allies coordinate their approaches to North Korea and China.

## The Alliance

The alliance has been in place since 1952, when the original security treaty took effect; the treaty in force today dates from a 1960 revision. It trades U.S. access to bases in Japan for a U.S. commitment to defend Japanese territory. Roughly 50,000 U.S. troops are stationed in the country, among them the Seventh Fleet, the only U.S. aircraft carrier homeported abroad, and the III Marine Expeditionary Force. No other country hosts as many; Germany, the next largest host, has some 35,000.

Tokyo offsets part of the cost. Under a five-year Special Measures Agreement (SMA) concluded in December 2015, Japan pays roughly $2 billion per year toward the upkeep of U.S. forces, covering local labor, utilities, and facilities construction. The SMA runs until March 2021, so negotiations on its successor are expected to begin in 2019 or 2020. As a candidate, Mr. Trump said Japan should pay the full cost of the U.S. presence, and some analysts expect the Administration to press for a sharp increase. Separately, Japan has agreed to provide up to $2.8 billion for new facilities on Guam.

Japan's own defense effort is growing, slowly. On December 18, the cabinet adopted new National Defense Program Guidelines and a five-year procurement plan worth ¥27.47 trillion (about $243 billion) for FY2019-FY2023. The plans call for refitting the Izumo-class helicopter carriers to operate F-35B fighters and for buying 105 more F-35s, for a total of 147. Since 1976, cabinets have generally kept defense spending at or below 1% of GDP, and the FY2019 request of about ¥5.26 trillion does not break that pattern. That is half of the 2% of GDP that NATO asks its members to spend.

## Okinawa

The island prefecture of Okinawa is where the alliance's local costs are most keenly felt. It makes up less than 1% of Japan's land area, yet it holds roughly one-quarter of all facilities used by U.S. Forces Japan (USFJ), and well over half of the U.S. military personnel in Japan are based there. Under a 2012 bilateral plan, about 9,000 Marines are to leave the prefecture. Of them, approximately 4,000 are to go to Guam, with the rest moving to Hawaii and other locations; the transfer is not expected to start before the mid-2020s.

The longest-running dispute concerns Marine Corps Air Station Futenma, which the two governments first agreed to close in 1996. Its replacement is to be built on reclaimed land at Henoko, on the island's less populated northeast coast. Opposition in Okinawa remains strong. In the September 30 gubernatorial election, Denny Tamaki, who opposes the Henoko project, defeated an LDP-backed rival by some 80,000 votes to succeed Takeshi Onaga, who had died in office in August. Undeterred, the central government began pouring landfill into the bay on December 14. A prefectural referendum on the project is scheduled for February 24, 2019; its result will not be legally binding.

## Trade and Investment

Japan is the United States' fourth-largest trading partner. In 2017, it ranked fourth both as a destination for U.S. exports and as a source of U.S. imports (Table 1). The U.S. goods deficit with Japan, about $69 billion in 2017, is exceeded only by those with China and Mexico, and was running somewhat higher in the first ten months of 2018.

Table 1. U.S. Goods Trade with Japan ($ billions)

| | 2016 | 2017 |
| --- | --- | --- |
| U.S. exports to Japan | 63.2 | 67.6 |
| U.S. imports from Japan | 130.4 | 136.5 |
| Balance | -67.2 | -68.8 |

Investment flows run the other way. Japanese firms are the second-largest source of foreign direct investment (FDI) in the United States, after those of the United Kingdom, with a stock of about $469 billion at the end of 2017, and they employ close to 860,000 Americans. Toyota and Mazda chose Alabama this year for a $1.6 billion joint assembly plant. Japan is also the second-largest foreign holder of U.S. Treasury securities, behind China, with just over $1 trillion.

**Figure 1. U.S. Goods Trade with Japan, 2013-2017**

Source: CRS, with U.S. Census Bureau data.

## Toward Bilateral Trade Talks

The Trump Administration has made no secret of its preference for a bilateral deal. On September 26, 2018, the two leaders issued a joint statement launching negotiations on a "United States-Japan Trade Agreement" covering goods and, later, other issues. USTR formally notified Congress on October 16 under Trade Promotion Authority (TPA), which requires at least 90 days' notice before talks can open, and it published its negotiating objectives on December 21. The first round could therefore begin in late January. Japan hopes to limit the talks to tariffs, calling the agreement a "TAG," while USTR seeks a wider pact that would also cover services, investment, and currency practices.

The statement was also read in Tokyo as a reprieve on autos. The Commerce Department has been investigating whether imported vehicles and parts threaten U.S. national security under Section 232 of the Trade Expansion Act of 1962, the statute used for the steel and aluminum duties of 25% and 10%, respectively. President Trump has raised the possibility of tariffs of up to 25% on cars, which accounted for roughly a third of U.S. goods imports from Japan in 2017. The two sides agreed that, while talks continue, neither would act against the spirit of the statement, language Japanese officials interpret as a U.S. pledge to hold off.

## Domestic Politics

Abe's Liberal Democratic Party (LDP) governs in coalition with Komeito, a smaller party backed by a lay Buddhist organization. The partners won 313 of 465 seats in the October 2017 snap election and thus hold about two-thirds of the Lower House, the more powerful chamber. That house's term expires in October 2021, the latest date by which its next election must be held.

The coalition commands roughly 60% of the Upper House's 242 seats as well. Half of them are up for election in July 2019, making it the next national vote. Abe hopes to use his majorities to revise the constitution's war-renouncing Article 9, which has never been amended since it took effect in 1947; an amendment needs the support of two-thirds of each chamber and then a majority in a national referendum.

In September, Abe won a third straight three-year term as LDP president, defeating former Defense Minister Shigeru Ishiba by 553 votes to 254. If he stays in office through November 2019, he will become the longest-serving prime minister in Japan's history. Party rules bar him from a fourth term when this one ends in September 2021.

## Economy

Japan's recovery has lasted six years but remains modest. Real GDP grew by 1.7% in 2017, up from 1.0% in 2016. Output then shrank at an annualized rate of 2.5% in the July-September 2018 quarter, after a typhoon closed Kansai International Airport and an earthquake blacked out Hokkaido; the IMF still projects growth of about 1.1% for 2018 and 0.9% for 2019. The Diet enacted a ¥935.6 billion (roughly $8.3 billion) supplementary budget on November 7 to pay for disaster recovery and air conditioning in schools, and the cabinet approved a second, of about ¥3 trillion, on December 21 for submission in January.

The consumption tax is scheduled to rise from 8% to 10% in October 2019. The Bank of Japan continues to hold its short-term policy rate at -0.1% and remains well short of its 2% inflation target. Under the Paris Agreement, Japan has pledged to reduce its greenhouse gas emissions 26% below FY2013 levels by FY2030; its long-term goal is an 80% reduction by 2050.

## Regional Relations

North Korea's missile launches over Japan in 2017 made Tokyo a strong backer of "maximum pressure." Abe supported the June 12 Singapore summit between President Trump and Kim Jong-un, but he has urged Washington not to ease sanctions before North Korea gives up its weapons, and he continues to press Pyongyang over the abductions of Japanese citizens in the 1970s and 1980s. Tokyo officially recognizes 17 abductees.

Relations with China have thawed. In October, Abe made the first official visit to Beijing by a Japanese leader in seven years, and he and President Xi Jinping signed more than 50 cooperation agreements. Ties with South Korea have worsened since an October 30 ruling by South Korea's Supreme Court ordered a Japanese steelmaker to compensate four Koreans forced to work in its mills during World War II; Tokyo holds that such claims were settled by a 1965 agreement. With Russia, Abe and President Vladimir Putin agreed in November to speed peace treaty talks on the basis of a 1956 declaration.

Japan also champions a "Free and Open Indo-Pacific" and has joined Australia, India, and the United States in reviving the "Quad." The four countries' senior officials met in Singapore in November for the third time since the group's revival in 2017; their leaders have not met as a group.

**Emma Chanlett-Avery**, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Brock R. Williams**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Shinzo Abe"),
        "leaders.us_president": P("Trump", "Donald", "President Trump", note="full name only as 'Donald Trump' before the election ('to see Donald Trump within ten days of the 2016 U.S. election')"),
        "alliance.treaty_ally_since": F(1952, as_written="The alliance has been in place since 1952, when the original security treaty took effect", note="as the record's 2018-10-23 version ('alliance formed in 1952'); the 1960 revision is a trap"),
        "alliance.us_troops_in_japan": F(50000, "about", as_written="Roughly 50,000 U.S. troops are stationed in the country"),
        "alliance.host_nation_support_per_year": F(2000000000, "about", per="year", as_written="Japan pays roughly $2 billion per year toward the upkeep of U.S. forces"),
        "alliance.host_nation_support_agreement": D("2015-12", as_written="Under a five-year Special Measures Agreement (SMA) concluded in December 2015", note="runs until March 2021 (trap)"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="It makes up less than 1% of Japan's land area", note="subject 'It' carried from the sentence before"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="it holds roughly one-quarter of all facilities used by U.S. Forces Japan (USFJ)", note="a fraction in words: 25"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="well over half of the U.S. military personnel in Japan are based there"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Of them, approximately 4,000 are to go to Guam", note="of the 9,000 leaving Okinawa (trap)"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="Since 1976, cabinets have generally kept defense spending at or below 1% of GDP"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="Abe's Liberal Democratic Party (LDP) governs in coalition with Komeito"),
        "politics.lower_house_coalition_share": F(67, "about", as_written="thus hold about two-thirds of the Lower House", note="a fraction in words: two-thirds = 67 (313 of 465 seats)"),
        "politics.upper_house_coalition_share": F(60, "about", as_written="The coalition commands roughly 60% of the Upper House's 242 seats as well"),
        "politics.next_diet_election_due": F(2019, as_written="Half of them are up for election in July 2019, making it the next national vote"),
        "politics.lower_house_election_due": D("2021-10", as_written="That house's term expires in October 2021, the latest date by which its next election must be held", note="nearly three years away: not an upcoming election (extract-dev's convention)"),
        "trade.overall_partner_rank": F(4, as_written="Japan is the United States' fourth-largest trading partner", note="no year stated in the sentence"),
        "trade.export_partner_rank": F(4, period="2017", as_written="In 2017, it ranked fourth both as a destination for U.S. exports"),
        "trade.import_partner_rank": F(4, period="2017", as_written="and as a source of U.S. imports"),
        "trade.us_exports_to_japan": F(67600000000, period="2017", as_written="Table 1: U.S. exports to Japan | 63.2 | 67.6", note="only in Table 1 ($ billions), 2017 column; goods"),
        "trade.us_imports_from_japan": F(136500000000, period="2017", as_written="Table 1: U.S. imports from Japan | 130.4 | 136.5", note="only in Table 1 ($ billions), 2017 column; goods"),
        "trade.fdi_source_rank": F(2, as_written="Japanese firms are the second-largest source of foreign direct investment (FDI) in the United States, after those of the United Kingdom"),
        "trade.treasury_holder_rank": F(2, as_written="Japan is also the second-largest foreign holder of U.S. Treasury securities, behind China"),
        "economy.gdp_growth": GDP(y2017=1.7, y2016=1.0),
        "economy.supplementary_budget": F(8300000000, "about", period="2018-11", as_written="The Diet enacted a ¥935.6 billion (roughly $8.3 billion) supplementary budget on November 7", note="the second (about ¥3 trillion), approved by the cabinet only, is a trap"),
        "economy.emissions_cut_target": F(26, by="2030", baseline="2013", as_written="Japan has pledged to reduce its greenhouse gas emissions 26% below FY2013 levels by FY2030"),
    },
    "elections": {
        "okinawa_governor_2018": E("Okinawa governor", "2018-09-30", "held", result="Denny Tamaki, opposed to the Henoko project, defeated an LDP-backed rival"),
        "lower_house_2017": E("Lower House", "2017-10", "held", result="LDP and Komeito won 313 of 465 seats"),
        "upper_house_2019": E("Upper House", "2019-07", "upcoming", note="half of the 242 seats"),
        "ldp_president_2018": E("LDP president", "2018-09", "held", result="Abe won a third term, 553 votes to 254 over Shigeru Ishiba"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress, the first Japanese prime minister to do so", "2015-04", "held"),
    },
    "notes": "Traps: 'back in office since December 2012 after an abbreviated first term'; 'within ten days of the 2016 U.S. election'; 'three days after his inauguration'; 'imposed tariffs on Japanese steel and aluminum in March 2018' (not a tariff on most imports); 'the 11 remaining TPP signatories' and 'enters into force for Japan and five others on December 30'; 'the treaty in force today dates from a 1960 revision' (not the alliance year); 'Germany, the next largest host, has some 35,000' (another country); 'The SMA runs until March 2021' and 'expected to begin in 2019 or 2020' (not the agreement date); 'Japan should pay the full cost'; 'up to $2.8 billion for new facilities on Guam' (not host-nation support); 'On December 18' and 'worth ¥27.47 trillion (about $243 billion) for FY2019-FY2023'; '105 more F-35s, for a total of 147'; 'the FY2019 request of about ¥5.26 trillion'; 'half of the 2% of GDP that NATO asks its members to spend' (NATO's benchmark, not a Japanese goal); 'about 9,000 Marines are to leave the prefecture' and 'Under a 2012 bilateral plan' (not the Guam number); 'not expected to start before the mid-2020s'; 'first agreed to close in 1996'; 'by some 80,000 votes'; 'began pouring landfill into the bay on December 14'; 'A prefectural referendum on the project is scheduled for February 24, 2019' (a referendum, not an election); 'The U.S. goods deficit with Japan, about $69 billion in 2017' and 'exceeded only by those with China and Mexico' (not a partner rank); 'the first ten months of 2018'; Table 1's 2016 column (63.2, 130.4) and Balance row; 'with a stock of about $469 billion at the end of 2017'; 'close to 860,000 Americans'; 'a $1.6 billion joint assembly plant' (a company investment, not a pledge); 'with just over $1 trillion' (holdings, not a rank); Figure 1 (years 2013-2017, ticks 0-160, legend; no values); 'On September 26, 2018, the two leaders issued a joint statement' (not a tracked event); 'October 16', 'at least 90 days' notice', 'December 21', 'could therefore begin in late January' (first round planned, not held); 'Section 232 of the Trade Expansion Act of 1962' (year of a law); 'duties of 25% and 10%, respectively' (steel and aluminum); 'tariffs of up to 25% on cars' (threatened); 'roughly a third of U.S. goods imports'; 'won 313 of 465 seats'; '242 seats' and 'Half of them'; 'since it took effect in 1947'; 'two-thirds of each chamber' (an amendment threshold, not a share); 'by 553 votes to 254'; 'through November 2019' (longest-serving record); 'when this one ends in September 2021' (LDP term end, not an election); 'Output then shrank at an annualized rate of 2.5% in the July-September 2018 quarter' (a quarter); 'the IMF still projects growth of about 1.1% for 2018 and 0.9% for 2019' (projections, not growth figures); 'a second, of about ¥3 trillion, on December 21' (approved by the cabinet, not enacted); 'from 8% to 10% in October 2019' (consumption tax); '-0.1%' and 'its 2% inflation target'; 'an 80% reduction by 2050'; 'missile launches over Japan in 2017'; 'June 12 Singapore summit'; '17 abductees'; 'in seven years' and 'more than 50 cooperation agreements'; 'October 30 ruling' and 'four Koreans' and 'a 1965 agreement'; 'a 1956 declaration'; 'met in Singapore in November for the third time since the group's revival in 2017; their leaders have not met as a group' (officials' meetings, not leader-level Quad meetings: no quad count stated). Layout: pdftotext -layout of the two-column PDF (curly quotes, non-breaking spaces), Table 1 and Figure 1 among the columns.",
}
