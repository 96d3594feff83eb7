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
