"""Defects of issue #17 counted on the synthetic layouts of tests/fixtures/layouts.py and on the
real PDFs of bench/realpdf/: run it with the code to measure on PYTHONPATH (this branch, or an
older commit exported with `git archive`) to compare before and after.

    PYTHONPATH=src .venv/bin/python bench/pdf_defects.py [--real-only]

The real PDFs listed in bench/realpdf/expected.yaml are measured against what a reader sees in
them (hyphen breaks, running heads, notes, sections, strings); those we may not redistribute are
read from the folder named by CORPUS_EXTERNAL_PDFS (bench/realpdf/README.md says where to get them).
"""

from __future__ import annotations

import csv
import json
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "tests" / "fixtures")]

import layouts

from corpus import extract

DECOMPOSED = re.compile(r"[`´ˆ¨˜¸˚]\s?[^\W\d_]|[^\W\d_][´ˆ¨˜¸˚]")


def read_csv(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def run(make, tmp: Path, name: str) -> tuple[dict, str, list[dict]]:
    pdf = make(tmp / f"{name}.pdf")
    status = extract.run(pdf, name, tmp / name)
    text = (tmp / name / "text.txt").read_text(encoding="utf-8")
    import csv

    with open(tmp / name / "structure.csv", encoding="utf-8") as fh:
        sections = list(csv.DictReader(fh))
    return status, text, sections


def main() -> None:
    if "--real-only" in sys.argv:
        with tempfile.TemporaryDirectory() as tmp:
            print(json.dumps(measure_expected(Path(tmp)), indent=1, ensure_ascii=False))
        return
    out: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        status, text, sections = run(layouts.footnotes_pdf, tmp, "footnotes")
        paras = text.splitlines()
        notes = [layouts.NOTE_1, layouts.NOTE_2]
        out["footnotes"] = {
            "body_sentence_cut_by_notes": int("comprend un nombre élevé" not in text),
            "note_calls_glued": len(re.findall(r"dévalorise\d|territoire\d", text)),
            "notes_inside_body_paragraphs": sum(1 for p in paras for n in notes
                                                if n in p and len(p) > len(n) + 5),
            "notes_sections": sum(1 for s in sections if s["kind"] == "notes"),
        }
        status, text, sections = run(layouts.two_column_pdf, tmp, "two_column")
        right = sum(1 for _a, _b, good in layouts.HYPHEN_CASES if good in text)
        out["two_column"] = {
            "hyphen_joins_right": f"{right}/{len(layouts.HYPHEN_CASES)}",
            "running_heads_left": sum(text.count(h) for h in layouts.HEADS),
            "page_numbers_left": len(re.findall(r"(?m)^14[1-6]$", text)),
            "paragraphs (1 expected)": len(text.splitlines()),
        }
        status, text, sections = run(layouts.memoir_pdf, tmp, "memoir")
        kinds = {s["heading"]: s["kind"] for s in sections}
        words = re.findall(r"\S+", text)
        out["memoir"] = {
            "decomposed_accents_left": len(DECOMPOSED.findall(text)),
            "tokens_with_decomposed_accent_share": round(
                sum(1 for w in words if DECOMPOSED.search(w)) / max(1, len(words)), 3),
            "resumen_kind": kinds.get("Resumen", "(no heading)"),
            "chapitre_1_heading": int("Chapitre 1" in kinds),
        }
        status, text, sections = run(layouts.reading_order_pdf, tmp, "reading_order")
        out["reading_order"] = {
            "justified_line_in_order": int("les infirmières libérales ont organisé des tournées communes" in text),
            "drop_cap_joined": int("La communauté" in text),
        }
        status, text, sections = run(layouts.print_to_pdf, tmp, "print_to_pdf")
        out["print_to_pdf"] = {"status": status["status"], "warnings": status.get("warnings", "")}
        for readable in (True, False):
            name = "unmapped" if readable else "unmapped_only"
            status, text, sections = run(lambda p, r=readable: layouts.unmapped_pdf(p, r), tmp, name)
            out[name] = {"status": status["status"], "cid_in_text": text.count("(cid:"),
                         "garbled_share": status.get("garbled_share"),
                         "warnings": status.get("warnings", "")}
        status, text, sections = run(layouts.english_pdf, tmp, "english")
        out["english"] = {"status": status["status"], "warnings": status.get("warnings", "")}
        real = ROOT / "tests" / "fixtures" / "realpdf"
        source = [p for p in (real / "chromium_article.txt").read_text(encoding="utf-8").split("\n") if p]
        status = extract.run(real / "chromium_article.pdf", "chromium", tmp / "chromium")
        text = (tmp / "chromium" / "text.txt").read_text(encoding="utf-8")
        vocabulary = set(re.findall(r"[^\W\d_]+(?:[-'][^\W\d_]+)*", " ".join(source + ["La coordination en pratique"])))
        words = re.findall(r"[^\W\d_]+(?:[-'‐][^\W\d_]+)*", text)
        furniture = ("CPTS : la coordination en pratique", "file://", "1/2", "2/2")
        out["chromium_article"] = {
            "status": status["status"],
            "source_paragraphs_whole": f"{sum(text.count(p) for p in set(source))}/{3 * len(source)}",
            "words_not_in_source": sum(1 for w in words if w not in vocabulary),
            "furniture_lines_left": sum(1 for line in text.splitlines()
                                        if any(f in line for f in furniture)),
        }
        status, text, sections = run(layouts.endnotes_pdf, tmp, "endnotes")
        notes = read_csv(tmp / "endnotes" / "notes.csv")
        out["endnotes"] = {
            "notes_rows_with_call": f"{sum(1 for n in notes if n['call_char'])}/2",
            "calls_left_in_words": int("2021)1" in text) + int("coordinatrice2" in text),
            "body_list_kept": int(all(item in text.splitlines() for item in layouts.ENDNOTE_LIST)),
            "km2_kept": int("60 km2" in text),
        }
        for pdf in sorted((ROOT / "bench" / "realpdf").glob("*.pdf")):
            status = extract.run(pdf, pdf.stem, tmp / pdf.stem)
            entry = {"status": status["status"], "warnings": status.get("warnings", "")}
            if status["status"] != "ok":   # measured all the same, as a user overriding it would
                entry["error"] = status.get("error", "")
                status = extract.run(pdf, pdf.stem, tmp / pdf.stem, allow_low_text=True)
            text = (tmp / pdf.stem / "text.txt").read_text(encoding="utf-8")
            audit = read_csv(tmp / pdf.stem / "audit.csv")
            sections = read_csv(tmp / pdf.stem / "structure.csv")
            notes = read_csv(tmp / pdf.stem / "notes.csv")
            joins = [r["replacement"].rsplit("(", 1)[-1].rstrip(")") for r in audit
                     if r["reason"] == "dehyphenated"]
            entry.update({
                "note_calls_glued": len(re.findall(r"[^\W\d_]{3,}\d\b", text)),
                "notes_rows (with a call)": f"{len(notes)} ({sum(1 for n in notes if n['call_char'])})",
                "note_calls_removed": sum(1 for r in audit if r["reason"] == "note_call"),
                "lone_number_lines": len(re.findall(r"(?m)^[0-9ivxlc]+$", text)),
                "page_numbers_removed": sum(1 for r in audit if r["reason"] == "page_number"),
                "running_lines_removed": sum(1 for r in audit if r["reason"] == "running_header_footer"),
                "dehyphenation_decisions": dict(sorted(Counter(joins).items())),
                "decomposed_accents_left": len(DECOMPOSED.findall(text)),
                "cid_in_text": text.count("(cid:"),
                "sections_by_kind": dict(sorted(Counter(s["kind"] for s in sections).items())),
                "numbered_headings": sum(1 for s in sections if s["kind"] == "body" and re.match(r"(Chapitre )?\d", s["heading"])),
            })
            out[pdf.stem] = entry
        out["round3"] = measure_expected(tmp)
    print(json.dumps(out, indent=1, ensure_ascii=False))


# accents of Latin letters only: a math paper's hats over Greek letters (ˆψ) are not defects
LATIN_DECOMPOSED = re.compile(r"[`´ˆ¨˜¸˚]\s?[A-Za-z]|[A-Za-z][´ˆ¨˜¸˚]")
PRIVATE_USE = re.compile("[\ue000-\uf8ff]")
EDGE = " \t.,;:!?()[]«»\"'"


def _break_key(original: str) -> str:
    """`captu-|rer,` -> `captu-|rer`: the characters around a line-end hyphen, punctuation off."""
    left, _, right = original.partition("|")
    return f"{left.split()[-1].strip(EDGE) if left.split() else ''}|{right.split()[0].strip(EDGE) if right.split() else ''}"


def _decided_form(replacement: str) -> str:
    return replacement.rsplit(" (", 1)[0].strip().strip(EDGE)


def hyphen_judgement(audit: list[dict], expected: dict) -> dict:
    """Each line-end hyphen decision of the audit log against the form a reader writes."""
    right, wrong, unjudged, decided = 0, [], [], set()
    for row in audit:
        if row["reason"] not in ("dehyphenated", "hyphen_kept"):
            continue
        key = _break_key(row["original"])
        decided.add(key)
        if key not in expected:
            unjudged.append(row["original"])
        elif _decided_form(row["replacement"]) == expected[key]:
            right += 1
        else:
            wrong.append(f"{row['original']} -> {_decided_form(row['replacement'])}")
    missed = sorted(k for k in expected if k not in decided)
    return {"joins_right": f"{right}/{right + len(wrong)}", "wrong": wrong,
            "breaks_not_repaired": missed, "unjudged": unjudged}


def is_running_head(line: str, heads: list[str]) -> bool:
    """The line is a page header as printed, maybe with its page number before or after it."""
    line = line.strip()
    bare = re.sub(r"^\d+\s+|\s+\d+$", "", line)
    return any(line in (h, h.rstrip(" 0123456789")) or bare == h for h in heads)


def section_at(sections: list[dict], offset: int) -> dict:
    for s in sections:
        if int(s["char_start"]) <= offset < int(s["char_end"]):
            return s
    return {}


def false_verbatims(interim: Path, doc_id: str) -> int:
    """Real PDFs here quote no one: every verbatim segment is a false one."""
    from corpus import segment

    records = segment.run(interim, {"doc_id": doc_id, "kind": "article", "language": "fr"},
                          ROOT / "config" / "gazetteer.csv")
    return sum(1 for r in records if r["kind"] == "verbatim")


def measure_expected(tmp: Path) -> dict:
    """The real PDFs of expected.yaml, measured against what a reader sees in them."""
    import os

    import yaml

    expected = yaml.safe_load((ROOT / "bench" / "realpdf" / "expected.yaml").read_text(encoding="utf-8"))
    external = Path(os.environ.get("CORPUS_EXTERNAL_PDFS", "/nonexistent"))
    out = {}
    for name, exp in expected.items():
        pdf = next((p for p in (ROOT / "bench" / "realpdf" / name, external / name) if p.exists()), None)
        if pdf is None:
            out[name] = "absent (set CORPUS_EXTERNAL_PDFS)"
            continue
        stem = Path(name).stem
        interim = tmp / f"r3_{stem}"
        status = extract.run(pdf, stem, interim)
        entry = {"status": status["status"], "warnings": status.get("warnings", "")}
        if status["status"] != "ok":
            entry["error"] = status.get("error", "")
            status = extract.run(pdf, stem, interim, allow_low_text=True)
        text = (interim / "text.txt").read_text(encoding="utf-8")
        lines = text.splitlines()
        audit = read_csv(interim / "audit.csv")
        sections = read_csv(interim / "structure.csv")
        notes = read_csv(interim / "notes.csv") if (interim / "notes.csv").exists() else []
        note_spans = [(int(n["note_char_start"]), int(n["note_char_end"])) for n in notes]
        heads = exp.get("running_heads", [])
        starts = {int(s["char_start"]) for s in sections}
        notes_in_body = notes_in_sentence = 0
        for note in exp.get("notes", []):
            at = text.find(note)
            if at < 0 or any(a <= at < b for a, b in note_spans):
                continue
            notes_in_body += 1
            line = next(ln for ln in lines if note in ln)
            notes_in_sentence += int(not line.startswith(note))
        found = []
        for sec in exp.get("sections", []):
            at_line = [m.start() for m in re.finditer(re.escape(sec["starts"]), text)
                       if m.start() == 0 or text[m.start() - 1] == "\n"]
            # a heading also listed in a table of contents: the occurrence that opens a section
            at = next((a for a in at_line if a in starts), at_line[0] if at_line else -1)
            got = section_at(sections, at) if at >= 0 else {}
            ok = got.get("kind") == sec["kind"] and (not sec.get("language") or got.get("language") == sec["language"])
            found.append((ok, f"{sec['starts'][:30]}: {got.get('kind', 'not found')}"
                              f"{'/' + got.get('language', '') if sec.get('language') else ''}"))
        entry.update({
            "hyphens": hyphen_judgement(audit, exp.get("hyphen_breaks") or {}),
            "running_heads_left": sum(1 for ln in lines if is_running_head(ln, heads)),
            "notes (in body / inside a body paragraph)": f"{notes_in_body} / {notes_in_sentence} of {len(exp.get('notes', []))}",
            "notes_rows": len(notes),
            "sections_right": f"{sum(ok for ok, _ in found)}/{len(found)}",
            "sections_wrong": [d for ok, d in found if not ok],
            "strings_missing": [s for s in exp.get("text", []) if s not in text],
            "decomposed_accents_left": len(LATIN_DECOMPOSED.findall(text)),
            "cid_in_text": text.count("(cid:"),
            "private_use_chars": len(PRIVATE_USE.findall(text)),
            "lone_number_lines": sum(1 for ln in lines if re.fullmatch(r"[0-9ivxlc]+", ln)),
            "false_verbatims": false_verbatims(interim, stem),
        })
        out[name] = entry
    return out


if __name__ == "__main__":
    main()
