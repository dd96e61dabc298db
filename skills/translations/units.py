"""Unit conversions in Spanish, French and German: the units' names (singular and
plural, as a reply says them and as a request may), the calculator's ``convert``
phrases and the replies. The phrases join the calculator's in each language's tables;
the names are taken by the ``unit`` slot in any language (``hearth.skills.units``)."""

from __future__ import annotations

SKILL = "calculator"

NAMES: dict[str, tuple[str, str, str, str, str, str]] = {
    # English singular: Spanish, French and German, each singular then plural
    "meter": ("metro", "metros", "mètre", "mètres", "Meter", "Meter"),
    "kilometer": ("kilómetro", "kilómetros", "kilomètre", "kilomètres", "Kilometer", "Kilometer"),
    "centimeter": ("centímetro", "centímetros", "centimètre", "centimètres", "Zentimeter",
                   "Zentimeter"),
    "millimeter": ("milímetro", "milímetros", "millimètre", "millimètres", "Millimeter",
                   "Millimeter"),
    "mile": ("milla", "millas", "mile", "miles", "Meile", "Meilen"),
    "yard": ("yarda", "yardas", "yard", "yards", "Yard", "Yards"),
    "foot": ("pie", "pies", "pied", "pieds", "Fuß", "Fuß"),
    "inch": ("pulgada", "pulgadas", "pouce", "pouces", "Zoll", "Zoll"),
    "nautical mile": ("milla náutica", "millas náuticas", "mille marin", "milles marins",
                      "Seemeile", "Seemeilen"),
    "gram": ("gramo", "gramos", "gramme", "grammes", "Gramm", "Gramm"),
    "kilogram": ("kilogramo", "kilogramos", "kilogramme", "kilogrammes", "Kilogramm",
                 "Kilogramm"),
    "milligram": ("miligramo", "miligramos", "milligramme", "milligrammes", "Milligramm",
                  "Milligramm"),
    "pound": ("libra", "libras", "livre", "livres", "Pfund", "Pfund"),
    "ounce": ("onza", "onzas", "once", "onces", "Unze", "Unzen"),
    "tonne": ("tonelada", "toneladas", "tonne", "tonnes", "Tonne", "Tonnen"),
    "liter": ("litro", "litros", "litre", "litres", "Liter", "Liter"),
    "milliliter": ("mililitro", "mililitros", "millilitre", "millilitres", "Milliliter",
                   "Milliliter"),
    "gallon": ("galón", "galones", "gallon", "gallons", "Gallone", "Gallonen"),
    "cup": ("taza", "tazas", "tasse", "tasses", "Tasse", "Tassen"),
    "tablespoon": ("cucharada", "cucharadas", "cuillère à soupe", "cuillères à soupe",
                   "Esslöffel", "Esslöffel"),
    "teaspoon": ("cucharadita", "cucharaditas", "cuillère à café", "cuillères à café",
                 "Teelöffel", "Teelöffel"),
    "degree Celsius": ("grado Celsius", "grados Celsius", "degré Celsius", "degrés Celsius",
                       "Grad Celsius", "Grad Celsius"),
    "degree Fahrenheit": ("grado Fahrenheit", "grados Fahrenheit", "degré Fahrenheit",
                          "degrés Fahrenheit", "Grad Fahrenheit", "Grad Fahrenheit"),
    "kelvin": ("kelvin", "kelvin", "kelvin", "kelvins", "Kelvin", "Kelvin"),
    "second": ("segundo", "segundos", "seconde", "secondes", "Sekunde", "Sekunden"),
    "minute": ("minuto", "minutos", "minute", "minutes", "Minute", "Minuten"),
    "hour": ("hora", "horas", "heure", "heures", "Stunde", "Stunden"),
    "day": ("día", "días", "jour", "jours", "Tag", "Tage"),
    "week": ("semana", "semanas", "semaine", "semaines", "Woche", "Wochen"),
    "year": ("año", "años", "an", "ans", "Jahr", "Jahre"),
    "kilometer per hour": ("kilómetro por hora", "kilómetros por hora", "kilomètre par heure",
                           "kilomètres par heure", "Kilometer pro Stunde",
                           "Kilometer pro Stunde"),
    "mile per hour": ("milla por hora", "millas por hora", "mile par heure", "miles par heure",
                      "Meile pro Stunde", "Meilen pro Stunde"),
    "meter per second": ("metro por segundo", "metros por segundo", "mètre par seconde",
                         "mètres par seconde", "Meter pro Sekunde", "Meter pro Sekunde"),
    "knot": ("nudo", "nudos", "nœud", "nœuds", "Knoten", "Knoten"),
    "square meter": ("metro cuadrado", "metros cuadrados", "mètre carré", "mètres carrés",
                     "Quadratmeter", "Quadratmeter"),
    "square foot": ("pie cuadrado", "pies cuadrados", "pied carré", "pieds carrés",
                    "Quadratfuß", "Quadratfuß"),
    "square kilometer": ("kilómetro cuadrado", "kilómetros cuadrados", "kilomètre carré",
                         "kilomètres carrés", "Quadratkilometer", "Quadratkilometer"),
    "hectare": ("hectárea", "hectáreas", "hectare", "hectares", "Hektar", "Hektar"),
    "byte": ("byte", "bytes", "octet", "octets", "Byte", "Bytes"),
    "kilobyte": ("kilobyte", "kilobytes", "kilooctet", "kilooctets", "Kilobyte", "Kilobyte"),
    "megabyte": ("megabyte", "megabytes", "mégaoctet", "mégaoctets", "Megabyte", "Megabyte"),
    "gigabyte": ("gigabyte", "gigabytes", "gigaoctet", "gigaoctets", "Gigabyte", "Gigabyte"),
    "terabyte": ("terabyte", "terabytes", "téraoctet", "téraoctets", "Terabyte", "Terabyte"),
}  # fmt: skip
"""Units without a name here are said by their English name (stone, quart, pint, fluid
ounce, acre, kibibyte, ...), and still understood by it."""

OTHER_NAMES = {
    "kilogram": ("kilo", "kilos", "Kilo"),
    "kilometer per hour": ("Stundenkilometer",),
    "year": ("année", "années"),
}
"""More names a request may use."""

_COLUMN = {"es": 0, "fr": 2, "de": 4}


def name_in(language: str, english: str, plural: bool) -> str | None:
    """A unit's name in ``language``, by its English singular; None where it has none."""
    names = NAMES.get(english)
    return names[_COLUMN[language] + plural] if names else None


PHRASES: dict[str, dict[str, list[str]]] = {
    "es": {
        "convert": [
            "(convierte|pasa|cambia) {amount} {source} (a|en) {target}",
            "(cuántos|cuántas|cuanto|cuánto) {target} (son|hay en|es|tiene|tienen|equivalen a"
            "|hacen) {amount} {source}",
            "(cuántos|cuántas) {target} (hay en|tiene) (un|una) {source}",
            "(cuánto es|cuánto son|cuántos son|cuántas son|a cuánto equivalen) {amount} {source}"
            " (en|a) {target}",
            "{amount} {source} (en|a) {target}",
        ],
    },
    "fr": {
        "convert": [
            "(convertis|convertir|convertissez) {amount} {source} en {target}",
            "combien (de|d' ) {target} (font|fait|y a-t-il dans|il y a dans|dans)"
            " {amount} {source}",
            "combien (de|d' ) {target} (dans|y a-t-il dans) (un|une) {source}",
            "combien (font|fait) {amount} {source} en {target}",
            "{amount} {source} en {target}",
        ],
    },
    "de": {
        "convert": [
            "(rechne|wandle|rechnen sie) {amount} {source} in {target} um",
            "wie (viele|viel) {target} (sind|ist|hat|haben|ergeben|ergibt) {amount} {source}",
            "wie (viele|viel) {target} (hat|sind) (ein|eine|einen) {source}",
            "wie viel (sind|ist) {amount} {source} in {target}",
            "{amount} {source} in {target}",
        ],
    },
}

REPLIES: dict[str, dict[str, str]] = {
    "es": {
        "units.result": "{amount} {source} son {value} {target}.",
        "units.result_one": "{amount} {source} es {value} {target}.",
        "units.apart": "No puedo convertir {source} en {target}: no miden lo mismo.",
    },
    "fr": {
        "units.result": "{amount} {source} font {value} {target}.",
        "units.result_one": "{amount} {source} fait {value} {target}.",
        "units.apart": "Je ne peux pas convertir des {source} en {target} : ils ne mesurent "
        "pas la même chose.",
    },
    "de": {
        "units.result": "{amount} {source} sind {value} {target}.",
        "units.result_one": "{amount} {source} ist {value} {target}.",
        "units.apart": "{source} kann ich nicht in {target} umrechnen: Sie messen nicht dasselbe.",
    },
}
