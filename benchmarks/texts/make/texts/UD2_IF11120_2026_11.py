from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "UD2-IF11120-2026-11", "fresh41", "IF11120", 27
TITLE = "U.S.-Japan Trade Agreements and Tariff Negotiations"
LAYOUTS = ["interleaved", "layout"]
PDF_OPTS = ["lig", "quotes", "hyph"]
CHART = {"unit": "percent", "ymax": 30, "ticks": [0, 10, 20, 30],
         "series": ["Rate charged on most goods from Japan"],
         "bars": {"Jan-25": (0,), "May-25": (10,), "Sep-25": (15,), "Apr-26": (10,), "Nov-26": (12.5,)}}

MD = """
U.S.-Japan Trade Agreements and Tariff Negotiations

Updated November 17, 2026

## Overview

Nearly two years into President Donald J. Trump's second term, the tariff on most goods from Japan has changed legal footing three times. What began as an "emergency" duty under the International Emergency Economic Powers Act (IEEPA) gave way, after a Supreme Court ruling, to a temporary surcharge, and that in turn to a tariff based on an investigation by the Office of the U.S. Trade Representative (USTR). Throughout, the Administration has insisted that the core of the 2025 bilateral deal, Japan's investment commitment and Section 232 auto rate, remains intact. Prime Minister Sanae Takaichi's government has not contested that view in public, but it has objected to the new tariff. Congress, whose members debated tariffs during the November 3 midterm campaign, may consider whether to define in law the President's authority in this area.

## From Threats to a Framework

Japan was among the first partners to seek talks. On April 7, 2025, the White House said it would begin negotiations with Tokyo, five days after the President had announced a "reciprocal" tariff of 24% on Japanese goods. That rate never took effect: a 10% baseline was charged instead while talks went on, and a July letter to then-Prime Minister Ishiba Shigeru warned of 25%. Separately, on March 26, 2025, the President proclaimed a 25% Section 232 tariff on imported autos, which, added to the existing 2.5% duty, raised the charge on Japanese cars to 27.5%.

An agreement in principle followed. President Trump announced on July 22, 2025, that the two countries had reached a framework deal; an executive order and memorandum of understanding signed in early September put it into effect. Its main terms were these:

- From August 7, 2025, a single IEEPA rate of 15%, inclusive of normal duties, applied to most Japanese goods.
- The auto tariff fell to 15% on September 16, 2025.
- $550 billion is to be invested by Japan in U.S. projects chosen by the Administration, with the funds to be committed before January 19, 2029.
- Japan would raise rice imports by 75% within its existing quota and buy American aircraft and farm goods.

## The Court Ruling and Its Aftermath

The legal ground shifted on February 20, 2026, when the Supreme Court held that IEEPA gives the President no power to levy tariffs. The 15% rate that the framework had fixed for most goods lapsed with the decision. Four days later the Administration invoked Section 122 of the Trade Act of 1974, which allows a surcharge of up to 15% for no more than 150 days to address balance-of-payments problems. A 10% surcharge, at first applied to goods from nearly every partner including Japan, was the result. It ended on July 23, 2026, and Congress did not vote to extend it. The Administration had, in March, floated a move to the full 15% that the statute permits; that never happened.

In anticipation of the surcharge's expiration, USTR had started investigations under Section 301 of the Trade Act into the practices of more than a dozen trading partners, Japan among them. For Japan, the agency found in July that certain practices were unreasonable and burdened U.S. commerce, and since July 24, 2026, a tariff of 12.5% has been charged on most goods from Japan under that authority. South Korea's goods, by contrast, face a 15% rate. USTR has said it could increase Japan's rate to 20% if investment under the framework falls behind schedule, a step Tokyo's trade minister called "unacceptable." Importers, meanwhile, are pursuing refunds of IEEPA duties in the Court of International Trade; for Japanese goods these could exceed $20 billion.

Section 232 tariffs, which rest on national-security findings, were unaffected by the ruling. On Japanese autos and parts the rate is still 15%. Steel and aluminum face 50%, and Japan's generic pharmaceuticals are exempt from the tariffs imposed on branded drugs last year.

Table 1. Selected U.S. Tariffs on Goods from Japan

| Product | Legal authority | Rate now | Earlier rate |
| --- | --- | --- | --- |
| Most goods | Section 301 | 12.5% | 10% (Section 122) |
| Autos and parts | Section 232 | 15% | 27.5% |
| Steel, aluminum | Section 232 | 50% | 25% |

Source: CRS, from USTR notices and presidential proclamations.

**Figure 1. Tariff on Most Goods from Japan, 2025-2026**

Source: CRS. Rates in force at the start of each month shown.

## Investment Commitment

Projects under the framework are selected by an investment committee chaired by the Commerce Secretary, and Japan's state-backed lenders, the Japan Bank for International Cooperation and Nippon Export and Investment Insurance, are to supply most of the money. The first three projects, in energy and shipbuilding, were announced in October and are valued at about $40 billion. Japanese officials have said repeatedly that the pledge cannot be disbursed faster than viable projects emerge.

## Politics in Tokyo

Takaichi, who succeeded Ishiba in October 2025, strengthened her hand in the Lower House election held on February 8, 2026, when her Liberal Democratic Party (LDP) won a commanding majority; with the Japan Innovation Party (Ishin) it controls more than two-thirds of that chamber. The ruling bloc remains short of a majority in the Upper House, where the next election is not due until the summer of 2028.

## Trade and Investment

In 2025 Japan was the sixth-largest U.S. trading partner. The United States sold Japan $127.8 billion in goods and services that year, of which goods made up $78.3 billion and services $49.5 billion. Purchases from Japan totaled $185.6 billion: goods ($141.0 billion) and services ($44.6 billion). The goods trade deficit, $62.7 billion, was the ninth-largest with any partner, having narrowed from $69.9 billion in 2024 as shipments of Japanese vehicles declined.

Japan has been the leading source of foreign direct investment (FDI) in the United States since 2019. Its stock of FDI reached $776 billion at the end of 2025, roughly ten times that of U.S. investment in Japan, which stood at $74 billion. Japan is also the largest foreign holder of U.S. Treasury securities; its holdings, near $1.2 trillion in September 2026, exceed those of the United Kingdom and China.

## Earlier Agreements

Two limited agreements negotiated in Trump's first term, the U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement, were signed on October 7, 2019. Both entered into force on January 1, 2020. The USJTA cut Japanese tariffs on U.S. beef, pork, and other farm goods, while the United States lowered duties on some industrial products. A third accord, the U.S.-Japan Critical Minerals Agreement, was signed on March 28, 2023, under the Biden Administration; a rare-earths framework followed in October 2025.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald J. Trump's second term"),
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "Prime Minister Sanae Takaichi's government", note="given name first; Ishiba former"),
        "tariffs.us_tariff_most_imports": F(12.5, period="2026-07-24", as_written="since July 24, 2026, a tariff of 12.5% has been charged on most goods from Japan under that authority", note="Section 301; also Table 1's 'Rate now' column"),
        "tariffs.ieepa_rate": F(15, period="2025-08-07", as_written="From August 7, 2025, a single IEEPA rate of 15%, inclusive of normal duties, applied to most Japanese goods", note="the framework rate, voided by the ruling (as extract-dev D6); also 'The 15% rate that the framework had fixed for most goods lapsed with the decision'"),
        "tariffs.section232_autos": F(15, as_written="On Japanese autos and parts the rate is still 15%", note="also the bullet 'The auto tariff fell to 15% on September 16, 2025' and Table 1"),
        "tariffs.section122_surcharge": F(10, as_written="A 10% surcharge, at first applied to goods from nearly every partner including Japan, was the result", note="expired July 23, 2026"),
        "tariffs.ieepa_ruling": D("2026-02-20", as_written="The legal ground shifted on February 20, 2026, when the Supreme Court held that IEEPA gives the President no power to levy tariffs"),
        "framework.announced": D("2025-07-22", as_written="President Trump announced on July 22, 2025, that the two countries had reached a framework deal"),
        "framework.investment_pledge": F(550000000000, by="2029-01-19", as_written="$550 billion is to be invested by Japan in U.S. projects chosen by the Administration, with the funds to be committed before January 19, 2029"),
        "trade.overall_partner_rank": F(6, period="2025", as_written="In 2025 Japan was the sixth-largest U.S. trading partner"),
        "trade.us_exports_to_japan": F(127800000000, period="2025", as_written="The United States sold Japan $127.8 billion in goods and services that year"),
        "trade.us_goods_exports_to_japan": F(78300000000, period="2025", as_written="of which goods made up $78.3 billion"),
        "trade.us_services_exports_to_japan": F(49500000000, period="2025", as_written="and services $49.5 billion"),
        "trade.us_imports_from_japan": F(185600000000, period="2025", as_written="Purchases from Japan totaled $185.6 billion", note="year carried from the sentence before"),
        "trade.us_goods_imports_from_japan": F(141000000000, period="2025", as_written="goods ($141.0 billion)"),
        "trade.us_services_imports_from_japan": F(44600000000, period="2025", as_written="and services ($44.6 billion)"),
        "trade.goods_deficit": F(62700000000, period="2025", as_written="The goods trade deficit, $62.7 billion"),
        "trade.goods_deficit_rank": F(9, period="2025", as_written="was the ninth-largest with any partner"),
        "trade.fdi_source_rank": F(1, as_written="Japan has been the leading source of foreign direct investment (FDI) in the United States since 2019"),
        "trade.japan_fdi_stock_in_us": F(776000000000, period="2025", as_written="Its stock of FDI reached $776 billion at the end of 2025"),
        "trade.us_fdi_stock_in_japan": F(74000000000, period="2025", as_written="U.S. investment in Japan, which stood at $74 billion", note="year carried from the same sentence"),
        "trade.treasury_holder_rank": F(1, period="2026-09", as_written="Japan is also the largest foreign holder of U.S. Treasury securities"),
        "agreements.usjta_signed": D("2019-10-07", as_written="the U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement, were signed on October 7, 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="Both entered into force on January 1, 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="Both entered into force on January 1, 2020"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="the U.S.-Japan Critical Minerals Agreement, was signed on March 28, 2023"),
    },
    "elections": {
        "lower_house_2026": E("Lower House", "2026-02-08", "held", result="LDP won a commanding majority; with Ishin more than two-thirds"),
        "upper_house_2028": E("Upper House", "2028", "upcoming", note="'not due until the summer of 2028'"),
    },
    "events": {
        "tariff_talks_announced": EV("White House says it will begin tariff negotiations with Japan", "2025-04-07", "held"),
        "section232_autos_proclamation": EV("President proclaims a 25% Section 232 tariff on imported autos", "2025-03-26", "held"),
        "section122_surcharge_expired": EV("The 10% Section 122 surcharge ends", "2026-07-23", "held"),
    },
    "notes": "Traps: 'Nearly two years into ... second term' and 'changed legal footing three times'; 'the November 3 midterm campaign' (a U.S. election, no slug); 'five days after the President had announced a \"reciprocal\" tariff of 24%' (announced, never in effect); 'a 10% baseline was charged instead while talks went on' (past rate); 'a July letter to then-Prime Minister Ishiba Shigeru warned of 25%' (threatened; former prime minister); 'a 25% Section 232 tariff on imported autos, which, added to the existing 2.5% duty, raised the charge on Japanese cars to 27.5%' (past auto rates); 'an executive order and memorandum of understanding signed in early September' (not the announcement); bullet 'raise rice imports by 75% within its existing quota'; 'Section 122 of the Trade Act of 1974, which allows a surcharge of up to 15% for no more than 150 days' (statutory cap); 'Four days later'; 'floated a move to the full 15% that the statute permits; that never happened' (proposed); 'more than a dozen trading partners'; 'South Korea's goods, by contrast, face a 15% rate' (another country); 'could increase Japan's rate to 20%' (threatened); 'refunds of IEEPA duties ... could exceed $20 billion'; 'Steel and aluminum face 50%' and 'the tariffs imposed on branded drugs last year'; Table 1's 'Earlier rate' column (10% Section 122, 27.5%, 25%) and the steel row; Figure 1 (month labels Jan-25 to Nov-26, ticks 0-30, no value labels); 'The first three projects ... valued at about $40 billion'; 'who succeeded Ishiba in October 2025'; 'more than two-thirds of that chamber'; 'having narrowed from $69.9 billion in 2024' (past deficit); 'roughly ten times'; 'near $1.2 trillion in September 2026' (holdings, not FDI) and 'exceed those of the United Kingdom and China'; 'a rare-earths framework followed in October 2025' (not the 2023 agreement). Layout: pdftotext -layout runs the two columns side by side; interleaved: column lines alternate; both with ligatures, curly quotes and hyphenated line ends.",
}
