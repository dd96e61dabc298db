"""The system prompt the language model answers with in conversation, in one place: who
it is, how to speak, and what honesty asks of it.

A small model asked what it does not know invents ("The population of Mars is 2.9
billion."), and one asked about something false goes along with it. The prompt tells it
to say it does not know, that it has no live information, and to correct a false
premise. Questions that need live data do not reach the model at all (``live_data``),
and a question whose form takes something for granted has it checked first
(``premises``); this is for the rest. The same text starts every conversation, so its
processed form is computed once and kept (``engines/llama_state``: a changed prompt
only means it is computed again).
"""

from __future__ import annotations

from hearth.assistant.engines.llm import ASSISTANT_NAME, Message
from hearth.assistant.languages import name

PERSONA = (
    f"You are {ASSISTANT_NAME}, a friendly voice assistant running privately on the user's "
    "computer. Your words are spoken aloud: answer in one or two short sentences of plain "
    "English, with no lists, no markdown and no emojis. Be correct and direct."
)
HONESTY = (
    "If you do not know something, or are not sure, say you don't know: never make up "
    "names, numbers, dates or facts. You have no internet and no live information, so for "
    "weather, news, scores, prices or anything else happening now, say you can't know it. "
    "If a question assumes something false, say that it is false and give the true fact. "
    "You know nothing about the user's own life (what they did, have or plan) beyond what "
    "they asked you to remember: otherwise say they haven't told you."
)
CHAT_PROMPT = f"{PERSONA} {HONESTY}"
"""The conversation's system prompt: the only one (the skill-choosing pass has its own
task, in ``tool_calling``)."""


def chat_prompt(language: str = "en") -> str:
    """The system prompt for a question asked in ``language``: the same rules, the
    answer in that language (the English one word for word for English)."""
    if language == "en":
        return CHAT_PROMPT
    spoken = name(language)
    return (
        CHAT_PROMPT.replace("plain English", f"plain {spoken}")
        + f" The user speaks {spoken}: always answer in {spoken}."
    )


_ANSWER_IN = {
    "es": "(Responde en español.)",
    "fr": "(Réponds en français.)",
    "de": "(Antworte auf Deutsch.)",
}


def in_language(messages: list[Message], language: str) -> list[Message]:
    """``messages`` with a reminder of the reply's language after the question, written
    in that language. The system prompt says it too, but Qwen 1.5B, with the whole
    conversation between it and the question, answered "Wer war Marie Curie?" in
    English; said last, in German, it is followed. English needs no reminder."""
    note = _ANSWER_IN.get(language)
    if note is None or not messages:
        return messages
    last = messages[-1]
    return [*messages[:-1], Message(last.role, f"{last.content}\n{note}")]
