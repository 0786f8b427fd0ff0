"""Which base URL a configuration talks to, and which hosts may be reached over plain http."""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit, urlunsplit

import httpx
from datadog_deployments_api.spec_index import DEFAULT_SITE, SERVER_URL_TEMPLATE, SITES

from .errors import ConfigurationError

__all__ = ["DEFAULT_SITE", "SITES", "base_url", "is_loopback"]


def site_url(site: str) -> str:
    """The API base URL of a Datadog site, e.g. 'datadoghq.eu' -> 'https://api.datadoghq.eu'."""
    if site not in SITES:
        raise ConfigurationError(f"unknown Datadog site {site!r}; known sites: {', '.join(SITES)}")
    return SERVER_URL_TEMPLATE.format(site=site)


def is_loopback(hostname: str) -> bool:
    if hostname.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(hostname.strip("[]")).is_loopback
    except ValueError:
        return False


def checked_host(host: str) -> str:
    """A user-given base URL, refused when keys could travel unencrypted or it cannot work.

    Returned with scheme and host in lower case, so that every later check (plain http or
    not, loopback or not) sees what the connection will use.
    """
    if any(c.isspace() or not c.isprintable() for c in host):
        raise ConfigurationError(
            f"host must be a URL without spaces or control characters, got {host!r}"
        )
    try:
        parts = urlsplit(host)
        parts.port  # noqa: B018 - raises ValueError when out of range or not a number
        # What httpx will connect to; urllib and httpx must agree on it.
        url = httpx.URL(host)
    except (ValueError, httpx.InvalidURL) as error:
        raise ConfigurationError(f"host is not a valid URL ({error}): {host!r:.200}") from None
    if parts.scheme not in ("http", "https") or not parts.hostname or not url.host:
        raise ConfigurationError(
            f"host must be an http(s) URL such as https://api.datadoghq.com, got {host!r}"
        )
    if parts.username or parts.password or parts.query or parts.fragment or url.userinfo:
        # Credentials in a URL end up in logs and messages; a query would be sent everywhere.
        raise ConfigurationError(
            "host must be a plain base URL, without user:password@, ?query or #fragment"
        )
    if url.host.lower() != parts.hostname.lower() or url.scheme != parts.scheme:
        raise ConfigurationError(f"host is ambiguous: URL parsers disagree about {host!r}")
    if parts.scheme == "http" and not is_loopback(url.host):
        raise ConfigurationError(
            f"refusing plain http to {url.host}: keys would travel unencrypted; "
            "use https (http is allowed for loopback addresses only)"
        )
    return urlunsplit((parts.scheme, parts.netloc.lower(), parts.path, "", "")).rstrip("/")


def is_plain_http(url: str) -> bool:
    """Whether a base URL (as checked_host or site_url returned it) is unencrypted."""
    return url[:7].lower() == "http://"


def base_url(site: str, host: str | None) -> str:
    return checked_host(host) if host else site_url(site)
