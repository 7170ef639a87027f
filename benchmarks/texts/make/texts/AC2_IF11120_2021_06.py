from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "AC2-IF11120-2021-06", "fresh15", "IF11120", 12
TITLE = "U.S.-Japan Trade Agreement Negotiations"
LAYOUTS = ["html", "layout"]
PDF_OPTS = ["lig", "hyph"]
SIDEBAR = "Beef, Autos, and Steel"
CHART = {"unit": "$ billions", "ymax": 15, "ticks": [0, 5, 10, 15],
         "series": ["U.S. agricultural exports to Japan"],
         "bars": {"2016": (11.3,), "2017": (11.9,), "2018": (12.9,), "2019": (12.1,), "2020": (11.9,)}}

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated June 29, 2021

## Where Things Stand

Trade policy toward Japan has been quiet in the first months of the Biden Administration. When Japan's prime minister, Suga Yoshihide, called at the White House on April 16, the first foreign leader President Joe Biden had received in person, the two governments launched a Competitiveness and Resilience (CoRe) Partnership on semiconductors, 5G networks, and supply chains, but they set no date for further tariff negotiations. The stage-one agreements concluded under President Donald Trump remain the only U.S. trade agreements with Japan in force. On July 1, the Trade Promotion Authority (TPA) that Congress granted in 2015 is set to lapse; without renewal, any broader agreement would be considered without expedited procedures.

## How Stage One Came About

After the United States withdrew from the Trans-Pacific Partnership (TPP) in January 2017, Japan and ten other TPP partners concluded a successor, the CPTPP, which took effect among its first six ratifiers on December 30, 2018. Seeking to head off threatened U.S. tariffs on autos, then-Prime Minister Abe Shinzo agreed in a joint statement issued in New York on September 26, 2018, to open bilateral negotiations. U.S. Trade Representative Robert Lighthizer and Japan's economy minister, Motegi Toshimitsu, led April 2019's opening round in Washington.

Talks moved quickly. On 25 September 2019, at the margins of the U.N. General Assembly, President Trump and Abe declared the first stage complete, and their representatives signed the U.S.-Japan Trade Agreement (USJTA) and a separate Digital Trade Agreement (DTA) in Washington on October 7, twelve days later. Neither went to Congress for a vote: the Administration implemented the tariff cuts by proclamation and treated the DTA as an executive agreement. The USJTA entered into force on 1 January 2020, as did the DTA.

## What the Agreements Do

Under the USJTA, Japan cut or eliminated tariffs on about $7.2 billion of U.S. food and agricultural products, giving U.S. beef, pork, wheat, and wine the treatment CPTPP members' exports receive; its beef tariff, 38.5% before the agreement, is falling in stages to 9% by FY2033. The United States reduced or removed tariffs on some $40 million of Japanese farm goods and on certain industrial products. The DTA covers roughly $40 billion of two-way digital trade, barring customs duties on electronic transmissions and data-localization requirements for financial services. Neither agreement touched the 2.5% U.S. tariff on passenger cars.

## The Trade Relationship

The pandemic cut bilateral trade sharply in 2020 (Table 1). Two-way trade in goods and services totaled $252.3 billion, enough to leave Japan in fourth place among U.S. trading partners, behind China, Canada, and Mexico.

Table 1. U.S. Trade in Goods and Services with Japan, 2018-2020 ($ billions)

| Year | Exports | Imports | Balance |
| --- | --- | --- | --- |
| 2018 | 121.2 | 179.6 | -58.4 |
| 2019 | 124.3 | 180.9 | -56.6 |
| 2020 | 104.4 | 147.9 | -43.5 |

Source: Bureau of Economic Analysis (BEA), international transactions, June 2021.

Goods accounted for $64.1 billion of U.S. exports to Japan in 2020. Those of services fell faster, by nearly a third, to $40.3 billion, as spending on travel and education collapsed. Imports from Japan leaned still more heavily on goods, $119.5 billion of them, led by motor vehicles and parts; services made up a little over $28 billion.

On a Census basis, the U.S. goods deficit with Japan narrowed to $55.4 billion, from $69.9 billion in 2019 (fifth among U.S. bilateral goods deficits, after China, Mexico, Vietnam, and Germany; Japan's had been fourth the year before).

The largest foreign direct investor in the United States is no longer the United Kingdom but Japan, whose FDI stock reached $619.3 billion at the end of 2019, the latest year for which BEA has published country detail. The U.S. stake in Japan is far smaller, a shade below $122 billion the same year. So it is, too, with U.S. Treasury securities: Japanese investors held $1.24 trillion of them in April, more than those of any other country, China ($1.10 trillion) included.

## Beef, Autos, and Steel

The USJTA's first test came this spring. U.S. beef shipments in FY2020 exceeded the agreement's safeguard trigger of 242,000 metric tons, so on March 18, 2021, Japan's tariff on U.S. beef snapped back from 25.8% to 38.5% for thirty days. The two governments have begun consultations on raising the trigger.

**Figure 1. U.S. Agricultural Exports to Japan, 2016-2020**

Source: USDA, Foreign Agricultural Service.

Autos remain outside the agreements. A proclamation of May 17, 2019, found that imports of vehicles and parts threatened to impair U.S. national security and directed negotiations with Japan and the European Union; the tariffs of up to 25% that the Commerce Department had examined were never imposed, and the statutory window for action closed in November 2019. Section 232 duties of 25% on steel and 10% on aluminum, in place since March 2018, do still apply to Japanese products, and Tokyo has asked the Biden Administration to lift them.

## Politics in Tokyo

Suga, whom the Liberal Democratic Party (LDP) elected as its president on September 14, 2020, after Abe resigned for health reasons, faces two contests this autumn. His term as party leader ends in September, when the LDP is to hold a leadership election, and a general election for the House of Representatives must be held by October. Tokyo's metropolitan assembly election on July 4 and the Olympic Games, which open July 23 without foreign spectators, are seen as tests of his handling of the pandemic. Approval of his cabinet has hovered around 30% in recent polls.

## Issues for Congress

Members may weigh whether to press for a second stage of talks, which the 2019 joint statement said would begin within four months of entry into force but which never got under way; whether the United States should seek to rejoin the CPTPP, whose members opened the United Kingdom's accession process on June 2; whether and how to renew TPA; and whether to ease the steel and aluminum tariffs on Japan, a treaty ally. Agricultural groups have also urged USTR Katherine Tai to address Japan's remaining barriers to U.S. rice and dairy products.

**Brock R. Williams**, Specialist in International Trade and Finance

**Cathleen D. Cimino-Isaacs**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "leaders.japan_prime_minister": P("Suga", "Yoshihide", "Japan's prime minister, Suga Yoshihide", note="title before the name in an appositive; family name first"),
        "trade.overall_partner_rank": F(4, period="2020", as_written="enough to leave Japan in fourth place among U.S. trading partners, behind China, Canada, and Mexico"),
        "trade.us_exports_to_japan": F(104400000000, period="2020", as_written="Table 1: 2020 | 104.4", note="only in Table 1 (row 2020, Exports column; U.S. exports and $ billions from the caption)"),
        "trade.us_imports_from_japan": F(147900000000, period="2020", as_written="Table 1: 2020 | 147.9", note="only in Table 1 (row 2020, Imports column)"),
        "trade.us_goods_exports_to_japan": F(64100000000, period="2020", as_written="Goods accounted for $64.1 billion of U.S. exports to Japan in 2020"),
        "trade.us_services_exports_to_japan": F(40300000000, period="2020", as_written="Those of services fell faster, by nearly a third, to $40.3 billion", note="'Those' carries 'U.S. exports to Japan' and 2020 from the sentence before"),
        "trade.us_goods_imports_from_japan": F(119500000000, period="2020", as_written="Imports from Japan leaned still more heavily on goods, $119.5 billion of them"),
        "trade.us_services_imports_from_japan": F(28000000000, "over", period="2020", as_written="services made up a little over $28 billion"),
        "trade.goods_deficit": F(55400000000, period="2020", as_written="the U.S. goods deficit with Japan narrowed to $55.4 billion, from $69.9 billion in 2019"),
        "trade.goods_deficit_rank": F(5, period="2020", as_written="(fifth among U.S. bilateral goods deficits, after China, Mexico, Vietnam, and Germany; Japan's had been fourth the year before)"),
        "trade.fdi_source_rank": F(1, period="2019", as_written="The largest foreign direct investor in the United States is no longer the United Kingdom but Japan"),
        "trade.japan_fdi_stock_in_us": F(619300000000, period="2019", as_written="whose FDI stock reached $619.3 billion at the end of 2019"),
        "trade.us_fdi_stock_in_japan": F(122000000000, "under", period="2019", as_written="The U.S. stake in Japan is far smaller, a shade below $122 billion the same year"),
        "trade.treasury_holder_rank": F(1, period="2021-04", as_written="So it is, too, with U.S. Treasury securities: Japanese investors held $1.24 trillion of them in April, more than those of any other country"),
        "agreements.usjta_signed": D("2019-10-07", as_written="signed the U.S.-Japan Trade Agreement (USJTA) and a separate Digital Trade Agreement (DTA) in Washington on October 7, twelve days later", note="year carried from '25 September 2019'"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="The USJTA entered into force on 1 January 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="The USJTA entered into force on 1 January 2020, as did the DTA", note="date carried by 'as did'"),
    },
    "elections": {
        "ldp_president_2020": E("LDP president", "2020-09-14", "held", result="Suga elected"),
        "ldp_president_2021": E("LDP president", "2021-09", "upcoming", note="'His term as party leader ends in September, when the LDP is to hold a leadership election' (year from the text's date)"),
        "lower_house_2021": E("Lower House", "2021-10", "upcoming", note="'must be held by October' (deadline; IF11120 has no deadline fact; year from the text's date)"),
    },
    "events": {
        "first_negotiating_round": EV("First round of U.S.-Japan trade agreement negotiations", "2019-04", "held"),
        "section232_autos_proclamation": EV("Section 232 proclamation on autos and parts", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Trump and Abe declare the first stage complete", "2019-09-25", "held"),
    },
    "notes": "Traps: 'called at the White House on April 16, the first foreign leader President Joe Biden had received in person' (not a rank); 'President Donald Trump' (former) and 'then-Prime Minister Abe Shinzo' (former); 'Robert Lighthizer', 'Motegi Toshimitsu', 'Katherine Tai' (other officials); 'On July 1, the Trade Promotion Authority (TPA) that Congress granted in 2015 is set to lapse'; 'withdrew from the Trans-Pacific Partnership (TPP) in January 2017', 'Japan and ten other TPP partners', 'its first six ratifiers on December 30, 2018'; 'a joint statement issued in New York on September 26, 2018' (the 2018 statement is not tariff_talks_announced); 'April 2019's opening round' (possessive month: first_negotiating_round 2019-04); 'On 25 September 2019' (day-month-year) is stage one, 'on October 7, twelve days later' the signing; 'entered into force on 1 January 2020, as did the DTA'; 'about $7.2 billion', '38.5% before the agreement', 'to 9% by FY2033', 'some $40 million', 'roughly $40 billion of two-way digital trade', 'the 2.5% U.S. tariff on passenger cars' (no tariff on most imports); 'Two-way trade ... totaled $252.3 billion' (no fact); Table 1's 2018 and 2019 rows (past) and its 'Balance' column ('-43.5' is goods and services, not the goods deficit); 'by nearly a third' (a fraction that is no fact); 'from $69.9 billion in 2019' and 'Japan's had been fourth the year before' (past deficit and rank); 'no longer the United Kingdom'; 'China ($1.10 trillion)'; sidebar 'safeguard trigger of 242,000 metric tons', 'from 25.8% to 38.5% for thirty days', 'March 18, 2021'; Figure 1 (U.S. agricultural exports to Japan, 2016-2020, $ billions, no values; floated into the HTML sidebar); 'A proclamation of May 17, 2019' (event; 'tariffs of up to 25% ... were never imposed': no Section 232 auto rate), 'closed in November 2019'; 'Section 232 duties of 25% on steel and 10% on aluminum, in place since March 2018' (not most imports); 'Tokyo's metropolitan assembly election on July 4' (local, not listed), 'open July 23', 'around 30%' (approval); 'within four months of entry into force'; 'on June 2' (UK accession). HTML sidebar 'Beef, Autos, and Steel' (aside); in the layout text it is an ordinary section.",
}
