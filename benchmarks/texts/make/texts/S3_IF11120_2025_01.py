from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "S3-IF11120-2025-01", "fresh4", "IF11120", 18
TITLE = "U.S.-Japan Trade Agreements and Negotiations"
LAYOUTS = ["html", "interleaved"]
PDF_OPTS = ["quotes", "nbsp", "hyph"]
SIDEBAR = "Tariff Threats in Context"

MD = """
U.S.-Japan Trade Agreements and Negotiations

Updated January 29, 2025

## A New Administration

Donald J. Trump returned to the White House on January 20, 2025, promising to use tariffs more aggressively than in his first term. In an inaugural-day memorandum, President Trump directed agencies to review U.S. trade deficits and existing trade agreements and to report by April 1. During the campaign he proposed a universal tariff of 10% to 20% on all imports, and he has since said that tariffs of 25% on goods from Canada and Mexico could begin on February 1. No new tariff on Japan has been announced. Japanese goods thus continue to enter at normal most-favored-nation (MFN) rates, which average about 3.3%.

Japan's government, led since October 1, 2024, by Prime Minister Ishiba Shigeru, has sought an early meeting with the President to make the case that Japanese firms are the largest investors in the U.S. economy. Ishiba's standing at home is weak. In the Lower House election of October 27, 2024, the Liberal Democratic Party (LDP) and its partner Komeito lost the majority they had held since 2012, winning 215 of 465 seats, and the coalition now governs with case-by-case support from opposition parties. Elections for half of the Upper House, due in July 2025, loom as a further test.

## Steel and Investment Frictions

On January 3, 2025, in one of his final acts, former President Joe Biden blocked Nippon Steel's proposed $14.9 billion acquisition of U.S. Steel on national security grounds. Both companies have sued to overturn the order. Then-Prime Minister Kishida Fumio had raised the deal with Biden during his April 2024 state visit, and Japanese business groups have called the decision a blow to confidence. Japanese steel remains subject to the Section 232 tariff of 25%, except for volumes within the tariff-rate quota in effect since April 2022.

## Tariff Threats in Context

- 2018: Section 232 tariffs of 25% on steel and 10% on aluminum from Japan.
- May 2019: autos and parts found to threaten national security; no tariff imposed.
- 2024 campaign: a 10%-20% universal tariff proposed.
- January 2025: 25% tariffs threatened on Canada and Mexico.

## Existing Agreements

Two agreements from the first Trump term remain in force. The U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement, signed in October 2019, have both applied since January 2020. The USJTA covers market access for agriculture and some industrial goods; the digital accord sets rules on data flows and electronic commerce. In March 2023, the two governments also signed a Critical Minerals Agreement, whose status the new Administration has not addressed. Japan remains a member of the 14-nation Indo-Pacific Economic Framework (IPEF), though President Trump has signaled he will not pursue it.

## Bilateral Trade and Investment

Japan was the sixth-largest U.S. trading partner in 2023 when goods and services are combined. U.S. exports to Japan totaled $121.3 billion that year, consisting of $76.9 billion in goods and $44.4 billion in services. U.S. imports from Japan, at $184.1 billion, were dominated by goods, mainly vehicles, machinery, and electronics, worth $148.0 billion; services imports came to $36.1 billion. Annual figures for 2024 are due in February; through November 2024, goods imports from Japan were $136.6 billion.

The U.S. goods deficit with Japan stood at $71.1 billion in 2023, placing fifth behind the deficits with China, Mexico, Vietnam, and Germany. It had exceeded $80 billion in 2008. Japanese direct investment in the United States has led that of every other country for five years running; its stock came to $783.3 billion in 2023, and it employs nearly one million Americans. U.S. direct investment in Japan amounted to about one hundred thirty-four billion dollars. With roughly $1.1 trillion in holdings, Japan is also the top foreign investor in U.S. Treasury securities, followed by China and the United Kingdom.

## Outlook

Tokyo's strategy is to emphasize Japan's role as an investor and a buyer of U.S. liquefied natural gas, and to avoid tariffs such as the 25% auto tariff floated in 2019. Some analysts expect the Administration to press Japan on defense spending, currency, and access for U.S. rice and autos.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "Donald J. Trump returned to the White House on January 20, 2025", note="also 'President Trump'"),
        "leaders.japan_prime_minister": P("Ishiba", "Shigeru", "Prime Minister Ishiba Shigeru", note="family name first"),
        "trade.overall_partner_rank": F(6, period="2023", as_written="Japan was the sixth-largest U.S. trading partner in 2023 when goods and services are combined"),
        "trade.us_exports_to_japan": F(121300000000, period="2023", as_written="U.S. exports to Japan totaled $121.3 billion that year"),
        "trade.us_goods_exports_to_japan": F(76900000000, period="2023", as_written="consisting of $76.9 billion in goods"),
        "trade.us_services_exports_to_japan": F(44400000000, period="2023", as_written="and $44.4 billion in services"),
        "trade.us_imports_from_japan": F(184100000000, period="2023", as_written="U.S. imports from Japan, at $184.1 billion"),
        "trade.us_goods_imports_from_japan": F(148000000000, period="2023", as_written="were dominated by goods, mainly vehicles, machinery, and electronics, worth $148.0 billion"),
        "trade.us_services_imports_from_japan": F(36100000000, period="2023", as_written="services imports came to $36.1 billion"),
        "trade.goods_deficit": F(71100000000, period="2023", as_written="The U.S. goods deficit with Japan stood at $71.1 billion in 2023"),
        "trade.goods_deficit_rank": F(5, period="2023", as_written="placing fifth behind the deficits with China, Mexico, Vietnam, and Germany"),
        "trade.fdi_source_rank": F(1, as_written="Japanese direct investment in the United States has led that of every other country for five years running"),
        "trade.japan_fdi_stock_in_us": F(783300000000, period="2023", as_written="its stock came to $783.3 billion in 2023"),
        "trade.us_fdi_stock_in_japan": F(134000000000, "about", period="2023", as_written="U.S. direct investment in Japan amounted to about one hundred thirty-four billion dollars", note="number in words; year carried from the previous sentence"),
        "trade.treasury_holder_rank": F(1, as_written="Japan is also the top foreign investor in U.S. Treasury securities, followed by China and the United Kingdom"),
        "agreements.usjta_signed": D("2019-10", as_written="The U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement, signed in October 2019"),
        "agreements.usjta_in_force": D("2020-01", as_written="have both applied since January 2020"),
        "agreements.digital_trade_in_force": D("2020-01", as_written="have both applied since January 2020"),
        "agreements.critical_minerals_signed": D("2023-03", as_written="In March 2023, the two governments also signed a Critical Minerals Agreement"),
    },
    "elections": {
        "lower_house_2024": E("Lower House", "2024-10-27", "held", result="LDP and Komeito lost their majority, 215 of 465 seats"),
        "upper_house_2025": E("Upper House", "2025-07", "upcoming"),
    },
    "events": {
        "section232_autos_proclamation": EV("Autos and parts found to threaten national security (Section 232), no tariff imposed", "2019-05", "held"),
    },
    "notes": "Traps: 'returned to the White House on January 20, 2025' and 'than in his first term'; 'to report by April 1'; 'he proposed a universal tariff of 10% to 20% on all imports' (campaign proposal) and sidebar '2024 campaign: a 10%-20% universal tariff proposed'; 'tariffs of 25% on goods from Canada and Mexico could begin on February 1' and sidebar 'January 2025: 25% tariffs threatened on Canada and Mexico' (other countries, threatened); 'No new tariff on Japan has been announced' and 'normal most-favored-nation (MFN) rates, which average about 3.3%' (an average MFN rate, not a U.S. tariff on most imports from Japan: unstated); 'led since October 1, 2024'; 'lost the majority they had held since 2012, winning 215 of 465 seats'; 'former President Joe Biden' (former president) and 'Then-Prime Minister Kishida Fumio' (former prime minister); 'Nippon Steel's proposed $14.9 billion acquisition of U.S. Steel' (not FDI stock or a pledge); 'during his April 2024 state visit'; 'the Section 232 tariff of 25%' on steel and sidebar '2018: Section 232 tariffs of 25% on steel and 10% on aluminum' (not autos); 'the tariff-rate quota in effect since April 2022'; sidebar 'May 2019: autos and parts found to threaten national security; no tariff imposed' (the proclamation, listed as `section232_autos_proclamation` at month precision; no auto tariff rate); 'the 14-nation Indo-Pacific Economic Framework (IPEF)'; 'Annual figures for 2024 are due in February; through November 2024, goods imports from Japan were $136.6 billion' (partial year); 'It had exceeded $80 billion in 2008' (earlier year); 'for five years running' (a count of years beside the FDI rank: rank 1, not 5); 'employs nearly one million Americans'; 'With roughly $1.1 trillion in holdings' (Treasury amount); 'followed by China and the United Kingdom'; 'the 25% auto tariff floated in 2019' (never imposed: no Section 232 auto rate). HTML: the sidebar bullet list floats beside the text; interleaved: the PDF's two columns alternate line by line, with curly quotes, NBSP and hyphenated line ends.",
}
