from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "KK2-IF11120-2021-12", "fresh10", "IF11120", 9
LAYOUTS = ["md", "layout"]
PDF_OPTS = []
CHART = {"unit": "$ billions", "ymax": 200, "ticks": [0, 50, 100, 150, 200],
         "series": ["U.S. exports to Japan", "U.S. imports from Japan"],
         "bars": {"2016": (108.4, 180.1), "2017": (114.6, 182.3), "2018": (120.6, 178.9),
                  "2019": (122.6, 179.4), "2020": (104.4, 147.6)}}

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated December 14, 2021

## Overview

Two years after their first trade agreements took effect, Washington and Tokyo are weighing what, if anything, should follow them. The Trump Administration and the government of then-Prime Minister Abe Shinzo concluded two limited "stage one" pacts in 2019: the U.S.-Japan Trade Agreement (USJTA), which lowered tariffs on selected agricultural and industrial goods, and the U.S.-Japan Digital Trade Agreement. The broader second-stage negotiations that the pacts envisioned never started. President Joe Biden's trade officials have instead opened a new bilateral channel with the government of Prime Minister Kishida Fumio, who took office on October 4, 2021, after his predecessor, Suga Yoshihide, decided not to run again for the leadership of the Liberal Democratic Party (LDP).

On November 17, 2021, U.S. Trade Representative Katherine Tai and Minister of Economy, Trade and Industry Hagiuda Koichi launched the U.S.-Japan Partnership on Trade, a forum for coordinating on third-country concerns such as China's nonmarket practices, as well as on labor, the environment, and digital trade. Five days earlier, Commerce Secretary Gina Raimondo and her Japanese counterparts had agreed to open talks on the Section 232 tariffs the United States has levied since 2018 on Japanese steel (25%) and aluminum (10%). The European Union settled a similar dispute in October by accepting a tariff-rate quota.

## How the Stage One Deals Came About

Abe and President Donald Trump agreed in September 2018 to begin talks, and formal negotiations opened in Washington in mid-April 2019. The bargaining moved quickly. At the G-7 summit in Biarritz, France, on August 25, the two leaders announced an agreement in principle; a month later, meeting in New York on September 25, 2019, they declared the first-stage deal final and issued a joint statement. Negotiators signed both texts in Washington on October 7 of that year. The Diet approved them in early December, and both agreements entered into force on January 1, 2020. Because the USJTA covered only limited tariff cuts, the Trump Administration implemented it under delegated tariff authority, without a vote in Congress.

Trade talks unfolded under the shadow of possible auto tariffs. On May 17, 2019, Trump proclaimed that imports of automobiles and parts threatened to impair U.S. national security, an action under Section 232 of the Trade Expansion Act of 1962. He directed the U.S. Trade Representative to negotiate with Japan and the EU, but the tariffs of up to 25% that the Commerce Department had floated were never imposed, and the 2.5% U.S. duty on Japanese passenger cars was left unchanged by the agreement.

Under the USJTA, Japan eliminated or reduced tariffs on roughly $7 billion of U.S. food and agricultural exports, putting U.S. producers on par with CPTPP members. Its tariff on U.S. beef, 38.5% before the agreement, is falling in stages toward 9% by 2033. In March 2021, beef shipments crossed the agreement's safeguard trigger, and Japan raised the tariff from 25.8% back to 38.5% for 30 days. The two governments have since been consulting on a revised trigger.

## Trade and Investment Ties

The pandemic depressed bilateral trade in 2020, but Japan held its position among U.S. partners (Figure 1).

**Figure 1. U.S. Goods and Services Trade with Japan, 2016-2020: Still the Fourth-Largest U.S. Trading Partner in 2020**

Source: Bureau of Economic Analysis (BEA), goods and services.

U.S. exports of goods and services to Japan fell to some one hundred four billion dollars in 2020, well below the $122.6 billion of 2019, as travel and transport services collapsed. Goods accounted for $64.1 billion of the total; services for the remaining $40.3 billion. Imports from Japan declined too, to just under $148 billion. Of that, goods, chiefly motor vehicles, machinery, and parts, made up $119.5 billion, and services about twenty-eight billion dollars.

Measured on a Census basis, the U.S. goods deficit with Japan narrowed to $55.4 billion in 2020, from roughly $70 billion the year before. It was the fifth-largest the United States ran with any trading partner; in 2019 it had been fourth. The deficit with China, at $310 billion, remained more than five times as large. Monthly data point to a rebound: in the first ten months of 2021, U.S. goods exports to Japan ran about 17% above the same period of 2020.

Investment ties run deep. Japan overtook the United Kingdom in 2019 to become the largest source of foreign direct investment (FDI) in the United States, and it held that place in 2020, when the stock of Japanese FDI reached close to six hundred fifty billion dollars. The British stock was about $490 billion. U.S. direct investment in Japan was far smaller, at just over $130 billion. Japanese investors are also the top foreign holders of U.S. Treasury securities, with some $1.3 trillion in September 2021; China's holdings, in second place, were about $1.05 trillion.

## Issues for Congress

- Scope of further talks. The Partnership on Trade does not envision tariff negotiations, and the Administration has said it is not seeking new trade agreements that cover market access. Some Members have urged a more comprehensive agreement, arguing that U.S. exporters still face barriers in Japan's services, autos, and agriculture markets. Trade promotion authority, which governed the 2019 agreements, lapsed on July 1, 2021.
- CPTPP. Japan chairs the 11-member Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP) in 2021. China applied to join on September 16, and Taiwan six days later. Tokyo has said applicants must meet the pact's high standards.
- Regional strategy. At the East Asia Summit on October 27, Biden said the United States would explore an Indo-Pacific economic framework with partners; Japanese officials have welcomed the idea but want details.
- Domestic politics. Kishida won the LDP leadership on September 29. In the October 31 general election, the LDP kept a single-party majority with 261 of the 465 seats in the House of Representatives, and its coalition with Komeito holds 293. The next national contest is the House of Councillors election due in July 2022.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Brock R. Williams**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden's trade officials"),
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "the government of Prime Minister Kishida Fumio, who took office on October 4, 2021"),
        "trade.overall_partner_rank": F(4, period="2020", as_written="Figure 1. U.S. Goods and Services Trade with Japan, 2016-2020: Still the Fourth-Largest U.S. Trading Partner in 2020", note="only in Figure 1's caption; the subject (Japan) is carried from the caption's 'with Japan'"),
        "trade.us_exports_to_japan": F(104000000000, "about", period="2020", as_written="U.S. exports of goods and services to Japan fell to some one hundred four billion dollars in 2020"),
        "trade.us_goods_exports_to_japan": F(64100000000, period="2020", as_written="Goods accounted for $64.1 billion of the total"),
        "trade.us_services_exports_to_japan": F(40300000000, period="2020", as_written="services for the remaining $40.3 billion"),
        "trade.us_imports_from_japan": F(148000000000, "under", period="2020", as_written="Imports from Japan declined too, to just under $148 billion"),
        "trade.us_goods_imports_from_japan": F(119500000000, period="2020", as_written="goods, chiefly motor vehicles, machinery, and parts, made up $119.5 billion"),
        "trade.us_services_imports_from_japan": F(28000000000, "about", period="2020", as_written="and services about twenty-eight billion dollars"),
        "trade.goods_deficit": F(55400000000, period="2020", as_written="the U.S. goods deficit with Japan narrowed to $55.4 billion in 2020"),
        "trade.goods_deficit_rank": F(5, period="2020", as_written="It was the fifth-largest the United States ran with any trading partner"),
        "trade.fdi_source_rank": F(1, period="2020", as_written="Japan overtook the United Kingdom in 2019 to become the largest source of foreign direct investment (FDI) in the United States, and it held that place in 2020"),
        "trade.japan_fdi_stock_in_us": F(650000000000, "nearly", period="2020", as_written="the stock of Japanese FDI reached close to six hundred fifty billion dollars"),
        "trade.us_fdi_stock_in_japan": F(130000000000, "over", period="2020", as_written="U.S. direct investment in Japan was far smaller, at just over $130 billion", note="year carried from the sentences before"),
        "trade.treasury_holder_rank": F(1, as_written="Japanese investors are also the top foreign holders of U.S. Treasury securities"),
        "agreements.usjta_signed": D("2019-10-07", as_written="Negotiators signed both texts in Washington on October 7 of that year", note="year from 'September 25, 2019' in the sentence before"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="both agreements entered into force on January 1, 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="both agreements entered into force on January 1, 2020"),
    },
    "elections": {
        "ldp_president_2021": E("LDP president", "2021-09-29", "held", result="Kishida won", note="'Kishida won the LDP leadership on September 29' (year from the text's date)"),
        "lower_house_2021": E("Lower House", "2021-10-31", "held", result="LDP 261 of 465 seats; coalition with Komeito 293", note="'In the October 31 general election' (year from the text's date)"),
        "upper_house_2022": E("Upper House", "2022-07", "upcoming", note="'the House of Councillors election due in July 2022'"),
    },
    "events": {
        "first_negotiating_round": EV("formal negotiations opened in Washington", "2019-04", "held"),
        "section232_autos_proclamation": EV("Trump proclaimed that auto and parts imports threatened to impair national security (Section 232)", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("leaders declared the first-stage deal final in New York", "2019-09-25", "held"),
    },
    "notes": "Traps: 'who took office on October 4, 2021' and 'his predecessor, Suga Yoshihide' (former PM); 'then-Prime Minister Abe Shinzo' and 'President Donald Trump' (past leaders); 'On November 17, 2021' (Partnership on Trade) and 'Five days earlier' (steel talks); 'Section 232 tariffs ... on Japanese steel (25%) and aluminum (10%)' (sectoral, not a tariff on most imports); 'The European Union settled a similar dispute in October'; 'agreed in September 2018 to begin talks' (not the first round); 'on August 25, the two leaders announced an agreement in principle' (not the stage-one event); 'The Diet approved them in early December'; 'the tariffs of up to 25% that the Commerce Department had floated were never imposed' (no Section 232 auto rate) and 'the 2.5% U.S. duty on Japanese passenger cars' (MFN duty); 'roughly $7 billion of U.S. food and agricultural exports'; beef '38.5%', 'toward 9% by 2033', 'from 25.8% back to 38.5% for 30 days', 'In March 2021'; Figure 1 (U.S. exports and imports, 2016-2020, $ billions; axis ticks 0-200, years, legend, no value labels) and the caption's 'Still' (the rank also held in earlier years, not stated); 'well below the $122.6 billion of 2019' (earlier year); 'from roughly $70 billion the year before' and 'in 2019 it had been fourth' (earlier deficit and rank); 'The deficit with China, at $310 billion, remained more than five times as large' (another country); 'in the first ten months of 2021, ... about 17% above' (partial year); 'Japan overtook the United Kingdom in 2019' (year, not a rank); 'The British stock was about $490 billion' (another country); 'with some $1.3 trillion in September 2021' (holdings, no catalogue fact) and 'China's holdings, in second place, were about $1.05 trillion' (China's rank and amount); 'Trade promotion authority ... lapsed on July 1, 2021'; 'the 11-member' CPTPP, 'China applied to join on September 16, and Taiwan six days later'; 'At the East Asia Summit on October 27'; 'the LDP kept a single-party majority with 261 of the 465 seats' and 'its coalition with Komeito holds 293' (seat counts; IF11120 has no seat-share facts). Layout text: pdftotext -layout of the two-column PDF (no PDF options)",
}
