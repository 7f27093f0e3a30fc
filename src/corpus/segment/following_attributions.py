"""Attributions that come after a quotation without the speech verb and apposition of the usual
"« … », explique X, infirmière": articles and regional papers name the speaker in the NEXT
sentence ("« … » Ce sont les mots d'une adjointe au maire de Forbach.", "La formule revient à un
cadre de l'ARS à Metz", "L'aveu est celui d'une coordinatrice", "Ainsi parle un médecin
généraliste installé à Forbach"), or say what the named person does in a RELATIVE CLAUSE after
the name ("…, explique Pascale Delmas, qui exerce comme infirmière libérale à Moissac"), or
continue the speaker before with a demonstrative ("…, poursuit celle qui a participé …").

The words are data (lang/fr/following_attributions.yaml): the nouns that point back at a quotation
(``following_quote_nouns``), the sentence frames around them (``following_attribution_frames``),
the verbs after "Ainsi" (``following_inverted_verbs``), the verbs of a relative clause that says
what a person does (``relative_role_verbs``) and the demonstratives that continue a speaker
(``continuing_demonstratives``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import fold
from . import conventions as cv
from .attributions import describe, describes_person, names_a_text
from .roles import normalize_role

_data = cv.language_data
# what ends a code's description before the next code: the conjunction of a list, a punctuation
# mark (lang/fr grammar.yaml list_conjunctions)
DESC_TAIL = re.compile(rf"(?:,?\s*\b(?:{cv.word_forms('list_conjunctions')})\b)?\s*[,;.]?\s*$")

# (the titles, each a lookbehind of its own width: lang/fr grammar.yaml abbreviated_titles)
_NOT_AFTER_TITLE = "".join(rf"(?<!\b{re.escape(w)})" for w in cv.language_data().get("abbreviated_titles", []))
# the first sentence of what follows a closing mark: a capital opens it, a stop (not the period of
# an initial or of "Dr.") or the line's end closes it
SENTENCE = re.compile(rf"^\s*[.!?]?\s*(?P<s>[A-ZÀÂÉÈÊÎÔÙÇ][^«»]*?(?<!\b[A-Z]){_NOT_AFTER_TITLE}(?:[.!?](?=\s|$)|$))")


@lru_cache(maxsize=4)
def _patterns(key: int) -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    d = _data()
    nouns = cv._flex_alt(d.get("following_quote_nouns", [])) or "(?!)"
    frames = "|".join(f"(?:{f.replace('{noun}', f'(?:{nouns})')})" for f in d.get("following_attribution_frames", []))
    inverted = cv._flex_alt(d.get("following_inverted_verbs", [])) or "(?!)"
    adverbs = cv._flex_alt(d.get("following_inverted_adverbs", [])) or "(?!)"
    frame = re.compile(rf"^(?:{frames or '(?!)'}|(?:{adverbs})\s+(?:{inverted})\s+)", re.IGNORECASE)
    relative = re.compile(rf"^\s*,\s*(?:{cv.word_forms('relative_pronouns', data=d)})\s+(?P<desc>(?:{cv._flex_alt(d.get('relative_role_verbs', [])) or '(?!)'})\b[^.;!?«»]+)",
                          re.IGNORECASE)
    demonstrative = re.compile(rf"^\s*(?:{cv._flex_alt(d.get('continuing_demonstratives', [])) or '(?!)'})",
                               re.IGNORECASE)
    name = re.compile(rf"^(?:(?i:{'|'.join(re.escape(c) for c in sorted(cv.CIVILITIES)) or '(?!)'})\.?\s+)?{cv.NAME.pattern}",
                      cv.NAME.flags)
    return frame, relative, demonstrative, name


def _compiled():
    return _patterns(id(_data()))


def following_description(after: str) -> tuple[str, tuple[int, int]] | None:
    """(what names the speaker, span of the sentence in ``after``) when the sentence right after a
    closing mark points back at the quotation by a frame ("Ce sont les mots d'une adjointe au maire
    de Forbach, chargée de la santé." → "une adjointe au maire de Forbach, chargée de la santé"),
    else None."""
    m = SENTENCE.match(after)
    if not m:
        return None
    sentence = m.group("s")
    f = _compiled()[0].match(sentence)
    if not f:
        return None
    return sentence[f.end():].rstrip(" .!?"), (m.start("s"), m.end("s"))


def following_speaker(after: str, gazetteer) -> tuple[dict, tuple[int, int]] | None:
    """(attrs, span of the sentence in ``after``) when the sentence right after a closing mark
    names the speaker of the quotation by a frame, else None. The description is what follows the
    frame; a name opening it is the speaker ("Ainsi parle Marc Petit, pharmacien à Lens"); a code
    ("Ce sont les propos d'E4") is the caller's to read (following_description)."""
    found = following_description(after)
    if found is None:
        return None
    desc, span = found
    speaker = ""
    named = _compiled()[3].match(desc)
    if named:
        speaker = named.group("name")
        desc = desc[named.end():].strip(" ,")
    if not speaker and not describes_person(desc) and not cv.PERSON_NOUN.search(desc):
        return None  # "C'est le mot de la fin": no person after the frame
    role, region, place = describe(desc, gazetteer) if desc else ("inconnu", "", "")
    attrs = {"speaker": speaker, "role_raw": desc, "role": role, "region": region, "place": place,
             "attr_source": "attribution"}
    return attrs, span


def relative_description(rest: str) -> str:
    """The relative clause right after a speaker's name that says what the person does (", qui
    exerce comme infirmière libérale à Moissac" → "exerce comme infirmière libérale à Moissac"),
    '' when there is none or it names no role ("qui a participé au protocole")."""
    m = _compiled()[1].match(rest)
    if not m:
        return ""
    desc = m.group("desc").strip()
    return desc if normalize_role(desc) not in ("autre", "inconnu") else ""


def continues_speaker(who: str) -> bool:
    """A demonstrative and a relative clause as the subject of the speech verb ("poursuit celle
    qui a participé …"): the speaker of the quotation before."""
    return bool(_compiled()[2].match(who or ""))


@lru_cache(maxsize=4)
def _leads(key: int) -> tuple[re.Pattern, re.Pattern]:
    d = _data()
    det = "|".join(re.escape(w) for w in d.get("singular_determiners", [])) or "(?!)"
    inverted = cv._flex_alt(d.get("following_inverted_verbs", [])) or "(?!)"
    introducers = cv._flex_alt(d.get("introducers", [])) or "(?!)"
    who = rf"(?P<who>(?i:{det})\s*[^\W\d_][^():;«»\"“”]{{2,120}}?)"
    # "Ainsi témoigne une habitante de Trois-Rivières, 58 ans, … : « … »": the verb before its subject
    adverbs = cv._flex_alt(d.get("following_inverted_adverbs", [])) or "(?!)"
    lead = re.compile(rf"(?:^|[.!?]\s+)(?i:{adverbs})\s+(?i:{inverted})\s+{who}\s*:\s*$")
    # "(« … », résume un titulaire de Rumilly)", "(« … », selon une adjointe d'une officine d'Annecy)"
    aside = re.compile(rf"^\s*,\s*(?:(?P<verb>(?i:{cv.SPEECH_VERBS}))|(?i:{introducers}))\s+{who}\s*$")
    return lead, aside


def _a_text(who: str) -> bool:
    """A noun phrase that names a text: names_a_text, a year cited, or its noun one of
    signed_quote_not_people ("un rapport de l'ARS", "une circulaire de 2019")."""
    words = re.split(r"[\s'’]+", fold(who).lower(), maxsplit=2)
    texts = {fold(w).lower() for w in _data().get("signed_quote_not_people", [])}
    return names_a_text(who) or bool(cv.AUTHOR_YEAR.search(who)) or any(w in texts for w in words[:2])


def _person(who: str) -> bool:
    """A singular noun phrase that names a person, not a text ("un rapport de l'IGAS")."""
    return not _a_text(who) and bool(
        describes_person(who) or cv.PERSON_NOUN.search(who) or normalize_role(who) not in ("autre", "inconnu"))


def inverted_lead(before: str, gazetteer) -> dict | None:
    """Attrs of the person an inverted speech verb names before the colon that opens a quotation
    ("Ainsi témoigne une habitante de Trois-Rivières, 58 ans, qui n'a plus de voiture :"), the
    verbs ``following_inverted_verbs``; None otherwise."""
    m = _leads(id(_data()))[0].search(before)
    if m is None or _a_text(m.group("who")):
        return None
    who = m.group("who").strip(" ,")
    role, region, place = describe(who, gazetteer)
    return {"speaker": "", "role_raw": who, "role": role, "region": region,
            "place": place, "attr_source": "attribution"}


def aside_speaker(text: str, a: int, after: str, gazetteer) -> tuple[dict, tuple[int, int]] | None:
    """(attrs, span in ``after``) of a quotation set as an aside in parentheses, its speaker after
    a speech verb or an introducer before the closing parenthesis ("(« on est devenus le cabinet
    médical du samedi », résume un titulaire de Rumilly)"); after an introducer ("selon") the phrase
    must describe a person, after a speech verb only not name a text; None otherwise (a name is
    the speech-verb readers')."""
    if not text[max(0, a - 3):a].rstrip().endswith("("):
        return None
    close = after.find(")")
    m = _leads(id(_data()))[1].match(after[:close]) if close > 0 else None
    if m is None or cv.NAME.search(m.group("who")) or _a_text(m.group("who")):
        return None
    if not m.group("verb") and not _person(m.group("who")):
        return None  # "(« … », selon une étude de la DREES)": a speech verb says someone spoke, "selon" may not
    who = m.group("who").strip(" ,")
    role, region, place = describe(who, gazetteer)
    return ({"speaker": "", "role_raw": who, "role": role, "region": region, "place": place,
             "attr_source": "attribution"}, (m.start("who"), m.end("who")))


def _respective_entries(sentence: str) -> list[tuple[str, str]]:
    """(code, description) of each participant a "respectively" sentence lists after its word
    ("… respectivement des entretiens E3, pharmacienne adjointe à Saint-Benoît, et E5, médecin
    généraliste à Saint-André."), in order; [] when it lists none."""
    words = [fold(w).lower() for w in _data().get("respective_words", [])]
    folded = fold(sentence).lower()
    at = min((m.end() for w in words for m in re.finditer(rf"(?<!\w){re.escape(w)}(?!\w)", folded)), default=None)
    if at is None:
        return []
    rest = sentence[at:]
    codes = [m for m in re.finditer(r"(?<![\w-])[A-ZÉ][A-Za-zÉ]{0,5}-?\d{1,3}(?![\w-])", rest)
             if cv.LABEL_SHAPES["code"].fullmatch(m.group(0))]
    out = []
    for k, m in enumerate(codes):
        end = codes[k + 1].start() if k + 1 < len(codes) else len(rest)
        desc = DESC_TAIL.sub("", rest[m.end():end]).lstrip(", ").strip()
        out.append((m.group(0), desc))
    return out


def _unattributed(call) -> bool:
    """A quotation read as prose, or as someone's words without a speaker or a role."""
    return not call.verbatim or (not call.attrs.get("speaker") and call.attrs.get("role", "inconnu") in ("", "inconnu"))


def _paragraphs(chunk: str, a: int, b: int) -> list[tuple[int, int]]:
    """(start, end) of each non-blank paragraph of chunk[a:b]."""
    out, pos = [], a
    for piece in chunk[a:b].split("\n"):
        lead = len(piece) - len(piece.lstrip())
        if piece.strip():
            out.append((pos + lead, pos + len(piece.rstrip())))
        pos += len(piece) + 1
    return out


def respective_calls(chunk: str, calls: list, gazetteer, call_type) -> list:
    """Quotations set one after another without attribution (italic extracts, say) and credited
    together by the sentence that opens the next paragraph ("Ces extraits proviennent
    respectivement des entretiens E3, pharmacienne …, et E5, médecin généraliste …"): the k-th
    quotation is the k-th participant listed, when the sentence lists exactly as many as the
    quotations that precede it, nothing but space between them. ``respective_words``
    (lang/fr/following_attributions.yaml)."""
    if not _data().get("respective_words"):
        return calls
    out = list(calls)
    k = 0
    while k < len(out):
        j = k
        while j + 1 < len(out) and _unattributed(out[j + 1][2]) and not chunk[out[j][1]:out[j + 1][0]].strip():
            j += 1
        run = [n for n in range(k, j + 1) if _unattributed(out[n][2])]
        if run and len(run) == j - k + 1:
            qb = out[j][1]
            after = chunk[qb:]
            start = len(after) - len(after.lstrip())
            if "\n" in after[:start] or qb == len(chunk.rstrip()):
                m = re.match(r"[^\n]*?[.!?…](?=\s|$)", after[start:])
                entries = _respective_entries(m.group(0)) if m else []
                # an italic run over several paragraphs: one extract a paragraph
                pieces = [(pa, pb) for n in run for pa, pb in _paragraphs(chunk, out[n][0], out[n][1])]
                if len(entries) == len(pieces) and not (j + 1 < len(out) and out[j + 1][0] < qb + start + m.end()):
                    credited = []
                    for (pa, pb), (code, desc) in zip(pieces, entries):
                        role, region, place = describe(desc, gazetteer) if desc else ("inconnu", "", "")
                        credited.append((pa, pb, call_type(True, {
                            "speaker": code, "role_raw": desc, "role": role, "region": region, "place": place,
                            "attr_source": "attribution"})))
                    out[k:j + 1] = credited
                    j = k + len(credited) - 1
        k = j + 1
    return out


@cv.per_language_data
def _introduced_after() -> re.Pattern:
    """An introducer and a full name right after a quotation, its description up to the next
    quotation or the sentence's end ("« … » pour Gilles Tessier, maire de Persan, et « … »")."""
    introducers = cv._flex_alt(_data().get("introducers", [])) or "(?!)"
    conj = cv.word_forms("list_conjunctions")
    return re.compile(rf"\s*,?\s*(?i:{introducers})\s+(?P<who>{cv.NAME.pattern})"
                      rf"(?P<desc>\s*,\s*[^«»\"“”.;:!?]{{2,140}}?)?\s*(?=,?\s*(?:(?:{conj})\s+)?«|[.;!?]|$)")


def introduced_after_calls(chunk: str, calls: list, gazetteer, call_type) -> list:
    """Quotations in one sentence each followed by an introducer and the speaker's full name ("Le
    CLS est tour à tour « … » pour Corinne Ferrand, adjointe au maire, « … » pour Gilles Tessier,
    maire de Persan, et « … » pour Nadia Benali, qui en assure la coordination"): each quotation
    is the person named after it, when at least two are so credited (a series, not a name that
    opens the next sentence's "Pour X, …"). The description is the apposition or the relative
    clause after the name."""
    pattern = _introduced_after()
    found = {}
    for k, (qa, qb, _) in enumerate(calls):
        m = pattern.match(chunk, qb)
        if m and not (k + 1 < len(calls) and calls[k + 1][0] < m.end("who")):
            found[k] = m
    if len(found) < 2:
        return calls
    out = list(calls)
    for k, m in found.items():
        qa, qb, call = calls[k]
        desc = (m.group("desc") or "").strip(" ,")
        desc = DESC_TAIL.sub("", desc)
        desc = relative_description(", " + desc) or ("" if desc.startswith(("qui ", "dont ")) else desc)
        role, region, place = describe(desc, gazetteer) if desc else ("inconnu", "", "")
        out[k] = (qa, qb, call_type(True, {"speaker": m.group("who"), "role_raw": desc, "role": role,
                                           "region": region, "place": place, "attr_source": "attribution"}))
    return out
