"""One customer message, a poor draft and a good LLM answer to it, shared by the LLM, guardrail and Teams tests.

The good answer keeps every fact of the draft (order number, amount, date),
promises nothing new (no follow-up the draft didn't make either), so any test
that sees it rejected has found a real change.
"""

CUSTOMER = "My order #48213 still hasn't arrived and nobody answers my emails. I am really angry."
DRAFT = "Calm down. As I already said, order #48213 for $45.00 was sent on 3 March. Read the FAQ."
GOOD = (
    "I'm really sorry that order #48213 still hasn't arrived and that your emails went unanswered; it makes sense "
    "that you're angry. It was sent on 3 March for $45.00, and the FAQ explains how tracking works. Could you tell "
    "me what the tracking page shows, so I can see where it has got to?"
)
EXPLANATION = [{"rule": "E402", "change": "Dropped \"Calm down\""}, {"rule": "E104", "change": "Named the anger"}]
