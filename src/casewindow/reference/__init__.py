"""The Learning Together reference lists (factor framework, patterns, conversation structure…),
shipped with the application as versioned data. A version is stored with everything coded
against it, so a later edit of the lists never changes a finished review."""

from functools import cache
from pathlib import Path
from typing import Any

import yaml

REFERENCE_DIR = Path(__file__).resolve().parent
CURRENT_VERSION = "v1"


@cache
def reference_list(name: str, version: str = CURRENT_VERSION) -> dict[str, Any]:
    """One YAML reference list, e.g. reference_list("conversation-structure")."""
    path = REFERENCE_DIR / version / f"{name}.yaml"
    with path.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def conversation_sections(version: str = CURRENT_VERSION) -> list[dict[str, Any]]:
    return reference_list("conversation-structure", version)["sections"]
