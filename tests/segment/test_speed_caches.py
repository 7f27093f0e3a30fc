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
