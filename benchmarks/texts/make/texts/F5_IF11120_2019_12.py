from lib import F, D, P, GDP, E, EV

NAME = "F5-IF11120-2019-12"
SET = "fresh"
BRIEF = "IF11120"
VERSION = "6"
LAYOUTS = ("html", "md")
SIDEBAR = "Bilateral Trade and Investment, 2018"

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated December 12, 2019

## Introduction

Two limited trade agreements between the United States and Japan are expected to take effect on January 1, 2020, roughly eight months after formal negotiations opened. Japan's Diet approved the agreements on December 4, 2019, and the Trump Administration, which is treating them as executive agreements, has not sought congressional approval. Both governments describe the deals as a first stage, with further talks on a more comprehensive agreement to begin within four months of entry into force.

## From TPP to a Bilateral Deal

President Trump withdrew the United States from the Trans-Pacific Partnership (TPP) in January 2017, days after taking office. Japan, under Prime Minister Abe, then led the remaining 11 members in concluding the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP), which entered into force on December 30, 2018, and concluded a separate agreement with the European Union that took effect in February 2019. U.S. agricultural exporters, facing lower tariffs for Australian, Canadian, and European competitors in Japan, lobbied for quick action.

The first round of formal U.S.-Japan negotiations was held in Washington in April 2019. A month later, on May 17, 2019, President Trump proclaimed that imports of motor vehicles and parts threatened to impair U.S. national security and directed the U.S. Trade Representative to negotiate with Japan and the European Union. Tariffs of up to 25% on Japanese autos had been recommended by the Commerce Department, but none were imposed, and the 180-day deadline for a decision passed in November without action.

## The Agreements

Trump and Abe announced on September 25, 2019, on the margins of the U.N. General Assembly, that they had finalized the terms of a deal. The U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement were signed in Washington on October 7, 2019. Under the USJTA, Japan is to reduce or eliminate tariffs on about $7.2 billion of U.S. agricultural exports, while the United States is to cut tariffs on some $40 billion of imports of Japanese industrial goods. The digital agreement, like the USJTA, is expected to take effect on the first day of 2020. U.S. tariffs on autos, which Japan had sought to eliminate, are unchanged at 2.5%.

## Bilateral Trade and Investment, 2018

In 2018, Japan was the fourth-largest trading partner of the United States. U.S. exports to Japan amounted to $121.6 billion that year, of which $75.2 billion were goods and $46.4 billion services. U.S. imports from Japan reached $179.3 billion: $142.8 billion in goods and $36.5 billion in services.

The U.S. goods trade deficit with Japan, $67.6 billion, was the fourth-largest with any country, after those with China, Mexico, and Germany. It was $68.8 billion a year earlier.

Japanese firms' direct investment in the United States stood at $484.4 billion at the end of 2018, second only to that of the United Kingdom. The comparable U.S. figure in Japan was $124.9 billion. Japan's holdings of U.S. Treasury securities, which surpassed China's in June 2019, once again make it the largest foreign holder.

## Issues for Congress

Some Members have questioned whether the USJTA, by covering only part of bilateral trade, is consistent with World Trade Organization rules. Others have urged the Administration to secure a binding commitment from Japan that Section 232 auto tariffs will not be imposed, since the September 2019 joint statement only says the two sides will refrain from actions "against the spirit" of the agreements.

**Brock R. Williams**, Specialist in International Trade and Finance

**Cathleen D. Cimino-Isaacs**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Trump", note="given name not written"),
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Abe", note="given name not written"),
        "trade.overall_partner_rank": F(4, period="2018", as_written="Japan was the fourth-largest trading partner of the United States"),
        "trade.us_exports_to_japan": F(121600000000, period="2018"),
        "trade.us_goods_exports_to_japan": F(75200000000, period="2018"),
        "trade.us_services_exports_to_japan": F(46400000000, period="2018", as_written="$46.4 billion services"),
        "trade.us_imports_from_japan": F(179300000000, period="2018"),
        "trade.us_goods_imports_from_japan": F(142800000000, period="2018"),
        "trade.us_services_imports_from_japan": F(36500000000, period="2018"),
        "trade.goods_deficit": F(67600000000, period="2018"),
        "trade.goods_deficit_rank": F(4, period="2018", as_written="was the fourth-largest with any country, after those with China, Mexico, and Germany"),
        "trade.japan_fdi_stock_in_us": F(484400000000, period="2018"),
        "trade.us_fdi_stock_in_japan": F(124900000000, period="2018", as_written="The comparable U.S. figure in Japan was $124.9 billion"),
        "trade.fdi_source_rank": F(2, as_written="second only to that of the United Kingdom"),
        "trade.treasury_holder_rank": F(1, as_written="once again make it the largest foreign holder"),
        "agreements.usjta_signed": D("2019-10-07"),
        "agreements.usjta_in_force": D("2020-01-01", note="expected: 'are expected to take effect on January 1, 2020'"),
        "agreements.digital_trade_in_force": D("2020-01-01", note="expected: 'like the USJTA, is expected to take effect on the first day of 2020'"),
    },
    "elections": {},
    "events": {
        "first_negotiating_round": EV("First round of U.S.-Japan trade agreement negotiations", "2019-04", "held"),
        "section232_autos_proclamation": EV("President proclaims auto and parts imports a threat to U.S. national security", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Trump and Abe announce they have finalized a limited trade deal", "2019-09-25", "held"),
    },
    "notes": "Traps: 'Japan's Diet approved the agreements on December 4, 2019' (not entry into force); 'within four months of entry into force'; 'in January 2017' (TPP withdrawal); 'the remaining 11 members'; 'entered into force on December 30, 2018' (CPTPP); 'took effect in February 2019' (Japan-EU); 'Tariffs of up to 25% on Japanese autos had been recommended ... but none were imposed' (tariffs.section232_autos not stated); 'the 180-day deadline'; 'about $7.2 billion of U.S. agricultural exports'; 'some $40 billion of imports of Japanese industrial goods'; 'unchanged at 2.5%' (auto MFN tariff, not the tariff on most imports); 'It was $68.8 billion a year earlier' (2017 deficit); 'after those with China, Mexico, and Germany'; 'surpassed China's in June 2019'; 'the September 2019 joint statement'. The sidebar heading 'Bilateral Trade and Investment, 2018' gives the data year."
}
