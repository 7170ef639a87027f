from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "AO2-IF11120-2021-06", "fresh18", "IF11120", 14
TITLE = "U.S.-Japan Trade Agreement Negotiations"
LAYOUTS = ["html", "layout"]
PDF_OPTS = ["lig", "quotes"]
SIDEBAR = "Issues for Congress"

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated June 22, 2021

## Overview

In force since January 1, 2020, are two limited agreements that the Trump Administration concluded with Japan: the U.S.-Japan Trade Agreement (USJTA), which cuts or eliminates tariffs on a defined set of goods, and the U.S.-Japan Digital Trade Agreement (DTA), which sets rules for cross-border data flows and digital products. They were signed in Washington on October 7, 2019. They took effect without a vote in Congress: the Administration implemented the tariff cuts under delegated proclamation authority and treated the DTA as an executive agreement.

President Joe Biden has not said whether he will pursue the broader "second stage" of talks that the two governments envisioned. When he hosted Prime Minister Suga Yoshihide at the White House on April 16, 2021, the first foreign leader he received in person, the two launched a Competitiveness and Resilience (CoRe) Partnership on technology, supply chains, and climate. Their joint statement did not mention further tariff negotiations.

## How Stage One Came About

Then-Prime Minister Abe Shinzo and President Donald Trump agreed in a joint statement on September 26, 2018, to open negotiations. Seven months later, on April 15-16, 2019, negotiators held their first formal round in Washington.

The auto question hung over the talks. On May 17, 2019, President Trump proclaimed under Section 232 of the Trade Expansion Act of 1962 that imports of passenger vehicles and parts threaten to impair U.S. national security, and he directed the U.S. Trade Representative (USTR) to negotiate limits. Tariffs of up to 25% that had been under consideration were never imposed, and the 180-day period for reaching agreements lapsed in November 2019.

An agreement in principle followed at the Group of Seven summit in Biarritz on August 25, 2019. A month later, on September 25, 2019, the two leaders met in New York and declared the first stage finished.

Under the USJTA, Japan is eliminating or reducing tariffs on about $7.2 billion of U.S. agricultural exports, to the levels it had offered in the Trans-Pacific Partnership (TPP). Its tariff on beef, 26.6% in FY2020, falls in steps to 9% by FY2033. On March 18, 2021, however, imports of U.S. beef passed a trigger level and a safeguard raised the rate from 25.8% back to 38.5% for thirty days; the two governments have agreed to consult on the mechanism. The United States, for its part, cut tariffs on some $40 million of Japanese farm goods and on selected industrial goods, but kept its 2.5% duty on passenger cars.

## Trade and Investment

Fourth-largest among U.S. trading partners in 2020 was Japan, whose two-way trade in goods and services with the United States came to some two hundred fifty-two billion dollars (Table 1). That total shrank by nearly a fifth from 2019 as the pandemic curtailed travel, transport, and vehicle shipments.

Table 1. U.S. Trade with Japan in Goods and Services, 2020 ($ billions)

| Flow | U.S. exports | U.S. imports | Balance |
| --- | --- | --- | --- |
| Goods | 64.1 | 119.5 | -55.4 |
| Services | 40.3 | 28.1 | 12.2 |
| Total | 104.4 | 147.6 | -43.2 |

Source: Bureau of Economic Analysis, international transactions data; goods on a Census basis.

Japan's goods surplus with the United States, $55.4 billion in 2020, was exceeded by those of just four other countries. It had been the fourth-largest in 2018, at $67.6 billion. Services ran the other way: U.S. firms sold more to Japan, chiefly in intellectual property licensing, travel, and financial services, than they bought.

Japan's direct investment position in the United States reached $619.3 billion at the end of 2019, the latest year for which figures are available. It has been the largest of any country since that year, when it moved ahead of the United Kingdom's. U.S. firms' position in Japan that year, about one hundred twenty-two billion dollars, was roughly a fifth as large.

At $1.24 trillion in April 2021, Japan's holdings of U.S. Treasury securities are the largest of any foreign country's, some $145 billion more than China's.

## Politics in Tokyo and Washington

Suga, who won the Liberal Democratic Party's leadership vote on September 14, 2020, to succeed Abe, faces two contests in the coming months. His term as party president ends in September, when the LDP must hold another leadership election. A general election for the Lower House must be held by October 2021. The Tokyo Olympics, postponed from 2020, are to open on July 23 amid public concern over COVID-19. The next regular House of Councillors election is not due until July 2022.

In Washington, Katherine Tai was confirmed as USTR on March 17, 2021. She has described trade policy that serves workers as her priority and has not proposed new talks with Japan.

## Issues for Congress

- Whether to press for a comprehensive agreement covering services, investment, and rules, or to consider rejoining the TPP's successor, the CPTPP, which Japan chairs in 2021 and which the United Kingdom is negotiating to join (its accession working group was set up on June 2).
- Section 232 tariffs of 25% on steel and 10% on aluminum still apply to Japanese products; Tokyo has sought their removal, as the European Union has.
- Trade Promotion Authority expires on July 1, 2021, which would complicate any future agreement that requires approval by Congress.
- How the beef safeguard, and the consultations on it, affect U.S. exporters.

**Brock R. Williams**, Analyst in International Trade and Finance

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "leaders.japan_prime_minister": P("Suga", "Yoshihide", "Prime Minister Suga Yoshihide"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="In force since January 1, 2020, are two limited agreements ... the U.S.-Japan Trade Agreement (USJTA)", note="inverted sentence, date before its subjects"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="In force since January 1, 2020, are two limited agreements ... and the U.S.-Japan Digital Trade Agreement (DTA)"),
        "agreements.usjta_signed": D("2019-10-07", as_written="They were signed in Washington on October 7, 2019", note="subject 'They' (the two agreements) carried from the sentence before"),
        "trade.overall_partner_rank": F(4, period="2020", as_written="Fourth-largest among U.S. trading partners in 2020 was Japan", note="inverted, rank before its subject"),
        "trade.us_exports_to_japan": F(104400000000, period="2020", as_written="Table 1: Total | 104.4 (U.S. exports column)", note="only in Table 1, $ billions"),
        "trade.us_goods_exports_to_japan": F(64100000000, period="2020", as_written="Table 1: Goods | 64.1", note="only in Table 1"),
        "trade.us_services_exports_to_japan": F(40300000000, period="2020", as_written="Table 1: Services | 40.3", note="only in Table 1"),
        "trade.us_imports_from_japan": F(147600000000, period="2020", as_written="Table 1: Total | ... | 147.6 (U.S. imports column)", note="only in Table 1"),
        "trade.us_goods_imports_from_japan": F(119500000000, period="2020", as_written="Table 1: Goods | ... | 119.5", note="only in Table 1"),
        "trade.us_services_imports_from_japan": F(28100000000, period="2020", as_written="Table 1: Services | ... | 28.1", note="only in Table 1"),
        "trade.goods_deficit": F(55400000000, period="2020", as_written="Japan's goods surplus with the United States, $55.4 billion in 2020", note="stated as Japan's surplus; also Table 1's goods balance -55.4"),
        "trade.goods_deficit_rank": F(5, period="2020", as_written="was exceeded by those of just four other countries", note="four larger = fifth"),
        "trade.japan_fdi_stock_in_us": F(619300000000, period="2019", as_written="Japan's direct investment position in the United States reached $619.3 billion at the end of 2019"),
        "trade.fdi_source_rank": F(1, period="2019", as_written="It has been the largest of any country since that year, when it moved ahead of the United Kingdom's", note="subject 'It' (Japan's position) carried"),
        "trade.us_fdi_stock_in_japan": F(122000000000, "about", period="2019", as_written="U.S. firms' position in Japan that year, about one hundred twenty-two billion dollars", note="amount in words"),
        "trade.treasury_holder_rank": F(1, period="2021-04", as_written="At $1.24 trillion in April 2021, Japan's holdings of U.S. Treasury securities are the largest of any foreign country's", note="value before its subject"),
    },
    "elections": {
        "ldp_president_2020": E("LDP president", "2020-09-14", "held", result="Suga Yoshihide elected, succeeding Abe"),
        "ldp_president_2021": E("LDP president", "2021-09", "upcoming"),
        "lower_house_2021": E("Lower House", "2021-10", "upcoming", note="must be held by October 2021"),
        "upper_house_2022": E("Upper House", "2022-07", "upcoming", note="'not due until July 2022'"),
    },
    "events": {
        "first_negotiating_round": EV("First formal round of U.S.-Japan trade negotiations, Washington", "2019-04", "held"),
        "section232_autos_proclamation": EV("Section 232 proclamation finding auto imports threaten national security; no tariff imposed", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Trump and Abe declare the first stage finished in New York", "2019-09-25", "held"),
    },
    "notes": "Traps: 'took effect without a vote in Congress'; 'When he hosted Prime Minister Suga Yoshihide at the White House on April 16, 2021' (a summit, no slug) and 'the first foreign leader he received in person'; 'Then-Prime Minister Abe Shinzo and President Donald Trump' (former leaders); 'agreed in a joint statement on September 26, 2018, to open negotiations' (not `tariff_talks_announced`, which is the April 2025 announcement); 'Seven months later, on April 15-16, 2019' (a span of days: the first round is dated 2019-04); 'Section 232 of the Trade Expansion Act of 1962'; 'Tariffs of up to 25% that had been under consideration were never imposed' (no Section 232 auto rate) and 'the 180-day period ... lapsed in November 2019'; 'An agreement in principle followed at the Group of Seven summit in Biarritz on August 25, 2019' (not the finalization); 'about $7.2 billion of U.S. agricultural exports'; 'Its tariff on beef, 26.6% in FY2020, falls in steps to 9% by FY2033' and 'raised the rate from 25.8% back to 38.5% for thirty days' (Japanese rates, no U.S. tariff fact); 'some $40 million of Japanese farm goods' and 'kept its 2.5% duty on passenger cars' (MFN duty, not a tariff on most imports); 'some two hundred fifty-two billion dollars' (two-way total, no fact); 'shrank by nearly a fifth from 2019' (a fraction that is no fact); Table 1's 'Services ... 12.2' and 'Total ... -43.2' balances (no fact); 'It had been the fourth-largest in 2018, at $67.6 billion' (past deficit and rank); 'the latest year for which figures are available'; 'was roughly a fifth as large' (a fraction, no fact); 'some $145 billion more than China's' (another country); 'His term as party president ends in September' (the upcoming LDP vote, listed); 'A general election for the Lower House must be held by October 2021' (listed as the upcoming `lower_house_2021`; IF11120 has no deadline fact); 'The Tokyo Olympics, postponed from 2020, are to open on July 23'; 'Katherine Tai was confirmed as USTR on March 17, 2021'; sidebar 'Issues for Congress' (html aside; pdf/layout an ordinary section): 'its accession working group was set up on June 2', 'Section 232 tariffs of 25% on steel and 10% on aluminum' (sectoral, no catalogue fact), 'Trade Promotion Authority expires on July 1, 2021'; PDF ligatures and curly quotes (layout text)",
}
