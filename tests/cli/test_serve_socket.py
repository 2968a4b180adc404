"""``rihai serve --workers N`` listens on a socket that says TCP, so asyncio turns Nagle's algorithm
off on each connection (uvicorn's own socket for several workers did not: every response waited
~40 ms for the client's delayed acknowledgement). Real sockets on loopback, and the socket as the
worker processes receive it (pickled by multiprocessing)."""

from __future__ import annotations

import asyncio
import socket
from concurrent.futures import ThreadPoolExecutor
from multiprocessing.reduction import ForkingPickler

from rihai.cli import serve
from rihai.cli.serve import tcp_listener


def _nodelay_of_accepted(listener: socket.socket) -> int:
    """TCP_NODELAY of a connection asyncio accepts on ``listener``, as uvicorn's workers serve."""
    async def main() -> int:
        seen: asyncio.Future[int] = asyncio.get_running_loop().create_future()

        class Probe(asyncio.Protocol):
            def connection_made(self, transport: asyncio.BaseTransport) -> None:
                sock = transport.get_extra_info("socket")
                seen.set_result(sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
                transport.close()

        server = await asyncio.get_running_loop().create_server(Probe, sock=listener)
        _, writer = await asyncio.open_connection(*listener.getsockname()[:2])
        try:
            return await asyncio.wait_for(seen, 5)
        finally:
            writer.close()
            server.close()

    # In a thread of its own: an earlier test in the session (the browser's sync API) may leave an
    # event loop running in this one, where asyncio.run refuses to start.
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, main()).result(timeout=10)


def _bound_like_uvicorn() -> socket.socket:
    sock = socket.socket(family=socket.AF_INET)  # uvicorn's Config.bind_socket for several workers
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    return sock


def test_uvicorns_socket_leaves_nagle_on_and_ours_turns_it_off() -> None:
    assert _nodelay_of_accepted(_bound_like_uvicorn()) == 0  # why tcp_listener exists
    ours = tcp_listener(_bound_like_uvicorn())
    assert ours.proto == socket.IPPROTO_TCP and ours.get_inheritable()
    assert _nodelay_of_accepted(ours) != 0


def test_the_worker_processes_receive_a_tcp_socket() -> None:
    ours = tcp_listener(_bound_like_uvicorn())
    received = ForkingPickler.loads(ForkingPickler.dumps(ours))  # as multiprocessing hands it over
    try:
        assert received.proto == socket.IPPROTO_TCP
        assert _nodelay_of_accepted(received) != 0
    finally:
        received.close()
        ours.close()


def test_a_unix_socket_is_left_alone() -> None:
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        assert tcp_listener(sock) is sock
    finally:
        sock.close()


def test_rihai_serve_names_its_http_stack(monkeypatch, tmp_path) -> None:
    """h11 and asyncio's loop, named: left to "auto", installing uvicorn[standard] would switch
    the parser and loop under a running deployment without anyone choosing it."""
    seen: dict[str, object] = {}
    monkeypatch.setattr("uvicorn.run", lambda app, **options: seen.update(options, app=app))
    for name in ("RIHAI_DATA_DIR", "RIHAI_HOST", "RIHAI_PORT", "RIHAI_TRUSTED_PROXIES"):
        monkeypatch.delenv(name, raising=False)
    serve.run_server(data_dir=tmp_path, host="127.0.0.1", port=8123)
    assert seen["app"] == serve.APP_FACTORY
    assert (seen["http"], seen["loop"]) == ("h11", "asyncio")
