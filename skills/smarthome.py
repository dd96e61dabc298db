"""Smart home over MQTT, the protocol Zigbee2MQTT, Home Assistant and most hubs speak.

Off until the user names their broker (``skills.mqtt.host``). Devices are found by
friendly name from what the hub publishes (retained): Zigbee2MQTT's
``<base>/bridge/devices`` and Home Assistant MQTT discovery
``<prefix>/<component>/<id>/config``; ``skills.mqtt.devices`` adds names by hand
(Zigbee2MQTT topics). Switching sends a message to the broker: when the broker is
not on this computer that is data leaving it, so it is confirmed first.
"""

from __future__ import annotations

import json
import re
import threading
import time
import uuid
from dataclasses import dataclass
from typing import Any, Literal

from hearth.assistant.config import MQTTConfig
from hearth.assistant.errors import AssistantError
from hearth.assistant.skill import Skill, SkillContext, intent, is_loopback_url
from hearth.assistant.slots import SlotType, parse_text, register_slot_type
from hearth.skills.translations import (
    LANGUAGES,
    errors_in,
    examples_of,
    phrases_of,
    reply,
    say,
    without_article,
)
from hearth.skills.translations import smarthome as words

SETTLE_S = 0.3
"""How long to collect retained discovery messages after subscribing."""


@dataclass(frozen=True)
class Device:
    name: str
    style: str  # "zigbee2mqtt" or "homeassistant"
    command_topic: str
    state_topic: str
    brightness_topic: str = ""
    payload_on: str = "ON"
    payload_off: str = "OFF"
    brightness_scale: int = 254
    json_schema: bool = True
    """Commands are JSON objects (Zigbee2MQTT, HA ``schema: json``) or plain payloads."""


def _key(name: str) -> str:
    words = name.lower().replace("_", " ").replace("-", " ").split()
    words = [w for w in words if w not in ("the", "my")]
    return " ".join(w[:-1] if w.endswith("s") and len(w) > 3 else w for w in words)


class MqttHub:
    """One short connection per request: connect, collect, publish, disconnect."""

    def __init__(self, config: MQTTConfig) -> None:
        self.config = config

    def _connect(self) -> Any:
        import paho.mqtt.client as mqtt

        client = mqtt.Client(
            mqtt.CallbackAPIVersion.VERSION2, client_id=f"hearth-{uuid.uuid4().hex[:8]}"
        )
        if self.config.username:
            client.username_pw_set(self.config.username, self.config.password or None)
        if self.config.tls:
            client.tls_set()
        connected = threading.Event()
        client.on_connect = lambda c, u, flags, reason, props: connected.set()
        try:
            client.connect(self.config.host, self.config.port, keepalive=30)
        except (OSError, ValueError) as exc:
            raise AssistantError(
                f"I can't reach your smart home hub at {self.where}: {exc}.",
                "Check the broker is running and skills.mqtt.host and port are right.",
            ) from None
        client.loop_start()
        if not connected.wait(self.config.timeout_s):
            client.disconnect()
            client.loop_stop()
            raise AssistantError(
                f"Your smart home hub at {self.where} did not answer.",
                "Check the broker, and skills.mqtt.username and password.",
            )
        return client

    @property
    def where(self) -> str:
        return f"{self.config.host}:{self.config.port}"

    def _collect(self, client: Any, topics: list[str], until: float) -> dict[str, bytes]:
        got: dict[str, bytes] = {}
        lock = threading.Lock()

        def on_message(c: Any, u: Any, message: Any) -> None:
            with lock:
                got[message.topic] = message.payload

        client.on_message = on_message
        for topic in topics:
            client.subscribe(topic)
        time.sleep(until)
        with lock:
            return dict(got)

    def devices(self) -> dict[str, Device]:
        cfg = self.config
        base, prefix = cfg.base_topic.strip("/"), cfg.discovery_prefix.strip("/")
        client = self._connect()
        try:
            got = self._collect(
                client,
                [f"{base}/bridge/devices", f"{prefix}/+/+/config", f"{prefix}/+/+/+/config"],
                SETTLE_S,
            )
        finally:
            client.disconnect()  # first: it wakes the network thread, so the stop is quick
            client.loop_stop()
        found: dict[str, Device] = {}
        for name in cfg.devices:
            found[_key(name)] = _z2m(base, name)
        raw = got.pop(f"{base}/bridge/devices", b"")
        try:
            listed = json.loads(raw) if raw else []
        except ValueError:
            listed = []
        for entry in listed if isinstance(listed, list) else []:
            if isinstance(entry, dict) and entry.get("type") != "Coordinator":
                friendly = entry.get("friendly_name")
                if isinstance(friendly, str) and friendly:
                    found[_key(friendly)] = _z2m(base, friendly)
        for topic, payload in got.items():
            device = _from_discovery(topic, payload)
            if device is not None:
                found[_key(device.name)] = device
        return found

    def find(self, name: str) -> Device:
        known = self.devices()
        key = _key(name)
        if key in known:
            return known[key]
        close = [d for k, d in known.items() if key in k or k in key]
        if len(close) == 1:
            return close[0]
        names = ", ".join(sorted(d.name for d in known.values())) or "none yet"
        raise AssistantError(
            f"I don't know a device called {name}. The devices I know: {names}.",
            "Name the device as your hub does, or add it to skills.mqtt.devices.",
        )

    def send(self, device: Device, on: bool | None = None, level: int | None = None) -> None:
        client = self._connect()
        try:
            if device.json_schema:
                body: dict[str, Any] = {}
                if on is not None:
                    body["state"] = "ON" if on else "OFF"
                if level is not None:
                    body["state"] = "ON" if level > 0 else "OFF"
                    body["brightness"] = round(level * device.brightness_scale / 100)
                info = client.publish(device.command_topic, json.dumps(body))
            elif level is not None and device.brightness_topic:
                info = client.publish(
                    device.brightness_topic, str(round(level * device.brightness_scale / 100))
                )
            else:
                want = on if on is not None else bool(level)
                info = client.publish(
                    device.command_topic, device.payload_on if want else device.payload_off
                )
            info.wait_for_publish(self.config.timeout_s)
        finally:
            client.disconnect()  # first: it wakes the network thread, so the stop is quick
            client.loop_stop()

    def state(self, device: Device) -> dict[str, Any] | None:
        client = self._connect()
        arrived = threading.Event()
        payload: list[bytes] = []

        def on_message(c: Any, u: Any, message: Any) -> None:
            if message.topic == device.state_topic:
                payload.append(message.payload)
                arrived.set()

        try:
            client.on_message = on_message
            client.subscribe(device.state_topic)
            if device.style == "zigbee2mqtt":
                time.sleep(0.05)
                client.publish(f"{device.command_topic.rsplit('/', 1)[0]}/get", '{"state": ""}')
            arrived.wait(self.config.timeout_s)
        finally:
            client.disconnect()  # first: it wakes the network thread, so the stop is quick
            client.loop_stop()
        if not payload:
            return None
        text = payload[-1].decode("utf-8", "replace").strip()
        try:
            data = json.loads(text)
        except ValueError:
            data = text
        if isinstance(data, dict):
            return data
        return {
            "state": "ON"
            if text == device.payload_on
            else "OFF"
            if text == device.payload_off
            else text
        }


def _z2m(base: str, name: str) -> Device:
    return Device(name, "zigbee2mqtt", f"{base}/{name}/set", f"{base}/{name}")


def _from_discovery(topic: str, payload: bytes) -> Device | None:
    try:
        config = json.loads(payload)
    except ValueError:
        return None
    if not isinstance(config, dict) or not config.get("command_topic"):
        return None
    name = config.get("name") or (config.get("device") or {}).get("name") or topic.split("/")[-2]
    return Device(
        str(name),
        "homeassistant",
        str(config["command_topic"]),
        str(config.get("state_topic", "")),
        str(config.get("brightness_command_topic", "")),
        str(config.get("payload_on", "ON")),
        str(config.get("payload_off", "OFF")),
        int(config.get("brightness_scale", 255)),
        config.get("schema") == "json",
    )


_KINDS = (
    r"lights?|lamps?|bulbs?|strips?|plugs?|sockets?|outlets?|switch(?:es)?|fans?|heaters?|"
    r"heating|radiators?|thermostats?|boilers?|kettles?|tv|television|blinds?|curtains?|"
    r"shutters?|doors?|locks?|sprinklers?|speakers?|air ?con(?:ditioner)?|(?:de)?humidifiers?|"
    r"purifiers?|coffee machine|dishwasher|washing machine|dryer|oven|fridge|freezer|"
    r"cameras?|pumps?|valves?|leds?"
)
# A device named by its kind ("the porch light", "the desk fan"). Questions only name
# devices this way: "is the game on" or "check the weather" is not for the hub.
register_slot_type(
    SlotType(
        "appliance",
        rf"(?:[\w'-]+ ){{0,3}}(?:{_KINDS})",
        parse_text,
        {"type": "string", "description": "a device such as 'kitchen light'"},
    )
)


_HUB_ERRORS = {
    "smarthome.unreachable": "I can't reach your smart home hub at {where}: {exc}.",
    "smarthome.no_answer": "Your smart home hub at {where} did not answer.",
    "smarthome.unknown": "I don't know a device called {name}. The devices I know: {names}.",
}
"""The hub's errors by their key in ``translations.smarthome``, in English as raised."""


class SmartHomeSkill(Skill):
    name = "smarthome"
    description = "Lights, plugs and switches through your own MQTT hub."
    permissions = ("network",)
    examples = ("turn on the kitchen light",)
    phrases = phrases_of("smarthome")
    localized_examples = examples_of("smarthome")

    def setup_needed(self, ctx: SkillContext) -> str | None:
        if ctx.settings is None or not ctx.settings.mqtt.host:
            return reply(
                ctx.language,
                "smarthome.setup",
                "Smart home control is off until you name your MQTT broker: "
                "assistant config set skills.mqtt.host 192.168.1.10",
            )
        return None

    def _hub(self, ctx: SkillContext) -> MqttHub:
        return MqttHub(ctx.settings.mqtt)

    def _ask_first(self, ctx: SkillContext, english: str, key: str, **values: Any) -> str | None:
        """Confirm only when the message leaves this computer."""
        cfg: MQTTConfig = ctx.settings.mqtt
        if is_loopback_url(f"mqtt://{cfg.host}"):
            return None
        if ctx.language in LANGUAGES:
            question = say(ctx.language, key, **values)
            return say(ctx.language, "smarthome.leaves", question=question, host=cfg.host)
        return f"{english}? That sends a message to your hub at {cfg.host}."

    def _confirm_switch(self, ctx: SkillContext, device: str, state: str = "on") -> str | None:
        state, name = _state(ctx, state), _plain(device, ctx.language)
        return self._ask_first(
            ctx, f"Turn {state} the {name}", f"smarthome.confirm_{state}", name=name
        )

    def _confirm_level(self, ctx: SkillContext, device: str, level: int) -> str | None:
        name = _plain(device, ctx.language)
        english = f"Set the {name} to {level} percent"
        return self._ask_first(ctx, english, "smarthome.confirm_level", name=name, level=level)

    def _confirm_query(self, ctx: SkillContext, device: str) -> str | None:
        name = _plain(device, ctx.language)
        english = f"Ask your hub about the {name}"
        return self._ask_first(ctx, english, "smarthome.confirm_query", name=name)

    @intent(
        "(turn|switch|put) {state} [the] {device}",
        "(turn|switch|put) [the] {device:phrase} {state}",
        confirm=_confirm_switch,
    )
    def switch(self, ctx: SkillContext, state: Literal["on", "off"], device: str) -> str:
        """Switch a smart-home device, such as a light or a plug, on or off."""
        with errors_in(ctx.language, _HUB_ERRORS):
            hub = self._hub(ctx)
            found = hub.find(_plain(device, ctx.language))
            hub.send(found, on=state == "on")
        english = f"Turned {state} the {found.name}."
        return reply(ctx.language, f"smarthome.{state}", english, name=found.name)

    @intent(tool=False, confirm=_confirm_switch)  # its phrases: translations.smarthome
    def switch_by_verb(self, ctx: SkillContext, device: str) -> str:
        """Switch a device on or off where the verb says which ("apaga la luz")."""
        return self.switch(ctx, _state(ctx, "on"), device)

    @intent(
        "(set|dim|brighten|turn) [the] {device:phrase} to {level} [percent|%]",
        "(dim|brighten) [the] {device:phrase} [to] {level} [percent|%]",
        confirm=_confirm_level,
    )
    def set_level(self, ctx: SkillContext, device: str, level: int) -> str:
        """Set a dimmable device, such as a light, to a level from 0 to 100 percent."""
        language = ctx.language
        if not 0 <= level <= 100:
            return reply(language, "smarthome.level_range", "Give a level from 0 to 100 percent.")
        with errors_in(language, _HUB_ERRORS):
            hub = self._hub(ctx)
            found = hub.find(_plain(device, language))
            hub.send(found, level=level)
        english = f"Set the {found.name} to {level} percent."
        return reply(language, "smarthome.level", english, name=found.name, level=level)

    @intent(
        "(is|are) [the] {device:phrase} (switched on|switched off)",
        "(is|are) [the] {device:appliance} [still] (on|off)",
        "(what's|what is|whats) the (state|status) of [the] {device:appliance}",
        "(check|query) [the] {device:appliance}",
        confirm=_confirm_query,
    )
    def query(self, ctx: SkillContext, device: str) -> str:
        """Say whether a smart-home device is on or off, and its level."""
        language = ctx.language
        with errors_in(language, _HUB_ERRORS):
            hub = self._hub(ctx)
            found = hub.find(_plain(device, language))
            state = hub.state(found)
        name = found.name
        if state is None:
            english = f"The {name} did not report its state."
            return reply(language, "smarthome.no_state", english, name=name)
        on = str(state.get("state", "")).upper()
        level = state.get("brightness")
        if on == "ON" and isinstance(level, int | float):
            percent = round(100 * level / found.brightness_scale)
            english = f"The {name} is on, at {percent} percent."
            return reply(language, "smarthome.is_on_at", english, name=name, percent=percent)
        words_ = "on" if on == "ON" else "off" if on == "OFF" else f"{on.lower() or 'unknown'}"
        if language in LANGUAGES and on in ("ON", "OFF"):
            words_ = say(language, f"smarthome.state_{words_}").lower()
        return reply(language, "smarthome.is", f"The {name} is {words_}.", name=name, state=words_)


def _state(ctx: SkillContext, state: str) -> Literal["on", "off"]:
    """The state asked for: the slot in English ("turn off ..."), the verb in the other
    languages ("apaga la luz", "schalte das Licht aus")."""
    if ctx.language in LANGUAGES:
        return "off" if re.search(words.OFF[ctx.language], ctx.text.lower()) else "on"
    return "off" if state == "off" else "on"


def _plain(device: str, language: str = "en") -> str:
    """A device's name without the article or "my" said before it."""
    name = re.sub(r"^(?:the|my) ", "", device.strip(), flags=re.I)
    return without_article(language, name)
