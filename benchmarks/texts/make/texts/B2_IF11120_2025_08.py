from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "B2-IF11120-2025-08", "fresh6", "IF11120", 21
TITLE = "U.S.-Japan Trade Agreements and Tariff Negotiations"
LAYOUTS = ["html", "layout"]
PDF_OPTS = ["nbsp", "hyph"]
SIDEBAR = "How Japan's Deal Compares"

MD = """
U.S.-Japan Trade Agreements and Tariff Negotiations

Updated August 27, 2025

## Overview

A framework trade agreement with Japan, unveiled by President Donald Trump on the evening of July 22, 2025 (July 23 in Tokyo), has replaced the prospect of steeper duties with a single fifteen percent tariff on most Japanese goods, paired with a Japanese commitment to finance $550 billion of investment in the United States. Much of the deal remains to be written down. No joint text has been released, the two governments describe several terms differently, and the auto tariff cut that Tokyo valued most has yet to take effect. Congress has had no formal role in the negotiations, which rest on presidential tariff authorities rather than on a trade agreement subject to a vote.

## Tariff Actions in 2025

Washington and Tokyo agreed to open negotiations after a telephone call between President Trump and Prime Minister Ishiba Shigeru on April 7, 2025. The talks followed a run of tariff measures. Section 232 duties of 25% on steel and aluminum reached Japan in March; they were doubled to 50% on June 4. A 25% Section 232 tariff on imported cars and light trucks began on April 3, and on most auto parts on May 3. On April 2 the President announced a "reciprocal" tariff of 24% on Japan under the International Emergency Economic Powers Act (IEEPA), only to suspend the country-specific portion a week later, leaving a 10% baseline that was collected from April 5. A July 7 letter to Ishiba warned of 25% from August 1 if no deal were reached.

Japan's chief negotiator, Economic Revitalization Minister Akazawa Ryosei, concluded the framework on his eighth trip to Washington.

## The July Framework

As described by the two governments, the framework has these main elements:

- Tariff. A 15% IEEPA tariff applies to most goods from Japan, including the normal most-favored-nation (MFN) duty; goods whose MFN rate is already 15% or more pay no extra charge.
- Autos. The Section 232 tariff on Japanese vehicles and parts is to fall so that, together with the 2.5% MFN duty on cars, it totals 15%.
- Investment. Japan committed $550 billion for investment in U.S. industries chosen by the U.S. government, including semiconductors, energy, pharmaceuticals, and shipbuilding.
- Purchases. Japan is to raise its imports of U.S. rice by 75% within its existing quota, buy 100 Boeing aircraft, and increase purchases of U.S. farm goods and defense equipment.

Steel and aluminum are outside the framework and still face 50%. Japan is also to receive treatment no less favorable than other countries if the President imposes Section 232 tariffs on semiconductors or pharmaceuticals.

## How Japan's Deal Compares

Table 1. Recent U.S. Framework Deals: Tariff on Most Goods and Investment Pledge

| Partner | Announced | Tariff | Pledge |
| --- | --- | --- | --- |
| United Kingdom | May 8 | 10% | none |
| Japan | July 22 | 15% | $550 billion |
| European Union | July 27 | 15% | $600 billion |
| South Korea | July 30 | 15% | $350 billion |

Source: CRS, from White House statements. Dates are in 2025.

Japan's deal set the template: the EU and South Korea accepted the same rate within days, with the EU also promising $750 billion in U.S. energy purchases.

## Implementation Questions

The rate now in effect is the one Tokyo agreed to. Since August 7, a tariff of 15% has been charged on most imports from Japan under IEEPA. Customs, however, has applied it on top of MFN duties instead of in their place, a reading that Japanese officials say departs from what was agreed. After Akazawa raised the issue in Washington in early August, U.S. officials said an amended executive order would fix the stacking and refund the excess. It had not appeared as of this writing.

Autos are the larger gap. Japanese cars still pay a 25% Section 232 tariff, on top of the 2.5% MFN rate, for a combined 27.5%; the 15% level will apply only once the President issues a proclamation, for which no date has been given. Vehicles and parts made up more than a third of U.S. goods imports from Japan in 2024.

The investment commitment is the least defined element. The White House has said the United States would receive 90% of the profits, and that the President would direct where the money goes. Japanese officials describe the $550 billion as a ceiling on loans, guarantees, and equity from government-backed lenders such as the Japan Bank for International Cooperation (JBIC), and say equity may be only 1% to 2% of it.

Litigation overshadows the tariff structure. On May 28 the Court of International Trade held that IEEPA does not authorize the reciprocal tariffs; that decision was stayed on appeal, and the full U.S. Court of Appeals for the Federal Circuit, which heard argument on July 31, has yet to rule. The Section 232 tariffs are not at issue.

## Politics in Tokyo

The framework came three days after a setback for Ishiba. In the July 20, 2025, House of Councillors election, the ruling Liberal Democratic Party (LDP) and its partner Komeito lost their majority in the upper chamber, having already lost control of the lower house in the October 2024 election. Some LDP lawmakers are pressing for an early party leadership vote. Ishiba has said he will stay on to see the agreement carried out.

## Trade and Investment Ties

Japan sat in sixth place among U.S. trading partners in 2024, counting goods and services. The United States exported $129.1 billion of goods and services to Japan in 2024, roughly $80 billion of it in goods and $49.4 billion in services. It bought more than $192 billion from Japan, of which goods accounted for $149.6 billion and services $42.8 billion.

Measured on a Census basis, the U.S. goods deficit with Japan was $68.5 billion in 2024, down from $71.2 billion in 2023. That shortfall ranked behind those with China, Mexico, Vietnam, Ireland, Germany, and Taiwan. For the first half of 2025, the deficit stood at about $36 billion, inflated by shipments rushed ahead of the tariffs.

Japanese-owned firms hold the biggest foreign direct investment position in the United States, $792.6 billion at the close of 2024; the U.S. position in Japan was close to $140 billion. Japan's Treasury portfolio, about $1.15 trillion in June 2025, also tops the list of foreign holders, with the United Kingdom ($858 billion) now second and China ($756 billion) third.

## Earlier Agreements

Two "stage one" agreements, the U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement, were signed in October 2019 and have been in effect since January 1, 2020. The USJTA cut Japanese tariffs on about $7 billion of U.S. farm exports but left autos out. On March 28, 2023, the two countries signed a Critical Minerals Agreement, which lets certain Japanese minerals count toward electric-vehicle tax credits.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "leaders.japan_prime_minister": P("Ishiba", "Shigeru", "Prime Minister Ishiba Shigeru", note="family name first"),
        "tariffs.us_tariff_most_imports": F(15, period="2025-08-07", as_written="Since August 7, a tariff of 15% has been charged on most imports from Japan under IEEPA", note="also 'a single fifteen percent tariff on most Japanese goods' (number in words) and the framework bullet 'A 15% IEEPA tariff applies to most goods from Japan'"),
        "tariffs.ieepa_rate": F(15, period="2025-08-07", as_written="Since August 7, a tariff of 15% has been charged on most imports from Japan under IEEPA"),
        "tariffs.section232_autos": F(25, as_written="Japanese cars still pay a 25% Section 232 tariff, on top of the 2.5% MFN rate, for a combined 27.5%", note="the framework's 15% is not yet in effect; also 'A 25% Section 232 tariff on imported cars and light trucks began on April 3'"),
        "framework.announced": D("2025-07-22", as_written="unveiled by President Donald Trump on the evening of July 22, 2025 (July 23 in Tokyo)", note="also Table 1's Japan row, 'July 22' (year in the table note)"),
        "framework.investment_pledge": F(550000000000, as_written="Japan committed $550 billion for investment in U.S. industries chosen by the U.S. government", note="no deadline stated; also 'a Japanese commitment to finance $550 billion of investment' and Table 1"),
        "trade.overall_partner_rank": F(6, period="2024", as_written="Japan sat in sixth place among U.S. trading partners in 2024, counting goods and services"),
        "trade.us_exports_to_japan": F(129100000000, period="2024", as_written="The United States exported $129.1 billion of goods and services to Japan in 2024"),
        "trade.us_goods_exports_to_japan": F(80000000000, "about", period="2024", as_written="roughly $80 billion of it in goods"),
        "trade.us_services_exports_to_japan": F(49400000000, period="2024", as_written="and $49.4 billion in services"),
        "trade.us_imports_from_japan": F(192000000000, "over", period="2024", as_written="It bought more than $192 billion from Japan", note="subject and year carried from the sentence before"),
        "trade.us_goods_imports_from_japan": F(149600000000, period="2024", as_written="of which goods accounted for $149.6 billion"),
        "trade.us_services_imports_from_japan": F(42800000000, period="2024", as_written="and services $42.8 billion"),
        "trade.goods_deficit": F(68500000000, period="2024", as_written="Measured on a Census basis, the U.S. goods deficit with Japan was $68.5 billion in 2024"),
        "trade.goods_deficit_rank": F(7, period="2024", as_written="That shortfall ranked behind those with China, Mexico, Vietnam, Ireland, Germany, and Taiwan", note="six partners named + 1; subject carried from the sentence before"),
        "trade.fdi_source_rank": F(1, period="2024", as_written="Japanese-owned firms hold the biggest foreign direct investment position in the United States"),
        "trade.japan_fdi_stock_in_us": F(792600000000, period="2024", as_written="$792.6 billion at the close of 2024"),
        "trade.us_fdi_stock_in_japan": F(140000000000, "nearly", period="2024", as_written="the U.S. position in Japan was close to $140 billion", note="'close to' read as nearly; year carried from the same sentence"),
        "trade.treasury_holder_rank": F(1, as_written="Japan's Treasury portfolio, about $1.15 trillion in June 2025, also tops the list of foreign holders"),
        "agreements.usjta_signed": D("2019-10", as_written="were signed in October 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="and have been in effect since January 1, 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="the U.S.-Japan Digital Trade Agreement, were signed in October 2019 and have been in effect since January 1, 2020"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="On March 28, 2023, the two countries signed a Critical Minerals Agreement"),
    },
    "elections": {
        "upper_house_2025": E("Upper House", "2025-07-20", "held", result="LDP and Komeito lost their majority in the upper chamber"),
        "lower_house_2024": E("Lower House", "2024-10", "held", result="ruling coalition lost control of the lower house"),
    },
    "events": {
        "tariff_talks_announced": EV("Washington and Tokyo agree to open negotiations after a Trump-Ishiba call", "2025-04-07", "held"),
    },
    "notes": "Traps: '(July 23 in Tokyo)' (Tokyo's date of the announcement); 'Section 232 duties of 25% on steel and aluminum reached Japan in March; they were doubled to 50% on June 4' (steel/aluminum, not autos); 'and on most auto parts on May 3'; 'a \"reciprocal\" tariff of 24% on Japan ... only to suspend the country-specific portion a week later' (announced, suspended); 'leaving a 10% baseline that was collected from April 5' (past rate on most imports); 'A July 7 letter to Ishiba warned of 25% from August 1' (threatened); 'on his eighth trip to Washington'; bullet 'Autos. The Section 232 tariff ... is to fall so that, together with the 2.5% MFN duty on cars, it totals 15%' (agreed, not in effect: not the auto rate); 'goods whose MFN rate is already 15% or more pay no extra charge'; bullet 'raise its imports of U.S. rice by 75%', '100 Boeing aircraft' (purchases); 'Steel and aluminum ... still face 50%'; sidebar Table 1 rows for the United Kingdom (May 8, 10%), the European Union (July 27, 15%, $600 billion) and South Korea (July 30, 15%, $350 billion) (other partners; only the Japan row holds facts); 'the EU also promising $750 billion in U.S. energy purchases'; 'a combined 27.5%' and 'the 15% level will apply only once the President issues a proclamation' (combined and pending auto rates); 'Vehicles and parts made up more than a third of U.S. goods imports from Japan in 2024. (a share, not a rate); 'the United States would receive 90% of the profits'; 'equity may be only 1% to 2% of it'; 'On May 28 the Court of International Trade held that IEEPA does not authorize the reciprocal tariffs' and 'the Federal Circuit, which heard argument on July 31, has yet to rule' (lower-court ruling and pending appeal, not tariffs.ieepa_ruling); 'The framework came three days after a setback for Ishiba'; 'Some LDP lawmakers are pressing for an early party leadership vote' (no date, no slug); 'down from $71.2 billion in 2023' (past deficit); 'For the first half of 2025, the deficit stood at about $36 billion' (partial year); 'with the United Kingdom ($858 billion) now second and China ($756 billion) third' (other holders' ranks and amounts); 'about $1.15 trillion' (Treasury holdings, not FDI); 'cut Japanese tariffs on about $7 billion of U.S. farm exports'. HTML: Table 1 sits in the floated sidebar box 'How Japan's Deal Compares'. PDF (layout only): NBSP and hyphenated line ends; pdftotext -layout runs the two columns side by side.",
}
