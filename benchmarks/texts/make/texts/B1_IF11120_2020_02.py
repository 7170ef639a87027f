from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "B1-IF11120-2020-02", "fresh6", "IF11120", 9
TITLE = "U.S.-Japan Trade Agreement Negotiations"
LAYOUTS = ["md", "pdf", "interleaved"]
PDF_OPTS = ["lig", "quotes"]
CHART = {"unit": "$ billions", "ymax": 160, "ticks": [0, 40, 80, 120, 160],
         "series": ["U.S. goods exports to Japan", "U.S. goods imports from Japan"],
         "bars": {"2015": (62.4, 131.4), "2016": (63.3, 132.2), "2017": (67.6, 136.5), "2018": (75.0, 142.6), "2019": (74.4, 143.6)}}

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated February 19, 2020

## Overview

Seven weeks into 2020, the first bilateral trade deals concluded by the Trump Administration with an Asian partner are now operating. The U.S.-Japan Trade Agreement (USJTA), which trims tariffs on a limited list of farm and industrial products, and the separate U.S.-Japan Digital Trade Agreement both entered into force on January 1, 2020. U.S. officials describe the pair as a "stage one" outcome; the two governments have said that broader talks are to follow. How far a second stage will reach, and whether it will settle the question of U.S. tariffs on Japanese automobiles, is uncertain.

Congress did not vote on either text. The Administration concluded the tariff agreement under the proclamation authority in Section 103(a) of the 2015 Trade Promotion Authority statute (P.L. 114-26), and treated the digital agreement as an executive agreement. Some Members have questioned whether that approach respected the consultation requirements of TPA, which is itself due to lapse on July 1, 2021.

## How the Deal Came Together

The talks had a long prologue. President Donald J. Trump withdrew the United States from the Trans-Pacific Partnership (TPP) in January 2017, after which Prime Minister Shinzo Abe's government steered the 11 remaining TPP countries into the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP), in force for Japan since December 30, 2018. A Japan-EU economic partnership agreement followed on February 1, 2019. Both pacts left U.S. farm exporters paying higher Japanese duties than their Australian, Canadian, or European competitors, a gap that shaped Washington's priorities.

Key dates in the negotiation:

- September 26, 2018: at a meeting in New York, the leaders agree to open talks on a bilateral agreement on goods.
- Mid-April 2019: the first formal negotiating round is held in Washington.
- May 17, 2019: the President proclaims that imports of autos and parts threaten to impair U.S. national security.
- August 25, 2019: meeting at the G-7 summit in Biarritz, the leaders announce an agreement "in principle."
- September 25, 2019: in New York, the two leaders declare the core of the deal finalized and sign a joint statement.
- October 7, 2019: U.S. Trade Representative Robert Lighthizer and Japan's ambassador in Washington sign both agreements.
- December 4, 2019: the Diet completes its approval of the texts.
- January 1, 2020: the agreements take effect.

## What the Agreements Cover

Market access for U.S. agriculture dominates the tariff agreement. Japan is eliminating or reducing tariffs on some $7.2 billion of U.S. food and farm exports, in most cases matching the cuts it grants CPTPP members on the same schedule. On U.S. beef, for example, the tariff fell to 26.6% on the agreement's first day and is set to reach 9% by April 2033. Rice, a sensitive product in Japan, was left out. The United States, for its part, is cutting tariffs on a range of industrial goods, such as machine tools, steam turbines, and bicycles, and on a small amount of Japanese agricultural imports.

Table 1. Selected Tariffs Before and After the USJTA

| Product | Importer | Previous rate | Rate on Jan. 1, 2020 |
| --- | --- | --- | --- |
| Beef | Japan | 38.5% | 26.6% |
| Passenger cars | United States | 2.5% | 2.5% |
| Light trucks | United States | 25% | 25% |
| Steel (Section 232) | United States | 25% | 25% |

Source: CRS, from USTR and Japan's Ministry of Foreign Affairs.

Motor vehicles, by value the largest category of U.S. imports from Japan, are not covered. The U.S. tariff of 2.5% on cars and 25% on light trucks remains, although the text states that tariffs on autos and parts will be subject to "further negotiations with respect to customs duty elimination."

The digital agreement applies to a flow of digital trade that the U.S. Trade Representative (USTR) put at roughly $40 billion a year. It bars customs duties on electronic transmissions, protects cross-border data flows, and limits when governments may demand access to source code or algorithms. Its provisions resemble those in the revised North American agreement (USMCA).

## The Section 232 Question

The threat of U.S. tariffs on autos hung over the negotiations from the start. On the basis of a Commerce Department investigation, President Trump proclaimed on May 17, 2019, that imports of autos and parts were a national security threat, and directed USTR to seek agreements with Japan and the European Union to address it. Commerce had floated tariffs of up to 25%, but none has been imposed. The 180-day period the statute allows for such negotiations ended in mid-November without a presidential announcement. Japanese officials say they received assurances in September that no Section 232 auto tariffs would be placed on Japan while the agreement is honored; U.S. officials have been less categorical. Meanwhile, the 25% steel and 10% aluminum tariffs in place since March 2018 continue to apply to Japan.

## Economic Ties

Japan was once again the fourth-largest trading partner of the United States in 2019, counting goods and services together. U.S. exports to Japan reached nearly $123 billion that year. Of that, merchandise made up $75.7 billion; the remaining $46.9 billion was services, chiefly travel, intellectual property charges, and transport.

Flows in the other direction were larger. The United States imported $179.4 billion of goods and services from Japan in 2019, up from $178.9 billion in 2018, with services making up $35.4 billion. The merchandise portion, led by vehicles and machinery, was some $144 billion.

**Figure 1. U.S. Goods Trade with Japan, 2015-2019**

Source: CRS, with U.S. Census Bureau data.

The bilateral goods deficit came to a shade under $70 billion in 2019, the fourth-widest U.S. goods gap with any country; China, Mexico, and Germany were the three ahead of it. In 2018 the same gap had been $67.2 billion.

Investment runs largely one way. Japanese companies' U.S. direct investment stock reached $484.4 billion at the end of 2018, the latest year available; the United Kingdom alone had a larger stake. U.S. firms held roughly one hundred twenty-five billion dollars of direct investment in Japan that year. Japan is also the largest foreign owner of U.S. Treasury securities. In June 2019 it moved ahead of China, and its holdings, about $1.15 trillion at year-end, now exceed Beijing's by some $80 billion.

## Next Steps and Issues for Congress

Under the September 2019 joint statement, the two sides are to hold consultations within four months of entry into force, that is, by about early May 2020, on which areas a second-stage negotiation would address. U.S. stakeholders hope to add services, investment, and nontariff barriers such as Japan's auto standards; Tokyo hopes to secure permanent relief from the Section 232 threat. The coronavirus outbreak and a sharp contraction in Japan's economy in late 2019 may shape Tokyo's appetite for new commitments. Congress may consider whether a broader agreement should come to it for a vote under the TPA process.

**Brock R. Williams**, Specialist in International Trade and Finance

**Cathleen D. Cimino-Isaacs**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald J. Trump"),
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Shinzo Abe's government", note="given name first"),
        "agreements.usjta_signed": D("2019-10-07", as_written="October 7, 2019: U.S. Trade Representative Robert Lighthizer and Japan's ambassador in Washington sign both agreements", note="in the 'Key dates' bullet list"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="The U.S.-Japan Trade Agreement (USJTA) ... and the separate U.S.-Japan Digital Trade Agreement both entered into force on January 1, 2020", note="also the bullet 'January 1, 2020: the agreements take effect'"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="and the separate U.S.-Japan Digital Trade Agreement both entered into force on January 1, 2020"),
        "trade.overall_partner_rank": F(4, period="2019", as_written="Japan was once again the fourth-largest trading partner of the United States in 2019, counting goods and services together"),
        "trade.us_exports_to_japan": F(123000000000, "nearly", period="2019", as_written="U.S. exports to Japan reached nearly $123 billion that year"),
        "trade.us_goods_exports_to_japan": F(75700000000, period="2019", as_written="Of that, merchandise made up $75.7 billion", note="subject carried from the sentence before"),
        "trade.us_services_exports_to_japan": F(46900000000, period="2019", as_written="the remaining $46.9 billion was services"),
        "trade.us_imports_from_japan": F(179400000000, period="2019", as_written="The United States imported $179.4 billion of goods and services from Japan in 2019"),
        "trade.us_services_imports_from_japan": F(35400000000, period="2019", as_written="with services making up $35.4 billion"),
        "trade.us_goods_imports_from_japan": F(144000000000, "about", period="2019", as_written="The merchandise portion, led by vehicles and machinery, was some $144 billion", note="year and subject carried from the sentence before"),
        "trade.goods_deficit": F(70000000000, "under", period="2019", as_written="The bilateral goods deficit came to a shade under $70 billion in 2019", note="'a shade under' read as under"),
        "trade.goods_deficit_rank": F(4, period="2019", as_written="the fourth-widest U.S. goods gap with any country; China, Mexico, and Germany were the three ahead of it"),
        "trade.japan_fdi_stock_in_us": F(484400000000, period="2018", as_written="Japanese companies' U.S. direct investment stock reached $484.4 billion at the end of 2018"),
        "trade.fdi_source_rank": F(2, period="2018", as_written="the United Kingdom alone had a larger stake"),
        "trade.us_fdi_stock_in_japan": F(125000000000, "about", period="2018", as_written="U.S. firms held roughly one hundred twenty-five billion dollars of direct investment in Japan that year", note="number in words; year carried by 'that year'"),
        "trade.treasury_holder_rank": F(1, as_written="Japan is also the largest foreign owner of U.S. Treasury securities. In June 2019 it moved ahead of China"),
    },
    "elections": {},
    "events": {
        "first_negotiating_round": EV("First formal round of U.S.-Japan trade negotiations, Washington ('Mid-April 2019')", "2019-04", "held"),
        "section232_autos_proclamation": EV("President proclaims auto and parts imports a threat to national security", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Leaders declare the stage-one deal finalized in New York", "2019-09-25", "held"),
    },
    "notes": "Traps: 'Seven weeks into 2020'; 'the 2015 Trade Promotion Authority statute (P.L. 114-26)' (year of a law); 'TPA, which is itself due to lapse on July 1, 2021' (planned date); 'withdrew the United States from the Trans-Pacific Partnership (TPP) in January 2017'; 'the 11 remaining TPP countries'; 'CPTPP, in force for Japan since December 30, 2018' and 'A Japan-EU economic partnership agreement followed on February 1, 2019' (other agreements' dates, not USJTA); bullet 'September 26, 2018: ... agree to open talks' (launch, not the first round); bullet 'August 25, 2019: ... an agreement \"in principle\"' (not the finalization); bullet 'September 25, 2019: ... sign a joint statement' (stage one finalized, not the agreements' signing); bullet 'December 4, 2019: the Diet completes its approval' (not entry into force); 'some $7.2 billion of U.S. food and farm exports'; 'the tariff fell to 26.6% on the agreement's first day and is set to reach 9% by April 2033' (Japan's beef tariff); Table 1 (all rates: beef 38.5%/26.6%, cars 2.5%, light trucks 25%, Section 232 steel 25%; none is a U.S. tariff on most imports or a Section 232 auto rate); 'The U.S. tariff of 2.5% on cars and 25% on light trucks remains' (MFN rates); 'roughly $40 billion a year' (digital trade covered); 'Commerce had floated tariffs of up to 25%, but none has been imposed' (no Section 232 auto rate); 'The 180-day period'; 'the 25% steel and 10% aluminum tariffs in place since March 2018'; 'up from $178.9 billion in 2018' (past imports); 'In 2018 the same gap had been $67.2 billion' (past deficit); 'about $1.15 trillion at year-end, now exceed Beijing's by some $80 billion' (holdings, not FDI); 'within four months of entry into force, that is, by about early May 2020' (planned consultations); 'a sharp contraction in Japan's economy in late 2019'. Figure 1 (PDF/interleaved: year labels 2015-2019, ticks 0-160, legend, no values). PDF: ligatures, curly quotes; interleaved alternates column lines.",
}
