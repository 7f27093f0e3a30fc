"""spaCy annotation: components, lemmas of theme words, acronyms, OCR noise, long segments."""

from __future__ import annotations

import pytest

from corpus import io as cio
from corpus import nlp


@pytest.fixture(scope="module")
def model():
    return nlp.load_model()


def test_only_needed_components(model):
    assert model.pipe_names == list(nlp.TOKEN_COMPONENTS)
    assert "parser" not in model.component_names and "ner" not in model.component_names


def test_theme_words_lemmatised(model):
    doc = model("La coordinatrice coordonnait les soins ; les coordinatrices se coordonnent "
                "avec les médecins libéraux et les infirmières libérales.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert lemmas["coordonnait"] == "coordonner"
    assert lemmas["coordinatrices"] == "coordinateur"
    assert lemmas["coordonnent"] == "coordonner"
    assert lemmas["libéraux"] == "libéral"
    assert lemmas["libérales"] == "libéral"


def test_acronyms_keep_their_form(model):
    doc = model("Les CPTS, les MSPs, la CPAM, l'ARS, les IDE, la SISA et le GHT travaillent ensemble.")
    lemmas = {t.text: t.lemma_ for t in doc}
    # the stock lemmatizer gives "cpt" and "cpam"
    for form, lemma in [("CPTS", "CPTS"), ("MSPs", "MSP"), ("CPAM", "CPAM"), ("ARS", "ARS"),
                        ("IDE", "IDE"), ("SISA", "SISA"), ("GHT", "GHT")]:
        assert lemmas[form] == lemma


def test_anonymised_brackets_do_not_glue(model):
    # "[territoire]." in Gautier's interviews must give the word territoire
    assert "territoire" in [t.text for t in model("sur le [territoire]. Et la [ville].")]


@pytest.mark.parametrize("text,pos,noise", [
    ("■", "PUNCT", True), ("☐", "X", True), ("P8", "PROPN", True), ("E15", "PROPN", True),
    ("xqzt", "ADJ", True), ("dumas-03652342", "X", True), ("Moi(s", "NOUN", True),
    ("territoire", "NOUN", False), ("CPTS", "PROPN", False), ("12,5", "NUM", False),
    ("%", "NOUN", False), ("aujourd'hui", "ADV", False), ("à", "ADP", False),
    ("ville-hôpital", "NOUN", False), (",", "PUNCT", False),
])
def test_noise_flag(text, pos, noise):
    assert nlp.is_noise(text, pos) is noise


def test_split_long_keeps_every_char():
    text = ("Une phrase. " * 30 + "\n") * 5
    pieces = nlp.split_long(text, 100)
    assert all(len(p) <= 100 for _, p in pieces)
    assert "".join(p for _, p in pieces) == text
    assert all(text[off:off + len(p)] == p for off, p in pieces)
    assert all(p.endswith((". ", "\n")) for _, p in pieces[:-1])  # cut at boundaries


def test_tokens_on_real_document(pipeline):
    d = pipeline.interim("perelli2022", upto="nlp")
    text = cio.read_text(d / "text.txt")
    tokens = cio.read_csv(d / "tokens.csv")
    assert list(tokens[0].keys()) == cio.TOKENS_COLUMNS
    assert all(text[int(t["char_start"]):int(t["char_end"])] == t["text"] for t in tokens)
    lemmas = {t["lemma"] for t in tokens}
    assert {"CPTS", "coordination", "territoire", "réunionite"} <= lemmas | {t["text"] for t in tokens}
    assert "cpt" not in lemmas
    # Perelli's focus-group speaker codes (P6, P16...) are noise, not vocabulary
    codes = [t for t in tokens if t["text"] in ("P6", "P16")]
    assert codes and all(t["is_noise"] == "1" for t in codes)
    assert sum(t["is_noise"] == "1" for t in tokens) < 0.02 * len(tokens)
    assert any(t["sent_start"] == "1" for t in tokens[1:])


def test_long_segment_is_split_safely(pipeline):
    """A segment longer than the limit gives the same tokens, in text coordinates."""
    d = pipeline.interim("perelli2022", upto="segment")
    text = cio.read_text(d / "text.txt")
    seg = max(cio.read_jsonl(d / "segments.jsonl"), key=lambda s: s["char_end"] - s["char_start"])
    rows = nlp.annotate([seg], text, limit=200)
    assert len({r["token_id"] for r in rows}) == len(rows)  # ids stay unique across pieces
    assert all(text[r["char_start"]:r["char_end"]] == r["text"] for r in rows)
    whole = nlp.annotate([seg], text)
    assert abs(len(rows) - len(whole)) <= 0.05 * len(whole) + 2


def test_worker_processes_give_the_same_table_as_one(pipeline):
    """Two forked workers, each parsing a run of whole segments, write exactly the bytes one
    process writes; the runs keep document order and split the characters about evenly."""
    d = pipeline.interim("perelli2022", upto="segment")
    segments = cio.read_jsonl(d / "segments.jsonl")
    text = cio.read_text(d / "text.txt")
    runs = nlp.split_segments(segments, 2)
    assert [s["segment_id"] for run in runs for s in run] == [s["segment_id"] for s in segments]
    sizes = [sum(int(s["char_end"]) - int(s["char_start"]) for s in run) for run in runs]
    assert len(runs) == 2 and min(sizes) > 0.4 * sum(sizes)
    one = nlp.annotate_csv(segments, text, n_process=1)
    two = nlp.annotate_csv(segments, text, n_process=2)
    assert len(one) == 1 and len(two) == 2
    assert "".join(two) == one[0]
    assert one[0].count("\n") == len(nlp.annotate(segments, text))  # the in-process rows, too
