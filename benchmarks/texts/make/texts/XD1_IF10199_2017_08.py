from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "XD1-IF10199-2017-08", "fresh47", "IF10199", 17
LAYOUTS = ["pdf", "html"]
PDF_OPTS = ["lig", "quotes"]
SIDEBAR = "Okinawa Base Politics"
CHART = {"unit": "$ billions", "ymax": 160, "ticks": [0, 40, 80, 120, 160],
         "series": ["U.S. exports to Japan", "U.S. imports from Japan"],
         "bars": {"2012": (70.0, 146.4), "2013": (65.2, 138.5), "2014": (66.9, 134.0), "2015": (62.4, 131.4), "2016": (63.3, 132.2)}}

MD = """
U.S.-Japan Relations

Updated August 24, 2017

## Overview

Prime Minister Abe Shinzo has made his rapport with President Donald Trump the centerpiece of Japan's diplomacy. Abe was the first foreign leader to call on the President-elect, visiting Trump Tower barely a week after the November 2016 vote, and the two men spent a weekend of meetings and golf at Mar-a-Lago in February. Trump's withdrawal from the Trans-Pacific Partnership (TPP) and his complaints about Japan's trade surplus have unsettled Tokyo, yet on security the two governments appear closer than at any time in recent memory. North Korea's weapons programs are the main reason: Pyongyang tested intercontinental ballistic missiles (ICBMs) on July 4 and again on July 28, and the second missile came down inside Japan's exclusive economic zone. On August 17, the allies' foreign and defense ministers met in Washington for a "2+2" session and pledged to "further strengthen" deterrence.

Abe, who returned to power in December 2012 after a first term in 2006-2007, has also cultivated Congress. In April 2015 he became the first Japanese prime minister to address a joint meeting of Congress, a speech that stressed reconciliation and the two countries' shared values. At home, however, he begins the autumn in a weaker position than at any point since his return, after a summer of scandals and a sharp fall in his approval ratings (see "Japanese Politics").

## The Alliance

The alliance dates to 1952, when the security treaty signed alongside the San Francisco peace treaty entered into force and the U.S. occupation ended; the treaty in its present form was revised in 1960. Under it, the United States is committed to defend Japan, and Japan grants U.S. forces the use of bases on its territory. Roughly 54,000 U.S. military personnel are based in Japan, more than in any other country in Asia; South Korea, by comparison, hosts about 28,500. They include the Navy's only forward-deployed aircraft carrier strike group, at Yokosuka, and the III Marine Expeditionary Force on Okinawa.

Japan helps pay for their presence. Its contribution to stationing costs is set by a five-year Special Measures Agreement (SMA) that was signed in January 2016 and covers the period through March 2021; the SMA's core outlays average about ¥189 billion a year. Counting base workers' salaries, utilities, construction, and the separately budgeted costs of realignment, Tokyo provides close to $2 billion per year. As a candidate, Trump suggested that Japan should bear 100% of the costs or defend itself, but Secretary of Defense Mattis called Japan's cost-sharing "a model" during a February visit to Tokyo, and the issue has since receded.

The 2015 revision of the bilateral Defense Guidelines, together with security legislation that took effect in March 2016, allows Japan's Self-Defense Forces (SDF) to come to the aid of U.S. forces under attack in some circumstances, a form of "collective self-defense" that earlier governments had ruled out. The two militaries have since expanded joint exercises and ballistic missile defense cooperation.

## Okinawa Base Politics

Okinawa accounts for less than 1% of Japan's total land area, yet it hosts roughly a quarter of all facilities used by U.S. forces in Japan and more than half of the U.S. military personnel stationed in the country. Measured by the acreage reserved for exclusive U.S. use, the concentration is heavier still, around 70%.

The plan to close Marine Corps Air Station Futenma and build a replacement runway at Henoko, first agreed in 1996, remains divisive. Governor Onaga Takeshi won election in November 2014 promising to stop it. Japan's Supreme Court ruled against him in December 2016, landfill work began in April 2017, and in July the prefecture sued again to halt construction. Under a 2012 revision of the realignment plan, some 9,000 Marines are to move off the island; about 4,000 of them are to relocate to Guam, with the first transfers not expected before the early 2020s.

## Japan's Defense Posture

By long custom, Japan has kept defense spending to roughly 1% of its gross domestic product, a ceiling that began with a 1976 cabinet decision. The FY2017 defense budget of ¥5.1 trillion (about $46 billion) was the fifth increase in a row under Abe, though the rises have been modest. Some U.S. observers contrast Japan's level with NATO's guideline that members spend 2% of GDP on defense. Tokyo is acquiring F-35A fighters and additional Aegis-equipped destroyers, and it is studying whether to add a land-based missile defense system.

Abe has long sought to revise the postwar constitution's war-renouncing Article 9. In May he proposed adding an explicit reference to the SDF, with the aim of having an amended text in force by 2020. A revision would require two-thirds majorities in both chambers of the Diet and a national referendum, and the proposal's fate is uncertain after the summer's political setbacks.

## Trade and Economic Relations

In 2016, Japan was the fourth-largest U.S. trading partner overall, behind China, Canada, and Mexico. It ranked fourth as a destination for U.S. goods, which took in $63.3 billion of U.S. exports (up from $62.4 billion in 2015), and fourth as a supplier of imports, which reached $132.2 billion that year (Figure 1). The resulting $68.9 billion deficit in goods trade was the second-largest the United States ran with any country, after China, a figure that the President has frequently cited.

**Figure 1. U.S. Goods Trade with Japan, 2012-2016**

Source: U.S. Census Bureau, goods on a census basis. Billions of current dollars.

Investment flows matter as much as trade. At the end of 2016, Japan was the second-largest source of foreign direct investment (FDI) in the United States, trailing only the United Kingdom; Japanese-owned affiliates employ some 860,000 Americans. Japan is the No. 2 foreign holder of U.S. Treasury securities as well. It briefly overtook China for the top spot in late 2016, but China had moved back ahead by June 2017.

Three days after his inauguration, on January 23, 2017, President Trump withdrew the United States from the 12-nation TPP, which Japan's Diet had approved the previous month. Tokyo now leads an effort among the 11 remaining signatories to bring a revised pact into force without the United States, and in July it reached agreement in principle on an economic partnership agreement with the European Union. In April, Vice President Mike Pence and Deputy Prime Minister Aso Taro launched a bilateral Economic Dialogue; U.S. officials have expressed interest in a bilateral free trade agreement, an idea Tokyo has resisted. Friction over beef resurfaced on August 1, when a safeguard provision raised Japan's tariff on frozen beef from the United States and other non-partner suppliers from 38.5% to 50% until next March. Under the TPP, Japan's beef tariff would have fallen to 9% over 16 years.

## Japan's Economy

Japan's economy has expanded modestly under "Abenomics," the mix of monetary easing, fiscal stimulus, and structural reform that Abe launched in 2013. Real GDP grew 1.0% in 2016, after 1.1% growth in 2015. The pace quickened this spring: output in the April-June quarter rose at an annualized rate of 4.0%, the sixth consecutive quarter of expansion. Consumer prices, however, remain well short of the Bank of Japan's 2% inflation target, and the central bank continues to buy government bonds at a pace of about ¥80 trillion a year.

Fiscal policy has leaned toward stimulus. In October 2016 the Diet enacted a ¥4.1 trillion (roughly $40 billion) supplementary budget, which financed much of a ¥28 trillion economic package that Abe had announced that August. The government has twice delayed raising the consumption tax from 8% to 10%, most recently pushing the increase to October 2019. Gross public debt exceeds 230% of GDP, the highest ratio among advanced economies.

Under the Paris climate agreement, Japan has pledged to cut its greenhouse gas emissions 26% from 2013 levels by 2030. The United States, whose own pledge had been a 26%-28% reduction below 2005 levels by 2025, announced on June 1 that it would withdraw from the agreement; Abe expressed regret over the decision.

## Japanese Politics

Abe governs in coalition with Komeito, the junior partner of his Liberal Democratic Party (LDP). The coalition has held more than two-thirds of the seats in the powerful Lower House since the December 2014 election. In the Upper House, elections in July 2016 left the two parties with some 60% of the chamber's seats.

The summer brought setbacks. Questions about the prime minister's links to two school operators, one run by a longtime friend, drove his cabinet's support below 30% in several July polls. In the July 2 Tokyo Metropolitan Assembly election, a new regional party led by Tokyo Governor Koike Yuriko routed the LDP, which kept only 23 of 127 seats. Abe reshuffled his cabinet on August 3, and his numbers have since recovered somewhat.

In March 2017, the LDP changed its rules so that a party president may serve three consecutive three-year terms, opening the way for Abe to seek another term in the party's leadership election in September 2018. No national election is required until December 2018, when the Lower House's four-year term expires; the next Upper House election is due in July 2019. Some LDP figures have nonetheless floated the idea of dissolving the Lower House this autumn.

**Emma Chanlett-Avery**, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Brock R. Williams**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Abe Shinzo", note="family name first"),
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "alliance.treaty_ally_since": F(1952, as_written="The alliance dates to 1952, when the security treaty signed alongside the San Francisco peace treaty entered into force", note="the treaty's entry into force, as the record's 'alliance formed in 1952'; 'revised in 1960' is a trap"),
        "alliance.us_troops_in_japan": F(54000, "about", as_written="Roughly 54,000 U.S. military personnel are based in Japan"),
        "alliance.host_nation_support_per_year": F(2000000000, "nearly", per="year", as_written="Tokyo provides close to $2 billion per year", note="'close to' is nearly; the yen figure is the SMA's core outlays only"),
        "alliance.host_nation_support_agreement": D("2016-01", as_written="a five-year Special Measures Agreement (SMA) that was signed in January 2016", note="five years, through March 2021"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="it hosts roughly a quarter of all facilities used by U.S. forces in Japan", note="sidebar; a quarter is 25; the exclusive-use acreage share (70%) is a different basis and a trap"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="and more than half of the U.S. military personnel stationed in the country", note="sidebar"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="Okinawa accounts for less than 1% of Japan's total land area", note="sidebar"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="about 4,000 of them are to relocate to Guam", note="sidebar; 'some 9,000' is the total leaving Okinawa"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="Japan has kept defense spending to roughly 1% of its gross domestic product"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="Abe governs in coalition with Komeito, the junior partner of his Liberal Democratic Party (LDP)"),
        "politics.lower_house_coalition_share": F(67, "over", as_written="The coalition has held more than two-thirds of the seats in the powerful Lower House", note="two-thirds rounded to 67, 'more than' is over"),
        "politics.upper_house_coalition_share": F(60, "about", as_written="left the two parties with some 60% of the chamber's seats"),
        "politics.next_diet_election_due": F(2018, as_written="No national election is required until December 2018, when the Lower House's four-year term expires", note="the earliest national election the text states; the Upper House vote is due in July 2019"),
        "politics.lower_house_election_due": D("2018-12", as_written="No national election is required until December 2018, when the Lower House's four-year term expires", note="16 months away: a deadline only, not listed as an upcoming lower_house_2018 election; a dissolution 'this autumn' is speculation"),
        "trade.overall_partner_rank": F(4, period="2016", as_written="In 2016, Japan was the fourth-largest U.S. trading partner overall"),
        "trade.export_partner_rank": F(4, period="2016", as_written="It ranked fourth as a destination for U.S. goods"),
        "trade.us_exports_to_japan": F(63300000000, period="2016", as_written="which took in $63.3 billion of U.S. exports (up from $62.4 billion in 2015)"),
        "trade.import_partner_rank": F(4, period="2016", as_written="and fourth as a supplier of imports"),
        "trade.us_imports_from_japan": F(132200000000, period="2016", as_written="which reached $132.2 billion that year"),
        "trade.fdi_source_rank": F(2, period="2016", as_written="At the end of 2016, Japan was the second-largest source of foreign direct investment (FDI) in the United States, trailing only the United Kingdom"),
        "trade.treasury_holder_rank": F(2, as_written="Japan is the No. 2 foreign holder of U.S. Treasury securities as well", note="'briefly overtook China for the top spot in late 2016' is past"),
        "economy.gdp_growth": GDP(y2016=1.0, y2015=1.1),
        "economy.supplementary_budget": F(40000000000, "about", period="2016-10", as_written="In October 2016 the Diet enacted a ¥4.1 trillion (roughly $40 billion) supplementary budget"),
        "economy.emissions_cut_target": F(26, by="2030", baseline="2013", as_written="Japan has pledged to cut its greenhouse gas emissions 26% from 2013 levels by 2030"),
    },
    "elections": {
        "lower_house_2014": E("Lower House", "2014-12", "held", result="coalition more than two-thirds of the seats"),
        "upper_house_2016": E("Upper House", "2016-07", "held", result="coalition some 60% of the seats"),
        "okinawa_governor_2014": E("Okinawa governor", "2014-11", "held", result="Onaga Takeshi elected, opposing the Henoko relocation", note="sidebar"),
        "ldp_president_2018": E("LDP president", "2018-09", "upcoming", note="Abe may seek a third term after the March 2017 rule change"),
        "upper_house_2019": E("Upper House", "2019-07", "upcoming"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress, the first Japanese prime minister to do so", "2015-04", "held"),
    },
    "notes": "Traps: 'barely a week after the November 2016 vote' (U.S. election, not listed) and 'at Mar-a-Lago in February'; 'tested intercontinental ballistic missiles (ICBMs) on July 4 and again on July 28'; 'On August 17, the allies' foreign and defense ministers met'; 'returned to power in December 2012 after a first term in 2006-2007'; 'the treaty in its present form was revised in 1960' (not the alliance's start); 'South Korea, by comparison, hosts about 28,500' (another country); 'covers the period through March 2021' (expiry, not the agreement's date); 'the SMA's core outlays average about ¥189 billion a year' (yen, core portion only); 'Trump suggested that Japan should bear 100% of the costs' (a candidate's demand); 'The 2015 revision of the bilateral Defense Guidelines' and 'security legislation that took effect in March 2016'; sidebar 'around 70%' (exclusive-use acreage, not all facilities); 'first agreed in 1996', 'in December 2016', 'landfill work began in April 2017'; 'some 9,000 Marines are to move off the island' (total leaving, not Guam) and 'Under a 2012 revision'; 'a ceiling that began with a 1976 cabinet decision'; 'The FY2017 defense budget of ¥5.1 trillion (about $46 billion) was the fifth increase in a row'; 'NATO's guideline that members spend 2% of GDP on defense' (another alliance's benchmark, no Japanese goal); 'in force by 2020' and 'two-thirds majorities in both chambers' (constitutional procedure, not a seat share); 'up from $62.4 billion in 2015' (prior-year exports); 'The resulting $68.9 billion deficit in goods trade was the second-largest' (a deficit rank, not a partner rank); Figure 1 (goods trade 2012-2016, $ billions; axis ticks 0-160, no value labels; in the html sidebar as an image); 'some 860,000 Americans'; 'It briefly overtook China for the top spot in late 2016' (past Treasury rank); 'on January 23, 2017' and 'the 12-nation TPP' and 'the 11 remaining signatories'; 'raised Japan's tariff on frozen beef ... from 38.5% to 50% until next March' (Japan's tariff) and 'would have fallen to 9% over 16 years'; 'launched in 2013'; 'rose at an annualized rate of 4.0%' (a quarter, not a year) and 'the sixth consecutive quarter'; 'the Bank of Japan's 2% inflation target'; 'about ¥80 trillion a year'; 'a ¥28 trillion economic package'; 'from 8% to 10% ... to October 2019'; 'exceeds 230% of GDP'; 'a 26%-28% reduction below 2005 levels by 2025' (the U.S. pledge) and 'announced on June 1'; 'below 30% in several July polls'; 'In the July 2 Tokyo Metropolitan Assembly election' and 'only 23 of 127 seats' (local election, not listed); 'reshuffled his cabinet on August 3'; 'In March 2017, the LDP changed its rules' and 'three consecutive three-year terms'; 'dissolving the Lower House this autumn' (speculation, not an election). PDF: ligatures and curly quotes; html: sidebar aside with the figure.",
}
