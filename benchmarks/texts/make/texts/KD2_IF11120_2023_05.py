from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "KD2-IF11120-2023-05", "fresh30", "IF11120", 18
TITLE = "U.S.-Japan Trade Agreements and Negotiations"
LAYOUTS = ["interleaved", "md"]
PDF_OPTS = ["lig", "nbsp"]
CHART = {"unit": "$ billions", "ymax": 50, "ticks": [0, 10, 20, 30, 40, 50],
         "series": ["U.S. services exports to Japan", "U.S. services imports from Japan"],
         "bars": {"2018": (46.1, 35.6), "2019": (47.0, 36.4), "2020": (36.9, 29.0), "2021": (37.6, 28.4), "2022": (39.9, 32.2)}}

MD = """
U.S.-Japan Trade Agreements and Negotiations

Updated May 17, 2023

## Where Do Trade Relations Stand?

Economic ties with Japan, a treaty ally and a large market, have long drawn congressional interest. Under the Biden Administration the emphasis has shifted from tariffs and market access, the themes of the Trump years, toward supply chains, economic security, and coordination on export controls. Two developments this spring illustrate the change. On March 28, U.S. Trade Representative Katherine Tai and Ambassador Tomita Koji signed the U.S.-Japan Critical Minerals Agreement (CMA), a short executive agreement on trade in minerals used in electric vehicle batteries. And this weekend President Joe Biden is to join the leaders of the other Group of Seven (G7) economies in Hiroshima, the home district of Prime Minister Fumio Kishida, who chairs the summit this year.

## What Did the 2019 Agreements Do?

The current trade relationship rests on two limited agreements negotiated under President Donald Trump and then-Prime Minister Abe Shinzo. Talks opened after the United States withdrew from the Trans-Pacific Partnership (TPP) in 2017; Japan and the 10 remaining TPP parties went ahead with the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP) in 2018. Formal negotiations began with a round in Washington in mid-April 2019. The following month, on May 17, 2019, President Trump proclaimed that imports of autos and parts threatened to impair U.S. national security under Section 232, but he imposed no tariff and instead directed negotiations; tariffs as high as 25% had been recommended. On September 25, 2019, the two leaders finalized a "stage one" deal in New York, and the texts were signed in Washington on October 7, 2019. Both the U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement took effect on January 1, 2020, without a vote of Congress. Under the former,

- Japan cut or eliminated tariffs on about $7.2 billion of U.S. farm goods, bringing many of them to the levels its CPTPP partners enjoy, with its beef tariff falling in stages from 38.5% to 9% by 2033;
- the United States reduced or removed tariffs on some $1.3 billion of imports from Japan, mostly industrial goods, but not the 2.5% duty on passenger cars.

The latter bars customs duties on electronic transmissions and limits forced disclosure of source code. Further talks on a broader deal, which the 2019 joint statement anticipated, never began. An amendment to the agreement's safeguard on U.S. beef was concluded last year.

## What Is in the Critical Minerals Agreement?

The CMA commits both sides not to impose export duties on cobalt, graphite, lithium, manganese, and nickel, and to share information on supply chains. Its larger purpose is to let minerals processed in Japan count toward the sourcing requirement of the clean vehicle tax credit in the Inflation Reduction Act of 2022 (P.L. 117-169), worth up to $7,500 a vehicle, which is limited to minerals from countries with which the United States has a free trade agreement. Some Members have questioned whether an agreement concluded without congressional approval can qualify. The European Union is pursuing a similar arrangement.

## How Large Is the Trade?

Japan ranked as the fifth-largest U.S. trading partner in 2022, counting both goods and services (Table 1). Last year U.S. exports to Japan came to $120.1 billion, a third of which ($39.9 billion) consisted of services such as travel, royalties, and financial services; goods made up the remaining $80.2 billion. In the other direction, imports from Japan came to $180.3 billion. The United States ran a goods deficit with Japan of $67.9 billion, the sixth-largest, down from fourth the year before, as the deficits with Vietnam and Germany grew faster. In services, by contrast, the United States has a surplus (Figure 1).

Table 1. U.S.-Japan Trade, 2022 ($ billions)

| Flow | Goods | Services | Total |
| --- | --- | --- | --- |
| U.S. exports | 80.2 | 39.9 | 120.1 |
| U.S. imports | 148.1 | 32.2 | 180.3 |
| Balance | -67.9 | 7.7 | -60.2 |

Source: Bureau of Economic Analysis (BEA) and Census Bureau.

**Figure 1. U.S. Services Trade with Japan, 2018-2022**

Source: BEA. Travel services fell sharply in 2020-2021.

Investment flows are larger still. By BEA's measure, Japanese firms' direct investment in the United States reached nearly three-quarters of a trillion dollars at the end of 2021, the largest of any country, a distinction Japan first claimed from the United Kingdom in 2019. The U.S. position in Japan that year was about $130 billion. Japan is also the top foreign owner of U.S. Treasury securities, with $1.087 trillion in March, ahead of China ($869 billion).

## What Other Issues Are Under Discussion?

Section 232 tariffs on steel (25%) and aluminum (10%), imposed in 2018, still apply to Japan. Since April 1, 2022, however, a tariff-rate quota has admitted up to 1.25 million metric tons of Japanese steel a year duty-free; Japan, in turn, did not retaliate. The aluminum tariff remains in full. The two governments also consult through the Economic "2+2," a ministerial dialogue that first met last July, and they are negotiating, with 12 other countries, in the Indo-Pacific Economic Framework for Prosperity (IPEF), which the President launched in Tokyo a year ago. A negotiating round in Singapore ended on May 15, and ministers are to meet in Detroit later this month. IPEF offers no new market access, and some Members have urged the Administration to seek a tariff agreement or to rejoin the TPP, which the United Kingdom has just agreed to join as the CPTPP's twelfth member.

Japan's policies toward China also matter for the trade agenda. In March, Tokyo announced export controls on 23 types of semiconductor manufacturing equipment, in line with U.S. restrictions of October 2022, to take effect in July.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Fumio Kishida", note="given name first"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="On March 28, U.S. Trade Representative Katherine Tai and Ambassador Tomita Koji signed the U.S.-Japan Critical Minerals Agreement (CMA)", note="year from the cover ('this spring')"),
        "agreements.usjta_signed": D("2019-10-07", as_written="the texts were signed in Washington on October 7, 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="Both the U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement took effect on January 1, 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="Both the U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement took effect on January 1, 2020"),
        "trade.overall_partner_rank": F(5, period="2022", as_written="Japan ranked as the fifth-largest U.S. trading partner in 2022, counting both goods and services"),
        "trade.us_exports_to_japan": F(120100000000, period="2022", as_written="Last year U.S. exports to Japan came to $120.1 billion", note="'Last year' = 2022 from the cover; also Table 1"),
        "trade.us_services_exports_to_japan": F(39900000000, period="2022", as_written="a third of which ($39.9 billion) consisted of services", note="'a third' is the share; the parenthesised amount is the value"),
        "trade.us_goods_exports_to_japan": F(80200000000, period="2022", as_written="goods made up the remaining $80.2 billion"),
        "trade.us_imports_from_japan": F(180300000000, period="2022", as_written="In the other direction, imports from Japan came to $180.3 billion"),
        "trade.us_goods_imports_from_japan": F(148100000000, period="2022", as_written="148.1", note="only in Table 1, 'U.S. imports' row, 'Goods' column ($ billions in the caption)"),
        "trade.us_services_imports_from_japan": F(32200000000, period="2022", as_written="32.2", note="only in Table 1, 'U.S. imports' row, 'Services' column ($ billions in the caption)"),
        "trade.goods_deficit": F(67900000000, period="2022", as_written="The United States ran a goods deficit with Japan of $67.9 billion"),
        "trade.goods_deficit_rank": F(6, period="2022", as_written="the sixth-largest, down from fourth the year before", note="fourth is the 2021 rank, a trap"),
        "trade.japan_fdi_stock_in_us": F(750000000000, "nearly", period="2021", as_written="Japanese firms' direct investment in the United States reached nearly three-quarters of a trillion dollars at the end of 2021", note="amount in words: three-quarters of a trillion"),
        "trade.fdi_source_rank": F(1, period="2021", as_written="the largest of any country, a distinction Japan first claimed from the United Kingdom in 2019", note="period from the stock's date in the same sentence; 2019 is when the rank changed"),
        "trade.us_fdi_stock_in_japan": F(130000000000, "about", period="2021", as_written="The U.S. position in Japan that year was about $130 billion", note="'that year' = 2021"),
        "trade.treasury_holder_rank": F(1, period="2023-03", as_written="Japan is also the top foreign owner of U.S. Treasury securities, with $1.087 trillion in March", note="'in March', year from the cover"),
    },
    "elections": {},
    "events": {
        "first_negotiating_round": EV("First formal round of U.S.-Japan trade negotiations, Washington", "2019-04", "held"),
        "section232_autos_proclamation": EV("Section 232 auto proclamation: imports threaten national security, no tariff imposed", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Stage one deal finalized by the two leaders in New York", "2019-09-25", "held"),
    },
    "notes": "Traps: 'this weekend President Joe Biden is to join the leaders of the other Group of Seven (G7) economies in Hiroshima' (planned); 'then-Prime Minister Abe Shinzo' and 'President Donald Trump' (former leaders); 'withdrew from the Trans-Pacific Partnership (TPP) in 2017' and 'Japan and the 10 remaining TPP parties went ahead with ... (CPTPP) in 2018'; 'tariffs as high as 25% had been recommended' (never imposed: no tariff fact); bullets 'about $7.2 billion of U.S. farm goods', 'from 38.5% to 9% by 2033' (Japan's beef tariff), 'some $1.3 billion of imports from Japan', 'not the 2.5% duty on passenger cars' (one product's MFN rate); 'Further talks on a broader deal, which the 2019 joint statement anticipated, never began'; 'An amendment to the agreement's safeguard on U.S. beef was concluded last year' (not a signing or entry into force of a tracked agreement); 'the Inflation Reduction Act of 2022 (P.L. 117-169), worth up to $7,500 a vehicle'; 'The European Union is pursuing a similar arrangement'; 'a third of which' (a share, not a value); 'down from fourth the year before' (2021 deficit rank); 'as the deficits with Vietnam and Germany grew faster'; Table 1's 'Balance' row (-67.9 is the goods deficit; 7.7 services surplus and -60.2 overall balance are not catalogue facts); Figure 1 (services trade 2018-2022, $ billions; ticks 0-50, year labels, two-series legend, no value labels); 'a distinction Japan first claimed from the United Kingdom in 2019' (year of the change, not the rank's period); '$1.087 trillion in March' (holdings) and 'ahead of China ($869 billion)'; 'Section 232 tariffs on steel (25%) and aluminum (10%), imposed in 2018' (not autos or most imports); 'Since April 1, 2022, however, a tariff-rate quota has admitted up to 1.25 million metric tons'; 'a ministerial dialogue that first met last July'; 'with 12 other countries' (IPEF, not an IF11120 fact) and 'launched in Tokyo a year ago'; 'A negotiating round in Singapore ended on May 15' (IPEF, not the 2019 first round) and 'ministers are to meet in Detroit later this month'; 'the United Kingdom has just agreed to join as the CPTPP's twelfth member'; 'export controls on 23 types of semiconductor manufacturing equipment', 'U.S. restrictions of October 2022', 'to take effect in July'. Interleaved text: the two columns' lines alternate, with Table 1, Figure 1's ticks and the bullet list among them; PDF options ligatures and NBSP.",
}
