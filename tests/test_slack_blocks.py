"""Block Kit builders: Slack's limits hold for any draft, and people's text is shown, never acted on."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from payloads import walk

from bot.coach import check
from bot.coach.checks.model import CheckResult, Finding
from bot.services.checks import Checked
from bot.services.lessons import lesson_schedule
from bot.slack import blocks, check_blocks
from bot.store import Progress, UserSettings
from tests.fake_slack import assert_within_limits

LONG_DRAFT = ("As I already said, you should have checked the tracking page <!channel>. "
              "Calm down, it's policy & nothing can be done. ") * 80


def test_the_longest_draft_stays_within_slacks_limits() -> None:
    assert_within_limits(check_blocks.result_blocks(Checked(7, check(LONG_DRAFT[:10_000]))))


def test_many_findings_are_capped_and_counted(make_result: Callable[..., CheckResult]) -> None:
    result = make_result(rules=tuple(f"E{number}" for number in range(100, 140)), draft="x" * 9000)
    message = check_blocks.result_blocks(Checked(7, result))
    assert_within_limits(message)
    assert "…and 30 more" in json.dumps(message, ensure_ascii=False)


def test_the_whole_rewrite_is_in_the_copyable_boxes_however_long() -> None:
    result = check(LONG_DRAFT[:10_000])
    boxes = [block for block in check_blocks.rewrite_blocks(result) if block["type"] == "rich_text"]
    assert len(boxes) > 1
    pieces = [element["text"] for box in boxes for element in walk(box) if element.get("type") == "text"]
    assert [word for piece in pieces for word in piece.split()] == result.rewrite.split()


def test_peoples_text_is_escaped_but_the_rewrite_box_is_verbatim() -> None:
    result = check("As I already said, <!channel> you should have read the <b>FAQ</b> & the terms.")
    message = check_blocks.result_blocks(Checked(1, result))
    sections = " ".join(block["text"]["text"] for block in message if block["type"] == "section")
    assert "<!channel>" not in sections and "<b>" not in sections
    box = next(block for block in message if block["type"] == "rich_text")
    assert "<!channel>" in json.dumps(box)


def test_buttons_carry_the_check_and_the_top_finding(make_result: Callable[..., CheckResult]) -> None:
    result = make_result(rules=("E402", "E101"))
    top = result.findings[0]
    message = check_blocks.result_blocks(Checked(42, result))
    buttons = {element["action_id"]: element["value"] for block in message if block["type"] == "actions"
               for element in block["elements"]}
    assert buttons[check_blocks.ANOTHER_VERSION] == buttons[check_blocks.HELPFUL] == buttons[check_blocks.NOT_HELPFUL] == "42"
    why = json.loads(buttons[check_blocks.WHY])
    assert (why["check"], why["rule"], why["lesson"], why["why"]) == (42, top.rule, top.lesson, top.why)


def test_a_good_draft_offers_no_rewrite_or_why(make_result: Callable[..., CheckResult]) -> None:
    message = check_blocks.result_blocks(Checked(3, make_result(rules=())))
    ids = [element["action_id"] for block in message if block["type"] == "actions" for element in block["elements"]]
    assert ids == [check_blocks.HELPFUL, check_blocks.NOT_HELPFUL]
    assert "no changes suggested" in json.dumps(message)


def test_the_why_value_fits_a_button_even_for_huge_explanations() -> None:
    finding = Finding("E999", "high", 0, 1, "m" * 5000, "w" * 5000, "lesson")
    value = check_blocks.why_value(1, finding)
    assert len(value) <= blocks.MAX_BUTTON_VALUE and json.loads(value)["rule"] == "E999"


def test_the_variant_is_named_in_the_footer(make_result: Callable[..., CheckResult]) -> None:
    footer = check_blocks.result_blocks(Checked(5, make_result(rules=("E101",)), variant=2))[-1]
    assert "version 3 of the rewrite" in footer["elements"][0]["text"]


def test_dimension_bars_line_up() -> None:
    text = blocks.dimension_bars({"acknowledge": 1.0, "own": 0.0, "respect": 0.55})
    lines = text.strip("`").splitlines()
    assert lines[0] == "acknowledge  ██████████  1.00"
    assert lines[1] == "own          ░░░░░░░░░░  0.00"
    assert {len(line) for line in lines} == {len(lines[0])}


@given(st.text(min_size=0, max_size=9000), st.integers(min_value=20, max_value=3000))
def test_split_text_keeps_every_word_within_the_limit(text: str, limit: int) -> None:
    pieces = blocks.split_text(text, limit)
    assert all(0 < len(piece) <= limit for piece in pieces)
    # Only the whitespace at a cut may go; every other character stays, in order.
    assert "".join("".join(pieces).split()) == "".join(text.split())


def test_modals_respect_title_and_input_limits() -> None:
    view = check_blocks.check_modal(draft="d" * 5000, customer="c" * 10, metadata='{"channel": "U1"}')
    assert len(view["title"]["text"]) <= 24 and len(view["submit"]["text"]) <= 24
    inputs = [block for block in view["blocks"] if block["type"] == "input"]
    assert [block["block_id"] for block in inputs] == [check_blocks.CUSTOMER_INPUT, check_blocks.DRAFT_INPUT]
    assert len(inputs[1]["element"]["initial_value"]) <= blocks.MAX_INPUT_CHARS
    with pytest.raises(ValueError, match="metadata"):
        check_blocks.check_modal(metadata="x" * 3001)


def progress(checks: int, average: float | None, previous: float | None) -> Progress:
    now = datetime(2025, 3, 10, tzinfo=UTC)
    dims = {"acknowledge": 0.8, "reflect": 0.2} if checks else {}
    return Progress("slack:T:U", now - timedelta(days=7), now, checks, average, previous, dims,
                    "acknowledge" if checks else None, "reflect" if checks else None,
                    (("E101", 3),) if checks else ())


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (progress(0, None, None), "no checks in the last 7 days yet"),
        (progress(1, 61.0, None), "1 check in the last 7 days, average score *61/100* (no checks in"),
        (progress(4, 70.0, 60.0), ":arrow_up: up 10 on the 7 days before"),
        (progress(4, 50.0, 60.0), ":arrow_down: down 10"),
        (progress(4, 60.2, 60.0), "the same as the 7 days before"),
    ],
)
def test_progress_reads_as_a_sentence(value: Progress, expected: str) -> None:
    assert expected in json.dumps(blocks.progress_blocks(value), ensure_ascii=False)


def test_home_shows_progress_settings_and_the_check_button() -> None:
    view = blocks.home_view(progress(4, 70.0, 60.0), UserSettings("slack:T:U", "Europe/Paris", "08:00", True, False))
    text = json.dumps(view, ensure_ascii=False)
    assert view["type"] == "home"
    assert "08:00 on weekdays, Europe/Paris time" in text and "Needs the most work:* reflect" in text
    assert blocks.OPEN_CHECK in text and blocks.OPEN_SETTINGS in text and "`E101` (3)" in text


@pytest.mark.parametrize(
    "settings",
    [
        UserSettings("u", None),
        UserSettings("u", "Asia/Tokyo", "07:05", False),
        UserSettings("u", "Asia/Tokyo", lessons_paused=True),
    ],
)
def test_the_home_tab_says_when_lessons_arrive_as_every_front_end_does(settings: UserSettings) -> None:
    view = blocks.home_view(progress(0, None, None), settings)
    assert lesson_schedule(settings, "*Lesson settings*") in json.dumps(view, ensure_ascii=False)


def test_settings_modal_starts_from_the_saved_settings() -> None:
    view = blocks.settings_modal(UserSettings("u", "Asia/Tokyo", "07:05", False, True))
    by_id = {block["block_id"]: block["element"] for block in view["blocks"]}
    assert by_id[blocks.TIMEZONE_INPUT]["initial_value"] == "Asia/Tokyo"
    assert by_id[blocks.LESSON_TIME_INPUT]["initial_time"] == "07:05"
    assert [option["value"] for option in by_id[blocks.OPTIONS_INPUT]["initial_options"]] == [blocks.LESSONS_PAUSED]


def test_forget_confirmation_asks_twice_before_deleting() -> None:
    message = blocks.forget_blocks(3)
    assert "3 checks" in message[0]["text"]["text"]
    delete = message[1]["elements"][0]
    assert delete["action_id"] == blocks.FORGET_CONFIRM and delete["style"] == "danger" and "confirm" in delete
