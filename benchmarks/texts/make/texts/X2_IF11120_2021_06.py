from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "X2-IF11120-2021-06", "tune3", "IF11120", 10
TITLE = "U.S.-Japan Trade Agreement Negotiations"
LAYOUTS = ["html", "interleaved"]
PDF_OPTS = ["quotes", "nbsp"]
SIDEBAR = "Where Japan Ranks"

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated June 22, 2021

## Overview

Trade policy toward Japan under the Biden Administration has so far stressed coordination with an ally rather than new market-access talks. When President Joe Biden hosted Prime Minister Suga Yoshihide on April 16, 2021, his first in-person meeting with a foreign leader since taking office, the two launched a "Competitiveness and Resilience (CoRe) Partnership" on semiconductors and other supply chains, 5G and next-generation telecommunications, and climate. They announced no plan, however, to pick up the broader negotiations that the previous Administration had envisioned. Congress may consider whether the Administration should build on the two limited agreements reached in the last Administration, which many Members regarded as a down payment rather than a comprehensive deal.

## Where Japan Ranks

Table 1. Japan's Standing in U.S. Trade and Investment

| Measure | Rank | Data year |
| --- | --- | --- |
| Trading partner (goods and services) | 4th | 2020 |
| Bilateral goods deficit | 5th | 2020 |
| Source of FDI (stock) | 1st | 2019 |
| Foreign holder of Treasuries | 1st | April 2021 |

Sources: BEA, Census Bureau, Treasury Department.

## The 2019 Agreements

Formal negotiations opened in April 2019. Roughly five months later, on September 25, 2019, then-President Donald Trump and then-Prime Minister Abe Shinzo declared the talks concluded. The U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement were signed in Washington by representatives of the two governments on October 7, 2019. Japan's Diet approved both in early December. Neither went to Congress for a vote: the Administration proclaimed the U.S. tariff cuts under authority delegated by the 2015 Trade Promotion Authority statute and treated the digital agreement as an executive agreement. The two took effect together on the first day of 2020.

Under the USJTA, Japan lowered or eliminated tariffs on some $7 billion of U.S. agricultural exports, on terms similar to those it grants members of the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP). The U.S. side cut duties on a limited range of Japanese products, such as machine tools, bicycles, and musical instruments. The agreement's beef safeguard became an irritant this spring: after U.S. beef shipments passed the annual trigger level in March 2021, Japan raised its tariff from 25.8% to 38.5% for 30 days, and the two governments have since agreed to consult on revising the mechanism.

## Unfinished Business

The 2019 joint statement committed both sides to consult within four months of entry into force on the scope of further negotiations, but those consultations never produced a second stage. Several issues thus remain open:

- Autos. The USJTA left the 2.5% U.S. tariff on passenger cars and the 25% tariff on light trucks in place. In May 2019, President Trump proclaimed that imports of autos and parts threatened U.S. national security, but he imposed no tariffs on Japanese vehicles before leaving office.
- Steel and aluminum. Imports from Japan still pay the 25% (steel) and 10% (aluminum) Section 232 tariffs imposed in March 2018. Tokyo has asked for treatment comparable to any relief the United States extends to the European Union, with which talks on the issue were announced in May.
- Services and investment. The USJTA does not cover services, and a broader agreement would require new talks.

Domestic politics may shape Tokyo's appetite for new commitments. Suga's term as president of the Liberal Democratic Party runs out in September, and a general election for the Diet's lower chamber must take place no later than October.

## Trade and Investment Ties

The pandemic cut into bilateral trade in 2020, but Japan remained the fourth-largest U.S. trading partner when goods and services are combined. U.S. exports to Japan fell to $104.4 billion, down from about $123 billion the year before. Goods made up $64.1 billion of the total; services, hit hard by the collapse of international travel, came to $40.3 billion. Imports from Japan declined more steeply, to $147.6 billion, comprising $119.5 billion of goods and $28.1 billion of services. The goods deficit with Japan narrowed to $55.4 billion, the fifth-largest of any U.S. trading partner.

Japan's direct investment position in the United States reached $619.3 billion at the end of 2019, according to the Bureau of Economic Analysis (BEA). With that, Japan moved ahead of the United Kingdom to become the largest source of foreign direct investment (FDI) in the country. The U.S. position in Japan stood at some $119 billion. Japanese investors also own more U.S. Treasury securities than those of any other nation, roughly $1.25 trillion as of April 2021.

**Cathleen D. Cimino-Isaacs**, Analyst in International Trade and Finance

**Brock R. Williams**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "leaders.japan_prime_minister": P("Suga", "Yoshihide", "Prime Minister Suga Yoshihide"),
        "trade.overall_partner_rank": F(4, period="2020", as_written="Japan remained the fourth-largest U.S. trading partner when goods and services are combined", note="also Table 1: '4th | 2020'"),
        "trade.us_exports_to_japan": F(104400000000, period="2020", as_written="U.S. exports to Japan fell to $104.4 billion"),
        "trade.us_goods_exports_to_japan": F(64100000000, period="2020", as_written="Goods made up $64.1 billion of the total"),
        "trade.us_services_exports_to_japan": F(40300000000, period="2020", as_written="services, hit hard by the collapse of international travel, came to $40.3 billion"),
        "trade.us_imports_from_japan": F(147600000000, period="2020", as_written="Imports from Japan declined more steeply, to $147.6 billion"),
        "trade.us_goods_imports_from_japan": F(119500000000, period="2020", as_written="comprising $119.5 billion of goods"),
        "trade.us_services_imports_from_japan": F(28100000000, period="2020", as_written="and $28.1 billion of services"),
        "trade.goods_deficit": F(55400000000, period="2020", as_written="The goods deficit with Japan narrowed to $55.4 billion"),
        "trade.goods_deficit_rank": F(5, period="2020", as_written="the fifth-largest of any U.S. trading partner", note="also Table 1: 'Bilateral goods deficit | 5th | 2020'"),
        "trade.japan_fdi_stock_in_us": F(619300000000, period="2019", as_written="Japan's direct investment position in the United States reached $619.3 billion at the end of 2019"),
        "trade.fdi_source_rank": F(1, period="2019", as_written="Japan moved ahead of the United Kingdom to become the largest source of foreign direct investment (FDI) in the country", note="also Table 1: '1st | 2019'"),
        "trade.us_fdi_stock_in_japan": F(119000000000, q="about", period="2019", as_written="The U.S. position in Japan stood at some $119 billion", note="year carried from the paragraph's first sentence"),
        "trade.treasury_holder_rank": F(1, as_written="Japanese investors also own more U.S. Treasury securities than those of any other nation", note="also Table 1: '1st | April 2021'"),
        "agreements.usjta_signed": D("2019-10-07", as_written="were signed in Washington by representatives of the two governments on October 7, 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="The two took effect together on the first day of 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="The two took effect together on the first day of 2020"),
    },
    "elections": {
        "lower_house_2021": E("Lower House", "2021-10", "upcoming", note="'must take place no later than October' (year from the text's date)"),
    },
    "events": {
        "first_negotiating_round": EV("Formal negotiations open", "2019-04", "held"),
        "stage_one_deal_finalized": EV("Trump and Abe declare the talks concluded", "2019-09-25", "held"),
        "section232_autos_proclamation": EV("Trump proclaims auto and parts imports a national security threat; no tariffs imposed", "2019-05", "held"),
    },
    "notes": "Traps: 'then-President Donald Trump and then-Prime Minister Abe Shinzo' and 'President Trump proclaimed' (former leaders); 'Japan's Diet approved both in early December' (not entry into force); 'the 2015 Trade Promotion Authority statute'; 'some $7 billion of U.S. agricultural exports' (tariff coverage); 'raised its tariff from 25.8% to 38.5% for 30 days' (Japan's beef safeguard); 'consult within four months of entry into force'; 'the 2.5% U.S. tariff on passenger cars and the 25% tariff on light trucks' (MFN rates, not Section 232 and not a tariff on most imports); 'he imposed no tariffs on Japanese vehicles' (no Section 232 autos rate); 'the 25% (steel) and 10% (aluminum) Section 232 tariffs imposed in March 2018'; 'down from about $123 billion the year before' (2019 exports); 'roughly $1.25 trillion as of April 2021' (holdings, not a catalogue fact); Table 1's 'Data year' column ('April 2021'). Judgement: 'on the first day of 2020' is 2020-01-01 for both agreements ('The two'); 'declared the talks concluded' on September 25, 2019 is stage_one_deal_finalized; the lower-chamber election 'no later than October' is the upcoming lower_house_2021 with the year from the text's date; the LDP term that 'runs out in September' is a term end alone, not an election, as extract-dev's D1; 'moved ahead of the United Kingdom to become the largest source' is 1; the U.S. FDI position carries 2019. HTML: Table 1 sits in the sidebar box 'Where Japan Ranks'",
}
