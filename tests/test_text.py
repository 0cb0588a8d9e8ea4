"""Small wording helpers every front end shares."""

from __future__ import annotations

import pytest

from bot.coach.text import counted, in_one_sentence


@pytest.mark.parametrize(("count", "noun", "plural", "shown"), [
    (0, "check", None, "0 checks"),
    (1, "check", None, "1 check"),
    (1, "reply", "replies", "1 reply"),
    (2, "reply", "replies", "2 replies"),
    (1, "lesson day", None, "1 lesson day"),
])
def test_counts_agree_with_their_number(count: int, noun: str, plural: str | None, shown: str) -> None:
    assert counted(count, noun, plural) == shown


def test_briefing_items_read_as_one_sentence() -> None:
    assert in_one_sentence(("A refund to the card.", "A call back today")) == "A refund to the card; A call back today."
