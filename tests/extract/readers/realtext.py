"""Real interview turns and writers of every transcript format, for the reader tests.

The turns are those of interview E30 in gautier2019's annex (the bundled reference text,
data/corpus/text/gautier2019.txt): an interviewer ("Enquêteur") and a coordinator ("E30"),
transcribed in one running paragraph per exchange in the thesis. Here each turn becomes what a
researcher's own transcript holds: a Word paragraph, a subtitle cue, a Transcriber turn, a
TextGrid interval. The writers use the real libraries (python-docx, odfpy, praatio) or write
the XML/text formats directly.
"""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]

# what every extraction writes (PDF or transcript): io.EXTRACTION_TABLES, text.txt, status.json
CONTRACT = sorted(["text.txt", "status.json", "pages.csv", "styles.csv", "audit.csv", "structure.csv",
                   "notes.csv", "times.csv", "speakers_hint.csv"])


def extract_ok(path, tmp_path):
    """Extract a transcript into tmp_path/interim; the status must be ok. (folder, status, text)"""
    from corpus import io as cio
    from corpus.extract import readers

    out = tmp_path / "interim"
    status = readers.run(path, "doc", out)
    assert status["status"] == "ok", status["error"]
    return out, status, cio.read_text(out / "text.txt")
REFERENCE = REPO / "data" / "corpus" / "text" / "gautier2019.txt"
E30_LINES = [6644, 7351, 7391, 7648]
E25_LINES = [6377, 7140]   # interview E25, a physician (same annex)


def real_turns(lines_no: list[int] = E30_LINES, code: str = "E30") -> list[tuple[str, str]]:
    """(label, words) of an interview's exchanges in the annex, in order (from the first label)."""
    label = re.compile(r"(?:^|\s)(Enquêteur|" + code + r") : ")
    lines = REFERENCE.read_text(encoding="utf-8").splitlines()
    turns = []
    for n in lines_no:
        line = lines[n - 1].split("\t")[0]          # the annex table's interview-number cell
        marks = list(label.finditer(line))
        for i, m in enumerate(marks):
            end = marks[i + 1].start() if i + 1 < len(marks) else len(line)
            turns.append((m.group(1), line[m.end():end].strip()))
    return turns


def timed(turns, step: float = 7.5):
    """(label, words, t_start, t_end): consecutive turns, ``step`` seconds each."""
    return [(label, words, round(i * step, 3), round(i * step + step - 0.5, 3))
            for i, (label, words) in enumerate(turns)]


def hms(t: float, sep: str = ",") -> str:
    ms = round(t * 1000)
    return f"{ms // 3600000:02d}:{ms // 60000 % 60:02d}:{ms // 1000 % 60:02d}{sep}{ms % 1000:03d}"


def write_docx(path: Path, paragraphs: list, heading: str | None = None) -> Path:
    """Paragraphs are strings or lists of (text, style) runs, style "", "bold", "italic"."""
    import docx

    document = docx.Document()
    if heading:
        document.add_heading(heading, 1)
    for para in paragraphs:
        p = document.add_paragraph()
        for text, style in ([(para, "")] if isinstance(para, str) else para):
            run = p.add_run(text)
            run.bold = style == "bold" or None
            run.italic = style == "italic" or None
    document.save(str(path))
    return path


def write_odt(path: Path, paragraphs: list[str], heading: str | None = None,
              italic_words: str | None = None) -> Path:
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties
    from odf.text import H, P, Span

    document = OpenDocumentText()
    emphasis = Style(name="Emphase", family="text")
    emphasis.addElement(TextProperties(fontstyle="italic"))
    document.automaticstyles.addElement(emphasis)
    if heading:
        document.text.addElement(H(outlinelevel=1, text=heading))
    for para in paragraphs:
        p = P()
        if italic_words and italic_words in para:
            before, after = para.split(italic_words, 1)
            p.addText(before)
            p.addElement(Span(stylename=emphasis, text=italic_words))
            p.addText(after)
        else:
            p.addText(para)
        document.text.addElement(p)
    document.save(str(path))
    return path


def write_srt(path: Path, cues) -> Path:
    blocks = [f"{i}\n{hms(t0)} --> {hms(t1)}\n{text}\n" for i, (text, t0, t1) in enumerate(cues, 1)]
    path.write_text("\n".join(blocks), encoding="utf-8")
    return path


def write_vtt(path: Path, turns_timed) -> Path:
    blocks = ["WEBVTT\n", "NOTE transcription automatique relue\n"]
    for label, words, t0, t1 in turns_timed:
        blocks.append(f"{hms(t0, '.')} --> {hms(t1, '.')} align:start\n<v {label}>{words}</v>\n")
    path.write_text("\n".join(blocks), encoding="utf-8")
    return path


def xml_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_trs(path: Path, turns_timed, names: dict[str, str], encoding: str = "ISO-8859-1") -> Path:
    """A Transcriber file: one Turn per turn, a Sync in the middle of long turns."""
    ids = {label: f"spk{i}" for i, label in enumerate(names, 1)}
    speakers = "\n".join(f'<Speaker id="{ids[label]}" name="{xml_escape(name)}" check="no" '
                         f'dialect="native" accent="" scope="local"/>' for label, name in names.items())
    turns = []
    for label, words, t0, t1 in turns_timed:
        parts = words.split(". ", 1)
        body = f'<Sync time="{t0}"/>\n{xml_escape(parts[0])}'
        if len(parts) == 2:
            body += f'.\n<Sync time="{(t0 + t1) / 2}"/>\n{xml_escape(parts[1])}'
        turns.append(f'<Turn speaker="{ids[label]}" startTime="{t0}" endTime="{t1}">\n{body}\n</Turn>')
    end = turns_timed[-1][3]
    xml = (f'<?xml version="1.0" encoding="{encoding}"?>\n<!DOCTYPE Trans SYSTEM "trans-14.dtd">\n'
           f'<Trans scribe="test" audio_filename="e30" version="1" version_date="190101">\n'
           f'<Speakers>\n{speakers}\n</Speakers>\n<Episode>\n'
           f'<Section type="report" startTime="0" endTime="{end}">\n' + "\n".join(turns)
           + "\n</Section>\n</Episode>\n</Trans>\n")
    path.write_bytes(xml.encode(encoding, errors="xmlcharrefreplace"))
    return path


def write_textgrid(path: Path, turns_timed, fmt: str = "long_textgrid") -> Path:
    """One interval tier per speaker, written by praatio (long or short text format)."""
    from praatio import textgrid

    end = turns_timed[-1][3] + 1
    grid = textgrid.Textgrid()
    for label in dict.fromkeys(t[0] for t in turns_timed):
        entries = [(t0, t1, words) for lab, words, t0, t1 in turns_timed if lab == label]
        grid.addTier(textgrid.IntervalTier(label, entries, 0, end))
    grid.save(str(path), format=fmt, includeBlankSpaces=True)
    return path


def words_of(text: str) -> str:
    return " ".join(text.split())


def body_without_labels(text: str, labels: set[str]) -> str:
    """text.txt without the ``LABEL : `` prefixes, as one whitespace-normalised string."""
    out = []
    for line in text.splitlines():
        label, sep, rest = line.partition(" : ")
        out.append(rest if sep and label in labels else line)
    return words_of(" ".join(out))
