"""A parenthesis after a quotation that names nobody new. Theses give a later quotation of the
same informant as "« … » (la même)", "(la même sage-femme, plus loin dans l'entretien)", "(id.)":
the speaker of an earlier quotation, the last one of the role the parenthesis names when it names
one (another informant may have spoken in between). A body's name and a year, "« … » (HAS,
2014)", cite a text the body published: no one's speech.

Words are data (lang/fr/parenthesis_references.yaml): ``same_speaker_words``,
``citation_author_roles``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import conventions as cv
from .roles import normalize_role

SAME = "_same_role"  # a QuoteCall attribute: resolve to the last speaker of this role ('' = any)
# an author and a year, a page after it ("HAS, 2014", "DREES 2021, p. 12")
AUTHOR_AND_YEAR = re.compile(r"^(?P<author>[^,;()\d]{2,60}?),?\s+(?:19|20)\d\d[a-z]?(?:\s*,\s*p\.?\s*\d+(?:-\d+)?)?$")
ACRONYM = re.compile(r"^[A-ZÉ]{2,8}$")


@lru_cache(maxsize=4)
def _same(key: int) -> re.Pattern:
    words = cv._flex_alt(cv.language_data().get("same_speaker_words", [])) or "(?!)"
    return re.compile(rf"^\s*(?:{words})(?![\w-])\s*(?P<rest>.*)$", re.IGNORECASE)


def same_speaker(attr: str) -> str | None:
    """The role an anaphoric parenthesis asks for ("la même sage-femme, plus loin" → "sage_femme"),
    '' when it names none ("la même"), None when the parenthesis is not anaphoric."""
    m = _same(id(cv.language_data())).match(attr)
    if m is None:
        return None
    first = m.group("rest").split(",")[0].strip()
    role = normalize_role(first) if first else "inconnu"
    return "" if role in ("autre", "inconnu") else role


def cites_a_body(attr: str) -> bool:
    """The parenthesis is a body's name and a year ("HAS, 2014"): the quotation cites its text."""
    m = AUTHOR_AND_YEAR.match(attr.strip())
    if m is None:
        return False
    author = m.group("author").strip()
    if not (ACRONYM.match(author) or cv.INSTITUTION.match(author)):
        return False  # "Dupont, 2014" is the literature's business (conventions' AUTHOR_YEAR)
    return normalize_role(author) in set(cv.language_data().get("citation_author_roles", []))


def resolve_same_speakers(calls: list, earlier: list[dict]) -> list:
    """``calls`` ((start, end, QuoteCall) of one paragraph run) with each anaphoric call given the
    attributes of the last earlier verbatim of the role it asks for: in the run first, then in
    ``earlier`` (the attrs of the document's verbatims so far, in order)."""
    out = []
    for qa, qb, call in calls:
        if SAME not in call.attrs:
            out.append((qa, qb, call))
            continue
        wanted = call.attrs[SAME]
        candidates = [c.attrs for _, _, c in reversed(out) if c.verbatim] + list(reversed(earlier))
        found = next((c for c in candidates if not wanted or _role(c) == wanted), None)
        attrs = {k: v for k, v in (found or {}).items() if not k.startswith("_")}
        if not attrs:
            attrs = {"speaker": "", "role_raw": "", "role": wanted or "inconnu", "region": "", "place": ""}
        out.append((qa, qb, type(call)(True, attrs, call.attribution)))
    return out


def _role(attrs: dict) -> str:
    person = attrs.get("person")
    return person.role if person is not None else attrs.get("role", "")
