"""Adaptive Cards for Teams, built as plain dicts from the coach's plain results.

Text the agent or the customer wrote goes into ``TextRun`` inlines, which Teams
shows verbatim: in a ``TextBlock`` a stray ``*`` or ``[x](y)`` in a draft would
be rendered as Markdown and the agent would not see their own words.

Every button carries an ``action`` and the ids it needs, and nothing else the
bot has to trust: ``bot.teams.submits`` checks them when they come back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.coach.lessons.streaks import in_a_row
from bot.coach.text import MAX_DRAFT_CHARS, counted
from bot.teams.submits import MAX_REASON_CHARS

if TYPE_CHECKING:
    from bot.coach.checks.model import CheckResult, Finding
    from bot.coach.checks.rules import Rule
    from bot.coach.lessons.curriculum import Lesson
    from bot.services.checks import Checked, Progress
    from bot.services.lessons import LessonProgress, UserSettings

SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json"
VERSION = "1.4"
"""Teams renders Adaptive Cards up to 1.5 on desktop and 1.4 on mobile."""

MAX_FINDINGS = 8
"""Enough to act on in one go; the rest is summarised so a long draft's card stays readable."""
MAX_QUOTE_CHARS = 160
BAR_CELLS = 10
SEVERITY_COLOURS = {"high": "Attention", "medium": "Warning", "low": "Accent"}
DIMENSION_LABELS = {
    "acknowledge": "Acknowledge",
    "reflect": "Reflect",
    "explore": "Explore",
    "own": "Own",
    "respect": "Respect",
}
COMMANDS = (
    ("check <draft>", "check a reply before you send it (or just paste the draft)"),
    ("check", "a form with room for the customer's message too"),
    ("progress", "your scores over the last week"),
    ("practice", "role-play a reply to an upset customer, scored turn by turn"),
    ("settings", "when lessons arrive, your time zone, pause or stop lessons"),
    ("forget-me", "delete everything stored about you"),
    ("help", "this list"),
)


def card(body: list[dict], actions: list[dict] | None = None) -> dict:
    content: dict = {"type": "AdaptiveCard", "$schema": SCHEMA, "version": VERSION, "body": body}
    if actions:
        content["actions"] = actions
    return content


def submit(title: str, data: dict, *, style: str | None = None) -> dict:
    action = {"type": "Action.Submit", "title": title, "data": data}
    if style:
        action["style"] = style
    return action


def show_card(title: str, body: list[dict], actions: list[dict]) -> dict:
    """A button that unfolds a small form under the card, Teams' way of asking one more question in place."""
    return {"type": "Action.ShowCard", "title": title, "card": {"type": "AdaptiveCard", "body": body,
                                                               "actions": actions}}


def text(value: str, **options: object) -> dict:
    """Bot-written words, where the little Markdown Teams understands is welcome."""
    return {"type": "TextBlock", "text": value, "wrap": True, **options}


def verbatim(value: str, **options: object) -> dict:
    """Someone else's words, shown exactly as written."""
    return {"type": "RichTextBlock", "inlines": [{"type": "TextRun", "text": value, **options}]}


def quoted(value: str, **options: object) -> dict:
    """Someone else's words set apart on a shaded panel: a rewrite, a customer's line, a lesson's example."""
    return {"type": "Container", "style": "emphasis", "items": [verbatim(value)], **options}


def heading(value: str) -> dict:
    return text(value, weight="Bolder", size="Medium", separator=True, spacing="Medium")


def score_colour(score: float) -> str:
    return "Good" if score >= 70 else "Warning" if score >= 40 else "Attention"


def bar(value: float) -> str:
    filled = round(max(0.0, min(1.0, value)) * BAR_CELLS)
    return "▰" * filled + "▱" * (BAR_CELLS - filled)


def check_card(checked: Checked, *, insert: bool = False) -> dict:
    """The result of one check; with ``insert`` (the message extension) it offers to put the rewrite in the
    compose box."""
    result = checked.result
    body = [
        text(f"Empathy score {result.score}/100", size="Large", weight="Bolder", color=score_colour(result.score)),
        text(_rewrite_summary(result), isSubtle=True, spacing="None"),
        _dimensions(result.analysis.dimension_values()),
        *_findings(result),
        *_rewrite(result, checked.variant),
    ]
    return card(body, _check_actions(checked, insert))


def _rewrite_summary(result: CheckResult) -> str:
    if not result.explanation:
        return "No rewrite suggested: the coach found nothing it could safely improve."
    if result.engine == "llm":
        return (f"The rewrite below scores {result.rewrite_score}/100. It was written by the language model and "
                "passed the coach's checks: every fact of your draft kept, no new promises.")
    return f"The rewrite below scores {result.rewrite_score}/100."


def dimension_facts(values: dict[str, float]) -> list[dict]:
    """One line per dimension with its bar, for a check, a progress card or a practice summary."""
    return [{"title": DIMENSION_LABELS.get(name, name), "value": f"{bar(value)} {value:.2f}"}
            for name, value in values.items()]


def _dimensions(values: dict[str, float]) -> dict:
    return {"type": "FactSet", "facts": dimension_facts(values), "spacing": "Medium"}


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
    if not result.explanation:
        return []
    title = "Rewrite" if variant == 0 else f"Rewrite (version {variant + 1})"
    blocks = [
        heading(title),
        quoted(result.rewrite),
        text("**What changed**", spacing="Medium"),
    ]
    blocks += [text(f"- {change.rule}: {change.change} ({change.why})", spacing="None")
               for change in result.explanation]
    return blocks


def _check_actions(checked: Checked, insert: bool) -> list[dict]:
    check_id = checked.check_id
    actions = []
    if insert and checked.result.explanation:
        actions.append(submit("Insert the rewrite", {"action": "insert", "check_id": check_id,
                                                       "rewrite": checked.result.rewrite}, style="positive"))
    if checked.result.explanation:
        actions.append(submit("Another version", {"action": "another_version", "check_id": check_id}))
    if checked.result.findings:
        actions.append(submit("Why?", {"action": "why", "rule": checked.result.findings[0].rule}))
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


def help_card(greeting: str | None = None) -> dict:
    body = []
    if greeting:
        body.append(text(greeting, size="Medium", weight="Bolder"))
    body.append(text("I check customer-service replies for empathy before you send them: a score, what to "
                     "fix and why, and a rewrite that keeps every fact."))
    body.append({"type": "FactSet", "facts": [{"title": name, "value": what} for name, what in COMMANDS]})
    body.append(text("In any chat, use **Check with Empathy Coach** from the message actions (⋯) or the compose "
                     "box to check a reply without leaving the conversation.", isSubtle=True))
    return card(body, [submit("Check a reply", {"action": "form"})])


def progress_card(progress: Progress, lessons: LessonProgress | None = None) -> dict:
    """The check trend and, beside it, the daily lessons: streak, lessons done, quiz accuracy."""
    lesson_blocks = _lesson_progress(lessons) if lessons is not None else []
    period = f"the last {progress.days} days"
    if not progress.checks or progress.average_score is None:
        return card([text(f"No checks in {period} yet. Paste a draft reply here to start."), *lesson_blocks])
    checks = counted(progress.checks, "check")
    body = [
        text(f"Average score {progress.average_score:.0f}/100", size="Large", weight="Bolder",
             color=score_colour(progress.average_score)),
        text(f"{checks} in {period}{progress.trend_phrase()}", isSubtle=True, spacing="None"),
        _dimensions(progress.dimensions),
        text(f"Strongest: **{progress.strongest}**  ·  Needs the most work: **{progress.weakest}**"),
    ]
    if progress.top_rules:
        body.append(heading("Most frequent findings"))
        body.append({"type": "FactSet", "facts": [
            {"title": rule, "value": counted(count, "check")}
            for rule, count in progress.top_rules
        ]})
    return card(body + lesson_blocks)


def _lesson_progress(lessons: LessonProgress) -> list[dict]:
    stats, days = lessons.stats, lessons.streak.days
    streak = in_a_row(days)
    frozen = len(lessons.streak.frozen)
    if frozen:
        streak += f" ({'a missed day' if frozen == 1 else f'{frozen} missed days'} covered by the weekly freeze)"
    if stats.accuracy is None:
        accuracy = "no quiz answers yet"
    else:
        answers = counted(stats.quiz_answers, "answer")
        accuracy = f"{stats.accuracy:.0%} right ({answers})"
    return [
        heading("Daily lessons"),
        {"type": "FactSet", "facts": [
            {"title": "Streak", "value": streak},
            {"title": "Lessons done", "value": str(stats.lessons_completed)},
            {"title": "Quiz", "value": accuracy},
        ]},
    ]



def settings_card(settings: UserSettings, problem: str | None = None) -> dict:
    body = [text("Lesson settings", size="Medium", weight="Bolder")]
    if problem:
        body.append(text(problem, color="Attention"))
    body += [
        {"type": "Input.Time", "id": "lesson_time", "label": "Send lessons at (your local time)",
         "value": settings.lesson_time},
        {"type": "Input.Text", "id": "timezone", "label": "Time zone (Teams fills this in when it can)",
         "placeholder": "e.g. Europe/London", "value": settings.timezone or ""},
        {"type": "Input.Toggle", "id": "weekdays_only", "title": "Weekdays only", "valueOn": "true",
         "valueOff": "false", "value": _toggle(settings.weekdays_only)},
        {"type": "Input.Toggle", "id": "paused", "title": "Pause lessons for now", "valueOn": "true",
         "valueOff": "false", "value": _toggle(settings.lessons_paused)},
        {"type": "Input.Toggle", "id": "opted_out", "title": "No daily lessons at all (opt out)", "valueOn": "true",
         "valueOff": "false", "value": _toggle(settings.lessons_opted_out)},
    ]
    return card(body, [submit("Save", {"action": "settings"}, style="positive")])


def _toggle(value: bool) -> str:
    return "true" if value else "false"


def forget_card(checks: int) -> dict:
    what = counted(checks, "check")
    return card(
        [text("Delete everything stored about you?", size="Medium", weight="Bolder"),
         text(f"That is your {what}, your feedback, your lesson settings and how the coach reaches you here. "
              "It can't be undone.")],
        [submit("Delete everything", {"action": "forget", "confirm": True}, style="destructive"),
         submit("Keep my data", {"action": "forget", "confirm": False})],
    )


def shorten(value: str, limit: int) -> str:
    return value if len(value) <= limit else value[: limit - 1].rstrip() + "…"
