"""Written messages a document quotes under a header line that names their author: a forum
thread's "Message de « Lilou972 » — 12 avril 2020, 22 h 14", an e-mail exchange's "Courriel 2 –
De : la coordinatrice de la CPTS – À : … – 17 mars 2020 – Objet : …". The header words are
lang/fr/headed_messages.yaml.

The paragraph under each header is the author's words (a verbatim); further paragraphs belong
to it while they keep the first one's italics (a mail body set in italics, the comment in
roman). A thread is at least ``headed_message_min`` headers. The author: a forum's pseudonym is
the speaker; a mail's sender field is a role when it names one ("un médecin généraliste
adhérent"), else the speaker. The role a poster gives themselves in the body ("Je suis
infirmière libérale à Cayenne") is theirs; one who names no trade is a member of the public
(``headed_message_public_role``). The place a message names after a preposition is its
author's for all their messages; without one, the place of the paragraph that introduces the
thread. A header whose author is followed by no date is prose ("Message de la directrice").

Headers ending on a stamp (issue #14, round 40): an SMS screenshot's "Claire – 07:42" (a bare name
and a time: only as an exchange, someone writing twice and someone named by a function or by
kinship, whose messages are then a relative's, unnamed), a social network's "Publication de
Sandrine L. · 14 janvier 2024" and its run-in "Commentaire de Patrick D. : …", an online review's
name over "1/5 – il y a 3 mois" and the owner's answer (the person the introduction says writes
them), a forum's profile line "Nanou83 – IDEL – Localisation : Var – Messages : 1 204" (the trade
and place of the poster) over its post date. A reply opening on "Nanou83 a écrit : …", an earlier
poster of the thread, quotes her message: that line is hers, the reply the next paragraph. The
sender's trade may come from the sentence introducing the exchange ("Claire, infirmière libérale
à Mauvezin, m'a montré …").

Signed by their authors (session 24, s24-segwritten4, round 42): an online petition's signer line
"Sandrine P., Ciron, 12 juin 2018" over each comment (a name, a commune the gazetteer knows, a
day's date; the commune gives the region; one the extraction ran on after the paragraph above is
cut before), and a wiki discussion page's contributions, each SIGNED AT ITS END "… Dr.Escallier
(discussion) 5 mars 2024 à 07:48 (CET)" (the identifier the speaker, the trade it opens on the
role; a signature cut onto its own line signs the paragraph above), and a guest book's messages,
each under its date alone on its line and signed at its end after a dash "… – Famille C., Espalion"
(the first field the speaker, the rest their trade and place; a writer naming no trade the public).
A signature set inside the closing guillemet of a quoted message is read by segment/quotes.py.

A professional network's export (session 24, s24-segwritten5, round 43): the author's name on its
line, their headline on the next ("Infirmier libéral – Neufchâteau"), the post's age ("2 sem.",
``headline_age_stamps``, on the next line or run onto the headline), then the post or comment; the
headline gives the role (a headline naming no trade makes no header) and the place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from . import conventions as cv
from .attributions import describe
from .base import Span, TextLine, append_cut
from .discovery import locative_place
from .mottos import names_organisation
from .regions import resolve_region
from .roles import normalize_role, withholds_role

_alt = cv.literal_alternation
_data = cv.language_data


@dataclass
class Message:
    author: str
    role: str
    last: int  # the body's last line
    region: str = ""
    place: str = ""
    role_raw: str = ""
    header_end: int = -1  # the header's last line (an e-mail's fields one per line)
    body: list[int] = field(default_factory=list)
    run_in: int = -1  # where the body starts on the header's line ("Commentaire de X : …")
    quoted: tuple[int, str] = (-1, "")  # a line quoting an earlier author's message ("X a écrit : …"), its author


@dataclass
class Header:
    kind: str  # forum, mail, comment, stamped, profile, signer, headline (a network's name over headline), handle
    author: str
    end: int  # the header's last line
    role: str = ""  # the trade a profile line gives
    place: str = ""  # the place a profile line gives
    run_in: int = -1  # where the message starts on the header's own line ("Commentaire de X : …")
    bare: bool = False  # a name and a stamp, nothing else ("Claire – 07:42")
    owner: bool = False  # a reviewed place's answer ("Réponse du propriétaire – il y a 2 mois")
    withheld: bool = False  # the profile's trade field declines to say ("Préfère ne pas répondre")


@lru_cache(maxsize=4)
def _patterns(key: int) -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    d = _data()
    openers = _alt(d.get("forum_header_openers", [])) or "(?!)"
    # the pseudonym in guillemets, or a bare one with a time of day after it: a post's stamp,
    # not a reference's year ("Réponse de Dupont, 2019")
    time = r"\d{1,2}\s?(?:h|:)\s?\d{2}"
    the = cv.word_forms("post_date_articles", data=d)  # "… le 12 avril 2020"
    forum = re.compile(rf"^\s*(?:{openers})\s+(?:«\s*(?P<q>[^«»]{{1,40}}?)\s*»\s*(?:[—–,-]|\b(?:{the})\b)\s*(?P<date>[^.!?]{{0,60}}\d[^.!?]{{0,40}})"
                       rf"|(?P<w>[^\s«»,—–]{{2,40}})\s*(?:[—–,-]|\b(?:{the})\b)\s*(?P<stamp>[^.!?]{{0,60}}{time}[^.!?]{{0,20}}))$",
                       re.IGNORECASE)
    fields = "|".join(_alt(d.get(k, [])) for k in ("mail_from_fields", "mail_to_fields", "mail_subject_fields",
                                                   "mail_date_fields")) or "(?!)"
    sender = re.compile(rf"(?:^|[–—|]\s*)(?:{_alt(d.get('mail_from_fields', [])) or '(?!)'})\s*:\s*"
                        rf"(?P<who>.+?)\s*(?=[–—|]\s*(?:{fields}|\d)|$)", re.IGNORECASE)
    subject = re.compile(rf"(?:^|[–—|]\s*)(?:{_alt(d.get('mail_subject_fields', [])) or '(?!)'})\s*:", re.IGNORECASE)
    presents = _alt(d.get("message_self_presentations", [])) or "(?!)"
    self_role = re.compile(rf"(?<![\w])(?:{presents})\s+(?P<what>[^.,;:!?]{{3,60}})", re.IGNORECASE)
    return forum, sender, subject, self_role


@lru_cache(maxsize=4)
def _comment_patterns(key: int) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """A blog's comment header ("Maëlle dit :", "Répondre Dr Y. Le Gall dit : 13 mars 2024 à 07 h
    02": the previous comment's reply link run in by extraction), its stamp (a date with a time of
    day, on the line or the next), and a reply link alone on its line."""
    d = _data()
    verbs = _alt(d.get("comment_header_verbs", [])) or "(?!)"
    replies = _alt(d.get("comment_reply_links", [])) or "(?!)"
    stamp = r"[^.!?]{0,40}\d[^.!?]{0,30}\d{1,2}\s?(?:h|:)\s?\d{2}[^.!?]{0,10}"
    header = re.compile(rf"^\s*(?:(?:{replies})\s+)?(?P<who>[^\s«»:!?][^«»:!?]{{1,39}}?)\s+(?:{verbs})\s*:"
                        rf"\s*(?P<stamp>{stamp})?\s*$", re.IGNORECASE)
    return header, re.compile(rf"^\s*{stamp}\s*$"), re.compile(rf"^\s*(?:{replies})(?:\s*$|\s+(?=\S.*:))", re.IGNORECASE)


@lru_cache(maxsize=4)
def _stamped_patterns(key: int) -> tuple[re.Pattern, ...]:
    """A header line whose stamp follows the author ("Claire – 07:42", "Publication de Sandrine L. ·
    14 janvier 2024", "Réponse du propriétaire – il y a 2 mois"); a rating-and-stamp line under a
    reviewer's name ("1/5 – il y a 3 mois") and the name line; a run-in header ("Commentaire de
    Patrick D. : …"); a forum's profile line ("Nanou83 – IDEL – Localisation : Var – Messages : 12")."""
    d = _data()
    openers = _alt(d.get("forum_header_openers", [])) or "(?!)"
    stamps = "|".join(d.get("message_header_stamps", [])) or "(?!)"
    seps = _alt(d.get("message_header_separators", [])) or "(?!)"
    ratings = "|".join(d.get("message_ratings", [])) or "(?!)"
    owners = cv._flex_alt(d.get("owner_reply_labels", [])) or "(?!)"
    # a person's name or display name: capitalised words, short lowercase particles between them
    word = r"(?-i:[A-ZÀ-Ý])[^\s:;,!?«»()]*"
    name = rf"{word}(?:\s+(?:(?-i:[a-zà-ÿ]{{1,3}}['’]?)\s*)?{word}){{0,3}}"
    stamped = re.compile(rf"^\s*(?P<opener>(?:{openers})\s+)?(?:(?P<owner>{owners})|(?P<who>{name}))\s*(?:{seps})\s*"
                         rf"(?:(?:{ratings})\s*(?:{seps})\s*)?(?:{stamps})\s*$", re.IGNORECASE)
    rated = re.compile(rf"^\s*(?:{ratings})\s*(?:{seps})\s*(?:{stamps})\s*$", re.IGNORECASE)
    run_in = re.compile(rf"^\s*(?:{openers})\s+(?P<who>{name})\s*:\s*(?=\S)", re.IGNORECASE)
    fields = _alt(d.get("forum_profile_fields", [])) or "(?!)"
    places = _alt(d.get("forum_place_fields", [])) or "(?!)"
    cell = r"[^–—|·:]"
    profile = re.compile(rf"^\s*(?P<who>[^\s–—|·:]{{2,40}})\s*[–—|·]\s*(?P<trade>{cell}{{2,40}}?)\s*"
                         rf"(?P<fields>(?:[–—|·]\s*(?:{fields})\s*:\s*{cell}{{1,40}}?\s*)+)$", re.IGNORECASE)
    place = re.compile(rf"(?:{places})\s*:\s*(?P<place>{cell}+?)\s*(?=[–—|·]|$)", re.IGNORECASE)
    # a petition's signer line: a name, a commune, a date, between commas ("Sandrine P., Ciron, 12 juin
    # 2018"); the date a day's, not a year alone (a reference's "Dupont J., Paris, 2019")
    dates = "|".join(d.get("message_signer_dates", [])) or "(?!)"
    fields = rf"(?P<who>{name})\s*,\s*(?P<place>(?-i:[A-ZÀ-Ý])[^,;:!?«»()\d]{{1,40}}?)\s*,\s*(?:{dates})\s*$"
    signer = re.compile(rf"^\s*{fields}", re.IGNORECASE)
    return stamped, re.compile(rf"^\s*{name}\s*$"), rated, run_in, profile, place, signer, \
        re.compile(rf"(?<=[.!?…»])\s+(?={fields})", re.IGNORECASE)  # the same line run on after a paragraph's end


@lru_cache(maxsize=4)
def _dated_profile_patterns(key: int) -> tuple[re.Pattern, re.Pattern]:
    """A consultation export's header: pseudonym, date, fields ("Marie77 | 03/04/2025 | Catégorie
    déclarée : patient(e) | Commune : Nemours"); and one field's name and value."""
    d = _data()
    dates = "|".join(d.get("message_signer_dates", [])) or "(?!)"
    fields = _alt(d.get("dated_profile_fields", []) + d.get("forum_place_fields", [])) or "(?!)"
    header = re.compile(rf"^\s*(?P<who>[^\s|·:«»][^|·:«»]{{1,38}}?)\s*[|·]\s*(?:{dates})\s*"
                        rf"(?P<fields>(?:[|·]\s*(?:{fields})\s*:\s*[^|·]{{1,80}}?\s*)+)$", re.IGNORECASE)
    return header, re.compile(r"(?P<name>[^|·:]+?)\s*:\s*(?P<value>[^|·]+?)\s*(?=[|·]|$)")


def _dated_profile_header(text: str, i: int) -> Header | None:
    """A consultation export's header at line i (_dated_profile_patterns): the pseudonym speaks, the
    declared category gives the role, the commune the place."""
    header, field_pattern = _dated_profile_patterns(id(_data()))
    m = header.match(text)
    if m is None:
        return None
    d = _data()
    trades = {w.lower() for w in d.get("profile_trade_fields", [])}
    places = {w.lower() for w in d.get("forum_place_fields", [])}
    values = {f.group("name").strip().lower(): f.group("value").strip() for f in field_pattern.finditer(m.group("fields"))}
    trade = next((v for k, v in values.items() if k in trades), "")
    place = next((v for k, v in values.items() if k in places), "")
    return Header("profile", m.group("who").strip(), i, role=normalize_role(trade) if trade else "", place=place,
                  withheld=bool(trade) and withholds_role(trade))


@lru_cache(maxsize=4)
def _tagged_patterns(key: int) -> tuple[re.Pattern, re.Pattern]:
    """A chat server's message header: the pseudo, its tag in square brackets, a separator, the
    stamp ("kiwi_mg [Interne MG · Auxerre] — 12/03/2024 23:41"); and the tag's field separators."""
    d = _data()
    stamps = "|".join(d.get("message_header_stamps", [])) or "(?!)"
    seps = _alt(d.get("message_header_separators", [])) or "(?!)"
    tag_seps = _alt(d.get("message_author_tag_separators", [])) or "(?!)"
    return (re.compile(rf"^\s*(?P<who>[^\s\[\]«»:]{{2,40}})\s*\[(?P<tag>[^\[\]]{{2,80}})\]\s*(?:{seps})\s*(?:{stamps})\s*$",
                       re.IGNORECASE),
            re.compile(rf"\s*(?:{tag_seps})\s*|\s+[–—-]\s+"))  # a dash between spaces (not a commune's hyphen)


def _tagged_run_on(text: str) -> re.Match | None:
    """Where a chat server's header starts when extraction ran it on after a paragraph's end."""
    tagged, _ = _tagged_patterns(id(_data()))
    for m in re.finditer(r"(?<=[.!?…»])\s+(?=[^\s\[\]«»:]{2,40}\s*\[)", text):
        if tagged.match(text[m.end():]):
            return m
    return None


def _tagged_header(text: str, i: int) -> Header | None:
    """A chat server's header at line i: the pseudo the speaker, the first field of its tag naming a
    trade the role (a tag naming none gives none), the other fields the place."""
    if "[" not in text:
        return None
    tagged, split = _tagged_patterns(id(_data()))
    m = tagged.match(text)
    if m is None:
        return None
    fields = [f.strip() for f in split.split(m.group("tag")) if f.strip()]
    role = next((r for f in fields if (r := normalize_role(f)) not in ("autre", "inconnu")), "")
    place = " ".join(f for f in fields if normalize_role(f) in ("autre", "inconnu"))
    return Header("profile", m.group("who"), i, role=role, place=place)


@lru_cache(maxsize=4)
def _headline_patterns(key: int) -> tuple[re.Pattern, re.Pattern]:
    """A network profile's headline with the post's age run on ("Infirmier libéral – Neufchâteau
    2 sem."), and the age alone on its line ("2 sem.")."""
    ages = "|".join(_data().get("headline_age_stamps", [])) or "(?!)"
    return (re.compile(rf"^\s*(?P<headline>[^\s.!?:;«»][^.!?:;«»]{{2,80}}?)\s+(?:{ages})\s*$", re.IGNORECASE),
            re.compile(rf"^\s*(?:{ages})\s*$", re.IGNORECASE))


def _headline_header(lines: list[TextLine], i: int, headings) -> Header | None:
    """A network post's header at line i: the headline (with the post's age run on, or the age on
    the next line) under the author's name line; the role and the place from the headline."""
    name_line = _stamped_patterns(id(_data()))[1]
    if i == 0 or not name_line.match(lines[i - 1].text):
        return None
    aged, age = _headline_patterns(id(_data()))
    m = aged.match(lines[i].text)
    headline, end = (m.group("headline"), i) if m else (lines[i].text.strip(), i + 1)
    if not m and not (i + 1 < len(lines) and i + 1 not in headings and age.match(lines[i + 1].text)
                      and headline and not re.search(r"[.!?:;«»]", headline)):
        return None
    role = normalize_role(headline)
    if role in ("autre", "inconnu"):
        return None  # a name and a date under it, no trade: a signature or a caption, not a network's profile
    return Header("headline", lines[i - 1].text.strip(), end, role=role, place=headline)


@lru_cache(maxsize=4)
def _handle_patterns(key: int) -> tuple[re.Pattern, re.Pattern]:
    """A printed post's handle line ("@drjmartin_mg · 12 juil."), the separator between a display
    name and its trade."""
    d = _data()
    marks = _alt(d.get("account_handle_marks", [])) or "(?!)"
    seps = _alt(d.get("message_header_separators", [])) or "(?!)"
    stamps = "|".join(d.get("handle_line_stamps", [])) or "(?!)"
    names = "|".join(re.escape(x) for x in d.get("display_name_separators", [])) or "(?!)"
    return (re.compile(rf"^\s*(?:{marks})[^\W][\w.]{{1,30}}\s*(?:{seps})\s*(?:{stamps})\s*$", re.IGNORECASE),
            re.compile(rf"\s*(?:{names})\s*"))


def _handle_header(lines: list[TextLine], i: int) -> Header | None:
    """A printed social-network post's header at line i: the handle and the date under the display
    name; the name the speaker, the trade after it the role and the place. An organisation's account
    ("Centre hospitalier du Jabron") writes as the organisation: no header."""
    handle, split = _handle_patterns(id(_data()))
    if i == 0 or not handle.match(lines[i].text):
        return None
    display = lines[i - 1].text.strip()
    if not display or len(display.split()) > 12 or re.search(r"[!?:;«»]|\.$", display) or names_organisation(display):
        return None
    parts = split.split(display, maxsplit=1)
    who, trade = parts[0].strip(), parts[1].strip() if len(parts) > 1 else ""
    role = normalize_role(trade) if trade else ""
    return Header("handle", who, i, role=role if role not in ("autre", "inconnu") else "", place=trade)


def _stamped_header(lines: list[TextLine], i: int, headings) -> Header | None:
    """The header of a message at line i in the shapes of _stamped_patterns, or None. A profile
    line takes the post's date line under it; a rating line, the reviewer's name above it."""
    stamped, name_line, rated, run_in, profile, place, signer, _ = _stamped_patterns(id(_data()))
    text = lines[i].text
    tagged = _tagged_header(text, i)
    if tagged is not None:
        return tagged
    m = signer.match(text)
    if m:
        return Header("signer", m.group("who").strip(), i, place=m.group("place").strip())
    m = stamped.match(text)
    if m:
        return Header("stamped", "" if m.group("owner") else m.group("who").strip(), i, owner=bool(m.group("owner")),
                      bare=not m.group("opener") and not m.group("owner"))
    if name_line.match(text) and i + 1 < len(lines) and i + 1 not in headings and rated.match(lines[i + 1].text):
        return Header("stamped", text.strip(), i + 1)
    m = run_in.match(text)
    if m:
        return Header("stamped", m.group("who").strip(), i, run_in=m.end())
    dated = _dated_profile_header(text, i)
    if dated is not None:
        return dated
    m = profile.match(text)
    if m:
        p = place.search(m.group("fields"))
        end = i + 1 if i + 1 < len(lines) and i + 1 not in headings and _comment_patterns(id(_data()))[1].match(lines[i + 1].text) else i
        return Header("profile", m.group("who"), end, role=normalize_role(m.group("trade")), place=p.group("place") if p else "")
    return None


def split_at_signer_lines(lines: list[TextLine]) -> list[TextLine]:
    """The lines with a petition's signer line the extraction ran on after the paragraph above it
    ("… reproduits tels qu'affichés. Sandrine P., Ciron, 12 juin 2018") cut before it, when the
    document sets other signer lines on their own (``headed_message_min`` in all)."""
    patterns = _stamped_patterns(id(_data()))
    signer, run_on = patterns[-2], patterns[-1]
    whole = sum(1 for ln in lines if signer.match(ln.text))
    cuts = {ln.index: m.end() for ln in lines if whole and not signer.match(ln.text) and (m := run_on.search(ln.text))}
    if not whole:  # a chat server's header run on the same way ("… supprimés. kiwi_mg [Interne MG · Auxerre] — 12/03/2024 23:41")
        tagged, _ = _tagged_patterns(id(_data()))
        whole = sum(1 for ln in lines if "[" in ln.text and tagged.match(ln.text))
        cuts = {ln.index: m.end() for ln in lines if whole and "[" in ln.text and not tagged.match(ln.text)
                and (m := _tagged_run_on(ln.text))}
    if not whole:
        return lines
    if not cuts or whole + len(cuts) < _data().get("headed_message_min", 2):
        return lines
    out: list[TextLine] = []
    for ln in lines:
        append_cut(out, ln, [cuts[ln.index]] if ln.index in cuts else [])
    return out


def stamped_header_lines(lines: list[TextLine]) -> list[int]:
    """The lines of a document's stamped message headers ("Claire – 07:42", often set in bold like
    a heading), when there are at least ``headed_message_min`` of them; else none."""
    found: dict[int, Header] = {}
    i = 0
    while i < len(lines):
        h = _stamped_header(lines, i, {})
        if h is None:
            i += 1
            continue
        found[i] = h
        i = h.end + 1
    found = _exchange(found)
    if len(found) < _data().get("headed_message_min", 2):
        return []
    return [k for i, h in sorted(found.items()) for k in range(i, h.end + 1)]


def _kin(author: str) -> bool:
    """An author named by kinship ("Fille de M. L."): a relative of the person cared for."""
    kin = cv._flex_alt(_data().get("colon_subject_kinship_nouns", [])) or "(?!)"
    return bool(re.match(rf"(?:{kin})\s+(?:de|du|d['’])", author, re.IGNORECASE))


def _exchange(found: dict[int, Header]) -> dict[int, Header]:
    """The headers without the bare ones ("Claire – 07:42") unless these make an exchange: someone
    writes twice and someone is named by a function or by kinship ("Dr Sabathé", "Fille de M.
    L."); a programme's "Pause – 10:30" and "Accueil – 09:00" are neither."""
    authors = [h.author for h in found.values() if h.bare]
    if len(set(authors)) < len(authors) and any(_kin(a) or normalize_role(a) not in ("autre", "inconnu") for a in authors):
        return found
    return {i: h for i, h in found.items() if not h.bare}


def _comment_header(lines: list[TextLine], i: int) -> tuple[str, int] | None:
    """(author, the header's last line) of a blog comment's header at line i: "X dit :" with a
    stamp on its line or on the next; a narrative "Elle dit :" is followed by no stamp."""
    header, stamp, _ = _comment_patterns(id(_data()))
    m = header.match(lines[i].text)
    if m is None or len(m.group("who").split()) > 4:
        return None
    if m.group("stamp"):
        return m.group("who").strip(), i
    if i + 1 < len(lines) and stamp.match(lines[i + 1].text):
        return m.group("who").strip(), i + 1
    return None


def reply_link(text: str) -> bool:
    """A comment's reply link alone on its line ("Répondre"), or run into the next comment's header
    by extraction: the comment ends above it."""
    return bool(_comment_patterns(id(_data()))[2].match(text))


def message_header(text: str) -> tuple[str, str] | None:
    """(kind, author) of a message header line ("forum" or "mail"), or None."""
    forum, sender, subject, _ = _patterns(id(_data()))
    m = forum.match(text)
    if m:
        return "forum", (m.group("q") or m.group("w")).strip()
    s = sender.search(text)
    if s and subject.search(text):
        return "mail", " ".join(s.group("who").split())
    return None


def header_blocks(lines: list[TextLine], headings) -> dict[int, Header]:
    """first line -> the message header there, in a document: one line (message_header,
    _stamped_header), a blog comment's (_comment_header), or an e-mail's fields one per line
    ("De : …" / "À : …" / "Objet : …"), consecutive lines each opened by a field, a sender's and a
    subject's among them."""
    _, sender, subject, _ = _patterns(id(_data()))
    d = _data()
    fields = re.compile(rf"^\s*(?:{'|'.join(_alt(d.get(k, [])) for k in ('mail_from_fields', 'mail_to_fields', 'mail_subject_fields', 'mail_date_fields'))})\s*:",
                        re.IGNORECASE)
    out: dict[int, Header] = {}
    i = 0
    while i < len(lines):
        if i in headings:
            i += 1
            continue
        h = message_header(lines[i].text)
        if h:
            out[i] = Header(*h, i)
            i += 1
            continue
        c = _comment_header(lines, i) or _stamped_header(lines, i, headings) or _headline_header(lines, i, headings) \
            or _handle_header(lines, i)
        if c:
            out[i] = c if isinstance(c, Header) else Header("comment", *c)
            i = out[i].end + 1
            continue
        j = i
        while j < len(lines) and j not in headings and fields.match(lines[j].text):
            j += 1
        block = [lines[k].text for k in range(i, j)]
        who = next((m for t in block if (m := sender.match(t.strip()))), None)
        if len(block) >= 2 and who and any(subject.match(t.strip()) for t in block):
            out[i] = Header("mail", " ".join(who.group("who").split()), j - 1)
            i = j
            continue
        i += 1
    return _exchange(out)


def self_presented_role(body: str) -> str:
    """The trade a message's author gives themselves ("Je suis infirmière libérale"), or ''."""
    stops = _alt(_data().get("self_presentation_stops", [])) or "(?!)"
    for m in _patterns(id(_data()))[3].finditer(body):
        # "en tant que patient sans médecin traitant": what follows "sans" is not the trade
        role = normalize_role(re.split(rf"\s(?:{stops})\s", m.group("what"), maxsplit=1, flags=re.IGNORECASE)[0])
        if role not in ("autre", "inconnu"):
            return role
    return ""


def _before_reply(lines: list[TextLine], k: int, headers) -> bool:
    """Line k goes on a blog comment: a reply link ends the comment a few lines below, before any
    other header."""
    for n in range(k, min(len(lines), k + 6)):
        if reply_link(lines[n].text):
            return n > k
        if n in headers:
            return False
    return False


def opening_profile(body: str) -> str:
    """The trade a comment's first words give in apposition ("Infirmière libérale à Plouescat, je
    trouve …", "Médecin à Saint-Pol depuis vingt ans, j'ai …"), or ''."""
    head = body.split(",", 1)[0]
    if len(head.split()) > 8 or "," not in body or _patterns(id(_data()))[3].search(head):
        return ""  # "En tant que patient sans médecin traitant, …": a self-presentation, read as such
    role = normalize_role(head)
    return role if role not in ("autre", "inconnu") else ""


def headed_messages(lines: list[TextLine], headings, italic, gazetteer=None) -> dict[int, Message]:
    """header line index -> the message under it, or {} when the document quotes no thread.
    ``italic(line)``: whether a line is set in italics."""
    headers = header_blocks(lines, headings)
    if gazetteer is not None:  # a signer line's middle field is a commune the gazetteer knows, else not a signer's
        headers = {i: h for i, h in headers.items() if h.kind != "signer" or _signer_place(h.place, gazetteer)[0]}
    if len(headers) < _data().get("headed_message_min", 2):
        return {}
    out: dict[int, Message] = {}
    first = min(headers)
    intro = " ".join(lines[k].text for k in range(max(0, first - 3), first) if k not in headings)
    for i, h in sorted(headers.items()):
        kind, author, end = h.kind, h.author, h.end
        j = end + 1
        while j < len(lines) and not lines[j].text.strip():
            j += 1
        if h.run_in >= 0:  # the message runs on from its header
            j = i
        elif j >= len(lines) or j in headers or j in headings:
            continue
        quoted = _quoted_author(lines[j].text, [o.author for k, o in sorted(headers.items()) if k < i])
        if quoted:  # the reply opens on the message it answers: the reply is the next paragraph
            if j + 1 >= len(lines) or j + 1 in headers or j + 1 in headings or not lines[j + 1].text.strip():
                continue
            quoted, j = (j, quoted), j + 1
        body = [j]
        while h.run_in < 0 and body[-1] + 1 < len(lines) and body[-1] + 1 not in headers and body[-1] + 1 not in headings \
                and lines[body[-1] + 1].text.strip() \
                and (italic(lines[j]) and italic(lines[body[-1] + 1]) or kind == "comment" and _before_reply(lines, body[-1] + 1, headers)):
            body.append(body[-1] + 1)
        words = " ".join(lines[k].text for k in body)
        if kind == "mail" and normalize_role(author) not in ("autre", "inconnu"):
            speaker, role = "", normalize_role(author)
        elif kind == "stamped":
            speaker, role = _stamped_author(h, words, intro)
        else:
            speaker, role = author, h.role if h.role not in ("", "autre", "inconnu") else \
                self_presented_role(words) or (opening_profile(words) if kind in ("comment", "signer") else "")
        if h.withheld:
            role = "inconnu"  # the contributor declined to say what they are: no member of the public by default
        msg = Message(speaker, role, body[-1], body=body, role_raw=author if kind == "mail" else "", header_end=end,
                      run_in=h.run_in, quoted=quoted or (-1, ""))
        if gazetteer is not None:
            places = {"signer": _signer_place, "headline": resolve_region, "handle": resolve_region}.get(kind, _profile_place)
            msg.region, msg.place = places(h.place, gazetteer) if h.place else locative_place(words, gazetteer)
        out[i] = msg
    if not out:
        return {}
    _share_places(out, lines, first, gazetteer)
    public = _data().get("headed_message_public_role", "")
    for msg in out.values():
        if not msg.role and msg.author:
            msg.role = public
    return out


def _quoted_author(text: str, authors: list[str]) -> str:
    """The earlier author a reply's first line quotes ("Nanou83 a écrit : …"), or ''."""
    verbs = _alt(_data().get("comment_header_verbs", [])) or "(?!)"
    m = re.match(rf"^\s*(?P<who>\S.{{0,39}}?)\s+(?:{verbs})\s*:\s*\S", text, re.IGNORECASE)
    return m.group("who") if m and m.group("who") in authors else ""


def _stamped_author(h: Header, words: str, intro: str) -> tuple[str, str]:
    """(speaker, role) of a stamped header's message: a relative named by kinship ("Fille de M.
    L.") has no name and a relative's role; an owner's answer is whoever the introduction says
    writes them ("rédigées par la coordinatrice, Mme Lefèvre"); else the author, with the trade
    the message or the introduction gives them ("Claire, infirmière libérale à Mauvezin")."""
    d = _data()
    if _kin(h.author):
        return "", d.get("colon_subject_kinship_role", "autre")
    if h.owner:
        for rx in d.get("message_owner_writers", []):
            m = re.search(rx, intro, re.IGNORECASE)
            if m:
                return m.group("name").strip(), normalize_role(m.group("role"))
        return "", ""
    role = self_presented_role(words)  # not its opening words: "Bonjour Dr, …" greets the addressee
    if not role and h.author:
        at = re.search(rf"(?<!\w){re.escape(h.author)}\s*,\s*(?P<rest>.+)", intro)
        role = opening_profile(at.group("rest")) if at else ""
    return h.author, role or (normalize_role(h.author) if normalize_role(h.author) not in ("autre", "inconnu") else "")


def _profile_place(value: str, gazetteer) -> tuple[str, str]:
    """(region, place) of a profile's place field ("Localisation : Var")."""
    found = gazetteer.find(value)
    return (found[0][2].region, value[found[0][0]:found[0][1]]) if found else ("", "")


@cv.per_language_data
def _wiki_signature() -> re.Pattern:
    """A wiki contribution's signature at the end of its paragraph, after the contribution's words
    ("… trop tard. Dr.Escallier (discussion) 5 mars 2024 à 07:48 (CET)"), and the indentation colons
    opening it."""
    d = _data()
    links = _alt(d.get("wiki_signature_links", [])) or "(?!)"
    zones = _alt(d.get("wiki_signature_zones", [])) or "(?!)"
    stamp = r"\d{1,2}(?:er)?\s+[^\W\d_]+\.?\s+\d{4}\s*(?:à\s*)?\d{1,2}\s?[:h]\s?\d{2}"
    return re.compile(rf"^(?P<indent>\s*:*\s*)(?:(?P<body>\S.*?\S)\s+)?(?P<who>[^\s()«»]{{2,40}})\s*\((?:{links})\)\s*[—–,-]?\s*"
                      rf"{stamp}\s*\((?:{zones})\)\s*$", re.IGNORECASE)


@cv.per_language_data
def _dated_signature() -> tuple[re.Pattern, re.Pattern]:
    """A date alone on its line (a guest book's message under it), and a message's signature after a
    dash at the end of its paragraph ("… jusqu'au bout. – Les enfants de M. R.")."""
    d = _data()
    dates = "|".join(d.get("message_signer_dates", [])) or "(?!)"
    dashes = "".join(re.escape(x) for x in d.get("signature_dashes", [])) or "(?!)"
    return (re.compile(rf"^\s*(?:{dates})\s*$", re.IGNORECASE),
            re.compile(rf"^(?P<indent>\s*)(?P<body>\S.*?[.!?…])\s+(?P<sig>[{dashes}]\s*(?P<who>(?-i:[A-ZÀ-Ý])[^{dashes}«»()!?:;]{{1,80}}?))\s*$"))


def _dated_messages(lines: list[TextLine], gazetteer) -> dict[int, tuple[Message, int, int, int]]:
    """A guest book's messages (signed_contributions): each paragraph under a date line alone, signed
    at its end after a dash; the signature's first field the speaker, the rest their trade and place."""
    date, signed = _dated_signature()
    most = int(_data().get("dated_message_signature_words", 8))
    out: dict[int, tuple[Message, int, int, int]] = {}
    for ln in lines:
        i = ln.index
        m = signed.match(ln.text)
        if m is None or i == 0 or not date.match(lines[i - 1].text) or len(m.group("who").split()) > most:
            continue
        sig = m.group("who").strip()
        speaker, _, rest = sig.partition(",")
        role, region, place = describe(rest, gazetteer) if rest.strip() and gazetteer is not None else ("", "", "")
        msg = Message(speaker.strip(), role if role not in ("autre", "inconnu") else "", i, region=region, place=place, body=[i])
        out[i] = (msg, m.start("body"), i, m.start("sig"))
    return out


def signed_contributions(lines: list[TextLine], gazetteer=None) -> dict[int, tuple[Message, int, int, int]]:
    """line index -> (the contribution's Message, where its words start, the signature's line, where
    the signature starts) of a wiki discussion page's contributions signed at their end, {} when the
    document quotes fewer than ``headed_message_min`` of them. A signature cut from its paragraph
    (alone on its line) signs the paragraph above it. A contribution's place is the one its words
    name after a preposition, else its author's, else the place of the paragraph introducing the
    discussion."""
    rx = _wiki_signature()
    found = {ln.index: m for ln in lines if (m := rx.match(ln.text))}
    out: dict[int, tuple[Message, int, int, int]] = {}
    if len(found) < _data().get("headed_message_min", 2):
        found = {}
        out = _dated_messages(lines, gazetteer)
        if len(out) < _data().get("headed_message_min", 2):
            return {}
        for msg, *_ in out.values():  # a guest book's writers who give no trade: the public
            msg.role = msg.role or _data().get("headed_message_public_role", "")
    for i, m in found.items():
        k, start, words = i, m.start("body"), m.group("body")
        if words is None:  # the signature alone: the contribution is the paragraph above
            if i == 0 or not lines[i - 1].text.strip() or i - 1 in found:
                continue
            k, start, words = i - 1, len(lines[i - 1].text) - len(lines[i - 1].text.lstrip(" :")), lines[i - 1].text
        role = normalize_role(m.group("who"))  # "IDEL.Martinon": the identifier's trade prefix
        msg = Message(m.group("who"), role if role not in ("autre", "inconnu") else "", i, body=[k])
        if gazetteer is not None:
            msg.region, msg.place = locative_place(words, gazetteer)
        out[k] = (msg, start, i, m.start("who"))
    if not out:
        return {}
    first = min(out)
    intro = next((k for k in range(first - 1, -1, -1) if len(lines[k].text.split()) > 12), first)
    _share_places({i: v[0] for i, v in out.items()}, lines, intro + 1, gazetteer)
    return out


def _signer_place(value: str, gazetteer) -> tuple[str, str]:
    """(region, place) of a signer line's commune field ("Ciron"), ('', '') when it names none."""
    place = gazetteer.commune_field(value) if hasattr(gazetteer, "commune_field") else None
    return (place.region, place.name) if place is not None and place.region else ("", "")


def _share_places(found: dict[int, Message], lines: list[TextLine], first: int, gazetteer) -> None:
    """An author's place for all their messages; else the place the thread's introduction names."""
    by_author: dict[str, tuple[str, str]] = {}
    for msg in found.values():
        if msg.author and msg.region:
            by_author.setdefault(msg.author, (msg.region, msg.place))
    intro = next((lines[k].text for k in range(first - 1, -1, -1) if lines[k].text.strip()), "")
    fallback = locative_place(intro, gazetteer) if gazetteer is not None and intro else ("", "")
    if not fallback[0] and gazetteer is not None and intro:
        places = gazetteer.find(intro)  # "transmis par la CPTS du Grand Nancy": a place without a preposition
        fallback = (places[0][2].region, intro[places[0][0]:places[0][1]]) if places else ("", "")
    for msg in found.values():
        if not msg.region:
            msg.region, msg.place = by_author.get(msg.author) or fallback


class HeadedMessageHandlers:
    """The line handler of quoted messages under their headers (a Segmenter mixin)."""

    def _h_headed_message(self, i: int) -> int | None:
        if not hasattr(self, "headed_messages"):
            self.headed_messages = headed_messages(
                self.lines, self.headings, lambda ln: self.styles.share(ln.start, ln.end, "italic") >= 0.6, self.gazetteer)
        msg = self.headed_messages.get(i)
        if msg is None:
            return None
        self._flush_prose(self.prose_run, self.current)
        attrs = {"speaker": msg.author, "role_raw": msg.role_raw, "role": msg.role or "inconnu", "region": msg.region,
                 "place": msg.place, "attr_source": "attribution"}
        for k in range(i, max(i, msg.header_end) + 1):  # the header's lines, each a narrative paragraph
            if k != msg.body[0]:
                self.spans.append(Span(self.lines[k].start, self.lines[k].end, "narrative"))
        start = self.lines[msg.body[0]].start
        if msg.run_in >= 0:  # "Commentaire de X :" narrative, the comment after it the commenter's
            self.spans.append(Span(start, start + msg.run_in, "narrative"))
            start += msg.run_in
        at, who = msg.quoted
        if at >= 0:  # the earlier message a reply quotes is its author's words
            earlier = next((o for o in self.headed_messages.values() if o.author == who), Message(who, "", -1))
            self.spans.append(Span(self.lines[at].start, self.lines[at].end, "verbatim", {
                "speaker": who, "role_raw": "", "role": earlier.role or "inconnu", "region": earlier.region,
                "place": earlier.place, "attr_source": "attribution"}))
        self.spans.append(Span(start, self.lines[msg.last].end, "verbatim", attrs))
        return msg.last + 1

    def _h_signed_contribution(self, i: int) -> int | None:
        if not hasattr(self, "signed_contributions"):
            self.signed_contributions = signed_contributions(self.lines, self.gazetteer)
        found = self.signed_contributions.get(i)
        if found is None:
            return None
        self._flush_prose(self.prose_run, self.current)
        msg, body, at, sig = found
        ln, signed = self.lines[i], self.lines[at]
        attrs = {"speaker": msg.author, "role_raw": "", "role": msg.role or "inconnu", "region": msg.region,
                 "place": msg.place, "attr_source": "attribution"}
        # the words up to the signature the contributor's, the signature an attribution
        self.spans.append(Span(ln.start + body, ln.end if at > i else ln.start + sig, "verbatim", attrs))
        self.spans.append(Span(signed.start + sig, signed.end, "attribution", dict(attrs)))
        return at + 1
