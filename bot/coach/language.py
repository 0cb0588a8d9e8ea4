"""Which language a text is written in, so the coach only judges what it can read.

The offline engine's cues are English. Reading a Spanish reply with them gives
English findings that make no sense and a score near zero, so every part of the
coach asks here first and stays quiet about what it can't read.

Most drafts are plainly English, and that is decided cheaply from everyday
function words. Only a text that isn't goes to a language identifier (py3langid,
loaded on first use), which also names the language for the notice the agent sees.
"""

from __future__ import annotations

from functools import cache, lru_cache
from itertools import islice
from typing import TYPE_CHECKING

from bot.coach.text import WORD, read

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier

ENGLISH = "en"
UNKNOWN = "und"
"""Too little text to tell (a link, an emoji, "OK"): read as English, since nothing would be said about it."""

SAMPLE_WORDS = 80
"""Enough words to tell the language of a reply without reading all of a long one."""
MIN_WORDS = 3
ENGLISH_SHARE = 0.2
"""Everyday English words make up about half of any English sentence; a fifth leaves room for lists of
names, ids and product words, and is still far above what a text in another language reaches."""

_ENGLISH_WORDS = frozenset(
    """a about after again all also am an and any are as at be because been before but by can can't could
    did didn't do does don't for from get got had has have he her here hi his how i i'd i'll i'm i've if in
    into is it it's its just know let me more my no not now of on or our out please so sorry some than
    thank thanks that that's the their them then there they this to up us very was we we'll we're we've were
    what when where which who will with would you you'll you're your yes hello dear""".split()
)
CONFIDENT = 0.6
"""Below this the identifier is guessing, as it does for a line of flight numbers and airport codes."""
_LANGUAGES = (
    "en es de fr pt it nl sv da no fi pl cs sk sl hr ro hu tr el ru uk bg ar he fa hi bn ur ta id ms vi th "
    "zh ja ko tl sw ca eu gl et lv lt"
).split()
"""What the identifier may answer: the languages support teams write in. Leaving out the rest keeps it
from naming a rare language for a short, noisy message."""
NAMES = {
    "es": "Spanish", "de": "German", "fr": "French", "pt": "Portuguese", "it": "Italian", "nl": "Dutch",
    "sv": "Swedish", "da": "Danish", "no": "Norwegian", "fi": "Finnish", "pl": "Polish", "cs": "Czech",
    "sk": "Slovak", "sl": "Slovenian", "hr": "Croatian", "ro": "Romanian", "hu": "Hungarian", "tr": "Turkish",
    "el": "Greek", "ru": "Russian", "uk": "Ukrainian", "bg": "Bulgarian", "ar": "Arabic", "he": "Hebrew",
    "fa": "Persian", "hi": "Hindi", "bn": "Bengali", "ur": "Urdu", "ta": "Tamil", "id": "Indonesian",
    "ms": "Malay", "vi": "Vietnamese", "th": "Thai", "zh": "Chinese", "ja": "Japanese", "ko": "Korean",
    "tl": "Tagalog", "sw": "Swahili", "ca": "Catalan", "eu": "Basque", "gl": "Galician", "et": "Estonian",
    "lv": "Latvian", "lt": "Lithuanian",
}


def language_name(code: str) -> str:
    """"Spanish" for "es": what a notice says to an agent."""
    return NAMES.get(code, "another language")


@lru_cache(maxsize=4096)
def language_of(text: str | None) -> str:
    """The ISO 639-1 code of the language ``text`` is written in; ``UNKNOWN`` when there is too little to tell.

    Links, code, mentions and emails are left out first: a Spanish reply with an English URL is Spanish.
    """
    if not text:
        return UNKNOWN
    draft = read(text)
    words = [w.replace("’", "'") for w in islice((m.group(0) for m in WORD.finditer(draft.lower)), SAMPLE_WORDS)]
    if not words:
        return UNKNOWN
    latin = sum(len(w) for w in words if w.isascii() or all(c < "ɏ" for c in w))
    if latin < 0.6 * sum(len(w) for w in words):
        return _identify(" ".join(words))
    if len(words) < MIN_WORDS:
        return UNKNOWN
    if sum(w in _ENGLISH_WORDS for w in words) >= ENGLISH_SHARE * len(words):
        return ENGLISH
    return _identify(" ".join(words))


def reads_as_english(text: str | None) -> bool:
    """Whether the offline engine can judge ``text``: English, or too short to be anything else."""
    return language_of(text) in (ENGLISH, UNKNOWN)


def _identify(words: str) -> str:
    code, probability = _identifier().classify(words)
    return str(code) if probability >= CONFIDENT else UNKNOWN


@cache
def _identifier() -> LanguageIdentifier:
    """Loaded once, on the first text that isn't plainly English: loading takes most of a second."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(_LANGUAGES)
    return identifier
