"""The installed wheel: built from this tree, installed into a fresh virtual environment, run from elsewhere.

It catches what only an install shows: a package missing from pyproject's
``packages`` list, data files left out of the wheel, a path that resolves only
inside a checkout. Offline and quick: the wheel is built with this environment's
setuptools (no build isolation), only the wheel is installed, and the fresh
environment then borrows this one's dependencies through a ``.pth`` file.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ("bot", "prompts", "manifest", "pyproject.toml", "README.md")
DRAFT = "Calm down. As I already said, refunds take 10 days."


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The wheel, and the folder it was built in (a copy of the sources, so the checkout gets no build files)."""
    work = tmp_path_factory.mktemp("wheel")
    source = work / "source"
    for name in SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(ROOT / name, source / name)
    run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index", "--quiet",
         "--wheel-dir", str(work / "dist"), str(source)])
    [wheel] = (work / "dist").glob("*.whl")
    return wheel, work


@pytest.fixture(scope="module")
def installed(built: tuple[Path, Path]) -> Path:
    """The bin folder of a fresh environment holding the wheel."""
    wheel, work = built
    env = work / "env"
    venv.create(env, with_pip=False)
    bin_dir = env / ("Scripts" if os.name == "nt" else "bin")
    python = bin_dir / ("python.exe" if os.name == "nt" else "python")
    run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--no-index", "--quiet",
         str(wheel)])
    # Only now: seeing this environment's packages (the editable coach among them) would make pip replace it.
    purelib = run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"]).stdout.strip()
    Path(purelib, "borrowed-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    return bin_dir


def run(argv: list[str], **options: object) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(argv, capture_output=True, text=True, timeout=120, **options)
    assert done.returncode == 0, f"{argv}\n{done.stdout}\n{done.stderr}"
    return done


def test_the_wheel_holds_every_package_and_every_data_file(built: tuple[Path, Path]) -> None:
    wheel, _ = built
    names = set(zipfile.ZipFile(wheel).namelist())
    packages = {path.relative_to(ROOT).as_posix() for path in (ROOT / "bot").rglob("__init__.py")}
    assert packages <= names
    for folder, packaged in (("prompts", "bot/prompts"), ("manifest", "bot/manifests")):
        shipped = {path.relative_to(ROOT / folder).as_posix() for path in (ROOT / folder).rglob("*") if path.is_file()}
        assert {f"{packaged}/{name}" for name in shipped} <= names, folder


def test_the_installed_command_checks_practises_teaches_and_serves_from_outside_the_checkout(
    installed: Path, tmp_path: Path
) -> None:
    environ = {name: value for name, value in os.environ.items()
               if name not in ("PYTHONPATH", "COACH_DB", "OPENAI_API_KEY", "AZURE_OPENAI_API_KEY",
                               "SLACK_BOT_TOKEN", "MicrosoftAppId")}
    environ.update(HOME=str(tmp_path), COACH_DB=str(tmp_path / "coach.db"))
    command = str(installed / "empathy-coach")
    expected = {
        ("check", DRAFT): "Score",
        ("practice", "--list"): "late-delivery",
        ("lessons",): "Empathy basics",
        ("serve", "--help"): "--host",
    }
    runs = {argv: subprocess.Popen([command, *argv], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                   cwd=tmp_path, env=environ)
            for argv in expected}
    for argv, process in runs.items():
        out, err = process.communicate(timeout=120)
        assert process.returncode == 0, (argv, err)
        assert expected[argv] in out, argv
    where = run([str(installed / "python"), "-c", "import bot.resources as r; print(r.__file__, r.prompts_dir())"],
                cwd=tmp_path, env=environ).stdout.split()
    assert all(Path(path).is_relative_to(installed.parent) for path in where), "the coach ran from the checkout"
