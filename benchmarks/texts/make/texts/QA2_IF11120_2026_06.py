from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "QA2-IF11120-2026-06", "fresh36", "IF11120", 26
TITLE = "U.S.-Japan Trade Agreements and Tariff Negotiations"
LAYOUTS = ["pdf", "html"]
PDF_OPTS = ["nbsp"]
SIDEBAR = "Tariff Authorities at a Glance"
CHART = {"unit": "$ billions", "ymax": 160, "ticks": [0, 40, 80, 120, 160],
         "series": ["Goods exports to Japan", "Goods imports from Japan"],
         "bars": {"2021": (74.6, 135.1), "2022": (80.2, 148.1), "2023": (76.9, 148.0), "2024": (79.7, 149.6), "2025": (78.3, 141.9)}}

MD = """
U.S.-Japan Trade Agreements and Tariff Negotiations

Updated June 16, 2026

## Where Things Stand

Nearly four months after the Supreme Court struck down the tariffs that President Donald J. Trump had imposed under the International Emergency Economic Powers Act (IEEPA), most goods from Japan enter the United States under a stopgap. Since February 24, they have paid a temporary import surcharge of 10%, levied under Section 122 of the Trade Act of 1974. That charge is scheduled to lapse in late July, once its 150 days have run, unless Congress votes to extend it. What replaces it is the central question in bilateral trade policy this summer. Tokyo, for its part, says it remains bound by the investment commitments it made last year, and the Administration has not sought to reopen them.

## From Framework to Court Ruling

The current arrangements trace back to the spring of 2025. On April 2 of that year, the President announced a "reciprocal" tariff of 24% on Japanese goods; a week later he paused it for 90 days, leaving a 10% across-the-board rate in place. That same month, Japan was placed at the head of the Administration's negotiating queue. Its chief negotiator made the first of some eight trips to Washington in mid-April. In a July 7 letter, the President warned that a 25% rate would apply from August 1 absent a deal.

A deal came first. On July 22, 2025, President Trump announced a framework agreement with the government of then-Prime Minister Ishiba Shigeru. Its main terms, later written into an executive order and a memorandum of understanding signed September 4, were these:

- an IEEPA tariff of 15% on most Japanese goods, inclusive of most-favored-nation (MFN) duties, collected from August 7, 2025, in place of the 10% baseline;
- a Section 232 tariff of 15% on Japanese autos and auto parts, down from 27.5%, effective September 16, 2025;
- a Japanese commitment to finance $550 billion of investment in projects chosen by the U.S. government, to be made before January 19, 2029;
- larger Japanese purchases of U.S. rice, corn, and soybeans, and of 100 Boeing airplanes.

The Supreme Court's decision of February 20, 2026, held that IEEPA does not authorize tariffs. The framework's 15% rate, like every other IEEPA duty, ceased to be collected. Section 232 tariffs, which rest on a different statute, were untouched: Japanese cars still pay 15%, while steel, aluminum, and copper face 50%.

## Tariff Authorities at a Glance

- IEEPA (1977): emergency economic powers; no longer a basis for tariffs after the February 2026 ruling.
- Section 122, Trade Act of 1974: a surcharge of up to 15%, for up to 150 days unless Congress extends it.
- Section 232, Trade Expansion Act of 1962: duties on imports found to threaten national security.
- Section 301, Trade Act of 1974: action against unfair foreign practices after a USTR investigation.

## The Section 122 Bridge and What Follows

Section 122 allows a surcharge to address "large and serious" balance-of-payments deficits. Although the President has said he could lift the charge to the statutory ceiling, the rate on Japanese goods remains 10%.

A more durable replacement is in preparation. In March, the U.S. Trade Representative (USTR) opened investigations under Section 301 into the practices of several partners, Japan among them. For Japan, USTR has proposed a 12.5% tariff; public hearings ended in May, and a determination is expected before the surcharge expires. Japanese officials argue that any new duty should not exceed the framework's 15%.

Meanwhile, U.S. importers are pursuing refunds of IEEPA duties in the Court of International Trade; goods of Japanese origin accounted for roughly one-twentieth of those collected. On the investment side, the two governments have named an initial group of projects, in energy and critical minerals, valued at some $40 billion.

## Tokyo's Political Backdrop

Prime Minister Takaichi Sanae, the first woman to hold the post, inherited the deal. She won the Liberal Democratic Party (LDP) presidency on October 4, 2025, and took office on October 21 after Ishiba stepped down; his coalition had lost its Upper House majority in the July 2025 election. Her governing partner is the Japan Innovation Party (Ishin) rather than Komeito. In the snap Lower House election she called for February 8, 2026, the LDP alone won more than two-thirds of the seats, giving her a freer hand in talks with Washington.

## The Trade and Investment Picture

Trade figures for 2025 reflect a year of tariff disruption. Counting goods and services, Japan remained the sixth-largest U.S. trading partner. The United States exported $129.5 billion in goods and services to Japan: goods accounted for $78.3 billion and services for $51.2 billion. Imports from Japan came to $186.5 billion, of which goods and services made up $141.9 billion and $44.6 billion, respectively.

**Figure 1. U.S. Goods Trade with Japan, 2021-2025**

Source: CRS, using U.S. Census Bureau data.

The goods deficit narrowed to $63.6 billion, from $69.9 billion in 2024, as Japanese automakers shifted some production to U.S. plants. It ranked eighth among U.S. bilateral goods deficits, behind those with Mexico, Vietnam, China, Taiwan, Ireland, Germany, and Switzerland.

Japan is also the largest foreign direct investor in the United States, a position it has held since 2019. Its FDI stock reached nearly $800 billion at the end of 2024, the latest year for which the Bureau of Economic Analysis has published country data. The U.S. stock in Japan was a small fraction of that: about $75 billion. Japanese investors held about $1.2 trillion in U.S. Treasury securities in March 2026, more than any other foreign country; the United Kingdom ranked second.

## Earlier Agreements

The framework sits atop two agreements concluded in President Trump's first term. Talks opened in April 2019, and the leaders confirmed the final terms on September 25, 2019. The U.S.-Japan Trade Agreement (USJTA), which cut tariffs on a limited set of agricultural and industrial goods, and the U.S.-Japan Digital Trade Agreement were signed on October 7, 2019. Both took effect on January 1, 2020. Under President Biden, the two countries signed a Critical Minerals Agreement on March 28, 2023, so that Japanese processed minerals might count toward U.S. electric-vehicle tax credits; in October 2025, the two governments added a framework on rare earths.

## Questions for Congress

- Whether to extend the Section 122 surcharge beyond its 150-day limit, which only Congress may do.
- How a Section 301 tariff on Japan would interact with the framework's 15% ceiling.
- How to oversee the investment mechanism, under which the United States is to receive 90% of profits once Japan recoups its outlays.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald J. Trump"),
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "Prime Minister Takaichi Sanae", note="family name first; Ishiba is the former prime minister"),
        "tariffs.us_tariff_most_imports": F(10, period="2026-02-24", as_written="Since February 24, they have paid a temporary import surcharge of 10%", note="'they' = most goods from Japan, carried from the sentence before; also 'the rate on Japanese goods remains 10%'"),
        "tariffs.section122_surcharge": F(10, as_written="a temporary import surcharge of 10%, levied under Section 122 of the Trade Act of 1974"),
        "tariffs.ieepa_rate": F(15, period="2025-08-07", as_written="an IEEPA tariff of 15% on most Japanese goods, inclusive of most-favored-nation (MFN) duties, collected from August 7, 2025", note="the framework rate, voided by the ruling (as extract-dev D6); also 'The framework's 15% rate, like every other IEEPA duty, ceased to be collected'"),
        "tariffs.section232_autos": F(15, as_written="a Section 232 tariff of 15% on Japanese autos and auto parts, down from 27.5%, effective September 16, 2025", note="also 'Japanese cars still pay 15%'"),
        "tariffs.ieepa_ruling": D("2026-02-20", as_written="The Supreme Court's decision of February 20, 2026, held that IEEPA does not authorize tariffs"),
        "framework.announced": D("2025-07-22", as_written="On July 22, 2025, President Trump announced a framework agreement"),
        "framework.investment_pledge": F(550000000000, by="2029-01-19", as_written="a Japanese commitment to finance $550 billion of investment in projects chosen by the U.S. government, to be made before January 19, 2029"),
        "trade.overall_partner_rank": F(6, period="2025", as_written="Counting goods and services, Japan remained the sixth-largest U.S. trading partner", note="year from the sentence before"),
        "trade.us_exports_to_japan": F(129500000000, period="2025", as_written="The United States exported $129.5 billion in goods and services to Japan"),
        "trade.us_goods_exports_to_japan": F(78300000000, period="2025", as_written="goods accounted for $78.3 billion"),
        "trade.us_services_exports_to_japan": F(51200000000, period="2025", as_written="and services for $51.2 billion"),
        "trade.us_imports_from_japan": F(186500000000, period="2025", as_written="Imports from Japan came to $186.5 billion"),
        "trade.us_goods_imports_from_japan": F(141900000000, period="2025", as_written="of which goods and services made up $141.9 billion and $44.6 billion, respectively"),
        "trade.us_services_imports_from_japan": F(44600000000, period="2025", as_written="of which goods and services made up $141.9 billion and $44.6 billion, respectively"),
        "trade.goods_deficit": F(63600000000, period="2025", as_written="The goods deficit narrowed to $63.6 billion, from $69.9 billion in 2024", note="2025 from the paragraph before Figure 1"),
        "trade.goods_deficit_rank": F(8, period="2025", as_written="It ranked eighth among U.S. bilateral goods deficits", note="'It' = the goods deficit, carried"),
        "trade.fdi_source_rank": F(1, as_written="Japan is also the largest foreign direct investor in the United States, a position it has held since 2019", note="'since 2019' a span, no period"),
        "trade.japan_fdi_stock_in_us": F(800000000000, "nearly", period="2024", as_written="Its FDI stock reached nearly $800 billion at the end of 2024"),
        "trade.us_fdi_stock_in_japan": F(75000000000, "about", period="2024", as_written="The U.S. stock in Japan was a small fraction of that: about $75 billion", note="year carried from the sentence before"),
        "trade.treasury_holder_rank": F(1, period="2026-03", as_written="Japanese investors held about $1.2 trillion in U.S. Treasury securities in March 2026, more than any other foreign country"),
        "agreements.usjta_signed": D("2019-10-07", as_written="The U.S.-Japan Trade Agreement (USJTA) ... and the U.S.-Japan Digital Trade Agreement were signed on October 7, 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="Both took effect on January 1, 2020", note="'Both' = USJTA and the DTA, carried"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="Both took effect on January 1, 2020"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="the two countries signed a Critical Minerals Agreement on March 28, 2023"),
    },
    "elections": {
        "upper_house_2025": E("Upper House", "2025-07", "held", result="Ishiba's coalition lost its Upper House majority"),
        "ldp_president_2025": E("LDP president", "2025-10-04", "held", result="Takaichi Sanae won"),
        "lower_house_2026": E("Lower House", "2026-02-08", "held", result="the LDP alone won more than two-thirds of the seats"),
    },
    "events": {
        "tariff_talks_announced": EV("Japan placed at the head of the Administration's negotiating queue", "2025-04", "held"),
        "section122_surcharge_expired": EV("The 10% Section 122 surcharge lapses after 150 days", "2026-07", "upcoming"),
        "first_negotiating_round": EV("USJTA talks opened", "2019-04", "held"),
        "stage_one_deal_finalized": EV("Leaders confirmed the final terms of the 2019 agreements", "2019-09-25", "held"),
    },
    "notes": "Traps: 'Nearly four months after the Supreme Court struck down the tariffs'; 'Section 122 of the Trade Act of 1974' (year of a law; also in the sidebar, with 1977 and 1962); 'once its 150 days have run'; 'On April 2 of that year, the President announced a \"reciprocal\" tariff of 24%' (announced, paused) and 'paused it for 90 days, leaving a 10% across-the-board rate in place' (past baseline, not the Section 122 surcharge); 'made the first of some eight trips to Washington in mid-April' (not the announcement of talks); 'In a July 7 letter, the President warned that a 25% rate would apply from August 1' (threatened); 'then-Prime Minister Ishiba Shigeru' and 'after Ishiba stepped down' (former prime minister); 'an executive order and a memorandum of understanding signed September 4' (not the announcement); bullet 'in place of the 10% baseline'; bullet 'down from 27.5%' (past auto rate); bullet '100 Boeing airplanes' (purchases); 'steel, aluminum, and copper face 50%' (not autos); sidebar 'a surcharge of up to 15%' (statutory cap) and 'for up to 150 days'; 'Although the President has said he could lift the charge to the statutory ceiling' (not applied: the surcharge stays 10%); 'In March, the U.S. Trade Representative (USTR) opened investigations under Section 301' and 'USTR has proposed a 12.5% tariff' (proposed, not in effect: not the tariff on most imports); 'should not exceed the framework's 15%' and the Questions bullet 'the framework's 15% ceiling'; 'roughly one-twentieth of those collected' (a share of refunds, not a rate); 'an initial group of projects ... valued at some $40 billion' (not the pledge); 'won the Liberal Democratic Party (LDP) presidency on October 4, 2025, and took office on October 21'; 'more than two-thirds of the seats' (not a catalogue fact for this brief); Figure 1 (goods trade 2021-2025, two series, ticks 0-160, no value labels; html aside); 'from $69.9 billion in 2024' (previous deficit); 'behind those with Mexico, Vietnam, China, Taiwan, Ireland, Germany, and Switzerland' (other partners); 'a position it has held since 2019' (a span beside the FDI rank); 'the United Kingdom ranked second' (another holder); 'Talks opened in April 2019' and 'confirmed the final terms on September 25, 2019' (events, not signing); 'in October 2025, the two governments added a framework on rare earths' (not the CMA); 'Under President Biden' (former president); Questions bullet 'the United States is to receive 90% of profits'. PDF: non-breaking spaces; html: the sidebar 'Tariff Authorities at a Glance' with Figure 1 in the aside.",
}
