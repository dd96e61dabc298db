"""The wake phrase, spotted in what the speech model heard.

No wake-word model with a ready "hey ..." head is available offline (the
openWakeWord family downloads theirs), and training one per phrase is not what
a user changing a setting expects. So the phrase is any words the user likes,
and the loop transcribes each short utterance and checks whether it begins with
the phrase, tolerating the ways Whisper spells it ("Hey, computer!", "Hi
computer", "A computer"). What follows the phrase in the same breath is the
request ("hey computer what time is it").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

_GREETINGS = {"hey", "hi", "hay", "a", "ay", "eh", "hei", "he", "hello", "okay", "ok", "oh"}
_THRESHOLD = 0.7


def _words(text: str) -> list[str]:
    return re.sub(r"[^\w' ]+", " ", text.lower()).split()


@dataclass(frozen=True)
class WakeMatch:
    heard: str
    """The words taken as the wake phrase."""
    rest: str
    """What the user said after it (may be empty)."""
    score: float


class WakePhrase:
    def __init__(self, phrase: str) -> None:
        self.phrase = phrase.strip()
        self._words = _words(phrase)
        if not self._words:
            raise ValueError("empty wake phrase")

    def match(self, transcript: str) -> WakeMatch | None:
        """The wake phrase at the start of ``transcript`` (after at most one filler word)."""
        words = _words(transcript)
        n = len(self._words)
        best: tuple[float, int, int] | None = None
        for skip in (0, 1):
            for take in (n - 1, n, n + 1):
                if take < 1 or skip + take > len(words):
                    continue
                score = self._score(words[skip : skip + take])
                if best is None or score > best[0]:
                    best = (score, skip, take)
        if best is None or best[0] < _THRESHOLD:
            return None
        score, skip, take = best
        heard = " ".join(words[skip : skip + take])
        rest = self._rest(transcript, skip + take)
        return WakeMatch(heard, rest, round(score, 3))

    def _score(self, candidate: list[str]) -> float:
        target = list(self._words)
        # The greeting word is the least reliable part; any greeting counts as the greeting,
        # and without one it is not the wake phrase ("the computer is broken").
        if target[0] in _GREETINGS:
            if not candidate or candidate[0] not in _GREETINGS:
                return 0.0
            target, candidate = target[1:], candidate[1:]
        if not target:
            return 1.0
        joined = " ".join(candidate)
        return SequenceMatcher(None, " ".join(target), joined).ratio()

    @staticmethod
    def _rest(transcript: str, skip_words: int) -> str:
        """The transcript after its first ``skip_words`` words, punctuation trimmed."""
        pattern = rf"^\W*(?:[\w']+\W*?){{{skip_words}}}" if skip_words else r"^"
        tail = re.sub(pattern, "", transcript.strip(), count=1)
        return tail.lstrip(" ,.!?;:-").strip()
