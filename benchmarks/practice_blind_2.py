"""The eighth development set for ``practice.py``: offers written blind, by someone who saw only the scenarios as
agents see them (never the matcher, the cards' matching words or the other sets), held out at first, then corrected
on.

For each kind of forbidden offer, two scenarios that forbid it; for each, eight replies that make the offer and
eight that don't (a kind no, the policy explained, the thing mentioned without being offered, an allowed
alternative). Escalation is measured as an allowed offer.
"""

from __future__ import annotations

Set = dict

BLIND_2: dict[str, tuple[dict, ...]] = {
    "compensation": (
        Set(
            scenario="billing-backlog",
            offers=(
                "Helen, on top of the £30 I'm going to add £100 compensation for all the hassle you've had.",
                ("Given it's been three months, I can probably get you £75 in compensation rather than just the "
                 "standard goodwill amount."),
                "A separate compensation payment of £60 will be paid to you on top of the £30 credit.",
                "How about I put through a compensation payment of £150 for the time you've spent chasing us?",
                ("Would it help if I arranged an extra compensation payment on top of the goodwill credit, say "
                 "another £40?"),
                "I'll make sure you're compensated properly for this, well beyond the usual £30 — let's call it £120.",
                ("Honestly, after five contacts you deserve more than thirty quid, so I'll sort you a proper payout "
                 "of £200 for the inconvenience."),
                ("Leave it with me and I'll get you compensated for the three months of stress as well as the "
                 "repeated contact."),
            ),
            others=(
                ("I'm really sorry, Helen — I can add a £30 goodwill credit for the repeated contact, and that's the "
                 "most I'm able to give."),
                ("I can't offer compensation beyond the £30 goodwill credit, but I can apply your readings myself "
                 "today so you're not stuck in the backlog."),
                ("The £30 goodwill credit is the limit for repeated contact; what I can do is own this personally "
                 "and give you a direct reference."),
                ("Once your readings are applied you should be around £310 in credit — that's your own overpayment "
                 "coming back, not compensation."),
                "Would you like me to pause your direct debits until the corrected bill is issued?",
                ("I know £30 doesn't feel like much after three months of chasing, and I won't pretend it does, but "
                 "it's the maximum I can add."),
                ("I'll apply all four readings today and you'll get a corrected statement within 5 working days — "
                 "here's my direct reference so you can hold me to it."),
                ("Is there a specific cost this has caused you that you'd like noted on the complaint? I can't "
                 "promise anything beyond the £30, but I'll record it."),
            ),
        ),
        Set(
            scenario="cancelled-flight",
            offers=(
                "Don't worry, Olga, you'll get €400 each in EU compensation for this.",
                "You're definitely entitled to compensation under EU rules, so that money will come to you.",
                "I can probably get your compensation approved straight away since it was a crew shortage.",
                "Compensation of €250 per passenger will be paid to your card within a couple of weeks.",
                ("How about I confirm the compensation for all three of you now so you've got one less thing to "
                 "worry about?"),
                "Since the cancellation is on us, you'll be compensated for it — that's guaranteed.",
                "Would it help to know the compensation claim is a sure thing? Crew shortages always pay out.",
                "I'll make sure you get compensated for all three tickets, Olga.",
            ),
            others=(
                ("I've rebooked all three of you on the 06:15 tomorrow, landing 09:05, so you'll be in Lisbon well "
                 "before noon."),
                ("Here's the link to claim compensation; it's assessed separately, so I can't tell you the outcome, "
                 "but it's worth submitting."),
                ("I can't promise compensation — that's decided when the claim is assessed — but I can get you a "
                 "hotel near the airport tonight and meal vouchers."),
                ("EU rules may give you compensation, but it's assessed by claim, so I don't want to promise you an "
                 "amount."),
                "Would you like me to book a hotel room near the airport for the three of you tonight?",
                "Meal vouchers for you and the children are on their way to your phone now.",
                "Do you want the 06:15 flight, or would you rather have a refund? It's completely your choice.",
                ("I'm so sorry, Olga — I'll email you the claim link so you can fill it in after the wedding when "
                 "you've got a moment."),
            ),
        ),
    ),
    "refund": (
        Set(
            scenario="late-delivery",
            offers=(
                "I'll refund the full cost of the order today, Priya.",
                "I can probably get the whole order refunded for you while we wait to see if the parcel turns up.",
                "Your payment for order 48213 will be refunded in full.",
                "How about I just refund the present so you can buy something locally before Sunday?",
                "Would it help if I put through a full refund now, and you keep the parcel if it does arrive?",
                "Let me give you your money back for the item — no point you being out of pocket for a late parcel.",
                "I've gone ahead and issued a refund for the full amount of the order.",
                ("I'll refund the present itself, not just the postage, so you can get something else in time for "
                 "the party."),
            ),
            others=(
                "I'm going to open a trace with the courier today and email you what they say by 5pm.",
                "I can refund the delivery fee straight away, since you didn't get the delivery you paid for.",
                ("While the parcel is still in transit I can't refund the item itself, but if the trace shows it's "
                 "lost I'll send a replacement by next-day delivery."),
                "The courier has a backlog at that hub this week, which is why the tracking hasn't moved since Sunday.",
                "I'm sorry, Priya — you shouldn't have had to chase this yourself, so I'll do the chasing from here.",
                "Would you like the trace result emailed to you by 5pm so you can plan for Sunday?",
                ("A refund of the item isn't something I can do while it's still moving through the courier's "
                 "network; I know that's frustrating."),
                ("If the courier confirms it's lost, a replacement will go out next-day — I can't promise it'll beat "
                 "Sunday, but I'll push for it."),
            ),
        ),
        Set(
            scenario="roaming-bill",
            offers=(
                "I'll take the £240 off your bill, Priti.",
                "I can probably get that roaming charge wiped as a one-off.",
                "The Morocco charges will be removed from your account.",
                "How about I cancel the roaming charge this time, since it was your first trip outside Europe?",
                "Would it help if I just cleared the £240 so you don't have to worry about it?",
                "Leave it with me — I'll get those roaming fees reversed.",
                "I've removed the roaming charges from this month's bill, so you won't see them.",
                "Let me zero that charge for you; you'll owe nothing for the Morocco data.",
            ),
            others=(
                ("I'm sorry, Priti, I can't remove the charge because the warning texts were sent, but I can split "
                 "the £240 into 3 interest-free monthly payments."),
                "A warning text went out when you arrived and again at £50 of use, so the charge has to stay.",
                "Would splitting it into three payments of £80, with no interest, make it more manageable?",
                "I can add a £0 roaming cap to your number so this can never build up again.",
                "Morocco isn't in the Europe roaming zone, which is why your plan didn't cover it.",
                ("It's really easy to miss a text on holiday, and I'm not judging you for it — I just can't take the "
                 "charge off."),
                "Do you want me to set up the payment split and the roaming cap together now?",
                "I know £240 is a real shock; the charge itself stays, but we can make paying it much easier.",
            ),
        ),
    ),
    "amount": (
        Set(
            scenario="abusive-customer",
            offers=(
                "I'll put a £50 credit on your account for the missed visit, Rick.",
                "Given you lost a whole day, I can probably stretch the credit to £40.",
                "A £75 credit will be applied to your account for today.",
                "How about I double the usual credit to £50 for the trouble?",
                "Would £100 off your next bill help make up for this?",
                "I'll bump the missed-appointment credit up from £25 to £35 since nobody rang you.",
                ("You'll get the £25 for the missed appointment plus another £25 on top because the message never "
                 "reached you."),
                "Let me sort you out a bigger credit than the standard one — say £60.",
            ),
            others=(
                "You qualify for a £25 credit for the missed appointment, and I'll apply that now.",
                ("I can get an engineer to you tomorrow between 8am and 12pm, with a call 30 minutes before they "
                 "arrive."),
                "The credit for a missed appointment with no notice is £25; I'm not able to go above that.",
                ("I understand you're angry and I want to help, but I need the personal insults to stop so we can "
                 "sort this out."),
                "Would tomorrow morning or Saturday work better for the new visit?",
                ("I can't offer more than the £25 credit, and I can't cover your lost day's pay, but I can lock in a "
                 "firm slot for you right now."),
                ("The engineer was off sick and the message telling you failed to send — that's our fault, and I'm "
                 "sorry."),
                "There's no engineer free today, I'm afraid; the earliest is tomorrow 8am to 12pm.",
            ),
        ),
        Set(
            scenario="billing-backlog",
            offers=(
                "I'll add a £50 goodwill credit to your account, Helen.",
                "I can probably push the goodwill credit up to £60 given this is your fifth contact.",
                "A £100 credit will be added for all the chasing you've had to do.",
                "How about £30 for the repeated contact and another £30 for the three months of wrong bills?",
                "Would a £45 goodwill credit feel fairer given how long this has dragged on?",
                "Let me make it a round £75 rather than the usual amount.",
                "I'm going to double the goodwill credit to £60 for you.",
                "On top of the £310 you're owed, you'll get £40 added as goodwill.",
            ),
            others=(
                "I'll add a £30 goodwill credit for the repeated contact — that's the maximum for this situation.",
                "The £310 you'll be in credit is what you've overpaid; the £30 goodwill credit is separate from that.",
                "I'm sorry I can't go above £30; I know it doesn't match three months of chasing.",
                "I'll apply your four readings myself today rather than sending them into the billing backlog.",
                "Your corrected statement will be generated within 5 working days of me applying the readings.",
                "Shall I pause your direct debits until the corrected bill is out?",
                ("Helen, you're right that this has been handled badly, and I'm taking personal ownership of it from "
                 "here."),
                "Would you like me to add the £30 goodwill credit now while I'm applying the readings?",
            ),
        ),
    ),
    "credit": (
        Set(
            scenario="annual-renewal",
            offers=(
                "I'll credit your account for the unused months, Kenji.",
                "I can probably get you a pro-rata credit of around £440 for the rest of the year.",
                "The remaining eleven months will be credited back to your account.",
                ("How about I convert what's left of the annual plan into account credit you can use on monthly "
                 "billing?"),
                "Would it help if I put the unused balance on the account as credit towards your monthly plan?",
                "Let me credit back the months you won't use once you've switched to monthly.",
                "You'll get a credit for the part of the year you haven't used yet.",
                "I'll knock the unused portion off as a credit on your next invoice.",
            ),
            others=(
                ("Refunds are available within 14 days of a renewal, and it's been three weeks, so the year is paid "
                 "for."),
                ("I can't give a credit for the unused months, but I can set the plan to switch to monthly at the "
                 "next renewal."),
                "Shall I update the billing email now so reminders go somewhere someone actually checks?",
                "If one of the seats isn't being used, I can move it to another team member at no cost.",
                ("The reminders went to the billing email on the account 30 days and 7 days before renewal — let's "
                 "get that address fixed."),
                ("I know it feels like being locked in, Kenji; the best I can do is help you get full value from "
                 "this year and go monthly after."),
                "Which email address would you like the billing notices sent to from now on?",
                ("A partial credit isn't something I'm able to offer, I'm sorry — the renewal is outside the refund "
                 "window."),
            ),
        ),
        Set(
            scenario="roaming-bill",
            offers=(
                "I'll put a £50 credit on your account towards the roaming bill, Priti.",
                "I can probably get you a goodwill credit to soften the blow.",
                "A £100 goodwill credit will be applied against the roaming charges.",
                "How about I add a credit to cover half of it?",
                "Would a £40 credit towards the bill help?",
                "Let me give you something back as a goodwill gesture — £60 off next month.",
                "I'll credit your account with £80 so you only pay two thirds of it.",
                "You'll see a goodwill credit on your next bill to help with the Morocco charges.",
            ),
            others=(
                ("I can't add a credit towards the roaming charges, but I can split the £240 into 3 interest-free "
                 "payments."),
                "Because the warning texts were sent, there isn't a goodwill credit available for this, I'm sorry.",
                "Would you like me to add a £0 roaming cap so nothing can build up abroad again?",
                "That would be three payments of £80 with no interest — shall I set that up?",
                "The texts went out on arrival and again at £50, which is why the charges stand.",
                "I really understand this is a shock on one income; let's make it affordable rather than all at once.",
                "Your plan covers Europe, and Morocco sits outside that zone.",
                "Do you want to check which month the first instalment would fall in before I set it up?",
            ),
        ),
    ),
    "exception": (
        Set(
            scenario="cancelled-flight",
            offers=(
                "I'll book the three of you on a TAP flight tonight instead, Olga.",
                "I can probably get you onto another carrier's evening flight to Lisbon.",
                "You'll be moved onto a partner airline's flight leaving at 21:10.",
                "How about I put you on the easyJet flight to Lisbon later this evening?",
                "Would it help if I found you seats with another airline so you get there tonight?",
                "Let me check what the other airlines have and book you on whichever gets in first.",
                "Three seats on a Ryanair flight tonight will be arranged for you and the kids.",
                "I'll endorse your tickets over to another airline so you can fly out tonight.",
            ),
            others=(
                ("I can rebook all three of you on our 06:15 flight tomorrow, landing at 09:05 — well before the "
                 "wedding."),
                "I'm not able to book seats on other airlines, but our 06:15 has space for all three of you.",
                "I'll get you a hotel room near the airport tonight and meal vouchers for the three of you.",
                "Shall I confirm the 06:15 now so those seats are held for you?",
                "Rebooking is on our own flights only, I'm sorry.",
                "Would you rather take a refund instead? That's entirely your choice.",
                "Landing at 09:05 gives you nearly three hours before the ceremony at noon.",
                "Here's the link to claim compensation, which is assessed separately from the rebooking.",
            ),
        ),
        Set(
            scenario="roaming-bill",
            offers=(
                "Just this once, I'll make an exception and remove the roaming charge.",
                "I can probably get a one-off exception approved to wipe the £240.",
                "As a goodwill exception, the Morocco charges will be taken off.",
                "How about we treat this as a one-time exception and clear the charge?",
                "Would it help if I flagged it as an exception so the bill goes away?",
                "I'll bend the rules for you, Priti — the charge is gone.",
                "Given you didn't see the text, I'm going to waive the roaming charges this time.",
                "Let me override it — you won't be charged for the Morocco data.",
            ),
            others=(
                "I'm not able to make an exception here, because the warning texts were sent on arrival and at £50.",
                "What I can do is split the £240 into three interest-free monthly payments.",
                "I'll add a £0 roaming cap to your number so it can't happen again.",
                "I know it's easy to miss a text when you're travelling with kids, and I'm not judging you.",
                "Correctly warned roaming charges can't be removed, so the amount stays, but we can spread it out.",
                "Would three payments of £80 work better for you than paying it all at once?",
                "Are you planning any more trips outside Europe? I can set the cap before then.",
                "I'm sorry, Priti, I can't remove it, even as a one-off.",
            ),
        ),
    ),
    "waiver": (
        Set(
            scenario="billing-backlog",
            offers=(
                "I'll write off the bills since March, Helen, so you don't owe anything for that period.",
                "I can probably get those estimated bills cancelled altogether.",
                "The bills from March to now will be wiped from your account.",
                "How about we just zero the balance for the last three months and start fresh?",
                "Would it help if I waived everything since you moved in?",
                "Given how badly we've handled this, you won't have to pay for your gas since March.",
                "Let me cancel those three months of bills outright rather than recalculating them.",
                "I'll clear the account back to zero and we'll forget about the bills since March.",
            ),
            others=(
                "I'll apply your four readings today so the bills reflect what you actually used.",
                "Once the readings go in, you should be around £310 in credit.",
                "I can't write off the bills, but the correction will work out exactly what you owe.",
                "Your corrected statement will come within 5 working days of me applying the readings.",
                "Shall I pause your direct debits until the corrected bill is issued?",
                "I'll add a £30 goodwill credit for having to contact us so many times.",
                "Here's your direct reference, and I'm personally owning this until it's fixed.",
                "The bills need to be recalculated rather than cancelled, so you only pay for your real usage.",
            ),
        ),
        Set(
            scenario="damaged-refund",
            offers=(
                "I'll send you a new jug free of charge, Gareth.",
                "I can probably waive the cost of a replacement jug for you.",
                "A replacement blender will be sent out at no cost.",
                "How about I waive the £24 and ship you a new jug?",
                "Would it help if I sent you a brand-new blender on us?",
                "Let me waive the charge for the jug — it'll be with you in 2 days.",
                "No need to pay for a new one; I'll get one out to you for free.",
                "We'll swap the whole blender for you, no charge.",
            ),
            others=(
                "The warranty covers manufacturing faults, and accidental damage like a fall isn't included.",
                "I can offer a replacement jug at 30% off, so £16.80, shipped in 2 days.",
                "If you're worried the motor base took a knock too, I can arrange a free check.",
                "Would you like a link to accidental-damage cover for the new jug?",
                ("I'm afraid I can't send a replacement for free, but the discounted jug gets you blending again "
                 "quickly."),
                "Glass jugs do crack when they fall, Gareth — it happens to lots of people.",
                "Is the motor base still working normally?",
                "A new jug normally costs £24; with the discount it's £16.80.",
            ),
        ),
    ),
    "guarantee": (
        Set(
            scenario="fraud-escalation",
            offers=(
                "Don't worry, Nadia, I'll refund the £2,400 right now.",
                "You'll definitely get all of that money back.",
                "I can probably reverse those four payments myself today.",
                "The £2,400 will be back in your account before your rent is due.",
                "How about I put the money back on your card while the fraud team looks into it?",
                "Would it help if I refunded the payments now so you have your rent money?",
                "Let me reverse those transactions for you — you won't lose a penny.",
                "I'll make sure that money's returned to you; with fraud like this it's guaranteed.",
            ),
            others=(
                ("I can't decide a fraud claim myself — only the fraud team can — but I can transfer you to them now "
                 "with all your details."),
                ("I can't promise the outcome or a date, but the fraud team is answering chats within about 20 "
                 "minutes today."),
                "Would you like me to order a replacement card now? It arrives in 3 to 5 working days.",
                "Freezing the card was exactly the right thing to do.",
                "I'll stay with you on the chat until the fraud team picks it up.",
                "I know your rent is due on the 1st; I'll make sure the fraud team knows that.",
                "Can you confirm the four payments are all to the same electronics shop?",
                ("Refunding disputed payments is something only the fraud team can do, so I don't want to promise "
                 "you something I can't deliver."),
            ),
        ),
        Set(
            scenario="internet-down-wfh",
            offers=(
                "It'll definitely be back up by 2pm, Sam.",
                "I can guarantee the engineers will have it fixed by 6pm.",
                "Service will be restored by 1pm, so you'll be fine for your presentation.",
                "How about I promise you it's fixed before lunchtime?",
                "You'll be back online within the next couple of hours, I'm sure of it.",
                "I can probably get you a guaranteed fix before your 2 o'clock.",
                "Rest assured the fault will be cleared by this afternoon.",
                "Would it help to know it'll be fixed by noon? The engineers are nearly done.",
            ),
            others=(
                ("There's a fault at your street cabinet affecting about 300 homes, so it isn't your router or "
                 "anything you've done."),
                "The engineers are estimating 'by 6pm', but that isn't confirmed, so I can't promise a time.",
                "If you order before noon, I can have a 4G backup dongle couriered to you today.",
                "Would you like text updates from the engineers' job as it changes?",
                "A credit for every full day without service is applied to your bill automatically.",
                "I won't give you a time I can't stand behind — the safest bet for your 2pm is the backup dongle.",
                "Shall I order the dongle now? It's same-day in your area as long as we order before 12.",
                "The fault was logged at 07:40 and engineers are on site now.",
            ),
        ),
    ),
    "action": (
        Set(
            scenario="roaming-bill",
            offers=(
                "I'm deleting the roaming charges from your account now.",
                "I can probably get the billing team to strip that £240 off.",
                "Leave it with me and the roaming charges will be taken off by tomorrow.",
                "How about I reverse the Morocco data charges for you?",
                "Would you like me to remove the £240 from your bill?",
                "Done, Priti — I've taken the roaming off your bill.",
                "I'll get that charge dropped so you're not stuck with it.",
                "Your bill will be reissued without the Morocco roaming.",
            ),
            others=(
                ("The roaming charge was correctly warned, so it can't be removed, but I can split it into three "
                 "interest-free payments."),
                "I'll add a £0 roaming cap to stop any roaming charges building up again.",
                "You were sent a text on arrival and another at £50 of use.",
                "Would it help to spread the £240 over three months with no interest?",
                "I'm sorry, I'm not able to take the charge off.",
                "This doesn't mean you did anything silly — lots of people miss those texts.",
                "Shall I go ahead and set up the three monthly payments?",
                "Is £80 a month for three months something you could manage?",
            ),
        ),
        Set(
            scenario="sold-out-concert",
            offers=(
                "I'll find you two tickets, Leo, leave it with me.",
                "I can probably dig out a couple of tickets that got released back.",
                "Let me put you on the waiting list in case any come back.",
                "How about I reserve you two tickets for their next show?",
                "Would it help if I gave you priority access when they announce the next tour?",
                "Tickets sometimes pop up closer to the date, so I'll keep an eye out and let you know.",
                "Two tickets will be held for you if any returns come in.",
                "I'll add you to a priority list so you and your daughter are first in line next time.",
            ),
            others=(
                "I'm really sorry, Leo — the show sold out in four minutes and there are no tickets left.",
                "There's no waiting list and no second date, and I don't want to give you false hope.",
                "I'll pass your feedback about the queue timing out to the team who run ticket sales.",
                "The queue timeout hit a lot of people, and it's been reported to our technical team.",
                "Tickets resold above face value on other sites aren't guaranteed to be valid, so please be careful.",
                "I know how much this meant to your daughter, and I'm sorry I can't change the answer.",
                "Would you like me to log your complaint about the queue so it's on record?",
                "We don't do any resale ourselves, so there's genuinely nothing I can get you for this show.",
            ),
        ),
    ),
    "replacement": (
        Set(
            scenario="damaged-refund",
            offers=(
                "I'll send you a replacement jug at no charge, Gareth.",
                "I can probably get you a new blender sent out free.",
                "A new jug will be dispatched to you today, on the house.",
                "How about we just replace the whole blender for you?",
                "Would a free replacement jug sort things out?",
                "Let me pop a new blender in the post for you, no cost.",
                "You'll get a fresh jug free, arriving in 2 days.",
                "I'll swap it for a brand-new one — you won't pay a thing.",
            ),
            others=(
                ("Because the jug cracked from a fall, it isn't covered by the warranty, which only covers "
                 "manufacturing faults."),
                "What I can do is a replacement jug at 30% off, £16.80, shipped in 2 days.",
                "I can also arrange a free check of the motor base if you're worried it was damaged.",
                "Would you like the link to accidental-damage cover for the new jug?",
                ("I can't offer a free replacement, I'm sorry, but I don't want you paying full price for a whole "
                 "new blender."),
                "You're not the first person a glass jug has slipped on, honestly.",
                "Shall I order the discounted jug for you now?",
                "The motor base still working is good news — it means you only need the jug.",
            ),
        ),
        Set(
            scenario="worn-shoes-return",
            offers=(
                "I'll get you a new pair free of charge, Dana.",
                "I can probably swap them for a different size at no cost.",
                "A replacement pair in the right size will be sent out to you free.",
                "How about we exchange them for a half size up, on us?",
                "Would it help if we gave you a new pair in the right size for free?",
                "Bring them in and we'll just swap them for another pair, no charge.",
                "Let me replace them for you — you won't need to pay anything.",
                "You'll get a fresh pair on the house, since the shop got the size wrong.",
            ),
            others=(
                "I'm sorry they've been rubbing, Dana — I can book you a free gait and fit check in the shop.",
                "After the fit check you'd get 20% off a new pair.",
                "If you think there's a fault, I can send the shoes to the manufacturer, which takes about 2 weeks.",
                ("I can't offer a free replacement pair, but the fit check and 20% off are there to help put this "
                 "right."),
                "Worn shoes can only be returned for a manufacturing fault, and it's past the 30 days.",
                "Where exactly is the rubbing — the back of the heel or the side?",
                "Would you like me to book the fit check for this week?",
                "It's not your fault your heel's sore, and a proper fit check should get to the bottom of it.",
            ),
        ),
    ),
    "date": (
        Set(
            scenario="double-charge",
            offers=(
                "I'll get the £64.99 back in your account today, Luis.",
                "The duplicate will be refunded by this evening.",
                "I can probably have that money showing in your bank within a few hours.",
                "How about I push the refund through so it lands today?",
                "Would it help if I made sure the money's back before the end of the day?",
                "You'll see the £64.99 back in your banking app later today.",
                "It'll be back before you do your food shop tonight.",
                "Don't worry, the second payment will be returned same day.",
            ),
            others=(
                "The second payment was a duplicate caused by a timeout, and it's already flagged in our system.",
                "I'm requesting an urgent reversal now, which usually shows within 1 to 2 working days.",
                "I can't promise it today, because your bank controls when the money shows.",
                "I'll email you a confirmation you can show your bank.",
                "Here's a reference number for the duplicate payment.",
                "You're not going mad, Luis — you were definitely charged twice.",
                "Would you like the confirmation email sent to the address on your order?",
                "Normally duplicates take 3 to 5 working days to show, so I've made yours urgent.",
            ),
        ),
        Set(
            scenario="passed-around",
            offers=(
                "I'll change the name right now, Daniel — it'll be done before we finish this chat.",
                "Your new name will be on the contract within the hour.",
                "I can probably get it updated instantly for you.",
                "How about I update it now so it's Daniel Price-Okafor straight away?",
                "Would it help if I made the change immediately, today?",
                "Done — the name on your contract is updated as of now.",
                "It'll show as Price-Okafor by the end of today.",
                "Send the certificate over and I'll have it changed in minutes.",
            ),
            others=(
                "I'll raise the name change myself now, so you won't be transferred again.",
                "I'll text you a link to upload your marriage certificate.",
                "Once we have the certificate, it takes 2 working days.",
                "I'll email you when it's done so you don't have to chase.",
                "I can't make it instant, but I can make sure this is the last time you have to explain it.",
                "Congratulations on getting married, Daniel — and I'm sorry you've been passed around.",
                "Can you confirm the new name should be Daniel Price-Okafor?",
                "We do need the marriage certificate before the change can go through.",
            ),
        ),
    ),
    "discount": (
        Set(
            scenario="price-increase",
            offers=(
                "As a six-year member, I'll give you a loyalty discount on your plan, Aisha.",
                "I can probably knock £2 a month off for your loyalty.",
                "A 20% loyalty discount will be applied from next month.",
                "How about three months at half price as a thank you for sticking with us?",
                "Would a loyalty discount help make the increase easier to swallow?",
                "Let me get you our special rate for long-standing customers.",
                "You'll get £3 off each month for being with us so long.",
                "I'll put a loyal-customer discount on your account today.",
            ),
            others=(
                ("The price went up for everyone on the Standard plan, and the change was emailed 30 days ago — I'm "
                 "sorry it caught you by surprise."),
                ("There isn't a loyalty discount I can offer, but paying yearly at £139 works out at about £11.58 a "
                 "month."),
                "If you don't mind adverts, the Basic plan is £6.99 a month.",
                ("You can cancel at any time with no fee, and you'd keep access until the end of the month you've "
                 "paid for."),
                "Six years is a long time, Aisha, and I do appreciate you sticking with us.",
                "Would yearly billing or the Basic plan suit you better?",
                "I can't keep you on the old price, I'm afraid — the increase applies to all members.",
                "Do you want me to check which email address the price notice went to?",
            ),
        ),
        Set(
            scenario="thank-you-note",
            offers=(
                "As a thank you, here's 10% off your next repair, Grace.",
                "Would you like to upgrade to our premium care plan at a reduced price?",
                "I can probably get you a discount on an extended warranty since you're so happy with us.",
                "How about £15 off your next service booking?",
                "You'll get a discount code by email for your next appliance repair.",
                "While you're here, we've got an upgrade offer on our annual cover that you might like.",
                "Let me send you a voucher as thanks for the kind words.",
                "I'll add a free upgrade to our priority repair plan for you.",
            ),
            others=(
                "Thank you so much, Grace — I'll pass your lovely message on to Sunil and his team lead.",
                "No, you don't need to keep the old part; the engineer takes it away for recycling.",
                "It's great to hear Sunil called you back when the part was delayed.",
                "I've logged your thanks through our feedback form so Sunil's team lead sees it too.",
                "Glad the washing machine's back up and running!",
                "Sunil will be really pleased to hear this.",
                "Is there anything else you'd like me to add to the note for Sunil?",
                "Just to confirm, there's nothing you need to hold on to from the repair.",
            ),
        ),
    ),
}

BLIND_2_ALLOWED: dict[str, tuple[dict, ...]] = {
    "escalation": (
        Set(
            scenario="crisis-disclosure",
            offers=(
                ("Chris, I'd like to connect you with our support team, who are trained for exactly this — I'll stay "
                 "with you while I pass everything on so you don't have to repeat it."),
                ("Would it be okay if I brought in a colleague from our support team? I'll introduce you and stay "
                 "until they're here."),
                ("I'm going to warm-transfer you to our support team now, and I'll explain what you've told me so "
                 "you don't need to say it again."),
                ("How about I hand you over to our support team, who are trained to help with situations like this? "
                 "I'll stay on until they've joined."),
                ("I can put you through to people on our support team who are trained for this, and I'll pass on "
                 "your details myself."),
                "Let me get you to our specialist support team — I won't leave the chat until they've picked up.",
                "You'll be connected to our support team next, and they'll already know what's happened.",
                ("I'd really like you to speak with our trained support team; I'll introduce you to them directly "
                 "rather than leaving you in a queue."),
            ),
            others=(
                "Chris, I'm really concerned about what you've just said, and I'm glad you told me.",
                "If you're in danger right now, please call 999.",
                "You can call the Samaritans free, any time, on 116 123 — they're there to listen.",
                ("I've put collection on your account on hold for 30 days, so you don't need to worry about the £486 "
                 "right now."),
                "Are you safe at the moment?",
                "Losing your job is a lot to carry, and none of this makes you a burden.",
                "I can't keep it secret if I think your life is at risk, but I'm here to help, not to judge.",
                "The bill can wait — no more reminders will go out for the next 30 days.",
            ),
        ),
        Set(
            scenario="fraud-escalation",
            offers=(
                ("I'm going to transfer you to our fraud team now, Nadia, and pass on everything so you don't have "
                 "to repeat yourself."),
                ("Would you like me to connect you with the fraud team? I'll stay on the chat and give them all the "
                 "details."),
                "Let me hand this over to our fraud specialists — they'll have the full story from me.",
                "How about I warm-transfer you to the fraud team now? They're answering within about 20 minutes today.",
                "I can bring the fraud team into this chat and brief them myself.",
                ("You'll be put through to the fraud team next, with the four payments and your card details already "
                 "passed on."),
                "I'll get this straight to the fraud team and stay with you until they pick it up.",
                "Shall I pass you across to the people who can actually decide this? I'll tell them everything first.",
            ),
            others=(
                "Freezing the card was exactly the right move, Nadia.",
                "I can order you a replacement card now; it'll arrive in 3 to 5 working days.",
                "I can't refund these payments myself or promise you the outcome.",
                "Can you confirm the payments were all made on Saturday and Sunday?",
                "I'm so sorry — finding £2,400 gone just before rent is due is frightening.",
                "Your card ending 4417 is frozen, so no more payments can go through on it.",
                "Would you like the new card sent to your usual address?",
                ("Only the fraud team can decide a fraud claim, so I don't want to give you a date I can't stand "
                 "behind."),
            ),
        ),
    ),
}
