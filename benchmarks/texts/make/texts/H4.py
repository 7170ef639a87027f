from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "H4-IF10199-2024-10", "holdout", "IF10199", 46
LAYOUTS = ["md", "html"]
SIDEBAR = "U.S. Forces and Okinawa"

MD = """
U.S.-Japan Relations

Updated October 15, 2024

## Overview

Ishiba Shigeru took office as Japan's prime minister on October 1, 2024, after winning the Liberal Democratic Party (LDP) presidential election on September 27 in a runoff. He succeeded Kishida Fumio, who chose not to seek another term after a political funding scandal. Ishiba promptly dissolved the Lower House, and a general election will be held on October 27, 2024. The next Upper House election follows in July 2025. Ishiba, a former defense minister, has floated ideas such as an "Asian NATO" and a revision of the status of forces agreement, proposals that U.S. officials have received coolly.

President Joe Biden has called the alliance, which dates to 1951, "stronger than ever." Upwards of 50,000 U.S. military personnel are based in Japan.

## Alliance Issues

In 2024, the two governments agreed to upgrade the command and control of U.S. Forces Japan (USFJ) into a joint force headquarters. Under the cost-sharing agreement concluded in December 2021, Japan pays roughly ¥211 billion ($1.4 billion) a year toward U.S. basing costs. Japan has committed to spend 2% of its GDP on defense and related items by FY2027, after decades during which it generally limited defense spending to 1%. It is buying up to 400 Tomahawk cruise missiles at a cost of about $2.35 billion.

## U.S. Forces and Okinawa

Okinawa covers under 1 percent of Japan's land area but hosts approximately one-fourth of the facilities used by USFJ and more than half of its personnel. Approximately 4,000 Marines are to relocate to Guam, with the first moves scheduled to begin in December 2024.

## Politics

The LDP governs with Komeito. The coalition holds about 58% of the seats in the Upper House. Ishiba's cabinet launched with an approval rating near 50%, lower than most new cabinets, and some LDP members fear losses over the funding scandal.

## Economic Relations

Japan's economy grew 1.5% in 2023, after 1.0% in 2022. A ¥13.1 trillion (about $88 billion) supplementary budget was enacted in November 2023; Ishiba has said he will compile another after the election. The yen fell to a 38-year low against the dollar in July 2024. Japan's 2030 target is a 46% cut in greenhouse gas emissions from 2013 levels.

Japan was the sixth-largest U.S. trading partner in 2023. U.S. exports of goods and services to Japan totaled some $121 billion that year; imports from Japan were $184 billion. For five consecutive years Japan has been the single largest source of FDI in the United States, and Japanese investors hold more U.S. Treasury securities than investors of any other nation. Nippon Steel's $14.9 billion bid for U.S. Steel remains under review by the Committee on Foreign Investment in the United States (CFIUS).

## Diplomacy

Biden has convened six leader-level Quad meetings, most recently in Wilmington, Delaware, in September 2024. When the Indo-Pacific Economic Framework (IPEF) was launched in May 2022, Japan was joined by 13 other countries; Fiji became the 14th partner soon after.

**Mark E. Manyin**, Specialist in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Ishiba", "Shigeru", "Ishiba Shigeru took office as Japan's prime minister on October 1, 2024"),
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "alliance.treaty_ally_since": F(1951, as_written="the alliance, which dates to 1951"),
        "alliance.us_troops_in_japan": F(50000, "over", as_written="Upwards of 50,000 U.S. military personnel are based in Japan", note="'upwards of' read as over"),
        "alliance.host_nation_support_per_year": F(1400000000, "about", per="year", as_written="roughly ¥211 billion ($1.4 billion) a year"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="the cost-sharing agreement concluded in December 2021"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="approximately one-fourth of the facilities used by USFJ"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="more than half of its personnel"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="under 1 percent of Japan's land area"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Approximately 4,000 Marines are to relocate to Guam"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2027", as_written="spend 2% of its GDP on defense and related items by FY2027"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="it generally limited defense spending to 1%"),
        "defense.tomahawk_purchase": F(2350000000, "about", as_written="up to 400 Tomahawk cruise missiles at a cost of about $2.35 billion"),
        "politics.ruling_coalition": F(["LDP", "Komeito"]),
        "politics.upper_house_coalition_share": F(58, "about", as_written="The coalition holds about 58% of the seats in the Upper House"),
        "politics.next_diet_election_due": F(2024, note="Lower House general election, October 27, 2024"),
        "trade.overall_partner_rank": F(6, period="2023", as_written="Japan was the sixth-largest U.S. trading partner in 2023"),
        "trade.us_exports_to_japan": F(121000000000, "about", period="2023", as_written="some $121 billion that year"),
        "trade.us_imports_from_japan": F(184000000000, period="2023"),
        "trade.fdi_source_rank": F(1, as_written="For five consecutive years Japan has been the single largest source of FDI"),
        "trade.treasury_holder_rank": F(1, as_written="hold more U.S. Treasury securities than investors of any other nation"),
        "economy.gdp_growth": GDP(y2023=1.5, y2022=1.0),
        "economy.supplementary_budget": F(88000000000, "about", period="2023-11", as_written="A ¥13.1 trillion (about $88 billion) supplementary budget was enacted in November 2023"),
        "economy.emissions_cut_target": F(46, by="2030", baseline="2013"),
        "economy.yen": F("38-year low against the dollar", period="2024-07"),
        "diplomacy.quad_leader_meetings": F(6, as_written="Biden has convened six leader-level Quad meetings"),
        "diplomacy.ipef_other_partners": F(13, period="2022-05", as_written="Japan was joined by 13 other countries"),
    },
    "elections": {
        "ldp_president_2024": E("LDP president", "2024-09-27", "held", result="Ishiba won in a runoff"),
        "lower_house_2024": E("Lower House", "2024-10-27", "upcoming"),
        "upper_house_2025": E("Upper House", "2025-07", "upcoming"),
    },
    "events": {},
    "notes": "Traps: 'He succeeded Kishida Fumio' (former prime minister); 'Ishiba promptly dissolved the Lower House' (no seat share for a dissolved chamber: politics.lower_house_coalition_share not stated; no deadline stated: politics.lower_house_election_due not stated); 'The next Upper House election follows in July 2025' (later than the Lower House vote); 'an \"Asian NATO\"'; 'a former defense minister'; 'upgrade the command and control ... into a joint force headquarters'; '¥211 billion' (yen beside dollars); 'up to 400 Tomahawk cruise missiles' (a count); 'with the first moves scheduled to begin in December 2024' (planned: alliance.marines_in_guam not stated); 'an approval rating near 50%' (not a seat share); 'Ishiba has said he will compile another after the election' (planned budget); '¥13.1 trillion' (yen beside dollars); 'For five consecutive years'; 'Nippon Steel's $14.9 billion bid for U.S. Steel'; 'most recently in Wilmington, Delaware, in September 2024'; 'Fiji became the 14th partner soon after' (later count); HTML: the Okinawa section sits in a sidebar box",
}
