from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "HB2-IF11120-2020-07", "fresh27", "IF11120", 11
TITLE = "U.S.-Japan Trade Agreement Negotiations"
LAYOUTS = ["md", "interleaved"]
PDF_OPTS = ["lig", "nbsp"]

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated July 14, 2020

## Where Things Stand

More than six months after two limited trade agreements between the United States and Japan entered into force, the broader negotiations both governments promised have not resumed. The U.S.-Japan Trade Agreement (USJTA), which cuts or removes tariffs on certain agricultural and industrial goods, and a separate U.S.-Japan Digital Trade Agreement both took effect on January 1, 2020. President Donald Trump and Prime Minister Abe Shinzo had described the pair as a "first stage." Under the USJTA, the two sides were to decide within four months of entry into force, that is, by late April, which subjects a second round of talks would cover. The COVID-19 pandemic, which has disrupted travel and forced Tokyo to put off the Summer Olympics to 2021, has so far stalled those consultations. Some Members of Congress have urged the Administration to press ahead with a comprehensive agreement; others have questioned whether the first-stage deal should have been submitted to Congress for approval.

## How the Deal Came Together

The Trump Administration withdrew the United States from the Trans-Pacific Partnership (TPP) in January 2017. Japan and ten other countries went on to conclude a revised pact, the CPTPP, in force since December 30, 2018, which gave Australian, Canadian, and other competitors better access to Japan's farm market than U.S. exporters enjoyed. In September 2018, Trump and Abe agreed to open bilateral negotiations. The first formal round took place in Washington in April 2019.

Pressure on Japan came from the possibility of new U.S. tariffs on autos. A Commerce Department investigation under Section 232 of the Trade Expansion Act of 1962 found that imports of cars and parts threatened U.S. national security. In a proclamation of May 17, 2019, the President agreed with that finding and directed negotiations with Japan and the European Union; tariffs as high as 25% had been discussed, but none were imposed. The current U.S. tariff on passenger cars remains 2.5%, and 25% on light trucks. The two leaders announced on September 25, 2019, on the sidelines of the U.N. General Assembly, that they had finalized the agreements, and their representatives signed them in Washington on October 7, 2019. Because the USJTA was concluded under delegated tariff authority, it was not submitted to Congress for a vote; Japan's Diet approved it in December.

## What the Agreements Do

Key commitments in the USJTA and the digital agreement include:

- Japan is cutting or eliminating tariffs on about $7 billion of U.S. food and agricultural exports, for example lowering its beef tariff from 38.5% to 26.6% this year and to 9% by FY2033, the CPTPP's schedule;
- the United States is reducing duties on some $1.3 billion of Japanese imports, largely machine tools and other industrial goods, while the removal of U.S. tariffs on autos and parts was left to "further negotiations";
- the digital agreement, covering about $40 billion in bilateral digital trade, bars customs duties on electronic transmissions and restricts data localization requirements.

## Trade and Investment Ties

Japan is a major U.S. economic partner. Counting goods and services, it was the fourth-largest trading partner of the United States in 2019. Table 1 shows the composition of that year's flows.

Table 1. U.S. Trade with Japan, 2019 ($ billions)

| | Goods | Services | Total |
| --- | --- | --- | --- |
| U.S. exports | 74.4 | 50.1 | 124.5 |
| U.S. imports | 143.6 | 35.7 | 179.3 |
| Balance | -69.2 | 14.4 | -54.8 |

Source: U.S. Bureau of Economic Analysis and Census Bureau.

U.S. sales to Japan reached $124.5 billion in 2019. Purchases from Japan were far larger: they came to $179.3 billion. The goods deficit of $69.2 billion, up from $67.6 billion in 2018, was the fourth-largest the United States ran with any partner, after those with China, the European Union, and Mexico. Agricultural exports, close to $12 billion last year, are the sector most affected by the first-stage deal.

The investment relationship may matter even more. Japanese companies' direct investment position in the United States totaled $619.3 billion at the end of 2019, the largest of any country's, having overtaken the United Kingdom's. American firms held $131.6 billion of direct investment in Japan that year. Japan also outranks all other foreign holders of U.S. Treasury securities, with about $1.27 trillion as of May, compared with China's $1.08 trillion.

## Issues for Congress

Several questions may arise in oversight. One is the scope of any second-stage deal: U.S. negotiators have cited services, investment, and nontariff barriers, while Japan seeks an end to the 2.5% U.S. car tariff. Another is whether Section 232 auto tariffs, which the Administration has not ruled out, remain a bargaining tool now that the President's statutory deadline to act on the investigation has passed. A third concerns the agreement's consistency with World Trade Organization rules, which generally require a free trade agreement to cover "substantially all" trade. Lawmakers from farm states may also ask whether U.S. exporters of wheat, pork, and dairy products now compete on equal terms with CPTPP suppliers in the Japanese market. Abe's term as leader of the Liberal Democratic Party runs until September 2021, and some observers expect talks to wait for the outcome of the U.S. elections in November.

**Brock R. Williams**, Specialist in International Trade and Finance

**Cathleen D. Cimino-Isaacs**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Abe Shinzo"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="The U.S.-Japan Trade Agreement (USJTA), which cuts or removes tariffs", note="in force date from 'both took effect on January 1, 2020' (shared with the digital agreement)"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="and a separate U.S.-Japan Digital Trade Agreement both took effect on January 1, 2020"),
        "agreements.usjta_signed": D("2019-10-07", as_written="their representatives signed them in Washington on October 7, 2019"),
        "trade.overall_partner_rank": F(4, period="2019", as_written="it was the fourth-largest trading partner of the United States in 2019"),
        "trade.us_exports_to_japan": F(124500000000, period="2019", as_written="U.S. sales to Japan reached $124.5 billion in 2019", note="also Table 1's Total column"),
        "trade.us_goods_exports_to_japan": F(74400000000, period="2019", as_written="Table 1: U.S. exports | 74.4", note="only in Table 1 (Goods column)"),
        "trade.us_services_exports_to_japan": F(50100000000, period="2019", as_written="Table 1: U.S. exports | 74.4 | 50.1", note="only in Table 1 (Services column)"),
        "trade.us_imports_from_japan": F(179300000000, period="2019", as_written="Purchases from Japan were far larger: they came to $179.3 billion", note="subject carried by 'they'; year from the sentence before"),
        "trade.us_goods_imports_from_japan": F(143600000000, period="2019", as_written="Table 1: U.S. imports | 143.6", note="only in Table 1 (Goods column)"),
        "trade.us_services_imports_from_japan": F(35700000000, period="2019", as_written="Table 1: U.S. imports | 143.6 | 35.7", note="only in Table 1 (Services column)"),
        "trade.goods_deficit": F(69200000000, period="2019", as_written="The goods deficit of $69.2 billion, up from $67.6 billion in 2018"),
        "trade.goods_deficit_rank": F(4, period="2019", as_written="was the fourth-largest the United States ran with any partner"),
        "trade.japan_fdi_stock_in_us": F(619300000000, period="2019", as_written="Japanese companies' direct investment position in the United States totaled $619.3 billion at the end of 2019"),
        "trade.fdi_source_rank": F(1, period="2019", as_written="the largest of any country's, having overtaken the United Kingdom's"),
        "trade.us_fdi_stock_in_japan": F(131600000000, period="2019", as_written="American firms held $131.6 billion of direct investment in Japan that year"),
        "trade.treasury_holder_rank": F(1, period="2020-05", as_written="Japan also outranks all other foreign holders of U.S. Treasury securities, with about $1.27 trillion as of May"),
    },
    "elections": {},
    "events": {
        "first_negotiating_round": EV("First formal round of U.S.-Japan trade negotiations, in Washington", "2019-04", "held"),
        "section232_autos_proclamation": EV("Presidential proclamation on the Section 232 auto investigation, directing negotiations", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Trump and Abe announce the agreements finalized, at the U.N. General Assembly", "2019-09-25", "held"),
    },
    "notes": "Traps: 'More than six months after' (relative); 'within four months of entry into force, that is, by late April' (deadline for consultations, not an agreement date); 'put off the Summer Olympics to 2021'; 'withdrew the United States from the Trans-Pacific Partnership (TPP) in January 2017'; 'Japan and ten other countries' and 'the CPTPP, in force since December 30, 2018' (another agreement's in-force date); 'In September 2018, Trump and Abe agreed to open bilateral negotiations' (not the first round); 'Section 232 of the Trade Expansion Act of 1962' (year of a law); 'tariffs as high as 25% had been discussed, but none were imposed' (no Section 232 auto tariff fact); 'The current U.S. tariff on passenger cars remains 2.5%, and 25% on light trucks' (product MFN duties, not the tariff on most imports); 'Japan's Diet approved it in December' (ratification, not signing or entry into force); bullets: 'about $7 billion of U.S. food and agricultural exports', 'from 38.5% to 26.6% this year and to 9% by FY2033' (Japan's beef tariff), 'some $1.3 billion of Japanese imports', 'about $40 billion in bilateral digital trade'; Table 1's Balance row (-69.2 goods is the deficit; services 14.4 and total -54.8 are not catalogue facts); 'up from $67.6 billion in 2018' (past deficit); 'after those with China, the European Union, and Mexico'; 'Agricultural exports, close to $12 billion last year' (a sector, not total exports); 'having overtaken the United Kingdom's' (the UK is not ranked); 'compared with China's $1.08 trillion' (China second); 'the 2.5% U.S. car tariff'; 'the President's statutory deadline ... has passed'; 'Abe's term as leader of the Liberal Democratic Party runs until September 2021' (term end, not an election) and 'the U.S. elections in November' (not Japanese, not listed). PDF (interleaved only): ligatures, NBSP; interleaved columns, the table and bullet list among them.",
}
