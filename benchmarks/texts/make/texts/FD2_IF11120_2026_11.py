from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "FD2-IF11120-2026-11", "fresh25", "IF11120", 27
TITLE = "U.S.-Japan Trade Agreements and Tariff Negotiations"
LAYOUTS = ["layout", "html"]
PDF_OPTS = ["lig"]
SIDEBAR = "The Investment Commitment"
CHART = {"unit": "$ billions", "ymax": 1000, "ticks": [0, 250, 500, 750, 1000],
         "series": ["Goods and services trade, 2025"],
         "bars": {"Mexico": (905,), "Canada": (870,), "China": (560,), "Germany": (335,), "UK": (330,), "Japan": (315,)}}

MD = """
U.S.-Japan Trade Agreements and Tariff Negotiations

Updated November 18, 2026

## Overview

The rate that most Japanese goods now face at the U.S. border, 12.5%, rests on a legal authority that was not in play a year ago. The Office of the U.S. Trade Representative (USTR) imposed it under Section 301 of the Trade Act of 1974, effective July 24, 2026, at the close of an investigation, opened in March, into whether trading partners adequately bar imports made with forced labor. It is the fourth rate to apply to that broad category of imports since April 2025, and the third legal basis (Table 1). Japanese officials have asked for a cut to 10%, the level of the surcharge it replaced; in late October, by contrast, USTR requested public comment on raising the duty to 20% for some products, with hearings set for December.

Tokyo says it is carrying out its side of the 2025 framework agreement regardless, including its investment commitment. Congressional interest centers on whether the Section 301 route can sustain tariff levels that the Supreme Court's ruling on IEEPA put out of reach, and on the terms of the investment arrangement.

## The 2025 Framework

On April 7, 2025, the White House put Japan at the front of the queue for tariff negotiations, days after the President had announced a 24% "reciprocal" tariff on Japanese goods; that rate was suspended on April 9 in favor of a 10% baseline. After a July 7 letter threatening 25%, President Donald Trump's July 22, 2025, announcement of a framework agreement with then-Prime Minister Ishiba Shigeru ended the standoff. An executive order and a memorandum of understanding (MOU) dated September 4, 2025, set out the main terms:

- from August 7, 2025, one IEEPA rate, 15%, for most goods from Japan, with the most-favored-nation (MFN) duty counted within it (goods whose MFN rate already exceeded 15% paid that rate alone);
- relief on autos: starting September 16, 2025, Japanese vehicles and parts paid 15% under Section 232 instead of 27.5%;
- an undertaking by Japan to put $550 billion into U.S. projects of the President's choosing, with the money to be committed before January 19, 2029;
- Japanese orders for 100 Boeing jets and annual purchases of U.S. farm goods worth $8 billion, along with more U.S. rice under the existing quota.

The European Union and South Korea struck similar deals later that summer, with investment pledges of $600 billion and $350 billion, respectively.

## The Court Ruling and After

When the Supreme Court ruled, by six votes to three, on February 20, 2026, that IEEPA does not authorize tariffs, the framework's 15% rate lost its legal basis. For three days no broad tariff applied. Then, on February 24, a temporary import surcharge of 10% under Section 122 of the Trade Act of 1974 took its place for goods from Japan and nearly all other partners. By statute, a Section 122 surcharge may not exceed 15% or last longer than 150 days without an act of Congress. No such act passed, and it lapsed on July 23, 2026; the Section 301 tariff took effect the following day. Importers have since filed claims for refunds of IEEPA duties, which U.S. Customs and Border Protection puts at around $23 billion for goods from Japan.

Because the Court's decision concerned IEEPA alone, it left the Section 232 duties untouched: the framework's 15% on Japanese cars, light trucks, and parts remains in force, and Japanese steel, aluminum, and copper still pay 50%.

Table 1. U.S. Tariff on Most Goods from Japan, 2025-2026

| Period | Authority | Rate |
| --- | --- | --- |
| Apr.-Aug. 2025 | IEEPA (baseline) | 10% |
| Aug. 2025-Feb. 2026 | IEEPA (framework) | 15% |
| Feb.-July 2026 | Section 122 | 10% |
| Since July 24, 2026 | Section 301 | 12.5% |

Source: CRS, from presidential proclamations, executive orders, and Federal Register notices.

## The Investment Commitment

Japan's pledge is administered through an Investment Committee chaired by the Secretary of Commerce, which recommends projects to the President. Japan's state-backed lenders, the Japan Bank for International Cooperation (JBIC) and Nippon Export and Investment Insurance (NEXI), are to supply most of the financing. Cash flows are to be divided equally until Japan recovers its outlay, with 90% going to the United States after that. Japan may decline a selected project, but the United States may then raise tariffs on Japanese goods. By October, projects worth about $45 billion, led by nuclear power and natural gas facilities, had been announced.

## Politics in Tokyo

Takaichi Sanae, who won the Liberal Democratic Party (LDP) leadership election on October 4, 2025, and became prime minister later that month, has pledged to honor the framework negotiated by her predecessor. Ishiba had resigned after the LDP-led coalition lost its majority in the July 2025 upper house election. Her gamble on an early dissolution paid off: in the general election of February 8, 2026, the LDP alone won 316 of the 465 seats, more than two-thirds. The next national vote is not due until the upper house election of July 2028.

## Trade and Investment Ties

Figure 1 places Japan sixth among U.S. trading partners in 2025, counting goods and services together.

**Figure 1. Largest U.S. Trading Partners, 2025**

Source: CRS, with Bureau of Economic Analysis (BEA) data released in June 2026.

Of the $131.6 billion in goods and services the United States exported to Japan in 2025, $78.9 billion and $52.7 billion were goods and services, respectively; of the $183.4 billion it imported from Japan, the corresponding figures were $138.6 billion and $44.8 billion. At $59.7 billion, the goods deficit with Japan was $10.2 billion narrower than in 2024 and only the eighth-largest the United States ran with any country. U.S. imports of Japanese motor vehicles and parts fell to $51.1 billion.

Japanese companies' direct investment position in the United States stood at $776 billion at the end of 2025, larger than any other country's. The reverse position is a small fraction of that: U.S. firms held $74 billion of direct investment in Japan on the same date. Japan is likewise the biggest foreign holder of U.S. Treasury securities, with about $1.2 trillion in September 2026, ahead of the United Kingdom.

## Earlier Agreements

Formal talks on a first-stage trade deal began in April 2019. The two governments signed the U.S.-Japan Trade Agreement (USJTA) and a companion U.S.-Japan Digital Trade Agreement in Washington on October 7, 2019; both have been in force since January 1, 2020. A "second stage" of negotiations, promised at the time, never began. On March 28, 2023, they signed a Critical Minerals Agreement (CMA), which lets minerals processed in Japan count toward U.S. clean-vehicle tax credits. During his visit to Tokyo in October 2025, President Trump and Takaichi signed a separate framework on securing supplies of rare earths and other critical minerals.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump's July 22, 2025, announcement", note="possessive; elsewhere 'President Trump'"),
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "Takaichi Sanae, who won the Liberal Democratic Party (LDP) leadership election on October 4, 2025, and became prime minister later that month", note="family name first; the title only in a relative clause; Ishiba is the former prime minister"),
        "tariffs.us_tariff_most_imports": F(12.5, period="2026-07-24", as_written="The rate that most Japanese goods now face at the U.S. border, 12.5%, rests on a legal authority", note="Section 301, 'effective July 24, 2026'; also Table 1's 'Since July 24, 2026' row"),
        "tariffs.ieepa_rate": F(15, period="2025-08-07", as_written="from August 7, 2025, one IEEPA rate, 15%, for most goods from Japan", note="the framework rate, voided by the ruling (extract-dev D6); Table 1's 'IEEPA (framework)' row; the 'IEEPA (baseline)' 10% row is a trap"),
        "tariffs.section232_autos": F(15, as_written="the framework's 15% on Japanese cars, light trucks, and parts remains in force", note="also the bullet 'starting September 16, 2025, Japanese vehicles and parts paid 15% under Section 232 instead of 27.5%'"),
        "tariffs.section122_surcharge": F(10, as_written="a temporary import surcharge of 10% under Section 122 of the Trade Act of 1974", note="expired July 23, 2026; also Table 1's Section 122 row"),
        "tariffs.ieepa_ruling": D("2026-02-20", as_written="When the Supreme Court ruled, by six votes to three, on February 20, 2026, that IEEPA does not authorize tariffs"),
        "framework.announced": D("2025-07-22", as_written="President Donald Trump's July 22, 2025, announcement of a framework agreement"),
        "framework.investment_pledge": F(550000000000, by="2029-01-19", as_written="an undertaking by Japan to put $550 billion into U.S. projects of the President's choosing, with the money to be committed before January 19, 2029"),
        "trade.overall_partner_rank": F(6, period="2025", as_written="Figure 1 places Japan sixth among U.S. trading partners in 2025, counting goods and services together"),
        "trade.us_exports_to_japan": F(131600000000, period="2025", as_written="Of the $131.6 billion in goods and services the United States exported to Japan in 2025"),
        "trade.us_goods_exports_to_japan": F(78900000000, period="2025", as_written="$78.9 billion and $52.7 billion were goods and services, respectively", note="'respectively': the first"),
        "trade.us_services_exports_to_japan": F(52700000000, period="2025", as_written="$78.9 billion and $52.7 billion were goods and services, respectively", note="'respectively': the second"),
        "trade.us_imports_from_japan": F(183400000000, period="2025", as_written="of the $183.4 billion it imported from Japan"),
        "trade.us_goods_imports_from_japan": F(138600000000, period="2025", as_written="the corresponding figures were $138.6 billion and $44.8 billion", note="'respectively' carried by 'the corresponding figures'"),
        "trade.us_services_imports_from_japan": F(44800000000, period="2025", as_written="the corresponding figures were $138.6 billion and $44.8 billion"),
        "trade.goods_deficit": F(59700000000, period="2025", as_written="At $59.7 billion, the goods deficit with Japan was $10.2 billion narrower than in 2024"),
        "trade.goods_deficit_rank": F(8, period="2025", as_written="and only the eighth-largest the United States ran with any country"),
        "trade.fdi_source_rank": F(1, period="2025", as_written="Japanese companies' direct investment position in the United States stood at $776 billion at the end of 2025, larger than any other country's"),
        "trade.japan_fdi_stock_in_us": F(776000000000, period="2025", as_written="Japanese companies' direct investment position in the United States stood at $776 billion at the end of 2025"),
        "trade.us_fdi_stock_in_japan": F(74000000000, period="2025", as_written="U.S. firms held $74 billion of direct investment in Japan on the same date", note="year carried by 'on the same date'; 'a small fraction' is no hedge"),
        "trade.treasury_holder_rank": F(1, period="2026-09", as_written="Japan is likewise the biggest foreign holder of U.S. Treasury securities, with about $1.2 trillion in September 2026"),
        "agreements.usjta_signed": D("2019-10-07", as_written="The two governments signed the U.S.-Japan Trade Agreement (USJTA) and a companion U.S.-Japan Digital Trade Agreement in Washington on October 7, 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="both have been in force since January 1, 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="both have been in force since January 1, 2020"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="On March 28, 2023, they signed a Critical Minerals Agreement (CMA)"),
    },
    "elections": {
        "ldp_president_2025": E("LDP president", "2025-10-04", "held", result="Takaichi Sanae"),
        "upper_house_2025": E("Upper House", "2025-07", "held", result="LDP-led coalition lost its majority"),
        "lower_house_2026": E("Lower House", "2026-02-08", "held", result="LDP alone 316 of 465 seats"),
        "upper_house_2028": E("Upper House", "2028-07", "upcoming"),
    },
    "events": {
        "tariff_talks_announced": EV("White House puts Japan at the front of the queue for tariff negotiations", "2025-04-07", "held"),
        "section122_surcharge_expired": EV("The 10% Section 122 surcharge lapses after 150 days", "2026-07-23", "held"),
        "first_negotiating_round": EV("Formal talks on a first-stage trade deal begin", "2019-04", "held"),
    },
    "notes": "Traps: 'at the close of an investigation, opened in March'; 'It is the fourth rate ... and the third legal basis' (counts); 'asked for a cut to 10%, the level of the surcharge it replaced' (requested; the expired surcharge); 'raising the duty to 20% for some products, with hearings set for December' (proposed); 'a 24% \"reciprocal\" tariff on Japanese goods' and 'suspended on April 9 in favor of a 10% baseline' (past/suspended); 'After a July 7 letter threatening 25%' (threatened); 'then-Prime Minister Ishiba Shigeru' and 'Ishiba had resigned' (former prime minister); 'An executive order and a memorandum of understanding (MOU) dated September 4, 2025' (not the announcement); bullet '(goods whose MFN rate already exceeded 15% paid that rate alone)'; bullet 'instead of 27.5%' (past auto rate); bullet 'Japanese orders for 100 Boeing jets and annual purchases of U.S. farm goods worth $8 billion' (purchases); 'The European Union and South Korea ... investment pledges of $600 billion and $350 billion, respectively' (other partners); 'by six votes to three'; 'For three days no broad tariff applied'; 'a Section 122 surcharge may not exceed 15% or last longer than 150 days' (statutory caps); 'refunds of IEEPA duties ... around $23 billion'; 'Japanese steel, aluminum, and copper still pay 50%' (not autos); Table 1's past rows ('Apr.-Aug. 2025 | IEEPA (baseline) | 10%' is a past IEEPA rate, not the framework rate; the IEEPA (framework) and Section 122 rows are past as the tariff on most imports); sidebar 'The Investment Commitment' (HTML aside; layout: an ordinary section): 'with 90% going to the United States after that', 'Cash flows are to be divided equally', 'projects worth about $45 billion'; 'won 316 of the 465 seats, more than two-thirds' (seats, not a catalogue fact); Figure 1 (partners' two-way trade 2025, $ billions, category labels Mexico ... Japan, ticks 0-1000, no values; HTML: floated into the sidebar); '(BEA) data released in June 2026' (release date, not the period); '$10.2 billion narrower than in 2024' (a change); 'U.S. imports of Japanese motor vehicles and parts fell to $51.1 billion' (sector figure); 'The reverse position is a small fraction of that' (no hedge); 'about $1.2 trillion' (Treasury holdings) and 'ahead of the United Kingdom'; 'A \"second stage\" of negotiations, promised at the time, never began'; 'During his visit to Tokyo in October 2025, President Trump and Takaichi signed a separate framework' (not the CMA). U.S. midterm elections are not mentioned. PDF ligatures (layout text only).",
}
