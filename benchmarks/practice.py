#!/usr/bin/env python3
"""Benchmark how practice holds the line: offers found in any wording, and what crossing the line costs.

Why this exists
---------------
A practice customer who praises a forbidden promise teaches the wrong habit, so two things are measured:

1. **Detection.** For each kind of offer, agent replies written for this benchmark (never taken from a data
   set) are run through the scenario's card: replies that make the offer in many wordings, and replies that
   decline it, mention it in passing, or offer an allowed alternative instead. Precision and recall are
   reported per kind; the targets are precision >= 0.9 and recall >= 0.8. The sets the matcher was corrected on
   come first (all but the first were held out until their first run); from the sixth on they were written blind
   from the scenarios alone (``practice_held_out.py``, ``practice_blind.py`` and ``practice_blind_2.py`` to
   ``practice_blind_7.py``), measured once, then corrected on. Two held-out sets follow, never tuned on, written by
   people who never saw the matcher; the newest (``practice_blind_8.py``, written blind from the scenarios alone)
   gives the figures to quote. Escalation is never forbidden in a shipped scenario, so it is measured as an
   *allowed* offer the card must recognise.
2. **Consequences.** For every scenario, a scripted agent who makes the forbidden offers and one who holds the
   line kindly (a no with the reason and an allowed offer) play the same number of replies; the crossing
   agent must end with a lower session score and a worse final mood.

Each reply is a short opening (one of six, with different acknowledgements) followed by one offer sentence,
or the other way round, so every offer sentence is read in several contexts.

How to run
----------
    python benchmarks/practice.py            # a table per part
    python benchmarks/practice.py --strict   # exit 1 if a target is missed
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from practice_blind import BLIND, BLIND_ALLOWED  # noqa: E402
from practice_blind_2 import BLIND_2, BLIND_2_ALLOWED  # noqa: E402
from practice_blind_3 import BLIND_3, BLIND_3_ALLOWED  # noqa: E402
from practice_blind_4 import BLIND_4, BLIND_4_ALLOWED  # noqa: E402
from practice_blind_5 import BLIND_5, BLIND_5_ALLOWED  # noqa: E402
from practice_blind_6 import BLIND_6, BLIND_6_ALLOWED  # noqa: E402
from practice_blind_7 import BLIND_7, BLIND_7_ALLOWED  # noqa: E402
from practice_blind_8 import BLIND_8, BLIND_8_ALLOWED  # noqa: E402
from practice_held_out import HELD_OUT_4, HELD_OUT_4_ALLOWED  # noqa: E402

from bot.coach import practice  # noqa: E402
from bot.coach.practice.scenarios import Scenario, Scenarios  # noqa: E402

PRECISION_TARGET = 0.9
RECALL_TARGET = 0.8

OPENINGS = (
    "I'm really sorry about this.",
    "Thanks for bearing with me, I can see how stressful this has been.",
    "That sounds exhausting, and I want to help.",
    "I completely get why you're upset.",
    "Thank you for explaining all that so clearly.",
    "I've read through everything you sent.",
)


@dataclass(frozen=True)
class Set:
    """Replies for one kind of offer in one scenario: ones that make it, and ones that don't."""

    scenario: str
    offers: tuple[str, ...]
    others: tuple[str, ...]


# Per kind: offer sentences (positives) and sentences that decline, mention or offer something allowed.
SETS: dict[str, tuple[Set, ...]] = {
    "refund": (
        Set("late-delivery",
            ("I'll refund the full order today as well.", "I can give you your money back for the whole order.",
             "Let me refund the present in full right now.", "I'm refunding the entire order for you now.",
             "We'll refund everything, including the Lego set."),
            ("I can't refund the order while it's still moving, but I'll open a trace with the courier now.",
             "I'll refund the delivery fee today.", "A full refund isn't something I can do while it's in transit.",
             "If it turns out to be lost, I'll send a replacement by next-day delivery.",
             "I'm not able to offer a full refund yet, but I'll chase the courier today.")),
        Set("damaged-refund",
            ("I'll refund the blender for you.", "I can refund the £89 today.", "Let me process a refund for the "
             "jug straight away.", "I've refunded your order just now.", "We can give you your money back on this."),
            ("I can't refund it, as the damage was accidental, but I can send a replacement jug at 30% off.",
             "A refund isn't possible here, I'm afraid.", "Refunds are for manufacturing faults, and this was a fall.",
             "I can arrange a free check of the motor base.", "I'm not able to refund it, but here's what I can do.")),
    ),
    "replacement": (
        Set("damaged-refund",
            ("I'll send you a brand-new blender free of charge.", "I can replace the whole blender at no cost.",
             "Let me get a new blender out to you on us.", "We'll swap it for a new one, free.",
             "I'm sending a replacement blender today, no charge."),
            ("I can send a replacement jug at 30% off, so £16.80.", "A free replacement isn't something I can offer.",
             "I can't replace the blender for free, but the jug is 30% off.", "The motor base can be checked for free.",
             "I'm not able to send a free blender, I'm sorry.")),
        Set("worn-shoes-return",
            ("I'll send you a new pair free of charge.", "I can replace the shoes at no cost to you.",
             "Let me get you a fresh pair on us.", "We'll replace them for free.",
             "I'm sending you a new pair of shoes today, no charge."),
            ("After a fit check you'd get 20% off a new pair.", "I can't replace worn shoes for free, I'm afraid.",
             "I can send them to the manufacturer if you think there's a fault.",
             "A free pair isn't something I can offer, but the fit check is free.",
             "I can book you a free gait and fit check.")),
    ),
    "guarantee": (
        Set("late-delivery",
            ("I guarantee it will be there before the party.", "I promise you it'll arrive in time for Sunday.",
             "It will definitely arrive by Saturday.", "You have my word the parcel will be there for Sunday.",
             "It'll be with you before Sunday for sure."),
            ("I can't promise it'll arrive by Sunday, but I'll open a trace with the courier now.",
             "I can't guarantee a date, since the courier hasn't given one.", "I'll email you what the courier says by 5pm.",
             "I promise I'll email you what the courier says today.", "I won't promise a date I can't control.")),
        Set("internet-down-wfh",
            ("I promise you'll be back online before your presentation.", "I guarantee the fix will be done by 1pm.",
             "Your internet will definitely be working again by lunchtime.", "You have my word the connection will be "
             "back before 2.", "It'll be fixed in time for your presentation, I promise."),
            ("The engineers' estimate is 6pm, but it isn't confirmed, so I won't promise a time.",
             "I promise I'll text you the moment the fix is confirmed.", "I can't guarantee a fix time, but I can get "
             "you a 4G dongle today.", "I'll order a 4G dongle by same-day courier.",
             "I can't promise when it'll be back, I'm afraid.")),
    ),
    "date": (
        Set("late-delivery",
            ("It will arrive by Saturday.", "The parcel will be with you tomorrow.", "It's going to arrive before "
             "Sunday.", "It should be delivered by Saturday morning.", "Your order will reach you tomorrow."),
            ("I'll email you what the courier says by 5pm today.", "I can't give you a delivery date yet.",
             "I'll open a trace with the courier today.", "I don't know when it will arrive, and I won't guess.",
             "The courier hasn't given a date, so I'll chase them today.")),
        Set("double-charge",
            ("The money will be back in your account today.", "It'll be refunded by tonight.",
             "The duplicate will be reversed within the hour.", "Your £64.99 will show up in your account today.",
             "It will be back in your account this afternoon."),
            ("I'll request an urgent reversal now, which usually shows within 1 to 2 working days.",
             "I can't say exactly when your bank will show it.", "I'll email you a confirmation today.",
             "It will be back in your account within 1 to 2 working days, usually.",
             "The bank decides when it shows, so I can't promise today.")),
    ),
    "waiver": (
        Set("roaming-bill",
            ("I'll waive the roaming charges.", "I can write off the £240 for you.", "Let me waive that bill.",
             "I'm waiving the roaming charge as a one-off.", "We'll write the charges off."),
            ("I can't waive the charges, but I can split the £240 into 3 monthly payments.",
             "I'll add a roaming cap so this can't happen again.", "Waiving it isn't something I'm able to do.",
             "I'm not able to write it off, I'm sorry.", "I can spread the bill over three months with no interest.")),
        Set("gym-cancellation",
            ("I'll waive the cancellation fee.", "I can waive the remaining months on your contract.",
             "Let me waive the fee so you can cancel today.", "I'm waiving the cancellation fee for you.",
             "We'll waive what's left on the contract."),
            ("I can't waive the fee, but I can freeze your membership for up to 3 months at no cost.",
             "I can freeze it for free with a doctor's note.", "I'm not able to waive the fee, I'm afraid.",
             "I can move you to the off-peak plan at £22 a month.", "The fee can't be waived, but a freeze can.")),
    ),
    "discount": (
        Set("price-increase",
            ("As a loyal customer I can give you 20% off.", "I'll add a loyalty discount to your account.",
             "Let me give you a voucher for the difference.", "I can offer you a reduced price for the next year.",
             "I'm applying a discount so you stay on a cheaper rate."),
            ("I can't offer a loyalty discount, but yearly billing at £139 works out at about £11.58 a month.",
             "There isn't a loyalty discount, I'm afraid.", "I can move you to Basic with adverts at £6.99.",
             "I can switch you to yearly billing at £139.", "I'm not able to give a discount.")),
        Set("double-charge",
            ("I'll add a £10 voucher for the trouble.", "I can give you a discount on your next order.",
             "Let me send you a voucher to make up for it.", "I'm adding a promo code for 15% off.",
             "We'll give you a coupon for your next order."),
            ("I can't offer a voucher, but I'll request an urgent reversal now.", "I'll email you a confirmation for "
             "your bank.", "There's no discount I can add, I'm sorry.", "I'll send you the reference number.",
             "I'm not able to give vouchers for this.")),
    ),
    "compensation": (
        Set("internet-down-wfh",
            ("We'll compensate you for the earnings you've lost.", "I'll make sure you're compensated for the "
             "work you missed.", "I can cover your lost earnings today.", "I'll pay you for the time you've lost.",
             "Let me arrange compensation for the lost client work."),
            ("I can't compensate for lost earnings, but there's a credit on your bill for every full day without "
             "service.", "Compensation for earnings isn't something I can offer.", "I'll order a 4G dongle by "
             "same-day courier.", "I'm not able to cover lost earnings, I'm sorry.", "I'll sign you up for text updates.")),
        Set("small-business-outage",
            ("We'll compensate you for the sales you've lost.", "I'll make sure you're compensated for this morning.",
             "I can cover your lost sales.", "Let me arrange compensation for the takings you missed.",
             "I'll pay you for the lost sales."),
            ("Lost sales aren't covered, but the service credit for the outage is applied automatically.",
             "I can't compensate for lost sales, I'm afraid.", "I'll walk you through Tap on Phone now.",
             "I'm not able to offer compensation for sales.", "I'll text you the moment the fix reaches you.")),
    ),
    "amount": (
        Set("billing-backlog",
            ("I'll add a £100 credit to your account.", "I can give you £75 for the trouble.",
             "Let me credit £50 to make up for it.", "I'm adding a £60 goodwill gesture to your account.",
             "We'll pay you £200 back for all of this."),
            ("I'll add a £30 goodwill credit for the repeated contact.", "The most I can add is the £30 goodwill "
             "credit.", "I'll apply your readings today.", "You're about £310 in credit once the readings are in.",
             "I can't go beyond the £30 credit, I'm sorry.")),
        Set("abusive-customer",
            ("I'll give you a £100 credit to make up for it.", "I can add £50 to your account.",
             "Let me credit you £40 for the day.", "I'm adding a £75 credit.", "We'll pay you £60 for the lost day."),
            ("I'll add the £25 credit for the missed appointment.", "The £25 credit is what I can add.",
             "I can book you in tomorrow from 8am to 12pm.", "I can't add more than the £25 credit.",
             "I'll call 30 minutes before the engineer arrives.")),
    ),
    "exception": (
        Set("bereavement-closure",
            ("I can close it today without the certificate.", "Let me go ahead and close it without any paperwork.",
             "I'll make an exception and close it now.", "Just this once, I'll close it without the death certificate.",
             "We can close the account without the certificate."),
            ("I'll need a copy of the death certificate, and email is fine.", "I'll take care of closing the account "
             "myself.", "I'll waive the final bill.", "I can't close it without the certificate, I'm sorry.",
             "Once I have the certificate, I'll close it and let you know.")),
        Set("price-increase",
            ("I'll keep you on the old price of £10.99.", "I can keep your old price for another year.",
             "Let me lock your price at £10.99.", "I'll make an exception and leave you on the old rate.",
             "We can keep you at the old price."),
            ("I can't keep the old price, as the increase applies to everyone.", "I can switch you to yearly billing "
             "at £139.", "I can move you to Basic at £6.99.", "The old price isn't something I can keep.",
             "I'm not able to make an exception on the price.")),
    ),
}
ALLOWED_SETS: dict[str, tuple[Set, ...]] = {
    "escalation": (
        Set("fraud-escalation",
            ("I'll transfer you to our fraud team now.", "Let me put you through to the fraud team.",
             "I'm passing this to our fraud specialists now.", "I'll hand this over to the fraud team with all your "
             "details.", "I can escalate this to our fraud team straight away."),
            ("I'll order you a replacement card now.", "I'll stay with you on the chat.", "I can't decide the claim "
             "myself.", "Your card is frozen, which was the right thing to do.", "I'll note everything you've told me.")),
        Set("crisis-disclosure",
            ("I'd like to put you through to our support team, who are trained for this.", "I'll transfer you to our "
             "support team now.", "Let me pass you to our specialist team.", "I'm putting you through to the support "
             "team.", "I can hand you over to our support team, who are trained for this."),
            ("I'm putting collection on hold for 30 days.", "Please call the Samaritans on 116 123, any time.",
             "I'm glad you told me.", "Your safety matters more than the bill.", "I'm here, and I'm listening.")),
    ),
}

SECOND: dict[str, tuple[Set, ...]] = {
    "refund": (
        Set("annual-renewal",
            ("Sure, I'll refund the rest of the year for you.", "I can refund the £480 in full.",
             "Let me get that renewal refunded today.", "I've gone ahead and refunded the renewal.",
             "You'll get a full refund of the plan."),
            ("Refunds are only possible within 14 days, so I can't refund this one.",
             "I'll update the billing email now so the reminder reaches you.",
             "I can set the plan to switch to monthly at the next renewal.",
             "I know a refund is what you wanted, and I'm sorry it's not possible.",
             "The refund window closed a week ago, I'm afraid.")),
        Set("worn-shoes-return",
            ("I'll refund the shoes for you.", "Let me refund your £120.", "I can give you your money back.",
             "We'll refund the order in full.", "I'm processing your refund now."),
            ("I'm not able to refund worn shoes.", "I can book you a free fit check.",
             "A refund is only for unworn shoes within 30 days.", "I'd love to refund them, but I can't.",
             "If the manufacturer finds a fault, they decide what happens next.")),
    ),
    "replacement": (
        Set("damaged-refund",
            ("No problem, a new blender is on its way to you for free.", "I'll get a replacement blender sent out "
             "free of charge.", "We can replace it with a new blender at no cost.", "I'll ship you another blender, "
             "on the house.", "Let me send a replacement blender today, free."),
            ("The replacement jug is £16.80 with 30% off.", "I can't send a free blender.", "Would a jug at 30% "
             "off help?", "I'm afraid a free replacement isn't possible.", "The warranty covers faults only.")),
        Set("worn-shoes-return",
            ("I'll send you another pair for free.", "We'll get a new pair out to you free of charge.",
             "Let me replace them at no cost.", "I can swap them for a new pair, free.",
             "I'll post you a new pair on us."),
            ("I can offer 20% off a new pair after a fit check.", "A free new pair isn't something I can do.",
             "The manufacturer can look at them for a fault.", "I can book a free fitting for you.",
             "I won't be able to replace them for free.")),
    ),
    "guarantee": (
        Set("small-business-outage",
            ("I promise the terminal will be working by 11:30.", "I guarantee your card machine will be back "
             "before lunch.", "It'll definitely be fixed by 11:30.", "You have my word the machine will be working "
             "again this morning.", "I can assure you the fix will be done by 11:30."),
            ("The fix is estimated for 11:30, but that's not confirmed.", "I promise I'll text you the moment "
             "the fix reaches you.", "I can't guarantee a time, but Tap on Phone works now.", "I'll walk you "
             "through Tap on Phone.", "I won't promise a time the engineers haven't confirmed.")),
        Set("late-delivery",
            ("I promise the parcel will arrive before the party.", "I can guarantee it'll be delivered by "
             "Saturday.", "It'll definitely be there in time.", "100% it will arrive before Sunday.",
             "I assure you the parcel will be there by Saturday."),
            ("I can't promise a delivery date, because the courier hasn't given one.", "I'll chase the courier "
             "and email you by 5pm.", "I wish I could promise Sunday, but I can't.", "What I can promise is an "
             "email from me by 5pm.", "I'll open a trace today.")),
    ),
    "date": (
        Set("passed-around",
            ("Your name will be changed on the contract today.", "It'll be done within the hour.",
             "The new name will be on your contract by tonight.", "It will be updated this afternoon.",
             "The change is going to be complete today."),
            ("It takes 2 working days once the certificate is in.", "I'll raise the name change myself right now.",
             "I'll email you when it's done, within 2 working days.", "I can't make it instant, I'm sorry.",
             "I'll text you the upload link now.")),
        Set("internet-down-wfh",
            ("Your internet will be back by 1pm.", "It should be fixed by noon.", "The connection will be "
             "restored within the hour.", "You'll be back online by 12.", "It's going to be working again "
             "before your presentation."),
            ("The engineers estimate 6pm, but it isn't confirmed.", "I'll order you a 4G dongle now.",
             "I'll text you as soon as there's news.", "I can't tell you when it'll be fixed.",
             "I'll sign you up for updates from the engineers.")),
    ),
    "waiver": (
        Set("late-fee-second-time",
            ("I'll waive the £12 fee this time.", "I can waive that late fee for you.", "Let me waive the charge.",
             "I've waived the fee.", "We'll waive it as a gesture."),
            ("I can't waive this fee, as this year's goodwill refund was used in April.", "I can move your due "
             "date to match your payday.", "Waiving it again isn't possible this year.", "I'll set up a text "
             "reminder.", "The fee can't be waived this time.")),
        Set("crisis-disclosure",
            ("Don't worry, I'll write off the £486.", "I can waive the whole balance.", "Let me write off the "
             "arrears for you.", "I'm waiving the bill.", "We'll write the debt off."),
            ("I'm putting collection on hold for 30 days.", "Please don't worry about the bill tonight.",
             "Writing it off isn't something I can decide.", "The support team can look at the bill with you.",
             "I'm here and I'm listening.")),
    ),
    "discount": (
        Set("hotel-late-checkout",
            ("I'll take 20% off your stay.", "Let me give you a discount for the trouble.", "I can offer a "
             "voucher for your next stay.", "I'm adding a discount to your bill.", "We'll give you a reduced "
             "rate for tonight."),
            ("I can offer you the lounge and the spa showers until 8pm.", "I can't discount the stay.",
             "I'll keep your luggage at reception.", "There's no discount I can offer.", "I'm not able to offer "
             "a voucher.")),
        Set("thank-you-note",
            ("As a thank-you, here's 10% off your next service.", "I'll send you a voucher for being so kind.",
             "Let me give you a discount on a service plan.", "I can offer you a promo code for next time.",
             "We'll add a loyalty reward to your account."),
            ("I'll pass your thanks on to Sunil today.", "No need to keep the old part.", "Thank you so much.",
             "I'll tell his team lead too.", "That's lovely to hear.")),
    ),
    "compensation": (
        Set("abusive-customer",
            ("We'll compensate you for your day off.", "I'll make sure you're compensated for the lost pay.",
             "I can cover your lost wages.", "Let me arrange compensation for your day.", "I'll pay you for "
             "the day you lost."),
            ("I can't compensate for lost pay, but I'll add the £25 credit.", "I'll book the first slot tomorrow.",
             "Lost pay isn't something we can compensate.", "I'll make sure the engineer calls ahead.",
             "I'm sorry you lost a day.")),
        Set("cancelled-flight",
            ("We'll compensate you for the missed wedding.", "I'll make sure you're compensated for all this.",
             "I can arrange compensation for you now.", "Let me make it up to you with compensation.",
             "I'm going to compensate you for the cancellation."),
            ("I'll send you the link to claim compensation.", "Compensation is assessed by claim.", "I can't "
             "promise compensation.", "I'll rebook you on the 06:15.", "I'll book you a hotel tonight.")),
    ),
    "amount": (
        Set("billing-backlog",
            ("I'll add £80 to your account for the hassle.", "I can credit £45 straight away.", "Let me give "
             "you £150 for all of this.", "I'm crediting £40 for the trouble.", "We'll give you a £90 credit."),
            ("I'll add the £30 goodwill credit.", "I can add £30 for the repeated contact.", "Your account will "
             "be about £310 in credit.", "I'll pause your direct debit now.", "The goodwill credit is £30.")),
        Set("abusive-customer",
            ("I'll add £30 to your account.", "I can credit you £50.", "Let me give you £100.", "I'm adding £35 "
             "for the wait.", "We'll credit £80 today."),
            ("I'll add the £25 credit today.", "You qualify for a £25 credit.", "I can add £25 for the missed "
             "visit.", "I'll book you in for Saturday.", "I'll call you 30 minutes before.")),
    ),
    "exception": (
        Set("passed-around",
            ("I'll change it without the certificate.", "Let me make an exception and do it without proof.",
             "I can skip the certificate this time.", "Just this once, I'll update it without the paperwork.",
             "I'll go ahead and change it without the certificate."),
            ("I'll need the marriage certificate, and I'll text you a link.", "I can't change it without the "
             "certificate.", "I'll raise it myself now.", "Once the certificate is in, it takes 2 working days.",
             "I'll email you when it's done.")),
        Set("cancelled-flight",
            ("I'll book you on another airline's flight tonight.", "Let me get you seats with another airline.",
             "I can put you on a flight with another carrier.", "We'll move you to another airline.",
             "I'm booking you on another airline's 22:00 flight."),
            ("I can't book other airlines, but I'll rebook you on the 06:15.", "Our first flight is at 06:15.",
             "I'll book a hotel room near the airport.", "I'll send meal vouchers to your phone.",
             "Another airline isn't something I can book.")),
    ),
}
SECOND_ALLOWED: dict[str, tuple[Set, ...]] = {
    "escalation": (
        Set("fraud-escalation",
            ("I'm going to transfer you to the fraud team.", "I'll escalate this to our fraud specialists now.",
             "Let me hand you over to the fraud team.", "I'm escalating this to fraud right away.",
             "I'll pass you to the fraud team and stay until they pick up."),
            ("I can't refund it myself.", "I'll order a new card.", "You did the right thing freezing the card.",
             "I know this is frightening.", "I'll stay on the chat with you.")),
        Set("crisis-disclosure",
            ("I'll transfer you to our support team now.", "I'd like to hand you over to our support team.",
             "Let me put you through to people trained for this: our support team.", "I'm passing you to our "
             "specialist team.", "I can transfer you to the support team."),
            ("Your safety matters more than the bill.", "Please call 999 if you're in danger.",
             "I'm putting collection on hold.", "Thank you for telling me.", "You're not a bother.")),
    ),
}

THIRD: dict[str, tuple[Set, ...]] = {
    "refund": (
        Set("gym-cancellation",
            ("I've refunded the last four months for you.", "Would it help if I refunded what you've paid so far?",
             "Tell you what, I'll refund the months you've paid.", "I'm happy to refund February to now.",
             "I can pay you back for the months you've missed."),
            ("The months you've paid can't be refunded, I'm afraid.", "I can freeze it for up to 3 months with a "
             "doctor's note.", "I'm not in a position to refund the months already paid.", "Rather than a refund, "
             "I can freeze the membership at no cost.", "I know you'd hoped for your money back.")),
        Set("late-fee-second-time",
            ("Fine, I'll refund the £12.", "OK, I can refund that fee for you now.", "I'll get the late fee "
             "refunded straight away.", "Let me refund this one as well.", "I'm refunding the charge now."),
            ("Last time's refund was the goodwill one for this year.", "The fee stays this time, but I can move "
             "your due date.", "I'm afraid I can't refund it again this year.", "Text reminders could stop it "
             "happening again.", "I'm sorry, refunding this one isn't possible.")),
    ),
    "replacement": (
        Set("damaged-refund",
            ("Leave it with me, I'll replace the whole blender free.", "I'm arranging a brand-new blender for you "
             "at no charge.", "Good news: we can send you another blender for free.", "I'll get a new blender "
             "shipped to you, on us.", "We'll replace the blender, no cost to you."),
            ("I can offer the jug at £16.80 instead.", "A free blender is outside what I can do.", "Would you like "
             "the motor base checked, free of charge?", "I'd suggest the accidental-damage cover for the new jug.",
             "We can't replace it for free, as it was dropped.")),
        Set("worn-shoes-return",
            ("I'll replace them with a new pair, free of charge.", "I can get you a fresh pair at no cost.",
             "Let's swap them for a new pair on us.", "I'm sending a replacement pair, no charge.",
             "We'll ship you a new pair for free."),
            ("With the fit check, a new pair would be 20% off.", "I can't give you a free pair, I'm sorry.",
             "The manufacturer can assess them if there's a fault.", "Let me book your fit check.",
             "I'm sorry they've hurt you.")),
    ),
    "guarantee": (
        Set("internet-down-wfh",
            ("Rest easy, it'll definitely be fixed by 1pm.", "I'm confident and I promise it'll be back before "
             "your call.", "I guarantee you'll be online before 2.", "You'll be back up before your presentation, "
             "I can assure you.", "It will certainly be working again by noon."),
            ("The 6pm estimate isn't confirmed, so I won't guess.", "I promise to text you with every update.",
             "I can't give you a guaranteed time.", "A 4G dongle can be with you today if I order before noon.",
             "I'd rather be honest than promise a time.")),
        Set("fraud-escalation",
            ("You'll definitely get the money back.", "I promise you'll be refunded.", "I can guarantee the £2,400 "
             "will be refunded.", "I assure you you'll get the money back.", "100% you'll get your money back."),
            ("Only the fraud team can decide, so I can't promise the outcome.", "I promise I'll stay with you "
             "until they pick up.", "I can't guarantee what the fraud team decides.", "I'll transfer you to the "
             "fraud team now.", "I'll order a replacement card.")),
    ),
    "date": (
        Set("small-business-outage",
            ("Your terminal will be working by 11:30.", "It'll be fixed within the hour.", "It should be back up "
             "by 11:30.", "The machine is going to be working again before lunch.", "It will be sorted by noon."),
            ("The fix is estimated for 11:30, but that isn't confirmed.", "I'll text you the moment the fix "
             "reaches your terminal.", "I can't tell you when it'll be working.", "Tap on Phone takes about 5 "
             "minutes to set up.", "I'll walk you through Tap on Phone now.")),
        Set("late-delivery",
            ("It'll be at your door by Saturday.", "Your parcel will arrive tomorrow.", "It should reach you "
             "before the party.", "The present will be with you by Saturday.", "It's going to be delivered tomorrow."),
            ("The courier hasn't given a date, so I'll chase them.", "I'll email you by 5pm with what they say.",
             "I can't give you a date yet.", "If it's lost, I'll send a replacement by next-day delivery.",
             "I'll open a trace now.")),
    ),
    "waiver": (
        Set("roaming-bill",
            ("I'll waive the whole £240.", "I can waive the roaming charges this once.", "We'll write off the "
             "bill for you.", "Let me waive the £240.", "I'm waiving those charges."),
            ("I can split the £240 into 3 monthly payments.", "The charges can't be waived, as the warnings were "
             "sent.", "I'll add a roaming cap.", "Writing it off isn't possible, I'm sorry.", "I'm not able to "
             "waive it.")),
        Set("gym-cancellation",
            ("I'll waive the fee and cancel today.", "I can waive the rest of your contract.", "Let me waive the "
             "cancellation fee for you.", "I'm waiving the remaining months.", "We'll waive the fee."),
            ("The fee can't be waived, but a freeze can be free.", "I can freeze it at no cost with a doctor's note.",
             "I'm not able to waive the cancellation fee.", "You could move to off-peak at £22.", "A freeze might "
             "suit you better.")),
    ),
    "discount": (
        Set("price-increase",
            ("I'll knock 20% off for you as a loyal customer.", "Let me add a loyalty discount.", "I can give "
             "you a voucher for three months.", "We'll give you a discount code.", "I'm applying a loyalty reward "
             "to your account."),
            ("There's no loyalty discount, but yearly billing is £139.", "Basic with adverts is £6.99.", "I can't "
             "offer a discount.", "You can cancel any time with no fee.", "I'm sorry there's no discount to give.")),
        Set("hotel-late-checkout",
            ("I'll give you 15% off the stay.", "Let me send you a voucher for your next visit.", "I can take "
             "something off your bill.", "We'll discount tonight's rate.", "I'm adding a promo code to your "
             "account."),
            ("I can't offer a discount, but the lounge is yours until 8pm.", "I'll store your luggage for free.",
             "The spa showers are open until 8pm.", "There's no discount I can give.", "I'm sorry the room's booked.")),
    ),
    "compensation": (
        Set("small-business-outage",
            ("I'll compensate you for every sale you've lost.", "We're going to compensate you for this morning.",
             "Let me make it up to you with compensation for the lost sales.", "I'll arrange compensation for "
             "your takings.", "I can compensate you for the lost trade."),
            ("Lost sales aren't covered, I'm sorry.", "The service credit is applied automatically.", "I can't "
             "compensate for sales.", "Tap on Phone can take payments now.", "I'll text you when it's fixed.")),
        Set("abusive-customer",
            ("I'll compensate you for your lost day's pay.", "We'll make sure you're compensated for the day.",
             "I can arrange compensation for the day off.", "Let me compensate you for the wages.", "I'm going to "
             "compensate you for today."),
            ("Lost pay can't be compensated, but I'll add the £25 credit.", "I'll book you in tomorrow.", "I'm not "
             "able to compensate for lost pay.", "The engineer will call 30 minutes before.", "I'm sorry nobody "
             "called you.")),
    ),
    "amount": (
        Set("billing-backlog",
            ("I'll add a £100 credit for all of this.", "I can give you £70 back.", "Let me credit you £40.",
             "I'm adding £55 to your account.", "We'll pay you £120 for the trouble."),
            ("I can add the £30 goodwill credit.", "You'll be about £310 in credit once the readings are applied.",
             "I'll pause the direct debit.", "The £30 credit is the most I can add.", "I'll apply your readings today.")),
        Set("abusive-customer",
            ("I'll give you £40 for the day.", "I can add £60 to your account.", "Let me credit £100.",
             "We'll add £50 today.", "I'm crediting £35."),
            ("I'll add the £25 credit.", "The credit for a missed visit is £25.", "I can book Saturday for you.",
             "I'll call before the engineer arrives.", "Tomorrow 8am to 12pm is free.")),
    ),
    "exception": (
        Set("bereavement-closure",
            ("I'll close it without the certificate, don't worry.", "Let's skip the paperwork and close it today.",
             "I can make an exception and close it now.", "I'll close it without any proof.", "Just this once, "
             "I'll go ahead and close it."),
            ("I'll need a copy of the death certificate, by email or post.", "I'll handle the closure myself.",
             "I can give you the bereavement team's number.", "I can't close it without the certificate, I'm sorry.",
             "I'll waive the final bill.")),
        Set("price-increase",
            ("I'll keep you on your old price.", "Let me lock in your old rate.", "I can leave you at the old price "
             "for a year.", "We'll keep you at £10.99.", "I'm making an exception and keeping your price."),
            ("I can't keep the old price, I'm sorry.", "Yearly billing works out at about £11.58 a month.",
             "Basic is £6.99 with adverts.", "The new price applies to everyone.", "I can cancel with no fee.")),
    ),
}
THIRD_ALLOWED: dict[str, tuple[Set, ...]] = {
    "escalation": (
        Set("fraud-escalation",
            ("I'm transferring you to the fraud team now.", "I'll get the fraud team on this straight away by "
             "escalating it.", "Let me pass this to our fraud team.", "I'll put you through to fraud, and I'll "
             "stay until they answer.", "I'm handing this over to the fraud team."),
            ("I'll stay with you.", "I'm so sorry, that's frightening.", "I'll order a new card now.",
             "Freezing the card was exactly right.", "I can't decide fraud claims myself.")),
        Set("crisis-disclosure",
            ("I'm transferring you to our support team.", "I'll pass you to the support team now.",
             "Let me hand you over to our support team.", "I'd like to transfer you to the support team.",
             "I'll put you through to our specialist team."),
            ("I'm really glad you told me.", "Please call the Samaritans on 116 123.", "The bill can wait.",
             "I've put collection on hold.", "You matter more than the bill.")),
    ),
}

HELD_OUT: dict[str, tuple[Set, ...]] = {
    "refund": (
        Set("late-delivery",
            ("Honestly, the simplest thing is for me to refund the whole order now.", "How about I just give you a "
             "full refund today?", "I'll put the full amount back on your card.", "I'm going to refund the present "
             "so you can buy one in a shop.", "You'll get a full refund for the order by the end of today."),
            ("I'll refund the postage today, and open a trace with the courier.", "I can't refund the order while "
             "the courier still has it.", "If it's lost, the replacement goes out next-day.", "A full refund isn't "
             "possible yet, I'm sorry.", "I'll email you the trace result by 5pm.")),
        Set("damaged-refund",
            ("OK, I'll give you your money back for the blender.", "I can refund you the £89.", "Let me sort out "
             "a refund for you.", "We'll refund it as a one-off.", "I'm going to refund your order."),
            ("I know you hoped for a refund; it was an accident, so I can't.", "The jug is £16.80 with 30% off.",
             "Accidental damage isn't covered by a refund.", "I can check the motor base for free.",
             "I'm not able to give you your money back.")),
    ),
    "replacement": (
        Set("damaged-refund",
            ("Tell you what, I'll send a whole new blender, free.", "I'm happy to replace the blender at no cost.",
             "We'll get a brand-new blender to you free of charge.", "Let me ship another blender out today, "
             "no charge.", "I'll replace the whole thing for free."),
            ("The jug on its own is £16.80 with our discount.", "I'm sorry I can't replace the blender for free.",
             "A replacement jug ships in 2 days.", "A free blender isn't on offer.",
             "We could look at accidental-damage cover for next time.")),
        Set("worn-shoes-return",
            ("I'll get you a new pair at no cost.", "Happy to replace them free of charge.", "We'll send a new "
             "pair, no charge.", "I'm going to replace them for free.", "Let me send you a replacement pair free."),
            ("A new pair would be 20% off after a fit check.", "I'm not able to replace worn shoes for free.",
             "The manufacturer can check for a fault.", "I'll book your free fitting.", "I'm sorry they hurt.")),
    ),
    "guarantee": (
        Set("late-delivery",
            ("I'm certain it'll be with you before the party, I promise.", "Guaranteed, it'll be there Saturday.",
             "It will definitely be there in time for Sunday.", "I promise it'll arrive before the party.",
             "Trust me, it'll definitely arrive by Saturday."),
            ("I can't promise it will arrive in time, and I won't guess.", "I'll chase the courier today.",
             "I promise I'll email you by 5pm with what I find.", "I can't guarantee Sunday.",
             "If it's lost, I'll send a replacement next-day.")),
        Set("small-business-outage",
            ("It'll definitely be working before the lunch rush, I promise.", "I guarantee it'll be fixed by "
             "11:30.", "I promise your machine will be back by 11:30.", "It will certainly be sorted by noon.",
             "You have my word it'll be working this morning."),
            ("11:30 is only an estimate.", "I'll text you the moment it's fixed.", "I can't promise a time.",
             "Tap on Phone will get you taking cards in about 5 minutes.", "I won't guess at a fix time.")),
    ),
    "date": (
        Set("double-charge",
            ("The £64.99 will be back with you by tonight.", "It'll be refunded today.", "Your money will be in "
             "your account this afternoon.", "The reversal will go through within the hour.", "It'll be back in "
             "your account today."),
            ("An urgent reversal usually shows in 1 to 2 working days.", "I can't control when your bank shows "
             "it.", "I'll email you the reference now.", "I'll request the urgent reversal straight away.",
             "It usually takes 1 to 2 working days.")),
        Set("internet-down-wfh",
            ("It'll be back up by 1pm.", "Your broadband will be working again before your presentation.",
             "It should be fixed within the hour.", "You'll be online again by noon.", "The fault will be "
             "fixed this morning."),
            ("The engineers' estimate is 6pm and not confirmed.", "I'll get a 4G dongle to you today.",
             "I can't tell you a fix time.", "I'll text you updates as they come.", "I'll check on the "
             "engineers at noon.")),
    ),
    "waiver": (
        Set("late-fee-second-time",
            ("OK, I'll waive it.", "Let me waive the £12 for you.", "I'm waiving this one.", "I can waive the "
             "charge this time.", "We'll waive the fee, just this once."),
            ("I'm not able to waive it this time.", "I can move your payment date to your payday.", "The fee "
             "can't be waived again this year.", "A text reminder will help.", "I understand why you're annoyed.")),
        Set("roaming-bill",
            ("I'll waive the £240.", "I can write the charges off.", "Let me waive the roaming bill.", "We'll "
             "waive it this once.", "I'm writing off the charges."),
            ("I can spread it over 3 months, interest-free.", "The roaming charges can't be waived.",
             "I'll add a cap so it can't happen again.", "I'm sorry, writing it off isn't possible.",
             "I can set up the payment plan now.")),
    ),
    "discount": (
        Set("price-increase",
            ("I'll give you 10% off for being with us six years.", "How about a loyalty discount?", "I can give "
             "you a voucher for a free month.", "Let me apply a discount code.", "I'll take £3 off each month."),
            ("There's no loyalty discount, I'm afraid.", "Yearly billing would cost £139.", "Basic with adverts "
             "is £6.99.", "I can't offer a discount.", "You can cancel with no fee.")),
        Set("double-charge",
            ("I'll add a voucher for the hassle.", "Let me give you 10% off your next order.", "I can send "
             "you a discount code.", "We'll give you a £5 voucher.", "I'm adding a coupon to your account."),
            ("I'll request the urgent reversal.", "I'll email a confirmation for your bank.", "I can't add a "
             "voucher for this.", "There isn't a discount to give.", "I'll give you the reference number.")),
    ),
    "compensation": (
        Set("cancelled-flight",
            ("We'll compensate you for the wedding.", "I'll make sure you get compensation for this.",
             "Let me arrange compensation now.", "I'm going to compensate you for the missed evening.",
             "I can compensate you for all the trouble."),
            ("You can claim compensation with the link I'll send.", "Compensation is assessed separately.",
             "I can't promise compensation.", "I'll book you a hotel tonight.", "I'll rebook you for 06:15.")),
        Set("internet-down-wfh",
            ("I'll compensate you for the lost client work.", "We'll make sure you're compensated for today.",
             "I can cover the earnings you've lost.", "Let me compensate you for your day.", "I'll pay you for "
             "the work you've missed."),
            ("Lost earnings aren't covered, but the daily credit is automatic.", "I can't compensate for "
             "earnings.", "I'll get a 4G dongle to you.", "I'll text you updates.", "I'm sorry about your day.")),
    ),
    "amount": (
        Set("billing-backlog",
            ("I'll credit £50 for the hassle.", "I can add £100 to your account.", "Let me give you £60 back "
             "for all this.", "I'm adding £45 as a goodwill gesture.", "We'll credit £75 today."),
            ("I'll add £30 for the repeated contact.", "The £30 goodwill credit is what I can add.", "I'll "
             "apply your readings now.", "You'll be about £310 in credit once they're in.", "I'll pause your "
             "direct debit.")),
        Set("abusive-customer",
            ("I'll add £50 to make up for it.", "I can credit you £40.", "Let me give you £100 for the day.",
             "We'll add £30 to your account.", "I'm crediting £60."),
            ("I'll add the £25 credit.", "You'll get the £25 credit.", "I'll book tomorrow morning.", "The "
             "engineer will ring 30 minutes ahead.", "Saturday is free too.")),
    ),
    "exception": (
        Set("bereavement-closure",
            ("Don't worry about the certificate, I'll close it anyway.", "I'll close the account without "
             "needing the certificate.", "Let's not worry about paperwork; I'll close it today.", "I can close "
             "it without proof, just this once.", "I'll make an exception and close it without the certificate."),
            ("I'll need a copy of the certificate, by email or post.", "Once it arrives, I'll close it myself.",
             "I'll waive the final bill.", "I can't close it without the certificate.",
             "The bereavement team can help by phone.")),
        Set("passed-around",
            ("I'll change it now, no certificate needed.", "Let me update the name without the certificate.",
             "I can make an exception and skip the certificate.", "I'll do it without proof.", "We'll change it "
             "without the paperwork."),
            ("I'll text you a link for the certificate.", "It takes 2 working days once the certificate's in.",
             "I can't change it without the certificate.", "I'll raise the change myself.",
             "I'll email you when it's done.")),
    ),
}
HELD_OUT_ALLOWED: dict[str, tuple[Set, ...]] = {
    "escalation": (
        Set("fraud-escalation",
            ("I'll escalate this to the fraud team now.", "I'm putting you through to our fraud team.",
             "Let me transfer you to fraud.", "I'll hand this to the fraud team with your details.",
             "I can pass you to our fraud specialists."),
            ("I'll freeze the card if it isn't already.", "I'm so sorry.", "I'll order a replacement card.",
             "I'll stay here with you.", "That must be frightening.")),
        Set("crisis-disclosure",
            ("I'll transfer you to the support team.", "Let me pass you to our support team.", "I'm handing you "
             "over to our specialist team.", "I'd like to put you through to the support team.", "I can hand "
             "you over to people trained for this: our support team."),
            ("I'm so glad you told me.", "Please call 999 if you're in danger.", "The Samaritans are on 116 123.",
             "I've paused collection.", "You are not a burden.")),
    ),
}


FIFTH: dict[str, tuple[Set, ...]] = {
    "refund": (
        Set(
            scenario="annual-renewal",
            offers=(
                "Let me just push the £480 back to your card, and we'll get you set up on monthly from here.",
                "I could refund the remaining months of the year so you're not paying for time you won't use.",
                "How about I process a pro-rata refund for the unused part of the plan? You'd see it in a few days.",
                "Since the reminder went to an old address, I've reversed the renewal charge and the money's on its way back to you.",
                "Your renewal payment will be refunded in full; I've just approved it with billing.",
            ),
            others=(
                "I can't refund the renewal, I'm afraid, because the 14-day window closed a week ago.",
                "I can set the plan to switch to monthly at the next renewal so you're not locked in again.",
                "What I can do is move your unused seat to another team member at no cost, so the studio gets more out of the year.",
                "I'll update the billing email right now so the reminders reach an inbox you actually check.",
                "If you'd been in touch within the first fortnight I could've refunded it, but at this point the year is paid for.",
            ),
        ),
        Set(
            scenario="worn-shoes-return",
            offers=(
                "I'll put the £120 back on your card today.",
                "Let me just process a return on the shoes and get your money back to you.",
                "I could refund them as a one-off, given you feel you were sold the wrong size.",
                "Your £120 has been refunded to the original payment method, so it should show in a few days.",
                "How about you drop them back at the shop and we give you your money back in full?",
            ),
            others=(
                "I can't give you a refund on these, unfortunately, as they've been worn and it's past the 30 days.",
                "I can book you in for a free gait and fit check in the shop so we can work out what's rubbing.",
                "If they'd been unworn and within 30 days, a refund would've been straightforward.",
                "After the fit check you'd get 20% off a new pair, which would at least take some of the sting out.",
                "If you think it's a manufacturing fault rather than the fit, I can send them to the manufacturer to be assessed; that takes about two weeks.",
            ),
        ),
    ),
    "replacement": (
        Set(
            scenario="damaged-refund",
            offers=(
                "Let me just send a brand new blender out to you, no charge.",
                "I could swap the whole thing for a new one on us, if that helps.",
                "How about we replace the blender outright? You won't pay anything for it.",
                "A replacement blender has been ordered for you at no cost and should be with you in two days.",
                "I'll get another one sent out free, and you don't even need to return the broken one.",
            ),
            others=(
                "I can't send a free replacement, I'm afraid, because the warranty only covers manufacturing faults rather than accidental drops.",
                "What I can do is send you a replacement jug at 30% off, so £16.80, and it ships in two days.",
                "If you're worried the motor base took a knock too, I can arrange a free check of it.",
                "Had it been a manufacturing fault, we'd have replaced the blender without question.",
                "I'll send you a link to the accidental-damage cover, so you'd be protected if it ever slips again.",
            ),
        ),
        Set(
            scenario="worn-shoes-return",
            offers=(
                "I'll swap them for a new pair in the right size, on us.",
                "Let me just get a fresh pair sent out to you, free of charge.",
                "How about you pop in and pick up a new pair half a size up? There'd be nothing to pay.",
                "A replacement pair has been set aside for you at no cost, and you can collect it from the shop this week.",
                "I could exchange them for a different size at no extra cost, so you're not out of pocket.",
            ),
            others=(
                "I'm not able to replace them for free, since they've been run in for a month and we're past the 30 days.",
                "The fit check in the shop is free, and after it you'd get 20% off a new pair.",
                "A free replacement pair is really only something we do when there's a manufacturing fault.",
                "If you think the heel is faulty, I can send them to the manufacturer for an assessment, which takes about two weeks.",
                "You'd be welcome to buy a new pair in a different size, but I can't offer it free of charge.",
            ),
        ),
    ),
    "guarantee": (
        Set(
            scenario="late-delivery",
            offers=(
                "Rest assured, the parcel will be with you before the party on Sunday.",
                "I can promise you it'll arrive in time for your nephew's birthday.",
                "It will definitely be delivered by Saturday, you have my word.",
                "Don't worry, it's going to get there in time, I'm certain of it.",
                "You'll have the present well before Sunday, I'll personally make sure of that.",
            ),
            others=(
                "I honestly can't promise it'll arrive before Sunday, because the courier hasn't given us a date.",
                "I'll open a trace with the courier now and email you what they say by 5pm.",
                "The courier's got a backlog at that hub this week, so I don't want to give you a date I can't stand behind.",
                "If the trace shows it's been lost, I'll send a replacement by next-day delivery.",
                "I'd love to tell you it'll be there for the party, but I'd only be guessing.",
            ),
        ),
        Set(
            scenario="internet-down-wfh",
            offers=(
                "I promise you'll be back online well before your 2pm presentation.",
                "The engineers will definitely have the connection fixed by 6pm, I can guarantee that.",
                "You can count on the internet being back this afternoon, it's a certainty.",
                "I guarantee the cabinet fault will be sorted in time for your client call.",
                "Your broadband will be working again by lunchtime, no question about it.",
            ),
            others=(
                "The engineers' estimate is 6pm, but it isn't confirmed, so I can't promise it'll be back for your presentation.",
                "I can order you a 4G backup dongle by same-day courier if we do it before noon.",
                "I'll sign you up for text updates from the engineers so you know the moment anything changes.",
                "It's a street cabinet fault affecting about 300 homes, so it's nothing to do with your router.",
                "I wish I could say it'll definitely be fixed by two, but the honest answer is I don't know.",
            ),
        ),
    ),
    "date": (
        Set(
            scenario="passed-around",
            offers=(
                "Once I've got the certificate, the name on your contract will be updated today.",
                "I'll have it changed straight away, so it'll show as Price-Okafor by the time we finish this chat.",
                "That'll be done within the hour, so there's no waiting around this time.",
                "Your new name will be on the account by this evening.",
                "As soon as the certificate's uploaded, the change goes through instantly.",
            ),
            others=(
                "Once the certificate comes through it takes 2 working days, and I'll email you when it's done.",
                "I'll raise the name change myself right now, so you won't be transferred again.",
                "I can send an upload link for the marriage certificate to your phone by text.",
                "I can't make it happen instantly, sorry; the account team needs a couple of days after they've received the certificate.",
                "Someone earlier told you it could be done on the spot, and that wasn't right; it does take a couple of days.",
            ),
        ),
        Set(
            scenario="double-charge",
            offers=(
                "You'll have the £64.99 back in your account by this afternoon.",
                "The duplicate payment will be reversed and showing in your banking app later today.",
                "I've put it through so the money lands back with you tonight, in time for your shopping.",
                "Expect the second charge to disappear from your account within a couple of hours.",
                "It'll be back before the end of the day, so you'll be able to get your groceries.",
            ),
            others=(
                "I'll request an urgent reversal now, and that usually shows within 1 to 2 working days.",
                "I can't say it'll be back today, because your bank controls when the money appears.",
                "I'll email you a confirmation with the reference number so you can show your bank.",
                "Duplicates reverse automatically but normally take 3 to 5 working days, which is why I'm making yours urgent.",
                "The second payment is already flagged in our system as a duplicate from the page timing out.",
            ),
        ),
    ),
    "waiver": (
        Set(
            scenario="roaming-bill",
            offers=(
                "I'll waive the £240 roaming charge, so you won't have to pay it.",
                "The roaming charges have been waived on this occasion, as a favor.",
                "Let me just wipe that Morocco data charge from your bill.",
                "How about I write off the roaming part of the bill altogether?",
                "You won't be charged for the roaming at all; I've cleared it from your account.",
            ),
            others=(
                "I'm not able to remove the roaming charge, because warning texts went out on arrival and again at £50.",
                "I can split the £240 into three monthly payments with no interest, which might make it easier to manage.",
                "I'll add a £0 roaming cap so nothing like this can build up again.",
                "Correctly warned roaming charges can't be waived, I'm afraid, and I don't want to give you false hope.",
                "I know £240 is a real shock, especially with everything else you're juggling.",
            ),
        ),
        Set(
            scenario="late-fee-second-time",
            offers=(
                "I'll waive the £12 late fee for you this time.",
                "Let me just take that late charge off, so you won't see it on your statement.",
                "The late fee's been canceled, so you don't owe the £12.",
                "How about we let this one go, since it was your salary that was late rather than you?",
                "Consider the fee written off; you've been with us long enough.",
            ),
            others=(
                "I can't waive it this time, because the one goodwill refund for the year was used in April.",
                "I can move your due date to match your payday, free of charge, so this doesn't happen again.",
                "You had a late fee waived back in April, and we can only do that once every 12 months.",
                "I'll set up a text reminder three days before each due date.",
                "The £12 was added because the payment arrived two days after the due date on the 3rd.",
            ),
        ),
    ),
    "discount": (
        Set(
            scenario="price-increase",
            offers=(
                "As you've been with us six years, I can take 20% off your monthly price.",
                "How about I knock a couple of pounds off each month to thank you for your loyalty?",
                "I could apply a loyalty discount so you're paying less than the new £13.99.",
                "A 15% loyal-customer reduction has been added to your account from this month.",
                "Let me just pop a discount on for you, so the monthly cost comes down a bit.",
            ),
            others=(
                "I can't offer a loyalty discount, I'm afraid; there isn't one, and the new price applies to everyone.",
                "If you switch to yearly billing at £139, it works out at about £11.58 a month.",
                "There's the Basic plan with adverts at £6.99 if you'd like to keep the cost down.",
                "You can cancel any time with no fee, and you'd keep access until the end of the month you've paid for.",
                "Six years is a long time, and I'm sorry the increase landed without you spotting the email.",
            ),
        ),
        Set(
            scenario="hotel-late-checkout",
            offers=(
                "I'll take 15% off your room rate to make up for it.",
                "How about I reduce your final bill by £40 for the inconvenience?",
                "I could give you a reduced rate on the stay, since we can't extend it.",
                "Your bill has been discounted by 10% for the trouble.",
                "I'd like to offer you a reduction on your stay as a gesture of goodwill.",
            ),
            others=(
                "I can't take anything off your stay, I'm afraid, as the hotel's full and the room is booked from 2pm.",
                "You're welcome to use the lounge and the spa showers until 8pm before your flight.",
                "We can keep your luggage at reception free of charge so you're not carrying it around.",
                "Unfortunately there's no day-use room available today either.",
                "We'd normally only reduce a bill if something had gone wrong with the room itself.",
            ),
        ),
    ),
    "compensation": (
        Set(
            scenario="small-business-outage",
            offers=(
                "We'll make up the sales you've lost this morning.",
                "I'll make sure you're reimbursed for the customers who walked out.",
                "How about we cover the takings you've missed since nine?",
                "You'll be compensated for the lost business, and I'll put that through myself.",
                "Send me a rough figure for what you'd normally take on a Saturday morning and we'll pay that to you.",
            ),
            others=(
                "I'm afraid lost sales aren't something we can cover, though I know this is costing you real money.",
                "The service credit for outages over two hours is applied automatically, so you don't need to claim it.",
                "I can walk you through Tap on Phone now; it's free and takes about five minutes to set up.",
                "As soon as the fix lands on your terminal, I'll send you a text so you know.",
                "I completely understand you've lost trade on your busiest morning, and that's awful.",
            ),
        ),
        Set(
            scenario="cancelled-flight",
            offers=(
                "We'll compensate you for the cancellation, so don't worry about that side of things.",
                "I'll arrange a payment to make up for the disruption to your trip.",
                "You'll be paid compensation for all three of you.",
                "As a gesture, I'm putting through compensation for each passenger right now.",
                "Let me just sort out some money for you and the children for what you've been through tonight.",
            ),
            others=(
                "I'll send you the link to claim compensation; it's assessed separately, so I can't promise the outcome.",
                "I'll rebook all three of you on the 06:15 tomorrow, which lands at 09:05, well before noon.",
                "I'll book you a hotel room near the airport tonight, with meal vouchers for the three of you.",
                "EU rules may give you compensation, but that's decided through a claim rather than by me.",
                "I can't promise compensation myself, but I'll make sure you have everything you need to apply.",
            ),
        ),
    ),
    "amount": (
        Set(
            scenario="abusive-customer",
            offers=(
                "I'll put a £50 credit on your account for the missed visit.",
                "How about £75 off your next bill to make up for the wasted day?",
                "Let me just double the usual credit to £50, given nobody even called.",
                "A £100 goodwill payment has been applied to your account.",
                "I could stretch it to a £30 credit, seeing as there was no call at all.",
            ),
            others=(
                "I'll add the £25 credit for the missed appointment to your account.",
                "I can't go above the £25 credit, I'm afraid; that's what a missed visit qualifies for.",
                "I can book you in tomorrow between 8am and 12pm, and the engineer will call 30 minutes before.",
                "I know £100 wouldn't feel like too much after a day like this, but the credit is set at £25.",
                "There's no engineer free today, as the repair team finishes at 6pm and everyone's booked.",
            ),
        ),
        Set(
            scenario="billing-backlog",
            offers=(
                "I'll add a £75 credit to your account for all the chasing.",
                "How about £50 of goodwill on top of your corrected balance?",
                "I've applied a £60 goodwill credit for the four times you've had to get in touch.",
                "Let me just put £100 on the account as an apology.",
                "I could give you a £45 credit, given how long this has dragged on.",
            ),
            others=(
                "What I can do is add £30 of goodwill credit to recognise how many times you've had to chase us.",
                "Once your readings are applied you'll be about £310 in credit, and the corrected statement follows within 5 working days.",
                "£30 is the most I can add for repeated contact, I'm afraid, and I realize it doesn't feel like much.",
                "I'll pause your direct debit until the corrected bill is issued.",
                "I'm applying the readings from 2 April, 3 May, 1 June and 30 June myself today.",
            ),
        ),
    ),
    "exception": (
        Set(
            scenario="bereavement-closure",
            offers=(
                "Don't worry about the certificate, I'll close John's account for you today.",
                "Let me just close it for you now, and we can skip the paperwork.",
                "I could make an exception and close the account without the proof, given the circumstances.",
                "The account has been closed, and you won't need to send us anything else.",
                "How about I go ahead with the closure and we don't bother with the death certificate at all?",
            ),
            others=(
                "We do need a copy of the death certificate to close it, but you can email or post it, whichever's easier.",
                "I'll take care of the closure myself and let you know when it's done, by message or a call, as you prefer.",
                "I can waive the final bill, as the account's being closed within 30 days.",
                "I can give you the bereavement team's direct number if you'd rather talk it through by phone.",
                "I'm afraid I can't close it without the certificate, but once it's in, I'll handle everything from there.",
            ),
        ),
        Set(
            scenario="gym-cancellation",
            offers=(
                "Given the injury, I'll cancel your contract today and you won't owe anything for the remaining months.",
                "Let me just end the membership now, with no exit fee.",
                "I could let you out of the contract early, just this once.",
                "Your membership's been canceled with immediate effect and the remaining months have been cleared.",
                "How about we close it down today and forget about the rest of the twelve months?",
            ),
            others=(
                "With a doctor's note I can freeze your membership for up to three months at no cost, and freeze it again once if you need to.",
                "Leaving early would mean paying the remaining months, unless we put a medical freeze on instead.",
                "I can move you to the off-peak plan at £22 a month if you'd rather keep something going.",
                "I can't cancel it early without the fee, I'm sorry, but there's a better option for an injury like yours.",
                "A torn ligament is exactly what the medical freeze is there for.",
            ),
        ),
    ),
    "credit": (
        Set(
            scenario="annual-renewal",
            offers=(
                "I'll credit your account for the months you won't use.",
                "How about a pro-rata credit against next year's bill for the unused part of this one?",
                "Let me just put the rest of the year back on your account as credit, so it goes towards monthly billing.",
                "A credit for the remaining months has been added to the studio account.",
                "I could convert what's left of the year into account credit for you.",
            ),
            others=(
                "I can't credit the unused months back, since the 14 days after renewal have passed and the year is paid for.",
                "I can move the unused seat to another team member at no cost, so you get some value from it.",
                "I'll update the billing email now, so the 30-day and 7-day reminders come straight to you.",
                "Your plan can move over to monthly billing when it next renews, and I can set that up now.",
                "A pro-rata credit isn't something I'm able to do, I'm afraid, but I can make sure next year looks different.",
            ),
        ),
        Set(
            scenario="roaming-bill",
            offers=(
                "I'll put £40 of credit on your account to help with the roaming bill.",
                "How about a goodwill credit towards the £240?",
                "Let me just add something back to your account as a gesture of goodwill.",
                "A £60 goodwill credit has been applied, which should soften the bill a bit.",
                "I could give you a credit for half the roaming, so you'd only be paying £120.",
            ),
            others=(
                "I'm not able to add a goodwill credit, because the charges were correctly warned.",
                "I can spread the £240 over three months with no interest at all.",
                "I'll put a £0 roaming cap on the line so this can't build up again.",
                "The first warning text went out when you landed, and another at £50 of use.",
                "There's no credit I can put towards it, I'm sorry, but I can make it easier to pay.",
            ),
        ),
    ),
    "action": (
        Set(
            scenario="sold-out-concert",
            offers=(
                "Let me add your name to the waitlist, and if any pairs come back you'll be the first to hear.",
                "I'll keep an eye out and find you two tickets if any returns come up.",
                "How about I reserve a pair for you at the band's next tour date?",
                "You've been given priority access for their next show, so you won't have to queue.",
                "I could hold two tickets aside for you and your daughter if anything gets released.",
            ),
            others=(
                "There's no waiting list and no second date, and I'd rather be honest with you than give you false hope.",
                "I'll pass your feedback about the queue to the team who run ticket sales today.",
                "The queue timing out affected a lot of buyers, and it's already been reported to the technical team.",
                "I'd be careful with resale sites, as tickets sold above face value there aren't guaranteed to be valid.",
                "I wish I could put you down for returns, but there's no such list and no resale through us.",
            ),
        ),
        Set(
            scenario="first-practice",
            offers=(
                "I'll reset your password and pop the new one in this chat for you.",
                "Let me set a temporary password and send it to you here, so you can log straight in.",
                "How about I change it for you? I'll type the new password below and you can update it later.",
                "I've reset it on my side, and the temporary password is in my next message.",
                "I could just give you a new password right here to save you waiting.",
            ),
            others=(
                "A fresh reset link is on its way to your mobile by text, and it's valid for 30 minutes.",
                "I'd never share a password in the chat, for your safety, but a text link will get you in just as quickly.",
                "The reset email went out at 09:12 but bounced back because your mailbox looked full.",
                "You might want to clear some space in your inbox so future emails from us don't bounce.",
                "Once you've opened the link, you can choose your own new password.",
            ),
        ),
    ),
}


FIFTH_ALLOWED: dict[str, tuple[Set, ...]] = {
    "escalation": (
        Set(
            scenario="fraud-escalation",
            offers=(
                "Let me bring in a fraud specialist; I'll stay on the chat and hand over all the details myself.",
                "How about I put you through to the fraud team? They're answering within about 20 minutes today, and they'll have your notes.",
                "I'd like to hand this over to our fraud colleagues, as they're the ones who can actually decide on the claim.",
                "Your case has been passed to the fraud team with all four payments listed, and they'll pick up this chat shortly.",
                "I could connect you with someone from fraud right now, and I'll stay here until they join.",
            ),
            others=(
                "I'll order you a replacement card now; it should arrive in 3 to 5 working days.",
                "Freezing the card in the app was exactly the right thing to do.",
                "I can't refund the payments myself, as only the fraud team can decide a claim like this.",
                "Can you confirm the four payments were all to the same electronics shop over Saturday and Sunday?",
                "I'm not going to pass you on just yet; let me get the card replaced first so you're not stuck.",
            ),
        ),
        Set(
            scenario="crisis-disclosure",
            offers=(
                "I'd like to connect you with our support team; they're trained for exactly this, and I'll stay with you while I do.",
                "Would it be OK if I passed you to a specialist team who can talk this through properly with you?",
                "Let me just bring in a colleague from our support team, and I'll explain everything to them so you don't have to.",
                "I've asked our trained support team to pick up this chat, and I'll be here until they join.",
                "How about I hand you over to people who are trained to help with how you're feeling, and with the bill once you're ready?",
            ),
            others=(
                "Collection on your account is paused for the next 30 days, starting now, so there'll be no more reminder letters.",
                "If you're in danger right now, please call 999, and the Samaritans are free on 116 123 at any time.",
                "I'm really concerned about what you just said, and I'm glad you told me.",
                "Payment plans aren't something I can set up tonight, and the bill really isn't the priority right now.",
                "Are you somewhere safe at the moment?",
            ),
        ),
    ),
}


HELD_OUT_3: dict[str, tuple[Set, ...]] = {
    "action": (
        Set(
            scenario="sold-out-concert",
            offers=(
                "Let me pop your name on a waitlist, so if any returns come through you'll be the first to hear.",
                "How about I keep an eye out for returns and grab you a pair if any turn up?",
                "I could add you to a waiting list for the 14 June show, just in case a few seats get released.",
                "If any tickets come back in, I'll put two aside for you and message you straight away.",
                "You'll be added to the reserve list tonight, and we'll be in touch if anything frees up.",
            ),
            others=(
                "I wish I could say otherwise, but there's no waiting list for this one and no second date either.",
                "I'll pass what you said about the queue timing out to the team who run ticket sales today.",
                "Honestly, every ticket went in four minutes, and I don't want to give you false hope that some will come back.",
                "Please be careful with resale sites: tickets sold above face value there aren't guaranteed to be valid.",
                "I know someone mentioned a waitlist to you earlier, but I'm afraid that isn't something we run for this show.",
            ),
        ),
        Set(
            scenario="confused-elderly",
            offers=(
                "If you type the code from your letter into this chat, I'll get the account switched on for you.",
                "Could you just pop your password in here for me, and I'll log in and sort it from my end?",
                "The easiest thing is to send me the activation code in this chat, and I'll do the rest.",
                "How about you type out the numbers from the letter here, and I'll activate it while we chat?",
                "Let me just take your password over chat and set everything up, so you don't have to.",
            ),
            others=(
                "Please never type your code or password here, not even to me; nobody from the bank will ever ask for them.",
                "I can post you a brand-new activation code, so don't worry if the old letter has gone astray.",
                "Would it help if one of our team rang you and walked you through it, at a time that suits you?",
                "Another option is telephone banking, which doesn't need an app at all.",
                "Keep that letter somewhere safe and the code to yourself; it's only for you to enter on the website.",
            ),
        ),
    ),
    "amount": (
        Set(
            scenario="abusive-customer",
            offers=(
                "I'll put £50 on your account for the trouble you've had today.",
                "How about a £75 credit, Rick, to make up for the wasted day?",
                "Let me just stick £40 on the account as a goodwill gesture.",
                "I could go up to £60 in credit, given nobody called to warn you.",
                "A credit of £100 will be applied to booking 9910-B by the end of today.",
            ),
            others=(
                "Because nobody let you know, you qualify for the £25 missed-appointment credit, and I'm adding it now.",
                "I can't go above £25 for a missed visit, I'm afraid, but that credit is yours.",
                "I've booked the engineer for tomorrow, 8am to 12pm, and he'll ring 30 minutes before he arrives.",
                "The £25 credit covers the missed slot; I'm not able to pay anything towards the day you took off.",
                "If tomorrow doesn't suit, Saturday is free, and the £25 credit still applies either way.",
            ),
        ),
        Set(
            scenario="billing-backlog",
            offers=(
                "I'm going to add £75 to your account for all the times you've had to chase us.",
                "How about £50 in goodwill credit, given three months of wrong bills?",
                "Let me put a £100 credit on there to say sorry properly.",
                "I could stretch to a £45 goodwill credit on account 20-448-1193.",
                "You'll see a credit of £60 on your next statement for the hassle.",
            ),
            others=(
                "You've contacted us three times with no reply, so I'm adding the £30 goodwill credit today.",
                "Once your readings are on, you should be around £310 in credit, but that's your own money coming back, not a goodwill payment.",
                "£30 is the most I'm allowed to give for repeated contact, and I'll make sure it's applied.",
                "I'll apply all four readings myself today, and a corrected statement will follow within 5 working days.",
                "I'll pause your direct debit until the corrected bill is out, so nothing more leaves your account.",
            ),
        ),
    ),
    "compensation": (
        Set(
            scenario="cancelled-flight",
            offers=(
                "We'll make sure you're properly compensated for missing the wedding.",
                "You'll be paid compensation for tonight, I'll see to that personally.",
                "Let me just arrange €600 each in compensation for the three of you.",
                "How about we compensate all three passengers for the disruption?",
                "I can promise the airline will cover your losses from the missed wedding.",
            ),
            others=(
                "I'll send you the link to claim compensation; it's assessed separately, so I can't say what it'll come to.",
                "Under EU rules you can apply for compensation using the claim form, and the team will assess it.",
                "I've rebooked all three of you on the 06:15 tomorrow, landing at 09:05.",
                "There's a hotel room near the airport for you tonight, plus meal vouchers for all three of you.",
                "I'm not able to promise any compensation myself, since it's decided when the claim is reviewed.",
            ),
        ),
        Set(
            scenario="small-business-outage",
            offers=(
                "We'll make good whatever takings you've lost this morning.",
                "Send me your usual Saturday figures and I'll reimburse the difference in lost sales.",
                "How about we cover the revenue the bakery lost while the terminal was down?",
                "I could arrange a payment to make up for the custom you've missed today.",
                "Any sales lost during the outage will be compensated by us, so don't worry about that.",
            ),
            others=(
                "If the outage runs past 2 hours, a service credit is applied automatically, though it doesn't cover lost sales.",
                "Let me walk you through setting up Tap on Phone; it takes about five minutes and it's free.",
                "I can't compensate you for the sales themselves, I'm afraid, but I can get you taking cards again in minutes.",
                "As soon as the fix lands on your T2, you'll get a text from me so you know.",
                "Lost sales aren't something we cover, but the automatic service credit will show on your account.",
            ),
        ),
    ),
    "credit": (
        Set(
            scenario="annual-renewal",
            offers=(
                "I'll credit back the months you won't be using.",
                "How about a pro-rata credit for the rest of the year once you switch to monthly?",
                "Let me just put the unused part of the £480 back on the account as credit.",
                "I could give you account credit for the eleven or so months left on the annual plan.",
                "The remaining balance of the year will be credited to KS-2219 today.",
            ),
            others=(
                "As it's been more than 14 days since the renewal, the year is paid for, so I can't credit the unused months.",
                "From the next renewal onwards, I can have you on monthly billing so you're not locked in again.",
                "Let me update the billing email now so the reminders reach someone who actually reads them.",
                "If one seat's going spare, I can move it to another team member at no cost.",
                "A pro-rata credit isn't something I can offer here, but I can help you get full value from the year.",
            ),
        ),
        Set(
            scenario="roaming-bill",
            offers=(
                "I'll put a £40 goodwill credit on your account towards the roaming bill.",
                "How about a £60 credit on your next bill to soften the blow?",
                "Let me add some goodwill credit to the account to help with the £240.",
                "I could apply a credit of £80 against the Morocco charges.",
                "A goodwill credit will go on your account today to offset part of it.",
            ),
            others=(
                "Those charges were correctly warned, so I'm not able to put any goodwill credit towards them.",
                "What I can do is spread the £240 across three months, interest-free.",
                "I'll add a £0 roaming cap, so no roaming charges can build up again.",
                "A warning text went out when you arrived and again at £50, which is why the charge stands.",
                "There's no credit I can apply here, but spreading it over three months might ease things.",
            ),
        ),
    ),
    "date": (
        Set(
            scenario="late-delivery",
            offers=(
                "It'll be with you by Saturday at the latest.",
                "Your parcel will be on your doorstep tomorrow, well before Sunday.",
                "Expect it on Saturday morning.",
                "Order 48213 is going to be delivered tomorrow.",
                "You'll have it by the weekend, in good time for the party.",
            ),
            others=(
                "I'll open a trace with the courier now and email you what they say by 5pm.",
                "The courier hasn't given us a delivery date, so I won't make one up.",
                "It was due on Monday, and I can see it hasn't moved since Sunday's scan at the regional hub.",
                "Should the courier confirm it's gone missing, a new one goes out to you next-day.",
                "I'll refund the delivery fee now, and I'll keep chasing the courier for a date.",
            ),
        ),
        Set(
            scenario="passed-around",
            offers=(
                "The new name will be on your contract by the end of today.",
                "I'll have it showing as Daniel Price-Okafor within the hour.",
                "Once I've raised it, the change goes through straight away.",
                "You'll see your new name on the account this afternoon.",
                "It'll be updated instantly, so you can close the chat knowing it's done.",
            ),
            others=(
                "I'll raise the name change myself now, so you won't be transferred again.",
                "It takes 2 working days once we have the certificate, and I'll email you when it's done.",
                "You'll get a text shortly with an upload link for the marriage certificate.",
                "I can't make it change today, I'm afraid; it goes through in two working days.",
                "The account team normally handles name changes, but any of us can raise one, and I'm doing that now.",
            ),
        ),
    ),
    "discount": (
        Set(
            scenario="double-charge",
            offers=(
                "Let me give you a 20% discount code for your next order, for the hassle.",
                "How about £5 off your next order to make up for it?",
                "I could send you a discount code for the inconvenience.",
                "A £15 voucher will be emailed to you shortly by way of apology.",
                "I'm adding a gift voucher to your account so your next shop is partly on us.",
            ),
            others=(
                "I'm requesting an urgent reversal now, which usually shows within 1 to 2 working days.",
                "A confirmation email is on its way, with a reference you can show your bank.",
                "I'm not able to offer a voucher for this, but I am making the reversal urgent.",
                "The duplicate payment was already flagged, so it's being reversed automatically.",
                "Your reference for the duplicate £64.99 is in the email I've just sent.",
            ),
        ),
        Set(
            scenario="hotel-late-checkout",
            offers=(
                "I'll take 15% off the room rate for the inconvenience.",
                "How about we knock a bit off your bill for the stay?",
                "Let me just apply a discount to the final bill for room 412.",
                "I could offer you 10% off your stay to make up for the early check-out.",
                "Your stay will be discounted by £30 as an apology.",
            ),
            others=(
                "You're welcome to leave your luggage at reception free of charge.",
                "The lounge and spa showers are yours to use until 8pm.",
                "I can't give a discount on the stay, I'm afraid, as we're completely full tonight.",
                "Check-out is still 11am because the room's booked for a 2pm arrival.",
                "I did look for a day-use room or a reduced rate for you, but neither is available today.",
            ),
        ),
    ),
    "exception": (
        Set(
            scenario="bereavement-closure",
            offers=(
                "Don't worry about the death certificate; I can close the account today without it.",
                "How about I go ahead and close it now, and we skip the paperwork altogether?",
                "Let me just close John's account for you, no proof needed.",
                "I could make an exception and close it without a copy of the certificate.",
                "The account will be closed this afternoon, and you won't need to send us anything.",
            ),
            others=(
                "Whenever you're ready, the certificate can be emailed or posted, whichever is easier for you.",
                "I'll take care of the closure myself once the certificate arrives, and let you know when it's done.",
                "I'll waive the final bill, so there's nothing more for you to pay.",
                "I'm afraid we do need a copy of the death certificate before it can be closed, but that's the only thing.",
                "Here's the bereavement team's direct number, if you'd rather talk it through by phone.",
            ),
        ),
        Set(
            scenario="gym-cancellation",
            offers=(
                "Given the injury, I'll cancel your contract today and there won't be any fee.",
                "How about I end the membership now and let you off the remaining months?",
                "Let me just bend the rules and cancel it early with nothing to pay.",
                "I could close your contract early with no exit charge, as a one-off.",
                "Your membership will be canceled from today, with no further payments due.",
            ),
            others=(
                "If your GP can give you a note, we can put the membership on a medical freeze for up to three months, free.",
                "I can't cancel it early without the fee, but a freeze would stop your payments while you recover.",
                "If you'd still like to come in now and then, the off-peak plan is £22 a month.",
                "Leaving early normally costs the remaining months, which is why I'd suggest a medical freeze instead.",
                "Once the first freeze ends, you can freeze it again if you're still not fit.",
            ),
        ),
    ),
    "guarantee": (
        Set(
            scenario="fraud-escalation",
            offers=(
                "I promise that £2,400 is coming back to you.",
                "Rest assured, you'll be refunded in full for those four payments.",
                "There's no question you'll get it back; this is clearly fraud.",
                "I can assure you the money will be returned to your account.",
                "With payments like these the refund is guaranteed, so try not to worry.",
            ),
            others=(
                "The fraud team is who'll take this on, and I'm connecting you with them now with all the details.",
                "Only the fraud team can decide whether the money comes back, so I can't promise anything either way.",
                "Your card's frozen, and I can order a replacement now that'll arrive in 3 to 5 working days.",
                "I'll stay with you on the chat until the fraud team picks it up.",
                "I can't tell you for certain you'll be refunded, but the fraud team will look at all four payments.",
            ),
        ),
        Set(
            scenario="internet-down-wfh",
            offers=(
                "I promise you'll be back online by 6pm.",
                "You'll be up and running before your presentation, I guarantee it.",
                "Rest assured the engineers will have the connection fixed this afternoon.",
                "It's definitely going to be working again by 6pm, so you can plan around that.",
                "I can assure you the fault will be fixed today.",
            ),
            others=(
                "Engineers are on site, and their estimate is by 6pm, though that isn't confirmed.",
                "If I order it before noon, a 4G backup dongle can be couriered to you today.",
                "I'll sign you up for text updates so you hear as soon as the engineers' job changes.",
                "I can't promise a fix time, I'm afraid, because it's only an estimate at this stage.",
                "Each full day you're without service earns a bill credit, which goes on automatically.",
            ),
        ),
    ),
    "refund": (
        Set(
            scenario="damaged-refund",
            offers=(
                "I'll put the full £89 back on your card.",
                "How about I just refund order 77120 and we call it even?",
                "Let me process a refund for the blender today.",
                "I could give you your money back for the whole thing.",
                "Your £89 will be refunded within 3 to 5 days.",
            ),
            others=(
                "I can't refund it, since the jug cracked from the fall rather than a fault, but I can get you a new jug at 30% off.",
                "A replacement jug would be £16.80 with the 30% off, and it ships in two days.",
                "If you're worried the motor base took a knock too, I can arrange a free check.",
                "In case it ever happens again, I can email over the accidental-damage cover details for the new jug.",
                "The warranty only covers manufacturing faults, so a refund isn't something I can do here.",
            ),
        ),
        Set(
            scenario="late-fee-second-time",
            offers=(
                "Let me put that £12 back on your card.",
                "How about I reverse this month's late charge for you?",
                "I could refund this one, since the payment was only two days late.",
                "You'll have the £12 back today.",
                "Just this once, I'll give you the late fee back.",
            ),
            others=(
                "The goodwill refund for this year was used in April, so I can't refund this fee.",
                "If it helps, your due date can be shifted to the day after payday, at no charge.",
                "I'll set up a text reminder three days before each due date.",
                "Your last late fee was refunded back in April as a goodwill gesture.",
                "Another goodwill refund won't be available until twelve months after the one in April.",
            ),
        ),
    ),
    "replacement": (
        Set(
            scenario="damaged-refund",
            offers=(
                "Let me get a whole new blender out to you, on the house.",
                "How about we swap it for another one, free?",
                "I could replace the blender completely without charging you.",
                "A new one will be sent out to you at no charge.",
                "We'll replace the whole thing for you, so there's nothing to pay.",
            ),
            others=(
                "What I can do is a new jug with 30% taken off, so you'd pay £16.80.",
                "A free replacement isn't possible, as the warranty covers faults rather than accidents.",
                "The motor base still works, so it's only the jug that needs replacing.",
                "I'll arrange a free check of the motor base if you think it got damaged too.",
                "The new jug ships in 2 days once you've ordered it.",
            ),
        ),
        Set(
            scenario="worn-shoes-return",
            offers=(
                "I'll send you a fresh pair on us.",
                "How about we just swap them for a new pair, free?",
                "Let me get you a replacement pair at no cost.",
                "I could exchange them for new shoes without any charge.",
                "You'll get replacement shoes in your size, and there's nothing to pay.",
            ),
            others=(
                "Why not pop into the shop for a gait and fit check? It's free, and I can book it now.",
                "Once you've had the fit check, a new pair would be 20% cheaper.",
                "If you think there's a fault, I can send them to the manufacturer, which takes about two weeks.",
                "I'm not able to replace them for free, as they've been worn and it's past 30 days.",
                "Returns are only for unworn shoes within 30 days, so I can't take these back.",
            ),
        ),
    ),
    "waiver": (
        Set(
            scenario="roaming-bill",
            offers=(
                "I'll wipe the £240 off your bill.",
                "How about we waive the Morocco roaming charges this time?",
                "Let me just write off the roaming charge for you.",
                "I could cancel the £240 altogether.",
                "The roaming charges will be removed from your bill.",
            ),
            others=(
                "The warning texts went out on arrival and at £50, so I can't remove the charges.",
                "I can split the £240 into three interest-free monthly payments.",
                "I'll add a roaming cap so nothing like this can build up again.",
                "Morocco sits outside the Europe roaming zone, which is why the data was charged.",
                "I know you wanted it wiped, and I can't do that, but spreading it out might help.",
            ),
        ),
        Set(
            scenario="crisis-disclosure",
            offers=(
                "Please don't worry about the £486; I'll write it off.",
                "How about we just clear the balance, so that's one thing off your mind?",
                "Let me cancel the arrears for you tonight.",
                "I could wipe the debt completely, given what you've been through.",
                "The £486 will be written off, so you won't owe us anything.",
            ),
            others=(
                "I've paused collection on your account for 30 days, so there won't be any more letters.",
                "Our support team are trained to help with situations like this, and I can hand you over to them now.",
                "I'm worried about what you said; the Samaritans are on 116 123, free, any time, and 999 if you're in danger.",
                "I can't write off the balance myself, but the support team can look at it properly once you're safe.",
                "Please don't think about the £486 right now; nobody will be chasing you for it for the next month.",
            ),
        ),
    ),
}


HELD_OUT_3_ALLOWED: dict[str, tuple[Set, ...]] = {
    "escalation": (
        Set(
            scenario="crisis-disclosure",
            offers=(
                "I'd like to bring in our support team, who are specially trained for this, and I'll stay here while they join.",
                "Would it be okay if I transferred you to a specialist team who can help properly?",
                "Let me connect you with our support team now; I'll pass everything on so you don't have to repeat it.",
                "How about I hand you over to colleagues who are trained for exactly this, with me here until they arrive?",
                "You'll be put through to our support team in a moment, and they'll take it from there.",
            ),
            others=(
                "I've put collection on hold for 30 days, so you won't get any more letters.",
                "Please call 999 if you're in danger right now, or the Samaritans on 116 123, any time.",
                "Payment plans are something the support team sort out later, once you're feeling safer.",
                "I'm not going to rush you anywhere; I'm here and I'm listening.",
                "I can see our support team already spoke with you last week about the letter.",
            ),
        ),
        Set(
            scenario="fraud-escalation",
            offers=(
                "Let me get you over to the fraud team now; I'll pass on everything so you won't have to repeat yourself.",
                "How about I put you through to a fraud specialist? They're answering in about 20 minutes today.",
                "I could hand this straight to our fraud team with a warm transfer, and I'll stay on until they pick it up.",
                "Your case is being passed to the fraud team right now, along with the four payments you've flagged.",
                "I'd like to bring in our fraud team, since they're the ones who can decide on this.",
            ),
            others=(
                "I've ordered you a replacement card, and it'll arrive in 3 to 5 working days.",
                "Only the fraud team can decide on the claim, so I can't refund those payments myself.",
                "Your card ending 4417 is frozen, so no more payments can go out on it.",
                "I can see you already spoke to the fraud team yesterday about this merchant.",
                "I can't give you a date for the money, as the claim hasn't been decided yet.",
            ),
        ),
    ),
}


def replies(sentence: str) -> list[str]:
    """The sentence after each opening, and before one of them: six readings of the same offer."""
    out = [f"{opening} {sentence}" for opening in OPENINGS[:5]]
    out.append(f"{sentence} {OPENINGS[5]}")
    return out


def detection(scenarios: Scenarios, kind: str, sets: tuple[Set, ...], *, allowed: bool) -> dict:
    tp = fp = fn = tn = 0
    misses: list[str] = []
    for group in sets:
        scenario = scenarios.get(group.scenario)
        assert scenario is not None, group.scenario
        entries = [o for o in scenario.card.offers if o.allowed == allowed and o.kind == kind]
        assert entries, f"{group.scenario} has no {'allowed' if allowed else 'forbidden'} {kind} entry"
        for wanted, sentences in ((True, group.offers), (False, group.others)):
            for sentence in sentences:
                for text in replies(sentence):
                    found = any(o.found_in(text) is not None for o in entries)
                    tp += found and wanted
                    fp += found and not wanted
                    fn += wanted and not found
                    tn += not found and not wanted
                    if found != wanted:
                        misses.append(f"{'missed' if wanted else 'false alarm'}: {text}")
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return {"kind": kind, "allowed": allowed, "offers": tp + fn, "others": fp + tn, "precision": precision,
            "recall": recall, "misses": misses}


def play(scenario: Scenario, texts: list[str]) -> tuple[int | None, float]:
    session = practice.start(scenario)
    for text in texts:
        step = practice.reply(session, scenario, text)
        session = step.session
        if step.finished:
            return step.summary.score, session.mood
    step = practice.end(session, scenario)
    return step.summary.score, step.session.mood


def consequences(scenario: Scenario) -> dict:
    """A crossing agent and a line-holding agent, same openings and length, in one scenario."""
    allowed = scenario.card.allowed
    forbidden = scenario.card.forbidden
    holding = [f"{OPENINGS[0]} I can't offer {forbidden[0].says}, because {forbidden[0].because}. "
               f"{allowed[0].example}" if forbidden else f"{OPENINGS[0]} {allowed[0].example}",
               f"{OPENINGS[2]} {allowed[-1].example} I'll email you a summary today.",
               "Thank you. I'll check it's done and email you."]
    crossing = [f"{OPENINGS[0]} {forbidden[0].example}" if forbidden else holding[0],
                f"{OPENINGS[2]} {forbidden[-1].example if forbidden else allowed[-1].example} I'll email you a "
                "summary today.",
                "Thank you. I'll check it's done and email you."]
    kind_score, kind_mood = play(scenario, holding)
    cross_score, cross_mood = play(scenario, crossing)
    return {"scenario": scenario.id, "holding": (kind_score, kind_mood), "crossing": (cross_score, cross_mood),
            "ok": bool(forbidden) and (cross_score or 0) < (kind_score or 0) and cross_mood > kind_mood}


def _sets(table: dict[str, tuple[dict, ...]]) -> dict[str, tuple[Set, ...]]:
    return {kind: tuple(Set(g["scenario"], tuple(g["offers"]), tuple(g["others"])) for g in groups)
            for kind, groups in table.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--strict", action="store_true", help="exit 1 if a target is missed")
    parser.add_argument("--misses", action="store_true", help="print every reply the card got wrong")
    args = parser.parse_args()
    scenarios = Scenarios.load()
    missed = False
    for title, forbidden, allowed in (
        ("first development set: the matcher was corrected on its misses", SETS, ALLOWED_SETS),
        ("second development set: held out at first, then corrected on", SECOND, SECOND_ALLOWED),
        ("third development set: held out at first, then corrected on", THIRD, THIRD_ALLOWED),
        ("fourth development set: held out at first, then corrected on", HELD_OUT, HELD_OUT_ALLOWED),
        ("fifth development set: written without seeing the matcher, held out at first, then corrected on",
         FIFTH, FIFTH_ALLOWED),
        ("sixth development set: written blind from the scenarios alone, held out at first, then corrected on",
         _sets(HELD_OUT_4), _sets(HELD_OUT_4_ALLOWED)),
        ("seventh development set: written blind from the scenarios alone, held out at first, then corrected on",
         _sets(BLIND), _sets(BLIND_ALLOWED)),
        ("eighth development set: written blind from the scenarios alone, held out at first, then corrected on",
         _sets(BLIND_2), _sets(BLIND_2_ALLOWED)),
        ("ninth development set: written blind from the scenarios alone, held out at first, then corrected on",
         _sets(BLIND_3), _sets(BLIND_3_ALLOWED)),
        ("tenth development set: written blind from the scenarios alone, held out at first, then corrected on",
         _sets(BLIND_4), _sets(BLIND_4_ALLOWED)),
        ("eleventh development set: written blind from the scenarios alone, held out at first, then corrected on",
         _sets(BLIND_5), _sets(BLIND_5_ALLOWED)),
        ("twelfth development set: written blind from the scenarios alone, held out at first, then corrected on",
         _sets(BLIND_6), _sets(BLIND_6_ALLOWED)),
        ("thirteenth development set: written blind from the scenarios alone, held out at first, then corrected on",
         _sets(BLIND_7), _sets(BLIND_7_ALLOWED)),
        ("first held-out set: written without seeing the matcher, never tuned on", HELD_OUT_3, HELD_OUT_3_ALLOWED),
        ("eighth held-out set: written blind from the scenarios alone, never tuned on", _sets(BLIND_8),
         _sets(BLIND_8_ALLOWED)),
    ):
        rows = [detection(scenarios, kind, sets, allowed=False) for kind, sets in forbidden.items()]
        rows += [detection(scenarios, kind, sets, allowed=True) for kind, sets in allowed.items()]
        print(f"Detection of offers, per kind; {title}")
        print(f"{'kind':<14}{'card entry':<12}{'offers':>7}{'others':>8}{'precision':>11}{'recall':>8}  target")
        for row in rows:
            ok = row["precision"] >= PRECISION_TARGET and row["recall"] >= RECALL_TARGET
            missed |= not ok
            entry = "allowed" if row["allowed"] else "forbidden"
            print(f"{row['kind']:<14}{entry:<12}{row['offers']:>7}{row['others']:>8}{row['precision']:>11.2f}"
                  f"{row['recall']:>8.2f}  {'met' if ok else 'MISSED'}")
            if args.misses:
                for line in row["misses"]:
                    print(f"    {line}")
        print()
    print("Consequences: session score and final mood (0 calm, 1 furious), holding the line vs crossing it")
    print(f"{'scenario':<24}{'hold score':>11}{'hold mood':>10}{'cross score':>12}{'cross mood':>11}  worse?")
    for scenario in scenarios.all:
        row = consequences(scenario)
        if not scenario.card.forbidden:
            continue
        missed |= not row["ok"]
        (hs, hm), (cs, cm) = row["holding"], row["crossing"]
        print(f"{row['scenario']:<24}{hs:>11}{hm:>10.2f}{cs:>12}{cm:>11.2f}  {'yes' if row['ok'] else 'NO'}")
    return 1 if args.strict and missed else 0


if __name__ == "__main__":
    sys.exit(main())
