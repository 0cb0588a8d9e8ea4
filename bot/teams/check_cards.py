"""Adaptive Cards for a check: the result (score, dimensions, findings, rewrite, buttons), the form, "Why?".

Pure functions from the coach's plain results, built from the shared pieces in
``cards``. The agent's own words go into ``TextRun`` inlines, shown verbatim.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.coach.checks.model import TO_ADD_HEADING
from bot.coach.text import MAX_DRAFT_CHARS
from bot.services.checks import NOT_SAVED_YET
from bot.teams.cards import card, dimensions, heading, quoted, score_colour, shorten, show_card, submit, text, verbatim
from bot.teams.submits import MAX_REASON_CHARS

if TYPE_CHECKING:
    from bot.coach.checks.model import CheckResult, Finding
    from bot.coach.checks.rules import Rule
    from bot.coach.lessons.curriculum import Lesson
    from bot.services.checks import Checked

MAX_FINDINGS = 8
"""Enough to act on in one go; the rest is summarised so a long draft's card stays readable."""
MAX_QUOTE_CHARS = 160
SEVERITY_COLOURS = {"high": "Attention", "medium": "Warning", "low": "Accent"}


def check_card(checked: Checked, *, insert: bool = False) -> dict:
    """The result of one check; with ``insert`` (the message extension) it offers to put the rewrite in the
    compose box."""
    result = checked.result
    notice = result.language_notice()
    if notice:
        return card([text(notice, wrap=True), *_rewrite(result, checked.variant)], _check_actions(checked, insert))
    body = [
        text(f"Empathy score {result.score}/100", size="Large", weight="Bolder", color=score_colour(result.score)),
        text(_rewrite_summary(result), isSubtle=True, spacing="None"),
        dimensions(result.analysis.dimension_values()),
        *_findings(result),
        *_rewrite(result, checked.variant),
    ]
    if checked.check_id is None:
        body.append(text(NOT_SAVED_YET, isSubtle=True, wrap=True))
    return card(body, _check_actions(checked, insert))


def _rewrite_summary(result: CheckResult) -> str:
    if not result.changed:
        return "No rewrite suggested: the coach found nothing it could safely improve."
    if result.engine == "llm":
        return (f"The rewrite below scores {result.rewrite_score}/100. It was written by the language model and "
                "passed the coach's checks: every fact of your draft kept, no new promises.")
    return f"The rewrite below scores {result.rewrite_score}/100."


def _findings(result: CheckResult) -> list[dict]:
    findings = result.findings
    if not findings:
        return [heading("Findings: none"), text("Nothing to fix. Nice reply.")]
    blocks = [heading(f"Findings ({len(findings)})")]
    for finding in findings[:MAX_FINDINGS]:
        blocks.append(_finding(finding, result.analysis.text))
    hidden = len(findings) - MAX_FINDINGS
    if hidden > 0:
        blocks.append(text(f"…and {hidden} more of lower importance. Fix these first, then check again.",
                           isSubtle=True))
    return blocks


def _finding(finding: Finding, draft: str) -> dict:
    items = [
        text(f"**{finding.severity.upper()}** · {finding.rule}", color=SEVERITY_COLOURS[finding.severity],
             spacing="Small"),
    ]
    words = draft[finding.start : finding.end].strip()
    if words:
        items.append(verbatim(f"“{shorten(words, MAX_QUOTE_CHARS)}”", italic=True))
    items.append(text(finding.message, spacing="None"))
    items.append(text(f"Why: {finding.why}", isSubtle=True, spacing="None"))
    return {"type": "Container", "items": items, "spacing": "Small"}


def _rewrite(result: CheckResult, variant: int) -> list[dict]:
    blocks: list[dict] = []
    if result.changed:
        title = "Rewrite" if variant == 0 else f"Rewrite (version {variant + 1})"
        blocks += [heading(title), quoted(result.rewrite), text("**What changed**", spacing="Medium")]
        blocks += [text(f"- {change.rule}: {change.change} ({change.why})", spacing="None")
                   for change in result.edits]
    if result.to_add:
        blocks.append(text(f"**{TO_ADD_HEADING}**", spacing="Medium"))
        blocks += [text(f"- {change.rule}: {change.change} ({change.why})", spacing="None")
                   for change in result.to_add]
    return blocks


def _check_actions(checked: Checked, insert: bool) -> list[dict]:
    """A check saved without an id (the database was busy) can't be rated or reworded yet."""
    check_id = checked.check_id
    actions = []
    if insert and checked.result.changed:
        actions.append(submit("Insert the rewrite", {"action": "insert", "check_id": check_id,
                                                       "rewrite": checked.result.rewrite}, style="positive"))
    if checked.result.changed and check_id is not None:
        actions.append(submit("Another version", {"action": "another_version", "check_id": check_id}))
    if checked.result.findings:
        actions.append(submit("Why?", {"action": "why", "rule": checked.result.findings[0].rule}))
    if check_id is not None:
        actions.append(submit("Helpful", {"action": "feedback", "check_id": check_id, "helpful": True}))
        actions.append(_not_helpful(check_id))
    return actions


def _not_helpful(check_id: int) -> dict:
    """Asks what was wrong without making the agent answer: sending the box empty still counts the vote."""
    # The limit ``bot.teams.submits`` enforces, so Teams stops the agent before the bot has to.
    reason = {"type": "Input.Text", "id": "reason", "isMultiline": True, "maxLength": MAX_REASON_CHARS,
              "label": "What was wrong? (optional)",
              "placeholder": "e.g. the rewrite changed what I promised, or a finding was wrong"}
    return show_card("Not helpful", [reason],
                     [submit("Send", {"action": "feedback", "check_id": check_id, "helpful": False})])


def insert_card(rewrite: str) -> dict:
    """What lands in the compose box: only the reply, ready to send, with none of the coaching around it."""
    return card([verbatim(rewrite)])


def check_form_card(customer: str | None = None) -> dict:
    body = [
        text("Check a reply", size="Medium", weight="Bolder"),
        text("Paste the customer's message too if you have it: the coach then checks that you answered "
             "what they asked and responded to how they feel.", isSubtle=True),
        {"type": "Input.Text", "id": "customer", "label": "Customer's message (optional)", "isMultiline": True,
         "maxLength": MAX_DRAFT_CHARS, "value": customer or ""},
        {"type": "Input.Text", "id": "draft", "label": "Your draft reply", "isMultiline": True,
         "isRequired": True, "errorMessage": "Paste the reply you want to check.",
         "maxLength": MAX_DRAFT_CHARS, "value": ""},
    ]
    return card(body, [submit("Check", {"action": "check"}, style="positive")])


def why_card(rule: Rule, lesson: Lesson | None) -> dict:
    """The lesson behind a finding; the finding's own reasoning when the lesson can't be read."""
    if lesson is None:
        return card([
            text(f"Why {rule.id} matters", size="Medium", weight="Bolder"),
            text(rule.message),
            text(rule.why),
            text(f"Lesson: **{rule.lesson}**", isSubtle=True),
        ])
    return card([
        text(lesson.title, size="Medium", weight="Bolder"),
        text(f"Behind finding {rule.id}: {rule.message}", isSubtle=True, spacing="None"),
        text(lesson.idea),
        text("**Try today**", spacing="Medium"),
        text(lesson.try_today, spacing="None"),
    ])
