"""Units for the calculator's conversions: length, mass, volume, temperature, time,
speed, area and data. Each unit knows its names and its size in the base unit of its
quantity; temperatures convert through Kelvin."""

from __future__ import annotations

import re
from dataclasses import dataclass

from hearth.assistant.skill import SlotError, spoken_number_in
from hearth.assistant.slots import SlotType, register_slot_type
from hearth.assistant.speech_text import speakable_number
from hearth.skills.translations import LANGUAGES, say
from hearth.skills.translations import units as names


@dataclass(frozen=True)
class Unit:
    quantity: str
    singular: str
    plural: str
    factor: float
    """Size in the quantity's base unit (temperatures: see ``to_kelvin``)."""
    offset: float = 0.0

    def name_for(self, amount: float) -> str:
        return self.singular if amount == 1 else self.plural


_TABLE: list[tuple[str, str, str, float, tuple[str, ...]]] = [
    # quantity, singular, plural, factor, other names
    ("length", "meter", "meters", 1.0, ("metre", "metres", "m")),
    ("length", "kilometer", "kilometers", 1000.0, ("kilometre", "kilometres", "km", "kms")),
    ("length", "centimeter", "centimeters", 0.01, ("centimetre", "centimetres", "cm")),
    ("length", "millimeter", "millimeters", 0.001, ("millimetre", "millimetres", "mm")),
    ("length", "mile", "miles", 1609.344, ("mi",)),
    ("length", "yard", "yards", 0.9144, ("yd", "yds")),
    ("length", "foot", "feet", 0.3048, ("ft",)),
    ("length", "inch", "inches", 0.0254, ("in",)),
    ("length", "nautical mile", "nautical miles", 1852.0, ()),
    ("mass", "gram", "grams", 1.0, ("g", "gramme", "grammes")),
    ("mass", "kilogram", "kilograms", 1000.0, ("kilo", "kilos", "kg", "kgs")),
    ("mass", "milligram", "milligrams", 0.001, ("mg",)),
    ("mass", "pound", "pounds", 453.59237, ("lb", "lbs")),
    ("mass", "ounce", "ounces", 28.349523125, ("oz",)),
    ("mass", "stone", "stone", 6350.29318, ("stones",)),
    ("mass", "tonne", "tonnes", 1_000_000.0, ("metric ton", "metric tons")),
    ("volume", "liter", "liters", 1.0, ("litre", "litres", "l")),
    ("volume", "milliliter", "milliliters", 0.001, ("millilitre", "millilitres", "ml")),
    ("volume", "gallon", "gallons", 3.785411784, ("us gallon", "us gallons")),
    ("volume", "quart", "quarts", 0.946352946, ()),
    ("volume", "pint", "pints", 0.473176473, ()),
    ("volume", "cup", "cups", 0.2365882365, ()),
    ("volume", "fluid ounce", "fluid ounces", 0.0295735295625, ("fl oz",)),
    ("volume", "tablespoon", "tablespoons", 0.01478676478125, ("tbsp",)),
    ("volume", "teaspoon", "teaspoons", 0.00492892159375, ("tsp",)),
    ("temperature", "degree Celsius", "degrees Celsius", 1.0, ("celsius", "centigrade")),
    ("temperature", "degree Fahrenheit", "degrees Fahrenheit", 5 / 9, ("fahrenheit",)),
    ("temperature", "kelvin", "kelvin", 1.0, ("kelvins",)),
    ("time", "second", "seconds", 1.0, ("sec", "secs")),
    ("time", "minute", "minutes", 60.0, ("min", "mins")),
    ("time", "hour", "hours", 3600.0, ("hr", "hrs")),
    ("time", "day", "days", 86400.0, ()),
    ("time", "week", "weeks", 604800.0, ()),
    ("time", "year", "years", 31557600.0, ()),
    ("speed", "kilometer per hour", "kilometers per hour", 1 / 3.6, ("km/h", "kph", "kmh")),
    ("speed", "mile per hour", "miles per hour", 0.44704, ("mph",)),
    ("speed", "meter per second", "meters per second", 1.0, ("m/s",)),
    ("speed", "knot", "knots", 1852 / 3600, ()),
    ("area", "square meter", "square meters", 1.0, ("square metre", "square metres", "m2")),
    ("area", "square foot", "square feet", 0.09290304, ("sq ft",)),
    ("area", "square kilometer", "square kilometers", 1e6, ("km2",)),
    ("area", "acre", "acres", 4046.8564224, ()),
    ("area", "hectare", "hectares", 10000.0, ()),
    ("data", "byte", "bytes", 1.0, ()),
    ("data", "kilobyte", "kilobytes", 1e3, ("kb",)),
    ("data", "megabyte", "megabytes", 1e6, ("mb",)),
    ("data", "gigabyte", "gigabytes", 1e9, ("gb",)),
    ("data", "terabyte", "terabytes", 1e12, ("tb",)),
    ("data", "kibibyte", "kibibytes", 1024.0, ("kib",)),
    ("data", "mebibyte", "mebibytes", 1024.0**2, ("mib",)),
    ("data", "gibibyte", "gibibytes", 1024.0**3, ("gib",)),
]
_OFFSETS = {"degree Celsius": 273.15, "degree Fahrenheit": 459.67 * 5 / 9, "kelvin": 0.0}

UNITS: dict[str, Unit] = {}
for quantity, singular, plural, factor, others in _TABLE:
    unit = Unit(quantity, singular, plural, factor, _OFFSETS.get(singular, 0.0))
    for alias in (singular, plural, *others):
        UNITS[alias.lower()] = unit
        if alias.lower().startswith("degree "):
            UNITS[alias.lower().removeprefix("degree ")] = unit
        if alias.lower().startswith("degrees "):
            UNITS[alias.lower().removeprefix("degrees ")] = unit
# Their names in Spanish, French and German ("millas", "kilomètres", "Pfund"), taken in
# any language as the English ones are.
for english, localized in names.NAMES.items():
    for alias in (*localized, *names.OTHER_NAMES.get(english, ())):
        UNITS.setdefault(alias.lower(), UNITS[english.lower()])


def parse_unit(text: str) -> Unit:
    key = " ".join(text.lower().split())
    key = re.sub(r"^(?:a|an|one) ", "", key)
    if key in UNITS:
        return UNITS[key]
    raise SlotError(f"Which unit? I don't know {text.strip()!r}.")


_ALTERNATIVES = "|".join(re.escape(name) for name in sorted(UNITS, key=len, reverse=True))
register_slot_type(
    SlotType(
        "unit",
        f"(?:{_ALTERNATIVES})",
        parse_unit,
        {"type": "string", "description": "a unit such as 'miles' or 'degrees Celsius'"},
    ),
    Unit,
)


def convert_units(amount: float, source: Unit, target: Unit, language: str = "en") -> str:
    """What ``amount`` ``source`` is in ``target``, said in ``language``."""
    localized = language in LANGUAGES
    if source.quantity != target.quantity:
        if localized:
            return say(
                language,
                "units.apart",
                source=_name(language, source, 2),
                target=_name(language, target, 2),
            )
        return (
            f"I can't convert {source.plural} to {target.plural}: one is a {source.quantity}, "
            f"the other a {target.quantity}."
        )
    if source.quantity == "temperature":
        kelvin = amount * source.factor + source.offset
        value = (kelvin - target.offset) / target.factor
    else:
        value = amount * source.factor / target.factor
    shown = float(f"{value:.4g}") if abs(value) < 1e6 else value
    if localized:
        return say(
            language,
            "units.result_one" if amount == 1 else "units.result",
            amount=spoken_number_in(amount, language),
            source=_name(language, source, amount),
            value=spoken_number_in(shown, language),
            target=_name(language, target, shown),
        )
    return (
        f"{speakable_number(amount)} {source.name_for(amount)} is "
        f"{speakable_number(shown)} {target.name_for(shown)}."
    )


def _name(language: str, unit: Unit, amount: float) -> str:
    """A unit's name for ``amount`` of it in ``language`` (its English one where it has
    none there)."""
    found = names.name_in(language, unit.singular, amount != 1)
    return found if found is not None else unit.name_for(amount)
