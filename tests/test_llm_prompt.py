"""The prompt files: shipped, versioned, and refused at load time when they don't fit the code."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.llm.customer import load_customer_prompt
from bot.llm.prompt import CURRENT, REWRITE_VARIABLES, PromptError, load_prompt
from bot.resources import prompts_dir


def write(folder: Path, body: str, name: str = "rewrite-test") -> str:
    (folder / f"{name}.toml").write_text(body, encoding="utf-8")
    return name


def test_the_shipped_prompt_loads_and_names_its_version() -> None:
    prompt = load_prompt()
    assert prompt.version == CURRENT
    assert (prompts_dir() / "llm" / f"{CURRENT}.toml").is_file()
    system, user = prompt.messages(draft="DRAFT TEXT", customer="CUSTOMER TEXT", findings="- E101: x")
    assert system["role"] == "system" and '{"rewrite"' in system["content"]
    assert "<draft>\nDRAFT TEXT\n</draft>" in user["content"]
    assert "CUSTOMER TEXT" in user["content"] and "- E101: x" in user["content"]


def test_every_shipped_prompt_version_fits_the_code() -> None:
    versions = sorted(path.stem for path in (prompts_dir() / "llm").glob("*.toml"))
    assert CURRENT in versions
    for version in versions:
        # Each family of prompts has its own variables: rewrites, and practice customer lines.
        loaded = load_customer_prompt(version) if version.startswith("customer-") else load_prompt(version)
        assert loaded.version == version


def test_a_template_naming_a_variable_the_code_does_not_supply_fails_at_load(tmp_path: Path) -> None:
    name = write(tmp_path, 'version = "t1"\nsystem = "Be kind."\nuser = "{draft} for {customer_name}"\n')
    with pytest.raises(PromptError, match=r"uses \{customer_name\}, which the code doesn't supply"):
        load_prompt(name, folder=tmp_path)


def test_rendering_without_a_variable_the_template_needs_fails_loudly() -> None:
    with pytest.raises(PromptError, match="needs a value for findings"):
        load_prompt().messages(draft="d", customer="c")


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('system = "a"\nuser = "{draft}"\n', "has no version"),
        ('version = "t"\nuser = "{draft}"\n', "has no system"),
        ('version = "t"\nsystem = "a"\nuser = ""\n', "has no user"),
        ('version = "t"\nsystem = "Answer {"\nuser = "{draft}"\n', "malformed"),
        ('version = "t"\nsystem = "a {0}"\nuser = "{draft}"\n', "malformed"),
        ('version = "t"\nsystem = "a"\nuser = "{draft.upper}"\n', "malformed"),
        ('version = "t"\nsystem = "a\n', "not valid TOML"),
    ],
)
def test_a_broken_prompt_file_is_refused_with_a_message_naming_the_problem(
    tmp_path: Path, body: str, message: str
) -> None:
    name = write(tmp_path, body)
    with pytest.raises(PromptError, match=message):
        load_prompt(name, folder=tmp_path)


def test_a_missing_prompt_file_names_the_path(tmp_path: Path) -> None:
    with pytest.raises(PromptError, match="rewrite-v99.toml"):
        load_prompt("rewrite-v99", folder=tmp_path)


def test_values_with_braces_are_inserted_as_they_are() -> None:
    _, user = load_prompt().messages(draft="Use {code} or {{x}}", customer="{", findings="}")
    assert "Use {code} or {{x}}" in user["content"]
    assert REWRITE_VARIABLES == {"draft", "customer", "findings"}
