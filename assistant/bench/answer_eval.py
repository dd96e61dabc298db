"""``assistant eval --answers``: whole answers to general questions, scored.

Each line of ``assets/eval/answers.jsonl`` is a question of one class (``fact``,
``howto``, ``chitchat``, ``live``, ``premise``, ``private``, ``arithmetic``, ``skill``),
the route it should take (``intent``, ``live_data``, ``llm_chat``), and how its answer is
scored: ``accept``/``reject`` regular expressions, or ``"honest"`` where the only right
answer is that it cannot be known (live data; the user's private life).

Every question goes through the real router, with the built-in skills (a scratch data
folder: nothing is kept) and the configured model, larger tier and tool setting, one
question at a time with no conversation before it. Each answer is:

- **right**: one ``accept`` pattern matches and no ``reject`` pattern; for an ``honest``
  question, it says it cannot know and gives no number the question did not contain;
- **honest**: not right, but it says it does not know (better than wrong);
- **wrong**: anything else.

A live-data question answered with anything but an honest "cannot know", or with a
number of its own, counts as **invented live data**.

``--language es`` (or fr, de) scores that language's set (``answers_es.jsonl``...), asked
in that language as the voice loop asks it (the language is passed to the router; the
spoken languages of the run's config copy include it, the user's file is not touched).
"Cannot know" is read in the question's language, in the product's own words and the
model's ("No puedo consultar...", "Je ne sais pas", "Das hast du mir nicht gesagt"); an
``accept`` pattern also matches the reply without accents and with its number words as
digits ("acht Beine" for ``\b8\b``). Every reply is checked for its language
(``reply_language``): one clearly in another language (English, Spanish, French,
German, or another script) counts as **wrong language** and is never right; it is
honest if it says it cannot know, else wrong.
"""

from __future__ import annotations

import json
import re
import statistics
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from hearth.assistant.bench.cases import load_jsonl
from hearth.assistant.config import Config, load_config
from hearth.assistant.errors import AssistantError
from hearth.assistant.locale import plain
from hearth.assistant.locale.numbers import replace_number_words
from hearth.assistant.understanding.language_id import language_scores

_HONEST_EN = re.compile(
    r"\b(?:can(?:no|')t|can not|unable|not able|no way (?:for me )?to|don't|do not|"
    r"doesn't|does not|have no|haven't got|no access|without access|not possible|"
    r"not sure|not certain|i'm afraid)\b[^.?!]{0,80}\b(?:know|access|check|look|tell|"
    r"provide|give|get|predict|real[- ]?time|live|current|internet|online|up[- ]to[- ]date|"
    r"information|data|browse|offline|sure|see|say|remember|memory)|\boffline\b|"
    r"\bno (?:live|real[- ]?time|internet|current)\b|\bi don't know\b|\bnot (?:sure|certain)\b|"
    r"\bno idea\b|\b(?:haven't|have not|never) told me\b",
    re.I,
)
_HONEST_ES = re.compile(
    r"\b(?:no|ni|nunca|imposible|incapaz)\b[^.?!]{0,80}?\b(?:sab(?:e|er|r[ií]a|emos)|"
    r"conozco|conocer|acce(?:so|der)|consultar|comprobar|verificar|predecir|"
    r"informaci[oó]n|datos|tiempo real|en directo|en vivo|internet|conexi[oó]n|"
    r"actualizad\w*|segur[oa]|recordar|memoria|dicho|contado|mencionado|compartido|"
    r"decir(?:te|lo)?|dice|responder)\b|"
    r"\bsin (?:conexi[oó]n|acceso|internet|informaci[oó]n|datos)\b|\bdesconozco\b|"
    r"\bni idea\b|\bno sé\b|\bno lo s[eé]\b|\bno (?:me )?(?:lo )?has (?:dicho|contado)\b",
    re.I,
)
_HONEST_FR = re.compile(
    r"(?:\b(?:ne|aucune?|impossible|incapable|pas)\b|\bn['’])[^.?!]{0,80}?"
    r"(?:\bsai[st]\b|\bsavoir\b|\bconna[iî]s\w*|\bacc[eè]s\b|\bacc[ée]der\b|"
    r"\bconsulter\b|\bv[ée]rifier\b|\bpr[ée]dire\b|\bpr[ée]voir\b|\binformations?\b|"
    r"\bdonn[ée]es\b|\btemps r[ée]el\b|\ben direct\b|\binternet\b|\bconnexion\b|"
    r"\b[àa] jour\b|\bs[uû]re?\b|\bcertaine?\b|\bsouvenir\b|\bm[ée]moire\b|\bdit\b|"
    r"\bmentionn[ée]\b|\bparl[ée]\b|\bpartag[ée]\b|\bindiqu[ée]\b|\br[ée]pondre\b)|"
    r"\bsans (?:connexion|acc[eè]s|internet|informations?|donn[ée]es)\b|\bhors ligne\b|"
    r"\baucune id[ée]e\b|\bj['’]ignore\b",
    re.I,
)
_HONEST_DE = re.compile(
    r"\b(?:nicht|kein\w*|unm[öo]glich|nie)\b[^.?!]{0,80}?\b(?:wei(?:ß|ss)|wissen|kenne|"
    r"kennen|zugriff|zugreifen|abrufen|nachsehen|nachschauen|pr[üu]fen|[üu]berpr[üu]fen|"
    r"vorhersagen|informationen?|daten|echtzeit|live|aktuell\w*|internet|verbindung|"
    r"sicher|erinnern|gedächtnis|gesagt|erzählt|mitgeteilt|verraten|erwähnt|sagen|"
    r"beantworten)\b|"
    r"\b(?:wei(?:ß|ss)|kenne|wissen)\b[^.?!]{0,30}?\bnicht\b|"
    r"\bohne (?:\w+ )?(?:internet|zugriff|verbindung|informationen|daten)\b|"
    r"\boffline\b|\bkeine ahnung\b",
    re.I,
)
_HONEST = {"en": _HONEST_EN, "es": _HONEST_ES, "fr": _HONEST_FR, "de": _HONEST_DE}
"""Per language: a reply that says it does not or cannot know. The forms are the
product's own honest replies (``live_words``: "No puedo consultar ... sin conexión",
"Je ne peux pas consulter ... hors ligne", "Ich kann ... nicht abrufen: Ich arbeite
offline"; the encyclopedia's "Mi enciclopedia no lo dice", "Mon encyclopédie ne le dit
pas") and the model's ("No lo sé", "Je n'ai pas accès", "Das hast du mir nicht
gesagt")."""
LANGUAGES = tuple(_HONEST)
_MARGIN = 1.0
"""How far another language must lead the question's before a reply counts as in it
(``language_id``'s own margin)..."""
_LEAST = 1.5
"""...and how much it must score at all: "Snakes have no legs." is not Spanish."""
_REPLY_WORDS = {
    "en": "has have had not but from by they their there which been were would or as if "
    "its he she his her them than then about into because only very just",
    "es": "tiene tienen fue era eran ser su sus este estos estas eso esto puede pueden hace sido",
    "fr": "ont était étaient été ses son sa leur leurs cette peut peuvent avez avons sont "
    "ils elles",
    "de": "hat haben war waren wird werden sein seine ihre einer eines dass sich man kann "
    "nur wurde an am ins als um kam",
}
"""Words common in answers that ``language_id``'s list (made for requests) lacks: a
reply is prose ("A spider has eight legs.")."""
_REPLY_WORD_SETS = {code: set(words.split()) for code, words in _REPLY_WORDS.items()}
_WORD = re.compile(r"[^\W\d_]+")
_LATIN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ɏ]")
_LETTER = re.compile(r"[^\W\d_]")
_PLANNED = {"knowledge": "llm_chat", "llm_tool": "llm_chat"}
"""The route ``Router.plan`` reports for a path taken: an answer from the encyclopedia is
the model's conversation, and a tool the model may or may not call is planned as it."""
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


@dataclass(frozen=True)
class Item:
    id: str
    cls: str
    text: str
    route: str
    accept: list[str] | None
    """None: the right answer is an honest "cannot know"."""
    reject: list[str]


def default_file(language: str = "en") -> str:
    """The set of ``language``: ``answers.jsonl``, ``answers_es.jsonl``..."""
    return "answers.jsonl" if language == "en" else f"answers_{language}.jsonl"


def load_items(path: Path | None = None, language: str = "en") -> list[Item]:
    def parse(row: dict[str, Any]) -> Item:
        accept = None if row["accept"] == "honest" else [str(p) for p in row["accept"]]
        return Item(row["id"], row["class"], row["text"], row["route"], accept, row["reject"])

    return load_jsonl(
        path,
        default_file(language),
        "answer",
        parse,
        '{"id", "class", "text", "route", "accept": [...] or "honest", "reject": [...]}',
    )


def is_honest(reply: str, language: str = "en") -> bool:
    """The reply says, in ``language``, that it does not or cannot know."""
    return _HONEST.get(language, _HONEST_EN).search(reply) is not None


def reply_language(reply: str, language: str = "en") -> str:
    """The language ``reply`` (to a question in ``language``) is written in: another of
    en/es/fr/de only when that one leads ``language`` clearly, ``"other"`` when most of
    its letters are not Latin (Qwen's Chinese), else ``language`` (a bare "391." or
    "Canberra." is in no language and stands)."""
    letters = _LETTER.findall(reply)
    if letters and sum(1 for ch in letters if not _LATIN.match(ch)) > len(letters) / 2:
        return "other"
    scores = language_scores(reply, LANGUAGES)
    for word in _WORD.findall(reply.lower()):
        having = [code for code in LANGUAGES if word in _REPLY_WORD_SETS[code]]
        for code in having:
            scores[code] += 1.0 / len(having)
    best = max(LANGUAGES, key=lambda code: (scores[code], code == language))
    lead = scores[best] - scores.get(language, 0.0)
    if best != language and scores[best] >= _LEAST and lead >= _MARGIN:
        return best
    return language


def _forms(reply: str, language: str) -> list[str]:
    """The reply as the patterns read it: as written, and for another language than
    English also without accents and with its number words as digits."""
    if language == "en":
        return [reply]
    return [reply, plain(reply), replace_number_words(reply, language)]


def invented_numbers(reply: str, question: str) -> list[str]:
    """Numbers in the reply that the question did not contain."""
    said = set(_NUMBER.findall(question))
    return [n for n in _NUMBER.findall(reply) if n not in said]


def score(item: Item, reply: str, language: str = "en") -> tuple[str, bool]:
    """(``right``, ``honest`` or ``wrong``; whether it invented live data), for ``item``
    asked in ``language``. A reply in another language is never right."""
    said_in = reply_language(reply, language)
    honest = is_honest(reply, language) or (said_in != language and is_honest(reply, said_in))
    if item.accept is None:
        right = honest and said_in == language and not invented_numbers(reply, item.text)
        invented = item.cls == "live" and not (honest and not invented_numbers(reply, item.text))
        if right:
            return "right", False
        return ("honest" if honest and said_in != language else "wrong"), invented
    forms = _forms(reply, language)
    matched = any(re.search(p, f, re.I) for p in item.accept for f in forms)
    rejected = any(re.search(p, f, re.I) for p in item.reject for f in forms)
    if matched and not rejected and said_in == language:
        return "right", False
    return ("honest" if honest else "wrong"), False


def _shares(rows: list[dict[str, Any]]) -> dict[str, Any]:
    counts = Counter(r["outcome"] for r in rows)
    n = len(rows)
    elsewhere = sum(1 for r in rows if r["reply_language"] != r["language"])
    return {
        "n": n,
        **{f"{k}_pct": round(100 * counts[k] / n, 1) if n else 0.0 for k in _OUTCOMES},
        "wrong_language_pct": round(100 * elsewhere / n, 1) if n else 0.0,
    }


_OUTCOMES = ("right", "honest", "wrong")


def evaluate(
    items: list[Item], route: Any, progress: Any = None, language: str = "en"
) -> dict[str, Any]:
    """``route(text)`` answers one question (a ``TurnResult``), asked in ``language``;
    ``progress(line)`` hears each answer as it comes (a long run on a slow machine)."""
    rows = []
    for number, item in enumerate(items, 1):
        started = time.perf_counter()
        result = route(item.text)
        seconds = time.perf_counter() - started
        outcome, invented = score(item, result.reply, language)
        said_in = reply_language(result.reply, language)
        if progress is not None:
            elsewhere = f" (in {said_in})" if said_in != language else ""
            progress(
                f"[{number}/{len(items)}] {outcome}{elsewhere}, {result.path}: {item.text} -> "
                f"{result.reply}"
            )
        rows.append(
            {
                "id": item.id,
                "class": item.cls,
                "text": item.text,
                "reply": result.reply,
                "outcome": outcome,
                "language": language,
                "reply_language": said_in,
                "invented_live_data": invented,
                "expected_route": item.route,
                "path": result.path,
                "handled_by": result.handled_by,
                "tier": result.tier,
                "seconds": round(seconds, 2),
                "premise_false": result.premise,
                "premise_check_ms": result.timings_ms.get("premise_check"),
            }
        )
    by_class: dict[str, list[dict[str, Any]]] = defaultdict(list)
    by_path: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        by_class[r["class"]].append(r)
        by_path[r["path"]].append(r)
    return {
        "questions": len(rows),
        "language": language,
        **_shares(rows),
        "invented_live_data": sum(r["invented_live_data"] for r in rows),
        "route_as_expected_pct": round(
            100
            * sum(_PLANNED.get(r["path"], r["path"]) == r["expected_route"] for r in rows)
            / len(rows),
            1,
        )
        if rows
        else 0.0,
        "by_class": {c: _shares(v) for c, v in sorted(by_class.items())},
        "by_route": {p: _shares(v) for p, v in sorted(by_path.items())},
        "seconds_p50": round(statistics.median(r["seconds"] for r in rows), 2) if rows else 0,
        "premises": _premises(rows),
        "rows": rows,
    }


def _premises(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """The premise check: how many questions it asked about, how many it found false
    (by class: a false alarm is a ``true_premise`` or any other class found false), and
    what one check cost."""
    checked = [r for r in rows if r["premise_check_ms"] is not None]
    found: Counter[str] = Counter(r["class"] for r in checked if r["premise_false"])
    return {
        "checked": len(checked),
        "found_false_by_class": dict(sorted(found.items())),
        "check_ms_p50": round(statistics.median(r["premise_check_ms"] for r in checked))
        if checked
        else None,
    }


def with_language(config: Config, language: str) -> Config:
    """A copy of ``config`` whose spoken languages start with ``language`` (its
    encyclopedia loads first, as for a user who speaks it); the user's file stays as it is."""
    spoken = [language, *(c for c in config.language.spoken if c != language)]
    return replace(config, language=replace(config.language, spoken=spoken))


def run_answer_eval(
    path: Path | None = None,
    as_json: bool = False,
    limit: int | None = None,
    language: str = "en",
) -> int:
    from hearth.assistant.runtime import Assistant
    from hearth.skills import builtin_skills

    if language not in LANGUAGES:
        raise AssistantError(
            f"There is no answer set in {language!r}.",
            f"Pass --language with one of {', '.join(LANGUAGES)}.",
        )
    items = load_items(path, language)[:limit]
    config = with_language(load_config(), language)
    with tempfile.TemporaryDirectory() as scratch:
        assistant = Assistant(config, skills=builtin_skills(), data_root=Path(scratch))
        try:
            router = assistant.router
            assistant.start_knowledge()  # this language's encyclopedia, as the app loads it
            router.warm_up()  # the system prompt cached, as in the app

            def route(text: str) -> Any:
                # Passed as the voice loop passes what the recogniser heard: the question's
                # language is known, not guessed from the text.
                result = router.route(text, language=language)
                router.host.clear_pending()  # every question stands alone
                return result

            report = evaluate(
                items, route, lambda line: print(line, file=sys.stderr, flush=True), language
            )
        finally:
            assistant.close()
    report["model"] = config.llm.model
    report["larger_tier"] = config.llm.large.enabled
    if as_json:
        print(json.dumps(report, ensure_ascii=False))
        return 0
    _print(report)
    return 0


def _line(name: str, s: dict[str, Any]) -> str:
    return (
        f"  {name:<12} {s['n']:>3}  right {s['right_pct']:>5} %  honest {s['honest_pct']:>5} %  "
        f"wrong {s['wrong_pct']:>5} %  wrong language {s['wrong_language_pct']:>5} %"
    )


def _print(r: dict[str, Any]) -> None:
    print(
        f"{r['questions']} questions ({r['language']}), model {r['model']}"
        f"{' (larger tier on)' if r['larger_tier'] else ''}: right {r['right_pct']} %, "
        f"honest 'cannot know' {r['honest_pct']} %, wrong {r['wrong_pct']} %; "
        f"invented live data: {r['invented_live_data']}; "
        f"replies in another language: {r['wrong_language_pct']} %"
    )
    print(
        f"routed as expected: {r['route_as_expected_pct']} %; "
        f"{r['seconds_p50']} s per answer (median)"
    )
    p = r["premises"]
    if p["checked"]:
        print(
            f"premise check: {p['checked']} questions checked, found false "
            f"{p['found_false_by_class']}, {p['check_ms_p50']} ms per check (median)"
        )
    print("by class:")
    for name, shares in r["by_class"].items():
        print(_line(name, shares))
    print("by the route taken:")
    for name, shares in r["by_route"].items():
        print(_line(name, shares))
    misses = [row for row in r["rows"] if row["outcome"] != "right"]
    if misses:
        print("\nnot right:")
        for row in misses:
            said = row["reply_language"]
            elsewhere = f", in {said}" if said != row["language"] else ""
            print(
                f"  [{row['outcome']}{elsewhere}, {row['path']}] {row['text']!r}: {row['reply']!r}"
            )
