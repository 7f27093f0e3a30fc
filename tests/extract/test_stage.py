"""Extraction on the bundled corpus: faithful text (measured against the reference texts), page
furniture removed, table rows kept together, audit and quality flags, and bad input."""

from __future__ import annotations

import bisect
import re
import shutil
import unicodedata
import zlib
from collections import defaultdict
from pathlib import Path

import pytest

from conftest import CORPUS_DIR, DOC_IDS
from pdfgen import assemble
from corpus import extract
from corpus import io as cio

FIXTURES = Path(__file__).parent / "fixtures" / "pdf"

# Running headers/footers that the PDFs add, read off the pages by eye (not from our output).
RUNNING = {
    "aef2021": ["www.aefinfo.fr", "AEF info — Dépêche n°649867"],
    "fournier2021": ["Revue francophone sur la santé et les territoires"],
    "gautier2019": ["Les conditions de l'action collective dans le cadre des communautés "
                    "professionnelles territoriales de santé"],
    "perelli2022": ["Gestion d’une crise sanitaire en exercice coordonné : l’exemple de la CPTS "
                    "Centre Hérault"],
    "sfsp2023": ["#SFSP2023"],
}


# ---- measuring word 6-grams kept in order ------------------------------------------------------

def words(text: str, drop: list[str] = ()) -> list[str]:
    """Word tokens, the same way on both sides.

    The reference texts carry artefacts of their own conversion that are not text: HTML tags
    (<p>, <b>, <i> in gautier2019's annex 7), markdown emphasis and headings (** and # in
    gautier2019), table rules (---), tabs between words (perelli2022, gautier2019), ligatures.
    Tokens are runs of letters/digits, so punctuation, tabs, markdown and spacing drop out on
    both sides; tags are removed first. Case is folded (small caps, headings set in capitals).
    ``drop``: running furniture to take out of a reference that kept it (sfsp2023's OCR of the
    slides has the slide footer "#SFSP2023" in its text; the cleaned text must not).
    """
    text = re.sub(r"</?[A-Za-z][^>\n]{0,40}>", " ", text)
    for furniture in drop:
        text = text.replace(furniture, " ")
    text = unicodedata.normalize("NFKC", text).casefold()
    return re.findall(r"[^\W_]+", text)


def ngrams(tokens: list[str], n: int = 6) -> list[int]:
    return [zlib.crc32(" ".join(tokens[i:i + n]).encode()) for i in range(len(tokens) - n + 1)]


def ordered_recall(reference: list[int], output: list[int]) -> float:
    """Share of the reference 6-grams found in the output in the same order: the length of the
    longest common subsequence of the two 6-gram sequences (Hunt–Szymanski: a longest
    increasing subsequence over matching positions) divided by the reference's length."""
    positions = defaultdict(list)
    for i, g in enumerate(output):
        positions[g].append(i)
    tails: list[int] = []
    for g in reference:
        for j in reversed(positions.get(g, ())):
            k = bisect.bisect_left(tails, j)
            if k == len(tails):
                tails.append(j)
            else:
                tails[k] = j
    return len(tails) / max(1, len(reference))


def test_ordered_recall_detects_loss_and_reordering():
    ref = ngrams("a b c d e f g h i j k l m n o p".split())
    assert ordered_recall(ref, ref) == 1.0
    swapped = ngrams("i j k l m n o p a b c d e f g h".split())
    assert ordered_recall(ref, swapped) < 0.5
    assert ordered_recall(ref, ngrams("a b c d e f g h".split())) == pytest.approx(3 / 11)


@pytest.mark.parametrize("doc_id", DOC_IDS)
def test_cleaned_text_keeps_reference_word_6grams_in_order(pipeline, reference_text, doc_id):
    ours = words(pipeline.text(doc_id))
    ref = words(reference_text(doc_id), drop=RUNNING[doc_id] if doc_id == "sfsp2023" else ())
    ratio = ordered_recall(ngrams(ref), ngrams(ours))
    print(f"\n{doc_id}: {ratio:.4f} of {len(ref) - 5} reference word 6-grams kept in order")
    assert ratio >= 0.99


@pytest.mark.parametrize("doc_id", DOC_IDS)
def test_running_headers_and_page_numbers_are_removed(pipeline, reference_text, doc_id):
    text = pipeline.text(doc_id)
    ref = " ".join(reference_text(doc_id).split())
    flat = " ".join(text.split())
    for header in RUNNING[doc_id]:
        # the header may be part of the text too (a title, a citation): never more often
        assert flat.count(header) <= ref.count(header), header
        assert header not in text.split("\n")
    if doc_id == "sfsp2023":
        # the footer of all 13 slides; once in the title slide's own banner
        # ("CONGRES 2023 . #SFSP2023 @ SAINT-ETIEN"), as in the reference
        assert text.count(RUNNING[doc_id][0]) == 1
    # no line that is the page's own printed number (the theses number from the cover: p - 1)
    pages = cio.read_csv(pipeline.interim(doc_id) / "pages.csv")
    for p in pages:
        lines = text[int(p["char_start"]):int(p["char_end"])].split("\n")
        n = int(p["page"])
        assert not {str(n), str(n - 1)} & {ln.strip() for ln in lines}, f"page {n}"
    if doc_id in ("aef2021", "fournier2021"):   # footers "n/5" and "n / 21"
        assert not re.search(r"\b\d{1,2} ?/ ?(5|21)\b", text)


def test_audit_lists_each_removed_line_with_page_and_reason(pipeline):
    audit = cio.read_csv(pipeline.interim("fournier2021") / "audit.csv")
    removed = [r for r in audit if r["reason"] in ("running_header_footer", "page_number")]
    headers = [r for r in removed if r["original"] == RUNNING["fournier2021"][0]]
    assert len(headers) == 22   # one per page
    # footers "1 / 21" ... "21 / 21" on pages 2-22 (the cover page is not numbered)
    assert {r["original"] for r in removed if r["reason"] == "page_number"} == {f"{n} / 21" for n in range(1, 22)}
    # the audit records changes only: no row for mere whitespace collapsing
    assert not [r for r in audit if r["reason"] == "normalized"]
    pages = cio.read_csv(pipeline.interim("fournier2021") / "pages.csv")
    assert sum(int(p["removed_lines"]) for p in pages) == len(removed)


def test_page_map_partitions_text_in_page_order(pipeline):
    folder = pipeline.interim("perelli2022")
    text = cio.read_text(folder / "text.txt")
    pages = cio.read_csv(folder / "pages.csv")
    assert [int(p["page"]) for p in pages] == list(range(1, 56))
    ends = [(int(p["char_start"]), int(p["char_end"])) for p in pages]
    assert all(a <= b for a, b in ends) and ends[-1][1] <= len(text)
    assert all(ends[i][1] <= ends[i + 1][0] + 1 for i in range(len(ends) - 1))
    # page 30 of the PDF holds the verbatim "P7 : « On a eu quand même des élans de générosité"
    p30 = next(p for p in pages if p["page"] == "30")
    assert "élans de générosité" in text[int(p30["char_start"]):int(p30["char_end"])]


def test_paragraphs_are_rebuilt_from_line_spacing(pipeline):
    """perelli2022 is set with wide line spacing: pdfminer gives one box per line; paragraphs
    must still be one line each in text.txt, headings and TOC entries on their own."""
    lines = pipeline.text("perelli2022").split("\n")
    assert ("Au Pr Lambert d’avoir accepté de présider le jury de cette thèse. Merci pour votre "
            "réactivité. A Christine Rolland, d’avoir accepté d’être ma directrice de thèse malgré "
            "mon départ pour retourner vivre dans le nord... Merci pour ta gentillesse.") in lines
    assert "a) Mutualisation des moyens matériels" in lines
    assert any(ln.startswith("I. INTRODUCTION . . .") and ln.endswith("21") for ln in lines)


def test_italic_verbatims_and_bold_headings_are_styled(pipeline):
    folder = pipeline.interim("perelli2022")
    text = cio.read_text(folder / "text.txt")
    styles = cio.read_csv(folder / "styles.csv")
    start = text.index("I. INTRODUCTION\n")
    assert any(s["style"].startswith("bold") and int(s["char_start"]) <= start < int(s["char_end"])
               for s in styles)


def test_annex7_rows_keep_text_and_interview_number_together(pipeline, reference_text):
    """gautier2019 annex 7: every verbatim row of the table is one line '<text> | <number>'.
    Reference rows are '<text>\\t<number>' lines; rows match on their first 60 characters."""
    text = pipeline.text("gautier2019")
    ref = reference_text("gautier2019")
    ref_rows = re.findall(r"^(.*\S)\t(\d[^\t\n]*?)\s*$", ref[ref.rfind("Annexes 7 - Verbatims"):], re.M)
    assert len(ref_rows) > 1400

    def key(t: str) -> str:
        return " ".join(words(t))[:60]

    ours = {}
    for line in text[text.rfind("Annexes 7 - Verbatims"):].split("\n"):
        if extract.TABLE_DELIMITER in line:
            row_text, number = line.rsplit(extract.TABLE_DELIMITER, 1)
            ours.setdefault(key(row_text), set()).add(number.replace(" ", ""))
    kept = sum(1 for t, n in ref_rows if n.replace(" ", "") in ours.get(key(t), ()))
    share = kept / len(ref_rows)
    print(f"\ngautier2019 annex 7: {kept}/{len(ref_rows)} rows ({share:.3f}) as '<text> | <number>'")
    # the rest: rows whose number the PDF lost in a page break (p. 294: "Non c'est vraiment
    # horizontal...", 30) or a number in the text touching the cell column ("500 01")
    assert share >= 0.985


def test_dehyphenation_keeps_real_compounds(pipeline):
    text = pipeline.text("gautier2019")
    assert "c'est-à-dire" in text and "Île-de-France" in text
    assert "elles-mêmes" in text or "eux-mêmes" in text
    assert "c'estàdire" not in text and "Îlede" not in text


def test_quality_flags_on_pages_and_document(pipeline):
    status = cio.read_json(pipeline.interim("sfsp2023") / "status.json")
    for key in ("garbled_share", "garbled_pages", "no_text_layer_pages", "low_text_pages",
                "chars_per_page_median", "quality"):
        assert key in status
    clean_status = cio.read_json(pipeline.interim("fournier2021") / "status.json")
    # the OCRed slides have more garbled/unknown words than the typeset article
    assert status["garbled_share"] > 2 * clean_status["garbled_share"]
    pages = cio.read_csv(pipeline.interim("sfsp2023") / "pages.csv")
    assert all(p["has_text"] == "1" for p in pages)


def test_page_ranges_in_parallel_give_the_same_pages():
    pdf = CORPUS_DIR / "pdf" / "perelli2022.pdf"   # 55 pages: split into ranges
    assert len(extract.page_ranges(55, 2)) > 1
    one = extract.read_pdf(pdf, page_workers=1)
    two = extract.read_pdf(pdf, page_workers=2)
    assert list(one) == list(two) == list(range(1, 56))
    assert [[ln.text for ln in p.lines] for p in one.values()] == \
           [[ln.text for ln in p.lines] for p in two.values()]


# ---- bad input -----------------------------------------------------------------------------

def _pdf(objects: list[bytes], trailer_extra: bytes = b"") -> bytes:
    """A PDF file from numbered object bodies, with a correct xref table."""
    return assemble(objects, 1, trailer_extra)


def _text_page(text: str) -> bytes:
    lines = [text[i:i + 80] for i in range(0, len(text), 80)]
    ops = b"BT /F1 11 Tf 14 TL 60 760 Td " + b" ".join(
        b"(" + ln.encode("cp1252") + b") Tj T*" for ln in lines) + b" ET"
    return ops


FRENCH = ("Les professionnels de santé du territoire ont organisé la coordination des soins "
          "pendant la crise sanitaire, avec la communauté professionnelle territoriale de santé. ") * 4


def make_partly_scanned(path: Path) -> None:
    """Page 1 with a text layer, page 2 an image only (a scanned page)."""
    content = _text_page(FRENCH)
    image = b"\x80" * 64
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R "
        b"/Resources << /Font << /F1 7 0 R >> >> >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 6 0 R "
        b"/Resources << /XObject << /Im1 8 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Length 33 >>\nstream\nq 400 0 0 600 100 100 cm /Im1 Do Q\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray "
        b"/BitsPerComponent 8 /Length 64 >>\nstream\n" + image + b"\nendstream",
    ]
    path.write_bytes(_pdf(objects))


def make_encrypted(path: Path) -> None:
    """Standard security handler (RC4, R2) whose user password is not empty."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
        b"<< /Filter /Standard /V 1 /R 2 /P -44 /O <" + b"11" * 32 + b"> /U <" + b"22" * 32 + b"> >>",
    ]
    path.write_bytes(_pdf(objects, b"/Encrypt 4 0 R /ID [<" + b"ab" * 16 + b"> <" + b"ab" * 16 + b">] "))


@pytest.fixture()
def bad_inputs(tmp_path):
    files = {}
    files["empty.pdf"] = tmp_path / "empty.pdf"
    files["empty.pdf"].write_bytes(b"")
    files["notes.pdf"] = tmp_path / "notes.pdf"
    files["notes.pdf"].write_text("Ceci n'est pas un PDF.\n", encoding="utf-8")
    files["truncated.pdf"] = tmp_path / "truncated.pdf"
    files["truncated.pdf"].write_bytes((CORPUS_DIR / "pdf" / "aef2021.pdf").read_bytes()[:3000])
    files["locked.pdf"] = tmp_path / "locked.pdf"
    make_encrypted(files["locked.pdf"])
    files["scanned_page_fr.pdf"] = tmp_path / "scanned_page_fr.pdf"
    shutil.copy(FIXTURES / "scanned_page_fr.pdf", files["scanned_page_fr.pdf"])
    return files


@pytest.mark.parametrize("name, problem", [
    ("empty.pdf", "empty file"),
    ("notes.pdf", "not a PDF"),
    ("truncated.pdf", "unreadable or truncated PDF"),
    ("locked.pdf", "encrypted PDF"),
    ("scanned_page_fr.pdf", "no text layer on 1/1 pages — run OCR"),
])
def test_bad_input_is_one_line_error_in_status_never_an_exception(bad_inputs, tmp_path, name, problem):
    out = tmp_path / "out"
    status = extract.run(bad_inputs[name], "bad", out)
    assert status["status"] == "error"
    assert status["error"].startswith(f"{name}: ") and problem in status["error"]
    assert "\n" not in status["error"]
    assert cio.read_text(out / "text.txt") == ""
    assert cio.read_csv(out / "pages.csv") == []


def test_partly_scanned_pdf_keeps_text_pages_and_lists_empty_ones(tmp_path):
    pdf = tmp_path / "partly.pdf"
    make_partly_scanned(pdf)
    status = extract.run(pdf, "partly", tmp_path / "out")
    assert status["status"] == "ok"
    assert status["empty_pages"] == [2] and status["no_text_layer_pages"] == [2]
    assert "partly_scanned" in status["quality"]
    text = cio.read_text(tmp_path / "out" / "text.txt")
    assert "coordination des soins" in text
    audit = cio.read_csv(tmp_path / "out" / "audit.csv")
    assert {"page": "2", "reason": "no_text_layer", "original": "image only", "replacement": ""} in audit


def test_time_and_memory_bounds_yield_errors(tmp_path):
    # a pathological page: 300,000 characters, each a layout object for pdfminer
    pdf = tmp_path / "huge_page.pdf"
    content = b"BT /F1 2 Tf 10 800 Td " + b"(" + b"abc " * 75_000 + b") Tj ET"
    pdf.write_bytes(_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]))
    status = extract.run(pdf, "huge", tmp_path / "mem", memory_mb=50)
    assert status["status"] == "error"
    assert status["error"] == ("huge_page.pdf: extraction exceeded the memory limit of 50 MB "
                               "(extract.memory_mb)")
    status = extract.run(CORPUS_DIR / "pdf" / "gautier2019.pdf", "g", tmp_path / "t", timeout_seconds=1)
    assert status["status"] == "error" and "time limit of 1 s" in status["error"]


# ---- OCR -----------------------------------------------------------------------------------

def test_ocr_without_tools_says_how_to_get_them(monkeypatch, capsys, tmp_path):
    from corpus import cli

    monkeypatch.setattr(shutil, "which", lambda name: None)
    code = cli.main(["ocr", str(FIXTURES / "scanned_page_fr.pdf"), "-o", str(tmp_path / "o.pdf")])
    err = capsys.readouterr().err
    assert code == 1
    assert err.startswith("Error: scanned_page_fr.pdf: ") and "make ocr-deps" in err


@pytest.mark.skipif(shutil.which("ocrmypdf") is None or shutil.which("tesseract") is None,
                    reason="optional OCR tools not installed (make ocr-deps)")
def test_ocr_adds_a_french_text_layer(tmp_path):
    out = extract.ocr_pdf(FIXTURES / "scanned_page_fr.pdf", tmp_path / "ocr.pdf")
    status = extract.run(out, "scan", tmp_path / "out")
    assert status["status"] == "ok"
    text = cio.read_text(tmp_path / "out" / "text.txt")
    assert "whisky" in text and "juge blond" in text


# ---- real-world layouts (issue #17): synthetic PDFs reproducing each defect ---------------------

from fixtures import layouts


def _extract(tmp_path, make, name, **kwargs):
    pdf = make(tmp_path / f"{name}.pdf")
    status = extract.run(pdf, name, tmp_path / name, **kwargs)
    return status, tmp_path / name


def test_footnotes_leave_the_body_and_keep_their_calls(tmp_path):
    _status, out = _extract(tmp_path, layouts.footnotes_pdf, "notes")
    text = cio.read_text(out / "text.txt")
    paragraphs = text.splitlines()
    # the sentence that straddles the page break is whole, its note follows it
    body = next(p for p in paragraphs if p.startswith("La coordination"))
    assert "comprend un nombre élevé de professionnels" in body
    assert layouts.NOTE_1 not in body and "dévalorise son propre rôle" in body
    assert paragraphs[paragraphs.index(body) + 1] == "1 " + layouts.NOTE_1
    assert "2 " + layouts.NOTE_2 in paragraphs and "territoire pendant" in text
    notes = cio.read_csv(out / "notes.csv")
    assert [(n["note_id"], n["page"]) for n in notes] == [("1", "1"), ("2", "2")]
    for n in notes:
        assert text[int(n["note_char_start"]):int(n["note_char_end"])].startswith(n["note_id"] + " ")
    # each call points just after the word it was glued to
    assert text[:int(notes[0]["call_char"])].endswith("dévalorise")
    assert text[:int(notes[1]["call_char"])].endswith("territoire")
    audit = cio.read_csv(out / "audit.csv")
    assert {"page": "1", "reason": "note_call", "original": "dévalorise1",
            "replacement": "dévalorise"} in audit
    sections = cio.read_csv(out / "structure.csv")
    spans = [(int(s["char_start"]), int(s["char_end"])) for s in sections if s["kind"] == "notes"]
    assert len(spans) == 2
    assert all(text[a:b].rstrip("\n") in ("1 " + layouts.NOTE_1, "2 " + layouts.NOTE_2) for a, b in spans)
    assert all(a["char_end"] == b["char_start"] for a, b in zip(sections, sections[1:]))


def test_a_note_running_onto_the_next_page_stays_one_note(tmp_path):
    _status, out = _extract(tmp_path, layouts.long_note_pdf, "long")
    paragraphs = cio.read_text(out / "text.txt").splitlines()
    assert f"1 {layouts.NOTE_LONG_A} {layouts.NOTE_LONG_B}" in paragraphs
    assert "2 " + layouts.NOTE_2 in paragraphs
    body = next(p for p in paragraphs if p.startswith("La coordination"))
    assert layouts.NOTE_LONG_B not in body and "comprend un nombre élevé" in body
    assert [n["note_id"] for n in cio.read_csv(out / "notes.csv")] == ["1", "2"]


def test_small_numbered_lines_without_calls_are_not_notes(tmp_path):
    """A numbered list set small at the foot of a page, with no raised call in the body."""
    from pdfgen import column_runs, make_runs_pdf

    runs = column_runs([l.replace("^{1}", "") for l in layouts.NOTE_PAGE_1], 72, 700, 10)
    runs += column_runs(["1 Premier point de la liste des actions", "2 Second point"], 72, 120, 8)
    pdf = make_runs_pdf(tmp_path / "list.pdf", [runs])
    extract.run(pdf, "list", tmp_path / "list")
    assert cio.read_csv(tmp_path / "list" / "notes.csv") == []
    assert all(s["kind"] != "notes" for s in cio.read_csv(tmp_path / "list" / "structure.csv"))


@pytest.mark.parametrize("n_pages", [4, 6])   # 4: each running head on 2 pages only
def test_two_columns_alternating_heads_and_compound_hyphens(tmp_path, n_pages):
    _status, out = _extract(tmp_path, lambda p: layouts.two_column_pdf(p, n_pages), "review")
    text = cio.read_text(out / "text.txt")
    for head in layouts.HEADS:
        assert head not in text
    assert not re.search(r"(?m)^14[1-6]$", text) and not re.search(r"\b14[1-6]\b", text)
    # one paragraph: it runs from column to column and from page to page
    assert len(text.splitlines()) == 1
    cases = layouts.HYPHEN_CASES[:10 * 2 * n_pages]
    wrong = [(a, b) for a, b, good in cases if good not in text]
    assert wrong == []
    audit = cio.read_csv(out / "audit.csv")
    decisions = [r for r in audit if r["reason"] in ("dehyphenated", "hyphen_kept")]
    assert len(decisions) == len(cases)   # every decision on record, with its rule
    assert all(re.search(r"\(\w+\)$", r["replacement"]) for r in decisions)


def test_latex_accents_are_recomposed_and_structure_found(tmp_path):
    _status, out = _extract(tmp_path, layouts.memoir_pdf, "memoir")
    text = cio.read_text(out / "text.txt")
    for word in ("Résumé", "mémoire", "mère", "même", "élève", "infirmières", "à domicile",
                 "français", "où", "hôpital", "rôle", "collègues"):
        assert word in text
    assert not re.search(r"[`´ˆ¨¸]", text)
    audit = cio.read_csv(out / "audit.csv")
    assert any(r["reason"] == "spacing_accent" for r in audit)
    sections = {s["heading"]: s for s in cio.read_csv(out / "structure.csv")}
    assert (sections["Résumé"]["kind"], sections["Résumé"]["language"]) == ("abstract", "fr")
    assert (sections["Resumen"]["kind"], sections["Resumen"]["language"]) == ("abstract", "es")
    assert (sections["Abstract"]["kind"], sections["Abstract"]["language"]) == ("abstract", "en")
    assert (sections["Chapitre 1"]["kind"], sections["Chapitre 1"]["level"]) == ("body", "1")
    assert (sections["PARTIE II"]["kind"], sections["PARTIE II"]["level"]) == ("body", "1")
    assert sections["1.1 Les équipes de soins primaires"]["kind"] == "body"


def test_reading_order_of_a_scrambled_justified_line_and_a_drop_cap(tmp_path):
    _status, out = _extract(tmp_path, layouts.reading_order_pdf, "order")
    text = cio.read_text(out / "text.txt")
    assert "les infirmières libérales ont organisé des tournées communes" in text
    assert "La communauté a mis en place" in text and "L a communauté" not in text


def test_print_to_pdf_drawn_as_curves_is_an_error_unless_allowed(tmp_path):
    status, _out = _extract(tmp_path, layouts.print_to_pdf, "web")
    assert status["status"] == "error"
    assert "almost no text on 2/2 pages" in status["error"] and "curves" in status["error"]
    assert "extract.allow_low_text" in status["error"]
    # accepted on demand (one page: its browser header and footer are its text)
    allowed, _out = _extract(tmp_path, lambda p: layouts.print_to_pdf(p, 1), "web2", allow_low_text=True)
    assert allowed["status"] == "ok"
    assert "low_text_pages=1/1" in allowed["warnings"] and "drawn_pages=1/1" in allowed["warnings"]
    refused, _out = _extract(tmp_path, lambda p: layouts.print_to_pdf(p, 1), "web3")
    assert refused["status"] == "error" and "almost no text on 1/1 pages" in refused["error"]


def test_unmapped_glyphs_are_counted_flagged_and_never_words(tmp_path):
    status, out = _extract(tmp_path, layouts.unmapped_pdf, "cid")
    text = cio.read_text(out / "text.txt")
    assert "(cid:" not in text and "coordination des soins primaires" in text
    assert "unmapped_glyphs=276" in status["warnings"]
    assert status["garbled_share"] > 0.5   # issue #20 item 9: a (cid:N) text is garbled
    pages = cio.read_csv(out / "pages.csv")
    assert pages[0]["unmapped_glyphs"] == "276"
    only, _out = _extract(tmp_path, lambda p: layouts.unmapped_pdf(p, readable=False), "cid_only")
    assert only["status"] == "error" and "glyphs without a character" in only["error"]


def test_an_english_document_warns(tmp_path):
    status, _out = _extract(tmp_path, layouts.english_pdf, "english")
    assert status["status"] == "ok" and status["warnings"] == "language=en"
    assert status["location_unit"] == "page"


def test_bundled_documents_have_no_warnings_and_a_location_unit(pipeline):
    for doc_id in DOC_IDS:
        status = cio.read_json(pipeline.interim(doc_id) / "status.json")
        assert status["location_unit"] == "page"
        assert status["warnings"] == "", doc_id
        assert (pipeline.interim(doc_id) / "notes.csv").exists()


REALPDF = Path(__file__).parent / "fixtures" / "realpdf"


def test_a_browser_printed_two_column_article_reads_as_written(tmp_path):
    """Chromium's print-to-PDF: two justified columns, a drop cap, soft hyphens, the browser's
    header and footer; the text must come out as the source's paragraphs, in order."""
    source = (REALPDF / "chromium_article.txt").read_text(encoding="utf-8").split("\n")
    source = [p for p in source if p] * 3
    status = extract.run(REALPDF / "chromium_article.pdf", "web", tmp_path / "web")
    assert status["status"] == "ok" and status["warnings"] == ""
    paragraphs = cio.read_text(tmp_path / "web" / "text.txt").splitlines()
    assert paragraphs == ["La coordination en pratique"] + source
    audit = cio.read_csv(tmp_path / "web" / "audit.csv")
    removed = {r["original"] for r in audit if r["reason"] in ("running_header_footer", "page_number")}
    assert "CPTS : la coordination en pratique" in removed and "2/2" in removed


# ---- endnotes (issue #17, round 2) -------------------------------------------------------------


def _notes_and_text(out):
    return cio.read_csv(out / "notes.csv"), cio.read_text(out / "text.txt")


def test_endnotes_under_a_final_notes_heading_are_linked_to_their_calls(tmp_path):
    _status, out = _extract(tmp_path, layouts.endnotes_pdf, "endnotes")
    notes, text = _notes_and_text(out)
    paragraphs = text.splitlines()
    assert [(n["note_id"], n["page"]) for n in notes] == [("1", "2"), ("2", "2")]
    assert text[:int(notes[0]["call_char"])].endswith("(Martin, 2021)")
    assert text[:int(notes[1]["call_char"])].endswith("La coordinatrice")
    for n, body in zip(notes, (layouts.ENDNOTE_1, layouts.ENDNOTE_2)):
        assert text[int(n["note_char_start"]):int(n["note_char_end"])] == f"{n['note_id']} {body}"
    # the calls left the words, the unit's exponent and the body's numbered list stayed
    assert "2021), avec" in text and "La coordinatrice a tenu" in text and "60 km2 qui" in text
    assert all(item in paragraphs for item in layouts.ENDNOTE_LIST)
    audit = cio.read_csv(out / "audit.csv")
    calls = [(r["page"], r["original"], r["replacement"]) for r in audit if r["reason"] == "note_call"]
    assert calls == [("1", "2021)1", "2021)"), ("1", "coordinatrice2", "coordinatrice")]
    sections = cio.read_csv(out / "structure.csv")
    notes_end = max(int(s["char_end"]) for s in sections if s["kind"] == "notes")
    notes_start = min(int(s["char_start"]) for s in sections if s["kind"] == "notes")
    assert text[notes_start:notes_end].startswith("Notes\n1 ") and notes_end >= len(text) - 1


def test_a_notes_heading_whose_numbers_the_body_never_calls_is_left_alone(tmp_path):
    _status, out = _extract(tmp_path, lambda p: layouts.endnotes_pdf(p, calls=False), "uncalled")
    notes, text = _notes_and_text(out)
    assert notes == []
    assert "1. " + layouts.ENDNOTE_1 in text.splitlines()
    audit = cio.read_csv(out / "audit.csv")
    assert [r["original"] for r in audit if r["reason"] == "endnotes_not_taken"] == [
        "0 of 2 numbered notes called"]


def test_article_endnotes_follow_their_calls_across_pages(pipeline):
    """fournier2021 gathers five notes under "NOTES" (p. 21); the calls, read off the PDF by eye,
    are raised digits on pages 2, 18, 6, 9 and 17 (note 2 is called after note 5), and "km²" on
    pages 4 and 5 is an exponent."""
    out = pipeline.interim("fournier2021")
    notes, text = _notes_and_text(out)
    called = {"1": "(Saint-Lary et al, 2020)", "2": "enquêtes Execo", "3": "au sein de la CPTS",
              "4": "cas cumulés en France", "5": "décrété covid négatif"}
    assert [n["note_id"] for n in notes] == list(called) and {n["page"] for n in notes} == {"21"}
    for n in notes:
        assert text[:int(n["call_char"])].endswith(called[n["note_id"]])
        assert text[int(n["note_char_start"]):].startswith(n["note_id"] + " ")
    # note 5 runs over two lines that the layout set apart: one note
    last = text[int(notes[-1]["note_char_start"]):int(notes[-1]["note_char_end"])]
    assert last.startswith("5 Un des trois") and last.endswith("conditions de travail difficiles.")
    assert "60 km2" in text and "133 km2" in text
    audit = cio.read_csv(out / "audit.csv")
    assert sorted((r["page"], r["original"]) for r in audit if r["reason"] == "note_call") == [
        ("17", "négatif5"), ("18", "Execo2"), ("2", "2020)1"), ("6", "CPTS3"), ("9", "France4")]


BENCH_REAL = Path(__file__).parents[1] / "bench" / "realpdf"


def test_latex_thesis_endnotes_and_its_numbered_annex_lists(tmp_path):
    """The AMU LaTeX thesis template (bench/realpdf): ten endnotes printed by enotez on p. 27,
    called on p. 17 ("document¹, une deuxième² et . . . ³ ⁴ … ⁹" and "note¹⁰"); the numbered
    lists of its annexes stay text."""
    extract.run(BENCH_REAL / "these_amu_latex.pdf", "amu", tmp_path / "amu")
    notes, text = _notes_and_text(tmp_path / "amu")
    assert [n["note_id"] for n in notes] == [str(k) for k in range(1, 11)]
    assert {n["page"] for n in notes} == {"27"}
    assert text[:int(notes[0]["call_char"])].endswith("Une première note de fin de document")
    assert text[:int(notes[1]["call_char"])].endswith("une deuxième")
    assert text[:int(notes[9]["call_char"])].endswith("le retour de note")
    assert "une deuxième et . . .: le package enotez" in text   # no space left where calls were
    assert "1 Première note de fin de document." in text.splitlines()
    assert any(p.startswith("1. La page de titre des thèses AMU") for p in text.splitlines())


def test_latex_thesis_footnote_called_after_a_thin_space_and_its_page_furniture(tmp_path):
    """aberut's thesis template (bench/realpdf), read off the PDF by eye: p. 9 calls note 1 with
    a raised 1 after a thin space ("l'introduction ¹,") and sets the note under the body with
    the page number 3 below it at the x where the table of contents put its page numbers;
    "Chapitre 2" (13.9 pt, body 12 pt) opens p. 19 as "Chapitre 1" opens p. 9."""
    status = extract.run(BENCH_REAL / "these_latex_template_aberut.pdf", "tpl", tmp_path / "tpl")
    assert status["status"] == "error" and "almost no text on 17/31 pages" in status["error"]
    extract.run(BENCH_REAL / "these_latex_template_aberut.pdf", "tpl", tmp_path / "tpl",
                allow_low_text=True)
    notes, text = _notes_and_text(tmp_path / "tpl")
    first = notes[0]
    assert (first["note_id"], first["page"]) == ("1", "9")
    assert text[:int(first["call_char"])].endswith("votre rédaction par l’introduction")
    assert "par l’introduction, mais que vous" in text
    assert text[int(first["note_char_start"]):].startswith("1 Statistique purement spéculative")
    audit = cio.read_csv(tmp_path / "tpl" / "audit.csv")
    assert {"page": "9", "reason": "page_number", "original": "3", "replacement": ""} in audit
    paragraphs = text.splitlines()
    assert "Chapitre 1" in paragraphs and "Chapitre 2" in paragraphs


def test_endnotes_at_the_end_of_each_chapter_are_matched_within_their_chapter(tmp_path):
    _status, out = _extract(tmp_path, layouts.chapter_endnotes_pdf, "chapters", allow_low_text=True)
    notes, text = _notes_and_text(out)
    assert [(n["note_id"], n["page"]) for n in notes] == [("1", "2"), ("1", "4"), ("2", "4")]
    called = ["La présidente", "Le bureau", "nombre de tests"]
    for n, word, body in zip(notes, called, [t for ch in layouts.CHAPTER_NOTES for t in ch]):
        assert text[:int(n["call_char"])].endswith(word)
        assert text[int(n["note_char_start"]):int(n["note_char_end"])] == f"{n['note_id']} {body}"
    assert "La présidente a réuni" in text and "Le bureau a ensuite" in text
