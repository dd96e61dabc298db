"""Stand-in model servers for the larger tier, well and badly behaved: real TCP servers on
127.0.0.1 (an ephemeral port), one thread per connection, for tests and benchmarks.

    with ModelServer(trickle(before_headers=False)) as server:
        config = LargeLLMConfig(enabled=True, url=server.url, first_token_s=1.0)
        ...
        assert server.hung_up.wait(1.0)   # the client closed its connection

Each behaviour is a function given the accepted connection and the server's ``stop``
event; it returns once the client hung up (``hung_up`` is then set) or the server stops.
"""

from __future__ import annotations

import contextlib
import json
import select
import socket
import threading
from collections.abc import Callable, Sequence

Behaviour = Callable[[socket.socket, threading.Event], bool]
"""Serve one connection; True when the client hung up first."""


class ModelServer:
    def __init__(self, behaviour: Behaviour) -> None:
        self.behaviour = behaviour
        self.stop = threading.Event()
        self.hung_up = threading.Event()
        """Set when a client closed its connection while the server still served it."""
        self.connections = 0
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = int(self._listener.getsockname()[1])
        self.url = f"http://127.0.0.1:{self.port}/v1"
        self._threads: list[threading.Thread] = []
        self._open: list[socket.socket] = []
        self._lock = threading.Lock()

    def __enter__(self) -> ModelServer:
        self._start(self._accept, "model server")
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop serving, close every connection and wait for every thread."""
        self.stop.set()
        if self._threads:
            self._threads[0].join(5.0)  # accepting
        self._listener.close()
        with self._lock:
            for conn in self._open:  # wakes a thread still reading a request
                with contextlib.suppress(OSError):
                    conn.shutdown(socket.SHUT_RDWR)
        for thread in self._threads:
            thread.join(5.0)
        for conn in self._open:
            conn.close()

    def _start(self, target: Callable[..., None], name: str, *args: object) -> None:
        thread = threading.Thread(target=target, args=args, name=name, daemon=True)
        self._threads.append(thread)
        thread.start()

    def _accept(self) -> None:
        while not self.stop.is_set():
            ready, _, _ = select.select([self._listener], [], [], 0.05)
            if not ready or self.stop.is_set():
                continue
            conn, _ = self._listener.accept()
            with self._lock:
                self._open.append(conn)
                self.connections += 1
            self._start(self._serve, "model server connection", conn)

    def _serve(self, conn: socket.socket) -> None:
        try:
            if self.behaviour(conn, self.stop):
                self.hung_up.set()
        except OSError:  # reset or broken pipe: the client went away
            self.hung_up.set()


def read_request(conn: socket.socket) -> bytes:
    """The request's body (after its headers), b'' if the client hung up first."""
    data = b""
    while b"\r\n\r\n" not in data:
        piece = conn.recv(65536)
        if not piece:
            return b""
        data += piece
    head, _, body = data.partition(b"\r\n\r\n")
    length = next(
        (
            int(ln.split(b":")[1])
            for ln in head.split(b"\r\n")
            if ln.lower().startswith(b"content-length")
        ),
        0,
    )
    while len(body) < length:
        piece = conn.recv(65536)
        if not piece:
            break
        body += piece
    return body


def wait_for_hang_up(conn: socket.socket, seconds: float) -> bool:
    """Wait ``seconds``; True if the client hung up meanwhile."""
    ready, _, _ = select.select([conn], [], [], seconds)
    if ready:
        try:
            return conn.recv(65536) == b""
        except ConnectionResetError:
            return True
    return False


def silent() -> Behaviour:
    """Accepts the connection, reads the request, and never says a word."""

    def serve(conn: socket.socket, stop: threading.Event) -> bool:
        read_request(conn)
        while not stop.is_set():
            if wait_for_hang_up(conn, 0.05):
                return True
        return False

    return serve


def trickle(before_headers: bool, every_s: float = 0.5, byte: bytes = b" ") -> Behaviour:
    """One byte every ``every_s`` for ever: after a 200 and its headers (a stream of
    keep-alive whitespace), or before any headers at all."""

    def serve(conn: socket.socket, stop: threading.Event) -> bool:
        read_request(conn)
        if not before_headers:
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n\r\n")
        while not stop.is_set():
            conn.sendall(byte)
            if wait_for_hang_up(conn, every_s):
                return True
        return False

    return serve


def _event(piece: str) -> bytes:
    data = json.dumps({"choices": [{"delta": {"content": piece}}]})
    return f"data: {data}\n\n".encode()


def _chunk(data: bytes) -> bytes:
    return f"{len(data):x}\r\n".encode() + data + b"\r\n"


def answers(
    pieces: Sequence[str], first_after_s: float = 0.0, every_s: float = 0.0, then_hang: bool = False
) -> Behaviour:
    """A chat-completion stream (server-sent events, chunked): ``pieces`` with
    ``first_after_s`` before the first and ``every_s`` between the others. ``then_hang``:
    no end after them, the server waits for ever."""

    def serve(conn: socket.socket, stop: threading.Event) -> bool:
        read_request(conn)
        if wait_for_hang_up(conn, first_after_s):
            return True
        conn.sendall(
            b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
            b"Transfer-Encoding: chunked\r\n\r\n"
        )
        for n, piece in enumerate(pieces):
            if n and wait_for_hang_up(conn, every_s):
                return True
            conn.sendall(_chunk(_event(piece)))
        if not then_hang:
            conn.sendall(_chunk(b"data: [DONE]\n\n") + _chunk(b""))
            return False
        while not stop.is_set():
            if wait_for_hang_up(conn, 0.05):
                return True
        return False

    return serve


def fails(status: int, body: bytes) -> Behaviour:
    """Answers ``status`` at once, with ``body`` (JSON) explaining."""

    def serve(conn: socket.socket, stop: threading.Event) -> bool:
        read_request(conn)
        conn.sendall(
            f"HTTP/1.1 {status} Oops\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\n\r\n".encode()
            + body
        )
        return False

    return serve


def refused_url() -> str:
    """The address of a port on this computer where nothing listens."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = int(sock.getsockname()[1])
    return f"http://127.0.0.1:{port}/v1"
