"""Issue 16 item 8: would a statistical lexical analyser shipped on PyPI propose agencies the rules miss?

jieba's HMM part-of-speech tagger (``jieba.posseg``, in the jieba wheel, no download) tags organisation
names ``nt``. This prints, over the dev openings, how many ``nt`` words are gold agency names (name or
canonical form), which ones, how many are not, and the tagger's speed — the figures the README's
extraction section quotes. No trained spaCy or NER model for Chinese installs here without a download.
"""

from __future__ import annotations

import json
import logging
import sys
import time
from pathlib import Path

import jieba
import jieba.posseg as pseg

from plangraph.ingest.normalise import normalise

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "openings"


def main() -> int:
    if not SHARED.is_dir():
        print(
            f"posseg_candidates: {SHARED} not found (the dev openings live beside the checkout)",
            file=sys.stderr,
        )
        return 1
    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    matched: dict[str, int] = {}
    other = gold_names = chars = 0
    seconds = 0.0
    for gold_file in sorted((SHARED / "gold").glob("*.gold.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        text = normalise((SHARED / "docs" / gold["source"]).read_text(encoding="utf-8")).text
        names = {a["name"] for a in gold["agencies"]} | {a.get("canonical") or "" for a in gold["agencies"]}
        gold_names += len(gold["agencies"])
        started = time.perf_counter()
        tagged = {word for word, flag in pseg.cut(text) if flag == "nt"}
        seconds += time.perf_counter() - started
        chars += len(text)
        for word in tagged:
            if word in names:
                matched[word] = matched.get(word, 0) + 1
            else:
                other += 1
    print(
        f"gold agencies {gold_names}; nt words per document matching one: {sum(matched.values())} "
        f"({len(matched)} distinct: {', '.join(sorted(matched))}); not an agency of the gold: {other}"
    )
    print(f"posseg speed: {chars / seconds:,.0f} chars/s over {chars:,} chars")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
