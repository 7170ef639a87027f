from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "AI2-IF11120-2022-09", "fresh16", "IF11120", 14
TITLE = "U.S.-Japan Trade Agreement Negotiations"
LAYOUTS = ["interleaved", "md"]
PDF_OPTS = ["quotes", "nbsp", "hyph"]
CHART = {"unit": "$ billions", "ymax": 200, "ticks": [0, 50, 100, 150, 200],
         "series": ["U.S. exports", "U.S. imports"],
         "bars": {"2017": (114.6, 171.7), "2018": (121.1, 179.7), "2019": (124.3, 179.5),
                  "2020": (104.4, 147.6), "2021": (112.2, 167.8)}}

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated September 20, 2022

## Overview

Nearly three years after they took effect, two limited "stage one" agreements negotiated by the Trump Administration, the U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement (DTA), remain the only trade agreements between the two countries. Japan's government, headed since October 2021 by Kishida Fumio of the Liberal Democratic Party (LDP), has urged the United States to return to the Trans-Pacific Partnership it left in 2017, now the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP). The Biden Administration has declined, favoring the Indo-Pacific Economic Framework for Prosperity (IPEF), which offers no tariff cuts. When Joe Biden made his first visit to Japan as President in May, IPEF was launched in Tokyo with twelve other countries; Fiji joined days later.

Japanese politics are stable for now. Former Prime Minister Abe Shinzo, who negotiated stage one with then-President Donald Trump, was assassinated on July 8 while campaigning for the July 10 House of Councillors election, in which the LDP and its coalition partner, Komeito, gained seats. No national election is required for nearly three years.

## Stage One

The two leaders agreed in a September 2018 joint statement to open talks, and formal negotiations began in Washington on April 15-16, 2019. On May 17, 2019, President Trump proclaimed under Section 232 of the Trade Expansion Act of 1962 that imports of autos and parts threatened U.S. national security; rather than impose the tariffs of up to 25% that the Commerce Department had examined, he directed USTR to negotiate with Japan and the European Union. An agreement in principle followed at the G-7 summit in Biarritz on August 25, 2019. The leaders declared it final in New York a month later, on September 25. Both texts were signed on October 7, 2019, and both have been in force since New Year's Day 2020. Because the tariff cuts were made under delegated authority and the DTA required no change to U.S. law, Congress did not vote on either.

Under the USJTA, Japan cut or eliminated tariffs on about $7.2 billion of U.S. farm products, matching the access it gives CPTPP members. Its tariff on U.S. beef, 38.5% before the agreement, fell to 24.1% on April 1 and is to reach 9% in FY2033. The United States cut tariffs on some $40 million of Japanese farm goods and on a range of industrial goods, but not on autos, which still pay the 2.5% MFN rate. The DTA, which covers digital trade worth roughly $40 billion a year, bars customs duties on electronic transmissions and forced disclosure of source code.

No Section 232 tariffs on Japanese autos have been imposed. Steel is a different matter: since April 1, 2022, a tariff-rate quota has let up to 1.25 million metric tons of Japanese steel a year enter free of the 25% Section 232 duty imposed in 2018. Japanese aluminum still pays 10%.

## Trade and Investment Ties

Japan's place in U.S. trade has slipped. A fourth-ranked partner as recently as 2019, it came fifth in 2021, when the two countries traded some $280 billion in goods and services (Figure 1).

**Figure 1. U.S. Trade in Goods and Services with Japan, 2017-2021**

Source: Bureau of Economic Analysis, international transactions data, July 2022.

Of the $112.2 billion in goods and services U.S. firms sold to Japan in 2021, merchandise accounted for $76.7 billion; services, led by royalties, travel, and financial services, made up the other thirty-five and a half billion dollars. Half again as large were U.S. imports from Japan: $167.8 billion, of which goods made up $132.6 billion and services $35.2 billion. Both flows had dropped in 2020, to $104.4 billion and $147.6 billion, respectively, before recovering.

Subtracting one goods figure from the other leaves a U.S. deficit in goods trade with Japan of close to fifty-six billion dollars in 2021. It was the fourth-largest U.S. bilateral goods deficit; for much of the 2000s, Japan's had ranked second, behind China's. In the first seven months of 2022 it ran at about $38 billion, widened by the yen's fall to a 24-year low against the dollar.

Investment runs more heavily in Japan's favor. Japanese firms' direct investment position in the United States rose to $721.1 billion in 2021 from $648.0 billion a year earlier, and no other country's is larger, as has been true since Japan passed the United Kingdom in 2019. U.S. firms' position in Japan, about $125 billion that year, was roughly a sixth the size. At $1.24 trillion in June, Japanese holdings of U.S. Treasury securities exceeded those of any other foreign country, China's included ($968 billion).

## Issues for Congress

- **A second stage.** The September 2019 joint statement called for consultations within four months after entry into force on a broader agreement covering services, investment, and remaining tariffs. They never began, and the Biden Administration has shown no interest in reviving them.
- **IPEF.** Whether the framework, whose fourteen members held their first in-person ministerial meeting in Los Angeles on September 8-9, can produce enforceable commitments without tariff cuts or a congressional vote.
- **Trade promotion authority.** TPA lapsed on July 1, 2021; any comprehensive agreement needing congressional approval would likely require its renewal.
- **CPTPP.** China and Taiwan applied to join in September 2021, and the United Kingdom is negotiating its accession.
- **Economic security.** The first meeting of the "Economic 2+2," held on July 29, took up semiconductors, supply chains, and export controls.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Biden", "Joe", "When Joe Biden made his first visit to Japan as President in May", note="name and title in one clause, 'President' after the name; elsewhere 'the Biden Administration'"),
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Japan's government, headed since October 2021 by Kishida Fumio", note="no 'Prime Minister' title: head of government"),
        "trade.overall_partner_rank": F(5, period="2021", as_written="A fourth-ranked partner as recently as 2019, it came fifth in 2021", note="subject 'Japan' carried from the sentence before"),
        "trade.us_exports_to_japan": F(112200000000, period="2021", as_written="Of the $112.2 billion in goods and services U.S. firms sold to Japan in 2021"),
        "trade.us_goods_exports_to_japan": F(76700000000, period="2021", as_written="merchandise accounted for $76.7 billion"),
        "trade.us_services_exports_to_japan": F(35500000000, period="2021", as_written="services, led by royalties, travel, and financial services, made up the other thirty-five and a half billion dollars", note="number in words"),
        "trade.us_imports_from_japan": F(167800000000, period="2021", as_written="Half again as large were U.S. imports from Japan: $167.8 billion"),
        "trade.us_goods_imports_from_japan": F(132600000000, period="2021", as_written="of which goods made up $132.6 billion"),
        "trade.us_services_imports_from_japan": F(35200000000, period="2021", as_written="and services $35.2 billion"),
        "trade.goods_deficit": F(56000000000, "nearly", period="2021", as_written="a U.S. deficit in goods trade with Japan of close to fifty-six billion dollars in 2021", note="number in words"),
        "trade.goods_deficit_rank": F(4, period="2021", as_written="It was the fourth-largest U.S. bilateral goods deficit", note="subject carried from the sentence before"),
        "trade.japan_fdi_stock_in_us": F(721100000000, period="2021", as_written="Japanese firms' direct investment position in the United States rose to $721.1 billion in 2021 from $648.0 billion a year earlier"),
        "trade.fdi_source_rank": F(1, period="2021", as_written="and no other country's is larger, as has been true since Japan passed the United Kingdom in 2019"),
        "trade.us_fdi_stock_in_japan": F(125000000000, "about", period="2021", as_written="U.S. firms' position in Japan, about $125 billion that year", note="year carried ('that year')"),
        "trade.treasury_holder_rank": F(1, period="2022-06", as_written="At $1.24 trillion in June, Japanese holdings of U.S. Treasury securities exceeded those of any other foreign country, China's included"),
        "agreements.usjta_signed": D("2019-10-07", as_written="Both texts were signed on October 7, 2019", note="'Both texts' = the USJTA and the DTA, named in the Overview"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="both have been in force since New Year's Day 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="both have been in force since New Year's Day 2020"),
    },
    "elections": {
        "upper_house_2022": E("Upper House", "2022-07-10", "held", result="LDP and Komeito gained seats"),
    },
    "events": {
        "first_negotiating_round": EV("formal negotiations began in Washington on April 15-16, 2019", "2019-04", "held"),
        "section232_autos_proclamation": EV("Section 232 autos proclamation; no tariffs imposed", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("leaders declared the stage one agreement final in New York", "2019-09-25", "held"),
        "abe_assassination": EV("former Prime Minister Abe Shinzo assassinated while campaigning", "2022-07-08"),
    },
    "notes": "Traps: 'Nearly three years after they took effect' (no date); 'the Trans-Pacific Partnership it left in 2017'; 'IPEF was launched in Tokyo with twelve other countries; Fiji joined days later' (no IF11120 fact); 'then-President Donald Trump' and 'President Trump proclaimed' (former president); 'Former Prime Minister Abe Shinzo' (former PM); 'No national election is required for nearly three years' (no date, no slug); 'The two leaders agreed in a September 2018 joint statement to open talks' (no tracked event: not tariff_talks_announced, which is April 2025's); 'April 15-16, 2019' (a span of days, dated by its month); 'the tariffs of up to 25% that the Commerce Department had examined' (never imposed: no Section 232 auto rate); 'An agreement in principle followed at the G-7 summit in Biarritz on August 25, 2019' (not the finalization); 'The leaders declared it final in New York a month later, on September 25' (year carried from the sentence before); 'about $7.2 billion of U.S. farm products'; 'Its tariff on U.S. beef, 38.5% before the agreement, fell to 24.1% on April 1 and is to reach 9% in FY2033' (Japan's tariffs); 'some $40 million of Japanese farm goods'; 'which still pay the 2.5% MFN rate' (no tariff on most imports); 'roughly $40 billion a year'; 'No Section 232 tariffs on Japanese autos have been imposed'; 'up to 1.25 million metric tons', 'the 25% Section 232 duty imposed in 2018' and 'Japanese aluminum still pays 10%' (sectoral); 'A fourth-ranked partner as recently as 2019' (past rank); 'some $280 billion in goods and services' (two-way total); 'Both flows had dropped in 2020, to $104.4 billion and $147.6 billion, respectively' (past year); 'for much of the 2000s, Japan's had ranked second, behind China's' (past deficit rank); 'In the first seven months of 2022 it ran at about $38 billion' (partial year); 'a 24-year low against the dollar' (no IF11120 fact); 'from $648.0 billion a year earlier' (2020 stock); 'since Japan passed the United Kingdom in 2019'; 'was roughly a sixth the size' (a fraction, no fact); 'China's included ($968 billion)' (another country); Issues list: 'within four months after entry into force', 'whose fourteen members', 'on September 8-9', 'TPA lapsed on July 1, 2021', 'applied to join in September 2021', 'held on July 29'; Figure 1 (goods and services trade 2017-2021, $ billions, two series, ticks 0-200, no values); title of the era 'U.S.-Japan Trade Agreement Negotiations'; PDF curly quotes, NBSP and hyphenated line ends in the interleaved text",
}
