"""Cut a reply that is still being written into pieces a voice can start on.

The language model writes a few tokens at a time. Waiting for the whole reply
before speaking wastes its generation time; speaking every token is impossible.
The first piece is cut early (at a comma after a few words) so that playback
starts soon; later pieces are whole sentences, which sound more natural. The
same limit as typed replies applies: at most ``max_sentences`` sentences.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from hearth.assistant.speech_text import for_speech

_SENTENCE = re.compile(r"[.!?][\"')\]]*\s")
_CLAUSE = re.compile(r"[,;:]\s|(?<=[^\W\d_]{2})[,;:]$")
"""A clause ends at a comma (semicolon, colon) and the space after it; a comma right
after a word ends it at once, without waiting ~30 ms for the next token ("1," may
still become "1,000")."""
_FIRST_SENTENCE_END = re.compile(r"[^\W\d_]{2}[.!?]$")
_FIRST_CLAUSE_WORDS = 2
"""The first piece may end at a comma after this many words ("In modern technology,",
"Of course,"): each token more is ~30 ms before the first sound on two cores. A single
word ("Yes,") is too short to say on its own."""
_LONG_RUN_WORDS = 18


class SpeechChunker:
    def __init__(self, max_sentences: int = 3) -> None:
        self._buffer = ""
        self._sentences = 0
        self._pieces = 0
        self.max_sentences = max_sentences

    @property
    def done(self) -> bool:
        """True once the sentence limit is reached: the rest would not be spoken."""
        return self._sentences >= self.max_sentences

    def feed(self, text: str) -> Iterator[str]:
        """Add generated text; yield every piece that is ready to be spoken."""
        if self.done:
            return
        self._buffer += text
        while not self.done:
            piece = self._cut()
            if piece is None:
                return
            if spoken := for_speech(piece):
                self._pieces += 1
                yield spoken

    def flush(self) -> Iterator[str]:
        """The reply is complete: yield what is left (a final sentence, if any)."""
        rest, self._buffer = self._buffer.strip(), ""
        if rest and not self.done and (spoken := for_speech(rest)):
            self._sentences += 1
            self._pieces += 1
            yield spoken

    def _cut(self) -> str | None:
        buf = self._buffer
        end = _SENTENCE.search(buf)
        if end is not None:
            self._sentences += 1
            self._buffer = buf[end.end() :]
            return buf[: end.end()]
        if self._pieces == 0:
            # The first piece ends with its first sentence at once, not one token later
            # when the space after it arrives; only after a word of two letters or more
            # ("25." may become "25.5", "p." may become "p.m.").
            if _FIRST_SENTENCE_END.search(buf):
                self._sentences += 1
                self._buffer = ""
                return buf
            # The first piece may end at a clause boundary, after a few words.
            for clause in _CLAUSE.finditer(buf):
                if len(buf[: clause.start()].split()) >= _FIRST_CLAUSE_WORDS:
                    self._buffer = buf[clause.end() :]
                    return buf[: clause.end()]
        words = buf.split(" ")
        if len(words) > _LONG_RUN_WORDS:  # a run-on without punctuation: cut at a word
            self._buffer = " ".join(words[_LONG_RUN_WORDS:])
            return " ".join(words[:_LONG_RUN_WORDS])
        return None


def pieces(text: str, max_sentences: int = 3) -> list[str]:
    """A complete reply (a skill's answer) cut the same way."""
    chunker = SpeechChunker(max_sentences)
    return [*chunker.feed(text), *chunker.flush()]
