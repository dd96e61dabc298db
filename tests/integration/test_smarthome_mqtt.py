"""The smart-home skill against a real MQTT broker (mosquitto, started here), with a
Zigbee2MQTT-style hub and a Home Assistant-discovered switch simulated by a client."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hearth.assistant.config import MQTTConfig, SkillsConfig
from hearth.assistant.testing import SkillHarness
from hearth.skills.smarthome import SmartHomeSkill

pytestmark = pytest.mark.integration
MOSQUITTO = shutil.which("mosquitto") or (
    "/usr/sbin/mosquitto" if Path("/usr/sbin/mosquitto").exists() else None
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def broker(tmp_path: Path) -> Iterator[int]:
    if MOSQUITTO is None:
        pytest.skip("mosquitto is not installed (apt-get install mosquitto)")
    port = free_port()
    conf = tmp_path / "mosquitto.conf"
    conf.write_text(f"listener {port} 127.0.0.1\nallow_anonymous true\npersistence false\n")
    process = subprocess.Popen(
        [MOSQUITTO, "-c", str(conf)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.05)
        else:
            pytest.fail("mosquitto did not start")
        yield port
    finally:
        process.terminate()
        process.wait(timeout=5)


class FakeHub:
    """Plays Zigbee2MQTT (two lights) and a Home Assistant switch on the broker."""

    def __init__(self, port: int) -> None:
        import paho.mqtt.client as mqtt

        self.states: dict[str, dict[str, Any]] = {
            "Kitchen Light": {"state": "OFF", "brightness": 0},
            "Hall Lamp": {"state": "ON", "brightness": 127},
        }
        self.fan = "OFF"
        self.received: list[tuple[str, str]] = []
        self.client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id="fake-hub")
        self.client.on_message = self.on_message
        ready = threading.Event()
        self.client.on_subscribe = lambda *args: ready.set()
        self.client.connect("127.0.0.1", port)
        self.client.loop_start()
        devices = [{"friendly_name": "Coordinator", "type": "Coordinator"}] + [
            {"friendly_name": name, "type": "Router"} for name in self.states
        ]
        self.client.publish("zigbee2mqtt/bridge/devices", json.dumps(devices), retain=True)
        fan = {"name": "Desk Fan", "command_topic": "home/fan/set", "state_topic": "home/fan/state"}
        self.client.publish("homeassistant/switch/fan1/config", json.dumps(fan), retain=True)
        self.client.publish("home/fan/state", "OFF", retain=True)
        self.client.subscribe(
            [("zigbee2mqtt/+/set", 0), ("zigbee2mqtt/+/get", 0), ("home/fan/set", 0)]
        )
        assert ready.wait(5)

    def on_message(self, client: Any, userdata: Any, message: Any) -> None:
        text = message.payload.decode()
        self.received.append((message.topic, text))
        if message.topic == "home/fan/set":
            self.fan = text
            client.publish("home/fan/state", text, retain=True)
            return
        name, action = message.topic.split("/")[1:3]
        if action == "set":
            self.states[name].update(json.loads(text))
        client.publish(f"zigbee2mqtt/{name}", json.dumps(self.states[name]))

    def close(self) -> None:
        self.client.loop_stop()
        self.client.disconnect()


@pytest.fixture
def hub(broker: int) -> Iterator[FakeHub]:
    fake = FakeHub(broker)
    yield fake
    fake.close()


def eventually(check: Any, timeout: float = 3.0) -> bool:
    """The hub handles messages on its own thread: wait for it to have done so."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.02)
    return bool(check())


def harness_for(port: int, tmp_path: Path, host: str = "127.0.0.1") -> SkillHarness:
    settings = SkillsConfig(llm_tools=False, mqtt=MQTTConfig(host=host, port=port))
    return SkillHarness(SmartHomeSkill(), data_root=tmp_path, settings=settings)


def test_devices_by_friendly_name_on_off_level_and_state(
    hub: FakeHub, broker: int, tmp_path: Path
) -> None:
    harness = harness_for(broker, tmp_path)
    assert harness.say("turn on the kitchen light") == "Turned on the Kitchen Light."
    assert eventually(lambda: hub.states["Kitchen Light"]["state"] == "ON")
    assert harness.say("is the kitchen light on") == "The Kitchen Light is on, at 0 percent."
    assert harness.say("dim the kitchen lights to 50 percent") == (
        "Set the Kitchen Light to 50 percent."
    )
    assert eventually(lambda: hub.states["Kitchen Light"] == {"state": "ON", "brightness": 127})
    assert harness.say("what's the state of the hall lamp") == "The Hall Lamp is on, at 50 percent."
    assert harness.say("switch the hall lamp off") == "Turned off the Hall Lamp."
    assert eventually(lambda: hub.states["Hall Lamp"]["state"] == "OFF")
    assert harness.say("turn on the desk fan") == "Turned on the Desk Fan."
    assert eventually(lambda: hub.fan == "ON")
    assert harness.say("is the desk fan on") == "The Desk Fan is on."
    reply = harness.say("turn on the garage door")
    assert reply is not None and reply.startswith("I don't know a device called garage door.")
    assert "Desk Fan, Hall Lamp, Kitchen Light" in reply


def test_off_until_configured(tmp_path: Path) -> None:
    harness = SkillHarness(SmartHomeSkill(), data_root=tmp_path)
    assert harness.say("turn on the kitchen light") == (
        "Smart home control is off until you name your MQTT broker: "
        "assistant config set skills.mqtt.host 192.168.1.10"
    )
    assert harness.host.tools() == []  # and the language model is not offered it


def test_a_broker_elsewhere_is_confirmed_first_and_an_unreachable_one_is_explained(
    tmp_path: Path,
) -> None:
    harness = harness_for(free_port(), tmp_path, host="192.0.2.1")  # TEST-NET: nobody there
    harness.host.settings.mqtt.timeout_s = 1
    assert harness.say("turn off the hall lamp") == (
        "Turn off the hall lamp? That sends a message to your hub at 192.0.2.1. Say yes or no."
    )
    reply = harness.say("yes")
    assert reply is not None and "192.0.2.1" in reply and "hub" in reply


def test_a_stopped_broker_is_a_plain_sentence(tmp_path: Path) -> None:
    harness = harness_for(free_port(), tmp_path)
    reply = harness.say("turn on the kitchen light")
    assert reply is not None and reply.startswith("I can't reach your smart home hub at 127.0.0.1")


@pytest.mark.parametrize(
    ("language", "on", "level", "query", "off", "said"),
    [
        (
            "de",
            "schalte das Kitchen Light an",
            "stell das Kitchen Light auf 50 Prozent",
            "ist das Kitchen Light an",
            "mach die Hall Lamp aus",
            (
                "Kitchen Light ist eingeschaltet.",
                "Kitchen Light steht auf 50 Prozent.",
                "Kitchen Light ist an, auf 50 Prozent.",
                "Hall Lamp ist ausgeschaltet.",
            ),
        ),
        (
            "es",
            "enciende la kitchen light",
            "pon la kitchen light al 50 por ciento",
            "está la kitchen light encendida",
            "apaga la hall lamp",
            (
                "He encendido Kitchen Light.",
                "He puesto Kitchen Light al 50 por ciento.",
                "Kitchen Light: encendido, al 50 por ciento.",
                "He apagado Hall Lamp.",
            ),
        ),
        (
            "fr",
            "allume la kitchen light",
            "règle la kitchen light à 50 pour cent",
            "est-ce que la kitchen light est allumée",
            "éteins la hall lamp",
            (
                "J'ai allumé Kitchen Light.",
                "J'ai réglé Kitchen Light à 50 pour cent.",
                "Kitchen Light : allumé, à 50 pour cent.",
                "J'ai éteint Hall Lamp.",
            ),
        ),
    ],
)
def test_switching_and_asking_in_each_language(
    hub: FakeHub,
    broker: int,
    tmp_path: Path,
    language: str,
    on: str,
    level: str,
    query: str,
    off: str,
    said: tuple[str, str, str, str],
) -> None:
    harness = harness_for(broker, tmp_path)
    assert harness.say(on, language) == said[0]
    assert eventually(lambda: hub.states["Kitchen Light"]["state"] == "ON")
    assert harness.say(level, language) == said[1]
    assert eventually(lambda: hub.states["Kitchen Light"] == {"state": "ON", "brightness": 127})
    assert harness.say(query, language) == said[2]
    assert harness.say(off, language) == said[3]
    assert eventually(lambda: hub.states["Hall Lamp"]["state"] == "OFF")
    unknown = harness.say(
        on.replace("kitchen light", "garage door").replace("Kitchen Light", "garage door"), language
    )
    assert unknown is not None and "garage door" in unknown and "I don't know" not in unknown
    assert "Desk Fan, Hall Lamp, Kitchen Light" in unknown


def test_a_broker_elsewhere_is_confirmed_in_the_language(tmp_path: Path) -> None:
    harness = harness_for(free_port(), tmp_path, host="192.0.2.1")
    assert harness.say("apaga la hall lamp", "es") == (
        "¿Apago hall lamp? Eso envía un mensaje a tu hub en 192.0.2.1. Di sí o no."
    )
    assert harness.say("no", "es") is not None
    stopped = harness_for(free_port(), tmp_path)
    reply = stopped.say("schalte das Kitchen Light an", "de")
    assert reply is not None and reply.startswith("Ich erreiche deinen Smart-Home-Hub unter")
