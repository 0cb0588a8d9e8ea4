"""Practice knows an offer by its frame: what the agent undertakes or gives, not which words come up."""

from __future__ import annotations

import pytest

from bot.coach.practice.card import Offer
from bot.coach.practice.frames import Stance, normal, read_frames
from bot.coach.practice.scenarios import Scenarios


def forbidden(scenarios: Scenarios, scenario_id: str, kind: str) -> list[Offer]:
    entries = [o for o in scenarios.get(scenario_id).card.forbidden if o.kind == kind]
    assert entries, (scenario_id, kind)
    return entries


def offered(scenarios: Scenarios, scenario_id: str, kind: str, text: str) -> bool:
    return any(o.found_in(text) is not None for o in forbidden(scenarios, scenario_id, kind))


def stance_of(text: str, word: str) -> Stance | None:
    lower = normal(text)
    at = lower.index(word)
    sentence = next(s for s in read_frames(lower) if s.start <= at < s.start + len(s.text))
    return sentence.stance_at(at - sentence.start)


@pytest.mark.parametrize(
    ("text", "word", "stance"),
    [
        ("I'll put the whole amount back on your card tonight.", "whole amount", Stance.OFFER),
        ("Shall I cancel the fee for you?", "fee", Stance.OFFER),
        ("How about a little something off your next bill?", "something off", Stance.OFFER),
        ("Happy to sort that for you.", "sort", Stance.OFFER),
        ("You won't have to pay a penny of it.", "penny", Stance.OFFER),
        ("The extra charge has been taken off already.", "extra charge", Stance.OFFER),
        ("I can't cancel the fee, I'm afraid.", "fee", Stance.DECLINED),
        ("Cancelling the fee isn't something I'm allowed to do.", "cancelling", Stance.DECLINED),
        ("There's no discount I can put on this.", "discount", Stance.DECLINED),
        ("I can't promise it'll reach you by Friday.", "friday", Stance.DECLINED),
        ("I don't think I can move the date.", "move", Stance.DECLINED),
        ("I wish I could cancel the fee.", "fee", Stance.UNREAL),
        ("Had you told us sooner, we'd have cancelled the fee.", "cancelled", Stance.UNREAL),
        ("Fees are only refunded when the fault is ours.", "refunded", Stance.UNREAL),
        ("I know you were hoping the fee would go.", "fee", Stance.MENTION),
        ("Can you tell me when the fee first showed up?", "fee", Stance.MENTION),
        ("If the fee is wrong, tell me.", "fee", Stance.MENTION),
    ],
)
def test_the_frame_around_words_says_whether_they_are_offered(text: str, word: str, stance: Stance) -> None:
    assert stance_of(text, word) is stance


@pytest.mark.parametrize(
    ("scenario_id", "kind", "text"),
    [
        ("late-delivery", "refund", "Shall I just give you back what you paid for the whole order?"),
        ("damaged-refund", "replacement", "What if I sent a brand-new blender your way, on the house?"),
        ("roaming-bill", "waiver", "Would it help if I wiped the £240 off your bill?"),
        ("price-increase", "discount", "How about a few pounds off the monthly price for you?"),
        ("crisis-disclosure", "waiver", "Want me to write the arrears off for you?"),
    ],
)
def test_an_offer_put_as_a_question_is_still_an_offer(scenarios: Scenarios, scenario_id: str, kind: str,
                                                      text: str) -> None:
    assert offered(scenarios, scenario_id, kind, text)


@pytest.mark.parametrize(
    ("scenario_id", "kind", "text"),
    [
        ("late-delivery", "refund", "I'm not in a position to refund the whole order while it's moving."),
        ("roaming-bill", "waiver", "There's no way I can write off the £240, I'm sorry."),
        ("late-fee-second-time", "waiver", "Waiving the £12 again isn't an option this year."),
        ("gym-cancellation", "refund", "The months you've already paid can't be refunded."),
        ("damaged-refund", "replacement", "A free replacement blender is not something I'm able to send."),
        ("cancelled-flight", "exception", "Another carrier's flight isn't something I can book for you."),
    ],
)
def test_a_refusal_that_names_the_thing_is_not_an_offer(scenarios: Scenarios, scenario_id: str, kind: str,
                                                        text: str) -> None:
    assert not offered(scenarios, scenario_id, kind, text)
    assert any(o.declined_in(text) for o in forbidden(scenarios, scenario_id, kind)), "it is a no to that offer"


@pytest.mark.parametrize(
    ("scenario_id", "kind", "text"),
    [
        ("annual-renewal", "refund", "Had you written in the first fortnight, I could've refunded the year."),
        ("worn-shoes-return", "refund", "I wish I could give you your money back for these."),
        ("damaged-refund", "replacement", "If it had been a fault, we'd have replaced the blender straight away."),
        ("annual-renewal", "refund", "Refunds are given within 14 days of a renewal."),
        ("late-delivery", "refund", "I know you'd rather have your money back for the whole order."),
        ("worn-shoes-return", "refund", "You asked for a refund, and I want to be straight with you about it."),
        ("roaming-bill", "waiver", "Did the warning text about the charges reach you?"),
    ],
)
def test_a_wish_a_rule_a_request_or_a_question_back_is_not_an_offer(scenarios: Scenarios, scenario_id: str,
                                                                     kind: str, text: str) -> None:
    assert not offered(scenarios, scenario_id, kind, text)


def test_a_wish_takes_a_promise_back_as_a_no_does(scenarios: Scenarios) -> None:
    (full,) = [o for o in forbidden(scenarios, "late-delivery", "refund")]
    assert full.declined_in("I wish I could refund the whole order, I really do.")
    assert not full.declined_in("I'll refund the whole order now.")


@pytest.mark.parametrize(
    ("scenario_id", "kind", "text"),
    [
        ("roaming-bill", "waiver", "The Morocco charges have been wiped from your account."),
        ("worn-shoes-return", "refund", "Your £120 has gone back onto the card you paid with."),
        ("gym-cancellation", "waiver", "You won't owe anything for the months left on the contract."),
        ("bereavement-closure", "exception", "No certificate needed, I'll close the account today."),
        ("double-charge", "date", "Expect the duplicate to vanish from your account within the hour."),
        ("fraud-escalation", "refund", "The simplest thing is for me to refund the £2,400 myself."),
        ("internet-down-wfh", "compensation", "Happy to cover the client work you've missed today."),
    ],
)
def test_a_thing_done_given_or_stated_as_fact_is_an_offer(scenarios: Scenarios, scenario_id: str, kind: str,
                                                          text: str) -> None:
    assert offered(scenarios, scenario_id, kind, text)


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        ("It'll land in your account by tonight.", True),
        ("You'll have the money back by this afternoon.", True),
        ("The reversal goes through within the hour.", True),
        ("I'll email you by 5pm with what the bank says.", False),
        ("I'll check it's gone through on Thursday.", False),
        ("I'm sorry you've waited all day today.", False),
        ("I can't say it'll be back today.", False),
    ],
)
def test_a_date_is_something_coming_about_by_a_time_not_the_agent_acting_by_one(
    scenarios: Scenarios, text: str, dated: bool
) -> None:
    assert offered(scenarios, "double-charge", "date", text) is dated


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("I'll extend your check-out to 4pm.", True),
        ("I've pushed your checkout back to 4pm so you can rest.", True),
        ("I'll keep your bags at reception until you check out.", False),
        ("Check-out is at 11am, and the room is cleaned straight after.", False),
        ("You can leave your luggage at reception until 4pm.", False),
        ("I'll give you a late check-out until 4pm, and hold your bags too.", True),
    ],
)
def test_an_action_is_the_card_offer_whose_own_words_are_nearest_not_one_in_common(
    scenarios: Scenarios, text: str, named: bool
) -> None:
    assert offered(scenarios, "hotel-late-checkout", "action", text) is named


@pytest.mark.parametrize(
    ("scenario_id", "kind", "text", "found"),
    [
        ("gym-cancellation", "waiver", "I'll make sure the cancellation charge is canceled.", True),
        ("late-fee-second-time", "waiver", "I can move your due date to your payday, free of charge.", False),
        ("damaged-refund", "waiver", "The new jug will be free of charge.", True),
    ],
)
def test_free_only_waives_what_it_names_and_about_words_match_in_any_form(
    scenarios: Scenarios, scenario_id: str, kind: str, text: str, found: bool
) -> None:
    assert offered(scenarios, scenario_id, kind, text) is found


@pytest.mark.parametrize(
    ("text", "taken"),
    [
        ("Just pop the code here and I'll sort the rest.", True),
        ("Could you type your password into this chat for me?", True),
        ("Please never share the code on your letter with anyone, me included.", False),
        ("Can you tell me which day the letter came?", False),
    ],
)
def test_asking_for_what_may_not_be_taken_is_taking_it(scenarios: Scenarios, text: str, taken: bool) -> None:
    code = next(o for o in forbidden(scenarios, "confused-elderly", "action") if "code" in o.says)
    assert (code.found_in(text) is not None) is taken


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Let me take that whole £240 off for you.", True),
        ("I'll take the roaming bill off your account.", True),
        ("I'll take you through the three payments.", False),
    ],
)
def test_a_pronoun_in_an_about_phrase_stands_for_what_it_names(scenarios: Scenarios, text: str, found: bool) -> None:
    assert offered(scenarios, "roaming-bill", "action", text) is found
