"""One turn, in order:

1. ``control``: stop/cancel words (which also drop a pending question), "repeat";
2. ``pending_question``: the answer to a question a skill just asked;
3. ``intent``: the skills' example phrases, matched deterministically;
   then ``live_data``: a question only live data answers (weather, scores, prices) is
   told it cannot be known offline, and no model is asked (unless the user told Hearth
   what answers it: "my GP surgery opens at 8");
4. ``llm_tool``: the language model picks a skill as a tool, held to a grammar
   (only when a cheap keyword gate finds candidate skills);
5. ``knowledge``: the model answers from the offline encyclopedia's passage (``grounding``;
   no side effects, so ``plan`` counts it as ``llm_chat``);
6. ``llm_chat``: the language model in conversation (the larger tier for harder
   questions when the user turned it on, else the small one).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import replace

from hearth.assistant.config import LLMConfig, SkillsConfig
from hearth.assistant.engines.llm import Cancel, ChatModel, Message
from hearth.assistant.hosting.host import Outcome, SkillHost
from hearth.assistant.skill import Skill
from hearth.assistant.speech_text import short_reply
from hearth.assistant.understanding import user_facts as facts
from hearth.assistant.understanding.control import NOTHING_TO_REPEAT, control_word, said
from hearth.assistant.understanding.grounding import Grounding
from hearth.assistant.understanding.intents import Handler, normalise_typography
from hearth.assistant.understanding.larger_tier import (
    SentenceGate,
    cut_short_notice,
    fallback_notice,
    is_hard,
    unanswered_notice,
)
from hearth.assistant.understanding.live_data import LiveTopic, honest_reply, live_topic
from hearth.assistant.understanding.premises import PremiseCheck
from hearth.assistant.understanding.prompting import CHAT_PROMPT, chat_prompt, in_language
from hearth.assistant.understanding.tool_calling import ToolCall, ToolGate
from hearth.assistant.understanding.tool_choice import ToolChooser
from hearth.assistant.understanding.turn_result import Decision, TurnResult

_LOGGER = logging.getLogger(__name__)

NO_ANSWER = "Sorry, I don't have an answer to that."


_CHAT = Decision("llm_chat")


class Router:
    def __init__(
        self,
        skills: Sequence[Skill],
        small: Callable[[], ChatModel],
        large: Callable[[], ChatModel] | None = None,
        config: LLMConfig | None = None,
        *,
        host: SkillHost | None = None,
        skills_config: SkillsConfig | None = None,
        grounding: Grounding | None = None,
    ) -> None:
        self.skills = list(skills)
        self.host = host or SkillHost(self.skills, skills_config)
        self._small = small
        self._large = large
        self.config = config or LLMConfig()
        self.last_reply = ""
        self.tools = ToolChooser(self.host, small)
        self.facts: facts.FactsSource | None = None
        """What the user asked to be remembered (``user_facts``); None: nothing."""
        self.grounding = grounding or Grounding()
        self.premises = PremiseCheck()

    def route(
        self,
        text: str,
        history: Sequence[Message] = (),
        on_token: Callable[[str], None] | None = None,
        cancel: Cancel | None = None,
        *,
        language: str = "en",
    ) -> TurnResult:
        """Answer ``text``, said in ``language`` (skills match that language's phrases and
        reply in it; the model is asked to answer in it). ``on_token`` receives the
        language model's reply as it is written; once ``cancel()`` is true the model stops
        between two tokens (a request to the larger tier's server is closed within a
        tenth of a second)."""
        started = time.perf_counter()
        text = normalise_typography(text).strip()
        result = self._route(text, history, on_token, started, cancel, language)
        result.language = language
        if cancel is not None and cancel():
            return self._done(result, started)  # stopped half-way: not a reply to repeat
        if result.path != "control" or result.reply not in (
            NOTHING_TO_REPEAT,
            said("nothing", language),
        ):
            self.last_reply = result.reply
        return self._done(result, started)

    def plan(self, text: str, *, language: str = "en") -> str:
        """The path ``route`` would take for ``text``, found without running anything:
        ``control``, ``pending_question``, ``intent``, ``llm_tool`` (when the keyword gate
        finds candidate skills, the model may call one) or ``llm_chat``. Only ``llm_chat``
        is free of side effects, so only it may be answered before the turn is certain
        (the voice loop's speculative replies)."""
        return self._decide(normalise_typography(text).strip(), language).path

    def chat(
        self,
        text: str,
        history: Sequence[Message] = (),
        on_token: Callable[[str], None] | None = None,
        cancel: Cancel | None = None,
        *,
        language: str = "en",
    ) -> TurnResult:
        """The ``llm_chat`` path alone: the language model answers, no skill can run and
        nothing is kept (not even ``last_reply``: the caller sets it once the reply is
        really given). For text that ``plan`` sent this way."""
        started = time.perf_counter()
        text = normalise_typography(text).strip()
        result = self._ask_llm(text, history, on_token, cancel, language)
        result.language = language
        result.timings_ms["route"] = 0.0
        return self._done(result, started)

    def _decide(self, text: str, language: str = "en") -> Decision:
        """Where ``text`` goes: the order of the paths, written once. ``route`` follows
        the decision and ``plan`` reports it, so the two cannot disagree. Nothing runs
        here: no skill, no language model."""
        control = control_word(text, language)
        if control is not None:
            return Decision("control", stop=control == "stop")
        match = self.host.match(text, language)
        if match is not None:
            decision = Decision("intent", match=match)
        elif (topic := live_topic(text, language=language)) and not facts.told(self.facts, text):
            decision = Decision("live_data", live=topic)
        else:
            candidates = self.tools.candidates(text)
            decision = Decision("llm_tool", candidates=candidates) if candidates else _CHAT
        if self.host.pending is None:
            return decision
        if not self.host.pending[0].yes_no and match is not None and not match.errors:
            return replace(decision, drops_question=True)  # a whole new request, not an answer
        return Decision("pending_question", otherwise=decision)

    def _route(
        self,
        text: str,
        history: Sequence[Message],
        on_token: Callable[[str], None] | None,
        started: float,
        cancel: Cancel | None = None,
        language: str = "en",
    ) -> TurnResult:
        decision = self._decide(text, language)
        decided = time.perf_counter()
        if decision.path == "control":
            if decision.stop:
                self.host.clear_pending()
                return TurnResult(text, said("stop", language), "control", path="control")
            again = self.last_reply or said("nothing", language)
            return TurnResult(text, again, "control", path="control")
        if decision.otherwise is not None:  # pending_question
            outcome = self.host.answer_pending(text, history, language)
            if outcome is not None:
                return self._skill_result(text, outcome, "pending_question", started)
            decision = decision.otherwise  # not an answer: the words are routed afresh
        if decision.drops_question:
            self.host.clear_pending()
        if decision.match is not None:
            outcome = self.host.run_match(decision.match, text, history)
            result = self._skill_result(text, outcome, "intent", started)
            result.timings_ms["route"] = (decided - started) * 1000
            return result
        if decision.live is not None:
            result = self._live_data(text, decision.live, history, on_token, cancel, language)
            result.timings_ms["route"] = (decided - started) * 1000
            return result
        if decision.candidates:
            tool_result = self._try_tools(text, decision.candidates, history, language)
            if tool_result is not None:
                tool_result.timings_ms["route"] = (decided - started) * 1000
                return tool_result
        asking = time.perf_counter()
        result = self._ask_llm(text, history, on_token, cancel, language)
        result.timings_ms["route"] = (decided - started) * 1000
        if asking - decided > 0.0005:
            result.timings_ms["tool_select"] = (asking - decided) * 1000
        return result

    @staticmethod
    def _skill_result(text: str, outcome: Outcome, path: str, started: float) -> TurnResult:
        result = TurnResult(
            text, outcome.reply, outcome.skill, path=path, expects_reply=outcome.expects_reply
        )
        result.timings_ms["route"] = (time.perf_counter() - started) * 1000
        return result

    # --- the language model with the skills as tools ----------------------------------------

    def gate(self) -> ToolGate:
        return self.tools.gate()

    def select_tool(self, text: str) -> tuple[ToolCall | None, str]:
        """The tool call the language model picks for ``text`` (see ToolChooser.select)."""
        return self.tools.select(text)

    def _try_tools(
        self,
        text: str,
        candidates: Sequence[Handler],
        history: Sequence[Message],
        language: str = "en",
    ) -> TurnResult | None:
        """The language model picks a skill; None when it picks none or writes nonsense."""
        started = time.perf_counter()
        call, _ = self.tools.choose(text, candidates)
        if call is None:
            return None
        chosen = time.perf_counter()
        outcome = self.host.call_tool(call.name, call.arguments, text, history, language)
        result = TurnResult(
            text,
            outcome.reply,
            outcome.skill,
            tier="small",
            where=self._small().where,
            path="llm_tool",
            expects_reply=outcome.expects_reply,
        )
        result.timings_ms["tool_select"] = (chosen - started) * 1000
        return result

    def warm_up(self, cancel: Cancel | None = None) -> None:
        """Run the small model once over the system prompt, so its keys are cached and the
        first real question does not pay for them (``cancel``: the loop is stopping)."""
        messages = [Message("system", CHAT_PROMPT), Message("user", "Hi")]
        for _ in self._small().stream(messages, 1, cancel):
            pass
        if not self.host.settings.llm_tools or (cancel is not None and cancel()):
            return  # the model picks no skills: its prompt for that would be read for nothing
        try:  # the skill-choosing prompt too (it only chooses; nothing runs)
            self.select_tool("turn the volume up a little")
        except Exception:
            _LOGGER.debug("warming up the tool prompt failed", exc_info=True)

    def _ask_llm(
        self,
        text: str,
        history: Sequence[Message],
        on_token: Callable[[str], None] | None,
        cancel: Cancel | None = None,
        language: str = "en",
    ) -> TurnResult:
        notice = ""
        # A monologue longer than the model can read is cut, and the user is told.
        limit = self._budget_chars() // 2
        if len(text) > limit:
            text = text[:limit].rsplit(" ", 1)[0]
            notice = "Your message was very long, so I only read the first part of it."
        prompt = chat_prompt(language)
        plain = [Message("system", prompt), *self._trim(history), Message("user", text)]
        step = self.grounding.ground(text, plain, language)  # 5. knowledge, in its language
        ungrounded = plain
        plain, notice = step.messages, " ".join(n for n in (notice, step.notice) if n)
        messages = facts.with_facts(plain, facts.facts_for(self.facts, text))
        if self._large is not None and is_hard(text):
            sent = messages if facts.stays_here(self.config.large) else plain  # never leave
            try:
                result = self._generate(
                    text, self._large, "large", sent, on_token, cancel, language=language
                )
                result.notice = " ".join(n for n in (notice, result.notice) if n)
                return step.mark(result)
            except Exception as exc:  # whatever broke up there, the small model still answers
                notice = " ".join(n for n in (notice, fallback_notice(exc)) if n)
            if cancel is not None and cancel():  # stopped while it waited: no answer wanted
                return TurnResult(text, "", "llm", tier="large", notice=notice)
        # What the question takes for granted, checked first when its (English) form
        # assumes something ("why is the sun cold"): a false one is corrected.
        grounded, premise = (messages if step.source is not None else None), None
        if language == "en":
            premise = self.premises.check(text, ungrounded, self._small(), cancel, grounded)
        if premise is not None:
            messages = self.premises.corrected(messages, premise)
        result = self._generate(
            text, self._small, "small", messages, on_token, cancel, language=language
        )
        result.notice = notice
        if premise is not None:
            result.timings_ms["premise_check"] = premise.ms
            result.premise = premise.question if premise.holds is False else None
        return step.mark(result)

    def _live_data(
        self,
        text: str,
        topic: LiveTopic,
        history: Sequence[Message],
        on_token: Callable[[str], None] | None,
        cancel: Cancel | None,
        language: str = "en",
    ) -> TurnResult:
        """Said honestly that it cannot be known offline; or, when the user says their
        larger model can look things up (``llm.large.live_data``), asked of it."""
        notice = ""
        if self._large is not None and self.config.large.live_data:
            prompt = chat_prompt(language)
            messages = [Message("system", prompt), *self._trim(history), Message("user", text)]
            try:
                result = self._generate(text, self._large, "large", messages, on_token, cancel)
                return replace(result, path="live_data")
            except Exception as exc:  # no model may guess in its place: the honest reply
                notice = unanswered_notice(exc)
        reply = honest_reply(topic, language)
        return TurnResult(text, reply, "assistant", path="live_data", notice=notice)

    def _budget_chars(self) -> int:
        """Room for the conversation in the context window, in characters (~3 per token)."""
        return (self.config.context_tokens - self.config.max_reply_tokens - 200) * 3

    def _generate(
        self,
        text: str,
        factory: Callable[[], ChatModel],
        tier: str,
        messages: list[Message],
        on_token: Callable[[str], None] | None,
        cancel: Cancel | None = None,
        *,
        language: str = "en",
    ) -> TurnResult:
        """``language``: the language the reply is asked for (the prompt says so)."""
        messages, loading = in_language(messages, language), time.perf_counter()
        model = factory()
        started = time.perf_counter()
        first: float | None = None
        pieces: list[str] = []
        # The larger tier's reply is passed on whole sentences at a time (see larger_tier).
        gate = SentenceGate(on_token) if tier == "large" else None
        notice = ""
        try:
            for piece in model.stream(messages, self.config.max_reply_tokens, cancel):
                if cancel is not None and cancel():
                    break  # the generator is closed here: the model stops now
                if first is None:
                    first = time.perf_counter()
                pieces.append(piece)
                if gate is not None:
                    gate.feed(piece)
                elif on_token:
                    on_token(piece)
            if gate is not None and not (cancel is not None and cancel()):
                gate.flush()
        except Exception as exc:
            if gate is None or not gate.given:
                raise  # nothing was passed on: the caller may still answer another way
            pieces, notice = [gate.given], cut_short_notice(exc)
        done = time.perf_counter()
        reply = short_reply("".join(pieces)) or NO_ANSWER
        timings = {
            "llm_load": (started - loading) * 1000,
            "llm_first_token": ((first or done) - started) * 1000,
            "llm_total": (done - started) * 1000,
            "llm_tokens": float(len(pieces)),
        }
        return TurnResult(
            text,
            reply,
            "llm",
            path="llm_chat",
            tier=tier,
            where=model.where,
            notice=notice,
            timings_ms=timings,
        )

    def _trim(self, history: Sequence[Message]) -> list[Message]:
        """Keep the most recent turns that fit comfortably in the context window."""
        budget = self._budget_chars() // 2
        kept: list[Message] = []
        for message in reversed(history):
            budget -= len(message.content) + 16
            if budget < 0:
                break
            kept.append(message)
        return kept[::-1]

    @staticmethod
    def _done(result: TurnResult, started: float) -> TurnResult:
        result.timings_ms["total"] = (time.perf_counter() - started) * 1000
        return result
