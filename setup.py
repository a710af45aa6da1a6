"""The package list, found rather than written out: a subpackage added to sitegen/ ships in the wheel
without anyone remembering to list it. Everything else is in pyproject.toml.

The default theme lives at the top of the repository (themes/) and ships inside the package as
sitegen.themes, so a non-editable install builds sites that have no themes/ of their own.
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["sitegen", "sitegen.*"]), "sitegen.themes"],
    package_dir={"sitegen.themes": "themes"},
)
