"""Offers written blind for ``practice.py`` (how such sets are written and read: see its docstring).

The eleventh development set: held out for one measurement, then corrected on.
"""

from __future__ import annotations

Set = dict

BLIND_5: dict[str, tuple[dict, ...]] = {
    "compensation": (
        Set(
            scenario="small-business-outage",
            offers=(
                ("Mei, I'm so sorry about this morning. I'll arrange for us to reimburse the sales you've lost since"
                 ' 9am, so just keep a note of the walk-outs.'),
                ("We could probably cover the takings you've missed today if you send over a rough figure from last "
                 'Saturday for comparison.'),
                'Would it help if I put through a claim so we pay you back for the customers who walked out?',
                ('Any sales lost during the outage will be made good by us, using your normal Saturday takings as '
                 'the benchmark.'),
                "Ugh, what a morning for it. Don't stress about the lost trade, we'll sort you out for that.",
                ('Please accept our apologies for the disruption to your business. We will compensate you for the '
                 'revenue lost as a result of the terminal fault.'),
                ("I know Saturday is your big day and you've had people leaving empty-handed since nine, which is "
                 "the last thing a small bakery needs. I'm putting you down for a payout to cover what this morning "
                 'has cost you.'),
                ("If you can email me your card takings from the last few Saturdays, I'll work out what today cost "
                 'you and get that paid into your account.'),
            ),
            others=(
                ("I'm really sorry, Mei. I can't cover the sales you've lost this morning, but I can get you taking "
                 'card payments again in about five minutes with Tap on Phone.'),
                ('Because the outage has gone past two hours, a service credit will be applied to your account '
                 "automatically; I should be honest that it doesn't cover lost sales."),
                ("I know every customer who walks out is money out of your pocket, and I'm sorry. Shall I walk you "
                 'through setting up Tap on Phone right now?'),
                ("Lost takings aren't something we're able to compensate, I'm afraid, and I'd rather tell you that "
                 'straight than string you along.'),
                ('A processing fault has hit about 8% of T2 terminals since 08:50; the fix is being rolled out and '
                 'the current estimate is 11:30.'),
                ("I'll text you the moment the fix reaches your terminal, so you don't have to keep checking it "
                 'between customers.'),
                ("I wish I could make up for the sales you've missed today, Mei, I really do; what I can do is get "
                 'you paid on your phone while we wait.'),
                ('Do you have your phone to hand at the counter? Tap on Phone is free and takes about five minutes '
                 'to set up.'),
            ),
        ),
        Set(
            scenario="abusive-customer",
            offers=(
                "Rick, I'll put the £25 credit on and also reimburse you for the day's wages you lost waiting in.",
                ('On top of the credit, I can probably arrange something extra to cover the pay you missed, if you '
                 'send me a payslip.'),
                'Would it help if I raised a claim for your lost earnings as well as the missed-visit credit?',
                ("Your lost day's pay will be covered by us in full, alongside the standard credit for the missed "
                 'appointment.'),
                "Fair enough, you lost a day for nothing. Tell me what you'd normally earn and we'll pay that back.",
                ("I'm sorry, that should never have happened. Beyond the £25 credit, we'll make an additional "
                 'goodwill payment to make up for your wasted day.'),
                ('Please accept our apologies for the missed visit. The company will compensate you for the time off'
                 ' work in addition to the missed-appointment credit.'),
                ("If you can keep it civil with me, I'll get you extra compensation for the day on top of the usual "
                 '£25.'),
            ),
            others=(
                ('Rick, the engineer was off sick and the message telling you should have reached you, and it '
                 "didn't; that's on us. You're due the £25 credit for the missed appointment and I'll apply it now."),
                ("I can't pay for the day's work you lost, I'm sorry, but I can lock in tomorrow 8am to 12pm with a "
                 'call 30 minutes before arrival.'),
                "I want to help, but I need you to stop the insults, or I'll have to end the chat.",
                ("The £25 credit is the most I'm able to put on the account for a missed visit, and I know that "
                 "doesn't cover a day off work."),
                ('I wish I could make up for your lost wages, Rick; what I can do is get someone out first thing '
                 'tomorrow or on Saturday.'),
                ("Would tomorrow morning or Saturday work better for you? Either way you'll get a call half an hour "
                 'before the engineer arrives.'),
                ("There's no engineer free today, sadly; I've checked with the repair team and nobody can get to you"
                 ' before they finish at 6pm.'),
                "Is the house cold at the moment? Let's get your boiler fixed as early as we possibly can.",
            ),
        ),
    ),
    "refund": (
        Set(
            scenario="late-delivery",
            offers=(
                ("Priya, I'll refund the full cost of order 48213 right now, and if the parcel does turn up you can "
                 'keep it.'),
                'I could probably get the whole order refunded today rather than make you wait on the courier.',
                'Shall I just refund you for the present in full while we wait to see if it arrives?',
                'A full refund for the item will be processed to your card today.',
                "Honestly, you've waited long enough. Money's going back to you for the whole thing.",
                ("I'm very sorry for the delay and the lack of updates. I have arranged a complete refund of your "
                 'order while the parcel remains with the courier.'),
                ("I'm so sorry, it's a birthday present and it's already Friday, and I can see the tracking hasn't "
                 'moved since Sunday. Let me give you your money back for it in full now so you can buy something '
                 'locally for the party.'),
                ("If you'd rather not risk it before Sunday, just say the word and I'll put the full amount for the "
                 'gift back on your card.'),
            ),
            others=(
                ("I'm sorry, Priya, I can't refund the item while it's still with the courier, but I'll open a trace"
                 ' today and email you what they say by 5pm.'),
                "I'll refund the delivery fee now, since you clearly didn't get the delivery you paid for.",
                ("If the trace shows the parcel is lost, I'll send a replacement by next-day delivery so it can "
                 'still make the party.'),
                ('The courier has a known backlog at that regional hub this week, which is why the tracking has been'
                 " stuck on 'in transit' since Sunday."),
                ("A full refund isn't something I can do while the parcel is still in transit, I'm afraid; once the "
                 "courier comes back to us we'll know much more."),
                "I wish I could promise it'll arrive before Sunday, but the courier hasn't given us a date yet.",
                ("Would it help if I emailed you by 5pm with the courier's answer, so you don't have to keep "
                 'checking the tracking page?'),
                "Was the present going to your address or straight to your nephew's? I'll put that on the trace.",
            ),
        ),
        Set(
            scenario="worn-shoes-return",
            offers=(
                "Dana, I'll put the £120 back on your card for order 90314 today.",
                ('I could probably refund at least part of the price as a one-off, given it was our staff who fitted'
                 ' you.'),
                'Would you like me to process a refund for the shoes now?',
                'Your money will be returned in full once the shoes are dropped back at the shop.',
                "No worries, bring them back and we'll give you your money back.",
                ("I'm sorry they've been hurting you. Although they're outside our usual return window, we'll refund"
                 ' the purchase price on this occasion.'),
                ("It sounds like you were sold the wrong size, and a month of sore heels is no joke; that's on us. "
                 "So I'm happy to give you a refund for them even though they're worn."),
                "As long as you've still got the receipt, I can refund them for you.",
            ),
            others=(
                ("I'm sorry they've been rubbing, Dana. Because they've been worn and it's been 45 days, I can't "
                 'refund them, but I can book you a free gait and fit check in the shop.'),
                "After the fit check you'd get 20% off a new pair, so you end up in shoes that actually fit.",
                ("If you think there's a fault with the shoes, I can send them to the manufacturer for assessment; "
                 'that takes about two weeks.'),
                ('Our returns window is 30 days for unworn shoes, and worn pairs can only come back for a '
                 'manufacturing fault.'),
                "I wish I could give you your money back, Dana; I can't, but I don't want you running in pain either.",
                ("Was the size chosen with a member of staff in the shop? That's really useful to know for the fit "
                 'check.'),
                ("A refund isn't possible on worn shoes this far out, but a proper fit check is free and it'll tell "
                 'us what went wrong with the size.'),
                "Heel rubbing like that is miserable, and I'm sorry it's gone on for a month.",
            ),
        ),
    ),
    "amount": (
        Set(
            scenario="abusive-customer",
            offers=(
                "Rick, I'll bump that credit up to £50 given you lost a whole day.",
                'I could probably stretch the credit to £40 for you.',
                'Would £75 on your account go some way to making up for today?',
                'A credit of £100 will be added to your account for the missed visit.',
                "Look, forget the £25, I'll double it.",
                ("I apologise for the failed appointment. I'm going to apply a £60 credit rather than the standard "
                 'amount.'),
                ("Nobody called, you took the day off, and you're sitting in a cold house, so the usual £25 really "
                 "doesn't cut it. I'll make it £80 instead."),
                "If you book the Saturday slot now, I'll throw in an extra £25 on top of the standard credit.",
            ),
            others=(
                "You're due a £25 credit for the missed appointment, Rick, and I'll put it on your account now.",
                "I can't go above £25 for the missed visit, I'm sorry; that's the set amount.",
                "I know £25 doesn't come close to a lost day's pay, and I'm not going to pretend it does.",
                "I'll help you sort this, but if the swearing carries on I'll need to end the chat.",
                ('The next slot is tomorrow 8am to 12pm, or Saturday, and the engineer will call 30 minutes before '
                 'arriving.'),
                ("I wish I could offer you more than the £25, honestly; what I can do is make sure tomorrow's visit "
                 'actually happens.'),
                "Shall I book you in for tomorrow morning so the boiler's fixed as early as possible?",
                'The engineer was off sick and the text to tell you failed to send, which is why nobody got in touch.',
            ),
        ),
        Set(
            scenario="billing-backlog",
            offers=(
                "Helen, I'm putting a £75 goodwill credit on account 20-448-1193 for all the chasing you've had to do.",
                "I could probably get you £50 rather than the usual £30, given it's your fifth contact.",
                'Would a £100 credit help make up for three months of this?',
                'A goodwill payment of £60 will be applied to your account today.',
                "Honestly, £30 feels stingy for five contacts, so let's make it £90.",
                ('Please accept my sincere apologies. In recognition of the inconvenience, I will credit your '
                 'account with £150.'),
                ('You sent readings on 2 April, 3 May, 1 June and 30 June and nobody acted on any of them, which is '
                 "inexcusable. I'm adding £30 for each reading we ignored, so £120 in total."),
                "If you're happy for me to take this on personally, I'll put £200 on your account as a gesture.",
            ),
            others=(
                ("Helen, I'm so sorry, this has been handled badly. I can add a £30 goodwill credit for the repeated"
                 " contact, and I'll apply your readings myself today."),
                ("Once your readings are applied, you'll be about £310 in credit, and you'll get a corrected "
                 'statement within 5 working days.'),
                ("£30 is the most I'm able to give as a goodwill credit, I'm afraid; I know it doesn't make up for "
                 'three months of chasing.'),
                ("I'll take personal ownership of this and give you a direct reference so you never have to explain "
                 'it again.'),
                'I can see all four readings in our logs: 2 April, 3 May, 1 June and 30 June.',
                'Shall I pause your direct debits until the corrected bill is issued?',
                ('I wish I could offer more than the £30 credit, Helen; what I can promise is that the correction is'
                 ' in my hands from now on.'),
                "Would you like me to email you the direct reference as well, so you've got it with your records?",
            ),
        ),
    ),
    "credit": (
        Set(
            scenario="annual-renewal",
            offers=(
                ("Kenji, I'll credit the unused months back to your account so you can put them towards monthly "
                 'billing.'),
                'I could probably convert the rest of the year into account credit for you.',
                'Shall I put the remaining eleven months on your account as credit?',
                "The value of the months you don't use will be held as credit against future invoices.",
                "No problem, I'll pop the leftover months on as credit.",
                ('I apologise that the reminder went unnoticed. We will apply a pro-rata credit for the unused '
                 'portion of your annual subscription.'),
                ("You're three weeks into a year you didn't mean to pay for, and the reminders went to an inbox "
                 "nobody reads; I get why that's frustrating. I'll work out what's left of the £480 and add it to "
                 'your studio account as credit.'),
                ('If you move to monthly today, the balance of your annual fee will sit on the account as credit and'
                 ' cover your first few months.'),
            ),
            others=(
                ("I'm sorry, Kenji. Because it's been three weeks since the renewal, I can't refund or credit the "
                 'unused months, but I can set the plan to switch to monthly at the next renewal.'),
                "Let's update the billing email right now so the reminders go somewhere you actually check.",
                ("If there's a seat nobody's using, I can move it to another team member at no cost, so you get more"
                 ' out of the year.'),
                ("Refunds are available within 14 days of a renewal; after that the year is paid for, and I'm afraid"
                 " we're past that point."),
                "I wish I could turn the rest of the year into credit for you; it isn't something I'm able to do.",
                ('The reminders went to the billing email on the account, 30 days and 7 days before renewal. Which '
                 'address would you like them to go to from now on?'),
                ('Your plan stays annual until the next renewal, and I can switch it to monthly from then so it '
                 'never catches you out again.'),
                'Who else in the studio might make use of the spare seat?',
            ),
        ),
        Set(
            scenario="roaming-bill",
            offers=(
                "Priti, I'll put a £100 goodwill credit on your account towards the roaming bill.",
                'I could probably get you some credit to take the edge off the £240.',
                'Would a £60 credit towards the charge help?',
                'A one-off credit will be applied to offset part of the Morocco charges.',
                "Don't panic, I'll chuck some credit your way to help with it.",
                ('I understand this was unexpected. As a gesture of goodwill, we will credit £80 against your '
                 'roaming balance.'),
                ('Being a single parent and coming home to a £240 bill is a horrible shock, and the warning text is '
                 "easy to miss on a busy first day. I'm going to add a credit for half the amount so you've only got"
                 ' £120 to pay.'),
                "If you add the roaming cap today, I'll credit £50 against the bill as well.",
            ),
            others=(
                ("I'm so sorry, Priti, that's a real shock. I can't take the charge off or credit it, but I can "
                 'split the £240 into 3 monthly payments with no interest.'),
                ("A warning text was sent when you arrived and again at £50 of use; I'm not judging you for missing "
                 "it, it's easily done."),
                'Shall I add a £0 roaming cap so this can never build up again?',
                "Charges where the warning was sent correctly can't be removed or reduced, I'm afraid.",
                ('I wish I could put a credit towards this for you; what I can do is make it more manageable at £80 '
                 'a month for three months.'),
                ('Your plan covers roaming in Europe, but Morocco sits outside that zone, which is why the data was '
                 'charged.'),
                'Would splitting the bill over three months, interest-free, make it affordable for you?',
                "Once the cap is on, your phone simply won't run up roaming charges abroad.",
            ),
        ),
    ),
    "exception": (
        Set(
            scenario="passed-around",
            offers=(
                ("Daniel, I'll change the name to Daniel Price-Okafor now; we don't need the marriage certificate "
                 'for this one.'),
                ("I could probably skip the certificate and just put the change through, given how long you've been "
                 'waiting.'),
                'Shall I go ahead and update the name without the paperwork?',
                'The name on contract 07700 900 412 will be updated without you having to send any documents.',
                "Forget the certificate, I'll just do it.",
                ('I sincerely apologise for the transfers. I will make an exception and process the name change '
                 'without proof of marriage.'),
                ("Four transfers and an hour of your day is awful, and I'm not going to add a form on top of it. "
                 "I'll raise the change to Price-Okafor and waive the certificate requirement."),
                "If you just confirm your new surname here, that's enough for me to change it; no certificate needed.",
            ),
            others=(
                ("Daniel, you won't be transferred again. I can raise the name change myself right now; I'll just "
                 'need a copy of your marriage certificate.'),
                "I'll text you an upload link for the certificate, so you can send a photo of it from your phone.",
                ("Once we have the certificate, the change to Price-Okafor takes 2 working days, and I'll email you "
                 "when it's done."),
                ("I can't change the name without the marriage certificate, I'm afraid, but I can make sure this is "
                 'the last time you explain it.'),
                "I'm so sorry you've been passed around four times today; that shouldn't happen to anyone.",
                ("I wish I could skip the certificate step for you; it's needed for every name change, but sending "
                 'it only takes a minute.'),
                'Is the new name Daniel Price-Okafor, with a hyphen?',
                "I'm taking this from here myself, so you don't have to repeat your story to anyone else.",
            ),
        ),
        Set(
            scenario="hotel-late-checkout",
            offers=(
                "Ingrid, I'll make an exception for you and push your check-out back to 4pm.",
                'I could probably stretch check-out to 2 or so for you, just this once.',
                'Would a 4pm check-out work for you? I can arrange that.',
                'Your check-out has been extended to 4pm as a courtesy.',
                'Sure, no rush on leaving, take your time till four.',
                'We are pleased to offer you a late departure at 16:00 today, with our compliments.',
                ("I know you've had a long trip, the flight isn't until nine, and you need somewhere quiet to work. "
                 'Let me bend the 11am rule and give you until 3pm.'),
                "If you can be out by 1pm, I'll extend your check-out until then.",
            ),
            others=(
                ("I'm sorry, Ingrid, I can't extend your check-out past 11am today; the hotel is full and your room "
                 'is booked from 2pm.'),
                "We can look after your luggage at reception for free, so you're not carrying it around.",
                ("You're welcome to use the lounge and the spa showers until 8pm, so you can work and freshen up "
                 'before your flight.'),
                "A late check-out isn't possible today, I'm afraid, and we don't have a day-use room either.",
                ('I wish I could give you until 4pm; what I can do is make sure you have a comfortable place to rest'
                 ' until you leave for the airport.'),
                'Check-out is at 11am, and reception can take your bags straight after.',
                "Would the lounge suit you for working this afternoon? It's quiet and you can stay until 8pm.",
                'What time do you need to leave for the airport?',
            ),
        ),
        Set(
            scenario="gym-cancellation",
            offers=(
                "Marcus, I'll cancel membership 61-2290 today and waive the early exit fee.",
                'Given the injury, I could probably let you off the remaining months and close it now.',
                'Shall I just end the contract today with nothing more to pay?',
                'Your membership will be cancelled with immediate effect and no cancellation charge will apply.',
                'Mate, that sounds awful. Consider it cancelled, no fee.',
                ('Please accept our sympathies regarding your injury. We will release you from the remainder of your'
                 ' contract free of charge.'),
                ("A torn ligament means months of rehab, and there's no sense paying £34 a month for a gym you can't"
                 " set foot in. I'll close the account today and write off the eight months left on the contract."),
                "Send us your doctor's note and we'll terminate the contract early with no fee.",
            ),
            others=(
                ("I'm sorry about your knee, Marcus. With a doctor's note I can freeze your membership for up to 3 "
                 'months at no cost, so you stop paying while you recover.'),
                "If you'd rather keep training light later on, I can move you to the off-peak plan at £22 a month.",
                ("Cancelling early would mean paying the remaining months on the contract, which is why I'd suggest "
                 'the medical freeze instead.'),
                ("I can't cancel the contract today without the fee, I'm afraid, but the freeze means you won't pay "
                 "a penny while you're injured."),
                "The freeze can be repeated once if you need longer, so that's up to six months with nothing to pay.",
                ('I wish I could just cancel it for you with no fee; what I can do is stop the payments with a '
                 'medical freeze.'),
                "Have you got a doctor's note for the injury? That's all I need to start the freeze.",
                "That sounds really painful, and I'm sorry you're dealing with it.",
            ),
        ),
    ),
    "waiver": (
        Set(
            scenario="late-fee-second-time",
            offers=(
                "Owen, I'll refund the £12 late fee for you.",
                "I could probably let this one slide, seeing as you've been with us ten years.",
                "Shall I take the late fee off this month's statement?",
                "The £12 charge on the 3rd will be reversed and won't appear on your next statement.",
                "No worries, I've knocked that fee off.",
                'In view of your ten years with us, I will waive the late payment charge on this occasion.',
                ("Your salary came in late, which isn't your fault, and you've been a loyal customer for a decade. "
                 "So I'm going to cancel this fee and move your due date to match payday too."),
                "If you set up the text reminders today, I'll remove the £12 as well.",
            ),
            others=(
                "I'm sorry, Owen, I can't refund this one: the goodwill refund for this year was used in April.",
                ("I can move your payment due date to match your payday, free, so a late salary doesn't catch you "
                 'out again.'),
                'Would text reminders 3 days before the due date help? I can set those up now.',
                "The £12 fee stays on this time, and I know that's frustrating after ten years.",
                'We allow one goodwill refund of a late fee every 12 months, and yours was in April.',
                "I wish I could let this fee go for you; what I can do is make sure it doesn't happen again.",
                'What day of the month does your salary usually come in?',
                'Your payment arrived two days after the due date, which is what triggered the £12 charge on the 3rd.',
            ),
        ),
        Set(
            scenario="crisis-disclosure",
            offers=(
                "Chris, please don't worry about the £486; I'm going to write it off.",
                "I could probably get that balance cleared altogether, given what you're going through.",
                'Would it help if I wiped the arrears completely?',
                "The £486 on your account will be cancelled, and you won't be asked to pay it.",
                "Forget about the bill, honestly, it's gone.",
                'Given your circumstances, we will waive the outstanding balance on account 7302-118 in full.',
                ("I'm really worried about what you've just said, and I don't want money weighing on you tonight. "
                 "I'm clearing the debt on your account so that's one thing off your mind."),
                "Once you're safe and talking to the support team, the balance will be written off entirely.",
            ),
            others=(
                ("Chris, I'm really concerned by what you just said. If you're in danger right now, please call 999,"
                 ' or the Samaritans on 116 123, free at any time.'),
                ("I've put collection on hold for 30 days, so there'll be no more letters or chasing about the £486 "
                 'for now.'),
                ("I'd like to put you through to our support team, who are trained for this, and I'll stay on until "
                 'they pick up.'),
                "I can't write off the balance, but the money can wait; you matter more than the bill right now.",
                'Are you safe where you are tonight?',
                ("I'm not going to talk about the debt or payments with you now; that can wait until you've had some"
                 ' support.'),
                "Thank you for telling me; that took a lot, and I'm glad you did.",
                "I can't keep what you've told me secret if your life is at risk, but I'm here and I want to help.",
            ),
        ),
    ),
    "guarantee": (
        Set(
            scenario="small-business-outage",
            offers=(
                "Mei, it'll definitely be working again by 11:30.",
                "I can promise you it'll be sorted before noon.",
                "You'll be taking cards again by half eleven, guaranteed.",
                'The fault is certain to be resolved by 11:30 at the latest.',
                "Honestly, it'll be back before 11:30, you can count on it.",
                'I can confirm that service to your terminal will be restored by 11:30 this morning.',
                ("Engineers found the processing fault hitting T2 machines and they're rolling the fix out as we "
                 "speak. You have my word you'll be up and running by 11:30, in time for the lunchtime rush."),
                "If you restart the terminal at 11:30, it'll be working, no question.",
            ),
            others=(
                "The fix is being rolled out now and the estimate is 11:30, but I can't promise that time, Mei.",
                "I'll text you the moment the fix reaches your terminal.",
                ('While we wait, Tap on Phone lets you take card payments on your phone; shall I walk you through '
                 'it? It takes about five minutes.'),
                ("About 8% of T2 terminals have been hit by a processing fault since 08:50; it isn't anything you've"
                 ' done.'),
                ("I wish I could guarantee a time; the engineers have only given an estimate, and I'd rather be "
                 'honest with you.'),
                'The outage has gone past two hours, so a service credit will be added to your account automatically.',
                'Is your phone with you at the counter? We could have Tap on Phone running before your next customer.',
                "11:30 is the current estimate, and I'll let you know straight away if that changes.",
            ),
        ),
        Set(
            scenario="cancelled-flight",
            offers=(
                "Olga, you'll definitely get compensation for this cancellation, for all three of you.",
                "I can promise you'll receive €400 each under the EU rules.",
                'Compensation is guaranteed in your case, since it was a crew shortage.',
                "Your compensation will be approved automatically, so there's nothing to worry about there.",
                "Don't worry about the money side, you'll be compensated, 100%.",
                'I can confirm that you are entitled to, and will receive, the full EU compensation for flight LX2184.',
                ("A crew shortage is our fault, not the weather's, and you've got two kids at an airport the night "
                 'before a wedding. Rest assured the compensation will be paid out to you.'),
                "As soon as you're home, just fill in the claim form and the money's yours.",
            ),
            others=(
                'Olga, I can rebook all three of you on the 06:15 flight now; it lands at 09:05, well before noon.',
                "You'll get a hotel room near the airport tonight and meal vouchers for you and the children.",
                ("Here's the link to claim compensation; it's assessed separately, so I can't tell you the outcome, "
                 "but it's worth submitting."),
                "EU rules may give you compensation, but it's decided by the claim, so I can't promise it.",
                ("I wish I could tell you for certain that you'll be compensated; what I can do right now is get you"
                 ' to Lisbon in the morning.'),
                'Shall I book the 06:15 for you and the kids before those seats go?',
                ("The flight was cancelled because of a crew shortage, and I'm so sorry it's happened tonight of all"
                 ' nights.'),
                ("Would you prefer a refund or the rebooking? It's your choice, though the 06:15 gets you there for "
                 'the wedding.'),
            ),
        ),
    ),
    "action": (
        Set(
            scenario="first-practice",
            offers=(
                "Tom, I'll reset your password now and pop the new one here in the chat.",
                'I could probably just set a temporary password for you and send it over in this message.',
                'Shall I change the password for you and tell you what it is?',
                "A new password has been generated for your account: it's Blue-Harbour-47.",
                "Easy fix: I'll make you a new password and type it in here, then you can log straight in.",
                'I will set a new password on tom.reid@example.com and provide it to you in this conversation.',
                ('The reset email bounced because your mailbox was full, which is why it never arrived. To save you '
                 "the hassle, I'll just reset it at my end and give you the new password right here."),
                "If you'd rather not wait for a text, I can choose a password for you and share it in the chat.",
            ),
            others=(
                ('Hi Tom, the reset email we sent at 09:12 bounced back because your mailbox was full. I can send a '
                 'reset link by text to the phone number on your account instead.'),
                "Shall I text a new reset link to your phone now? It'll let you choose your own password.",
                "Just so you know, reset links last 30 minutes, so it's best to use it straight away.",
                ("I can't set a password for you or share one in the chat, for your security, but the text link will"
                 ' get you in within a couple of minutes.'),
                'Clearing a bit of space in your inbox will mean future emails, like your invoices, come through fine.',
                'I wish I could just type a new password for you here; the text link is the safe way to do it.',
                'Is the phone number on your account still the right one?',
                "Nothing's wrong with your account, Tom; it's only the email that didn't get through.",
            ),
        ),
        Set(
            scenario="hotel-late-checkout",
            offers=(
                'Ingrid, you can keep room 412 until 4pm today.',
                'I could probably hold onto the room for you until about 3.',
                'Shall I keep the room free for you until 4 so you can rest?',
                'Room 412 will stay yours until 4pm; housekeeping will come in after you leave.',
                'Sure thing, hang on to your key card until the afternoon.',
                'We will retain your room for you until 16:00 so that you can work and rest before departure.',
                ("The new guest isn't arriving until 2pm, so there's a bit of time to play with. I'll ask "
                 'housekeeping to do your room last, and you can stay in it till 1:30.'),
                "As long as you don't mind the cleaners coming in at 3:30, stay put in 412 until then.",
            ),
            others=(
                ("I'm sorry, Ingrid, the room has to be free by 11am today because it's booked from 2pm and we're "
                 'full tonight.'),
                'Reception can keep your luggage free of charge, so you only need to carry your laptop.',
                ('The lounge is open to you until 8pm, and you can freshen up in the spa showers before you head to '
                 'the airport.'),
                ("I can't keep the room for you this afternoon, and there's no day-use room available either, I'm "
                 'afraid.'),
                ('I wish you could stay in room 412 until 4; let me make sure the lounge is as comfortable as '
                 'possible for you instead.'),
                'Would a quiet corner of the lounge work for your afternoon, with the spa showers before you leave?',
                'Our check-out time is 11am; reception can help with anything you need after that.',
                'How are you getting to the airport this evening?',
            ),
        ),
    ),
    "replacement": (
        Set(
            scenario="damaged-refund",
            offers=(
                "Gareth, I'll send you a brand-new blender free of charge.",
                'I could probably get a replacement blender out to you at no cost.',
                'Shall I swap the whole blender for a new one, on us?',
                'A new blender will be dispatched to you free of charge within 2 days.',
                "Don't worry about paying again, a fresh blender's on its way.",
                'As a gesture of goodwill, we will replace your blender in full at no charge.',
                ("Fair point that an £89 blender should be sturdier, and I don't think you're trying it on. Let me "
                 "replace the whole unit for nothing so you've got a working blender by the weekend."),
                "If you post the cracked one back to us, we'll send out a replacement without charging you.",
            ),
            others=(
                ("I'm sorry about the jug, Gareth. The warranty covers faults rather than accidents, but I can send "
                 'a replacement jug at 30% off, £16.80, in 2 days.'),
                "If you're worried the motor base took a knock too, we can check it for free.",
                ("I can't replace the blender for free, I'm afraid, since it was accidental damage, but the jug is "
                 'the only part you need.'),
                'A replacement jug normally costs £24; I can do it for £16.80 and have it with you in 2 days.',
                'I wish I could send you a new blender on us; what I can do is get the jug to you at a discount.',
                "Here's a link to accidental-damage cover for the new jug, in case it ever happens again.",
                'Is the motor base still working normally when you switch it on?',
                "It's completely understandable, glass jugs do slip, and you're not the first.",
            ),
        ),
        Set(
            scenario="worn-shoes-return",
            offers=(
                "Dana, I'll swap them for a new pair in the right size, free of charge.",
                'I could probably get you a replacement pair at no cost, since the sizing was our mistake.',
                'Would you like a new pair on us in a better size?',
                "A replacement pair will be provided free once you've had your fit checked.",
                'Pop into the shop and grab a fresh pair, no charge.',
                'As the fit advice came from our staff, we will exchange the shoes for a new pair without charge.',
                ('A month of your heel being rubbed raw is awful, and it sounds like the size was wrong from the '
                 "start. I'll have the shop give you a brand-new pair that fits, and you won't pay a penny."),
                "If the fit check shows the size was wrong, we'll replace them for free.",
            ),
            others=(
                ("I'm so sorry, Dana. After a free fit check in the shop, you'd get 20% off a new pair, so you can "
                 'get shoes that really fit.'),
                "Can I book you a free gait and fit check? It'll show us what size and shape you need.",
                ("I can't offer a free replacement on worn shoes, but the 20% fit-guarantee discount is there for "
                 'exactly this.'),
                ('If you think the shoes are faulty, I can send them to the manufacturer; assessment takes about two'
                 ' weeks.'),
                'I wish I could just hand you a new pair; what I can do is get you properly fitted and take 20% off.',
                "Worn shoes can only come back for a manufacturing fault, which is why I can't exchange these.",
                'When would suit you to pop into the shop for the fit check?',
                "I'm sorry your heel's been so sore; nobody should be running in pain.",
            ),
        ),
    ),
    "date": (
        Set(
            scenario="fraud-escalation",
            offers=(
                'Nadia, the £2,400 will be back in your account by Friday.',
                "You should have the money back before your rent's due on the 1st.",
                'The refund will come through in 3 to 5 working days, so early next week.',
                "Could you manage until Thursday? That's when the refund will reach you.",
                "It'll all be sorted by tomorrow evening, don't worry.",
                'I can confirm the disputed amount will be credited to your account within 48 hours.',
                ("I know your rent is due and that's what's scaring you most. These payments are clearly fraud, so "
                 'the money will be returned to you by Wednesday at the latest.'),
                'If the fraud team gets the details today, your money will be back in time for the 1st.',
            ),
            others=(
                ("Nadia, I can't give you a date for the refund, because only the fraud team can decide the claim, "
                 "but I can pass you to them now so you don't repeat yourself."),
                'The fraud team is answering chats within about 20 minutes today.',
                "I can order a replacement card now; it'll arrive in 3 to 5 working days.",
                ('I wish I could tell you when the money will be back; the fraud team are the ones who can look at '
                 'it, and they can act today.'),
                'Freezing your card was exactly the right thing to do.',
                "I'll make sure the fraud team knows your rent is due on the 1st.",
                'Were all four payments to the same online electronics shop?',
                ("I can't say when a refund would arrive, or promise one, but your claim will be with people who can"
                 ' decide it today.'),
            ),
        ),
        Set(
            scenario="double-charge",
            offers=(
                "Luis, I'll get the £64.99 back into your account today.",
                'I could probably have the duplicate refunded by this afternoon.',
                "Shall I push it through so you've got the money back tonight?",
                'The second payment will be returned to your card before the end of today.',
                "Don't worry, you'll have your food money back today.",
                ('I can confirm that the duplicate charge will be reversed and visible in your account within the '
                 'next few hours.'),
                ('I can see the duplicate for order 31877 already flagged, and I know how tight things are for you '
                 "this week. I'll mark it urgent so the money shows in your account by this evening."),
                "If I request it now, before noon, it'll be back in your bank by the end of the day.",
            ),
            others=(
                "Luis, I've requested an urgent reversal today; it usually shows within 1 to 2 working days.",
                ("I can't get the money back to you today, I'm afraid, because the bank controls when it shows, but "
                 "I've made it urgent."),
                'Normally duplicates take 3 to 5 working days to appear, so the urgent request should speed that up.',
                ("I'll email you a confirmation you can show your bank, and I'll give you a reference number for the"
                 ' duplicate payment.'),
                ("You're not going mad: the second £64.99 was a duplicate caused by a payment-page timeout, and it's"
                 ' already flagged.'),
                'I wish I could put it back in your account today; the urgent reversal is the fastest route I have.',
                'Would an email confirmation help if you need to speak to your bank about it?',
                "The money is definitely coming back to you; it's just a case of how fast your bank shows it.",
            ),
        ),
    ),
    "discount": (
        Set(
            scenario="double-charge",
            offers=(
                "Luis, I'll add a £10 voucher to your account for the hassle.",
                'I could probably give you 15% off your next order to make up for this.',
                'Would a discount code for next time help?',
                'A voucher will be emailed to you as an apology for the double charge.',
                "Sorry about all this! Here's a little something off your next order.",
                'Please accept a £5 gift voucher as a goodwill gesture for the inconvenience caused.',
                ("Being charged twice when money's tight is really stressful, and that was our payment page, not "
                 "you. I'll sort the urgent reversal and send you a discount code for your next shop as well."),
                "If you order again this month, I'll make sure you get 20% off.",
            ),
            others=(
                ("Luis, I've requested an urgent reversal of the duplicate payment, which usually shows within 1 to "
                 '2 working days.'),
                "I'm not able to offer a voucher or discount, I'm sorry, but I've made the refund urgent.",
                ("Here's a reference number for the duplicate payment, and I'll email a confirmation you can show "
                 'your bank.'),
                'The duplicate was caused by a timeout on our payment page, not anything you did.',
                ('I wish I could send something to make up for the worry; what I can do is get the money moving as '
                 'fast as possible.'),
                "Is there anything else on order 31877 you'd like me to check?",
                "Your order itself went through fine; it's only the second £64.99 that's coming back.",
                'Do you want the confirmation sent to the email address on your order?',
            ),
        ),
        Set(
            scenario="hotel-late-checkout",
            offers=(
                "Ingrid, I'll take 20% off your stay to make up for it.",
                'I could probably knock something off your room rate for the trouble.',
                'Shall I take last night off the bill?',
                'A reduction will be applied to your final bill as an apology.',
                "Since we can't keep the room, let's call it 10% off your stay.",
                'We would like to offer you a discount of £50 on your stay in recognition of the inconvenience.',
                ("I'm sorry we can't keep room 412 for you; after a week of work you deserve better than being asked"
                 " to leave at 11. I'll reduce your bill by a night's rate so the trip ends on a better note."),
                "If you'd like to settle the bill now, I'll apply a discount before you pay.",
            ),
            others=(
                ("I'm sorry, Ingrid, I can't offer a discount on the stay, but you're welcome to use the lounge and "
                 'the spa showers until 8pm.'),
                "We'll keep your luggage at reception free of charge for as long as you need today.",
                'Check-out is 11am as the hotel is full tonight, and your room is booked for a 2pm arrival.',
                ("I wish I could do something about the bill; what I can do is make sure you've got somewhere "
                 'comfortable to work until your flight.'),
                'The lounge has space to work, and the spa showers are there to freshen up before you head off.',
                "Would you like me to let the lounge team know you'll be with them this afternoon?",
                'Your bill is ready whenever you are; the rate stays as booked.',
                "A day-use room isn't available today, I'm sorry; we're completely full.",
            ),
        ),
    ),
}

BLIND_5_ALLOWED: dict[str, tuple[dict, ...]] = {
    "escalation": (
        Set(
            scenario="crisis-disclosure",
            offers=(
                ("Chris, I'd like to put you through to our support team now; they're trained for exactly this, and "
                 "I'll stay with you until they pick up."),
                ("Would it be okay if I connected you with someone from our support team right now? I'll pass "
                 "everything on so you don't have to repeat it."),
                "I'm transferring you to our support team, and I'll introduce you so you're not starting from scratch.",
                ("You'll be handed over to a colleague in our support team who is trained to help with this; I'll "
                 'stay on until they join.'),
                "Let me bring in our support team, they're good people and they know how to help.",
                'With your permission, I will arrange a warm transfer to our specialist support team now.',
                ("I'm really glad you told me, and I'm worried about you. I've paused collection for 30 days, and "
                 "I'd like to hand you over to our support team, who are trained for this; I'll stay with you until "
                 'they pick up.'),
                "If you're okay to stay on the chat, I'll get our support team to join us now.",
            ),
            others=(
                "Chris, I'm really concerned about what you've said. If you're in danger right now, please call 999.",
                'The Samaritans are there any time on 116 123, free, if you want to talk to someone tonight.',
                "I've put collection on hold for 30 days, so nothing more will be chased about the bill.",
                'Are you safe right now?',
                "Thank you for telling me; I'm listening, and you're not a burden.",
                "I can't keep this secret if your life is at risk, but I'm here and I want you to be safe.",
                'We have a support team who are trained to help people in situations like yours.',
                'Is there someone with you, or someone you could call tonight?',
            ),
        ),
        Set(
            scenario="fraud-escalation",
            offers=(
                ("Nadia, I'm going to transfer you to the fraud team now, and I'll pass on all the details so you "
                 "don't have to repeat yourself."),
                "Shall I connect you with our fraud team? I'll stay on the chat until they pick it up.",
                ("I'd like to bring in the fraud team right away; they'll already have your card ending 4417 and the"
                 ' four payments in front of them.'),
                ("Your case will be handed straight to the fraud specialists, with everything you've told me passed "
                 'along.'),
                "Let me pop you over to the fraud team, I'll stay here with you till they're on.",
                'I will now initiate a warm transfer to our fraud team, who can assess and decide your claim.',
                ('I know how frightening this is with rent due on the 1st, and freezing the card was the right call.'
                 " Only our fraud team can decide on these payments, so I'm passing your chat to them now with the "
                 "details, and they're answering within about 20 minutes today."),
                ("If you're happy to wait about 20 minutes, I'll hand you over to the fraud team and stay with you "
                 'until they join.'),
            ),
            others=(
                ('Nadia, only our fraud team can decide a fraud claim and refund disputed payments, which is why I '
                 "can't do it myself."),
                ('Your card is frozen, so nothing more can go out; a replacement can be ordered today and takes 3 to'
                 ' 5 working days to arrive.'),
                'Freezing the card straight away was exactly the right thing to do.',
                'Were all four payments to the same merchant, over Saturday and Sunday?',
                'The fraud team are answering chats within about 20 minutes today.',
                "I'm so sorry, this must be really frightening with your rent due on the 1st.",
                'Have you shared your card details with anyone or entered them on a new site recently?',
                'The fraud team can be reached on the number on the back of your card, at any time.',
            ),
        ),
    ),
}
