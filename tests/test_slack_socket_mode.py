"""Socket Mode: with SLACK_APP_TOKEN the bot dials out to Slack and needs no public URL or signing secret."""

from __future__ import annotations

import urllib.parse
from pathlib import Path

from tests.conftest import FakeClock
from tests.fake_slack import TEAM, post, running_bot, slash_command

DRAFT = "As I already said, you should have checked the tracking page."


def test_a_slash_command_over_socket_mode_is_acked_and_answered(tmp_path: Path, coach_clock: FakeClock) -> None:
    environ = {"SLACK_APP_TOKEN": "xapp-1-test", "SLACK_SIGNING_SECRET": ""}
    with running_bot(tmp_path / "coach.db", coach_clock, **environ) as bot:
        opened = bot.fake.wait_for("apps.connections.open")[0]
        assert opened.authorization == "Bearer xapp-1-test"

        command = dict(urllib.parse.parse_qsl(slash_command(DRAFT, bot.fake.response_url("socket"))))
        bot.fake.push({"envelope_id": "env-1", "type": "slash_commands", "payload": command,
                       "accepts_response_payload": True})
        assert bot.fake.wait_for("socket:ack")[0].params["envelope_id"] == "env-1"
        assert "Empathy score" in bot.fake.wait_for("response:socket")[0].params["text"]
        assert bot.store.count_checks(f"slack:{TEAM}:U1ANA") == 1

        # No HTTP endpoint is exposed: nothing to sign, nothing to reach from outside.
        body = slash_command(DRAFT, bot.fake.response_url("http"))
        assert post(f"{bot.url}/slack/events", body, "application/x-www-form-urlencoded", {}).status in (404, 405)
