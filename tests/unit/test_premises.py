"""False premises: what a question takes for granted is found by its form, checked with
one short yes/no question to the model, and a false one is corrected first; ordinary
questions, and questions about the user or the assistant, are never checked."""

from __future__ import annotations

import pytest
from hearth.assistant.engines.llm import Message
from hearth.assistant.testing import ScriptedChat
from hearth.assistant.understanding.premises import (
    PremiseCheck,
    presupposition,
    verdict,
)
from hearth.assistant.understanding.router import Router


@pytest.mark.parametrize(
    ("question", "assumption"),
    [
        ("Why is the moon made of glass?", "Is the moon made of glass?"),
        ("why do cats bark at night", "Do cats bark at night?"),
        ("How come fish breathe air?", "Is it true that fish breathe air?"),
        ("When did the Romans reach Japan?", "Did the Romans reach Japan?"),
        ("When did people first use fire?", "Did people use fire?"),
        ("When did World War I start?", "Did World War I start?"),
        ("what year did Mozart visit Canada?", "Did Mozart visit Canada?"),
        ("In which year was Rome founded?", "Was Rome founded?"),
        ("Where did Beethoven paint his portraits?", "Did Beethoven paint his portraits?"),
        ("How did Caesar conquer China?", "Did Caesar conquer China?"),
        ("How many fins does a giraffe have?", "Does a giraffe have fins?"),
        ("Which desert is Paris in?", "Is Paris in a desert?"),
        ("How old is the Colosseum?", "Does the Colosseum exist?"),
        ("Um, so why are lemons sweet?", "Are lemons sweet?"),
        ("Can you tell me why snow is black?", "Is it true that snow is black?"),
        (
            "I was reading a book. Why did Newton discover Australia?",
            "Did Newton discover Australia?",
        ),
    ],
)
def test_what_a_question_takes_for_granted_is_found_by_its_form(
    question: str, assumption: str
) -> None:
    assert presupposition(question) == assumption


@pytest.mark.parametrize(
    "question",
    [
        "What is the capital of France?",
        "How do I boil an egg?",
        "How was your day?",
        "Tell me how to make tea.",
        "Who wrote Hamlet?",
        "When is the next full moon?",
        "Where do penguins live?",
        "Why did I say that?",  # about the user
        "Why do loud noises make me jump?",
        "What time is the match on?",
        "Why are you so quiet today?",  # about the assistant
        "Why is it so cold?",  # nothing to check
        "Why can't penguins fly?",  # a negated assumption: "no" would be ambiguous
        "Why do birds not sing at night?",
        "How old was Einstein when he died?",
        "Set a timer for ten minutes.",
        "Hello there!",
        "Why " + "really " * 30 + "is the sky blue?",  # too long to be one plain question
    ],
)
def test_other_questions_take_nothing_checkable_for_granted(question: str) -> None:
    assert presupposition(question) is None


@pytest.mark.parametrize(
    ("reply", "holds"),
    [
        ("No", False),
        ("no.", False),
        ("False", False),
        ("Yes,", True),
        ("yes it", True),
        ("The sun", None),
        ("", None),
        ("Not", None),
    ],
)
def test_only_a_clear_yes_or_no_counts(reply: str, holds: bool | None) -> None:
    assert verdict(reply) is holds


def test_a_false_premise_is_corrected_first() -> None:
    chat = ScriptedChat(["No", "Actually, the sun is very hot."])
    result = Router([], lambda: chat).route("Why is the sun cold?")
    check, answer = chat.calls
    assert check[-1] == Message("user", "Answer with only yes or no. Is the sun cold?")
    assert check[:-1] == answer[:-1]  # the same cached prompt before it
    assert answer[-1].content.startswith("Why is the sun cold?\n")
    assert "'Is the sun cold?' is no" in answer[-1].content and '"Actually,"' in answer[-1].content
    assert result.reply == "Actually, the sun is very hot."
    assert result.premise == "Is the sun cold?" and result.to_dict()["premise"] == result.premise
    assert "premise_check" in result.timings_ms


@pytest.mark.parametrize("check_reply", ["Yes", "Hmm, the sky"])
def test_a_true_or_unclear_premise_leaves_the_question_as_asked(check_reply: str) -> None:
    chat = ScriptedChat([check_reply, "Sunlight is scattered by the air."])
    result = Router([], lambda: chat).route("Why is the sky blue?")
    assert len(chat.calls) == 2
    assert chat.calls[1][-1] == Message("user", "Why is the sky blue?")
    assert result.premise is None and result.reply == "Sunlight is scattered by the air."


def test_ordinary_questions_pay_nothing() -> None:
    chat = ScriptedChat(["Paris."])
    result = Router([], lambda: chat).route("What is the capital of France?")
    assert len(chat.calls) == 1 and "premise_check" not in result.timings_ms


PASSAGE = (
    "Today is Monday.\n<<<REFERENCE\nThe Sun is a star.\nREFERENCE>>>\n"
    "Question: Why is the sun cold?"
)
PLAIN = [Message("system", "prompt"), Message("user", "Why is the sun cold?")]
GROUNDED = [Message("system", "prompt and rules"), Message("user", PASSAGE)]


def test_with_a_passage_a_no_is_asked_again_after_the_same_passage() -> None:
    chat = ScriptedChat(["No", "No"])
    premise = PremiseCheck().check("Why is the sun cold?", PLAIN, chat, grounded=GROUNDED)
    assert premise is not None and premise.holds is False
    first, second = chat.calls
    assert first == [PLAIN[0], Message("user", "Answer with only yes or no. Is the sun cold?")]
    assert second[0] == GROUNDED[0]
    assert second[-1].content.startswith(PASSAGE.rsplit("\n", 1)[0] + "\n")
    assert second[-1].content.endswith("Answer with only yes or no. Is the sun cold?")


@pytest.mark.parametrize(("replies", "holds"), [(["Yes"], True), (["No", "Yes"], True)])
def test_with_a_passage_only_two_noes_make_it_false(replies: list[str], holds: bool) -> None:
    chat = ScriptedChat(replies)
    premise = PremiseCheck().check("Why is the sun cold?", PLAIN, chat, grounded=GROUNDED)
    assert premise is not None and premise.holds is holds
    assert len(chat.calls) == len(replies)  # a "yes" without the passage is not asked again


def test_a_failing_check_leaves_the_question_to_the_answer() -> None:
    chat = ScriptedChat(fail=True)
    assert PremiseCheck().check("Why is the sun cold?", [Message("user", "x")], chat) is None
    assert len(chat.calls) == 1  # it was asked, and its failure was not the user's problem
