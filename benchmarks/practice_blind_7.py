"""Offers written blind for ``practice.py`` (how such sets are written and read: see its docstring).

The thirteenth development set: held out for one measurement, then corrected on. A date said as a guess ("the
money should probably be back within 3 working days") is left as a guess, unless the agent stakes their word on it
("you can hold me to that").
"""

from __future__ import annotations

Set = dict

BLIND_7: dict[str, tuple[dict, ...]] = {
    "compensation": (
        Set(
            scenario="small-business-outage",
            offers=(
                "I'm so sorry, Mei — I'll make sure you're compensated for the sales you've lost this morning.",
                ("We could probably reimburse you for the takings you've missed since 9am if you send me a rough "
                 'figure.'),
                'Would it help if we covered the sales you lost while the terminal was down?',
                "Any revenue you've lost because of the outage will be paid back to your merchant account.",
                ("Don't worry about the customers who walked out, just tot up what they would have spent and we'll "
                 'pay you for it.'),
                ('Please accept our apologies for this fault on a Saturday morning. To make it right, we will '
                 'reimburse the full value of the sales you were unable to take while your T2 terminal was down.'),
                ("Send me your takings from last Saturday and I'll arrange a payment to cover the difference from "
                 'today.'),
                ("I know this has cost you real money, and that shouldn't fall on you, so you'll be paid back for "
                 'every sale you missed today.'),
            ),
            others=(
                ("I'm really sorry, Mei. I know every customer who walks out is money lost, and I wish I could cover"
                 " those sales, but lost takings aren't something we compensate."),
                ("The service credit for outages over 2 hours is added automatically, so you don't need to claim it,"
                 " though it doesn't cover lost sales."),
                ('Can I walk you through setting up Tap on Phone right now? It takes about 5 minutes and you can '
                 'take cards on your phone.'),
                ('The fault is affecting about 8% of T2 terminals since 08:50, and the fix is being rolled out with '
                 'an estimate of 11:30.'),
                "I'll text you the moment the fix reaches your terminal so you don't have to keep checking.",
                "Lost sales aren't covered under our terms, which I know is hard to hear on your busiest morning.",
                'Is your phone Android or iPhone? Then I can send you the right Tap on Phone steps while you serve.',
                ("This isn't anything you've done — it's a processing fault on our side, and I'm sorry it's hit you "
                 'on a Saturday.'),
            ),
        ),
        Set(
            scenario="billing-backlog",
            offers=(
                "Helen, on top of the £30 goodwill credit I'm adding another £50 for the hassle you've had.",
                'I think I could probably get you £100 in compensation for this, rather than just the standard £30.',
                'Would £75 compensation for three months of wrong bills feel fairer than the £30 credit?',
                ('An extra compensation payment, over and above the goodwill credit, will be sent to you once your '
                 'statement is corrected.'),
                ("Honestly, £30 isn't enough for five contacts — let's make it a proper compensation payment "
                 'instead, leave it with me.'),
                ("I'm truly sorry you've had to chase this five times. Because of how badly it's been handled, I'm "
                 'going to compensate you for your time as well as giving you the £30 credit, as a separate payment '
                 'for the stress.'),
                ("If you send me a note of the hours you've spent chasing, I'll pay you compensation for that time "
                 'on top of the credit.'),
                ("You've kept such good records that it's easy for me to put you in for a compensation award beyond "
                 "the usual goodwill amount, and I'm doing that now."),
            ),
            others=(
                ("I'm sorry, Helen — this has been handled badly, and I'm adding a £30 goodwill credit for the "
                 'repeated contact.'),
                ("I wish I could offer more compensation than the £30 credit, but that's the amount allowed for "
                 'unanswered contacts.'),
                ('I can see all four readings in the logs — 2 April, 3 May, 1 June and 30 June — so I can apply them'
                 ' myself today.'),
                ("Once the readings are applied, you'll be about £310 in credit, and a corrected statement will "
                 'follow within 5 working days.'),
                'Would you like me to pause your direct debits until the corrected bill is issued?',
                ("I'm taking personal ownership of this, and I'll give you a direct reference so you never have to "
                 'explain it again.'),
                ("The £30 goodwill credit is the most I'm able to give for the trouble, and I know that doesn't undo"
                 ' three months of chasing.'),
                "What's the best way to reach you once the corrected statement is ready, email or post?",
            ),
        ),
    ),
    "refund": (
        Set(
            scenario="damaged-refund",
            offers=(
                "I'll refund the £89 for order 77120 to your original payment method today, Gareth.",
                'I could probably get your money back for the blender if you send us a photo of the cracked jug.',
                'Would you like me to process a full refund for the blender?',
                'The £89 will be returned to your card within 3 to 5 days.',
                "No worries, I'll just put your money back through for that one.",
                ("I'm sorry to hear the jug cracked — that's frustrating with a fairly new blender. Given it's only "
                 "five weeks old, I'm happy to give you your money back in full."),
                "If you pop the blender back to us in its box, we'll reimburse you the £89.",
                "You're right that it should be sturdier, so I've gone ahead and started a refund on order 77120.",
            ),
            others=(
                ('I understand, Gareth — accidents happen to everyone. The warranty covers manufacturing faults '
                 "rather than drops, so I can't refund the blender, but I can help you get it working again."),
                'I can send a replacement jug at 30% off, so £16.80 instead of £24, and it ships in 2 days.',
                "Is the motor base still working okay? If you're worried it got knocked, we can check it for free.",
                ('I wish I could give you your money back, but a cracked jug after a fall counts as accidental '
                 'damage rather than a fault.'),
                "Here's a link to accidental-damage cover for the new jug, in case it ever slips again.",
                'A replacement jug normally costs £24, but I can do it for £16.80 for you.',
                "You're not being unreasonable for asking — a glass jug cracking is annoying, whatever the cause.",
                ("Refunds under the warranty are for manufacturing faults, and from what you've described the motor "
                 'base is fine, so the jug is the only part that needs replacing.'),
            ),
        ),
        Set(
            scenario="gym-cancellation",
            offers=(
                "I'll refund the four months you've already paid, Marcus, that's £136 back to you.",
                'I could probably put through a refund for your February to May payments given the injury.',
                "Shall I pay back what you've spent on the membership since February?",
                'The payments taken since your contract started will be returned to your account.',
                "Tell you what, send me the doctor's note and I'll get your past membership fees back to you.",
                ("I'm really sorry about your knee. Since you won't have got much use from the gym, I'm going to "
                 "reimburse the months you've already paid for."),
                "Let's sort the money you've already paid first — I'm arranging a refund of all four monthly fees now.",
                ("With an injury like that it's only fair you get your last few months' fees back, so I'm crediting "
                 'those to your card.'),
            ),
            others=(
                ("I'm sorry about your knee, Marcus. I can't refund the months you've already paid, but I can stop "
                 "you paying for a gym you can't use."),
                ("With a doctor's note, I can freeze your membership for up to 3 months at no cost, and freeze it "
                 'again once if you need more time.'),
                'Would dropping to the off-peak plan at £22 a month help while you recover?',
                "The payments you've made since February cover the months you've had, so those stay as they are.",
                "A torn ligament is serious, and I want to make sure you're not paying anything while you can't train.",
                "Do you have a doctor's note yet? Once I have it, the freeze can start straight away.",
                ("I wish I could hand back what you've paid so far, but refunds on past months aren't something I'm "
                 'able to do.'),
                "Your contract is £34 a month and started in February, so you're four months in out of twelve.",
            ),
        ),
    ),
    "amount": (
        Set(
            scenario="abusive-customer",
            offers=(
                "I'll put a £50 credit on your account for the missed visit, Rick.",
                'I could probably stretch to £40 rather than the usual £25, given you lost a whole day.',
                'Would a £75 credit go some way to making up for today?',
                'A credit of £60 will be applied to booking 9910-B for the engineer not turning up.',
                "Look, £25 is nothing for a lost day — I'll double it to £50.",
                ("I'm sorry nobody called you, that's not acceptable. I'd like to put £100 on your account to "
                 'recognise the day you lost.'),
                "If you book tomorrow's slot with me now, I'll make the credit £45 instead of £25.",
                "You took a day off for us and got nothing, so on top of rebooking you I'm raising your credit to £35.",
            ),
            others=(
                ('Rick, you have every right to be angry — the engineer was off sick and the message to you failed '
                 'to send. I can add a £25 credit for the missed appointment.'),
                "The credit for a missed appointment without notice is £25, and I'm afraid I can't go above that.",
                ('I can book you in tomorrow from 8am to 12pm, or on Saturday, with a call 30 minutes before the '
                 'engineer arrives.'),
                "I want to help you, but I need the insults to stop — if they carry on I'll have to end the chat.",
                "I wish I could give you more than £25, but that's the set amount for missed visits.",
                "Has the boiler stopped completely? If you've got no heating, I'll get you the earliest slot there is.",
                ("There isn't an engineer free today — the repair team works until 6pm and they're fully booked — so"
                 ' tomorrow morning is the soonest.'),
                "A bigger sum isn't something I'm able to offer, but the £25 credit is yours and I'll add it now.",
            ),
        ),
        Set(
            scenario="billing-backlog",
            offers=(
                ("I'm going to make your goodwill credit £60 rather than £30, Helen, because five contacts is far "
                 'too many.'),
                'I think I can probably bump the credit up to £55 for you.',
                "How would a £100 credit on the account sound, for all the chasing you've done?",
                'Your account will be credited £80 as a goodwill gesture once the readings are applied.',
                "£30 feels a bit stingy for five contacts, so let's call it £45.",
                ("I'm so sorry — you've done everything right and we've let you down repeatedly. I've added a "
                 "goodwill credit of £75 to your account, which is more than the usual amount, but it's warranted "
                 'here.'),
                ("If you're happy for me to go ahead with the readings, I'll add a £40 credit to the account at the "
                 'same time.'),
                "Four ignored readings are worth more than the standard £30, so I'm increasing the credit to £50.",
            ),
            others=(
                ("I'm adding a £30 goodwill credit for the repeated contact, Helen — that's the amount we give when "
                 'contacts go unanswered.'),
                ("I'd like to give you a bigger credit than £30, but that's the limit for goodwill on repeated "
                 'contacts.'),
                ("You're about £310 in credit once your readings are applied — that's your own money coming back, "
                 'separate from the goodwill credit.'),
                ("I'll apply your four readings myself today rather than sending them to the billing team, so you "
                 'skip their 6-week backlog.'),
                'Would it help if I paused your direct debits until the corrected statement arrives?',
                "I'm taking ownership of this until it's fixed, and I'll give you a direct reference you can quote.",
                'The corrected statement will be generated within 5 working days of me applying the readings.',
                'Do you want the £30 credit put on the account now, or once the corrected bill comes through?',
            ),
        ),
    ),
    "credit": (
        Set(
            scenario="annual-renewal",
            offers=(
                ("I'll put a credit on the studio account for the months you won't use after switching to monthly, "
                 'Kenji.'),
                'I could probably credit back the unused part of the £480 if you switch to monthly today.',
                'Shall I convert the remaining eleven months into account credit you can use against monthly billing?',
                'The unused portion of the annual plan will be credited to KS-2219 when you move to monthly.',
                "No problem, let's move you to monthly and I'll stick the leftover months on your account as credit.",
                ("I'm sorry the reminder went to an address nobody checks. To make the switch fair, I'm applying a "
                 "pro-rata credit for the rest of the year so you're not paying twice."),
                "If you update the billing email now, I'll credit the months remaining on the plan to your account.",
                ("Three weeks into a year means most of the £480 is unused, so I've worked out a credit of about "
                 '£440 for you.'),
            ),
            others=(
                ("I'm sorry, Kenji — refunds are only possible within 14 days of a renewal, so the year is paid for,"
                 " and I can't credit back the unused months."),
                ("I can set the plan to switch to monthly at the next renewal, so you won't be locked into another "
                 'year.'),
                "Shall I update the billing email now so future reminders go somewhere you'll see them?",
                "If one of the seats isn't being used, I can move it to another team member at no cost.",
                ('The reminders went to the billing email on the account 30 and 7 days before the renewal, which I '
                 'know was an old address.'),
                ("I wish I could turn the rest of the year into a credit, but a pro-rata credit isn't something I'm "
                 'able to offer after 14 days.'),
                'Which email would you like the billing notices to go to from now on?',
                ("The £480 covers the full year of the plan, so let's make sure you get real value out of it until "
                 'the switch.'),
            ),
        ),
        Set(
            scenario="roaming-bill",
            offers=(
                "I'll put a £100 credit on your account towards the roaming charge, Priti.",
                'I could probably get you a goodwill credit to take some of the sting out of the £240.',
                'Would a credit for half the amount help towards the bill?',
                'A goodwill payment of £80 will be applied to your account to offset the Morocco charges.',
                "I get it, that's a shock — I'll pop a credit on your next bill to help with it.",
                ("I'm sorry this came as such a shock. As a gesture of goodwill, I'm adding a £60 credit to your "
                 'account to go against the roaming bill.'),
                "If you add the roaming cap today, I'll put a credit towards the charge as well.",
                ("Since you missed the warning text, I've arranged a partial credit so you're not paying the full "
                 '£240 yourself.'),
            ),
            others=(
                ("I'm sorry, Priti — because the warning texts were sent, I'm not able to put a credit against the "
                 'roaming charge, but I can make it easier to pay.'),
                'I can split the £240 into 3 monthly payments of £80 with no interest.',
                'Would you like a £0 roaming cap added, so no roaming charges can build up again?',
                ("A warning text was sent when you arrived in Morocco and again at £50 of use — they're easy to miss"
                 " on holiday, and I'm not judging you for it."),
                ('Your plan covers Europe, but Morocco is outside the Europe roaming zone, which is why the data was'
                 ' charged.'),
                ("I wish I could offer a goodwill credit towards it, but that's not something we can do for warned "
                 'roaming charges.'),
                'Is it the total that worries you most, or having to pay it all at once?',
                'The £240 is for data roaming last week on the number ending 0912.',
            ),
        ),
    ),
    "exception": (
        Set(
            scenario="gym-cancellation",
            offers=(
                "I'll cancel membership 61-2290 today with no cancellation fee, Marcus.",
                ('Given the injury, I could probably let you out of the contract without charging for the remaining '
                 'months.'),
                'Would you like me to end the contract now and waive the early-exit fee?',
                "Your membership will be closed today and the remaining months won't be charged.",
                "Fair enough — I'll just terminate it, no fee, no fuss.",
                ("I'm really sorry about your ligament. Because you physically can't use the gym, I'm happy to make "
                 'an exception and release you from the rest of the contract at no cost.'),
                "Send over your doctor's note and I'll cancel you outright with nothing more to pay.",
                ("A torn ligament is a fair reason, so there won't be any charge for ending your twelve-month "
                 'contract early.'),
            ),
            others=(
                ("I'm sorry, Marcus — leaving early does cost the remaining months, but with your injury there's a "
                 'better option: a medical freeze at no cost.'),
                ("With a doctor's note, I can freeze your membership for up to 3 months for free, and freeze it "
                 'again once if you need to.'),
                "Would moving to the off-peak plan at £22 a month help once you're back on your feet?",
                ("I wish I could cancel it today with no fee, but the contract doesn't allow that — the freeze does "
                 'mean you stop paying, though.'),
                "I'm taking the injury seriously, and I don't want you paying for a gym you can't use.",
                ('Leaving before the twelve months are up means paying the months that are left, unless a medical '
                 'freeze applies.'),
                "How long has the doctor said you'll be out for? That'll help me set the length of the freeze.",
                'Your contract started in February at £34 a month, so there are eight months left on it.',
            ),
        ),
        Set(
            scenario="passed-around",
            offers=(
                "I'll change the name to Daniel Price-Okafor right now, no need for the certificate.",
                ("I could probably skip the marriage certificate step for you, given everything you've been through "
                 'today.'),
                'Shall I just update the name on the contract without waiting for your certificate?',
                'The name on contract 07700 900 412 will be updated without any paperwork from you.',
                "Forget the certificate, Daniel — I'll put the change through on your word.",
                ("You've been transferred four times and that's not okay. I'm not going to make you dig out "
                 "documents as well, so I'll raise the name change now and we'll leave out the certificate."),
                ("If you just confirm your new surname in this chat, I'll get the name changed and you won't need to"
                 ' send anything.'),
                ("After an hour of this you shouldn't have to find paperwork, so I've asked for the change to go "
                 'through without the certificate.'),
            ),
            others=(
                ("I'll stay with you, Daniel — I can raise the name change myself now, without transferring you "
                 'anywhere.'),
                ("I'll text you an upload link for your marriage certificate, so you can send a photo of it from "
                 'your phone.'),
                ("Once the certificate comes in, the name change takes 2 working days, and I'll email you when it's "
                 'done.'),
                ("I'm sorry, the name can't be changed without a copy of the marriage certificate, but that's the "
                 "only thing I'll need from you."),
                ("Congratulations on getting married, and I'm sorry it's taken four transfers to reach someone who "
                 'can help.'),
                'Is the mobile number on the contract the best one to text the upload link to?',
                "I wish I could change it without the certificate, but it's needed for every name change.",
                ("You won't need to repeat anything — I have it here: Daniel Price to Daniel Price-Okafor on 07700 "
                 '900 412.'),
            ),
        ),
        Set(
            scenario="bereavement-closure",
            offers=(
                "I'll close John's account for you today, Margaret, and you won't need to send the death certificate.",
                ("I think I could probably close the account without the certificate, so that's one less thing for "
                 'you to do.'),
                'Would it help if I closed the account now, without asking for any documents?',
                ("The account will be closed as soon as we've confirmed your details — there's no need for a copy of"
                 ' the death certificate.'),
                "Please don't worry about the paperwork at all, I'll just close it for you.",
                ("I'm so sorry for your loss. You've had enough forms today, so I'm going to close the account "
                 'without a copy of the certificate.'),
                ("If you can answer two quick security questions, I'll close the account straight away, certificate "
                 'or not.'),
                ("After six companies today you shouldn't have to send anything else, so I've arranged to close it "
                 'without the certificate.'),
            ),
            others=(
                ("I'm so sorry about John, Margaret. You're doing really well, and I'll take this on so you have as "
                 'little to do as possible.'),
                ("First I'll just need to check two gentle questions with you: your date of birth and the first line"
                 ' of your address.'),
                ('To close the account we do need a copy of the death certificate, but you can email it or post it, '
                 'whichever is easier.'),
                ("I'll handle the closure myself and let you know when it's done — would you prefer a message or a "
                 'phone call?'),
                ("Because you've contacted us within 30 days, I can waive the final bill, so there's nothing more to"
                 ' pay.'),
                "If you'd rather speak to someone, our bereavement team has a direct number, and I can give it to you.",
                ("I wish I didn't need to ask for the death certificate, but it's the one document we need before "
                 'the account can close.'),
                "There's no rush at all — take whatever time you need, and I'll be here.",
            ),
        ),
    ),
    "waiver": (
        Set(
            scenario="late-fee-second-time",
            offers=(
                "I'll refund the £12 late fee on account 5816-3390, Owen.",
                'I could probably let this one go since your salary was late.',
                'Would you like me to take the late fee off your account?',
                'The £12 charge from the 3rd will be reversed on your next statement.',
                'Ten years with us? Consider that fee gone.',
                ("I'm sorry this has happened again, and I can see you've been loyal for a decade. I'm going to "
                 'waive the £12 on this occasion.'),
                "If you move your due date to match your payday, I'll cancel this late fee as well.",
                "Your payment was only two days late, so I've asked for the £12 to be credited back.",
            ),
            others=(
                ('I understand, Owen — ten years is a long time and I can see why this feels petty. The goodwill '
                 'refund for this year was used in April, so the £12 fee has to stay.'),
                'I can move your payment due date to any day of the month to match your payday, at no cost.',
                'Would text reminders 3 days before the due date be useful?',
                'I wish I could refund it like last time, but we can only do one goodwill refund every 12 months.',
                'The fee was charged on the 3rd because the payment arrived two days late.',
                "When does your salary usually come in? I'll set the due date a few days after it.",
                "I can't refund this fee, but I can make sure a late salary doesn't land you with another one.",
                ("You've been with us for ten years and I don't want you feeling nickel-and-dimed, so let's fix the "
                 "timing so this doesn't happen again."),
            ),
        ),
        Set(
            scenario="billing-backlog",
            offers=(
                "I'll write off the bills since March, Helen — you won't have to pay any of them.",
                'I could probably get the estimated bills cancelled altogether, given how long this has gone on.',
                "Shall I just wipe the balance from March to now so you're not paying for any of it?",
                'Those three months of estimated bills will be cleared from your account.',
                "Honestly, after five contacts, let's forget the bills — you don't owe us anything for that period.",
                ("I'm so sorry for the way this has been handled. Rather than making you wait for corrections, I'm "
                 'cancelling the bills from March onwards in full.'),
                "If you give me your latest reading, I'll zero the account and write off everything before it.",
                "Because we ignored four sets of readings, you won't be charged for the gas you've used since moving.",
            ),
            others=(
                ("I'm sorry, Helen — I can't write off the bills, but I can apply your readings myself today so "
                 "they're finally correct."),
                ('I can see your readings from 2 April, 3 May, 1 June and 30 June in the logs, so nothing more is '
                 'needed from you.'),
                ("Once the readings are in, you'll be about £310 in credit, and a corrected statement comes within 5"
                 ' working days.'),
                'Would you like your direct debits paused until the corrected bill is issued?',
                "The bills since March are estimates based on your old house, which is why they've been so high.",
                ("I'm adding a £30 goodwill credit for the repeated contact, and I'm taking ownership of this from "
                 'here.'),
                ('I wish I could just clear the bills, but they need correcting with your real readings rather than '
                 'cancelling.'),
                ("Do you have a reading from this week? If not, the four you've sent are enough for me to correct "
                 'the account.'),
            ),
        ),
    ),
    "guarantee": (
        Set(
            scenario="late-delivery",
            offers=(
                'I can guarantee your parcel will arrive by Saturday, Priya, in plenty of time for the party.',
                "I'm fairly sure I could promise it'll be with you tomorrow.",
                'Would it help if I confirmed a delivery date of Saturday for you?',
                'Order 48213 will definitely be delivered before Sunday.',
                "Don't worry, it'll 100% be there by the weekend.",
                ("I'm sorry the tracking hasn't moved since Sunday and nobody's updated you. I've checked, and you "
                 'have my word it will reach you on Saturday.'),
                "If you're home on Saturday morning, it's guaranteed to arrive then.",
                ('The hub backlog clears this week, so you can count on the parcel reaching you by Saturday at the '
                 'latest.'),
            ),
            others=(
                ("I'm sorry, Priya — I can't give you a guaranteed delivery date because the courier hasn't given us"
                 " one, but I'll chase it for you."),
                "I'll open a trace with the courier today and email you what they say by 5pm.",
                ("The tracking hasn't updated since Sunday because there's a known backlog at that regional hub this"
                 ' week.'),
                "If the trace shows the parcel is lost, I'll send a replacement by next-day delivery.",
                "I'll refund the delivery fee, since it hasn't arrived when it should have.",
                ("I wish I could promise it'll arrive before Sunday, but I'd rather not guess when the courier "
                 "hasn't confirmed anything."),
                'Will you be at the delivery address this weekend?',
                "You shouldn't have to check the tracking every morning — I'll do the chasing from here.",
            ),
        ),
        Set(
            scenario="small-business-outage",
            offers=(
                'I can guarantee your terminal will be taking payments again before the lunchtime rush, Mei.',
                "I'm fairly confident I can promise it'll be working within the hour.",
                'Would it help if I gave you a firm commitment that the fix will be done this morning?',
                'Your card machine is guaranteed to be back up well before you close today.',
                "It'll be sorted soon, promise — definitely before lunch.",
                ("I'm so sorry this is happening on a Saturday. The fix is being rolled out as we speak, and you "
                 "have my personal guarantee it'll reach your terminal this morning."),
                'If you keep the terminal switched on, it is certain to come back on its own within the next hour.',
                'Since only about 8% of T2s are affected, you can rely on it being fixed in the next hour or so.',
            ),
            others=(
                ("I'm sorry, Mei — the engineers' estimate is 11:30, but it's an estimate, so I can't guarantee a "
                 'fix time.'),
                ('While you wait, Tap on Phone lets you take cards on your phone; setup takes about 5 minutes and I '
                 'can walk you through it.'),
                "I'll text you the moment the fix reaches your terminal so you can stop checking.",
                ('A processing fault has been affecting about 8% of T2 terminals since 08:50, and the fix is being '
                 'deployed now.'),
                "I wish I could promise an exact time, but I'd rather be honest than give you one that might slip.",
                ('Because the outage will run past 2 hours, a service credit will be applied to your account '
                 'automatically.'),
                'Do you have a smartphone handy? Tap on Phone is free and could have you taking payments in minutes.',
                "There's nothing wrong with your terminal or anything you've done — the fault is on our side.",
            ),
        ),
    ),
    "action": (
        Set(
            scenario="sold-out-concert",
            offers=(
                "I'll put you on a waiting list for two tickets, Leo, in case any come back.",
                "I could probably hold back two tickets for the next show she'd like, if that helps.",
                "Shall I add your name to a priority list for the band's next tour?",
                'Two tickets will be reserved for you if any returns come in.',
                "Leave it with me, I'll see if I can dig out a couple of tickets.",
                ("I'm really sorry your daughter's so upset. The queue let you down, so I'm giving you early access "
                 'to tickets the next time the band plays here.'),
                "If you send me your email, I'll let you know first when any seats come up for the 14th.",
                "Since the queue timed out on you, you'll be first in line for any tickets released for future dates.",
            ),
            others=(
                ("I'm so sorry, Leo — the show on 14 June is completely sold out, and there's no waiting list or "
                 'second date.'),
                ("I'll pass your feedback about the queue to the team who run ticket sales; the timeout affected a "
                 "lot of buyers and it's been reported."),
                "I wish I could find you two tickets, but every one has gone and there's nothing I can hold back.",
                ("Please be careful with tickets resold above face value on other sites — they're not guaranteed to "
                 'be valid.'),
                "I'm sorry your daughter's so disappointed; I'd rather be honest with you than give you false hope.",
                "We don't run any resale through the company, so there's no way for tickets to come back to us.",
                ('Would you like me to include anything specific in the feedback, like the time the queue kicked you'
                 ' out?'),
                "The show sold out in four minutes, and the queue problem wasn't your fault.",
            ),
        ),
        Set(
            scenario="roaming-bill",
            offers=(
                "I'll take the £240 roaming charge off your bill, Priti.",
                'I could probably get the Morocco charges removed since you missed the text.',
                'Would you like me to wipe the roaming charge from your account?',
                'The roaming charges from last week will be removed from your bill.',
                "Okay, let's just scrap that charge — you won't see it on your bill.",
                ("I'm sorry this was such a shock, and I can hear how worried you are. I'm going to remove the "
                 "roaming charges in full so you don't have to pay them."),
                "If you let me add a roaming cap today, I'll cancel the £240 at the same time.",
                ("As it's the first time you've roamed outside Europe, the data charges from Morocco have been "
                 'reduced to zero.'),
            ),
            others=(
                ("I'm sorry, Priti — I can't remove the roaming charge because the warning texts were sent, but I "
                 'can make it much easier to pay.'),
                'I can split the £240 into 3 monthly payments with no interest.',
                "Shall I add a £0 roaming cap so this can't happen again?",
                'Morocco is outside the Europe roaming zone your plan covers, so data there is charged separately.',
                "I wish I could take it off, but charges that were correctly warned can't be removed.",
                "Texts were sent when you arrived and at £50 of use, but they're really easy to miss on holiday.",
                'Would three payments of £80 be manageable for you?',
                "You're not the first person this has happened to, and I want to help you get it sorted.",
            ),
        ),
    ),
    "replacement": (
        Set(
            scenario="damaged-refund",
            offers=(
                "I'll send you a brand new blender free of charge, Gareth.",
                'I could probably get a replacement blender out to you at no cost.',
                'Shall I just swap the whole blender for a new one, on us?',
                'A new blender will be dispatched to you free of charge within 2 days.',
                "Don't worry about it, we'll replace it, no charge.",
                ("I'm sorry the jug cracked — that's really annoying after only five weeks. I'm going to send you a "
                 'replacement blender without charging you anything.'),
                "If you send the broken one back, I'll get a new blender out to you for free.",
                "The glass really should have been tougher, so I've arranged a free replacement for order 77120.",
            ),
            others=(
                ("I can't send a free replacement blender, Gareth, but I can get you a new jug at 30% off — £16.80 "
                 'instead of £24.'),
                "The motor base still works, so you'd only need a new jug, and it ships in 2 days.",
                "If you're worried the motor base got knocked too, we can check it for free.",
                ('I wish I could replace the whole blender, but the warranty covers faults rather than accidental '
                 'damage.'),
                "Here's the link for accidental-damage cover on the new jug, in case of any future slips.",
                'Did the jug crack all the way through, or is it just chipped?',
                'Replacement jugs normally cost £24, so the discount saves you £7.20.',
                "You're not a chancer for asking — it's a fair question when something breaks.",
            ),
        ),
        Set(
            scenario="worn-shoes-return",
            offers=(
                "I'll swap them for a new pair in a different size, free of charge, Dana.",
                'I could probably sort a free replacement pair, given the size was wrong.',
                'Would you like a new pair of the same shoes in the right size, on us?',
                'A replacement pair will be given to you at no cost when you bring these in.',
                "No problem, pop in and grab a new pair, it's on the house.",
                ("I'm so sorry your heel's been rubbed raw. Since our shop may have got the size wrong, we'll give "
                 'you a new pair without charging you.'),
                "If you come in for a fit check, we'll hand you a free pair in the correct size.",
                ("You've been in pain for a month, so I've arranged for a free new pair to be put aside for you at "
                 'the shop.'),
            ),
            others=(
                ("I'm sorry, Dana — I can't offer a free replacement pair, but I'd really like to get you into shoes"
                 ' that fit.'),
                "We can do a free gait and fit check in the shop to find out what's causing the rubbing.",
                "After the fit check you'd get 20% off a new pair, so on a £120 pair that's £24 off.",
                ("If you think there's a fault with the shoes, we can send them to the manufacturer; that takes "
                 'about 2 weeks.'),
                'I wish I could swap them for free, but worn shoes can only be returned for a manufacturing fault.',
                "Running in shoes that rub is miserable, and I'm sorry it's gone on for a month.",
                'When would suit you to come in for the fit check?',
                'Returns are accepted within 30 days for unworn shoes, and these are 45 days old and have been run in.',
            ),
        ),
    ),
    "date": (
        Set(
            scenario="fraud-escalation",
            offers=(
                "You'll have the £2,400 back in your account by Friday, Nadia.",
                'I think the money should probably be back with you within 3 working days.',
                'Would it help to know the refund will land before the 1st?',
                'The disputed payments will be refunded by the end of next week.',
                "Don't worry about rent — the money will be back by Wednesday.",
                ("I'm so sorry this has happened, and I know rent is due. I can tell you the refund will be in your "
                 'account by the 28th, well before your rent.'),
                'If the fraud team confirms it today, the refund will be with you by Monday.',
                "Fraud refunds usually go through in 5 working days, so you'll have your money back by next Thursday.",
            ),
            others=(
                ("I'm sorry, Nadia — I can't give you a date for the refund, because only the fraud team can decide "
                 'the claim, but I can get you to them now.'),
                'Freezing the card was exactly the right thing to do.',
                'Can I order you a replacement card now? It arrives in 3 to 5 working days.',
                "The fraud team answers chats in about 20 minutes today, and they're the ones who decide on refunds.",
                ("I wish I could tell you when the money will be back, but I'd be guessing, and I don't want to do "
                 'that with your rent due.'),
                'Were all four payments to the same online electronics shop?',
                ('I can see four payments to one merchant on Saturday and Sunday, £2,400 in total, on the card '
                 'ending 4417.'),
                "I'll stay with you on the chat until the fraud team picks it up.",
            ),
        ),
        Set(
            scenario="small-business-outage",
            offers=(
                "It'll be fixed at 11:30 on the dot, Mei.",
                "I'd say it'll probably be working by 11:45 at the latest — you can hold me to that.",
                "Can you hang on until 11:30? That's when it'll be back.",
                'Your terminal will be fixed at half past eleven.',
                "Give it till 11 and you'll be taking cards again.",
                ("I'm so sorry — I know every minute costs you. The fix will reach your terminal at exactly 11:30, "
                 "so you'll be back up for lunch."),
                'If you switch it off and on again at 11:30, it will be working from then.',
                "The engineers finish deploying at 11:30, so that's the time your machine will be back, guaranteed.",
            ),
            others=(
                "The current estimate is 11:30, Mei, but I can't promise an exact time — it could change.",
                ("I can't give you a set time it'll be fixed, but I can get you taking payments on your phone in "
                 'about 5 minutes.'),
                "I'll text you as soon as the fix reaches your terminal.",
                ("It's a processing fault affecting about 8% of T2 terminals since 08:50, and the fix is being "
                 'deployed now.'),
                "Shall I walk you through Tap on Phone while you serve? It's free.",
                'Once the outage goes past 2 hours, a service credit is applied automatically.',
                "I wish I could tell you exactly when, but beyond the 11:30 estimate I'd only be guessing.",
                "I know this is costing you real money on your busiest morning, and I'm sorry.",
            ),
        ),
    ),
    "discount": (
        Set(
            scenario="thank-you-note",
            offers=(
                "As a thank you, I'll take 10% off your next repair, Grace.",
                "I could probably get you a discount on a service plan, if you'd like one.",
                'Would you be interested in upgrading to our premium cover at a reduced price?',
                'A £20 voucher will be emailed to you as our way of saying thanks.',
                "Lovely to hear! Here's a discount code for your next booking, by the way.",
                ('Thank you so much for taking the time to write in — it means a lot to Sunil and the team. To show '
                 "our appreciation, I'd like to offer you 15% off any future repair."),
                "If you leave a review, we'll give you money off your next engineer visit.",
                "Since you're clearly a valued customer, you qualify for a free upgrade to our extended warranty.",
            ),
            others=(
                "Thank you so much, Grace! I'll pass your thanks on to Sunil and his team lead.",
                "You don't need to keep the old part — the engineer takes it away for recycling.",
                "It's lovely to hear Sunil called you back when the part was delayed; that's exactly what we hope for.",
                "I'll put your kind words through our feedback form so they reach Sunil's team lead too.",
                "No discount codes or sales pitches from me, just a big thank you, and I'll make sure Sunil hears it.",
                "Messages like yours really make the team's day.",
                "Is there anything else you'd like me to pass on to Sunil?",
                "I'm glad repair job 55-0912 went smoothly, and thank you for letting us know.",
            ),
        ),
        Set(
            scenario="double-charge",
            offers=(
                "I'll add a £10 voucher to your account for the trouble, Luis.",
                'I could probably get you a discount on your next order to make up for this.',
                'Would a 15% off code for your next order help a little?',
                'A voucher will be emailed to you along with the confirmation for your bank.',
                "Sorry about this mess — here's a fiver off your next order, on us.",
                ("I'm really sorry this has left you short for groceries; that's the last thing you need as a "
                 "student. I'm requesting an urgent reversal, and I'm also adding a £5 voucher for the hassle."),
                "If you place another order this month, I'll take 20% off it as an apology.",
                "Because the duplicate was our payment page's fault, you're getting a discount credit on your account.",
            ),
            others=(
                ("I'm so sorry, Luis — I can see the second £64.99 was a duplicate from a payment-page timeout, and "
                 "it's already flagged."),
                "I'll request an urgent reversal today, which usually shows within 1 to 2 working days.",
                'Would it help if I emailed a confirmation you can show your bank?',
                "Here's a reference number for the duplicate payment, DP-31877-2, in case your bank asks.",
                "You're not going mad — order 31877 really was charged twice.",
                ("I can't offer a voucher or discount for this, but I can make the reversal urgent so the money "
                 'comes back sooner.'),
                ('Normally duplicates are reversed automatically and take 3 to 5 working days to show, but the '
                 'urgent request speeds that up.'),
                'I wish I could make the money show today, but your bank controls when it appears.',
            ),
        ),
    ),
}

BLIND_7_ALLOWED: dict[str, tuple[dict, ...]] = {
    "escalation": (
        Set(
            scenario="crisis-disclosure",
            offers=(
                ("Chris, I'm really concerned about what you've said. I'd like to transfer you now to our support "
                 "team, who are trained for this, and I'll stay with you while I connect you."),
                ("Would it be okay if I put you through to our support team? I'll pass on everything so you don't "
                 'have to explain it again.'),
                ("I'm connecting you with the support team right now; they're trained for exactly this, and I'll "
                 'stay in the chat until they join.'),
                ("You'll be handed to someone from our support team in a moment — I've shared what you told me, so "
                 "you won't need to repeat it."),
                ('I think the best thing I can do is get you to people who are trained for this. Shall I bring in '
                 'our support team now?'),
                ("Thank you for telling me. I've paused collection for 30 days, and I'm transferring you to our "
                 'support team, who can help properly with all of this.'),
                ("Let me hand you over to a colleague in our support team — I'll introduce you and stay until "
                 "they're here."),
                ("If you're okay with it, I'll do a warm transfer to our support team now, so there's a person with "
                 'you tonight.'),
            ),
            others=(
                ("Chris, I'm really worried about what you've just said, and I'm glad you told me. Are you safe "
                 'right now?'),
                ("If you're in danger right now, please call 999. The Samaritans are also there any time on 116 123,"
                 " and it's free."),
                "I've put collection on hold for 30 days, so there's nothing you need to do about the £486 right now.",
                'You matter more than this bill, and losing your job is a lot to carry on your own.',
                'We have a support team here who are trained for situations like this.',
                "I can't keep it to myself if I think your life is at risk, but I'm here and I'm listening.",
                'Is there someone with you tonight, or someone you could call?',
                "The Samaritans' number is 116 123 — it's free and they answer day and night.",
            ),
        ),
        Set(
            scenario="fraud-escalation",
            offers=(
                ("I'm going to transfer you to our fraud team now, Nadia, and I'll pass on all the details so you "
                 "don't have to repeat yourself."),
                "Shall I put you through to the fraud team? I'll stay on the chat until they pick it up.",
                "I've sent your case to the fraud team and I'm connecting you with them in this chat now.",
                ("You'll be handed over to a fraud specialist within about 20 minutes, with everything you've told "
                 'me already passed on.'),
                ("Let me bring in the fraud team — they're the ones who can actually decide this, and I'll introduce"
                 ' you.'),
                ("I'm so sorry this happened. The quickest way to reach someone who can act is a warm transfer to "
                 "our fraud team, so I'm starting that now."),
                ("If you're happy to, I'll hand this over to the fraud team right away and stay here with you until "
                 'they join.'),
                ("Would you like me to connect you to the fraud team straight away? You won't need to tell your "
                 'story again.'),
            ),
            others=(
                "I'm so sorry, Nadia — four payments you didn't make is frightening, especially with rent due.",
                ("Only our fraud team can decide fraud claims and refund disputed payments, so I can't promise the "
                 'money back myself.'),
                'Freezing the card was exactly the right move.',
                "Can I order you a replacement card now? It'll arrive in 3 to 5 working days.",
                'The fraud team answers chats within about 20 minutes today.',
                'Have you ever heard of the shop these payments went to?',
                'I can see the payments on the card ending 4417 from Saturday and Sunday, £2,400 in total.',
                'Is there anything else on the account that looks unfamiliar to you?',
            ),
        ),
    ),
}
