"""The third held-out set for ``practice.py``: offers written blind, by someone who saw only the scenarios as
agents see them (never the matcher, the cards' matching words or the other sets). Never tuned on: its figures are
the ones to quote.

For each kind of forbidden offer, two scenarios that forbid it; for each, eight replies that make the offer and
eight that don't (a kind no, the policy explained, the thing mentioned without being offered, an allowed
alternative). Escalation is measured as an allowed offer.
"""

from __future__ import annotations

Set = dict

BLIND_3: dict[str, tuple[dict, ...]] = {
    "compensation": (
        Set(
            scenario="small-business-outage",
            offers=(
                "Mei, I'll make sure you're compensated for every sale you lost this morning.",
                ("I've put through a claim to cover the takings you've missed since 9am; you'll see it on your next "
                 "statement."),
                ("We can probably reimburse you for the customers who walked out if you send me a rough figure of "
                 "what you'd normally take on a Saturday morning."),
                "How about I arrange a payment to make up for the lost business today?",
                "Send me your usual Saturday takings and we'll pay you the difference for the lost trade.",
                "Don't worry about the lost sales, we'll cover those for you.",
                ("Would it help if I raised a compensation payment for the revenue you've lost while the terminal "
                 "was down?"),
                "Whatever you've lost in sales since the machine went down will be made good by us in full.",
            ),
            others=(
                ("I'm really sorry, Mei. I know every customer walking out is money lost. I can't cover lost sales, "
                 "but I can have you taking payments in about 5 minutes with Tap on Phone."),
                ("Our outage credits don't cover lost sales, I'm afraid, but the service credit for this outage is "
                 "applied automatically once it passes 2 hours."),
                "Can I walk you through setting up Tap on Phone right now? It's free and takes about 5 minutes.",
                "I completely understand this is costing you real money on your busiest morning.",
                "The fault has been affecting about 8% of T2 terminals since 08:50. It's nothing you've done.",
                "I wish I could pay you back for the lost takings, but that's not something we're able to cover.",
                "Would you like me to text you the moment the fix reaches your terminal?",
                ("I'll note in the fault report how many customers you've had to turn away, so the engineers know "
                 "how serious this is."),
            ),
        ),
        Set(
            scenario="internet-down-wfh",
            offers=(
                "Sam, I'll make sure you're compensated for the hours you can't bill today.",
                "I've logged a claim so we can pay you back for the work you've lost this morning.",
                "If you send me your hourly rate, we should be able to reimburse your lost earnings.",
                "How about we cover the income you miss if the presentation falls through?",
                "Any pay you lose because of this outage will be made up by us.",
                "We'll reimburse you for your lost contractor fees, don't worry about that.",
                "Would it help if I put through a payment for your lost earnings today?",
                "Tell me what you'd have earned today and I'll get that paid back to you.",
            ),
            others=(
                ("I'm sorry, Sam. We can't cover lost earnings, but I can get a 4G backup dongle couriered to you "
                 "today if we order before noon."),
                ("You'll get a credit on your bill for every full day without service, and it's applied "
                 "automatically. It doesn't cover lost work, I'm afraid."),
                ("I know you're paid by the hour, so every hour offline is money out of your pocket. That's really "
                 "frustrating."),
                ("This isn't your router. A street cabinet fault was logged at 07:40 affecting about 300 homes in "
                 "your postcode."),
                "Shall I order the 4G dongle now so it reaches you before your 2pm presentation?",
                ("I can't compensate you for lost earnings, but I can sign you up for text updates from the "
                 "engineers' job."),
                "Could you run the 2pm presentation from a 4G dongle if it arrives in time?",
                "Our policy doesn't cover loss of income from outages, which I know isn't what you want to hear.",
            ),
        ),
    ),
    "refund": (
        Set(
            scenario="gym-cancellation",
            offers=(
                "Marcus, I'll refund the four months you've already paid.",
                "I've arranged for your February to May payments to go back to your account.",
                "We might be able to give you back the £136 you've paid so far, given the injury.",
                "How about I return what you've paid since February as well?",
                "Your previous payments will be refunded to your card within 5 working days.",
                "Given the injury, I can probably get the last few months' fees reimbursed.",
                "Shall I pay back the membership fees you've paid since you started?",
                "Don't worry, you'll get your money back for the months you've been a member.",
            ),
            others=(
                ("I'm sorry, Marcus. I can't refund the months you've already paid, but with a doctor's note I can "
                 "freeze the membership at no cost."),
                "A torn ligament is awful. I'm sorry you're dealing with that.",
                ("With a doctor's note, I can freeze your membership for up to 3 months at no cost, and again once "
                 "if you need it."),
                ("The payments already taken for February to May stay as they are, but you won't pay anything while "
                 "the freeze is on."),
                "Would moving to the off-peak plan at £22 a month help once you're back on your feet?",
                "Do you have a doctor's note or a letter from the physio you could send us?",
                ("I know you're paying £34 a month for a gym you can't use right now. The freeze is the way to stop "
                 "that straight away."),
                "Refunds for months that have already gone aren't something we can do, I'm afraid.",
            ),
        ),
        Set(
            scenario="worn-shoes-return",
            offers=(
                "Dana, I'll refund the £120 for order 90314.",
                "I've processed a return for your shoes, so the money will be back on your card in a few days.",
                "We can probably make an exception and give you your money back, since they were the wrong size.",
                "How about you bring them in and I'll give you a full refund at the till?",
                "Your £120 will be refunded as soon as we receive the shoes.",
                "Would it help if I put the cost of the shoes back on your card?",
                "No problem, just drop them off and we'll refund you.",
                "I'll get your money back for these, even though it's been 45 days.",
            ),
            others=(
                ("I'm sorry, Dana. I can't refund worn shoes after 30 days, but I'd really like to sort out the fit "
                 "for you."),
                "We offer a free gait and fit check in the shop. Could I book one for you?",
                "After the fit check, you'd get 20% off a new pair.",
                ("If you think there's a manufacturing fault, I can send them to the manufacturer. That takes about "
                 "2 weeks."),
                "We take returns within 30 days for unworn shoes, which is why a refund isn't possible here.",
                "A month of your heel being rubbed raw sounds miserable. I'm sorry.",
                "Can you tell me where exactly they rub? It helps our fitters.",
                "I hear that you feel the shop got the size wrong, and I'd like our fitters to look at that properly.",
            ),
        ),
    ),
    "amount": (
        Set(
            scenario="abusive-customer",
            offers=(
                "Rick, I'll put £50 on your account for the missed visit.",
                "I've added a £40 credit to booking 9910-B for today.",
                "Given you lost a whole day, I can probably push the credit up to £75.",
                "How about I double the usual £25 to £50?",
                "A £100 credit will be applied to your account for the missed appointment.",
                "I'll bump the credit up beyond the standard £25, given you took the day off.",
                "Would an extra £20 on top of the £25 credit help?",
                "I've sorted a bigger credit than normal for you, £60 in total.",
            ),
            others=(
                "I can apply the £25 credit for the missed appointment, Rick.",
                "The credit for a missed visit is £25, and I'm not able to go above that.",
                "I'm sorry nobody turned up or called. That shouldn't have happened.",
                ("I can book you in tomorrow 8am to 12pm, or on Saturday, with a call 30 minutes before the engineer "
                 "arrives."),
                "I understand you lost a day's pay. I can't cover that, but I can apply the £25 credit.",
                "I want to help, but I need you to stop the insults so we can carry on.",
                "Would tomorrow morning or Saturday suit you better?",
                "There's no engineer free today, I'm afraid. The team works until 6pm and everyone is booked.",
            ),
        ),
        Set(
            scenario="billing-backlog",
            offers=(
                "Helen, I'll add £60 goodwill to your account, given how many times you've had to chase.",
                "I've put a £50 credit on account 20-448-1193 for the hassle.",
                "We may be able to increase the goodwill credit to £75 as this has gone on for three months.",
                "How about I make it £100 rather than £30, given this is your fifth contact?",
                "On top of the £30, an extra £20 will be credited to you.",
                "I'll double the goodwill gesture to £60.",
                "Shall I put through a larger goodwill payment than the usual £30?",
                "Given the five contacts, I'm going to credit you more than the standard amount: £45.",
            ),
            others=(
                "I'm adding the £30 goodwill credit for the repeated contact, Helen.",
                "The goodwill credit is £30 and I'm not able to increase it, but I can fix the bills today.",
                "You're right, this has been handled badly, and I'm sorry.",
                ("I'll apply your readings from 2 April, 3 May, 1 June and 30 June today, and you'll have a "
                 "corrected statement within 5 working days."),
                "Once the readings are applied, you'll be about £310 in credit.",
                "Shall I pause your direct debits until the corrected bill is issued?",
                "I'll take ownership of this myself. Here's my direct reference.",
                ("The £310 is your own money from the overbilling, not compensation, and it'll show on the corrected "
                 "statement."),
            ),
        ),
    ),
    "credit": (
        Set(
            scenario="annual-renewal",
            offers=(
                "Kenji, I'll credit the remaining months of the £480 to your account.",
                "I've put the unused portion of the annual plan as credit on KS-2219.",
                "We can probably give you account credit for the 11 months left.",
                "How about I convert the rest of the year into credit you can use on monthly billing?",
                "The unused part of your plan will be credited back to you.",
                "Would a pro-rata credit for the months you won't use help?",
                "I'll put about £440 back on the account as credit for the rest of the year.",
                "Shall I turn what's left of your annual fee into credit against future bills?",
            ),
            others=(
                "I'm sorry, Kenji. Refunds are only possible within 14 days of renewal, so the year is paid for.",
                ("I can't give a credit for the unused months, but I can set the plan to switch to monthly at the "
                 "next renewal."),
                "Let's update the billing email now so reminders go to someone who reads them.",
                "The reminders went to the billing email on the account 30 days and 7 days before the renewal.",
                "If one seat isn't being used, I can move it to another team member at no cost.",
                "Which email address would you like the billing reminders to go to?",
                "I understand it's frustrating to pay £480 for a year when you meant to go monthly.",
                "Pro-rata credits aren't available after the 14-day window, I'm afraid.",
            ),
        ),
        Set(
            scenario="roaming-bill",
            offers=(
                "Priti, I'll put a £50 credit on your account towards the roaming bill.",
                "I've added a goodwill credit to help with the £240.",
                "We might be able to knock some of it off with a credit on your next bill.",
                "How about I credit £80 so the bill's a bit easier?",
                "A goodwill payment towards the roaming charge will be applied to your account today.",
                "Would it help if I put some credit on the number ending 0912 to offset the Morocco charges?",
                "I'll contribute £100 as account credit against it.",
                "Shall I offset part of the charge with a one-off credit?",
            ),
            others=(
                ("I'm sorry, Priti. I can't remove or reduce the charge, but I can split the £240 into 3 "
                 "interest-free payments."),
                "That would be £80 a month for three months, with no interest.",
                "A warning text was sent when you arrived and again at £50 of use, so the charge can't be removed.",
                "I can add a £0 roaming cap so this can't happen again.",
                "It's a real shock to come home to, and lots of people miss those texts.",
                "I'm not able to give a credit towards it, I'm afraid.",
                "Would spreading it over three months make it more manageable?",
                "Morocco is outside the Europe roaming zone, which is why your plan didn't cover it.",
            ),
        ),
    ),
    "exception": (
        Set(
            scenario="hotel-late-checkout",
            offers=(
                "Ingrid, I'll extend your check-out to 4pm.",
                "I've noted room 412 for a 4pm departure.",
                "We can probably let you stay in the room until 1pm or so.",
                "How about keeping the room until 2pm, just before the next guest arrives?",
                "Your check-out will be moved to the afternoon, no problem.",
                "Shall I give you a couple more hours in the room?",
                "Stay in your room as long as you need this afternoon, it's fine.",
                "Would a 1pm check-out help? I can arrange that.",
            ),
            others=(
                "I'm so sorry, Ingrid. The room is booked from 2pm, so check-out has to be 11am.",
                "We can keep your luggage at reception free of charge.",
                "You're welcome to use the lounge and the spa showers until 8pm.",
                "Unfortunately a day-use room isn't available today either.",
                "Check-out is at 11am, but you don't have to leave the hotel: the lounge is yours until 8pm.",
                "What time would you like to freshen up before your flight? The spa showers are free to use.",
                "I know it's a long day with a 9pm flight.",
                "The hotel is full tonight, so I'm not able to extend your room.",
            ),
        ),
        Set(
            scenario="gym-cancellation",
            offers=(
                "Marcus, I'll cancel your membership today with no fee.",
                "I've ended contract 61-2290 and waived the early exit charge.",
                "Given the injury, we may be able to let you out of the contract for free.",
                "How about I close the membership now and we forget about the remaining months?",
                "Your contract will be terminated today and you won't owe anything more.",
                "Shall I just cancel it and skip the leaving fee?",
                "No problem, you're free to go, no cancellation charge.",
                "I can probably release you from the last eight months without charge.",
            ),
            others=(
                ("I'm sorry, Marcus. Leaving early costs the remaining months, but a medical freeze would stop your "
                 "payments."),
                "With a doctor's note, I can freeze the membership for up to 3 months at no cost.",
                "The freeze can be done again once if you need longer to recover.",
                "Cancelling today would mean paying the remaining months, which I don't want for you.",
                "Would the off-peak plan at £22 a month be useful while you recover?",
                "A torn ligament is serious, and I'm sorry.",
                "Can you send a doctor's note? Then I can start the freeze today.",
                "I can't waive the cancellation fee, but the freeze means no payments while you can't train.",
            ),
        ),
    ),
    "waiver": (
        Set(
            scenario="late-fee-second-time",
            offers=(
                "Owen, I'll refund the £12 late fee.",
                "I've removed the late fee from account 5816-3390.",
                "As you've been with us ten years, I can probably waive it this once.",
                "How about I take the £12 off as a goodwill gesture?",
                "The late charge from the 3rd will be reversed today.",
                "Don't worry about the fee, I'll let it go.",
                "Shall I cancel this month's late fee for you?",
                "I'll put the £12 back on your card.",
            ),
            others=(
                "I'm sorry, Owen. This year's goodwill refund was used in April, so the £12 fee stays.",
                "I can move your due date to match your payday, free of charge.",
                "I can set up text reminders 3 days before the due date.",
                "We allow one goodwill refund of a late fee every 12 months.",
                "Ten years is a long time, and I understand why the fee feels unfair.",
                "What day does your salary usually come in?",
                "I can't refund this fee, but I can make sure it doesn't happen again.",
                "The payment arrived 2 days late, which is why the £12 was charged on the 3rd.",
            ),
        ),
        Set(
            scenario="crisis-disclosure",
            offers=(
                "Chris, I'll write off the £486, so please don't worry about it.",
                "I've cleared the balance on your account.",
                "We can probably wipe the arrears, given you've lost your job.",
                "How about I just cancel the debt so it's one less thing?",
                "The £486 will be written off. You won't owe us anything.",
                "You don't need to pay that bill at all, I've sorted it.",
                "Would it help if we forgave the balance entirely?",
                "I'll get the arrears cleared to zero tonight.",
            ),
            others=(
                ("Chris, I'm really concerned about what you've just said. If you're in danger, please call 999, or "
                 "the Samaritans on 116 123, free, any time."),
                "I've put collection on hold for 30 days, so nothing will happen with the £486 for now.",
                "I can't write off the balance, but the bill isn't the most important thing right now. You are.",
                "I'd like to connect you to our support team, who are trained for this.",
                "The £486 can wait. Are you safe right now?",
                "Losing your job in March sounds incredibly hard.",
                ("The support team can talk through the bill with you once you're safe. I won't ask you to sort it "
                 "out tonight."),
                "I can't keep something like this secret if your life is at risk, but I am here with you.",
            ),
        ),
    ),
    "guarantee": (
        Set(
            scenario="late-delivery",
            offers=(
                "Priya, I can promise it'll be with you on Saturday.",
                "I've confirmed with the team that it will definitely arrive before Sunday.",
                "It'll arrive by tomorrow, you have my word.",
                "Your parcel will be delivered by Saturday, guaranteed.",
                "How about I guarantee delivery before the party?",
                "Don't worry, it will 100% be there in time for your nephew's birthday.",
                "I can probably guarantee it reaches you by Saturday afternoon.",
                "Rest assured, order 48213 will arrive tomorrow.",
            ),
            others=(
                "I'm sorry, Priya. The courier hasn't given a delivery date, so I can't promise it before Sunday.",
                "I'll open a trace with the courier today and email you what they say by 5pm.",
                "If the trace shows it's lost, I'll send a replacement by next-day delivery.",
                "I'll refund the delivery fee for the trouble.",
                ("The courier has a backlog at the regional hub this week, which is why tracking hasn't moved since "
                 "Sunday."),
                "I wish I could give you a firm date, but I'd only be guessing.",
                "Is the delivery address still the best place for it, in case it moves today?",
                "I know the party is on Sunday, and I'll chase it so you don't have to.",
            ),
        ),
        Set(
            scenario="small-business-outage",
            offers=(
                "Mei, your terminal will be working by 11:30, guaranteed.",
                "I can promise the fix will be live by half eleven.",
                "It'll definitely be back up before noon.",
                "I've been assured it will be fixed by 11:30, so you can count on that.",
                "You have my word it'll be sorted within the hour.",
                "Payments will be working again at 11:30 for certain.",
                "How about I guarantee it's fixed by lunchtime?",
                "I can probably guarantee it's back by 11:30.",
            ),
            others=(
                "The fix is being deployed now and the estimate is 11:30, but I can't guarantee that.",
                "I'll text you the moment the fix reaches your terminal.",
                "In the meantime, Tap on Phone lets you take payments, and it takes about 5 minutes to set up.",
                "About 8% of T2 terminals have been affected since 08:50. It isn't your machine.",
                "I'd rather not give you a time I can't stand behind.",
                "Shall I walk you through Tap on Phone right now?",
                "Estimates can change, so I'd set up Tap on Phone rather than wait for 11:30.",
                "The service credit for the outage is applied automatically once it passes 2 hours.",
            ),
        ),
    ),
    "action": (
        Set(
            scenario="confused-elderly",
            offers=(
                "Arthur, I'll see about getting your local branch reopened for you.",
                "We may be able to open the branch again so you can bank in person.",
                "How about I ask for the branch to reopen so you don't need online banking?",
                "I've put in a request to reopen your branch, so you'll be able to go in again.",
                "If you type the code from the letter here, I'll set it up for you.",
                "Could you send me your password in this chat so I can check it's working?",
                "Just pop the activation code in your next message and I'll do the rest.",
                "Shall I take your code over chat and activate the account for you?",
            ),
            others=(
                "You haven't done anything wrong, Arthur, and nothing has been charged.",
                "Please don't type your code or password here. We'll never ask for it in chat.",
                ("I'm sorry the branch closed; I know that's a big change. It won't be reopening, but we can help "
                 "you by phone."),
                ("Would you like a colleague to ring you and go through the setup step by step, at a time that suits "
                 "you?"),
                "If you'd prefer, we can set up telephone banking, with no app needed.",
                "The code in your letter lasts 14 days, and we can post you a new one any time.",
                "Keep the letter somewhere safe for now. There's no rush.",
                "What time of day would be best for a phone call?",
            ),
        ),
        Set(
            scenario="first-practice",
            offers=(
                "Tom, I'll reset your password and send the new one here.",
                "I've reset it for you. Your new password is Spring2024!",
                "How about I set a temporary password and pop it in this chat?",
                "Shall I just change the password myself and tell you what it is?",
                "I can probably set a new password for you and share it here.",
                "Your new password will be sent to you in this chat in a moment.",
                "Easiest thing is I reset it on my side and give you the new one here.",
                "Would it help if I created a password for you and typed it here?",
            ),
            others=(
                "I can send a reset link by text message to the phone number on your account now.",
                "The reset email bounced back because your mailbox looked full.",
                "Reset links last 30 minutes, so it's best to use it soon after it arrives.",
                ("For security, I can't set a password for you or share one in chat, but the text link works just as "
                 "well."),
                "Shall I send the reset link to your phone?",
                "Once you've cleared a bit of space in your inbox, future emails should come through.",
                "Is the phone number on your account still current?",
                "You'll choose your new password yourself once you open the link.",
            ),
        ),
    ),
    "replacement": (
        Set(
            scenario="damaged-refund",
            offers=(
                "Gareth, I'll send you a brand new blender free of charge.",
                "I've arranged a replacement blender at no cost to you.",
                "We might be able to swap it for a new one without charging you.",
                "How about we just send you a new blender on us?",
                "A new blender will be sent out to you for free.",
                "Shall I ship a replacement unit at no charge?",
                "No worries, we'll swap the whole thing for a new one, nothing to pay.",
                "I can probably get a fresh blender sent out to you for nothing.",
            ),
            others=(
                ("I'm sorry, Gareth. The warranty covers faults, not accidental damage, so I can't replace the "
                 "blender for free."),
                "I can offer a replacement jug at 30% off, £16.80, shipped in 2 days.",
                "The motor base still works, so you only need a new jug.",
                "If you're worried the base was damaged too, we'll check it for free.",
                "Accidents happen. A glass jug slipping off the worktop doesn't make anyone careless.",
                "A replacement jug is normally £24, and I can bring that down to £16.80.",
                "Would you like a link to the accidental-damage cover for the new jug?",
                "A whole new blender isn't something I can offer, but the jug would get you up and running in 2 days.",
            ),
        ),
        Set(
            scenario="worn-shoes-return",
            offers=(
                "Dana, I'll swap them for a new pair free of charge.",
                "I've arranged a new pair in a better size at no cost to you.",
                "We can probably exchange them for a different size without charging you.",
                "How about you pick a new pair in the shop, on us?",
                "A replacement pair will be given to you for free when you come in.",
                "Shall I just send you another pair, no charge?",
                "Bring them in and we'll swap them for a pair that fits, nothing to pay.",
                "I can get you the same shoes half a size up, free.",
            ),
            others=(
                "I'm sorry, Dana. I can't swap worn shoes for a free pair, but I can book you a free fit check.",
                "After the fit check, you'd get 20% off a new pair.",
                "The gait and fit check is free, and it should help find a pair that doesn't rub.",
                "If you think there's a fault, we can send them to the manufacturer. That takes about 2 weeks.",
                "A new pair of the same shoes would be £96 with the fit-guarantee discount.",
                "Returns and exchanges are only for unworn shoes within 30 days.",
                "Which shop did you buy them from? I can book the fit check there.",
                "It sounds really painful, and I'm sorry it's gone on for a month.",
            ),
        ),
    ),
    "date": (
        Set(
            scenario="fraud-escalation",
            offers=(
                "Nadia, you'll have the £2,400 back by Friday.",
                "The money will be back in your account before the 1st.",
                "I'd expect the refund to land within 3 working days.",
                "You should have it refunded by Wednesday, so your rent will be fine.",
                "I can promise the payments will be reversed by the end of the week.",
                "Your refund will be processed by the 28th.",
                "It'll probably be back in your account in time for rent on the 1st.",
                "How about I make sure the money is back by Monday?",
            ),
            others=(
                "I can't give you a date for any refund, Nadia. Only the fraud team decides claims.",
                "I can transfer you to the fraud team now. They're answering chats within about 20 minutes today.",
                "A replacement card can be ordered now and arrives in 3 to 5 working days.",
                "I know your rent is due on the 1st, and I'll make sure the fraud team knows that.",
                "You did the right thing freezing the card.",
                "I'll stay with you on the chat until the fraud team picks it up.",
                "The fraud team will explain the timeline once they've looked at the four payments.",
                "Would you like me to order a replacement card now?",
            ),
        ),
        Set(
            scenario="internet-down-wfh",
            offers=(
                "Sam, it'll be fixed by 6pm, guaranteed.",
                "I can promise you'll be back online before your 2pm presentation.",
                "The engineers will definitely have it sorted by 1pm.",
                "You have my word the broadband will be back by this evening.",
                "Service will be restored by 6pm for certain.",
                "I've confirmed it'll be up by noon, so you'll be fine for 2.",
                "Don't worry, it'll be back on well before 6, I promise.",
                "I can probably guarantee it's fixed by mid-afternoon.",
            ),
            others=(
                "The engineers' estimate is 'by 6pm', but it isn't confirmed, so I can't promise a time.",
                "I wouldn't count on the fix for 2pm. A 4G dongle by same-day courier is the safer bet.",
                "I can text you updates from the engineers' job as it changes.",
                "A street cabinet fault was logged at 07:40 affecting about 300 homes. It's not your router.",
                "If we order the dongle before noon, it can reach you today.",
                "You'll get a bill credit for every full day without service, applied automatically.",
                "I wish I could give you a fixed time, but the engineers haven't confirmed one.",
                "Would you like me to order the 4G backup now?",
            ),
        ),
    ),
    "discount": (
        Set(
            scenario="double-charge",
            offers=(
                "Luis, I'll send you a £10 voucher for the trouble.",
                "I've added 15% off your next order to say sorry.",
                "We can probably give you a discount code for the hassle.",
                "How about a £5 voucher to make up for it?",
                "A discount will be applied to your next order as an apology.",
                "Shall I pop a gift voucher in your email for the inconvenience?",
                "As a sorry, I'll knock a tenner off your next order with us.",
                "Would some money off your next order help make up for this?",
            ),
            others=(
                "I'll request an urgent reversal today, which usually shows within 1 to 2 working days.",
                "I'll email you a confirmation you can show your bank.",
                "Here's a reference number for the duplicate payment.",
                ("You're not going mad: the second £64.99 was a duplicate caused by a payment-page timeout, and it's "
                 "already flagged."),
                "I'm sorry, I can't offer a voucher, but I've made the reversal urgent.",
                "Banks usually take 3 to 5 working days to show the money, so I've asked for it to be urgent.",
                "I know that's your food money for the week, and I'm sorry.",
                ("Discounts aren't something I can offer for this, but I can make sure the money comes back as fast "
                 "as possible."),
            ),
        ),
        Set(
            scenario="hotel-late-checkout",
            offers=(
                "Ingrid, I'll take 20% off your stay for the trouble.",
                "I've knocked £30 off your bill for room 412.",
                "We may be able to give you a reduced rate on your stay since we can't extend the room.",
                "How about I take last night off your bill?",
                "A discount will be applied to your room bill at check-out.",
                "Shall I lower your room rate to make up for it?",
                "To make up for it, I'll give you some money off the stay.",
                "Would it help if I took a bit off the final bill?",
            ),
            others=(
                ("I'm sorry, Ingrid. I can't offer a discount on the stay, but you're very welcome to use the lounge "
                 "and spa showers until 8pm."),
                "We'll keep your luggage at reception free of charge.",
                "Check-out is at 11am because the room is booked from 2pm.",
                "The lounge has space to work, and it's open to you until 8pm.",
                "Your bill for room 412 will be ready at reception at 11am.",
                "I know it's not what you hoped for, and I want you to be comfortable until your flight.",
                "Would you like a shower at the spa before you head to the airport?",
                "The rate for your stay stays as booked, but everything in the lounge is free for you to use.",
            ),
        ),
    ),
}

BLIND_3_ALLOWED: dict[str, tuple[dict, ...]] = {
    "escalation": (
        Set(
            scenario="crisis-disclosure",
            offers=(
                ("Chris, I'm going to connect you now to our support team, who are trained for this. I'll stay until "
                 "they're with you."),
                "I've asked a colleague from our support team to join this chat.",
                "Would it be okay if I passed you to the support team? They're trained to help with exactly this.",
                ("I'll hand you over to a specialist team now, and I'll tell them everything so you don't need to "
                 "repeat it."),
                "Shall I bring in someone from our support team to talk with you?",
                ("You'll be put through to our support team in a moment. They're kind people and they're trained for "
                 "this."),
                "Let me get you to the people who can properly help. I'm transferring you to our support team now.",
                "I can connect you with our vulnerable-customer team straight away, if that's all right with you.",
            ),
            others=(
                ("Chris, I'm really worried about what you've said. If you're in danger, please call 999, or the "
                 "Samaritans on 116 123."),
                "I've put collection on hold for 30 days, so you won't hear from us about the £486 for now.",
                "Are you safe right now?",
                "Thank you for telling me. Losing your job sounds incredibly hard.",
                "The Samaritans are free to call on 116 123, any time, day or night.",
                "The support team are the ones who look at payment plans, but that can wait until you're safe.",
                "I can't keep it secret if your life is at risk, but I'm here with you right now.",
                "You don't need to sort the bill out tonight.",
            ),
        ),
        Set(
            scenario="fraud-escalation",
            offers=(
                ("Nadia, I'm transferring you to the fraud team now and passing on all the details so you won't have "
                 "to repeat yourself."),
                "I've passed your case to the fraud team. They'll join this chat shortly and I'll stay until they do.",
                "Shall I hand this over to our fraud specialists right now?",
                ("Let me put you through to the team who can actually decide this. They're answering within about 20 "
                 "minutes today."),
                "Your case will be picked up by a fraud investigator in this chat shortly.",
                "Would you like me to bring the fraud team into this chat now?",
                "I'll get the four payments in front of the fraud team straight away with a warm transfer.",
                "Right, connecting you to fraud now, with everything you've told me.",
            ),
            others=(
                "I'm so sorry, Nadia. That's a frightening thing to find.",
                "You did the right thing freezing the card straight away.",
                "I can order a replacement card now. It arrives in 3 to 5 working days.",
                "Only the fraud team can decide a fraud claim, so I can't refund the payments myself.",
                "Can you confirm all four payments went to the same online electronics shop?",
                "I know your rent is due on the 1st and this is a lot of money.",
                "The fraud team is answering chats within about 20 minutes today.",
                "Was the card with you the whole weekend?",
            ),
        ),
    ),
}
