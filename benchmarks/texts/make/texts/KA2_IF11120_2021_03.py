from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "KA2-IF11120-2021-03", "fresh30", "IF11120", 9
TITLE = "U.S.-Japan Trade Agreement Negotiations"
LAYOUTS = ["md", "interleaved"]
PDF_OPTS = ["lig", "nbsp"]
CHART = {"unit": "$ billions", "ymax": 200, "ticks": [0, 50, 100, 150, 200],
         "series": ["Exports to Japan", "Imports from Japan"],
         "bars": {"2016": (108.7, 170.9), "2017": (114.6, 176.4), "2018": (121.8, 180.2), "2019": (124.0, 179.4), "2020": (104.7, 148.4)}}

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated March 30, 2021

## Status

Fifteen months after two limited trade agreements with Japan took effect, whether a broader deal will follow is an open question for the Biden Administration. The "stage two" talks that the previous Administration and the government of then-Prime Minister Abe Shinzo said they would pursue have not begun, and no date for them has been set. President Biden has yet to state a policy on the matter; his trade representative, Katherine Tai, took office only this month, after Senate confirmation on March 17. Prime Minister Suga Yoshihide, who is expected to be the first foreign leader to meet President Biden in person, is to visit Washington in April, a trip that officials on both sides say will focus more on China, climate, and the pandemic than on tariffs.

Members of Congress may weigh whether to press for a comprehensive agreement, revisit the auto tariff threat that hung over the 2019 talks, or seek U.S. entry into the regional pact that Japan now leads.

## How the 2019 Agreements Came About

Talks were agreed at a meeting between President Donald Trump and Abe in New York in September 2018, as an alternative to the Trans-Pacific Partnership (TPP), from which the United States had withdrawn in January 2017. Japan had by then joined ten other countries in the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP), which entered into force at the end of 2018 and gave Australian and Canadian beef, among other products, an edge in Japan's market. Table 1 traces the main steps.

Table 1. Milestones, 2018-2020

| Date | Step |
| --- | --- |
| Sept. 26, 2018 | Leaders' joint statement launches talks |
| Apr. 2019 | First negotiating round, Washington |
| May 17, 2019 | Section 232 auto proclamation; no tariffs imposed |
| Sept. 25, 2019 | Leaders finalize stage one |
| Oct. 7, 2019 | USJTA and DTA signed |
| Jan. 1, 2020 | Both agreements take effect |

Source: CRS, from USTR and White House releases.

The U.S.-Japan Trade Agreement (USJTA) covers tariffs on farm and industrial goods. Because its tariff cuts fell within the proclamation authority granted to the President in the 2015 trade promotion authority (TPA) statute, which lapses on July 1, it was not submitted to Congress for approval; nor was the companion U.S.-Japan Digital Trade Agreement (DTA), an executive agreement. The Diet ratified both in December 2019. Since January 1, 2020, the two have been in effect.

## What Each Side Gave

Market access under the USJTA was uneven by design, a fact its supporters defended as a down payment on later talks:

- Japan eliminated or lowered tariffs, or opened tariff-rate quotas, on roughly $7.2 billion of U.S. food and agricultural exports, generally matching what CPTPP members receive. Its beef tariff, 38.5% before the agreement, is to reach 9% in FY2033.
- The United States cut or removed duties on a narrower list of Japanese industrial goods (machine tools, bicycles, some engines) and on about 40 farm products, mostly specialty items. The 2.5% tariff on passenger vehicles and the 25% tariff on light trucks were untouched.
- The DTA bars customs duties on electronic transmissions and restricts data-localization requirements, covering an estimated $40 billion in digital trade.

The threat of auto tariffs shaped the talks. In a proclamation, the President found that imported vehicles and parts threatened to impair U.S. national security, but chose negotiation over duties of up to 25%; the period for acting on that finding lapsed in November 2019. Japan maintains that the 2019 joint statement protects it from such tariffs while the agreement is in force. Section 232 duties on Japanese steel (25%) and aluminum (10%), applied in 2018, were not addressed and remain in place.

A test of the farm provisions came this month. Because U.S. beef shipments in FY2020 passed a safeguard trigger of 242,000 metric tons, Japan's tariff on them jumped on March 18 from 25.8% to 38.5% for thirty days. Australian beef, under a CPTPP trigger that counts all members' exports together, was not affected. Officials have said they will consult on changing the mechanism.

## Trade and Investment Ties

Counting goods and services, Japan was again the fourth-largest U.S. trading partner last year. Trade fell sharply with the pandemic (Figure 1).

**Figure 1. U.S. Trade with Japan, 2016-2020**

Source: CRS, with Bureau of Economic Analysis data. Goods and services.

In 2020, U.S. exports to Japan came to $104.7 billion, down by about a sixth. Of that, goods were worth $64.1 billion. Services, hit hard by the halt in travel and tourism, were $40.6 billion, roughly two-fifths of the total. Imports from Japan declined more steeply in dollar terms, to $148.4 billion; goods, chiefly vehicles, parts, and machinery, accounted for $119.5 billion and services for the balance, $28.9 billion.

Table 2. U.S. Trade with Japan, 2019 and 2020 ($ billions)

| | 2019 | 2020 |
| --- | --- | --- |
| Exports, goods | 74.4 | 64.1 |
| Exports, services | 49.6 | 40.6 |
| Imports, goods | 143.6 | 119.5 |
| Imports, services | 35.8 | 28.9 |

Source: Bureau of Economic Analysis, February 2021.

At $55.4 billion, the goods deficit with Japan ranked fifth among U.S. bilateral deficits last year (fourth in 2019, when it reached $69.2 billion).

Investment ties are deeper than the trade figures suggest. Japan has become the leading source of foreign direct investment (FDI) in the United States: Japanese firms' position reached $619.3 billion at the end of 2019, surpassing that of British firms, and their U.S. affiliates employ close to a million workers. U.S. direct investment in Japan was less than a fifth as large that year, at approximately $121 billion. The largest foreign stake in U.S. government debt is also Japanese, with Treasury holdings of $1.28 trillion in January; China's, next in size, stood at $1.10 trillion.

## Outlook

Political calendars in both capitals may limit ambitions. Suga, chosen as LDP president last September when Abe stepped down for health reasons, faces a party leadership vote when that term expires in September, and the House of Representatives must be elected by October. The Tokyo Olympics, postponed from 2020, are scheduled to open July 23. In Washington, the Administration has said it will not pursue new trade agreements until it has invested in U.S. workers and competitiveness.

Other regional developments bear on U.S. options. Japan signed the 15-country Regional Comprehensive Economic Partnership (RCEP) in November 2020, and the United Kingdom applied to join the CPTPP on February 1. Some Members have urged the Administration to reconsider the TPP; others favor building on the 2019 agreements, including a long-promised chapter on services and investment.

**Brock R. Williams**, Specialist in International Trade and Finance

**Cathleen D. Cimino-Isaacs**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Biden", "Joe", "President Biden", note="given name not written; 'the Biden Administration' also"),
        "leaders.japan_prime_minister": P("Suga", "Yoshihide", "Prime Minister Suga Yoshihide", note="family name first; Abe is 'then-Prime Minister'"),
        "agreements.usjta_signed": D("2019-10-07", as_written="Oct. 7, 2019 | USJTA and DTA signed", note="Table 1 only"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="Since January 1, 2020, the two have been in effect", note="'the two' carried: the USJTA and the DTA; also Table 1 'Jan. 1, 2020 | Both agreements take effect'"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="Since January 1, 2020, the two have been in effect", note="as the USJTA"),
        "trade.overall_partner_rank": F(4, period="2020", as_written="Counting goods and services, Japan was again the fourth-largest U.S. trading partner last year", note="goods-and-services basis; 'last year' from the cover"),
        "trade.us_exports_to_japan": F(104700000000, period="2020", as_written="In 2020, U.S. exports to Japan came to $104.7 billion"),
        "trade.us_goods_exports_to_japan": F(64100000000, period="2020", as_written="Of that, goods were worth $64.1 billion", note="also Table 2's 2020 column"),
        "trade.us_services_exports_to_japan": F(40600000000, period="2020", as_written="Services, hit hard by the halt in travel and tourism, were $40.6 billion", note="also Table 2"),
        "trade.us_imports_from_japan": F(148400000000, period="2020", as_written="Imports from Japan declined more steeply in dollar terms, to $148.4 billion"),
        "trade.us_goods_imports_from_japan": F(119500000000, period="2020", as_written="goods, chiefly vehicles, parts, and machinery, accounted for $119.5 billion", note="also Table 2"),
        "trade.us_services_imports_from_japan": F(28900000000, period="2020", as_written="and services for the balance, $28.9 billion", note="also Table 2"),
        "trade.goods_deficit": F(55400000000, period="2020", as_written="At $55.4 billion, the goods deficit with Japan ranked fifth among U.S. bilateral deficits last year"),
        "trade.goods_deficit_rank": F(5, period="2020", as_written="the goods deficit with Japan ranked fifth among U.S. bilateral deficits last year"),
        "trade.fdi_source_rank": F(1, period="2019", as_written="Japan has become the leading source of foreign direct investment (FDI) in the United States: Japanese firms' position reached $619.3 billion at the end of 2019", note="period from the stock after the colon"),
        "trade.japan_fdi_stock_in_us": F(619300000000, period="2019", as_written="Japanese firms' position reached $619.3 billion at the end of 2019"),
        "trade.us_fdi_stock_in_japan": F(121000000000, "about", period="2019", as_written="U.S. direct investment in Japan was less than a fifth as large that year, at approximately $121 billion", note="'less than a fifth' is the ratio; year carried by 'that year'"),
        "trade.treasury_holder_rank": F(1, period="2021-01", as_written="The largest foreign stake in U.S. government debt is also Japanese, with Treasury holdings of $1.28 trillion in January", note="year from the cover"),
    },
    "elections": {
        "ldp_president_2020": E("LDP president", "2020-09", "held", result="Suga Yoshihide chosen", note="'chosen as LDP president last September'"),
        "ldp_president_2021": E("LDP president", "2021-09", "upcoming", note="'faces a party leadership vote when that term expires in September'"),
        "lower_house_2021": E("Lower House", "2021-10", "upcoming", note="'the House of Representatives must be elected by October' (seven months away: an upcoming election, as extract-dev's D2)"),
    },
    "events": {
        "first_negotiating_round": EV("First round of U.S.-Japan trade agreement negotiations", "2019-04", "held"),
        "section232_autos_proclamation": EV("President proclaims vehicle and parts imports a national security threat; no tariffs imposed", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Leaders finalize the stage-one agreements", "2019-09-25", "held"),
    },
    "notes": "Traps: 'Fifteen months after two limited trade agreements ... took effect' (elapsed time); 'then-Prime Minister Abe Shinzo' and 'President Donald Trump' (former leaders); 'Senate confirmation on March 17' (Tai, no fact); 'is to visit Washington in April' (planned); 'in New York in September 2018' and Table 1 'Sept. 26, 2018 | Leaders' joint statement launches talks' (launch, not the first round); 'withdrawn in January 2017'; 'joined ten other countries in the ... (CPTPP), which entered into force at the end of 2018'; 'the 2015 trade promotion authority (TPA) statute, which lapses on July 1' (no fact); 'The Diet ratified both in December 2019' (ratification, not signing or entry into force); 'roughly $7.2 billion of U.S. food and agricultural exports'; 'Its beef tariff, 38.5% before the agreement, is to reach 9% in FY2033' (Japan's tariffs); 'about 40 farm products'; 'The 2.5% tariff on passenger vehicles and the 25% tariff on light trucks' (MFN tariffs, not a Section 232 auto tariff); 'an estimated $40 billion in digital trade'; 'chose negotiation over duties of up to 25%' (never imposed: no tariffs.section232_autos) and 'lapsed in November 2019'; 'Section 232 duties on Japanese steel (25%) and aluminum (10%), applied in 2018' (not autos, not most imports); 'a safeguard trigger of 242,000 metric tons' and 'jumped on March 18 from 25.8% to 38.5% for thirty days' (Japan's beef tariff); 'down by about a sixth' and 'roughly two-fifths of the total' (ratios); Table 2's 2019 column (past flows); 'fourth in 2019, when it reached $69.2 billion' (past rank and deficit); 'surpassing that of British firms' and 'close to a million workers'; 'less than a fifth as large' (ratio, not the qualifier of the U.S. stock); 'China's, next in size, stood at $1.10 trillion' (China's holdings); Figure 1 (U.S. trade with Japan 2016-2020, $ billions; ticks 0-200, years and legend, no value labels); 'scheduled to open July 23' (Olympics); 'the 15-country Regional Comprehensive Economic Partnership (RCEP) in November 2020' and 'applied to join the CPTPP on February 1'; interleaved columns with ligatures and NBSP",
}
