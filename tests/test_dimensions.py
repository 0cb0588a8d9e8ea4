"""The five empathy dimensions: each moves with the language that shows it, and says where it saw it."""

from __future__ import annotations

import pytest

from bot.coach import DIMENSIONS, analyze, check
from bot.coach.checks.customer import situation_of
from bot.coach.checks.model import Finding
from bot.coach.checks.reply import read_reply
from bot.coach.checks.rules import RULES
from bot.coach.checks.score import score
from bot.coach.text import read

# (dimension, draft that shows it, draft that doesn't, words the evidence should cover)
PAIRS: list[tuple[str, str, str, str]] = [
    ("acknowledge",
     "I'm so sorry your parcel went missing; that sounds really stressful. I'll chase the courier.",
     "Your parcel went missing. I'll chase the courier.",
     "sounds really stressful"),
    ("acknowledge",
     "That must be so frustrating after three calls about the same bill. I'll fix the charge now.",
     "There are three calls on record about the bill. I'll fix the charge now.",
     "must be so frustrating"),
    ("acknowledge",
     "I can imagine how stressful it is to miss the connection with two kids in tow. I've booked you on the 6pm.",
     "You missed the connection. I've booked you on the 6pm.",
     "imagine how"),
    ("acknowledge",  # "that's" is one word with its verb
     "That's rough after a week without internet. I'll book an engineer for Monday.",
     "There has been no internet for a week. I'll book an engineer for Monday.",
     "that's rough"),
    ("acknowledge",
     "Honestly, I'd be furious too if my card was charged twice. I'll reverse the second charge today.",
     "Your card was charged twice. I'll reverse the second charge today.",
     "i'd be furious"),
    ("acknowledge",
     "It sounds like the move has been weighing on you, with the boxes still missing. I'll call the depot.",
     "The boxes are still missing. I'll call the depot.",
     "weighing on you"),
    ("acknowledge",
     "You aren't alone with this one: I'll stay on it until the account is unlocked.",
     "The account will be unlocked. I'll stay on it.",
     "aren't alone"),
    ("acknowledge",
     "I hate to hear the gift arrived broken. I'll send a replacement today.",
     "The gift arrived broken. I'll send a replacement today.",
     "hate to hear"),
    ("reflect",
     "It sounds like you've been charged twice for the same invoice. I'll look into it.",
     "There are two charges on the invoice. I'll look into it.",
     "sounds like you"),
    ("reflect",
     "If I understand you correctly, the router drops every evening around 8pm. I'll run a line test.",
     "The router is fine on our side. I'll run a line test.",
     "if i understand you"),
    ("reflect",
     "You mentioned the box was crushed when it arrived, so I'll send a new one.",
     "I'll send a new one.",
     "you mentioned"),
    ("explore",
     "Could you tell me what the lights on the router are doing right now?",
     "Restart the router.",
     "could you tell"),
    ("explore",
     "I'm sorry the refund hasn't shown up. What does the statement show for 12 May?",
     "I'm sorry the refund hasn't shown up. The refund was sent on 12 May.",
     "what does the statement show"),
    ("explore",
     "Would you like to tell me a bit more about what happened at the gate?",
     "The gate closed on time.",
     "would you like to tell"),
    ("own",
     "I'll call the courier this afternoon and get back to you by 5pm.",
     "The courier will be contacted.",
     "i'll call"),
    ("own",
     "I've rebooked you on the 7am flight and I'll text you the new boarding pass.",
     "A new flight may be available.",
     "i've rebooked"),
    ("own",
     "Leave it with me: I'm checking with billing now and I'll update you here.",
     "Billing is responsible for this.",
     "leave it with me"),
    ("respect",
     "Thank you for flagging this. Could you please send a photo of the label?",
     "Send a photo of the label. Obviously, you should have done this already.",
     "thank"),
    ("respect",
     "Hi Sam, thanks for your patience with the outage; I think a restart might help.",
     "Seriously, just restart the router. It's not rocket science.",
     "thanks"),
    ("respect",
     "Good question! Would you mind checking the spam folder for the receipt?",
     "Why didn't you check the spam folder? Read the FAQ.",
     "good question"),
]


def _id(case: tuple) -> str:
    return f"{case[0]}-{case[1][:25]}"


@pytest.mark.parametrize(("dimension", "shows", "lacks", "cue"), PAIRS, ids=[_id(p) for p in PAIRS])
def test_dimension_is_higher_when_the_draft_shows_it(dimension: str, shows: str, lacks: str, cue: str) -> None:
    high = analyze(shows).dimensions[dimension].score
    low = analyze(lacks).dimensions[dimension].score
    assert high > low + 0.2, f"{dimension}: {high} for {shows!r} vs {low} for {lacks!r}"


@pytest.mark.parametrize(("dimension", "shows", "lacks", "cue"), PAIRS, ids=[_id(p) for p in PAIRS])
def test_evidence_points_at_the_words_that_carried_it(dimension: str, shows: str, lacks: str, cue: str) -> None:
    evidence = analyze(shows).dimensions[dimension].evidence
    assert evidence, f"{dimension} scored {shows!r} with no evidence"
    for span in evidence:
        assert 0 <= span.start < span.end <= len(shows)
        assert span.text == shows[span.start : span.end]
    assert any(cue in span.text.lower() for span in evidence), (
        f"{dimension} evidence {[s.text for s in evidence]} misses {cue!r}"
    )


@pytest.mark.parametrize("dimension", [d for d in DIMENSIONS if d != "respect"])
def test_a_flat_statement_has_no_evidence(dimension: str) -> None:
    draft = "The parcel left the depot on 4 June."
    score = analyze(draft).dimensions[dimension]
    assert score.evidence == ()
    assert score.score == 0


def test_every_dimension_is_reported_in_range() -> None:
    for _, shows, lacks, _ in PAIRS:
        for draft in (shows, lacks):
            analysis = analyze(draft)
            assert set(analysis.dimensions) == set(DIMENSIONS)
            for name, value in analysis.dimension_values().items():
                assert 0.0 <= value <= 1.0, (name, value, draft)
                assert analysis.dimensions[name].name == name


def test_blame_and_dismissal_sink_respect_below_neutral() -> None:
    neutral = analyze("The parcel left the depot on 4 June.").dimensions["respect"].score
    for draft in (
        "Calm down. The parcel left the depot on 4 June.",
        "You should have read the tracking page. The parcel left the depot on 4 June.",
        "It's not rocket science, the parcel left the depot on 4 June.",
    ):
        assert analyze(draft).dimensions["respect"].score < neutral - 0.1, draft


def test_respect_evidence_leaves_out_the_words_that_were_flagged() -> None:
    draft = "Thanks for waiting. Obviously, you should have read the email."
    analysis = analyze(draft)
    flagged = [(f.start, f.end) for f in analysis.findings if f.rule in {"E401", "E405"}]
    assert flagged
    for span in analysis.dimensions["respect"].evidence:
        assert not any(s < span.end and span.start < e for s, e in flagged), span


def test_customer_words_echoed_back_count_as_reflection() -> None:
    customer = "My suitcase never arrived in Denver and the airline lost my medication."
    echoes = "Your suitcase and medication didn't arrive in Denver. I'll file a trace."
    ignores = "Bags are handled by the ground team. I'll file a trace."
    assert analyze(echoes, customer).dimensions["reflect"].score > analyze(ignores, customer).dimensions[
        "reflect"
    ].score


# overall score: (clearly empathetic, clearly dismissive, customer message)
ORDERED: list[tuple[str, str, str | None]] = [
    ("I'm so sorry your suitcase didn't make it to Denver; that sounds exhausting after a long flight. "
     "I've opened a trace, and I'll call you as soon as the airport finds it. Could you tell me what "
     "colour the bag is?",
     "Calm down. Bags go missing all the time, there's nothing we can do.",
     "My bag didn't arrive and I'm furious!"),
    ("That sounds really frustrating, especially after being charged twice. I've asked billing to "
     "reverse the second charge and I'll email you once it's done.",
     "As I already said, you should have checked your statement. That's not my department.",
     "Why was I charged twice??"),
    ("I'm sorry the internet keeps dropping while you work from home; that must be stressful. "
     "I'll check the line now and book an engineer if it fails. What time of day does it usually drop?",
     "IT'S NOT OUR PROBLEM!!! Obviously, you need to restart the router.",
     None),
    ("I'm sorry the refund hasn't arrived yet, I know you've been waiting a while. I've checked and it "
     "was sent on Monday; I'll chase the bank if it isn't there by Friday.",
     "Per our policy refunds take 10 days. Whatever.",
     "Where is my refund? It's been two weeks."),
]


@pytest.mark.parametrize(("kind", "rude", "customer"), ORDERED, ids=[o[1][:25] for o in ORDERED])
def test_overall_score_orders_empathy_above_dismissal(kind: str, rude: str, customer: str | None) -> None:
    good, bad = analyze(kind, customer), analyze(rude, customer)
    assert good.score >= bad.score + 30, (good.score, bad.score)
    assert good.score >= 60
    assert bad.score <= 35
    for dimension in ("acknowledge", "own", "respect"):
        assert good.dimensions[dimension].score > bad.dimensions[dimension].score, dimension


def test_adding_an_acknowledgement_an_upset_customer_needs_raises_the_overall_score() -> None:
    customer = "My parcel is a week late and I'm really stressed about it."
    base = "Your parcel is with the courier and I'll send you the tracking link."
    warmer = "I'm sorry the wait has been so stressful. " + base
    assert "E104" in analyze(base, customer).rules and "E104" not in analyze(warmer, customer).rules
    assert analyze(warmer, customer).score > analyze(base, customer).score + 10


def test_each_finding_costs_points() -> None:
    clean = "I'm sorry the parcel is late. I'll chase the courier and update you today."
    blaming = "I'm sorry the parcel is late. You should have paid for express. I'll chase the courier and update you today."
    assert "E401" in analyze(blaming).rules
    assert analyze(blaming).score < analyze(clean).score - 5


def test_one_harmful_line_takes_half_the_score_and_more_than_a_serious_habit() -> None:
    """What a lead marks down hardest is what hurts the customer: blame costs more than a missed feeling."""
    draft, customer = "The parcel left the depot on 4 June. I'll chase the courier today.", "Where is my parcel?"
    situation = situation_of(draft, customer)
    reply = read_reply(read(draft), situation)

    def scored(rule: str | None) -> int:
        found = [] if rule is None else [Finding(rule, RULES[rule].severity, 0, 5, RULES[rule].message, "", "")]
        return score(found, situation, reply)

    assert RULES["E401"].severity == RULES["E104"].severity == "high"
    assert scored("E401") <= scored(None) / 2
    assert scored("E401") < scored("E104") < scored(None)


def test_score_and_result_agree() -> None:
    draft = "I'm sorry the parcel is late. I'll chase the courier and update you today."
    result = check(draft)
    assert result.score == result.analysis.score == analyze(draft).score
    assert result.to_dict()["dimensions"] == analyze(draft).dimension_values()
    assert 0 <= result.score <= 100


def test_analysis_is_deterministic() -> None:
    draft = "Calm down. Per our policy we can't refund it. Did you read the email?"
    first, second = analyze(draft, "I'm furious"), analyze(draft, "I'm furious")
    assert first == second


def test_a_question_that_opens_with_do_is_not_an_order() -> None:
    asking = analyze("Do you still have the receipt? Thanks.").dimensions["respect"].score
    ordering = analyze("Do send the receipt. Thanks.").dimensions["respect"].score
    assert asking > ordering
