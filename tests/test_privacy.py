"""Personal details become placeholders before a draft leaves the process, and come back afterwards."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.coach import check, practice
from bot.coach.practice.customer_line import LineRequest
from bot.coach.practice.scenarios import Scenarios
from bot.coach.practice.session import Turn
from bot.coach.privacy import PLACEHOLDER, Redactor, find_personal_details
from bot.llm import customer, rewriter
from bot.llm.customer import load_customer_prompt
from bot.llm.prompt import load_prompt

ROOT = Path(__file__).resolve().parent.parent

PERSONAL = [
    # cards: Luhn-valid, in every grouping agents paste
    ("The card 4111 1111 1111 1111 was charged.", "CARD", "4111 1111 1111 1111"),
    ("The card 4111-1111-1111-1111 was charged.", "CARD", "4111-1111-1111-1111"),
    ("Card #4111111111111111 was declined.", "CARD", "4111111111111111"),
    ("card:5555555555554444 on file", "CARD", "5555555555554444"),
    ("card: 4111/1111/1111/1111", "CARD", "4111/1111/1111/1111"),
    ("Charged to 4111 - 1111 - 1111 - 1111 today.", "CARD", "4111 - 1111 - 1111 - 1111"),
    ("Card 4111.1111.1111.1111 is on file.", "CARD", "4111.1111.1111.1111"),
    ("Amex 3782 822463 10005 expired.", "CARD", "3782 822463 10005"),
    ("Discover 6011 1111 1111 1117 works.", "CARD", "6011 1111 1111 1117"),
    ("It took 4111 1111 1111 1111 100 times.", "CARD", "4111 1111 1111 1111"),
    # phones: international, and local to the US, UK, Germany and France
    ("Phone:07700900123", "PHONE", "07700900123"),
    ("Call me on 555-0199 after six.", "PHONE", "555-0199"),
    ("phone 555 0199 any time", "PHONE", "555 0199"),
    ("Call me on +44 20 7946 0958 after six.", "PHONE", "+44 20 7946 0958"),
    ("My number is (555) 123-4567.", "PHONE", "(555) 123-4567"),
    ("Ring 555-123-4567 please.", "PHONE", "555-123-4567"),
    ("Ring 07700 900123 please.", "PHONE", "07700 900123"),
    ("It's +1 (415) 555-0100.", "PHONE", "+1 (415) 555-0100"),
    ("It's 415.555.0100.", "PHONE", "415.555.0100"),
    ("Free on 1-800-555-0199.", "PHONE", "1-800-555-0199"),
    ("Try +44 (0)20 7946 0958.", "PHONE", "+44 (0)20 7946 0958"),
    ("Try 0044 20 7946 0958.", "PHONE", "0044 20 7946 0958"),
    ("tel. 020 7946 0958", "PHONE", "020 7946 0958"),
    ("Mobil: 0171 1234567", "PHONE", "0171 1234567"),
    ("Tel. +49 30 12345678", "PHONE", "+49 30 12345678"),
    ("Büro 030/1234567", "PHONE", "030/1234567"),
    ("Appelez le 01 23 45 67 89 demain.", "PHONE", "01 23 45 67 89"),
    ("Portable 06.12.34.56.78", "PHONE", "06.12.34.56.78"),
    ("WhatsApp +33 6 12 34 56 78", "PHONE", "+33 6 12 34 56 78"),
    ("my mobile number is 07700900123", "PHONE", "07700900123"),
    ("Text me at 4155550100.", "PHONE", "4155550100"),
    ("<tel:+14155550100|call me>", "PHONE", "+14155550100"),
    ("On 2025-03-10 555-0199 picked up.", "PHONE", "555-0199"),
    # emails
    ("Write to jo.smith+orders@mail.example.co.uk today.", "EMAIL", "jo.smith+orders@mail.example.co.uk"),
    ("WRITE TO JO.SMITH@EXAMPLE.COM", "EMAIL", "JO.SMITH@EXAMPLE.COM"),
    ("<mailto:jo@example.com|jo@example.com>", "EMAIL", "jo@example.com"),
    # IBANs in any case and grouping, and labelled account numbers
    ("Pay into GB82 WEST 1234 5698 7654 32 instead.", "ACCOUNT", "GB82 WEST 1234 5698 7654 32"),
    ("iban gb82west12345698765432 please", "ACCOUNT", "gb82west12345698765432"),
    ("IBAN: DE89 3704 0044 0532 0130 00.", "ACCOUNT", "DE89 3704 0044 0532 0130 00"),
    ("to de89 3704 0044 0532 0130 00 today", "ACCOUNT", "de89 3704 0044 0532 0130 00"),
    ("FR76 3000 6000 0112 3456 7890 189", "ACCOUNT", "FR76 3000 6000 0112 3456 7890 189"),
    ("Account number 12345678 is locked.", "ACCOUNT", "12345678"),
    ("acct #: AC-99812 is locked.", "ACCOUNT", "AC-99812"),
    ("your account number is 87654321", "ACCOUNT", "87654321"),
    ("sort code 12-34-56", "ACCOUNT", "12-34-56"),
    # street addresses: US, UK, Germany, France, in any case
    ("It went to 221B Baker Street on Monday.", "ADDRESS", "221B Baker Street"),
    ("it went to 221b baker street on monday", "ADDRESS", "221b baker street"),
    ("Ship it to 42 Elm Grove Road, Apt 4B tomorrow.", "ADDRESS", "42 Elm Grove Road, Apt 4B"),
    ("ship it to 42 elm grove road, apt 4b tomorrow", "ADDRESS", "42 elm grove road, apt 4b"),
    ("1600 Pennsylvania Avenue NW", "ADDRESS", "1600 Pennsylvania Avenue"),
    ("350 5th Ave, New York", "ADDRESS", "350 5th Ave"),
    ("deliver to 397 elm grove drive today", "ADDRESS", "397 elm grove drive"),
    ("Lieferung an Hauptstraße 5 morgen", "ADDRESS", "Hauptstraße 5"),
    ("an musterstr. 12a bitte", "ADDRESS", "musterstr. 12a"),
    ("Berliner Straße 10", "ADDRESS", "Berliner Straße 10"),
    ("Livré au 12 rue de la Paix hier", "ADDRESS", "12 rue de la Paix"),
    ("livré au 12 rue de la paix hier", "ADDRESS", "12 rue de la paix"),
    ("livré au 18 rue victor hugo hier", "ADDRESS", "18 rue victor hugo"),
    ("5 bis avenue des Champs-Élysées", "ADDRESS", "5 bis avenue des Champs-Élysées"),
    ("Send it to PO Box 1234.", "ADDRESS", "PO Box 1234"),
    # postcodes
    ("Postcode NW1 6XE is outside the zone.", "ADDRESS", "NW1 6XE"),
    ("postcode nw1 6xe is outside the zone", "ADDRESS", "nw1 6xe"),
    ("London SW1A 1AA", "ADDRESS", "SW1A 1AA"),
    ("London SW1A1AA", "ADDRESS", "SW1A1AA"),
    ("Springfield, IL 62704", "ADDRESS", "62704"),
    ("springfield, il 62704-1234", "ADDRESS", "62704-1234"),
    ("zip 90210", "ADDRESS", "90210"),
    ("Boise, ID 83702", "ADDRESS", "83702"),
    ("Hauptstraße 5, 10115 Berlin", "ADDRESS", "10115"),
    ("12 rue de la Paix, 75002 Paris", "ADDRESS", "75002"),
    ("D-10115 Berlin", "ADDRESS", "10115"),
    ("221b baker street, springfield, il 62704", "ADDRESS", "62704"),
]

FACTS = [
    "Order #48213 for $45.00 ships on 2025-03-10 at 10:30.",
    "Your refund of £1,234.56 takes 10 days; ticket RMA-7731.",
    "Check your account settings, then try again on 12.03.2025.",
    "Flight BA 117 leaves from gate 22 at 9:45 pm.",
    "Flight BA 283 is delayed.",
    "Please quote case #4471829.",
    "It was stamped 2025-03-10T10:30:00Z.",
    "Delivered 2025-03-10 14:05:33 UTC.",
    "We'll call back between 10:30 and 11:45.",
    "Call us at 10:30 tomorrow.",
    "Tracking number 1Z999AA10123456784.",
    "USPS tracking 9400 1000 0000 0000 0000 00.",
    "9400 1000 0000 0000 0000 00 is the tracking number.",
    "Order 4155550100 has shipped.",
    "Order no. 0012345678 has shipped.",
    "Ticket 555-0199 is closed.",
    "Parcel 123456789012 left the depot.",
    "123456789012 left the depot.",
    "Version 2.14.1 fixed it; 15% off.",
    "Expect it in 3-5 days, or 5-7 business days.",
    "Invoice 4111111111111112 is attached.",
    "Invoice 1234567890123 is attached.",
    "Your booking ref is KXJTPL.",
    "Reservation 12345678 for 2 guests.",
    "Transaction 20250310-000123 was refunded.",
    "The 3 items are on the way; it's a 3 hour drive.",
    "We're 5 minutes down the street from the depot.",
    "Pages 120-135 of the manual cover it.",
    "Call us 24/7.",
    "Dates 03/10/2025 and 10.03.2025 both work.",
    "Between 9am and 5pm, Monday to Friday.",
    "The amount €2.500,00 was refunded.",
    "We refunded 120 4500 points.",
    "Order 48213, 10 items, shipped from the DE warehouse.",
    "Temperatures of 23C, 5G coverage.",
    "Quote merchant ID 44192 to the bank.",
    "Thanks, 12000 Euros were refunded.",
]


def found_in(text: str) -> list[tuple[str, str]]:
    return [(text[start:end], kind) for start, end, kind in find_personal_details(text)]


@pytest.mark.parametrize(("text", "kind", "value"), PERSONAL)
def test_each_format_agents_paste_is_found_whole(text: str, kind: str, value: str) -> None:
    assert (value, kind) in found_in(text)
    redacted = Redactor().redact(text)
    assert value not in redacted
    assert PLACEHOLDER.search(redacted)


@pytest.mark.parametrize("text", FACTS)
def test_facts_the_reply_is_about_are_not_treated_as_personal(text: str) -> None:
    assert found_in(text) == []


def test_the_same_value_gets_the_same_placeholder_across_texts_and_comes_back() -> None:
    redactor = Redactor()
    draft = redactor.redact("I've emailed jo@example.com and will call 555-123-4567.")
    customer_message = redactor.redact("Email jo@example.com, not bo@example.com!")
    assert draft == "I've emailed [EMAIL_1] and will call [PHONE_1]."
    assert customer_message == "Email [EMAIL_1], not [EMAIL_2]!"
    assert redactor.restore("I'll write to [EMAIL_1] and ring [PHONE_1].") == (
        "I'll write to jo@example.com and ring 555-123-4567."
    )


def test_a_placeholder_the_redactor_never_issued_is_left_for_the_guard_to_catch() -> None:
    redactor = Redactor()
    redactor.redact("Mail jo@example.com")
    assert redactor.restore("Mail [EMAIL_1] or [EMAIL_7]") == "Mail jo@example.com or [EMAIL_7]"


LEAKED_BEFORE = {
    "card #4111111111111111": "4111111111111111",
    "card:4111111111111111": "4111111111111111",
    "4111/1111/1111/1111": "4111/1111/1111/1111",
    "4111 - 1111 - 1111 - 1111": "1111 - 1111",
    "Phone:07700900123": "07700900123",
    "call 555-0199": "555-0199",
    "iban gb82west12345698765432": "gb82west12345698765432",
    "221b baker street": "baker street",
    "Springfield, IL 62704": "62704",
}
"""The formats that reached the model before, each with the part of it that must not."""


def test_the_check_path_sends_no_detail_of_the_draft_or_the_customer_message() -> None:
    draft = "Calm down. " + ". ".join(list(LEAKED_BEFORE)[::2]) + ". Order #48213 ships on 2025-03-10."
    customer_message = "I'm furious! " + ". ".join(list(LEAKED_BEFORE)[1::2]) + "."
    offline = check(draft, customer_message)
    redactor = Redactor()
    sent = json.dumps(rewriter.request_messages(load_prompt(), offline, redactor))
    for detail in LEAKED_BEFORE.values():
        assert detail not in sent, detail
    assert "#48213" in sent and "2025-03-10" in sent
    assert len(redactor.originals) == len(LEAKED_BEFORE) - 1  # the same card twice is one placeholder
    answer = " ".join(redactor.originals)  # a model that kept every placeholder
    assert redactor.restore(answer) == " ".join(redactor.originals.values())


def test_practice_sends_no_detail_of_the_agent_or_of_what_the_customer_said(scenarios: Scenarios) -> None:
    scenario = scenarios.get("late-delivery")
    assert scenario is not None
    formats = list(LEAKED_BEFORE)
    earlier = Turn(agent=f"I'll {formats[5]} or refund {formats[0]}.", customer=f"No: {formats[4]}, {formats[1]}!",
                   reaction="vague", score=60, dimensions={}, rules=(), note="", mood=0.4)
    reply = Turn(agent="Noted: " + ", ".join(formats[2:4] + formats[6:]), customer="OK.", reaction="reassured",
                 score=70, dimensions={}, rules=(), note="", mood=0.3)
    request = LineRequest(scenario, replace(practice.start(scenario), turns=(earlier,)), reply, None)
    sent = json.dumps(customer.request_messages(load_customer_prompt(), request, Redactor()))
    for detail in LEAKED_BEFORE.values():
        assert detail not in sent, detail
    assert "[PHONE_1]" in sent and "[CARD_1]" in sent


SAFE = st.sampled_from([
    "order #48213", "$1,234.56", "£45.00", "€2.500,00", "2025-03-10", "12/03/2025", "10.03.2025", "10:30",
    "9:45 pm", "2025-03-10T10:30:00Z", "flight BA 283", "case #4471829", "tracking 1Z999AA10123456784",
    "v2.14.1", "15%", "3-5 days", "invoice 4111111111111112", "ticket RMA-7731", "gate 22", "Monday",
    "thanks", "sorry", "the", "on the way", "down the street", "account", "call", "phone", "order 4155550100",
    "ref KXJTPL", "24/7", "a 3 hour drive", "3 items", "room 12", "5G", "23C",
])
GLUE = st.sampled_from([" ", ", ", ". ", "; ", "\n", " - ", " and "])
DETAILS = st.sampled_from([
    "jo@example.com", "+1 415 555 0100", "4111 1111 1111 1111", "12 High Street", "555-0199", "07700900123",
    "gb82west12345698765432", "NW1 6XE", "4111/1111/1111/1111", "Hauptstraße 5", "12 rue de la Paix",
])


@st.composite
def texts(draw: st.DrawFn, parts: st.SearchStrategy[str]) -> str:
    tokens = draw(st.lists(parts, max_size=12))
    return "".join(token + draw(GLUE) for token in tokens)


@given(texts(SAFE))
def test_text_without_personal_details_goes_out_unchanged(text: str) -> None:
    assert Redactor().redact(text) == text


@given(texts(st.one_of(SAFE, DETAILS)))
def test_no_detail_survives_and_every_one_comes_back(text: str) -> None:
    redactor = Redactor()
    redacted = redactor.redact(text)
    assert redactor.restore(redacted) == text
    for detail in ("jo@example.com", "415 555 0100", "1111 1111", "High Street", "555-0199", "07700900123",
                   "gb82west", "NW1 6XE", "1111/1111", "Hauptstraße", "rue de la Paix"):
        assert detail not in redacted


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_restore_undoes_redact_for_any_text(text: str) -> None:
    redactor = Redactor()
    redacted = redactor.redact(text)
    assert redactor.restore(redacted) == text
    assert len(PLACEHOLDER.findall(redacted)) >= len(redactor.originals)


@pytest.mark.parametrize("argv", [["--version"], ["check", "--no-save", "--json", "Call 555-0199 now."]])
def test_the_phone_library_is_loaded_only_when_text_goes_to_a_model(argv: list[str]) -> None:
    probe = (
        "import sys\n"
        "from bot.cli import main\n"
        "try:\n"
        f"    main({argv!r})\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('phonenumbers' in sys.modules, file=sys.stderr)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, cwd=ROOT,
                          timeout=60, check=False)
    assert done.stderr.strip().splitlines()[-1] == "False", done.stderr
