"""Forms that give a sentence TO COPY in guillemets ("Recopier la mention : « Lu et approuvé,
j'accepte … »"): a formula the reader writes, not someone's words. The instructions are
lang/fr/form_formulas.yaml (``copy_instructions``); a quotation whose paragraph holds one
before it is made narrative. So is a TEMPLATE a method section announces ("… présentés selon le
modèle suivant :" then "« Texte de l'extrait » (MG3, F, 45 ans, rural)", ``template_announcements``):
a quotation after the announcement on its paragraph, or opening the paragraph right below a
paragraph that ends with the announcement and a colon. And a template's SLOT: guillemets around
nothing but a bracketed instruction ("« [Citation : deux phrases maximum] », déclare [Prénom Nom]",
``template_slot_marks``), what is to be written there (s27-segr46b).

A DISCLAIMER that what follows is made up (s25-segr44a, round 44's exam paper and writing guide): a
short paragraph of its own, "Situation fictive. Toute ressemblance avec des personnes existantes
serait fortuite." or "Les exemples suivants sont fictifs et servent uniquement de modèle.": the
speech after it, up to the next heading, is the authors' material (``fiction_subjects`` and
``fiction_adjectives``, ``fiction_disclaimers``). "Les prénoms sont fictifs" renames real people:
a paragraph naming names is no disclaimer (``fiction_renaming_words``), nor one with a negation ("ces
situations ne sont pas fictives", ``fiction_negations``). A disclaimer pointing BACK ("Les exemples
ci-dessus sont fictifs.", ``fiction_backward_words``), even inside a paragraph that quotes, makes the
speech above it in its section the authors' (s28-segr48a)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import fold
from . import conventions as cv
from .base import Span
from .genres import SPEECH

_alt = cv.literal_alternation
_data = cv.language_data


def _instruction() -> re.Pattern:
    return _instruction_of(tuple(_data().get("copy_instructions", [])))


@lru_cache(maxsize=8)
def _instruction_of(listed: tuple) -> re.Pattern:
    words = [fold(w) for w in listed]
    return re.compile(rf"\b(?:{_alt(words)})\b" if words else r"(?!)")


def _template() -> re.Pattern:
    return _instruction_of(tuple(_data().get("template_announcements", [])))


# the announcement closes its paragraph with a colon: the model is the paragraph below
ANNOUNCES = re.compile(r":\s*$")


def template_quote(lead: str, above: str) -> bool:
    """A quotation after a template's announcement: on its paragraph (``lead``, the paragraph's
    text before it), or opening its paragraph under one that ends with it and a colon (``above``)."""
    if _template().search(fold(lead)):
        return True
    return not lead.strip() and bool(ANNOUNCES.search(above)) and bool(_template().search(fold(above)))


@cv.per_language_data
def _slot() -> re.Pattern:
    """A quotation's whole text (guillemets, spaces and a stop aside) as one pair of slot marks with
    no other mark of the pair inside."""
    alts = "|".join(rf"{re.escape(m[0])}[^{re.escape(m)}]+{re.escape(m[1])}"
                    for m in _data().get("template_slot_marks", []) if len(m) == 2) or "(?!)"
    return re.compile(rf"^[\s«»“”\"‹›]*(?:{alts})[\s«»“”\"‹›.,;]*$")


def template_slot(quote: str) -> bool:
    """The quotation is a template's slot to fill in ("« [Citation : deux phrases maximum] »"), not
    words: its whole text is an instruction between slot marks."""
    return bool(_slot().match(quote))


@cv.per_language_data
def _example() -> re.Pattern:
    """A sentence addressing the reader that ends on an example's marker and a colon ("Vous pouvez
    préciser vos souhaits, par exemple :"), on folded lower-case text."""
    def alt(key: str) -> str:
        return _alt([fold(w).lower() for w in _data().get(key, [])]) or "(?!)"

    return re.compile(rf"^\s*(?:{alt('example_addresses')})\b[^.!?«»]*?(?<![\w'’])(?:{alt('example_markers')})\s*:\s*$")


def example_sentence(lead: str) -> bool:
    """The last sentence before a quotation tells the reader what they may write and gives the
    quotation as an example (a form's notice, a guide): the quotation is a model, no one's words."""
    last = re.split(r"(?<=[.!?])\s+", lead.strip())[-1] if lead.strip() else ""
    return bool(last) and bool(_example().match(fold(last).lower()))


@cv.per_language_data
def _adopted() -> re.Pattern:
    """A sentence opening on an imperative that hands the reader a formula to take up, ending on a colon
    ("Choisissez un engagement et notez-le dans votre agenda :"), on folded lower-case text."""
    verbs = _alt([fold(w).lower() for w in _data().get("formula_imperatives", [])]) or "(?!)"
    return re.compile(rf"^\s*(?:{verbs})(?![\w'’])[^.!?«»]*:\s*$")


# the quotations a list already gave after the colon ("… : « … », « … », ")
_LISTED = re.compile(r"(?:«[^«»]*»\s*(?:,|;|\bou\b|\bet\b)?\s*)+$")


def formula_sentence(lead: str) -> bool:
    """s33-segr57b: the last sentence before a quotation (and the quotations listed before it after the
    same colon) tells the reader, in the imperative, to choose, note or adopt it ("Choisissez un
    engagement et notez-le dans votre agenda : « Je pose mon téléphone à 22 h 30 », « … »"): formulas
    offered to the reader, no one's words; not when the sentence reports someone's speech ("Notez
    que le médecin m'a dit :")."""
    head = _LISTED.sub("", lead.rstrip())
    last = re.split(r"(?<=[.!?])\s+", head.strip())[-1] if head.strip() else ""
    if not last or not _adopted().match(fold(last).lower()):
        return False
    return not cv.SPEECH_VERB_ANY.search(last)


@cv.per_language_data
def _announced() -> re.Pattern:
    """A sentence in which someone WILL say something to the reader, ending on a colon ("Une infirmière
    … Elle vous demandera notamment :"), on folded lower-case text: a second-person object pronoun, then a
    verb of saying in the future (``announced_speech_verbs``)."""
    verbs = _alt([fold(w).lower() for w in _data().get("announced_speech_verbs", [])]) or "(?!)"
    return re.compile(rf"(?<![\w'’])(?:vous|te|t['’])\s*(?:{verbs})(?![\w'’])[^.!?«»]*:\s*$")


def announced_sentence(lead: str) -> bool:
    """s34-segr60c: the last sentence before a quotation tells the reader what they WILL be asked or told
    (a welcome booklet, a patient's leaflet: "Une infirmière vous recevra. Elle vous demandera notamment :
    « … »"): a question to come, no one's words yet; not a sentence that reports what was said ("Elle nous
    a demandé :") nor a narration's future without the reader ("Il dira plus tard :")."""
    last = re.split(r"(?<=[.!?])\s+", lead.strip())[-1] if lead.strip() else ""
    return bool(last) and bool(_announced().search(fold(last).lower()))


def copy_formula(lead: str) -> bool:
    """The text of a paragraph before a quotation holds an instruction to copy it, or gives it as an
    example of what the reader may write, or a formula to take up, or announces what the reader will be
    asked."""
    return bool(_instruction().search(fold(lead))) or example_sentence(lead) or formula_sentence(lead) \
        or announced_sentence(lead)


def _above(lines, li: int) -> str:
    """The text of the nearest non-empty line above line ``li``."""
    for k in range(li - 1, -1, -1):
        if lines[k].text.strip():
            return lines[k].text
    return ""


def demote_copy_formulas(spans: list[Span], lines, line_of, text: str) -> list[Span]:
    """The spans, with quotations a form asks to copy, and a template's slots, made narrative."""
    out = []
    for s in spans:
        li = line_of(s.start) if s.kind in SPEECH else -1
        lead = text[lines[li].start:s.start] if li >= 0 else ""
        if li >= 0 and (copy_formula(lead) or template_quote(lead, _above(lines, li) if not lead.strip() else "")
                        or template_slot(text[s.start:s.end])):
            s = Span(s.start, s.end, "narrative")
        out.append(s)
    return out


@cv.per_language_data
def _fiction() -> tuple[re.Pattern, re.Pattern, re.Pattern, int]:
    """(a disclaimer's words, a renaming's words, a negation, the longest disclaimer in words), on
    folded text."""
    def alt(key: str) -> str:
        return _alt([fold(w).lower() for w in _data().get(key, [])]) or "(?!)"

    # a subject, a few words without a sentence's end, then an adjective saying it is made up
    disclaimer = re.compile(rf"\b(?:(?:{alt('fiction_subjects')})\b[^.;:!?«»\"]{{0,40}}?\b(?:{alt('fiction_adjectives')})"
                            rf"|{alt('fiction_disclaimers')})\b")
    # names renamed anywhere; a negation between the subject and its adjective ("ne sont pas fictives")
    renaming = re.compile(rf"(?<![\w'’])(?:{alt('fiction_renaming_words')})(?![\w-])")
    negation = re.compile(rf"(?<![\w'’])(?:{alt('fiction_negations')})(?![\w-])")
    return disclaimer, renaming, negation, int(_data().get("fiction_disclaimer_max_words", 30))


@cv.per_language_data
def _fiction_heading() -> re.Pattern:
    """A heading that opens with a fiction subject and its number ("Situation 1 – …", "Cas n° 2"),
    on folded text."""
    subjects = _alt([fold(w).lower() for w in _data().get("fiction_subjects", [])]) or "(?!)"
    return re.compile(rf"^\s*(?:{subjects})\s*(?:n\s*°\s*)?\d{{1,3}}\b")


def _titles_fiction(heading: str) -> bool:
    return bool(_fiction_heading().match(fold(heading).lower()))


def fiction_disclaimer(paragraph: str) -> bool:
    """A short paragraph without quotation saying what follows is made up ("Situation fictive.",
    "Les exemples suivants sont fictifs et servent uniquement de modèle."), names aside."""
    disclaimer, renaming, negation, most = _fiction()
    folded = fold(paragraph).lower()
    if len(paragraph.split()) > most or re.search(r"[«»“”]", paragraph) or renaming.search(folded):
        return False
    return any(not negation.search(m.group(0)) for m in disclaimer.finditer(folded))


def fiction_lead(line: str) -> bool:
    """A line whose lead-in, before its first quotation and ending with a colon, says the quotation
    is made up ("Exemple de présentation (extrait fictif) : « … »", "Cas inventé : « … »" in an
    authors' guide, a course handout), names and negations aside as for a disclaimer."""
    if ":" not in line:  # most lines: nothing to read
        return False
    m = re.match(r"^(?P<lead>[^«»“”\"]{3,160}?):\s*[«“\"]", line)
    if m is None:
        return False
    disclaimer, renaming, negation, _ = _fiction()
    folded = fold(m.group("lead")).lower()
    return not renaming.search(folded) and any(not negation.search(d.group(0)) for d in disclaimer.finditer(folded))


@cv.per_language_data
def _backward() -> re.Pattern:
    """A word pointing back at what a disclaimer disclaims ("ci-dessus", "précédents"), folded."""
    words = _alt([fold(w).lower() for w in _data().get("fiction_backward_words", [])]) or "(?!)"
    return re.compile(rf"(?<![\w'’-])(?:{words})(?![\w-])")


def backward_disclaimer(line: str) -> bool:
    """A disclaimer pointing back at what is above it ("Les exemples ci-dessus sont fictifs."),
    anywhere on ``line`` (a paragraph joined with the quotations it disclaims), names aside: its
    subject and adjective, with a backward word and no negation nor name word between them."""
    disclaimer, renaming, negation, _ = _fiction()
    folded = fold(line).lower()
    return any(_backward().search(m.group(0)) and not negation.search(m.group(0))
               and not renaming.search(m.group(0)) for m in disclaimer.finditer(folded))


@cv.per_language_data
def _model_heading() -> re.Pattern:
    """A heading's words saying what its section gives is to be adapted or filled in, on folded text."""
    words = _alt([fold(w).lower() for w in _data().get("model_heading_markers", [])]) or "(?!)"
    return re.compile(rf"(?<![\w'’])(?:{words})(?![\w'’])")


def model_heading(heading: str) -> bool:
    """s33-segr57b: a heading that gives what follows as models for the reader to adapt ("Exemples
    d'entrées en scène (à adapter)", "Phrases types à personnaliser"): the quotations of its section are
    the authors' material, no one's words."""
    return bool(_model_heading().search(fold(heading).lower()))


@cv.per_language_data
def _answer_options() -> re.Pattern:
    """A line opened by an answer option's label and a colon before a quotation ("À éviter : « … »"),
    on folded lower-case text."""
    labels = _alt([fold(w).lower() for w in _data().get("answer_option_labels", [])]) or "(?!)"
    return re.compile(rf"^\s*(?:{labels})\s*:\s*[«“\"]")


def _answer_option(line: str) -> bool:
    return bool(_answer_options().match(fold(line).lower()))


def demote_fiction(spans: list[Span], lines, line_of, headings) -> list[Span]:
    """The spans, with speech under a fiction disclaimer (a paragraph above it, no heading between),
    or in a section of answer options ("À éviter : « … »", "À préférer : « … »"), made narrative."""
    if not any(s.kind in SPEECH for s in spans):
        return spans
    made_up, in_force = [], False  # per line: whether a disclaimer stands above it in its section
    for k, ln in enumerate(lines):
        if k in headings and (model_heading(ln.text) or fiction_disclaimer(ln.text)):
            # s33-segr57b: "Exemples d'entrées en scène (à adapter)": models, up to the next heading;
            # s34-segr60c: a heading that itself says its section is made up ("Modèle de fiche (exemple
            # fictif)", "Cas inventé"), even when its narration is in the first person
            in_force = True
            made_up.append(False)
            continue
        made_up.append((in_force or fiction_lead(ln.text)) and k not in headings)
        # a heading ends the disclaimer's section, unless it titles one of the made-up items the
        # disclaimer announced ("Les situations ci-dessous ont été imaginées …" over "Situation 1 –
        # …", "Situation 2 – …"; s26-segr45b)
        in_force = (in_force or fiction_disclaimer(ln.text)) and (k not in headings or _titles_fiction(ln.text))
    # a section that sets a quotation after two answer options' labels or more ("À éviter : « … »",
    # "À préférer : « … »"; s26-segr45b): a training exercise, its quotations (the patient's line
    # too) written by the trainers
    section, sections = 0, []
    for k in range(len(lines)):
        section += k in headings
        sections.append(section)
    # a disclaimer pointing back ("Les exemples ci-dessus sont fictifs."; s28-segr48a): its line
    # and the lines above it in its section, headings aside
    for k in range(len(lines) - 1, -1, -1):
        if k not in headings and backward_disclaimer(lines[k].text):
            for j in range(k, -1, -1):
                if sections[j] != sections[k]:
                    break
                made_up[j] = made_up[j] or j not in headings
    options: dict[int, int] = {}
    for k, ln in enumerate(lines):
        if k not in headings and _answer_option(ln.text):
            options[sections[k]] = options.get(sections[k], 0) + 1
    least = int(_data().get("answer_option_min", 2))
    made_up = [m or (k not in headings and options.get(sections[k], 0) >= least) for k, m in enumerate(made_up)]
    out: list[Span] = []
    for s in spans:
        li = line_of(s.start) if s.kind in SPEECH else -1
        if li >= 0 and made_up[li]:
            s = Span(s.start, s.end, "narrative")
        out.append(s)
    return out


@cv.per_language_data
def _guide_heading() -> re.Pattern:
    """A heading naming an interview or focus-group guide (lang/fr form_formulas.yaml
    guide_heading_markers), on folded lower-case text."""
    words = _alt([fold(w).lower() for w in _data().get("guide_heading_markers", [])]) or "(?!)"
    return re.compile(rf"(?<![\w'’])(?:{words})(?![\w'’])")


@cv.per_language_data
def _addressed() -> re.Pattern:
    """A word addressing the listener (lang/fr addressed_examples.yaml address_words), folded."""
    words = _alt([fold(w).lower() for w in (_data().get("addressed_examples") or {}).get("address_words", [])]) or "(?!)"
    return re.compile(rf"(?<![\w'’])(?:{words})(?![\w'’])")


def demote_guide_script(spans: list[Span], lines, line_of, headings) -> list[Span]:
    """The spans, with the quotations of an interview guide that address the interviewee ("« Je vous
    remercie d'avoir accepté cet entretien … »", "« Parlez-moi de la dernière fois que … »") made
    narrative: the interviewer's script, said to no one yet. The guide runs from an annex's heading (or
    the document's first line) naming it to the next annex heading that does not; a quotation in
    it that addresses no one ("« On se débrouille »", an example answer) is left as it was read. A
    methods section describing the guide ("A. Le guide d'entretien") opens none: the results after it quote
    interviewees who say "vous" too."""
    if not any(s.kind in SPEECH for s in spans):
        return spans
    annex = _annex_heading()
    first = next((k for k, ln in enumerate(lines) if ln.text.strip()), -1)
    in_guide, script = False, []
    for k, ln in enumerate(lines):
        folded = fold(ln.text).lower()
        # the guide as a document of its own (its first line) or as an annex ("Annexe 2 – Guide
        # d'entretien"), not a methods section describing it ("A. Le guide d'entretien"), whose
        # reach no heading level bounds here
        titled = (k == first or k in headings and annex.match(folded)) and len(ln.text.split()) <= 25
        # (not an entry of the list of annexes, "Annexe 1 – Grille d'entretien (p. II)" over "Annexe 2 –
        # Entretien avec …": the guide is elsewhere, s49)
        listed = k + 1 < len(lines) and bool(annex.match(fold(lines[k + 1].text).lower()))
        if titled and _guide_heading().search(folded) and not listed:
            in_guide = True
        elif k in headings and annex.match(folded):
            in_guide = False
        script.append(in_guide and k not in headings)
    out: list[Span] = []
    for s in spans:
        li = line_of(s.start) if s.kind in SPEECH else -1
        if li >= 0 and script[li] and (_addressed().search(fold(lines[li].text).lower()) or _bids(s, lines[li])
                                       or _guide_field(lines[li].text[:max(0, s.start - lines[li].start)])):
            s = Span(s.start, s.end, "narrative")
        out.append(s)
    return out


@cv.per_language_data
def _annex_heading() -> re.Pattern:
    """A heading opening an annex (lang/fr section_headings.yaml annex starts), folded."""
    kinds = _data().get("section_headings") or {}
    words = _alt([fold(w).lower() for w in (kinds.get("annex") or {}).get("starts", [])]) or "(?!)"
    return re.compile(rf"^\s*(?:{words})\b")


@cv.per_language_data
def _bidding() -> re.Pattern:
    """A quotation opened by a verb in the imperative of address ("« Parlez-moi de … »", "« Racontez
    … »"): lang/fr form_formulas.yaml address_imperative_endings, on folded lower-case text."""
    ends = _alt([fold(w).lower() for w in _data().get("address_imperative_endings", [])]) or "(?!)"
    return re.compile(rf"^[«“\"]?\s*[^\W\d_]{{2,}}(?:{ends})(?![\w])")


def _guide_field(lead: str) -> bool:
    """A guide's part named before its colon ("Présentation (lue au début de chaque entretien) :",
    "Clôture :": form_formulas.yaml guide_script_fields): the text after it is the interviewer's
    script (s50); not an example answer ("Exemple de réponse attendue :")."""
    lead = fold(re.sub(r"\([^()]*\)", " ", lead)).lower().strip()
    fields = {fold(w).lower() for w in _data().get("guide_script_fields", [])}
    return lead.endswith(":") and " ".join(lead[:-1].split()) in fields


def _bids(span: Span, line) -> bool:
    return bool(_bidding().match(fold(line.text[max(0, span.start - line.start):]).lower().lstrip()))
