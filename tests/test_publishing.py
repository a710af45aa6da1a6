"""The publishing recipes in docs/ stay true: the workflow is valid and builds the way it says."""

import yaml

from conftest import REPO, run_sitegen, copy_site


def test_the_github_pages_workflow_builds_strictly_with_the_pages_base_url_and_deploys():
    workflow = yaml.safe_load((REPO / ".github/workflows/pages.yml").read_text())
    steps = workflow["jobs"]["build"]["steps"]
    commands = " ".join(step.get("run", "") for step in steps)
    assert "pip install ." in commands
    assert "sitegen build --strict --base-url" in commands
    uses = [step.get("uses", "") for step in steps] + [s.get("uses", "") for s in workflow["jobs"]["deploy"]["steps"]]
    assert any(u.startswith("actions/upload-pages-artifact") for u in uses)
    assert any(u.startswith("actions/deploy-pages") for u in uses)
    assert workflow["permissions"]["pages"] == "write"


def test_the_workflows_build_command_works_on_the_example_digest(tmp_path):
    result = run_sitegen("build", REPO, "--strict", "--base-url", "https://someone.github.io/digest/",
                         "--output", tmp_path / "public")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert 'href="https://someone.github.io/digest/"' in (tmp_path / "public/index.html").read_text()


def test_strict_fails_on_warnings_and_says_why(tmp_path):
    site = copy_site("basic", tmp_path)
    (site / "content/articles/2022/04/stray.txt").write_text("not an article")
    plain = run_sitegen("build", site)
    assert plain.returncode == 0 and "warning" in plain.stderr
    strict = run_sitegen("build", site, "--strict")
    assert strict.returncode == 1
    assert "--strict treats warnings as errors" in strict.stderr
