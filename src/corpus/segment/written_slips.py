"""WRITTEN SLIPS transcribed one per paragraph under a numbered lead naming their medium (issue
#14, session 23, segwritten3): a suggestion box's "Billet n° 3 (écrit au crayon, non signé) : il
faudrait …", a workshop wall's "Post-it 12 : …", "Carte n° 4 (signée « Paulette ») : …". The
words after the colon, set without guillemets, are the slip's author's. The parenthesis describes
the slip (its ink, its hand), not a respondent as a survey's "n° 112 (pharmacienne) :" does
(segment/numbered_answers.py): the speaker is the signature it quotes ("signé « Jeannine, 81
ans »": Jeannine), else nobody; the role the signature's, else the public's
(``written_slip_public_role``). At least ``written_slip_min_lines`` leads with different numbers
make a transcription of slips; the answers set between them ("Réponse de l'équipe : …") are led
otherwise and stay the authors' narrative. Words: lang/fr/written_slips.yaml.

The same signature words close a written contribution quoted in running text (session 24,
s24-segwritten4, round 42's citizens' notebooks): "« … » (signé « un retraité de Domfront »)",
"« … » (anonyme, Passais-Villages)": ``signs_quote`` tells segment/quotes.py the quote is its
writer's, ``slip_author`` who they are.
"""

from __future__ import annotations

import re

from ..text import fold
from . import conventions as cv
from .attributions import describe, describes_person, description_fields
from .base import Span, TextLine
from .headed_messages import self_presented_role
from .regions import resolve_region
from .roles import normalize_role

_data = cv.language_data


@cv.per_language_data
def _lead() -> re.Pattern:
    media = cv._alt(_data().get("written_slip_media", [])) or "(?!)"
    marks = cv.literal_alternation(set(_data().get("written_slip_marks", []))) or "(?!)"
    # the medium, its number, the slip's description in parentheses, a colon, words not in guillemets
    return re.compile(rf"^\s*(?:{media})s?\s*(?:(?:{marks})\s*)?(?P<num>\d{{1,4}})\s*"
                      rf"(?:\((?P<paren>[^()\n]{{1,160}})\)\s*)?:\s+(?![«\"“])(?=\S)", re.IGNORECASE)


@cv.per_language_data
def _signed() -> re.Pattern:
    # the signature after its word, in guillemets or not, up to the parenthesis' next field
    words = cv._alt(_data().get("written_slip_signed", [])) or "(?!)"
    return re.compile(rf"(?<![\w-])(?:{words})\s*(?:«\s*(?P<quoted>[^»]+?)\s*»|(?P<plain>[^«»;]+))", re.IGNORECASE)


@cv.per_language_data
def _unsigned() -> re.Pattern:
    return cv._whole_words(_data().get("written_slip_unsigned", []))


def slip_lead(text: str) -> re.Match | None:
    """A slip's lead opening ``text`` ("Billet n° 3 (écrit au crayon, non signé) : "), or None
    when it leads fewer than ``written_slip_min_words`` words."""
    m = _lead().match(text)
    if m is None or len(text[m.end():].split()) < int(_data().get("written_slip_min_words", 3)):
        return None
    return m


def signature(paren: str) -> str:
    """The signature a slip's parenthesis quotes ("signé « Jeannine, 81 ans »" -> "Jeannine, 81
    ans"), '' when it has none or says so ("écrit au crayon, non signé")."""
    if not paren or _unsigned().search(paren):
        return ""
    m = _signed().search(paren)
    return (m.group("quoted") or m.group("plain") or "").strip(" ,.") if m else ""


@cv.per_language_data
def _collection() -> re.Pattern:
    # the notebook or register a contribution was written in, as the parenthesis' first field
    # ("cahier de Stenay", "registre de la mairie", "livre d'or du service")
    media = cv._alt(_data().get("written_collection_media", [])) or "(?!)"
    return re.compile(rf"^\s*(?:{media})s?(?![\w-])", re.IGNORECASE)


@cv.per_language_data
def _entry() -> re.Pattern:
    # the contribution's number in it ("contribution 14", "contribution n° 3", "page 12")
    nouns = cv._alt(_data().get("written_collection_entries", [])) or "(?!)"
    marks = cv.literal_alternation(set(_data().get("written_slip_marks", []))) or "(?!)"
    return re.compile(rf"^\s*(?:{nouns})\s*(?:(?:{marks})\s*)?\d{{1,4}}\s*$", re.IGNORECASE)


# a signature's name: capitalised words ("Josiane", "Mme Roux")
SIGNED_NAME = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]*){0,3}")


def collected_entry(paren: str) -> str | None:
    """The signature ('' when none) of a parenthesis naming the notebook or register a quoted
    contribution was written in and its entry's number or its writer ("cahier de Stenay,
    contribution 14", "cahier de Vaucouleurs, Josiane, 71 ans"; s28-segr47c, round 47's 2019
    citizens' notebooks); None when the parenthesis is not so (a document's "cahier des charges,
    p. 12" cites a text: neither an entry nor a name after it)."""
    fields = [f.strip() for f in paren.split(",") if f.strip()]
    if len(fields) < 2 or not _collection().match(fields[0]):
        return None
    rest = [f for f in fields[1:] if not _entry().match(f)]
    signed = bool(rest) and bool(SIGNED_NAME.fullmatch(rest[0]) or _unsigned().search(rest[0]))
    if signed:
        return ", ".join(rest)
    return "" if len(rest) < len(fields) - 1 else None  # an entry's number: its writer unnamed


def signs_quote(paren: str) -> bool:
    """A parenthesis after a quoted written contribution that opens on how it is signed ("signé « un
    retraité de Domfront »", "anonyme, Passais-Villages") or on the notebook it was written in and
    its entry ("cahier de Stenay, contribution 14"): the words of its writer (segment/quotes.py)."""
    t = paren.strip()
    unsigned = _unsigned().search(t)
    return bool(_signed().match(t) or (unsigned and unsigned.start() == 0) or collected_entry(t) is not None)


def slip_author(paren: str, gazetteer) -> dict:
    """The speaker attributes of a slip whose lead's parenthesis is ``paren``."""
    collected = collected_entry(paren)
    if collected is not None:
        # the notebook's place says where; the signature who, when there is one
        who = collected.split(",")[0].strip() if collected and not _unsigned().search(collected) else ""
        words = who.split()
        if words and fold(words[0]).lower().rstrip(".") in cv.CIVILITIES:
            words = words[1:]
        role, _, _ = describe(collected, gazetteer) if collected and gazetteer is not None else ("inconnu", "", "")
        if role in ("autre", "inconnu"):
            role = _data().get("written_slip_public_role", "") or "autre"
        region, place = resolve_region(paren, gazetteer) if gazetteer is not None else ("", "")
        return {"speaker": " ".join(words), "role_raw": paren.strip(), "role": role, "region": region,
                "place": place, "attr_source": "attribution"}
    sig = signature(paren)
    initialled = initialled_author(paren, gazetteer) if not sig and paren else None
    if initialled is not None:
        return initialled
    if not sig and paren:
        # an unsigned message whose lead profiles its author by sex or age, as a voicemail's
        # transcription does ("Message 2 (7 h 19, homme, en français) :"): someone's words, described
        # so (the time and the language are how it was recorded: attributions.description_fields)
        profile = [f for f in description_fields(paren) if cv.SEX_FIELD.match(f) or cv.AGE_FIELD.match(f)]
        if profile:
            return {"speaker": "", "role_raw": ", ".join(profile), "role": _data().get("written_slip_public_role", "")
                    or "autre", "region": "", "place": "", "attr_source": "attribution"}
    first = sig.split(",")[0].strip()
    role, region, place = describe(sig, gazetteer) if sig and gazetteer is not None else ("inconnu", "", "")
    if role in ("autre", "inconnu"):
        role = _data().get("written_slip_public_role", "") or role
    words = first.split()
    if words and fold(words[0]).lower().rstrip(".") in cv.CIVILITIES:
        words = words[1:]  # "Mme Roux": her name
    # a signature opening on a capital names its author ("Jeannine"); else it describes them ("une maman")
    speaker = " ".join(words) if words and words[0][:1].isupper() else ""
    return {"speaker": speaker, "role_raw": sig, "role": role, "region": region, "place": place,
            "attr_source": "attribution" if sig else ""}


def initialled_author(paren: str, gazetteer) -> dict | None:
    """The author a slip's lead gives by trade and initials, as a nominal group's cards are
    transcribed ("Carte 4 (IDE, M. R.) : …", "Post-it 9 (sage-femme, Mme T.) : …"; s26-segr45a):
    the initials speak, the trade says the role (a place among the fields says where). None when
    the parenthesis holds no single initials field or no trade of the role vocabulary."""
    parts = [p.strip() for p in paren.split(",") if p.strip()]
    shapes = (cv.LABEL_SHAPES["initials"], cv.LABEL_SHAPES["civility"])
    initials = [p for p in parts if any(shape.match(p) for shape in shapes)]
    rest = [p for p in parts if p not in initials]
    if len(initials) != 1 or not rest or gazetteer is None:
        return None
    role, region, place = describe(", ".join(rest), gazetteer)
    if role in ("autre", "inconnu"):
        return None
    return {"speaker": initials[0], "role_raw": ", ".join(rest), "role": role, "region": region, "place": place,
            "attr_source": "attribution"}


@cv.per_language_data
def _opening_self() -> re.Pattern:
    # the first sentence of a message presenting its author, as a caller does after the greeting
    # ("Oui bonjour, c'est l'infirmier du dispensaire de …", "Bonjour, ici la pharmacie …")
    words = cv._alt(_data().get("written_slip_self_presentations", [])) or "(?!)"
    return re.compile(rf"^[^.!?]{{0,40}}?(?<![\w’'])(?:{words})\s+(?P<what>[^.,;:!?]{{3,60}})", re.IGNORECASE)


def self_presented(body: str) -> str:
    """The trade a slip's author gives themselves: "Je suis infirmière libérale …" anywhere
    (headed_messages.self_presented_role), "c'est l'infirmier du …" opening it; '' when none."""
    role = self_presented_role(body)
    if not role and (m := _opening_self().match(body)):
        role = normalize_role(m.group("what"))
    return "" if role in ("autre", "inconnu") else role


# a first name alone, as a caller names themselves ("c'est Brigitte, l'infirmière")
SELF_NAME = re.compile(r"(?P<name>[A-ZÉÈ][a-zéèêëïîôûç]+(?:-[A-ZÉÈ][a-zéèêëïîôûç]+)?)\s*(?:[,.;:!?]|$)")


def self_named(body: str, gazetteer=None) -> str:
    """The first name a message's author gives themselves as it opens, after the greeting ("Bonjour,
    c'est Brigitte, l'infirmière, …": lang/fr written_slip_self_presentations); '' when the words
    after are no first name alone ("c'est pour ma fille", "ici la pharmacie", a civility, a place)."""
    m = _opening_self().match(body)
    name = SELF_NAME.fullmatch(m.group("what").strip() + ",") if m else None
    if name is None or fold(name.group("name")).lower().rstrip(".") in cv.CIVILITIES:
        return ""
    if gazetteer is not None and resolve_region(name.group("name"), gazetteer)[0]:
        return ""  # "ici Auxerre" names a place
    return name.group("name")


def written_slips(lines: list[TextLine]) -> dict[int, re.Match]:
    """line index -> its slip lead, {} when the document transcribes no slips."""
    found = {ln.index: m for ln in lines if (m := slip_lead(ln.text))}
    if len({m.group("num") for m in found.values()}) < int(_data().get("written_slip_min_lines", 2)):
        return {}
    return found


@cv.per_language_data
def _voicemail_header() -> re.Pattern:
    media = cv._alt(_data().get("voicemail_header_media", [])) or "(?!)"
    marks = cv.literal_alternation(set(_data().get("written_slip_marks", []))) or "(?!)"
    # the medium and its number, a dash, maybe a weekday or a date, a time of day, maybe the length
    return re.compile(rf"^\s*(?:{media})\s*(?:(?:{marks})\s*)?\d{{1,3}}\s*[–—-]\s*(?:[^\W\d_]+\.?\s+)?"
                      rf"(?:\d{{1,2}}(?:er)?\s+[^\W\d_]+\.?\s+)?\d{{1,2}}\s?[h:]\s?\d{{2}}\s*(?:\([^()]*\))?\s*$",
                      re.IGNORECASE)


# the transcriber's note identifying a caller, on its own line in square brackets
CALLER_NOTE = re.compile(r"^\s*\[(?P<who>[^\[\]]{3,160})\]\s*$")


def voicemail_bodies(lines: list[TextLine], gazetteer) -> dict[int, dict]:
    """line index -> the speaker attributes of a voicemail message's words, the paragraph under
    each header ("Message 3 – lundi 7 h 52 (0'41'')"); the caller described by the note in
    brackets below it ("[patiente connue du cabinet, 80 ans]"), else by how the message opens
    ("Pharmacie du Pont, on a …": message_exports.display_role), else as anyone. {} when the
    document has fewer than ``voicemail_min_headers`` headers."""
    from .message_exports import display_role

    header = _voicemail_header()
    heads = [k for k, ln in enumerate(lines) if header.match(ln.text)]
    if len(heads) < int(_data().get("voicemail_min_headers", 2)):
        return {}
    out: dict[int, dict] = {}
    for k in heads:
        body = next((j for j in range(k + 1, len(lines)) if lines[j].text.strip()), None)
        if body is None or body in heads or CALLER_NOTE.match(lines[body].text) \
                or len(lines[body].text.split()) < int(_data().get("written_slip_min_words", 3)):
            continue
        note = next((j for j in range(body + 1, len(lines)) if lines[j].text.strip()), None)
        who = m.group("who") if note is not None and (m := CALLER_NOTE.match(lines[note].text)) else ""
        role, region, place = describe(who, gazetteer) if who and gazetteer is not None else ("inconnu", "", "")
        if role in ("autre", "inconnu"):
            role = self_presented(lines[body].text) or display_role(lines[body].text) or role
        if role == "inconnu":
            role = _data().get("written_slip_public_role", "") or role
        # "Bonjour, c'est Brigitte, l'infirmière, …": the caller names herself (s25-segr44b)
        out[body] = {"speaker": self_named(lines[body].text, gazetteer), "role_raw": who, "role": role,
                     "region": region, "place": place,
                     "attr_source": "attribution" if who else ""}
    return out


class WrittenSlipHandlers:
    """The line handler of transcribed slips (a Segmenter mixin)."""

    def _h_written_slip(self, i: int) -> int | None:
        if not hasattr(self, "slip_leads"):
            self.slip_leads = written_slips(self.lines)
        m = self.slip_leads.get(i)
        if m is None:
            return self._voicemail(i)
        self._flush_prose(self.prose_run, self.current)
        ln = self.lines[i]
        attrs = slip_author(m.group("paren") or "", self.gazetteer)
        if not attrs["speaker"] and attrs["role"] == _data().get("written_slip_public_role", ""):
            # an author the lead describes as anyone, who gives their trade in the message: theirs
            attrs["role"] = self_presented(ln.text[m.end():]) or attrs["role"]
        self.spans.append(Span(ln.start, ln.start + m.end(), "attribution", dict(attrs)))
        self.spans.append(Span(ln.start + m.end(), ln.end, "verbatim", attrs))
        return i + 1

    def _voicemail(self, i: int) -> int | None:
        """A voicemail message under its header line (voicemail_bodies): the caller's verbatim."""
        if not hasattr(self, "voicemails"):
            self.voicemails = voicemail_bodies(self.lines, self.gazetteer)
        attrs = self.voicemails.get(i)
        if attrs is None:
            return None
        self._flush_prose(self.prose_run, self.current)
        ln = self.lines[i]
        self.spans.append(Span(ln.start, ln.end, "verbatim", dict(attrs)))
        return i + 1


@cv.per_language_data
def _document_lead() -> re.Pattern:
    media = cv._alt(_data().get("written_document_media", [])) or "(?!)"
    marks = cv.literal_alternation(set(_data().get("written_slip_marks", []))) or "(?!)"
    # the medium, its number, the writer in parentheses, a colon, maybe the author's words up to the quote
    return re.compile(rf"^\s*(?:{media})s?\s*(?:(?:{marks})\s*)?\d{{1,4}}\s*\((?P<paren>[^()\n«»]{{2,120}})\)"
                      rf"\s*:\s*[^«»\"“”]{{0,160}}$", re.IGNORECASE)


def written_document_author(lead: str, gazetteer) -> dict | None:
    """The writer of a numbered document whose lead opens the quotation's line ("Copie 7 (M. L., 58
    ans, aidant) : « … »", "Questionnaire 12 (Mme D., 71 ans) : en marge, elle note « … »"): the
    initials as written speak, the other fields describe them (a member of the public when they name
    no trade). None when the parenthesis does not open on initials or a civility and an initial with
    an age or a trade after them ("Document 3 (HAS, 2019) :" cites a body)."""
    if "(" not in lead or ":" not in lead:  # cheap gate before the pattern
        return None
    m = _document_lead().match(lead)
    if m is None:
        return None
    parts = [p.strip() for p in m.group("paren").split(",") if p.strip()]
    first, rest = (parts[0], parts[1:]) if parts else ("", [])
    if not rest or not (cv.LABEL_SHAPES["initials"].match(first) or cv.LABEL_SHAPES["civility"].match(first)) \
            or not re.search(r"[A-ZÀ-Ö]\.$", first):
        return None
    desc = ", ".join(rest)
    aged = any(cv.AGE_FIELD.match(f) for f in rest)
    if not aged and not describes_person(desc):
        return None
    role, region, place = describe(desc, gazetteer) if gazetteer is not None else ("inconnu", "", "")
    if role in ("autre", "inconnu"):
        role = _data().get("written_slip_public_role", "") or "autre"
    return {"speaker": first, "role_raw": desc, "role": role, "region": region, "place": place,
            "attr_source": "attribution"}


@cv.per_language_data
def _written_caption() -> re.Pattern:
    """A figure caption naming a coded participant described in parentheses, then a label of
    written words and nothing but quotations ("Figure 3 – Carte mentale de E12 (agricultrice, 58
    ans, Arc-en-Barrois). Annotations : « … » ; « … ».")."""
    openers = cv._alt(_data().get("written_caption_openers", [])) or "(?!)"
    labels = cv._alt(_data().get("written_caption_labels", [])) or "(?!)"
    return re.compile(rf"^\s*(?:{openers})\s*[\w.]{{0,6}}\s*[–—:.-]\s*[^()«»:]{{0,80}}?(?<![\w-])"
                      rf"(?P<code>(?-i:[A-Z][\w-]{{0,8}}\d{{1,3}}))\s*\((?P<desc>[^()«»]{{2,120}})\)\s*[.,;:]?\s*"
                      rf"(?:{labels})\s*:\s*(?P<words>«[^«»]+»(?:\s*[;,/]\s*«[^«»]+»)*\s*\.?)\s*$", re.IGNORECASE)


def caption_annotation_boxes(lines: list[TextLine], headings, gazetteer) -> dict[int, dict]:
    """line index of a caption quoting what a coded participant wrote -> their attributes,
    "_from" where the quotations start (the caption's description before them stays narrative)."""
    caption = _written_caption()
    out = {}
    for k, ln in enumerate(lines):
        if k in headings or "«" not in ln.text:
            continue
        m = caption.match(ln.text)
        if m is None or not (describes_person(m.group("desc")) or any(
                cv.AGE_FIELD.match(f.strip()) for f in description_fields(m.group("desc")))):
            continue  # "(agricultrice, 58 ans, …)": a trade outside the roles, an age: a person
        role, region, place = describe(m.group("desc"), gazetteer)
        out[k] = {"speaker": m.group("code"), "role_raw": m.group("desc").strip(), "role": role, "region": region,
                  "place": place, "attr_source": "attribution", "_from": m.start("words")}
    return out
