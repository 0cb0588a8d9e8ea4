"""The leads' team view against a real store: the five-agent floor, no text, consent, who is a lead, the SQL views,
and a lesson assigned to the team reaching each agent once, across a restart mid fan-out."""

from __future__ import annotations

import asyncio
import json
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.coach.checks.model import CheckResult
from bot.coach.lessons.curriculum import Curriculum
from bot.services.lessons import CLAIM_LEASE, LessonMessage, Lessons, deliver_due
from bot.services.team import NotALead, Team, UnknownLesson
from bot.settings import Leads, Settings
from bot.store import Store, UserSettings

LEAD = "slack:T1:ULEAD"
SECRET = "Order 5512 for Priya Raman at 14 Elm Street"
"""Draft text a lead must never see, even with COACH_STORE_TEXT on."""


@pytest.fixture(scope="module")
def curriculum() -> Curriculum:
    return Curriculum.load()


def team_service(store: Store, curriculum: Curriculum, *, store_text: bool = False,
                 leads: Leads = Leads(frozenset({"ULEAD"}))) -> Team:
    settings = Settings(db_path=Path("unused.db"), store_text=store_text, leads=leads)
    return Team(store, settings, Lessons(store, curriculum))


def add_agents(store: Store, make_result: Callable[..., CheckResult], count: int, *, team: str = "slack:T1",
               checks: int = 2, score: int = 60, rules: tuple[str, ...] = ("E301",), store_text: bool = False) -> None:
    for number in range(count):
        user = f"{team}:U{number}"
        store.ensure_user(user, team.split(":")[0], display_name=f"Agent {number}")
        for _ in range(checks):
            result = make_result(score=score + number, rules=rules, draft=SECRET, customer=SECRET)
            check_id = store.record_check(user, result, team.split(":")[0], store_text=store_text)
            store.record_feedback(check_id, user, True, reason=SECRET)


@pytest.mark.parametrize("agents, shown", [(0, False), (1, False), (4, False), (5, True), (12, True)])
def test_no_team_figure_is_drawn_from_fewer_than_five_agents(
    memory_store: Store, make_result, curriculum: Curriculum, agents: int, shown: bool
) -> None:
    add_agents(memory_store, make_result, agents)
    report = team_service(memory_store, curriculum).report("slack:T1")
    assert report.enough is shown
    this_week = report.weeks[-1]
    if shown:
        assert report.active_agents == agents and this_week.active_agents == agents
        assert this_week.checks == 2 * agents and this_week.median_score is not None
        assert [f.rule for f in report.findings] == ["E301"]
        assert report.findings[0].lesson_id == "next-steps-follow-up"
        assert report.helpful is not None and report.helpful.share == 1.0
        assert report.focus is not None and report.focus.lesson_id == "next-steps-follow-up"
    else:
        assert report.active_agents is None and report.checks is None
        assert all(not week.shown and week.median_score is None for week in report.weeks)
        assert report.findings == () and report.helpful is None and report.focus is None


def test_a_week_or_a_finding_from_fewer_than_five_agents_is_withheld_even_when_the_period_has_enough(
    memory_store: Store, make_result, curriculum: Curriculum, coach_clock
) -> None:
    add_agents(memory_store, make_result, 3)  # three agents last week...
    coach_clock.advance(days=7)
    add_agents(memory_store, make_result, 6, rules=("E101",))  # ...six this week, U0-U2 among them
    for number in range(6, 8):  # two more agents hit a finding nobody else has
        user = f"slack:T1:U{number}"
        memory_store.record_check(user, make_result(rules=("E202",)), "slack")
    report = team_service(memory_store, curriculum).report("slack:T1")
    last_week, this_week = report.weeks[-2:]
    assert not last_week.shown and last_week.checks is None
    assert this_week.active_agents == 8 and "E202" not in this_week.findings
    assert "E202" not in {f.rule for f in report.findings}
    assert set(this_week.findings) == {"E101"}, "E301 came from the three agents of last week only"
    assert [f.rule for f in report.findings] == ["E101"]


def test_other_workspaces_are_not_in_a_teams_figures(memory_store: Store, make_result, curriculum) -> None:
    add_agents(memory_store, make_result, 5, team="slack:T1")
    add_agents(memory_store, make_result, 7, team="slack:T10")  # a prefix of another workspace's id
    add_agents(memory_store, make_result, 4, team="teams:tenant")
    service = team_service(memory_store, curriculum)
    assert service.report("slack:T1").active_agents == 5
    assert service.report("slack:T10").active_agents == 7
    assert not service.report("teams:tenant").enough
    assert service.report(None).active_agents == 16


def test_no_draft_text_reaches_a_lead_even_with_text_stored(tmp_path: Path, make_result, curriculum, coach_clock) -> None:
    with Store.open(tmp_path / "coach.db", clock=coach_clock) as store:
        add_agents(store, make_result, 6, store_text=True)
        assert store.db.execute("SELECT count(*) FROM checks WHERE text = ?", [SECRET]).fetchone()[0] == 12
        for number in range(6):
            user = f"slack:T1:U{number}"
            session = store.start_practice(user, "slack", "late-delivery", json.dumps({"said": SECRET}))
            store.save_practice(session.id, json.dumps({"said": SECRET}), "satisfied",
                                json.dumps({"score": 70, "best": {"text": SECRET}, "weakest_rewrite": SECRET}))
        service = team_service(store, curriculum, store_text=True)
        service.set_sharing("slack:T1:U0", "slack", True)
        report = service.report("slack:T1")
        dumped = json.dumps(report.to_dict()) + repr(report)
        for view in ("team_weekly", "findings_weekly"):
            dumped += json.dumps([list(row) for row in store.db.execute(f"SELECT * FROM {view}")])
    assert report.practice and report.practice[0].average_score == 70
    assert report.shared and report.shared[0].checks == 2
    for fragment in ("5512", "Priya", "Elm"):
        assert fragment not in dumped


def test_an_agent_appears_by_name_only_after_choosing_to_share(memory_store: Store, make_result, curriculum) -> None:
    add_agents(memory_store, make_result, 2)  # too few for any aggregate
    service = team_service(memory_store, curriculum)
    assert service.report("slack:T1").shared == ()
    assert "only team totals" in service.what_leads_see("slack:T1:U1", "settings")

    service.set_sharing("slack:T1:U1", "slack", True)
    report = service.report("slack:T1")
    [agent] = report.shared
    assert (agent.user_id, agent.display_name, agent.checks, agent.average_score) == ("slack:T1:U1", "Agent 1", 2, 61)
    assert not report.enough, "sharing one's own figures doesn't lower the floor for team totals"
    assert "your own figures" in service.what_leads_see("slack:T1:U1", "settings")

    service.set_sharing("slack:T1:U1", "slack", False)
    assert service.report("slack:T1").shared == ()


@pytest.mark.parametrize("viewer, groups, allowed", [
    (LEAD, (), True),
    ("slack:T9:ULEAD", (), True),  # the same lead in another workspace sees that one's figures
    ("slack:T1:U2", (), False),
    ("slack:T1:U2", ("S0LEADS",), True),
    ("slack:T1:U2", ("S0OTHER",), False),
    ("teams:tenant:8f2c1234-aaaa-bbbb-cccc-0123456789ab", (), True),
    ("teams:tenant:00000000-aaaa-bbbb-cccc-0123456789ab", (), False),
    ("cli:ULEAD", (), False),
])
def test_only_leads_see_the_team_view(memory_store: Store, curriculum, viewer: str, groups, allowed: bool) -> None:
    leads = Leads(frozenset({"ULEAD", "8f2c1234-aaaa-bbbb-cccc-0123456789ab"}), frozenset({"S0LEADS"}))
    service = team_service(memory_store, curriculum, leads=leads)
    if allowed:
        assert service.view(viewer, usergroups=groups).team == viewer.rsplit(":", 1)[0]
    else:
        with pytest.raises(NotALead, match="only for support leads"):
            service.view(viewer, usergroups=groups, own_progress="`/empathy progress`")
        with pytest.raises(NotALead):
            service.assign(viewer, "open-questions", usergroups=groups)


def test_the_median_is_the_middle_score_not_the_average(memory_store: Store, make_result, curriculum) -> None:
    for number, score in enumerate([10, 20, 30, 90, 100, 100]):
        memory_store.record_check(f"slack:T1:U{number}", make_result(score=score), "slack")
    assert team_service(memory_store, curriculum).report("slack:T1").weeks[-1].median_score == 60


def test_the_views_give_sqlite_users_the_same_weekly_figures(memory_store: Store, make_result, curriculum) -> None:
    add_agents(memory_store, make_result, 6)
    add_agents(memory_store, make_result, 3, team="slack:T2")
    rows = list(memory_store.db.query("SELECT * FROM team_weekly"))
    assert [(row["team"], row["week"], row["agents"], row["checks"]) for row in rows] == [
        ("slack:T1", "2025-03-10", 6, 12)], "slack:T2 has too few agents to appear"
    report = team_service(memory_store, curriculum).report("slack:T1")
    assert rows[0]["acknowledge"] == pytest.approx(report.weeks[-1].dimensions["acknowledge"], abs=1e-3)
    findings = list(memory_store.db.query("SELECT team, rule, checks, agents FROM findings_weekly"))
    assert findings == [{"team": "slack:T1", "rule": "E301", "checks": 12, "agents": 6}]


def test_an_unknown_lesson_is_refused_with_where_to_find_one(memory_store: Store, curriculum) -> None:
    with pytest.raises(UnknownLesson, match="empathy-coach lessons"):
        team_service(memory_store, curriculum).assign(LEAD, "no-such-lesson")


def enrol(store: Store, user_id: str) -> None:
    store.ensure_user(user_id, "slack", timezone="UTC")
    store.save_user_settings(UserSettings(user_id, "UTC", "09:30", False, False))


def test_an_assigned_lesson_reaches_each_agent_once_even_across_a_restart_mid_fan_out(
    tmp_path: Path, curriculum: Curriculum
) -> None:
    path = tmp_path / "coach.db"
    monday = datetime(2025, 3, 10, 9, 30, tzinfo=UTC)
    with Store.open(path, clock=lambda: monday - timedelta(hours=1)) as store:
        for number in range(8):
            enrol(store, f"slack:T1:U{number}")
        enrol(store, "slack:T2:U0")  # another workspace: not the lead's team
        message = team_service(store, curriculum).assign(LEAD, "open-questions")
    assert "8 agents" in message and "once" in message

    delivered: list[LessonMessage] = []
    stuck = asyncio.Event()

    async def dies_on_the_fourth(message: LessonMessage) -> None:
        if len(delivered) == 3:
            stuck.set()
            await asyncio.Event().wait()  # the process is killed while this send is in flight
        delivered.append(message)

    async def killed_run() -> None:
        with Store.open(path, clock=lambda: monday) as store:
            task = asyncio.create_task(
                deliver_due(store, monday, {"slack": dies_on_the_fourth}, curriculum=curriculum, concurrency=1))
            await stuck.wait()
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task

    asyncio.run(killed_run())

    async def healthy(message: LessonMessage) -> None:
        delivered.append(message)

    for now in (monday + timedelta(minutes=1), monday + CLAIM_LEASE + timedelta(minutes=1),
                monday + timedelta(days=1), monday + timedelta(days=2)):
        with Store.open(path, clock=lambda now=now: now) as store:  # a new process each time
            asyncio.run(deliver_due(store, now, {"slack": healthy}, curriculum=curriculum))

    assigned = Counter(m.user_id for m in delivered if m.lesson.id == "open-questions" and m.local_date == monday.date())
    assert assigned == Counter({f"slack:T1:U{number}": 1 for number in range(8)})
    later = [m for m in delivered if m.local_date > monday.date() and m.user_id.startswith("slack:T1:")]
    assert len(later) == 16 and all(m.lesson.id != "open-questions" for m in later), "once, not every day"
    other = [m for m in delivered if m.user_id == "slack:T2:U0"]
    assert other and all(m.lesson.id != "open-questions" for m in other)
    assert all("lead chose" in m.reason for m in delivered if m.lesson.id == "open-questions")
    with Store.open(path) as store:
        [assignment] = team_service(store, curriculum).report("slack:T1").assignments
    assert (assignment.lesson_id, assignment.reached, assignment.agents) == ("open-questions", 8, 8)


def test_an_agent_who_joins_after_the_assignment_is_not_sent_it(memory_store: Store, coach_clock, curriculum) -> None:
    enrol(memory_store, "slack:T1:U0")
    team_service(memory_store, curriculum).assign(LEAD, "open-questions")
    coach_clock.advance(minutes=5)
    enrol(memory_store, "slack:T1:U1")
    sent: list[LessonMessage] = []

    async def outbox(message: LessonMessage) -> None:
        sent.append(message)

    now = datetime(2025, 3, 11, 9, 30, tzinfo=UTC)
    asyncio.run(deliver_due(memory_store, now, {"slack": outbox}, curriculum=curriculum))
    lessons = {m.user_id: m.lesson.id for m in sent}
    assert lessons["slack:T1:U0"] == "open-questions" and lessons["slack:T1:U1"] != "open-questions"


def test_a_lead_who_is_forgotten_leaves_the_assignment_without_their_name(memory_store: Store, curriculum) -> None:
    from bot.services import Services

    settings = Settings(db_path=Path("unused.db"), store_text=False, leads=Leads(frozenset({"ULEAD"})))
    services = Services(memory_store, settings)
    services.enrol(LEAD, "slack")
    services.team.assign(LEAD, "open-questions")
    services.forget(LEAD)
    assert [tuple(row) for row in memory_store.db.execute("SELECT lesson_id, assigned_by FROM team_assignments")] == [
        ("open-questions", None)]



@pytest.mark.parametrize("value, people, groups", [
    ("U0LEAD1", {"U0LEAD1"}, set()),
    ("U0LEAD1, slack:usergroup:S0LEADS", {"U0LEAD1"}, {"S0LEADS"}),
    ("8F2C1234-AAAA-bbbb-cccc-0123456789ab", {"8f2c1234-aaaa-bbbb-cccc-0123456789ab"}, set()),
    ("", set(), set()),
])
def test_leads_are_read_from_the_environment(value: str, people: set, groups: set) -> None:
    leads = Settings.from_env({"HOME": "/tmp", "COACH_LEADS": value}).leads
    assert (set(leads.people), set(leads.slack_usergroups)) == (people, groups)


@pytest.mark.parametrize("value", ["alice", "slack:usergroup:", "slack:usergroup:U0WRONG", "teams:abc"])
def test_a_lead_that_cant_be_an_id_stops_start_up_with_how_to_find_one(value: str) -> None:
    from bot.settings import SettingsError

    with pytest.raises(SettingsError, match="COACH_LEADS has .*Copy member ID"):
        Settings.from_env({"HOME": "/tmp", "COACH_LEADS": value})


def test_lesson_reach_counts_lessons_sent_opened_and_quiz_answers(
    memory_store: Store, coach_clock, curriculum: Curriculum
) -> None:
    from bot.services.lessons import answer_quiz

    for number in range(6):
        enrol(memory_store, f"slack:T1:U{number}")
    sent: list[LessonMessage] = []

    async def outbox(message: LessonMessage) -> None:
        sent.append(message)

    coach_clock.now = datetime(2025, 3, 10, 9, 30, tzinfo=UTC)
    asyncio.run(deliver_due(memory_store, coach_clock.now, {"slack": outbox}, curriculum=curriculum))
    for message in sent[:5]:  # five agents answer their first question, the first three rightly
        question = message.questions[0]
        right = next(i for i, option in enumerate(question.options) if option.correct)
        option = right if message.user_id in {f"slack:T1:U{n}" for n in range(3)} else (right + 1) % len(
            question.options)
        answer_quiz(memory_store, curriculum, message.user_id, message.delivery_id, question.id, option)
    report = team_service(memory_store, curriculum).report("slack:T1")
    lessons = report.weeks[-1].lessons
    assert lessons is not None and (lessons.sent, lessons.opened) == (6, 5)
    assert lessons.quiz_accuracy == pytest.approx(3 / 5)
    assert report.streaks is not None and report.streaks.agents == 6
