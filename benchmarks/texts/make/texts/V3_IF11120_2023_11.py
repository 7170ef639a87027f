from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "V3-IF11120-2023-11", "tune2", "IF11120", 16
LAYOUTS = ["pdf", "layout", "html"]
PDF_OPTS = ["lig", "quotes", "nbsp", "hyph"]
SIDEBAR = "The Critical Minerals Agreement"
CHART = {"unit": "$ billions, FDI position", "ymax": 800, "ticks": [0, 200, 400, 600, 800],
         "series": ["Investment stock"],
         "bars": {"Japan": (775.0,), "Canada": (640.0,), "Germany": (660.0,), "UK": (670.0,), "Netherlands": (540.0,)}}

MD = """
U.S.-Japan Trade Agreements and Negotiations

Updated November 14, 2023

## Status of the Relationship

Trade frictions that dominated the relationship a few years ago have eased. The Biden Administration has not sought a comprehensive trade agreement with Japan and instead works with Tokyo through narrower, sector-specific arrangements and the Indo-Pacific Economic Framework for Prosperity (IPEF). President Biden and Prime Minister Kishida Fumio are both attending this week's Asia-Pacific Economic Cooperation (APEC) meetings in San Francisco, where IPEF ministers are to sign a supply chain agreement whose text was concluded in May.

## Earlier Agreements

Two agreements negotiated under President Donald Trump, the U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement, were signed in 2019 and took effect in 2020. Together they lowered Japanese tariffs on U.S. farm goods, trimmed U.S. duties on some industrial products, and set rules for digital trade. They left the U.S. 2.5% tariff on imported cars in place. A tariff-rate quota adopted in April 2022 lets a set volume of Japanese steel enter free of the 25% Section 232 duty, which still applies above the quota.

## The Critical Minerals Agreement

Japan and the United States signed a critical minerals agreement (CMA) on March 28, 2023. It commits both sides not to impose export duties on key battery minerals and to share information on the practices of non-market economies. Because the Inflation Reduction Act (IRA) ties part of the clean vehicle tax credit to minerals sourced from U.S. free trade agreement partners, the Treasury Department treats Japan as such a partner for this purpose. Some Members objected that the agreement was never submitted to Congress. The European Union and the United Kingdom have sought similar deals; Indonesia has asked for one as well.

## Trade and Investment

Counting goods and services together, Japan ranked as the fifth-largest trade partner of the United States in 2022.

- U.S. exports to Japan: $120.3 billion, made up of $80.2 billion in goods and $40.1 billion in services.
- U.S. imports from Japan: $180.3 billion; goods, $148.1 billion; services, $32.2 billion.
- Goods deficit: $67.9 billion, up from $60.0 billion in 2021.

Five countries ran larger goods surpluses with the United States than Japan did in 2022. Japanese companies, for their part, have built up a larger stock of direct investment in the United States than those of any other country: $775 billion at the end of 2022 (**Figure 1**). U.S. direct investment in Japan was roughly $120 billion at that date. Japan is, in addition, the largest foreign holder of U.S. Treasury securities, ahead of China.

**Figure 1. Top Sources of Foreign Direct Investment in the United States, 2022**

Source: BEA, direct investment position on a historical-cost basis.

## Issues for Congress

Members have raised whether the Administration should seek a broader agreement with Japan that Congress would approve, and how IPEF outcomes, which include no market access commitments, will be carried out. Former President Trump, a candidate in 2024, has said he would impose a 10% tariff on all imports if reelected.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Biden", "Joe", "President Biden", note="given name not written"),
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Kishida Fumio"),
        "trade.overall_partner_rank": F(5, period="2022", as_written="Japan ranked as the fifth-largest trade partner of the United States in 2022"),
        "trade.us_exports_to_japan": F(120300000000, period="2022", as_written="U.S. exports to Japan: $120.3 billion"),
        "trade.us_goods_exports_to_japan": F(80200000000, period="2022", as_written="made up of $80.2 billion in goods"),
        "trade.us_services_exports_to_japan": F(40100000000, period="2022", as_written="and $40.1 billion in services"),
        "trade.us_imports_from_japan": F(180300000000, period="2022", as_written="U.S. imports from Japan: $180.3 billion"),
        "trade.us_goods_imports_from_japan": F(148100000000, period="2022", as_written="goods, $148.1 billion"),
        "trade.us_services_imports_from_japan": F(32200000000, period="2022", as_written="services, $32.2 billion"),
        "trade.goods_deficit": F(67900000000, period="2022", as_written="Goods deficit: $67.9 billion"),
        "trade.goods_deficit_rank": F(6, period="2022", as_written="Five countries ran larger goods surpluses with the United States than Japan did in 2022"),
        "trade.japan_fdi_stock_in_us": F(775000000000, period="2022", as_written="$775 billion at the end of 2022"),
        "trade.fdi_source_rank": F(1, as_written="a larger stock of direct investment in the United States than those of any other country"),
        "trade.us_fdi_stock_in_japan": F(120000000000, q="about", period="2022", as_written="U.S. direct investment in Japan was roughly $120 billion at that date"),
        "trade.treasury_holder_rank": F(1, as_written="the largest foreign holder of U.S. Treasury securities, ahead of China"),
        "agreements.usjta_signed": D("2019", as_written="were signed in 2019"),
        "agreements.usjta_in_force": D("2020", as_written="and took effect in 2020"),
        "agreements.digital_trade_in_force": D("2020", as_written="and took effect in 2020"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="signed a critical minerals agreement (CMA) on March 28, 2023"),
    },
    "notes": "Traps: 'a few years ago'; 'IPEF ministers are to sign a supply chain agreement whose text was concluded in May' (IPEF, not an IF11120 agreement); 'negotiated under President Donald Trump' and 'Former President Trump, a candidate in 2024' (not the president); 'the U.S. 2.5% tariff on imported cars' (MFN, not Section 232, not most imports); 'A tariff-rate quota adopted in April 2022' and 'the 25% Section 232 duty' (steel, not autos); 'the Inflation Reduction Act (IRA)'; 'The European Union and the United Kingdom have sought similar deals; Indonesia'; 'up from $60.0 billion in 2021' (earlier year); 'Five countries' (rank is 6); 'ahead of China' (China second); Figure 1 title 'Top Sources of Foreign Direct Investment in the United States, 2022' with (PDF/layout) axis ticks 0-800 and country labels, no values; 'would impose a 10% tariff on all imports if reelected' (proposed, not in effect). HTML: the CMA section sits in a sidebar box. PDF: ligatures, curly quotes, NBSP, hyphenation",
}
