"""The system prompt the language model answers with in conversation: the engine's
(who it is, how to speak) and what honesty asks of it.

A small model asked what it does not know invents ("The population of Mars is 2.9
billion."), and one asked about something false goes along with it. The prompt tells it
to say it does not know, that it has no live information, and to correct a false
premise. Questions that need live data do not reach the model at all (``live_data``);
this is for the rest. The text would belong in ``engines/llm.py`` with the rest of the
prompt; it is here while that module is being reworked.
"""

from __future__ import annotations

from hearth.assistant.engines.llm import SYSTEM_PROMPT
from hearth.assistant.languages import name

HONESTY = (
    "If you do not know something, or are not sure, say you don't know: never make up "
    "names, numbers, dates or facts. You have no internet and no live information, so for "
    "weather, news, scores, prices or anything else happening now, say you can't know it. "
    "If a question assumes something false, say that it is false and give the true fact."
)
CHAT_PROMPT = f"{SYSTEM_PROMPT} {HONESTY}"


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
