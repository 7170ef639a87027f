from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "A1-IF10199-2016-06", "fresh6", "IF10199", 12
LAYOUTS = ["md", "layout"]
PDF_OPTS = ["lig", "quotes"]
CHART = {"unit": "$ billions", "ymax": 160, "ticks": [0, 40, 80, 120, 160],
         "series": ["U.S. exports to Japan", "U.S. imports from Japan"],
         "bars": {"2011": (65.8, 128.8), "2012": (70.0, 146.4), "2013": (65.2, 138.5),
                  "2014": (66.9, 134.0), "2015": (62.4, 131.4)}}

MD = """
U.S.-Japan Relations

Updated June 14, 2016

## Overview

Washington and Tokyo have been bound by a mutual security treaty since 1952, and the alliance has seldom been as busy as it is under Prime Minister Abe Shinzo. On May 27, President Barack Obama went from the Group of Seven (G-7) summit at Ise-Shima to Hiroshima, the first sitting U.S. president to do so, and laid a wreath at the peace memorial. The trip answered a gesture from the other side of the Pacific: in April 2015, Abe had become the first Japanese leader to address a joint meeting of Congress.

The U.S. presidential campaign has unsettled some in Tokyo. Donald Trump, now the presumptive Republican nominee, has asked why Japan does not pay the full cost of the U.S. troops it hosts and has said he would not necessarily object if Japan built nuclear weapons. Japanese officials have answered that their country already carries a large share of the bill.

## The Alliance and Its Costs

The U.S. military presence in Japan numbers approximately fifty-two thousand personnel, accompanied by some 40,000 dependents. The forces include the Navy's only forward-deployed aircraft carrier group and the III Marine Expeditionary Force.

Tokyo defrays part of the cost of keeping these forces in the country. Negotiators concluded a new five-year Special Measures Agreement in December 2015; under it, Japan is to provide ¥946.5 billion over FY2016-FY2020, in the vicinity of $1.7 billion a year. The accord, which replaced one signed in January 2011, entered into force in April.

Japan's own military spending remains modest relative to the size of its economy. By long practice the defense budget has stayed near 1% of GDP; the FY2016 appropriation of ¥5.05 trillion, a record in nominal terms, keeps to that pattern. Security legislation that permits limited collective self-defense took effect on March 29, 2016.

## Okinawa

Okinawa bears a disproportionate part of the burden. The prefecture makes up roughly six-tenths of one percent of Japan's land area, yet about a fourth of the facilities used by U.S. Forces Japan are located there, along with just over half of the U.S. personnel.

Under a 2012 revision of the realignment plan, some 9,000 Marines are to leave Okinawa. Guam is slated to take about four thousand of them, half the 8,000 envisioned in the 2006 roadmap, and Japan has committed up to $2.8 billion toward construction there.

Governor Onaga Takeshi, who won office in November 2014 promising to stop the replacement airfield at Henoko, remains at odds with Tokyo despite a court-brokered truce reached in March. The killing of a local woman in May, for which a former Marine working on Kadena Air Base has been arrested, hardened opposition; candidates hostile to the bases kept their majority in the June 5 prefectural assembly election.

## Japanese Politics

Abe's Liberal Democratic Party (LDP) governs in partnership with Komeito, a smaller party backed by the lay Buddhist organization Soka Gakkai. The partners' strength in each chamber of the Diet is shown below.

Table 1. LDP-Komeito Strength in the Diet, June 2016

| Chamber | Seats | Coalition | Share |
| --- | --- | --- | --- |
| Lower House | 475 | 326 | 68.6% |
| Upper House | 242 | 135 | 55.8% |

The coalition's next test is the House of Councillors election on July 10, 2016, when 121 of the chamber's 242 seats will be filled and, for the first time, 18- and 19-year-olds may vote. Abe hopes that parties open to constitutional revision will together hold the two-thirds of the upper chamber needed to propose amendments. Members of the lower chamber, last chosen in December 2014, need not face the voters again until December 2018. Talk of a same-day double election faded after Abe announced on June 1 that the rise in the consumption tax from 8% to 10% would be put off until October 2019.

## Economic and Trade Relations

Measured by goods trade, Japan ranked as the fourth-largest U.S. trading partner in 2015, behind China, Canada, and Mexico. The same three countries bought more U.S. goods than Japan, which absorbed $62.4 billion of U.S. exports. U.S. imports from Japan came to $131.4 billion, down slightly from $134.0 billion in 2014; that total made Japan the fourth-ranked supplier of goods to the U.S. market as well.

**Figure 1. U.S. Goods Trade with Japan, 2011-2015**

Source: U.S. Census Bureau.

The investment relationship is deep. Japanese companies are the No. 2 source of foreign direct investment in the United States, with a position valued at about $411 billion at the end of 2015. Japanese investors also own about $1.14 trillion in U.S. Treasury securities, placing Japan a close second to China among foreign holders.

Both countries signed the 12-nation Trans-Pacific Partnership (TPP) in February 2016. Neither has ratified it: the Diet has put off deliberations until the autumn, and the presumptive nominees of both U.S. parties now oppose the agreement.

## The Japanese Economy

Abenomics has struggled to lift growth. Japan's real GDP expanded by 0.5% in 2015, after shrinking by 0.1% in 2014; output rose at a 1.9% annualized pace in the January-March quarter, helped in part by the leap-year day. In May, the Diet enacted a ¥778 billion supplementary budget, roughly $7 billion, for recovery from the April earthquakes in Kumamoto. It had passed a ¥3.3 trillion extra budget for FY2015 in January, and the government is weighing a larger stimulus package for after the election.

The yen, which weakened steadily from late 2012, has reversed course this year. On May 3 it touched an 18-month high against the dollar, complicating the Bank of Japan's pursuit of 2% inflation. Under the Paris Agreement, which Japan signed in April, Tokyo aims to reduce greenhouse gas emissions 26% below FY2013 levels by FY2030.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Ian E. Rinehart**, Analyst in Asian Affairs

**Rebecca M. Nelson**, Specialist in International Trade and Finance

**Brock R. Williams**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Abe Shinzo"),
        "leaders.us_president": P("Obama", "Barack", "President Barack Obama"),
        "alliance.treaty_ally_since": F(1952, as_written="Washington and Tokyo have been bound by a mutual security treaty since 1952"),
        "alliance.us_troops_in_japan": F(52000, "about", as_written="The U.S. military presence in Japan numbers approximately fifty-two thousand personnel"),
        "alliance.host_nation_support_per_year": F(1700000000, "about", per="year", as_written="¥946.5 billion over FY2016-FY2020, in the vicinity of $1.7 billion a year", note="'in the vicinity of' is about"),
        "alliance.host_nation_support_agreement": D("2015-12", as_written="Negotiators concluded a new five-year Special Measures Agreement in December 2015"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="about a fourth of the facilities used by U.S. Forces Japan are located there"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="along with just over half of the U.S. personnel"),
        "alliance.okinawa_share_of_land_area": F(0.6, "about", as_written="makes up roughly six-tenths of one percent of Japan's land area"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Guam is slated to take about four thousand of them"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="By long practice the defense budget has stayed near 1% of GDP"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="Abe's Liberal Democratic Party (LDP) governs in partnership with Komeito"),
        "politics.lower_house_coalition_share": F(68.6, as_written="Table 1: Lower House | 475 | 326 | 68.6%"),
        "politics.upper_house_coalition_share": F(55.8, as_written="Table 1: Upper House | 242 | 135 | 55.8%"),
        "politics.next_diet_election_due": F(2016, as_written="The coalition's next test is the House of Councillors election on July 10, 2016"),
        "politics.lower_house_election_due": D("2018-12", as_written="need not face the voters again until December 2018"),
        "trade.overall_partner_rank": F(4, period="2015", as_written="Japan ranked as the fourth-largest U.S. trading partner in 2015, behind China, Canada, and Mexico", note="goods trade"),
        "trade.export_partner_rank": F(4, period="2015", as_written="The same three countries bought more U.S. goods than Japan", note="three countries named in the sentence before, + 1"),
        "trade.us_exports_to_japan": F(62400000000, period="2015", as_written="which absorbed $62.4 billion of U.S. exports", note="goods"),
        "trade.import_partner_rank": F(4, period="2015", as_written="that total made Japan the fourth-ranked supplier of goods to the U.S. market as well"),
        "trade.us_imports_from_japan": F(131400000000, period="2015", as_written="U.S. imports from Japan came to $131.4 billion", note="goods"),
        "trade.fdi_source_rank": F(2, as_written="Japanese companies are the No. 2 source of foreign direct investment in the United States"),
        "trade.treasury_holder_rank": F(2, as_written="placing Japan a close second to China among foreign holders"),
        "economy.gdp_growth": GDP(y2015=0.5, y2014=-0.1),
        "economy.supplementary_budget": F(7000000000, "about", period="2016-05", as_written="In May, the Diet enacted a ¥778 billion supplementary budget, roughly $7 billion"),
        "economy.yen": F("18-month high against the dollar", period="2016-05", as_written="On May 3 it touched an 18-month high against the dollar"),
        "economy.emissions_cut_target": F(26, by="2030", baseline="2013", as_written="reduce greenhouse gas emissions 26% below FY2013 levels by FY2030"),
    },
    "elections": {
        "upper_house_2016": E("Upper House", "2016-07-10", "upcoming", note="121 of 242 seats"),
        "lower_house_2014": E("Lower House", "2014-12", "held", result="coalition 326 of 475 seats (68.6%)"),
        "okinawa_governor_2014": E("Okinawa governor", "2014-11", "held", result="Onaga Takeshi, opposed to the Henoko relocation"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress", "2015-04", "held"),
    },
    "notes": "Traps: 'On May 27, President Barack Obama went ... to Hiroshima' (no accepted event slug; not listed) and 'the Group of Seven (G-7) summit at Ise-Shima'; 'Donald Trump, now the presumptive Republican nominee' (a candidate, not the president); 'accompanied by some 40,000 dependents' (not troops); 'Japan is to provide ¥946.5 billion over FY2016-FY2020' (five-year yen total), 'which replaced one signed in January 2011' (previous agreement) and 'entered into force in April' (not the date the agreement was concluded); 'the FY2016 appropriation of ¥5.05 trillion' and 'took effect on March 29, 2016' (security legislation); 'some 9,000 Marines are to leave Okinawa' (total leaving, not Guam), 'half the 8,000 envisioned in the 2006 roadmap' (superseded plan) and 'up to $2.8 billion toward construction there'; 'a court-brokered truce reached in March' and 'the June 5 prefectural assembly election' (no slug); Table 1 seat counts ('475 | 326', '242 | 135') beside the shares; 'when 121 of the chamber's 242 seats will be filled', '18- and 19-year-olds' and 'the two-thirds of the upper chamber needed to propose amendments' (threshold, not a share); 'last chosen in December 2014' (held election, not the deadline); 'the consumption tax from 8% to 10% would be put off until October 2019' (tax rates and date, not an election); 'down slightly from $134.0 billion in 2014' (previous year's imports); Figure 1 (goods trade 2011-2015, $ billions; axis ticks 0-160, no value labels); 'a position valued at about $411 billion' and 'about $1.14 trillion in U.S. Treasury securities' (amounts, not ranks); 'the 12-nation Trans-Pacific Partnership (TPP) in February 2016'; 'output rose at a 1.9% annualized pace in the January-March quarter' (a quarter, not a year); 'It had passed a ¥3.3 trillion extra budget for FY2015 in January' (earlier supplementary) and 'a larger stimulus package for after the election' (planned); 'the Bank of Japan's pursuit of 2% inflation' (not a defense goal); 'which Japan signed in April' (Paris Agreement signing). Judgement calls: the table gives exact shares (68.6, 55.8); 'The same three countries bought more U.S. goods than Japan' carries China, Canada and Mexico from the sentence before (rank 4); 'roughly six-tenths of one percent' is about 0.6; 'in the vicinity of' is about; 'near 1%' is about; the agreement is dated by its conclusion (December 2015). PDF ligatures and curly quotes (layout only).",
}
