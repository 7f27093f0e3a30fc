"""The person an inverted pronoun incise stands for: the nearest subject before the quotation
(lang/fr/pronoun_subjects.yaml).

A report names someone as the subject of a sentence, whatever the verb, then quotes them and
closes the quotation with a pronoun: "Nadine Le Goff ouvre le standard. Trente appels en une
heure. « … », explique-t-elle.", "Dans la salle d'attente, un retraité feuillette un magazine.
« … », glisse-t-il sans lever les yeux.". The pronoun stands for the nearest sentence subject
that is a person and agrees with it: a full name (what they do in apposition, "Paul Kerhervé,
kinésithérapeute à Morlaix, soigne …", or in the sentence after the incise, "Elle est secrétaire
ici depuis l'ouverture."), or a singular determiner and a person noun of the pronoun's gender
("une patiente" for "elle", not "un retraité"). A sentence may open on an adverbial phrase
before its subject ("Dans la salle d'attente, …", "Le soir, …").
"""

from __future__ import annotations

import re

from . import conventions as cv
from .attributions import describe, describes_person
from .incise_slots import verb_incise
from .regions import Gazetteer
from .roles import names_a_profession, normalize_role

_LOWER = "a-zàâäçéèêëîïôöûùüÿœæ"
# a sentence: up to a full stop, a question or an exclamation mark followed by a space, not the
# period after a lone capital (an initial, the civility "M.")
SENTENCE = re.compile(r"(?:[^.!?\n]|(?<=\b[A-ZÉÈ])\.|[.!?](?!\s))+[.!?]*")  # (a paragraph's end ends one too)


@cv.per_language_data
def _patterns() -> dict[str, re.Pattern]:
    d = cv.language_data()
    pronouns = cv.word_forms("subject_pronouns", "")
    dets = cv.word_forms("singular_determiners", r"\s+", elided_after=r"\s*")
    # an adverbial phrase opening the sentence before its subject: "Dans la salle d'attente, "
    opener = r"(?:[^,.;:!?«»]{2,90},\s*){0,2}"  # (two: "À l'heure de …, en 2011, il …")
    # what the verb after the subject looks like: a lowercase word (an object pronoun, a reflexive
    # or the verb itself), not a capital (a second name) nor a punctuation mark
    verb = rf"(?=[{_LOWER}])"
    app = r"(?:\s*,\s*(?P<app>[^,;.«»]{3,100}),)?\s+"
    civilities = cv.word_forms("civilities", r"\.?\s+")
    # "Mme R., 84 ans, vit seule …", "Le Dr Kerhervé soigne …": a civility and an initial or a surname
    # (or a name of three words after the civility, as Hmong, Comorian or Vietnamese names run: "Mme Mai Lor Vang")
    civil = rf"(?:(?i:{dets}))?(?P<civ>(?i:{civilities})(?:[A-ZÉÈ]\.\s*){{1,2}}|(?i:{civilities})[A-ZÉÈ][{_LOWER}-]+(?:\s+[A-ZÉÈ][{_LOWER}-]+){{0,2}})"
    complements = cv.word_forms("complement_prepositions", r"\s+", elided_after=r"\s*")
    return {
        # s25-segattr6: or a first name alone with an apposition ("Lucinda, la préparatrice, range
        # …"), a person only when the apposition describes one (checked in _subject_for)
        # s26-segleft2: or a full name after a title, "Le docteur Jean-Claude Sylvestre nous a
        # quittés …", the title then what they do when nothing else is said
        # (s50: or a participant's code, "SF3, qui exerce en maison de santé, décrit … Elle poursuit :")
        "named": re.compile(rf"^{opener}(?:(?:(?i:{dets}))?(?P<title>(?i:{civilities}))?{cv.NAME.pattern}|{civil}|(?P<first>[A-ZÉÈ][{_LOWER}]+(?:-[A-ZÉÈ][{_LOWER}]+)?)(?=\s*,)"
                            rf"|(?P<code>[A-ZÉ]{{1,5}}[-_]?\d{{1,3}})(?=\s*,|\s+[{_LOWER}])){app}{verb}"),
        # "Assise près du poêle, elle me tend …": the pronoun of someone named further back
        "pronoun_subject": re.compile(rf"^{opener}(?P<pron>(?i:{pronouns}))\s+{verb}"),
        "described": re.compile(
            rf"^(?i:{opener})(?P<np>(?P<det>(?i:{dets}))(?P<noun>[^\W\d_][\w-]+)[^,;.«»:]{{0,40}}?){app}{verb}"),
        "pronoun": re.compile(rf"(?:-t-|-)(?P<pron>{pronouns})\b"),
        "copula": re.compile(rf"^\s*(?i:{pronouns})\s+(?:{cv.word_forms('copulas', '')})\s+(?P<desc>[^.;!?«»]{{3,120}})"),
        "sentences": d.get("pronoun_subject_sentences", 3),
        # s34-segr60b: "Visite à domicile à Sainte-Marie chez Mme R., 81 ans, diabétique, qui vit seule …",
        # "Matinée avec Joëlle, qui suit …": a diary's sentence naming the one person the author spent
        # the time with, after a preposition of company, perhaps an apposition, then a relative clause or
        # the sentence's end; the next sentence's pronoun stands for them
        # (or after a verb of meeting, "j'ai croisé le capitaine du bateau, bloqué lui aussi.": a person
        # noun phrase, which says what the person is and no name)
        # (s47: a hearing's "Le groupe a entendu le 14 janvier M. Olivier Ferrand, adjoint au …": a day
        # between the verb and the person, who is named in full)
        "company": re.compile(rf"^[A-ZÉÈ][^.;:!?«»]{{0,80}}?(?<![\w'’-])(?:{cv._flex_alt(d.get('company_prepositions', []) + d.get('company_verbs', [])) or '(?!)'})\s+"
                              rf"(?:le\s+\d{{1,2}}(?:er)?\s+[^\W\d_]+(?:\s+\d{{4}})?\s+)?"
                              rf"(?P<who>(?:(?i:{civilities}))?{cv.NAME.pattern}(?=\s*[,.!?]|$)|(?i:{civilities})(?:[A-ZÉÈ]\.\s*){{1,2}}|(?i:{civilities})[A-ZÉÈ][{_LOWER}-]+"
                              rf"|(?P<first>[A-ZÉÈ][{_LOWER}]+(?:-[A-ZÉÈ][{_LOWER}]+)?)"
                              rf"|(?P<np>(?P<det>(?i:{dets}))(?P<noun>[{_LOWER}][\w-]+)(?:\s+(?:{complements})[^,;.!?«»:]{{1,40}}?)?))"
                              rf"(?:\s*,\s*(?P<app>(?:(?!\bqui\b)[^,;.!?«»:])+?)(?:\s*,(?:(?!\bqui\b)[^;.!?«»:])+?)?)?\s*(?:,\s*(?:{cv.word_forms('relative_pronouns')})\b[^«»]*|[.!?]?)$"),
    }


def _gender(word: str, key_f: str, key_m: str) -> str:
    w = word.strip().lower()
    if w in {x.lower() for x in cv.language_data().get(key_f, [])}:
        return "f"
    if w in {x.lower() for x in cv.language_data().get(key_m, [])}:
        return "m"
    return ""


def incise_pronoun(after: str) -> str:
    """The subject pronoun of the inverted incise after a closing guillemet ("», explique-t-elle."
    -> "elle", whatever the verb), else ''."""
    after = after.lstrip("»”\" \u00a0\u202f")
    m = cv.VERB_AFTER.match(after) or verb_incise(after)
    return (m.group("pron") or "") if m is not None else ""


def _trade(app: str) -> bool:
    """An apposition that describes a person by what they do ("la préparatrice"), not an age."""
    app = app.strip()
    return describes_person(app) and normalize_role(app) not in ("autre", "inconnu")


def _description_after(after: str) -> str:
    """What the sentence after the incise says the pronoun's person is ("Elle est secrétaire ici
    depuis l'ouverture."), else ''."""
    end = re.search(r"[.!?]\s+", after)
    if end is None:
        return ""
    m = _patterns()["copula"].match(after[end.end():])
    return m.group("desc").strip() if m and describes_person(m.group("desc")) else ""


def pronoun_subject(lead: str, after: str, gazetteer: Gazetteer, before: str = "") -> dict | None:
    """Attrs of the person the inverted pronoun of the incise after a quotation (``after``, from
    its closing guillemet) stands for: the nearest sentence subject of ``lead`` (the paragraph up to
    the quotation, nothing quoted in it) that names a person of the pronoun's gender; a sentence
    whose subject is the same pronoun sends further back, into ``before`` (the text above the
    paragraph: "Mme R., 84 ans, vit seule … ⏎ Assise près du poêle, elle me tend une boîte vide. «
    … », me dit-elle"). None when the incise has no pronoun or no sentence near enough has such a
    subject."""
    pron = incise_pronoun(after)
    if not pron or any(q in lead for q in "«»\"“”"):
        return None
    return _subject_for(pron, *_lead_above(lead, before), after=after, gazetteer=gazetteer)


def gendered_subject(pron: str, lead: str, before: str, gazetteer: Gazetteer) -> dict | None:
    """Attrs of the person a noun of one gender stands for as a pronoun would ("« … », sourit la
    jeune femme" after "Le Dr Nadia Bensaïd a quitté … À 34 ans, elle voulait …": ``pron`` "elle"),
    as pronoun_subject reads an incise's pronoun."""
    return _subject_for(pron, *_lead_above(lead, before), after="", gazetteer=gazetteer)


def _lead_above(lead: str, before: str) -> tuple[str, str]:
    """(lead, before): where the quotation opens its paragraph, the paragraph right above leads to
    it ("Josette Rabier a été sa secrétaire … ⏎ « … », se souvient-elle"; s50)."""
    if not lead.strip() and "\n" in before.rstrip():
        head, _, last = before.rstrip().rpartition("\n")
        if last.strip() and not any(q in last for q in "«»\"“”"):
            return last.strip() + " ", head + "\n"
    return lead, before


def colon_pronoun_subject(lead: str, gazetteer: Gazetteer, above: str = "") -> dict | None:
    """Attrs of the person the subject pronoun of the sentence leading to a quotation's colon
    stands for ("La pharmacienne nuance ce rôle. Interrogée sur le même point, elle déclare : « …
    »", "Le médecin arrive à 8 h. Il résume : « … »", whatever the verb, an adverbial or participial
    phrase before the pronoun or not): the nearest sentence subject before it that names a person of
    the pronoun's gender, as for an incise (pronoun_subject). None when the last sentence of
    ``lead`` opens on no subject pronoun or does not end on a colon. A lead of one sentence (the
    pronoun opens the paragraph: "En 2009, il confiait au bulletin :") reads ``above``, the text
    over the paragraph, as an incise's chain of the same pronoun does (s26-segleft2)."""
    t = lead.rstrip()
    if not t.endswith(":") or any(q in lead for q in "«»\"“”"):
        return None
    cut = max(t.rfind(". "), t.rfind("? "), t.rfind("! "))
    if cut < 0 and above.strip():
        m = _patterns()["pronoun_subject"].match(t.lstrip())
        return _subject_for(m.group("pron"), t.lstrip(), above.rstrip() + "\n", "", gazetteer) if m else None
    if cut < 0:
        return None
    m = _patterns()["pronoun_subject"].match(t[cut + 1:].lstrip())
    if m is None:
        return None
    # the paragraph's own sentences only: above it, a quotation's closing guillemet runs into them
    return _subject_for(m.group("pron"), t[:cut + 1], "", "", gazetteer)


def _quotes_words(sentence: str) -> bool:
    """A sentence that quotes someone's words: a quotation mark, unless every quotation in it is a
    few words ("Celui que ses patients appelaient « le docteur Henri » a exercé …": a nickname)."""
    if not any(q in sentence for q in "«»\"“”") or not re.sub(r"[\W_]", "", sentence):
        return False  # (a closing mark alone, cut from the quotation above by its last full stop)
    quoted = re.findall(r"«([^«»]*)»|“([^“”]*)”", sentence)
    closed = sum(len(a) + len(b) + 2 for a, b in quoted)
    opened = sum(sentence.count(q) for q in "«»\"“”")
    return opened != 2 * len(quoted) or closed == 0 or any(len((a or b).split()) > 4 for a, b in quoted)


def _subject_for(pron: str, lead: str, before: str, after: str, gazetteer: Gazetteer) -> dict | None:
    pats = _patterns()
    want = _gender(pron, "feminine_subject_pronouns", "masculine_subject_pronouns")
    text = before + lead
    # the sentences (a full stop followed by a space ends one: not "Mme R., 84 ans", nor the
    # initial or civility "M. Lebreton"), each with whether it is the quotation's (its line's)
    sentences = [(m.group(0).strip(), m.end() > len(before))
                 for m in SENTENCE.finditer(text) if m.group(0).strip()]
    window, k, chained = pats["sentences"], 0, False
    for sentence, inside in reversed(sentences):
        k += 1
        if k > window or (not inside and not chained):
            return None
        if _quotes_words(sentence):
            same = pats["pronoun_subject"].match(sentence)
            if same is not None and same.group("pron").lower() == pron.lower():
                # "Elle raconte … : « … »" above "…, elle précise … :": the same person quoted before,
                # who the pronoun stands for is further back (s50)
                window, chained = k + pats["sentences"], True
                continue
            return None
        m = pats["named"].match(sentence)
        if m is not None and m.group("first") and not _trade(m.group("app") or ""):
            # "Ici, une rupture de stock, …": a capitalised word, no person described; "Bernard, 76
            # ans, …": an age alone leaves the first name to the readers of split quotations
            m = None
        name = (m.group("name") or m.group("civ") or m.group("first") or m.group("code")).strip() if m is not None else ""
        if m is not None and not gazetteer.find(name):  # "Pont Aven accueille …": a place
            app = (m.group("app") or "").strip()
            desc = app if app and describes_person(app) else _description_after(after)
            if not desc and m.group("title") and normalize_role(m.group("title")) not in ("autre", "inconnu"):
                desc = m.group("title").strip()  # "Le docteur Jean-Claude Sylvestre": a doctor
            role, region, place = describe(desc, gazetteer) if desc else ("inconnu", "", "")
            role = "autre" if role == "inconnu" and desc and cv.AGE_FIELD.match(desc) else role  # "Mme R., 84 ans,"
            return {"speaker": name, "role_raw": desc, "role": role, "region": region,
                    "place": place, "attr_source": "attribution"}
        m = pats["described"].match(sentence)
        if m is not None and (cv.PERSON_NOUN.match(m.group("noun")) or names_a_profession(m.group("noun"))):
            # (a trade's noun too: "La préparatrice la plus ancienne assure …"; s54)
            gender = _gender(m.group("det"), "feminine_determiners", "masculine_determiners")
            if want and gender and gender != want:
                continue  # "une patiente …" for "il": someone else
            app = (m.group("app") or "").strip()
            np = m.group("np").strip()
            # "le maire Bernard Cazier m'a fait visiter …": the function, then the person's full name (s46)
            named = next((n for n in cv.NAME.finditer(np) if n.end() == len(np) and n.start() > 0), None)
            speaker = named.group("name") if named is not None and not gazetteer.find(named.group("name")) else ""
            if speaker:
                np = np[:named.start()].strip()
            desc = app if app and describes_person(app) else np
            role, region, place = describe(desc, gazetteer)
            return {"speaker": speaker, "role_raw": desc, "role": role, "region": region, "place": place,
                    "attr_source": "attribution"}
        found = company_person(sentence, gazetteer, pron) if not chained else None
        if found is not None:
            return found  # (not behind a sentence of the same pronoun: "Elle vérifie …" goes on with its subject)
        m = pats["pronoun_subject"].match(sentence)
        if m is not None and m.group("pron").lower() == pron.lower():
            window, chained = k + pats["sentences"], True  # the same "elle": who it stands for is further back
    return None


def company_person(sentence: str, gazetteer: Gazetteer, pron: str = "") -> dict | None:
    """Attrs of the one person a sentence names after a preposition of company or a verb of meeting
    (lang/fr pronoun_subjects.yaml company_prepositions, company_verbs): "Visite à domicile chez Mme
    R., 81 ans, diabétique, qui vit seule." -> Mme R. (``autre``: an age), "Matinée avec Joëlle, qui
    suit …" -> Joëlle (no role said), "j'ai croisé le capitaine du bateau" -> no name, the noun phrase
    (of the gender of ``pron`` when given); not a place ("chez Lannion"), not a word the sentence's
    other words make common."""
    m = _patterns()["company"].match(sentence.strip())
    if m is None:
        return None
    if m.group("np"):
        gender = _gender(m.group("det"), "feminine_determiners", "masculine_determiners")
        want = _gender(pron, "feminine_subject_pronouns", "masculine_subject_pronouns") if pron else ""
        if not cv.PERSON_NOUN.match(m.group("noun")) or not gender or (want and gender != want):
            return None  # "avec l'infirmière": the elided article says no gender, "il" may be someone else
        desc = m.group("np").strip()
        role, region, place = describe(desc, gazetteer) if gazetteer is not None else (normalize_role(desc), "", "")
        return {"speaker": "", "role_raw": desc, "role": role, "region": region, "place": place,
                "attr_source": "attribution"}
    name = m.group("who").strip()
    if (gazetteer is not None and gazetteer.find(name)) or (m.group("first") and name.lower() in cv.language_data().get("not_names", [])):
        return None
    desc = (m.group("app") or "").strip()
    desc = desc if desc and describes_person(desc) else ""
    role, region, place = describe(desc, gazetteer) if desc and gazetteer is not None \
        else (normalize_role(desc) if desc else "inconnu", "", "")
    role = "autre" if role == "inconnu" and desc and cv.AGE_FIELD.match(desc) else role
    return {"speaker": name, "role_raw": desc, "role": role, "region": region, "place": place,
            "attr_source": "attribution"}
