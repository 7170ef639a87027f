from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "NE2-IF11120-2025-10", "fresh48", "IF11120", 22
TITLE = "U.S.-Japan Trade Agreements and Tariff Negotiations"
LAYOUTS = ["layout", "interleaved"]
PDF_OPTS = ["quotes", "nbsp"]
CHART = {"unit": "$ billions", "ymax": 1000, "ticks": [0, 250, 500, 750, 1000],
         "series": ["Japan's FDI position in the United States"],
         "bars": {"2020": (637,), "2021": (714,), "2022": (753,), "2023": (783,), "2024": (780,)}}

MD = """
U.S.-Japan Trade Agreements and Tariff Negotiations

Updated October 9, 2025

## Overview

Tariffs have become the central issue in U.S.-Japan trade. Since August 7, 2025, most goods imported from Japan have faced a 15% U.S. tariff imposed under the International Emergency Economic Powers Act (IEEPA), a rate that absorbs the ordinary most-favored-nation (MFN) duty. That rate, a matching 15% on Japanese autos, and Japan's promise to invest $550 billion in the United States are the core of a framework that President Donald Trump announced on July 22, 2025.

Two uncertainties hang over the deal. The Supreme Court is to hear arguments on November 5 on whether IEEPA permits tariffs at all. In Tokyo, Prime Minister Ishiba Shigeru, who said on September 7 that he would resign, remains in office until the Diet chooses a successor. On October 4, the Liberal Democratic Party (LDP) elected Takaichi Sanae as its president; she is expected to become prime minister later this month and has said she will keep the agreement.

## From Threatened Rates to a Deal

Japan was hit early by the Administration's tariff actions. Section 232 duties of 25% on steel and aluminum applied from March 12 and were doubled to 50% in June. Autos followed: a 25% Section 232 tariff took effect April 3, on top of the 2.5% MFN duty, so Japanese passenger cars paid 27.5%. On April 2, the President announced a "reciprocal" rate of 24% for Japan; a 10% baseline tariff applied from April 5, and the higher rate, in force for only a few hours on April 9, was then put off for 90 days.

After a telephone call with Ishiba on April 7, Trump said Japan would be among the first countries with which his Administration would negotiate, and named Treasury Secretary Scott Bessent to lead the talks. Japan's negotiator, Economic Revitalization Minister Akazawa Ryosei, made eight trips to Washington between April and July. In a July 7 letter, Trump warned that Japan's rate would rise to 25% on August 1 without a deal. The agreement came two days after the July 20 House of Councillors election, in which the LDP and its partner Komeito lost their majority in that chamber.

## Terms of the Framework

The framework is not a trade agreement requiring congressional approval; it was set out in a joint fact sheet, an executive order, and a memorandum of understanding (MOU). As implemented, it provides that:

- most Japanese goods pay 15% in total, and goods whose MFN rate already exceeds 15% pay only that rate;
- the Section 232 tariff on Japanese autos and parts falls to 15%, inclusive of MFN duties, effective September 16, 2025;
- Japan will invest $550 billion in U.S. projects chosen by the United States, before January 19, 2029, with cash flows shared equally until a set return is reached and then 90% to the U.S. side;
- Japan will raise U.S. rice imports by 75% within its existing tariff-rate quota, buy 100 Boeing aircraft, and purchase $8 billion of U.S. agricultural goods a year;
- Japan will be treated no worse than other countries under any future Section 232 tariffs on semiconductors and pharmaceuticals.

For six weeks after August 7, Customs charged the 15% on top of MFN duties, contrary to Japan's understanding. The executive order and MOU, both signed September 4, corrected the stacking retroactively and set the date for the auto cut. Steel and aluminum remain at 50% (Table 1).

Table 1. Selected U.S. Tariffs on Goods from Japan

| Product | January 2025 | October 2025 |
| --- | --- | --- |
| Most goods (IEEPA) | MFN only | 15% |
| Autos and parts | 2.5% | 15% |
| Steel | 25% over quota | 50% |
| Aluminum | 10% over quota | 50% |

South Korea and the European Union reached frameworks with the same 15% rate in July, Korea with a pledge of $350 billion. Japanese officials note that their investment share is larger relative to GDP than either.

## Legal Challenges

The U.S. Court of International Trade held in May that IEEPA does not authorize the tariffs, and on August 29 the Court of Appeals for the Federal Circuit affirmed, 7-4, while leaving the duties in place pending review. A ruling against the Administration would not affect the Section 232 tariffs on autos, steel, and aluminum. Officials have said they could turn to other statutes, such as Section 122 of the Trade Act of 1974, which allows a surcharge of up to 15% for no more than 150 days, or Section 301 of the same act. The Administration has not said whether Japan's investment commitment would stand if the IEEPA rate fell.

## Trade and Investment Ties

Counting goods and services, Japan was the sixth-largest U.S. trading partner in 2024. U.S. exports to Japan came to $129.1 billion that year, made up of $79.7 billion in goods and $49.4 billion in services. Imports ran higher, at $192.4 billion: goods accounted for $149.6 billion and services for the remaining $42.8 billion. The U.S. goods deficit with Japan, $69.9 billion, ranked seventh among U.S. trading partners; in 2018 it was $67.6 billion and ranked fourth. Vehicles and parts make up roughly a third of U.S. goods imports from Japan.

Japan has been the top source of foreign direct investment (FDI) in the United States for six years running. Its FDI position stood at roughly $780 billion at the end of 2024 (Figure 1), whereas U.S. direct investment in Japan was about $76 billion. Japanese-owned affiliates employ close to one million U.S. workers. Japan is also the largest foreign holder of U.S. Treasury securities, about $1.15 trillion as of July 2025.

**Figure 1. Japan's FDI Position in the United States, 2020-2024**

Source: Bureau of Economic Analysis; historical-cost basis.

## Earlier Agreements

The current arrangement follows two narrower deals from Trump's first term. The first formal round of negotiations took place in April 2019. On May 17, 2019, the President proclaimed that imports of autos and parts threatened U.S. national security, and directed the U.S. Trade Representative to negotiate with Japan and the EU. Trump and then-Prime Minister Abe Shinzo announced on September 25, 2019, that they had finalized a "stage one" deal. The U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement were signed on October 7, 2019, and both took effect on January 1, 2020. The USJTA cut or removed Japanese tariffs on about $7.2 billion of U.S. farm and food exports; in return, the United States reduced duties on some $40 billion of Japanese industrial goods, excluding autos.

On March 28, 2023, the two governments signed a Critical Minerals Agreement, which allows minerals processed in Japan to count toward U.S. electric-vehicle tax credits under the Inflation Reduction Act of 2022.

## Issues for Congress

Some Members have asked whether the framework, concluded without trade promotion authority (which lapsed in July 2021), should be submitted to Congress, and how investments under the MOU would be chosen and overseen. Trump plans to visit Tokyo in late October, when the two sides may sign new documents on shipbuilding and on critical minerals and rare earths.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Mark E. Manyin**, Specialist in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "leaders.japan_prime_minister": P("Ishiba", "Shigeru", "Prime Minister Ishiba Shigeru, who said on September 7 that he would resign, remains in office", note="family name first; Takaichi Sanae is LDP president and expected successor, not yet prime minister; Abe Shinzo is 'then-Prime Minister' (2019)"),
        "tariffs.us_tariff_most_imports": F(15, period="2025-08-07", as_written="Since August 7, 2025, most goods imported from Japan have faced a 15% U.S. tariff imposed under the International Emergency Economic Powers Act (IEEPA)", note="also the bullet 'most Japanese goods pay 15% in total' and Table 1's IEEPA row, 'October 2025' column"),
        "tariffs.ieepa_rate": F(15, period="2025-08-07", as_written="a 15% U.S. tariff imposed under the International Emergency Economic Powers Act (IEEPA)", note="the IEEPA rate is the tariff on most imports at this date"),
        "tariffs.section232_autos": F(15, as_written="the Section 232 tariff on Japanese autos and parts falls to 15%, inclusive of MFN duties, effective September 16, 2025", note="also 'a matching 15% on Japanese autos' and Table 1's autos row"),
        "framework.announced": D("2025-07-22", as_written="a framework that President Donald Trump announced on July 22, 2025"),
        "framework.investment_pledge": F(550000000000, by="2029-01-19", as_written="Japan will invest $550 billion in U.S. projects chosen by the United States, before January 19, 2029", note="also 'Japan's promise to invest $550 billion in the United States'"),
        "trade.overall_partner_rank": F(6, period="2024", as_written="Counting goods and services, Japan was the sixth-largest U.S. trading partner in 2024"),
        "trade.us_exports_to_japan": F(129100000000, period="2024", as_written="U.S. exports to Japan came to $129.1 billion that year", note="year carried from the sentence before"),
        "trade.us_goods_exports_to_japan": F(79700000000, period="2024", as_written="made up of $79.7 billion in goods"),
        "trade.us_services_exports_to_japan": F(49400000000, period="2024", as_written="and $49.4 billion in services"),
        "trade.us_imports_from_japan": F(192400000000, period="2024", as_written="Imports ran higher, at $192.4 billion", note="subject and year carried from the sentences before"),
        "trade.us_goods_imports_from_japan": F(149600000000, period="2024", as_written="goods accounted for $149.6 billion"),
        "trade.us_services_imports_from_japan": F(42800000000, period="2024", as_written="and services for the remaining $42.8 billion"),
        "trade.goods_deficit": F(69900000000, period="2024", as_written="The U.S. goods deficit with Japan, $69.9 billion"),
        "trade.goods_deficit_rank": F(7, period="2024", as_written="ranked seventh among U.S. trading partners"),
        "trade.fdi_source_rank": F(1, as_written="Japan has been the top source of foreign direct investment (FDI) in the United States for six years running"),
        "trade.japan_fdi_stock_in_us": F(780000000000, "about", period="2024", as_written="Its FDI position stood at roughly $780 billion at the end of 2024"),
        "trade.us_fdi_stock_in_japan": F(76000000000, "about", period="2024", as_written="whereas U.S. direct investment in Japan was about $76 billion", note="year carried from the same sentence's first clause"),
        "trade.treasury_holder_rank": F(1, as_written="Japan is also the largest foreign holder of U.S. Treasury securities"),
        "agreements.usjta_signed": D("2019-10-07", as_written="The U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement were signed on October 7, 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="and both took effect on January 1, 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="and both took effect on January 1, 2020"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="On March 28, 2023, the two governments signed a Critical Minerals Agreement"),
    },
    "elections": {
        "upper_house_2025": E("Upper House", "2025-07-20", "held", result="the LDP and Komeito lost their majority in the chamber"),
        "ldp_president_2025": E("LDP president", "2025-10-04", "held", result="Takaichi Sanae elected party president"),
    },
    "events": {
        "tariff_talks_announced": EV("After a call with Ishiba, Trump says Japan will be among the first countries to negotiate on tariffs", "2025-04-07", "held"),
        "first_negotiating_round": EV("First formal round of U.S.-Japan trade agreement negotiations", "2019-04", "held"),
        "section232_autos_proclamation": EV("President proclaims auto and parts imports a threat to national security and directs negotiations with Japan and the EU", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Trump and Abe announce they have finalized a stage one deal", "2019-09-25", "held"),
    },
    "notes": "Traps: 'who said on September 7 that he would resign' and 'On October 4, the Liberal Democratic Party (LDP) elected Takaichi Sanae as its president; she is expected to become prime minister later this month' (not yet prime minister); 'The Supreme Court is to hear arguments on November 5' (no ruling yet: no IEEPA ruling date); 'Section 232 duties of 25% on steel and aluminum applied from March 12 and were doubled to 50% in June' (steel and aluminum, not autos); 'a 25% Section 232 tariff took effect April 3, on top of the 2.5% MFN duty, so Japanese passenger cars paid 27.5%' (past auto rates); 'On April 2, the President announced a \"reciprocal\" rate of 24% for Japan' (announced, paused); 'a 10% baseline tariff applied from April 5' (past rate on most imports); 'in force for only a few hours on April 9, was then put off for 90 days'; 'made eight trips to Washington between April and July'; 'In a July 7 letter, Trump warned that Japan's rate would rise to 25% on August 1' (threatened); 'two days after the July 20 House of Councillors election' (the election is listed; not a catalogue fact); bullet 'goods whose MFN rate already exceeds 15% pay only that rate'; bullet 'with cash flows shared equally until a set return is reached and then 90% to the U.S. side'; bullet 'raise U.S. rice imports by 75%', '100 Boeing aircraft' and '$8 billion of U.S. agricultural goods a year' (purchases, not the pledge); 'For six weeks after August 7'; 'The executive order and MOU, both signed September 4' (implementation, not the announcement); 'Steel and aluminum remain at 50%'; Table 1's 'January 2025' column ('MFN only', '2.5%', '25% over quota', '10% over quota') and its steel and aluminum rows ('50%'); 'South Korea and the European Union reached frameworks with the same 15% rate in July, Korea with a pledge of $350 billion' (other partners); 'The U.S. Court of International Trade held in May' and 'on August 29 the Court of Appeals for the Federal Circuit affirmed, 7-4' (lower-court rulings, not the Supreme Court ruling); 'Section 122 of the Trade Act of 1974, which allows a surcharge of up to 15% for no more than 150 days' (statutory cap of a statute not in use: no Section 122 surcharge) and 'Section 301 of the same act'; 'in 2018 it was $67.6 billion and ranked fourth' (past deficit and rank); 'Vehicles and parts make up roughly a third of U.S. goods imports from Japan'; 'for six years running' (a count of years beside the FDI rank); 'close to one million U.S. workers'; 'about $1.15 trillion as of July 2025' (Treasury holdings, not FDI); Figure 1 (layout/interleaved: '$ billions', axis ticks 0-1000, year labels 2020-2024, legend, no value labels); 'about $7.2 billion of U.S. farm and food exports' and 'some $40 billion of Japanese industrial goods' (USJTA coverage); 'the Inflation Reduction Act of 2022' (year of a law); 'trade promotion authority (which lapsed in July 2021)'; 'Trump plans to visit Tokyo in late October, when the two sides may sign new documents on shipbuilding and on critical minerals and rare earths' (planned, not the 2023 agreement). PDF-derived layouts with curly quotes and non-breaking spaces before billion/percent; layout: pdftotext -layout runs the two columns side by side; interleaved: column lines alternating.",
}
