"""Each rule in the catalogue fires on the situation it describes, and stays quiet on a good reply."""

from __future__ import annotations

import pytest

from bot.coach import analyze, check
from bot.coach.checks.rules import RULES

# (rule, draft, customer message or None, words the finding should point at or None)
FIRING: list[tuple[str, str, str | None, str | None]] = [
    # E101: no acknowledgement at all
    ("E101", "Your package was delivered on Tuesday.", None, None),
    ("E101", "The refund was issued to your card on 3 May.", None, None),
    ("E101", "A technician visit is available on Thursday morning.",
     "My internet has not worked since Monday.", None),
    ("E101", "Your parcel is lost and we can't refund it.\n\nThanks,\nTom", None, None),  # a sign-off isn't warmth
    # E102: stock empathy with nothing specific
    ("E102", "I understand your frustration.", None, "understand your frustration"),
    ("E102", "We apologize for any inconvenience.", None, "apologize for any inconvenience"),
    ("E102", "Thank you for your patience. I'll email you the invoice.", None, "thank you for your patience"),
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
    ("E201", "Our store hours are 9am to 5pm. I'll email you the receipt.", "When will my refund arrive?", None),
    ("E201", "I'm sorry for the trouble. I'll make sure your seat preference is saved.",
     "Why was I charged twice for the invoice?", None),
    # E202: only yes/no questions
    ("E202", "I'm sorry about the outage. Did you restart the router? Is the light green?", None,
     "did you restart the router?"),
    ("E202", "I'm sorry the parcel is missing. Have you checked with your neighbours?", None,
     "have you checked"),
    # E301: no next step
    ("E301", "I'm sorry about the double charge. The billing team will review it.", None, None),
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
    ("E406", "Please be advised that your request is being handled. I'm sorry for the trouble, I'll follow up.",
     None, "please be advised"),
    ("E406", "We regret to inform you that your flight is cancelled. I'll rebook you.", None, "regret to inform"),
]

# (rule that must NOT fire, draft, customer message or None)
QUIET: list[tuple[str, str, str | None]] = [
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
    missing = sorted(rule for rule in RULES if counts.get(rule, 0) < 2)
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
        assert finding.why == rule.why and finding.why.strip()
        assert finding.lesson == rule.lesson and finding.lesson.strip()
        assert finding.severity == rule.severity
        as_dict = finding.to_dict()
        assert as_dict["rule"] == finding.rule and as_dict["lesson"] == rule.lesson


def test_catalogue_entries_are_written_for_an_agent() -> None:
    lessons = [rule.lesson for rule in RULES.values()]
    assert len(set(lessons)) == len(lessons), "each rule links to its own lesson"
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
    draft = "Our store hours are 9am to 5pm. I'll email you the receipt."
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
    assert "E201" in analyze(reply, "Why was my refund for the broken blender refused?").rules
