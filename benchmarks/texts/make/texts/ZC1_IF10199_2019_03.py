from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "ZC1-IF10199-2019-03", "fresh46", "IF10199", 38
LAYOUTS = ["html", "pdf"]
PDF_OPTS = ["quotes", "hyph"]
SIDEBAR = "Okinawa Basing Issues"
CHART = {"unit": "$ billions", "ymax": 160, "ticks": [0, 40, 80, 120, 160],
         "series": ["U.S. goods exports to Japan", "U.S. goods imports from Japan"],
         "bars": {"2014": (66.9, 134.0), "2015": (62.4, 131.4), "2016": (63.3, 132.2), "2017": (67.7, 136.5), "2018": (75.0, 142.6)}}

MD = """
U.S.-Japan Relations

Updated March 19, 2019

## Overview

Japan has been a U.S. treaty ally since 1951 and is widely seen in Washington as the anchor of the U.S. security presence in East Asia. Prime Minister Shinzo Abe, now in the seventh year of his second stint in office (his first, in 2006-2007, lasted about a year), has invested heavily in his ties with President Donald Trump. The two leaders have held upwards of 30 meetings and telephone calls since November 2016, and their schedule this spring is crowded: Abe is expected in Washington in late April, Trump is to be the first foreign leader received by the new emperor when he visits Tokyo at the end of May, and he is to return to Japan for the Group of 20 (G-20) summit in Osaka on June 28-29. Emperor Akihito's abdication on April 30, the first by a Japanese monarch in about two centuries, will open a new imperial era.

Abe's April 29, 2015, speech to a joint meeting of Congress, a first for a Japanese prime minister, set out his aim of a more active Japanese role alongside the United States. Under Trump, that aim has met new strains. The Administration has pressed Japan on its trade surplus, floated tariffs on Japanese cars, and signaled that it wants Tokyo to pay more for U.S. bases. Japanese officials also watch warily for any U.S.-North Korea deal that would leave Japan's concerns unaddressed.

## The Alliance

Under the 1960 Treaty of Mutual Cooperation and Security, which replaced the original pact that took effect when the occupation ended in April 1952, the United States is obligated to defend Japan, and Japan grants U.S. forces the use of bases on its territory. Roughly 54,000 U.S. military personnel are stationed in Japan. With them live some 42,000 family members, and about 8,000 U.S. civilians work for the Department of Defense there. The Navy's only forward-deployed aircraft carrier sails from Yokosuka.

Japan pays roughly $2 billion each year toward the cost of keeping those forces, chiefly for local base workers' salaries, utilities and facilities. The current Special Measures Agreement (SMA) governing these payments was concluded in December 2015 and covers five Japanese fiscal years, through March 2021; negotiations on its successor are expected to begin by 2020. Recent press reports say the Administration is weighing a "cost plus 50" formula under which host countries would pay the full cost of U.S. troops plus half again. If land rents, base relocation projects and compensation to communities near bases are counted, Japan's outlays run higher, to well over $4 billion by some estimates.

## Japan's Defense Policy

Abe has steadily widened what Japan's forces may do. The 2015 security legislation allows the Self-Defense Forces, in limited circumstances, to exercise collective self-defense, defending U.S. forces or other partners under attack. Defense budgets have risen for seven straight years; the FY2019 request stands at a record ¥5.26 trillion (about $47 billion). Even so, spending remains near 1% of gross domestic product (GDP), a ceiling the cabinet set in 1976 and formally dropped a decade later but has largely respected since. That is half the 2% of GDP that NATO members have pledged to reach by 2024, and U.S. officials have at times cited the gap.

New National Defense Program Guidelines and a five-year Mid-Term Defense Program, adopted in December 2018, provide ¥27.47 trillion for FY2019-FY2023. The plans include 105 more F-35 fighters, 42 of them short-takeoff variants, modifications that would let two Izumo-class helicopter destroyers operate those jets, and two Aegis Ashore missile defense batteries, planned for Akita and Yamaguchi prefectures.

## Okinawa Basing Issues

Okinawa, an island prefecture of about 1.4 million people, makes up less than 1% of Japan's land area. It contains roughly one-fourth of all facilities used by U.S. forces in Japan, and about 70% of the land set aside for their exclusive use. More than half of the U.S. military personnel in Japan are based in the prefecture, most of them Marines.

In a 2012 agreement, the two governments decided to move about 9,000 Marines off the island, some 4,000 of them to Guam, starting in the first half of the 2020s. The planned replacement for Marine Corps Air Station Futenma, a landfill runway at Henoko first agreed to in 1996 and reaffirmed in a 2006 roadmap, remains contested. Denny Tamaki, who opposes it, won the Okinawa governorship on September 30, 2018, after the death of his predecessor. In a nonbinding prefectural referendum on February 24, about 72% of those voting rejected the landfill; turnout was about 52%. Tokyo has continued the work. A by-election for Okinawa's third Lower House district, vacated by Tamaki, is set for April 21.

## Domestic Politics

Abe's Liberal Democratic Party (LDP) has governed since December 2012 in coalition with a smaller partner, the Komeito. In the October 2017 snap election, the coalition kept a two-thirds supermajority in the 465-seat House of Representatives, the lower chamber. In the House of Councillors, the upper chamber, it controls about three-fifths of the seats. Amending the constitution, which Abe hopes to see done by 2020, requires a two-thirds vote in each chamber and then a majority in a national referendum.

In September 2018 Abe won a third consecutive three-year term as LDP president, defeating former Defense Minister Shigeru Ishiba by 553 votes to 254. If he remains in office past November 20, he will become Japan's longest-serving prime minister. The next national test comes in July 2019, when half of the upper chamber's seats will be contested; the chamber is to grow from 242 to 245 members in stages. Lower House members' terms run until October 2021, and no general election is required before then. Unified local elections, for governors, mayors and assemblies, take place in April. Cabinet approval ratings have recovered to roughly 40%-45% after a dip last year over favoritism scandals.

## Trade and Investment

The United States and Japan are, respectively, the world's largest and third-largest economies. In 2018 Japan was the fourth-largest U.S. trading partner counting goods and services together. Only Canada, Mexico, China and the United Kingdom bought more U.S. goods and services than Japan did, and only China, Mexico and Canada sold more to the United States (Table 1).

Table 1. U.S. Trade with Japan, Goods and Services ($ billions)

| | 2017 | 2018 |
| --- | --- | --- |
| U.S. exports to Japan | 114.5 | 120.9 |
| U.S. imports from Japan | 170.6 | 178.2 |
| Balance | -56.1 | -57.3 |

Source: Bureau of Economic Analysis; 2018 preliminary.

**Figure 1. U.S. Goods Trade with Japan, 2014-2018**

Source: U.S. Census Bureau. Goods only; services excluded.

Japanese firms had a direct investment stock of about $469 billion in the United States at the end of 2017, making Japan the second-largest source of foreign direct investment (FDI) in the country after the United Kingdom. Japan is also the second-largest foreign holder of U.S. Treasury securities. Its holdings, $1.04 trillion at the end of 2018, trail China's $1.12 trillion.

## Trade Negotiations

After the United States withdrew from the Trans-Pacific Partnership (TPP) in January 2017, Japan led the remaining 10 members in concluding a revised pact, the CPTPP, which entered into force for Japan on December 30, 2018. An economic partnership agreement with the European Union followed on February 1, 2019. Both deals lower Japanese tariffs for U.S. competitors: Australian beef, for example, is to pay 26.6% from April, while U.S. beef pays 38.5%.

On September 26, 2018, Trump and Abe agreed to open talks on a bilateral "United States-Japan Trade Agreement," starting with goods and with "other key areas including services" to follow. USTR notified Congress of its intent to negotiate on October 16, under Trade Promotion Authority, and published its negotiating objectives in December. No formal round has yet taken place. Japan's red lines include car tariffs and agricultural access beyond its TPP commitments.

Autos hang over the talks. The Commerce Department sent the President its Section 232 report on imports of motor vehicles and parts on February 17, giving him 90 days to decide whether to act. Tariffs as high as 25% have been discussed, ten times the current 2.5% U.S. tariff on passenger cars. The September statement said neither side would take measures against its spirit while the talks continue. Japanese steel and aluminum have paid additional 25% and 10% duties, respectively, since March 2018, and Japan has not obtained an exemption.

## Japan's Economy

Japan's economy grew 0.8% in 2018, slower than the 1.9% expansion of 2017. Natural disasters pushed output down at an annualized rate of 2.6% in the July-September quarter before a rebound at the end of the year. A second supplementary budget for FY2018, ¥3.0 trillion (about $27 billion), was enacted in February to pay for disaster recovery and for steps to cushion the consumption tax increase from 8% to 10% set for October. It followed a first supplementary budget of ¥934 billion in November. The FY2019 budget, ¥101.5 trillion, is the first to top ¥100 trillion; the Diet is expected to pass it by the end of March. The Bank of Japan keeps its short-term policy rate at -0.1% and remains well short of its 2% inflation target.

## Regional Relations

- North Korea: After the second Trump-Kim summit, held in Hanoi on February 27-28, ended without an agreement, Abe said he is ready to meet Kim Jong-un himself. Japan officially lists 17 citizens as abducted by North Korean agents in the 1970s and 1980s.
- China: Abe's October 2018 trip to Beijing was the first official visit by a Japanese leader in seven years; President Xi Jinping is expected at the Osaka G-20.
- South Korea: Ties have soured since an October 2018 ruling by South Korea's Supreme Court ordered a Japanese steelmaker to compensate four Koreans forced to work during World War II, and since a December 2018 dispute over a South Korean destroyer's alleged radar lock on a Japanese patrol plane.
- Russia: Abe and Vladimir Putin agreed in November 2018 to accelerate peace treaty talks on the basis of a 1956 joint declaration, which said two of the four disputed islands would be handed over after a treaty.
- The "Quad": Senior officials of the United States, Japan, Australia, and India have met four times since the grouping was revived in November 2017.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Brock R. Williams**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Shinzo Abe"),
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "alliance.treaty_ally_since": F(1951, as_written="Japan has been a U.S. treaty ally since 1951",
                                        note="1960 (revised treaty) and April 1952 (occupation's end) are traps"),
        "alliance.us_troops_in_japan": F(54000, "about", as_written="Roughly 54,000 U.S. military personnel are stationed in Japan"),
        "alliance.host_nation_support_per_year": F(2000000000, "about", per="year",
                                                   as_written="Japan pays roughly $2 billion each year toward the cost of keeping those forces"),
        "alliance.host_nation_support_agreement": D("2015-12", as_written="The current Special Measures Agreement (SMA) governing these payments was concluded in December 2015 and covers five Japanese fiscal years, through March 2021",
                                                    note="concluded, not 'announced'; the agreement in force; its expiry and next talks are traps"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="It contains roughly one-fourth of all facilities used by U.S. forces in Japan",
                                                       note="sidebar; subject 'It' carried from the sentence before; the 70% exclusive-use land share is a trap"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="More than half of the U.S. military personnel in Japan are based in the prefecture", note="sidebar"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="makes up less than 1% of Japan's land area", note="sidebar"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="to move about 9,000 Marines off the island, some 4,000 of them to Guam",
                                                note="sidebar; 9,000 leave Okinawa in all"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="spending remains near 1% of gross domestic product (GDP), a ceiling the cabinet set in 1976",
                                               note="'near' is about; NATO's 2% is not a Japanese goal"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="Abe's Liberal Democratic Party (LDP) has governed since December 2012 in coalition with a smaller partner, the Komeito"),
        "politics.lower_house_coalition_share": F(67, as_written="the coalition kept a two-thirds supermajority in the 465-seat House of Representatives",
                                                  note="two-thirds as a fraction in words, rounded to 67"),
        "politics.upper_house_coalition_share": F(60, "about", as_written="In the House of Councillors, the upper chamber, it controls about three-fifths of the seats",
                                                  note="three-fifths = 60; subject 'it' carried from the sentence before"),
        "politics.next_diet_election_due": F(2019, as_written="The next national test comes in July 2019, when half of the upper chamber's seats will be contested"),
        "politics.lower_house_election_due": D("2021-10", as_written="Lower House members' terms run until October 2021, and no general election is required before then",
                                               note="a deadline years away: not an upcoming election"),
        "trade.overall_partner_rank": F(4, period="2018", as_written="In 2018 Japan was the fourth-largest U.S. trading partner counting goods and services together"),
        "trade.export_partner_rank": F(5, period="2018", as_written="Only Canada, Mexico, China and the United Kingdom bought more U.S. goods and services than Japan did",
                                       note="rank by exclusion: four ahead, so fifth"),
        "trade.import_partner_rank": F(4, period="2018", as_written="and only China, Mexico and Canada sold more to the United States",
                                       note="rank by exclusion: three ahead, so fourth"),
        "trade.us_exports_to_japan": F(120900000000, period="2018", as_written="Table 1: U.S. exports to Japan | 114.5 | 120.9 ($ billions, 2017 and 2018 columns)",
                                       note="goods and services; only in Table 1; the 2017 column and Figure 1's goods-only bars are traps"),
        "trade.us_imports_from_japan": F(178200000000, period="2018", as_written="Table 1: U.S. imports from Japan | 170.6 | 178.2",
                                         note="goods and services; only in Table 1"),
        "trade.fdi_source_rank": F(2, period="2017", as_written="making Japan the second-largest source of foreign direct investment (FDI) in the country after the United Kingdom"),
        "trade.treasury_holder_rank": F(2, as_written="Japan is also the second-largest foreign holder of U.S. Treasury securities"),
        "economy.gdp_growth": GDP(y2018=0.8, y2017=1.9),
        "economy.supplementary_budget": F(27000000000, "about", period="2019-02",
                                          as_written="A second supplementary budget for FY2018, ¥3.0 trillion (about $27 billion), was enacted in February",
                                          note="the latest; the November 2018 first supplementary (¥934 billion) is a trap"),
    },
    "elections": {
        "lower_house_2017": E("Lower House", "2017-10", "held", result="coalition kept a two-thirds supermajority"),
        "okinawa_governor_2018": E("Okinawa governor", "2018-09-30", "held", result="Denny Tamaki, opponent of the Henoko runway, won"),
        "ldp_president_2018": E("LDP president", "2018-09", "held", result="Abe re-elected over Shigeru Ishiba, 553 to 254"),
        "upper_house_2019": E("Upper House", "2019-07", "upcoming", note="half of the seats contested"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress", "2015-04-29", "held"),
    },
    "notes": "Traps: 'his first, in 2006-2007, lasted about a year' (former term); 'upwards of 30 meetings and telephone calls since November 2016' (a count, not a fact); 'Abe is expected in Washington in late April', 'at the end of May' and 'the Group of 20 (G-20) summit in Osaka on June 28-29' (planned visits); 'Emperor Akihito's abdication on April 30'; 'Under the 1960 Treaty of Mutual Cooperation and Security' and 'when the occupation ended in April 1952' (not the treaty-ally year); 'some 42,000 family members' and 'about 8,000 U.S. civilians' (not troops); 'through March 2021' and 'negotiations on its successor are expected to begin by 2020' (SMA expiry and next talks, not the agreement); 'a \"cost plus 50\" formula' (a reported proposal); 'to well over $4 billion by some estimates' (wider outlays, not host-nation support); 'The 2015 security legislation'; 'a record ¥5.26 trillion (about $47 billion)' (a defense budget); 'a ceiling the cabinet set in 1976 and formally dropped a decade later'; 'half the 2% of GDP that NATO members have pledged to reach by 2024' (another alliance's goal, not Japan's spending goal); '¥27.47 trillion for FY2019-FY2023', '105 more F-35 fighters, 42 of them'; 'about 1.4 million people'; 'about 70% of the land set aside for their exclusive use' (a land share, not the facilities share nor Okinawa's share of Japan's land); 'In a 2012 agreement' and 'about 9,000 Marines off the island' (total leaving Okinawa, not Guam); 'first agreed to in 1996 and reaffirmed in a 2006 roadmap'; 'about 72% of those voting rejected the landfill; turnout was about 52%' (referendum figures, not personnel shares); 'A by-election for Okinawa's third Lower House district ... is set for April 21' (a by-election, not listed; not the next Diet election); 'has governed since December 2012'; 'Amending the constitution, which Abe hopes to see done by 2020, requires a two-thirds vote in each chamber' (a threshold, not a share); 'by 553 votes to 254'; 'past November 20' (longevity record); 'the chamber is to grow from 242 to 245 members'; 'Unified local elections ... take place in April' (local, not listed); 'roughly 40%-45%' (approval); 'the world's largest and third-largest economies' (GDP ranks, not trade ranks); Table 1's 2017 column '114.5', '170.6' and the balances '-56.1', '-57.3'; Figure 1 (goods only, 2014-2018, $ billions, axis ticks 0-160, no value labels) with its title years; 'about $469 billion' (FDI stock, not a catalogue fact); '$1.04 trillion at the end of 2018, trail China's $1.12 trillion'; 'in January 2017, Japan led the remaining 10 members'; 'on December 30, 2018' and 'on February 1, 2019'; 'is to pay 26.6% from April, while U.S. beef pays 38.5%' (Japanese beef tariffs); 'On September 26, 2018' (joint statement, not a tracked event) and 'on October 16'; 'No formal round has yet taken place' (no first round); 'on February 17, giving him 90 days' (Section 232 report, no proclamation yet); 'Tariffs as high as 25% have been discussed, ten times the current 2.5% U.S. tariff on passenger cars' (threatened and product rates, not the tariff on most imports); 'additional 25% and 10% duties, respectively, since March 2018' (steel and aluminum); 'annualized rate of 2.6% in the July-September quarter' (a quarter); 'from 8% to 10% set for October' (consumption tax); 'a first supplementary budget of ¥934 billion in November' (earlier supplementary); 'The FY2019 budget, ¥101.5 trillion' (main budget, not pending passage as supplementary); '-0.1%' and 'its 2% inflation target'; 'on February 27-28'; 'lists 17 citizens'; 'the first official visit by a Japanese leader in seven years'; 'compensate four Koreans'; 'a 1956 joint declaration' and 'two of the four disputed islands'; 'Senior officials ... have met four times since the grouping was revived in November 2017' (officials, not Quad leader meetings); sidebar 'Okinawa Basing Issues' (html aside, with Figure 1); PDF curly quotes and hyphenated line ends",
}
