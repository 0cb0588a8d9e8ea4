"""What an agent typed in the personal chat, read as one command.

Agents paste drafts far more often than they type commands, so anything that
isn't a command and reads like a reply is checked; a lone unknown word gets a
pointer to ``help`` instead of a score for "hi".
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.teams.submits import CheckDraft, ShowForm, StartPractice


@dataclass(frozen=True, slots=True)
class Help:
    pass


@dataclass(frozen=True, slots=True)
class ShowProgress:
    pass


@dataclass(frozen=True, slots=True)
class ShowSettings:
    pass


@dataclass(frozen=True, slots=True)
class AskForget:
    pass


@dataclass(frozen=True, slots=True)
class ShowTeam:
    pass


@dataclass(frozen=True, slots=True)
class AssignLesson:
    lesson_id: str


@dataclass(frozen=True, slots=True)
class Unknown:
    word: str


Command = (Help | ShowProgress | ShowSettings | AskForget | ShowTeam | AssignLesson | ShowForm | CheckDraft
           | StartPractice | Unknown)

WORDS = {
    "help": Help(),
    "?": Help(),
    "hi": Help(),
    "hello": Help(),
    "progress": ShowProgress(),
    "settings": ShowSettings(),
    "forget-me": AskForget(),
    "forgetme": AskForget(),
    "practice": StartPractice(None),
    "team": ShowTeam(),
}


def parse(text: str) -> Command:
    stripped = text.strip()
    if not stripped:
        return Help()
    first, rest = (stripped.split(maxsplit=1) + [""])[:2]
    word = first.lower().rstrip(".!:")
    if word == "check":
        # "check" alone opens the form; the draft may also start on the next line.
        return CheckDraft(rest, None) if rest else ShowForm()
    if word == "forget" and rest.lower() == "me":
        return AskForget()
    if word == "team" and rest.lower().startswith("assign") and len(rest.split()) == 2:
        return AssignLesson(rest.split()[1])
    if word == "practice" and rest and len(rest.split()) == 1:
        # "practice late-delivery"; a draft that merely starts with the word has more words than that.
        return StartPractice(rest.strip())
    if not rest:
        return WORDS.get(word, Unknown(first))
    return CheckDraft(stripped, None)
