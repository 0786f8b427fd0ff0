"""What every command needs: its arguments, the environment, the output, and a client.

Keys come from the environment only (DD_* or the DATADOG_* spellings of other Datadog
tools), never from flags, so they stay out of process listings and shell history. Everything
taken from outside (keys, --host, proxy variables) is checked here before it is used, and a
problem names where the value came from.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable, Mapping
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

from .outcome import UsageError
from .output import Output
from .redaction import secrets_from

if TYPE_CHECKING:
    from ..api_client import ApiClient
    from ..configuration import Configuration
    from .cancellation import Guard

# Setting -> environment variables, first found wins.
ENV_NAMES = {
    "api_key": ("DD_API_KEY", "DATADOG_API_KEY"),
    "app_key": ("DD_APP_KEY", "DATADOG_APP_KEY"),
    # The library's spelling; no other Datadog tool has a DATADOG_ one (datadog-ci has none).
    "access_token": ("DD_BEARER_TOKEN",),
    "site": ("DD_SITE", "DATADOG_SITE"),
    "service": ("DD_SERVICE",),
    "env": ("DD_ENV",),
}
_BEARER = "Authorization"  # the spec's OAuth security scheme (a bearer token)
_KEY_SETTING = {
    "DD-API-KEY": ("api_key", "an API key"),
    "DD-APPLICATION-KEY": ("app_key", "an application key"),
}

MAX_REQUEST_TIMEOUT = 30.0  # one request; what is left of --timeout can only shorten it
MAX_RETRY_TIME = 60.0
PROXY_VARIABLES = (
    "ALL_PROXY",
    "all_proxy",
    "HTTPS_PROXY",
    "https_proxy",
    "HTTP_PROXY",
    "http_proxy",
)


def check_host(url: str) -> str:
    """--host, or a UsageError saying what is wrong with it (the parser names the flag).

    The rules of a base URL are the library's (`sites.checked_host`), so they cannot drift;
    the CLI adds two of its own: the value is never repeated when it may hold a password (it
    would land in a CI log), and --host is a root, as ddeploy adds the API paths itself."""
    from urllib.parse import urlsplit

    from ..errors import ConfigurationError
    from ..sites import checked_host

    if "@" in url:
        raise UsageError("no user or password in the URL (value not shown)")
    try:
        checked_host(url)
    except ConfigurationError as error:
        raise UsageError(str(error)) from None
    try:
        path = urlsplit(url).path
    except ValueError as error:  # checked_host parsed it already: not expected
        raise UsageError(f"{url!r} is not a URL ({error})") from None
    if path not in ("", "/") or "?" in url or "#" in url:
        raise UsageError(
            f"{url!r}: give only the scheme, host and port, e.g. http://127.0.0.1:8126 "
            "(ddeploy adds the API paths itself: anything after the port would make every "
            "request miss)"
        )
    return url


def _unusable_proxies(environ: Mapping[str, str]) -> list[str]:
    """The proxy variables httpx cannot use, or all those set when none stands out."""
    import httpx

    names = [name for name in PROXY_VARIABLES if environ.get(name)]
    bad = []
    for name in names:
        try:
            url = httpx.URL(environ[name])
        except (httpx.InvalidURL, ValueError, TypeError):
            bad.append(name)
            continue
        if url.scheme not in ("http", "https") or not url.host:
            bad.append(name)
    return bad or names


def utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


class Context:
    def __init__(
        self,
        args: argparse.Namespace,
        out: Output,
        environ: Mapping[str, str],
        guard: Guard | None = None,
    ) -> None:
        self.args = args
        self.out = out
        self.environ = environ
        self.command = f"{args.group} {args.command}"
        self.data: dict[str, Any] = {}  # what the command learned so far, for JSON and GitHub
        self.started_at = utc_now()
        self.started = time.monotonic()
        self._preview_announced = False
        self.base_url = "Datadog"  # the URL once a configuration exists, for error messages
        self.not_found: str | None = None  # what a 404 means for the call being made
        # set by a command that streams its --json items: it writes the document's end
        self.document_writer: Callable[[dict[str, Any]], None] | None = None
        if guard is None:
            from .cancellation import Guard

            guard = Guard(None)
        self.guard = guard
        self.doing: str | None = None  # what is in progress, for a cancellation or deadline
        self.resume: str | None = None  # the command that picks up what this one started
        self.contacted = False  # a client exists: requests may be under way
        self._both_noted: set[str] = set()
        for secret in secrets_from(environ):  # redaction's one list of secret variables
            out.add_secret(secret)

    @property
    def failing_open(self) -> bool:
        """--on-error pass is in effect (messages then do not suggest it)."""
        return getattr(self.args, "on_error", "fail") == "pass"

    # ---- settings --------------------------------------------------------------------------
    def from_env(self, setting: str) -> tuple[str | None, str | None]:
        """(value, the variable it came from) for a setting, or (None, None).

        When both spellings are set and differ, says once which one is used (DD_* wins;
        datadog-ci prefers DATADOG_* for keys, so a job moving over may carry both)."""
        found = [(name, self.environ.get(name, "").strip()) for name in ENV_NAMES[setting]]
        found = [(name, value) for name, value in found if value]
        if not found:
            return None, None
        name, value = found[0]
        others = [other for other, v in found[1:] if v != value]
        if others and setting not in self._both_noted:
            self._both_noted.add(setting)
            secret = setting in ("api_key", "app_key", "access_token")
            shown = "" if secret else f" ({value!r})"
            self.out.note(
                f"note: {name} and {others[0]} are both set and differ; using {name}{shown}"
                + (" (values not shown)" if secret else "")
            )
        return value, name

    def required(self, setting: str) -> str:
        """A flag that may default from the environment (--service from DD_SERVICE, ...)."""
        value = getattr(self.args, setting, None)
        if value:
            return str(value)
        found, _ = self.from_env(setting)
        if found:
            return found
        names = " or ".join(ENV_NAMES[setting])
        raise UsageError(f"--{setting} is required (or set {names})")

    def optional(self, setting: str) -> str | None:
        value = getattr(self.args, setting, None)
        return str(value) if value else self.from_env(setting)[0]

    def site(self) -> str:
        from ..sites import DEFAULT_SITE, SITES

        site: str
        if self.args.site:
            site, source = str(self.args.site).strip(), "--site"
        else:
            found, name = self.from_env("site")
            site, source = (found, name or "") if found else (DEFAULT_SITE, "default")
        if site in SITES:
            return site
        bare = site.lower().removeprefix("https://").split("/")[0]
        bare = bare.removeprefix("api.").removeprefix("app.")
        hint = f" (did you mean {bare}?)" if bare in SITES else ""
        raise UsageError(
            f"unknown Datadog site {site!r} from {source}{hint}; known sites: {', '.join(SITES)}"
        )

    # ---- the client ------------------------------------------------------------------------
    def configuration(self, operation_ids: tuple[str, ...]) -> Configuration:
        """A Configuration for these operations, or a UsageError naming the missing key."""
        from datadog_deployments_api.spec_index import OPERATIONS

        from ..configuration import Configuration
        from ..errors import ConfigurationError
        from ..retries import RetryPolicy

        keys: dict[str, str | None] = {"api_key": None, "app_key": None, "access_token": None}
        token, token_source = self.from_env("access_token")
        if token is not None:
            keys["access_token"] = self._checked(token, token_source, "an OAuth access token")
        for operation_id in operation_ids:
            operation = OPERATIONS[operation_id]
            if token is not None and (_BEARER,) in operation.security:
                continue  # the library sends the token alone to an operation that accepts it
            for header in operation.auth_headers:
                setting, what = _KEY_SETTING[header]
                if keys[setting] is not None:
                    continue
                value, source = self.from_env(setting)
                if value is None:
                    names = ENV_NAMES[setting]
                    because = ""
                    if token is not None:
                        because = f" ({token_source} is set, but {operation.name} takes keys only)"
                    elif (_BEARER,) in operation.security:
                        because = " (or an OAuth access token in DD_BEARER_TOKEN)"
                    raise UsageError(
                        f"{self.command} needs {what}: set {names[0]} (or {names[1]}) "
                        f"in the environment{because}"
                    )
                keys[setting] = self._checked(value, source, what)
        site = self.site()
        host = self.args.host  # checked by the parser (check_host)
        # Each request gets what is left of --timeout (a client whose timeout covers the whole
        # request then ends in time by itself; the Guard's deadline ends it in any case).
        left = self.guard.remaining()
        try:
            configuration = Configuration(
                site=site,
                host=host,
                api_key=keys["api_key"],
                app_key=keys["app_key"],
                access_token=keys["access_token"],
                timeout=max(min(MAX_REQUEST_TIMEOUT, left), 0.001),
                # no retry starts in the last fifth: the error it ends with beats the deadline's
                retry=RetryPolicy(max_elapsed=min(MAX_RETRY_TIME, 0.8 * left)),
                environ={},
            )
        except ConfigurationError as error:
            where = "--host" if host is not None else "the configuration"
            raise UsageError(f"{where}: {error}") from error
        preview = [
            OPERATIONS[op].name for op in operation_ids if OPERATIONS[op].unstable is not None
        ]
        for name in preview:
            configuration.unstable_operations[name] = True
        if preview:
            import warnings

            from ..unstable import PreviewOperationWarning

            # The library's own notice is a warning; ddeploy says it in the one line below.
            warnings.filterwarnings("ignore", category=PreviewOperationWarning)
        if preview and not self._preview_announced:
            self._preview_announced = True
            self.out.note(
                "note: Deployment Gates is a preview API; ddeploy enabled the preview "
                f"operation{'s' if len(preview) > 1 else ''} it uses ({', '.join(preview)})"
            )
        self.base_url = configuration.base_url
        self.out.detail(f"talking to {configuration.base_url} (site {site})")
        return configuration

    def _checked(self, value: str, source: str | None, what: str) -> str:
        if not all("!" <= c <= "~" for c in value):
            raise UsageError(
                f"{source} is not a valid Datadog {'token' if 'token' in what else 'key'}: it "
                "holds spaces, control or non-ASCII characters (value not shown)"
            )
        self.out.detail(f"{what} from {source} (value not shown)")
        return value

    def client(
        self, operation_ids: tuple[str, ...], sleep: Callable[[float], None] | None = None
    ) -> ApiClient:
        from ..api_client import ApiClient

        configuration = self.configuration(operation_ids)
        self.contacted = True
        try:
            if sleep is None:
                return ApiClient(configuration)
            return ApiClient(configuration, sleep=sleep)
        except Exception as error:  # a proxy variable httpx cannot use?
            import httpx

            names = _unusable_proxies(self.environ)
            if not names or not isinstance(error, (ImportError, ValueError, httpx.InvalidURL)):
                raise
            # Neither the value (it may hold user:password) nor httpx's message about it.
            raise UsageError(
                f"cannot use the proxy from {' / '.join(names)} (value not shown): ddeploy "
                "supports http:// and https:// proxy URLs without spaces or control characters; "
                "fix or unset it"
            ) from None

    def timings(self, **extra: Any) -> dict[str, Any]:
        return {
            "started_at": self.started_at,
            "finished_at": utc_now(),
            "elapsed_seconds": round(time.monotonic() - self.started, 3),
            **extra,
        }
