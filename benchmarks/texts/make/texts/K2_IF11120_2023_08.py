from lib import F, D, P, E, EV

NAME, SET, BRIEF, VERSION = "K2-IF11120-2023-08", "tune4", "IF11120", 17
TITLE = "U.S.-Japan Trade Agreements and Negotiations"
LAYOUTS = ["html", "layout"]
PDF_OPTS = ["quotes", "nbsp"]
SIDEBAR = "Bilateral Trade at a Glance"

MD = """
U.S.-Japan Trade Agreements and Negotiations

Updated August 22, 2023

## Overview

The emphasis of U.S.-Japan economic diplomacy has moved away from tariff bargaining toward narrower arrangements on supply chains and technology. President Joe Biden has not sought a comprehensive free trade agreement (FTA) with Japan, nor a return to the Trans-Pacific Partnership (TPP) that the United States left in 2017. His Administration has instead concluded a sectoral agreement on critical minerals with Tokyo and is negotiating with Japan and 12 other partners in the Indo-Pacific Economic Framework for Prosperity (IPEF). Japanese Prime Minister Kishida Fumio, who hosted the Group of Seven (G7) leaders in Hiroshima in May, met Biden and South Korean President Yoon Suk Yeol at Camp David on August 18, 2023, in the first stand-alone summit of the three countries' leaders, where economic security was a leading theme.

## The Critical Minerals Agreement

The two governments' newest trade pact was signed in Washington on March 28, 2023, by U.S. Trade Representative Katherine Tai and Japan's ambassador, Tomita Koji. Under the U.S.-Japan Critical Minerals Agreement (CMA), neither side may impose export duties on cobalt, graphite, lithium, manganese, or nickel, the five minerals most used in electric vehicle (EV) batteries, and both are to share information on investment screening and uphold labor and environmental standards in the sector. The Treasury Department has said that Japan will be treated as a country with which the United States has an FTA in force for purposes of the clean vehicle tax credit of up to $7,500 created by the Inflation Reduction Act (P.L. 117-169), so that minerals mined or processed in Japan can count toward its sourcing requirement. Several Members have objected that the agreement was concluded and put into effect without approval by Congress.

## The 2019 Agreements

Bilateral trade still rests largely on two agreements negotiated by the Trump Administration. The U.S.-Japan Trade Agreement (USJTA), which cut or removed tariffs on a limited set of agricultural and industrial goods, was signed on October 7, 2019, together with the U.S.-Japan Digital Trade Agreement. Neither went to Congress for a vote, and each entered into force on the first day of 2020. The further round of talks that the 2019 joint statement anticipated, on services, investment, and other issues, has never begun.

Japanese steel continues to face the national security tariffs that President Trump imposed in 2018, although their effect has been softened. Since April 1, 2022, a tariff-rate quota has allowed about 1.25 million metric tons of Japanese steel a year to enter without the 25% Section 232 duty; the 10% tariff on aluminum is unchanged. No Section 232 tariff on Japanese vehicles was ever imposed.

## Regional Initiatives

Launched in Tokyo in May 2022 with 14 founding partners, IPEF has no market access provisions. Its members substantially concluded a supply chain agreement at the end of May 2023 and are negotiating on clean energy, tax and anticorruption, and trade. Japan, for its part, remains the largest economy in the 11-member Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP), which the United Kingdom signed an accession protocol to join on July 16, 2023.

## Bilateral Trade at a Glance

Table 1. U.S. Trade with Japan, 2021-2022 ($ billions)

| Flow | 2021 | 2022 |
| --- | --- | --- |
| U.S. exports to Japan | 112.2 | 120.1 |
| of which goods | 74.6 | 80.2 |
| of which services | 37.6 | 39.9 |
| U.S. imports from Japan | 167.8 | 180.3 |
| of which goods | 135.1 | 148.1 |
| of which services | 32.7 | 32.2 |

Source: Bureau of Economic Analysis (BEA), international transactions data, as of June 2023.

## Trade and Investment

Measured by goods and services combined, Japan was the United States' fifth-largest trading partner in 2022, a step down from the fourth place it held before the pandemic (**Table 1**). The U.S. goods deficit with Japan grew to almost $68 billion in 2022 but slid down the list of U.S. bilateral deficits, to sixth, as the deficits with Vietnam and Canada expanded faster.

Direct investment binds the two economies more tightly than trade does. The stock of Japanese foreign direct investment (FDI) in the United States reached $775.0 billion at the end of 2022, more than that of any other country, a position Japan has held since 2019. American firms' holdings in Japan came to approximately $128 billion. Japan is likewise first among foreign owners of U.S. Treasury securities, with about $1.1 trillion in June 2023; China, with some $835 billion, is second.

## Japanese Politics

Kishida's coalition of the Liberal Democratic Party (LDP) and Komeito controls both chambers of the Diet. His term as LDP president expires in September 2024, when the party must hold a leadership election; no national election is required before then.

## Issues for Congress

- How closely Congress should oversee sectoral agreements, such as the CMA, that the executive branch concludes without legislation.
- Whether the United States should seek market access commitments from Japan, either bilaterally or in IPEF, or revisit the CPTPP.
- Whether the steel tariff-rate quota should be expanded, or the Section 232 tariffs on Japan removed.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Japanese Prime Minister Kishida Fumio"),
        "trade.overall_partner_rank": F(5, period="2022", as_written="Japan was the United States' fifth-largest trading partner in 2022"),
        "trade.us_exports_to_japan": F(120100000000, period="2022", as_written="Table 1: 'U.S. exports to Japan | 112.2 | 120.1' ($ billions)", note="2022 column of Table 1 (HTML: in the sidebar box)"),
        "trade.us_goods_exports_to_japan": F(80200000000, period="2022", as_written="Table 1: 'of which goods | 74.6 | 80.2' (under exports)"),
        "trade.us_services_exports_to_japan": F(39900000000, period="2022", as_written="Table 1: 'of which services | 37.6 | 39.9' (under exports)"),
        "trade.us_imports_from_japan": F(180300000000, period="2022", as_written="Table 1: 'U.S. imports from Japan | 167.8 | 180.3'"),
        "trade.us_goods_imports_from_japan": F(148100000000, period="2022", as_written="Table 1: 'of which goods | 135.1 | 148.1' (under imports)"),
        "trade.us_services_imports_from_japan": F(32200000000, period="2022", as_written="Table 1: 'of which services | 32.7 | 32.2' (under imports)"),
        "trade.goods_deficit": F(68000000000, "nearly", period="2022", as_written="The U.S. goods deficit with Japan grew to almost $68 billion in 2022"),
        "trade.goods_deficit_rank": F(6, period="2022", as_written="but slid down the list of U.S. bilateral deficits, to sixth"),
        "trade.fdi_source_rank": F(1, as_written="reached $775.0 billion at the end of 2022, more than that of any other country"),
        "trade.japan_fdi_stock_in_us": F(775000000000, period="2022", as_written="The stock of Japanese foreign direct investment (FDI) in the United States reached $775.0 billion at the end of 2022"),
        "trade.us_fdi_stock_in_japan": F(128000000000, "about", period="2022", as_written="American firms' holdings in Japan came to approximately $128 billion", note="year carried over from the previous sentence"),
        "trade.treasury_holder_rank": F(1, as_written="Japan is likewise first among foreign owners of U.S. Treasury securities"),
        "agreements.usjta_signed": D("2019-10-07", as_written="The U.S.-Japan Trade Agreement (USJTA) ... was signed on October 7, 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="each entered into force on the first day of 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="together with the U.S.-Japan Digital Trade Agreement. ... each entered into force on the first day of 2020"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="The two governments' newest trade pact was signed in Washington on March 28, 2023 ... the U.S.-Japan Critical Minerals Agreement (CMA)", note="the agreement is named in the sentence after the date"),
    },
    "elections": {
        "ldp_president_2024": E("LDP president", "2024-09", "upcoming", note="'His term as LDP president expires in September 2024, when the party must hold a leadership election'"),
    },
    "events": {},
    "notes": "Traps: 'the Trans-Pacific Partnership (TPP) that the United States left in 2017'; 'negotiating with Japan and 12 other partners' and 'with 14 founding partners' (IPEF counts); 'hosted the Group of Seven (G7) leaders in Hiroshima in May'; 'South Korean President Yoon Suk Yeol at Camp David on August 18, 2023' (another leader; a summit, not an agreement); 'the clean vehicle tax credit of up to $7,500' (not a trade amount); 'negotiated by the Trump Administration' and 'the national security tariffs that President Trump imposed in 2018' (former president); 'Since April 1, 2022, a tariff-rate quota has allowed about 1.25 million metric tons' (not an agreement date); 'the 25% Section 232 duty' and 'the 10% tariff on aluminum' (steel and aluminum, not autos or most imports); 'No Section 232 tariff on Japanese vehicles was ever imposed' (no auto rate); 'substantially concluded a supply chain agreement at the end of May 2023'; 'the United Kingdom signed an accession protocol to join on July 16, 2023' (another country's signing); Table 1's 2021 column ('112.2', '74.6', '37.6', '167.8', '135.1', '32.7'; past year); 'a step down from the fourth place it held before the pandemic' (past rank); 'as the deficits with Vietnam and Canada expanded faster'; 'a position Japan has held since 2019'; 'with about $1.1 trillion in June 2023' (holdings); 'China, with some $835 billion, is second' (China's rank). HTML: Table 1 and its source line sit in the floated sidebar box, after the main text's headings in the page order; layout: pdftotext -layout of the two-column PDF (curly quotes; its NBSPs become plain spaces)",
}
