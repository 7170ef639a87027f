from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "H1-IF10199-2016-10", "holdout", "IF10199", 24
LAYOUTS = ["html", "pdf", "layout"]
PDF_OPTS = ["lig", "nbsp"]
SIDEBAR = "Okinawa"
CHART = {"unit": "$ billions", "ymax": 180, "ticks": [0, 60, 120, 180],
         "series": ["Exports to Japan", "Imports from Japan"],
         "bars": {"2011": (103.2, 157.6), "2012": (110.1, 173.4), "2013": (107.2, 167.0), "2014": (114.3, 165.7), "2015": (107.1, 163.4)}}

MD = """
U.S.-Japan Relations

Updated October 4, 2016

## Overview

Since 1952, Japan has been a treaty ally of the United States, and close to 50,000 U.S. service members are stationed there. The bilateral relationship is arguably in its strongest condition in decades. Prime Minister Shinzo Abe and President Barack Obama have deepened defense cooperation, concluded the Trans-Pacific Partnership (TPP), and carried out symbolic acts of reconciliation, including Obama's visit to Hiroshima and Abe's address to a joint meeting of Congress in April 2015. Whoever succeeds Obama in January 2017 will inherit an alliance that both major-party candidates have discussed during the campaign, with Republican nominee Donald Trump questioning its cost to the United States.

## Japanese Politics After the July Election

In the Upper House election of July 10, 2016, the ruling Liberal Democratic Party (LDP) and its partner Komeito won 70 of the 121 seats that were contested. The coalition now holds just over 60% of the Upper House seats. In the Lower House it controls some 68%. Together with smaller parties that favor revising the constitution, the pro-revision camp now exceeds the two-thirds threshold in both chambers. No national election is required until December 2018, when the Lower House's term expires. Abe's term as LDP president is due to end in September 2018, but the party is debating whether to extend its term limits.

## The Alliance

Japan provides host-nation support under a Special Measures Agreement signed in January 2016, covering Japan's fiscal years 2016 through 2020. Over the five years Japan will contribute ¥946.5 billion, an average of ¥189.3 billion, or about $1.8 billion, each year. Defense spending has been held at around 1 percent of GDP for decades, though the budget has grown for four straight years.

## Okinawa

Okinawa makes up less than one percent of Japan's territory, yet it hosts a quarter of all facilities used by U.S. Forces Japan and more than half of the troops. Under the realignment agreed in 2012, about 9,000 Marines are to leave Okinawa; around 4,000 of them are to move to Guam in the 2020s, with the rest going to Hawaii, Australia, and the U.S. mainland. Governor Takeshi Onaga continues to oppose the Futenma replacement facility at Henoko, and the killing of a local woman in April, allegedly by a U.S. military contractor, intensified opposition to the bases.

## Economy and Trade

Japan's economy grew 1.2% in 2015. The Diet enacted a ¥3.3 trillion (roughly $28 billion) supplementary budget in January 2016. A second one, of ¥4.1 trillion (about $40 billion), the core of a ¥28.1 trillion stimulus package announced in August, is now before the Diet. The Bank of Japan adopted a negative interest rate of -0.1% in January. Japan has pledged to reduce greenhouse gas emissions by 26% from 2013 levels by 2030.

Japan is the fourth-largest U.S. trading partner. In 2015 it was also the fourth-largest market for U.S. exports and the fourth-largest source of U.S. imports (**Figure 1**). U.S. exports of goods and services to Japan were $107.1 billion in 2015, and imports $163.4 billion. Japan is the second-largest source of foreign direct investment in the United States, behind the United Kingdom, and the second-largest foreign holder of U.S. Treasury securities, behind China.

**Figure 1. U.S. Trade with Japan, 2011-2015**

Source: Bureau of Economic Analysis.

The 12 TPP countries signed the agreement on February 4, 2016. The Diet began deliberating ratification in late September; the Obama Administration hopes for a vote in Congress during the lame-duck session, although both presidential candidates oppose the agreement.

**Emma Chanlett-Avery**, Specialist in Asian Affairs

**Ian E. Rinehart**, Analyst in Asian Affairs

**Brock R. Williams**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Shinzo Abe"),
        "leaders.us_president": P("Obama", "Barack", "President Barack Obama"),
        "alliance.treaty_ally_since": F(1952, as_written="Since 1952, Japan has been a treaty ally of the United States"),
        "alliance.us_troops_in_japan": F(50000, "nearly", as_written="close to 50,000 U.S. service members are stationed there", note="'close to' read as nearly"),
        "alliance.host_nation_support_per_year": F(1800000000, "about", per="year", as_written="an average of ¥189.3 billion, or about $1.8 billion, each year"),
        "alliance.host_nation_support_agreement": D("2016-01", as_written="a Special Measures Agreement signed in January 2016, covering Japan's fiscal years 2016 through 2020"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, as_written="it hosts a quarter of all facilities used by U.S. Forces Japan"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="and more than half of the troops"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="less than one percent of Japan's territory"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="around 4,000 of them are to move to Guam in the 2020s", note="of about 9,000 leaving Okinawa"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="held at around 1 percent of GDP for decades"),
        "politics.ruling_coalition": F(["LDP", "Komeito"]),
        "politics.upper_house_coalition_share": F(60, "over", as_written="The coalition now holds just over 60% of the Upper House seats"),
        "politics.lower_house_coalition_share": F(68, "about", as_written="In the Lower House it controls some 68%"),
        "politics.next_diet_election_due": F(2018, note="no national election required until December 2018 (Lower House term)"),
        "politics.lower_house_election_due": D("2018-12", as_written="No national election is required until December 2018, when the Lower House's term expires"),
        "trade.overall_partner_rank": F(4, as_written="Japan is the fourth-largest U.S. trading partner"),
        "trade.export_partner_rank": F(4, period="2015"),
        "trade.import_partner_rank": F(4, period="2015"),
        "trade.us_exports_to_japan": F(107100000000, period="2015", note="goods and services"),
        "trade.us_imports_from_japan": F(163400000000, period="2015", as_written="and imports $163.4 billion"),
        "trade.fdi_source_rank": F(2, as_written="the second-largest source of foreign direct investment in the United States, behind the United Kingdom"),
        "trade.treasury_holder_rank": F(2, as_written="the second-largest foreign holder of U.S. Treasury securities, behind China"),
        "economy.gdp_growth": GDP(y2015=1.2),
        "economy.supplementary_budget": F(28000000000, "about", period="2016-01", as_written="The Diet enacted a ¥3.3 trillion (roughly $28 billion) supplementary budget in January 2016"),
        "economy.emissions_cut_target": F(26, by="2030", baseline="2013"),
    },
    "elections": {
        "upper_house_2016": E("Upper House", "2016-07-10", "held", result="LDP and Komeito won 70 of 121 contested seats; just over 60% of the chamber"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress", "2015-04", "held"),
    },
    "notes": "Traps: 'Whoever succeeds Obama in January 2017' and 'Republican nominee Donald Trump' (not the president); 'Obama's visit to Hiroshima' (undated here, so the record's obama_hiroshima_visit event is not listed); '70 of the 121 seats that were contested' (not a share); 'exceeds the two-thirds threshold in both chambers' (pro-revision camp, not the coalition); 'Abe's term as LDP president is due to end in September 2018' (party post); 'covering Japan's fiscal years 2016 through 2020'; 'Over the five years Japan will contribute ¥946.5 billion' (five-year total, yen); '¥189.3 billion' (yen beside dollars); 'the budget has grown for four straight years'; 'about 9,000 Marines are to leave Okinawa' (not the Guam figure); 'the realignment agreed in 2012'; 'Governor Takeshi Onaga'; 'A second one, of ¥4.1 trillion (about $40 billion) ... is now before the Diet' (not enacted); 'a ¥28.1 trillion stimulus package'; 'a negative interest rate of -0.1%'; 'The 12 TPP countries signed the agreement on February 4, 2016' (no catalogue fact); 'both presidential candidates oppose the agreement'; HTML: the Okinawa section sits in a sidebar box; PDF/layout only: Figure 1 axis ticks (0-180), years 2011-2015 and legend",
}
