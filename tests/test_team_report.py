"""``empathy-coach report``: the team report in the terminal, as JSON, and as one HTML file a real browser draws."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from png import read_png

from bot.cli import main
from bot.cli.team_html import COLOURS
from bot.coach.checks.model import CheckResult
from bot.store import Store

SECRET = "Invoice 88123 for Marguerite Okafor"
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def fill(db_path: Path, make_result: Callable[..., CheckResult], *, agents: int = 8, store_text: bool = True) -> None:
    """Four weeks of checks, the last this Monday, scores rising week by week, with draft text stored."""
    now = datetime.now(UTC)
    monday = datetime.combine(now.date() - timedelta(days=now.weekday()), datetime.min.time(), UTC)
    current = [now]
    with Store.open(db_path, clock=lambda: current[0]) as store:
        for week in range(4):
            for number in range(agents):
                at = monday - timedelta(weeks=3 - week) + timedelta(seconds=number)
                current[0] = at
                result = make_result(score=40 + 10 * week + number, rules=("E301", "E101")[: 1 + week % 2],
                                     dimensions={name: 0.2 + 0.15 * week for name in
                                                 ("acknowledge", "reflect", "explore", "own", "respect")},
                                     draft=SECRET, customer=SECRET)
                store.record_check(f"slack:T1:U{number}", result, "slack", store_text=store_text)


def test_the_report_prints_weekly_team_figures_and_never_the_stored_text(
    cli_env: Path, make_result, capsys
) -> None:
    fill(cli_env, make_result)
    assert main(["report"]) == 0
    out = capsys.readouterr().out
    assert "8 active agents, 32 checks in the 4 weeks" in out
    assert "Suggested focus: no next step" in out and "next-steps-follow-up" in out
    assert "88123" not in out and "Okafor" not in out


def test_the_json_report_has_one_entry_per_week(cli_env: Path, make_result, capsys) -> None:
    fill(cli_env, make_result)
    assert main(["report", "--json", "--weeks", "6"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert [week["checks"] for week in report["weeks"]][-4:] == [8, 8, 8, 8]
    assert report["weeks"][0]["active_agents"] is None, "a week nobody was active is withheld, not zero"
    medians = [week["median_score"] for week in report["weeks"][-4:]]
    assert medians == sorted(medians) and medians[0] < medians[-1]
    assert report["minimum_agents"] == 5 and "88123" not in json.dumps(report)


def test_a_small_team_gets_the_reason_instead_of_figures(cli_env: Path, make_result, capsys) -> None:
    fill(cli_env, make_result, agents=4)
    assert main(["report", "--team", "slack:T1"]) == 0
    out = capsys.readouterr().out
    assert "Not enough agents yet to show this without identifying someone." in out
    assert "median" not in out


@pytest.mark.parametrize("weeks", ["0", "53", "two", "-1"])
def test_a_bad_number_of_weeks_is_a_usage_error(cli_env: Path, capsys, weeks: str) -> None:
    assert main(["report", "--weeks", weeks]) == 2
    assert "weeks from 1 to 52" in capsys.readouterr().err


def test_the_html_report_is_one_file_that_fetches_nothing(cli_env: Path, make_result, tmp_path: Path) -> None:
    fill(cli_env, make_result)
    out = tmp_path / "report.html"
    assert main(["report", "--html", str(out)]) == 0
    html = out.read_text(encoding="utf-8")
    assert html.count("<svg") == 2, "the score trend and the findings by week (no lessons were sent)"
    for fetching in ("<script", "<link", "<img", "src=", "href=", "url(", "@import"):
        assert fetching not in html
    assert re.findall(r"https?://[^\"' ]+", html) == ["http://www.w3.org/2000/svg"] * 2, "only the SVG namespace"
    assert "@media print" in html
    assert "88123" not in html and "Okafor" not in html


def test_an_unwritable_html_path_is_reported_in_one_line(cli_env: Path, make_result, tmp_path, capsys) -> None:
    fill(cli_env, make_result)
    assert main(["report", "--html", str(tmp_path / "missing" / "report.html")]) == 1
    assert "Can't write" in capsys.readouterr().err


def browser() -> str | None:
    return next((found for name in BROWSERS if (found := shutil.which(name))), None)


def test_the_html_report_draws_its_charts_in_a_real_browser(cli_env: Path, make_result, tmp_path: Path) -> None:
    chromium = browser()
    if chromium is None:
        pytest.skip("No Chromium installed, so the HTML report was not rendered in a browser: run "
                    "scripts/install-browser to include this test.")
    fill(cli_env, make_result)
    page, shot = tmp_path / "report.html", tmp_path / "report.png"
    assert main(["report", "--html", str(page)]) == 0
    subprocess.run(
        [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=800,900",
         f"--screenshot={shot}", page.as_uri()],
        check=True, capture_output=True, timeout=120,
    )
    width, height, pixels = read_png(shot)
    assert (width, height) == (800, 900)
    white = sum(1 for row in pixels for pixel in row if min(pixel) > 245)
    assert white < 0.97 * width * height, "the page is blank"

    def dark(pixel: tuple[int, int, int]) -> bool:
        return max(pixel) < 120 and max(pixel) - min(pixel) < 25

    longest_row = max(_longest_run([dark(pixel) for pixel in row]) for row in pixels)
    longest_column = max(_longest_run([dark(pixels[y][x]) for y in range(height)]) for x in range(width))
    assert longest_row > 250, "an x axis is drawn"
    assert longest_column > 120, "a y axis is drawn"
    first_series = tuple(int(COLOURS[0][i:i + 2], 16) for i in (1, 3, 5))
    coloured = sum(1 for row in pixels for pixel in row
                   if all(abs(a - b) < 30 for a, b in zip(pixel, first_series)))
    assert coloured > 500, "the charts' lines and bars are drawn in colour"


def _longest_run(flags: list[bool]) -> int:
    best = current = 0
    for flag in flags:
        current = current + 1 if flag else 0
        best = max(best, current)
    return best
