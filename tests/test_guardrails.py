"""Every check an LLM rewrite must pass, each shown failing on the answer it exists to stop."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from llm_cases import CUSTOMER, DRAFT, GOOD

from bot.coach import check
from bot.coach.checks.facts import missing_facts
from bot.coach.checks.guardrails import CHECKS, review
from bot.coach.checks.promises import added_promises

OFFLINE = check(DRAFT, CUSTOMER)


def test_a_faithful_warmer_answer_passes_and_is_rescored_by_the_engine() -> None:
    verdict = review(OFFLINE, GOOD)
    assert verdict.passed
    assert verdict.analysis is not None and verdict.analysis.text == GOOD
    assert verdict.analysis.score >= OFFLINE.rewrite_score


@pytest.mark.parametrize(
    ("answer", "failed", "detail"),
    [
        (GOOD + " If it doesn't turn up, we'll refund you.", "promises", "refund"),
        (GOOD + " I can offer you a 10% discount on your next order.", "promises", "discount"),
        (GOOD.replace("order #48213 ", "your order "), "facts", "#48213"),
        (GOOD.replace("$45.00", "$54.00"), "facts", "$45.00"),
        (GOOD.replace("3 March", "4 March"), "facts", "3"),
        (GOOD + " Under our delivery policy you are entitled to nothing more.", "unwarranted", "policy"),
        (GOOD.replace("on 3 March", "on 3 March and arrives Friday 7 March"), "unwarranted", "Friday"),
        (GOOD.replace("the FAQ", "the FAQ or Brenda in Logistics"), "unwarranted", "Brenda"),
        ("Here is the rewritten reply: " + GOOD, "unwarranted", "rewrite"),
        (
            "Je suis vraiment désolé que la commande #48213 ne soit pas encore arrivée et que personne n'ait répondu "
            "à vos courriels. Elle a été envoyée le 3 March pour $45.00, et la FAQ explique le suivi.",
            "language", "English",
        ),
        ("Мне очень жаль, заказ #48213 на $45.00 отправлен 3 March, см. FAQ. Я всё проверю сам.", "language", "script"),
        (" ".join([GOOD] * 3), "length", "too long"),
        ("Sorry. #48213", "length", "too much was cut"),
        ("", "empty", "no words"),
        ("```\n```", "empty", "no words"),
        (GOOD.replace("your emails", "[EMAIL_2]"), "placeholders", "[EMAIL_2]"),
        (GOOD.replace("your emails", "[email 1]"), "placeholders", "[email 1]"),
        ("Order #48213 for $45.00 was sent on 3 March. Read the FAQ. Calm down.", "score", "below the offline"),
    ],
)
def test_each_bad_answer_is_rejected_by_the_check_made_for_it(answer: str, failed: str, detail: str) -> None:
    verdict = review(OFFLINE, answer)
    assert verdict.rejection is not None
    assert (verdict.rejection.check, detail in verdict.rejection.detail) == (failed, True), verdict.rejection
    assert verdict.rejection.check in CHECKS


def test_a_promise_the_draft_already_made_may_be_kept() -> None:
    draft = "Read the FAQ. Your refund of $45.00 for order #48213 takes 10 days."
    offline = check(draft)
    answer = (
        "I'm so sorry for the wait, and I understand how frustrating it is to be left wondering. Your refund of $45.00 "
        "for order #48213 takes 10 days to arrive, and the FAQ explains each step. I'll keep an eye on it myself and "
        "let you know as soon as it lands. What else can I help you with in the meantime?"
    )
    assert review(offline, answer).passed


def test_a_name_from_the_customers_message_is_not_an_invented_detail() -> None:
    customer = "Hi, it's Priya. My order #48213 never arrived and I'm upset."
    offline = check("Order #48213 was sent. Read the FAQ.", customer)
    answer = ("Hi Priya, I'm so sorry order #48213 hasn't reached you; that's upsetting. It was sent, and the FAQ "
              "explains tracking. I'll chase it myself and let you know what I find.")
    assert review(offline, answer).passed
    assert review(offline, answer.replace("Priya", "Sam")).rejection.check == "unwarranted"


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=400))
def test_any_answer_is_judged_without_raising_and_a_pass_keeps_facts_and_promises(answer: str) -> None:
    verdict = review(OFFLINE, answer)
    if verdict.passed:
        assert not missing_facts(DRAFT, answer) and not added_promises(DRAFT, answer)
        assert verdict.analysis is not None and verdict.analysis.score >= OFFLINE.rewrite_score
    else:
        assert verdict.rejection is not None and verdict.rejection.check in CHECKS


def test_a_placeholder_like_token_of_the_drafts_own_may_stay() -> None:
    draft = "Calm down. Fill in [EMAIL] on the form for order #48213 and read the FAQ."
    answer = ("I'm so sorry for the trouble with order #48213, and I can see how frustrating this is. Fill in [EMAIL] "
              "on the form, and the FAQ explains the rest. I'll check on it myself and update you as soon as I can.")
    assert review(check(draft), answer).passed
    assert review(check(draft), answer.replace("[EMAIL]", "[EMAIL_1]")).rejection.check == "placeholders"
