"""Runs of quotations each SIGNED ON THE LINE BELOW it, as union newsletters, evaluation reports
and testimony pages print their informants' words (issue #14, session 10, segfix28):

    « La CPTS m'a surtout permis de rencontrer les médecins du secteur. … »
    Corinne B., IDEL à Maubeuge (59)
    « On nous demande de participer à tout, … l'an prochain.
    Cela fait deux ans que c'est prévu pour l'an prochain. »
    Sébastien L., IDEL à Lens (62)

or "« … »" over "— Un pharmacien, secteur de Locminé". The extraction often runs a short
signature and the next quotation onto one line ("— Un pharmacien, secteur de Locminé « Le
dispositif … » — Une infirmière …, secteur de Pontivy « Nous avons … »"): such lines are cut
before each quotation and after each quotation a signature follows (``split_at_run_signatures``),
only where a quotation FOLLOWS the signature (a run) and the line follows a closed quotation or
opens with one, so a lone "« … » Romuald Goudeseune, Conservateur …" stays on its line
(segment/signed_quotes.py reads it).

A signature is what segment/signed_quotes.signature reads (a name and a description, or a dash
and a description); a NAMED one must describe a post (a role of roles.yaml): "— Albert Camus, La
Peste" under a quotation signs an epigraph. ``signed_below`` gives the quotation paragraphs above
such a signature line (the first opens with «, the last closes it) to the segmenter's quote
boxes. The limits are lang/fr/signature_runs.yaml.
"""

from __future__ import annotations

import re

from . import conventions as cv
from .attributions import describe, description_fields, is_place
from .base import TextLine, append_cut
from .roles import normalize_role
from .signed_quotes import DASH_LEAD, FIRST_NAMES, _closing, _first_name_word, signature

_data = cv.language_data


# a reader's letter signed by initials and a commune alone ("J.-P. D., Hendaye")
INITIALS_PLACE = re.compile(r"^(?P<who>[A-ZÉÈ]\.(?:-[A-ZÉÈ]\.)?(?:\s?[A-ZÉÈ]\.){1,2})\s*,\s*(?P<place>[A-ZÉÈ][^,.;:!?«»\d]{1,40}?)\.?$")


def signs(text: str, gazetteer=None) -> tuple[str, str] | None:
    """(speaker, description) when ``text`` (a whole line or the words between two quotations) is
    a signature, else None. With ``gazetteer`` (a line of its own under a quotation), a name whose
    description names no post of roles.yaml signs too when that description says what the person
    does in lower case and where they live or work ("Franck Aubry, gérant d'une entreprise de
    logistique, Bourges", "Thomas, cariste, Vierzon": an employer, an employee of a report's box;
    s34-segr59c): an epigraph's author is followed by a title, not by a trade and a commune."""
    t = text.strip()
    if not t or "«" in t or "»" in t or len(t.split()) > _data().get("signature_run_max_words", 14):
        return None
    if t.endswith(":"):
        # "Mme Nadia Ferhat, aide-soignante de nuit, atteste :" between two quotations: the colon
        # announces the words after it, a lead-in (a witness's attestation quoted in a judgment), no
        # signature of the words above
        return None
    signed = signature(t)
    initialled = INITIALS_PLACE.match(t) if signed is None and gazetteer is not None else None
    if initialled is not None and is_place(initialled.group("place").strip(), gazetteer):
        return initialled.group("who"), initialled.group("place").strip()  # "J.-P. D., Hendaye": a reader, where they live
    if signed is None and gazetteer is not None and (first := FIRST_NAMES.match(t)) is not None \
            and not first.group("two") and _first_name_word(first.group("one")) \
            and _placed_person(first.group("rest").rstrip(". "), gazetteer):
        # "Thomas, cariste, Vierzon" under the quotation: a first name alone, a trade, a commune
        signed = first.group("one"), first.group("rest").rstrip(". ")
    if signed is None:
        return None
    speaker, desc = signed
    role = normalize_role(desc) if desc else "inconnu"
    if speaker and role in ("autre", "inconnu") and not _placed_person(desc, gazetteer):
        return None  # "Albert Camus, La Peste": an epigraph's author, not an informant
    if not speaker and (not DASH_LEAD.match(t) or role == "inconnu"):
        return None
    return signed


def _placed_person(desc: str, gazetteer) -> bool:
    """A description of at least two fields, the first in lower case (what the person does: "gérant
    d'une entreprise de …", "cariste") and the last a place the gazetteer knows (a commune, a
    département), without digits nor a sentence."""
    if gazetteer is None:
        return False
    fields = description_fields(desc)
    return len(fields) >= 2 and fields[0][:1].islower() and is_place(fields[-1].strip(), gazetteer) \
        and not re.search(r"\d|[.!?]\s", desc)


def _closes(text: str) -> bool:
    return text.rstrip(" .").endswith("»")


def run_cuts(text: str, after_quote: bool, gazetteer=None) -> list[int]:
    """Offsets where ``text`` is cut into signatures and quotations: "— Un pharmacien, secteur
    de Locminé « A » — Une infirmière, secteur de Pontivy « B »" -> [before « A, after A »,
    before « B]. ``after_quote``: the line above closes a quotation."""
    cuts: list[int] = []
    pos = 0
    if not text.lstrip().startswith("«"):
        k = text.find("«")
        if not after_quote or k <= 0 or signs(text[:k], gazetteer) is None:
            return []
        cuts.append(k)
        pos = k
    while True:
        close = _closing(text[pos:])
        if close is None:
            return cuts
        end = pos + close
        k = text.find("«", end)
        if k < 0 or signs(text[end:k], gazetteer) is None:
            return cuts  # no run: a signature ending the line is read on its line (signed_quotes)
        gap = len(text[end:k]) - len(text[end:k].lstrip())
        cuts += [end + gap, k]
        pos = k


def split_at_run_signatures(lines: list[TextLine], gazetteer=None) -> list[TextLine]:
    """``lines`` with each run of signatures and quotations cut into one line each (``gazetteer``:
    signatures of a name, a trade and a commune too, ``signs``)."""
    if not any("«" in ln.text for ln in lines):
        return lines
    out: list[TextLine] = []
    above = ""
    for ln in lines:
        cuts = run_cuts(ln.text, _closes(above), gazetteer) if "«" in ln.text else []
        append_cut(out, ln, cuts)
        if ln.text.strip():
            above = ln.text
    return out


def _quotation_end(lines: list[TextLine], i: int, headings) -> int | None:
    """Index of the line closing the quotation line ``i`` opens (``i`` itself or a later paragraph
    of the same quotation), None when it does not close within the limit."""
    depth = 0
    last = min(len(lines), i + _data().get("signature_run_max_paragraphs", 4))
    for j in range(i, last):
        if j > i and (j in headings or not lines[j].text.strip()):
            return None
        for ch in lines[j].text:
            depth += (ch == "«") - (ch == "»")
        if depth <= 0:
            return j if _closes(lines[j].text) else None
    return None


def signed_below(lines: list[TextLine], headings, gazetteer) -> dict[int, dict]:
    """line index of a quotation's first paragraph -> its attributes ("_last": its last
    paragraph) when the line under its last paragraph signs it."""
    out: dict[int, dict] = {}
    for ln in lines:
        if ln.index in headings or not ln.text.lstrip().startswith("«"):
            continue
        j = _quotation_end(lines, ln.index, headings)
        if j is None or j + 1 >= len(lines) or j + 1 in headings:
            continue
        signed = signs(lines[j + 1].text, gazetteer)
        if signed is None:
            continue
        speaker, desc = signed
        role, region, place = describe(desc, gazetteer) if gazetteer is not None else ("inconnu", "", "")
        if role == "inconnu" and INITIALS_PLACE.match(lines[j + 1].text.strip()):
            role = _data().get("testimony_byline_role", "autre")  # a reader who gives no trade: the public
        out[ln.index] = {"speaker": speaker, "role_raw": desc, "role": role, "region": region, "place": place,
                         "attr_source": "attribution", "_last": j}
    return out
