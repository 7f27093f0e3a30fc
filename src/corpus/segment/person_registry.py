"""Persons a document introduces once and then refers to by a shorter or odder form (issue #14).

An article, a thesis or a report presents a person once, with what they do ("Élodie (infirmière
libérale, 38 ans) tient un cahier …", "Marie-Josée Hoarau, dite « Zozo », aide-soignante …") or
gives participants codes ("Ils sont désignés MG1 à MG12", "D4-MG est le médecin de la dyade 4"),
then quotes them under the short form: the first name alone ("Élodie ajoute : « … »"), the
nickname ("« … », explique Zozo"), the code inside the quotation before its closing mark ("« …
c'est tout [MG5] »") or in parentheses after it ("« … » (D4-MG)"). This module builds, from the
document itself, a registry of those persons (every form -> the speaker as the annotation writes
them: the name of the first mention, or the code, with the role and place the description gives)
and resolves the quotations the other readers left without a speaker.

Only attributes change (a pass over the finished segments), and only for speech items without a
speaker: a capitalised word before or after a quotation is a person only when the document
introduced it as one (a name with a description of a person, a nickname word) and a code only
when the document uses that code shape more than once (a chemical formula in passing is no code).
Words: ``nickname_words`` (lang/fr/person_registry.yaml) and the ``introducers`` ("Pour X, « … »").
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from . import conventions as cv
from .attributions import describe, describes_person
from .preceding_sentences import authors_named, naming_clause
from .roles import letters_role, names_a_profession, normalize_role, unidentified
from .scan_patterns import standalone_mentions

UNDESCRIBED = ("", "inconnu")
# a name as a person is written at first mention: a capitalised word (hyphenated or not), a second
# one for the family name
_WORD = r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)?"
PERSON_NAME = rf"(?P<name>{_WORD}(?:\s+{_WORD})?)"
CLOSING = "»”\""


@lru_cache(maxsize=4)
def _patterns(key: int) -> dict[str, re.Pattern]:
    d = cv.language_data()
    not_names = "|".join(d.get("not_names", [])) or "(?!)"
    nick = cv._flex_alt(d.get("nickname_words", [])) or "(?!)"
    introducers = cv._flex_alt(d.get("introducers", [])) or "(?!)"
    civilities = "|".join(re.escape(w) for w in d.get("name_civilities", [])) or "(?!)"
    code = rf"(?:{cv.PARTICIPANT_CODE})(?:-[A-Z]{{1,4}}\d{{0,3}})*"
    return {
        # "Élodie (infirmière libérale, 38 ans)"
        "described": re.compile(rf"(?<![\w-])(?!(?:{not_names})\b){PERSON_NAME}\s*\((?P<desc>[^()]{{3,90}})\)"),
        # "Marie-Josée Hoarau, dite « Zozo », aide-soignante …"; "Nathalie Payet, infirmière, que tout
        # le service surnomme « la Chef »"
        "nicknamed": re.compile(rf"(?<![\w-])(?!(?:{not_names})\b){PERSON_NAME}\s*,(?P<between>[^.;«»]{{0,80}}?)"
                                rf"\b(?:{nick})\s*«\s*(?P<nick>[^«»]{{1,30}}?)\s*»(?:\s*,\s*(?P<desc>[^,.;«»]{{3,90}}))?"),
        "code": re.compile(rf"(?<![\w-])(?P<code>{code})(?![\w-])"),
        # "… c'est tout [MG5] »": the code inside the quotation before its closing mark
        "inner_code": re.compile(rf"\[\s*(?P<code>{code})\s*\]\s*[.!?…]?\s*[{CLOSING}]?\s*$"),
        # "« … » (D4-MG)", "« … » [C3 ; coordinatrice ; Nièvre]": the code alone in the parenthesis
        # after it, or opening the brackets (a code then a profession in parentheses, "(FG1,
        # infirmière)", the other readers already read: a group's number is nobody)
        "after_code": re.compile(rf"^\s*[{CLOSING}]?\s*(?:\(\s*(?P<code>{code})\s*\)|\[\s*(?P<bcode>{code})\s*(?:[;,][^\[\]]{{0,80}})?\])"),
        # s29-segr50a: the first element of the parenthesis crediting a quotation, right after it or
        # after an incise ("« … » (SF-L3, libérale, Bastia)", "« … », expliquait un autre patient
        # (Patient 2, homme, 64 ans)"): a code of any shape when the document repeats it (_credit_codes)
        "credit": re.compile(rf"[{CLOSING}](?:\s*,[^()«»\n.;:!?]{{0,60}}?)?\s*\(\s*(?P<first>[^(),;\n]{{1,24}}?)\s*[,)]"),
        "credit_after": re.compile(rf"^\s*[{CLOSING}]?(?:\s*,[^()«»\n.;:!?]{{0,60}}?)?\s*\(\s*(?P<first>[^(),;\n]{{1,24}}?)\s*[,)]"),
        # a range of codes the methods name ("(SF-L1 à SF-L6)", "patients 1 à 12"): the series' shape
        "range": re.compile(rf"(?<![\w-])(?P<first>[A-Za-zÉé][\w.°-]*?\s?\d{{1,3}})\s*(?:{cv.word_forms('range_words')}|[-–])\s*"
                            rf"(?P<last>[A-Za-zÉé][\w.°-]*?\s?\d{{1,3}})(?![\w-])"),
        "references": re.compile(rf"(?:{cv._flex_alt(d.get('credit_reference_words', []))})\.?", re.IGNORECASE),
        # a subject of a few words, then a code alone in parentheses, then the clause up to its colon
        "subject_code": re.compile(r"^(?:[^\s():«»]+\s+){0,3}[^\s():«»]+\s*\(\s*(?P<code>[^()]{1,24}?)\s*\)[^():«»]{0,120}:$"),
        "introducer": re.compile(rf"^(?:{introducers})\s+(?P<who>.+?)\s*,\s*$", re.IGNORECASE),
        # s25-segattr6: "autour de Farid, slameur, et de Mélanie, infirmière du centre.": a first name
        # alone after a lower-case word (not a family name's second word), an apposition of what the
        # person does (checked: attributions.describes_person), then a comma or the sentence end
        # (s34-segr59a: or after the colon opening a list of them, "deux aides-soignantes : Nadia, aide-
        # soignante en EHPAD, et Inès, …")
        "apposed": re.compile(rf"(?<![\w'’-])(?:[a-zà-ÿ][a-zà-ÿ-]*\s+|[dl]['’]|:\s+)(?!(?:{not_names})\b)(?P<name>{_WORD})\s*,\s*"
                              rf"(?P<desc>[^,.;:!?«»()\n]{{3,80}}?)\s*(?=[,.;)]|$)"),
        # s31-segr56b: "Ce mois-ci, Nathalie Caron, secrétaire médicale en cardiologie, et Kévin Delplace,
        # brancardier, ont échangé …": a first name and a family name, then what the person does up to a
        # comma or the sentence end (a standfirst presenting the persons an article then calls by their
        # first name: "…, sourit Nathalie")
        "full_apposed": re.compile(rf"(?<![\w'’-])(?!(?:{not_names})\b)(?P<name>{_WORD}\s+{_WORD})\s*,\s*"
                                   rf"(?P<desc>[^,.;:!?«»()\n]{{3,80}}?)\s*(?=[,.;)]|$)"),
        # "Mme Colette Bernardin, demeurant à Cuisery, plaignante ;": a civility, a full name and what
        # the person does up to the end of the list item or sentence (the civility makes it a person)
        "civil_named": re.compile(rf"(?<![\w-])(?P<civ>{civilities})\s+(?P<name>{_WORD}\s+{_WORD})\s*,\s*"
                                  rf"(?P<desc>[^;.\n«»()]{{3,90}}?)\s*(?=[;.\n()]|$)"),
        # s34-segr60b: "Présents : M. Olivier Garnier (parent, section des grands) ; Dr Claire Vasseur
        # (pédiatre, médecin de la crèche)": a civility, a full name and what the person does in
        # parentheses; the minutes then write "M. Garnier : « … »"
        "civil_described": re.compile(rf"(?<![\w-])(?P<civ>{civilities})\s+(?P<name>{_WORD}\s+{_WORD})\s*"
                                      rf"\((?P<desc>[^()«»\n]{{3,90}})\)"),
        # s34-segr60b: "Infirmière Asalée du cabinet : Joëlle Nagau.": a field whose label says what the
        # person does, its value a full name alone (perhaps a civility before it), up to the field's end
        "fielded": re.compile(rf"(?:^|(?<=[.;]\s)|(?<=\n))[ \t]*(?P<desc>[A-ZÀ-ÖØ-Þ][^:;.\n«»()]{{2,60}}?)[ \t]*:[ \t]*"
                              rf"(?:(?:{civilities})\s+)?(?P<name>{_WORD}\s+{_WORD})[ \t]*(?=[.;]\s|[.;]?[ \t]*(?:\n|$))",
                              re.MULTILINE),
    }


def renames_persons(texts) -> bool:
    """Whether a line of the text says its informants bear other first names ("les prénoms ont
    été modifiés"): ``renamed_person_phrases``."""
    phrases = cv._flex_alt(cv.language_data().get("renamed_person_phrases", []))
    return bool(phrases) and any(re.search(rf"(?<![\w-])(?:{phrases})(?![\w-])", t) for t in texts)


def _common_word(word: str, text: str) -> bool:
    """A capitalised word the text also writes in lower case, or a determiner or a pronoun of the
    language data ("Certains ajoutent : « … »"): no first name."""
    d = cv.language_data()
    closed = {w.lower() for key in ("determiners", "subject_pronouns", "not_names") for w in d.get(key, [])}
    lower = word.lower()
    if lower in closed:
        return True
    # the whole word (no word character or hyphen either side) by plain substring search: a regex
    # over a 464-page text costs ~40 ms a word, the substring ~1 ms (\w is isalnum() or "_")
    at = text.find(lower) if text else -1
    while at >= 0:
        before, after = text[at - 1:at] if at else "", text[at + len(lower):at + len(lower) + 1]
        if not any(c and (c.isalnum() or c in "_-") for c in (before, after)):
            return True
        at = text.find(lower, at + 1)
    return False


def lone_first_name(who: str, gazetteer, text: str = "") -> str:
    """The first name a speech verb's subject or complement is when it is a lone capitalised word,
    perhaps followed by lower-case words ("Sandra", "Zozo en coupant le moteur"), else ''; not a
    place, not a word a sentence opens with (``not_names``)."""
    m = re.match(rf"\s*(?P<w>{_WORD})(?:\s+[a-zà-ÿ][^A-ZÀ-Þ]*)?\s*$", who or "")
    if m is None:
        return ""
    word = m.group("w")
    not_names = cv.language_data().get("not_names", [])
    if any(re.fullmatch(n, word, re.IGNORECASE) for n in not_names) or (gazetteer is not None and gazetteer.find(word)) \
            or _common_word(word, text):
        return ""
    return word


def person_before(before: str, registry: dict[str, dict], renamed: bool, gazetteer, text: str = "") -> dict | None:
    """The person the clause before a quotation opens with, when the clause ends on a colon ("Wilner
    explique :", "D2-P raconte :", "Bastien (pharmacien, 45 ans) y voit une limite :") or is an
    introducer and the person ("Pour Yannick,"): a form of the document's registry, or, in a text
    whose informants bear other first names (``renamed``), a lone first name; None otherwise."""
    lead = before.strip()
    cut = max(lead.rfind(". "), lead.rfind("? "), lead.rfind("! "))
    lead = lead[cut + 2:] if cut >= 0 else lead
    if not lead.endswith((":", ",")):
        return None
    pats = _patterns(id(cv.language_data()))
    intro = pats["introducer"].match(lead)
    if intro is not None:
        clause = intro.group("who")
        m = re.fullmatch(r"\s*(?P<who>\S+)\s*", clause)
    elif lead.endswith(":"):
        m = re.match(r"\s*(?P<who>[^\s(]+)(?:\s*\([^()]{1,90}\))?\s+[a-zà-ÿ][^:«»\"“”]{0,80}:$", lead)
    else:
        m = None
    if m is None:
        return None
    who = m.group("who").strip(",")
    if who in registry:
        return {**registry[who], "attr_source": "attribution"}
    name = lone_first_name(who, gazetteer, text) if renamed else ""
    return {"speaker": name, "role_raw": "", "role": "inconnu", "region": "", "place": "",
            "attr_source": "attribution"} if name else None


def _skeleton(code: str) -> str:
    """"D4-P" -> "D#-P": the codes of one kind of participant."""
    return re.sub(r"\d+", "#", code)


def _series(code: str) -> str:
    """"E7-IDE-35" -> "E#": the codes of one series, whatever follows their number."""
    return _skeleton(re.split(r"(?<=\d)-", code)[0])


# an element that may be a code: a capital first, then letters, digits, hyphens, points, a degree
# sign, at most two words, with a number of at most three digits ("SF-L3", "Patient 12", "IDE2",
# "K.lib.2"); a year ("Dupont 2019"), an equation ("n = 12") or a lower-case reference ("p. 12") is none
CREDIT_ELEMENT = re.compile(r"[A-ZÉÈ][\w.°-]*(?:\s[\w.°-]+)?")


def _credit_shape(first: str) -> str:
    """"SF-L3" -> "A-A#", "Patient 12" -> "Patient #", "IDE2" -> "A#": what the codes of one
    series share (capitals and numbers vary, a participant word stays)."""
    return re.sub(r"[A-ZÉÈ]+(?![a-zà-ÿ])", "A", re.sub(r"\d+", "#", first))


def _credit_element(first: str, gazetteer) -> bool:
    """Whether the first element of a credit parenthesis may be a speaker's code: the code shape
    (CREDIT_ELEMENT) with a number, not a reference word (``credit_reference_words``), not a group
    session's code (``group_codes``), not a place."""
    first = first.strip()
    if not CREDIT_ELEMENT.fullmatch(first) or not re.search(r"\d", first) or re.search(r"\d{4}", first):
        return False
    if _patterns(id(cv.language_data()))["references"].fullmatch(cv.fold(re.split(r"[\s\d]", first)[0])):
        return False
    if cv.GROUP_CODE.match(first):
        return False  # "(FG1, infirmière)": a group session, whose member the rest describes
    letters = re.sub(r"[\s\d.°_-]+", " ", first).strip()
    return not (gazetteer is not None and letters and any(b - a == len(letters) for a, b, _ in gazetteer.find(letters)))


def _credit_codes(text: str, gazetteer) -> set[str]:
    """The first elements of the parentheses that credit the document's quotations when they are
    codes: of a shape the document uses for two quotations' different speakers or more ("(SF-L3,
    libérale, Bastia)", "(SF-H1, maternité de Bastia)"), or of a series its methods name ("SF-L1 à
    SF-L6"), whatever the shape (s29-segr50a). One credit of its shape alone is left: it may be a
    reference ("(Rapport 2, p. 4)")."""
    pats = _patterns(id(cv.language_data()))
    firsts = {m.group("first").strip() for m in pats["credit"].finditer(text)}
    firsts = {f for f in firsts if _credit_element(f, gazetteer)}
    if not firsts:
        return set()
    shapes = Counter(_credit_shape(f) for f in firsts)
    named = {_credit_shape(m.group("first")) for m in pats["range"].finditer(text)
             if _credit_shape(m.group("first")) == _credit_shape(m.group("last"))}
    return {f for f in firsts if shapes[_credit_shape(f)] >= 2 or _credit_shape(f) in named}


def build_registry(text: str, gazetteer) -> dict[str, dict]:
    """Every form the document gives a person -> their attributes (speaker, role_raw, role, region,
    place); a form two persons share (two Maries) is dropped."""
    pats = _patterns(id(cv.language_data()))
    found: dict[str, list[dict]] = {}

    def add(form: str, attrs: dict) -> None:
        form = form.strip()
        if form and attrs["speaker"] not in {a["speaker"] for a in found.get(form, [])}:
            found.setdefault(form, []).append(attrs)

    def person(name: str, desc: str) -> dict:
        role, region, place = describe(desc, gazetteer) if desc else ("", "", "")
        return {"speaker": name, "role_raw": desc if role not in UNDESCRIBED else "", "role": role,
                "region": region, "place": place}

    for m in pats["described"].finditer(text):
        name, desc = m.group("name"), m.group("desc").strip()
        if gazetteer.find(name) or not describes_person(desc):
            continue  # "Morez (Jura)": a place
        attrs = person(name, desc)
        add(name, attrs)
        add(name.split()[0], attrs)  # referred to again by the first name alone
    for m in pats["nicknamed"].finditer(text):
        name = m.group("name")
        if gazetteer.find(name):
            continue
        between = m.group("between").strip(" ,")
        desc = next((d for d in (between, (m.group("desc") or "").strip()) if d and describes_person(d)), "")
        attrs = person(name, desc)
        add(name, attrs)
        add(m.group("nick"), {**attrs, "nickname": m.group("nick")})
    for m in pats["apposed"].finditer(text):
        name, desc = m.group("name"), m.group("desc").strip()
        if gazetteer.find(name) or not describes_person(desc) or _common_word(name, text) or naming_clause(desc):
            continue  # "à Lens, ville minière": a place; "de Puis, …": a word; "à Condat, que j'appellerai …"
        add(name, person(name, desc))
    for named in authors_named(text, gazetteer):
        # s34-segr59a: "Le médecin installé au bourg, que j'appellerai le Dr Morel, ne …": the pseudonym,
        # with the description before it (preceding_sentences.author_named)
        add(named["speaker"], {k: named[k] for k in ("speaker", "role_raw", "role", "region", "place")})
    for m in pats["full_apposed"].finditer(text):
        name, desc = m.group("name"), m.group("desc").strip()
        if _conjoined(desc):
            continue  # "La coordinatrice, Amandine Levasseur, et le maire, Pascal Verdier, …": the next person
        if re.search(r"[A-ZÀ-ÖØ-Þ][\w'’-]*\s+$", text[max(0, m.start() - 40):m.start()]) or gazetteer.find(name) \
                or gazetteer.find(name.split()[0]) or not (describes_person(desc) or names_a_profession(desc)):
            continue  # the end of a longer capitalised run ("Centre Hospitalier Nord, …"), a place
        attrs = person(name, desc)
        add(name, attrs)
        add(name.split()[0], attrs)  # called again by the first name alone
    for m in (*pats["civil_named"].finditer(text), *pats["civil_described"].finditer(text)):
        name = m.group("name")
        if gazetteer.find(name):
            continue
        # "le Dr Perrin indique …" after "le Dr Alain Perrin, médecin généraliste à Tournus": the
        # civility and surname stand for the full name (civility dropped, as the annotation writes it)
        attrs = person(name, m.group("desc").strip())
        add(f"{m.group('civ')} {name.split()[-1]}", attrs)
        # s34-segr60b: "Maître de stage : Dr Myriam Bélénus, médecin généraliste." then "Myriam m'a dit :
        # « … »": the first name alone stands for the full name too
        add(name.split()[0], attrs)
    for m in pats["fielded"].finditer(text):
        name, desc = m.group("name"), m.group("desc").strip()
        if gazetteer.find(name) or gazetteer.find(name.split()[0]) or not names_a_profession(desc) \
                or normalize_role(desc) in UNDESCRIBED + ("autre",):
            continue  # "Lieu : Saint-Pierre", a label that says no trade ("Contact : Anne Morel")
        attrs = person(name, desc)
        add(name, attrs)
        add(name.split()[0], attrs)
    for name in (n for n in recurring_subjects(text, gazetteer)
                 if not any(f == n or f.startswith(n + " ") for f in found)):  # (not "Monique" of "Monique L.")
        # s54: "Sylvie ouvre les volets …", "Sylvie appelle le SSIAD …", "Sylvie rit et répond … :": a
        # first name the text makes the subject of its sentences again and again, a person it follows
        add(name, {"speaker": name, "role_raw": "", "role": "", "region": "", "place": ""})
    codes = [m.group("code") for m in pats["code"].finditer(text)]  # one scan (~0.25 s CPU on a 464-page thesis)
    shapes = Counter(_series(code) for code in codes)
    for code in codes:
        if shapes[_series(code)] >= 2:  # a shape the document uses as codes
            add(code, {"speaker": code, "role_raw": "", "role": "", "region": "", "place": ""})
    for code in _credit_codes(text, gazetteer):
        add(code, {"speaker": code, "role_raw": "", "role": "", "region": "", "place": ""})
    out = {}
    for form, attrs in found.items():
        if len(attrs) == 2 and {a["speaker"] for a in attrs} & {form}:
            # s34-segr60b: "Infirmière Asalée : Joëlle Nagau." then "Matinée avec Joëlle, qui suit …": the
            # first name described again alone is the one full name that opens with it
            full = [a for a in attrs if a["speaker"] != form]
            if full[0]["speaker"].split()[0] == form:
                attrs = full
        if len(attrs) == 1:
            out[form] = attrs[0]
    return out


MIN_SUBJECT_SENTENCES = 3  # one or two may be a brand, a title or a word opening a sentence
# a capitalised word opening a sentence (a line, or after a sentence's end), then a word in small letters
# (not a noun and its complement or its article: "Apparition d'un panneau", "Point de situation")
_SUBJECT = re.compile(r"(?:^|(?<=[.!?»]\s)|(?<=\]\s))(?P<name>[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]{2,}(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)?)"
                      r"\s+(?!(?:de|du|des|d['’]|la|le|les|l['’]|à|au|aux|en|et|ou|pour|par|sur|avec|sans)\b)(?=[a-zà-öø-ÿ])",
                      re.MULTILINE)


def recurring_subjects(text: str, gazetteer) -> list[str]:
    """First names the text opens at least MIN_SUBJECT_SENTENCES sentences with, each followed by a
    word in small letters (their verb), never written in small letters themselves (not a common word
    opening a sentence: "Depuis", "Cette"), no place, no word of ``not_names``."""
    found = list(_SUBJECT.finditer(text))
    counts = Counter(m.group("name") for m in found)
    # inside a paragraph, after another sentence: not a line's first word (a heading, a field's label:
    # "Parole d'acteur", "Questionnaire n° 12")
    inside = Counter(m.group("name") for m in found if m.start() > 0 and text[m.start() - 1] != "\n")
    not_names = {w.lower() for w in cv.language_data().get("not_names", [])}
    out = []
    words = None  # every word of the text as written (runs of letters, digits and hyphens), read once
    for name, n in sorted(counts.items()):
        if n < MIN_SUBJECT_SENTENCES or inside[name] < MIN_SUBJECT_SENTENCES - 1 or name.lower() in not_names \
                or gazetteer.find(name):
            continue
        words = set(re.findall(r"[\w-]+", text)) if words is None else words
        if name.lower() in words \
                or re.search(rf"(?<![\w-]){re.escape(name)}\s*(?::|n°|\d)", text) \
                or re.search(rf"(?<![\w-]){re.escape(name)}\s+[A-ZÀ-ÖØ-Þ]", text):
            continue  # a word of the language opening a sentence; a label; a fuller name the text gives ("Monique L.")
        out.append(name)
    return out


def _lead(text: str, start: int) -> str:
    """The clause before a quotation, from the last sentence end on its line."""
    line_start = text.rfind("\n", 0, start) + 1
    lead = text[line_start:start]
    if not lead.strip() and line_start > 1 and text[:line_start].rstrip().endswith(":"):
        lead = text[text.rfind("\n", 0, line_start - 1) + 1:line_start].rstrip()  # the line introducing it
    cut = max(lead.rfind(". "), lead.rfind("? "), lead.rfind("! "), lead.rfind("» "))
    return lead[cut + 2:] if cut >= 0 else lead


def _incise(text: str, end: int) -> str:
    """The words after a quotation up to the sentence end on its line ("…, raconte Sandra.")."""
    line_end = text.find("\n", end)
    after = text[end:line_end if line_end >= 0 else len(text)]
    m = re.match(r"^\s*[»”\"]?\s*,\s*([^.!?«»]{0,80})", after)
    return m.group(1) if m else ""


def _incise_verb(pattern: str, incise: str) -> re.Match | None:
    """``pattern`` matched at the incise after a quotation, unless its first word is a conjunction
    that opens a clause of its own ("la procédure « … », que Nathalie trouve désormais « … »": what
    she thinks of the text, not her words; embedded_quotes.yaml ``reported_speech_connectors``;
    s31-segr56b)."""
    first = incise.split(None, 1)[0].lower() if incise.strip() else ""
    if first and first in {w.lower() for w in cv.language_data().get("reported_speech_connectors", [])}:
        return None
    return re.match(pattern, incise)


def _form_in(clause: str, registry: dict[str, dict], at_start: bool) -> dict | None:
    """The one registry person the clause names (a form as a whole word), at its start when
    ``at_start`` (the subject: "Bastien (pharmacien, 45 ans) y voit …", "Élodie ajoute :")."""
    hits = {}
    for form, attrs in registry.items():
        pat = rf"(?<![\w-]){re.escape(form)}(?![\w-])"
        m = re.match(rf"\s*{pat}", clause) if at_start else re.search(pat, clause)
        if m:
            hits[attrs["speaker"]] = attrs
    return next(iter(hits.values())) if len(hits) == 1 else None


def code_inside(inner: str, registry: dict[str, dict]) -> dict | None:
    """The registry code a quotation closes on inside its guillemets ("… c'est tout [MG5]"), or None."""
    m = _patterns(id(cv.language_data()))["inner_code"].search(inner.rstrip())
    return {**registry[m.group("code")], "attr_source": "attribution"} if m and m.group("code") in registry else None


def apposed_first_name(lead: str, gazetteer, text: str = "") -> str:
    """The first name set between commas after a description of a person, in a clause leading to a
    quotation ("L'infirmière libérale qui le suit depuis six ans, Sandrine, ajoute :"), or ''."""
    m = re.search(rf",\s*(?P<w>{_WORD})\s*,\s*[a-zà-ÿ][^,:«»]{{0,60}}:$", lead.strip())
    if m is None or not cv.PERSON_NOUN.search(lead[:m.start()]):
        return ""
    return lone_first_name(m.group("w"), gazetteer, text)


def registered_person(text: str, a: int, b: int, registry: dict[str, dict], renamed: bool, gazetteer,
                      plain: str = "") -> dict | None:
    """The person a quotation text[a:b] nobody else attributed is the words of: one the lead names
    ("Wilner explique :", "D2-P raconte :", "Pour Yannick,"), its closing code ("… [MG5] »"), or
    the incise after it ("« … », explique Zozo en coupant le moteur", "« … », raconte Sandra" in a
    text whose first names are changed); None otherwise. Quotations of fewer than four words are
    left alone (a word in guillemets)."""
    inner = text[a:b].strip("«»“”\" \u00a0")
    if len(inner.split()) < 4:
        return None
    line_start = text.rfind("\n", 0, a) + 1
    found = person_before(text[line_start:a], registry, renamed, gazetteer, plain) or code_inside(inner, registry)
    if found is not None:
        return found
    m = _incise_verb(r"[a-zà-ÿ-]+(?:-t)?\s+(?P<who>.*)$", _incise(text, b))
    lone = lone_first_name(m.group("who"), gazetteer, plain) if m else ""
    if lone and lone in registry:
        return {**registry[lone], "attr_source": "attribution"}
    if lone and renamed and _speaks_or_addresses(inner):
        # a capitalised word after the verb is a renamed informant only when the words speak
        # (« … », rappelle Foucault: an author's notion, not an informant's words)
        return {"speaker": lone, "role_raw": "", "role": "inconnu", "region": "", "place": "", "attr_source": "attribution"}
    return None


def _speaks_or_addresses(words: str) -> bool:
    from .quotes import addresses, speaks  # quotes imports this module's neighbours: late import
    return speaks(words) or addresses(words)


def registered_call(text: str, a: int, b: int, call, ctx, make):
    """``call`` for the quotation text[a:b], or, when no reader found whose words it is, the
    words of a person the document introduced (registered_person); ``make``: QuoteCall."""
    if call.verbatim or call.attrs.get("_pronoun"):
        return call
    found = registered_person(text, a, b, getattr(ctx, "person_forms", {}), getattr(ctx, "renamed_persons", False),
                              ctx.gazetteer, getattr(ctx, "plain_text", ""))
    return call if found is None else make(True, found)


@lru_cache(maxsize=4)
def _pseudonym_lead(key: int) -> re.Pattern:
    """A lead opening its line on a name, in guillemets or not, then a parenthesis saying it is a
    pseudonym (lang/fr introduced_pseudonyms.yaml pseudonym_markers), perhaps an apposition, then a
    colon: "« Kiki » (pseudonyme choisi), 41 ans, rencontré au quartier Danton :"."""
    markers = cv._flex_alt(cv.language_data().get("pseudonym_markers", [])) or "(?!)"
    return re.compile(rf"^[ \t]*(?:«\s*(?P<quoted>[^«»()\n]{{1,30}}?)\s*»|[“\"](?P<straight>[^“”\"()\n]{{1,30}}?)[”\"]|(?P<name>{_WORD}))"
                      rf"\s*\(\s*(?:{markers})\b[^()\n]{{0,40}}\)\s*(?:,\s*(?P<desc>[^:«»()\n]{{2,120}}?))?\s*:\s*$")


def pseudonym_lead(text: str, start: int, gazetteer=None) -> dict | None:
    """The person a quotation opening at ``start`` is given to by its lead when the lead opens on a
    name the document marks as a pseudonym ("« Nounours » (pseudonyme choisi), 29 ans, rencontrée à la
    gare routière : « … »", s34-segr60b): the name as printed without its guillemets, with the role and
    place of the apposition (a person described by age and circumstance: ``autre``)."""
    line_start = text.rfind("\n", 0, start) + 1
    m = _pseudonym_lead(id(cv.language_data())).match(text[line_start:start])
    if m is None:
        return None
    name = (m.group("quoted") or m.group("straight") or m.group("name")).strip()
    desc = (m.group("desc") or "").strip()
    role, region, place = describe(desc, gazetteer) if desc else ("autre", "", "")
    return {"speaker": name, "role_raw": desc if role not in UNDESCRIBED else "", "role": role or "autre",
            "region": region, "place": place}


def resolve(text: str, start: int, end: int, registry: dict[str, dict], gazetteer=None) -> dict | None:
    """The person a quotation text[start:end] is attributed to: a name the lead marks as a pseudonym,
    a registry form, or a first name apposed to a description in its lead; None otherwise."""
    marked = pseudonym_lead(text, start, gazetteer)
    if marked is not None:
        return marked
    apposed = apposed_first_name(_lead(text, start), gazetteer, text)
    if apposed:
        return registry.get(apposed) or {"speaker": apposed, "role_raw": "", "role": "", "region": "", "place": ""}
    if not registry:
        return None
    pats = _patterns(id(cv.language_data()))
    body = text[start:end].rstrip()
    for m in (pats["inner_code"].search(body), pats["after_code"].match(text[end:end + 120])):
        code = m and (m.groupdict().get("bcode") or m.group("code"))
        if code and code in registry:
            return registry[code]
    credit = pats["credit_after"].match(text[end:end + 160])  # "« … » (SF-L3, libérale, Bastia)"
    if credit and credit.group("first").strip() in registry and _credit_element(credit.group("first"), gazetteer):
        return registry[credit.group("first").strip()]
    lead = _lead(text, start).strip()
    if lead.endswith((":", ",")):
        intro = pats["introducer"].match(lead)
        attrs = _form_in(intro.group("who"), registry, True) if intro else None
        if attrs is None and lead.endswith(":"):
            attrs = _form_in(lead, registry, True)
        if attrs is None and lead.endswith(":"):
            # s29-segr50a: "L'infirmière 2 (IDE2), en poste aux urgences, explique :": the subject
            # describes the person and its parenthesis gives the code the document quotes her by
            coded = pats["subject_code"].match(lead)
            attrs = registry.get(coded.group("code")) if coded else None
        if attrs is not None:
            return attrs
    incise = _incise(text, end)
    # "…, raconte Sandra.", "…, explique Zozo en coupant le moteur": a verb, then the person
    m = _incise_verb(r"[a-zà-ÿ-]+(?:-t)?\s+(?P<rest>.*)$", incise)
    return _form_in(m.group("rest"), registry, True) if m else None


@lru_cache(maxsize=4)
def _person_field(key: int) -> re.Pattern:
    """A form's field naming the person it is about, its value a civility and initials or a name,
    perhaps an age or more after a comma: "Résident : Mme T., 89 ans" (``person_field_words``)."""
    words = cv._flex_alt(cv.language_data().get("person_field_words", [])) or "(?!)"
    return re.compile(rf"^[ \t]*(?P<noun>{words})[ \t]*:[ \t]*(?P<who>{cv.CIVILITY_NAME.pattern})[ \t]*(?:,[^\n]*)?$",
                      re.IGNORECASE | re.MULTILINE)


def person_fields(text: str) -> list[tuple[int, str, str]]:
    """(position, noun, person) of each field of a form that names the person the record is about."""
    return [(m.start(), cv.fold(m.group("noun")).lower(), m.group("who").rstrip(" ,"))
            for m in _person_field(id(cv.language_data())).finditer(text)]


def field_person(text: str, start: int, fields: list[tuple[int, str, str]]) -> dict | None:
    """The person of the record a quotation opening at ``start`` is filled in, when the field
    holding it names that person by the noun of the record's person field: "Résident : Mme T., 89
    ans" then "Souhaits exprimés par le résident (ses mots) : « … »" (s29-segr50a: an EHPAD's
    liaison documents copied as fields). A field naming someone else ("Propos de la famille :")
    names nobody; the record is the last person field above the quotation."""
    above = [f for f in fields if f[0] < start]
    if not above:
        return None
    _, noun, who = above[-1]
    line_start = text.rfind("\n", 0, start) + 1
    lead = text[line_start:start].rstrip()
    if not lead.endswith(":"):
        return None
    label = cv.fold(lead[:-1].rsplit(":", 1)[-1]).lower()
    forms = [cv.fold(w).lower() for w in cv.language_data().get("person_field_words", [])]
    named = any(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", label) for w in forms if w.startswith(noun) or noun.startswith(w))
    return {"speaker": who, "role_raw": "", "role": "", "region": "", "place": ""} if named else None


def _conjoined(desc: str) -> bool:
    """What follows a name's comma opens on a conjunction: another person of a list, no description
    (grammar.yaml list_conjunctions)."""
    return bool(re.match(rf"(?:{cv.word_forms('list_conjunctions')})\s", desc))


def apply_person_registry(segments: list, text: str, gazetteer, kinds, registry: dict[str, dict] | None = None) -> None:
    """Give the speech items without a speaker the person the registry resolves them to, with the
    role and place of the first mention where they have none. ``registry``: build_registry's answer
    for this text and gazetteer when the caller has it (the segmenter's context built it)."""
    targets = [s for s in segments if s.kind in kinds and s.kind == "verbatim"]
    if not targets:
        return
    registry = build_registry(text, gazetteer) if registry is None else registry
    fields = person_fields(text)
    for seg in targets:
        known = registry.get(seg.speaker) if seg.speaker else None
        # "« … », explique Zozo" / "…, sourit Karim": the person the nickname or first name stands
        # for, as the text first named her
        attrs = known if known and known["speaker"] != seg.speaker \
            else resolve(text, seg.char_start, seg.char_end, registry, gazetteer) if not seg.speaker else None
        if attrs is None and not seg.speaker and fields:
            attrs = field_person(text, seg.char_start, fields)  # "Résident : Mme T." above the field of her words
        if attrs is None or cv.GROUP_CODE.match(attrs["speaker"] or ""):
            continue  # (nor a group session, "GF1, professionnels libéraux (8 participants)": no one person)
        # s34-segr60b: "Dr Vasseur : « … »" after "Dr Claire Vasseur (pédiatre, …)": the role the label
        # alone gave (the civility, no description read) yields to the description of the first mention
        from_label = attrs is known and not seg.role_raw and bool(attrs["role_raw"])
        seg.speaker = attrs["speaker"]
        if (seg.role in UNDESCRIBED or from_label) and attrs["role"] not in UNDESCRIBED:
            seg.role, seg.role_raw = attrs["role"], attrs["role_raw"]
        if not seg.region and attrs["region"]:
            seg.region, seg.place = attrs["region"], attrs["place"]
        seg.attr_source = seg.attr_source or "attribution"
    _shortened_speakers(targets)
    _carry_code_roles(segments, kinds)


def presented_trade(text: str, name: str) -> tuple[str, str]:
    """(role, description) of the one trade the text gives ``name`` where it names them: the
    apposition after the name ("Mathieu Lecoq, infirmier libéral, …") or the one a sentence puts
    before it ("Infirmier libéral à Écouché depuis 2009, Mathieu Lecoq préside …") or the predicate of
    a copula after it ("Mathieu Roche est masseur-kinésithérapeute aux Thermes …"), at any of its
    mentions; ('', '') when none or two trades."""
    from .roles import names_a_profession, normalize_role

    found: dict[str, str] = {}
    copulas = cv._flex_alt(cv.language_data().get("copulas", [])) or "(?!)"
    # matched at the mention's end, not on a slice of the text after it (a copy of the whole text a mention)
    apposition = re.compile(r"\s*,\s*(?P<desc>[^,.;:!?«»()\n]{3,80})")
    copula = re.compile(rf"\s+(?:{copulas})\s+(?P<desc>[^,.;:!?«»()\n]{{3,80}}?)(?=\s+(?:et|qui|où|mais)\s|[,.;:!?()\n]|$)")
    for m in standalone_mentions(name, text):
        after = apposition.match(text, m.end())
        start = max(text.rfind("\n", 0, m.start()), text.rfind(". ", 0, m.start())) + 1
        before = text[start:m.start()]
        fronted = before.strip() if before.rstrip().endswith(",") and len(before) <= 120 else ""
        # "Mathieu Roche est masseur-kinésithérapeute aux Thermes depuis 2017 et anime …": the name the
        # subject of a copula (grammar.yaml copulas), the predicate up to its clause's end (s33-segr58b)
        predicate = copula.match(text, m.end())
        for desc in (after.group("desc") if after else "", fronted.rstrip(", "),
                     predicate.group("desc") if predicate else ""):
            if desc and names_a_profession(desc):
                role = normalize_role(desc)
                if role not in UNDESCRIBED and role != "autre":
                    found.setdefault(role, desc)
    return next(iter(found.items())) if len(found) == 1 else ("", "")


def apply_presented_trades(segments: list, text: str, kinds) -> None:
    """Give the speech items of a named person whose role no reading found ("Trois questions à…
    Mathieu Lecoq, président de la CPTS" over his answers) the one trade the text gives that
    name elsewhere (presented_trade): a chapeau, a standfirst, an earlier apposition."""
    known: dict[str, tuple[str, str]] = {}  # one scan of the text per name
    for seg in segments:
        if seg.kind in kinds and (seg.role in UNDESCRIBED or _circumstance_only(seg) or _body_only(seg)) \
                and _FULL_NAME.fullmatch(seg.speaker or ""):
            if seg.speaker not in known:
                known[seg.speaker] = presented_trade(text, seg.speaker)
            role, desc = known[seg.speaker]
            if role and not (_body_only(seg) and role == "autre"):
                seg.role, seg.role_raw = role, desc.strip() if _circumstance_only(seg) or _body_only(seg) else seg.role_raw or desc


def _circumstance_only(seg) -> bool:
    """A speaker's role ``autre`` read from words that say nothing of the person: what followed the
    name in the incise was a circumstance ("…, conclut Nadia Rémy à l'issue de la réunion": role_raw
    "à l'issue de la réunion"), no description, no person noun (s34-segr59c)."""
    raw = (seg.role_raw or "").strip()
    return seg.role == "autre" and bool(raw) and not describes_person(raw) and not names_a_profession(raw) \
        and not cv.PERSON_NOUN.search(raw) and not cv.PERSON_WORDS.search(raw)


@cv.per_language_data
def _body() -> re.Pattern:
    """A body's name only: capitalised words and the small words of proper names between them
    (place_forms.yaml proper_name_joins: "CPTS", "MSP du Val", "CPTS Cœur de Flandre")."""
    joins = "|".join(re.escape(w) for w in cv.language_data().get("proper_name_joins", [])) or "(?!)"
    return re.compile(rf"[A-ZÉÈ][\w'’-]*(?:\s+(?:(?:{joins})(?:\s+|['’]))?[A-ZÉÈ][\w'’-]*)*")


def _body_only(seg) -> bool:
    """A speaker's role ``autre`` read from the body a label puts them under ("CPTS (Laure Top) :"):
    where they work, not what they do; the trade the text presents them with says it."""
    raw = (seg.role_raw or "").strip()
    return seg.role == "autre" and bool(_body().fullmatch(raw)) and not names_a_profession(raw) \
        and not cv.PERSON_NOUN.search(raw)


_FULL_NAME = re.compile(rf"(?P<first>{_WORD})\s+(?P<last>{_WORD})")


def _shortened_speakers(targets: list) -> None:
    """A press piece names a person in full with what she does at her first quotation ("« … »,
    explique Marie-Ange Santoni, infirmière au centre") and by her first name or surname alone at the
    next ("« … », ajoute Marie-Ange"; s28-segr48a): a speaker that is one such word, without a role
    or with hers, is the person quoted before under that full name, with her role and place. A word two persons
    quoted in full share (two Maries) names neither."""
    found: dict[str, set[str]] = {}
    full: dict[str, object] = {}
    for seg in targets:
        m = _FULL_NAME.fullmatch(seg.speaker or "")
        if m and seg.role not in UNDESCRIBED:
            full.setdefault(seg.speaker, seg)
            for form in (m.group("first"), m.group("last")):
                found.setdefault(form, set()).add(seg.speaker)
    for seg in targets:
        names = found.get(seg.speaker or "")
        if not names or len(names) != 1:
            continue
        first = full[next(iter(names))]
        if first.char_start > seg.char_start or seg.role not in UNDESCRIBED + (first.role,):
            # the full name comes after, or the short form is described as someone else: not her
            continue
        seg.speaker = first.speaker
        seg.role, seg.role_raw = first.role, first.role_raw
        if not seg.region and first.region:
            seg.region, seg.place = first.region, first.place


def _carry_code_roles(segments: list, kinds) -> None:
    """A code of a series whose other codes all have one role ("D4-P" autre, then "D2-P", the
    patient of another dyad; "MG5", "MG9" then "MG2"): that role, when the text gives none. Not a
    code whose post the text withholds ("Non renseignée, à sa demande"), nor "autre" when the
    series' descriptions differ ("Guide", "Agent d'entretien": the letters name no trade)."""
    pats = _patterns(id(cv.language_data()))
    roles: dict[str, set[tuple[str, str]]] = {}
    coded = [s for s in segments if s.kind in kinds and s.speaker and pats["code"].fullmatch(s.speaker)]
    for seg in coded:
        if seg.role not in UNDESCRIBED:
            roles.setdefault(_skeleton(seg.speaker), set()).add((seg.role, seg.role_raw))
    described: dict[str, set[str]] = {}  # the series' codes the text describes
    for seg in coded:
        if seg.role not in UNDESCRIBED:
            described.setdefault(_skeleton(seg.speaker), set()).add(seg.speaker)
    for seg in coded:
        known = roles.get(_skeleton(seg.speaker))
        if seg.role in UNDESCRIBED and known and len({r for r, _ in known}) == 1 and not unidentified(seg.role_raw) \
                and (len(known) == 1 or next(iter(known))[0] != "autre") \
                and (len(described[_skeleton(seg.speaker)]) >= 2
                     or letters_role(re.sub(r"[\d\W_]+", "", seg.speaker)) == next(iter(known))[0]):
            # (one described code says nothing of its series unless its letters name the role: "R45,
            # infirmière" does not make "R203", who gave no profession, a nurse; "MG5" does a "MG2")
            seg.role, seg.role_raw = sorted(known)[0]

