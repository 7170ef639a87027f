from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "G1-IF11120-2019-10", "tune5", "IF11120", 6
TITLE = "U.S.-Japan Trade Agreement Negotiations"
LAYOUTS = ["html", "layout"]
PDF_OPTS = ["quotes"]
SIDEBAR = "Japan in U.S. Trade"

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated October 10, 2019

## Two Agreements Signed

The first phase of the bilateral trade talks ended this week with signatures rather than a handshake. In the Oval Office on October 7, 2019, U.S. Trade Representative (USTR) Robert Lighthizer and Japan's ambassador to the United States, Sugiyama Shinsuke, signed the U.S.-Japan Trade Agreement (USJTA), a limited market-access deal covering tariffs on farm and industrial goods, together with a separate executive agreement on digital trade. President Donald J. Trump attended the ceremony.

Neither text is yet in effect. The Abe cabinet plans to seek the Diet's approval during the extraordinary session that convened on October 4. In Washington, no vote is planned: the Administration maintains that the USJTA's tariff cuts can be proclaimed under authority delegated by the Bipartisan Congressional Trade Priorities and Accountability Act of 2015 (TPA), and that the digital agreement requires no change to U.S. law. Officials in both capitals are aiming for the pair to enter into force on the first day of 2020.

## How the Talks Unfolded

The pace has been brisk by trade-policy standards. Negotiations trace back to a joint statement that President Trump and Prime Minister Shinzo Abe issued on September 26, 2018, and USTR gave Congress the 90-day notice TPA requires on October 16 of that year. The first formal round opened in Washington on April 15, 2019, with Lighthizer facing Motegi Toshimitsu, then Japan's economy minister (he has since become foreign minister). At the Group of Seven summit in Biarritz, France, on August 25, the two leaders said they had reached agreement "in principle." A month later, meeting in New York on September 25, 2019, they pronounced the first-stage terms settled and issued a further joint statement.

That statement looks beyond the present deal. It says the two governments intend to finish consultations within four months of the USJTA's entry into force and then to negotiate on other matters, possibly including services, investment, and customs procedures. Whether those talks will yield the comprehensive agreement that some Members have sought is uncertain.

## What Each Side Gives

- Japan is to eliminate or lower tariffs on some $7.2 billion worth of U.S. food and agricultural exports. Its duty on fresh and frozen beef, 38.5% today, would fall to 26.6% upon entry into force and in stages to 9% by FY2033, the treatment Australian and Canadian beef receives under the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP).
- The United States is to cut or remove duties on roughly $40 billion of imports from Japan, mainly industrial goods such as machine tools, steam turbines, and bicycle parts, along with a short list of farm products.
- Passenger vehicles and parts, nearly a third of U.S. goods imports from Japan by value, are left out. The 2.5% U.S. tariff on Japanese cars and the 25% tariff on light trucks continue to apply.
- The digital agreement bars customs duties on electronically transmitted products, such as music and e-books, and restricts requirements that data be stored locally or that source code be handed over.

## Autos and Section 232

Hanging over the talks is a finding the President accepted on May 17, 2019. In a proclamation that day, issued under Section 232 of the Trade Expansion Act of 1962, he agreed with the Commerce Department that imports of automobiles and parts threaten to impair U.S. national security, and he instructed USTR to seek agreements with Japan and the European Union to address the threat. Commerce had considered tariffs as high as 25%. None has been imposed. The proclamation's 180-day negotiating window closes in mid-November 2019, after which the President may decide whether to act. Japanese officials say Trump told Abe in New York that Japanese vehicles would not face Section 232 tariffs while the agreement is being carried out; the September 25 joint statement commits both sides to refrain from measures "against the spirit" of the deal but does not mention autos by name.

Steel and aluminum from Japan are in a different position. Japan received no exemption from the Section 232 duties the President imposed in March 2018, 25% on steel and 10% on aluminum, and they remain in place.

## Japan in U.S. Trade

Japan ranked behind three partners in 2018, Canada, Mexico, and China, in combined U.S. trade in goods and services.

Table 1. U.S. Trade with Japan, 2018 ($ billions)

| Flow | Goods | Services | Total |
| --- | --- | --- | --- |
| U.S. exports to Japan | 75.0 | 45.8 | 120.8 |
| U.S. imports from Japan | 142.6 | 35.9 | 178.5 |
| U.S. balance | -67.6 | 9.9 | -57.7 |

Source: U.S. Census Bureau (goods) and Bureau of Economic Analysis (services).

The United States bought $67.6 billion more merchandise from Japan than it sold there in 2018. In 2017 the gap had been $68.8 billion, third-largest among U.S. trading partners; Germany's edged past it in 2018, pushing Japan down to fourth. Census figures for January through August 2019 put the goods shortfall at $46.3 billion.

## Investment and Finance

Direct investment runs heavily in one direction. The United Kingdom remained the biggest foreign direct investor in the United States at the end of 2018; Japan, with a position of $484.4 billion on a historical-cost basis, came next. American companies' stake in Japan amounted to roughly a quarter of that, around $125 billion.

Japan once more owns more U.S. Treasury securities than any other foreign country. With holdings of about $1.12 trillion in June 2019, it moved back ahead of China for the first time since 2017.

## Issues for Congress

- **Consultation.** Some Members have questioned whether an agreement concluded without a vote satisfies TPA's requirements, and whether the Administration will submit any stage-two agreement for approval.
- **Autos.** Congress may watch whether the President imposes Section 232 tariffs on vehicles when the mid-November deadline passes, and how any tariff would affect Japanese-owned plants in the United States.
- **Competitiveness.** U.S. agricultural exporters have lost ground since January 2017, when the United States withdrew from the Trans-Pacific Partnership (TPP). The CPTPP, its 11-member successor, took effect for Japan on December 30, 2018, and the Japan-EU Economic Partnership Agreement followed on February 1, 2019.

**Brock R. Williams**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald J. Trump", note="also 'President Trump'"),
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Shinzo Abe", note="also 'The Abe cabinet', 'Trump told Abe'"),
        "agreements.usjta_signed": D("2019-10-07", as_written="In the Oval Office on October 7, 2019, U.S. Trade Representative (USTR) Robert Lighthizer and Japan's ambassador to the United States, Sugiyama Shinsuke, signed the U.S.-Japan Trade Agreement (USJTA)"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="Officials in both capitals are aiming for the pair to enter into force on the first day of 2020", note="expected, not yet in force ('Neither text is yet in effect'); date in words"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="Officials in both capitals are aiming for the pair to enter into force on the first day of 2020", note="expected; 'the pair' = the USJTA and the digital trade agreement named in the first paragraph"),
        "trade.overall_partner_rank": F(4, period="2018", as_written="Japan ranked behind three partners in 2018, Canada, Mexico, and China, in combined U.S. trade in goods and services", note="behind three = fourth"),
        "trade.us_exports_to_japan": F(120800000000, period="2018", as_written="Table 1: 'U.S. exports to Japan' row, 'Total' column, 120.8 ($ billions)"),
        "trade.us_goods_exports_to_japan": F(75000000000, period="2018", as_written="Table 1: 'U.S. exports to Japan' row, 'Goods' column, 75.0"),
        "trade.us_services_exports_to_japan": F(45800000000, period="2018", as_written="Table 1: 'U.S. exports to Japan' row, 'Services' column, 45.8"),
        "trade.us_imports_from_japan": F(178500000000, period="2018", as_written="Table 1: 'U.S. imports from Japan' row, 'Total' column, 178.5"),
        "trade.us_goods_imports_from_japan": F(142600000000, period="2018", as_written="Table 1: 'U.S. imports from Japan' row, 'Goods' column, 142.6"),
        "trade.us_services_imports_from_japan": F(35900000000, period="2018", as_written="Table 1: 'U.S. imports from Japan' row, 'Services' column, 35.9"),
        "trade.goods_deficit": F(67600000000, period="2018", as_written="The United States bought $67.6 billion more merchandise from Japan than it sold there in 2018", note="also Table 1 'U.S. balance' row, 'Goods' column, -67.6"),
        "trade.goods_deficit_rank": F(4, period="2018", as_written="Germany's edged past it in 2018, pushing Japan down to fourth"),
        "trade.fdi_source_rank": F(2, period="2018", as_written="The United Kingdom remained the biggest foreign direct investor in the United States at the end of 2018; Japan, with a position of $484.4 billion on a historical-cost basis, came next", note="came next after the UK = 2"),
        "trade.japan_fdi_stock_in_us": F(484400000000, period="2018", as_written="Japan, with a position of $484.4 billion on a historical-cost basis", note="year carried from the clause before"),
        "trade.us_fdi_stock_in_japan": F(125000000000, "about", period="2018", as_written="American companies' stake in Japan amounted to roughly a quarter of that, around $125 billion", note="'around' is about; 'roughly a quarter' is a share, not the amount's hedge"),
        "trade.treasury_holder_rank": F(1, as_written="Japan once more owns more U.S. Treasury securities than any other foreign country"),
    },
    "elections": {},
    "events": {
        "first_negotiating_round": EV("First formal round of U.S.-Japan trade negotiations, Washington", "2019-04-15", "held"),
        "section232_autos_proclamation": EV("Section 232 proclamation finding auto imports threaten national security", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Trump and Abe, meeting in New York, pronounce the first-stage terms settled", "2019-09-25", "held"),
    },
    "notes": "Traps: 'the extraordinary session that convened on October 4' (Diet session, not in force); 'Bipartisan Congressional Trade Priorities and Accountability Act of 2015' (year of a law); 'a joint statement that President Trump and Prime Minister Shinzo Abe issued on September 26, 2018' (launch of talks, not the first round); 'the 90-day notice TPA requires on October 16 of that year'; 'Motegi Toshimitsu, then Japan's economy minister' (not the prime minister); 'at the Group of Seven summit in Biarritz, France, on August 25, the two leaders said they had reached agreement \"in principle\"' (not the finalization; the stage-one event is the September 25 meeting); 'within four months of the USJTA's entry into force' (a period, not a date); bullet 'some $7.2 billion worth of U.S. food and agricultural exports' and 'Its duty on fresh and frozen beef, 38.5% today, would fall to 26.6% upon entry into force and in stages to 9% by FY2033' (Japanese tariffs); bullet 'roughly $40 billion of imports from Japan' (tariff coverage, not imports from Japan); bullet 'nearly a third of U.S. goods imports from Japan by value' (share), 'The 2.5% U.S. tariff on Japanese cars and the 25% tariff on light trucks' (MFN duties, not Section 232 auto tariffs); 'Commerce had considered tariffs as high as 25%. None has been imposed' (no Section 232 auto rate); 'Section 232 of the Trade Expansion Act of 1962'; 'The proclamation's 180-day negotiating window closes in mid-November 2019'; 'the Section 232 duties the President imposed in March 2018, 25% on steel and 10% on aluminum' (not autos); Table 1 'U.S. balance' row's services 9.9 and total -57.7 (not the goods deficit); 'In 2017 the gap had been $68.8 billion, third-largest among U.S. trading partners' (past amount and rank); 'Census figures for January through August 2019 put the goods shortfall at $46.3 billion' (partial year); 'The United Kingdom remained the biggest foreign direct investor' (the UK is first, Japan second); 'roughly a quarter of that' (share); 'With holdings of about $1.12 trillion in June 2019, it moved back ahead of China for the first time since 2017' (amount and year, not a rank); Issues bullets: 'since January 2017, when the United States withdrew from the Trans-Pacific Partnership (TPP)', 'The CPTPP, its 11-member successor, took effect for Japan on December 30, 2018', 'the Japan-EU Economic Partnership Agreement followed on February 1, 2019' (other agreements). HTML: the section 'Japan in U.S. Trade' (rank sentence, Table 1, the deficit paragraph) is the floated sidebar box. Layout: pdftotext -layout runs the two columns side by side, with the table and bullet lists among them; curly quotes and apostrophes.",
}
