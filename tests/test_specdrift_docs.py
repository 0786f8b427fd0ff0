"""specdrift against documentation pages saved as text.

Pages are written from our own spec (tests/specdrift_pages.py) in the upstream pages' layout,
then mangled (wrapping, spacing, line ends) or edited; the real pages in ../shared/docs are
read too when they are there.
"""

from __future__ import annotations

import json
import re
import textwrap
from pathlib import Path
from typing import Any

import pytest
from specdrift_pages import NBSP, render_page

from tools.specdrift import cli, deliberate
from tools.specdrift.compare import compare_documents
from tools.specdrift.docs import read_pages
from tools.specdrift.load import load_document
from tools.specdrift.model import Profile, Report
from tools.specdrift.refs import join

REPO = Path(__file__).resolve().parent.parent
SPEC = REPO / "openapi.yaml"
SHARED_DOCS = REPO.parent / "shared" / "docs"
OURS: dict[str, Any] = load_document(str(SPEC))
DOCS_PROFILE = Profile(
    nullable=False, constraints=False, operation_ids=False, oauth=False, partial=True
)

# Every operation of our spec: operationId -> (path, method).
OPERATIONS = {
    op["operationId"]: (path, method)
    for path, item in OURS["paths"].items()
    for method, op in item.items()
    if isinstance(op, dict) and "operationId" in op
}

Found = tuple[str, str, bool, str]  # operation, class, breaking, where


def page(name: str) -> str:
    path, method = OPERATIONS[name]
    return render_page(OURS, path, method)


def read(tmp_path: Path, *texts: str) -> Report:
    files = []
    for i, text in enumerate(texts):
        file = tmp_path / f"page{i}.txt"
        file.write_bytes(text.encode("utf-8"))
        files.append(str(file))
    pages = read_pages(files, OURS)
    report = compare_documents(
        OURS,
        pages.document,
        ours_source="ours",
        theirs_source="pages",
        profile=DOCS_PROFILE,
        theirs_lines=pages.lines,
    )
    report.notes[:0] = pages.notes
    return report


def found(report: Report) -> set[Found]:
    return {(d.operation, d.kind.value, d.breaking, d.where) for d in report.differences}


def mangle(text: str) -> str:
    """What a different save of the same page may look like: rewrapped, respaced, CRLF."""
    out = []
    for line in text.split("\n"):
        if line.startswith(("GET", "POST", "DD_SITE")):  # glued hosts: break anywhere
            out += [line[i : i + 25] for i in range(0, len(line), 25)]
        elif len(line) > 30:
            out += textwrap.wrap(line, 30, break_on_hyphens=False, break_long_words=False)
        else:
            out.append(line)
        out.append("")
    mangled = "\n".join(f"\t {line.replace(' ', NBSP + ' ')}  " for line in out)
    return mangled.replace("\n", "\r\n")


@pytest.mark.parametrize("name", sorted(OPERATIONS))
def test_a_page_written_from_our_spec_reads_back_as_no_difference(
    tmp_path: Path, name: str
) -> None:
    report = read(tmp_path, page(name))
    assert report.differences == []
    assert not [n for n in report.notes if "not compared" not in n]


@pytest.mark.parametrize("name", sorted(OPERATIONS))
def test_wrapping_and_spacing_do_not_matter(tmp_path: Path, name: str) -> None:
    text = mangle(page(name))
    assert "\r\n" in text and "delayed due to an\t" not in text
    report = read(tmp_path, text)
    assert report.differences == []
    assert not [n for n in report.notes if "not compared" not in n]


def test_a_name_wrapped_over_two_lines_is_still_one_response(tmp_path: Path) -> None:
    text = page("CreateDORADeployment")
    assert "OK - but delayed due to incident\n" in text
    text = text.replace("OK - but delayed due to incident\n", "OK - but delayed\ndue to incident\n")
    assert read(tmp_path, text).differences == []


def test_the_first_pages_wording_of_the_delayed_response_is_read_too(tmp_path: Path) -> None:
    text = page("CreateDORADeployment").replace(
        "OK - but delayed due to incident\n", "OK, but delayed due to an incident\n"
    )
    assert read(tmp_path, text).differences == []


def remove_field(text: str, name: str, *, after: str = "") -> str:
    """Drop the name/type/description lines of a field (the first after `after`)."""
    start = text.index(f"\n{name}\n", text.index(after) if after else 0) + 1
    end = start
    for _ in range(3):
        end = text.index("\n\n", end) + 2
    return text[:start] + text[end:]


def test_edits_to_a_page_are_reported(tmp_path: Path) -> None:
    get = "GetDORADeployment"
    text = page(get)
    text = remove_field(text, "team")
    text = text.replace(
        "\nrepository_id\xa0[required]\n\nstring\n\nGit repository ID.\n\n",
        "\nrepository_id\xa0[required]\n\nstring\n\nGit repository ID.\n\n"
        "region\n\nstring\n\nWhere it ran.\n\n",
    )
    text = text.replace("\nenv\n\nstring\n", "\nenv\n\nint64\n")
    text = text.replace("service\xa0[required]", "service")
    text = text.replace(
        "deployment_id\xa0[required]\n\nstring", "deployment_id\xa0[required]\n\nint64"
    )
    text = text.replace("https://api.ap2.datadoghq.com/api/v2/dora/deployments/{deployment_id}", "")
    text = text.replace(
        "https://api.us5.datadoghq.com/api/v2/dora/deployments/{deployment_id}",
        "https://api.us5.datadoghq.com/api/v2/dora/deployments/{deployment_id}"
        "https://api.us7.datadoghq.com/api/v2/dora/deployments/{deployment_id}",
    )
    text = text.replace(' \\ -H "DD-APPLICATION-KEY: ${DD_APPLICATION_KEY}"', "")
    too_many = text.index("Too many requests\n")
    text = text[:too_many] + text[text.index("Code Example") :]

    report = read(tmp_path, text)
    assert found(report) == {
        (get, "response-property-removed", True, "response 200: data.attributes.team"),
        (get, "response-property-added", False, "response 200: data.attributes.region"),
        (get, "type-changed", True, "response 200: data.attributes.env"),
        (get, "required-changed", True, "response 200: data.attributes.service"),
        (get, "parameter-changed", True, "parameter path deployment_id"),
        (get, "server-sites-removed", True, "servers"),
        (get, "server-sites-added", False, "servers"),
        (get, "security-changed", False, "security"),
        (get, "response-status-removed", False, "response 429"),
    }
    by_class = {d.kind.value: d for d in report.differences}
    removed = by_class["response-property-removed"]
    attributes = "#/components/schemas/DORADeploymentObjectAttributes"
    assert removed.ours == join(attributes, "properties", "team")
    assert removed.theirs == join(
        "#/paths",
        "/api/v2/dora/deployments/{deployment_id}",
        "get",
        "responses",
        "200",
        "content",
        "application/json",
        "schema",
        "properties",
        "data",
        "properties",
        "attributes",
    )
    line = next(n for n, t in enumerate(text.split("\n"), 1) if t.startswith("attributes"))
    assert removed.theirs_at == f"page0.txt:{line}"
    assert by_class["server-sites-removed"].detail == "ap2.datadoghq.com"
    assert by_class["server-sites-added"].detail == "us7.datadoghq.com"
    assert by_class["parameter-changed"].detail == "type: string -> integer"


def test_enum_and_stability_edits(tmp_path: Path) -> None:
    result = "GetDeploymentGatesEvaluationResult"
    text = page(result)
    text = text.replace("Note: This endpoint is in preview and may be subject to change.\n", "")
    first = text.index("Allowed enum values: in_progress,pass,fail")
    text = text[:first] + text[first:].replace("pass,fail", "pass,fail,skipped", 1)
    text = text.replace("default: deployment_gates_evaluation_result_response", "default: other")
    assert found(read(tmp_path, text)) == {
        (result, "stability-changed", False, "operation"),
        (result, "enum-values-added", False, "response 200: data.attributes.gate_status"),
        (result, "default-changed", False, "response 200: data.type"),
    }


def test_request_tables_and_one_of_options(tmp_path: Path) -> None:
    trigger = "TriggerDeploymentGatesEvaluation"
    text = page(trigger)
    text = remove_field(text, "allowed_resources")
    text = text.replace("name\xa0[required]\n\nstring", "name\n\nstring", 1)
    text = text.replace("Body Data (required)", "Body Data")
    assert found(read(tmp_path, text)) == {
        (
            trigger,
            "request-property-removed",
            False,
            "request body: data.attributes.configuration.rules[]<faulty_deployment_detection>"
            ".options.allowed_resources",
        ),
        (
            trigger,
            "required-changed",
            False,
            "request body: data.attributes.configuration.rules[]<monitor>.name",
        ),
        (trigger, "required-changed", False, "request body"),
    }


def test_a_page_that_is_not_a_reference_page_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "notes.txt").write_text("Some notes\n\nabout nothing in particular\n")
    assert cli.main(["docs", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "notes.txt" in err and "not an API reference page" in err


def test_an_unknown_response_name_exits_2_unless_mapped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = tmp_path / "page.txt"
    file.write_text(page("GetDORADeployment").replace("Too many requests\n", "Slow down\n"))
    assert cli.main(["docs", str(file)]) == 2
    err = capsys.readouterr().err
    assert f"{file}:" in err and "'Slow down'" in err and "--status" in err
    assert cli.main(["docs", str(file), "--status", "Slow down=429"]) == 0
    assert cli.main(["docs", str(file), "--status", "Slow down"]) == 2
    capsys.readouterr()


def test_a_table_whose_rows_cannot_be_read_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Rows in another layout must not read as "every field removed"."""
    text = page("GetDORADeployment")
    start = text.index("Not Authorized\n")
    row = "errors\xa0[required]\n\n[string]"
    text = text[:start] + text[start:].replace(row, row.replace("\n\n", " "), 1)
    file = tmp_path / "page.txt"
    file.write_text(text)
    assert cli.main(["docs", str(file)]) == 2
    assert "'Not Authorized' table has no readable field" in capsys.readouterr().err


def test_missing_inputs_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["docs", str(tmp_path)]) == 2
    assert "holds no documentation page" in capsys.readouterr().err
    assert cli.main(["docs", str(tmp_path / "nope")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_a_dd_site_list_that_disagrees_with_the_hosts_is_noted(tmp_path: Path) -> None:
    text = page("GetDORADeployment").replace('DD_SITE="datadoghq.com', 'DD_SITE="us9.datadoghq.com')
    report = read(tmp_path, text)
    assert report.differences == []
    assert any("DD_SITE list" in note for note in report.notes)


def test_two_pages_for_one_operation_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(page("GetDORADeployment"))
    assert cli.main(["docs", str(tmp_path)]) == 2
    assert "a second page" in capsys.readouterr().err


# -- the real pages --------------------------------------------------------------------------------

# The December pages (../shared/docs/2026-12) are the current reference; they supersede the two
# seed pages, which are no longer compared. What they disagree with openapi.yaml on, on purpose,
# is tools/specdrift/deliberate.yaml: (operation, class, where, detail) -> the number of the
# judgment call in openapi.yaml's header that explains it.
DECEMBER_DOCS = SHARED_DOCS / "2026-12"
DELIBERATE = deliberate.load(str(deliberate.DEFAULT))


def judgment_calls() -> set[int]:
    header = SPEC.read_text(encoding="utf-8").split("\nopenapi:", 1)[0]
    return {int(n) for n in re.findall(r"^#\s+(\d+)\.", header, re.MULTILINE)}


def test_the_allowlist_cites_judgment_calls_that_exist() -> None:
    assert DELIBERATE and set(DELIBERATE.values()) <= judgment_calls()


@pytest.mark.skipif(not DECEMBER_DOCS.is_dir(), reason=f"no upstream pages at {DECEMBER_DOCS}")
def test_the_december_pages_differ_only_where_the_spec_says_so(
    capsys: pytest.CaptureFixture[str],
) -> None:
    everything = ["docs", str(DECEMBER_DOCS), "--format", "json", "--deliberate", "none"]
    assert cli.main([*everything, "--fail-on", "none"]) == 0
    data = json.loads(capsys.readouterr().out)
    reported = {(d["operation"], d["kind"], d["where"], d["detail"]) for d in data["differences"]}
    unexpected = reported - set(DELIBERATE)
    assert not unexpected, f"fix openapi.yaml or list as a judgment call: {sorted(unexpected)}"
    stale = set(DELIBERATE) - reported
    assert not stale, f"no longer reported; drop from deliberate.yaml: {sorted(stale)}"
    # The command as the README gives it: nothing left to act on, each call named.
    assert cli.main(["docs", str(DECEMBER_DOCS), "--format", "json"]) == 0
    explained = json.loads(capsys.readouterr().out)
    assert explained["differences"] == []
    assert {
        (d["operation"], d["kind"], d["where"], d["detail"]): d["judgment_call"]
        for d in explained["explained"]
    } == DELIBERATE
    # Every page was read and every operation compared: nothing left uncompared, no page whose
    # request or security could not be told; only the README is skipped (not a page).
    assert data["notes"] == [f"{DECEMBER_DOCS}: not read (not .txt pages): README.md"]
    pages = read_pages([str(DECEMBER_DOCS)], OURS).document["paths"]
    assert sum(len(item) for item in pages.values()) == len(OPERATIONS) == 25


@pytest.mark.skipif(not DECEMBER_DOCS.is_dir(), reason=f"no upstream pages at {DECEMBER_DOCS}")
def test_the_december_pages_read_the_same_rewrapped_and_respaced(tmp_path: Path) -> None:
    """The live pages' format is the format: every page, mangled, reads as the same document."""
    pages = sorted(DECEMBER_DOCS.glob("*.txt"))
    assert len(pages) == 25
    for source in pages:
        (tmp_path / source.name).write_bytes(mangle(source.read_text("utf-8")).encode("utf-8"))
    original = read_pages([str(DECEMBER_DOCS)], OURS)
    mangled = read_pages([str(tmp_path)], OURS)
    assert mangled.document == original.document
    assert [n for n in mangled.notes if "README" not in n] == []


def test_query_parameter_edits_are_reported(tmp_path: Path) -> None:
    """Bracketed names read whole; a pagination parameter gone, or a filter's type, show."""
    name = "ListDeploymentGates"
    text = page(name)
    start = text.index("\npage[size]\n") + 1
    end = text.index("Response\n", start)
    text = text[:start] + text[end:]  # the last parameter row, and its default, removed
    text = text.replace("filter[dry_run]\n\nboolean", "filter[dry_run]\n\nstring")
    assert found(read(tmp_path, text)) == {
        (name, "parameter-removed", False, "parameter query page[size]"),  # optional
        (name, "parameter-changed", True, "parameter query filter[dry_run]"),
    }


def test_a_deliberate_difference_is_listed_apart_and_not_counted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = tmp_path / "page.txt"
    file.write_text(page("GetDORADeployment").replace("\nenv\n\nstring\n", "\nenv\n\nint64\n"))
    allow = tmp_path / "deliberate.yaml"
    allow.write_text(
        '- ["GetDORADeployment", "type-changed", "response 200: data.attributes.env",'
        ' "string -> integer", 9]\n'
    )
    assert cli.main(["docs", str(file), "--deliberate", "none"]) == 1
    assert "type-changed" in capsys.readouterr().out
    assert cli.main(["docs", str(file), "--deliberate", str(allow)]) == 0
    out = capsys.readouterr().out
    assert "[call 9] GetDORADeployment  type-changed  response 200: data.attributes.env" in out
    assert out.rstrip().endswith("specdrift: no differences; 1 explained")
    allow.write_text("- [just, three, parts]\n")
    assert cli.main(["docs", str(file), "--deliberate", str(allow)]) == 2
    assert "entry 1" in capsys.readouterr().err
