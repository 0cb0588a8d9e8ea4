"""Plain-text views of a check and of progress, for people reading a terminal.

Machines get ``--json`` instead; nothing here is meant to be parsed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.cli.terminal import Style
from bot.coach.checks.model import TO_ADD_HEADING
from bot.coach.text import bar, counted

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import date

    from bot.coach.checks.model import CheckResult
    from bot.services import LLMStats
    from bot.services.checks import Progress

BAR_WIDTH = 10
SEVERITY_COLOURS = {"high": "red", "medium": "yellow", "low": "cyan"}
INDENT = "  "


def score_colour(score: float) -> str:
    return "green" if score >= 70 else "yellow" if score >= 40 else "red"


def render_check(result: CheckResult, style: Style, glyphs: tuple[str, str]) -> str:
    notice = result.language_notice()
    if notice:
        return "\n".join([notice, *([""] + _rewrite_lines(result, style) if result.changed else [])])
    lines = [
        f"{style('Score', 'bold')} {style(f'{result.score}/100', 'bold', score_colour(result.score))}"
        f"   (the rewrite scores {style(f'{result.rewrite_score}/100', score_colour(result.rewrite_score))})",
        "",
        *_dimension_lines(result.analysis.dimension_values(), style, glyphs),
        "",
        *_finding_lines(result, style),
        "",
        *_rewrite_lines(result, style),
    ]
    return "\n".join(lines)


def _dimension_lines(values: dict[str, float], style: Style, glyphs: tuple[str, str]) -> list[str]:
    width = max(map(len, values), default=0)
    return [
        f"{INDENT}{name:<{width}}  {style(bar(value, BAR_WIDTH, glyphs), score_colour(value * 100))}  {value:.2f}"
        for name, value in values.items()
    ]


def _finding_lines(result: CheckResult, style: Style) -> list[str]:
    if not result.findings:
        return [style("Findings", "bold") + ": none."]
    lines = [style(f"Findings ({len(result.findings)})", "bold")]
    pad = INDENT + " " * 8
    for finding in result.findings:
        quoted = result.analysis.text[finding.start : finding.end]
        head = f"{INDENT}{style(f'{finding.severity:<6}', SEVERITY_COLOURS[finding.severity])}  {finding.rule}"
        lines.append(f'{head}  "{quoted}"' if quoted.strip() else head)
        lines.append(f"{pad}{finding.message}")
        lines.append(style(f"{pad}Why: {finding.why}", "dim"))
    return lines


def _rewrite_lines(result: CheckResult, style: Style) -> list[str]:
    note = []
    if result.llm_failure:
        note = [style(f"(The LLM rewrite was not used: {result.llm_failure}. This is the offline rewrite.)", "dim")]
    lines = []
    if not result.changed:
        lines = [style("Rewrite", "bold") + ": no changes suggested.", *note]
    else:
        title = "Rewrite (LLM, checked by the coach)" if result.engine == "llm" else "Rewrite"
        lines = [style(title, "bold"), *note]
        lines += [INDENT + line for line in result.rewrite.splitlines()]
        lines += ["", style("What changed", "bold")]
        lines += [f"{INDENT}- {change.rule}: {change.change} — {change.why}" for change in result.edits]
    if result.to_add:
        lines += ["", style(TO_ADD_HEADING, "bold")]
        lines += [f"{INDENT}- {change.rule}: {change.change} — {change.why}" for change in result.to_add]
    return lines


def render_llm_stats(stats: LLMStats, days: int) -> str:
    period = f"in the last {days} days" if days else "so far"
    if not stats.calls:
        return f"No LLM rewrites {period}."
    share = round(100 * stats.used / stats.calls)
    lines = [
        f"LLM rewrites {period}: {stats.calls} asked, {stats.used} used ({share}%), {stats.cached} from the cache",
        f"Tokens: {stats.prompt_tokens:,} prompt + {stats.completion_tokens:,} completion "
        f"= {stats.prompt_tokens + stats.completion_tokens:,}",
    ]
    if stats.failures:
        lines.append("Not used: " + ", ".join(f"{reason} ({count})" for reason, count in stats.failures))
    lines += [f"Prompt {version}: {calls} asked, {used} used" for version, calls, used in stats.prompts]
    return "\n".join(lines)


def render_undelivered(undelivered: Sequence[tuple[str, date, str]], days: int) -> str:
    """Lessons that failed every attempt: the agents someone should look into, with the platform's last answer.
    Empty when there are none."""
    if not undelivered:
        return ""
    period = f"in the last {days} days" if days else "so far"
    lines = [f"Daily lessons {period}: {counted(len(undelivered), 'lesson')} not delivered after every attempt:"]
    lines += [f"{INDENT}{day.isoformat()}  {user}  {error}" for user, day, error in undelivered]
    return "\n".join(lines)


def render_progress(progress: Progress, style: Style, glyphs: tuple[str, str]) -> str:
    period = f"the last {progress.days} days"
    if not progress.checks:
        return f'No checks in {period}. Try one: empathy-coach check "your draft reply"'
    checks = counted(progress.checks, "check")
    assert progress.average_score is not None
    average = style(f"{progress.average_score:.0f}/100", "bold", score_colour(progress.average_score))
    lines = [f"{style(checks, 'bold')} in {period}, average score {average}{progress.trend_phrase()}", ""]
    lines += _dimension_lines(progress.dimensions, style, glyphs)
    lines += ["", f"Strongest: {progress.strongest}    Needs the most work: {progress.weakest}"]
    if progress.top_rules:
        frequent = ", ".join(f"{rule} ({count})" for rule, count in progress.top_rules)
        lines.append(f"Most frequent findings (checks): {frequent}")
    return "\n".join(lines)

