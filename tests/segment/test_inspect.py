"""`corpus inspect DOC`: extraction when needed, discovery, a report and a verdict, no model."""

from __future__ import annotations

from pathlib import Path

from conftest import GAZETTEER_PATH
from heldout import HELDOUT_DIR, load
from pdfgen import make_pdf

from corpus.cli import main
from corpus.segment.inspect import inspect_document, page_ranges, report, verdict


def _typeset(name: str, corpus_dir: Path) -> dict:
    spec = load(HELDOUT_DIR / f"{name}.yaml")
    doc = {"file": f"{name}.pdf", **{k: v or "" for k, v in spec["doc"].items()}}
    make_pdf(corpus_dir / doc["file"], [[(text, style) for style, text in page] for page in spec["pages"]])
    return doc


def test_inspect_a_focus_group_report_from_its_pdf(tmp_path):
    doc = _typeset("focus_group", tmp_path / "corpus")
    r = inspect_document(doc, tmp_path / "interim", tmp_path / "corpus", GAZETTEER_PATH)
    assert not (tmp_path / "interim").exists()  # extraction went to a temporary folder
    labels = {label: (n, kind) for label, n, kind in r["labels"]}
    assert labels["Animatrice"] == (2, "moderator") and labels["MG1"] == (1, "participant")
    assert labels["Plusieurs participants"][1] == "group"
    assert r["n_turns"] == 7 and r["no_role"] == [] and r["no_region"] == []
    assert set(r["speakers"]) == {"MG1", "MG2", "IDE2", "PH1", "KINE1", "SEC1"}
    assert verdict(r) == "7 verbatims and turns from 6 named speakers"
    assert "Animatrice" in report(doc["doc_id"], r) and "turn" in report(doc["doc_id"], r)


def test_inspect_leaves_the_compiled_patterns_for_the_next_run(tmp_path, monkeypatch):
    # inspect is run before any `corpus segment`: it must record the bundle as segment does, or
    # every inspect compiles the segmenter's patterns again (~1 CPU s on the 464-page thesis).
    # A spy, not the file: whether record_bundle writes depends on what this process seeded
    # from the machine's cache (tests/test_recache.py tests the writing itself)
    from corpus.segment import inspect as inspect_module
    calls = []
    monkeypatch.setattr(inspect_module.recache, "record_bundle", lambda name, *a, **k: calls.append(name) or 0)
    doc = _typeset("focus_group", tmp_path / "corpus")
    inspect_document(doc, tmp_path / "interim", tmp_path / "corpus", GAZETTEER_PATH)
    assert calls == ["segment"]


def test_inspect_says_when_nothing_is_found(tmp_path):
    doc = _typeset("negatif_quanti", tmp_path / "corpus")
    r = inspect_document(doc, tmp_path / "interim", tmp_path / "corpus", GAZETTEER_PATH)
    assert r["n_items"] == 0 and r["labels"] == []
    assert verdict(r).startswith("no quotes or turns found")


def test_codes_without_a_role_are_named_until_the_sheet_declares_them(tmp_path):
    corpus = tmp_path / "corpus"
    doc = {"doc_id": "bare", "file": "bare.pdf", "region": "", "place": "", "kind": "memoire"}
    make_pdf(corpus / "bare.pdf", [[
        ("Annexe 2. Entretien du 4 mai", "bold"),  # text before any heading is the cover
        ("Enquêteur : Qu'est-ce qui a changé pour vous avec la crise ?", ""),
        ("LOC1 : Les tournées, les protocoles, les horaires, tout a changé pour nous.", ""),
        ("Enquêteur : Et avec les médecins du secteur ?", ""),
        ("LOC2 : On se parle davantage, on a un groupe de messagerie commun.", "")]])
    r = inspect_document(doc, tmp_path / "interim", corpus, GAZETTEER_PATH)
    assert r["no_role"] == ["LOC1", "LOC2"] and r["no_region"] == ["LOC1", "LOC2"]
    assert "2 codes without a role: declare them in config/speakers.csv" in verdict(r)
    sheet = tmp_path / "speakers.csv"
    sheet.write_text("doc_id,code,role,region,place,note\nbare,LOC1,infirmière,Grand Est,Metz,\n",
                     encoding="utf-8")
    r2 = inspect_document(doc, tmp_path / "interim", corpus, GAZETTEER_PATH, sheet)
    assert r2["speakers"]["LOC1"] == {"n": 1, "role": "infirmier", "region": "Grand Est"}
    assert r2["no_role"] == ["LOC2"]


def test_page_ranges():
    assert page_ranges([3, 4, 5, 9, 11, 12]) == "3-5, 9, 11-12"
    assert page_ranges([]) == ""


def test_cli_inspect_unknown_document_is_one_line(capsys):
    assert main(["inspect", "nosuchdoc"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Error: ") and "nosuchdoc" in err and err.count("\n") == 1


def test_cli_inspect_a_bundled_document_with_its_interim_text(pipeline, capsys, tmp_path):
    interim = pipeline.interim("sfsp2023")
    (tmp_path / "interim").mkdir()
    (tmp_path / "interim" / "sfsp2023").symlink_to(interim)
    assert main(["inspect", "sfsp2023", "--results", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("sfsp2023: ") and "verdict: " in out and "attribution forms" in out


def test_attribution_forms_are_named():
    from corpus.segment.inspect import attribution_form

    forms = [attribution_form({"text": t}) for t in ("¹", "E4", "(I9, Lyon)", "— Médecin 4 (MG)",
                                                      "Entretien n°28 – Pharmacienne – Région C")]
    assert forms == ["note call after the quote (who in the note)", "code after the quote",
                     "parenthesis after the quote", "dash line under the quote", "interview line under the quote"]


TRANSCRIPTS = Path(__file__).resolve().parents[1] / "fixtures" / "transcripts"


def _word_interview(corpus: Path, lines: list[str] | None = None) -> dict:
    """The real interview excerpt (tests/fixtures/transcripts/README.md), or lines of it as .txt."""
    import shutil

    corpus.mkdir(parents=True, exist_ok=True)
    if lines is None:
        shutil.copy(TRANSCRIPTS / "entretien_artisan_excerpt.docx", corpus / "artisan.docx")
        name = "artisan.docx"
    else:
        (corpus / "artisan.txt").write_text("\n\n".join(lines) + "\n", encoding="utf-8")
        name = "artisan.txt"
    return {"doc_id": "artisan", "file": name, "kind": "entretien", "region": "", "place": ""}


def test_inspect_a_word_transcript_counts_paragraphs_not_pages(tmp_path):
    doc = _word_interview(tmp_path / "corpus")
    r = inspect_document(doc, tmp_path / "interim", tmp_path / "corpus", GAZETTEER_PATH)
    text = report("artisan", r)
    first = text.split("\n")[0]
    assert first.startswith(f"artisan: {r['n_pages']} paragraphs, ") and " pages" not in text
    assert "items per paragraph:" in text and f"of {r['n_pages']} paragraphs" in text
    kinds = {label: kind for label, _n, kind in r["labels"]}
    assert set(kinds) == {"Chercheur", "Interviewe"} and kinds["Chercheur"] == "moderator"
    assert kinds["Interviewe"] != "moderator"
    assert "narrative" not in verdict(r)


def test_inspect_warns_when_an_interview_is_mostly_narrative(tmp_path):
    """Labels only before the first paragraph of each answer (written inline), the rest of the
    long answer unlabelled: most of the interview has no speaker."""
    import docx

    paras = [p.text.strip() for p in docx.Document(str(TRANSCRIPTS / "entretien_artisan_excerpt.docx")).paragraphs]
    paras = [p for p in paras if p]
    # the first question and answer of the source, labels inline, the answer's other paragraphs bare
    answer = paras[4:10]
    lines = [f"Chercheur : {paras[2]}", f"Interviewe : {answer[0]}", *answer[1:],
             f"Chercheur : {paras[11]}", f"Interviewe : {paras[13]}"]
    r = inspect_document(_word_interview(tmp_path / "corpus", lines), tmp_path / "interim",
                         tmp_path / "corpus", GAZETTEER_PATH)
    share = r["shares"]["narrative"]
    assert share > 0.5
    assert verdict(r).startswith(f"{share:.0%} of this interview is narrative")


def test_a_word_memoir_mostly_narrative_is_not_warned_as_an_interview(tmp_path):
    """The same mostly unlabelled text declared as a memoir (kind memoire): narrative is normal."""
    import docx

    paras = [p.text.strip() for p in docx.Document(str(TRANSCRIPTS / "entretien_artisan_excerpt.docx")).paragraphs]
    paras = [p for p in paras if p]
    lines = [f"Chercheur : {paras[2]}", f"Interviewe : {paras[4]}", *paras[5:10],
             f"Chercheur : {paras[11]}", f"Interviewe : {paras[13]}"]
    doc = {**_word_interview(tmp_path / "corpus", lines), "kind": "memoire"}
    r = inspect_document(doc, tmp_path / "interim", tmp_path / "corpus", GAZETTEER_PATH)
    assert r["shares"]["narrative"] > 0.5 and "narrative" not in verdict(r)
