"""Score PlanGraph on the whole dev set in one run: the sample seeds plus the twenty plan openings.

Why one command: every extraction change is judged on all dev documents at once (leave-one-out), so a
rule that helps the document it was written from and hurts the others shows up in the same table.
The graph is built the way a user builds it — every document ingested into one fresh store, exported
as JSON — and scored by ``shared/eval/score.py``, the scorer also run on documents we do not have.

    python scripts/dev_eval.py                 # per-document plan fields, then totals
    python scripts/dev_eval.py --json out.json # the same figures, machine-readable
    python scripts/dev_eval.py --misses        # score.py's list of misses and extras per gold set
    python scripts/dev_eval.py --misses-of Agency  # one label's misses and extras, one line per document
    python scripts/dev_eval.py --extra DOCS GOLD  # also ingest DOCS and score them against GOLD (repeatable)

An extra gold set (for instance documents kept outside the repository to estimate how PlanGraph does on
plans nobody tuned on) is ingested into the same store as the dev set and reported on its own lines, so its
figures never mix with the dev totals.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("PLANGRAPH_SHARED", ROOT.parent / "shared"))
FIELDS = ("title", "level", "region", "issuer", "published", "doc_number")
LABELS = ("Region", "Agency", "System", "Pilot", "Law", "Indicator")


DEV_SETS = ("seeds", "openings")


def gold_sets(extra: list[tuple[Path, Path]] | None = None) -> dict[str, tuple[Path, Path]]:
    """Each gold set with the folder its documents come from; extra sets are named after their gold folder,
    or after the set holding it when it is just ``gold`` (data/heldout/check34/gold is check34)."""
    sets = {
        "seeds": (SHARED / "eval" / "gold", ROOT / "data" / "seeds"),
        "openings": (SHARED / "eval" / "openings" / "gold", SHARED / "eval" / "openings" / "docs"),
    }
    for docs, gold in extra or []:
        name = gold.resolve().name
        if name == "gold":
            name = gold.resolve().parent.name
        while name in sets:
            name += "+"
        sets[name] = (gold, docs)
    return sets


def build_graph(work: Path, sets: dict[str, tuple[Path, Path]]) -> Path:
    """Ingest every document into one fresh store; the sources folder holds them all for the scorer."""
    sources = work / "sources"
    sources.mkdir()
    for _gold, docs in sets.values():
        for path in sorted(docs.iterdir()):
            if path.is_file():
                shutil.copy2(path, sources / path.name)
    command = [sys.executable, "-m", "plangraph"]
    store = str(work / "store")
    ingest = subprocess.run(
        [*command, "ingest", str(sources), "--store", store], capture_output=True, text=True
    )
    for line in ingest.stderr.splitlines():
        if "error" in line or "warning" in line:
            print(line, file=sys.stderr)
    graph = work / "graph.json"
    subprocess.run(
        [*command, "export", "--format", "json", "-o", str(graph), "--store", store],
        check=True,
        capture_output=True,
    )
    return graph


def score(graph: Path, gold: Path, sources: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    scorer = SHARED / "eval" / "score.py"
    args = [sys.executable, str(scorer), str(graph), str(gold), "--sources", str(sources), *extra]
    return subprocess.run(args, check=True, capture_output=True, text=True)


def count_refused_parents(report: dict, gold: Path) -> dict:
    """score.py leaves a refused document's parents out of the parents total (it has no Plan to hold
    them); counted here as missed, so refusing a page never looks like a better parent score."""
    refused = 0
    for document, scores in report["documents"].items():
        plan = scores.get("plan", {})
        if "title" in plan:
            continue
        gold_file = gold / f"{Path(document).stem}.gold.json"
        if gold_file.is_file():
            parents = len(json.loads(gold_file.read_text(encoding="utf-8")).get("parents") or [])
            plan["parents"] = f"0/{parents} found, 0 linked"
            refused += parents
    if refused and "parents" in report["plan_fields"]:
        found, total = _fraction(report["plan_fields"]["parents"])
        report["plan_fields"]["parents"] = f"{found}/{total + refused}"
    return report


def label_misses(graph: Path, gold: Path, sources: Path, label: str) -> dict[str, dict[str, list[str]]]:
    """One label's missed and extra names per document of a gold set (documents with neither left out)."""
    out = score(graph, gold, sources, "--json", "--misses").stdout
    decoder = json.JSONDecoder()
    _report, end = decoder.raw_decode(out)
    misses, _ = decoder.raw_decode(out[end:].lstrip())
    rows = {document: labels.get(label, {}) for document, labels in sorted(misses.items())}
    return {document: row for document, row in rows.items() if row.get("missed") or row.get("extra")}


def print_label_misses(set_name: str, label: str, rows: dict[str, dict[str, list[str]]]) -> None:
    print(f"== {set_name}: {label} misses and extras")
    for document, row in rows.items():
        print(f"{document:<28} missed {row.get('missed', [])}")
        print(f"{'':<28} extra  {row.get('extra', [])}")


def _fraction(value: str) -> tuple[int, int]:
    found, _, total = value.partition("/")
    return int(found), int(total.split()[0])


def summarise(reports: dict[str, dict]) -> dict:
    """Per-document plan fields and parents; plan-field totals and per-label entity counts per gold set."""
    summary = _summarise({k: v for k, v in reports.items() if k in DEV_SETS})
    summary["sets"] = {
        name: _summarise({name: report}) for name, report in reports.items() if name not in DEV_SETS
    }
    return summary


def _summarise(reports: dict[str, dict]) -> dict:
    rows: dict[str, dict] = {}
    fields = {name: [0, 0] for name in (*FIELDS, "parents")}
    labels: dict[str, dict[str, dict[str, float]]] = {}
    for set_name, report in reports.items():
        for document, scores in report["documents"].items():
            plan = scores.get("plan", {})
            row = {"set": set_name}
            for name in FIELDS:
                row[name] = bool(plan.get(name, False))
            parents = plan.get("parents", "0/0")
            row["parents"] = parents.split(" ")[0] if "/" in str(parents) else "missing"
            # parents linked beyond the gold's: the precision side, which score.py prints but does not total
            linked = re.search(r"(\d+) linked", str(parents))
            row["linked"] = int(linked.group(1)) if linked else 0
            rows[document] = row
        for name, value in report["plan_fields"].items():
            found, total = _fraction(value)
            fields[name][0] += found
            fields[name][1] += total
        labels[set_name] = report["totals"]
    if "parents" in fields and fields["parents"][1] == 0:
        fields.pop("parents")
    # documents with no Plan node count against every field
    for name in FIELDS:
        fields[name][1] = max(fields[name][1], len(rows))
    if "parents" in fields:
        fields["parents linked"] = [sum(row["linked"] for row in rows.values()), fields["parents"][0]]
    return {"documents": rows, "plan_fields": fields, "entities": labels}


def _f1(counts: dict[str, float]) -> str:
    scores = f"P {counts['p']:.3f} R {counts['r']:.3f} F1 {counts['f1']:.3f}"
    return f"{scores} (gold {counts['gold']}, pred {counts['pred']})"


def print_table(summary: dict, overall: dict[str, dict], title: str = "dev set") -> None:
    print(f"== {title}")
    header = ["document", *FIELDS, "parents", "linked"]
    print("  ".join(f"{h:<10}" for h in header))
    for document, row in sorted(summary["documents"].items()):
        cells = [document[:10]] + ["yes" if row[name] else "-" for name in FIELDS]
        cells += [row["parents"], str(row["linked"])]
        print("  ".join(f"{c:<10}" for c in cells))
    print()
    print(
        "plan fields: "
        + ", ".join(f"{k} {v[0]}/{v[1]}" for k, v in summary["plan_fields"].items() if k != "parents linked")
    )
    if linked := summary["plan_fields"].get("parents linked"):
        print(f"parents linked {linked[0]} (of them {linked[1]} in the gold)")
    for set_name, totals in summary["entities"].items():
        print(f"\n{set_name}: overall entity F1 {overall[set_name]['f1']:.3f}")
        for label in LABELS:
            if label in totals:
                print(f"  {label:<10} {_f1(totals[label])}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, help="also write the figures as JSON to this file")
    parser.add_argument("--misses", action="store_true", help="print score.py's misses and extras")
    parser.add_argument(
        "--misses-of", metavar="LABEL", choices=LABELS, help="one label's misses and extras, per document"
    )
    parser.add_argument("--keep", type=Path, help="keep the store, export and sources in this folder")
    parser.add_argument(
        "--extra",
        nargs=2,
        type=Path,
        action="append",
        metavar=("DOCS_DIR", "GOLD_DIR"),
        help="also ingest DOCS_DIR and score it against GOLD_DIR, reported apart (repeatable)",
    )
    args = parser.parse_args(argv)
    for docs, gold in args.extra or []:
        if not docs.is_dir() or not gold.is_dir():
            parser.error(f"--extra {docs} {gold}: both must be folders")
    sets = gold_sets(args.extra)
    work = Path(tempfile.mkdtemp(prefix="plangraph-dev-eval-"))
    try:
        graph = build_graph(work, sets)
        reports, overall = {}, {}
        for set_name, (gold, _docs) in sets.items():
            report = json.loads(score(graph, gold, work / "sources", "--json").stdout)
            reports[set_name] = count_refused_parents(report, gold)
            overall[set_name] = reports[set_name]["overall"]
            if args.misses:
                print(f"== {set_name}\n" + score(graph, gold, work / "sources", "--misses").stdout)
            if args.misses_of:
                rows = label_misses(graph, gold, work / "sources", args.misses_of)
                print_label_misses(set_name, args.misses_of, rows)
        summary = summarise(reports)
        summary["overall"] = overall
        summary["alignment"] = reports["seeds"].get("alignment", {})
        print_table(summary, overall)
        for name, value in summary["alignment"].items():
            print(f"\nalignment {name}: {value}")
        for name, extra in summary["sets"].items():
            print()
            print_table(extra, overall, name)
        if args.json:
            args.json.write_text(json.dumps(summary, ensure_ascii=False, indent=1), encoding="utf-8")
        if args.keep:
            shutil.copytree(work, args.keep, dirs_exist_ok=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
