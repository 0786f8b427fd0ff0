"""Configuration: site or host, keys, timeout, retries and preview opt-ins, in one place."""

from __future__ import annotations

import os
from collections.abc import Mapping

import httpx

from .errors import ConfigurationError
from .retries import NO_RETRY, RetryPolicy
from .sites import DEFAULT_SITE, base_url
from .unstable import UnstableOperations

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
# Far above any answer of the API (a page of events is tens of KiB), far below trouble.
DEFAULT_MAX_RESPONSE_BYTES = 8 * 1024 * 1024

# Header -> (environment variable that supplies it, the Configuration argument).
KEY_SOURCES = {
    "DD-API-KEY": ("DD_API_KEY", "api_key"),
    "DD-APPLICATION-KEY": ("DD_APP_KEY", "app_key"),
    "Authorization": ("DD_BEARER_TOKEN", "access_token"),  # sent as "Bearer <token>"
}
BEARER = "Authorization"


class Configuration:
    """How to reach Datadog. Explicit arguments win over the environment.

    Environment: DD_SITE, DD_API_KEY, DD_APP_KEY, DD_BEARER_TOKEN. `host` replaces the site's
    base URL (a proxy, a local fake server); plain http is accepted only for loopback hosts.
    `timeout` is a deadline for each attempt, whole (connect, send, headers, body); `retry`
    bounds the call, retries included (`retry=None` turns retries off). `max_response_bytes`
    caps an answer's body, decompressed. `access_token` (an OAuth access token) replaces both
    keys for the operations that accept it (see `credentials`). Keys and the token are never
    shown by repr() or str().
    """

    def __init__(
        self,
        *,
        site: str | None = None,
        host: str | None = None,
        api_key: str | None = None,
        app_key: str | None = None,
        access_token: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = RetryPolicy(),  # noqa: B008 - frozen dataclass, shared safely
        verify_ssl: bool = True,
        ssl_ca_cert: str | None = None,
        unstable_operations: Mapping[str, bool] | None = None,
        environ: Mapping[str, str] | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        env = os.environ if environ is None else environ
        self._site = site or env.get("DD_SITE") or DEFAULT_SITE
        self._host = host
        self._base_url = base_url(self._site, host)  # validates site and host now, not later
        self._keys: dict[str, str | None] = {}
        for header, (env_var, argument) in KEY_SOURCES.items():
            given = {"api_key": api_key, "app_key": app_key, "access_token": access_token}[argument]
            source = f"Configuration({argument}=...)" if given is not None else env_var
            self._set_key(header, given if given is not None else env.get(env_var), source)
        if timeout is None:
            raise ConfigurationError("timeout=None would let a request wait forever; give seconds")
        self.timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        self.retry = retry or NO_RETRY
        if not isinstance(max_response_bytes, int) or max_response_bytes < 1:
            raise ConfigurationError("max_response_bytes must be a positive number of bytes")
        self.max_response_bytes = max_response_bytes
        self.verify_ssl = verify_ssl
        self.ssl_ca_cert = ssl_ca_cert
        self.unstable_operations = UnstableOperations()
        for name, enabled in (unstable_operations or {}).items():
            try:
                self.unstable_operations[name] = enabled
            except KeyError as error:
                raise ConfigurationError(f"unstable_operations: {error.args[0]}") from None

    def _set_key(self, header: str, value: str | None, source: str) -> None:
        # Secrets read from files often end in a newline: strip it. Anything else that cannot
        # travel in a header is refused here, naming where it came from but never the value.
        key = value.strip() if value else None
        if key and not all("!" <= c <= "~" for c in key):
            raise ConfigurationError(
                f"{source} is not a valid Datadog key: it holds spaces, control or non-ASCII "
                "characters (value not shown)"
            )
        self._keys[header] = key or None

    @property
    def base_url(self) -> str:
        """Where requests go: the site's API URL, or `host`. Set `site` or `host` to change it."""
        return self._base_url

    @property
    def site(self) -> str:
        return self._site

    @site.setter
    def site(self, value: str) -> None:
        self._base_url = base_url(value, self._host)
        self._site = value

    @property
    def host(self) -> str | None:
        """The base URL in use when it replaces the site's (proxies, a local fake server)."""
        return self._host

    @host.setter
    def host(self, value: str | None) -> None:
        self._base_url = base_url(self._site, value)
        self._host = value

    @property
    def api_key(self) -> str | None:
        return self._keys["DD-API-KEY"]

    @api_key.setter
    def api_key(self, value: str | None) -> None:
        self._set_key("DD-API-KEY", value, "api_key")

    @property
    def app_key(self) -> str | None:
        return self._keys["DD-APPLICATION-KEY"]

    @app_key.setter
    def app_key(self, value: str | None) -> None:
        self._set_key("DD-APPLICATION-KEY", value, "app_key")

    @property
    def access_token(self) -> str | None:
        return self._keys[BEARER]

    @access_token.setter
    def access_token(self, value: str | None) -> None:
        self._set_key(BEARER, value, "access_token")

    def credentials(self, security: tuple[tuple[str, ...], ...], operation: str) -> dict[str, str]:
        """The headers for one of the operation's security alternatives (spec_index).

        With an access token, an operation that accepts OAuth gets `Authorization: Bearer`
        and no key: one credential is sent, the one the caller chose for it. Otherwise the
        first alternative whose keys are all set; else a ConfigurationError naming what to set.
        """
        if not security:
            return {}
        if self._keys[BEARER] and (BEARER,) in security:
            return self.auth_headers((BEARER,), operation)
        for headers in security:
            if all(self._keys.get(header) for header in headers):
                return self.auth_headers(headers, operation)
        keyed = next((h for h in security if BEARER not in h), security[0])
        try:
            return self.auth_headers(keyed, operation)
        except ConfigurationError as error:
            if (BEARER,) in security and keyed != (BEARER,):
                raise ConfigurationError(
                    f"{error} (or an OAuth access token: set DD_BEARER_TOKEN or pass "
                    "Configuration(access_token=...))"
                ) from None
            raise

    def auth_headers(self, needed: tuple[str, ...], operation: str) -> dict[str, str]:
        """The key headers an operation needs, or a ConfigurationError naming what is missing."""
        headers = {}
        for header in needed:
            value = self._keys.get(header)
            if not value:
                env_var, argument = KEY_SOURCES[header]
                raise ConfigurationError(
                    f"{operation} needs the {header} header: set {env_var} or pass "
                    f"Configuration({argument}=...)"
                )
            headers[header] = f"Bearer {value}" if header == BEARER else value
        return headers

    def __repr__(self) -> str:
        keys = ", ".join(
            f"{KEY_SOURCES[h][1]}={'<set>' if v else '<unset>'}" for h, v in self._keys.items()
        )
        return f"Configuration(site={self.site!r}, base_url={self.base_url!r}, {keys})"

    __str__ = __repr__
