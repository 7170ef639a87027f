from lib import F, D, P, E, EV

NAME, SET, BRIEF, VERSION = "K1-IF11120-2020-11", "tune4", "IF11120", 11
TITLE = "U.S.-Japan Trade Agreement Negotiations"
LAYOUTS = ["md", "interleaved"]
PDF_OPTS = ["lig", "hyph"]

CHART = {
    "unit": "$ billions",
    "ymax": 160,
    "ticks": [0, 40, 80, 120, 160],
    "bars": {"2015": [62.5, 131.4], "2016": [63.2, 132.2], "2017": [67.6, 136.5], "2018": [75.0, 142.6], "2019": [75.7, 144.0]},
    "series": ["U.S. goods exports to Japan", "U.S. goods imports from Japan"],
}

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated November 19, 2020

## Overview

Almost a year after it entered into force, a limited tariff agreement remains the only tangible result of the bilateral trade talks that the Trump Administration and Japan agreed to hold in 2018. Yoshihide Suga, Japan's Prime Minister since September 16, 2020, has pledged continuity with the economic and foreign policies of his predecessor, Shinzo Abe, who stepped down for health reasons after nearly eight years in office. In Washington, President Donald Trump, who lost his bid for reelection on November 3, is to be succeeded on January 20, 2021, by President-elect Joe Biden. Whether the incoming Administration will pursue the broader second phase of talks the two sides envisioned in 2019, or instead look again at the regional trade pact the United States abandoned, is a question for the 117th Congress.

## The Stage One Agreements

Formal negotiations opened in mid-April 2019, seven months after the two leaders, meeting in New York in September 2018, had agreed to begin them. The outlines of a first-stage deal were settled by the following summer, and on September 25, 2019, on the sidelines of the U.N. General Assembly, Trump and Abe declared it finalized. Two texts were signed in Washington on October 7, 2019: the U.S.-Japan Trade Agreement (USJTA), which covers tariffs on selected agricultural and industrial goods, and the U.S.-Japan Digital Trade Agreement. Japan's Diet gave its approval on December 4, 2019, and neither required a vote in Congress; both came into effect at the start of 2020, on January 1.

The USJTA gives U.S. farm products much of the access to Japan's market that they would have gained under the Trans-Pacific Partnership (TPP). Japan's tariff on U.S. beef, for example, dropped from 38.5% to 26.6% on entry into force and is scheduled to fall in stages to 9% by 2033, the same path Australian and Canadian beef follow under the TPP's successor. U.S. commitments were narrower, covering certain machine tools, bicycles, and other industrial items. The U.S. tariffs of 2.5% on passenger cars and 25% on light trucks were left unchanged, as were Japan's rice protections. The digital agreement bars customs duties on electronic transmissions and restricts data-localization requirements.

## Section 232 and Autos

The threat of national security tariffs on Japanese vehicles has receded without being formally withdrawn. Acting on a Commerce Department investigation under Section 232 of the Trade Expansion Act of 1962, the President proclaimed on May 17, 2019, that imports of autos and auto parts threaten to impair U.S. national security, but chose to seek negotiated remedies instead of imposing duties. No auto tariffs have followed. Japanese officials regard the September 2019 joint statement, in which the United States said it would not act against the spirit of the agreements while they are faithfully implemented, as a commitment that none will be imposed. Japanese steel and aluminum, by contrast, have faced Section 232 tariffs of 25% and 10%, respectively, since March 2018.

## Trade and Investment Ties

**Figure 1. U.S. Goods Trade with Japan, 2015-2019**

Source: CRS, with U.S. Census Bureau data.

Counting goods and services together, Japan ranked as the fourth-biggest U.S. trading partner in 2019, after China, Canada, and Mexico. U.S. sales to Japan that year came to $122.6 billion. Goods accounted for $75.7 billion of that sum; the balance, $46.9 billion, was services, led by travel, charges for the use of intellectual property, and transportation.

Purchases ran the other way in larger volume. The United States imported $179.4 billion in goods and services from Japan in 2019, about four-fifths of it merchandise ($144.0 billion), chiefly vehicles, machinery, and parts; imports of services totaled $35.4 billion. The goods deficit with Japan was roughly $69 billion. Only the deficits with China, Mexico, and Germany were larger. Pandemic-related shutdowns have since cut into trade: in the first nine months of 2020, U.S. goods imports from Japan were down nearly a fifth from a year earlier, at $88.2 billion, and goods exports fell to $47.1 billion.

Investment ties are deeper still. Japanese companies now hold more direct investment in the United States than firms from any other country, having moved past the United Kingdom; the stock stood at $619.3 billion in 2019. U.S. firms' investment in Japan was valued at some $119 billion. Japan has also been the leading foreign owner of U.S. Treasury securities since mid-2019, when its holdings overtook China's; they were about $1.28 trillion in September 2020.

## Beyond Stage One

In their 2019 joint statement, the two sides said they would consult, within four months of entry into force, on further negotiations that could address services, investment, customs procedures, and other barriers. The consultations did not produce a second round of talks before the pandemic intervened, and neither government has set a date. Japan, meanwhile, has extended its network of agreements: the 11-member Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP) took effect on December 30, 2018; Japan's Economic Partnership Agreement with the European Union on February 1, 2019; and an agreement with the United Kingdom was signed on October 23, 2020. On November 15, 2020, Japan joined China, South Korea, and 12 other countries in signing the Regional Comprehensive Economic Partnership (RCEP).

## Issues for Congress

- Whether the Biden Administration should seek a comprehensive agreement with Japan, return to the CPTPP, or leave the stage one deal as it stands.
- Whether to renew Trade Promotion Authority (TPA), which lapses on July 1, 2021, and how to treat partial agreements concluded without a vote of Congress.
- Whether the Section 232 auto finding should be formally withdrawn, and whether the steel and aluminum tariffs on Japan should be eased.

**Brock R. Williams**, Specialist in International Trade and Finance

**Cathleen D. Cimino-Isaacs**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump, who lost his bid for reelection on November 3, is to be succeeded on January 20, 2021"),
        "leaders.japan_prime_minister": P("Suga", "Yoshihide", "Yoshihide Suga, Japan's Prime Minister since September 16, 2020"),
        "trade.overall_partner_rank": F(4, period="2019", as_written="Japan ranked as the fourth-biggest U.S. trading partner in 2019, after China, Canada, and Mexico"),
        "trade.us_exports_to_japan": F(122600000000, period="2019", as_written="U.S. sales to Japan that year came to $122.6 billion"),
        "trade.us_goods_exports_to_japan": F(75700000000, period="2019", as_written="Goods accounted for $75.7 billion of that sum"),
        "trade.us_services_exports_to_japan": F(46900000000, period="2019", as_written="the balance, $46.9 billion, was services"),
        "trade.us_imports_from_japan": F(179400000000, period="2019", as_written="The United States imported $179.4 billion in goods and services from Japan in 2019"),
        "trade.us_goods_imports_from_japan": F(144000000000, period="2019", as_written="about four-fifths of it merchandise ($144.0 billion)", note="the hedge is on the share, the amount is exact"),
        "trade.us_services_imports_from_japan": F(35400000000, period="2019", as_written="imports of services totaled $35.4 billion"),
        "trade.goods_deficit": F(69000000000, "about", period="2019", as_written="The goods deficit with Japan was roughly $69 billion"),
        "trade.goods_deficit_rank": F(4, period="2019", as_written="Only the deficits with China, Mexico, and Germany were larger"),
        "trade.fdi_source_rank": F(1, as_written="Japanese companies now hold more direct investment in the United States than firms from any other country, having moved past the United Kingdom"),
        "trade.japan_fdi_stock_in_us": F(619300000000, period="2019", as_written="the stock stood at $619.3 billion in 2019"),
        "trade.us_fdi_stock_in_japan": F(119000000000, "about", period="2019", as_written="U.S. firms' investment in Japan was valued at some $119 billion", note="year carried over from the previous sentence"),
        "trade.treasury_holder_rank": F(1, as_written="Japan has also been the leading foreign owner of U.S. Treasury securities since mid-2019, when its holdings overtook China's"),
        "agreements.usjta_signed": D("2019-10-07", as_written="Two texts were signed in Washington on October 7, 2019: the U.S.-Japan Trade Agreement (USJTA) ... and the U.S.-Japan Digital Trade Agreement"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="both came into effect at the start of 2020, on January 1"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="both came into effect at the start of 2020, on January 1"),
    },
    "elections": {},
    "events": {
        "first_negotiating_round": EV("Formal U.S.-Japan trade negotiations open", "2019-04", "held"),
        "stage_one_deal_finalized": EV("Trump and Abe declare the first-stage deal finalized at the U.N. General Assembly", "2019-09-25", "held"),
        "section232_autos_proclamation": EV("President proclaims that auto and auto parts imports threaten to impair U.S. national security (no duties imposed)", "2019-05-17", "held"),
    },
    "notes": "Traps: 'President-elect Joe Biden' and 'is to be succeeded on January 20, 2021' (not yet president); 'his predecessor, Shinzo Abe, who stepped down' and 'Trump and Abe declared it finalized' (former PM); 'after nearly eight years in office'; 'meeting in New York in September 2018, had agreed to begin them' (not the first round); 'The outlines of a first-stage deal were settled by the following summer' (not the finalization); 'Japan's Diet gave its approval on December 4, 2019' (not signing or entry into force); 'dropped from 38.5% to 26.6% on entry into force and is scheduled to fall in stages to 9% by 2033' (Japanese beef tariffs); 'The U.S. tariffs of 2.5% on passenger cars and 25% on light trucks were left unchanged' (MFN tariffs, not Section 232); 'No auto tariffs have followed' (no Section 232 auto rate); 'Section 232 tariffs of 25% and 10%, respectively, since March 2018' (steel and aluminum); 'about four-fifths of it merchandise' (share); 'in the first nine months of 2020, U.S. goods imports from Japan were down nearly a fifth ..., at $88.2 billion, and goods exports fell to $47.1 billion' (partial year); 'they were about $1.28 trillion in September 2020' (holdings, not a rank); 'within four months of entry into force'; 'the 11-member ... (CPTPP) took effect on December 30, 2018', 'with the European Union on February 1, 2019', 'an agreement with the United Kingdom was signed on October 23, 2020', 'On November 15, 2020, Japan joined China, South Korea, and 12 other countries in signing the ... (RCEP)' (other agreements' dates); 'which lapses on July 1, 2021' (TPA). Figure 1 (goods trade 2015-2019) has no value labels. Interleaved: the PDF's two columns alternate line by line, with ligatures and hyphenated line ends",
}
