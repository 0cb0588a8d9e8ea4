"""The Teams app package: the manifest's required fields, the icons' sizes, and ``empathy-coach teams-package``."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from bot.cli import main
from bot.resources import manifest_dir
from bot.teams.package import ICON_SIZES, Details, PackageError, build, fill, png_has_alpha, png_size, validate

SOURCE = manifest_dir() / "teams"
APP_ID = "1b2c3d4e-0000-1111-2222-333344445555"
DETAILS = Details(APP_ID, "1.2.3", "Support Ops", "https://coach.example.org", "https://coach.example.org/privacy",
                  "https://coach.example.org/terms")


def manifest() -> dict:
    return fill((SOURCE / "manifest.json").read_text(encoding="utf-8"), DETAILS)


def test_the_manifest_has_every_required_field_and_this_apps_bot_and_extension() -> None:
    filled = manifest()
    validate(filled)
    assert filled["id"] == APP_ID and filled["version"] == "1.2.3"
    [bot] = filled["bots"]
    assert bot["botId"] == APP_ID and bot["scopes"] == ["personal"]
    commands = [c["title"] for c in bot["commandLists"][0]["commands"]]
    assert commands == ["check", "practice", "progress", "settings", "forget-me", "help"]
    [extension] = filled["composeExtensions"]
    [action] = extension["commands"]
    assert (action["type"], action["title"], action["fetchTask"]) == ("action", "Check with Empathy Coach", True)
    assert {"compose", "message"} <= set(action["context"])


@pytest.mark.parametrize(("name", "size"), sorted(ICON_SIZES.items()))
def test_the_icons_have_the_sizes_teams_requires(name: str, size: tuple[int, int]) -> None:
    assert png_size((SOURCE / name).read_bytes()) == size


def test_the_outline_icon_is_white_on_transparent() -> None:
    data = (SOURCE / "outline.png").read_bytes()
    assert png_has_alpha(data)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda m: m.pop("accentColor"), "lacks accentColor"),
        (lambda m: m["name"].update(short="x" * 31), "name.short"),
        (lambda m: m["bots"][0].update(botId="someone-else"), "one bot"),
        (lambda m: m["bots"][0].update(scopes=["team"]), "personal scope"),
        (lambda m: m["composeExtensions"][0].update(botId="x"), "message extension"),
        (lambda m: m["developer"].pop("privacyUrl"), "developer.privacyUrl"),
        (lambda m: m.update(description={"short": "ok", "full": "{{UNFILLED}}"}), "placeholder"),
    ],
)
def test_validation_names_what_is_wrong(change, message: str) -> None:
    broken = manifest()
    change(broken)
    with pytest.raises(PackageError, match=message):
        validate(broken)


def test_teams_package_builds_an_uploadable_zip(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "app.zip"
    code = main(["teams-package", "--app-id", APP_ID, "--out", str(out), "--website", "https://coach.example.org",
                 "--version", "2.0.1"])
    assert code == 0, capsys.readouterr().err
    with zipfile.ZipFile(out) as package:
        assert sorted(package.namelist()) == ["color.png", "manifest.json", "outline.png"]
        packed = json.loads(package.read("manifest.json"))
        assert png_size(package.read("color.png")) == (192, 192)
    assert packed["id"] == packed["bots"][0]["botId"] == APP_ID
    assert packed["version"] == "2.0.1"
    assert packed["developer"]["privacyUrl"] == "https://coach.example.org/privacy"
    assert "{{" not in json.dumps(packed)


@pytest.mark.parametrize(
    ("arguments", "complaint"),
    [
        (["--app-id", "my-bot"], "is not an app id"),
        (["--app-id", APP_ID, "--website", "http://insecure.example"], "https://"),
        (["--app-id", APP_ID, "--version", "1.0"], "three numbers"),
    ],
)
def test_bad_package_options_are_refused_and_no_zip_is_left(tmp_path: Path, capsys, arguments, complaint) -> None:
    out = tmp_path / "app.zip"
    assert main(["teams-package", *arguments, "--out", str(out)]) == 2
    assert complaint in capsys.readouterr().err
    assert not out.exists()


def test_a_wrong_sized_icon_is_refused(tmp_path: Path) -> None:
    for name in ("manifest.json", "outline.png"):
        (tmp_path / name).write_bytes((SOURCE / name).read_bytes())
    (tmp_path / "color.png").write_bytes((SOURCE / "outline.png").read_bytes())
    with pytest.raises(PackageError, match="32×32 pixels; Teams needs 192×192"):
        build(tmp_path, DETAILS, tmp_path / "app.zip")


def test_a_value_with_quotes_cannot_break_the_manifest() -> None:
    filled = fill((SOURCE / "manifest.json").read_text(encoding="utf-8"),
                  Details(APP_ID, "1.0.0", 'ACME "Support", Inc.', "https://a.example", "https://a.example/p",
                          "https://a.example/t"))
    assert filled["developer"]["name"] == 'ACME "Support", Inc.'


def test_every_command_the_manifest_suggests_is_one_the_bot_understands() -> None:
    from bot.teams import commands

    [bot] = manifest()["bots"]
    for command in bot["commandLists"][0]["commands"]:
        assert not isinstance(commands.parse(command["title"]), commands.Unknown), command["title"]
        assert len(command["description"]) <= 128  # Teams' limit
