from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "D1-IF11120-2022-07", "fresh6", "IF11120", 19
TITLE = "U.S.-Japan Trade Agreement Negotiations"
LAYOUTS = ["html", "pdf"]
PDF_OPTS = ["lig", "nbsp"]
SIDEBAR = "Investment and Finance Ties"
CHART = {"unit": "$ billions", "ymax": 1200, "ticks": [0, 300, 600, 900, 1200],
         "series": ["Goods and services trade, 2021"],
         "bars": {"EU": (1093,), "Canada": (722,), "Mexico": (700,), "China": (694,), "Japan": (280,)}}

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated July 27, 2022

## Overview

Two limited agreements, one on tariffs and one on digital trade, define the formal U.S.-Japan trade relationship, and both have now been in force for some two and a half years. The Biden Administration has not sought to build them into the comprehensive accord that negotiators once described as a second stage. It has preferred to work with Tokyo on supply chains, export controls, and regional economic rules, most visibly through the Indo-Pacific Economic Framework for Prosperity (IPEF), which President Joe Biden unveiled in Tokyo on May 23, 2022, with Prime Minister Kishida Fumio at his side.

Congress has a stake in that choice. Neither the 2019 agreements nor IPEF were submitted for a vote, and the Trade Promotion Authority (TPA) that allowed the tariff agreement to be implemented by proclamation lapsed on July 1, 2021. Some Members have questioned whether an arrangement without new tariff cuts can give U.S. exporters much that they lack in the Japanese market.

## A Changed Political Setting in Tokyo

Japanese politics was shaken this month. Abe Shinzo, the former prime minister who agreed with then-President Donald Trump to open trade talks, died after being shot while delivering a campaign speech in Nara on July 8, 2022. Voting went ahead two days later, and in the July 10 Upper House election the Liberal Democratic Party (LDP) and its partner Komeito widened their majority. Kishida, who succeeded Suga Yoshihide as head of government in October 2021, now faces no national election until 2025, giving him room to press his "new capitalism" agenda and the economic security law the Diet passed in May.

## How the 2019 Agreements Came About

Talks were agreed in a joint statement issued in New York in September 2018, after the United States had left the Trans-Pacific Partnership (TPP). Japan's aim was to keep any bilateral deal within the market access it had already offered its TPP partners. The first formal round was held in Washington in April 2019, led by U.S. Trade Representative Robert Lighthizer and Japan's economy minister, Motegi Toshimitsu.

Progress was swift by trade-negotiation standards. At a meeting in New York on September 25, 2019, Trump and Abe announced that the first-stage texts were complete. USTR Lighthizer and Japan's ambassador, Sugiyama Shinsuke, put their names to the U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement (DTA) at the White House on October 7, 2019. The Diet gave its approval on December 4. On January 1, 2020, the pair entered into force.

Under the two agreements:

- Japan eliminated or reduced tariffs on about $7.2 billion of U.S. food and farm products, matching what it had granted TPP members; its 38.5% tariff on U.S. beef is being cut in steps to 9% by FY2033.
- The United States lowered or removed tariffs on some $40 million of Japanese agricultural goods and on a list of industrial products, but kept its 2.5% duty on passenger cars and its 25% duty on light trucks.
- Both sides agreed not to levy customs duties on electronic transmissions or to require that data be stored locally.

The joint statement of September 2019 also said the two sides would consult within four months of entry into force on the subjects of further talks. That window closed in the spring of 2020 with no consultations held.

## Autos, Steel, and Section 232

Vehicles and parts are the largest U.S. import from Japan, and the threat of Section 232 tariffs hung over the 2019 talks. A Commerce Department investigation concluded in February 2019 that auto imports threatened to impair national security. President Trump agreed in a proclamation dated May 17, 2019, and directed USTR to seek agreements with Japan and the European Union, but he did not impose tariffs; a 25% duty on cars and parts had been floated in 2018. In the September 2019 joint statement the U.S. side stated that it did not intend to take actions inconsistent with the agreements while they were being implemented.

Steel and aluminum are a different story. Section 232 tariffs of 25% on steel and 10% on aluminum, in place since March 2018, continue to apply to Japan. An arrangement announced on February 7, 2022, has allowed up to 1.25 million metric tons of Japanese steel a year to enter free of the steel duty since April 1; aluminum received no such relief.

## Trade Flows

**Figure 1. Top U.S. Trade Partners, 2021**

Source: CRS, using Bureau of Economic Analysis (BEA) data; the European Union is counted as one partner.

Japan held fifth position among U.S. trading partners in 2021, one rung lower than in 2019 (Figure 1). U.S. exports to Japan recovered to $112.2 billion that year. Goods made up two-thirds of them, $74.6 billion, and the remaining $37.6 billion came from services such as travel, royalties, and finance.

Japan sold more to the United States than it bought. U.S. imports from Japan amounted to $167.8 billion, with $135.1 billion attributed to goods, led by cars, parts, and machinery, and $32.7 billion to services. Measured on goods alone, the imbalance was just over $60 billion, up from $55.4 billion in 2020, and it ranked fourth among U.S. bilateral goods deficits. The combined deficit in goods and services was smaller, at about $56 billion. Preliminary Census figures for January through May 2022 show U.S. goods exports to Japan running roughly 14% above their level a year earlier.

## Investment and Finance Ties

- Japan is the single largest source of foreign direct investment (FDI) in the United States, a position it took from the United Kingdom in 2019.
- Japanese firms' direct investment position in the United States reached $648 billion at the end of 2020, compared with about $619 billion a year before.
- Investment in the other direction is about one-fifth as large: U.S. firms held $132 billion in Japan that year.
- At roughly $1.2 trillion in May 2022, Japanese holdings of U.S. Treasury securities were the biggest of any foreign economy's; China's, at $981 billion, came next.

## Outlook and Issues for Congress

Several new channels are opening. The first meeting of the Economic Policy Consultative Committee, an "economic 2+2" pairing the Secretaries of State and Commerce with Japan's foreign and trade ministers, is scheduled for July 29 in Washington. IPEF began with thirteen countries, among them Japan and the United States, and grew to fourteen when Fiji signed on days after the launch; ministers plan to meet in person in September to settle the scope of each of its four pillars. Unlike the USJTA, IPEF is not expected to reduce tariffs.

Japan, for its part, has kept its focus on the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP), which took effect for its first six members on December 30, 2018. The United Kingdom applied to join in February 2021, and China and Taiwan followed in September 2021. The yen's slide, to about 139 per dollar in mid-July and its weakest in 24 years, has made Japanese goods cheaper in the U.S. market and may widen the bilateral deficit. Congress may consider whether to press for broader market access, including for U.S. autos, or for a return to the regional pact.

**Brock R. Williams**, Specialist in International Trade and Finance

**Cathleen D. Cimino-Isaacs**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden unveiled in Tokyo on May 23, 2022", note="then-President Donald Trump (past) is a trap"),
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Kishida Fumio", note="family name first; 'Kishida, who succeeded Suga Yoshihide as head of government in October 2021'"),
        "trade.overall_partner_rank": F(5, period="2021", as_written="Japan held fifth position among U.S. trading partners in 2021, one rung lower than in 2019 (Figure 1)"),
        "trade.us_exports_to_japan": F(112200000000, period="2021", as_written="U.S. exports to Japan recovered to $112.2 billion that year", note="year carried from the sentence before"),
        "trade.us_goods_exports_to_japan": F(74600000000, period="2021", as_written="Goods made up two-thirds of them, $74.6 billion", note="'two-thirds' is a share, the amount is exact"),
        "trade.us_services_exports_to_japan": F(37600000000, period="2021", as_written="the remaining $37.6 billion came from services"),
        "trade.us_imports_from_japan": F(167800000000, period="2021", as_written="U.S. imports from Japan amounted to $167.8 billion"),
        "trade.us_goods_imports_from_japan": F(135100000000, period="2021", as_written="with $135.1 billion attributed to goods"),
        "trade.us_services_imports_from_japan": F(32700000000, period="2021", as_written="and $32.7 billion to services"),
        "trade.goods_deficit": F(60000000000, "over", period="2021", as_written="Measured on goods alone, the imbalance was just over $60 billion"),
        "trade.goods_deficit_rank": F(4, period="2021", as_written="it ranked fourth among U.S. bilateral goods deficits"),
        "trade.fdi_source_rank": F(1, as_written="Japan is the single largest source of foreign direct investment (FDI) in the United States", note="sidebar bullet (HTML aside)"),
        "trade.japan_fdi_stock_in_us": F(648000000000, period="2020", as_written="Japanese firms' direct investment position in the United States reached $648 billion at the end of 2020"),
        "trade.us_fdi_stock_in_japan": F(132000000000, period="2020", as_written="U.S. firms held $132 billion in Japan that year", note="year carried from the bullet before"),
        "trade.treasury_holder_rank": F(1, as_written="Japanese holdings of U.S. Treasury securities were the biggest of any foreign economy's"),
        "agreements.usjta_signed": D("2019-10-07", as_written="put their names to the U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement (DTA) at the White House on October 7, 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="On January 1, 2020, the pair entered into force", note="'the pair' carries both agreements from the sentence before last"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="On January 1, 2020, the pair entered into force"),
    },
    "elections": {
        "upper_house_2022": E("Upper House", "2022-07-10", "held", result="LDP and Komeito widened their majority"),
    },
    "events": {
        "abe_assassination": EV("Former Prime Minister Abe Shinzo shot and killed while campaigning in Nara", "2022-07-08"),
        "first_negotiating_round": EV("First formal round of U.S.-Japan trade talks, Washington", "2019-04", "held"),
        "stage_one_deal_finalized": EV("Trump and Abe announce the first-stage texts complete, New York", "2019-09-25", "held"),
        "section232_autos_proclamation": EV("Section 232 autos proclamation (no tariffs imposed)", "2019-05-17", "held"),
    },
    "notes": "Traps: 'both have now been in force for some two and a half years' (no date); 'unveiled in Tokyo on May 23, 2022' (IPEF launch, no IF11120 slug the validator accepts); 'lapsed on July 1, 2021' (TPA); 'agreed with then-President Donald Trump' (former president); 'Voting went ahead two days later' (the election is dated by 'the July 10 Upper House election'); 'who succeeded Suga Yoshihide as head of government in October 2021' (former PM); 'no national election until 2025'; 'the economic security law the Diet passed in May'; 'a joint statement issued in New York in September 2018' (agreement to talk, not tariff_talks_announced, not stage one); 'The Diet gave its approval on December 4' (not entry into force); bullets 'about $7.2 billion of U.S. food and farm products', 'its 38.5% tariff on U.S. beef is being cut in steps to 9% by FY2033', 'some $40 million of Japanese agricultural goods', 'its 2.5% duty on passenger cars and its 25% duty on light trucks' (MFN tariffs, not Section 232 autos); 'consult within four months of entry into force' and 'That window closed in the spring of 2020'; 'concluded in February 2019' (Commerce report, not the proclamation); 'he did not impose tariffs; a 25% duty on cars and parts had been floated in 2018' (no Section 232 autos rate stated); 'Section 232 tariffs of 25% on steel and 10% on aluminum, in place since March 2018'; 'announced on February 7, 2022', 'up to 1.25 million metric tons', 'since April 1' (steel TRQ); Figure 1 (PDF: partner labels EU/Canada/Mexico/China/Japan, ticks 0-1200, no values; HTML: figure in the aside); 'one rung lower than in 2019' (2019 rank implied, not written); 'Goods made up two-thirds of them' (share); 'up from $55.4 billion in 2020' (past deficit); 'The combined deficit in goods and services was smaller, at about $56 billion' (not the goods deficit); 'January through May 2022 ... roughly 14% above' (partial year growth); 'a position it took from the United Kingdom in 2019' (rank 1, not a year of data); 'compared with about $619 billion a year before' (2019 stock); 'about one-fifth as large' (ratio); 'China's, at $981 billion, came next' (China's holdings, rank 2); 'scheduled for July 29 in Washington' (planned economic 2+2); 'IPEF began with thirteen countries ... grew to fourteen when Fiji signed on'; 'ministers plan to meet in person in September'; 'took effect for its first six members on December 30, 2018' (CPTPP); 'applied to join in February 2021', 'in September 2021'; 'about 139 per dollar in mid-July and its weakest in 24 years'. HTML: sidebar 'Investment and Finance Ties' (FDI and Treasury bullets) and the figure float in the aside. PDF: ligature characters and non-breaking spaces before billion/million.",
}
