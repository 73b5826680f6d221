"""The spaCy pipeline that finds entities in plan passages.

``spacy.blank("zh")`` with jieba segmentation gives word boundaries (a place name must start and end on
one); a SpanRuler with patterns kept as data (patterns/citations.jsonl) finds 《》 citations; our own
registered components run the finders for each label. Each component appends what it finds to
``doc.user_data["found"]`` and mirrors it as spans in ``doc.spans["entities"]``. The plan's context
(its region and domain) travels in ``doc.user_data["context"]``.
"""

from __future__ import annotations

import gc
import logging
import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.pipeline import SpanRuler
from spacy.tokens import Doc
from spacy.util import get_words_and_spaces
from spacy.vocab import Vocab

from plangraph.ingest.entities import Found, PlanContext, load_patterns
from plangraph.ingest.extract_agencies import find_agencies
from plangraph.ingest.extract_citations import citation, find_bare_laws
from plangraph.ingest.extract_pilots import find_pilots
from plangraph.ingest.extract_regions import find_regions
from plangraph.ingest.extract_systems import find_systems
from plangraph.ingest.law_names import find_law_short_forms, full_law_title, law_name
from plangraph.ingest.segment import pipeline_words, word_boundaries

Finder = Callable[[str, PlanContext, frozenset[int]], list[Found]]
FINDERS: dict[str, Finder] = {
    "regions": find_regions,
    "agencies": find_agencies,
    "systems": find_systems,
    "pilots": find_pilots,
    "bare_laws": lambda text, context, boundaries: find_bare_laws(text, context),
    "law_short_forms": find_law_short_forms,
}
SPANS_KEY = "entities"
_SPACE = re.compile(r"\s")


class JiebaTokenizer:
    """spaCy's jieba tokenizer (the same words and whitespace handling), reading the per-line cut the
    plan-wide system and pilot passes share, so each line is segmented once.

    It keeps the passage's text and word boundaries in ``doc.user_data``: ``doc.text`` joins every
    token again on each access, and the finders ask for both many times.
    """

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words = pipeline_words(text)
        if _SPACE.search(text) is None:  # jieba's words tile the text: spaCy's alignment is a no-op
            words, spaces = list(words), [False] * len(words)
        else:
            words, spaces = get_words_and_spaces(words, text)
        doc = Doc(self.vocab, words=words, spaces=spaces)
        edges, position = {len(text)}, 0
        for word, space in zip(words, spaces, strict=True):
            edges.add(position)
            position += len(word) + space
        doc.user_data["text"] = text
        doc.user_data["boundaries"] = frozenset(edges)
        return doc


def _text(doc: Doc) -> str:
    return doc.user_data.get("text") or doc.text


def _boundaries(doc: Doc) -> frozenset[int]:
    """Token starts (and the end): computed once per passage, shared by every finder."""
    cached = doc.user_data.get("boundaries")
    if cached is None:
        cached = frozenset(token.idx for token in doc) | {len(doc.text)}
        doc.user_data["boundaries"] = cached
    return cached


def _keep(doc: Doc, found: Iterable[Found]) -> None:
    found = list(found)
    if not found:  # most finders find nothing in most lines: leave the span group alone
        return
    kept = doc.user_data.setdefault("found", [])
    spans = list(doc.spans[SPANS_KEY]) if SPANS_KEY in doc.spans else []
    for item in found:
        span = doc.char_span(item.start, item.end, label=item.label, alignment_mode="expand")
        if span is None:
            continue
        kept.append(item)
        spans.append(span)
    doc.spans[SPANS_KEY] = spans


class FinderComponent:
    """Runs one finder over the passage with the plan's context."""

    def __init__(self, finder: str) -> None:
        self.finder = FINDERS[finder]

    def __call__(self, doc: Doc) -> Doc:
        context = doc.user_data.get("context") or PlanContext()
        _keep(doc, self.finder(_text(doc), context, _boundaries(doc)))
        return doc


@Language.factory("plangraph_finder", default_config={"finder": "regions"})
def make_finder(nlp: Language, name: str, finder: str) -> FinderComponent:
    return FinderComponent(finder)


class CitationRuler:
    """spaCy's SpanRuler with the citation patterns (patterns/citations.jsonl), run only on passages
    holding a character some pattern must start with: the token-by-token matcher is costly and most
    lines cite nothing."""

    def __init__(self, nlp: Language, name: str) -> None:
        patterns = list(load_patterns("citations.jsonl"))
        self.ruler = SpanRuler(nlp, name, spans_key="citations")
        self.ruler.add_patterns(patterns)
        firsts = [row["pattern"][0] for row in patterns if isinstance(row["pattern"], list)]
        plain = len(firsts) == len(patterns) and all(isinstance(t.get("ORTH"), str) for t in firsts)
        self.openers = frozenset(t["ORTH"] for t in firsts) if plain else None

    def __call__(self, doc: Doc) -> Doc:
        if self.openers is not None and not any(opener in _text(doc) for opener in self.openers):
            return doc
        return self.ruler(doc)


@Language.factory("plangraph_citation_ruler")
def make_citation_ruler(nlp: Language, name: str) -> CitationRuler:
    return CitationRuler(nlp, name)


@Language.component("plangraph_citations")
def classify_citations(doc: Doc) -> Doc:
    """Turn the SpanRuler's 《》 spans into Law and Plan mentions."""
    text = _text(doc)
    spans = doc.spans.get("citations", [])
    cited = [_full_law(text, span.start_char, span.end_char) for span in spans]
    _keep(doc, [found for found in cited if found is not None])
    return doc


def _full_law(text: str, start: int, end: int) -> Found | None:
    """A cited document; a law cited by a short form (《消法》) carries its full title, the short form
    as an alias."""
    found = citation(text, start, end)
    if found is not None and found.label != "Law":
        return found
    printed = found.name if found is not None else text[start + 1 : end - 1]
    full = full_law_title(printed)
    if full is None or law_name(full) == printed:
        return found
    return Found("Law", start, end, law_name(full), text[start:end], {"aliases": (printed,)})


@lru_cache(maxsize=1)
def pipeline() -> Language:
    """Built once per process: jieba loads its dictionary (about 1 s) on first use."""
    logging.getLogger("jieba").setLevel(logging.WARNING)
    word_boundaries("初始化")  # load jieba's dictionary through the shared, quiet path
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    nlp.tokenizer = JiebaTokenizer(nlp.vocab)
    nlp.add_pipe("plangraph_citation_ruler", name="citation_ruler")
    nlp.add_pipe("plangraph_citations")
    for finder in FINDERS:
        nlp.add_pipe("plangraph_finder", name=f"find_{finder}", config={"finder": finder})
    # What is alive now (imported modules, jieba's dictionary, this pipeline) lives as long as the
    # process: keep it out of every later garbage collection, which otherwise rescans it while
    # ingest allocates (about a tenth of a warm ingest of the sample corpus).
    gc.freeze()
    return nlp


def find_entities(passages: Iterable[str], context: PlanContext) -> Iterator[list[Found]]:
    """Entity mentions per passage, in order, through ``nlp.pipe``."""
    nlp = pipeline()

    def docs() -> Iterator[Doc]:
        for text in passages:
            doc = nlp.make_doc(text)
            doc.user_data["context"] = context
            yield doc

    for doc in nlp.pipe(docs(), batch_size=64):
        yield sorted(doc.user_data.get("found", []), key=lambda f: (f.start, f.label))
