"""The coach reads a customer's message and a reply the way a lead does, whatever the phone typed."""

from __future__ import annotations

import pytest

from bot.coach import analyze, check
from bot.coach.checks.customer import read_customer


@pytest.mark.parametrize("message", [
    "trying to pay for my flight, it doesn’t work. Technical error every time",
    "my wife was delayed 4 hours and had to sleep at a motel 20 min away? Talk about poor customer service",
    "we are still in the queue to check in, been here for an hour. What’s happening?",
    "get your act together and find a crew for this flight, it's been a cluster mess of gates",
    "Never ever will I fly with you again",
    "thanks for ruining our trip to Hawaii this morning",
    "why do you have to lie to us about delays. You’re ruining another weekend.",
    "Four days without hot water and two small kids in the house.",
    "The pizza came an hour late and stone cold, and the rider didn't even apologise.",
    "This quarter's bill is triple the usual. I'm not paying it.",
    "Your van mounted the kerb and nearly hit my dog. That's dangerous.",
    "Lovely staff, but the room was next to the lift and we barely slept.",
    "I wrote NO PEANUTS on the order because I'm allergic. The satay came anyway. I had to use my EpiPen and spent "
    "the night in A&E.",
    "@insure my renewal has gone up 40%. No claims, same car, nine years with you.",
    "@bank app down on payday. no idea if my wages are in.",
])
def test_a_complaint_is_read_as_something_gone_wrong(message: str) -> None:
    customer = read_customer(message)
    assert customer.problem and not customer.praise and customer.needs_ack


@pytest.mark.parametrize(("message", "praise"), [
    ("The crew on my flight were brilliant, thank you!", True),
    ("the attendant asked if I wanted pretzels, I said no thanks, and the bag hit me in the face", False),
    ("please help us make sure our weekend away isn't ruined!", False),
    ("I can't believe you're leaving the old terminal, you leave me no choice but to switch carriers", False),
    ("My husband died this month and I can't find his policy. Could someone tell me how to start. Thank you, Margaret "
     "Ellis", False),
    ("The fitter was brilliant and tidied up after himself. Thank you, Lou", True),
    ("My mum died last month and I'm her executor. I don't know where to start. Any help would be appreciated. "
     "Thank you, Gareth Lewis", False),
    ("tracking says delivered with a photo of a door that is NOT MY DOOR. that's her birthday present gone. brilliant",
     False),
    ("broke down on the A38 with a flat, rang you on the off chance and Dave came out within 40 mins and found me a "
     "tyre. legends 👏", True),
    ("I think I left my charger in room 208. Can you post it to me? Happy to pay postage.", False),
    ("Lost my card in Rome yesterday and you had a replacement at my hotel within 36 hours. Genuinely impressed 👏",
     True),
    ("massive thank you to the crew on SV402 today. I'm a really anxious flyer and the steward sat with me during the "
     "bumpy bit. genuinely didn't think I'd get on the plane 💙", True),
    ("Fair play to @Hollins_Motors. Took my car in expecting a big bill, they tightened a loose bracket and didn't "
     "charge me for it. Honest mechanics do exist 🔧", True),
    ("I just want to thank Kemi. After my knee op I was scared to even walk on a treadmill, and I've just done my "
     "first 5k. She was patient and funny. Please let her know. Many thanks, Diane", True),
    ("The engineer who came out today was fantastic, explained everything and tidied the cables. Internet has never "
     "been faster. Cheers, Bill", True),
    ("I'd left my late father's watch on the bedside table and the housekeeper handed it in and came to find me "
     "herself. I can't tell you what that meant. Best wishes, Alan", True),
    ("My portal says I owe £4,625 but I thought Student Finance paid this directly? Thanks, Oliver Grant (ID 2318874)",
     False),
    ("Your driver spotted my neighbour had fallen in her garden, called an ambulance and waited with her. She's OK. "
     "Please give that man a medal.", True),
    ("'arriving in 15 mins' for an hour and a half. pizza came out colder than my ex's heart. 10/10 would starve again",
     False),
    ("got upgraded to an electric Kia at the airport and the guy spent 10 mins showing me how charging works. great "
     "start to the holiday 🚗⚡", True),
    ("Shoutout to the crew on SL482, my 4yo had a meltdown and Aisha showed him the 'secret' safety card. Saved my "
     "sanity 🙏", True),
    ("Heard a grinding noise and braced for a huge bill. Turned out a stone was stuck behind the brake shield and the "
     "garage didn't charge a penny. Honest mechanics do exist!", True),
    ("My wallet fell out in your taxi and the driver drove it back across town. Good people still exist.", True),
    ("Brought the van in for a 'clunking noise' and braced for the worst. It was a loose heat shield and they fixed it "
     "while I waited. Decent mechanics do exist!", True),
    ("@bank online banking down on the first of the month, again. Truly a bold strategy. Can't move my rent money. "
     "Thanks lads", False),
    ("I bought 1000 gems and the app took the money twice but I only got 1000 gems?? is this a bug", False),
    ("You lot at the Leeds branch are absolute gems, thank you for finding my keys", True),
    ("@net love how my wifi goes down every night at 9 like clockwork. really impressive consistency. working from "
     "home is going great thanks", False),
    ("@bank oh good, app down on payday again. Truly love guessing if my wages have landed. Top tier banking as "
     "always 👏", False),
    ("@air just want to thank the crew on SV218 last night. my dad had a panic attack at take-off and the purser sat "
     "with him for half an hour. he's been scared of flying for years and said he'd do it again", True),
    ("Dear Sir/Madam, I'm writing to thank Ms Okoro at the Bridge Street library. After my operation I was scared of "
     "the online forms. She sat with me and helped me apply. It was approved last week. Yours faithfully, Ann Lee",
     True),
    ("broke down on the A1 at midnight with the kids in the car, @RescueCo had someone to us in 40 minutes. cheers "
     "guys", True),
    ("I just wanted to say thank you to your driver on Elm Road this morning. My mum had fallen in the hall and he "
     "heard her, called an ambulance and stayed until it came. She's fine, just bruised. Please find out who he was "
     "and thank him properly.", True),
    ("Just wanted to say well done: I claimed Delay Repay for my 40-minute delay on Friday and the money was in my "
     "account by Monday. Easiest refund I've ever had.", True),
    ("@power engineer came out in under 2 hours when we lost power last night. the kids were scared of the dark and he "
     "was brilliant with them. thank you", True),
    ("Hi, Just wanted to drop a note about Ben in your Leeds showroom. No pressure at all, he spoke to me like an adult "
     "and talked me out of a model I didn't need. I'll be recommending you to everyone. Thanks, Sarah", True),
    ("ordered a large pizza, received the spiritual essence of a large pizza. Box was empty. Driver was lovely tho.",
     False),
])
def test_thanks_is_praise_only_when_it_is_meant(message: str, praise: bool) -> None:
    assert read_customer(message).praise is praise


def test_a_curly_apostrophe_reads_like_a_straight_one() -> None:
    straight = analyze("Calm down, it's just a parcel.", "My parcel hasn't arrived")
    curly = analyze("Calm down, it’s just a parcel.", "My parcel hasn’t arrived")
    assert straight.rules == curly.rules and "E402" in curly.rules


def test_a_next_step_answers_a_request_but_not_a_question_of_fact() -> None:
    request = analyze("I'll pass your nomination to her manager today.",
                      "Sarah at the desk was a star. Can I nominate her for employee of the month?")
    question = analyze("Please reach out to our team at the airport if you need anything.",
                       "Are flights out of Baltimore being held tonight??")
    assert "E201" not in request.rules
    assert "E201" in question.rules


def test_an_open_problem_the_reply_never_takes_up_is_unanswered() -> None:
    customer = "My husband was moved to economy on tonight's flight and your check-in staff were no help."
    assert "E201" in analyze("We value your loyalty and appreciate your feedback.", customer).rules
    assert "E201" not in analyze("I'm sorry your husband was moved to economy. I've asked the check-in "
                                 "team to restore his seat before boarding.", customer).rules


def test_without_the_customers_message_nothing_is_reported_unanswered() -> None:
    assert "E201" not in analyze("We value your loyalty and appreciate your feedback.").rules


@pytest.mark.parametrize("stock", [
    "Is there anything else that we can help you with?",
    "If you need any assistance, let us know.",
    "We truly value your loyalty and your feedback.",
    "We can't wait to impress you on your next trip.",
    "Your safety is our top priority.",
])
def test_offers_and_thanks_said_to_everyone_are_canned_in_reply_to_a_complaint(stock: str) -> None:
    rules = analyze(stock, "Our flight was cancelled and nobody at the gate could tell us anything.").rules
    assert {"E102", "E406"} & set(rules)


def test_a_warm_stock_line_to_praise_is_the_right_size() -> None:
    result = analyze("Cheers, Jeff! Thanks for flying with us!", "Best crew ever on my flight to Denver today!")
    assert not {"E102", "E406"} & set(result.rules)


def test_an_apology_that_names_the_delay_is_not_a_stock_line() -> None:
    result = analyze("I'm very sorry about this delay. Your new departure time is 21:40.",
                     "Flight delayed two hours and the boarding computer has crashed.")
    assert "E102" not in result.rules and "E101" not in result.rules


def test_the_acknowledgement_names_what_it_was_that_went_wrong() -> None:
    result = check("Calm down, it's just a parcel. Check the tracking page.",
                   "My parcel was due Monday and it still hasn't come!!")
    assert "your parcel still hasn't come" in result.rewrite
    assert "calm down" not in result.rewrite.lower()


@pytest.mark.parametrize(("customer", "draft"), [
    ("Thanks to Mary at the desk for sorting out my 4 hour delayed flight to Denver! Outstanding agent.",
     "We'll make sure Mary hears this, Sam!"),
    ("The crew on flight 4423 were the best I've ever had, super funny, they had everyone dying the whole time",
     "Our people are our greatest asset! Glad you enjoyed it. ^TL"),
])
def test_thanks_for_help_with_something_that_went_wrong_gets_thanks_back_not_an_apology(
    customer: str, draft: str,
) -> None:
    result = check(draft, customer)
    assert "sorry" not in result.rewrite.lower() and "loss" not in result.rewrite.lower()


def test_thanks_beside_a_problem_still_open_still_needs_acknowledging() -> None:
    customer = read_customer("I've been charged twice for order 31877 and it's my food money for the week. "
                             "Can you refund the second one? Oh thank goodness. Thank you.")
    assert customer.thanks and customer.needs_ack


def test_a_question_after_a_thank_you_is_still_a_question() -> None:
    assert read_customer("OK thanks, so is everything sorted now? I got a bit lost.").questions


@pytest.mark.parametrize(("draft", "curt"), [
    ("Early check-in is subject to availability.", True),
    ("Hi Sam, thanks for letting us know your flight lands at 8am. Early check-in depends on what's free that "
     "morning; I've added a note to your booking asking for an early room on Friday, and the desk can hold your "
     "bags if it isn't ready.", False),
])
def test_a_short_cold_answer_scores_below_a_warm_one(draft: str, curt: bool) -> None:
    customer = "Any chance of an early check-in on Friday? Our flight lands at 8am."
    assert (analyze(draft, customer).score < 80) is curt


def test_what_will_you_do_about_it_is_answered_by_what_you_will_do() -> None:
    customer = "Nobody turned up and I took a day off. What are you going to do about it?"
    assert "E201" not in analyze("I'm sorry nobody came. I'll book the engineer for 8am tomorrow.", customer).rules


ACK = {"E101", "E104", "E503"}


def test_a_stock_apology_alone_does_not_acknowledge_an_upset_customer() -> None:
    customer = "Two hours on the runway with no air conditioning and my kids were in tears. Awful."
    stock = analyze("Sorry for the inconvenience. We appreciate your patience.", customer)
    fitting = analyze("Two hours on a hot runway with children in tears sounds miserable, and I'm sorry. "
                      "I've logged the fault with the aircraft team today.", customer)
    assert ACK & set(stock.rules)
    assert not ACK & set(fitting.rules)


def test_an_answered_question_needs_no_next_step() -> None:
    customer = "Landed at terminal 4 and the signs are useless. Where is the left luggage office??"
    reply = "Sorry the signs let you down. Left luggage is on the arrivals level of terminal 4, next to exit C."
    assert "E301" not in analyze(reply, customer).rules


@pytest.mark.parametrize("customer", ["login broken", "train 14 late again",
                                      "The app keeps freezing when I try to pay",
                                      "It's been an hour at the belt and still no suitcases",
                                      "The 6pm ferry is now delayed until midnight.",
                                      "I'm trying to add my partner to the booking but can't seem to find how"])
def test_a_short_report_of_something_still_wrong_needs_a_next_step(customer: str) -> None:
    assert read_customer(customer).needs_next_step
    assert "E301" in analyze("These things happen sometimes.", customer).rules


@pytest.mark.parametrize("reply", [
    "What's the booking reference? We can check where your bag is for you.",
    "Please see an agent at the baggage desk in arrivals to open a claim.",
    "The warehouse team'll look at the order number you sent by 3pm.",
    "Please DM us your bag tag number so we can look into this further.",
    "Allow me a moment to check the tracing system for your bag.",
    "I'd be happy to check on this for you: what's the tag number?",
])
def test_an_offer_to_act_or_a_named_person_to_see_is_a_next_step(reply: str) -> None:
    assert "E301" not in analyze(reply, "My suitcase didn't come off the carousel, still waiting").rules


@pytest.mark.parametrize("customer", [
    "My coach home got in at 23:10 and the car park locks at 23:00. My car is inside. What happens now?",
    "Put unleaded in the hire van by mistake, I haven't started it. What do I do?",
    "The school gave our daughter a place four miles away. Can anything be done?",
    "My visa appointment is in nine days and the application still says pending. Can it be expedited?",
])
def test_asking_what_to_do_calls_for_a_next_step_even_when_the_reply_explains(customer: str) -> None:
    reply = "The car park and vehicle terms are set out in the agreement you accepted when booking."
    assert read_customer(customer).needs_next_step
    assert "E301" in analyze(reply, customer).rules


@pytest.mark.parametrize(("reply", "step"), [
    ("Appetite often dips for a day after an operation. If you have any concerns, please call the surgery.", False),
    ("Some swelling is normal. Should the stitches look red tomorrow, you can bring her back in.", False),
    ("The wound may look red for a while. If it doesn't settle, you may need to book a check-up.", False),
    ("Please contact reception for any further assistance.", False),
    ("You can unlock free night calls with our Care Plus plan, why not sign up today?", False),
    ("If you'd like, I can book her in with the on-call vet at 8am tomorrow.", True),
    ("If she still won't eat by morning, I'll ask Dr Ruiz to ring you at 9.", True),
])
def test_a_next_step_is_what_happens_now_not_a_case_for_some_other_day_or_a_pitch(reply: str, step: bool) -> None:
    """A step held back for a case that may never come, a pointer or a sales pitch moves nothing on; the agent's own
    offer inside an "if" does."""
    customer = "My cat came home from her op today and she still won't eat and keeps crying. What should I do?"
    assert ("E301" not in analyze(reply, customer).rules) == step


def test_a_discounted_replacement_offered_instead_of_a_refund_is_not_a_sales_pitch() -> None:
    customer = "The lid of my kettle snapped when I dropped it. I want a refund, order 55120."
    offer = analyze("I can't refund accidental damage, but I can send you a new lid at 40% off today.", customer)
    pitch = analyze("I can't refund accidental damage. Get 40% off our new toaster range this week!", customer)
    assert "E111" not in offer.rules and "E301" not in offer.rules
    assert "E111" in pitch.rules


@pytest.mark.parametrize("reply", [
    "Dear Passenger, baggage is traced in the order files are opened.",
    "Baggage files are traced in order. All decisions are final.",
    "Baggage files are traced in order and will be dealt with in due course.",
])
def test_a_form_letter_with_nothing_of_theirs_in_it_reads_as_a_script(reply: str) -> None:
    customer = "My bag with my son's inhaler didn't arrive in Bergen on NV 212. What's happening?"
    assert "E406" in analyze(reply, customer).rules


@pytest.mark.parametrize(("customer", "dismissed"), [
    ("It's been nine weeks since you cancelled my flight and I still haven't had my £212 back.", True),
    ("I asked for a refund this morning, when will it come through?", False),
])
def test_telling_someone_who_has_waited_weeks_to_be_patient_dismisses_them(customer: str, dismissed: bool) -> None:
    reply = "Refunds can take up to 12 weeks. Please be patient while the team works through them."
    assert ("E402" in analyze(reply, customer).rules) == dismissed


def test_a_yes_after_the_greeting_answers_the_question() -> None:
    customer = "Is it OK to give Rex his flea treatment on the same day as his jabs?"
    assert "E201" not in analyze("Hi Ella, yes, that's absolutely fine, nothing to worry about there.", customer).rules
    assert "E201" in analyze("Hi Ella, thanks for getting in touch with the practice team.", customer).rules


def test_a_form_letter_line_is_canned_only_when_nothing_of_theirs_is_in_the_reply() -> None:
    customer = "Can I bring my folding bike on the 7:40 commuter train to Leeds?"
    form = analyze("Please see our website for the relevant policy.", customer)
    specific = analyze("Yes: a folded bike rides free on the 7:40 to Leeds, like hand luggage. "
                       "Please see our website for the relevant policy on full-size bikes.", customer)
    assert "E406" in form.rules
    assert "E406" not in specific.rules


@pytest.mark.parametrize("hedged", ["We're sorry if the crew seemed short with you.",
                                    "I apologise if there was any confusion about the seat."])
def test_a_conditional_apology_is_flagged_as_a_stock_line(hedged: str) -> None:
    assert "E102" in analyze(hedged, "Your crew were rude to me when I asked about my seat.").rules


def test_praise_beside_something_that_arrived_broken_still_needs_acknowledging() -> None:
    customer = read_customer("Love the new lamp design! Sadly the shade arrived cracked in two places.")
    assert customer.needs_ack and customer.needs_next_step


def test_an_honest_we_dont_know_yet_answers_the_question() -> None:
    customer = "Will you be flying to Lisbon from Leeds next summer?"
    assert "E201" not in analyze("We haven't announced next summer's routes yet, but I'll pass your vote for "
                                 "Lisbon on to the network team.", customer).rules


def test_wanting_to_thank_someone_is_not_a_request() -> None:
    customer = read_customer("I'd like to thank the crew on this morning's flight to Belfast, they were lovely.")
    assert customer.praise and not customer.asks


@pytest.mark.parametrize(("customer", "draft"), [
    ("Any chance of an early check-in on Friday? We land at 8am.", "Early check-in is subject to availability."),
    ("What are the API rate limits on the Team plan?", "Rate limits vary depending on your plan. Thanks for asking!"),
    ("Has my claim been approved yet?", "Your claim is currently being processed."),
])
def test_a_sentence_that_only_sounds_like_an_answer_leaves_the_question_unanswered(customer: str, draft: str) -> None:
    assert "E201" in analyze(draft, customer).rules


def test_a_real_answer_beside_an_evasion_still_answers() -> None:
    draft = "Early check-in is subject to availability, but the room is ready from 10am."
    assert "E201" not in analyze(draft, "Can I check in early on Friday? We land at 8am.").rules


@pytest.mark.parametrize(("customer", "draft"), [
    ("The new boarding process is a mess.", "We always want boarding to be smooth. We'd love another chance to wow you!"),
    ("Music on the plane was far too loud.", "Thanks for taking the time to send feedback. Your input is appreciated."),
    ("Honestly, the staff at the desk were rude.", "Please accept our apology. We always strive to be courteous."),
])
def test_the_company_talking_about_itself_to_a_complaint_reads_as_canned(customer: str, draft: str) -> None:
    assert {"E102", "E406"} & set(analyze(draft, customer).rules)


def test_a_stock_opener_beside_an_answer_to_a_question_is_not_canned() -> None:
    rules = analyze("Thanks for reaching out! The pool opens at 7am and towels are at the front desk.",
                    "What time does the pool open?").rules
    assert not {"E102", "E406"} & set(rules)


@pytest.mark.parametrize("customer", [
    "thanks for the help! Received the claim money today for the clothes we had to buy when our bags were lost.",
    "Refund received, thanks so much for sorting it after the delay!",
    "Broadband is back up and running after Tuesday's outage. Thank you, Sam was brilliant.",
])
def test_thanks_for_trouble_that_has_been_put_right_gets_no_apology(customer: str) -> None:
    result = check("Glad that's all sorted, and thank you for letting us know!", customer)
    assert not set(result.analysis.rules) & {"E101", "E104", "E301"}
    assert "sorry" not in result.rewrite.lower()


@pytest.mark.parametrize("customer", [
    "Thanks, but I still haven't received my refund.",
    "Thanks for nothing, my bag is lost.",
])
def test_thanks_beside_trouble_that_is_still_open_is_not_settled(customer: str) -> None:
    assert not read_customer(customer).thanks_back


@pytest.mark.parametrize("customer", [
    "Your API keeps returning a 500 error since this morning. We haven't changed anything.",
    "I've been billed £200 for a dent that was already there when I picked the car up. I want this reversed.",
    "Room 214, a party below us until 2am. Asked reception twice for another room, got shrugs. £189 for zero sleep.",
    "Wedding party downstairs, bass through the floor, no sleep at all. Reception just shrugged.",
])
def test_an_error_a_charge_they_dispute_or_a_sleepless_night_is_a_problem(customer: str) -> None:
    assert read_customer(customer).problem


def test_a_ruined_occasion_is_strong_feeling() -> None:
    assert read_customer("Booked a sea-view room for our anniversary and we're facing the bins. Ruined.").upset


def test_a_letter_written_to_thank_someone_is_praise_whatever_worried_them_before() -> None:
    customer = read_customer("Dear Wellpoint team,\n\nI just wanted to say thank you to Mo at the Kingsway branch. I was "
                             "really confused about my new tablets and he went through everything with me.\n\nBest wishes,"
                             "\nDot")
    assert customer.praise and not customer.needs_ack


def test_a_trip_and_a_card_that_must_not_be_blocked_are_not_trouble() -> None:
    customer = read_customer("Hello, I'm going to Japan for three weeks in October. Do I need to tell you before I travel "
                             "so my card isn't blocked? And are there fees for using it at ATMs there? Thanks, Dan")
    assert not customer.problem and not customer.needs_ack


def test_a_text_asking_them_to_click_and_verify_is_fear_of_fraud() -> None:
    customer = read_customer("got a text saying my account is suspended and to click a link to verify. Is this you? "
                             "Looks dodgy.")
    assert "fraud" in customer.stakes.kinds


def test_family_helping_someone_bereaved_is_not_praise_for_us() -> None:
    customer = read_customer("My husband passed away on 2 March. I'm not sure what I need to do. Our son has been helping "
                             "me but he lives abroad. Could you tell me what happens now?")
    assert not customer.praise and customer.needs_ack


@pytest.mark.parametrize("customer", [
    "Finally home after a 6 hour delay and a missed connection. What a day.",
    "Finally made it to Denver after the cancellation, no thanks to your app.",
])
def test_a_journey_that_is_over_leaves_nothing_open(customer: str) -> None:
    assert not read_customer(customer).needs_next_step


@pytest.mark.parametrize("customer", [
    "Finally landed after a 4 hour delay, but my bag is missing.",
    "Finally home after a 6 hour delay. Now my suitcase is missing.",
    "Finally boarded after a 2 hour delay and now we're stuck on the tarmac with no air con.",
])
def test_arriving_does_not_close_trouble_that_is_still_going_on(customer: str) -> None:
    assert read_customer(customer).needs_next_step


@pytest.mark.parametrize("customer", [
    "Somehow you make flying not miserable. Love this crew!",
    "We're in line waiting to board flight 248. My daughter is so excited, her first flight!",
])
def test_delight_is_not_read_as_trouble(customer: str) -> None:
    reader = read_customer(customer)
    assert not reader.upset and not reader.problem and not reader.needs_ack


def test_waiting_to_board_for_hours_is_still_trouble() -> None:
    assert read_customer("Been waiting to board for 3 hours and no updates.").needs_ack


@pytest.mark.parametrize(("customer", "grave"), [
    ("I work early shifts at the hospital and the neighbour's music keeps me awake.", False),
    ("My mum is in hospital and I need to pause her account.", True),
])
def test_working_at_a_hospital_is_not_a_health_crisis(customer: str, grave: bool) -> None:
    assert ("health" in read_customer(customer).stakes.kinds) is grave


def test_a_need_for_the_internet_is_not_trouble_with_it() -> None:
    result = check("Hi Sam, to move your broadband, log in to My Account and select 'Moving Home'.",
                   "I'm moving on 1 September. Can I take my broadband with me? I work from home so I really can't "
                   "be without internet.")
    assert "trouble" not in result.rewrite.lower() and "sorry" not in result.rewrite.lower()


@pytest.mark.parametrize(("customer", "sarcastic"), [
    ("Thanks   for not putting my bag on my flight", True),
    ("thanks for not telling anyone the flight was cancelled", True),
    ("Thanks for not losing my bag this time, great trip!", False),
])
def test_thanks_for_a_service_not_given_is_sarcasm(customer: str, sarcastic: bool) -> None:
    reader = read_customer(customer)
    assert reader.upset is sarcastic and reader.praise is not sarcastic


def test_a_calm_question_about_something_gone_wrong_still_needs_a_next_step() -> None:
    customer = "How can a refund for a cancelled trip take nine weeks?"
    assert read_customer(customer).needs_next_step
    assert "E301" in analyze("We're so sorry to hear that.", customer).rules


def test_a_stock_apology_to_a_complaint_takes_nothing_up_even_when_nothing_was_asked() -> None:
    customer = "Your staff at the Leeds store were rude to me yesterday and nobody apologised."
    assert "E201" in analyze("Please accept our apologies for any inconvenience.", customer).rules


@pytest.mark.parametrize("reply", ["Sorry about that. Which flight are you on, and from which city?",
                                   "Hi Dana, I'd be happy to look into this for you."])
def test_asking_for_what_is_needed_to_look_into_it_takes_the_question_up(reply: str) -> None:
    customer = "Why has my flight been sitting at the gate for three hours?"
    assert "E201" not in analyze(reply, customer).rules


def test_a_price_rise_is_something_gone_wrong_for_the_customer() -> None:
    customer = read_customer("You've just put up my monthly fee from £20 to £31 with a week's notice. Seriously?")
    assert customer.problem


@pytest.mark.parametrize("customer", [
    "Great to come home to a water bill that's doubled again. Lovely.",
    "Cheers for the 'fast' delivery, my parcel turned up a week after the party.",
    "Nothing says luxury like a 'deluxe' room with a broken kettle. Five stars. 🙃",
    "The lift was out of order for the whole stay and nobody told us. Love it.",
    "Paid £12 to watch a film with the sound cutting out for the last half hour. Loved the silent-movie experience. "
    "Can I get my money back or should I just be grateful?",
])
def test_praise_for_what_went_wrong_is_sarcasm_not_thanks(customer: str) -> None:
    reader = read_customer(customer)
    assert reader.sarcastic and reader.problem and not reader.praise
    assert "E108" not in analyze("Thanks for your kind words!", customer).rules


@pytest.mark.parametrize("customer", [
    "Dirty towels and a noisy fridge all night. Not impressed.",
    "The driver was late and rude. Wasn't impressed at all.",
])
def test_not_impressed_is_a_complaint_not_praise(customer: str) -> None:
    reader = read_customer(customer)
    assert reader.problem and not reader.praise


@pytest.mark.parametrize(("customer", "draft"), [
    ("What's the monthly fee for the family plan?",
     "All of our current plans and fees can be found on our website. When your contract ends, you can switch plans."),
    ("Could you tell me whether you deliver to the Isle of Wight and what it costs?",
     "Thanks for your message! We've got 20% off garden furniture this week. Shall I add a set to your basket?"),
])
def test_sending_the_customer_to_look_it_up_or_selling_instead_leaves_the_question_unanswered(
    customer: str, draft: str
) -> None:
    assert "E201" in analyze(draft, customer).rules


def test_an_email_that_opens_with_hi_on_its_own_line_is_read_in_full() -> None:
    customer = read_customer("Hi,\n\nMy son had an allergic reaction to the meal you delivered and we ended up in A&E. "
                             "It was terrifying.\n\nDana")
    assert customer.given and customer.problem and "health" in customer.stakes.kinds


@pytest.mark.parametrize("customer", [
    "Great to see one person on the desk for a queue of fifty. Been stood here 80 mins. Love starting a holiday like this.",
    "Oh brilliant, another outage. Really loving paying £40 a month for no internet.",
])
def test_delight_at_what_went_wrong_said_mid_message_is_sarcasm(customer: str) -> None:
    reader = read_customer(customer)
    assert reader.sarcastic and not reader.praise


@pytest.mark.parametrize(("message", "feeling"), [
    ("My son got a 3 in his mock when he was predicted a 6. He's very upset. Can someone explain?", None),
    ("My son got a 3 in his mock when he was predicted a 6. He's very upset and so are we. Can someone explain?",
     "upset"),
    ("We've just got our first puppy and I'm scared of upsetting his tummy. Which food is closest to Puppy Start?", None),
])
def test_a_feeling_is_theirs_only_when_they_say_so(message: str, feeling: str | None) -> None:
    assert read_customer(message).feeling == feeling


def test_a_feeling_in_a_picture_of_a_sound_is_not_theirs() -> None:
    assert read_customer("My washing machine has started making a noise like an angry seagull on spin.").feeling is None


def test_a_balance_that_went_down_less_than_expected_is_a_question_not_trouble() -> None:
    customer = read_customer("My statement says I paid £6,200 this year but my balance only went down by £2,000. "
                             "Where did the rest go?")
    assert not customer.problem and not customer.needs_ack


def test_years_on_a_price_are_loyalty_not_a_wait() -> None:
    customer = read_customer("I'm pregnant (due in May!) and I'd like to freeze my membership for the summer. Can I keep "
                             "my rate? I've been on the founder price since 2018.")
    assert not customer.problem and not customer.needs_ack


def test_a_great_deal_more_is_not_praise() -> None:
    customer = read_customer("My renewal is a great deal more than last year and I don't understand why. Can you explain?")
    assert not customer.praise


def test_telling_a_vulnerable_customer_to_sort_it_out_themselves_is_not_care() -> None:
    customer = ("Dear Pharmacy, my heart tablets haven't been sent over from the surgery and I have two left. I am 83 and "
                "the bus is hard for me. What should I do?")
    draft = ("We have checked our system and have not received a prescription from your surgery. Please contact your "
             "GP surgery about your heart tablets.")
    assert "E503" in analyze(draft, customer).rules


def test_a_car_accident_is_something_gone_wrong() -> None:
    assert read_customer("I was in a car accident an hour ago. What do I need to do to claim?").problem


def test_shambles_and_never_again_are_strong_feeling() -> None:
    assert read_customer("3 hours on the tarmac and nobody can tell us anything. Absolute shambles. #neveragain").upset


def test_oh_brilliant_another_outage_is_sarcasm_whatever_word_follows() -> None:
    customer = "Oh brilliant, internet's down for the third time this week. Any chance of an ETA?"
    reader = read_customer(customer)
    assert reader.sarcastic and not reader.praise
    assert "E108" not in analyze("There is an outage in your area; engineers expect it fixed by 6pm.", customer).rules


def test_a_name_they_are_unsure_of_is_not_a_question() -> None:
    customer = read_customer("Just wanted to say the lady at your Leeds desk (Fiona?) was a star yesterday. Our train was "
                             "late and she sorted a taxi for us in ten minutes. Thank you!")
    assert customer.praise and not customer.problem


def test_no_further_action_while_we_work_it_out_is_reassurance_not_a_brush_off() -> None:
    result = check("I've put a 30-day hold on your account, so no further action, including court, will go ahead "
                   "while we sort out a plan together.", "I can't pay £780 council tax arrears and I'm scared of court.")
    assert "E402" not in result.analysis.rules


def test_a_discount_offered_to_someone_who_cannot_pay_is_help_not_a_sale() -> None:
    result = check("You may qualify for a single person discount, which is 25% off, and I can apply it today.",
                   "My hours were cut and I can't pay my council tax this month. I'm really worried.")
    assert "E111" not in result.analysis.rules


def test_delivered_parcels_being_the_customers_responsibility_is_a_lecture() -> None:
    result = check("Our drivers always knock. Parcels marked as delivered are considered the customer's responsibility.",
                   "Tracking says delivered but nobody knocked and there's no parcel. Where are my £90 trainers?")
    assert "E407" in result.analysis.rules


def test_glad_you_enjoyed_it_to_sarcasm_mocks_them_back() -> None:
    result = check("Glad you enjoyed the complimentary entertainment! We can offer earplugs from reception.",
                   "Oh lovely, the 'quiet room' you promised is right above the nightclub. Five stars for the free rave.")
    assert "E405" in result.analysis.rules and "enjoyed" not in result.rewrite


def test_a_sim_moved_without_them_is_fear_of_fraud() -> None:
    assert "fraud" in read_customer("I got a text saying my SIM was being moved to a new phone. It wasn't me!!! Now I "
                                    "have no signal.").stakes.kinds


def test_money_trouble_beside_a_bill_they_dispute_is_not_thanked_for_confiding() -> None:
    result = check("Hello, your bill is based on the meter readings taken at your property. Payment is due by the "
                   "date shown.", "I've had a water bill for £780 and I'm a pensioner. I can't pay this. I don't even "
                   "use much water!")
    assert "open with me" not in result.rewrite and "telling me" not in result.rewrite


def test_sending_the_customer_to_another_company_is_not_a_next_step() -> None:
    result = analyze("If they're booked on separate tickets, you'll need to work with the other airline directly about "
                     "the connection.", "Our connecting flight leaves in an hour and we're stuck here. Can someone help?")
    assert "E301" in result.rules


@pytest.mark.parametrize(("message", "feeling"), [
    ("My router lights are orange and I don't really understand these things, I'm afraid. Is it broken?", None),
    ("Can I pause my deliveries while I travel without losing my price? Would be gutted to lose it.", None),
    ("I'm so afraid. Someone has my card details.", "afraid"),
    ("my neighbour ate half my curry and brought the rest round. I'm not even mad, I'm impressed 😂", None),
    ("Honestly gutted, the box arrived crushed.", "gutted"),
    ("There were peanuts all through it and my son has a nut allergy. He seems ok but I'm shaking.", "shaking"),
])
def test_a_feeling_is_what_they_feel_now_not_a_politeness_or_a_what_if(message: str, feeling: str | None) -> None:
    assert read_customer(message).feeling == feeling


def test_a_body_part_filing_a_complaint_is_a_joke_not_trouble_to_be_sorry_for() -> None:
    draft = "@devin Haha, your eyes have been heard! 😄 Dark mode is on our roadmap for spring. ^Team"
    result = check(draft, "@notably day 47 of asking for dark mode. my retinas have filed a formal complaint 😎")
    assert result.rewrite == draft and "sorry" not in result.rewrite.lower(), result.rewrite


def test_the_policy_number_is_the_insurance_policy_not_a_rule_hidden_behind() -> None:
    analysis = analyze("Dear Mrs Ellis, I'm so sorry about Geoff. To start a claim we need the policy number and a "
                       "copy of the death certificate; I've attached the form.", "My husband died and had a life "
                       "policy with you. How do I start?")
    assert "E303" not in analysis.rules, analysis.rules


def test_tears_beside_a_flexed_arm_are_joy_not_distress() -> None:
    customer = read_customer("a year ago I couldn't run for a bus. today I did 10 laps in a row and the whole class "
                             "clapped 😭💪")
    assert not customer.upset and not customer.problem, customer


def test_a_nut_allergy_met_with_peanuts_is_a_health_matter() -> None:
    assert "health" in read_customer("I wrote NUT ALLERGY in the notes and there were peanuts all through it. My son "
                                     "had two mouthfuls.").stakes.kinds


def test_you_should_have_been_after_what_they_werent_told_is_owed_to_them_not_blame() -> None:
    analysis = analyze("Dear Ms Grant, I'm sorry you weren't told before the change; you should have been. Sets were "
                       "reviewed after the autumn tests.", "Joel has been moved down a set and he's really knocked by "
                       "it. We weren't told anything. How was this decided?")
    assert "E401" not in analysis.rules, analysis.rules


def test_you_shouldnt_have_paid_is_what_was_owed_to_them_not_blame() -> None:
    analysis = analyze("Hi Holly, the order was cancelled before the restaurant started it, so you shouldn't have paid "
                       "anything. I've refunded the £31.40 today.", "I cancelled my order two minutes after placing "
                       "it but I've still been charged £31.40.")
    assert "E401" not in analysis.rules, analysis.rules


@pytest.mark.parametrize(("message", "hardship"), [
    ("app has been down all morning, can't pay my rent which is due TODAY. what am I supposed to do", False),
    ("I can't pay my rent this month, I've lost my job and I'm scared.", True),
])
def test_cant_pay_is_money_trouble_only_when_the_way_to_pay_works(message: str, hardship: bool) -> None:
    assert ("hardship" in read_customer(message).stakes.kinds) is hardship


def test_you_need_to_make_sure_your_application_is_complete_is_a_step_not_a_lecture() -> None:
    analysis = analyze("Hi Oliver, the balance shows until Student Finance pays. You need to make sure your SFE "
                       "application is complete and that the course details match.", "My portal says I owe £4,625 "
                       "and I'll be withdrawn if it's not paid by 30 November. I'm panicking a bit.")
    assert "E407" not in analysis.rules, analysis.rules
