"""Reading, validating and writing map files (CSV for bulk data, TOML for hand editing)."""

from socialmap.io.export import export_csv, export_json
from socialmap.io.loader import LoadResult, load_path, read_file
from socialmap.io.write import atomic_write_text, provisions_to_csv

__all__ = [
    "LoadResult",
    "atomic_write_text",
    "export_csv",
    "export_json",
    "load_path",
    "provisions_to_csv",
    "read_file",
]
