"""Personal details become placeholders before a draft leaves the process, and come back afterwards."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.coach.privacy import PLACEHOLDER, Redactor, find_personal_details


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("Write to jo.smith+orders@mail.example.co.uk today.", "EMAIL", "jo.smith+orders@mail.example.co.uk"),
        ("Call me on +44 20 7946 0958 after six.", "PHONE", "+44 20 7946 0958"),
        ("My number is (555) 123-4567.", "PHONE", "(555) 123-4567"),
        ("Ring 555-123-4567 please.", "PHONE", "555-123-4567"),
        ("Ring 07700 900123 please.", "PHONE", "07700 900123"),
        ("The card 4111 1111 1111 1111 was charged.", "CARD", "4111 1111 1111 1111"),
        ("The card 4111-1111-1111-1111 was charged.", "CARD", "4111-1111-1111-1111"),
        ("Account number 12345678 is locked.", "ACCOUNT", "12345678"),
        ("acct #: AC-99812 is locked.", "ACCOUNT", "AC-99812"),
        ("Pay into GB82 WEST 1234 5698 7654 32 instead.", "ACCOUNT", "GB82 WEST 1234 5698 7654 32"),
        ("It went to 221B Baker Street on Monday.", "ADDRESS", "221B Baker Street"),
        ("Ship it to 42 Elm Grove Road, Apt 4B tomorrow.", "ADDRESS", "42 Elm Grove Road, Apt 4B"),
        ("Postcode NW1 6XE is outside the zone.", "ADDRESS", "NW1 6XE"),
    ],
)
def test_each_kind_of_personal_detail_is_found(text: str, kind: str, value: str) -> None:
    found = [(text[start:end], found_kind) for start, end, found_kind in find_personal_details(text)]
    assert (value, kind) in found


@pytest.mark.parametrize(
    "text",
    [
        "Order #48213 for $45.00 ships on 2025-03-10 at 10:30.",
        "Your refund of £1,234.56 takes 10 days; ticket RMA-7731.",
        "Check your account settings, then try again on 12.03.2025.",
        "Flight BA 117 leaves from gate 22 at 9:45 pm.",
    ],
)
def test_facts_the_reply_is_about_are_not_treated_as_personal(text: str) -> None:
    assert find_personal_details(text) == []


def test_the_same_value_gets_the_same_placeholder_across_texts_and_comes_back() -> None:
    redactor = Redactor()
    draft = redactor.redact("I've emailed jo@example.com and will call 555-123-4567.")
    customer = redactor.redact("Email jo@example.com, not bo@example.com!")
    assert draft == "I've emailed [EMAIL_1] and will call [PHONE_1]."
    assert customer == "Email [EMAIL_1], not [EMAIL_2]!"
    assert redactor.restore("I'll write to [EMAIL_1] and ring [PHONE_1].") == (
        "I'll write to jo@example.com and ring 555-123-4567."
    )


def test_a_placeholder_the_redactor_never_issued_is_left_for_the_guard_to_catch() -> None:
    redactor = Redactor()
    redactor.redact("Mail jo@example.com")
    assert redactor.restore("Mail [EMAIL_1] or [EMAIL_7]") == "Mail jo@example.com or [EMAIL_7]"


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_restore_undoes_redact_for_any_text(text: str) -> None:
    redactor = Redactor()
    redacted = redactor.redact(text)
    assert redactor.restore(redacted) == text
    assert len(PLACEHOLDER.findall(redacted)) >= len(redactor.originals)


@given(
    st.lists(
        st.sampled_from(["jo@example.com", "+1 415 555 0100", "4111 1111 1111 1111", "12 High Street", "and", "."]),
        max_size=12,
    )
)
def test_no_detail_survives_redaction(parts: list[str]) -> None:
    text = " ".join(parts)
    redacted = Redactor().redact(text)
    for detail in ("jo@example.com", "415 555 0100", "4111 1111 1111 1111", "12 High Street"):
        assert detail not in redacted
