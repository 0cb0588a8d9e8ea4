"""The Teams bot: reads what the agent did, asks the coach, answers with a card.

Everything about coaching happens in ``bot.services`` (checks, lessons and
practice); this class only maps Teams activities (messages,
card buttons, the message extension, install and uninstall) to those calls and
their answers to Teams replies.

Whatever waits on a model runs after the turn (``Followups``): the offline
result card is sent at once and updated in place if the model's rewrite passes
the guardrails, because an agent mid-chat with a customer wants the score now,
and Teams redelivers a request it considers unanswered.
"""

from __future__ import annotations

import logging
from html.parser import HTMLParser

from botbuilder.core import CardFactory, TurnContext
from botbuilder.core.teams import TeamsActivityHandler
from botbuilder.schema import Activity, ActivityTypes, ChannelAccount, ResourceResponse
from botbuilder.schema.teams import (
    MessagingExtensionAction,
    MessagingExtensionActionResponse,
    MessagingExtensionAttachment,
    MessagingExtensionResult,
    TaskModuleContinueResponse,
    TaskModuleMessageResponse,
    TaskModuleTaskInfo,
)
from botframework.connector.models import ErrorResponseException

from bot.coach import DraftError
from bot.coach.checks.rules import RULES
from bot.coach.lessons.curriculum import CurriculumError
from bot.coach.lessons.schedule import ScheduleError, parse_timezone
from bot.coach.text import counted
from bot.services import Services
from bot.services.checks import CheckExpired
from bot.services.lessons import SettingsInputError
from bot.services.practice import AlreadyPracticing, Picker, Practice, PracticeError, PracticeUpdate
from bot.teams import cards, commands, submits
from bot.teams.followups import Followups
from bot.teams.lesson_cards import lesson_card
from bot.teams.practice_cards import briefing_card, picker_card, update_card
from bot.teams.proactive import Message, as_activity, reference_json

log = logging.getLogger(__name__)

PLATFORM = "teams"
TASK_TITLE = "Check with Empathy Coach"
PERSONAL = (None, "personal")
"""Conversation types of a one-to-one chat with the bot (the Emulator sends none)."""

PERSONAL_ONLY = ("Practice sessions run in your personal chat with me, where nobody else sees your replies: open "
                 "Empathy Coach from the Apps bar (or search for it in Chat) and type `practice` there.")
LESSONS_UNREADABLE = ("The lesson files can't be read right now, so that wasn't saved. Tell whoever runs the coach "
                      "(the details are in its log).")
PRACTICE_UNAVAILABLE = ("Practice isn't available right now: its scenario files can't be read. Tell whoever runs "
                        "the coach (the details are in its log).")
LESSON_PRESSES = (submits.QuizAnswer, submits.FinishLesson)
PRACTICE_REQUESTS = (submits.StartPractice, submits.PracticeHint, submits.PracticeEnd)


class CoachBot(TeamsActivityHandler):
    def __init__(self, services: Services, app_id: str | None = None) -> None:
        self.services = services
        self.followups = Followups(app_id)

    async def on_turn(self, turn_context: TurnContext) -> None:
        if _person(turn_context.activity) is None:
            log.info("Ignoring a Teams %s activity with no sender.", turn_context.activity.type)
            return
        await super().on_turn(turn_context)

    async def on_message_activity(self, turn_context: TurnContext) -> None:
        activity = turn_context.activity
        user_id = self._enroll(turn_context)
        if activity.value is not None:
            try:
                request = submits.parse(activity.value)
            except submits.BadSubmission as error:
                await _send(turn_context, str(error))
                return
            if isinstance(request, submits.Insert):
                await _send(turn_context, "“Insert the rewrite” works in the message extension; copy the rewrite "
                                          "from the card instead.")
                return
            await self._request(turn_context, user_id, request)
            return
        text = TurnContext.remove_recipient_mention(activity) or ""
        command = commands.parse(text)
        if not isinstance(command, submits.StartPractice) and _is_personal(activity) and self._practising(user_id):
            await self._practice_reply(turn_context, user_id, text)
            return
        await self._request(turn_context, user_id, command)

    async def _request(
        self, turn_context: TurnContext, user_id: str, request: commands.Command | submits.Submission
    ) -> None:
        """A typed command or a pressed button in the chat."""
        if isinstance(request, submits.CheckDraft):
            await self._check(turn_context, user_id, request)
        elif isinstance(request, LESSON_PRESSES):
            await self._lesson_press(turn_context, user_id, request)
        elif isinstance(request, PRACTICE_REQUESTS):
            await _send(turn_context, self._practice_request(turn_context.activity, user_id, request))
        else:
            await _send(turn_context, self._command(user_id, request))

    async def on_installation_update_add(self, turn_context: TurnContext) -> None:
        await self._installed(turn_context)

    async def on_members_added_activity(self, members_added: list[ChannelAccount], turn_context: TurnContext) -> None:
        """The Emulator announces a new chat this way rather than with an installation update."""
        recipient = turn_context.activity.recipient
        if recipient is not None and any(member.id == recipient.id for member in members_added):
            await self._installed(turn_context)

    async def on_installation_update_remove(self, turn_context: TurnContext) -> None:
        user_id = _user_id(turn_context.activity)
        self.services.lessons.app_removed(user_id)
        if self.services.lessons.drop_conversation(user_id):
            log.info("%s removed the Teams app; no more messages will be sent to them.", user_id)

    async def on_teams_messaging_extension_fetch_task(
        self, turn_context: TurnContext, action: MessagingExtensionAction
    ) -> MessagingExtensionActionResponse:
        self._enroll(turn_context)
        return _task(cards.check_form_card(customer=_quoted_message(action)))

    async def on_teams_messaging_extension_submit_action(
        self, turn_context: TurnContext, action: MessagingExtensionAction
    ) -> MessagingExtensionActionResponse:
        user_id = self._enroll(turn_context)
        try:
            submission = submits.parse(action.data)
        except submits.BadSubmission as error:
            return _task(str(error))
        if isinstance(submission, submits.Insert):
            return _insert(submission.rewrite)
        return _task(self._act(user_id, submission, in_extension=True))

    def _enroll(self, turn_context: TurnContext) -> str:
        """Record who this is (and their time zone, which Teams reports with every activity); the id it
        returns is the same in the personal chat and in the message extension."""
        activity = turn_context.activity
        user_id = _user_id(activity)
        self.services.enrol(user_id, PLATFORM, activity.from_property.name or None,
                            _timezone(activity.local_timezone))
        if activity.type == "message" and _is_personal(activity):
            # Keep the address fresh: Teams may move a chat to another service URL.
            self.services.lessons.save_conversation(user_id, PLATFORM, reference_json(activity))
        return user_id

    async def _installed(self, turn_context: TurnContext) -> None:
        activity = turn_context.activity
        if not _is_personal(activity):
            return
        user_id = self._enroll(turn_context)
        if self.services.lessons.save_conversation(user_id, PLATFORM, reference_json(activity)):
            await turn_context.send_activity(as_activity(cards.help_card("Hi, I'm Empathy Coach.")))

    def _command(self, user_id: str, command: commands.Command | submits.Submission) -> Message:
        if isinstance(command, commands.Help):
            return cards.help_card()
        if isinstance(command, commands.ShowProgress):
            return cards.progress_card(self.services.checks.progress(user_id), self.services.lessons.progress(user_id))
        if isinstance(command, commands.ShowSettings):
            return cards.settings_card(self.services.lessons.settings(user_id))
        if isinstance(command, commands.AskForget):
            return cards.forget_card(self.services.checks.count(user_id))
        if isinstance(command, commands.Unknown):
            return (f"I'm not sure what “{command.word[:40]}” means. Paste a draft reply to check it, "
                    "or type `help` to see what I can do.")
        return self._act(user_id, command, in_extension=False)

    async def _check(self, turn_context: TurnContext, user_id: str, request: submits.CheckDraft) -> None:
        """The offline result at once; the model's rewrite replaces it on the card if and when it passes."""
        try:
            checked = self.services.checks.check(user_id, PLATFORM, request.draft, request.customer)
        except DraftError as error:
            await _send(turn_context, str(error))
            return
        sent = await _send(turn_context, cards.check_card(checked))
        if sent is None or not sent.id or not self.services.checks.improves(user_id):
            return

        async def improved() -> Activity | None:
            better = await self.services.checks.improve(user_id, checked)
            if better is None or better.result.engine != "llm":
                return None
            return as_activity(cards.check_card(better))

        self.followups.start(turn_context, improved, what=f"the LLM rewrite of check {checked.check_id}",
                             replacing=sent.id)

    async def _lesson_press(
        self, turn_context: TurnContext, user_id: str, press: submits.QuizAnswer | submits.FinishLesson
    ) -> None:
        """Record the answer (or "done") once, then redraw the lesson card in place with what now counts."""
        lessons = self.services.lessons
        try:
            lessons.curriculum()
        except CurriculumError as error:
            log.error("A lesson button was pressed but the lesson files can't be read:\n%s", error)
            await _send(turn_context, LESSONS_UNREADABLE)
            return
        if isinstance(press, submits.QuizAnswer):
            reply = lessons.answer_quiz(user_id, press.delivery_id, press.question_id, press.option)
            if reply.status == "unknown":
                await _send(turn_context, reply.message)
                return
            note = reply.note
        else:
            note = lessons.complete(user_id, press.delivery_id).message
        state = lessons.state(user_id, press.delivery_id)
        if state is None:
            await _send(turn_context, note or "This lesson is no longer on record (it may have been deleted with "
                                              "forget-me).")
            return
        await _redraw(turn_context, lesson_card(state.message, state.answers, done=state.completed, note=note))

    def _practising(self, user_id: str) -> bool:
        practice = self._practice()
        return practice is not None and practice.in_practice(user_id)

    def _practice(self) -> Practice | None:
        """``None`` when the scenario (or customer prompt) files are broken: checks keep working meanwhile."""
        try:
            return self.services.practice
        except ValueError as error:  # ScenarioError or PromptError, each naming the file to fix
            log.error("Practice is unavailable until its files are fixed:\n%s", error)
            return None

    def _practice_request(
        self, activity: Activity, user_id: str,
        request: submits.StartPractice | submits.PracticeHint | submits.PracticeEnd,
    ) -> Message:
        if not _is_personal(activity):
            return PERSONAL_ONLY
        practice = self._practice()
        if practice is None:
            return PRACTICE_UNAVAILABLE
        try:
            if isinstance(request, submits.StartPractice):
                return self._start_practice(practice, user_id, request.scenario)
            if isinstance(request, submits.PracticeHint):
                return self._practice_card(practice.hint(user_id))
            return self._practice_card(practice.end(user_id))
        except PracticeError as error:
            return str(error)

    def _start_practice(self, practice: Practice, user_id: str, scenario: str | None) -> Message:
        """One session at a time: asking for another while one runs shows where that one stands."""
        if scenario is None and practice.in_practice(user_id):
            return self._practice_card(practice.resume(user_id))
        try:
            started = practice.start(user_id, PLATFORM, scenario)
        except AlreadyPracticing:
            return self._practice_card(practice.resume(user_id))
        return picker_card(started.scenarios) if isinstance(started, Picker) else briefing_card(started)

    async def _practice_reply(self, turn_context: TurnContext, user_id: str, text: str) -> None:
        """A message to the simulated customer. A model wording their answer may take seconds, so then the
        agent sees Teams' typing indicator and the answer follows the turn."""
        practice = self.services.practice

        async def answer() -> Message:
            try:
                return self._practice_card(await practice.handle(user_id, text))
            except PracticeError as error:
                return str(error)

        if not practice.writes_lines_for(user_id):
            await _send(turn_context, await answer())
            return
        await turn_context.send_activity(Activity(type=ActivityTypes.typing))

        async def answered() -> Activity:
            return as_activity(await answer())

        self.followups.start(turn_context, answered, what="the practice customer's answer")

    def _practice_card(self, update: PracticeUpdate) -> dict:
        lesson = self.services.lessons.lesson(update.summary.lesson) if update.summary is not None else None
        return update_card(update, lesson.title if lesson is not None else None)

    def _act(self, user_id: str, request: submits.Submission, *, in_extension: bool) -> Message:
        """One request from a command or a button, answered the same way in the chat and the extension."""
        checks = self.services.checks
        try:
            if isinstance(request, submits.ShowForm):
                return cards.check_form_card()
            if isinstance(request, submits.CheckDraft):
                checked = checks.check(user_id, PLATFORM, request.draft, request.customer)
                return cards.check_card(checked, insert=in_extension)
            if isinstance(request, submits.AnotherVersion):
                return cards.check_card(checks.another_version(user_id, request.check_id), insert=in_extension)
            if isinstance(request, submits.Why):
                return self._why(request.rule)
            if isinstance(request, submits.Feedback):
                checks.feedback(user_id, request.check_id, request.helpful, request.reason)
                return _thanks(request)
            if isinstance(request, submits.SaveSettings):
                return self._save_settings(user_id, request)
            if isinstance(request, submits.Forget):
                return self._forget(user_id, request.confirmed)
            if isinstance(request, (*LESSON_PRESSES, *PRACTICE_REQUESTS)):
                return "Lessons and practice sessions run in your personal chat with me, not here."
        except (DraftError, CheckExpired) as error:
            return str(error)
        raise AssertionError(f"unhandled request {request!r}")

    def _why(self, rule_id: str) -> Message:
        rule = RULES[rule_id]
        return cards.why_card(rule, self.services.lessons.lesson(rule.lesson))

    def _save_settings(self, user_id: str, request: submits.SaveSettings) -> Message:
        try:
            saved = self.services.lessons.change_settings(
                user_id, PLATFORM, timezone=request.timezone, lesson_time=request.lesson_time,
                weekdays_only=request.weekdays_only, paused=request.paused, opted_out=request.opted_out,
            )
        except SettingsInputError as error:
            return cards.settings_card(self.services.lessons.settings(user_id), problem=str(error))
        if saved.lessons_opted_out:
            return "Saved. You won't get daily lessons; switch them back on in `settings` whenever you like."
        if saved.lessons_paused:
            return "Saved. Lessons are paused until you turn them back on in `settings`."
        days = "on weekdays" if saved.weekdays_only else "every day"
        zone = saved.timezone or "UTC until you set your time zone"
        return f"Saved. Lessons will arrive at {saved.lesson_time} {days} ({zone})."

    def _forget(self, user_id: str, confirmed: bool) -> Message:
        if not confirmed:
            return "Nothing deleted."
        deleted = self.services.forget(user_id)
        checks = counted(deleted, "check")
        return (f"Deleted your {checks} and everything else stored about you. If you message me again, "
                "I'll start afresh.")


async def _send(turn_context: TurnContext, reply: Message) -> ResourceResponse | None:
    return await turn_context.send_activity(as_activity(reply))


async def _redraw(turn_context: TurnContext, content: dict) -> None:
    """Replace the card whose button was pressed (Teams names it in ``replyToId``); post the card anew when
    there is none to replace or it can't be edited any more."""
    pressed_on = turn_context.activity.reply_to_id
    if pressed_on:
        activity = as_activity(content)
        activity.id = pressed_on
        try:
            await turn_context.update_activity(activity)
            return
        except ErrorResponseException as error:
            log.warning("Couldn't update Teams message %s in place (%s); sending it anew.", pressed_on, error)
    await _send(turn_context, content)


def _thanks(feedback: submits.Feedback) -> str:
    if feedback.helpful:
        return "Thanks, noted: glad it helped."
    if feedback.reason:
        return "Thanks: your reason is saved with the check; it helps us correct the coach."
    return "Thanks, noted: that tells us where the coach needs work."


def _task(reply: Message) -> MessagingExtensionActionResponse:
    if isinstance(reply, str):
        return MessagingExtensionActionResponse(task=TaskModuleMessageResponse(value=reply))
    info = TaskModuleTaskInfo(title=TASK_TITLE, card=CardFactory.adaptive_card(reply), width="large",
                              height="large")
    return MessagingExtensionActionResponse(task=TaskModuleContinueResponse(value=info))


def _insert(rewrite: str) -> MessagingExtensionActionResponse:
    attachment = MessagingExtensionAttachment(
        content_type=CardFactory.content_types.adaptive_card, content=cards.insert_card(rewrite)
    )
    result = MessagingExtensionResult(type="result", attachment_layout="list", attachments=[attachment])
    return MessagingExtensionActionResponse(compose_extension=result)


def _person(activity: Activity) -> ChannelAccount | None:
    person = activity.from_property
    return person if person is not None and (person.aad_object_id or person.id) else None


def _user_id(activity: Activity) -> str:
    """``teams:<tenant>:<Azure AD object id>``: the object id is the same person in every chat and in the
    message extension, whereas the chat id Teams gives a user differs per bot."""
    person = _person(activity)
    assert person is not None, "on_turn drops activities with no sender"
    channel_data = activity.channel_data if isinstance(activity.channel_data, dict) else {}
    tenant = channel_data.get("tenant") if isinstance(channel_data.get("tenant"), dict) else {}
    conversation_tenant = activity.conversation.tenant_id if activity.conversation else None
    tenant_id = conversation_tenant or tenant.get("id") or activity.channel_id or "unknown"
    return f"{PLATFORM}:{tenant_id}:{person.aad_object_id or person.id}"


def _is_personal(activity: Activity) -> bool:
    conversation = activity.conversation
    return conversation is not None and bool(conversation.id) and conversation.conversation_type in PERSONAL


def _timezone(name: str | None) -> str | None:
    """Teams sends the client's IANA zone; anything else (or nothing) leaves the agent's setting alone."""
    if not isinstance(name, str) or not name.strip():
        return None
    try:
        parse_timezone(name)
    except (ScheduleError, OSError):  # OSError: a folder name such as "America"
        return None
    return name.strip()


def _quoted_message(action: MessagingExtensionAction) -> str | None:
    """The message the agent started the extension from, if any: usually the customer's."""
    payload = action.message_payload
    body = payload.body if payload is not None else None
    if body is None or not body.content:
        return None
    if (body.content_type or "html").lower() == "text":
        return body.content
    return html_to_text(body.content) or None


def html_to_text(markup: str) -> str:
    parser = _TextParser()
    parser.feed(markup)
    parser.close()
    lines = "".join(parser.parts).splitlines()
    return "\n".join(line.strip() for line in lines).strip()


class _TextParser(HTMLParser):
    BREAKS = frozenset({"br", "p", "div", "li", "tr"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.BREAKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)
