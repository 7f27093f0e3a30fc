"""Extraction: a document's file -> cleaned text with its page map, styles, structure, notes and
audit (the interim contract, docs/ARCHITECTURE.md). ``run`` is the stage (module ``stage``).

A PDF goes ``pdf`` (pdfminer.six pages -> lines with fonts) under ``workers`` (worker processes,
time and memory bounds) -> ``assemble`` (the text), which calls ``furniture`` (running heads,
page numbers), ``cells`` (a narrow right-hand table column), ``columns`` (reading order of two
columns), ``paragraphs``, ``notes`` (footnotes, endnotes, their calls), ``dehyphen`` (words cut
at a line's end) and ``clean`` (character repairs); ``quality`` scores the text (garbled words,
language, warnings), ``wordforms`` is the model's vocabulary, ``structure`` the sections
(front, toc, abstract, body, notes, bibliography, annexes) and ``ocr`` the opt-in OCR. Other
formats (Word, ODT, text, subtitles, Transcriber, Praat) are read by ``readers`` into the same
contract.
"""

from .stage import run

__all__ = ["run"]
