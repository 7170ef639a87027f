from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "M2-IF11120-2023-09", "fresh7", "IF11120", 13
TITLE = "U.S.-Japan Trade Agreements and Negotiations"
LAYOUTS = ["layout", "md", "interleaved"]
PDF_OPTS = ["lig", "nbsp"]

MD = """
U.S.-Japan Trade Agreements and Negotiations

Updated September 26, 2023

## Overview

The United States and Japan, the world's largest and third-largest economies, are bound by extensive trade and investment ties, which three bilateral agreements now govern in part. Two were negotiated by the Trump Administration and have applied since 2020; the third, on critical minerals, was concluded by the Biden Administration this year. The Biden Administration has not sought a comprehensive free trade agreement with Japan and does not plan to rejoin the Trans-Pacific Partnership (TPP) or its successor, the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP). It has instead pursued cooperation with Japan on supply chains, export controls, and clean energy through the Indo-Pacific Economic Framework for Prosperity (IPEF) and other forums. President Joe Biden and Prime Minister Kishida Fumio, who reshuffled his cabinet on September 13, 2023, have cast economic security as a pillar of the alliance.

Congress has shown interest in the terms of the agreements, in whether new ones require its approval, and in Japanese investment in U.S. manufacturing.

## Trade and Investment Ties

Japan placed fifth among U.S. trading partners in 2022 when goods and services are counted together. U.S. exports to Japan came to just over $120 billion that year. Goods accounted for $80.2 billion of the total, led by liquefied natural gas, pharmaceuticals, corn, and aircraft, and services, chiefly travel, royalties, and financial services, for $39.9 billion.

Japan sold more to the United States than it bought. U.S. imports from Japan reached $180.3 billion, of which merchandise, above all vehicles, auto parts, and industrial machinery, made up $148.1 billion and services $32.2 billion.

The resulting U.S. goods deficit with Japan, $67.9 billion in 2022, was up from $60.5 billion in 2021. It ranked sixth in size among U.S. bilateral goods deficits, having stood fourth a year earlier. Through July 2023 the deficit stood at about $40 billion, little changed from the same months of 2022.

Investment flows mostly run the other way. Japan has been the largest source of foreign direct investment (FDI) in the United States every year since 2019. Japanese firms' direct investment position in the United States reached seven hundred seventy-five billion dollars at the end of 2022, according to the Bureau of Economic Analysis (BEA), against a U.S. FDI position in Japan of roughly $128 billion. At about $1.1 trillion in July 2023, Japan's holdings of U.S. Treasury securities were larger than any other foreign country's; China, with some $820 billion, came second.

## From Negotiations to Agreements

The Trump Administration, having withdrawn the United States from the TPP in January 2017, sought a bilateral deal with Japan instead. The main steps:

- September 26, 2018: President Donald Trump and then-Prime Minister Abe Shinzo issue a joint statement in New York announcing negotiations.
- April 2019: the first formal negotiating round takes place in Washington.
- May 17, 2019: President Trump proclaims that imports of autos and parts threaten U.S. national security under Section 232, but imposes no tariffs and directs negotiations instead.
- September 25, 2019: the two leaders announce in New York that the first stage of the talks is complete.
- October 7, 2019: the U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement (DTA) are signed in Washington.
- January 1, 2020: both agreements enter into force, after the Diet approved them in December 2019.

Under the USJTA, Japan cut or eliminated tariffs on about $7.2 billion of U.S. agricultural exports, roughly matching what CPTPP members enjoy, and the United States cut tariffs on some $40 million of Japanese farm goods and on a range of industrial products. The DTA, an executive agreement like the USJTA, bars customs duties on digital products and restricts data localization requirements.

The two governments said in September 2019 that they intended to conclude consultations within four months of the USJTA's entry into force and then to open a second stage of talks covering tariffs on autos, services, investment, and other issues. That second stage never began. The COVID-19 pandemic intervened, and the Biden Administration has not pursued new tariff-liberalizing agreements with any partner. The U.S. tariffs of 2.5% on Japanese passenger vehicles and 25% on light trucks, which Japan had hoped to see eliminated, remain in place.

## The Critical Minerals Agreement

On March 28, 2023, U.S. Trade Representative Katherine Tai and Japan's ambassador to the United States, Tomita Koji, signed the U.S.-Japan Critical Minerals Agreement (CMA) in Washington; it took effect on signature. Its parties commit not to impose export duties on critical minerals such as cobalt, graphite, lithium, manganese, and nickel, to share information on their supply chains, and to cooperate on labor and environmental standards.

The CMA matters mostly for the Inflation Reduction Act's clean vehicle tax credit, worth up to $7,500 per vehicle. Half of the credit, $3,750, depends on a battery's critical minerals being extracted or processed in the United States or in a country with which it has a free trade agreement. The Treasury Department has treated the CMA as such an agreement. Some Members of Congress have questioned whether the Administration may conclude a trade agreement of this kind without congressional approval. The United States has since begun talks on similar agreements with the European Union and the United Kingdom.

## Section 232 Tariffs

In March 2018, the Trump Administration imposed Section 232 tariffs of 25% on steel and 10% on aluminum imports from most countries, Japan among them. Unlike some U.S. partners, Japan did not retaliate. In February 2022, the two governments agreed to replace the steel tariff with a tariff-rate quota (TRQ): since April 1, 2022, up to 1.25 million metric tons of Japanese steel a year has entered duty-free, with the 25% tariff charged above that volume. The aluminum tariff still applies. The auto investigation produced no tariff.

Table 1. Selected U.S. Tariff Measures Affecting Japan

| Product | Authority | Rate | Status |
| --- | --- | --- | --- |
| Steel | Section 232 | 25% | Above the TRQ since Apr. 2022 |
| Aluminum | Section 232 | 10% | In effect since Mar. 2018 |
| Autos and parts | Section 232 | None | Threat found, no tariff |
| Passenger cars | MFN | 2.5% | Not cut by USJTA |
| Light trucks | MFN | 25% | Not cut by USJTA |

Former President Donald Trump, a candidate for the 2024 Republican presidential nomination, has floated a universal 10% tariff on U.S. imports if he returns to office.

## IPEF and Other Initiatives

Japan is one of 14 partners in IPEF, which President Biden launched in Tokyo in May 2022. Ministers substantially concluded a supply chain agreement in Detroit in May 2023 and aim to finish the trade, clean economy, and fair economy pillars by the APEC leaders' meeting in San Francisco in November 2023. Unlike a free trade agreement, IPEF does not cover tariffs.

Japan, the G7's chair this year, hosted the leaders' summit in Hiroshima in May and is to host G7 trade ministers in Osaka in late October. The United Kingdom signed its accession to the CPTPP on July 16, 2023, becoming the first new member of the 11-nation pact. Since Japan began releasing treated water from the Fukushima Daiichi nuclear plant on August 24, 2023, China has banned imports of Japanese seafood, and Japanese exporters are seeking other markets, including the United States.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Christopher A. Casey**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Kishida Fumio", note="family name first"),
        "trade.overall_partner_rank": F(5, period="2022", as_written="Japan placed fifth among U.S. trading partners in 2022 when goods and services are counted together"),
        "trade.us_exports_to_japan": F(120000000000, "over", period="2022", as_written="U.S. exports to Japan came to just over $120 billion that year"),
        "trade.us_goods_exports_to_japan": F(80200000000, period="2022", as_written="Goods accounted for $80.2 billion of the total"),
        "trade.us_services_exports_to_japan": F(39900000000, period="2022", as_written="and services, chiefly travel, royalties, and financial services, for $39.9 billion"),
        "trade.us_imports_from_japan": F(180300000000, period="2022", as_written="U.S. imports from Japan reached $180.3 billion"),
        "trade.us_goods_imports_from_japan": F(148100000000, period="2022", as_written="of which merchandise, above all vehicles, auto parts, and industrial machinery, made up $148.1 billion"),
        "trade.us_services_imports_from_japan": F(32200000000, period="2022", as_written="and services $32.2 billion"),
        "trade.goods_deficit": F(67900000000, period="2022", as_written="The resulting U.S. goods deficit with Japan, $67.9 billion in 2022"),
        "trade.goods_deficit_rank": F(6, period="2022", as_written="It ranked sixth in size among U.S. bilateral goods deficits", note="subject carried from the sentence before"),
        "trade.fdi_source_rank": F(1, as_written="Japan has been the largest source of foreign direct investment (FDI) in the United States every year since 2019"),
        "trade.japan_fdi_stock_in_us": F(775000000000, period="2022", as_written="Japanese firms' direct investment position in the United States reached seven hundred seventy-five billion dollars at the end of 2022", note="number in words"),
        "trade.us_fdi_stock_in_japan": F(128000000000, "about", period="2022", as_written="against a U.S. FDI position in Japan of roughly $128 billion", note="year carried from the same sentence"),
        "trade.treasury_holder_rank": F(1, as_written="Japan's holdings of U.S. Treasury securities were larger than any other foreign country's"),
        "agreements.usjta_signed": D("2019-10-07", as_written="October 7, 2019: the U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement (DTA) are signed in Washington"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="January 1, 2020: both agreements enter into force"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="January 1, 2020: both agreements enter into force", note="'both' carries the two agreements of the bullet before"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="On March 28, 2023, ... signed the U.S.-Japan Critical Minerals Agreement (CMA) in Washington"),
    },
    "elections": {},
    "events": {
        "first_negotiating_round": EV("First formal round of U.S.-Japan trade negotiations, Washington", "2019-04", "held"),
        "section232_autos_proclamation": EV("Section 232 proclamation on autos and parts; no tariffs imposed", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Leaders announce the first stage of the talks is complete", "2019-09-25", "held"),
    },
    "notes": "Traps: 'the world's largest and third-largest economies'; 'three bilateral agreements' and 'have applied since 2020' (year, the bullet list gives the days); 'who reshuffled his cabinet on September 13, 2023'; 'just over $120 billion' is the export total (the goods and services parts are exact); 'was up from $60.5 billion in 2021' (previous year's deficit) and 'having stood fourth a year earlier' (past rank); 'Through July 2023 the deficit stood at about $40 billion' (partial year); 'every year since 2019' (not a rank); 'At about $1.1 trillion in July 2023' and 'China, with some $820 billion, came second'; 'withdrawn the United States from the TPP in January 2017'; 'September 26, 2018: ... joint statement in New York announcing negotiations' (not the first round); 'then-Prime Minister Abe Shinzo' and 'President Donald Trump' in the bullets (past leaders); 'the Diet approved them in December 2019'; 'about $7.2 billion of U.S. agricultural exports' and 'some $40 million of Japanese farm goods'; 'The two governments said in September 2019 that they intended to conclude consultations within four months' and 'That second stage never began' (stage two); 'The U.S. tariffs of 2.5% on Japanese passenger vehicles and 25% on light trucks' (MFN, not Section 232 or most imports); 'up to $7,500 per vehicle' and 'Half of the credit, $3,750'; 'talks on similar agreements with the European Union and the United Kingdom'; 'Section 232 tariffs of 25% on steel and 10% on aluminum' and 'since April 1, 2022, up to 1.25 million metric tons' (steel TRQ; no autos rate: 'The auto investigation produced no tariff'); Table 1 (rates by product: steel 25%, aluminum 10%, autos 'None', MFN 2.5%/25%); 'Former President Donald Trump ... has floated a universal 10% tariff' (not in effect: no tariff on most imports); 'one of 14 partners in IPEF' and 'launched in Tokyo in May 2022'; 'substantially concluded a supply chain agreement in Detroit in May 2023' and 'the APEC leaders' meeting in San Francisco in November 2023' (planned); 'hosted the leaders' summit in Hiroshima in May' and 'G7 trade ministers in Osaka in late October'; 'The United Kingdom signed its accession to the CPTPP on July 16, 2023'; 'on August 24, 2023, China has banned imports of Japanese seafood'; PDF ligatures and NBSP; layout and interleaved columns",
}
