"""Word, OpenDocument, text and Markdown transcripts -> the interim contract."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from corpus import io as cio
from corpus.extract import readers

from .realtext import (
    CONTRACT,
    REPO,
    body_without_labels,
    extract_ok,
    real_turns,
    words_of,
    write_docx,
    write_odt,
)

TURNS = real_turns()



def _lines(text):
    return text.rstrip("\n").split("\n")


def test_docx_turns_are_label_lines_and_no_text_is_lost(tmp_path):
    path = write_docx(tmp_path / "e30.docx", [f"{label} : {words}" for label, words in TURNS],
                      heading="Entretien E30 – coordinatrice")
    out, status, text = extract_ok(path, tmp_path)
    lines = _lines(text)
    assert lines[0] == "Entretien E30 – coordinatrice"
    assert lines[1:] == [f"{label} : {words_of(words)}" for label, words in TURNS]
    assert body_without_labels(text, {"Enquêteur", "E30"}) == words_of(
        "Entretien E30 – coordinatrice " + " ".join(w for _, w in TURNS))
    assert status["location_unit"] == "paragraph" and status["format"] == "docx"
    assert status["n_turns"] == len(TURNS) and status["warnings"] == ""
    hints = {r["code"]: r for r in cio.read_csv(out / "speakers_hint.csv")}
    assert hints["Enquêteur"]["moderator"] == "1" and hints["E30"]["moderator"] == "0"
    assert {r["source"] for r in hints.values()} == {"label"}
    # the heading is a section; the turns are body, not front matter the segmenter would skip
    structure = cio.read_csv(out / "structure.csv")
    assert [(s["kind"], s["heading"]) for s in structure] == [("body", "Entretien E30 – coordinatrice")]
    pages = cio.read_csv(out / "pages.csv")
    assert [int(p["page"]) for p in pages] == list(range(1, len(TURNS) + 2))
    for p in pages:   # a page (paragraph) row points at its own line
        assert text[int(p["char_start"]):int(p["char_end"])] in lines
    assert cio.read_csv(out / "times.csv") == []


def test_docx_italics_and_bold_are_styles(tmp_path):
    label, words = TURNS[1]
    quote = "on a que madame [nom]"
    before, after = words.split(quote)
    path = write_docx(tmp_path / "styles.docx", [
        [("Enquêteur", "bold"), (" : " + TURNS[0][1], "")],
        [(label + " : " + before, ""), (quote, "italic"), (after, "")],
        [("Enquêteur", "bold"), (" : " + TURNS[2][1], "")],
    ])
    out, _status, text = extract_ok(path, tmp_path)
    styles = cio.read_csv(out / "styles.csv")
    spans = {(text[int(s["char_start"]):int(s["char_end"])], s["style"]) for s in styles}
    assert (quote, "italic") in spans
    # a bold label stays part of the label, the styles of the words are kept
    assert not any(s == "bold" and t != "Enquêteur" for t, s in spans)


def test_word_label_forms_brackets_alone_timestamps(tmp_path):
    """The label forms transcribers type: [label], a label alone on its line, timestamps."""
    t = TURNS
    path = write_docx(tmp_path / "forms.docx", [
        f"[Enquêteur] {t[0][1]}",
        f"E30 (00:00:07) : {t[1][1]}",
        "[00:00:15] Enquêteur : " + t[2][1],
        "E30 :",
        t[3][1],
        "Enquêteur [00:00:31]: " + t[4][1],
    ])
    out, _status, text = extract_ok(path, tmp_path)
    assert _lines(text) == [f"{label} : {words_of(words)}" for label, words in t[:5]]
    audit = cio.read_csv(out / "audit.csv")
    reasons = [(a["reason"], a["original"]) for a in audit]
    assert ("label_brackets", "[Enquêteur]") in reasons
    assert ("label_join", "E30") in reasons
    assert sorted(o for r, o in reasons if r == "timestamp") == ["(00:00:07)", "[00:00:15]", "[00:00:31]"]
    times = cio.read_csv(out / "times.csv")
    starts = {_lines(text).index(text[int(r["char_start"]):int(r["char_end"])]): float(r["t_start"])
              for r in times}
    assert starts == {1: 7.0, 2: 15.0, 4: 31.0}
    assert [r["t_end"] for r in times][:2] == ["15", "31"]   # up to the next timestamp


def test_a_label_used_once_is_prose_unless_it_names_the_interviewer(tmp_path):
    path = write_docx(tmp_path / "prose.docx", [
        "Remarque : l'entretien a eu lieu dans les locaux de l'URPS.",
        "10:30 le rendez-vous commence avec un peu de retard.",
        f"Chercheuse : {TURNS[0][1]}",
        f"Mme D. : {TURNS[1][1]}",
    ])
    out, _status, text = extract_ok(path, tmp_path)
    lines = _lines(text)
    assert lines[0] == "Remarque : l'entretien a eu lieu dans les locaux de l'URPS."
    assert lines[1].startswith("10:30 le rendez-vous")   # one clock time is not a timestamp
    hints = cio.read_csv(out / "speakers_hint.csv")
    assert [(h["code"], h["moderator"]) for h in hints] == [("Chercheuse", "1")]


def test_focus_group_series_label_used_once(tmp_path):
    paras = ["Animatrice : Qui veut commencer ?", "P1 : Moi je veux bien.", "P2 : Oui.",
             "P1 : Alors on a créé la CPTS en 2019.", "P2 : Et moi en 2020.", "P3 : Moi jamais."]
    out, _status, _text = extract_ok(write_docx(tmp_path / "fg.docx", paras), tmp_path)
    hints = {h["code"]: h["moderator"] for h in cio.read_csv(out / "speakers_hint.csv")}
    assert hints == {"Animatrice": "1", "P1": "0", "P2": "0", "P3": "0"}


def test_docx_table_transcript(tmp_path):
    import docx

    document = docx.Document()
    table = document.add_table(rows=0, cols=3)
    for i, (label, words) in enumerate(TURNS[:4]):
        cells = table.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = f"00:00:{i * 7:02d}", label, words
    document.save(str(tmp_path / "table.docx"))
    out, _status, text = extract_ok(tmp_path / "table.docx", tmp_path)
    assert _lines(text) == [f"{label} : {words_of(words)}" for label, words in TURNS[:4]]
    assert [float(r["t_start"]) for r in cio.read_csv(out / "times.csv")] == [0, 7, 14, 21]


def test_odt_turns_heading_italics(tmp_path):
    paras = [f"{label} : {words}" for label, words in TURNS]
    path = write_odt(tmp_path / "e30.odt", paras, heading="Entretien E30", italic_words="madame [nom]")
    out, status, text = extract_ok(path, tmp_path)
    assert _lines(text) == ["Entretien E30"] + [words_of(p) for p in paras]
    assert status["format"] == "odt" and status["n_turns"] == len(TURNS)
    styles = cio.read_csv(out / "styles.csv")
    assert {text[int(s["char_start"]):int(s["char_end"])] for s in styles} == {"madame [nom]"}
    structure = cio.read_csv(out / "structure.csv")
    assert structure[0]["heading"] == "Entretien E30" and structure[0]["level"] == "1"


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_plain_text_and_markdown(tmp_path, suffix):
    body = "\n\n".join(f"{label} : {words}" for label, words in TURNS)
    head = "# Entretien E30\n\n" if suffix == ".md" else ""
    path = tmp_path / f"e30{suffix}"
    path.write_text("\ufeff" + head + body.replace("madame [nom]", "*madame [nom]*", 1) + "\n",
                    encoding="utf-8")
    out, status, text = extract_ok(path, tmp_path)
    lines = _lines(text)
    turns = [f"{label} : {words_of(words)}" for label, words in TURNS]
    if suffix == ".md":
        assert lines == ["Entretien E30"] + turns
        assert {s["style"] for s in cio.read_csv(out / "styles.csv")} == {"italic"}
        assert cio.read_csv(out / "structure.csv")[0]["heading"] == "Entretien E30"
    else:   # in plain text the asterisks are the transcriber's own characters
        assert lines[1] == turns[1].replace("madame [nom]", "*madame [nom]*", 1)
    assert status["location_unit"] == "paragraph"


def test_check_file_accepts_what_extraction_reads(tmp_path):
    path = write_docx(tmp_path / "ok.docx", [f"{label} : {words}" for label, words in TURNS[:4]])
    transcript = readers.check_file(path)
    assert [p.label for p in transcript.paras] == ["Enquêteur", "E30", "Enquêteur", "E30"]
    assert readers.proposed_kind(path) == "entretien"
    assert readers.proposed_kind(tmp_path / "these.pdf") == ""


@pytest.mark.parametrize("suffix", [".docx", ".odt"])
def test_rerun_is_byte_identical(tmp_path, suffix):
    paras = [f"{label} : {words}" for label, words in TURNS]
    path = (write_docx(tmp_path / "e30.docx", paras, heading="Entretien E30") if suffix == ".docx"
            else write_odt(tmp_path / "e30.odt", paras, heading="Entretien E30"))
    first, second = tmp_path / "a", tmp_path / "b"
    readers.run(path, "doc", first)
    readers.run(path, "doc", second)
    names = sorted(p.name for p in first.iterdir())
    # the artefacts of the extraction contract, each with its sidecar (row count and hash)
    artefacts = [n for n in names if not n.endswith(".meta.json")]
    assert artefacts == CONTRACT and names == sorted(artefacts + [n + ".meta.json" for n in artefacts])
    for name in names:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name


def test_bold_labels_without_colon(tmp_path):
    """"Enquêteur" set in bold, then the words: a label form of Word transcripts."""
    paras = [[(label, "bold"), (" " + words, "")] for label, words in TURNS[:6]]
    paras.insert(3, [("Remarque", "bold"), (" l'entretien est interrompu par un appel.", "")])
    out, status, text = extract_ok(write_docx(tmp_path / "bold.docx", paras), tmp_path)
    lines = _lines(text)
    expected = [f"{label} : {words_of(words)}" for label, words in TURNS[:6]]
    assert lines == expected[:3] + ["Remarque l'entretien est interrompu par un appel."] + expected[3:]
    assert status["n_turns"] == 6
    assert sum(1 for a in cio.read_csv(out / "audit.csv") if a["reason"] == "label_bold") == 6


def test_role_words_in_a_label_are_its_role_raw(tmp_path):
    paras = [f"Enquêteur : {TURNS[0][1]}", f"E30 (coordinatrice CPTS) : {TURNS[1][1]}",
             f"Enquêteur : {TURNS[2][1]}", f"E30 (coordinatrice CPTS) : {TURNS[3][1]}"]
    out, _status, _text = extract_ok(write_docx(tmp_path / "roles.docx", paras), tmp_path)
    hints = [(h["code"], h["role_raw"], h["moderator"]) for h in cio.read_csv(out / "speakers_hint.csv")]
    assert hints == [("Enquêteur", "", "1"), ("E30 (coordinatrice CPTS)", "coordinatrice CPTS", "0")]


# ---- a label alone with a time range, its words in the paragraphs below ----------------------

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "transcripts"
RANGE_LABEL = re.compile(r"^\[(?P<label>[^\]]+)\] \((?P<m1>\d+):(?P<s1>\d\d) - (?P<m2>\d+):(?P<s2>\d\d)\)$")
REPRO = """[Chercheur] (0:02 - 0:08)
Donc, vous êtes artisan depuis combien de temps ?

[Interviewe] (0:09 - 1:44)
Alors, moi je suis dans le métier depuis 89.

[Chercheur] (1:44 - 1:48)
Et une journée classique ?

[Interviewe] (1:48 - 1:50)
Le café le matin, puis la forge.
"""


def _expected_turns(paragraphs):
    """(label, t_start, t_end, words) per label line of the source, read off the source."""
    turns = []
    for para in paragraphs:
        m = RANGE_LABEL.match(para)
        if m:
            turns.append([m["label"], int(m["m1"]) * 60 + int(m["s1"]),
                          int(m["m2"]) * 60 + int(m["s2"]), []])
        elif para.strip() and turns:
            turns[-1][3].append(para.strip())
    return turns


def _segment(out):
    from corpus import segment

    return segment.run(out, {"doc_id": "doc", "kind": "entretien", "region": "", "place": ""},
                       REPO / "config" / "gazetteer.csv")


def test_label_with_time_range_alone_opens_a_turn(tmp_path):
    path = tmp_path / "b.txt"
    path.write_text(REPRO, encoding="utf-8")
    out, status, text = extract_ok(path, tmp_path)
    expected = _expected_turns(REPRO.split("\n"))
    assert _lines(text) == [f"{label} : {' '.join(words)}" for label, _a, _b, words in expected]
    times = cio.read_csv(out / "times.csv")
    assert [(float(r["t_start"]), float(r["t_end"])) for r in times] == [(a, b) for _l, a, b, _w in expected]
    assert status["warnings"] == ""
    kinds = [r["kind"] for r in _segment(out)]
    assert kinds == ["moderator", "turn", "moderator", "turn"]


def test_real_word_transcript_turns_run_over_paragraphs(tmp_path):
    """A real interview (tests/fixtures/transcripts/README.md): each label line opens a turn that
    takes every paragraph up to the next label; nothing but the title is narrative."""
    import docx

    source = FIXTURES / "entretien_artisan_excerpt.docx"
    paragraphs = [p.text for p in docx.Document(str(source)).paragraphs]
    title, expected = paragraphs[0], _expected_turns(paragraphs)
    out, status, text = extract_ok(source, tmp_path)
    lines = _lines(text)
    assert lines[0] == title
    assert lines[1:] == [f"{label} : {' '.join(words)}" for label, _a, _b, words in expected]
    times = cio.read_csv(out / "times.csv")
    assert [(float(r["t_start"]), float(r["t_end"])) for r in times] == [(a, b) for _l, a, b, _w in expected]
    assert status["warnings"] == ""
    # pages.csv keeps each source paragraph's number (location_unit paragraph), within a turn too
    nonempty = [p for p in paragraphs if p.strip()]
    pages = {int(r["page"]): text[int(r["char_start"]):int(r["char_end"])]
             for r in cio.read_csv(out / "pages.csv")}
    assert sorted(pages) == list(range(1, len(nonempty) + 1))
    for n, para in enumerate(nonempty, 1):
        label = RANGE_LABEL.match(para)
        assert pages[n] == (f"{label['label']} :" if label else para.strip()), n
    segments = _segment(out)
    narrative = [text[s["char_start"]:s["char_end"]].strip() for s in segments if s["kind"] == "narrative"]
    assert narrative in ([], [title])
    assert [s["speaker"] for s in segments if s["kind"] in ("turn", "moderator")] == [t[0] for t in expected]
    assert {s["kind"] for s in segments if s["speaker"] == "Chercheur"} == {"moderator"}


def test_a_transcript_mostly_outside_turns_is_not_silently_ok(tmp_path):
    """Labels that open only the first paragraph of long answers (the rest unlabelled): the
    share of text outside turns is a warning in status.json."""
    import docx

    paragraphs = [p.text for p in docx.Document(str(FIXTURES / "entretien_artisan_excerpt.docx")).paragraphs]
    turns = [words for _label, _a, _b, words in _expected_turns(paragraphs)[:4]]
    answer = turns[1]
    lines = [f"Chercheur : {turns[0][0]}", f"Interviewe : {answer[0]}", *answer[1:],
             f"Chercheur : {turns[2][0]}", f"Interviewe : {turns[3][0]}"]
    path = tmp_path / "inline.txt"
    path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    _out, status, _text = extract_ok(path, tmp_path)
    outside = sum(len(line) for line in answer[1:]) / sum(len(line) for line in lines)
    assert outside > 0.5
    assert f"transcript_narrative_share={outside:.2f}" in status["warnings"].split("; ")
    assert status["status"] == "ok"
