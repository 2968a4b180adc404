"""``rihai serve``: run the web application with uvicorn, after checking it can run safely.

Configuration reaches the server (and each worker process) through RIHAI_* environment variables:
the command writes its options there, and uvicorn calls ``rihai.app:create_app()`` as a factory,
which reads ``Settings()``. (Named by string, so the CLI does not import the app layer.)
"""

from __future__ import annotations

import os
import socket
from pathlib import Path

import typer

from .common import DataDir, console, make_settings, require_ready

APP_FACTORY = "rihai.app:create_app"


def uvicorn_options(trusted_proxies: str) -> dict[str, object]:
    """How uvicorn treats X-Forwarded-For: only from ``RIHAI_TRUSTED_PROXIES``. Left to itself
    uvicorn believes the header from 127.0.0.1, so behind nothing (or a proxy that passes the
    client's header through) anyone could name any address in its access log. The app resolves
    the address again from the same list (``rihai.web.middleware.ClientAddress``) and answers
    the same: the right-most address no trusted proxy vouches for."""
    trusted = [item.strip() for item in trusted_proxies.split(",") if item.strip()]
    return {"proxy_headers": bool(trusted), "forwarded_allow_ips": trusted}


def tcp_listener(sock: socket.socket) -> socket.socket:
    """The listening socket as a TCP socket by its protocol number too. With several workers
    uvicorn binds ``socket.socket(family)`` (protocol 0), and asyncio switches Nagle's algorithm
    off (TCP_NODELAY) only on connections whose socket says TCP: every response written in two
    pieces then waited for the client's delayed acknowledgement, about 40 ms (measured at 1M cases
    on PostgreSQL with 2 workers: /healthz 165 requests/s at p50 48 ms, against 521/s with one)."""
    if sock.family not in (socket.AF_INET, socket.AF_INET6) or sock.proto == socket.IPPROTO_TCP:
        return sock
    tcp = socket.socket(sock.family, sock.type, socket.IPPROTO_TCP, fileno=sock.detach())
    tcp.set_inheritable(True)
    return tcp


def run_server(*, data_dir: Path, host: str, port: int, workers: int = 1,
               extra_env: dict[str, str] | None = None, trusted_proxies: str = "",
               log_level: str = "info", access_log: bool = True) -> None:
    import uvicorn
    from uvicorn.supervisors import Multiprocess

    os.environ["RIHAI_DATA_DIR"] = str(data_dir.resolve())
    os.environ["RIHAI_HOST"] = host
    os.environ["RIHAI_PORT"] = str(port)
    # The workers read the list from here (Settings), uvicorn from the options below: one value.
    os.environ["RIHAI_TRUSTED_PROXIES"] = trusted_proxies
    os.environ.update(extra_env or {})
    # h11 and asyncio's loop, named rather than left to "auto" (which takes httptools and uvloop
    # when they are installed, and so would change with what else is installed). httptools and
    # uvloop count ~0.9M fewer instructions per request (bench/server_instructions.py); their
    # effect under concurrent load could not be told apart from this machine's I/O stalls
    # (docs/operations.md, session 18), so they are not taken yet.
    options = dict(factory=True, host=host, port=port, log_level=log_level, access_log=access_log,
                   server_header=False, http="h11", loop="asyncio", **uvicorn_options(trusted_proxies))
    if workers <= 1:
        uvicorn.run(APP_FACTORY, **options)  # type: ignore[arg-type]
        return
    # uvicorn.run's own path for several workers, with the listening socket made a TCP one.
    config = uvicorn.Config(APP_FACTORY, workers=workers, **options)  # type: ignore[arg-type]
    try:
        Multiprocess(config, sockets=[tcp_listener(config.bind_socket())]).run()
    except KeyboardInterrupt:
        pass


def serve(data_dir: DataDir = None,
          host: str | None = typer.Option(None, help="Address to listen on (RIHAI_HOST, default 127.0.0.1)."),
          port: int | None = typer.Option(None, help="Port (RIHAI_PORT, default 8000)."),
          workers: int = typer.Option(1, min=1, help="Worker processes.")) -> None:
    """Serve Rihai. Refuses to start without a keyring or on a database not migrated to head."""
    settings = make_settings(data_dir)
    require_ready(settings)
    host = host or settings.host
    port = port or settings.port
    console.print(f"Rihai on http://{host}:{port} ({workers} worker(s)); database "
                  f"{'SQLite in ' + str(settings.data_dir) if settings.is_sqlite else 'PostgreSQL'}")
    if settings.trusted_proxies:
        console.print(f"X-Forwarded-For believed only from: {settings.trusted_proxies}")
    console.print(f"statistics refreshed every {settings.stats_refresh_minutes} min (RIHAI_STATS_REFRESH_MINUTES)"
                  if settings.stats_refresh_minutes else "statistics not refreshed by the server "
                  "(RIHAI_STATS_REFRESH_MINUTES=0): run 'rihai stats refresh' from cron")
    run_server(data_dir=settings.data_dir, host=host, port=port, workers=workers,
               trusted_proxies=settings.trusted_proxies)
