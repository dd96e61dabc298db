"""The memory skill: many wordings to remember, recall and forget; replies in the
second person; forgetting asks first and names what it forgets; a damaged file is kept
aside and the skill works afresh."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hearth.assistant.hosting.host import ToolCallError
from hearth.assistant.testing import SkillHarness
from hearth.skills import builtin_skills
from hearth.skills.memory import MemorySkill
from hearth.skills.memory_store import memory_file
from hearth.skills.memory_wording import second_person


@pytest.fixture
def harness(tmp_path: Path) -> SkillHarness:
    """Every built-in skill, so that a phrase taken from another skill would show."""
    return SkillHarness(*builtin_skills(), data_root=tmp_path)


def stored(tmp_path: Path) -> list[str]:
    path = memory_file(tmp_path)
    if not path.exists():
        return []
    db = sqlite3.connect(path)
    try:
        return [r[0] for r in db.execute("SELECT text FROM facts ORDER BY id")]
    finally:
        db.close()


@pytest.mark.parametrize(
    ("said", "kept", "reply"),
    [
        (
            "remember that my parking spot is B12",
            "My parking spot is B12",
            "Okay, I'll remember that your parking spot is B12.",
        ),
        (
            "Remember my wife's birthday is May 3rd.",
            "My wife's birthday is May 3rd",
            "Okay, I'll remember that your wife's birthday is May 3rd.",
        ),
        (
            "My wife's birthday is May 3rd, remember that.",
            "My wife's birthday is May 3rd",
            "Okay, I'll remember that your wife's birthday is May 3rd.",
        ),
        (
            "note that I'm allergic to penicillin",
            "I'm allergic to penicillin",
            "Okay, I'll remember that you're allergic to penicillin.",
        ),
        (
            "don't forget that the gate code is 4512",
            "The gate code is 4512",
            "Okay, I'll remember that the gate code is 4512.",
        ),
        (
            "please remember I parked on level 3",
            "I parked on level 3",
            "Okay, I'll remember that you parked on level 3.",
        ),
        (
            "Just so you know, our wifi password is on the fridge.",
            "Our wifi password is on the fridge",
            "Okay, I'll remember that your wifi password is on the fridge.",
        ),
        (
            "keep in mind that I was born in Leeds",
            "I was born in Leeds",
            "Okay, I'll remember that you were born in Leeds.",
        ),
        (
            "I want you to remember that my locker is 42",
            "My locker is 42",
            "Okay, I'll remember that your locker is 42.",
        ),
    ],
)
def test_many_wordings_are_remembered_and_said_back_as_yours(
    harness: SkillHarness, tmp_path: Path, said: str, kept: str, reply: str
) -> None:
    assert harness.say(said) == reply
    assert harness.last is not None and harness.last.handled_by == "memory"
    assert stored(tmp_path) == [kept]  # the user's own words, tidied


def test_what_is_not_a_fact_about_the_user_is_left_to_others(
    harness: SkillHarness, tmp_path: Path
) -> None:
    for said in (
        "do you remember the first moon landing",
        "I can't remember the name of that song",
        "remember to buy milk",
        "what do you know about black holes",
        "remind me what a reminder is",
        "note that the wifi password is on the fridge",  # a note, not about the user
        "forget it",  # a stop word
    ):
        harness.say(said)
        assert harness.last is None or harness.last.handled_by != "memory", said
    assert stored(tmp_path) == []


@pytest.mark.parametrize(
    ("fact", "question", "answer"),
    [
        ("remember that my parking spot is B12", "Where did I park?", "Your parking spot is B12."),
        (
            "remember that my parking spot is B12",
            "what's my parking spot",
            "Your parking spot is B12.",
        ),
        ("remember I parked on level 3", "which level did I park on?", "You parked on level 3."),
        (
            "remember my wife's birthday is May 3rd",
            "When is my wife's birthday?",
            "Your wife's birthday is May 3rd.",
        ),
        ("remember my locker number is 42", "which locker is mine", "Your locker number is 42."),
        (
            "I left my glasses on the piano, remember that",
            "where did I leave my glasses",
            "You left your glasses on the piano.",
        ),
        ("remember that my doctor is Dr Patel", "who is my doctor", "Your doctor is Dr Patel."),
        (
            "note that I'm allergic to penicillin",
            "do you know what I'm allergic to?",
            "You're allergic to penicillin.",
        ),
    ],
)
def test_recall_finds_the_fact_by_meaning(
    harness: SkillHarness, fact: str, question: str, answer: str
) -> None:
    for other in (
        "remember that my wife's phone number is 07700 900123",
        "remember that my car is a blue Honda Civic",
        "remember that the bins go out on Tuesday night",
    ):
        harness.say(other)
    harness.say(fact)
    assert harness.say(question) == answer
    assert harness.last is not None and harness.last.handled_by == "memory"


def test_a_question_about_something_never_told_is_answered_honestly(
    harness: SkillHarness,
) -> None:
    harness.say("remember my wife's birthday is May 3rd")
    harness.say("remember that my daughter's shoe size is 32")
    assert harness.say("what's my shoe size") == (
        "You haven't told me your shoe size. Tell me with 'remember that ...'."
    )
    assert harness.say("what's my wife's name?") == (  # not her birthday
        "You haven't told me your wife's name. Tell me with 'remember that ...'."
    )
    assert harness.say("where did I park") == (
        "You haven't told me that. Tell me with 'remember that ...'."
    )


def test_a_newer_value_replaces_the_old_one_and_the_same_fact_is_kept_once(
    harness: SkillHarness, tmp_path: Path
) -> None:
    harness.say("remember that my parking spot is B12")
    assert harness.say("remember that my parking spot is C7") == (
        "Okay, I'll remember that your parking spot is C7, and forget that your parking "
        "spot is B12."
    )
    assert harness.say("remember my parking spot is C7") == (
        "I already know that your parking spot is C7."
    )
    harness.say("remember that my son is 5")
    harness.say("remember that my son is allergic to nuts")  # both true: both kept
    assert stored(tmp_path) == [
        "My parking spot is C7",
        "My son is 5",
        "My son is allergic to nuts",
    ]


@pytest.mark.parametrize(
    ("language", "old", "new", "reply", "kept_too"),
    [
        (
            "es",
            "recuerda que mi plaza de aparcamiento es la B12",
            "recuerda que mi plaza de aparcamiento es la C7",
            "Vale, recordaré que tu plaza de aparcamiento es la C7. Y he olvidado lo "
            "anterior: tu plaza de aparcamiento es la B12.",
            "recuerda que mi hijo es alérgico a las nueces",
        ),
        (
            "es",
            "recuerda que aparqué en la planta 3",
            "recuerda que he aparcado en la planta 5",
            "Vale, recordaré que has aparcado en la planta 5. Y he olvidado lo anterior: "
            "aparcaste en la planta 3.",
            "recuerda que mi hijo es muy alto",
        ),
        (
            "fr",
            "retiens que mon code wifi est 1234",
            "retiens que mon code wifi est 9876",
            "D'accord, je retiens que votre code wifi est 9876. Et j'ai oublié l'ancienne "
            "information : votre code wifi est 1234.",
            "retiens que ma fille est en CP",
        ),
        (
            "de",
            "merk dir, dass mein Auto auf Ebene 3 steht",
            "merk dir, dass mein Auto auf Ebene 5 steht",
            "Okay, das merke ich mir: dein Auto steht auf Ebene 5. Das Alte habe ich "
            "vergessen: dein Auto steht auf Ebene 3.",
            "merk dir, dass mein Sohn Fußball spielt",
        ),
        (
            "de",
            "merk dir, dass mein Parkplatz B12 ist",
            "merk dir, dass mein Parkplatz C7 ist",
            "Okay, das merke ich mir: dein Parkplatz ist C7. Das Alte habe ich vergessen: "
            "dein Parkplatz ist B12.",
            "merk dir, dass mein Bruder Paul heißt",
        ),
    ],
)
def test_a_newer_value_replaces_the_old_one_in_each_language(
    harness: SkillHarness,
    tmp_path: Path,
    language: str,
    old: str,
    new: str,
    reply: str,
    kept_too: str,
) -> None:
    """One parking spot, one place the car is: the newer fact replaces the older, and the
    reply says so; a fact about something else is kept beside it."""
    harness.say(kept_too, language)
    harness.say(old, language)
    assert harness.say(new, language) == reply
    assert len(stored(tmp_path)) == 2
    assert harness.say(new, language) != reply  # already known: nothing more forgotten
    assert len(stored(tmp_path)) == 2


def test_what_do_you_know_about_me_lists_everything_numbered(harness: SkillHarness) -> None:
    assert harness.say("what do you know about me?") == (
        "You haven't asked me to remember anything yet. Tell me with 'remember that ...'."
    )
    harness.say("remember that my parking spot is B12")
    harness.say("note that I'm allergic to penicillin")
    expected = (
        "You've told me 2 things. 1: Your parking spot is B12. 2: You're allergic to penicillin."
    )
    for question in ("what do you know about me", "What have you remembered?", "list my memories"):
        assert harness.say(question) == expected
    for i in range(5):
        harness.say(f"remember that locker {i} is blue")
    listing = harness.say("what have I told you?")
    assert listing is not None and listing.startswith("You've told me 7 things.")
    assert listing.endswith("And 2 more: see them all in Settings, Privacy, Memory.")


def test_forget_that_forgets_the_last_one_remembered_or_recalled_after_a_yes(
    harness: SkillHarness, tmp_path: Path
) -> None:
    harness.say("remember that my parking spot is B12")
    harness.say("remember my wife's birthday is May 3rd")
    assert harness.say("forget that") == (
        "Forget that your wife's birthday is May 3rd? Say yes or no."
    )
    assert harness.last is not None and harness.last.expects_reply
    assert harness.say("no") == "Okay, I won't."
    assert len(stored(tmp_path)) == 2
    harness.say("where did I park?")  # recalled: now "that" is the parking spot
    assert harness.say("forget that") == "Forget that your parking spot is B12? Say yes or no."
    assert harness.say("yes") == "Okay, I've forgotten that your parking spot is B12."
    assert stored(tmp_path) == ["My wife's birthday is May 3rd"]
    assert harness.say("forget that") == (
        "I'm not sure what to forget. Ask me what I know about you, then say forget and what it is."
    )


@pytest.mark.parametrize(
    "request_",
    ["forget my parking spot", "forget where I parked", "forget that my parking spot is B12"],
)
def test_forget_a_thing_by_name_names_it_first(
    harness: SkillHarness, tmp_path: Path, request_: str
) -> None:
    harness.say("remember that my parking spot is B12")
    harness.say("remember my wife's birthday is May 3rd")
    harness.say("what do you know about me")
    assert harness.say(request_) == "Forget that your parking spot is B12? Say yes or no."
    assert harness.say("yes") == "Okay, I've forgotten that your parking spot is B12."
    assert stored(tmp_path) == ["My wife's birthday is May 3rd"]
    assert harness.say("forget my shoe size") == (
        "I don't know anything about your shoe size, so there's nothing to forget."
    )


def test_forget_everything_is_confirmed_and_a_no_keeps_it_all(
    harness: SkillHarness, tmp_path: Path
) -> None:
    assert harness.say("forget everything you know about me") == (
        "There was nothing to forget: you haven't asked me to remember anything."
    )  # nothing to confirm
    harness.say("remember that my parking spot is B12")
    harness.say("remember my wife's birthday is May 3rd")
    assert harness.say("forget everything about me") == (
        "Forget all 2 things you asked me to remember? Say yes or no."
    )
    assert harness.say("nope") == "Okay, I won't."
    assert len(stored(tmp_path)) == 2
    assert harness.say("clear your memory") == (
        "Forget all 2 things you asked me to remember? Say yes or no."
    )
    assert harness.say("yes") == "Okay, I've forgotten everything you asked me to remember."
    assert stored(tmp_path) == []


def test_the_language_model_cannot_make_it_forget_without_a_yes(tmp_path: Path) -> None:
    harness = SkillHarness(MemorySkill(), data_root=tmp_path)
    harness.say("remember that my parking spot is B12")
    forgetting = [h for h in harness.host.handlers if h.attr.startswith("forget")]
    assert forgetting and not any(h.tool for h in forgetting)  # never offered as tools
    with pytest.raises(ToolCallError):  # a model cannot even ask for it
        harness.host.call_tool("memory.forget_all", {}, "forget everything")
    assert stored(tmp_path) == ["My parking spot is B12"]


def test_a_damaged_memory_file_is_kept_aside_the_user_told_and_it_works_afresh(
    harness: SkillHarness, tmp_path: Path
) -> None:
    path = memory_file(tmp_path)
    path.parent.mkdir(parents=True)
    junk = b"not a database at all \x00\xff" * 100
    path.write_bytes(junk)
    reply = harness.say("remember that my parking spot is B12")
    assert reply is not None
    assert reply.startswith("Your memories file was damaged, so I kept it aside as memory.sqlite3")
    assert reply.endswith(
        "and started a new one. Okay, I'll remember that your parking spot is B12."
    )
    copies = sorted(path.parent.glob("memory.sqlite3.damaged-*"))
    assert len(copies) == 1 and copies[0].read_bytes() == junk  # kept byte for byte
    assert harness.say("where did I park") == "Your parking spot is B12."  # told once
    harness.say("forget everything")
    reply = harness.say("yes")
    assert reply is not None and copies[0].name in reply and "still hold" in reply


@pytest.mark.parametrize(
    ("said", "back"),
    [
        ("My keys are in my coat", "your keys are in your coat"),
        ("I'm meeting Sam", "you're meeting Sam"),
        ("We were in Rome and I was happy", "you were in Rome and you were happy"),
        ("The book is mine", "the book is yours"),
        ("Sam's birthday is June 1", "Sam's birthday is June 1"),
        ("I've lent Mark my drill", "you've lent Mark your drill"),
    ],
)
def test_my_becomes_your(said: str, back: str) -> None:
    assert second_person(said) == back


@pytest.mark.parametrize(
    ("language", "remember", "kept", "know", "forget", "yes", "forgotten"),
    [
        (
            "de",
            "merk dir, dass ich allergisch gegen Nüsse bin",
            "Okay, das merke ich mir: du bist allergisch gegen Nüsse.",
            "was weißt du über mich",
            "vergiss das",
            "ja",
            "Okay, das habe ich vergessen: du bist allergisch gegen Nüsse.",
        ),
        (
            "es",
            "recuerda que mi plaza de aparcamiento es la B12",
            "Vale, recordaré que tu plaza de aparcamiento es la B12.",
            "qué sabes de mí",
            "olvida eso",
            "sí",
            "Vale, lo he olvidado: tu plaza de aparcamiento es la B12.",
        ),
        (
            "fr",
            "retiens que je suis allergique aux noix",
            "D'accord, je retiens que vous êtes allergique aux noix.",
            "que sais-tu de moi",
            "oublie ça",
            "oui",
            "D'accord, j'ai oublié : vous êtes allergique aux noix.",
        ),
    ],
)
def test_remember_list_and_forget_in_each_language(
    harness: SkillHarness,
    tmp_path: Path,
    language: str,
    remember: str,
    kept: str,
    know: str,
    forget: str,
    yes: str,
    forgotten: str,
) -> None:
    """Kept as said, said back turned to the user, listed, and forgotten after a yes; a
    model that says "Ich habe es mir gemerkt" without keeping anything is not asked."""
    assert harness.say(remember, language) == kept
    assert len(stored(tmp_path)) == 1
    listed = harness.say(know, language)
    fact = forgotten.rsplit(": ", 1)[-1].rstrip(".")  # the fact as said back
    assert listed is not None and fact in listed
    asked = harness.say(forget, language)
    assert asked is not None and asked.endswith("?" + asked.split("?")[-1])
    assert stored(tmp_path)  # not before the yes
    assert harness.say(yes, language) == forgotten
    assert stored(tmp_path) == []


@pytest.mark.parametrize(
    ("question", "found"),
    [
        ("Wo ist mein Parkplatz?", "Mein Parkplatz ist B12"),
        ("Wie heißt mein Bruder?", "Mein Bruder heißt Paul"),
        ("¿Dónde está mi plaza de aparcamiento?", "Mi plaza de aparcamiento es la B12"),
        ("¿Soy alérgico a algo?", "Soy alérgico a las nueces"),
        ("Quel âge a ma fille ?", "Ma fille a 7 ans"),
        ("Was ist die Hauptstadt von Frankreich?", None),
        ("¿Cuál es la capital de Francia?", None),
    ],
)
def test_facts_in_other_languages_are_found_by_their_own_words(
    question: str, found: str | None
) -> None:
    """What the language model is given with a question: the facts sharing its words,
    small words of Spanish, French and German set aside as English ones are."""
    from hearth.skills.memory_match import relevant

    facts = [
        "Mein Parkplatz ist B12",
        "Mein Bruder heißt Paul",
        "Mi plaza de aparcamiento es la B12",
        "Soy alérgico a las nueces",
        "Ma fille a 7 ans",
        "My locker is 42",
    ]
    got = [facts[i] for i in relevant(question, facts)]
    assert got[:1] == ([found] if found else [])


@pytest.mark.parametrize(
    ("language", "remember", "question", "answer"),
    [
        (
            "de",
            "merk dir, dass mein Auto auf Ebene 3 steht",
            "wo habe ich geparkt?",
            "Dein Auto steht auf Ebene 3.",
        ),
        (
            "de",
            "merk dir, dass mein Bruder Paul heißt",
            "wie heißt mein Bruder?",
            "Dein Bruder heißt Paul.",
        ),
        (
            "es",
            "recuerda que aparqué en la planta 3",
            "¿dónde aparqué?",
            "Aparcaste en la planta 3.",
        ),
        (
            "es",
            "recuerda que mi plaza de aparcamiento es la B12",
            "¿cuál es mi plaza de aparcamiento?",
            "Tu plaza de aparcamiento es la B12.",
        ),
        (
            "fr",
            "retiens que ma voiture est au niveau 2",
            "où est ma voiture ?",
            "Votre voiture est au niveau 2.",
        ),
    ],
)
def test_a_question_in_each_language_is_answered_from_what_was_told(
    harness: SkillHarness, language: str, remember: str, question: str, answer: str
) -> None:
    """German said after "dass" is kept in the order of a sentence of its own."""
    assert harness.say(question, language) != answer  # not before it was told
    harness.say(remember, language)
    assert harness.say(question, language) == answer


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ("My brother is called Paul", "My brother is called Peter", True),
        ("My car is parked on level 3", "My car is parked on level 5", True),
        ("I parked on level 3", "Aparqué en la planta 5", True),  # one car, any language
        ("Je me suis garé au niveau 2", "J'ai garé la voiture au niveau 4", True),
        ("Ich habe im Parkhaus geparkt", "Ich habe an der Straße geparkt", True),
        ("Mon vélo se trouve au garage", "Mon vélo se trouve dans la cave", True),
        ("Mi correo es ana@example.com", "Mi correo es ana@example.org", True),
        ("Mon adresse est 3 rue Haute", "Mon adresse est 5 rue Basse", True),
        ("Mein Sohn ist 5", "Mein Sohn ist allergisch gegen Nüsse", False),
        ("Mi hijo es alto", "Mi hijo es alérgico a las nueces", False),
        ("Ma fille est en CP", "Ma fille est très sportive", False),
        ("Ich mag Jazz", "Ich mag Pizza", False),
        ("Es ist kalt", "Es ist warm", False),
    ],
)
def test_what_a_fact_is_about_in_each_language(first: str, second: str, same: bool) -> None:
    """A newer fact replaces an older one only where the user has one such thing."""
    from hearth.skills.memory_wording import subject

    about = subject(first)
    assert (about is not None and about == subject(second)) is same, (about, subject(second))


@pytest.mark.parametrize(
    ("question", "found"),
    [
        ("Can I eat walnut bread?", "I'm allergic to nuts"),
        ("Is there anything in a cheesecake I shouldn't eat?", "I'm lactose intolerant"),
        ("¿Puedo comer pan de nueces?", "Soy alérgica a las nueces"),
        ("Est-ce que je peux manger des crevettes ?", "Je suis allergique aux fruits de mer"),
        ("Darf ich Erdnussbutter essen?", "Ich bin allergisch gegen Nüsse"),
        ("Can my son have a glass of milk?", "My son is lactose intolerant"),
        ("Do I eat meat?", "I'm vegetarian"),
        ("¿Puedo comer una tortilla de huevos?", "Soy vegana"),
        ("Can I have a glass of milk?", None),  # the son's, not the user's
        ("What is a walnut?", None),  # about the world, not the user
        ("Can I eat an apple?", None),
    ],
)
def test_what_the_user_must_not_eat_comes_with_a_question_naming_such_food(
    question: str, found: str | None
) -> None:
    """An allergy, intolerance or diet is given to the model with a question about eating
    such food, by the food's kind (walnut: nuts; an omelette: eggs) and by a German
    compound's parts, first, and even beside facts sharing more words."""
    from hearth.skills.memory_match import relevant

    facts = [
        "I love walnut bread with butter",
        "My son is lactose intolerant",
        "My locker is 42",
        {
            "Can I eat walnut bread?": "I'm allergic to nuts",
            "Is there anything in a cheesecake I shouldn't eat?": "I'm lactose intolerant",
            "¿Puedo comer pan de nueces?": "Soy alérgica a las nueces",
            "Est-ce que je peux manger des crevettes ?": "Je suis allergique aux fruits de mer",
            "Darf ich Erdnussbutter essen?": "Ich bin allergisch gegen Nüsse",
            "Do I eat meat?": "I'm vegetarian",
            "¿Puedo comer una tortilla de huevos?": "Soy vegana",
        }.get(question, "I'm allergic to nuts"),
    ]
    got = [facts[i] for i in relevant(question, facts)]
    if found is None:
        assert not any("allerg" in f or "intolerant" in f for f in got if "son" not in f)
        assert "My son is lactose intolerant" not in got
    else:
        assert got[:1] == [found]


def test_the_model_is_told_which_food_of_the_question_a_fact_rules_out(tmp_path: Path) -> None:
    from hearth.skills.memory_store import Memories

    memories = Memories.at(tmp_path)
    memories.add("soy alérgica a los frutos secos")
    memories.add("My car is red")
    assert memories.relevant("¿Puedo comer pan de nueces o de almendras?") == [
        "Soy alérgica a los frutos secos. Because of this, the user must not eat nueces, almendras"
    ]
    assert memories.relevant("¿Qué son los frutos secos?") == []  # not about the user
    assert memories.relevant("what colour is my car?") == ["My car is red"]
