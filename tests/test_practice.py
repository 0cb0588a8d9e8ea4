"""Practice sessions, pure logic: the scenarios, how the customer reacts, notes, hints, endings, the summary."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from practice_scripts import DISMISSIVE, EMPATHETIC

from bot.coach import DIMENSIONS, practice
from bot.coach.checks.rules import RULES
from bot.coach.practice.scenarios import BANDS, DIFFICULTIES, REACTIONS, Scenario, ScenarioError, Scenarios
from bot.coach.practice.session import START_MOOD, Session, band
from bot.resources import prompts_dir

ISSUE_SCENARIOS = {
    "late-delivery", "damaged-refund", "internet-down-wfh", "billing-backlog", "double-charge",
    "bereavement-closure", "passed-around", "price-increase", "cancelled-flight", "abusive-customer",
    "confused-elderly", "small-business-outage",
}
LESSON_IDS = {rule.lesson for rule in RULES.values()}
SCENARIO_IDS = sorted(EMPATHETIC)
VAGUE = ("Noted.", "Right.", "I see.", "Understood.", "OK then.", "Sure.", "Got it.", "Mm.", "Fine.", "Alright.")


def play(scenario: Scenario, replies: tuple[str, ...]) -> tuple[Session, practice.Summary]:
    """Send replies until the session finishes or they run out, then end it; returns the final state."""
    session = practice.start(scenario)
    for text in replies:
        step = practice.reply(session, scenario, text)
        session = step.session
        if step.finished:
            assert step.summary is not None
            return session, step.summary
    step = practice.end(session, scenario)
    assert step.summary is not None
    return step.session, step.summary


def test_every_scenario_from_the_issue_is_there_with_a_full_card(scenarios: Scenarios) -> None:
    assert ISSUE_SCENARIOS <= set(scenarios.ids)
    assert len(scenarios.ids) >= 12
    assert {s.difficulty for s in scenarios.all} == set(DIFFICULTIES)
    assert {s.mood for s in scenarios.all} == set(BANDS)
    for scenario in scenarios.all:
        assert scenario.persona and scenario.facts and scenario.needs and scenario.may_offer and scenario.opening
        for reaction in REACTIONS:
            assert all(scenario.lines[reaction][b] for b in BANDS), (scenario.id, reaction)
    # the picker lists the easiest first
    order = [DIFFICULTIES.index(s.difficulty) for s in scenarios.all]
    assert order == sorted(order)
    assert sum(s.agent_may_end for s in scenarios.all) == 1


@pytest.mark.parametrize("scenario_id", SCENARIO_IDS)
def test_an_empathetic_agent_calms_the_customer_and_outscores_a_dismissive_one(
    scenarios: Scenarios, scenario_id: str
) -> None:
    scenario = scenarios.get(scenario_id)
    assert scenario is not None
    kind, kind_summary = play(scenario, EMPATHETIC[scenario_id])
    rude, rude_summary = play(scenario, DISMISSIVE)

    assert kind.mood < kind.start_mood, kind.mood_curve
    assert rude.mood > rude.start_mood, rude.mood_curve
    assert kind.mood < rude.mood
    assert kind_summary.score is not None and rude_summary.score is not None
    assert kind_summary.score > rude_summary.score + 30
    assert all(kind_summary.dimensions[name] >= rude_summary.dimensions[name] for name in ("acknowledge", "own"))
    assert kind.status in ("satisfied", "ended", "boundary") and rude.status in ("walked_away", "ended")
    assert rude_summary.lesson in {"no-blame", "de-escalation"}


@pytest.mark.parametrize("scenario_id", SCENARIO_IDS)
@pytest.mark.parametrize("style", ["vague", "repeating", "alternating"])
def test_the_customer_never_repeats_a_line_in_a_session(scenarios: Scenarios, scenario_id: str, style: str) -> None:
    scenario = scenarios.get(scenario_id)
    assert scenario is not None
    replies = {
        "vague": VAGUE,
        "repeating": ("Noted.",) * 20,
        "alternating": (EMPATHETIC[scenario_id][1], "Noted.", "I'm sorry.", "Fine.", "I see.") * 4,
    }[style]
    session, _ = play(scenario, replies)
    lines = [turn.customer for turn in session.turns]
    assert len(lines) == len(set(lines)), lines


def test_a_session_round_trips_through_json_at_every_step(scenarios: Scenarios) -> None:
    scenario = scenarios.get("late-delivery")
    assert scenario is not None
    session = practice.start(scenario)
    assert Session.from_json(session.to_json()) == session
    for text in (EMPATHETIC["late-delivery"][0], "Noted."):
        session = practice.reply(session, scenario, text).session
        session, _ = practice.hint(session, scenario)
        restored = Session.from_json(session.to_json())
        assert restored == session
        # and the restored session carries on exactly as the original would
        assert practice.reply(restored, scenario, "Noted.") == practice.reply(session, scenario, "Noted.")


@pytest.mark.parametrize("text", ["", "{}", '{"version": 99}', "not json", '{"version": 1, "turns": [1]}'])
def test_unreadable_state_is_a_value_error(text: str) -> None:
    with pytest.raises(ValueError):
        Session.from_json(text)


def test_the_same_replies_always_get_the_same_customer(scenarios: Scenarios) -> None:
    scenario = scenarios.get("cancelled-flight")
    assert scenario is not None
    assert play(scenario, EMPATHETIC["cancelled-flight"]) == play(scenario, EMPATHETIC["cancelled-flight"])


@pytest.mark.parametrize(
    ("text", "reaction", "calmer"),
    [
        ("I'm so sorry the flight was cancelled; that's awful with the kids. I'll rebook you on the 06:15 now.",
         "reassured", True),
        ("I'll rebook you on the 06:15 now and email the boarding passes.", "next_step", True),
        ("You should have bought travel insurance.", "blamed", False),
        ("Calm down. There's nothing we can do.", "dismissed", False),
        ("Our policy says we can't rebook you.", "stonewalled", False),
        ("What matters most to you about tomorrow, and how can I make tonight easier?", "open_question", True),
        ("Shut up, you idiot.", "insulted", False),
        ("Noted.", "vague", False),
    ],
)
def test_how_the_customer_takes_a_reply(scenarios: Scenarios, text: str, reaction: str, calmer: bool) -> None:
    scenario = scenarios.get("cancelled-flight")
    assert scenario is not None
    session = practice.start(scenario)
    step = practice.reply(session, scenario, text)
    assert step.turn is not None and step.turn.reaction == reaction
    assert (step.session.mood < session.mood) is calmer
    assert step.customer == step.turn.customer
    if not step.finished:
        assert step.customer in scenario.lines[reaction][band(step.session.mood)]


def test_stock_phrases_wind_the_customer_up_however_polite(scenarios: Scenarios) -> None:
    scenario = scenarios.get("cancelled-flight")
    assert scenario is not None
    session = practice.start(scenario)
    step = practice.reply(session, scenario, "We apologise for any inconvenience caused. Thank you for your patience.")
    assert step.turn is not None and step.turn.reaction == "canned"
    assert step.session.mood > session.mood


@pytest.mark.parametrize("scenario_id", ["first-practice", "confused-elderly", "bereavement-closure"])
def test_a_calm_customer_is_settled_by_the_second_good_reply_and_no_calmer_than_calm(
    scenarios: Scenarios, scenario_id: str
) -> None:
    """One good reply is not yet a conversation; the mood curve every front end draws stops at 0."""
    scenario = scenarios.get(scenario_id)
    assert scenario is not None and scenario.mood == "calm"
    first = practice.reply(practice.start(scenario), scenario, EMPATHETIC[scenario_id][0])
    assert first.turn is not None and first.turn.reaction in ("reassured", "next_step")
    assert first.session.active and first.session.mood <= 0.1
    second = practice.reply(first.session, scenario, EMPATHETIC[scenario_id][1])
    assert second.session.status == "satisfied"
    assert second.session.mood == 0.0
    assert min(second.session.mood_curve) == 0.0


def test_an_insult_is_coached_and_upsets_the_customer_more_than_blame(scenarios: Scenarios) -> None:
    scenario = scenarios.get("late-delivery")
    assert scenario is not None
    session = practice.start(scenario)
    insult = practice.reply(session, scenario, "Stop whining, you stupid woman.")
    blame = practice.reply(session, scenario, "You should have checked the tracking page.")
    assert insult.turn is not None and blame.turn is not None
    assert insult.session.mood > blame.session.mood
    assert '"stupid"' in insult.note and "boundary" in insult.note
    assert insult.turn.lesson == "respectful-tone"
    assert practice.end(insult.session, scenario).summary.lesson == "respectful-tone"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("```\ndef refund(order):\n    return order.total\n```", "code"),
        ("Traceback (most recent call last):\n  File \"app.py\", line 3\nKeyError: 'order'", "code"),
        ("Lo siento mucho, su paquete llegará mañana por la tarde con el mensajero.", "English"),
        ("申し訳ございません。お荷物は明日届きます。", "English"),
    ],
)
def test_code_and_other_languages_confuse_the_customer_and_score_nothing(
    scenarios: Scenarios, text: str, words: str
) -> None:
    scenario = scenarios.get("double-charge")
    assert scenario is not None
    step = practice.reply(practice.start(scenario), scenario, text)
    assert step.turn is not None
    assert step.turn.reaction == "confused" and step.turn.score == 0
    assert words in step.note
    assert step.session.mood > START_MOOD[scenario.mood]


def test_a_wall_of_text_is_coached_and_a_document_is_cut_to_size(scenarios: Scenarios) -> None:
    scenario = scenarios.get("double-charge")
    assert scenario is not None
    session = practice.start(scenario)
    long = "I'll check the payment for you and email you by 5pm today. " * 30
    step = practice.reply(session, scenario, long)
    assert step.turn is not None and step.turn.reaction == "overwhelmed"
    assert "characters" in step.note
    huge = practice.reply(session, scenario, "word " * 50_000)
    assert huge.turn is not None and len(huge.turn.agent) <= 10_000


def test_an_empty_reply_is_not_a_turn(scenarios: Scenarios) -> None:
    scenario = scenarios.get("double-charge")
    assert scenario is not None
    session = practice.start(scenario)
    for text in ("", "   \n", "\u200b", None):
        step = practice.reply(session, scenario, text)
        assert step.turn is None and step.customer is None and step.session == session
        assert "Nothing was sent" in step.note


def test_sending_the_same_reply_twice_is_noticed(scenarios: Scenarios) -> None:
    scenario = scenarios.get("price-increase")
    assert scenario is not None
    text = "I'll look at the options for you now."
    first = practice.reply(practice.start(scenario), scenario, text)
    second = practice.reply(first.session, scenario, "  " + text.lower().rstrip(".") + "! ")
    assert second.turn is not None and second.turn.reaction == "repeated"
    assert "already" in second.note


def test_notes_praise_specific_words_or_name_the_top_problem(scenarios: Scenarios) -> None:
    scenario = scenarios.get("late-delivery")
    assert scenario is not None
    session = practice.start(scenario)
    good = practice.reply(session, scenario, EMPATHETIC["late-delivery"][0])
    assert good.note.startswith("Good: ") and '"I\'m so sorry your parcel' in good.note
    bad = practice.reply(session, scenario, "As I already said, it's on its way.")
    assert bad.turn is not None and bad.note == f'{RULES["E402"].message.rstrip(".")}: "As I already said".'
    assert bad.turn.lesson == "de-escalation"


def test_a_hint_points_the_way_without_writing_the_reply(scenarios: Scenarios) -> None:
    scenario = scenarios.get("late-delivery")
    assert scenario is not None
    session, first = practice.hint(practice.start(scenario), scenario)
    assert session.hints == 1 and session.turns == ()
    assert scenario.needs in first and scenario.may_offer[0].rstrip(".") in first
    session = practice.reply(session, scenario, "I'll open a trace with the courier today.").session
    session, second = practice.hint(session, scenario)
    assert session.hints == 2 and second != first
    assert "Priya is going through" in second  # the reply acknowledged nothing
    for text in EMPATHETIC["late-delivery"]:
        assert text not in first + second
    assert practice.end(session, scenario).summary.hints == 2


def test_the_customer_walks_away_after_being_pushed_past_furious(scenarios: Scenarios) -> None:
    scenario = scenarios.get("billing-backlog")
    assert scenario is not None
    session = practice.start(scenario)
    first = practice.reply(session, scenario, "You should have sent the readings properly.")
    assert first.session.mood == 1.0 and first.session.active  # one warning at the edge
    second = practice.reply(first.session, scenario, "Calm down.")
    assert second.session.status == "walked_away"
    assert second.customer in scenario.endings["walked_away"]
    with pytest.raises(practice.SessionOver):
        practice.reply(second.session, scenario, "Sorry!")


def test_the_session_stops_at_the_turn_limit_with_a_closing_line(scenarios: Scenarios) -> None:
    scenario = scenarios.get("confused-elderly")
    assert scenario is not None
    session = practice.start(scenario)
    step = None
    for text in VAGUE[: scenario.turn_limit]:
        step = practice.reply(session, scenario, text)
        session = step.session
    assert step is not None and session.status == "turn_limit"
    assert len(session.turns) == scenario.turn_limit
    assert any(step.customer.endswith(end) for end in scenario.endings["turn_limit"])
    assert step.summary is not None and step.summary.outcome == "turn_limit"


ABUSE_BOUNDARY = ("I'm sorry the engineer didn't turn up; losing a day off is really frustrating. I want to help, "
                  "but I need us to keep this respectful. I'll book the engineer for tomorrow morning.")


@pytest.mark.parametrize(
    ("scenario_id", "text"),
    [
        ("abusive-customer", ABUSE_BOUNDARY),
        ("damaged-refund", "I'm sorry the jug cracked, that's really annoying. I can't refund accidental damage, "
                           "but what I can do is send a new jug at 30% off."),
    ],
    ids=["a calm line about the tone", "a kind no with an alternative"],
)
def test_a_boundary_held_kindly_is_praised_and_calms_the_customer(
    scenarios: Scenarios, scenario_id: str, text: str
) -> None:
    scenario = scenarios.get(scenario_id)
    assert scenario is not None
    step = practice.reply(practice.start(scenario), scenario, text)
    assert step.turn is not None and step.turn.reaction == "boundary_held"
    assert step.note.startswith("Good: you held the line")
    assert step.session.mood < step.session.start_mood


def test_ending_after_a_boundary_with_an_abusive_customer_is_a_good_outcome(scenarios: Scenarios) -> None:
    scenario = scenarios.get("abusive-customer")
    assert scenario is not None
    step = practice.reply(practice.start(scenario), scenario, ABUSE_BOUNDARY)
    ended = practice.end(step.session, scenario)
    assert ended.session.status == "boundary" and ended.customer in scenario.endings["boundary"]
    # Ending without a boundary is just ending, here and everywhere else.
    assert practice.end(practice.start(scenario), scenario).session.status == "ended"


def test_the_summary_has_scores_best_and_weakest_with_a_rewrite_mood_curve_and_a_lesson(
    scenarios: Scenarios,
) -> None:
    scenario = scenarios.get("double-charge")
    assert scenario is not None
    replies = (EMPATHETIC["double-charge"][0], "It will be looked into.", EMPATHETIC["double-charge"][1])
    session, summary = play(scenario, replies)
    scores = [t.score for t in session.turns]
    assert summary.turns == 3 and summary.score == round(sum(scores) / 3)
    assert set(summary.dimensions) == set(DIMENSIONS)
    for name in DIMENSIONS:
        assert summary.dimensions[name] == round(sum(t.dimensions[name] for t in session.turns) / 3, 3)
    assert summary.best is not None and summary.best.score == max(scores)
    assert summary.weakest is not None and summary.weakest.text == "It will be looked into."
    assert summary.weakest_rewrite and summary.weakest_rewrite != "It will be looked into."
    assert summary.mood_curve == (session.start_mood, *(t.mood for t in session.turns))
    assert summary.lesson in LESSON_IDS
    data = summary.to_dict()
    assert data["weakest"]["rewrite"] == summary.weakest_rewrite and data["lesson"] == summary.lesson


def test_a_session_ended_before_any_reply_has_no_score_but_still_a_lesson(scenarios: Scenarios) -> None:
    scenario = scenarios.get("double-charge")
    assert scenario is not None
    summary = practice.end(practice.start(scenario), scenario).summary
    assert summary is not None
    assert summary.score is None and summary.best is None and summary.turns == 0
    assert summary.lesson in LESSON_IDS


def test_redacted_sessions_and_summaries_keep_scores_but_no_agent_words(scenarios: Scenarios) -> None:
    scenario = scenarios.get("double-charge")
    assert scenario is not None
    session, summary = play(scenario, EMPATHETIC["double-charge"])
    assert all(t.agent == "" for t in session.redacted().turns)
    assert [t.score for t in session.redacted().turns] == [t.score for t in session.turns]
    hidden = summary.redacted()
    assert hidden.weakest_rewrite is None and hidden.best.text == "" and hidden.score == summary.score


def test_a_broken_scenario_file_is_named_with_what_to_fix(tmp_path: Path) -> None:
    shutil.copy(prompts_dir() / "customer.toml", tmp_path / "customer.toml")
    (tmp_path / "scenarios").mkdir()
    source = (prompts_dir() / "scenarios" / "late-delivery.toml").read_text("utf-8")
    broken = tmp_path / "scenarios" / "late-delivery.toml"

    broken.write_text(source.replace('mood = "frustrated"', 'mood = "livid"'), "utf-8")
    with pytest.raises(ScenarioError, match=r"late-delivery\.toml: mood must be one of calm, frustrated, angry"):
        Scenarios.load(tmp_path)

    broken.write_text(source.replace("[lines.blamed]", "[lines.blamd]"), "utf-8")
    with pytest.raises(ScenarioError, match=r"lines\.blamd is not a reaction"):
        Scenarios.load(tmp_path)

    broken.write_text(source.replace('id = "late-delivery"', "turn_limit = 40\nid = \"late-delivery\""), "utf-8")
    with pytest.raises(ScenarioError, match="turn_limit must be a whole number from 3 to 20"):
        Scenarios.load(tmp_path)

    broken.write_text(source.replace('id = "late-delivery"', "turn_limit = 20\nid = \"late-delivery\""), "utf-8")
    with pytest.raises(ScenarioError, match=r"fewer than the turn_limit of 20"):
        Scenarios.load(tmp_path)

    broken.write_text(source + "\n[oops", "utf-8")
    with pytest.raises(ScenarioError, match="not valid TOML"):
        Scenarios.load(tmp_path)


REPLY_TEXT = st.one_of(
    st.text(max_size=400),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=2000),
    st.sampled_from(["hint", "end", "```", "<@U123>", "\u200b" * 5, "!!!!!", "IDIOT", "a" * 12_000]),
)


@given(texts=st.lists(REPLY_TEXT, min_size=1, max_size=6))
@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
def test_no_reply_crashes_a_session_or_leaves_it_inconsistent(scenarios: Scenarios, texts: list[str]) -> None:
    scenario = scenarios.get("abusive-customer")
    assert scenario is not None
    session = practice.start(scenario)
    for text in texts:
        if not session.active:
            break
        step = practice.reply(session, scenario, text)
        session = step.session
        assert step.note
        assert 0.0 <= session.mood <= 1.0
        if step.turn is not None:
            assert 0 <= step.turn.score <= 100 and step.customer
        assert Session.from_json(session.to_json()) == session
    summary = practice.summarize(session if not session.active else replace(session, status="ended"), scenario)
    assert summary.lesson in LESSON_IDS
