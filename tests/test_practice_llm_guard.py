"""The checks every LLM-worded customer line must pass, and the versioned prompt behind them."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.coach import practice
from bot.coach.practice.customer_line import LINE_CHECKS, MAX_LINE_CHARS, LineRequest, review_line, tidy_line
from bot.coach.practice.reactions import MOOD_CHANGE
from bot.coach.practice.scenarios import Scenario, Scenarios
from bot.coach.practice.session import Turn
from bot.coach.privacy import Redactor
from bot.llm.customer import CUSTOMER_PROMPT, load_customer_prompt, request_messages
from bot.llm.prompt import PromptError
from bot.resources import prompts_dir

AGENT = "I'm so sorry about the wait. I'll open a trace now and email you at priya@example.com by 5pm today."


def request_for(scenario: Scenario, reaction: str, *, agent: str = AGENT, scripted: str = "OK.",
                outcome: str | None = None) -> LineRequest:
    turn = Turn(agent, scripted, reaction, 60, {}, (), "note", 0.4)
    return LineRequest(scenario, practice.start(scenario), turn, outcome)


@pytest.fixture
def late(scenarios: Scenarios) -> Scenario:
    scenario = scenarios.get("late-delivery")
    assert scenario is not None
    return scenario


@pytest.mark.parametrize(
    ("line", "reaction", "outcome", "check"),
    [
        ("OK. So I'll hear from you by 5pm today?", "reassured", None, None),
        ("Order 48213, due Monday, and the party is on Sunday. Please hurry.", "next_step", None, None),
        ("So it's my fault? Thanks a lot.", "blamed", None, None),  # sarcasm is not gratitude
        ("Thanks, but I got lost halfway. What happens next?", "overwhelmed", None, None),
        ("Right, I've had enough. Goodbye.", "dismissed", "walked_away", None),
        ("Thank you, that's all I needed. Have a good weekend.", "reassured", "satisfied", None),
        ("...", "vague", None, "empty"),
        ("x" * (MAX_LINE_CHARS + 1), "vague", None, "length"),
        ("OK. " * 6, "next_step", None, "length"),
        ("Fine.\nAgent: Great.", "next_step", None, "form"),
        ("Fine.\nPriya: And another thing.", "next_step", None, "form"),
        ("**Fine.** Where is it?", "vague", None, "form"),
        ("Please write to [EMAIL_3].", "next_step", None, "placeholders"),
        ("Где моя посылка? Я жду уже неделю.", "vague", None, "language"),
        ("Gracias, pero el paquete no está aquí y no sé por qué.", "vague", None, "language"),
        ("As an AI, I can't be upset.", "vague", None, "character"),
        ("I'm a chatbot playing Priya.", "vague", None, "character"),
        ("Is this role-play over yet?", "vague", None, "character"),
        ("I paid $120 for it.", "vague", None, "facts"),
        ("The order was due on Tuesday.", "vague", None, "facts"),
        ("It's order 99999, not the one you said.", "vague", None, "facts"),
        ("Thank you, that really helps.", "blamed", None, "mood"),
        ("I appreciate it.", "insulted", None, "mood"),
        ("Thanks for everything, you've been great.", "dismissed", "walked_away", "mood"),
        ("This is outrageous. I want to speak to your manager.", "reassured", None, "mood"),
        ("WHERE IS MY PARCEL", "reassured", None, "mood"),
        ("Fine, thanks, whatever.", "reassured", "satisfied", None),
    ],
)
def test_each_check_rejects_what_it_should_and_only_that(
    late: Scenario, line: str, reaction: str, outcome: str | None, check: str | None
) -> None:
    rejection = review_line(line, request_for(late, reaction, outcome=outcome))
    assert (rejection.check if rejection else None) == check


def test_the_chat_and_the_card_supply_the_details_a_customer_may_repeat(late: Scenario) -> None:
    request = request_for(late, "next_step", agent="I'll refund the £4.99 delivery fee and email you by 5:00pm.")
    assert review_line("OK, £4.99 back and an email by 5pm. Fine.", request) is None
    assert review_line("OK, £5.99 back then.", request).check == "facts"
    assert review_line("OK, $4.99 back then.", request).check == "facts"  # same number, another currency


def test_every_scripted_line_passes_the_checks_for_its_own_reaction(scenarios: Scenarios) -> None:
    """The checks must not be stricter than the lines the scenarios' authors wrote."""
    for scenario in scenarios.all:
        for source in (scenario.lines, scenario.fallback):
            for reaction, bands in source.items():
                for lines in bands.values():
                    for scripted in lines:
                        rejection = review_line(scripted, request_for(scenario, reaction, scripted=scripted))
                        assert rejection is None, (scenario.id, reaction, scripted, rejection)
        for outcome, reaction in (("satisfied", "reassured"), ("walked_away", "dismissed")):
            for scripted in scenario.endings[outcome]:
                request = request_for(scenario, reaction, scripted=scripted, outcome=outcome)
                assert review_line(scripted, request) is None, (scenario.id, outcome, scripted)


@pytest.mark.parametrize(
    ("answer", "tidied"),
    [
        ('"Where is it?"', "Where is it?"),
        ("Priya: Where is it?", "Where is it?"),
        ("Customer: “Where is it?”", "Where is it?"),
        ("  Where is it?  ", "Where is it?"),
    ],
)
def test_tidy_line_removes_quotes_and_a_name_label(answer: str, tidied: str) -> None:
    assert tidy_line(answer, "Priya") == tidied


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=600), reaction=st.sampled_from(sorted(MOOD_CHANGE)),
       outcome=st.sampled_from([None, "satisfied", "walked_away", "turn_limit"]))
def test_any_answer_is_either_accepted_or_named_never_a_crash(
    text: str, reaction: str, outcome: str | None
) -> None:
    rejection = review_line(tidy_line(text, "Priya"), request_for(_late(), reaction, outcome=outcome))
    assert rejection is None or rejection.check in LINE_CHECKS


@cache
def _late() -> Scenario:
    """Loaded once for the property test: hypothesis runs it hundreds of times, and fixtures only once."""
    scenario = Scenarios.load().get("late-delivery")
    assert scenario is not None
    return scenario


def test_the_shipped_prompt_words_every_reaction_and_every_ending(late: Scenario) -> None:
    prompt = load_customer_prompt()
    assert prompt.version == CUSTOMER_PROMPT == "customer-v2"
    assert set(prompt.reactions) == set(MOOD_CHANGE)
    for reaction in MOOD_CHANGE:
        system = request_messages(prompt, request_for(late, reaction), Redactor())[0]["content"]
        assert prompt.reactions[reaction] in system and "{" not in system.replace('{"line"', "")


def _copy_prompt(tmp_path: Path, edit: tuple[str, str]) -> Path:
    source = (prompts_dir() / "llm" / f"{CUSTOMER_PROMPT}.toml").read_text("utf-8")
    assert edit[0] in source
    (tmp_path / f"{CUSTOMER_PROMPT}.toml").write_text(source.replace(*edit, 1), "utf-8")
    return tmp_path


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (("is: {persona}", "is: {persona} {hobby}"), r"uses \{hobby\}, which the code doesn't supply"),
        (('blamed = "', 'blames = "'), r"\[reactions\] table .* has no text for blamed"),
        (("\n[moments]\n", "\n[moment]\n"), r"has no \[moments\] table"),
        (('version = "customer-v2"', ""), "has no version"),
    ],
)
def test_a_broken_prompt_file_fails_loudly_when_loaded(tmp_path: Path, edit: tuple[str, str], message: str) -> None:
    with pytest.raises(PromptError, match=message):
        load_customer_prompt(folder=_copy_prompt(tmp_path, edit))


def test_a_template_value_left_out_fails_instead_of_sending_a_gap() -> None:
    with pytest.raises(PromptError, match="needs a value for"):
        load_customer_prompt().prompt.messages(customer="Priya")
