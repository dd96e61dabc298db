"""One HTTP request whose answer is read as it arrives, under a wall-clock deadline that
the caller may move, and a cancel callback.

urllib's ``timeout`` bounds each socket operation, not the request: a server that says
nothing after it accepts the connection costs the whole timeout, and one that trickles a
byte now and then is waited on for ever. Here no wait (name lookup, connect, TLS
handshake, send, each read) lasts longer than ``SLICE_S`` before the ``Deadline`` is asked
again; once it has passed, or the caller cancels, the socket is closed and the request
ends within a slice, whatever the server does.

One request per connection (``Connection: close``), never through a proxy from the
environment (a request meant for this computer must stay on it), HTTP/1.1 with chunked,
length-delimited or close-delimited bodies: enough for a model server's streamed answer,
not a general client.
"""

from __future__ import annotations

import errno
import functools
import os
import re
import selectors
import socket
import ssl
import threading
import time
import urllib.parse
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from typing import Any, TypeVar

SLICE_S = 0.1
"""The longest any one wait lasts: how soon a passed deadline or a cancel is noticed."""

_HEAD_LIMIT = 64 << 10
_LINE_LIMIT = 1 << 20
_HEAD_END = re.compile(rb"\r?\n\r?\n")
_IN_PROGRESS = {
    errno.EINPROGRESS,
    errno.EWOULDBLOCK,
    errno.EALREADY,
    getattr(errno, "WSAEWOULDBLOCK", errno.EWOULDBLOCK),
}

_T = TypeVar("_T")


class Cancelled(Exception):
    """The caller no longer wants the answer."""


class DeadlinePassed(Exception):
    """The deadline passed before what was being waited for arrived."""


class ProtocolError(Exception):
    """The server's answer is not HTTP as this client reads it."""


class HTTPStatusError(Exception):
    """The server answered with a status other than 2xx (an error, or a redirect, which
    this client does not follow)."""

    def __init__(self, status: int, reason: str, body: bytes) -> None:
        super().__init__(f"HTTP {status} {reason}")
        self.status = status
        self.reason = reason
        self.body = body
        """The start of the answer's body (servers explain errors there)."""


class Deadline:
    """When the waiting must end, and whether the caller still wants the answer.

    ``seconds`` count from now; ``move`` sets a new limit counted from the same start
    (a caller that got its first useful bytes allows more time for the rest)."""

    def __init__(self, seconds: float, cancel: Callable[[], bool] | None = None) -> None:
        self.started = time.monotonic()
        self.at = self.started + seconds
        self.cancel = cancel

    def move(self, seconds: float) -> None:
        self.at = self.started + seconds

    def next_wait(self) -> float:
        """How long the next wait may last. Raises Cancelled once the caller cancels and
        DeadlinePassed once the deadline is past."""
        if self.cancel is not None and self.cancel():
            raise Cancelled
        left = self.at - time.monotonic()
        if left <= 0:
            raise DeadlinePassed
        return min(SLICE_S, left)


class HTTPStream:
    """One request and its answer. ``open`` sends the request and reads the status and
    headers; ``lines`` then gives the body as it arrives. A context manager: leaving it
    closes the connection. Every method may raise Cancelled, DeadlinePassed,
    ProtocolError or OSError (refused, reset, no such host, TLS)."""

    def __init__(
        self,
        url: str,
        deadline: Deadline,
        *,
        method: str = "GET",
        body: bytes = b"",
        headers: dict[str, str] | None = None,
    ) -> None:
        parts = urllib.parse.urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ProtocolError(f"{url!r} is not an http(s) address")
        self.deadline = deadline
        self.status = 0
        self.reason = ""
        self.headers: dict[str, str] = {}
        self._tls = parts.scheme == "https"
        self._host = parts.hostname
        self._port = parts.port or (443 if self._tls else 80)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        fields = {
            "Host": parts.netloc.rpartition("@")[2],
            "User-Agent": "Hearth",
            "Connection": "close",
            **({"Content-Length": str(len(body))} if body or method != "GET" else {}),
            **(headers or {}),
        }
        if any("\r" in f"{k}{v}" or "\n" in f"{k}{v}" for k, v in fields.items()):
            raise ProtocolError("a request header holds a line break")
        head = "".join(f"{k}: {v}\r\n" for k, v in fields.items())
        self._request = f"{method} {target} HTTP/1.1\r\n{head}\r\n".encode("latin-1") + body
        self._sock: socket.socket | None = None
        self._buffer = bytearray()

    def __enter__(self) -> HTTPStream:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        sock, self._sock = self._sock, None
        if sock is not None:
            sock.close()

    def open(self) -> None:
        """Connect, send the request, read the status and headers. Raises HTTPStatusError
        for a status other than 2xx."""
        addresses = _resolve(self._host, self._port, self.deadline)
        self._sock = _connect(addresses, self.deadline)
        if self._tls:
            context = ssl.create_default_context()
            self._sock = context.wrap_socket(
                self._sock, server_hostname=self._host, do_handshake_on_connect=False
            )
            self._io(self._sock.do_handshake)
        self._send(self._request)
        self._read_head()
        if not 200 <= self.status < 300:
            raise HTTPStatusError(self.status, self.reason, self._start_of_body(4096))

    def lines(self) -> Iterator[bytes]:
        """The body, line by line (without the line ends), as it arrives."""
        rest = b""
        for chunk in self._body():
            rest += chunk
            *complete, rest = rest.split(b"\n")
            yield from complete
            if len(rest) > _LINE_LIMIT:
                raise ProtocolError("the server sent a line longer than 1 MiB")
        if rest:
            yield rest

    # --- reading the answer -----------------------------------------------------------------

    def _read_head(self) -> None:
        while True:  # interim answers (100 Continue) come before the real one
            end = _HEAD_END.search(self._buffer)
            while end is None:
                if len(self._buffer) > _HEAD_LIMIT:
                    raise ProtocolError("the server's headers are longer than 64 KiB")
                if not self._fill():
                    raise ProtocolError("the server closed the connection without answering")
                end = _HEAD_END.search(self._buffer)
            head = self._buffer[: end.start()].decode("latin-1").splitlines()
            del self._buffer[: end.end()]
            status = head[0].split(" ", 2) if head else []
            if len(status) < 2 or not status[0].startswith("HTTP/") or not status[1].isdigit():
                first = head[0][:60] if head else ""
                raise ProtocolError(f"the server's answer is not HTTP ({first!r})")
            self.status, self.reason = int(status[1]), status[2] if len(status) > 2 else ""
            if not 100 <= self.status < 200:
                break
        for line in head[1:]:
            name, _, value = line.partition(":")
            self.headers[name.strip().lower()] = value.strip()

    def _body(self) -> Iterator[bytes]:
        if "chunked" in self.headers.get("transfer-encoding", "").lower():
            while True:
                size_line = self._line().split(b";")[0].strip()
                try:
                    size = int(size_line, 16)
                except ValueError:
                    raise ProtocolError(f"a bad chunk size {size_line[:20]!r}") from None
                if size == 0:
                    return
                yield from self._counted(size)
                self._line()  # the line end after the chunk
        elif "content-length" in self.headers:
            try:
                yield from self._counted(int(self.headers["content-length"]))
            except ValueError:
                raise ProtocolError("a bad Content-Length") from None
        else:
            while self._buffer or self._fill():
                yield bytes(self._buffer)
                self._buffer.clear()

    def _counted(self, size: int) -> Iterator[bytes]:
        while size > 0:
            if not self._buffer and not self._fill():
                raise ProtocolError("the server closed the connection mid-answer")
            piece = bytes(self._buffer[:size])
            del self._buffer[: len(piece)]
            size -= len(piece)
            yield piece

    def _line(self) -> bytes:
        while (end := self._buffer.find(b"\n")) < 0:
            if len(self._buffer) > 1024 or not self._fill():
                raise ProtocolError("the server's chunked answer is broken")
        line = bytes(self._buffer[:end])
        del self._buffer[: end + 1]
        return line

    def _start_of_body(self, limit: int) -> bytes:
        """Up to ``limit`` bytes of the body, or what arrived before the deadline."""
        body = b""
        try:
            for chunk in self._body():
                body += chunk
                if len(body) >= limit:
                    break
        except (DeadlinePassed, ProtocolError, OSError):
            pass
        return body[:limit]

    # --- the socket, a slice at a time ------------------------------------------------------

    def _fill(self) -> bool:
        """Add what arrives next to the buffer; False once the server closed."""
        sock = self._connected()
        data = self._io(lambda: sock.recv(65536))
        self._buffer += data
        return bool(data)

    def _send(self, data: bytes) -> None:
        sock = self._connected()
        view = memoryview(data)
        while view:
            sent = self._io(functools.partial(sock.send, view))
            view = view[sent:]

    def _io(self, operation: Callable[[], _T]) -> _T:
        """Run one socket operation in waits of at most a slice, asking the deadline
        before each (a timed-out recv, send or TLS handshake step can be retried)."""
        sock = self._connected()
        while True:
            sock.settimeout(self.deadline.next_wait())
            try:
                return operation()
            except TimeoutError:
                continue

    def _connected(self) -> socket.socket:
        if self._sock is None:
            raise OSError(errno.ENOTCONN, "the connection is closed")
        return self._sock


# --- reaching the server --------------------------------------------------------------------

_lookups: dict[tuple[str, int], Future[list[Any]]] = {}
_lookups_lock = threading.Lock()


def _resolve(host: str, port: int, deadline: Deadline) -> list[Any]:
    """The addresses of ``host``. An address needs no lookup. A name is looked up on a
    helper thread, because the system's resolver cannot be interrupted: past the deadline
    the request ends, and a lookup that hangs is left to the resolver's own timeout (one
    lookup per name at a time, however many requests wait for it; it holds no socket)."""
    try:
        return socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_NUMERICHOST)
    except socket.gaierror:
        pass
    key = (host, port)
    with _lookups_lock:
        future = _lookups.get(key)
        if future is None:
            future = _lookups[key] = Future()
            threading.Thread(
                target=_look_up, args=(key, future), name=f"lookup {host}", daemon=True
            ).start()
    while True:
        try:
            return future.result(timeout=deadline.next_wait())
        except TimeoutError:
            continue


def _look_up(key: tuple[str, int], future: Future[list[Any]]) -> None:
    try:
        future.set_result(socket.getaddrinfo(*key, type=socket.SOCK_STREAM))
    except Exception as exc:
        future.set_exception(exc)
    finally:
        with _lookups_lock:
            _lookups.pop(key, None)


def _connect(addresses: list[Any], deadline: Deadline) -> socket.socket:
    """A socket connected to the first address that accepts."""
    failure: OSError = OSError(errno.EHOSTUNREACH, "the name has no address")
    for family, kind, proto, _, address in addresses:
        sock = socket.socket(family, kind, proto)
        try:
            _connect_one(sock, address, deadline)
            return sock
        except OSError as exc:
            sock.close()
            failure = exc
        except BaseException:
            sock.close()
            raise
    raise failure


def _connect_one(sock: socket.socket, address: Any, deadline: Deadline) -> None:
    sock.setblocking(False)
    code = sock.connect_ex(address)
    with selectors.DefaultSelector() as selector:
        selector.register(sock, selectors.EVENT_WRITE)
        while code in _IN_PROGRESS:
            if selector.select(deadline.next_wait()):
                code = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
    if code:
        raise OSError(code, os.strerror(code))
