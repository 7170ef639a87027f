"""A reader's failure kept to the reading it was making. Pure, no I/O.

Extraction runs some hundreds of hand-written readers over words nobody has seen; a bug in one of them, met on one
sentence ('June 31', a month in capitals), must not cost the whole text. `guarded` runs one reading: should it fail,
the reading is left out, the extraction's warnings name what was being read and where the reader failed, a
`ReadingFailureWarning` is raised as a Python warning (the test suite turns it into an error), and the rest of the
text is read. A `FactsError` (a catalogue's declaration that does not compile, say) is the user's to mend: it is
raised as ever.
"""

from __future__ import annotations

import traceback
import warnings as python_warnings
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from usjapan_facts.errors import FactsError, ReadingFailureWarning

T = TypeVar("T")


def guarded(what: str, call: Callable[[], T], default: T, warnings: list[str]) -> T:
    """`call()`, or `default` when it fails, with the failure named in `warnings` once (`what`: the fact or stage)."""
    try:
        return call()
    except FactsError:
        raise  # a failure the user can mend (a declaration that does not compile): said, never passed over
    except Exception as exc:  # any reader's bug: the text's other readings stand
        place = traceback.extract_tb(exc.__traceback__)[-1]
        message = (
            f"{what}: a reader failed ({type(exc).__name__} in {Path(place.filename).name}, line {place.lineno}) and "
            "its reading was left out; the rest of the text was read (a bug: please report it with the text)"
        )
        if message not in warnings:
            warnings.append(message)
            python_warnings.warn(message, ReadingFailureWarning, stacklevel=2)
        return default


__all__ = ["guarded"]
