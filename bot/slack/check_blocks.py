"""Block Kit for a check: the result an agent sees (score, bars, findings, rewrite, buttons) and the forms around it.

Pure functions from the coach's plain results to JSON-ready dicts, built from the
shared pieces in ``blocks``: text that came from a person is escaped and every
section clipped to Slack's limits.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from bot.coach.checks.model import TO_ADD_HEADING
from bot.services.checks import NOT_SAVED_YET
from bot.slack.blocks import (
    MAX_BUTTON_VALUE,
    MAX_MESSAGE_BLOCKS,
    Block,
    View,
    actions,
    button,
    clip,
    context,
    copyable,
    dimension_bars,
    divider,
    escape,
    modal,
    plain,
    section,
    sections,
    text_input,
)

if TYPE_CHECKING:
    from bot.coach.checks.model import CheckResult, Finding
    from bot.services.checks import Checked

# Action ids (buttons); each has exactly one listener in actions.py.
ANOTHER_VERSION = "another_version"
WHY = "why"
HELPFUL = "helpful"
NOT_HELPFUL = "not_helpful"

# View callback ids (modals that submit); each has a listener in views.py.
CHECK_VIEW = "check_reply"
REASON_VIEW = "not_helpful_reason"

# Block and action ids of modal inputs, read back on submission.
CUSTOMER_INPUT = "customer"
DRAFT_INPUT = "draft"
REASON_INPUT = "reason"

MAX_FINDINGS_SHOWN = 10
MAX_QUOTE_CHARS = 80
SEVERITY_MARKS = {"high": ":red_circle:", "medium": ":large_orange_circle:", "low": ":large_blue_circle:"}
WRITTEN_BY = {"offline": "written by the coach", "llm": "written by the LLM and checked by the coach"}
"""Which engine wrote the rewrite shown: an LLM rewrite replaces the coach's own in place, so the label says so."""


def result_text(result: CheckResult) -> str:
    """The notification line, for clients that can't show blocks."""
    notice = result.language_notice()
    if notice:
        return notice
    return f"Empathy score {result.score}/100; the suggested rewrite scores {result.rewrite_score}/100."


def result_blocks(checked: Checked) -> list[Block]:
    result = checked.result
    notice = result.language_notice()
    if notice:
        blocks = [section(escape(notice)), *(rewrite_blocks(result) if result.changed else []),
                  result_actions(checked), context(_footer(checked))]
        return blocks[:MAX_MESSAGE_BLOCKS]
    blocks = [
        section(f"*Empathy score {result.score}/100*   ·   the rewrite scores *{result.rewrite_score}/100*"),
        section(dimension_bars(result.analysis.dimension_values())),
        divider(),
        *finding_blocks(result),
        divider(),
        *rewrite_blocks(result),
        result_actions(checked),
        context(_footer(checked)),
    ]
    return blocks[:MAX_MESSAGE_BLOCKS]


def finding_blocks(result: CheckResult) -> list[Block]:
    findings = result.findings
    if not findings:
        return [section("*Findings:* none. This reply already does what the coach looks for.")]
    blocks = [section(f"*Findings ({len(findings)})*")]
    blocks += [section(_finding_text(result, finding)) for finding in findings[:MAX_FINDINGS_SHOWN]]
    hidden = len(findings) - MAX_FINDINGS_SHOWN
    if hidden > 0:
        blocks.append(context(f"…and {hidden} more of the same kinds. Fix these first and check again."))
    return blocks


def _finding_text(result: CheckResult, finding: Finding) -> str:
    quoted = " ".join(result.analysis.text[finding.start : finding.end].split())
    head = f"{SEVERITY_MARKS[finding.severity]} *{escape(finding.message)}*"
    if quoted:
        head += f"\n> “{escape(clip(quoted, MAX_QUOTE_CHARS))}”"
    return f"{head}\n_{escape(finding.why)}_  `{finding.rule}`"


def rewrite_blocks(result: CheckResult) -> list[Block]:
    if not result.changed:
        blocks = [section("*Rewrite:* no changes suggested.")]
    else:
        blocks = [section(f"*Suggested rewrite*, {WRITTEN_BY[result.engine]} (copy it from the box below)")]
        blocks += copyable(result.rewrite)
        changes = "\n".join(f"• {escape(change.change)}: {escape(change.why)}" for change in result.edits)
        blocks += sections("*What changed*\n" + changes)
    if result.to_add:
        still = "\n".join(f"• {escape(change.change)}: {escape(change.why)}" for change in result.to_add)
        blocks += sections(f"*{TO_ADD_HEADING}*\n" + still)
    return blocks


def result_actions(checked: Checked) -> Block:
    """A check saved without an id (the database was busy) keeps only *Why?*, which needs no record."""
    check_id = str(checked.check_id)
    saved = checked.check_id is not None
    elements = []
    if checked.result.changed and saved:
        elements.append(button("Another version", ANOTHER_VERSION, check_id))
    if checked.result.findings:
        elements.append(button("Why?", WHY, why_value(checked.check_id, checked.result.findings[0])))
    if saved:
        elements += [button("Helpful", HELPFUL, check_id), button("Not helpful", NOT_HELPFUL, check_id)]
    return actions(*elements)


def why_value(check_id: int | None, finding: Finding) -> str:
    """Everything "Why?" needs travels in the button, so it works after a restart and for any check."""
    budget = MAX_BUTTON_VALUE - 200
    return json.dumps({"check": check_id, "rule": finding.rule, "lesson": finding.lesson,
                       "message": clip(finding.message, budget // 2), "why": clip(finding.why, budget // 2)})


def _footer(checked: Checked) -> str:
    if checked.check_id is None:
        return f"Only you can see this · {NOT_SAVED_YET}"
    version = f"version {checked.variant + 1} of the rewrite · " if checked.variant else ""
    return f"Check #{checked.check_id} · {version}only you can see this · disagree? press *Not helpful* and say why"


def check_modal(draft: str = "", customer: str = "", metadata: str = "") -> View:
    return modal(
        "Check a reply",
        [
            text_input(CUSTOMER_INPUT, "The customer's message (optional)", initial=customer, optional=True,
                       placeholder="Paste what the customer wrote, so the coach can tell what to acknowledge"),
            text_input(DRAFT_INPUT, "Your draft reply", initial=draft,
                       placeholder="Paste the reply you are about to send"),
            context("Only you see the result. The text isn't stored unless your admin turned that on."),
        ],
        callback_id=CHECK_VIEW, submit="Check", close="Cancel", metadata=metadata,
    )


def reason_modal(metadata: str) -> View:
    """Closing without a reason still counts as "not helpful": the view is sent back on close too."""
    return modal(
        "Not helpful",
        [
            section("Thanks for telling us. What was wrong with the score or the rewrite?"),
            text_input(REASON_INPUT, "Reason (optional)", optional=True,
                       placeholder="e.g. the reply did acknowledge the customer in the first line"),
        ],
        callback_id=REASON_VIEW, submit="Send", close="Skip", metadata=metadata, notify_on_close=True,
    )


def lesson_modal(title: str, idea: str, try_today: str) -> View:
    return modal("Why?", [
        {"type": "header", "text": plain(title, 150)},
        *sections(escape(idea)),
        *sections(f"*Try today:* {escape(try_today)}"),
    ])


def finding_modal(message: str, why: str, rule: str, lesson: str) -> View:
    """What "Why?" shows when the lesson text isn't available: the finding's own reasoning."""
    return modal("Why?", [
        section(f"*{escape(message)}*"),
        *sections(escape(why)),
        context(f"Rule `{escape(rule)}` · lesson `{escape(lesson)}`"),
    ])
