"""The larger tier's deadlines and cancel, against real servers on loopback sockets.

Each test starts a real TCP server on 127.0.0.1 (``hearth.assistant.testing.model_servers``)
that behaves well or badly, asks a hard question through the real router and server
client, and checks the wall-clock time, what the user is given and told, that the client
closed its connection (the server saw it hang up), and that no thread is left behind.
Deadlines are small (from the config); the time bounds are generous (a noisy machine).
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hearth.assistant.cli.doctor import _large_probe
from hearth.assistant.config import Config, LargeLLMConfig, LLMConfig
from hearth.assistant.engines.server_llm import OpenAICompatChat
from hearth.assistant.errors import AssistantError, ConfigError
from hearth.assistant.runtime import Assistant
from hearth.assistant.testing import ScriptedChat
from hearth.assistant.testing import model_servers as servers
from hearth.assistant.understanding.router import Router, TurnResult

HARD = "Explain why the sky is blue"
SMALL = "The small model says hello."
MARGIN_S = 2.0


@contextmanager
def no_thread_left() -> Iterator[None]:
    before = threading.active_count()
    yield
    assert threading.active_count() == before, threading.enumerate()


class Asked:
    def __init__(self, url: str, first_s: float, total_s: float, cancel: Callable[[], bool] | None):
        config = LLMConfig(
            large=LargeLLMConfig(enabled=True, url=url, first_token_s=first_s, timeout_s=total_s)
        )
        self.small = ScriptedChat([SMALL])
        large = OpenAICompatChat(config.large)
        self.tokens: list[str] = []
        started = time.monotonic()
        router = Router([], lambda: self.small, lambda: large, config)
        self.result: TurnResult = router.route(HARD, on_token=self.tokens.append, cancel=cancel)
        self.seconds = time.monotonic() - started


def ask(
    url: str, first_s: float = 1.0, total_s: float = 3.0, cancel: Callable[[], bool] | None = None
) -> Asked:
    return Asked(url, first_s, total_s, cancel)


def assert_fell_back(asked: Asked, why: str) -> None:
    assert asked.result.tier == "small"
    assert asked.result.reply == SMALL
    assert why in asked.result.notice
    assert "I answered with the small model instead." in asked.result.notice
    assert "".join(asked.tokens).strip() == SMALL  # nothing of the larger model was passed on


@pytest.mark.parametrize(
    "behaviour",
    [
        servers.silent(),
        servers.trickle(before_headers=False),
        servers.trickle(before_headers=True),
        servers.trickle(before_headers=False, byte=b": keep-alive\n\n"),
    ],
    ids=["silent", "trickle-after-headers", "trickle-before-headers", "keep-alive-comments"],
)
def test_a_server_that_says_nothing_useful_costs_the_first_token_deadline(
    behaviour: servers.Behaviour,
) -> None:
    with no_thread_left(), servers.ModelServer(behaviour) as server:
        asked = ask(server.url, first_s=1.0)
        assert server.hung_up.wait(1.0), "the client must close its connection"
    assert 0.9 <= asked.seconds < 1.0 + MARGIN_S
    assert_fell_back(asked, "The larger model did not answer within 1 second.")


def test_a_slow_server_within_its_deadlines_answers() -> None:
    words = ["The sky", " is blue", " because air", " scatters blue light.", " Sunsets are red."]
    with no_thread_left(), servers.ModelServer(servers.answers(words, 0.6, 0.3)) as server:
        asked = ask(server.url, first_s=1.5, total_s=4.0)
    assert asked.result.tier == "large"
    assert asked.result.reply == "The sky is blue because air scatters blue light. Sunsets are red."
    assert asked.result.notice == ""
    assert asked.result.where == f"your server at {server.url} (on this computer)"
    assert asked.small.calls == []
    # Passed on whole sentences at a time.
    assert asked.tokens == ["The sky is blue because air scatters blue light. ", "Sunsets are red."]
    assert 1.5 < asked.seconds < 2.0 + MARGIN_S


def test_a_refused_connection_falls_back_at_once() -> None:
    with no_thread_left():
        asked = ask(servers.refused_url())
    assert asked.seconds < 0.5 + MARGIN_S
    assert_fell_back(asked, "cannot be reached (Connection refused)")


def test_a_connect_that_hangs_costs_the_first_token_deadline() -> None:
    """A listener whose queue is full drops the handshake: connect() would wait for
    minutes of retries."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    port = listener.getsockname()[1]
    fillers = [socket.socket() for _ in range(3)]
    try:
        for filler in fillers:
            filler.setblocking(False)
            filler.connect_ex(("127.0.0.1", port))
        with no_thread_left():
            asked = ask(f"http://127.0.0.1:{port}/v1", first_s=1.0)
    finally:
        for sock in [*fillers, listener]:
            sock.close()
    assert asked.seconds < 1.0 + MARGIN_S
    assert_fell_back(asked, "did not answer within 1 second")


def test_a_tls_server_that_never_shakes_hands_costs_the_first_token_deadline() -> None:
    with no_thread_left(), servers.ModelServer(servers.silent()) as server:
        url = f"https://127.0.0.1:{server.port}/v1"
        asked = ask(url, first_s=1.0)
        assert server.hung_up.wait(1.0)
    assert 0.9 <= asked.seconds < 1.0 + MARGIN_S
    assert_fell_back(asked, "did not answer within 1 second")


def test_an_answer_cut_by_the_total_deadline_stops_after_its_last_whole_sentence() -> None:
    words = ["Air scatters", " blue light.", " Red light", " passes"]
    behaviour = servers.answers(words, 0.1, 0.2, then_hang=True)
    with no_thread_left(), servers.ModelServer(behaviour) as server:
        asked = ask(server.url, first_s=1.0, total_s=2.0)
        assert server.hung_up.wait(1.0)
    assert 1.9 <= asked.seconds < 2.0 + MARGIN_S
    assert asked.result.tier == "large"
    assert asked.result.reply == "Air scatters blue light."
    assert asked.tokens == ["Air scatters blue light. "]  # never half a sentence
    assert "did not finish its answer within 2 seconds" in asked.result.notice
    assert "stops after its last whole sentence" in asked.result.notice
    assert asked.small.calls == []  # not a second, different answer after it


def test_an_answer_cut_before_its_first_whole_sentence_is_replaced_unheard() -> None:
    words = ["Well", " it", " depends", " on"]
    behaviour = servers.answers(words, 0.1, 0.3, then_hang=True)
    with no_thread_left(), servers.ModelServer(behaviour) as server:
        asked = ask(server.url, first_s=1.0, total_s=2.0)
    assert asked.seconds < 2.0 + MARGIN_S
    assert_fell_back(asked, "did not finish its answer within 2 seconds")


def test_the_first_deadline_never_outlasts_the_total_one() -> None:
    with no_thread_left(), servers.ModelServer(servers.silent()) as server:
        asked = ask(server.url, first_s=10.0, total_s=1.0)
    assert asked.seconds < 1.0 + MARGIN_S
    assert_fell_back(asked, "did not answer within 1 second")


def test_the_servers_own_explanation_of_an_error_is_passed_on() -> None:
    body = b'{"error": {"message": "model \\"llama9\\" not found, try pulling it first"}}'
    with no_thread_left(), servers.ModelServer(servers.fails(404, body)) as server:
        asked = ask(server.url)
    assert_fell_back(asked, 'HTTP 404 (Oops: model "llama9" not found, try pulling it first)')


def _cancel_after(seconds: float) -> Callable[[], bool]:
    at = time.monotonic() + seconds
    return lambda: time.monotonic() >= at


@pytest.mark.parametrize(
    "behaviour",
    [servers.silent(), servers.trickle(before_headers=False)],
    ids=["silent", "trickle"],
)
def test_cancel_closes_the_request_at_once_and_nothing_else_answers(
    behaviour: servers.Behaviour,
) -> None:
    with no_thread_left(), servers.ModelServer(behaviour) as server:
        asked = ask(server.url, first_s=30.0, total_s=60.0, cancel=_cancel_after(0.5))
        assert server.hung_up.wait(1.0), "cancel must close the connection"
    assert asked.seconds < 0.5 + 0.5  # well under a second after the cancel
    assert asked.small.calls == []  # the small model is not asked after a cancel
    assert asked.tokens == []


def test_cancel_mid_answer_stops_it(tmp_path: Path) -> None:
    """Through Assistant.ask, as the app and the voice loop call it."""
    words = ["Air scatters blue light.", " Red", " light", " passes", " through."]
    behaviour = servers.answers(words, 0.1, 0.4)
    with no_thread_left(), servers.ModelServer(behaviour) as server:
        config = Config()
        config.llm.large = LargeLLMConfig(enabled=True, url=server.url, first_token_s=5.0)
        assistant = Assistant(config, skills=[], data_root=tmp_path)
        small = ScriptedChat([SMALL])
        assistant.use(llm=small)
        tokens: list[str] = []
        started = time.monotonic()
        assistant.ask(HARD, on_token=tokens.append, cancel=_cancel_after(0.8))
        seconds = time.monotonic() - started
        assert server.hung_up.wait(1.0)
        assistant.close()
    assert seconds < 0.8 + 0.5
    assert tokens == ["Air scatters blue light. "]
    assert small.calls == []


def test_the_doctor_gives_up_on_a_trickling_server_after_three_seconds() -> None:
    with no_thread_left(), servers.ModelServer(servers.trickle(before_headers=True)) as server:
        config = Config()
        config.llm.large = LargeLLMConfig(enabled=True, url=server.url)
        started = time.monotonic()
        with pytest.raises(AssistantError) as info:
            _large_probe(config)()
        seconds = time.monotonic() - started
        assert server.hung_up.wait(1.0)
    assert seconds < 3.0 + MARGIN_S
    assert "no answer within 3 seconds" in info.value.message


def test_the_deadlines_are_checked_in_the_config() -> None:
    config = Config()
    assert (config.llm.large.first_token_s, config.llm.large.timeout_s) == (8.0, 30.0)
    config.set("llm.large.first_token_s", "2.5")
    assert config.llm.large.first_token_s == 2.5
    for key, value in [("llm.large.first_token_s", "0"), ("llm.large.timeout_s", "0.2")]:
        with pytest.raises(ConfigError) as info:
            config.set(key, value)
        assert "outside" in info.value.message and key in info.value.fix
