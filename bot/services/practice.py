"""Practice sessions for every front end: start, reply, hint, end, resume, each a call with one user id.

The coach's practice logic is pure and the store only stores; this keeps one
active session per agent in the database between messages, so a Slack DM, a
Teams chat and the terminal only pass the agent's text in and show what comes
out. A session left alone for hours expires instead of ambushing the agent
with a customer from yesterday.

With a model configured, the customer's lines are worded by it (``bot.llm.customer``)
from the scenario card and the reaction the offline engine chose; the scripted
line stands whenever the model is slow, failing, or writes something that
fails a check. That is why ``reply`` and ``handle`` are coroutines.
"""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, replace
from datetime import timedelta
from threading import Lock
from typing import TYPE_CHECKING

from bot.coach import practice
from bot.coach.practice.customer_line import LineRequest
from bot.coach.practice.scenarios import Scenario, Scenarios
from bot.coach.practice.session import Session, Step, Summary
from bot.settings import Settings
from bot.store import LLMCall, PracticeBusy, PracticeRecord, Store

if TYPE_CHECKING:
    from bot.llm.customer import CustomerWriter, Wording

EXPIRES_AFTER = timedelta(hours=12)
"""Long enough to come back after lunch or a shift, short enough that tomorrow starts fresh."""
SUPERSEDED = "superseded"
"""Why a worded line was dropped: another message moved the session on while the model was answering."""
HINT_WORDS = frozenset({"hint", "help", "?"})
END_WORDS = frozenset({"end", "stop", "quit", "exit"})


class PracticeError(Exception):
    """Something the agent asked for that can't happen; the message tells them what to do instead."""


class NoPractice(PracticeError):
    pass


class PracticeExpired(NoPractice):
    """There was a session, but it was left too long or can't be read any more, and has just been closed."""


class AlreadyPracticing(PracticeError):
    def __init__(self, message: str, scenario_id: str) -> None:
        super().__init__(message)
        self.scenario_id = scenario_id


class UnknownScenario(PracticeError):
    pass


@dataclass(frozen=True, slots=True)
class Picker:
    """No scenario was named: what to choose from, easiest first."""

    scenarios: tuple[Scenario, ...]


@dataclass(frozen=True, slots=True)
class PracticeUpdate:
    """Everything a front end shows after one action: who the customer is, what they said, the coach's note."""

    scenario: Scenario
    session: Session
    customer: str | None = None
    """What the customer says now: the opening line, their answer, or their last word."""
    note: str | None = None
    """The coaching note on the reply just sent, or the hint asked for."""
    summary: Summary | None = None
    resumed: bool = False

    @property
    def finished(self) -> bool:
        return not self.session.active

    @classmethod
    def after(cls, scenario: Scenario, step: Step) -> PracticeUpdate:
        """What to show once the coach has answered a reply or an end."""
        return cls(scenario, step.session, step.customer, step.note, step.summary)


class Practice:
    def __init__(
        self, store: Store, settings: Settings, scenarios: Scenarios | None = None,
        *, expires_after: timedelta = EXPIRES_AFTER, customer: CustomerWriter | None = None,
    ) -> None:
        self._store = store
        self.settings = settings
        self.scenarios = scenarios or Scenarios.load()
        self.expires_after = expires_after
        self.customer = customer
        """Words the customer's lines with a model; ``None`` keeps every line scripted."""
        self._lock = Lock()

    def start(self, user_id: str, platform: str, scenario_id: str | None) -> Picker | PracticeUpdate:
        """Open a session on the named scenario, or return the picker when none is named."""
        if scenario_id is None or not scenario_id.strip():
            return Picker(self.scenarios.all)
        scenario = self.scenarios.get(scenario_id)
        if scenario is None:
            raise UnknownScenario(
                f"There's no practice scenario called {scenario_id!r}. Choose one of: {', '.join(self.scenarios.ids)}."
            )
        with self._lock:
            try:
                running = self._active(user_id)
            except NoPractice:  # it had expired, and is now closed
                running = None
            if running is not None:
                raise AlreadyPracticing(
                    f"You already have a practice session running ({running.scenario.id}, "
                    f"{practice.reply_count(len(running.session.turns))} so far): reply to carry on, or end to "
                    "finish it before starting another.",
                    running.scenario.id,
                )
            session = practice.start(scenario)
            try:
                self._store.start_practice(user_id, platform, scenario.id, session.to_json())
            except PracticeBusy as error:  # another message started one a moment ago
                raise AlreadyPracticing(
                    "You already have a practice session running: reply to carry on, or end to finish it.",
                    scenario.id,
                ) from error
        return PracticeUpdate(scenario, session, customer=scenario.opening)

    def in_practice(self, user_id: str) -> bool:
        """Whether the agent's next direct message is a reply to the customer rather than a draft to check.

        A session that has expired is closed here and counts as none; ``resume`` says why.
        """
        with self._lock:
            try:
                return self._active(user_id) is not None
            except NoPractice:
                return False

    def resume(self, user_id: str) -> PracticeUpdate:
        """Where an interrupted session stands: the scenario and the customer's last line, waiting for a reply."""
        with self._lock:
            running = self._require(user_id)
        return PracticeUpdate(
            running.scenario, running.session, customer=running.session.last_customer_line(running.scenario),
            resumed=True,
        )

    async def handle(self, user_id: str, text: str | None) -> PracticeUpdate:
        """An agent's message during a session: ``hint`` and ``end`` are commands, anything else is a reply.

        The database is read and written on a worker thread, so an event loop calling this never waits on it.
        """
        word = (text or "").strip().lower().strip(".!")
        if word in HINT_WORDS:
            return await asyncio.to_thread(self.hint, user_id)
        if word in END_WORDS:
            return await asyncio.to_thread(self.end, user_id)
        return await self.reply(user_id, text)

    async def reply(self, user_id: str, text: str | None) -> PracticeUpdate:
        """Score the reply and answer as the customer; waits for the model (at most its time budget) when one
        words the line. Never raises for a provider fault: the scripted line stands and the attempt is recorded."""
        running, step, done = await asyncio.to_thread(self._scripted_reply, user_id, text)
        if done:
            return PracticeUpdate.after(running.scenario, step)
        assert self.customer is not None and step.turn is not None
        request = LineRequest(running.scenario, running.session, step.turn, None if step.session.active
                              else step.session.status)
        wording = await self.customer.write(request, user_id)
        return await asyncio.to_thread(self._worded_reply, running, step, wording, user_id, text)

    def _scripted_reply(self, user_id: str, text: str | None) -> tuple[_Running, Step, bool]:
        """The reply scored and answered with the scripted line; saved, and done, unless a model words it."""
        with self._lock:
            running = self._require(user_id)
            step = practice.reply(running.session, running.scenario, text)
            if step.turn is None or not self.writes_lines_for(user_id):
                if step.turn is not None:
                    self._save(running, step)
                return running, step, True
        return running, step, False

    def _worded_reply(
        self, running: _Running, step: Step, wording: Wording, user_id: str, text: str | None
    ) -> PracticeUpdate:
        """Save the turn with the model's line, or answer afresh if another message moved the session on."""
        with self._lock:
            moved_on = self._moved_on(running)
            if moved_on:
                wording = replace(wording, line=None, failure=wording.failure or SUPERSEDED)
            self._store.record_practice_llm_call(running.record.id, user_id, _llm_call(wording))
            if moved_on:
                # Answer from where the session stands now, as if this message had arrived a moment later.
                running = self._require(user_id)
                step = practice.reply(running.session, running.scenario, text)
            elif wording.line is not None:
                step = _worded(step, wording.line)
            if step.turn is not None:
                self._save(running, step)
        return PracticeUpdate.after(running.scenario, step)

    def writes_lines_for(self, user_id: str) -> bool:
        """Whether a model words this agent's customer lines: one is configured, and their workspace or tenant
        is not among those kept off the model (``COACH_LLM_DISABLED_WORKSPACES``)."""
        llm = self.settings.llm
        return self.customer is not None and (llm is None or llm.serves(user_id))

    def hint(self, user_id: str) -> PracticeUpdate:
        with self._lock:
            running = self._require(user_id)
            session, text = practice.hint(running.session, running.scenario)
            self._store.save_practice(running.record.id, session.to_json(), session.status)
        return PracticeUpdate(running.scenario, session, note=text)

    def end(self, user_id: str) -> PracticeUpdate:
        with self._lock:
            running = self._require(user_id)
            step = practice.end(running.session, running.scenario)
            self._save(running, step)
        return PracticeUpdate.after(running.scenario, step)

    def _save(self, running: _Running, step: Step) -> None:
        """A running session keeps the agent's replies so it can be resumed; once it has finished, however it
        finished, they are kept only when ``COACH_STORE_TEXT`` is on."""
        session, summary = step.session, step.summary
        if not session.active and not self.settings.store_text:
            session, summary = session.redacted(), summary and summary.redacted()
        self._store.save_practice(
            running.record.id, session.to_json(), session.status,
            None if summary is None else _summary_json(summary),
        )

    def _moved_on(self, running: _Running) -> bool:
        """Another message (a reply, a hint, an end) changed the session since ``running`` was read."""
        current = self._store.active_practice(running.record.user_id)
        return current is None or current.id != running.record.id or current.state != running.record.state

    def _require(self, user_id: str) -> _Running:
        running = self._active(user_id)
        if running is None:
            raise NoPractice("You have no practice session running: start one with practice.")
        return running

    def _active(self, user_id: str) -> _Running | None:
        """The user's running session, expiring it first if it was left too long or can no longer be read."""
        record = self._store.active_practice(user_id)
        if record is None:
            return None
        scenario = self.scenarios.get(record.scenario_id)
        try:
            session = Session.from_json(record.state)
        except ValueError:
            session = None
        if scenario is None or session is None or session.scenario_id != scenario.id:
            kept = record.state if self.settings.store_text else ""  # unreadable, so it can't be redacted
            self._store.save_practice(record.id, kept, "expired")
            raise PracticeExpired(
                f"Your practice session on {record.scenario_id!r} can't be resumed with this version of the coach, "
                "so it has been closed. Start a new one with practice."
            )
        idle = self._store.clock() - record.updated_at
        if idle >= self.expires_after:
            expired = practice.expire(session)
            summary = practice.summarize(expired, scenario)
            self._save(_Running(record, scenario, session), Step(expired, "", summary=summary))
            hours = int(idle.total_seconds() // 3600)
            raise PracticeExpired(
                f"Your practice session on {scenario.id} expired after {hours} hours without a reply. "
                "Start a new one with practice."
            )
        return _Running(record, scenario, session)


@dataclass(frozen=True, slots=True)
class _Running:
    record: PracticeRecord
    scenario: Scenario
    session: Session


def _worded(step: Step, line: str) -> Step:
    """The step with the customer's line in the model's words; mood, score and summary stay the engine's."""
    assert step.turn is not None
    turn = replace(step.turn, customer=line)
    session = replace(step.session, turns=(*step.session.turns[:-1], turn))
    return replace(step, session=session, turn=turn, customer=line)


def _llm_call(wording: Wording) -> LLMCall:
    return LLMCall(
        model=wording.model,
        prompt_version=wording.prompt_version,
        engine="llm" if wording.line is not None else "offline",
        failure=wording.failure,
        prompt_tokens=wording.prompt_tokens,
        completion_tokens=wording.completion_tokens,
        cached=False,
        latency_ms=round(wording.seconds * 1000),
        rewrite_score=0,  # a customer line has no rewrite to score
    )


def _summary_json(summary: Summary) -> str:
    return json.dumps(summary.to_dict(), ensure_ascii=False)
