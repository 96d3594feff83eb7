"""First-use documentation (issue 13): the formats are documented inside the repository and the README says
what the code does."""
import json
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


# A template rule's regulation as the shipped pack writes it (internal source ids, a project reference), and
# a policy comment of the kind a deployment may write (a contract reference, an id, English notes).
POLICY_COMMENT = ("data contract section 3; CN-GB45251-3P-01 GB/T 45251-2025 (stop when asked not to be called "
                  "again); 民法典 第1033条: no calls that disturb private life")
INTERNAL_ID = re.compile(r"\b(?:CN|US)-[A-Z0-9]+-")


def _legal_basis_cells(html: str, rule_ids: list[str]) -> list[str]:
    """The last cell of each top-rules row (rule id first, legal basis last)."""
    rows = re.findall(r"<tr>(.*?)</tr>", html, flags=re.DOTALL)
    return [re.findall(r"<td[^>]*>(.*?)</td>", row, flags=re.DOTALL)[-1] for row in rows
            if any(row.startswith(f'<td class="code">{rule_id}</td>') for rule_id in rule_ids)]


def test_chinese_report_shows_the_citations_only(tmp_path):
    from audit.paths import LEXICONS
    from audit.report import write_campaign_reports
    from audit.rulepack import load_rules

    # the shipped packs cite published sources only; a user's pack may still carry internal ids and notes
    assert not any(INTERNAL_ID.search(r.regulation) for r in load_rules([LEXICONS]))
    base = {"message_id": "m1", "campaign_id": "C1", "severity": "high", "explanation": "示例说明。"}
    findings = [
        {**base, "analyzer": "template", "category": "template.drift", "rule_id": "template.drift",
         "regulation": "信用卡业务监督管理办法 第66条（CN-CC-KPI-01，须制定催收制度）；种子需求002：统一话术模板"},
        {**base, "analyzer": "wording", "category": "abuse.insult", "rule_id": "wording.custom.rule",
         "regulation": POLICY_COMMENT},
    ]
    (tmp_path / "findings.jsonl").write_text("".join(json.dumps(f, ensure_ascii=False) + "\n" for f in findings),
                                             encoding="utf-8")
    (tmp_path / "messages.jsonl").write_text(json.dumps(
        {"message_id": "m1", "campaign_id": "C1", "channel": "sms", "text": "请按时还款。"}, ensure_ascii=False) + "\n",
        encoding="utf-8")
    [folder] = write_campaign_reports(tmp_path / "findings.jsonl", [tmp_path / "messages.jsonl"], tmp_path / "out")
    html = (folder / "report.html").read_text(encoding="utf-8")
    cells = _legal_basis_cells(html, [f["rule_id"] for f in findings])
    assert len(cells) == 2, cells
    for cell in cells:
        assert not INTERNAL_ID.search(cell), cell
        assert not re.search(r"contract|[Ss]eed|种子需求|[A-Za-z]{4,} [a-z]{2,} [a-z]{2,}", cell), cell
    assert "GB/T 45251-2025；民法典 第1033条" in cells
    assert all(INTERNAL_ID.search(line) is None for line in re.findall(r"法规依据: [^<]*", html))


def _inputs_section(html: str) -> dict[str, str]:
    section = html[html.index('<section id="inputs">'):]
    section = section[:section.index("</section>")]
    first_table = section[:section.index("</table>")]
    return dict(re.findall(r"<tr><td>(.*?)</td><td class=\"num\">(.*?)</td></tr>", first_table))


def test_campaign_inputs_show_that_campaigns_counts_and_breaches_are_explained(tmp_path):
    from audit.report import write_campaign_reports

    messages = [{"message_id": f"{campaign}{i}", "campaign_id": campaign, "channel": "sms", "text": "请按时还款。"}
                for campaign, count in (("A", 2), ("B", 5)) for i in range(count)]
    findings = [{"message_id": "B0", "campaign_id": "B", "analyzer": "wording", "category": "abuse.insult",
                 "rule_id": "wording.insult.x", "severity": "high", "regulation": "民法典 第1024条",
                 "explanation": "示例说明。"}]
    for name, records in (("messages.jsonl", messages), ("findings.jsonl", findings)):
        (tmp_path / name).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                                     encoding="utf-8")
    folders = write_campaign_reports(tmp_path / "findings.jsonl", [tmp_path / "messages.jsonl"], tmp_path / "out")
    pages = {folder.name: (folder / "report.html").read_text(encoding="utf-8") for folder in folders}
    counts = {name: _inputs_section(html) for name, html in pages.items()}
    assert counts["A"]["本活动的通信"] == "2" and counts["A"]["本活动的问题"] == "0"
    assert counts["B"]["本活动的通信"] == "5" and counts["B"]["本活动的问题"] == "1"
    assert all("本次读取的全部文件" in html for html in pages.values())   # the run's 7 records, said to be the run's


def test_breaches_and_contacts_in_breach_are_explained_in_both_languages():
    from audit.report.html import Labels

    for lang, words in (("zh", ("违规的联系", "频次违规")), ("en", ("Contacts in breach", "frequency breaches"))):
        note = Labels(lang)["breaches_note"]
        assert all(word in note for word in words), (lang, note)
