"""What segmentation remembers per text (session 14, #14 speed): each answer must be the one the
pattern or the rules give when asked again, and must follow the conventions or rules in force."""

from __future__ import annotations

from pathlib import Path

from corpus.segment import conventions as cv
from corpus.segment import recurring_labels, roles
from corpus.segment.labels import label_text, standalone_label, turn_match
from corpus.segment.regions import Communes, _normalise_key, load_communes
from corpus.text import fold

REPO = Path(__file__).resolve().parents[2]


def _lines() -> list[str]:
    """Transcript, table and prose lines (labels, time codes, brackets, quotations), and the
    language data's own lines."""
    lines = ["E3 : oui. P2 : non !", "GP3 [00:00:11]", "Mme D. : Bonjour.", "Enquêtrice :", "INT – Et alors ?",
             "(E) Vous exercez où ? (sf2) À Auxerre.", "« On se parle », dit-elle. [rires] K2 : Alors…",
             "Le médecin généraliste (MG 3) explique : « … »", "Part. 3 : je pense que oui", "", "   "]
    for path in sorted((REPO / "src" / "corpus" / "lang" / "fr").glob("*.yaml")):
        lines += path.read_text(encoding="utf-8").splitlines()
    return lines


def _same(a, b) -> bool:
    return (a is None and b is None) or (a is not None and b is not None and a.span() == b.span()
                                         and a.groupdict() == b.groupdict())


def test_turn_match_answers_as_the_pattern_every_time():
    cv.configure(None)
    lines = _lines()
    assert sum(turn_match(t) is not None for t in lines) >= 5
    for _ in range(2):  # asked again: the remembered answer
        for t in lines:
            assert _same(turn_match(t), cv.TURN.match(t)), t


def test_standalone_label_answers_as_the_pattern():
    cv.configure(None)
    lines = _lines()
    assert standalone_label("GP3 [00:00:11]") == "GP3" and standalone_label("Enquêtrice :") == "Enquêtrice"
    for t in lines * 2:
        m = cv.STANDALONE_LABEL.match(t) if len(t) <= 60 else None
        assert standalone_label(t) == (label_text(m) if m else None), t


def test_remembered_turns_follow_the_conventions_in_force(tmp_path):
    cv.configure(None)
    line = "zorglub : oui, tout à fait."
    assert turn_match(line) is None  # no label word of the package's data
    extra = tmp_path / "conventions.yaml"
    extra.write_text("moderator_labels: [zorglub]\n", encoding="utf-8")
    try:
        cv.configure(str(extra))  # a corpus's label word: the patterns rebuilt, the answers forgotten
        assert turn_match(line) is not None and label_text(turn_match(line)) == "zorglub"
        for t in _lines():
            assert _same(turn_match(t), cv.TURN.match(t)), t
    finally:
        cv.configure(None)
    assert turn_match(line) is None


def test_names_a_profession_remembered_per_rules():
    cv.configure(None)
    assert roles.names_a_profession("infirmière libérale") and not roles.names_a_profession("le mardi soir")
    try:
        roles.configure_roles({"roles": [{"role": "autre", "patterns": ["mardi soir"], "tier": "head"}]})
        assert roles.names_a_profession("le mardi soir") and not roles.names_a_profession("infirmière libérale")
    finally:
        # every role global (rules, former functions, generic words, self-designations) back to the
        # language data in force: cv.configure(None) alone keeps them, its data being unchanged
        roles.configure_roles(cv.DATA)
    assert roles.names_a_profession("infirmière libérale") and not roles.names_a_profession("le mardi soir")


def test_communes_keys_as_folded_name_by_name():
    communes = load_communes()
    by_name: dict = {}
    for c in (c for found in communes.by_key.values() for c in found):
        key = _normalise_key(fold(c.name))
        by_name[key] = by_name.get(key, ()) + (c,)
    assert by_name == communes.by_key and len(communes) > 30_000
    # a name holding a line break cannot be folded joined: folded name by name
    odd = Communes([*list(communes.by_key["paris"]), type(communes.by_key["paris"][0])("Saint-Jean\nd'Ô", "01", "Auvergne-Rhône-Alpes", False)])
    assert "saint jean\nd o" in odd.by_key and "paris" in odd.by_key


def test_sentence_starts_are_the_pattern_ends():
    for t in _lines() + ["Bon. (E) Et vous ? (sf2) Moi… [rires] A) oui.", "Fin ! Début."]:
        for _ in range(2):
            assert list(recurring_labels._sentence_starts(t)) == [m.end() for m in recurring_labels.SENTENCE_END.finditer(t)]


def test_language_data_word_sets_follow_the_conventions_in_force(tmp_path):
    """The word sets and patterns built once per language data (``cv.per_language_data``): a corpus's
    added word is read after configure(), and forgotten when its file is gone."""
    from corpus.segment import answer_tables, framed_quotes, lower_thirds

    cv.configure(None)
    assert answer_tables._is(" Réponses : ", "answer_column_words") and not answer_tables._is("Ressenti", "answer_column_words")
    assert framed_quotes.box_tag("Témoignage (Mme Perrin) :") == "Mme Perrin"
    assert framed_quotes.box_tag("Vécu (Mme Perrin) :") == ""
    assert lower_thirds.is_voice_over("Voix off") and not lower_thirds.is_voice_over("Narratrice")
    extra = tmp_path / "conventions.yaml"
    extra.write_text("answer_column_words: [ressenti]\nquote_box_titles: [vécu]\nlower_third_voice_over: [narratrice]\n",
                     encoding="utf-8")
    try:
        cv.configure(str(extra))
        assert answer_tables._is("Ressenti", "answer_column_words")
        # an unseen title, any case and accents, a name with a particle
        assert framed_quotes.box_tag("VÉCU (Dr Le Floch) :") == "Dr Le Floch"
        assert lower_thirds.is_voice_over("NARRATRICE.")
    finally:
        cv.configure(None)
    assert not answer_tables._is("Ressenti", "answer_column_words") and framed_quotes.box_tag("Vécu (Mme Perrin) :") == ""


def test_gated_readers_answer_as_their_patterns():
    """box_tag asks its pattern only of a lead holding a parenthesis, a lower-third caption only of a
    line holding a comma (each pattern needs one): the same answers on every line as the pattern's."""
    import re

    from corpus.segment import framed_quotes, lower_thirds

    cv.configure(None)
    titles = cv._flex_alt(cv.DATA.get("quote_box_titles", []))
    box = re.compile(rf"^\s*(?i:{titles})s?\s*\((?P<who>[^()«»]{{2,60}})\)\s*:\s*$")
    d = cv.language_data()
    seps = tuple(d.get("lower_third_separators", [":"]))
    caption = lower_thirds._caption_pattern(tuple(d.get("lower_third_words", [])), seps)
    lines = _lines() + ["Verbatim (Dr Lenoir) :", "  citations  ( Jean-Marc Souquet ) :  ", "Extrait (extrait)",
                        "SYNTHÉ : Claire Roux, infirmière libérale, Lodève", "Bandeau – Paul Martin, pharmacien",
                        "SYNTHÉ : Claire Roux infirmière libérale"]
    tags = [t for t in lines if box.match(t)]
    assert len(tags) >= 2 and sum(caption.match(t) is not None for t in lines) >= 1
    for t in lines:
        m = box.match(t)
        assert framed_quotes.box_tag(t) == (m.group("who").strip() if m else ""), t
        if "," not in t:
            assert lower_thirds._caption(t) is None and caption.match(t) is None, t


def test_segmenting_imports_no_extraction_module():
    """The segmenter reads the table delimiter from corpus.io: importing it loads none of the
    extraction's modules (~0.1 s of every `corpus segment`)."""
    import os
    import subprocess
    import sys

    code = "import sys; from corpus.segment import segmenter; print(sorted(m for m in sys.modules if m.startswith('corpus.extract')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONPATH": str(REPO / "src")})
    assert out.stdout.strip() == "[]"
    from corpus.extract.assemble import TABLE_DELIMITER
    from corpus.io import TABLE_DELIMITER as contract

    assert TABLE_DELIMITER == contract == " | "
