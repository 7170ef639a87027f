from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "VD2-IF11120-2025-12", "fresh42", "IF11120", 24
TITLE = "U.S.-Japan Trade Agreements and Tariff Negotiations"
LAYOUTS = ["pdf", "md"]
PDF_OPTS = ["nbsp", "quotes", "lig"]
CHART = {"unit": "percent", "ymax": 30, "ticks": [0, 10, 20, 30],
         "series": ["Tariff on Japanese passenger vehicles"],
         "bars": {"Jan. 2025": (2.5,), "Apr. 2025": (27.5,), "Aug. 2025": (27.5,), "Oct. 2025": (15,), "Dec. 2025": (15,)}}

MD = """
U.S.-Japan Trade Agreements and Tariff Negotiations

Updated December 9, 2025

## Overview

A year of tariff disputes between the United States and Japan has settled, for now, into a negotiated arrangement. Most goods from Japan enter the United States under a 15% tariff, a level both governments accepted in a framework agreement that President Donald J. Trump made public on July 22, 2025. In return for lower U.S. tariffs, Japan undertook to finance $550 billion of investment in the United States. Whether that arrangement lasts depends in part on the Supreme Court, which heard arguments on November 5 over whether the International Emergency Economic Powers Act (IEEPA) lets the President impose tariffs at all. A decision could come at any time. Congress has a stake in the investment mechanism's design, in tariff refunds should the Court rule against the Administration, and in the fate of the two 2019 trade agreements.

## From Threats to a Framework

The year's first blows were product tariffs. Duties of 25% on steel and aluminum (raised to 50% in June) applied to Japan from March 12. A Section 232 proclamation signed on March 26 then placed a 25% tariff on imported cars, on top of the 2.5% MFN duty, starting April 3. On April 2, the President announced a 24% "reciprocal" tariff for Japan; it was suspended within a week, leaving a 10% baseline tariff in force from April 5. Japan sought talks at once, and on April 7 the President said it would be among the first countries to negotiate. Seven rounds followed, led by Akazawa Ryosei, Japan's economic revitalization minister. In a July 7 letter, the President warned that the rate would climb to 25% on August 1 absent a deal.

The deal that emerged two weeks later was put into effect in stages:

- From August 7, Japanese goods have paid a 15% tariff under IEEPA, inclusive of the MFN duty; a good whose MFN rate is already 15% or higher pays no added charge.
- Tariffs on Japanese vehicles and parts were cut to 15%, again MFN-inclusive, on September 16, from the 27.5% charged since spring.
- A memorandum of understanding signed on September 4 governs the investment: Japan is to fund projects the United States selects before January 19, 2029. Cash flows are to be split evenly until Japan's outlay is recouped, after which 90% goes to the U.S. side.
- Japan agreed to buy 100 Boeing aircraft and to raise its purchases of U.S. rice by 75% within its existing tariff-rate quota.

## Where Tariffs Stand

Table 1. U.S. Tariffs Applied to Goods from Japan, December 2025

| Goods | Legal basis | Rate |
| --- | --- | --- |
| Most goods | IEEPA | 15% (MFN-inclusive) |
| Passenger vehicles and parts | Section 232 | 15% (MFN-inclusive) |
| Steel, aluminum, copper | Section 232 | 50% |
| Generic pharmaceuticals | none | exempt |

Source: CRS, from executive orders and proclamations.

Japan's deal compares well with those of some partners: India's goods face 50%, and Switzerland's paid 39% until a November accord lowered its rate to 15%. Should the Court strike down the IEEPA tariffs, the Administration has said it could turn to other statutes, among them Section 122 of the Trade Act of 1974, which allows a surcharge of up to 15% for no longer than 150 days. None has yet been invoked against Japan. Section 232 duties, including those on autos, are not at issue in the case.

**Figure 1. U.S. Tariff on Passenger Vehicles from Japan, 2025**

Source: CRS. Rates include the 2.5% MFN duty.

## Politics in Tokyo

Takaichi Sanae became prime minister on October 21, the first woman to hold the post. She had won the LDP presidency on October 4, a month after Ishiba Shigeru, weakened by the ruling bloc's loss of its Upper House majority in the July 20 election, said he would step down. Komeito then ended its 26-year coalition with the LDP, which now governs with the support of Nippon Ishin. When the President visited Tokyo on October 28, he and Takaichi signed a framework on critical minerals and rare earths, and the two governments published a list of Japanese firms' interest in U.S. projects worth as much as $400 billion.

## Trade and Investment Ties

In 2024, Japan ranked sixth among U.S. trading partners, counting goods and services. U.S. sales to Japan came to $129.1 billion that year, of which goods made up $79.7 billion and services $49.4 billion. Purchases ran the other way at a higher level: the United States imported $192.4 billion from Japan, $148.2 billion of it goods and $44.2 billion services.

The goods shortfall, $68.5 billion, placed Japan seventh among U.S. bilateral goods deficits; the gaps with China ($295.4 billion) and Mexico ($171.8 billion) were far larger. Through September 2025, the deficit with Japan was running about 10% below the prior year's pace.

Japanese companies held an FDI position in the United States of nearly $800 billion at the end of 2024. That made Japan the leading source country, a position it has held since 2019. Americans' direct investment in Japan is much smaller, about $72 billion. Japan also leads all other countries in holdings of U.S. Treasury securities.

## Earlier Agreements

The U.S.-Japan Trade Agreement (USJTA), a limited deal on agricultural and industrial tariffs, was signed on October 7, 2019, alongside a digital trade agreement. Both entered into force on January 1, 2020. A critical minerals agreement followed on March 28, 2023, giving Japanese-processed minerals standing under the Inflation Reduction Act's clean vehicle credit. The 2025 framework did not amend these texts.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald J. Trump"),
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "Takaichi Sanae became prime minister on October 21", note="family name first; Ishiba former"),
        "tariffs.us_tariff_most_imports": F(15, period="2025-08-07", as_written="Most goods from Japan enter the United States under a 15% tariff", note="also the first bullet ('From August 7, Japanese goods have paid a 15% tariff under IEEPA, inclusive of the MFN duty') and Table 1's 'Most goods' row"),
        "tariffs.ieepa_rate": F(15, period="2025-08-07", as_written="From August 7, Japanese goods have paid a 15% tariff under IEEPA, inclusive of the MFN duty"),
        "tariffs.section232_autos": F(15, period="2025-09-16", as_written="Tariffs on Japanese vehicles and parts were cut to 15%, again MFN-inclusive, on September 16", note="also Table 1's vehicles row"),
        "framework.announced": D("2025-07-22", as_written="a framework agreement that President Donald J. Trump made public on July 22, 2025"),
        "framework.investment_pledge": F(550000000000, by="2029-01-19", as_written="Japan undertook to finance $550 billion of investment in the United States", note="deadline from the third bullet: 'Japan is to fund projects the United States selects before January 19, 2029'"),
        "trade.overall_partner_rank": F(6, period="2024", as_written="In 2024, Japan ranked sixth among U.S. trading partners, counting goods and services"),
        "trade.us_exports_to_japan": F(129100000000, period="2024", as_written="U.S. sales to Japan came to $129.1 billion that year"),
        "trade.us_goods_exports_to_japan": F(79700000000, period="2024", as_written="of which goods made up $79.7 billion"),
        "trade.us_services_exports_to_japan": F(49400000000, period="2024", as_written="and services $49.4 billion"),
        "trade.us_imports_from_japan": F(192400000000, period="2024", as_written="the United States imported $192.4 billion from Japan"),
        "trade.us_goods_imports_from_japan": F(148200000000, period="2024", as_written="$148.2 billion of it goods"),
        "trade.us_services_imports_from_japan": F(44200000000, period="2024", as_written="and $44.2 billion services"),
        "trade.goods_deficit": F(68500000000, period="2024", as_written="The goods shortfall, $68.5 billion", note="year carried from the previous paragraph"),
        "trade.goods_deficit_rank": F(7, period="2024", as_written="placed Japan seventh among U.S. bilateral goods deficits"),
        "trade.japan_fdi_stock_in_us": F(800000000000, "nearly", period="2024", as_written="Japanese companies held an FDI position in the United States of nearly $800 billion at the end of 2024"),
        "trade.fdi_source_rank": F(1, as_written="That made Japan the leading source country, a position it has held since 2019"),
        "trade.us_fdi_stock_in_japan": F(72000000000, "about", period="2024", as_written="Americans' direct investment in Japan is much smaller, about $72 billion", note="year carried from the paragraph"),
        "trade.treasury_holder_rank": F(1, as_written="Japan also leads all other countries in holdings of U.S. Treasury securities"),
        "agreements.usjta_signed": D("2019-10-07", as_written="The U.S.-Japan Trade Agreement (USJTA), a limited deal on agricultural and industrial tariffs, was signed on October 7, 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="Both entered into force on January 1, 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="Both entered into force on January 1, 2020", note="'Both' = the USJTA and the digital trade agreement"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="A critical minerals agreement followed on March 28, 2023"),
    },
    "elections": {
        "upper_house_2025": E("Upper House", "2025-07-20", "held", result="ruling bloc lost its majority", note="year from the cover"),
        "ldp_president_2025": E("LDP president", "2025-10-04", "held", result="Takaichi Sanae won"),
    },
    "events": {
        "section232_autos_proclamation": EV("Section 232 proclamation of a 25% tariff on imported cars", "2025-03-26", "held"),
        "tariff_talks_announced": EV("President says Japan will be among the first countries to negotiate", "2025-04-07", "held"),
    },
    "notes": "Traps: 'the Supreme Court, which heard arguments on November 5' and 'A decision could come at any time' (no tariffs.ieepa_ruling); 'the two 2019 trade agreements'; 'Duties of 25% on steel and aluminum (raised to 50% in June) applied to Japan from March 12' (product tariffs); 'placed a 25% tariff on imported cars, on top of the 2.5% MFN duty, starting April 3' (past auto rate); 'announced a 24% \"reciprocal\" tariff for Japan; it was suspended within a week, leaving a 10% baseline tariff in force from April 5' (past rates); 'Seven rounds followed, led by Akazawa Ryosei'; 'In a July 7 letter, the President warned that the rate would climb to 25% on August 1' (threatened); 'The deal that emerged two weeks later'; bullet 'a good whose MFN rate is already 15% or higher pays no added charge'; bullet 'from the 27.5% charged since spring' (past auto rate); bullet 'A memorandum of understanding signed on September 4' (not the announcement); bullet 'split evenly until Japan's outlay is recouped, after which 90% goes to the U.S. side'; bullet '100 Boeing aircraft' and 'rice by 75%'; Table 1's steel/aluminum/copper row (50%) and pharmaceuticals row; 'India's goods face 50%, and Switzerland's paid 39% until a November accord lowered its rate to 15%' (other countries); 'Section 122 of the Trade Act of 1974, which allows a surcharge of up to 15% for no longer than 150 days. None has yet been invoked' (a possible authority: no tariffs.section122_surcharge); Figure 1 (auto tariff by month: bar labels and ticks only, no value labels); 'became prime minister on October 21' (a date); 'a month after Ishiba Shigeru ... said he would step down' (former prime minister); 'Komeito then ended its 26-year coalition'; 'When the President visited Tokyo on October 28, he and Takaichi signed a framework on critical minerals and rare earths' (not the 2023 agreement) and 'worth as much as $400 billion' (project list, not the pledge); 'China ($295.4 billion) and Mexico ($171.8 billion)' (other countries' deficits); 'Through September 2025, the deficit with Japan was running about 10% below the prior year's pace'; 'a position it has held since 2019' (a year beside the FDI rank). PDF: NBSP before billion/percent, curly quotes, ligatures; md: the figure is its caption and source line.",
}
