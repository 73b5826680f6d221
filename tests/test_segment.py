"""The shared segmentation cuts exactly as jieba does, so caching it changes no extraction result."""

from __future__ import annotations

import jieba
import pytest

from plangraph.ingest.segment import _PUNCTUATION, _best_path, _tokenizer, pipeline_words, words
from plangraph.ingest.text_layout import lines_of
from tests.conftest import SEEDS

TEXTS = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.iterdir())]


@pytest.mark.parametrize("hmm", [True, False])
def test_path_sharing_cut_is_jiebas_cut_with_and_without_hmm(hmm: bool) -> None:
    for text in TEXTS:
        assert list(_tokenizer().cut(text, HMM=hmm)) == list(jieba.cut(text, HMM=hmm))


def test_best_path_is_jiebas_route_float_for_float() -> None:
    blocks = {b for text in TEXTS for b in jieba.re_han_default.split(text) if jieba.re_han_default.match(b)}
    assert len(blocks) > 1000
    for block in sorted(blocks):
        route: dict[int, tuple[float, int]] = {}
        jieba.dt.calc(block, jieba.dt.get_DAG(block), route)
        assert _best_path(block) == route, block


def test_pipeline_words_and_alignment_words_are_jiebas() -> None:
    for line in lines_of(TEXTS[0]):
        assert pipeline_words(line.text) == tuple(w for w in jieba.cut(line.text, cut_all=False) if w)
        plain = [w for w in jieba.cut(line.text, HMM=False) if w.strip() and w not in _PUNCTUATION]
        assert words(line.text) == plain
