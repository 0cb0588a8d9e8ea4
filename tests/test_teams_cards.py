"""Adaptive Card builders and the readers of what comes back: pure functions, no Teams needed."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st
from payloads import walk

from bot.coach import check
from bot.services.checks import Checked
from bot.teams import check_cards, commands, submits

DRAFT = "As I already said, you should have checked the tracking page. Someone will look into it."


def blocks(card: dict) -> list[dict]:
    return list(walk(card))


def test_the_result_card_shows_what_slack_shows_from_the_same_engine_result() -> None:
    result = check(DRAFT, "Where is my parcel??")
    card = check_cards.check_card(Checked(7, result))
    text = "\n".join(b["text"] for b in blocks(card) if isinstance(b.get("text"), str))
    assert f"Empathy score {result.score}/100" in text and f"scores {result.rewrite_score}/100" in text
    facts = {fact["title"].lower(): fact["value"] for b in blocks(card) if b.get("type") == "FactSet"
             for fact in b["facts"]}
    assert set(facts) == set(result.analysis.dimension_values())
    for finding in result.findings:
        assert finding.rule in text and finding.message in text and finding.why in text
    for change in result.explanation:
        assert change.change in text
    assert [a["title"] for a in card["actions"]] == ["Another version", "Why?", "Helpful", "Not helpful"]
    assert card["actions"][2]["data"] == {"action": "feedback", "check_id": 7, "helpful": True}
    assert card["actions"][1]["data"]["rule"] == result.findings[0].rule


def test_agent_text_is_shown_verbatim_never_as_markdown() -> None:
    draft = "Calm down. Please see **our** [terms](https://evil.example) and reply _today_, we'll sort it out for you."
    card = check_cards.check_card(Checked(1, check(draft)))
    runs = [b["text"] for b in blocks(card) if b.get("type") == "TextRun"]
    text_blocks = [b["text"] for b in blocks(card) if b.get("type") == "TextBlock"]
    assert any("[terms](https://evil.example)" in run for run in runs)
    assert not any("evil.example" in block for block in text_blocks)


def test_a_draft_with_nothing_to_fix_offers_no_rewrite_and_no_why(make_result) -> None:
    card = check_cards.check_card(Checked(3, make_result(rules=())), insert=True)
    assert [a["title"] for a in card["actions"]] == ["Helpful", "Not helpful"]
    assert "No rewrite suggested" in json.dumps(card) and "Findings: none" in json.dumps(card)


def test_many_findings_are_capped_and_summarised(make_result) -> None:
    result = make_result(rules=tuple(f"E10{i % 5 + 1}" for i in range(12)))
    card = check_cards.check_card(Checked(1, result))
    text = json.dumps(card)
    assert "Findings (12)" in text and f"and {12 - check_cards.MAX_FINDINGS} more" in text


def test_the_longest_checkable_draft_still_fits_in_a_teams_message() -> None:
    draft = ("I understand. As per our policy, someone will look into it. " * 200)[:10_000]
    card = check_cards.check_card(Checked(1, check(draft)), insert=True)
    assert len(json.dumps(card).encode()) < 100_000  # Teams refuses messages above ~100 KB


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("help", commands.Help()),
        ("  HELP  ", commands.Help()),
        ("progress", commands.ShowProgress()),
        ("settings", commands.ShowSettings()),
        ("forget-me", commands.AskForget()),
        ("forget me", commands.AskForget()),
        ("check", submits.ShowForm()),
        ("check   Sorry about that!", submits.CheckDraft("Sorry about that!", None)),
        ("Check\nLine one\nLine two", submits.CheckDraft("Line one\nLine two", None)),
        ("Sorry for the wait, I'll fix it.", submits.CheckDraft("Sorry for the wait, I'll fix it.", None)),
        ("progress please tell me", submits.CheckDraft("progress please tell me", None)),
        ("banana", commands.Unknown("banana")),
        ("practice", submits.StartPractice(None)),
        ("Practice late-delivery", submits.StartPractice("late-delivery")),
        ("Practice makes perfect, and I'm sorry.", submits.CheckDraft("Practice makes perfect, and I'm sorry.", None)),
    ],
)
def test_commands(text: str, expected: object) -> None:
    assert commands.parse(text) == expected


@given(st.text(max_size=200))
def test_any_text_is_one_command(text: str) -> None:
    assert isinstance(commands.parse(text), (commands.Help, commands.ShowProgress, commands.ShowSettings,
                                             commands.AskForget, commands.Unknown, submits.ShowForm,
                                             submits.CheckDraft, submits.StartPractice))


@given(st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
                    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=10), inner,
                                                                                  max_size=4)))
def test_any_submission_is_either_understood_or_refused_with_a_message(value: object) -> None:
    try:
        submits.parse(value)
    except submits.BadSubmission as error:
        assert str(error)


def test_check_ids_must_be_positive_whole_numbers() -> None:
    assert submits.parse({"action": "feedback", "check_id": "12", "helpful": "true"}) == submits.Feedback(12, True)
    for forged in (0, -1, 2**63, 1.5, "１２", "12abc", None, [], True):
        with pytest.raises(submits.BadSubmission):
            submits.parse({"action": "feedback", "check_id": forged, "helpful": True})


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ({"action": "quiz", "delivery_id": 4, "question_id": "q1", "option": 2}, submits.QuizAnswer(4, "q1", 2)),
        ({"action": "quiz", "delivery_id": 4, "question_id": "q1", "option_id": "ask-what"},
         submits.QuizAnswer(4, "q1", "ask-what")),
        ({"action": "lesson_done", "delivery_id": "4"}, submits.FinishLesson(4)),
        ({"action": "practice", "scenario": "late-delivery"}, submits.StartPractice("late-delivery")),
        ({"action": "practice"}, submits.StartPractice(None)),
        ({"action": "practice_hint"}, submits.PracticeHint()),
        ({"action": "practice_end"}, submits.PracticeEnd()),
        ({"action": "feedback", "check_id": 3, "helpful": False, "reason": " Wrong finding "},
         submits.Feedback(3, False, "Wrong finding")),
        ({"action": "feedback", "check_id": 3, "helpful": True, "reason": "ignored"}, submits.Feedback(3, True)),
    ],
)
def test_lesson_practice_and_feedback_submissions(value: dict, expected: object) -> None:
    assert submits.parse(value) == expected


@pytest.mark.parametrize(
    "value",
    [
        {"action": "quiz", "delivery_id": 4, "question_id": "q1"},
        {"action": "quiz", "delivery_id": 4, "question_id": "q1", "option": -1},
        {"action": "quiz", "delivery_id": 4, "question_id": "q1", "option": True},
        {"action": "quiz", "delivery_id": 0, "question_id": "q1", "option": 0},
        {"action": "quiz", "delivery_id": 4, "question_id": "", "option": 0},
        {"action": "lesson_done"},
        {"action": "practice", "scenario": "x" * 101},
    ],
)
def test_forged_lesson_and_practice_submissions_are_refused(value: dict) -> None:
    with pytest.raises(submits.BadSubmission):
        submits.parse(value)
