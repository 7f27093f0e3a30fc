"""Quotations inside first-person narration: field reports and observation journals quote the
people met inside their narrative paragraphs, in guillemets opened after a colon ("Le cours
commence : « Mesdames, nous parlerons aujourd'hui … »", "La surveillante en rappelle une :
« Élise, tâchez de venir vendredi. »"), chained to such a quotation by a dash ("— « … » —
« C'est bien, vous pouvez entrer. »"), or closed by a narration incise ("« How dreadful ! »
s'écrie l'une d'elles"). Guillemets in narration also mark printed texts, set formulas, titles and
scare quotes, so a quotation counts only when it reads as addressed speech (a vocative opening it,
a first or second person, a question or an exclamation) and the words before its colon announce
no text ("Ils prêtent serment : « … »"); and only in a first-person narrative. The words are
lang/fr/narrated_quotes.yaml (and the incise verbs of narrated_dialogue.yaml).
"""

from __future__ import annotations

import re

from . import conventions as cv
from .attributions import clause_before_colon, confided_speaker, names_a_text
from .narrated_dialogue import read_incise
from .quotes import QuoteCall
from .roles import normalize_role

_data = cv.language_data
# a reply addressing the other (lang/fr grammar.yaml second_person_pronouns)
SECOND_PERSON = re.compile(rf"(?<![\w’'])(?:{cv.word_forms('second_person_pronouns')})(?![\w])", re.IGNORECASE)
OPENERS = ("«", "“")


def _words(key: str) -> list[str]:
    return [w for w in _data().get(key, []) if w]


@cv.per_language_data
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    def alt(words):
        return cv.literal_alternation(words) or "(?!)"

    def whole(words):  # "j'" needs nothing after it; "je" is a whole word
        return "|".join(re.escape(w) if w.endswith(("'", "’")) else re.escape(w) + r"(?![\w’'-])"
                        for w in sorted(words, key=lambda w: (-len(w), w))) or "(?!)"

    first = re.compile(rf"(?<![\w’'-])(?:{whole(_words('narrated_first_person'))})", re.IGNORECASE)
    persons = re.compile(rf"(?<![\w’'])(?:{alt(_words('narrated_speech_persons'))})(?=[\s’',.!?;:]|$)", re.IGNORECASE)
    return first, persons


def first_person_narrative(text: str) -> bool:
    """Whether the narration (the text outside guillemets) speaks in the first person singular
    at least ``narrated_quote_min_first_person`` times."""
    first, _ = _patterns()
    outside = re.sub(r"«[^»]*»|“[^”]*”", " ", text)
    return len(first.findall(outside)) >= _data().get("narrated_quote_min_first_person", 3)


def addressed_speech(inner: str) -> bool:
    """Whether a quotation's words read as said to someone: a vocative opening them ("Élise,
    …"), a first or second person, a question or an exclamation."""
    _, persons = _patterns()
    words = inner.split()
    if len(words) < _data().get("narrated_quote_min_words", 2):
        return False
    if re.match(r"^[A-ZÉÈÀÂÎÔ][\w’'-]*\s*,", inner):
        return True
    return bool(persons.search(inner)) or inner.rstrip(" .…»”").endswith(("?", "!"))


def _says(clause: str) -> bool:
    """Whether the words before a colon end on a speech verb ("et me dit :", "qui lui
    répond, en souriant :"), or on one after an object pronoun followed by when or where ("Karim
    me dit un jour, au retour d'une visite :"): what follows is someone's words whatever they say."""
    verbs = "|".join(_data().get("narrated_dialogue_verbs", [])) or "(?!)"
    tail = " ".join(clause.split()[-4:])
    if re.search(rf"(?<![\w’'])(?:{verbs})(?![\w’'])", tail, re.IGNORECASE):
        return True
    objects = "|".join(re.escape(w) + ("" if w.endswith(("'", "’")) else r"\s+")
                       for w in _data().get("narrated_says_objects", [])) or "(?!)"
    most = int(_data().get("narrated_says_max_words", 0))
    m = re.search(rf"(?<![\w’'])(?:{objects})(?:{verbs})(?![\w’'])(?P<rest>[^.;!?«»]*)$", clause, re.IGNORECASE)
    return bool(m) and len(m.group("rest").split()) <= most


def _narrator_speaks(clause: str) -> bool:
    """Whether the clause before a colon has the narrator as its subject, the verb right after
    ("… entretien, je me suis demandé", "et je lui ai répondu"): the quotation is the narrator's
    own words or thought."""
    subjects = _data().get("narrator_subjects", [])
    if not subjects:
        return False
    def alt(words):  # an elided word is glued to the next; the others end on a space
        return "|".join(re.escape(w) + ("" if w.endswith(("'", "’")) else r"\s+")
                        for w in sorted(words, key=lambda w: (-len(w), w)))
    pronouns = alt(_data().get("narrator_clause_pronouns", [])) or "(?!)"
    joined = cv.literal_alternation(_data().get("narrator_clause_conjunctions", [])) or "(?!)"
    most = int(_data().get("narrator_clause_max_words", 3))
    m = re.search(rf"(?:^|[,;]\s*|(?<![\w’'])(?:{joined})\s+)(?:{alt(subjects)})(?:{pronouns})?"
                  rf"(?P<rest>[^\s,;.!?«»]+(?:\s+[^\s,;.!?«»]+)*)\s*$", clause.strip(), re.IGNORECASE)
    return bool(m) and len(m.group("rest").split()) <= most


def _narrator_line(text: str, qb: int, inner: str, following: list) -> bool:
    """Whether a quotation opening an exchange is the narrator's: in the first person singular,
    addressing no one, and answered by a dash-chained quotation that says "vous" or "tu" to
    them ("— « Je vais au cours. » — « C'est bien, vous pouvez entrer. »")."""
    first, persons = _patterns()
    if not following or not first.search(inner) or re.match(r"^[A-ZÉÈÀÂÎÔ][\w’'-]*\s*,", inner):
        return False
    if any(p.group(0).lower() in ("vous", "votre", "vos", "tu", "te", "ton", "ta", "tes") for p in persons.finditer(inner)):
        return False
    na, nb, _ = following[0]
    if not re.fullmatch(r"\s*[—–-]\s*", text[qb:na]):
        return False
    reply = text[na + 1:nb - 1]
    return bool(SECOND_PERSON.search(reply))


def _role(words: str) -> str:
    role = normalize_role(words) if words else ""
    return role if role and role != "inconnu" else "autre"


def narrated_calls(text: str, calls: list, first_person: bool) -> list:
    """``calls`` ((qa, qb, QuoteCall) with absolute offsets) with the quotations inside
    first-person narration made verbatim."""
    if not first_person:
        return calls
    out = list(calls)
    narrator: set[int] = set()  # quotations read as the narrator's own line of an exchange
    for k, (qa, qb, call) in enumerate(out):
        if call.verbatim or text[qa] not in OPENERS:
            continue
        inner = text[qa + 1:qb - 1].strip(" ,")
        before = text[text.rfind("\n", 0, qa) + 1:qa]
        clause = clause_before_colon(before)
        if not addressed_speech(inner) and not (clause is not None and _says(clause) and len(inner.split()) >= 2):
            continue
        if clause is not None and _narrator_speaks(clause):
            continue  # "je me suis demandé : « … »": the narrator's own words or thought
        attrs = None
        if clause is not None and not names_a_text(clause):
            attrs = {"speaker": "", "role_raw": "", "role": _role(clause)}
        elif k > 0 and (out[k - 1][2].verbatim or k - 1 in narrator) and re.fullmatch(r"\s*[—–-]\s*", text[out[k - 1][1]:qa]):
            # "— « … » — « … »": the next line of an exchange already in quotation
            attrs = {"speaker": "", "role_raw": "", "role": out[k - 1][2].attrs.get("role", "autre")
                     if out[k - 1][2].verbatim else _role(clause_before_colon(text[text.rfind("\n", 0, qa) + 1:out[k - 1][0]]) or "")}
        else:
            after = text[qb:qb + 120].split("\n", 1)[0]
            found = read_incise("x, " + after.lstrip(" ,"))
            if found and found[0] == "other":
                attrs = {"speaker": "", "role_raw": found[1], "role": _role(found[1])}
        if attrs is not None and clause is not None and _narrator_line(text, qb, inner, out[k + 1:]):
            narrator.add(k)
            continue
        if attrs is not None and clause is not None and not attrs.get("speaker"):
            # "Karim (éducateur spécialisé) me dit un jour, … : « … »": who speaks to the author
            found = confided_speaker(before, set())
            if found is not None and not re.search(rf"(?<![\w’'-]){re.escape(found[0].lower())}(?![\w’'-])", text):
                role = normalize_role(found[1]) if found[1] else "inconnu"
                attrs.update(speaker=found[0], **({"role_raw": found[1], "role": role} if role != "inconnu" else {}))
        if attrs is not None:
            attrs.update(region="", place="", attr_source="attribution")
            out[k] = (qa, qb, QuoteCall(True, attrs))
    return out


class NarratedQuoteHandlers:
    """Quotations inside first-person narration (a Segmenter mixin; called by _flush_prose)."""

    def _narrated_quotes(self, a: int, calls: list) -> list:
        if not hasattr(self, "narrated_first_person"):
            # a research study's quotations follow its own rules (participants, codes, methods)
            # and a record or transcript's quotations belong to its labelled turns
            self.narrated_first_person = not self.ctx.qualitative and not self.labels \
                and first_person_narrative(self.text)
        absolute = [(a + qa, a + qb, call) for qa, qb, call in calls]
        return [(qa - a, qb - a, call) for qa, qb, call in narrated_calls(self.text, absolute,
                                                                           self.narrated_first_person)]
