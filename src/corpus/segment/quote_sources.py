"""Sources set AFTER a quote rather than introducing it (words in lang/fr/quote_sources.yaml).

Two families of documents name the person below or behind the quote, with no speech verb:
- inspectorate and audit reports put a source line under each quote of a box: "« … »" then
  "Source : entretien de la mission avec une pharmacienne titulaire (Ardennes)." — the person is
  the description after the lead-in;
- press boxes ("Ils ont dit") sign each quote in capitals in the same paragraph, after the
  closing guillemet: "« … » CHRISTOPHE MEYNIER, PHARMACIEN À MANOSQUE" — a name, then a
  description whose town follows a link word.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import conventions as cv
from .base import line_below

UPPER = "A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ"
# a signature: a name of one to four words in capitals, a comma, a description with no lower-case
# letter and no sentence mark, to the paragraph's end
SIGNATURE = re.compile(
    rf"^\s*(?P<name>[{UPPER}][{UPPER}'’-]+(?:\s+[{UPPER}][{UPPER}'’-]+){{0,3}})\s*,\s*"
    rf"(?P<desc>[^a-zà-ÿœæ«»!?:;\n]{{3,120}}?)\s*\.?\s*$")


_data = cv.language_data


@lru_cache(maxsize=8)
def _leads(key: tuple) -> re.Pattern | None:
    return re.compile(rf"^\s*(?:{'|'.join(key)})", re.IGNORECASE) if key else None


def source_lead() -> re.Pattern | None:
    return _leads(tuple(_data().get("quote_source_leads", [])))


def source_line(text: str, b: int, after: str, italic: bool = False) -> tuple[int, int, str] | None:
    """(start, end, description) of a source line under the quote ending at ``b`` when the quote
    closes its paragraph: "Source : entretien de la mission avec DESC.", up to the box's next
    quote when extraction joined it to the line; else None."""
    lead = source_lead()
    if lead is None or (text[b - 1:b] not in "»\"”" and not italic):  # italic: a block quote (framed_quotes.py)
        return None
    joined = lead.match(after) if after.strip() else None
    if joined is not None:
        # extraction may join the source line to the quote's ("« … » Source : entretien avec …"):
        # the same source, to the line's end
        desc = after[joined.end():].strip().rstrip(".").strip()
        return (b + joined.end(), b + len(after.rstrip()), desc) if desc and "«" not in desc else None
    if after.strip():
        return None
    if (under := line_below(text, b)) is None:
        return None
    start, below = under
    m = lead.match(below)
    if not m:
        return None
    # extraction may join the next quote of the box to the source line: the source stops at it
    stop = below.find("«", m.end())
    rest = below[m.end():stop if stop >= 0 else len(below)]
    desc = rest.strip().rstrip(".").strip()
    if not desc:
        return None
    return start, start + m.end() + len(rest.rstrip()), desc


def note_source(note: str) -> str | None:
    """The person a footnote credits when it opens with an interview lead-in
    (``note_source_leads``): "Entretien avec une pharmacienne d'officine, Évreux, mai 2022" ->
    "une pharmacienne d'officine, Évreux", the date left out; else None (a reference, a remark)."""
    lead = _leads(tuple(_data().get("note_source_leads", [])))
    m = lead.match(note) if lead is not None else None
    letter = _leads(tuple(_data().get("note_letter_leads", []))).match(note) if m is None else None
    m = m or letter
    if m is None:
        return None
    fields = [f.strip() for f in note[m.end():].rstrip(" .").split(",")]
    if letter is not None:
        # an archival letter's note names its addressee after a link word ("Lettre du Dr X au
        # préfet de la Nièvre", "…, au préfet, …"): not the writer
        addressee = _addressee()
        fields = [addressee.split(f)[0].strip() for f in fields]
    archive = _archive_fields()
    fields = [f for f in fields if f and not (cv.AUTHOR_YEAR.search(f) or re.search(r"\b(?:19|20)\d\d\b", f)
                                              or archive.search(f))]
    return ", ".join(fields) or None


@cv.per_language_data
def _addressee() -> re.Pattern:
    """A letter note's addressee, where a field opens with it or after the writer ("au préfet")."""
    links = cv.literal_alternation(_data().get("note_addressee_links", [])) or "(?!)"
    return re.compile(rf"(?:^|\s)(?:{links})(?:\s+|(?<=['’]))", re.IGNORECASE)


@cv.per_language_data
def _archive_fields() -> re.Pattern:
    """A note's field giving an archive's reference ("AD Nièvre", "1 W 412", "cassette 27")."""
    return re.compile("|".join(f"(?:{r})" for r in _data().get("note_archive_fields", [])) or "(?!)")


def _link_words() -> set[str]:
    return {w.casefold() for w in _data().get("signature_place_links", [])}


def _lower_description(desc: str) -> str:
    """"PHARMACIEN À MANOSQUE" -> "pharmacien à Manosque": the function in lower case, a town
    after a link word keeps a capital (so that the gazetteer finds it)."""
    links = _link_words()
    out, town = [], False
    for word in desc.split():
        low = word.lower()
        if town and low.strip(",") not in links:
            out.append("-".join(p[:1].upper() + p[1:] for p in low.split("-")))
        else:
            out.append(low)
        town = low.strip(",") in links or (town and not word.endswith(","))
    return " ".join(out)


def capitals_signature(after: str) -> tuple[str, str, int, int] | None:
    """(name, description, start, end) of a capitals signature in the text after a closing
    guillemet ("» LAURE ISNARD, MÉDECIN GÉNÉRALISTE À FORCALQUIER"); else None. The name keeps
    an initial capital per word ("Laure Isnard")."""
    m = SIGNATURE.match(after)
    if not m:
        return None
    name = " ".join("-".join(p[:1] + p[1:].lower() for p in w.split("-")) for w in m.group("name").split())
    return name, _lower_description(m.group("desc").strip()), m.start("name"), m.end("desc")


# after a speech verb, a description then the person's name: "l'adjointe à la santé de
# Digne-les-Bains, Fabienne Arnaud" (the press's order when the function comes first), a relative
# clause after the name or not ("le maire, Alain Pottier, qui cherche …": lang/fr grammar.yaml
# relative_pronouns)
DESCRIPTION_THEN_NAME = re.compile(
    rf"^(?P<desc>[^,«»]{{3,120}}?)\s*,\s*(?P<name>[{UPPER}][a-zà-ÿœæ'’-]+(?:[\s-]+[{UPPER}][a-zà-ÿœæ'’-]+){{1,2}})"
    rf"(?:\s*,\s*(?:{cv.word_forms('relative_pronouns')})\s[^«»]*)?\s*\.?$")


def description_then_name(who: str) -> tuple[str, str] | None:
    """(name, description) of "l'adjointe à la santé de Digne-les-Bains, Fabienne Arnaud"; None
    when the phrase does not end with a capitalised first name and surname after a comma."""
    m = DESCRIPTION_THEN_NAME.match(who.strip())
    return (m.group("name"), m.group("desc").strip()) if m else None


def _signs() -> list[str]:
    return sorted(_data().get("quote_call_signs", []), key=lambda s: (-len(s), s))


# the most times one sign is repeated to tell notes apart ("*", "**", "***")
MAX_REPEATED_SIGNS = 3


def sign_note(text: str, b: int, after: str) -> tuple[str, int] | None:
    """(description, length of the call) when the quote ending at ``b`` carries a typographic
    call sign ("»*", "»†", "»**") and a line of the text opens with that sign's note ("*
    Infirmière libérale, Aubenas. † Médecin …"): the nearest such note after the quote, else
    before it; else the entry of that sign in a key of at least two signs given in a sentence
    ("… suivies d'un symbole : * sage-femme libérale ; ** médecin généraliste ; *** …")."""
    signs = _signs()
    call = next((s for s in signs if after.startswith(s)), None)
    if call is None or any(after.startswith(s) for s in signs if len(s) > len(call)):
        return None
    call = re.match(rf"(?:{re.escape(call)}){{1,{MAX_REPEATED_SIGNS}}}", after).group(0)  # "**": a note of its own
    any_sign = "[" + "".join(re.escape(s) for s in signs) + "]"
    others = "|".join(re.escape(s) for s in signs)
    # a note: the sign at a line's start (or after the previous note of that line), its text up
    # to the next note of the line or the line's end
    note = re.compile(rf"(?:^|(?<=[.)])[ \t]+)(?<!{any_sign}){re.escape(call)}(?!{any_sign})\s+"
                      rf"(?P<desc>[^\n]{{3,160}}?)\s*(?=\s(?:{others})\s|$)", re.MULTILINE)
    found = []
    for m in note.finditer(text):
        line_start = text.rfind("\n", 0, m.start("desc")) + 1
        if not any(text.startswith(s, line_start) for s in signs):
            continue  # the line is no notes line
        found.append(m)
    if not found:
        return _key_entry(text, call, any_sign)
    after_quote = [m for m in found if m.start() > b]
    m = after_quote[0] if after_quote else found[-1]
    return m.group("desc").strip().rstrip("."), len(call)


def _key_entry(text: str, call: str, any_sign: str) -> tuple[str, int] | None:
    """(description, length of the call) of ``call``'s entry in a key given in a sentence, its
    entries signs then a description separated by semicolons ("* sage-femme libérale ; **
    médecin généraliste"), at least two signs in it; None otherwise."""
    entry = re.compile(rf"(?:^|[:;]\s*)(?<!{any_sign})(?P<sign>{any_sign}{{1,{MAX_REPEATED_SIGNS}}})(?!{any_sign})\s+"
                       rf"(?P<desc>[^;:.\n*]{{3,80}}?)\s*(?=;|\.(?:\s|$)|$)", re.MULTILINE)
    for line in text.splitlines():
        found = {m.group("sign"): m.group("desc").strip() for m in entry.finditer(line)}
        if len(found) >= 2 and call in found:
            return found[call], len(call)
    return None


def legend_reference(attr: str, text: str) -> tuple[str, str] | None:
    """(speaker, description) of a parenthesis "enquêtée 4, fig. 2" when the text holds the
    legend of figure 2 describing person 4 ("Figure 2 – … 4 : pharmacienne, Saulieu (Côte-d'Or) ;
    …"); None otherwise."""
    words = sorted((w.rstrip(".") for w in _data().get("legend_figure_words", [])), key=lambda w: (-len(w), w))
    if not words:
        return None
    alt = "|".join(re.escape(w) for w in words)
    m = re.fullmatch(rf"\s*(?P<who>[^\W\d][\w'’-]*\s+(?P<num>\d{{1,3}}))\s*,\s*(?:{alt})\.?\s*(?P<fig>\d{{1,3}})\s*",
                     attr, re.IGNORECASE)
    if not m:
        return None
    head = re.compile(rf"^(?:{alt})\.?\s*{m.group('fig')}\b[^\n]*$", re.IGNORECASE | re.MULTILINE)
    for line in head.finditer(text):
        entry = re.search(rf"(?:^|[.;]\s+){m.group('num')}\s*:\s*(?P<desc>[^;\n]{{3,160}}?)\s*(?=;|\.\s|\.?$)",
                          line.group(0))
        if entry:
            return " ".join(m.group("who").split()), entry.group("desc").strip()
    return None


@cv.per_language_data
def _dated_reference() -> re.Pattern:
    # "audition du 14 mars 2024", "entretien le 3/05/2023": a meeting's word, then its date (a digit in it)
    d = _data()
    words = cv._flex_alt(d.get("dated_reference_words", [])) or "(?!)"
    articles = cv.word_forms("dated_reference_articles", data=d)
    return re.compile(rf"\s*(?:{words})\s+(?:{articles})\s+(?P<date>[^()]*?\d[^()]*?)\s*", re.IGNORECASE)


def dated_reference(attr: str, text: str) -> tuple[str, str] | None:
    """(full name, description) of a parenthesis "audition du 14 mars 2024" when one line of the
    text, and one only, opens with that date and a colon or a dash before a person's name and what
    they do ("14 mars 2024 : Dr Paul-Antoine Santoni, médecin généraliste à Bastelica"); None
    otherwise (two persons heard that day: the reference does not say which one spoke)."""
    m = _dated_reference().fullmatch(attr)
    if m is None:
        return None
    date = r"\s+".join(re.escape(w) for w in m.group("date").split())
    civilities = cv.word_forms("civilities", r"\.?\s+")
    # built per matching parenthesis (the date is the reference's own), rare: not on the hot path
    line = re.compile(rf"^[ \t]*(?:[-–•][ \t]*)?{date}[ \t]*[:–—-][ \t]*(?:(?i:{civilities}))?{cv.NAME.pattern}"
                      rf"[ \t]*,[ \t]*(?P<desc>[^\n]{{3,200}}?)[ \t]*\.?[ \t]*$", re.MULTILINE)
    hits = {(h.group("name"), h.group("desc")) for h in line.finditer(text)}
    return hits.pop() if len(hits) == 1 else None


@cv.per_language_data
def _account_patterns() -> dict[str, re.Pattern]:
    words = cv._flex_alt(_data().get("account_label_words", [])) or "(?!)"
    return {
        # "Récit :" alone before the quotation (a sentence of its own, or its paragraph's start)
        "label": re.compile(rf"(?:^|(?<=[.!?\n])\s*)(?:{words})\s*:\s*$", re.IGNORECASE),
        # a line ending on a parenthesis that opens with a participant's code: "… n° 4 (MG7, Haguenau)"
        "header": re.compile(rf"^[^\n«»]{{0,120}}\((?P<attr>(?:{cv.PARTICIPANT_CODE})\b[^()\n]{{0,60}})\)[ \t]*$",
                             re.MULTILINE),
    }


def account_header(text: str, a: int) -> str | None:
    """The parenthesis of the header line above a quotation at ``a`` led by an account label
    ("Incident critique n° 4 (MG7, Haguenau)" … "Récit : « … »" -> "MG7, Haguenau"): the nearest
    such line within ``account_header_window`` characters; None when the lead is no account label
    or no header gives a code."""
    pats = _account_patterns()
    line_start = text.rfind("\n", 0, a) + 1
    if pats["label"].search(text, line_start, a) is None:
        return None
    window = int(_data().get("account_header_window", 1200))
    hits = list(pats["header"].finditer(text, max(0, line_start - window), line_start))
    return hits[-1].group("attr").strip() if hits else None


@cv.per_language_data
def _civil_source() -> re.Pattern:
    # (a name of up to three words after the civility: "Dr Yves Le Roux", a particle's capital)
    civilities = cv.word_forms("civilities", r"\.?\s+")
    dets = cv.word_forms("singular_determiners", r"\s+", elided_after=r"\s*")
    return re.compile(rf"^(?i:{dets})?(?P<who>(?i:{civilities})(?:[{UPPER}]\.\s*){{1,2}}"
                      rf"|(?i:{civilities})[{UPPER}][\w'’-]+(?:\s+[{UPPER}][\w'’-]+){{0,2}})\s*(?:,\s*(?P<rest>.+))?$")


def source_person(desc: str) -> tuple[str, str]:
    """(speaker, description) of a source line's person named with a civility ("le Dr Favre,
    médecin généraliste, président de la CPTS" -> ("Dr Favre", "médecin généraliste, président de
    la CPTS")); ('', desc) when it names none ("une pharmacienne titulaire (Ardennes)")."""
    m = _civil_source().match(desc.strip())
    return (m.group("who").strip(), (m.group("rest") or "").strip()) if m else ("", desc)
