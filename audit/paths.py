"""Where the rule packs, policies and report templates live (overridable for tests and deployments)."""

from __future__ import annotations

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
LEXICONS = Path(os.environ.get("AUDIT_LEXICONS", REPO_ROOT / "lexicons"))
REPORT_TEMPLATES = Path(os.environ.get("AUDIT_REPORT_TEMPLATES", REPO_ROOT / "reports"))
