"""Testimonies written by the person in the first person, without quotation marks, under a
byline ("Par Odile, 58 ans, dialysée à Lorient" then three paragraphs "Je suis dialysée …") or
signed at their end ("Depuis ma greffe, je vois moins de monde …" then "– Yannick, 63 ans,
greffé, Pontivy"). The testimony is the run of paragraphs next to the byline (below it) or the
signature (above it) whose first sentence speaks in the first person
(testimony_headings.speaks_in_first_person), up to a heading or a paragraph that does not ("La
rédaction rappelle que …").

The byline or signature must name an anonymised lay person: a first name alone, a comma, and a
description of a person holding an age ("58 ans"). An editorial signed with a full name and a
function ("Dr Olivier Bréchet, président de la CPTS") and a journalist's byline over an article
are no testimony. A press testimony may instead open on a chapeau presenting the person, their age
and a speech verb ("Nadia B., 39 ans, infirmière libérale à Saint-Denis, raconte …") and close on
the interview's closer ("Propos recueillis par …", attributions.yaml interview_closers): the
paragraphs between, in the first person, are the person's words. Words: lang/fr/testimony_bylines.yaml.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import conventions as cv
from .attributions import counted_profile, describe, described_box, describes_person, description_fields
from .base import TextLine, append_cut, n_words
from .roles import normalize_role
from .testimony_headings import body_under, heading_person, speaks_in_first_person

_data = cv.language_data
FIRST_NAME = r"[A-ZÉÈ][a-zéèêëïîôûç]+(?:-[A-ZÉÈ][a-zéèêëïîôûç]+)?"
MAX_BYLINE_CHARS = 140


@lru_cache(maxsize=4)
def _patterns(key: int) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    words = cv._flex_alt(_data().get("testimony_byline_words", [])) or "(?!)"
    dashes = "".join(re.escape(d) for d in _data().get("testimony_signature_dashes", [])) or "(?!)"
    told = cv._flex_alt(_data().get("testimony_interviewee_words", [])) or "(?!)"
    person = rf"(?P<name>{FIRST_NAME})\s*,\s*(?P<desc>\S.*)"
    return (re.compile(rf"^(?:{words})\s+{person}$", re.IGNORECASE),
            re.compile(rf"^[{dashes}]\s*{person}$"),
            re.compile(rf"^(?:{told})(?<=['’])?\s*(?P<name>{FIRST_NAME})(?:\s*,\s*(?P<desc>\S.*)|\s*)$", re.IGNORECASE))


def interviewee_line(text: str) -> tuple[str, str] | None:
    """(first name, description) of a line naming the person interviewed ("Propos recueillis
    auprès de Samia, qui accompagne sa mère au Port"), or None."""
    t = " ".join(text.split()).rstrip(".")
    m = _patterns(id(_data()))[2].match(t) if t and len(t) <= MAX_BYLINE_CHARS else None
    if m is None or not m.group("name")[:1].isupper():
        return None
    return m.group("name"), (m.group("desc") or "").strip()


# a reader's signature under a letter: a first name and an initial (anonymised), then at most a
# quality and a commune, short fields without digits ("Françoise M., infirmière retraitée, Aurillac",
# "Nadine C., Vic-sur-Cère")
# (or the first name's initial or abbreviation too: "B. G., pharmacien titulaire, Entrevaux", "Th. R., …"; s51)
_INITIALLED = re.compile(rf"^(?P<name>(?:{FIRST_NAME}|[A-ZÉÈ][a-z]?\.)\s*[A-ZÉÈ]\.)\s*,\s*(?P<desc>[^\d()«»:;,.!?]{{2,60}}"
                         rf"(?:,\s*[^\d()«»:;,.!?]{{2,40}})?)$")


def initialled_signature(text: str) -> tuple[str, str] | None:
    """(name, description) of a reader's signature under a letter, or None."""
    m = _INITIALLED.match(" ".join(text.split()).rstrip("."))
    if m is None or any(len(f.split()) > 5 for f in m.group("desc").split(",")):
        return None
    return m.group("name"), m.group("desc").strip()


# a line opening with such a signature, then the next quotation: "Bruno F., Langogne « Au début …"
_SIGNATURE_THEN_QUOTE = re.compile(rf"^(?P<sig>{FIRST_NAME}\s+[A-ZÉÈ]\.\s*,[^\n«»]{{2,110}}?)(?P<gap>[ \u00a0])«", re.MULTILINE)


_COUNTED_THEN_QUOTE = re.compile(r"^[—–][ \u00a0](?P<sig>[^\n«»]{5,110}?)(?P<gap>[ \u00a0])«", re.MULTILINE)


def cut_leading_signatures(text: str) -> str:
    """text with a reader's signature that extraction ran into the next paragraph, a testimony in
    guillemets ("« … »" then "Marie-Claude D., Mende « Au début … »"), put back on its own line:
    the space before the guillemet read as a line break (same length; s28-segr49a). Only under a
    line that closes a quotation: the signature is that quotation's (quotes._signature_below)."""
    if "«" not in text:
        return text
    cuts = []
    for m in _SIGNATURE_THEN_QUOTE.finditer(text):
        above = text[:m.start()].rstrip(" \u00a0\n")
        if m.start() > 0 and text[m.start() - 1] == "\n" and above.endswith(("»", "”")) \
                and initialled_signature(m.group("sig")) is not None:
            cuts.append(m.start("gap"))
    # "— Martine, 6 ruches, Saint-Georges-sur-Arnon « … »": a member's signature after a dash
    for m in _COUNTED_THEN_QUOTE.finditer(text):
        above = text[:m.start()].rstrip(" \u00a0\n")
        if m.start() > 0 and text[m.start() - 1] == "\n" and above.endswith(("»", "”")) \
                and counted_profile(m.group("sig")):
            cuts.append(m.start("gap"))
    for at in cuts:
        text = text[:at] + "\n" + text[at + 1:]
    return text


def split_at_end_signatures(lines: list[TextLine]) -> list[TextLine]:
    """``lines`` with a reader's signature run onto the end of the letter's last paragraph by
    extraction ("… dans nos campagnes. Françoise M., infirmière retraitée, Aurillac") cut onto its
    own line."""
    out: list[TextLine] = []
    for ln in lines:
        cuts = []
        for m in re.finditer(r"[.!?…»]\s+(?=[A-ZÉÈ])", ln.text):
            if initialled_signature(ln.text[m.end():]) is not None and speaks_in_first_person(ln.text[:m.end()]):
                cuts = [m.end()]
                break
        append_cut(out, ln, cuts)
    return out


def byline_person(text: str) -> tuple[str, str, str] | None:
    """(name, description, "top" or "end") of a byline or a signature line, or None."""
    t = " ".join(text.split()).rstrip(".")
    if not t or len(t) > MAX_BYLINE_CHARS:
        return None
    signed = initialled_signature(t)
    if signed is not None:  # "Françoise M., infirmière retraitée, Aurillac" under her letter
        return (*signed, "end")
    top, end, _ = _patterns(id(_data()))
    for pattern, where in ((top, "top"), (end, "end")):
        m = pattern.match(t)
        if m is None or not m.group("name")[:1].isupper():
            continue
        desc = m.group("desc").strip()
        aged = any(cv.AGE_FIELD.match(f.strip()) for f in description_fields(desc))
        if aged and describes_person(desc):
            return m.group("name"), desc, where
    return None


@lru_cache(maxsize=4)
def _chapeau(key: int) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    closers = cv._flex_alt(_data().get("interview_closers", [])) or "(?!)"
    copulas = cv._flex_alt(_data().get("chapeau_copulas", [])) or "(?!)"
    pronouns = cv._flex_alt(_data().get("chapeau_pronouns", [])) or "(?!)"
    return (re.compile(rf"^(?P<name>{FIRST_NAME}(?:\s+[A-ZÉÈ]\.)?)\s*,\s*(?P<desc>[^«»:;]{{3,140}}?)\s*,\s*"
                       rf"(?:{cv.SPEECH_VERBS})(?![\w’'-])"),
            re.compile(rf"^(?:{closers})\s+\S", re.IGNORECASE),
            # "Sylvie Bénard, 52 ans, est sage-femme libérale à … depuis 2004. Pour notre série …, elle raconte …"
            re.compile(rf"^(?P<name>{FIRST_NAME}(?:\s+(?:[A-ZÉÈ]\.|{FIRST_NAME}))?)\s*,\s*(?P<age>\d{{2,3}}\s*ans)\s*,\s*"
                       rf"(?:{copulas})\s+(?P<desc>[^«».!?:;]{{3,140}})[.!?]\s.*?(?<![\w'’-])(?:{pronouns})\s+"
                       rf"(?:{cv.SPEECH_VERBS})(?![\w’'-])"))


def chapeau_person(text: str) -> tuple[str, str] | None:
    """(name, description) of a press testimony's chapeau presenting the person with their age and
    a speech verb ("Nadia B., 39 ans, infirmière libérale à Saint-Denis, raconte ses tournées …"),
    or None."""
    t = " ".join(text.split())
    m = _chapeau(id(_data()))[0].match(t)
    presented = _chapeau(id(_data()))[2].match(t) if m is None else None
    if presented is not None:  # the age, then what the person is, then a pronoun and a speech verb
        return presented.group("name"), f"{presented.group('age')}, {presented.group('desc').strip()}"
    if m is None:
        return None
    desc = m.group("desc").strip()
    aged = any(cv.AGE_FIELD.match(f.strip()) for f in description_fields(desc))
    return (m.group("name"), desc) if aged and describes_person(desc) else None


# a portrait's standfirst: a full name, the age, what the person does and where, then what they live
# ("Maite Etcheverry, 34 ans, professeure des écoles à Anglet, vit avec un diabète …")
PORTRAIT_STANDFIRST = re.compile(rf"^(?P<name>{FIRST_NAME}\s+[A-ZÉÈ][\w'’-]+)\s*,\s*(?P<age>\d{{2,3}}\s*ans)\s*,\s*"
                                 rf"(?P<desc>[^«».!?:;,]{{3,100}})\s*,\s*(?=[a-zàâçéèêëîïôûù])")


def portrait_standfirst(text: str) -> tuple[str, str] | None:
    """(name, description) of a portrait's standfirst (PORTRAIT_STANDFIRST) whose description
    names what the person does, or None."""
    m = PORTRAIT_STANDFIRST.match(" ".join(text.split()))
    if m is None or not describes_person(m.group("desc")):
        return None
    return m.group("name"), f"{m.group('age')}, {m.group('desc').strip()}"


def _closer(text: str) -> bool:
    """A line closing an interview written up as a testimony ("Propos recueillis par Julien M.")."""
    return bool(_chapeau(id(_data()))[1].match(text.strip()))


def closed_signature(lines: list[TextLine], i: int) -> tuple[str, str] | None:
    """(name, description) of a line signing a testimony right above the interview's closer
    ("Karim, masseur-kinésithérapeute à Roubaix (Nord)" then "Propos recueillis par la rédaction."):
    the closer says the paragraphs above are someone's words, so the signature needs no age; an
    editorial signed "Dr Olivier Bréchet, président de la CPTS" with no closer under it stays the
    writer's own prose (s27-segfound2)."""
    text = " ".join(lines[i].text.split())
    if not text or len(text) > MAX_BYLINE_CHARS or _closer(text):
        return None
    nxt = next((ln.text for ln in lines[i + 1:] if ln.text.strip()), "")
    return heading_person(text) if _closer(nxt) else None


def _testimony_line(ln: TextLine, anywhere: bool = False) -> bool:
    """A paragraph of the testimony: its first sentence in the first person (``anywhere``: one of
    its sentences, between a chapeau and a closer that vouch for the whole)."""
    text = ln.text.strip()
    if not text or text.startswith(("«", "“", "\"")) or byline_person(text) is not None:
        return False
    if anywhere:
        sentences = re.split(r"(?<=[.!?])\s+", text)
        return any(speaks_in_first_person(x) or _vouched_subject().match(x) for x in sentences) and not _closer(text)
    return speaks_in_first_person(text)


@cv.per_language_data
def _vouched_subject() -> re.Pattern:
    """A sentence opening on a subject that stands for the speaker and others ("On s'est
    organisées …"): the speaker's when a chapeau and a closer vouch for the paragraphs."""
    return re.compile(rf"^(?:{cv._alt(_data().get('vouched_subjects', [])) or '(?!)'})(?=\s|['’])", re.IGNORECASE)


def _told_body(lines: list[TextLine], headings: dict[int, int], i: int, taken: set[int]) -> list[int]:
    """The paragraphs under a line naming the person interviewed, up to a heading, a paragraph
    holding a quotation (someone else's words) or an interview's closer; [] unless one of them
    speaks in the first person."""
    body: list[int] = []
    j = i + 1
    while j < len(lines) and j not in headings and j not in taken:
        text = lines[j].text.strip()
        if text:
            if any(q in text for q in ("«", "“", "\"")) or _closer(text) or byline_person(text) is not None \
                    or interviewee_line(text) is not None:
                break
            body.append(j)
        j += 1
    return body if any(_testimony_line(lines[k], anywhere=True) for k in body) else []


def testimony_byline_boxes(lines: list[TextLine], headings: dict[int, int], gazetteer,
                           intertitle=lambda i: False) -> dict[int, dict]:
    """line index of a testimony's first paragraph -> its attributes, "_last" the index of its
    last paragraph (as the segmenter's quote boxes). ``intertitle(i)``: line i is the editor's
    quoted intertitle (intertitles.quoted_intertitle), which a chapeau's testimony runs across
    in two boxes."""
    found: dict[int, dict] = {}
    taken: set[int] = set()
    for i, ln in enumerate(lines):
        person = byline_person(ln.text) if i not in headings else None
        chapeau = chapeau_person(ln.text) if person is None and i not in headings else None
        if chapeau is not None:  # "Nadia B., 39 ans, infirmière …, raconte …" over the words, "Propos recueillis par …" under
            person = (*chapeau, "top")
        portrait = portrait_standfirst(ln.text) if person is None and i not in headings else None
        if portrait is not None:  # "Maite Etcheverry, 34 ans, professeure …, vit avec …" over her account in the first person
            person = (*portrait, "top")
        closed = closed_signature(lines, i) if person is None and i not in headings else None
        if closed is not None:  # "Karim, masseur-kinésithérapeute à Roubaix" under the words, "Propos recueillis par …" under it
            person = (*closed, "end")
        told = interviewee_line(ln.text) if person is None and i not in headings else None
        if told is not None:  # "Propos recueillis auprès de Samia, …" over her words
            body = _told_body(lines, headings, i, taken)
            if body:
                taken.update(body)
                name, desc = told
                role, region, place = describe(desc, gazetteer) if desc else ("inconnu", "", "")
                if role in ("", "inconnu"):
                    role = _data().get("testimony_byline_role", "autre")
                found[body[0]] = {"speaker": name, "role_raw": desc, "role": role, "region": region, "place": place,
                                  "attr_source": "attribution", "_last": body[-1]}
            continue
        if person is None:
            continue
        name, desc, where = person
        body: list[int] = []
        pulled: list[int] = []  # the editor's quoted intertitles crossed (a chapeau's testimony only)
        step = 1 if where == "top" else -1
        j = i + step
        while 0 <= j < len(lines) and j not in taken:
            if j in headings or intertitle(j):
                if chapeau is None or not body or not intertitle(j):
                    break
                pulled.append(j)  # "« On accouchait à la maison plus souvent qu'avant »" cuts the words in two
            elif lines[j].text.strip():
                if not _testimony_line(lines[j], anywhere=chapeau is not None or closed is not None or portrait is not None):
                    break
                body.append(j)
            j += step
        if chapeau is not None and not (0 <= j < len(lines) and _closer(lines[j].text)):
            continue  # a chapeau's person speaks in the paragraphs only when the interview's closer ends them
        if portrait is not None and (len(body) < _data().get("portrait_min_paragraphs", 2)
                                     or not (j >= len(lines) or j in headings)):
            continue  # a portrait's account: paragraphs in the first person up to the next heading
        if not body:
            continue
        body.sort()
        taken.update(body)
        role, region, place = describe(desc, gazetteer)
        if role in ("", "inconnu"):
            role = _data().get("testimony_byline_role", "autre")
        for run in _cut_at(body, pulled):
            found[run[0]] = {"speaker": name, "role_raw": desc, "role": role, "region": region, "place": place,
                             "attr_source": "attribution", "_last": run[-1]}
    return found


def _cut_at(body: list[int], cuts: list[int]) -> list[list[int]]:
    """``body``'s sorted line indexes in runs, cut at each of the ``cuts`` (intertitles) between them."""
    runs: list[list[int]] = [[]]
    for k in body:
        if runs[-1] and any(runs[-1][-1] < c < k for c in cuts):
            runs.append([])
        runs[-1].append(k)
    return runs


@cv.per_language_data
def _rubric() -> tuple[re.Pattern, re.Pattern]:
    """A heading opening with a signed rubric's name ("Libre opinion – « … »", "Droit de réponse"),
    and a word of one writer ("je", "mes")."""
    words = _data().get("signed_rubric_singular_words", [])
    alt = "|".join(re.escape(w) + ("" if w[-1] in "'’" else r"\b") for w in sorted(words, key=len, reverse=True))
    return (re.compile(rf"^\s*(?:{cv._alt(_data().get('signed_rubric_headings', [])) or '(?!)'})(?![\w'’-])",
                       re.IGNORECASE),
            re.compile(rf"(?<![\w'’])(?:{alt or '(?!)'})", re.IGNORECASE))


def rubric_signature(text: str) -> tuple[str, str] | None:
    """(name, description) of a signed rubric's closing line: perhaps a civility, a first and a
    family name, a comma, a description naming what the writer does ("Dr Marc Perrod, médecin
    généraliste, Lons-le-Saunier"); no final stop, no quotation; else None."""
    t = " ".join(text.split())
    if not t or n_words(t) > int(_data().get("signed_rubric_signature_words", 16)) \
            or re.search(r"[.!?:;…«»\"“”]$|[«»\"“”]", t):
        return None
    words = t.split()
    bare = " ".join(words[1:]) if words and words[0].lower().rstrip(".") in cv.CIVILITIES else t
    m = cv.NAME.match(bare)
    if m is None or m.start() != 0 or not bare[m.end():].lstrip().startswith(","):
        return None
    desc = bare[m.end():].lstrip()[1:].strip()
    if not desc or not describes_person(desc) or normalize_role(desc) in ("autre", "inconnu"):
        return None
    return m.group("name"), desc


def signed_rubric_boxes(lines: list[TextLine], headings: dict[int, int], styled, gazetteer) -> dict[int, dict]:
    """line index of a signed rubric's first paragraph -> the signer's attributes, "_last" its last
    paragraph: under a rubric heading, the last roman line of the section that is a signature
    (only italic notes after it), and the roman paragraphs right above it, one of them at least
    with a word of one writer ("je": a collective's "nous" over a block of signatories is its
    authors' own voice, round 34's negative); ``styled(i)``: line i is set in italics or bold."""
    rubric, singular = _rubric()
    found: dict[int, dict] = {}
    for h in sorted(headings):
        if not rubric.match(lines[h].text):
            continue
        section = body_under(lines, headings, h)
        roman = [k for k in section if not styled(k)]
        if not roman or rubric_signature(lines[roman[-1]].text) is None:
            continue
        sign = roman[-1]
        body: list[int] = []
        for k in reversed([k for k in section if k < sign]):
            if styled(k) or rubric_signature(lines[k].text) is not None or lines[k].text.rstrip().endswith(":"):
                break  # the editors' chapo above the text; a block of signatories ("Les signataires :")
            body.insert(0, k)
        if not body or body[-1] + 1 < sign and any(lines[k].text.strip() for k in range(body[-1] + 1, sign)):
            continue  # signatures one a line: a collective's text
        if not any(singular.search(lines[k].text) for k in body):
            continue  # a "nous" without a "je": the authors' own voice
        name, desc = rubric_signature(lines[sign].text)
        found[body[0]] = described_box(name, desc, gazetteer, body[-1])
    return found


def box_signature(text: str) -> tuple[str, str] | None:
    """(name, description) of the line signing a box's text: as a rubric's signature, but the
    description may name no profession when it names a person ("Chantal Moreau, patiente
    partenaire, coautrice de cet article"); else None."""
    t = " ".join(text.split())
    if not t or n_words(t) > int(_data().get("signed_rubric_signature_words", 16)) \
            or re.search(r"[.!?:;…«»\"“”]$|[«»\"“”]", t):
        return None
    m = cv.NAME.match(t)
    if m is None or m.start() != 0 or not t[m.end():].lstrip().startswith(","):
        # (s46: or a civility and a first name with an initial, "Mme Odette L., 91 ans, accompagnée …", or a
        # first name alone, "Laetitia, aide-soignante au SSIAD depuis douze ans", as a report signs its
        # boxes by the people it serves and employs)
        m = _box_signer().match(t)
        if m is None:
            return None
    desc = t[m.end():].lstrip()[1:].strip()
    fields = description_fields(desc)
    aged = bool(fields) and bool(cv.AGE_FIELD.match(fields[0].strip()))
    return (m.group("name"), desc) if desc and describes_person(desc) and (cv.PERSON_NOUN.search(desc) or aged) else None


@cv.per_language_data
def _box_signer() -> re.Pattern:
    civility = cv.word_forms("civilities", case="first")
    return re.compile(rf"^(?P<name>(?:(?:{civility})\.?\s+)?{FIRST_NAME}(?:\s+[A-ZÉÈ]\.)?)(?=\s*,)")


def signed_box_boxes(lines: list[TextLine], headings: dict[int, int], styled, gazetteer) -> dict[int, dict]:
    """line index of a box's first paragraph -> its signer's attributes, "_last" its last
    paragraph: under a box's title ("Encadré 2 – Le regard de la patiente partenaire": a
    ``quote_box_titles`` word of attributions.yaml, a dash, a title), the paragraphs set in italics
    or bold right below it, one of them at least with a word of one writer ("je"), then a roman
    line that signs them with a full name and a description of a person (s26-segleft2: a
    co-written article's patient partner writing in her own name). A box of the authors' own
    notes is signed by nobody; a quotation in guillemets is left to the quote readers."""
    _, singular = _rubric()
    found: dict[int, dict] = {}
    for h in sorted(headings):
        if not cv.QUOTE_BOX_TITLE.match(lines[h].text.strip()):
            continue
        section = body_under(lines, headings, h)
        body = []
        for k in section:
            if not styled(k):
                break
            body.append(k)
        if not body or len(body) == len(section) or section[len(body)] != body[-1] + 1:
            continue
        signed = box_signature(lines[section[len(body)]].text)
        if signed is None or not any(singular.search(lines[k].text) for k in body) \
                or any(lines[k].text.lstrip().startswith(("«", "“", "\"")) for k in body):
            continue
        name, desc = signed
        found[body[0]] = described_box(name, desc, gazetteer, body[-1])
    return found
