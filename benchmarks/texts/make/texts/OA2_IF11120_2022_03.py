from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "OA2-IF11120-2022-03", "fresh34", "IF11120", 15
TITLE = "U.S.-Japan Trade Agreement Negotiations"
LAYOUTS = ["html", "layout"]
PDF_OPTS = ["quotes", "nbsp"]
SIDEBAR = "Key Dates, 2019-2020"
CHART = {"unit": "$ billions", "ymax": 160, "ticks": [0, 40, 80, 120, 160],
         "series": ["U.S. goods exports", "U.S. goods imports"],
         "bars": {"2017": (67.6, 136.5), "2018": (75.0, 142.6), "2019": (74.4, 143.6), "2020": (64.1, 119.5), "2021": (74.6, 135.1)}}

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated March 15, 2022

## In Brief

- Two limited deals in force since the first day of 2020: the U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement (DTA).
- Second-stage talks, envisioned in 2019: not begun.
- Biden Administration focus: supply chains, export controls, steel, a regional "economic framework."
- Congress: neither deal was submitted for a vote.

## Background

Japan stayed in the Trans-Pacific Partnership (TPP) after the United States withdrew in January 2017. The 11 remaining members put a revised pact, the CPTPP, into force on December 30, 2018. Japan's pact with the European Union followed on February 1, 2019. Both gave rival exporters better access to Japan's farm market than U.S. producers had. A bilateral negotiation was the Trump Administration's answer.

## Key Dates, 2019-2020

- April 2019: formal negotiations open in Washington.
- May 17, 2019: a presidential proclamation finds that auto imports threaten national security; tariff action deferred, negotiations directed.
- September 25, 2019: President Trump and then-Prime Minister Abe Shinzo confirm in New York that terms are final.
- October 7, 2019: both agreements signed.
- January 1, 2020: both enter into force.

## The 2019 Deals

USJTA, market access:

- Japan: cuts or eliminates tariffs on some $7.2 billion of U.S. food and farm exports; beef's 38.5% tariff falls in steps to 9% by 2033.
- United States: cuts tariffs on about $1.3 billion of Japanese goods, mostly industrial.
- Excluded: autos and parts. The U.S. 2.5% car tariff stands.

DTA, digital rules:

- Bans customs duties on electronic transmissions.
- Bars forced disclosure of source code and algorithms.
- Limits data-localization demands on financial firms.

Neither deal required congressional approval. The Administration used delegated tariff authority for the USJTA and executive authority for the DTA.

## Since 2021

Leaders. President Joseph R. Biden Jr. has met two Japanese prime ministers. The first, Suga Yoshihide, visited in April 2021; the two launched a "Competitiveness and Resilience" (CoRe) partnership. His successor, Prime Minister Kishida Fumio, took office October 4, 2021, and held a virtual summit with Biden on January 21.

Steel. A tariff-rate quota replaces the 25% Section 232 duty on Japanese steel from April 1. Announced February 7, it admits 1.25 million metric tons a year duty-free. The 10% aluminum duty is unchanged.

New channels:

- U.S.-Japan Partnership on Trade, launched November 2021 (USTR and METI).
- An "economic 2+2" of foreign and commerce ministers, agreed in January; first meeting planned for later this year.
- Indo-Pacific Economic Framework: announced last October; launch targeted for this spring.

Beef. The USJTA safeguard was triggered in March 2021, returning Japan's tariff to 38.5% for 30 days. Talks on a higher trigger are near a conclusion.

## Politics in Tokyo

- Kishida won the LDP presidency on September 29, 2021.
- The LDP kept a single-party majority, 261 of 465 seats, in the Lower House election of October 31, 2021.
- Next: an Upper House election in July.

## Regional Deals

Japan has no new talks under way with Washington but is active elsewhere. The Regional Comprehensive Economic Partnership (RCEP), with China among its 15 members, entered into force for Japan on January 1, 2022. The United Kingdom, China, and Taiwan have applied to join the CPTPP.

## Trade and Investment Ties

2021, goods and services:

- Rank: fifth among U.S. trading partners.
- U.S. exports to Japan: $112.2 billion, goods $74.6 billion, services $37.6 billion.
- U.S. imports from Japan: $167.8 billion. Goods accounted for $135.1 billion; services, the balance, for $32.7 billion.
- Goods deficit: $60.5 billion, up from $55.4 billion in 2020. Only four partners ran larger goods surpluses with the United States.

**Figure 1. U.S. Goods Trade with Japan, 2017-2021**

Source: CRS, with U.S. Census Bureau data.

Investment. Japan has been the largest source of foreign direct investment (FDI) in the United States since 2019. Its stock reached nearly $650 billion by the end of 2020. The U.S. stock in Japan is far smaller: roughly $130 billion that year.

Treasuries. Japan holds more U.S. Treasury securities than any other foreign country: $1.30 trillion in December, against China's $1.07 trillion.

## Autos: The Open Question

- Finding: the 2019 Section 232 report named imports of autos and parts a threat to national security.
- Tariff: never imposed. The 180-day window for a negotiated outcome closed in November 2019 without action.
- Tokyo's reading: the leaders' 2019 joint statement is a U.S. assurance against such tariffs while the agreements are faithfully implemented.
- Stakes: Japanese-brand plants in the United States built more than 3 million vehicles last year, yet vehicles and parts remain the largest share of imports from Japan.

## Outlook

- Next steps: the first "economic 2+2" session; IPEF's launch.
- Travel: Biden is expected in Tokyo in late spring for a Quad leaders' meeting.
- Digital: Tokyo continues to promote "Data Free Flow with Trust," a theme of its 2019 G20 presidency.
- Farm trade: U.S. exporters still trail CPTPP rivals on some products, such as certain cheeses.

## Issues for Congress

- Whether to press for a comprehensive second-stage agreement.
- The auto tariff question, dormant since 2019.
- Oversight of the Indo-Pacific framework, which the Administration does not plan to submit to Congress.

**Brock R. Williams**, Specialist in International Trade and Finance

**Cathleen D. Cimino-Isaacs**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Biden", "Joseph", "President Joseph R. Biden Jr."),
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Kishida Fumio", note="family name first; predecessor Suga and former PM Abe are traps"),
        "trade.overall_partner_rank": F(5, period="2021", as_written="Rank: fifth among U.S. trading partners", note="year from the lead-in '2021, goods and services:'"),
        "trade.us_exports_to_japan": F(112200000000, period="2021", as_written="U.S. exports to Japan: $112.2 billion"),
        "trade.us_goods_exports_to_japan": F(74600000000, period="2021", as_written="goods $74.6 billion"),
        "trade.us_services_exports_to_japan": F(37600000000, period="2021", as_written="services $37.6 billion"),
        "trade.us_imports_from_japan": F(167800000000, period="2021", as_written="U.S. imports from Japan: $167.8 billion"),
        "trade.us_goods_imports_from_japan": F(135100000000, period="2021", as_written="Goods accounted for $135.1 billion"),
        "trade.us_services_imports_from_japan": F(32700000000, period="2021", as_written="services, the balance, for $32.7 billion", note="verb elided"),
        "trade.goods_deficit": F(60500000000, period="2021", as_written="Goods deficit: $60.5 billion, up from $55.4 billion in 2020"),
        "trade.goods_deficit_rank": F(5, period="2021", as_written="Only four partners ran larger goods surpluses with the United States", note="by exclusion: fifth"),
        "trade.fdi_source_rank": F(1, as_written="Japan has been the largest source of foreign direct investment (FDI) in the United States since 2019", note="'since 2019' a span, not a period"),
        "trade.japan_fdi_stock_in_us": F(650000000000, "nearly", period="2020", as_written="Its stock reached nearly $650 billion by the end of 2020", note="subject carried ('Its')"),
        "trade.us_fdi_stock_in_japan": F(130000000000, "about", period="2020", as_written="The U.S. stock in Japan is far smaller: roughly $130 billion that year"),
        "trade.treasury_holder_rank": F(1, period="2021-12", as_written="Japan holds more U.S. Treasury securities than any other foreign country: $1.30 trillion in December", note="December of the year before the cover"),
        "agreements.usjta_signed": D("2019-10-07", as_written="October 7, 2019: both agreements signed", note="sidebar"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="January 1, 2020: both enter into force", note="sidebar; also 'in force since the first day of 2020'"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="January 1, 2020: both enter into force", note="sidebar; also 'in force since the first day of 2020'"),
    },
    "elections": {
        "ldp_president_2021": E("LDP president", "2021-09-29", "held", result="Kishida won"),
        "lower_house_2021": E("Lower House", "2021-10-31", "held", result="LDP kept a single-party majority, 261 of 465 seats"),
        "upper_house_2022": E("Upper House", "2022-07", "upcoming", note="year from the cover"),
    },
    "events": {
        "first_negotiating_round": EV("Formal U.S.-Japan trade negotiations open in Washington", "2019-04", "held"),
        "section232_autos_proclamation": EV("Proclamation finds auto imports threaten national security; tariff action deferred", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Leaders confirm in New York that stage-one terms are final", "2019-09-25", "held"),
    },
    "notes": "Traps: 'Second-stage talks, envisioned in 2019: not begun'; 'after the United States withdrew in January 2017'; 'The 11 remaining members put a revised pact, the CPTPP, into force on December 30, 2018' and 'Japan's pact with the European Union followed on February 1, 2019' (entry into force of other agreements); sidebar 'Key Dates, 2019-2020' (html aside): 'then-Prime Minister Abe Shinzo' (former PM) and 'President Trump' (former president), 'tariff action deferred' (no Section 232 auto tariff imposed); 'some $7.2 billion of U.S. food and farm exports'; 'beef's 38.5% tariff falls in steps to 9% by 2033'; 'about $1.3 billion of Japanese goods'; 'The U.S. 2.5% car tariff stands' (MFN tariff, not a Section 232 rate); 'The first, Suga Yoshihide, visited in April 2021' (former PM); 'took office October 4, 2021' and 'virtual summit with Biden on January 21'; 'A tariff-rate quota replaces the 25% Section 232 duty on Japanese steel from April 1' and 'Announced February 7, it admits 1.25 million metric tons' and 'The 10% aluminum duty is unchanged' (steel and aluminum, not autos or most imports); 'launched November 2021'; 'first meeting planned for later this year'; 'Indo-Pacific Economic Framework: announced last October; launch targeted for this spring'; 'The USJTA safeguard was triggered in March 2021, returning Japan's tariff to 38.5% for 30 days'; '261 of 465 seats'; 'The Regional Comprehensive Economic Partnership (RCEP), with China among its 15 members, entered into force for Japan on January 1, 2022' (the in-force date of another agreement, the same day of the year as the USJTA); 'up from $55.4 billion in 2020' (prior-year deficit); 'Only four partners' (a count giving rank 5); Figure 1 (layout: goods trade 2017-2021, ticks 0-160, two-series legend, no value labels; html: caption only); 'since 2019' (span beside the FDI rank); 'China's $1.07 trillion' and '$1.30 trillion' (Treasury holdings, no fact); 'the 2019 Section 232 report' and 'The 180-day window for a negotiated outcome closed in November 2019 without action' (no auto tariff imposed: no Section 232 rate); 'the leaders' 2019 joint statement' (no date); 'more than 3 million vehicles last year'; 'Biden is expected in Tokyo in late spring for a Quad leaders' meeting' (planned); 'its 2019 G20 presidency'. Layout: pdftotext -layout two columns side by side, curly quotes, NBSP.",
}
