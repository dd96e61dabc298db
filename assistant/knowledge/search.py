"""Finding the article a question is about, and deciding whether it is sure enough to
answer from.

1. Only questions about something count (``question.parse``): no commands, chit-chat,
   or questions about the user, the assistant or what is happening now.
2. The subject must be named: some run of the question's words is an article's title
   or one of its names ("Mount Everest", "the second world war", "Beethoven"). A longer
   name wins ("Berlin Wall" over "Berlin"); between equal ones, the full-text score
   (BM25 over title, description and text) of the whole question decides.
3. The question's other words must fit that article: each appears in it, or is common
   in the encyclopedia (an attribute such as "tall", "born", "capital"). A rare word
   the article never mentions ("what is the capital of Wakanda", "when does the bakery
   on Elm Street open") means the question is about something else: no passage.

When no article is sure, the ranking by full-text score alone still stands (for the
evaluation's hit@k); the router then lets the language model answer on its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from hearth.assistant.knowledge.data import Article
from hearth.assistant.knowledge.index import Index
from hearth.assistant.knowledge.question import (
    Question,
    Shapes,
    asks_about_now_or_us,
    asks_for_a_number,
    parse,
)
from hearth.assistant.knowledge.words import words

COMMON = 20
"""A word found in at least this many of the 10,033 articles is common enough not to
name a subject of its own (see the README's measurements)."""
_LONGEST_NAME = 8


@dataclass(frozen=True)
class Candidate:
    id: int
    covered: frozenset[int]
    """The positions of the question's words that name the article."""
    whole: bool
    """Named by its whole title (not only by a shorter name such as a surname)."""
    score: float
    """BM25 of the whole question (lower is better; 0: not matched)."""
    after_of: bool = False
    """Named after "of": in "the capital of Japan" the subject is Japan, not the capital."""


@dataclass
class Finding:
    """What the search found for one question."""

    passage: Article | None = None
    """The article to answer from, when the search is sure of it."""
    ranked: list[str] = field(default_factory=list)
    """Titles, best first (named articles, then the full-text ranking)."""
    why: str = ""
    """Why there is no passage (for the evaluation and the logs)."""


def _fts_query(question: Question) -> str:
    terms = dict.fromkeys(w for w in question.content if w.isalnum())
    return " OR ".join(f'"{w}"' for w in terms)


def _subject(question: Question) -> set[int]:
    shapes = question.shapes
    return {
        k
        for k, w in enumerate(question.words)
        if w not in shapes.function_words and w not in shapes.asking
    }


def _of_before(found: tuple[str, ...], start: int, shapes: Shapes) -> int | None:
    """Where the "of" is that comes right before the name starting at ``start`` ("the
    capital of Japan"; "la capitale de la France"), if one does."""
    k = start - 1
    while k >= 0 and found[k] in shapes.between_of:
        k -= 1
    return k if k >= 0 and found[k] in shapes.of_words else None


def candidates(
    index: Index, question: Question, ranking: list[tuple[int, float]]
) -> list[Candidate]:
    """Articles named in the question, best first: a run of its words that is one of an
    article's names; or, for a name cut short ("Galileo", "the pyramids of Giza"), the
    one article among the best full-text matches whose title holds the most words of
    the question's subject."""
    found, shapes = question.words, question.shapes
    naming = shapes.function_words if shapes.asking_names else shapes.function_words | shapes.asking
    spans: dict[str, frozenset[int]] = {}
    for i in range(len(found)):
        for j in range(i + 1, min(len(found), i + _LONGEST_NAME) + 1):
            if any(w not in naming for w in found[i:j]):
                spans.setdefault(" ".join(found[i:j]), frozenset(range(i, j)))
    named = index.named(list(spans))
    match = _fts_query(question)
    scores = index.scores(match, [i for _, i, _ in named])
    listed = [
        Candidate(
            i,
            spans[name],
            whole,
            scores.get(i, 0.0),
            _of_before(found, min(spans[name]), shapes) is not None,
        )
        for name, i, whole in named
    ]
    subject = _subject(question)
    holders = []
    for i, score in ranking:
        title = set(words(index.article(i).title, question.language))
        covered = frozenset(k for k in subject if found[k] in title)
        if covered:
            holders.append(Candidate(i, covered, False, score))
    most = max((len(c.covered) for c in holders), default=0)
    best = [c for c in holders if len(c.covered) == most]
    if len(best) == 1:  # one article's title holds the most of the subject: "Galileo"
        listed += best
    listed.sort(key=lambda c: (-len(c.covered), not c.whole, not c.after_of, c.score))
    unique: dict[int, Candidate] = {}
    for candidate in listed:
        unique.setdefault(candidate.id, candidate)
    return list(unique.values())


def fits(index: Index, question: Question, candidate: Candidate) -> str:
    """'' when the rest of the question fits the named article, else why not."""
    found, shapes = question.words, question.shapes
    rest = [w for k, w in enumerate(found) if k not in candidate.covered]
    if asks_about_now_or_us(question, rest):
        return "about the user, the assistant or now"
    if found[0] in shapes.which and shapes.standing_out & set(rest):
        return "asks for the one that stands out in a category"
    asked: set[int] = set()  # "the boiling point of water": what is asked about water
    of = _of_before(found, min(candidate.covered), shapes) if candidate.after_of else None
    if of is not None:
        k = of - 1
        while k >= 0 and found[k] not in shapes.function_words:
            asked.add(k)
            k -= 1
    for k, word in enumerate(found):
        if k in candidate.covered or k in asked:
            continue
        if word in shapes.function_words or word in shapes.asking or not word.isalnum():
            continue
        if not index.mentions(candidate.id, word) and index.frequency(word) < COMMON:
            return f"{word!r} is not in {index.article(candidate.id).title!r}"
    return ""


def find(index: Index, text: str) -> Finding:
    """What ``index`` holds for ``text``, read as a question in the index's language."""
    question = parse(text, index.language)
    if question is None:
        return Finding(why="not a question about something")
    ranking = index.search(_fts_query(question), 5)
    named = candidates(index, question, ranking)
    ids = [c.id for c in named]
    ids += [i for i, _ in ranking if i not in ids]
    ranked = [index.article(i).title for i in ids[:5]]
    if not named:
        return Finding(ranked=ranked, why="no article is named")
    why = ""
    for candidate in named:
        if len(candidate.covered) < len(named[0].covered):
            break  # only the longest names: a shorter one is part of another subject
        why = fits(index, question, candidate)
        if not why:
            article = index.article(candidate.id)
            if asks_for_a_number(question) and not question.shapes.numbers.search(article.extract):
                return Finding(ranked=ranked, why=f"{article.title!r} gives no number")
            ranked = [article.title, *(t for t in ranked if t != article.title)]
            return Finding(article, ranked)
    return Finding(ranked=ranked, why=why)
