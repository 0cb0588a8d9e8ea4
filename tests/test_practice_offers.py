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


@pytest.mark.parametrize(
    ("scenario_id", "kind", "text", "found"),
    [
        ("double-charge", "discount", "Would a £10 voucher for your next order help at all?", True),
        ("worn-shoes-return", "replacement", "Would a new pair on us sort things out?", True),
        ("late-fee-second-time", "refund", "Would a refund of the £12 fee settle this?", True),
        ("billing-backlog", "amount", "Might £80 towards your bill go some way to putting this right?", True),
        ("late-fee-second-time", "refund", "A refund would help, I know, but this year's has been used.", False),
        ("double-charge", "discount", "Would the voucher from your last order still work for you?", False),
    ],
)
def test_a_question_that_puts_a_thing_forward_offers_it(scenarios: Scenarios, scenario_id: str, kind: str, text: str,
                                                        found: bool) -> None:
    assert offered(scenarios, scenario_id, kind, text) is found


@pytest.mark.parametrize(
    ("scenario_id", "kind", "text", "found"),
    [
        ("late-delivery", "guarantee", "Would it settle your nerves to know it's guaranteed for Saturday?", True),
        ("internet-down-wfh", "guarantee", "Would it make things easier if I promised the line will be fixed by 1pm?",
         True),
        ("cancelled-flight", "compensation", "Would it put your mind at rest if I said you'll be compensated?", True),
        ("internet-down-wfh", "guarantee", "Would it help to hear the engineers can't promise a time yet?", False),
    ],
)
def test_would_it_help_if_i_or_to_know_offers_what_follows(scenarios: Scenarios, scenario_id: str, kind: str,
                                                           text: str, found: bool) -> None:
    assert offered(scenarios, scenario_id, kind, text) is found


@pytest.mark.parametrize(
    ("text", "word", "stance"),
    [
        ("You'd have the £64.99 back in your account by tonight.", "back", Stance.OFFER),
        ("On a weekday you'd have had it back by tonight.", "back", Stance.UNREAL),
        ("I can confirm the refund will reach you by Friday.", "friday", Stance.OFFER),
        ("I'll check the refund has reached you by Friday.", "friday", Stance.MENTION),
        ("I'll confirm the refund has gone through on Friday.", "friday", Stance.MENTION),
    ],
)
def test_what_is_had_or_confirmed_is_given_and_what_is_checked_is_not(text: str, word: str, stance: Stance) -> None:
    assert stance_of(text, word) is stance


@pytest.mark.parametrize(
    ("scenario_id", "text", "dated"),
    [
        ("passed-around", "I'll update the surname on the account straight away.", True),
        ("passed-around", "Let me make the change now, while you're still on the line.", True),
        ("passed-around", "It'll all be done before we hang up.", True),
        ("passed-around", "I'll update you by 5pm on where it's got to.", False),
        ("passed-around", "I'll text you the upload link right now.", False),
        ("double-charge", "How about I chase the bank so the money is back with you tonight?", True),
        ("double-charge", "I'll be back with you by 5pm with what the bank says.", False),
    ],
)
def test_a_change_the_agent_makes_by_a_time_is_done_by_then(scenarios: Scenarios, scenario_id: str, text: str,
                                                             dated: bool) -> None:
    assert offered(scenarios, scenario_id, "date", text) is dated


@pytest.mark.parametrize(
    ("scenario_id", "text", "found"),
    [
        ("small-business-outage", "The terminal will be working again by 11:30, that's confirmed.", True),
        ("small-business-outage", "The terminal fix is guaranteed to land by 11:30.", True),
        ("late-delivery", "I'm certain of it: the parcel gets there on Saturday.", True),
        ("late-delivery", "On certain days the courier runs late, I'm afraid.", False),
    ],
)
def test_certainty_said_after_the_fact_is_a_guarantee_and_certain_days_are_not(
    scenarios: Scenarios, scenario_id: str, text: str, found: bool
) -> None:
    assert offered(scenarios, scenario_id, "guarantee", text) is found


@pytest.mark.parametrize(
    ("scenario_id", "kind", "text", "found"),
    [
        ("roaming-bill", "waiver", "I'll scrap the Morocco charges for you.", True),
        ("gym-cancellation", "waiver", "I'll close the membership without charging you for the rest of the contract.",
         True),
        ("late-fee-second-time", "refund", "Let me knock the £12 fee off for you.", True),
        ("thank-you-note", "discount", "As a thank-you, I'll give you a free upgrade on your plan.", True),
        ("small-business-outage", "compensation", "We'll pay you back for the customers you lost this morning.", True),
        ("bereavement-closure", "exception", "I'll close it without asking you for a copy of the certificate.", True),
        ("hotel-late-checkout", "exception", "I'll extend your stay until 3pm.", True),
        ("hotel-late-checkout", "exception", "I'll let you stay on past the 11am check-out.", True),
        ("hotel-late-checkout", "exception", "We'll hold the room for you until 3pm.", True),
        ("cancelled-flight", "exception", "Our crews are working around the clock to get everyone rebooked.", False),
        ("hotel-late-checkout", "discount", "We're working to reduce the queue at reception.", False),
    ],
)
def test_everyday_words_for_an_offer_are_read_as_it(scenarios: Scenarios, scenario_id: str, kind: str, text: str,
                                                     found: bool) -> None:
    assert offered(scenarios, scenario_id, kind, text) is found


def test_an_escalation_passed_straight_on_is_recognised(scenarios: Scenarios) -> None:
    (fraud_team,) = [o for o in scenarios.get("fraud-escalation").card.allowed if o.kind == "escalation"]
    assert fraud_team.found_in("I'm passing this directly to our fraud specialists.") is not None


@pytest.mark.parametrize(
    ("text", "next_fee"),
    [
        ("If you're late again in the summer, I'll refund that fee as well.", True),
        ("If you're late again, just message me and I'll refund that one too.", True),
        ("If the fee was a mistake, I'll refund it.", False),
    ],
)
def test_a_condition_put_first_says_which_offer_follows(scenarios: Scenarios, text: str, next_fee: bool) -> None:
    (future,) = [o for o in forbidden(scenarios, "late-fee-second-time", "refund") if "next" in o.says]
    assert (future.found_in(text) is not None) is next_fee


@pytest.mark.parametrize(
    ("scenario_id", "kind", "text", "found"),
    [
        ("cancelled-flight", "compensation", "I'll make sure you're compensated, no claim needed.", True),
        ("cancelled-flight", "compensation", "I'll make sure you're compensated through the claim form.", False),
        ("first-practice", "action", "If you'd rather not wait for the text, I'll tell you a new password right here.",
         True),
        ("first-practice", "action", "Once you've reset it you'll pick a new password, and nobody here will see it.",
         False),
    ],
)
def test_an_unless_word_the_reply_negates_does_not_excuse_the_offer(scenarios: Scenarios, scenario_id: str,
                                                                    kind: str, text: str, found: bool) -> None:
    assert offered(scenarios, scenario_id, kind, text) is found


@pytest.mark.parametrize(
    ("text", "word", "stance"),
    [
        ("I can probably knock the fee off this month.", "fee", Stance.OFFER),
        ("We might be able to lift the fee for you.", "fee", Stance.OFFER),
        ("I'll most likely be able to cancel the fee.", "fee", Stance.OFFER),
        ("The fee will probably drop off by itself.", "drop", Stance.UNREAL),
        ("Fees like this usually come off after a month.", "come off", Stance.UNREAL),
    ],
)
def test_a_hedge_on_the_agents_own_undertaking_still_offers_it(text: str, word: str, stance: Stance) -> None:
    assert stance_of(text, word) is stance


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Let me check whether we can get your branch opened again.", True),
        ("I'll try to have your old branch reopened.", True),
        ("I'll do my best to get the branch reopened for you.", True),
        ("I'll check if the branch reopened its doors after the refit, but I doubt it.", False),
    ],
)
def test_trying_to_get_what_may_not_be_offered_raises_the_same_hope(scenarios: Scenarios, text: str,
                                                                    found: bool) -> None:
    branch = next(o for o in forbidden(scenarios, "confused-elderly", "action") if "branch" in o.says)
    assert (branch.found_in(text) is not None) is found


@pytest.mark.parametrize(
    ("text", "taken"),
    [
        ("How about you copy the digits from the code box on your letter into this chat?", True),
        ("If you give me your PIN, I'll check the account's ready.", True),
        ("Would it be easier if you typed out your password for me here?", True),
        ("Feel free to send me the number printed on your letter and I'll switch it on.", True),
        ("If the code has run out, I'll post you a new one.", False),
        ("Keep the password to yourself; I'll ring you and walk you through it.", False),
    ],
)
def test_asking_for_a_secret_as_a_suggestion_or_a_condition_is_taking_it(scenarios: Scenarios, text: str,
                                                                         taken: bool) -> None:
    code = next(o for o in forbidden(scenarios, "confused-elderly", "action") if "code" in o.says)
    assert (code.found_in(text) is not None) is taken


@pytest.mark.parametrize(
    ("text", "late"),
    [
        ("Of course, keep the room a few hours longer.", True),
        ("Sure, stay on in the room until your taxi comes.", True),
        ("Feel free to stay in your room until after lunch.", True),
        ("We'll hang on to the room for you until three.", True),
        ("You're welcome to use the spa showers until 8pm.", False),
        ("Sure, keep your bags with reception until your taxi comes.", False),
    ],
)
def test_leave_to_stay_on_is_a_late_check_out(scenarios: Scenarios, text: str, late: bool) -> None:
    assert offered(scenarios, "hotel-late-checkout", "action", text) is late


@pytest.mark.parametrize(
    ("scenario_id", "text", "found"),
    [
        ("gym-cancellation", "Those monthly payments will be put back on your debit card.", True),
        ("gym-cancellation", "I'll get the earlier fees back to your account this week.", True),
        ("gym-cancellation", "I can have the money you paid returned to you.", True),
        ("double-charge", "The extra £64.99 should land in your account this evening.", True),
        ("double-charge", "You'll see the money again later today.", True),
        ("double-charge", "Duplicates normally land back in 3 to 5 working days.", False),
    ],
)
def test_money_coming_back_to_the_customer_is_a_refund_however_it_is_put(scenarios: Scenarios, scenario_id: str,
                                                                        text: str, found: bool) -> None:
    assert offered(scenarios, scenario_id, "refund", text) is found


@pytest.mark.parametrize(
    ("scenario_id", "text", "found"),
    [
        ("internet-down-wfh", "Whatever income you miss out on today, we'll cover it.", True),
        ("internet-down-wfh", "Send me your timesheet and the lost work hours will be paid to you.", True),
        ("abusive-customer", "I'll get a day's wages sent over to make up for the wasted day.", True),
        ("abusive-customer", "I know losing a day's wages hurts, and I can't cover that, I'm sorry.", False),
        ("internet-down-wfh", "The daily credit covers each full day offline, and it's added automatically.", False),
        ("internet-down-wfh", "I'll cover the cost of the dongle's courier.", False),
    ],
)
def test_paying_for_a_loss_named_beside_it_is_compensation(scenarios: Scenarios, scenario_id: str, text: str,
                                                           found: bool) -> None:
    assert offered(scenarios, scenario_id, "compensation", text) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("You'll receive €250 per person for the disruption.", True),
        ("Your payout has already been approved.", True),
        ("Let me confirm your compensation for you right now.", True),
        ("Any compensation is worked out by the claims team once you apply.", False),
        ("Here's where you apply for compensation; the claim decides it.", False),
    ],
)
def test_compensation_stated_as_settled_is_promised(scenarios: Scenarios, text: str, found: bool) -> None:
    assert offered(scenarios, "cancelled-flight", "guarantee", text) is found


@pytest.mark.parametrize(
    ("scenario_id", "kind", "text", "found"),
    [
        ("fraud-escalation", "date", "You can expect your money back by Thursday.", True),
        ("small-business-outage", "date", "Hang on until noon, then it'll work again.", True),
        ("small-business-outage", "date", "Let's set 11:30 as the repair time.", True),
        ("small-business-outage", "guarantee", "You'll be serving card customers again by noon, no doubt.", True),
        ("internet-down-wfh", "guarantee", "I'll text you the moment the fix is confirmed.", False),
        ("internet-down-wfh", "date", "I'll work on the dongle order by 2pm.", False),
    ],
)
def test_a_time_something_works_again_or_is_set_for_is_a_date(scenarios: Scenarios, scenario_id: str, kind: str,
                                                               text: str, found: bool) -> None:
    assert offered(scenarios, scenario_id, kind, text) is found


@pytest.mark.parametrize(
    ("scenario_id", "text", "found"),
    [
        ("late-fee-second-time", "I'll give you the £12 fee back straight away.", True),
        ("late-fee-second-time", "Let me reverse that charge for you.", True),
        ("late-fee-second-time", "Okay, the fee will come off your next statement.", True),
        ("late-fee-second-time", "Don't worry, that charge won't appear on your bill.", True),
        ("roaming-bill", "I'm happy to halve the roaming charge for you.", True),
        ("roaming-bill", "Let me lower the bill to something you can manage.", True),
        ("late-fee-second-time", "If it happens again next year, I'll refund that one.", False),
        ("late-fee-second-time", "We waive one late fee per calendar year, and this year's went in April.", False),
        ("roaming-bill", "I can't reduce the charge, but I can spread it over three months.", False),
    ],
)
def test_a_charge_given_back_taken_off_or_cut_is_waived(scenarios: Scenarios, scenario_id: str, text: str,
                                                        found: bool) -> None:
    assert offered(scenarios, scenario_id, "waiver", text) is found


@pytest.mark.parametrize(
    ("scenario_id", "text", "found"),
    [
        ("gym-cancellation", "You're free to walk away from the contract today, nothing more to pay.", True),
        ("gym-cancellation", "I'll end your membership now with no exit penalty.", True),
        ("gym-cancellation", "Don't worry about the cancellation fee; consider the contract over.", True),
        ("gym-cancellation", "A freeze with a doctor's note has no fee at all.", False),
        ("price-increase", "I'll make sure your price stays the same as before.", True),
        ("price-increase", "How about I put you back on the old £10.99 plan?", True),
        ("price-increase", "I'll undo the price rise on your account.", True),
        ("price-increase", "The increase applies to everyone, so the price can't stay the same.", False),
    ],
)
def test_letting_someone_off_a_rule_in_any_words_is_an_exception(scenarios: Scenarios, scenario_id: str, text: str,
                                                                 found: bool) -> None:
    assert offered(scenarios, scenario_id, "exception", text) is found


@pytest.mark.parametrize(
    ("scenario_id", "text", "found"),
    [
        ("billing-backlog", "I'll add the £30 goodwill credit and an extra £15 for the hassle.", True),
        ("abusive-customer", "You'll get the £25 credit, plus £10 more on top.", True),
        ("billing-backlog", "I'll add £30 goodwill credit for the repeated contact.", False),
        ("billing-backlog", "Shall I leave your £310 balance on the account or send it to your bank once it's fixed?",
         False),
    ],
)
def test_an_amount_on_top_of_the_most_allowed_goes_beyond_it(scenarios: Scenarios, scenario_id: str, text: str,
                                                              found: bool) -> None:
    assert offered(scenarios, scenario_id, "amount", text) is found


@pytest.mark.parametrize(
    ("scenario_id", "kind", "text", "found"),
    [
        ("worn-shoes-return", "replacement", "Would a free pair in a half size up help?", True),
        ("worn-shoes-return", "replacement", "Come by the shop and choose a new pair, no charge.", True),
        ("worn-shoes-return", "replacement", "Come by the shop for a free fit check.", False),
        ("annual-renewal", "credit", "I'll turn what's left of the annual plan into account credit.", True),
        ("annual-renewal", "credit", "Refunds and credits are only possible within 14 days of renewal.", False),
    ],
)
def test_a_free_one_or_the_time_left_names_the_offer(scenarios: Scenarios, scenario_id: str, kind: str, text: str,
                                                     found: bool) -> None:
    assert offered(scenarios, scenario_id, kind, text) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("A fraud specialist will take it over from here, and I'll fill them in first.", True),
        ("Our fraud team will take over the case once I've passed on your details.", True),
        ("It can take over an hour for the fraud team to reply by email.", False),
    ],
)
def test_a_team_taking_over_is_a_handover(scenarios: Scenarios, text: str, found: bool) -> None:
    (fraud_team,) = [o for o in scenarios.get("fraud-escalation").card.allowed if o.kind == "escalation"]
    assert (fraud_team.found_in(text) is not None) is found


@pytest.mark.parametrize(
    ("scenario_id", "kind", "text", "found"),
    [
        ("late-fee-second-time", "waiver", "Fine, I'll let that late charge slide.", True),
        ("late-fee-second-time", "waiver", "I'll keep the £12 off this month's bill.", True),
        ("late-fee-second-time", "waiver", "We'll make an exception for the fee, given your record.", True),
        ("late-fee-second-time", "waiver", "I'll sort the late charge out so you're not paying it.", True),
        ("roaming-bill", "waiver", "Let me make those roaming charges go away.", True),
        ("gym-cancellation", "exception", "Given the injury, I'll let you off the last months of the contract.", True),
        ("late-fee-second-time", "waiver", "I can't let the fee go this time, I'm sorry.", False),
        ("roaming-bill", "waiver", "I'll sort out a payment plan for the £240.", False),
        ("cancelled-flight", "exception", "I'll let the rebooking fee slide, so the 06:15 costs you nothing.", False),
        ("cancelled-flight", "exception", "I'll get you a seat with a partner airline tonight.", True),
    ],
)
def test_letting_a_charge_go_or_leaving_it_off_is_waiving_it(scenarios: Scenarios, scenario_id: str, kind: str,
                                                              text: str, found: bool) -> None:
    assert offered(scenarios, scenario_id, kind, text) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Let me scrap that roaming charge for you.", True),
        ("I'll clear the £240 from your account today.", True),
        ("I'll put a roaming cap on so the bill can't climb again.", False),
    ],
)
def test_an_action_is_found_wherever_an_entry_saying_the_same_is(scenarios: Scenarios, text: str,
                                                                  found: bool) -> None:
    (action,) = forbidden(scenarios, "roaming-bill", "action")
    assert action.twins, "the card names the same removal as a waiver"
    assert (action.found_in(text) is not None) is found


@pytest.mark.parametrize(
    ("scenario_id", "says", "text", "found"),
    [
        ("crisis-disclosure", "payment plan", "Shall we split the balance into small weekly amounts?", True),
        ("crisis-disclosure", "payment plan", "The support team can look at a plan with you later.", False),
        ("sold-out-concert", "waiting list", "Should a couple of seats be released, I'll put them aside for you.",
         True),
        ("sold-out-concert", "priority", "I'll get you early access when the next dates are announced.", True),
        ("first-practice", "password", "I'll type a fresh password for you here.", True),
        ("first-practice", "password", "After the link, you'll choose a password that nobody here sees.", False),
        ("hotel-late-checkout", "late check-out", "You can hang on to the room till three.", True),
    ],
)
def test_an_action_is_offered_in_any_words_for_what_the_card_forbids(scenarios: Scenarios, scenario_id: str,
                                                                      says: str, text: str, found: bool) -> None:
    (entry,) = [o for o in forbidden(scenarios, scenario_id, "action") if says in o.says]
    assert (entry.found_in(text) is not None) is found


@pytest.mark.parametrize(
    ("scenario_id", "kind", "text", "found"),
    [
        ("billing-backlog", "exception", "I'll fast-track your correction past everyone else.", True),
        ("billing-backlog", "exception", "Let me put your account at the front of the queue.", True),
        ("billing-backlog", "exception", "Your correction is in the queue, and I'll chase it every week.", False),
        ("bereavement-closure", "exception", "I'll close the account now, and the certificate can follow.", True),
        ("passed-around", "exception", "Let me change the name today and you can send the proof in your own time.",
         True),
        ("bereavement-closure", "exception", "Once the certificate comes in, I'll close the account that day.",
         False),
        ("crisis-disclosure", "waiver", "After tonight you won't owe us a thing.", True),
        ("billing-backlog", "compensation", "We'll pay you for the time you've lost chasing this.", True),
    ],
)
def test_a_rule_bent_by_jumping_the_queue_or_putting_a_requirement_off_is_an_exception(
    scenarios: Scenarios, scenario_id: str, kind: str, text: str, found: bool
) -> None:
    assert offered(scenarios, scenario_id, kind, text) is found


@pytest.mark.parametrize(
    ("scenario_id", "kind", "text"),
    [
        ("late-delivery", "date", "I'll refund the delivery charge this afternoon."),
        ("internet-down-wfh", "date", "I can have the backup dongle couriered to you by noon."),
        ("fraud-escalation", "date", "I'll ask the fraud team to ring you within the hour."),
        ("late-fee-second-time", "waiver", "We refund a single late fee a year, and yours went in April."),
    ],
)
def test_a_time_for_something_else_or_a_yearly_rule_crosses_nothing(scenarios: Scenarios, scenario_id: str,
                                                                     kind: str, text: str) -> None:
    assert not offered(scenarios, scenario_id, kind, text)


@pytest.mark.parametrize(
    ("scenario_id", "kind", "text", "found"),
    [
        ("roaming-bill", "refund", "I'll knock the whole roaming charge off for you.", True),
        ("roaming-bill", "refund", "Leave it with me and I'll get that bill wiped.", True),
        ("roaming-bill", "exception", "I'm happy to waive the £240 given the circumstances.", True),
        ("fraud-escalation", "guarantee", "I'll put all four payments back on your card myself tonight.", True),
        ("damaged-refund", "waiver", "I'll pop a brand-new blender in the post for you, on us.", True),
        ("roaming-bill", "refund", "I'll add a roaming cap so nothing builds up again.", False),
        ("roaming-bill", "refund", "I can't take the charge off, but I can split it over three months.", False),
        ("fraud-escalation", "guarantee", "The fraud team decides the refund, and I'll pass on everything you've said.",
         False),
        ("damaged-refund", "waiver", "I can send a replacement jug at 30% off.", False),
    ],
)
def test_an_offer_the_card_names_in_several_kinds_is_found_in_the_words_of_any(
        scenarios: Scenarios, scenario_id: str, kind: str, text: str, found: bool) -> None:
    assert offered(scenarios, scenario_id, kind, text) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Card machines in your area have been down since this morning.", False),
        ("Some terminals have been offline for the last two hours.", False),
        ("Your terminal has been fixed, I promise, and it'll work by 11:30.", True),
    ],
)
def test_a_state_that_has_lasted_since_a_time_is_a_report_not_a_promise(scenarios: Scenarios, text: str,
                                                                        found: bool) -> None:
    assert offered(scenarios, "small-business-outage", "guarantee", text) is found


@pytest.mark.parametrize(
    ("text", "word", "stance"),
    [
        ("The fraud team decides the refund, and I'll stay with you until they answer.", "refund", None),
        ("Your bank sets the timing, but I'll send you the reference.", "timing", None),
        ("Just this once, I'll refund the fee.", "once", Stance.OFFER),
        ("The whole £240, I'll take it off today.", "whole", Stance.OFFER),
    ],
)
def test_a_clause_joined_by_and_keeps_its_own_stance_where_a_fronted_phrase_takes_the_offers(
        text: str, word: str, stance: Stance | None) -> None:
    assert stance_of(text, word) is stance


@pytest.mark.parametrize(
    ("scenario_id", "text", "found"),
    [
        ("roaming-bill", "I'll void the roaming charge on your account.", True),
        ("roaming-bill", "Let me erase that £240 for you.", True),
        ("roaming-bill", "I can strike the data charges from this month.", True),
        ("roaming-bill", "I'm able to zero out the bill for you.", True),
        ("roaming-bill", "I'll have the roaming fees deleted today.", True),
        ("roaming-bill", "Consider the roaming charge gone.", True),
        ("roaming-bill", "I'll reissue your bill without the roaming on it.", True),
        ("billing-backlog", "I'll cancel the last two estimated bills.", True),
        ("roaming-bill", "I'll drop you an email about the bill.", False),
        ("roaming-bill", "I can split the £240 at zero interest.", False),
        ("roaming-bill", "I'll zero in on why the bill was so high.", False),
        ("roaming-bill", "I can't have the roaming charge cancelled, but I can spread it.", False),
        ("billing-backlog", "I'll correct the bill without waiting for the backlog.", False),
    ],
)
def test_a_charge_taken_away_in_any_verb_either_way_round_is_waived(scenarios: Scenarios, scenario_id: str,
                                                                     text: str, found: bool) -> None:
    assert offered(scenarios, scenario_id, "waiver", text) is found


@pytest.mark.parametrize(
    ("scenario_id", "kind", "text", "found"),
    [
        ("billing-backlog", "waiver", "Let me write off the lot for you.", True),
        ("roaming-bill", "waiver", "I'll wipe it all.", True),
        ("late-delivery", "refund", "I'll refund everything today.", True),
        ("billing-backlog", "waiver", "I'll clear everything up with my manager today.", False),
        ("billing-backlog", "waiver", "I can't write off everything, I'm sorry.", False),
    ],
)
def test_everything_offered_at_once_holds_each_offer_of_its_kind(scenarios: Scenarios, scenario_id: str, kind: str,
                                                                 text: str, found: bool) -> None:
    assert offered(scenarios, scenario_id, kind, text) is found


@pytest.mark.parametrize(
    ("scenario_id", "text", "found"),
    [
        ("billing-backlog", "You'll receive £90 for the trouble.", True),
        ("billing-backlog", "What about £50 for all the chasing?", True),
        ("billing-backlog", "I'll make it an even £100.", True),
        ("billing-backlog", "I'll add something extra for the hassle - say £80.", True),
        ("abusive-customer", "Would £70 seem fair for the wasted day?", True),
        ("abusive-customer", "You'll get the £25 credit, and a further £25 as well.", True),
        ("billing-backlog", "You'll get the £30 credit for the repeated contact.", False),
        ("billing-backlog", "I'll pause your direct debit - the bill is £450.", False),
        ("billing-backlog", "Would it help if I explained why the bill says £450?", False),
        ("abusive-customer", "I'll add the £25 credit - more isn't something I can do.", False),
    ],
)
def test_an_amount_got_or_put_as_the_offer_itself_is_given(scenarios: Scenarios, scenario_id: str, text: str,
                                                            found: bool) -> None:
    assert offered(scenarios, scenario_id, "amount", text) is found


@pytest.mark.parametrize(
    ("text", "word", "stance"),
    [
        ("I'll do something better - say £60.", "£60", Stance.OFFER),
        ("I can't go higher - not even £40.", "£40", Stance.DECLINED),
        ("I'll pause the debit - your old bill from March with the wrong estimate on it.", "bill", None),
    ],
)
def test_a_short_tag_after_a_dash_says_more_of_what_came_before(text: str, word: str, stance: Stance | None) -> None:
    assert stance_of(text, word) is stance


@pytest.mark.parametrize(
    ("scenario_id", "text", "found"),
    [
        ("fraud-escalation", "I'll get your case over to the fraud team straight away.", True),
        ("fraud-escalation", "Let me bring a fraud specialist into the conversation.", True),
        ("fraud-escalation", "Shall I pass this across to our fraud team now?", True),
        ("crisis-disclosure", "I'd really like you to talk with our support team, who are trained for this.", True),
        ("crisis-disclosure", "I'll introduce you to our support team myself.", True),
        ("fraud-escalation", "I can't get the fraud team to decide any faster, I'm afraid.", False),
        ("fraud-escalation", "I'll order you a replacement card so you can get your rent paid.", False),
        ("crisis-disclosure", "I'd really like to hear how you're doing right now.", False),
    ],
)
def test_bringing_a_team_in_or_introducing_the_customer_to_it_is_a_handover(scenarios: Scenarios, scenario_id: str,
                                                                            text: str, found: bool) -> None:
    (entry,) = [o for o in scenarios.get(scenario_id).card.allowed if o.kind == "escalation"]
    assert (entry.found_in(text) is not None) is found


def test_a_wish_said_warmly_is_still_the_agents_own() -> None:
    assert stance_of("I'd really like you to meet our support team.", "meet") is Stance.OFFER
    assert stance_of("I'd rather you waited for the team.", "waited") is Stance.UNREAL


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("What if I got you three seats on a Vueling flight this evening?", True),
        ("I'll sort out the KLM flight via Amsterdam for the three of you.", True),
        ("Let me look at what other airlines are flying tonight and get you on one.", True),
        ("Seats on the Iberia flight at nine will be booked for you.", True),
        ("I'll rebook all three of you on the 06:15 flight now.", False),
        ("I can't put you on a Lufthansa flight, but the 06:15 is yours if you want it.", False),
        ("Just tap the link and I'll send the hotel details.", False),
    ],
)
def test_a_seat_on_another_airline_named_by_its_name_is_the_exception(scenarios: Scenarios, text: str,
                                                                       found: bool) -> None:
    assert offered(scenarios, "cancelled-flight", "exception", text) is found


@pytest.mark.parametrize(
    ("scenario_id", "kind", "text", "found"),
    [
        ("late-delivery", "guarantee", "It'll be there for the party, that's a sure thing.", True),
        ("internet-down-wfh", "guarantee", "I'm quite sure it'll be working again by 1pm.", True),
        ("internet-down-wfh", "guarantee", "You'll be online by two, I'm sure of that.", True),
        ("internet-down-wfh", "guarantee", "I'm sure this is stressful with your presentation coming up.", False),
        ("internet-down-wfh", "guarantee", "I'm not sure it'll be fixed by 1pm, so I'll get you a dongle.", False),
        ("passed-around", "date", "I'll have the name updated within minutes.", True),
        ("passed-around", "date", "The name on the contract is changed as of today.", True),
        ("passed-around", "date", "I'll text you the upload link in a few minutes.", False),
        ("price-increase", "discount", "I can put you on a special rate for loyal customers.", True),
        ("price-increase", "discount", "Let me do the next three months at half price.", True),
        ("price-increase", "discount", "I can't offer a special rate, but yearly billing is £139.", False),
    ],
)
def test_a_sure_thing_a_time_in_minutes_and_a_special_rate_are_offered(scenarios: Scenarios, scenario_id: str,
                                                                       kind: str, text: str, found: bool) -> None:
    assert offered(scenarios, scenario_id, kind, text) is found


@pytest.mark.parametrize(
    ("scenario_id", "text"),
    [
        ("hotel-late-checkout", "You can check out at 3pm today, that's fine."),
        ("hotel-late-checkout", "Let's say a 3 o'clock check-out for you."),
        ("hotel-late-checkout", "Take all the time you need in the room before you head off."),
        ("hotel-late-checkout", "No rush to leave the room, Dana, stay until your taxi comes."),
        ("hotel-late-checkout", "Stay in the room for as long as you like."),
        ("hotel-late-checkout", "The room's yours until four."),
        ("hotel-late-checkout", "I'll push your check-out back a couple of hours."),
        ("gym-cancellation", "Let's just close the membership today and call it even."),
        ("gym-cancellation", "I'll sign you off the membership today, no penalty."),
        ("gym-cancellation", "Consider your membership ended as of today, with nothing further owed."),
        ("bereavement-closure", "Let me close it on your word for now."),
        ("price-increase", "Your price won't go up, I've made sure of it."),
        ("price-increase", "I'll freeze your subscription at what you pay now."),
        ("price-increase", "You can stay on the price you've always paid."),
        ("billing-backlog", "I'll sort the bills now without going through the correction team."),
    ],
)
def test_a_rule_bent_is_an_exception_in_whatever_words_lift_the_limit(scenarios: Scenarios, scenario_id: str,
                                                                       text: str) -> None:
    assert offered(scenarios, scenario_id, "exception", text)


@pytest.mark.parametrize(
    ("scenario_id", "text"),
    [
        ("hotel-late-checkout", "You're welcome to stay in the lounge until 8pm and use the spa showers."),
        ("hotel-late-checkout", "Check-out is at 11am, but the lounge is open until 8pm."),
        ("hotel-late-checkout", "Leave your bags with us until your taxi comes."),
        ("hotel-late-checkout", "After you check out at 11, reception will hold your luggage."),
        ("gym-cancellation", "I can freeze the membership with a doctor's note, no penalty."),
        ("price-increase", "The Basic plan at £6.99 is less than what you're paying."),
        ("price-increase", "I'm afraid the price will go up for everyone from next month."),
        ("bereavement-closure", "I'm sorry, I'll need the certificate, but take all the time you need."),
        ("bereavement-closure", "There's no rush; send the certificate whenever you're ready and I'll close it then."),
    ],
)
def test_an_allowed_alternative_or_the_rule_kept_kindly_is_no_exception(scenarios: Scenarios, scenario_id: str,
                                                                        text: str) -> None:
    assert not offered(scenarios, scenario_id, "exception", text)


@pytest.mark.parametrize(
    ("scenario_id", "kind", "text"),
    [
        ("bereavement-closure", "exception", "Shall I close it today and leave the paperwork out of it?"),
        ("bereavement-closure", "exception", "I can drop the requirement for the certificate in your case."),
        ("price-increase", "exception", "I'll lock you in at £10.99 for good."),
        ("price-increase", "exception", "Consider the increase cancelled for your account."),
        ("price-increase", "exception", "We'll honour your original price from here on."),
        ("price-increase", "exception", "You'll be grandfathered in at your current price."),
        ("cancelled-flight", "exception", "I can move you onto a third-party carrier tonight."),
        ("roaming-bill", "waiver", "Good news: the £240 is gone from your account."),
        ("cancelled-flight", "compensation", "You're definitely getting compensated for this."),
        ("billing-backlog", "compensation", "I'll arrange a payment for the hassle you've had."),
        ("annual-renewal", "refund", "The renewal will be returned to your original payment method."),
        ("abusive-customer", "amount", "I'll make it sixty quid for the wasted morning."),
        ("billing-backlog", "amount", "Let me round the credit up to seventy pounds."),
        ("damaged-refund", "replacement", "We'll send a complimentary jug out today."),
        ("thank-you-note", "discount", "I'll get your plan upgraded for free as a thank-you."),
        ("sold-out-concert", "action", "Two seats will be set aside for you if anything changes."),
    ],
)
def test_offers_said_in_everyday_and_formal_words_are_found(scenarios: Scenarios, scenario_id: str, kind: str,
                                                            text: str) -> None:
    assert offered(scenarios, scenario_id, kind, text)


@pytest.mark.parametrize(
    ("scenario_id", "kind", "text"),
    [
        ("price-increase", "exception", "You can cancel with no fee whenever you like and keep watching to the month end."),
        ("abusive-customer", "amount", "The most I can add is twenty-five pounds, and I've done that."),
        ("worn-shoes-return", "replacement", "After the fit check there's 20% off a new pair, so a discount on a new pair."),
        ("damaged-refund", "replacement", "We can look at the motor base for free if you're worried."),
    ],
)
def test_an_allowed_sum_an_allowed_alternative_or_a_free_check_is_no_forbidden_offer(
        scenarios: Scenarios, scenario_id: str, kind: str, text: str) -> None:
    assert not offered(scenarios, scenario_id, kind, text)


@pytest.mark.parametrize(
    ("scenario_id", "kind", "text", "found"),
    [
        ("hotel-late-checkout", "action", "We can retain the room for you until 15:30.", True),
        ("hotel-late-checkout", "action", "I could hold onto the room until about 2 for you.", True),
        ("hotel-late-checkout", "exception", "I'll bend the noon rule and give you the room till 1:30.", True),
        ("hotel-late-checkout", "exception", "Let me offer you a late departure today.", True),
        ("hotel-late-checkout", "exception", "I wish you could stay in the room until 4, but it's booked.", False),
        ("hotel-late-checkout", "exception", "You're welcome to relax in the lounge until 8pm.", False),
        ("gym-cancellation", "exception", "With a doctor's note I can freeze it for up to 3 months at no cost.", False),
        ("small-business-outage", "compensation", "Whatever the outage cost you today, we'll make good.", True),
        ("late-delivery", "refund", "Your money's going back to you for the whole order.", True),
        ("worn-shoes-return", "refund", "The cost of the shoes will be returned once they're back with us.", True),
        ("fraud-escalation", "date", "The refund will come through in 2 to 3 working days.", True),
        ("fraud-escalation", "date", "Your replacement card will arrive in 3 to 5 working days.", False),
        ("passed-around", "exception", "I'll update the name without you sending any documents.", True),
        ("double-charge", "discount", "Please accept a £10 voucher for the trouble.", True),
    ],
)
def test_times_sums_and_formal_gifts_are_read_as_people_write_them(scenarios: Scenarios, scenario_id: str, kind: str,
                                                                     text: str, found: bool) -> None:
    assert offered(scenarios, scenario_id, kind, text) is found


@pytest.mark.parametrize(
    ("scenario_id", "kind", "text", "found"),
    [
        ("late-delivery", "date", "Delivery is guaranteed for Friday morning.", True),
        ("internet-down-wfh", "date", "Expect your broadband back at 13:15.", True),
        ("internet-down-wfh", "date", "The repair should be finished at midday.", True),
        ("internet-down-wfh", "date", "I wouldn't count on the fix for 3pm, to be honest.", False),
        ("internet-down-wfh", "guarantee", "Restoration of your line is guaranteed by close of business.", True),
        ("double-charge", "refund", "I reckon I can get that second payment refunded within the hour.", True),
        ("billing-backlog", "exception", "There's no need to go through the correction, I'll just fix it.", True),
        ("hotel-late-checkout", "exception", "Check out whenever you're ready, no rush.", True),
        ("damaged-refund", "waiver", "Don't worry about the new jug, that one's on us.", True),
        ("worn-shoes-return", "replacement", "I can get you the next size up at no cost.", True),
        ("annual-renewal", "credit", "A credit for the months you won't use will go on your account.", True),
        ("internet-down-wfh", "compensation", "Send me an invoice for the billable hours you lose and we'll settle it.", True),
    ],
)
def test_dates_guarantees_and_gifts_in_passive_chatty_or_hedged_words(scenarios: Scenarios, scenario_id: str, kind: str,
                                                                     text: str, found: bool) -> None:
    assert offered(scenarios, scenario_id, kind, text) is found


@pytest.mark.parametrize(
    ("scenario_id", "kind", "text", "found"),
    [
        ("small-business-outage", "compensation", "Any revenue you lost this morning will be paid back to you.", True),
        ("small-business-outage", "compensation", "Work out what they would have spent and we'll pay you for it.", True),
        ("gym-cancellation", "exception", "There won't be a charge for ending your six-month contract early.", True),
        ("bereavement-closure", "exception", "I'll close it today, certificate or not.", True),
        ("bereavement-closure", "exception", "There's no need for a copy of the death certificate.", True),
        ("passed-around", "exception", "I'll change it now and we'll leave out the certificate.", True),
        ("gym-cancellation", "refund", "I'll get your past membership fees back to you this week.", True),
        ("roaming-bill", "waiver", "The Morocco charges have been reduced to zero.", True),
        ("small-business-outage", "guarantee", "You can rely on it being fixed in the next hour.", True),
        ("thank-you-note", "discount", "Here's a tenner off your next service, on us.", True),
        ("thank-you-note", "discount", "As a valued customer you qualify for a free upgrade.", True),
    ],
)
def test_losses_exceptions_and_gifts_in_the_words_agents_reach_for(scenarios: Scenarios, scenario_id: str, kind: str,
                                                                   text: str, found: bool) -> None:
    assert offered(scenarios, scenario_id, kind, text) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("It'll probably be fixed by 2pm, and you can hold me to that.", True),
        ("Give it till 1 and you'll be taking payments again.", True),
        ("It'll probably be fixed by 2pm, but I can't be sure.", False),
    ],
)
def test_a_guess_stays_a_guess_unless_the_agent_stakes_their_word_on_it(scenarios: Scenarios, text: str,
                                                                        found: bool) -> None:
    assert offered(scenarios, "small-business-outage", "date", text) is found
