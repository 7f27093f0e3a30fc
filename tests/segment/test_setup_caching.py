"""What segmentation sets up once per process (session 13, #14 speed): the patterns kept when a
corpus's conventions add nothing, the role answers remembered per configured rules, the records
written without deep copies, the utility config read once. Each must answer as before."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

from corpus import cli, lang
from corpus import config as corpus_config
from corpus.segment import conventions as cv
from corpus.segment import segment_text
from corpus.segment.regions import load_gazetteer
from corpus.segment.roles import matched_role, normalize_role
from corpus.segment.segmenter import segment_record

REPO = Path(__file__).resolve().parents[2]

TEXT = (
    "Méthode\n"
    "Nous avons mené douze entretiens semi-directifs auprès de soignants de la Creuse.\n"
    "« On ne se parlait presque pas avant la crise », explique une infirmière libérale de Guéret.\n"
    "Enquêteur : Comment travaillez-vous avec la pharmacie ?\n"
    "P3 : On s'appelle tous les jours, et le soir je passe à l'officine.\n"
)


def test_an_empty_conventions_file_keeps_the_patterns_and_a_real_one_rebuilds_them(tmp_path):
    empty = tmp_path / "empty.yaml"
    empty.write_text("# this corpus adds nothing\n{}\n", encoding="utf-8")
    extra = tmp_path / "extra.yaml"
    extra.write_text("speech_verbs: [susurre]\n", encoding="utf-8")
    cv.configure(None)
    verbs = cv.SPEECH_VERBS  # a string joined anew by every build
    try:
        cv.configure(str(empty))
        assert cv.SPEECH_VERBS is verbs  # nothing rebuilt
        assert cv.language_data() == lang.load("fr")
        cv.configure(str(extra))
        assert "susurr" in cv.SPEECH_VERBS and "susurre" in cv.language_data()["speech_verbs"]
    finally:
        cv.configure(None)
    assert "susurr" not in cv.SPEECH_VERBS and "susurre" not in cv.language_data()["speech_verbs"]


def test_an_empty_conventions_file_still_reads_as_the_language_data(tmp_path):
    empty = tmp_path / "conventions.yaml"
    empty.write_text("{}\n", encoding="utf-8")
    assert lang.load("fr", str(empty)) == lang.load("fr")


def test_remembered_roles_follow_the_configured_rules(tmp_path):
    extra = tmp_path / "conventions.yaml"
    extra.write_text("roles:\n  - {role: coordinateur, patterns: ['salle polyvalente']}\n", encoding="utf-8")
    cv.configure(None)
    assert matched_role("salle polyvalente") is None
    assert normalize_role("infirmière libérale") == normalize_role("infirmière libérale") == "infirmier"
    try:
        cv.configure(str(extra))
        assert matched_role("salle polyvalente") == "coordinateur"
    finally:
        cv.configure(None)
    assert matched_role("salle polyvalente") is None
    assert matched_role("") is None and matched_role(None) is None


def test_a_record_is_what_asdict_gave():
    cv.configure(None)
    gaz = load_gazetteer(str(REPO / "config" / "gazetteer.csv"))
    segments = segment_text(TEXT, {"doc_id": "t", "region": "", "place": ""}, [], [], gaz)
    assert {s.kind for s in segments} >= {"verbatim", "turn"}
    for s in segments:
        record = segment_record(s)
        assert record == asdict(s) and list(record) == list(asdict(s))


def test_the_utility_config_is_read_once_per_file_version(tmp_path, monkeypatch):
    path = tmp_path / "config.yaml"
    original = (REPO / "config" / "config.yaml").read_text(encoding="utf-8")
    path.write_text(original, encoding="utf-8")
    calls = []
    real = corpus_config.load_config
    monkeypatch.setattr(corpus_config, "load_config", lambda p: calls.append(p) or real(p))

    class Args:
        config = str(path)
        sheet = None
        corpus_dir = None

    assert cli._config_path(Args, "gazetteer", "x") == "config/gazetteer.csv"
    assert cli._config_path(Args, "speakers", "x") == "config/speakers.csv"
    assert cli._sheet_and_corpus(Args) == ("config/documents.csv", "data/corpus")
    assert len(calls) == 1
    path.write_text(original.replace("gazetteer: config/gazetteer.csv", "gazetteer: config/other.csv"),
                    encoding="utf-8")
    assert cli._config_path(Args, "gazetteer", "x") == "config/other.csv"
    assert len(calls) == 2
    Args.config = str(tmp_path / "none.yaml")
    assert cli._config_path(Args, "gazetteer", "x") == "x"


def _varied_lines() -> list[str]:
    """Lines of every shape the language data holds (regexes with bars, words, comments), and rows."""
    lines = ["Médecin 3 | Infirmière | Guéret", "P1\tMG\t45 ans", "a||b", "|", "\t", " | ", "E3 : oui. P2 : non !",
             "« On se parle », dit-elle. [rires] K2 : Alors…", ""]
    for path in sorted((REPO / "src" / "corpus" / "lang" / "fr").glob("*.yaml")):
        lines += path.read_text(encoding="utf-8").splitlines()
    return lines


def test_has_cells_answers_as_the_cell_pattern():
    cv.configure(None)
    lines = _varied_lines()
    assert sum(cv.has_cells(t) for t in lines) > 10 and sum(not cv.has_cells(t) for t in lines) > 10
    for t in lines:
        assert cv.has_cells(t) == bool(cv.CELL_SPLIT.search(t)), t


def test_midline_starts_are_the_pattern_ends():
    from corpus.segment.discovery import _midline_starts

    cv.configure(None)
    lines = _varied_lines()
    assert any(len(_midline_starts(cv.MIDLINE_TURN, t)) > 1 for t in lines)
    for t in lines:
        assert list(_midline_starts(cv.MIDLINE_TURN, t)) == [0] + [m.end() for m in cv.MIDLINE_TURN.finditer(t)]
