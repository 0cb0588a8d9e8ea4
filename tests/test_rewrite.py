"""The offline rewrite: the smallest honest edit a lead would make, keeping every fact and promising nothing new."""

from __future__ import annotations

import re

import pytest

from bot.coach import analyze, check
from bot.coach.checks.acknowledge import acknowledgement, keepsake, their_moment, troubled_thing
from bot.coach.checks.customer import read_customer
from bot.coach.checks.facts import find_facts, missing_facts
from bot.coach.checks.layout import layout
from bot.coach.checks.phrasing import all_additions
from bot.coach.checks.promises import added_promises, count_promises
from bot.coach.checks.rewrite import rewrite
from bot.coach.checks.rules import APOLOGY, RULES
from bot.coach.checks.stakes import hazard_of, read_stakes
from bot.coach.text import keywords, read

# (draft, customer message or None, tokens that must come through verbatim)
FACT_DRAFTS: list[tuple[str, str | None, tuple[str, ...]]] = [
    (
        "Hi Maria,\n\nAs I already said, your order #A-1234 for $42.50 left our warehouse on 12/03 at 4:15pm. "
        "You should have checked https://shop.example.com/track?id=A-1234 before emailing help@example.com "
        "again. Someone will update you.",
        None,
        ("Maria", "#A-1234", "$42.50", "12/03", "4:15pm", "https://shop.example.com/track?id=A-1234",
         "help@example.com"),
    ),
    (
        "<@U123> as I already said, your refund of €19.99 for AB12345 was sent on 2024-05-02. Check "
        "<https://status.example.com|the status page>. Per our policy we can't do more.",
        None,
        ("<@U123>", "€19.99", "AB12345", "2024-05-02", "<https://status.example.com|the status page>"),
    ),
    (
        "Dear Mr Okafor, please be advised that flight BA2490 from JFK to LAX at 7:45pm is cancelled. "
        "There's nothing we can do. Your PNR is QX7Y2Z.",
        None,
        ("Okafor", "BA2490", "JFK", "LAX", "7:45pm", "QX7Y2Z"),
    ),
    (
        "Hey Sam, it's really simple. Obviously you need to restart the router!!! Ticket #88231 is with L2 "
        "now, see `router --reset` in the guide.",
        None,
        ("Sam", "#88231", "`router --reset`"),
    ),
    (
        "@jdoe as previously stated, the refund of £120.00 on 14 March is not possible. Call 0800 123 456 "
        "or visit www.example.co.uk/help. You were supposed to return it within 30 days.",
        None,
        ("@jdoe", "£120.00", "14 March", "0800 123 456", "www.example.co.uk/help", "30 days"),
    ),
    (
        "<@U02ABCD> the modem needs 15 minutes, as I already said. Please do not hesitate to call "
        "1-800-555-0199 if it's still down at 6pm. Output:\n```modem --status\nLINK DOWN!!!\n```",
        None,
        ("<@U02ABCD>", "15 minutes", "1-800-555-0199", "6pm", "```modem --status\nLINK DOWN!!!\n```"),
    ),
    (
        "Hello Priya, that's not my department. The invoice INV-2024-0091 shows 3 charges of $9.99 on "
        "01/02/2024. Someone will call you at 10:30am.",
        None,
        ("Priya", "INV-2024-0091", "3 charges", "$9.99", "01/02/2024", "10:30am"),
    ),
    (
        "Hi Tom, we regret to inform you that your booking AB12345 can't be changed. As per the terms and "
        "conditions, the fare is non-refundable. Details: <https://air.example.com/b/AB12345|your booking>.",
        None,
        ("Tom", "AB12345", "<https://air.example.com/b/AB12345|your booking>"),
    ),
    (
        "Calm down. Parcel #Z-99 left Leeds on 3 June and DPD says it arrives Friday. As I already said, "
        "delays happen.",
        "I'm furious, my parcel #Z-99 is 5 days late!!!",
        ("#Z-99", "Leeds", "3 June", "DPD", "Friday"),
    ),
]
FACT_IDS = [d[:28] for d, _, _ in FACT_DRAFTS]


@pytest.mark.parametrize(("draft", "customer", "tokens"), FACT_DRAFTS, ids=FACT_IDS)
def test_rewrite_keeps_every_fact(draft: str, customer: str | None, tokens: tuple[str, ...]) -> None:
    result = check(draft, customer)
    assert result.rewrite != draft, "these drafts have findings the rewriter can fix"
    assert missing_facts(draft, result.rewrite) == []
    for token in tokens:
        assert token in draft, f"table error: {token!r} is not in the draft"
        assert result.rewrite.count(token) >= draft.count(token), f"{token!r} lost from {result.rewrite!r}"


@pytest.mark.parametrize(("draft", "customer", "tokens"), FACT_DRAFTS, ids=FACT_IDS)
def test_rewrite_takes_out_what_hurts(draft: str, customer: str | None, tokens: tuple[str, ...]) -> None:
    result = check(draft, customer)
    hurtful = {"E401", "E402", "E404", "E405", "E406", "E407"}
    assert hurtful & set(result.analysis.rules)
    assert not hurtful & set(result.rewrite_analysis.rules), result.rewrite
    assert result.rewrite_score > result.score


@pytest.mark.parametrize(("draft", "customer", "tokens"), FACT_DRAFTS, ids=FACT_IDS)
def test_explanation_names_rules_that_were_found(draft: str, customer: str | None, tokens: tuple[str, ...]) -> None:
    result = check(draft, customer)
    assert result.explanation
    for change in result.explanation:
        assert change.rule in result.analysis.rules, change
        assert change.change.strip() and change.why.strip()
    assert len({c.change for c in result.explanation}) == len(result.explanation), "no change is listed twice"


# (customer message, draft): drafts with something to fix, across situations and shapes
CASES: list[tuple[str | None, str]] = [
    ("My parcel was due Monday and it still hasn't come!!", "Calm down, it's just a parcel. Check the tracking page."),
    ("I was charged twice for order 48213 and I'm furious.",
     "Dear Mr. Okafor,\n\nWe apologize for any inconvenience this may have caused. Your refund request has been "
     "passed to the relevant team.\n\nKind regards,\nMaria\nCustomer Care"),
    ("I got a bill for €483.60 after 4 days in Switzerland. Nobody warned me. I'm not paying this.",
     "Dear Customer,\n\nSwitzerland is not part of the EU roaming zone. You should have checked the roaming rates "
     "on our website before your trip. The charges are correct.\n\nCustomer Services"),
    ("There's a strong smell of gas in my kitchen and I've got two kids here. What do I do?",
     "Thanks for getting in touch! The earliest an engineer can come is in 3-5 working days. Does Tuesday work?"),
    ("My mum died last week. She had an account with you. I don't know where to start.",
     "Dear Mr Patel,\n\nGreat news, we can definitely help you with that! 😊 You'll need to visit a branch with two "
     "forms of ID.\n\nKind regards,\nFlowBank"),
    ("Flight delayed 3 hours and no updates at the gate. Missing my sister's wedding.",
     "@kendra_ross Please DM your confirmation code. ^MR"),
    ("Your promo code SPRING25 says it's not valid for items in my basket. What's going on?",
     "Hi, promo code terms are clearly listed on our FAQ page. Please read the FAQ before contacting support as "
     "most questions are answered there."),
    ("My order 51092 arrived without the duvet cover and nobody has replied to my three tickets.",
     "Hello,\n\nPlease note that opening multiple tickets for the same issue creates duplicates. Your query has "
     "been passed to the relevant team.\n\nRegards,\nCustomer Support"),
    ("Can you extend my free trial by a month?", "No, we can't extend trials."),
    ("I'm so frustrated, my broadband has been down since Saturday and I work from home.",
     "Thank you for contacting us. Your call is important to us. There is a fault on your line and it has been "
     "reported to our network team."),
    ("Your staff were so rude to me at the desk today.",
     "We're sorry you feel that way. Our staff are trained to be courteous at all times."),
    ("delay out of Valencia to LGW, have connection at 8pm to Belfast. What to do?",
     "As your flight to Belfast is with another carrier you'd need to speak to them (1/2)"),
]
CASE_IDS = [draft[:28] for _, draft in CASES]
FOLLOW_UP = re.compile(r"\b(?:keep you (?:posted|updated)|get back to you|let you know|follow up|as soon as (?:i|we) "
                       r"(?:know|hear)|update you|be in touch|i'?ll call|i will call)\b", re.IGNORECASE)


@pytest.mark.parametrize(("customer", "draft"), CASES, ids=CASE_IDS)
def test_a_rewrite_adds_no_commitment_the_agent_never_made(customer: str | None, draft: str) -> None:
    result = check(draft, customer)
    assert added_promises(draft, result.rewrite) == []
    assert len(FOLLOW_UP.findall(result.rewrite)) <= len(FOLLOW_UP.findall(draft)), result.rewrite
    assert not re.search(r"\[[^\]]+\]", result.rewrite), "no placeholder is left for the customer to read"


@pytest.mark.parametrize(("customer", "draft"), CASES, ids=CASE_IDS)
def test_the_greeting_sign_off_and_thread_marker_stay_where_they_were(customer: str | None, draft: str) -> None:
    result = check(draft, customer)
    before, after = layout(draft), layout(result.rewrite)
    assert after.head.strip() == before.head.strip()
    assert after.tail.strip() == before.tail.strip()


@pytest.mark.parametrize(("customer", "draft", "head"), [
    ("Our mortgage application has been stuck for six weeks and the sellers keep chasing us. We're so stressed.",
     "Dear Mr. and Mrs. Okoro,\n\nYour application is in progress. An update will be provided once reviewed.",
     "Dear Mr. and Mrs. Okoro,\n\n"),
    ("My seat is broken and won't recline on a nine hour flight, and the crew just shrugged.",
     "__company__  Hi Matt, have you spoken to the flight crew in regards to your concerns?", "__company__  Hi Matt, "),
    ("I was made redundant last month and can't make my loan payment on the 1st. I'm really worried about my credit.",
     "Dear Mr Lowe,\n\nThank you for your correspondence. Failure to make contractual repayments may result in the "
     "account falling into arrears.\n\nYours sincerely,\nLending", "Dear Mr Lowe,\n\nThank you for your correspondence. "),
    ("@ShardfallHelp my mage has been frozen mid-jump in the market square since the update. cool statue, can't play",
     "Hey adventurer! We're so glad you're enjoying Shardfall! The Frost Fair event is live until Friday. ^QA",
     "Hey adventurer! "),
])
def test_nothing_is_added_inside_or_before_the_salutation(customer: str, draft: str, head: str) -> None:
    assert check(draft, customer).rewrite.startswith(head)


def test_a_stock_apology_that_runs_on_into_the_next_message_is_not_cut() -> None:
    draft = "We've passed your comments to our Customer Experience team. Please accept our apologies for the 1/2"
    rewrite = check(draft, "My bag went missing on the way home and nobody can tell me where it is.").rewrite
    assert "Please accept our apologies for the" in rewrite and rewrite.endswith("1/2")


@pytest.mark.parametrize("draft", ["Delays are never part of our plan, and we regret the frustration we've caused.",
                                   "Hi Cory. I'm regret to hear your disappointment. I will share this with our leaders."])
def test_a_draft_that_already_says_it_regrets_gets_no_second_apology(draft: str) -> None:
    rewrite = check(draft, "Three hours delayed at the gate and the staff were rude about it. Awful.").rewrite
    assert "sorry" not in rewrite.lower()


@pytest.mark.parametrize(("customer", "draft"), CASES, ids=CASE_IDS)
def test_rewriting_a_rewrite_changes_nothing(customer: str | None, draft: str) -> None:
    once = check(draft, customer).rewrite
    assert check(once, customer).rewrite == once


# Drafts whose best offline fix would break a promise of the check: replacing "tier 2" drops a number, an
# acknowledgement of "your refund" names money, and cutting "Obviously" leaves plain blame behind.
UNSAFE_FIXES = [
    ("Why is my ticket still open after a week?!", "As I already said, your ticket is with tier 2. It is what it is."),
    ("I've been waiting 3 weeks for my refund of $45.", "Calm down. Refunds take 5-7 business days. It is what it is."),
    ("This is the third time I'm writing!!!", "Obviously you didn't read my last email. The answer is still no."),
]


@pytest.mark.parametrize(("customer", "draft"), UNSAFE_FIXES)
def test_what_a_check_shows_keeps_every_fact_adds_no_promise_and_no_new_finding(customer: str, draft: str) -> None:
    result = check(draft, customer)
    assert missing_facts(draft, result.rewrite) == [], result.rewrite
    assert added_promises(draft, result.rewrite) == [], result.rewrite
    assert set(result.rewrite_analysis.rules) <= set(result.analysis.rules), result.rewrite
    assert result.rewrite_score >= result.score


@pytest.mark.parametrize("draft", [
    "As you didn't reply to our email of 3 May, your order #A-88 was cancelled.",
    "Because you forgot to enter the code SAVE10, the price was $59.",
])
def test_the_rewriter_itself_leaves_a_blaming_clause_that_holds_a_fact(draft: str) -> None:
    """The engine's own check is the second net, not the first: the rewriter never cuts through a fact."""
    text, _ = rewrite(analyze(draft))
    assert missing_facts(draft, text) == [], text


def test_a_fact_said_twice_must_come_through_twice() -> None:
    draft = "You were charged $20 on Monday and $20 again on Tuesday."
    assert missing_facts(draft, "You were charged $20 on Monday and again on Tuesday.") == ["$20"]
    assert missing_facts(draft, draft.replace("again ", "")) == []


@pytest.mark.parametrize(("sentence", "kind"), [
    ("Here is a voucher for your next trip.", "voucher"),
    ("We will send you two vouchers.", "voucher"),
    ("You will get a full refund.", "refund"),
    ("We can offer a 20% discount.", "discount"),
])
def test_a_promise_is_recognised_in_the_singular_and_the_plural(sentence: str, kind: str) -> None:
    assert added_promises("We're looking into it.", sentence) == [kind]


def test_a_dismissive_brush_off_loses_the_dismissal_and_gains_no_promise() -> None:
    result = check("Calm down, it's just a parcel. Check the tracking page.",
                   "My parcel was due Monday and it still hasn't come!!")
    lower = result.rewrite.lower()
    assert "calm down" not in lower and "just a parcel" not in lower
    assert "check the tracking page" in lower, "what the agent said that helps stays"
    assert "keep you posted" not in lower and "i'll" not in lower


@pytest.mark.parametrize("customer", [
    "Where is my parcel? It is 4 days late!",
    "Where's my order?? Tracking hasn't moved all week.",
    "Is my parcel coming or not",
])
def test_a_brush_off_to_a_question_goes_even_though_the_question_still_needs_answering(customer: str) -> None:
    result = check("Calm down, it's just a parcel. Check the tracking page.", customer)
    lower = result.rewrite.lower()
    assert "calm down" not in lower and "just a parcel" not in lower
    assert "check the tracking page" in lower
    assert result.changed, "the brush-off shared the question's words; losing it must not veto the rewrite"


@pytest.mark.parametrize("customer", ["Where is my parcel?", "When will my parcel arrive?"])
def test_a_question_only_a_brush_off_seemed_to_answer_shows_as_open_in_the_rewrite(customer: str) -> None:
    result = check("Calm down, it's just a parcel. Check the tracking page.", customer)
    assert "E201" not in result.analysis.rules and "E201" in result.rewrite_analysis.rules
    assert result.changed and "calm down" not in result.rewrite.lower()


@pytest.mark.parametrize(("customer", "named"), [
    ("Where is my parcel? It is 4 days late!", "your parcel is 4 days late"),
    ("My boiler was repaired on Monday. It's broken again.", "your boiler is broken again"),
])
def test_an_it_that_opens_a_sentence_is_acknowledged_as_the_thing_named_before(customer: str, named: str) -> None:
    result = check("Check the tracking page or the app for updates.", customer)
    assert named in result.rewrite.lower()


def test_a_dig_at_what_was_said_before_goes_and_the_answer_stays() -> None:
    result = check("Hi Sam, the pool opens at 7am and towels are at the front desk, as explained at check-in. "
                   "Enjoy your stay!", "what time does the pool open and where do I get towels?")
    assert "E402" in result.analysis.rules
    assert "explained" not in result.rewrite
    assert "7am" in result.rewrite and "front desk" in result.rewrite and result.rewrite.startswith("Hi Sam,")


@pytest.mark.parametrize("caring", ["You shouldn't have to chase us for this.",
                                    "You shouldn't have been left waiting on the platform."])
def test_saying_the_customer_deserved_better_is_not_blame(caring: str) -> None:
    assert "E401" not in check(caring, "My refund still hasn't come through.").analysis.rules


def test_a_stock_apology_is_replaced_by_the_customers_own_situation() -> None:
    result = check(CASES[1][1], CASES[1][0])
    assert "any inconvenience" not in result.rewrite
    assert "charged twice" in result.rewrite, "the acknowledgement names what happened, in their words"
    assert result.rewrite.startswith("Dear Mr. Okafor,\n\n"), "the salutation stays whole and first"
    assert result.rewrite.endswith("Kind regards,\nMaria\nCustomer Care")


@pytest.mark.parametrize("customer", [
    "Sat on the runway for 2 hours now and nobody has told us a thing. Ridiculous.",
    "Still stuck on the runway, the air con is off and my kids are melting. Great.",
])
def test_a_stock_apology_to_someone_stuck_on_the_runway_names_the_runway(customer: str) -> None:
    rewrite = check("We're sorry for the inconvenience. We'll have you on your way shortly. ^KT", customer).rewrite
    assert "inconvenience" not in rewrite and "runway" in rewrite, rewrite
    assert rewrite.endswith("^KT")


def test_a_stock_apology_for_something_pending_for_days_names_how_long() -> None:
    rewrite = check("We apologize for any inconvenience this may have caused. Transfers can take longer than expected.",
                    "My transfer has been pending for 5 days and your status page says all systems normal.").rewrite
    assert "inconvenience" not in rewrite and re.search(r"\b5[- ]days?\b", rewrite), rewrite
    assert "Transfers can take longer than expected." in rewrite


def test_when_the_only_acknowledgement_went_with_a_lecture_a_plain_one_takes_its_place() -> None:
    draft = ("Dear Ms Hart,\n\nOur clinicians sometimes need more time with urgent patients. The missed-appointment fee "
             "was applied in line with our policy.\n\nWe would kindly remind you that a child with a fever should be "
             "taken to urgent care if you are concerned.\n\nClinic Administration")
    result = check(draft, "I waited two hours past my appointment with my son who had a fever. Nobody told us about "
                          "a delay, so we left. Now you've charged me a missed-appointment fee?")
    assert "remind you" not in result.rewrite
    assert "E101" not in result.rewrite_analysis.rules, result.rewrite


def test_a_cheery_closer_to_a_ruined_occasion_goes_with_the_emoji_before_the_initials() -> None:
    rewrite = check("@jen Rooms are allocated subject to availability. We hope you still enjoy your stay with us! 🌊✨ ^GM",
                    "@hotel booked a sea-view room for our anniversary, we're facing the bins. ruined.").rewrite
    assert "enjoy your stay" not in rewrite and "🌊" not in rewrite and rewrite.endswith("availability. ^GM"), rewrite


@pytest.mark.parametrize("draft", [
    "Hi Dan, we're sorry your order didn't meet expectations and apologise for any inconvenience. A £10 voucher has "
    "been added to your account.",
    "Hi Dan,\n\nThank you for reaching out, and we're sorry to hear that your order did not meet your expectations. "
    "A £10 voucher has been added to your account.",
    "Hi Dan, I'm sorry to hear your order wasn't as expected! A £10 voucher has been added to your account.",
])
def test_sorry_your_order_disappointed_does_not_meet_an_allergic_reaction(draft: str) -> None:
    customer = ("I wrote SESAME ALLERGY in the notes and the noodles were covered in sesame. I had to use my EpiPen and "
                "spent the night in A&E. How does this happen?")
    result = check(draft, customer)
    assert "E503" in result.analysis.rules
    assert "expect" not in result.rewrite and "A £10 voucher has been added" in result.rewrite, result.rewrite


def test_a_party_popper_cut_between_emoji_keeps_the_space() -> None:
    rewrite = check("@sam_k Happy exam results day!! 🎉🎓 The portal is busy right now so keep trying! ^NC",
                    "@college results day and the portal has been down for 3 HOURS. My uni place depends on these "
                    "grades and I can't see them. Absolute joke.").rewrite
    assert "🎉" not in rewrite and ".🎓" not in rewrite and "!🎓" not in rewrite, rewrite


@pytest.mark.parametrize(("draft", "kept"), [
    ("Sorry about that, mistakes happen! I've added a £5 credit to your account.", "Sorry about that!"),
    ("It's a stock syncing fault, these things happen. Your refund has gone through.", "It's a stock syncing fault."),
])
def test_a_shrug_goes_and_what_it_was_said_beside_stays(draft: str, kept: str) -> None:
    rewrite = check(draft, "you forgot half my order and charged me for all of it. not happy").rewrite
    assert "happen" not in rewrite and kept in rewrite, rewrite


def test_a_lead_is_never_cut_from_the_aside_that_follows_it() -> None:
    rewrite = check("As mentioned in our release notes, which were emailed to all users last week and are also in the "
                    "What's New panel, the export button has moved to the Share menu.",
                    "since the update yesterday i cant find where to export my reports to csv?? it used to be top right"
                    ).rewrite
    assert not rewrite.startswith("Which") and "the export button has moved to the Share menu" in rewrite, rewrite


def test_a_short_word_shouted_with_the_next_is_said_back_calmly_with_it() -> None:
    rewrite = check("@kim_d Hi Kim, our app is working as normal. Please try reinstalling it. ^SB",
                    "@bank app has been down since 8am ON PAYDAY. can't see if I've been paid, can't pay my rent. sort "
                    "it out").rewrite
    assert "since 8am on payday" in rewrite, rewrite


def test_a_wonderful_day_goes_when_a_sorry_comes_in_front_of_it() -> None:
    result = check("Thanks for contacting QuickBite! 😊 I hope you're having a wonderful day! Double charges are usually "
                   "holds that your bank releases in 3-5 working days.", "you've charged me twice for order 44120, £19.80 x2")
    assert "wonderful day" not in result.rewrite and "charged twice" in result.rewrite, result.rewrite
    assert any(c.change == 'Removed "I hope you\'re having a wonderful day!"' for c in result.edits), result.edits


def test_who_came_along_is_why_it_mattered_not_the_trouble() -> None:
    said = acknowledgement(read_customer("We had two small children with us and missed our ferry."), "Sorry.", 0,
                           apologise=True)
    assert said is not None and "missed your ferry" in said and "children" not in said, said


def test_a_stock_apology_beside_another_apology_goes_with_nothing_in_its_place() -> None:
    result = check("Hi! Sorry, the pool at Eastgate is closed for repairs. It should reopen on Monday. Apologies for any "
                   "inconvenience!", "is the pool at eastgate shut or have I got the wrong day")
    assert result.rewrite == "Hi! Sorry, the pool at Eastgate is closed for repairs. It should reopen on Monday."
    assert any(c.change.startswith('Removed "Apologies for any inconvenience') for c in result.edits), result.edits


def test_their_frustration_heard_stays_beside_an_apology() -> None:
    draft = ("@jo Sorry to hear you're having issues with your connection. We understand how frustrating this can be. "
             "Please DM us your account number. ^KL")
    rewrite = check(draft, "@net paying £45 a month for internet that works about as often as my ex texted back. Third "
                           "outage this week. Stellar stuff 👏").rewrite
    assert "We understand how frustrating this can be." in rewrite, rewrite


def test_as_per_beside_in_line_with_does_not_say_it_twice() -> None:
    rewrite = check("Dear Mrs Hughes, Thank you for your email. As per our terms and conditions, accounts in arrears may "
                    "be moved to a prepayment meter in line with our debt recovery process. Please call 0330 088 4410. "
                    "Yours sincerely, Accounts",
                    "I was made redundant in August and I'm now behind by about £380. I got a letter saying you might fit "
                    "a prepayment meter. Please don't, my son has asthma and I'm scared we'll run out of credit.").rewrite
    assert rewrite.lower().count("in line with") == 1 and "As per" not in rewrite, rewrite


def test_a_stock_line_with_something_of_its_own_stays_beside_another_apology() -> None:
    draft = "We're sorry for the mix-up, Ana. We understand your frustration and will pass this to the depot. ^LS"
    assert "pass this to the depot" in check(draft, "Parcel went to the wrong town AGAIN.").rewrite


def test_sympathy_and_a_stock_apology_in_one_sentence_make_way_for_their_situation() -> None:
    result = check("@dana_r We understand your frustration and apologise for any inconvenience caused. Our team are "
                   "on it. ^PB", "@air 6 days since you lost my suitcase on the Leeds-Faro flight and not one update")
    assert "inconvenience" not in result.rewrite and "suitcase" in result.rewrite, result.rewrite
    assert result.rewrite.endswith("Our team are on it. ^PB")


def test_a_stock_apology_beside_a_form_line_is_still_replaced_by_their_situation() -> None:
    result = check("@marta We apologise for any inconvenience caused. Please refer to our website for information on "
                   "your passenger rights. ^JT",
                   "@air my flight to Lisbon got cancelled by text with no rebooking. Been on hold 2 hours. What do I do??")
    assert "inconvenience" not in result.rewrite and "on hold" in result.rewrite, result.rewrite
    assert result.rewrite.endswith("passenger rights. ^JT")


@pytest.mark.parametrize(("draft", "customer", "quiet"), [
    pytest.param("Dear Sam,\n\nPlease don't worry: your place on the course is safe. I've put a hold on your account "
                 "until 15 December, so no suspension or late fee will apply while your loan is processed. If it hasn't "
                 "arrived by 1 December, reply here and I'll extend the hold.\n\nBest wishes,\nOwen\nStudent Finance",
                 "I'm really worried. My £1,850 instalment was due on 1 November and I can't pay it until my student loan "
                 "arrives, which is delayed. Will I be suspended?", "E503", id="a hold that waives the late fee is care"),
    pytest.param("Hi Rob,\n\nGood news first: your data is safe. I've just restored the workspace from the recovery bin, "
                 "with all 412 tasks. Please refresh and check it looks right.\n\nPriya",
                 "I'm panicking a bit. I accidentally deleted our whole workspace, 2 years of work. Is there ANY way to get "
                 "it back?", "E107", id="good news that delivers the fix is not cheer"),
    pytest.param("This made our day, thank you! I've passed your message on to Jess. Enjoy the game!",
                 "just want to say your support team is amazing. Jess helped me recover my account after it got hacked "
                 "and got all my stuff back in a day. 10/10", None, id="10/10 after a hack we fixed is praise"),
    pytest.param("Hi Ian,\n\nThanks for chasing this. A drooping ceiling needs sorting quickly, and you should already "
                 "have been told the date. I've just booked the contractor for Monday 14 October, 8am to 10am.\n\nSo",
                 "My claim for the burst pipe was approved last week but I haven't been told when the contractor is "
                 "coming. The kitchen ceiling is still drooping.", "E101",
                 id="'you should already have been told' acknowledges"),
    pytest.param("Hi Priya, Congratulations! 🎉 Yes, there's no fee to freeze for maternity, and your founder rate "
                 "stays. I've set it from 1 June to 30 November.",
                 "I'm pregnant (due in July!) and would like to freeze my membership from June. Is there a fee? I've "
                 "been on the founder price since 2018.", "E107", id="congratulations on happy news"),
    pytest.param("Hi, /  / Thank you for contacting Player Support. /  / I understand your frustration at having your "
                 "account banned. I have submitted an appeal on your behalf to our Security team. Appeals are reviewed "
                 "within 7-14 days.".replace(" /  / ", "\n\n"),
                 "My account (Vexxor_77) was permanently banned yesterday for \"cheating.\" I have NEVER cheated. "
                 "I've played for 6 years. This is ridiculous and I want it reversed.", "E104",
                 id="their frustration at the ban, heard"),
    pytest.param("I can see why that's worrying. I've frozen your card now. The £389 payment is still pending, and as you "
                 "didn't authorise it, you won't lose that money. Have you used your card on any new websites lately?",
                 "there's a payment on my card for £389 to VNTG-MKT that I didn't make. is my money gone??", "E401",
                 id="as you didn't authorise it, in their favour"),
    pytest.param("Sorry to hear about your knee. Good news: you don't need to cancel, and you won't lose your founder "
                 "rate. With a doctor's note you can freeze for 3 months for free.",
                 "I've torn my meniscus, surgery next month. Can I pause my membership or do I have to cancel? Don't "
                 "want to lose my founder rate", "E107", id="good news that lifts a worry"),
    pytest.param("Hey! It's a bit hidden, so you're not the only one who's asked. Go to Contacts, select all, then "
                 "choose Export to CSV.", "hey, how do I export my contacts to a CSV? can't find it anywhere", "E402",
                 id="a common question, reassured"),
    pytest.param("I can see a security block on your card for an overseas payment. I've removed it now. Please try "
                 "again.", "card declined in a cafe in Rome, I'm stood at the till, sort it", "E104",
                 id="the fix, to someone at the till"),
])
def test_a_good_reply_is_left_alone(draft: str, customer: str, quiet: str | None) -> None:
    """``quiet`` is the finding that misread it; ``None`` when nothing should fire at all."""
    result = check(draft, customer)
    assert result.rewrite == draft
    if quiet is None:
        assert not result.analysis.findings
    else:
        assert quiet not in result.analysis.rules


def test_an_injury_that_stopped_them_working_comes_before_the_money_it_costs() -> None:
    rewrite = check("Payment holidays are assessed case by case. Please call our Financial Support team on 0800 555 0177.",
                    "I've been signed off work for 3 months with a back injury and I'm on statutory sick pay. I can't "
                    "afford my £310 loan repayment. Can I pause it?").rewrite
    assert "back injury" in rewrite.split(".")[0], rewrite


def test_telling_a_frustrated_player_to_keep_it_civil_and_blaming_their_connection_goes() -> None:
    result = check("Please keep it civil. Lag is usually caused by your own connection. Use a wired connection and "
                   "restart your router.",
                   "your servers are GARBAGE. lagged out of 3 ranked matches tonight and lost 75 points.")
    assert {"E407", "E401"} <= set(result.analysis.rules)
    assert "civil" not in result.rewrite and "your own" not in result.rewrite
    assert "Use a wired connection and restart your router." in result.rewrite
    assert "lagged out of 3 ranked matches" in result.rewrite, result.rewrite


def test_keep_it_civil_is_the_right_boundary_for_someone_who_was_abusive() -> None:
    assert "E407" not in check("Please keep it civil and I'll be glad to help. What's your account number?",
                               "you useless idiots, fix my internet now").analysis.rules


def test_a_number_moved_to_a_new_sim_is_fraud_not_trouble_with_the_signal() -> None:
    result = check("Hi, thanks for getting in touch. Our records show your SIM swap was completed successfully.",
                   "My phone lost signal and now I'm getting emails that my bank passwords have been reset. I think "
                   "someone has moved my number to a new SIM. I did NOT request this.")
    assert "E503" in result.analysis.rules
    assert "signal" not in result.rewrite.split(".")[0], result.rewrite


def test_an_opening_line_goes_after_a_thread_marker_and_greeting_at_the_start() -> None:
    rewrite = check("@rob 1/2 Hi Rob, we're experiencing very high call volumes. 2/2 Please keep calling. ^SG",
                    "1/2 boiler broke on Friday, engineer was due within 24 hrs. It's Tuesday. No heating, no hot water, "
                    "and I have a newborn.").rewrite
    assert rewrite.startswith("@rob 1/2 Hi Rob, "), rewrite


@pytest.mark.parametrize(("draft", "customer", "wrong"), [
    pytest.param("Hi, sorry for any inconvenience. Prescriptions can sometimes take longer to process. We'll notify you "
                 "in the app when it's ready.",
                 "My repeat prescription was supposed to be ready Tuesday. It's Thursday and the app still says "
                 "processing. Can someone tell me what's going on?", ("supposed to",),
                 id="a promise, as if it were the trouble"),
    pytest.param("We do not routinely contact patients about results. Please call between 2pm and 4pm.",
                 "I had blood tests done 10 days ago for my thyroid. Nobody has called me. Does that mean it's fine or "
                 "are my results lost? I'm quite anxious about it.", ("you had blood tests",), id="tests they had done"),
    pytest.param("Repairs can take longer than expected.",
                 "The engineer was due Monday to look at the boiler. Nobody came back to me about it since. Ridiculous.",
                 ("appointment",), id="nobody getting back to them, as a missed appointment"),
    pytest.param("Deleted albums stay in your Bin for 30 days: open the menu, choose Bin, and tap Restore.",
                 "how do i get my photos back i deleted an album by mistake. it was my daughters first year 😭",
                 ("mix-up",), id="their own mistake, as our mix-up"),
    pytest.param("Dear Lena,\n\nThank you for your email.\n\nWe are unable to give out test results by email. Please call "
                 "the surgery after 2pm when the results line is open, and a member of the team will be able to help."
                 "\n\nKind regards,\nReception",
                 "Hi, I had a blood test on 2 April for my thyroid and was told results would be back in a week. It's now "
                 "22 April and I've heard nothing. Can someone tell me if they're back?",
                 ("going through", "all this to deal with"), id="sorrow for a calm chase for results"),
    pytest.param("Dear Mr Ahmed,\n\nWe understand your frustration. The claim was declined as the vehicle had an "
                 "undeclared modification.\n\nClaims Team",
                 "My car insurance claim CL-99201 has been rejected because of a 'modification'. It's a roof rack the "
                 "previous owner fitted! This is absurd.", ("CL-99201",), id="their reference number"),
    pytest.param("Hello. Our system shows only one charge was taken for booking HB-55012. Please contact your bank.",
                 "Your hotel charged my card twice for my stay, £278 each time. I need the duplicate refunded, I'm now "
                 "overdrawn.", ("being open",), id="thanks for confiding, to a double charge they dispute"),
    pytest.param("Our crews are working to get you on your way.",
                 "Flight 221 delayed 1 hour 50 minutes and still no word from anyone.", ("1-hour",),
                 id="hours and minutes cut to the hours"),
    pytest.param("Evening drops are often caused by local traffic. Try restarting your router.",
                 "hi my internet keeps dropping every evening around 8 and comes back at like 11. is this my router or "
                 "you guys?", ("comes back", "like 11"), id="how the trouble ends, and their 'like'"),
    pytest.param("As per our terms, missing item claims need a photo of the items received. Please claim in the app.",
                 "Half my order is missing. Paid £34 and got one curry and no rice, no naans, no drinks. Family is "
                 "sitting here hungry. This is ridiculous.", ("your half", "my half"), id="whose, twice"),
    pytest.param("Hello, thank you for your message. Results can sometimes take longer than the estimated time due to "
                 "lab demand. Your GP will contact you once results are available. Please do not worry.",
                 "I had a biopsy on the 3rd and was told results in 7-10 days. It's been 15. I keep checking my phone. "
                 "Can someone tell me if they're back?", ("had a biopsy",), id="a procedure they had"),
    pytest.param("@amelia Thanks for flagging. Please visit the Security Centre on our website for guidance on scams. ^JP",
                 "@bank got a text saying my account is suspended and to click a link to verify. Is this you? Looks "
                 "dodgy.", ("your account", "worrying"), id="a scam text's claim, as their trouble"),
    pytest.param("Hi there! You can see a full breakdown of your bill in the app under Bills.",
                 "Why has my phone bill gone from £22 to £147?? I haven't been abroad, I haven't changed anything. I am "
                 "absolutely livid.", ("haven't been abroad", "haven't changed"), id="what they say they didn't do"),
    pytest.param("There's no teammates-off switch, sadly. Matchmaking usually pulls you back to your rank within a few games.",
                 "Lost 14 ranked matches in a row. Is there a setting to turn off my teammates or should I just retire "
                 "to a farm", ("flight",), id="a count of matches, as a flight number"),
    pytest.param("Orders can't be redirected once dispatched. It will come back to us and we'll refund it.",
                 "ugh I put the wrong postcode on my order and now it's gone to a different town. so annoyed. can you "
                 "get it back?", ("mix-up",), id="their own wrong postcode, as our mix-up"),
    pytest.param("Please close the app and try again later.", "What is wrong with your app?? I'm so annoyed",
                 ("mix-up",), id="what's wrong, asked, as our mix-up"),
    pytest.param("Please activate the new card and destroy the old one.",
                 "I've been sent a new bank card but the old one still works. Which one do I use? I don't want to do "
                 "the wrong thing.", ("still works",), id="what still works, as trouble"),
    pytest.param("Your account is in arrears. Payment is due by Friday.",
                 "I can't afford to have the electric cut off, I have a newborn. Please don't disconnect us.",
                 ("can't afford",), id="what they can't afford, parroted"),
    pytest.param("Cancellations must be made 7 days before delivery.",
                 "I was made redundant last month and need to cancel my veg box, I'm gutted.", ("need to cancel",),
                 id="the errand after what happened"),
    pytest.param("Special assistance is provided by the airport. Your booking shows assistance has been requested.",
                 "I use a wheelchair and booked assistance. Last time nobody came to meet me at the gate and I sat "
                 "there for 50 minutes. How can I be sure this won't happen again?", ("missed appointment",),
                 id="assistance that never came, as a missed appointment"),
    pytest.param("Hi, members are responsible for managing their own bookings. I've cancelled your spin class this "
                 "time.",
                 "I accidentally booked two classes at the same time on Saturday and now I'm getting a no-show fee "
                 "warning for the spin class.", ("missed appointment",),
                 id="their own no-show fee, as our missed visit"),
    pytest.param("We are unable to discuss individual cases on social media. Patients are seen by clinical need.",
                 "Sat in @ClinicCo waiting room for 5 HOURS with my son who has a 39.5 fever and nobody has checked on "
                 "him. This is a joke.", ("waiting room", "the room"), id="a waiting room, as a wait or a room"),
    pytest.param("Please don't beat yourself up. This happens more than you'd think, and you've acted quickly. I've "
                 "raised a misdirected payment request with the receiving bank.",
                 "I've done something really stupid. Just sent £1,200 rent to the wrong account — I mixed up two digits "
                 "of the sort code. It went through 20 mins ago. Is it gone?", ("mix-up",),
                 id="their own mixed-up digits, as our mix-up"),
    pytest.param("Hi there! For help please visit example.com/help.",
                 "@air flight SH288 to Lisbon just showed CANCELLED at the gate 😡 no one at the desk, I have a wedding "
                 "tomorrow. WHAT do I do??", ("the gate",), id="a cancellation shown at the gate, as trouble with it"),
    pytest.param("Dear Ms Dunn,\n\nThank you for your email regarding Jake. The school has a robust anti-bullying "
                 "policy.\n\nMr Ellis",
                 "This is the second time I've written about my son Jake being pushed around and having his bag thrown "
                 "in the bins. Last week his phone was smashed. He's now refusing to come to school. I want a meeting.",
                 ("the phone",), id="a bullied child's smashed phone, as trouble with the phone"),
    pytest.param("Please try clearing your browser cache, or check in at the airport.",
                 "online check in keeps failing with error E-207, flight is in 3 hours, what do I do",
                 ("with the flight",), id="a failing check-in, as trouble with the flight"),
    pytest.param("Hello,\n\nWe do not offer compassionate fares. All fares are subject to availability.\n\nAerLink",
                 "My mother is dying in hospital and I need to fly tomorrow. The fare is £420. Do you have any kind of "
                 "compassionate fare? I can't afford this.", ("worry",),
                 id="a fare they can't afford, before a dying mother"),
    pytest.param("Dear Guest,\n\nThank you for choosing us. Your comments have been shared with the relevant "
                 "department.\n\nGuest Relations",
                 "We stayed in room 412 and there was black mould on the bathroom ceiling. We reported it at the desk "
                 "and were told maintenance would come. Nobody came. We'd like a partial refund.",
                 ("missed appointment", "stayed in room"), id="a stay, and maintenance that never came"),
    pytest.param("Payment is due by the date shown on your bill. You can pay online.",
                 "I've lost my job and I can't pay the £186 gas bill this month. Is there anything you can do? I've "
                 "got two kids and it's cold.", ("can't pay",), id="what they can't pay, parroted"),
    pytest.param("Late payment fees of £12 will apply. Please clear the arrears.",
                 "I've missed my loan payment of £210 this month. My hours got cut at work. I'm really worried about "
                 "my credit score. Can I pay less for a few months?", ("missed your loan payment",),
                 id="the missed payment, over the hours cut that caused it"),
    pytest.param("Hi Jess, today I'll ask Mr Singh to keep an eye out at lunch.",
                 "Our son Alfie has been quite upset the last couple of weeks and has no one to play with at lunch. "
                 "I'm worried.", ("you're upset",), id="their son's feeling, as theirs"),
    pytest.param("Thank you for reporting this. The branch manager has been informed.",
                 "A cable snapped on one of your machines mid-rep this morning. Weight dropped, missed my foot by "
                 "inches. Nobody's put a sign on it.", ("missed your foot",),
                 id="what nearly hit them, as what they missed"),
    pytest.param("Hi, there is a known outage in the CV3 area. Engineers are working on it.",
                 "Is the internet down in CV3? Nothing since 6am and I'm meant to be working from home 😤",
                 ("is the internet", "your is"), id="their question, as a statement"),
    pytest.param("Thank you for your email. The claim was declined under section 4 of your policy wording.",
                 "My scooter claim (ref SC-2231) was turned down. It was stolen from inside my locked garage, and I sent "
                 "you the crime number. I want this looked at again.", ("your claim was stolen",),
                 id="the claim, as what was stolen"),
    pytest.param("Thank you for your email. Premiums have risen across the market.",
                 "My home insurance renewal is £820, up from £410. I haven't made a claim, I haven't had any points, "
                 "nothing has changed. Loyalty counts for nothing.", ("points", "claim"), id="a clean record, as trouble"),
    pytest.param("Hi Ria, applications are taking longer than usual due to high demand. Please allow a few more weeks.",
                 "11 weeks waiting for my visa decision. Can't start my job, can't get on with my life. What is "
                 "happening?", ("get on with",), id="how much it matters, parroted"),
    pytest.param("Dear Ms Fry, Thank you for your email. We take hygiene very seriously. Our housekeeping team found no "
                 "evidence of bedbugs in room 12. Kind regards, Guest Services",
                 "I stayed in room 12 for two nights and woke up with bites all over my legs. I found what I'm almost "
                 "certain is a bedbug on the pillow and I have photos. I'd like a full refund.", ("almost certain",),
                 id="their hedge"),
    pytest.param("@kai_r Hi Kai, we're experiencing high volumes of applications and thank you for your patience. ^DG",
                 "@agency sent my licence application off 8 weeks ago. Can't start my new job as a courier without it. "
                 "How much longer?", ("without it",), id="a pronoun the sentence before named"),
    pytest.param("Hello Ana, Thanks for your question. You normally don't need a countersignatory when renewing.",
                 "I'm renewing online and it asks for a countersignatory. My old passport isn't damaged and I look the "
                 "same. Do I need one?", ("isn't damaged", "sorry"), id="what is fine, as trouble"),
    pytest.param("Our reception team follow practice policy on late arrivals. Please allow extra time for your journey.",
                 "Your receptionist talked to me like I was an idiot because I was 5 minutes late, in front of everyone. "
                 "I was late because the train was cancelled.", ("train was cancelled",),
                 id="their excuse, not how they were treated"),
    pytest.param("Refunds take up to 6 weeks from the date you withdrew. Yours should arrive by next Friday.",
                 "i dropped the pottery evening class after week 2, was told i'd get a refund. it's been a month. "
                 "where is it", ("dropped",), id="what they chose to do, as the trouble"),
    pytest.param("Dear Policyholder, Thank you for your correspondence. The settlement is calculated in line with your "
                 "policy, less your £250 excess.", "I've had a letter saying my claim for my stolen scooter was approved "
                 "but you're only paying £300 when it cost £550. I thought I was fully insured? Confused.",
                 ("was approved",), id="good news, as the trouble"),
    pytest.param("Dear Mr Cole, Your challenge has been considered and rejected. You may pay the reduced amount of £35.",
                 "My appeal against PCN WK4021 has been rejected. The sign was hidden behind a skip and I sent photos.",
                 ("against PCN",), id="the label a reference hung on"),
])
def test_the_acknowledgement_never_says(draft: str, customer: str, wrong: tuple[str, ...]) -> None:
    rewrite = check(draft, customer).rewrite
    assert not [words for words in wrong if words.lower() in rewrite.lower()], rewrite


def test_a_reply_whose_first_sentence_laughs_along_gets_no_sorry_in_front() -> None:
    draft = "Don't sell up and buy the farm just yet! 😄 There's no teammates-off switch, sadly. Good luck on game 15!"
    rewrite = check(draft, "Lost 14 ranked matches in a row. Should I just retire to a farm").rewrite
    assert "sorry" not in rewrite.lower()


def test_have_a_great_game_to_a_scared_player_goes() -> None:
    rewrite = check("Thanks for contacting Support. You can mute players in Settings > Audio. Have a great game! 🎮",
                    "Someone has been following me into every match calling me slurs and saying they know where I live. "
                    "I'm honestly scared.").rewrite
    assert "great game" not in rewrite and "🎮" not in rewrite and "Settings > Audio" in rewrite, rewrite


def test_a_first_line_that_is_only_their_name_stays_first() -> None:
    rewrite = check("Sophie,\n\nExtensions go through the Extenuating Circumstances process. Please submit the form.\n\n"
                    "Prof. Hart",
                    "My grandmother, who raised me, died last week and I'm struggling to focus. Can I have an extension "
                    "on my dissertation?").rewrite
    assert rewrite.startswith("Sophie,\n\n") and "sorry" in rewrite.lower(), rewrite


def test_a_clause_is_never_said_back_without_the_word_that_ends_it() -> None:
    rewrite = check("Occasionally, due to high demand, we are unable to honour all reservations.",
                    "We arrived at 11pm with our kids after a 14 hour journey and you told us the hotel is overbooked. "
                    "We had a confirmed booking. We were sent to a hotel 40 mins away in a taxi we paid for.").rewrite
    assert not re.search(r"you paid\.", rewrite), rewrite


def test_looking_forward_to_their_next_trip_goes_when_the_last_one_went_wrong() -> None:
    result = check("Dear Customer,\n\nAssistance at airports is provided by the airport operator. Please direct your "
                   "complaint to the airport. We hope your father enjoyed his trip and look forward to welcoming you on "
                   "board again soon.\n\nCustomer Services",
                   "I booked wheelchair assistance for my father. Nobody met him at arrival. He waited on the plane for 55 "
                   "minutes and had to walk down the steps. He's 84. I'm furious.")
    assert "E107" in result.analysis.rules
    assert "enjoyed" not in result.rewrite and "look forward" not in result.rewrite
    assert "Please direct your complaint to the airport." in result.rewrite
    assert "furious" in result.rewrite, "sending them elsewhere is not care: they are heard first"


def test_a_worry_said_as_a_joke_and_answered_with_a_laugh_gets_nothing_in_front() -> None:
    draft = "@dev Ha – we'd never forget you 😄 It's low because your 12-month discount kicked in this month. ^SN"
    rewrite = check(draft, "@mobile my bill is so low this month I'm worried you've forgotten about me. Should I be "
                           "concerned? 😂").rewrite
    assert rewrite == draft


def test_good_news_in_the_middle_of_a_sentence_is_not_cut_out_of_it() -> None:
    rewrite = check("Thank you for coming straight to us – you've done exactly the right thing. I've frozen your debit "
                    "card right now.\n\nI can see the £1,460 payment is still pending, which is good news. I've raised a "
                    "fraud claim so the money goes back while we investigate.",
                    "I just got a text saying a payment of £1,460 to \"ELCTRX STORE\" was made on my debit card. I did NOT "
                    "make this. I still have my card in my hand. Please help, that's nearly all my rent money").rewrite
    assert "which is I've" not in rewrite and "which is good news." in rewrite, rewrite


def test_nothing_is_put_in_front_of_a_reply_written_as_if_they_loved_it() -> None:
    draft = "@kiera Hey Kiera! 🍟😄 We love that you love our fries! Thanks for choosing us. ^MJ"
    rewrite = check(draft, "@snap driver ate half my fries and marked my order delivered 20 mins before it arrived. Food "
                           "was cold. £28 order. Brilliant.").rewrite
    assert "sorry" not in rewrite.lower(), rewrite


def test_a_house_rule_that_answers_what_they_asked_is_kept() -> None:
    rewrite = check("Dear Mr Frost,\n\nThe bill reflects the water that passed through your meter. Customers are "
                    "responsible for the supply pipe within their property boundary, including any leaks.\n\nBilling",
                    "My water bill jumped from £38 to £410. A plumber found a leak on the supply pipe and fixed it. Is "
                    "there any allowance for leaks? I'm a pensioner and can't pay this.").rewrite
    assert "including any leaks" in rewrite, rewrite


def test_a_reply_addressed_to_the_husband_who_died_is_flagged_and_gets_no_condolences_under_his_name() -> None:
    result = check("Dear Frank,\n\nThank you for your email. Our records show your contract has 9 months remaining."
                   "\n\nKind regards,\nLinkfast",
                   "Hello, my husband Frank died on 2 March. His contract is still being charged and I've had a letter "
                   "addressed to him about an early termination fee. Please stop this.\nMary")
    assert any(f.rule == "E503" and "Frank" in (f.why or "") for f in result.findings)
    assert "loss" not in result.rewrite, result.rewrite


def test_a_cancelled_flight_is_named_with_where_it_was_going() -> None:
    rewrite = check("@marco We're sorry to hear about your experience. Please DM us your booking reference. ^JT",
                    "@air flight SV212 to Lisbon cancelled 40 mins before boarding, no staff at the desk, 200 people "
                    "stranded at the gate. Absolute joke.").rewrite
    assert "experience" not in rewrite and "flight to Lisbon was cancelled" in rewrite, rewrite


@pytest.mark.parametrize("blame", ["customers' own equipment", "customer equipment"])
def test_blaming_customers_own_equipment_keeps_the_tip_without_breaking_the_sentence(blame: str) -> None:
    rewrite = check(f"@joe Hi Joe, these issues are usually caused by {blame} or wifi interference. Have you tried "
                    "restarting your router? ^LS",
                    "@fibre 4th time I'm tweeting you this month. Internet drops every evening 7-10pm. Sort it out.").rewrite
    assert "customer" not in rewrite and "caused by the equipment or wifi interference" in rewrite, rewrite


@pytest.mark.parametrize(("draft", "customer"), [
    ("Hello, for data protection reasons we can only discuss the account with the account holder. Please ask the "
     "account holder to call us from the registered number.",
     "My dad died last month and I'm his executor. I need to close his broadband account."),
    ("Hi Rosa, memberships can only be ended in the app. Please ask Tomas to log in and tap Cancel.",
     "My partner Tomas died in March. His climbing wall membership is still being taken from our account."),
])
def test_no_condolences_are_put_before_asking_the_person_who_died_to_act(draft: str, customer: str) -> None:
    result = check(draft, customer)
    assert "E503" in result.analysis.rules and "loss" not in result.rewrite, result.rewrite


def test_blame_becomes_a_tip_for_next_time() -> None:
    result = check(CASES[2][1], CASES[2][0])
    assert "You should have" not in result.rewrite
    assert "worth checking the roaming rates" in result.rewrite
    assert result.rewrite.endswith("Customer Services"), "a team name alone on the last line is a signature"


def test_safety_comes_first_for_a_hazard() -> None:
    result = check(CASES[3][1], CASES[3][0])
    first = read(result.rewrite).sentences[0].text.lower()
    assert "gas" in first and ("get everyone out" in first or "leave" in first)
    assert "E501" in result.analysis.rules and "E501" not in result.rewrite_analysis.rules


def test_grief_gets_condolences_and_no_cheer() -> None:
    result = check(CASES[4][1], CASES[4][0])
    assert "great news" not in result.rewrite.lower() and "😊" not in result.rewrite
    assert "sorry" in result.rewrite.lower()
    assert {"E107", "E503"} <= set(result.analysis.rules)
    assert not {"E107", "E503"} & set(result.rewrite_analysis.rules)


def test_a_lecture_is_taken_out() -> None:
    result = check(CASES[6][1], CASES[6][0])
    assert "before contacting" not in result.rewrite.lower()
    assert "E407" in result.analysis.rules and "E407" not in result.rewrite_analysis.rules


def test_a_non_apology_becomes_an_apology_for_what_happened() -> None:
    result = check("We're sorry you feel unhappy with the outcome of your complaint. The decision stands.",
                   "Your complaint handling was a joke and I'm really unhappy.")
    assert "you feel" not in result.rewrite
    assert "I'm sorry about the outcome of your complaint" in result.rewrite


@pytest.mark.parametrize(("customer", "draft"), [
    ("Yay! The crew on BA283 were brilliant, thank you!", "Yay! We love to put a smile on your face"),
    ("Thank you Kelly who got me on a direct flight as they were boarding!!!",
     "Thanks for sticking it out with us this afternoon, TK. We truly appreciate your patience. ^AB"),
    ("Just wanted to say the tech who came today was fantastic. Thank you!",
     "That's great to hear, thank you for sharing! 😊 I'll make sure his manager sees this."),
    ("Sarah at Terminal 5 was such a star tonight. Can I nominate her as employee of the month? :)",
     "Thanks for the lovely feedback, Shirin. We'll make sure this is passed on. Have a fab weekend. ^Lisa"),
])
def test_a_reply_to_praise_gets_no_apology(customer: str, draft: str) -> None:
    result = check(draft, customer)
    assert len(APOLOGY.findall(result.rewrite)) <= len(APOLOGY.findall(draft)), result.rewrite
    assert result.score >= 80, "a warm reply to praise scores high without a single stock sentence"


@pytest.mark.parametrize(("customer", "draft"), [
    # a plain question with a plain answer
    ("When do you release the carry cot seats?",
     "Hi Stewart. The bassinet seats are released when online check-in opens. ^N"),
    ("Can I purchase Avios to extend the life of my miles?",
     "You may purchase Avios. Spending or earning Avios is enough to keep the account balance open. ^Julie"),
    # a complaint answered with care, specifics and a next step
    ("My order 48213 was due Monday, it's Friday and the tracking hasn't moved. It's a birthday present for Sunday.",
     "Hi Priya, I'm sorry, four days with no movement on a birthday present is stressful. I've opened a trace "
     "with the courier for 48213 and I'll email you what they say by 5pm today."),
    # a kind, clear no with what the agent can do
    ("Can you waive the $25 late fee again?",
     "I can see why you'd ask. I can't waive it again this year, but I can move your due date to the 5th so "
     "your paycheck lands first. Shall I do that?"),
    # a two-line thank-you to praise
    ("Thanks for another great flight! ❤️", "You are welcome! Thanks for sharing the sky with us!"),
])
def test_a_good_draft_comes_back_as_it_was(customer: str, draft: str) -> None:
    assert check(draft, customer).rewrite == draft


@pytest.mark.parametrize(("customer", "draft"), [
    ("My flight was cancelled and now I've been stuck at the airport for six hours.",
     "Our airport team can rebook you at the service desk."),
    ("I've been on hold for 55 minutes and haven't spoken to a human yet.", "How may I assist you?"),
    ("You lost my golf bag and nobody can tell me where it is.",
     "Please contact our Baggage Service Center at 1-800-325-8224 to locate your luggage."),
    ("My order 77310 arrived with the glass shade smashed.",
     "Please submit photos via the online form and our team will review your case."),
])
def test_an_added_acknowledgement_names_the_customers_own_situation(customer: str, draft: str) -> None:
    result = check(draft, customer)
    added = [s.text for s in read(result.rewrite).sentences if s.text not in draft]
    assert added, "an upset customer with a clear situation gets an acknowledgement"
    assert keywords(" ".join(added).lower()) & keywords(customer.lower()), "in their words, not a stock line"
    for sentence in added:
        assert not any(count_promises(sentence).values()), sentence


@pytest.mark.parametrize(("customer", "draft"), [
    ("Left my iPad on the plane, how do I get it back?", "Please fill in the lost property form on our website."),
    ("Had a question about the new seats on your A321s, are they bigger?", "Yes, they're 2 inches wider."),
])
def test_no_acknowledgement_is_invented_when_nothing_of_theirs_fits(customer: str, draft: str) -> None:
    result = check(draft, customer)
    assert not APOLOGY.search(result.rewrite) or APOLOGY.search(draft), result.rewrite


def test_a_missing_next_step_is_asked_for_in_the_explanation_not_invented() -> None:
    result = check("We have been made aware of this issue. Thanks for reaching out.",
                   "The app loses my boarding pass every time the flight is delayed. Please fix it.")
    if "E301" in result.analysis.rules:
        assert any("what you'll do next" in change.change.lower() and change.kind == "to_add" for change in result.explanation)
    assert "I'll" not in result.rewrite


@pytest.mark.parametrize("draft", [
    "Hola Marta, siento mucho el retraso de su pedido #A-1234. Lo revisaré hoy mismo.",
    "Hallo Herr Müller, es tut mir leid, dass Ihr Paket noch nicht angekommen ist. Ich kümmere mich darum.",
    "Bonjour Madame, votre colis est en route. Désolé pour le retard, je m'en occupe.",
])
def test_a_draft_in_another_language_gets_a_notice_not_english_advice(draft: str) -> None:
    result = check(draft, "Where is my parcel?")
    assert result.score is None and not result.findings and result.rewrite == draft
    assert result.to_dict()["language"] in ("es", "de", "fr")


def test_every_sentence_the_rewriter_can_add_promises_nothing_and_is_not_stock() -> None:
    for line in all_additions():
        filled = line.format(moment="your parcel is late", Moment="Your parcel is late", noun="delay",
                             feeling="frustrated", thing="the app", who="your mum relies on a nebuliser")
        assert not any(count_promises(filled).values()), filled
        found = set(analyze(filled, "My parcel is late and I'm frustrated.").rules)
        assert not found & {"E102", "E103", "E406", "E401", "E402", "E405"}, (line, found)


def test_every_change_names_a_rule_from_the_catalogue() -> None:
    for customer, draft in CASES:
        for change in check(draft, customer).explanation:
            assert change.rule in RULES


@pytest.mark.parametrize(("customer", "draft", "kept"), [
    ("My flight was delayed and nobody at the gate knew anything.",
     "We're so sorry for that inconvenience, Amy. How can we help?", "How can we help?"),
    ("Will my title matter at check-in? My passport just says my name.",
     "This won't be a problem, Tiffany. Your passport has your full name. We look forward to welcoming you on board.",
     "We look forward to welcoming you on board."),
])
def test_an_offer_of_help_or_a_warm_goodbye_stays(customer: str, draft: str, kept: str) -> None:
    assert kept in check(draft, customer).rewrite


def test_sorry_you_are_unhappy_with_our_policy_goes_rather_than_becoming_sorry_about_our_policy() -> None:
    result = check("We don't allow name transfers on bookings. We're sorry you're unhappy with our policy.",
                   "Why can't I put my sister's name on my ticket? This is ridiculous.")
    assert "sorry about our policy" not in result.rewrite.lower()


def test_no_second_apology_is_stacked_on_one_the_draft_keeps() -> None:
    result = check("Sorry for any inconvenience this is causing you, Andrew. Please speak to our ground staff.",
                   "The plane has a fault and we've been sat here 2 hours.")
    assert len(APOLOGY.findall(result.rewrite)) <= 1


def test_a_hashtag_verdict_is_not_a_safety_hazard() -> None:
    result = check("That's not the usual for us, Rob. We appreciate your honest feedback.",
                   "Flight crew is cranky this morning! #NoHeart #unsafe")
    assert "E501" not in result.analysis.rules and "emergency" not in result.rewrite.lower()


def test_you_should_have_had_an_email_is_what_they_were_owed_not_blame() -> None:
    result = check("No it isn't, Rhianydd. You should have had an email confirming receipt. How did you submit it?",
                   "3 weeks ago I submitted a claim and heard nothing. Is this normal??")
    assert "E401" not in result.analysis.rules and "Next time" not in result.rewrite


@pytest.mark.parametrize(("customer", "draft"), [
    ("I have a question about a previously-canceled trip and service charge, etc.",
     "Hi, Jared. Please direct message your question with your confirmation number."),
    ("loving your app today. From seat selection to flight delay notifications, pretty slick. Great work",
     "Thanks so much, Aaron. We're glad you're a fan."),
    ("Our flight back was delayed and you moved us to the earlier flight. No issues and no charge. Thank you!",
     "You are very welcome. Thank you for your loyalty."),
])
def test_a_neutral_question_or_thanks_mentioning_a_delay_gets_no_apology(customer: str, draft: str) -> None:
    assert not APOLOGY.search(check(draft, customer).rewrite)


@pytest.mark.parametrize(("customer", "draft", "kept"), [
    ("Worst airline! 3 of 4 flights delayed, my sister stuck 15 hrs.",
     "We're sorry for such a disappointing trip. Please let us know if there's anything we can do to assist.",
     "Please let us know if there's anything we can do to assist."),
    ("Still waiting for fuel after we were diverted.", "We're doing our best to get you going, Travis. We "
     "appreciate your patience.", "We appreciate your patience."),
])
def test_a_stock_line_that_offers_help_or_thanks_is_flagged_but_kept(customer: str, draft: str, kept: str) -> None:
    assert kept in check(draft, customer).rewrite


def test_a_reply_that_continues_the_customers_sentence_gets_nothing_put_before_it() -> None:
    result = check("Which would be super frustrating. What's your flight number and city?",
                   "The one time you fly and your flight is delayed 3 hours and counting so far ...")
    assert result.rewrite.startswith("Which would be")


def test_birthday_exclamations_are_delight_not_shouting() -> None:
    result = check("Happy 30th Birthday to you Catherine!!! Thank you for choosing us!",
                   "Off to NYC for my 30th birthday celebrations!")
    assert "E404" not in result.analysis.rules and "!!!" in result.rewrite


@pytest.mark.parametrize(("customer", "draft", "wanted"), [
    ("The room was dirty and nobody came.", "We are sorry you feel that your stay did not meet your expectations. "
     "Our housekeeping team work very hard.", "I'm sorry your stay did not meet your expectations."),
    ("My dad was treated rudely at your branch.", "We're sorry you feel your father was treated this way. Our staff "
     "are trained.", "I'm sorry your father was treated this way."),
])
def test_sorry_you_feel_becomes_sorry_for_what_happened_in_a_whole_sentence(customer: str, draft: str,
                                                                             wanted: str) -> None:
    assert check(draft, customer).rewrite.startswith(wanted)


def test_blame_in_the_second_half_of_an_if_takes_the_whole_sentence_with_it() -> None:
    result = check("Our drivers follow your delivery preferences. If you didn't want it left in a safe place you "
                   "should have updated your preferences in the app.", "It was left on the doorstep and stolen!")
    assert "If you didn't want" not in result.rewrite and "should have" not in result.rewrite


def test_thanks_for_a_hazard_that_is_over_gets_no_safety_instructions() -> None:
    result = check("We apologise that it took a week to attend. Your claim has now been closed.",
                   "Thank you to the engineer who finally fixed the gas leak at my house last week, he was great.")
    assert "emergency" not in result.rewrite.lower()


def test_a_death_is_acknowledged_before_the_hold_time_they_also_mention() -> None:
    customer = ("Hi, my mum died in March and I'm trying to close her broadband account. I've been on hold "
                "three times for over an hour. Can I do this by email?")
    result = check("Thank you for your email. Accounts can only be closed by the account holder. "
                   "Please call 0300 123 4567.", customer)
    first = next(s for s in result.rewrite.split(". ") if not s.startswith("Thank")).lower()
    assert "loss" in first or "mum" in first or "mother" in first, result.rewrite
    assert "hold" not in first


@pytest.mark.parametrize(("draft", "customer", "kept"), [
    ("Hi Jo, it's just a bit of frost from the cool packs, the salmon is sealed so it's fine to eat. ^Al",
     "box turned up soaking wet and the salmon packet looked burst", "it's a bit of frost from the cool packs"),
    ("Sorry, all app purchases are final. It's just a case of turning on the purchase lock in settings.",
     "my daughter bought £80 of gems on my phone, can I get it back?", "It's a case of turning on"),
    ("@sam_k It's just a busy service at school times, trams will sometimes be full. ^RB",
     "@CityTrams the 8:05 sailed past a queue of us again", "It's a busy service at school times"),
])
def test_it_is_just_inside_a_sentence_loses_only_the_just(draft: str, customer: str, kept: str) -> None:
    result = check(draft, customer)
    assert kept in result.rewrite, result.rewrite
    assert "just a" not in result.rewrite


@pytest.mark.parametrize(("draft", "customer", "gone"), [
    ("The claim was declined under the wear-and-tear exclusion. You must have missed this exclusion in "
     "section 7 of your policy.", "why was my roof claim turned down?? the storm did this", "must have"),
    ("There's no need to get worked up, this is how every supplier bills. Your March bill is £212.",
     "my bill has doubled to £212 without warning!!", "worked up"),
])
def test_taking_out_blame_or_dismissal_leaves_a_whole_sentence(draft: str, customer: str, gone: str) -> None:
    result = check(draft, customer)
    assert gone not in result.rewrite.lower()
    assert "There's this" not in result.rewrite and ". This exclusion in" not in result.rewrite
    assert result.rewrite_analysis.rules != result.analysis.rules


def test_the_added_acknowledgement_does_not_open_the_way_the_draft_already_does() -> None:
    result = check("Dear Ms Rao,\n\nThank you for contacting Northline Rail.\n\nAs ticket 55-AX was an advance "
                   "fare, no refund is due.\n\nKind regards,\nNorthline Rail",
                   "I was taken into hospital the night before and couldn't travel (ticket 55-AX). Can I get a refund?")
    body = result.rewrite.split("\n\n")[1]
    assert body.count("Thank you") <= 1, body


def test_a_pet_put_to_sleep_is_a_bereavement() -> None:
    result = check("Thanks for getting in touch! I've cancelled policy PET-80211 for you from today.",
                   "Our cat Mabel was put to sleep on Friday, please cancel her policy PET-80211.")
    assert "E503" in result.analysis.rules
    assert "loss" in result.rewrite.lower()


def test_the_acknowledgement_names_the_thing_that_went_wrong_not_a_bystander() -> None:
    result = check("I'm sorry for the inconvenience. The next flight with seats is Friday at 9:40am, NW 881. "
                   "Shall I book it?", "my flight NW 881 to Denver got cancelled and the app only offers Friday")
    assert "the app" not in result.rewrite


def test_no_worries_goes_from_a_reply_to_someone_afraid_of_fraud() -> None:
    result = check("Hi! 😊 No worries, that's probably a pending card check. Once it settles you can dispute it in "
                   "the app.", "there's £899 to a shop I've never heard of on my card, have I been hacked?? i'm scared")
    assert "no worries" not in result.rewrite.lower()
    assert "😊" not in result.rewrite


def test_a_word_after_an_emoji_starts_a_sentence_and_is_not_a_name() -> None:
    assert not find_facts("Thanks! 😊 Lovely to hear it went well.")


def test_a_day_typed_in_lower_case_is_written_with_a_capital_in_the_acknowledgement() -> None:
    moment = their_moment("i can't get to the bank until friday and rent is due, help")
    assert moment is not None and "until Friday" in moment


@pytest.mark.parametrize("draft", ["Please read our FAQ before contacting us.", "Calm down.",
                                   "Check your bag carefully before reporting missing items."])
def test_a_draft_that_is_all_lecture_or_brush_off_is_never_rewritten_to_nothing(draft: str) -> None:
    result = check(draft, "my order arrived without the charger, what do I do")
    assert result.rewrite.strip()
    assert set(result.analysis.rules) & {"E402", "E407"}


def test_a_lecture_with_a_name_in_it_loses_only_its_sting() -> None:
    result = check("That message means the TV is outside your household. Please review our Help Center article on "
                   "household rules before contacting support.", "why does it say my TV isn't in my household??")
    assert "before contacting" not in result.rewrite
    assert "Help Center article on household rules." in result.rewrite


def test_an_opening_before_contacting_us_goes_and_the_pointer_stays() -> None:
    result = check("Before contacting us, please check the Billing section of our website, where the late fee is "
                   "explained.", "why have I been charged a late fee when I paid on the 3rd?")
    assert result.rewrite.startswith("Please check the Billing section") or "Please check the Billing section" in \
        result.rewrite
    assert "before contacting" not in result.rewrite.lower()


def test_a_sentence_that_only_says_feedback_is_valued_goes() -> None:
    result = check("Thanks for your message. We value your feedback. Your refund of £20 was sent on 2 May.",
                   "where is my refund?? it's been a week")
    assert "value your feedback" not in result.rewrite
    assert "£20" in result.rewrite and "2 May" in result.rewrite


@pytest.mark.parametrize(("draft", "rewrite", "added"), [
    ("Your refund of £20 was sent.", "I'm sorry about the trouble with your refund. Your refund of £20 was sent.", []),
    ("Your refund was sent.", "I'm sorry that your refund was late, and I will credit you £5.", ["credit"]),
])
def test_being_sorry_about_a_refund_promises_nothing_but_an_offer_after_it_does(
    draft: str, rewrite: str, added: list[str]
) -> None:
    assert added_promises(draft, rewrite) == added


def test_the_added_acknowledgement_never_names_money_the_draft_did_not_promise() -> None:
    result = check("It can take up to two billing cycles to show on your statement. We appreciate your patience!",
                   "still no refund on my card, it's been 3 weeks!!")
    assert "refund" not in result.rewrite.lower()


@pytest.mark.parametrize(("draft", "wrong"), [
    ("Calm down. An officer will be assigned within the SLA.", "the our"),
    ("Calm down. Once it clears the 48h SLA it will be paid.", "48h our"),
])
def test_plain_words_for_jargon_fit_the_words_before_them(draft: str, wrong: str) -> None:
    # beside a real fix ("calm down" goes): jargon alone is named, not rewritten
    result = check(draft, "why is this taking so long")
    assert "SLA" not in result.rewrite and wrong not in result.rewrite, result.rewrite


def test_youre_not_the_only_one_goes_with_the_rest_of_its_clause() -> None:
    result = check("@ray_b You're not the only one to report this on your street. Please rebook via the link in your "
                   "email. ^TK", "@QuickParcel 2 missed deliveries and I was home both times")
    assert "not the only one" not in result.rewrite
    assert not re.search(r"@ray_b to report", result.rewrite)


def test_a_tip_about_the_terms_is_never_bolted_onto_should_have() -> None:
    result = check("Refunds are not possible, and you should have read the Terms of Sale before buying.",
                   "why can't I get a refund for the jacket??")
    assert "should have take" not in result.rewrite


def test_a_feedback_line_that_also_says_what_was_done_stays() -> None:
    result = check("Our trainers are there for members' safety. Your feedback is important to us and has been "
                   "passed on to the manager.", "your trainer laughed at me in front of the class, I was mortified")
    assert "passed on to the manager" in result.rewrite


def test_a_hedged_apology_stays_when_nothing_better_can_replace_it() -> None:
    result = check("Sorry if you felt uncomfortable. Our trainers are there to support members' safety.",
                   "your trainer made a comment about my form in front of the class, not ok")
    assert "sorry" in result.rewrite.lower()


def test_a_hedged_apology_gives_way_to_one_for_how_they_were_treated() -> None:
    rewrite = check("Sorry if you felt uncomfortable. Our trainers are there to support members' safety.",
                    "your trainer laughed at me in front of the class, I was mortified").rewrite
    assert "if you felt" not in rewrite and "treated" in rewrite, rewrite


@pytest.mark.parametrize(("draft", "customer"), [
    ("I'm sorry if you feel the charge is unfair. The fee applies to appointments not cancelled 24 hours ahead.",
     "I got a £25 no-show fee but I rang to cancel two days before"),
    ("Sorry you feel that way. The fee stands.", "the admin fee is a rip off"),
])
def test_the_customers_view_is_understood_not_conceded(draft: str, customer: str) -> None:
    rewrite = check(draft, customer).rewrite.lower()
    assert "sorry the charge is unfair" not in rewrite and "sorry the admin fee is a rip off" not in rewrite


def test_sorry_if_you_feel_it_is_unfair_becomes_understanding_without_agreeing() -> None:
    rewrite = check("I'm sorry if you feel the charge is unfair. The fee applies to appointments not cancelled 24 "
                    "hours ahead.", "I got a £25 no-show fee but I rang to cancel two days before").rewrite
    assert rewrite.startswith("I can see why the charge feels unfair.")


def test_something_left_behind_is_not_trouble_with_it() -> None:
    result = check("Sorry for the trouble. Lost items are held for 14 days; email lost@hotel.example with a "
                   "description.", "I left my laptop charger in room 204 this morning, can someone look?")
    assert "trouble with your laptop" not in result.rewrite and "trouble with the laptop" not in result.rewrite


def test_no_heating_gets_a_keep_warm_line_not_get_to_a_safe_place() -> None:
    result = check("Dear Ms Pike,\n\nEmergency credit of £10 can be used by pressing A then Enter.\n\nRegards",
                   "My dad is 90 and has had no heating since Friday because his meter ran out.")
    assert "warm" in result.rewrite and "safe place" not in result.rewrite


def test_an_emoji_that_ended_a_sentence_leaves_a_full_stop_when_it_goes() -> None:
    result = check("That sounds like the socket 😊 I can book an electrician for Tuesday 14th, 8am to 1pm.",
                   "there are sparks coming out of my kitchen socket")
    assert "socket. I can" in result.rewrite, result.rewrite


def test_a_cheerful_answer_to_an_injured_customer_loses_its_exclamations_without_breaking() -> None:
    result = check("Hi Mr Cole,\n\nYes, you can pause your membership for up to 2 months for £4 a month with a "
                   "doctor's note.\n\nWhy not try our swim classes once you're back? First one free!\n\nRegards,\nAmy",
                   "I've fractured my wrist and can't train for 6 weeks. Can I pause my membership?")
    assert "!" not in result.rewrite.split("Regards")[0]
    assert "£4" in result.rewrite


def test_the_good_news_is_goes_whole_for_someone_grieving() -> None:
    result = check("Unfortunately tickets can't be refunded, but the good news is you can resell them on our Fan "
                   "Exchange! Have a great day!", "my son died on Monday and I need to cancel his festival ticket")
    assert "the is" not in result.rewrite and "good news" not in result.rewrite
    assert "great day" not in result.rewrite
    assert "resell them on our Fan Exchange" in result.rewrite


def test_a_sales_pitch_goes_whole_or_not_at_all() -> None:
    result = check("Hi Ms Cole,\n\nYes, you can pause your membership for 2 months at £4 a month.\n\nDid you know our "
                   "physio classes help recovery? Book 6 classes for the price of 5!\n\nRegards,\nAmy",
                   "I've fractured my wrist and can't train for 6 weeks. Can I pause my membership?")
    pitch_opens = "Did you know" in result.rewrite
    assert pitch_opens == ("Book 6 classes" in result.rewrite), result.rewrite


@pytest.mark.parametrize("draft", ["This looks like an issue with your SAML ACS URL config.",
                                   "Please check the DNS TXT record on your domain."])
def test_acronyms_inside_a_sentence_are_not_shouting(draft: str) -> None:
    result = check(draft, "single sign-on stopped working this morning")
    assert "E404" not in result.analysis.rules
    assert draft.split()[-3] in result.rewrite


def test_not_something_you_should_have_to_accept_is_care_not_blame() -> None:
    result = check("That's our mistake, and not something you should have to put up with. I've refunded £30 today.",
                   "nobody met me with the ramp at the station and I was stuck on the train")
    assert "E401" not in result.analysis.rules
    assert "should have to put up with" in result.rewrite


def test_a_trouble_the_customer_never_had_is_not_acknowledged() -> None:
    assert troubled_thing("Why was my overdraft request refused? I've never once missed a payment.") is None


@pytest.mark.parametrize("message", ["I reported the broken streetlight on Elm Road a month ago and it's still out",
                                     "I've emailed three times about my refund"])
def test_what_the_customer_did_about_it_is_not_what_gets_acknowledged(message: str) -> None:
    moment = their_moment(message) or ""
    assert not re.match(r"you(?:'ve| have)? (?:reported|emailed)", moment), moment


def test_a_month_typed_in_lower_case_after_for_is_written_with_a_capital() -> None:
    moment = their_moment("I've been charged twice for may, two payments of £9.99")
    assert moment is not None and "for May" in moment


def test_an_opening_ok_stays_first() -> None:
    result = check("Ok. Cancellations with less than 24 hours' notice are charged at £55.",
                   "My wife died last night so I won't make tomorrow's appointment.")
    assert result.rewrite.startswith("Ok.")


def test_an_amount_with_a_thousands_comma_is_never_cut_in_the_acknowledgement() -> None:
    moment = their_moment("The agency still hasn't returned my £2,400 deposit and I moved out in March.")
    assert moment is not None and "£2,400 deposit" in moment


@pytest.mark.parametrize(("message", "said_back", "not_said"), [
    # "you've" written as one word is still something done to them, said back as what happened
    ("You've charged my card twice for the same order. I need that money back.", "card was charged twice", "you've"),
    # a few of the things, not "the" things
    ("Love the set. But two of the mugs arrived smashed because they were wrapped in paper.",
     "two of the mugs arrived smashed", "wrapped"),
    # a clause ending in "it" is whole, not cut short
    ("I lost my earbuds on the flight and can't find it anywhere.", "can't find it", "just"),
    # "just" and "recently" are how they told it, not news to say back
    ("I just lost my phone charger on the train and can't find it.", "you lost your phone charger", "just"),
    ("I recently lost a camera bag worth $600 at the gate.", "you lost a camera bag", "recently"),
    # what they left behind, in their words
    ("I left my wallet on the 18:05 to Brighton last night. Has anyone handed it in?",
     "you left your wallet on the 18:05 to Brighton", "?"),
    # a handle taken out of "cancelled by @airline for..." leaves no dangling "by"
    ('Stranded in MIA after my flight to MCO was canceled by @carrier for "security reasons".',
     "your flight to MCO was canceled", " by"),
    # "and the sole..." keeps its subject when the clause breaks at "and"
    ("I bought these boots in March and the zip has broken twice already.", "the zip has broken", "bought"),
])
def test_the_customers_clause_is_said_back_whole_and_in_their_terms(message: str, said_back: str, not_said: str) -> None:
    moment = their_moment(message)
    assert moment is not None and said_back in moment, moment
    assert not_said not in moment, moment


def test_a_payment_the_customer_didnt_make_gets_care_not_their_reassuring_detail() -> None:
    result = check("Please call the number on the back of your card.",
                   "There's a payment of £842.17 on my account from last night that I didn't make. My card is still "
                   "in my wallet. I'm really scared someone has my details. What do I do??")
    assert "E503" in result.analysis.rules, "fear of fraud is high stakes"
    assert "wallet" not in result.rewrite.split("Please call")[0], "the card being safe is not what went wrong"


@pytest.mark.parametrize(("customer", "draft"), [
    ("@BudgetJet can I bring my guitar on board or does it need its own seat?",
     "@lucas_plays Please read our FAQ on musical instruments before contacting us. ^NK"),
    ("does my railcard work on the 06:52 on a weekday?",
     "@tomfinch_ Hi Tom, please check our website for peak and off-peak times as these can vary by route. ^SC"),
])
def test_a_reply_is_never_cut_down_to_its_handle_greeting_and_initials(customer: str, draft: str) -> None:
    rewrite = check(draft, customer).rewrite
    body = re.sub(r"@\w+|\^\w+|\bHi Tom,", "", rewrite)
    assert re.search(r"\w", body), rewrite


def test_trouble_still_going_on_is_said_back_as_still_going_on() -> None:
    moment = their_moment("Internet has been down for 4 days now. I work from home and I'm losing money.")
    assert moment is not None and "has been down" in moment and "was down" not in moment, moment


def test_a_memorial_for_someone_who_died_is_a_bereavement() -> None:
    result = check("Engraving errors must be reported within 48 hours of delivery.",
                   "The memorial plaque for my son's grave arrived with his name spelt wrong.")
    assert "E503" in result.analysis.rules
    assert "loss" in result.rewrite.split("Engraving")[0]


@pytest.mark.parametrize("customer", ["I got a penalty fare because my phone died so I couldn't show my e-ticket.",
                                      "My laptop just died mid-exam and the upload failed. Can I resubmit?"])
def test_a_device_that_died_is_not_a_bereavement(customer: str) -> None:
    result = check("Passengers must be able to show a valid ticket at all times.", customer)
    assert "E503" not in result.analysis.rules and "loss" not in result.rewrite


def test_someone_fishing_for_card_details_is_fear_of_fraud_not_a_delay() -> None:
    result = check("@priya Hi Priya, for help with refunds please visit our website. ^RT",
                   "An account called @Air_Help just DMed me asking for my card number to process my delay refund. "
                   "Is that you?")
    assert "E503" in result.analysis.rules and "delay" not in result.rewrite.lower()


def test_good_news_cut_takes_its_dash_with_it() -> None:
    rewrite = check("Great news – replacement buses run all weekend so you'll still get there!",
                    "I'm travelling with my dad to his brother's funeral on Saturday and the bus takes 2 hours longer.").rewrite
    assert "great news" not in rewrite.lower() and not re.search(r"(?:^|[.!?]\s+)[–-]", rewrite), rewrite


def test_a_stock_apology_stays_when_nothing_can_take_its_place() -> None:
    draft = ("@kez We're sorry for the disruption on your journey. Delays can happen for a variety of reasons. 1/2\n\n"
             "@kez Claims can be submitted via the website. ^RT 2/2")
    rewrite = check(draft, "Sat on the tarmac 3 hours, no water, and now my bag's gone missing. Disgraceful.").rewrite
    assert "sorry" in rewrite.lower()


def test_no_thank_you_is_added_before_the_drafts_own_thanks() -> None:
    rewrite = check("Hi,\n\nThanks for your feedback. I've raised this with our developers. In the meantime, you may "
                    "want to ask someone to help you with payments.\n\nApp Support",
                    "I'm blind and use a screen reader. Since your update the Pay button just reads out as 'button' "
                    "and I can't tell which one it is. I can't pay my bills.").rewrite
    body = rewrite.split("Hi,")[1].strip()
    assert body.lower().startswith("thanks for your feedback") or not body.lower().startswith("thank")


def test_money_trouble_beside_a_double_charge_is_acknowledged_as_the_double_charge() -> None:
    rewrite = check("A refund has been processed and will appear within 5–10 working days.",
                    "I was charged twice for my order and now I'm overdrawn and my rent comes out Friday.").rewrite
    first = rewrite.split("A refund")[0]
    assert "charged twice" in first and "open with me" not in first


def test_what_a_customer_cannot_do_because_of_a_disability_is_never_acknowledged_as_their_trouble() -> None:
    result = check("You can track deliveries in our app and set a Safe Place.",
                   "I'm registered blind and your drivers keep leaving cards I can't read. Fourth parcel sent back.")
    assert "can't read" not in result.rewrite


def test_a_term_the_customer_used_is_not_jargon_to_them() -> None:
    result = check("Service credits under the SLA can be claimed within 30 days of the incident.",
                   "Your outage took our shop down for 4 hours. We pay for Enterprise with a 99.95% SLA.")
    assert "E403" not in result.analysis.rules
    assert "SLA" in result.rewrite


def test_a_stock_regret_is_replaced_by_the_acknowledgement_not_kept_beside_it() -> None:
    result = check("Dear Mr Lee,\n\nWe regret any inconvenience this may have caused. Your case is with our tracing "
                   "team.\n\nRegards", "Day 5 of our holiday and still no suitcase. Ref LHR-88120.")
    assert "regret any inconvenience" not in result.rewrite


def test_being_gutted_too_acknowledges() -> None:
    result = check("We're gutted too, Sam! The decision to call it off wasn't taken lightly.",
                   "The match was cancelled an hour before kick-off and we'd travelled 200 miles.")
    assert not {"E101", "E104"} & set(result.analysis.rules)


@pytest.mark.parametrize(("draft", "kept"), [
    ("I've moved you to row P, seat P1, with your companion seat at P2.", "seat P1"),
    ("Please head to T2 and check in at zone B.", "T2"),
])
def test_a_short_code_that_is_a_place_is_a_fact_not_jargon(draft: str, kept: str) -> None:
    result = check(draft, "my wheelchair space booking was wrong and nobody helped at the airport")
    assert "E403" not in result.analysis.rules
    assert kept in result.rewrite


def test_plain_words_after_a_preposition_keep_their_our() -> None:
    rewrite = check("Calm down. It's been raised by L2.", "when will this be fixed").rewrite
    assert "raised by our specialist team" in rewrite


def test_the_acknowledgement_goes_after_a_dear_sir_or_madam() -> None:
    result = check("Dear Sir/Madam,\n\nYour application is in progress. Please allow 16 weeks.\n\nDrivers Unit",
                   "I sent my licence renewal 14 weeks ago and I can't work without my licence, this is awful")
    assert result.rewrite.startswith("Dear Sir/Madam,")


def test_someone_terminally_ill_is_not_a_loss() -> None:
    result = check("Dear Ms Hart,\n\nOur standard turnaround for wills is 4-6 weeks.\n\nRegards",
                   "You've had my mum's will for a month. She's terminally ill and we need it signed.")
    assert "loss" not in result.rewrite.lower()


def test_fair_play_for_a_quick_fix_is_praise_and_gets_no_apology() -> None:
    result = check("@jo_k Thanks Jo, glad it was sorted fast. Your new card arrives in 3-5 working days. ^FS",
                   "@Bank fair play, reported my card stolen at midnight and it was blocked within 5 mins")
    assert "sorry" not in result.rewrite.lower()


def test_we_apologise_if_you_feel_becomes_one_whole_apology() -> None:
    result = check("Dear Mr Ito,\n\nWe apologise if you feel the claim has not progressed as quickly as you would "
                   "have liked. The report is under review.\n\nRegards", "my claim has been open 7 months!!")
    assert "We I'm" not in result.rewrite and "if you feel" not in result.rewrite


@pytest.mark.parametrize(("draft", "customer"), [
    ("I know how worrying it is, especially when you were told the money would be there today. I've checked and "
     "it lands at 4pm.", "my wages haven't arrived and I have £5 left for the week"),
    ("Of course. I've cancelled your Digital plan from 14 July, and you keep access until then.",
     "Hi, can you cancel my digital plan please? Thanks"),
    ("Hi! 3 stone is brilliant, well done you! 🎉", "just wanted to say thanks to Sam, I've lost 3 stone since March!"),
])
def test_a_good_reply_to_what_only_looks_like_trouble_is_left_alone(draft: str, customer: str) -> None:
    assert check(draft, customer).rewrite == draft


def test_someone_who_died_of_a_heart_attack_is_grief_not_a_medical_emergency() -> None:
    result = check("Dear Ms Quinn,\n\nThe article was based on information from the police.\n\nRegards",
                   "Your article implied my late brother was involved in crime. He died of a heart attack.")
    assert "E502" not in result.analysis.rules
    assert "safety" not in result.rewrite.lower()


def test_the_acknowledgement_goes_after_a_greeting_with_a_dash() -> None:
    result = check("Hi — this is not a bug. Your certificate expired on 2 May; upload the new one in Admin.",
                   "our whole team has been locked out since this morning, this is a disaster")
    assert result.rewrite.startswith("Hi —")


def test_an_as_outlined_in_our_email_opener_goes_and_the_news_stays() -> None:
    result = check("Hi Ana,\n\nAs outlined in our notification email, the incident was contained on 3 May and an "
                   "investigation is under way.\n\nRegards,\nSecurity", "What data of ours was accessed in the breach?")
    assert "investigation is under way" in result.rewrite
    assert "As outlined" not in result.rewrite


def test_praise_that_mentions_a_mishap_gets_no_apology() -> None:
    result = check("@kit Thank you! We'll tell the cloakroom team. Come back soon ^RL",
                   "@Venue best gig of my life last night, and the cloakroom staff were so sweet when I lost my ticket")
    assert "sorry" not in result.rewrite.lower()


@pytest.mark.parametrize("variant", range(4))
def test_a_calm_report_of_a_snag_is_not_met_with_the_strongest_apology(variant: int) -> None:
    rewrite = check("Please check the tracking page for updates.", "My parcel still hasn't arrived.",
                    variant=variant).rewrite.lower()
    assert "parcel still hasn't arrived" in rewrite
    assert "so sorry" not in rewrite and "really sorry" not in rewrite


@pytest.mark.parametrize("variant", range(4))
def test_an_upset_customer_gets_the_stronger_words_and_their_feeling_is_not_said_back_as_an_event(
        variant: int) -> None:
    rewrite = check("Please check the tracking page for updates.", "My parcel still hasn't arrived and I'm furious!!",
                    variant=variant).rewrite.lower()
    assert "so sorry" in rewrite or "really sorry" in rewrite
    assert "you're furious" not in rewrite, "'sorry you're furious' parrots the feeling back"


def test_a_tip_that_replaces_blame_does_not_keep_the_past_tense() -> None:
    result = check("The extra £52.40 is for data used in Turkey. You should have turned off data roaming before you "
                   "travelled or added a Travel Pass.", "My bill is £87.40 and my plan is £35. Nobody told me.")
    assert "before travelling" in result.rewrite and "before you travelled" not in result.rewrite
    assert "£52.40" in result.rewrite


@pytest.mark.parametrize(("customer", "named"), [
    ("Phone was stolen on Saturday. I need a replacement SIM with the same number.", "your phone was stolen"),
    ("Bike stolen from the car park last night. What now?", "your bike was stolen"),
])
def test_a_theft_is_acknowledged_as_a_theft_not_as_trouble_with_a_thing(customer: str, named: str) -> None:
    rewrite = check("Replacement SIMs can only be issued in store with two forms of photo ID.", customer).rewrite
    assert named in rewrite and "trouble with" not in rewrite


LATE = "Order 229184 was due on the 12th. It's now the 19th and tracking hasn't moved in 5 days."


@pytest.mark.parametrize(("draft", "gone", "kept"), [
    ("Delays can happen in busy periods, it's only a few days. It should be with you soon.", "few days",
     "Delays can happen in busy periods."),
    ("It's only a small delay. Your order is on its way.", "small delay", "Your order is on its way."),
    ("It's just a parcel, check the tracking page.", "just a parcel", "Check the tracking page."),
    # the "so" that led into it goes with it: "finishing the last pages so." is broken
    ("The courier is finishing the last drops so it's only a short delay. It will be with you today.", "short delay",
     "The courier is finishing the last drops. It will"),
])
def test_a_minimising_clause_goes_whole(draft: str, gone: str, kept: str) -> None:
    rewrite = check(draft, LATE).rewrite
    assert gone not in rewrite and kept in rewrite


@pytest.mark.parametrize("draft", [
    "Sorry, it's just a small delay, and we will ship tomorrow.",
    "Sorry, it's just a parcel, and we will ship tomorrow.",
])
def test_a_cut_in_the_middle_of_a_sentence_never_joins_its_neighbours_badly(draft: str) -> None:
    rewrite = check(draft, LATE).rewrite
    assert "Sorry and" not in rewrite and "we will ship tomorrow" in rewrite


def test_a_calm_question_answered_with_their_details_and_a_next_step_gets_no_added_sorry() -> None:
    customer = ("I had blood tests on Monday and the doctor said she'd call if anything was wrong. It's Friday and "
                "I haven't heard anything. Does that mean they're fine?")
    draft = ("Hi Rachel, I've checked your blood tests from Monday 10 June: Dr Shah has marked them as normal, no "
             "further action needed. If you'd like to talk them through, I can book you a call with her on Tuesday.")
    result = check(draft, customer)
    assert "sorry" not in result.rewrite.lower()
    assert "E402" not in result.analysis.rules, "'no further action needed' is good news, not a closed door"


def test_a_grave_acknowledgement_for_illness_is_not_a_thank_you() -> None:
    rewrite = check("Please call reception on 01632 960112 to rebook.",
                    "My mum's physio was cancelled an hour before. She's 81 and recovering from a hip fracture.").rewrite
    assert "thank you for telling me" not in rewrite.lower()


def test_a_stock_thank_you_does_not_follow_the_safety_instruction() -> None:
    draft = ("Hi Mark,\n\nThanks for getting in touch. I've booked an engineer visit for Thursday 14 March.\n\n"
             "Kind regards,\nHollie")
    rewrite = check(draft, "There's a strong smell of gas by our meter. Is this something you need to look at?").rewrite
    assert rewrite.startswith("Hi Mark,\n\nIf you can smell gas")
    assert "Thanks for getting in touch" not in rewrite
    assert "Thursday 14 March" in rewrite and rewrite.endswith("Kind regards,\nHollie")


def test_safety_comes_before_a_thank_you_that_names_the_company_and_the_name_stays() -> None:
    rewrite = check("Hi Mark,\n\nThanks for contacting Harlow Energy. I've booked an engineer visit for Thursday "
                    "14 March.\n\nKind regards,\nHollie",
                    "There's a strong smell of gas by our meter. Is this something you need to look at?").rewrite
    assert rewrite.startswith("Hi Mark,\n\nIf you can smell gas"), rewrite
    assert "Harlow Energy" in rewrite and "Thursday 14 March" in rewrite, rewrite


FALL = ("The light on the stairwell has been out for three weeks and my dad fell on those stairs last night. "
        "He's 77 and badly bruised.")


def test_a_thank_you_is_not_care_for_someone_who_was_hurt() -> None:
    result = check("Thanks for letting us know. Communal lighting repairs are completed within 20 working days.", FALL)
    assert "E503" in result.analysis.rules
    assert "your dad fell on those stairs" in result.rewrite, "the fall itself is named, in their words"
    assert result.rewrite.index("sorry") < result.rewrite.index("20 working days")


def test_a_thank_you_still_honours_a_disclosure_of_money_trouble() -> None:
    result = check("Thank you for telling us. I've paused your payments for 30 days while we talk options.",
                   "I've lost my job and I can't pay this month's bill.")
    assert "E503" not in result.analysis.rules


def test_plain_words_for_jargon_never_echo_the_words_after_them() -> None:
    result = check("Hi, our system shows no record of a cancellation for that appointment. The fee remains.",
                   "I phoned on 7 May to cancel, why have I been charged £35?")
    assert "records show no record" not in result.rewrite.lower()


def test_a_reply_glad_that_nobody_was_hurt_has_already_acknowledged_the_accident() -> None:
    result = check("I'm so glad everyone's okay. Please wait behind the barrier; a recovery truck is on its way to you.",
                   "We've had a crash on the A1, nobody is hurt but the car is dead and we're on the verge.")
    assert not {"E101", "E104", "E503"} & set(result.analysis.rules)
    assert result.rewrite.startswith("I'm so glad everyone's okay.")


def test_a_draft_asking_again_for_what_was_given_is_not_prefaced_by_those_details() -> None:
    customer = "I've already sent you my order number twice now: 55120. The blender arrived cracked on 4 May."
    result = check("Thanks for your message! Could you please send me your order number and a photo of the damage?",
                   customer)
    assert "E204" in result.analysis.rules
    added = result.rewrite.split("Thanks for your message!")[1].split("Could you")[0]
    assert "55120" not in added and "4 May" not in added and "cracked" not in added
    assert "twice" in added


@pytest.mark.parametrize("customer", [
    "The restaurant cancelled my order but I was still charged £24. I need it back, I've got £9 until payday.",
    "My hours at work have been cut and I can't pay the bill this month. I'm scared.",
])
def test_money_trouble_is_a_high_stakes_moment_that_cheer_does_not_fit(customer: str) -> None:
    result = check("Great news! 🎉 Refunds usually take 3-5 working days! Why not check out our Plus membership?",
                   customer)
    assert {"E107", "E503"} <= set(result.analysis.rules)
    assert "Great news" not in result.rewrite and "🎉" not in result.rewrite


def test_telling_a_customer_not_to_contact_you_again_is_a_lecture_the_rewrite_takes_out() -> None:
    result = check("Claims take up to 20 working days. Please do not contact us again until then.",
                   "I sent my claim three weeks ago and heard nothing. What's happening?")
    assert "E407" in result.analysis.rules
    assert "contact us again" not in result.rewrite


def test_a_frightened_customer_in_money_trouble_is_heard_before_the_process() -> None:
    result = check("Missed rent payments are reported after 30 days. I've set up a payment arrangement on your rent "
                   "account from today and sent the form to your email.",
                   "My wages have been cut and I'll miss my rent payment. I'm terrified of being evicted.")
    assert "E503" in result.analysis.rules
    assert "wages" in result.rewrite.split(".")[0]


@pytest.mark.parametrize(("message", "said_back"), [
    ("Broadband down again.", "your broadband is down again"),
    ("parcel missing again!!", "your parcel is missing again"),
    ("My flight was delayed again", "your flight was delayed again"),
])
def test_trouble_still_going_on_is_said_back_as_now(message: str, said_back: str) -> None:
    assert their_moment(message) == said_back


def test_someone_relying_on_medical_equipment_hears_urgency_not_pity_for_the_equipment() -> None:
    result = check("Thanks for reporting the outage. Engineers are working on it.",
                   "No power since noon. My husband is on a home dialysis machine. When will it be back?")
    before_the_answer = result.rewrite.split("Engineers are working")[0]
    assert "urgent" in before_the_answer and "dialysis" in before_the_answer, result.rewrite
    assert not re.search(r"sorry (?:to hear )?your husband is on", result.rewrite, re.IGNORECASE)


def test_someone_who_lost_a_pregnancy_gets_no_congratulations_and_no_party_emoji() -> None:
    result = check("Hi Amy,\n\nCongratulations on the baby news! 🎉 Your freeze runs until 1 June.\n\nThe Team",
                   "I paused my membership when I was pregnant but I had a miscarriage in April. When does the pause end?")
    assert "E107" in result.analysis.rules
    assert "Congratulations" not in result.rewrite and "🎉" not in result.rewrite
    assert "1 June" in result.rewrite
    assert not re.search(r"(?m)^ +\S", result.rewrite)


def test_sorry_you_had_to_deal_with_it_is_not_a_brush_off_and_stays_whole() -> None:
    result = check("I'm so sorry you had to deal with that mess. A new bag is on its way today.",
                   "One of the bags of dog food arrived split open.")
    assert "E402" not in result.analysis.rules
    assert "deal with that mess" in result.rewrite


def test_words_the_customer_quotes_are_never_said_back_as_what_happened_to_them() -> None:
    moment = their_moment('They charged me a "missed appointment fee" even though I cancelled.')
    assert moment is None or "missed appointment fee" not in moment


def test_a_worried_question_is_not_acknowledged_as_a_mistake() -> None:
    result = check("Routine means non-urgent. Book via the app.",
                   "My scan results say 'routine follow-up'. Does that mean something is wrong? I'm scared.")
    assert "mix-up" not in result.rewrite and "mistake" not in result.rewrite


def test_you_should_have_read_the_terms_is_cut_not_turned_into_a_tip() -> None:
    result = check("The claim falls outside cover. You should have read your policy documents.",
                   "Why was my claim rejected? I don't understand.")
    assert "policy documents" not in result.rewrite
    assert "worth reading" not in result.rewrite


def test_a_health_hazard_that_is_no_emergency_gets_no_emergency_instruction() -> None:
    result = check("A CCTV survey of the sewer is booked within 20 working days.",
                   "Sewage is coming up in the garden again. It's a health hazard, my kids play there.")
    assert "E501" not in result.analysis.rules
    assert "emergency" not in result.rewrite.lower()


def test_a_keepsake_of_someone_long_gone_is_met_with_what_it_means_not_condolences() -> None:
    result = check("Lost property keeps items for 3 months.",
                   "I think I left my late grandfather's watch on the bedside table in room 12 when I checked out. "
                   "It means a lot to me. Can someone check?")
    assert "sorry for your loss" not in result.rewrite.lower()
    assert "your late grandfather's watch matters to you" in result.rewrite or \
        "your late grandfather's watch means to you" in result.rewrite


def test_a_death_reported_with_the_keepsake_still_gets_condolences_first() -> None:
    result = check("Bags are traced within 5 days.", "My late husband's watch was in the bag you lost. He died in May.")
    assert "sorry for your loss" in result.rewrite.lower()


def test_a_fall_the_customer_walked_away_from_is_a_report_not_a_grave_moment() -> None:
    result = check("Thanks for telling us. I'll ask the branch to repair it this week.",
                   "The ramp at your Leeds store is cracked. I slipped on it this morning but I'm fine.")
    assert "E503" not in result.analysis.rules
    assert "all this to deal with" not in result.rewrite


def test_sarcastic_praise_answered_as_praise_gets_no_contradicting_apology_on_top() -> None:
    result = check("Thank you for your kind feedback! We're delighted to hear you had a great experience with our team. 😊",
                   "I just want to say your support team is truly outstanding. Waited 2 weeks for a reply, got a "
                   "copy-paste answer to a question I never asked, and then my ticket was closed. Truly, truly "
                   "outstanding. 10/10.")
    assert not APOLOGY.search(result.rewrite)


def test_how_soon_something_is_due_is_not_something_to_be_sorry_about() -> None:
    result = check("Error 17 means the card expired: update it under Payment and you're set.",
                   "My train leaves in 2 hours and the app won't take my card, it says error 17.")
    assert "leaves in 2 hours" not in result.rewrite


def test_silence_after_applying_is_what_is_acknowledged_not_who_else_is_chasing() -> None:
    result = check("Thank you for your enquiry. Your application is with the underwriters.",
                   "We applied on 2 May and have heard nothing for four weeks. Our solicitor keeps chasing us.")
    first = next(s for s in result.rewrite.split(". ") if not s.startswith("Thank"))
    assert "haven't heard anything for four weeks" in first and "solicitor" not in first


def test_an_injury_said_back_is_not_read_as_blaming_the_customer() -> None:
    result = check("Your report is logged under HW-1002.",
                   "I tripped on a loose kerb on Mill Lane and broke my ankle. I'd reported it before.")
    assert "broke your ankle" in result.rewrite
    assert "E401" not in result.rewrite_analysis.rules


def test_what_was_planned_is_not_what_the_customer_is_told_sorry_about() -> None:
    moment = their_moment("The cake was meant to be for my mum's party tonight. The box arrived crushed.")
    assert moment is None or "meant to be" not in moment


def test_thanks_for_how_staff_handled_a_collapse_is_praise_not_a_crisis() -> None:
    result = check("Thank you for writing in. I've passed your message to the driver and her manager.",
                   "I want to thank your driver on the 42 bus. A lady collapsed and she stayed with her until the "
                   "ambulance came. She was brilliant.")
    assert "E502" not in result.analysis.rules
    assert "concerned" not in result.rewrite


def test_a_death_comes_before_the_money_trouble_said_beside_it() -> None:
    result = check("Your rate is now the standard variable rate.",
                   "My husband died in March and I'm struggling to pay the bills. Why has my mortgage gone up?")
    assert "loss" in result.rewrite.split(".")[0]


def test_a_term_everyone_in_the_game_uses_is_not_jargon() -> None:
    result = check("The hotfix goes out on Thursday and restores the damage.", "My paladin is useless since the patch.")
    assert "hotfix" in result.rewrite


def test_a_stock_apology_is_not_swapped_for_one_that_says_no_more() -> None:
    result = check("Hi Sam, my apologies for the delay. The crew are working to get you away.",
                   "Another delay, again. Great.")
    assert "apologies for the delay" in result.rewrite


def test_a_stock_line_that_opens_with_the_customers_name_keeps_the_name() -> None:
    result = check("Priya, I am sorry for your disappointment. It is never our intention to let our passengers down. "
                   "I will forward your feedback to our cabin team.",
                   "Your seats are tiny and my bag can't even fit under the seat. Never flying with you again.")
    assert result.rewrite.startswith("Priya,")


def test_the_customers_exasperated_even_is_not_said_back() -> None:
    assert their_moment("My bag can't even fit under the seat.") == "your bag can't fit under the seat"


def test_someone_already_in_hospital_needs_care_not_an_emergency_handoff() -> None:
    result = check("I'm so sorry, that must be frightening. You don't need to do anything this minute.",
                   "My wife has been admitted to hospital in Rome with chest pains. Do I need to call you?")
    assert "E502" not in result.analysis.rules
    assert "concerned by what you've said" not in result.rewrite


@pytest.mark.parametrize(("message", "absent"), [
    ("Sewer works and a hosepipe ban in the same week. The irony is not lost on me.", "irony"),
    ("Where is my order? It's been 6 days.", "order has been 6 days"),
])
def test_a_wry_remark_or_time_passing_is_not_said_back_as_the_trouble(message: str, absent: str) -> None:
    moment = their_moment(message)
    assert moment is None or absent not in moment


def test_an_acronym_is_not_lowercased_as_shouting_and_a_wave_stays_with_the_greeting() -> None:
    result = check("Hi there! 👋 Please email equipment@clinic.example and we'll reply in 5 days.",
                   "My CPAP machine stopped working last night and I'm scared to sleep without it.")
    assert result.rewrite.startswith("Hi there! 👋 ")
    assert "cpap" not in result.rewrite


def test_great_question_goes_for_someone_grieving() -> None:
    result = check("Great question! Policies can't be transferred, so you'll need a new one.",
                   "My husband died last week and the car insurance was in his name. Am I covered?")
    assert "Great question" not in result.rewrite


def test_a_network_layer_is_not_mistaken_for_a_support_tier() -> None:
    result = check("I'll book the L2 provisioning for the 14th and our L2 team will confirm.",
                   "Can I move my broadband to my new house?")
    assert "L2 provisioning" in result.rewrite


@pytest.mark.parametrize(("customer", "absent"), [
    ("The heating's gone and we've got a 2 week old baby at home. The earliest slot is Friday.", "baby"),
    ("My son spent £80 of our food money on the game without asking. Can I get it back?", "your food"),
])
def test_the_acknowledgement_never_names_the_baby_or_the_budget_as_the_trouble(customer: str, absent: str) -> None:
    result = check("Our earliest appointment is Friday. Purchases can't be refunded here.", customer)
    added = result.rewrite.split("Our earliest appointment")[0]
    assert absent not in added


@pytest.mark.parametrize(("draft", "dangling"), [
    ("I can't reopen the order. Keep in mind for the future that we never ring for passwords, so you should have "
     "put the phone down. I'll send a reset link now.", re.compile(r",? so\.")),
    ("I know it's annoying but try to remember that it's just a sofa. The new one arrives on the 9th.",
     re.compile(r"\bthat\.")),
])
def test_a_cut_at_the_end_of_a_sentence_takes_its_dangling_joint_with_it(draft: str, dangling: re.Pattern[str]) -> None:
    result = check(draft, "Someone rang pretending to be you and now my sofa order is gone. I'm furious.")
    assert result.rewrite != draft
    assert not dangling.search(result.rewrite)


def test_thanks_for_sarcastic_praise_goes_with_the_advice_to_be_quicker() -> None:
    result = check("Thanks, glad you noticed. Seats sell fast for this route. Maybe try booking earlier next time.",
                   "Your app froze while I was paying and now the last two seats are gone. Great job.")
    assert any(f.rule == "E405" for f in result.analysis.findings)
    assert "glad you noticed" not in result.rewrite
    assert "next time" not in result.rewrite
    assert "Seats sell fast" in result.rewrite


def test_a_closing_well_done_after_a_complaint_is_sarcasm_not_praise() -> None:
    customer = read_customer("Your checkout crashed twice and charged my card both times. Well done.")
    assert customer.sarcastic
    assert not customer.praise


@pytest.mark.parametrize("customer", [
    "I just wanted to say a huge thank you to the nurse on ward 4. The night was frightening and my dad was confused, "
    "and she stayed with him until morning. Amazing people.",
    "The driver on the 8.15 number 12 waited for my dad, who walks with a stick, and helped him to a seat. He was so "
    "touched. Could you pass on our thanks?",
    "I left my purse on the 14 tram on Monday and it was handed in with everything still inside. Please pass my thanks "
    "to whoever found it.",
    "Just wanted to say your courier tonight was a star. It was pouring and he carried my order up 5 floors because "
    "the lift was broken. Please tell him thanks!",
])
def test_a_message_written_to_thank_the_crew_gets_no_apology_for_the_story(customer: str) -> None:
    result = check("Thank you for your feedback. Your comments have been logged.", customer)
    assert not APOLOGY.search(result.rewrite)


def test_a_loss_they_fear_from_our_delay_is_not_money_trouble_they_disclose() -> None:
    assert "hardship" not in read_stakes("completion is in 6 days. if the valuation slips we lose the house.").kinds
    assert "hardship" in read_stakes("i lost my job in may and we might lose the house.").kinds


@pytest.mark.parametrize("customer", [
    "I'm 79 and the new app won't let me see my statements. Can you help?",
    "I live alone and the meter display says I used 30 units overnight. Is it faulty?",
])
def test_age_or_living_alone_gets_no_line_of_sympathy(customer: str) -> None:
    result = check("Please reinstall the app and sign in with your passcode.", customer)
    assert not result.rewrite.startswith("Thank you for telling me")
    assert "explaining this to me" not in result.rewrite


def test_of_several_apologies_the_one_that_names_what_happened_stays() -> None:
    result = check("I'm so sorry. We do apologise for any inconvenience. I'm sorry again that your bike arrived "
                   "with a bent wheel.", "My new bike came with a bent front wheel. What now?")
    assert "bent wheel" in result.rewrite
    assert "any inconvenience" not in result.rewrite
    assert "again" not in result.rewrite
    assert len(APOLOGY.findall(result.rewrite)) == 1


def test_any_have_a_nice_day_closer_goes_for_someone_grieving() -> None:
    result = check("Your claim is closed under clause 7. Have a purrfect day!",
                   "Our cat Milo died in surgery last month and you've refused the claim for his treatment.")
    assert "purrfect day" not in result.rewrite


def test_a_lifted_clause_leaves_out_honestly() -> None:
    moment = their_moment("I lost my job in June and honestly can't afford the full amount.")
    assert moment is not None and "honestly" not in moment


def test_no_safety_line_goes_in_front_of_a_reply_that_has_already_put_the_heating_back() -> None:
    draft = ("I'm sorry you're in this spot. I've added £25 of credit to your meter, so the heating can come back on "
             "now, and it doesn't need paying back.")
    result = check(draft, "My top-up has run out, there's no heating and I've got a toddler. No money till Monday.")
    assert "E501" not in result.analysis.rules
    assert result.rewrite.startswith("I'm sorry you're in this spot.")


def test_thanking_a_complaining_customer_for_their_understanding_is_a_brush_off_and_goes() -> None:
    result = check("Announcements about our card offers are part of every flight, Lee. We appreciate your cooperation.",
                   "The card sales pitch over the speakers on every single flight is getting ridiculous.")
    assert "E402" in result.analysis.rules
    assert "cooperation" not in result.rewrite
    assert "part of every flight" in result.rewrite


@pytest.mark.parametrize(("draft", "kept"), [
    ("Sorry your flight was cancelled. We thank you for your understanding and hope to welcome you on board soon.",
     "We hope to welcome you on board soon."),
    ("Sorry your flight was cancelled. Thank you for your understanding and we will refund the taxes by Friday.",
     "We will refund the taxes by Friday."),
    ("Sorry your flight was cancelled. We appreciate your understanding, and will refund the taxes by Friday.",
     "We will refund the taxes by Friday."),
])
def test_thanks_for_understanding_joined_to_the_next_step_goes_without_breaking_the_sentence(draft: str, kept: str) -> None:
    rewrite = check(draft, "My flight was cancelled three hours before departure and nobody told me why.").rewrite
    assert "understanding" not in rewrite and kept in rewrite, rewrite


def test_thanks_for_understanding_after_a_plain_answer_to_a_question_is_left_alone() -> None:
    result = check("The pool closes at 9pm on Sundays. Thanks for your understanding.", "What time does the pool close?")
    assert "E402" not in result.analysis.rules


@pytest.mark.parametrize(("draft", "gone", "kept"), [
    ("It's important to keep track of your renewal dates. I've refunded the £60 charge today.",
     "keep track", "refunded the £60"),
    ("I've put the refund through. You should always make sure your card details are current.",
     "always make sure", "refund through"),
    ("Late fees are listed in the price guide, which you agreed to at sign-up. I can spread the fee over two months.",
     "agreed to", "price guide."),
    ("It's the account holder's responsibility to cancel before renewal. I can look at a partial refund.",
     "responsibility", "partial refund"),
])
def test_house_rules_recited_at_someone_who_was_charged_go(draft: str, gone: str, kept: str) -> None:
    result = check(draft, "You've charged my card for another year again even though I said I was leaving.")
    assert any(f.rule == "E407" for f in result.analysis.findings)
    assert gone not in result.rewrite
    assert kept in result.rewrite


def test_house_rules_that_answer_a_plain_question_are_not_a_lecture() -> None:
    result = check("Guests must check out by 11am. Late check-out is £20 an hour.", "What time is check-out?")
    assert "E407" not in result.analysis.rules


def test_comfort_the_agent_cannot_give_goes_for_someone_waiting_on_biopsy_results() -> None:
    result = check("No news is normally good news! The lab is busy this month.",
                   "My biopsy results were due last Friday and nobody has called. I'm so anxious I can't eat.")
    assert "E107" in result.analysis.rules
    assert "good news" not in result.rewrite
    assert "The lab is busy this month." in result.rewrite


@pytest.mark.parametrize(("message", "expected"), [
    ("My train to Leeds was cancelled at 6am and nobody at the station knew anything.", "your train to Leeds was cancelled"),
    ("I sprained my wrist on one of your climbing walls on Saturday.", "you sprained your wrist"),
    ("My £80 deposit from the camping trip in early August still hasn't come back.", "your £80 deposit"),
])
def test_the_clause_said_back_is_the_customers_own_trouble(message: str, expected: str) -> None:
    moment = their_moment(message)
    assert moment is not None and moment.startswith(expected)
    assert "your climbing" not in moment and "nobody" not in moment


def test_how_long_they_have_waited_is_not_said_back_as_the_trouble() -> None:
    moment = their_moment("They said my refund for the jacket would be back on the 2nd. It's now the 16th.")
    assert moment is None or "now the 16th" not in moment


def test_a_refusal_as_per_our_conditions_is_found_on_the_draft_itself() -> None:
    result = check("As per our conditions of carriage, we are not liable for hotel costs.",
                   "My flight was cancelled and I've had to pay for a hotel. Will you cover it?")
    assert "E303" in result.analysis.rules


def test_blame_that_stays_in_the_past_is_cut_not_turned_into_a_tip() -> None:
    result = check("You should have checked the box before the courier drove off. We can't refund damage reported late.",
                   "The lamp I ordered arrived smashed and the courier had gone before I opened it.")
    assert "should have" not in result.rewrite
    assert "Next time" not in result.rewrite
    assert "We can't refund damage reported late." in result.rewrite


def test_a_bare_good_morning_with_a_name_is_the_greeting() -> None:
    frame = layout("@jo_cycles Morning Jo. Your bike is ready to collect from 2pm.")
    assert frame.head.strip() == "@jo_cycles Morning Jo."


def test_a_status_question_answered_with_the_time_gets_no_added_sorry() -> None:
    draft = "Evening Priya. The 18:10 is running about 20 mins late after a points fault, so it's due at 18:30."
    result = check(draft, "is the 18:10 to Harlow running? app says delayed")
    assert result.rewrite == draft


def test_safety_first_goes_before_a_yes_that_opens_its_own_sentence() -> None:
    result = check("Yes, we can book a gas engineer for Tuesday.",
                   "I can smell gas near the meter cupboard. Can someone come and look at it?")
    assert result.rewrite.endswith("Yes, we can book a gas engineer for Tuesday.")
    assert not result.rewrite.startswith("Yes,")


def test_someone_who_says_they_are_confused_is_met_on_the_confusion() -> None:
    customer = ("I'm a bit confused. I had a minor bump reversing out of my drive last week, no one hurt, and the "
                "quote is £300 but my excess is £200. Do I claim or not?")
    result = check("Please refer to your policy documents for details of your cover.", customer)
    assert "confus" in result.rewrite.split("Please refer")[0]
    assert "bump" not in result.rewrite


def test_a_pet_called_something_ending_in_it_still_died() -> None:
    assert "bereavement" in read_stakes("our cat biscuit died on sunday after a week at the vet").kinds
    assert "bereavement" not in read_stakes("my kindle just died halfway through the flight").kinds


@pytest.mark.parametrize(("draft", "gone"), [
    ("Our rooms are inspected daily. Bites can come from many sources, and bed bugs are often brought in by guests "
     "themselves.", "guests"),
    ("The menu has moved to the top bar, which you would have seen if you'd read the update notes.", "if you'd read"),
    ("Demand was huge. Maybe next time try a faster connection.", "faster connection"),
])
def test_blame_goes_without_leaving_half_a_sentence(draft: str, gone: str) -> None:
    result = check(draft, "We found bed bugs in our room, the site crashed and the menu vanished. Awful.")
    assert gone not in result.rewrite
    assert not re.search(r"\b(?:are|and|that|which)\.", result.rewrite)


def test_hope_this_clears_things_up_goes_for_someone_grieving() -> None:
    result = check("Your claim was declined under section 3. We hope this clears things up!",
                   "My dad died in March and you've declined the claim for his funeral costs.")
    assert "clears things up" not in result.rewrite


def test_the_reason_for_a_step_they_must_take_is_not_blame() -> None:
    draft = "Because you didn't get his details, you'll need to report it to the police within 24 hours on 101."
    result = check(draft, "Someone reversed into my car and drove off. What do I do?")
    assert "E401" not in result.analysis.rules
    assert result.rewrite == draft


def test_a_reason_that_refuses_is_still_blame() -> None:
    result = check("Because you didn't report it within 24 hours, we can't accept the claim.",
                   "Someone reversed into my car and drove off. What do I do?")
    assert "E401" in result.analysis.rules


def test_a_slip_of_the_keyboard_is_never_said_back() -> None:
    moment = their_moment("hi i have lost ny wallet on the train to york")
    assert moment is None or " ny " not in f" {moment} "


def test_what_they_cant_remember_is_not_said_back_as_the_trouble() -> None:
    moment = their_moment("I'm 84 and I can't remember how to log in to the banking app.")
    assert moment is None or "remember" not in moment


def test_support_jargon_gets_plain_words() -> None:
    result = check("Please confirm the SKU and turn on 2FA before we reissue the order.",
                   "My order came with the wrong kettle and I'm annoyed. Can you swap it?")
    assert "SKU" not in result.rewrite and "2FA" not in result.rewrite
    assert "product code" in result.rewrite


def test_reassurance_that_starts_since_you_didnt_is_not_blame() -> None:
    draft = ("That email isn't from us. Since you didn't type your password in, your account is almost certainly "
             "safe, and I've checked it for unusual activity.")
    result = check(draft, "I clicked a link in an email that said it was you. Have I been hacked?")
    assert "E401" not in result.analysis.rules
    assert "almost certainly safe" in result.rewrite


def test_half_a_cake_collapsing_is_not_a_medical_emergency() -> None:
    result = check("Thank you for your feedback. We will use it to improve.",
                   "The cake my aunt made was left by the ovens and half of it had collapsed by the time it came out.")
    assert "E502" not in result.analysis.rules
    assert read_stakes("my dad collapsed on the platform").crisis == "medical"


def test_you_should_know_better_goes_whole() -> None:
    result = check("Glad that's fixed. Reusing that password is risky and you should know better by now. A password "
                   "manager makes it easy.", "My account got hacked again. Can you help me lock it down?")
    assert "better" not in result.rewrite and "worth knowing" not in result.rewrite
    assert "A password manager makes it easy." in result.rewrite


def test_no_safety_line_when_the_reply_says_the_area_is_already_made_safe() -> None:
    draft = ("Thank you for telling us. Our site team has cordoned off the changing room and switched off the power "
             "to it until the electrician arrives at 2pm.")
    result = check(draft, "There are bare wires hanging out of the wall by the showers in your changing room.")
    assert "E501" not in result.analysis.rules
    assert result.rewrite == draft


def test_a_joke_at_the_expense_of_someone_in_trouble_goes() -> None:
    result = check("Haha, sounds like a rough morning! Your new card will arrive by Friday.",
                   "My card was declined three times at the station and now I'm stuck without cash.")
    assert any(f.rule == "E405" for f in result.analysis.findings)
    assert "rough morning" not in result.rewrite
    assert "Your new card will arrive by Friday." in result.rewrite


def test_a_reply_that_is_nothing_but_a_joke_is_left_for_the_agent_to_rewrite() -> None:
    draft = "@sam Ouch, sounds like a real pane in the glass! 😂 ^TK"
    result = check(draft, "@FixItGlass your fitter cracked my new window and left without saying anything.")
    assert any(f.rule == "E405" for f in result.analysis.findings)
    assert result.rewrite == draft


def test_works_fine_for_us_to_someone_whose_service_is_down_goes() -> None:
    result = check("@ana It works fine for us! A restart usually sorts it. ^JB",
                   "@NetCo broadband down across our whole street since 7am. Useless.")
    assert "E402" in result.analysis.rules
    assert "fine for us" not in result.rewrite


def test_a_name_in_capitals_the_customer_wrote_is_not_lowercased_as_shouting() -> None:
    draft = "I've frozen your card and disputed the £89 payment to QUICKPAY HOLDINGS LTD."
    result = check(draft, 'There is a payment to "QUICKPAY HOLDINGS LTD" I never made. Help!')
    assert "QUICKPAY HOLDINGS LTD" in result.rewrite
    assert "E404" not in result.analysis.rules


def test_a_clause_the_customer_shouted_is_said_back_in_plain_case() -> None:
    moment = their_moment("MY SON'S TRAIN HOME WAS CANCELLED. he is 14 and alone at the station")
    assert moment is not None and moment == moment.lower()


@pytest.mark.parametrize(("message", "absent"), [
    ("The courier swore at me because the lift was broken and drove off before I got downstairs.", "drove off"),
    ('Our dashboard keeps showing "Error 502" since lunch and nothing loads.', "keeps showing"),
    ("I can't exactly cancel my trip now that my flight was cancelled twice.", "exactly"),
])
def test_no_clause_is_said_back_half_finished_or_wry(message: str, absent: str) -> None:
    moment = their_moment(message)
    assert moment is None or absent not in moment


def test_thanks_that_mentions_a_late_parents_keepsake_is_praise_not_a_bereavement() -> None:
    customer = read_customer("Hi there, just wanted to say a huge thank you to whoever handed in my bag. My late "
                             "mum's ring was in it and everything was still there. Faith restored.")
    assert customer.praise
    assert "bereavement" not in customer.stakes.kinds


def test_making_sure_the_buzzer_works_before_ordering_is_a_lecture_to_a_complaint() -> None:
    result = check("It might help to make sure your doorbell works before you order.",
                   "Your driver was rude and left my food in the rain because the doorbell was broken.")
    assert "E407" in result.analysis.rules


def test_telling_a_shouting_customer_how_to_write_is_cut_and_what_came_before_the_but_stays() -> None:
    result = check("We can see you're upset, but please don't type in capitals, as it comes across as aggressive. "
                   "Could you send me your order number?",
                   "I'VE BEEN WAITING THREE WEEKS FOR MY REFUND. WHERE IS IT?")
    assert "E407" in result.analysis.rules
    assert "capitals" not in result.rewrite and "aggressive" not in result.rewrite
    assert "We can see you're upset." in result.rewrite and "order number" in result.rewrite


def test_a_lecture_joined_to_a_fact_goes_and_the_fact_starts_the_sentence() -> None:
    result = check("Please note it is the member's responsibility to book classes in advance, and our front desk "
                   "is open from 6am to 10pm.",
                   "I turned up for spin and was told it was full. Nobody told me I had to book!")
    assert "responsibility" not in result.rewrite
    assert "Our front desk is open from 6am to 10pm." in result.rewrite


def test_a_rule_about_what_players_are_responsible_for_is_a_lecture_to_a_complaint() -> None:
    result = check("Players are responsible for keeping their login details safe. Account recovery takes 48 hours.",
                   "My account got taken over and now my whole inventory is gone. This is ridiculous.")
    assert "E407" in result.analysis.rules
    assert "responsible" not in result.rewrite


@pytest.mark.parametrize(("message", "kind"), [
    ("The heater you sold me started smoking last night and the plug has melted.", "safety"),
    ("My laptop charger overheated and the cable has melted at the end.", "safety"),
    ("Somebody has taken £600 out of my savings account and it wasn't me.", "fraud"),
    ("I've lost most of my shifts this month and can't keep up with the bill.", "hardship"),
])
def test_a_hazard_a_stranger_taking_money_or_lost_shifts_are_high_stakes(message: str, kind: str) -> None:
    assert kind in read_stakes(message.lower()).kinds


def test_getting_off_the_bus_at_the_hospital_stop_is_not_a_health_matter() -> None:
    assert read_stakes("i left my umbrella on the 22 bus, got off at the hospital stop.".lower()).kinds == ()


def test_a_warning_of_fees_to_someone_who_says_they_cant_pay_is_not_care() -> None:
    result = check("If the bill isn't paid on time, a late payment fee of £12 will apply. You can pay in the app.",
                   "I've been made redundant and I can't pay this month's bill. What happens now?")
    assert "E503" in result.analysis.rules


def test_a_clause_said_back_spells_the_contraction_the_customer_typed_without_an_apostrophe() -> None:
    moment = their_moment("i cant get into my account since the update")
    assert moment is not None and "can't" in moment and "cant" not in moment.replace("can't", "")


@pytest.mark.parametrize(("message", "said_back", "not_said"), [
    ("The washing machine was supposed to be delivered on Friday. Nobody came.", "wasn't delivered on Friday",
     "supposed to"),
    ("Your plumber was due to come between 1 and 5 today. Never showed up, no call.", "didn't come today", "between"),
])
def test_a_visit_that_never_happened_is_said_back_as_what_went_wrong_not_as_the_plan(
    message: str, said_back: str, not_said: str
) -> None:
    moment = their_moment(message)
    assert moment is not None and said_back in moment and not_said not in moment


def test_a_delivery_that_came_as_planned_is_not_said_back_as_missed() -> None:
    assert "didn't" not in (their_moment("The chair was due to arrive on Monday and it came, lovely.") or "")


def test_a_sign_off_with_apologies_is_not_one_apology_too_many() -> None:
    draft = ("Dear Mr Okoro,\n\nI'm so sorry your mother was left waiting at the gate. That should never happen, and "
             "I've raised it with the airport's assistance team today. I'm sorry too that it spoiled her trip.\n\n"
             "With sincere apologies,\nPriya")
    result = check(draft, "My 81-year-old mother waited 40 minutes at the gate for the wheelchair you promised.")
    assert "E105" not in result.analysis.rules
    assert "With sincere apologies," in result.rewrite


def test_a_bare_sorry_to_hear_that_stays_in_front_of_the_safety_line_it_points_back_from() -> None:
    result = check("Hi, I'm sorry to hear that. We can send an engineer on Thursday between 8am and 1pm.",
                   "There's a strong smell of gas in my hallway and it's getting worse.")
    assert "E501" in result.analysis.rules
    sorry = result.rewrite.find("sorry to hear that")
    assert 0 <= sorry < result.rewrite.find("Thursday")
    assert not re.search(r"emergency[^.]*\.\s*I'm sorry to hear that", result.rewrite)


def test_a_payment_they_have_kept_up_is_not_said_back_as_something_gone_wrong() -> None:
    moment = their_moment("My hours were cut in May. I haven't missed a payment yet but I'm worried about next month.")
    assert moment is not None and "hours were cut" in moment and "missed" not in moment


def test_telling_someone_not_to_feel_embarrassed_answers_how_they_feel() -> None:
    result = check("Please don't feel embarrassed, lots of people get in touch about this. Let's look at a payment "
                   "plan together: what could you manage each month?",
                   "I'm so embarrassed writing this, but I can't pay my council tax this month.")
    assert "E104" not in result.analysis.rules


@pytest.mark.parametrize(("customer", "lecture"), [
    ("Third time my appointment has been cancelled this month. Do you actually want patients?", True),
    ("You useless idiots, cancel my appointment again and I'll make you regret it.", False),
])
def test_a_warning_about_abuse_is_a_lecture_only_to_someone_who_was_not_abusive(customer: str, lecture: bool) -> None:
    result = check("Cancellations are sometimes unavoidable. Please note that we do not tolerate abusive language "
                   "towards our staff.", customer)
    assert ("E407" in result.analysis.rules) is lecture


def test_telling_a_customer_their_capitals_come_across_as_shouting_goes_with_the_request_to_stop() -> None:
    result = check("Hello, please don't write in capitals. It comes across as shouting. Your account was suspended "
                   "for chargebacks on 3 June.", "WHY HAS MY ACCOUNT BEEN BANNED. I HAVE DONE NOTHING WRONG")
    assert "capitals" not in result.rewrite and "shouting" not in result.rewrite
    assert "3 June" in result.rewrite and "Hello, Your" not in result.rewrite


def test_a_cheery_closer_to_an_angry_customer_goes_with_its_emoji() -> None:
    result = check("Hi Sam! We're sorry about the cancellation. You can rebook for free in the app under My Trips. "
                   "Have a great day! 😊",
                   "I'm furious. My flight was cancelled after four hours at the gate and nobody told us anything.")
    assert "E107" in result.analysis.rules
    assert "great day" not in result.rewrite and "😊" not in result.rewrite
    assert "My Trips" in result.rewrite


def test_a_customers_own_responsibility_is_a_lecture_after_and_too() -> None:
    result = check("All members sign the booking terms when they join, and it is each member's responsibility to "
                   "read them.", "I was charged a £15 no-show fee for a class I cancelled. This is unfair.")
    assert "responsibility" not in result.rewrite and "booking terms" in result.rewrite


@pytest.mark.parametrize("message", [
    "The hire car has just died on the motorway and I've got two kids in the back.",
    "My van's completely died outside the depot, can someone come out?",
])
def test_a_vehicle_that_died_is_a_breakdown_not_a_bereavement(message: str) -> None:
    assert "bereavement" not in read_stakes(message.lower()).kinds


@pytest.mark.parametrize(("message", "good_news"), [
    ("Someone drove into the back of me at the lights. The car is still driveable but the boot won't shut.",
     "driveable"),
    ("The laptop is still working but the screen has a crack.", "still working"),
])
def test_the_part_of_their_news_that_went_right_is_never_said_back_as_sorry(message: str, good_news: str) -> None:
    moment = their_moment(message)
    assert moment is None or good_news not in moment


def test_a_clause_that_lost_what_it_was_about_is_not_said_back() -> None:
    moment = their_moment("I found a bug in my suitcase which I've now had identified as a bed bug.")
    assert moment is not None and "found a bug" in moment and "had identified" not in moment


def test_a_shouted_clause_said_back_leaves_out_the_place_whose_capital_it_lost() -> None:
    moment = their_moment("MY CARD WAS DECLINED TWICE AT A CAFE IN MADRID. FIX IT")
    assert moment is not None and "madrid" not in moment


def test_the_agent_getting_someone_onto_it_is_care_even_beside_a_see_your_gp() -> None:
    result = check("Thank you for checking with us. I'm asking our pharmacist to look at the prescription now and "
                   "she'll call you within 15 minutes. Please don't give your dad another tablet until then, and please "
                   "contact your GP if he feels unwell.",
                   "The pharmacy gave my dad the wrong prescription tablets and he's already taken one.")
    assert "E503" not in result.analysis.rules


def test_wishing_a_lovely_flight_to_someone_flying_to_a_funeral_goes() -> None:
    result = check("I'm so sorry about your mum. There's a seat on the 09:40 tomorrow for £310. Have a lovely flight!",
                   "My mum died last night and I need to get to Belfast tomorrow for the funeral.")
    assert "lovely flight" not in result.rewrite and "09:40" in result.rewrite


def test_what_was_owed_to_the_customer_is_not_blame_and_not_an_apology_too_many() -> None:
    draft = ("I'm very sorry. After a long journey you should have walked into the room you booked, and at the very "
             "least you should have had an apology. I've refunded last night in full.")
    result = check(draft, "Your hotel sent me elsewhere at midnight with a confirmed booking. Nobody apologised.")
    assert not {"E401", "E105"} & set(result.analysis.rules)
    assert result.rewrite == draft


def test_a_way_round_a_broken_website_is_not_a_sales_pitch() -> None:
    result = check("Thank you for letting us know. In the meantime, why not try our app, which many customers find easier "
                   "to use?", "I'm blind and your checkout buttons have no labels. I've been unable to order for a week.")
    assert "E111" not in result.analysis.rules and "app" in result.rewrite


def test_a_limited_time_at_each_stop_is_not_a_limited_time_offer() -> None:
    result = check("Sorry to hear this. Our drivers have a limited time at each drop, so they can't wait long.",
                   "Your driver was rude to my dad and left the parcel in the rain. Not acceptable.")
    assert "E111" not in result.analysis.rules


def test_fear_of_being_left_with_no_heating_is_not_a_hazard_now() -> None:
    assert "safety" not in read_stakes("please don't cut us off, i'm scared we'll end up with no heating".lower()).kinds


def test_a_story_of_a_crew_member_who_turned_a_hard_flight_around_is_praise() -> None:
    customer = read_customer("My daughter got very upset at the gate and one of your crew sat with her and turned what "
                             "could have been an awful flight into her favourite day. I just wanted someone to know.")
    assert customer.praise and not customer.problem


def test_a_rewrite_left_with_only_a_stock_apology_is_not_offered() -> None:
    draft = ("Hi, sorry to hear this. Our drivers are very busy and are given a limited time at each drop. If a customer "
             "needs more time to reach the door, we'd recommend adding a note in the delivery instructions.")
    result = check(draft, "Your delivery driver was really rude to my elderly father, shouted at him for taking too long "
                          "to answer the door, then left the parcel in the rain. He is 84.")
    body = result.rewrite.lower().replace("hi,", "").replace("sorry to hear this", "")
    assert re.search(r"[a-z]{3}", body)


@pytest.mark.parametrize(("message", "said_back"), [
    ("MY BROADBAND HAS BEEN DOWN SINCE 7AM AND I WORK FROM HOME", "down since 7am"),
    ("Refunds haven't arrived for 3 weeks now. I've got rent to pay.", "your refunds haven't arrived"),
    ("Five days and still no sign of my parcel.", "no sign of your parcel"),
    ("You charged me a £45 fee because I missed my appointment. I was in A&E with my dad who'd had a fall.",
     "in a&e with your dad"),
    ("Hi, my suitcase didn't arrive at Dublin on flight SL217 yesterday. I filed a report but heard nothing.",
     "didn't arrive at dublin yesterday"),
    ("boarding closes in 25 min and the app won't load my boarding pass for flight SK418 to Oslo. help pls",
     "for your flight to oslo"),
    ("My parcel arrived with the box crushed and my grandmother's vase inside is smashed. It was marked FRAGILE.",
     "grandmother's vase is smashed"),
])
def test_what_went_wrong_is_said_back_whole(message: str, said_back: str) -> None:
    moment = their_moment(message)
    assert moment is not None and said_back in moment.lower()


@pytest.mark.parametrize("draft", [
    "Sorry about that. We recommend backing up your workouts regularly to prevent this in future.",
    "Our crews attended on the day. Please ensure your bin is at the kerb by 6:30am in future.",
])
def test_advice_on_how_to_avoid_it_next_time_is_a_lecture_to_a_complaint(draft: str) -> None:
    result = check(draft, "Your update wiped two years of my data and my bin's been missed three weeks running. Gutted.")
    assert "E407" in result.analysis.rules


def test_condolences_beside_thanks_from_someone_bereaved_are_not_an_apology_to_praise() -> None:
    result = check("Thank you so much for telling us, and I'm so sorry about your dad. I've passed your thanks to Sam.",
                   "Thank you to Sam who was so patient on the phone about my late dad's account. Please pass on my "
                   "thanks.")
    assert "E108" not in result.analysis.rules


def test_a_yes_after_a_greeting_answers_the_question() -> None:
    result = check("Hi! Yes, dogs travel free, two per passenger, on a lead.", "Can I bring my dog on the train?")
    assert "E201" not in result.analysis.rules


def test_weeks_of_pregnancy_are_not_weeks_of_waiting() -> None:
    result = check("Great question! You won't need a doctor's note to fly before 28 weeks.",
                   "I'll be almost 24 weeks pregnant when I fly next month. Do I need a doctor's note?")
    assert not {"E503", "E107"} & set(result.analysis.rules)
    assert "sorry" not in result.rewrite.lower()


def test_what_they_were_told_with_no_one_to_say_it_of_is_not_said_back() -> None:
    moment = their_moment("was told train was delayed due to signals, so no refund. Driver said otherwise.")
    assert moment is None or "was told" not in moment


def test_a_clause_whose_only_object_is_it_is_not_said_back() -> None:
    moment = their_moment("Had a gift card with £50 on it. Now I've lost it, nobody warned me. Furious.")
    assert moment is None or not moment.rstrip(".").endswith(" it")


@pytest.mark.parametrize(("draft", "kept"), [
    ("Every request over the limit gets a 429 with a Retry-After value, so it's easy to back off and try again.",
     "so it's easy to back off"),
    ("I'll explain as simply as I can. Your phone will keep working after the switch.", "as simply as I can"),
])
def test_plain_words_that_only_look_condescending_are_left_as_written(draft: str, kept: str) -> None:
    result = check(draft, "How does your rate limit work, and will my phone still work after the switch? I'm worried.")
    assert kept in result.rewrite


def test_good_news_cut_to_someone_grieving_leaves_no_dangling_that() -> None:
    result = check("I'm so sorry about your wife. The good news is that you can now get 25% off your bill, and I've "
                   "added it today.", "My wife died in April and now I've had a letter about arrears. I'm 84.")
    assert "good news" not in result.rewrite.lower()
    assert not re.search(r"(?:^|[.!?]\s+)That you\b", result.rewrite)


def test_a_cut_blaming_customers_never_leaves_a_stray_possessive() -> None:
    result = check("Most dropouts are caused by the customer's home setup. Try moving the router.",
                   "My internet keeps dropping. Fourth time today. Ridiculous.")
    assert " 's" not in result.rewrite


def test_a_message_saying_a_driver_made_someones_day_is_praise() -> None:
    customer = read_customer("Just want to say the driver on the 7.40 this morning waited for my dad, who walks with a "
                             "stick, and helped him to a seat. It really made his day. Please pass it on to him!")
    assert customer.praise and not customer.problem


def test_a_pharmacist_checking_tonight_is_care_and_sending_them_back_to_their_gp_is_not() -> None:
    customer = "Your pharmacy gave me the wrong prescription tablets and I've already taken one. I am 82."
    cared = ("Thank you for telling us. I'd like a pharmacist to check your prescription tonight: could you tell me "
             "the strength printed on the tablets' box? Please hold off on the next dose until we've checked.")
    handed_back = "Different makers use different colours. Please contact your GP to resolve this."
    assert "E503" not in analyze(cared, customer).rules
    assert "E503" in analyze(handed_back, customer).rules


def test_its_really_easy_after_the_steps_goes_rather_than_becoming_heres_how() -> None:
    result = check("Log in to the app, tap 'Payments' and take a photo of the cheque. It's really easy!",
                   "I'm 86 and my branch has closed. How do I pay in a cheque? I don't have a smartphone.")
    assert "easy" not in result.rewrite.lower() and "here's how" not in result.rewrite.lower()
    assert "take a photo of the cheque" in result.rewrite


def test_a_pet_the_customer_had_put_to_sleep_is_a_bereavement() -> None:
    assert "bereavement" in read_stakes("she had cancer and we had to have her put to sleep last tuesday".lower()).kinds


def test_a_nervous_customer_with_a_health_condition_hears_their_nervousness_not_sorrow() -> None:
    result = check("Thank you for your message. Assistance can be booked up to 48 hours before you fly via Manage My "
                   "Booking.", "I'm flying for the first time since my stroke and I use a walking frame. I'm quite "
                   "nervous about it. What help is there at the airport?")
    assert "nervous" in result.rewrite
    assert "all this to deal with" not in result.rewrite and "going through this" not in result.rewrite


def test_well_deal_with_it_is_a_promise_not_a_brush_off() -> None:
    draft = "If the chair is damaged, tell the crew before you leave the aircraft and we'll deal with it then and there."
    result = check(draft, "I use a powered wheelchair and I'm nervous about it being damaged on my first flight.")
    assert "E402" not in result.analysis.rules and "deal with it" in result.rewrite


def test_amazing_news_goes_before_condolences_to_someone_bereaved() -> None:
    result = check("Wow, amazing news – thank you so much! £1,260 is a fantastic amount.",
                   "We held a collection at my mum's funeral last week for your hospice and raised £1,260. How do I "
                   "send it?")
    assert "amazing news" not in result.rewrite.lower() and "£1,260" in result.rewrite


def test_no_sorry_is_put_in_front_of_a_reply_that_jokes_along_with_a_joking_customer() -> None:
    result = check("Ha, unless you've got a secret server farm in the loft, that reading's wrong. Send us a photo of "
                   "the meter and we'll correct the bill today.",
                   "My smart meter says I used £8,000 of electricity this week. Either it's broken or I'm secretly "
                   "mining bitcoin in my sleep.")
    assert "sorry" not in result.rewrite.lower()


def test_the_laughing_emoji_goes_with_the_laugh_at_someones_trouble() -> None:
    result = check("Haha we love the enthusiasm! 😄 Sounds like a chilly dinner. DM us your order number.",
                   "Love how you delivered my 'hot' curry at Arctic temperature. 75 mins. Truly impressive 👏")
    assert "😄" not in result.rewrite and "order number" in result.rewrite


@pytest.mark.parametrize("customer", [
    "my bike has started squeaking like an angry goose when I brake. only the front one. is that bad or has it just "
    "got a personality",
    "the oven clock resets every morning at 6. is that a fault or has it just decided it's a rooster",
])
def test_laughing_along_with_a_deadpan_joke_is_not_mockery(customer: str) -> None:
    draft = "Ha, that's a new one! It could be the brake pads or the clock's backup battery. Want me to book a check?"
    result = check(draft, customer)
    assert "E405" not in result.analysis.rules and result.rewrite.startswith("Ha, that's a new one!"), result.rewrite


@pytest.mark.parametrize(("draft", "customer"), [
    ("Haha, we promise it's not personal! Thanks for letting us know, we'll pass this on to the team. ^LD",
     "@gym the rowing machine by the window makes a noise like it's laughing at me every time I pull harder. either "
     "it's broken or it's personal"),
    ("@wren Haha he's just asserting dominance 😄 Sorry about that! Try verifying your game files in the launcher. ^LM",
     "@game my guy has been T-posing in the tavern for three days straight. is he ok. should I call someone"),
    ("@nomad haha the void claims another! 😄 Sounds like a bug, thanks for letting us know. ^TM",
     "@game my guy fell through the floor in the keep and is now just vibing in the void. should I be worried 😂"),
    ("@sam_p Haha, sounds like the dog's enjoying it! 😂 Sorry about that. Please DM us your order number. ^AB",
     "@food your rider left my curry on next door's step and their dog has been guarding it for 20 mins. do i get a "
     "refund or do i negotiate with the dog"),
])
def test_a_laugh_with_someone_offering_an_absurd_alternative_stays(draft: str, customer: str) -> None:
    assert check(draft, customer).rewrite == draft


def test_laughing_along_with_a_whimsical_complaint_keeps_the_laugh() -> None:
    draft = "@sam_d Haha, love it! 🦢 It could be the steering rack. We'd recommend booking a check with your dealer. ^ZM"
    rewrite = check(draft, "@motors my 2022 hatchback now makes a noise like an angry goose when I turn left. Is this "
                           "a feature? Is there a goose-free software update?").rewrite
    assert rewrite == draft, rewrite


def test_a_reply_that_has_opened_an_emergency_case_gets_no_crisis_line() -> None:
    draft = ("Dear Susan, I'm so sorry, that must be frightening so far from home. I've opened an emergency medical case "
             "for you, reference MED-40921. Please give the hospital our 24-hour assistance number, +44 20 3984 5100.")
    result = check(draft, "I'm writing from a hospital in Malaga. My husband collapsed yesterday, they say it's a heart "
                          "attack. He's stable now but the hospital is asking how we'll pay. I'm on my own and frightened.")
    assert "E502" not in result.analysis.rules and result.rewrite == draft, result.rewrite


def test_a_reply_that_jokes_then_says_seriously_though_gets_no_sorry_in_front() -> None:
    draft = ("@max_p He's fine, he's on a spiritual journey 🫡 Seriously though, that's the physics bug from the last patch. "
             "Which map were you on? ^LM")
    assert check(draft, "@game my archer just floated into the sky and never came back. is he ok. does he have "
                        "family").rewrite == draft


def test_laughing_along_with_a_customer_who_laughs_first_is_not_mockery() -> None:
    draft = ("@jo 😂 a free upgrade to 'the tank'! If parking's a pain, pop back to the desk and they'll swap it for "
             "a compact at no charge. ^LR")
    result = check(draft, "@hire you gave me a 9-seater van instead of a compact lol. not complaining, my kids call it "
                          "'the tank' 😂 just nowhere to park it")
    assert "E405" not in result.analysis.rules
    assert "the tank" in result.rewrite


@pytest.mark.parametrize("draft", [
    "@rob Hey Rob! Have you tried turning your phone off and on again? 📱✨ ^Kai",
    "@rob Hey Rob! Have you tried turning your phone off and on again? 📱 ✨ ^Kai",
])
def test_emoji_cut_before_the_initials_leave_a_space_before_them(draft: str) -> None:
    rewrite = check(draft, "4 days with no signal. I can't call my mum, who's in hospital. Absolute joke.").rewrite
    assert "📱" not in rewrite and rewrite.endswith("again? ^Kai"), rewrite


def test_hope_to_see_you_again_soon_goes_to_someone_in_hospital_because_of_us() -> None:
    result = check("So sorry your order wasn't quite right. We've refunded it in full. Hope to see you again soon!",
                   "I wrote NUT ALLERGY in the notes and there were nuts in it. My son reacted and we're in A&E now.")
    assert "see you again" not in result.rewrite and "refunded" in result.rewrite


def test_a_long_clause_is_said_back_without_the_reason_it_gives() -> None:
    moment = their_moment("Our dog Biscuit was put to sleep yesterday after the cancer treatment stopped working. I need "
                          "to cancel his policy.")
    assert moment is not None and "Biscuit" in moment and "treatment" not in moment


def test_im_afraid_i_need_to_is_politeness_not_fear() -> None:
    customer = read_customer("I've given £10 a month for years but I'm retiring, so I'm afraid I need to cancel my "
                             "direct debit.")
    assert customer.feeling is None


def test_a_receptionist_who_put_the_phone_down_is_never_said_back_as_a_thing() -> None:
    moment = their_moment("rang at 8am, on hold 45 mins, then the receptionist snapped that there's 'nothing left "
                          "today' and put the phone down. My 2yo has a temperature")
    assert moment is None or "put the phone was" not in moment


def test_hope_this_helps_and_have_a_great_day_goes_to_someone_bereaved() -> None:
    result = check("To close the account we'll need a copy of the death certificate. Hope this helps and have a great "
                   "day! 😊", "My mother died last month and I need to close her broadband account.")
    assert "great day" not in result.rewrite and "death certificate" in result.rewrite


def test_no_problem_still_reassures_an_older_customer_asking_for_help() -> None:
    result = check("Hi, no problem. A red light on the box means it has lost its connection: unplug it for a minute "
                   "and plug it back in.", "hello my grandson set up the new box but now the tv doesnt work. i am 86.")
    assert "no problem" in result.rewrite.lower()


def test_a_daughter_who_passed_her_driving_test_is_good_news_not_a_death() -> None:
    result = check("Congratulations to her! You can add her as a named driver in your account under 'Drivers'.",
                   "Hi, my daughter passed her test last week. How do I add her to my car insurance?")
    assert "bereavement" not in read_customer("Hi, my daughter passed her test last week.").stakes.kinds
    assert "loss" not in result.rewrite and "sorry" not in result.rewrite.lower()


def test_a_misspelt_word_is_never_said_back() -> None:
    moment = their_moment("internet been down since yesterday morning agian. i work from home and ive lost a days pay.")
    assert moment is None or "agian" not in moment
    assert their_moment("internet been down since yesterday morning again. i work from home.") is not None


@pytest.mark.parametrize("message", [
    "no signal since 7am?? can't call, can't text, can't do anything",
    "I missed my credit card payment this month. My hours at work have been cut.",
])
def test_a_clause_that_names_nothing_or_their_own_lapse_is_not_said_back(message: str) -> None:
    moment = their_moment(message) or ""
    assert moment and "can't do anything" not in moment and "missed your credit card payment" not in moment


def test_confused_why_you_always_is_a_complaint_not_confusion() -> None:
    message = "Still confused why you keep putting old trains with broken heaters on my line. Crappy service. Pathetic"
    ack = acknowledgement(read_customer(message), message, 0, apologise=True)
    assert ack is None or "confusion" not in ack and "confusing" not in ack


def test_a_hire_car_that_died_on_the_motorway_is_a_breakdown_not_a_bereavement() -> None:
    assert "bereavement" not in read_stakes("your fiesta has just died on the m62 westbound, kids in the back".lower()).kinds
    assert "bereavement" in read_stakes("my dad died on the way to hospital".lower()).kinds


def test_a_clause_said_back_never_ends_on_and() -> None:
    moment = their_moment("I'll miss my loan repayment this month. My hours got cut at work and after rent I have £30 "
                          "left.")
    assert moment is not None and not moment.rstrip(".").endswith(" and")


def test_plain_words_for_an_acronym_take_the_right_article() -> None:
    result = check("Your repair is booked with an SLA of 3-5 working days.", "My phone line has not worked since Friday.")
    assert "an service" not in result.rewrite


def test_a_cheery_closer_that_shares_a_sentence_with_a_link_after_an_emoji_goes() -> None:
    result = check("Hi there! We're sorry your train was cancelled. Your options are at example.com/disruption 😊 Have "
                   "a lovely day! 🚆", "My train was cancelled with no warning and I'm going to miss my dad's funeral. "
                   "Disgraceful.")
    assert "lovely day" not in result.rewrite and "example.com/disruption" in result.rewrite


def test_running_out_of_medicine_is_trouble_but_a_bare_run_out_is_not_said_back() -> None:
    message = "The pharmacy keeps saying my patches are out of stock. I've now run out. What am I supposed to do?"
    assert read_customer(message).problem
    moment = their_moment(message)
    assert moment is not None and "out of stock" in moment and not moment.rstrip(".").endswith("run out")


def test_a_greeting_with_an_initial_keeps_the_whole_name_together() -> None:
    result = check("Dear R. Okonkwo,\n\nThe account is still open because the certificate was not scanned.\n\nRegards,\n"
                   "Council Tax", "My father died in March and I have sent the death certificate twice.")
    assert "Dear R. Okonkwo," in result.rewrite and "Dear R. I" not in result.rewrite


def test_a_stranger_who_collapsed_at_the_gym_is_a_report_not_the_customers_crisis() -> None:
    customer = read_customer("A member collapsed on the rowing machine last night. Staff were quick, but the defibrillator "
                             "cabinet was locked. Please look into it.")
    assert customer.stakes.crisis is None


def test_fear_of_having_no_heating_tonight_is_not_a_hazard_now() -> None:
    assert "safety" not in read_stakes("i'm scared the meter runs out tonight and we'll have no heating".lower()).kinds


def test_a_driver_who_made_someones_whole_day_is_praise() -> None:
    customer = read_customer("Just wanted to say the driver on the 9:15 waited for my mum and carried her bag to a seat. "
                             "Made her whole week.")
    assert customer.praise and not customer.problem


def test_the_count_of_times_is_not_said_back_after_the_trouble() -> None:
    moment = their_moment("BROADBAND DOWN AGAIN 4TH TIME THIS MONTH. i work from home")
    assert moment is not None and "time this month" not in moment


def test_a_customer_joking_about_a_glitch_gets_no_sorry_in_front_of_the_reply() -> None:
    result = check("Type /unstuck in chat to be moved to the last safe spot.",
                   "I've been stuck in the wall on the harbour level for 15 mins. I live here now. Send snacks.")
    assert "sorry" not in result.rewrite.lower()


def test_a_power_cable_down_in_a_park_gets_a_power_line_warning_and_no_sorry_for_the_hazard() -> None:
    result = check("Thank you for reporting this. You can log faults with overhead lines on our website.",
                   "A tree has come down in the storm and pulled an overhead power cable with it. The cable is lying "
                   "across the path by the playground.")
    assert "E501" in result.analysis.rules
    assert "fuse box" not in result.rewrite and "treat it as live" in result.rewrite
    assert "sorry to hear the cable" not in result.rewrite.lower()


def test_days_of_medicine_left_are_why_it_is_urgent_not_what_to_be_sorry_for() -> None:
    moment = their_moment("Third time I've come in for my repeat prescription and it's still not ready. I've got 2 days "
                          "of my epilepsy meds left.")
    assert moment is None or "left" not in moment


def test_thanks_for_understanding_goes_with_the_continued_support_joined_to_it() -> None:
    result = check("Your new price starts at your next renewal.\n\nWe appreciate your understanding and your continued "
                   "support.\n\nBest regards,\nBilling", "You've put our plan up from $29 to $49 with 30 days' notice. "
                   "That's outrageous.")
    assert "continued support" not in result.rewrite and "And your" not in result.rewrite


def test_not_even_being_able_to_call_999_is_not_a_medical_emergency() -> None:
    assert read_customer("No signal anywhere in town since 9am, can't even call 999 on wifi. What's going on?").stakes.crisis \
        is None


def test_what_was_owed_and_none_of_it_your_fault_are_kept() -> None:
    draft = ("The engineer was moved by our planning team at 7am, and you should have been called, but you weren't. None "
             "of that is your fault. I've booked the first slot on Monday.")
    result = check(draft, "Third time an engineer hasn't turned up for my installation. I took the day off again.")
    assert "E401" not in result.analysis.rules
    assert "should have been called" in result.rewrite and "None of that is your fault" in result.rewrite


def test_because_you_didnt_before_good_news_is_not_blame() -> None:
    result = check("Because you didn't move any money, your savings should be where they were. I've put a note on "
                   "your account.", "Someone rang saying they were from your fraud team and asked me to move my "
                   "savings. I'm 84 and frightened.")
    assert "Because you didn't move any money" in result.rewrite


def test_a_delay_in_quotes_is_the_boards_claim_not_their_wait() -> None:
    ack = acknowledgement(read_customer('Love how the 08:10 has said "delayed 5 mins" for 40 minutes now. Great stuff 👏'),
                          "seed", 0, apologise=True)
    assert ack is None or "5-minute" not in ack


def test_just_kidding_goes_with_the_joke_at_their_expense() -> None:
    result = check("@knightfan lol have you tried not walking into walls? 😜 jk, type /unstuck and you'll be moved.",
                   "my knight has been stuck inside a wall in the caves for an hour and it's really annoying")
    assert "jk" not in result.rewrite.lower() and "/unstuck" in result.rewrite


@pytest.mark.parametrize(("message", "absent"), [
    ('I\'ve had two emails saying it\'s been "delayed due to supply issues" and nothing since.', "it's been"),
    ("my acount got banned for cheating and i never cheated", "acount"),
    ("Tracking says delivered but nothing came. Neighbours haven't got it either.", "either"),
])
def test_a_clause_cut_short_misspelt_or_leaning_on_another_is_not_said_back(message: str, absent: str) -> None:
    moment = their_moment(message) or ""
    assert not moment.rstrip(".").endswith(absent) and absent not in moment.split()


def test_your_responsibility_to_do_something_goes_with_its_sentence_not_alone() -> None:
    result = check("Purchases need confirmation. As the account holder, it's your responsibility to manage access to "
                   "payment methods on your devices. I can't refund this one.",
                   "My 8 year old spent £90 on coins in your game with my card. Can I get it back?")
    assert "As the account holder, to manage" not in result.rewrite and "responsibility" not in result.rewrite


def test_a_clause_about_it_with_no_it_named_is_not_said_back() -> None:
    moment = their_moment("I'm on a prepayment meter and I've had £0 on it since last night. I get paid on Friday.")
    assert moment is None or " on it" not in moment


@pytest.mark.parametrize("customer", [
    "You sent me the wrong size AGAIN. I ordered a medium and got a small, I'm so fed up.",
    "The courier left the wrong parcel at my door, it's addressed to someone else. Really annoying.",
])
def test_something_we_got_wrong_is_acknowledged_as_a_mix_up(customer: str) -> None:
    rewrite = check("Please leave it in its packaging and book a return in the portal.", customer).rewrite
    assert "mix-up" in rewrite.split(".")[0], rewrite


@pytest.mark.parametrize("customer", [
    "lost 40 ranked points to a server crash. my rank has died, funeral is tuesday 💀 can I get them back?",
    "my win streak died tonight thanks to your servers 😂 40 points gone. compensation?",
    "my condolences to my K/D ratio 😭 servers crashed again, lost 40 points",
])
def test_a_joke_about_lost_points_gets_no_condolences(customer: str) -> None:
    result = check("Points lost to server issues can't be restored.", customer)
    assert "E503" not in result.analysis.rules
    assert "loss" not in result.rewrite.lower() and "condolences" not in result.rewrite.lower(), result.rewrite


def test_someone_who_laughs_while_telling_of_a_death_is_still_bereaved() -> None:
    result = check("Please send us the death certificate.", "lol my grandma died and your app still sends her birthday "
                                                             "offers every week 😭")
    assert "E503" in result.analysis.rules


def test_owning_that_the_customer_should_have_heard_it_from_us_is_kept() -> None:
    draft = ("Hi James,\n\nI'm sorry, you should have heard this from us before the board went up. Your tenancy runs "
             "until 31 August next year, and a sale doesn't change that.\n\nBest,\nSophie")
    result = check(draft, "The agent has put a 'For Sale' board up outside. Are we being evicted? My kids are settled "
                          "here.")
    assert "E401" not in result.analysis.rules
    assert "heard this from us" in result.rewrite


@pytest.mark.parametrize(("draft", "customer", "gone", "kept"), [
    pytest.param("Appointments may need to be rescheduled due to high volumes of claims.\n\nPlease be aware that "
                 "abusive language towards our staff will not be tolerated.\n\nClaims Team",
                 "Your assessor has cancelled on me THREE times. Claim HC-88210. Family of five and no kitchen. This "
                 "is disgraceful.", "tolerated", "Claims Team", id="a warning about abuse to someone who used none"),
    pytest.param("Dear Mrs Obi,\n\nWe have spoken to the girls involved. We encourage students to be resilient in "
                 "these situations.\n\nHead of Year 8",
                 "My son has come home crying again because boys in his class keep taking his bag. Third time I've "
                 "reported it. I'm so upset.", "resilient", "spoken to the girls",
                 id="pupils should be resilient, to a bullied child's parent"),
    pytest.param("Results are released once the clinician has reviewed them.\n\nPlease do not contact the clinic "
                 "repeatedly as this delays responses to all patients.\n\nWestbrook Surgery",
                 "I had a biopsy 16 days ago and nobody has called. I've rung three times. I'm not sleeping.",
                 "repeatedly", "clinician has reviewed", id="don't keep calling us, to an anxious patient"),
    pytest.param("Results are released once a clinician has reviewed them. It is not appropriate to chase results via "
                 "this inbox, and patients should be aware that timescales are estimates only.",
                 "I had bloods taken 8 days ago and was told 3 days. Nobody has called. I'm really worried.",
                 "appropriate", "clinician has reviewed", id="it is not appropriate to chase, to a worried patient"),
    pytest.param("Patients are seen according to clinical need. Abuse towards our staff will not be tolerated.",
                 "Been in your waiting room 5 hours with my son who has a fever and nobody has checked on him. A joke.",
                 "tolerated", "clinical need", id="abuse won't be tolerated, to a parent who was not abusive"),
    pytest.param("Repeat prescriptions take 3 working days. You should order your medication in good time.",
                 "need my repeat prescription sent to the chemist today, I've run out and I'm away from tomorrow.",
                 "good time", "3 working days", id="order in good time, to someone who has run out"),
    pytest.param("The reminder was sent automatically by our system. To avoid this in future, clients should inform "
                 "reception when a pet is deceased. I have now updated the record.",
                 "Our dog was put to sleep at your practice last Friday. Today you texted to say his booster is due. "
                 "Please remove him from your system.", "inform reception", "updated the record",
                 id="clients should tell us, to a grieving owner"),
    pytest.param("Your case is open with our baggage team. Please note that medicines must always be packed in your "
                 "cabin bag.\n\nNadine", "Flight 442 landed 2 days ago and my case still isn't here. My heart tablets "
                 "are in it.", "cabin bag", "baggage team", id="medicine belongs in the cabin bag, to a lost case"),
])
def test_a_lecture_to_someone_something_went_wrong_for_goes(draft: str, customer: str, gone: str, kept: str) -> None:
    result = check(draft, customer)
    assert "E407" in result.analysis.rules
    assert gone not in result.rewrite and kept in result.rewrite, result.rewrite


def test_the_same_warning_is_the_right_boundary_for_someone_who_was_abusive() -> None:
    result = check("Abusive language towards our staff will not be tolerated. I can help with the claim once we can "
                   "talk calmly.", "you useless idiots, where is my assessor")
    assert "E407" not in result.analysis.rules


def test_a_calm_bug_report_thanked_and_passed_on_is_acknowledged_already() -> None:
    draft = ("Thanks for the report @mira. I've passed this to the QA team. Please also file it in the in-game bug "
             "reporter so it can be tracked.")
    result = check(draft, "@Mods the boss in the east tower is stuck inside a wall after phase 2, we can't hit it, "
                          "wiped 3 times. patch 2.4. clip attached")
    assert not {"E101", "E104"} & set(result.analysis.rules)
    assert result.rewrite == draft


def test_shorthand_without_an_article_is_said_back_with_one() -> None:
    rewrite = check("Thank you for contacting us. Please visit our website for information on your booking.",
                    "Stuck in passport queue at Gatwick North, boarding in 20 mins. Will you hold the gate?? Pls "
                    "answer fast").rewrite
    assert "passport queue" in rewrite and "in passport queue" not in rewrite, rewrite


def test_reading_lessons_about_a_letter_go_without_leaving_that_letter_dangling() -> None:
    draft = ("Dear Mr Penn, it is important that customers read the letter enclosed with their new card, as this "
             "explains the process. As stated in that letter, you should activate the new card and destroy the old "
             "one.")
    rewrite = check(draft, "I've been sent a new card but the old one still works. Which one do I use? I don't want to "
                           "do the wrong thing.").rewrite
    assert "read the letter" not in rewrite and "that letter" not in rewrite, rewrite
    assert "activate the new card and destroy the old one" in rewrite


def test_someone_about_to_run_out_of_medicine_hears_the_urgency_and_no_tip_for_next_time() -> None:
    result = check("We are experiencing high call volumes. Repeat prescriptions take 48-72 hours to process. You "
                   "should have ordered earlier.",
                   "I've been on hold for 40 minutes trying to get a repeat prescription for my asthma inhaler. I run "
                   "out on Friday. This is dangerous.")
    first = result.rewrite.split(".")[0]
    assert "inhaler" in first and "urgent" in first, result.rewrite
    assert "ordered earlier" not in result.rewrite and "next time" not in result.rewrite.lower()


@pytest.mark.parametrize(("draft", "opening"), [
    ("Hi @VexRunner_77, this is Player Support. Bans are issued by our automated anti-cheat system. You can appeal in "
     "Settings.", "Hi @VexRunner_77, this is Player Support. "),
    ("Hi Tom, it's Dana from Billing. You can appeal the ban in Settings.", "Hi Tom, it's Dana from Billing. "),
])
def test_an_acknowledgement_goes_after_the_greeting_and_who_is_writing(draft: str, opening: str) -> None:
    rewrite = check(draft, "my account got banned for 'cheating' and I don't even know what a cheat program is. 400 "
                           "hours gone. so annoyed").rewrite
    assert rewrite.startswith(opening) and rewrite != draft, rewrite


def test_sorry_you_want_to_leave_us_to_someone_who_lost_their_job_gives_way_to_care() -> None:
    result = check("I'm sorry to hear you want to leave us! Cancellations must be made 7 days before delivery, so "
                   "Friday's box will still be charged.",
                   "I was made redundant last month and need to cancel my veg box. I can't afford £30 a week any more.")
    assert "E503" in result.analysis.rules
    assert "leave us" not in result.rewrite and "Friday's box" in result.rewrite, result.rewrite


def test_a_child_who_can_t_go_on_a_school_trip_is_not_a_crisis() -> None:
    assert read_stakes("my son has been told he can't go on the year 7 residential. he's very upset.").crisis is None
    assert read_stakes("i honestly can't go on like this.").crisis == "self-harm"


def test_hoping_their_dog_is_not_in_pain_already_acknowledges_them() -> None:
    draft = ("Hi Harriet,\n\nPoor Poppy, I hope she's not in too much pain. Ask your vet to send us the estimate, "
             "quoting PET-66109, and we'll reply within 2 working days.\n\nLeon")
    result = check(draft, "My dog Poppy needs knee surgery, £4,300. I'm terrified the claim will be refused. Should I "
                          "go ahead?")
    assert "E503" not in result.analysis.rules and result.rewrite == draft


def test_engineers_working_on_a_power_cut_is_not_care_for_someone_whose_mum_is_on_oxygen() -> None:
    result = check("Hi, we're aware of a power cut in the LS6 area and engineers are working to restore supplies as "
                   "soon as possible. You can check updates at gridco.co.uk/powercut 👍",
                   "@GridCo power's been out in LS6 for 6 hours, my mum is on oxygen at home and the backup battery is "
                   "running low. when is it coming back?")
    assert "E503" in result.analysis.rules
    assert "oxygen" in result.rewrite.split(".")[0], result.rewrite


@pytest.mark.parametrize(("draft", "customer"), [
    ("On it. Your passport expiry date was wrong on your profile, which I've corrected. The pass is in the app.",
     "gate closes in 20 min and I still haven't got a boarding pass, online check-in says 'unable to process', booking "
     "TR9M4L"),
    ("Hi Priya — on it. The charge was flagged as unusual. I've approved it, so please ask them to try again now.",
     "card declined at a hotel in Lisbon, trying to check in, they're waiting. card ends 9920. help"),
    ("Done, Jamie. Your subscription is cancelled and you won't be charged the £10.99 at midnight. – Kofi",
     "need to cancel my sub before it renews at midnight, im on a train and the app won't load"),
    ("Hi Kieran,\n\nThanks for chasing — here's where it stands. The inspection was done on 3 June and the only "
     "deduction is £65 for an oven clean.\n\nNaomi",
     "Hi, I moved out on 31 May. I haven't heard anything about my £1,150 deposit yet. Can you let me know where "
     "things are?"),
])
def test_a_calm_snag_fixed_or_answered_on_the_spot_gets_no_sorry_in_front(draft: str, customer: str) -> None:
    assert check(draft, customer).rewrite == draft


@pytest.mark.parametrize(("draft", "rule"), [
    ("Hi Sam,\n\nAs per your request, the refund of £42 went to the card ending 4411 on 3 May.\n\nKind regards,\nLee",
     "E406"),
    ("Please be advised that the refund of £42 went to the card ending 4411 on 3 May.", "E406"),
    ("Your refund of £42 is with our L2 team and went to the card ending 4411 on 3 May.", "E403"),
])
def test_stiff_wording_alone_is_named_but_the_draft_comes_back_as_it_was(draft: str, rule: str) -> None:
    result = check(draft, "Did you send my refund? I can't see it.")
    assert rule in result.analysis.rules
    assert result.rewrite == draft and not result.explanation


def test_good_news_too_goes_whole_not_leaving_too() -> None:
    rewrite = check("I've set up an exchange for a size 10 on order RT-5582. Good news too: the 10 is in stock in the "
                    "same colour.", "You sent the wrong size AGAIN. This is ridiculous, I needed them for "
                    "Saturday.").rewrite
    assert "Too:" not in rewrite and "the 10 is in stock" in rewrite.lower(), rewrite


def test_worrying_they_ruined_it_themselves_is_not_strong_feeling() -> None:
    customer = read_customer("Ugh I ordered a 9 instead of a 10. I tried them on. Can I still swap them or have I "
                             "ruined it by trying them?")
    assert not customer.intense


def test_no_safety_line_in_front_of_a_reply_that_switched_it_off_and_fenced_it() -> None:
    draft = ("Thank you, that's dangerous and I'm glad you spoke up. I've switched it off at the wall, unplugged it "
             "and put an out-of-order barrier round it.")
    result = check(draft, "treadmill 3 has a frayed cable sparking at the plug. someone was about to use it")
    assert "E501" not in result.analysis.rules and result.rewrite == draft


def test_hoping_to_welcome_them_on_board_soon_goes_for_someone_flying_to_a_funeral() -> None:
    rewrite = check("We do not offer bereavement fares. All fares are on our website.\n\nWe hope to welcome you on "
                    "board soon!\n\nCustomer Care",
                    "My brother died suddenly and I need to fly out this week for the funeral. Do you offer "
                    "bereavement fares?").rewrite
    assert "welcome you on board" not in rewrite, rewrite


@pytest.mark.parametrize(("message", "said_back"), [
    ("@x 4 DAYS. My bag has been missing for 4 DAYS. Absolutely pathetic.", "missing for 4 days"),
    ("I applied for my licence renewal 6 weeks ago and heard nothing. Am I allowed to drive?",
     "you haven't heard anything"),
])
def test_shouted_or_clipped_words_are_said_back_plainly(message: str, said_back: str) -> None:
    moment = their_moment(message)
    assert moment is not None and said_back in moment, moment


def test_tablets_running_out_come_before_the_wait_for_a_call_back() -> None:
    rewrite = check("The prescription team deals with requests within 72 hours. Please resubmit via the online form.",
                    "I've been waiting 3 weeks for a call back about my prescription. I'm running out of my blood "
                    "pressure tablets.").rewrite
    assert "tablets" in rewrite.split(".")[0] and "3 weeks" not in rewrite, rewrite


def test_hinting_the_customer_filled_the_form_in_wrong_is_blame_and_goes() -> None:
    result = check("Requests are dealt with within 72 hours. If you have not heard back it may be that your request "
                   "was not submitted correctly. Please resubmit via the online form.",
                   "I've been waiting 3 weeks for a call back about my repeat prescription. Nobody has rung.")
    assert "E401" in result.analysis.rules
    assert "submitted correctly" not in result.rewrite and "resubmit via the online form" in result.rewrite


@pytest.mark.parametrize(("draft", "customer"), [
    ("Hi, no problem at all! I've updated booking 77-2041 and resent the confirmation — you should have it within a "
     "few minutes. See you on the 19th!",
     "I entered my old email when booking the hotel for next weekend (booking 77-2041). Can you fix it?"),
    ("Dear Mr Asante,\n\nNot obvious at all, and you're not the only one who asked! The first letter had last year's "
     "price by mistake. The trip is £190.\n\nJenny",
     "I'm a bit confused: one letter says £265 for the trip and another says £190? Sorry if I've missed something "
     "obvious."),
    ("I understand how stressful this is with your flight so close. I've checked 8820-4413: your application is "
     "approved and being printed.",
     "I've been waiting 3 weeks for my passport renewal. My flight is in 9 days. I'm panicking."),
    ("Hi Jess, you're not making a fuss at all, and I'm glad you told me early. Today I'll ask Mr Singh to keep an eye "
     "out at lunch.",
     "Our son Alfie has been quite upset and has no one to play with at lunch. I don't want to make a fuss but I'm "
     "worried."),
    ("Hi Raj, I completely understand wanting to know for sure. Dr Fenwick reviewed your results yesterday: they're "
     "normal, which is why no one called.",
     "It's Friday and no one has called about my blood test. Does that mean it's fine? I'm quite anxious."),
    ("Hi Dean, no problem. Moved you to Fri 3:30pm with Hannah, same clinic. Reply C to confirm.",
     "can i move my physio appt tmrw 10am to any time fri? stuck at work. - Dean"),
    ("No problem, Rhys, I've cancelled Thursday 10:30 (no charge). Next week I've got Tuesday 8am or Friday 12:15. Which "
     "suits?", "hi can I move my physio appt on thurs 10:30 to next week? work's gone mad. Rhys"),
    ("Hi Amira, yes, you've caught it in time. Reply with the new address and I'll update NX-2204 before it leaves "
     "tonight.", "Can I change my delivery address? The parcel hasn't been dispatched yet. Ref NX-2204."),
    ("Hello Walter,\n\nYes, there's definitely a way, and it's easy. You can renew in person at the Travel Centre with "
     "your current pass.\n\nEleanor",
     "My bus pass expires at the end of the month. I am 79. Last time my son did it online but he has moved away. Is "
     "there a way to renew without the internet?"),
])
def test_a_good_reply_is_not_mistaken_for_blame_a_brush_off_or_a_stock_line(draft: str, customer: str) -> None:
    assert check(draft, customer).rewrite == draft


def test_also_goes_from_the_sentence_after_a_cut_one() -> None:
    rewrite = check("Hello. For future reference, please never share your card details with anyone you don't trust. We "
                    "also recommend checking your statements regularly. Call the number on the back of your card.",
                    "someone just tried to take £640 from my account at a shop in leeds. i'm in bristol. what do "
                    "i do").rewrite
    assert "share your card details" not in rewrite and "We recommend checking" in rewrite, rewrite


def test_a_family_broken_down_on_the_hard_shoulder_hears_how_to_keep_safe_first() -> None:
    result = check("Thank you for contacting us. Breakdown details are in your rental agreement in the glovebox.",
                   "My hire car broke down on the M5 near junction 12. I'm on the hard shoulder with two kids. What "
                   "do I do?")
    assert "E501" in result.analysis.rules
    assert "traffic" in result.rewrite.split(".")[0], result.rewrite


def test_running_late_in_traffic_is_not_a_roadside_emergency() -> None:
    result = check("Hi Rachel, thanks for the heads-up. Yes, come in: I've told Dr Mehta.",
                   "appt at 10:20 with Dr Mehta, stuck on the A34, might be 15 min late. still ok to come?")
    assert "E501" not in result.analysis.rules and "traffic" not in result.rewrite


def test_someone_already_safe_behind_the_barrier_needs_no_safety_line() -> None:
    result = check("Yes, I've extended your hire to Friday at no cost.",
                   "My car broke down on the M5 and I'm safe behind the barrier, the AA are on the way. Can you "
                   "extend my hire by a day?")
    assert "E501" not in result.analysis.rules


def test_a_cheaper_plan_and_sorry_to_see_you_go_is_not_care_for_someone_who_lost_their_job() -> None:
    result = check("Hi Tom,\n\nSorry to hear you want to leave us! Before you go, why not try our Lite plan for just "
                   "£24.99?\n\nIf you still want to cancel, please call our Retention Team on 0330 123 "
                   "4567.\n\nGreenBox",
                   "I lost my job last month and need to cancel my meal kit subscription. Please just cancel it. Tom")
    assert "E503" in result.analysis.rules
    assert "leave us" not in result.rewrite, result.rewrite


def test_an_exclamation_mark_to_someone_bereaved_is_named_not_rewritten_on_its_own() -> None:
    draft = "Hi,\n\nI'm so sorry about your dad. Please bring the death certificate to any store!\n\nVortel"
    result = check(draft, "My dad passed away last month. I need to close his mobile contract. What do you need from "
                          "me?")
    assert "E107" in result.analysis.rules and result.rewrite == draft


def test_asking_an_upset_customer_to_refrain_from_capitals_is_a_lecture() -> None:
    rules = check("Refrain from using capital letters. Can you send your booking reference?",
                  "I've been awake 22 hours and missed my connection. WHAT are you going to do about "
                  "it??").analysis.rules
    assert "E407" in rules


def test_a_cut_that_would_leave_this_form_pointing_at_nothing_is_not_made() -> None:
    rewrite = check("The estimate was an estimate only and it is clearly stated on the consent form that the final cost "
                    "may vary. You signed this form. Payment is due within 14 days.",
                    "I was quoted £350 for my dog's dental and the invoice is £612. Nobody phoned me. I'd like an "
                    "explanation.").rewrite
    assert "consent form" in rewrite or "this form" not in rewrite, rewrite


def test_someone_whose_grandmother_is_dying_gets_care_not_condolences() -> None:
    result = check("We do not offer bereavement fares. All fares are on our website.",
                   "My grandmother is dying in Dublin and I need to get there tomorrow. Do you have any bereavement or "
                   "compassionate fares?")
    assert "E503" in result.analysis.rules
    assert "loss" not in result.rewrite.lower() and "condolences" not in result.rewrite.lower(), result.rewrite


def test_for_this_reason_goes_with_the_blame_it_pointed_back_to() -> None:
    rewrite = check("Unfortunately it is the customer's responsibility to check payment details before confirming a "
                    "transfer. The app shows a confirmation screen for this reason. We cannot reverse payments once sent.",
                    "I think I made a mistake. I sent £1,200 to my landlord but typed the account number wrong. Can you "
                    "get it back please?").rewrite
    assert "responsibility" not in rewrite and "for this reason" not in rewrite, rewrite
    assert "The app shows a confirmation screen." in rewrite


def test_a_word_they_put_in_quotes_is_not_named_as_the_thing_in_trouble() -> None:
    rewrite = check("Hi Rachel. Cancellations can occur due to illness. Please rebook via the app.",
                    "Your 'premium' cleaner cancelled on me two hours before, AGAIN. Third time. Guests arriving at 6.").rewrite
    assert "premium" not in rewrite.lower(), rewrite


def test_a_reply_cut_down_to_a_bare_sorry_is_not_offered() -> None:
    draft = ("Hi! Sorry to hear about your injury. Did you know our trainers can build adapted programmes? Book a free "
             "consultation in the app. Get well soon!")
    result = check(draft, "Need to freeze my membership from Monday for 6 weeks, broke my wrist. Can you do it?")
    assert result.rewrite == draft


# (rule that must not fire, draft that already does what the customer needs, customer message)
ALREADY_RIGHT: list[tuple[str, str, str]] = [
    # someone who is only confused needs the answer, not a line about their confusion
    ("E104", "Hi Dev, happy to go through it. Your plan has a £60 excess per claim, and we pay 90% of the rest, so for a "
     "£300 bill we'd pay £216.", "I'm confused about how the excess works. The vet charged £300 for Luna's tooth. What "
     "do you pay?"),
    # a calm question to lost property needs an answer, not an apology
    ("E101", "Hello, anything handed in goes to the depot lost property office. You can check online after 48 hours.",
     "I left my keys on the 19 bus yesterday, blue fob on them. Has anyone handed them in?"),
    # a device they have already unplugged needs no evacuation line
    ("E501", "Hi Ana, thank you for telling us. We'll refund order 55120 as soon as it's back with us.",
     "The hair dryer I bought started sparking at the plug and smelled of burning plastic. I've unplugged it. Order "
     "55120."),
    # "stop using it and don't plug it back in" is the safety line
    ("E501", "Please stop using the heater and do not plug it back in. We'll refund you in full.",
     "My fan heater started sparking at the socket and there's a burning smell."),
    # treating a power cut as a priority is the care someone whose dad is on oxygen needs
    ("E503", "Thank you for telling us about your dad, I've marked this as a priority. Engineers are on site and a "
     "generator is on its way to you. If his breathing changes, call 999.",
     "Power cut since 7am. My dad is on a home oxygen concentrator and the backup has 3 hours left. When will it be "
     "back?"),
    # a heads-up, thanked for, is not trouble to apologise for
    ("E101", "Hi Zoe,\n\nThank you for taking the time to tell us, and I'm so glad the puppy was caught. The gate is "
     "bolted and a new latch goes on tomorrow.\n\nBest,\nRaj", "Hi, the spring on the gate at your Park Lane branch "
     "is broken so it doesn't shut. A puppy slipped its lead and ran straight out onto the road. The owner caught it, "
     "thankfully. Thought you should know before something happens. Zoe"),
    # "keep well clear and don't try to move it" is the safety line for a cable hanging down
    ("E501", "Thanks so much for flagging this. We're treating it as urgent and an engineer is due by noon. Until then, "
     "please keep well clear and don't try to move it.", "Hi, I'm on the drive and there's a bit of your cable hanging "
     "down off the pole outside number 12 Mill Lane, it's at head height over the pavement 😬"),
    # heaters on their way and an engineer today keep a cold 84-year-old warm: no "keep warm" line on top
    ("E501", "Dear Mr Appiah,\n\nI'm so sorry you've been without heat. An engineer comes today between 2pm and 5pm, "
     "and if it can't be fixed we'll bring you two oil-filled heaters tonight.\n\nAnna", "Dear Sirs, the boiler has "
     "stopped again. There is no heating or hot water. I am 84 and the flat is very cold. Mr K. Appiah"),
    # a chirping smoke alarm they'd change the battery of themselves is a low battery, not smoke
    ("E501", "Hi, noted. I'll get someone round to change it.", "Hi, the smoke alarm on the landing has started doing "
     "that chirp thing every minute. I'd change the battery myself but it's too high for me 😅"),
    # "you're doing the right thing by getting in touch" reassures someone shaken after an accident
    ("E101", "You're doing the right thing by getting in touch. As long as you're both safe, you don't have to discuss "
     "fault. I've opened a claim on MTR-55120.", "I've just been in a car accident on the A38, no one is hurt but the "
     "other driver is shouting at me and saying it was my fault. I don't know what to do."),
    # "completely understand wanting to check", without its "I", still hears the nervous guest
    ("E104", "Hi Owen, completely understand wanting to check. You're in room 108 on the ground floor, with a roll-in "
     "shower and grab rails. Claire", "I use a wheelchair and I'm nervous because the last hotel's accessible room had "
     "a bath. Can you confirm what I've got?"),
    # a tune "stuck in my head" is no trouble to be sorry for
    ("E101", "Hey! Thanks for the feedback on the new lobby music, we've passed it to the audio team.",
     "yo any way to get the old lobby music back?? the new one is stuck in my head and not in a good way 😭"),
    # "you've done the right thing by getting in touch" already reassures someone scared of bailiffs
    ("E503", "Dear Mr Reid,\n\nPlease try not to worry - you've done the right thing by getting in touch before the "
     "court date. I've put a hold on enforcement while we agree a plan.\n\nPriya", "I owe £612 in council tax arrears "
     "and got a summons. I'm on Universal Credit and can't pay it all at once. I'm scared of bailiffs."),
    # a double charge already refunded, to a calm customer, needs no "sorry" in front of the fix
    ("E101", "Hi there,\n\nThe times let me find both taps straight away. I've refunded the second £3.10, which "
     "reaches your card in 3 to 5 working days.\n\nGrace", "I tapped in at Elm Road this morning and it looks like "
     "I was charged twice, £3.10 at 08:14 and again at 08:15. I only went through once."),
    # heaters dropped off this morning and an engineer today keep an older tenant warm
    ("E501", "Hi Mr Dobson, no trouble at all. An engineer will be with you today between 12 and 2pm, and I'm dropping "
     "off two electric heaters this morning. Beth", "Hello it's Mr Dobson at flat 2. Boiler stopped last night, no "
     "heating or hot water. Very cold. Sorry to trouble you."),
    # a "😭" with nothing wrong is tears of laughter: laughing along is the right reply
    ("E405", "Haha, we can't dispute that one for you! 😄 You can set a budget for Eating Out under Insights. ^PB",
     "@bank your app says I spent £214 on 'Eating Out' this month. I'd like to dispute this with myself 😭"),
    ("E107", "Ha, your knees have our sympathy 😅 31E is a middle seat. Good news though: 14C just opened up and I've "
     "held it for you.", "is seat 31E a middle seat or a punishment? asking for my knees 😭 flight SR604 tomorrow"),
    # "don't worry, this happens more than you'd think" reassures someone embarrassed by their own slip
    ("E101", "Don't worry, this happens more than you'd think! I've switched your number back to your own SIM, so your "
     "signal returns within 10 minutes.", "Ok this is embarrassing. I put MY number on my wife's new SIM by mistake "
     "and now my phone has no signal. Help 🙈"),
    # toes that are "crying" in too-small boots are a joke, not someone in tears: the good news stays
    ("E107", "Ha, happens to the best of us, poor toes! Good news: size exchanges are free. I've set up the swap to a "
     "6.", "totally my fault but I ordered the boots in a 5 not a 6. they came today and my toes are crying. can I swap "
     "for free?"),
    # a thank-you for a cake "that was waiting for us" is praise, not a wait
    ("E108", "Dear Ruth and Ken, what a lovely message, thank you, and congratulations on 40 years! I've passed it to "
     "Ana. Helena", "We stayed in room 8 for our 40th anniversary and wanted to say how touched we were by the card "
     "and the cake that was waiting for us. Ana at reception had clearly listened. It made the whole trip."),
    # "I'd be furious too" already hears someone furious
    ("E104", "Hi Mr Okafor, I'd be furious too if a four-day trip added that much to a bill. I've applied a £268 "
     "credit.",
     "My bill is £312. I was in Portugal for four days and was told roaming was included. I'm furious."),
    # "got you, let's be quick" and the bag already added is the fix, with no sorry in front of it
    ("E101", "Got you, let's be quick. I've added a 23kg bag to booking QZ7HJN. Bag drop is desks 14 to 18, head there "
     "now.", "flight to Lisbon boards in 40 mins, the app won't let me add my bag, says error 502. help"),
    # months left on a contract are no trouble: an excellent answer to a money question is left alone
    ("E101", "Congratulations on the baby! If I move you to our 20GB plan it drops to £31 a month with no fee. Shall I "
     "make the change?", "I've just gone on maternity leave and my income's dropped. My contract is £48 a month with "
     "14 months left. Can I bring it down without paying to leave?"),
    # "as you didn't click anything, you don't need to do anything else" is good news, not blame
    ("E401", "That text isn't from us, it's a scam. As you didn't click or enter anything, you don't need to do "
     "anything else.", "Got a text saying pay a redelivery fee here, with a link. Is this real? I haven't clicked it."),
    # "please don't worry" already answers someone worried
    ("E104", "That text wasn't from us, but please don't worry: call your bank now and they'll stop the card.",
     "Got a text about a customs fee so I paid it. Now I'm worried. Was that real?"),
    # to someone a driver swore at, "we do not tolerate abusive behaviour" is on their side
    ("E407", "I'm so sorry. We do not tolerate abusive behaviour from our drivers, and I've reported this to the "
     "courier team.", "The driver who delivered my order tonight swore at me because I took a minute to come down. I'd "
     "like to report him."),
    # "you should have heard something by now" owns our silence: it is not blame
    ("E401", "Hi Kai,\n\nSorry for the silence. That's on us, and you should have heard something by now. Your £400 "
     "deposit goes back today.\n\nBest,\nLee",
     "I moved out a month ago and haven't heard anything about my deposit. What's happening?"),
    # "please don't hesitate to call 999" is urgency, not a stock line
    ("E406", "I'm really glad your son is OK, and I'm sorry. If he has any more symptoms, please don't hesitate to "
     "call 999 or NHS 111. I've refunded the order.",
     "My son had a reaction to nuts in the curry. He's OK now but it could have been so much worse."),
    # an address in capitals under the sign-off is not shouting
    ("E404", "Dear Mr Jenkins,\n\nYou can have your money back, less a £10 fee. Post the ticket to the address "
     "below.\n\nWith best wishes,\nRuth\nFreepost SVR CUSTOMER RELATIONS",
     "I am 81 and bought a weekly ticket but fell ill and could not travel. Can I get money back?"),
    # a driver changing a beeping smoke alarm's battery is a kindness, not a fire
    ("E501", "Dear Mrs Rowe,\n\nThank you so much for your letter. I've shared it with Kwame and his manager.\n\n"
     "Sophie",
     "I am 88. Your driver Kwame always carries my shopping in, and last week he noticed my smoke alarm beeping and "
     "changed the battery for me. I wanted someone to know."),
    # a pet "plotting my death" is a joke, not a bereavement
    ("E503", "Ha, the classic cat glare 😂 Try hiding the tablet in a little cream cheese.",
     "Gave Mochi his worm tablet. He has now plotted my death and is sulking behind the sofa 😂🐱 Tips for next time?"),
    # what we told them at drop-off is not turned into blame
    ("E401", "Dear Ms Hale,\n\nI'm sorry. A £300 charge is a shock, especially when you were told at drop-off that "
     "everything was fine. I've stopped the charge while we look into it.\n\nBest,\nLaura",
     "I returned the van on Saturday and the staff said all fine. Today £300 was taken for 'damage'. This is a scam."),
]


@pytest.mark.parametrize(("rule", "draft", "customer"), ALREADY_RIGHT)
def test_a_draft_that_already_does_what_the_customer_needs_is_left_alone(rule: str, draft: str, customer: str) -> None:
    result = check(draft, customer)
    assert rule not in result.analysis.rules and result.rewrite == draft


@pytest.mark.parametrize("opening", [
    "It's completely normal to feel nervous, and I'll take you through it.",
    "It's natural to be a bit anxious about your first trip on your own.",
])
def test_saying_their_nerves_are_normal_is_an_acknowledgement(opening: str) -> None:
    draft = f"Hi Sol, {opening} Assistance staff meet you at the desk and stay with you to the gate."
    result = check(draft, "I use a wheelchair and I've never flown alone. I'm scared of being left somewhere. What "
                          "happens at the airport?")
    assert result.rewrite == draft and not APOLOGY.search(result.rewrite.lower())


def test_fear_of_what_might_happen_is_met_with_their_fear_not_sorrow_for_what_they_went_through() -> None:
    rewrite = check("Hi Sol, assistance staff meet you at the desk and stay with you to the gate.",
                    "I use a wheelchair and I've never flown alone. I'm terrified of being left somewhere. What "
                    "happens at the airport?").rewrite.lower()
    assert "going through" not in rewrite and "to deal with" not in rewrite, rewrite


def test_falling_behind_on_loan_repayments_is_money_trouble() -> None:
    assert "hardship" in read_stakes("i'm behind on my car loan repayments since my hours went down.").kinds


@pytest.mark.parametrize("message", [
    "I fell behind with my card because of vet bills. I've missed two. Can we agree a plan?",
    "The app crashed on checkout. I've tried three. None went through.",
])
def test_a_clause_whose_noun_is_in_another_sentence_is_not_said_back(message: str) -> None:
    moment = their_moment(message)
    assert moment is None or not re.search(r"\b(?:two|three)\W*$", moment), moment


def test_the_minute_they_left_something_behind_is_not_said_back() -> None:
    moment = their_moment("My bag was stolen on the 12 tram around 17.45. Has anything been handed in?")
    assert moment is not None and "17.45" not in moment and "tram" in moment, moment


def test_a_claim_under_review_is_not_a_wait_they_told_us_about() -> None:
    rewrite = check("Dear Mr Hale,\n\nReviews are routine and do not mean you have done anything wrong.\n\nYours "
                    "sincerely,\nBenefits Team", "A letter says my Carer's Allowance is under review and I must send "
                    "three months of bank statements. I am 81 and have no printer. Will my money stop? I don't "
                    "understand what I've done wrong.").rewrite.lower()
    assert "wait" not in rewrite, rewrite


def test_a_repayment_they_cannot_make_is_money_trouble_and_not_said_back() -> None:
    message = "I'm off work sick and on sick pay. I can't make the full card repayment this month. Please help."
    assert "hardship" in read_stakes(message.lower()).kinds
    rewrite = check("Your minimum repayment is £90 and is due on the 3rd.", message).rewrite.lower()
    assert "can't make" not in rewrite and "cannot make" not in rewrite, rewrite


def test_the_cold_weather_line_follows_a_bare_sorry_that_points_at_their_message() -> None:
    rewrite = check("Hi Mrs Ross, sorry to hear that. We have logged a repair. Ref R-88.",
                    "My boiler has stopped and I have no heating. It's freezing. Can someone come?").rewrite
    sorry, warm = rewrite.lower().find("sorry to hear that"), rewrite.lower().find("warm")
    assert 0 <= sorry < warm, rewrite


def test_laughing_along_with_a_customer_joking_about_cat_scratches_stays() -> None:
    draft = "😂 Pepper clearly has opinions! Leave the carrier out with a blanket in it for a few days. Hope the " \
            "scratches heal soon!"
    result = check(draft, "Pepper thinks your carrier is a portal to hell and I'm bleeding from two places. Any tips "
                          "before her jab, or should I write my will 😂")
    assert result.rewrite == draft and "to deal with" not in result.rewrite


def test_thanks_for_stopping_a_scam_is_praise_even_with_the_scammers_name_in_quotes() -> None:
    draft = "So glad we stopped it in time! We'll pass your thanks to the fraud team. ^Mo"
    result = check(draft, "Huge thanks to your fraud team for blocking that payment. Nearly lost £2k to a 'Royal Mail' "
                          "text. The lady on the phone was so kind 🙏")
    assert not {"E101", "E104"} & set(result.analysis.rules) and result.rewrite == draft


def test_done_after_the_agent_introduces_themselves_is_the_fix_not_a_cue_for_sorry() -> None:
    draft = "Hi, Priya from FastPost here. Done – it will go to no.9 tomorrow morning."
    result = check(draft, "Missed ur delivery, card says try again tmrw but I'm at work. Can u leave with no.9?")
    assert result.rewrite == draft and not APOLOGY.search(result.rewrite.lower())


@pytest.mark.parametrize("greeting", ["Dear patient,", "Dear passenger,", "Dear tenant,"])
def test_a_salutation_to_a_role_stays_first(greeting: str) -> None:
    rewrite = check(f"{greeting}\n\nResults take up to six weeks.\n\nReception",
                    "It's been 5 weeks since my test and no one has called. I'm really worried.").rewrite
    assert rewrite.startswith(greeting + "\n"), rewrite


def test_a_clause_cut_short_where_their_quote_was_is_not_said_back() -> None:
    moment = their_moment("Third chat now. My internet has dropped every evening since 2 May and each time someone "
                          "'resets the line' and nothing changes.")
    assert moment is None or not moment.endswith("someone"), moment


def test_what_someone_else_told_them_is_not_said_back_as_their_trouble() -> None:
    moment = their_moment("I'm 79 and got a new pass but the reader on the 9 bus beeps red and the driver says it is "
                          "not working. I have had to pay £2 each time.")
    assert moment is None or "says" not in moment, moment


def test_advice_on_finding_a_leak_is_kept_not_cut_as_a_lecture() -> None:
    rewrite = check("Dear Ms Obi,\n\nYour reading shows 140 cubic metres, far above usual, so there may be a leak. We "
                    "recommend checking your supply pipe. An allowance can be claimed once it's fixed.\n\nBilling",
                    "My bill is three times what it normally is. Either you've got it wrong or I have a leak.").rewrite
    assert "We recommend checking your supply pipe." in rewrite, rewrite


@pytest.mark.parametrize("message", [
    "my ranger just walked off a cliff on his own and died lol. bug or has he given up? lost my best bow 🙃",
    "My knight died mid-raid because she stood in the fire haha, is that a known bug?",
])
def test_a_game_character_dying_in_a_joke_gets_no_condolences(message: str) -> None:
    rewrite = check("Thanks for reporting this. We know about a pathing bug in that zone and a fix is coming.",
                    message).rewrite.lower()
    assert "loss" not in rewrite and "condolences" not in rewrite, rewrite


def test_someone_who_died_spoken_of_with_tears_still_gets_condolences() -> None:
    rewrite = check("Please send a copy of the death certificate to accounts@example.com.",
                    "He passed away last night 😭 I need to close his account.").rewrite.lower()
    assert "sorry for your loss" in rewrite, rewrite


def test_an_electric_fire_they_keep_warm_with_is_a_heater_not_a_fire() -> None:
    message = "no heating since sunday and the flat is freezing. i have an electric fire but it costs a fortune to run."
    assert hazard_of(message) == "cold"


def test_an_injury_is_said_back_before_the_silence_that_followed_it() -> None:
    message = ("The rowing machine handle snapped while I was using it and hit me in the face. I needed four stitches. "
               "Staff put a sign on it but I haven't heard anything since.")
    assert "health" in read_stakes(message.lower()).kinds
    moment = their_moment(message)
    assert moment is not None and "stitches" in moment, moment


def test_it_said_back_is_the_whole_thing_they_named_not_the_first_word_of_it() -> None:
    moment = their_moment("I've had my bus pass for years. It has stopped working on the reader. How do I renew it?")
    assert moment is not None and "bus pass" in moment, moment


@pytest.mark.parametrize("message", [
    "I wrote SEVERE NUT ALLERGY in the notes and the curry came with cashews on top. My daughter could have died.",
    "The bar fell off the machine and nearly hit my son in the head. He could've died.",
])
def test_someone_who_could_have_died_is_alive_and_gets_no_condolences(message: str) -> None:
    rewrite = check("Hi, thanks for your feedback. Restaurants prepare the food and we can't guarantee notes are "
                    "followed.", message).rewrite.lower()
    assert "loss" not in rewrite and "condolences" not in rewrite, rewrite


def test_a_greeting_that_thanks_them_in_the_same_sentence_stays_first() -> None:
    rewrite = check("Hello and thank you for contacting Skyway. Please see our Disruption page for your options.",
                    "My flight to Leeds was cancelled and I'm stuck at the gate. What are my options?").rewrite
    assert rewrite.startswith("Hello and thank you for contacting Skyway. "), rewrite


def test_money_trouble_given_as_the_reason_to_stop_writing_is_not_met_with_worry() -> None:
    draft = "Dear Supporter,\n\nWe occasionally contact former donors about our work. You can update your preferences " \
            "online.\n\nKind regards,\nRiver Trust"
    rewrite = check(draft, "I stopped my donation in March and you've sent me 4 letters since. I'm on a pension and "
                           "can't afford it. Stop writing to me.").rewrite
    assert "worry" not in rewrite.lower() and "thank you for telling" not in rewrite.lower(), rewrite


def test_a_bare_flight_code_goes_with_the_on_that_led_to_it() -> None:
    moment = their_moment("My suitcase never arrived on XK418 from Rome on Sunday. Nobody answers the phone.")
    assert moment is not None and " on from" not in moment and "from Rome" in moment, moment


def test_a_car_accident_is_named_as_an_accident_not_trouble_with_the_car() -> None:
    rewrite = check("I've opened a claim on policy MTR-55120. Our claims team will ring you within 2 hours.",
                    "I've just been in a car accident on the ring road, no one is hurt but the other driver is "
                    "shouting at me and saying it was my fault. I don't know what to do.").rewrite.lower()
    assert "trouble with the car" not in rewrite and "accident" in rewrite, rewrite


@pytest.mark.parametrize("brush_off", ["Chasing us will not speed this up.", "Contacting us again won't speed things up.",
                                       "Please note that calling or emailing repeatedly will not speed up the process.",
                                       "Chasing the claim will not speed up the process."])
def test_telling_someone_left_waiting_that_chasing_wont_help_goes(brush_off: str) -> None:
    rewrite = check(f"Deposits are returned in order of receipt. {brush_off} You will hear from us by 30 May.",
                    "It's been 6 weeks since I moved out and my deposit still hasn't come back. Nobody has told me "
                    "anything.").rewrite
    assert "speed" not in rewrite and "by 30 May" in rewrite, rewrite
    assert "process" not in rewrite and "calling or" not in rewrite, rewrite  # nothing of the brush-off is left


def test_a_warning_about_threatening_language_to_someone_who_used_none_goes() -> None:
    rewrite = check("An engineer is booked for Friday. Threatening language will not speed things up.",
                    "Boiler broken 3 days, newborn here, no heating. Sort it out NOW.").rewrite
    assert "Threatening" not in rewrite and "Friday" in rewrite, rewrite


def test_as_explained_at_the_time_of_their_test_goes_whole() -> None:
    rewrite = check("As explained at the time of your test, results take 3 to 5 working days.",
                    "I had a blood test on Monday and nobody has called. I'm anxious about it.").rewrite
    assert "time of your test" not in rewrite.lower() and "Results take 3 to 5 working days." in rewrite, rewrite


def test_a_gift_in_memory_of_someone_who_died_of_an_illness_gets_condolences_and_no_amazing() -> None:
    rewrite = check("Hi! Amazing, thank you! You can send it through our website.",
                    "I'd like to give a donation in memory of my husband Len, who died in May of cancer. His funeral "
                    "collection raised £640. How do I send it?").rewrite
    assert "sorry for your loss" in rewrite and "Amazing" not in rewrite and "going through" not in rewrite, rewrite


def test_lets_deal_with_it_is_the_agent_acting_not_a_brush_off() -> None:
    draft = "I can see how alarming that is - let's deal with it right now. I've frozen your card ending 4417."
    result = check(draft, "There's a £649 payment on my card this morning that I did NOT make. Is my money gone??")
    assert "E402" not in result.analysis.rules and "deal with it" in result.rewrite, result.rewrite


def test_it_looks_like_is_said_of_no_thing_of_theirs() -> None:
    moment = their_moment("I tapped in with my contactless card and it looks like I was charged twice.")
    assert moment is None or "card looks like" not in moment, moment


def test_a_tax_bill_they_dispute_is_not_thanked_as_a_confession_of_money_trouble() -> None:
    rewrite = check("Tax codes are issued based on the information we hold. Contact your employer if it looks wrong.",
                    "A letter says I underpaid tax by £540 and it'll come out of my wages. I only have one job, how "
                    "can I have underpaid? I can't afford to lose that from my pay.").rewrite.lower()
    assert "being open" not in rewrite and "telling me" not in rewrite, rewrite


def test_a_ceiling_that_partly_collapsed_is_a_structural_hazard() -> None:
    stakes = read_stakes("the kitchen ceiling has partly collapsed after the leak upstairs.")
    assert stakes.crisis is None and "safety" in stakes.kinds


def test_keeping_everyone_out_of_a_room_whose_ceiling_fell_in_is_the_safety_line() -> None:
    draft = ("Hi Ben,\n\nThat sounds frightening. First, keep everyone out of the living room and turn off the "
             "electrics at the fuse box if water is near the sockets. I've booked an emergency assessor for today."
             "\n\nKaren")
    result = check(draft, "Water came through from the flat above overnight. The living room ceiling has partly "
                          "collapsed. I've got a toddler and I don't know if it's safe to stay.")
    assert not {"E501", "E502"} & set(result.analysis.rules) and result.rewrite == draft


def test_a_fee_for_going_overdrawn_is_a_fee_they_dispute_not_money_trouble() -> None:
    assert read_stakes("@bank charged me £25 for going £3.12 overdrawn for one day. daylight robbery.").kinds == ()
    assert "hardship" in read_stakes("i'm overdrawn and can't buy food until friday.").kinds


def test_a_flight_just_cancelled_at_the_gate_is_a_cancellation_not_trouble_with_the_gate() -> None:
    rewrite = check("Hi there, we're sorry for any inconvenience caused. Please check our website. ^DM",
                    "@air flight SL482 to Dublin just CANCELLED at the gate and nobody is at the desk. What are my "
                    "options?").rewrite
    assert "gate" not in rewrite and "cancellation" in rewrite, rewrite


def test_chat_shorthand_s_been_is_said_back_as_has_been() -> None:
    moment = their_moment("@isp internet's been down since 6am in LS6. I work from home. Any ETA?")
    assert moment is not None and "has been down since 6am" in moment, moment


def test_a_benefit_payment_that_has_not_come_is_money_owed_not_a_confession() -> None:
    rewrite = check("Payments can take up to 3 working days to clear. Please check your online journal.",
                    "My Universal Credit was meant to be paid today and nothing's come in. I've got £4 and no food in. "
                    "Ref UC1234.").rewrite.lower()
    assert "being open" not in rewrite and "telling me" not in rewrite, rewrite


def test_a_wheelchair_user_nervous_about_a_flight_is_not_met_with_sorrow_for_all_they_go_through() -> None:
    rewrite = check("Hello, special assistance is on the booking for SV902. Please go to the assistance desk 2 hours "
                    "before departure.", "I booked SV902 for my mum who uses a wheelchair. I ticked the assistance "
                    "box but heard nothing. Will someone be there to help her? She's very nervous.").rewrite.lower()
    assert "going through" not in rewrite and "to deal with" not in rewrite, rewrite


def test_assistance_that_never_came_is_named_as_such() -> None:
    rewrite = check("Special assistance is provided by the airport, not the airline. Please contact the airport.",
                    "My dad (81) was booked with wheelchair assistance at Leeds on Friday. Nobody came. He waited 40 "
                    "minutes at the gate.").rewrite.lower()
    assert "assistance that never came" in rewrite and "going through" not in rewrite, rewrite


def test_a_wait_of_two_digit_minutes_is_a_wait() -> None:
    rewrite = check("Buses on that route run every 20 minutes.", "I waited 45 minutes at the stop in the rain and "
                    "two buses drove past full.").rewrite.lower()
    assert "45-minute wait" in rewrite, rewrite


@pytest.mark.parametrize("message", [
    "The ticket machine was broken so I got a £50 penalty fare. I even took a photo of the machine's error screen.",
    "Fine, I'll pay. But I even took photos of the broken handle at the carousel.",
])
def test_the_evidence_they_gathered_is_not_said_back_as_their_trouble(message: str) -> None:
    moment = their_moment(message) or ""
    rewrite = check("Appeals can be made online within 21 days.", message).rewrite.lower()
    assert "took" not in moment and "kept" not in moment and "error screen" not in rewrite, (moment, rewrite)


def test_which_you_agreed_to_goes_with_the_lecture_it_hangs_on() -> None:
    rewrite = check("Hi, as stated in our terms and conditions, which you agreed to when joining, cancellations must "
                    "be made in person with a form.", "So I can join online in 2 minutes but must cancel in person? "
                    "Very 2025 of you.").rewrite
    assert rewrite.startswith("Hi, cancellations must be made in person"), rewrite


def test_a_greeting_to_a_username_stays_first() -> None:
    rewrite = check("Hello pixelgoose_77, thank you for reaching out. I've sent your appeal to our team, ticket "
                    "GS-2199.",
                    "I'm furious. My account got banned for no reason and I've lost all my skins.").rewrite
    assert rewrite.startswith("Hello pixelgoose_77, thank you for reaching out. I'm"), rewrite
    assert "for no reason" not in rewrite, rewrite


def test_falling_through_a_hole_in_a_game_map_is_not_an_injury() -> None:
    assert "health" not in read_stakes("banned for 'exploiting' because your map has a hole in the wall i fell into. "
                                       "gg.").kinds
    assert "health" in read_stakes("i fell on the wet floor in your store and hurt my wrist.").kinds


def test_dont_submit_duplicates_answers_someone_asking_whether_to_apply_again() -> None:
    rewrite = check("Please visit our website for discounts. Do not submit duplicate applications as this will delay "
                    "processing.", "I applied for the single person discount in October and my bill still shows "
                    "the full £1,842. Have you received my application or do I need to do it again?").rewrite
    assert "Do not submit duplicate applications" in rewrite, rewrite


def test_what_their_service_is_meant_to_be_is_not_said_back_as_the_trouble() -> None:
    moment = their_moment("My broadband is meant to be 150Mb but I'm getting about 40 most evenings. Is that normal?")
    assert moment is None or "meant to be" not in moment, moment


def test_days_of_medicine_left_are_still_trouble_though_months_left_on_a_contract_are_not() -> None:
    rewrite = check("Repeat prescriptions take 3 working days. Please ensure you request your medication in good time "
                    "in future. I have passed this to the prescribing team.", "My repeat prescription for my epilepsy "
                    "meds hasn't gone through and I've only got 2 days left. Requested it 8 days ago.").rewrite
    assert "in good time" not in rewrite, rewrite


def test_praise_for_a_sim_swap_done_in_store_is_praise_not_fear_of_fraud() -> None:
    customer = ("Never thought I'd post something kind about a mobile network, but the lad in your Derby shop did my "
                "SIM swap in five minutes and was dead helpful 👍")
    draft = "Thanks so much for the shout! We're chuffed the team looked after you. Have a great weekend! 🙂"
    result = check(draft, customer)
    assert "fraud" not in read_stakes(customer.lower()).kinds and read_customer(customer).praise
    assert result.rewrite == draft and not result.analysis.rules, (result.analysis.rules, result.rewrite)
    assert "fraud" in read_stakes("someone did a sim swap fraud on my number and emptied my account").kinds


def test_a_complaint_about_how_staff_treated_them_hears_that_and_loses_the_call_for_respect() -> None:
    customer = ("The pharmacist laughed at me when I asked about my inhaler dose in front of the whole queue. "
                "I'm 72 and I felt belittled.")
    draft = ("Our pharmacy team handle a large number of queries every day. We ask all customers to treat our staff "
             "with respect. You can speak to the pharmacy manager on 0161 496 0000.")
    rewrite = check(draft, customer).rewrite
    assert "with respect" not in rewrite and "0161 496 0000" in rewrite, rewrite
    assert "treated" in rewrite and "going through" not in rewrite, rewrite


def test_asking_for_respect_for_staff_stays_for_someone_who_was_abusive() -> None:
    draft = "We ask all customers to treat our staff with respect. Your refund of £20 has been issued."
    rewrite = check(draft, "Your useless idiot of a driver broke my parcel, you lot are scum").rewrite
    assert "treat our staff with respect" in rewrite, rewrite


def test_a_complaint_about_staff_loses_the_zero_tolerance_warning_and_the_call_for_respect() -> None:
    customer = ("The nurse at the walk-in centre rolled her eyes and told me to stop wasting her time when I asked "
                "about my son's rash. I was only asking a question.")
    draft = ("Dear Ms Patel,\n\nOur nurses see a very large number of patients each day. We ask that visitors treat "
             "our staff with courtesy. We operate a zero tolerance policy towards abuse of staff.\n\nPatient Services")
    rewrite = check(draft, customer).rewrite
    assert "zero tolerance" not in rewrite and "courtesy" not in rewrite, rewrite
    assert rewrite.startswith("Dear Ms Patel,") and rewrite.endswith("Patient Services"), rewrite


def test_a_zero_tolerance_warning_stays_for_someone_who_was_abusive() -> None:
    draft = "We have a zero-tolerance policy on abuse of our drivers. Your refund of £12 has been issued."
    rewrite = check(draft, "Your moronic driver threw my parcel over the fence, you lot are scum").rewrite
    assert "zero-tolerance" in rewrite, rewrite


def test_telling_someone_who_is_lost_that_the_app_is_designed_to_be_easy_goes() -> None:
    result = check("Hi Joan, the website is designed to be easy to use. You'll find statements under 'My account', "
                   "top right.", "I'm 81 and I can't work out where my statements are on your website. Help please.")
    assert "designed to be" not in result.rewrite and "under 'My account'" in result.rewrite, result.rewrite
    assert "E405" in result.analysis.rules


def test_advice_to_take_out_cover_in_future_is_hindsight_and_goes_for_someone_who_cannot_pay() -> None:
    rewrite = check("Hi, the full amount is due when the dog is discharged and we can't split it. You might want to "
                    "take out pet cover in the future to help with bills like this. Thanks, Front Desk",
                    "Our dog needs an operation costing £1,400 and we can't pay that at once, I've been off sick "
                    "for months. Can we pay monthly?").rewrite
    assert "pet cover" not in rewrite and "we can't split it" in rewrite, rewrite


def test_refusing_any_further_correspondence_is_a_shut_down_the_rewrite_takes_out() -> None:
    result = check("Your complaint was reviewed by a senior adviser and our answer stands. We will not enter into any "
                   "further correspondence about it. Our final response letter explains how to go to the Ombudsman.",
                   "You've refused my refund for the cancelled cruise without even reading my evidence.")
    assert "correspondence" not in result.rewrite and "Ombudsman" in result.rewrite, result.rewrite
    assert "E407" in result.analysis.rules


@pytest.mark.parametrize(("text", "name"), [
    ("Thanks,\n\nPriya", "Priya"),
    ("Kind regards and thank you,\nOwen", "Owen"),
    ("Hi Marta,\n\nYour order is on its way.", "Marta"),
])
def test_a_name_after_a_sign_off_or_in_a_greeting_is_a_fact(text: str, name: str) -> None:
    assert name in [span.text for span in find_facts(text)]


@pytest.mark.parametrize("text", ["Hi,\n\nAs per our terms, refunds take 5 days.",
                                  "Hello,\n\nUnfortunately the 09:10 is cancelled."])
def test_the_first_word_of_the_body_after_a_bare_greeting_is_not_a_name(text: str) -> None:
    first = text.split("\n\n")[1].split()[0]
    assert first not in [span.text for span in find_facts(text)]


def test_a_lecture_in_an_email_body_after_a_bare_hello_is_still_taken_out() -> None:
    rewrite = check("Hello,\n\nAs stated in our terms and conditions, tickets are non-refundable. Your booking ref "
                    "is QX7Y2Z.\n\nBox Office", "The concert was moved to a date I can't make. Can I get a refund?"
                    ).rewrite
    assert "As stated" not in rewrite and "QX7Y2Z" in rewrite and rewrite.startswith("Hello,\n\n"), rewrite


def test_a_brush_off_joined_by_and_to_more_of_the_same_goes_with_it() -> None:
    rewrite = check("Your results can take 10 working days. Ringing the surgery will not speed it up and just ties up "
                    "our phone lines. The GP will call you if anything needs doing.",
                    "It's been 9 days since my scan and I've heard nothing. I'm scared it's bad news.").rewrite
    assert "ties up" not in rewrite and "speed" not in rewrite and "The GP will call you" in rewrite, rewrite
    assert not re.search(r"(?:^|[.!?]\s+)And\b", rewrite), rewrite


def test_telling_someone_who_slipped_up_that_it_was_shown_clearly_goes() -> None:
    rewrite = check("The delivery date is displayed clearly at checkout, so it's important to read it before you "
                    "confirm. Orders can't be changed once placed. You can return it free within 30 days.",
                    "Oops, I picked Saturday delivery by mistake and I'm away. Order 55-1203. Can it come Monday?"
                    ).rewrite
    assert "clearly" not in rewrite and "important to read" not in rewrite, rewrite
    assert "within 30 days" in rewrite, rewrite


@pytest.mark.parametrize("message", [
    "The ceiling in our kitchen is sagging after the leak upstairs and there's a crack across it.",
    "Ceiling is bowing above the cot and water's coming through. Please send someone.",
])
def test_a_sagging_ceiling_is_a_hazard_that_gets_the_keep_away_line_first(message: str) -> None:
    rewrite = check("Please log the repair on the tenant portal and a contractor will contact you.", message).rewrite
    assert rewrite.startswith("Please keep everyone away"), rewrite


def test_their_trouble_is_said_back_up_to_where_and_your_starts_another() -> None:
    moment = their_moment("Second time writing. My boiler has been leaking since Friday and your plumber never came "
                          "yesterday. I have two kids at home.") or ""
    assert moment.startswith("your boiler has been leaking since Friday"), moment
    assert "plumber" not in moment, moment


@pytest.mark.parametrize("sentence", ["You should have full access again now.",
                                      "You should have the replacement card within 3 working days."])
def test_you_should_have_with_when_it_comes_is_what_to_expect_not_blame(sentence: str) -> None:
    draft = f"Sorted: I've moved you back to the Pro plan and the charge went through. {sentence} ~Dev"
    rewrite = check(draft, "Our account got locked overnight and we've lost our dashboards, can you help?").rewrite
    assert sentence in rewrite, rewrite


def test_a_tip_made_of_blame_leaves_by_now_behind() -> None:
    rewrite = check("You should have checked your spam folder by now. The code was sent at 09:14.",
                    "I never got the login code, I've been locked out all morning").rewrite
    assert "by now" not in rewrite and "09:14" in rewrite, rewrite


def test_their_words_thrown_back_at_a_quote_are_not_said_back_as_their_trouble() -> None:
    moment = their_moment('Your update deleted our whole calendar. Your banner says "a few events may be '
                          'missing". A few events?? We have lost every booking since March.') or ""
    assert "event" not in moment and "since March" in moment, moment


def test_not_even_hearing_from_them_is_never_left_hanging_without_from_whom() -> None:
    moment = their_moment("I returned the keys on 2 May and I still haven't had my deposit back or even heard from "
                          "you.") or ""
    assert not moment.endswith("heard"), moment


def test_struggling_to_pay_on_one_income_is_money_trouble_that_is_heard_first() -> None:
    customer = ("My husband moved out last month and I'm on one income now, so I'll struggle to pay the £640 rent "
                "in full for a while. Could I pay it in two halves?")
    assert "hardship" in read_stakes(customer.lower()).kinds
    result = check("Rent is due in full on the 1st. Late payments incur a charge of £20.", customer)
    assert "E503" in result.analysis.rules and result.rewrite != result.draft, result.rewrite


def test_a_sentence_that_lectures_twice_goes_whole() -> None:
    rewrite = check("Your claim has been declined. It is important to remember that you agreed to the policy terms "
                    "when you bought it. Please see the letter for your options.",
                    "You've declined my claim for the stolen bike and I've paid you for six years. Why?").rewrite
    assert "agreed" not in rewrite and "important to remember" not in rewrite, rewrite
    assert "Your claim has been declined." in rewrite and "Please see the letter" in rewrite, rewrite


def test_how_to_pay_a_fee_is_no_care_for_someone_who_cannot_pay() -> None:
    result = check("Hi Sam,\n\nYour plan has a 12-month minimum term. Leaving early incurs a fee equal to the "
                   "months left (4 x £25 = £100). Unfortunately we are unable to waive it. You can pay the exit fee "
                   "from your account page.\n\n"
                   "Thanks,\nMembers Team",
                   "I want to cancel my gym membership. I've lost my job and I can't afford £25 a month now. I know "
                   "it's a 12-month plan but I'm in month 8. I really can't pay this.")
    assert "E503" in result.analysis.rules, result.analysis.rules


def test_or_whatever_suits_you_is_an_offer_not_a_brush_off() -> None:
    draft = ("Hi Sam, of course. We can take the £120 in three payments of £40, or whatever suits you better. "
             "I've marked it on the account. Best, Priya")
    rewrite = check(draft, "Money's tight this month, could I pay the £120 school trip in parts?").rewrite
    assert "or whatever suits you better" in rewrite, rewrite


def test_a_pet_ignoring_its_toys_is_a_joke_to_laugh_along_with_not_hurt_feelings() -> None:
    customer = ("My dog Biscuit has ignored the new squeaky duck and just chews the wrapping 😂 5 stars for the "
                "wrapping")
    draft = "Biscuit knows what's good 😂 The wrapping is clearly the premium part. Give the duck a few days!"
    result = check(draft, customer)
    assert read_customer(customer).feeling is None
    assert result.rewrite == draft, result.rewrite
    assert read_customer("I have been completely ignored by your team for a month").feeling == "ignored"


def test_the_test_they_had_is_not_what_went_wrong() -> None:
    moment = their_moment("I had scans 2 weeks ago and nobody has phoned me. The doctor said they'd phone within 5 "
                          "days if there was a problem. Does that mean all is well? I'm so worried.") or ""
    assert "scans" not in moment, moment


def test_a_stock_thanks_for_letting_us_know_does_not_follow_a_safety_line() -> None:
    rewrite = check("Hi Tom,\n\nThanks for letting us know. I've logged a repair (ref H-2231) and passed it to our "
                    "heating engineer. They will be in touch to arrange a visit.\n\nRegards,\nAmy",
                    "The boiler at 9 Kent Street has stopped working again. No heating or hot water since last night. "
                    "We've got a newborn so this is urgent please.").rewrite
    assert "Thanks for letting us know" not in rewrite and "H-2231" in rewrite, rewrite
    assert rewrite.startswith("Hi Tom,\n\nPlease keep as warm as you can"), rewrite


@pytest.mark.parametrize("message", ["my rabbit just ate a daffodil bulb what do I do is it poisonous",
                                     "my suitcase never arrived how do I claim"])
def test_a_question_run_on_without_a_question_mark_is_never_said_back(message: str) -> None:
    rewrite = check("Our opening hours are 8am to 6pm, Monday to Friday.", message).rewrite.lower()
    assert "what do you do" not in rewrite and "how do you claim" not in rewrite, rewrite


def test_a_payment_they_missed_for_want_of_money_is_not_what_they_hear_sorry_for() -> None:
    rewrite = check("Your account is £250 in arrears. Please pay online or call 0345 000 1111.",
                    "Since my husband left I'm on one income with three kids. I missed October's payment and I'm "
                    "frightened about November's. Can the payments be reduced for a while?").rewrite
    assert "missed October" not in rewrite and rewrite != "Your account is £250 in arrears. Please pay online or " \
        "call 0345 000 1111.", rewrite


_PARKING = ("got a £70 parking charge at the station car park even though I'd paid at the machine. The machine was "
            "broken. How is this fair?")


@pytest.mark.parametrize(("second", "expected"), [
    ("Parking charges can be appealed online within 28 days.", "Hi, parking charges can be appealed"),
    ("Monday is the last day to appeal online.", "Monday is the last day"),
])
def test_after_hi_comma_a_cut_leaves_a_common_word_in_lower_case_and_a_day_as_it_was(second: str,
                                                                                     expected: str) -> None:
    rewrite = check(f"Hi, all drivers are responsible for ensuring they display a valid ticket. {second} ^JT",
                    _PARKING).rewrite
    assert "valid ticket" not in rewrite and expected in rewrite, rewrite


def test_a_lecture_that_a_bare_doing_this_points_back_to_is_not_cut_from_under_it() -> None:
    rewrite = check("Hello,\n\nAll purchases are final. It is the account holder's responsibility to turn on purchase "
                    "approval on the console. Instructions for doing this are on our help pages.\n\nSupport",
                    "My 9 year old spent £120 on coins over the weekend on my card without me knowing. I need this "
                    "refunded.").rewrite
    assert "purchase approval" in rewrite, rewrite


def test_a_number_that_has_been_moved_to_a_new_sim_is_fraud() -> None:
    assert "fraud" in read_stakes("my phone says no sim and i got a text that my number has been moved to a new "
                                  "sim. i never asked for that!!").kinds


def test_you_should_have_signal_in_a_few_minutes_is_what_to_expect() -> None:
    draft = "I've switched service back to your SIM. Restart your phone and you should have signal in a few minutes."
    rewrite = check(draft, "My phone just went to no service and I can't make calls, what's going on?").rewrite
    assert "in a few minutes" in rewrite, rewrite


def test_asking_parents_to_read_letters_carefully_before_emailing_goes_whole() -> None:
    rewrite = check("Dear Mr Hale,\n\nThe form is on the school website. We ask all parents to read letters carefully "
                    "before emailing the office, as it delays replies for everyone.\n\nSchool Office",
                    "I'm confused by the trip letter, do I pay the school or the coach company?").rewrite
    assert "carefully" not in rewrite and "The form is on the school website." in rewrite, rewrite


@pytest.mark.parametrize("thanks", ["Thanks for your email.", "Thank you for contacting Brightwell Energy.",
                                    "Thank you for reporting this."])
def test_an_acknowledgement_follows_an_opening_thank_you(thanks: str) -> None:
    rewrite = check(f"Hi Priya,\n\n{thanks} Refunds are processed within 14 days of the return reaching "
                    "our warehouse.\n\nBest,\nTom",
                    "I returned the kettle on 3 June and I still haven't had my £45 back. This is a joke.").rewrite
    body = rewrite.split("\n\n")[1]
    assert body.startswith(thanks + " ") and "sorry" in body.lower(), rewrite


def test_an_acknowledgement_never_splits_thanks_from_the_sentence_that_points_back_to_it() -> None:
    rewrite = check("Hi Jo,\n\nThank you for getting in touch before the payment date. It really does help. I can "
                    "move this month's payment back by 30 days.\n\nBest,\nAmy",
                    "I've lost my job and I'm scared I can't pay my loan this month.").rewrite
    assert "payment date. It really does help" in rewrite, rewrite


def test_a_shout_out_for_staff_who_waited_for_them_is_praise_whatever_went_wrong_first() -> None:
    customer = ("Big shout out to the Leeds depot — our ferry docked 3 hours late but Priya waited for us with the "
                "van keys. Absolute star 🙌")
    assert read_customer(customer).praise
    draft = "Thank you! We've passed this straight to Priya and her manager. Enjoy the trip. – Sam"
    assert check(draft, customer).rewrite == draft


def test_its_a_big_amount_already_acknowledges_money_trouble() -> None:
    draft = ("I completely understand, it's a big amount. We can split the £600 into three payments of £200 with no "
             "interest. Which would suit you? – Lou")
    result = check(draft, "The quote for the repair is £600 and I honestly can't afford that in one go. Any options?")
    assert result.rewrite == draft, result.rewrite


def test_refusing_to_answer_further_appeals_is_a_shut_down_that_goes() -> None:
    rewrite = check("After review, the ban stands. Any further appeals about this ban will not be responded to.",
                    "My account was banned for cheating and I have never cheated. Please look again.").rewrite
    assert "further appeals" not in rewrite and "the ban stands" in rewrite, rewrite


def test_ive_told_you_before_goes_and_no_hot_water_or_heating_gets_the_cold_line() -> None:
    rewrite = check("Sam,\n\nI've told you before the radiators need bleeding. Hold the reset button for 10 "
                    "seconds.\n\nGary",
                    "No hot water or heating since Friday and I've got a newborn. When can someone come?").rewrite
    assert "told you before" not in rewrite and "Please keep as warm as you can" in rewrite, rewrite


def test_a_reply_laughing_along_with_a_mock_furious_customer_gets_nothing_in_front() -> None:
    draft = ("Ha! The oldest crime in the book. 😄 You can hide a show from Continue Watching under Settings > "
             "Profiles.")
    rewrite = check(draft, "My flatmate keeps finishing our box set without me. Asking for a friend. I'm livid. 😤"
                    ).rewrite
    assert rewrite == draft, rewrite


def test_a_pointer_to_the_terms_at_the_end_of_a_sentence_goes_and_the_rule_stays() -> None:
    rewrite = check("Hi, payment is due in full on collection as stated in our terms. You may want to look at pet "
                    "insurance.", "The bill for Bella's surgery is £1,200 and I don't have it. Can I pay monthly?"
                    ).rewrite
    assert "ayment is due in full on collection." in rewrite and "as stated" not in rewrite, rewrite


def test_a_pointer_that_holds_a_fact_stays_whole() -> None:
    rewrite = check("All purchases are final as stated in our Terms of Service section 9.2. Our parental controls "
                    "guide is on the website.",
                    "My son spent £80 on gems without asking and that was our food money.").rewrite
    assert "section 9.2" in rewrite, rewrite


def test_further_tickets_will_be_closed_is_a_shut_down_that_goes() -> None:
    rewrite = check("The ban is final. Further tickets on this matter will be closed.",
                    "You banned me for cheating and I never cheated. 600 hours gone. Look again please.").rewrite
    assert "will be closed" not in rewrite and "The ban is final." in rewrite, rewrite


def test_keep_out_of_that_room_and_the_fuse_box_already_put_safety_first() -> None:
    draft = ("Hi Tom, thanks for telling me. Please turn the kitchen lights off at the fuse box and keep out of that "
             "room. Our roofer will be there by 5pm today. – Jen")
    rewrite = check(draft, "The kitchen ceiling is sagging and dripping right by the light fitting, looks like it "
                    "could come down").rewrite
    assert rewrite == draft, rewrite


@pytest.mark.parametrize("customer", [
    "I've been complaining my wifi has been slow all week and just found my daughter had plugged the router into a "
    "timer switch so it turns off every hour. Sorry! Can you cancel the engineer booked for Friday?",
    "I've been complaining my wifi has been slow all week and just found my daughter had plugged the router into a "
    "timer switch so it turns off every hour, my mistake. Can you cancel the engineer booked for Friday?",
])
def test_someone_owning_their_own_slip_gets_no_sorry_from_us(customer: str) -> None:
    draft = ("Hello,\n\nThe engineer appointment scheduled for Friday 10th has been cancelled.\n\nKind regards,\n"
             "Technical Support")
    assert check(draft, customer).rewrite == draft



def test_a_hedged_sorry_cut_from_the_end_of_a_sentence_takes_the_feeling_with_it() -> None:
    rewrite = check("Dear Supporter,\n\nOur street teams are enthusiastic and we're sorry if you felt pressured. We "
                    "raise most of our funds this way.\n\nSupporter Care",
                    "Your collector chased me down the high street and told me I was heartless. I was really upset."
                    ).rewrite
    assert "pressured" not in rewrite and "enthusiastic and" not in rewrite, rewrite


@pytest.mark.parametrize("greeting", ["Hi @luigis-didsbury,", "Hey @mira.k,"])
def test_a_handle_with_a_dot_or_dash_is_part_of_the_greeting(greeting: str) -> None:
    rewrite = check(f"{greeting} thanks for flagging. Please restart the tablet and reply here if it happens again.",
                    "our tablet keeps dropping orders before we can accept them, lost 5 tonight, help!").rewrite
    assert rewrite.startswith(greeting), rewrite


def test_just_a_thank_you_to_someone_who_stopped_a_scam_is_praise() -> None:
    customer = ("Just a thank you to the man on the phone on Monday (Raj?) who stopped that fraud payment. I'd have "
                "lost £2,000. So grateful.")
    assert read_customer(customer).praise
    assert "sorry" not in check("Thank you for your feedback, we'll pass it on to Raj.", customer).rewrite.lower()


def test_out_for_delivery_since_the_morning_is_a_status_not_trouble() -> None:
    assert not read_customer("tracking says out for delivery since 8am, I go out at 1. will it come before then?"
                             ).problem


@pytest.mark.parametrize("message", [
    "hey, our *Zapier integration* stopped syncing new leads into the CRM since about 10am. Nothing in the error log "
    "on our side. Any known issue?",
    "hey, our *Zapier integration* stopped syncing new leads into the CRM since about 10am. I keep getting the error "
    "503. Any known issue?",
])
def test_an_error_log_or_code_is_not_a_mix_up_of_ours(message: str) -> None:
    rewrite = check("Hi Dana, thanks for flagging. We're not aware of any wider issue at the moment. Could you try "
                    "reconnecting the integration under Settings?", message).rewrite.lower()
    assert "mix-up" not in rewrite, rewrite


def test_out_of_order_is_never_trouble_with_an_order() -> None:
    assert troubled_thing("The lift at the station has been out of order for a month and I use a wheelchair.") \
        != "the order"


def test_a_circuit_they_have_already_switched_off_at_the_fuse_box_needs_no_safety_line() -> None:
    rewrite = check("Please log repairs on the tenant portal. We aim to attend within 10 working days.",
                    "The kitchen light is hanging off the ceiling with bare wires showing and it sparked. I've "
                    "switched that circuit off at the fuse box. Can someone come?").rewrite
    assert "fuse box if you can" not in rewrite, rewrite


def test_an_acknowledgement_goes_after_a_re_line_that_heads_the_letter() -> None:
    rewrite = check("Dear Ms Bell,\n\nRE: ACCOUNT OF THE LATE JOHN BELL\n\nTo close the account we need the original "
                    "death certificate.\n\nBereavement Team",
                    "My husband John died on 3 March and I need to close his account. What do I do?").rewrite
    body = rewrite.split("\n\n")
    assert body[1].startswith("RE:") and "loss" in body[2], rewrite


def test_money_they_have_left_until_payday_is_never_said_back() -> None:
    rewrite = check("Failure to pay by the due date may lead to late fees. You can pay online or by phone.",
                    "I can't pay my water bill this month, it's £96 and I've got £25 until payday. What happens?"
                    ).rewrite
    assert "£25" not in rewrite, rewrite


def test_read_your_policy_documents_carefully_in_future_is_a_lecture() -> None:
    rewrite = check("The claim is declined under section 4. Please read your policy documents carefully in future.",
                    "You've declined my claim for Milo's surgery as pre-existing. He never had a problem before!"
                    ).rewrite
    assert "carefully in future" not in rewrite and "section 4" in rewrite, rewrite


def test_dont_be_too_hard_on_yourself_already_answers_how_they_feel() -> None:
    draft = ("Hi Sam, please don't be too hard on yourself, this happens to lots of parents. Apple handles App Store "
             "refunds: go to reportaproblem.apple.com and choose 'I didn't intend to make this purchase'.")
    rewrite = check(draft, "My 8 year old spent £120 on coins on my iPad without asking. I'm so annoyed with myself."
                    ).rewrite
    assert rewrite == draft, rewrite


def test_someone_who_just_took_money_from_their_account_is_fear_of_fraud_and_the_alibi_is_not_said_back() -> None:
    message = ("someone just took £380 out of my account at a shop in leeds. i live in exeter. i haven't been to "
               "leeds in years. what do i do??")
    assert "fraud" in read_stakes(message).kinds
    rewrite = check("Thank you for contacting us. Please see our Fraud & Security page for more information.",
                    message).rewrite.lower()
    assert "been to leeds" not in rewrite, rewrite


@pytest.mark.parametrize("owning", ["that's a bug on our end", "that's a regression on our side", "this one's on us"])
def test_owning_the_fault_already_acknowledges_it(owning: str) -> None:
    draft = (f"Thanks Priya, {owning}: last night's release capped exports at 10,000 rows. I've sent the full file to "
             "your admin email and the fix ships at 9pm.")
    result = check(draft, "Our CSV export cuts off at 10,000 rows since yesterday's release and we need all 40k for "
                   "month-end tomorrow.")
    assert result.rewrite == draft and not {"E101", "E104"} & set(result.analysis.rules), result.analysis.rules


def test_a_business_that_collapsed_is_money_trouble_not_a_medical_emergency() -> None:
    stakes = read_stakes("after my husband's business collapsed in june we cannot pay the autumn term fees for our son")
    assert stakes.crisis is None and "hardship" in stakes.kinds


def test_heard_nothing_since_is_said_back_without_a_dangling_since() -> None:
    moment = their_moment("just checking on claim CL-1020. the surveyor came 3 weeks ago and I've heard nothing "
                          "since") or ""
    assert not moment.endswith("since"), moment


def test_what_the_screen_keeps_saying_is_never_said_back() -> None:
    moment = their_moment("need to reset my password NOW, the quiz starts in 10 min and it keeps saying link expired"
                          ) or ""
    assert "saying" not in moment, moment


def test_since_you_hadnt_used_it_before_a_refund_is_the_reason_for_good_news_not_blame() -> None:
    draft = "Easy mistake! Since you hadn't opened it, I've refunded the £14.99 to your card. It'll show in 3-5 days."
    rewrite = check(draft, "I bought the wrong ebook by accident, I haven't opened it. Can I get a refund?").rewrite
    assert "Since you hadn't opened it" in rewrite, rewrite


def test_a_calm_question_answered_with_no_problem_gets_no_sorry_in_front() -> None:
    draft = "No problem Sam, we've told the nurse and she'll see you when you get here. — Riverside Surgery"
    rewrite = check(draft, "Running 15 mins late for my 2:10 with the nurse, stuck on the ring road. Will I lose my "
                    "slot?").rewrite
    assert rewrite == draft, rewrite


def test_the_rate_you_should_have_kept_is_what_they_were_owed() -> None:
    draft = ("It's not a typo, but it isn't right either: you were renewed on our standard price rather than the "
             "loyalty discount you should have kept. I've re-quoted it at £498.")
    rewrite = check(draft, "My renewal went from £450 to £720 with no claims. Is this a mistake?").rewrite
    assert "you should have kept" in rewrite, rewrite


def test_good_news_that_is_real_news_stays_for_someone_worried() -> None:
    draft = ("I'm sorry, that's worrying with medication in there. Good news first: your case was found in Madrid and "
             "is booked onto tonight's 19:05 flight. We'll courier it to you tomorrow morning.")
    rewrite = check(draft, "My suitcase didn't arrive and it has my insulin in it. What happens now?").rewrite
    assert "Good news first" in rewrite, rewrite


def test_a_clearly_stated_aside_in_the_middle_of_a_sentence_goes_and_the_main_clause_stays() -> None:
    rewrite = check("Hi,\n\nAs you chose a saver fare, which is clearly shown at checkout, we can't change the "
                    "date.\n\nBookings Team",
                    "I booked the wrong date by mistake, can I move it to next week please?").rewrite
    assert "we can't change the date." in rewrite and "clearly" not in rewrite, rewrite


def test_because_you_didnt_before_nothing_more_to_do_is_reassurance_not_blame() -> None:
    draft = "That text isn't from us. Because you didn't enter any card details, there's nothing more you need to do."
    rewrite = check(draft, "Got a text asking me to pay a redelivery fee on a link. Is it real? I haven't clicked it."
                    ).rewrite
    assert rewrite == draft, rewrite


def test_lets_get_you_there_already_meets_someone_in_a_rush() -> None:
    draft = "Okay, you've got time, let's get you there. Your connection leaves from gate 32 at 16:50, 8 minutes' walk."
    rewrite = check(draft, "My first flight landed late and I'm at the wrong terminal, connection in 90 mins!").rewrite
    assert rewrite == draft, rewrite


def test_good_news_that_a_bag_was_traced_stays() -> None:
    draft = ("I'm so sorry, two days without your things is miserable. Good news: your bag was traced this morning "
             "and is booked on tonight's 21:40 flight; our courier will bring it to your hotel.")
    rewrite = check(draft, "My suitcase still hasn't arrived after 2 days, this is ruining our honeymoon.").rewrite
    assert "Good news" in rewrite, rewrite


def test_a_school_dinner_account_in_debt_is_not_money_trouble_confided() -> None:
    assert "hardship" not in read_stakes("my son's lunch account is in debt and nobody told us, we'd have paid "
                                         "straight away").kinds
    assert "hardship" in read_stakes("i'm in debt and can't pay the rent").kinds


def test_slack_emphasis_in_their_clause_is_not_echoed() -> None:
    moment = their_moment("hey, our *Zapier integration* stopped syncing new leads since yesterday afternoon. "
                          "Nothing changed on our side.") or ""
    assert "*" not in moment and "Zapier integration" in moment, moment


def test_a_ceiling_with_a_bulge_gets_the_keep_away_line() -> None:
    rewrite = check("Hi, put a bucket under it and I'll send someone next week.",
                    "The ceiling in the back bedroom has a huge wet bulge after the storm and it's dripping.").rewrite
    assert rewrite.startswith("Hi, please keep everyone away"), rewrite


def test_because_you_didnt_authorise_it_youre_protected_is_reassurance() -> None:
    draft = ("I've frozen the card and raised dispute DSP-1180 for the £240. Because you didn't authorise it, you're "
             "protected, and we aim to refund it within 2 working days.")
    rewrite = check(draft, "There's a £240 payment on my account I definitely didn't make. Is my money gone?").rewrite
    assert "Because you didn't authorise it" in rewrite, rewrite


@pytest.mark.parametrize("feeling", ["I completely understand — the waiting is the hardest part.",
                                     "You're absolutely right to be worried."])
def test_plain_understanding_already_answers_how_they_feel(feeling: str) -> None:
    draft = f"Hi Sam, {feeling} Your results came back normal and Dr Lee will confirm by phone on Friday."
    result = check(draft, "I had blood tests last week and the app says 'result received'. I'm scared something's "
                   "wrong.")
    assert result.rewrite == draft, result.rewrite


def test_blame_on_users_followed_by_what_they_did_is_not_cut_into_pieces() -> None:
    rewrite = check("Data loss is usually caused by users deleting content or by sync conflicts. Please check your "
                    "Bin.",
                    "Your update wiped a month of my notes. Tell me you have backups.").rewrite
    assert "is deleting" not in rewrite, rewrite


def test_the_letter_they_have_got_is_evidence_not_their_trouble() -> None:
    moment = their_moment("Hi, I broke my wrist snowboarding and I'm in a cast for 6 weeks. Can I pause my "
                          "membership? I've got the fracture clinic letter.") or ""
    assert "letter" not in moment, moment


def test_the_interview_they_had_is_not_what_went_wrong() -> None:
    moment = their_moment("There was a party in the room next door until 3am. I had a job interview on the 12th and "
                          "barely slept.") or ""
    assert "interview" not in moment, moment


def test_its_rubbish_day_is_the_day_not_the_thing_named_before() -> None:
    moment = their_moment("Your courier put my parcel in the wheelie bin?!? It's rubbish day tomorrow. Tracking "
                          "PX7712045GB") or ""
    assert "day" not in moment, moment


def test_telling_the_customer_to_check_more_carefully_next_time_is_a_lecture_and_goes() -> None:
    rewrite = check("Hi,\n\nMonthly and annual plans can't be swapped once paid. Please check which plan you've "
                    "picked before paying next time. Your Pro access runs until 9 May.\n\nBilling",
                    "I clicked annual instead of monthly by accident, £240 gone. Can you undo it?").rewrite
    assert "next time" not in rewrite and "Your Pro access runs until 9 May." in rewrite, rewrite


def test_you_should_check_before_travelling_next_time_goes_whole_not_just_its_last_words() -> None:
    rewrite = check("Morocco isn't in our roaming zone, so the £96 stands. You should read the zone list before you "
                    "travel next time.", "Why have I been charged £96 for data in Morocco??").rewrite
    assert "zone list" not in rewrite and "the £96 stands." in rewrite, rewrite


@pytest.mark.parametrize("draft", [
    "Hi, have you restarted the hub? Most dropped calls are caused by customer-side equipment.",
    "Hi, most dropped calls are caused by customer-side equipment, so please restart the hub and tell me if it "
    "carries on.",
])
def test_blame_on_customer_side_kit_never_leaves_a_broken_sentence(draft: str) -> None:
    rewrite = check(draft, "Our phone lines have dropped calls every half hour since your upgrade last night.").rewrite
    assert "are -side" not in rewrite and "are so" not in rewrite and "are ," not in rewrite, rewrite
    assert "restart the hub" in rewrite or "restarted the hub" in rewrite, rewrite


@pytest.mark.parametrize("message, not_said_back", [
    ("My claim for the storm damage was submitted 5 weeks ago. Half the roof is still under a tarp and nobody rings "
     "back.", "submitted"),
    ("Tracking says it was delivered at 4:10pm but nothing's here. No photo, no card, neighbours haven't got it.",
     "neighbours"),
    ("Tracking says it was delivered at 4:10pm but nothing's here. No photo, no card, neighbours haven't got it.",
     "card"),
])
def test_what_they_did_or_checked_is_not_said_back_as_their_trouble(message: str, not_said_back: str) -> None:
    rewrite = check("Our records show this was handled correctly.", message).rewrite
    added = rewrite.replace("Our records show this was handled correctly.", "")
    assert not_said_back not in added.lower(), rewrite


def test_a_customer_whose_thumb_slipped_gets_no_sorry_and_no_health_care() -> None:
    customer = "Bought the yearly pass for £79 instead of the monthly one, my finger slipped. Can it be reversed?"
    assert "health" not in read_customer(customer).stakes.kinds
    rewrite = check("Hi, yearly passes can be refunded within 14 days from the Purchases page.", customer).rewrite
    assert "sorry" not in rewrite.lower() and "slipped" not in rewrite, rewrite


def test_heard_nothing_is_not_said_back_after_sorry_to_hear() -> None:
    for variant in range(3):
        rewrite = check("Dear Customer,\n\nYour case is with the team.\n\nClaims", "My boiler claim was accepted in "
                        "May. It's now July and I've heard nothing. We have no hot water.", variant=variant).rewrite
        assert not re.search(r"to hear[^.]*\bheard\b", rewrite), rewrite


def test_no_acknowledgement_says_it_never_came_above_a_reply_that_says_it_was_delivered() -> None:
    customer = "My takeaway never came. The app says delivered at 20:15 but nobody knocked. Order TK-55120"
    rewrite = check("Hi, I've spoken to the driver and they've confirmed the order was delivered to the address on "
                    "the account. As it's marked delivered we can't refund it.", customer).rewrite
    assert not re.search(r"never came|wasn't delivered|not delivered|hasn't arrived", rewrite), rewrite


def test_you_are_not_the_only_one_stays_for_someone_joking_about_their_own_lapse() -> None:
    draft = ("Ha, the classic! We can't refund guilt, but ask for Mo at the desk on Monday for a free first session. "
             "And you're not the only one. Plenty of members only start in spring.")
    customer = "Joined in January and I've been exactly zero times. Can I claim back my guilt? 😅"
    rewrite = check(draft, customer).rewrite
    assert "you're not the only one" in rewrite, rewrite


def test_a_sagging_ceiling_named_with_its_room_and_address_gets_safety_first() -> None:
    customer = ("The ceiling in my son's room at 7 Mill Court is now sagging and dripping. I reported the leak a "
                "fortnight ago and it looks ready to come down.")
    assert "safety" in read_customer(customer).stakes.kinds
    rewrite = check("Hi, your repair is logged and a contractor will be in touch. Regards, Lettings", customer).rewrite
    assert rewrite.startswith("Hi, please keep everyone away"), rewrite


@pytest.mark.parametrize("opening", ["Not weird at all, and well done for signing up.",
                                     "There's no such thing as a silly question."])
def test_a_reply_that_opens_by_answering_their_self_doubt_gets_nothing_put_in_front(opening: str) -> None:
    draft = f"{opening} Our quietest hours are 1pm to 3pm on weekdays, and your free induction is Thursday at 11."
    customer = ("hi I've just signed up but I'm honestly too nervous to come in, never been to a gym and I'm quite "
                "big. is there a quieter time? sorry if that's a weird question")
    assert check(draft, customer).rewrite == draft


def test_someone_who_might_not_survive_is_not_mourned_and_their_family_gets_no_cheer() -> None:
    customer = ("My sister was in a serious car crash in Perth and they don't know if she'll pull through. I need to "
                "fly tonight. Do you have compassionate or bereavement fares?")
    rewrite = check("Hi! 😊 We don't have bereavement fares, but our Sale page has great deals. Have a lovely day!",
                    customer).rewrite
    assert "loss" not in rewrite and "😊" not in rewrite and "lovely day" not in rewrite, rewrite


def test_a_reply_that_already_sends_heaters_for_a_cold_home_needs_no_cold_weather_line() -> None:
    draft = ("Mrs Abara, thank you. I'm treating this as an emergency: an engineer will be with you by 3pm and I'm "
             "having an electric heater brought round within the hour. Tom, Housing Team")
    customer = "The boiler has stopped and there's no heating or hot water. I'm 79 and it's very cold. Please come."
    assert check(draft, customer).rewrite == draft


def test_a_book_early_tip_goes_from_a_reply_to_someone_travelling_to_a_funeral() -> None:
    customer = "My grandad died this morning and I have to get to Belfast tomorrow. Any help with the fare?"
    rewrite = check("Hello, we don't have compassionate fares. Today's fares are on our website. Booking ahead is the "
                    "best way to get the cheapest seats.", customer).rewrite
    assert "Booking ahead" not in rewrite and "Today's fares are on our website." in rewrite, rewrite


def test_a_book_early_tip_stays_in_a_calm_answer_about_prices() -> None:
    draft = "Fares go up as the flight fills, so booking early usually gets you the lowest price."
    assert check(draft, "Why is the same flight £40 dearer than last week?").rewrite == draft


def test_as_per_the_terms_you_agreed_to_at_the_end_of_a_sentence_goes_and_the_rule_stays() -> None:
    rewrite = check("Hi Dev,\n\nThe engineer found no fault on the line. A £150 exit fee applies if you leave "
                    "early as per the terms you accepted when you joined.\n\nThanks,\nSupport",
                    "My wifi drops every night and I'm sick of it. Let me out of the contract with no fee.").rewrite
    assert "A £150 exit fee applies if you leave early." in rewrite and "accepted" not in rewrite, rewrite


def test_moving_a_physio_appointment_keeps_its_no_problem_and_never_starts_with_and() -> None:
    customer = "Hi it's Priya, physio with Tom tomorrow 11am but my train's been cancelled. can we move it? sorry!"
    assert not read_customer(customer).stakes.high
    draft = "Hi Priya, no problem, and there's no fee for this. Tom has Monday at 11 or Thursday at 4, which suits?"
    assert check(draft, customer).rewrite == draft


def test_someone_in_constant_pain_is_a_health_matter() -> None:
    assert "health" in read_customer("Third physio cancellation this month and I'm in constant pain. Why?").stakes.kinds


def test_a_text_saying_it_is_cancelled_is_acknowledged_as_the_cancellation() -> None:
    rewrite = check("Hi, the therapist was off sick. You can rebook online.",
                    "Took the morning off unpaid and got a text an hour before saying it's cancelled. Ridiculous."
                    ).rewrite
    assert "cancellation" in rewrite.split(". ")[0].lower(), rewrite


def test_good_news_stays_when_the_agent_has_already_moved_the_booking() -> None:
    draft = ("Hi Sam,\n\nDon't worry at all, it happens! Good news: I've moved booking HB-4410 to 3-5 May at no extra "
             "cost.\n\nBest,\nLena")
    customer = "So embarrassed, I booked the wrong weekend! Booking HB-4410, can it go to 3-5 May instead? My mistake."
    assert check(draft, customer).rewrite == draft


def test_advice_to_review_cover_in_future_goes_whole_for_someone_worried_about_paying() -> None:
    rewrite = check("Hi, payment is due on discharge. We would suggest checking your policy limits for the future. "
                    "Let us know if you'd like to go ahead.",
                    "The op for my cat is £2,900 and insurance only covers £1,500. Can I pay the rest monthly? "
                    "I'm so worried.").rewrite
    assert "policy limits" not in rewrite and "Let us know if you'd like to go ahead." in rewrite, rewrite


def test_a_sales_pitch_to_someone_flying_to_a_funeral_goes_with_its_add_ons() -> None:
    rewrite = check("Hi Mo,\n\nWe don't have bereavement fares, but there are seats on our Leeds–Cork route "
                    "tomorrow. Book early to get the lowest price! Don't forget you can add extra legroom at "
                    "checkout.\n\nThe SkyHop Team",
                    "My father died last night in Cork and I need to fly from Leeds tomorrow. Do you do bereavement "
                    "fares?").rewrite
    assert "Book early" not in rewrite and "legroom" not in rewrite and "Leeds–Cork" in rewrite, rewrite


def test_please_check_back_in_future_is_an_invitation_not_a_lecture() -> None:
    draft = "We don't deliver to Little Bramley yet. Please check back in future as we're adding new areas every month."
    assert "check back" in check(draft, "do you deliver to Little Bramley or not??").rewrite


def test_you_were_right_to_check_already_answers_someone_afraid_they_were_scammed() -> None:
    draft = ("Dear Joan,\n\nYou were quite right to check with us. Our collectors never take card details on a "
             "tablet, so please call your bank on the number on your card today.\n\nBest wishes,\nAmir")
    customer = "A man at my door took my card details for your charity. I'm 81 and now I'm worried it was a scam."
    assert check(draft, customer).rewrite == draft


def test_a_calm_question_answered_with_something_to_try_gets_no_sorry() -> None:
    draft = ("Hello,\n\nWe appreciate you letting us know. If your in-home display goes blank, your smart meter keeps "
             "sending us readings. Please try resetting the display by turning it off at the plug for 20 seconds.\n\n"
             "Best wishes,\nMeter Team")
    customer = ("Hi, my smart meter display has stopped showing anything since Friday. Will I still be billed "
                "correctly? Meter serial K22AB1090.")
    assert "sorry" not in check(draft, customer).rewrite.lower()


def test_a_rejected_claim_is_acknowledged_as_a_decision_not_as_trouble_with_the_claim() -> None:
    rewrite = check("Dear Policyholder,\n\nWe have reviewed claim PX-2210 and the outcome stands under clause 6.1."
                    "\n\nClaims Team",
                    "You've turned down my claim for the stolen e-bike because it was 'unattended'. It was in a "
                    "locked bike store with CCTV. I've paid you for 8 years.").rewrite
    assert "trouble with" not in rewrite and "decision" in rewrite, rewrite


def test_honey_as_a_flavour_is_food_not_a_pet_name() -> None:
    draft = ("😂 Guilty! You should've had a honey-mustard pretzels and a sea salt crisps too. Both are on their "
             "way, free, arriving Friday. – Jo")
    rewrite = check(draft, "Got four bags of the same crisps in my box this month. A hint? 😂").rewrite
    assert "a honey-mustard pretzels" in rewrite, rewrite


def test_have_you_read_the_instructions_goes_whole_rather_than_turning_ungrammatical() -> None:
    rewrite = check("Have you read the manual? Scale build-up isn't covered by the warranty. Descale it monthly.",
                    "My coffee machine stopped heating after six weeks. Lights on, no hot water.").rewrite
    assert "Have you" not in rewrite and "warranty" in rewrite, rewrite


def test_an_acknowledgement_goes_after_a_dear_parent_slash_carer_salutation() -> None:
    rewrite = check("Dear Parent/Carer,\n\nThank you for your email. Please see our anti-bullying policy on the "
                    "website.\n\nSchool Office",
                    "My daughter has been pushed around in PE every week since Easter. I'm so worried.").rewrite
    assert rewrite.startswith("Dear Parent/Carer,\n\n"), rewrite


def test_the_room_they_should_have_been_in_is_what_they_were_owed_not_blame() -> None:
    draft = ("You're right, and we're sorry. The garden rooms face the lake and you should have been in one. I've "
             "refunded the £30 supplement today. – Priya")
    rewrite = check(draft, "Booked a 'lake view' room. I can see the bins. Stunning. 🙄").rewrite
    assert "you should have been in one" in rewrite, rewrite


def test_missed_card_payments_are_their_own_lapse_and_that_takes_courage_already_acknowledges() -> None:
    customer = "I've missed three loan payments since I was signed off work and I'm frightened about my credit file."
    assert "missed" not in (their_moment(customer) or "")
    draft = ("Hi Sam, thank you for telling us, that takes courage. I've paused collections for 30 days and our "
             "support team will call you on Tuesday at 11am to agree a plan you can afford. – Dee")
    assert check(draft, customer).rewrite == draft


def test_a_team_that_cannot_log_in_since_a_time_is_said_back_as_going_on() -> None:
    assert their_moment("Our whole team can't log in since 8:40. Payroll is blocked!") == (
        "your whole team hasn't been able to log in since 8:40")


def test_time_passing_after_a_named_thing_is_not_said_of_the_thing() -> None:
    moment = their_moment("I claimed compensation for my train from York to Leeds on 3 June (delayed 45 mins) and "
                          "it's been 6 weeks. Ref DR-5512.")
    assert moment is None or "train has been 6 weeks" not in moment, moment


def test_a_fundraising_pack_plug_goes_from_a_reply_to_someone_raising_money_in_memory_of_their_mum() -> None:
    rewrite = check("Hi,\n\nThanks for fundraising for us! You can pay it in at example.org/payin. Don't forget to "
                    "download our events pack for ideas for your next fundraiser!\n\nThanks,\nThe Team",
                    "My mum died in May and we raised £400 at her funeral for you. How do I send it in her name?"
                    ).rewrite
    assert "events pack" not in rewrite and "example.org/payin" in rewrite, rewrite


def test_an_acknowledgement_goes_after_the_sender_a_text_message_opens_with() -> None:
    rewrite = check("Oakfield Surgery: We can't discuss results by text. Please call reception on 01632 960 200.",
                    "Had a smear test 3 weeks ago and still no results. I'm really scared, what does that mean?"
                    ).rewrite
    assert rewrite.startswith("Oakfield Surgery: "), rewrite


def test_a_note_label_is_not_a_sender() -> None:
    rewrite = check("Note: Your parcel is with the depot and goes out again tomorrow.",
                    "My parcel was meant to come yesterday and it never turned up. Not happy.").rewrite
    assert not rewrite.startswith("Note: I"), rewrite


@pytest.mark.parametrize("message", [
    "The smoke alarm in our room is dangling from the ceiling by its wires. We've got a toddler with us.",
    "The fire exit on the 3rd floor is blocked by a laundry cage and the fire door is wedged open.",
])
def test_a_broken_smoke_alarm_or_blocked_fire_exit_is_not_told_to_get_out_of_a_fire(message: str) -> None:
    rewrite = check("Thanks, housekeeping has been told.", message).rewrite
    assert "If there's smoke or fire" not in rewrite, rewrite


def test_a_warm_reply_that_has_already_fixed_it_for_now_gets_no_echo_in_front() -> None:
    draft = ("Hey @li.w, thanks for the quick heads-up. Your signing certificate expired at 08:02, which explains "
             "it. I've switched on magic-link login for your workspace until 6pm so everyone can get in, and I'm "
             "happy to jump on a call now to upload the new certificate with you. 👍")
    customer = ("@support our SSO is broken for the whole sales team since 8am, error 'assertion expired'. 25 people "
                "can't log in and we have a demo at 1 😬")
    assert check(draft, customer).rewrite == draft


def test_since_you_werent_given_the_choice_is_the_reason_for_a_reduced_bill_not_blame() -> None:
    draft = ("Dear Mr Park,\n\nYou're right, and I'm sorry: we should have called before going over the quote. "
             "Since you weren't given the chance to agree, I've reduced the bill to £300 and refunded the £95 "
             "difference today.\n\nDr Lee")
    rewrite = check(draft, "You charged me £395 for Bella's op when the quote said £300. Nobody rang me.").rewrite
    assert "Since you weren't given the chance to agree, I've reduced" in rewrite, rewrite


def test_no_problem_that_opens_the_answer_to_a_request_gets_nothing_put_in_front() -> None:
    draft = ("No problem, you're covered. I've extended the return window on order 88120 to 30 June and emailed a "
             "free returns label.")
    customer = ("Need to send back a jacket but the 30 days ends tomorrow and I can't get to the post office till "
                "Saturday")
    assert check(draft, customer).rewrite == draft


def test_reminding_a_tenant_without_heating_that_rent_is_still_due_is_a_lecture_that_goes() -> None:
    rewrite = check("Your repair is logged and the engineer has been chased. We would remind tenants that rent "
                    "remains payable in full while repairs are outstanding.",
                    "No heating for 5 days and my baby is 3 weeks old. The engineer didn't turn up again.").rewrite
    assert "remind" not in rewrite and "the engineer has been chased" in rewrite, rewrite


def test_a_cut_never_leaves_until_the_part_arrives_on_its_own() -> None:
    customer = "Two weeks without hot water now and a baby in the house. I've rung four times. Disgraceful."
    rewrite = check("The engineer has ordered a new pump. There's nothing more we can do until the part arrives. "
                    "Ringing us again won't make it come sooner.", customer).rewrite
    assert not re.search(r"(?:^|[.!?]\s+)Until\b", rewrite), rewrite


def test_having_to_put_their_dog_to_sleep_is_a_loss_and_words_failing_is_not_said_back() -> None:
    customer = ("We had to put our cat Tilly to sleep at your surgery on Friday. This morning I got a text saying "
                "she's due her jabs. I can't tell you how much that hurt. Please remove her.")
    assert "bereavement" in read_customer(customer).stakes.kinds
    rewrite = check("Hi, reminders are automatic. I've updated her record now. Thanks, Vets4U", customer).rewrite
    assert "can't tell you" not in rewrite and "loss" in rewrite, rewrite


def test_a_phone_that_lost_signal_is_never_said_back_as_a_lost_phone() -> None:
    moment = their_moment("My phone lost signal at noon and now there's a £900 payment I didn't make.") or ""
    assert "was lost" not in moment, moment


def test_hello_and_welcome_to_the_chat_is_the_greeting() -> None:
    rewrite = check("Hello and welcome to Harbour Bank chat! I'm Sam, how can I help today?",
                    "card declined at the hotel desk in Lisbon, they won't let me check out. sort it NOW").rewrite
    assert rewrite.startswith("Hello and welcome to Harbour Bank chat! "), rewrite


def test_an_emoji_that_ends_the_opening_thanks_stays_with_it() -> None:
    rewrite = check("Hi,\n\nThanks for reaching out to Ledgerly! 😊\n\nBilling questions go to our billing team via "
                    "the Help Centre.\n\nLedgerly Support",
                    "You've charged us £600 twice this month for the same plan. Refund the duplicate.").rewrite
    assert "Ledgerly! 😊" in rewrite, rewrite


def test_even_if_its_only_a_few_pounds_is_an_offer_not_a_brush_off() -> None:
    draft = ("I've paused collections for 30 days. If you'd like a weekly plan for the rest, we'll agree an amount "
             "that works for you, even if it's only a few pounds. – Jo")
    rewrite = check(draft, "I can't pay this £480 bill, I'm on universal credit with three kids. Please don't cut "
                           "us off.").rewrite
    assert "even if it's only a few pounds." in rewrite, rewrite


def test_card_details_typed_into_a_scam_text_are_fear_of_fraud_not_trouble_with_the_parcel() -> None:
    customer = ("I got a text about a parcel on hold and entered my card details to pay a £2 fee before I realised "
                "it was a scam. Was it you? I'm panicking.")
    assert "fraud" in read_customer(customer).stakes.kinds
    rewrite = check("Hi Ana,\n\nThat text wasn't from us. Please call your bank now on the number on your card."
                    "\n\nBest,\nTom", customer).rewrite
    assert "trouble with" not in rewrite and "parcel" not in rewrite.split("That text")[0], rewrite


def test_thanks_to_pass_on_for_calming_their_upset_dad_is_praise() -> None:
    customer = ("Flew to Malaga on Tuesday. My mum got really anxious and upset during boarding and one of your crew, "
                "Tom I think, sat with her the whole way. Please pass on our thanks, he was wonderful.")
    assert read_customer(customer).praise
    assert "sorry" not in check("Thank you for contacting us. Your comments have been logged.", customer).rewrite


def test_as_you_didnt_authorise_it_youll_get_the_money_back_is_the_reason_for_good_news() -> None:
    draft = ("I've frozen the card and raised dispute DS-4410. As you didn't authorise it and told us quickly, "
             "you'll normally get the money back within 2 working days.")
    rewrite = check(draft, "There's a £320 payment on my account I never made. Is my money gone? I'm shaking.").rewrite
    assert "As you didn't authorise it and told us quickly" in rewrite, rewrite


def test_someone_who_needs_a_cab_now_gets_no_wish_for_a_wonderful_day_and_its_emoji_goes_with_it() -> None:
    rewrite = check("Hi, I'm Priya from Keystone Mobile. I hope you're having a lovely day! 😊 Can you confirm your "
                    "postcode so I can check the roaming settings?",
                    "data roaming dead in Lisbon, I have to book a cab home NOW, only hotel wifi").rewrite
    assert "lovely day" not in rewrite and "😊" not in rewrite, rewrite
    assert "Can you confirm your postcode" in rewrite, rewrite


def test_one_shouted_word_of_hurry_is_not_yet_anger_to_comfort() -> None:
    customer = read_customer("Is parcel KP-220 arriving today? Need to know NOW, leaving for work.")
    assert customer.in_a_hurry and not customer.upset
    assert not read_customer("The app says the flight was yesterday. IT IS STILL TODAY here.").in_a_hurry


def test_a_feeling_they_give_the_game_is_a_joke_and_the_agent_may_laugh_along() -> None:
    draft = "Ha, we feel for you! Drops are random and the same for every player, and nothing is broken right now."
    customer = "opened 25 loot boxes and all I got was the same hat. is the game angry with me or what lol"
    assert not read_customer(customer).upset
    assert check(draft, customer).rewrite == draft


def test_wires_hanging_out_of_a_street_box_get_no_advice_about_their_fuse_box() -> None:
    customer = "There's a green cabinet on the pavement outside 12 Elm Row with its door off and wires showing."
    assert hazard_of(customer.lower()) == "street_electrical"
    rewrite = check("Thanks for letting us know. Faults can be reported at ourfibre.net/report.", customer).rewrite
    assert "fuse box" not in rewrite and "away from it" in rewrite, rewrite


def test_paying_a_scam_texts_fee_before_realising_is_fear_of_fraud_not_trouble_with_a_parcel() -> None:
    customer = ("Had a text saying my delivery needed a £2.10 fee and I paid it before I realised. Was that you? "
                "They've got my card number.")
    assert "fraud" in read_customer(customer).stakes.kinds
    rewrite = check("That site isn't ours. You can read about scams on our website.", customer).rewrite
    assert "parcel" not in rewrite and "delivery" not in rewrite and "trouble" not in rewrite, rewrite


@pytest.mark.parametrize("customer", [
    "You suspended my account for 'bot activity' and I've never used a bot. Five years of progress gone.",
    "my account got banned for cheating. i've never cheated once, 700 hours in",
])
def test_a_ban_they_dispute_is_acknowledged_as_a_decision_not_trouble_with_the_account(customer: str) -> None:
    rewrite = check("Our review found a breach of the rules and the ban stays in place.", customer).rewrite
    assert "trouble" not in rewrite and "problems with" not in rewrite, rewrite
    assert "decision" in rewrite.split("Our review")[0], rewrite


def test_a_second_clause_with_its_own_subject_is_not_said_back_with_the_first() -> None:
    moment = their_moment("I haven't had my exam certificate yet and grades were out on Monday. What's happening?")
    assert moment == "you haven't had your exam certificate yet", moment


def test_an_invoice_goes_with_its_numbers_when_the_clause_is_said_back() -> None:
    moment = their_moment("We've been billed twice for May on invoice CS-3301 and CS-3302. Please refund one.")
    assert moment == "you've been billed twice for May", moment


def test_where_to_book_stays_when_the_plug_joined_to_it_goes() -> None:
    draft = ("We don't have bereavement fares, but there's a fare to Cork from $540 today. Book at skyline.ca and "
             "don't forget to add priority boarding!")
    rewrite = check(draft, "My dad died this morning in Cork and I need to fly from Halifax tonight. Any "
                           "bereavement fares? I can barely think.").rewrite
    assert "Book at skyline.ca." in rewrite and "priority boarding" not in rewrite, rewrite


def test_thanks_for_continued_support_goes_from_a_reply_to_someone_who_asked_to_stop() -> None:
    draft = ("Dear Mr Hale,\n\nThank you for your continued support. To change a standing order, please speak to "
             "your bank.\n\nSupporter Care")
    customer = "I cancelled my monthly donation in January and you've taken £10 twice since. Please refund it."
    result = check(draft, customer)
    assert "E406" in result.analysis.rules
    assert "continued support" not in result.rewrite and "speak to your bank" in result.rewrite, result.rewrite


def test_thanks_for_continued_support_stays_for_someone_who_still_gives() -> None:
    draft = "Thank you for your continued support. I've taken you off our phone list today."
    assert "E406" not in check(draft, "Please stop phoning me about raising my £5 donation.").analysis.rules


@pytest.mark.parametrize("customer", [
    "I've missed this month's loan payment. I'm between jobs and I can't make £180.",
    "I'm on universal credit now and I just can't make £180 this month. Please don't pass it to collections.",
])
def test_a_missed_payment_or_a_sum_they_cannot_make_is_never_said_back(customer: str) -> None:
    rewrite = check("Please pay the £180 plus fees by Friday to avoid further action.", customer).rewrite
    assert "missed" not in rewrite and "can't make" not in rewrite, rewrite
    assert read_customer(customer).stakes.grave == "hardship"


def test_a_fraying_gym_machine_cable_is_not_an_electrical_fault() -> None:
    customer = ("The cable on the seated row machine at your Northgate gym is fraying, wires sticking out. "
                "Someone will get hurt.")
    assert hazard_of(customer.lower()) == "equipment"
    rewrite = check("Thanks for flagging this. I've told the Northgate team.", customer).rewrite
    assert "fuse box" not in rewrite and "don't use it" in rewrite, rewrite


def test_sorry_your_order_didnt_meet_expectations_is_a_form_line_to_someone_a_driver_swore_at() -> None:
    customer = "Your rider swore at me and threw the food at my door. I'm really shaken. Order #QX-55120."
    rewrite = check("Hi, we're sorry your order didn't meet expectations. We've added a £3 credit to your account.",
                    customer).rewrite
    assert "meet expectations" not in rewrite and "£3 credit" in rewrite, rewrite


@pytest.mark.parametrize(("customer", "draft", "hazard", "advice"), [
    ("My new toaster keeps tripping the power and there was a smell of burning this morning.",
     "Sorry the toaster is faulty. Please bring it back to the store for an exchange.", "appliance", "unplug it"),
    ("The battery in my tablet has swollen and the screen is lifting off the case. Is it OK to keep charging?",
     "Hi, please send us the serial number and we'll book a repair.", "battery", "stop charging"),
])
def test_a_faulty_device_is_unplugged_not_fled(customer: str, draft: str, hazard: str, advice: str) -> None:
    assert hazard_of(customer.lower()) == hazard
    rewrite = check(draft, customer).rewrite
    assert advice in rewrite and "get everyone out" not in rewrite and "safe place" not in rewrite, rewrite


def test_fees_after_late_wages_are_a_charge_they_dispute_not_a_confession() -> None:
    customer = ("I'm £250 overdrawn because my wages were late and you've added £70 of fees. I've got £10 to last "
                "till Friday. Can you refund the fees?")
    rewrite = check("The fees were applied in line with your account terms.", customer).rewrite
    assert "being open" not in rewrite and "telling me" not in rewrite, rewrite


@pytest.mark.parametrize(("draft", "customer", "cut", "kept"), [
    ("The fee was applied in line with your account terms. To avoid fees in future, we recommend keeping a buffer in "
     "your account.", "You charged me £30 for going 80p overdrawn. I'm on universal credit and that's my food money.",
     "To avoid fees", "in line with your account terms"),
    ("Hi Tom, your plan has a 12 month minimum term, so cancelling early costs £60. You might also find that exercise "
     "is good for mental health in tough times!",
     "Please cancel my gym membership. I was made redundant last week and can't pay £35 a month.",
     "mental health", "£60"),
    ("Hi Sam, the contract runs 24 months, and ending it now costs £120. We'd encourage all customers to think "
     "carefully about their budget before signing a contract.",
     "My hours were cut to nothing and I can't keep paying £30 a month for this phone. Can I end it?",
     "before signing", "£120"),
])
def test_advice_for_better_times_is_cut_for_someone_who_cannot_pay(draft: str, customer: str, cut: str,
                                                                    kept: str) -> None:
    rewrite = check(draft, customer).rewrite
    assert cut not in rewrite and kept in rewrite, rewrite


def test_you_should_have_been_asleep_is_what_they_were_owed_not_blame() -> None:
    draft = ("I'm so sorry, you should have been asleep hours ago. Our duty manager is on the way to room 221 now "
             "and I'll check back in 15 minutes.")
    rewrite = check(draft, "It's 1am and the room next to 220 is blasting music. I've rung the desk twice.").rewrite
    assert "you should have been asleep hours ago" in rewrite, rewrite


def test_a_reply_that_already_puts_their_oxygen_first_gets_no_urgency_line_in_front() -> None:
    draft = ("Hi, there's a fault affecting Mill Lane and engineers expect power back by 9pm. As your dad is on "
             "oxygen, I've flagged your address for a welfare visit with a backup unit within the hour.")
    customer = "No power on Mill Lane since 4pm. My dad is on oxygen. When's it back?"
    assert check(draft, customer).rewrite == draft


def test_thanks_that_mention_a_late_mum_long_gone_get_no_condolence_in_front() -> None:
    draft = "Dear Amir,\n\nWhat a lovely message, thank you. I've shared it with the whole team.\n\nBest,\nLeah"
    customer = ("I watched your film about the school you rebuilt and it was lovely to see. My late dad gave to you "
                "every month and I've kept it going for him.")
    result = check(draft, customer)
    assert result.rewrite == draft and "E503" not in result.analysis.rules


def test_what_they_cannot_afford_to_lose_is_not_said_back_as_what_went_wrong() -> None:
    moment = their_moment("My visa is still 'in progress' after 8 weeks. I fly on 2 June. I can't lose the flights.")
    assert moment is None or "lose" not in moment, moment


@pytest.mark.parametrize(("draft", "gone", "kept"), [
    ("Hey! Have you tried switching the router off and on? 🙂 If that doesn't help, send us your postcode. ^MK",
     "switching", "Send us your postcode"),
    ("Hello, did you try rebooting the hub? Please also check the grey cable is pushed in firmly. Thanks, Ama",
     "rebooting", "Please check the grey cable"),
    ("Hi, please power cycle the hub. If that doesn't help, send us your postcode. ^MK", "power cycle",
     "Send us your postcode"),
])
def test_asking_someone_who_restarted_it_many_times_to_restart_it_again_is_taken_out(
        draft: str, gone: str, kept: str) -> None:
    result = check(draft, "Wifi keeps dropping every night this week. I've restarted the hub loads of times, it "
                          "doesn't help. I need it for work.")
    assert "E204" in result.analysis.rules
    assert gone not in result.rewrite and kept in result.rewrite, result.rewrite


def test_poor_you_to_someone_joking_about_their_own_snag_is_banter_not_pity() -> None:
    draft = ("Ha, poor you! Try a cheap timer light by his bowl so the morning meal comes from the light, not from "
             "you. Fen, Cedar Vets")
    result = check(draft, "Our dog Pip now howls at 4am for breakfast since his diet started. Send help, or "
                          "earplugs 😂")
    assert "E103" not in result.analysis.rules
    assert result.rewrite.startswith("Ha, poor you!")


def test_a_text_without_articles_is_not_said_back_broken() -> None:
    result = check("Hi, your appointment has been cancelled. Please call 01632 960 544 to rebook.",
                   "Can't make my 9:30 with the nurse today, stuck on tram. Can I move it?")
    assert "on tram" not in result.rewrite and "on the tram" in result.rewrite, result.rewrite


@pytest.mark.parametrize(("customer", "ask"), [
    ("Flat 3B, no hot water for four days now. I've called five times and nobody comes. I'm absolutely furious.",
     "Feel free to leave us a quick review of our service."),
    ("Our cat Moss died on your table during a routine dental on Tuesday. I still don't understand what happened.",
     "You are welcome to write a review of your visit."),
])
def test_asking_someone_upset_or_grieving_for_a_review_is_cheer_that_goes(customer: str, ask: str) -> None:
    result = check(f"I've passed this to the practice manager, who will call you. {ask}", customer)
    assert "E107" in result.analysis.rules
    assert "review" not in result.rewrite and "practice manager" in result.rewrite, result.rewrite


@pytest.mark.parametrize("excuse", [
    "As a busy seaside hotel, some level of noise is to be expected in summer.",
    "Please be aware we are a town centre venue and some disturbance should be expected.",
])
def test_telling_someone_kept_awake_that_noise_is_to_be_expected_goes_whole(excuse: str) -> None:
    draft = f"Hello, the duty manager has spoken to the guests in room 221. {excuse} Kind regards, Harbour Inn"
    result = check(draft, "Room 220, 2am, the room next door is still shouting and playing music. I rang reception "
                          "twice. I'm exhausted.")
    assert "E402" in result.analysis.rules
    assert "expected" not in result.rewrite and "spoken to the guests in room 221" in result.rewrite, result.rewrite


def test_trying_three_times_is_said_back_as_what_they_had_to_do() -> None:
    rewrite = check("Your box subscription is cancelled and this month's £21 is refunded.",
                    "I've tried to cancel my veg box subscription three times and the page just errors. You've "
                    "charged me £21 again. I'm fed up.").rewrite
    assert "you've tried" not in rewrite.lower() and "you've had to try to cancel" in rewrite, rewrite


@pytest.mark.parametrize(("customer", "pitch", "kept"), [
    ("I stopped my monthly gift to you in May and you've taken £8 again. I'm a carer and money is very tight.",
     "Every donation, however small, makes a real difference to the families we help.", "refunded"),
    ("I need to cancel my swim membership, my hours at work have been cut and I can't afford £38 a month.",
     "Swimming regularly is so good for your mental health!", "cancelled"),
])
def test_why_it_is_worth_carrying_on_is_not_said_to_someone_who_has_stopped(customer: str, pitch: str,
                                                                               kept: str) -> None:
    result = check(f"Hi, thanks for your message. {pitch} Your payment has been refunded and your plan cancelled.",
                   customer)
    assert "E406" in result.analysis.rules
    assert pitch[:12] not in result.rewrite and kept in result.rewrite, result.rewrite


def test_a_reply_that_reassures_and_has_already_rebooked_them_gets_no_echo_in_front() -> None:
    draft = ("I've got you, Sam. You're now confirmed on the 18:10 to Lyon (AF7421), seat 9A — new boarding pass is "
             "in the app. Your bag is tagged through and will be transferred automatically. Because the delay was on "
             "our side, you're entitled to a meal voucher from the transfer desk.")
    result = check(draft, "Incoming flight landed late, I've missed my 16:30 connection to Lyon at Paris. Booking "
                          "QX72LM. What now, I'm standing at transfer")
    assert result.rewrite.startswith("I've got you, Sam."), result.rewrite


@pytest.mark.parametrize(("customer", "lecture"), [
    ("Our rabbit needs surgery on his jaw, quoted £640. I'm a student and can't pay that at once. Can I pay monthly?",
     True),
    ("Thinking of getting a puppy next month. Do you recommend pet insurance, and which kind?", False),
])
def test_insurance_advice_is_hindsight_only_to_someone_facing_a_bill(customer: str, lecture: bool) -> None:
    result = check("Hi, we can split this over three months. We strongly recommend pet insurance to cover unexpected "
                   "costs.", customer)
    assert ("E407" in result.analysis.rules) is lecture
    assert ("insurance" in result.rewrite) is not lecture, result.rewrite


@pytest.mark.parametrize(("customer", "confusion"), [
    # what is in two minds is named: the ferry's status
    ("ferry to Cherbourg at 14:00, app says delayed but the screen at the port says cancelled?? which is it",
     "confusion about the ferry's status"),
    # with nothing to name, the draft's own apology for the confusion stays
    ("is the 18:05 to Bath running?? website shows delayed, platform screen shows cancelled",
     "apologies for any confusion"),
])
def test_two_screens_that_disagree_are_not_taken_as_a_delay(customer: str, confusion: str) -> None:
    rewrite = check("Hi, apologies for any confusion. Please check our live departures page for updates.",
                    customer).rewrite
    assert "delay" not in rewrite.lower() and confusion in rewrite, rewrite


def test_fear_of_fraud_is_acknowledged_and_still_having_the_card_is_not_said_back() -> None:
    result = check("Hello, please complete the dispute form in the Help section of our website.",
                   "There's a £189.50 payment to QXL*HOMEWARE I definitely didn't make. I still have my card with me. "
                   "Is someone using my account? I'm panicking.")
    assert "E503" in result.analysis.rules
    assert "card with you" not in result.rewrite and "worr" in result.rewrite.lower(), result.rewrite


def test_a_team_dying_over_here_with_a_laugh_is_a_joke_not_a_health_crisis() -> None:
    result = check("Hi, thanks for the idea. I've passed it to the product team.",
                   "any plans for a bigger font option on the tablet app? the warehouse crew are dying over here 😅")
    assert "E503" not in result.analysis.rules and "sorry" not in result.rewrite.lower(), result.rewrite


def test_more_of_this_please_after_a_snag_put_right_is_praise_with_no_apology() -> None:
    result = check("Thanks for the feedback. We aim to give every customer a quick answer. ^KD",
                   "Genuinely surprised — phoned about a missing pension payment and a real human sorted it in three "
                   "minutes. More of this please 👏")
    assert "sorry" not in result.rewrite.lower(), result.rewrite


@pytest.mark.parametrize(("customer", "wanted", "unwanted"), [
    ("I've tried four times to renew my parking permit online and it keeps saying 'address not found'. I'm fed up.",
     "you've had to try four times", "you've tried"),
    ("You cancelled our train tickets to Glasgow on 2 May and I'm still waiting for the £96 back. Furious.",
     "your train tickets to Glasgow were cancelled", "cancelled to glasgow"),
])
def test_what_the_customer_said_is_said_back_in_order(customer: str, wanted: str, unwanted: str) -> None:
    rewrite = check("Hello, I've passed this to the team, who will reply by Friday.", customer).rewrite
    assert unwanted not in rewrite.lower() and wanted in rewrite, rewrite


def test_their_hedge_is_not_said_back() -> None:
    rewrite = check("Dear Guest,\n\nThank you for your feedback. Our rooms are cleaned daily.\n\nGuest Services",
                    "I stayed in room 12 from 2-4 May and woke up covered in bites. I found what I'm pretty sure were "
                    "bedbugs in the headboard. I had to throw away a jumper. I want a refund.").rewrite
    assert "pretty sure" not in rewrite, rewrite


@pytest.mark.parametrize("customer", [
    "I think I may have been charged twice for order 4411, can you check? I'm worried as money is tight.",
    "Not sure, but it looks like I've been charged twice for my March bill. Really worried about this.",
])
def test_a_charge_they_only_suspect_is_not_said_back_as_our_mistake(customer: str) -> None:
    rewrite = check("Hi Sam, please allow 3-5 working days for any pending transaction to drop off. Regards, Lee",
                    customer).rewrite.lower()
    assert "double charge" not in rewrite and "charged twice" not in rewrite, rewrite


def test_a_wait_they_are_sure_of_is_still_acknowledged_after_looks_like() -> None:
    rewrite = check("Hi, refunds can take up to 28 days. ^AB", "Looks like my refund is delayed again, same as my "
                    "train was. Three weeks now and nothing. Fuming.").rewrite
    assert "delay" in rewrite, rewrite


@pytest.mark.parametrize("draft", [
    "Dear Mr Patel, We acknowledge receipt of your complaint. It will be dealt with in due course. Regards, Waste "
    "Services",
    "Dear Mr Patel,\n\nI acknowledge receipt of your formal complaint. Your comments have been noted.\n\nWaste Services",
])
def test_a_form_letters_receipt_of_a_complaint_becomes_a_plain_thank_you(draft: str) -> None:
    rewrite = check(draft, "Third time my bin has been missed and now there are rats. I'm disgusted.").rewrite
    assert "acknowledge receipt" not in rewrite and "thank you for raising this" in rewrite.lower(), rewrite


def test_a_widow_who_signs_off_with_thanks_gets_condolences_not_thanks_for_praise() -> None:
    result = check("Dear Mrs Ellis, Thank you for your email. We apologise for any inconvenience caused. To make a "
                   "claim we need the policy number and a death certificate. Kind regards, Claims Team",
                   "Hello, my husband Geoff passed away on the 3rd and I've been told he had a life policy with you. "
                   "I can't find any paperwork. Could someone please tell me how to start. Thank you, Margaret Ellis")
    assert "E108" not in result.analysis.rules and "sorry for your loss" in result.rewrite, result.rewrite
    assert "any inconvenience" not in result.rewrite, result.rewrite


@pytest.mark.parametrize(("customer", "draft", "unwanted"), [
    ("I asked for my enrolment letter 3 weeks ago (request #UNI-5581). My visa appointment is on 19 August and without "
     "the letter I can't submit. If I miss the appointment I'll miss the start of term. When will it be issued?",
     "Dear Student, Thank you for your enquiry. Your request is in the queue and will be processed in due course. "
     "Regards, Admissions", "sorry your visa appointment is"),
    ("I submitted a planning application (ref 24/01877/HOU) 10 weeks ago. The website still says 'under "
     "consideration'. The statutory deadline is 8 weeks. When will I get a decision?",
     "Thank you for your enquiry. Your application is under consideration. Planning Services", "deadline"),
    ("Our integration has been returning 503s from your /v2/orders endpoint since 09:40 UTC. This is blocking our "
     "checkout.", "Hi team, thanks for reaching out. We're seeing elevated error rates on the gateway and are rolling "
     "out a fix. Best, Support", "the order"),
    ("@homes hi, it's been six weeks since the surveyor came to look at our broken bedroom window (doesn't shut "
     "properly). any update on when it'll be repaired?", "Hi, thanks for getting in touch. Your repair is in the "
     "system and will be completed in due course. ^CH", "sorry the surveyor came"),
], ids=["when it is due", "a deadline they quote", "a path in an error report", "the visit the wait began with"])
def test_what_is_not_their_trouble_is_not_said_back_as_it(customer: str, draft: str, unwanted: str) -> None:
    rewrite = check(draft, customer).rewrite
    assert unwanted not in rewrite.lower(), rewrite


@pytest.mark.parametrize(("draft", "customer", "gone", "kept"), [
    ("I understand your frustration. You should have ensured the damage was marked before signing. The charge "
     "therefore stands.", "You took £350 for a scratch that was there when I picked the car up. I showed your desk. "
     "This is a scam.", ("should have", "therefore"), "The charge stands."),
    ("Hi, sorry about the dropouts. Have you tried turning the router off and on again? Please make sure it is away "
     "from other electronics.", "Internet drops every evening this week. I've restarted the router 50 times",
     ("turning the router off",), "make sure your router is away"),
    ("Hi, your notes aren't lost. As I mentioned in our release notes, the notes panel has moved to the sidebar.",
     "After your update all our project notes are GONE. we have a client presentation tomorrow. what the hell happened",
     ("release notes",), "The notes panel has moved to the sidebar."),
    ("As I already said earlier in this chat, cancellations after the Wednesday cut-off still include the next box. "
     "The charge is correct.", "I cancelled my meal kit on the 2nd and you've STILL taken £59.96 today. Why?",
     ("already said", "this chat"), "Cancellations after the Wednesday cut-off"),
    ("@kim_r It's just one class, the 7:30 has bikes free. ^PG",
     "@PulseGyms got there at 6:25 and my bike had been given away. third time this month",
     ("just one class",), "@kim_r The 7:30 has bikes free"),
    ("Hi Aisha, Mould is usually caused by condensation. As mentioned at check-in, tenants are responsible for "
     "ventilating the property. If it persists, let me know. Thanks, Gary",
     "The black mould in the baby's bedroom is back. She's 7 months and has had a cough for 2 weeks. I'm really "
     "worried. Can someone come this week?", ("check-in",), "condensation. Tenants are"),
    ("Dear Patient, Appointments may need to be rescheduled. Your call is important to us and a member of our "
     "bookings team will be in touch in due course. Kind regards, Patient Services",
     "My physio appointment has been cancelled for the third time. Who can guarantee me one?",
     ("important to us", "And a member"), "A member of our bookings team"),
    ("Hello, All customers must note any damage on the condition report. As no damage was recorded on your report, "
     "you should have raised this at collection. The charge stands. Damage Team",
     "You've charged me £275 for a scratch that was ALREADY THERE when I collected it. I mentioned it at the desk. I "
     "want this refunded.", ("should have", "As no damage was recorded"), "The charge stands."),
    ("Dear Mrs Kemp, As I already explained on the phone last week, the offer renews to a 12-month subscription "
     "unless cancelled. The renewal is non-refundable. Regards, Subscriptions Team", "I've been charged £59.99 for a "
     "renewal but I thought I'd only signed up for three issues at £1. I am 77 and don't understand why.",
     ("explained", "last week"), "Dear Mrs Kemp, the offer renews"),
    ("Dear Ms Khan, It is important to remember that repayments must be made on time, and missed payments can harm "
     "your credit score and your chances of borrowing again. Please call our support team on 0345 600 7788. Regards, "
     "Lending", "I've lost my job and can't make this month's £150 repayment. I'm scared of what happens next.",
     ("important to remember", "chances of borrowing"), "Please call our support team on 0345 600 7788."),
    ("Hi, the compressor is still on back order so unfortunately there is nothing we can do until it arrives.",
     "my fridge has been with you 3 weeks for a '5 day' repair. nobody has called. when do I get it back?",
     ("unfortunately", "nothing we can do"), "Hi, the compressor is still on back order."),
    ("Hi Amy,\n\nThank you for your patience. We appreciate your understanding while we work to resolve this. We will "
     "update you as soon as we have more information.\n\nKind regards,\nRepairs",
     "Just checking in on the heating. It broke on the 2nd. It's now the 19th. I'm sure the engineer is having a "
     "lovely time wherever he is. We're having cold showers.",
     ("While we work",), "We appreciate your understanding while we work to resolve this."),
    ("Dear Sam, As stated in our booking terms, which are signed at drop-off, small nicks can occur when a dog "
     "won't keep still. Regards, Salon Manager", "Collected Bruno today and his ear was cut and bleeding. Nobody "
     "told me. The vet cost £70. I'm very upset.", ("As stated", "which are signed"),
     "Small nicks can occur when a dog won't keep still."),
    ("Hi Owen, As outlined in the terms and conditions you agreed to at sign-up, relocation will need to be evidenced "
     "with a tenancy agreement and a letter from your employer. Kind regards, Membership",
     "Please cancel my membership, I'm moving to Aberdeen for work next month and you have no branch there.",
     ("As outlined", "agreed to"), "relocation will need to be evidenced with a tenancy agreement"),
], ids=["a therefore whose reason went", "it names the router", "as I mentioned in our release notes",
        "as I already said earlier in this chat", "a dismissal right after a handle", "a dig opening a sentence",
        "your call is important to us and", "only an as clause left", "on the phone last week",
        "a list joined by and is not two clauses", "so unfortunately goes with the shrug",
        "a while clause is no sentence", "a lecture's aside goes with its lead",
        "what a long lead was said beside stays"])
def test_a_cut_leaves_whole_sentences_behind(draft: str, customer: str, gone: tuple[str, ...], kept: str) -> None:
    rewrite = check(draft, customer).rewrite
    assert not [words for words in gone if words in rewrite] and kept in rewrite, rewrite


def test_a_laugh_at_their_trouble_goes_and_the_apology_after_it_stays() -> None:
    rewrite = check("Haha love this! 😂 So sorry your pizza went AWOL! Can you DM us your order details?",
                    "ordered a large pizza, box was empty. Driver was lovely tho. Order 55-KT19").rewrite
    assert "Haha" not in rewrite and "😂" not in rewrite and "So sorry your pizza went AWOL!" in rewrite, rewrite


def test_a_percentage_is_not_cut_off_as_a_clock_time_leaving_half_a_clause() -> None:
    rewrite = check("Hi, thanks for reaching out. This is likely the export job timing out. Let us know if this helps.",
                    "Our CSV export of all client records keeps failing at about 60% and we need it for an audit on "
                    "Thursday. Please help, this is urgent.").rewrite
    assert "failing at." not in rewrite, rewrite


def test_a_party_popper_goes_from_a_reply_to_an_angry_customer() -> None:
    rewrite = check("Hey there! 🎉 Thanks for ordering with DashBite! Pop us a DM and we'll see what we can do! 🍛",
                    "waited 1hr 40 for a curry that arrived stone cold. £32 for this. Absolute joke").rewrite
    assert "🎉" not in rewrite and "🍛" in rewrite, rewrite


def test_needs_met_in_what_was_done_are_the_care_a_vulnerable_customer_needs() -> None:
    draft = ("Dear Nadia, Thank you for letting us know. I've added wheelchair assistance to both flights and noted "
             "that your dad has dementia, so the team can take you through security by a quieter route. If anything "
             "worries you before the day, reply here and I'll sort it. Kind regards, Owen")
    result = check(draft, "My dad is 84, uses a wheelchair and has early dementia, so busy places frighten him. I'm "
                          "really anxious about the airport. What help can we get? Thank you, Nadia")
    assert "E503" not in result.analysis.rules and result.rewrite == draft, result.rewrite


def test_telling_someone_who_has_waited_weeks_to_be_patient_goes() -> None:
    rewrite = check("Your order is with the courier. Please be patient and keep checking the tracking link.",
                    "Order 5520913 was meant to arrive 2 weeks ago. Every time I'm told it's on its way. It's "
                    "not.").rewrite
    assert "patient" not in rewrite and "Your order is with the courier." in rewrite, rewrite


def test_a_thank_you_for_telling_us_does_not_meet_fear() -> None:
    result = check("Hi Emily, Thank you for letting us know about your experience. I've passed this to our courier "
                   "team and added a £10 credit to your account. Jamie",
                   "Your driver swore at me and then stood at the bottom of my stairs for minutes, which honestly "
                   "scared me because I live alone. He knows where I live now.")
    assert result.rewrite != result.draft and "sorry" in result.rewrite.lower(), result.rewrite


def test_a_sorry_that_names_nothing_goes_for_care_when_a_child_ate_what_they_are_allergic_to() -> None:
    rewrite = check("Hi there, I'm sorry to hear there was an issue with your order. I've refunded the £8.50 and added "
                    "a £5 credit.", "I wrote NUT ALLERGY in the notes. There were peanuts all through it. My son had "
                    "two mouthfuls, he's had his antihistamine and seems ok but I'm shaking.").rewrite
    assert "an issue with your order" not in rewrite and "sorry" in rewrite and "£8.50" in rewrite, rewrite


def test_a_party_popper_after_the_greeting_goes_on_its_own_from_a_reply_to_a_complaint() -> None:
    rewrite = check("@mark Hey Mark! 🎉 Sorry it kept you up, we'd love to welcome you back for a quieter stay! ^GF",
                    "@hotel party below until 2am, asked reception twice for another room, got shrugs. £189 for zero "
                    "sleep. lovely.").rewrite
    assert rewrite.startswith("@mark Hey Mark! Sorry it kept you up"), rewrite


def test_a_stool_that_collapsed_under_them_is_no_one_collapsing() -> None:
    assert read_stakes("the step stool collapsed under me yesterday and i've got a badly bruised hip").crisis is None


def test_their_own_diagnosis_is_named_not_all_this_to_deal_with() -> None:
    rewrite = check("Hi, memberships can be frozen for up to 3 months at £5 a month. Let me know how you'd like to "
                    "proceed.", "hi I've just been diagnosed with breast cancer and start chemo next week. can I "
                    "freeze my membership for 6 months?").rewrite
    assert "sorry to hear about your diagnosis" in rewrite, rewrite


def test_as_i_explained_on_the_phone_goes_whole_and_just_a_recommendation_stays_as_reassurance() -> None:
    rewrite = check("Hi Lorraine, As I already explained on the phone, advisories are items our technician has "
                    "flagged. It's just a recommendation, you don't have to do it. Thanks, Garage",
                    "You've quoted £780 for 'advisory' work I didn't ask for. I feel like you're trying it on.").rewrite
    assert "explained" not in rewrite and "on the phone" not in rewrite, rewrite
    assert "It's just a recommendation, you don't have to do it." in rewrite, rewrite


def test_a_one_word_legend_closing_a_rescue_story_is_thanks_and_gets_no_apology() -> None:
    draft = "@hannah Callum is indeed a legend and we'll make sure he hears it! Enjoy the Highlands 🚗 ^RM"
    rewrite = check(draft, "picked up a car in Inverness at 11pm after my flight was delayed and the guy waited for "
                           "me AND gave me directions to a 24hr petrol station. Legend 🙌").rewrite
    assert rewrite == draft, rewrite


def test_where_to_look_something_up_is_kept_when_a_lecture_is_cut() -> None:
    rewrite = check("Dear Mr Hoskins, Residents should put bins out by 6am and use only accepted materials as stated "
                    "on our website. Regards, Waste Services", "Third time in five weeks my recycling hasn't been "
                    "collected. The bin is out by 6am every time.").rewrite
    assert "on our website" in rewrite, rewrite


def test_its_important_to_remember_to_someone_with_a_problem_is_a_lecture_and_goes() -> None:
    result = check("Dear Mr Allen, It's important to remember that energy usage increases in winter. We've used your "
                   "latest reading of 18204 to correct the bill. Kind regards, Customer Services",
                   "My bill has jumped from £95 to £287 this month and it says 'estimated'. I've sent you readings "
                   "every month. Why are you estimating??")
    assert "E407" in result.analysis.rules and "important to remember" not in result.rewrite, result.rewrite
    assert "18204" in result.rewrite, result.rewrite


def test_as_i_already_said_goes_even_when_it_held_a_word_of_theirs() -> None:
    rewrite = check("Dear Mr Holt,\n\nAs I already said in my previous email, deposits are non-refundable once paid, "
                    "as explained in the letter sent home in September. I'm not able to change this.\n\nRegards,\n"
                    "Ms Parkes\nTrips Coordinator, St Aldhelm's School",
                    "Dear Ms Parkes, I'm writing again about the £280 deposit for the Year 9 Paris trip. My son can't "
                    "go as his grandmother is very ill and we'll be travelling to see her. I asked three weeks ago if "
                    "we can get it back and haven't had a clear answer. Regards, Andrew Holt").rewrite
    assert "already said" not in rewrite and "Deposits are non-refundable" in rewrite, rewrite


def test_a_clinics_routine_follow_up_is_the_reassurance_a_worried_patient_needs() -> None:
    rewrite = check("Hi, it's a routine follow up, there's no need to worry. The next appointment is in 3 weeks. You can "
                    "check the app daily for cancellations.", "I had blood tests 2 weeks ago and got a text saying "
                    "'please book a follow up with your GP'. Is something wrong? I'm really panicking").rewrite
    assert "there's no need to worry" in rewrite, rewrite


def test_its_been_is_said_back_with_its_apostrophe() -> None:
    rewrite = check("Thank you for contacting us about your delayed baggage. Claims take up to 28 days.",
                    "my bag didnt come off the carousel in Rome and its been 3 DAYS. my suit for the wedding is in "
                    "it").rewrite
    assert "its been" not in rewrite and "it's been" in rewrite, rewrite


def test_a_plan_that_holds_off_the_bailiffs_is_the_care_someone_in_arrears_needs() -> None:
    draft = ("Dear Ms Evans, Thank you for getting in touch, and I want to reassure you that nothing will be passed to "
             "enforcement agents while we agree a plan with you. We can spread the £460 over the rest of the year; "
             "call me on 01632 960 418 and I'll set it up. Kind regards, Aisha")
    result = check(draft, "I've received a reminder for council tax arrears of £460. I had my hours cut at work and I "
                          "just don't have it. I'm scared about bailiffs. Is there anything I can do? Nicola Evans")
    assert "E503" not in result.analysis.rules and result.rewrite == draft, result.rewrite


def test_laughing_along_with_a_boiler_they_have_named_stays() -> None:
    draft = "Haha love the name! 😂 Sorry to hear Gerald is playing up again. Please report it via the tenant portal."
    rewrite = check(draft, "the boiler at flat 12 has broken so many times we've named it Gerald. Gerald died again "
                           "last night. RIP Gerald 🪦").rewrite
    assert rewrite == draft, rewrite


def test_who_pays_import_vat_is_an_answer_not_blame() -> None:
    analysis = analyze("Dear Mr Hollis, Import VAT and duty are the responsibility of the recipient. The handling fee "
                       "is for processing your customs clearance.", "I've been asked to pay £27.50 in customs and "
                       "handling before you'll deliver a present. I don't understand what the £12 handling part is.")
    assert not {"E402", "E407"} & set(analysis.rules), analysis.rules


def test_three_ways_of_saying_stop_asking_go_even_when_what_is_left_never_met_their_hardship() -> None:
    rewrite = check("Dear Mr Radcliffe, As I already explained in my previous email, the matter has been referred to the "
                    "relevant department. As I also said, we cannot give a timescale for this. Please do not send "
                    "further emails about this matter as it will not speed up the process. Regards, Mortgage Servicing",
                    "This is my fourth email. My mortgage payment went out twice this month and I've now gone "
                    "overdrawn and been charged £35. Nobody has given me a straight answer.").rewrite
    assert "already explained" not in rewrite and "also said" not in rewrite and "speed up" not in rewrite, rewrite
    assert "We cannot give a timescale" in rewrite, rewrite


def test_collapsing_on_a_chair_in_tears_is_exhaustion_not_an_emergency() -> None:
    assert read_stakes("she had to walk to the gate and collapsed on a chair in tears. she's been in bed for two "
                       "days").crisis is None


def test_credit_added_to_the_meter_right_now_is_the_warmth_so_no_cold_safety_line_goes_first() -> None:
    draft = ("I'm really glad you messaged us. I can add £30 of fuel support credit to your meter right now, and you "
             "won't need to pay it back. It'll show within about 15 minutes.")
    rewrite = check(draft, "my prepayment meter is on emergency credit and I get paid friday. I've got £3 to my name "
                           "and a 9 month old. if it goes off tonight we've got no heating. please is there "
                           "anything").rewrite
    assert rewrite.startswith("I'm really glad you messaged us."), rewrite


def test_a_calm_check_on_a_wait_with_no_rush_gets_no_apology() -> None:
    draft = ("Hi, thanks for checking in. Yes, claim CL-204517 is in the system and has been approved. Our partner "
             "should phone you within 2 working days.")
    rewrite = check(draft, "Just checking on claim CL-204517 for my windscreen. It was submitted on the 3rd and I "
                           "haven't heard anything. No rush really, just want to know it's in the system.").rewrite
    assert rewrite == draft, rewrite


def test_a_clause_left_on_still_when_its_quoted_status_goes_is_not_said_back() -> None:
    rewrite = check("@jen We apologise for any inconvenience caused. Our baggage team are working to reunite you with "
                    "your bag. ^DL", "@Skyvale 4 days. FOUR DAYS and my suitcase is still 'being traced'. I'm at a "
                    "wedding in Lisbon in the same jeans I flew in.").rewrite
    assert not re.search(r"\bstill\.", rewrite), rewrite


def test_good_news_that_it_was_handed_in_is_the_care_someone_desperate_needs() -> None:
    draft = ("Hi, good news: a black Herschel backpack with a laptop inside was handed in at Victoria yesterday. It's "
             "held under reference LP-55102 at the Lost Property office, open 8am to 6pm.")
    result = check(draft, "Left my black Herschel backpack on the 08:10 bus yesterday, my laptop's in it and I'm "
                          "desperate. Has it been handed in?")
    assert result.rewrite == draft, result.rewrite


def test_a_thank_you_just_after_the_introduction_gets_no_second_thank_you() -> None:
    result = check("Hi, it's Dana from Brightwater. Thanks for texting us. I've paused the meter change while we "
                   "set up a plan you can manage.",
                   "Letter says you're putting me on a prepay meter. I've lost shifts and can't pay the £280. Please "
                   "don't.")
    assert result.rewrite.lower().count("thank") == 1, result.rewrite


@pytest.mark.parametrize(("draft", "kept"), [
    ("Missing records are almost always caused by user error, such as deleted rows. Please check your filters.",
     "caused by"),
    ("As stated in the hire terms and conditions, section 4.1, the hirer must record existing damage. The charge "
     "stands.", "As stated in the hire terms and conditions, section 4.1"),
])
def test_a_cut_never_leaves_a_fragment_behind(draft: str, kept: str) -> None:
    rewrite = check(draft, "I've been charged for something that isn't my fault and I'm really angry about it.").rewrite
    assert kept in rewrite and "almost always error" not in rewrite and not rewrite.startswith("Section"), rewrite


def test_poor_thing_about_their_child_is_warmth_not_pity() -> None:
    result = check("Oh no, poor thing. Good news: the teddy was handed in and is at Lost Property on Mill Street.",
                   "My son left his teddy on the 42 bus this morning and he's been crying all day 😢")
    assert "E103" not in result.analysis.rules


def test_reassurance_and_action_to_someone_frightened_of_fraud_need_no_acknowledgement_in_front() -> None:
    draft = ("Dear Mr Hale,\n\nThank you for checking with us first, that was exactly the right thing to do. The "
             "£612.00 attempt was declined, so no money has left your account, and I've cancelled the card ending "
             "7730. A new one arrives in 3-5 working days.\n\nKind regards,\nSam Ortiz")
    result = check(draft, "I got a text about a £612 payment on my card that I didn't make and I'm scared to reply in "
                          "case it's a scam. What should I do?")
    assert result.rewrite == draft, result.rewrite


def test_who_is_not_there_to_help_them_is_not_trouble_to_be_sorry_for() -> None:
    rewrite = check("Hello,\n\nPlease check you are typing the card number without spaces.\n\nOnline Team",
                    "Dear sir, I keep trying to pay for the coat on your website and it says 'card invalid'. My son "
                    "is not around to help. Can I pay another way? Mrs D. Hughes").rewrite
    assert "not around to help" not in rewrite, rewrite


def test_a_username_in_the_greeting_keeps_the_acknowledgement_after_it() -> None:
    rewrite = check("Hi nightOwlRanger,\n\nYour account was suspended for using third-party software. You can appeal "
                    "at support.example.com/appeals.\n\nPlayer Support",
                    "Why is my account suspended??? I never cheated, 3 years on this game. Ridiculous.").rewrite
    assert rewrite.startswith("Hi nightOwlRanger,"), rewrite


def test_a_landlord_already_treating_no_heating_as_an_emergency_gets_no_safety_line_on_top() -> None:
    draft = ("Dear Sam,\n\nI'm so sorry, I only just got your messages. With a newborn at home this is an emergency "
             "and I'm treating it as one. An engineer comes between 3 and 5pm today, and he has two oil heaters in the "
             "van to leave with you if it can't be fixed tonight.\n\nBest,\nTom")
    result = check(draft, "The boiler broke on Saturday. No heating or hot water, we have a newborn and it's -3 "
                          "tonight. I've left you three voicemails.")
    assert result.rewrite == draft, result.rewrite


def test_a_warm_reply_that_has_already_stopped_the_cut_off_gets_no_acknowledgement_in_front() -> None:
    draft = ("Hi Sam, thanks for messaging us - nobody's getting cut off while we sort this. I've put a 30-day hold "
             "on your account from today, and we can spread the £240 over small payments. Reply YES and I'll send "
             "the form. - Ana")
    result = check(draft, "got a disconnection letter. lost my job in feb and im £240 behind. i can pay a bit but "
                          "not all. please dont cut us off, i have 3 kids")
    assert "E503" not in result.analysis.rules and result.rewrite == draft, result.rewrite


def test_a_cheery_opener_cut_after_an_emoji_leaves_a_capital_letter() -> None:
    rewrite = check("Ha, no need to name your goldfish after us! 😄 Good news: offline mode is in beta. Turn it on "
                    "under Settings > Labs.",
                    "PLEASE add offline mode, I'm literally crying on every train journey. I'll name my goldfish after "
                    "your app").rewrite
    assert "😄 offline" not in rewrite, rewrite


def test_praise_for_help_with_a_snag_that_asks_us_to_tell_him_gets_no_apology() -> None:
    rewrite = check("Thanks for the feedback! We'll make sure this gets passed along.",
                    "The courier today (Raj?) carried my boxes up 5 floors because the lift was broken. Absolute "
                    "legend, please tell him.").rewrite
    assert "sorry" not in rewrite.lower(), rewrite


def test_a_calm_question_from_someone_on_benefits_gets_an_answer_not_a_hardship_line() -> None:
    result = check("Hi. The free school meals form is on the council website under Education. Thanks, School Office.",
                   "Hi, we're on Universal Credit and my son might get free school meals, someone said. Where do I "
                   "apply and is it too late?")
    assert "E503" not in result.analysis.rules, result.analysis.rules


def test_a_cancelled_flight_with_a_time_is_said_back_in_order() -> None:
    rewrite = check("Please see our website for your rights. ^TK",
                    "@AirNorth you cancelled my flight to Porto 2 hours before departure and nobody at the desk knows "
                    "anything. Ref KQ7PLX. Disgraceful 😡").rewrite
    assert "cancelled to Porto" not in rewrite, rewrite


@pytest.mark.parametrize(("customer", "wanted", "unwanted"), [
    ("card declined at hotel in Porto, I told you I was abroad!! need it working now", "at the hotel", "at hotel"),
    ("@FlyNorth you cancelled my flight to Nice with 4 hours notice, no hotel, nothing. Stuck with my kids 😡",
     "your flight to Nice was cancelled", "cancelled to Nice"),
    ("Card declined at a cafe in Madrid, nothing wrong with my account. Stuck here with a bill of 60 euros.", None,
     "stuck here"),
])
def test_a_text_message_is_said_back_as_whole_sentences(customer: str, wanted: str | None, unwanted: str) -> None:
    rewrite = check("Hi, I've removed the block on your card. Please try the payment again.", customer).rewrite
    assert unwanted not in rewrite and (wanted is None or wanted in rewrite), rewrite


def test_a_reply_that_already_names_how_they_feel_gets_no_feeling_line_in_front() -> None:
    draft = ("Hi Pat,\n\nWell done for taking this step. Plenty of our members were nervous at first too. Our trainer "
             "Sue will show you round on Thursday at 11am and set up a gentle plan with you.\n\nBest,\nNia")
    result = check(draft, "I'd like to join but I had a hip replacement in spring and I'm really nervous about a gym. "
                          "Could someone show me round? I'm 67.")
    assert result.rewrite == draft, result.rewrite


def test_a_calm_question_after_a_stay_in_hospital_is_still_a_hard_moment() -> None:
    result = check("Dear Customer,\n\nSaver fares are non-refundable, so we can't refund booking KT4RW2.\n\nCustomer "
                   "Relations", "I had to cancel my trip to Rome (booking KT4RW2) because I was admitted to hospital "
                   "with pneumonia the day before. I have the discharge note. Surely you can refund the £240?")
    assert "E503" in result.analysis.rules, result.analysis.rules


def test_a_ticket_number_is_not_the_thing_in_trouble() -> None:
    assert troubled_thing("@net-core our fibre at the Mill Lane office has been down since 08:10, ticket #QT-20417, "
                          "25 staff can't work. Any ETA?") != "the ticket"


@pytest.mark.parametrize("owed", ["you should have been treated with care", "you should have been listened to",
                                  "you should have been seen the same day"])
def test_how_they_should_have_been_treated_is_an_admission_not_blame(owed: str) -> None:
    draft = (f"I'm so sorry. You rang about your son's fever and {owed}, not sent away. Dr Okoro will call you "
             "at 2:30pm today.")
    result = check(draft, "Your receptionist told me to ring back tomorrow when my son had a fever of 39. I'm "
                          "furious.")
    assert owed in result.rewrite and "E401" not in result.analysis.rules, result.rewrite


def test_laughing_along_with_a_customer_teasing_that_the_gift_is_a_myth_stays() -> None:
    draft = "Haha, the mug does exist, honest! 😄 Mugs go to members on the annual plan. Thanks for sticking with us!"
    rewrite = check(draft, "Two years a member and STILL no welcome mug. I'm beginning to think it's a myth 👀").rewrite
    assert rewrite.startswith("Haha, the mug does exist"), rewrite


def test_nothing_more_i_can_do_goes_with_its_clause_and_leaves_no_fragment() -> None:
    draft = ("Hi Ms Obi,\n\nI have already told you the plumber is booked. The valve is on order and there's "
             "nothing more I can do until it arrives.\n\nRegards,\nDean")
    customer = "Day three with no hot water, and my baby is 4 weeks old. I've reported it twice. This isn't on."
    rewrite = check(draft, customer).rewrite
    assert "The valve is on order." in rewrite and "and until" not in rewrite, rewrite
    assert "The plumber is booked." in rewrite and "told you" not in rewrite, rewrite


def test_a_request_to_pass_on_a_thanks_gets_no_sorry_for_the_story_and_keeps_its_warm_close() -> None:
    draft = "Hi there, thanks for your message. We've passed your kind words on to Josh. Have a lovely weekend."
    customer = ("Hi, could you pass on a thanks to my driver today? He brought the boxes up 3 flights because the "
                "lift was broken and I'm on crutches.")
    rewrite = check(draft, customer).rewrite
    assert "sorry" not in rewrite.lower() and "Have a lovely weekend." in rewrite, rewrite


@pytest.mark.parametrize("lecture", [
    "Cardholders are responsible for monitoring their account and keeping their card details safe.",
    "As set out in our terms, members are responsible for checking their statements and keeping their card safe.",
])
def test_telling_someone_who_fears_fraud_that_keeping_their_card_safe_is_their_job_goes(lecture: str) -> None:
    draft = (f"Hi, thanks for contacting Ashford Bank. {lecture} We can't discuss disputes over chat. Please fill in "
             "the dispute form under Help > Forms and allow 10 working days.")
    customer = "There's a £312.40 payment on my card to a shop I've never heard of. Has my account been hacked??"
    rewrite = check(draft, customer).rewrite
    assert "responsible for" not in rewrite and "10 working days" in rewrite, rewrite


def test_a_parent_angry_nobody_said_the_lunch_account_was_overdrawn_is_not_thanked_for_confiding() -> None:
    draft = "Dear Parent, lunch balances can be topped up in the ParentPay app at any time."
    customer = ("My daughter's dinner account is at -£9.20 and she was sent away from the hot food counter today. "
                "She's 6. Nobody told me it was overdrawn. Why wasn't I contacted?")
    rewrite = check(draft, customer).rewrite
    assert "thank you for" not in rewrite.lower() and "worr" in rewrite, rewrite


def test_having_our_dog_put_to_sleep_is_a_loss_however_the_sentence_runs() -> None:
    customer = ("We had to have our old dog Pepper put to sleep at your surgery on Monday. Today a text came saying "
                "'Pepper is due a check-up!' and it really upset me.")
    assert "bereavement" in read_stakes(customer.lower()).kinds
    rewrite = check("Hi, I've taken Pepper off our reminder list.", customer).rewrite
    assert "loss" in rewrite or "Pepper" in rewrite.split(".")[0], rewrite


def test_a_guess_with_either_is_not_the_thing_in_trouble() -> None:
    assert troubled_thing("A £410 water bill for two of us? Either your meter is broken or we've been secretly "
                          "filling a swimming pool. Account 7731-0092.") is None
    assert troubled_thing("A £410 water bill for two of us? Your meter is broken. Account 7731-0092.") == "the meter"


@pytest.mark.parametrize(("message", "hazard"), [
    ("the boiler in flat 2 has stopped, no heating or hot water since last night. pressure is at zero. can someone "
     "come?", False),
    ("the boiler in flat 2 has stopped, no heating or hot water since last night. i'm 86 and it's very cold.", True),
    ("no heating since friday and we've got a 3 month old. please send someone.", True),
])
def test_no_heating_is_a_danger_when_someone_is_at_risk_from_the_cold(message: str, hazard: bool) -> None:
    assert ("safety" in read_stakes(message).kinds) is hazard


@pytest.mark.parametrize("owned", ["far longer than you were told to expect", "not what you were told at the desk"])
def test_what_they_were_told_set_against_what_happened_is_our_slip_not_blame(owned: str) -> None:
    draft = (f"Hi Ana, you're not being a nuisance at all, and this is {owned}. I've chased the courier and I'll call "
             "you by 4pm today.")
    result = check(draft, "It's been three weeks and the part still isn't here. Sorry to keep asking.")
    assert owned in result.rewrite and "E401" not in result.analysis.rules, result.rewrite


@pytest.mark.parametrize("strain", ["I'm at the end of my rope.", "We're at our wits' end.", "I'm at breaking point."])
def test_someone_at_the_end_of_their_tether_is_upset_not_confiding(strain: str) -> None:
    customer = (f"The kitchen flooded on Friday and I made claim HX-40213 on Saturday. My husband is off sick and we "
                f"can't afford a hotel. Nobody has rung. {strain} What is happening?")
    assert read_customer(customer).upset
    assert "being open" not in check("Claims are handled in the order we receive them.", customer).rewrite


@pytest.mark.parametrize(("lecture", "leaning"), [
    ("It is the hirer's responsibility to note all existing damage on the form before driving away.",
     "As this was not done, the fee stands."),
    ("We would remind you that your policy requires you to take reasonable steps to limit further damage.",
     "Failure to do so may affect your claim."),
])
def test_a_lecture_the_next_sentence_leans_on_is_not_cut_from_under_it(lecture: str, leaning: str) -> None:
    draft = f"Dear Ms Cole,\n\nThe report you signed shows no marks on the door. {lecture} {leaning}\n\nClaims"
    rewrite = check(draft, "That dent was already there when I picked it up, I told the man at the desk. Refund me "
                           "the £280 please.").rewrite
    assert lecture in rewrite or leaning not in rewrite, rewrite


def test_the_reason_we_keep_to_the_quote_is_good_news_not_blame() -> None:
    draft = ("You're right, and I'm sorry. As you didn't agree to the extra work, we'll honour the £120 quote. The "
             "£60 difference is back on your card today.")
    result = check(draft, "You quoted £120 for the service and charged £180. Nobody asked me about extra work.")
    assert "As you didn't agree to the extra work" in result.rewrite and "E401" not in result.analysis.rules


@pytest.mark.parametrize(("customer", "lecture"), [
    ("I paid £380 for the 8-week pottery course but had to stop after week 3 when my rota changed. Can I get any back?",
     True),
    ("I'm thinking of booking the 8-week pottery course but my rota changes a lot. Is that a problem?", False),
])
def test_to_have_thought_before_enrolling_is_hindsight_unless_they_are_weighing_it_up(customer: str,
                                                                                      lecture: bool) -> None:
    result = check("Hi, learners should consider their schedule carefully before enrolling on a course.", customer)
    assert ("E407" in result.analysis.rules) is lecture, result.analysis.rules


@pytest.mark.parametrize("draft", [
    "Given how busy we are, I'm sure you can understand the delay. Your order ships on Friday.",
    "Hi Sam,\n\nI'm sure you can understand the delay. Your order ships on Friday.",
])
def test_im_sure_you_can_loses_its_i_and_keeps_the_case_of_where_it_stands(draft: str) -> None:
    rewrite = check(draft, "Where is my order? It's a week late.").rewrite
    assert "I'm sure" not in rewrite and ", You can" not in rewrite and "\n\nyou can" not in rewrite, rewrite


def test_nothing_goes_in_front_of_the_safety_steps_a_draft_opens_with() -> None:
    draft = ("If your son has any swelling or trouble breathing, please call 999 now and use his EpiPen. I've refunded "
             "order 5521 and our food safety team will call the restaurant tonight.")
    customer = "I wrote NUT ALLERGY on the order and there were cashews in it. My son had a bite. I'm so angry."
    assert check(draft, customer).rewrite.startswith("If your son has any swelling")


def test_a_slip_their_own_colleague_made_by_accident_gets_no_sorry_from_us() -> None:
    customer = ("We were billed £900 instead of £300 this month. I think one of our admins added 20 seats by "
                "accident while inviting a contractor. We've removed them. Can we get the difference back?")
    draft = "Licence changes are billed in full for the month they are added."
    assert check(draft, customer).rewrite == draft


def test_a_please_read_the_terms_next_time_lecture_goes_whole() -> None:
    draft = ("Hi, memberships can only be paused with a doctor's note. Please make sure you read the terms next time "
             "before signing up.")
    rewrite = check(draft, "I broke my wrist and can't train for 6 weeks. Can I pause my membership?").rewrite
    assert "read the terms" not in rewrite and "doctor's note" in rewrite, rewrite


@pytest.mark.parametrize(("draft", "kept", "gone"), [
    ("Mo will be treated exactly like everyone else on the trip, and no one will know.", "exactly like everyone else",
     None),
    ("Your parcel is held up like everyone else's. Please wait.", "held up.", "like everyone"),
])
def test_like_everyone_else_goes_only_where_it_lumps_them_in(draft: str, kept: str, gone: str | None) -> None:
    rewrite = check(draft, "My parcel is a week late and I can't afford to lose it. Where is it?").rewrite
    assert kept in rewrite and (gone is None or gone not in rewrite), rewrite


def test_a_top_bloke_who_carried_the_shopping_is_praise_not_a_broken_lift() -> None:
    customer = ("The driver this evening carried all my bags up 5 floors because the lift was broken. Top bloke. "
                "Just wanted you to know.")
    draft = "Thanks for the feedback! We'll pass this on."
    assert check(draft, customer).rewrite == draft


def test_because_you_didnt_authorise_it_is_the_reason_for_getting_the_money_back() -> None:
    draft = ("Because you didn't authorise it, you should see the money back in your account within 2 working days. "
             "I've blocked the card.")
    rewrite = check(draft, "There's a £318.40 payment I didn't make on my account. Is someone using my card?").rewrite
    assert "Because you didn't authorise it" in rewrite, rewrite


def test_money_being_really_tight_is_hardship() -> None:
    assert "hardship" in read_stakes("my partner left and i'm on my own with the kids, money is really tight").kinds


def test_a_letter_that_is_the_trouble_is_still_said_back() -> None:
    moment = their_moment("I've got a letter saying I owe a £90 penalty for filing late, but I closed the business in "
                          "2022. I'm panicking.")
    assert moment is not None and "letter saying" in moment


def test_money_being_a_bit_tight_beside_a_warm_answer_is_no_hard_moment() -> None:
    draft = "Hi Jo,\n\nNo bother at all, and it's not too late! Pay when you can this week and Sam's place is safe."
    customer = "Sorry to bother you, I missed the deadline to pay for Sam's trip. Money's a bit tight this month."
    assert check(draft, customer).rewrite == draft


def test_an_aside_between_policy_and_its_verb_goes_with_both_its_commas() -> None:
    draft = "Our cancellation policy, which you agreed to when registering, states that late cancellations cost £60."
    rewrite = check(draft, "I cancelled two days before! I'm not paying £60 for that.").rewrite
    assert "policy, states" not in rewrite and "agreed to" not in rewrite and "£60" in rewrite, rewrite


def test_a_closing_question_reworded_after_a_cut_keeps_its_own_paragraph() -> None:
    draft = ("Hello,\n\nAll purchases are final. It is the account holder's responsibility to turn on parental "
             "controls.\n\nIs there anything else we can help you with?\n\nSupport Team")
    rewrite = check(draft, "My son spent £89 on coins with my saved card. I want a refund.").rewrite
    assert "\n\nWhat else can I help you with?\n\n" in rewrite, rewrite


@pytest.mark.parametrize(("message", "unsaid", "said"), [
    pytest.param("We complete on Friday and your loan offer still isn't here. The survey was done 3 weeks ago. "
                 "Reference HL-55120. We'll lose the house.", "survey", None, id="a step that went as it should"),
    pytest.param("My UCAS reference upload keeps failing and the deadline is 6pm TODAY. What do I do??", "ucas",
                 "your UCAS reference upload", id="a name they own, said back in small letters"),
    pytest.param("A card says you tried to deliver my parcel but I was in all day. My hearing is not good so I may not "
                 "have heard the knock. I have no computer to rebook. Mrs J. Price", "hearing", None,
                 id="who they are"),
    pytest.param("My 08:10 to Leeds was cancelled on Monday and the next one was 52 minutes late. I claimed Delay "
                 "Repay a month ago and heard nothing.", "the next one", "your 08:10 to Leeds was cancelled",
                 id="a clause that leans on the one before"),
    pytest.param("Please stop phoning me. I'm 88 and I can't give any more money. I gave once in 2018.", "give", None,
                 id="what they can no longer give"),
    pytest.param("I'm at the desk and they say my booking doesn't exist. I have the email. I've got three kids with me "
                 "and we've been waiting an hour.", "kids", None, id="who is with them"),
    pytest.param("She begged me not to contact the school. I'm worried about making it worse but I can't do nothing.",
                 "nothing", None, id="what they can't not do"),
])
def test_what_is_never_said_back_as_their_moment(message: str, unsaid: str, said: str | None) -> None:
    """Where another clause of theirs names what went wrong, that one is said back instead."""
    moment = their_moment(message)
    assert moment is None or unsaid not in moment, moment
    assert said is None or (moment is not None and said in moment), moment


@pytest.mark.parametrize(("draft", "customer"), [
    ("Good news first: your case was put on the 18:10 from Rome and lands here at 21:40. A courier will bring it to "
     "you tonight.", "My suitcase didn't arrive from Rome and my insulin spares are in it. What happens now?"),
    ("Good news: as you spotted it 10 days before arrival, I've been able to move your booking to 3–5 May at no "
     "extra cost.", "I'm so embarrassed, I booked April instead of May and it's non-refundable. Have I lost £240?"),
])
def test_good_news_that_is_real_news_stays_in_front_of_it(draft: str, customer: str) -> None:
    assert check(draft, customer).rewrite == draft


def test_a_quick_note_to_say_thanks_gets_no_sorry_for_the_fault_that_was_fixed() -> None:
    customer = ("Just a quick note to say thanks. The engineer came on Tuesday to replace our faulty boiler valve and "
                "was in and out in 20 minutes. Much appreciated.")
    draft = "Thanks so much, I'll pass this on to the team."
    assert check(draft, customer).rewrite == draft


def test_an_acknowledgement_goes_after_hello_and_thanks_not_between_them() -> None:
    draft = ("Hello, and thanks for getting in touch. A poor appetite can be normal for a day or two after surgery. "
             "Please make sure she has water and a quiet place to rest.")
    rewrite = check(draft, "Pepper had her op yesterday and has barely eaten and keeps hiding. Is this normal?? Should "
                           "I bring her back in? I'm really worried.").rewrite
    assert ". And thanks" not in rewrite and rewrite.startswith("Hello, and thanks for getting in touch."), rewrite


def test_a_bad_experience_long_ago_is_why_they_are_nervous_not_our_let_down() -> None:
    draft = ("Hello, the filling is done under local anaesthetic so you shouldn't feel pain. Sedation is available for "
             "£150; call us to add it.")
    customer = "I've got a filling on Friday and I'm terrified. I had a really bad experience as a kid. Will it hurt?"
    rewrite = check(draft, customer).rewrite
    assert "fell short" not in rewrite and "let you down" not in rewrite and "terrified" in rewrite, rewrite



@pytest.mark.parametrize(("customer", "kind", "hard_moment"), [
    ("I've been with you 25 years and my premium has gone from £310 to £590. I am a widow on a pension and "
     "I don't understand why.", "bereavement", False),
    ("You've taken £54 for another year of the magazine I cancelled. I am 88 and a widow on a pension.", "bereavement",
     False),
    ("I'm 79, a widower, and I can't get the new meter app to load.", "bereavement", False),
    ("I was widowed last month and the car insurance is in his name. What do I do?", "bereavement", True),
    ("I am 84 and my late husband always dealt with the gas and electric. Why is my bill £612?", "bereavement", False),
    ("My late wife used to do these things. How do I renew my bus pass without a computer?", "bereavement", False),
    ("My late husband passed in May and the account is still in his name.", "bereavement", True),
    ("I've sung in your choir since my husband passed in 2009. Can I pay the fees monthly now?", "bereavement", False),
    ("My father died fifteen years ago and his name is still on the deeds. How do I change it?", "bereavement", False),
    ("My father died two years ago and his name is still on the deeds. How do I change it?", "bereavement", True),
    ("My sister passed away in March 2025 and her phone contract is still running.", "bereavement", True),
    ("any chance you're adding dark mode to the dashboard? my eyes are dying at 2am deploys lol", "health", False),
    ("My phone's dying, can you just text me the gate number?", "health", False),
    ("My feet are dying after that walk between terminals, is there a buggy?", "health", False),
    ("My mum is dying and I need to get to Belfast tonight. Is there anything sooner?", "health", True),
    ("I signed up for the food bank shift on Sunday 9-12 but I can't see myself on the rota. Am I still on?",
     "hardship", False),
    ("We've had to use the food bank twice this month since my hours were cut. Can I pay the bill late?",
     "hardship", True),
    ("I went 52p overdrawn for a night and you've charged me a £25 fee. Is that fair?", "hardship", False),
    ("I've gone £300 overdrawn because my wages were late and you've charged me £75 in fees. I have £12 left.",
     "hardship", True),
    ("The rowing machine by the window is giving off a burning smell and juddering. I stopped using it.",
     "safety", False),
    ("The light fitting in the bathroom has water dripping through it and it's sparking when I flick the switch. "
     "I've stopped using it.", "safety", True),
    ("The smoke alarm on the landing keeps chirping and now the test button does nothing. Is that bad?",
     "safety", False),
    ("The smoke alarm is not working and there's a burning smell coming from the socket.", "safety", True),
])
def test_a_hard_moment_is_what_happened_to_them_not_a_word_in_the_message(
    customer: str, kind: str, hard_moment: bool
) -> None:
    """A widow saying who she is brings no news of a death; a tired body or a flat phone is not someone dying; a food
    bank shift is not needing one; a fee for pence over is a dispute; a machine they stopped using, or a chirping
    smoke alarm, needs a repair, not an evacuation."""
    assert (kind in read_stakes(customer.lower()).kinds) == hard_moment


def test_a_loss_long_past_told_to_explain_a_request_gets_no_condolences() -> None:
    draft = ("Dear Mrs Okafor,\n\nThank you for 15 years with the choir. I've moved your fees to £12 a month from "
             "June, so there's nothing more to do.\n\nBest wishes,\nDan")
    customer = ("I've sung in your choir since my husband passed in 2009 and I'm now 81. Could I pay the fees monthly "
                "instead of yearly? Yours, Grace Okafor")
    result = check(draft, customer)
    assert result.rewrite == draft and "loss" not in result.rewrite
    assert "E503" not in {finding.rule for finding in result.findings}


@pytest.mark.parametrize(("customer", "draft", "acknowledged"), [
    ("Card just declined at the car hire desk in Faro, trying to collect the car now. Is it blocked??",
     "Hi Tom, yes, our fraud checks paused it after a payment in Portugal they didn't expect. If the €240 charge at "
     "Faro Car Hire is yours, reply Y and the card will be unblocked straight away, then ask them to try again.",
     False),
    ("running 20 min late, stuck behind a crash on the A1. can Leo stay at breakfast club till I get there?",
     "Hi, yes, Leo can stay in breakfast club until you arrive. Come to the side door when you get here.", True),
])
def test_a_straight_yes_comes_first_unless_their_own_moment_can_be_said_back(
        customer: str, draft: str, acknowledged: bool) -> None:
    """Someone at a desk asking if their card is frozen needs the "yes" first; "sorry about the trouble with the card"
    only stands in front of it, where "sorry you're stuck behind a crash" in their own words still fits."""
    rewrite = check(draft, customer).rewrite
    assert rewrite.lstrip().lower().startswith("hi tom, yes") != acknowledged, rewrite
    assert ("crash" in rewrite.split("yes")[0]) == acknowledged, rewrite


def test_praise_dressed_as_a_complaint_from_sore_legs_gets_no_sorry() -> None:
    draft = "Ha! Dev says thanks and he'll see you Saturday. Stretch those thighs tonight 💪"
    customer = "Your bootcamp coach Dev is a monster and I love him. My thighs have lodged an official complaint 😩"
    result = check(draft, customer)
    assert result.rewrite == draft and not result.findings, result.rewrite
    assert not read_customer(customer).problem


def test_good_news_that_lifts_a_fraud_fear_is_not_cheer() -> None:
    draft = ("Hi, good news, this isn't a scam. The ticket machine at Hale Road took some payments twice this morning, "
             "and your card details are safe. The second £15 will drop off your statement within 3 working days.")
    customer = "I bought a £15 ticket at Hale Road and my bank shows two £15 payments. Is this a scam?? Is it cloned?"
    result = check(draft, customer)
    assert "good news" in result.rewrite.lower()
    assert "E107" not in {finding.rule for finding in result.findings}


def test_a_month_they_typed_short_is_said_back_with_its_capital() -> None:
    moment = their_moment("hi i was made redundant in nov, can i pay the arrears in smaller bits pls")
    assert moment is not None and "Nov" in moment and "nov" not in moment, moment


@pytest.mark.parametrize(("customer", "draft", "kept"), [
    ("I'm worried I'll be charged for moving my dentist appointment again, can I move it to Thursday?",
     "Hi Ola, no need to worry: moving your appointment is free and you won't be charged. I've moved you to Thursday "
     "at 10:00.", True),
    ("I ticked the Gift Aid box but I'm worried now, I only have my state pension. Will I owe tax on my £50?",
     "Thank you for your gift. Gift Aid only applies if you paid enough Income Tax this year; if you didn't, we simply "
     "won't claim it and there's nothing to worry about. Reply 'no Gift Aid' and I'll remove it.", True),
    ("I've found a lump on my dog's leg and I'm really worried it's cancer. Can someone look at it?",
     "There's nothing to worry about, it's most likely a cyst and it won't spread. Book a scan with reception when "
     "you can.", False),
])
def test_comfort_with_its_reason_answers_a_worry_the_agent_can_settle(customer: str, draft: str, kept: bool) -> None:
    """"No need to worry: it's free and you won't be charged" settles a worry about a fee; about a lump, the agent
    can't know, and "nothing to worry about" brushes the fear aside."""
    result = check(draft, customer)
    assert ("to worry" in result.rewrite) == kept, result.rewrite
    assert (result.rewrite == draft) == kept
    assert ("E107" in {finding.rule for finding in result.findings}) != kept


@pytest.mark.parametrize(("customer", "slip"), [
    ("I've just seen I booked 3-5 May instead of 3-5 June for the Leeds hotel, booking 4410. It was a non-refundable "
     "rate (£90) but it's a genuine mistake and the date is still 5 months away. Could you move it?", True),
    ("My flight BA902 on 2 March was cancelled and I chose a refund instead of rebooking. It's been 6 weeks and "
     "nothing has arrived. Ref X7TQ.", False),
])
def test_a_booking_slip_they_own_gets_no_sorry_but_a_choice_they_made_still_does(customer: str, slip: bool) -> None:
    draft = ("Dear Guest,\n\nYou selected a non-refundable rate which cannot be amended or cancelled. This is clearly "
             "displayed at the time of booking.\n\nRegards,\nReservations")
    rewrite = check(draft, customer).rewrite
    assert ("sorry" in rewrite.lower()) != slip, rewrite


def test_hindsight_about_reading_the_terms_goes_whole_with_its_in_future() -> None:
    draft = ("Hello,\n\nYour booking was made on our non-refundable Saver rate. This rate cannot be amended. We "
             "recommend reading the rate conditions carefully before confirming any booking in future.\n\nRegards,\n"
             "Reservations")
    customer = "I booked the wrong dates by mistake, 4-6 March instead of 4-6 April. My fault, I know. Can you move it?"
    rewrite = check(draft, customer).rewrite
    assert "carefully" not in rewrite and "in future" not in rewrite and "This rate cannot be amended." in rewrite


def test_a_text_that_opens_with_a_label_running_on_in_lower_case_gets_nothing_inside_it() -> None:
    draft = ("Tracking QS55120: delivery attempted. No safe place. Parcel returned to depot. Rebook online at "
             "quickship.com/rebook.")
    customer = "hello this is mrs patel I am waiting for parcel with my nebuliser it said today but nobody came"
    rewrite = check(draft, customer).rewrite
    assert "Tracking QS55120: delivery attempted." in rewrite and "sorry" in rewrite.lower(), rewrite


@pytest.mark.parametrize(("customer", "sarcastic"), [
    ("I went 52p overdrawn for a night and you've charged me £25. Really helping your loyal customers there.", True),
    ("Your app really helped me there, the budgeting tab sorted my month out.", False),
])
def test_praise_with_a_sting_in_its_tail_is_sarcasm(customer: str, sarcastic: bool) -> None:
    assert read_customer(customer).sarcastic == sarcastic


@pytest.mark.parametrize(("draft", "kept"), [
    ("Hi, fees are set out in your account terms. To avoid fees in future, we recommend setting up low balance alerts "
     "in the app.", "It's worth setting up low balance alerts in the app."),
    ("Hi, fees are set out in your account terms. To avoid fees in future, we recommend keeping your account in "
     "credit.", None),
])
def test_a_tool_worth_having_outlives_the_hindsight_it_came_wrapped_in(draft: str, kept: str | None) -> None:
    customer = "You charged me £25 because I went 30p overdrawn for one day. Is that really fair?"
    rewrite = check(draft, customer).rewrite
    assert "in future" not in rewrite and "credit" not in rewrite, rewrite
    assert kept is None or kept in rewrite, rewrite


def test_a_cut_never_leaves_the_form_it_named_for_a_later_sentence_to_point_at() -> None:
    draft = ("Dear Customer,\n\nDamage is assessed by our depot staff after return. As stated in your rental "
             "agreement, it is the renter's responsibility to report any existing damage on the checkout form before "
             "leaving. As no damage was noted on the form, the charge stands.\n\nRegards,\nDamage Team")
    customer = ("You've charged me £480 for a dent that was already there at pickup. I have a timestamped photo and "
                "nobody checked the car with me on return.")
    rewrite = check(draft, customer).rewrite
    assert "no damage was noted on the form" not in rewrite or "checkout form" in rewrite, rewrite


@pytest.mark.parametrize(("message", "said_back"), [
    ("my flight TX4410 Bristol to Faro got cancelled last night", "your flight from Bristol to Faro got cancelled"),
    ("my coach Leeds to London was cancelled and I missed my interview", "your coach from Leeds to London"),
    ("my train to York was cancelled this morning", "your train to York was cancelled"),
])
def test_a_route_in_shorthand_is_said_back_with_its_from(message: str, said_back: str) -> None:
    moment = their_moment(message)
    assert moment is not None and said_back in moment, moment


def test_a_fall_told_calmly_is_never_trouble_with_the_thing_they_fell_against() -> None:
    draft = ("Dear Sir/Madam,\n\nThank you for your feedback. Your comments have been passed to the relevant "
             "department.\n\nRegards,\nMetroLink Trams")
    customer = ("On the 9:10 tram from Market Street the driver braked hard before my dad (he's 78) had sat down. He "
                "fell against a seat and bruised his hip. Tram number 3021.")
    rewrite = check(draft, customer).rewrite
    assert "seat" not in rewrite and "trouble with" not in rewrite, rewrite


@pytest.mark.parametrize(("message", "said_back", "left_out"), [
    ("The ceiling is still down and we've got a newborn. Nobody has rung in a fortnight.", "the ceiling is still down",
     "newborn"),
    ("No water since 7am on Ash Lane. I've got a toddler and can't even run a bath. When is it back?",
     "you can't run a bath", "toddler"),
    ("Card declined in Lisbon trying to pay taxi. Only card I have!!", "your card was declined in Lisbon", "taxi"),
    ("The broadband has stopped working since Friday. The box has a red light.", "hasn't worked since Friday",
     "stopped working since"),
])
def test_what_matters_around_the_snag_is_not_said_back_as_the_snag(message: str, said_back: str, left_out: str) -> None:
    moment = their_moment(message)
    assert moment is not None and said_back in moment and left_out not in moment, moment


def test_advice_for_the_future_goes_whole_never_losing_only_its_in_future() -> None:
    draft = ("Hi, sorry to hear that. To keep things fair for everyone, we'd recommend checking your bag at the door "
             "in future. Could you send a photo of what you received?")
    customer = "my order is missing the chips and a drink. order 5521-TT. can you refund those please"
    rewrite = check(draft, customer).rewrite
    assert "checking your bag at the door." not in rewrite, rewrite


def test_a_calm_report_met_with_thanks_and_a_fix_to_try_gets_no_parroted_sorry() -> None:
    draft = ("Hi @lena, thanks for flagging. *Token expired* usually means the API key has been rotated. Please check "
             "the key under Settings > Developers and generate a new one if it shows as expired.")
    customer = ("@help hey, our team's API login stopped working about 15 min ago. Builds get 'token expired'. We "
                "haven't changed anything our side. Project: lumen-web")
    rewrite = check(draft, customer).rewrite
    assert rewrite == draft, rewrite


def test_trouble_they_call_off_themselves_gets_no_sorry_and_keeps_its_cheer() -> None:
    draft = ("Ha, happens to the best of us! Glad it's back. I've closed tickets 88101 and 88102 so nobody rings you. "
             "Have a good evening! – Priya, Lumen Broadband")
    customer = ("Ok this is embarrassing. Spent an hour on your help pages getting furious, turns out my son switched "
                "the router off at the wall. All working. Ignore my last two messages!!")
    result = check(draft, customer)
    assert result.rewrite == draft, result.rewrite
    assert not read_customer(customer).problem and not read_customer(customer).upset


def test_it_after_a_cut_question_names_the_thing_the_question_named() -> None:
    draft = ("Hi, have you tried restarting your modem? Please also make sure it is not next to a baby monitor. If it "
             "still drops after 24 hours, reply here.")
    customer = ("Fourth time contacting you about my wifi dropping every night. I've restarted the modem dozens of "
                "times. I work from home. Fix it or let me leave.")
    rewrite = check(draft, customer).rewrite
    assert "restarting" not in rewrite and "make sure your modem is not next to a baby monitor" in rewrite, rewrite


@pytest.mark.parametrize("message", [
    "Does my late mother's ring count as an asset on this form? I've filled it in wrong twice.",
    "My dad (79) was left standing at the gate for over an hour with no wheelchair. He was exhausted.",
])
def test_a_keepsake_asked_about_or_the_place_it_happened_is_not_the_trouble(message: str) -> None:
    assert troubled_thing(message) is None and keepsake(message) is None
    draft = "Dear Customer,\n\nPlease see the guidance notes.\n\nRegards,\nCustomer Relations"
    rewrite = check(draft, message).rewrite
    assert "ring matters" not in rewrite and "means to you" not in rewrite and "the gate" not in rewrite, rewrite


def test_not_the_only_one_reassures_a_parent_who_is_only_confused() -> None:
    draft = ("Hi Sam,\n\nThanks for asking. You're not the only one, and it's our mistake! The right amount is £12; "
             "the £20 on the app included a different trip.\n\nBest wishes,\nMrs Reid")
    customer = "Hi, sorry, I'm confused about the farm trip. The letter says £12 and the app says £20. Which do I pay?"
    assert "not the only one" in check(draft, customer).rewrite


@pytest.mark.parametrize("message", [
    "My premium went from £420 to £760. I haven't crashed, I haven't moved, nothing has changed. Explain please!",
    "I thought I'd cancelled my meal kit subscription in May but another £39.99 has been taken. How do I stop it?",
])
def test_the_case_they_make_or_a_word_before_the_thing_is_not_said_back_as_trouble(message: str) -> None:
    moment = their_moment(message)
    assert moment is None or "crashed" not in moment, moment
    assert troubled_thing(message) not in ("the meal", "your meal")
    # ...but what hasn't happened to their parcel is the trouble itself
    stuck = their_moment("My order was due Monday. It's Friday and the tracking hasn't moved since Sunday. Where?")
    assert stuck is not None and "hasn't moved" in stuck


def test_an_acronym_already_spelled_out_or_in_a_menu_path_stays_as_written() -> None:
    draft = ("Dear Mrs Ali,\n\nThe in-home display (IHD) shows what you use in pence per hour. The full guide is on "
             "our website under Smart Meters > IHD > Guide.\n\nSmart Energy Team")
    customer = "A man fitted a new meter and now there's a little screen with a red light. I'm worried. I am 81."
    rewrite = check(draft, customer).rewrite
    assert "display (IHD)" in rewrite and "Smart Meters > IHD > Guide" in rewrite, rewrite


@pytest.mark.parametrize(("draft", "sorry"), [
    ("Hi Sam,\n\nThis isn't fraud. I've checked HX-2210, and the second £95 is the deposit hold taken at check-in. It "
     "shows as a charge but is released automatically at check-out.\n\nBest,\nAna", False),
    ("Hi Sam,\n\nThis isn't fraud. I've passed HX-2210 to our billing team, who will check both payments by "
     "Friday.\n\nBest,\nAna", True),
])
def test_no_sorry_for_a_double_charge_the_reply_explains_is_a_hold(draft: str, sorry: bool) -> None:
    customer = ("Subject: Two charges of £95 for one night?\n\nHi, my card's been charged £95 twice by you on 3 May. I "
                "only stayed one night (ref HX-2210). Should I cancel my card? I'm worried this is fraud.\nSam")
    assert ("double charge" in check(draft, customer).rewrite) == sorry


@pytest.mark.parametrize("message", [
    "Our shop phone line (account LINE-20411) has been down since 9am and customers can't ring us. ETA please.",
    "Our office line (acct BUS-30981) has been down since 8am and patients can't book. Engineer ETA please.",
])
def test_a_reference_in_brackets_is_never_the_thing_that_went_wrong(message: str) -> None:
    assert troubled_thing(message) not in ("the account", "your account", "the bus", "your bus")


def test_a_full_name_is_not_said_back_with_a_death_but_a_first_name_is() -> None:
    moment = their_moment("Hello, my mother Jean Pryce died two weeks ago. I need to close her broadband account.")
    assert moment is not None and "Jean" not in moment and "your mother died" in moment, moment
    kept = their_moment("My son Noah in Year 8 has come home crying three times this week.")
    assert kept is not None and "your son Noah" in kept, kept


def test_a_deadline_asked_for_and_given_needs_no_sorry_in_front() -> None:
    draft = ("Dear Mr Shah,\n\nThe deadline for the Year 9 Paris trip deposit of £120 is Friday 8th December. "
             "Payments are made through ParentPay.\n\nKind regards,\nSchool Office")
    customer = "Hi, my daughter Zara is in 9K. When is the deadline for the Paris trip deposit? I've lost the letter."
    assert check(draft, customer).rewrite == draft


def test_a_joking_feature_request_gets_no_sorry() -> None:
    draft = "There are no plans for dark mode yet. Your operating system's high-contrast setting may help meanwhile."
    customer = "any chance you're adding dark mode to the dashboard? my eyes are dying at 2am deploys lol"
    assert "sorry" not in check(draft, customer).rewrite.lower()


def test_sorry_about_a_product_by_name_is_never_what_replaces_a_hedged_apology() -> None:
    draft = ("Hi,\n\nWe're sorry you're not happy with StreamBox! Our records show an active subscription on your "
             "account. To cancel, go to Settings > Membership > Cancel.")
    customer = "I cancelled StreamBox in May, I have the email. You've just charged me again. I want it back."
    assert "sorry about StreamBox" not in check(draft, customer).rewrite


@pytest.mark.parametrize("customer", [
    "@council 2 hours 14 mins on hold to report a missed bin collection. Could've driven it to the tip myself.",
    "58 minutes on hold. FIFTY EIGHT. Is anyone actually there?",
])
def test_time_on_hold_said_first_is_what_went_wrong(customer: str) -> None:
    moment = their_moment(customer)
    assert moment is not None and re.match(r"you've been on hold for \d+ (?:hours|minutes)", moment), moment


@pytest.mark.parametrize("customer", [
    "I emailed on 3 March to cancel my membership. You've just taken another £32 on 1 April. Refund it please.",
    "I have tried to cancel three times. You took another £6.99 on the 1st. Cancel it now.",
])
def test_money_taken_again_is_what_went_wrong(customer: str) -> None:
    moment = their_moment(customer)
    assert moment is not None and re.search(r"£[\d.]+ was taken", moment), moment


@pytest.mark.parametrize("customer", [
    "My Universal Credit payment was meant to come on the 15th. It's the 18th. I have £3.20 in my account and two "
    "kids. Please help.",
    "My pension still hasn't arrived and I've got £4 left for the week. What is going on?",
])
def test_money_owed_to_them_running_late_is_not_thanked_as_a_confession(customer: str) -> None:
    draft = "Payments can sometimes take a few extra days. Please check your online account for updates."
    rewrite = check(draft, customer).rewrite
    assert "sorry" in rewrite.lower() or "worr" in rewrite, rewrite
    assert "open with me" not in rewrite and "Thank you for telling me" not in rewrite, rewrite


def test_thanks_with_an_eye_roll_is_sarcasm_not_praise() -> None:
    customer = read_customer("Wow, charging me £25 for going 40p overdrawn for one day. Real community spirit. "
                             "Thanks so much 🙄")
    assert customer.sarcastic and not customer.praise
    assert "hardship" not in customer.stakes.kinds  # a fee they dispute, not money trouble they confide


def test_which_you_agreed_to_goes_without_a_comma_too() -> None:
    draft = ("Hi, overdraft fees are set out in our Tariff of Charges which you agreed to when opening your account. "
             "I've refunded this one as a goodwill gesture. ^DW")
    rewrite = check(draft, "You charged me £25 for going 40p overdrawn for one day. That's outrageous.").rewrite
    assert "agreed to" not in rewrite and "in our Tariff of Charges. I've refunded" in rewrite, rewrite


@pytest.mark.parametrize(("message", "said", "not_said"), [
    ("Card declined at hotel in Lisbon checking out NOW. I have money in the account. Please fix",
     "declined at the hotel in Lisbon", "checking out"),
    ("Flight cancelled at Heathrow boarding now, what do I do", "cancelled at Heathrow", "boarding"),
])
def test_what_they_are_doing_as_they_write_is_not_said_back(message: str, said: str, not_said: str) -> None:
    moment = their_moment(message) or ""
    assert said in moment and not_said not in moment, moment


def test_blame_given_as_a_reason_goes_with_its_as() -> None:
    draft = ("I'll cancel delivery and give you 50% credit on your next box. It's a one-off as it was your mistake, "
             "but we'd rather that than food going to waste.")
    rewrite = check(draft, "ugh I forgot to skip this week's box before the cutoff. Am I stuck with it?").rewrite
    assert "mistake" not in rewrite and " as it " not in rewrite and "It's a one-off" in rewrite, rewrite


@pytest.mark.parametrize("customer", [
    "Hi, can I order my repeat prescription early? I go on holiday to Portugal on the 3rd for two weeks and my "
    "sertraline runs out on the 9th.",
    "Can I pause my veg box? I'm away in Spain for three weeks from Saturday.",
])
def test_a_stay_they_have_planned_is_not_a_wait_they_endured(customer: str) -> None:
    assert not read_customer(customer).problem
    draft = "Yes, that's all sorted for you: I've made the change today. Have a lovely trip!"
    assert check(draft, customer).rewrite == draft


def test_a_sales_pitch_to_someone_whose_mother_just_died_goes_whole() -> None:
    draft = ("Hello Claire, I'm so sorry about your mother. I've cancelled booking ZX7QPL and the taxes will be "
             "refunded within 7 days. Why not sign up for our newsletter to hear about our sales first?")
    customer = "My mother died on Monday and I need to cancel my flight to Malaga on the 22nd (booking ZX7QPL)."
    rewrite = check(draft, customer).rewrite
    assert "newsletter" not in rewrite and "refunded within 7 days." in rewrite, rewrite


def test_a_cut_at_the_start_of_a_sentence_keeps_the_space_after_the_one_before() -> None:
    draft = ("Dear Ms Mensah,\n\nThank you for flagging this. You're not the only one, and it's our mistake: the trip "
             "was set to Year 6 by accident. I corrected it this morning.\n\nKind regards,\nHelen")
    rewrite = check(draft, "ParentPay only shows the £6 lunch, not the £24 trip. The deadline is Friday.").rewrite
    assert "flagging this. It's our mistake" in rewrite, rewrite


@pytest.mark.parametrize(("message", "said", "not_said"), [
    ("missed connection in Frankfurt because the first flight was late, now at transfer desk. need to get to Oslo",
     "missed the connection in Frankfurt", "missed connection"),
    ("My account got hacked, someone changed the email and I'm locked out. I've had it since 2016 with loads of skins.",
     "account got hacked", "since 2016"),
    ("Our BACS payroll file was rejected this morning with error code E204. We need staff paid by Friday.",
     "rejected this morning", "code"),
    ("My last bill is £612. It's been estimated for 8 months apparently because the meter man never came.",
     "estimated for 8 months", "apparently"),
])
def test_what_went_wrong_is_said_back_whole_and_not_what_they_put_in(message: str, said: str, not_said: str) -> None:
    moment = their_moment(message) or ""
    assert said in moment and not_said not in moment, moment


def test_a_loyal_customer_is_never_told_sorry_for_having_the_account() -> None:
    draft = "Hey! All bans are reviewed before being issued. Please refer to our Terms of Service section 7.2."
    customer = ("why is my account banned?? i didnt cheat i just won like 9 games in a row. ive had this acc since "
                "2019 and spent loads on skins")
    assert "since 2019" not in check(draft, customer).rewrite


def test_the_blame_and_the_excuse_it_leads_to_go_together() -> None:
    draft = ("Dear Mr Okafor,\n\nAs you did not raise this with reception during your stay, we were not given the "
             "opportunity to move you. I have refunded one night, £120, to your card today.\n\nRegards,\nFront Office")
    rewrite = check(draft, "We barely slept because of the bar under room 312. We'd like a partial refund.").rewrite
    assert "opportunity" not in rewrite and "raise this" not in rewrite and "£120" in rewrite, rewrite


def test_a_reply_that_opens_on_the_name_they_signed_with_keeps_it_first() -> None:
    draft = "Priyanka, I'm very busy at the moment. The deposit will be dealt with soon. Mark"
    customer = ("I moved out on 31 August and returned the keys. It's now 5 weeks later and I haven't had my £950 "
                "deposit back. Could you let me know when to expect it? Thanks, Priyanka")
    rewrite = check(draft, customer).rewrite
    assert rewrite.startswith("Priyanka, ") and "Priyanka, I'm very busy" not in rewrite, rewrite


def test_a_note_that_chasing_wont_help_goes_with_its_lead_in() -> None:
    draft = ("Your claim is currently with the assessor. Please be patient, and note that repeatedly chasing does not "
             "speed up the process.")
    rewrite = check(draft, "Week 9 of my 'fast-track' claim for my fence. Any update at ALL?").rewrite
    assert "chasing" not in rewrite and "note that" not in rewrite and "repeatedly" not in rewrite, rewrite


def test_as_i_explained_last_time_goes_whole() -> None:
    draft = "Hi Sophie,\n\nAs I explained last time, mould is caused by condensation. I'll visit Friday.\n\nGavin"
    rewrite = check(draft, "The black mould in the back bedroom is back again. Can someone come and look?").rewrite
    assert "Last time" not in rewrite and "explained" not in rewrite and "Mould is caused" in rewrite, rewrite


def test_a_fear_they_had_before_the_class_that_helped_is_part_of_their_thanks() -> None:
    customer = ("Hello, I just wanted to say how much Kezia's strength class has helped me. After my knee surgery I "
                "was scared to lift anything and she adapted everything for me. 6 months on I deadlifted 60kg! "
                "Please tell her.\n\nPat")
    reader = read_customer(customer)
    assert reader.praise and not reader.upset and not reader.problem
    draft = "Hi Pat,\n\n60kg! That's brilliant. I've forwarded your email to Kezia.\n\nMo"
    assert check(draft, customer).rewrite == draft


def test_their_own_hospital_appointment_is_not_a_visit_we_missed() -> None:
    draft = "Hi, our records show a delivery was attempted and a card was left. You can rearrange delivery online."
    customer = ("Third day in a row your driver has claimed 'no one home'. Nobody came to the door. I have a hospital "
                "appointment tomorrow so can't wait in again.")
    assert "appointment" not in check(draft, customer).rewrite.lower()


def test_the_photo_they_took_is_their_evidence_not_what_happened() -> None:
    moment = their_moment("I woke up with bites. I found a small bug in the seam of the mattress and photographed it.")
    assert moment is not None and "photographed" not in moment, moment


def test_no_thanks_for_letting_me_know_after_the_gas_safety_line() -> None:
    draft = ("Hi Aisha,\n\nThanks for letting me know. I'll get our gas engineer to book in a visit next week.\n\n"
             "Craig")
    rewrite = check(draft, "There's a strong gas smell in the kitchen at Flat 3. What should I do? Aisha").rewrite
    assert "gas emergency line" in rewrite and "letting me know" not in rewrite, rewrite


def test_the_minute_they_took_is_the_pretext_not_the_trouble() -> None:
    draft = "Hi, riders are self-employed partners. We'll pass on your feedback. You can rate your rider in the app."
    customer = "Your rider just swore at me because I took 2 minutes to come down the stairs. I'm on crutches."
    rewrite = check(draft, customer).rewrite
    assert "2 minutes" not in rewrite and "treated" in rewrite, rewrite


def test_congratulations_on_the_news_they_were_afraid_not_to_get_stays() -> None:
    draft = ("Hi Zara,\n\nI know today is nerve-racking: you haven't lost your place. I've checked your application "
             "and we've confirmed it, so you're in for Biology in September. Congratulations!\n\nTom")
    customer = "I'm really stressed, my results came out today and I got ABB instead of AAB. Have I lost my place?"
    assert "Congratulations!" in check(draft, customer).rewrite


def test_as_i_said_in_february_is_not_cut_to_a_dangling_month() -> None:
    draft = ("Kasia,\n\nAs I said in February, the leak is most likely from the flat upstairs. I have messaged them "
             "today.\n\nE. Okafor")
    customer = "Water is coming through the light fitting. This is the leak I reported in February. Kasia"
    rewrite = check(draft, customer).rewrite
    assert "In February, the leak" not in rewrite and "February" in rewrite, rewrite


def test_such_items_keeps_the_sentence_it_points_back_to() -> None:
    draft = ("Dear Customer,\n\nPlease check your bag's status online with your file reference.\n\nPlease note that "
             "valuables and medication should be carried in hand luggage. We cannot accept liability for such items "
             "placed in hold baggage.\n\nBluesky Airways")
    customer = "My suitcase didn't arrive on Sunday and it has my insulin spares in it. Where is it?"
    rewrite = check(draft, customer).rewrite
    assert "such items" not in rewrite or "valuables and medication" in rewrite, rewrite


@pytest.mark.parametrize(("customer", "greeting", "condoled"), [
    ("My mother, Patricia Lowe, passed away on 9 February. I'm her executor. Why do letters still come for her?",
     "Dear Patricia Lowe,", False),
    ("My father, Mr Reginald Pike, died on 2 February. I'm the executor. What do I need to do about his bill?",
     "Dear Mr Pike,", True),
])
def test_a_greeting_to_the_person_who_died_is_told_apart_from_one_to_their_family(
    customer: str, greeting: str, condoled: bool,
) -> None:
    draft = f"{greeting}\n\nOur records show £87.50 is overdue on the account ending 4412.\n\nCustomer Accounts"
    assert ("sorry for your loss" in check(draft, customer).rewrite) == condoled


@pytest.mark.parametrize(("draft", "customer"), [
    pytest.param("Hello,\n\nThe Lindell 3-seater on order 770142 comes with a 2-year warranty covering frame and "
                 "mechanism defects.\n\nThanks,\nHomeway",
                 "My cat has claimed the box your sofa came in and I've lost the sofa to my dog. Anyway, what's the "
                 "warranty on the Lindell 3-seater? Order 770142.", id="a joke about losing the sofa to the dog"),
    pytest.param("Hi Lauren, thanks for asking. Lots of people put it off for the same reason, so please don't feel "
                 "bad. A filling is £73.50 in total, and if you get Universal Credit you may not pay anything at all.",
                 "How much would a filling cost? I'm on a low income and have been putting off coming in because I'm "
                 "scared of the bill.", id="lots of people feel the same"),
    pytest.param("Hi Raj,\n\nI've had a look: the plan you cancelled on 12 September was on your second workspace, and "
                 "the first one was still active, which is why $240 went out. I've cancelled it and refunded the $240 "
                 "today; it should reach your card in 5–7 business days.\n\nMaya",
                 "Hi, I'm confused. I cancelled our Pro plan in September but we've just been charged $240 again. Why?",
                 id="being puzzled, met by the answer itself"),
    pytest.param("Hi Maria, that's completely natural, and it's lovely you're checking. A crew member meets her at "
                 "the gate, boards her first and hands her only to her dad in Glasgow. – Rosa",
                 "My daughter (12) is flying alone for the first time on Friday. I'm a nervous wreck. What happens?",
                 id="their nerves called completely natural"),
    pytest.param("That's a grim week, and an outage page saying all is well must make it worse. I've booked an "
                 "engineer for Thursday between 8am and noon and added £20 credit to account 5521-0093. – Sam",
                 "Third day without internet. I've been working from the library since Monday and your outage page "
                 "says no problems. Account 5521-0093.", id="a grim week, said in their own terms"),
    pytest.param("Hi Ana, it's genuine: the £12.50 is import VAT on your gift. You can pay it at example.com/fees and "
                 "it comes the next working day.\n\nFor future reference: we never email a link asking for payment, "
                 "so if you get one like that, it's fake.\n\nTom",
                 "Got a card saying I owe £12.50 before you deliver a present from my uncle in Canada. Is it a scam?",
                 id="what we never do, for future reference"),
    pytest.param("You're right: your plan ended in March and you should have moved to the cheaper tariff "
                 "automatically. I've switched you today and refunded £36, which reaches your card in 3 days. - Lou",
                 "My broadband deal ended in March, why am I still paying the full £45?",
                 id="what should have happened to them, owned"),
    pytest.param("Thanks Ana. I can confirm the second payment was taken in error. A refund of £32.50 has been "
                 "processed and reaches your card in 3-5 working days.",
                 "You've charged me twice for my March box, £32.50 on the 1st and again on the 2nd.",
                 id="the error owned and refunded"),
    pytest.param("Dear Mr Hale,\n\nGood news: housekeeping found it. Your watch was on the bedside shelf and is safe "
                 "at reception, labelled with your name. We can post it by tracked mail for £5.\n\nJo",
                 "I think I left my late father's watch in room 12 last night. I'm desperate to get it back.",
                 id="good news that it was found"),
    pytest.param("Dear Sam,\n\nThere's nothing to be sorry for. We're all so sorry about Rufus, and I'm sorry the "
                 "invoice reached you so soon. I've put it on hold, and there's no rush at all.\n\nKate",
                 "I got the bill for Rufus's operation. He died that night. I can't face it yet. Sorry.",
                 id="nothing to be sorry for"),
])
def test_a_draft_that_already_meets_them_is_left_alone(draft: str, customer: str) -> None:
    assert check(draft, customer).rewrite == draft


@pytest.mark.parametrize(("message", "unwanted"), [
    pytest.param("They put us on a flight two days later. We've lost 2 nights of a villa we paid £900 for.",
                 r"£900\W*$", id="a sum they paid for, without its for"),
    pytest.param("You've charged me £79 for refuelling. I've got the receipt from the garage 2 minutes from your "
                 "depot. Do you just make these up?", r"receipt", id="the receipt they kept"),
    pytest.param("Fourth day with no broadband. I've lost two days' pay already and every time I ring I get told "
                 "'engineers are aware'. What are you doing about it??", r"\btold\W*$", id="told, its quote gone"),
    pytest.param("Hi, I broke my wrist last week (slipped on ice, not at the gym lol) and I'll be in a cast for 6 "
                 "weeks. Can I freeze my membership? I've got a letter from the fracture clinic.", r"\bletter\b",
                 id="the letter they can send"),
])
def test_what_would_read_wrong_said_back_is_not_said_back(message: str, unwanted: str) -> None:
    moment = their_moment(message)
    assert moment is None or not re.search(unwanted, moment), moment


def test_asking_us_to_stop_calling_is_not_trouble_with_their_phone() -> None:
    customer = ("I've told you twice to stop phoning me about donations. Another call came at 9pm last night. "
                "I'm 80 and it scares me when the phone goes late. Stop it.")
    draft = "Dear Supporter,\n\nOur calls follow the Fundraising Regulator's code.\n\nSupporter Care"
    assert "phone" not in check(draft, customer).rewrite.replace(draft, "")


def test_a_defence_is_cut_even_when_what_is_left_reads_as_a_form_letter() -> None:
    customer = ("Room 311. A party next door went on until 3am last night and I rang reception TWICE. "
                "Nothing happened. I had a 6am start. I want something done about this.")
    draft = ("Dear Guest,\n\nThank you for your feedback. Our night staff have no record of any complaint about noise "
             "that night. As a seafront hotel, some noise is to be expected and we advise light sleepers to ask for a "
             "quiet room when booking.\n\nWe hope to welcome you again.\n\nFront Desk, The Esplanade")
    assert "to be expected" not in check(draft, customer).rewrite


@pytest.mark.parametrize("guess", ["It's probably just the bins outside.",
                                   "I'm sure it's nothing, that boiler is new."])
def test_a_guess_that_the_hazard_is_nothing_goes_once_safety_comes_first(guess: str) -> None:
    customer = "There's a smell of gas in the hallway of flat 2 since lunchtime. Is that normal?"
    draft = f"Hi Priya, {guess} Keep a window open and I'll send the engineer on Tuesday. Mark"
    rewrite = check(draft, customer).rewrite
    assert guess not in rewrite and "Tuesday" in rewrite


@pytest.mark.parametrize("message", ["That bill for £1,120 nearly gave me a heart attack. Can you check the reading?",
                                     "I almost had a heart attack when I saw £1,120. I think the reading is wrong."])
def test_a_heart_attack_as_a_figure_of_speech_is_no_emergency(message: str) -> None:
    assert read_stakes(message.lower()).crisis is None
    assert read_stakes("my dad is having a heart attack on the platform").crisis == "medical"


def test_what_they_only_think_happened_is_not_said_back_as_fact() -> None:
    message = "Hi I think I got charged twice for parking at Leeds station this morning, £9 not £4.50"
    assert their_moment(message) is None


def test_asking_to_skip_two_weeks_is_a_how_to_question_not_trouble() -> None:
    customer = ("Hi, I want to pause my veg box while we're away but I can't see where? Not cancelling, just skip two "
                "weeks (w/c 4th and 11th August)")
    draft = ("Hi! You can skip any week under 'My deliveries' in your account, up to midnight the Wednesday "
             "before. - Sue")
    assert not read_customer(customer).problem
    assert check(draft, customer).rewrite == draft


def test_the_only_thanks_in_a_reply_to_praise_stays() -> None:
    customer = "Just want to say the nurse on ward 4, Priya, was wonderful with my mum last week. Thank you."
    draft = ("Dear Patient,\n\nThank you for contacting the Trust. We aim to respond within 20 working days.\n\n"
             "We appreciate your feedback.\n\nPatient Relations")
    assert "We appreciate your feedback." in check(draft, customer).rewrite


@pytest.mark.parametrize(("message", "crisis"), [
    ("My husband had a heart attack last week and he's still in hospital. Can I pause our broadband bill?", None),
    ("My mum had a heart attack in March, so I'm handling her account now.", None),
    ("My dad's just had a heart attack at the station, we're in the ambulance now", "medical"),
])
def test_a_heart_attack_in_the_past_is_a_hard_moment_not_an_emergency(message: str, crisis: str | None) -> None:
    stakes = read_stakes(message.lower())
    assert stakes.crisis == crisis and "health" in stakes.kinds
