"""Questions READ OUT by a moderator inside her own turn (s23-segmeet1): a webinar's chat, a radio
show's messages, the cards of a public meeting. "S. Hoarau : Merci Nathalie. On a beaucoup de
questions dans le tchat, je les prends dans l'ordre. Question de Mickaël (kinésithérapeute, Le
Port) : « Est-ce que les kinés vont pouvoir vacciner … ? »", "S. Hoarau : Une question anonyme :
« Et pour la dengue … ? »". The quotation is its author's words: a verbatim of the person named
(first name, perhaps a surname; what they do and where in the parentheses), of nobody for an
anonymous one ('', inconnu); the moderator's own words before the lead stay hers.

The lead: perhaps a determiner, a noun of what is read (``read_question_nouns``), then "de" and
the author (no civility: "Question de M. Jean-Luc Hoarau (…) :" opens an intervention, segment/
intervention_labels.py) or an anonymous word (``read_question_anonymous``), a colon, and the
quotation in guillemets closing the line. Inside a line (after a sentence's end) the lead and its
quotation are cut onto their own line (``split_at_read_questions``) and made a quote box
(``read_question_boxes``); without guillemets nothing is read out ("Question de recherche :").
Words: lang/fr/read_questions.yaml.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import fold
from . import conventions as cv
from .attributions import describe
from .base import TextLine, append_cut

_data = cv.language_data
# the author: a first name, perhaps a family name ("Josiane Le Goff": capitalised words)
_NAME = r"[A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]+){0,2}"
# or a social network's handle, the account a live's or a post's follower writes from ("@maman_973")
_HANDLE = r"@[\w.]{2,40}(?<!\.)"


@lru_cache(maxsize=4)
def _lead(key: int) -> re.Pattern:
    data = _data()
    nouns = cv._flex_alt(data.get("read_question_nouns", [])) or "(?!)"
    anonymous = cv._flex_alt(data.get("read_question_anonymous", [])) or "(?!)"
    of = cv.word_forms("complement_prepositions", r"\s+", data, elided_after=r"\s*")
    verbs = cv._flex_alt(data.get("read_question_handle_verbs", [])) or "(?!)"
    return re.compile(
        rf"(?:^|(?<=[.!?…»:]\s))(?:(?:(?:{cv.DETERMINERS})\s+)?(?:{nouns})\s+"
        rf"(?:(?P<anon>{anonymous})|(?:{of})(?P<name>(?-i:{_NAME}|{_HANDLE}))(?:\s*\((?P<desc>[^()]{{2,120}})\))?)"
        # or a follower's handle and a verb of writing or asking ("@maman_973 demande :"; s28-segr47c)
        rf"|(?P<handle>{_HANDLE})\s+(?:{verbs}))"
        rf"\s*:\s*(?P<quote>«[^«»]{{3,}}»)\s*$", re.IGNORECASE)


def _leads(text: str) -> list[re.Match]:
    """The read-out questions closing ``text`` (one per line once cut: the last lead wins)."""
    if "«" not in text or ":" not in text:
        return []
    out = []
    for m in _lead(id(_data())).finditer(text):
        name = m.group("name")
        if name and fold(name.split()[0]).rstrip(".") in cv.CIVILITIES:
            continue  # "Question de Mme …": an intervention's label (intervention_labels.py)
        out.append(m)
    return out


def split_at_read_questions(lines: list[TextLine]) -> list[TextLine]:
    """``lines`` with a read-out question run in after the moderator's words cut onto its own line."""
    out: list[TextLine] = []
    for ln in lines:
        cuts = [m.start() for m in _leads(ln.text) if m.start() > 0]
        append_cut(out, ln, cuts[-1:])
    return out


def read_question_boxes(lines: list[TextLine], headings, gazetteer) -> dict[int, dict]:
    """line index of a read-out question -> its quotation's attributes (``_from``: where the
    quotation starts in the line, the lead before it no one's words)."""
    out: dict[int, dict] = {}
    for i, ln in enumerate(lines):
        if i in headings:
            continue
        found = [m for m in _leads(ln.text) if m.start() == len(ln.text) - len(ln.text.lstrip())]
        if not found:
            continue
        m = found[0]
        desc = " ".join((m.group("desc") or "").split())
        role, region, place = describe(desc, gazetteer) if desc and gazetteer is not None else ("inconnu", "", "")
        name = m.group("handle") or m.group("name") or ""
        if not desc and name.startswith("@"):
            role = _data().get("read_question_handle_role", "") or "inconnu"  # a follower: the public
        out[i] = {"speaker": "" if m.group("anon") else name, "role_raw": desc,
                  "role": role if desc or name.startswith("@") else "inconnu", "region": region, "place": place,
                  "attr_source": "attribution", "_from": m.start("quote")}
    return out
