"""The document sheet: loading and validating it, and adding a document (corpus.documents)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from conftest import CORPUS_DIR, DOC_IDS, GAZETTEER_PATH, SHEET_PATH
from fixtures import bad_inputs, memoir

from corpus import documents, extract, segment
from corpus.errors import DocumentSheetError, InputError, NoTextLayerError, ToolMissingError
from corpus.extract import ocr

# ---- loading the sheet ----------------------------------------------------------------------

def test_bundled_sheet_loads():
    rows = documents.load_sheet(SHEET_PATH)
    assert sorted(r["doc_id"] for r in rows) == DOC_IDS
    fournier = documents.by_id(rows)["fournier2021"]
    assert fournier["region"] == "Île-de-France"
    assert fournier["authors"] == "Cécile Fournier; Pascal Clerc"
    assert all((CORPUS_DIR / r["file"]).is_file() for r in rows)


def _sheet(tmp_path: Path, body: bytes) -> Path:
    path = tmp_path / "documents.csv"
    path.write_bytes(body)
    return path


HEADER = ",".join(documents.SHEET_COLUMNS).encode() + b"\n"
ROW = b"memoir,pdf/memoir.pdf,M\xc3\xa9moire,Test,2024,memoire,,,,fr,Bretagne,Hennebont\n"


@pytest.mark.parametrize("body, message", [
    (HEADER.replace(b",region", b"") + ROW, "line 1: missing column(s): region"),
    (HEADER + ROW + ROW.replace(b"M\xc3\xa9moire", b"M\xe9moire").replace(b"memoir,", b"m2,", 1),
     "line 3: not UTF-8 (byte 0xe9)"),
    (HEADER + ROW + ROW, "line 3, column 'doc_id': duplicate doc_id 'memoir' (first on line 2)"),
    (HEADER + ROW.replace(b"memoir,pdf", b"../memoir,pdf"), "line 2, column 'doc_id': invalid value '../memoir'"),
    (HEADER + ROW.replace(b",memoire,", b",thesis,"), "line 2, column 'kind': invalid value 'thesis'"),
    (HEADER + ROW.replace(b"pdf/memoir.pdf", b"../../home/memoir.pdf"),
     "line 2, column 'file': invalid value '../../home/memoir.pdf'"),
    (HEADER + ROW.replace(b"Bretagne", b"Brittany"), "line 2, column 'region': invalid value 'Brittany'"),
    (HEADER + ROW.replace(b"Hennebont\n", b"Hennebont,extra\n"), "line 2, column 'place': more cells than columns"),
])
def test_malformed_sheet_names_line_and_column(tmp_path, body, message):
    path = _sheet(tmp_path, body)
    with pytest.raises(DocumentSheetError) as err:
        documents.load_sheet(path)
    assert str(err.value) == f"{path}: {message}" or str(err.value).startswith(f"{path}: {message}")
    assert "\n" not in str(err.value)


def test_sheet_with_bom_and_crlf_loads(tmp_path):
    path = _sheet(tmp_path, b"\xef\xbb\xbf" + (HEADER + ROW).replace(b"\n", b"\r\n"))
    [row] = documents.load_sheet(path)
    assert row["doc_id"] == "memoir" and row["title"] == "Mémoire" and row["place"] == "Hennebont"


# ---- adding a document ----------------------------------------------------------------------

@pytest.fixture
def corpus(tmp_path):
    """A copy of the bundled sheet, and a corpus folder holding one of the bundled PDFs."""
    sheet = tmp_path / "config" / "documents.csv"
    sheet.parent.mkdir()
    shutil.copy(SHEET_PATH, sheet)
    pdf_dir = tmp_path / "corpus" / "pdf"
    pdf_dir.mkdir(parents=True)
    shutil.copy(CORPUS_DIR / "pdf" / "fournier2021.pdf", pdf_dir)
    return sheet, tmp_path / "corpus"


@pytest.fixture(scope="module")
def memoir_pdf(tmp_path_factory) -> Path:
    return memoir.write_pdf(tmp_path_factory.mktemp("memoir") / "memoire_blavet.pdf")


def _state(sheet: Path, corpus_dir: Path):
    return sheet.read_bytes(), sorted(p.relative_to(corpus_dir) for p in corpus_dir.rglob("*"))


def _row(**changes) -> dict:
    fields = dict(doc_id="blavet2024", title="Coordonner les soins autour du Blavet",
                  authors="Anne Le Gall", year="2024", kind="memoire", region="Bretagne",
                  place="Hennebont; Lorient")
    fields.update(changes)
    return documents.new_row(**fields)


def test_add_copies_the_pdf_and_appends_a_row(corpus, memoir_pdf):
    sheet, corpus_dir = corpus
    before = sheet.read_bytes()
    documents.add_document(memoir_pdf, sheet, corpus_dir, _row())
    assert (corpus_dir / "pdf" / "blavet2024.pdf").read_bytes() == memoir_pdf.read_bytes()
    after = sheet.read_bytes()
    assert after.startswith(before)  # the other rows keep their bytes: no re-run for them
    rows = documents.load_sheet(sheet)
    assert [r["doc_id"] for r in rows][-1] == "blavet2024"
    assert rows[-1]["file"] == "pdf/blavet2024.pdf"
    assert rows[-1]["place"] == "Hennebont; Lorient"
    assert len(rows) == len(DOC_IDS) + 1
    assert not list(sheet.parent.glob(".*.tmp")) and not list((corpus_dir / "pdf").glob(".*.tmp"))


def test_add_keeps_crlf_line_ends(corpus, memoir_pdf):
    sheet, corpus_dir = corpus
    sheet.write_bytes(sheet.read_bytes().replace(b"\n", b"\r\n"))
    documents.add_document(memoir_pdf, sheet, corpus_dir, _row())
    raw = sheet.read_bytes()
    assert raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b"")


@pytest.mark.parametrize("changes, message", [
    ({"doc_id": "fournier2021"}, "doc_id 'fournier2021' is already in the sheet"),
    ({"doc_id": "Fournier2021"}, "doc_id 'Fournier2021' is already in the sheet"),
    ({"doc_id": "../evil"}, "doc_id '../evil' is not a safe id"),
    ({"doc_id": "a/b"}, "doc_id 'a/b' is not a safe id"),
    ({"doc_id": "mémoire"}, "doc_id 'mémoire' is not a safe id"),
    ({"doc_id": "two words"}, "doc_id 'two words' is not a safe id"),
    ({"doc_id": ""}, "doc_id '' is not a safe id"),
    ({"year": "1850"}, "year '1850' is out of range (1900-"),
    ({"year": "2204"}, "year '2204' is out of range (1900-"),
    ({"year": "20a4"}, "year '20a4' is not a year: write it in four digits"),
    ({"region": "Brittany"}, "region 'Brittany' is not a 2016 region name"),
    ({"region": "bretagne"}, "region 'bretagne' is not a 2016 region name (did you mean 'Bretagne'?)"),
    ({"region": "Rhône-Alpes"}, "region 'Rhône-Alpes' is not a 2016 region name"),
    ({"kind": "thesis"}, "kind 'thesis' is not one of these, memoire"),
    ({"title": "  "}, "--title must not be empty"),
])
def test_add_refuses_bad_metadata_and_writes_nothing(corpus, memoir_pdf, changes, message):
    sheet, corpus_dir = corpus
    before = _state(sheet, corpus_dir)
    with pytest.raises(DocumentSheetError) as err:
        documents.add_document(memoir_pdf, sheet, corpus_dir, _row(**changes))
    assert str(err.value).startswith(message), str(err.value)
    assert "\n" not in str(err.value)
    assert _state(sheet, corpus_dir) == before


def _bad_pdf(kind: str, folder: Path, good: Path) -> Path:
    path = folder / f"{kind}.pdf"
    if kind == "empty":
        return bad_inputs.empty(path)
    if kind == "random":
        return bad_inputs.random_bytes(path)
    if kind == "truncated":
        return bad_inputs.truncated(good, path)
    if kind == "encrypted":
        return bad_inputs.encrypted(path)
    if kind == "scanned":
        return Path(shutil.copy(bad_inputs.SCANNED, path))
    raise ValueError(kind)


@pytest.mark.parametrize("kind, message", [
    ("empty", "empty.pdf: empty file (0 bytes)"),
    ("random", "random.pdf: not a PDF (no %PDF- header)"),
    ("truncated", "truncated.pdf: truncated PDF (no %%EOF marker at the end)"),
    ("encrypted", "encrypted.pdf: encrypted PDF (password protected)"),
    ("scanned", "scanned.pdf: no text layer on any of its 1 page(s) (a scan?); add it with --ocr"),
])
def test_add_refuses_unreadable_pdfs_and_writes_nothing(corpus, memoir_pdf, tmp_path, kind, message):
    sheet, corpus_dir = corpus
    pdf = _bad_pdf(kind, tmp_path, memoir_pdf)
    before = _state(sheet, corpus_dir)
    with pytest.raises(InputError) as err:
        documents.add_document(pdf, sheet, corpus_dir, _row())
    assert str(err.value).startswith(message), str(err.value)
    assert _state(sheet, corpus_dir) == before


def test_encrypted_fixture_is_a_real_password_protected_pdf(tmp_path):
    from pdfminer.high_level import extract_text

    pdf = bad_inputs.encrypted(tmp_path / "e.pdf", user_password=b"secret")
    assert "Coordination des soins" in extract_text(str(pdf), password="secret")


def test_add_refuses_a_pdf_already_in_the_corpus(corpus):
    sheet, corpus_dir = corpus
    before = _state(sheet, corpus_dir)
    with pytest.raises(InputError, match="already in the corpus as 'fournier2021'"):
        documents.add_document(CORPUS_DIR / "pdf" / "fournier2021.pdf", sheet, corpus_dir,
                               _row(doc_id="fournier_bis"))
    assert _state(sheet, corpus_dir) == before


def test_add_refuses_to_overwrite_a_pdf(corpus, memoir_pdf):
    sheet, corpus_dir = corpus
    (corpus_dir / "pdf" / "blavet2024.pdf").write_bytes(b"%PDF-1.4 someone else's file")
    with pytest.raises(DocumentSheetError, match="already exists"):
        documents.add_document(memoir_pdf, sheet, corpus_dir, _row())
    assert (corpus_dir / "pdf" / "blavet2024.pdf").read_bytes() == b"%PDF-1.4 someone else's file"


def test_add_with_ocr_stores_the_ocred_copy(corpus, memoir_pdf, tmp_path, monkeypatch):
    sheet, corpus_dir = corpus
    scanned = _bad_pdf("scanned", tmp_path, memoir_pdf)
    calls = []

    def fake_ocr(src, out):  # stands for OCRmyPDF: the scan with a text layer added
        calls.append(Path(src))
        shutil.copy(memoir_pdf, out)
        return out

    monkeypatch.setattr(ocr, "ocr_pdf", fake_ocr, raising=False)
    documents.add_document(scanned, sheet, corpus_dir, _row(), ocr=True)
    assert calls == [scanned]
    assert (corpus_dir / "pdf" / "blavet2024.pdf").read_bytes() == memoir_pdf.read_bytes()


def test_add_with_ocr_unavailable_says_so(corpus, memoir_pdf, tmp_path, monkeypatch):
    sheet, corpus_dir = corpus
    monkeypatch.delattr(ocr, "ocr_pdf", raising=False)
    before = _state(sheet, corpus_dir)
    with pytest.raises(ToolMissingError, match="--ocr is not available"):
        documents.add_document(_bad_pdf("scanned", tmp_path, memoir_pdf), sheet, corpus_dir, _row(), ocr=True)
    assert _state(sheet, corpus_dir) == before


def test_check_pdf_reads_past_image_only_first_pages(tmp_path):
    """A PDF whose first pages have no text is not refused if a later page has some."""
    from pdfgen import make_pdf

    pages = [[] for _ in range(documents.TEXT_CHECK_PAGES)] + [[("Texte de la page six.", "")]]
    pdf = make_pdf(tmp_path / "late.pdf", pages, footer_numbers=False)
    documents.check_pdf(pdf)
    blank = make_pdf(tmp_path / "blank.pdf", [[] for _ in range(7)], footer_numbers=False)
    with pytest.raises(NoTextLayerError, match="no text layer on any of its 7 page"):
        documents.check_pdf(blank)


# ---- a memoir in a format close to the corpus's is segmented without code changes -------------

@pytest.fixture(scope="module")
def memoir_segments(memoir_pdf, tmp_path_factory):
    """The memoir added with `corpus add` (no region: places must come from the gazetteer)."""
    root = tmp_path_factory.mktemp("memoir_corpus")
    sheet = root / "documents.csv"
    shutil.copy(SHEET_PATH, sheet)
    documents.add_document(memoir_pdf, sheet, root, _row(region="", place=""))
    row = documents.by_id(documents.load_sheet(sheet))["blavet2024"]
    out = root / "interim" / "blavet2024"
    assert extract.run(root / row["file"], "blavet2024", out)["status"] == "ok"
    records = segment.run(out, row, GAZETTEER_PATH)
    text = (out / "text.txt").read_text(encoding="utf-8")
    return records, text


def _starting(records, prefix: str) -> dict:
    found = [r for r in records if r["text"].startswith(prefix)]
    assert len(found) == 1, [(r["kind"], r["text"][:40]) for r in records]
    return found[0]


def test_memoir_text_is_extracted_whole(memoir_segments):
    records, text = memoir_segments
    for para in memoir.paragraphs():
        assert para in text, para
    # segments partition the text
    assert [r["char_start"] for r in records][0] == 0
    assert all(a["char_end"] == b["char_start"] for a, b in zip(records, records[1:]))
    assert records[-1]["char_end"] == len(text)


def _is_interviewee(speaker: str, n: int) -> bool:
    """'E4' as written, or the segmenter's interview label 'Entretien n°4'."""
    return re.fullmatch(rf"(?:E|Entretien n°\s*){n}", speaker or "") is not None


def test_memoir_annex_transcript_turns(memoir_segments):
    records, _ = memoir_segments
    annex = [r for r in records if r["text"].startswith(("Enquêtrice :", "E4 :"))]
    assert len(annex) == 6
    for r in annex:
        if r["text"].startswith("Enquêtrice"):
            assert (r["speaker"], r["role"]) == ("Enquêtrice", "autre")
            assert r["kind"] != "verbatim"
        else:
            assert r["kind"] == "turn" and _is_interviewee(r["speaker"], 4), r
    assert _starting(records, "Depuis 2016")["kind"] == "narrative"


def test_memoir_inline_quotes_are_verbatims_with_roles(memoir_segments):
    records, _ = memoir_segments
    e1 = _starting(records, "« on se connaît tous")
    assert (e1["kind"], e1["role"]) == ("verbatim", "medecin_generaliste")
    e5 = _starting(records, "« les réunions du soir")
    assert (e5["kind"], e5["role"]) == ("verbatim", "kinesitherapeute")


def test_memoir_annex_speaker_takes_role_and_region_from_heading(memoir_segments):
    records, _ = memoir_segments
    e4 = [r for r in records if r["kind"] == "turn" and _is_interviewee(r["speaker"], 4)]
    assert len(e4) == 3 and all(r["role"] == "pharmacien" for r in e4)
    assert all(r["region"] == "Bretagne" for r in e4)  # Lanester, Morbihan


def test_memoir_inline_quotes_name_their_speaker(memoir_segments):
    records, _ = memoir_segments
    assert _is_interviewee(_starting(records, "« on se connaît tous")["speaker"], 1)
    assert _is_interviewee(_starting(records, "« les réunions du soir")["speaker"], 5)


def test_memoir_block_quotes_take_the_attribution_line(memoir_segments):
    records, _ = memoir_segments
    e3 = _starting(records, "« Le plus dur, c'est le temps.")
    assert e3["kind"] == "verbatim" and _is_interviewee(e3["speaker"], 3) and e3["role"] == "infirmier"
    assert e3["region"] == "Bretagne" and e3["place"].lower() == "hennebont"
    e2 = _starting(records, "« Pendant le premier confinement")
    assert e2["kind"] == "verbatim" and _is_interviewee(e2["speaker"], 2)
    assert (e2["role"], e2["region"]) == ("medecin_generaliste", "Bretagne")
    assert _starting(records, "— E3, infirmière libérale")["kind"] == "attribution"
