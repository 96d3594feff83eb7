"""`benchmarks.eval_pii` names the file, line and field of a record it cannot score instead of a traceback."""

from pathlib import Path

import click
import pytest

from benchmarks.eval_pii import labelled


def test_a_record_without_entities_is_rejected_with_its_line(tmp_path: Path) -> None:
    labelled_set = tmp_path / "set.jsonl"
    labelled_set.write_text(
        '{"message_id": "a", "text": "您好", "entities": [], "categories": []}\n'
        '{"message_id": "b", "text": "请回电", "labels": []}\n', encoding="utf-8")
    with pytest.raises(click.ClickException, match=r"set\.jsonl:2: field 'entities' is missing"):
        labelled(labelled_set)


def test_a_line_that_is_not_json_is_rejected_with_its_line(tmp_path: Path) -> None:
    labelled_set = tmp_path / "set.jsonl"
    labelled_set.write_text('\n{"message_id": "a",\n', encoding="utf-8")
    with pytest.raises(click.ClickException, match=r"set\.jsonl:2: not JSON"):
        labelled(labelled_set)
