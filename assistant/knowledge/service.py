"""The offline encyclopedia as the assistant uses it: loaded once, in the background,
and asked for the passage a question is about.

Nothing is read at start-up. The first request that looks like a question about
something (``question.parse``: cheap, no file touched) starts the loading thread; the
desktop app starts it once the models are loaded. Loading checks the data file (size
and SHA-256, ~0.1 s) and opens the cached index (or builds it, ~1 s, once per data
version). A question waits for that at most ``wait_s``; skills and commands never wait,
they are decided before the encyclopedia is asked.

When the data is missing or damaged, the error (with its fix) is kept: ``find`` finds
nothing, the assistant answers as if there were no encyclopedia, and the first such
question's reply carries the notice (``take_notice``), once.

One ``Knowledge`` is one language's encyclopedia; a ``Library`` holds one per language,
each made and loaded on that language's first question (a Spanish question loads only
the Spanish one). A damaged Spanish file leaves English, French and everything else
working.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path

from hearth.assistant.errors import AssistantError, KnowledgeError
from hearth.assistant.knowledge import data, search
from hearth.assistant.knowledge.index import Index, open_index
from hearth.assistant.knowledge.question import parse
from hearth.assistant.knowledge.search import Finding
from hearth.assistant.paths import cache_dir

_LOGGER = logging.getLogger(__name__)

WAIT_S = 15.0
"""The longest a question waits for the encyclopedia to load (it takes ~1 s)."""


class Knowledge:
    """``path``: the data file (default: the installed package's, or
    ``HEARTH_KNOWLEDGE_FILE``, ``HEARTH_KNOWLEDGE_FILE_ES``...); ``language``: the
    language of its articles and questions (en, es, fr); ``checked``: compare it with
    the recorded size and SHA-256 (off only for a test's own small encyclopedia);
    ``cache``: the folder of the index (default: the cache folder's ``knowledge``)."""

    def __init__(
        self,
        path: Path | None = None,
        *,
        language: str = "en",
        checked: bool = True,
        cache: Path | None = None,
        wait_s: float = WAIT_S,
    ) -> None:
        if data.edition(language) is None:
            raise KnowledgeError(f"There is no offline encyclopedia in {language!r}.")
        self.language = language
        self._path = path
        self._checked = checked
        self._cache = cache
        self.wait_s = wait_s
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._loaded = threading.Event()
        self._index: Index | None = None
        self.error: AssistantError | None = None
        self._told = False
        self.load_s: float | None = None
        """Seconds loading took (checking the data, opening or building the index)."""

    @property
    def index(self) -> Index | None:
        return self._index

    def start(self) -> None:
        """Load in the background (once; later calls do nothing)."""
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._load, name=f"hearth-knowledge-{self.language}", daemon=True
                )
                self._thread.start()

    def wait(self, timeout: float | None = None) -> bool:
        """Start loading if needed and wait for it; whether the encyclopedia is usable."""
        self.start()
        self._loaded.wait(self.wait_s if timeout is None else timeout)
        return self._index is not None

    def _load(self) -> None:
        started = time.perf_counter()
        try:
            path = self._path or data.locate(self.language)
            file = (
                data.checked(path, self.language)
                if self._checked
                else data.verify(path, None, None, self.language)
            )
            self._index = open_index(file, data.read_articles, self._cache or default_cache())
        except AssistantError as exc:
            self.error = exc
            _LOGGER.warning("the offline encyclopedia cannot be used: %s", exc)
        except Exception as exc:  # a bug must not take the assistant down with it
            self.error = KnowledgeError(
                f"The offline encyclopedia could not be loaded ({type(exc).__name__}: {exc}).",
                data.fix(),
            )
            _LOGGER.exception("loading the offline encyclopedia failed")
        finally:
            self.load_s = time.perf_counter() - started
            self._loaded.set()

    def find(self, text: str) -> Finding:
        """The passage ``text`` asks about, when the search is sure (see ``search``)."""
        if parse(text, self.language) is None:
            return Finding(why="not a question about something")
        if not self.wait():
            why = self.error.message if self.error else "the encyclopedia is still loading"
            return Finding(why=why)
        assert self._index is not None
        try:
            return search.find(self._index, text)
        except Exception as exc:  # sqlite on a disk that went away: answer without it
            _LOGGER.warning("searching the offline encyclopedia failed: %s", exc)
            return Finding(why=f"the search failed ({exc})")

    def take_notice(self) -> str:
        """What the user should be told about the encyclopedia, once: '' when all is
        well (or they were told already)."""
        if self.error is None or self._told:
            return ""
        self._told = True
        fix = f" {self.error.fix}" if self.error.fix else ""
        return f"{self.error.message}{fix}"


def default_cache() -> Path:
    return cache_dir() / "knowledge"


class Library:
    """The encyclopedias by language, each made on its language's first question and
    loaded in the background as ``Knowledge`` is. ``make``: how one is made (default:
    the installed data of that language); ``given``: encyclopedias to use as they are
    (tests: a small one), the only ones then."""

    def __init__(
        self,
        make: Callable[[str], Knowledge] | None = None,
        given: dict[str, Knowledge] | None = None,
    ) -> None:
        self._make = make or (lambda language: Knowledge(language=language))
        self._shelf: dict[str, Knowledge] = dict(given or {})
        self._only = given is not None and make is None
        self._lock = threading.Lock()

    @classmethod
    def of(cls, knowledge: Knowledge | Library) -> Library:
        """``knowledge`` as a library: one encyclopedia is the only one, in its language."""
        if isinstance(knowledge, Library):
            return knowledge
        return cls(given={knowledge.language: knowledge})

    @property
    def languages(self) -> list[str]:
        """The languages an encyclopedia can be had in."""
        return list(self._shelf) if self._only else list(data.EDITIONS)

    def get(self, language: str) -> Knowledge | None:
        """``language``'s encyclopedia (made now, not yet loaded), or None when there is
        none (German: the language model answers alone)."""
        with self._lock:
            if language not in self._shelf:
                if self._only or data.edition(language) is None:
                    return None
                self._shelf[language] = self._make(language)
            return self._shelf[language]

    def start(self, language: str) -> None:
        """Load ``language``'s encyclopedia in the background now (if it has one)."""
        knowledge = self.get(language)
        if knowledge is not None:
            knowledge.start()

    def loaded(self) -> list[Knowledge]:
        """The encyclopedias made so far."""
        with self._lock:
            return list(self._shelf.values())
