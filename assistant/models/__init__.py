"""The models Hearth knows (catalog), where they are installed and how they are
checked (installation), and what the config points at (resolution).

Model files come from PyPI packages that carry them; no model hub is ever contacted.
Everything a caller needs is importable from here: ``from hearth.assistant import
models; models.resolve(config, "stt")``.
"""

from hearth.assistant.models.catalog import (
    CATALOG,
    KINDS,
    CatalogModel,
    Kind,
    ModelFile,
    catalog_entry,
    default_ids,
)
from hearth.assistant.models.installation import (
    install,
    install_dir,
    is_bundled,
    is_installed,
    remove,
    sha256_file,
    source_available,
    verify_installed,
)
from hearth.assistant.models.resolution import (
    MULTILINGUAL_STT,
    ResolvedModel,
    active_spec,
    resolve,
    resolve_spec,
    stt_spec,
)

__all__ = [
    "CATALOG",
    "KINDS",
    "MULTILINGUAL_STT",
    "CatalogModel",
    "Kind",
    "ModelFile",
    "ResolvedModel",
    "active_spec",
    "catalog_entry",
    "default_ids",
    "install",
    "install_dir",
    "is_bundled",
    "is_installed",
    "remove",
    "resolve",
    "resolve_spec",
    "sha256_file",
    "source_available",
    "stt_spec",
    "verify_installed",
]
