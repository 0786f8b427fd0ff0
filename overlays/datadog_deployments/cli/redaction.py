"""Secrets never reach an output, in whatever form they were sent.

`Redactor` replaces every form of every secret it was given with '****': the value as it sat
in the environment, stripped (the client strips a key read from a file with its newline), and
escaped as JSON or a URL would carry it. New secrets (a bearer token, a key from a config
file) need only `add()`; `secrets_from(environ)` knows the variables that hold them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping

REDACTED = "****"
MIN_SECRET = 6  # shorter values would blank out ordinary words; real keys are 32+ chars

# Every variable ddeploy (or the client) may read a secret from.
SECRET_VARIABLES = (
    "DD_API_KEY",
    "DATADOG_API_KEY",
    "DD_APP_KEY",
    "DATADOG_APP_KEY",
    "DD_APPLICATION_KEY",
    "DATADOG_APPLICATION_KEY",
    "DD_BEARER_TOKEN",
    "DATADOG_BEARER_TOKEN",
)


def secrets_from(environ: Mapping[str, str]) -> list[str]:
    return [environ[name] for name in SECRET_VARIABLES if environ.get(name)]


def forms(value: str) -> set[str]:
    """The ways a secret may appear in text: raw, stripped, JSON-escaped, URL-quoted."""
    from urllib.parse import quote  # here: start-up does without it until a secret is known

    found = set()
    for form in {value, value.strip()}:
        found |= {form, json.dumps(form)[1:-1], quote(form, safe="")}
    return {form for form in found if len(form) >= MIN_SECRET}


class Redactor:
    def __init__(self, secrets: Iterable[str | None] = ()) -> None:
        self._forms: list[str] = []
        for secret in secrets:
            self.add(secret)

    def add(self, secret: str | None) -> None:
        if not secret:
            return
        known = set(self._forms) | forms(secret)
        self._forms = sorted(known, key=len, reverse=True)  # longest first: no partial leftovers

    def __call__(self, text: str) -> str:
        for form in self._forms:
            if form in text:
                text = text.replace(form, REDACTED)
        return text
