"""The held-out scoring script keeps never-read sets apart and logs one aggregate line per scoring."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from tests.conftest import ROOT

_SPEC = importlib.util.spec_from_file_location("heldout_eval", ROOT / "scripts" / "heldout_eval.py")
assert _SPEC is not None and _SPEC.loader is not None
heldout_eval = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(heldout_eval)


def test_the_never_read_list_names_sets_that_exist_and_no_read_one() -> None:
    hidden = heldout_eval.never_read()
    assert {"check3", "check42", "check43"} <= hidden
    assert "check34" not in hidden  # read in the seventh session
    assert all((Path(heldout_eval.HELDOUT) / name / "gold").is_dir() for name in hidden)


def test_a_sets_line_carries_its_fields_and_only_an_f1_its_gold_supports() -> None:
    fields = {k: [9, 12] for k in heldout_eval.FIELDS}
    line = heldout_eval.set_line("check99", {"plan_fields": fields, "f1": 0.8456})
    assert line.startswith("check99 plan fields: title 9/12, level 9/12")
    assert line.endswith("parents 9/12 entity F1 0.846")
    assert "entity F1" not in heldout_eval.set_line("check99", {"plan_fields": fields, "f1": None})
