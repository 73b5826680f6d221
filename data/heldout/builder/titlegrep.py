"""Print the file names (only) of readable held-out docs, dev openings and seeds holding a fragment.

Why: a plan already in a readable set is no unseen plan, whatever page carries it. Never-read sets
(``data/heldout/NEVER_READ``) are skipped by path, so the check shows nothing of them.

    python data/heldout/builder/titlegrep.py 'distinctive title fragment' ...
"""

from __future__ import annotations

import sys
from pathlib import Path

from urlcheck import OPENINGS, ROOT, WORKTREES


def never_read() -> set[str]:
    lines = (ROOT / "data" / "heldout" / "NEVER_READ").read_text(encoding="utf-8").splitlines()
    return {line.split("#")[0].strip() for line in lines} - {""}


def readable_docs() -> list[Path]:
    hidden = never_read()
    docs = []
    for root in [ROOT, *sorted(WORKTREES.glob("*"))]:
        docs += [d for d in (root / "data" / "heldout").glob("*/docs/*.txt") if d.parts[-3] not in hidden]
    seeds = [p for p in (ROOT / "data" / "seeds").glob("*") if p.is_file()]
    return docs + sorted(OPENINGS.glob("*.txt")) + sorted(seeds)


def main() -> None:
    docs = readable_docs()
    for fragment in sys.argv[1:]:
        hits = [str(d) for d in docs if fragment in d.read_text(encoding="utf-8", errors="replace")]
        print(fragment, "->", ", ".join(hits) if hits else "none")


if __name__ == "__main__":
    main()
