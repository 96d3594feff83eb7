"""The package outside the checkout: the wheel carries the rules, templates and model; the rule packs load
wherever the folders above them are; a folder without rules is an error, never "0 passed"."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from audit import paths
from audit.cli import main
from audit.paths import LEXICONS, REPORT_TEMPLATES
from audit.rulepack import load_rules

CHECKOUT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("parent", ["data", "context", "profiles", "policies"])
def test_a_lexicons_folder_inside_a_folder_named_like_a_non_pack_folder_loads_every_rule(
        tmp_path: Path, parent: str) -> None:
    copy = tmp_path / parent / "checkout" / "lexicons"
    shutil.copytree(LEXICONS, copy)
    shipped = sorted(r.id for r in load_rules([LEXICONS]))
    assert len(shipped) > 100
    assert sorted(r.id for r in load_rules([copy])) == shipped


def test_policies_and_word_lists_below_the_root_are_still_no_rule_packs() -> None:
    loaded = {Path(r.path).relative_to(LEXICONS).parts[0] for r in load_rules([LEXICONS])}
    assert "policies" not in loaded
    assert not [r for r in load_rules([LEXICONS / "pii"]) if "data" in Path(r.path).parts[-2:]]


def test_rules_test_and_list_exit_2_when_they_find_no_rules(tmp_path: Path) -> None:
    (tmp_path / "policies").mkdir()
    shutil.copy(LEXICONS / "policies" / "cn-default.yml", tmp_path / "policies")
    for command in (["rules", "test"], ["rules", "list"]):
        result = CliRunner().invoke(main, [*command, "--lexicons", str(tmp_path)])
        assert result.exit_code == 2, result.output
        assert f"no rules found in {tmp_path}" in result.output


def test_rules_test_runs_the_examples_of_another_lexicons_folder(tmp_path: Path) -> None:
    shutil.copytree(LEXICONS / "notice", tmp_path / "notice")
    result = CliRunner().invoke(main, ["rules", "test", "--lexicons", str(tmp_path)])
    notice_examples = sum(len(r.match_examples) + len(r.no_match_examples)
                          for r in load_rules([LEXICONS], analyzer="notice"))
    assert result.exit_code == 0, result.output
    assert result.output.strip().endswith(f"{notice_examples} passed, 0 failed")


def test_the_packaged_data_folder_wins_over_the_checkout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert paths.shipped_folder("lexicons") == LEXICONS
    (tmp_path / "lexicons").mkdir()
    monkeypatch.setattr(paths, "PACKAGED_DATA", tmp_path)
    assert paths.shipped_folder("lexicons") == tmp_path / "lexicons"
    assert paths.shipped_folder("reports") == paths.CHECKOUT_DIR / "reports"


def test_the_wheel_ships_rules_templates_model_and_type_marker(tmp_path: Path) -> None:
    subprocess.run([sys.executable, "-m", "pip", "wheel", str(CHECKOUT), "--no-deps", "-q", "-w", str(tmp_path)],
                   check=True, capture_output=True)
    (wheel,) = tmp_path.glob("collection_audit-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {f"audit/_data/lexicons/{p.relative_to(LEXICONS).as_posix()}"
                for p in LEXICONS.rglob("*") if p.is_file() and "__pycache__" not in p.parts}
    expected |= {f"audit/_data/reports/{p.relative_to(REPORT_TEMPLATES).as_posix()}"
                 for p in REPORT_TEMPLATES.rglob("*") if p.is_file() and "__pycache__" not in p.parts}
    assert len(expected) > 30
    assert expected <= names, sorted(expected - names)[:5]
    assert {"audit/models/wording.npz", "audit/py.typed", "audit/paths.py"} <= names
