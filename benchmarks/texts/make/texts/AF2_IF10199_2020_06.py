from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "AF2-IF10199-2020-06", "fresh15", "IF10199", 41
LAYOUTS = ["interleaved", "layout"]
PDF_OPTS = ["quotes", "hyph"]

MD = """
U.S.-Japan Relations

Updated June 22, 2020

## Overview

The COVID-19 pandemic has upended Prime Minister Abe Shinzo's plans for 2020, his eighth consecutive year in office. The Tokyo Olympics, which were to have opened in July, have been postponed to 2021; a state of emergency declared on April 7 was lifted nationwide only on May 25. Abe and President Donald Trump have spoken by telephone several times since the outbreak began, and both governments describe the alliance, which marked the 60th anniversary of its revised security treaty on January 19, as in good health. Two developments this month, however, may test that view: Japan's sudden decision to halt a U.S.-designed missile defense program, and the opening of a contest over how much Tokyo should pay to host U.S. forces.

## Responding to the Pandemic

Japan has recorded fewer than 1,000 COVID-19 deaths, far fewer than most advanced economies, but the economic damage is severe. Output contracted at an annualized 2.2% in January-March, the second straight quarterly decline, and a steeper fall is expected for April-June. The economy grew by seven-tenths of a percent in 2019, and by 0.3% in 2018.

The Diet has passed two supplementary budgets for FY2020 (Table 1). Together they add ¥57.6 trillion to spending; the government says the emergency packages they fund are worth more than ¥230 trillion, counting loans and guarantees.

Table 1. FY2020 Supplementary Budgets

| Budget | Enacted | ¥ trillion | $ billion |
| --- | --- | --- | --- |
| First | Apr. 30 | 25.7 | 239 |
| Second | Jun. 12 | 31.9 | 297 |

## Politics

Abe's Liberal Democratic Party (LDP) governs with a junior partner, Komeito. Won in the October 2017 election, the coalition's majority in the House of Representatives amounts to a little more than two-thirds of the chamber's 465 seats. Fifty-seven percent of the seats in the House of Councillors belong to the coalition after the July 2019 election, short of the two-thirds Abe would need there to initiate a constitutional amendment, one of his long-standing goals.

Abe's public approval has slipped below 40% in several polls, hurt by his handling of the pandemic and by the June 18 arrest of a former justice minister, Kawai Katsuyuki, and his wife, Kawai Anri, on vote-buying charges. The Lower House must be elected no later than October 2021. Abe's third term as LDP president, the last that party rules allow, ends in September 2021, when the party is to choose his successor. Half of the upper chamber is next elected in July 2022.

## The Alliance and Defense

Japan and the United States signed their security treaty in 1951 and revised it in 1960. Stationed in Japan are roughly fifty-five thousand U.S. military personnel. Under a Special Measures Agreement (SMA) signed in January 2016, Japan contributes close to ¥190 billion a year toward the cost of hosting them, about $1.8 billion. That agreement expires in March 2021. Press reports last November said the Trump Administration had sought $8 billion a year, upwards of four times as much; formal talks on a successor have yet to open.

On June 15, Defense Minister Kono Taro announced that Japan would stop deploying two Aegis Ashore missile defense batteries, which had been expected to cost more than ¥400 billion, citing technical problems and rising costs. Japan's FY2020 defense budget, a record ¥5.31 trillion, remains below the informal cap of 1% of gross domestic product (GDP) that successive cabinets have observed since 1976. A new Space Operations Squadron was formed in May.

## Okinawa by the Numbers

- 0.6%: Okinawa's share of Japan's land area
- about 70%: its share of the land reserved for the exclusive use of U.S. forces in Japan
- more than half: its share of the U.S. military personnel in Japan
- 9,000: Marines to be moved off the island under a 2012 agreement

Of those Marines, about four thousand are slated for Guam, a move not expected to start for several years. Governor Tamaki Denny, elected in September 2018, opposes the planned replacement air station at Henoko; in April the Defense Ministry sought his approval for design changes that push its completion into the 2030s. Allies of the governor kept their majority in the June 7 prefectural assembly election.

## Trade and Investment

Japan was the fourth-largest U.S. partner in goods trade in 2019, after China, Mexico, and Canada. Worth $74.7 billion, U.S. goods exports to Japan made it the fourth-largest market for them; at $143.6 billion, imports from Japan also ranked fourth. The "stage one" trade agreements, concluded in September 2019, have been in force since January 1. They cut Japanese tariffs on U.S. beef and other farm goods, and in a joint statement the two leaders said they would not take measures against the spirit of the deal, which Tokyo reads as protection from the Section 232 auto tariffs of up to 25% that Trump considered in a May 17, 2019, proclamation. Talks on a broader second stage, due to start this spring, have not begun.

Only British investors hold a larger stock of direct investment in the United States than Japanese ones, whose position was $484 billion at the end of 2018. The largest foreign creditor of the U.S. government, with $1.27 trillion in Treasury securities in April, is Japan, about $190 billion ahead of China.

In March, Japan resubmitted to the United Nations an unchanged pledge to cut greenhouse gas emissions 26% from FY2013 levels by FY2030.

## Regional Relations

Chinese government ships have been sighted near the Senkaku Islands on more than 60 straight days, a record, and Xi Jinping's state visit, set for April, has been put off. Relations with South Korea remain strained over wartime labor and export controls; on June 2, Seoul revived a World Trade Organization complaint.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Brock R. Williams**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Abe Shinzo's plans for 2020"),
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "economy.gdp_growth": GDP(y2019=0.7, y2018=0.3),
        "economy.supplementary_budget": F(297000000000, period="2020-06", as_written="Table 1: 'Second | Jun. 12 | 31.9 | 297' ($ billion column)", note="the latest of two; dollar figure only in the table; the first (Apr. 30, $239 billion) is a trap"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="Abe's Liberal Democratic Party (LDP) governs with a junior partner, Komeito"),
        "politics.lower_house_coalition_share": F(67, "over", as_written="the coalition's majority in the House of Representatives amounts to a little more than two-thirds of the chamber's 465 seats", note="fraction in words: two-thirds = 67"),
        "politics.upper_house_coalition_share": F(57, as_written="Fifty-seven percent of the seats in the House of Councillors belong to the coalition", note="number in words before its subject"),
        "politics.lower_house_election_due": D("2021-10", as_written="The Lower House must be elected no later than October 2021"),
        "politics.next_diet_election_due": F(2021, as_written="The Lower House must be elected no later than October 2021"),
        "alliance.treaty_ally_since": F(1951, as_written="Japan and the United States signed their security treaty in 1951 and revised it in 1960"),
        "alliance.us_troops_in_japan": F(55000, "about", as_written="Stationed in Japan are roughly fifty-five thousand U.S. military personnel", note="inverted sentence; number in words"),
        "alliance.host_nation_support_agreement": D("2016-01", as_written="Under a Special Measures Agreement (SMA) signed in January 2016"),
        "alliance.host_nation_support_per_year": F(1800000000, "about", per="year", as_written="Japan contributes close to ¥190 billion a year toward the cost of hosting them, about $1.8 billion", note="the dollar figure, trailing the yen one"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="remains below the informal cap of 1% of gross domestic product (GDP)", note="'below' describes the budget, not the cap"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="0.6%: Okinawa's share of Japan's land area", note="value-first list"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="about 70%: its share of the land reserved for the exclusive use of U.S. forces in Japan"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="more than half: its share of the U.S. military personnel in Japan"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Of those Marines, about four thousand are slated for Guam", note="number in words"),
        "trade.overall_partner_rank": F(4, period="2019", as_written="Japan was the fourth-largest U.S. partner in goods trade in 2019, after China, Mexico, and Canada"),
        "trade.us_exports_to_japan": F(74700000000, period="2019", as_written="Worth $74.7 billion, U.S. goods exports to Japan made it the fourth-largest market for them"),
        "trade.export_partner_rank": F(4, period="2019", as_written="U.S. goods exports to Japan made it the fourth-largest market for them"),
        "trade.us_imports_from_japan": F(143600000000, period="2019", as_written="at $143.6 billion, imports from Japan also ranked fourth"),
        "trade.import_partner_rank": F(4, period="2019", as_written="imports from Japan also ranked fourth"),
        "trade.fdi_source_rank": F(2, period="2018", as_written="Only British investors hold a larger stock of direct investment in the United States than Japanese ones, whose position was $484 billion at the end of 2018"),
        "trade.treasury_holder_rank": F(1, period="2020-04", as_written="The largest foreign creditor of the U.S. government, with $1.27 trillion in Treasury securities in April, is Japan", note="subject after the verb"),
        "economy.emissions_cut_target": F(26, by="2030", baseline="2013", as_written="an unchanged pledge to cut greenhouse gas emissions 26% from FY2013 levels by FY2030"),
    },
    "elections": {
        "lower_house_2017": E("Lower House", "2017-10", "held"),
        "upper_house_2019": E("Upper House", "2019-07", "held", result="coalition holds 57% of seats"),
        "lower_house_2021": E("Lower House", "2021-10", "upcoming", note="'must be elected no later than October 2021' (deadline; the set's convention)"),
        "ldp_president_2021": E("LDP president", "2021-09", "upcoming", note="term ends 'in September 2021, when the party is to choose his successor'"),
        "upper_house_2022": E("Upper House", "2022-07", "upcoming"),
        "okinawa_governor_2018": E("Okinawa governor", "2018-09", "held", result="Tamaki Denny"),
    },
    "events": {
        "stage_one_deal_finalized": EV("U.S.-Japan 'stage one' trade agreements concluded", "2019-09", "held"),
        "section232_autos_proclamation": EV("Section 232 proclamation on auto imports (tariffs considered, not imposed)", "2019-05-17", "held"),
    },
    "notes": "Traps: 'his eighth consecutive year in office'; 'which were to have opened in July, have been postponed to 2021'; 'a state of emergency declared on April 7 was lifted nationwide only on May 25'; 'the 60th anniversary of its revised security treaty on January 19' and 'revised it in 1960' (not the ally year 1951); 'fewer than 1,000 COVID-19 deaths'; 'Output contracted at an annualized 2.2% in January-March' (a quarter); 'seven-tenths of a percent' is GDP growth 0.7 (a number in words, not the set's fraction-to-percent rule: it is a fraction of one percent); 'Together they add ¥57.6 trillion' and 'more than ¥230 trillion' (totals); Table 1 'First | Apr. 30 | 25.7 | 239' (the earlier budget) and the yen column; 'of the chamber's 465 seats'; 'short of the two-thirds Abe would need there' (a threshold beside the Upper House's 57% and the Lower House's two-thirds); 'approval has slipped below 40%'; 'the June 18 arrest of a former justice minister, Kawai Katsuyuki, and his wife, Kawai Anri' (persons, date); 'ends in September 2021' (LDP vote, not the Diet deadline); 'close to ¥190 billion a year' (yen; the fact is the dollar 'about $1.8 billion'); 'That agreement expires in March 2021'; 'had sought $8 billion a year, upwards of four times as much' (a demand); 'Defense Minister Kono Taro', 'On June 15', 'more than ¥400 billion'; 'a record ¥5.31 trillion' and 'since 1976'; 'formed in May'; '9,000: Marines to be moved off the island under a 2012 agreement' (total leaving, not Guam; value first); 'elected in September 2018' (Okinawa governor, held); 'in April the Defense Ministry sought his approval' and 'into the 2030s'; 'the June 7 prefectural assembly election' (local, not listed); 'after China, Mexico, and Canada'; 'have been in force since January 1' (USJTA, no IF10199 fact); 'the Section 232 auto tariffs of up to 25% that Trump considered' (never imposed; no tariff fact); 'due to start this spring'; '$484 billion at the end of 2018' (FDI stock); 'about $190 billion ahead of China' (a gap, not a holding) beside the yen '¥190 billion'; 'on more than 60 straight days'; 'Xi Jinping's state visit, set for April'; 'on June 2, Seoul revived'. No Quad leader meeting, spending goal, yen level, Guam arrivals, tariff on most imports or investment pledge is stated. PDF curly quotes and hyphenated line ends; interleaved and layout text only.",
}
