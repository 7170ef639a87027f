from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "KB1-IF10199-2024-08", "fresh30", "IF10199", 39
LAYOUTS = ["pdf", "md"]
PDF_OPTS = ["lig", "hyph"]
CHART = {"unit": "¥ per $", "ymax": 160, "ticks": [0, 40, 80, 120, 160],
         "series": ["Average exchange rate"],
         "bars": {"2020": (106.8,), "2021": (109.8,), "2022": (131.5,), "2023": (140.5,), "2024": (153.2,)}}

MD = """
U.S.-Japan Relations

Updated August 28, 2024

## Overview

Leadership in both allied capitals is in flux. On August 14, Kishida Fumio, prime minister since October 2021, announced that he would not run again for the presidency of the ruling Liberal Democratic Party (LDP). Because the LDP leader normally heads the government, Kishida will step down once the party picks his successor in a vote scheduled for September 27. Among those who have declared or are weighing a bid are former Defense Minister Ishiba Shigeru, Economic Security Minister Takaichi Sanae, and Koizumi Shinjiro, the son of a former premier. In Washington, President Joe Biden abandoned his reelection bid on July 21; Vice President Kamala Harris now faces former President Donald Trump in November.

Officials on both sides say the agenda set during Kishida's April state visit will survive the turnover. On that visit he spoke to a joint meeting of Congress, only the second Japanese leader to do so; the first was Abe Shinzo, in April 2015. Abe, Japan's longest-serving prime minister, was shot and killed while campaigning in July 2022.

## The Alliance

The two countries have been treaty allies since 1952, when the security pact signed at San Francisco the previous September took effect; a revised treaty replaced it in 1960. In excess of fifty thousand U.S. military personnel are assigned to Japan, spread across some 85 facilities, a larger contingent than the United States keeps in any other foreign country.

Japan offsets part of the cost of hosting them. The current Special Measures Agreement (SMA), reached in December 2021 and running through March 2027, commits Tokyo to ¥1.055 trillion over five years, or roughly ¥211 billion annually. At the exchange rate of the time, that came to close to $2 billion a year; the yen's fall since then has eroded its dollar value.

At a "two-plus-two" meeting of foreign and defense ministers in Tokyo on July 28, the United States announced that it would reconstitute U.S. Forces Japan as a joint force headquarters, a counterpart to the joint operations command the Self-Defense Forces plan to create by March 2025. The ministers also held their first cabinet-level session on extended deterrence.

## Defense Buildup

Japan's December 2022 strategy documents call for defense and related outlays to reach 2% of gross domestic product (GDP) by FY2027. That would be twice the informal ceiling of around 1% of GDP that cabinets observed for much of the postwar era. The government budgeted ¥43 trillion for the five years beginning in FY2023, and its FY2024 defense budget of ¥7.95 trillion was a record. In January, Tokyo signed a contract for up to 400 Tomahawk cruise missiles, a sale the State Department had approved last November at an estimated $2.35 billion. Japan also relaxed its arms-export rules in December 2023, allowing it to ship Patriot interceptors made under U.S. license back to the United States.

## Okinawa

Okinawa carries a disproportionate share of the U.S. presence. The prefecture covers six-tenths of one percent of Japan's land area, yet about seven-tenths of the acreage reserved for the exclusive use of U.S. forces lies within it, and a majority of the U.S. military personnel in Japan are based there.

Under a 2012 realignment plan, approximately 9,000 Marines are to leave Okinawa. Roughly 4,000 of them are to go to Guam, with the first expected there by December; most of the rest are bound for Hawaii. The replacement for Marine Corps Air Station Futenma, under construction at Henoko, is not expected to be finished before the mid-2030s. LDP-backed candidates won a majority in the June 16 prefectural assembly election, but Governor Tamaki Denny, whose term runs until September 2026, continues to oppose the Henoko project.

## Domestic Politics

The LDP governs in coalition with Komeito. Their shares of the seats in the Lower House and the Upper House are 63% and 59%, respectively, won in elections held in October 2021 and July 2022. A fundraising scandal involving LDP factions kept approval of Kishida's cabinet under 25% in most polls for the past year.

The next scheduled nationwide vote is the Upper House election due next July, when half of that chamber's seats will be at stake. The Lower House's four-year term ends in October 2025. Many observers expect Kishida's successor to dissolve the Lower House and hold a snap election this fall.

## Economic and Trade Ties

Measured by combined trade in goods and services, Japan was the sixth-largest U.S. trading partner in 2023. As a supplier of goods, it trailed only Mexico, China, Canada, and Germany. Table 1 shows the bilateral flows.

Table 1. U.S. Trade with Japan ($ billions, goods and services)

| Flow | 2022 | 2023 |
| --- | --- | --- |
| U.S. exports to Japan | 120.1 | 121.0 |
| U.S. imports from Japan | 180.3 | 184.0 |
| Balance | -60.2 | -63.0 |

Source: Bureau of Economic Analysis.

Japanese companies held $783 billion in direct investment in the United States at the end of 2023, a stock larger than that of firms from any other country. Nippon Steel's proposed $14.9 billion purchase of U.S. Steel, announced last December, is under review by the Committee on Foreign Investment in the United States; both President Biden and Vice President Harris have said the steelmaker should remain domestically owned. Japan's holdings of U.S. Treasury securities, about $1.1 trillion in June, exceed those of every other foreign country, China included.

Trade policy may become a point of friction after the U.S. election. Former President Trump has proposed a tariff of 10% or more on all U.S. imports. Japanese steel already faces Section 232 duties above a tariff-rate quota.

## Economy

After expanding 1.0% in 2022, Japan's real GDP grew 1.9% in 2023. Output then shrank in the first quarter of 2024 before rebounding at an annualized rate of 3.1% in April-June. The Diet's most recent supplementary budget, passed last November, provided ¥13.1 trillion (nearly $90 billion) for tax cuts and subsidies.

In early July the yen weakened to almost ¥162 to the dollar, a 38-year low (Figure 1). It recovered sharply after the Bank of Japan raised its policy rate to 0.25% on July 31, and on August 5 Tokyo's main stock index fell 12.4%, its steepest one-day drop since 1987.

**Figure 1. Yen per U.S. Dollar, Annual Averages, 2020-2024**

Source: Federal Reserve. The 2024 bar averages January through July.

Japan's pledge under the Paris Agreement is to reduce greenhouse gas emissions 46% from FY2013 levels by FY2030, while pursuing efforts toward a 50% cut.

## Regional Diplomacy

- Quad: the leaders of Australia, India, Japan, and the United States have met on five occasions since March 2021, twice virtually; a sixth summit is expected later this year.
- IPEF: the Indo-Pacific Economic Framework, launched in Tokyo in May 2022, now has fourteen members, Japan included. Its supply chain agreement entered into force in February.
- Ukraine: Japan has pledged upwards of $12 billion to Ukraine since 2022. Financial support and humanitarian aid account for $5.5 billion and $1.3 billion of that sum, respectively.
- Korea: in August 2023, Kishida, President Biden, and South Korean President Yoon Suk Yeol held the first stand-alone trilateral summit at Camp David.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Caitlin Campbell**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Kishida Fumio, prime minister since October 2021", note="family name first; title in an appositive after the name; still in office (not running again for party president)"),
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden abandoned his reelection bid on July 21", note="still president; Harris and 'former President Donald Trump' are traps"),
        "alliance.treaty_ally_since": F(1952, as_written="The two countries have been treaty allies since 1952, when the security pact signed at San Francisco the previous September took effect", note="entry into force; the 1951 signing ('the previous September') and the 1960 revision are traps"),
        "alliance.us_troops_in_japan": F(50000, "over", as_written="In excess of fifty thousand U.S. military personnel are assigned to Japan", note="number in words; 'in excess of' = over"),
        "alliance.host_nation_support_per_year": F(2000000000, "nearly", per="year", as_written="At the exchange rate of the time, that came to close to $2 billion a year", note="the dollar figure ('that' = the yearly yen average); the yen totals are not dollars"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="The current Special Measures Agreement (SMA), reached in December 2021 and running through March 2027", note="dated by its conclusion, not its March 2027 end"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="about seven-tenths of the acreage reserved for the exclusive use of U.S. forces lies within it", note="fraction in words, exclusive-use basis"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="a majority of the U.S. military personnel in Japan are based there", note="'a majority' = over half"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="The prefecture covers six-tenths of one percent of Japan's land area", note="fraction of a percent in words"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Roughly 4,000 of them are to go to Guam", note="'them' = the approximately 9,000 Marines leaving Okinawa"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2027", as_written="call for defense and related outlays to reach 2% of gross domestic product (GDP) by FY2027"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="the informal ceiling of around 1% of GDP that cabinets observed for much of the postwar era"),
        "defense.tomahawk_purchase": F(2350000000, "about", as_written="a sale the State Department had approved last November at an estimated $2.35 billion"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="The LDP governs in coalition with Komeito"),
        "politics.lower_house_coalition_share": F(63, as_written="Their shares of the seats in the Lower House and the Upper House are 63% and 59%, respectively", note="'respectively' pairs 63% with the Lower House; subject 'Their' = the LDP and Komeito"),
        "politics.upper_house_coalition_share": F(59, as_written="Their shares of the seats in the Lower House and the Upper House are 63% and 59%, respectively"),
        "politics.next_diet_election_due": F(2025, as_written="The next scheduled nationwide vote is the Upper House election due next July", note="'next July' from the August 2024 cover"),
        "politics.lower_house_election_due": D("2025-10", as_written="The Lower House's four-year term ends in October 2025"),
        "trade.overall_partner_rank": F(6, period="2023", as_written="Measured by combined trade in goods and services, Japan was the sixth-largest U.S. trading partner in 2023"),
        "trade.import_partner_rank": F(5, period="2023", as_written="As a supplier of goods, it trailed only Mexico, China, Canada, and Germany", note="rank by exclusion of four named countries (goods basis); year carried from the sentence before"),
        "trade.us_exports_to_japan": F(121000000000, period="2023", as_written="U.S. exports to Japan | 120.1 | 121.0", note="only in Table 1 ($ billions), 2023 column; 2022 column is a trap"),
        "trade.us_imports_from_japan": F(184000000000, period="2023", as_written="U.S. imports from Japan | 180.3 | 184.0", note="only in Table 1 ($ billions), 2023 column"),
        "trade.fdi_source_rank": F(1, period="2023", as_written="Japanese companies held $783 billion in direct investment in the United States at the end of 2023, a stock larger than that of firms from any other country", note="period from the stock's date in the same sentence"),
        "trade.treasury_holder_rank": F(1, period="2024-06", as_written="Japan's holdings of U.S. Treasury securities, about $1.1 trillion in June, exceed those of every other foreign country, China included", note="'in June' from the August 2024 cover"),
        "economy.gdp_growth": GDP(y2023=1.9, y2022=1.0),
        "economy.supplementary_budget": F(90000000000, "nearly", period="2023-11", as_written="The Diet's most recent supplementary budget, passed last November, provided ¥13.1 trillion (nearly $90 billion)", note="the parenthesised dollar figure; 'last November' from the August 2024 cover"),
        "economy.yen": F("38-year low against the dollar", period="2024-07", as_written="In early July the yen weakened to almost ¥162 to the dollar, a 38-year low"),
        "economy.emissions_cut_target": F(46, by="FY2030", baseline="FY2013", as_written="to reduce greenhouse gas emissions 46% from FY2013 levels by FY2030"),
        "diplomacy.quad_leader_meetings": F(5, as_written="the leaders of Australia, India, Japan, and the United States have met on five occasions since March 2021", note="number in words; the sixth summit is only expected"),
        "diplomacy.ipef_other_partners": F(13, period="2022-05", as_written="launched in Tokyo in May 2022, now has fourteen members, Japan included", note="fourteen members including Japan = 13 other countries (membership at the cover date, as fresh29's JB1)"),
        "diplomacy.ukraine_financial_support": F(5500000000, as_written="Financial support and humanitarian aid account for $5.5 billion and $1.3 billion of that sum, respectively"),
        "diplomacy.ukraine_humanitarian_aid": F(1300000000, as_written="Financial support and humanitarian aid account for $5.5 billion and $1.3 billion of that sum, respectively"),
    },
    "elections": {
        "ldp_president_2024": E("LDP president", "2024-09-27", "upcoming", note="'once the party picks his successor in a vote scheduled for September 27' (year from the cover); Kishida not running"),
        "lower_house_2021": E("Lower House", "2021-10", "held", result="coalition holds 63% of seats"),
        "upper_house_2022": E("Upper House", "2022-07", "held", result="coalition holds 59% of seats"),
        "upper_house_2025": E("Upper House", "2025-07", "upcoming", note="'the Upper House election due next July'"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe Shinzo addresses a joint meeting of Congress, the first Japanese leader to do so", "2015-04", "held"),
        "abe_assassination": EV("Former Prime Minister Abe Shinzo shot and killed while campaigning", "2022-07", "held"),
    },
    "notes": "Traps: 'On August 14' (announcement date) and 'in a vote scheduled for September 27' (LDP vote, not a Diet election); 'former Defense Minister Ishiba Shigeru, Economic Security Minister Takaichi Sanae, and Koizumi Shinjiro, the son of a former premier' (candidates, not prime minister); 'abandoned his reelection bid on July 21', 'Vice President Kamala Harris now faces former President Donald Trump in November' (not the president; the U.S. election is not listed); 'Kishida's April state visit' and 'he spoke to a joint meeting of Congress, only the second Japanese leader to do so' (Kishida's 2024 address is not the tracked event; 'the first was Abe Shinzo, in April 2015' is); 'Abe, Japan's longest-serving prime minister' (former leader); 'the security pact signed at San Francisco the previous September' (1951) and 'a revised treaty replaced it in 1960'; 'spread across some 85 facilities' (a count beside the troop figure); 'commits Tokyo to ¥1.055 trillion over five years, or roughly ¥211 billion annually' (yen, not dollars) and 'running through March 2027' (end date, not the agreement); 'on July 28', 'by March 2025', 'first cabinet-level session on extended deterrence'; 'Japan's December 2022 strategy documents'; 'The government budgeted ¥43 trillion' and 'its FY2024 defense budget of ¥7.95 trillion'; 'up to 400 Tomahawk cruise missiles' (a count), 'In January' and 'approved last November' (dates); 'relaxed its arms-export rules in December 2023'; 'Under a 2012 realignment plan, approximately 9,000 Marines are to leave Okinawa' (total leaving, not Guam), 'with the first expected there by December' (none yet in Guam: no marines_in_guam), 'most of the rest are bound for Hawaii'; 'not expected to be finished before the mid-2030s'; 'won a majority in the June 16 prefectural assembly election' (local election, not a Diet share; not listed); 'whose term runs until September 2026' (governor's term end alone, no election stated); 'won in elections held in October 2021 and July 2022' (held elections); 'kept approval of Kishida's cabinet under 25%'; 'when half of that chamber's seats will be at stake' (not a share); 'Many observers expect Kishida's successor to dissolve the Lower House and hold a snap election this fall' (speculation: not the next election, not listed); 'it trailed only Mexico, China, Canada, and Germany' (four countries ahead: rank 5); Table 1's 2022 column and 'Balance' row ('-63.0', '-60.2'; no IF10199 fact); 'Japanese companies held $783 billion' (FDI stock, no IF10199 fact); 'Nippon Steel's proposed $14.9 billion purchase of U.S. Steel, announced last December'; 'about $1.1 trillion in June' (holdings amount); 'Former President Trump has proposed a tariff of 10% or more on all U.S. imports' (a candidate's proposal: no tariff on most imports stated); 'Section 232 duties above a tariff-rate quota' (steel); 'Output then shrank in the first quarter of 2024 before rebounding at an annualized rate of 3.1% in April-June' (quarterly, not yearly growth); '¥13.1 trillion' (yen); 'almost ¥162 to the dollar'; 'raised its policy rate to 0.25% on July 31'; 'fell 12.4%, its steepest one-day drop since 1987'; Figure 1 (yen per dollar annual averages 2020-2024*, ticks 0-160, no value labels; the partial-year 2024 bar, 'The 2024 bar averages January through July'); 'while pursuing efforts toward a 50% cut' (aspiration, not the target); 'twice virtually' and 'a sixth summit is expected later this year' (planned); 'Its supply chain agreement entered into force in February'; 'Japan has pledged upwards of $12 billion to Ukraine since 2022' (the total, not either component); 'in August 2023 ... South Korean President Yoon Suk Yeol held the first stand-alone trilateral summit at Camp David' (another country's leader). PDF: ligatures and hyphenated line ends; Table 1 and the boxed Figure 1 in the columns; bullet list of the Regional Diplomacy section.",
}
