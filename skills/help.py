""" "What can you do?": the enabled skills, one example each."""

from __future__ import annotations

from hearth.assistant.skill import Skill, SkillContext, intent

from .translations import LANGUAGES, description, examples_of, phrases_of, say


class HelpSkill(Skill):
    name = "help"
    description = "Says what the assistant can do."
    examples = ("what can you do",)
    phrases = phrases_of("help")
    localized_examples = examples_of("help")

    @intent(
        "what can you do [for me]",
        "what else can you do",
        "what are you able to do",
        "what (skills|abilities|features|commands) do you have",
        "what are your (skills|abilities|features|commands)",
        "what can i (ask|say to|tell) [you]",
        "what (can|could) you help [me] with",
        "what (are you capable of|sort of things can you do|kind of things can you do)",
        "what do you do",
        "(help|help me|how do i use you|how does this work)",
        tool=False,
    )
    def what_can_you_do(self, ctx: SkillContext) -> str:
        """List the enabled skills with an example of each."""
        lang = ctx.language
        others = [s for s in ctx.enabled_skills() if s.name != self.name and s.example_in(lang)]
        if lang in LANGUAGES:
            if not others:
                return say(lang, "help.none")
            items = [
                say(
                    lang,
                    "help.item",
                    description=description(lang, s.name) or s.description.rstrip("."),
                    example=s.example_in(lang),
                )
                for s in others
            ]
            return " ".join([say(lang, "help.intro"), *items, say(lang, "help.outro")])
        if not others:
            return "Right now I can only chat; no skills are turned on."
        parts = [f"{s.description.rstrip('.')}: try '{s.example}'." for s in others]
        return "Here is what I can do. " + " ".join(parts) + " And you can just chat with me."
