from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "GC2-IF11120-2024-05", "fresh26", "IF11120", 17
TITLE = "U.S.-Japan Trade Agreements and Negotiations"
LAYOUTS = ["md", "interleaved"]
PDF_OPTS = ["lig", "nbsp"]
CHART = {"unit": "$ billions", "ymax": 20, "ticks": [0, 5, 10, 15, 20],
         "series": ["U.S. goods exports to Japan, 2023"],
         "bars": {"Agriculture": (15.4,), "Energy": (13.9,), "Chemicals, pharma": (11.2,), "Aircraft, parts": (6.8,), "Medical devices": (5.9,)}}

MD = """
U.S.-Japan Trade Agreements and Negotiations

Updated May 21, 2024

## Overview

When Prime Minister Kishida Fumio came to Washington for a state visit in April, he and President Joe Biden devoted most of their joint statement to defense and technology rather than trade. On April 11, Kishida spoke to a joint meeting of Congress, the first Japanese leader to do so since Abe Shinzo's address in April 2015. The economic relationship nonetheless remains large. Five economies (Canada, Mexico, China, Germany, and the United Kingdom) did more business with the United States in 2023, counting both goods and services, than Japan did. Bilateral trade policy has been quieter under the Biden Administration than under its predecessor, whose tariff threats produced two limited agreements in 2019. Congress may examine whether to seek broader market access in Japan, and how pending investment reviews could affect ties.

## The 2019 Agreements

The Trump Administration notified Congress in October 2018 of its intent to negotiate with Japan. Formal talks opened in April 2019, a month before a presidential proclamation of May 17, 2019, declared imports of autos and parts a threat to U.S. national security; it recommended negotiations rather than tariffs, and the 25% duties floated during the investigation were never imposed. On September 25, 2019, in New York, the two leaders issued a joint statement announcing that the first stage of the negotiations was complete. Japan said it understood that the United States would not impose Section 232 auto tariffs while the agreement was being carried out.

Two agreements came out of that stage. Under the U.S.-Japan Trade Agreement (USJTA), Japan cut or removed tariffs on some $7.2 billion of U.S. farm products, and its tariff on U.S. beef, 38.5% at the time, is falling in steps to 9% in FY2033. The United States cut tariffs on certain industrial goods worth about $40 million in trade. The U.S.-Japan Digital Trade Agreement (DTA) bars customs duties on electronic transmissions and limits data localization requirements. Signed in Washington on October 7, 2019, the USJTA entered into force, along with the DTA, on the first day of 2020. A second stage of talks, which the agreement anticipated would begin within four months, never started.

## Since 2021

The Biden Administration has favored arrangements that need no approval from Congress:

- a steel tariff-rate quota, effective April 1, 2022, that admits up to 1.25 million metric tons of Japanese steel a year without the 25% Section 232 duty;
- the U.S.-Japan Critical Minerals Agreement (CMA), signed March 28, 2023, under which minerals processed in Japan can count toward the clean vehicle tax credit;
- the Indo-Pacific Economic Framework (IPEF), which has 14 members; its supply chain agreement entered into force on February 24, 2024, and the clean and fair economy agreements are to be signed in June.

Some Members have questioned whether such arrangements lack the durability and enforceability of congressionally approved agreements.

## Trade Flows

U.S. exports to Japan totaled $121 billion in 2023. Goods made up $77 billion of that amount, while services supplied the other $44 billion. The flow in the opposite direction was larger: $184 billion of U.S. imports, which break down into $148 billion in goods and $36 billion in services, or roughly four-fifths and one-fifth. In goods alone, the United States thus bought $71 billion more from Japan than it sold there; only China, Mexico, Vietnam, and Germany accounted for wider U.S. goods deficits that year. A U.S. surplus in services, about $8 billion, narrowed the overall gap to some $63 billion.

**Figure 1. Leading U.S. Goods Exports to Japan, 2023**

Source: CRS, with U.S. Census Bureau data. Selected product groups.

Vehicles dominate the other direction: motor vehicles and parts made up roughly 37% of U.S. goods imports from Japan last year. The yen's weakness has made Japanese goods cheaper; it fell past ¥155 per dollar in late April, its lowest level since 1990, and Japan's Ministry of Finance is thought to have intervened to support it.

## Investment

Investment ties run deeper than trade. With a direct investment position of $712 billion in the United States at the end of 2022, Japan ranks first among foreign investors, ahead of Canada and the United Kingdom. U.S. firms' holdings in Japan were far smaller, roughly $126 billion. Japan held $1.19 trillion of U.S. Treasury securities in March, more than any other foreign country; China held about $767 billion. Nippon Steel's planned $14.9 billion purchase of U.S. Steel, announced in December, awaits review by the Committee on Foreign Investment in the United States (CFIUS); President Biden said in March that U.S. Steel should remain "domestically owned and operated."

## Outlook

Kishida's term as president of the Liberal Democratic Party (LDP) ends in September, when party lawmakers and members will choose a leader; his cabinet's approval has been under 25% in many polls. In Washington, a U.S. presidential election in November could bring a return to the tariff-centered approach of 2018-2019. On May 14, the Administration raised Section 301 tariffs on Chinese electric vehicles to 100%, a step Japanese automakers are watching closely.

Members have also raised long-standing market access questions. Rice imports above Japan's minimum-access quota, roughly 770,000 metric tons a year, face prohibitive duties, and the USJTA left that regime untouched. Another concern is the eleven-member Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP), which the United Kingdom is set to join in December: once it does, British exporters will enjoy tariff cuts in Japan that U.S. firms obtain only in part. Some observers suggest that a future Administration could revisit a broader agreement, including services and investment chapters left out of the 2019 deals.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Kishida Fumio", note="family name first"),
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "trade.overall_partner_rank": F(6, period="2023", as_written="Five economies (Canada, Mexico, China, Germany, and the United Kingdom) did more business with the United States in 2023, counting both goods and services, than Japan did", note="five ahead of Japan: rank 6"),
        "trade.us_exports_to_japan": F(121000000000, period="2023", as_written="U.S. exports to Japan totaled $121 billion in 2023"),
        "trade.us_goods_exports_to_japan": F(77000000000, period="2023", as_written="Goods made up $77 billion of that amount"),
        "trade.us_services_exports_to_japan": F(44000000000, period="2023", as_written="while services supplied the other $44 billion"),
        "trade.us_imports_from_japan": F(184000000000, period="2023", as_written="The flow in the opposite direction was larger: $184 billion of U.S. imports"),
        "trade.us_goods_imports_from_japan": F(148000000000, period="2023", as_written="which break down into $148 billion in goods"),
        "trade.us_services_imports_from_japan": F(36000000000, period="2023", as_written="and $36 billion in services"),
        "trade.goods_deficit": F(71000000000, period="2023", as_written="In goods alone, the United States thus bought $71 billion more from Japan than it sold there"),
        "trade.goods_deficit_rank": F(5, period="2023", as_written="only China, Mexico, Vietnam, and Germany accounted for wider U.S. goods deficits that year", note="four ahead: rank 5"),
        "trade.japan_fdi_stock_in_us": F(712000000000, period="2022", as_written="With a direct investment position of $712 billion in the United States at the end of 2022"),
        "trade.fdi_source_rank": F(1, period="2022", as_written="Japan ranks first among foreign investors, ahead of Canada and the United Kingdom"),
        "trade.us_fdi_stock_in_japan": F(126000000000, "about", period="2022", as_written="U.S. firms' holdings in Japan were far smaller, roughly $126 billion", note="year carried from the sentence before"),
        "trade.treasury_holder_rank": F(1, period="2024-03", as_written="Japan held $1.19 trillion of U.S. Treasury securities in March, more than any other foreign country"),
        "agreements.usjta_signed": D("2019-10-07", as_written="Signed in Washington on October 7, 2019, the USJTA entered into force"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="the USJTA entered into force, along with the DTA, on the first day of 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="the USJTA entered into force, along with the DTA, on the first day of 2020"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="the U.S.-Japan Critical Minerals Agreement (CMA), signed March 28, 2023", note="bullet"),
    },
    "elections": {
        "ldp_president_2024": E("LDP president", "2024-09", "upcoming", note="'ends in September, when party lawmakers and members will choose a leader'; year from the cover date"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe Shinzo addresses a joint meeting of Congress", "2015-04", "held"),
        "first_negotiating_round": EV("Formal U.S.-Japan trade talks open", "2019-04", "held"),
        "section232_autos_proclamation": EV("Presidential proclamation on Section 232 auto imports", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Joint statement announcing completion of the first stage", "2019-09-25", "held"),
    },
    "notes": "Traps: 'On April 11, Kishida spoke to a joint meeting of Congress' (Kishida's 2024 address, not Abe's) and 'since Abe Shinzo's address in April 2015' (former PM; the tracked event); 'Five economies (Canada, Mexico, China, Germany, and the United Kingdom)' (a count of others, rank 6); 'under its predecessor, whose tariff threats produced two limited agreements in 2019'; 'notified Congress in October 2018 of its intent to negotiate' (not tariff_talks_announced); 'a month before a presidential proclamation of May 17, 2019' and 'the 25% duties floated during the investigation were never imposed' (no tariff fact); 'On September 25, 2019, in New York' (stage one completed, not the signing); 'some $7.2 billion of U.S. farm products', 'its tariff on U.S. beef, 38.5% at the time, is falling in steps to 9% in FY2033', 'worth about $40 million in trade'; 'Signed in Washington on October 7, 2019' (the USJTA's signing; the DTA's signing has no fact); 'within four months' (never started); bullets 'effective April 1, 2022', 'up to 1.25 million metric tons', 'the 25% Section 232 duty' (steel: no tariff fact), 'which has 14 members', 'entered into force on February 24, 2024' (IPEF, not an agreement fact), 'are to be signed in June' (planned); 'or roughly four-fifths and one-fifth' (fractions, no fact); 'only China, Mexico, Vietnam, and Germany' (four ahead: deficit rank 5); 'A U.S. surplus in services, about $8 billion, narrowed the overall gap to some $63 billion' (services balance and total balance: no fact); Figure 1 (product groups, $ billions, one series, ticks 0-20, no values); 'roughly 37% of U.S. goods imports from Japan'; 'it fell past ¥155 per dollar in late April, its lowest level since 1990' (no IF11120 fact); 'ahead of Canada and the United Kingdom'; 'China held about $767 billion'; 'Nippon Steel's planned $14.9 billion purchase of U.S. Steel, announced in December' and 'President Biden said in March'; 'Kishida's term as president ... ends in September' (the LDP vote is stated: ldp_president_2024 upcoming); 'approval has been under 25%'; 'a U.S. presidential election in November' (U.S. election: not listed) and 'the tariff-centered approach of 2018-2019'; 'On May 14, the Administration raised Section 301 tariffs on Chinese electric vehicles to 100%' (another country); 'roughly 770,000 metric tons a year' (rice quota); 'the eleven-member ... (CPTPP)' and 'set to join in December' (another agreement). PDF options ligatures and NBSP; interleaved: the two columns' lines alternate, the bullet list and Figure 1's ticks among them.",
}
