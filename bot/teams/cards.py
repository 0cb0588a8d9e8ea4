"""Adaptive Cards for Teams: the pieces every card shares, and what isn't one feature's (help, progress, lesson
settings, forget-me). Plain dicts built from the coach's plain results.

Text the agent or the customer wrote goes into ``TextRun`` inlines, which Teams
shows verbatim: in a ``TextBlock`` a stray ``*`` or ``[x](y)`` in a draft would
be rendered as Markdown and the agent would not see their own words.

Every button carries an ``action`` and the ids it needs, and nothing else the
bot has to trust: ``bot.teams.submits`` checks them when they come back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.coach.lessons.streaks import in_a_row
from bot.coach.text import bar, counted

if TYPE_CHECKING:
    from bot.services.checks import Progress
    from bot.services.lessons import LessonProgress, UserSettings

SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json"
VERSION = "1.4"
"""Teams renders Adaptive Cards up to 1.5 on desktop and 1.4 on mobile."""

BAR_CELLS = 10
BAR_GLYPHS = ("▰", "▱")
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
    ("team", "for support leads: how the team is doing; team assign <lesson> sends everyone a lesson"),
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


def dimension_facts(values: dict[str, float]) -> list[dict]:
    """One line per dimension with its bar, for a check, a progress card or a practice summary."""
    return [{"title": DIMENSION_LABELS.get(name, name), "value": f"{bar(value, BAR_CELLS, BAR_GLYPHS)} {value:.2f}"}
            for name, value in values.items()]


def dimensions(values: dict[str, float]) -> dict:
    return {"type": "FactSet", "facts": dimension_facts(values), "spacing": "Medium"}


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


def progress_card(progress: Progress, lessons: LessonProgress | None = None, leads_see: str | None = None) -> dict:
    """The check trend, beside it the daily lessons (streak, lessons done, quiz accuracy), and what the agent's
    leads can see of it."""
    lesson_blocks = _lesson_progress(lessons) if lessons is not None else []
    if leads_see:
        lesson_blocks.append(text(leads_see, isSubtle=True, separator=True))
    period = f"the last {progress.days} days"
    if not progress.checks or progress.average_score is None:
        return card([text(f"No checks in {period} yet. Paste a draft reply here to start."), *lesson_blocks])
    checks = counted(progress.checks, "check")
    body = [
        text(f"Average score {progress.average_score:.0f}/100", size="Large", weight="Bolder",
             color=score_colour(progress.average_score)),
        text(f"{checks} in {period}{progress.trend_phrase()}", isSubtle=True, spacing="None"),
        dimensions(progress.dimensions),
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


def settings_card(settings: UserSettings, problem: str | None = None, *, sharing: bool = False) -> dict:
    """``sharing``: whether the agent shares their own figures with their leads (off until they choose it)."""
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
        {"type": "Input.Toggle", "id": "share", "title": "Share my progress with my leads", "valueOn": "true",
         "valueOff": "false", "value": _toggle(sharing)},
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
