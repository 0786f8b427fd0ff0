"""Read facts and examples from the upstream documentation in ../shared/docs/.

Two generations of pages: the two seed pages and companion-endpoints.md the spec was first
transcribed from, and ../shared/docs/2026-12/, one page per operation (25), which supersedes
them where they disagree. The pages are text renderings whose wrapping and spacing may change:
every reader here collapses whitespace or works on blank-line separated paragraphs, never on
exact lines.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DOCS_DIR = REPO.parent / "shared" / "docs"
DECEMBER = "2026-12"  # the newer reference, a folder of DOCS_DIR

# The two rendered seed pages, each the documentation of one read operation.
PAGE_FILES = ("dora-get-deployment.txt", "deployment-gates-get-evaluation-result.txt")
COMPANION_FILE = "companion-endpoints.md"
README_FILE = "README.md"
DECEMBER_README = f"{DECEMBER}/{README_FILE}"

_METHOD_URL = re.compile(r"\b(GET|POST|PUT|PATCH|DELETE)\s+https://api\.")
_HOST_PATH = re.compile(
    r"https://api\.([A-Za-z0-9.-]+?)(/api/v2/[A-Za-z0-9_/{}.-]*?)(?=https://|$)"
)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\u00a0]*\n")
_PARAM_NAME = re.compile(r"(?P<name>[A-Za-z_][\w\[\].]*)(?P<req>\s*\[required\])?")
_TYPE = re.compile(r"\[*[a-z][\w-]*\]*|\[*<\w+>\]*")


def docs_missing_reason() -> str | None:
    """Why docs-derived checks cannot run here, or None when the docs folder is present."""
    if not DOCS_DIR.is_dir():
        return f"documentation folder {DOCS_DIR} is absent: the docs-derived checks cannot run"
    missing = [
        name
        for name in (*PAGE_FILES, COMPANION_FILE, README_FILE, DECEMBER_README)
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

    source: str  # file name (December pages: "2026-12/<file>")
    method: str
    path: str
    status: int | None  # None: the request body
    body: Any
    label: str  # the response description or the companion's caption

    @property
    def id(self) -> str:
        what = "request" if self.status is None else str(self.status)
        return f"{self.source}:{self.method} {self.path}:{what}:{self.label}"

    @property
    def december(self) -> bool:
        return self.source.startswith(f"{DECEMBER}/")


@dataclass(frozen=True)
class DocParameter:
    name: str
    location: str  # "path" or "query"
    type_text: str  # as printed: "string", "[string]", "boolean", ...
    required: bool
    enum: tuple[str, ...] = ()
    default: str | None = None


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
    deprecated: bool = False
    operation_id: str | None = None
    tag: str | None = None
    parameters: list[DocParameter] = field(default_factory=list)
    has_request_body: bool = False

    @property
    def december(self) -> bool:
        return self.source.startswith(f"{DECEMBER}/")


def status_codes(readme_text: str) -> dict[str, int]:
    """The response description -> status code mapping of a README, keys lower-cased.

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
        for name in found.group(1).split(" / "):
            mapping[normalize_description(name)] = int(found.group(2))
    return mapping


def normalize_description(text: str) -> str:
    return squash(text).strip(" .").lower()


def _paragraphs(text: str) -> list[tuple[int, int, str]]:
    """(start, end, squashed text) of each blank-line separated paragraph of text."""
    result = []
    position = 0
    for match in [*_PARAGRAPH_BREAK.finditer(text), None]:
        end = match.start() if match else len(text)
        chunk = squash(text[position:end])
        if chunk:
            result.append((position, end, chunk))
        position = match.end() if match else len(text)
    return result


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


def _section(text: str, heading: str, after: int = 0) -> tuple[int, int] | None:
    """(start, end) of the text under a heading line, up to the next known heading."""
    found = re.compile(rf"^[ \t]*{re.escape(heading)}[ \t]*$", flags=re.MULTILINE).search(
        text, after
    )
    if found is None:
        return None
    headings = "Overview|Arguments|Path Parameters|Query Parameters|Request|Response|Code Example"
    following = re.compile(rf"^[ \t]*(?:{headings})[ \t]*$", flags=re.MULTILINE)
    nxt = following.search(text, found.end())
    return found.end(), nxt.start() if nxt else len(text)


def _parameters(text: str, heading: str, location: str) -> list[DocParameter]:
    bounds = _section(text, heading)
    if bounds is None:
        return []
    paragraphs = [chunk for _, _, chunk in _paragraphs(text[bounds[0] : bounds[1]])]
    if paragraphs[:3] == ["Name", "Type", "Description"]:
        paragraphs = paragraphs[3:]
    rows: list[list[str]] = []
    for i, chunk in enumerate(paragraphs):
        name = _PARAM_NAME.fullmatch(chunk)
        if name and i + 1 < len(paragraphs) and _TYPE.fullmatch(paragraphs[i + 1]):
            rows.append([chunk])
        elif rows:
            rows[-1].append(chunk)
    result = []
    for row in rows:
        name = _PARAM_NAME.fullmatch(row[0])
        assert name is not None
        rest = " ".join(row[2:])
        enum = re.search(r"Allowed enum values:\s*(\S+)", rest)
        default = re.search(r"\bdefault:\s*(\S+)", rest)
        result.append(
            DocParameter(
                name=name.group("name"),
                location=location,
                type_text=row[1],
                required=bool(name.group("req")),
                enum=tuple(enum.group(1).split(",")) if enum else (),
                default=default.group(1) if default else None,
            )
        )
    return result


def read_page(
    name: str, codes: dict[str, int], text: str | None = None
) -> tuple[DocOperation, list[DocExample]]:
    """The facts and the examples of one rendered reference page (text: its content).

    Response names stand alone in their paragraph; each JSON block after a name, up to the
    next name, is that response's example. A response with no body (Accepted, No Content)
    shows its name only.
    """
    if text is None:
        text = (DOCS_DIR / name).read_text(encoding="utf-8")
    head = _METHOD_URL.search(text)
    if head is None:
        raise ValueError(f"{name}: no '<METHOD> https://api.<site>/...' URL line")
    # The URL paragraph runs to the next blank line; wrapping may have split the glued hosts.
    blank_line = _PARAGRAPH_BREAK.search(text, head.end())
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
    flat = squash(text)
    operation.permissions = set(re.findall(r"requires the (\w+) permission", flat))
    overview = _section(text, "Overview")
    if overview is not None:
        operation.deprecated = "deprecated" in squash(text[overview[0] : overview[1]]).lower()
    # The curl example sends the key headers the operation needs.
    operation.auth_headers = set(re.findall(r"-H\s*\"(DD-[A-Z-]+-KEY)\s*:", text))
    operation.parameters = _parameters(text, "Path Parameters", "path") + _parameters(
        text, "Query Parameters", "query"
    )

    examples = []
    request = _section(text, "Request")
    if request is not None:
        body = text[request[0] : request[1]]
        operation.has_request_body = "Body Data" in squash(body)
        blocks = _json_blocks(body)
        if blocks:
            examples.append(
                DocExample(name, operation.method, operation.path, None, blocks[0][2], "request")
            )

    responses = _section(text, "Response")
    if responses is None:
        raise ValueError(f"{name}: no 'Response' section")
    section = text[responses[0] : responses[1]]
    marks = []  # (offset, label, status) of each paragraph that names a response
    for start, _, chunk in _paragraphs(section):
        status = codes.get(normalize_description(chunk))
        if status is not None:
            marks.append((start, normalize_description(chunk), status))
    if not marks:
        raise ValueError(f"{name}: the Response section names no known response")
    for _, _, status in marks:
        operation.statuses.add(status)
    for start, _, body in _json_blocks(section):
        before = [mark for mark in marks if mark[0] < start]
        if not before:
            raise ValueError(f"{name}: a JSON example before any response name")
        _, label, status = before[-1]
        examples.append(DocExample(name, operation.method, operation.path, status, body, label))
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


def december_table() -> dict[str, tuple[str, str, str, bool]]:
    """The December README's table: file -> (method, path, operationId, preview)."""
    text = (DOCS_DIR / DECEMBER_README).read_text(encoding="utf-8")
    table = {}
    for row in re.findall(r"^\|(.+)\|[ \t]*$", text, flags=re.MULTILINE):
        cells = [cell.strip().strip("`") for cell in row.split("|")]
        if len(cells) == 5 and cells[0].endswith(".txt"):
            table[cells[0]] = (cells[1], cells[2], cells[3], cells[4] == "preview")
    return table


def december_files() -> list[str]:
    return sorted(p.name for p in (DOCS_DIR / DECEMBER).glob("*.txt"))


@dataclass
class Docs:
    """Everything the tests read from the documentation folder."""

    codes: dict[str, int]  # the seed README's mapping
    december_codes: dict[str, int]
    operations: list[DocOperation]
    examples: list[DocExample]

    @property
    def december(self) -> list[DocOperation]:
        """One operation per December page: the current reference."""
        return [op for op in self.operations if op.december]

    def current(self, method: str, path: str) -> DocOperation:
        """The December page of an operation."""
        return next(op for op in self.december if (op.method, op.path) == (method, path))


@functools.cache
def read_docs() -> Docs:
    """Read once per test session (shared: do not mutate)."""
    codes = status_codes((DOCS_DIR / README_FILE).read_text(encoding="utf-8"))
    december_codes = status_codes((DOCS_DIR / DECEMBER_README).read_text(encoding="utf-8"))
    operations: list[DocOperation] = []
    examples: list[DocExample] = []
    for name in PAGE_FILES:
        operation, page_examples = read_page(name, codes)
        operations.append(operation)
        examples += page_examples
    companion_operations, companion_examples = read_companion(codes)
    operations += companion_operations
    examples += companion_examples
    table = december_table()
    for file in december_files():
        operation, page_examples = read_page(f"{DECEMBER}/{file}", december_codes)
        if file in table:
            operation.operation_id = table[file][2]
        operations.append(operation)
        examples += page_examples
    return Docs(codes, december_codes, operations, examples)
