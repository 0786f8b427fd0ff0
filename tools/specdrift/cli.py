"""Command line: `python -m tools.specdrift upstream|docs ...`.

Exit codes: 0 nothing at or above the --fail-on level, 1 drift found, 2 an input could not be
read (the message on stderr says which input and why).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tools.specdrift import deliberate, docs
from tools.specdrift.compare import compare_documents
from tools.specdrift.load import load_document
from tools.specdrift.model import InputError, Profile, Report
from tools.specdrift.render import FORMATS, render

REPO = Path(__file__).resolve().parents[2]
DEFAULT_SPEC = REPO / "openapi.yaml"


def _shown(source: str) -> str:
    """A path relative to the working folder where it is under it; URLs as they are."""
    if "://" in source:
        return source
    try:
        return str(Path(source).resolve().relative_to(Path.cwd()))
    except ValueError:
        return source


EXIT_INPUT = 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m tools.specdrift",
        description="Report where openapi.yaml and the upstream spec or docs disagree.",
    )
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--spec", default=str(DEFAULT_SPEC), help="our spec (openapi.yaml)")
    common.add_argument("--format", choices=FORMATS, default="text")
    common.add_argument(
        "--fail-on",
        choices=("breaking", "any", "none"),
        default="any",
        help="exit 1 when drift at this level is found (default: any)",
    )
    common.add_argument(
        "--deliberate",
        default=str(deliberate.DEFAULT),
        metavar="FILE",
        help="differences openapi.yaml makes on purpose, listed apart and not counted "
        "(default: tools/specdrift/deliberate.yaml; 'none' counts everything)",
    )
    common.add_argument(
        "--include",
        action="append",
        choices=("descriptions", "examples"),
        default=[],
        help="also compare descriptions / examples (repeatable)",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    up = sub.add_parser("upstream", parents=[common], help="against an upstream OpenAPI document")
    up.add_argument("upstream", help="path or https URL of the upstream spec (YAML or JSON)")
    pages = sub.add_parser("docs", parents=[common], help="against documentation pages as text")
    pages.add_argument("pages", nargs="+", help="page files (.txt) or folders holding them")
    pages.add_argument(
        "--status",
        action="append",
        default=[],
        metavar="NAME=CODE",
        help="map a response name the pages use to its status code (repeatable)",
    )
    return parser


def run(argv: list[str] | None = None) -> tuple[Report, str, str]:
    """Parse arguments and compare; returns the report, the format and the fail-on level."""
    args = _parser().parse_args(argv)
    ours = load_document(args.spec)
    if args.command == "upstream":
        profile = Profile(
            descriptions="descriptions" in args.include, examples="examples" in args.include
        )
        theirs = load_document(args.upstream)
        report = compare_documents(
            ours,
            theirs,
            ours_source=_shown(args.spec),
            theirs_source=_shown(args.upstream),
            profile=profile,
        )
    else:
        extra = docs.parse_status_names(args.status)
        read = docs.read_pages(args.pages, ours, status_names=extra)
        profile = Profile(
            nullable=False,
            constraints=False,
            operation_ids=False,
            oauth=False,
            partial=True,
            descriptions="descriptions" in args.include,
            examples="examples" in args.include,
        )
        report = compare_documents(
            ours,
            read.document,
            ours_source=_shown(args.spec),
            theirs_source=", ".join(_shown(p) for p in args.pages),
            profile=profile,
            theirs_lines=read.lines,
        )
        report.notes[:0] = read.notes
    if args.deliberate != "none":
        deliberate.set_apart(report, deliberate.load(args.deliberate))
    return report, args.format, args.fail_on


def main(argv: list[str] | None = None) -> int:
    try:
        report, fmt, fail_on = run(argv)
    except InputError as error:
        print(f"specdrift: cannot read input: {error}", file=sys.stderr)
        return EXIT_INPUT
    sys.stdout.write(render(report, fmt))
    return report.exit_code(fail_on)
