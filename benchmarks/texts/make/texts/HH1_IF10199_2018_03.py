from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "HH1-IF10199-2018-03", "fresh10", "IF10199", 24
LAYOUTS = ["md", "pdf", "layout"]
PDF_OPTS = ["lig", "hyph"]
CHART = {"unit": "$ billions", "ymax": 160, "ticks": [0, 40, 80, 120, 160],
         "series": ["U.S. goods exports to Japan", "U.S. goods imports from Japan"],
         "bars": {"2013": (65.2, 138.5), "2014": (66.8, 134.0), "2015": (62.4, 131.4),
                  "2016": (63.2, 132.2), "2017": (67.7, 136.5)}}

MD = """
U.S.-Japan Relations

Updated March 20, 2018

## Overview

Japan has been a treaty ally of the United States since 1951, when the two governments signed their original security pact in San Francisco; the treaty in its present form dates from 1960. Under it, close to fifty-five thousand U.S. military personnel are based in Japan, and the United States is pledged to come to Japan's defense. Washington and Tokyo also cooperate on North Korea, maritime security, energy, and global health, and their economies, the world's first- and third-largest, are tightly linked by trade and investment.

Prime Minister Shinzo Abe has invested heavily in his ties with President Donald Trump, meeting him in New York days after the 2016 U.S. election, playing golf with him in Florida and Tokyo, and hosting him on his first trip to Asia in November 2017. Abe, who in April 2015 became the first Japanese prime minister to speak before a joint meeting of Congress, is due to visit Trump at his Florida estate in April. That relationship is now under strain. On March 8, Trump proclaimed tariffs of 25% on imported steel and 10% on aluminum under Section 232 of the Trade Expansion Act of 1962, to take effect March 23. Canada and Mexico were exempted; Japan, a close ally that supplies roughly 5% of U.S. steel imports, was not, and Tokyo has asked to be spared. The same day, the White House said the President would meet North Korean leader Kim Jong-un by May, a decision that caught many Japanese officials by surprise.

## Japanese Politics

Abe's Liberal Democratic Party (LDP) governs in coalition with Komeito, a smaller party backed by a lay Buddhist organization. The partners won 313 of the 465 seats in the House of Representatives, the lower chamber, in a snap election on October 22, 2017, a 67.3% share that keeps the two-thirds supermajority needed to propose constitutional amendments. In the House of Councillors, where the July 2016 election left them in control, they hold just shy of 62 percent of the seats. The chamber will hold its next regular election in July 2019, when half of its 242 members are to be chosen; the lower house, for its part, need not face the voters again until October 2021.

Before then, Abe must win a third three-year term as LDP president in the party's leadership vote in September 2018 if he is to remain prime minister. Until this month he was considered the favorite. On March 12, however, the Finance Ministry admitted that its officials had altered documents on the discounted 2016 sale of state land to a school operator linked to Abe's wife, and his cabinet's approval ratings in several polls have dropped into the low 30s. Abe has also proposed to write the Self-Defense Forces into Article 9 of the constitution, an amendment he hopes to put before voters by 2020.

## The Alliance

The security treaty gives the United States the right to station forces and equipment in Japan, which hosts more U.S. troops than any other foreign country; Germany, next on the list, has about 35,000. Japan defrays part of the cost. The current Special Measures Agreement (SMA), which negotiators wrapped up in December 2015 and which took effect in April 2016, obliges Tokyo to contribute an average of about ¥189 billion a year over five years, worth some $1.7 billion at current rates. Japan also pays for base construction, rent, and compensation to host communities outside the SMA.

Since 1976, Tokyo has generally held military outlays under a self-imposed ceiling of about 1% of GDP. Spending has risen for six straight years: the FY2018 request of ¥5.19 trillion, which awaits final passage, is a record. In December 2017 the cabinet approved the purchase of two Aegis Ashore missile defense batteries, and the government is weighing longer-range strike missiles, a sensitive step for a country whose constitution renounces war. North Korea's missile tests, two of which overflew Hokkaido in August and September 2017, have hardened Japanese opinion.

## Okinawa

The prefecture of Okinawa carries a load out of proportion to its size, as Table 1 shows. Residents have long objected to noise, crime, and accidents linked to the bases.

Table 1. Okinawa and the U.S. Military Presence

| Measure | Okinawa |
| --- | --- |
| Share of Japan's land | 0.6% |
| Share of USFJ facilities | one-quarter (approx.) |
| Share of USFJ personnel | over 50% |
| Marines to leave | 9,000 |
| Marines bound for Guam | about 4,000 |

The Marine moves in Table 1 follow a 2012 revision of the realignment plan, under which those bound for Guam are to begin leaving in the 2020s. The original 2006 roadmap had called for moving 8,000 Marines to Guam. The centerpiece of the plan, replacing Marine Corps Air Station Futenma with a new runway at Henoko in northern Okinawa, is opposed by Governor Takeshi Onaga, who has gone to court to halt landfill work. In February, a candidate backed by the LDP won the mayoralty of Nago, the city that includes Henoko, unseating an opponent of the base. Onaga's own term ends in December 2018; the election for his post is expected in November.

## Economic and Trade Relations

In 2017 Japan was, after China, Canada, and Mexico, the largest U.S. trading partner in goods. It held the same fourth place both as a buyer of U.S. goods, taking $67.7 billion of them, and as a supplier, selling $136.5 billion worth to American customers. U.S. exports to Japan rose from $63.2 billion in 2016 (Figure 1). Japan's direct investment position in the United States, $421 billion at the end of 2016, was the second-largest of any country's, behind the United Kingdom's. Japan also ranks second among foreign holders of U.S. Treasury securities, with $1.06 trillion in January 2018 against China's $1.17 trillion.

**Figure 1. U.S. Goods Trade with Japan, 2013-2017**

Source: U.S. Census Bureau.

President Trump withdrew the United States from the Trans-Pacific Partnership (TPP) in January 2017. Led by Japan, the eleven remaining members signed a revised pact, the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP), in Santiago on March 8, 2018, and Japan concluded a trade agreement with the European Union in December 2017. The Administration has pressed instead for a bilateral deal to reduce the U.S. deficit with Japan; talks in the U.S.-Japan Economic Dialogue, led by Vice President Mike Pence and Deputy Prime Minister Taro Aso, have yielded little so far.

Japan's real GDP grew 1.7% in 2017, after 1.0% in 2016, and the October-December quarter, expanding at an annualized 1.6%, was its eighth consecutive quarter of growth, the longest such run in 28 years. To finance disaster recovery, farm support, and other measures, the Diet enacted a supplementary budget worth roughly $25 billion (¥2.7 trillion) in February 2018; the ¥97.7 trillion FY2018 budget is expected to be passed before the fiscal year begins in April. In early March the yen strengthened past ¥106 to the dollar, its strongest level in some 16 months, clouding the outlook for exporters. Under the Paris Agreement, Japan has committed to cutting greenhouse gas emissions by 26% by FY2030 from FY2013 levels.

## Regional Relations

Abe has sought a thaw with China, and the two governments are discussing a visit by Premier Li Keqiang for a trilateral summit with South Korea. Relations with Seoul remain uneasy: President Moon Jae-in has said the 2015 agreement on the "comfort women" does not resolve the issue, though he has not sought to renegotiate it. Officials of the United States, Japan, Australia, and India met in Manila in November 2017 to revive their four-way consultations, known as the Quad, after a decade's lapse.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Brock R. Williams**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Shinzo Abe"),
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "alliance.treaty_ally_since": F(1951, as_written="Japan has been a treaty ally of the United States since 1951"),
        "alliance.us_troops_in_japan": F(55000, "nearly", as_written="close to fifty-five thousand U.S. military personnel are based in Japan"),
        "alliance.host_nation_support_per_year": F(1700000000, "about", per="year", as_written="an average of about ¥189 billion a year over five years, worth some $1.7 billion at current rates", note="the dollar figure with its own hedge ('some'), not the yen amount"),
        "alliance.host_nation_support_agreement": D("2015-12", as_written="which negotiators wrapped up in December 2015 and which took effect in April 2016", note="dated by its conclusion, not its entry into force"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="Share of Japan's land | 0.6%", note="Table 1 only"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="Share of USFJ facilities | one-quarter (approx.)", note="Table 1 only"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="Share of USFJ personnel | over 50%", note="Table 1 only"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Marines bound for Guam | about 4,000", note="Table 1 only; 9,000 is the total leaving Okinawa"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="held military outlays under a self-imposed ceiling of about 1% of GDP"),
        "politics.ruling_coalition": F(["LDP", "Komeito"]),
        "politics.lower_house_coalition_share": F(67.3, as_written="313 of the 465 seats ... a 67.3% share"),
        "politics.upper_house_coalition_share": F(62, "nearly", as_written="they hold just shy of 62 percent of the seats"),
        "politics.next_diet_election_due": F(2019, as_written="The chamber will hold its next regular election in July 2019"),
        "politics.lower_house_election_due": D("2021-10", as_written="the lower house, for its part, need not face the voters again until October 2021"),
        "trade.overall_partner_rank": F(4, period="2017", as_written="In 2017 Japan was, after China, Canada, and Mexico, the largest U.S. trading partner in goods", note="goods"),
        "trade.export_partner_rank": F(4, period="2017", as_written="It held the same fourth place both as a buyer of U.S. goods", note="subject and year carried from the sentence before"),
        "trade.import_partner_rank": F(4, period="2017", as_written="and as a supplier, selling $136.5 billion worth to American customers"),
        "trade.us_exports_to_japan": F(67700000000, period="2017", as_written="taking $67.7 billion of them", note="goods"),
        "trade.us_imports_from_japan": F(136500000000, period="2017", as_written="selling $136.5 billion worth to American customers", note="goods"),
        "trade.fdi_source_rank": F(2, period="2016", as_written="was the second-largest of any country's, behind the United Kingdom's"),
        "trade.treasury_holder_rank": F(2, period="2018-01", as_written="Japan also ranks second among foreign holders of U.S. Treasury securities"),
        "economy.gdp_growth": GDP(y2017=1.7, y2016=1.0),
        "economy.supplementary_budget": F(25000000000, "about", period="2018-02", as_written="the Diet enacted a supplementary budget worth roughly $25 billion (¥2.7 trillion) in February 2018"),
        "economy.yen": F("16-month high against the dollar", period="2018-03", as_written="In early March the yen strengthened past ¥106 to the dollar, its strongest level in some 16 months"),
        "economy.emissions_cut_target": F(26, by="2030", baseline="2013", as_written="cutting greenhouse gas emissions by 26% by FY2030 from FY2013 levels"),
    },
    "elections": {
        "lower_house_2017": E("Lower House", "2017-10-22", "held", result="coalition 313 of 465 seats, 67.3%"),
        "upper_house_2016": E("Upper House", "2016-07", "held", result="coalition in control"),
        "ldp_president_2018": E("LDP president", "2018-09", "upcoming", note="Abe seeks a third term"),
        "okinawa_governor_2018": E("Okinawa governor", "2018-11", "upcoming", note="Onaga's term ends December 2018; election expected in November"),
        "upper_house_2019": E("Upper House", "2019-07", "upcoming", note="half of 242 seats"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress", "2015-04", "held"),
    },
    "notes": "Traps: 'the treaty in its present form dates from 1960' (not the alliance's start); 'the world's first- and third-largest' (economies, not trade ranks); 'is due to visit Trump at his Florida estate in April' (planned); 'tariffs of 25% on imported steel and 10% on aluminum' (product tariffs under Section 232, not a tariff on most imports) and 'to take effect March 23'; 'supplies roughly 5% of U.S. steel imports'; 'would meet North Korean leader Kim Jong-un by May' (planned); 'The partners won 313 of the 465 seats' (counts beside the 67.3% share) and 'the two-thirds supermajority'; 'when half of its 242 members are to be chosen' (chamber size and a half, not a share); 'the lower house ... need not face the voters again until October 2021' (a deadline more than three years away, not an upcoming election); 'a third three-year term as LDP president in the party's leadership vote in September 2018' (an LDP vote, not a Diet election); 'approval ratings ... dropped into the low 30s'; 'an amendment he hopes to put before voters by 2020' (a referendum, not an election); 'Germany, next on the list, has about 35,000' (another country's troops); 'which took effect in April 2016' (SMA entry into force, not its conclusion) and 'about ¥189 billion a year' (yen amount); 'Since 1976' and 'the FY2018 request of ¥5.19 trillion, which awaits final passage' (planned budget); 'two Aegis Ashore missile defense batteries' and 'August and September 2017'; Table 1 'Marines to leave | 9,000' (total leaving, not Guam); 'The original 2006 roadmap had called for moving 8,000 Marines to Guam' (past plan) and 'a 2012 revision'; 'In February, a candidate backed by the LDP won the mayoralty of Nago' (local race, not listed); 'Onaga's own term ends in December 2018' (term end; the election is dated by 'expected in November'); 'U.S. exports to Japan rose from $63.2 billion in 2016' (past year); '$421 billion at the end of 2016' (FDI stock, not a catalogue fact here); '$1.06 trillion in January 2018 against China's $1.17 trillion' (amounts; China's is another country's); Figure 1 (goods trade 2013-2017, $ billions, no value labels); 'the eleven remaining members signed ... on March 8, 2018' (CPTPP membership count); 'in December 2017' (Japan-EU agreement); 'expanding at an annualized 1.6%' (a quarter, not a year) and 'the longest such run in 28 years'; '¥97.7 trillion FY2018 budget is expected to be passed' (planned main budget, not a supplementary); 'past ¥106 to the dollar'; 'met in Manila in November 2017' (Quad officials, not a leader meeting; no leader-meeting count stated); 'the 2015 agreement on the \"comfort women\"'; PDF ligatures and hyphenated line ends (md unaffected)",
}
