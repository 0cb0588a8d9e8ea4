"""Block Kit: the pieces every Slack builder shares, and what isn't one feature's (help, progress, App Home,
lesson settings, forget-me). Pure functions from coach data to JSON-ready dicts.

Slack rejects a whole message when one block breaks a limit (3,000 characters
in a section, 50 blocks in a message, 2,000 in a button value), so every
builder clamps or splits text itself instead of trusting the draft's length.
Text that came from a person is escaped, so a draft holding ``<!channel>`` is
shown, never acted on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.coach.text import bar, counted
from bot.services.lessons import lesson_schedule

if TYPE_CHECKING:
    from bot.services.checks import Progress
    from bot.services.lessons import LessonProgress, UserSettings

COMMAND = "/empathy"

# Action ids (buttons); each has exactly one listener in actions.py.
OPEN_CHECK = "open_check"
OPEN_SETTINGS = "open_settings"
FORGET_CONFIRM = "forget_me_confirm"
FORGET_CANCEL = "forget_me_cancel"

# View callback ids (modals that submit); each has a listener in views.py.
SETTINGS_VIEW = "lesson_settings"

# Block and action ids of modal inputs, read back on submission.
TIMEZONE_INPUT = "timezone"
LESSON_TIME_INPUT = "lesson_time"
OPTIONS_INPUT = "options"
WEEKDAYS_ONLY = "weekdays_only"
LESSONS_PAUSED = "lessons_paused"
LESSONS_OPTED_OUT = "lessons_opted_out"
SHARE_WITH_LEADS = "share_with_leads"

MAX_SECTION_CHARS = 3000
MAX_MESSAGE_BLOCKS = 50
MAX_VIEW_BLOCKS = 100
MAX_BUTTON_VALUE = 2000
MAX_INPUT_CHARS = 3000
"""Slack's ceiling for a plain-text input; a longer message is checked without the modal."""
MAX_METADATA_CHARS = 3000
BAR_CELLS = 10
GLYPHS = ("█", "░")

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


def notice(text: str) -> list[Block]:
    """A one-paragraph reply, for errors and confirmations; the text is ours, so mrkdwn is allowed."""
    return [section(text)]


# --- Modals ------------------------------------------------------------------------------------------------


def modal(title: str, blocks: list[Block], *, callback_id: str = "", submit: str | None = None,
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


def text_input(block_id: str, label: str, *, initial: str = "", optional: bool = False,
               placeholder: str = "", multiline: bool = True) -> Block:
    element = {"type": "plain_text_input", "action_id": block_id, "multiline": multiline,
               "max_length": MAX_INPUT_CHARS}
    if initial:
        element["initial_value"] = initial[:MAX_INPUT_CHARS]
    if placeholder:
        element["placeholder"] = plain(placeholder, 150)
    return {"type": "input", "block_id": block_id, "label": plain(label, 2000), "optional": optional,
            "element": element}


def settings_modal(settings: UserSettings, metadata: str = "", *, sharing: bool = False) -> View:
    """``sharing``: whether the agent shares their own figures with their leads (off until they choose it)."""
    options = [_option("Weekdays only", WEEKDAYS_ONLY), _option("Pause lessons for now", LESSONS_PAUSED),
               _option("No daily lessons at all (opt out)", LESSONS_OPTED_OUT),
               _option("Share my progress with my leads", SHARE_WITH_LEADS)]
    switches = (settings.weekdays_only, settings.lessons_paused, settings.lessons_opted_out, sharing)
    chosen = [option for option, on in zip(options, switches) if on]
    checkboxes: dict = {"type": "checkboxes", "action_id": OPTIONS_INPUT, "options": options}
    if chosen:
        checkboxes["initial_options"] = chosen
    return modal(
        "Lesson settings",
        [
            text_input(TIMEZONE_INPUT, "Your timezone", initial=settings.timezone or "", multiline=False,
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


def help_blocks(greeting: str | None = None) -> list[Block]:
    """What the app does; ``greeting`` opens it when it is the first thing someone sees from the app."""
    return [
        *([section(greeting)] if greeting else []),
        section("*Empathy Coach* checks a customer-service reply before you send it: a score, what to fix, "
                "and a rewrite that keeps every fact."),
        section(f"• `{COMMAND} your draft reply`: check a draft (only you see the result)\n"
                f"• `{COMMAND}` or `{COMMAND} check`: a form with room for the customer's message too\n"
                f"• `{COMMAND} practice [scenario]`: role-play with an upset customer in our DM, scored reply "
                "by reply (type *hint* for a pointer, *end* to finish)\n"
                f"• `{COMMAND} progress`: your scores over the last week\n"
                f"• `{COMMAND} settings`: when you get lessons\n"
                f"• `{COMMAND} forget-me`: delete everything stored about you\n"
                f"• `{COMMAND} team`: for support leads, how the team is doing (`{COMMAND} team assign LESSON` "
                "sends everyone a lesson)\n"
                f"• `{COMMAND} help`: this message"),
        context("Also: *Check with Empathy Coach* in any message's ⋯ menu, the ⚡ shortcuts menu, "
                "or send a draft to the app in a direct message."),
    ]


def progress_blocks(
    progress: Progress, lessons: LessonProgress | None = None, leads_see: str | None = None
) -> list[Block]:
    """The check trend, beside it the daily lessons (streak, lessons done, quiz accuracy), and what the agent's
    leads can see of it."""
    blocks = _check_progress_blocks(progress)
    if lessons is not None:
        blocks.append(section(lesson_progress_text(lessons)))
    if leads_see:
        blocks.append(context(f":lock: {escape(leads_see)}"))
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


def home_view(
    progress: Progress, settings: UserSettings, lessons: LessonProgress | None = None, *,
    leads_see: str | None = None, team: list[Block] | None = None,
) -> View:
    """``team``: the team view, on a lead's Home only."""
    blocks = [
        {"type": "header", "text": plain("Empathy Coach", 150)},
        section("Check a reply before you send it: a score, what to fix, and a rewrite that keeps every fact."),
        actions(button("Check a reply", OPEN_CHECK, style="primary")),
        divider(),
        *progress_blocks(progress, lessons, leads_see),
        divider(),
        section(escape(lesson_schedule(settings, "*Lesson settings*"))),
        actions(button("Lesson settings", OPEN_SETTINGS)),
        context(f"Only you can see this page. `{COMMAND} forget-me` deletes everything stored about you."),
    ]
    if team:
        blocks[4:4] = [*team, divider()]
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

