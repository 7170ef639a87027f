"""Resolve a host name and connect within the time a fetch has left: `getaddrinfo` itself has no timeout.

A resolver that hangs would otherwise hold a fetch past its deadline; here the lookup runs in a worker
thread that is waited for only as long as the deadline allows (the thread is left to finish on its own).
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable
from typing import Any

AddressInfo = list[tuple[Any, ...]]


def _left(deadline: float) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise TimeoutError("the deadline has passed")
    return left


def resolve(host: str, port: int, deadline: float) -> AddressInfo:
    """Return `getaddrinfo(host, port)` for TCP, or raise TimeoutError when it takes past `deadline`."""
    answer: list[AddressInfo] = []
    failure: list[BaseException] = []

    def lookup() -> None:
        try:
            answer.append(socket.getaddrinfo(host, port, 0, socket.SOCK_STREAM))
        except (OSError, UnicodeError) as exc:
            failure.append(exc)

    worker = threading.Thread(target=lookup, name=f"resolve {host}", daemon=True)
    worker.start()
    worker.join(_left(deadline))
    if worker.is_alive():
        raise TimeoutError(f"the host name {host} did not resolve in time")
    if failure:
        raise failure[0]
    return answer[0]


def connector(deadline: float) -> Callable[..., socket.socket]:
    """Return a `socket.create_connection` whose lookup and connect both end by `deadline`."""

    def create_connection(
        address: tuple[str, int], timeout: object = None, source_address: tuple[str, int] | None = None, **_: object
    ) -> socket.socket:
        host, port = address
        error: OSError | None = None
        for family, kind, protocol, _name, target in resolve(host, port, deadline):
            sock = socket.socket(family, kind, protocol)
            try:
                sock.settimeout(_left(deadline))
                if source_address is not None:
                    sock.bind(source_address)
                sock.connect(target)
            except OSError as exc:
                sock.close()
                error = exc
                if isinstance(exc, TimeoutError):
                    raise
                continue
            return sock
        raise error or OSError(f"{host} has no address to connect to")

    return create_connection
