"""Teams end to end: real activities POSTed over HTTP to ``/api/messages``, replies caught by a fake Bot Connector.

Tokens are checked by the SDK's own validation, pointed at a local key server, so nothing here
reaches Microsoft (or anywhere off this machine).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from aiohttp import web
from hypothesis import HealthCheck, given
from hypothesis import settings as examples
from hypothesis import strategies as st
from payloads import walk

from bot.coach import check
from bot.server import SERVICES, create_app
from bot.services import Services
from bot.services.lessons import RecipientGone
from bot.settings import TEAMS_APP_TYPES, Settings, TeamsSettings
from bot.store import Store
from bot.teams.app import TEAMS_OUTBOX, BotFrameworkCloud, mount
from tests.fake_bot_framework import EMULATOR, USER_ID, FakeKeyServer, activity, post, sign
from tests.loopback import LoopbackServer, serve

APP_ID = "00000000-0000-0000-0000-00000000b07"
DRAFT = "As I already said, you should have checked the tracking page. Someone will look into it."
CUSTOMER = "My parcel was due Monday and it still hasn't come!!"


@pytest.fixture(scope="module")
def keys() -> Iterator[tuple[FakeKeyServer, str]]:
    fake = FakeKeyServer()
    with serve(fake.app()) as server:
        yield fake, server.url


def settings(tmp_path: Path, teams: TeamsSettings) -> Settings:
    return Settings(db_path=tmp_path / "coach.db", store_text=False, teams=teams)


@pytest.fixture
def emulator_bot(tmp_path: Path, server_store: Store) -> Iterator[tuple[LoopbackServer, web.Application]]:
    """The whole server as ``empathy-coach serve`` builds it, with Teams in Emulator mode (no app id)."""
    app = create_app(settings(tmp_path, EMULATOR), store=server_store)
    with serve(app) as server:
        yield server, app


def test_a_pasted_draft_gets_the_result_card_with_the_rewrite(emulator_bot, connector, server_store) -> None:
    server, _ = emulator_bot
    fake, service_url = connector
    response = post(server.url, activity("message", service_url, text=DRAFT))
    assert response.status_code in (200, 201)
    [sent] = fake.sent
    assert (sent.conversation_id, sent.reply_to) == ("personal-chat-1", "incoming-message")
    [card] = sent.cards
    text_runs = [inline["text"] for block in walk(card) if block.get("type") == "RichTextBlock"
                 for inline in block["inlines"]]
    expected = check(DRAFT)
    assert expected.rewrite != DRAFT
    assert expected.rewrite in text_runs
    assert f"Empathy score {expected.score}/100" in json.dumps(card)
    assert server_store.count_checks(USER_ID) == 1
    assert server_store.user_settings(USER_ID).timezone == "Europe/Paris"


def test_install_greets_once_and_the_stored_reference_reaches_the_user_later(emulator_bot, connector) -> None:
    server, app = emulator_bot
    fake, service_url = connector
    install = activity("installationUpdate", service_url, action="add")
    assert post(server.url, install).status_code in (200, 201)
    assert post(server.url, install).status_code in (200, 201)  # Teams may announce one install twice
    greetings = [s for s in fake.sent if s.cards and "Hi, I'm Empathy Coach." in json.dumps(s.cards)]
    assert len(greetings) == 1

    message_id = server.call(lambda: app[TEAMS_OUTBOX].send(USER_ID, "Today's lesson: name the feeling."))
    proactive = fake.sent[-1]
    assert message_id == f"sent-{len(fake.sent)}"
    assert (proactive.conversation_id, proactive.reply_to) == ("personal-chat-1", None)
    assert proactive.activity["text"] == "Today's lesson: name the feeling."

    before = len(fake.sent)
    assert post(server.url, activity("installationUpdate", service_url, action="remove")).status_code in (200, 201)
    with pytest.raises(RecipientGone):
        server.call(lambda: app[TEAMS_OUTBOX].send(USER_ID, "Another lesson"))
    assert len(fake.sent) == before


def test_a_removed_app_found_on_send_is_reported_gone_and_forgotten(emulator_bot, connector, server_store) -> None:
    server, app = emulator_bot
    fake, service_url = connector
    post(server.url, activity("installationUpdate", service_url, action="add"))
    fake.fail_with = 403
    with pytest.raises(RecipientGone):
        server.call(lambda: app[TEAMS_OUTBOX].send(USER_ID, {"type": "AdaptiveCard", "body": []}))
    assert server_store.conversation(USER_ID) is None


def test_the_message_extension_round_trip_over_http(emulator_bot, connector) -> None:
    server, _ = emulator_bot
    fake, service_url = connector
    fetch = activity("invoke", service_url, conversation="chat-with-colleague", name="composeExtension/fetchTask",
                     value={"commandId": "checkReply", "commandContext": "message",
                            "messagePayload": {"body": {"contentType": "html", "content": f"<p>{CUSTOMER}</p>"}}})
    response = post(server.url, fetch)
    assert response.status_code == 200
    form = response.json()["task"]["value"]["card"]["content"]
    assert {"id": "customer", "value": CUSTOMER}.items() <= _input(form, "customer").items()

    submit = activity("invoke", service_url, conversation="chat-with-colleague", name="composeExtension/submitAction",
                      value={"commandId": "checkReply", "data": {"action": "check", "draft": DRAFT,
                                                                  "customer": CUSTOMER}})
    response = post(server.url, submit)
    assert response.status_code == 200
    result = response.json()["task"]["value"]["card"]["content"]
    [insert] = [a for a in result["actions"] if a.get("data", {}).get("action") == "insert"]
    expected = check(DRAFT, CUSTOMER)
    assert insert["data"]["rewrite"] == expected.rewrite

    submit["value"]["data"] = insert["data"]
    response = post(server.url, submit)
    inserted = response.json()["composeExtension"]
    assert inserted["type"] == "result"
    assert inserted["attachments"][0]["content"]["body"][0]["inlines"][0]["text"] == expected.rewrite
    assert fake.sent == []  # the extension answers in the HTTP response and never posts into the chat


@pytest.mark.parametrize(
    ("body", "content_type", "status"),
    [
        (b"{not json", "application/json", 400),
        (b"[1, 2]", "application/json", 400),
        (b'{"text": "no type"}', "application/json", 400),
        (b'{"type": "message", "from": "not an account"}', "application/json", 400),
        (b'{"type": "message"}', "text/plain", 415),
    ],
)
def test_a_body_that_is_not_an_activity_is_refused_without_a_500(emulator_bot, body, content_type, status) -> None:
    server, _ = emulator_bot
    response = requests.post(f"{server.url}/api/messages", data=body, headers={"Content-Type": content_type},
                             timeout=30)
    assert response.status_code == status


def test_an_unknown_activity_type_is_ignored_politely(emulator_bot, connector) -> None:
    server, _ = emulator_bot
    fake, service_url = connector
    assert post(server.url, activity("somethingNew", service_url)).status_code in (200, 201)
    assert post(server.url, activity("message", service_url, **{"from": None})).status_code in (200, 201)
    assert fake.sent == []


# Authentication ----------------------------------------------------------------------------------------


@pytest.fixture
def secured_bot(tmp_path: Path, keys, server_store: Store) -> Iterator[tuple[LoopbackServer, FakeKeyServer]]:
    """Teams with an app id: every request needs a token signed by a key the (local) key server publishes."""
    key_server, keys_url = keys
    app = web.Application()
    teams = TeamsSettings(APP_ID, "app-password", "MultiTenant", None)
    services = Services(server_store, settings(tmp_path, teams))
    app[SERVICES] = services
    cloud = BotFrameworkCloud(channel_openid_metadata_url=f"{keys_url}/openid",
                              emulator_openid_metadata_url=f"{keys_url}/openid")
    mount(app, teams, services, cloud=cloud)
    with serve(app) as server:
        yield server, key_server


def fetch_task(service_url: str) -> dict:
    return activity("invoke", service_url, name="composeExtension/fetchTask",
                    value={"commandId": "checkReply", "commandContext": "compose"})


def test_a_correctly_signed_token_is_accepted(secured_bot, server_store) -> None:
    server, key_server = secured_bot
    service_url = "https://smba.trafficmanager.net/emea/"
    token = sign(key_server.key, audience=APP_ID, service_url=service_url)
    response = post(server.url, fetch_task(service_url), token)
    assert response.status_code == 200
    assert response.json()["task"]["type"] == "continue"
    assert server_store.user_settings(USER_ID) is not None


def forged_tokens(key_server: FakeKeyServer, service_url: str) -> dict[str, str]:
    from cryptography.hazmat.primitives.asymmetric import rsa

    stranger = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    good = sign(key_server.key, audience=APP_ID, service_url=service_url)
    header, payload, signature = good.split(".")
    return {
        "signed by another key": sign(stranger, audience=APP_ID, service_url=service_url),
        "for another bot": sign(key_server.key, audience="some-other-app", service_url=service_url),
        "for another service URL": sign(key_server.key, audience=APP_ID, service_url="https://evil.example/"),
        "from another issuer": sign(key_server.key, audience=APP_ID, service_url=service_url,
                                    issuer="https://evil.example/"),
        "expired": sign(key_server.key, audience=APP_ID, service_url=service_url, lifetime=-3600),
        "with an unknown key id": sign(key_server.key, audience=APP_ID, service_url=service_url, key_id="nope"),
        "with its signature cut": f"{header}.{payload}.",
        "unsigned (alg none)": jwt_none(payload),
        "not a JWT": "not-a-token",
    }


def jwt_none(payload: str) -> str:
    import base64

    header = base64.urlsafe_b64encode(b'{"alg":"none","typ":"JWT"}').rstrip(b"=").decode()
    return f"{header}.{payload}."


def test_no_header_malformed_or_forged_tokens_get_401_and_change_nothing(secured_bot, connector, server_store):
    server, key_server = secured_bot
    fake, service_url = connector
    message = activity("message", service_url, text=DRAFT)
    refusals = {"no header": post(server.url, message)}
    for scheme in ("Basic dXNlcjpwYXNz", "Bearer", "Bearer a b"):
        refusals[scheme] = post(server.url, message, Authorization=scheme)
    for name, token in forged_tokens(key_server, service_url).items():
        refusals[name] = post(server.url, message, token)
    assert {name: r.status_code for name, r in refusals.items()} == {name: 401 for name in refusals}
    assert fake.sent == []
    assert server_store.user_settings(USER_ID) is None
    assert server_store.count_checks(USER_ID) == 0


def test_the_real_server_with_an_app_id_refuses_a_request_without_a_token(tmp_path, server_store, connector):
    fake, service_url = connector
    teams = TeamsSettings(APP_ID, "app-password", "MultiTenant", None)
    app = create_app(settings(tmp_path, teams), store=server_store)
    with serve(app) as server:
        assert post(server.url, activity("message", service_url, text=DRAFT)).status_code == 401
        assert post(server.url, activity("message", service_url, text=DRAFT), "garbage").status_code == 401
    assert fake.sent == [] and server_store.user_settings(USER_ID) is None


def _input(card: dict, input_id: str) -> dict:
    return next(block for block in walk(card) if block.get("id") == input_id)


@pytest.mark.parametrize("app_type", TEAMS_APP_TYPES)
def test_every_app_type_the_settings_accept_mounts(app_type: str, tmp_path: Path, memory_store: Store) -> None:
    environ = {"HOME": str(tmp_path), "MicrosoftAppId": APP_ID, "MicrosoftAppPassword": "secret",
               "MicrosoftAppType": app_type, "MicrosoftAppTenantId": "tenant-1"}
    teams = Settings.from_env(environ).teams
    assert teams is not None
    app = web.Application()
    mount(app, teams, Services(memory_store, settings(tmp_path, teams)))
    assert [r.resource.canonical for r in app.router.routes()] == ["/api/messages"]


# Token lifetimes: exp required, the SDK's five minutes of clock skew and no more --------------------------------


def lifetimes(key: FakeKeyServer, service_url: str) -> dict[str, tuple[str, int]]:
    import time

    now = int(time.time())
    skew = 5 * 60

    def token(**claims: int | None) -> str:
        return sign(key.key, audience=APP_ID, service_url=service_url, **claims)

    return {
        "no exp": (token(exp=None), 401),
        "expired beyond the skew": (token(exp=now - skew - 60), 401),
        "expired within the skew": (token(exp=now - skew + 60), 200),
        "not yet valid beyond the skew": (token(nbf=now + skew + 60), 401),
        "not yet valid within the skew": (token(nbf=now + skew - 60), 200),
        "no nbf": (token(nbf=None), 200),
    }


def test_a_token_needs_an_expiry_and_gets_only_the_sdks_clock_skew(secured_bot) -> None:
    server, key_server = secured_bot
    service_url = "https://smba.trafficmanager.net/emea/"
    answers = {name: post(server.url, fetch_task(service_url), token).status_code
               for name, (token, _) in lifetimes(key_server, service_url).items()}
    assert answers == {name: status for name, (_, status) in lifetimes(key_server, service_url).items()}


def test_a_forged_token_gets_401_even_with_a_body_that_is_not_an_activity(secured_bot) -> None:
    server, key_server = secured_bot
    forged = forged_tokens(key_server, "https://smba.trafficmanager.net/emea/")["signed by another key"]
    for body in (b"{not json", b"null", b"[]"):
        response = requests.post(f"{server.url}/api/messages", data=body, timeout=30,
                                 headers={"Content-Type": "application/json", "Authorization": f"Bearer {forged}"})
        assert response.status_code == 401


def test_a_valid_token_with_a_body_that_is_not_an_activity_gets_400(secured_bot) -> None:
    server, key_server = secured_bot
    token = sign(key_server.key, audience=APP_ID, service_url="https://smba.trafficmanager.net/emea/")
    response = requests.post(f"{server.url}/api/messages", data=b"null", timeout=30,
                             headers={"Content-Type": "application/json", "Authorization": f"Bearer {token}"})
    assert response.status_code == 400


# Malformed activities in Emulator mode: 400, nothing sent anywhere ----------------------------------------------


def without(body: dict, *names: str) -> dict:
    return {name: value for name, value in body.items() if name not in names}


MALFORMED = {
    "no conversation": lambda url: without(activity("message", url, text="help"), "conversation"),
    "an empty conversation": lambda url: activity("message", url, text="help") | {"conversation": {}},
    "a conversation id that is an object": lambda url: activity("message", url, text="help")
    | {"conversation": {"id": {}, "conversationType": "personal"}},
    "no serviceUrl": lambda url: without(activity("message", url, text="help"), "serviceUrl"),
    "a serviceUrl that is not a URL": lambda url: activity("message", "not a url", text="help"),
    "a serviceUrl that is a number": lambda url: activity("message", url, text="help") | {"serviceUrl": 7},
    "a public serviceUrl": lambda url: activity("message", "https://smba.trafficmanager.net/emea/", text="help"),
    "a serviceUrl elsewhere on the network": lambda url: activity("message", "http://10.0.0.8:3978/", text="help"),
    "no recipient": lambda url: without(activity("message", url, text="help"), "recipient"),
    "fetchTask with no value": lambda url: activity("invoke", url, name="composeExtension/fetchTask"),
    "submitAction with a string value": lambda url: activity("invoke", url, name="composeExtension/submitAction",
                                                             value="check"),
    "an invoke with no name": lambda url: activity("invoke", url),
    "an invoke the bot doesn't offer": lambda url: activity("invoke", url, name="composeExtension/query",
                                                            value={"commandId": "search"}),
    "members added with an empty entry": lambda url: activity("conversationUpdate", url, membersAdded=[None]),
    "text that is a number": lambda url: activity("message", url, text=5),
}


@pytest.mark.parametrize("build", MALFORMED.values(), ids=MALFORMED.keys())
def test_malformed_activities_in_emulator_mode_get_400_and_reach_nobody(emulator_bot, connector, caplog,
                                                                        server_store, build) -> None:
    server, _ = emulator_bot
    fake, service_url = connector
    response = post(server.url, build(service_url))
    assert response.status_code == 400 and response.json()["error"]
    assert fake.sent == [] and fake.updated == []
    assert server_store.user_settings(USER_ID) is None
    assert not [record for record in caplog.records if record.exc_info]


def test_the_emulator_is_answered_on_localhost(emulator_bot, connector) -> None:
    server, _ = emulator_bot
    fake, service_url = connector
    local = service_url.replace("127.0.0.1", "localhost")
    assert post(server.url, activity("message", local, text="help")).status_code in (200, 201)
    assert len(fake.sent) == 1


def test_a_service_url_that_never_answers_lets_the_turn_end(emulator_bot, monkeypatch) -> None:
    """Each connector call gives up after its time limit and is tried twice at most, so the request ends (it
    used to be held open for over 200 s)."""
    import asyncio

    from bot.teams import limits

    monkeypatch.setattr(limits, "CONNECTOR_TIMEOUT_SECONDS", 0.5)
    attempts: list[str] = []
    stop = asyncio.Event()

    async def hang(request: web.Request) -> web.Response:
        attempts.append(request.path)
        await stop.wait()
        return web.json_response({})

    silent = web.Application()
    silent.router.add_route("*", "/{tail:.*}", hang)
    server, _ = emulator_bot
    with serve(silent) as never:
        response = post(server.url, activity("message", never.url, text="help"))
        never.call(lambda: _set(stop))
    assert response.status_code in (200, 201)
    # The reply, then the apology for it: each tried at most twice before giving up.
    assert 2 <= len(attempts) <= 4


async def _set(event) -> None:
    event.set()


def test_signing_keys_that_never_arrive_give_503_not_a_hung_request(tmp_path, server_store, monkeypatch) -> None:
    import asyncio

    from bot.teams import limits

    monkeypatch.setattr(limits, "KEYS_TIMEOUT_SECONDS", 0.5)
    stop = asyncio.Event()

    async def hang(request: web.Request) -> web.Response:
        await stop.wait()
        return web.json_response({})

    silent = web.Application()
    silent.router.add_get("/openid", hang)
    with serve(silent) as never:
        app = web.Application()
        teams = TeamsSettings(APP_ID, "app-password", "MultiTenant", None)
        services = Services(server_store, settings(tmp_path, teams))
        app[SERVICES] = services
        mount(app, teams, services, cloud=BotFrameworkCloud(channel_openid_metadata_url=f"{never.url}/openid",
                                                            emulator_openid_metadata_url=f"{never.url}/openid"))
        with serve(app) as server:
            token = sign(FakeKeyServer().key, audience=APP_ID, service_url="https://smba.trafficmanager.net/emea/")
            response = post(server.url, fetch_task("https://smba.trafficmanager.net/emea/"), token)
        never.call(lambda: _set(stop))
    assert response.status_code == 503


# Reactions on a result card ---------------------------------------------------------------------------------


def reaction(service_url: str, message_id: str, *kinds: str, removed: bool = False) -> dict:
    field = "reactionsRemoved" if removed else "reactionsAdded"
    return activity("messageReaction", service_url, replyToId=message_id, **{field: [{"type": kind} for kind in kinds]})


def feedback(store: Store) -> list[tuple[int, int]]:
    return store.db.execute("SELECT check_id, helpful FROM feedback").fetchall()


def test_a_thumbs_up_or_down_on_the_result_card_is_recorded_as_helpful_or_not(emulator_bot, connector,
                                                                              server_store) -> None:
    server, _ = emulator_bot
    fake, service_url = connector
    post(server.url, activity("message", service_url, text=DRAFT))
    [result] = fake.sent
    [(check_id,)] = server_store.db.execute("SELECT id FROM checks").fetchall()

    assert post(server.url, reaction(service_url, result.activity_id, "like")).status_code in (200, 201)
    assert feedback(server_store) == [(check_id, 1)]
    assert post(server.url, reaction(service_url, result.activity_id, "1f44e_thumbsdown")).status_code in (200, 201)
    assert feedback(server_store) == [(check_id, 0)]  # the latest answer counts, never twice
    post(server.url, reaction(service_url, result.activity_id, "1f44d-1f3fd_thumbsupmediumskintone"))
    assert feedback(server_store) == [(check_id, 1)]
    assert len(fake.sent) == 1  # a reaction is answered silently


@pytest.mark.parametrize(("kinds", "target", "removed"), [
    (("heart",), "result", False),
    (("like",), "other", False),
    (("like",), "result", True),
])
def test_other_reactions_and_reactions_to_other_messages_record_nothing(emulator_bot, connector, server_store,
                                                                        kinds, target, removed) -> None:
    server, _ = emulator_bot
    fake, service_url = connector
    post(server.url, activity("message", service_url, text=DRAFT))
    post(server.url, activity("message", service_url, text="help", id="incoming-help"))
    result, other = fake.sent
    message_id = result.activity_id if target == "result" else other.activity_id
    assert post(server.url, reaction(service_url, message_id, *kinds, removed=removed)).status_code in (200, 201)
    assert feedback(server_store) == []


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3),
    max_leaves=8,
)
ACTIVITY_FIELDS = st.sampled_from(["type", "name", "value", "text", "conversation", "recipient", "from", "channelData",
                                   "membersAdded", "membersRemoved", "reactionsAdded", "replyToId", "action",
                                   "entities", "attachments", "localTimezone", "channelId", "serviceUrl"])
ACTIVITY_TYPES = st.sampled_from(["message", "invoke", "conversationUpdate", "installationUpdate", "messageReaction",
                                  "composeExtension/fetchTask", "composeExtension/submitAction", "typing", "event"])


@examples(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(changes=st.dictionaries(ACTIVITY_FIELDS, JSON_VALUES | ACTIVITY_TYPES, max_size=5), kind=ACTIVITY_TYPES)
def test_no_activity_of_any_shape_gets_a_5xx(emulator_bot, connector, changes: dict, kind: str) -> None:
    server, _ = emulator_bot
    _, service_url = connector
    body = activity(kind, service_url) | changes
    if body.get("type") == "composeExtension/fetchTask":
        body |= {"type": "invoke", "name": "composeExtension/fetchTask"}
    assert post(server.url, body).status_code < 500
