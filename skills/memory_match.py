"""Which remembered facts a question is about, without any model: keywords with light
stemming and a few synonym groups (well under a millisecond for hundreds of facts).

Every word of a text becomes a *concept*: its stem ("parked", "parking" -> "park"), or
the group a synonym table puts it in ("car", "garage" -> "park"; "wife", "husband" ->
"spouse"). Small words ("my", "where", "did") and words about remembering itself
("remember", "tell") are left out. A question and a fact share a concept; a shared
word counts 1, a shared synonym only 0.7. *Loose* words count 0.4 and are never
required: categories that a fact answers by its value ("number" in "what's my locker
number" against "my locker is 42") and vague verbs ("put", "left", "keep").

Two uses, two rules:

- **recall** ("where did I park?"): a fact answers only if it covers every word of the
  question that is not loose, so that "when is my wife's birthday" never gets her phone
  number; the best first (most weight, then the fact with the fewest other words, then
  the newest);
- **the language model's prompt** (``relevant``): a question to the model is longer and
  mostly about other things, so a fact is included when it shares at least one word
  (or two synonyms: weight 1 or more, loose words not counted; a synonym is enough for a
  question of one word) that make up a third of the question's weight, and comes near
  the best fact (60 %): "which level did I park on" brings "I parked on level 3", not
  also "my parking spot is B12". A question without "I", "my" or "we" is about the
  world, not the user ("why is the sky blue"): it needs two shared words, or all of its
  own ("what's the electrician's number").

Either way a fact is left out that is about someone the question does not name (a wife,
a son, a dog), or that gives another attribute than the one asked for ("what's my
wife's name" against "my wife's birthday is May 3rd").

What the user must not eat is given to the model by meaning: a question of the user's
that names a food of its kind ("can I eat walnut bread?", "darf ich Nussbrot essen?")
always brings "I'm allergic to nuts", first, and "do I eat meat?" brings "I'm
vegetarian".
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

EXACT, SYNONYM, LOOSE = 1.0, 0.7, 0.4
PROMPT_MIN_WEIGHT = 1.0
PROMPT_MIN_SHARE = 1 / 3
PROMPT_NEAR_BEST = 0.6


def _words(text: str) -> list[str]:
    return text.split()


_STOP = frozenset(
    _words(
        """
    a an the this that these those it its there here then than so and or but if of to in on
    at by for with about from into onto up down out over off as be been being am is are was
    were do does did done doing have has had having will would shall should can could may
    might must i me my mine myself we us our ours ourselves you your yours yourself he him
    his she her hers they them their theirs what what's whats where where's when when's who
    who's whom whose which why how hey ok okay please just again now still also really
    actually exactly very too much not no yes don didn doesn isn aren wasn weren won can't
    cannot remember remembered remind tell told say said know knew ask asked forget forgot
    hearth computer assistant anything something everything thing things some any all
    every each again
    """
    )
    # The same small words in Spanish, French and German, so that a fact said in one of
    # them is found by its own words ("wo ist mein Parkplatz" -> "parkplatz"). Words that
    # are also English content words ("son", "die", "war") are left out.
    + _words(
        """
    yo mi mis tu tus el la los las un una unos unas del y o que qué dónde donde cuándo
    cuando cómo como cuál cuáles quién quiénes es está están estoy soy eres en con por
    para al lo le se nos nuestro nuestra recuerdas sabes
    je moi mon ma mes toi ton ta tes le les l un une des du de et ou quoi où quand
    comment quel quelle quels quelles qui est sont suis ai en au aux dans sur pour avec ne
    pas ce c il elle nous notre nos vous votre vos sais
    ich du er sie es wir mein meine meinen meinem meiner mich mir dich dir dein deine wo
    was wer wann wie welche welcher welches ist sind bin bist hat habe hast haben der das
    den dem des ein eine einen einem und oder aber im auf zu zum zur mit von vom für noch
    schon bitte nicht weißt weisst
    """
    )
)
_LOOSE_WORDS = _words(
    "name named called number num colour color date day time place kind type sort way "
    "one good best go went gone get got put leave left keep kept hide hid hidden store "
    "stored place placed like want need make made due "
    "take took find found look use give let see think try back right next last first new "
    "today tomorrow tonight yesterday week month year usual usually often"
)
_GROUPS = {
    "park": "park parking parked car cars garage carpark vehicle spot "
    # the same in German, Spanish and French
    "parkplatz parken geparkt auto aparcamiento aparcar aparcado aparqué coche garé garer "
    "voiture stationnement",
    "level": "level floor storey story deck",
    "birthday": "birthday bday born birth",
    "spouse": "wife wives husband spouse partner",
    "mother": "mother mom mum mommy mummy mama",
    "father": "father dad daddy papa",
    "child": "child children kid kids",
    "grandmother": "grandmother grandma gran granny nana",
    "grandfather": "grandfather grandpa granddad grandad",
    "neighbour": "neighbour neighbor neighbours neighbors",
    "colleague": "colleague coworker co-worker",
    "dog": "dog dogs puppy",
    "cat": "cat cats kitten",
    "phone": "phone mobile telephone",
    "address": "address live lives living lived",
    "doctor": "doctor doc gp physician",
    "key": "key keys keyring",
    "code": "code pin passcode combination",
    "password": "password passwords passphrase",
    "wifi": "wifi wi-fi wireless internet router",
    "allergy": "allergy allergies allergic intolerant intolerance alérgico alérgica alergia "
    "intolerante intolerancia allergique allergie intolérant intolérante intolérance "
    "allergisch allergie unverträglichkeit",
    "medicine": "medicine medication meds pill pills tablet tablets prescription",
    "favourite": "favourite favorite fave",
    "work": "work job office employer workplace",
    "flight": "flight plane fly flying airline",
    "glasses": "glasses spectacles specs",
    "email": "email e-mail",
    "anniversary": "anniversary wedding married",
}
_FOODS = {
    # What an allergy or intolerance is to, and the foods that hold it, so that "can I eat
    # walnut bread?" brings "I'm allergic to nuts" (German compounds by their parts:
    # "Nussbrot", "Käsekuchen").
    "nut": "nut nuts walnut walnuts peanut peanuts almond almonds hazelnut hazelnuts "
    "cashew cashews pecan pecans pistachio pistachios macadamia praline marzipan nutella "
    "nuez nueces cacahuete cacahuetes maní almendra almendras avellana avellanas anacardo "
    "anacardos pistacho pistachos noix noisette noisettes amande amandes cacahuète "
    "cacahuètes arachide arachides pistache pistaches nuss nüsse walnuss walnüsse erdnuss "
    "erdnüsse mandel mandeln haselnuss haselnüsse pistazie pistazien frutos_secos "
    "fruits_à_coque",
    "milk": "milk dairy cheese butter cream yogurt yoghurt lactose leche lácteo lácteos queso "
    "mantequilla nata yogur lactosa lait laitier laitiers fromage beurre crème yaourt "
    "milch milchprodukte käse sahne joghurt laktose quark",
    "gluten": "gluten wheat bread pasta flour barley rye trigo harina cebada centeno blé "
    "pâtes farine orge seigle weizen brot nudeln mehl gerste roggen",
    "egg": "egg eggs omelette omelet mayonnaise huevo huevos mayonesa œuf œufs oeuf oeufs "
    "ei eier omelett",
    "shellfish": "shellfish shrimp shrimps prawn prawns crab crabs lobster mussels oysters "
    "marisco mariscos gamba gambas langostino langostinos cangrejo mejillones crevette "
    "crevettes crabe homard moules huîtres fruits_de_mer meeresfrüchte garnele garnelen "
    "krabben hummer muscheln",
    "fish": "fish salmon tuna sardines anchovies pescado salmón atún bacalao sardinas "
    "anchoas poisson saumon thon cabillaud sardines anchois fisch lachs thunfisch kabeljau",
    "meat": "meat beef pork chicken ham bacon sausage sausages steak lamb carne "
    "ternera cerdo pollo jamón chorizo salchicha salchichas cordero pavo viande bœuf boeuf "
    "porc poulet jambon saucisse saucisses agneau dinde fleisch rindfleisch "
    "schweinefleisch hähnchen schinken wurst würstchen lamm pute",
}
_DIETS = {
    "vegetarian": (
        "vegetarian vegetarians vegetariano vegetariana végétarien végétarienne vegetarier "
        "vegetarierin vegetarisch",
        {"meat", "fish", "shellfish"},
    ),
    "vegan": (
        "vegan vegans vegano vegana végan végane veganer veganerin",
        {"meat", "fish", "shellfish", "milk", "egg"},
    ),
}
"""What a diet leaves out: "do I eat meat?" brings "I'm vegetarian"."""
_GROUPS.update(_FOODS)
_GROUPS.update({diet: words for diet, (words, _) in _DIETS.items()})
_FOOD_PARTS = sorted(
    ((w, group) for group, words in _FOODS.items() for w in words.split() if len(w) >= 4),
    key=lambda pair: -len(pair[0]),
)
"""The parts a compound may start or end with: "erdnussbutter", "käsekuchen"."""
_FOOD_NAMES = re.compile(r"\b(frutos secos|fruits à coque|fruits de mer)\b")
"""Foods named in several words, joined into one: "fruits_de_mer"."""
_CAUTION = "allergy"
"""A fact about what the user must not eat comes with a question naming that food."""
_EATING = re.compile(
    r"(?<!\w)(?:eat|eats|eating|ate|eaten|have|having|drink|drinking|try|taste|cook|bake"
    r"|order|safe|okay|ok|allowed|food|meal|snack|breakfast|lunch|dinner|sandwich|cake"
    r"|comer|como|comí|tomar|tomo|beber|bebo|probar|pruebo|cocinar|seguro|segura|comida"
    r"|cena|cenar|almuerzo|desayuno|desayunar|bocadillo|tarta"
    r"|manger|mange|manges|boire|bois|prendre|prends|goûter|cuisiner|repas|dîner"
    r"|déjeuner|gâteau"
    r"|essen|esse|isst|trinken|trinke|probieren|kochen|backen|darf|dürfen|mahlzeit"
    r"|frühstück|frühstücken|abendessen|mittagessen|kuchen)(?!\w)",
    re.I,
)
"""Words that make a question one about eating: "can I go fishing?" is not."""
_PEOPLE = frozenset(
    _words(
        "spouse mother father child grandmother grandfather neighbour colleague dog cat son "
        "daughter brother sister friend boss baby aunt uncle cousin niece nephew"
    )
)
"""Whose a fact is: one about someone the question does not name is never about it
("what's my phone number" is not answered by "my wife's phone number is ...")."""
_CATEGORY_WORDS = _words("name number colour color date day time place")
_ATTRIBUTE = frozenset(
    _words("birthday phone address email password code anniversary school work age size flight")
)
"""What a fact may give a value of: "what's my wife's name" is not answered by "my wife's
birthday is May 3rd" (it asks for a name, and the fact gives a birthday)."""
_FIRST_PERSON = re.compile(
    r"\b(?:i|i'm|im|i've|i'd|me|my|mine|myself|we|our|us"
    r"|yo|mi|mis|soy|estoy|tengo|nosotros|nuestro|nuestra"
    r"|puedo|debo|quiero|necesito|podría|debería|podemos"  # Spanish leaves "yo" out
    r"|je|j'|moi|mon|ma|mes|suis|nous|notre|nos"
    r"|ich|mein|meine|meinen|meinem|meiner|mich|mir|bin|habe|wir|unser|unsere)(?!\w)",
    re.I,
)
_TOKEN = re.compile(r"[^\W_]+(?:[-'_][^\W_]+)*")  # letters of any language: "schlüssel"


def stem(word: str) -> str:
    """A light stem: "parking", "parked", "parks" -> "park"; "keys" -> "key"."""
    for tail in ("'s", "'", "s'"):
        word = word.removesuffix(tail)
    if len(word) <= 3 or word.isdigit():
        return word
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            if suffix == "s" and word.endswith(("ss", "us", "is")):
                break
            word = word[: -len(suffix)]
            break
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "lsz":
        word = word[:-1]  # "stopped" -> "stopp" -> "stop"
    if len(word) > 3 and word.endswith("e"):
        word = word[:-1]  # "live", "lives", "living" -> "liv"
    return word


_CONCEPT = {stem(w): group for group, words in _GROUPS.items() for w in words.split()}
_LOOSE = frozenset(_CONCEPT.get(stem(w), stem(w)) for w in _LOOSE_WORDS)
_CATEGORY = frozenset(_CONCEPT.get(stem(w), stem(w)) for w in _CATEGORY_WORDS)


def _words_of(text: str) -> Iterator[tuple[str, str, str]]:
    """(word, stem, concept) for each word of ``text`` that is not a small word."""
    text = _FOOD_NAMES.sub(lambda m: m.group(1).replace(" ", "_"), text.lower())
    for token in _TOKEN.findall(text.replace("\u2019", "'")):
        head = token.split("'")[0]  # "wife's" -> "wife", "don't" -> "don", "i'm" -> "i"
        if head in _STOP or (len(head) < 2 and not head.isdigit()):
            continue
        stemmed = stem(head)
        yield head, stemmed, _CONCEPT.get(stemmed) or _compound_food(head) or stemmed


def concepts(text: str) -> dict[str, set[str]]:
    """The concepts of ``text``, each with the stems that brought it."""
    found: dict[str, set[str]] = {}
    for _, stemmed, concept in _words_of(text):
        found.setdefault(concept, set()).add(stemmed)
    return found


def must_not_eat(question: str, fact: str) -> list[str]:
    """The words of ``question`` naming a food that ``fact`` says the user must not eat
    ("nueces" against "soy alérgica a los frutos secos"), as said."""
    if not _EATING.search(question):
        return []
    about = concepts(fact)
    named = [(word.replace("_", " "), concept) for word, _, concept in _words_of(question)]
    return [word for word, concept in named if _warns({concept: set()}, about)]


def _compound_food(word: str) -> str | None:
    """The food a compound is made of ("nussbrot" -> nut), else None."""
    if len(word) < 7:
        return None
    for part, group in _FOOD_PARTS:
        if len(word) > len(part) and (word.startswith(part) or word.endswith(part)):
            return group
    return None


def _weight(concept: str) -> float:
    return LOOSE if concept in _LOOSE else EXACT


@dataclass(frozen=True)
class Overlap:
    """How a fact meets a question."""

    shared: float
    """The weight of the concepts both have."""
    firm: float
    """``shared`` without loose words: what the prompt's threshold counts."""
    question: float
    """The weight of the question's concepts, loose words left out."""
    missing: int
    """Concepts of the question that are not loose and that the fact lacks."""
    extra: int
    """Concepts of the fact the question does not mention."""
    off_topic: bool
    """The fact is about someone (or a pet) the question does not name, or gives another
    attribute than the one asked for."""
    warns: bool = False
    """The fact is an allergy, intolerance or diet ruling out a food the question names."""

    @property
    def answers(self) -> bool:
        """Whether the fact covers the question (the recall rule)."""
        return self.shared > 0 and self.missing == 0 and not self.off_topic

    def relevant(self, personal: bool, eating: bool = False) -> bool:
        """Whether the fact belongs in the language model's prompt; a question that is not
        about the user ("why is the sky blue") needs two shared words; a warning comes
        with a question of the user's about eating."""
        if self.warns and eating and personal and not self.off_topic:
            return True
        if self.off_topic or self.firm < PROMPT_MIN_SHARE * self.question:
            return False
        if not personal:  # all of it, or two words: "the electrician's number"
            whole = self.missing == 0 and self.firm >= PROMPT_MIN_WEIGHT
            return whole or self.firm >= 2 * PROMPT_MIN_WEIGHT
        single = self.question == 1 and self.firm >= SYNONYM  # "when do I take my meds"
        return self.firm >= PROMPT_MIN_WEIGHT or single


def overlap(question: dict[str, set[str]], fact: dict[str, set[str]]) -> Overlap:
    shared = firm = 0.0
    for concept, stems in question.items():
        if concept not in fact:
            continue
        weight = _weight(concept) * (EXACT if stems & fact[concept] else SYNONYM)
        shared += weight
        if concept not in _LOOSE:
            firm += weight
    firm_question = [c for c in question if c not in _LOOSE]
    asks_other = any(c in _CATEGORY and c not in fact for c in question) and any(
        c in _ATTRIBUTE and c not in question for c in fact
    )
    return Overlap(
        shared=shared,
        firm=firm,
        question=float(len(firm_question)),
        missing=sum(1 for c in firm_question if c not in fact),
        extra=sum(1 for c in fact if c not in question),
        off_topic=asks_other or any(c in _PEOPLE and c not in question for c in fact),
        warns=_warns(question, fact),
    )


def _warns(question: dict[str, set[str]], fact: dict[str, set[str]]) -> bool:
    """Whether ``fact`` says the user must not eat a food ``question`` names."""
    foods = [c for c in question if c in _FOODS]
    if _CAUTION in fact and any(c in fact for c in foods):
        return True
    return any(
        diet in fact and not left_out.isdisjoint(foods) for diet, (_, left_out) in _DIETS.items()
    )


def _order(scored: list[tuple[int, Overlap]]) -> list[tuple[int, Overlap]]:
    return sorted(scored, key=lambda pair: (-pair[1].shared, pair[1].extra, -pair[0]))


def answers(question: str, facts: Sequence[str]) -> list[tuple[int, Overlap]]:
    """(index, overlap) of the facts that answer ``question``, the best first (``facts``
    oldest first: on a tie the newer wins)."""
    wanted = concepts(question)
    scored = [(i, overlap(wanted, concepts(fact))) for i, fact in enumerate(facts)]
    return _order([pair for pair in scored if pair[1].answers])


def relevant(question: str, facts: Sequence[str], limit: int = 3) -> list[int]:
    """Indexes of at most ``limit`` facts worth showing the language model for
    ``question``, the best first; none when nothing is clearly about it."""
    wanted = concepts(question)
    personal = bool(_FIRST_PERSON.search(question))
    scored = _order([(i, overlap(wanted, concepts(f))) for i, f in enumerate(facts)])
    eating = bool(_EATING.search(question))
    kept = [(i, o) for i, o in scored if o.relevant(personal, eating)]
    warned = {i for i, o in kept if o.warns and eating}  # always, and first
    best = max((o.firm for i, o in kept if i not in warned), default=0.0)
    near = [i for i, o in kept if i not in warned and o.firm >= PROMPT_NEAR_BEST * best]
    warnings = [i for i, _ in kept if i in warned]
    return (warnings + near)[:limit]


def same_tie(first: Overlap, other: Overlap) -> bool:
    """Whether two answers are equally good (both are said)."""
    return first.shared == other.shared and first.extra == other.extra
