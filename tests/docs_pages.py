"""Read facts and examples from the upstream documentation in ../shared/docs/.

The pages are text renderings whose wrapping and spacing may change: every reader here
collapses whitespace or works on blank-line separated blocks, never on exact lines.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DOCS_DIR = REPO.parent / "shared" / "docs"

# The two rendered reference pages, each the documentation of one read operation.
PAGE_FILES = ("dora-get-deployment.txt", "deployment-gates-get-evaluation-result.txt")
COMPANION_FILE = "companion-endpoints.md"
README_FILE = "README.md"

_METHOD_URL = re.compile(r"\b(GET|POST|PUT|PATCH|DELETE)\s+https://api\.")
_HOST_PATH = re.compile(
    r"https://api\.([A-Za-z0-9.-]+?)(/api/v2/[A-Za-z0-9_/{}.-]*?)(?=https://|$)"
)


def docs_missing_reason() -> str | None:
    """Why docs-derived checks cannot run here, or None when the docs folder is present."""
    if not DOCS_DIR.is_dir():
        return f"documentation folder {DOCS_DIR} is absent: the docs-derived checks cannot run"
    missing = [
        name
        for name in (*PAGE_FILES, COMPANION_FILE, README_FILE)
        if not (DOCS_DIR / name).is_file()
    ]
    if missing:
        return f"documentation files missing from {DOCS_DIR}: {', '.join(missing)}"
    return None


def squash(text: str) -> str:
    """Collapse every run of whitespace into one space."""
    return " ".join(text.split())


@dataclass
class DocExample:
    """One JSON example of a documentation file, and what it is the body of."""

    source: str  # file name
    method: str
    path: str
    status: int | None  # None: the request body
    body: Any
    label: str  # the response description or the companion's caption

    @property
    def id(self) -> str:
        what = "request" if self.status is None else str(self.status)
        return f"{self.source}:{self.method} {self.path}:{what}:{self.label}"


@dataclass
class DocOperation:
    """What one documentation source says about one operation."""

    source: str
    method: str
    path: str
    sites: set[str] = field(default_factory=set)
    statuses: set[int] = field(default_factory=set)
    auth_headers: set[str] = field(default_factory=set)
    permissions: set[str] = field(default_factory=set)
    preview: bool = False
    operation_id: str | None = None
    tag: str | None = None


def status_codes(readme_text: str) -> dict[str, int]:
    """The response description -> status code mapping of README.md, keys lower-cased.

    README: "The codes are: OK 200, Bad Request 400, ..., Not Authorized / Forbidden 403, ...".
    """
    match = re.search(r"codes are:\s*(.+?\b\d{3})\s*\.", squash(readme_text))
    if match is None:
        raise ValueError("README.md: no 'The codes are: <description> <code>, ...' list found")
    mapping: dict[str, int] = {}
    for item in match.group(1).split(","):
        found = re.fullmatch(r"\s*(.+?)\s+(\d{3})\s*", item)
        if found is None:
            raise ValueError(f"README.md: cannot read status item {item!r}")
        for name in found.group(1).split("/"):
            mapping[normalize_description(name)] = int(found.group(2))
    return mapping


def normalize_description(text: str) -> str:
    return squash(text).strip(" .").lower()


def _description_at_start(segment: str, codes: dict[str, int]) -> tuple[str, int]:
    """The known response description that segment starts with (longest match wins)."""
    text = squash(segment).lower()
    for name in sorted(codes, key=len, reverse=True):
        if re.match(re.escape(name) + r"(?![a-z0-9])", text):
            return name, codes[name]
    raise ValueError(f"no known response description starts {squash(segment)[:60]!r}")


def _json_blocks(text: str) -> list[tuple[int, int, Any]]:
    """(start, end, value) of each JSON object that starts a line in text."""
    decoder = json.JSONDecoder()
    blocks = []
    position = 0
    for match in re.finditer(r"^[ \t]*\{", text, flags=re.MULTILINE):
        start = match.end() - 1
        if start < position:
            continue
        try:
            value, end = decoder.raw_decode(text, start)
        except json.JSONDecodeError:
            continue
        blocks.append((start, end, value))
        position = end
    return blocks


def read_page(
    name: str, codes: dict[str, int], text: str | None = None
) -> tuple[DocOperation, list[DocExample]]:
    """The facts and the response examples of one rendered reference page (text: its content)."""
    if text is None:
        text = (DOCS_DIR / name).read_text(encoding="utf-8")
    head = _METHOD_URL.search(text)
    if head is None:
        raise ValueError(f"{name}: no '<METHOD> https://api.<site>/...' URL line")
    # The URL paragraph runs to the next blank line; wrapping may have split the glued hosts.
    blank_line = re.compile(r"\n[ \t]*\n").search(text, head.end())
    paragraph = text[head.end(1) : blank_line.start() if blank_line else len(text)]
    urls = "".join(paragraph.split())
    hosts = _HOST_PATH.findall(urls)
    if not hosts:
        raise ValueError(f"{name}: no host found on the URL line")
    paths = {path for _, path in hosts}
    if len(paths) != 1:
        raise ValueError(f"{name}: the URL line names several paths: {sorted(paths)}")
    operation = DocOperation(
        source=name,
        method=head.group(1),
        path=paths.pop(),
        sites={site for site, _ in hosts},
    )
    intro = squash(text[: head.start()])
    operation.preview = re.search(r"\bpreview\b", intro, flags=re.IGNORECASE) is not None
    operation.permissions = set(re.findall(r"requires the (\w+) permission", squash(text)))
    # The curl example sends the key headers the operation needs.
    operation.auth_headers = set(re.findall(r"-H\s*\"(DD-[A-Z-]+-KEY)\s*:", text))

    responses = re.search(r"^[ \t]*Response[ \t]*$", text, flags=re.MULTILINE)
    if responses is None:
        raise ValueError(f"{name}: no 'Response' section")
    code_example = re.compile(r"^[ \t]*Code Example[ \t]*$", flags=re.MULTILINE)
    end_match = code_example.search(text, responses.end())
    section_end = end_match.start() if end_match else len(text)
    section = text[responses.end() : section_end]
    examples = []
    previous_end = 0
    for start, end, body in _json_blocks(section):
        label, status = _description_at_start(section[previous_end:start], codes)
        examples.append(
            DocExample(name, operation.method, operation.path, status, body, label=label)
        )
        operation.statuses.add(status)
        previous_end = end
    return operation, examples


def read_companion(codes: dict[str, int]) -> tuple[list[DocOperation], list[DocExample]]:
    """The facts and the fenced JSON examples of companion-endpoints.md, per '## ' section."""
    text = (DOCS_DIR / COMPANION_FILE).read_text(encoding="utf-8")
    operations: list[DocOperation] = []
    examples: list[DocExample] = []
    for section in re.split(r"^##[ \t]+", text, flags=re.MULTILINE)[1:]:
        flat = squash(section)
        head = re.search(r"`(GET|POST|PUT|PATCH|DELETE) (/api/v2/\S+?)`", flat)
        if head is None:
            continue
        operation = DocOperation(source=COMPANION_FILE, method=head.group(1), path=head.group(2))
        op_id = re.search(r"operationId `(\w+)`", flat)
        operation.operation_id = op_id.group(1) if op_id else None
        tag = re.search(r"tag \"([^\"]+)\"", flat)
        operation.tag = tag.group(1) if tag else None
        operation.preview = re.search(r"·\s*preview\b", flat) is not None
        if re.search(r"·\s*stable\b", flat) is None and not operation.preview:
            raise ValueError(f"{COMPANION_FILE}: {operation.path}: neither preview nor stable")
        operation.permissions = set(re.findall(r"permission `(\w+)`", flat))
        if re.search(r"both the API key and the application key", flat):
            operation.auth_headers = {"DD-API-KEY", "DD-APPLICATION-KEY"}
        elif re.search(r"only the API key", flat):
            operation.auth_headers = {"DD-API-KEY"}
        # Response tables: "| 202 | Accepted | ... |"
        operation.statuses = {
            int(code) for code in re.findall(r"^\|\s*(\d{3})\s*\|", section, flags=re.MULTILINE)
        }
        for caption, block in re.findall(
            r"^([^\n]*?)\s*\n```json[ \t]*\n(.*?)^```", section, flags=re.MULTILINE | re.DOTALL
        ):
            label = squash(caption).rstrip(":")
            status_match = re.search(r"\b(\d{3})\b", label)
            if status_match:
                status: int | None = int(status_match.group(1))
            elif "request" in label.lower():
                status = None
            else:
                raise ValueError(f"{COMPANION_FILE}: cannot tell what {label!r} is the body of")
            examples.append(
                DocExample(
                    COMPANION_FILE, operation.method, operation.path, status,
                    json.loads(block), label,
                )
            )  # fmt: skip
        operations.append(operation)
    return operations, examples


@dataclass
class Docs:
    """Everything the tests read from the documentation folder."""

    codes: dict[str, int]
    operations: list[DocOperation]
    examples: list[DocExample]


def read_docs() -> Docs:
    codes = status_codes((DOCS_DIR / README_FILE).read_text(encoding="utf-8"))
    operations: list[DocOperation] = []
    examples: list[DocExample] = []
    for name in PAGE_FILES:
        operation, page_examples = read_page(name, codes)
        operations.append(operation)
        examples += page_examples
    companion_operations, companion_examples = read_companion(codes)
    return Docs(codes, operations + companion_operations, examples + companion_examples)
