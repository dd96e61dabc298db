"""The smart-home skill (lights, plugs and switches through the user's MQTT hub) in
Spanish, French and German: its phrases, replies, description and example, and the
words that say "off". Device names are the user's own, as their hub has them; the
articles before them are not part of the name. Joined to each language's tables by
``translations``, as ``system`` is."""

from __future__ import annotations

SKILL = "smarthome"

_DER = "[das|die|den|der|mein|meine|meinen]"
_EL = "[el|la|los|las|mi|mis]"
_LE = "[le|la|les|l' |mon|ma|mes]"
_ON_OFF = (
    "(encendido|encendida|encendidos|encendidas|apagado|apagada|apagados|apagadas|prendido"
    "|prendida)"
)

PHRASES: dict[str, dict[str, list[str]]] = {
    "de": {
        "switch_by_verb": [
            f"(schalte|schalt|mach|mache|dreh|drehe) {_DER} {{device:phrase}} (an|ein|aus)",
            f"(schalte|schalt) (an|ein|aus) {_DER} {{device:phrase}}",
        ],
        "set_level": [
            f"(stell|stelle|setz|setze|dimme|dimm|mach|mache) {_DER} {{device:phrase}} auf "
            "{level} [prozent|%]",
        ],
        "query": [
            f"(ist|sind) {_DER} {{device:phrase}} [noch|gerade] (an|aus|eingeschaltet"
            "|ausgeschaltet)",
        ],
    },
    "es": {
        "switch_by_verb": [
            f"(enciende|enciéndeme|prende|activa|apaga|apágame|desactiva) {_EL} {{device:phrase}}",
        ],
        "set_level": [
            f"(pon|ajusta|sube|baja) {_EL} {{device:phrase}} (al|a) {{level}} [por ciento|%]",
        ],
        "query": [
            f"(está|están) {_EL} {{device:phrase}} [todavía|aún] {_ON_OFF}",
            f"(está|están) [todavía|aún] {_ON_OFF} {_EL} {{device:phrase}}",
        ],
    },
    "fr": {
        "switch_by_verb": [
            f"(allume|active|éteins|eteins|désactive) {_LE} {{device:phrase}}",
        ],
        "set_level": [
            f"(mets|règle|baisse|monte) {_LE} {{device:phrase}} à {{level}} [pour cent|%]",
        ],
        "query": [
            f"est-ce que {_LE} {{device:phrase}} est [encore|toujours] (allumé|allumée|allumés"
            "|allumées|éteint|éteinte|éteints|éteintes)",
            f"{_LE} {{device:phrase}} est-(il|elle) [encore|toujours] (allumé|allumée|éteint"
            "|éteinte)",
        ],
    },
}

OFF = {
    "de": r"\b(aus|ausschalten)\b",
    "es": r"\b(apaga|apágame|desactiva)\b",
    "fr": r"\b(éteins|eteins|désactive)\b",
}
"""The words that switch a device off (any other switch phrase switches it on)."""


REPLIES: dict[str, dict[str, str]] = {
    "de": {
        "smarthome.on": "{name} ist eingeschaltet.",
        "smarthome.off": "{name} ist ausgeschaltet.",
        "smarthome.level": "{name} steht auf {level} Prozent.",
        "smarthome.level_range": "Nenne eine Stufe von 0 bis 100 Prozent.",
        "smarthome.no_state": "{name} hat seinen Zustand nicht gemeldet.",
        "smarthome.is_on_at": "{name} ist an, auf {percent} Prozent.",
        "smarthome.is": "{name} ist {state}.",
        "smarthome.state_on": "an",
        "smarthome.state_off": "aus",
        "smarthome.confirm_on": "Soll ich {name} einschalten?",
        "smarthome.confirm_off": "Soll ich {name} ausschalten?",
        "smarthome.confirm_level": "Soll ich {name} auf {level} Prozent stellen?",
        "smarthome.confirm_query": "Soll ich deinen Hub nach {name} fragen?",
        "smarthome.leaves": "{question} Das schickt eine Nachricht an deinen Hub unter {host}.",
        "smarthome.unreachable": "Ich erreiche deinen Smart-Home-Hub unter {where} nicht: {exc}.",
        "smarthome.no_answer": "Dein Smart-Home-Hub unter {where} hat nicht geantwortet.",
        "smarthome.unknown": "Ich kenne kein Gerät namens {name}. Die Geräte, die ich kenne: "
        "{names}.",
        "smarthome.setup": "Die Smart-Home-Steuerung ist aus, bis du deinen MQTT-Broker "
        "nennst: assistant config set skills.mqtt.host 192.168.1.10",
    },
    "es": {
        "smarthome.on": "He encendido {name}.",
        "smarthome.off": "He apagado {name}.",
        "smarthome.level": "He puesto {name} al {level} por ciento.",
        "smarthome.level_range": "Dime un nivel de 0 a 100 por ciento.",
        "smarthome.no_state": "{name} no ha informado de su estado.",
        "smarthome.is_on_at": "{name}: encendido, al {percent} por ciento.",
        "smarthome.is": "{name}: {state}.",
        "smarthome.state_on": "encendido",
        "smarthome.state_off": "apagado",
        "smarthome.confirm_on": "¿Enciendo {name}?",
        "smarthome.confirm_off": "¿Apago {name}?",
        "smarthome.confirm_level": "¿Pongo {name} al {level} por ciento?",
        "smarthome.confirm_query": "¿Pregunto a tu hub por {name}?",
        "smarthome.leaves": "{question} Eso envía un mensaje a tu hub en {host}.",
        "smarthome.unreachable": "No puedo llegar a tu hub domótico en {where}: {exc}.",
        "smarthome.no_answer": "Tu hub domótico en {where} no ha respondido.",
        "smarthome.unknown": "No conozco ningún dispositivo llamado {name}. Los que conozco: "
        "{names}.",
        "smarthome.setup": "El control domótico está apagado hasta que indiques tu broker "
        "MQTT: assistant config set skills.mqtt.host 192.168.1.10",
    },
    "fr": {
        "smarthome.on": "J'ai allumé {name}.",
        "smarthome.off": "J'ai éteint {name}.",
        "smarthome.level": "J'ai réglé {name} à {level} pour cent.",
        "smarthome.level_range": "Donnez un niveau de 0 à 100 pour cent.",
        "smarthome.no_state": "{name} n'a pas indiqué son état.",
        "smarthome.is_on_at": "{name} : allumé, à {percent} pour cent.",
        "smarthome.is": "{name} : {state}.",
        "smarthome.state_on": "allumé",
        "smarthome.state_off": "éteint",
        "smarthome.confirm_on": "J'allume {name} ?",
        "smarthome.confirm_off": "J'éteins {name} ?",
        "smarthome.confirm_level": "Je règle {name} à {level} pour cent ?",
        "smarthome.confirm_query": "Je demande à votre hub l'état de {name} ?",
        "smarthome.leaves": "{question} Cela envoie un message à votre hub à {host}.",
        "smarthome.unreachable": "Je ne peux pas joindre votre hub domotique à {where} : {exc}.",
        "smarthome.no_answer": "Votre hub domotique à {where} n'a pas répondu.",
        "smarthome.unknown": "Je ne connais aucun appareil nommé {name}. Ceux que je "
        "connais : {names}.",
        "smarthome.setup": "La domotique est désactivée tant que vous n'avez pas indiqué "
        "votre broker MQTT : assistant config set skills.mqtt.host 192.168.1.10",
    },
}

DESCRIPTIONS = {
    "de": "Lampen, Steckdosen und Schalter über deinen eigenen MQTT-Hub",
    "es": "Luces, enchufes e interruptores a través de tu propio hub MQTT",
    "fr": "Lampes, prises et interrupteurs par votre propre hub MQTT",
}
EXAMPLES = {
    "de": "schalte das Küchenlicht an",
    "es": "enciende la luz de la cocina",
    "fr": "allume la lampe du salon",
}
