from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "FC2-IF11120-2021-03", "fresh25", "IF11120", 14
TITLE = "U.S.-Japan Trade Agreement Negotiations"
LAYOUTS = ["html", "pdf"]
PDF_OPTS = ["hyph"]
SIDEBAR = "Japan's Other Trade Agreements"
CHART = {"unit": "$ billions", "ymax": 160, "ticks": [0, 40, 80, 120, 160],
         "series": ["U.S. goods exports to Japan", "U.S. goods imports from Japan"],
         "bars": {"2016": (63.2, 132.2), "2017": (67.6, 136.5), "2018": (75.0, 142.6), "2019": (74.4, 143.6), "2020": (64.1, 119.5)}}

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated March 26, 2021

## Overview

Two limited trade agreements with Japan, negotiated by the Trump Administration as a first "stage" of a broader deal, have now been in effect for more than a year. The Biden Administration has yet to say whether it will pursue the second stage the two governments envisioned, or fold trade with Japan into a wider strategy toward the Indo-Pacific and China. Congress may weigh in: it was not asked to approve either agreement, and the Trade Promotion Authority (TPA) under which a comprehensive deal would be considered expires on July 1, 2021.

President Joe Biden and Prime Minister Suga Yoshihide first spoke by telephone on January 28, eight days after the inauguration. Suga is expected in Washington next month, which would make him the first foreign leader to meet the new President in person. Katherine Tai, confirmed as U.S. Trade Representative (USTR) on March 17, has said she will review existing trade arrangements before launching new negotiations.

## Japan's Other Trade Agreements

While U.S. talks paused, Japan kept concluding agreements with others. The 11-nation Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP), completed after the United States withdrew from the original TPP in January 2017, took effect on December 30, 2018, and Japan's economic partnership agreement with the European Union followed on February 1, 2019. In November 2020, Japan signed the 15-member Regional Comprehensive Economic Partnership (RCEP), its first trade agreement with China and South Korea. A U.K.-Japan agreement has applied since January 1, 2021, and the United Kingdom formally applied to join the CPTPP on February 1. Japan chairs the CPTPP commission this year.

**Figure 1. U.S. Goods Trade with Japan, 2016-2020**

Source: CRS, with U.S. Census Bureau data.

## How Stage One Came Together

Formal negotiations opened in Washington in mid-April 2019, seven months after President Donald Trump and then-Prime Minister Abe Shinzo agreed in New York to begin talks. Japan had reason to move quickly. In a proclamation of May 17, 2019, Trump found that imports of vehicles and parts threatened to impair U.S. national security under Section 232 of the Trade Expansion Act of 1962, but he chose to negotiate rather than impose tariffs that his Commerce Department had put at up to 25%. The two leaders reached an agreement in principle at the G-7 summit in Biarritz, France, in August, and declared the first stage finished in a joint statement issued in New York on September 25, 2019. In it, Japan secured language that it reads as a promise that the United States will not impose Section 232 auto tariffs while the agreements are carried out.

Two texts resulted, and the ambassador of Japan and then-USTR Robert Lighthizer signed them in Washington on October 7, 2019:

- the U.S.-Japan Trade Agreement (USJTA), under which Japan cut or removed tariffs on roughly $7.2 billion of U.S. farm exports, bringing many to the levels CPTPP members enjoy, while the United States cut tariffs on some 241 lines of mostly industrial goods;
- the U.S.-Japan Digital Trade Agreement (DTA), which covers about $40 billion of digital trade, bars customs duties on electronic transmissions, and limits forced disclosure of source code and data-localization requirements.

After the Diet approved them in December, the pair entered into force on the first day of 2020. Because the USJTA changed few U.S. tariffs, the Administration put it into effect under delegated tariff authority, and the DTA as an executive agreement; neither required legislation. The U.S. tariff of 2.5% on Japanese passenger cars, and of 25% on light trucks, were left in place.

The agreement's first test came this month. On March 18, imports of U.S. beef in Japan's fiscal year passed the USJTA's safeguard trigger of 242,000 metric tons, and Japan raised its tariff on U.S. beef from 25.8% to 38.5% for 30 days. The two governments have agreed to consult on the trigger.

## Stage Two, Stalled

The USJTA called for the parties to begin consultations within four months of its entry into force, or by about the end of April 2020, on a second stage covering services, investment, and other issues. The pandemic and the U.S. election intervened, and no such talks have begun. Tokyo, for its part, would prefer that the United States rejoin the CPTPP, a step the Biden Administration has said it will not consider until it has invested in U.S. competitiveness.

Other frictions remain. Japanese steel and aluminum still face the Section 232 tariffs of 25% and 10% imposed in March 2018, and Japan has sought their removal. Suga's political calendar is also tight: a party leadership vote is due in September, and a general election for the House of Representatives must be held by October, when the chamber's four-year term ends.

## Trade and Investment Ties

Pandemic disruptions cut bilateral trade sharply last year, but Japan held fourth place among U.S. trading partners in 2020, as it had in 2019. The United States sold Japan $104.7 billion of goods and services in 2020 and bought $148.4 billion from it. Goods made up $64.1 billion and $119.5 billion of those totals, respectively; services accounted for the remaining $40.6 billion and $28.9 billion. Japan was also the fourth-largest market for U.S. agricultural exports.

The U.S. goods shortfall with Japan, $55.4 billion, was down by a fifth from the $69.2 billion of 2019, when it had been the fourth-largest. In 2020, only the deficits with China, Mexico, Vietnam, and Germany were larger.

Investment runs mostly the other way. Japan's direct investment position in the United States, $619.3 billion at the end of 2019, was the largest of any country for the first time. U.S. firms' holdings in Japan, by contrast, amounted to a little over $120 billion. Japan also finances U.S. government borrowing: with roughly $1.28 trillion of U.S. Treasury securities at the end of January, it is the top foreign holder, a position it took back from China in mid-2019. China's holdings stood at $1.10 trillion.

## Issues for Congress

- whether to press the Administration to open stage-two talks before TPA lapses, and which issues a comprehensive agreement should cover (autos, services, and nontariff barriers among them);
- how far the 2019 assurances on Section 232 auto tariffs bind the United States, and whether to revisit the steel and aluminum tariffs on a close ally;
- whether to rejoin the CPTPP, whose tariff cuts now give Australian, Canadian, and EU exporters advantages in Japan's market that the USJTA matches only for farm goods;
- how to coordinate with Japan on export controls, semiconductors, and supply chains that involve China.

**Brock R. Williams**, Specialist in International Trade and Finance

**Cathleen D. Cimino-Isaacs**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "leaders.japan_prime_minister": P("Suga", "Yoshihide", "Prime Minister Suga Yoshihide", note="family name first"),
        "trade.overall_partner_rank": F(4, period="2020", as_written="Japan held fourth place among U.S. trading partners in 2020, as it had in 2019"),
        "trade.us_exports_to_japan": F(104700000000, period="2020", as_written="The United States sold Japan $104.7 billion of goods and services in 2020"),
        "trade.us_imports_from_japan": F(148400000000, period="2020", as_written="and bought $148.4 billion from it"),
        "trade.us_goods_exports_to_japan": F(64100000000, period="2020", as_written="Goods made up $64.1 billion and $119.5 billion of those totals, respectively"),
        "trade.us_goods_imports_from_japan": F(119500000000, period="2020", as_written="Goods made up $64.1 billion and $119.5 billion of those totals, respectively"),
        "trade.us_services_exports_to_japan": F(40600000000, period="2020", as_written="services accounted for the remaining $40.6 billion and $28.9 billion"),
        "trade.us_services_imports_from_japan": F(28900000000, period="2020", as_written="services accounted for the remaining $40.6 billion and $28.9 billion"),
        "trade.goods_deficit": F(55400000000, period="2020", as_written="The U.S. goods shortfall with Japan, $55.4 billion", note="year carried from the paragraph before and 'In 2020' after"),
        "trade.goods_deficit_rank": F(5, period="2020", as_written="In 2020, only the deficits with China, Mexico, Vietnam, and Germany were larger", note="four larger = fifth; the 2019 'fourth-largest' is a trap"),
        "trade.japan_fdi_stock_in_us": F(619300000000, period="2019", as_written="Japan's direct investment position in the United States, $619.3 billion at the end of 2019"),
        "trade.fdi_source_rank": F(1, period="2019", as_written="was the largest of any country for the first time"),
        "trade.us_fdi_stock_in_japan": F(120000000000, "over", period="2019", as_written="U.S. firms' holdings in Japan, by contrast, amounted to a little over $120 billion", note="year carried from the sentence before"),
        "trade.treasury_holder_rank": F(1, period="2021-01", as_written="with roughly $1.28 trillion of U.S. Treasury securities at the end of January, it is the top foreign holder", note="subject 'Japan' from the clause before; year from the text's date"),
        "agreements.usjta_signed": D("2019-10-07", as_written="signed them in Washington on October 7, 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="the pair entered into force on the first day of 2020", note="'the pair' = the USJTA and the DTA"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="the pair entered into force on the first day of 2020", note="'the pair' = the USJTA and the DTA"),
    },
    "elections": {
        "ldp_president_2021": E("LDP president", "2021-09", "upcoming", note="'a party leadership vote is due in September' (year from the text's date)"),
        "lower_house_2021": E("Lower House", "2021-10", "upcoming", note="'must be held by October', seven months away (extract-dev's D2 rule); IF11120 has no deadline fact"),
    },
    "events": {
        "first_negotiating_round": EV("Formal negotiations opened in Washington", "2019-04", "held"),
        "section232_autos_proclamation": EV("Section 232 auto proclamation; tariffs not imposed", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Leaders declared the first stage finished in a New York joint statement", "2019-09-25", "held"),
    },
    "notes": "Traps: 'a first \"stage\" of a broader deal'; 'have now been in effect for more than a year'; 'expires on July 1, 2021' (TPA); 'first spoke by telephone on January 28, eight days after the inauguration'; 'Suga is expected in Washington next month' (planned); 'confirmed as U.S. Trade Representative (USTR) on March 17'; sidebar 'Japan's Other Trade Agreements' (HTML aside; an ordinary section in the PDF): 'The 11-nation ... (CPTPP)', 'after the United States withdrew from the original TPP in January 2017', 'took effect on December 30, 2018', 'followed on February 1, 2019' (EU EPA), 'In November 2020, Japan signed the 15-member ... (RCEP)', 'A U.K.-Japan agreement has applied since January 1, 2021', 'formally applied to join the CPTPP on February 1' (other agreements' dates beside the USJTA's); Figure 1 (goods trade 2016-2020, $ billions; ticks 0-160, year labels, legend, no values; floated into the HTML sidebar); 'seven months after President Donald Trump and then-Prime Minister Abe Shinzo agreed in New York to begin talks' (former leaders; the September 2018 statement is no tracked event); 'tariffs that his Commerce Department had put at up to 25%' (never imposed: no tariff fact); 'Section 232 of the Trade Expansion Act of 1962'; 'an agreement in principle at the G-7 summit in Biarritz, France, in August' (not the finalization); 'then-USTR Robert Lighthizer'; bullets '$7.2 billion of U.S. farm exports', 'some 241 lines', 'covers about $40 billion of digital trade'; 'After the Diet approved them in December' (not entry into force); 'The U.S. tariff of 2.5% on Japanese passenger cars, and of 25% on light trucks' (MFN rates); 'On March 18, ... safeguard trigger of 242,000 metric tons', 'from 25.8% to 38.5% for 30 days' (Japan's tariffs); 'within four months of its entry into force, or by about the end of April 2020' (planned consultations); 'the Section 232 tariffs of 25% and 10% imposed in March 2018' (steel and aluminum, not autos or most imports); 'when the chamber's four-year term ends'; 'as it had in 2019' (past rank, same value); 'Japan was also the fourth-largest market for U.S. agricultural exports' (farm-export rank, no IF11120 fact); 'down by a fifth from the $69.2 billion of 2019, when it had been the fourth-largest' (past deficit and rank); 'China's holdings stood at $1.10 trillion', 'a position it took back from China in mid-2019'; 'roughly $1.28 trillion' (holdings, no fact); Issues bullets (CPTPP, Section 232, steel and aluminum). PDF: hyphenated line ends.",
}
