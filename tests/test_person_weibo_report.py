"""The Weibo PERSON report's breakdowns: which form a gold name is written in, and which score band a found span is in.
All names are invented."""

from __future__ import annotations

import pytest

from audit.recognizers.finder import EntityFinder
from benchmarks.eval_pii import _name_form, _score_band


@pytest.mark.parametrize("name, form", [
    pytest.param("周雨菲", "surname + given name", id="full_name"),
    pytest.param("小蕊", "nickname or title", id="xiao_form"),
    pytest.param("雨菲", "two characters, no surname", id="given_name_alone"),
    pytest.param("Tina周", "with Latin letters", id="latin_and_han"),
    pytest.param("星河旅人", "other", id="handle"),
])
def test_a_gold_name_is_put_in_its_form(finder: EntityFinder, name: str, form: str) -> None:
    person = next(r for r in finder.recognizers if r.supported_entities == ["PERSON"])
    assert _name_form(person, name) == form


@pytest.mark.parametrize("score, band", [(0.5, "0.50"), (0.55, "0.55"), (0.6, "0.60"), (0.85, "framed"), (0.95, "framed")])
def test_a_score_is_put_in_its_band(score: float, band: str) -> None:
    assert _score_band(score) == band
