from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "CB2-IF11120-2021-11", "fresh22", "IF11120", 14
TITLE = "U.S.-Japan Trade Agreement Negotiations"
LAYOUTS = ["interleaved", "layout"]
PDF_OPTS = ["lig", "nbsp", "hyph"]
CHART = {"unit": "$ billions", "ymax": 1400, "ticks": [0, 350, 700, 1050, 1400],
         "series": ["Japan", "China"],
         "bars": {"2016": (1090.8, 1058.4), "2017": (1061.5, 1184.9), "2018": (1042.3, 1123.5), "2019": (1155.2, 1069.9), "2020": (1256.1, 1072.3)}}

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated November 23, 2021

## Overview

Two limited trade agreements negotiated under the Trump Administration now govern part of U.S.-Japan commerce. The U.S.-Japan Trade Agreement (USJTA), which reduces tariffs on certain agricultural and industrial goods, and the U.S.-Japan Digital Trade Agreement (DTA) were signed and entered into force on October 7, 2019, and January 1, 2020, respectively. Neither was submitted to Congress for a vote: the Administration cut U.S. tariffs under the proclamation authority that trade promotion authority (TPA) provides for small tariff changes, and it treated the DTA as an executive agreement. Both governments called the package a "stage one." Negotiations on a broader second stage, envisioned when the leaders first agreed to talk, have not begun, and the Biden Administration has not said whether it will seek them.

## How Stage One Came About

President Donald Trump, who withdrew the United States from the Trans-Pacific Partnership (TPP) in 2017, pressed Prime Minister Abe Shinzo for a bilateral deal, and in September 2018 the two agreed to open negotiations. Formal negotiations got under way in April 2019. The shadow of a tariff on Japanese cars hung over them: a May 2019 presidential proclamation under Section 232 of the Trade Expansion Act of 1962 judged imports of autos and parts a threat to national security and directed that they be addressed through negotiation. No Section 232 tariffs on Japanese vehicles were ever imposed.

Trump and Abe announced an agreement in principle at the G-7 summit in Biarritz, France, in August 2019. The following month, on the margins of the U.N. General Assembly, they declared the deal final.

## What Stage One Covers

Japan agreed to cut or eliminate tariffs on roughly $7.2 billion of U.S. farm exports, generally matching the access it granted members of the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP). Its tariff on U.S. beef, 38.5% before the agreement, falls in annual steps to 9% by FY2033. The United States, for its part, reduced or removed tariffs on about $1.3 billion of imports from Japan, mostly machinery and other industrial goods, but kept its 2.5% duty on passenger cars. The DTA, which covers an estimated $40 billion in bilateral digital trade, bars customs duties on electronic transmissions and restricts data-localization requirements.

## Trade and Investment Ties

Japan, fourth on the list of U.S. trading partners in 2020, accounted for roughly 5% of U.S. trade in goods and services. U.S. exports to Japan totaled $104.4 billion that year, $64.1 billion in goods plus $40.3 billion in services, while imports from Japan reached $147.6 billion, all but $28.1 billion of it ($119.5 billion) in goods. Both flows ended the year about a seventh below their 2019 levels. The U.S. goods deficit with Japan narrowed to $55.4 billion.

Japanese investors' $648 billion stake in the U.S. economy at the end of 2020, measured as the stock of foreign direct investment (FDI), exceeds that of any other country, the United Kingdom's included. U.S. direct investment in Japan is far smaller, at approximately $129 billion. Of the roughly $7.6 trillion in U.S. Treasury securities held abroad in September 2021, Japan accounted for about $1.3 trillion, more than any other economy; China, at $1.05 trillion, came next.

**Figure 1. Holdings of U.S. Treasury Securities, Japan and China, 2016-2020**

Source: U.S. Treasury Department, Treasury International Capital (TIC) data; end of year.

## Recent Developments

Kishida Fumio became prime minister on October 4, five days after winning the Liberal Democratic Party (LDP) presidency in a party vote held September 29 to choose a successor to Suga Yoshihide, who did not run. In the House of Representatives election of October 31, the LDP kept a majority on its own, and Kishida's next national test is the House of Councillors election expected in July 2022. He has promised a "new capitalism" that emphasizes wage growth and economic security.

Washington and Tokyo have moved to add to stage one without reopening it. On November 12, they announced talks on the Section 232 duties of 25% on steel and 10% on aluminum that Japan has paid since 2018, and on global overcapacity. On November 17, during visits to Tokyo by U.S. Trade Representative Katherine Tai and Commerce Secretary Gina Raimondo, the two sides launched a U.S.-Japan Partnership on Trade and agreed to revive a commercial and industrial dialogue. President Joe Biden has said the United States will not rejoin the CPTPP for now.

## Issues for Congress

- Whether to press for a comprehensive second-stage agreement, which would likely require new TPA; the 2015 grant lapsed on July 1, 2021.
- How the steel and aluminum talks should treat Japan, given the tariff-rate quota the Administration agreed with the European Union on October 30.
- What the CPTPP applications of China (September 16) and Taiwan (September 22), and the United Kingdom's accession talks, mean for U.S. exporters' position in Japan.
- Whether the Partnership on Trade should address agriculture, which Japan's negotiators have kept outside stage one's limits.

**Brock R. Williams**, Specialist in International Trade and Finance

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Kishida Fumio became prime minister on October 4"),
        "agreements.usjta_signed": D("2019-10-07", as_written="The U.S.-Japan Trade Agreement (USJTA) ... and the U.S.-Japan Digital Trade Agreement (DTA) were signed and entered into force on October 7, 2019, and January 1, 2020, respectively"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="were signed and entered into force on October 7, 2019, and January 1, 2020, respectively"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="were signed and entered into force on October 7, 2019, and January 1, 2020, respectively"),
        "trade.overall_partner_rank": F(4, period="2020", as_written="Japan, fourth on the list of U.S. trading partners in 2020"),
        "trade.us_exports_to_japan": F(104400000000, period="2020", as_written="U.S. exports to Japan totaled $104.4 billion that year"),
        "trade.us_goods_exports_to_japan": F(64100000000, period="2020", as_written="$64.1 billion in goods"),
        "trade.us_services_exports_to_japan": F(40300000000, period="2020", as_written="plus $40.3 billion in services"),
        "trade.us_imports_from_japan": F(147600000000, period="2020", as_written="while imports from Japan reached $147.6 billion"),
        "trade.us_services_imports_from_japan": F(28100000000, period="2020", as_written="all but $28.1 billion of it", note="services implied as the remainder beside goods"),
        "trade.us_goods_imports_from_japan": F(119500000000, period="2020", as_written="($119.5 billion) in goods"),
        "trade.goods_deficit": F(55400000000, period="2020", as_written="The U.S. goods deficit with Japan narrowed to $55.4 billion"),
        "trade.japan_fdi_stock_in_us": F(648000000000, period="2020", as_written="Japanese investors' $648 billion stake in the U.S. economy at the end of 2020, measured as the stock of foreign direct investment (FDI)"),
        "trade.fdi_source_rank": F(1, period="2020", as_written="exceeds that of any other country, the United Kingdom's included"),
        "trade.us_fdi_stock_in_japan": F(129000000000, "about", as_written="U.S. direct investment in Japan is far smaller, at approximately $129 billion"),
        "trade.treasury_holder_rank": F(1, period="2021-09", as_written="Japan accounted for about $1.3 trillion, more than any other economy; China, at $1.05 trillion, came next"),
    },
    "elections": {
        "ldp_president_2021": E("LDP president", "2021-09-29", "held", result="Kishida Fumio won"),
        "lower_house_2021": E("Lower House", "2021-10-31", "held", result="LDP kept a majority on its own"),
        "upper_house_2022": E("Upper House", "2022-07", "upcoming"),
    },
    "events": {
        "first_negotiating_round": EV("Formal U.S.-Japan trade negotiations began", "2019-04", "held"),
        "section232_autos_proclamation": EV("Section 232 autos proclamation", "2019-05", "held"),
        "stage_one_deal_finalized": EV("Leaders declared the stage one deal final", "2019-09", "held"),
    },
    "notes": "Traps: 'the proclamation authority that trade promotion authority (TPA) provides' (not the Section 232 proclamation); 'envisioned when the leaders first agreed to talk' and 'in September 2018 the two agreed to open negotiations' (not tariff_talks_announced, not the first round); 'withdrew the United States from the Trans-Pacific Partnership (TPP) in 2017'; 'No Section 232 tariffs on Japanese vehicles were ever imposed' (no autos rate); 'an agreement in principle at the G-7 summit in Biarritz, France, in August 2019' (not the finalization, which is 'The following month'); 'roughly $7.2 billion of U.S. farm exports' and 'about $1.3 billion of imports from Japan' (tariff coverage, not trade flows); 'Its tariff on U.S. beef, 38.5% ... to 9% by FY2033' and 'its 2.5% duty on passenger cars' (no U.S. tariff on most imports); 'an estimated $40 billion in bilateral digital trade'; 'accounted for roughly 5% of U.S. trade'; 'about a seventh below their 2019 levels'; 'the roughly $7.6 trillion in U.S. Treasury securities held abroad' (total) and 'China, at $1.05 trillion'; Figure 1 (Treasury holdings of Japan and China, 2016-2020, $ billions; axis ticks, no values); 'to choose a successor to Suga Yoshihide' (former PM); 'On November 12, they announced talks' (steel and aluminum talks, not tariff_talks_announced); 'the Section 232 duties of 25% on steel and 10% on aluminum' (not most imports); 'On November 17' (Partnership on Trade); 'lapsed on July 1, 2021' (TPA); 'on October 30' (EU tariff-rate quota); 'China (September 16) and Taiwan (September 22)' (CPTPP applications); PDF ligatures, NBSP, hyphenated line ends; interleaved and layout text only",
}
