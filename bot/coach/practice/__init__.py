"""Practice with a simulated customer: scenarios, the customer's reactions, the coach's notes, the summary."""

from bot.coach.practice.model import Session, SessionOver, Step, Summary, Turn
from bot.coach.practice.session import (
    band,
    end,
    expire,
    hint,
    mood_change,
    reply,
    reply_count,
    start,
    summarize,
)

__all__ = [
    "Session",
    "SessionOver",
    "Step",
    "Summary",
    "Turn",
    "band",
    "end",
    "expire",
    "hint",
    "mood_change",
    "reply",
    "reply_count",
    "start",
    "summarize",
]
