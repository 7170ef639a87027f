from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "OO2-IF11120-2019-09", "fresh11", "IF11120", 6
LAYOUTS = ["md", "layout"]
PDF_OPTS = ["lig", "hyph"]

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated September 27, 2019

## A First-Stage Deal

On the sidelines of the U.N. General Assembly in New York on September 25, 2019, President Donald Trump and Prime Minister Shinzo Abe announced that their negotiators had finalized a limited trade agreement, together with a separate pact on digital trade. The texts still await formal signature, which officials say could come within weeks. Neither requires a vote in Congress: the Administration intends to implement the tariff provisions under delegated authority granted in the Bipartisan Congressional Trade Priorities and Accountability Act of 2015 (TPA) and to conclude both as executive agreements. Japan's Diet, by contrast, must approve the deal, most likely during an extraordinary session opening in October. If that timetable holds, the Administration aims for the U.S.-Japan Trade Agreement (USJTA) and the Digital Trade Agreement alike to enter into force on January 1, 2020.

The two leaders had first agreed to pursue a bilateral deal in a joint statement issued on September 26, 2018. Formal talks followed. The opening round was held in Washington in mid-April 2019, and an agreement in principle was reached on the margins of the G-7 summit in Biarritz, France, on August 25.

## What the Agreement Covers

Japan is to reduce or eliminate tariffs on roughly $7.2 billion of U.S. agricultural exports, largely matching the access it gave members of the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP). Its tariff on fresh and frozen beef, for example, would fall from 38.5% to 9% by 2033. The United States, for its part, would trim or remove duties on a narrower list of industrial goods, including machine tools and some steam turbines. The digital agreement covers an estimated $40 billion in digital trade and bars customs duties on electronic transmissions.

Several subjects are left for later. U.S. tariffs on Japanese autos are not cut: passenger cars still face the 2.5% most-favored-nation duty and light trucks 25%. Services, investment, and rules of origin are to be taken up in a possible second stage; the joint statement commits the two sides to begin consultations within four months of the first-stage agreement's entry into force.

## The Section 232 Shadow

Hanging over the talks is the threat of higher U.S. tariffs on vehicles. In a proclamation of May 17, 2019, President Trump concurred with a Commerce Department finding that imports of autos and parts threaten to impair U.S. national security, and he directed the U.S. Trade Representative to seek agreements with Japan and the European Union that address the threat within 180 days, a deadline that falls in mid-November. Commerce had floated tariffs of as much as 25%. None has been applied so far. Japanese officials say Trump assured Abe that no Section 232 auto duties would be imposed on Japan while the agreement is carried out, but the joint statement itself is silent on the point. Meanwhile the Section 232 duties of 25% on steel and 10% on aluminum, in place since March 2018, continue to apply to Japanese shipments, and Japan won no exemption from them in the deal.

## Trade and Investment Ties

Only China, Canada, and Mexico traded more with the United States than Japan did in 2018. U.S. exports to Japan that year totaled roughly $121 billion. They comprised $75.2 billion of goods, led by aircraft, liquefied natural gas, and medical equipment, and nearly $46 billion of services, chiefly travel and intellectual property charges. Americans spent a bit under $180 billion on Japanese goods and services. Of that amount, goods made up $143.6 billion, and services the remaining $36 billion or so.

Measured on a Census basis, the U.S. goods deficit with Japan reached $67.6 billion in 2018. It was the fourth-biggest bilateral goods deficit, trailing those with China, Mexico, and Germany; through July of this year, the gap was running slightly ahead of last year's pace.

The investment relationship is larger still. Japan held a direct investment position of $484.4 billion in the United States at the end of 2018, second in size only to the United Kingdom's. American companies' stake in Japan was far smaller, approximately $125 billion. In June 2019, Japan moved back ahead of China to become the largest foreign holder of U.S. Treasury securities.

## Context: TPP and Other Deals

The USJTA is in many respects a substitute for the Trans-Pacific Partnership (TPP), which both countries signed in February 2016 and from which President Trump withdrew the United States in January 2017. The remaining 11 members went ahead with the CPTPP, which took effect for Japan on December 30, 2018. Japan's economic partnership agreement with the European Union entered into force on February 1, 2019. U.S. farm groups argue that these pacts have left their exports at a disadvantage in the Japanese market, which helps explain why agriculture dominated the first stage. Abe's coalition kept its majority in the House of Councillors in an election held on July 21, 2019, a result that eases Diet passage of the agreement.

## Issues for Congress

- Whether a deal that cuts tariffs without congressional approval is consistent with TPA's requirements.
- Whether the second stage will take up autos, services, and currency.
- Whether the Administration will impose Section 232 auto tariffs on Japan after mid-November.

**Brock R. Williams**, Specialist in International Trade and Finance

**Cathleen D. Cimino-Isaacs**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Shinzo Abe"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="the Administration aims for the U.S.-Japan Trade Agreement (USJTA) and the Digital Trade Agreement alike to enter into force on January 1, 2020", note="expected; not yet signed, Diet approval pending"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="the Administration aims for the U.S.-Japan Trade Agreement (USJTA) and the Digital Trade Agreement alike to enter into force on January 1, 2020", note="expected"),
        "trade.overall_partner_rank": F(4, period="2018", as_written="Only China, Canada, and Mexico traded more with the United States than Japan did in 2018"),
        "trade.us_exports_to_japan": F(121000000000, "about", period="2018", as_written="U.S. exports to Japan that year totaled roughly $121 billion"),
        "trade.us_goods_exports_to_japan": F(75200000000, period="2018", as_written="They comprised $75.2 billion of goods", note="subject carried from the sentence before"),
        "trade.us_services_exports_to_japan": F(46000000000, "nearly", period="2018", as_written="and nearly $46 billion of services"),
        "trade.us_imports_from_japan": F(180000000000, "under", period="2018", as_written="Americans spent a bit under $180 billion on Japanese goods and services", note="'a bit under' read as under"),
        "trade.us_goods_imports_from_japan": F(143600000000, period="2018", as_written="Of that amount, goods made up $143.6 billion"),
        "trade.us_services_imports_from_japan": F(36000000000, "about", period="2018", as_written="and services the remaining $36 billion or so", note="'or so' read as about"),
        "trade.goods_deficit": F(67600000000, period="2018", as_written="the U.S. goods deficit with Japan reached $67.6 billion in 2018"),
        "trade.goods_deficit_rank": F(4, period="2018", as_written="It was the fourth-biggest bilateral goods deficit, trailing those with China, Mexico, and Germany"),
        "trade.japan_fdi_stock_in_us": F(484400000000, period="2018", as_written="Japan held a direct investment position of $484.4 billion in the United States at the end of 2018"),
        "trade.fdi_source_rank": F(2, period="2018", as_written="second in size only to the United Kingdom's"),
        "trade.us_fdi_stock_in_japan": F(125000000000, "about", period="2018", as_written="American companies' stake in Japan was far smaller, approximately $125 billion", note="year carried from the sentence before"),
        "trade.treasury_holder_rank": F(1, as_written="In June 2019, Japan moved back ahead of China to become the largest foreign holder of U.S. Treasury securities"),
    },
    "elections": {
        "upper_house_2019": E("Upper House", "2019-07-21", "held", result="Abe's coalition kept its majority"),
    },
    "events": {
        "stage_one_deal_finalized": EV("Trump and Abe announce in New York that negotiators have finalized a limited trade agreement and a digital trade pact", "2019-09-25", "held"),
        "first_negotiating_round": EV("Opening round of formal talks in Washington", "2019-04", "held"),
        "section232_autos_proclamation": EV("Proclamation concurring that auto and parts imports threaten national security; 180 days to negotiate", "2019-05-17", "held"),
    },
    "notes": "Traps: 'The texts still await formal signature, which officials say could come within weeks' (not signed; no signing date); 'an extraordinary session opening in October' (Diet, not entry into force); 'Trade Priorities and Accountability Act of 2015'; 'an agreement in principle was reached ... in Biarritz, France, on August 25' (not the finalization); 'roughly $7.2 billion of U.S. agricultural exports'; 'from 38.5% to 9% by 2033'; 'an estimated $40 billion in digital trade'; 'passenger cars still face the 2.5% most-favored-nation duty and light trucks 25%' (MFN, not Section 232 or a tariff on most imports); 'within four months of the first-stage agreement's entry into force'; 'within 180 days, a deadline that falls in mid-November'; 'Commerce had floated tariffs of as much as 25%. None has been applied so far' (threatened, no Section 232 auto rate); 'duties of 25% on steel and 10% on aluminum, in place since March 2018'; 'through July of this year, the gap was running slightly ahead of last year's pace' (partial year); 'second in size only to the United Kingdom's' (FDI rank 2, not 1); 'moved back ahead of China' (Treasuries rank 1); 'which both countries signed in February 2016' (TPP) and 'withdrew the United States in January 2017'; 'The remaining 11 members'; 'took effect for Japan on December 30, 2018' (CPTPP) and 'entered into force on February 1, 2019' (Japan-EU EPA); 'Whether the Administration will impose Section 232 auto tariffs on Japan after mid-November'; PDF ligatures and hyphenated line ends (layout only)",
}
