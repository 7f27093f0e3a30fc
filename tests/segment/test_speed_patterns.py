"""Session 16 (segspeed4, #14 speed): the word-list patterns spelled with their words factored by
shared openings (conventions._factored_alt) match what the plain alternation matched."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from corpus.segment import conventions as cv
from corpus.segment import discovery, recurring_labels

REPO = Path(__file__).resolve().parents[2]

# pattern name -> its language data key, for the whole-word patterns (conventions._whole_words)
WHOLE_WORDS = {"SPEECH_MARKER": "speech_markers", "SCRIPTED": "scripted_markers",
               "PUBLIC_SPEAKER": "public_speakers", "SPEAKER_COLUMN": "speaker_column_words",
               "GROUP_SPEECH": "group_speech_words", "INTERVIEWER": "interviewer_words",
               "SINGULAR": "singular_markers"}


def _plain_whole_words(words) -> re.Pattern:
    """conventions._whole_words as session 15 spelled it: the plain alternations."""
    elided = cv._flex_alt(w for w in words if w[-1] in "'’")
    full = cv._flex_alt(w for w in words if w[-1] not in "'’")
    return re.compile(rf"(?<![\w])(?:(?:{elided or '(?!)'})|(?:{full or '(?!)'})(?![\w]))")


def _pairs() -> dict[str, tuple[re.Pattern, re.Pattern]]:
    """name -> (the plain pattern, the pattern the module uses) for the French data."""
    cv.configure(None)
    d = cv.DATA
    out = {name: (re.compile(rf"(?<![\w])(?:{cv._words(d, key)})(?![\w])"), getattr(cv, name))
           for name, key in (("QUALITATIVE_STRONG", "qualitative_strong"), ("QUALITATIVE_WEAK", "qualitative_weak"))}
    out.update({name: (_plain_whole_words(d.get(key, [])), getattr(cv, name)) for name, key in WHOLE_WORDS.items()})
    return out


def _data_lines() -> list[str]:
    """The language data's lines (they hold every word of the lists), and word forms that run on,
    elide, are capitalised, accented or not, or split by other whitespace."""
    lines = ["Entretiens semi-directifs", "ENTRETIEN SEMI-DIRIGE", "entretien  semi-directif",
             "entretien\nsemi-directif", "l'entretienx", "xentretien", "entretien-type", "Enquete qualitative.",
             "j'ai vu, qu’on dit", "J’", "je", "moije", "m'a", "témoin(s)", "participant·e·s", "focus-groupes",
             "Les participants ont été interrogés ; les prénoms ont été modifiés.",
             "trois infirmiers libéraux (IDEL), désignés P1, P3 et P4, et une infirmière salariée, désignée P2",
             "Les médecins, nommés MG1 à MG3, puis codées E_1, E-2 ; DESIGNEES P5", "renommés P1", "désignéE P1",
             "P1", "MG-12.", "x-P1", "ÉA12 et E_3", "COVID19", "AB123456", "(P12)", "aP1", "P1a", "IDEL1-",
             "Oui. Alors (rires.) Bon ! [rires] Et… puis » ensuite  [silence]   non ? (ah.)\tbon.)  [X] a", " . a", ""]
    for path in sorted((REPO / "src" / "corpus" / "lang" / "fr").glob("*.yaml")):
        lines += path.read_text(encoding="utf-8").splitlines()
    return lines


def _set_texts() -> list[str]:
    """Every segmentation set's files, as text."""
    return [p.read_text(encoding="utf-8") for p in sorted((REPO / "tests" / "data").glob("segment_*/*.yaml"))]


@pytest.mark.parametrize("name", ["QUALITATIVE_STRONG", "QUALITATIVE_WEAK", *WHOLE_WORDS])
def test_a_factored_word_list_matches_as_the_plain_alternation(name):
    plain, factored = _pairs()[name]
    assert plain.pattern != factored.pattern  # the rewriting is in force
    lines, hits = _data_lines(), 0
    for text in lines:
        for i in range(len(text) + 1):  # every position, the look-behind reading the text before it
            old, new = plain.match(text, i), factored.match(text, i)
            assert (old and old.span()) == (new and new.span()), (name, text, i)
            hits += bool(old)
    assert hits, name  # the lines hold texts the pattern matches
    for text in _set_texts():
        assert [m.span() for m in plain.finditer(text)] == [m.span() for m in factored.finditer(text)], name


def test_factoring_keeps_the_first_word_that_matches():
    # "entretien" is tried after "entretien semi-directif" (longest first): both match here, and
    # the factored alternation must keep the longer one
    words = ["entretien", "entretien semi-directif", "entretiens", "enquêté", "étude"]
    plain = re.compile(rf"(?<![\w])(?:{cv._flex_alt(words)})")
    factored = re.compile(rf"(?<![\w])(?:{cv._factored_alt(words)})")
    assert plain.pattern != factored.pattern
    for text in ("entretien semi-directif", "entretiens", "entretien", "Etude", "enquete", "entretien semi"):
        assert plain.match(text).group(0) == factored.match(text).group(0), text
    assert factored.match("entretien semi-directif").group(0) == "entretien semi-directif"
    # without a word end after it, a word that runs on keeps the order of the plain alternation
    assert factored.match("entretiens").group(0) == "entretiens"
    # two words that open alike but differ at a letter whose accents overlap ("é" matches "e")
    # are not reordered: the plain order decides
    words = ["etude", "étude", "étudeX"]
    plain = re.compile(f"(?:{cv._flex_alt(words)})")
    factored = re.compile(f"(?:{cv._factored_alt(words)})")
    for text in ("etude", "étude", "étudex", "Etudex"):
        assert (m := plain.match(text)) and m.group(0) == factored.match(text).group(0), text


def test_a_word_with_odd_whitespace_is_left_to_the_plain_alternation():
    words = ["focus  group", "focus"]
    assert cv._factored_alt(words) == cv._flex_alt(words)
    assert cv._factored_alt([]) == ""


def _plain_designation() -> re.Pattern:
    """conventions.DESIGNATION with the plain alternation of the designation words (session 15)."""
    d = cv.DATA
    new = cv.DESIGNATION.pattern
    factored = cv._factored_alt(d.get("designation_words", []), word_end=True)
    assert new.count(factored) == 1
    return re.compile(new.replace(factored, cv._words(d, "designation_words")))


@pytest.mark.parametrize("which", ["designation", "series", "sentence_end"])
def test_a_rewritten_code_pattern_matches_as_before(which):
    cv.configure(None)
    if which == "designation":
        plain, fast = _plain_designation(), cv.DESIGNATION
    elif which == "sentence_end":
        plain = re.compile(r"(?:(?<=[.!?…»])|(?<=[.!?…]\)))\s+(?:\[[a-zà-ÿ][^\]\n]{0,30}\]\s+)?(?=\S)")
        fast = recurring_labels.SENTENCE_END
    else:
        plain, fast = re.compile(r"(?<![\w-])(?P<prefix>[A-ZÉ]{1,5}[-_]?)(?P<num>\d{1,3})(?![\w-])"), discovery.SERIES_CODE
    assert plain.pattern != fast.pattern
    hits = 0
    for text in _data_lines():
        for i in range(len(text) + 1):
            old, new = plain.match(text, i), fast.match(text, i)
            assert (old and (old.span(), old.groupdict())) == (new and (new.span(), new.groupdict())), (text, i)
            hits += bool(old)
    assert hits > 3
    for text in _set_texts():
        assert [(m.span(), m.groupdict()) for m in plain.finditer(text)] == \
            [(m.span(), m.groupdict()) for m in fast.finditer(text)]
