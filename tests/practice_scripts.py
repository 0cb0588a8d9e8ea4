"""Scripted agents for practice tests: what a caring agent and a dismissive one would type in each scenario."""

from __future__ import annotations

EMPATHETIC: dict[str, tuple[str, ...]] = {
    "late-delivery": (
        "I'm so sorry your parcel still hasn't arrived and you've had no updates all week; that's really "
        "stressful with the party on Sunday. I'll open a trace with the courier now and email you what they "
        "say by 5pm today.",
        "That's a completely fair worry. If the trace shows it's lost, I'll send a replacement by next-day "
        "delivery, and I'll confirm by email today.",
        "I'm glad that helps. I'm keeping an eye on it myself and you'll hear from me by 5pm today.",
    ),
    "damaged-refund": (
        "I'm sorry your blender's jug cracked after only five weeks; that's really annoying when you use it "
        "every day. I can't refund it as a fault, but what I can do is send you a replacement jug at 30% off, "
        "and I'll email you the link now.",
        "That's a fair question. The jug would be £16.80 and I'll make sure it ships within 2 days.",
        "Thanks for being so understanding. I'll send the link in the next few minutes and check it's on its way.",
    ),
    "internet-down-wfh": (
        "I'm really sorry, losing your connection on the morning of a client presentation is awful, and it's "
        "not your router: there's a cabinet fault on your street. I'll order you a 4G backup dongle by "
        "same-day courier right now so you're online before 2pm.",
        "I completely get how stressful this is when you're paid by the hour. I'll also sign you up for text "
        "updates from the engineers, and I'll check the courier has picked up the dongle within the hour.",
        "I'm glad that helps. I'll stay on top of it and text you as soon as the fix is confirmed.",
    ),
    "billing-backlog": (
        "I'm so sorry, Helen. Contacting us five times and still getting bills for your old house is "
        "exhausting, and it shouldn't have happened. I can see all four of your readings. I'll take ownership "
        "of this myself, apply them today, and send you a corrected statement within 5 working days.",
        "You're right to want that. I'll pause your direct debit now until the corrected bill is issued, and "
        "I'll add a £30 goodwill credit for the repeated contact. I'll email you my direct reference today.",
        "Thank you for your patience with us. I'll check the correction myself on Friday and email you then.",
    ),
    "double-charge": (
        "I'm so sorry, that's really worrying when it's your food money for the week. I can see the second "
        "£64.99 payment was a duplicate, so it will come back to you. I'll request an urgent reversal now, "
        "which usually shows within 1 to 2 working days.",
        "I completely understand wanting it back before the weekend. I'll email you a confirmation with the "
        "reference number right now, so you can show your bank.",
        "You're welcome. I'll check tomorrow morning that the reversal has gone through and email you.",
    ),
    "bereavement-closure": (
        "I'm so sorry about John. Thank you for letting us know; please don't apologise. I'll take care of "
        "closing the account for you myself, so you won't need to explain it again.",
        "The only thing I need is a copy of the death certificate, and email is fine. I'll also waive the "
        "final bill, and I'll call you when everything is closed.",
        "Take all the time you need. I'll look out for your email and I'll ring you as soon as it's done.",
    ),
    "passed-around": (
        "I'm really sorry you've been passed around four times today; that's exhausting. I won't transfer "
        "you: I'll raise the name change myself right now.",
        "Congratulations on the wedding. I'll text you a link to upload your marriage certificate, and I'll "
        "email you when the new name is on the contract, within 2 working days.",
        "You won't need to call again. I'm keeping this with me and I'll check it's done on Thursday.",
    ),
    "price-increase": (
        "I'm sorry you found out about the increase from your bank statement, Aisha; that's a horrible way to "
        "find out after six years with us. I can't keep the old price, but what I can do is show you two "
        "options that could bring it down.",
        "Yearly billing at £139 works out at about £11.58 a month, or Basic with adverts is £6.99. I'll switch "
        "you to whichever you prefer today, and I'll email you a summary now.",
        "I'm glad that helps. I'll make the change now and email you the confirmation.",
    ),
    "cancelled-flight": (
        "I'm so sorry, Olga. A cancellation the night before your sister's wedding, with two tired kids, is "
        "awful. I'll rebook all three of you on the 06:15 flight right now; it lands at 09:05, in time for "
        "the wedding.",
        "I'll also book you a hotel room near the airport tonight and send meal vouchers to your phone, and "
        "I'll email you the new boarding passes within 10 minutes.",
        "You're very welcome. I'll check the hotel has your booking and email you the details straight away.",
    ),
    "abusive-customer": (
        "I'm sorry the engineer didn't come and nobody called; losing a day off is really frustrating. I want "
        "to help, but I need us to keep this respectful. I'll book you the first slot tomorrow morning, 8am "
        "to 12pm.",
        "I completely understand how cold the house must be. I'll make sure the engineer calls you 30 minutes "
        "before arriving, and I'll add the £25 credit to your account today.",
        "Thank you. I'll check tomorrow morning that the engineer is on the way and text you.",
    ),
    "confused-elderly": (
        "Hello Arthur, please don't worry, you haven't done anything wrong and nothing has been charged. "
        "I'm sorry the letter was confusing. I'll ring you and walk you through it on the phone, at a time "
        "that suits you.",
        "That's a very sensible worry. I'll call you this afternoon at 2pm, and we'll go through it together, "
        "one step at a time.",
        "You're very welcome. I'll ring you at 2pm today.",
    ),
    "small-business-outage": (
        "I'm so sorry, Mei; losing card payments on your busiest Saturday is awful, and it's a fault on our "
        "side. I'll walk you through setting up Tap on Phone right now, so you can take cards in about 5 "
        "minutes.",
        "I completely understand every minute counts. I'll text you the moment the terminal fix reaches you, "
        "and I'll make sure the service credit is applied to your account.",
        "I'm glad you're taking payments again. I'll check back in 30 minutes and text you.",
    ),
    "first-practice": (
        "Hi Tom, sorry the reset email didn't reach you; that's annoying when you just want your invoice. It "
        "bounced because your mailbox looked full. I'll send a reset link to your phone by text now.",
        "The link lasts 30 minutes, so use it whenever you're ready. I'll stay on the chat until you're in.",
        "Glad you're in! I'll check the text went through on our side too.",
    ),
    "thank-you-note": (
        "Thank you so much, Grace, that's lovely to hear. I'm glad Sunil kept you in the loop when the part was "
        "late. I'll pass your thanks on to him and his team lead today. And no need to keep the old part: the "
        "engineer takes it away for recycling.",
        "It really does make his day when someone writes in. I'll make sure he sees your words.",
        "Thanks again for taking the time, Grace.",
    ),
    "fraud-escalation": (
        "I'm so sorry, Nadia; finding £2,400 of payments you didn't make is frightening, especially with rent "
        "due. You did the right thing freezing the card. I'll transfer you to our fraud team now and pass on "
        "everything you've told me, so you won't need to repeat it.",
        "I'll stay with you on the chat until they pick it up, and I'll order you a replacement card now.",
        "You're welcome. I'll check the fraud team has your details before I hand over.",
    ),
    "sold-out-concert": (
        "I'm really sorry, Leo; I can hear how disappointed you both are, and losing your place when the queue "
        "timed out is unfair. I have to be honest: the show is sold out, and there is no waiting list or second "
        "date. I'll pass your feedback about the queue to the ticketing team today.",
        "I know that's hard to hear when she was so excited. I'll include your order attempt and time in my "
        "report, so the team can see exactly what happened to you.",
        "Thank you for understanding. I'll make sure your feedback reaches them today.",
    ),
    "crisis-disclosure": (
        "I'm really sorry you're feeling like this, Chris, and I'm glad you told me. Your safety matters more than "
        "any bill. If you're in danger right now, please call 999, or the Samaritans on 116 123, any time. I'm "
        "putting collection on hold for 30 days now.",
        "I'd like to put you through to our support team, who are trained for this, and I'll stay with you on the "
        "chat until they pick it up. Is that OK?",
        "Thank you for staying. I'm passing them everything, so you won't need to explain again.",
    ),
    "gym-cancellation": (
        "I'm really sorry about your knee, Marcus; months off training is a lot to deal with. I can't cancel the "
        "contract early without the fee, but what I can do is freeze your membership for up to 3 months at no "
        "cost with a doctor's note.",
        "I'll email you how to send the note, and I'll start the freeze from today once it's in. You can also "
        "move to the off-peak plan at £22 a month when you're back.",
        "Glad that helps. I'll check the freeze is in place and email you.",
    ),
    "hotel-late-checkout": (
        "I'm sorry, Ingrid, after a long week you deserve somewhere to rest. The hotel is full tonight, so I can't "
        "keep the room past 11, but what I can offer is the lounge and the spa showers until 8pm.",
        "I'll also keep your luggage at reception for free, so you can work and freshen up before your flight.",
        "You're welcome. I'll let the lounge know you're coming.",
    ),
    "worn-shoes-return": (
        "I'm really sorry your heel has been rubbed raw for a month, Dana; that's miserable when you're training. "
        "I can't refund shoes that have been worn, but what I can do is book you a free gait and fit check in "
        "the shop.",
        "After the fit check you'd get 20% off a new pair, and if you think there's a fault, I can send them to "
        "the manufacturer to assess.",
        "Glad that helps. I'll email you the booking link now.",
    ),
    "late-fee-second-time": (
        "I'm sorry, Owen; after ten years a fee for a late salary feels unfair, and I understand why you're "
        "annoyed. I can't refund this one, as this year's goodwill refund was used in April, but I can move "
        "your due date to match your payday.",
        "I'll also set up a text reminder before the due date, so this can't catch you out again.",
        "Thanks, Owen. I'll email you the new due date now.",
    ),
    "roaming-bill": (
        "I'm really sorry, Priti; a £240 bill after a family holiday is a real shock. I can't remove the roaming "
        "charges, but I can split the £240 into 3 monthly payments with no interest.",
        "I'll also add a roaming cap so this can't happen again, and I'll email you the payment plan today.",
        "You're welcome. I'll check the cap is active and text you.",
    ),
    "annual-renewal": (
        "I'm sorry, Kenji; £480 is a lot for a small studio, and a reminder going to an inbox nobody checks is "
        "frustrating. I can't refund the renewal, as the 14 days have passed, but I'll update the billing email "
        "now.",
        "I can also set the plan to switch to monthly at the next renewal, and move the unused seat to another "
        "team member so the year works harder for you.",
        "Glad that helps. I'll email you a summary of the changes.",
    ),
}

DISMISSIVE: tuple[str, ...] = (
    "You should have read the information we sent you.",
    "Calm down. As I already said, there's nothing we can do.",
    "It is what it is. Our policy says no.",
    "Whatever. Deal with it.",
)
