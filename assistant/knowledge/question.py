"""What a request asks, as far as the encyclopedia cares: is it a question about
something (rather than a command, chit-chat, or about the user, the assistant or
what is happening now), and which of its words could name the subject.

Cheap and pure: the router asks it of every request that reaches the language model,
before the encyclopedia is even loaded.

Each language is data, not code (``SHAPES``): how its questions start and what polite
preamble comes before ("can you tell me", "¿sabes", "dis-moi"), its function words,
the words that ask about the subject without naming it, the user and the assistant,
what is happening now. English's are the ones the English search was measured with;
German has none: the language model answers German questions on its own.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from hearth.assistant.knowledge.words import words

_PREAMBLE = re.compile(
    r"^(?:(?:hey|hi|ok|okay|so|well|um+|uh+|erm|er|hmm+|hearth|computer|please|quick question|"
    r"excuse me|sorry|actually|and|but|oh)\b[\s,]*)*"
    r"(?:(?:can|could|would|will) you (?:please )?(?:tell|remind|explain to) me\b\s*|"
    r"(?:do|did) you (?:happen to )?know\b\s*|i (?:want|would like|d like|wanna) to know\b\s*|"
    r"i (?:was )?wonder(?:ing)?\b\s*|tell me\b\s*(?:something |more |a bit |a little )?|"
    r"(?:can|could) i ask you\b\s*|any idea\b\s*|let me know\b\s*)?"
)


def _preamble(fillers: str, openers: str) -> re.Pattern[str]:
    """Any number of ``fillers`` ("oye", "bon"), then at most one of ``openers`` ("me
    puedes decir"), matched on the question without accents or punctuation."""
    return re.compile(rf"^(?:(?:{fillers})\b[\s,]*)*(?:(?:{openers})\b\s*)?")


@dataclass(frozen=True)
class Shapes:
    """How questions are asked in one language. Every word set is in compared form
    (``words``: folded as the search folds it)."""

    language: str
    preamble: re.Pattern[str]
    """What comes before the question itself, on its lower-case, accent-free text."""
    starts: frozenset[str]
    """How a question starts once its preamble is dropped ("in what year ...")."""
    function_words: frozenset[str]
    """Words that say nothing about the subject."""
    asking: frozenset[str]
    """Words that ask about the subject without naming it, some of them rare in the
    encyclopedia's summaries ("what happened to ...", "when did ... die")."""
    which: frozenset[str]
    """"Who", "what", "which": with ``standing_out``, a question for one member of a
    category."""
    standing_out: frozenset[str]
    """Who or what is "the largest", "the first": the answer is one member of a category
    ("the largest country", "the first person on the Moon") that the category's own
    article (Country, Moon) rarely names; the language model answers those on its own."""
    number_openers: frozenset[tuple[str, ...]]
    """How a question for a number starts: "how tall", "cuántos", "combien"."""
    measures: frozenset[str]
    personal: frozenset[str]
    """The user or the assistant: "how old are you", "what is my name" are no
    encyclopedia questions (and "i" is also the Roman one of "World War I": only outside
    a name)."""
    live: frozenset[str]
    live_phrases: frozenset[tuple[str, str]]
    """What is happening now, or near the user: not what an encyclopedia's snapshot
    knows ("what day is it", "who won last night")."""
    now_endings: frozenset[tuple[str, ...]]
    """How a question about now ends: "what time is it", "quelle heure est-il"."""
    of_words: frozenset[str]
    """"Of": in "the capital of Japan" the subject is Japan, not the capital."""
    between_of: frozenset[str] = frozenset()
    """Articles between "of" and the name: "la capitale de la France"."""
    numbers: re.Pattern[str] = field(default=re.compile(r"\d"))
    """A number in an article's text (digits or number words)."""
    asking_names: bool = False
    """Whether words of ``asking`` alone can name an article: in English (as measured)
    "Year" ranks among the titles for "what year ..."; in French "quand est mort
    Napoléon" must not be about "Mort"."""
    apostrophe_apart: bool = True
    """An apostrophe separates words ("qu'est-ce", "l'Everest"), rather than starting
    a possessive ("what's")."""


def _en(text: str) -> frozenset[str]:
    return frozenset(words(text, "en"))


def _es(text: str) -> frozenset[str]:
    return frozenset(words(text, "es"))


def _fr(text: str) -> frozenset[str]:
    return frozenset(words(text, "fr"))


def _pairs(language: str, phrases: str) -> frozenset[tuple[str, str]]:
    """Two-word phrases, separated by commas."""
    found = (tuple(words(p, language)) for p in phrases.split(","))
    return frozenset((p[0], p[1]) for p in found if len(p) == 2)


def _tuples(language: str, *phrases: str) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(words(p, language)) for p in phrases)


_EN_QUESTION_WORDS = _en("who what when where which whose whom how why")
_EN_HOW_MUCH = (
    "deep tall high long far big heavy fast hot cold many much old wide large small bright often"
)

ENGLISH = Shapes(
    "en",
    _PREAMBLE,
    starts=_EN_QUESTION_WORDS
    | _en("is are was were did does do has have had about explain describe define in on"),
    function_words=_EN_QUESTION_WORDS
    | _en(
        "a an the of in on at to for from by with about as and or is are was were be been "
        "being do does did done has have had can could will would should shall may might "
        "must it its this that these those there their they them he she him her his hers "
        "if than then so very much many some any all also into up out over exactly again "
        "please um uh erm er hmm oh well just really actually like thing anything something "
        "tell know s mean means called get got"
    ),
    asking=_en(
        "happen happened happens die died dies sink sank sunk stand stands look looks feel "
        "smell taste cost costs weigh weighs tall high old big far long year guy person man "
        "woman someone somebody stuff kind sort type name"
    ),
    which=_en("who what which"),
    standing_out=_en(
        "largest biggest tallest highest longest deepest oldest youngest smallest fastest "
        "slowest hottest coldest richest heaviest most least best worst first last"
    ),
    number_openers=frozenset(("how", w) for w in _en(_EN_HOW_MUCH)),
    measures=_en("height length depth population area size weight speed temperature distance age"),
    personal=_en("i me my mine myself you your yours yourself we us our ours ourselves"),
    live=_en(
        "today tonight tomorrow yesterday now currently current latest recent recently "
        "weather forecast news headlines score price stock traffic open nearest nearby until"
    ),
    live_phrases=_pairs(
        "en",
        "last night, last week, this week, this year, this month, next week, right now, next door",
    ),
    now_endings=_tuples("en", "is it"),
    of_words=_en("of"),
    asking_names=True,
    numbers=re.compile(
        r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
        r"thirty|forty|fifty|hundred|thousand|million|billion|dozen)\b",
        re.IGNORECASE,
    ),
    apostrophe_apart=False,
)

_ES_QUESTION_WORDS = _es(
    "quién quiénes qué cuál cuáles cuándo dónde adónde cómo cuánto cuánta cuántos cuántas "
    "por porqué"
)
SPANISH = Shapes(
    "es",
    _preamble(
        r"oye|oiga|hola|vale|bueno|pues|eh|em+|mm+|hearth|por favor|perdona|perdon|disculpa|"
        r"disculpe|y|pero|oh|a ver|entonces|una pregunta",
        r"(?:me |nos )?(?:puedes|podrias|puede|podria|sabrias|sabria)(?: usted)? "
        r"(?:decir|explicar|contar|recordar|hablar)(?:me|nos)?|"
        r"(?:tu |usted )?(?:sabes|sabe|sabias|sabia)(?: usted| tu)?|"
        r"(?:dime|digame|cuentame|cuenteme|explicame|expliqueme|hablame|hableme)"
        r"(?: algo| mas| un poco)?|"
        r"(?:quiero|quisiera|me gustaria|necesito) saber|me pregunto|tienes idea(?: de)?",
    ),
    starts=_ES_QUESTION_WORDS
    | _es("es son era eran fue fueron está están hay tiene tienen de del sobre acerca en a"),
    function_words=_ES_QUESTION_WORDS
    | _es(
        "el la los las lo un una unos unas de del al a en con por para sin sobre entre hasta "
        "desde hacia según acerca y o u e ni que es son era eran fue fueron ser sido siendo "
        "está están estaba estaban estuvo estar hay había ha han hubo haber tiene tienen "
        "tenía tuvo tener se su sus le les este esta estos estas ese esa esos esas aquel "
        "aquella eso esto ello él ella ellos ellas muy mucho mucha muchos muchas algo alguna "
        "alguno algún todo toda todos todas también ya si sí no pues bueno eh oye sabes sabe "
        "saber conoces exactamente realmente llama llaman llamaba llamado llamada significa "
        "quiere decir cosa exacto verdad"
    ),
    asking=_es(
        "pasó ocurrió sucedió murió muere morir nació nace nacer hundió mide miden pesa "
        "cuesta alto alta grande lejos largo larga año años edad antiguo antigua viejo vieja "
        "tipo clase nombre persona hombre mujer alguien inventó descubrió escribió pintó "
        "compuso construyó fundó creó dirigió ganó hizo queda encuentra ubica sirve cayó "
        "empezó comenzó terminó acabó llegó duró vivió viene vienen proviene"
    ),
    which=_es("quién quiénes qué cuál cuáles"),
    standing_out=_es("más mayor menor mejor peor primero primera primer último última"),
    number_openers=_tuples("es", "cuánto", "cuánta", "cuántos", "cuántas"),
    measures=_es(
        "altura altitud longitud profundidad población superficie área tamaño peso velocidad "
        "temperatura distancia edad habitantes"
    ),
    personal=_es(
        "yo me mi mis mío mía conmigo tú tu tus te ti contigo usted ustedes nosotros "
        "nosotras nos nuestro nuestra vosotros os vuestro vuestra eres soy"
    ),
    live=_es(
        "hoy mañana ayer anoche ahora actualmente actual últimas reciente recientemente clima "
        "pronóstico noticias titulares marcador precio bolsa tráfico abierto abierta abre "
        "cerca cercano cercana"
    ),
    live_phrases=_pairs(
        "es",
        "qué hora, hora es, qué día, tiempo hace, esta noche, esta semana, este año, "
        "este mes, próxima semana, ahora mismo",
    ),
    now_endings=_tuples("es", "es hoy"),
    of_words=_es("de del"),
    between_of=_es("el la los las"),
    numbers=re.compile(
        r"\d|\b(?:dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|veinte|treinta|"
        r"cuarenta|cincuenta|cien|ciento|cientos|mil|millón|millones|docena)\b",
        re.IGNORECASE,
    ),
)

_FR_QUESTION_WORDS = _fr(
    "qui que qu quoi quel quelle quels quelles lequel laquelle lesquels quand où comment "
    "combien pourquoi"
)
FRENCH = Shapes(
    "fr",
    _preamble(
        r"dis(?! moi| nous)|dites(?! moi| nous)|bon|ben|alors|euh+|eh|oh|hum+|hearth|"
        r"s il (?:te|vous) plait|svp|pardon|"
        r"excuse moi|excusez moi|et|mais|au fait|une question|bonjour|salut",
        r"(?:est ce que )?(?:tu peux|vous pouvez|pourrais tu|pourriez vous|peux tu|"
        r"pouvez vous|tu pourrais|vous pourriez) (?:me |nous )?(?:dire|expliquer|rappeler|"
        r"parler|raconter)|"
        r"(?:est ce que )?(?:tu sais|vous savez|sais tu|savez vous|tu connais|"
        r"vous connaissez|connais tu|connaissez vous)|"
        r"(?:dis|dites|explique|expliquez|raconte|racontez|parle|parlez) (?:moi|nous)"
        r"(?: un peu)?|"
        r"je (?:voudrais|veux|aimerais|souhaite|souhaiterais) savoir|j aimerais savoir|"
        r"je me demande|a propos",
    ),
    starts=_FR_QUESTION_WORDS | _fr("est c de du des d sur en a"),
    function_words=_FR_QUESTION_WORDS
    | _fr(
        "le la les l un une des de du d au aux a à en dans par pour avec sans sur sous entre "
        "vers chez et ou mais donc ni dont est sont était étaient été être fut furent c ce "
        "cet cette ces ça cela ceci il elle ils elles on se s sa son ses leur leurs y ne n pas "
        "très beaucoup peu tout tous toute toutes aussi déjà bien alors euh ben bon oh eh dis "
        "dites sais sait savez connais connaît exactement vraiment appelle appelé appelée "
        "signifie veut dire chose ont avait eu avoir t là ici"
    ),
    asking=_fr(
        "passé arrivé mort morte mourir né née naître coulé mesure mesurent pèse coûte haut "
        "haute grand grande loin long longue an ans année âge vieux vieille ancien ancienne "
        "type genre nom personne homme femme quelqu inventé découvert écrit peint composé "
        "construit fondé créé dirigé gagné fait trouve situe situé située sert tombé "
        "commencé terminé fini arrivé lieu duré vécu chute"
    ),
    which=_fr("qui que qu quoi quel quelle quels quelles lequel laquelle c"),
    standing_out=_fr("plus moins premier première dernier dernière meilleur meilleure pire"),
    number_openers=_tuples("fr", "combien"),
    measures=_fr(
        "hauteur altitude longueur profondeur population superficie taille poids vitesse "
        "température distance âge habitants"
    ),
    personal=_fr("je j me moi mon ma mes tu toi te tes vous votre vos nous notre nos suis es"),
    live=_fr(
        "aujourd hui demain hier maintenant actuellement actuel actuelle récent récemment "
        "météo prévisions actualités infos nouvelles score bourse trafic ouvert ouverte "
        "proche près"
    ),
    live_phrases=_pairs(
        "fr",
        "quelle heure, quel jour, quel temps, ce soir, cette semaine, cette année, "
        "ce mois, semaine prochaine, en ce, temps fait",
    ),
    now_endings=_tuples("fr", "est il", "fait il", "sommes nous"),
    of_words=_fr("de du des d"),
    between_of=_fr("le la les l"),
    numbers=re.compile(
        r"\d|\b(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|vingt|trente|"
        r"quarante|cinquante|cent|cents|mille|million|millions|milliard|milliards|douzaine)\b",
        re.IGNORECASE,
    ),
)

SHAPES: dict[str, Shapes] = {"en": ENGLISH, "es": SPANISH, "fr": FRENCH}
"""The languages the encyclopedia answers in (German: none, the model alone)."""

# English's sets under their old names (the search's measurements name them).
QUESTION_WORDS = _EN_QUESTION_WORDS
FUNCTION_WORDS = ENGLISH.function_words
ASKING = ENGLISH.asking
STANDING_OUT = ENGLISH.standing_out
PERSONAL = ENGLISH.personal
LIVE = ENGLISH.live
LIVE_PHRASES = ENGLISH.live_phrases


@dataclass(frozen=True)
class Question:
    text: str
    words: tuple[str, ...]
    """The question's words in compared form, the preamble ("can you tell me") dropped."""
    language: str = "en"

    @property
    def shapes(self) -> Shapes:
        return SHAPES[self.language]

    @property
    def content(self) -> list[str]:
        return [w for w in self.words if w not in self.shapes.function_words]


def _bare(text: str, shapes: Shapes) -> str:
    """``text`` lower case, without accents or punctuation (an apostrophe kept in
    English, where "what's" is one word)."""
    text = unicodedata.normalize("NFKD", text.lower().replace("’", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    kept = r"[^\w ]" if shapes.apostrophe_apart else r"[^\w' ]"
    return " ".join(re.sub(kept, " ", text).split())


def parse(text: str, language: str = "en") -> Question | None:
    """The question in ``text``, said in ``language``, or None when it is not one the
    encyclopedia could answer (no question, no words about a subject, or a language it
    has no encyclopedia in)."""
    shapes = SHAPES.get(language)
    if shapes is None:
        return None
    bare = shapes.preamble.sub("", _bare(text, shapes))
    found = tuple(words(bare, language))
    if not found or found[0] not in shapes.starts:
        return None
    question = Question(text, found, language)
    return question if question.content else None


def asks_about_now_or_us(question: Question, rest: list[str]) -> bool:
    """Whether the words outside the subject's name make it a question about the user,
    the assistant, or what is happening now."""
    shapes = question.shapes
    if any(w in shapes.personal or w in shapes.live for w in rest):
        return True
    ending = any(question.words[-len(e) :] == e for e in shapes.now_endings)
    pairs = zip(question.words, question.words[1:], strict=False)
    return ending or any(p in shapes.live_phrases for p in pairs)


def asks_for_a_number(question: Question) -> bool:
    """ "How tall ...", "how many ...", "the population of ...": only a passage with a
    number in it can answer."""
    found, shapes = question.words, question.shapes
    opens = any(found[: len(o)] == o for o in shapes.number_openers)
    return opens or bool(shapes.measures & set(found))
