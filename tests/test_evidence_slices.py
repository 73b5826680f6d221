"""Every mention's evidence is a slice of the original file: what analysts check a fact against."""

from __future__ import annotations

import pytest

from tests.conftest import SEEDS
from tests.seed_records import mentions

LABELS = ("Region", "Agency", "System", "Pilot", "Law")


@pytest.mark.parametrize("seed", sorted(p.name for p in SEEDS.iterdir()))
@pytest.mark.parametrize("label", LABELS)
def test_every_evidence_is_the_original_slice(seed: str, label: str) -> None:
    original = (SEEDS / seed).read_text(encoding="utf-8")
    found = mentions(seed, label)
    for mention in found:
        assert mention.evidence.source == seed
        assert original[mention.evidence.start : mention.evidence.end] == mention.evidence.text


@pytest.mark.parametrize("label", LABELS)
def test_every_label_is_found_somewhere_in_the_sample(label: str) -> None:
    assert any(mentions(p.name, label) for p in SEEDS.iterdir()), label
