"""Every check an LLM rewrite must pass: each one lets good answers through and stops the flaw it exists to stop."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from llm_cases import CUSTOMER, DRAFT, GOOD

from bot.coach import check
from bot.coach.checks.facts import missing_facts
from bot.coach.checks.guardrails import CHECKS, MIN_LENGTH_RATIO, review
from bot.coach.checks.promises import added_promises

CHECKED = check(DRAFT, CUSTOMER)


def test_a_faithful_warmer_answer_passes_and_is_rescored_by_the_engine() -> None:
    verdict = review(CHECKED, GOOD)
    assert verdict.passed, verdict.rejection
    assert verdict.analysis is not None and verdict.analysis.text == GOOD
    assert verdict.analysis.score >= CHECKED.score


@pytest.mark.parametrize(
    ("answer", "failed", "detail"),
    [
        # money back, goods and guarantees, in any wording
        (GOOD + " If it doesn't turn up, we'll refund you.", "promises", "refund"),
        (GOOD + " I can offer you a 10% discount on your next order.", "promises", "discount"),
        (GOOD + " I've put the $45.00 back on your card.", "promises", "reversal"),
        (GOOD + " I've reversed the charge as a goodwill step.", "promises", "reversal"),
        # commitments and times the draft never made
        (GOOD + " I'll call you first thing in the morning.", "promises", "call"),
        (GOOD + " I'll keep you posted.", "promises", "follow_up"),
        (GOOD + " It will be with you by Friday.", "promises", "deadline"),
        # dropped or changed facts
        (GOOD.replace("order #48213 ", "your order "), "facts", "#48213"),
        (GOOD.replace("$45.00", "$54.00"), "facts", "$45.00"),
        (GOOD.replace("3 March", "4 March"), "facts", "3"),
        # invented details and policies, talk about the task
        (GOOD + " Under our delivery policy you are entitled to nothing more.", "unwarranted", "policy"),
        (GOOD.replace("on 3 March", "on 3 March and reached the depot on 5 March"), "unwarranted", "5"),
        (GOOD.replace("the FAQ", "the FAQ or Brenda in Logistics"), "unwarranted", "Brenda"),
        ("Here is the rewritten reply: " + GOOD, "meta", "rewrite"),
        (GOOD + "\n\n(I removed the dismissive opening and kept every fact.)", "meta", "rewrite"),
        (GOOD.replace("It was sent", "Our courier DPD has it. It was sent"), "unwarranted", "DPD"),
        (GOOD + " We'll post an update here within the hour.", "promises", "follow_up"),
        (GOOD + " I've put the delivery fee back on your card.", "promises", "reversal"),
        # another language
        (
            "Je suis vraiment désolé que la commande #48213 ne soit pas encore arrivée et que personne n'ait répondu "
            "à vos courriels. Elle a été envoyée le 3 March pour $45.00, et la FAQ explique le suivi.",
            "language", "French",
        ),
        ("Мне очень жаль, заказ #48213 на $45.00 отправлен 3 March, см. FAQ. Я всё проверю сам.", "language",
         "Russian"),
        # too long, too short, empty, placeholders
        (" ".join([GOOD] * 3), "length", "too long"),
        ("Sorry. #48213", "length", "too much was cut"),
        ("", "empty", "no words"),
        ("```\n```", "empty", "no words"),
        (GOOD.replace("your emails", "[EMAIL_2]"), "placeholders", "[EMAIL_2]"),
        (GOOD.replace("your emails", "[email 1]"), "placeholders", "[email 1]"),
        # keeps what hurts, or makes the reply worse than the draft
        ("Order #48213 for $45.00 was sent on 3 March. Calm down and read the FAQ.", "harm", "E402"),
        ("Order #48213 for $45.00 was sent on 3 March. We apologise for any inconvenience, and the FAQ explains "
         "tracking.", "findings", "E102"),
    ],
)
def test_each_flawed_answer_is_stopped_by_the_check_made_for_its_flaw(answer: str, failed: str, detail: str) -> None:
    verdict = review(CHECKED, answer)
    assert verdict.rejection is not None, answer
    assert (verdict.rejection.check, detail in verdict.rejection.detail) == (failed, True), verdict.rejection
    assert verdict.rejection.check in CHECKS


def test_an_apology_to_a_customer_who_is_praising_is_stopped() -> None:
    customer = "The crew on BA283 were brilliant with my kids, thank you!"
    draft = "Thanks! Glad you enjoyed it."
    checked = check(draft, customer)
    answer = "I'm so sorry for any trouble on BA283. Thank you, and I'm glad the crew looked after your kids."
    assert review(checked, answer).rejection.check == "praise"
    assert review(checked, "Thank you! I'm so glad the crew on BA283 looked after your kids so well.").passed


@pytest.mark.parametrize(
    ("draft", "customer", "answer"),
    [
        # an acronym written out is plain words, not a lost fact
        ("Calm down. The ETA for order #4471 is 6pm.", "Where is order #4471? I'm so annoyed.",
         "I'm sorry order #4471 is taking so long. The estimate for its arrival is 6pm."),
        # backticks around an unchanged link are formatting
        ("As I already said, the fix is in `https://status.example.com/i/42`.", "Is the outage fixed yet? This is "
         "ridiculous.", "I'm sorry about the outage. The fix is described at https://status.example.com/i/42."),
        # a bullet's first word is not a name
        ("Calm down.\n• Workaround: restart the router\n• Order #88 ships Monday", "My router keeps dropping!!",
         "I'm sorry the router keeps dropping.\n• Workaround: restart the router\n• Order #88 ships Monday"),
        # the customer's "Wi-Fi" and "14 hour" are theirs to use, however hyphenated
        ("Calm down, the wifi on flight BA12 was down.", "14 hour flight and the Wi-Fi never worked. Awful.",
         "I'm sorry the Wi-Fi on your 14-hour flight BA12 was down the whole way."),
        # a name from the customer's message
        ("Order #48213 was sent. Read the FAQ, as I already said.", "Hi, it's Priya. My order #48213 never arrived "
         "and I'm upset.", "Hi Priya, I'm so sorry order #48213 hasn't reached you. It was sent, and the FAQ "
         "explains tracking."),
        # a promise the draft already made may be kept
        ("Read the FAQ. Your refund of $45.00 for order #48213 takes 10 days, as I already said.", "Where is my "
         "refund? It's been a week and I'm fed up.", "I'm sorry you're still waiting. Your refund of $45.00 for "
         "order #48213 takes 10 days to arrive, and the FAQ explains each step."),
        # a warm thank-you to a customer who is thanking us
        ("Thanks.", "Your driver Dev carried my delivery up three flights of stairs when he saw my crutches. Thank "
         "you!", "Thank you so much for telling us about Dev! Carrying it up three flights for you was lovely, and "
         "we'll make sure he hears this."),
        # saying back when things happened is listening, not a time promised
        ("The technician was held up. We can rebook you for Wednesday 12 June, 8am-12pm.", "Your technician was "
         "meant to come today and no one showed up. I took the day off.", "I'm sorry no one turned up today, when "
         "you'd taken the day off for it. The technician was held up. We can rebook you for Wednesday 12 June, "
         "8am-12pm."),
        ("Lost property is not our problem. Items are logged within 48 hours at lost.example.com.", "I left my "
         "laptop on the 38 bus this morning.", "Sorry to hear you left your laptop on the 38 this morning. Items "
         "are logged within 48 hours at lost.example.com."),
        # a time said only inside a dismissal goes with it
        ("Like I told you yesterday, the bag is being traced. You can claim up to €150 for essentials.", "My "
         "suitcase has been missing for 6 days and nobody replies.", "I'm sorry your suitcase is still missing "
         "after 6 days. It is being traced, and you can claim up to €150 for essentials."),
        # German capitalises nouns and the formal "Sie": they are words, not names
        ("Guten Tag, Sie haben die Kündigungsfrist nicht beachtet. Ihr Vertrag läuft bis zum 31. August. Die "
         "Abbuchung von 39,99 € ist korrekt.", "Ich habe am 2. Mai gekündigt und wurde im Juni wieder belastet!",
         "Guten Tag, ich verstehe, dass die Abbuchung nach Ihrer Kündigung ärgerlich ist. Laut Frist läuft der "
         "Vertrag bis zum 31. August, daher ist die Abbuchung von 39,99 € korrekt."),
    ],
)
def test_a_good_answer_is_not_rejected_for_formatting_or_for_using_the_customers_words(
    draft: str, customer: str, answer: str
) -> None:
    verdict = review(check(draft, customer), answer)
    assert verdict.passed, verdict.rejection


def test_a_draft_in_another_language_is_coached_in_that_language_under_the_same_checks() -> None:
    draft = "Hola Marta, cálmese. Su pedido #A-1234 llegará el 12/03."
    checked = check(draft, "¿Dónde está mi pedido #A-1234? Estoy muy enfadada.")
    good = "Hola Marta, siento mucho la espera. Su pedido #A-1234 llegará el 12/03."
    assert review(checked, good).passed
    assert review(checked, "Hi Marta, I'm sorry for the wait. Order #A-1234 arrives on 12/03.").rejection.check \
        == "language"
    assert review(checked, "Hola Marta, siento mucho la espera. Su pedido llegará pronto.").rejection.check == "facts"


def test_a_placeholder_like_token_of_the_drafts_own_may_stay() -> None:
    draft = "Calm down. Fill in [EMAIL] on the form for order #48213 and read the FAQ."
    answer = "I'm so sorry for the trouble with order #48213. Fill in [EMAIL] on the form, and the FAQ explains the rest."
    assert review(check(draft), answer).passed
    assert review(check(draft), answer.replace("[EMAIL]", "[EMAIL_1]")).rejection.check == "placeholders"


def test_the_length_floor_stops_an_answer_that_cuts_most_of_the_draft() -> None:
    cut = "Sorry: #48213, $45.00, 3 March."
    assert len(cut) < len(DRAFT) * MIN_LENGTH_RATIO
    assert review(CHECKED, cut).rejection.check == "length"


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=400))
def test_any_answer_is_judged_without_raising_and_a_pass_keeps_facts_and_promises(answer: str) -> None:
    verdict = review(CHECKED, answer)
    if verdict.passed:
        assert not missing_facts(DRAFT, answer) and not added_promises(DRAFT, answer)
        assert verdict.analysis is not None and verdict.analysis.score >= CHECKED.score
    else:
        assert verdict.rejection is not None and verdict.rejection.check in CHECKS


def test_an_apology_to_a_customer_who_is_praising_is_stopped_even_if_the_draft_made_one() -> None:
    customer = "Olga at the front desk went above and beyond when my wallet was stolen. Thank you!"
    draft = "We're sorry to hear your wallet was stolen and apologise for any inconvenience. Thanks for the feedback."
    answer = "Thank you for telling us about Olga! We're so sorry your wallet was stolen, and glad she was there."
    verdict = review(check(draft, customer), answer)
    assert verdict.rejection is not None and verdict.rejection.check == "praise"


@pytest.mark.parametrize(("added", "check_name"), [
    (" We will reverse the $45.00 charge.", "promises"),
    (" We'll send you a text the moment it ships.", "promises"),
    (" We'll contact you personally as soon as it arrives.", "promises"),
    (" Please bring your original receipt as proof to a branch.", "unwarranted"),
    (" This is covered by our returns policy.", "unwarranted"),
    ("\n\n---\nNote for the agent: I kept every fact.", "meta"),
])
def test_more_flaws_are_stopped_by_the_check_aimed_at_them(added: str, check_name: str) -> None:
    verdict = review(CHECKED, GOOD + added)
    assert verdict.rejection is not None and verdict.rejection.check == check_name, verdict.rejection


def test_a_model_coaching_a_spanish_draft_may_not_credit_the_bill_either() -> None:
    draft = "Hola. Hay una avería en su zona. Los técnicos están trabajando. No sabemos cuándo estará resuelto."
    customer = "Hola, llevo tres días sin línea de teléfono fijo y nadie me da una solución."
    answer = ("Hola. Sentimos mucho que lleve tres días sin línea. Hay una avería en su zona y los técnicos están "
              "trabajando. No sabemos cuándo estará resuelto, pero le abonaremos en su factura los días sin servicio.")
    verdict = review(check(draft, customer), answer)
    assert verdict.rejection is not None and verdict.rejection.check == "promises"


def test_advice_to_check_the_spam_folder_is_not_a_lecture_and_a_specific_apology_is_not_curt() -> None:
    customer = "I never got the password reset email. Can you resend it?"
    draft = "Resend it yourself from the login page. Check spam first."
    answer = ("Sorry the password reset email hasn't arrived. Please check your spam folder first. If it's not "
              "there, you can resend it yourself from the login page.")
    assert review(check(draft, customer), answer).rejection is None
