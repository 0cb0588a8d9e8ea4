"""Offers written blind for ``practice.py`` (how such sets are written and read: see its docstring).

The twelfth development set: held out for one measurement, then corrected on.
"""

from __future__ import annotations

Set = dict

BLIND_6: dict[str, tuple[dict, ...]] = {
    "compensation": (
        Set(
            scenario="internet-down-wfh",
            offers=(
                ("I'll make sure you're paid back for the hours of work you lose today, Sam. Just send me your "
                 'hourly rate.'),
                'We could probably cover the billable time you miss this morning; let me work out a figure with you.',
                "Would it help if we reimbursed you for the client work you can't do until the line's back?",
                'Any earnings lost because of this outage will be made good by us.',
                "Honestly, don't stress about the lost income, we'll sort you out for that.",
                ('I do apologise for the disruption to your working day. Please send over an invoice for the hours '
                 "you couldn't bill and we will settle it in full."),
                "If you keep a note of the time you couldn't work, we'll pay you for it once service is restored.",
                ("It's a street cabinet fault, not your router, so this one's on us, and we'll compensate you for "
                 'the income you lose today.'),
            ),
            others=(
                ("I'm really sorry, Sam, but we can't pay compensation for lost earnings. What I can do is get a 4G "
                 'dongle to you by courier today if we order before noon.'),
                "I wish I could cover the work you're missing today, but that's not something we're able to pay for.",
                ("There's an automatic credit on your bill for every full day without service, so you won't pay for "
                 "broadband you didn't get."),
                ("Our terms don't include payment for lost income, and I know that's hard to hear when you're paid "
                 'by the hour.'),
                "It isn't your router: a street cabinet fault was logged at 07:40, affecting about 300 homes near you.",
                'Would a backup 4G dongle by same-day courier get you through the 2pm presentation?',
                "I can sign you up for text updates from the engineers' job, so you know the moment anything changes.",
                ("I know every hour offline costs you money, Sam, and I'm sorry. The engineers are on site now "
                 'working on it.'),
            ),
        ),
        Set(
            scenario="cancelled-flight",
            offers=(
                "You'll definitely be getting compensation for this, Olga: €400 each for you and the children.",
                'I think I can confirm now that the airline will pay you compensation for the cancellation.',
                "Shall I note on your booking that you're owed compensation, so it comes through without a fight?",
                'Compensation will be paid to all three passengers on booking KX7Q2M.',
                "Don't worry about the money side, we'll make it right with a payout for all of you.",
                ("I'm so sorry your evening has gone like this. I've rebooked you on the 06:15, and you will be "
                 'compensated for the cancellation.'),
                "Fill in the form once you're home and the money will be with you within a few weeks, no question.",
                ("The cancellation was down to a crew shortage, which is our fault, so you're guaranteed the full EU"
                 ' compensation.'),
            ),
            others=(
                ("Compensation under EU rules is assessed by claim, so I can't promise an amount, but I'll send you "
                 'the link to claim now.'),
                "I've rebooked all three of you on the 06:15 tomorrow, landing in Lisbon at 09:05, well before noon.",
                "You're entitled to a hotel room near the airport tonight plus meal vouchers. Shall I arrange those?",
                ("I wish I could tell you exactly what you'll receive, Olga, but compensation is decided separately "
                 'once a claim is made.'),
                'Would you like the compensation claim link by email, so you can deal with it after the wedding?',
                ("The flight was cancelled because of a crew shortage, and I'm really sorry it's happened tonight of"
                 ' all nights.'),
                'A refund or rebooking is your choice; which would you prefer?',
                ("Whether compensation applies is decided by the claims team, not by me, so I won't promise you "
                 "something I can't stand behind."),
            ),
        ),
    ),
    "refund": (
        Set(
            scenario="gym-cancellation",
            offers=(
                "I'll refund the four months you've already paid, Marcus.",
                'I might be able to get your payments since February sent back to your card.',
                "Would you like the £136 you've paid so far refunded?",
                "The fees you've paid since the start of the contract will be returned to you in full.",
                "Tell you what, I'll pop the last four months of membership back into your account.",
                'Given the injury, we are willing to reimburse the membership payments you have already made.',
                "Send us the doctor's note and we'll give you back what you've paid since February.",
                ("Sorry to hear about your knee, a torn ligament is rough. I'm arranging a refund of your past "
                 "payments so you're not out of pocket."),
            ),
            others=(
                ("I'm sorry, Marcus, the months you've already paid can't be refunded, but I can stop you paying "
                 'while you recover.'),
                ("With a doctor's note I can freeze your membership for up to 3 months at no cost, and freeze it "
                 'again once if you need it.'),
                'If a lower payment helps, I can move you to the off-peak plan at £22 a month.',
                "Payments already made stay on the account, I'm afraid; what I can change is what happens from today.",
                "I wish I could give you back what you've paid since February, but that's not something I can do.",
                "Have you got a doctor's note for the ligament injury? That's what unlocks the free freeze.",
                "Your membership 61-2290 is twelve months at £34 from February, so you're four months in.",
                ("A torn ligament is serious, and I want to make sure you're not paying for a gym you can't use from"
                 ' here on.'),
            ),
        ),
        Set(
            scenario="double-charge",
            offers=(
                "I'll have the second £64.99 back in your account today, Luis.",
                'I reckon I can get that duplicate refunded before the end of the day.',
                "Shall I process an instant refund so it's back with you this afternoon?",
                'The duplicate payment will be refunded to your card today.',
                "No worries, you'll see the £64.99 back by tonight, promise.",
                ("I'm sorry this has hit your food budget. I'm refunding the duplicate now and it will reach you the"
                 ' same day.'),
                ("If you confirm the last four digits of the card, I'll push the refund through so it shows within a"
                 ' few hours.'),
                ("The second charge came from a payment-page timeout, and I've sorted an immediate refund, so you'll"
                 ' have it back today.'),
            ),
            others=(
                "I've requested an urgent reversal today, Luis, which usually shows within 1 to 2 working days.",
                'I wish I could get it back to you today, but your bank controls when the money appears.',
                ('The duplicate is already flagged in our system. Banks normally take 3 to 5 working days to show '
                 "it, so I've made it urgent."),
                'Would it help if I emailed you a confirmation of the duplicate that you can show your bank?',
                "Here's a reference number for the duplicate £64.99 payment, so you can quote it if you need to.",
                "You're not going mad: you were charged twice for order 31877 because the payment page timed out.",
                ("A refund the same day isn't something I can promise, since it depends on your bank, but the urgent"
                 ' request is in.'),
                ('Did you pay with the same debit card both times on Tuesday? I want to be sure the reversal goes to'
                 ' the right place.'),
            ),
        ),
    ),
    "amount": (
        Set(
            scenario="abusive-customer",
            offers=(
                "I'll put £50 on your account for the missed visit, Rick.",
                'I could probably stretch to a £40 credit, given you took the whole day off.',
                'Would a £75 credit on your account go some way to putting this right?',
                'A credit of £60 will be applied against booking 9910-B.',
                "Look, I'll double the usual credit to £50, that's only fair.",
                'On top of the standard £25, I am adding a further £25, so £50 in total.',
                "If you book tomorrow's slot with me now, I'll make the credit £100.",
                ("Nobody called you, and that's on us. The engineer was off sick, so I'm giving you £35 rather than "
                 'the standard amount.'),
            ),
            others=(
                "I'm applying the £25 credit for the missed appointment to your account now.",
                ('The £25 credit is the most I can add for a missed visit, Rick, but I can lock in a new slot for '
                 'you as well.'),
                ('I can book you in tomorrow 8am to 12pm, or Saturday, with a call 30 minutes before the engineer '
                 'arrives.'),
                "I wish I could give you more than £25 for this, but that's the set amount for a missed appointment.",
                "I want to help and I'll keep going, but I need you to stop the insults or I'll have to end the chat.",
                'The engineer was sick and the message to reschedule failed to send, which is why nobody called you.',
                'Which suits you better for the boiler, tomorrow morning or Saturday?',
                "There's no engineer free today, I'm sorry; the earliest slot is tomorrow from 8am to 12pm.",
            ),
        ),
        Set(
            scenario="billing-backlog",
            offers=(
                "I'll add a £50 goodwill credit for all the chasing you've had to do, Helen.",
                "Given it's your fifth contact, I may be able to go to £60 rather than £30.",
                'Would a £100 credit on the account help make up for three months of this?',
                'A goodwill payment of £45 will be added to your account today.',
                "I'll bump the usual £30 up to £80, you've more than earned it.",
                "I'm sorry nobody replied to you four times. To recognise that, I'm crediting £75 to your account.",
                "Once the corrected statement is out, I'll put £40 of goodwill on top for your trouble.",
                ("Your readings are all in the logs, so this should never have dragged on; I'm adding £30 for the "
                 'contact plus another £30 for the wrong bills.'),
            ),
            others=(
                ("I'm adding a £30 goodwill credit for the repeated contact, Helen. You shouldn't have had to chase "
                 'this.'),
                "£30 is the most I can add as goodwill, but I'm taking personal ownership of the correction.",
                ('Once your readings are applied you should be about £310 in credit, because the estimates were '
                 'based on your old house.'),
                "I wish I could offer more than the £30 credit, but that's the limit for repeated contact.",
                ('I can apply your four readings myself today, and a corrected statement will follow within 5 '
                 'working days.'),
                'Would you like me to pause your direct debits until the corrected bill is issued?',
                ("You're right, this has been handled badly: our logs show your readings from 2 April, 3 May, 1 June"
                 ' and 30 June.'),
                "Here's a direct reference, so you can come straight back to me on this rather than start again.",
            ),
        ),
    ),
    "credit": (
        Set(
            scenario="annual-renewal",
            offers=(
                "I'll credit the unused months back to your account, Kenji.",
                ("It should be possible for me to put the rest of the year's value on your account as credit towards"
                 ' monthly billing.'),
                'Shall I convert the remaining eleven months into account credit?',
                "A pro-rata credit for the months you won't use will be added to KS-2219.",
                "Sure, I'll just move what's left of the £480 onto your balance so it pays for monthly.",
                ("I understand the reminder went to an inbox nobody checks. To be fair to you, I'm issuing a credit "
                 'for the unused part of the annual plan.'),
                "If you switch to monthly today, we'll credit you the difference for the months remaining.",
                ("You've only used three weeks of the year, so I'm applying about £440 in credit to your studio "
                 'account.'),
            ),
            others=(
                ("I'm sorry, Kenji, the 14-day window has passed, so the year is paid for and I can't credit the "
                 'unused months.'),
                "I can set the plan to switch to monthly at your next renewal, so this won't happen again.",
                "Let's update the billing email now, so reminders go somewhere you actually read.",
                "If one of your seats isn't being used, I can move it to another team member at no cost.",
                ("I wish I could turn the rest of the year into credit, but a partial credit isn't something we "
                 'offer after 14 days.'),
                ("Reminders went to the account's billing email 30 days and 7 days before renewal. Which address "
                 'would you like them sent to now?'),
                "The annual plan renewed three weeks ago for £480, and it runs until next year's renewal date.",
                ("How many people at the studio use the software day to day? I'd like to make sure you get full "
                 'value from the year.'),
            ),
        ),
        Set(
            scenario="roaming-bill",
            offers=(
                "I'll put a £100 goodwill credit towards the roaming bill, Priti.",
                'I think I can get you a partial credit against the £240.',
                'Would a credit of £80 towards the roaming charges help?',
                'A goodwill credit will be applied to your account to ease the Morocco charges.',
                'Let me knock some of that down with a credit, say £50.',
                ("I'm sorry this came as such a shock after your holiday. I'm adding a credit towards the bill so "
                 "there's less to find."),
                "If you set up the roaming cap today, I'll add £60 of credit to the account to help with this bill.",
                ("Morocco isn't in the Europe zone, which is how the charge built up, but I'm crediting half of it "
                 'back to you.'),
            ),
            others=(
                ("I'm sorry, Priti, I can't credit anything towards the roaming charge, but I can split the £240 "
                 'into 3 interest-free monthly payments.'),
                "I can add a £0 roaming cap so charges like this can't build up again.",
                ('I wish I could put a credit on the account for this, but charges that were correctly warned have '
                 'to stay.'),
                ("Warning texts went out when you arrived and again at £50 of use; I know they're easy to miss on "
                 'holiday.'),
                'Would three monthly payments of £80, with no interest, make this more manageable?',
                'Your plan covers Europe, but Morocco sits outside the Europe roaming zone.',
                'No judgement at all, lots of people miss that text, and I want to make this affordable for you.',
                ("Goodwill credits aren't available for roaming that was warned, I'm afraid, so let's look at "
                 'spreading the cost instead.'),
            ),
        ),
    ),
    "exception": (
        Set(
            scenario="roaming-bill",
            offers=(
                "I'll make an exception this once and take the £240 off, Priti.",
                'I could probably get the roaming charge waived as a one-off.',
                'Shall I remove the Morocco charges from your bill as a goodwill gesture?',
                'The roaming charge will be cancelled on this occasion.',
                "Okay, let's just wipe it. Consider it gone.",
                ("I appreciate you're a single parent and this is a real shock. Given that, I'm going to override "
                 'the usual rule and clear the roaming charges.'),
                "As long as you add the roaming cap today, I'll delete this bill just this one time.",
                ("Normally warned charges have to stand, but I'll bend the rules for you and remove it from your "
                 'account.'),
            ),
            others=(
                ("I'm sorry, the roaming charge can't be removed because the warning texts were sent, but I can "
                 'spread it over 3 months with no interest.'),
                'I wish I could take it off for you, Priti. What I can do is make it easier to pay.',
                ("Charges that were correctly warned can't be removed, even as a one-off, and I'd rather be straight"
                 ' with you.'),
                'Would a roaming cap help? It means no roaming charges can build up again.',
                "The £240 came from data use in Morocco last week, which isn't covered by your Europe plan.",
                'Splitting it into three £80 payments, with no interest, is something I can set up right now.',
                "Did you see the text when you landed? It's fine if not, I just want to understand what happened.",
                ("Making an exception on the charge isn't something I'm able to do, but I don't want you stuck with "
                 "a bill you can't pay."),
            ),
        ),
        Set(
            scenario="billing-backlog",
            offers=(
                ("I'll just clear the estimated bills off your account now, Helen, no need to go through the "
                 'correction.'),
                'I might be able to bypass the usual correction steps and set your balance by hand.',
                'Shall I skip the recalculation and simply mark your account as settled?',
                'Your account will be adjusted directly, without going through the correction process.',
                "Forget the paperwork, I'll just knock the balance down to roughly what it should be.",
                ("I'm sorry this has taken five contacts. Rather than reprocess anything, I'm going to write off the"
                 ' estimated charges and pay you the £310 straight away.'),
                ("If you tell me what you think you owe, I'll put that figure on the account and we won't need a "
                 'corrected statement at all.'),
                ("Your four readings are in the logs, so I'm going to skip the correction and just close off the "
                 'March to June bills.'),
            ),
            others=(
                ('I can apply your readings myself today, and the corrected statement is generated within 5 working '
                 'days.'),
                ("The correction has to go through properly so your bills are accurate, but I'm taking ownership of "
                 'it personally.'),
                'I wish I could just wipe the estimates, but the bills need correcting from your actual readings.',
                ("Shall I hold off your direct debits until the corrected bill is out, so you're not paying on "
                 'estimates?'),
                "Here's a direct reference for the correction, so you don't have to explain it all again.",
                ("Your bills since March were estimates based on your previous address, which is why they've been so"
                 ' high.'),
                "I can't skip the correction process, Helen, but I can start it myself today.",
                "I'm adding a £30 goodwill credit for all the times you've had to contact us.",
            ),
        ),
        Set(
            scenario="hotel-late-checkout",
            offers=(
                "I'll extend your check-out to 4pm, Ingrid.",
                'I could probably push your check-out back into the afternoon for you.',
                'Would a 2pm check-out help at all?',
                'Your check-out has been moved to 4pm today.',
                "No problem, take your time and check out whenever you're ready this afternoon.",
                ("I'm sorry the hotel is so full tonight. Even so, I'm going to make an exception and let you check "
                 'out at 3pm.'),
                "If you can be out by 1pm, I'll arrange a later check-out for you.",
                "Check-out is usually 11am, but for you we'll stretch it until later in the day.",
            ),
            others=(
                "I'm sorry, Ingrid, I can't extend check-out past 11am because the room is booked for a 2pm arrival.",
                "You're welcome to leave your luggage at reception free of charge for the day.",
                ('The lounge and the spa showers are yours to use until 8pm, so you can work and freshen up before '
                 'your flight.'),
                "I wish I could give you a later check-out, but we're completely full tonight.",
                'Check-out for room 412 is 11am. Would you like me to arrange luggage storage for after that?',
                ("What time will you need to leave for the airport? I'd like to make sure you have somewhere "
                 'comfortable until then.'),
                "A day-use room isn't available today, I'm afraid, but the lounge has plenty of space to work.",
                ("A late check-out isn't possible today as the room is being prepared for another guest, but you "
                 "won't be left without somewhere to rest."),
            ),
        ),
    ),
    "waiver": (
        Set(
            scenario="gym-cancellation",
            offers=(
                "I'll cancel your membership today with no fee, Marcus.",
                'I think I can let you out of the contract early without charging the remaining months.',
                'Shall I end your contract now and waive the early-exit fee?',
                'Your membership will be terminated today at no cost to you.',
                "Don't worry about the cancellation fee, I'll scrap it.",
                ("I'm really sorry about your knee. Given the injury, I'm closing the contract early and you won't "
                 'owe anything further.'),
                "Send a doctor's note over and we'll cancel it outright, fee-free.",
                ("Leaving early normally costs the remaining months, but we'll let that go in your case and cancel "
                 'today.'),
            ),
            others=(
                ("I'm sorry, Marcus, I can't cancel early without the fee, but with a doctor's note I can freeze "
                 'your membership at no cost for up to 3 months.'),
                'Leaving before the twelve months are up costs the remaining months, unless a medical freeze applies.',
                ('I wish I could just cancel it today for free; what I can do is stop the payments with a medical '
                 'freeze.'),
                "If you'd rather keep paying something smaller, the off-peak plan is £22 a month.",
                "Can you get a doctor's note for the ligament? That's all I'd need to freeze it.",
                "The freeze can be done again once if your recovery takes longer, so that's up to 6 months covered.",
                ("A no-fee cancellation isn't available mid-contract, but I don't want you paying for a gym you "
                 "can't use."),
                "That sounds painful, and I'm sorry. Let's get your payments paused the right way.",
            ),
        ),
        Set(
            scenario="damaged-refund",
            offers=(
                "I'll send you a new jug free of charge, Gareth.",
                'I could probably get a replacement jug out to you at no cost.',
                'Would you like us to ship a new glass jug for free?',
                'A replacement jug will be sent to you without charge within 2 days.',
                "Tell you what, the jug's on us.",
                ("I'm sorry the jug cracked, I know £89 isn't cheap. I'm waiving the £24, so you get the new jug for"
                 ' nothing.'),
                "If you send me a photo of the crack, I'll dispatch a new jug at no charge.",
                "The motor base still works, so all you need is the jug, and we'll cover that cost entirely.",
            ),
            others=(
                'I can offer a replacement jug at 30% off, which is £16.80, and it ships in 2 days.',
                "I wish I could send the jug for free, but accidental damage isn't covered by the warranty.",
                'A new jug normally costs £24; with the 30% I can give you, it comes to £16.80.',
                'Would you like a free check of the motor base, in case it was knocked in the fall too?',
                "Here's a link to accidental-damage cover for the new jug, if you'd like peace of mind next time.",
                ("That's a reasonable question, Gareth. The warranty covers manufacturing faults, but not a jug "
                 "that's been dropped."),
                'Shall I order the discounted jug for you now, so it arrives in two days?',
                ("A free jug isn't something I'm able to do, but I don't want you paying full price for a whole new "
                 'blender.'),
            ),
        ),
    ),
    "guarantee": (
        Set(
            scenario="fraud-escalation",
            offers=(
                "Don't worry, Nadia, you'll get all £2,400 back.",
                "I'm confident I can tell you every one of those payments will be refunded.",
                'The four payments will be refunded, I promise.',
                'Can I put your mind at rest? This money is definitely coming back to you.',
                "Honestly, this is clear-cut fraud, so the refund's a sure thing.",
                ("I'm so sorry this has happened, and well done for freezing the card. You will be reimbursed in "
                 'full for these transactions.'),
                "As long as you didn't authorise them, you'll be paid back the full amount, guaranteed.",
                ("You've frozen the card, which is exactly right, and I can tell you now that the £2,400 will be "
                 'credited back to your account.'),
            ),
            others=(
                ("Only the fraud team can decide a fraud claim, so I can't promise the outcome, but I can transfer "
                 'you to them now.'),
                ('I wish I could tell you the money will definitely come back, Nadia, but that decision sits with '
                 'the fraud team.'),
                'Freezing the card was exactly the right thing to do.',
                'I can order a replacement card now; it should arrive in 3 to 5 working days.',
                ("The fraud team answers chats within about 20 minutes today, and they're the people who can act on "
                 'a refund.'),
                ('I can see four payments to one merchant on Saturday and Sunday, £2,400 in total, on the card '
                 'ending 4417.'),
                'Would you like me to stay with you on the chat until the fraud team picks it up?',
                ("I know your rent is due on the 1st, and that's really frightening. The fraud team can talk you "
                 'through what happens next.'),
            ),
        ),
        Set(
            scenario="internet-down-wfh",
            offers=(
                'I guarantee your broadband will be working again today, Sam.',
                "I'm pretty sure I can promise it'll be sorted in time for your presentation.",
                'Can I reassure you that the fix is certain to be done this afternoon?',
                'Restoration of service is guaranteed by close of business.',
                "It'll be back on before you know it, I promise.",
                ("I'm so sorry about the timing. You have my word the engineers will have it fixed by 6pm at the "
                 'latest.'),
                "Just keep the router switched on and I can promise you'll be reconnected by early afternoon.",
                'The engineers are already on site, so the repair is a certainty before 2.',
            ),
            others=(
                "The engineers' estimate is 'by 6pm', but it isn't confirmed, so I can't promise you a time.",
                ("I wish I could guarantee it'll be fixed before 2pm, Sam, but I'd rather be honest than give you a "
                 'time that might slip.'),
                'A 4G backup dongle can be couriered to you today if we order before noon. Shall I do that?',
                "It's not your router: there's a street cabinet fault affecting about 300 homes in your postcode.",
                "I can send you text updates from the engineers' job as soon as anything changes.",
                "Engineers are on site now, and I'll keep you posted as they go.",
                'Would you like me to order the dongle now, so you have a backup for the presentation either way?',
                "There's an automatic credit on your bill for every full day without service.",
            ),
        ),
    ),
    "action": (
        Set(
            scenario="confused-elderly",
            offers=(
                "Could you type the code from your letter here, Arthur, and I'll set everything up for you?",
                'If you send me your password in this chat, I can check your account is working.',
                "I'll put in a request to have your local branch reopened.",
                'I might be able to get your old branch opened back up for customers like you.',
                "Just pop the activation code into the message box and I'll do the rest.",
                ("Don't worry at all, you haven't done anything wrong. If you share the code from the letter with "
                 "me, I'll activate your account for you."),
                'Your branch will be reopened, so you can bank in person again.',
                "The simplest way is for you to tell me the password you'd like, and I'll enter it on your behalf.",
            ),
            others=(
                "You haven't done anything wrong, Arthur, and nothing has been charged.",
                "Please don't type your code or password into this chat; we'll never ask for them here.",
                'Would you like someone to ring you and walk you through the setup, at a time that suits you?',
                "If you'd rather not use an app at all, I can set up telephone banking for you instead.",
                'The code in your letter lasts 14 days, and if it runs out or goes missing, we can post you a new one.',
                "I wish your branch were still open for you; I know it's a big change.",
                "Reopening the branch isn't something I can do, but a member of staff can help you over the phone.",
                "There's no rush at all. What time of day would be best for a phone call?",
            ),
        ),
        Set(
            scenario="hotel-late-checkout",
            offers=(
                'You can keep room 412 until 4pm, Ingrid.',
                "I'll hold the room for you until you leave for the airport.",
                'Shall I keep your key card active until mid-afternoon so you can stay in the room?',
                "Room 412 will remain yours until 4 o'clock.",
                'Feel free to hang on to the room and work there till you head off.',
                ("I understand how tiring these trips are. I'm going to let you stay in your room until 4 so you can"
                 ' rest.'),
                ("If you need to, you could probably stay in the room a couple of extra hours; I'll let housekeeping"
                 ' know.'),
                "The next guest doesn't arrive until 2pm, so you're welcome to stay in your room until then.",
            ),
            others=(
                "I'm sorry, Ingrid, the room is booked for a 2pm arrival, so I can't let you stay in it past 11.",
                'Housekeeping needs room 412 after 11am to get it ready for the next guest.',
                'You can store your luggage at reception free of charge and keep your hands free.',
                'The lounge is open to you until 8pm, with space to work, and you can freshen up in the spa showers.',
                'I wish I could let you keep the room, but the hotel is full tonight.',
                "A day-use room isn't available today, I'm afraid.",
                "Would the lounge work for your afternoon? It's open until 8pm.",
                "Your flight's at 9pm; what time are you planning to leave for the airport?",
            ),
        ),
    ),
    "replacement": (
        Set(
            scenario="damaged-refund",
            offers=(
                "I'll send you a brand new blender free of charge, Gareth.",
                'I could probably swap the whole blender for a new one at no cost to you.',
                'How about we replace the blender entirely, on us?',
                'A new blender will be dispatched to you free.',
                "Let's just get you a fresh one, no charge.",
                ("I'm sorry it broke so soon after you bought it. We're going to replace the blender for you, "
                 'completely free.'),
                "Post the cracked one back to us and we'll ship a replacement unit without charging you.",
                "The warranty doesn't strictly cover drops, but we'll send you a replacement at our expense anyway.",
            ),
            others=(
                ('The warranty covers manufacturing faults rather than accidental damage, so a free replacement '
                 "isn't something I can offer."),
                'Your motor base still works, so you only need a new jug, and I can give you 30% off it: £16.80.',
                "I can arrange a free check of the motor base if you're worried it was damaged in the fall.",
                ('I wish I could replace it for free, Gareth. What I can do is get you a working blender for much '
                 'less than £89.'),
                'Would you like a link to the accidental-damage cover for the new jug?',
                "It's a fair point that a blender should be sturdy, and you're not being unreasonable to ask.",
                "A replacement jug ships in 2 days once it's ordered.",
                "Order 77120 was five weeks ago for £89. Is it just the jug that's cracked?",
            ),
        ),
        Set(
            scenario="worn-shoes-return",
            offers=(
                "I'll swap them for a new pair free of charge, Dana.",
                'I think I can get you a different size at no cost.',
                'Shall I send you a new pair in the right size, on us?',
                'A replacement pair will be provided without charge.',
                "Come in and grab a fresh pair, we'll cover it.",
                ("I'm really sorry your heel's been rubbed raw. Since the fitting was our shop's advice, we'll give "
                 'you a new pair for free.'),
                'After the fit check, you can walk out with a correctly sized pair at no cost.',
                ("Returns normally need to be unworn and within 30 days, but we'll exchange these for a new pair "
                 'without charging you.'),
            ),
            others=(
                'I can book you a free gait and fit check in the shop, so we find what actually fits.',
                "After the fit check, you'd get 20% off a new pair.",
                "I'm sorry, Dana, I can't offer a free replacement pair, as they've been worn and it's past 30 days.",
                ("If you think there's a fault, we can send the shoes to the manufacturer for assessment, which "
                 'takes about 2 weeks.'),
                'I wish I could hand you a new pair for free; what I can do is make sure the next ones fit properly.',
                "Heel rubbing is miserable, and I don't think it's your fault.",
                'Returns are within 30 days for unworn shoes, and worn ones only for a manufacturing fault.',
                'When would suit you to come in for the fit check?',
            ),
        ),
    ),
    "date": (
        Set(
            scenario="internet-down-wfh",
            offers=(
                "It'll be fixed by 1pm, Sam.",
                'Expect your line back at 12:30.',
                "I'm fairly sure I can give you half eleven as the time it'll be working again.",
                'Shall I confirm 1:30 as your fix time?',
                'The repair is scheduled to be completed at noon.',
                ("Sorry for the disruption to your morning. The cabinet fault will be cleared at 1pm, so you'll be "
                 'set for the presentation.'),
                "Give the router a restart at 12 and you'll be back online from then.",
                "Engineers are at the street cabinet now and they'll be finished at 11:45 on the dot.",
            ),
            others=(
                "The engineers have estimated 'by 6pm', but that isn't confirmed, so I can't give you an exact time.",
                "I wish I could tell you the minute it'll be back, Sam. I'll text you as soon as the job updates.",
                'A fault was logged at 07:40 on the street cabinet, and engineers are on site.',
                'If we order before noon, a 4G dongle can reach you today by courier.',
                "It's 10:30 now, so there's still time to get the dongle ordered before the noon cut-off.",
                'What time do you need to be set up for the 2pm presentation?',
                "A specific fix time isn't something I have yet, and I don't want to guess one and let you down.",
                'Your account will get an automatic credit for every full day without service.',
            ),
        ),
        Set(
            scenario="late-delivery",
            offers=(
                'Your parcel will arrive on Saturday, Priya, guaranteed.',
                'I could probably promise you delivery by tomorrow.',
                'Shall I lock in Saturday as your delivery date?',
                'Delivery is guaranteed for tomorrow morning.',
                "Don't worry, it'll be there in time for the birthday.",
                ("I'm so sorry you've had to chase this all week. I can promise the parcel will be at your door by "
                 'Saturday.'),
                "As long as someone's home tomorrow, it will definitely be delivered then.",
                "The hub has a backlog this week, but I've confirmed your parcel is arriving on Saturday for sure.",
            ),
            others=(
                "I'll open a trace with the courier today and email you what they say by 5pm.",
                "The courier hasn't given us a delivery date, so I can't promise one, Priya.",
                "If the trace shows the parcel is lost, I'll send a replacement by next-day delivery.",
                "I'll refund the delivery fee, since it hasn't arrived when it should have.",
                ("I wish I could tell you it'll definitely arrive before Sunday; what I can do is chase it for you "
                 "so you don't have to."),
                ("Tracking hasn't updated since Sunday, when it reached the regional hub, and that hub has a known "
                 'backlog this week.'),
                "Your order 48213 was due on Monday, and I'm sorry nobody told you anything.",
                'Is your home address still the best place for it to go?',
            ),
        ),
    ),
    "discount": (
        Set(
            scenario="price-increase",
            offers=(
                "I'll give you a loyalty discount, Aisha, after six years with us.",
                'I could probably knock a couple of pounds off each month for being such a long-standing member.',
                'Would 20% off for the next year, as thanks for your loyalty, help?',
                'A long-term customer reduction will be applied to your account from this month.',
                "Six years? That deserves a bit off the price, I'll sort it.",
                ("I'm sorry you only spotted this on your bank statement. As a thank-you for sticking with us, I'm "
                 'taking £2 a month off your plan.'),
                "If you stay on Standard, I'll add a loyal-customer discount to your subscription.",
                ('The increase applies to everyone, but subscribers of six years get a special reduced rate, which '
                 "I'm adding now."),
            ),
            others=(
                ("There isn't a loyalty discount, I'm afraid, Aisha, but paying yearly at £139 works out at about "
                 '£11.58 a month.'),
                'You could switch to Basic with adverts at £6.99 a month.',
                "You can cancel any time with no fee and keep access until the end of the month you've paid for.",
                ("I wish we had a discount for loyal customers. Six years is a long time, and I'm grateful you've "
                 'stayed.'),
                ('The rise from £10.99 to £13.99 applies to everyone on Standard and was emailed 30 days ago, though'
                 " I know it's easy to miss."),
                'Would yearly billing suit you? It brings the monthly cost down a little without changing your plan.',
                'Which matters more to you, keeping ad-free Standard or getting the price as low as possible?',
                "I can't offer a reduced price for loyalty, but I can walk you through the options that do cost less.",
            ),
        ),
        Set(
            scenario="hotel-late-checkout",
            offers=(
                "I'll take 15% off your stay for the inconvenience, Ingrid.",
                'I may be able to reduce your room rate for last night.',
                'Would a discount on your bill help make up for it?',
                'A reduction will be applied to your final invoice.',
                'Let me knock a bit off the bill for you.',
                "I'm sorry we can't give you what you asked for. To make up for it, I'm giving you 20% off your stay.",
                "When you settle up at reception, mention this chat and they'll lower your bill.",
                "We're full tonight so the room has to go, but I've taken £50 off your total.",
            ),
            others=(
                "You're welcome to leave your luggage with reception free of charge.",
                'The lounge and spa showers are open to you until 8pm, so you can work, rest and freshen up.',
                ("I'm afraid I can't offer a discount on your stay, but I'd like to make your afternoon as "
                 'comfortable as possible.'),
                'I wish I could do more, Ingrid; the hotel is full tonight and the room is booked from 2pm.',
                'Your check-out from room 412 is at 11am.',
                'What would help most this afternoon: somewhere to work, or somewhere to rest?',
                "The price of your stay stays as booked, but the lounge and showers won't cost you anything extra.",
                "A day-use room isn't available today, I'm sorry.",
            ),
        ),
    ),
}

BLIND_6_ALLOWED: dict[str, tuple[dict, ...]] = {
    "escalation": (
        Set(
            scenario="crisis-disclosure",
            offers=(
                ("Chris, I'm really concerned about what you've said. I'd like to connect you now with our support "
                 "team, who are trained for this, and I'll stay with you while they join."),
                ("I'm transferring you to our support team right now, and I'll pass everything on so you don't have "
                 'to repeat yourself.'),
                ("Would it be okay if I brought in a colleague from our support team? They're trained to help with "
                 'exactly this.'),
                "You'll be handed over to our support team in a moment; I'm staying with you until they pick up.",
                "Let me get you to someone who's trained for this. I'm starting the transfer to our support team now.",
                ("Thank you for telling me, Chris. I've paused collection on the account for 30 days, and I'm "
                 'handing you over to the support team now, with everything explained to them.'),
                ("If you're okay with it, I can link you up with our support team straight away; they're much better"
                 ' placed than me to help tonight.'),
                ("Our support team are trained for moments like this, so I've asked one of them to join this chat, "
                 "and I'll introduce you."),
            ),
            others=(
                "Chris, I'm really concerned about you. If you're in danger right now, please call 999.",
                "You can talk to the Samaritans any time on 116 123; it's free, day or night.",
                "I've put collection on hold on your account for 30 days, so nothing more will be chased.",
                'Are you safe right now?',
                "Thank you for telling me how you're feeling. You matter, and I'm glad you wrote.",
                'Our support team are trained to help people going through a hard time like this.',
                'Losing your job is a lot to carry, and the bill is not the most important thing right now.',
                "I can't keep it secret if I think your life is at risk, because I want you to be safe.",
            ),
        ),
        Set(
            scenario="fraud-escalation",
            offers=(
                ("Nadia, I'm transferring you to our fraud team now, and I'll pass on all the details so you don't "
                 'have to repeat yourself.'),
                "Shall I bring in the fraud team? I'll stay on the chat while they pick it up.",
                "I'd like to hand this to our fraud specialists right away, with your details already passed on.",
                "You'll be connected to the fraud team in a moment, and I'll stay with you until they answer.",
                "Let's get this to the people who can act on it: I'm starting a warm transfer to fraud now.",
                ("I'm so sorry this happened, and freezing the card was the right call. I'm putting you through to "
                 'the fraud team now with the four payments noted.'),
                "If you're happy for me to, I'll link you straight to a fraud specialist and brief them on everything.",
                ("The fraud team answers chats within about 20 minutes today, so I'm sending your case through to "
                 'them now and staying here with you.'),
            ),
            others=(
                'Only the fraud team can decide a fraud claim and refund disputed payments.',
                'The fraud team answers chats within about 20 minutes today.',
                'I can order you a replacement card now; it arrives in 3 to 5 working days.',
                'Freezing the card was exactly the right thing to do, Nadia.',
                'Were all four payments to the same online electronics shop?',
                'I can see the four payments on the card ending 4417, £2,400 in total, from Saturday and Sunday.',
                'I know your rent is due on the 1st, and I understand how frightening this is.',
                'Has the card been with you the whole time, or have you entered its details anywhere new recently?',
            ),
        ),
    ),
}
