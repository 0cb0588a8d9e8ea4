"""Each rule in the catalogue fires on the situation it describes, and stays quiet on a good reply."""

from __future__ import annotations

import pytest

from bot.coach import analyze, check
from bot.coach.checks.rules import RULES
from bot.coach.practice.boundaries import PRACTICE_RULES

# (rule, draft, customer message or None, words the finding should point at or None)
FIRING: list[tuple[str, str, str | None, str | None]] = [
    # E101: something went wrong for the customer and the reply doesn't acknowledge it
    ("E101", "Your package was delivered on Tuesday.", "My package never arrived, the tracking is wrong.", None),
    ("E101", "The refund was issued to your card on 3 May.", "Where is my refund? It's been two weeks.", None),
    ("E101", "A technician visit is available on Thursday morning.",
     "My internet has not worked since Monday.", None),
    ("E101", "Your parcel is lost and we can't refund it.\n\nThanks,\nTom", None, None),  # a sign-off isn't warmth
    # E102: stock empathy with nothing specific
    ("E102", "I understand your frustration.", None, "understand your frustration"),
    ("E102", "We apologize for any inconvenience.", None, "apologize for any inconvenience"),
    ("E102", "Thank you for your patience. I'll email you the invoice.", "My invoice is wrong again, I was charged "
     "twice.", "thank you for your patience"),
    # E103: sympathy instead of empathy
    ("E103", "I feel sorry for you.", None, "sorry for you"),
    ("E103", "Poor you, I'll rebook the flight now.", None, "poor you"),
    ("E103", "I feel so bad for you. Let me check the bill.", None, "bad for you"),
    # E104: the customer named a feeling and the reply skips it
    ("E104", "Your order will ship on Friday. I'll send you the tracking link.",
     "I'm furious, this is the third time my parcel is late.", None),
    ("E104", "The router firmware was updated last night.",
     "I'm so worried, I work from home and the internet keeps dropping.", None),
    # E105: apologising again and again
    ("E105", "Sorry for the delay. Sorry again. I apologize, I'll check the refund status now.", None, None),
    ("E105", "I'm sorry the bag is late. So sorry! Apologies again, I'll call the airport.", None, None),
    # E201: the customer's question goes unanswered
    ("E201", "We're sorry for any inconvenience. Thanks for your patience.", "When will my refund arrive?", None),
    ("E201", "Thanks for getting in touch. Our full baggage guidance is at example.com/baggage.",
     "Can I take my CPAP machine in the cabin, and does it count as my one bag?", None),
    # E202: only yes/no questions
    ("E202", "I'm sorry about the outage. Did you restart the router? Is the light green?", None,
     "did you restart the router?"),
    ("E202", "I'm sorry the parcel is missing. Have you checked with your neighbours?", None,
     "have you checked"),
    # E301: no next step
    ("E301", "I'm sorry about the double charge. It will be reviewed in due course.",
     "I've been charged twice this month, please sort it out.", None),
    ("E301", "Sorry, the flight was delayed because of weather.", None, None),
    ("E301", "Your parcel is lost and we can't refund it.\n\nThanks,\nTom", None, None),
    # E302: passive voice / "someone will"
    ("E302", "I'm sorry about the delay. Your complaint will be looked into.", None, "be looked into"),
    ("E302", "Sorry your internet is down. Someone will call you about the outage.", None, "someone will"),
    # E303: policy as a dead end
    ("E303", "I'm sorry your flight was cancelled. Per our policy, tickets are non-refundable.", None, "policy"),
    ("E303", "Sorry, company policy does not allow refunds on opened items.", None, "policy"),
    # E304: a bare "no"
    ("E304", "I'm sorry the laptop arrived damaged. We can't replace it.", None, "can't replace"),
    ("E304", "Sorry, we are unable to change the billing date.", None, "unable to change"),
    # E401: blame
    ("E401", "You should have checked the address before ordering. I'll look into it.", None, "should have"),
    ("E401", "You failed to enter the correct card number, so the payment bounced.", None, "failed to"),
    # E402: dismissive
    ("E402", "Calm down. I'll check your bill.", None, "calm down"),
    ("E402", "As I already said, the refund takes 5 days. I'll track it for you.", None, "as i already said"),
    ("E402", "That's not my department. I'm sorry.", None, "not my department"),
    ("E402", "Sorry about that, mistakes happen! I've added a £5 credit.", "You forgot my main. I'm starving.",
     "mistakes happen"),
    ("E402", "There's nothing we can do. Sorry about the delay.", None, "nothing we can do"),
    # E403: jargon
    ("E403", "I'm sorry about the wait. Your ticket is in the L2 queue and I'll update you.", None, "L2"),
    ("E403", "Sorry, the SLA for this is three days. I'll chase it.", None, "SLA"),
    # E404: shouting
    ("E404", "I'm sorry, but YOU NEED TO RESTART THE ROUTER. I'll stay on the line.", None, "RESTART"),
    ("E404", "I'm sorry about the delay!!! I'll check it now.", None, "!!!"),
    # E405: condescension
    ("E405", "It's really simple, just read the manual. I'm sorry for the trouble.", None, "simple"),
    ("E405", "Obviously, you entered the wrong PIN. I'll reset it.", None, "obviously"),
    # E406: robotic script
    ("E406", "Please be advised that your request is being handled. I'm sorry for the trouble, I'll follow up "
     "tomorrow.", None, "please be advised"),
    ("E406", "We regret to inform you that your flight is cancelled. I'll rebook you.", None, "regret to inform"),
    # E107: cheer to someone grieving or in danger
    ("E107", "Great news, we can help with that! 😊 Please send us the death certificate.",
     "My husband passed away last month and I need to close his account.", "great news"),
    ("E107", "Awesome, thanks for letting us know! An engineer can come on Friday.",
     "There's a strong smell of gas in my kitchen.", "awesome"),
    ("E107", "Rooms are allocated subject to availability. We hope you still enjoy your stay with us! 🌊",
     "Booked a garden-view room for our honeymoon and we're looking at a loading bay. Ruined.", "enjoy your stay"),
    # the account holder is who they lost
    ("E503", "I'm so sorry for your loss. For data protection reasons, please ask the account holder to contact us.",
     "My dad died in May. I'm his executor and need to close his phone contract.", "ask the account holder to contact"),
    ("E503", "If you still want to cancel, the account holder will need to log in and cancel via My Account.",
     "I need to close my late father's mobile account. He died last month.", "the account holder will need to log in"),
    ("E503", "Please accept our condolences. Only the policyholder can make changes to this policy.",
     "My wife passed away last week and the car insurance was in her name. How do I cancel it?", "only the policyholder"),
    # news of a serious illness is never routine, however calmly it is given
    ("E503", "Memberships have a 30-day notice period. Please fill in the cancellation form.",
     "I've been diagnosed with breast cancer and start chemo next week, so I need to cancel my gym membership.", None),
    # telling someone who can't pay when and how to pay is not care
    ("E503", "Your bill is due on the 14th. You can pay in the app.",
     "I was made redundant last week and can't pay this month's bill of £58.", None),
    # E108: praise met with an apology, or with no thanks at all
    ("E108", "We're sorry to hear about your experience. Please DM us your order number.",
     "Ordered at 9pm, it was here by 10am, beautifully wrapped. Absolute lifesavers!", "sorry"),
    ("E108", "Our customer service team is available Monday to Friday, 8am to 6pm.",
     "Massive thanks to your driver who carried my delivery up three flights of stairs. Brilliant!", None),
    # E111: selling to someone with a problem or a thank-you
    ("E111", "Sorry the kettle broke. Take a look at our new range, with 10% off using code KETTLE10.",
     "The kettle base melted the second time I used it.", "take a look at our"),
    ("E111", "Thanks Sam! Did you know you can upgrade to our Gig plan for just $15 more a month?",
     "The engineer was fantastic, thank you!", "did you know"),
    # E204: asking them to do again what they've done
    ("E204", "Sorry about the signal. Please restart your phone and reset your network settings.",
     "No signal since Tuesday. I've restarted my phone and reset network settings already.", "please restart"),
    ("E204", "I'm sorry your bag is missing. Please file a claim on our website.",
     "My suitcase didn't arrive. I filed a report at the airport and submitted the online claim.", "please file"),
    # E407: a lecture
    ("E407", "Please read the FAQ before contacting support, as most questions are answered there.", None,
     "read the faq before contacting"),
    ("E407", "I'm sorry about the wait. Please do not open duplicate tickets. I'll check your order now.", None,
     "do not open duplicate"),
    ("E407", "We would kindly remind you that a child with a fever should be taken to urgent care.",
     "We waited two hours past our appointment with my feverish son and then got charged a no-show fee.",
     "kindly remind you"),
    ("E407", "Our doctors sometimes run late. We ask all patients to be understanding of this.",
     "I waited 90 minutes past my appointment and nobody told me why. Unacceptable.", "ask all patients"),
    ("E407", "It is the renter's responsibility to record any existing damage at pickup.",
     "You've charged me £200 for a dent that was already there. I have photos. I want this reversed.",
     "renter's responsibility"),
    # E408: defending the company before hearing the customer
    ("E408", "The vast majority of our flights leave on time. Our apologies for the wait.",
     "Thirty minutes on the tarmac waiting for a gate, again!", "vast majority"),
    ("E408", "This allows our customers to have more flexibility with their travel.",
     "Your new $75 standby fee is unnecessary and will lose you loyal customers.", "this allows"),
    # E409: the customer wrote in another language
    ("E409", "Dear Ms Vogel, thank you for your message. Your refund is on its way.",
     "Guten Tag, mein Zug hatte 97 Minuten Verspätung und ich warte noch auf die Entschädigung.", None),
    ("E409", "Hi Marco, I've checked your booking and the room is confirmed.",
     "Buonasera, la nostra camera era rumorosa ogni notte e abbiamo chiesto un rimborso.", None),
    # E410: asking for a password or a code
    ("E410", "I can raise your limit: please reply with your full online banking password.", None,
     "reply with your full online banking password"),
    ("E410", "To verify you, send me the 6-digit code we just texted you.", None, "send me the 6-digit code"),
    # E501: a hazard without safety first
    ("E501", "Thanks for getting in touch! The earliest an engineer can come is in 3-5 working days.",
     "There's a strong smell of gas in my kitchen and I've got two kids here. What do I do?", None),
    ("E501", "I've booked a return visit for Monday 24th, the first available slot.",
     "The installer left bare wires sticking out of the wall and my toddler is crawling now.", None),
    # E502: a crisis met with business as usual
    ("E502", "I'm sorry for the delay. Let me check your order status and get back to you.",
     "I'm going to kill myself if this isn't fixed today.", None),
    ("E502", "As this is a joint account, we will need to contact the other account holder first.",
     "I'm leaving my partner this week because he's been violent. I need my own phone number.", None),
    # E503: a grave situation handled as routine
    ("E503", "To close the account, the account holder must call us on 0800 044 1200.",
     "My mum passed away on 3 March and I'm the executor. I'd like to close her account.", None),
    ("E503", "Please visit a branch with two forms of ID to make changes.",
     "I've lost my job and I can't afford the payment due on the 15th.", None),
    # E504: a threat answered as a normal request
    ("E504", "Please don't talk to me like that. Anyway, what's your order number?",
     "Fix it now, you idiot, or I'll find out where you live.", None),
    ("E504", "I understand you're upset. Let me look into the refund for you.",
     "Refund me in ten minutes or I'm coming down there and I'll find whoever is typing this.", None),
]

# (rule that must NOT fire, draft, customer message or None)
QUIET: list[tuple[str, str, str | None]] = [
    # owning the mistake, or explaining why delays come, is no shrug
    ("E402", "Mistakes happen, but this one was ours. I've refunded the £12 today.", None),
    ("E402", "Delivery delays can happen due to high volumes. Your parcel arrives on Friday.", None),
    # an easier way offered is not talking down
    ("E405", "Our pharmacist can call you back today, or simply reply to this email and she'll ring you.", None),
    # a policy or a "no" paired with what we *can* do
    ("E303", "I'm sorry, our policy doesn't allow refunds after 30 days, but I can offer to repair the "
             "blender instead.", None),
    ("E303", "Our policy is to refund to the original card. What I can do is send you the receipt today.", None),
    ("E304", "We can't replace it, but I can arrange a repair this week.", None),
    ("E304", "I'm sorry, we can't change the seat online; instead, I'll move you to 14C myself.", None),
    # a specific acknowledgement
    ("E101", "I'm so sorry your suitcase didn't arrive in Denver; that sounds exhausting after a long flight. "
             "I've filed a trace.", None),
    ("E102", "I'm so sorry your suitcase didn't arrive in Denver; that sounds exhausting after a long flight. "
             "I've filed a trace.", None),
    ("E102", "I understand your frustration about being charged twice for the March invoice, and I've asked "
             "billing to reverse it.", None),
    ("E101", "It sounds like the engineer never turned up, which is really frustrating. I'll book a new visit.",
     "The engineer didn't come and I waited all day."),
    ("E104", "It sounds like you've been waiting all week for the parcel, which is really frustrating. "
             "I'll chase the courier.", "I'm furious, my parcel is a week late."),
    # open questions
    ("E202", "I'm sorry the app keeps crashing. What happens right before it closes?", None),
    ("E202", "Sorry about the outage. Which lights are on the router right now?", None),
    # a polite request put as a question is not a yes/no question
    ("E202", "I'm sorry the parcel arrived damaged. Could you please send me a photo of the label?", None),
    # codes and acronyms are not shouting
    ("E404", "I'm sorry about the delay. I've rebooked you JFK to LAX on the 7pm flight and sent the "
             "confirmation.", None),
    ("E404", "Sorry for the mix-up. Your PNR is QX7Y2Z and I'll email you the new ticket.", None),
    ("E404", "I'm sorry the USB adapter was missing. I've sent a new one by DHL.", None),
    ("E404", "I'm sorry about the delay. Your booking reference is KXJTPL and I'll email the new ticket.", None),
    # no blame, no dismissal
    ("E401", "I'm sorry, it looks like the address was missing a digit; I've corrected it and told the "
             "courier.", None),
    ("E402", "I'm sorry for the wait. I've checked again and the refund was sent today.", None),
    ("E402", "Sorry about this. To fix it, run `calm down --force` in the terminal and I'll stay on the line.",
     None),
    ("E402", "Pick whatever time works for you and I'll book the engineer.", None),
    # one apology is fine
    ("E105", "I'm sorry the router arrived broken. I'll send a replacement today.", None),
    # a next step, owned
    ("E301", "I'm sorry about the double charge. I'll ask billing to reverse it and email you once it's done.",
     None),
    ("E302", "I'm sorry about the delay. Your refund will be processed, and I'll confirm by email once it has.",
     None),
    # apologising for a delay is not pity
    ("E103", "I'm sorry for the delay with your order; I'll check it now.", None),
    ("E403", "I'm sorry about the wait. Our specialist team has your request and I'll update you.", None),
    ("E405", "I'm sorry the reset didn't work. Here's how to do it from the app: open Settings, then Account.",
     None),
    ("E406", "I'm sorry your flight was cancelled. I've rebooked you on the next one and I'll text you the "
             "details.", None),
    ("E406", "I'm sorry for the wait. I'll call you back at this time tomorrow.", None),
    # the reply answers what was asked
    ("E201", "Your refund was sent on Monday and should arrive in 3 to 5 days. I'll keep an eye on it.",
     "When will my refund arrive?"),
    # praise needs no acknowledgement of a problem, nor a next step
    ("E101", "Thanks so much for the kind words about Priya, I'll pass them on!", "Priya was amazing, thank you!"),
    ("E301", "Thanks so much for the kind words about Priya, I'll pass them on!", "Priya was amazing, thank you!"),
    ("E108", "Thanks so much for the kind words about Priya, I'll pass them on!", "Priya was amazing, thank you!"),
    # a plain question needs an answer, not sympathy or a next step
    ("E101", "Yes: catering on our long-haul flights is complimentary. Where are you travelling to?",
     "Are your long haul flights still food at extra cost?"),
    ("E301", "You won't need a doctor's note to travel at 22 weeks.",
     "I'll be 22 weeks pregnant when I fly next Saturday. Do I need a note from my doctor?"),
    ("E503", "You won't need a doctor's note to travel at 22 weeks.",
     "I'll be 22 weeks pregnant when I fly next Saturday. Do I need a note from my doctor?"),
    # a joke or thanks is not an open problem
    ("E301", "No, this is how Claire lives! Sit back, relax, and enjoy the flight.", "Boarding group B1! Is this how "
     "the rich live?"),
    ("E301", "You're welcome, and we'll see you on board tomorrow.", "Thank you. See you bright and early tomorrow."),
    # a journey that is over: the delay is the story of how they got there
    ("E301", "Glad you made it in the end, Sam, and sorry the delays made it such a long day.",
     "Finally made it to Leeds after a 3 hour delay and a missed connection. What a day."),
    # abuse with nothing wrong behind it needs a boundary, not an apology
    ("E104", "I'd like to help, and I can only do that if we keep this civil. What's gone wrong?",
     "You lot can burn in hell"),
    # a threat met by ending the contact and reporting it
    ("E504", "I'm ending this chat now because of the threat in your last message, and I've reported it to our "
             "security team.", "Fix it now, you idiot, or I'll find out where you live."),
    # a crisis met with concern and a handoff
    ("E502", "I'm really concerned by what you've said. Are you safe right now? If you're in danger please call "
             "999; I'm passing this to our support team now.", "I'm going to kill myself if this isn't fixed today."),
    # safety first, then the appointment
    ("E501", "Please get everyone out of the house, don't use any switches, and call the gas emergency line now. "
             "Once you're safe, I'll book an engineer.", "There's a strong smell of gas in my kitchen."),
    # "it's simple" about a form the agent will fill in with them is reassurance, not talking down
    ("E405", "If you need longer, email me and we'll fill in the form together. It's simple and I'll handle most of it.",
     "My grandmother passed away on Saturday and the funeral is next Thursday. Can I have an extension?"),
    # a pet's dose is not a medical emergency of the customer's
    ("E502", "Please don't give a second dose tonight; give her next tablet at the normal time tomorrow, with food.",
     "Bella threw up her dinner an hour after her carprofen. Should I give another? Don't want to overdose her."),
    # pallets that collapsed are damaged goods, not a medical emergency
    ("E502", "Sorry to hear about the damage. To claim, please send the photos and the signed delivery note.",
     "Two pallets had collapsed and 40% of the tiles on them are broken. How do we claim?"),
    # "that's only an estimate" is honest about a forecast, not a brush-off
    ("E402", "We expect power back around 7:30pm. That's only an estimate, so please don't rely on it.",
     "Power's been out for 3 hours. My mum is on a home oxygen concentrator. When is it coming back?"),
    # "the question of whether you should have said no" lifts a weight off them; it is not blame
    ("E401", "You don't have to carry the question of whether you should have said no. The surgery was the right call.",
     "Our cat didn't wake up after his surgery. I just don't know if we should have said no to it."),
    # condolences first
    ("E503", "I'm so sorry for your loss. I can close your mum's account for you; I just need a copy of the death "
             "certificate.", "My mum passed away on 3 March. I'd like to close her account."),
]


def _id(case: tuple) -> str:
    return f"{case[0]}-{case[1][:30]}"


@pytest.mark.parametrize(("rule", "draft", "customer", "where"), FIRING, ids=[_id(c) for c in FIRING])
def test_rule_fires(rule: str, draft: str, customer: str | None, where: str | None) -> None:
    analysis = analyze(draft, customer)
    assert rule in analysis.rules, f"{rule} should fire on {draft!r}; got {analysis.rules}"
    if where is not None:
        spans = [draft[f.start : f.end].lower() for f in analysis.findings if f.rule == rule]
        assert any(where.lower() in span for span in spans), (
            f"{rule} should point at {where!r}; it points at {spans}"
        )


@pytest.mark.parametrize(("rule", "draft", "customer"), QUIET, ids=[_id(c) for c in QUIET])
def test_rule_stays_quiet(rule: str, draft: str, customer: str | None) -> None:
    analysis = analyze(draft, customer)
    assert rule not in analysis.rules, f"{rule} should not fire on {draft!r}"


def test_every_rule_has_two_firing_cases() -> None:
    """One example can pass by accident; two different situations per rule make that unlikely."""
    counts: dict[str, int] = {}
    for rule, *_ in FIRING:
        counts[rule] = counts.get(rule, 0) + 1
    # the card's findings need a scenario: tests/test_practice_boundaries.py fires each on every scenario
    missing = sorted(rule for rule in set(RULES) - PRACTICE_RULES if counts.get(rule, 0) < 2)
    assert not missing, f"rules with fewer than two firing tests: {missing}"


def test_firing_table_only_names_known_rules() -> None:
    assert {rule for rule, *_ in FIRING} | {rule for rule, *_ in QUIET} <= set(RULES)


def test_rule_ids_are_stable_and_well_formed() -> None:
    for rule_id, rule in RULES.items():
        assert rule.id == rule_id
        assert len(rule_id) == 4 and rule_id[0] == "E" and rule_id[1:].isdigit()
        assert rule.severity in {"high", "medium", "low"}


ALL_CASES = [(draft, customer) for _, draft, customer, _ in FIRING] + [(d, c) for _, d, c in QUIET]


@pytest.mark.parametrize(("draft", "customer"), ALL_CASES, ids=[d[:30] for d, _ in ALL_CASES])
def test_findings_point_inside_the_text(draft: str, customer: str | None) -> None:
    result = check(draft, customer)
    for analysis in (result.analysis, result.rewrite_analysis):
        for finding in analysis.findings:
            assert 0 <= finding.start <= finding.end <= len(analysis.text), finding


@pytest.mark.parametrize(("draft", "customer"), ALL_CASES, ids=[d[:30] for d, _ in ALL_CASES])
def test_findings_carry_message_why_and_lesson(draft: str, customer: str | None) -> None:
    for finding in analyze(draft, customer).findings:
        rule = RULES[finding.rule]
        assert finding.message == rule.message and finding.message.strip()
        assert finding.why.strip() and len(finding.why) > 20, "why this matters, for this customer or in general"
        assert finding.lesson == rule.lesson and finding.lesson.strip()
        assert finding.severity == rule.severity
        as_dict = finding.to_dict()
        assert as_dict["rule"] == finding.rule and as_dict["lesson"] == rule.lesson


def test_catalogue_entries_are_written_for_an_agent() -> None:
    labels = [rule.label for rule in RULES.values()]
    assert len(set(labels)) == len(labels), "each finding has its own short name"
    for rule in RULES.values():
        assert rule.message.endswith((".", "?")) and len(rule.message) > 15
        assert len(rule.why) > 20
        assert rule.lesson == rule.lesson.lower() and " " not in rule.lesson


def test_pattern_findings_are_capped_per_rule() -> None:
    draft = "Calm down. " * 8 + "I'll check your bill."
    findings = [f for f in analyze(draft).findings if f.rule == "E402"]
    assert [draft[f.start : f.end] for f in findings] == ["Calm down"] * 3, "the first three, no more"
    assert [f.start for f in findings] == [0, 11, 22]


def test_findings_are_ordered_by_severity() -> None:
    draft = ("Per our policy we can't do that. You should have read the FAQ!!! "
             "Your ticket is in the L2 queue. Did you restart it?")
    order = {"high": 0, "medium": 1, "low": 2}
    severities = [order[f.severity] for f in analyze(draft).findings]
    assert severities == sorted(severities)
    assert len(severities) >= 3


def test_customer_question_only_matters_when_there_is_a_customer() -> None:
    draft = "We're sorry for any inconvenience. Thanks for your patience."
    assert "E201" not in analyze(draft).rules
    assert "E201" in analyze(draft, "When will my refund arrive?").rules


def test_customer_emotion_turns_missing_acknowledgement_into_e104() -> None:
    draft = "Your order will ship on Friday. I'll send you the tracking link."
    calm = analyze(draft, "Where is my order? It was due on Monday.")
    upset = analyze(draft, "I'm so angry, where is my order?")
    assert "E104" in upset.rules and "E104" not in calm.rules
    assert upset.score < calm.score


def test_masked_markup_cannot_trigger_rules() -> None:
    draft = ("I'm sorry about the error. I'll walk you through it: "
             "```\nYOU SHOULD HAVE SET THE FLAG!!! calm down\n``` and <https://help.example.com/calm-down|this page>.")
    rules = analyze(draft).rules
    assert not {"E401", "E402", "E404"} & set(rules)


def test_slack_link_label_is_read_as_prose() -> None:
    draft = "I'm sorry for the wait. See <https://help.example.com/a|as I already said> for the steps."
    assert "E402" in analyze(draft).rules


@pytest.mark.parametrize("draft", [
    "I'm sorry your PIN was locked. I'll reset it now.",
    "I'm sorry the line keeps dropping. I'll run a line test now.",
    "I'm sorry about the charge. I'll reverse it now.",
])
def test_any_first_person_action_is_a_next_step(draft: str) -> None:
    analysis = analyze(draft)
    assert "E301" not in analysis.rules
    assert analysis.dimensions["own"].score > 0.3


def test_a_question_made_only_of_common_words_is_not_reported_unanswered() -> None:
    reply = "I completely get why you'd worry. I'll check the tracking now and message you by 5pm."
    assert "E201" not in analyze(reply, "Where is it?").rules
    stock = "We apologise for any inconvenience and thank you for your patience."
    assert "E201" in analyze(stock, "Why was my refund for the broken blender refused?").rules


def test_sorry_you_feel_that_way_is_a_hollow_stock_line_not_a_brush_off() -> None:
    rules = set(analyze("We're sorry you feel that way. Is there anything else?", "Your hold music is awful.").rules)
    assert "E102" in rules and "E402" not in rules


@pytest.mark.parametrize("draft", [
    "Slow speeds are usually caused by your own router, so restart it.",
    "Did you make sure the address was right before you ordered?",
    "Someone on your team probably changed the permissions, so ask your admin.",
])
def test_pinning_the_fault_on_the_customer_without_checking_is_blame(draft: str) -> None:
    assert "E401" in analyze(draft, "It still isn't working and I've tried everything.").rules


def test_praising_our_own_team_before_hearing_what_went_wrong_is_defensive() -> None:
    rules = analyze("Our team is the best and they are always kind.", "Your staff were rude to me at the desk.").rules
    assert "E408" in rules


@pytest.mark.parametrize("customer", [
    "The woman at your returns desk was the rudest person I've met. Honestly, hire a rock instead, it'd be friendlier.",
    "Worst helpline ever. Replace the lot of them with a rock.",
])
def test_a_rock_in_a_complaint_is_no_compliment(customer: str) -> None:
    rules = set(analyze("Our staff are the best and they are always kind.", customer).rules)
    assert "E108" not in rules and "E408" in rules


@pytest.mark.parametrize("customer", [
    "Can you stop with the adverts on the bus screens? Nobody wants them.",
    "Please stop sending me catalogues, I've asked twice.",
    "Could you stop calling me at 7am about my renewal",
])
def test_asking_us_to_stop_is_a_complaint_and_thanks_for_understanding_presumes(customer: str) -> None:
    rules = analyze("We want everyone to know about our offers. Thanks for your understanding.", customer).rules
    assert "E402" in rules


@pytest.mark.parametrize("draft", [
    "You can book online any time. Calling during peak hours will always mean longer waits.",
    "Phoning at busy times means longer waits, so please try the app. Which appointment is it?",
])
def test_blaming_a_long_hold_on_when_they_called_is_a_lecture(draft: str) -> None:
    assert "E407" in analyze(draft, "I was on hold for an hour and then cut off. Why is this so hard?").rules


def test_when_to_call_is_an_answer_to_someone_who_asked_when() -> None:
    assert "E407" not in analyze("Calling at peak times means a longer wait, so try after 2pm.",
                                 "What's the best time to ring you?").rules


def test_a_lone_stock_apology_to_a_complaint_is_not_an_acknowledgement() -> None:
    rules = set(analyze("Sorry for the inconvenience. Your bag from BA117 is at Heathrow and a courier will bring it "
                        "to 14 Elm Road by 6pm.", "My bag didn't come off BA117 at Heathrow and I'm furious.").rules)
    assert rules & {"E101", "E104"}


@pytest.mark.parametrize("customer", [
    "Great job leaving my suitcase on the tarmac in the rain. #fail",
    "Gym app won't let me book a class for the third day running. GRRR",
])
def test_sarcasm_and_exasperation_are_complaints_that_need_acknowledging(customer: str) -> None:
    rules = set(analyze("Please see our help page.", customer).rules)
    assert "E108" not in rules and rules & {"E101", "E104"}
