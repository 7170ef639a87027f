from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "QB2-IF11120-2019-06", "fresh36", "IF11120", 3
TITLE = "U.S.-Japan Trade Agreement Negotiations"
LAYOUTS = ["layout", "interleaved"]
PDF_OPTS = ["lig", "hyph"]
CHART = {"unit": "$ billions", "ymax": 160, "ticks": [0, 40, 80, 120, 160],
         "series": ["U.S. goods exports to Japan", "U.S. goods imports from Japan"],
         "bars": {"2014": (66.8, 134.0), "2015": (62.4, 131.4), "2016": (63.2, 130.4), "2017": (67.6, 136.5), "2018": (75.0, 142.6)}}

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated June 13, 2019

## Overview

Nine months after the two governments agreed in principle to negotiate, the first formal round of U.S.-Japan trade talks was held in Washington in mid-April, between U.S. Trade Representative Robert Lighthizer and Japan's economic revitalization minister, Motegi Toshimitsu. The two have met twice since. President Trump, who was received in Tokyo from May 25 to 28 as the first state guest of the new imperial era, told reporters there that he expected "big" announcements, "probably in August," a timetable that would leave Prime Minister Shinzo Abe free of an unpopular farm deal until after Japan's July election. Both leaders will meet again at the Group of 20 summit in Osaka on June 28-29. Congress has a formal role under Trade Promotion Authority (TPA), and some Members have questioned whether a limited, staged agreement would satisfy TPA's objectives.

## How the Talks Came About

Less than a week after taking office, in January 2017, President Trump withdrew the United States from the Trans-Pacific Partnership (TPP). Japan then led the remaining 11 members to a successor pact, the CPTPP, which entered into force for Japan on December 30, 2018; a Japan-European Union economic partnership agreement followed on February 1, 2019. Both lower Japanese tariffs for U.S. competitors: Australian beef now enters Japan at 26.6%, U.S. beef at 38.5%. A joint statement issued on September 26, 2018, committed the two sides to talks on goods and "other key areas including services," and Tokyo secured a pledge that the United States would respect Japan's past market-access commitments on farm products as its ceiling. USTR notified Congress of its intent to negotiate on October 16 and published 22 sets of negotiating objectives on December 21.

## Autos and Section 232

Japan has had no exemption from the 25% and 10% Section 232 tariffs on steel and aluminum since March 2018, and autos, which account for roughly a third of U.S. imports from Japan, remain exposed as well. On May 17, the President proclaimed that imports of motor vehicles and parts, particularly from Japan and the EU, threaten to impair U.S. national security, but instead of imposing tariffs, he directed USTR to seek agreements that would address the threat within 180 days, or by mid-November. A tariff of 25% had been discussed during Commerce's investigation; the current U.S. duty on passenger cars is 2.5%, and on light trucks 25%. Japanese firms built some 3.8 million vehicles in U.S. plants in 2018, and Toyota alone has pledged $13 billion in U.S. investment over five years. Tokyo has said it would not accept quantitative limits on its auto exports.

## Trade and Investment Ties

Some $120.6 billion in goods and services flowed from the United States to Japan in 2018: $75.0 billion of it goods and $45.6 billion services. In the other direction, $177.7 billion in imports from Japan included $142.6 billion in goods, with the rest in services (Table 1). Japan ranked fourth among U.S. trading partners that year. A goods shortfall of $67.6 billion, the gap that most concerns the Administration, was exceeded only by the U.S. deficits with China, Mexico, and Germany, and was about $1 billion smaller than in 2017.

Table 1. U.S. Trade with Japan, 2017-2018 ($ billions)

| Flow | 2017 | 2018 |
| --- | --- | --- |
| Goods exports | 67.6 | 75.0 |
| Services exports | 44.9 | 45.6 |
| Goods imports | 136.5 | 142.6 |
| Services imports | 33.5 | 35.1 |
| Goods balance | -68.9 | -67.6 |

Source: U.S. Census Bureau and Bureau of Economic Analysis.

$484.4 billion, the value of Japanese direct investment in the United States at the end of 2018, placed Japan behind only the United Kingdom as a source of FDI; Japanese-owned affiliates employ about 860,000 Americans. U.S. direct investment in Japan stood at roughly $125 billion that year. As of the end of March, Japan's $1.08 trillion in U.S. Treasury securities made it the second-largest foreign holder, after China, with $1.12 trillion.

**Figure 1. U.S. Goods Trade with Japan, 2014-2018**

Source: CRS, with U.S. Census Bureau data.

## What Is on the Table

Agriculture comes first for U.S. negotiators. Since the CPTPP took effect, U.S. pork, wheat, and beef have paid higher Japanese duties than Canadian or Australian rivals, and farm groups estimate their sales losses in the hundreds of millions of dollars. Japan's priority is the reverse: lifting the threat of auto tariffs, and ideally the removal of the 2.5% U.S. car duty, which the TPP would have phased out over 25 years. Digital trade rules, largely settled in the TPP's e-commerce chapter, are widely seen as a candidate for an early harvest.

## Politics in Tokyo

Half of the 242 seats in the House of Councillors will be contested in July, and Japan's farm groups, an important LDP constituency, oppose any tariff cuts on beef, pork, or rice beyond those Japan accepted in the TPP. Abe has reportedly set aside the idea of calling a simultaneous lower house vote. A consumption tax increase, from 8% to 10%, is to take effect on October 1.

## Issues for Congress

- Whether an agreement covering only some sectors, concluded in stages, would be submitted for a vote under TPA or implemented without one.
- Whether to press for enforceable currency provisions, which Tokyo rejects.
- Whether Section 232 auto tariffs, or quotas in their place, would be used as leverage.

**Brock R. Williams**, Specialist in International Trade and Finance

**Cathleen D. Cimino-Isaacs**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Trump", note="given name not written"),
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Shinzo Abe", note="given name first"),
        "trade.us_exports_to_japan": F(120600000000, "about", period="2018", as_written="Some $120.6 billion in goods and services flowed from the United States to Japan in 2018", note="figure before its subject; 'Some' hedges"),
        "trade.us_goods_exports_to_japan": F(75000000000, period="2018", as_written="$75.0 billion of it goods", note="also Table 1's 2018 column"),
        "trade.us_services_exports_to_japan": F(45600000000, period="2018", as_written="and $45.6 billion services", note="also Table 1's 2018 column"),
        "trade.us_imports_from_japan": F(177700000000, period="2018", as_written="In the other direction, $177.7 billion in imports from Japan", note="year carried from the sentence before"),
        "trade.us_goods_imports_from_japan": F(142600000000, period="2018", as_written="included $142.6 billion in goods", note="also Table 1's 2018 column"),
        "trade.us_services_imports_from_japan": F(35100000000, period="2018", as_written="| Services imports | 33.5 | 35.1 |", note="only in Table 1's 2018 column ($ billions in the caption); prose says 'with the rest in services'"),
        "trade.overall_partner_rank": F(4, period="2018", as_written="Japan ranked fourth among U.S. trading partners that year"),
        "trade.goods_deficit": F(67600000000, period="2018", as_written="A goods shortfall of $67.6 billion", note="also Table 1's balance row, 2018"),
        "trade.goods_deficit_rank": F(4, period="2018", as_written="was exceeded only by the U.S. deficits with China, Mexico, and Germany", note="rank by exclusion of three"),
        "trade.japan_fdi_stock_in_us": F(484400000000, period="2018", as_written="$484.4 billion, the value of Japanese direct investment in the United States at the end of 2018", note="figure before its subject"),
        "trade.fdi_source_rank": F(2, period="2018", as_written="placed Japan behind only the United Kingdom as a source of FDI", note="rank by exclusion"),
        "trade.us_fdi_stock_in_japan": F(125000000000, "about", period="2018", as_written="U.S. direct investment in Japan stood at roughly $125 billion that year"),
        "trade.treasury_holder_rank": F(2, period="2019-03", as_written="As of the end of March, Japan's $1.08 trillion in U.S. Treasury securities made it the second-largest foreign holder, after China", note="year from the cover"),
    },
    "elections": {
        "upper_house_2019": E("Upper House", "2019-07", "upcoming", note="half of the 242 seats contested in July; year from the cover"),
    },
    "events": {
        "first_negotiating_round": EV("First formal round of U.S.-Japan trade talks, Washington", "2019-04", "held"),
        "section232_autos_proclamation": EV("Section 232 proclamation on autos and parts; action deferred 180 days", "2019-05-17", "held"),
    },
    "notes": "Traps: 'Nine months after the two governments agreed in principle to negotiate'; 'The two have met twice since'; 'received in Tokyo from May 25 to 28 as the first state guest of the new imperial era' (a visit, not an event tracked); 'probably in August' (expected announcements, no agreement date) and 'until after Japan's July election'; 'the Group of 20 summit in Osaka on June 28-29' (planned); 'Less than a week after taking office, in January 2017' and 'withdrew the United States from the Trans-Pacific Partnership'; 'the remaining 11 members'; 'the CPTPP, which entered into force for Japan on December 30, 2018' and 'a Japan-European Union economic partnership agreement followed on February 1, 2019' (other agreements, not the USJTA or the digital agreement: no agreements.* fact); 'Australian beef now enters Japan at 26.6%, U.S. beef at 38.5%' (Japanese tariffs); 'A joint statement issued on September 26, 2018' (not tracked; no agreements fact); 'on October 16' and '22 sets of negotiating objectives on December 21'; 'the 25% and 10% Section 232 tariffs on steel and aluminum since March 2018' (product tariffs; no tariffs.* fact); 'roughly a third of U.S. imports from Japan'; 'within 180 days, or by mid-November' (deadline, not the proclamation); 'A tariff of 25% had been discussed' (not imposed: no tariffs.section232_autos); 'the current U.S. duty on passenger cars is 2.5%, and on light trucks 25%' (MFN rates, not catalogue tariffs); 'some 3.8 million vehicles in U.S. plants in 2018'; 'Toyota alone has pledged $13 billion in U.S. investment over five years' (a company pledge, not FDI stock); 'with the rest in services' (no number in prose; the services import figure is only Table 1's); 'and was about $1 billion smaller than in 2017' (change, not the deficit); Table 1's 2017 column (67.6, 44.9, 136.5, 33.5, -68.9: past year); 'Japanese-owned affiliates employ about 860,000 Americans'; 'after China, with $1.12 trillion' (China's holdings); Figure 1 (goods trade 2014-2018, $ billions; axis ticks 0-160, years and a two-series legend, no value labels); 'U.S. pork, wheat, and beef have paid higher Japanese duties', 'in the hundreds of millions of dollars', 'the removal of the 2.5% U.S. car duty, which the TPP would have phased out over 25 years' (MFN rate, not a catalogue tariff), 'a candidate for an early harvest' (no digital agreement fact); 'Half of the 242 seats in the House of Councillors' (seat count); 'Abe has reportedly set aside the idea of calling a simultaneous lower house vote' (no Lower House election); 'A consumption tax increase, from 8% to 10%, is to take effect on October 1'; Issues bullets (no values). Layout: pdftotext -layout runs the two columns side by side, table among them; interleaved: column lines alternating; ligatures and hyphenated line ends.",
}
