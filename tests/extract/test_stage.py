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
from fixtures import layouts
from pdfgen import assemble

from corpus import extract
from corpus import io as cio
from corpus.extract.assemble import TABLE_DELIMITER

FIXTURES = Path(__file__).parents[1] / "fixtures" / "pdf"


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
        if TABLE_DELIMITER in line:
            row_text, number = line.rsplit(TABLE_DELIMITER, 1)
            ours.setdefault(key(row_text), set()).add(number.replace(" ", ""))
    kept = sum(1 for t, n in ref_rows if n.replace(" ", "") in ours.get(key(t), ()))
    share = kept / len(ref_rows)
    print(f"\ngautier2019 annex 7: {kept}/{len(ref_rows)} rows ({share:.3f}) as '<text> | <number>'")
    # the rest: rows whose number the PDF lost in a page break (p. 294: "Non c'est vraiment
    # horizontal...", 30) or a number in the text touching the cell column ("500 01")
    assert share >= 0.985


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


def _extract(tmp_path, make, name, **kwargs):
    pdf = make(tmp_path / f"{name}.pdf")
    status = extract.run(pdf, name, tmp_path / name, **kwargs)
    return status, tmp_path / name


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
