from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "PB2-IF11120-2021-01", "fresh35", "IF11120", 12
TITLE = "U.S.-Japan Trade Agreement Negotiations"
LAYOUTS = ["md", "pdf"]
PDF_OPTS = ["lig"]
CHART = {"unit": "$ billions", "ymax": 160, "ticks": [0, 40, 80, 120, 160],
         "series": ["U.S. goods exports to Japan", "U.S. goods imports from Japan"],
         "bars": {"2015": (62.4, 131.4), "2016": (63.2, 132.2), "2017": (67.6, 136.5), "2018": (75.0, 142.4), "2019": (74.4, 143.5)}}

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated January 14, 2021

## Overview

A year after two limited trade agreements with Japan took effect, the broader negotiations they were meant to launch have not begun. The outgoing Administration of President Donald Trump leaves office next week; President-elect Joe Biden, to be sworn in on January 20, has not said whether he will pursue the talks. In Tokyo, Prime Minister Suga Yoshihide, who succeeded Abe Shinzo last September, has signaled continuity on trade. Congress may weigh in on whether, and how, a second stage should proceed, and on Japan's place in regional pacts the United States has left.

## How the "Stage One" Deals Came About

After the United States withdrew from the Trans-Pacific Partnership (TPP) in January 2017, Japan resisted bilateral talks for more than a year. It agreed to them in September 2018, partly to forestall threatened Section 232 tariffs of up to 25% on its autos. Formal negotiations opened in April 2019. A month later, in May 2019, President Trump proclaimed that auto imports threatened national security but deferred any tariff for 180 days; none was ever imposed. The leaders reached agreement in principle in August 2019, at the G-7 summit in Biarritz, and finalized the deal in September 2019. The two agreements were signed in October 2019:

- the U.S.-Japan Trade Agreement (USJTA), covering tariffs on about $7.2 billion of U.S. farm exports and $40 billion of U.S. imports from Japan; and
- the U.S.-Japan Digital Trade Agreement (DTA), with rules on data flows, source code, and electronic payments.

Each entered into force on the first day of last year, without a vote in Congress, under delegated tariff authority and as an executive agreement, respectively. Under the USJTA, Japan's tariff on U.S. beef is falling in steps from 38.5% to 9% by FY2033, matching the rates that Australia and other members of the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP) enjoy.

Table 1. Status of Bilateral Trade Initiatives

| Initiative | Key date | Status |
| --- | --- | --- |
| USJTA | Signed Oct. 2019 | In force |
| DTA | Signed Oct. 2019 | In force |
| Section 232 auto tariffs | Proclaimed May 2019 | Not imposed |
| Steel, aluminum (25%/10%) | Mar. 2018 | In effect |
| Stage-two talks | Planned by May 2020 | Not begun |

Source: CRS, from USTR and the Federal Register.

## Trade and Investment Ties

Japan was the fourth-largest U.S. trading partner in 2019, the latest full year. U.S. exports to Japan that year reached $126.0 billion, of which goods were $74.4 billion and services $51.6 billion. Imports from Japan came to $179.4 billion, goods and services accounting for $143.5 billion and $35.9 billion, respectively. The bilateral goods gap, $69.1 billion, was the fourth-largest U.S. goods deficit, after those with China, Mexico, and Germany; with the pandemic, it narrowed to about $50 billion in the first eleven months of 2020.

**Figure 1. U.S. Goods Trade with Japan, 2015-2019**

Source: CRS, with U.S. Census Bureau data.

Investment ties run deeper than trade. Japanese firms' stock of FDI in the United States, $619.3 billion at the end of 2019, overtook the United Kingdom's that year, making Japan the top source. U.S. FDI in Japan stood at some $125 billion. Japan is also the largest foreign holder of U.S. Treasury securities, with about $1.26 trillion in November, a position it regained from China in mid-2019.

## Prospects for Further Talks

The USJTA's joint statement called for consultations within four months of entry into force on the topics of a second stage, such as services, investment, and customs. Those consultations had not begun by last spring, and the pandemic pushed them off the agenda. Japanese officials hope the next U.S. Administration will rejoin the CPTPP, which entered into force for Japan in December 2018; President-elect Biden has said he would not sign new trade agreements before investing in U.S. competitiveness. Tokyo, meanwhile, signed the 15-member Regional Comprehensive Economic Partnership (RCEP), which includes China, in November.

Japan has kept building its own network of agreements. Its economic partnership agreement (EPA) with the European Union, in force since February 2019, cut tariffs on European cheese and wine that compete with U.S. products. A Japan-United Kingdom EPA, signed last October, replaced that deal for British trade when the Brexit transition ended on the last day of 2020. Together with the CPTPP and RCEP, these pacts cover about four-fifths of Japan's trade, compared with roughly one-fifth covered by agreements in force for the United States. U.S. agricultural groups argue that the USJTA closed only part of the gap.

Suga's political calendar may shape his room to negotiate. He won the Liberal Democratic Party (LDP) presidency in a September 2020 vote, serving out Abe's term to September 2021, and must call a Lower House election by October 2021. His cabinet's approval rating has fallen below 40% amid criticism of his pandemic response, and the Tokyo Olympics, postponed last year, are scheduled for this July.

## Issues for Congress

- Whether a second-stage agreement should be concluded as a comprehensive free trade agreement subject to congressional approval under trade promotion authority (TPA), which expires in July 2021.
- Whether U.S. farm exporters still face tariff disadvantages in Japan relative to CPTPP and EU suppliers.
- Whether to revisit the Section 232 steel and aluminum tariffs, still applied to Japan.

**Brock R. Williams**, Analyst in International Trade and Finance

**Cathleen D. Cimino-Isaacs**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "The outgoing Administration of President Donald Trump", note="President-elect Joe Biden is not yet in office"),
        "leaders.japan_prime_minister": P("Suga", "Yoshihide", "Prime Minister Suga Yoshihide", note="family name first"),
        "trade.overall_partner_rank": F(4, period="2019", as_written="Japan was the fourth-largest U.S. trading partner in 2019, the latest full year"),
        "trade.us_exports_to_japan": F(126000000000, period="2019", as_written="U.S. exports to Japan that year reached $126.0 billion"),
        "trade.us_goods_exports_to_japan": F(74400000000, period="2019", as_written="of which goods were $74.4 billion"),
        "trade.us_services_exports_to_japan": F(51600000000, period="2019", as_written="and services $51.6 billion", note="verb elided"),
        "trade.us_imports_from_japan": F(179400000000, period="2019", as_written="Imports from Japan came to $179.4 billion", note="year carried from the sentence before"),
        "trade.us_goods_imports_from_japan": F(143500000000, period="2019", as_written="goods and services accounting for $143.5 billion and $35.9 billion, respectively"),
        "trade.us_services_imports_from_japan": F(35900000000, period="2019", as_written="goods and services accounting for $143.5 billion and $35.9 billion, respectively"),
        "trade.goods_deficit": F(69100000000, period="2019", as_written="The bilateral goods gap, $69.1 billion"),
        "trade.goods_deficit_rank": F(4, period="2019", as_written="was the fourth-largest U.S. goods deficit, after those with China, Mexico, and Germany"),
        "trade.fdi_source_rank": F(1, period="2019", as_written="overtook the United Kingdom's that year, making Japan the top source"),
        "trade.japan_fdi_stock_in_us": F(619300000000, period="2019", as_written="Japanese firms' stock of FDI in the United States, $619.3 billion at the end of 2019"),
        "trade.us_fdi_stock_in_japan": F(125000000000, "about", period="2019", as_written="U.S. FDI in Japan stood at some $125 billion", note="year carried from the sentence before"),
        "trade.treasury_holder_rank": F(1, period="2020-11", as_written="Japan is also the largest foreign holder of U.S. Treasury securities, with about $1.26 trillion in November", note="'in November' before a January 2021 cover"),
        "agreements.usjta_signed": D("2019-10", as_written="The two agreements were signed in October 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="Each entered into force on the first day of last year", note="'last year' from a 2021 cover; also Table 1 'In force'"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="Each entered into force on the first day of last year"),
    },
    "elections": {
        "ldp_president_2020": E("LDP president", "2020-09", "held", result="Suga won", note="'He won the Liberal Democratic Party (LDP) presidency in a September 2020 vote'"),
        "lower_house_2021": E("Lower House", "2021-10", "upcoming", note="deadline nine months away: 'must call a Lower House election by October 2021'"),
    },
    "events": {
        "first_negotiating_round": EV("Formal U.S.-Japan trade negotiations open", "2019-04", "held"),
        "section232_autos_proclamation": EV("President proclaims auto imports a national security threat, defers tariffs", "2019-05", "held"),
        "stage_one_deal_finalized": EV("Stage one deal finalized", "2019-09", "held"),
    },
    "notes": "Traps: 'President-elect Joe Biden, to be sworn in on January 20' (not yet president at the cover) and 'President-elect Biden has said'; 'who succeeded Abe Shinzo last September' (former prime minister); 'withdrew from the Trans-Pacific Partnership (TPP) in January 2017'; 'It agreed to them in September 2018' (not the first round); 'threatened Section 232 tariffs of up to 25% on its autos' (threatened, never imposed) and 'deferred any tariff for 180 days; none was ever imposed'; 'A month later, in May 2019' (the proclamation, month from the sentence); 'reached agreement in principle in August 2019, at the G-7 summit in Biarritz' (not the finalization); bullets 'about $7.2 billion of U.S. farm exports and $40 billion of U.S. imports from Japan' (coverage, not trade totals); 'under delegated tariff authority and as an executive agreement, respectively'; 'from 38.5% to 9% by FY2033' (beef tariffs); 'CPTPP' (Australia and others); Table 1 'Section 232 auto tariffs | Proclaimed May 2019 | Not imposed', 'Steel, aluminum (25%/10%) | Mar. 2018 | In effect' (product tariffs, no tariff fact at this date) and 'Stage-two talks | Planned by May 2020 | Not begun'; 'after those with China, Mexico, and Germany' (other countries); 'it narrowed to about $50 billion in the first eleven months of 2020' (partial year); Figure 1 (goods exports and imports 2015-2019, ticks 0-160, year labels, two-series legend, no value labels); 'overtook the United Kingdom's that year' (the FDI rank is 1, the UK now second); 'about $1.26 trillion in November' (holdings) and 'a position it regained from China in mid-2019'; 'within four months of entry into force' and 'had not begun by last spring'; 'which entered into force for Japan in December 2018' (CPTPP, not USJTA); 'the 15-member Regional Comprehensive Economic Partnership (RCEP) ... in November'; 'in force since February 2019' (EU-Japan EPA, not the USJTA), 'A Japan-United Kingdom EPA, signed last October' (not the USJTA signing) and 'ended on the last day of 2020'; 'about four-fifths of Japan's trade' and 'roughly one-fifth' (shares, no fact); 'serving out Abe's term to September 2021' (the end of a party term, not an election listed); 'approval rating has fallen below 40%'; 'the Tokyo Olympics, postponed last year, are scheduled for this July'; Issues bullet 'trade promotion authority (TPA), which expires in July 2021' and 'the Section 232 steel and aluminum tariffs, still applied to Japan' (no rate in the sentence). PDF: ligature characters (fi/fl), two columns, Table 1, the bullet lists and Figure 1 in the columns.",
}
