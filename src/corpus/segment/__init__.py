"""Cleaned text -> segments: narrative, heading, verbatim, turn, moderator, attribution, note, other.

Segments partition text.txt: every character belongs to exactly one segment (a line's '\\n'
belongs to the segment that ends the line). Kinds:

- ``verbatim``: a quoted interviewee or press speaker (block quote + attribution line, inline
  « … » (role, structure), "…" with a speech verb, a quote introduced by "comme l'explique …").
- ``turn``: a speaker turn in a transcript, focus group ("P5 : « … »") or verbatim annex table.
- ``moderator``: the interviewer's or moderator's words ("A :", "Enquêteur :", "Relance de
  l'animateur"); not participants' words, so not in verbatims.csv.
- ``attribution``: the line or parenthesis naming who spoke ("Entretien n°28 – Pharmacienne – …").
- ``note``: text inside a structure section of kind ``notes`` (footnotes, endnotes).
- ``heading``; ``other`` (front matter, table of contents, bibliography, table cells);
  ``narrative`` (everything else: the author's prose, citations, scare quotes).

Who speaks comes from the document itself (see ``discovery``): the participant table of a focus
group, the interview cards of a thesis's field reports, attribution lines and parentheses, press
appositions ("Pierre-Marie Coquet, son président") followed through surnames and pronouns.

Modules: ``base`` (segments, spans, lines), ``conventions`` (patterns built from the language
data of ``corpus.lang``), ``discovery`` (the document's speakers and conventions), ``attributions``,
``quotes``, ``turns``, ``annexes``, ``segmenter`` (the ordered line handlers and the partition),
``speakers`` (role vocabulary), ``regions`` (gazetteer), ``inspect`` (``corpus inspect``),
``fallbacks`` (convention-independent: in a document whose methods say it reports people's words,
quotations that read as speech and labels of any shape that take turns, when no known form applies).
"""

from pathlib import Path

from .. import recache

# the segmenter's patterns compiled once per machine and version of the code and language data,
# not in every process (before the modules below compile them; corpus.speedups ``segment_patterns``)
recache.seed_bundle("segment", sources=(Path(__file__).parent, Path(__file__).parent.parent / "lang"))

from .attributions import describe, parse_attribution_line  # noqa: I001
from .base import Segment, Span
from .quotes import find_quotes
from .segmenter import Segmenter, _ner, run, segment_text

__all__ = ["Segment", "Segmenter", "Span", "describe", "find_quotes", "parse_attribution_line", "run",
           "segment_text", "_ner"]
