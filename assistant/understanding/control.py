"""Control words, answered before anything else: stop/cancel (which also drop a question
a skill is waiting on) and "repeat" / "say that again" (the last reply once more)."""

from __future__ import annotations

import re

_STOP = re.compile(
    r"^(?:hey |ok |okay )?(?:please )?(stop|cancel|never ?mind|forget it|be quiet|quiet|"
    r"shut up|that's all|that is all)(?: please)?$"
)
_REPEAT = re.compile(
    r"^(?:hey |ok |okay )?(?:please |can you |could you )*(?:repeat(?: that| it| yourself)?|"
    r"say (?:that|it) again|what did you (?:just )?say|come again|pardon(?: me)?|"
    r"sorry what|i didn't (?:catch|hear) that|one more time)(?: please)?$"
)
NOTHING_TO_REPEAT = "I haven't said anything yet."


def control_word(text: str) -> str | None:
    """``stop``, ``repeat`` or None: lower case, without punctuation, the whole utterance."""
    phrase = re.sub(r"[^\w' ]", "", text.lower()).strip()
    if _STOP.match(phrase):
        return "stop"
    if _REPEAT.match(phrase):
        return "repeat"
    return None
