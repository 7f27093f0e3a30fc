"""Attribution lines, speaker codes, descriptions of a person, block quotes they close."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from ..text import fold
from . import conventions as cv
from .base import StyleMap, TextLine, quote_balance
from .labels import label_text, loose_separator, standalone_label
from .own_line_labels import affiliation
from .parenthesised_roles import parenthesised_role
from .regions import Gazetteer, resolve_region
from .roles import matched_role, names_a_profession, names_a_trade, normalize_role
from .trailing_signatures import signature_speaker


@dataclass
class Attribution:
    """What an attribution line says: who (speaker as labelled in segments.csv, interview number
    when it is an interview) and the description as written (None: the line names only who)."""
    speaker: str
    num: str | None
    rest: str | None
    dash: bool = False  # "— code, role, age, place" rather than "Entretien n°N – role – Région X"


def speaker_label(code: str) -> tuple[str, str | None]:
    """("Entretien n°3", "3") for "E3" or "Entretien n°3" (one label per interview, as annex turns
    "E3 :" get), ("P5", None) for a participant, (name, None) for a named person, ("", None) for
    a group session ("FG1", "Focus group 2")."""
    if cv.GROUP_CODE.match(" ".join(code.split())):
        return "", None  # "FG1": the group session, the person is the one described
    m = cv.INTERVIEW_REF.fullmatch(code.strip()) or cv.INTERVIEW_CODE.fullmatch(code.strip())
    if m:
        num = str(int(m.group("num")))
        return cv.interview_speaker(num), num
    return " ".join(code.split()), None


# a count of what someone keeps or has done ("40 ruches", "3 saisons", "12 vaches"): a number and a word or three
COUNT_FIELD = re.compile(r"\d{1,4}\s+[^\W\d_][\w'’-]*(?:\s+[\w'’-]+){0,2}")


def counted_profile(text: str) -> bool:
    """A first name, a count of what they keep or have done and a capitalised place, as a newsletter
    signs its members' words ("Gérard, 40 ruches, Vatan")."""
    fields = [f.strip() for f in re.split(r"[,;]", text) if f.strip()]
    # (not an age: "Solange, 57 ans, Pontarlier" is a profile its readers know, who may be an informant)
    return len(fields) >= 3 and re.fullmatch(FIRST_NAME, fields[0]) is not None \
        and COUNT_FIELD.fullmatch(fields[1]) is not None and not cv.AGE_FIELD.match(fields[1]) \
        and fields[-1][:1].isupper() and len(fields[-1].split()) <= 4


def description_fields(desc: str) -> list[str]:
    """The fields of a description, without the date of the interview ("avril 2021") nor how the
    words were recorded ("note vocale du 14/03", "21 h 12", "traduit du shimaoré")."""
    return [f for f in cv.FIELD_SPLIT.split(desc.strip().rstrip(".)"))
            if f and not cv.DATE_FIELD.match(f) and not cv.SOURCE_FIELD.match(f)]


# a parent or a relative named by the person they are kin to: "mère d'Enzo", "père de Maëlys"
# (lang/fr/anaphoric_speakers.yaml's kinship nouns)
KIN_OF = re.compile(rf"(?i:{cv.word_forms('colon_subject_kinship_nouns')})\s+(?:de\s+|d['’]\s*)[A-ZÉÈ][a-zéèêëïîôûç]+")


@lru_cache(maxsize=4)
def _work_opening(key: int) -> re.Pattern:
    """"le podcast …", "l'émission …", "une série …": an article, then a noun of a work."""
    data = cv.language_data()
    works = cv._alt(fold(w).lower() for w in data.get("work_nouns", [])) or "(?!)"
    articles = cv._alt(fold(w).lower() for w in data.get("determiners", [])) or "(?!)"
    return re.compile(rf"^(?:(?:{articles})\s*)?(?:{works})(?![\w-])")


def names_a_work(field: str) -> bool:
    """A description's first field that opens with a work's noun ("le podcast santé de la CPTS")."""
    return bool(_work_opening(id(cv.language_data())).match(" ".join(fold(field).lower().replace("’", "'").split())))


def describes_person(desc: str) -> bool:
    """A description whose first field says what the person does, or their age ("infirmière
    libérale, 48 ans"), not a title or a place ("Les Misérables", "Lorient")."""
    fields = [f for f in description_fields(desc) if not cv.SEX_FIELD.match(f)]
    if not fields:
        return False
    first = fields[0]
    if names_a_work(first):
        return False  # "– le podcast santé de la CPTS de Mayotte": a title's credit, no one's description
    if cv.AGE_FIELD.match(first) or cv.SENIORITY_FIELD.match(first):  # "12 ans d'exercice", "installée depuis trois ans"
        return True
    if cv.SCHOOL_CLASS_FIELD.match(first):  # "(Aïcha, 6e)": a pupil
        return True
    return (normalize_role(first) not in ("autre", "inconnu") or names_a_profession(first)
            or bool(cv.PERSON_WORDS.search(first)) or names_a_trade(first)) \
        and not cv.AUTHOR_YEAR.search(cv.SINCE_YEAR.sub("", ", ".join(
            f for f in fields if not cv.ENTRY_FIELD.match(f) and not cv.DATE_FIELD.match(f.strip(" –—-")))))
    # ("entrée en 2009", "14 mars 2024", "chef d'atelier depuis 1998": no reference's year)


def trade_then_age(desc: str) -> bool:
    """A description whose first field is a trade in lower case, whatever word names it, and whose
    next field is an age ("tisaneuse, 64 ans, Saint-Joseph", "boulanger, 52 ans"): a person, as an
    ethnography credits informants outside any list of professions; not a place or a title before an
    age ("Paris, 12 ans", "Les Misérables, 20 ans après")."""
    fields = [f.strip() for f in description_fields(desc) if not cv.SEX_FIELD.match(f.strip())]
    return len(fields) >= 2 and bool(re.fullmatch(r"[a-zàâçéèêëîïôûù][\w'’-]*(?: [\w'’-]+){0,3}", fields[0])) \
        and bool(cv.AGE_FIELD.match(fields[1])) and not names_a_work(fields[0])


def dated_description(desc: str) -> str:
    """A person's description dated by the year of the interview, in the shape of a reference
    ("médecin généraliste, 2019" in "(Gérard, médecin généraliste, 2019)"), without the year; the
    description itself otherwise. A reference's year follows the author at once ("(Bloy, 2010)")."""
    fields = description_fields(desc)
    if len(fields) >= 2 and re.fullmatch(r"(?:19|20)\d\d", fields[-1]) and describes_person(", ".join(fields[:-1])):
        return ", ".join(fields[:-1])
    return desc


def placed_and_dated(desc: str, gazetteer: Gazetteer | None) -> bool:
    """A pseudonym's rest that is a commune, and at most the day the words were posted or said
    ("Cavaillon" of "(Lilou, Cavaillon)", "Cavaillon, 12 mars 2021" of a forum message's profile):
    where the person writes from, as a profile gives it. A year alone after the commune is a
    reference's shape ("(Dubet, Paris, 2002)"), not taken."""
    fields = description_fields(desc)
    if gazetteer is None or not 1 <= len(fields) <= 2:
        return False
    if len(fields) == 2 and not cv.DAY_DATE.fullmatch(fields[1]):
        return False
    return gazetteer.commune_field(fields[0]) is not None


def opens_with_person(phrase: str) -> bool:
    """A phrase whose first word names what a person does ("Médecin généraliste, 52 ans",
    "Pharmacienne"), not a topic that mentions people ("Evoque la place des élus", "Améliorer la
    coordination entre les professionnels")."""
    first = phrase.strip().split()[0].strip(",;") if phrase.strip() else ""
    return normalize_role(first) not in ("autre", "inconnu") or bool(cv.PERSON_NOUN.match(first))


def describe(desc: str, gazetteer: Gazetteer) -> tuple[str, str, str]:
    """(role, region, place) of "infirmière libérale, 48 ans, Hennebont": the role from the fields
    that are neither an age nor a place (a place name must not feed the role rules), the region
    from the places in the whole description."""
    fields = description_fields(desc)
    role_fields = [f for f in fields if not cv.AGE_FIELD.match(f) and not cv.SEX_FIELD.match(f) and not cv.SENIORITY_FIELD.match(f)
                   and not is_place(f, gazetteer)]
    region, place = resolve_region(desc, gazetteer)
    return normalize_role(", ".join(role_fields)), region, place


def described_box(speaker: str, desc: str, gazetteer: Gazetteer, last: int) -> dict:
    """The attributes of a box of paragraphs (a testimony, a signed rubric, a lower third) whose person a
    name and a description give: the segmenter's quote-box entry, "_last" the box's last line index."""
    role, region, place = describe(desc, gazetteer)
    return {"speaker": speaker, "role_raw": desc, "role": role, "region": region, "place": place,
            "attr_source": "attribution", "_last": last}


def age_only(desc: str, gazetteer: Gazetteer) -> bool:
    """A description that gives an age and perhaps a place, nothing of what the person does
    ("84 ans, Capesterre-Belle-Eau", "femme, 58 ans, Baie-Mahault"): a page presents an inhabitant
    or a patient so."""
    fields = [f for f in description_fields(desc) if not cv.SEX_FIELD.match(f)]
    return any(cv.AGE_FIELD.match(f) for f in fields) \
        and all(cv.AGE_FIELD.match(f) or is_place(f, gazetteer) for f in fields)


def is_place(field_text: str, gazetteer: Gazetteer) -> bool:
    if re.fullmatch(r"R[ée]gion [A-Z]|Nationale?", field_text):
        return True
    found = gazetteer.find(field_text)
    return bool(found) and found[0][0] == 0 and found[0][1] == len(field_text) \
        or gazetteer.commune_field(field_text) is not None


def parse_attribution_line(text: str) -> Attribution | None:
    """An attribution line: "Entretien n°28 – Pharmacienne – Région C, CPTS 2" (and its variants),
    or a dash-led "— E3, infirmière libérale, 48 ans, Hennebont" / "— P5, MG" / "— name, role"."""
    t = text.strip()
    m = cv.ATTRIBUTION.match(t)
    if m:
        rest = m.group("rest")
        if rest is not None and len(rest) >= 400:
            return None  # a paragraph of prose that happens to start with the label
        num = str(int(m.group("num")))
        return Attribution(cv.interview_speaker(num), num, rest)
    if len(t) > 200:
        return None
    m = cv.DASH_ATTRIBUTION.match(t)
    if m and describes_person(m.group("rest")):
        speaker, num = speaker_label(m.group("code"))
        return Attribution(speaker, num, m.group("rest"), dash=True)
    d = cv.DASH_LINE.match(t)
    if d and describes_person(d.group("rest")) and opens_with_person(d.group("rest")):
        # "— Infirmière libérale, Finistère"; "— Médecin 3, Haute-Savoie" names its code (trailing_signatures)
        return Attribution(signature_speaker(d.group("rest")), None, d.group("rest"), dash=True)
    n = _dash_first_name().match(t)
    if n and describes_person(n.group("rest")) and _first_name_word(n.group("name")):
        # "– Léa, interne en médecine générale, stage en cabinet à Thiers" under a workshop's italic
        # text: its writer's first name, then what they do; like any dash line, it attributes only a quote
        return Attribution(n.group("name"), None, n.group("rest"), dash=True)
    p = PAREN_LINE.match(t)
    if p:
        # a parenthesis alone on its line under a block quote: "(Coordinatrice, CPTS du Pays de
        # Morlaix)", "(E4, médecin généraliste)"; like a dash line, it attributes only a quote
        inner = (p.group("inner") or p.group("binner")).strip()
        coded = cv.PAREN_CODE.match(inner)
        if p.group("binner") is not None:
            # square brackets: only a bare code ("[M6]"); "[entretien C, l. 112]", "[Coupure …]" are
            # other readers' (a source line, a transcriber's note)
            coded = coded if coded and not coded.group("rest") and re.search(r"\d", inner) else None
            if coded is None:
                return None
        if coded and coded.group("rest") and describes_person(coded.group("rest")):
            speaker, num = speaker_label(coded.group("code"))
            return Attribution(speaker, num, coded.group("rest"), dash=True)
        if coded and not coded.group("rest") and re.search(r"\d", inner) and not describes_person(inner):
            # "(M6)" alone under the quote, as the author set the code on its own paragraph (the
            # segmenter reads the code as the document describes it)
            return Attribution(coded.group("code"), None, inner, dash=True)
        if describes_person(inner):
            return Attribution("", None, inner, dash=True)
    return None


def _first_name_word(name: str) -> bool:
    """A signature's capitalised first word that can be a first name: no role, no person noun, no
    word opening a description, no kinship noun ("– Patiente, 67 ans, Basse-Terre" describes; "– Léa,
    interne …" names)."""
    kin = {fold(w).lower() for w in cv.language_data().get("colon_subject_kinship_nouns", [])}  # "– Fille, 52 ans"
    return normalize_role(name) in ("autre", "inconnu") and not cv.PERSON_NOUN.search(name) \
        and not cv.PERSON_WORDS.search(name) and not cv.NOT_A_DESCRIPTION.match(name) and fold(name).lower() not in kin


@cv.per_language_data
def _dash_first_name() -> re.Pattern:
    """A dash, a first name (with a surname's initial or not), a comma, a description: a signature
    line; the dashes: lang/fr trailing_signatures.yaml."""
    dashes = "".join(re.escape(x) for x in cv.language_data().get("signature_dashes", [])) or "(?!)"
    return re.compile(rf"^[{dashes}]\s*(?P<name>(?-i:[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý][a-zà-ÿ'’]+)?)(?:\s+[A-ZÀ-Ý]\.)?)"
                      rf"\s*,\s*(?P<rest>\S.*?)\s*\.?$")


# (or in square brackets: "[E4, médecin généraliste]", "[M6]")
PAREN_LINE = re.compile(r"^(?:\((?P<inner>[^()]{2,150})\)|\[(?P<binner>[^\[\]]{2,150})\])\s*\.?$")



def _speech_like(text: str, labels=()) -> bool:
    """A line that opens with a speaker label of the document, an attribution or a quote."""
    t = text.lstrip()
    m = cv.TURN.match(t)
    labelled = bool(m) and label_text(m) in labels
    if labelled and isinstance(labels, dict) and loose_separator(m):
        labelled = bool(labels[label_text(m)].loose)  # "A. Vers des soins" beside "A : …" is a heading
    if not labelled and labels:
        labelled = standalone_label(t) in labels  # "GP3 [00:00:11]" alone on its line
        # a declared label line of its own ("Intervention de Mme …": segment/intervention_labels.py)
        labelled = labelled or " ".join(t.split()) in labels
        # "Julie (IDE)" alone on its line: the label, its role in parentheses (segment/parenthesised_roles.py)
        labelled = labelled or (t.rstrip().endswith(")") and parenthesised_role(" ".join(t.split()))[0] in labels)
        # "Fabrice Larcher (« Sainte-Luce avance »)": the label, what it stands for in parentheses (segment/own_line_labels.py)
        labelled = labelled or (t.rstrip().endswith(")") and affiliation(" ".join(t.split())) in labels)
    return bool(labelled or cv.ATTRIBUTION.match(t) or parse_attribution_line(t) or t.startswith(("«", "“")))


def _opens_quote(text: str) -> bool:
    t = text.lstrip()
    # (a recording's time in brackets, "[10:18:40] Je suis …", is where the words stand, no quotation's "[…]")
    stamped = t.startswith("[") and (m := cv.OPENING_STAMP.match(t)) is not None and m.end() > 0
    return (t.startswith(("«", "“", "\"", "[", "…")) and not stamped) or bool(cv.LABELLED_ANSWER.match(t))


def _interviewer(text: str) -> bool:
    """A line opened by an interviewer's label word ("Enquêtrice : …")."""
    m = re.match(r"^\s*([^:]{1,25}?)\s*:", text)
    return bool(m) and bool(cv.MODERATOR_TAG.match(m.group(1)))


def block_quotes(lines: list[TextLine], attributions: dict[int, re.Match], headings: dict[int, int],
                 styles: StyleMap) -> dict[int, int]:
    """{quote line index: attribution line index}: the paragraphs an attribution line closes."""
    owner: dict[int, int] = {}
    for a in sorted(attributions):
        chosen: list[int] = []
        balance = 0
        j = a - 1
        while j >= 0 and len(chosen) < 6:
            ln = lines[j]
            t = ln.text.strip()
            if not t or j in headings or j in attributions or j in owner:
                break
            italic = styles.share(ln.start, ln.end, "italic") >= 0.6
            opener, inter = _opens_quote(t), _interviewer(t)
            quoteish = opener or inter or italic or t.endswith(("»", "»\"", "».", "…", "...")) or quote_balance(t) != 0
            if not quoteish:
                break
            chosen.append(j)
            balance += quote_balance(t)
            if (opener or inter) and balance >= 0:
                # a complete quote: only an interviewer's question or a labelled answer before it
                prev = lines[j - 1].text.strip() if j > 0 else ""
                if j - 1 in headings or j - 1 in attributions:
                    break
                if not (_interviewer(prev) or cv.LABELLED_ANSWER.match(prev)
                        or (prev.startswith("«") and styles.share(lines[j - 1].start, lines[j - 1].end, "italic") >= 0.6
                            and not prev.endswith(":"))):
                    break
            j -= 1
        if not chosen:
            continue
        first = lines[min(chosen)].text.strip()
        if not (_opens_quote(first) or _interviewer(first)
                or all(styles.share(lines[k].start, lines[k].end, "italic") >= 0.6 for k in chosen)):
            continue
        for k in chosen:
            owner[k] = a
    return owner


def without_closing_parenthesis(text: str) -> str:
    """The sentence without the parenthesis that ends it ("… le 4 octobre 2022 (durée : 35 minutes).")."""
    return re.sub(r"\s*\([^()]*\)\s*\.?$", ".", text)


def interview_header(text: str) -> re.Match | None:
    t = " ".join(text.split())
    if len(t) > 220:
        return None
    # (a parenthesis inside its description, "Saint-Claude (Jura)", read as one more field)
    # (or by its person's code: "Entretien E6 – infirmière libérale, …")
    opened = INNER_PARENTHESIS.sub(r", \g<inner>,", t)
    numbered = cv.NUMBERED_INTERVIEW_HEADER.match(t) or cv.NUMBERED_INTERVIEW_HEADER.match(opened) \
        or cv.CODED_INTERVIEW_HEADER.match(t) or cv.CODED_INTERVIEW_HEADER.match(opened)
    if numbered and describes_person(numbered.group("desc")):
        return numbered
    if numbered is None and cv.INTERVIEW_HEADER_PREFIX.match(t):
        # "Annexe 3 – Entretien n°4 – infirmière libérale, cabinet de …": the annex's number before
        # the numbered header is the annex's, the header as without it (s34-segr59a)
        return interview_header(cv.INTERVIEW_HEADER_PREFIX.sub("", t))
    # the practical details closing the header's sentence: "…, réalisé à son cabinet (durée : 35 minutes)."
    found = cv.INTERVIEW_HEADER.search(t) or cv.INTERVIEW_HEADER.search(without_closing_parenthesis(t))
    if found is None:
        # "Entretien avec Nadège, secrétaire médicale de la MSP …": a first name, then what she does
        found = cv.FIRST_NAME_INTERVIEW_HEADER.search(without_closing_parenthesis(t))
        if found is not None and not describes_person(found.group("desc")):
            found = None
    if found is None and "(" in t:
        # "Entretien avec Ghjuvanna, 78 ans, ancienne bergère, village de la vallée du Tavignano
        # (près de Corte), août 2023": a parenthesis inside the description (where, when) is one
        # more of its details (s25-segr44b)
        opened = INNER_PARENTHESIS.sub(r", \g<inner>,", t)
        found = cv.INTERVIEW_HEADER.search(opened) or cv.FIRST_NAME_INTERVIEW_HEADER.search(opened)
        if found is not None and not describes_person(found.group("desc") or ""):
            found = None
    if found is None:
        # "Extrait 2. Nadia, 44 ans, aide-soignante en SSIAD, Sedan": a numbered extract's title
        # naming its one interviewee (attributions.yaml extract_header_titles; s28-segr47d)
        found = cv.EXTRACT_HEADER.match(t)
        if found is not None and not describes_person(found.group("desc")):
            found = None
    if found is None and cv.DATED_COMPLEMENT.search(t):
        # "Entretien réalisé le 14 mars 2024 avec Mme F. Delorme, infirmière coordinatrice …": the
        # date between the opener's words, read without it
        return interview_header(cv.DATED_COMPLEMENT.sub("", t))
    return found


INNER_PARENTHESIS = re.compile(r"\s*\((?P<inner>[^()]{2,80})\)\s*,?")


def apposition(name: str, texts: list[str]) -> str:
    """What the lines say the named person is: "Infirmière libérale à Lille et présidente …,
    Claire Dumont revient …" or "Claire Dumont, infirmière libérale, …"."""
    for text in texts:
        k = text.find(name)
        if k < 0:
            continue
        # "Médecin généraliste à Landerneau depuis 2009, le Dr Anne-Sophie Kervella": a civility may come between
        before = re.search(rf"(?:^|[.!?]\s+)(?P<d>[^.!?]{{3,160}}?),\s*(?:(?:{_DEFINITE})\s+[A-Z][a-z]{{0,9}}\.?\s+)?$",
                           text[:k])
        if before:
            return before.group("d").strip()
        after = re.match(r"\s*,\s*(?P<d>[^,.;]{3,120})", text[k + len(name):])
        if after:
            return after.group("d").strip()
    return ""


def apposition_with_trade(name: str, text: str) -> str:
    """What ``text`` says ``name`` is (apposition), the trade in the next field kept when the
    apposition opens on an age ("Line Bellay, 46 ans, infirmière libérale …" -> "46 ans, infirmière
    libérale …"; s50)."""
    desc = apposition(name, [text])
    if not desc or not cv.AGE_FIELD.match(desc) or name not in text:
        return desc
    rest = text[text.find(name) + len(name):]
    return with_trade_after_age(desc, rest[rest.find(desc) + len(desc):] if desc in rest else "")


def names_a_person_phrase(phrase: str) -> bool:
    """"président de la fédération", "son président", "l'infirmière", "pharmacien à Tulle": a
    possessive, or a person noun first (after an article); not "le reconnaît", "la coordination"."""
    m = re.match(rf"(?:(?P<poss>{cv.POSSESSIVES})\s|(?:{cv.DETERMINERS})\s*)?", phrase.strip())
    return bool(m.group("poss")) or bool(cv.PERSON_NOUN.match(phrase.strip()[m.end():]))


def with_trade_after_age(desc: str, rest: str) -> str:
    """A press apposition that gives the age first and the trade in the next field ("Corinne Vidal,
    54 ans, infirmière libérale à …", "Paul Ropars, 61 ans, masseur-kinésithérapeute installé à …"):
    the age with the trade, so that the role reads the trade; the age alone when the next field
    says nothing of what the person does ("Marcel, 83 ans, attend la visite du jour")."""
    if not cv.AGE_FIELD.match(desc):
        return desc
    nxt = re.match(r",\s*(?P<d>[^,.;:«\"“]{2,80})", rest)
    if nxt is None:
        return desc
    trade = nxt.group("d").strip()
    if names_a_person_phrase(trade) or normalize_role(trade) not in ("autre", "inconnu"):
        return f"{desc}, {trade}"
    return desc


# ---------------------------------------------------------------------------------------------
# The person named in the sentence that introduces a quotation (issue #14). One reader, one list
# of speech verbs (attributions.yaml speech_verbs, cv.SPEECH_VERB_ANY) and one table of words
# (attributions.yaml named_before), four ways a text names that person:
# - a person noun and its role ("Un médecin généraliste nous dira : « … »"): preceding_description;
# - the member a paragraph of minutes opens with, quoted after a pronoun ("Le Dr Audren, médecin
#   généraliste à Plouigneau, rappelle que … Il ajoute : « … »"): paragraph_subject, subject_call;
# - who speaks to the author of a first-person account ("Kylian (16 ans) me confie : « … »",
#   "Inès (15 ans) voit les choses autrement. Elle m'explique : « … »"): confided_speaker,
#   confided_attrs, confided_call;
# - the name before a speech verb in a first-person narrative ("Et voilà que Betty déclare devant
#   l'équipe : « … »", "Comme l'a formulé mon camarade Dan, « … »"): lead_speaker,
#   as_said_speaker, named_lead_calls (a published author, "Bourdieu explique :", and a set text
#   named before the colon are left as they are);
# - a participant code as the subject ("P2 craint par exemple que … « … »") where the document
#   closes its quotations "« … » (P7)": closing_codes, subject_code, coded_subject_call.
# ---------------------------------------------------------------------------------------------

NAMED_DEFAULTS = {"articles": [], "max_lead_chars": 500, "object_pronouns": [], "subject_pronouns": [], "reflexive_pronouns": [],
                  "text_verbs": [], "interview_words": [], "acquaintance_articles": [], "civilities": [],
                  "min_words": 3, "not_after": [], "max_chars": 220, "min_closing_codes": 3, "formulas": []}


def named_settings() -> dict:
    return {**NAMED_DEFAULTS, **(cv.language_data().get("named_before") or {})}


def _words_alt(words, folded: bool = False) -> str:
    words = {fold(w).lower() for w in words} if folded else set(words)
    return cv.literal_alternation(words) or "(?!)"


def speech_word(word: str) -> bool:
    """A speech verb of attributions.yaml, in the present or past, or its past participle ("résumé"
    of "m'a résumé", "formulé" of "l'a formulé")."""
    return bool(cv.SPEECH_VERB_ANY.fullmatch(word) or cv.SPEECH_VERB_ANY.fullmatch(f"a {word}"))


def preceding_description(before: str) -> dict:
    """The role a person noun in the sentence introducing a quote gives ("Un médecin généraliste
    nous dira à ce propos", "la prise de parole d'une administratrice …, coordonnatrice en MSP"):
    {} when the sentence names no person with a role. A first name after a tie ("Sa collègue
    Élodie, aide-soignante, décrit … :") is who speaks, what follows it what she does."""
    related = related_first_name(before)
    if related:
        desc = related[1]
        return {"speaker": related[0], "role_raw": desc, "role": normalize_role(desc), "attr_source": "attribution"}
    noun = cv.PERSON_NOUN.search(before)
    if not noun:
        return {}
    role = normalize_role(before)
    if role == "autre" and len(before[:noun.start()].split()) <= 1 and matched_role(before[noun.start():]) == "autre":
        # the sentence opens on a person outside the vocabulary ("Un habitant de Royère, 78 ans, ne
        # conduit plus :"): not a patient the sentence only speaks of ("Elle explique à ses patients")
        return {"role_raw": before.strip(" :,"), "role": role, "attr_source": "attribution"}
    if role in ("autre", "inconnu"):
        return {}
    return {"role_raw": before.strip(" :,"), "role": role, "attr_source": "attribution"}


@lru_cache(maxsize=4)
def _related(key: int) -> re.Pattern:
    data = cv.language_data()
    nouns = cv._flex_alt([*data.get("relation_nouns", []), *data.get("colon_subject_kinship_nouns", [])]) or "(?!)"
    return re.compile(rf"^\s*(?:{cv.POSSESSIVES}|{cv.DETERMINERS})\s*(?:{nouns})\s*,?\s+(?P<name>{FIRST_NAME})\s*,\s*"
                      rf"(?P<desc>[^,.;:«»()]{{3,90}}?)\s*,", re.IGNORECASE)


def related_first_name(before: str) -> tuple[str, str] | None:
    """(first name, description) of the subject of the last sentence before a quotation when it is a
    tie, a first name and what the person does between commas ("Sa collègue Élodie, aide-soignante,
    rattachée au seul EHPAD du Puy, décrit … :"; attributions.yaml relation_nouns); None otherwise,
    or when the words after the name describe no one."""
    sentence = re.split(r"(?<=[.!?»])\s+", before.strip())[-1]
    m = _related(id(cv.language_data())).match(sentence)
    if m is None or not m.group("name")[:1].isupper() or not describes_person(m.group("desc")):
        return None
    return m.group("name"), m.group("desc").strip()


def described_handle(before: str) -> str:
    """An online account's handle ("@infirmiere_mana") the clause before a quotation's colon ends
    on, its profile in parentheses after it (``account_handle_marks``), or ''."""
    marks = cv.language_data().get("account_handle_marks", [])
    if not any(mk in before for mk in marks):
        return ""
    alt = "|".join(re.escape(mk) for mk in marks)
    m = re.search(rf"(?<![\w@])(?P<h>(?:{alt})[^\W][\w.]{{1,30}}?)\s*\((?P<desc>[^()]{{3,80}})\)\s*:?\s*$", before)
    return m.group("h") if m and normalize_role(m.group("desc")) not in ("autre", "inconnu") else ""


@lru_cache(maxsize=4)
def _numbered_informant(key: int) -> re.Pattern:
    words = cv._flex_alt(cv.language_data().get("numbered_informant_words", [])) or "(?!)"
    return re.compile(rf"(?<![\w-])(?P<who>(?:{words})\s+\d{{1,3}})(?![\w,.]\d)", re.IGNORECASE)


def numbered_informant(lead: str) -> str | None:
    """The numbered informant ("participant 09") the sentence introducing a quotation names, its
    colon right before the quotation, as written; None when it names none or several."""
    t = lead.rstrip()
    if not t.endswith(":"):
        return None
    # the last sentence (after an earlier quotation, a sentence end)
    cut = max(t.rfind("»"), *(t.rfind(p) for p in (". ", "! ", "? ")))
    found = {" ".join(m.group("who").split()) for m in _numbered_informant(id(cv.language_data())).finditer(t[cut + 1:])}
    return found.pop() if len(found) == 1 else None


# -- the member a paragraph of minutes opens with --------------------------------------------

@lru_cache(maxsize=8)
def _paragraph_subject(key: int, min_paren: int = 3) -> re.Pattern | None:
    civ = cv._flex_alt(cv.language_data().get("civilities", []))
    if not civ:
        return None
    art = cv._flex_alt(named_settings()["articles"]) or "(?!)"
    # a name, or an initial alone in minutes that anonymise ("Mme R. (résidente, …) indique que …")
    name = r"(?:[A-ZÉÈ]\.\s*){0,2}[A-ZÉÈ][\wéèêëïîôûç'’-]+(?:\s+(?:[Ll]e\s+|[Dd]e\s+)?[A-ZÉÈ][\wéèêëïîôûç'’-]+)?" \
        r"|[A-ZÉÈ]\.(?=\s*\()"
    return re.compile(rf"^\s*(?:(?:{art})\s+)?(?P<civ>(?:{civ})\.?)\s+(?P<name>{name})"
                      rf"(?:\s*\((?P<paren>[^()]{{{min_paren},120}})\)|\s*,\s*(?P<app>[^,;.«»]{{3,100}}),)?\s+(?=[a-zéèêàâîôûç])")


def paragraph_subject(lead: str, gazetteer, min_paren: int = 3) -> dict | None:
    """Attrs of the person with a civility who opens the paragraph text ``lead`` (up to the
    quotation, nothing quoted in it), or None; role and place from the function after the name
    (in parentheses: at least ``min_paren`` characters)."""
    pat = _paragraph_subject(id(cv.language_data()), min_paren)
    if pat is None or len(lead) > named_settings()["max_lead_chars"] or any(q in lead for q in "«»\"“”"):
        return None
    m = pat.match(lead)
    if m is None:
        return None
    initial = re.match(r"(?:[A-ZÉÈ]\.\s*)+", m.group("name"))
    name = m.group("name")[initial.end():] if initial and initial.end() < len(m.group("name")) else m.group("name")
    desc = (m.group("paren") or m.group("app") or "").strip()
    role, region, place = describe(desc, gazetteer) if desc else ("inconnu", "", "")
    # a first name and a surname need no civility ("Le docteur Paul Kerhervé": Paul Kerhervé)
    speaker = name if cv.NAME.fullmatch(name) else f"{m.group('civ')} {name}"
    return {"speaker": speaker, "role_raw": desc, "role": role, "region": region, "place": place,
            "attr_source": "attribution"}


# a circumstance opening the sentence before its subject, up to two commas, nothing quoted nor ended in it
_LEAD_IN = re.compile(r"^\s*(?:[A-ZÀ-Ý][^,;:.!?«»\n]{2,60})(?:,[^,;:.!?«»\n]{2,60})?,\s+(?=[^\W\d_])")


def colon_member(lead: str, gazetteer) -> dict | None:
    """Attrs of the member with a civility whose speech verb the one sentence before a
    quotation's colon reports ("Mme Lebrun (IDEL) souligne : « … »", "M. Haddad (MK) ajoute :"):
    minutes giving each speaker's name and profession, the profession often abbreviated; None
    when the word after the name is no speech verb ("Mme Lebrun (IDEL) a affiché : …" reads a
    text) or the clause holds a sentence end."""
    t = lead.rstrip()
    if not t.endswith(":") or names_a_text(t):
        return None
    # a two-letter profession in parentheses counts here ("(MG)", "(MK)"): a speech verb follows
    attrs = paragraph_subject(lead, gazetteer, min_paren=2)
    if attrs is None and (opening := _LEAD_IN.match(lead)) is not None:
        # after a circumstance between commas: "Dans sa réponse, transmise à la commission, le Dr
        # X, chef du service des urgences, reconnaît les faits :" (the sentence's subject all the same)
        lead = lead[opening.end():]
        attrs = paragraph_subject(lead, gazetteer, min_paren=2)
    if attrs is None:
        return None
    m = _paragraph_subject(id(cv.language_data()), 2).match(lead)
    if re.search(r"[.!?]\s", t[m.end():]):  # (after the name: "M." is no sentence end)
        return None
    verb = re.match(r"[^\W\d_][\w-]*", lead[m.end():])
    if verb is None or not (speech_word(verb.group()) or _speech_locution(lead[m.end():])):
        return None
    return attrs


def _speech_locution(text: str) -> bool:
    """``text`` opens with a locution that reports speech ("fait part de …", "fait état de …":
    ``member_speech_locutions``), whose first word alone is no speech verb."""
    words = " ".join(fold(text).lower().split())
    return any(words.startswith(fold(w).lower() + " ") for w in cv.language_data().get("member_speech_locutions", []))


@lru_cache(maxsize=4)
def _named_subject(key: int) -> tuple[re.Pattern, re.Pattern]:
    reflexive = "|".join(re.escape(w) + ("" if w.endswith(("'", "’")) else r"\s+")
                         for w in named_settings()["reflexive_pronouns"]) or "(?!)"
    return (re.compile(r"^\s*" + cv.NAME.pattern + r"\s*,\s*(?P<app>[^,;.«»]{3,100}),\s+(?P<verb>[a-zéèêàâîôûç]+)\b"),
            # "Pharmacienne dans le quartier, Sophie Marchal se dit prête …": the function first
            re.compile(r"^\s*(?P<app>[^,;.«»]{3,100}),\s*" + cv.NAME.pattern
                       + rf"\s+(?:{reflexive})?(?P<verb>[a-zéèêàâîôûç]+)\b"))


NAMED_FIRST = r"(?P<name>[A-ZÉÈ][a-zéèêëïîôûç]+(?:-[A-ZÉÈ][a-zéèêëïîôûç]+)?)"


@lru_cache(maxsize=4)
def _first_name_subject(key: int) -> re.Pattern:
    not_names = "|".join(cv.language_data().get("not_names", [])) or "(?!)"
    return re.compile(rf"^\s*(?!(?:{not_names})\b){NAMED_FIRST}\s*,\s*(?P<app>[^,;.«»]{{3,100}}),\s+(?P<verb>[a-zéèêàâîôûç]+)\b")


def named_subject(lead: str, gazetteer) -> dict | None:
    """Attrs of the person a press paragraph opens with by full name, a function in apposition and
    a speech verb in indirect speech ("Claire Morvan, infirmière à Brest, explique que …", or the
    function first: "Pharmacienne à Épinal, Sophie Marchal se dit prête …"), or None; nothing
    quoted before."""
    if len(lead) > named_settings()["max_lead_chars"] or any(q in lead for q in "«»\"“”"):
        return None
    after, before = _named_subject(id(cv.language_data()))
    m = after.match(lead) or before.match(lead)
    if m is None:  # or a first name alone ("Marc, infirmier libéral à Murat, confirme …"; segfix38)
        m = _first_name_subject(id(cv.language_data())).match(lead)
        if m is not None and gazetteer.find(m.group("name")):
            return None  # "Murat, chef-lieu de canton, …": a place
    if m is None or not speech_word(m.group("verb")) or not describes_person(m.group("app")) \
            or cv.NOT_A_DESCRIPTION.match(m.group("app").strip()):
        return None
    desc = m.group("app").strip()
    role, region, place = describe(desc, gazetteer)
    return {"speaker": m.group("name"), "role_raw": desc, "role": role, "region": region, "place": place,
            "attr_source": "attribution"}


@lru_cache(maxsize=4)
def _described_subject(key: int) -> re.Pattern:
    det = "|".join(re.escape(w) for w in cv.language_data().get("singular_determiners", [])) or "(?!)"
    return re.compile(rf"^\s*(?P<np>(?:{det})\s*(?P<noun>[^\W\d_][\w-]+)[^,;.«»:]{{0,60}}?)"
                      rf"(?:\s*,\s*(?P<app>[^,;.«»]{{3,100}}),)?\s+(?P<verb>{cv.SPEECH_VERBS})(?![\w’'-])", re.IGNORECASE)


@lru_cache(maxsize=4)
def _described_colon(key: int) -> re.Pattern:
    det = "|".join(re.escape(w) for w in cv.language_data().get("singular_determiners", [])) or "(?!)"
    np = rf"(?P<np>(?i:{det})\s*(?P<noun>[^\W\d_][\w-]+)[^,;.«»:]{{0,60}}?)"
    verb = r"(?P<verb>[a-zàâçéèêëîïôûù][a-zàâçéèêëîïôûù-]+)\b[^.!?;«»:]{0,80}:\s*$"
    # the noun phrase, what the person is or where met in apposition, the verb ("La déléguée de
    # l'ARS, que nous avons rencontrée aux Andelys, assume …"): the commas set the noun phrase off
    # (without them, where it ends is a guess: "Le médecin coordinateur résume …")
    # or, no commas, an object pronoun or a reflexive between the noun phrase and its verb, where it
    # ends ("Un cadre de la délégation départementale de la Sarthe le formule ainsi :"; not the
    # articles "la", "les", "l'": they open the noun phrase's complements; s54)
    clitics = "|".join(re.escape(w) for w in cv.language_data().get("object_pronouns", []) + cv.language_data().get("incise_reflexives", [])
                       if w.lower() not in ("l'", "l’", "la", "les")) or "(?!)"
    return re.compile(rf"^\s*{np}(?:\s*,\s*(?P<app>[^,;.«»]{{3,100}}),\s+|\s+(?=(?:{clitics})\s))(?:(?:{clitics})\s+)?{verb}")


def _without_clitic(np: str) -> str:
    """A noun phrase without the object pronoun a lazy match left at its end ("… de la Sarthe le")."""
    clitics = {w.lower() for w in cv.language_data().get("object_pronouns", []) + cv.language_data().get("incise_reflexives", [])}
    words = np.split()
    return " ".join(words[:-1]) if len(words) > 1 and words[-1].lower() in clitics else np


def person_head(noun: str) -> bool:
    """A noun phrase's head that names a person: a person noun, or a trade ("Une conseillère de la
    CPAM", "Un cadre de la délégation": roles.names_a_trade), not a text ("Une étude de la DREES")."""
    return bool(cv.PERSON_NOUN.match(noun)) or names_a_trade(noun)


def described_colon_subject(lead: str, gazetteer) -> dict | None:
    """Attrs of the unnamed person a one-sentence paragraph opens with, described by a person noun
    and an apposition, whose sentence ends on a colon before the quotation, whatever its verb ("La déléguée
    départementale de l'ARS, que nous avons rencontrée aux Andelys, assume cette répartition des
    rôles : « … »"), or None; not when the words before the colon name a text ("… a affiché
    dans la salle : « … »")."""
    if len(lead) > named_settings()["max_lead_chars"] or any(q in lead for q in "«»\"“”"):
        return None
    m = _described_colon(id(cv.language_data())).match(lead)
    if m is None or not person_head(m.group("noun")) or names_a_text(lead) or cv.NAME.search(m.group("np")) \
            or re.search(r"[.!?]\s", lead.strip()) or speech_word(m.group("verb")):
        return None  # (a speech verb's clause is the other readers': "Un médecin …, exerçant …, lance :")
    app = (m.group("app") or "").strip()
    desc = app if app and describes_person(app) else m.group("np").strip()
    role, region, place = describe(desc, gazetteer)
    if role in ("", "autre", "inconnu"):
        return None
    if not region and app:
        region, place = resolve_region(app, gazetteer)  # "que nous avons rencontrée aux Andelys"
    return {"speaker": "", "role_raw": desc, "role": role, "region": region, "place": place,
            "attr_source": "attribution"}


def described_subject(lead: str, gazetteer, trades: bool = False) -> dict | None:
    """Attrs of the unnamed person a paragraph opens with, described by a person noun (and what they
    do in apposition), the subject of a speech verb ("Le président de la CPTS, médecin généraliste
    à Lisieux, reconnaît que … Selon lui, « … »"), or None; nothing quoted before. No speaker: the
    role and the place from the apposition, else from the noun phrase."""
    if len(lead) > named_settings()["max_lead_chars"] or any(q in lead for q in "«»\"“”"):
        return None
    m = _described_subject(id(cv.language_data())).match(lead)
    if m is None or not person_head(m.group("noun")) or not speech_word(m.group("verb")) or cv.NAME.search(m.group("np")):
        return None  # (a name in the noun phrase, "Le docteur Olivier Marchand, …": the named readers')
    app = (m.group("app") or "").strip()
    np = _without_clitic(m.group("np").strip())
    desc = app if app and describes_person(app) else np
    role, region, place = describe(desc, gazetteer)
    if role in ("", "autre", "inconnu") and desc != np:
        # "Une conseillère de la CPAM de la Sarthe, chargée de l'accompagnement des CPTS, insiste …":
        # the apposition says a task, the noun phrase the body (s54)
        desc = np
        role, region, place = describe(desc, gazetteer)
    # ``trades``: a trade outside the vocabulary says what a coded speaker does ("Un agent de santé
    # communautaire … décrit : « … » [ent. 21]"; s55)
    outside = trades and role in ("", "autre", "inconnu") and names_a_trade(np)
    if role in ("", "autre", "inconnu") and not outside:
        return None
    if outside:
        role = "autre"
    return {"speaker": "", "role_raw": desc, "role": role, "region": region, "place": place,
            "attr_source": "attribution"}


@lru_cache(maxsize=4)
def _topic_subject(key: int) -> re.Pattern:
    d = cv.language_data()
    det = "|".join(re.escape(w) for w in d.get("singular_determiners", [])) or "(?!)"
    return re.compile(rf"^\s*(?:{cv._flex_alt(d.get('introducers', []))})\s+"
                      rf"(?P<np>(?:{det})\s*(?P<noun>[^\W\d_][\w-]+)[^,;.«»:]{{0,40}}?)\s*,\s*[^«»]*$", re.IGNORECASE)


def topic_subject(lead: str, gazetteer) -> dict | None:
    """Attrs of the unnamed person a paragraph opens on as its topic, by an introducer and a person
    noun ("Pour l'infirmière, la langue n'est pas du folklore. « … », explique-t-elle"), for the
    pronoun of the quotation's incise; None when the noun names no one or no role (s24-segspeech2)."""
    if len(lead) > named_settings()["max_lead_chars"]:
        return None
    m = _topic_subject(id(cv.language_data())).match(lead)
    if m is None or not cv.PERSON_NOUN.match(m.group("noun")):
        return None
    role, region, place = describe(m.group("np").strip(), gazetteer)
    if role in ("", "autre", "inconnu"):
        return None
    return {"speaker": "", "role_raw": m.group("np").strip(), "role": role, "region": region, "place": place,
            "attr_source": "attribution"}


def presented_before_pronoun(lead: str, gazetteer) -> dict | None:
    """Attrs of the person a sentence closes on by full name and what they do ("Le constat est
    partagé par Sabrina Hoarau, 34 ans, infirmière libérale.") when the next sentence, the one
    leading to the quotation, opens with a subject pronoun ("Elle a rejoint la CPTS … « … »,
    explique-t-elle"), or None; nothing quoted before in the paragraph."""
    if len(lead) > named_settings()["max_lead_chars"] or any(q in lead for q in "«»\"“”"):
        return None
    sentences = re.split(r"(?<=[.!?])\s+", lead.strip())
    pronouns = _words_alt(named_settings()["subject_pronouns"])
    if len(sentences) < 2 or not re.match(rf"(?:{pronouns})\s", sentences[-1]):
        return None
    m = None
    for m in re.finditer(cv.NAME.pattern + r"\s*,\s*(?P<app>[^.;«»]{3,120})[.]$", sentences[-2]):
        pass
    if m is None:
        return None
    desc = m.group("app").strip()
    role, region, place = describe(desc, gazetteer)
    if role in ("", "autre", "inconnu"):
        return None
    return {"speaker": m.group("name"), "role_raw": desc, "role": role, "region": region, "place": place,
            "attr_source": "attribution"}


# a sentence presenting a person by what they do and their full name between commas, its verb
# after them: "Son associé au cabinet infirmier, Yann Kerbrat, ne le parle pas." (or the name first:
# "Yann Kerbrat, son associé au cabinet, ne le parle pas.")
DESCRIPTION_THEN_NAME = re.compile(rf"^(?P<desc>[^,.;:!?«»\"“”()]{{3,80}}?)\s*,\s*{cv.NAME.pattern}\s*,\s*[^«»\"“”]*[.!?]$")
NAME_THEN_DESCRIPTION = re.compile(rf"^{cv.NAME.pattern}\s*,\s*(?P<desc>[^,.;:!?«»\"“”()]{{3,80}}?)\s*,\s*[^«»\"“”]*[.!?]$")
# s27-segrole2: or what they do fronted and the name the subject of the verb at once, without a second
# comma ("Infirmière libérale à Calacuccia depuis 2009, Marie-Ange Santoni passe plus de temps au volant
# qu'au chevet des patients."), as a press portrait opens on the person it then quotes
DESCRIPTION_THEN_SUBJECT = re.compile(rf"^(?P<desc>[^,.;:!?«»\"“”()]{{3,80}}?)\s*,\s*{cv.NAME.pattern}\s+(?=[a-zà-ÿ])[^«»\"“”]*[.!?]$")


def presented_just_before(lead: str, gazetteer) -> dict | None:
    """Attrs of the person the sentence right before a quotation, in its paragraph, presents as its
    subject by what they do and their full name between commas (in either order), whatever its
    verb, when nothing is quoted before it in the paragraph: the person a pronoun incise of the
    quotation stands for ("Son associé au cabinet infirmier, Yann Kerbrat, ne le parle pas. « Je
    ne connais que deux mots, sourit-il. … »"), or what they do fronted before the name as the
    verb's subject ("Infirmière libérale à Calacuccia depuis 2009, Marie-Ange Santoni passe …";
    s27-segrole2); else None (s26-segleft2)."""
    if not lead.strip() or any(q in lead for q in "«»\"“”"):
        return None
    last = re.split(r"(?<=[.!?])\s+", lead.strip())[-1]
    for pattern in (DESCRIPTION_THEN_NAME, NAME_THEN_DESCRIPTION, DESCRIPTION_THEN_SUBJECT):
        m = pattern.match(last)
        # (a year she has practised since is no reference's year: "… à Calacuccia depuis 2009, Marie-Ange …")
        if m and describes_person(cv.SINCE_YEAR.sub("", m.group("desc")).rstrip()) \
                and normalize_role(m.group("desc")) not in ("autre", "inconnu"):
            desc = m.group("desc").strip()
            role, region, place = describe(desc, gazetteer)
            return {"speaker": m.group("name"), "role_raw": desc, "role": role, "region": region, "place": place,
                    "attr_source": "attribution"}
    return None


def presented_earlier(before: str, gazetteer, role: str = "") -> dict | None:
    """Attrs of the one person the text before a quotation presents by full name and what they do
    between commas ("Lucie Moreau, sage-femme libérale à Vierzon, suit chaque mois …", a standfirst
    or an earlier paragraph) when nothing is quoted in it: the person a pronoun after the first
    quotation stands for ("« … », raconte-t-elle"); None when it presents none or several, or
    quotes something already (the pronoun may be that speaker's; a quotation filling its line, a
    headline, says nothing of who a pronoun is). ``role``: the role a definite anaphor gives ("«
    … », sourit la sage-femme"): the one person presented with that role, quotations or not."""
    before = re.sub(r"(?m)^[ \t]*«[^«»\n]*»[ \t]*$", "", before)
    if not role and any(q in before for q in "«»\"“”"):
        return None
    before = re.sub(r"«[^«»]*»", "", before) if role else before
    found, want = {}, role
    for m in re.finditer(cv.NAME.pattern + r"\s*,\s*(?P<app>[^.;,«»()]{3,90})\s*,", before):
        role, region, place = describe(m.group("app").strip(), gazetteer)
        if role not in ("", "autre", "inconnu") and (not want or role == want):
            found[m.group("name")] = {"speaker": m.group("name"), "role_raw": m.group("app").strip(), "role": role,
                                      "region": region, "place": place, "attr_source": "attribution"}
    return next(iter(found.values())) if len(found) == 1 else None


def presented_first_name(before: str, gazetteer) -> dict | None:
    """Attrs of the one person the text before a quotation presents by first name alone and what
    they do between commas, when nothing is quoted in it: a sentence opening on the name ("Claire,
    aide à domicile à Murat, passe chaque matin …") or the name anywhere with a description of a
    person ("… est assuré par Josette, sage-femme de la PMI, et …"); the person a pronoun stands
    for ("Elle résume : « … »", "« … », ajoute-t-il"). None when it presents none or several, or
    the name is a place (segfix38)."""
    before = re.sub(r"(?m)^[ \t]*«[^«»\n]*»[ \t]*$", "", before)
    if any(q in before for q in "«»\"“”"):
        return None
    found = {}
    for m in cv.FIRST_NAME_APPOSITION.finditer(before):
        desc = m.group("desc").strip()
        if not cv.NOT_A_DESCRIPTION.match(desc) and not gazetteer.find(m.group("name")):
            found[m.group("name")] = desc
    for m in re.finditer(rf"(?<![\w-]){NAMED_FIRST}(?=\s*,\s*(?P<desc>[^,.;:«»()]{{3,90}})\s*,)", before):
        name, desc = m.group("name"), m.group("desc").strip()
        if name not in found and describes_person(desc) and not cv.NOT_A_DESCRIPTION.match(desc) \
                and not cv.NAME.search(before[max(0, m.start() - 30):m.end()]) and not gazetteer.find(name) \
                and not any(re.fullmatch(w, name, re.IGNORECASE) for w in cv.language_data().get("not_names", [])):
            found[name] = desc
    # a pseudonym presented by a parenthesis: "Sylvie (54 ans, aide à domicile pour une association
    # d'Ambert) parcourt …" (a sociology article's informant, s33-segr57a)
    for m in re.finditer(rf"(?<![\w-]){NAMED_FIRST}\s*\((?P<desc>[^()«»]{{3,120}})\)\s+(?=[a-zéèêàâîôûç])", before):
        name, desc = m.group("name"), m.group("desc").strip()
        if name not in found and describes_person(desc) and not cv.NOT_A_DESCRIPTION.match(desc) \
                and not gazetteer.find(name) \
                and not any(re.fullmatch(w, name, re.IGNORECASE) for w in cv.language_data().get("not_names", [])):
            found[name] = desc
    if len(found) != 1:
        return None
    name, desc = next(iter(found.items()))
    role, region, place = describe(desc, gazetteer)
    return {"speaker": name, "role_raw": desc, "role": role, "region": region, "place": place,
            "attr_source": "attribution"}


@lru_cache(maxsize=8)
def _pronoun_colon(key: int) -> re.Pattern:
    """A sentence whose subject is a singular pronoun before a speech verb, after at most a short
    opening phrase ("Comme d'autres, elle décrit un travail qui … :"), ending on a colon."""
    pronouns = _words_alt(named_settings()["subject_pronouns"])
    objects = _words_alt(named_settings()["object_pronouns"])
    return re.compile(rf"^\s*(?:[^,.;:«»]{{1,40}},\s*)?(?:{pronouns})\s+(?:(?:{objects})\s*)?"
                      rf"(?:{cv.SPEECH_VERBS})\b[^«»]*:\s*$", re.IGNORECASE)


def pronoun_colon_person(above: str, gazetteer) -> dict | None:
    """Attrs of the person a block quotation's lead-in paragraph presents, when that paragraph
    ends on a sentence whose subject pronoun reports words ("Sylvie (54 ans, aide à domicile …)
    parcourt … Comme d'autres, elle décrit un travail qui … :" over « … » alone on its line): the one
    person its earlier sentences present by first name or full name and what they do
    (presented_first_name, presented_earlier); None when the last sentence names its own subject,
    or the paragraph presents none or several."""
    cut = max(above.rfind(". "), above.rfind("? "), above.rfind("! "))
    if cut < 0 or not _pronoun_colon(id(cv.language_data())).match(above[cut + 1:]):
        return None
    earlier = above[:cut + 1]
    return presented_first_name(earlier, gazetteer) or presented_earlier(earlier, gazetteer)


def headline_call(chunk: str, qa: int, qb: int, call, gazetteer):
    """A quotation filling the first line of its run of prose, a press headline ("« Depuis la
    fermeture de la maternité, c'est nous qui faisons le lien »"), as the words of the one person
    the paragraph below presents by full name and what they do ("Lucie Moreau, sage-femme libérale
    à Vierzon, suit …", the standfirst); ``call`` unchanged otherwise."""
    if call.verbatim or chunk[qa:qa + 1] != "«" or len(chunk[qa + 1:qb - 1].split()) < named_settings()["min_words"]:
        return call
    end = chunk.find("\n", qb)
    end = len(chunk) if end < 0 else end
    if chunk[:qa].strip() or chunk[qb:end].strip(" .!?"):
        return call
    below_end = chunk.find("\n", end + 1)
    below = chunk[end + 1:below_end if below_end >= 0 else len(chunk)]
    attrs = presented_earlier(below, gazetteer) if below.strip() else None
    return call if attrs is None else type(call)(True, attrs)


# an inverted incise between the two halves of one quotation: "« … , » raconte-t-il, « … »"
SPLIT_AFTER = re.compile(r"^\s*,?\s*[a-zéèêàâîôûç]+(?:-t)?-(?:il|elle)\s*,\s*«")


def introduced_pronoun_subject(lead: str, gazetteer) -> dict | None:
    """The person an introducer's stressed pronoun stands for ("Le Dr Sarah Benhamou exerçait à Meaux.
    Pour elle, « … »"): the nearest sentence subject of its gender before it (pronoun_subjects.yaml
    stressed_subject_pronouns; s50), else None."""
    m = cv.PRONOUN_INTRO.search(lead)
    if m is None:
        return None
    stressed = lead[m.start():].rstrip(" ,").split()[-1].lower()
    pron = (cv.language_data().get("stressed_subject_pronouns") or {}).get(stressed)
    if not pron:
        return None
    from .pronoun_subjects import gendered_subject

    return gendered_subject(pron, lead[:m.start()] + (lead[m.start()] if lead[m.start():m.start() + 1] in ".;!?" else ""), "", gazetteer)


def subject_call(lead: str, call, gazetteer, before: str = "", after: str = ""):
    """A pronoun's quotation ("Il ajoute : « … »") as the words of the person the paragraph opens
    with; in press style the pronoun follows the quotation ("X, infirmière, explique que … « … »,
    ajoute-t-elle"): the first quotation of a paragraph whose subject a speech verb reports.
    ``before``: the text before the quotation (its section), for the one person presented above;
    ``after``: the text after it."""
    if call.verbatim and not call.attrs.get("speaker") and (member := colon_member(lead, gazetteer)) is not None:
        # "Dr Kessler (MG) répond : « … »": the member the clause names, whatever the clause alone gave
        return type(call)(True, {**call.attrs, **member}, call.attribution)
    said = {k: call.attrs[k] for k in ("role", "role_raw") if call.attrs.get("role") not in (None, "", "inconnu")}
    if call.verbatim and not call.attrs.get("speaker") and "person" not in call.attrs \
            and (pronoun := _colon_pronoun(lead, gazetteer, _line_above(before, lead), named_only=bool(said))) is not None:
        # "…. Interrogée …, elle déclare :"; the role the lead gave kept ("elle précise qu'elle parle
        # cette fois en élue :" after "IDE2 exerce en libéral …": IDE2, as an elected member; s50)
        return type(call)(True, {**call.attrs, **pronoun, **said}, call.attribution)
    if call.verbatim:
        anaphor = call.attrs.get("role_raw", "")
        if call.attrs.get("speaker") or "person" in call.attrs or call.attrs.get("role") in (None, "", "autre", "inconnu") \
                or not re.fullmatch(rf"(?:{cv.ANAPHORIC})\s*[^\W\d_][\w-]+", anaphor, re.IGNORECASE):
            return call
        # "« … », poursuit le médecin": the paragraph's subject when the anaphor gives their role
        attrs = paragraph_subject(lead, gazetteer) or named_subject(lead, gazetteer)
        if attrs is None and before:  # or the one person presented above with that role
            attrs = presented_earlier(before, gazetteer, call.attrs["role"])
        return call if attrs is None or attrs["role"] != call.attrs["role"] else type(call)(True, attrs, call.attribution)
    if call.attrs.get("_pronoun") and not lead.rstrip().endswith(":"):
        from .pronoun_subjects import pronoun_subject  # it reads describe() of this module

        attrs = paragraph_subject(lead, gazetteer) or named_subject(lead, gazetteer) or described_subject(lead, gazetteer) \
            or presented_before_pronoun(lead, gazetteer) \
            or topic_subject(lead, gazetteer) \
            or presented_just_before(lead, gazetteer) \
            or pronoun_subject(lead, after, gazetteer, before[:len(before) - len(lead)] if before.endswith(lead) else "") \
            or introduced_pronoun_subject(lead, gazetteer)  # "X ouvre le standard. … « … », explique-t-elle" (segment/pronoun_subjects.py)
        if attrs is None and before:  # the one person presented above, nothing quoted yet
            attrs = presented_earlier(before, gazetteer)
            if attrs is None and not SPLIT_AFTER.match(after):  # a split quotation's first half: not alone (segfix38)
                attrs = presented_first_name(before, gazetteer)
        return call if attrs is None else type(call)(True, attrs)
    if not lead.rstrip().endswith(":"):
        return call
    cut = max(lead.rfind(". "), lead.rfind("? "), lead.rfind("! "))
    if not cv.PRONOUN_SPEECH.search(lead[cut:] if cut >= 0 else lead):
        # "La déléguée de l'ARS … assume … : « … »"; "Mme Lebrun (IDEL) souligne : « … »"
        attrs = described_colon_subject(lead, gazetteer) or colon_member(lead, gazetteer) \
            or _colon_pronoun(lead, gazetteer)  # "…. Interrogée sur ce point, elle déclare :"
        if attrs is None and cut >= 0:
            # "… soutenir. Un cadre de la délégation départementale de la Sarthe le formule ainsi :": the
            # person the lead's last sentence opens with (s54)
            last = last_sentence(lead)
            attrs = described_colon_subject(last, gazetteer) or described_subject(last, gazetteer)
        if attrs is None and before.endswith(lead):
            # "En 2009, il confiait au bulletin :" opening its paragraph: the subject of the paragraph
            # above when they practise a profession ("Le docteur Jean-Claude Sylvestre nous a quittés");
            # not a case's patient ("Mme D., 82 ans, … ⏎ Le samedi matin, elle appelle le cabinet :")
            attrs = _colon_pronoun(lead, gazetteer, before[:len(before) - len(lead)])
            attrs = attrs if attrs is not None and attrs["role"] not in ("", "autre", "inconnu") else None
        return call if attrs is None else type(call)(True, attrs)
    attrs = paragraph_subject(lead, gazetteer)
    if attrs is None:  # "La pharmacienne nuance ce rôle. Elle déclare : « … »" (segment/pronoun_subjects.py)
        attrs = _colon_pronoun(lead, gazetteer)
    if attrs is None and before and re.match(rf"\s*(?:{_words_alt(named_settings()['subject_pronouns'])})\s", lead[cut + 1:] if cut >= 0 else lead):
        # "Claire, aide à domicile, … Elle décrit … : « … »": the one person presented above (segfix38)
        attrs = presented_earlier(before, gazetteer) or presented_first_name(before, gazetteer)
    return call if attrs is None else type(call)(True, attrs)


def last_sentence(lead: str) -> str:
    """The lead's last sentence: after the last full stop, question or exclamation mark that ends a
    word of small letters (not "M. Dupont", "Dr."), the lead itself when it has one sentence."""
    parts = re.split(r"(?<=[a-zàâçéèêëîïôûù»)][.!?])\s+(?=[A-ZÀ-Ý])", lead.strip())
    return parts[-1] if parts else lead


def _line_above(before: str, lead: str) -> str:
    """The text above the lead's paragraph in ``before`` (the section up to the quotation)."""
    head = before[:len(before) - len(lead)] if lead and before.endswith(lead) else before
    return head if not lead.strip() or head != before else ""


def _colon_pronoun(lead: str, gazetteer, above: str = "", named_only: bool = False) -> dict | None:
    """The described person a colon lead's subject pronoun stands for, when they have a role (or,
    ``named_only``: when the lead gave the role, a named person or code whatever their role);
    ``above``: the text above the lead's paragraph, read when the pronoun opens the paragraph."""
    from .pronoun_subjects import colon_pronoun_subject  # it reads describe() of this module

    attrs = colon_pronoun_subject(lead, gazetteer, above)
    if attrs is not None and named_only and attrs["speaker"]:
        return attrs
    if attrs is not None and attrs["role"] == "autre" and cv.AGE_FIELD.match(attrs["role_raw"]):
        # "Mme Husson, 67 ans, diabétique, vient … Elle hésite à s'asseoir :": a person presented by
        # an age (a patient), not a profession: theirs too
        return attrs
    return attrs if attrs is not None and attrs["role"] not in ("", "autre", "inconnu") else None


# -- "Nadia Benali est coordinatrice de parcours … Son credo : « … »" ---------------------------

@lru_cache(maxsize=4)
def _possessive(key: int) -> tuple[re.Pattern, re.Pattern]:
    d = cv.language_data()
    dets, nouns = cv._flex_alt(d.get("possessive_determiners", [])), cv._flex_alt(d.get("possessed_saying_nouns", []))
    # a participle clause may stand before the colon ("Ses propos, traduits par le médiateur :")
    lead = re.compile(rf"^(?:{dets or '(?!)'})\s+(?:{nouns or '(?!)'})(?:\s*,\s*[^\W\d_][^,:;.«»]{{2,60}})?\s*:\s*$")
    civilities = cv._flex_alt(named_settings()["civilities"]) or "(?!)"
    copulas = cv._flex_alt(d.get("copulas", [])) or "(?!)"
    # a sentence may open on a definite article before a civility ("Le docteur …"): the language
    # data's definite articles (function_labels.yaml), capitalised
    articles = cv.literal_alternation({a[:1].upper() + a[1:] for a in d.get("function_label_articles", [])}) or "(?!)"
    presented = re.compile(rf"^(?:(?:{articles})\s*)?(?:(?:{civilities})\.?\s+)?{cv.NAME.pattern}"
                           rf"(?:\s*,\s*(?P<app>[^,;.«»]{{3,100}})\s*,|\s+(?:{copulas})\s+(?P<cop>[^;.«»]{{3,200}}))")
    return lead, presented


@cv.per_language_data
def _titled_person() -> re.Pattern:
    """A person named anywhere in a sentence after a definite article and a title ("… avec le capitaine
    Amoedang avant …"): ``possessive_titles`` (s29-segr50b)."""
    d = cv.language_data()
    titles = cv._flex_alt(d.get("possessive_titles", [])) or "(?!)"
    articles = cv._alt(d.get("function_label_articles", [])) or "(?!)"
    name = r"[A-ZÉÈ][a-zéèêëïîôûç]+(?:-[A-ZÉÈ][a-zéèêëïîôûç]+)?(?:\s+[A-ZÉÈ][a-zéèêëïîôûç]+)?"
    return re.compile(rf"(?<![\w'’])(?i:{articles})\s*(?P<title>(?i:{titles}))\s+(?P<name>{name})\b")


POSSESSIVE_BACK = 4  # sentences looked back for the person


def possessive_call(before: str, call, gazetteer):
    """A quotation nobody claimed after "Son credo :" (a possessive, a saying noun, a colon:
    ``possessive_determiners``, ``possessed_saying_nouns``) as the words of the person the nearest
    sentence before presents by name and what they do ("Nadia Benali est coordinatrice de
    parcours …", "Le docteur Thomas Girard, généraliste à Montargis, …"), in the same paragraph or
    the one before; ``before``: the text before the quotation."""
    if call.attrs.get("speaker"):
        return call
    # a quotation some rule gave only a role is still the possessive's person: "Ses paroles, traduites par
    # l'infirmière :" names the translator, not the speaker (s29-segr50b)
    lead, presented = _possessive(id(cv.language_data()))
    start = before.rfind("\n") + 1
    sentences = re.split(r"(?<=[.!?»])\s+", before[start:])
    if not lead.match(sentences[-1].strip()):
        return call
    prev = before[:start].rstrip()
    earlier = re.split(r"(?<=[.!?])\s+", prev[prev.rfind("\n") + 1:]) if prev else []
    for sentence in reversed((earlier + sentences[:-1])[-POSSESSIVE_BACK:]):
        m = presented.match(sentence.strip())
        if m is None:
            titled = _titled_person().search(sentence)
            if titled is None:
                continue
            # "… avec le capitaine Amoedang …": the title says a person, whatever role it names
            role, region, place = describe(titled.group("title"), gazetteer)
            return type(call)(True, {"speaker": titled.group("name"), "role_raw": titled.group("title"),
                                     "role": role if role not in ("", "inconnu") else "autre", "region": region,
                                     "place": place, "attr_source": "attribution"})
        desc = (m.group("app") or m.group("cop") or "").strip()
        role, region, place = describe(desc, gazetteer)
        if role in ("autre", "inconnu"):
            return call  # what the person does names no role: a title, a place ("Paul Renaud, 2019,")
        return type(call)(True, {"speaker": m.group("name"), "role_raw": desc, "role": role, "region": region,
                                 "place": place, "attr_source": "attribution"})
    return call


# -- who speaks to the author of a first-person account --------------------------------------

FIRST_NAME = r"[A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?"
UNDESCRIBED = ("", "inconnu")


@lru_cache(maxsize=4)
def _confided(key: int) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    s = named_settings()
    obj, pron = _words_alt(s["object_pronouns"]), _words_alt(s["subject_pronouns"])
    tail = rf"\s*(?:{obj})\s*(?:{_CONFIDED_AUXILIARY})?(?P<verb>[^\W\d_]+)[^«»:.!?]*:\s*$"
    named = re.compile(
        rf"^(?:(?:{_CONFIDED_POSSESSIVE})\s[^,.:«»]{{2,60}},\s*)?(?P<name>{FIRST_NAME})"
        rf"(?:\s*\((?P<paren>[^()]{{1,60}})\))?(?:,\s*(?P<app>[^,.:«»]{{2,80}}),)?{tail}")
    pronoun = re.compile(rf"^(?:{pron}){tail}")
    opening = re.compile(rf"^(?P<name>{FIRST_NAME})(?:\s*\((?P<paren>[^()]{{1,60}})\))?\s+[a-zà-ÿ]")
    return named, pronoun, opening


def confided_speaker(paragraph_before: str, lower_words: set[str]) -> tuple[str, str] | None:
    """(name, description) of who speaks to the author in the sentence ending the text before a
    quotation, or None. ``lower_words``: the words the text writes in lower case (no name)."""
    named, pronoun, opening = _confided(id(cv.language_data()))
    sentences = re.split(r"(?<=[.!?])\s+", paragraph_before.strip())
    last = sentences[-1]
    m = None if pronoun.match(last) else named.match(last)
    writing = {fold(w).lower() for w in cv.language_data().get("confided_writing_verbs", [])}
    if m and (speech_word(m.group("verb")) or fold(m.group("verb")).lower() in writing):
        name, desc = m.group("name"), m.group("app") or m.group("paren") or ""
    elif (p := pronoun.match(last)) and speech_word(p.group("verb")) and len(sentences) > 1:
        from .pronoun_subjects import company_person  # it reads describe() of this module

        # "Matinée avec Joëlle, qui suit …. Elle m'a expliqué :": the person after a preposition of
        # company, not the sentence's first word (s34-segr60b)
        company = company_person(sentences[-2], None)
        o = opening.match(sentences[-2])
        if company is not None:
            name, desc = company["speaker"], company["role_raw"]
        elif not o:
            return None
        else:
            name, desc = o.group("name"), o.group("paren") or ""
    else:
        return None
    return None if name.lower() in lower_words else (name, desc.strip())


def _written_to(paragraph_before: str) -> bool:
    """The sentence ending the text before a quotation names who WROTE to the author or the
    readers ("Lavande nous écrit :", ``confided_writing_verbs``)."""
    if ":" not in paragraph_before:
        return False
    m = _confided(id(cv.language_data()))[0].match(re.split(r"(?<=[.!?])\s+", paragraph_before.strip())[-1])
    writing = {fold(w).lower() for w in cv.language_data().get("confided_writing_verbs", [])}
    return bool(m) and fold(m.group("verb")).lower() in writing


def _lower_words(text: str) -> set[str]:
    return set(re.findall(r"(?<![\w])[a-zà-ÿ]+(?![\w])", text))


def confided_attrs(seg, a: int, attrs: dict) -> dict:
    """``attrs`` of a quotation at text[a:] with the person its paragraph names just before it as
    speaking to the author, when they name nobody."""
    if attrs.get("speaker"):
        return attrs
    found = confided_speaker(seg.text[seg.text.rfind("\n", 0, a) + 1:a], set())
    if found is None:
        return attrs
    if getattr(seg, "_lower_words", None) is None:
        seg._lower_words = _lower_words(seg.text)
    name, desc = found
    if name.lower() in seg._lower_words:
        return attrs
    out = {**attrs, "speaker": name, "attr_source": attrs.get("attr_source") or "attribution"}
    role = normalize_role(desc) if desc else "inconnu"
    if out.get("role", "inconnu") in UNDESCRIBED and role not in UNDESCRIBED:
        out["role"], out["role_raw"] = role, desc
    return out


def confided_call(seg, a: int, b: int, call):
    """A verbatim quotation text[a:b] whose paragraph names, just before it, who speaks to the
    author: that person speaks."""
    if not call.verbatim and seg.text[a] in "«“" and _written_to(seg.text[seg.text.rfind("\n", 0, a) + 1:a]):
        from .fallbacks import reads_as_speech  # (fallbacks reads this module)
        if reads_as_speech(seg.text[a + 1:b - 1]):
            # "Lavande nous écrit : « Avant le GEM, je … »": a letter, a member's words to the journal
            attrs = confided_attrs(seg, a, {})
            if attrs.get("speaker"):
                return type(call)(True, {"role_raw": "", "region": "", "place": "", **attrs,
                                         "role": attrs.get("role") or "autre"}, call.attribution)
    if not call.verbatim or call.attrs.get("speaker"):
        return call
    attrs = confided_attrs(seg, a, call.attrs)
    return call if attrs is call.attrs else type(call)(True, attrs, call.attribution)


# -- the name before a speech verb in a first-person narrative -------------------------------

# the name's particles and the object pronouns before its verb: lang/fr grammar.yaml
_PARTICLES = cv.word_forms("lead_name_particles", r"\s+")
LEAD_NAME = rf"[A-ZÀ-ÖØ-Þ][\w’'-]+(?:\s+(?:{_PARTICLES})?[A-ZÀ-ÖØ-Þ][\w’'-]+){{0,2}}"
OBJECT = "(?:" + cv.word_forms("lead_object_pronouns", r"\s+") + ")?"
_AND = cv.word_forms("list_conjunctions")
_DEFINITE = cv.word_forms("definite_articles")
# a confided quotation's lead ("Ma voisine, Josette, m'a confié :"): lang/fr attributions.yaml
_CONFIDED_POSSESSIVE = cv.word_forms("confided_possessives")
_CONFIDED_AUXILIARY = cv.word_forms("confided_auxiliaries", r"\s+")
# "Comme le dit …", "Comme me l'a dit …" (lang/fr attributions.yaml as_said_*): the pronoun
# elided only before the auxiliary
_AS_SAID = f"(?:{cv.word_forms('as_said_conjunctions')})"
_AS_SAID_OBJECT = cv.word_forms("as_said_objects", r"\s+")
_AS_SAID_PRONOUN = cv.word_forms("as_said_pronouns", r"\s+",
                                 elided_after=rf"(?=(?:{cv.word_forms('as_said_auxiliaries')})\s)")


@lru_cache(maxsize=4)
def _leads(key: int) -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    s = named_settings()
    named = rf"(?:(?i:{_words_alt(s['civilities'])})\s+)?(?P<name>{LEAD_NAME})"
    verbs = cv.SPEECH_VERBS
    spoken = re.compile(rf"(?<![\w’']){named}\s+(?i:{OBJECT}(?:\w+\s+(?:{_AND})\s+{OBJECT})?(?P<verb>{verbs}))(?![\w’'])")
    texts = re.compile(rf"(?:{_words_alt(s['text_verbs'])})", re.IGNORECASE)
    interview = re.compile(rf"(?<!\w)(?:{_words_alt(s['interview_words'], folded=True)})(?!\w)")
    # "Comme l'a formulé …", "Comme le dit …": the opening both readings below share
    as_said = rf"(?:^|[.!?]\s+|,\s*)(?i:{_AS_SAID}\s+(?:{_AS_SAID_OBJECT})?(?:{_AS_SAID_PRONOUN})(?:{verbs})\s+)"
    said = re.compile(as_said
                      + rf"(?P<who>(?i:{_words_alt(s['acquaintance_articles'])})(?:\s+[a-zàâçéèêëîïôûù-]+){{1,3}}?"
                      rf"(?:\s+(?P<name>{LEAD_NAME}))?(?=\s*,))")
    # "Comme le dit Joséphine un peu plus loin dans l'entretien, « … »": a name right after the verb,
    # then words that name the interview, up to the comma
    said_in = re.compile(as_said + rf"(?P<name>{LEAD_NAME})(?P<rest>\s+[^,«»:;.!?]{{3,80}})(?=\s*,)")
    return spoken, texts, interview, said, said_in


def _cased(m: re.Match) -> str | None:
    """The name a match found, when it is written with a capital (the pattern ignores case for
    the verbs only)."""
    name = m.group("name")
    if not name or not name[0].isupper():
        return None
    return " ".join(w for w in name.split() if w[0].isupper() or w in ("de", "d'", "d’")) or None


def lead_speaker(clause: str) -> str | None:
    """The person the clause before a quotation's colon names as saying it: "Et voilà que Betty
    déclare devant l'équipe" -> "Betty"; "Arthur Sadoun confirme … dans cette interview" ->
    "Arthur Sadoun"; "Bourdieu explique" -> None (a verb that also reports a text needs an
    interview named)."""
    spoken, texts, interview, _, _ = _leads(id(cv.language_data()))
    heard = bool(interview.search(fold(clause).lower()))
    for m in spoken.finditer(clause):
        if not heard and texts.fullmatch(m.group("verb")):
            continue
        name = _cased(m)
        before = clause[:m.start("name")].rstrip()
        if name and cv.LOCATIVE.search(clause[:m.start("name")]):
            continue  # "l'infirmière de l'HAD de Saint-Laurent-du-Maroni m'a répondu": a place the subject is of
        if name and (before or len(name.split()) > 1 or m.start("name") > m.start()) \
                and not re.search(r"[.!?]$", before) or (name and before and before[-1] in ",;"):
            return name
    return None


def as_said_speaker(sentence: str) -> tuple[str, str] | None:
    """(speaker, description) of "Comme l'a formulé mon camarade Dan, …" before a quotation in
    the same sentence, or of "Comme le dit Joséphine plus loin dans l'entretien, …" (a name, then
    words naming the interview), or None."""
    _, _, interview, said, said_in = _leads(id(cv.language_data()))
    m = None
    for m in said.finditer(sentence):
        pass
    if not m:
        for m in said_in.finditer(sentence):
            pass
        if m and m.group("name")[0].isupper() and interview.search(fold(m.group("rest")).lower()):
            return m.group("name"), ""
        return None
    name = m.group("name") if m.group("name") and m.group("name")[0].isupper() else ""
    return name, m.group("who")


def clause_before_colon(before: str) -> str | None:
    """The words of the sentence before a quotation when they end on a colon (dashes between
    the colon and the guillemets allowed), else None."""
    t = re.sub(r"[\s—–-]+$", "", before)
    if not t.endswith(":"):
        return None
    t = t[:-1]
    cut = max(t.rfind(c) for c in ".!?»")
    return t[cut + 1:].strip()


@cv.per_language_data
def _text_nouns() -> re.Pattern:
    words = [fold(w).lower() for w in cv.language_data().get("narrated_text_nouns", []) if w]
    return re.compile(rf"(?<!\w)(?:{cv.literal_alternation(words) or '(?!)'})s?(?!\w)")


def names_a_text(clause: str) -> bool:
    """Whether the words before a quotation name a written text (a notice, a rule, a sign):
    what follows is read, not said."""
    return bool(_text_nouns().search(fold(clause).lower()))


def named_lead_calls(text: str, calls: list, first_person: bool) -> list:
    """``calls`` ((qa, qb, QuoteCall) with absolute offsets) with the quotations of a first-person
    narrative whose lead names the person made that person's words."""
    if not first_person:
        return calls
    s = named_settings()
    out = list(calls)
    for k, (qa, qb, call) in enumerate(out):
        if text[qa] not in "«“" or call.attrs.get("speaker"):
            continue
        if len(text[qa + 1:qb - 1].split()) < s["min_words"]:
            continue
        before = text[text.rfind("\n", 0, qa) + 1:qa]
        clause = clause_before_colon(before)
        speaker, who = None, ""
        if clause is not None and not names_a_text(clause):
            speaker = lead_speaker(clause)
            who = speaker or ""
        if speaker is None and not call.verbatim:
            got = as_said_speaker(re.split(r"(?<=[.!?])\s+", before)[-1])
            if got:
                speaker, who = got
        if speaker is None:
            continue
        role = normalize_role(who) if who else ""
        attrs = {**call.attrs, "speaker": speaker, "role_raw": call.attrs.get("role_raw", ""),
                 "role": call.attrs.get("role") or (role if role and role != "inconnu" else "autre"),
                 "region": call.attrs.get("region", ""), "place": call.attrs.get("place", ""), "attr_source": "attribution"}
        out[k] = (qa, qb, type(call)(True, attrs, call.attribution))
    return out


# -- a participant code as the subject of the quotation's sentence ---------------------------

CLOSING_CODE = r"»\s*\((?P<code>[^()\n]{1,12})\)"
SENTENCE_END = re.compile(r"[.!?…]\s+(?=[A-ZÀ-Ý«])|\n")


@lru_cache(maxsize=8)
def closing_codes(text: str) -> frozenset:
    """The codes that close quotations in parentheses ("» (P7)"), when there are enough of them."""
    shape = cv.LABEL_SHAPES["code"]
    found = Counter(m.group("code").strip() for m in re.finditer(CLOSING_CODE, text) if shape.match(m.group("code").strip()))
    return frozenset(found) if sum(found.values()) >= named_settings()["min_closing_codes"] else frozenset()


@lru_cache(maxsize=4)
def _coded(key: int) -> tuple[re.Pattern, re.Pattern]:
    opinion = re.compile(rf"(?<!\w)(?:{_words_alt(cv.language_data().get('opinion_stems', []), folded=True)})")
    before = re.compile(rf"(?<!\w)(?:{_words_alt(named_settings()['not_after'], folded=True)})\s*$")
    return opinion, before


def subject_code(text: str, a: int, codes: frozenset) -> str | None:
    """The code that is the subject of the sentence leading to the quotation opening at ``a``: the
    nearest code before it, after none of ``not_after``, then a speech verb or a verb of feeling
    within ``max_chars``."""
    if not codes:
        return None
    head = text[max(0, a - 600):a]
    cuts = [m.end() for m in SENTENCE_END.finditer(head)]
    sentence = head[cuts[-1]:] if cuts else head
    alt = cv.literal_alternation(codes)
    found = list(re.finditer(rf"(?<![\w-])(?:{alt})(?![\w-])", sentence))
    if not found:
        return None
    m = found[-1]
    between = sentence[m.end():]
    if len(between) > named_settings()["max_chars"] or "«" in between:
        return None
    opinion, before = _coded(id(cv.language_data()))
    if before.search(fold(sentence[:m.start()]).lower()):
        return None
    if not (cv.SPEECH_VERB_ANY.search(between) or opinion.search(fold(between).lower())):
        return None
    return m.group(0)


def coded_subject_call(text: str, a: int, call, coded_parenthesis, designated: frozenset = frozenset(),
                       defined: frozenset = frozenset()):
    """The quotation text[a:…] nobody claimed (or claimed for no one), given to its sentence's
    subject code; the code's attributes read as its parenthesis would be (``coded_parenthesis(code)``).
    The codes: those closing the document's quotations, ``designated``, the codes its methods give
    the participants ("elles sont désignées O1 à O6": "…, O2 répond sans hésiter : « … »"), and
    ``defined``, codes of any shape its key defines ("MedCDS = médecin …": "MedCDS1 estime que « … »")."""
    if call.verbatim and (call.attrs.get("speaker") or not defined):
        return call
    shape = cv.LABEL_SHAPES["code"]
    code = subject_code(text, a, closing_codes(text) | frozenset(c for c in designated if shape.match(c)) | defined)
    if code is None:
        return call
    attrs = coded_parenthesis(code)
    if not attrs:
        return call
    return type(call)(True, {**attrs, "speaker": attrs.get("speaker") or code}, None)


# -- "Une infirmière de la ligne (E7) insiste sur la fatigue : « … »" ----------------------------
# The lead-in's subject carries the code in parentheses, the colon opens the quotation; the words
# between hold no sentence end, no other parenthesis and no quotation.
LEAD_CODE = r"\(\s*(?P<code>[^()\n«»]{1,12}?)\s*\)[^()\n«».!?]{0,220}:\s*"


# or the code is the subject, its description in parentheses: "Enfin, E1 (homme, 52 ans, MSP) y voyait … : « … »"
SUBJECT_CODE = r"(?<![\w-])(?P<code>[A-ZÉ][\w-]{0,10}\d)\s*\([^()\n«»]{2,80}\)[^()\n«».!?]{0,220}:\s*"
# the first element of a credit parenthesis closing a quotation: "» (E3, femme, 41 ans, MSP)"
CREDIT_FIRST = r"»\s*\(\s*(?P<code>[^(),\n]{1,12}?)\s*[,)]"


def lead_codes(text: str) -> frozenset:
    """The codes a document writes in parentheses in the lead-ins of its quotations, or as their
    subject before a parenthesis describing the person, when it does so for at least two people or
    the code is one its quotations' credits use (its own regularity: one such parenthesis may be
    anything)."""
    shape = cv.LABEL_SHAPES["code"]
    found = {m.group("code") for m in re.finditer(LEAD_CODE + "«", text) if shape.fullmatch(m.group("code"))}
    subjects = {m.group("code") for m in re.finditer(SUBJECT_CODE + "«", text) if shape.fullmatch(m.group("code"))}
    if len(found | subjects) >= 2:
        return frozenset(found | subjects)
    credited = {m.group("code") for m in re.finditer(CREDIT_FIRST, text) if shape.fullmatch(m.group("code"))}
    letters = {_code_letters(c) for c in credited} if len(credited) >= 2 else set()
    return frozenset(c for c in found | subjects if _code_letters(c) in letters)


def _code_letters(code: str) -> str:
    """A code without its number: "E" of "E12", "IDE-" of "IDE-3" trimmed to "IDE"."""
    return re.sub(r"[\d\s_-]+$", "", code)


def apply_lead_codes(segments: list, text: str, kinds=("verbatim",)) -> None:
    """Give each verbatim that no reading gave a speaker the code its lead-in's parenthesis writes,
    when that code is one of the document's ``lead_codes``; what was read (role, region) is kept.
    A pass over the finished segments: whichever reader found the quotation, the slot is the same."""
    codes = lead_codes(text)
    if not codes:
        return
    for seg in segments:
        if seg.kind in kinds and not seg.speaker:
            before = text[max(0, seg.char_start - 300):seg.char_start]
            m = re.search(LEAD_CODE + r"$", before) or re.search(SUBJECT_CODE + r"$", before)
            if m is not None and m.group("code") in codes:
                seg.speaker = m.group("code")
                seg.attr_source = seg.attr_source or "attribution"


# -- "Comme le dit Nadège, infirmière libérale à Forcalquier : « … »" --------------------------

@lru_cache(maxsize=4)
def _introduced(key: int) -> re.Pattern:
    s = named_settings()
    formula = (rf"{_AS_SAID}\s+(?:{_AS_SAID_PRONOUN})(?:{cv.SPEECH_VERBS})"
               rf"|{cv._flex_alt(s['formulas']) or '(?!)'}")
    return re.compile(rf"(?:^|[.!?]\s+|[,;]\s*)(?i:{formula})\s+(?P<name>{LEAD_NAME})\s*,\s*"
                      r"(?P<desc>[a-zàâçéèêëîïôûù][^,:;«»()]{2,120}?)\s*(?:[,:]\s*|$)")


@lru_cache(maxsize=4)
def _described(key: int) -> re.Pattern:
    s = named_settings()
    elided = [f[:-2].rstrip() for f in s["formulas"] if f.endswith(" de")]
    indefinites = cv._flex_alt(s.get("formula_indefinites", []))
    if not elided or not indefinites:
        return re.compile(r"(?!)")
    # "les mots d'un maire", or a definite article joined to the "de": "aux yeux du maire"
    definites = cv._flex_alt(s.get("formula_definites", [])) or "(?!)"
    return re.compile(rf"(?:^|[.!?]\s+|[,;]\s*)(?i:{cv._flex_alt(elided)})\s+(?:d['’](?i:{indefinites})\s+|(?i:{definites})\s*)"
                      r"(?P<desc>[^:;«»()]{3,200}?)\s*,\s*$")


def introduced_described(lead: str) -> str | None:
    """The description of a person a formula introduces without naming them, the quotation right
    after the comma that closes it: "Pour reprendre les mots d'un vice-président de
    l'intercommunalité, maire d'une commune de 800 habitants près de Gisors," -> "vice-président
    de l'intercommunalité, maire …"; None when the description says no one's occupation ("les mots
    d'un rapport de l'inspection," is a text's)."""
    sentence = re.split(r"(?<=[.!?])\s+", lead.strip())[-1] if lead.strip() else ""
    m = _described(id(cv.language_data())).search(sentence + (" " if sentence.endswith(",") else ""))
    if m is None or cv.AUTHOR_YEAR.search(m.group("desc")):
        return None
    desc = m.group("desc").strip()
    return desc if describes_person(desc) else None


@lru_cache(maxsize=4)
def _relative(key: int) -> tuple[re.Pattern, re.Pattern]:
    relatives = cv._flex_alt(named_settings().get("relative_formulas", [])) or "(?!)"
    det = "|".join(re.escape(w) for w in cv.language_data().get("singular_determiners", [])) or "(?!)"
    return (re.compile(rf",\s*(?i:{relatives})\s*$"),
            re.compile(rf"(?:^|(?<=[\s,]))(?i:{det})\s*(?P<noun>[^\W\d_][\w-]+)"))


def relative_described(lead: str) -> str | None:
    """The description of the person a relative formula closes, the quotation right after it:
    "…, assumée par la présidente de la CPTS, pharmacienne à Villefranche-de-Rouergue, pour qui"
    -> "présidente de la CPTS, pharmacienne à Villefranche-de-Rouergue" (from the last singular
    determiner before a person noun); None when the phrase names someone (an author quoted: "le
    sociologue X, pour qui") or says no occupation."""
    sentence = re.split(r"(?<=[.!?])\s+", lead.strip())[-1] if lead.strip() else ""
    relative, person = _relative(id(cv.language_data()))
    m = relative.search(sentence)
    if m is None:
        return None
    head = sentence[:m.start()]
    found = [p for p in person.finditer(head) if cv.PERSON_NOUN.match(p.group("noun"))]
    if not found:
        return None
    desc = head[found[-1].start("noun"):].strip(" ,")
    if cv.NAME.search(desc) or cv.AUTHOR_YEAR.search(desc) or any(q in desc for q in "«»\"“”"):
        return None
    return desc if describes_person(desc) else None


def introduced_speaker(lead: str) -> tuple[str, str] | None:
    """(name, description) of the person a formula names, with what they do in apposition, in
    the sentence that leads to a quotation: "Comme le dit Nadège, infirmière libérale à
    Forcalquier :", "Selon les mots de Bertrand, médecin généraliste à Manosque, la CPTS a été",
    "Pour reprendre l'expression de Karim, pharmacien, l'officine est devenue"; None for an
    author quoted without apposition ("Comme le dit Bourdieu, « … »")."""
    sentence = re.split(r"(?<=[.!?])\s+", lead.strip())[-1] if lead.strip() else ""
    m = None
    for m in _introduced(id(cv.language_data())).finditer(sentence):
        pass
    if m is None or "«" in sentence[m.end():] or "“" in sentence[m.end():] or cv.AUTHOR_YEAR.search(m.group("desc")):
        return None
    name = _cased(m)
    return (name, m.group("desc").strip()) if name else None


def introduced_calls(text: str, calls: list, gazetteer, described_only: bool = False) -> list:
    """``calls`` ((qa, qb, QuoteCall), absolute offsets) with the quotations nobody claimed whose
    sentence (or the paragraph before, ending on a colon, for a quotation set apart) names the
    person by a formula and says what they do: that person's words. ``described_only``: only a
    person the formula describes without a name ("Pour reprendre les mots d'un maire …, « … »"),
    which names no author, so is read in any document."""
    s = named_settings()
    out = list(calls)
    for k, (qa, qb, call) in enumerate(out):
        if text[qa] not in "«“" or call.attrs.get("speaker") or len(text[qa + 1:qb - 1].split()) < s["min_words"]:
            continue
        if re.match(r"\s*\([^()]*\b(?:19|20)\d\d\b", text[qb:qb + 80]):
            continue  # "« … » (Strauss, 1985)": an author's notion
        start = text.rfind("\n", 0, qa) + 1
        lead = text[start:qa]
        if not lead.strip():  # a quotation set apart: the paragraph before it ends on a colon
            prev = text[:start].rstrip()
            lead = prev[prev.rfind("\n") + 1:]
            if not lead.endswith(":"):
                continue
        found = None if described_only else introduced_speaker(lead)
        if found is None:
            desc = introduced_described(lead)  # "Pour reprendre les mots d'un vice-président …, « … »"
            if desc is None:
                desc = relative_described(lead)  # "…, la présidente de la CPTS, pharmacienne à …, pour qui « … »"
            if desc is None:
                continue
            found = ("", desc)
        name, desc = found
        role, region, place = describe(desc, gazetteer)
        attrs = {**call.attrs, "speaker": name, "role_raw": desc, "role": role if role != "inconnu" else "autre",
                 "region": region or call.attrs.get("region", ""), "place": place or call.attrs.get("place", ""),
                 "attr_source": "attribution"}
        out[k] = (qa, qb, type(call)(True, attrs, call.attribution))
    return out
