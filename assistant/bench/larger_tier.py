"""``assistant bench --larger``: how long a hard question waits for a larger-tier server
that misbehaves before the small model answers, with the configured (or default)
deadlines, and how soon a cancel ends the wait.

Each case is a real server on 127.0.0.1 (``hearth.assistant.testing.model_servers``)
asked through the real router and server client; the small model is a scripted double,
so the figures are the waiting alone, not the small model's own answer time.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from hearth.assistant.config import Config, load_config
from hearth.assistant.engines.server_llm import OpenAICompatChat
from hearth.assistant.testing import ScriptedChat
from hearth.assistant.testing import model_servers as servers
from hearth.assistant.understanding.router import Router

_QUESTION = "Explain why the sky is blue"
_CANCEL_AFTER_S = 1.0
_CASES: tuple[tuple[str, Callable[[], servers.Behaviour | None]], ...] = (
    ("refused connection", lambda: None),
    ("silent after accepting", servers.silent),
    ("one byte every 0.5 s after its headers", lambda: servers.trickle(before_headers=False)),
    ("one byte every 0.5 s, no headers", lambda: servers.trickle(before_headers=True)),
    (
        "keep-alive comments every 0.5 s",
        lambda: servers.trickle(before_headers=False, byte=b": keep-alive\n\n"),
    ),
    (
        "a sentence, then a word a second",
        lambda: servers.answers(["Air scatters blue light."] + [" and"] * 600, every_s=1.0),
    ),
)


def _ask(config: Config, url: str, cancel: Callable[[], bool] | None = None) -> dict[str, Any]:
    large_config = replace(config.llm.large, enabled=True, kind="server", url=url)
    llm_config = replace(config.llm, large=large_config)
    large = OpenAICompatChat(large_config)
    small = ScriptedChat(["The small model's answer."])
    started = time.monotonic()
    result = Router([], lambda: small, lambda: large, llm_config).route(_QUESTION, cancel=cancel)
    return {
        "seconds": round(time.monotonic() - started, 3),
        "tier": result.tier,
        "notice": result.notice,
    }


def run_larger_bench(as_json: bool = False) -> int:
    config = load_config()
    large = config.llm.large
    rows: list[dict[str, Any]] = []
    for name, behaviour in _CASES:
        made = behaviour()
        if made is None:
            rows.append({"server": name, **_ask(config, servers.refused_url())})
            continue
        with servers.ModelServer(made) as server:
            row = {"server": name, **_ask(config, server.url)}
            row["connection_closed"] = server.hung_up.wait(1.0)
        rows.append(row)
    with servers.ModelServer(servers.silent()) as server:
        at = time.monotonic() + _CANCEL_AFTER_S
        row = _ask(config, server.url, cancel=lambda: time.monotonic() >= at)
        row["connection_closed"] = server.hung_up.wait(1.0)
        row["seconds_after_cancel"] = round(row["seconds"] - _CANCEL_AFTER_S, 3)
        rows.append({"server": f"silent, cancelled after {_CANCEL_AFTER_S:g} s", **row})
    result = {"first_token_s": large.first_token_s, "timeout_s": large.timeout_s, "cases": rows}
    if as_json:
        print(json.dumps(result))
        return 0
    print(
        f"Larger tier deadlines: first word {large.first_token_s:g} s, "
        f"whole answer {large.timeout_s:g} s. Time from the question to the fallback:"
    )
    for row in rows:
        closed = "" if row.get("connection_closed", True) else "  (connection NOT closed)"
        print(f"  {row['server']:<42} {row['seconds']:6.2f} s  -> {row['tier']}{closed}")
    after_ms = 1000 * rows[-1]["seconds_after_cancel"]
    print(f"  A cancel ended the wait (and closed the connection) {after_ms:.0f} ms after it came.")
    return 0
