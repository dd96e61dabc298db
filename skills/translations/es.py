"""The built-in skills in Spanish: their phrases, replies, descriptions and examples."""

from __future__ import annotations

_TIMER = "(temporizador|cronómetro|contador|cuenta atrás)"
_SET = (
    "(pon|ponme|pónme|programa|prográmame|inicia|empieza|crea|activa|configura|haz|necesito|"
    "quiero|me pones)"
)
_CANCEL = "(cancela|cancelar|para|detén|quita|borra|apaga|elimina|anula)"
_WHERE = "(en|de) {place:phrase}"
_NOW = "[(ahora|ahora mismo|en este momento|ya)]"

PHRASES: dict[str, dict[str, list[str]]] = {
    "clock": {
        "time": [
            f"qué hora es {_NOW}",
            f"(dime|me dices|sabes|me puedes decir|me podrías decir) (la hora|qué hora es) {_NOW}",
            "(la hora|hora) [por favor]",
            "qué hora tienes",
            f"qué hora es {_NOW} {_WHERE} {_NOW}",
            f"(dime|me dices|sabes) (la hora|qué hora es) {_NOW} {_WHERE}",
            f"(la hora|hora) [actual|local] {_WHERE}",
            "qué hora (es|será) [ahora] allí en {place:phrase}",
        ],
        "date": [
            "(qué|en qué) (día|fecha) es [hoy]",
            "(cuál|qué) es la fecha [de hoy]",
            "a qué (día|fecha) estamos [hoy]",
            "a cuántos estamos [hoy]",
            "qué día de la semana es [hoy]",
            "(dime|me dices) la fecha [de hoy]",
            "(la fecha|fecha) de hoy",
            "qué (día|fecha) es [hoy] (en|de) {place:phrase}",
        ],
    },
    "timers": {
        "set_timer": [
            f"{_SET} [un|el] {_TIMER} (de|para|por|durante|a) {{duration}}",
            f"{_SET} [un|el] {_TIMER} de {{duration}} (llamado|que se llame|para [el|la]) {{name}}",
            f"{_SET} [un|el] {_TIMER} (llamado|que se llame|para [el|la]) {{name}} de {{duration}}",
            f"{_TIMER} (de|para|por) {{duration}}",
            f"{_SET} [un|el] {_TIMER}",
            "(avísame|dime|despiértame|llámame) (en|dentro de) {duration:length}",
            f"{_SET} [una|la] alarma (en|dentro de|para dentro de|de|para) {{duration:length}}",
            "cuenta [atrás|hacia atrás] (de|desde) {duration}",
        ],
        "list_timers": [
            f"cuánto [tiempo] (le queda|queda|falta|le falta) [al|en el|del|para el] {_TIMER}",
            f"cuánto [tiempo] (le queda|queda|falta) al {_TIMER} [de] {{name:phrase}}",
            "(qué|cuáles|cuántos) temporizadores (tengo|hay) [activos|puestos|en marcha]",
            "(muéstrame|dime|enséñame) [mis|los] temporizadores",
            "(tengo|hay) (algún|algun) temporizador [activo|puesto|en marcha]",
        ],
        "cancel_timer": [
            f"{_CANCEL} [el|mi] {_TIMER}",
            f"{_CANCEL} [el|mi] {_TIMER} (de|llamado|del|de la) {{name}}",
        ],
        "cancel_all_timers": [
            f"{_CANCEL} (todos los|los|mis) temporizadores",
        ],
        "set_alarm": [
            f"{_SET} [una|la|mi] alarma (a|para) {{time:daytime}}",
            f"{_SET} [una|la|mi] alarma {{time:when}}",
            "(despiértame|levántame) {time:when}",
            "alarma (a|para) {time:daytime}",
            f"{_SET} [una] alarma",
        ],
        "list_alarms": [
            "(qué|cuáles|cuántas) alarmas (tengo|hay) [puestas|activas]",
            "a qué hora (es|suena) mi [próxima] alarma",
            "(muéstrame|dime) [mis|las] alarmas",
        ],
        "cancel_alarm": [
            f"{_CANCEL} [la|mi] alarma",
            f"{_CANCEL} [el|mi] despertador",
            f"{_CANCEL} [la|mi] alarma de (las|la) {{time}}",
        ],
        "cancel_all_alarms": [f"{_CANCEL} (todas las|las|mis) alarmas"],
    },
    "reminders": {
        "remind": [
            "(recuérdame|recuérdamelo|acuérdame) [que] [de] {task} {when}",
            "(recuérdame|acuérdame) {when} [que] [de] {task}",
            "(recuérdame|acuérdame) que {when} {task}",
            "{when} (recuérdame|acuérdame) [que] [de] {task}",
            "(pon|ponme|crea|añade) un recordatorio (para|de) {task} {when}",
            "(pon|ponme|crea|añade) un recordatorio {when} (para|de) {task}",
            "(recuérdame|acuérdame) [que] [de] {task}",
            "(pon|ponme|crea|añade) un recordatorio [para|de] {task}",
            "(pon|ponme|crea|añade) un recordatorio",
        ],
        "list_reminders": [
            "(qué|cuáles|cuántos) recordatorios (tengo|hay)",
            "(muéstrame|dime|léeme) [mis|los] recordatorios",
            "(tengo|hay) (algún|algun) recordatorio",
        ],
        "cancel_reminder": [
            "(cancela|borra|quita|elimina) [el|mi] recordatorio",
            "(cancela|borra|quita|elimina) [el|mi] recordatorio (de|para) {task}",
            "(cancela|borra|quita|elimina) (todos los|los|mis) recordatorios",
        ],
    },
    "notes": {
        "add_note": [
            "(toma|tomar|haz|crea|apunta|escribe|guarda) [una] nota (de|que|:) {text}",
            "(toma|haz|crea|escribe|guarda) [una] nota diciendo {text}",
            "(apunta|anota|apúntame|anótame) [que] {text}",
            "(toma|haz|crea|escribe) una nota",
        ],
        "read_notes": [
            "(léeme|lee|dime|muéstrame|enséñame) [todas] mis notas",
            "(qué|cuáles|cuántas) notas tengo",
            "(tengo|hay) (alguna nota|notas)",
            "qué (he apuntado|apunté|anoté)",
        ],
        "delete_last_note": ["(borra|elimina|quita) (la última|mi última|esa) nota"],
        "delete_all_notes": ["(borra|elimina|quita) (todas mis|todas las|mis|las) notas"],
        "add_todo": [
            "(añade|agrega|pon|mete|apunta) {item} (a|en) [mi|la] lista de "
            "(tareas|pendientes|cosas por hacer)",
        ],
        "read_todos": [
            "(léeme|lee|dime|muéstrame) [mi|la] lista de (tareas|pendientes|cosas por hacer)",
            "qué (tengo|hay) (que hacer|en mi lista de tareas) [hoy]",
        ],
        "complete_todo": [
            "(marca|tacha) {item:phrase} [como] (hecho|hecha|terminado|terminada|completado)",
            "(tacha|quita) {item:phrase} de [mi|la] lista de (tareas|pendientes)",
        ],
        "clear_todos": ["(borra|vacía|limpia) [mi|la] lista de (tareas|pendientes)"],
    },
    "shopping": {
        "add": [
            "(añade|agrega|pon|mete|apunta) {items} (a|en) [mi|la|nuestra] lista (de la compra|"
            "de compras|del súper|del super|del supermercado)",
        ],
        "read": [
            "(léeme|lee|dime|muéstrame|enséñame) [mi|la|nuestra] lista (de la compra|de compras|"
            "del súper|del super|del supermercado)",
            "qué (hay|tengo|tenemos) en [mi|la|nuestra] lista (de la compra|de compras|del súper|"
            "del super|del supermercado)",
            "qué (tengo|tenemos|hay) que comprar",
        ],
        "has": [
            "(está|están|hay|tengo) {item} en [mi|la|nuestra] lista (de la compra|de compras|"
            "del súper|del super|del supermercado)",
        ],
        "remove": [
            "(quita|borra|elimina|tacha) {items:phrase} de [mi|la|nuestra] lista (de la compra|"
            "de compras|del súper|del super|del supermercado)",
        ],
        "clear": [
            "(borra|vacía|limpia) [mi|la|nuestra] lista (de la compra|de compras|del súper|"
            "del super|del supermercado)",
        ],
    },
    "limits": {
        "messages": [
            "(envía|envíale|manda|mándale) [un|una] (mensaje|correo|email|whatsapp|sms) [a] {what}",
            "(escribe|escríbele) [un|una] (mensaje|correo|whatsapp|sms) a {what}",
            "(lee|léeme) mis (mensajes|correos|emails|whatsapps)",
            "(tengo|hay) (mensajes|correos) [nuevos]",
        ],
        "calls": [
            "(llama|llámale|marca) a {who}",
            "(haz|hazme) una (llamada|videollamada) a {who}",
        ],
        "shopping": ["(pide|pídeme|encarga|compra|cómprame) {what}"],
        "bookings": ["(reserva|resérvame) {what}", "(haz|hazme) una reserva {what}"],
        "directions": [
            "(llévame|guíame|navega) (a|al|hasta) {place}",
            "cómo (llego|voy|se llega) (a|al|hasta) {place}",
        ],
        "posting": ["(publica|comparte|sube|tuitea) {what} en {site}"],
        "music": [
            "(pon|ponme|reproduce) (algo de|un poco de) {what}",
            "(pon|ponme|reproduce) [la|mi|una] (música|canción|canciones|lista|radio) {what}",
        ],
    },
    "calculator": {
        "calculate": ["(calcula|calcúlame) {expression}"],  # convert: units.py
    },
    "help": {
        "what_can_you_do": [
            "qué (puedes|sabes) hacer [por mí]",
            "qué más (puedes|sabes) hacer",
            "(cuáles son|qué son) tus (habilidades|funciones|capacidades)",
            "qué (habilidades|funciones) tienes",
            "en qué me (puedes|podrías) ayudar",
            "qué (te puedo|puedo) (pedir|decir)",
            "(ayuda|ayúdame|cómo funciona esto|cómo te uso)",
        ]
    },
}

REPLIES: dict[str, str] = {
    "clock.now": "Son {time}.",
    "clock.there": "en {place} son {time}, {weekday}",
    "clock.unknown_place": "No conozco la zona horaria de {place}. Prueba con una ciudad grande "
    "cercana.",
    "clock.today": "Hoy es {date}.",
    "clock.date_there": "En {place} es {date}.",
    "timers.set": "Vale, {duration}, empiezo ahora.",
    "timers.set_named": "Vale, temporizador {name} puesto para {duration}.",
    "timers.exists": "Ya tienes un temporizador {name}, le quedan {left}.",
    "timers.done": "Tu temporizador de {duration} ha terminado.",
    "timers.done_named": "Tu temporizador {name} ha terminado.",
    "timers.away": "Mientras no estabas, sonó tu temporizador de {duration}.",
    "timers.none": "No tienes temporizadores en marcha.",
    "timers.left": "tu temporizador {label} tiene {left} restantes",
    "timers.label": "de {duration}",
    "timers.cancelled": "He cancelado tu temporizador {label}.",
    "timers.cancelled_all": "He cancelado los {count} temporizadores.",
    "timers.which": "Tienes {count} temporizadores: {names}. ¿Cuál?",
    "alarms.set": "Vale, alarma puesta para {time} {day}.",
    "alarms.exists": "Ya tienes una alarma a {time}.",
    "alarms.ring": "Son {time}. Suena tu alarma.",
    "alarms.away": "Mientras no estabas, sonó tu alarma de {time}.",
    "alarms.none": "No tienes alarmas puestas.",
    "alarms.list": "Tienes alarma a {times}.",
    "alarms.cancelled": "He cancelado tu alarma de {time}.",
    "alarms.cancelled_all": "He cancelado las {count} alarmas.",
    "alarms.which": "Tienes {count} alarmas: {times}. ¿Cuál?",
    "day.today": "de hoy",
    "day.tomorrow": "de mañana",
    "day.other": "del {weekday}",
    "reminders.set": "Vale, te recordaré {task} {when}.",
    "reminders.set_that": "Vale, te recordaré {task} {when}.",
    "reminders.in": "dentro de {duration}",
    "reminders.at": "a {time} {day}",
    "reminders.ring": "Recordatorio: {task}.",
    "reminders.away": "Mientras no estabas, tenías un recordatorio: {task}.",
    "reminders.none": "No tienes recordatorios.",
    "reminders.list": "Tienes {count} recordatorios: {items}.",
    "reminders.list_one": "Tienes un recordatorio: {items}.",
    "reminders.cancelled": "Vale, ya no te recordaré {task}.",
    "reminders.cancelled_all": "He cancelado los {count} recordatorios.",
    "reminders.no_such": "No tienes ningún recordatorio de {task}.",
    "notes.noted": "Apuntado: {text}.",
    "notes.none": "No tienes notas.",
    "notes.list": "Tienes {count} notas. {items}.",
    "notes.list_one": "Tienes una nota. {items}.",
    "notes.more": " Y {count} más.",
    "notes.confirm_all": "¿Borro tus {count} notas?",
    "notes.confirm_one": "¿Borro tu única nota?",
    "notes.confirm_last": "¿Borro tu última nota, «{text}»?",
    "notes.deleted_all": "He borrado {count} notas.",
    "notes.deleted_last": "He borrado la nota «{text}».",
    "todos.added": "He añadido {item} a tu lista de tareas. Ya tienes {count}.",
    "todos.empty": "Tu lista de tareas está vacía.",
    "todos.list": "Tienes {count} cosas por hacer. {items}.",
    "todos.done": "He tachado {item}.",
    "todos.not_there": "{item} no está en tu lista de tareas.",
    "todos.confirm_clear": "¿Vacío tu lista de tareas, con {count} cosas?",
    "todos.cleared": "He vaciado tu lista de tareas.",
    "shopping.added": "Añadido a tu lista de la compra: {items}. Ya hay {count}.",
    "shopping.already": "Ya tienes {items} en tu lista de la compra.",
    "shopping.also_there": "Ya tenía {items}.",
    "shopping.more": ", y {count} más",
    "shopping.list_one": "En tu lista de la compra hay {items}.",
    "shopping.list": "Tu lista de la compra tiene {count} cosas: {items}.",
    "shopping.empty": "Tu lista de la compra está vacía.",
    "shopping.has": "Sí, tu lista de la compra tiene {item}.",
    "shopping.has_not": "No, tu lista de la compra no tiene {item}.",
    "shopping.removed": "Quitado de tu lista de la compra: {items}. Quedan {count}.",
    "shopping.not_there": "Tu lista de la compra no tiene {items}.",
    "shopping.confirm_clear": "¿Vacío tu lista de la compra, con {count} cosas?",
    "shopping.cleared": "He vaciado tu lista de la compra.",
    "limits.messages": "No puedo enviar ni leer mensajes ni correos: funciono solo en este "
    "ordenador y no estoy conectado a tus cuentas. Puedo tomar una nota o ponerte un recordatorio.",
    "limits.calls": "No puedo hacer llamadas: no estoy conectado a un teléfono. Puedo "
    "recordarte que llames.",
    "limits.shopping": "No puedo pedir ni comprar nada: nunca me conecto a internet. Puedo "
    "ponerlo en tu lista de la compra.",
    "limits.bookings": "No puedo reservar nada: nunca me conecto a internet. Puedo "
    "recordarte que lo hagas.",
    "limits.directions": "No puedo darte indicaciones: no tengo mapas y no sé dónde estás.",
    "limits.posting": "No puedo publicar nada: nunca me conecto a internet.",
    "limits.music": "No puedo elegir música. Puedo pausar, reanudar o saltar lo que esté "
    "sonando en tu reproductor.",
    "calculator.result": "Son {value}.",
    "calculator.zero": "No se puede dividir entre cero.",
    "calculator.too_big": "Ese número es demasiado grande para decirlo.",
    "calculator.unknown": "No sé calcular {expression}. Prueba algo como «doce por siete».",
    "help.none": "Ahora mismo solo puedo charlar; no hay habilidades activadas.",
    "help.intro": "Esto es lo que sé hacer.",
    "help.item": "{description}: prueba «{example}».",
    "help.outro": "Y también puedes charlar conmigo.",
}

ASKS = {
    "task": "¿De qué quieres que te recuerde?",
    "when": "¿Cuándo te lo recuerdo?",
    "text": "¿Qué pongo en la nota?",
    "duration": "¿Cuánto tiempo pongo en el temporizador?",
    "time": "¿A qué hora pongo la alarma?",
    "fact": "¿Qué quieres que recuerde?",
}
"""What a built-in skill asks for a slot the user did not say (by the slot's name)."""

DESCRIPTIONS = {
    "clock": "La hora y la fecha, aquí o en otra ciudad",
    "timers": "Temporizadores y alarmas",
    "reminders": "Recordatorios a una hora o dentro de un rato",
    "notes": "Notas y una lista de tareas",
    "shopping": "Una lista de la compra",
    "calculator": "Cuentas",
    "memory": "Lo que me pidas que recuerde",
}
EXAMPLES = {
    "clock": "qué hora es en Tokio",
    "timers": "pon un temporizador de diez minutos",
    "reminders": "recuérdame llamar a mamá a las cinco",
    "notes": "toma nota de comprar café",
    "shopping": "añade leche y huevos a la lista de la compra",
    "calculator": "cuánto es siete por ocho",
    "help": "qué puedes hacer",
}

WEEKDAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
MONTHS = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]
DATE = "{weekday}, {day} de {month} de {year}"
PRONOUNS = {"mi": "tu", "mis": "tus", "me": "te", "yo": "tú", "conmigo": "contigo", "mío": "tuyo"}
CALCULATOR = [
    (r"%\s*de\b", " % "),  # "por ciento" is "%" before numbers are read ("ciento" is one)
    (r"^(?:el|la|los|las)\s+", ""),  # "la raíz cuadrada de ...", "el 15 % de ..."
    (r"\bmultiplicado por\b|\bpor\b|\bx\b", " * "),
    (r"\bdividido (?:entre|por)\b|\bentre\b", " / "),
    (r"\bmás\b|\bmas\b", " + "),
    (r"\bmenos\b", " - "),
    (r"\belevado a\b|\ba la potencia\b", " ^ "),
    (r"\bal cuadrado\b", " ^ 2 "),
    (r"\bal cubo\b", " ^ 3 "),
    (r"\b(?:la )?raíz cuadrada de\b|\braiz cuadrada de\b", " sqrt "),
    (r"\bla mitad de\b", " 0.5 * "),
    (r"\bel doble de\b", " 2 * "),
]
CALCULATOR_LEAD = (
    r"^(?:(?:dime |sabes )?(?:cuánto|cuanto|cuántos|cuantos|qué|que|cuál|cual) (?:es|son|da|dan|"
    r"serían|sería|hace|hacen)|calcula|calcúlame|calcular|resuelve)\s+"
)
