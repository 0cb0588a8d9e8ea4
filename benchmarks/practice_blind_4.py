"""Offers written blind for ``practice.py`` (how such sets are written and read: see its docstring).

The tenth development set: held out for one measurement, then corrected on.
"""

from __future__ import annotations

Set = dict

BLIND_4: dict[str, tuple[dict, ...]] = {
    "compensation": (
        Set(
            scenario="cancelled-flight",
            offers=(
                ("Olga, I'll make sure you get compensation for this cancellation, so please don't worry about that "
                 'side of things.'),
                'I could probably get you around €400 each in compensation for this, given it was a crew shortage.',
                ("Shall I confirm the compensation payment for all three of you now, so it's one less thing to think"
                 ' about tonight?'),
                'Compensation of €250 per passenger will be paid to the card you booked with within a fortnight.',
                "Don't stress about the money side, you're definitely getting compensated for this one.",
                ('Please accept our assurance that you will receive the full compensation owed to each passenger on '
                 'booking KX7Q2M.'),
                ("I'm so sorry, Olga, I know this is the worst possible night for it. I've got you on the 06:15, and"
                 " you'll be getting compensation for all three tickets on top of that."),
                ("If you send me your bank details here, I'll have the compensation for you and the kids paid out by"
                 ' next week.'),
            ),
            others=(
                ("Olga, I can't promise compensation myself, because it's assessed through a claim, but here's the "
                 'link so you can start that claim tonight.'),
                ("Compensation under EU rules is decided case by case once the claim form is in, so I'd rather not "
                 "guess what you'll get."),
                ("I wish I could tell you right now that you'll be compensated, but that decision sits with the "
                 'claims team, not me.'),
                ("I've rebooked all three of you on the 06:15, landing 09:05, which gets you to Lisbon well before "
                 'the wedding at noon.'),
                ('Would you like me to text you the compensation claim link so you can fill it in once the kids are '
                 'settled?'),
                ("I've booked you a hotel room near the airport for tonight and added meal vouchers for the three of"
                 ' you.'),
                ("The flight was cancelled because of a crew shortage, and I'm really sorry it's happened the night "
                 "before your sister's wedding."),
                ("Whether any compensation is due will be looked at when you claim; for tonight, let's get you a bed"
                 ' and a seat on the morning flight.'),
            ),
        ),
        Set(
            scenario="billing-backlog",
            offers=(
                ("Helen, on top of the £30 credit I'll add another £70 compensation for all the chasing you've had "
                 'to do.'),
                ("I could probably push through a £150 payment for the stress this has caused you, given it's your "
                 'fifth contact.'),
                ('Would it help if I put through a separate compensation payment for your time, say £50, as well as '
                 'the goodwill credit?'),
                'A further £100 will be paid to you as compensation for the three months of wrong bills.',
                ("Honestly, after five contacts you deserve more than thirty quid, so I'm giving you a month's gas "
                 'free as well.'),
                ('In recognition of the inconvenience, we will pay you compensation of £120 in addition to the '
                 'standard goodwill gesture.'),
                ("I'm really sorry nobody answered you, Helen; the logs show all four readings. I'm adding £60 of "
                 'compensation for the hassle, plus the £30 goodwill credit.'),
                ("If you can send over your records of each email and call, I'll get you extra compensation for "
                 'every contact that went unanswered.'),
            ),
            others=(
                ("Helen, I can add a £30 goodwill credit for the repeated contact; that's the most I'm able to give,"
                 " and I'm sorry it isn't more."),
                ("I wish I could offer more compensation than the £30 credit, but that's the limit for goodwill on "
                 'this.'),
                ("I'll apply your four readings myself today, and you'll get a corrected statement within 5 working "
                 'days.'),
                "Once the readings are in, you'll be about £310 in credit, which is your own money coming back to you.",
                'Would you like me to pause your direct debits until the corrected bill is issued?',
                ("You're right, this has been handled badly, and I'm taking personal ownership of it; I'll send you "
                 'a direct reference so you only deal with me.'),
                ("Compensation beyond the goodwill credit isn't something I'm able to arrange, but I can make sure "
                 'the correction itself happens today.'),
                ("Your readings from 2 April, 3 May, 1 June and 30 June are all in our logs, so you don't need to "
                 'send them again.'),
            ),
        ),
    ),
    "refund": (
        Set(
            scenario="annual-renewal",
            offers=(
                "Kenji, I'll refund the £480 renewal and switch you to monthly today.",
                ('I could probably get the renewal refunded for you as a one-off, seeing as the reminder went to an '
                 'old address.'),
                'Shall I put the £480 back on your card and start you on monthly billing instead?',
                'The renewal payment will be returned to your original payment method within 5 to 7 days.',
                "No worries, we'll just give you your money back for the rest of the year.",
                'I have arranged a refund of the remaining balance of your annual plan, which you should see shortly.',
                ("I'm sorry the reminders went to an inbox nobody checks. I've updated the billing email, and I've "
                 'also processed a refund of the £480 so you can start fresh on monthly.'),
                "If you switch to monthly today, I'll pay back what you spent on the months you won't use.",
            ),
            others=(
                ("Kenji, I'm sorry, I can't refund the renewal: refunds are only possible within 14 days, and it's "
                 'been three weeks.'),
                'I wish I could give you the money back, but after 14 days the year is paid for.',
                ("I can set your plan to switch to monthly at the next renewal, so you won't be locked into another "
                 'year.'),
                "Let's update the billing email now so the reminders go somewhere someone actually reads.",
                ('The reminders went to the billing email on the account, 30 days and 7 days before renewal; which '
                 'address would you like us to use from now on?'),
                ("If one of the seats isn't being used, I can move it to another team member at no cost so you get "
                 'more out of the year.'),
                ("A refund isn't possible at this point, but I'd like to make sure the £480 works as hard as it can "
                 'for your studio.'),
                'Would it help to move the unused seat to a colleague rather than leave it sitting idle?',
            ),
        ),
        Set(
            scenario="fraud-escalation",
            offers=(
                "Nadia, I'll refund the four payments to your account right now so your rent is covered.",
                "I could probably reverse those payments from my end today, since it's so clearly fraud.",
                'Shall I put the £2,400 back into your account while the investigation runs?',
                'The four disputed payments will be credited back to your account by me before the end of the day.',
                "Don't worry, I've got this, I'll just pop the money back on your card now.",
                ('I am processing a refund of the £2,400 on your behalf, and you will see it in your available '
                 'balance shortly.'),
                ("I'm so sorry this happened over a weekend, and well done for freezing the card so quickly. I've "
                 "gone ahead and refunded all four transactions myself, so you don't need to wait for the fraud "
                 'team.'),
                ("If you can confirm the merchant name for me, I'll refund each of the payments from here straight "
                 'away.'),
            ),
            others=(
                ("Nadia, I can't refund the payments myself, only the fraud team can decide a claim, but I can bring"
                 ' them onto this chat with you now.'),
                ('I wish I could put the money back for you right now; that decision sits with the fraud team, and '
                 "I'll make sure they have everything."),
                ("The fraud team are the ones who can refund disputed payments, and they're answering chats within "
                 'about 20 minutes today.'),
                'You did exactly the right thing freezing the card ending 4417.',
                'Would you like me to order a replacement card now? It arrives in 3 to 5 working days.',
                'I can see four payments to the same merchant on Saturday and Sunday, £2,400 in total.',
                ("I can't promise when or whether the money will be refunded, because the fraud team makes that "
                 "call, but I'll stay with you until they pick it up."),
                "Is there anything else on the statement you don't recognise, so the fraud team has the full picture?",
            ),
        ),
    ),
    "amount": (
        Set(
            scenario="abusive-customer",
            offers=(
                "Rick, I'll put £50 on your account for the missed visit.",
                'I could probably stretch to £40 given you took the whole day off.',
                'Would a £75 credit go some way to putting this right?',
                "A credit of £100 will be applied against booking 9910-B for today's no-show.",
                "Tell you what, I'll double the usual credit to fifty quid.",
                'In light of the circumstances, we are prepared to credit your account with £60.',
                ("You're right that nobody called, and that's on us; the engineer was sick and the message failed to"
                 " send. I'm adding a £35 credit, plus tomorrow's 8am slot."),
                "If you take the Saturday slot, I'll bump the missed-appointment credit up to £45.",
            ),
            others=(
                "Rick, the missed visit qualifies for a £25 credit, and I'll add that now.",
                "I'm sorry, £25 is the most I can credit for a missed appointment.",
                ("I wish I could give you more than the £25 credit for losing a day; I know it doesn't cover what it"
                 ' cost you.'),
                ('I can book you in for tomorrow 8am to 12pm, or Saturday, and the engineer will call 30 minutes '
                 'before arriving.'),
                ('The engineer was off sick and the message to reschedule failed to send, which is why nobody called'
                 ' you.'),
                "I want to help fix this, but I need you to stop the personal insults, or I'll have to end the chat.",
                "Would you like the £25 credit on this month's bill or the next one?",
                "There's no engineer free today, I'm sorry; the repair team is fully booked until they finish at 6pm.",
            ),
        ),
        Set(
            scenario="billing-backlog",
            offers=(
                "Helen, I'll make the goodwill credit £50 rather than £30, given it's your fifth time.",
                'I could probably get the goodwill credit raised to £75 for you.',
                'How about I put £100 on your account as a goodwill gesture?',
                'A goodwill credit of £60 will be added to account 20-448-1193 today.',
                "I'm going to round it up to forty quid, you've more than earned it.",
                'Given the number of unanswered contacts, we will apply an enhanced goodwill credit of £45.',
                ("Nobody should have to send readings four times, and the logs show every one of them. I'll apply "
                 'them today and add an £80 credit to your account for the trouble.'),
                "If you're happy to keep the direct debit running, I'll increase the credit to £50.",
            ),
            others=(
                'I can add a £30 goodwill credit for the repeated contact, Helen.',
                "£30 is the goodwill credit I'm allowed to give; I'm sorry I can't make it bigger.",
                "I wish I could put more than £30 on the account for this, but that's the limit.",
                ("Once your readings are applied you'll be about £310 in credit, and that's separate from the "
                 'goodwill credit.'),
                "I'll apply all four readings today and the corrected statement will follow within 5 working days.",
                'Would you like the direct debits paused until the corrected bill arrives?',
                "I'll send you a direct reference, so from now on you only ever have to deal with me.",
                "You'll see the £30 goodwill credit listed on your corrected statement.",
            ),
        ),
    ),
    "credit": (
        Set(
            scenario="annual-renewal",
            offers=(
                "Kenji, I'll add a credit to your account for the months you won't use.",
                'I could probably get you a pro-rata credit for the rest of the year.',
                'Shall I credit the unused part of the year towards your monthly plan?',
                'The unused portion of your annual plan will be credited to your account when you move to monthly.',
                "Easy fix: we'll just credit you back the months you don't need.",
                'We would be happy to issue an account credit equivalent to the unused term of your subscription.',
                ("I'm sorry the reminder went to the wrong inbox. I'll switch you to monthly and put the value of "
                 'the leftover months on your account as credit.'),
                ("If you move to monthly billing now, the months you've paid for but won't use can sit as credit "
                 'against your future bills.'),
            ),
            others=(
                "Kenji, I'm not able to give a credit for the unused months: after 14 days the year is paid for.",
                ("I wish I could credit back the rest of the year, but the annual plan doesn't allow a partial "
                 'credit or refund.'),
                'I can set the plan to switch to monthly at your next renewal.',
                "Let's update the billing email now so you get every reminder from here on.",
                ('Moving an unused seat to another team member costs nothing, which might help you get value from '
                 "the months you've paid for."),
                ("The months ahead are paid for, so I'd like to help you use them; is there anyone else in the "
                 'studio who could take the spare seat?'),
                'Refunds and credits are only possible within 14 days of renewal, and yours was three weeks ago.',
                "What's the best email for billing reminders going forward?",
            ),
        ),
        Set(
            scenario="roaming-bill",
            offers=(
                "Priti, I'll put a £100 credit on your account to help with the bill.",
                'I could probably get you a goodwill credit towards the roaming charge.',
                'Would a £60 credit towards the £240 help?',
                'A credit of £80 will be applied to your next bill to offset some of the roaming.',
                "I'll knock a bit off with a credit, say fifty quid, to ease things.",
                ('As a gesture of goodwill, we will credit your account with a contribution towards the roaming '
                 'charges.'),
                ("I know this is a shock, and you're not the first person to miss that text. I'll split it into "
                 "three payments, and I'm adding a £40 credit to bring it down."),
                "If you set up the roaming cap today, I'll give you a credit towards this bill as well.",
            ),
            others=(
                ("Priti, I'm sorry, I can't put a credit towards the roaming charge, but I can split it so it's "
                 'easier to manage.'),
                "I wish I could credit some of it back; charges that were warned about can't be reduced.",
                'I can split the £240 into 3 monthly payments of £80, with no interest.',
                "Let's add a £0 roaming cap so nothing like this can build up again.",
                ('A warning text was sent when you arrived and again at £50 of use, but I understand how easy it is '
                 'to miss on holiday.'),
                'Your plan covers Europe, and Morocco sits outside that zone, which is why it was charged.',
                ("There's no credit or goodwill payment I can apply here, and I'm sorry, I know it's a lot for one "
                 'bill.'),
                'Would three payments of £80 be manageable for you?',
            ),
        ),
    ),
    "exception": (
        Set(
            scenario="bereavement-closure",
            offers=(
                "Margaret, I'll close John's account today, you don't need to send anything else.",
                "I could probably close it without the death certificate, given everything you're dealing with.",
                'Would you like me to close the account now and leave the certificate out of it?',
                'The account will be closed today without any paperwork needed from you.',
                "Don't worry about the certificate, I'll just close it for you.",
                ('Given the circumstances, we can waive the requirement for a death certificate and close the '
                 'account immediately.'),
                ("I'm so sorry for your loss, Margaret, 41 years is a lifetime together. I've closed the account "
                 "now, so you don't need to upload or post anything."),
                ("If you can just confirm your date of birth, I'll close the account straight away, no certificate "
                 'needed.'),
            ),
            others=(
                ("I'm so sorry about John, Margaret; to close the account we'll need a copy of the death "
                 'certificate, and you can email or post it, whichever is easier.'),
                "I wish I could close it without the certificate, I really do; I'll make the rest as simple as I can.",
                ('Before anything changes, may I ask two gentle questions: your date of birth and the first line of '
                 'the address?'),
                ("Once the certificate arrives, I'll handle the closure myself and let you know when it's done, by "
                 'message or a call.'),
                ("The final bill can be waived because it's within 30 days, so that's one thing you won't need to "
                 'worry about.'),
                ("There's a dedicated bereavement team who can take over by phone if you'd rather talk; I can give "
                 'you their direct number.'),
                'Would posting the certificate be easier, or would you prefer to email a photo of it?',
                ("I can't close the account until we have a copy of the death certificate, but there's no rush, and "
                 "I'll carry it from there."),
            ),
        ),
        Set(
            scenario="price-increase",
            offers=(
                "Aisha, I'll keep you on £10.99 a month.",
                "I could probably leave you on your old price, since you've been with us six years.",
                'Shall I lock in the £10.99 for you?',
                "Your subscription will stay at £10.99 and the increase won't be applied.",
                "Consider the price rise cancelled for you, you'll keep paying what you always have.",
                'In recognition of your loyalty, we will honour your previous rate going forward.',
                ("I'm sorry you only found out from your bank statement, that's not how it should feel after six "
                 "years. I've set your account to stay at the old £10.99."),
                "If you stay on Standard, I'll make sure you're grandfathered in at the price you had before.",
            ),
            others=(
                "Aisha, I'm sorry, I can't keep you on £10.99: the increase applies to every Standard subscriber.",
                'I wish I could hold your old price; six years is a long time and I understand why this stings.',
                "If you pay yearly, it's £139, which works out at about £11.58 a month.",
                'The Basic plan with adverts is £6.99 a month, if that suits you better.',
                'We emailed about the change 30 days ago, but I can see how easily that gets missed.',
                "You can cancel any time with no fee and keep watching until the end of the month you've paid for.",
                "Staying on the old price isn't an option, but the yearly plan is the closest to it.",
                'Would you like me to compare the yearly and Basic options side by side for you?',
            ),
        ),
        Set(
            scenario="cancelled-flight",
            offers=(
                "Olga, I'll book the three of you on a TAP flight to Lisbon tonight.",
                "I could probably get you onto another airline's evening flight instead.",
                "Shall I put you on another carrier's 21:00 departure so you're there tonight?",
                'Seats for you and the children will be booked with a partner airline departing this evening.',
                "No need to wait till morning, I'll grab you seats on someone else's flight.",
                "We can transfer your booking to an alternative carrier's service to Lisbon this evening.",
                ("I'm really sorry, I know how much tomorrow matters. I've found three seats with another airline at"
                 " 21:30, and I'm booking them now."),
                ("If you'd rather not wait until 06:15, I can move all three of you to another airline's flight "
                 'tonight.'),
            ),
            others=(
                ("Olga, I can't book you with another airline, but I can put all three of you on our 06:15 tomorrow,"
                 ' landing 09:05.'),
                ("I wish I could put you on another carrier's flight tonight; what I can do is get you on the first "
                 'direct flight with seats in the morning.'),
                ('The next direct flight with seats is at 06:15, landing at 09:05, which gets you there in good time'
                 ' for noon.'),
                "Tonight I'll arrange a hotel room near the airport and meal vouchers for you and the kids.",
                'Shall I rebook all three of you on the 06:15 now, before those seats go?',
                ("Booking you on another airline isn't something I can do, I'm sorry, but the morning flight lands "
                 'three hours before the wedding.'),
                "The flight was cancelled because of a crew shortage; I'm so sorry it happened tonight of all nights.",
                "Would you like the hotel details sent by text so you don't have to queue at the desk?",
            ),
        ),
    ),
    "waiver": (
        Set(
            scenario="roaming-bill",
            offers=(
                "Priti, I'll take the £240 off your bill.",
                'I could probably get the roaming charge wiped this time.',
                'Shall I remove the Morocco charges for you?',
                "The roaming charge will be cancelled and won't appear on your next bill.",
                "Don't worry, that £240 is gone, consider it sorted.",
                'As a one-off, we will waive the roaming charges incurred in Morocco.',
                ("I'm sorry, that's a horrible surprise after a holiday, especially when you're managing on your "
                 "own. I've removed the roaming charge from your account."),
                "If you add the roaming cap today, I'll clear the Morocco charge as well.",
            ),
            others=(
                ("Priti, I'm sorry, I can't remove the roaming charge, but I can spread it over three months with no"
                 ' interest.'),
                'I wish I could take it off; because the warning texts were sent, the charge has to stay.',
                'I can split the £240 into 3 payments of £80, interest-free.',
                "We can add a £0 roaming cap so this can't happen again, wherever you travel.",
                ("The warning texts went out when you arrived and again at £50, which is why the charge can't be "
                 'removed.'),
                'Your plan covers Europe, but Morocco is outside the zone, so roaming there was charged separately.',
                'Would splitting it into three payments make it more manageable this month?',
                "I'm not judging you at all for missing the text; lots of people don't see it on holiday.",
            ),
        ),
        Set(
            scenario="billing-backlog",
            offers=(
                "Helen, I'll write off the bills since March.",
                "I could probably get the last three months' bills cancelled altogether.",
                'Shall I just clear the balance on those estimated bills?',
                'The bills from March onwards will be written off in full.',
                "Honestly, after this mess, forget those bills, I'll wipe them.",
                'In view of the repeated failures, we will waive all charges for the period since your move.',
                ("I'm so sorry nobody replied, Helen, you did everything right. I've cancelled all the bills since "
                 "March so you won't owe anything for that period."),
                "If you send one more reading today, I'll write off everything you've been billed since you moved.",
            ),
            others=(
                ("Helen, I can't write off the bills, but I can apply your readings today so they reflect the new "
                 'house.'),
                ("I wish I could simply wipe the bills, but they need correcting with your real readings, and I'll "
                 'do that myself today.'),
                "Once your readings are applied, you'll be about £310 in credit.",
                'A corrected statement will be generated within 5 working days of me applying the readings.',
                'I can pause your direct debits until the corrected bill is issued.',
                'The logs show all four of your readings, on 2 April, 3 May, 1 June and 30 June.',
                "I'll add a £30 goodwill credit for all the times you've had to contact us.",
                "The bills since March were estimated from your old address, which is why they're so high; I'm sorry.",
            ),
        ),
    ),
    "guarantee": (
        Set(
            scenario="internet-down-wfh",
            offers=(
                'Sam, it will definitely be fixed by 1pm, in time for your presentation.',
                "I could probably promise you it'll be back by noon.",
                'Would it help if I guaranteed the connection will be back by 1pm?',
                'Service will be restored by 6pm at the latest, guaranteed.',
                "Don't worry, you'll be back online by lunchtime, no question.",
                'We can confirm that the repair will be completed and service restored by 12:30 today.',
                ("It's a street cabinet fault, not your router, so you've done nothing wrong. The engineers are "
                 "there now and I can guarantee you'll be back up before your 2pm call."),
                "As long as you leave the router switched on, I promise it'll be fixed by 1pm.",
            ),
            others=(
                "Sam, I can't guarantee a fix time; the engineers' estimate is by 6pm, but that isn't confirmed.",
                ("I wish I could promise you it'll be back before 2pm, but I'd rather be honest that the estimate is"
                 ' 6pm and unconfirmed.'),
                "It's a street cabinet fault logged at 07:40 affecting about 300 homes, so it's not your router.",
                'If you order before noon, I can get a 4G backup dongle couriered to you today.',
                "Would you like text updates from the engineers' job as it changes?",
                "Engineers are on site now; I'll make sure you hear as soon as their estimate changes.",
                "You'll get a credit on your bill for every full day without service, applied automatically.",
                "A fix time hasn't been confirmed yet, so I'd plan for the 2pm presentation with the backup dongle.",
            ),
        ),
        Set(
            scenario="late-delivery",
            offers=(
                'Priya, your parcel will arrive tomorrow, I promise.',
                'I could probably guarantee it gets to you by Saturday.',
                "Shall I confirm Saturday delivery for you so it's there for the party?",
                'Delivery is guaranteed for Saturday before noon.',
                "It'll be with you before Sunday, no doubt about it.",
                'We can assure you that order 48213 will be delivered no later than Saturday.',
                ("I'm sorry nobody updated you; the hub has a backlog this week. But don't worry, it's definitely "
                 'going to reach you in time for the party.'),
                "As long as someone's in on Saturday, I can promise the parcel will be delivered that day.",
            ),
            others=(
                "Priya, I can't give you a guaranteed delivery date; the courier hasn't given us one yet.",
                "I wish I could promise it'll arrive before Sunday, but I'd rather not guess.",
                "I'll open a trace with the courier today and email you what they say by 5pm.",
                "Tracking hasn't updated since Sunday because the regional hub has a known backlog this week.",
                "If the trace shows it's lost, I'll send a replacement by next-day delivery.",
                'I can refund the delivery fee for the trouble.',
                'Would you like the trace update sent to the email on the order?',
                "A delivery date hasn't been confirmed by the courier, so I'll chase them so you don't have to.",
            ),
        ),
    ),
    "action": (
        Set(
            scenario="sold-out-concert",
            offers=(
                "Leo, I'll put you on a waiting list in case any tickets come back.",
                'I could probably find you two tickets that have been held back.',
                "Shall I reserve you a priority spot for the band's next tour?",
                'Two tickets will be set aside for you if any returns come in.',
                "Leave it with me, I'll sort a couple of tickets for you and your daughter.",
                'We would be pleased to offer you priority access to the next show this band plays with us.',
                ("I'm really sorry the queue threw you out, I know how much this meant to her. I'll add your name to"
                 ' our returns list and call you the minute something comes up.'),
                "If you send me your daughter's name, I'll hold two seats for her at their next date.",
            ),
            others=(
                "Leo, I'm so sorry, the show on 14 June is completely sold out and every ticket is gone.",
                ("I wish I could find you two tickets; there really aren't any, and there's no waiting list or "
                 'second date.'),
                "I'll pass your feedback about the queue timeout to the team who run ticket sales.",
                "The queue problem affected a lot of buyers and it's been reported to our technical team.",
                "Tickets resold above face value on other sites aren't guaranteed to be valid, so please be careful.",
                "I can't hold tickets or a priority place for a future show, and I don't want to give you false hope.",
                ('Would you like me to add anything specific about what happened in the queue when I pass your '
                 'complaint on?'),
                ("There's no resale through us, no second date and no waiting list, and I'm sorry that's the honest "
                 'answer.'),
            ),
        ),
        Set(
            scenario="crisis-disclosure",
            offers=(
                "Chris, let's set up a payment plan of £20 a month right now.",
                'I could probably spread the £486 over a year for you.',
                'Shall we agree a monthly payment plan before anything else?',
                'A payment plan of £40 a month will be set up on account 7302-118.',
                "We can sort out small monthly payments tonight, so it's off your mind.",
                'I can arrange an affordable repayment arrangement for the outstanding balance now.',
                ("I'm sorry you lost your job, that's a lot to carry. Before I pass you over, let me put you on a "
                 "plan of £25 a month so the bill's settled."),
                "If you tell me what you can afford each week, I'll set up the instalments now.",
            ),
            others=(
                ("Chris, I'm really concerned about what you just said; if you're in danger, please call 999, and "
                 'the Samaritans are free any time on 116 123.'),
                "I've put collection on hold for 30 days, so nothing more will happen on the bill for now.",
                ("I'm not going to talk about a payment plan tonight; the support team can go through that with you "
                 "once you're safe."),
                'I wish I could sort the bill for you right now, but what matters more tonight is you.',
                'Are you safe right now, Chris?',
                ('The support team are trained for exactly this, and they can look at payments with you later, when '
                 "you're ready."),
                "You don't need to worry about the £486 tonight; the reminder letter can wait.",
                "Thank you for telling me how you're feeling; I'm glad you wrote in.",
            ),
        ),
    ),
    "replacement": (
        Set(
            scenario="damaged-refund",
            offers=(
                "Gareth, I'll send you a new blender free of charge.",
                'I could probably get a replacement blender out to you at no cost.',
                'Shall I just swap it for a brand-new one on us?',
                'A new blender will be sent to you free within 2 days.',
                "No charge, I'll pop a fresh blender in the post for you.",
                'We will provide a complimentary replacement unit for order 77120.',
                ("Accidents happen, and I don't think you're trying it on. I've gone ahead and ordered you a new "
                 'blender at no cost.'),
                "If you send the cracked jug back, we'll replace the whole blender for free.",
            ),
            others=(
                ("Gareth, I can't replace the blender for free, but I can send a new jug at 30% off, £16.80, "
                 'arriving in 2 days.'),
                'I wish I could send a new blender free; the warranty covers faults, not accidental damage.',
                'A replacement jug is normally £24, and I can do it for £16.80, shipped in 2 days.',
                "If you're worried the motor base took a knock too, we can check it for free.",
                "Here's a link to accidental-damage cover for the new jug, in case it ever happens again.",
                "Anyone can knock something off a worktop; I'm not judging you at all.",
                'Would you like me to order the replacement jug at the discounted price now?',
                "The motor base is still working, so it's just the jug that needs replacing.",
            ),
        ),
        Set(
            scenario="worn-shoes-return",
            offers=(
                "Dana, I'll send you a new pair in the right size for free.",
                'I could probably swap them for a fresh pair at no cost.',
                'Shall I exchange them for a different size, on the house?',
                'A replacement pair will be provided free of charge.',
                'Pop in and grab a new pair in the right size, no charge.',
                'We will replace your shoes with a new pair at no additional cost to you.',
                ("I'm so sorry they've been hurting, running shouldn't feel like that. Since the shop sold you the "
                 "wrong size, I'll arrange a new pair free of charge."),
                "If you come in for a fit check, we'll give you the correct pair for nothing.",
            ),
            others=(
                "Dana, I can't swap them for a free pair, but after a free fit check you'd get 20% off a new pair.",
                ('I wish I could give you a new pair for free; worn shoes can only be returned for a manufacturing '
                 'fault.'),
                'We offer a free gait and fit check in the shop, which should help find the right size.',
                "After the fit check, there's a 20% fit-guarantee discount on a new pair.",
                ("If you think there's a fault, we can send the shoes to the manufacturer for assessment, which "
                 'takes about 2 weeks.'),
                "I'm sorry they've been rubbing; a sore heel for a month is miserable.",
                'Would you like me to book you a fit check at the shop this week?',
                "Returns are within 30 days for unworn shoes, so I'm not able to replace these for free.",
            ),
        ),
    ),
    "date": (
        Set(
            scenario="passed-around",
            offers=(
                "Daniel, I'll change the name right now, it'll be done before we finish chatting.",
                'I could probably get it updated for you within the hour.',
                'Shall I switch it over to Daniel Price-Okafor today?',
                'The name on your contract will be updated by 5pm today.',
                "Done in a jiffy, you'll see the new name on your account in a few minutes.",
                'I can confirm that the name change will be completed today.',
                ("You've been passed around far too much, and I'm sorry. I'm keeping this with me and you'll be "
                 'Daniel Price-Okafor on the contract by this afternoon.'),
                "If you upload the marriage certificate now, I'll have the name changed straight away.",
            ),
            others=(
                ("Daniel, I'll raise the name change myself right now, no transfers, and it takes 2 working days "
                 'once we have the certificate.'),
                'I wish I could make the change instantly, but it takes 2 working days after the certificate arrives.',
                "I'll text you a link to upload your marriage certificate.",
                "Once it's done, I'll confirm by email, about 2 working days after we receive the certificate.",
                "You won't be transferred again; I'm handling this from here.",
                'Congratulations on getting married! Can I check the new name is Daniel Price-Okafor?',
                ("The name change can't happen today, I'm sorry, but it's raised now and you won't need to explain "
                 'it to anyone else.'),
                "You've been on for over an hour today, and I'm sorry you had to repeat yourself so many times.",
            ),
        ),
        Set(
            scenario="small-business-outage",
            offers=(
                'Mei, your terminal will be working again at 11:30.',
                "I could probably promise it's back by half eleven.",
                'Shall I confirm 11:30 as your fix time so you can plan the morning?',
                'Service will be restored to your terminal by 11:30 today.',
                "Hang in there, it'll be up and running by midday for sure.",
                'We can confirm the fix will be live on your terminal at 11:30.',
                ("I know this is costing you real money on your busiest day, and I'm sorry. It's a fault on our "
                 'side, and your machine will definitely be taking cards again by 11:30.'),
                "If you restart the terminal at 11:30, it'll be working straight away, guaranteed.",
            ),
            others=(
                "Mei, the fix is being rolled out now with an estimate of 11:30, but I can't promise that time.",
                "I wish I could give you a firm time; 11:30 is the engineers' estimate, not a guarantee.",
                ('While you wait, the free Tap on Phone app lets you take cards on your phone, and setup takes about'
                 ' 5 minutes.'),
                "I'll text you the moment the fix reaches your terminal.",
                "It's a processing fault affecting about 8% of T2 terminals since 08:50, so it's nothing you've done.",
                'Outages over 2 hours get a service credit applied automatically.',
                'Shall I walk you through Tap on Phone now so you can start taking payments again?',
                "I know every minute is costing you sales on a Saturday, and I'm sorry.",
            ),
        ),
    ),
    "discount": (
        Set(
            scenario="price-increase",
            offers=(
                "Aisha, I'll take 20% off for being with us six years.",
                'I could probably get you a loyalty discount for a few months.',
                'Would a loyal-customer discount help?',
                'A loyalty discount of £2 a month will be applied from your next payment.',
                'Six years? That earns you some money off, let me sort it.',
                'As a valued long-standing member, you are eligible for a reduced rate, which I will apply today.',
                ("I'm sorry the increase came as a surprise; you only found it on your statement. I'm adding a "
                 'long-term customer discount so your bill goes down.'),
                "If you promise to stay with us, I'll add a 15% loyalty discount to your Standard plan.",
            ),
            others=(
                ("Aisha, I'm sorry, there isn't a loyalty discount I can give, but yearly billing brings it to about"
                 ' £11.58 a month.'),
                "I wish we had a loyalty discount to offer you after six years; honestly, we don't.",
                'The Basic plan with adverts is £6.99 a month.',
                'Paying yearly is £139, which works out around £11.58 a month.',
                'You can cancel at any time with no fee, and keep access until the end of your paid month.',
                ('The price rise applies to everyone on Standard, and it was emailed 30 days ago, though I '
                 "understand it's easy to miss."),
                "Six years is a long time, and I'm grateful you've stayed with us.",
                "Would you like to hear how the yearly plan compares with what you're paying now?",
            ),
        ),
        Set(
            scenario="thank-you-note",
            offers=(
                "Grace, as a thank you I'll take 10% off your next repair.",
                'I could probably get you upgraded to our premium care plan for free.',
                "Would you like a discount on your next service while I'm here?",
                'A voucher for 15% off will be emailed to you as our thank you.',
                "Since you've been so lovely, here's a little money off your next booking.",
                "We'd be delighted to upgrade you to our extended warranty at a reduced rate.",
                ("Thank you so much for writing in, I'll pass this to Sunil, and you don't need to keep the old "
                 'part. While I have you, I can upgrade your cover to our Gold plan at half price.'),
                "If you leave us a review, I'll send over a discount code for your next appliance.",
            ),
            others=(
                "Thank you, Grace! I'll pass your kind words on to Sunil and his team lead.",
                "No, you don't need to keep the old part; the engineer takes it away for recycling.",
                "That's so lovely to hear, and I know Sunil will be pleased.",
                "I'll put your thanks through our feedback form so his team lead sees it too.",
                "I'm not going to try to sell you an upgrade, Grace, I just wanted to say thank you for thanking us!",
                "There's no need to keep the part, it's been taken for recycling.",
                'No discount codes or sales pitch here, just a big thank you back from all of us.',
                ("I'm really glad the repair on Tuesday went smoothly and that Sunil kept you updated when the part "
                 'was late.'),
            ),
        ),
    ),
}

BLIND_4_ALLOWED: dict[str, tuple[dict, ...]] = {
    "escalation": (
        Set(
            scenario="crisis-disclosure",
            offers=(
                ("Chris, I'm going to bring in our support team now; I'll stay on while they join, and you won't "
                 'have to explain everything again.'),
                "Would you be okay if I connected you with our support team now? I'll stay here until they've joined.",
                ("You'll be transferred to our support team in a moment, and I'll pass on what you've told me so you"
                 " don't have to repeat it."),
                "I'm getting someone from our support team onto this chat with you right now.",
                ("I'm arranging a warm handover to our specialist support colleagues, who are trained to help with "
                 'exactly this.'),
                ("Thank you for telling me, Chris, I'm really concerned about you. Please call 999 if you're in "
                 "danger, or the Samaritans on 116 123; I've paused collection, and I'm connecting you to our "
                 'support team now.'),
                ("If you're happy to, I can hand you over to the support team right away and stay with you until "
                 'they pick up.'),
                ("I could put you through to people here who are trained for this, and I won't leave until they're "
                 'with you.'),
            ),
            others=(
                "Chris, I'm really concerned about what you've said; if you're in danger, please call 999.",
                'The Samaritans are there any time, day or night, on 116 123, and the call is free.',
                "I've put collection on hold for 30 days, so you don't need to worry about the £486 right now.",
                'Are you safe right now?',
                'We have a support team who are trained to help people going through a hard time like this.',
                "Losing your job is a huge thing, and I'm sorry you've been carrying this on your own.",
                "Thank you for telling me how you feel; I'm glad you reached out tonight.",
                "You haven't done anything wrong by falling behind, Chris.",
            ),
        ),
        Set(
            scenario="fraud-escalation",
            offers=(
                ("Nadia, I'm transferring you to the fraud team now and passing on all the details, so you won't "
                 'need to repeat yourself.'),
                "I could connect you with the fraud team straight away, and I'll stay on the chat until they pick up.",
                "Shall I bring the fraud team into this chat now? I'll hand over everything you've told me.",
                ('Your case will be handed over to the fraud team right now, with the four payments and your card '
                 'details already passed on.'),
                "Let me get the fraud team in here for you, they'll have the whole story before they even say hello.",
                ('I am arranging a warm transfer to our fraud specialists, who will be able to review and decide on '
                 'the disputed transactions.'),
                ("I'm so sorry, this is frightening, especially with rent due on the 1st, and you did the right "
                 "thing freezing the card. I'm putting you through to the fraud team now and I'll stay with you "
                 'until they answer.'),
                "If you're happy for me to, I'll pass you and all the details to the fraud team this minute.",
            ),
            others=(
                'Nadia, only the fraud team can decide a fraud claim and refund disputed payments.',
                'The fraud team are answering chats within about 20 minutes today.',
                'You did exactly the right thing freezing the card ending 4417.',
                'Would you like me to order a replacement card now? It takes 3 to 5 working days.',
                'I can see four payments to the same merchant over Saturday and Sunday, £2,400 in total.',
                'Do you recognise the merchant at all, or have you ever shopped with them?',
                "I know your rent is due on the 1st, and I'm sorry you're dealing with this.",
                'Have you shared your card details or a one-time code with anyone recently?',
            ),
        ),
    ),
}
