"""Words of a person woven into the author's sentence whose subject points back to the person the
paragraph before presents (issue #14, s53): "Mme Paola Ristori exerce comme psychomotricienne
libérale à Calenzana depuis 2009. …" then "Cette dernière décrit des séances menées « dans la
cuisine, entre la toile cirée et la télé allumée », où …"; "Nous avons ensuite rencontré
l'infirmière coordinatrice de la maison de santé …" then "Notre interlocutrice reconnaît que ce
repérage « tient sur une feuille, mais encore faut-il que quelqu'un la lise »".

The quotation is that person's words when the sentence opens on one of ``subjects`` (a demonstrative
or "notre interlocutrice", standing for someone, never a notion's author), a verb of ``verbs`` comes
before it, it has ``min_words`` words at least and the sentence names no text. The person is the one
the paragraphs before present by name and description (anaphoric_speakers.sole_person_before); when
they present someone by a description only ("l'infirmière coordinatrice de la maison de santé"),
the role that description gives and no speaker. Words: lang/fr/anaphoric_fragments.yaml."""

from __future__ import annotations

import re

from ..text import fold
from . import conventions as cv
from .anaphoric_speakers import sole_person_before
from .attributions import describe, names_a_text, person_head
from .base import n_words
from .quotes import QuoteCall, sentence_before
from .roles import normalize_role

# a sentence opening on a determiner and a noun, up to the first comma or relative clause's end
_DESCRIBED = re.compile(r"^\s*(?P<np>(?:[Ll]a|[Ll]e|[Ll]['’]|[Uu]ne?)\s*(?P<noun>[^\W\d_][\w-]+)[^,;:.«»]{0,80}?)(?=,|\s+(?:qui|que|dont)\s|\s+[a-zàâçéèêëîïôûù]+(?:\s|$))")


def settings() -> dict:
    return {"subjects": [], "verbs": [], "min_words": 4, "max_lead_words": 30,
            **(cv.language_data().get("anaphoric_fragments") or {})}


@cv.per_language_data
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    s = settings()
    subjects = cv.literal_alternation({fold(w).lower() for w in s["subjects"]}) or "(?!)"
    verbs = cv.literal_alternation({fold(w).lower() for w in s["verbs"]}) or "(?!)"
    return re.compile(rf"^\s*(?:{subjects})(?![\w-])"), re.compile(rf"(?<![\w-])(?:{verbs})(?![\w-])")


def _described_before(before: str, gazetteer) -> dict | None:
    """The person the last paragraph before presents by a description only ("… rencontré l'infirmière
    coordinatrice de la maison de santé …"): its role, no speaker; None when it gives no role."""
    paragraph = before.rstrip().rsplit("\n", 1)[-1]
    for clause in re.split(r"[,;:.]|\s(?:qui|que|dont)\s", paragraph):
        role = normalize_role(clause)
        if role not in ("autre", "inconnu") and cv.PERSON_NOUN.search(clause):
            _, region, place = describe(clause, gazetteer)
            return {"speaker": "", "role_raw": clause.strip(), "role": role, "region": region, "place": place,
                    "attr_source": "attribution"}
    return None


def _described_speaker(lead: str, inner: str, gazetteer) -> dict | None:
    """The person a sentence opens on, described by a determiner and a person's or a trade's noun
    ("La sage-femme de PMI qui assure les missions … décrit son travail comme …, où l'on fait « … »"),
    when the words in guillemets speak (a first person, an "on": conventions.SPOKEN) or run to
    twice ``min_words`` (a phrase, not a notion: "« peser les bébés sous le carbet quand la salle est
    pleine »"), and the
    description gives a role of the vocabulary: that role, and the name the noun phrase holds before
    the verb when it holds one (s54); else None."""
    m = _DESCRIBED.match(lead)
    if m is None or not person_head(m.group("noun")) \
            or not (cv.SPOKEN.search(inner) or n_words(inner) >= 2 * int(settings()["min_words"])):
        return None
    desc = m.group("np").strip(" ,")
    role, region, place = describe(desc, gazetteer)
    if role in ("", "autre", "inconnu"):
        return None
    # a name in apposition before the verb is who the noun phrase is ("La coordinatrice du contrat local de
    # santé, Mme Anaïs Perrin, souligne … : selon elle, « … »"); the civility left out, as it is written
    verb = _patterns()[1].search(fold(lead).lower())
    civilities = cv.word_forms("civilities", r"\.?\s+")
    head = re.sub(rf"(?<![\w-])(?i:{civilities})", lambda c: " " * len(c.group(0)), lead[:verb.start()]) if verb else ""
    named = cv.NAME.search(head)
    speaker = named.group("name") if named else ""
    return {"speaker": speaker, "role_raw": desc, "role": role, "region": region, "place": place,
            "attr_source": "attribution"}


def fragment_call(text: str, a: int, b: int, call: QuoteCall, gazetteer, italic: bool = False) -> QuoteCall:
    """``call`` for the quotation text[a:b], made the words of the person presented before when its
    sentence opens on an anaphoric subject that speaks; else ``call`` unchanged."""
    if call.verbatim or italic or text[a] not in "«“" or gazetteer is None:
        return call
    s = settings()
    inner = text[a + 1:b - 1]
    if n_words(inner) < int(s["min_words"]):
        return call
    lead = sentence_before(text, a)
    subject, verb = _patterns()
    low = fold(lead).lower()
    if not verb.search(low) or n_words(lead) > int(s["max_lead_words"]) or names_a_text(lead):
        return call
    if not subject.match(low):
        described = _described_speaker(lead, inner, gazetteer)
        return call if described is None else QuoteCall(True, described, call.attribution)
    start = a - len(lead)
    line_start = text.rfind("\n", 0, start) + 1
    # the paragraphs before this sentence: the person the paragraph before presents
    window_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    window_start = text.rfind("\n", 0, max(0, window_start - 1)) + 1
    before = text[window_start:start]
    person = sole_person_before(before, gazetteer) or _described_before(text[window_start:line_start], gazetteer)
    if person is None:
        return call
    return QuoteCall(True, {k: v for k, v in person.items() if not k.startswith("_")}, call.attribution)
