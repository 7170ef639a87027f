"""The two leaders read by the roles a clause gives them, whatever its predicate's words: the prime minister as the
subject of a taking or holding of office past an aside ('Suga Yoshihide, his chief cabinet secretary, succeeded him
as prime minister'), the office handed to a holder, an apposed title held now ('Ishiba, prime minister of Japan since
October 1, 2024, ...'); the U.S. president as the known one in office on the cover date, named where the sentence
gives the presidency's role. Former, bounded, leaving and subordinate mentions are ruled out."""

from __future__ import annotations

import datetime as dt

import pytest

from usjapan_facts.extract import extract_snapshot

PM, PRESIDENT = "leaders.japan_prime_minister", "leaders.us_president"


def _leader(fact_id: str, body: str, cover: dt.date) -> str | None:
    text = (
        f"# U.S.-Japan Relations\n\nUpdated {cover:%B} {cover.day}, {cover.year}\n\n## Overview\n\n"
        f"Japan has been a U.S. treaty ally since 1952. {body}\n"
    )
    fact = extract_snapshot(text, updated=cover).snapshot.facts.get(fact_id)
    return None if fact is None else fact.model_dump(mode="json")["value"]["family"]


@pytest.mark.parametrize(
    ("body", "cover", "family"),
    [
        ("Abe Shinzo announced his resignation in August, and Suga Yoshihide, his chief cabinet secretary, succeeded "
         "him as prime minister on September 16.", dt.date(2020, 10, 20), "Suga"),
        ("Kishida Fumio replaced Suga as prime minister in October 2021 and called a snap election weeks later.",
         dt.date(2022, 3, 1), "Kishida"),
        ("The premiership passed to Takaichi Sanae in October 2025, making her the first woman to hold the post.",
         dt.date(2025, 12, 1), "Takaichi"),
        ("Suga Yoshihide, for eight years the chief cabinet secretary, has led the government since September 2020.",
         dt.date(2021, 1, 15), "Suga"),
        ("President Trump welcomed Ishiba Shigeru in February. Ishiba, prime minister of Japan since October 1, "
         "2024, was only the second foreign leader to visit.", dt.date(2025, 2, 24), "Ishiba"),
        ("Kishida Fumio, whom the Diet elected prime minister on October 4, dissolved the lower chamber ten days "
         "later.", dt.date(2021, 10, 20), "Kishida"),
        ("Takaichi Sanae, who heads a minority government, has promised to raise defense spending.",
         dt.date(2026, 1, 15), "Takaichi"),
        # traps: a tenure bounded, a holder on the way out, a taking of office that dates another deed, one gone
        ("Ishiba Shigeru, who became prime minister in October 2024, resigned a year later.", dt.date(2025, 12, 1),
         None),
        ("Abe Shinzo, who became prime minister in 2012, was assassinated in 2022.", dt.date(2024, 6, 1), None),
        ("Ishiba Shigeru, prime minister from October 2024 until October 2025, resigned after the July vote.",
         dt.date(2025, 12, 1), None),
        ("Suga Yoshihide, prime minister since September 2020, announced on September 3 that he would not seek "
         "another term.", dt.date(2021, 9, 20), None),
        ("When Abe Shinzo became prime minister in 2012, the yen was strong.", dt.date(2013, 6, 1), None),
    ],
)  # fmt: skip
def test_the_prime_minister_by_the_roles_of_a_clause(body: str, cover: dt.date, family: str | None) -> None:
    """The holder a clause's roles name, past an aside or as the office's object; never a bounded or leaving one."""
    assert _leader(PM, body, cover) == family


@pytest.mark.parametrize(
    ("body", "cover", "family"),
    [
        ("In Washington, President Joe Biden leaves office on January 20, 2025.", dt.date(2024, 11, 21), "Biden"),
        ("Abe was the first foreign leader to see Donald Trump after the November 2016 election, flying to New York "
         "to call on the President-elect.", dt.date(2017, 3, 1), "Trump"),
        ("Since January 20, 2025, the presidency has again been held by Donald Trump.", dt.date(2025, 3, 1), "Trump"),
        # traps: a president out of office on the cover date, a title another's, a date past the known terms
        ("Former President Trump had pressed Japan to pay more for U.S. forces.", dt.date(2021, 6, 1), None),
        ("Kishida met Trump, then a candidate, before President Biden's visit.", dt.date(2024, 6, 1), "Biden"),
        ("Trump's visit to Beijing, where he met President Xi Jinping, worried Tokyo.", dt.date(2026, 6, 1), None),
        ("Biden, as president, hosted the Quad.", dt.date(2031, 6, 1), None),
    ],
)  # fmt: skip
def test_the_president_named_where_the_sentence_gives_the_office(body: str, cover: dt.date, family: str | None) -> None:
    """The capital is the United States' own; a known president in office on the cover date is read where the
    sentence gives the presidency's role, never another's title or a term the table does not know."""
    assert _leader(PRESIDENT, body, cover) == family
