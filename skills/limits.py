"""What Hearth cannot do, said plainly: messages, calls, shopping, bookings, directions,
posting online and choosing music.

Asked to "order a large pepperoni pizza" or "email my boss that I'm sick", the language
model answered "Sure, I can help with that" (measured: 2 of 12 such requests, and a
thermostat "on your stove"): a promise it cannot keep, as Hearth never goes online and
is connected to no account, phone or map. These requests are told apart by their verb
and what follows it, said as a request (never a question about how to do it, which the
model answers well), and answered with what Hearth can do instead.
"""

from __future__ import annotations

from hearth.assistant.skill import Skill, SkillContext, intent

from .translations import phrases_of, reply

_A = "(a|an|some|me|us|my|the|me a|me an|us a)"


class LimitsSkill(Skill):
    name = "limits"
    description = (
        "What I can't do yet, said plainly: messages, calls, shopping, bookings, directions"
    )
    examples = ("send a text to mom",)
    phrases = phrases_of("limits")

    @intent(
        f"send {_A} (text|message|email|e-mail|sms|whatsapp|txt) [message] {{what}}",
        f"send {_A} (text|message|email|e-mail|sms|whatsapp|txt) [message]",
        "(text|email|e-mail|message|whatsapp) {what}",
        "send {what} (a|an) (text|message|email|e-mail|sms)",
        "reply to {what}",
        "read [me] my (messages|emails|e-mails|texts|inbox)",
        "(check|do i have [any]) [my] (messages|emails|e-mails|texts|inbox)",
    )
    def messages(self, ctx: SkillContext, what: str = "") -> str:
        """Say that Hearth cannot send or read messages."""
        english = (
            "I can't send or read messages and emails: I run only on this computer and "
            "I'm not connected to your accounts. I can take a note or set a reminder instead."
        )
        return reply(ctx.language, "limits.messages", english)

    @intent("(call|phone|dial|ring|facetime|video call) {who}")
    def calls(self, ctx: SkillContext, who: str = "") -> str:
        """Say that Hearth cannot make phone calls."""
        english = (
            "I can't make phone calls: I'm not connected to a phone. I can remind you to call."
        )
        return reply(ctx.language, "limits.calls", english)

    @intent(
        f"(order|buy|purchase) {_A} {{what}}",
        "(order|buy|purchase) {what} (online|on amazon|from amazon|for me)",
        "add {what} to [my] (amazon|online) (cart|basket)",
    )
    def shopping(self, ctx: SkillContext, what: str = "") -> str:
        """Say that Hearth cannot order or buy anything."""
        english = (
            "I can't order or buy anything: I never go online. I can put it on your shopping list."
        )
        return reply(ctx.language, "limits.shopping", english)

    @intent(
        f"(book|reserve) {_A} {{what}}",
        "(make|get) [me] a (reservation|booking) {what}",
    )
    def bookings(self, ctx: SkillContext, what: str = "") -> str:
        """Say that Hearth cannot book anything."""
        english = "I can't book anything: I never go online. I can remind you to do it."
        return reply(ctx.language, "limits.bookings", english)

    @intent(
        "(navigate|drive|take me|get me|give me directions|directions|route me) to {place}",
        "how do i get to {place}",
        "(where is|find) the nearest {place}",
    )
    def directions(self, ctx: SkillContext, place: str = "") -> str:
        """Say that Hearth cannot give directions."""
        english = "I can't give directions: I have no maps and I don't know where you are."
        return reply(ctx.language, "limits.directions", english)

    @intent(
        "(post|tweet|share|upload) {what} (on|to) {site}",
        "(post|tweet) {what}",
    )
    def posting(self, ctx: SkillContext, what: str = "", site: str = "") -> str:
        """Say that Hearth cannot post anything online."""
        english = "I can't post anything: I never go online."
        return reply(ctx.language, "limits.posting", english)

    @intent(
        "play (some|me some|me|my) {what}",
        "play {what} (music|songs|playlist|album|radio|podcast)",
        "put on (some|a|my) {what}",
    )
    def music(self, ctx: SkillContext, what: str = "") -> str:
        """Say that Hearth cannot choose music, and what it can do instead."""
        english = (
            "I can't choose music to play. I can pause, resume or skip what your media "
            "player is playing."
        )
        return reply(ctx.language, "limits.music", english)
