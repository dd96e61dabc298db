"""The "Test connection" button of the smart-home settings: a real MQTT connect, with the
timeout from the settings, off the GUI thread; the answer is a sentence for the user."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable
from typing import Any

from hearth.assistant.config_sections import MQTTConfig

from .i18n import QT_TRANSLATE_NOOP, translate

_REFUSED = {
    "Bad user name or password": QT_TRANSLATE_NOOP(
        "mqtt_check", "The broker refused the user name or password."
    ),
    "Not authorized": QT_TRANSLATE_NOOP(
        "mqtt_check", "The broker says this user is not allowed to connect."
    ),
}


def check_broker(config: MQTTConfig) -> tuple[bool, str]:
    """(worked, what happened in words). Blocks for up to ``config.timeout_s``."""
    if not config.host.strip():
        return False, translate("mqtt_check", "Enter the broker's address first.")
    try:
        import paho.mqtt.client as mqtt
    except ImportError:
        return False, translate(
            "mqtt_check", "The MQTT library (paho-mqtt) is not installed, so Hearth cannot connect."
        )
    where = f"{config.host}:{config.port}"
    client = mqtt.Client(
        mqtt.CallbackAPIVersion.VERSION2, client_id=f"hearth-check-{uuid.uuid4().hex[:8]}"
    )
    if config.username:
        client.username_pw_set(config.username, config.password or None)
    answered = threading.Event()
    outcome: dict[str, Any] = {}

    def on_connect(_c: Any, _u: Any, _flags: Any, reason: Any, _props: Any) -> None:
        outcome["reason"] = reason
        answered.set()

    client.on_connect = on_connect
    try:
        if config.tls:
            client.tls_set()
        client.connect_timeout = config.timeout_s
        client.connect(config.host, int(config.port), keepalive=10)
        client.loop_start()
    except (OSError, ValueError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        return False, translate("mqtt_check", "Cannot reach {where}: {reason}.").format(
            where=where, reason=reason or type(exc).__name__
        )
    try:
        if not answered.wait(config.timeout_s):
            return False, translate(
                "mqtt_check",
                "No answer from {where} within {seconds} s. Check the address "
                "and port, and that the broker is running.",
            ).format(where=where, seconds=f"{config.timeout_s:g}")
        answer = outcome.get("reason")
        if answer is not None and getattr(answer, "is_failure", False):
            said = str(answer)
            if said in _REFUSED:
                return False, translate("mqtt_check", _REFUSED[said])
            return False, translate(
                "mqtt_check", "The broker at {where} refused: {reason}."
            ).format(where=where, reason=said)
        return True, translate("mqtt_check", "Connected to {where}.").format(where=where)
    finally:
        client.disconnect()
        client.loop_stop()


def check_in_background(config: MQTTConfig, done: Callable[[bool, str], None]) -> None:
    """Run ``check_broker`` on a thread; ``done`` is called from that thread."""

    def run() -> None:
        try:
            worked, words = check_broker(config)
        except Exception as exc:  # a check must never take the settings window down
            worked = False
            words = translate("mqtt_check", "The check failed: {reason}.").format(reason=exc)
        done(worked, words)

    threading.Thread(target=run, name="hearth-mqtt-check", daemon=True).start()
