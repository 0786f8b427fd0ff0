"""DORA deployment and failure (incident) events, as the fake stores and searches them.

An event sent with its own ``id`` is stored under it: sending it again replaces it, so a
retried write never makes a second event. Without an ``id`` the fake makes one up (16 hex
characters). Deployments can be marked as change failures (with a remediation); that state
is kept beside the event (the read operations do not report it).

Searches take a time window (``from``/``to``, inclusive, on ``started_at``), a ``limit``, a
``sort`` (``started_at`` or ``finished_at``, ``-`` for descending; default ``-started_at``) and a
small subset of the event search syntax, see :func:`parse_query`.
"""

from __future__ import annotations

import copy
import fnmatch
import re
import secrets
import shlex
import threading
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from .times import rfc3339, to_unix_nanos

Kind = Literal["deployment", "failure"]
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://")
#: How read answers write ``started_at``/``finished_at``: RFC 3339 strings as the December
#: reference documents, or int64 nanoseconds as the first pages did.
TimeFormat = Literal["rfc3339", "unix"]
SORT_FIELDS = ("started_at", "finished_at")


class QueryError(ValueError):
    """A search query the fake does not understand; the message says what it supports."""


def repository_id(repository_url: str) -> str:
    """The repository ID the API reports for a repository URL: host and path, no scheme, no
    user, no ``.git``. ``https://github.com/org/repo.git`` and ``git@github.com:org/repo`` both
    give ``github.com/org/repo``."""
    rest = _SCHEME.sub("", repository_url, count=1)
    authority, _, path = rest.partition("/")
    if rest == repository_url and ":" in authority:  # scp-like: git@host:org/repo
        authority, _, head = authority.partition(":")
        path = f"{head}/{path}" if path else head
    host = authority.rpartition("@")[2]
    result = f"{host}/{path}".rstrip("/") if path else host
    return result.removesuffix(".git")


@dataclass
class DoraEvent:
    """One stored event: its attributes as sent, and the change-failure mark of a deployment."""

    kind: Kind
    event_id: str
    attributes: dict[str, Any]
    change_failure: bool | None = None
    remediation: dict[str, Any] | None = None
    seq: int = 0

    def nanos(self, name: str) -> int | None:
        value = self.attributes.get(name)
        if isinstance(value, int) and not isinstance(value, bool):
            try:
                return to_unix_nanos(value)
            except ValueError:
                return None
        return None

    def copy(self) -> DoraEvent:
        return copy.deepcopy(self)


# ---- the query language -----------------------------------------------------------------------
@dataclass(frozen=True)
class Term:
    """``key:value`` (or ``key:(a OR b)``): the event matches when the key has one of the
    values; ``*`` in a value is a wildcard; ``negated`` for a leading ``-``."""

    key: str
    values: tuple[str, ...]
    negated: bool = False


_TERM = re.compile(r"(-?)([A-Za-z_@][\w.@-]*):(.*)", re.S)


def parse_query(text: str | None) -> list[Term]:
    """The terms of a search query, all of which must match (AND).

    Supported: ``key:value``, ``key:"quoted value"``, ``key:(a OR b OR "c d")``, a leading
    ``-`` to negate a term, ``*`` wildcards in values, and ``AND`` between terms. Keys:
    ``service``, ``env``, ``team``, ``version``, ``severity``, ``name``, ``id``, ``commit_sha``
    (``git.commit_sha``), ``repository`` (the repository ID or URL); any other key matches the
    custom tags (``language:java`` matches the tag ``language:java``). A leading ``@`` on a key
    is ignored. Anything else (``OR`` between terms, bare words, parentheses around terms) is
    refused with :class:`QueryError`.
    """
    if text is None or not text.strip():
        return []
    try:
        lexer = shlex.shlex(_space_groups(text), posix=True, punctuation_chars="")
        lexer.whitespace_split = True
        lexer.commenters = ""
        tokens = list(lexer)
    except ValueError as error:
        raise QueryError(f"cannot read the query {text!r}: {error}") from None
    terms = []
    for token in tokens:
        if token == "AND":
            continue
        found = _TERM.fullmatch(token)
        if found is None:
            raise QueryError(
                f"the fake understands key:value terms joined by spaces or AND, not {token!r}"
            )
        negated, key, raw = found.groups()
        terms.append(Term(key.lstrip("@"), _values(raw, token), bool(negated)))
    return terms


def _space_groups(text: str) -> str:
    """Protect the spaces inside ``( ... )`` so that a group stays one token."""
    out, depth, quoted = [], 0, False
    for char in text:
        if char == '"':
            quoted = not quoted
        elif not quoted and char == "(":
            depth += 1
        elif not quoted and char == ")":
            depth -= 1
        out.append("\0" if char == " " and depth > 0 and not quoted else char)
    if depth != 0:
        raise QueryError(f"unbalanced parentheses in the query {text!r}")
    return "".join(out)


def _values(raw: str, token: str) -> tuple[str, ...]:
    if raw.startswith("(") and raw.endswith(")"):
        parts = [p for p in raw[1:-1].split("\0") if p]
        values = parts[0::2]
        if not values or any(p != "OR" for p in parts[1::2]) or len(parts) % 2 == 0:
            raise QueryError(f"a group is (a OR b OR ...), not {token.replace(chr(0), ' ')!r}")
        return tuple(v.strip('"') for v in values)
    if "\0" in raw or not raw:
        raise QueryError(f"no value in the term {token!r}")
    return (raw,)


def _candidates(event: DoraEvent, key: str) -> list[str]:
    attrs = event.attributes
    git = attrs.get("git") or {}
    if key == "service" and event.kind == "failure":
        return [str(s) for s in attrs.get("services") or ()]
    if key in ("service", "env", "team", "version", "severity", "name"):
        value = attrs.get(key)
        return [] if value is None else [str(value)]
    if key == "id":
        return [event.event_id]
    if key in ("commit_sha", "git.commit_sha"):
        return [git["commit_sha"]] if "commit_sha" in git else []
    if key in ("repository", "repository_id", "git.repository_id", "repository_url"):
        url = git.get("repository_url")
        return [url, repository_id(url)] if url else []
    prefix = f"{key}:"
    return [t[len(prefix) :] for t in attrs.get("custom_tags") or () if t.startswith(prefix)]


def matches(event: DoraEvent, terms: list[Term]) -> bool:
    for term in terms:
        found = _candidates(event, term.key)
        hit = any(fnmatch.fnmatchcase(c, v) for c in found for v in term.values)
        if hit == term.negated:
            return False
    return True


# ---- the store --------------------------------------------------------------------------------
@dataclass
class DoraStore:
    """Deployment and failure events, behind one lock; at most ``max_events`` of each kind
    (the oldest go first)."""

    max_events: int = 10_000
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _events: dict[Kind, OrderedDict[str, DoraEvent]] = field(
        default_factory=lambda: {"deployment": OrderedDict(), "failure": OrderedDict()}
    )
    _seq: int = 0

    def reset(self) -> None:
        with self._lock:
            for events in self._events.values():
                events.clear()

    def put(self, kind: Kind, attributes: Mapping[str, Any], event_id: str | None = None) -> str:
        """Store an event; returns its ID: ``event_id``, the sender's own ``id``, or 16 random
        hex characters. The same ID again replaces the event (keeping its change-failure mark)."""
        own_id = event_id or attributes.get("id")
        event_id = own_id if isinstance(own_id, str) and own_id else secrets.token_hex(8)
        stored = {k: copy.deepcopy(v) for k, v in attributes.items() if k != "id"}
        with self._lock:
            events = self._events[kind]
            old = events.pop(event_id, None)
            self._seq += 1
            event = DoraEvent(kind, event_id, stored, seq=self._seq)
            if old is not None:
                event.change_failure, event.remediation = old.change_failure, old.remediation
            events[event_id] = event
            while len(events) > self.max_events:
                events.popitem(last=False)
        return event_id

    def get(self, kind: Kind, event_id: str) -> DoraEvent | None:
        with self._lock:
            event = self._events[kind].get(event_id)
            return None if event is None else event.copy()

    def delete(self, kind: Kind, event_id: str) -> bool:
        with self._lock:
            return self._events[kind].pop(event_id, None) is not None

    def all(self, kind: Kind) -> list[DoraEvent]:
        with self._lock:
            return [e.copy() for e in self._events[kind].values()]

    def mark(
        self,
        deployment_id: str,
        change_failure: bool | None,
        remediation: Mapping[str, Any] | None,
    ) -> bool:
        """Record a deployment's change-failure state; False when there is no such event."""
        with self._lock:
            event = self._events["deployment"].get(deployment_id)
            if event is None:
                return False
            if change_failure is not None:
                event.change_failure = change_failure
            if remediation is not None:
                event.remediation = dict(remediation)
            return True

    def find_version(self, service: str, env: str, version: str) -> str | None:
        """The most recently finished deployment of that service, env and version."""
        with self._lock:
            found = [
                e
                for e in self._events["deployment"].values()
                if [e.attributes.get(k) for k in ("service", "env", "version")]
                == [service, env, version]
            ]
        if not found:
            return None

        def finished(e: DoraEvent) -> tuple[int, int]:
            return (e.nanos("finished_at") or e.nanos("started_at") or 0, e.seq)

        return max(found, key=finished).event_id

    def search(
        self,
        kind: Kind,
        *,
        start: int | None,
        end: int | None,
        terms: list[Term],
        sort: str,
        limit: int,
    ) -> list[DoraEvent]:
        """Events whose ``started_at`` (nanoseconds) lies in [start, end], matching every term,
        sorted, at most ``limit``."""
        descending = sort.startswith("-")
        name = sort.lstrip("-")
        if name not in SORT_FIELDS:
            raise QueryError(f"sort is one of {', '.join(SORT_FIELDS)} (- for descending)")
        with self._lock:
            events = list(self._events[kind].values())
        chosen = []
        for event in events:
            started = event.nanos("started_at")
            if start is not None and (started is None or started < start):
                continue
            if end is not None and (started is None or started > end):
                continue
            if matches(event, terms):
                chosen.append(event)

        def key(event: DoraEvent) -> tuple[int, int]:
            return (event.nanos(name) or 0, event.seq)

        chosen.sort(key=key, reverse=descending)
        return [e.copy() for e in chosen[:limit]]


# ---- documents the API answers ----------------------------------------------------------------
#: What a read answer carries, per kind (anything else a sender added stays unseen).
READ_FIELDS: dict[Kind, tuple[str, ...]] = {
    "deployment": ("custom_tags", "env", "service", "team", "version"),
    "failure": ("custom_tags", "env", "name", "services", "severity", "team", "version"),
}


def event_resource(event: DoraEvent, form: TimeFormat) -> dict[str, Any]:
    """The fetch/list shape of an event: times in ``form`` (``unix``: as sent); a
    deployment's git carries the repository ID, a failure's the URL it was sent with."""
    sent = event.attributes
    attributes: dict[str, Any] = {
        k: copy.deepcopy(sent[k]) for k in READ_FIELDS[event.kind] if k in sent
    }
    for name in ("started_at", "finished_at"):
        nanos = event.nanos(name)
        if nanos is not None:
            attributes[name] = sent[name] if form == "unix" else rfc3339(nanos / 1e9)
    git = sent.get("git")
    if git is not None:
        if event.kind == "deployment":
            attributes["git"] = {
                "commit_sha": git["commit_sha"],
                "repository_id": repository_id(git["repository_url"]),
            }
        else:
            attributes["git"] = {
                "commit_sha": git["commit_sha"],
                "repository_url": git["repository_url"],
            }
    kind = "dora_deployment" if event.kind == "deployment" else "dora_failure"
    return {"id": event.event_id, "type": kind, "attributes": attributes}
