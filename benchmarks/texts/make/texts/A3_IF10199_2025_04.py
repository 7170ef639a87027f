from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "A3-IF10199-2025-04", "fresh6", "IF10199", 42
LAYOUTS = ["md", "pdf", "layout"]
PDF_OPTS = ["lig", "quotes", "nbsp", "hyph"]
CHART = {"unit": "percent", "ymax": 30, "ticks": [0, 10, 20, 30],
         "series": ["U.S. tariff in effect, April 22, 2025"],
         "bars": {"Most goods": (10,), "Autos": (27.5,), "Steel": (25,), "Aluminum": (25,)}}

MD = """
U.S.-Japan Relations

Updated April 22, 2025

## A Strained Start

Three months into the second Trump Administration, trade has displaced security as the most pressing item on the U.S.-Japan agenda. Prime Minister Shigeru Ishiba received a warm welcome at the White House on February 7, and the two leaders' joint statement reaffirmed the alliance. Within weeks, however, President Donald J. Trump imposed tariffs that reach nearly every Japanese export to the United States. Ishiba has called the situation a "national crisis." On March 6 Trump also complained that the United States must defend Japan while Japan is not obliged to defend the United States, renewing a grievance he aired during his first term.

Japan and the United States, treaty allies since 1952, remain closely aligned on China and North Korea. Former President Joe Biden and former Prime Minister Kishida Fumio had spent much of 2023 and 2024 modernizing the alliance's command arrangements, and Tokyo hopes those plans survive the change of administrations.

## Tariffs and the New Talks

The following measures were in force or pending as of this writing:

- March 12: Section 232 tariffs of 25% on steel and aluminum, applied to Japan with no exemption.
- April 3: a 25% Section 232 tariff on imported cars and light trucks, added to the normal 2.5% duty; tariffs on parts are due by May 3.
- April 5: a 10% "baseline" tariff under the International Emergency Economic Powers Act (IEEPA), the rate now collected on most goods from Japan.
- April 9: a 90-day pause, until July 9, of the 24% "reciprocal" rate that the President had announced for Japan on April 2.

**Figure 1. U.S. Tariffs on Imports from Japan, by Product**

Source: CRS. Auto rate includes the 2.5% MFN duty.

After a telephone call on April 7, Trump and Ishiba agreed to open negotiations. Economic revitalization minister Akazawa Ryosei met the President and Cabinet officials in Washington on April 16, and a second round is planned for late April or early May. Japanese officials have said they seek the removal of all the new tariffs, not a lower rate. At the February summit, Ishiba had spoken of raising Japanese investment in the United States to $1 trillion, a figure Tokyo has not turned into a formal commitment; Trump, for his part, has reopened Nippon Steel's bid for U.S. Steel, blocked by Biden in January, to a fresh CFIUS review.

## The Alliance

More than 54,000 uniformed U.S. personnel are stationed in Japan. Their upkeep is shared under a five-year arrangement, announced in December 2021 and covering FY2022-FY2026, under which Japan pays an average of ¥211 billion a year, about $1.4 billion at current exchange rates. Talks on a successor have not begun.

For half a century a self-imposed limit of about 1% of GDP restrained Japan's defense budgets. Under its 2022 strategy documents, Tokyo now intends to spend 2% of GDP on defense and related items by FY2027, with ¥43 trillion budgeted over FY2023-FY2027. Elbridge Colby, the nominee for Under Secretary of Defense for Policy, told senators in March that Japan should aim for at least 3%. Japan is acquiring up to 400 Tomahawk cruise missiles under a contract signed in January 2024, a package priced at approximately $2.35 billion.

## Okinawa and Guam

Okinawa's weight in the alliance is summarized in Table 1. Of the roughly 9,000 Marines who are to leave the prefecture under the 2012 realignment plan, the first small contingent reached Guam in December 2024. Construction of the Henoko runway continues over the objections of Governor Tamaki Denny.

Table 1. Okinawa and U.S. Forces Japan (USFJ)

| Measure | Figure |
| --- | --- |
| Share of Japan's land | 0.6% |
| Exclusive-use area share | roughly 70% |
| USFJ personnel share | about half |
| Marines bound for Guam | about 4,000 |
| Marines on Guam so far | about 100 |

## Ishiba's Position at Home

Ishiba won the LDP presidency in a runoff on September 27, 2024, and called a snap election soon after taking office. The vote, held on October 27, 2024, cost the Liberal Democratic Party (LDP) and its coalition partner Komeito their majority: they emerged with 215 seats, 46% of the House of Representatives and short of the 233 needed to control it. The government now depends on opposition votes; the FY2025 budget passed on March 31 only after the Japan Innovation Party (Ishin) secured free high school tuition in exchange for its support.

In the House of Councillors the two parties still hold some 57% of the seats. Half of that chamber is up for election in July 2025, the next nationwide vote and a referendum on Ishiba's leadership, with cabinet approval below 30% in several polls. Barring another dissolution, the lower chamber's current term runs to October 2028.

## Economic Ties

Japan was the sixth-ranked U.S. trading partner in 2024. In that year Americans sold Japan $129.1 billion in goods and services and bought $192.4 billion from it; the goods deficit alone, $68.5 billion, was the seventh-largest the United States ran with any country. Ranked by purchases of U.S. exports, five partners came ahead of Japan; ranked by sales to the United States, only four did.

Japanese companies, led by automakers, make up the single largest group of foreign direct investors in the United States, with holdings of about $783 billion at the end of 2023. Of all foreign owners of U.S. Treasury securities, Japan holds the most, roughly $1.1 trillion, while the United Kingdom has moved ahead of China into second place.

## Japan's Economy

Real GDP edged up 0.1% in 2024 after growing 1.5% in 2023; an annualized 2.2% gain in the October-December quarter suggested momentum before the tariffs hit. The latest supplementary budget, ¥13.9 trillion or close to $90 billion, cleared the Diet in December 2024. The FY2025 budget that followed is the largest on record at ¥115.5 trillion.

The yen has firmed during the tariff turmoil. On April 21 it traded near ¥140 to the dollar, a seven-month high against the dollar; in July 2024 it had sunk to a 38-year low. In February, Tokyo submitted new climate targets of 60% below FY2013 levels by FY2035 and 73% by FY2040, keeping its pledge to reduce greenhouse gas emissions 46% from FY2013 levels by FY2030.

## Regional Cooperation

Quad leaders have met six times, most recently in Wilmington, Delaware, in September 2024; India is to host the next summit, for which no date has been set. The group's foreign ministers met in Washington on January 21, the day after the inauguration. Seoul, in the midst of its own political crisis after President Yoon Suk Yeol's impeachment, has sought to keep trilateral cooperation with Tokyo and Washington on track.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Caitlin Campbell**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Ishiba", "Shigeru", "Prime Minister Shigeru Ishiba"),
        "leaders.us_president": P("Trump", "Donald", "President Donald J. Trump"),
        "alliance.treaty_ally_since": F(1952, as_written="Japan and the United States, treaty allies since 1952"),
        "alliance.us_troops_in_japan": F(54000, "over", as_written="More than 54,000 uniformed U.S. personnel are stationed in Japan"),
        "alliance.host_nation_support_per_year": F(1400000000, "about", per="year", as_written="Japan pays an average of ¥211 billion a year, about $1.4 billion at current exchange rates"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="a five-year arrangement, announced in December 2021 and covering FY2022-FY2026"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="Table 1: Exclusive-use area share | roughly 70%", note="exclusive-use basis, as the record's 2026-10-01 version"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "about", as_written="Table 1: USFJ personnel share | about half"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="Table 1: Share of Japan's land | 0.6%"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Table 1: Marines bound for Guam | about 4,000"),
        "alliance.marines_in_guam": F(100, "about", as_written="Table 1: Marines on Guam so far | about 100", note="first contingent arrived December 2024"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2027", as_written="Tokyo now intends to spend 2% of GDP on defense and related items by FY2027"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="For half a century a self-imposed limit of about 1% of GDP restrained Japan's defense budgets"),
        "defense.tomahawk_purchase": F(2350000000, "about", as_written="a package priced at approximately $2.35 billion"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="the Liberal Democratic Party (LDP) and its coalition partner Komeito"),
        "politics.lower_house_coalition_share": F(46, as_written="they emerged with 215 seats, 46% of the House of Representatives"),
        "politics.upper_house_coalition_share": F(57, "about", as_written="In the House of Councillors the two parties still hold some 57% of the seats"),
        "politics.next_diet_election_due": F(2025, as_written="Half of that chamber is up for election in July 2025, the next nationwide vote"),
        "politics.lower_house_election_due": D("2028-10", as_written="Barring another dissolution, the lower chamber's current term runs to October 2028"),
        "trade.overall_partner_rank": F(6, period="2024", as_written="Japan was the sixth-ranked U.S. trading partner in 2024"),
        "trade.export_partner_rank": F(6, period="2024", as_written="Ranked by purchases of U.S. exports, five partners came ahead of Japan"),
        "trade.import_partner_rank": F(5, period="2024", as_written="ranked by sales to the United States, only four did"),
        "trade.us_exports_to_japan": F(129100000000, period="2024", as_written="In that year Americans sold Japan $129.1 billion in goods and services"),
        "trade.us_imports_from_japan": F(192400000000, period="2024", as_written="and bought $192.4 billion from it"),
        "trade.fdi_source_rank": F(1, as_written="Japanese companies ... make up the single largest group of foreign direct investors in the United States"),
        "trade.treasury_holder_rank": F(1, as_written="Of all foreign owners of U.S. Treasury securities, Japan holds the most"),
        "trade.us_tariff_on_most_imports_from_japan": F(10, period="2025-04-05", as_written="April 5: a 10% \"baseline\" tariff under the International Emergency Economic Powers Act (IEEPA), the rate now collected on most goods from Japan"),
        "economy.gdp_growth": GDP(y2024=0.1, y2023=1.5),
        "economy.supplementary_budget": F(90000000000, "nearly", period="2024-12", as_written="The latest supplementary budget, ¥13.9 trillion or close to $90 billion, cleared the Diet in December 2024"),
        "economy.yen": F("seven-month high against the dollar", period="2025-04", as_written="On April 21 it traded near ¥140 to the dollar, a seven-month high against the dollar"),
        "economy.emissions_cut_target": F(46, by="2030", baseline="2013", as_written="keeping its pledge to reduce greenhouse gas emissions 46% from FY2013 levels by FY2030"),
        "diplomacy.quad_leader_meetings": F(6, as_written="Quad leaders have met six times"),
    },
    "elections": {
        "ldp_president_2024": E("LDP president", "2024-09-27", "held", result="Ishiba Shigeru, in a runoff"),
        "lower_house_2024": E("Lower House", "2024-10-27", "held", result="LDP-Komeito 215 of 465 seats (46%), majority lost"),
        "upper_house_2025": E("Upper House", "2025-07", "upcoming"),
    },
    "events": {
        "tariff_talks_announced": EV("Trump and Ishiba agree by telephone to open tariff negotiations", "2025-04-07", "held"),
    },
    "notes": "Traps: 'received a warm welcome at the White House on February 7' (summit); 'Former President Joe Biden and former Prime Minister Kishida Fumio' (former leaders); 'On March 6 Trump also complained' (no value); bullet list 'March 12: Section 232 tariffs of 25% on steel and aluminum' and 'April 3: a 25% Section 232 tariff on imported cars and light trucks, added to the normal 2.5% duty' and 'tariffs on parts are due by May 3' (product tariffs, not the tariff on most imports); 'a 90-day pause, until July 9, of the 24% \"reciprocal\" rate that the President had announced for Japan on April 2' (suspended, not applied); Figure 1 (tariffs by product: most goods, autos, steel, aluminum; axis ticks 0-30 percent, no value labels) and its source note 'Auto rate includes the 2.5% MFN duty'; 'met the President and Cabinet officials in Washington on April 16' (first round of the 2025 talks: not the 2019 first_negotiating_round slug) and 'a second round is planned for late April or early May'; 'raising Japanese investment in the United States to $1 trillion, a figure Tokyo has not turned into a formal commitment' (not an investment pledge); 'Nippon Steel's bid for U.S. Steel, blocked by Biden in January'; 'Talks on a successor have not begun'; 'with ¥43 trillion budgeted over FY2023-FY2027' (yen plan); 'Japan should aim for at least 3%' (a nominee's suggestion, not the goal); 'up to 400 Tomahawk cruise missiles under a contract signed in January 2024' (count and date, not the amount); 'Of the roughly 9,000 Marines who are to leave the prefecture' (total leaving, not Guam) and 'the first small contingent reached Guam in December 2024' (the number is in Table 1); 'won the LDP presidency in a runoff on September 27, 2024' (listed as ldp_president_2024, not a Diet election); 'short of the 233 needed to control it' and '215 seats' (counts beside the 46%); 'the FY2025 budget passed on March 31' (not a supplementary budget); 'cabinet approval below 30%' (not a seat share); 'the goods deficit alone, $68.5 billion, was the seventh-largest' (deficit rank, not a trade rank); 'five partners came ahead of Japan' (export rank 6) and 'only four did' (import rank 5); 'holdings of about $783 billion at the end of 2023' and 'roughly $1.1 trillion' (amounts); 'the United Kingdom has moved ahead of China into second place' (other countries' ranks); 'an annualized 2.2% gain in the October-December quarter' (a quarter); 'The FY2025 budget that followed is the largest on record at ¥115.5 trillion' (initial budget, not supplementary); 'near ¥140 to the dollar' and 'in July 2024 it had sunk to a 38-year low' (past yen value); 'new climate targets of 60% below FY2013 levels by FY2035 and 73% by FY2040' (later targets, not the 2030 pledge); 'India is to host the next summit' (planned) and 'The group's foreign ministers met in Washington on January 21' (ministers, not leaders); 'President Yoon Suk Yeol's impeachment' (another country's president). Judgement calls: the tariff on most imports is the 10% baseline collected since April 5, 2025 (the 24% rate is paused); the table's 'Exclusive-use area share | roughly 70%' is the facilities fact on the exclusive-use basis (about 70); 'about half' is about 50; '0.6%' is exact; 'Marines on Guam so far | about 100' is marines_in_guam; 'Ranked by purchases of U.S. exports, five partners came ahead of Japan; ranked by sales to the United States, only four did' gives export rank 6 and import rank 5; 'the single largest group of foreign direct investors' and 'Japan holds the most' are rank 1; 'close to $90 billion' is nearly; the talks' announcement by telephone on April 7, 2025 is tariff_talks_announced. PDF ligatures, curly quotes, NBSP, hyphenation (pdftotext -layout turns NBSPs into spaces).",
}
