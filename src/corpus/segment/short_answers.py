"""ONE-WORD answers in guillemets credited by a parenthesis that describes the respondent (issue
#14, session 10, segfix28): "3. « Deux. » (chirurgienne-dentiste, cabinet de groupe,
Fontenay-le-Comte)" in a list of answers. A one-word quotation is otherwise a word mentioned («
terrain »); it is an answer only where it fills its paragraph (after an optional list mark,
``short_answer_list_marks`` in lang/fr/short_answers.yaml) and the parenthesis closing the
paragraph describes a person (attributions.describes_person): "« Coordination » (terme employé
par les médecins)" stays a mention."""

from __future__ import annotations

import re
from functools import lru_cache

from . import conventions as cv
from .attributions import describes_person


@lru_cache(maxsize=4)
def _mark(key: int) -> re.Pattern:
    marks = "|".join(f"(?:{m})" for m in cv.language_data().get("short_answer_list_marks", []))
    return re.compile(rf"^\s*(?:(?:{marks})\s*)?$" if marks else r"^\s*$")


CREDIT = re.compile(r"^\s*\((?P<desc>[^()]{3,150})\)\s*\.?\s*$")


def answered_alone(text: str, a: int, b: int) -> bool:
    """The quotation text[a:b] fills its paragraph (a list mark may lead it) and a parenthesis
    describing a person closes the paragraph."""
    start = text.rfind("\n", 0, a) + 1
    end = text.find("\n", b)
    credit = CREDIT.match(text[b:end if end >= 0 else len(text)])
    return bool(_mark(id(cv.language_data())).match(text[start:a])) and credit is not None \
        and describes_person(credit.group("desc"))
