"""Packaging: typed packages, a clean generated/ in git, and a wheel that holds what it should.

The wheel is built offline from this checkout (pip wheel --no-build-isolation, with the
hatchling pinned in the dev extra) and installed with pip --target; a few seconds in all.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SOURCE_PACKAGES = {
    "datadog_deployments_api": REPO / "generated" / "datadog_deployments_api",
    "datadog_deployments": REPO / "overlays" / "datadog_deployments",
}
CACHE_PARTS = {"__pycache__", ".ruff_cache", ".mypy_cache", ".pytest_cache"}
TIMEOUT = 120


def _pip_env() -> dict[str, str]:
    # No pip config: nothing here may reach for an index.
    return {**os.environ, "PIP_CONFIG_FILE": os.devnull, "PIP_DISABLE_PIP_VERSION_CHECK": "1"}


def _run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        args, cwd=cwd, env=_pip_env(), capture_output=True, text=True, timeout=TIMEOUT
    )
    assert result.returncode == 0, f"{args} failed:\n{result.stdout}\n{result.stderr}"
    return result


def _is_cache(path: str) -> bool:
    return any(part in CACHE_PARTS for part in Path(path).parts) or path.endswith((".pyc", ".pyo"))


def _source_files(package_dir: Path) -> set[str]:
    """Files of a source package as wheel paths ("<package>/<relative path>")."""
    return {
        f"{package_dir.name}/{path.relative_to(package_dir).as_posix()}"
        for path in package_dir.rglob("*")
        if path.is_file() and not _is_cache(str(path.relative_to(package_dir)))
    }


@pytest.mark.parametrize("package", sorted(SOURCE_PACKAGES))
def test_source_package_is_typed(package: str) -> None:
    assert (SOURCE_PACKAGES[package] / "py.typed").is_file()


def test_no_caches_committed_in_generated() -> None:
    git = shutil.which("git")
    if git is None:
        pytest.skip("git is not installed: cannot list the committed files of generated/")
    inside = subprocess.run(
        [git, "-C", str(REPO), "rev-parse", "--is-inside-work-tree"],
        capture_output=True, text=True, timeout=TIMEOUT,
    )  # fmt: skip
    if inside.returncode != 0 or inside.stdout.strip() != "true":
        pytest.skip(f"{REPO} is not a git work tree: cannot list the committed files")
    listed = subprocess.run(
        [git, "-C", str(REPO), "ls-files", "-z", "generated/"],
        capture_output=True, text=True, timeout=TIMEOUT, check=True,
    ).stdout.split("\0")  # fmt: skip
    files = [name for name in listed if name]
    assert files, "git ls-files lists nothing under generated/"
    assert [name for name in files if _is_cache(name)] == []
    assert "generated/datadog_deployments_api/py.typed" in files


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if importlib.util.find_spec("hatchling") is None:
        pytest.fail("hatchling is not installed in this venv (dev extra): run `make install`")
    out = tmp_path_factory.mktemp("wheel")
    _run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
         "--no-index", "--quiet", "--wheel-dir", str(out), str(REPO)],
        cwd=out,
    )  # fmt: skip
    wheels = list(out.glob("*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


def test_wheel_holds_both_packages_and_nothing_else(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    top = {name.split("/")[0] for name in names}
    dist_info = {name for name in top if name.endswith(".dist-info")}
    assert len(dist_info) == 1 and dist_info.pop().startswith("datadog_deployments-")
    assert {name for name in top if not name.endswith(".dist-info")} == set(SOURCE_PACKAGES)
    for package, source in SOURCE_PACKAGES.items():
        assert f"{package}/py.typed" in names
        in_wheel = {name for name in names if name.startswith(f"{package}/")}
        assert in_wheel == _source_files(source), f"{package}: wheel differs from {source}"
    assert [name for name in names if _is_cache(name)] == []
    assert not any(
        re.search(r"(^|/)(tests|conftest\.py|oracle_models\.py)", name) for name in names
    )


def test_wheel_requires_only_runtime_dependencies(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        metadata_name = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        metadata = archive.read(metadata_name).decode("utf-8")
    requires = re.findall(r"^Requires-Dist: (.+)$", metadata, flags=re.MULTILINE)
    runtime = {
        re.match(r"[A-Za-z0-9_.-]+", requirement).group(0).lower()  # type: ignore[union-attr]
        for requirement in requires
        if "extra ==" not in requirement
    }
    assert runtime == {"attrs", "httpx", "sniffio"}
    async_extra = {
        re.match(r"[A-Za-z0-9_.-]+", requirement).group(0).lower()  # type: ignore[union-attr]
        for requirement in requires
        if "extra == 'async'" in requirement or 'extra == "async"' in requirement
    }
    assert async_extra == {"aiohttp"}


IMPORT_CHECK = textwrap.dedent(
    """
    import sys
    from pathlib import Path

    target, repo = Path(sys.argv[1]), Path(sys.argv[2])
    prefix = Path(sys.prefix)

    def from_checkout(entry):
        path = Path(entry or ".").resolve()
        return path.is_relative_to(repo) and not path.is_relative_to(prefix)

    # Keep the venv's dependencies (attrs, httpx), drop the editable install's source folders.
    sys.path[:] = [str(target)] + [p for p in sys.path if not from_checkout(p)]

    import datadog_deployments
    import datadog_deployments_api
    from datadog_deployments_api import spec_index
    from datadog_deployments_api.models import DORADeploymentRequest

    for module in (datadog_deployments, datadog_deployments_api, spec_index):
        assert Path(module.__file__).resolve().is_relative_to(target), module.__file__
    assert (target / "datadog_deployments" / "py.typed").is_file()
    assert (target / "datadog_deployments_api" / "py.typed").is_file()
    assert datadog_deployments.ApiClient.__module__ == "datadog_deployments.api_client"
    print(len(spec_index.OPERATIONS), DORADeploymentRequest.__name__)
    """
)


def test_wheel_installs_and_both_packages_import(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    _run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "--quiet",
         "--target", str(target), str(wheel)],
        cwd=tmp_path,
    )  # fmt: skip
    result = _run(
        [sys.executable, "-I", "-c", IMPORT_CHECK, str(target.resolve()), str(REPO)],
        cwd=tmp_path,
    )
    assert result.stdout.split() == ["25", "DORADeploymentRequest"]
