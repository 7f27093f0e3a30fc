"""A quotation's parenthesis that sends the reader to the annex holding the interview.

"« … » (annexe 2, p. IV, l. 12-16)": memoirs and theses transcribe each interview in an annex and
cite the body's quotations by the annex, the page and the lines; the list of annexes (or the
annex's own title) says whose interview each annex is: "Annexe 2 – Entretien avec M. Paul-Antoine
Susini, adjoint au maire délégué à la santé (pp. III à IX)". The quotation is then that person's.
The annex words are the interview header prefixes of lang/fr (``interview_header_prefixes``);
the title is read as an interview header (attributions.interview_header) once the annex's number
is set aside. An annex that is no interview ("Annexe 6 – Notes prises lors de la réunion
publique") names no one, and its quotations keep their other readings.
"""

from __future__ import annotations

import re

from . import conventions as cv
from .attributions import describe, interview_header


@cv.per_language_data
def _prefixes() -> str:
    return cv._flex_alt(cv.language_data().get("interview_header_prefixes", [])) or "(?!)"


@cv.per_language_data
def _annex_title() -> re.Pattern:
    return re.compile(rf"^\s*(?i:{_prefixes()})\s+(?P<n>\d{{1,2}}|[IVXL]{{1,5}})\s*[–—:.-]\s*(?P<rest>\S.*)$")


@cv.per_language_data
def _annex_reference() -> re.Pattern:
    # "(annexe 2, p. IV, l. 12-16)", "(cf. annexe 3)", "(Annexe 4 l. 5-7)"
    return re.compile(rf"^\s*(?:(?i:cf\.|voir)\s+)?(?i:{_prefixes()})\s+(?P<n>\d{{1,2}}|[IVXL]{{1,5}})(?![\w])")


# "avec le Dr X": the article before a civility is the sentence's, not the name's
ARTICLE_BEFORE_CIVILITY = re.compile(r"\b(?:avec|à)\s+(?:le|la|l['’])\s*(?=[A-ZÉ])")


def annex_interviewees(texts: list[str]) -> dict[str, tuple[str, str]]:
    """Annex number -> (name, description) of the interview each annex title names."""
    title = _annex_title()
    out: dict[str, tuple[str, str]] = {}
    for t in texts:
        m = title.match(" ".join(t.split()))
        if m is None:
            continue
        rest = ARTICLE_BEFORE_CIVILITY.sub(lambda a: a.group(0).split()[0] + " ", m.group("rest"))
        header = interview_header(rest)
        if header is None or header.groupdict().get("num"):
            continue
        who, desc = header.group("who").strip(), (header.group("desc") or header.group("pdesc") or "").strip()
        if who and desc:
            out.setdefault(m.group("n"), (who, desc))
    return out


def annex_attrs(attr: str, annexes: dict[str, tuple[str, str]], gazetteer) -> dict | None:
    """Attrs of the person whose interview the parenthesis ``attr`` cites by its annex, else None."""
    if not annexes:
        return None
    m = _annex_reference().match(attr)
    if m is None or m.group("n") not in annexes:
        return None
    who, desc = annexes[m.group("n")]
    role, region, place = describe(desc, gazetteer)
    return {"speaker": who, "role_raw": desc, "role": role, "region": region, "place": place,
            "attr_source": "attribution"}
