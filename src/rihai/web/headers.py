"""What a request says about itself, read one way everywhere: its media type and its client address.

Media type: the CSRF check, the NUL-byte filter and the in-memory multipart parse must agree with
the parser that finally reads the body. Starlette parses forms after ``parse_options_header`` from
python-multipart (case-insensitive, parameters and whitespace dropped), so this does the same: a
check that compared raw strings let ``Application/x-www-form-urlencoded`` past the anonymous
double-submit check while Starlette still read it as a form.

Client address: ``X-Forwarded-For`` is whatever the client wrote, unless a proxy we run appended
to it. It is believed only hop by hop from the right, and only while the hop that handed it to us
is one of ``RIHAI_TRUSTED_PROXIES`` (default: none): the answer is the right-most address no
trusted proxy vouches for. Everything that keys on the address (sign-in throttle, the family
status limit, screening's limit, uvicorn's access log) reads the one answer ``ClientAddress``
(in ``rihai.web.middleware``) puts in the ASGI scope.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable, Sequence

from python_multipart.multipart import parse_options_header

FORM_URLENCODED = "application/x-www-form-urlencoded"
MULTIPART_FORM = "multipart/form-data"
FORM_TYPES = frozenset({FORM_URLENCODED, MULTIPART_FORM})

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def media_type(value: str | bytes | None) -> str:
    """``type/subtype`` in lower case, parameters dropped; "" when absent."""
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    parsed, _ = parse_options_header(value or "")
    return parsed.decode("latin-1")


def scope_media_type(headers: Iterable[tuple[bytes, bytes]]) -> str:
    """The media type of raw ASGI headers, taking the FIRST Content-Type as Starlette does (a
    request with two must not be judged by one and parsed by the other)."""
    for key, value in headers:
        if key.lower() == b"content-type":
            return media_type(value)
    return ""


def parse_trusted_proxies(value: str | None) -> tuple[Network, ...]:
    """``"10.0.0.1, 192.168.0.0/24, ::1"`` -> networks. A malformed entry raises ValueError, so a
    typo refuses to start rather than silently trusting nothing (or everything)."""
    networks = []
    for item in (value or "").split(","):
        if item.strip():
            networks.append(ipaddress.ip_network(item.strip(), strict=False))
    return tuple(networks)


def _address(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    text = text.strip()
    if text.startswith("[") and "]" in text:  # "[2001:db8::1]:443"
        text = text[1:text.index("]")]
    elif text.count(":") == 1:  # "203.0.113.9:5120"
        text = text.split(":", 1)[0]
    try:
        return ipaddress.ip_address(text)
    except ValueError:
        return None


def _trusted(text: str, trusted: Sequence[Network]) -> bool:
    addr = _address(text)
    if addr is None:
        return False
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
        addr = addr.ipv4_mapped
    return any(addr.version == net.version and addr in net for net in trusted)


def client_address(peer: str | None, forwarded_for: Sequence[str], trusted: Sequence[Network]) -> str:
    """The address a request came from. ``peer`` is the socket's other end; ``forwarded_for`` the
    X-Forwarded-For header values in order. Walks the chain right to left while each hop is a
    trusted proxy, and answers the first hop that is not; with no trusted proxies (the default)
    that is always the peer, whatever the header says."""
    current = peer or "unknown"
    if not trusted or not _trusted(current, trusted):
        return current
    hops = [h.strip() for value in forwarded_for for h in value.split(",") if h.strip()]
    for hop in reversed(hops):
        if _address(hop) is None:
            # Garbage in the chain: it came from beyond our proxies; believe nothing further left.
            return current
        current = str(_address(hop))
        if not _trusted(current, trusted):
            return current
    return current  # every hop is one of ours: the left-most is as far back as we can see
