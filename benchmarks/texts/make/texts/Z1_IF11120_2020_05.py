from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "Z1-IF11120-2020-05", "fresh5", "IF11120", 9
TITLE = "U.S.-Japan Trade Agreement Negotiations"
LAYOUTS = ["md", "layout"]
PDF_OPTS = ["lig", "hyph"]

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated May 21, 2020

## Overview

For a little over four months, two limited trade agreements between the United States and Japan have been in operation. The U.S.-Japan Trade Agreement (USJTA) reduces or eliminates tariffs on selected agricultural and industrial products, and the U.S.-Japan Digital Trade Agreement sets rules on cross-border data flows, electronic payments, and related matters. Both took effect on January 1, 2020. The Trump Administration describes them as a first stage; in a September 2019 joint statement the two governments said they intended to consult, within four months after entry into force, on the subjects of further talks. That window closed at the end of April with no consultations announced, and the Coronavirus Disease 2019 (COVID-19) pandemic has since crowded trade negotiations off both governments' agendas.

The Administration did not submit either agreement to Congress. It put the U.S. tariff cuts into effect by proclamation, relying on limited tariff authority delegated in the Bipartisan Congressional Trade Priorities and Accountability Act of 2015 (P.L. 114-26), and it regards the digital agreement as an executive agreement. Some Members objected that a deal of this kind ought to require a vote; the question could return if a more comprehensive agreement takes shape.

## How the Talks Unfolded

President Donald Trump and Prime Minister Shinzo Abe announced their intention to negotiate in September 2018. Japan had until then resisted U.S. calls for a bilateral free trade agreement, preferring that the United States return to the Trans-Pacific Partnership (TPP), from which it had withdrawn in January 2017. U.S. Trade Representative Robert Lighthizer and Japan's economy minister at the time, Toshimitsu Motegi, opened the first formal round in Washington on April 15, 2019.

Negotiators moved quickly. A deal in principle was announced at the Group of Seven summit in Biarritz, France, on August 25. A month later, on September 25, 2019, the two leaders met in New York and declared the stage-one texts final. The agreements were signed in Washington on October 7, 2019, by Ambassador Lighthizer and Japan's ambassador to the United States, Shinsuke Sugiyama. Japan's Diet approved the USJTA on December 4.

## What the Agreements Do

Japan's concessions are concentrated in agriculture, where U.S. exporters had been losing ground to competitors from countries with newer Japanese trade deals: the 11-member Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP), in force for Japan since December 30, 2018, and the Japan-EU Economic Partnership Agreement, effective February 1, 2019. Japan is eliminating or lowering tariffs on roughly $7.2 billion of U.S. food and farm exports, generally to the levels it grants CPTPP members. Its tariff on U.S. beef, for example, dropped from 38.5% to 26.6% on the first day and is scheduled to reach 9% in FY2033.

U.S. concessions are narrower. They cover mainly machine tools, steam turbines, bicycles, and certain other industrial goods, plus a short list of farm goods such as some cut flowers and green tea. The 2.5% U.S. tariff on Japanese passenger cars, and the 25% tariff on light trucks, are untouched; the USJTA says only that the elimination of the car tariff is subject to further negotiation.

The digital agreement largely tracks the digital trade chapter of the U.S.-Mexico-Canada Agreement (USMCA). It bars customs duties on electronic transmissions, such as music and e-books, and limits requirements to store data locally. USTR valued the bilateral digital trade it covers at about $40 billion a year.

## Autos and Section 232

The threat of U.S. tariffs on motor vehicles did much to bring Japan to the table. After the Commerce Department concluded in February 2019 that imports of autos and parts threatened to impair national security, President Trump issued a proclamation on May 17, 2019, directing USTR to seek agreements with Japan and the European Union to address that threat. Commerce had weighed tariffs as high as 25%. The 180 days allowed for those talks ran out in mid-November 2019, and no auto tariffs have been imposed. In the September joint statement, the two countries undertook to refrain from measures "against the spirit" of the agreements, which Japanese officials read as a pledge that Section 232 auto tariffs would not be applied to Japan; U.S. officials have not put it so plainly. Japanese steel and aluminum, by contrast, have paid Section 232 tariffs of 25% and 10%, respectively, since 2018.

## Trade and Investment Ties

Counting goods and services together, Japan was the fourth-largest U.S. trading partner last year. The United States sold $122.6 billion of goods and services to Japan in 2019. Goods, led by aircraft, liquefied natural gas, medical instruments, and corn, made up $75.7 billion of those exports; services, chiefly travel, charges for the use of intellectual property, and financial services, accounted for $46.9 billion. Table 1 shows what the United States bought in return.

Table 1. U.S. Imports from Japan, 2018 and 2019 ($ billions)

| Category | 2018 | 2019 |
| --- | --- | --- |
| Goods | 143.6 | 144.0 |
| Services | 36.1 | 35.4 |
| Total | 179.7 | 179.4 |

Source: CRS, with Bureau of Economic Analysis (BEA) data.

Motor vehicles and parts made up more than a third of goods imports. The U.S. goods deficit with Japan, $68.3 billion in 2019, was little changed from a year earlier. Among U.S. bilateral goods deficits, only those with China, Mexico, and Germany were bigger. Early figures for 2020 show the pandemic's effect: in the first quarter, U.S. goods imports from Japan were about 9% below their level a year before, at $32.7 billion, while goods exports slipped to $17.8 billion.

Investment ties are deep. Japanese firms held $484.4 billion of direct investment in the United States at the end of 2018; only British investors held a larger stake. Japanese-owned affiliates employed nearly 960,000 U.S. workers. The U.S. direct investment position in Japan was far smaller, at $124.5 billion. Japan has also been the largest foreign holder of U.S. Treasury securities since it overtook China in June 2019; its holdings stood at $1.27 trillion in March 2020, compared with China's $1.08 trillion.

## Outlook and Issues for Congress

Prospects for a second stage are uncertain. Prime Minister Abe, whose term as president of the ruling Liberal Democratic Party (LDP) ends in September 2021, has little political reason to offer further farm concessions, and Tokyo wants any broader deal to remove the U.S. auto tariff. The Administration's stated priorities for a second stage include services, investment, and customs procedures, but no date for talks has been set. Former Vice President Joe Biden, the presumptive Democratic presidential nominee, has said he would seek to renegotiate and rejoin the TPP's successor.

Members may consider whether to press the Administration on the timing and scope of further talks; whether future agreements with Japan should go to Congress for a vote; how Japan's pandemic response and supply-chain policies, including subsidies for firms that move production out of China, affect U.S. interests; and whether the United States should seek to join the CPTPP.

**Brock R. Williams**, Specialist in International Trade and Finance

**Cathleen D. Cimino-Isaacs**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump", note="also 'President Trump'; Joe Biden is a candidate ('presumptive Democratic presidential nominee')"),
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Shinzo Abe", note="given name first; also 'Prime Minister Abe'"),
        "agreements.usjta_signed": D("2019-10-07", as_written="The agreements were signed in Washington on October 7, 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="Both took effect on January 1, 2020", note="'Both' = the USJTA and the Digital Trade Agreement, named in the sentence before"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="Both took effect on January 1, 2020"),
        "trade.overall_partner_rank": F(4, period="2019", as_written="Counting goods and services together, Japan was the fourth-largest U.S. trading partner last year", note="'last year' is 2019 from the text's date"),
        "trade.us_exports_to_japan": F(122600000000, period="2019", as_written="The United States sold $122.6 billion of goods and services to Japan in 2019"),
        "trade.us_goods_exports_to_japan": F(75700000000, period="2019", as_written="Goods, led by aircraft, liquefied natural gas, medical instruments, and corn, made up $75.7 billion of those exports"),
        "trade.us_services_exports_to_japan": F(46900000000, period="2019", as_written="services, chiefly travel, charges for the use of intellectual property, and financial services, accounted for $46.9 billion"),
        "trade.us_imports_from_japan": F(179400000000, period="2019", as_written="Table 1, Total row, 2019 column: 179.4 ($ billions)"),
        "trade.us_goods_imports_from_japan": F(144000000000, period="2019", as_written="Table 1, Goods row, 2019 column: 144.0 ($ billions)"),
        "trade.us_services_imports_from_japan": F(35400000000, period="2019", as_written="Table 1, Services row, 2019 column: 35.4 ($ billions)"),
        "trade.goods_deficit": F(68300000000, period="2019", as_written="The U.S. goods deficit with Japan, $68.3 billion in 2019"),
        "trade.goods_deficit_rank": F(4, period="2019", as_written="Among U.S. bilateral goods deficits, only those with China, Mexico, and Germany were bigger", note="three named + 1"),
        "trade.fdi_source_rank": F(2, period="2018", as_written="only British investors held a larger stake"),
        "trade.japan_fdi_stock_in_us": F(484400000000, period="2018", as_written="Japanese firms held $484.4 billion of direct investment in the United States at the end of 2018"),
        "trade.us_fdi_stock_in_japan": F(124500000000, period="2018", as_written="The U.S. direct investment position in Japan was far smaller, at $124.5 billion", note="year carried from the FDI sentence before"),
        "trade.treasury_holder_rank": F(1, as_written="Japan has also been the largest foreign holder of U.S. Treasury securities since it overtook China in June 2019"),
    },
    "elections": {},
    "events": {
        "first_negotiating_round": EV("First formal negotiating round, Washington", "2019-04-15", "held"),
        "section232_autos_proclamation": EV("Section 232 proclamation on autos and parts directing negotiations", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Leaders declare the stage-one texts final in New York", "2019-09-25", "held"),
    },
    "notes": "Traps: 'For a little over four months' (time in force); 'in a September 2019 joint statement' and 'within four months after entry into force' / 'That window closed at the end of April' (consultation deadline, not an agreement date); 'Bipartisan Congressional Trade Priorities and Accountability Act of 2015 (P.L. 114-26)' (year of a law); 'announced their intention to negotiate in September 2018' (not the first round); 'from which it had withdrawn in January 2017' (TPP withdrawal); 'A deal in principle was announced at the Group of Seven summit in Biarritz, France, on August 25' (not the stage-one finalization or signing); 'Japan's Diet approved the USJTA on December 4' (not entry into force); 'in force for Japan since December 30, 2018' (CPTPP) and 'the Japan-EU Economic Partnership Agreement, effective February 1, 2019' (other agreements); 'roughly $7.2 billion of U.S. food and farm exports' (coverage, not exports to Japan); beef 'from 38.5% to 26.6%' and '9% in FY2033' (Japanese tariffs); 'The 2.5% U.S. tariff on Japanese passenger cars, and the 25% tariff on light trucks' (MFN tariffs, not Section 232); 'about $40 billion a year' (digital trade covered); 'concluded in February 2019' (Commerce finding, not the proclamation); 'Commerce had weighed tariffs as high as 25%' and 'no auto tariffs have been imposed' (no Section 232 auto rate stated); 'The 180 days allowed for those talks ran out in mid-November 2019'; 'Section 232 tariffs of 25% and 10%, respectively, since 2018' (steel and aluminum, not autos); Table 1's 2018 column (143.6, 36.1, 179.7: past year); 'more than a third of goods imports' (share); 'was little changed from a year earlier'; 'in the first quarter, U.S. goods imports from Japan were about 9% below their level a year before, at $32.7 billion, while goods exports slipped to $17.8 billion' (partial 2020 figures); 'nearly 960,000 U.S. workers' (employment); 'its holdings stood at $1.27 trillion in March 2020, compared with China's $1.08 trillion' (holdings; China second); 'Former Vice President Joe Biden, the presumptive Democratic presidential nominee' (candidate, not president); the LDP term ending September 2021 is a term end alone, not an election, as extract-dev's D1. Layout: pdftotext -layout of the two-column PDF with ligatures and hyphenated line ends; Table 1 sits among the column text.",
}
