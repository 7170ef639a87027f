from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "PP2-IF11120-2021-03", "fresh12", "IF11120", 11
TITLE = "U.S.-Japan Trade Agreement Negotiations"
LAYOUTS = ["html", "pdf"]
PDF_OPTS = ["quotes", "nbsp"]
SIDEBAR = "How Stage One Unfolded"
CHART = {"unit": "$ billions", "ymax": 1400, "ticks": [0, 350, 700, 1050, 1400],
         "series": ["Japan", "China"],
         "bars": {"2016": (1091, 1058), "2017": (1061, 1185), "2018": (1042, 1124), "2019": (1155, 1070),
                  "2020": (1256, 1073)}}

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated March 30, 2021

## Overview

Trade frictions with Japan have eased since the two governments concluded a pair of limited "stage one" agreements in 2019. The Biden Administration nonetheless inherits several open questions: whether to launch the broader second-stage negotiations those agreements anticipated, whether to keep the Trump-era tariffs on Japanese steel and aluminum, and how to respond to Asia-Pacific trade pacts that the United States has not joined. President Joe Biden is scheduled to receive Prime Minister Suga Yoshihide at the White House in April, his first in-person meeting with a foreign leader since taking office. Katherine Tai, whom the Senate confirmed as U.S. Trade Representative on March 17, has said the Administration is reviewing its approach to new trade agreements.

Suga's own political calendar is crowded. Having won the Liberal Democratic Party's (LDP's) leadership election on September 14, 2020, to succeed Abe Shinzo, he faces another party leadership vote in September 2021, when the term he inherited ends, and must lead the LDP into a Lower House election no later than October 2021.

## The Stage One Agreements

Two agreements make up stage one: the U.S.-Japan Trade Agreement (USJTA), covering tariffs on goods, and the U.S.-Japan Digital Trade Agreement. Negotiators signed both in Washington on October 7, 2019, and both entered into force on the first day of 2020. Neither went to Congress for a vote. The Trump Administration implemented the USJTA's tariff cuts by proclamation, under authority in the 2015 trade promotion authority (TPA) statute that allows the President to make limited tariff reductions; Japan's Diet approved the agreements in December 2019.

Under the USJTA, Japan eliminates or reduces tariffs on roughly $7.2 billion of U.S. agricultural exports, matching much of what it granted members of the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP). Its tariff on U.S. beef, 38.5% before the agreement, is to fall in stages to 9% by 2033. The agreement's safeguard on beef was triggered this month when U.S. shipments exceeded the year's threshold, so the rate, 25.8% at the time, reverted to 38.5% for 30 days from March 18; the two governments have agreed to consult on the trigger level. The United States, for its part, cut tariffs on a limited list of Japanese industrial goods, including some machine tools. Its tariffs of 2.5% on passenger cars and 25% on light trucks were left untouched, with their treatment deferred to later talks. The Digital Trade Agreement, which applies to an estimated $40 billion in bilateral digital trade, bars customs duties on electronic transmissions and restricts data-localization requirements.

## How Stage One Unfolded

- September 26, 2018: President Trump and Prime Minister Abe announce, in a joint statement, that the two countries will negotiate a trade agreement.
- April 2019: the first formal negotiating round takes place in Washington.
- May 17, 2019: Trump proclaims that auto imports threaten U.S. national security and directs negotiations with Japan and the European Union; no tariff follows.
- September 25, 2019: in New York, Trump and Abe declare the first stage of talks complete.
- October 7, 2019: the USJTA and the Digital Trade Agreement are signed.
- January 1, 2020: both agreements take effect.

**Figure 1. Holdings of U.S. Treasury Securities, Japan and China, 2016-2020**

Source: U.S. Department of the Treasury, Treasury International Capital data; year-end.

## Trade and Investment

The pandemic cut U.S.-Japan trade sharply in 2020, yet Japan remained the fourth-largest U.S. trading partner that year, with two-way trade in goods and services of about $252 billion. U.S. exports to Japan fell to $104.4 billion, from $124.3 billion in 2019; imports from Japan totaled $147.6 billion (Table 1).

Table 1. U.S. Trade with Japan, 2019 and 2020 ($ billions)

| Flow | 2019 | 2020 |
| --- | --- | --- |
| U.S. exports to Japan | 124.3 | 104.4 |
| Goods exports | 74.6 | 64.1 |
| Services exports | 49.7 | 40.3 |
| U.S. imports from Japan | 179.5 | 147.6 |
| Goods imports | 143.6 | 119.5 |
| Services imports | 35.9 | 28.1 |
| Goods trade balance | -69.0 | -55.4 |

Source: Bureau of Economic Analysis, international transactions basis; goods balance from the Census Bureau.

Fifth-largest among U.S. bilateral goods deficits, the 2020 gap with Japan came to $55.4 billion, a narrower shortfall than the one the prior year.

Capital flows bind the two economies more tightly than trade does. In 2019, Japan became the top source of foreign direct investment (FDI) in the United States, overtaking the United Kingdom; the stock of Japanese FDI reached $619.3 billion that year. U.S. firms' investment in Japan was far smaller, at approximately $122 billion. Nor does any other country hold more U.S. Treasury securities: Japan's holdings, about $1.28 trillion in January 2021, exceeded China's by roughly $180 billion (Figure 1).

## Issues for Congress

- Steel and aluminum. The Section 232 tariffs imposed in March 2018, 25% on steel and 10% on aluminum, still apply to imports from Japan, which has asked the new Administration to remove them.
- A second stage. The 2019 joint statement committed the parties to further talks on services, investment, and other issues, but no negotiations have begun.
- Regional agreements. Japan chairs the CPTPP's commission in 2021, a year in which the United Kingdom formally applied to join (February 1). The Regional Comprehensive Economic Partnership (RCEP), signed on November 15, 2020, links Japan with China, South Korea, and 12 other countries, without the United States.
- Trade promotion authority. TPA expires on July 1, 2021; any broader agreement with Japan would likely require Congress to renew it.

**Brock R. Williams**, Specialist in International Trade and Finance

**Cathleen D. Cimino-Isaacs**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "leaders.japan_prime_minister": P("Suga", "Yoshihide", "Prime Minister Suga Yoshihide"),
        "trade.overall_partner_rank": F(4, period="2020", as_written="Japan remained the fourth-largest U.S. trading partner that year"),
        "trade.us_exports_to_japan": F(104400000000, period="2020", as_written="U.S. exports to Japan fell to $104.4 billion, from $124.3 billion in 2019"),
        "trade.us_goods_exports_to_japan": F(64100000000, period="2020", as_written="Table 1: 'Goods exports | 74.6 | 64.1'", note="Table 1, 2020 column"),
        "trade.us_services_exports_to_japan": F(40300000000, period="2020", as_written="Table 1: 'Services exports | 49.7 | 40.3'", note="Table 1, 2020 column"),
        "trade.us_imports_from_japan": F(147600000000, period="2020", as_written="imports from Japan totaled $147.6 billion (Table 1)"),
        "trade.us_goods_imports_from_japan": F(119500000000, period="2020", as_written="Table 1: 'Goods imports | 143.6 | 119.5'", note="Table 1, 2020 column"),
        "trade.us_services_imports_from_japan": F(28100000000, period="2020", as_written="Table 1: 'Services imports | 35.9 | 28.1'", note="Table 1, 2020 column"),
        "trade.goods_deficit": F(55400000000, period="2020", as_written="the 2020 gap with Japan came to $55.4 billion"),
        "trade.goods_deficit_rank": F(5, period="2020", as_written="Fifth-largest among U.S. bilateral goods deficits, the 2020 gap with Japan"),
        "trade.fdi_source_rank": F(1, period="2019", as_written="In 2019, Japan became the top source of foreign direct investment (FDI) in the United States, overtaking the United Kingdom"),
        "trade.japan_fdi_stock_in_us": F(619300000000, period="2019", as_written="the stock of Japanese FDI reached $619.3 billion that year"),
        "trade.us_fdi_stock_in_japan": F(122000000000, "about", period="2019", as_written="U.S. firms' investment in Japan was far smaller, at approximately $122 billion", note="year carried from the sentence before"),
        "trade.treasury_holder_rank": F(1, period="2021-01", as_written="Nor does any other country hold more U.S. Treasury securities: Japan's holdings, about $1.28 trillion in January 2021"),
        "agreements.usjta_signed": D("2019-10-07", as_written="Negotiators signed both in Washington on October 7, 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="both entered into force on the first day of 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="both entered into force on the first day of 2020"),
    },
    "elections": {
        "ldp_president_2020": E("LDP president", "2020-09-14", "held", result="Suga Yoshihide elected to succeed Abe Shinzo"),
        "ldp_president_2021": E("LDP president", "2021-09", "upcoming", note="'he faces another party leadership vote in September 2021'"),
        "lower_house_2021": E("Lower House", "2021-10", "upcoming", note="deadline: 'must lead the LDP into a Lower House election no later than October 2021' (no IF11120 fact for the deadline)"),
    },
    "events": {
        "first_negotiating_round": EV("First formal negotiating round, in Washington", "2019-04", "held"),
        "section232_autos_proclamation": EV("Trump proclaims that auto imports threaten national security; no tariff follows", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Trump and Abe declare the first stage of talks complete, in New York", "2019-09-25", "held"),
    },
    "notes": "Traps: 'concluded a pair of limited \"stage one\" agreements in 2019' (year, not a signing date); 'is scheduled to receive Prime Minister Suga Yoshihide at the White House in April' (planned visit); 'confirmed as U.S. Trade Representative on March 17'; 'to succeed Abe Shinzo' (former PM); 'Japan's Diet approved the agreements in December 2019' (not entry into force); 'the 2015 trade promotion authority (TPA) statute'; 'roughly $7.2 billion of U.S. agricultural exports'; 'Its tariff on U.S. beef, 38.5% before the agreement, is to fall in stages to 9% by 2033' and 'the rate, 25.8% at the time, reverted to 38.5% for 30 days from March 18' (Japanese tariffs, not U.S. tariffs); 'Its tariffs of 2.5% on passenger cars and 25% on light trucks' (MFN rates: no tariff on most imports and no Section 232 auto rate is stated); 'an estimated $40 billion in bilateral digital trade'; sidebar 'How Stage One Unfolded' (html aside, with Figure 1 floated into it) restating the signing and entry-into-force dates and 'President Trump and Prime Minister Abe' (past leaders); 'May 17, 2019: Trump proclaims ... no tariff follows'; 'directs negotiations with Japan and the European Union'; 'two-way trade in goods and services of about $252 billion'; 'from $124.3 billion in 2019' (2019 exports); Table 1's 2019 column ('124.3', '74.6', '49.7', '179.5', '143.6', '35.9', '-69.0') beside the 2020 column; 'Goods trade balance | -69.0 | -55.4' (signed balance; the 2020 deficit is 55.4 as written in prose); 'a narrower shortfall than the one the prior year'; 'overtaking the United Kingdom'; 'about $1.28 trillion in January 2021, exceeded China's by roughly $180 billion' (holdings and a difference, not ranks); Figure 1 (Treasury holdings of Japan and China 2016-2020, $ billions, axis ticks 0-1400, no value labels); 'The Section 232 tariffs imposed in March 2018, 25% on steel and 10% on aluminum' (not a tariff on most imports); 'Japan chairs the CPTPP's commission in 2021' and 'formally applied to join (February 1)'; 'RCEP, signed on November 15, 2020, links Japan with China, South Korea, and 12 other countries'; 'TPA expires on July 1, 2021'; PDF curly quotes and non-breaking spaces",
}
