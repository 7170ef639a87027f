from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "UB2-IF11120-2021-06", "fresh41", "IF11120", 10
TITLE = "U.S.-Japan Trade Agreement Negotiations"
LAYOUTS = ["md", "layout"]
PDF_OPTS = ["lig", "quotes", "hyph"]
CHART = {"unit": "$ billions", "ymax": 160, "ticks": [0, 40, 80, 120, 160],
         "series": ["U.S. goods exports to Japan", "U.S. goods imports from Japan"],
         "bars": {"2016": (63.2, 132.2), "2017": (67.6, 136.5), "2018": (75.0, 142.6), "2019": (74.4, 143.6), "2020": (64.1, 119.5)}}

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated June 22, 2021

## Where Things Stand

Eighteen months after two limited trade agreements with Japan took effect, the Biden Administration has not said whether it will pursue the broader second stage of negotiations that the previous Administration had envisioned. When Prime Minister Suga Yoshihide visited the White House on April 16 (the first foreign leader to meet President Joseph R. Biden Jr. in person), the two governments issued a joint statement stressing cooperation on supply chains, climate, and technology rather than market access. Their new "Competitiveness and Resilience (CoRe) Partnership" has no tariff component. Some Members of Congress have urged the Administration to resume talks, to expand the coverage of the existing deals, or to rejoin the regional pact that the United States left in 2017.

## Origins of the 2019 Agreements

After withdrawing from the Trans-Pacific Partnership (TPP) in January 2017, the Trump Administration sought a bilateral deal with Japan. In September 2018 the two leaders agreed to open talks, and USTR notified Congress of its intent to negotiate the following month. The first formal round was held in Washington on April 15, 2019, with Japan's economy minister and the U.S. Trade Representative leading. A month later, on May 17, 2019, President Trump proclaimed that imports of autos and parts threatened to impair U.S. national security, but he deferred action for 180 days to allow negotiations; the tariffs of up to 25% that had been floated were never imposed.

An agreement in principle was announced on September 25, 2019, when the two leaders met in New York. Twelve days later, on October 7, the U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement were signed in Washington. Neither required a vote of Congress: the Administration implemented the first under delegated tariff authorities and treated the second as an executive agreement. Both have been in force since January 1, 2020.

## What the Agreements Do

Under the USJTA, Japan is cutting or removing tariffs on about $7 billion of U.S. agricultural exports, roughly matching what it had offered in TPP. The United States, in turn, is removing or reducing tariffs on some $40 million of Japanese farm goods and on certain industrial products. The digital agreement bars customs duties on electronic transmissions and restricts data localization requirements.

Table 1. Selected Japanese Tariff Commitments under the USJTA

| Product | Pre-2020 | Final | By |
| --- | --- | --- | --- |
| Fresh beef | 38.5% | 9% | FY2033 |
| Fresh pork | up to ¥482/kg | ¥50/kg | FY2027 |
| Wine | 15% | 0% | FY2025 |
| Cheeses (some) | 29.8% | 0% | FY2033 |

Source: USTR, Annex I of the USJTA.

The U.S. tariff on Japanese passenger cars, 2.5%, was left in place, as were U.S. Section 232 duties of 25% on steel and 10% on aluminum, imposed in 2018. The European Union secured a truce with the United States on those metals tariffs last month; Tokyo has asked for similar treatment.

## The Trade and Investment Relationship

The pandemic shrank two-way commerce in 2020, yet Japan ranked fourth among U.S. trading partners that year, after China, Mexico, and Canada. U.S. exports of goods and services to Japan and imports from Japan came to $104.4 billion and $147.9 billion, respectively, each down by about a fifth from the year before.

- Goods made up $64.1 billion of those exports and services the other $40.3 billion.
- On the import side, goods accounted for $119.5 billion; services, for $28.4 billion.

**Figure 1. U.S. Goods Trade with Japan, 2016-2020**

Source: CRS, with U.S. Census Bureau data.

In goods alone, the United States ran a $55.4 billion deficit with Japan in 2020. It was the sixth-largest bilateral goods deficit, having ranked fourth in 2019. Automobiles and parts accounted for roughly a third of U.S. goods imports from Japan.

Investment ties are deeper than trade. No country holds a larger stock of foreign direct investment (FDI) in the United States than Japan, whose firms' holdings were valued at $619.3 billion at the end of 2019; the United Kingdom's came to $505 billion. U.S. companies' direct investment in Japan was far smaller, at roughly $122 billion. As of April 2021, Japan's holdings of U.S. Treasury securities (about $1.24 trillion) exceeded those of China, the runner-up.

## Looking Ahead

Japan's political calendar may shape any renewed talks. Suga's term as president of the Liberal Democratic Party expires in September, when the party is to hold a leadership election, and a general election for the House of Representatives must take place by October. Tokyo is meanwhile chairing this year's work to enlarge the 11-member Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP), whose members agreed on June 2 to begin the United Kingdom's accession process. Japan also signed the 15-nation Regional Comprehensive Economic Partnership (RCEP) in November 2020; the United States belongs to neither. Japanese officials, for their part, have signaled that any second stage would need to deal with the U.S. duty on autos, whose eventual removal Tokyo says the 2019 talks left open; U.S. officials have not accepted that reading.

Issues for Congress may include whether to press for a comprehensive agreement covering services, investment, and nontariff barriers; whether such a deal would be submitted for approval under trade promotion authority, which expires on July 1; and how to coordinate with Japan on export controls and supply chains for semiconductors.

**Cathleen D. Cimino-Isaacs**, Analyst in International Trade and Finance

**Brock R. Williams**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Suga", "Yoshihide", "Prime Minister Suga Yoshihide", note="family name first"),
        "leaders.us_president": P("Biden", "Joseph", "President Joseph R. Biden Jr.", note="inside a parenthesis"),
        "trade.overall_partner_rank": F(4, period="2020", as_written="Japan ranked fourth among U.S. trading partners that year, after China, Mexico, and Canada"),
        "trade.us_exports_to_japan": F(104400000000, period="2020", as_written="U.S. exports of goods and services to Japan and imports from Japan came to $104.4 billion and $147.9 billion, respectively", note="year carried from the sentence before"),
        "trade.us_imports_from_japan": F(147900000000, period="2020", as_written="U.S. exports of goods and services to Japan and imports from Japan came to $104.4 billion and $147.9 billion, respectively"),
        "trade.us_goods_exports_to_japan": F(64100000000, period="2020", as_written="Goods made up $64.1 billion of those exports", note="bullet"),
        "trade.us_services_exports_to_japan": F(40300000000, period="2020", as_written="and services the other $40.3 billion", note="bullet, verb elided"),
        "trade.us_goods_imports_from_japan": F(119500000000, period="2020", as_written="On the import side, goods accounted for $119.5 billion", note="bullet"),
        "trade.us_services_imports_from_japan": F(28400000000, period="2020", as_written="services, for $28.4 billion", note="bullet, verb elided"),
        "trade.goods_deficit": F(55400000000, period="2020", as_written="In goods alone, the United States ran a $55.4 billion deficit with Japan in 2020"),
        "trade.goods_deficit_rank": F(6, period="2020", as_written="It was the sixth-largest bilateral goods deficit, having ranked fourth in 2019", note="subject carried"),
        "trade.fdi_source_rank": F(1, period="2019", as_written="No country holds a larger stock of foreign direct investment (FDI) in the United States than Japan"),
        "trade.japan_fdi_stock_in_us": F(619300000000, period="2019", as_written="whose firms' holdings were valued at $619.3 billion at the end of 2019"),
        "trade.us_fdi_stock_in_japan": F(122000000000, "about", period="2019", as_written="U.S. companies' direct investment in Japan was far smaller, at roughly $122 billion", note="year carried from the sentence before"),
        "trade.treasury_holder_rank": F(1, period="2021-04", as_written="As of April 2021, Japan's holdings of U.S. Treasury securities (about $1.24 trillion) exceeded those of China, the runner-up"),
        "agreements.usjta_signed": D("2019-10-07", as_written="Twelve days later, on October 7, the U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement were signed in Washington", note="year carried from September 25, 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="Both have been in force since January 1, 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="Both have been in force since January 1, 2020"),
    },
    "elections": {
        "ldp_president_2021": E("LDP president", "2021-09", "upcoming", note="'expires in September, when the party is to hold a leadership election' (year from the text's date)"),
        "lower_house_2021": E("Lower House", "2021-10", "upcoming", note="'must take place by October' (year from the text's date)"),
    },
    "events": {
        "first_negotiating_round": EV("First formal round of U.S.-Japan trade negotiations", "2019-04-15", "held"),
        "section232_autos_proclamation": EV("Section 232 autos proclamation", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Agreement in principle on the stage-one deals", "2019-09-25", "held"),
    },
    "notes": "Traps: 'Eighteen months after two limited trade agreements with Japan took effect'; 'on April 16 (the first foreign leader to meet President Joseph R. Biden Jr. in person)' (summit, untracked); 'the regional pact that the United States left in 2017' and 'After withdrawing from the Trans-Pacific Partnership (TPP) in January 2017'; 'In September 2018 the two leaders agreed to open talks' (not tariff_talks_announced, the set's convention) and 'USTR notified Congress of its intent to negotiate the following month'; 'he deferred action for 180 days'; 'the tariffs of up to 25% that had been floated were never imposed' (no Section 232 auto tariff); 'Twelve days later'; 'about $7 billion of U.S. agricultural exports' and 'some $40 million of Japanese farm goods'; Table 1 (Japanese tariff commitments: 38.5%, 9%, ¥482/kg, ¥50/kg, 15%, 29.8%, FY2025-FY2033; none a catalogue fact); 'The U.S. tariff on Japanese passenger cars, 2.5%, was left in place' (MFN duty, not the Section 232 auto tariff); 'Section 232 duties of 25% on steel and 10% on aluminum, imposed in 2018' (product tariffs, no tariff on most imports); 'The European Union secured a truce ... last month' (another party); 'after China, Mexico, and Canada'; 'each down by about a fifth from the year before'; Figure 1 (goods trade 2016-2020; years, ticks 0-160 and legend, no value labels); 'having ranked fourth in 2019' (past deficit rank); 'Automobiles and parts accounted for roughly a third'; 'the United Kingdom's came to $505 billion' (another country's FDI stock); 'about $1.24 trillion' (Treasury holdings) and 'China, the runner-up'; 'Suga's term as president of the Liberal Democratic Party expires in September'; 'the 11-member Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP), whose members agreed on June 2'; 'the 15-nation Regional Comprehensive Economic Partnership (RCEP) in November 2020'; 'trade promotion authority, which expires on July 1'; 'any second stage would need to deal with the U.S. duty on autos' (no rate, no tariff fact). Layout text (pdftotext -layout): two columns side by side, ligatures, curly quotes, hyphenated line ends.",
}
