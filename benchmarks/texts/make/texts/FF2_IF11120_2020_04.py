from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "FF2-IF11120-2020-04", "fresh9", "IF11120", 8
LAYOUTS = ["pdf", "layout"]
PDF_OPTS = ["lig", "nbsp"]
CHART = {"unit": "$ billions", "ymax": 160, "ticks": [0, 40, 80, 120, 160],
         "series": ["U.S. goods exports to Japan", "U.S. goods imports from Japan"],
         "bars": {"2015": (62.4, 131.1), "2016": (63.2, 132.0), "2017": (67.7, 136.5), "2018": (75.0, 142.4), "2019": (74.4, 143.6)}}

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated April 21, 2020

## Overview

Since New Year's Day 2020, a limited "stage one" tariff agreement between the United States and Japan has been legally in force. The Trump Administration presents the U.S.-Japan Trade Agreement (USJTA) and its companion on digital trade as a down payment on a more comprehensive deal. A second stage of talks, which the two sides had said they would open within four months after the agreements took effect, or by early May 2020, has not begun, and the Coronavirus Disease 2019 (COVID-19) pandemic now absorbs both governments. Prime Minister Abe Shinzo declared a state of emergency for Tokyo and six other prefectures on April 7 and widened it to the whole country on April 16, and the Tokyo Olympics have been put off until 2021. President Donald Trump has said he wants a broader agreement that addresses autos, but no date for further negotiations has been set.

## Economic Ties in Figures

Japan's two-way trade in goods and services with the United States, some $302 billion in 2019, placed it behind Canada, Mexico, and China and ahead of the United Kingdom and Germany, making it the fourth-ranked U.S. trading partner that year.

U.S. exports to Japan edged up to $122.6 billion in 2019 from $121.1 billion in 2018. Of the 2019 figure, merchandise contributed $75.7 billion and services, led by travel, intellectual property royalties, and financial services, the other $46.9 billion. Flows in the other direction were larger and roughly flat: U.S. imports from Japan were $179.4 billion, a shade below 2018's $179.7 billion. Merchandise, chiefly motor vehicles, auto parts, and industrial machinery, made up $144.0 billion of it; services, $35.4 billion.

On the goods side alone, the United States bought $68.3 billion more from Japan than it sold there in 2019, compared with a $67.6 billion gap in 2018. The shortfall ranked fourth in size among U.S. goods deficits with individual countries, a long way behind the one with China ($345.6 billion). Monthly data for January and February 2020, before the pandemic's full effects registered, show U.S. goods exports to Japan of $12.1 billion and imports of $22.6 billion.

Japanese firms' stock of direct investment in the United States stood at $484.4 billion at the end of 2018, making Japan runner-up to the United Kingdom among sources of foreign direct investment (FDI). The corresponding U.S. stake in Japan was a little over $124 billion. Since June 2019, Japanese holdings of U.S. Treasury securities, about $1.27 trillion in February 2020, have eclipsed China's $1.09 trillion, leaving Japan the leading foreign creditor of the U.S. government.

**Figure 1. U.S. Goods Trade with Japan, 2015-2019**

Source: U.S. Census Bureau. Goods only; billions of current dollars.

## How Stage One Came About

The talks grew out of a September 26, 2018, joint statement in which President Trump and Prime Minister Abe agreed to negotiate, after Japan had urged the United States to return to the Trans-Pacific Partnership (TPP) the Administration abandoned in January 2017. The first formal negotiating session took place in Washington a year ago this month. On May 17, 2019, the President proclaimed that imports of autos and auto parts threaten to impair U.S. national security and directed the U.S. Trade Representative (USTR) to seek agreements with Japan and the European Union within 180 days rather than raise tariffs at once. The Commerce Department had examined tariffs of up to 25%, but none has been applied to Japanese vehicles, and the 180-day period lapsed in November.

After an agreement in principle at the G-7 summit in Biarritz, France, in August, it was on September 25, 2019, at a meeting in New York, that the two leaders closed out the first stage of talks. Twelve days after that, on October 7, 2019, U.S. Trade Representative Robert Lighthizer and Japanese Ambassador Sugiyama Shinsuke signed the two trade agreements in Washington. The Diet approved them on December 4. Because the USJTA's tariff cuts fall within the President's proclamation authority under trade promotion authority (TPA), the Administration did not seek a vote in Congress; the digital accord was concluded as an executive agreement.

## What the USJTA Does

Japan is reducing or eliminating tariffs on about $7.2 billion of U.S. farm exports, roughly matching the terms it gave CPTPP members. Its tariff on U.S. beef fell from 38.5% to 26.6% when the agreement took effect and is scheduled to fall to 9% by 2033. The United States, for its part, is cutting tariffs on some $40 million of Japanese agricultural goods and on a list of industrial goods such as machine tools. The U.S. 2.5% tariff on passenger cars and 25% tariff on light trucks are untouched; Japan maintains that the USJTA rules out new U.S. tariffs on its autos under Section 232, a reading the Administration has not confirmed.

## Digital Trade

Japan and the United States have been bound by the Digital Trade Agreement's rules since January 1 of this year. The agreement bars customs duties on electronic transmissions such as e-books, music, and software; guarantees nondiscriminatory treatment of digital products; protects cross-border data flows, including for financial services; and prohibits requirements that computing facilities be located in-country. It also shields source code and algorithms from forced disclosure and limits the liability of online platforms for content posted by users. The DTA builds on the digital trade chapter of the U.S.-Mexico-Canada Agreement (USMCA), which has not yet entered into force.

## Issues for Congress

- Scope of a second stage. U.S. industry groups want services, investment, and auto-sector nontariff barriers on the table; Japan wants assurance against Section 232 auto tariffs.
- Competing agreements. The CPTPP has been in force for Japan since December 30, 2018, and the Japan-EU Economic Partnership Agreement since February 1, 2019, so U.S. farm goods not covered by the USJTA still face higher Japanese tariffs than their rivals.
- Steel and aluminum. Section 232 tariffs of 25% on steel and 10% on aluminum have applied to Japanese products since March 2018.
- Authority. TPA, under which a broader agreement would be considered, expires on July 1, 2021.

**Brock R. Williams**, Analyst in International Trade and Finance

**Cathleen D. Cimino-Isaacs**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Abe Shinzo"),
        "trade.overall_partner_rank": F(4, period="2019", as_written="making it the fourth-ranked U.S. trading partner that year"),
        "trade.us_exports_to_japan": F(122600000000, period="2019", as_written="U.S. exports to Japan edged up to $122.6 billion in 2019"),
        "trade.us_goods_exports_to_japan": F(75700000000, period="2019", as_written="Of the 2019 figure, merchandise contributed $75.7 billion"),
        "trade.us_services_exports_to_japan": F(46900000000, period="2019", as_written="and services, led by travel, ..., the other $46.9 billion"),
        "trade.us_imports_from_japan": F(179400000000, period="2019", as_written="U.S. imports from Japan were $179.4 billion", note="year carried"),
        "trade.us_goods_imports_from_japan": F(144000000000, period="2019", as_written="Merchandise, chiefly motor vehicles, ..., made up $144.0 billion of it"),
        "trade.us_services_imports_from_japan": F(35400000000, period="2019", as_written="services, $35.4 billion"),
        "trade.goods_deficit": F(68300000000, period="2019", as_written="the United States bought $68.3 billion more from Japan than it sold there in 2019"),
        "trade.goods_deficit_rank": F(4, period="2019", as_written="The shortfall ranked fourth in size among U.S. goods deficits with individual countries"),
        "trade.japan_fdi_stock_in_us": F(484400000000, period="2018", as_written="stood at $484.4 billion at the end of 2018"),
        "trade.fdi_source_rank": F(2, period="2018", as_written="making Japan runner-up to the United Kingdom among sources of foreign direct investment (FDI)"),
        "trade.us_fdi_stock_in_japan": F(124000000000, "over", period="2018", as_written="The corresponding U.S. stake in Japan was a little over $124 billion", note="year carried from the sentence before"),
        "trade.treasury_holder_rank": F(1, as_written="have eclipsed China's $1.09 trillion, leaving Japan the leading foreign creditor of the U.S. government"),
        "agreements.usjta_signed": D("2019-10-07", as_written="Twelve days after that, on October 7, 2019, ... signed the two trade agreements in Washington", note="both agreements"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="Since New Year's Day 2020, a limited \"stage one\" tariff agreement between the United States and Japan has been legally in force"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="bound by the Digital Trade Agreement's rules since January 1 of this year", note="year from the text's date (2020)"),
    },
    "elections": {},
    "events": {
        "first_negotiating_round": EV("First formal negotiating session, Washington", "2019-04", "held"),
        "section232_autos_proclamation": EV("Section 232 proclamation on autos and parts; negotiations instead of tariffs", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Leaders close out the first stage of talks in New York", "2019-09-25", "held"),
    },
    "notes": "Traps: 'which the two sides had said they would open within four months after the agreements took effect, or by early May 2020' (planned second stage, not held); 'declared a state of emergency for Tokyo and six other prefectures on April 7 and widened it to the whole country on April 16'; 'the Tokyo Olympics have been put off until 2021'; 'some $302 billion in 2019' (two-way total, not a fact) and 'ahead of the United Kingdom and Germany' (rank 4 from the three named ahead); 'from $121.1 billion in 2018' (2018 exports); 'a shade below 2018's $179.7 billion' (2018 imports); 'compared with a $67.6 billion gap in 2018'; 'the one with China ($345.6 billion)' (another country's deficit); 'Monthly data for January and February 2020 ... exports to Japan of $12.1 billion and imports of $22.6 billion' (partial year); 'about $1.27 trillion in February 2020' and 'China's $1.09 trillion' (amounts); Figure 1 (goods trade 2015-2019, $ billions; axis ticks 0-160, no value labels); 'a September 26, 2018, joint statement' (launch, no slug); 'abandoned in January 2017' (TPP withdrawal); 'a year ago this month' (first round = April 2019, month, from the text's date); 'within 180 days', 'tariffs of up to 25%, but none has been applied' (no autos rate) and 'lapsed in November'; 'After an agreement in principle at the G-7 summit in Biarritz, France, in August' (not stage one finalized); 'Twelve days after that' (agrees with October 7, 2019); 'The Diet approved them on December 4'; '$7.2 billion of U.S. farm exports', 'from 38.5% to 26.6%', 'to fall to 9% by 2033', 'some $40 million of Japanese agricultural goods' (agreement terms); 'The U.S. 2.5% tariff on passenger cars and 25% tariff on light trucks' (MFN rates on some goods, not the tariff on most imports); 'since January 1 of this year' (2020-01-01 for the DTA); 'USMCA, which has not yet entered into force'; bullet list 'Issues for Congress': 'since December 30, 2018' (CPTPP), 'since February 1, 2019' (Japan-EU EPA), 'Section 232 tariffs of 25% on steel and 10% on aluminum ... since March 2018' (sectoral), 'expires on July 1, 2021' (TPA). No U.S. tariff on most imports, no IEEPA or Section 232 auto rate, no elections stated. PDF ligatures and NBSP (the PDF carries NBSPs before billion/percent; pdftotext turns them into plain spaces, so the layout text has none).",
}
