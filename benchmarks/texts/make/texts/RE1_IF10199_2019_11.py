from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "RE1-IF10199-2019-11", "fresh48", "IF10199", 33
LAYOUTS = ["interleaved", "pdf"]
PDF_OPTS = ["lig", "quotes"]
CHART = {"unit": "$ billions", "ymax": 150, "ticks": [0, 25, 50, 75, 100, 125, 150],
         "series": ["U.S. goods exports to Japan", "U.S. goods imports from Japan"],
         "bars": {"2014": (66.8, 134.0), "2015": (62.4, 131.4), "2016": (63.2, 130.4), "2017": (67.6, 136.5), "2018": (75.0, 142.6)}}

MD = """
U.S.-Japan Relations

Updated November 21, 2019

## Overview

Japan has been a treaty ally of the United States since 1951 and is, in the view of most U.S. officials, the anchor of the U.S. security presence in East Asia. Prime Minister Shinzo Abe has made the alliance the centerpiece of his foreign policy, and he has cultivated President Donald Trump with unusual persistence: the two leaders have met more than a dozen times since late 2016, including Trump's state visit to Tokyo in May 2019, when he became the first foreign leader received by Emperor Naruhito. On November 20, 2019, Abe became Japan's longest-serving prime minister, passing the 2,886 days in office of Katsura Taro, who led three governments between 1901 and 1913.

The partnership faces strains. The Administration has pressed Tokyo to pay more toward the U.S. military presence, has kept open the threat of tariffs on Japanese cars, and has withdrawn from the Trans-Pacific Partnership (TPP) that Abe had championed. A "stage one" trade deal signed in October eased some of that friction. Congressional interest has focused on the cost-sharing talks due next year, on trade, and on the deepening dispute between Japan and South Korea. Abe, who in April 2015 became the first Japanese leader to address a joint meeting of Congress, retains broad support on Capitol Hill.

## The Alliance

Under the 1960 Treaty of Mutual Cooperation and Security, which replaced the original 1951 pact, the United States is committed to defend Japan, and Japan grants U.S. forces the use of bases on its territory. About 54,000 U.S. military personnel are stationed in Japan, more than in any other foreign country; they are accompanied by some 42,000 dependents. The U.S. Navy's only forward-deployed aircraft carrier is homeported at Yokosuka.

Tokyo offsets a large part of the cost. It pays roughly $2 billion each year toward the stationing of U.S. forces under the current Special Measures Agreement (SMA), signed in January 2016 and worth about ¥946.5 billion over five years. That agreement runs through March 2021, and negotiations on a successor are expected to open in 2020. Press reports in November 2019 said U.S. officials had floated a figure of $8 billion a year, four times the present level; neither government has confirmed it.

Japan's defense spending has risen for seven straight years, reaching a record ¥5.26 trillion in FY2019. It nonetheless stays inside an informal limit of roughly 1% of GDP that Japanese governments have largely observed since 1976. Some U.S. officials point to NATO members' 2% benchmark as a yardstick; Tokyo has adopted no such target. The five-year Mid-Term Defense Program approved in December 2018 foresees ¥27.47 trillion in outlays and the purchase of 105 more F-35 fighters, for a planned fleet of 147.

## Okinawa

The island prefecture of Okinawa accounts for less than 1% of Japan's land area. It nevertheless hosts about a quarter of all facilities used by U.S. Forces Japan (USFJ) and over half of USFJ personnel. Measured by the area of bases reserved for exclusive U.S. use, its share rises to about 70%.

The long-delayed relocation of Marine Corps Air Station Futenma to a landfill site at Henoko remains contested. In a nonbinding prefectural referendum in February 2019, about 72% of those voting opposed the landfill. Governor Denny Tamaki, who won the governorship in September 2018 after the death of his predecessor Takeshi Onaga, has fought the project in court. Under a 2012 bilateral agreement, about 9,000 Marines are to leave Okinawa; some 4,000 of them are to move to Guam, with transfers expected to begin in the mid-2020s.

## Regional Security

North Korea has tested more than 20 short-range ballistic missiles since May 2019, several of which fell into the Sea of Japan. Tokyo has backed the Administration's diplomacy with Kim Jong-un while insisting that any settlement address Pyongyang's abductions of Japanese citizens.

Relations between Japan and South Korea are at their lowest point in decades. In July 2019 Tokyo tightened controls on exports to South Korea of three chemicals used in semiconductor manufacturing; Seoul responded in August by announcing that it would end the bilateral General Security of Military Information Agreement (GSOMIA). Unless President Moon Jae-in's government reverses course, the pact lapses on November 23. U.S. officials have urged both sides to preserve it.

Japan has also sought steadier ties with China. President Xi Jinping is expected to make a state visit to Japan in the spring of 2020, the first by a Chinese leader since 2008. At the same time, Japan is a promoter of the "Free and Open Indo-Pacific" concept, and its foreign minister joined his U.S., Australian, and Indian counterparts in New York in September 2019 for the first ministerial-level meeting of the so-called Quad.

## Japanese Politics

Abe's Liberal Democratic Party (LDP) governs in coalition with Komeito, a smaller party backed by a lay Buddhist organization. The two parties won 313 of the 465 seats in the House of Representatives, the more powerful lower chamber, in the October 2017 election, or roughly 67%.

The coalition kept its majority in the upper chamber, the House of Councillors, in the election of July 21, 2019, in which 124 of the 245 seats were contested. It now holds about 58% of the chamber, down from about 61% before the vote. The broader group of lawmakers who favor revising the constitution fell short of the two-thirds needed to put an amendment before voters, a setback for Abe's goal of recognizing the Self-Defense Forces in the document's war-renouncing Article 9.

Abe won a third consecutive three-year term as LDP president in September 2018, defeating former Defense Minister Shigeru Ishiba. Party rules bar a fourth term, and his current one ends in September 2021. No national election is required until October 2021, when the four-year term of the current Lower House expires, though Abe could dissolve the chamber sooner.

## Trade and Investment

Japan is the fourth-largest U.S. trading partner overall. In 2018, U.S. exports of goods and services to Japan totaled $121.1 billion, while imports from Japan reached $178.5 billion, leaving a deficit of $57.4 billion. Japan was the fourth-biggest market for U.S. exports, behind Canada, Mexico, and China, and the No. 4 source of U.S. imports, after China, Mexico, and Canada.

**Figure 1. U.S. Goods Trade with Japan, 2014-2018**

Source: U.S. Census Bureau. Goods only; services are not shown.

Investment flows run strongly toward the United States. The stock of Japanese direct investment here, $484 billion at the end of 2018, is second only to the United Kingdom's. In June 2019, Japan overtook China as the largest foreign holder of U.S. Treasury securities, with about $1.12 trillion; China now ranks second.

Bilateral trade talks began in April 2019, after the Administration notified Congress in October 2018 of its intent to negotiate. On September 25, 2019, Trump and Abe announced in New York that they had finalized a limited agreement, and their representatives signed the U.S.-Japan Trade Agreement and a companion digital trade agreement in Washington on October 7. Japan is to cut or eliminate tariffs on about $7.2 billion of U.S. farm products, roughly matching the access it granted TPP members, while the United States is to reduce tariffs on some $40 billion of Japanese industrial goods. Both governments aim for the agreements to take effect on January 1, 2020, pending approval by Japan's Diet. Because the tariff cuts fall within the President's proclamation authority, the Administration has not submitted the deal to Congress for a vote.

The agreement did not settle the auto question. In a May 17, 2019, proclamation, the President declared that imports of autos and parts threaten to impair U.S. national security and directed negotiations with Japan and the European Union. The Commerce Department had weighed tariffs of up to 25%. The 180-day period for those negotiations ended in mid-November without new tariffs. Section 232 tariffs of 25% on steel and 10% on aluminum, in place since March 2018, still apply to Japanese products. Meanwhile, the 11-country Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP) took effect in December 2018 and a Japan-EU economic partnership agreement followed on February 1, 2019, giving competitors of U.S. exporters lower tariffs in Japan.

## Economy

Japan's real GDP grew 0.8% in 2018, after expanding 1.9% in 2017. Growth slowed to an annualized 0.2% in the July-September quarter of 2019. On October 1, the consumption tax rose from 8% to 10%; the government offset part of the increase with rebates on cashless purchases and free preschool. In February 2019, the Diet enacted a ¥2.7 trillion (about $24 billion) supplementary budget, aimed partly at disaster recovery; on November 8 Abe ordered his cabinet to prepare a new economic package, expected in December. The Bank of Japan holds its policy rate at -0.1% and has yet to reach its 2% inflation target.

On climate, Japan's pledge under the Paris Agreement is to cut greenhouse gas emissions 26% from FY2013 levels by FY2030. Tokyo will host the Summer Olympic and Paralympic Games beginning July 24, 2020.

**Emma Chanlett-Avery**, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Brock R. Williams**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Shinzo Abe", note="given name first"),
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "alliance.treaty_ally_since": F(1951, as_written="Japan has been a treaty ally of the United States since 1951"),
        "alliance.us_troops_in_japan": F(54000, "about", as_written="About 54,000 U.S. military personnel are stationed in Japan"),
        "alliance.host_nation_support_per_year": F(2000000000, "about", per="year", as_written="It pays roughly $2 billion each year toward the stationing of U.S. forces", note="subject 'It' = Tokyo, carried from the sentence before"),
        "alliance.host_nation_support_agreement": D("2016-01", as_written="the current Special Measures Agreement (SMA), signed in January 2016", note="five-year agreement; runs through March 2021"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="It nevertheless hosts about a quarter of all facilities used by U.S. Forces Japan (USFJ)", note="'a quarter' in words = 25; subject carried"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="and over half of USFJ personnel"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="accounts for less than 1% of Japan's land area"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="some 4,000 of them are to move to Guam"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="an informal limit of roughly 1% of GDP that Japanese governments have largely observed since 1976"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="Abe's Liberal Democratic Party (LDP) governs in coalition with Komeito"),
        "politics.lower_house_coalition_share": F(67, "about", as_written="won 313 of the 465 seats in the House of Representatives, the more powerful lower chamber, in the October 2017 election, or roughly 67%"),
        "politics.upper_house_coalition_share": F(58, "about", previous=61, as_written="It now holds about 58% of the chamber, down from about 61% before the vote"),
        "politics.next_diet_election_due": F(2021, as_written="No national election is required until October 2021"),
        "politics.lower_house_election_due": D("2021-10", as_written="No national election is required until October 2021, when the four-year term of the current Lower House expires", note="deadline two years away: not also an upcoming election"),
        "trade.overall_partner_rank": F(4, as_written="Japan is the fourth-largest U.S. trading partner overall"),
        "trade.us_exports_to_japan": F(121100000000, period="2018", as_written="In 2018, U.S. exports of goods and services to Japan totaled $121.1 billion"),
        "trade.us_imports_from_japan": F(178500000000, period="2018", as_written="while imports from Japan reached $178.5 billion"),
        "trade.export_partner_rank": F(4, period="2018", as_written="Japan was the fourth-biggest market for U.S. exports, behind Canada, Mexico, and China"),
        "trade.import_partner_rank": F(4, period="2018", as_written="and the No. 4 source of U.S. imports, after China, Mexico, and Canada"),
        "trade.fdi_source_rank": F(2, period="2018", as_written="The stock of Japanese direct investment here, $484 billion at the end of 2018, is second only to the United Kingdom's"),
        "trade.treasury_holder_rank": F(1, as_written="In June 2019, Japan overtook China as the largest foreign holder of U.S. Treasury securities"),
        "economy.gdp_growth": dict(GDP(y2018=0.8, y2017=1.9), as_written="Japan's real GDP grew 0.8% in 2018, after expanding 1.9% in 2017"),
        "economy.supplementary_budget": F(24000000000, "about", period="2019-02", as_written="In February 2019, the Diet enacted a ¥2.7 trillion (about $24 billion) supplementary budget"),
        "economy.emissions_cut_target": F(26, by="2030", baseline="2013", as_written="to cut greenhouse gas emissions 26% from FY2013 levels by FY2030"),
    },
    "elections": {
        "lower_house_2017": E("Lower House", "2017-10", "held", result="LDP-Komeito 313 of 465 seats, roughly 67%"),
        "upper_house_2019": E("Upper House", "2019-07-21", "held", result="coalition kept its majority, about 58% of seats (down from about 61%); revision camp short of two-thirds"),
        "ldp_president_2018": E("LDP president", "2018-09", "held", result="Abe won a third term, defeating Shigeru Ishiba"),
        "okinawa_governor_2018": E("Okinawa governor", "2018-09", "held", result="Denny Tamaki elected"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress, the first Japanese leader to do so", "2015-04", "held"),
        "first_negotiating_round": EV("Bilateral trade talks begin", "2019-04", "held"),
        "section232_autos_proclamation": EV("Proclamation finds auto and parts imports threaten to impair U.S. national security; directs negotiations", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Trump and Abe announce in New York that they have finalized a limited trade agreement", "2019-09-25", "held"),
    },
    "notes": "Traps: 'met more than a dozen times since late 2016'; 'Trump's state visit to Tokyo in May 2019' and 'the first foreign leader received by Emperor Naruhito'; 'On November 20, 2019, Abe became Japan's longest-serving prime minister, passing the 2,886 days in office of Katsura Taro, who led three governments between 1901 and 1913'; 'A \"stage one\" trade deal signed in October' (USJTA, not an IF10199 fact); 'Under the 1960 Treaty of Mutual Cooperation and Security, which replaced the original 1951 pact' (1960 is the revised treaty, not the alliance's start); 'some 42,000 dependents' (not troops); 'worth about ¥946.5 billion over five years' (a five-year yen total, not the yearly payment); 'That agreement runs through March 2021' (expiry, not the agreement date) and 'negotiations on a successor are expected to open in 2020'; 'a figure of $8 billion a year, four times the present level' (a reported U.S. ask, not the payment); 'risen for seven straight years, reaching a record ¥5.26 trillion in FY2019'; 'since 1976' (year of the limit, not its value); 'NATO members' 2% benchmark' (another alliance's yardstick: Japan's goal not stated, 'Tokyo has adopted no such target'); '¥27.47 trillion in outlays and the purchase of 105 more F-35 fighters, for a planned fleet of 147'; 'its share rises to about 70%' (exclusive-use area basis, not the facilities share of about a quarter); 'about 72% of those voting opposed the landfill' (referendum); 'about 9,000 Marines are to leave Okinawa' (total leaving, not to Guam) and 'a 2012 bilateral agreement'; 'transfers expected to begin in the mid-2020s'; 'more than 20 short-range ballistic missiles since May 2019'; 'three chemicals'; 'the pact lapses on November 23' (GSOMIA); 'President Moon Jae-in' and 'President Xi Jinping' (other countries' leaders); 'in the spring of 2020, the first by a Chinese leader since 2008'; 'the first ministerial-level meeting of the so-called Quad' (ministers, not leaders: no leader-level count stated); 'won 313 of the 465 seats' (seat counts beside the 67% share); '124 of the 245 seats were contested' (seats at stake, not a share); 'down from about 61% before the vote' (previous Upper House share); 'fell short of the two-thirds needed to put an amendment before voters' (not the coalition's share) and 'Article 9'; 'Abe won a third consecutive three-year term as LDP president in September 2018' (held LDP vote, not a Diet election); 'his current one ends in September 2021' (LDP term end, not the Diet deadline); 'though Abe could dissolve the chamber sooner' (speculation); 'leaving a deficit of $57.4 billion'; 'behind Canada, Mexico, and China' and 'after China, Mexico, and Canada' (other countries named beside the ranks); Figure 1 (goods-only bars, 2014-2018, axis ticks 0-150 $ billions, legend, no value labels: not the goods-and-services totals); '$484 billion at the end of 2018' (FDI stock, not a rank); 'with about $1.12 trillion; China now ranks second' (China's rank); 'notified Congress in October 2018'; 'signed ... in Washington on October 7' (signing, not the September 25 announcement); 'about $7.2 billion of U.S. farm products' and 'some $40 billion of Japanese industrial goods'; 'to take effect on January 1, 2020' (expected entry into force, an IF11120 fact); 'The Commerce Department had weighed tariffs of up to 25%' (considered, never imposed) and 'The 180-day period'; 'Section 232 tariffs of 25% on steel and 10% on aluminum, in place since March 2018'; 'the 11-country ... (CPTPP) took effect in December 2018' and 'a Japan-EU economic partnership agreement followed on February 1, 2019'; 'Growth slowed to an annualized 0.2% in the July-September quarter of 2019' (a quarter, not a year); 'the consumption tax rose from 8% to 10%'; '¥2.7 trillion' (yen amount beside the dollar figure); 'on November 8 Abe ordered his cabinet to prepare a new economic package, expected in December' (planned, not enacted); 'policy rate at -0.1%' and 'its 2% inflation target'; 'beginning July 24, 2020' (Olympics). PDF: ligature characters and curly quotes; interleaved: the two columns' lines alternate, the figure's caption, ticks and legend among them.",
}
