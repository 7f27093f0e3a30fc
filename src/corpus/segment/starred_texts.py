"""An Iramuteq (ALCESTE) corpus printed in a document (issue #14): each text opens with a starred
line of variables ("**** *ent_03 *prof_sflib *mil_rural *dep_40") and holds the interviewee's
words only, in plain paragraphs, without label or quotation marks.

The paragraphs after a starred line, up to the next starred line, a heading or a blank line, are
one verbatim. Its speaker is the first variable ("ent_03"); the role is what the document's key
says of a role variable's value ("prof_sflib = sage-femme libérale"), else that value read as a
role ("prof_mg"); the région is the département a département variable numbers ("dep_40").
Variable names: lang/fr/starred_texts.yaml. A line of stars alone (a separator) or a starred
line nothing follows gives nothing.
"""

from __future__ import annotations

import re

from ..text import fold
from . import conventions as cv
from .attributions import describe
from .base import Span
from .compound_codes import key_entries
from .roles import normalize_role

# "**** *ent_03 *prof_sflib": four stars, then variables, each a star, a name, "_" and a value
VARIABLE_NAME = r"[^\W_]+_\w+"
STARRED = re.compile(rf"^\s*\*{{4}}(?P<vars>(?:\s+\*{VARIABLE_NAME})+)\s*$")
VARIABLE = re.compile(r"\*(?P<name>[^\W_]+)_(?P<value>\w+)")


def _settings() -> dict:
    return cv.language_data().get("starred_texts") or {}


def starred_attrs(line: str, text: str, gazetteer) -> dict | None:
    """Speaker, role and région of a starred line's text, or None when the line is none."""
    m = STARRED.match(line)
    if m is None:
        return None
    found = VARIABLE.findall(m.group("vars"))
    s = _settings()
    roles = {fold(w) for w in s.get("role_variables", [])}
    departments = {fold(w) for w in s.get("department_variables", [])}
    attrs = {"speaker": "_".join(found[0]), "role_raw": "", "role": "inconnu", "region": "", "place": ""}
    key = key_entries(text.split("\n"), VARIABLE_NAME)  # the key to the values: "prof_sflib = sage-femme libérale"
    for name, value in found[1:]:
        if fold(name) in roles:
            desc = key.get(f"{name}_{value}")
            role = describe(desc, gazetteer)[0] if desc else normalize_role(value.upper())
            desc = desc or value
            if role not in ("autre", "inconnu"):
                attrs.update(role_raw=desc, role=role)
        elif fold(name) in departments and gazetteer is not None and value in gazetteer.by_code:
            place = gazetteer.by_code[value]
            attrs.update(region=place.region, place=place.name)
    return attrs


class StarredTextHandlers:
    """Segmenter mixin: the texts of an Iramuteq corpus under their starred lines."""

    def _h_starred_text(self, i: int) -> int | None:
        attrs = starred_attrs(self.lines[i].text, self.text, self.gazetteer)
        if attrs is None:
            return None
        j = i + 1
        while j < len(self.lines) and self.lines[j].text.strip() and j not in self.headings \
                and not STARRED.match(self.lines[j].text):
            j += 1
        if j == i + 1:
            return None
        self._flush_prose(self.prose_run, self.current)
        ln = self.lines[i]
        self.spans += [Span(ln.start, ln.end, "other"),
                       Span(self.lines[i + 1].start, self.lines[j - 1].end, "verbatim", {**attrs, "attr_source": "attribution"})]
        return j
