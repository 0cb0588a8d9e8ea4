"""The shape of a reply: its greeting, its body, its sign-off.

A rewrite may change what the body says; it never touches the frame the agent
put around it. "Dear Mr. Okafor," stays whole and first, "Kind regards,\\nMaria"
and "^JB" stay last, a "1/2" thread marker stays at the very end, and anything
the coach adds goes inside: after the greeting, before the sign-off.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from bot.coach import rx

EMOJI_CHAR = r"[\U0001F300-\U0001FAFF\u2600-\u27BF]\uFE0F?"
"""One emoji, with the variation selector that may follow it."""
_HONORIFIC = r"(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sr|Sra|Srta|St|Fr|Herr|Frau|M|Mme|Mlle)\.?"
_NAME = r"(?!(?:Mr|Mrs|Ms|Mx|Dr|Prof|Mme|Mlle)\.)" \
        r"(?!(?i:you|your|i|i'm|i've|i'll|we|we're|our|the|this|that|it|thanks|thank|please|sorry|great|so|just|" \
        r"good)\b)" \
        r"(?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-][\w'’-]*|[A-Z]\.(?=[ \t]+[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ])|[A-Z]{1,3}\b)"
_LEADING_MARKER = r"(?:\(?\d{1,2}/\d{1,2}\)?[ \t]+)?"
"""A thread marker the message opens with, after its handles: "@rob 1/2 Hi Rob, …"."""
GREETING = rx.compile(
    r"(?P<handles>(?:[ \t]*\.?(?:@\w+|<@\w+>|__\w+__)[ \t]*)*" + _LEADING_MARKER + ")"
    r"(?P<greeting>[ \t]*(?i:hi|hello|hey|hiya|dear|greetings|(?:good )?(?:morning|afternoon|evening)|ol[áa]|hola|hallo|"
    r"bonjour|buongiorno|ciao|guten tag|moin|hej)"
    r"(?:[ \t]*,?[ \t]*(?:(?i:there|all|team|folks|everyone|both|sir(?:[ \t]*(?:/|or)[ \t]*madam)?|madam|customer|"
    r"member|supporter|guest|resident|student|colleague|valued customer|patient|client|passenger|tenant|parent|"
    r"applicant|policyholder|traveller|traveler|donor|friend|neighbour|user|carer|guardian)s?\b"
    r"(?:[ \t]*/[ \t]*(?i:carer|guardian|parent|student|customer|member|pupil)s?\b)?|@\w+(?:[.-]\w+)*|<@\w+>|"
    r"[A-Za-z][A-Za-z.]*(?:_\w*|\d\w*)(?=[ \t]*[,!.:])|[a-z]+[A-Z]\w*(?=[ \t]*[,!.:])|[a-z]+(?=[ \t]*!)|"
    r"(?:" + _HONORIFIC + r"[ \t]+(?:and|&)[ \t]+)?(?:" + _HONORIFIC + r"[ \t]+)?" + _NAME + r")"
    r"(?:[ \t]+(?:(?:" + _HONORIFIC + r"[ \t]+)?" + _NAME + r"|(?:and|&)[ \t]+(?:" + _HONORIFIC + r"[ \t]+)?" + _NAME
    + r"))*)?"
    r"[ \t]*(?:[,.!:]+|[ \t]*[—–][ \t]*|(?=\n)|[ \t]*(?:" + EMOJI_CHAR + r")+|"
    r"[ \t]+(?i:and (?:(?:thank you|thanks)(?: so much| very much)? for|welcome to) )[^.!?\n]{1,80}[.!]+))[ \t]*",
)
"""A salutation, with any @handles (or a redacted "__company__") before it: "@kendra_ross Hi Kendra,",
"Dear Mr. and Mrs. Okoro,", "Hey Ben!", or a handle or username for the name: "Hi @VexRunner_77,",
"Hi xShadowWolfx,", or whatever they are called in a game or a fan club: "Hey adventurer!". "Hello and thank you for
contacting SkyBlue Airways." greets in one sentence: nothing goes in front of its "Hello"."""
HANDLES_ONLY = rx.compile(r"(?:[ \t]*\.?(?:@\w+|<@\w+>|__\w+__))+[ \t]*" + _LEADING_MARKER)
SIGN_OFF = rx.compile(
    r"\n[ \t]*(?i:(?:with )?(?:kind|best|warm|warmest|many|all the)?[ \t]*(?:regards|wishes|thanks)|thanks(?: again)?|"
    r"thank you|cheers|best|sincerely|yours (?:sincerely|faithfully|truly)|take care|all the best|warmly|"
    r"speak soon|talk soon|regards|viele grüße|saludos|cordialement|atenciosamente|cordiali saluti|"
    r"met vriendelijke groet|pozdrawiam)[ \t]*[,.!]?[ \t]*(?:\n[^\n]{1,60}){0,4}[ \t]*\Z",
)
"""A sign-off block: "Kind regards,\\nMaria\\nCustomer Care" and the name lines under it."""
TRAILER = rx.compile(
    r"(?:[ \t]*(?:\^[\w.]+|[-–—~][ \t]?[A-Z][\w.]*(?:[ \t][A-Z][\w.]*)?|\(?\d{1,2}/\d{1,2}\)?|…|\.\.\.))+[ \t]*\Z"
)
"""Initials, a dashed signature and thread markers at the very end: "^JB", "- Tom", "1/2", "(2/3)"."""
SIGNATURE = rx.compile(r"\n[ \t]*\n[ \t]*(?:[A-Z][\w&'’.-]*[ \t]*){1,4}\Z")
"""A team or person name alone on the last line, after a blank line: "\n\nCustomer Services"."""


@dataclass(frozen=True, slots=True)
class Layout:
    """Where the body of a reply starts and ends; everything outside it is the agent's frame, kept as typed."""

    text: str
    body_start: int
    body_end: int

    @property
    def head(self) -> str:
        return self.text[: self.body_start]

    @property
    def body(self) -> str:
        return self.text[self.body_start : self.body_end]

    @property
    def tail(self) -> str:
        return self.text[self.body_end :]

    @property
    def greeting_on_own_line(self) -> bool:
        return "\n" in self.text[self.body_start - 2 : self.body_start] if self.body_start >= 2 else False


@lru_cache(maxsize=4096)
def layout(text: str) -> Layout:
    """Split ``text`` into greeting, body and sign-off (each may be empty)."""
    start = _body_start(text)
    end = _body_end(text, start)
    return Layout(text, start, max(start, end))


NAME_LINE = rx.compile(r"[ \t]*" + _NAME + r"(?:[ \t]+" + _NAME + r")?[ \t]*,[ \t]*(?=\n[ \t]*\n)")
"""A name alone on the first line, then a blank line, as a salutation: "Sophie,"."""


def _body_start(text: str) -> int:
    m = GREETING.match(text) or NAME_LINE.match(text) or HANDLES_ONLY.match(text)
    if not m or not m.group(0).strip():
        return len(text) - len(text.lstrip())
    end = m.end()
    while end < len(text) and text[end] in " \t\n":
        end += 1
    return end


def _body_end(text: str, start: int) -> int:
    end = len(text.rstrip())
    while True:
        found = (pattern.search(text, start, end) for pattern in (SIGN_OFF, TRAILER, SIGNATURE))
        cut = min((m.start() for m in found if m and m.start() > start), default=end)
        if cut == end:
            return end
        end = cut
        while end > start and text[end - 1] in " \t\n":
            end -= 1
