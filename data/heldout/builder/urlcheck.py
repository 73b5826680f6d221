"""Print FREE or TAKEN for each candidate page of a held-out set being built; nothing else.

Why: a builder must never reuse a page a rule writer has read or another set holds, and must never see
what a never-read set contains. This compares URLs only (scheme, ``www.`` and a trailing slash left
out) against every URL list and every doc's ``# source:`` line in this checkout and in the sibling
worktrees, the dev openings, and the other builders' claims, and prints one flag per URL.

    python data/heldout/builder/urlcheck.py --set check62 [--claim] URL...

``--claim`` appends FREE URLs to ``$HELDOUT_CLAIMS/<set>.txt`` at once, so parallel builders stay apart.
The set's own folder, URL list and claims are left out, so a final re-check of its pages says FREE.
"""

from __future__ import annotations

import argparse
import os
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
WORKTREES = Path(os.environ.get("HELDOUT_WORKTREES", "/work/wt"))
CLAIMS = Path(os.environ.get("HELDOUT_CLAIMS", "/work/claims"))
# The checkout beside ../shared (a worktree under /work/wt is one level further down).
_MAIN = next((p for p in (ROOT, *ROOT.parents) if (p.parent / "shared" / "eval").is_dir()), ROOT)
_DEV_OPENINGS = _MAIN.parent / "shared" / "eval" / "openings" / "docs"
OPENINGS = Path(os.environ.get("HELDOUT_OPENINGS", str(_DEV_OPENINGS)))
_SOURCE = re.compile(r"#\s*source:\s*(\S+)")


def _lines(path: Path) -> set[str]:
    return {norm(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}


def norm(url: str) -> str:
    url = re.sub(r"^[a-zA-Z]+://", "", url.strip())
    return re.sub(r"^www\.", "", url).rstrip("/")


def _first_line_url(path: Path) -> str | None:
    with path.open(encoding="utf-8", errors="replace") as handle:
        m = _SOURCE.match(handle.readline())
    return norm(m.group(1)) if m else None


def taken(own: str) -> set[str]:
    roots = [ROOT, *sorted(p for p in WORKTREES.glob("*") if p.name != own)]
    seen: set[str] = set()
    for root in roots:
        heldout = root / "data" / "heldout"
        lists = [p for p in heldout.glob("*_URLS") if p.name != f"{own.upper()}_URLS"]
        for path in [*lists, heldout / "ALL_URLS", heldout / "READ_BY_HELPERS"]:
            if path.is_file():
                seen |= {norm(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}
        for doc in heldout.glob("*/docs/*.txt"):
            if doc.parts[-3] != own and (url := _first_line_url(doc)):
                seen.add(url)
    for doc in OPENINGS.glob("*.txt"):
        if url := _first_line_url(doc):
            seen.add(url)
    for claims in CLAIMS.glob("*.txt"):
        if claims.stem != own:
            seen |= {norm(line) for line in claims.read_text(encoding="utf-8").splitlines() if line.strip()}
    return seen - _own_only(own)


def _own_only(own: str) -> set[str]:
    """The set's own pages as its own URL list gives them: ALL_URLS lists them too once they are
    appended there, which must not make them TAKEN for the set itself."""
    mine: set[str] = set()
    for root in [ROOT, WORKTREES / own]:
        path = root / "data" / "heldout" / f"{own.upper()}_URLS"
        if path.is_file():
            mine |= _lines(path)
    others: set[str] = set()
    for root in [ROOT, *sorted(p for p in WORKTREES.glob("*") if p.name != own)]:
        for path in (root / "data" / "heldout").glob("*_URLS"):
            if path.name != f"{own.upper()}_URLS":
                others |= _lines(path)
    return mine - others


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", required=True, dest="own")
    parser.add_argument("--claim", action="store_true")
    parser.add_argument("urls", nargs="+")
    args = parser.parse_args()
    seen = taken(args.own)
    for url in args.urls:
        free = norm(url) not in seen
        print("FREE" if free else "TAKEN", url)
        if free and args.claim:
            CLAIMS.mkdir(parents=True, exist_ok=True)
            with (CLAIMS / f"{args.own}.txt").open("a", encoding="utf-8") as handle:
                handle.write(url.strip() + "\n")
            seen.add(norm(url))


if __name__ == "__main__":
    main()
