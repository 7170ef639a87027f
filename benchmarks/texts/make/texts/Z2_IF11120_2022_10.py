from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "Z2-IF11120-2022-10", "fresh5", "IF11120", 15
TITLE = "U.S.-Japan Trade Agreement Negotiations"
LAYOUTS = ["html", "interleaved"]
PDF_OPTS = ["quotes", "nbsp"]
SIDEBAR = "Economic Ties at a Glance"

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated October 25, 2022

## Overview

Close to three years after the United States and Japan put their "stage one" trade agreements into effect, the broader negotiations both governments foresaw in 2019 have not started. The Biden Administration has chosen to work with Japan through other channels. Chief among them are the Indo-Pacific Economic Framework for Prosperity (IPEF), which President Joe Biden launched in Tokyo on May 23, 2022, with Japan and 11 other regional partners (Fiji signed on days later), and a cabinet-level Economic Policy Consultative Committee, the so-called economic "2+2," whose first meeting took place in Washington on July 29, 2022. Tokyo, for its part, keeps urging the United States to return to the regional pact it abandoned in 2017, now the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP). The Administration has shown no interest, and it has said that IPEF will not include tariff reductions.

## The 2019 Agreements

Talks on the agreements opened in April 2019 at the urging of then-President Donald Trump; Japan agreed to them partly to forestall threatened U.S. tariffs on its automobiles. Representatives of the two governments signed both texts on October 7, 2019, and each took effect on the first day of 2020. The U.S.-Japan Trade Agreement (USJTA) lowered or removed Japanese tariffs on about $7 billion of U.S. agricultural exports, and U.S. tariffs on a narrower range of Japanese industrial goods. The U.S.-Japan Digital Trade Agreement set rules for electronic commerce, among them a ban on customs duties on digital products. Congress was not asked to approve either.

Under the USJTA schedule, Japan's tariff on U.S. beef fell to 21.6% in April 2022. A volume safeguard lets Japan raise it temporarily to 38.5%, as it did in March 2021; a protocol in force since June 2022 has made that trigger harder to reach.

## Steel, Aluminum, and Autos

Since April 1, 2022, Japanese steel has entered the United States under a tariff-rate quota (TRQ) of 1.25 million metric tons a year. Shipments above the quota still pay the 25% Section 232 tariff imposed in 2018, and the 10% tariff on aluminum remains with no quota. The same statute underpinned the previous Administration's threatened tariffs on autos, which never materialized. Japanese passenger cars pay the 2.5% most-favored-nation (MFN) rate, unchanged by the USJTA.

## Politics in Tokyo

Prime Minister Kishida Fumio, who succeeded Suga Yoshihide in October 2021, strengthened his hold on office in the July 10, 2022, election for half of the Upper House. The ruling Liberal Democratic Party (LDP) and its coalition partner Komeito added to their majority in that chamber. The campaign was overshadowed by the killing of former Prime Minister Abe Shinzo, the architect of the 2019 agreements, who was shot on July 8, 2022, while giving a street speech in Nara. Since then, Kishida's approval ratings have fallen amid controversy over LDP lawmakers' ties to the Unification Church and rising consumer prices. The yen weakened past 150 to the dollar on October 20, its lowest level since 1990.

## Trade Flows

The United States exported $112.2 billion in goods and services to Japan in 2021. Merchandise, led by liquefied natural gas, pharmaceuticals, corn, and aircraft, accounted for $74.6 billion; services exports, held back by Japan's pandemic-era closure to foreign tourists, came to $37.6 billion. U.S. purchases from Japan were larger: $167.8 billion, of which $135.1 billion was merchandise and $32.7 billion services. The resulting U.S. goods deficit with Japan, $60.5 billion, was exceeded only by those with China, Mexico, and Vietnam.

The gap has widened this year. Through August, the goods deficit stood at $46.2 billion, about 15% more than in the first eight months of 2021, partly because the weak yen has made Japanese goods cheaper in dollar terms.

## Economic Ties at a Glance

- Rank among U.S. trading partners in 2021, goods and services combined: fifth, after Canada, Mexico, China, and Germany
- Two-way goods and services trade in 2021: $280.0 billion
- Japanese direct investment in the United States at the end of 2021: $721.0 billion, the most of any country
- U.S. direct investment in Japan at the end of 2021: roughly $120 billion
- Japan's holdings of U.S. Treasury securities in August 2022: $1.2 trillion, the largest foreign holding; China's, the next largest, were $0.97 trillion

## Issues for Congress

Members have asked whether any IPEF outcomes will be submitted to Congress, and some have urged the Administration to pursue a comprehensive free trade agreement with Japan or to reconsider the CPTPP. The Inflation Reduction Act (P.L. 117-169), signed on August 16, 2022, limits the new clean vehicle tax credit to vehicles whose battery minerals come largely from the United States or its free trade agreement partners. Japan, which does not have a comprehensive FTA with the United States, has asked to be treated as a partner, possibly through a separate agreement on critical minerals; no such agreement has been concluded.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden", note="'then-President Donald Trump' is a former president"),
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Kishida Fumio", note="family name first; Suga Yoshihide (predecessor) and Abe Shinzo (former, killed) are traps"),
        "agreements.usjta_signed": D("2019-10-07", as_written="Representatives of the two governments signed both texts on October 7, 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="and each took effect on the first day of 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="and each took effect on the first day of 2020", note="'each' = the two agreements of the paragraph (USJTA and Digital Trade Agreement)"),
        "trade.overall_partner_rank": F(5, period="2021", as_written="Rank among U.S. trading partners in 2021, goods and services combined: fifth, after Canada, Mexico, China, and Germany", note="sidebar bullet"),
        "trade.us_exports_to_japan": F(112200000000, period="2021", as_written="The United States exported $112.2 billion in goods and services to Japan in 2021"),
        "trade.us_goods_exports_to_japan": F(74600000000, period="2021", as_written="Merchandise, led by liquefied natural gas, pharmaceuticals, corn, and aircraft, accounted for $74.6 billion"),
        "trade.us_services_exports_to_japan": F(37600000000, period="2021", as_written="services exports, held back by Japan's pandemic-era closure to foreign tourists, came to $37.6 billion"),
        "trade.us_imports_from_japan": F(167800000000, period="2021", as_written="U.S. purchases from Japan were larger: $167.8 billion"),
        "trade.us_goods_imports_from_japan": F(135100000000, period="2021", as_written="of which $135.1 billion was merchandise"),
        "trade.us_services_imports_from_japan": F(32700000000, period="2021", as_written="and $32.7 billion services"),
        "trade.goods_deficit": F(60500000000, period="2021", as_written="The resulting U.S. goods deficit with Japan, $60.5 billion"),
        "trade.goods_deficit_rank": F(4, period="2021", as_written="was exceeded only by those with China, Mexico, and Vietnam", note="three named + 1"),
        "trade.fdi_source_rank": F(1, period="2021", as_written="Japanese direct investment in the United States at the end of 2021: $721.0 billion, the most of any country", note="sidebar bullet"),
        "trade.japan_fdi_stock_in_us": F(721000000000, period="2021", as_written="Japanese direct investment in the United States at the end of 2021: $721.0 billion"),
        "trade.us_fdi_stock_in_japan": F(120000000000, "about", period="2021", as_written="U.S. direct investment in Japan at the end of 2021: roughly $120 billion"),
        "trade.treasury_holder_rank": F(1, as_written="Japan's holdings of U.S. Treasury securities in August 2022: $1.2 trillion, the largest foreign holding"),
    },
    "elections": {
        "upper_house_2022": E("Upper House", "2022-07-10", "held", result="LDP and Komeito added to their majority"),
    },
    "events": {
        "first_negotiating_round": EV("Talks on the stage-one agreements open", "2019-04", "held"),
        "abe_assassination": EV("Former Prime Minister Abe Shinzo shot while giving a street speech in Nara", "2022-07-08"),
    },
    "notes": "Traps: 'Close to three years after' (elapsed time); 'the broader negotiations both governments foresaw in 2019'; 'launched in Tokyo on May 23, 2022, with Japan and 11 other regional partners (Fiji signed on days later)' (IPEF, not an IF11120 fact); 'whose first meeting took place in Washington on July 29, 2022' (economic 2+2); 'the regional pact it abandoned in 2017' (TPP withdrawal); 'IPEF will not include tariff reductions'; 'then-President Donald Trump' (former president); 'about $7 billion of U.S. agricultural exports' (coverage, not exports to Japan); beef 'fell to 21.6% in April 2022' and 'raise it temporarily to 38.5%, as it did in March 2021', 'a protocol in force since June 2022' (Japanese tariffs and a protocol, not agreement dates); 'Since April 1, 2022, ... a tariff-rate quota (TRQ) of 1.25 million metric tons', 'the 25% Section 232 tariff imposed in 2018', 'the 10% tariff on aluminum' (steel and aluminum, not autos); 'the previous Administration's threatened tariffs on autos, which never materialized' (no Section 232 auto rate, no dated proclamation); 'the 2.5% most-favored-nation (MFN) rate' (MFN, not Section 232); 'who succeeded Suga Yoshihide in October 2021' (predecessor); 'former Prime Minister Abe Shinzo' (former); LDP/Komeito majority (not an IF11120 fact); 'weakened past 150 to the dollar on October 20, its lowest level since 1990' (yen); 'Through August, the goods deficit stood at $46.2 billion, about 15% more than in the first eight months of 2021' (partial 2022 figures); sidebar 'after Canada, Mexico, China, and Germany' (agrees with 'fifth'); 'Two-way goods and services trade in 2021: $280.0 billion' (total trade, not a catalogue fact); '$1.2 trillion' (Treasury holdings) and 'China's, the next largest, were $0.97 trillion' (China second); 'The Inflation Reduction Act (P.L. 117-169), signed on August 16, 2022' (a law, not an agreement); 'possibly through a separate agreement on critical minerals; no such agreement has been concluded' (critical minerals agreement not signed: `agreements.critical_minerals_signed` not stated). HTML: the 'Economic Ties at a Glance' bullet list is a floated sidebar box. Interleaved: PDF lines with the two columns alternating, curly quotes and NBSP before billion/percent.",
}
