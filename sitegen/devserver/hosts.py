"""Hosts and ports: what a bind address listens on, which ``Host`` headers name this server, and the next
free port when the one asked for is taken."""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass

# How far above a taken port to look for a free one before letting the OS pick any.
PORT_SEARCH_SPAN = 100

# Compared with a bind address whose brackets are already stripped.
WILDCARD_BINDS = {"", "0.0.0.0", "::"}
LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "[::1]"})


class PortInUse(Exception):
    """The port asked for is taken; ``suggestion`` is the next free port above it."""

    def __init__(self, port: int, suggestion: int) -> None:
        super().__init__(f"port {port} is in use; port {suggestion} is free")
        self.port = port
        self.suggestion = suggestion


def is_loopback(bind: str) -> bool:
    """Whether ``bind`` only accepts connections from this machine (``localhost``, 127.0.0.0/8, ``::1``)."""
    host = bind.strip().strip("[]").rstrip(".").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False  # another host name: it may resolve to anything, so assume it is reachable
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return address.is_loopback


def listen_address(bind: str) -> tuple[str, socket.AddressFamily]:
    """The host to bind (without IPv6 brackets) and its address family."""
    host = bind.strip().strip("[]")
    return host, socket.AF_INET6 if ":" in host else socket.AF_INET


def url_host(host: str, family: socket.AddressFamily) -> str:
    """The host part of the URL to open on this machine; a wildcard bind is shown as the loopback address."""
    if host in WILDCARD_BINDS:
        return "[::1]" if family == socket.AF_INET6 else "127.0.0.1"
    return f"[{host}]" if family == socket.AF_INET6 else host


@dataclass(frozen=True)
class AllowedHosts:
    """The ``Host`` header values that name this server; any other name may be a DNS-rebinding attack."""

    names: frozenset[str]
    port: int
    any_ip_literal: bool

    @classmethod
    def for_server(cls, host: str, shown_host: str, port: int) -> AllowedHosts:
        """The loopback names, the host of the server's URL and, for a wildcard bind, any IP literal."""
        return cls(LOOPBACK_NAMES | {shown_host.lower().rstrip(".")}, port, host in WILDCARD_BINDS)

    def allow(self, value: str) -> bool:
        """Whether a ``Host`` (or ``Origin`` host) value names this server, port included."""
        parsed = _split_host_header(value)
        if parsed is None:
            return False
        name, port = parsed
        if port is None:
            if self.port != 80:
                return False
        elif port != self.port:
            return False
        if name in self.names:
            return True
        # Rebinding needs a host name the attacker controls; an IP literal is the server itself.
        return self.any_ip_literal and _is_ip_literal(name)

    def cross_site(self, fetch_site: str | None, origin: str | None) -> bool:
        """Whether ``Sec-Fetch-Site`` or ``Origin`` says a request comes from a page of another origin."""
        # "same-site" includes other ports of localhost, which are other origins: refuse those too.
        if fetch_site is not None and fetch_site.strip().lower() not in ("same-origin", "none"):
            return True
        if origin is None:
            return False
        scheme, separator, host = origin.strip().partition("://")
        return not (separator and scheme.lower() == "http" and self.allow(host))


def _split_host_header(value: str) -> tuple[str, int | None] | None:
    """``host[:port]`` → (lower-case name, port or None); None when it cannot be parsed."""
    value = value.strip().lower()
    if value.startswith("["):
        end = value.find("]")
        if end == -1:
            return None
        name, rest = value[: end + 1], value[end + 1 :]
        if rest and not rest.startswith(":"):
            return None
        port_text = rest[1:] if rest else None
    else:
        name, colon, port_text = value.partition(":")
        if not colon:
            port_text = None
    if port_text is not None and not (port_text.isdigit() and len(port_text) <= 5):
        return None
    name = name.rstrip(".")
    if not name:
        return None
    return name, (int(port_text) if port_text is not None else None)


def _is_ip_literal(name: str) -> bool:
    try:
        ipaddress.ip_address(name.strip("[]"))
    except ValueError:
        return False
    return True


def next_free_port(host: str, family: socket.AddressFamily, taken: int) -> int:
    """The first port above ``taken`` that can be bound on ``host``, or any free port if none is near."""
    for port in range(taken + 1, min(taken + 1 + PORT_SEARCH_SPAN, 65536)):
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                probe.bind((host, port))
            except OSError:
                continue
            return port
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.bind((host, 0))
        return probe.getsockname()[1]
