"""Build everything derived from openapi.yaml, or check that the committed copy is current.

    python tools/generate.py            # rewrite the derived files in this checkout
    python tools/generate.py --check    # regenerate into a temporary folder and compare
    python tools/generate.py --spec S --output DIR --no-oracle   # another spec, elsewhere

Derived files:
  generated/datadog_deployments_api/   openapi-python-client's package, plus py.typed,
                                       spec_index.py (operations, auth needs, stability, sites),
                                       methods/ (each tag's operations as methods, which the
                                       overlay's API classes bind) and request_bodies.py (the
                                       keys each request body may hold), readable.py
                                       (the models' repr and str), rfc3339.py (their
                                       date-time parser)
  tests/oracle_models.py               datamodel-code-generator's strict pydantic models,
                                       the tests' independent oracle
"""

from __future__ import annotations

import argparse
import filecmp
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

try:  # run as a script (tools/ is on sys.path) or imported as tools.generate
    import api_methods
except ModuleNotFoundError:
    from tools import api_methods

REPO = Path(__file__).resolve().parent.parent
SPEC = REPO / "openapi.yaml"
GENERATOR_CONFIG = REPO / "generator-config.yaml"
# Template overrides for openapi-python-client: lenient enums (see the template's comment).
TEMPLATES = REPO / "tools" / "templates"
PACKAGE = "datadog_deployments_api"
PACKAGE_DIR = Path("generated") / PACKAGE
ORACLE = Path("tests") / "oracle_models.py"
OUTPUTS = (PACKAGE_DIR, ORACLE)

DATAMODEL_CODEGEN_ARGS = [
    "--input-file-type", "openapi",
    "--output-model-type", "pydantic_v2.BaseModel",
    "--target-python-version", "3.10",
    # Strict: no coercion ("1" is not an int), no unknown fields. Optional fields still accept
    # null here; tests/oracle.py adds the spec's own schema check, which does not.
    "--strict-types", "str", "int", "float", "bool",
    "--strict-nullable",
    "--extra-fields", "forbid",
    "--field-constraints",
    "--use-annotated",
    "--enum-field-as-literal", "all",
    "--use-standard-collections",
    "--use-union-operator",
    "--use-double-quotes",
    "--disable-timestamp",
    "--formatters", "ruff-format",
]  # fmt: skip


def _tool_env() -> dict[str, str]:
    # The generators run the pinned ruff as a post hook: put this venv's scripts first on PATH.
    env = dict(os.environ)
    env["PATH"] = os.path.dirname(sys.executable) + os.pathsep + env.get("PATH", "")
    return env


def _run(args: list[str], cwd: Path) -> None:
    result = subprocess.run(args, cwd=cwd, env=_tool_env(), capture_output=True, text=True)
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"generate: {args[2] if len(args) > 2 else args[0]} failed")


def _body_schema(spec: dict[str, Any], body: dict[str, Any] | None) -> str | None:
    """The component schema name of a request or response body, or None when it has none."""
    if body is None:
        return None
    content = api_methods.resolve(spec, body).get("content", {}).get("application/json", {})
    ref = content.get("schema", {}).get("$ref", "")
    return ref.rsplit("/", 1)[-1] or None


def _source(value: Any) -> str:
    if isinstance(value, dict) and "__source__" in value:
        return str(value["__source__"])
    return repr(value)


def success_schemas(spec: dict[str, Any]) -> dict[str, str | None]:
    """operationId -> the model of its first documented 2xx body (None when it has none)."""
    found: dict[str, str | None] = {}
    for _path, _method, op in api_methods.operations(spec):
        codes = sorted(code for code in op["responses"] if str(code).startswith("2"))
        schemas = [_body_schema(spec, op["responses"][code]) for code in codes]
        found[op["operationId"]] = next((s for s in schemas if s), None)
    return found


def _model_names(package: Path) -> set[str]:
    text = (package / "models" / "__init__.py").read_text(encoding="utf-8")
    return set(re.findall(r'^\s+"(\w+)": "\.', text, flags=re.MULTILINE))


OPERATION_FIELDS = "\n".join(
    [
        "    operation_id: str",
        "    name: str  # snake case, as the generated module under api/ is named",
        "    method: str",
        "    path: str",
        "    tag: str",
        "    auth_headers: tuple[str, ...]  # the key headers the operation needs",
        "    permissions: tuple[str, ...]",
        "    unstable: str | None  # the preview note; None for a stable operation",
        "    request_schema: str | None  # the body's model name in models/",
        "    responses: dict[int, str | None]  # status -> the body's model name in models/",
        api_methods.INDEX_FIELDS,
    ]
)


def spec_index_source(spec: dict[str, Any]) -> str:
    """The Python module that tells the overlay what the spec says about each operation."""
    from openapi_python_client.utils import snake_case

    schemes = {
        name: scheme["name"]
        for name, scheme in spec["components"]["securitySchemes"].items()
        if scheme.get("type") == "apiKey" and scheme.get("in") == "header"
    }
    entries = []
    for path, method, op in api_methods.operations(spec):
        # The key headers of the alternatives that use keys (OAuth is in `security`).
        headers = {h for alternative in api_methods.security(spec, op) for h in alternative}
        fields = {
            "operation_id": op["operationId"],
            "name": snake_case(op["operationId"]),
            "method": method,
            "path": path,
            "tag": op["tags"][0],
            "auth_headers": tuple(sorted(headers - {api_methods.BEARER})),
            "permissions": tuple(op.get("x-permission", {}).get("permissions", ())),
            "unstable": op.get("x-unstable"),
            "request_schema": _body_schema(spec, op.get("requestBody")),
            "responses": {
                int(code): _body_schema(spec, response)
                for code, response in sorted(op["responses"].items())
            },
            **api_methods.index_fields(spec, path, op),
        }
        args = ", ".join(f"{key}={_source(value)}" for key, value in fields.items())
        entries.append(f"    {op['operationId']!r}: Operation({args}),")
    site = spec["servers"][0]["variables"]["site"]
    return "\n".join(
        [
            '"""What openapi.yaml says about each operation. Written by tools/generate.py."""',
            "",
            "from __future__ import annotations",
            "",
            "from typing import Any",
            "",
            "",
            api_methods.record_class(
                "Pagination",
                "x-pagination: how a list's pages chain (datadog_deployments.paging reads it).",
                api_methods.PAGINATION_FIELDS,
            ),
            "",
            "",
            api_methods.record_class(
                "Operation", "What the spec says about one operation.", OPERATION_FIELDS
            ),
            "",
            "",
            f"SERVER_URL_TEMPLATE = {spec['servers'][0]['url']!r}",
            f"DEFAULT_SITE = {site['default']!r}",
            f"SITES: tuple[str, ...] = {tuple(site['enum'])!r}",
            f"AUTH_HEADERS: dict[str, str] = {dict(sorted(schemes.items()))!r}",
            "OPERATIONS: dict[str, Operation] = {",
            *entries,
            "}",
            "",
        ]
    )


def generate(root: Path, spec_path: Path = SPEC, oracle: bool = True) -> None:
    """Write every derived file under root (the repository, or a scratch copy of its layout).

    `oracle=False` skips tests/oracle_models.py (a quick regeneration of the package alone).
    """
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory(prefix="ddgen-") as scratch_name:
        scratch = Path(scratch_name)
        out = scratch / PACKAGE
        _run(
            [
                sys.executable, "-m", "openapi_python_client", "generate",
                "--path", str(spec_path), "--config", str(GENERATOR_CONFIG),
                "--output-path", str(out), "--meta", "none",
                "--custom-template-path", str(TEMPLATES),
            ],
            cwd=scratch,
        )  # fmt: skip
        for cache in [*out.rglob("__pycache__"), *out.rglob(".ruff_cache")]:
            shutil.rmtree(cache)
        (out / "py.typed").write_text("", encoding="utf-8")
        # The models' repr/str, a plain module loaded on the first repr (models templates' part).
        shutil.copyfile(TEMPLATES / "readable.py", out / "readable.py")
        # The RFC 3339 parser the models' date-times use instead of python-dateutil's isoparse.
        shutil.copyfile(TEMPLATES / "rfc3339.py", out / "rfc3339.py")
        index = out / "spec_index.py"
        index.write_text(spec_index_source(spec), encoding="utf-8")
        written = [index]
        for relative, source in api_methods.render(
            spec, _model_names(out), success_schemas(spec)
        ).items():
            target_file = out / relative
            target_file.parent.mkdir(parents=True, exist_ok=True)
            target_file.write_text(source, encoding="utf-8")
            written.append(target_file)
        _run(
            [sys.executable, "-m", "ruff", "format", "--isolated", "--quiet",
             "--target-version", "py310", *map(str, written)],
            cwd=scratch,
        )  # fmt: skip

        target = root / PACKAGE_DIR
        if target.exists():
            shutil.rmtree(target)
        target.parent.mkdir(parents=True, exist_ok=True)
        for cache in scratch.rglob(".ruff_cache"):
            shutil.rmtree(cache)
        shutil.copytree(out, target)
        if not oracle:
            return

        models = scratch / "oracle_models.py"
        _run(
            [sys.executable, "-m", "datamodel_code_generator", "--input", str(spec_path),
             "--output", str(models), *DATAMODEL_CODEGEN_ARGS],
            cwd=scratch,
        )  # fmt: skip
        # The header names the input by its path; keep only the file name so output is portable.
        oracle_text = models.read_text(encoding="utf-8").replace(str(spec_path), spec_path.name)
        (root / ORACLE).parent.mkdir(parents=True, exist_ok=True)
        (root / ORACLE).write_text(oracle_text, encoding="utf-8")


def _files(base: Path, rel: Path) -> set[Path]:
    top = base / rel
    if top.is_file():
        return {rel}
    if not top.exists():
        return set()
    ignored = ("__pycache__", ".ruff_cache", ".mypy_cache")
    return {
        p.relative_to(base)
        for p in top.rglob("*")
        if p.is_file() and not any(part in ignored for part in p.parts)
    }


def stale_files(root: Path) -> list[str]:
    """Paths (relative to the repo) whose committed copy differs from a fresh generation."""
    with tempfile.TemporaryDirectory(prefix="ddcheck-") as fresh_name:
        fresh = Path(fresh_name)
        generate(fresh)
        problems = []
        for rel in OUTPUTS:
            ours, theirs = _files(root, rel), _files(fresh, rel)
            problems += [f"{p} (missing: make generate creates it)" for p in sorted(theirs - ours)]
            problems += [
                f"{p} (stray: make generate does not create it)" for p in sorted(ours - theirs)
            ]
            for p in sorted(ours & theirs):
                if not filecmp.cmp(root / p, fresh / p, shallow=False):
                    problems.append(f"{p} (differs from a fresh generation)")
        return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    parser.add_argument("--spec", type=Path, default=SPEC, help="the spec (default: openapi.yaml)")
    parser.add_argument(
        "--output", type=Path, default=REPO, help="write under this folder (default: the repo)"
    )
    parser.add_argument(
        "--no-oracle", action="store_true", help="skip tests/oracle_models.py (faster)"
    )
    args = parser.parse_args(argv)
    if not args.check:
        generate(args.output, args.spec.resolve(), oracle=not args.no_oracle)
        wrote = PACKAGE_DIR if args.no_oracle else f"{PACKAGE_DIR}/ and {ORACLE}"
        print(f"generate: wrote {wrote} under {args.output} from {args.spec}")
        return 0
    problems = stale_files(REPO)
    if problems:
        print("check-generated: the committed output is stale; run `make generate` and commit:")
        for problem in problems:
            print(f"  {problem}")
        return 1
    print("check-generated: generated/ and the oracle models match openapi.yaml")
    return 0


if __name__ == "__main__":
    sys.exit(main())
