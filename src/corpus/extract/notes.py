"""Footnotes (smaller numbered lines at a page's foot, called by raised digits in the body) and
endnotes (the numbered items of a final notes section); their calls and notes.csv rows."""

from __future__ import annotations

import re
import statistics
from collections import defaultdict
from functools import lru_cache

from ..lang import load as lang_data
from . import clean
from .paragraphs import Para
from .pdf import Line, Page

# ------------------------------------------------------------------------------------------
# footnotes: a block of smaller lines under the body, each note opening with its number; the
# body's raised digits with the same numbers are the calls

NOTE_START = re.compile(r"^\s*(\d{1,3})(?:[.)]\s*|\s+|(?=[^\W\d_«\"]))(?=\S)")
CALL_DIGITS = clean.NOTE_CALL_MARKS  # digit d -> U+E00d
CALL_RUN = re.compile(f"[{CALL_DIGITS}]+")


def _raised_prefix(line: Line) -> str:
    """The raised digits a line starts with ('' when none)."""
    out = ""
    for ch, up in zip(line.text, line.raised):
        if ch == " " and not out:
            continue
        if not (up and ch.isdigit()):
            break
        out += ch
    return out


def _note_number(line: Line) -> tuple[str, bool]:
    """(number, raised) when the line opens a note: raised digits, or digits followed by the
    note's text ("12 Les", "12. Les", "12Les"); ('', False) otherwise."""
    raised = _raised_prefix(line)
    if raised:
        return raised, True
    m = NOTE_START.match(line.text)
    return (m.group(1), False) if m else ("", False)


def _after_text(text: str, k: int) -> bool:
    """Position k follows a character, or one space after a character: French typesetting
    (babel-french) sets a thin space before a raised note call ("l'introduction ¹,")."""
    if k == 0:
        return False
    if not text[k - 1].isspace():
        return True
    return k >= 2 and text[k - 1] == " " and not text[k - 2].isspace()


def _page_calls(lines: list[Line]) -> set[str]:
    """Numbers written as raised digits after a character, in the given lines."""
    calls = set()
    for line in lines:
        run = ""
        for k, (ch, up) in enumerate(zip(line.text, line.raised)):
            if up and ch.isdigit() and (run or _after_text(line.text, k)):
                run += ch
            else:
                if run:
                    calls.add(run)
                run = ""
        if run:
            calls.add(run)
    return calls


def _strip_number(line: Line, number: str) -> Line:
    """The note's first line with its number written "12 " (raised or not, spaced or not)."""
    text = line.text.lstrip()
    skip = len(line.text) - len(text) + len(number)
    rest = line.text[skip:].lstrip(" .)")
    cut = len(line.text) - len(rest)
    head = f"{number} "
    return Line(line.page, line.box, head + rest, line.x0, line.y0, line.x1, line.y1, line.size,
                [""] * len(head) + line.styles[cut:], [line.x0] * len(head) + line.xs[cut:],
                [False] * len(head) + line.raised[cut:])


def _under_body(page: Page, block: list[int], body: list[int], body_size: float) -> bool:
    """Body text above the block and none beside or under it: the block is a foot of page."""
    body_lines = [page.lines[i] for i in body if abs(page.lines[i].size - body_size) <= 0.5]
    if not block or not body_lines:
        return False
    top = max(page.lines[i].y1 for i in block)
    return not any(ln.y0 < top for ln in body_lines)


UNNUMBERED_NOTE_ID = "*"   # notes.csv's id of a note printed without number or call


@lru_cache(maxsize=1)
def _not_note_openers() -> re.Pattern:
    from ..text import fold

    words = sorted((fold(str(w)) for w in lang_data()["not_note_openers"]), key=len, reverse=True)
    return re.compile(rf"^(?:{'|'.join(re.escape(w) for w in words)})\b")


def unnumbered_note(page: Page, keep: list[int], body_size: float) -> tuple[list[int], Para | None]:
    """A note printed without number or call at the foot of one column of a two-column page
    (an article's funding or thanks note): the lines under the column's last body line, set
    1.5 pt or more below the body size, at most 6 of them, in the page's lower quarter, opening
    with a letter or a note mark and not with a caption word ("Source", "Lecture": notes.yaml),
    nothing else of the page under that body line; both columns hold 5+ body lines. Returns
    (the other kept lines, the note) or (keep, None)."""
    from ..text import fold

    lines = page.lines
    body = [i for i in keep if abs(lines[i].size - body_size) <= 0.5 and len(lines[i].text) >= 20]
    middle = page.width / 2
    columns = ([i for i in body if lines[i].x1 <= middle + 5], [i for i in body if lines[i].x0 >= middle - 5])
    if min(len(c) for c in columns) < 5:
        return keep, None
    for column in columns:
        left, right = min(lines[i].x0 for i in column), max(lines[i].x1 for i in column)
        floor = min(lines[i].y0 for i in column)
        under = [i for i in keep if lines[i].x0 < right and lines[i].x1 > left and lines[i].y1 <= floor]
        block = sorted(under, key=lambda i: -lines[i].y1)
        if not block or len(block) > 6 or lines[block[0]].y1 > page.height / 4:
            continue
        if any(not 0 < lines[i].size <= body_size - 1.5 or lines[i].x0 < left - 2
               or lines[i].x1 > right + 2 for i in block):
            continue
        first = clean.clean_line(lines[block[0]].text)
        if not (first[:1].isalpha() or first[:1] in "*∗†‡") or _not_note_openers().match(fold(first)):
            continue
        note = Para(page.number, [lines[i] for i in block], note=UNNUMBERED_NOTE_ID)
        return [i for i in keep if i not in set(block)], note
    return keep, None


def find_notes(page: Page, keep: list[int], body_size: float,
               carry: bool = False) -> tuple[list[int], list[Para], list[Line]]:
    """Split a page's kept lines into body lines, footnotes and the end of the previous page's
    last note.

    The notes are the run of lines at the bottom of the page set smaller than the body text,
    from the first of them that opens with a number; there must be body text above them and
    the page's body must call at least one of their numbers with a raised digit (so a small
    table or a numbered list at the foot of a page is never taken for notes). With ``carry``
    (the previous page ended with a note), the unnumbered small lines that open the foot of
    the page are the rest of that note.
    """
    if not keep or not body_size:
        return keep, [], []
    order = sorted(keep, key=lambda i: (-page.lines[i].y1, page.lines[i].x0))
    small = lambda i: 0 < page.lines[i].size <= body_size - 0.75
    k = len(order)
    while k > 0 and small(order[k - 1]):
        k -= 1
    block = order[k:]
    rest: list[int] = []
    while block and not _note_number(page.lines[block[0]])[0]:
        rest.append(block[0])
        block = block[1:]
    if not (carry and rest and _under_body(page, rest, [i for i in keep if i not in set(order[k:])], body_size)):
        rest = []
    continued = [page.lines[i] for i in rest]
    body = [i for i in keep if i not in set(block) and i not in set(rest)]
    if not block or not _under_body(page, block, body, body_size):
        return [i for i in keep if i not in set(rest)], [], continued
    calls = _page_calls([page.lines[i] for i in body])
    first_number, first_raised = _note_number(page.lines[block[0]])
    if first_number not in calls:
        return [i for i in keep if i not in set(rest)], [], continued
    notes: list[Para] = []
    for i in block:
        line = page.lines[i]
        number, raised = _note_number(line)
        # a new note: raised digits, or digits where the block's notes use plain digits, and
        # the next number in sequence or one called on the page
        if number and (raised or not first_raised) and (number in calls or not notes
                                                         or number == str(int(notes[-1].note) + 1)):
            notes.append(Para(page.number, [_strip_number(line, number)], note=number))
        else:
            notes[-1].lines.append(line)
    return body, notes, continued


# ------------------------------------------------------------------------------------------
# endnotes: a final "Notes" section (heading words of lang/fr/section_headings.yaml) whose items
# are numbered 1, 2, 3... and whose numbers are called in the body before it, in order


def _para_plain(para: Para) -> str:
    return " ".join(clean.clean_line(ln.text) for ln in para.lines).strip()


def _notes_headings(paragraphs: list[Para]) -> list[int]:
    """Indexes of the short paragraphs that name a notes section (at the end of the document
    or of each chapter), in text order."""
    from .structure import classify_heading

    out = []
    for k, para in enumerate(paragraphs):
        text = _para_plain(para)
        if not para.note and 0 < len(text) <= 40 and classify_heading(text) == "notes":
            out.append(k)
    return out


def _endnote_items(paragraphs: list[Para], start: int) -> list[tuple[int, str]]:
    """(paragraph index, number) of the notes 1, 2, 3... from ``start``; the unnumbered
    paragraphs set like the notes that follow a note are its continuation (index -1)."""
    from .structure import classify_heading

    items: list[tuple[int, str]] = []
    size = None
    for k in range(start, len(paragraphs)):
        para = paragraphs[k]
        if not para.lines or para.note:
            break
        number, _raised = _note_number(para.lines[0])
        if number == str(len(items) + 1):
            items.append((k, number))
            size = statistics.median(ln.size for ln in para.lines)
            continue
        text = _para_plain(para)
        if (items and not all(ln.bold for ln in para.lines) and classify_heading(text) is None
                and abs(statistics.median(ln.size for ln in para.lines) - size) <= 0.5):
            items.append((k, ""))
            continue
        break
    return items


@lru_cache(maxsize=1)
def _call_conventions() -> tuple[frozenset, frozenset]:
    data = lang_data()
    return frozenset(data["exponent_units"]), frozenset(data["glued_call_after"])


def _call_candidates(line: Line) -> list[tuple[int, int, str]]:
    """(start, end, number) of the digit runs of a line that can be note calls: raised digits
    not glued to a number, a unit ("km²") or other raised signs ("Ba²⁺"), and plain digits glued
    after a closing bracket or quote ("2020)1")."""
    units, after = _call_conventions()
    text, raised = line.text, line.raised
    out = []
    k = 0
    while k < len(text):
        if not text[k].isdigit():
            k += 1
            continue
        end = k
        while end < len(text) and text[end].isdigit() and raised[end] == raised[k]:
            end += 1
        before = text[k - 1] if k else ""
        nxt = text[end] if end < len(text) else ""
        word = re.search(r"\S*$", text[:k]).group(0)
        if raised[k]:
            ok = (not before.isdigit() and word not in units
                  and not (nxt and not nxt.isspace() and raised[end]))
        else:
            ok = before in after and not nxt.isalnum()
        if ok:
            out.append((k, end, text[k:end]))
        k = end
    return out


def _mark_at(line: Line, spans: list[tuple[int, int]]) -> Line:
    text = list(line.text)
    for a, b in spans:
        for j in range(a, b):
            text[j] = CALL_DIGITS[int(text[j])]
    return Line(line.page, line.box, "".join(text), line.x0, line.y0, line.x1, line.y1, line.size,
                line.styles, line.xs, line.raised)


def find_endnotes(paragraphs: list[Para], audit: list[dict]) -> list[Para]:
    """Endnotes: the items of a final notes section become notes (``Para.note``) and their calls
    in the body are marked for removal (``take_calls``). A call for note n is the first
    candidate with its number after note n-1's call, else the first unused one; at least half of
    the notes must have a call, or nothing changes (a numbered list under a "Notes" heading).
    With notes at the end of each chapter, each section's calls are looked for between the
    previous notes heading and its own."""
    heads = _notes_headings(paragraphs)
    # from the last one back: the paragraphs before a heading keep their indexes
    for head, previous in reversed(list(zip(heads, [-1] + heads[:-1]))):
        paragraphs = _take_endnotes(paragraphs, head, previous + 1, audit)
    return paragraphs


def _take_endnotes(paragraphs: list[Para], head: int, body_start: int, audit: list[dict]) -> list[Para]:
    items = _endnote_items(paragraphs, head + 1)
    numbers = [n for _k, n in items if n]
    if not numbers:
        return paragraphs
    candidates = []   # (paragraph, line, start, end, number) in reading order
    for p in range(body_start, head):
        if paragraphs[p].note:
            continue
        for li, line in enumerate(paragraphs[p].lines):
            candidates.extend((p, li, a, b, n) for a, b, n in _call_candidates(line))
    used: list[int] = []
    last = -1
    for number in numbers:
        pick = next((c for c in range(last + 1, len(candidates))
                     if candidates[c][4] == number and c not in used), None)
        if pick is None:
            pick = next((c for c in range(len(candidates))
                         if candidates[c][4] == number and c not in used), None)
        if pick is not None:
            used.append(pick)
            last = pick
    if 2 * len(used) < len(numbers):
        audit.append({"page": paragraphs[head].page, "reason": "endnotes_not_taken",
                      "original": f"{len(used)} of {len(numbers)} numbered notes called",
                      "replacement": ""})
        return paragraphs
    spans: dict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)
    for c in used:
        p, li, a, b, _n = candidates[c]
        spans[(p, li)].append((a, b))
    for (p, li), where in spans.items():
        paragraphs[p].lines[li] = _mark_at(paragraphs[p].lines[li], where)
    out = list(paragraphs)
    note = None
    for k, number in items:
        if number:
            para = paragraphs[k]
            note = Para(para.page, [_strip_number(para.lines[0], number)] + para.lines[1:],
                        para.cells, note=number, endnote=True)
            out[k] = note
        else:   # the note goes on after a page or column break
            note.lines.extend(paragraphs[k].lines)
            out[k] = None
    return [p for p in out if p is not None]


def mark_calls(line: Line, numbers: set[str]) -> Line:
    """The line with each raised-digit note call (a number of ``numbers``) after a character
    replaced by private-use digits (U+E000 + d), found and removed once the text is built."""
    if not any(line.raised):
        return line
    text = list(line.text)
    k = 0
    changed = False
    while k < len(text):
        if line.raised[k] and text[k].isdigit() and _after_text(line.text, k):
            end = k
            while end < len(text) and line.raised[end] and text[end].isdigit():
                end += 1
            if "".join(text[k:end]) in numbers:
                for j in range(k, end):
                    text[j] = CALL_DIGITS[int(text[j])]
                changed = True
            k = end
        else:
            k += 1
    if not changed:
        return line
    return Line(line.page, line.box, "".join(text), line.x0, line.y0, line.x1, line.y1, line.size,
                line.styles, line.xs, line.raised)


def take_calls(text: str, styles: list[str], char_pages: list[int]):
    """Remove the marked calls from a paragraph's text: (text, styles, pages, calls) with each
    call as (offset in the new text, number, page, the word it was glued to)."""
    if not CALL_RUN.search(text):
        return text, styles, char_pages, []
    out, out_styles, out_pages, calls, pos = [], [], [], [], 0
    removed = 0
    for m in CALL_RUN.finditer(text):
        a, b = m.span()
        after = text[b:b + 1]
        if not after or after.isspace() or after in ",.;:)":
            # a call set apart by a space ("et . . . ³ ⁴ :") leaves no doubled space
            while a > pos and text[a - 1] == " ":
                a -= 1
        out.append(text[pos:a])
        out_styles.extend(styles[pos:a])
        out_pages.extend(char_pages[pos:a])
        number = "".join(str(CALL_DIGITS.index(c)) for c in m.group(0))
        word = re.search(r"\S*$", text[:a]).group(0)
        calls.append((a - removed, number, char_pages[a], word))
        removed += b - a
        pos = b
    out.append(text[pos:])
    out_styles.extend(styles[pos:])
    out_pages.extend(char_pages[pos:])
    return "".join(out), out_styles, out_pages, calls


def note_rows(para_info: list[dict], calls: list[tuple[int, str, int]]) -> list[dict]:
    """notes.csv: each footnote with its page and text range, and the position of its call
    (the first call with its number on its page; empty when the body has none)."""
    free = list(calls)
    rows = []
    for para in para_info:
        if not para.get("note"):
            continue
        match = next((c for c in free if c[1] == para["note"] and c[2] == para["page"]), None)
        if match is None and para.get("endnote"):   # an endnote's call is on an earlier page
            match = next((c for c in free if c[1] == para["note"]), None)
        if match:
            free.remove(match)
        rows.append({"note_id": para["note"], "page": para["page"],
                     "call_char": match[0] if match else "",
                     "note_char_start": para["char_start"], "note_char_end": para["char_end"]})
    return rows
