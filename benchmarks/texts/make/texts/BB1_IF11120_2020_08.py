from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "BB1-IF11120-2020-08", "fresh8", "IF11120", 11
TITLE = "U.S.-Japan Trade Agreement Negotiations"
LAYOUTS = ["md", "layout"]
PDF_OPTS = ["lig", "hyph"]
CHART = {"unit": "$ billions", "ymax": 800, "ticks": [0, 200, 400, 600, 800],
         "series": ["Total trade in goods and services"],
         "bars": {"Canada": (718,), "Mexico": (677,), "China": (635,), "Japan": (302,), "U.K.": (269,), "Germany": (260,)}}

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated August 19, 2020

## Overview

Nearly eight months after two limited trade agreements between the United States and Japan entered into force, the broader negotiation that both governments billed as a second stage has yet to begin. The Trump Administration and the government of Prime Minister Abe Shinzo had said they would start consultations on a wider agenda within four months of entry into force, that is, by about early May 2020. The Coronavirus Disease 2019 (COVID-19) pandemic has since grounded negotiators and absorbed the attention of trade officials in both capitals, and no new timetable has been announced.

Members of Congress have followed the agreements' implementation, the prospects for a more comprehensive deal that Congress would have to approve, and the Administration's unresolved threat to restrict imports of Japanese motor vehicles on national security grounds.

## How the Stage-One Deal Came About

President Donald Trump withdrew the United States from the Trans-Pacific Partnership (TPP) in January 2017. Japan then led the remaining 11 signatories to a successor pact, the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP), in force since December 30, 2018, and concluded an Economic Partnership Agreement with the European Union that took effect on February 1, 2019. Both lowered Japanese tariffs for U.S. competitors such as Australia, Canada, and EU farm exporters, adding to the pressure on Washington to secure comparable access.

The leaders agreed in September 2018 to pursue bilateral negotiations. The first formal round, held in Washington over two days starting April 15, 2019, set the talks in motion, and they moved unusually fast. In Biarritz, France, on August 25, 2019, Trump and Abe reached an agreement in principle on core elements. A month later, on September 25, 2019, the two met on the margins of the U.N. General Assembly in New York and announced that negotiators had wrapped up the first stage.

On October 7, 2019, in Washington, U.S. Trade Representative Robert Lighthizer and Japan's ambassador, Sugiyama Shinsuke, signed two texts: the U.S.-Japan Trade Agreement (USJTA), which covers tariffs on selected goods, and the U.S.-Japan Digital Trade Agreement. Japan's Diet approved both on December 4, 2019. The Administration concluded them as executive agreements, relying for the U.S. tariff cuts on proclamation authority in the Bipartisan Congressional Trade Priorities and Accountability Act of 2015, so neither was put to a vote in Congress. The tariff agreement and its digital companion each became operative on January 1, 2020.

## Stage One in Brief

- **Agriculture.** Japan is eliminating or reducing tariffs on roughly $7.2 billion worth of U.S. food and farm products, in most cases to the levels it grants CPTPP members. Its tariff on U.S. beef fell from 38.5% to 26.6% when the agreement took effect and is to reach 9% in 2033.
- **Industrial goods.** The United States is cutting or removing tariffs on 241 tariff lines of Japanese industrial goods, such as machine tools and bicycle parts, plus about $40 million worth of agricultural imports.
- **Autos left out.** The U.S. tariffs of 2.5% on Japanese passenger cars and 25% on light trucks are unchanged; the USJTA defers autos and parts to later talks.
- **Digital trade.** The digital agreement bars customs duties on electronic transmissions, protects cross-border data flows, and limits requirements to store data locally or to hand over source code.

## The Second Stage, Deferred

In their September 2019 joint statement, the leaders said they intended to conclude consultations within four months after the USJTA's entry into force and then to negotiate on other areas, possibly including services, investment, customs procedures, and remaining tariffs. In-person rounds became impossible once the pandemic spread early this year. Officials have spoken by video and telephone, but as of this writing no date for the consultations has been fixed. Some observers argue that Tokyo, having won most of what it sought in the first stage, sees little reason to hurry; others note that trade promotion authority (TPA), under which a comprehensive agreement could receive expedited consideration in Congress, expires on July 1, 2021. Japan, meanwhile, opened negotiations with the United Kingdom in June 2020 on a post-Brexit trade agreement.

Abe, whose term as president of the Liberal Democratic Party (LDP) runs until September 2021, has also had to contend with the pandemic's economic toll, including the postponement of the Tokyo Olympics to 2021.

## The Auto Tariff Question

Autos remain the most sensitive issue in the relationship. Motor vehicles and parts accounted for more than a third of U.S. goods imports from Japan in 2019. In a proclamation dated May 17, 2019, President Trump concurred with the Commerce Department's finding, under Section 232 of the Trade Expansion Act of 1962, that imports of autos and parts threaten to impair U.S. national security, and he directed USTR to pursue negotiated agreements to address the threat. The 180-day period the statute allows for such negotiations lapsed in mid-November 2019 without further action. Tariffs of as much as 25% were floated during the investigation; none has been applied to Japanese vehicles.

Japanese officials point to a line in the September 2019 joint statement, in which the two sides pledged not to take measures "against the spirit" of the agreements while they are faithfully implemented, as an assurance against new auto duties. The Administration has not publicly endorsed that reading. Section 232 tariffs already in place, 25% on steel and 10% on aluminum since March 2018, still apply to Japanese shipments; unlike Canada and Mexico, Japan has not been exempted. In January 2020, the President extended those duties to certain derivative steel and aluminum products.

## Trade and Investment Ties

Japan remained the fourth-largest U.S. trading partner in 2019 when goods and services are counted together (Figure 1). U.S. sales of goods and services to Japan came to $122.6 billion that year, and purchases from Japan to $179.4 billion; Table 1 divides each into goods and services.

**Figure 1. Top U.S. Trade Partners, 2019**

Source: CRS, with Bureau of Economic Analysis (BEA) data.

Table 1. U.S. Trade with Japan by Type, 2019 ($ billions)

| Flow | 2019 | Share of flow |
| --- | --- | --- |
| Exports to Japan: goods | 75.7 | 62% |
| Exports to Japan: services | 46.9 | 38% |
| Imports from Japan: goods | 144.0 | 80% |
| Imports from Japan: services | 35.4 | 20% |

Source: BEA, international transactions data, June 2020.

Counting merchandise alone, Americans bought just under seventy billion dollars more from Japan than they sold there in 2019, compared with $67.6 billion in 2018. That gap was the fourth-widest of any U.S. bilateral goods deficit. The pandemic has since cut deeply into trade: Census data for the first half of 2020 show U.S. goods exports to Japan down about 13% and goods imports from Japan down about 24% from the same months of 2019, with vehicle shipments hit hardest.

Investment flows run heavily toward the United States. Data released by BEA in July 2020 show that Japan moved past the United Kingdom in 2019 to become the single largest source of foreign direct investment (FDI) in the United States, with a position of $619.3 billion. It also holds more U.S. Treasury securities than any other foreign country, about $1.26 trillion as of June 2020, compared with China's roughly $1.07 trillion. U.S. firms' direct investment in Japan was far smaller, just shy of $120 billion at the end of 2019.

## Issues for Congress

- Whether the Administration should press Japan to begin the second stage once travel resumes, and whether any comprehensive agreement would be submitted to Congress under TPA.
- Whether the May 2019 Section 232 finding on autos could still lead to tariffs on Japanese vehicles, and how Japan might respond.
- Whether the USJTA's limited coverage, roughly 5% of U.S. goods imports from Japan, is consistent with World Trade Organization rules that call for free trade agreements to cover substantially all trade.

**Brock R. Williams**, Specialist in International Trade and Finance

**Cathleen D. Cimino-Isaacs**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump", note="also 'The Trump Administration', 'President Trump'"),
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Abe Shinzo", note="family name first"),
        "agreements.usjta_signed": D("2019-10-07", as_written="On October 7, 2019, in Washington, U.S. Trade Representative Robert Lighthizer and Japan's ambassador, Sugiyama Shinsuke, signed two texts: the U.S.-Japan Trade Agreement (USJTA) ... and the U.S.-Japan Digital Trade Agreement", note="date fronted; the agreements are named after the colon"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="The tariff agreement and its digital companion each became operative on January 1, 2020", note="'The tariff agreement' is the USJTA named in the paragraph"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="The tariff agreement and its digital companion each became operative on January 1, 2020", note="'its digital companion' is the Digital Trade Agreement"),
        "trade.overall_partner_rank": F(4, period="2019", as_written="Japan remained the fourth-largest U.S. trading partner in 2019 when goods and services are counted together (Figure 1)", note="also Figure 1 'Top U.S. Trade Partners, 2019'"),
        "trade.us_exports_to_japan": F(122600000000, period="2019", as_written="U.S. sales of goods and services to Japan came to $122.6 billion that year", note="year carried ('that year') from the sentence before"),
        "trade.us_goods_exports_to_japan": F(75700000000, period="2019", as_written="Table 1: 'Exports to Japan: goods | 75.7' ($ billions, 2019)", note="only in Table 1"),
        "trade.us_services_exports_to_japan": F(46900000000, period="2019", as_written="Table 1: 'Exports to Japan: services | 46.9'", note="only in Table 1"),
        "trade.us_imports_from_japan": F(179400000000, period="2019", as_written="and purchases from Japan to $179.4 billion", note="verb and year carried from the first half of the sentence"),
        "trade.us_goods_imports_from_japan": F(144000000000, period="2019", as_written="Table 1: 'Imports from Japan: goods | 144.0'", note="only in Table 1"),
        "trade.us_services_imports_from_japan": F(35400000000, period="2019", as_written="Table 1: 'Imports from Japan: services | 35.4'", note="only in Table 1"),
        "trade.goods_deficit": F(70000000000, "under", period="2019", as_written="Counting merchandise alone, Americans bought just under seventy billion dollars more from Japan than they sold there in 2019", note="number in words; 'just under' is under"),
        "trade.goods_deficit_rank": F(4, period="2019", as_written="That gap was the fourth-widest of any U.S. bilateral goods deficit", note="subject 'That gap' carried from the sentence before"),
        "trade.fdi_source_rank": F(1, period="2019", as_written="Japan moved past the United Kingdom in 2019 to become the single largest source of foreign direct investment (FDI) in the United States"),
        "trade.japan_fdi_stock_in_us": F(619300000000, period="2019", as_written="with a position of $619.3 billion"),
        "trade.treasury_holder_rank": F(1, as_written="It also holds more U.S. Treasury securities than any other foreign country", note="'It' carried from 'Japan' in the sentence before"),
        "trade.us_fdi_stock_in_japan": F(120000000000, "nearly", period="2019", as_written="U.S. firms' direct investment in Japan was far smaller, just shy of $120 billion at the end of 2019", note="'just shy of' is nearly"),
    },
    "elections": {},
    "events": {
        "first_negotiating_round": EV("First formal round of U.S.-Japan trade negotiations, Washington", "2019-04-15", "held"),
        "section232_autos_proclamation": EV("Presidential proclamation on the Section 232 autos finding; USTR directed to negotiate", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Trump and Abe announce in New York that the first stage has been wrapped up", "2019-09-25", "held"),
    },
    "notes": "Traps: 'Nearly eight months after' (time elapsed); 'within four months of entry into force, that is, by about early May 2020' (planned consultations, not held); 'withdrew the United States from the Trans-Pacific Partnership (TPP) in January 2017'; 'the remaining 11 signatories'; 'CPTPP, in force since December 30, 2018' and 'Economic Partnership Agreement with the European Union that took effect on February 1, 2019' (other agreements' entry into force, not the USJTA's); 'The leaders agreed in September 2018 to pursue bilateral negotiations' (launch, not the first round); 'held in Washington over two days starting April 15, 2019' (the first round, dated by its first day); 'In Biarritz, France, on August 25, 2019, Trump and Abe reached an agreement in principle' (not the stage-one finalization, not a signing); 'Japan's Diet approved both on December 4, 2019' (not entry into force, not signing); 'Trade Priorities and Accountability Act of 2015' (a law's year); bullet 'roughly $7.2 billion worth of U.S. food and farm products' (products covered by tariff cuts, not U.S. exports to Japan); bullet 'fell from 38.5% to 26.6% ... is to reach 9% in 2033' (Japan's beef tariff); bullet '241 tariff lines' and 'about $40 million worth of agricultural imports' (not U.S. imports from Japan); bullet 'U.S. tariffs of 2.5% on Japanese passenger cars and 25% on light trucks' (MFN tariffs, not Section 232 auto tariffs); 'trade promotion authority (TPA) ... expires on July 1, 2021'; 'opened negotiations with the United Kingdom in June 2020'; 'whose term as president of the Liberal Democratic Party (LDP) runs until September 2021' (a term end, not an election); 'postponement of the Tokyo Olympics to 2021'; 'more than a third of U.S. goods imports from Japan in 2019' (share of autos); 'In a proclamation dated May 17, 2019' (event only: no auto tariff imposed); 'Trade Expansion Act of 1962'; 'The 180-day period ... lapsed in mid-November 2019'; 'Tariffs of as much as 25% were floated during the investigation; none has been applied to Japanese vehicles' (threatened, not a Section 232 auto rate); '25% on steel and 10% on aluminum since March 2018' (steel/aluminum, not autos); 'unlike Canada and Mexico'; 'In January 2020, the President extended those duties'; Figure 1 'Top U.S. Trade Partners, 2019' (partner labels only in the PDF/layout: Canada, Mexico, China, Japan, U.K., Germany; ticks 0-800, no values); Table 1's 'Share of flow' column (62%, 38%, 80%, 20%: shares, not amounts); 'Source: BEA, international transactions data, June 2020'; 'compared with $67.6 billion in 2018' (previous year's deficit); 'the first half of 2020 show U.S. goods exports to Japan down about 13% and goods imports from Japan down about 24%' (partial-year changes); 'Data released by BEA in July 2020'; 'moved past the United Kingdom' (the UK's former first place); 'about $1.26 trillion as of June 2020, compared with China's roughly $1.07 trillion' (Treasury holdings, China's figure); 'the May 2019 Section 232 finding' (Issues list); 'roughly 5% of U.S. goods imports from Japan' (coverage share). No Section 232 auto rate, no tariff on most imports, no IEEPA or framework fact is stated. No election is stated (the LDP term end is not one). PDF (layout only): ligatures and hyphenated line ends; pdftotext -layout runs the two columns side by side, the table and bullet lists among them.",
}
