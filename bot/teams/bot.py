"""The Teams bot: reads what the agent did, asks the coach, answers with a card.

Everything about coaching happens in ``bot.services``; this class only reads
Teams activities (messages, card buttons, the message extension, install and
uninstall) and routes each to the feature it belongs to: ``checks``,
``lessons`` or ``practice`` beside it, each answering with a card.

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
from botbuilder.schema import Activity, ChannelAccount, MessageReaction
from botbuilder.schema.teams import (
    MessagingExtensionAction,
    MessagingExtensionActionResponse,
    MessagingExtensionAttachment,
    MessagingExtensionResult,
    TaskModuleContinueResponse,
    TaskModuleMessageResponse,
    TaskModuleTaskInfo,
)

from bot.coach.lessons.schedule import ScheduleError, parse_timezone
from bot.services import NOTHING_DELETED, Services, forgotten
from bot.teams import cards, check_cards, checks, commands, lessons, practice, submits, team
from bot.teams.followups import Followups
from bot.teams.proactive import Message, as_activity, reference_json
from bot.teams.turns import PLATFORM, send

log = logging.getLogger(__name__)

TASK_TITLE = "Check with Empathy Coach"
PERSONAL = (None, "personal")
"""Conversation types of a one-to-one chat with the bot (the Emulator sends none)."""


class CoachBot(TeamsActivityHandler):
    def __init__(self, services: Services, app_id: str | None = None) -> None:
        self.services = services
        self.followups = Followups(app_id)
        self.result_cards = checks.ResultCards()

    async def on_turn(self, turn_context: TurnContext) -> None:
        if _person(turn_context.activity) is None:
            log.info("Ignoring a Teams %s activity with no sender.", turn_context.activity.type)
            return
        await super().on_turn(turn_context)

    async def on_message_activity(self, turn_context: TurnContext) -> None:
        activity = turn_context.activity
        user_id = await self._enroll(turn_context)
        if activity.value is not None:
            try:
                request = submits.parse(activity.value)
            except submits.BadSubmission as error:
                await send(turn_context, str(error))
                return
            if isinstance(request, submits.Insert):
                await send(turn_context, "“Insert the rewrite” works in the message extension; copy the rewrite "
                                          "from the card instead.")
                return
            await self._request(turn_context, user_id, request)
            return
        text = TurnContext.remove_recipient_mention(activity) or ""
        command = commands.parse(text)
        if (not isinstance(command, submits.StartPractice) and _is_personal(activity)
                and await self.services.run(practice.practising, self.services, user_id)):
            await practice.reply(self.services, self.followups, turn_context, user_id, text)
            return
        await self._request(turn_context, user_id, command)

    async def _request(
        self, turn_context: TurnContext, user_id: str, request: commands.Command | submits.Submission
    ) -> None:
        """A typed command or a pressed button in the chat."""
        if isinstance(request, submits.CheckDraft):
            await checks.check_in_chat(self.services, self.followups, self.result_cards, turn_context, user_id,
                                       request)
        elif isinstance(request, lessons.LESSON_PRESSES):
            await lessons.press(self.services, turn_context, user_id, request)
        elif isinstance(request, practice.PRACTICE_REQUESTS):
            personal = _is_personal(turn_context.activity)
            await send(turn_context, await self.services.run(practice.answer, self.services, user_id, request)
                       if personal else practice.PERSONAL_ONLY)
        elif isinstance(request, team.TEAM_REQUESTS):
            personal = _is_personal(turn_context.activity)
            await send(turn_context, await self.services.run(team.answer, self.services, user_id, request)
                       if personal else team.PERSONAL_ONLY)
        else:
            reply = await self.services.run(self._command, user_id, request)
            sent = await send(turn_context, reply)
            if isinstance(request, submits.AnotherVersion) and isinstance(reply, dict) and sent is not None and sent.id:
                self.result_cards.remember(turn_context.activity, sent.id, request.check_id)

    async def on_reactions_added(self, message_reactions: list[MessageReaction], turn_context: TurnContext) -> None:
        """👍 or 👎 on a result card: Helpful or Not helpful, as if the button had been pressed."""
        activity = turn_context.activity
        await self.services.run(checks.record_reaction, self.services, self.result_cards, activity, _user_id(activity),
                                message_reactions)

    async def on_installation_update_add(self, turn_context: TurnContext) -> None:
        await self._installed(turn_context)

    async def on_members_added_activity(self, members_added: list[ChannelAccount], turn_context: TurnContext) -> None:
        """The Emulator announces a new chat this way rather than with an installation update."""
        recipient = turn_context.activity.recipient
        if recipient is not None and any(member.id == recipient.id for member in members_added):
            await self._installed(turn_context)

    async def on_teams_members_added_dispatch(
        self, members_added: list[ChannelAccount], team_info: object, turn_context: TurnContext
    ) -> None:
        """Only the bot itself being added matters, so the SDK's lookup of every other new member's full profile (a
        call to the Bot Connector per person, which fails the turn when it does) is skipped."""
        await self.on_members_added_activity(members_added, turn_context)

    async def on_installation_update_remove(self, turn_context: TurnContext) -> None:
        user_id = _user_id(turn_context.activity)
        lessons = self.services.lessons
        await self.services.run(lessons.app_removed, user_id)
        if await self.services.run(lessons.drop_conversation, user_id):
            log.info("%s removed the Teams app; no more messages will be sent to them.", user_id)

    async def on_teams_messaging_extension_fetch_task(
        self, turn_context: TurnContext, action: MessagingExtensionAction
    ) -> MessagingExtensionActionResponse:
        await self._enroll(turn_context)
        return _task(check_cards.check_form_card(customer=_quoted_message(action)))

    async def on_teams_messaging_extension_submit_action(
        self, turn_context: TurnContext, action: MessagingExtensionAction
    ) -> MessagingExtensionActionResponse:
        user_id = await self._enroll(turn_context)
        try:
            submission = submits.parse(action.data)
        except submits.BadSubmission as error:
            return _task(str(error))
        if isinstance(submission, submits.Insert):
            return _insert(submission.rewrite)
        return _task(await self.services.run(self._act, user_id, submission, in_extension=True))

    async def _enroll(self, turn_context: TurnContext) -> str:
        """Record who this is (and their time zone, which Teams reports with every activity); the id it
        returns is the same in the personal chat and in the message extension."""
        activity = turn_context.activity
        user_id = _user_id(activity)
        await self.services.run(self.services.enrol, user_id, PLATFORM, activity.from_property.name or None,
                                _timezone(activity.local_timezone))
        if activity.type == "message" and _is_personal(activity):
            # Keep the address fresh: Teams may move a chat to another service URL.
            await self.services.run(self.services.lessons.save_conversation, user_id, PLATFORM,
                                    reference_json(activity))
        return user_id

    async def _installed(self, turn_context: TurnContext) -> None:
        activity = turn_context.activity
        if not _is_personal(activity):
            return
        user_id = await self._enroll(turn_context)
        if await self.services.run(self.services.lessons.save_conversation, user_id, PLATFORM,
                                   reference_json(activity)):
            await turn_context.send_activity(as_activity(cards.help_card("Hi, I'm Empathy Coach.")))

    def _command(self, user_id: str, command: commands.Command | submits.Submission) -> Message:
        """The answer to a command; reads and writes the database, so it runs on a worker thread."""
        if isinstance(command, commands.Help):
            return cards.help_card()
        if isinstance(command, commands.ShowProgress):
            return cards.progress_card(self.services.checks.progress(user_id), self.services.lessons.progress(user_id),
                                       self.services.team.what_leads_see(user_id, "`settings`"))
        if isinstance(command, commands.ShowSettings):
            return cards.settings_card(self.services.lessons.settings(user_id),
                                       sharing=self.services.team.sharing(user_id))
        if isinstance(command, commands.AskForget):
            return cards.forget_card(self.services.checks.count(user_id))
        if isinstance(command, commands.Unknown):
            return (f"I'm not sure what “{command.word[:40]}” means. Paste a draft reply to check it, "
                    "or type `help` to see what I can do.")
        return self._act(user_id, command, in_extension=False)

    def _act(self, user_id: str, request: submits.Submission, *, in_extension: bool) -> Message:
        """One request from a command or a button, answered the same way in the chat and the extension."""
        if isinstance(request, checks.CHECK_REQUESTS):
            return checks.answer(self.services, user_id, request, in_extension=in_extension)
        if isinstance(request, submits.SaveSettings):
            return lessons.save_settings(self.services, user_id, request)
        if isinstance(request, submits.Forget):
            return self._forget(user_id, request.confirmed)
        if isinstance(request, (*lessons.LESSON_PRESSES, *practice.PRACTICE_REQUESTS)):
            return "Lessons and practice sessions run in your personal chat with me, not here."
        raise AssertionError(f"unhandled request {request!r}")

    def _forget(self, user_id: str, confirmed: bool) -> Message:
        if not confirmed:
            return NOTHING_DELETED
        return forgotten(self.services.forget(user_id))


def _task(reply: Message) -> MessagingExtensionActionResponse:
    if isinstance(reply, str):
        return MessagingExtensionActionResponse(task=TaskModuleMessageResponse(value=reply))
    info = TaskModuleTaskInfo(title=TASK_TITLE, card=CardFactory.adaptive_card(reply), width="large",
                              height="large")
    return MessagingExtensionActionResponse(task=TaskModuleContinueResponse(value=info))


def _insert(rewrite: str) -> MessagingExtensionActionResponse:
    attachment = MessagingExtensionAttachment(
        content_type=CardFactory.content_types.adaptive_card, content=check_cards.insert_card(rewrite)
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
