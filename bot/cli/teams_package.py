"""``teams-package``: build the zip to upload to Teams, from the manifest and icons shipped with the coach.

It reads files and writes a zip: nothing here imports the Bot Framework SDK.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from bot.cli.command import CommandError, complain, installed_version

if TYPE_CHECKING:
    from bot.cli.command import Subcommands
    from bot.settings import Settings

PLACEHOLDER_WEBSITE = "https://example.com/empathy-coach"


def register(commands: Subcommands) -> None:
    package = commands.add_parser("teams-package", help="build the Teams app package (a zip to upload)")
    package.add_argument("--app-id", required=True, metavar="GUID", help="the bot's Microsoft App ID")
    package.add_argument("--out", default="empathy-coach-teams.zip", metavar="ZIP", help="where to write it")
    package.add_argument("--developer", default="Empathy Coach", metavar="NAME", help="shown as the publisher")
    package.add_argument("--website", metavar="URL", help="your https:// page about the coach")
    package.add_argument("--privacy-url", metavar="URL", help="default: the website + /privacy")
    package.add_argument("--terms-url", metavar="URL", help="default: the website + /terms")
    package.add_argument("--version", dest="app_version", metavar="X.Y.Z",
                         help="the app's version; raise it for each upload (default: this coach's version)")
    package.set_defaults(command=_teams_package)


def _teams_package(args: argparse.Namespace, settings: Settings) -> int:
    from pathlib import Path

    from bot.resources import manifest_dir
    from bot.teams.package import Details, PackageError, build

    website = (args.website or PLACEHOLDER_WEBSITE).rstrip("/")
    if args.website is None:
        complain(f"no --website given, so the package links to {PLACEHOLDER_WEBSITE}: fine for sideloading, "
                 "but pass --website (and --privacy-url, --terms-url) before publishing to your organisation.")
    details = Details(
        app_id=args.app_id.strip(),
        version=args.app_version or _package_version(),
        developer=args.developer,
        website=website,
        privacy_url=args.privacy_url or f"{website}/privacy",
        terms_url=args.terms_url or f"{website}/terms",
    )
    out = Path(args.out)
    try:
        build(manifest_dir() / "teams", details, out)
    except PackageError as error:
        out.unlink(missing_ok=True)
        raise CommandError(str(error), 2) from error
    except OSError as error:
        raise CommandError(f"Can't write {out}: {error.strerror or error}.", 1) from error
    print(f"Wrote {out}: upload it in Teams under Apps > Manage your apps > Upload an app.")
    return 0


def _package_version() -> str:
    """The installed coach's version, as Teams wants it (three numbers)."""
    installed = installed_version()
    if installed is None:
        return "1.0.0"
    return ".".join((installed.split("+")[0].split(".") + ["0", "0"])[:3])
