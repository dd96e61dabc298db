"""Reminders at a time or after a delay: "remind me to call mom at 5 pm"."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from hearth.assistant.skill import Reply, Skill, SkillContext, When, intent

from .clause_wording import clause_back, introduced_by
from .phrases import asking_which
from .timers import _day_word, _join
from .translations import (
    LANGUAGES,
    asking,
    day_word,
    examples_of,
    join_in,
    phrases_of,
    reply,
    said_back,
    word,
)

_REMIND = "(remind|tell) me"


def _spoken_task(task: str) -> str:
    """ "to call my mom" in the user's words becomes "call your mom" when said back."""
    words = task.strip().removeprefix("to ").split()
    swap = {"my": "your", "me": "you", "i": "you", "i'm": "you're", "myself": "yourself"}
    return " ".join(swap.get(w.lower(), w) for w in words).rstrip(".")


class RemindersSkill(Skill):
    name = "reminders"
    description = "Reminders at a time or after a delay."
    examples = ("remind me to call mom at 5 pm",)
    phrases = phrases_of("reminders")
    localized_examples = examples_of("reminders")

    @intent(
        f"{_REMIND} to {{task}} {{when}}",
        f"{_REMIND} {{when}} to {{task}}",
        f"{{when}} {_REMIND} to {{task}}",
        "remind me (about|of) {task} {when}",  # "tell me about ..." asks for knowledge
        "remind me {when} (about|of) {task}",
        "remind me that {task} {when}",
        "remind me {when} that {task}",
        "remind me that {when} {task}",
        "(set|create|add) [a] reminder (to|for) {task} {when}",
        "(set|create|add) [a] reminder {when} to {task}",
        "(set|create|add) [a] reminder for {when} to {task}",
        f"{_REMIND} to {{task}}",
        "(set|create|add) [a] reminder (to|for) {task}",
        "(set|create|add) [a] reminder",
        ask=asking(
            {"task": "What should I remind you about?", "when": "When should I remind you?"}
        ),
    )
    def remind(self, ctx: SkillContext, task: str, when: When) -> str:
        """Remind the user of something at a time of day or after a delay."""
        assert ctx.alerts is not None
        now = ctx.now()
        lang = ctx.language
        due = when.resolve(now)
        if lang in LANGUAGES:
            said = said_back(lang, task)
            key = "reminders.set"
            link = introduced_by(lang, ctx.text, task)
            if link in ("que", "qu", "dass"):  # "que llames a tu madre"
                said = ("dass " if link == "dass" else "que ") + clause_back(lang, said)
                key = "reminders.set_that"
            ring = reply(lang, "reminders.ring", "", task=said)
            ctx.alerts.add(
                "reminder",
                said,
                due.timestamp(),
                ring,
                reply(lang, "reminders.away", "", task=said),
            )
            return reply(lang, key, "", task=said, when=_when_in(lang, due, now, when))
        said = _spoken_task(task)
        form = introduced_by("en", ctx.text, task) or "to"
        to_do = form == "to" and not said.lower().startswith(("the ", "your "))
        ctx.alerts.add(
            "reminder",
            said,
            due.timestamp(),
            f"Reminder: {said}.",
            f"While you were away, it was time to {said}."
            if to_do
            else f"While you were away, a reminder: {said}.",
        )
        how = {"to": "to", "that": "that"}.get(form, "about")
        return f"Okay, I'll remind you {how} {said} {_when_words(due, now, when)}."

    @intent(
        *asking_which("reminders"),
        "(list|show [me]|tell me|read [me]) [my|the|all] [of] [my] reminders",
        "what are my reminders",
    )
    def list_reminders(self, ctx: SkillContext) -> str:
        """Say which reminders are coming up."""
        assert ctx.alerts is not None
        reminders = ctx.alerts.list("reminder")
        lang = ctx.language
        if not reminders:
            return reply(lang, "reminders.none", "You have no reminders.")
        now = ctx.now()
        if lang in LANGUAGES:
            items = join_in(
                [
                    f"{r.name} {_when_in(lang, datetime.fromtimestamp(r.due).astimezone(), now)}"
                    for r in reminders
                ],
                lang,
            )
            key = "reminders.list_one" if len(reminders) == 1 else "reminders.list"
            return reply(lang, key, "", count=len(reminders), items=items)
        parts = [
            f"{r.name} {_when_words(datetime.fromtimestamp(r.due).astimezone(), now)}"
            for r in reminders
        ]
        return f"You have {len(parts)} reminder{'s' if len(parts) > 1 else ''}: {_join(parts)}."

    def _cancel_in(self, ctx: SkillContext, reminders: list[Any], task: str) -> str | Reply:
        """Cancel reminders, said in ``ctx.language`` (all of them when no task is named)."""
        assert ctx.alerts is not None
        lang = ctx.language
        if task:
            key = said_back(lang, task).lower()
            reminders = [r for r in reminders if key in r.name.lower()]
            if not reminders:
                return reply(lang, "reminders.no_such", "", task=said_back(lang, task))
        for reminder in reminders:
            ctx.alerts.cancel(reminder.id)
        if len(reminders) == 1:
            return reply(lang, "reminders.cancelled", "", task=reminders[0].name)
        return reply(lang, "reminders.cancelled_all", "", count=len(reminders))

    @intent(
        "(cancel|delete|remove|forget) [the|my] reminder",
        "(cancel|delete|remove|forget) [the|my] reminder (to|about) {task}",
        "(cancel|delete|remove|forget) all [of] [my|the] reminders",
        "(cancel|delete|remove|forget) [my|the] reminders",
        permissions=(),
    )
    def cancel_reminder(self, ctx: SkillContext, task: str = "") -> str | Reply:
        """Cancel a reminder (by what it is about), or all of them."""
        assert ctx.alerts is not None
        reminders = ctx.alerts.list("reminder")
        lang = ctx.language
        if not reminders:
            return reply(lang, "reminders.none", "You have no reminders.")
        if lang in LANGUAGES:
            return self._cancel_in(ctx, reminders, task)
        if task:
            key = _spoken_task(task).lower()
            reminders = [r for r in reminders if key in r.name.lower()]
            if not reminders:
                return f"You have no reminder to {_spoken_task(task)}."
        elif len(reminders) > 1 and "reminders" not in ctx.text.lower():
            names = _join([r.name for r in reminders])

            def which(answer: str) -> str | Reply:
                return self.cancel_reminder(ctx, answer.removeprefix("the ").strip())

            return ctx.ask(f"You have {len(reminders)} reminders: {names}. Which one?", which)
        for reminder in reminders:
            ctx.alerts.cancel(reminder.id)
        if len(reminders) == 1:
            return f"Okay, I won't remind you to {reminders[0].name}."
        return f"Cancelled all {len(reminders)} reminders."


def _when_in(language: str, due: datetime, now: datetime, when: When | None = None) -> str:
    """ "dentro de 10 minutos", "à 17 heures aujourd'hui", "heute um 17 Uhr"."""
    from hearth.assistant.skill import ClockTime, Duration

    if when is not None and when.delay is not None:
        return word(language, "reminders.in", duration=Duration(when.delay).spoken(language))
    at = ClockTime(due.hour, due.minute).spoken(language)
    return word(language, "reminders.at", time=at, day=day_word(language, due, now))


def _when_words(due: datetime, now: datetime, when: When | None = None) -> str:
    if when is not None and when.delay is not None:
        from hearth.assistant.slots import spoken_duration

        return f"in {spoken_duration(when.delay)}"
    from hearth.assistant.skill import ClockTime

    return f"at {ClockTime(due.hour, due.minute).spoken()} {_day_word(due, now)}"
