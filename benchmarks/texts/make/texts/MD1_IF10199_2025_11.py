from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "MD1-IF10199-2025-11", "fresh47", "IF10199", 47
LAYOUTS = ["md", "pdf"]
PDF_OPTS = ["hyph", "nbsp"]
CHART = {"unit": "$ billions", "ymax": 160, "ticks": [0, 40, 80, 120, 160],
         "series": ["Exports to Japan", "Imports from Japan"],
         "bars": {"2020": (64.1, 119.5), "2021": (74.6, 135.1), "2022": (80.2, 148.1), "2023": (76.9, 148.0), "2024": (79.7, 149.6)}}

MD = """
U.S.-Japan Relations

Updated November 18, 2025

## Overview

For most of 2025, tariffs rather than security have set the tone of U.S.-Japan relations. After four months of talks over the Trump Administration's new duties, the two governments reached a framework agreement on July 22, under which most Japanese goods now enter the United States at a 15% tariff and Japan has pledged to invest $550 billion in the U.S. economy. A new government in Tokyo now carries that bargain forward. Takaichi Sanae, chosen as leader of the Liberal Democratic Party (LDP) on October 4, became Japan's first female prime minister on October 21, replacing Ishiba Shigeru, who stepped down after his party's losses in two national elections in ten months. Within a week she welcomed President Donald Trump to Tokyo. The two leaders signed a framework on critical minerals and rare earths and a document on implementing the investment pledge, and declared a "new golden age" for the alliance.

Congress has taken interest in the tariff arrangements, in the investment mechanism's terms, and in whether Takaichi's plans to speed up Japan's defense buildup will ease U.S. pressure for greater allied burden-sharing.

## Tariffs and the July 2025 Framework

Few U.S. partners felt the Administration's early tariff moves more directly than Japan. Autos and parts, roughly a third of Japan's shipments to the United States by value, were hit in April and May by an additional 25% Section 232 tariff, stacked on the 2.5% most-favored-nation (MFN) duty on passenger cars. On April 2, the President announced a "reciprocal" tariff of 24% on Japanese goods. He suspended it for 90 days a week later, leaving a 10% baseline duty in place. That month, Japan was named one of the first countries with which the Administration would open tariff negotiations, and Tokyo's chief negotiator, Akazawa Ryosei, made eight trips to Washington over the following months. In early July a presidential letter warned that Japanese goods would face 25% from August 1 unless a deal was struck.

The framework, carried out by an executive order of September 4 and an accompanying memorandum of understanding, provides that:

- a single 15% rate, inclusive of MFN duties, applies to most imports from Japan, retroactive to August 7 (goods whose MFN rate is already above 15% pay only that rate);
- the Section 232 tariff on Japanese cars and auto parts was cut to an all-in 15% as of September 16;
- Japan will invest $550 billion in U.S. projects chosen by the U.S. government before January 19, 2029, with cash flows split 50-50 until Japan recovers its outlay and 90-10 in the U.S. favor after that;
- Japan will buy 100 Boeing aircraft, raise U.S. rice purchases by 75% within its existing import quota, and buy $8 billion a year of U.S. farm products.

Tariffs of 50% on steel and aluminum remain. South Korea accepted a similar framework in late July, with a $350 billion investment pledge of its own. Japanese officials say most of the $550 billion will take the form of loans and guarantees by state-backed lenders, with equity making up perhaps 1% to 2%. The 15% rate also rests on the International Emergency Economic Powers Act (IEEPA), whose use for tariffs was argued before the Supreme Court on November 5; a ruling against the Administration would not affect the Section 232 auto rate.

## Trade and Investment

Japan was the sixth-largest U.S. trading partner in 2024, counting goods and services, and the fifth-biggest source of U.S. goods imports. Its goods trade surplus with the United States has narrowed a little since 2022 (Figure 1). Census data show goods imports from Japan about 7% lower in the first nine months of 2025 than a year earlier, as automakers absorbed part of the tariff and held back shipments.

Table 1. U.S. Trade with Japan ($ billions)

| | 2023 | 2024 |
| --- | --- | --- |
| U.S. exports, goods and services | 127.2 | 129.1 |
| U.S. imports, goods and services | 190.3 | 192.4 |
| Goods balance | -71.1 | -69.9 |

Source: Bureau of Economic Analysis; U.S. Census Bureau.

**Figure 1. U.S. Goods Trade with Japan, 2020-2024**

Source: CRS, with U.S. Census Bureau data.

Investment ties are deeper still. The stock of Japanese direct investment in the United States, $783.5 billion at the end of 2024, has been the largest of any country's since 2019. Nippon Steel completed its $14.9 billion purchase of U.S. Steel in June, after agreeing to give the U.S. government a "golden share." Japan is also the biggest foreign holder of U.S. Treasury securities, with about $1.2 trillion in September; the United Kingdom has displaced China in second place.

## The Alliance

Japan has been a U.S. treaty ally since 1952, when the original security pact took effect; the current Treaty of Mutual Cooperation and Security dates from 1960. Roughly 55,000 U.S. military personnel are based in Japan, the largest U.S. presence in any foreign country. South Korea, by comparison, hosts some 28,500. In July 2024 the two governments agreed to upgrade U.S. Forces Japan (USFJ) into a joint force headquarters, a change that is proceeding in phases.

Japan contributes close to $2 billion a year toward the cost of stationing U.S. forces. The current five-year cost-sharing accord, announced in December 2021, runs through March 2027. Talks on its successor are expected to open in 2026, and the Administration is likely to seek a much larger Japanese payment.

## Okinawa and Guam

Okinawa Prefecture covers just 0.6% of Japan's land area, yet about 70% of the facilities set aside for exclusive U.S. use are there, along with more than half of the U.S. personnel in the country. Under a realignment plan revised in 2012, some 9,000 Marines are to leave Okinawa; about 4,000 of them are to move to Guam, and the rest to Hawaii and the U.S. mainland. The first group, roughly 100 logistics Marines, arrived at Camp Blaz on Guam in December 2024. A replacement for Marine Corps Air Station Futenma is under construction at Henoko, where landfill work began in 2018; it is not expected to be finished before the mid-2030s. Governor Tamaki Denny, who opposes the project, faces reelection in September 2026.

## Defense Spending

In her first policy speech, on October 24, Takaichi said Japan would meet the goal of spending 2% of GDP on defense and related items in FY2025, two years ahead of the FY2027 target that the Kishida government adopted in December 2022. That goal is double the 1% of GDP that for decades served as an informal ceiling on defense spending. Some Administration officials have urged Asian allies to spend 3.5% of GDP, and NATO allies agreed in June to a 5% target. Takaichi has also said her government will revise Japan's three strategic documents by the end of 2026. In January 2024, Japan signed a contract to buy up to 400 Tomahawk cruise missiles, a sale the State Department had approved at an estimated $2.35 billion; the first were delivered this year.

## Politics in Tokyo

Takaichi, a protege of former Prime Minister Abe Shinzo, who was assassinated on July 8, 2022, takes office after a run of setbacks for the LDP. In the October 2024 Lower House election, the LDP and Komeito, its partner of 25 years, lost their majority. In the July 2025 Upper House election they lost control of that chamber too, and Ishiba announced his resignation in September. Komeito left the coalition on October 10, days after Takaichi's victory, citing the LDP's handling of a political funding scandal.

Takaichi then concluded a coalition agreement with the Japan Innovation Party (Ishin), which backs the government in the Diet but has taken no cabinet posts. The LDP and Ishin together hold just under half of the 465 seats in the Lower House. In the Upper House they control roughly 48% of the 248 seats. The government therefore needs votes from other parties to pass bills. Early polls put the cabinet's approval rating between 65% and 75%. No national election is required until July 2028, when half of the Upper House is up; Lower House members' terms run to October 2028, though a prime minister may dissolve the chamber sooner.

## Economy

The economy expanded just 0.1% in 2024, after growth of 1.5% in 2023. In the July-September quarter of 2025, real GDP shrank at an annualized rate of 1.8%, as exports to the United States fell. Inflation has stayed above the Bank of Japan's 2% target for more than three years, and the central bank has raised its policy rate to 0.5%. The yen, which reached a 34-year low against the dollar in July 2024, has weakened again this autumn, to about 155 to the dollar. The most recent supplementary budget, of 13.9 trillion yen (about $90 billion), was enacted in December 2024; Takaichi has promised a larger stimulus package before the end of November. Under the Paris Agreement, Japan has pledged to cut greenhouse gas emissions 46% by FY2030 from FY2013 levels; in February it added targets of 60% by FY2035 and 73% by FY2040.

## Regional Diplomacy

Takaichi met Chinese leader Xi Jinping on October 31 at the APEC meeting in Gyeongju, South Korea. Ties with Beijing soured sharply after she told the Diet on November 7 that a Chinese attack on Taiwan could create a "survival-threatening situation" for Japan, a legal trigger for collective self-defense. Relations with South Korea under President Lee Jae-myung have stayed on an even keel. The leaders of the Quad (Australia, India, Japan, and the United States) have met six times, most recently in September 2024; the summit India was to host in 2025 has not been scheduled. Japan has committed more than $12 billion to Ukraine since 2022.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Kyla H. Kitamura**, Analyst in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "Takaichi Sanae", note="family name first"),
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "alliance.treaty_ally_since": F(1952, as_written="Japan has been a U.S. treaty ally since 1952, when the original security pact took effect", note="1960 is the revised treaty's year"),
        "alliance.us_troops_in_japan": F(55000, "about", as_written="Roughly 55,000 U.S. military personnel are based in Japan"),
        "alliance.host_nation_support_per_year": F(2000000000, "nearly", per="year", as_written="Japan contributes close to $2 billion a year toward the cost of stationing U.S. forces", note="'close to' is nearly"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="The current five-year cost-sharing accord, announced in December 2021, runs through March 2027"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="about 70% of the facilities set aside for exclusive U.S. use are there", note="exclusive-use basis"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="along with more than half of the U.S. personnel in the country"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="Okinawa Prefecture covers just 0.6% of Japan's land area", note="'just' is not a hedge"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="about 4,000 of them are to move to Guam"),
        "alliance.marines_in_guam": F(100, "about", as_written="The first group, roughly 100 logistics Marines, arrived at Camp Blaz on Guam in December 2024"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2025", as_written="Japan would meet the goal of spending 2% of GDP on defense and related items in FY2025", note="moved up from FY2027"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="the 1% of GDP that for decades served as an informal ceiling on defense spending"),
        "defense.tomahawk_purchase": F(2350000000, "about", as_written="a sale the State Department had approved at an estimated $2.35 billion"),
        "politics.ruling_coalition": F(["LDP", "Ishin"], as_written="Takaichi then concluded a coalition agreement with the Japan Innovation Party (Ishin), which backs the government in the Diet but has taken no cabinet posts", note="Komeito left on October 10"),
        "politics.lower_house_coalition_share": F(50, "under", as_written="The LDP and Ishin together hold just under half of the 465 seats in the Lower House"),
        "politics.upper_house_coalition_share": F(48, "about", as_written="In the Upper House they control roughly 48% of the 248 seats", note="subject carried from the sentence before"),
        "politics.next_diet_election_due": F(2028, as_written="No national election is required until July 2028, when half of the Upper House is up"),
        "politics.lower_house_election_due": D("2028-10", as_written="Lower House members' terms run to October 2028", note="years away: not an upcoming election"),
        "trade.overall_partner_rank": F(6, period="2024", as_written="Japan was the sixth-largest U.S. trading partner in 2024, counting goods and services"),
        "trade.import_partner_rank": F(5, period="2024", as_written="and the fifth-biggest source of U.S. goods imports"),
        "trade.us_exports_to_japan": F(129100000000, period="2024", as_written="U.S. exports, goods and services | 127.2 | 129.1", note="only in Table 1, 2024 column ($ billions)"),
        "trade.us_imports_from_japan": F(192400000000, period="2024", as_written="U.S. imports, goods and services | 190.3 | 192.4", note="only in Table 1, 2024 column ($ billions)"),
        "trade.fdi_source_rank": F(1, as_written="The stock of Japanese direct investment in the United States, $783.5 billion at the end of 2024, has been the largest of any country's since 2019"),
        "trade.treasury_holder_rank": F(1, as_written="Japan is also the biggest foreign holder of U.S. Treasury securities"),
        "trade.us_tariff_on_most_imports_from_japan": F(15, period="2025-08-07", as_written="a single 15% rate, inclusive of MFN duties, applies to most imports from Japan, retroactive to August 7", note="also the Overview's 'most Japanese goods now enter the United States at a 15% tariff'"),
        "trade.japan_investment_pledge": F(550000000000, by="2029-01-19", as_written="Japan will invest $550 billion in U.S. projects chosen by the U.S. government before January 19, 2029", note="also the Overview's 'Japan has pledged to invest $550 billion in the U.S. economy'"),
        "economy.gdp_growth": GDP(y2024=0.1, y2023=1.5),
        "economy.supplementary_budget": F(90000000000, "about", period="2024-12", as_written="The most recent supplementary budget, of 13.9 trillion yen (about $90 billion), was enacted in December 2024"),
        "economy.yen": F("34-year low against the dollar", period="2024-07", as_written="The yen, which reached a 34-year low against the dollar in July 2024"),
        "economy.emissions_cut_target": F(46, by="FY2030", baseline="FY2013", as_written="Japan has pledged to cut greenhouse gas emissions 46% by FY2030 from FY2013 levels"),
        "diplomacy.quad_leader_meetings": F(6, as_written="The leaders of the Quad (Australia, India, Japan, and the United States) have met six times"),
    },
    "elections": {
        "ldp_president_2025": E("LDP president", "2025-10-04", "held", result="Takaichi Sanae chosen as LDP leader"),
        "lower_house_2024": E("Lower House", "2024-10", "held", result="LDP and Komeito lost their majority"),
        "upper_house_2025": E("Upper House", "2025-07", "held", result="LDP and Komeito lost control of the chamber"),
        "okinawa_governor_2026": E("Okinawa governor", "2026-09", "upcoming", note="Governor Tamaki Denny faces reelection"),
        "upper_house_2028": E("Upper House", "2028-07", "upcoming", note="half of the Upper House is up"),
    },
    "events": {
        "tariff_talks_announced": EV("Japan named one of the first countries with which the Administration would open tariff negotiations", "2025-04", "held"),
        "abe_assassination": EV("Former Prime Minister Abe Shinzo assassinated", "2022-07-08"),
    },
    "notes": "Traps: 'a framework agreement on July 22' (framework date: no IF10199 fact); 'chosen as leader of the Liberal Democratic Party (LDP) on October 4' and 'became Japan's first female prime minister on October 21' (dates, not facts); 'replacing Ishiba Shigeru' (former prime minister); 'two national elections in ten months'; 'Within a week she welcomed President Donald Trump'; 'roughly a third of Japan's shipments to the United States by value'; 'an additional 25% Section 232 tariff' (auto tariff, past) and 'the 2.5% most-favored-nation (MFN) duty on passenger cars'; 'a \"reciprocal\" tariff of 24% on Japanese goods' (announced, suspended); 'suspended it for 90 days a week later'; 'leaving a 10% baseline duty in place' (past rate); 'made eight trips to Washington'; 'Japanese goods would face 25% from August 1' (threatened); 'an executive order of September 4'; bullet 'goods whose MFN rate is already above 15% pay only that rate'; bullet 'cut to an all-in 15% as of September 16' (Section 232 autos, not the rate on most imports); bullet 'split 50-50' and '90-10 in the U.S. favor'; bullet '100 Boeing aircraft', 'raise U.S. rice purchases by 75%', '$8 billion a year of U.S. farm products'; 'Tariffs of 50% on steel and aluminum'; 'South Korea accepted a similar framework in late July, with a $350 billion investment pledge of its own' (another country); 'with equity making up perhaps 1% to 2%'; 'was argued before the Supreme Court on November 5' (no ruling yet); 'about 7% lower in the first nine months of 2025'; Table 1's 2023 column ('127.2', '190.3', '-71.1') and its 'Goods balance' row; Figure 1 (PDF: years 2020-2024, ticks 0-160, legend, no values); '$783.5 billion at the end of 2024' and 'since 2019' (FDI stock and a year beside the rank); 'Nippon Steel completed its $14.9 billion purchase of U.S. Steel in June'; 'about $1.2 trillion in September' (holdings, not a rank); 'the United Kingdom has displaced China in second place'; 'the current Treaty of Mutual Cooperation and Security dates from 1960'; 'South Korea, by comparison, hosts some 28,500' (another country's troops); 'In July 2024 the two governments agreed to upgrade U.S. Forces Japan'; 'runs through March 2027' and 'Talks on its successor are expected to open in 2026'; 'a realignment plan revised in 2012'; 'some 9,000 Marines are to leave Okinawa' (all leaving, not those going to Guam); 'landfill work began in 2018' and 'before the mid-2030s'; 'on October 24'; 'two years ahead of the FY2027 target that the Kishida government adopted in December 2022' (old deadline); 'urged Asian allies to spend 3.5% of GDP' and 'NATO allies agreed in June to a 5% target' (other goals); 'by the end of 2026'; 'In January 2024, Japan signed a contract to buy up to 400 Tomahawk cruise missiles' (a count and a contract date beside the amount); 'its partner of 25 years'; 'Komeito left the coalition on October 10' (former partner); 'approval rating between 65% and 75%'; 'though a prime minister may dissolve the chamber sooner' (no election stated); 'shrank at an annualized rate of 1.8%' (a quarter, not a year); 'the Bank of Japan's 2% target' and 'policy rate to 0.5%'; 'to about 155 to the dollar' (a level, not the yen fact); 'a larger stimulus package before the end of November' (planned); 'targets of 60% by FY2035 and 73% by FY2040' (later targets); 'Xi Jinping on October 31' and 'on November 7'; 'most recently in September 2024' and 'the summit India was to host in 2025 has not been scheduled'; 'more than $12 billion to Ukraine since 2022' (a total: neither humanitarian aid nor financial support). PDF: NBSP before billion/percent and in 'U.S. Forces', hyphenated line ends.",
}
