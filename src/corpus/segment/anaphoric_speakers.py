"""A quotation given to a definite or demonstrative description of a person the text has named
before (issue #14).

Press and articles name a person once, with what they do, then quote them by a description that
points back: "Le projet est porté par Marie-Josée Barthélémy, adjointe au maire du Lamentin …" then
"« … », poursuit l'élue"; "Émilie Collin, infirmière libérale à Langres, …" then "Dans la voiture,
l'infirmière sort son téléphone … « … », confie-t-elle"; "Josiane, elle, a retrouvé un médecin
traitant. Cette retraitée de 71 ans se souvient : « … »". Whatever verb the incise or the lead-in
uses, the reading of the quotation gives a description (``role_raw``) that opens with an anaphoric
determiner (lang/fr grammar.yaml ``anaphoric_determiners``) and no speaker. Two ways back:

- the description gives a role (``l'élue``: elu): the nearest person named before the quotation
  (``anaphoric_speaker_window`` characters of its section) with a description of that role, in any
  of the press's forms: "Name, description" (up to a comma or a sentence end), "Description, Name",
  "Name est description" (``copulas``), or a title that says the trade before the name ("le Dr
  Yann Le Goff", ``anaphoric_speaker_trade_titles``: a physician, then "le médecin");
- the noun names one who gives care, whatever the profession (``anaphoric_speaker_generic_nouns``:
  "reconnaît le praticien"): the nearest person named before with a role of care (not one of
  ``anaphoric_speaker_not_carers``);
- the description opens with a demonstrative (``anaphoric_speaker_demonstratives``: "Cette
  retraitée", "Ce généraliste"), the sentence that leads to the quotation opening with it: the
  person the sentence before opens with, by name or first name ("Josiane, elle, a retrouvé …",
  "Le Dr Morel s'installe …"), whatever the noun.

Without such a person, the quotation keeps its description and no speaker ("« … », glisse la
pharmacienne" where no pharmacist was named stays a pharmacist's words).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import fold
from . import conventions as cv
from .attributions import age_only, describe, describes_person
from .base import quotation_lead
from .roles import normalize_role

_FIRST = r"[A-ZÉÈ][a-zéèêëïîôûç]+(?:-[A-ZÉÈ][a-zéèêëïîôûç]+)?"


def _settings() -> dict:
    d = cv.language_data()
    return {"window": int(d.get("anaphoric_speaker_window", 1500)),
            "function_window": int(d.get("anaphoric_function_window", 0)),
            "demonstratives": d.get("anaphoric_speaker_demonstratives", [])}


@lru_cache(maxsize=4)
def _patterns(key: int) -> dict[str, re.Pattern]:
    d = cv.language_data()
    civ = cv._flex_alt(d.get("civilities", [])) or "(?!)"
    copulas = cv._flex_alt(d.get("copulas", [])) or "(?!)"
    not_names = cv._alt(d.get("not_names", [])) or "(?!)"
    demonstratives = cv._alt(_settings()["demonstratives"]) or "(?!)"
    name = cv.NAME.pattern
    return {
        # "Marie-Josée Barthélémy, adjointe au maire du Lamentin chargée de la santé."
        "after": re.compile(name + r"\s*,\s*(?P<desc>[^,.;:!?«»()]{3,120})"),
        # "M. Paul Roux, directeur de l'établissement, et Mme Anne Vidal, maire de Dole, présidente du
        # conseil de surveillance.": every apposition up to the sentence's end or the next person
        # joined by "et" (a function looked for in any of them; s31-segr54b)
        "appositions": re.compile(name + r"\s*,\s*(?P<desc>[^.;:!?«»()]{3,200}?)"
                                  rf"(?=\s*(?:[.;:!?«»()]|,?\s+et\s+(?:(?:{civ})\.?\s|[A-ZÉÈ])|$))"),
        # "Infirmière libérale à Langres, Émilie Collin …", "…, le Dr Hervé Jeunet"; after an opening
        # phrase too ("Premier à prendre la parole, le maire de Vire, Jean-Yves Hamelin, lance :";
        # s26-segr45b): the description between two commas
        "before": re.compile(r"(?:^|(?<=[.!?\n,])\s*)(?P<desc>[^,.;:!?«»()\n]{3,100}),\s*"
                             rf"(?:(?:{cv.DETERMINERS})\s+)?(?:(?:{civ})\.?\s+)?" + name),
        # "Sophie Vuillet est pharmacienne …"; (s50) after an apposition too, the post it holds in the body
        # just named: "M. Éric Poulain, masseur-kinésithérapeute à Rougé, en est le trésorier"
        "copula": re.compile(name + rf"(?:\s*,(?P<app>[^,.;:!?«»()]{{3,120}}),)?\s+(?:en\s+|y\s+)?(?:{copulas})\s+(?P<desc>[^,.;:!?«»()]{{3,120}})"),
        # "L'infirmière coordinatrice du SSIAD de Châtel-sur-Moselle (IDE4) gère …": a description, then the
        # participant's code in parentheses (s50)
        "coded": re.compile(rf"(?:^|(?<=[.!?\n])\s*)(?P<desc>(?i:{cv.DETERMINERS})(?:\s+|(?<=['’]))[^()\n.;:!?«»]{{3,100}}?)"
                            r"\s*\((?P<name>[A-ZÉ]{1,5}[-_]?\d{1,3})\)"),
        # "le Dr Yann Le Goff a cessé son activité …": a title that says the person's trade
        # (anaphoric_speaker_trade_titles; s26-segr45b), then "le médecin répond : « … »"
        "titled": re.compile(rf"(?<![\w’'])(?P<desc>{cv._alt(d.get('anaphoric_speaker_trade_titles', [])) or '(?!)'})\.?\s+"
                             + name),
        # the sentence the anaphor opens: "Cette retraitée de 71 ans se souvient"
        "demonstrative": re.compile(rf"^(?:{demonstratives})\s*(?P<noun>[^\W\d_][\w-]*)", re.IGNORECASE),
        # the person a sentence opens with: "Josiane, elle, …", "Le Dr Morel s'installe", "Émilie Collin commence"
        "subject": re.compile(rf"^\s*(?:(?:{cv.DETERMINERS})\s+)?(?:(?:{civ})\.?\s+)?(?!(?:{not_names})\b)"
                              rf"(?P<name>{_FIRST}(?:\s+{_FIRST})?)(?=\s*,|\s+[a-zéèêàâîôûç])"),
    }


def _blank_quotes(text: str) -> str:
    return re.sub(r"«[^«»]*»", lambda q: " " * len(q.group(0)), text)


def role_named_before(before: str, role, gazetteer, desc_test=None, keys=("after", "before", "copula", "titled", "coded")) \
        -> dict | None:
    """Attrs of the nearest person ``before`` names with a description of ``role`` (a role, or a
    test of one), or, with ``desc_test``, a description that passes it; else None."""
    wanted = (lambda r: True) if desc_test is not None else role if callable(role) else (lambda r: r == role)
    pats = _patterns(id(cv.language_data()))
    window = _blank_quotes(before)
    found, at = None, -1
    for key in keys:
        for m in pats[key].finditer(window):
            desc = m.group("desc").strip()
            if "app" in m.re.groupindex and m.group("app"):
                # "M. Éric Poulain, masseur-kinésithérapeute à Rougé, en est le trésorier": what he does, then the post
                desc = f"{m.group('app').strip()}, {desc}"
            if m.start() <= at or gazetteer.find(m.group("name")):
                continue
            if desc_test is not None and not desc_test(desc):
                continue
            r, region, place = describe(desc, gazetteer)
            if wanted(r):
                found, at = {"speaker": m.group("name"), "role_raw": desc, "role": r, "region": region,
                             "place": place, "attr_source": "attribution"}, m.start()
    return found


def sole_person_before(before: str, gazetteer) -> dict | None:
    """Attrs of the one person ``before`` presents with a description ("Le Dr Hélène Darrigade,
    médecin généraliste montoise qui en assurait la coordination, dresse le bilan." then "« … »,
    explique-t-elle"), when it presents one only; else None: a pronoun with no quotation before it
    stands for the person the piece has presented, not for one of several."""
    pats = _patterns(id(cv.language_data()))
    window = _blank_quotes(before)
    names = {m.group("name") for key in ("after", "before", "copula", "titled") for m in pats[key].finditer(window)
             if not gazetteer.find(m.group("name")) and describes_person(m.group("desc"))}
    if len(names) != 1:
        return None
    return role_named_before(before, None, gazetteer, desc_test=describes_person)


def function_named_before(before: str, noun: str, gazetteer, keys=("after", "before", "copula", "titled")) \
        -> dict | None:
    """Attrs of the nearest person ``before`` names with a description holding ``noun`` as a word
    ("la présidente" after "le Dr Josiane Rosine, médecin généraliste au Lamentin et présidente de la
    CPTS"): a function that is no role of its own points back to the one who holds it. None else."""
    target = fold(noun).lower()
    return role_named_before(before, None, gazetteer, keys=keys,
                             desc_test=lambda desc: target in re.findall(r"[\w-]+", fold(desc).lower()))


def subject_before(before: str, role_raw: str, gazetteer) -> str | None:
    """The name the sentence before the one a demonstrative description opens ("Cette retraitée
    de 71 ans se souvient : « … »") opens with ("Josiane, elle, a retrouvé …"), else None."""
    pats = _patterns(id(cv.language_data()))
    if not pats["demonstrative"].match(role_raw.strip()):
        return None
    window = _blank_quotes(before)
    k = window.rfind(role_raw.strip())
    if k < 0:
        return None
    head = window[:k]
    if head.strip() and not re.search(r"[.!?]\s*$", head):
        return None  # the description opens no sentence
    sentences = re.split(r"(?<=[.!?])\s+|\n", head.rstrip())
    previous = next((s for s in reversed(sentences) if s.strip()), "")
    m = pats["subject"].match(previous)
    if m is None or gazetteer.find(m.group("name")):
        return None
    return m.group("name")


def _opens_lead(text: str, a: int, description: str) -> bool:
    """Whether the sentence leading to the quotation at ``a`` (on its line, or the line above for a
    quotation opening its paragraph) opens with ``description``: its subject."""
    lead = quotation_lead(text, a)
    sentence = re.split(r"(?<=[.!?])\s+", lead.strip())[-1] if lead.strip() else ""
    return fold(sentence).lower().startswith(fold(description).lower()[:max(8, len(description) // 2)])


def anaphoric_call(seg, a: int, call):
    """The quotation at ``a`` as the words of the person named before whom its description points
    back to, when its reading gave a description and no speaker; ``call`` unchanged otherwise."""
    from .quotes import QuoteCall

    attrs = call.attrs
    if not call.verbatim or attrs.get("speaker") or "person" in attrs:
        return call
    role_raw = (attrs.get("role_raw") or "").strip()
    if not re.match(rf"(?:{cv.ANAPHORIC})\s*[^\W\d_]", role_raw, re.IGNORECASE):
        return call
    before = seg._section_before(a, _settings()["window"])
    role = attrs.get("role") or normalize_role(role_raw)
    noun = re.match(rf"(?:{cv.ANAPHORIC})\s*(?P<noun>[^\W\d_][\w-]*)", role_raw, re.IGNORECASE).group("noun")
    if role not in ("", "autre", "inconnu"):
        found = role_named_before(before, role, seg.gazetteer)
        wide = _settings()["function_window"]
        if found is None and wide and _opens_lead(seg.text, a, role_raw):
            # s50: a memoir presents its people once in its fieldwork chapter ("Mme Claire Dumas est
            # coordinatrice de la MSP depuis 2020") and quotes them chapters later by their post, the
            # subject of the lead ("La coordinatrice résume …"; not "si c'était sa mère ou la sage-femme
            # :"): the person named before with the very word, across sections
            found = function_named_before(seg.text[max(0, a - wide):a], noun, seg.gazetteer, keys=("appositions", "copula"))
            found = found if found is not None and found["role"] == role else None
        if found is not None:
            merged = {**attrs, **{k: v for k, v in found.items() if v or k == "speaker"}}
            return QuoteCall(True, merged, call.attribution)
    generic = {fold(w) for w in cv.language_data().get("anaphoric_speaker_generic_nouns", [])}
    if fold(noun).lower() in generic:
        # "« … », reconnaît le praticien": the nearest person named as one who gives care
        not_carers = set(cv.language_data().get("anaphoric_speaker_not_carers", []))
        found = role_named_before(before, lambda r: r not in not_carers, seg.gazetteer)
        if found is not None:
            merged = {**attrs, **{k: v for k, v in found.items() if v or k == "speaker"}}
            return QuoteCall(True, merged, call.attribution)
    aged = {fold(w) for w in cv.language_data().get("anaphoric_speaker_aged_nouns", [])}
    if fold(noun).lower() in aged:
        # s25-segattr6: "« … », annonce la vieille dame" after "la longère de Maï Le Gall, 91 ans":
        # the nearest person named before with an age alone (the anaphor's own description kept)
        found = role_named_before(before, None, seg.gazetteer, desc_test=lambda desc: age_only(desc, seg.gazetteer))
        if found is not None:
            merged = {**attrs, "speaker": found["speaker"], "attr_source": found["attr_source"],
                      **{k: found[k] for k in ("region", "place") if found[k]}}
            return QuoteCall(True, merged, call.attribution)
    if role in ("", "autre", "inconnu"):
        # s25-segattr6: "Reformulée, la présidente insiste : « … »" after "le Dr Josiane Rosine,
        # médecin généraliste au Lamentin et présidente de la CPTS": the function, no role itself,
        # is the one a person named before holds (only the description's own word, same gender)
        found = function_named_before(before, noun, seg.gazetteer)
        wide = _settings()["function_window"]
        if found is None and wide:
            # s31-segr54b: an audit report, a judgment names the people once where it sets out its
            # procedure ("L'entretien … a eu lieu avec M. Paul Roux, directeur de l'établissement, et
            # Mme Anne Vidal, maire de Dole, présidente du conseil de surveillance."), then quotes them
            # sections later by their function ("le directeur fait valoir que « … »"): the text before
            # the section, every apposition of a name (anaphoric_function_window characters)
            found = function_named_before(seg.text[max(0, a - wide):a], noun, seg.gazetteer, keys=("appositions", "copula"))
        if found is not None:
            merged = {**attrs, **{k: v for k, v in found.items() if v or k == "speaker"}}
            return QuoteCall(True, merged, call.attribution)
    name = subject_before(before, role_raw, seg.gazetteer)
    if name is None:
        return call
    return QuoteCall(True, {**attrs, "speaker": name}, call.attribution)

