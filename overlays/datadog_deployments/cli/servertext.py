"""Text that came from the server, made safe before it reaches a terminal, a CI log or a file.

A rule name, a reason, a URL or an error detail is the server's (or a proxy's) to choose. It
must not move the cursor, retitle the terminal or hide text (ANSI/OSC escapes and other control
characters), run a workflow command in a CI log (a line starting with `::add-mask::`,
`::error`, `##[` or `##vso[`), or become a link to anything but http(s) in a Markdown summary.
`one_line` is for values shown inline; `guard_lines` protects every line ddeploy writes.
"""

from __future__ import annotations

import re

# CSI and OSC/DCS/APC/PM/SOS sequences (7-bit and 8-bit introducers), and lone escapes.
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]?"
    r"|\x1b[\]PX^_][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x9b[0-?]*[ -/]*[@-~]?"
    r"|[\x90\x98\x9d\x9e\x9f][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b."
    r"|\x1b$",
    re.S,
)
# Other C0/C1 controls, and the invisible characters that reorder or hide text.
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_SPACES = re.compile(r"\s+")
# What a runner reads as a command when it starts a line (after spaces): GitHub's `::name`,
# the older `##[name]`, Azure's `##vso[`.
_COMMAND = re.compile(r"^([ \t]*)(::|##\[|##vso\[)", re.M)


def strip_controls(text: str) -> str:
    """No escapes and no control characters; tabs and line breaks become spaces."""
    return _CONTROLS.sub(" ", _ESCAPES.sub("", text))


def guard_lines(text: str) -> str:
    """Every line that a CI runner would take for a workflow command, escaped with a backslash."""
    return _COMMAND.sub(r"\1\\\2", text)


def one_line(value: object) -> str:
    """A server value for inline display: one line, printable, never a workflow command."""
    return guard_lines(_SPACES.sub(" ", strip_controls(str(value))).strip())


def block(text: str) -> str:
    """Several lines (a traceback quoting the server): each made printable and guarded."""
    lines = (strip_controls(line).rstrip() for line in str(text).splitlines())
    return guard_lines("\n".join(lines))


def http_url(value: object) -> str | None:
    """The URL when it is http(s) with a host, made safe to put in a Markdown link; else None."""
    from urllib.parse import quote, urlsplit  # here: only URLs from the server need it

    if not isinstance(value, str):
        return None
    text = value.strip()
    if _CONTROLS.search(text) or _ESCAPES.search(text):
        return None
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return quote(text, safe="/:?#[]@!$&'*+,;=%-._~")


def markdown_text(value: object) -> str:
    """Inline Markdown: no table breaks, no HTML, no links or images of the server's making."""
    text = one_line(value) if value is not None else ""
    for char, escaped in (("\\", "\\\\"), ("|", "\\|"), ("[", "\\["), ("]", "\\]"), ("`", "\\`")):
        text = text.replace(char, escaped)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text or "-"


def markdown_link(label: str, url: object) -> str:
    """`[label](url)` for an http(s) URL; otherwise the label alone (the URL shown as text)."""
    safe = http_url(url)
    if safe is not None:
        return f"[{label}]({safe})"
    return label if url in (None, "") else f"{label} ({markdown_text(url)})"
