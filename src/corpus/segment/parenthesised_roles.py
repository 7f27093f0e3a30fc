"""A speaker label followed by the person's role in parentheses, on a line of its own above the
words (issue #14, session 10, seggen10): "Julie (IDE)", "Marc (médecin généraliste)",
"SANDRINE (IDEL)". Focus-group transcripts give a role the first time or every time a person
speaks; own_line_labels.py reads the label before the parenthesis and the role inside it, as it
reads "M. Jean Dupont, président de l'URPS :". Only a parenthesis that names a role (roles.yaml)
is taken so: "Annexe (suite)", "Mardi (matin)" keep their parenthesis and are no label. Longest
parenthesis: ``parenthesised_role_max_chars`` (lang/fr/parenthesised_roles.yaml)."""

from __future__ import annotations

import re

from . import conventions as cv
from .roles import normalize_role


def parenthesised_role(body: str) -> tuple[str, str]:
    """(label, role) of "Julie (IDE)" -> ("Julie", "IDE"); (body, "") when no parenthesis naming
    a role closes it."""
    longest = int(cv.DATA.get("parenthesised_role_max_chars", 40))
    m = re.fullmatch(rf"(?P<head>[^()]+?)\s*\((?P<role>[^()]{{1,{longest}}})\)", body)
    if m and normalize_role(m.group("role")) not in ("autre", "inconnu"):
        return m.group("head").strip(), m.group("role").strip()
    return body, ""
