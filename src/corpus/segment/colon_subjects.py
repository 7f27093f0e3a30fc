"""A quotation after a colon whose sentence opens on the person who speaks, whatever the verb
(issue #14).

Press and memoirs lead a quotation with a sentence ending on a colon whose subject is the speaker,
named in any of the ways French names a person, before any verb: "L'infirmière libérale Ketty
Rosier ne cache pas sa satisfaction : « … »" (a determiner, a function, a name), "Le Dr C., mon
maître de stage, m'a répondu : « … »" (a civility and an initial, an apposition), "Président de la
CPTS Centre, le Dr Alex Jean-Baptiste, généraliste à La Trinité, tempère : « … »" (the function
first). The verb is open (``ne cache pas sa satisfaction``, ``tempère``, ``reconnaît cette
délégation``): the grammar says who speaks, the slot after the subject is a verb whatever it is,
and the colon hands the floor to the subject.

Read when the quotation's reading named nobody; the role comes from the apposition, the function
before the name, or the phrase that opens the sentence when it describes a person. Not when the
sentence names a text ("… a affiché dans la salle : « … »": attributions.names_a_text) or its
subject is a pronoun or a common noun alone (the other readers'). A subject named by kinship ("La mère
de Lou, 5 ans, se souvient … :", ``colon_subject_kinship_nouns``) is a relative of the person cared
for: no name, the role ``colon_subject_kinship_role``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import conventions as cv
from .attributions import describe, describes_person, description_fields, names_a_text
from .roles import names_a_profession, names_a_trade, normalize_role, withholds_role

AGE = re.compile(rf"\b\d{{1,3}}\s+(?:{cv.word_forms('year_words', data=cv.DATA.get('age_periphrases', {}))})\b")
MIN_WORDS = int(cv.language_data().get("colon_subject_min_words", 5))
# a capitalised word of a name, hyphenated perhaps ("Anne-Sophie"): quotes.py reads labels with it too
NAME_WORD = _WORD = r"[A-ZÉÈ][a-zéèêëïîôûç]+(?:-[A-ZÉÈ][a-zéèêëïîôûç]+)?"


@lru_cache(maxsize=4)
def _lead(key: int) -> re.Pattern:
    d = cv.language_data()
    civ = cv._flex_alt(d.get("civilities", [])) or "(?!)"
    return re.compile(
        r"^(?:(?P<front>[^,:«»]{3,80}),\s*)?"  # "Président de la CPTS Centre, "
        rf"(?:(?P<det>(?i:{cv.DETERMINERS}))\s*(?P<func>[a-zéèêàâîôûç][^,:«»A-ZÉÈ]{{2,60}}?)\s+)?"  # "L'infirmière libérale "
        rf"(?:(?:(?i:{cv.DETERMINERS}))\s*(?=(?i:{civ})\b))?(?:(?P<civ>(?i:{civ}))\.?\s+)?"  # "Le Dr C."
        rf"(?P<name>{_WORD}\s+(?:(?:{cv._alt(d.get('name_particles', [])) or '(?!)'})\s+)?{_WORD}|[A-ZÉÈ]\.|{_WORD})"
        r"(?:\s*,\s*(?P<app>[^,:«»]{3,100}(?:,\s*[^,:«»]{3,100}){0,2}),)?"  # ", 74 ans, habitante de Calenzana,"
        # (the comma closing a fronted function's apposition: "Le directeur des soins, M. Gérald Pierson, tire …")
        r"(?(front)(?:\s*,)?)\s+[a-zéèêàâîôûç][^.!?«»:]{0,160}:\s*$")


@lru_cache(maxsize=4)
def _relative(key: int) -> re.Pattern:
    d = cv.language_data()
    civ = cv._flex_alt(d.get("civilities", [])) or "(?!)"
    rel = cv._alt(d.get("relative_pronouns", [])) or "(?!)"
    # s25-segattr6: "Au retour, j'en parle à mon maître de stage, le Dr Chabal, qui me répond :": the
    # person named by a civility (and a name) just before a relative pronoun opening the clause that
    # ends on the colon; the relative's verb is open, its subject that person
    return re.compile(rf",\s*(?:(?i:{cv.DETERMINERS})\s*)?(?P<civ>(?i:{civ}))\.?\s+"
                      rf"(?P<name>{_WORD}(?:\s+{_WORD})?|[A-ZÉÈ]\.)\s*,\s*(?:{rel})\s+[a-zéèêàâîôûç'’][^.!?«»:,]{{0,80}}:\s*$")


@lru_cache(maxsize=4)
def _kin(key: int) -> re.Pattern:
    d = cv.language_data()
    kin = cv._flex_alt(d.get("colon_subject_kinship_nouns", [])) or "(?!)"
    dets = cv._flex_alt(d.get("singular_determiners", []) + d.get("possessive_determiners", [])) or "(?!)"
    # "La mère de Lou, 5 ans, se souvient surtout des appels sans réponse :", "L'époux de Mme D. résume :"
    return re.compile(rf"^(?:[^,:«»]{{3,80}},\s*)?(?P<np>(?i:{dets})\s*(?i:{kin})(?:\s+(?:de|du|d['’])\s*[^,:«»]{{1,60}}?)?)"
                      r"(?:\s*,\s*[^,:«»]{2,80},)?\s+[a-zéèêàâîôûç][^.!?«»:]{0,160}:\s*$")


@lru_cache(maxsize=4)
def _kin_reference(key: int) -> re.Pattern:
    kin = cv._flex_alt(cv.language_data().get("colon_subject_kinship_nouns", [])) or "(?!)"
    indef = cv.word_forms("indefinite_articles")
    # "mère d'Enzo, 7 ans", "père de Maëlys": a relative designated by the first name of the one cared for;
    # "mère d'un élève de CE1", "fille d'une résidente": of someone the text does not name
    return re.compile(rf"^\s*(?:(?P<np>(?i:{kin})\s+(?:de\s+|d['’]\s*){_WORD})"
                      rf"|(?P<anon>(?i:{kin})\s+d['’]\s*(?:{indef})\s+[a-zéèêàâîôûç][\w-]+(?:\s+(?:de|en)\s+[\w-]+)?))"
                      rf"\s*(?:,\s*(?P<age>{AGE.pattern})\s*)?$")


@lru_cache(maxsize=4)
def _label_lead(key: int) -> re.Pattern:
    d = cv.language_data()
    articles = cv._alt(d.get("role_label_articles", [])) or "(?!)"
    # a report's field of reported words, a label and no verb before the colon: "La mère : « … »",
    # "L'infirmière scolaire, jointe par téléphone le 4 octobre : « … »" (an article and a noun
    # phrase), "Inès, en présence de sa mère : « … »" (a first name and the circumstances)
    return re.compile(rf"^(?:(?P<np>(?:{articles})\s*[a-zéèêàâîôûç][\w'’-]*(?:\s+[a-zéèêàâîôûç][\w'’-]*){{0,3}}?)"
                      rf"|(?P<name>{_WORD}))"
                      r"(?:\s*,\s*(?P<circ>[a-zéèêàâîôûç][^,:«»]{2,80}))?\s*:\s*$")


def label_lead(lead: str, gazetteer) -> dict | None:
    """Attrs of the person a verbless label opening the quotation's paragraph names (``lead``: the
    paragraph up to the quotation), as the reported-words field of a social or medical report sets
    each person's words: "La mère : « … »" (a relative: role ``colon_subject_kinship_role``),
    "L'infirmière scolaire, jointe par téléphone : « … »" (a function with a definite article: its
    role), both read as speech ("_label") with no speaker, as the sets annotate a function-only
    quote lead (round 43's "Le patient : « … »"); "Inès, en présence de sa mère : « … »" (a first
    name, the circumstances after it: the name speaks); None for anything else (a field's name
    "Motif : « … »" has no circumstances, "Une IDE :" no definite article)."""
    sentence = lead.strip()
    m = _label_lead(id(cv.language_data())).match(sentence)
    if m is None:
        return None
    if m.group("name"):
        if not m.group("circ") or gazetteer.find(m.group("name")) or _opener_before_name(m.group("name") + " x") \
                or m.group("name") in cv.language_data().get("not_names", []) \
                or cv.SPEECH_VERB_ANY.search(m.group("circ")):
            return None  # ("Perdu, le médecin répond :": a sentence, its first word no name)
        return {"speaker": m.group("name"), "role_raw": "", "role": "inconnu", "region": "", "place": "",
                "attr_source": "attribution"}
    np = " ".join(m.group("np").split())
    if cv.SPEECH_VERB_ANY.search(np):
        return None  # "L'infirmière de nuit témoigne :": a sentence, its subject a function (colon_subject)
    kin_word = re.compile(rf"(?i:{cv._flex_alt(cv.language_data().get('colon_subject_kinship_nouns', [])) or '(?!)'})$")
    noun = re.split(r"['’\s]", np, maxsplit=1)[-1].strip()
    if kin_word.match(noun):
        return {"speaker": "", "role_raw": np, "role": cv.language_data().get("colon_subject_kinship_role", "autre"),
                "region": "", "place": "", "attr_source": "attribution", "_label": True}
    # (a function of the vocabulary, or a trade outside it: "L'assistante sociale du collège")
    if not cv.PERSON_NOUN.search(noun.split()[0] if noun else "") and not names_a_profession(np):
        return None
    role, region, place = describe(np, gazetteer)
    if role in ("", "inconnu"):
        return None
    return {"speaker": "", "role_raw": np, "role": role, "region": region, "place": place, "attr_source": "attribution",
            "_label": True}


def kin_reference(attr: str) -> dict | None:
    """Attrs of a parenthesis after a quotation that designates a relative by the first name of
    the person cared for ("(mère d'Enzo, 7 ans)": the age is the child's) or by someone unnamed
    ("(mère d'un élève de CE1)": no speaker): that relative speaks, with the role of a relative
    (``colon_subject_kinship_role``); None for anything else."""
    m = _kin_reference(id(cv.language_data())).match(attr)
    if m is None:
        return None
    return {"speaker": " ".join((m.group("np") or "").split()), "role_raw": attr.strip(),
            "role": cv.language_data().get("colon_subject_kinship_role", "autre"),
            "region": "", "place": "", "attr_source": "attribution"}


def _opener_before_name(name: str) -> bool:
    """The two words read as a name open on an adjective or adverb that opens sentences, never a
    name (lang/fr attributions.yaml name_openers: "Seule Anne-Sophie", "Enfin Maëlle")."""
    first, _, rest = name.partition(" ")
    return bool(rest) and first in cv.language_data().get("name_openers", [])


def _view_opener(name: str) -> bool:
    """The two words read as a name open on a preposition that gives the view of the person after it
    (lang/fr attributions.yaml view_openers: "Pour Sandrine, puéricultrice …, les clowns sont … :")."""
    first, _, rest = name.partition(" ")
    return bool(rest) and first in cv.language_data().get("view_openers", [])


def _names_a_trade(app: str) -> bool:
    """The apposition's first field names what the person does, a trade outside the vocabulary too
    ("conseiller principal d'éducation"), not an age or a seniority."""
    fields = description_fields(app)
    first = fields[0] if fields else ""
    return bool(first) and normalize_role(first) == "autre" \
        and (bool(cv.PERSON_WORDS.search(first)) or names_a_profession(first))


def _last_period(text: str) -> int:
    """Index of the last period that ends a sentence in ``text`` (before a space), -1 when none; not the
    period of a civility opening the subject ("M. Adam, conseiller principal d'éducation, a remarqué … :",
    s33-segr57b)."""
    civilities = {w.lower().rstrip(".") for w in cv.language_data().get("civilities", [])}
    for m in reversed(list(re.finditer(r"\. ", text))):
        word = text[:m.start()].split()[-1:] or [""]
        if word[0].lower() not in civilities:
            return m.start()
    return -1


def colon_subject(lead: str, gazetteer) -> dict | None:
    """Attrs of the person the sentence before a quotation's colon opens on (``lead``: the text of
    the paragraph up to the quotation), else None."""
    cut = max(_last_period(lead.rstrip()), lead.rfind("? "), lead.rfind("! "), lead.rfind("\n"))
    sentence = lead[cut + 1:].strip() if cut >= 0 else lead.strip()
    if not sentence.endswith(":") or any(q in sentence for q in "«»\"“”()") or names_a_text(sentence) \
            or re.search(r"\b1[89]\d\d\b|\b20\d\d\b", sentence):  # "Pierre Bourdieu (1980) écrit :": the literature
        return None
    m = _lead(id(cv.language_data())).match(sentence)
    if m is not None and m.group("app") and "," in m.group("app") and "," in sentence[m.end("app") + 1:]:
        m = None  # "Dr L., généraliste, 61 ans, exercice isolé, Vesoul :": a profile's fields, no verb after them
    if m is not None and m.group("name") in cv.language_data().get("name_openers", []):
        m = None  # "Enfin, membre de la commission …, la représentante … insiste :": an adverb, no name (s51)
    opener = m is not None and _opener_before_name(m.group("name"))
    # a first name alone is a person when an apposition describes one ("Lucia, 74 ans, habitante de …,")
    presented = m is not None and bool(m.group("app")) and describes_person(m.group("app").strip())
    if m is not None and not opener and _view_opener(m.group("name")):
        # s33-segr57b: "Pour Sandrine, puéricultrice …, les clowns sont devenus … :": the person whose view the
        # sentence gives, when an apposition presents them ("Pour Noël, les enfants ont chanté :" names no one)
        opener = presented
        if not presented:
            m = None
    if m is not None and not opener and (not m.group("civ") and not cv.NAME.fullmatch(m.group("name"))  # "Paris", one word alone
                          and not presented
                          or m.group("det") and not (m.group("func") and cv.PERSON_NOUN.search(m.group("func")))
                          or gazetteer.find(m.group("name"))):
        m = None  # (a determiner before no function: "Le matin X …")
    if m is None:
        rel = _relative(id(cv.language_data())).search(sentence)
        if rel is not None and not gazetteer.find(rel.group("name")):
            civ, name = rel.group("civ"), rel.group("name")
            role = normalize_role(civ)
            return {"speaker": f"{civ.capitalize() if civ.islower() else civ} {name}" if not cv.NAME.fullmatch(name) else name,
                    "role_raw": "", "role": role if role not in ("", "autre") else "inconnu", "region": "", "place": "",
                    "attr_source": "attribution"}
        kin = _kin(id(cv.language_data())).match(sentence)
        if kin is None:
            return None
        if withholds_role(sentence):
            # "Une femme assise à côté de lui, qui n'a pas souhaité préciser sa profession, tempère :"
            return {"speaker": "", "role_raw": sentence.rstrip(" :"), "role": "inconnu", "region": "", "place": "",
                    "attr_source": "attribution"}
        # a relative of the person cared for, named by kinship: not a professional (a reader's "autre")
        return {"speaker": "", "role_raw": kin.group("np"), "role": cv.language_data().get("colon_subject_kinship_role", "autre"),
                "region": "", "place": "", "attr_source": "attribution"}
    name, civ = m.group("name"), m.group("civ")
    if opener:
        name = name.partition(" ")[2]  # "Seule Anne-Sophie y participait : « … »": the first word is no name's
        if gazetteer.find(name):
            return None
    speaker = f"{civ.capitalize() if civ.islower() else civ} {name}" if civ and not cv.NAME.fullmatch(name) else name
    descs = [m.group("app"), m.group("det") and f"{m.group('det')} {m.group('func')}", m.group("front")]
    role, region, place = "inconnu", "", ""
    for desc in descs:
        if desc and describes_person(desc.strip()):
            r, rg, pl = describe(desc.strip(), gazetteer)
            if r not in ("", "autre", "inconnu"):
                role, region, place = r, rg, pl
                break
    if role == "inconnu" and civ and normalize_role(civ) not in ("autre", "inconnu"):
        # "le Dr Pascal Mercier, président de la CPTS …, a expliqué :": a function that names no trade,
        # the civility a physician (roles.yaml weak tier), as for "le docteur" alone (s23)
        role = normalize_role(civ)
    elif role == "inconnu" and m.group("app") and (AGE.search(m.group("app"))
                                                   or cv.SCHOOL_CLASS_FIELD.match(m.group("app").strip())):
        # "Madame B., 34 ans, mère de deux enfants, décrit …": presented by an age, not a profession; or by
        # a school class ("Théo, en terminale STMG, a une autre explication :", s33-segr57b)
        role = cv.language_data().get("presented_age_only_role", "autre")
    elif role == "inconnu" and m.group("app") and _names_a_trade(m.group("app")):
        # s33-segr57b: "M. Adam, conseiller principal d'éducation, a remarqué … :": a trade outside the
        # vocabulary that the apposition gives (a reader's "autre"), not a voice of no role (a seniority
        # alone, "installée depuis six ans", leaves the role to the study's)
        role = "autre"
    elif role == "inconnu" and any(d and names_a_trade(d.strip()) and normalize_role(d.strip()) == "autre" for d in descs[1:]):
        # "Le chef d'atelier, Bruno Grenard, a suivi … :": a trade outside the vocabulary before the name (s44)
        role = "autre"
    return {"speaker": speaker, "role_raw": next((x.strip() for x in descs if x), ""), "role": role,
            "region": region, "place": place, "attr_source": "attribution"}


def _presented(name: str, before: str, gazetteer) -> dict | None:
    """Attrs of a first name the text before presented, with an initial or a surname perhaps, then
    what the person is ("Enfant concerné : Inès K., 6 ans, scolarisée en CP"): the name as presented
    speaks; an age and nothing of a trade, ``presented_age_only_role``. None when never presented."""
    found = None
    for found in re.finditer(rf"(?<![\w-]){re.escape(name)}(?P<rest>\s+(?:[A-ZÉÈ]\.|{_WORD}))?\s*,\s*"
                             r"(?P<desc>[^,;:«»()]{2,60})", before):
        pass
    if found is None:
        return None
    desc = found.group("desc").strip()
    role, region, place = describe(desc, gazetteer)
    if role in ("", "inconnu") and AGE.match(desc):
        role = cv.language_data().get("presented_age_only_role", "autre")
    return {"speaker": name + (found.group("rest") or ""), "role_raw": desc, "role": role, "region": region,
            "place": place, "attr_source": "attribution"}


def colon_subject_call(lead: str, quote: str, call, gazetteer, above: str = "", study: bool = False,
                       before: str = ""):
    """``call`` with the speaker colon_subject reads in ``lead`` (or, the quotation opening its
    line, in the line ``above``) when its reading named nobody; a quotation read as no one's
    words becomes this person's when it holds a sentence (``colon_subject_min_words``); a relative's
    named by kinship only in a study's text (``study``: a memoir or a thesis quoting its informants)."""
    from .quotes import QuoteCall

    if not lead.strip() and above.rstrip().endswith(":"):
        lead = above  # a block quotation under its lead-in: "Le Dr Lemasson, …, reconnaît … :"
    if call.attrs.get("speaker") or "person" in call.attrs or call.attrs.get("_pronoun"):
        return call
    if not call.verbatim and len(quote.split()) < MIN_WORDS:
        return call  # "Le Dr X a coché : « non »": a word, not a turn of speech
    # (after another quotation on the same line, the label opens where it closed: two fields of
    # reported words the extraction ran together, "… : « … » L'infirmière scolaire, … : « … »")
    own = lead[lead.rfind("»") + 1:]
    found = label_lead(own, gazetteer) if ":" in own[-3:] and len(own) < 120 else None
    if found and found["role"] == "inconnu" and before:
        # "Inès, en présence de sa mère :" after "Enfant concerné : Inès K., 6 ans, …": as presented
        found = _presented(found["speaker"], before[:len(before) - len(lead)], gazetteer) or found
    found = found or colon_subject(lead, gazetteer)
    if found is None:
        return call
    attrs = {**call.attrs, "speaker": found["speaker"]}
    if call.attrs.get("role") in (None, "", "autre", "inconnu") and found["role"] != "inconnu":
        attrs.update({k: found[k] for k in ("role_raw", "role", "region", "place")})
    # a relative named by kinship alone makes no speech of what no reader took as such (a teaching
    # case's "Sa fille, jointe par téléphone, ajoute : « … »"): who it would be, if a later reader does
    return QuoteCall(call.verbatim or bool(found["speaker"]) or study or bool(found.get("_label")), attrs,
                     call.attribution)
