"""Connections whose connect, every read and every write count against one deadline for a whole exchange.

A server that drips a byte a second never times out a single read; only a deadline stops it.
"""

from __future__ import annotations

import http.client
import io
import socket
import time
import urllib.request
from http.client import HTTPConnection
from typing import IO, Any

from usjapan_facts.web.resolve import connector


def _remaining(deadline: float) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise TimeoutError("the deadline has passed")
    return left


class _DeadlineReader(io.RawIOBase):
    """Reads of a connection that wait only as long as the whole fetch has left."""

    def __init__(self, connection: _DeadlineSocket) -> None:
        super().__init__()
        self._connection = connection

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        sock = self._connection.sock
        sock.settimeout(_remaining(self._connection.deadline))
        return sock.recv_into(buffer)

    def close(self) -> None:
        if not self.closed:
            self._connection.release()
        super().close()


class _DeadlineSocket:
    """A connected socket whose every read and write is bounded by one deadline for the whole fetch.

    A server that drips a byte a second never times out a single read; only a deadline stops it.
    """

    def __init__(self, sock: socket.socket, deadline: float) -> None:
        self.sock = sock
        self.deadline = deadline
        self._readers = 0
        self._closed = False

    def makefile(self, mode: str = "rb", *args: object, **kwargs: object) -> IO[bytes]:
        self._readers += 1
        return io.BufferedReader(_DeadlineReader(self))

    def sendall(self, data: bytes) -> None:
        self.sock.settimeout(_remaining(self.deadline))
        self.sock.sendall(data)

    def release(self) -> None:
        self._readers -= 1
        self.close() if self._closed else None

    def close(self) -> None:
        # Like a socket's own makefile: the connection closes when its last reader does.
        self._closed = True
        if self._readers == 0:
            self.sock.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.sock, name)


class _DeadlineConnection(HTTPConnection):
    """An http connection whose connect, reads and writes all count against one deadline."""

    def __init__(self, *args: Any, deadline: float, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._deadline = deadline
        # The host name is looked up inside the deadline too: getaddrinfo alone has no timeout.
        self._create_connection = connector(deadline)

    def connect(self) -> None:
        self.timeout = _remaining(self._deadline)
        super().connect()
        self.sock = _DeadlineSocket(self.sock, self._deadline)


class _DeadlineHTTPSConnection(_DeadlineConnection, http.client.HTTPSConnection):
    """The same over TLS: the handshake runs inside `connect`, before the socket is wrapped."""


class DeadlineHTTPHandler(urllib.request.HTTPHandler):
    """Open http connections that share one deadline."""

    def __init__(self, deadline: float) -> None:
        super().__init__()
        self._deadline = deadline

    def http_open(self, req: urllib.request.Request) -> Any:
        # do_open passes `deadline` on to the class; typeshed's protocol does not know that keyword.
        return self.do_open(_DeadlineConnection, req, deadline=self._deadline)  # type: ignore[arg-type]


class DeadlineHTTPSHandler(urllib.request.HTTPSHandler):
    """Open https connections that share one deadline."""

    def __init__(self, deadline: float) -> None:
        super().__init__()
        self._deadline = deadline

    def https_open(self, req: urllib.request.Request) -> Any:
        return self.do_open(_DeadlineHTTPSConnection, req, deadline=self._deadline)  # type: ignore[arg-type]
