from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "TC2-IF11120-2019-11", "fresh40", "IF11120", 6
TITLE = "U.S.-Japan Trade Agreement Negotiations"
LAYOUTS = ["html", "layout"]
PDF_OPTS = ["quotes", "nbsp", "hyph"]
SIDEBAR = "The Digital Trade Agreement"
CHART = {"unit": "$ billions", "ymax": 16, "ticks": [0, 4, 8, 12, 16],
         "series": ["U.S. agricultural exports to Japan"],
         "bars": {"2014": (13.4,), "2015": (12.2,), "2016": (11.6,), "2017": (12.0,), "2018": (12.9,)}}

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated November 22, 2019

## Status of the Talks

After six months of formal negotiations, the United States and Japan have concluded two limited trade agreements, which the Trump Administration calls a first stage. At a White House ceremony on October 7, 2019, U.S. Trade Representative Robert Lighthizer and Japan's ambassador, Sugiyama Shinsuke, signed the U.S.-Japan Trade Agreement (USJTA), which covers tariffs on goods. The same pair also signed a separate U.S.-Japan Digital Trade Agreement. Neither requires a vote by Congress, because the Administration is using tariff-proclamation authority delegated by the Trade Promotion Authority statute of 2015 and treats the digital text as an executive agreement.

On the Japanese side, approval by the Diet is needed. The House of Representatives passed both agreements on November 19; the House of Councillors is expected to vote in early December. Once that is done, the two governments intend to exchange notes so that both agreements can enter into force on January 1, 2020. Some Members of Congress have questioned whether a deal of this scope satisfies the consultation requirements of the 2015 statute.

Politically, Abe is in a strong position to see the agreements through. His Liberal Democratic Party (LDP) and its partner, Komeito, kept their majority in the House of Councillors in the July 21 election, though together with allied parties they fell short of the two-thirds needed to propose constitutional amendments. On November 20, he became the longest-serving prime minister in Japan's history.

## How the Agreements Came About

In September 2018, President Trump and Prime Minister Abe Shinzo agreed in New York to begin talks. For the Administration, the goal was to regain ground in Japan's farm market lost when the United States withdrew from the Trans-Pacific Partnership (TPP) in January 2017. Japan's agreements with the 10 other TPP signatories (the CPTPP, in force since December 30, 2018) and with the European Union (in force since February 1, 2019) had begun to lower tariffs on U.S. competitors' beef, pork, and wine.

Held in Washington, the first negotiating round opened in mid-April 2019. One month later, on May 17, the President issued a proclamation under Section 232 of the Trade Expansion Act of 1962, finding that imports of autos and parts threatened U.S. national security. It gave negotiators 180 days to address the threat, but no tariff was imposed; the Administration had weighed duties of as much as 25%. Meeting on the sidelines of the U.N. General Assembly on September 25, the two leaders announced that the first stage was complete. According to their joint statement, the United States does not intend to take "actions contrary to the spirit" of the agreements while they are being faithfully carried out. The 180-day period expired in mid-November without further action.

## What the Goods Agreement Does

When it takes effect, the USJTA will eliminate or lower Japanese tariffs on about $7.2 billion of U.S. agricultural exports, bringing many of them to the CPTPP level. For the United States, the commitments are narrower: duties on roughly $40 million of Japanese farm goods and on a range of industrial items, such as machine tools and bicycles, are to be cut or removed. The 2.5% U.S. tariff on passenger cars is untouched, and the steel and aluminum tariffs of 25% and 10% imposed in 2018 also remain in place for Japan.

Table 1. Selected Japanese Tariffs on U.S. Products

| Product | Current rate | On entry into force | Final rate (year) |
| --- | --- | --- | --- |
| Fresh or frozen beef | 38.5% | 26.6% | 9% (2033) |
| Wine | 15% or ¥125/liter | reduced | 0% (2025) |
| Natural cheese | 29.8%-40% | reduced | 0% (2033) |

Source: CRS, from the USJTA annexes. Japanese fiscal years.

Rice was excluded, and Japan did not agree to the tariff-rate quotas it had offered in the TPP. Within four months of entry into force, the parties are to consult on a second stage that could address services, investment, and other issues.

## The Digital Trade Agreement

The digital agreement bars customs duties on electronic transmissions, such as music and e-books, and prohibits requirements to store data locally. Its provisions largely track the U.S.-Mexico-Canada Agreement (USMCA), still awaiting action in Congress. It also restricts government demands for the source code or algorithms of software.

## Trade and Investment Ties

Measured by total trade in goods and services, Japan was the fourth-largest U.S. partner in 2018. U.S. exports to it that year reached $120.9 billion. Goods made up $75.0 billion of that total; services, $45.9 billion. Flowing the other way were imports valued at $178.2 billion. Some $142.6 billion of them were goods. Services imports accounted for the other $35.6 billion.

U.S. goods imports from Japan exceeded exports by $67.6 billion in 2018. Among bilateral goods deficits, that gap ranked fourth, behind those with China, Mexico, and Germany. Through September 2019, the deficit was running slightly above the previous year's pace.

**Figure 1. U.S. Agricultural Exports to Japan, 2014-2018**

Source: CRS, with U.S. Department of Agriculture data.

As an investor, Japan ranks near the top. By the end of 2018, Japanese companies had built up a direct investment position in the United States of $484.4 billion, second only to the United Kingdom's. U.S. firms' position in Japan was far smaller, at about $125 billion. Japan also holds more U.S. Treasury securities than any other country. In June 2019 it overtook China, and it held $1.14 trillion as of September.

## Issues for Congress

- Whether the Administration will seek a more comprehensive second-stage agreement, and whether such an agreement would be submitted to Congress for approval.
- Whether Section 232 tariffs on Japanese autos remain possible after the 180-day period.
- How the agreement's agricultural safeguards, which could raise Japan's beef tariff temporarily if imports pass set thresholds, will operate.

**Brock R. Williams**, Specialist in International Trade and Finance

**Cathleen D. Cimino-Isaacs**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Trump", note="given name not written"),
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Abe Shinzo", note="family name first"),
        "agreements.usjta_signed": D("2019-10-07", as_written="At a White House ceremony on October 7, 2019, U.S. Trade Representative Robert Lighthizer and Japan's ambassador, Sugiyama Shinsuke, signed the U.S.-Japan Trade Agreement (USJTA)"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="the two governments intend to exchange notes so that both agreements can enter into force on January 1, 2020", note="expected, not yet in force (as extract-dev D5)"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="the two governments intend to exchange notes so that both agreements can enter into force on January 1, 2020", note="expected; 'both agreements' includes the Digital Trade Agreement"),
        "trade.overall_partner_rank": F(4, period="2018", as_written="Measured by total trade in goods and services, Japan was the fourth-largest U.S. partner in 2018"),
        "trade.us_exports_to_japan": F(120900000000, period="2018", as_written="U.S. exports to it that year reached $120.9 billion", note="'it' and 'that year' carried from the sentence before"),
        "trade.us_goods_exports_to_japan": F(75000000000, period="2018", as_written="Goods made up $75.0 billion of that total"),
        "trade.us_services_exports_to_japan": F(45900000000, period="2018", as_written="services, $45.9 billion", note="verb elided"),
        "trade.us_imports_from_japan": F(178200000000, period="2018", as_written="Flowing the other way were imports valued at $178.2 billion", note="direction and year from the preceding sentences"),
        "trade.us_goods_imports_from_japan": F(142600000000, "about", period="2018", as_written="Some $142.6 billion of them were goods", note="'them' = the imports of the sentence before"),
        "trade.us_services_imports_from_japan": F(35600000000, period="2018", as_written="Services imports accounted for the other $35.6 billion"),
        "trade.goods_deficit": F(67600000000, period="2018", as_written="U.S. goods imports from Japan exceeded exports by $67.6 billion in 2018"),
        "trade.goods_deficit_rank": F(4, period="2018", as_written="Among bilateral goods deficits, that gap ranked fourth, behind those with China, Mexico, and Germany"),
        "trade.fdi_source_rank": F(2, period="2018", as_written="By the end of 2018, Japanese companies had built up a direct investment position in the United States of $484.4 billion, second only to the United Kingdom's"),
        "trade.japan_fdi_stock_in_us": F(484400000000, period="2018", as_written="By the end of 2018, Japanese companies had built up a direct investment position in the United States of $484.4 billion"),
        "trade.us_fdi_stock_in_japan": F(125000000000, "about", period="2018", as_written="U.S. firms' position in Japan was far smaller, at about $125 billion", note="year carried from the sentence before"),
        "trade.treasury_holder_rank": F(1, period="2019-09", as_written="Japan also holds more U.S. Treasury securities than any other country", note="the holdings dated 'as of September' (2019, from the cover)"),
    },
    "elections": {
        "upper_house_2019": E("Upper House", "2019-07-21", "held", result="LDP and Komeito kept their majority; pro-revision forces short of two-thirds"),
    },
    "events": {
        "first_negotiating_round": EV("First round of U.S.-Japan trade negotiations, in Washington", "2019-04", "held"),
        "section232_autos_proclamation": EV("Section 232 proclamation on autos and parts; 180 days for negotiations, no tariff", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Trump and Abe announce the first stage complete at the U.N. General Assembly", "2019-09-25", "held"),
    },
    "notes": "Traps: 'After six months of formal negotiations'; 'fell short of the two-thirds needed to propose constitutional amendments' and 'On November 20, he became the longest-serving prime minister' (no catalogue fact for IF11120); 'the Trade Promotion Authority statute of 2015' and 'the consultation requirements of the 2015 statute' (a law's year); 'The House of Representatives passed both agreements on November 19' and 'the House of Councillors is expected to vote in early December' (Diet votes, no elections); 'In September 2018, President Trump and Prime Minister Abe Shinzo agreed in New York to begin talks' (not the first round nor the stage-one announcement); 'withdrew from the Trans-Pacific Partnership (TPP) in January 2017'; 'the 10 other TPP signatories (the CPTPP, in force since December 30, 2018)' and 'with the European Union (in force since February 1, 2019)' (other agreements' entry into force); 'One month later, on May 17' (the proclamation, not the round); 'the Trade Expansion Act of 1962'; 'It gave negotiators 180 days' and 'the Administration had weighed duties of as much as 25%' (considered, never imposed: no tariffs.section232_autos); 'The 180-day period expired in mid-November'; 'about $7.2 billion of U.S. agricultural exports' and 'roughly $40 million of Japanese farm goods' (trade covered, not flows); 'The 2.5% U.S. tariff on passenger cars' (MFN car duty, not a tariff on most imports); 'the steel and aluminum tariffs of 25% and 10% imposed in 2018' (product tariffs); Table 1 (current, on-entry and final Japanese tariffs: 38.5%, 26.6%, 9% (2033); wine 15% or ¥125/liter, 0% (2025); cheese 29.8%-40%, 0% (2033): planned rates beside current ones, none a catalogue fact); 'Within four months of entry into force' (second stage planned); sidebar 'The Digital Trade Agreement' (html aside; the USMCA 'still awaiting action in Congress'); 'Through September 2019, the deficit was running slightly above the previous year's pace' (partial year, no figure); Figure 1 (U.S. agricultural exports to Japan 2014-2018, ticks 0-16, no values); 'behind those with China, Mexico, and Germany' (other countries); 'second only to the United Kingdom's' (rank 2 by exclusion, not 1); 'In June 2019 it overtook China' (date of passing China, not the holdings' date) and 'it held $1.14 trillion as of September' (amount, not rank); Issues for Congress bullets ('after the 180-day period', beef safeguards). Layout: pdftotext -layout runs the two columns side by side, Table 1 and the bullets among them; NBSP and hyphenated line ends; curly quotes.",
}
