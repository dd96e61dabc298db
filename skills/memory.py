"""Personal memory: "remember that my parking spot is B12", "where did I park?",
"what do you know about me?", "forget that".

Kept in one private SQLite file in the skill's folder (``memory_store``), never sent
anywhere. Questions find their fact by meaning-ish matching (``memory_match``), and
replies say it back in the second person ("Your parking spot is B12."). Forgetting
asks first and names what it will forget. The assistant also gives the language model
the few facts clearly about a question (see ``hearth.assistant.understanding.user_facts``).
"""

from __future__ import annotations

from hearth.assistant.skill import Skill, SkillContext, intent
from hearth.assistant.slots import SlotType, parse_text, register_slot_type

from .clause_wording import clause_back, introduced_by, main_order
from .memory_store import FILE, SCHEMA, WHAT, Fact, Memories
from .memory_wording import said_back, second_person
from .translations import LANGUAGES, asking, examples_of, join_in, phrases_of, say
from .translations import said_back as said_back_in

_QUESTION = (
    r"(?!(?:what|what's|whats|when|where|where's|who|who's|whom|whose|why|how|which|do|does|"
    r"did|can|could|is|are|was|were|will|would|should|shall|have|has|had)\b)"
)
_NOT_A_FACT = (
    r"(?!(?:i|we) (?:can't|cannot|can|don't|do not|didn't|did not|won't|will not|never|"
    r"always|want|need|have to|must|should|would|could|wonder|think|guess|hope)\b)"
)
_ABOUT_ME = r"(?:(?:my|our) \S+ \S+.*|(?:i|i'm|im|i've|i'd|we|we're|we've) \S+.*)"
for _name, _pattern in (
    # Something said about oneself, never a question: "my parking spot is B12", "I'm
    # allergic to nuts" ("note that the bins are out" is a note, not about the user).
    ("about_me", _QUESTION + _NOT_A_FACT + _ABOUT_ME),
    # That, or something said about a thing: "the gate code is 4512".
    ("statement", _QUESTION + _NOT_A_FACT + rf"(?:{_ABOUT_ME}|.+? (?:is|are|was|were) .+)"),
):
    register_slot_type(SlotType(_name, _pattern, parse_text, {"type": "string"}))
register_slot_type(
    SlotType(
        # A question about oneself: "where I parked", "my wife's birthday is".
        "mine",
        r"(?=(?:.* )?(?:my|i|i'm|i've|me|our|we|mine)(?: |$)).+",
        parse_text,
        {"type": "string"},
    )
)

_READ_LIMIT = 5
_TEACH = "Tell me with 'remember that ...'."
_PUT = "(park|parked|put|leave|left|keep|kept|hide|hid|store|stored|place|placed|lock|locked)"
_WHERE_THINGS = "(level|floor|spot|space|bay|row|gate|platform|terminal|room|seat|locker)"


def _memories(ctx: SkillContext) -> Memories:
    return Memories(ctx.database(FILE, SCHEMA, WHAT))


def _listed(facts: list[Fact]) -> str:
    return " ".join(f"{i + 1}: {said_back(f.text)}" for i, f in enumerate(facts))


def _that(facts: list[Fact]) -> str:
    """ "that your parking spot is B12, and that you parked on level 3"."""
    return ", and ".join(f"that {second_person(f.text)}" for f in facts)


def _fact_in(language: str, fact: Fact) -> str:
    """A fact said back in Spanish, French or German, to go inside a sentence: "eres
    alérgico a las nueces", "la reunión es a las 4" (kept with a capital: "Paul")."""
    said = clause_back(language, said_back_in(language, fact.text), indicative=True)
    first = said.split(" ", 1)[0]
    return said[:1].lower() + said[1:] if first.lower() in _SMALL_FIRST else said


_SMALL_FIRST = frozenset(
    ("el", "la", "los", "las", "un", "una", "le", "les", "l'", "der", "die", "das", "ein",
     "eine", "es", "il", "elle", "on", "wir", "nous", "nosotros")
)  # fmt: skip


def _facts_in(language: str, facts: list[Fact]) -> str:
    """ "tu plaza es la B12 y ..." in Spanish, French or German."""
    return join_in([_fact_in(language, f) for f in facts], language)


def _kept_aside(memories: Memories) -> str:
    kept = memories.kept_copies()
    if not kept:
        return ""
    names = ", ".join(p.name for p in kept)
    return (
        f" The damaged memories file{'s' if len(kept) > 1 else ''} kept aside ({names}) still "
        f"hold{'' if len(kept) > 1 else 's'} older ones, in {kept[0].parent}; delete "
        f"{'them' if len(kept) > 1 else 'it'} yourself if you want everything gone."
    )


class MemorySkill(Skill):
    name = "memory"
    description = "Remembers what you tell it about yourself, on this computer only."
    permissions = ("stores_data", "deletes_data")
    examples = ("remember that my parking spot is B12", "what do you know about me")
    phrases = phrases_of("memory")
    localized_examples = examples_of("memory")

    def __init__(self) -> None:
        self._last: tuple[int, ...] = ()
        """The facts "forget that" means: the last one remembered or recalled."""

    # --- remembering -------------------------------------------------------------------------

    @intent(
        "(remember|memorize|memorise) that {fact}",
        "(remember|memorize|memorise) {fact:statement}",
        "(remember|memorize|memorise) [something|this]",
        permissions=("stores_data",),
        ask=asking({"fact": "What should I remember?"}),
    )
    def remember(self, ctx: SkillContext, fact: str) -> str:
        """Remember something the user says about themselves, to recall it later."""
        memories = _memories(ctx)
        language = ctx.language if ctx.language in LANGUAGES else ""
        link = introduced_by(language, ctx.text, fact) if language else None
        if link == "dass":  # kept as a sentence of its own: "mein Parkplatz ist B12"
            fact = main_order(language, fact)
        kept = memories.add(fact, ctx.clock())
        if kept is None:
            return (
                say(language, "memory.missed")
                if language
                else f"I didn't catch what to remember. {_TEACH}"
            )
        self._last = (kept.fact.id,)
        if language:
            key = "memory.already" if kept.already else "memory.kept"
            that = link in ("que", "qu")  # "recordaré que eres alérgico a las nueces"
            told = say(language, key + "_that" * that, fact=_fact_in(language, kept.fact))
            if kept.replaced:  # "Y he olvidado lo anterior: tu plaza es la B12."
                older = _facts_in(language, list(kept.replaced))
                told += say(language, "memory.replaced", facts=older)
            return told
        if kept.already:
            return f"I already know that {second_person(kept.fact.text)}."
        told = f"Okay, I'll remember that {second_person(kept.fact.text)}"
        if kept.replaced:
            return f"{told}, and forget {_that(list(kept.replaced))}."
        return f"{told}."

    @intent(
        "(remember|memorize|memorise) (this|the following) {fact}",
        "i (need|want) you to remember [that] {fact}",
        "(don't|do not|never) forget that {fact}",
        "(don't|do not) forget {fact:statement}",
        "note that {fact:about_me}",
        "keep in mind that {fact}",
        "(fyi|for your information|[just] so you know|for the record|for future reference) "
        "[that] {fact:statement}",
        "{fact:statement} [so] [please] (remember that|remember this|remember it|remember|"
        "don't forget [that|it|this]|keep that in mind|make a note of that)",
        permissions=("stores_data",),
        tool=False,  # the same as ``remember``; the model is offered that one
    )
    def remember_said(self, ctx: SkillContext, fact: str) -> str:
        """Remember something the user says about themselves (other wordings)."""
        return self.remember(ctx, fact)

    # --- recalling ---------------------------------------------------------------------------

    @intent(
        f"where (did|do|have|had) (i|we) [just] {_PUT} [{{topic}}]",
        "(where|when|who) (is|are|was|were) my {topic}",
        "(where's|wheres|when's|whens|who's|whos) my {topic}",
        "(what|what's|whats) my {topic}",
        "what (is|are|was|were) my {topic}",
        f"(which|what) {_WHERE_THINGS} (did|do|am|was|were|is|are) {{topic:mine}}",
        "do you (remember|know) my {topic}",
        "do you (remember|know) (where|when|what|who|which|how) {topic:mine}",
        "remind me (what|where|when|who|which|how) {topic:mine}",
        "what did i (tell you|say) about {topic}",
        tool=False,
        permissions=(),
    )
    def recall(self, ctx: SkillContext, topic: str = "") -> str:
        """Say what the user asked to be remembered about this."""
        found = _memories(ctx).answers(ctx.text)
        if ctx.language in LANGUAGES:
            language = ctx.language
            if not found:
                return say(language, "memory.not_told")
            self._last = tuple(f.id for f in found)
            first = say(language, "memory.fact", fact=_fact_in(language, found[0]))
            rest = _facts_in(language, found[1:])
            return first + (say(language, "memory.also", facts=rest) if rest else "")
        if not found:
            asked = ctx.text.lower().rstrip(" ?.!")
            if topic and asked.startswith("what") and asked.endswith(f"my {topic.lower()}"):
                return f"You haven't told me your {topic}. {_TEACH}"
            return f"You haven't told me that. {_TEACH}"
        self._last = tuple(f.id for f in found)
        first = said_back(found[0].text)
        if len(found) == 1:
            return first
        return f"{first} You also told me {_that(found[1:])}."

    @intent(
        "what do you (know|remember) about {topic:mine}",
        "what have i told you about {topic}",
        "tell me what you (know|remember) about {topic:mine}",
        tool=False,
        permissions=(),
    )
    def recall_about(self, ctx: SkillContext, topic: str) -> str:
        """Say everything remembered about a topic ("my wife")."""
        found = _memories(ctx).about(topic)
        if not found:
            return f"You haven't told me anything about {second_person(topic)}. {_TEACH}"
        self._last = tuple(f.id for f in found)
        return " ".join(said_back(f.text) for f in found)

    @intent(
        "what (do|else do) you (know|remember) about (me|myself)",
        "what do you remember",
        "what have you (remembered|learned|learnt|memorized|memorised) [about me]",
        "what have i (told you|asked you to remember) [about (me|myself)]",
        "what did i (ask|tell) you to remember",
        "(list|show [me]|tell me|read [me]) [all] [of] (what you (know|remember) [about me]|"
        "your memories|my memories|everything you (know|remember) [about me])",
        "what's in your memory",
        "what is in your memory",
        permissions=(),
        tool=False,
    )
    def list_memories(self, ctx: SkillContext) -> str:
        """Say everything the user asked to be remembered."""
        facts = _memories(ctx).all()
        more = len(facts) - _READ_LIMIT
        if ctx.language in LANGUAGES:
            language = ctx.language
            if not facts:
                return say(language, "memory.none")
            key = "memory.list_one" if len(facts) == 1 else "memory.list"
            told = say(language, key, count=len(facts), items=_facts_in(language, facts[:5]))
            return told + (say(language, "memory.more", more=more) if more > 0 else "")
        if not facts:
            return f"You haven't asked me to remember anything yet. {_TEACH}"
        count = "one thing" if len(facts) == 1 else f"{len(facts)} things"
        rest = f" And {more} more: see them all in Settings, Privacy, Memory." if more > 0 else ""
        return f"You've told me {count}. {_listed(facts[:_READ_LIMIT])}{rest}"

    # --- forgetting --------------------------------------------------------------------------

    def _last_facts(self, ctx: SkillContext) -> list[Fact]:
        wanted = set(self._last)
        return [f for f in _memories(ctx).all() if f.id in wanted]

    def _confirm_last(self, ctx: SkillContext) -> str | None:
        facts = self._last_facts(ctx)
        if facts and ctx.language in LANGUAGES:
            return say(ctx.language, "memory.confirm", facts=_facts_in(ctx.language, facts))
        return f"Forget {_that(facts)}?" if facts else None

    @intent(
        "forget (that|this)",
        "forget what i [just] (said|told you)",
        "(forget|delete|erase|remove) the last (thing|fact) [i told you|you remembered]",
        "(don't|do not) remember that",
        permissions=("deletes_data",),
        confirm=_confirm_last,
        tool=False,
    )
    def forget_last(self, ctx: SkillContext) -> str:
        """Forget the fact just remembered or recalled."""
        gone = _memories(ctx).delete(self._last) if self._last else []
        self._last = ()
        if ctx.language in LANGUAGES:
            if not gone:
                return say(ctx.language, "memory.unsure")
            return say(ctx.language, "memory.forgotten", facts=_facts_in(ctx.language, gone))
        if not gone:
            return (
                "I'm not sure what to forget. Ask me what I know about you, then say "
                "forget and what it is."
            )
        return f"Okay, I've forgotten {_that(gone)}."

    def _matching(self, ctx: SkillContext, topic: str) -> list[Fact]:
        memories = _memories(ctx)
        return memories.answers(ctx.text) or memories.about(topic)

    def _confirm_thing(self, ctx: SkillContext, topic: str) -> str | None:
        facts = self._matching(ctx, topic)
        return f"Forget {_that(facts)}?" if facts else None

    @intent(
        "forget [about] my {topic}",
        "forget (where|when|what|who|which) {topic:mine}",
        "forget (that|the fact that) {topic:statement}",
        "forget what i (said|told you) about {topic}",
        "(delete|erase|remove) [the] (memory|memories|fact|facts) (about|of) {topic}",
        permissions=("deletes_data",),
        confirm=_confirm_thing,
        tool=False,
    )
    def forget_thing(self, ctx: SkillContext, topic: str) -> str:
        """Forget what the user said about something ("my parking spot")."""
        facts = self._matching(ctx, topic)
        if not facts:
            about = f"your {topic}" if f"my {topic}".lower() in ctx.text.lower() else topic
            about = second_person(about)
            return f"I don't know anything about {about}, so there's nothing to forget."
        gone = _memories(ctx).delete([f.id for f in facts])
        self._last = ()
        return f"Okay, I've forgotten {_that(gone)}."

    def _confirm_number(self, ctx: SkillContext, number: int) -> str | None:
        facts = _memories(ctx).all()
        if not 1 <= number <= len(facts):
            return None
        return f"Forget number {number}, {_that([facts[number - 1]])}?"

    @intent(
        "forget (number|item|memory|fact) {number}",
        permissions=("deletes_data",),
        confirm=_confirm_number,
        tool=False,
    )
    def forget_number(self, ctx: SkillContext, number: int) -> str:
        """Forget one remembered fact by its number in the list."""
        memories = _memories(ctx)
        facts = memories.all()
        if not 1 <= number <= len(facts):
            held = "nothing" if not facts else f"only {len(facts)}"
            return f"There's no number {number}: I remember {held}."
        gone = memories.delete([facts[number - 1].id])
        return f"Okay, I've forgotten {_that(gone)}."

    def _confirm_all(self, ctx: SkillContext) -> str | None:
        count = _memories(ctx).count()
        if count == 0:
            return None
        if ctx.language in LANGUAGES:
            key = "memory.confirm_all_one" if count == 1 else "memory.confirm_all"
            return say(ctx.language, key, count=count)
        if count == 1:
            return "Forget the one thing you asked me to remember?"
        return f"Forget all {count} things you asked me to remember?"

    @intent(
        "forget everything [you know] [about me]",
        "forget everything i (told you|said|asked you to remember)",
        "forget all [of] my (memories|facts|details)",
        "forget (all about me|who i am)",
        "(clear|erase|wipe|delete|reset|empty) (your|my|all) [of] [your|my|the] (memory|memories)",
        "(delete|erase|remove) (everything|all) you (know|remember) [about me]",
        permissions=("deletes_data",),
        confirm=_confirm_all,
        tool=False,
    )
    def forget_all(self, ctx: SkillContext) -> str:
        """Forget everything the user asked to be remembered."""
        memories = _memories(ctx)
        count = memories.clear()
        self._last = ()
        if ctx.language in LANGUAGES:
            done = say(ctx.language, "memory.forgot_all" if count else "memory.forgot_none")
            return done + _kept_aside(memories)  # the files' names and folder, in English
        if count == 0:
            done = "There was nothing to forget: you haven't asked me to remember anything."
        else:
            done = "Okay, I've forgotten everything you asked me to remember."
        return done + _kept_aside(memories)
