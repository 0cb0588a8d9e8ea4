"""Block Kit for everything the Slack app shows: pure functions from coach data to JSON-ready dicts.

Slack rejects a whole message when one block breaks a limit (3,000 characters
in a section, 50 blocks in a message, 2,000 in a button value), so every
builder clamps or splits text itself instead of trusting the draft's length.
Text that came from a person is escaped, so a draft holding ``<!channel>`` is
shown, never acted on.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from bot.coach.text import bar, counted

if TYPE_CHECKING:
    from bot.coach.checks.model import CheckResult, Finding
    from bot.services.checks import Checked, Progress
    from bot.services.lessons import LessonProgress, UserSettings

COMMAND = "/empathy"

# Action ids (buttons); each has exactly one listener in actions.py.
ANOTHER_VERSION = "another_version"
WHY = "why"
HELPFUL = "helpful"
NOT_HELPFUL = "not_helpful"
OPEN_CHECK = "open_check"
OPEN_SETTINGS = "open_settings"
FORGET_CONFIRM = "forget_me_confirm"
FORGET_CANCEL = "forget_me_cancel"

# View callback ids (modals that submit); each has a listener in views.py.
CHECK_VIEW = "check_reply"
SETTINGS_VIEW = "lesson_settings"
REASON_VIEW = "not_helpful_reason"

# Block and action ids of modal inputs, read back on submission.
CUSTOMER_INPUT = "customer"
DRAFT_INPUT = "draft"
REASON_INPUT = "reason"
TIMEZONE_INPUT = "timezone"
LESSON_TIME_INPUT = "lesson_time"
OPTIONS_INPUT = "options"
WEEKDAYS_ONLY = "weekdays_only"
LESSONS_PAUSED = "lessons_paused"
LESSONS_OPTED_OUT = "lessons_opted_out"

MAX_SECTION_CHARS = 3000
MAX_MESSAGE_BLOCKS = 50
MAX_VIEW_BLOCKS = 100
MAX_BUTTON_VALUE = 2000
MAX_INPUT_CHARS = 3000
"""Slack's ceiling for a plain-text input; a longer message is checked without the modal."""
MAX_METADATA_CHARS = 3000
MAX_FINDINGS_SHOWN = 10
MAX_QUOTE_CHARS = 80
BAR_CELLS = 10
GLYPHS = ("█", "░")
SEVERITY_MARKS = {"high": ":red_circle:", "medium": ":large_orange_circle:", "low": ":large_blue_circle:"}
WRITTEN_BY = {"offline": "written by the coach", "llm": "written by the LLM and checked by the coach"}
"""Which engine wrote the rewrite shown: an LLM rewrite replaces the coach's own in place, so the label says so."""

Block = dict
View = dict


def escape(text: str) -> str:
    """Slack's three control characters; everything else in mrkdwn is safe to show as typed."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def split_text(text: str, limit: int = MAX_SECTION_CHARS) -> list[str]:
    """Pieces of at most ``limit`` characters, cut at a line break or space when there is one."""
    pieces = []
    while len(text) > limit:
        cut = max(text.rfind("\n", 0, limit), text.rfind(" ", 0, limit))
        cut = cut if cut > limit // 2 else limit
        pieces.append(text[:cut])
        text = text[cut:].lstrip("\n ") if cut < limit else text[cut:]
    pieces.append(text)
    return [piece for piece in pieces if piece]


def clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def section(text: str) -> Block:
    return {"type": "section", "text": {"type": "mrkdwn", "text": clip(text, MAX_SECTION_CHARS)}}


def sections(text: str) -> list[Block]:
    return [section(piece) for piece in split_text(text)]


def context(text: str) -> Block:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": clip(text, MAX_SECTION_CHARS)}]}


def plain(text: str, limit: int = 75) -> dict:
    return {"type": "plain_text", "text": clip(text, limit), "emoji": True}


def button(text: str, action_id: str, value: str = "", style: str | None = None) -> dict:
    element = {"type": "button", "text": plain(text), "action_id": action_id}
    if value:
        element["value"] = clip(value, MAX_BUTTON_VALUE)
    if style:
        element["style"] = style
    return element


def actions(*elements: dict) -> Block:
    return {"type": "actions", "elements": list(elements)}


def divider() -> Block:
    return {"type": "divider"}


def copyable(text: str) -> list[Block]:
    """Preformatted rich text boxes: shown exactly as written and copied cleanly, with no escaping or markup."""
    return [
        {"type": "rich_text",
         "elements": [{"type": "rich_text_preformatted", "elements": [{"type": "text", "text": piece}]}]}
        for piece in split_text(text)
    ]


def parse_id(value: str) -> int | None:
    """The number a button carries, or ``None`` for a value this app didn't write.

    ASCII digits only: ``str.isdigit`` also accepts "²", which ``int`` refuses.
    """
    return int(value) if value.isascii() and value.isdigit() else None


def dimension_bars(values: dict[str, float]) -> str:
    """One line per dimension in a fixed-width block, so the bars line up on every client."""
    width = max(map(len, values), default=0)
    lines = [f"{name:<{width}}  {bar(value, BAR_CELLS, GLYPHS)}  {value:.2f}" for name, value in values.items()]
    return "```" + "\n".join(lines) + "```"


# --- The result of a check ---------------------------------------------------------------------------------


def result_text(result: CheckResult) -> str:
    """The notification line, for clients that can't show blocks."""
    return f"Empathy score {result.score}/100; the suggested rewrite scores {result.rewrite_score}/100."


def result_blocks(checked: Checked) -> list[Block]:
    result = checked.result
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
    if not result.explanation:
        return [section("*Rewrite:* no changes suggested.")]
    blocks = [section(f"*Suggested rewrite*, {WRITTEN_BY[result.engine]} (copy it from the box below)")]
    blocks += copyable(result.rewrite)
    changes = "\n".join(f"• {escape(change.change)}: {escape(change.why)}" for change in result.explanation)
    blocks += sections("*What changed*\n" + changes)
    return blocks


def result_actions(checked: Checked) -> Block:
    check_id = str(checked.check_id)
    elements = []
    if checked.result.explanation:
        elements.append(button("Another version", ANOTHER_VERSION, check_id))
    if checked.result.findings:
        elements.append(button("Why?", WHY, why_value(checked.check_id, checked.result.findings[0])))
    elements += [button("Helpful", HELPFUL, check_id), button("Not helpful", NOT_HELPFUL, check_id)]
    return actions(*elements)


def why_value(check_id: int, finding: Finding) -> str:
    """Everything "Why?" needs travels in the button, so it works after a restart and for any check."""
    budget = MAX_BUTTON_VALUE - 200
    return json.dumps({"check": check_id, "rule": finding.rule, "lesson": finding.lesson,
                       "message": clip(finding.message, budget // 2), "why": clip(finding.why, budget // 2)})


def _footer(checked: Checked) -> str:
    version = f"version {checked.variant + 1} of the rewrite · " if checked.variant else ""
    return f"Check #{checked.check_id} · {version}only you can see this · disagree? press *Not helpful* and say why"


def notice(text: str) -> list[Block]:
    """A one-paragraph reply, for errors and confirmations; the text is ours, so mrkdwn is allowed."""
    return [section(text)]


# --- Modals ------------------------------------------------------------------------------------------------


def _modal(title: str, blocks: list[Block], *, callback_id: str = "", submit: str | None = None,
           close: str = "Close", metadata: str = "", notify_on_close: bool = False) -> View:
    view: View = {"type": "modal", "title": plain(title, 24), "close": plain(close, 24),
                  "blocks": blocks[:MAX_VIEW_BLOCKS]}
    if callback_id:
        view["callback_id"] = callback_id
    if submit:
        view["submit"] = plain(submit, 24)
    if metadata:
        if len(metadata) > MAX_METADATA_CHARS:
            raise ValueError(f"Modal metadata is {len(metadata)} characters; Slack keeps at most {MAX_METADATA_CHARS}.")
        view["private_metadata"] = metadata
    if notify_on_close:
        view["notify_on_close"] = True
    return view


def _text_input(block_id: str, label: str, *, initial: str = "", optional: bool = False,
                placeholder: str = "", multiline: bool = True) -> Block:
    element = {"type": "plain_text_input", "action_id": block_id, "multiline": multiline,
               "max_length": MAX_INPUT_CHARS}
    if initial:
        element["initial_value"] = initial[:MAX_INPUT_CHARS]
    if placeholder:
        element["placeholder"] = plain(placeholder, 150)
    return {"type": "input", "block_id": block_id, "label": plain(label, 2000), "optional": optional,
            "element": element}


def check_modal(draft: str = "", customer: str = "", metadata: str = "") -> View:
    return _modal(
        "Check a reply",
        [
            _text_input(CUSTOMER_INPUT, "The customer's message (optional)", initial=customer, optional=True,
                        placeholder="Paste what the customer wrote, so the coach can tell what to acknowledge"),
            _text_input(DRAFT_INPUT, "Your draft reply", initial=draft,
                        placeholder="Paste the reply you are about to send"),
            context("Only you see the result. The text isn't stored unless your admin turned that on."),
        ],
        callback_id=CHECK_VIEW, submit="Check", close="Cancel", metadata=metadata,
    )


def reason_modal(metadata: str) -> View:
    """Closing without a reason still counts as "not helpful": the view is sent back on close too."""
    return _modal(
        "Not helpful",
        [
            section("Thanks for telling us. What was wrong with the score or the rewrite?"),
            _text_input(REASON_INPUT, "Reason (optional)", optional=True,
                        placeholder="e.g. the reply did acknowledge the customer in the first line"),
        ],
        callback_id=REASON_VIEW, submit="Send", close="Skip", metadata=metadata, notify_on_close=True,
    )


def lesson_modal(title: str, idea: str, try_today: str) -> View:
    return _modal("Why?", [
        {"type": "header", "text": plain(title, 150)},
        *sections(escape(idea)),
        *sections(f"*Try today:* {escape(try_today)}"),
    ])


def finding_modal(message: str, why: str, rule: str, lesson: str) -> View:
    """What "Why?" shows when the lesson text isn't available: the finding's own reasoning."""
    return _modal("Why?", [
        section(f"*{escape(message)}*"),
        *sections(escape(why)),
        context(f"Rule `{escape(rule)}` · lesson `{escape(lesson)}`"),
    ])


def settings_modal(settings: UserSettings, metadata: str = "") -> View:
    options = [_option("Weekdays only", WEEKDAYS_ONLY), _option("Pause lessons for now", LESSONS_PAUSED),
               _option("No daily lessons at all (opt out)", LESSONS_OPTED_OUT)]
    switches = (settings.weekdays_only, settings.lessons_paused, settings.lessons_opted_out)
    chosen = [option for option, on in zip(options, switches) if on]
    checkboxes: dict = {"type": "checkboxes", "action_id": OPTIONS_INPUT, "options": options}
    if chosen:
        checkboxes["initial_options"] = chosen
    return _modal(
        "Lesson settings",
        [
            _text_input(TIMEZONE_INPUT, "Your timezone", initial=settings.timezone or "", multiline=False,
                        placeholder="e.g. Europe/London or America/New_York"),
            {"type": "input", "block_id": LESSON_TIME_INPUT, "label": plain("Lesson time (your local time)"),
             "element": {"type": "timepicker", "action_id": LESSON_TIME_INPUT, "initial_time": settings.lesson_time}},
            {"type": "input", "block_id": OPTIONS_INPUT, "label": plain("Options"), "optional": True,
             "element": checkboxes},
        ],
        callback_id=SETTINGS_VIEW, submit="Save", close="Cancel", metadata=metadata,
    )


def _option(text: str, value: str) -> dict:
    return {"text": plain(text), "value": value}


# --- Help, progress, App Home, forgetting --------------------------------------------------------------------


def help_blocks() -> list[Block]:
    return [
        section("*Empathy Coach* checks a customer-service reply before you send it: a score, what to fix, "
                "and a rewrite that keeps every fact."),
        section(f"• `{COMMAND} your draft reply`: check a draft (only you see the result)\n"
                f"• `{COMMAND}` or `{COMMAND} check`: a form with room for the customer's message too\n"
                f"• `{COMMAND} practice [scenario]`: role-play with an upset customer in our DM, scored reply "
                "by reply (type *hint* for a pointer, *end* to finish)\n"
                f"• `{COMMAND} progress`: your scores over the last week\n"
                f"• `{COMMAND} settings`: when you get lessons\n"
                f"• `{COMMAND} forget-me`: delete everything stored about you\n"
                f"• `{COMMAND} help`: this message"),
        context("Also: *Check with Empathy Coach* in any message's ⋯ menu, the ⚡ shortcuts menu, "
                "or send a draft to the app in a direct message."),
    ]


def progress_blocks(progress: Progress, lessons: LessonProgress | None = None) -> list[Block]:
    """The check trend, and beside it the daily lessons: streak, lessons done, quiz accuracy."""
    blocks = _check_progress_blocks(progress)
    if lessons is not None:
        blocks.append(section(lesson_progress_text(lessons)))
    return blocks


def lesson_progress_text(lessons: LessonProgress) -> str:
    stats = lessons.stats
    if not stats.lessons_completed and not stats.quiz_answers:
        return "*Daily lessons:* none done yet. Answer the quiz in your next lesson to start a streak."
    days = lessons.streak.days
    streak = f":fire: {days}-day streak" if days else "no streak right now"
    if days and lessons.streak.frozen:
        streak += " (a freeze covered a missed day)"
    done = f"{counted(stats.lessons_completed, 'lesson')} done"
    parts = [streak, done]
    if stats.accuracy is not None:
        answers = counted(stats.quiz_answers, "answer")
        parts.append(f"quiz {stats.accuracy:.0%} right ({answers})")
    return "*Daily lessons:* " + " · ".join(parts)


def _check_progress_blocks(progress: Progress) -> list[Block]:
    period = f"the last {progress.days} days"
    if not progress.checks or progress.average_score is None:
        return [section(f"*Your progress:* no checks in {period} yet. Try `{COMMAND} your draft reply`.")]
    checks = counted(progress.checks, "check")
    blocks = [
        section(f"*Your progress:* {checks} in {period}, average score *{progress.average_score:.0f}/100*"
                f"{progress.trend_phrase(':arrow_up: up', ':arrow_down: down')}"),
        section(dimension_bars(progress.dimensions)),
        section(f"*Strongest:* {progress.strongest}    *Needs the most work:* {progress.weakest}"),
    ]
    if progress.top_rules:
        frequent = ", ".join(f"`{rule}` ({count})" for rule, count in progress.top_rules)
        blocks.append(context(f"Most frequent findings (checks): {frequent}"))
    return blocks


def settings_summary(settings: UserSettings) -> str:
    if settings.lessons_opted_out:
        return "*Lessons:* off (you opted out). Turn them back on in *Lesson settings*."
    if settings.lessons_paused:
        return "*Lessons:* paused."
    days = "weekdays" if settings.weekdays_only else "every day"
    zone = settings.timezone or "no timezone set (choose one so lessons arrive at the right time)"
    return f"*Lessons:* {days} at {settings.lesson_time}, {escape(zone)}."


def home_view(progress: Progress, settings: UserSettings, lessons: LessonProgress | None = None) -> View:
    blocks = [
        {"type": "header", "text": plain("Empathy Coach", 150)},
        section("Check a reply before you send it: a score, what to fix, and a rewrite that keeps every fact."),
        actions(button("Check a reply", OPEN_CHECK, style="primary")),
        divider(),
        *progress_blocks(progress, lessons),
        divider(),
        section(settings_summary(settings)),
        actions(button("Lesson settings", OPEN_SETTINGS)),
        context(f"Only you can see this page. `{COMMAND} forget-me` deletes everything stored about you."),
    ]
    return {"type": "home", "blocks": blocks[:MAX_VIEW_BLOCKS]}


def forgotten_home_view() -> View:
    return {"type": "home", "blocks": [
        {"type": "header", "text": plain("Empathy Coach", 150)},
        section("Nothing is stored about you. Your next check starts a fresh history."),
        actions(button("Check a reply", OPEN_CHECK, style="primary")),
    ]}


def forget_blocks(checks: int) -> list[Block]:
    stored = counted(checks, "check")
    confirm = {
        "title": plain("Delete everything?", 100),
        "text": {"type": "mrkdwn", "text": "Your checks, feedback and settings will be deleted. This can't be undone."},
        "confirm": plain("Delete", 30),
        "deny": plain("Keep", 30),
        "style": "danger",
    }
    delete = button("Delete everything", FORGET_CONFIRM, style="danger")
    delete["confirm"] = confirm
    return [
        section(f"This deletes everything Empathy Coach stores about you: {stored}, your feedback and your "
                "lesson settings. It can't be undone."),
        actions(delete, button("Keep my data", FORGET_CANCEL)),
    ]

