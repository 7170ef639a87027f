from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "SA2-IF11120-2024-05", "fresh39", "IF11120", 19
TITLE = "U.S.-Japan Trade Agreements and Negotiations"
LAYOUTS = ["html", "pdf"]
PDF_OPTS = ["lig", "nbsp"]
SIDEBAR = "What the 2019 Agreements Cover"
CHART = {"unit": "$ billions", "ymax": 200, "ticks": [0, 50, 100, 150, 200],
         "series": ["Exports to Japan", "Imports from Japan"],
         "bars": {"2019": (125.3, 179.3), "2020": (104.6, 149.2), "2021": (112.2, 167.8), "2022": (117.6, 181.9), "2023": (121.0, 184.0)}}

MD = """
U.S.-Japan Trade Agreements and Negotiations

Updated May 6, 2024

## Overview

Economic ties with Japan were given new attention in April 2024, when Prime Minister Kishida Fumio was hosted by President Joseph R. Biden, Jr., for a state visit (the first by a Japanese leader in nine years). Kishida addressed a joint meeting of Congress on April 11; the last Japanese leader to do so, Abe Shinzo, had spoken there in 2015. No new trade agreement was announced. Instead, cooperation on supply chains, clean energy, and defense production was emphasized, and a pending Japanese acquisition of a U.S. steel producer was left unresolved.

Trade relations are now governed by two limited agreements concluded during the Trump Administration (see the sidebar). Comprehensive negotiations, which had been envisioned as a second stage, have not been pursued by the Biden Administration, which has preferred the Indo-Pacific Economic Framework for Prosperity (IPEF), a nonbinding initiative that does not cover tariffs. Former President Trump, now the presumptive Republican nominee, has proposed a 10% tariff on all U.S. imports, a figure some of his advisers have suggested could be higher.

## How the Current Agreements Were Reached

The talks were launched after the United States left the Trans-Pacific Partnership (TPP) in January 2017. A formal round was held in Washington in mid-April 2019. That May, the President's finding that imports of autos and parts threatened U.S. national security was issued (by proclamation on May 17), and tariffs of up to 25% were floated; none was ever imposed. A deal in principle was announced by the two leaders in New York on September 25, 2019.

The resulting texts (the U.S.-Japan Trade Agreement, or USJTA, and a separate Digital Trade Agreement) were signed in Washington on October 7, 2019. Both were implemented by executive action rather than submitted to Congress, and both have been in effect since January 1, 2020.

## What the 2019 Agreements Cover

- Japanese tariffs on about $7.2 billion of U.S. farm exports (beef, pork, wheat, wine, and others) were cut or eliminated, largely to the levels set in the TPP.
- U.S. tariffs on about $40 billion of Japanese goods (mostly industrial) were reduced; the 2.5% duty on passenger cars was left in place.
- Data localization and discrimination against digital products were barred.

## Trade and Investment Figures

In 2023, Japan was ranked as the sixth-largest U.S. trading partner (on total goods and services trade). U.S. exports to Japan (goods and services combined) were valued at $121.0 billion, up from $117.6 billion in 2022. Of that total, $76.9 billion was accounted for by goods and $44.1 billion by services. Imports from Japan were larger: $184.0 billion ($148.0 billion in goods and $36.0 billion in services).

**Figure 1. U.S. Trade with Japan, 2019-2023**

Source: CRS, with data from the Bureau of Economic Analysis (BEA).

The goods deficit ($71.1 billion) was the fifth-largest the United States ran with any partner in 2023, behind those with China, Mexico, Vietnam, and Germany. It had been the fourth-largest in some earlier years.

Investment flows are weighted more heavily toward the United States. Japanese direct investment here (measured on a historical-cost basis) was valued at $783.3 billion at the end of 2023, a larger stock than that of any other country. U.S. direct investment in Japan is far smaller (roughly $130 billion in the same year). Nippon Steel's proposed $14.9 billion purchase of U.S. Steel, announced last December, would add to the Japanese total if approved; opposition to it has been voiced by President Biden and by several Members of Congress. In addition, more U.S. Treasury securities are held by Japan (about $1.17 trillion as of February 2024) than by any other foreign country.

## Other Issues

Steel and aluminum: the Section 232 tariffs imposed in 2018 (25% and 10%, respectively) were replaced for Japan on April 1, 2022, by tariff-rate quotas that allow set volumes to enter duty-free.

Agriculture: rice and several dairy products were excluded from the 2019 tariff cuts, and U.S. producers have asked that any future talks be used to widen their access. Japanese officials have said that such concessions could be offered only in a broader negotiation in which U.S. auto tariffs were also addressed.

Critical minerals: a U.S.-Japan Critical Minerals Agreement was signed on March 28, 2023, so that Japanese-sourced minerals could be counted toward the clean vehicle tax credit of the Inflation Reduction Act. Talks on similar arrangements with the European Union (EU) and the United Kingdom (UK) have not been concluded.

Japan's wider agenda: Japan is a leading member of the 11-country Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP), which the UK signed in July 2023, and of the Regional Comprehensive Economic Partnership (RCEP). An Economic Partnership Agreement with the EU has been in force since February 2019.

Politics: Kishida's term as president of the Liberal Democratic Party (LDP) runs until September, when a leadership contest is to be held. His cabinet's approval ratings have fallen below 25% in several polls after a party fundraising scandal. The yen was weakened in late April to about ¥160 per dollar, its lowest level since 1990.

## Issues for Congress

Members may consider whether a broader agreement, covering autos, services, and rules, should be sought; whether the 2019 agreements, which were not approved by Congress, should be extended; and how a future tariff increase (such as the 10% proposal) would affect Japanese investment in U.S. manufacturing.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Biden", "Joseph", "President Joseph R. Biden, Jr.", note="given name written 'Joseph'"),
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Kishida Fumio", note="family name first"),
        "trade.overall_partner_rank": F(6, period="2023", as_written="In 2023, Japan was ranked as the sixth-largest U.S. trading partner (on total goods and services trade)"),
        "trade.us_exports_to_japan": F(121000000000, period="2023", as_written="U.S. exports to Japan (goods and services combined) were valued at $121.0 billion, up from $117.6 billion in 2022", note="year carried from the sentence before"),
        "trade.us_goods_exports_to_japan": F(76900000000, period="2023", as_written="Of that total, $76.9 billion was accounted for by goods"),
        "trade.us_services_exports_to_japan": F(44100000000, period="2023", as_written="and $44.1 billion by services"),
        "trade.us_imports_from_japan": F(184000000000, period="2023", as_written="Imports from Japan were larger: $184.0 billion"),
        "trade.us_goods_imports_from_japan": F(148000000000, period="2023", as_written="($148.0 billion in goods and $36.0 billion in services)"),
        "trade.us_services_imports_from_japan": F(36000000000, period="2023", as_written="($148.0 billion in goods and $36.0 billion in services)"),
        "trade.goods_deficit": F(71100000000, period="2023", as_written="The goods deficit ($71.1 billion)"),
        "trade.goods_deficit_rank": F(5, period="2023", as_written="was the fifth-largest the United States ran with any partner in 2023, behind those with China, Mexico, Vietnam, and Germany"),
        "trade.japan_fdi_stock_in_us": F(783300000000, period="2023", as_written="Japanese direct investment here (measured on a historical-cost basis) was valued at $783.3 billion at the end of 2023"),
        "trade.fdi_source_rank": F(1, period="2023", as_written="a larger stock than that of any other country"),
        "trade.us_fdi_stock_in_japan": F(130000000000, "about", period="2023", as_written="U.S. direct investment in Japan is far smaller (roughly $130 billion in the same year)"),
        "trade.treasury_holder_rank": F(1, period="2024-02", as_written="more U.S. Treasury securities are held by Japan (about $1.17 trillion as of February 2024) than by any other foreign country"),
        "agreements.usjta_signed": D("2019-10-07", as_written="The resulting texts (the U.S.-Japan Trade Agreement, or USJTA, and a separate Digital Trade Agreement) were signed in Washington on October 7, 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="both have been in effect since January 1, 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="both have been in effect since January 1, 2020"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="a U.S.-Japan Critical Minerals Agreement was signed on March 28, 2023"),
    },
    "elections": {
        "ldp_president_2024": E("LDP president", "2024-09", "upcoming", note="'runs until September, when a leadership contest is to be held' (year from the cover)"),
    },
    "events": {
        "first_negotiating_round": EV("First formal round of U.S.-Japan trade negotiations", "2019-04", "held"),
        "section232_autos_proclamation": EV("Section 232 autos finding issued by proclamation", "2019-05-17", "held"),
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress", "2015", "held"),
        "stage_one_deal_finalized": EV("Deal in principle announced by the two leaders in New York", "2019-09-25", "held"),
    },
    "notes": "Traps: 'the first by a Japanese leader in nine years'; 'Kishida addressed a joint meeting of Congress on April 11' (Kishida's address, not the tracked Abe event) and 'the last Japanese leader to do so, Abe Shinzo, had spoken there in 2015' (former leader; listed as abe_address_to_congress, year precision); 'a pending Japanese acquisition of a U.S. steel producer'; 'Former President Trump, now the presumptive Republican nominee, has proposed a 10% tariff on all U.S. imports' (proposed, not a tariff on most imports) and 'such as the 10% proposal'; 'after the United States left the Trans-Pacific Partnership (TPP) in January 2017'; 'tariffs of up to 25% were floated; none was ever imposed' (no Section 232 auto rate); sidebar (html aside) 'about $7.2 billion of U.S. farm exports', 'about $40 billion of Japanese goods', 'the 2.5% duty on passenger cars was left in place' (MFN duty, not a Section 232 rate); 'up from $117.6 billion in 2022' (past year's exports); Figure 1 (html img alt; PDF year labels 2019-2023, ticks 0-200, legend, no values); 'It had been the fourth-largest in some earlier years' (past deficit rank); 'Nippon Steel's proposed $14.9 billion purchase of U.S. Steel, announced last December' (a proposed acquisition, not the FDI stock); 'about $1.17 trillion' (Treasury holdings); 'the Section 232 tariffs imposed in 2018 (25% and 10%, respectively) were replaced for Japan on April 1, 2022, by tariff-rate quotas' (steel and aluminum, past); 'Talks on similar arrangements with the European Union (EU) and the United Kingdom (UK)'; 'the 11-country Comprehensive and Progressive Agreement', 'which the UK signed in July 2023', 'in force since February 2019' (other agreements); 'approval ratings have fallen below 25%'; 'about ¥160 per dollar, its lowest level since 1990'. PDF: ligatures, NBSP; html: sidebar floated with Figure 1.",
}
