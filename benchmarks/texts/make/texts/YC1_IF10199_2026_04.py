from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "YC1-IF10199-2026-04", "fresh45", "IF10199", 48
LAYOUTS = ["interleaved", "html"]
PDF_OPTS = ["nbsp", "hyph"]
SIDEBAR = "Okinawa and the Marines"
CHART = {"unit": "¥ trillions", "ymax": 10, "ticks": [0, 2.5, 5, 7.5, 10],
         "series": ["Initial defense budget"],
         "bars": {"FY2022": (5.4,), "FY2023": (6.8,), "FY2024": (7.9,), "FY2025": (8.7,), "FY2026": (9.0,)}}

MD = """
U.S.-Japan Relations

Updated April 14, 2026

## Overview

For more than a year, tariffs have shared top billing with security in relations between Washington and Tokyo. Since February 24, 2026, most goods from Japan have paid a 10% import surcharge that President Donald Trump imposed under Section 122 of the Trade Act of 1974. He acted four days after the Supreme Court held that the International Emergency Economic Powers Act (IEEPA) does not permit the President to levy tariffs, a ruling that voided the 15% rate Japan had accepted in a bilateral framework the previous July. Tokyo's main concession in that framework, a promise of $550 billion in investment, has not been withdrawn.

Prime Minister Takaichi Sanae, whose Liberal Democratic Party (LDP) won a landslide in the February 8 Lower House election, has told the Diet that Japan will keep its side of the bargain as long as the United States does. She is expected in Washington for a summit later this spring. Her government is also enlarging Japan's military faster than any of its predecessors, a course the Administration has welcomed while pressing for more.

The United States and Japan have been treaty allies since 1952, when the security pact signed in San Francisco the previous September came into force. A revised treaty, concluded in 1960, remains the legal foundation of the alliance.

## Tariffs and the Framework Agreement

The present arrangement was reached by a winding route. On April 2, 2025, the President announced a 24% "reciprocal" tariff on Japanese goods, only to suspend it for 90 days a week later, leaving a 10% baseline in force. That month the Administration named Japan as one of the first partners with which it would negotiate. A presidential letter in early July warned that the rate would rise to 25% on August 1 absent a deal.

The framework announced on July 22, 2025, set the IEEPA rate on most Japanese goods at 15%, inclusive of normal duties, and brought the Section 232 tariff on Japanese autos and parts down to the same level from the 27.5% charged since April. In return, Japan committed to invest $550 billion, through government-backed lenders, in U.S. projects chosen by the Administration before January 19, 2029. It also undertook to buy more U.S. rice, corn, soybeans, and liquefied natural gas.

The Court's February 20 decision did not touch the Section 232 duties, so Japanese cars still face 15%, and steel and aluminum 50%. The Section 122 surcharge rests on weaker ground. The statute limits any such charge to 15% and to 150 days unless Congress extends it, so the surcharge is set to lapse in late July 2026. The President has said he will raise it to the 15% ceiling but had not done so by this writing. USTR has opened Section 301 investigations of several partners' practices that could support longer-lasting tariffs, and press reports say a 12.5% rate for Japan has been discussed.

Tariffs on goods from Japan, as of April 14:

- most goods: 10% Section 122 surcharge (from February 24, 2026);
- passenger vehicles and parts: 15% under Section 232;
- steel, aluminum, and their derivatives: 50% under Section 232;
- the 15% framework rate under IEEPA: voided by the Supreme Court on February 20.

## Trade and Investment

Counting both goods and services, Japan was the sixth-largest U.S. trading partner in 2025. It was the fifth-largest market for U.S. exports, which came to $131.6 billion that year, and the seventh-largest source of U.S. imports, which fell to $183.4 billion as Japanese automakers absorbed part of the new duties and shifted some output to plants in North America.

Table 1. U.S. Trade with Japan, Goods and Services ($ billions)

| Flow | 2024 | 2025 |
| --- | --- | --- |
| U.S. exports to Japan | 129.5 | 131.6 |
| U.S. imports from Japan | 191.8 | 183.4 |
| U.S. balance | -62.3 | -51.8 |

Source: CRS, using Bureau of Economic Analysis data released March 2026.

Japanese firms hold more direct investment in the United States than those of any other country, with a stock of $792 billion at the end of 2024. Nippon Steel's $14.1 billion purchase of U.S. Steel, closed in June 2025 after the Administration obtained a "golden share" in the company, has since added to that total. Japan is likewise the largest foreign holder of U.S. Treasury securities, at roughly $1.2 trillion.

## The Alliance

Some 55,000 U.S. military personnel are on active duty in Japan, more than in any other foreign country. U.S. Forces Japan is being converted into a joint force headquarters to work alongside the Joint Operations Command that Japan's Self-Defense Forces stood up in March 2025.

Japan's payments toward the cost of U.S. forces fall under a Special Measures Agreement (SMA) announced in December 2021. That five-year accord, covering FY2022 through FY2026, totals ¥1.055 trillion, an average of ¥211 billion per year, or about $1.4 billion at recent exchange rates. Talks on its successor opened in February 2026. During his first term, President Trump reportedly asked Japan to pay $8 billion a year.

Japan is purchasing 400 Tomahawk cruise missiles, a sale the State Department approved in November 2023 at an estimated $2.35 billion; the first were delivered in 2025.

## Okinawa and the Marines

Okinawa Prefecture, just 0.6% of Japan's land area, holds close to 70% of the land set aside for the exclusive use of U.S. forces, and more than half of the U.S. military personnel in Japan are stationed there. Under a 2012 realignment plan, roughly 9,000 Marines are to leave the prefecture, and about 4,000 of them are to move to Guam. An advance group of about 100 arrived in December 2024; as of March 2026, Guam hosted 210 of the relocating Marines.

Construction of a replacement for Marine Corps Air Station Futenma at Henoko, on Okinawa's northeast coast, continues over the objections of Governor Tamaki Denny. Okinawans choose a governor in September 2026, a race in which the relocation is again expected to be the central issue.

## Japan's Defense Buildup

The national security documents Japan adopted in December 2022 set a goal of spending 2% of GDP on defense and related items by FY2027, about double the 1% ceiling that governments had honored, with few exceptions, since 1976. Takaichi brought the deadline forward by two years, and her government says that outlays for FY2025, including funds in the December supplementary budget, reached the 2% mark. U.S. officials have urged Japan to go further, toward 3.5% of GDP, the core-defense level NATO members agreed to in June 2025 as part of a 5% pledge. The initial FY2026 defense budget, about ¥9 trillion, is the largest in Japan's history (Figure 1).

**Figure 1. Japan's Defense Budget, FY2022-FY2026**

Source: CRS, from Japan Ministry of Defense budget documents.

## Politics in Japan

Takaichi won the LDP presidency on October 4, 2025. Her predecessor, Ishiba Shigeru, had announced his resignation after the July 2025 Upper House election, in which the ruling parties lost their majority in that chamber. Komeito, the LDP's partner since 1999, then left the government, and Takaichi took office on October 21 at the head of a new coalition of the LDP and the Japan Innovation Party (Ishin), which signed a policy accord but took no cabinet posts.

Takaichi dissolved the Lower House in January. In the February vote, the LDP alone won 316 of the chamber's 465 seats, its best result ever. Together with Ishin, the coalition controls roughly three-quarters of the Lower House. It is still short of a majority in the Upper House, half of whose 248 seats will next be contested in July 2028, the next scheduled national election. The newly elected Lower House need not face voters until February 2030. Takaichi's cabinet has enjoyed approval ratings above 60% since the election.

## Japan's Economy

Japan's real GDP grew by 1.1% in 2025, after just 0.1% in 2024, despite an annualized contraction of 2.3% in the July-September quarter as exports to the United States slumped. To blunt the effect of rising prices, the Diet in December 2025 passed a ¥18.3 trillion (roughly $117 billion) supplementary budget, part of a ¥21.3 trillion economic package. The Bank of Japan raised its policy rate to 0.75% that month, its highest level in three decades.

## Regional Relations

Relations with China deteriorated after Takaichi told the Diet in November 2025 that a Chinese attack on Taiwan could pose a "survival-threatening situation" for Japan. Beijing responded by discouraging travel to Japan and suspending imports of Japanese seafood. Ties with South Korea have been steadier: President Lee Jae-myung, who took office in June 2025, and Takaichi have exchanged visits. The leaders of the Quad (Australia, India, Japan, and the United States) have met six times since 2021, but the summit India was to host in 2025 has not taken place.

## Issues for Congress

- whether to extend the Section 122 surcharge past its 150-day limit, or to legislate on tariff authority after the Court's ruling;
- oversight of how projects under the $550 billion commitment are chosen and how returns are shared;
- the terms of a new SMA before the current one expires at the end of March 2027;
- funding for Marine Corps facilities on Guam and the pace of the move from Okinawa.

**Mark E. Manyin**, Specialist in Asian Affairs

**Kyla H. Kitamura**, Analyst in International Trade and Finance

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Daniel J. Longo**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "Prime Minister Takaichi Sanae", note="family name first"),
        "alliance.treaty_ally_since": F(1952, as_written="The United States and Japan have been treaty allies since 1952", note="signed 1951 ('the previous September'), revised 1960: both traps"),
        "trade.us_tariff_on_most_imports_from_japan": F(10, period="2026-02-24", as_written="most goods from Japan have paid a 10% import surcharge", note="the Section 122 surcharge; also the first bullet 'most goods: 10% Section 122 surcharge'. The 15% framework (IEEPA) rate was voided on February 20"),
        "trade.japan_investment_pledge": F(550000000000, by="2029-01-19", as_written="Japan committed to invest $550 billion, through government-backed lenders, in U.S. projects chosen by the Administration before January 19, 2029", note="also 'a promise of $550 billion in investment' in the Overview"),
        "trade.overall_partner_rank": F(6, period="2025", as_written="Counting both goods and services, Japan was the sixth-largest U.S. trading partner in 2025"),
        "trade.export_partner_rank": F(5, period="2025", as_written="It was the fifth-largest market for U.S. exports", note="subject carried from the sentence before"),
        "trade.us_exports_to_japan": F(131600000000, period="2025", as_written="which came to $131.6 billion that year", note="also Table 1's 2025 column"),
        "trade.import_partner_rank": F(7, period="2025", as_written="the seventh-largest source of U.S. imports"),
        "trade.us_imports_from_japan": F(183400000000, period="2025", as_written="which fell to $183.4 billion", note="also Table 1's 2025 column"),
        "trade.fdi_source_rank": F(1, as_written="Japanese firms hold more direct investment in the United States than those of any other country", note="rank by comparison: first"),
        "trade.treasury_holder_rank": F(1, as_written="Japan is likewise the largest foreign holder of U.S. Treasury securities"),
        "alliance.us_troops_in_japan": F(55000, "about", as_written="Some 55,000 U.S. military personnel are on active duty in Japan"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="a Special Measures Agreement (SMA) announced in December 2021", note="five years, FY2022-FY2026; successor talks opened February 2026 (trap)"),
        "alliance.host_nation_support_per_year": F(1400000000, "about", per="year", as_written="an average of ¥211 billion per year, or about $1.4 billion at recent exchange rates", note="yen average stated exactly; the dollar figure carries 'about'"),
        "defense.tomahawk_purchase": F(2350000000, "about", as_written="a sale the State Department approved in November 2023 at an estimated $2.35 billion"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="Okinawa Prefecture, just 0.6% of Japan's land area", note="'just' is not a hedge"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "nearly", as_written="holds close to 70% of the land set aside for the exclusive use of U.S. forces", note="exclusive-use basis (as the record's 2026-10-01 version); 'close to' is nearly"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="more than half of the U.S. military personnel in Japan are stationed there"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="about 4,000 of them are to move to Guam", note="of the roughly 9,000 leaving Okinawa (trap)"),
        "alliance.marines_in_guam": F(210, period="2026-03", as_written="as of March 2026, Guam hosted 210 of the relocating Marines", note="the advance group of about 100 (December 2024) is a past figure"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2025", as_written="a goal of spending 2% of GDP on defense and related items by FY2027", note="deadline brought forward two years by Takaichi ('Takaichi brought the deadline forward by two years'), to FY2025; the value is 2 either way"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="about double the 1% ceiling that governments had honored", note="'about' qualifies 'double', not the 1%"),
        "politics.ruling_coalition": F(["LDP", "Ishin"], as_written="a new coalition of the LDP and the Japan Innovation Party (Ishin)", note="Komeito left in October 2025 (trap: 'the LDP's partner since 1999')"),
        "politics.lower_house_coalition_share": F(75, "about", as_written="Together with Ishin, the coalition controls roughly three-quarters of the Lower House", note="fraction in words: 75; the LDP's own 316 of 465 is a trap"),
        "politics.upper_house_coalition_share": F(50, "under", as_written="It is still short of a majority in the Upper House", note="a minority, as the record's 2026-10-01 version"),
        "politics.next_diet_election_due": F(2028, as_written="half of whose 248 seats will next be contested in July 2028, the next scheduled national election"),
        "politics.lower_house_election_due": D("2030-02", as_written="The newly elected Lower House need not face voters until February 2030", note="years away: no upcoming lower_house_2030 election"),
        "economy.gdp_growth": dict(GDP(y2025=1.1, y2024=0.1), as_written="Japan's real GDP grew by 1.1% in 2025, after just 0.1% in 2024", note="'just' is not a hedge"),
        "economy.supplementary_budget": F(117000000000, "about", period="2025-12", as_written="the Diet in December 2025 passed a ¥18.3 trillion (roughly $117 billion) supplementary budget", note="the ¥21.3 trillion package is a trap"),
        "diplomacy.quad_leader_meetings": F(6, as_written="The leaders of the Quad (Australia, India, Japan, and the United States) have met six times since 2021"),
    },
    "elections": {
        "upper_house_2025": E("Upper House", "2025-07", "held", result="ruling parties lost their majority in the chamber"),
        "ldp_president_2025": E("LDP president", "2025-10-04", "held", result="Takaichi Sanae elected"),
        "lower_house_2026": E("Lower House", "2026-02-08", "held", result="LDP 316 of 465 seats; LDP-Ishin coalition roughly three-quarters", note="date from the Overview ('the February 8 Lower House election')"),
        "upper_house_2028": E("Upper House", "2028-07", "upcoming", note="half of the 248 seats"),
        "okinawa_governor_2026": E("Okinawa governor", "2026-09", "upcoming", note="incumbent Tamaki Denny opposes the Henoko relocation"),
    },
    "events": {
        "tariff_talks_announced": EV("Administration names Japan among the first partners for tariff negotiations", "2025-04", "held"),
        "section122_surcharge_expired": EV("The 10% Section 122 surcharge lapses after 150 days unless Congress extends it", "2026-07", "upcoming"),
    },
    "notes": "Traps: 'under Section 122 of the Trade Act of 1974' (year of a law); 'He acted four days after the Supreme Court held' (the ruling of February 20, not an IF10199 fact); 'the 15% rate Japan had accepted in a bilateral framework the previous July' (voided IEEPA rate, no longer the tariff on most imports); 'the security pact signed in San Francisco the previous September' (1951, the signing, not the treaty-ally year) and 'A revised treaty, concluded in 1960'; 'a 24% \"reciprocal\" tariff on Japanese goods' (announced and suspended), 'suspend it for 90 days a week later, leaving a 10% baseline in force' (a past 10%, not the Section 122 surcharge), 'warned that the rate would rise to 25% on August 1' (threatened); 'set the IEEPA rate on most Japanese goods at 15%' (framework rate, voided); 'from the 27.5% charged since April' and 'Japanese cars still face 15%' (auto rates, not most imports); 'steel and aluminum 50%' and the bullet 'steel, aluminum, and their derivatives: 50% under Section 232'; 'The statute limits any such charge to 15% and to 150 days' (statutory cap); 'The President has said he will raise it to the 15% ceiling but had not done so' (announced, not applied); 'a 12.5% rate for Japan has been discussed' (floated Section 301 rate); the bullet 'the 15% framework rate under IEEPA: voided'; Table 1's 2024 column ('129.5', '191.8') and balance row ('-62.3', '-51.8'); 'with a stock of $792 billion at the end of 2024' (FDI stock, not a catalogue fact here); 'Nippon Steel's $14.1 billion purchase of U.S. Steel'; 'at roughly $1.2 trillion' (Treasury holdings, not a rank); 'the Joint Operations Command that Japan's Self-Defense Forces stood up in March 2025'; 'totals ¥1.055 trillion' (five-year total) and 'Talks on its successor opened in February 2026' (not the agreement date); 'President Trump reportedly asked Japan to pay $8 billion a year' (a past demand, not the payment); 'Japan is purchasing 400 Tomahawk cruise missiles' (a count) and 'the first were delivered in 2025'; 'roughly 9,000 Marines are to leave the prefecture' (the Okinawa total, not the Guam move); 'An advance group of about 100 arrived in December 2024' (past figure for the Marines in Guam); 'Under a 2012 realignment plan'; 'Okinawans choose a governor in September 2026' (not a Diet election); 'adopted in December 2022'; 'by FY2027' (the original deadline, moved to FY2025); 'since 1976'; 'toward 3.5% of GDP' and 'as part of a 5% pledge' (U.S. request and NATO levels, not Japan's goal); 'about ¥9 trillion' and Figure 1 (interleaved: unit '¥ trillions', ticks 0-10, fiscal years FY2022-FY2026, legend; no values); 'the LDP's partner since 1999' (Komeito, no longer in the coalition); 'took office on October 21'; 'the LDP alone won 316 of the chamber's 465 seats' (the LDP's own share, not the coalition's); 'half of whose 248 seats' (a seat count); 'approval ratings above 60%'; 'an annualized contraction of 2.3% in the July-September quarter' (a quarter, not a year); 'part of a ¥21.3 trillion economic package' (the package, not the budget); 'raised its policy rate to 0.75%' and 'its highest level in three decades'; 'President Lee Jae-myung, who took office in June 2025'; 'the summit India was to host in 2025 has not taken place' (no meeting to count); bullet 'before the current one expires at the end of March 2027' (expiry, not the agreement date). Interleaved text: non-breaking spaces before billion/trillion/percent and in 'U.S. Forces', hyphenated line ends, the two columns' lines alternating; html: the Okinawa sidebar and Figure 1 in an aside.",
}
