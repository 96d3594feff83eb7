"""First-use documentation (issue 13): the formats are documented inside the repository and the README says
what the code does."""
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_readme_links_the_formats_document_and_points_nowhere_outside_the_repository():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "](docs/formats.md)" in readme
    assert "../shared" not in readme


def test_formats_document_covers_every_input_output_and_category():
    formats = (ROOT / "docs" / "formats.md").read_text(encoding="utf-8")
    for term in ("template_vars", "days_overdue", "坐席：", "contact_id", "cease_request", "stages:",
                 "require_template", "extends:", "placeholders", "`detector`", "`score`", "entities",
                 "Boundaries between wording categories"):
        assert term in formats, term
    from audit.vocabulary import CATEGORIES
    documented = set(re.findall(r"^\| `([a-z_]+\.[a-z_]+)` \|", formats, flags=re.MULTILINE))
    assert set(CATEGORIES) <= documented, set(CATEGORIES) - documented


def test_readme_memory_figures_name_the_analysers_they_were_measured_with():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    memory_rows = [line for line in readme.splitlines() if line.startswith("| scan memory")]
    assert memory_rows
    for row in memory_rows:
        assert "--analyzers" in row or "every analyser" in row, row
    scale = (ROOT / "benchmarks" / "scan_scale.py").read_text(encoding="utf-8")
    default = re.search(r'"--analyzers", default="([^"]+)"', scale)[1]
    assert any(f"--analyzers {default}" in row for row in memory_rows)


def _readme_rule_example(tmp_path: Path) -> Path:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Rules are data"):]
    example = re.search(r"```yaml\n(.*?)```", section, flags=re.DOTALL)[1]
    path = tmp_path / "readme_example.yml"
    path.write_text(example, encoding="utf-8")
    return path


def test_readme_rule_example_runs_with_audit_rules_test(tmp_path):
    from click.testing import CliRunner

    from audit.cli import main

    result = CliRunner().invoke(main, ["rules", "test", str(_readme_rule_example(tmp_path))])
    assert result.exit_code == 0, result.output


def test_readme_rule_example_is_a_shipped_rule(tmp_path):
    from audit.paths import LEXICONS
    from audit.rulepack import load_pack, load_rules

    shipped = {rule.id: rule for rule in load_rules([LEXICONS])}
    for rule in load_pack(_readme_rule_example(tmp_path)):
        assert rule.id in shipped, rule.id
        real = shipped[rule.id]
        assert (rule.category, rule.severity, rule.regulation, rule.explanation) == (
            real.category, real.severity, real.regulation, real.explanation)
        for key in ("terms", "patterns", "unless"):
            assert set(rule.body.get(key, [])) <= set(real.body.get(key, [])), key
        assert set(rule.match_examples) <= set(real.match_examples)
        assert set(rule.no_match_examples) <= set(real.no_match_examples)
