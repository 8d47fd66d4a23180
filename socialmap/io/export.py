"""Export for others: CSV or JSON that never contains a confidential address."""

from __future__ import annotations

import json
from collections.abc import Iterable

from socialmap.io.write import provisions_to_csv
from socialmap.model import Provision


def export_csv(provisions: Iterable[Provision]) -> str:
    """The map as CSV (same columns as the import), confidential addresses left empty."""
    return provisions_to_csv(provisions, redact=True)


def export_json(provisions: Iterable[Provision]) -> str:
    """The map as a JSON list, confidential addresses set to null."""
    return json.dumps([p.public_dict() for p in provisions], ensure_ascii=False, indent=2) + "\n"
