"""The Teams app package: ``manifest/teams`` with its placeholders filled in, checked, and zipped.

Teams rejects a package with a vague "manifest parsing has failed", so the
checks Teams makes that matter for this app are made here first, each with a
message that says what to change. It needs no botbuilder: building a package
is an admin's job on any machine.
"""

from __future__ import annotations

import json
import re
import struct
import zipfile
from dataclasses import dataclass
from pathlib import Path

MANIFEST = "manifest.json"
ICON_SIZES = {"color.png": (192, 192), "outline.png": (32, 32)}
PLACEHOLDER = re.compile(r"\{\{([A-Z_]+)\}\}")
GUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
VERSION = re.compile(r"\d{1,3}\.\d{1,3}\.\d{1,3}")
REQUIRED = ("manifestVersion", "version", "id", "developer", "name", "description", "icons", "accentColor")
SHORT_LIMITS = {("name", "short"): 30, ("name", "full"): 100, ("description", "short"): 80,
                ("description", "full"): 4000}
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


class PackageError(ValueError):
    """The manifest or an icon is not what Teams accepts; the message names the field or file."""


@dataclass(frozen=True, slots=True)
class Details:
    app_id: str
    """The bot's Microsoft App ID (its Azure app registration), which Teams also uses as the app's id."""
    version: str
    developer: str
    website: str
    privacy_url: str
    terms_url: str

    def values(self) -> dict[str, str]:
        return {"APP_ID": self.app_id, "VERSION": self.version, "DEVELOPER_NAME": self.developer,
                "WEBSITE_URL": self.website, "PRIVACY_URL": self.privacy_url, "TERMS_URL": self.terms_url}


def build(source: Path, details: Details, out: Path) -> dict:
    """Write the zip Teams uploads to ``out`` and return the manifest it holds."""
    manifest = fill(read_text(source / MANIFEST), details)
    validate(manifest)
    icons = {name: read_icon(source / name, size) for name, size in ICON_SIZES.items()}
    if not png_has_alpha(icons["outline.png"]):
        raise PackageError(f"{source / 'outline.png'} has no transparency; Teams needs a white outline on a "
                           "transparent background.")
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        # Teams wants every file at the top of the zip, not in a folder.
        package.writestr(MANIFEST, json.dumps(manifest, indent=2, ensure_ascii=False))
        for name, data in icons.items():
            package.writestr(name, data)
    return manifest


def fill(template: str, details: Details) -> dict:
    if not GUID.fullmatch(details.app_id):
        raise PackageError(f"--app-id {details.app_id!r} is not an app id: copy the Application (client) ID, "
                           "a GUID like 1b2c3d4e-..., from the bot's Azure app registration.")
    if not VERSION.fullmatch(details.version):
        raise PackageError(f"The version {details.version!r} must be three numbers, like 1.0.0.")
    for flag, url in (("--website", details.website), ("--privacy-url", details.privacy_url),
                      ("--terms-url", details.terms_url)):
        if not url.startswith("https://"):
            raise PackageError(f"{flag} {url!r} must be an https:// address; Teams refuses others.")
    values = details.values()
    try:
        manifest = json.loads(template)
    except json.JSONDecodeError as error:
        raise PackageError(f"{MANIFEST} is not valid JSON: {error}.") from error
    filled = _replace(manifest, values)
    assert isinstance(filled, dict)
    return filled


def _replace(node: object, values: dict[str, str]) -> object:
    """Fill placeholders inside string values, so a value with quotes can't break the JSON."""
    if isinstance(node, dict):
        return {key: _replace(value, values) for key, value in node.items()}
    if isinstance(node, list):
        return [_replace(item, values) for item in node]
    if isinstance(node, str):
        def value(match: re.Match[str]) -> str:
            if match[1] not in values:
                raise PackageError(f"{MANIFEST} has a placeholder {match[0]} that nothing fills.")
            return values[match[1]]

        return PLACEHOLDER.sub(value, node)
    return node


def validate(manifest: dict) -> None:
    """The fields Teams requires of any app, and what this app's bot and message extension need."""
    missing = [field for field in REQUIRED if not manifest.get(field)]
    if missing:
        raise PackageError(f"{MANIFEST} lacks {', '.join(missing)}.")
    for (section, key), limit in SHORT_LIMITS.items():
        text = manifest[section].get(key, "")
        if not text or len(text) > limit:
            raise PackageError(f"{MANIFEST}: {section}.{key} must be 1 to {limit} characters.")
    for key in ("name", "websiteUrl", "privacyUrl", "termsOfUseUrl"):
        if not manifest["developer"].get(key):
            raise PackageError(f"{MANIFEST}: developer.{key} is required.")
    if manifest["icons"] != {"color": "color.png", "outline": "outline.png"}:
        raise PackageError(f"{MANIFEST}: icons must name color.png and outline.png.")
    app_id = manifest["id"]
    bots = manifest.get("bots") or []
    if len(bots) != 1 or bots[0].get("botId") != app_id or "personal" not in bots[0].get("scopes", []):
        raise PackageError(f"{MANIFEST}: there must be one bot, with botId equal to id and the personal scope.")
    extensions = manifest.get("composeExtensions") or []
    if not extensions or any(extension.get("botId") != app_id for extension in extensions):
        raise PackageError(f"{MANIFEST}: the message extension must use the bot's id as its botId.")
    leftover = PLACEHOLDER.search(json.dumps(manifest))
    if leftover:
        raise PackageError(f"{MANIFEST} still has the placeholder {leftover[0]}.")


def read_icon(path: Path, size: tuple[int, int]) -> bytes:
    data = read_bytes(path)
    actual = png_size(data)
    if actual is None:
        raise PackageError(f"{path} is not a PNG image.")
    if actual != size:
        raise PackageError(f"{path} is {actual[0]}×{actual[1]} pixels; Teams needs {size[0]}×{size[1]}.")
    return data


def png_size(data: bytes) -> tuple[int, int] | None:
    """Width and height from the PNG header, which is all Teams checks about an icon's size."""
    if len(data) < 24 or not data.startswith(PNG_SIGNATURE) or data[12:16] != b"IHDR":
        return None
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def png_has_alpha(data: bytes) -> bool:
    """Colour types 4 and 6 carry an alpha channel: the outline icon must be transparent around the shape."""
    return len(data) > 25 and data[25] in (4, 6)


def read_text(path: Path) -> str:
    return read_bytes(path).decode("utf-8")


def read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise PackageError(f"Can't read {path}: {error.strerror or error}.") from error
