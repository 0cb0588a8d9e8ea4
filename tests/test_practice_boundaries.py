"""Practice holds the line: forbidden offers, allowed offers, wrong facts, canned replies and the mood's bounds."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from practice_scripts import DISMISSIVE, EMPATHETIC

from bot.coach import practice
from bot.coach.checks.analyze import analyze
from bot.coach.checks.promises import count_promises
from bot.coach.practice.better import better_version
from bot.coach.practice.boundaries import CROSSED, OVERCOMMITTED, WRONG_FACT
from bot.coach.practice.scenarios import Scenario, ScenarioError, Scenarios
from bot.resources import prompts_dir

BOUNDARY_RULES = {CROSSED, OVERCOMMITTED}
CRISIS = {"crisis-disclosure"}
"""Scenarios whose customer discloses a crisis: the handoff comes before any yes or no."""
KIND_OPENING = "I'm really sorry about all this, and I can see why it matters so much to you."
CANNED = (
    "I understand your frustration. We apologise for any inconvenience caused.",
    "Thank you for your patience. Your business is important to us.",
    "I'm sorry to hear that. Please be advised that we value your feedback.",
)
ABUSIVE_REPLIES = (
    "Shut up and listen, you idiot.",
    "Calm down. As I already said, there's nothing we can do.",
    "You're overreacting. It is what it is.",
    "Whatever. Deal with it.",
)
HARMFUL = (
    "Calm down, it's just a parcel. Check the tracking page.",
    "As I already said, you should have checked the details. Someone will look into it.",
    "Not my problem. Deal with it.",
    "It's your own fault. Next time, read the terms.",
)


def all_scenarios() -> list[Scenario]:
    return list(Scenarios.load().all)


def forbidden_cases() -> list[tuple[str, int]]:
    return [(s.id, i) for s in all_scenarios() for i in range(len(s.card.forbidden))]


def first_reply(scenario: Scenario, text: str) -> practice.Step:
    return practice.reply(practice.start(scenario), scenario, text)


def test_every_scenario_has_a_card_with_forbidden_and_allowed_offers(scenarios: Scenarios) -> None:
    for scenario in scenarios.all:
        assert scenario.card.forbidden or not scenario.may_not_offer, scenario.id
        assert scenario.card.allowed, scenario.id


@pytest.mark.parametrize(("scenario_id", "index"), forbidden_cases())
def test_each_forbidden_offer_is_found_named_and_costs_points(
    scenarios: Scenarios, scenario_id: str, index: int
) -> None:
    scenario = scenarios.get(scenario_id)
    offer = scenario.card.forbidden[index]
    without = first_reply(scenario, KIND_OPENING)
    crossing = first_reply(scenario, f"{KIND_OPENING} {offer.example}")
    assert BOUNDARY_RULES & set(crossing.turn.rules), offer.example
    assert offer.says in crossing.note and offer.because in crossing.note
    assert crossing.turn.score < without.turn.score
    assert crossing.turn.lesson in {"saying-no-with-empathy", "managing-expectations"}


@pytest.mark.parametrize(("scenario_id", "index"), forbidden_cases())
def test_a_customer_takes_a_forbidden_offer_at_its_word_and_holds_the_agent_to_it(
    scenarios: Scenarios, scenario_id: str, index: int
) -> None:
    scenario = scenarios.get(scenario_id)
    offer = scenario.card.forbidden[index]
    step = first_reply(scenario, f"{KIND_OPENING} {offer.example}")
    assert offer.says in step.session.promised
    if scenario_id in CRISIS:
        assert step.turn.reaction == "dismissed", "business as usual to someone in crisis is a brush-off first"
    else:
        assert step.turn.reaction == "promised"
        assert offer.says.lower() in step.customer.lower()
    held = practice.end(step.session, scenario)
    assert offer.says in held.customer
    assert held.session.mood > step.session.mood, "the broken promise lets them down"
    assert held.summary.mood_curve[-1] == held.session.mood
    # An example may make more than one promise ("the money will be back by the 1st" is a refund and a date).
    note = next(n for n in held.summary.promises if n.startswith(f"You promised {offer.says}, which you may not offer"))
    assert "Say no kindly" in note


@pytest.mark.parametrize("scenario_id", sorted(EMPATHETIC))
def test_the_caring_scripts_cross_no_line_and_get_no_fact_wrong(scenarios: Scenarios, scenario_id: str) -> None:
    scenario = scenarios.get(scenario_id)
    session = practice.start(scenario)
    for text in EMPATHETIC[scenario_id]:
        step = practice.reply(session, scenario, text)
        assert not (BOUNDARY_RULES | {WRONG_FACT}) & set(step.turn.rules), (text, step.turn.rules)
        session = step.session
        if step.finished:
            break
    assert not session.promised


def test_the_reply_from_the_issue_is_marked_down_not_praised(scenarios: Scenarios) -> None:
    scenario = scenarios.get("late-delivery")
    step = first_reply(scenario, "I'm so sorry Priya. I guarantee it will arrive by Saturday, and I'll refund the "
                                 "full order today as well.")
    assert {CROSSED, OVERCOMMITTED} <= set(step.turn.rules)
    assert step.turn.score < 40
    assert not step.note.startswith("Good")
    assert "by 5" not in step.customer, "the customer never assumes what the agent didn't say"


@pytest.mark.parametrize("scenario_id", [s.id for s in all_scenarios() if s.id not in CRISIS])
def test_a_kind_no_with_an_allowed_offer_is_rewarded_not_stonewalled(scenarios: Scenarios, scenario_id: str) -> None:
    scenario = scenarios.get(scenario_id)
    allowed = scenario.card.allowed[0]
    said_no = f"I'm sorry, that's not something I can offer. {allowed.example}"
    bare_no = "I'm sorry, that's not something I can offer."
    step = first_reply(scenario, said_no)
    bare = first_reply(scenario, bare_no)
    assert step.turn.reaction == "boundary_held", step.turn
    assert step.session.mood < step.session.start_mood
    assert step.turn.score > bare.turn.score
    assert not {"E303", "E304"} & set(step.turn.rules)


def labelled_ids() -> list[tuple[str, str, str]]:
    """Scenarios whose opening names an order, account or booking number, with the number and its label."""
    found = []
    for scenario in all_scenarios():
        m = re.search(r"\b(order|account|booking|merchant id)\s+(\S*\d[\w-]*)", scenario.opening, re.IGNORECASE)
        if m:
            found.append((scenario.id, m.group(1).lower(), m.group(2).rstrip(".,")))
    return found


@pytest.mark.parametrize(("scenario_id", "label", "right"), labelled_ids())
def test_a_wrong_number_is_a_fact_to_check_and_the_customer_corrects_it(
    scenarios: Scenarios, scenario_id: str, label: str, right: str
) -> None:
    scenario = scenarios.get(scenario_id)
    step = first_reply(scenario, f"{KIND_OPENING} I've found your {label} 4471 and I'm looking at it now.")
    assert WRONG_FACT in step.turn.rules and "Check your facts" in step.note
    assert step.turn.reaction == "corrected"
    assert "4471" in step.customer and right in step.customer
    same = first_reply(scenario, f"{KIND_OPENING} I've found your {label} {right} and I'm looking at it now.")
    assert WRONG_FACT not in same.turn.rules


def test_an_invented_status_and_a_wrong_amount_are_corrected(scenarios: Scenarios) -> None:
    late = scenarios.get("late-delivery")
    step = first_reply(late, "I'm sorry. It's at the local depot and I'll have it sent out tomorrow.")
    assert WRONG_FACT in step.turn.rules and "regional hub" in step.customer
    charge = scenarios.get("double-charge")
    step = first_reply(charge, "I'm sorry, I can see the duplicate payment of £46.99 and I'll request an urgent "
                               "reversal now.")
    assert WRONG_FACT in step.turn.rules and "£64.99" in step.customer


@pytest.mark.parametrize("scenario_id", [s.id for s in all_scenarios()])
def test_a_canned_reply_never_calms_the_customer(scenarios: Scenarios, scenario_id: str) -> None:
    scenario = scenarios.get(scenario_id)
    for text in CANNED:
        step = first_reply(scenario, text)
        assert step.session.mood >= step.session.start_mood, (text, step.turn.reaction)


@pytest.mark.parametrize("scenario_id", [s.id for s in all_scenarios()])
@pytest.mark.parametrize("style", ["empathetic", "dismissive", "abusive"])
def test_the_mood_stays_between_calm_and_furious(scenarios: Scenarios, scenario_id: str, style: str) -> None:
    scenario = scenarios.get(scenario_id)
    replies = {"empathetic": EMPATHETIC.get(scenario_id, ()) * 4, "dismissive": DISMISSIVE * 4,
               "abusive": ABUSIVE_REPLIES * 4}[style]
    session = practice.start(scenario)
    for text in replies:
        step = practice.reply(session, scenario, text)
        session = step.session
        assert 0.0 <= session.mood <= 1.0
        if step.finished:
            break
    else:
        session = practice.end(session, scenario).session
    assert all(0.0 <= mood <= 1.0 for mood in session.mood_curve)


def test_empathy_reaches_the_floor_without_going_below_it(scenarios: Scenarios) -> None:
    """Replies that keep calming the customer stop at 0: the floor is what holds them there."""
    scenario = scenarios.get("late-delivery")
    session = practice.start(scenario)
    calming = [f"{KIND_OPENING} I'll open a trace with the courier now, and I'll email you what they say, "
               f"update number {n}." for n in range(1, 8)]
    lowest = 1.0
    for text in calming:
        step = practice.reply(session, scenario, text)
        session = step.session
        lowest = min(lowest, session.mood)
        if step.finished:
            break
    assert lowest >= 0.0


@pytest.mark.parametrize("scenario_id", [s.id for s in all_scenarios()])
@pytest.mark.parametrize("draft", HARMFUL)
def test_the_better_version_keeps_no_harm_and_adds_no_promise(scenarios: Scenarios, scenario_id: str,
                                                              draft: str) -> None:
    scenario = scenarios.get(scenario_id)
    better = better_version(draft, scenario.opening, scenario)
    if better is None:
        return
    rules = set(analyze(better, scenario.opening).rules)
    assert not rules & {"E401", "E402", "E405", "E407"}, better
    assert not re.search(r"\b(?:next time|calm down|deal with it|your own fault)\b", better, re.IGNORECASE)
    before, after = count_promises(draft), count_promises(better)
    assert all(after[kind] <= before[kind] for kind in after), better
    assert not any(offer.found_in(better) for offer in scenario.card.forbidden)


def test_the_summary_better_version_for_the_issue_reply_drops_the_brush_off(scenarios: Scenarios) -> None:
    scenario = scenarios.get("late-delivery")
    step = first_reply(scenario, "Calm down, it's just a parcel. Check the tracking page.")
    summary = practice.end(step.session, scenario).summary
    rewrite = summary.weakest_rewrite or ""
    for kept in ("just a parcel", "Check the tracking page", "keep you posted", "Calm down"):
        assert kept not in rewrite


def test_in_the_abusive_scenario_a_calm_boundary_wins_over_retaliating_or_caving(scenarios: Scenarios) -> None:
    scenario = scenarios.get("abusive-customer")
    boundary = first_reply(scenario, "I'm sorry nobody came today, Rick. I want to help, and I can't continue if "
                                     "the insults go on. I can book you in tomorrow from 8am to 12pm.")
    retaliate = first_reply(scenario, "Don't talk to me like that, you clown. Deal with it.")
    cave = first_reply(scenario, "OK, OK, I'm sorry. We'll compensate you for your lost day's pay and I'll give "
                                 "you a £100 credit.")
    assert boundary.turn.reaction == "boundary_held"
    assert boundary.turn.score > max(retaliate.turn.score, cave.turn.score)
    assert boundary.session.mood < min(retaliate.session.mood, practice.end(cave.session, scenario).session.mood)
    assert CROSSED in cave.turn.rules
    assert scenario.conduct and not any("abuse" in line.lower() for line in scenario.may_not_offer)


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (('example = "It will arrive by Saturday."', 'example = "The weather is nice."'),
         r"late-delivery\.toml: card\.offer #1 \('a guaranteed delivery date'\) doesn't match its own example"),
        (('kind = "date"', 'kind = "teleport"'), r"card\.offer #1: kind must be one of"),
        (('because = "the courier hasn\'t given one"\nexample', 'example'), r"card\.offer #1: because must be"),
    ],
)
def test_a_card_entry_that_cant_match_its_own_example_stops_the_load(
    tmp_path: Path, edit: tuple[str, str], message: str
) -> None:
    (tmp_path / "scenarios").mkdir()
    shutil.copy(prompts_dir() / "customer.toml", tmp_path / "customer.toml")
    source = (prompts_dir() / "scenarios" / "late-delivery.toml").read_text("utf-8")
    assert edit[0] in source
    (tmp_path / "scenarios" / "late-delivery.toml").write_text(source.replace(*edit, 1), "utf-8")
    with pytest.raises(ScenarioError, match=message):
        Scenarios.load(tmp_path)


CARING_LINES = ("reassured", "acknowledged", "next_step", "boundary_held")
NUMBER = re.compile(r"£?\d+(?:[:.]\d+)?(?:\s?(?:am|pm))?")


@pytest.mark.parametrize("scenario_id", [s.id for s in all_scenarios()])
def test_a_calmer_customer_never_quotes_a_number_the_agent_may_not_have_said(
    scenarios: Scenarios, scenario_id: str
) -> None:
    """Their replies to a good answer can't assume which time or amount it named: only what they knew already."""
    scenario = scenarios.get(scenario_id)
    known = f"{scenario.opening} {scenario.persona}"
    for reaction in CARING_LINES:
        for line in (line for band in scenario.lines[reaction].values() for line in band):
            for number in NUMBER.findall(line):
                assert number in known, (reaction, line)


def test_in_a_crisis_the_handoff_wins_and_business_as_usual_is_a_brush_off(scenarios: Scenarios) -> None:
    scenario = scenarios.get("crisis-disclosure")
    routine = first_reply(scenario, "I'm sorry about the bill. I can set up a payment plan for you today.")
    handoff = first_reply(scenario, "I'm really sorry you're feeling like this, Chris, and I'm glad you told me. "
                                    "If you're in danger right now, please call 999, or the Samaritans on 116 123, "
                                    "any time. I'm putting collection on hold for 30 days now, and I'd like to put "
                                    "you through to our support team, who are trained for this. Is that OK?")
    assert "E502" in routine.turn.rules and CROSSED in routine.turn.rules
    assert routine.turn.reaction == "dismissed" and routine.session.mood > routine.session.start_mood
    assert not {"E502", CROSSED, WRONG_FACT} & set(handoff.turn.rules), handoff.turn.rules
    assert handoff.session.mood < handoff.session.start_mood
    assert handoff.turn.score > routine.turn.score + 30


def test_a_legitimate_escalation_is_an_allowed_offer_and_deciding_it_yourself_is_not(scenarios: Scenarios) -> None:
    scenario = scenarios.get("fraud-escalation")
    warm = first_reply(scenario, "I'm so sorry, that's a frightening thing to find. I'll transfer you to our fraud "
                                 "team now and pass on everything you've told me, so you won't need to repeat it.")
    decide = first_reply(scenario, "I'm so sorry, that's a frightening thing to find. Don't worry, I'll refund the "
                                   "£2,400 now.")
    assert CROSSED not in warm.turn.rules and warm.session.mood < warm.session.start_mood
    assert CROSSED in decide.turn.rules and decide.turn.score < warm.turn.score


def test_the_gentle_introduction_comes_first_and_difficulty_is_not_the_starting_mood(scenarios: Scenarios) -> None:
    first = scenarios.all[0]
    assert (first.id, first.difficulty, first.mood) == ("first-practice", "gentle", "calm")
    assert not [s for s in scenarios.all[1:] if (s.difficulty, s.mood) == ("gentle", "calm")]
    hard_not_angry = {s.id for s in scenarios.all if s.difficulty == "hard" and s.mood != "angry"}
    assert {"bereavement-closure", "crisis-disclosure"} <= hard_not_angry
    assert len(scenarios.all) >= 18


def test_saying_no_to_a_promise_made_earlier_is_objected_to_then_not_held_against_the_agent_at_the_end(
    scenarios: Scenarios,
) -> None:
    scenario = scenarios.get("late-delivery")
    first = first_reply(scenario, f"{KIND_OPENING} I'll refund the full order today as well.")
    back = practice.reply(first.session, scenario, "I'm sorry, I got that wrong: I can't refund the full order "
                                                   "while it's in transit, but I'll open a trace with the courier now.")
    assert "you told me a full refund of the item" in back.customer or "you said a full refund" in back.customer
    assert back.session.taken_back == ("a full refund of the item",) and not back.session.outstanding
    kept = practice.reply(first.session, scenario, f"{KIND_OPENING} I'll open a trace with the courier now.")
    assert back.session.mood > kept.session.mood, "taking it back stings now..."
    ended_back, ended_kept = practice.end(back.session, scenario), practice.end(kept.session, scenario)
    assert ended_back.session.mood < ended_kept.session.mood, "...and spares the let-down at the end"
    assert ended_back.summary.promises, "the summary still teaches it"
