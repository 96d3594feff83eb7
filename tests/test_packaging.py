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


# ---------------------------------------------------------------- every YAML data file read strictly

POLICY_TWICE = "name: twice\ntimezone: Asia/Shanghai\ndaily_cap:\n  call: 6\n  call: 60\n"


@pytest.mark.parametrize("kind", ["policy", "notice profile", "negation list", "pii word list"])
def test_a_key_written_twice_is_an_error_naming_file_and_key_in_every_kind_of_yaml_file(
        tmp_path: Path, kind: str) -> None:
    from audit.analysers.notice import load_profile
    from audit.analysers.wording import Negation
    from audit.errors import AuditError
    from audit.policy import load_policy
    from audit.recognizers.data import load_data

    if kind == "policy":
        path, load = tmp_path / "twice.yml", lambda p: load_policy(p)
        path.write_text(POLICY_TWICE, encoding="utf-8")
    elif kind == "notice profile":
        path, load = tmp_path / "twice.yml", lambda p: load_profile(p)
        path.write_text("name: twice\nelements: [amount]\nelements: [deadline]\n", encoding="utf-8")
    elif kind == "negation list":
        path, load = tmp_path / "negation.yml", Negation.load
        path.write_text("negators: [不会]\nconditions: [如果]\nnegators: [没有]\n", encoding="utf-8")
    else:
        (tmp_path / "pii" / "data").mkdir(parents=True)
        path, load = tmp_path / "pii" / "data" / "surnames.yaml", lambda p: load_data("surnames", tmp_path)
        path.write_text("single: [张]\nsingle: [李]\n", encoding="utf-8")
    with pytest.raises(AuditError) as raised:
        load(path)
    assert str(path) in str(raised.value) and "appears twice" in str(raised.value)
