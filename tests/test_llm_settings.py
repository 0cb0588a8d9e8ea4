"""LLM settings: the per-user limit and the per-workspace switch, read once from the environment."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.settings import DEFAULT_LLM_USER_LIMIT, DEFAULT_MODEL, Settings, SettingsError, workspace_of


def test_a_key_alone_turns_the_llm_on_with_defaults(tmp_path: Path) -> None:
    llm = Settings.from_env({"HOME": str(tmp_path), "OPENAI_API_KEY": "sk-test"}).llm
    assert llm is not None
    assert (llm.model, llm.timeout_seconds, llm.base_url, llm.azure) == (DEFAULT_MODEL, 10.0, None, False)
    assert (llm.user_limit, llm.disabled_workspaces) == (DEFAULT_LLM_USER_LIMIT, frozenset())


def test_a_compatible_server_and_the_limits_are_read(tmp_path: Path) -> None:
    llm = Settings.from_env({
        "HOME": str(tmp_path), "OPENAI_API_KEY": "k", "OPENAI_BASE_URL": "http://127.0.0.1:8000/v1",
        "COACH_LLM_TIMEOUT": "2.5", "COACH_LLM_USER_LIMIT": "5",
        "COACH_LLM_DISABLED_WORKSPACES": " T0123, 72f988bf-86f1-41af-91ab-2d7cd011db47 T0456 ,",
    }).llm
    assert llm is not None
    assert (llm.base_url, llm.timeout_seconds, llm.user_limit) == ("http://127.0.0.1:8000/v1", 2.5, 5)
    assert llm.disabled_workspaces == {"T0123", "T0456", "72f988bf-86f1-41af-91ab-2d7cd011db47"}


@pytest.mark.parametrize("value", ["ten", "-1", "2.5"])
def test_a_bad_user_limit_names_the_variable(tmp_path: Path, value: str) -> None:
    with pytest.raises(SettingsError) as caught:
        Settings.from_env({"HOME": str(tmp_path), "OPENAI_API_KEY": "k", "COACH_LLM_USER_LIMIT": value})
    assert caught.value.problems == (f"COACH_LLM_USER_LIMIT={value!r} is not a whole number: use 0 or more, e.g. 60.",)


@pytest.mark.parametrize(
    ("user_id", "workspace"),
    [("slack:T0123:U456", "T0123"), ("teams:72f988bf:29:1abc", "72f988bf"), ("cli:alice", None), ("odd", None)],
)
def test_the_workspace_is_read_from_the_user_id(user_id: str, workspace: str | None) -> None:
    assert workspace_of(user_id) == workspace
