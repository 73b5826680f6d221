"""Score the held-out plan openings in data/heldout the two ways issue 16's work allows.

Why a script: every session scored the same sets with throw-away shell loops that were lost with their
machine. Two rules keep the figures honest, and this script keeps them:
- the read sets are scored together with the dev set, in one store (as ``dev_eval.py --extra`` does), to
  judge a rule leave-one-out on everything anyone has read;
- a never-read set (listed in ``data/heldout/NEVER_READ``) is scored alone beside the dev set, and only
  its aggregate line is printed and appended to ``data/heldout/SCORES.log`` — never its documents or misses.

    python scripts/heldout_eval.py read                 # per-set plan fields and F1, then totals
    python scripts/heldout_eval.py read --json out.json # the same, machine-readable
    python scripts/heldout_eval.py fresh check42        # one never-read (or new) set, logged
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HELDOUT = ROOT / "data" / "heldout"
FIELDS = ("title", "level", "region", "issuer", "published", "doc_number", "parents")


def never_read() -> set[str]:
    """The sets nobody may read: one name per line of data/heldout/NEVER_READ (# starts a comment)."""
    path = HELDOUT / "NEVER_READ"
    lines = path.read_text(encoding="utf-8").splitlines() if path.is_file() else []
    return {line.split("#")[0].strip() for line in lines} - {""}


def gold_set_dirs() -> list[Path]:
    """Every held-out set with documents and gold, in name order."""
    return sorted(d for d in HELDOUT.iterdir() if (d / "docs").is_dir() and (d / "gold").is_dir())


def run_dev_eval(sets: list[Path], json_out: Path) -> None:
    """dev_eval.py over the dev set and ``sets`` in one store, its JSON summary written to ``json_out``
    (its tables, which list documents, are not shown)."""
    extra = [arg for d in sets for arg in ("--extra", str(d / "docs"), str(d / "gold"))]
    command = [sys.executable, str(ROOT / "scripts" / "dev_eval.py"), "--json", str(json_out), *extra]
    subprocess.run(command, check=True, capture_output=True, text=True)


def set_line(name: str, summary: dict) -> str:
    """A set's aggregate figures, as SCORES.log keeps them."""
    fields = summary["plan_fields"]
    cells = ", ".join(f"{k} {fields[k][0]}/{fields[k][1]}" for k in FIELDS if k in fields)
    f1 = summary.get("f1")
    return f"{name} plan fields: {cells}" + (f" entity F1 {f1:.3f}" if f1 is not None else "")


def _with_f1(report: dict) -> dict[str, dict]:
    """Each extra set's summary with its overall entity F1 attached, where its gold covers entities (a set
    whose gold holds plan fields and parents only has no F1 to show)."""
    sets = report["sets"]
    for name, summary in sets.items():
        totals = summary["entities"].get(name, {})
        annotated = any(totals.get(label, {}).get("gold") for label in ("Region", "Agency"))
        summary["f1"] = report["overall"].get(name, {}).get("f1") if annotated else None
    return sets


def read(json_out: Path | None) -> int:
    """Dev set and every read set in one store: a line per set, then totals over the read sets."""
    hidden = never_read()
    sets = [d for d in gold_set_dirs() if d.name not in hidden]
    with tempfile.TemporaryDirectory() as work:
        out = Path(work) / "summary.json"
        run_dev_eval(sets, out)
        report = json.loads(out.read_text(encoding="utf-8"))
    sets_summary = _with_f1(report)
    totals = {k: [0, 0] for k in FIELDS}
    for name, summary in sorted(sets_summary.items()):
        print(set_line(name, summary))
        for k in FIELDS:
            if k in summary["plan_fields"]:
                totals[k][0] += summary["plan_fields"][k][0]
                totals[k][1] += summary["plan_fields"][k][1]
    dev = report["plan_fields"]
    print("dev plan fields: " + ", ".join(f"{k} {dev[k][0]}/{dev[k][1]}" for k in FIELDS if k in dev))
    print(
        f"read sets ({len(sets_summary)}): "
        + ", ".join(f"{k} {a}/{b} ({a / b:.3f})" for k, (a, b) in totals.items() if b)
    )
    if json_out is not None:
        figures = {"sets": sets_summary, "totals": totals}
        json_out.write_text(json.dumps(figures, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


def fresh(names: list[str]) -> int:
    """Each named set alone beside the dev set; aggregate lines only, appended to SCORES.log."""
    commit = subprocess.run(
        ["git", "-C", str(ROOT), "log", "-1", "--format=%h"], capture_output=True, text=True, check=True
    ).stdout.strip()
    for name in names:
        folder = HELDOUT / name
        if not (folder / "docs").is_dir() or not (folder / "gold").is_dir():
            print(f"heldout_eval: {folder}: no docs/ and gold/ folders", file=sys.stderr)
            return 2
        with tempfile.TemporaryDirectory() as work:
            out = Path(work) / "summary.json"
            run_dev_eval([folder], out)
            report = json.loads(out.read_text(encoding="utf-8"))
        summary = _with_f1(report)[name]
        stamp = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S")
        line = f"{stamp} {commit} {set_line(name, summary)}"
        print(line)
        with (HELDOUT / "SCORES.log").open("a", encoding="utf-8") as log:
            log.write(line + "\n")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    modes = parser.add_subparsers(dest="mode", required=True)
    read_mode = modes.add_parser("read", help="dev set and every read set in one store")
    read_mode.add_argument("--json", type=Path, help="also write the per-set figures as JSON")
    fresh_mode = modes.add_parser("fresh", help="score sets alone, aggregate lines only, and log them")
    fresh_mode.add_argument("sets", nargs="+", help="set folder names under data/heldout")
    args = parser.parse_args(argv)
    return read(args.json) if args.mode == "read" else fresh(args.sets)


if __name__ == "__main__":
    sys.exit(main())
