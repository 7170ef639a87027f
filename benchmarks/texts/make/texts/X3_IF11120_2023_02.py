from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "X3-IF11120-2023-02", "tune3", "IF11120", 13
TITLE = "U.S.-Japan Trade Agreement Negotiations"
LAYOUTS = ["md", "layout", "interleaved"]
PDF_OPTS = ["quotes", "nbsp", "hyph"]

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated February 9, 2023

## Overview

The two limited trade agreements concluded during the Trump Administration remain the principal bilateral trade accords between the United States and Japan. Rather than expand them, the Biden Administration has pursued economic cooperation with Tokyo through other channels: the Indo-Pacific Economic Framework for Prosperity (IPEF), launched in Tokyo in May 2022 with Japan among its 14 founding members; a cabinet-level Economic "2+2" dialogue, which first convened in July 2022; and coordination on export controls. Prime Minister Kishida Fumio's January 13, 2023, visit to the White House focused on security and on semiconductors, and he and President Biden pledged closer work on supply chains for critical minerals.

That last topic has acquired a trade dimension. Japanese officials have sought to have Japan treated as a free trade agreement partner under the clean vehicle tax credit of the Inflation Reduction Act (IRA, P.L. 117-169), which offers buyers up to $7,500 per vehicle if battery minerals come from the United States or a country with which it has a free trade agreement. Press reports suggest the two governments are discussing a narrow agreement on critical minerals that could serve that purpose; some Members have questioned whether such a pact would require congressional approval.

## The Stage One Agreements

After some six months of formal talks, the U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement (DTA) were signed in October 2019. The USJTA entered into force on January 1, 2020, with the DTA taking effect simultaneously. Former Prime Minister Abe Shinzo, who had launched the negotiations with President Trump in 2018, was assassinated in July 2022.

The USJTA is a tariff agreement. Japan reduced or removed tariffs on many U.S. farm goods, including beef, pork, wine, and cheese, so that U.S. exporters face the same schedule as Japan's CPTPP partners; its beef tariff is 24.1% in FY2022 and is slated to reach 9% in FY2033. In 2022, the two sides amended the agreement's beef safeguard to add a second trigger tied to total imports from the United States and CPTPP members; the protocol took effect in June. The U.S. cuts covered a short list of industrial goods. The DTA commits both countries to keep electronic transmissions free of customs duties, allow data to move across borders, and refrain from requiring firms to disclose source code.

The joint statement that accompanied the 2019 agreements anticipated a second phase. No such talks have begun, and the Biden Administration has generally avoided tariff-cutting negotiations.

## Steel, Aluminum, and Autos

Since April 1, 2022, a tariff-rate quota (TRQ) has allowed up to 1.25 million metric tons of Japanese steel a year into the United States without paying the 25% Section 232 tariff; shipments above the quota still pay it. Aluminum from Japan continues to face the 10% Section 232 duty. U.S. tariffs on Japanese passenger cars remain at the 2.5% most-favored-nation rate.

## Trade and Investment

Bureau of Economic Analysis (BEA) figures released this week put Japan in the No. 5 position among U.S. trading partners in 2022, counting goods and services. U.S. exports to Japan rose by about 7%, and imports from Japan by 7.5%, over the year (Table 1).

Table 1. U.S. Trade with Japan, 2021-2022 ($ billions)

| Flow | 2021 | 2022 |
| --- | --- | --- |
| Exports, total | 112.2 | 120.1 |
| Exports, goods | 74.6 | 80.2 |
| Exports, services | 37.6 | 39.9 |
| Imports, total | 167.8 | 180.3 |
| Imports, goods | 135.1 | 148.1 |
| Imports, services | 32.7 | 32.2 |
| Goods balance | -60.5 | -67.9 |

Source: BEA. 2022 figures are preliminary.

Measured in goods alone, the U.S. deficit with Japan widened to $67.9 billion in 2022. That put it sixth on the list of U.S. bilateral goods deficits, behind those with China, Mexico, Vietnam, Canada, and Germany.

On the investment side, Japanese firms' direct investment position in the United States reached $721.0 billion at the end of 2021, larger than that of any other country. The position of U.S. firms in Japan, by contrast, was some one hundred twenty-two billion dollars. Japan's holdings of U.S. Treasury securities, about $1.08 trillion at the end of November 2022, are the largest of any foreign country, although they have fallen by more than $200 billion over the past year as Japan's Ministry of Finance sold dollars to support the yen.

## Issues for Congress

- Whether a critical minerals arrangement, if concluded, would qualify Japan for IRA purposes without the approval of Congress.
- Whether the Administration should seek a second-stage agreement covering services, investment, and nontariff barriers, or rely on IPEF, which does not include tariff cuts.
- How to respond to the CPTPP, whose members are weighing applications from the United Kingdom, China, and Taiwan.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Biden", "Joe", "President Biden", note="given name not written"),
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Kishida Fumio"),
        "trade.overall_partner_rank": F(5, period="2022", as_written="put Japan in the No. 5 position among U.S. trading partners in 2022, counting goods and services"),
        "trade.us_exports_to_japan": F(120100000000, period="2022", as_written="Table 1: 'Exports, total | 112.2 | 120.1' ($ billions)"),
        "trade.us_goods_exports_to_japan": F(80200000000, period="2022", as_written="Table 1: 'Exports, goods | 74.6 | 80.2'"),
        "trade.us_services_exports_to_japan": F(39900000000, period="2022", as_written="Table 1: 'Exports, services | 37.6 | 39.9'"),
        "trade.us_imports_from_japan": F(180300000000, period="2022", as_written="Table 1: 'Imports, total | 167.8 | 180.3'"),
        "trade.us_goods_imports_from_japan": F(148100000000, period="2022", as_written="Table 1: 'Imports, goods | 135.1 | 148.1'"),
        "trade.us_services_imports_from_japan": F(32200000000, period="2022", as_written="Table 1: 'Imports, services | 32.7 | 32.2'"),
        "trade.goods_deficit": F(67900000000, period="2022", as_written="the U.S. deficit with Japan widened to $67.9 billion in 2022", note="also Table 1: 'Goods balance | -60.5 | -67.9'"),
        "trade.goods_deficit_rank": F(6, period="2022", as_written="That put it sixth on the list of U.S. bilateral goods deficits"),
        "trade.japan_fdi_stock_in_us": F(721000000000, period="2021", as_written="Japanese firms' direct investment position in the United States reached $721.0 billion at the end of 2021"),
        "trade.fdi_source_rank": F(1, period="2021", as_written="larger than that of any other country"),
        "trade.us_fdi_stock_in_japan": F(122000000000, q="about", period="2021", as_written="The position of U.S. firms in Japan, by contrast, was some one hundred twenty-two billion dollars", note="year carried from the sentence before"),
        "trade.treasury_holder_rank": F(1, as_written="are the largest of any foreign country"),
        "agreements.usjta_signed": D("2019-10", as_written="were signed in October 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="The USJTA entered into force on January 1, 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="with the DTA taking effect simultaneously", note="date carried from the USJTA clause"),
    },
    "elections": {},
    "events": {
        "abe_assassination": EV("Former Prime Minister Abe Shinzo assassinated", "2022-07"),
    },
    "notes": "Traps: 'the Trump Administration' and 'with President Trump in 2018' (former president); 'Former Prime Minister Abe Shinzo' (not the PM); 'launched in Tokyo in May 2022 with Japan among its 14 founding members' (IPEF); 'first convened in July 2022' (2+2); 'January 13, 2023, visit'; 'up to $7,500 per vehicle' (IRA credit); 'Press reports suggest the two governments are discussing a narrow agreement on critical minerals' (not signed: agreements.critical_minerals_signed not stated); 'its beef tariff is 24.1% in FY2022 and is slated to reach 9% in FY2033'; 'the protocol took effect in June' (beef safeguard amendment, not the USJTA); 'Since April 1, 2022, a tariff-rate quota' and 'the 25% Section 232 tariff' (steel), 'the 10% Section 232 duty' (aluminum), 'the 2.5% most-favored-nation rate' (cars; no autos Section 232 rate, no tariff on most imports); 'rose by about 7%, and imports from Japan by 7.5%' (growth rates); Table 1's 2021 column (112.2, 74.6, 37.6, 167.8, 135.1, 32.7, -60.5); 'about $1.08 trillion' and 'fallen by more than $200 billion' (Treasury holdings, not a catalogue fact); 'behind those with China, Mexico, Vietnam, Canada, and Germany' (other countries). Judgement: the 2022 trade amounts are only in Table 1 (2022 column; 'Goods balance' -67.9 agrees with the prose deficit); 'some one hundred twenty-two billion dollars' is about 122e9; 'No. 5' is 5; 'with the DTA taking effect simultaneously' carries January 1, 2020; 'larger than that of any other country' is FDI rank 1 for 2021; the assassination 'in July 2022' is listed at month precision without status",
}
