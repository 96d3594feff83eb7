"""One build step pyproject.toml cannot say: ship `lexicons/` and `reports/` inside the wheel.

They stay at the top of the repository (officers edit them there); a wheel gets copies as `audit/_data/`,
where `audit.paths` looks first. An editable install reads them from the checkout, so nothing is copied.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

DATA_FOLDERS = ("lexicons", "reports")


class BuildWithData(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        target = Path(self.build_lib) / "audit" / "_data"
        shutil.rmtree(target, ignore_errors=True)      # a file deleted from lexicons/ must not ship from a last build
        for name in DATA_FOLDERS:
            shutil.copytree(Path(__file__).parent / name, target / name, dirs_exist_ok=True,
                            ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))


setup(cmdclass={"build_py": BuildWithData})
