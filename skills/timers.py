"""Timers and alarms: several at once, named, listed, cancelled; kept across restarts.

They are alerts in the assistant's scheduler (``ctx.alerts``): when one is due the
assistant says so and the desktop app shows it, also after a restart.
"""

from __future__ import annotations

import re
from datetime import datetime

from hearth.assistant.skill import (
    Alert,
    ClockTime,
    Duration,
    Reply,
    Skill,
    SkillContext,
    SlotError,
    When,
    intent,
    parse_clock_time_in,
    parse_duration_in,
)
from hearth.assistant.slots import parse_clock_time, parse_duration, spoken_duration

from .phrases import asking_which
from .translations import LANGUAGES, asking, day_word, examples_of, phrases_of, reply, word
from .translations import join_in as _join_in

_A = "[a|an|one]"
_TIMER = "(timer|countdown)"
_MY = "[my|the|all|all my|all the|all of my|any]"
_CANCEL = "(cancel|stop|kill|delete|remove|clear|turn off|end|get rid of)"


def _label(alert: Alert, language: str = "en") -> str:
    """How a timer is named in speech: "tea timer" or "10 minute timer"."""
    if language in LANGUAGES:
        if alert.name:
            return alert.name
        if alert.kind == "timer":
            length = Duration(round(alert.due - alert.created)).spoken(language)
            return word(language, "timers.label", duration=length)
        return _clock(datetime.fromtimestamp(alert.due).astimezone(), language)
    if alert.name:
        return f"{alert.name} {alert.kind}"
    if alert.kind == "timer":
        length = spoken_duration(round(alert.due - alert.created))
        for plural in ("minutes", "hours", "seconds", "days"):
            length = length.replace(plural, plural[:-1])  # "a 10 minute timer"
        return f"{length} timer"
    return f"{_clock(datetime.fromtimestamp(alert.due).astimezone())} alarm"


def _clock(moment: datetime, language: str = "en") -> str:
    return ClockTime(moment.hour, moment.minute).spoken(language)


def _left(alert: Alert, now: float, language: str = "en") -> str:
    return Duration(max(1, round(alert.due - now))).spoken(language)


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _day_word(moment: datetime, now: datetime) -> str:
    days = (moment.date() - now.date()).days
    return "today" if days == 0 else "tomorrow" if days == 1 else f"on {moment:%A}"


class TimersSkill(Skill):
    name = "timers"
    description = "Timers and alarms: several at once, named, listed and cancelled."
    examples = ("set a timer for 10 minutes", "wake me up at 7 am")
    phrases = phrases_of("timers")
    localized_examples = examples_of("timers")

    # --- timers ------------------------------------------------------------------------------

    @intent(
        f"(set|start|create|make) {_A} {_TIMER} (for|of) {{duration}}",
        f"(set|start|create|make) {_A} {{duration}} {_TIMER}",
        f"{_TIMER} (for|of) {{duration}}",
        f"{{duration}} {_TIMER}",
        f"(set|start|create|make) {_A} {_TIMER} (for|of) {{duration}} (called|named|for [the]) "
        "{name}",
        f"(set|start|create|make) {_A} {{duration}} {_TIMER} (called|named|for [the]) {{name}}",
        f"(set|start|create|make) {_A} {{name:phrase}} {_TIMER} for {{duration}}",
        f"(set|start|create|make) {_A} {{name:phrase}} {_TIMER}",
        f"(set|start|create|make) {_A} {_TIMER}",
        f"(set|start|create|make) {_A} {_TIMER} (called|named) {{name}}",
        "(count down|countdown|start counting down) [from] {duration}",
        "(tell|let) me (when|in) {duration} (is up|has passed|passes)",
        f"(put|pop|get|give me|i need|i want|i'd like|new|another) {_A} {_TIMER} [on|going] "
        "(for|of) {duration}",
        f"(put|pop|get|give me|i need|i want|i'd like) {_A} {{duration}} {_TIMER} [on|going]",
        f"(put|get) {_A} {_TIMER} [on|going] for {{duration}} (called|named|for [the]) {{name}}",
        f"put on {_A} {_TIMER} (for|of) {{duration}}",
        f"put on {_A} {{duration}} {_TIMER}",
        f"(start|set) the {_TIMER} (for|to) {{duration}}",
        f"{_TIMER} {{duration:length}} [(called|named|for [the]) {{name}}]",
        # An "alarm" after a length of time is a timer; at a time of day it is an alarm.
        "(set|create|make|put|pop|give me) [an|a|my|the] alarm [on] (for|in) {duration:length}",
        "(wake|ring|buzz|ping|alert) me [up] in {duration:length}",
        "(let me know|tell me) in {duration:length}",
        ask=asking({"duration": "How long should the timer be?"}),
    )
    def set_timer(self, ctx: SkillContext, duration: Duration, name: str = "") -> str:
        """Start a countdown timer, optionally with a name."""
        assert ctx.alerts is not None
        lang = ctx.language
        name = name.removesuffix(" timer").strip()
        label = f"{name} timer" if name else "timer"
        length = duration.spoken(lang)
        for alert in ctx.alerts.list("timer"):
            if name and alert.name.lower() == name.lower():
                left = _left(alert, ctx.clock(), lang)
                english = f"You already have a {label}, with {left} left."
                return reply(lang, "timers.exists", english, name=name, left=left)
        ctx.alerts.add(
            "timer",
            name,
            ctx.clock() + int(duration),
            reply(lang, "timers.done_named", f"Your {label} is done.", name=name)
            if name
            else reply(lang, "timers.done", f"Your {length} timer is done.", duration=length),
            reply(
                lang, "timers.away", f"While you were away, your {label} went off.", duration=name
            )
            if name
            else reply(
                lang,
                "timers.away",
                f"While you were away, your {length} timer went off.",
                duration=length,
            ),
        )
        return (
            reply(
                lang,
                "timers.set_named",
                f"Okay, {label} set for {length}.",
                name=name,
                duration=length,
            )
            if name
            else reply(lang, "timers.set", f"Okay, {length}, starting now.", duration=length)
        )

    @intent(
        *asking_which("timers"),
        f"(list|show [me]|tell me) {_MY} timers",
        "(are|is) (any|a|the) (timer|timers) (running|set|going|on)",
        "how much time is left [on {_MY} timer]".replace("{_MY}", _MY),
        "how long (is left|left) on [the|my] timer",
        "how (much time|long) is left on [the|my] {name:phrase} timer",
        "how long (is left|left) on [the|my] {name:phrase} timer",
        "(check|show) [the|my] timer",
    )
    def list_timers(self, ctx: SkillContext, name: str = "") -> str:
        """Say which timers are running and how long each has left."""
        assert ctx.alerts is not None
        lang = ctx.language
        now = ctx.clock()
        timers = ctx.alerts.list("timer")
        if name:
            timers = _named(timers, name, lang)
            if not timers and lang == "en":
                return f"You have no {name} timer."
        if not timers:
            return reply(lang, "timers.none", "You have no timers running.")
        if lang in LANGUAGES:
            parts = [
                word(lang, "timers.left", label=_label(t, lang), left=_left(t, now, lang))
                for t in timers
            ]
            text = _join_in(parts, lang)
            return text[0].upper() + text[1:] + "."
        parts = [f"your {_label(t)} has {_left(t, now)} left" for t in timers]
        text = _join(parts)
        return text[0].upper() + text[1:] + "."

    @intent(
        f"{_CANCEL} all [of] [my|the] (timers|countdowns)",
        f"{_CANCEL} [my|the] (timers|countdowns)",
    )
    def cancel_all_timers(self, ctx: SkillContext) -> str:
        """Cancel every running timer."""
        assert ctx.alerts is not None
        timers = ctx.alerts.list("timer")
        for alert in timers:
            ctx.alerts.cancel(alert.id)
        lang = ctx.language
        if not timers:
            return reply(lang, "timers.none", "You have no timers running.")
        if len(timers) == 1:
            return reply(
                lang, "timers.cancelled", "Cancelled your timer.", label=_label(timers[0], lang)
            )
        english = f"Cancelled all {len(timers)} timers."
        return reply(lang, "timers.cancelled_all", english, count=len(timers))

    @intent(
        f"{_CANCEL} [the|my] {_TIMER}",
        f"{_CANCEL} [the|my] {{name:phrase}} {_TIMER}",
        f"{_CANCEL} [the|my] {_TIMER} (called|named|for) {{name}}",
    )
    def cancel_timer(self, ctx: SkillContext, name: str = "") -> str | Reply:
        """Cancel one timer, by its name or its length."""
        assert ctx.alerts is not None
        timers = ctx.alerts.list("timer")
        lang = ctx.language
        if not timers:
            return reply(lang, "timers.none", "You have no timers running.")
        chosen = _named(timers, name, lang) if name else timers
        if lang in LANGUAGES:
            chosen = chosen or timers
            if len(chosen) > 1:
                names = _join_in([_label(t, lang) for t in chosen], lang)

                def which_in(answer: str) -> str | Reply:
                    return self.cancel_timer(ctx, answer.strip())

                asked = reply(lang, "timers.which", "", count=len(chosen), names=names)
                return ctx.ask(asked, which_in)
            ctx.alerts.cancel(chosen[0].id)
            return reply(lang, "timers.cancelled", "", label=_label(chosen[0], lang))
        if name and not chosen:
            return f"You have no {name} timer. You have {_join([_label(t) for t in timers])}."
        if len(chosen) > 1:
            names = _join([f"the {_label(t)}" for t in chosen])

            def which(answer: str) -> str | Reply:
                return self.cancel_timer(ctx, answer.strip().removeprefix("the "))

            return ctx.ask(f"You have {len(chosen)} timers: {names}. Which one?", which)
        ctx.alerts.cancel(chosen[0].id)
        return f"Cancelled your {_label(chosen[0])}."

    # --- alarms ------------------------------------------------------------------------------

    @intent(
        "(set|create|make|put) [an|a|my|the] alarm [on] (for|at) {time:daytime}",
        "(set|create|make|put) [an|a|my|the] alarm [on] (for|at) {time:daytime} "
        "(called|named|for) {name}",
        "(set|create|make|put) [an|a|my|the] alarm {time:when}",  # "... tomorrow at 7"
        "(i need|i want|give me) an alarm (for|at) {time:daytime}",
        "(set|create|make) [an|a] {time:daytime} alarm",
        "wake me [up] {time:when}",
        "alarm (for|at) {time:daytime}",
        "(set|create|make) [an|a] alarm",
        ask=asking({"time": "What time should the alarm go off?"}),
    )
    def set_alarm(self, ctx: SkillContext, time: When, name: str = "") -> str:
        """Set an alarm for a time of day: on the day said, else the next time the
        clock shows it."""
        assert ctx.alerts is not None
        now = ctx.now()
        due = time.resolve(now).replace(second=0, microsecond=0)
        label = f"{name} alarm" if name else "alarm"
        lang = ctx.language
        said = ClockTime(due.hour, due.minute).spoken(lang)
        for alert in ctx.alerts.list("alarm"):
            if abs(alert.due - due.timestamp()) < 30:
                return reply(
                    lang, "alarms.exists", f"You already have an alarm at {said}.", time=said
                )
        ctx.alerts.add(
            "alarm",
            name,
            due.timestamp(),
            reply(lang, "alarms.ring", f"It's {said}. Your {label} is going off.", time=said),
            reply(
                lang,
                "alarms.away",
                f"While you were away, your {said} {label} went off.",
                time=said,
            ),
        )
        if lang in LANGUAGES:
            return reply(lang, "alarms.set", "", time=said, day=day_word(lang, due, now))
        return f"Okay, {label} set for {said} {_day_word(due, now)}."

    @intent(
        *asking_which("alarms"),
        "(list|show [me]|tell me) [my|the|all] alarms",
        "when is my [next] alarm",
        "what time is my [next] alarm [set for]",
    )
    def list_alarms(self, ctx: SkillContext) -> str:
        """Say which alarms are set."""
        assert ctx.alerts is not None
        alarms = ctx.alerts.list("alarm")
        lang = ctx.language
        if not alarms:
            return reply(lang, "alarms.none", "You have no alarms set.")
        now = ctx.now()
        times = []
        for alert in alarms:
            moment = datetime.fromtimestamp(alert.due).astimezone()
            if lang in LANGUAGES:
                times.append(f"{_clock(moment, lang)} {day_word(lang, moment, now)}")
            else:
                times.append(f"{_clock(moment)} {_day_word(moment, now)}")
        if lang in LANGUAGES:
            return reply(lang, "alarms.list", "", times=_join_in(times, lang))
        noun = "an alarm" if len(times) == 1 else "alarms"
        return f"You have {noun} at {_join(times)}."

    @intent(
        "(cancel|delete|remove|turn off|disable) [the|my] alarm",
        "(cancel|delete|remove|turn off|disable) [the|my] alarm (for|at) {time}",
        "(cancel|delete|remove|turn off|disable) [the|my] {time} alarm",
    )
    def cancel_alarm(self, ctx: SkillContext, time: ClockTime | None = None) -> str | Reply:
        """Cancel an alarm, by its time when there are several."""
        assert ctx.alerts is not None
        alarms = ctx.alerts.list("alarm")
        lang = ctx.language
        if not alarms:
            return reply(lang, "alarms.none", "You have no alarms set.")
        if time is not None:
            alarms = [a for a in alarms if _alarm_time(a) == time]
            if not alarms:
                return f"You have no alarm at {time.spoken()}."
        if lang in LANGUAGES:
            if len(alarms) > 1:
                times = _join_in([_label(a, lang) for a in alarms], lang)
                asked = reply(lang, "alarms.which", "", count=len(alarms), times=times)
                return ctx.ask(asked, lambda answer: self._cancel_alarm_said(ctx, answer))
            ctx.alerts.cancel(alarms[0].id)
            return reply(lang, "alarms.cancelled", "", time=_label(alarms[0], lang))
        if len(alarms) > 1:
            times = _join([_label(a) for a in alarms])

            def which(answer: str) -> str | Reply:
                try:
                    chosen = parse_clock_time(answer.lower().replace("alarm", "").strip())
                except SlotError:
                    return "I didn't catch which alarm, so I left them all."
                return self.cancel_alarm(ctx, chosen)

            return ctx.ask(f"You have {len(alarms)} alarms: {times}. Which one?", which)
        ctx.alerts.cancel(alarms[0].id)
        return f"Cancelled your {_label(alarms[0])}."

    def _cancel_alarm_said(self, ctx: SkillContext, answer: str) -> str | Reply:
        """Which alarm to cancel, said in ``ctx.language``."""
        try:
            return self.cancel_alarm(ctx, parse_clock_time_in(answer, ctx.language))
        except SlotError as exc:
            return exc.question

    @intent("(cancel|delete|remove|turn off|disable) [all] [of] [my|the] alarms")
    def cancel_all_alarms(self, ctx: SkillContext) -> str:
        """Cancel every alarm."""
        assert ctx.alerts is not None
        alarms = ctx.alerts.list("alarm")
        for alert in alarms:
            ctx.alerts.cancel(alert.id)
        lang = ctx.language
        if not alarms:
            return reply(lang, "alarms.none", "You have no alarms set.")
        if lang in LANGUAGES:
            if len(alarms) == 1:
                return reply(lang, "alarms.cancelled", "", time=_label(alarms[0], lang))
            return reply(lang, "alarms.cancelled_all", "", count=len(alarms))
        return (
            "Cancelled your alarm." if len(alarms) == 1 else f"Cancelled all {len(alarms)} alarms."
        )


_WHICH_WORDS = (
    r"^(?:(?:el|la|los|le|les|celui|der|die|das|den|dem|du|des|de|del|d'|von|über|für|"
    r"temporizador|minuteur|timer)\s+)+"
)


def _alarm_time(alert: Alert) -> ClockTime:
    """The time of day an alarm rings."""
    moment = datetime.fromtimestamp(alert.due).astimezone()
    return ClockTime(moment.hour, moment.minute)


def _named(timers: list[Alert], name: str, language: str = "en") -> list[Alert]:
    key = name.lower().removesuffix(" timer").strip()
    if language in LANGUAGES:  # "el de diez minutos", "celui de dix minutes", "den für Tee"
        key = re.sub(_WHICH_WORDS, "", key).strip()
    found = [t for t in timers if t.name.lower() == key]
    if found:
        return found
    try:
        length = int(parse_duration(key) if language == "en" else parse_duration_in(key, language))
    except SlotError:
        return []
    return [t for t in timers if not t.name and abs((t.due - t.created) - length) < 2]
