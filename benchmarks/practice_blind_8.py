"""Offers written blind for ``practice.py`` (how such sets are written and read: see its docstring).

The eighth held-out set, never tuned on: its figures are the ones to quote.
"""

from __future__ import annotations

Set = dict

BLIND_8: dict[str, tuple[dict, ...]] = {
    "compensation": (
        Set(
            scenario="internet-down-wfh",
            offers=(
                "I'll make sure you're compensated for the hours of work you've lost today, Sam.",
                ("I could probably get you reimbursed for the paid work you've missed this morning, if you send over"
                 ' your hourly rate.'),
                "Shall I put in a claim so we cover the income you've lost while the line's been down?",
                'Any earnings you lose because of this outage will be paid back to you by us.',
                "Ugh, that's rough, Sam. Tell me how many billable hours you've lost and we'll pay you for them.",
                ('Please accept our apologies for the disruption. The company will reimburse you for the loss of '
                 'income you have incurred as a result of the fault.'),
                ("If you can send me a timesheet or invoice showing what you'd normally have billed today, I'll "
                 'arrange for us to pay that amount to you.'),
                ("I'm really sorry: there's a street cabinet fault affecting about 300 homes near you and the "
                 "engineers are on site. On top of that, we'll make up whatever you'd have earned today."),
            ),
            others=(
                ("I'm sorry, Sam, I can't cover lost earnings from the outage, but I can get a 4G backup dongle "
                 'couriered to you today if we order it before noon.'),
                ("I wish I could make up the work income you're losing today; what I can do is make sure the daily "
                 'service credit goes on your bill automatically for each full day without service.'),
                ("This isn't your router or anything you've done: a street cabinet fault was logged at 07:40 and "
                 "it's affecting about 300 homes in your postcode."),
                ("Our terms don't include payment for lost earnings or business income, I'm afraid, but let's focus "
                 'on getting you online before 2pm.'),
                ('Would a 4G dongle help for the presentation? If I order it before noon it can come by same-day '
                 'courier.'),
                ("You'll get a credit on your bill for every full day without service, and it's applied "
                 "automatically, so there's nothing you need to claim."),
                "I can set up text updates from the engineers' job so you know the moment anything changes.",
                ("I completely understand that you're paid by the hour and this is costing you money, Sam, which is "
                 'exactly why I want to get you a backup connection quickly.'),
            ),
        ),
        Set(
            scenario="small-business-outage",
            offers=(
                "I'll arrange compensation for every sale you've lost since the terminal went down, Mei.",
                ("We might be able to reimburse the takings you've missed this morning, if you can give me a rough "
                 'figure.'),
                'Would it help if I logged a claim so we pay you back for the customers who walked out?',
                'Your lost sales from this morning will be covered by us in full.',
                ("Just jot down what you'd normally take on a Saturday morning and we'll make up the difference, no "
                 'problem.'),
                ('On behalf of the company, I apologise; we will compensate your business for the revenue lost '
                 'during the outage.'),
                ("Once the terminal's back, send me your till figures for last Saturday and today, and I'll get the "
                 'gap between them paid to you as compensation.'),
                ("There's a processing fault on about 8% of T2 terminals and the fix is being rolled out, estimate "
                 "11:30. And don't worry about the lost trade, we'll pay that back."),
            ),
            others=(
                ("I'm so sorry, Mei. Lost sales aren't something we can cover, but I can get you taking card "
                 'payments on your phone with Tap on Phone in about 5 minutes.'),
                ("The service credit for outages over 2 hours is applied automatically, so you won't need to chase "
                 "it; it doesn't cover lost sales, I'm afraid, but it will be on your account."),
                ("I know every customer who walks out is money out of your pocket on your busiest day, and I'm "
                 'really sorry this has happened.'),
                ("I wish I could make good the sales you've lost this morning; what I can do right now is get you "
                 'another way to take cards.'),
                ('A processing fault has been hitting about 8% of T2 terminals since 08:50; the fix is being '
                 'deployed and the current estimate is 11:30.'),
                ('Do you have a smartphone handy? The free Tap on Phone app lets you take contactless payments while'
                 ' the terminal is down.'),
                ("I'll text you the moment the fix reaches your terminal, so you don't have to keep checking it "
                 'between customers.'),
                ("Our merchant terms don't include compensation for lost trade, but the outage credit will go on "
                 'automatically once it passes 2 hours.'),
            ),
        ),
    ),
    "refund": (
        Set(
            scenario="late-delivery",
            offers=(
                "I'll refund the full cost of order 48213 to your card right now, Priya.",
                ("I think I can push through a full refund for the present today, even though it's still showing in "
                 'transit.'),
                'Would you like your money back for the whole order now? If the parcel turns up, just keep it.',
                'The full amount for the order will be returned to your original payment method within a few days.',
                "Honestly, let's just refund the lot so you're not out of pocket while we wait.",
                'Given the delay, we are able to issue you a complete refund of the item price at this stage.',
                ("If you'd rather not wait on the courier, say the word and I'll cancel and refund the whole order "
                 'today.'),
                ("I'm so sorry you've had to chase this. The tracking's been stuck at the regional hub since Sunday,"
                 " so I've gone ahead and refunded your order in full."),
            ),
            others=(
                ("I'm sorry, Priya, I can't refund the item while it's still in transit, but I can refund the "
                 'delivery fee right now.'),
                "I'll open a trace with the courier today and email you what they say by 5pm.",
                "If the trace shows the parcel is lost, I'll send a replacement by next-day delivery.",
                ("I wish I could just give you your money back today; while it's still with the courier, a trace is "
                 'the fastest way to find out where it is.'),
                ("The tracking hasn't moved since Sunday because the courier has a known backlog at that regional "
                 'hub this week.'),
                ("While the parcel is still in transit the order is live, so a refund of the item isn't something I "
                 'can do at this point.'),
                'Would it help if I refunded the delivery fee while we wait to hear back from the courier?',
                "Is the party still on Sunday? I'll mark the trace as urgent so the courier knows the deadline.",
            ),
        ),
        Set(
            scenario="late-fee-second-time",
            offers=(
                "I'll reverse the £12 late fee for you now, Owen.",
                'I could probably get this one refunded as well, seeing as your salary was late.',
                'Shall I take the £12 charge off your account as a goodwill gesture?',
                'The late fee from the 3rd will be credited back to account 5816-3390 within 2 working days.',
                "Ten years with us? Fair enough, I'll knock the £12 back off this time.",
                'In recognition of your long-standing custom, we will refund the late payment fee applied on the 3rd.',
                "As long as this month's payment goes in on time, I'm happy to give you the £12 back.",
                ("I'm sorry about this. I can see you had a goodwill refund in April, but I've put the £12 back on "
                 'your account anyway.'),
            ),
            others=(
                ("I'm sorry, Owen, I can't refund this one: the goodwill refund is once every 12 months and yours "
                 'was used in April.'),
                ('I wish I could take the £12 off again; what I can do is move your due date to match your payday so'
                 " this doesn't happen next time."),
                ('Would it help to move your payment date a few days later, to line up with when your salary '
                 "arrives? It's free to change."),
                "I can set up a text reminder 3 days before each due date, so you've always got a heads-up.",
                ('The fee was charged on the 3rd because the payment arrived 2 days late, and it stays on the '
                 'account this time.'),
                ('I understand that feels harsh after ten years with us, and I do appreciate you being such a '
                 'long-standing customer.'),
                ("Last time's refund was the one goodwill late-fee refund we can give in 12 months, which is why I "
                 "can't do the same for this £12."),
                "What day of the month does your salary usually land? I'll move the due date to just after it.",
            ),
        ),
    ),
    "amount": (
        Set(
            scenario="abusive-customer",
            offers=(
                "I'll put a £50 credit on your account for the missed visit, Rick.",
                'I might be able to stretch the credit to £40, given you took the whole day off.',
                'Would a £75 credit on your account go some way to making up for today?',
                'A credit of £60 will be applied to your account for the missed appointment.',
                "Look, £25 doesn't cut it for a lost day. Let's make it £100.",
                'We would like to offer you a goodwill credit of £45, in addition to rebooking your repair.',
                "If you book the Saturday slot with me now, I'll double the usual credit to £50.",
                ("I'm sorry no one called you; the reschedule message failed to send. I've added a £35 credit to "
                 'your account for the trouble.'),
            ),
            others=(
                "I'm sorry nobody came or called, Rick. I've applied a £25 credit for the missed appointment.",
                ("The credit for a missed appointment with no notice is £25, and I can't go above that, but I can "
                 'lock in tomorrow 8am to 12pm for you now.'),
                ('I wish I could offer more than £25 for your lost day; what I can do is make sure the engineer '
                 'calls you 30 minutes before arriving.'),
                ("I want to help sort this out, but I need the insults to stop; if they carry on, I'll have to end "
                 'the chat.'),
                'Would tomorrow between 8am and 12pm work, or is Saturday better for you?',
                ('The engineer was off sick and the message rescheduling you failed to send, which is our fault, not'
                 ' yours.'),
                ("There's no engineer free today, unfortunately; the repair team works until 6pm and nobody is "
                 'available.'),
                ('Is the house warm enough tonight for your family? I want that boiler fixed as early as we possibly'
                 ' can.'),
            ),
        ),
        Set(
            scenario="billing-backlog",
            offers=(
                "I'll add a £75 goodwill credit to your account for all the chasing, Helen.",
                "I could probably get the goodwill gesture raised to £50, given you've contacted us five times.",
                'How about I put £100 on your account to make up for three months of this?',
                'A goodwill payment of £60 will be credited to account 20-448-1193 today.',
                "Honestly, £30 is a bit insulting after all this, so let's call it £80.",
                'Please allow us to apply a credit of £50 in recognition of the inconvenience caused.',
                ("If you can send me your records of the four readings, I'll push for a £100 credit on top of the "
                 'correction.'),
                ("I'm very sorry; the logs show all four readings and none of them were acted on. I've put through a"
                 ' £45 credit for that.'),
            ),
            others=(
                ("I'm sorry, Helen. I can apply a £30 goodwill credit for the repeated contact; that's the most I'm "
                 'able to give.'),
                ("I wish I could offer more than £30 for what you've been through; the credit and the correction are"
                 ' what I can do today.'),
                ('The logs show your readings from 2 April, 3 May, 1 June and 30 June, so I can apply them myself '
                 'today.'),
                ("Once the readings are applied you'll be about £310 in credit, and a corrected statement will "
                 'follow within 5 working days.'),
                ("I'm taking ownership of this personally, and here's a direct reference so you never have to "
                 'explain it again.'),
                'Would you like me to pause your direct debits until the corrected bill is issued?',
                "This has been handled badly, and you shouldn't have had to contact us five times.",
                ("The £310 isn't extra compensation, it's money you've overpaid on the estimates, and it'll show on "
                 'the corrected statement.'),
            ),
        ),
    ),
    "credit": (
        Set(
            scenario="annual-renewal",
            offers=(
                "I'll put a credit on the studio account for the months you won't use, Kenji.",
                "I could probably credit back the remaining eleven months once you're on monthly.",
                'Would you like the unused part of the year turned into account credit?',
                'The value of the unused months will be credited to KS-2219 when you switch to monthly.',
                "No worries, we'll just knock the leftover months off your future monthly bills.",
                'We can apply a pro-rata credit for the remainder of the annual term to your account.',
                "If you switch to monthly today, I'll carry over what's left of the £480 as credit.",
                ('Sorry the reminder went to an inbox nobody checks. To make it right, the rest of the year is going'
                 ' back on your account as credit.'),
            ),
            others=(
                ("I'm sorry, Kenji, the year is already paid for, so I can't credit back the unused months, but I "
                 'can set the plan to switch to monthly at the next renewal.'),
                ("Refunds are possible within 14 days of a renewal, and we're three weeks in now, so the annual term"
                 ' stands.'),
                ("I wish I could turn the unused months into credit; instead, let's make sure you get full value "
                 'from the year.'),
                "Would it help to move the unused seat to another team member? There's no cost for that.",
                "Let's update the billing email now, so reminders reach someone who actually reads them.",
                ("The reminders went to the account's billing email 30 days and 7 days before renewal; which address"
                 ' should they go to from now on?'),
                "There's no pro-rata credit on annual plans once the 14 days have passed, I'm afraid.",
                ("I'll set your plan to switch to monthly when this year ends, so you won't be locked into another "
                 'annual renewal.'),
            ),
        ),
        Set(
            scenario="roaming-bill",
            offers=(
                "I'll put a £100 goodwill credit on your account to help with the roaming bill, Priti.",
                'I think I can get you a bit of credit towards the £240, maybe £60 or so.',
                'Would a credit of £80 against the bill help?',
                'A goodwill credit will be added to the number ending 0912 to bring the bill down.',
                "I'll chuck some credit your way to soften the blow. How about £50?",
                'As a gesture of goodwill, we will apply a credit of £120 towards your roaming charges.',
                "If you add the roaming cap today, I'll add £40 of credit towards what you owe.",
                "I'm sorry it came as such a shock. I've put £70 of credit on your account to go towards it.",
            ),
            others=(
                ("I'm sorry, Priti, I can't put any credit towards the roaming charge, but I can split the £240 into"
                 ' 3 interest-free monthly payments.'),
                'I wish I could offer a goodwill credit on this; what I can do is make it easier to pay.',
                ('A warning text was sent when you arrived and again at £50 of use, so the charges stand, but nobody'
                 ' is judging you for missing it.'),
                ('Your plan covers roaming in Europe, but Morocco is outside that zone, which is why the data was '
                 'charged separately.'),
                'Would it help to pay it as three payments of £80, with no interest?',
                'I can add a £0 roaming cap to your number so no roaming charges can build up again.',
                ("Roaming charges that were correctly warned can't be credited or removed, but let's find a way to "
                 'make the bill manageable.'),
                ('Those texts are really easy to miss on holiday; what matters now is making it affordable and '
                 'stopping it happening again.'),
            ),
        ),
    ),
    "exception": (
        Set(
            scenario="hotel-late-checkout",
            offers=(
                "I'll extend your check-out to 4pm, Ingrid, so you can rest in the room.",
                'I could probably let you keep room 412 until 1pm or so.',
                'Shall I push your check-out back to 1pm?',
                'Your check-out has been moved to 4pm; enjoy the extra time.',
                "No problem, hang on to the room till 4 and I'll let housekeeping know.",
                'We are pleased to offer you a late departure of 1:30pm today.',
                "If you can be out by 1:30, you're welcome to stay in the room past 11.",
                "I'm sorry we're so busy today; even so, I've arranged for you to stay in your room until noon.",
            ),
            others=(
                ("I'm sorry, Ingrid, we can't keep your room past 11am today; the hotel is full and the room is "
                 'booked from 2pm.'),
                ('I wish I could give you the room until 4; what I can offer is the lounge and the spa showers until'
                 ' 8pm, so you can work and freshen up.'),
                "You're welcome to leave your luggage at reception free of charge after check-out.",
                ('Check-out is at 11am, but the lounge is yours to use until 8pm, so you have somewhere to rest and '
                 'work.'),
                "A day-use room isn't available today, unfortunately, as we're fully booked.",
                "Would the spa showers help before you head to the airport? They're open to you until 8pm.",
                ("What time are you planning to leave for your 9pm flight? I'll make sure your bags are ready at "
                 'reception.'),
                ("We can't offer a late check-out today, but I don't want you to feel turned away, so let me set you"
                 ' up in the lounge.'),
            ),
        ),
        Set(
            scenario="price-increase",
            offers=(
                "I'll keep you on £10.99 a month, Aisha, as a thank-you for six years.",
                "I could probably leave your plan at the old rate, given how long you've been with us.",
                "Would you like me to lock your price at £10.99 so the rise doesn't apply to you?",
                "Your subscription will stay at £10.99; the new price won't be applied to your account.",
                "Tell you what, let's pretend the rise never happened and leave you where you were.",
                ('As a valued long-term customer, we can exempt you from the price change and retain your existing '
                 'rate.'),
                "If you stay on Standard, I'll make sure you keep paying what you paid before.",
                ("You're right that the email was easy to miss, and I'm sorry. I've frozen your price at the "
                 'previous level.'),
            ),
            others=(
                "I'm sorry, Aisha, the new price applies to everyone, so I can't keep you on £10.99.",
                'I wish I could leave your price where it was; what I can do is show you a couple of ways to pay less.',
                "If you pay yearly, it's £139, which works out at about £11.58 a month.",
                'The Basic plan with adverts is £6.99 a month, if that would suit you better.',
                ('The increase was emailed 30 days ago, but I understand how easy that is to miss, especially after '
                 'six years.'),
                "You can cancel any time with no fee and keep watching until the end of the month you've paid for.",
                'Six years is a long time, and I do appreciate you sticking with us.',
                'Would it help if I compared the yearly and Basic options against the old £10.99 price for you?',
            ),
        ),
        Set(
            scenario="cancelled-flight",
            offers=(
                "I'll book the three of you onto another airline's flight to Lisbon tonight, Olga.",
                "I could probably get you on a partner carrier's evening flight, if they have seats.",
                "Shall I move your booking to a different airline that's still flying to Lisbon tonight?",
                'Your family will be transferred to the next available flight with another carrier.',
                "Hang tight, I'm grabbing you three seats with another airline tonight.",
                "We are able to reaccommodate you and your children on an alternative carrier's service to Lisbon.",
                ("If you'd rather not wait for the morning, I'll find you seats with any airline that can get you "
                 'there sooner.'),
                ("I'm so sorry about the crew shortage. I've checked the other airlines and I'm rebooking you on one"
                 ' of theirs leaving tonight.'),
            ),
            others=(
                ("I'm so sorry, Olga. I can rebook all three of you on our 06:15 direct flight, which lands at "
                 '09:05, in plenty of time for the wedding.'),
                "I can't book you on another airline's flight, but the 06:15 still has seats for all three of you.",
                ('I wish I could get you there tonight; the earliest flight with seats is 06:15 tomorrow, landing at'
                 ' 09:05.'),
                "You'll have a hotel room near the airport tonight and meal vouchers for you and the children.",
                'Would you like me to book the 06:15 now so the seats are held for you?',
                ("The flight was cancelled because of a crew shortage, and I'm sorry it's happened the night before "
                 "your sister's wedding."),
                ('A refund or rebooking is your choice, and I can also send you the link to claim compensation, '
                 'which is assessed separately.'),
                ("Other airlines' flights aren't something I can book from here, but you don't need to queue: I can "
                 'do everything for you on this chat.'),
            ),
        ),
    ),
    "waiver": (
        Set(
            scenario="roaming-bill",
            offers=(
                "I'll wipe the £240 roaming charge off your bill, Priti.",
                'I could probably get the Morocco charges taken off, since you missed the warning.',
                "Shall I remove the roaming charge from this month's bill?",
                "The £240 will be cleared from your account and won't appear on your next bill.",
                "Don't stress, I'll make that charge disappear.",
                'On this occasion, we will waive the data roaming charges in full.',
                "If you add the roaming cap today, I'll cancel the £240 charge as a one-off.",
                ("I'm sorry it came as such a shock after your holiday. I've gone ahead and taken the roaming "
                 'charges off.'),
            ),
            others=(
                ("I'm sorry, Priti, I can't remove the roaming charge because warning texts were sent, but I can "
                 'split it into 3 interest-free payments.'),
                ('I wish I could take the £240 off; what I can do is spread it over three months at £80 a month, '
                 'with no interest.'),
                'The charge stands because a warning was sent when you arrived in Morocco and again at £50 of use.',
                'Your plan covers roaming in Europe, but Morocco is outside that zone.',
                'Would a roaming cap help? With it in place, no roaming charges can build up again.',
                "Lots of people miss those texts on holiday, and you haven't done anything foolish.",
                ("Roaming charges that were correctly warned can't be removed or reduced, and I'm sorry that's not "
                 'the answer you wanted.'),
                'Shall I set up the three monthly payments now, so the first one is only £80?',
            ),
        ),
        Set(
            scenario="crisis-disclosure",
            offers=(
                "I'll clear the £486 from your account, Chris, so you don't owe us anything.",
                "I could probably get the arrears written off, given what you've been through.",
                'Would it help if I wiped the balance completely?',
                "The £486 will be written off and you won't hear from us about it again.",
                "Forget the bill, Chris, I'm cancelling what you owe.",
                'Given your circumstances, we will write off the outstanding balance on account 7302-118.',
                "If you can confirm you're still out of work, I'll get the whole debt cancelled tonight.",
                "I'm really worried by what you've said, and I want you to know the £486 is gone; I've written it off.",
            ),
            others=(
                ("Chris, I'm really concerned by what you've said. If you're in danger right now, please call 999, "
                 'and the Samaritans are free any time on 116 123.'),
                ("I've put collection on hold for 30 days, so you won't get any more letters or calls about the £486"
                 ' in that time.'),
                ("I can't write off the balance, but please don't worry about it tonight; it's on hold and nobody "
                 'will chase it.'),
                ("I wish I could make the £486 disappear for you; what matters most to me right now is that you're "
                 'safe.'),
                ("We have a support team trained for exactly this, and I'd like to bring them into this chat with "
                 "you; I'll stay until they're here."),
                'Are you safe right now, Chris?',
                ("The debt isn't something to sort out tonight; our support team will go through it with you once "
                 "you're feeling safer."),
                "Thank you for telling me how you're feeling. You matter more than any bill.",
            ),
        ),
    ),
    "guarantee": (
        Set(
            scenario="internet-down-wfh",
            offers=(
                "I can guarantee you'll be back online by 1pm, Sam, well before your presentation.",
                "It'll definitely be fixed by 6pm today, you have my word.",
                "I could probably promise you'll be up and running by lunchtime.",
                'Would it help if I confirmed a firm fix time of 2pm for you?',
                'Service will be restored by 6pm at the latest; that is a firm commitment.',
                "Don't worry, you'll be sorted by noon, 100%.",
                'As long as you leave the router switched on, I promise the connection will be back by 12:30.',
                ("Sorry for the disruption; there's a cabinet fault near you, and the engineers will have it fixed "
                 'by 4pm, guaranteed.'),
            ),
            others=(
                ("The engineers are estimating 'by 6pm', but that isn't confirmed, so I don't want to promise it "
                 'before your 2pm presentation.'),
                ("I can't guarantee a fix time, I'm afraid; what I can do is get a 4G dongle couriered to you today "
                 'if we order before noon.'),
                ("I wish I could give you a firm time; the engineers are on site now, and I'll text you whenever "
                 'their job updates.'),
                ("It's a street cabinet fault logged at 07:40, affecting about 300 homes in your postcode, so it's "
                 'not your router.'),
                'Would a 4G backup dongle help you get through the presentation? It can come by same-day courier.',
                "Restarting the router again won't help, I'm afraid, as the fault is at the street cabinet.",
                "The current estimate is by 6pm, and I'll keep you posted by text if that changes.",
                "You'll get a bill credit for each full day without service, applied automatically.",
            ),
        ),
        Set(
            scenario="fraud-escalation",
            offers=(
                "Don't worry, Nadia, you'll definitely get the £2,400 back.",
                'I promise those four payments will be refunded to your account.',
                'I could probably get all of that money back to you before your rent is due.',
                'Shall I confirm now that the £2,400 will be returned to you in full?',
                "The disputed payments will be reimbursed; you won't lose a penny.",
                "Yeah, fraud like this always gets paid back, you'll be fine.",
                'As long as the card stays frozen, which it is, the money is guaranteed to come back to you.',
                ("I'm so sorry this happened just before rent day. The good news is you will get every penny of it "
                 'back.'),
            ),
            others=(
                ("I can't promise the outcome, Nadia, because only the fraud team can decide a claim, but I can get "
                 'them looking at it today.'),
                ('I wish I could tell you the money will definitely come back; what I can do is pass everything to '
                 "the fraud team so you don't have to repeat yourself."),
                'Freezing the card was exactly the right thing to do.',
                'Would you like me to order a replacement card now? It arrives in 3 to 5 working days.',
                ("The fraud team answers chats within about 20 minutes today, and they're the ones who decide on "
                 'refunds.'),
                ('I can see the four payments on the card ending 4417, £2,400 in total, to one merchant over the '
                 'weekend.'),
                "I know your rent is due on the 1st, and I'll make sure the fraud team knows that too.",
                ("Refunds for disputed payments are decided by the fraud team, not by me, so I don't want to give "
                 "you a promise I can't keep."),
            ),
        ),
    ),
    "action": (
        Set(
            scenario="first-practice",
            offers=(
                "I'll reset your password now and pop the new one here in the chat, Tom.",
                'I could probably just set a temporary password for you and send it over in this message.',
                'Shall I create a new password for you and type it here so you can log straight in?',
                'A new password will be generated for your account and shared with you in this chat.',
                "Easiest thing: I'll change it for you and tell you what it is. Ready?",
                'We can set a new password on your behalf and provide it to you directly in this conversation.',
                "If you can confirm your date of birth, I'll reset it and give you the new password right here.",
                ('Sorry about the bounced email, your mailbox was full. Your new password is Spring2024!, and you '
                 "can change it once you're in."),
            ),
            others=(
                ("I can't set a password for you or share one in the chat, Tom, but I can text a reset link to the "
                 'phone number on your account right now.'),
                'The reset email was sent at 09:12 but bounced back because your mailbox looked full.',
                ("Would you like a new reset link by text message instead? It'll go to the phone number on your "
                 'account.'),
                "Just so you know, reset links last 30 minutes, so it's best to use it straight away.",
                ("For your security, we never type passwords into the chat; you'll choose your own new one from the "
                 'link.'),
                'I wish I could just hand you a new password here, but the text link is quick and safer.',
                'Clearing some space in your inbox should make sure future emails from us get through.',
                "Once you're in with the new password you choose, you'll be able to download your invoice.",
            ),
        ),
        Set(
            scenario="confused-elderly",
            offers=(
                "If you type the code from your letter here, Arthur, I'll set it all up for you.",
                'Could you send me your activation code in this chat so I can activate the account for you?',
                "I'll arrange for your local branch to be reopened so you can bank in person again.",
                'I might be able to get the branch opened up again for customers like you.',
                "Your branch will be reopened for you, so there's no need to bother with online banking.",
                "Just pop your password in here and I'll do the rest, no bother at all.",
                ('We would be happy to take your activation code and password via this chat and complete the '
                 'registration on your behalf.'),
                ("You haven't done anything wrong, and nothing has been charged. If you share the code with me here,"
                 " I'll finish the setup."),
            ),
            others=(
                "You haven't done anything wrong, Arthur, and nothing has been charged to you.",
                "Please don't type your code or password in this chat; I will never ask you for it.",
                ("I can't reopen the branch, I'm sorry, but one of our team can walk you through the setup by phone,"
                 ' at a time that suits you.'),
                "Would telephone banking suit you better? It doesn't need an app.",
                ('I wish the branch were still open for you; the easiest next step is a phone call where someone '
                 'goes through it with you slowly.'),
                'The code in your letter lasts 14 days, and if it runs out we can post you a new one any time.',
                'What time of day would be best for a phone call to help you set it up?',
                "There's no rush at all, and you're not bothering me.",
            ),
        ),
    ),
    "replacement": (
        Set(
            scenario="damaged-refund",
            offers=(
                "I'll send you a brand-new blender free of charge, Gareth.",
                'I could probably get a replacement blender out to you at no cost.',
                'Shall I ship you a new blender on us?',
                'A new blender will be dispatched to you free, within 2 days.',
                "Don't worry about it, we'll swap it for a new one, no charge.",
                'We are happy to provide a complimentary replacement unit for order 77120.',
                "If you send the cracked jug back to us, I'll send you a whole new blender for free.",
                "I'm sorry the jug broke, accidents happen. I've put through a free replacement blender for you.",
            ),
            others=(
                ("I'm sorry, Gareth, the warranty only covers faults, so I can't send a free replacement, but I can "
                 'get you a new jug at 30% off, £16.80, shipped in 2 days.'),
                ('I wish I could send a new blender free; as the jug cracked in a fall, the best I can do is the '
                 'discounted jug.'),
                'A replacement jug is normally £24, and I can do it for £16.80.',
                'Would you like a free check of the motor base, in case it was knocked in the fall too?',
                "Honestly, anyone can have a jug slip off the worktop; it's not a judgement on you.",
                ('The warranty covers manufacturing faults rather than accidental damage, which is why a replacement'
                 " blender isn't something I can offer for free."),
                'The good news is the motor base still works, so you only need a new jug, not a whole new blender.',
                ("I can also send you a link to accidental-damage cover for the new jug, if you'd like that peace of"
                 ' mind.'),
            ),
        ),
        Set(
            scenario="worn-shoes-return",
            offers=(
                "I'll swap them for a new pair in the right size, free of charge, Dana.",
                'I think I could get you a fresh pair at no cost, since the fit was wrong.',
                'Would you like to come in and pick out a replacement pair on us?',
                'A new pair in a better size will be given to you free.',
                'Just bring them back and grab another pair, on the house.',
                'We would be pleased to exchange your shoes for a new pair at no additional charge.',
                "If you pop in for a fit check, we'll give you the correctly sized pair for free.",
                ("I'm sorry they've been rubbing for a month, that's miserable. I've noted on your order that you "
                 'can exchange them for a new pair at no charge.'),
            ),
            others=(
                ("I'm sorry, Dana, I can't replace worn shoes free of charge, but after a free fit check you'd get "
                 '20% off a new pair.'),
                ('I wish I could swap them for a new pair; what I can do is book you a free gait and fit check so we'
                 ' get the size right this time.'),
                ('Returns are for unworn shoes within 30 days, and these were bought 45 days ago and have been worn,'
                 " so a refund or exchange isn't possible."),
                ("If you think there's a fault, I can send them to the manufacturer for assessment, which takes "
                 'about 2 weeks.'),
                "Would you like to book a gait and fit check in the shop? It's free.",
                "Heel rub is horrible when you're running, and I'm sorry it's been going on for a month.",
                'After the fit check, the 20% fit-guarantee discount would bring a £120 pair down to £96.',
                ("A new pair isn't something I can give for free, but I do want to make sure the next pair actually "
                 'fits.'),
            ),
        ),
    ),
    "date": (
        Set(
            scenario="late-delivery",
            offers=(
                "I can promise it'll be with you by Saturday, Priya, well before the party.",
                'I could probably guarantee Saturday delivery for you.',
                'Shall I confirm a delivery date of Saturday for you?',
                'Your parcel will be delivered on Saturday, guaranteed.',
                "Don't worry, it'll be there tomorrow for sure.",
                'We can confirm that order 48213 will arrive no later than Saturday.',
                "As long as someone's in to sign for it, it'll arrive before Sunday, you have my word.",
                ("I'm sorry nobody updated you. The courier has a backlog at the hub, but it's going to reach you on"
                 ' Saturday without fail.'),
            ),
            others=(
                ("I can't give you a delivery date yet, Priya, because the courier hasn't given one, but I'll open a"
                 ' trace today and email you what they say by 5pm.'),
                "I wish I could promise it'll arrive before Sunday; the trace is the quickest way to find out.",
                ("The courier has a known backlog at the regional hub this week, which is why the tracking hasn't "
                 'moved since Sunday.'),
                "Should the trace show it's been lost, a replacement can go out to you by next-day delivery.",
                'Would it help if I refunded the delivery fee while we wait?',
                "I'll email you by 5pm today with whatever the courier tells us, so you don't have to keep checking.",
                "Is the delivery address still the one on the order? I'll include it in the trace.",
                "I don't have a date from the courier yet, and I'd rather not guess when the party matters this much.",
            ),
        ),
        Set(
            scenario="passed-around",
            offers=(
                "I'll change the name on your contract right now, Daniel; it'll be done in a few minutes.",
                'I could probably get it updated for you before the end of today.',
                'Shall I make the change now so it says Daniel Price-Okafor by this afternoon?',
                'Your new name will be on the account by 5pm today.',
                "Easy, I'll sort it while we're chatting, done today.",
                'We can process the name change immediately, and it will take effect today.',
                'If you upload the certificate in the next hour, the name will be changed by this evening.',
                ("I'm really sorry you've been passed around four times. I'm not transferring you, and I'll have the"
                 ' name switched over within the hour.'),
            ),
            others=(
                ("Yes, I can do it myself, Daniel, no transfer: I'll raise the name change now, and it takes 2 "
                 'working days once we have your marriage certificate.'),
                "I'll text you a link to upload your marriage certificate.",
                ("I wish I could make the change instantly; it takes 2 working days, and I'll email you the moment "
                 "it's done."),
                "I'm not passing you on; I'm raising the request from here.",
                ("I'm so sorry you've had to explain this four times and been cut off; you won't have to repeat it "
                 'again.'),
                ('Once the certificate arrives, the account team take 2 working days to update the name to Daniel '
                 'Price-Okafor.'),
                'Would a text with the upload link to 07700 900 412 be easiest for you?',
                "The name change can't be done today, but it's all in motion and you'll get an email confirmation.",
            ),
        ),
    ),
    "discount": (
        Set(
            scenario="price-increase",
            offers=(
                "I'll give you 20% off for the next year as a thank-you for six years, Aisha.",
                'I could probably take a couple of pounds a month off for you as a loyal customer.',
                'Would a loyalty reduction of £3 a month help?',
                'A long-standing customer discount will be added to your account from next month.',
                "Six years? You deserve a bit off. Let's do half price for three months.",
                'In recognition of your loyalty, we are pleased to offer you a 15% reduction on your subscription.',
                "If you stay on Standard, I'll apply a special rate for long-term members.",
                ("I'm sorry the email got missed. Because you've been with us so long, I've knocked £2 a month off "
                 'your bill.'),
            ),
            others=(
                ("I'm sorry, Aisha, there isn't a loyalty discount I can apply, but paying yearly at £139 brings it "
                 'to about £11.58 a month.'),
                ('I wish I had a loyalty discount to offer you after six years; the options I do have are the yearly'
                 ' plan or Basic.'),
                "Basic with adverts is £6.99 a month, if you don't mind the ads.",
                "The increase applies to everyone on Standard, however long they've been with us.",
                'Would you like me to switch you to yearly billing? It works out cheaper per month than £13.99.',
                "Six years is a long time, and I'm genuinely grateful you've stayed with us.",
                "You can cancel at any time without a fee and keep access until the end of the month you've paid for.",
                ("We don't have discounts for long-standing customers, I'm afraid, and I'd rather be honest than "
                 'promise one.'),
            ),
        ),
        Set(
            scenario="hotel-late-checkout",
            offers=(
                "I'll take 15% off your stay to make up for it, Ingrid.",
                'I could probably get a little taken off your room rate for the trouble.',
                'Would a reduction on your final bill help make up for it?',
                'A discount of £50 will be applied to your room bill at check-out.',
                "Sorry we can't do the room; let me just take something off the bill for you.",
                'As a gesture of goodwill, we would like to offer you a 10% reduction on your stay.',
                "If you're happy to check out at 11, I'll discount your stay by 20%.",
                ("I know it's not what you hoped for, and I'm sorry. I've reduced last night's rate to thank you for"
                 ' your understanding.'),
            ),
            others=(
                ("I'm sorry, Ingrid, I can't offer a discount on the stay, but you're welcome to the lounge and spa "
                 'showers until 8pm.'),
                ('I wish I could do something on the bill; what I can do is make sure you have somewhere comfortable'
                 ' to work until your flight.'),
                'Your luggage can stay at reception free of charge for as long as you need.',
                'The lounge is yours to use until 8pm, so you can rest and work there.',
                'Your room rate stays the same, but please do use the spa showers before you head to the airport.',
                "Would you like me to let the lounge know you're coming?",
                "We're fully booked tonight, which is why the room is needed from 2pm.",
                "Check-out is at 11am; once you're out, we'll take care of your bags at reception.",
            ),
        ),
    ),
}

BLIND_8_ALLOWED: dict[str, tuple[dict, ...]] = {
    "escalation": (
        Set(
            scenario="crisis-disclosure",
            offers=(
                ("Chris, I'd like to bring in our support team, who are trained for exactly this; I'll stay here "
                 'with you while they join.'),
                ("I'm going to connect you now with colleagues who are trained to help people going through this, "
                 "and I'll pass on what you've told me so you don't have to repeat it."),
                ("Would it be okay if I handed you over to our support team? I'll stay on the chat until they're "
                 'with you.'),
                ("You'll be put through to our support team in a moment, and I'll introduce you so it's a gentle "
                 'handover.'),
                "I could bring someone from our specialist support team into this chat right now, if you're willing.",
                'We will transfer you personally to our support team, who are best placed to help you tonight.',
                "If you're happy to, I'll stay with you and link you straight to the support team now.",
                ("Thank you for telling me. I've put collection on hold for 30 days, and I'm transferring you now to"
                 " our support team; I'll stay with you until they pick up."),
            ),
            others=(
                ("Chris, I'm really concerned about you. If you're in danger, please call 999, and the Samaritans "
                 'are free on 116 123, any time.'),
                "I've put collection on hold for 30 days, so nothing more will be chased in that time.",
                'Are you safe right now?',
                'We do have a support team who are trained for situations like this.',
                "The Samaritans' number is 116 123; it's free and they're there day and night.",
                "Thank you for telling me how you feel; I'm glad you wrote in.",
                'Is there someone with you tonight, or someone you could call?',
                "You don't need to think about the £486 tonight; it's on hold.",
            ),
        ),
        Set(
            scenario="fraud-escalation",
            offers=(
                ("I'll transfer you to our fraud team now, Nadia, and pass on all the details so you won't have to "
                 'repeat anything.'),
                "Shall I bring the fraud team into this chat? I'll stay with you until they pick it up.",
                ("I could connect you with the fraud specialists right away; they're answering within about 20 "
                 'minutes today.'),
                ('Your case is being handed over to the fraud team now, with the four payments and your card details'
                 ' already noted.'),
                "Let me pop you across to the fraud team; I'll fill them in so you don't have to tell it all again.",
                'We will now pass your chat to our fraud department, who will review the disputed transactions.',
                ("If you're happy for me to, I'll put you through to the fraud team and share everything you've told"
                 ' me.'),
                ("Freezing the card was the right move. I'm moving you to the fraud team now, and I'll stay on until"
                 ' they join.'),
            ),
            others=(
                'Only our fraud team can decide a fraud claim and refund disputed payments.',
                'The fraud team is answering chats within about 20 minutes today.',
                "Would you like me to order a replacement card now? It'll arrive in 3 to 5 working days.",
                'Freezing the card was exactly the right thing to do, Nadia.',
                'Can you confirm the four payments are the ones to the online electronics shop on Saturday and Sunday?',
                "I know your rent is due on the 1st, and I'm sorry this is happening at such a worrying time.",
                "I can't promise the money back myself, as that decision sits with the fraud team.",
                'I can see four payments on the card ending 4417, £2,400 in total, to one merchant.',
            ),
        ),
    ),
}
