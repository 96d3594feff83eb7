"""Where the shipped rule packs, policies and report templates live, in either install layout.

`lexicons/` and `reports/` sit at the top of the repository. A wheel carries copies of them inside the
package, as `audit/_data/lexicons` and `audit/_data/reports` (setup.py copies them at build time); an
editable install reads them from the checkout. Another rule folder is never chosen here: it is passed
explicitly (`lexicons=` in the Python API, `--lexicons` on the command line).
"""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
PACKAGED_DATA = PACKAGE_DIR / "_data"      # the wheel layout
CHECKOUT_DIR = PACKAGE_DIR.parent          # the editable layout


def shipped_folder(name: str) -> Path:
    """The shipped data folder `name` ("lexicons" or "reports"): inside the package when installed from a
    wheel, else at the top of the checkout."""
    packaged = PACKAGED_DATA / name
    return packaged if packaged.is_dir() else CHECKOUT_DIR / name


LEXICONS = shipped_folder("lexicons")
REPORT_TEMPLATES = shipped_folder("reports")
