"""Quotations inside prose and whose words they are."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..text import fold
from . import conventions as cv
from .annex_references import annex_attrs
from .article_credits import article_credit
from .attributions import (
    KIN_OF,
    apposition,
    clause_before_colon,
    counted_profile,
    dated_description,
    describe,
    described_subject,
    describes_person,
    description_fields,
    introduced_pronoun_subject,
    is_place,
    names_a_person_phrase,
    names_a_text,
    opens_with_person,
    paragraph_subject,
    placed_and_dated,
    speaker_label,
    trade_then_age,
    with_trade_after_age,
)
from .base import SUPERSCRIPTS, TextLine, line_below, n_words
from .bylines import byline, name_byline
from .chanted_quotes import chanted_lead
from .cited_documents import cites_document, cites_scripture
from .cited_studies import cited_study, study_place
from .colon_subjects import NAME_WORD, colon_subject, kin_reference
from .compound_codes import code_speaking
from .court_records import lawyer_civility
from .designated_units import designated_unit, unit_role_words
from .discovery import Context, legend_part
from .donor_leads import donor_attrs
from .embedded_quotes import (
    bridged_reporter,
    code_object_reporter,
    compound_reporter,
    named_present_reporter,
    object_reporter,
    reported_speaker,
)
from .fallbacks import reads_as_speech
from .following_attributions import (
    aside_speaker,
    continues_speaker,
    following_description,
    following_speaker,
    inverted_lead,
    relative_description,
)
from .framed_quotes import title_above
from .full_names import FIRST_NAME
from .group_members import group_member
from .incise_slots import civility_initial, colon_lead, impersonal_institution, trailing_source, verb_incise
from .institution_members import institution_member
from .leading_codes import leading_code
from .leading_profiles import before_next_lead, leading_profile
from .mottos import common_saying, motto_line
from .notice_lines import newcomer_lead, notice_line
from .paragraph_credits import is_self, names_someone, paragraph_credit
from .paren_remarks import bare_person_word, remarks_on_quote
from .parenthesis_references import SAME, cites_a_body, same_speaker
from .patient_profiles import patient_profile, patient_role
from .person_registry import lone_first_name, presented_trade
from .preceding_sentences import presented_above, presented_before, presented_unnamed
from .presentative_names import presentative_call
from .presented_leads import presented_lead
from .presented_names import (
    civility_speaker,
    colon_subject_speaker,
    party_speaker,
    presented_speaker,
)
from .pseudonym_lists import pseudonym_after, pseudonym_in_lead
from .pull_quotes import repeats_quote_above
from .quote_sources import (
    account_header,
    capitals_signature,
    dated_reference,
    description_then_name,
    legend_reference,
    note_source,
    sign_note,
    source_line,
    source_person,
)
from .regions import Place, commune_key, resolve_region
from .reviewer_comments import reviewer_comment
from .roles import (
    letters_role,
    matched_role,
    names_a_profession,
    names_a_trade,
    normalize_role,
    unidentified,
    withholds_role,
)
from .roman_interviews import roman_reference
from .short_answers import answered_alone
from .source_lists import listed_source, lists_interviews
from .speakers import ANY_CODE
from .split_quotes import inner_incise
from .testimony_bylines import initialled_signature
from .topic_labels import someone, topic_role
from .vox_pops import closing_town
from .written_slips import signs_quote, slip_author, written_document_author


def find_quotes(text: str) -> list[tuple[int, int]]:
    """Top-level quotations in a run of prose as (start, end) with the marks included.

    « » nest; “ ” pair; straight quotes pair by position (an opener follows a space, a closer
    precedes one), and a closer followed by another closer extends the quote (a stray inner mark).
    An unclosed « runs to a following parenthesised attribution on its line, or is dropped.
    """
    spans: list[tuple[int, int]] = []
    depth, start = 0, -1
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c == "«":
            if depth == 0:
                start = i
                depth += 1
            elif not (depth == 1 and (_opens_paragraph(text, i, start) or _run_in_paragraph(text, i))):
                depth += 1  # else a quote over paragraphs, each opened by « in the French way
        elif c == "»" and depth == 1 and _continues_paragraph(text, i, start):
            pass  # "» Je fais ce que …": a paragraph continuing the quote, the old French way
        elif c == "»" and depth > 0:
            depth -= 1
            if depth == 0:
                spans.append((start, i + 1))
        elif c == "\n" and depth == 1 and _left_open(text, i):
            # a quotation its paragraph leaves open after a full sentence, the next paragraph opening
            # a quotation of its own further on: the quotation ended with its paragraph ("Maëlle (31
            # ans) : « … je crois." then "Chez un couple …, qui ont répondu : « … »")
            spans.append((start, i))
            depth, start = 0, -1
        elif c == "\n" and depth > 0:
            # a quote may continue over a page-break split, at most three lines
            if text.count("\n", start, i + 1) > 3:
                depth, start = 0, -1
        i += 1
    if depth > 0 and start >= 0:
        line_end = text.find("\n", start)
        line_end = n if line_end < 0 else line_end
        m = re.search(r"\s\((?:[^()]{2,60})\)\s*\.?\s*$", text[start:line_end])
        if m:
            spans.append((start, start + m.start()))
    covered = [(a, b) for a, b in spans]
    spans.extend(_straight_quotes(text, covered))
    spans.sort()
    top: list[tuple[int, int]] = []
    for a, b in spans:
        if top and a < top[-1][1]:
            continue
        top.append((a, b))
    return top


def _run_in_paragraph(text: str, i: int) -> bool:
    """The « at i opens a sentence after a full stop, inside an open quotation: the quotation's next
    paragraph opened by « in the French way, which extraction ran into the line ("… je crois.
    « Après, je l'appelais … »"), not a quotation inside it ("il m'a dit « non »")."""
    return re.search(r"[.!?…]\s+$", text[max(0, i - 3):i]) is not None \
        and re.match(r"«\s*[A-ZÀ-Ý]", text[i:i + 4]) is not None


def _left_open(text: str, i: int) -> bool:
    """The line ending at ``i`` ends a sentence and the next line holds a quotation that does not
    open it, with no guillemet closing the open quotation before it (no continuation of the open
    quotation, in the French way or without guillemets)."""
    end = text.find("\n", i + 1)
    nxt = text[i + 1:end if end >= 0 else len(text)]
    opens, closes = nxt.find("«"), nxt.find("»")
    # (a » before it closes the open quotation there: its paragraph went on without guillemets)
    return text[:i].rstrip()[-1:] in ".!?…" and opens >= 0 and not (0 <= closes < opens) \
        and not nxt.lstrip().startswith(("«", "»"))


def _opens_paragraph(text: str, i: int, start: int) -> bool:
    """The « at i opens a line below the one where the quote at ``start`` opened."""
    line_start = text.rfind("\n", 0, i) + 1
    return line_start > start and not text[line_start:i].strip()


def _continues_paragraph(text: str, i: int, start: int) -> bool:
    """The » at i opens a line below the one where the quote at ``start`` opened and a sentence
    follows it (a capital): a continuation paragraph of the quote (the old French convention),
    not its close (a closing mark carried to a new line is followed by a stop, a comma, an incise
    "» dit-il" or the line's end)."""
    return _opens_paragraph(text, i, start) and bool(re.match(r"[ \t\u00a0\u202f]+[A-ZÀÂÇÉÈÊÎÔÛ]", text[i + 1:i + 4]))


def _straight_quotes(text: str, covered: list[tuple[int, int]]) -> list[tuple[int, int]]:
    def inside(i):
        return any(a <= i < b for a, b in covered)

    marks = []
    for m in re.finditer(r"[\"“”]", text):
        i = m.start()
        if inside(i):
            continue
        before = text[i - 1] if i > 0 else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        ch = m.group(0)
        if ch == "“" or (ch == "\"" and (before.isspace() or before in "([{'’:;,-—–") and not after.isspace()):
            marks.append((i, "open"))
        elif ch == "”" or (ch == "\"" and not before.isspace()):
            marks.append((i, "close"))
    out = []
    k = 0
    while k < len(marks):
        pos, kind = marks[k]
        if kind != "open":
            k += 1
            continue
        j = k + 1
        if j < len(marks) and marks[j][1] == "close":
            end = marks[j][0]
            # a stray inner mark: close, close -> the quote runs to the last close in the line
            while (j + 1 < len(marks) and marks[j + 1][1] == "close"
                   and "\n" not in text[end:marks[j + 1][0]]):
                j += 1
                end = marks[j][0]
            if "\n" not in text[pos:end]:
                out.append((pos, end + 1))
            k = j + 1
        else:
            k = j
    return out


# a name (first name, with a surname and particles) and its apposition after a speech verb
# ("…, a souligné le Dr Nadège Célestine, médecin généraliste …": a civility, with its article,
# before the name; segfix39)
_ARTICLE = cv.word_forms("singular_determiners", r"\s+", elided_after="")
_CIVILITY = cv.word_forms("civilities", case="first")
NAME_AND_DESCRIPTION = re.compile(
    rf"\s*(?:(?:(?i:{_ARTICLE}))?(?:{_CIVILITY})\.?\s+)?"
    r"(?P<name>[A-ZÉÈ][a-zéèêëïîôûç]+(?:-[A-ZÉÈ][a-zéèêëïîôûç]+)?(?:\s+[A-ZÉÈ][\w'’-]+){0,2})\s*,\s*"
    r"(?P<desc>[^.;!?«»]{3,100})")
# a first name alone after a speech verb, then what the person does as they speak ("« … », répond
# Raymond en haussant les épaules")
FIRST_NAME_AFTER = re.compile(r"\s*(?P<name>[A-ZÉÈ][a-zéèêëïîôûç]+(?:-[A-ZÉÈ][a-zéèêëïîôûç]+)?)"
                              r"(?=\s+[a-zàâçéèêëîïôûù]|\s*[,;]|\s*$)")

# a first name alone closing the incise's sentence or before what the person does ("», raconte
# Sandra.", "», explique Zozo en coupant le moteur")
BARE_FIRST_NAME_AFTER = re.compile(r"\s*(?P<name>[A-ZÉÈ][a-zéèêëïîôûç]+(?:-[A-ZÉÈ][a-zéèêëïîôûç]+)?)"
                                   r"(?=\s+[a-zàâçéèêëîïôûù]|\s*[,;.!?]|\s*$)")


def _participant_first(attr: str) -> bool:
    """A credit opening on a participant's word ("Participant à la réunion publique, Chaumont",
    "Une participante de l'atelier"): someone the study heard, whatever they do."""
    words = fold(attr).split()
    indefinite = {fold(w) for w in cv.language_data().get("indefinite_articles", [])}  # grammar.yaml
    words = words[1:] if words and words[0] in indefinite else words
    return bool(words) and words[0].strip(",;:") in cv.PARTICIPANT_WORDS


def _post_field(attr: str) -> bool:
    """A credit with a field that gives the person's post after a column's word and a colon
    ("équipage du Robert, poste : bwa", "fonction : chef de quart"; participants.yaml
    trade_column_headers)."""
    fields = description_fields(attr)
    # (or a trade in the field after a group the person belongs to: "équipage du Marin, barreur")
    return any(_post_heading().match(fold(f)) for f in fields) \
        or len(fields) >= 2 and fields[0][:1].islower() and names_a_trade(fields[1])


@cv.per_language_data
def _post_heading() -> re.Pattern:
    """A trade column's word and a colon opening a field ("poste : bwa"; participants.yaml)."""
    words = "|".join(re.escape(fold(w)) for w in cv.language_data().get("trade_column_headers", []))
    return re.compile(rf"(?:{words})\s*:\s*\S" if words else r"(?!)")


def _presented_first_name(before: str, name: str, gazetteer) -> dict | None:
    """Attrs of a first name the text before presented with an apposition ("… chez Raymond, 88
    ans, qui vit seul"), the last such mention; None when the text never presents it so (a
    capitalised word after a speech verb is not a name by itself)."""
    if any(re.fullmatch(w, name, re.IGNORECASE) for w in cv.DATA.get("not_names", [])):
        return None
    found = None
    for found in re.finditer(rf"(?<![\w-]){re.escape(name)}\s*,\s*(?P<desc>[^,.;:«»()]{{2,60}})", before):
        pass
    # "Laure est infirmière aux urgences depuis six ans." (grammar.yaml copulas): what she does
    copula = None
    for copula in re.finditer(rf"(?<![\w-]){re.escape(name)}\s+(?:{cv.word_forms('copulas')})\s+"
                              rf"(?P<desc>[^,.;:«»()]{{2,60}})", before):
        pass
    if copula is not None and names_a_trade(copula.group("desc")) and (found is None or copula.start() > found.start()):
        found = copula
    if found is None:
        return None
    desc = found.group("desc").strip()
    role, region, place = describe(desc, gazetteer)
    return {"speaker": name, "role_raw": desc, "role": role, "region": region, "place": place,
            "attr_source": "attribution"}


# a paragraph that is one parenthesis or bracket, a credit's size
CREDIT_PARAGRAPH = re.compile(r"\n\s*[\[(][^\[\]()\n]{2,150}[\])]\s*\.?\s*")
# a bracketed editorial note (a translation, "[sic]", "[rires]") then a parenthesis, after a quote
EDITORIAL_THEN_PAREN = re.compile(r"^\s*\[[^\[\]«»\n]{2,100}\]\s*[.,;]?\s*\((?P<attr>[^()\[\]\n]{2,100})\)")
# a participant's code and a gloss in parentheses before a colon: "P1 (ébauchage)"
CODE_GLOSS = re.compile(r"(?P<code>[^\s()]{1,12})\s*\((?P<gloss>[^()«»]{2,60})\)")
# who opens the sentence before a colon and the quote, without a verb
LINE_LEAD = re.compile(r"\s*(?:[–—•-]\s+)?(?P<who>[^:«»\s][^:«»]{2,120}?)\s*:\s*$")  # from the line's start ("M. T., pharmacien :")
LEAD_DESCRIPTION = re.compile(r"(?:^|[.!?»]\s+)(?P<who>[^:«».!?\s][^:«».!?]{2,120}?)\s*:\s*$")


@cv.per_language_data
def _sentence_end() -> re.Pattern:
    """A sentence ending inside a line's lead, not the period of a civility or an initial ("M. T.,
    pharmacien", "Dr. Lenoir"): a period, a question or exclamation mark, a space and a capital."""
    civilities = "".join(rf"(?<!\b{re.escape(c)})" for c in cv.language_data().get("civilities", []))
    return re.compile(rf"(?<!\b[A-ZÉÈ])(?i:{civilities})[.!?]\s+[A-ZÉÈÀÂÎÔ]")


def _sentence_end_inside(who: str) -> bool:
    return bool(_sentence_end().search(who))


# a note call set as superscript digits right after the closing mark ("»¹", "»²³")
NOTE_CALL = re.compile(r"^([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})")
PLAIN_NOTE_CALL = re.compile(r"^(\d{1,3})(?![\d\w])(?!,\d)")  # (a comma after it, not a decimal: "»1, résume …", s49)
# a superscript call closing the words inside the guillemets: "« … jusqu'en 1960³. »"
INNER_NOTE_CALL = re.compile(r"([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})\s*[.!?…]?\s*[»\"”]?\s*$")
# a description opening the line below a quote paragraph, alone or before the next quote (report
# boxes set the source under each quote): "Masseur-kinésithérapeute, Besançon (25)"
DESCRIPTION_BELOW = re.compile(r"(?P<desc>[^«»:;.!?\n]{3,120}?(?:\([^()\n]{1,40}\))?)\s*(?:(?=«)|$|(?<=\))\s+(?=[A-Z]))")

# the dash a legend under a quote may open with, before the description ("– Patiente, 67 ans")
LEGEND_DASH = re.compile(r"\s*[–—]\s+")
# a separator that points a description at the quotation after it on the same line ("Pharmacienne,
# Pornichet — « … »", "Médecin, Lens : « … »", "Kiné, Vannes - « … »"): the description leads that quote
LEADS_ON = re.compile(r"(?:\s*[–—:]|\s-)\s*$")
# a copula ("est", "était"): a sentence, not who someone is
SENTENCE_COPULA = re.compile(rf"(?<![\w'’])(?:{cv.word_forms('copulas')})(?![\w'’-])")


# a numbered rubric of a poster or a report the extraction ran into the quote under it: "Thème 1 –
# Une place à négocier « … »" (its word a not_labels word of lang/fr labels.yaml: "thème", "partie")
RUN_IN_RUBRIC = re.compile(r"^(?P<word>[^\W\d_]+)\s+\d{1,2}\s*[–—:]\s*[^.!?«»:;()\d]{2,80}$")


def _run_in_rubric(lead: str) -> bool:
    """The text before a quote on its line is a numbered rubric's title, no lead-in (s26-segleft2)."""
    m = RUN_IN_RUBRIC.match(lead)
    return m is not None and fold(m.group("word")).lower() in cv.NOT_LABELS


def _presented_name_lead(text: str, who: str, ctx) -> dict | None:
    """The attributes of a full name alone before the colon that introduces a quotation ("Claire
    Vidal : « … »", a report's diary quoting a member of the delegation) when the document presents
    that name with one trade somewhere (an apposition in a list of participants, "Claire Vidal,
    sage-femme à Mende ; …": person_registry.presented_trade), else None (s34-segr59c). A name the
    document never presents ("Victor Hugo : « … »", an epigraph) is no one it quotes."""
    named = cv.NAME.fullmatch(who)
    if named is None or ctx.gazetteer.find(who):
        return None
    role, desc = presented_trade(text, named.group("name"))
    if not role:
        return None
    region, place = resolve_region(desc, ctx.gazetteer)
    return {"speaker": named.group("name"), "role_raw": desc, "role": role, "region": region, "place": place,
            "attr_source": "attribution"}


def _description_below(text: str, a: int, b: int, after: str, italic: bool = False) -> tuple[int, int, str] | None:
    """(start, end, description) of the line under a quote that fills its own paragraph, when
    that line opens with a person's description and no sentence; else None. ``italic``: a
    passage set in italics without quotation marks (a block quote), closed by its own stop."""
    line_start = text.rfind("\n", 0, a) + 1
    lead = text[line_start:a].strip()
    if lead and not (_is_description(lead) and DESCRIPTION_BELOW.fullmatch(lead + " ")) and not _run_in_rubric(lead):
        return None  # the line opens with prose (a lead-in), not the previous quote's source
    if lead and LEADS_ON.search(lead):
        return None  # "Pharmacienne, Pornichet — « … »": the description before the quote is its own
    if after.strip() or (text[b - 1:b] not in "»\"”" and not italic):
        return None
    if (under := line_below(text, b)) is None:
        return None
    start, below = under
    dash = LEGEND_DASH.match(below)  # "– Patiente, 67 ans, insuffisance cardiaque": a legend's dash
    m = DESCRIPTION_BELOW.match(below, dash.end() if dash else 0)
    if not m:
        return None
    desc = m.group("desc").strip()
    if not _is_description(desc) or len(description_fields(desc)) < 2:
        return None  # a source line has fields ("Sage-femme libérale, Vesoul (70)"); a sentence does not
    if (LEADS_ON.search(desc) or SENTENCE_COPULA.search(desc)) and below[m.end():].lstrip().startswith("«"):
        # "Masseur-kinésithérapeute, Saint-Nazaire — « … »": the next quote's own lead; "Au siège de
        # l'agence, le bilan est présenté comme « encourageant »": a sentence that runs into its quote
        return None
    return start + m.start("desc"), start + m.start("desc") + len(desc), desc


@cv.per_language_data
def _participant_code_shape() -> re.Pattern:
    return re.compile(rf"(?:{cv.PARTICIPANT_CODE})")


def _participant_code(who: str) -> bool:
    """``who`` is a participant code and nothing else ("IDE4", "MG2")."""
    return _participant_code_shape().fullmatch(who) is not None


# the cells of a table row set as a line before its last cell, a quotation: "Pharmacien titulaire |
# Officine de Mortagne-au-Perche | « … »"
CELLS_BEFORE = re.compile(r"(?:[^|«»\n]{2,80}\|[ \t]*){1,4}")


def _cells_before(text: str, a: int, after: str) -> str | None:
    """The description the cells before a quotation give ("Adjointe à la santé, Mairie de Sées"),
    when the quotation is the last cell of a table row set as a line ("Acteur | Structure |
    Verbatim": who, where, then their words; s28-segr49a) and the cells describe a person; else
    None. A row of themes ("Accès aux soins | Délais | « … »") describes no one."""
    line_start = text.rfind("\n", 0, a) + 1
    lead = text[line_start:a]
    if not CELLS_BEFORE.fullmatch(lead) or after.strip(" .|\t"):
        return None
    desc = ", ".join(c.strip() for c in lead.split("|") if c.strip())
    return desc if describes_person(desc) else None


# a quotation filling a table row's cell, the row's last cell after it: "| « … » | Entretien 2 (MERM, 8
# ans d'expérience) |"
CELL_AFTER = re.compile(r"\s*\|\s*(?P<cell>[^|«»\n]{2,160}?)\s*\|?\s*$")
# a label and the person's profile in parentheses: "Entretien 2 (MERM, 8 ans d'expérience)", "Patient A (homme, 63 ans)"
LABELLED_PROFILE = re.compile(r"(?P<label>[^()|]{1,30}?)\s*\((?P<desc>[^()|]{2,100})\)")


GLUED_CALL = re.compile(r"(?<=[^\W\d_])[⁰¹²³⁴⁵⁶⁷⁸⁹]+")
# a first name and the initial of a surname, a note's way of naming an informant ("Roger M.", "Josette B.")
NAME_INITIAL = re.compile(rf"^{FIRST_NAME}\s+[A-ZÉÈ]\.$")


def _noted_person(text: str, b: int, ctx) -> dict | None:
    """The attributes of the person an endnote credits for the quotation ending at ``b`` ("»1" and
    the note "1 Entretien avec Roger M., ancien agent de conduite, 78 ans, …") when the note names
    them (a civility and a name, or a first name and an initial), else None."""
    after = text[b:b + 6]
    call = NOTE_CALL.match(after) or PLAIN_NOTE_CALL.match(after)
    note = ctx.endnotes.get(call.group(1).translate(SUPERSCRIPTS)) if call else None
    if note is None:  # a call extraction took out of the text (notes.csv)
        footnote = next((ctx.note_calls[k] for k in range(b, b + 3) if k in ctx.note_calls), None)
        note = NOTE_NUMBER.sub("", footnote).strip() if footnote else None
    credited = note_source(note) if note else None
    if not credited:
        return None
    speaker, desc = source_person(credited)
    if not speaker:
        first, _, rest = credited.partition(",")
        if NAME_INITIAL.match(first.strip()) and (describes_person(rest.strip())
                                                  or any(cv.AGE_FIELD.match(f.strip()) for f in rest.split(","))):
            speaker, desc = first.strip(), rest.strip()
        elif cv.LABEL_SHAPES["code"].fullmatch(first.strip()) and describes_person(rest.strip()):
            speaker, desc = first.strip(), rest.strip()  # "12 Entretien M4, médecin généraliste, 41 ans, …" (s54)
    if not speaker:
        return None
    role, region, place = describe(desc, ctx.gazetteer) if desc else ("inconnu", "", "")
    return {"speaker": speaker, "role_raw": desc, "role": role, "region": region, "place": place,
            "attr_source": "attribution"}


def _numbered_source_below(text: str, b: int, after: str, inner: str, ctx) -> tuple[dict, tuple[int, int]] | None:
    """(attrs, span) of a source line under a quotation that closes its paragraph, when the line
    names the interview by its number ("Source : entretien n° 8, infirmier libéral, Cargèse, avril
    2023", a working paper's boxes, s49): that interview's person, described by the fields after
    it, read as styled_speech.anchor_attrs reads such a line; else None."""
    from .styled_speech import SOURCE_WORD, anchor_attrs

    if after.strip() or text[b - 1:b] not in "»\"”" or (under := line_below(text, b)) is None:
        return None
    start, below = under
    if not SOURCE_WORD.match(below.strip()):
        return None
    attrs = anchor_attrs(below, inner, ctx, ctx.gazetteer)
    if not attrs or not attrs.get("speaker"):
        return None
    lead = len(below) - len(below.lstrip())
    return attrs, (start + lead, start + len(below.rstrip()))


def _cell_label(label: str) -> bool:
    """A participant's label in a source cell: a code, a numbered participant, or a person's noun
    and a letter or a number ("Patient A", "Aidante 3")."""
    if cv.LABEL_SHAPES["code"].fullmatch(label) or cv.LABEL_SHAPES["numbered"].fullmatch(label):
        return True
    m = re.fullmatch(r"(?P<word>[A-ZÉÈ][\w'’-]+)\s+(?:[A-Z]|\d{1,3})", label)
    return bool(m) and (matched_role(m.group("word")) is not None or bool(cv.PERSON_NOUN.search(m.group("word"))))


def _cell_after(text: str, a: int, after: str, gazetteer) -> dict | None:
    """The attributes the source cell after a quotation gives, when the quotation fills a cell of
    a row set as a line ("| Verbatim | Source |" tables closing a memoir's sub-parts, s49): a label
    and a profile ("Entretien 2 (MERM, 8 ans d'expérience)"), a description of a person, or a
    source that withholds who spoke ("Propos entendu en salle d'attente, auteur non identifié");
    else None."""
    line_start = text.rfind("\n", 0, a) + 1
    if not re.fullmatch(r"\s*(?:\|[^|«»\n]*)*\|\s*", text[line_start:a]):
        return None
    m = CELL_AFTER.match(after)
    if m is None:
        return None
    cell = m.group("cell").strip(" .")
    if unidentified(cell):
        return {"speaker": "", "role_raw": cell, "role": "inconnu", "region": "", "place": "",
                "attr_source": "attribution"}
    labelled = LABELLED_PROFILE.fullmatch(cell)
    if labelled and _cell_label(labelled.group("label").strip()) and describes_person(labelled.group("desc")):
        speaker, _ = speaker_label(labelled.group("label"))
        role, region, place = describe(labelled.group("desc"), gazetteer)
        if role in ("autre", "inconnu") and normalize_role(labelled.group("label")) not in ("autre", "inconnu"):
            role = normalize_role(labelled.group("label"))
        return {"speaker": speaker, "role_raw": labelled.group("desc"), "role": role, "region": region,
                "place": place, "attr_source": "attribution"}
    if describes_person(cell) and not cv.NAME.search(cell) and normalize_role(cell) not in ("autre", "inconnu"):
        role, region, place = describe(cell, gazetteer)
        return {"speaker": "", "role_raw": cell, "role": role, "region": region, "place": place,
                "attr_source": "attribution"}
    fields = description_fields(cell)
    first = fold(fields[0]).lower() if fields else ""
    if first in cv.PARTICIPANT_WORDS and normalize_role(fields[0]) in ("autre", "inconnu"):
        # "Participante, causerie du 14 mars": someone who took part, what they do not said (s55)
        return {"speaker": "", "role_raw": cell, "role": "inconnu", "region": "", "place": "",
                "attr_source": "attribution"}
    if len(fields) >= 2 and len(fields[0].split()) == 1 and any(cv.AGE_FIELD.match(f) for f in fields[1:]) \
            and not gazetteer.find(fields[0]):
        # "Mère, 26 ans": a lay person described by what they are to the care and their age (s55)
        role, region, place = describe(cell, gazetteer)
        return {"speaker": "", "role_raw": cell, "role": role if role not in ("", "inconnu") else "autre",
                "region": region, "place": place, "attr_source": "attribution"}
    return None


def _signature_below(text: str, a: int, b: int, after: str) -> tuple[str, str, tuple[int, int]] | None:
    """(name, description, span) of the line under a quotation that fills its own paragraph when
    that line is a reader's signature, a first name and an initial, a comma and a commune or a
    short quality ("Marie-Claude D., Mende", "Bruno F., retraité, Langogne"): a newsletter's or a
    paper's testimonies signed on the next line (s28-segr49a; testimony_bylines.cut_leading_signatures
    puts it on its own line when extraction ran it into the next testimony); else None."""
    line_start = text.rfind("\n", 0, a) + 1
    if text[line_start:a].strip() or after.strip() or text[b - 1:b] not in "»\"”":
        return None
    if (under := line_below(text, b)) is None:
        return None
    start, below = under
    signed = initialled_signature(below)
    if signed is None:
        # "— Martine, 6 ruches, Saint-Georges-sur-Arnon": a member's first name, what they keep, where
        bare = below.strip().lstrip("".join(cv.DATA.get("quote_dashes", []))).strip()
        if not counted_profile(bare):
            return None
        name, _, desc = bare.partition(",")
        signed = (name.strip(), desc.strip())
    lead = len(below) - len(below.lstrip())
    return signed[0], signed[1], (start + lead, start + len(below.rstrip()))


PAREN_BELOW = re.compile(r"\s*\((?P<inner>[^()\n]{3,120})\)\s*\.?\s*$")


def _pseudonym_below(text: str, a: int, b: int, after: str, inner: str, ctx, italic: bool):
    """(attrs, span) of a line under a quote filling its paragraph that is only a parenthesis
    giving a first name and a profile ("(Joséphine, 54 ans, auxiliaire de vie, Lens)"), read as
    that parenthesis after the quote would be; else None."""
    line_start = text.rfind("\n", 0, a) + 1
    if text[line_start:a].strip() or after.strip() or (text[b - 1:b] not in "»\"”" and not italic):
        return None
    if (under := line_below(text, b)) is None:
        return None
    start, below = under
    m = PAREN_BELOW.fullmatch(below)
    if not m or not cv.PSEUDONYM.match(m.group("inner")):
        return None
    coded = _coded_parenthesis(m.group("inner"), inner, ctx)
    if coded is None or not coded.get("speaker"):
        return None
    return coded, (start + m.start("inner") - 1, start + m.end("inner") + 1)


def split_at_source_lines(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """An italic run text[a:b] cut around the source lines inside it: report boxes set each
    quote and its source line ("Pharmacienne titulaire, Lons-le-Saunier (39)") all in italics,
    so each quote is read with the source under it, as a quote in guillemets is."""
    out, start, pos = [], a, a
    while (nl := text.find("\n", pos, b)) >= 0:
        end = text.find("\n", nl + 1)
        end = b if end < 0 or end > b else end
        line = text[nl + 1:end].strip()
        if line and DESCRIPTION_BELOW.fullmatch(line) and _is_description(line) and len(description_fields(line)) >= 2:
            out.append((start, nl))
            start = end
        pos = nl + 1
    out.append((start, b))
    return [(x, y) for x, y in out if text[x:y].strip()]


def _code_below(text: str, a: int, b: int, after: str, inner: str, ctx, italic: bool):
    """(attrs, span) when the quotation fills its paragraph and the line below is a participant's code
    the document knows, alone or with its fields ("K3, libéral, Saint-Flour", "– E1, ergothérapeute,
    Aurillac"): a thesis's credit under an indented or italic quotation; else None."""
    line_start = text.rfind("\n", 0, a) + 1
    if text[line_start:a].strip() or after.strip() or (text[b - 1:b] not in "»\"”" and not italic):
        return None
    if italic and not reads_as_speech(inner, block=True):
        return None  # "Tableau 3 : personnes interrogées citées" over the table's first row
    if (under := line_below(text, b)) is None:
        return None
    start, below = under
    m = CODE_LINE_BELOW.match(below)
    if m is None or not ctx.knows(m.group("code")) or len(m.group("line")) > 120:
        return None
    attrs = _coded_parenthesis(m.group("line"), inner, ctx)
    if attrs is None:
        # the code as the document knows it, the place its fields name ("libéral, Saint-Flour")
        attrs = _coded_parenthesis(m.group("code"), inner, ctx)
        rest = m.group("line")[len(m.group("code")):].strip(" ,–—-")
        region, place = resolve_region(rest, ctx.gazetteer) if attrs and rest else ("", "")
        if attrs and region:
            attrs = {**attrs, "region": region, "place": place}
    return (attrs, (start + m.start("line"), start + m.end("line"))) if attrs else None


# a code opening the line under a quotation, perhaps after a dash, then its fields after a comma or a dash
CODE_LINE_BELOW = re.compile(rf"^\s*(?:[–—-]\s+)?(?P<line>(?P<code>{ANY_CODE})"
                             r"(?:\s*[,–—-]\s*[^«»\n:;!?]{2,100})?)\s*\.?\s*$")


def _is_description(desc: str) -> bool:
    """Who someone is, not a sentence: a first field naming a function ("Adjointe au maire …",
    "Pharmacienne titulaire"), no speech verb."""
    fields = description_fields(desc)
    return bool(fields) and describes_person(desc) and not cv.SPEECH_VERB_ANY.search(desc) \
        and (opens_with_person(desc) or normalize_role(fields[0]) not in ("autre", "inconnu"))


NOTE_NUMBER = re.compile(r"^\s*\d{1,3}[.)]?\s+")  # the number opening a note's text


@dataclass
class QuoteCall:
    verbatim: bool
    attrs: dict = field(default_factory=dict)
    attribution: tuple[int, int] | None = None  # absolute span of a parenthesised attribution


def sentence_before(text: str, start: int, cross_lines: bool = False) -> str:
    """The sentence before ``start`` on its line (``cross_lines``: the previous line's last
    sentence when the quote opens its line, as a block quote under "Une infirmière résume :")."""
    chunk = text[max(0, start - 400):start]
    if cross_lines and not chunk[chunk.rfind("\n") + 1:].strip():
        chunk = chunk.rstrip().replace("\n", " ") + " "
    # (not the period of an abbreviated title, "Selon M. Gérard Bellony, « … »": grammar.yaml abbreviated_titles)
    period = chunk.rfind(". ")
    while period > 0 and _after_title(chunk, period):
        period = chunk.rfind(". ", 0, period)
    cut = max(period, chunk.rfind("? "), chunk.rfind("! "), chunk.rfind("\n"))
    return chunk[cut + 1:] if cut >= 0 else chunk


def _after_title(text: str, period: int) -> bool:
    """Whether the period at ``period`` closes an abbreviated title ("M.", "Dr.")."""
    word = re.search(r"(?:^|(?<=[\s(]))(\w+)$", text[max(0, period - 12):period])
    return bool(word) and word.group(1) in _titles()


@cv.per_language_data
def _titles() -> frozenset:
    return frozenset(cv.language_data().get("abbreviated_titles", []))


# a question quoted, then a comma or a semicolon and the next quotation: one of a list of questions
NEXT_QUOTE = re.compile(r"\s*[,;]\s*[«\"“]")


def listed_question(inner: str, after: str) -> bool:
    """Whether a quotation is a question followed by another quotation in a list ("« Avez-vous
    de la fièvre ? », « Êtes-vous enceinte ? »"): questions set out for someone to ask."""
    return inner.rstrip(" \u00a0\u202f").endswith("?") and bool(NEXT_QUOTE.match(after))


# the sentence's opening function, a comma, then (where this ends) the name in apposition to it:
# "La procureure, " before "Claire Méhaut, a requis : « … »"
APPOSED_BEFORE_NAME = re.compile(
    rf"(?:^|[.;:!?]\s+)(?P<desc>(?:{cv.DETERMINERS})(?:(?<=['’])|\s+)[^\W\d_][^,.;:!?«»\"“]{{1,50}}),\s*$",
    re.IGNORECASE)


def _possessor_role(lead: str) -> str:
    """The role of the body a possessive after a quotation points back to: the subject of the last
    sentence of ``lead`` (the quotation's paragraph before it), up to its speech verb, when it names
    a body and no person ("L'agence régionale de santé assure qu'un second appareil … « … », a assuré
    son directeur général, …" -> institutionnel_ars); '' otherwise ("Une infirmière explique que …
    « … », ajoute son mari, …": a person's, not a body's)."""
    chunk = lead.rstrip(" \u00a0\u202f").rstrip(".!?")
    sentence = chunk[max(chunk.rfind(". "), chunk.rfind("? "), chunk.rfind("! ")) + 1:].strip()
    verb = cv.SPEECH_VERB_ANY.search(sentence)
    comma = sentence.find(",")
    if verb and not sentence[:verb.start()].strip() and 0 < comma < verb.end() + 2:
        # "Interrogée, l'agence régionale de santé conteste …": a detached participle opens the
        # sentence, its subject comes after the comma
        verb = cv.SPEECH_VERB_ANY.search(sentence, comma + 1)
        subject = sentence[comma + 1:verb.start()] if verb else ""
    else:
        # (no speech verb, "L'ARS conteste le chiffre": the whole sentence, when it names a body and
        # no person)
        subject = sentence[:verb.start()] if verb else sentence[comma + 1:]
    if not subject.strip() or cv.PERSON_NOUN.search(subject) or cv.NAME.search(subject):
        return ""
    role = matched_role(subject)
    return role if role not in (None, "autre", "inconnu") else ""


# a first name, an apposition up to a comma or the colon, perhaps a clause after it, then the colon
# that introduces a quotation: "Comme le dit Hélène, titulaire d'une officine à Ornans :", "Thibault,
# adjoint dans une pharmacie de Besançon, décrit ainsi la saison :" (the first name checked in _classify)
# a first name alone ("Claire", "Marie-Jo")
LONE_FIRST_NAME = re.compile(NAME_WORD)
FIRST_NAME_LEAD = re.compile(r"(?:^|(?<=[\s(]))(?P<name>[A-ZÉÈ][a-zéèêëïîôûç]+(?:-[A-ZÉÈ][a-zéèêëïîôûç]+)?)\s*,\s*"
                             r"(?P<desc>[^,:;«»()\d]{3,90}?)\s*(?:,\s*[a-zà-ÿ][^:;«»]{0,100}?)?:\s*$")
# a first name and a surname set between commas right after a person's function: "Le maire, Henri
# Poirson, a demandé …" (the name cv.NAME shapes, the comma after it closing the apposition)
APPOSED_NAME = re.compile(r"\s*,\s*(?P<name>[A-ZÉÈ][a-zéèêëïîôûç]+(?:-[A-ZÉÈ][a-zéèêëïîôûç]+)?"
                          r"\s+[A-ZÉÈ][\w'’-]+)\s*,")


def _occupation_after(who: str, full: str) -> str:
    """The apposition after a function introduced by a determiner when it opens with a person noun
    ("le trésorier de l'association, pharmacien à Capdenac" -> "pharmacien à Capdenac"), else ''
    (a name, a date, a clause after the comma say nothing of what the person does)."""
    if not who or not full.startswith(who) or cv.PERSON_NOUN.search(who) \
            or not re.match(rf"(?:{cv.DETERMINERS})\b", who, re.IGNORECASE):
        return ""
    rest = full[len(who):]
    if not rest.startswith(","):
        return ""
    apposition = rest[1:].split(",")[0].strip(" .")
    return apposition if cv.PERSON_NOUN.match(apposition) else ""


@cv.per_language_data
def _rank() -> re.Pattern:
    ranks = cv._flex_alt(cv.language_data().get("rank_titles", [])) or "(?!)"
    return re.compile(rf"^\s*(?:{ranks})\s+(?=[A-ZÉÈ][a-zà-öø-ÿ'’-]+\s+(?:[A-Z][A-Za-zà-öø-ÿ'’-]+)(?:\s*[,(]|\s*$))")


def without_rank(who: str) -> str:
    """A lead's description without the rank before the full name it opens with ("Lieutenant Patrick
    Guérin, chef du centre" -> "Patrick Guérin, chef du centre"): lang/fr attributions.yaml rank_titles
    (the grades of the fire brigades, the army, the gendarmerie, the police), case kept after them."""
    return _rank().sub("", who, count=1)


def _who(phrase: str) -> str:
    """The person part of "le médecin généraliste (syndiqué CSMF)", "sa présidente X", cut at a
    comma or a relative clause."""
    phrase = cv.WHO_CUT.split(phrase)[0]
    return phrase.strip(" .:;")


def _with_apposition(who: str, raw: str) -> str:
    """A function naming no trade, then the trade in apposition ("Le président de la CPTS d'Évron,
    médecin généraliste, résume :", "la directrice de l'association, infirmière de formation,
    explique :"): the person is described by both, the trade giving the role. ``who`` as it is
    when it names a role or when no apposition follows it in ``raw``."""
    if normalize_role(who) != "inconnu" or not raw.strip().startswith(who):
        return who
    rest = raw.strip()[len(who):]
    app = re.match(r"\s*,\s*(?P<app>[^,;:«»()]{3,80}?)\s*,", rest)
    if app is None or not describes_person(app.group("app")) \
            or normalize_role(app.group("app")) in ("autre", "inconnu"):
        return who
    return f"{who}, {app.group('app').strip()}"


# after a quotation closed on its own stop, the rest of its line: a first name (and a surname), a comma,
# what the person does, a page reference at most ("Élise, infirmière frontalière – page 3")
@cv.per_language_data
def _space_credit() -> re.Pattern:
    folio = cv._flex_alt(cv.language_data().get("folio_words", [])) or "(?!)"  # headings.yaml: "p.", "page"
    return re.compile(rf"^[ \t]+(?P<name>{FIRST_NAME}(?:\s+[A-ZÉÈ][\w'’-]+)?)\s*,\s*(?P<desc>[^,«»()\[\]\n!?:;–—]{{3,80}}?)"
                      rf"(?:\s*[–—-]\s*(?i:{folio})\s*\d+)?\s*\.?\s*$")


def _credited_after(text: str, a: int, b: int, call: QuoteCall, ctx: Context, italic: bool) -> QuoteCall:
    """``call`` completed by what follows the quotation text[a:b] (s49): a parenthesis naming whom
    the lead-in only described ("(Thomas, conjoint de Laura)"), an endnote naming them ("»¹" and
    "1. Entretien avec Roger M., …"), a parenthesis saying two people answered together
    ("réponse commune": no speaker, role inconnu)."""
    if (call.verbatim or reads_as_speech(text[a:b], block=True) and n_words(text[a:b]) >= 4) \
            and not call.attrs.get("speaker") and "person" not in call.attrs and not italic:
        # "Son conjoint a ajouté : « … » (Thomas, conjoint de Laura)": the parenthesis after the words
        # names whom the lead-in described (s49)
        paren = re.match(r"\s*\((?P<attr>[^()\n]{2,100})\)", text[b:b + 110])
        named = _coded_parenthesis(paren.group("attr"), text[a:b], ctx) if paren else None
        pseudonym = cv.PSEUDONYM.match(paren.group("attr")) if paren and named is None else None
        if pseudonym and pseudonym.group("rest") and matched_role(pseudonym.group("rest")) is not None \
                and not ctx.gazetteer.find(pseudonym.group("code")):
            # "(Thomas, conjoint de Laura)": a first name and a relative's or a lay person's description
            role, region, place = describe(pseudonym.group("rest"), ctx.gazetteer)
            named = {"speaker": pseudonym.group("code"), "role_raw": pseudonym.group("rest").strip(), "role": role,
                     "region": region, "place": place, "attr_source": "attribution"}
        if named and named.get("speaker") and not cv.LABEL_SHAPES["code"].fullmatch(named["speaker"]):
            keep = call.verbatim and call.attrs.get("role") not in (None, "", "inconnu")
            call = QuoteCall(True, {**named, **({k: call.attrs[k] for k in ("role", "role_raw") if k in call.attrs}
                                                if keep else {})}, call.attribution)
    if not call.attrs.get("speaker") and "person" not in call.attrs and not italic:
        # "« … »1, résume un ancien conducteur" and the note "1 Entretien avec Roger M., ancien agent de
        # conduite, 78 ans": the note names whom a lead-in or an incise only describes (s49)
        noted = _noted_person(text, b, ctx)
        if noted is not None and (call.verbatim or n_words(text[a:b]) >= 4):
            role_known = call.verbatim and call.attrs.get("role") not in (None, "", "inconnu")
            call = QuoteCall(True, {**noted, **({k: call.attrs[k] for k in ("role", "role_raw") if k in call.attrs}
                                                if role_known else {})}, call.attribution)
    if not call.verbatim and not italic and text[b - 3:b].strip(" »\u00a0\u202f")[-1:] in ".!?…" \
            and reads_as_speech(text[a:b], block=True) and n_words(text[a:b]) >= 4:
        # "« Là-bas, on me paie enfin pour ce que je fais. » Élise, infirmière frontalière – page 3": a front
        # page's teaser, the words then who said them to the end of the line, a page reference at most (s50)
        credit = _space_credit().match(text[b:text.find("\n", b) if "\n" in text[b:] else len(text)])
        if credit and describes_person(credit.group("desc")) and names_a_trade(credit.group("desc")) \
                and not ctx.gazetteer.find(credit.group("name")):
            role, region, place = describe(credit.group("desc"), ctx.gazetteer)
            call = QuoteCall(True, {"speaker": credit.group("name"), "role_raw": credit.group("desc").strip(), "role": role,
                                    "region": region, "place": place, "attr_source": "attribution"})
    # "« … » (M2 et sa belle-sœur, réponse commune, Choungui)": read as nobody's words by the
    # other readers, two people's answer
    joint = re.match(r"\s*\((?P<attr>[^()\n]{2,120})\)", text[b:b + 130])
    if joint and not call.verbatim and cv.GROUP_SPEECH.search(joint.group("attr")) \
            and reads_as_speech(text[a:b], block=True) and n_words(text[a:b]) >= 4:
        region, place = resolve_region(joint.group("attr"), ctx.gazetteer)
        call = QuoteCall(True, {"speaker": "", "role_raw": joint.group("attr"), "role": "inconnu", "region": region,
                                "place": place, "attr_source": "attribution"})
    if call.verbatim and cv.GROUP_SPEECH.search(call.attrs.get("role_raw", "")) and "person" not in call.attrs:
        # "(M2 et sa belle-sœur, réponse commune, Choungui)": two people's answer, no single speaker
        # and no one role (ANNOTATION.md: a joint answer; s49)
        call = QuoteCall(True, {**call.attrs, "speaker": "", "role": "inconnu"}, call.attribution)
    return call


def classify_quote(text: str, a: int, b: int, ctx: Context, current: list, italic: bool = False) -> QuoteCall:
    """Is the quotation text[a:b] someone's words, and whose? (see _classify). A quote given to a
    description ("la coordinatrice explique") in a sentence that names the interview ("Dans
    l'entretien n°7, …") is that interview's."""
    call = _classify(text, a, b, ctx, current, italic)
    if not call.attrs.get("speaker") and "person" not in call.attrs and not italic \
            and (header := account_header(text, a)) is not None:
        # s25-segattr6: "Incident critique n° 4 (MG7, Haguenau)" … "Récit : « … »": the header's
        # participant tells the account (segment/quote_sources.py)
        coded = _coded_parenthesis(header, text[a:b], ctx)
        if coded is not None and coded.get("speaker"):
            call = QuoteCall(True, {**call.attrs, **{k: v for k, v in coded.items() if v}}, call.attribution)
    # who the words after the quotation name: a parenthesis, an endnote, a joint answer (s49)
    call = _credited_after(text, a, b, call, ctx, italic)
    if ctx.gazetteer is not None:
        # "L'infirmière, justement, s'appelle Sylvie, et elle … « … »" (segment/presentative_names.py)
        call = presentative_call(text, a, b, call, ctx.gazetteer)
    if call.verbatim and not call.attrs.get("speaker") and "person" not in call.attrs:
        ref = cv.INTERVIEW_REF.search(sentence_before(text, a))
        if ref:
            call.attrs["speaker"] = cv.interview_speaker(str(int(ref.group("num"))))
    if not call.attrs.get("speaker") and "person" not in call.attrs:
        roman = roman_reference(sentence_before(text, a), text)  # segment/roman_interviews.py
        if roman and (call.verbatim or cv.SPEECH_VERB_ANY.search(sentence_before(text, a))):
            # "comme le note l'entretien VI : « … »": the interview the sentence names speaks
            call = QuoteCall(True, {**call.attrs, "speaker": roman[0]}, call.attribution)
    if not call.attrs.get("speaker") and "person" not in call.attrs:
        # "Relecteur 1 – commentaire 2" over « … » alone on its paragraph (segment/reviewer_comments.py)
        reviewer = reviewer_comment(text, a, b)
        if reviewer is not None:
            call = QuoteCall(True, reviewer, call.attribution)
    return call


@lru_cache(maxsize=64)
def _listed_code_subject(codes: frozenset, key: int) -> re.Pattern:
    """A code the participants table lists, of any shape ("DG", "Cadre 3"), opening the sentence that
    introduces a quotation, an introducer and an article before it or not ("Pour le DG, …"): the
    sentence's subject, as CODE_SUBJECT reads the usual shapes."""
    d = cv.language_data()
    # (or initials with their periods, "S.", "M.-L.", as notes that keep names out list people: s47)
    shaped = [c for c in codes if re.fullmatch(ANY_CODE, c) or re.fullmatch(cv.DOTTED_INITIALS, c)]
    if not shaped:
        return re.compile("(?!)")
    alt = "|".join(re.escape(c) for c in sorted(shaped, key=lambda c: (-len(c), c)))
    intro = cv._flex_alt(d.get("introducers", [])) or "(?!)"
    arts = cv._flex_alt(d.get("role_label_articles", [])) or "(?!)"
    # after an introducer or an article, a comma may follow ("Pour le DG, …"); bare, a verb or a pronoun
    # does ("Cadre 3 le résume"), or a relative clause ("S., qui s'était tue, a dit :") — not a
    # signature line run into the lead ("K1, libéral, Aurillac")
    return re.compile(rf"(?:^\s*|[.;!?]\s+)(?P<lead>(?i:{intro})\s+(?:(?i:{arts})\s*)?|(?i:{arts})\s*)?"
                      rf"(?P<who>{alt})(?P<desc>)(?(lead)(?=[\s,])|(?=\s+[a-zéèêàâîôûç]|\s*,\s*(?:{cv.word_forms('relative_pronouns')})\b))")


def _origin_apposition(desc: str) -> bool:
    """An apposition saying where the person comes from ("venue de Varades avec sa fille de 14 ans":
    lang/fr place_forms.yaml origin_participles): it presents someone, as a trade would."""
    words = {fold(w).lower() for w in cv.language_data().get("origin_participles", [])}
    first = fold(desc.split()[0]).lower() if desc.split() else ""
    return first in words and bool(re.match(r"\S+\s+(?:de|du|des|d['’])", desc))


# an ethnography's informant by first name (or pseudonym) and the year of the conversation
_NAME_YEAR = re.compile(rf"(?P<name>{NAME_WORD})\s*,\s*(?:19|20)\d\d")


def _dated_informant(attr: str, lead: str, gazetteer) -> dict | None:
    """"« … » (Gisèle, 2022)" after "Une ancienne agricultrice d'Agon-Coutainville raconte sa brûlure
    de 2019 :": the parenthesis's one name and a year read as a citation of the literature would be
    ("(Fournier, 2015)"), but the lead gives the words to a person it describes, speaking: the
    informant's pseudonym and the year of the conversation (the role and place from the lead)."""
    m = _NAME_YEAR.fullmatch(attr.strip())
    clause = clause_before_colon(lead)
    if m is None or not clause or gazetteer is None or gazetteer.find(m.group("name")):
        return None
    person = cv.PERSON_NOUN.search(clause)
    if person is None or not cv.SPEECH_VERB_ANY.search(clause[person.end():]):
        return None
    role, region, place = describe(clause[person.start():], gazetteer)
    return {"speaker": m.group("name"), "role_raw": clause[person.start():].strip(), "role": role,
            "region": region, "place": place, "attr_source": "attribution"}


@cv.per_language_data
def _question_noun() -> re.Pattern:
    """A noun naming a question right before the quotation, in apposition (a comma perhaps after it,
    no colon: "pose la question suivante : « … ? »" is someone asking) (``quoted_question_nouns``):
    "À la question « … ? »", "La question d'ouverture, « … ? », a surpris"."""
    nouns = cv.literal_alternation(cv.language_data().get("quoted_question_nouns", [])) or "(?!)"
    return re.compile(rf"(?<![\w'’])(?:{nouns})\s*,?$", re.IGNORECASE)


# a clause opened by a subject pronoun ("il se tait longtemps puis"): its verb's subject is no noun
PRONOUN_CLAUSE = re.compile(rf"\s*(?:{cv.word_forms('subject_pronouns', '')})\s", re.IGNORECASE)


def _place_credits(text: str, ctx: Context) -> frozenset:
    """The parentheses closing quotations that name a place the gazetteer knows and nothing else,
    when the text closes at least two quotations so ("« … » (Thiéblemont-Farémont)", "« … »
    (Sompuis)"): a list of quotations credited by commune. Read once per document (kept on its context)."""
    credits = getattr(ctx, "place_credits", None)
    if credits is None:
        found = [m.group(1).strip() for m in re.finditer(r"[»”]\s*\(([^()«»\d,;:\n]{2,60})\)", text)]
        places = [f for f in found if ctx.gazetteer is not None and is_place(f, ctx.gazetteer)]
        credits = ctx.place_credits = frozenset(places) if len(places) >= 2 else frozenset()
    return credits


def group_heading(text: str, a: int) -> str:
    """The heading that names the kind of people whose quotations follow it, when only quotations
    (bullets, lines opening on a guillemet) stand between it and the quotation at ``a``: a plural
    naming people by what they are ("Médecins généralistes du territoire", "Pharmaciens", "Élus",
    "Habitants"), at most ``group_heading_max_words`` words without a sentence's punctuation; ''
    when there is none ("Contributions non qualifiées (statut non indiqué)": no person)."""
    most = cv.language_data().get("group_heading_max_words", 6)
    end = text.rfind("\n", 0, a)
    for _ in range(12):
        if end <= 0:
            return ""
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        end = start - 1
        if not line:
            continue
        if line.lstrip("•–—-* ").startswith(("«", "“", "\"")):
            continue  # another quotation of the same group
        first = fold(line.split()[0]).lower()
        if len(line.split()) > most or re.search(r"[.!?:;«»]", line) or not re.search(r"[sx]$", first):
            return ""
        return line if matched_role(line) or names_a_profession(line) else ""
    return ""


def _classify(text: str, a: int, b: int, ctx: Context, current: list, italic: bool = False) -> QuoteCall:
    """Is the quotation text[a:b] someone's words, and whose? ``current`` holds the named press
    speaker of the running section (or None) and is updated in place. ``italic``: a passage set
    in italics without quotation marks (a block quote), someone's words only when an attribution
    follows it or a sentence introduces it."""
    if italic:
        inner = text[a:b]
    else:
        inner = text[a + 1:b - 1] if text[b - 1] in "»\"”" else text[a + 1:b]
    words = n_words(inner)
    line_end = text.find("\n", b)
    after = text[b:line_end if line_end >= 0 else len(text)]
    after = before_next_lead(text, b, after)  # "» [Hospitalier · …] « …": the next quote's (segment/leading_profiles.py)
    # a note's call glued to a word after the quote ("…, reconnaît Kévin²."): blanked, the name read as written (s49)
    after = GLUED_CALL.sub(lambda m: " " * len(m.group(0)), after)
    # a quote opening its paragraph under a line ending with a colon: that line introduces it
    line_start = text.rfind("\n", 0, a) + 1
    if not after.strip() and not text[line_start:a].strip() and line_end >= 0:
        # a credit in parentheses or brackets set as the next paragraph ("« … »" then "[Participant à la
        # réunion publique, Chaumont]"): read as if it closed the quotation's line
        below_end = text.find("\n", line_end + 1)
        below = text[line_end:below_end if below_end >= 0 else len(text)]
        if CREDIT_PARAGRAPH.fullmatch(below):
            after = below
    introduced = not text[line_start:a].strip() and text[:line_start].rstrip().endswith(":")
    before = sentence_before(text, a, cross_lines=italic or introduced)
    if words < 2 and not answered_alone(text, a, b):  # "3. « Deux. » (chirurgienne-dentiste, …)": segment/short_answers.py
        return QuoteCall(False)
    if cv.CITATION_NUM.match(after):
        return QuoteCall(False)
    if not italic and motto_line(text[line_start:line_end if line_end >= 0 else len(text)], text[:text.find("\n")]):
        return QuoteCall(False)  # "« Soigner ici » – Maison de santé du Val.": an organisation's motto (segment/mottos.py)
    if common_saying(text[line_start:a], after):
        return QuoteCall(False)  # "On dit ici « Qui voit Ouessant voit son sang »": a saying (segment/mottos.py)
    if inner.rstrip(" .…»\"”").endswith("?") and _question_noun().search(before.rstrip()):
        # s33-segr58a: "À la question « Avez-vous déjà … ? », tous ont répondu …": the question put to
        # the participants, named by its noun right before it, not anyone's answer
        return QuoteCall(False)
    led = leading_profile(text, a)  # "[Libéral · infirmière · Vimeu] « … »"
    if led is not None and not italic:
        role, region, place = describe(led[0], ctx.gazetteer)
        return QuoteCall(True, {"speaker": "", "role_raw": led[0], "role": role, "region": region,
                                "place": place, "attr_source": "attribution"}, led[1])
    celled = _cells_before(text, a, after) if not italic else None
    if celled is not None:  # "Adjointe à la santé | Mairie de Sées | « … »": a table's row of verbatims
        role, region, place = describe(celled, ctx.gazetteer)
        return QuoteCall(True, {"speaker": "", "role_raw": celled, "role": role, "region": region,
                                "place": place, "attr_source": "attribution"})
    sourced = _cell_after(text, a, after, ctx.gazetteer) if not italic and words >= 4 \
        and reads_as_speech(inner, block=True) else None
    if sourced is not None:  # "| « … » | Entretien 2 (MERM, 8 ans d'expérience) |": the row's source cell
        return QuoteCall(True, sourced)
    call = NOTE_CALL.match(after) or PLAIN_NOTE_CALL.match(after)  # "« … »³", "« … »3" glued to the guillemet
    call_at = (b + call.start(1), b + call.end(1)) if call else None
    if call is None and (inside := INNER_NOTE_CALL.search(text, a, b)) is not None:
        # a superscript call glued to the quotation's last word, before its period ("… jusqu'en
        # 1960³. »", a history article's archives): the same note (a plain digit there is a number)
        call, call_at = inside, (inside.start(1), inside.end(1))
    note = ctx.endnotes.get(call.group(1).translate(SUPERSCRIPTS)) if call else None
    coded = _coded_parenthesis(note.rstrip(" ."), inner, ctx) if note else None
    if coded is not None:  # "« … »¹" and the note "1. Entretien n°6, infirmière libérale, Haute-Garonne"
        return QuoteCall(True, coded, call_at)
    credited = note_source(note) if note and words >= 3 else None
    # (a person named with a civility is the speaker: "Entretien avec Mme Jeanne Blondeau, sage-femme …")
    speaker, desc = source_person(credited) if credited else ("", "")
    if credited and (describes_person(credited) or speaker and describes_person(desc)):
        # "« … »3" and the note "3. Entretien avec un infirmier, Louviers"
        role, region, place = describe(desc if speaker and desc else credited, ctx.gazetteer)
        return QuoteCall(True, {"speaker": speaker, "role_raw": desc if speaker else credited, "role": role,
                                "region": region, "place": place, "attr_source": "attribution"}, call_at)
    footnote = next((ctx.note_calls[k] for k in range(b, b + 3) if k in ctx.note_calls), None)
    coded = _coded_parenthesis(NOTE_NUMBER.sub("", footnote).strip().rstrip("."), inner, ctx) if footnote else None
    if coded is not None:  # a call extraction took out of the text (notes.csv)
        return QuoteCall(True, coded)
    listed = listed_source(after, getattr(ctx, "source_lists", {}))  # "« … » [3]", "[3] E4, …" (segment/source_lists.py)
    sourced_attrs = _listed_attrs(listed[0], inner, ctx, text) if listed else None
    if sourced_attrs is not None:
        number = re.search(r"\d+", text[b + listed[1]:b + listed[2]].translate(SUPERSCRIPTS))  # none for "†"
        lettered = re.search(r"[A-Z]+\d+", text[b + listed[1]:b + listed[2]])
        if not sourced_attrs["speaker"] and lettered:  # "« … » [E4]" and the line "[E4] Infirmière libérale, Lorient"
            sourced_attrs["speaker"] = lettered.group(0)
        elif not sourced_attrs["speaker"] and number and lists_interviews(text, listed[0]):  # "Entretiens cités" over the list
            sourced_attrs["speaker"] = cv.interview_speaker(str(int(number.group(0))))
        return QuoteCall(True, sourced_attrs, (b + listed[1], b + listed[2]))
    below = _description_below(text, a, b, after, italic)
    if below is not None:  # "« … »" then, on the next line, "Pharmacienne titulaire, Lons-le-Saunier (39)"
        role, region, place = describe(below[2], ctx.gazetteer)
        return QuoteCall(True, {"speaker": "", "role_raw": below[2], "role": role, "region": region,
                                "place": place, "attr_source": "attribution"}, below[:2])
    signed_below = _signature_below(text, a, b, after)
    if signed_below is not None:  # "« … »" then, on the next line, "Marie-Claude D., Mende"
        name, desc, span = signed_below
        role, region, place = describe(desc, ctx.gazetteer)
        # a first name and an initial with no function: a reader, a patient, a relative
        role = role if role not in ("", "inconnu") else "autre"
        return QuoteCall(True, {"speaker": name, "role_raw": desc, "role": role, "region": region,
                                "place": place, "attr_source": "attribution"}, span)
    coded_below = _code_below(text, a, b, after, inner, ctx, italic)
    if coded_below is not None:  # an italic block, then "K3, libéral, Saint-Flour" on the line below
        return QuoteCall(True, coded_below[0], coded_below[1])
    pseudonymed = _pseudonym_below(text, a, b, after, inner, ctx, italic)
    if pseudonymed is not None:  # an indented quote, then "(Joséphine, 54 ans, auxiliaire de vie, Lens)" below
        return QuoteCall(True, pseudonymed[0], pseudonymed[1])
    sourced = source_line(text, b, after, italic)  # "Source : entretien de la mission avec …" under the quote
    if sourced is not None:
        speaker, desc = source_person(sourced[2])  # "Source : entretien avec le Dr Favre, médecin …"
        role, region, place = describe(desc, ctx.gazetteer)
        return QuoteCall(True, {"speaker": speaker, "role_raw": desc, "role": role, "region": region,
                                "place": place, "attr_source": "attribution"}, sourced[:2])
    numbered_source = _numbered_source_below(text, b, after, inner, ctx) if words >= 4 else None
    if numbered_source is not None:  # "Source : entretien n° 8, infirmier libéral, Cargèse, avril 2023" under the quote
        return QuoteCall(True, numbered_source[0], numbered_source[1])
    titled = title_above(text, a, b) if italic and reads_as_speech(inner, block=True) else None
    if titled is not None:  # "Verbatim n°17 — infirmière libérale, Bretagne" over italic words (segment/framed_quotes.py)
        role, region, place = describe(titled[2], ctx.gazetteer)
        return QuoteCall(True, {"speaker": titled[3], "role_raw": titled[2], "role": role, "region": region,
                                "place": place, "attr_source": "attribution"})
    noted = sign_note(text, b, after) if words >= 3 else None  # "« … »*" and the note "* Infirmière libérale, Aubenas."
    noted_as = describe(noted[0], ctx.gazetteer) if noted is not None else ("inconnu", "", "")
    if noted is not None and (describes_person(noted[0]) or noted_as[0] not in ("autre", "inconnu")):
        role, region, place = noted_as  # the note may open with a post ("Cadre de santé, service de …")
        return QuoteCall(True, {"speaker": "", "role_raw": noted[0], "role": role, "region": region,
                                "place": place, "attr_source": "attribution"}, (b, b + noted[1]))
    signed = capitals_signature(after) if words >= 3 else None  # "« … » LAURE ISNARD, MÉDECIN …"
    if signed is not None and describes_person(signed[1]):
        role, region, place = describe(signed[1], ctx.gazetteer)
        return QuoteCall(True, {"speaker": signed[0], "role_raw": signed[1], "role": role, "region": region,
                                "place": place, "attr_source": "attribution"}, (b + signed[2], b + signed[3]))
    dc = cv.DASH_CODE.match(after)
    coded = _dash_code(dc, ctx) if dc else None
    if coded is not None:
        end = dc.end()
        surname = cv.SURNAME_BEFORE_COMMA.match(after, end)
        if surname is not None and cv.CIVILITY_NAME.fullmatch(dc.group("code") + surname.group()):
            # "— Dr Hervé Guilbaud, alors président …": the code stopped inside the name
            coded["speaker"], end = " ".join((coded["speaker"] + surname.group()).split()), surname.end()
        return QuoteCall(True, coded, (b + len(after) - len(after.lstrip()), b + end))
    dm = cv.DASH_DESCRIPTION.match(after)
    # (a year the person has practised since is no reference's year: "– un infirmier libéral
    # installé depuis 2008", s28-segr49a)
    # (nor a session's host after its title: "18 janvier – « Aidant, moi ? » – animé par une
    # psychologue": fallbacks.yaml host_credit_words, event_companions)
    # (or a respondent whose profession the survey does not give: "– profession non renseignée", s48)
    if dm and (describes_person(cv.SINCE_YEAR.sub("", dm.group("desc"))) or withholds_role(dm.group("desc"))) \
            and not _hosts_event(dm.group("desc")):
        role, region, place = describe(dm.group("desc"), ctx.gazetteer)
        return QuoteCall(True, {"speaker": _numbered_post(dm.group("desc")), "role_raw": dm.group("desc").strip(),
                                "role": role, "region": region,
                                "place": place, "attr_source": "attribution"},
                         (b + dm.start("desc") - 1, b + dm.end()))
    # (the rest of the line only: no next quotation after the credit)
    da = cv.DASH_ATTRIBUTION.match(after.strip()) if words >= 3 and len(after) <= 200 \
        and not re.search(r"[«»\"“”]", after) else None
    if da and describes_person(da.group("rest")):
        # "[« … »] — Sr Rosalie, 88 ans, Nasbinals": a name and what they are after a dash (segment/translated_quotes.py)
        speaker, _ = speaker_label(da.group("code"))
        role, region, place = describe(da.group("rest"), ctx.gazetteer)
        return QuoteCall(True, {"speaker": speaker, "role_raw": da.group("rest"), "role": role, "region": region,
                                "place": place, "attr_source": "attribution"},
                         (b + after.index(da.group("code")), b + len(after.rstrip())))
    # an editorial bracket between the quote and its source: "« … » [traduit du turc par la
    # médiatrice] (Mme K., 27 ans)" — the parenthesis after it says who spoke
    pm = EDITORIAL_THEN_PAREN.match(after) or cv.PAREN.match(after)
    if pm and (remarks_on_quote(pm.group("attr")) or bare_person_word(pm.group("attr"))):
        pm = None  # "« … » (Message à lire au patient)": a remark, no credit (segment/paren_remarks.py)
    if pm:
        attr = without_source_fields(pm.group("attr").strip())  # "(K3, note vocale du 14/03, 21 h 12)"
        span = (b + pm.start("attr") - 1, b + pm.end())
        study = cited_study(attr) if words >= 3 else None
        studied = _studied_participant(study[0], inner, ctx) if study else None
        if studied is not None:  # "(MG7 ; Morel et al., 2019)": a participant of the study reviewed (segment/cited_studies.py)
            region, place = study_place(study[1], text, ctx.gazetteer)
            return QuoteCall(True, {**studied, **({"region": region, "place": place} if region else {})}, span)
        structured = _structure_code_attrs(attr, ctx)
        if structured is not None:  # "(CPTS-MG2)", "(CPTS-A-coord)": a structure's letters, then a trade's (s55)
            return QuoteCall(True, structured, span)
        if words >= 3 and signs_quote(attr):
            # "« … » (signé « un retraité de Domfront »)", "(anonyme, Passais-Villages)": a written
            # contribution and its signature (segment/written_slips.py); the place the parenthesis names
            signed = slip_author(attr, ctx.gazetteer)
            if not signed["region"]:
                signed["region"], signed["place"] = resolve_region(attr, ctx.gazetteer)
            return QuoteCall(True, signed, span)
        if words >= 3 and withholds_role(attr) and not cv.PAREN_CODE.match(attr):
            # "« … » (participant, poste non indiqué)": someone whose post the document does not give
            region, place = resolve_region(attr, ctx.gazetteer)
            return QuoteCall(True, {"speaker": "", "role_raw": attr, "role": "inconnu", "region": region,
                                    "place": place, "attr_source": "attribution"}, span)
        same = same_speaker(attr)  # "(la même)": an earlier speaker (segment/parenthesis_references.py)
        if same is not None and words >= 3:
            return QuoteCall(True, {SAME: same}, span)
        if words >= 4 and attr in _place_credits(text, ctx):
            # "« … » (Vitry-le-François)" among quotations credited by the commune only: where the person
            # lives or works, not who they are
            region, place = resolve_region(attr, ctx.gazetteer)
            group = group_heading(text, a)  # "Pharmaciens" over the quotations: who they are
            return QuoteCall(True, {"speaker": "", "role_raw": group, "role": normalize_role(group) if group else "inconnu",
                                    "region": region, "place": place, "attr_source": "attribution"}, span)
        if cites_a_body(attr) or cites_scripture(attr):  # "(HAS, 2014)", "(Matthieu 25, 36)": a text, no one's speech
            return QuoteCall(False)
        legend = legend_reference(attr, text)  # "(enquêtée 4, fig. 2)" and the figure's legend
        if legend is not None:
            role, region, place = describe(legend[1], ctx.gazetteer)
            return QuoteCall(True, {"speaker": legend[0], "role_raw": legend[1], "role": role, "region": region,
                                    "place": place, "attr_source": "attribution"}, span)
        dated = dated_reference(attr, text) if words >= 3 else None
        if dated is not None:  # "(audition du 14 mars 2024)" and the annex of hearings by date (segment/quote_sources.py)
            role, region, place = describe(dated[1], ctx.gazetteer)
            return QuoteCall(True, {"speaker": dated[0], "role_raw": dated[1], "role": role, "region": region,
                                    "place": place, "attr_source": "attribution"}, span)
        roman = roman_reference(attr, text, whole=True)  # "(entretien VIII)" (segment/roman_interviews.py)
        if roman:
            role_raw, role, region = ctx.interview_identity(roman[1], None, inner)
            return QuoteCall(True, {"speaker": roman[0], "role_raw": role_raw or attr, "role": role, "region": region},
                             span)
        unit = designated_unit(attr, text) if words >= 3 else None  # "(Officine C, titulaire)": segment/designated_units.py
        if unit is not None and (unit[1] or speaks(inner)):
            return QuoteCall(True, _unit_attrs(attr, unit, ctx), span)
        placed = re.fullmatch(cv.PLACE_CODE, attr)
        if placed is not None:  # "(IDE-Sada-3)", "» — IDE-Sada-3" (segment/dash_credits.py): the code speaks
            return QuoteCall(True, _place_code_attrs(placed, ctx), span)
        coded = _coded_parenthesis(attr, inner, ctx)
        if coded is not None:
            if coded.get("role", "inconnu") in ("", "inconnu"):
                intro = introduced_role(before)  # "Pour un médecin coordinateur, « … » (I9, Lyon)"
                if intro:
                    coded.update(role_raw=intro, role=normalize_role(intro))
                elif coded.get("speaker") and (subject := described_subject(before, ctx.gazetteer, trades=True)) is not None:
                    # "Une infirmière belge raconte : « … » (B4, Beauraing)": the code says who, the
                    # sentence's subject what they do
                    coded.update(role_raw=subject["role_raw"], role=subject["role"])
            return QuoteCall(True, coded, span)
        interview = cv.INTERVIEW_REF.search(attr)
        if interview:
            num = str(int(interview.group(1)))
            role_raw, role, region = ctx.interview_identity(num, None, inner)
            rest = (attr[:interview.start()] + attr[interview.end():]).strip(" ,;–—-")
            if role in ("", "inconnu") and rest:
                # "[Infirmière libérale, entretien 7]": the bracket says what the interviewee does
                described, where, _ = describe(rest, ctx.gazetteer)
                if described not in ("autre", "inconnu"):
                    role_raw, role, region = rest, described, region or where
            return QuoteCall(True, {"speaker": cv.interview_speaker(num), "role_raw": role_raw or attr,
                                    "role": role, "region": region},
                             (b + pm.start("attr") - 1, b + pm.end()))
        initialled = civility_initial(attr) if attr[:1].isupper() else None
        if initialled is not None and initialled[1]:
            # "« … » (Mme R., Thionville)": a private person anonymised by a civility and an initial, then
            # where they live; no function named: portrait_box_role (s33-segr58b)
            role, region, place = describe(initialled[1], ctx.gazetteer)
            if role in ("", "inconnu"):
                role = cv.language_data().get("portrait_box_role", "autre")
            return QuoteCall(True, {"speaker": initialled[0], "role_raw": initialled[1], "role": role,
                                    "region": region, "place": place, "attr_source": "attribution"}, span)
        role = normalize_role(attr)
        expanded = ctx.expanded(attr) if role in ("autre", "inconnu") and hasattr(ctx, "expanded") else ""
        if expanded and normalize_role(expanded) not in ("autre", "inconnu"):
            # "[CSA, accueil de Chinon]", the list of abbreviations saying "CSA : conseillère en
            # santé de l'Assurance maladie"
            role, region, place = describe(expanded, ctx.gazetteer)
            return QuoteCall(True, {"speaker": "", "role_raw": expanded, "role": role, "region": region,
                                    "place": place, "attr_source": "attribution"}, span)
        cited = cv.AUTHOR_YEAR.search(", ".join(description_fields(attr)))  # "mai 2021" is a date, not a year cited
        # "(une sage-femme)": an article before a post (segment/article_credits.py)
        if (not cv.NOT_A_DESCRIPTION.match(attr) or article_credit(attr)) \
                and (role not in ("autre", "inconnu") or cv.PERSON_WORDS.search(attr)
                     or _profile_first(attr) or KIN_OF.match(attr)
                     # a trade outside the role vocabulary ("[Assistante sociale du Département, Domérat]",
                     # "(éclusière, écluses 5 à 9, bief de Rethel)"; s38)
                     or (words >= 4 and names_a_trade((description_fields(attr) or [""])[0]))
                     # a participant ("[Participant à la réunion publique, Chaumont]") or a post given as a
                     # field ("[équipage du Robert, poste : bwa]"; s40)
                     or (words >= 4 and (_participant_first(attr) or _post_field(attr)))) and not (
                cited and role in ("autre", "inconnu")) and not cites_document(attr, role):  # "(ministère …, 2018)": segment/cited_documents.py
            region, place = resolve_region(attr, ctx.gazetteer)
            return QuoteCall(True, {"speaker": "", "role_raw": attr, "role": role,
                                    "region": region, "place": place},
                             (b + pm.start("attr") - 1, b + pm.end()))
        informant = _dated_informant(attr, text[line_start:a], ctx.gazetteer)
        if informant is not None:
            return QuoteCall(True, informant, (b + pm.start("attr") - 1, b + pm.end()))
        if cv.AUTHOR_YEAR.search(attr):
            return QuoteCall(False)  # a citation of the literature
        credit = paragraph_credit(text, a, b, after)
        if credit is not None and credit[0] == attr and words >= 3 and not is_self(attr) \
                and reads_as_speech(inner, block=True):
            # "« … » (Lilas)", "(Mme R.)", "(post-it, quartier Europe)": the quotation fills its
            # paragraph and the parenthesis alone closes it (segment/paragraph_credits.py)
            role, region, place = describe(attr, ctx.gazetteer)
            speaker = attr if names_someone(attr) and role in ("autre", "inconnu") else ""
            presented = _presented_first_name(text[:line_start], speaker, ctx.gazetteer) \
                if speaker and LONE_FIRST_NAME.fullmatch(speaker) else None
            if presented is not None and presented["role"] not in ("autre", "inconnu"):
                # "(Claire)" after "avec Claire, infirmière depuis onze ans dans l'établissement": what
                # the methods said of the first name
                return QuoteCall(True, presented, span)
            return QuoteCall(True, {"speaker": speaker, "role_raw": attr, "role": role, "region": region,
                                    "place": place, "attr_source": "attribution"}, span)
    inside = CODE_INSIDE.search(inner) if words >= 4 and not italic and not after.strip(" .;,") else None
    coded = _coded_parenthesis(inside.group("code"), inner, ctx) if inside else None
    if coded is not None and coded.get("speaker"):
        # "« …, c'est l'infirmier qui me dit si la glycémie dérape (M4) »." : a known code set
        # inside the closing guillemet, the quote's end
        return QuoteCall(True, coded)
    signed = _signature_inside().search(inner) if words >= 4 and not after.strip(" .;,") else None
    if signed and describes_person(signed.group("desc")):
        # "« … je vous laisse le plus beau service de l'hôpital. – Nadine, infirmière de nuit »": a
        # written message's signature set inside the closing guillemet (a guest book's, a card's)
        role, region, place = describe(signed.group("desc"), ctx.gazetteer)
        return QuoteCall(True, {"speaker": signed.group("name"), "role_raw": signed.group("desc"), "role": role,
                                "region": region, "place": place, "attr_source": "attribution"})
    ca = cv.CODE_AFTER.match(after)
    if ca:
        coded = _coded_parenthesis(ca.group("code"), inner, ctx)  # "« … », E4."
        if coded is not None:
            return QuoteCall(True, coded, (b + ca.start("code"), b + ca.end("code")))
    bare = BARE_CODE_AFTER.match(after)
    if bare and words >= 3:  # "« … » SF-C": a participant code alone after the quote ends its paragraph
        return QuoteCall(True, _bare_code_attrs(bare.group("code"), ctx), (b + bare.start("code"), b + bare.end("code")))
    if words < 3:
        return QuoteCall(False)
    labelled = (_civility_label(text[line_start:a]) or _function_name_label(before, ctx.gazetteer)) \
        if words >= 4 and not italic else None
    if labelled is not None:  # "Mme S. (insuline, 84 ans) : « … »": the person the label names
        who, desc = labelled
        role, region, place = describe(desc, ctx.gazetteer) if desc else ("inconnu", "", "")
        if role in ("", "inconnu") and desc and cv.AGE_FIELD.search(desc):
            role = cv.language_data().get("presented_age_only_role", "autre")
        return QuoteCall(True, {"speaker": who, "role_raw": desc, "role": role, "region": region, "place": place,
                                "attr_source": "attribution"})
    led = leading_code(text, a)  # "(H61R) « … »", "Pour H33U, « … »" (segment/leading_codes.py)
    if led:
        return QuoteCall(True, _bare_code_attrs(led[0], ctx), led[1])
    spoken = code_speaking(before, inner, ctx.compound_codes)  # "MSP4-MG : « … »", "« …, précise MSP2-IDE, … »"
    if spoken:
        return QuoteCall(True, ctx.code_attrs(spoken))
    # "Alpha le résume ainsi :", "« … » – IDE Jaune" (segment/pseudonym_lists.py)
    listed = pseudonym_in_lead(before, getattr(ctx, "pseudonyms", ())) or pseudonym_after(after, getattr(ctx, "pseudonyms", ()))
    if listed:
        return QuoteCall(True, ctx.code_attrs(listed))
    intro = cv.INTRODUCER.search(before) or cv.CODE_AFTER_VERB.search(before)
    if intro and (ctx.knows(intro.group("who")) or cv.LABEL_SHAPES["numbered"].match(intro.group("who"))):
        # "Pour IDE2, « … »", "comme l'exprime E3 :"; a participant word and its number names one
        # participant even when no table lists it ("Pour Pharmacien 9 : « … »")
        return QuoteCall(True, ctx.code_attrs(intro.group("who")))
    subject = cv.CODE_SUBJECT.search(before)
    if not (subject and ctx.knows(subject.group("who"))):
        # "Le Dr B. décrit … :": the initial's period is no sentence end, so read the whole lead-in
        start = text.rfind("\n", 0, line_start - 1) + 1 if introduced else line_start
        wider = cv.CODE_SUBJECT.search(text[start:a])
        if wider and cv.LABEL_SHAPES["civility"].match(wider.group("who")):
            subject = wider
    if not (subject and ctx.knows(subject.group("who"))) and ctx.participants:
        # "Pour le DG, l'enjeu est …", "Cadre 3 le résume :": a code of any shape a table lists
        subject = _listed_code_subject(frozenset(k for k in ctx.participants if isinstance(k, str)),
                                       id(cv.language_data())).search(before) or subject
    if subject and ctx.knows(subject.group("who")):
        attrs = ctx.code_attrs(subject.group("who"))  # "Pour P3 (IDEL), … : « … »", "P4 (IDEL) nuance :"
        other = JOINED_SUBJECT.match(subject.string, subject.end("who"))
        if other and ctx.knows(other.group("code")):
            attrs["speaker"] = f"{subject.group('who')} {_AND_WORD} {other.group('code')}"  # "Ph.A et Ph.D s'accordent :"
        desc = (subject.group("desc") or "").strip()
        if desc and normalize_role(desc) not in ("autre", "inconnu") and attrs["role"] in ("autre", "inconnu"):
            attrs.update(role_raw=desc, role=normalize_role(desc), attr_source="attribution")
        return QuoteCall(True, attrs)
    aside = aside_speaker(text, a, after, ctx.gazetteer) if words >= 3 else None
    if aside is not None:  # "(« … », résume un titulaire de Rumilly)" (segment/following_attributions.py)
        return QuoteCall(True, aside[0], (b + aside[1][0], b + aside[1][1]))
    institution = impersonal_institution(after) if words >= 4 and not italic else ""
    if institution and cv.ANONYMOUS_VOICE.match(institution.split(",")[0].strip()):
        # "« … », a-t-on entendu dans l'assistance": a voice of the audience, no one the text names (s50)
        return QuoteCall(True, {"speaker": "", "role_raw": institution.split(",")[0].strip(), "role": "inconnu",
                                "attr_source": "attribution"})
    if institution and normalize_role(institution) not in ("autre", "inconnu"):
        # "« … », admet-on à la caisse primaire": someone of the institution (segment/incise_slots.py)
        region, place = resolve_region(institution, ctx.gazetteer)
        return QuoteCall(True, {"speaker": "", "role_raw": institution, "role": normalize_role(institution),
                                "region": region, "place": place, "attr_source": "attribution"})
    source = _who(trailing_source(after)) if words >= 4 and not italic else ""
    if source and cv.PERSON_NOUN.search(source):
        return _speech(ctx, current, source, words)  # "« … », selon le maire de Figeac."
    va = cv.VERB_AFTER.match(after)
    if va is None and words >= 4 and not italic:
        va = verb_incise(after)  # "« … », soupire le médecin.": any verb in the incise slot
    incise = inner_incise(inner) if va is None and words >= 4 and not italic else None
    if incise is not None:  # "« …, poursuit le médecin, … »": the incise inside (segment/split_quotes.py)
        va = cv.VERB_AFTER.match(incise)
        if va is not None and va.group("pron") and text[line_start:a].rstrip().endswith(":"):
            # "M. H., responsable de secteur, confirme : « …, me dit-il, … »": the lead names him
            va = None
    if va:
        who = _who(va.group("who") or "") if va.group("verb2") else ""
        aged = _age_named_before(text, a, who) if who else None
        if aged is not None:
            # "« … », sourit la quinquagénaire" after "Nathalie Carpentier, 54 ans, …": her words;
            # not the running speaker ("…, reconnaît le maire" after it is not hers)
            person = ctx.person(aged[0])
            person.descriptions.append(aged[1])
            return QuoteCall(True, {"person": person})
        presented = _anaphor_presented_before(text, a, who, ctx.gazetteer) if who else None
        if presented is not None:
            # "« … », note l'intéressée" after "Marie-Hélène Ravel, 58 ans, sage-femme libérale …"
            return QuoteCall(True, presented)
        gendered = _gendered_anaphor(text, line_start, a, who, ctx.gazetteer) if who else None
        if gendered is not None:
            # "« … », sourit la jeune femme" after "Le Dr Nadia Bensaïd a quitté … À 34 ans, elle voulait …"
            return QuoteCall(True, gendered)
        named_before = _function_named_before(text, a, who) if who else None
        if named_before is not None:
            # "Le directeur du centre hospitalier, Olivier Mestre, … « … », s'amuse le directeur"
            person = ctx.person(named_before[0])
            person.descriptions.append(named_before[1])
            current[0] = person
            return QuoteCall(True, {"person": person})
        known = next((w for w in (who, who + ".") if who and ctx.knows(w)), None)
        if known and (cv.LABEL_SHAPES["civility"].match(known) or known in ctx.compound_codes):
            return QuoteCall(True, ctx.code_attrs(known))  # "« … », explique Mme L." (or MSP1-Kiné)
        if who and _participant_code(who):
            return QuoteCall(True, ctx.code_attrs(who))  # "« …, explique IDE4, … »": a study's code (s28-segr49a)
        initialled = civility_initial(after[va.start("who"):]) if va.group("verb2") else None
        if initialled is not None:
            # "« … », confiait M. P., 72 ans, de Besançon, au terme de sa cure.": a patient anonymised
            # by a civility and an initial (segment/incise_slots.py, s33-segr58b)
            role, region, place = describe(initialled[1], ctx.gazetteer)
            return QuoteCall(True, {"speaker": initialled[0], "role_raw": initialled[1], "role": role,
                                    "region": region, "place": place, "attr_source": "attribution"})
        dotted = DOTTED_AFTER_VERB.match(after, va.start("who")) if va.group("verb2") else None
        if dotted and ctx.knows(dotted.group("code")):
            return QuoteCall(True, ctx.code_attrs(dotted.group("code")))  # "« … », ajoute Ph.E."
        full = (va.group("who") or "").strip(" ,.")
        named_in = cv.NAME.search(full) if incise is not None and who and not cv.NAME.search(who) else None
        if named_in is not None:
            # « …, insiste le président de la CPTS, le docteur Pierre Colin, généraliste à
            # Remiremont. … »: the name in the incise's apposition, what they do after it (else before)
            desc = full[named_in.end():].strip(" ,")
            desc = desc if desc and describes_person(desc) else full[:named_in.start()].strip(" ,")
            role, region, place = describe(desc, ctx.gazetteer)
            return QuoteCall(True, {"speaker": named_in.group("name"), "role_raw": desc, "role": role,
                                    "region": region, "place": place, "attr_source": "attribution"})
        late = description_then_name(va.group("who") or "") if va.group("verb2") else None
        if late and re.match(rf"(?:{cv.POSSESSIVES})\b", who, re.IGNORECASE) and not cv.NAME.search(who):
            # s27-segr46b: "« … », a assuré son directeur général, Yann Le Meur.": the name in apposition
            # speaks, not the person before whom the possessive would give; the body the sentence before
            # has for subject gives the role the function alone does not ("L'agence régionale de santé
            # assure que … « … », a assuré son directeur général, …": the ARS)
            role, region, place = describe(late[1], ctx.gazetteer)
            role = (_possessor_role(text[line_start:a]) or role) if role in ("autre", "inconnu") else role
            return QuoteCall(True, {"speaker": late[0], "role_raw": late[1], "role": role, "region": region,
                                    "place": place, "attr_source": "attribution"})
        coded_who = re.search(r"\((?P<attr>[^()]{2,80})\)?\s*$", full) if "(" in full else None
        coded = _coded_parenthesis(coded_who.group("attr"), inner, ctx) if coded_who else None
        if coded is not None and coded.get("speaker"):
            # "« … », ajoute une médiatrice (participant 11, médiatrice, 29 ans).": the incise's person
            # coded in brackets after the noun that names them
            return QuoteCall(True, coded)
        call = _speech(ctx, current, who, words)
        if call.verbatim and "person" not in call.attrs and call.attrs.get("role") in ("autre", "inconnu") \
                and who and full.startswith(who):
            # "« … », résume la trésorière de l'amicale, pharmacienne à Rodez.": a post naming no trade,
            # the trade in apposition after it (s52)
            app = re.match(r"\s*,\s*(?P<app>[^,;:«»()]{3,80}?)\s*(?:,|\.?\s*$)", full[len(who):])
            if app and describes_person(app.group("app")) and normalize_role(app.group("app")) not in ("autre", "inconnu"):
                desc = f"{who}, {app.group('app').strip()}"
                role, region, place = describe(app.group("app"), ctx.gazetteer)
                call = QuoteCall(True, {**call.attrs, "role_raw": desc, "role": role,
                                        **({"region": region, "place": place} if region else {})})
        member = institution_member(who) if not call.verbatim and va.group("verb2") and words >= 4 \
            and not names_a_text(who) else ""
        if member:
            # "« … », précise la conseillère de la CPAM de l'Hérault": someone of the institution, whatever
            # the noun (segment/institution_members.py); not a text it sent ("le courrier de l'ARS")
            region, place = resolve_region(who, ctx.gazetteer)
            call = QuoteCall(True, {"speaker": "", "role_raw": who, "role": member, "region": region, "place": place})
        topic = topic_role(text[line_start:a]) if "person" not in call.attrs and who else None
        if topic is not None and (call.verbatim and call.attrs.get("role") in ("autre", "inconnu")
                                  or not call.verbatim and someone(who) and words >= 4):
            # "Côté pharmaciens : « … », insiste une titulaire du centre-ville" (segment/topic_labels.py)
            region, place = resolve_region(who, ctx.gazetteer)
            call = QuoteCall(True, {"speaker": "", "region": region, "place": place, **call.attrs,
                                    "role_raw": f"{call.attrs.get('role_raw') or who} ({topic[0]})", "role": topic[1]})
        if call.verbatim and "person" not in call.attrs and not call.attrs.get("region") and who:
            # "…, nous confie la plus ancienne des infirmières de l'île, installée à Capesterre-de-
            # Marie-Galante.": where the apposition after the description settles the person (segfix38)
            settled = SETTLED_AT.match(full[len(cv.WHO_CUT.split(full)[0]):])
            region, place = resolve_region(settled.group(0), ctx.gazetteer) if settled else ("", "")
            if region:
                call.attrs.update(region=region, place=place)
        clause = relative_description(va.group("who")[len(cv.WHO_CUT.split(va.group("who"))[0]):]) if who else ""
        if clause and call.attrs.get("person") is not None:  # "…, explique X, qui exerce comme infirmière"
            call.attrs["person"].descriptions.append(clause)
        if not call.verbatim and (va.group("pron") or va.group("verb2") and continues_speaker(va.group("who"))):
            call.attrs["_pronoun"] = True  # "« … », poursuit-elle": the speaker of the quote before
        late = description_then_name(va.group("who") or "") if va.group("verb2") else None
        if late and call.verbatim and not call.attrs.get("speaker") and describes_person(late[1]) \
                and not ctx.gazetteer.find(late[0]) and normalize_role(late[0]) in ("autre", "inconnu"):
            # "« … », reconnaît le maire, Alain Pottier, qui …": the function found, the name after it
            # (the name said there, not a running person the function was first read as: s50)
            person = call.attrs.get("person")
            kept = {k: v for k, v in call.attrs.items() if k != "person" or getattr(v, "name", "") == late[0]}
            if person is not None and "person" not in kept:
                kept.update(role_raw=late[1], role=normalize_role(late[1]))
                if late[1] in person.descriptions:
                    person.descriptions.remove(late[1])  # (not what the running person is)
            return QuoteCall(True, {**kept, "speaker": late[0]})
        if late and not call.verbatim and describes_person(late[1]):  # "…, résume l'adjointe à la santé de Digne, Fabienne Arnaud."
            role, region, place = describe(late[1], ctx.gazetteer)
            return QuoteCall(True, {"speaker": late[0], "role_raw": late[1], "role": role, "region": region,
                                    "place": place, "attr_source": "attribution"})
        named = NAME_AND_DESCRIPTION.match(va.group("who") or "") if not call.verbatim and va.group("verb2") else None
        # inside the guillemets the incise names who speaks even when its clause says no occupation
        # ("« Moi j'écris tout, dit Sabrina, qui travaille sur le secteur d'Avesnes, les chutes … »")
        # (a year the person joined or practises since is no reference's year: "…, raconte Gérard, adhérent
        # depuis 2015.", as the dash credits read it; s34-segr59b)
        if named and (describes_person(cv.SINCE_YEAR.sub("", named.group("desc"))) or incise is not None) \
                and not cv.NOT_A_DESCRIPTION.match(named.group("name")):
            # "…, témoigne Marie, infirmière à Brest.": a name (or a pseudonym) and what they do
            role, region, place = describe(named.group("desc"), ctx.gazetteer)
            return QuoteCall(True, {"speaker": named.group("name"), "role_raw": named.group("desc").strip(),
                                    "role": role, "region": region, "place": place, "attr_source": "attribution"})
        first = FIRST_NAME_AFTER.match(va.group("who") or "") if not call.verbatim and va.group("verb2") else None
        presented = _presented_first_name(text[max(0, a - 1500):a], first.group("name"), ctx.gazetteer) if first else None
        if presented is not None:  # "« … », répond Raymond en haussant les épaules" after "chez Raymond, 88 ans,"
            return QuoteCall(True, presented)
        bare = BARE_FIRST_NAME_AFTER.match(va.group("who") or "") if not call.verbatim and va.group("verb2") else None
        if bare is not None and presented is None and words >= 4 and (speaks(inner) or addresses(inner)) \
                and (cv.VERB_AFTER.match(after) or incise is not None) and _bare_first_name(bare.group("name"), ctx):
            # "« Aux urgences au moins tu es sûr d'être vu … », raconte Sandra." where the study only
            # says its first names are fictitious: a first name in the incise of a speech verb is the
            # person who speaks, described or not (segfix50)
            nicknamed = _nicknamed(bare.group("name"), ctx)
            return QuoteCall(True, nicknamed or {"person": ctx.person(bare.group("name"))})
        full_name = cv.NAME.match((va.group("who") or "").lstrip()) if not call.verbatim and va.group("verb2") else None
        presented = _presented_first_name(text[max(0, a - 1500):a], full_name.group("name"), ctx.gazetteer) \
            if full_name else None
        if presented is not None and presented["role"] not in ("autre", "inconnu"):
            # "« … », glisse Claire Le Goff avant de …" after "Claire Le Goff, pharmacienne depuis vingt ans"
            return QuoteCall(True, presented)
        occupation = _occupation_after(who, full) if not call.verbatim and va.group("verb2") else ""
        if occupation and words >= 4:
            # "« … », résume le trésorier de l'association, pharmacien à Capdenac.": a function no
            # person noun names, then what the person does in apposition (segfix39)
            return _speech(ctx, current, occupation, words)
        return call
    # a named person before the verb wins over a determiner inside their apposition
    # ("Hélène Caradec, coordinatrice de la communauté, raconte : « … »": not "la communauté")
    named = cv.NAMED_BEFORE.search(before) if ctx.named_speakers else None
    if named and words >= 4:
        call = _speech(ctx, current, named.group("name"), words)
        head = APPOSED_BEFORE_NAME.search(before[:named.start()])
        if head and "person" in call.attrs and before[named.end("name"):].lstrip().startswith(","):
            # s27-segr46b: "La procureure, Claire Méhaut, a requis … : « … »": the function the
            # sentence opens with, the name in apposition to it, describes the person
            call.attrs["person"].descriptions.append(head.group("desc").strip())
        civility = lawyer_civility(before[:named.start("name")])
        if civility and "person" in call.attrs and not call.attrs["person"].descriptions:
            call.attrs["person"].descriptions.append(civility)  # "Me Hugo Bertin a plaidé :": a lawyer
        return call
    presented = presented_speaker(before, ctx.gazetteer) if words >= 4 else None  # segment/presented_names.py
    if presented is None and words >= 4:  # "M. H., responsable de secteur …, confirme : « … »"
        presented = civility_speaker(text[line_start:a], ctx.gazetteer) \
            or party_speaker(text[line_start:a], text[:line_start], ctx.gazetteer)  # "Mme C. a déclaré :"
    if presented is not None:  # "Ginette, infirmière libérale à Sainte-Rose, le dit sans détour :"
        return QuoteCall(True, presented)
    # the lead-in on the quote's line, or the line above a quote opening its paragraph ("…, raconte :");
    # not italics (a dedication's "À …, pharmacien, président du jury :" above them is no lead-in)
    lead_line = text[text.rfind("\n", 0, line_start - 1) + 1:line_start] if introduced else text[line_start:a]
    presented = colon_subject_speaker(lead_line, inner, ctx.gazetteer, block=introduced) \
        if words >= 4 and not italic else None
    if presented is not None:  # "…, Fabrice Jean-Louis, pharmacien titulaire, voit passer les mêmes patients :"
        return QuoteCall(True, presented)
    inverted = inverted_lead(before, ctx.gazetteer) if words >= 4 else None
    if inverted is not None:  # "Ainsi témoigne une habitante de …, 58 ans : « … »" (segment/following_attributions.py)
        return QuoteCall(True, inverted)
    vb = cv.VERB_BEFORE.search(before)
    if vb:
        raw = vb.group("who") or vb.group("who2") or vb.group("who3") or vb.group("who4") or ""
        sentence = _last_sentence(before)
        if before.rstrip().endswith(":") and withholds_role(sentence):
            # "Un salarié, dont le groupe a choisi de ne citer ni le nom ni le poste, a déclaré :": the
            # document withholds who, no later reader names them (roles.unidentified)
            return QuoteCall(True, _nobody_said(sentence))
        who = _who(raw)
        if not cv.PERSON_NOUN.search(who):
            # "Interrogée sur ce point, une pharmacienne de Caen répond :": the clause that names a person
            parts = raw.split(",")
            at = next((k for k in range(len(parts) - 1, -1, -1) if cv.PERSON_NOUN.search(parts[k])), None)
            who = _who(parts[at]) if at is not None else who
            named = _first_name_before(parts, at, who, ctx, words)
            if named is not None:
                return named
        who = _with_apposition(who, raw)
        named_in = cv.NAME.search(raw) if who and words >= 4 and not cv.NAME.search(who) else None
        if named_in and (cv.PERSON_NOUN.search(who) or names_a_trade(who)) \
                and raw.rstrip(" ,").endswith(named_in.group("name")):
            # "La déléguée départementale de l'ARS, Claire Dubreuil, a répondu … :", "Le commandant du port,
            # Gilles Ursulet, répond :": the function (any trade), then the name in apposition to it,
            # before the verb: that person, whoever spoke before
            if ctx.named_speakers:
                current[0] = ctx.person(named_in.group("name"))
                current[0].descriptions.append(who)
                return QuoteCall(True, {"person": current[0]})
            role, region, place = describe(who, ctx.gazetteer)
            return QuoteCall(True, {"speaker": named_in.group("name"), "role_raw": who, "role": role,
                                    "region": region, "place": place, "attr_source": "attribution"})
        pronoun = not who or PRONOUN_CLAUSE.match(raw.split(",")[-1])
        opener = paragraph_subject(lead_line, ctx.gazetteer) if pronoun else None
        if opener is not None:
            # "M. Boyer, ancien éleveur, vit seul … Quand je lui demande …, il se tait puis répond :":
            # the verb's subject pronoun stands for the person its paragraph opens with, not the
            # section's last speaker nor the clause before it
            return QuoteCall(True, opener)
        if who and vb.group("who") and (not cv.PERSON_NOUN.search(who) or _thing_headed(who)) and not cv.NAME.search(who) \
                and before.rstrip().endswith(":"):
            # s33-segr57b: "M. Adam, conseiller …, a remarqué la même chose du côté de la vie scolaire :": what
            # follows the verb is its object, not a person; the sentence's subject speaks
            opened = colon_subject(lead_line, ctx.gazetteer)
            if opened is not None and opened["speaker"]:
                return QuoteCall(True, opened)
            # s34-segr60b: "j'ai croisé le capitaine du bateau. Il m'a résumé la situation en une phrase :":
            # the subject pronoun stands for the person the sentence before names, not the section's
            # last speaker (segment/pronoun_subjects.py)
            from .pronoun_subjects import colon_pronoun_subject

            referent = colon_pronoun_subject(lead_line, ctx.gazetteer)
            if referent is not None:
                return QuoteCall(True, referent)
            # "K1, installé depuis vingt ans, … évoquait la coopération avec les médecins :", "MG-05 résume
            # cette frustration :": a participant's code opens the sentence and speaks, as the document
            # describes the code
            sentence = re.split(r"(?<=[.!?])\s+", lead_line.strip())[-1]
            coded = re.match(rf"(?P<code>{cv.ONE_CODE.pattern})(?=\s*,|\s+[a-zàâçéèêëîïôûù])", sentence)
            if coded and (ctx.knows(coded.group("code")) or coded.group("code") in ctx.series):
                return QuoteCall(True, ctx.code_attrs(coded.group("code")))
            call = _speech(ctx, current, who, words)
            if _thing_headed(who) and call.verbatim and call.attrs.get("role_raw") == who:
                # "évoquait la coopération avec les médecins :": the object, headed by a thing, says no
                # one's role; the quotation stays, its speaker and role left to the later readers
                return QuoteCall(True, {**call.attrs, "role_raw": "", "role": "inconnu"})
            return call
        call = _speech(ctx, current, who, words)
        newcomer = newcomer_lead(text[line_start:a]) if not call.verbatim and words >= 4 and not italic else None
        # "…, une femme assise à côté de moi a commenté la file :": someone the sentence brings in (s54)
        return QuoteCall(True, newcomer) if newcomer is not None else call
    # (a clause that names someone, "…, que nous appellerons Dr Anne Berthelot, voit … :", is left to
    # the rules that read names and the credit under the quote)
    slot = colon_lead(before) if words >= 4 and not italic and speaks(inner) and not cv.NAME.search(before) else ""
    if slot:  # "l'aidant cite spontanément l'infirmière : « Elle, elle vient même le dimanche »" (segment/incise_slots.py)
        return _speech(ctx, current, _who(slot), words)
    reporter = compound_reporter(before, after) if words >= 4 and not italic else ""
    if not reporter and words >= 4 and not italic:
        reporter = named_present_reporter(before, after)  # "Mme X, maire de …, regrette que « … »."
    named = cv.NAME.search(reporter) if reporter else None
    if named is not None:
        # "Agnès Morel, directrice de …, a rappelé que « … »." (segment/embedded_quotes.py): the name,
        # what they do in the apposition around it
        desc = next((part.strip() for part in reporter.split(",")
                     if cv.PERSON_NOUN.search(part) and not cv.NAME.search(part)), "")
        role, region, place = describe(desc, ctx.gazetteer) if desc else ("inconnu", "", "")
        return QuoteCall(True, {"speaker": named.group("name"), "role_raw": desc, "role": role, "region": region,
                                "place": place, "attr_source": "attribution"})
    if reporter and normalize_role(_who(reporter)) in ("autre", "inconnu"):
        reporter = ""  # "le président de la République avait déclaré que « … »": a public statement, no respondent
    reported = reporter or (reported_speaker(before, inner) if words >= 4 else "")  # "X estime que « … »" (segment/embedded_quotes.py)
    if not reported and not italic:
        reported = bridged_reporter(before, inner, after)  # "X observe que les aidantes arrivent « … »"
    if not reported and not italic:
        reported = object_reporter(before, inner)  # "Une sage-femme (SF4) parlait d'« … »"
        subject_code = code_object_reporter(before, inner) if not reported else ""
        if subject_code and (ctx.knows(subject_code) or subject_code in ctx.participant_places):
            return QuoteCall(True, ctx.code_attrs(subject_code))  # "PH6 évoque ainsi « … »"
        coded = re.search(r"\((?P<code>[^()]{1,20})\)$", reported)
        if coded and ctx.knows(coded.group("code").strip()):
            attrs = ctx.code_attrs(coded.group("code").strip())
            head = reported[:coded.start()].strip()
            if attrs["role"] in ("autre", "inconnu") and normalize_role(_who(head)) not in ("autre", "inconnu"):
                attrs.update(role_raw=head, role=normalize_role(_who(head)))
            return QuoteCall(True, attrs)
    if reported:
        who = _who(reported)
        if not cv.PERSON_NOUN.search(who):
            # "Son associé, plus jeune, infirmier lui aussi, raconte qu'…": the part that names what they do
            who = next((_who(part) for part in reversed(reported.split(",")) if cv.PERSON_NOUN.search(part)), who)
        return _speech(ctx, current, who, words)
    intro_who = introduced_role(before) if words >= 4 else ""
    if intro_who and normalize_role(intro_who) not in ("autre", "inconnu"):  # not "Selon le président de la République"
        return _speech(ctx, current, intro_who, words)  # "Selon une infirmière de Caen, « … »"
    unsigned = _unsigned_lead().search(_last_sentence(before)) if words >= 4 and before.rstrip().endswith(":") else None
    if unsigned is not None and (speaks(inner) or addresses(inner)):
        # "En décembre, l'équipe y a trouvé ce mot, sans signature : « … »": a written note nobody signed (the
        # words that say so are its role_raw, which roles.unidentified reads: no ranker names the writer)
        return QuoteCall(True, {"speaker": "", "role_raw": unsigned.group(0), "role": "inconnu", "attr_source": "attribution"})
    intro_named = _introduced_name().search(before) if words >= 4 else None
    if intro_named is not None:
        # "Pour Gérard Humbert, maire de Vignot, « … »": the person an introducer names, what they do in
        # apposition (a post the vocabulary knows)
        role, region, place = describe(intro_named.group("app"), ctx.gazetteer)
        if role not in ("autre", "inconnu"):
            return QuoteCall(True, {"speaker": intro_named.group("name"), "role_raw": intro_named.group("app").strip(),
                                    "role": role, "region": region, "place": place, "attr_source": "attribution"})
    decl = cv.INTERVIEW_DECLARATION.search(before) if before.rstrip().endswith(":") else None
    if decl and describes_person(decl.group("desc")):
        # "Extrait d'entretien n°5 (médecin généraliste, Calvados) :" above the quote
        num = str(int(re.search(r"\d+", decl.group("ref")).group(0)))
        desc = decl.group("desc").strip()
        role, region, place = describe(desc, ctx.gazetteer)
        return QuoteCall(True, {"speaker": cv.interview_speaker(num), "role_raw": desc, "role": role,
                                "region": region, "place": place, "attr_source": "attribution"})
    named = FIRST_NAME_LEAD.search(before) if words >= 4 and before.rstrip().endswith(":") else None
    if named is not None:
        # s29-segr50a: "Comme le dit Hélène, titulaire d'une officine à Ornans :", "Thibault, adjoint dans
        # une pharmacie de Besançon, décrit ainsi … :": a first name, what the person does in apposition
        # (a trade the vocabulary knows), up to the colon that introduces the quotation
        prev = before[:named.start("name")].split()[-1:]
        desc = named.group("desc").strip()
        role, region, place = describe(desc, ctx.gazetteer) if describes_person(desc) else ("inconnu", "", "")
        # (a verb of saying in the sentence, before the name or after the apposition: "Hélène, …, a publié
        # en 2021 :" introduces a title of hers, not her words)
        if role not in ("autre", "inconnu") and not (prev and prev[0][:1].isupper() and prev[0][-1:].isalpha()) \
                and re.search(rf"\b(?:{cv.SPEECH_VERBS})\b", before, re.IGNORECASE) \
                and lone_first_name(named.group("name"), ctx.gazetteer, getattr(ctx, "plain_text", "")):
            return QuoteCall(True, {"speaker": named.group("name"), "role_raw": desc, "role": role, "region": region,
                                    "place": place, "attr_source": "attribution"})
    nc = cv.NOUN_COLON.search(before)
    # after a clause or with an apposition, one person whose noun is the phrase's head ("l'aide à
    # domicile"; not "Le Quotidien du médecin, 14 avril 2020 :", nor "aux répondants, des médecins … :")
    extended = bool(nc) and (bool(nc.group("app")) or nc.group("lead").strip() == ",")
    head = SINGULAR_HEAD.match(nc.group("who")) if extended else None
    if nc and words >= 4 and cv.PERSON_NOUN.search(nc.group("who")) and (
            not extended or head is not None and cv.PERSON_NOUN.match(nc.group("who"), head.end())):
        return _speech(ctx, current, nc.group("who").strip(), words)  # "Une sage-femme : « … »"
    if nc and not re.search(r"\s[A-ZÉÈ]", nc.group("who")) and nc.group("lead").strip() != ",":
        return QuoteCall(False)  # "Le rapport : « … »": a document speaks, not the current speaker
    pc = cv.PERSON_BEFORE_COLON.search(before) if words >= 4 else None
    if pc and listed_question(inner, after):
        # "L'infirmier(e) … pose les questions suivantes : « Avez-vous de la fièvre ? », « … ? »":
        # questions listed for someone to ask (a protocol, a guide), no speech verb (segfix39)
        return QuoteCall(False)
    if pc and normalize_role(_who(pc.group("who"))) not in ("autre", "inconnu"):
        apposed = APPOSED_NAME.match(before, pc.end("who"))
        if apposed and _who(pc.group("who")) == pc.group("who").strip() and not ctx.gazetteer.find(apposed.group("name")):
            # s29-segr50a: "Le maire, Henri Poirson, a demandé … :": the name in apposition to the
            # function is the person (not the speaker of the quotation before), the function theirs
            return _speech(ctx, current, f"{_who(pc.group('who'))}, {apposed.group('name')}", words)
        return _speech(ctx, current, _who(pc.group("who")), words)  # "Même constat chez un généraliste … :"
    imp = cv.IMPERSONAL_SPEECH.search(before) if words >= 4 else None
    if imp and normalize_role(imp.group("who")) not in ("autre", "inconnu"):
        who = imp.group("who").strip()  # "Côté ARS Occitanie, on assure que « … »"
        region, place = resolve_region(who, ctx.gazetteer)
        return QuoteCall(True, {"speaker": "", "role_raw": who, "role": normalize_role(who), "region": region,
                                "place": place})
    written = written_document_author(text[line_start:a], ctx.gazetteer) if words >= 2 and not italic else None
    if written is not None:  # "Copie 7 (M. L., 58 ans) : « … »": its writer's words (segment/written_slips.py)
        return QuoteCall(True, written)
    donor = donor_attrs(text[line_start:a], ctx.gazetteer, text, line_start) if words >= 2 and not italic else None
    if donor is not None:  # "Paulette (30 €), Bastia : « … »": a donor's message (segment/donor_leads.py)
        return QuoteCall(True, donor)
    boxed = text[line_start:a] if words >= 4 and text[line_start:a].rstrip().endswith(":") else ""
    signed = (byline(boxed.strip(), ctx.gazetteer) or name_byline(boxed, ctx.gazetteer, speaks(inner))) if boxed else None
    if signed is not None:
        # s29-segr51b: a booklet's box, the byline words and a name opening the quotation's line ("Le
        # mot de Josette : « … »", "Le mot de Laure, diététicienne : « … »"; segment/bylines.py)
        return QuoteCall(True, signed)
    lead = LINE_LEAD.match(text, line_start, a) if words >= 4 else None
    if lead and _sentence_end_inside(lead.group("who")):
        # "Mme Husson, 67 ans, diabétique, vient … par son médecin. Elle hésite à s'asseoir :": a
        # narration's sentences, not one description; the sentence before the colon is the lead
        lead = None
    lead = (lead or LEAD_DESCRIPTION.search(before)) if words >= 4 else None
    if lead:
        # a description or a code and a colon opening the sentence: "Médecin généraliste, 52 ans,
        # Finistère : « … »", "Mme B., infirmière libérale à Brest : « … »"
        who = lead.group("who").strip()
        signed = byline(who, ctx.gazetteer)  # "Par Dr Line Éloi, médecin généraliste au François :" (segment/bylines.py)
        if signed is not None:
            return QuoteCall(True, signed)
        if who in ctx.participants:  # "– IDE 1 : « … »": a code the methods gave a participant
            return QuoteCall(True, ctx.code_attrs(who))
        glossed = CODE_GLOSS.fullmatch(who)
        if glossed and glossed.group("code") in ctx.participants:
            # "• P1 (ébauchage) : « … »": the participant's code, a gloss of their post in parentheses
            attrs = ctx.code_attrs(glossed.group("code"))
            if attrs["role"] in ("", "inconnu") and not unidentified(attrs["role_raw"]) \
                    and normalize_role(glossed.group("gloss")) not in ("autre", "inconnu"):
                attrs.update(role_raw=glossed.group("gloss"), role=normalize_role(glossed.group("gloss")))
            return QuoteCall(True, attrs)
        # s34-segr60b: "Lieutenant Patrick Guérin, chef du centre de secours … :": a rank before the
        # full name is no part of it (lang/fr attributions.yaml rank_titles)
        who = without_rank(who)
        coded = _coded_parenthesis(who, inner, ctx)
        if coded is not None:
            return QuoteCall(True, coded)
        if describes_person(who) and opens_with_person(who) and not cv.NAME.search(who):
            role, region, place = describe(who, ctx.gazetteer)
            return QuoteCall(True, {"speaker": "", "role_raw": who, "role": role, "region": region, "place": place,
                                    "attr_source": "attribution"})
        presented = _presented_name_lead(text, who, ctx)
        if presented is not None:  # "Claire Vidal : « … »" and, elsewhere, "Claire Vidal, sage-femme à Mende"
            return QuoteCall(True, presented)
    pointed = following_description(after) if words >= 4 and not italic else None
    coded = _coded_parenthesis(pointed[0], inner, ctx) if pointed else None
    if coded is not None:  # "« … » Ce sont les propos d'E4, infirmière."
        return QuoteCall(True, coded, (b + pointed[1][0], b + pointed[1][1]))
    followed = following_speaker(after, ctx.gazetteer) if pointed else None
    if followed is not None:  # "« … » Ce sont les mots d'une adjointe au maire" (segment/following_attributions.py)
        return QuoteCall(True, followed[0], (b + followed[1][0], b + followed[1][1]))
    if followed is None and words >= 4 and not italic and line_end >= 0 and not text[line_start:a].strip() \
            and not after.strip(" .\u00a0\u202f"):
        # a quotation filling its paragraph, the next paragraph opening on "Ces mots sont ceux d'un
        # chargé de mission de l'ARS, rencontré en avril." (segment/following_attributions.py)
        next_end = text.find("\n", line_end + 1)
        followed = following_speaker(text[line_end + 1:next_end if next_end >= 0 else len(text)], ctx.gazetteer)
        if followed is not None:
            return QuoteCall(True, followed[0])
    sentence_after = re.match(r"\s*[.!?]?\s*(?P<s>[^«»]{0,200}?[.!?])(?:\s|$)", after) if words >= 4 else None
    sa = cv.SPEAKER_AFTER.search(sentence_after.group("s")) if sentence_after and not after[:1].isalpha() else None
    if sa and current[0] is None and not italic:
        return _speech(ctx, current, _who(sa.group("who")), words)  # "« … » C'est ainsi qu'une infirmière … résume"
    # (lstrip: the sentence after a full stop opens with its space, "… fait. Elle ajoute :")
    if words >= 4 and (cv.PRONOUN_SPEECH.search(before.lstrip()) or cv.PRONOUN_INTRO.search(before)) and current[0] is None:
        return QuoteCall(False, {"_pronoun": True})  # "Elle poursuit : « … »", "Selon lui, « … »": the speaker of the quote before
    other = introduced_pronoun_subject(text[line_start:a], ctx.gazetteer) \
        if words >= 4 and current[0] is not None and cv.PRONOUN_INTRO.search(before) else None
    if other is not None and other["speaker"] and current[0].surname not in other["speaker"]:
        # "Le Dr Sarah Benhamou exerçait à Meaux. Pour elle, « … »": the person the pronoun stands for,
        # named in the paragraph, not the running speaker (s50)
        current[0] = ctx.person(other["speaker"])
        return QuoteCall(True, other)
    named_here = ctx.by_surname(before) if ctx.named_speakers else None
    if named_here is not None and words >= 4 and not italic:
        current[0] = named_here  # "Deux ans plus tard, Catherine n'a pas changé d'avis : « … »"
        return QuoteCall(True, {"person": named_here})
    # a reference in parentheses after the quote that names no speaker ("(article L. 116-1)") cites a text
    cites = pm is not None and re.search(r"\d", pm.group("attr")) is not None
    portrait = portrait_name(text[line_start:line_end if line_end >= 0 else len(text)]) \
        if ctx.named_speakers and words >= 4 and not italic and not cites else ""
    if portrait and not MENTION_BEFORE.search(before) and speaks(inner):
        # "« … » Le constat est signé Nathalie Morel, infirmière libérale à Pornic": the one person
        # the paragraph names and describes
        return _speech(ctx, current, portrait, words)
    subject = ANAPHOR_SUBJECT.search(text[line_start:a]) if words >= 4 and not italic else None
    anaphor = _anaphor_presented_before(text, a, subject.group("who"), ctx.gazetteer) if subject else None
    if anaphor is not None and speaks(inner):
        # "À la barre, le prévenu reconnaît les faits … « … »": the sentence before the quotation names
        # its subject by an anaphoric noun (the defendant of a court report), the person presented before
        return QuoteCall(True, anaphor)
    introduced = presented_before(text[line_start:a], ctx.gazetteer, speaks(inner)) if words >= 4 and not italic else None
    # "Raymonde, 84 ans, apprécie le changement. « … »", "…, Jeannine, 78 ans, est déjà là : « … »" (segment/preceding_sentences.py)
    if introduced is not None:
        if ctx.named_speakers:
            current[0] = ctx.person(introduced["speaker"])
            current[0].descriptions.append(introduced["role_raw"])
        return QuoteCall(True, introduced)
    unnamed = presented_unnamed(text[line_start:a]) if words >= 4 and not italic and speaks(inner) else None
    if unnamed is not None:  # "Homme, la cinquantaine, dort sous le kiosque. « Mes pieds … »" (preceding_sentences.py)
        return QuoteCall(True, unnamed)
    presented = presented_lead(text[line_start:a], ctx.gazetteer, text) if words >= 4 and not italic else None
    if presented is not None:  # "Selon Odile, éleveuse à Marboz :", "Maëlle (31 ans, primipare) :": no verb
        if ctx.named_speakers:
            current[0] = ctx.person(presented["speaker"])
            current[0].descriptions.append(presented["role_raw"])
        return QuoteCall(True, presented)
    newcomer = newcomer_lead(text[line_start:a]) if words >= 4 and not italic else None
    if newcomer is not None:  # "Une fille de résidente est venue nous voir : « … »" (segment/notice_lines.py)
        return QuoteCall(True, newcomer)
    # (not in a notice to the reader, "Contact : …, « slogan », 02 …": segment/notice_lines.py)
    # (or the paragraph above, ending with a colon, when the quotation opens its own: "Dans l'assistance,
    # Raymonde Bac, 84 ans, …, n'a pas caché son inquiétude :" then « … »; s50)
    above_lead = not text[line_start:a].strip() and lead_line.rstrip().endswith(":")
    newcomer_named = _other_subject(lead_line if above_lead else text[line_start:a], current[0]) \
        if (current[0] is not None or ctx.named_speakers) and words >= 4 and not italic and speaks(inner) else None
    if newcomer_named is not None and above_lead:
        # (what the apposition says of them, not the sentence: "suivie par le Dr Lacombe" is no doctor)
        desc = apposition(newcomer_named[0], [lead_line])
        role, region, place = describe(desc, ctx.gazetteer) if desc else ("inconnu", "", "")
        current[0] = ctx.person(newcomer_named[0])
        return QuoteCall(True, {"speaker": newcomer_named[0], "role_raw": desc,
                                "role": "autre" if role == "inconnu" and desc and cv.AGE_FIELD.match(desc) else role,
                                "region": region, "place": place, "attr_source": "attribution"})
    if newcomer_named is not None:
        # "Installé depuis vingt ans à Challans, le Dr Thomas Billaud fait partie des … « … »": the last
        # sentence before the quotation names someone other than the running speaker: theirs
        current[0] = ctx.person(newcomer_named[0])
        if newcomer_named[1]:
            current[0].descriptions.append(newcomer_named[1])
        return QuoteCall(True, {"person": current[0]})
    if words >= 4 and lead_line.rstrip().endswith(":") and withholds_role(lead_line.split(".")[-1]):
        # "… une lettre glissée sous la porte du local en novembre 1987, sans nom ni service :": the lead
        # says the words are anonymous, not the running speaker's (roles.yaml withheld_role_phrases)
        return QuoteCall(True, _nobody_said(lead_line.split(".")[-1]))
    lead_in = before.strip()
    presented = cv.FIRST_NAME_APPOSITION.search(lead_in) if words >= 4 and not cites else None
    if presented and (describes_person(presented.group("desc")) or _origin_apposition(presented.group("desc"))) \
            and cv.SPEECH_VERB_ANY.search(lead_in[presented.end():]):
        # "Hélène, médecin généraliste à Saint-Junien, le formule ainsi :" on the line above the quote;
        # before the running speaker: "Virginie, venue de Varades …, se dit soulagée :" in a press piece (s44)
        desc = presented.group("desc").strip()
        role, region, place = describe(desc, ctx.gazetteer)
        return QuoteCall(True, {"speaker": presented.group("name"), "role_raw": desc, "role": role,
                                "region": region, "place": place, "attr_source": "attribution"})
    if current[0] is not None and words >= 4 and not italic and not MENTION_BEFORE.search(before) and not cites \
            and not (lead_line.rstrip().endswith(":") and names_a_text(_last_sentence(lead_line))) \
            and not notice_line(text[line_start:line_end if line_end >= 0 else len(text)]) \
            and not chanted_lead(text[line_start:a]):  # "Ce qu'on a chanté : « … »" (segment/chanted_quotes.py)
        return QuoteCall(True, {"person": current[0]})
    fills_paragraph = not text[line_start:a].strip() and not after.strip(" .\u00a0\u202f")
    above = presented_above(text[text.rfind("\n", 0, line_start - 1) + 1:line_start], ctx.gazetteer) \
        if fills_paragraph and line_start and words >= 4 and not italic and speaks(inner) else None
    if above is not None:  # "Mme T. intervient … comme aide à domicile …." above "« Je vois … »"
        return QuoteCall(True, above)
    opener = _first_name_paragraph(lead_line, text[:line_start], ctx) \
        if words >= 4 and not cites and speaks(inner) else None
    if opener is not None:
        # "Sonia, qui travaille de nuit, n'écrit jamais … Elle préfère, dit-elle, … :" above the quote
        return QuoteCall(True, opener)
    if fills_paragraph and words >= 4 and repeats_quote_above(inner, text, line_start):
        # a pull quote: "« Le bruit, tu ne l'entends plus, c'est ça le pire. »" set apart under the
        # quotation it condenses, the same person's words (resolved as "(la même)" is)
        return QuoteCall(True, {SAME: ""})
    return QuoteCall(False)


def _last_sentence(text: str) -> str:
    """The last sentence of a lead ("… à la main. Elle préfère, dit-elle, … :" -> "Elle préfère …")."""
    return re.split(r"(?<=[.!?])\s+", text.strip())[-1]


def _nobody_said(clause: str) -> dict:
    """Attrs of words a lead says nobody identified gave ("…, sans nom ni service :"): no speaker,
    ``inconnu``, the clause as what the text says of them (roles.unidentified reads it)."""
    return {"speaker": "", "role_raw": clause.strip().rstrip(" :"), "role": "inconnu", "region": "", "place": "",
            "attr_source": "attribution"}


@cv.per_language_data
def _third_person_speech() -> re.Pattern:
    pronouns = cv.word_forms("subject_pronouns")
    return re.compile(rf"(?<![\w'’])(?:{pronouns})(?![\w'’])[^.!?«»]*?(?<![\w])(?:{cv.SPEECH_VERBS})(?![\w])"
                      rf"|(?<![\w])(?:{cv.SPEECH_VERBS})-t?-?(?:{pronouns})(?![\w'’])", re.IGNORECASE)


def _first_name_paragraph(lead: str, text_before: str, ctx: Context) -> dict | None:
    """Attrs of the person a lead paragraph opens with by a first name alone ("Sonia, qui travaille
    de nuit, n'écrit jamais dans le cahier. Elle préfère, dit-elle, parler aux familles … :") when
    its last sentence, up to the colon, has a third-person pronoun speak (a speech verb and "il",
    "elle", or the incise "dit-elle"): the pronoun stands for that first name, as long as the text
    presented the name before ("avec Sonia, aide-soignante de nuit"), which describes the person."""
    t = lead.strip()
    if not t.endswith(":") or any(q in t for q in "«»\"“”"):
        return None
    m = re.match(rf"(?P<name>{NAME_WORD})(?=\s*,|\s+[a-zàâçéèêëîïôûù])", t)
    if m is None or not _bare_first_name(m.group("name"), ctx) \
            or not lone_first_name(m.group("name"), ctx.gazetteer, getattr(ctx, "plain_text", "")):
        return None
    if not _third_person_speech().search(_last_sentence(t)):
        return None
    name = m.group("name")
    at = text_before.rfind(t)  # (what the lead itself says of the name is the narration: "Sonia, qui travaille de nuit")
    # (a name the text presented before, only: a capitalised word opening a paragraph may be none, "Lorsque")
    return _presented_first_name(text_before[:at] if at >= 0 else text_before, name, ctx.gazetteer)


def speaks(words: str) -> bool:
    """First person or an oral marker (``speech_markers``), case aside: "On avait un projet …"."""
    return bool(cv.SPEECH_MARKER.search(fold(words)))


def portrait_name(paragraph: str) -> str:
    """The one person a press paragraph names in full and describes beside their name
    ("Nathalie Morel, infirmière libérale à Pornic", "le Dr Yann Le Goff, généraliste à …"),
    outside its quotations; '' when it names none or several (then a verb must say who speaks)."""
    outside = re.sub(r"«[^»]*»|“[^”]*”|\"[^\"]*\"", " ", paragraph)
    names = {m.group("name") for m in cv.NAME.finditer(outside)}
    if len(names) != 1:
        return ""
    name = next(iter(names))
    rest = outside[outside.index(name) + len(name):]
    # the apposition after the name, or the next sentence opening with what the person does
    # ("Elle, c'est Amandine Giraud. Pharmacienne à Paimbœuf, elle …")
    after = re.match(r"\s*,\s*(?P<d>[^,.;:«»]{3,120})", rest) or re.match(r"\s*\.\s+(?P<d>[^,.;:«»]{3,120}),", rest)
    desc = after.group("d") if after else ""
    return f"{name}, {desc.strip()}" if desc and describes_person(desc) else ""


# a quote an indefinite or demonstrative determiner introduces is a phrase the sentence mentions ("salue un « modèle de … »"),
# not the running speaker's words
# (the determiners: lang/fr grammar.yaml mention_determiners)
MENTION_BEFORE = re.compile(rf"(?<![\w'’])(?:{cv.word_forms('mention_determiners')})\s*$",
                            re.IGNORECASE)


# a speaker code in parentheses closing the words inside the guillemets ("… si la glycémie dérape
# (M4) »."): read as the parenthesis after the guillemet would be, when it names a known code
CODE_INSIDE = re.compile(r"\s\((?P<code>[^()\s]{1,12})\)\s*[.!?…]?\s*$")


@cv.per_language_data
def _signature_inside() -> re.Pattern:
    """A signature after a dash closing the words inside the guillemets, after a sentence's end: a
    first name, then what the signer does ("… de l'hôpital. – Nadine, infirmière de nuit »"); the
    dashes: lang/fr trailing_signatures.yaml."""
    dashes = "".join(re.escape(x) for x in cv.language_data().get("signature_dashes", [])) or "(?!)"
    return re.compile(rf"(?<=[.!?…])\s+[{dashes}]\s*(?P<name>(?-i:[A-ZÀ-Ý])[\w'’-]+),\s*(?P<desc>[^{dashes}«»()!?:;.]{{3,60}}?)\s*[.]?\s*$")


# a code alone after the closing guillemet, the paragraph's end: "» SF-C", "» PH_03"
# (capitals and a number or a hyphenated letter; a bare word in capitals would be an acronym)
BARE_CODE_AFTER = re.compile(r"^\s+(?P<code>[A-ZÉ]{1,5}(?:[-_]?\d{1,3}|-[A-Z]))\s*\.?\s*$")


# a singular determiner opening a noun phrase ("Une habitante", "l'aide à domicile"): lang/fr grammar.yaml
SINGULAR_HEAD = re.compile("(?i:" + cv.word_forms("singular_determiners", after=r"\s+", elided_after=r"\s*") + ")")


# a second code joined to the subject code: "Ph.A et Ph.D s'accordent : « … »" (both say it)
# (the conjunction: lang/fr grammar.yaml list_conjunctions; the first joins two codes in a speaker)
_AND_WORD = cv.language_data()["list_conjunctions"][0]
JOINED_SUBJECT = re.compile(rf"\s+(?:{cv.word_forms('list_conjunctions')})\s+(?P<code>{cv.DOTTED_CODE}|[A-ZÉ]{{1,5}}[-_]?\d{{1,3}})(?![\w.])")
# a code with a point after a speech verb, which the verb's subject stops at ("ajoute Ph.E.")
DOTTED_AFTER_VERB = re.compile(rf"(?P<code>{cv.DOTTED_CODE})")


def _unit_attrs(attr: str, unit: tuple[str, str], ctx: Context) -> dict:
    """Attrs of a designated unit's reference: the description's role, else the unit's ("Officine
    E": a pharmacy's)."""
    role, region, place = describe(unit[1], ctx.gazetteer) if unit[1] else ("inconnu", "", "")
    if role in ("", "autre", "inconnu") and normalize_role(unit_role_words(attr)) not in ("autre", "inconnu"):
        role = normalize_role(unit_role_words(attr))
    return {"speaker": unit[0], "role_raw": attr, "role": role, "region": region, "place": place,
            "attr_source": "attribution"}


def _studied_participant(who: str, quote: str, ctx: Context) -> dict | None:
    """Attrs of the participant a reviewed study quotes ("MG7", "infirmière libérale", "pharmacien,
    FG2"): a code, else a description that names a role; None for anything else."""
    if cv.LABEL_SHAPES["code"].match(who):
        return _bare_code_attrs(who, ctx)  # what the review says of the code, else its letters ("MG")
    coded = _coded_parenthesis(who, quote, ctx)
    if coded is not None:
        return coded
    role = normalize_role(who)
    if role in ("autre", "inconnu"):
        return None
    return {"speaker": "", "role_raw": who, "role": role, "region": "", "place": "", "attr_source": "attribution"}


def _bare_code_attrs(code: str, ctx: Context) -> dict:
    """Attrs of a bare code after a quote: what the document says of it, else what its letters
    say ("SF-C": a sage-femme) with the study's field."""
    attrs = ctx.code_attrs(code)
    if attrs["role"] in ("autre", "inconnu"):
        prefix = re.sub(r"[-_]?(?:\d+|[A-Z])$", "", code)
        if normalize_role(prefix) not in ("autre", "inconnu"):
            attrs.update(role_raw=prefix, role=normalize_role(prefix), attr_source="attribution")
    return {**attrs, "attr_source": attrs["attr_source"] or "attribution"}


@cv.per_language_data
def _titled_apposition() -> re.Pattern:
    """A determiner and a civility before a name in apposition ("…, le Dr Paul Roche, …")."""
    return re.compile(rf"(?:(?:{cv.DETERMINERS})\s*)?(?:(?P<civ>(?-i:{cv.word_forms('civilities', case='first')}))\.?\s+)?",
                      re.IGNORECASE)


def _function_named_before(text: str, a: int, who: str) -> tuple[str, str] | None:
    """(name, description) of the person a preceding sentence names with the function the
    anaphor after a quote repeats: "Le maire de Bourganeuf, Jean-Paul Arnaud, …" for "tranche le
    maire"; the nearest such mention in the 800 characters before the quote, else None."""
    m = re.match(rf"(?:{cv.ANAPHORIC})\s*(?P<noun>[^\W\d_][\w-]+)", who, re.IGNORECASE)
    if not m or not cv.PERSON_NOUN.match(m.group("noun")):
        return None
    window = text[max(0, a - 800):a]
    found, at = None, -1
    for f in re.finditer(rf"(?P<desc>\b{re.escape(m.group('noun'))}\b[^.,;:«»]{{0,60}}),\s*", window, re.IGNORECASE):
        # the name may come with a determiner and a civility ("C'est son médecin traitant, le Dr Paul
        # Roche, installé à …" for "se souvient le médecin"; s33-segr57d): the civility kept
        titled = _titled_apposition().match(window, f.end())
        name = cv.NAME.match(window, titled.end() if titled else f.end())
        if name and window[name.end():name.end() + 1] == ",":
            civility = titled.group("civ") + " " if titled and titled.group("civ") else ""
            found, at = (civility + name.group("name"), window[f.start():f.end()].strip(" ,")), f.start()
    # the other order: "le Dr Yann Prigent, médecin généraliste, …" for "soupire le médecin"
    for f in re.finditer(rf"{cv.NAME.pattern}\s*,\s*(?:(?:{cv.DETERMINERS})\s*)?(?P<desc>{re.escape(m.group('noun'))}\b[^.,;:«»]{{0,60}})",
                         window):
        if f.start() > at:
            found, at = (f.group("name"), f.group("desc").strip(" ,")), f.start()
    return found


_AGES = cv.DATA.get("age_periphrases", {})
_AGE_NOUNS = {fold(k): v for k, v in _AGES.get("nouns", {}).items()}
AGE_ANAPHOR = re.compile(
    rf"(?:{cv.ANAPHORIC})\s*(?P<noun>{'|'.join(re.escape(k) for k in _AGES.get('nouns', {})) or '(?!)'})$",
    re.IGNORECASE)
AGE_PRESENTED = re.compile(
    cv.NAME.pattern + rf"\s*,\s*(?P<age>\d{{2,3}})\s+(?:{cv.word_forms('year_words', data=_AGES)})\s*,"
    r"\s*(?P<desc>[^.;!?«»]{3,120})")


def _age_named_before(text: str, a: int, who: str) -> tuple[str, str] | None:
    """(name, what the text says of them) of the person presented with an age in the decade of the
    age noun an anaphor after a quote uses: "Nathalie Carpentier, 54 ans, est la seule pharmacienne
    …" for "sourit la quinquagénaire"; the nearest such mention in the 1500 characters before the
    quote, else None."""
    m = AGE_ANAPHOR.match(who)
    if not m:
        return None
    decade = _AGE_NOUNS.get(fold(m.group("noun")))
    found = None
    for f in AGE_PRESENTED.finditer(text[max(0, a - 1500):a]):
        if decade is not None and decade <= int(f.group("age")) < decade + 10:
            found = (f.group("name"), f.group("desc").strip(" ,"))
    return found


# "l'intéressée" (attributions.yaml presented_person_anaphors) and a name presented with an
# apposition ("Marie-Hélène Ravel, 58 ans, sage-femme libérale installée à Sarlat")
PRESENTED_ANAPHOR = re.compile(
    rf"(?:{cv.ANAPHORIC})\s*(?P<noun>[^\W\d_]+(?:\s+[^\W\d_]+)?)$", re.IGNORECASE)  # (two words: "la jeune femme")
NAME_PRESENTED = re.compile(cv.NAME.pattern + r"\s*,\s*(?P<desc>[^.;!?«»]{3,120})", cv.NAME.flags)
# a first name and the initial of the surname, as the press anonymises a defendant ("Kévin L., 27 ans, …")
INITIAL_PRESENTED = re.compile(r"(?<![\w.])(?P<name>[A-ZÉÈ][a-zéèëïîçô]+(?:-[A-ZÉÈ][a-zéèëïîçô]+)?\s+[A-ZÉÈ]\.)"
                               r"\s*,\s*(?P<desc>[^.;!?«»]{3,120})")
# the sentence just before a quotation, its subject an anaphoric determiner and a noun, maybe after
# a fronted phrase ("À la barre, le prévenu reconnaît les faits …."): the noun is checked against
# presented_person_anaphors
ANAPHOR_SUBJECT = re.compile(rf"(?:^|(?<=[.!?…»])\s)(?:[A-ZÀ-Ý][^.!?«»,]{{0,40}},\s*)?"
                             rf"(?P<who>(?:{cv.ANAPHORIC})\s*[^\W\d_]+)\s+[^.!?«»]*[.!?…]\s*$", re.IGNORECASE)


def _anaphor_presented_before(text: str, a: int, who: str, gazetteer) -> dict | None:
    """Attrs of the person the text last presented by name and an apposition describing them
    ("Marie-Hélène Ravel, 58 ans, sage-femme libérale …"), in the 1500 characters before a quote
    whose speech verb names its speaker by an anaphoric noun ("note l'intéressée"); else None."""
    m = PRESENTED_ANAPHOR.match(who.strip())
    if not m:
        return None
    noun = fold(m.group("noun")).lower()
    window = re.sub(r"«[^«»]*»", lambda q: " " * len(q.group(0)), text[max(0, a - 1500):a])
    presented = sorted([*NAME_PRESENTED.finditer(window), *INITIAL_PRESENTED.finditer(window)], key=lambda f: f.start())
    if noun not in cv.DATA.get("presented_person_anaphors", []):
        # "« … », raconte l'ancien mineur" after "Gérard Fabre, 71 ans, ancien mineur de Blaye-les-Mines":
        # the nearest person presented with the very words of the anaphor (s50)
        found = next((f for f in reversed(presented) if len(noun.split()) >= 2 and describes_person(f.group("desc"))
                      and re.search(rf"(?<!\w){re.escape(noun)}(?!\w)", fold(f.group("desc")).lower())), None)
    else:
        found = next((f for f in reversed(presented) if describes_person(f.group("desc"))), None)
    if found is None:
        return None
    desc = found.group("desc").strip()
    fields = [f.strip() for f in desc.split(",")]
    # the apposition's fields up to the sentence's verb ("71 ans, ancien mineur de Blaye-les-Mines, attend
    # son rendez-vous … avec le médecin traitant": no doctor)
    kept = [f for f in itertools.takewhile(lambda f: describes_person(f) or cv.AGE_FIELD.match(f), fields)]
    desc = ", ".join(kept) if kept and len(kept) < len(fields) else desc
    role, region, place = describe(desc, gazetteer)
    return {"speaker": found.group("name"), "role_raw": desc, "role": role, "region": region, "place": place,
            "attr_source": "attribution"}


def _gendered_anaphor(text: str, line_start: int, a: int, who: str, gazetteer) -> dict | None:
    """Attrs of the person a noun that says only a gender and an age ("la jeune femme", "le jeune
    homme": attributions.yaml anaphoric_gender_nouns) stands for, read as its pronoun would be: the
    nearest sentence subject of that gender (segment/pronoun_subjects.py); else None."""
    m = PRESENTED_ANAPHOR.match(who.strip())
    pron = (cv.DATA.get("anaphoric_gender_nouns") or {}).get(fold(m.group("noun")).lower()) if m else None
    if not pron:
        return None
    from .pronoun_subjects import gendered_subject

    return gendered_subject(pron, text[line_start:a], text[max(0, line_start - 1500):line_start], gazetteer)


@cv.per_language_data
def _unsigned_lead() -> re.Pattern:
    """What says, in the sentence introducing a quotation, that its writer did not sign it ("ce mot,
    sans signature :", "déposé sans nom :"): lang/fr written_slips.yaml ``unsigned_lead_words`` (not
    "Anonyme (15 €), Lamballe :", a donor's list entry: segment/donor_leads.py)."""
    words = cv.language_data().get("unsigned_lead_words", [])
    return re.compile(rf"(?<![\w-])(?:{cv._flex_alt(words) or '(?!)'})(?![\w-])", re.IGNORECASE)


@cv.per_language_data
def _introduced_name() -> re.Pattern:
    """An introducer, a first name and a surname, an apposition, a comma before the quotation
    ("Pour Gérard Humbert, maire de Vignot, ")."""
    d = cv.language_data()
    # (the name as conventions.NAME reads one, its case kept)
    # (a civility may stand before the name: "Selon M. Gérard Bellony, maire de Roura, ")
    civility = cv.word_forms("civilities", r"\.?\s+", d, case="first")
    return re.compile(rf"(?:^|[.;:!?])\s*(?:{cv._flex_alt(d.get('introducers', []))})\s+(?:(?-i:{civility}))?(?-i:{cv.NAME.pattern})\s*,\s*"
                      rf"(?P<app>[^,.;:«»]{{2,80}}?)\s*,\s*$", re.IGNORECASE)


def introduced_role(before: str) -> str:
    """The person an introducing phrase names without a verb ("Pour un médecin coordinateur, "),
    or ''."""
    m = cv.INTRO_DESC.search(before)
    if not m or not cv.PERSON_NOUN.search(m.group("who")):
        return ""
    return m.group("who").strip() + (f", {m.group('app').strip()}" if m.group("app") else "")


def _listed_attrs(desc: str, quote: str, ctx: Context, text: str = "") -> dict | None:
    """Attrs of a source a list line gives for a called quotation (segment/source_lists.py), read
    as a parenthesis after the quotation would be: a code or a pseudonym, else a description of
    a person; None for a reference to the literature or anything else."""
    coded = _coded_parenthesis(desc, quote, ctx)
    if coded is not None:
        who = coded.get("speaker", "").strip()
        if who and (cv.SEX_FIELD.fullmatch(who) or cv.SEX_FIELD.fullmatch(who.lower())):
            # "MG01 | Homme | 58 ans | …" listed for "« … » [MG01]": a sex, no pseudonym (the code speaks, s48)
            coded = {**coded, "speaker": ""}
        return coded
    legend = legend_reference(desc, text)  # "[3] Enquêté 2, fig. 2." and the figure's legend
    if legend is not None:
        role, region, place = describe(legend[1], ctx.gazetteer)
        return {"speaker": legend[0], "role_raw": legend[1], "role": role, "region": region, "place": place,
                "attr_source": "attribution"}
    role = normalize_role(desc)
    cited = cv.AUTHOR_YEAR.search(", ".join(description_fields(desc)))
    if cv.NOT_A_DESCRIPTION.match(desc) or (role in ("autre", "inconnu") and (cited or not cv.PERSON_WORDS.search(desc))) \
            or cites_document(desc, role):  # "(HAS, 2014)": a document cited (segment/cited_documents.py)
        return None
    region, place = resolve_region(desc, ctx.gazetteer)
    return {"speaker": "", "role_raw": desc, "role": role, "region": region, "place": place, "attr_source": "attribution"}


def addresses(words: str) -> bool:
    """The second person ("tu es sûr d'être vu", "vous attendez"): words said to someone
    (grammar.yaml ``second_person_pronouns``)."""
    pronouns = cv.word_forms("second_person_pronouns", r"(?![\w’'-])", cv.language_data(), elided_after="")
    return bool(re.search(rf"(?<![\w’'-])(?:{pronouns})", words, re.IGNORECASE)) if pronouns else False


def _nicknamed(nickname: str, ctx: Context) -> dict | None:
    """Attrs of the person the document gave this nickname ("Marie-Josée Hoarau, dite « Zozo »,
    aide-soignante depuis vingt-deux ans"): the full name, the description (the document's person
    registry, segment/person_registry.py, reads the nickname forms once)."""
    person = getattr(ctx, "person_forms", {}).get(nickname)
    if person is None or "nickname" not in person:
        return None
    return {k: v for k, v in person.items() if k != "nickname"} | {"role": person["role"] or "inconnu",
                                                                    "attr_source": "attribution"}


def _bare_first_name(name: str, ctx: Context) -> bool:
    """A capitalised word that can be a first name: no place, no role or person noun, no word
    that opens a description ("Médecins", "Lyon", "Santé")."""
    return not ctx.gazetteer.find(name) and normalize_role(name) in ("autre", "inconnu") \
        and not cv.PERSON_NOUN.search(name) and not cv.NOT_A_DESCRIPTION.match(name)


def _profile_first(attr: str) -> bool:
    """A parenthesis opening with a sex or an age, "(femme, 34 ans, Dzaoudzi)", "(52 ans, Koungou)":
    a person's profile, whatever their occupation (or none) (segfix50)."""
    fields = description_fields(attr)
    return bool(fields) and (bool(cv.SEX_FIELD.match(fields[0])) or bool(cv.AGE_FIELD.match(fields[0]))) \
        and describes_person(attr)


def without_source_fields(attr: str) -> str:
    """A quotation's parenthesis without the fields that say how and when the words were
    recorded ("(K3, note vocale du 14/03, 21 h 12)" -> "K3"; "(traduit du shimaoré, femme, 34 ans,
    Dzaoudzi)" -> "femme, 34 ans, Dzaoudzi"; "(SEC1, M12)" -> "SEC1", a repeated interview's time
    point after the code), as it stands when it holds nothing else."""
    fields = [f for f in cv.FIELD_SPLIT.split(attr) if f]
    # (an interview's date, "mai 2022", stays: the rules for dated credits read it already)
    # (s33-segr58a: so is the session after the code, "(M3, FG1)", "(P2, groupe 3)": where the words were
    # said; a session code first, "(FG1, P2)", is the composite speaker and stays)
    kept = [f for i, f in enumerate(fields)
            if not (cv.SOURCE_FIELD.match(f.strip(" .")) or i and cv.TIME_POINT.match(f.strip(" ."))
                    or i and cv.GROUP_CODE.match(f.strip(" .")))
            or cv.DATE_FIELD.match(f.strip(" ."))]
    if not kept or len(kept) == len(fields):
        return attr
    rest = ", ".join(kept)
    # what is left must still say who: a code, a first name and a profile, a description ("(post-it,
    # quartier Europe)" keeps its medium: the place alone names no one)
    return rest if cv.PAREN_CODE.match(rest) or cv.PSEUDONYM.match(rest) or describes_person(rest) else attr


# a forum's or a network's screen name: a word and digits or an underscore part ("Lilou84", "Soline_M")
SCREEN_NAME = re.compile(r"^(?P<code>[A-Za-zÀ-ÿ][a-zà-ÿ]+(?:\d{1,4}|_[A-Za-z0-9À-ÿ]+)+)\s*,\s*(?P<rest>\S.*?)\s*$")


def _study_dated(rest: str) -> bool:
    """What a first name's parenthesis says after it, then the field study and its year ("(Josette, aide
    à domicile, Vallées, 2016)": an HDR quoting its author's several studies): the person described, the
    year no reference's (the parenthesis opens with a first name, not an author's name)."""
    fields = description_fields(rest)
    return len(fields) >= 3 and re.fullmatch(r"(?:19|20)\d\d", fields[-1].strip()) is not None \
        and describes_person(", ".join(fields[:-2]))


def _screen_name(attr: str, ctx: Context) -> re.Match | None:
    """"(Lilou84, Cavaillon, 12 mars 2021)": a screen name, the profile's commune and the day of the
    message, or what the member is, as a sociology article quotes a forum (the pseudonym shape takes
    first names only)."""
    m = SCREEN_NAME.match(attr)
    # (or what the member is: "(Lila_35, patiente, 3 février 2022, 23 h 12, fil « … »)")
    return m if m and (placed_and_dated(m.group("rest"), ctx.gazetteer)
                       or describes_person(dated_description(m.group("rest")))) else None


@cv.per_language_data
def _interview_word_code() -> re.Pattern:
    words = cv._flex_alt(cv.language_data().get("interview_words", [])) or "(?!)"
    return re.compile(rf"^\s*(?i:{words})\s+(?P<code>[A-ZÉ]{{1,5}}[-_]?\d{{1,3}})\s*(?=,|$)")


def _interview_code(attr: str) -> str | None:
    """The source without its interview word when the word opens it before a letter code
    ("Entretien M4, médecin généraliste" -> "M4, médecin généraliste"), else None; an interview's
    number alone ("Entretien 4, …") is left to the interview readers."""
    m = _interview_word_code().match(attr)
    return attr[m.start("code"):] if m else None


def _coded_parenthesis(attr: str, quote: str, ctx: Context) -> dict | None:
    """Attrs of a parenthesis that opens with a speaker code: "(E1, médecin généraliste)", "(P5)",
    "(Entretien n°3 – pharmacienne)", "(Anne Le Gall, infirmière)"; None for anything else. An
    interview with a card keeps the card's identity (the parenthesis may abbreviate it)."""
    if attr.strip() in ctx.compound_codes:  # "(MSP3-Secr)": segment/compound_codes.py
        return ctx.code_attrs(attr.strip())
    annexed = annex_attrs(attr, getattr(ctx, "annex_people", {}), ctx.gazetteer)
    if annexed is not None:  # "(annexe 2, p. IV, l. 12-16)": the annex's interviewee (segment/annex_references.py)
        return annexed
    if ctx.defined_code(attr.strip()):  # "(CoordoCDS2)" after "CoordoCDS = coordinatrice …" in the methods
        return ctx.code_attrs(attr.strip())
    if attr.strip() in ctx.participants:  # "(REC_0042)", a code of any shape the participants list describes
        return ctx.code_attrs(attr.strip())
    interviewed = _interview_code(attr)
    if interviewed is not None:  # "Entretien M4, médecin généraliste, …": the code, the interview word aside (s54)
        attr = interviewed
    first, _, rest = attr.partition(",")
    # (small capitals read as words lowered the abbreviation: "(idec, EHPAD B)", segment/small_caps.py)
    label = first.strip().upper() if first.strip().islower() else first.strip()
    if label in ctx.legend and label.isupper() and len(ctx.legend) >= 2 and label not in ctx.legend_moderators \
            and all(opens_with_person(d) for d in ctx.legend.values()):
        # (a key of people only: a glossary of the report's acronyms, "DAC : dispositif d'appui … ;
        # IDEC : infirmière coordinatrice", names functions, not the participants: round 32)
        # "(IDEC, EHPAD B)" after "désignés par leur fonction (… IDEC : infirmière coordinatrice ; DIR :
        # directrice)": a function's abbreviation the key explains, without a number, is the participant
        attrs = ctx.code_attrs(label)
        region, place = resolve_region(rest, ctx.gazetteer) if rest.strip() else ("", "")
        if region:
            attrs.update(region=region, place=place)
        return attrs
    if re.fullmatch(r"[A-ZÉ]{1,5}-[A-Z]", attr.strip()) and attr.strip() in ctx.series:
        return ctx.code_attrs(attr.strip())  # "(MG-C)" of a series "MG-A" … "MG-D": that participant
    kin = kin_reference(attr)  # "(mère d'Enzo, 7 ans)" (segment/colon_subjects.py)
    if kin is not None:
        return kin
    member = group_member(attr, getattr(ctx, "group_members", {}))  # "[FG2, P4]": segment/group_members.py
    if member is not None:
        return member
    m = cv.PAREN_CODE.match(attr)
    pseudonym = cv.PSEUDONYM.match(attr) or _screen_name(attr, ctx)
    if pseudonym and (not m or not m.group("rest")) \
            and (describes_person(dated_description(pseudonym.group("rest"))) or trade_then_age(pseudonym.group("rest"))
                 or _study_dated(pseudonym.group("rest"))
                 or counted_profile(attr) or placed_and_dated(pseudonym.group("rest"), ctx.gazetteer)) \
            and not ctx.gazetteer.find(pseudonym.group("code")) \
            and normalize_role(pseudonym.group("code")) in ("autre", "inconnu"):  # "Pharmacienne, 38 ans": no name
        # "(Claire, 29 ans, infirmière libérale, Nantes)": a first name given to an interviewee
        # "(Gérard, médecin généraliste, 2019)": the year of the interview
        # "(Gérard, 40 ruches, Vatan)": a member signing with what they keep and where (autre)
        # "(Lilou84, Cavaillon, 12 mars 2021)": a forum member's profile commune and the message's day
        desc = dated_description(pseudonym.group("rest"))
        role, region, place = describe(desc, ctx.gazetteer)
        role = "autre" if counted_profile(attr) and role in ("", "inconnu") else role
        return {"speaker": pseudonym.group("code"), "role_raw": desc, "role": role,
                "region": region, "place": place, "attr_source": "attribution"}
    if not m:
        return None
    speaker, num = speaker_label(m.group("code"))
    code = " ".join(m.group("code").split())
    if num is not None and (code in ctx.participants or code in ctx.declared_speakers):
        speaker, num = code, None  # "E3" of a participants table is that participant, not interview 3
    desc = (m.group("rest") or "").strip()
    # "(E4, l. 56-59)": where the words are in the transcript says nothing of the person
    desc = ", ".join(f for f in description_fields(desc) if not cv.LINE_REFERENCE.match(f)) if desc else desc
    if desc and re.fullmatch(r"[A-ZÉ]{2,6}", desc):
        # "(E6, MT)" where the methods spell "MT, médecin traitant" out once (s55)
        desc = ctx.participants.get(desc) or getattr(ctx, "abbreviations", {}).get(desc, "") or desc
    coded = num is None and bool(cv.LABEL_SHAPES["code"].match(speaker))
    code_role = letters_role(re.sub(r"[-_]?\d+.*$", "", speaker)) if coded else "inconnu"  # "MG-3": a GP
    if num is None and not coded and cv.LABEL_SHAPES["numbered"].match(speaker):
        # "(Orthophoniste C, 12 ans d'exercice)", "(Médecin 4, …)": the profession before the letter or number
        code_role = normalize_role(re.sub(r"\s?(?:\d{1,3}|[A-Z])$", "", speaker))
    prefix = re.sub(r"[-_]?\d+.*$", "", speaker)
    if coded and code_role in ("autre", "inconnu") and prefix in ctx.legend:
        code_role = normalize_role(ctx.legend[prefix])  # "SF pour sage-femme" in the methods
    if coded and code_role in ("autre", "inconnu") and legend_part(speaker, ctx.legend):
        code_role = normalize_role(ctx.legend[legend_part(speaker, ctx.legend)])  # "T1-PH1": "PH pour les pharmaciens"
    profiled = coded and patient_profile(desc)  # "(P4, primipare, césarienne)" (segment/patient_profiles.py)
    # a code's or a numbered participant's place ("(juré n° 7, Bergerac)") says where they are from
    counted = coded or (num is None and bool(cv.LABEL_SHAPES["numbered"].match(speaker) or cv.NUMBERED_MARKED.match(speaker)))
    abroad = coded and bool(desc) and _commune_abroad(desc, ctx)
    # "(M6, Le Moule)": a commune as the code's only field, its capitalised article the name's as
    # after any field ("La Flèche", "Le Tampon": regions.commune_at; s30-segr53b)
    slot_commune = None
    if counted and desc and ctx.gazetteer is not None and len(description_fields(desc)) == 1:
        # "(M2, Sainte-Anne)" beside "(M8, Petit-Canal)": a shared name settled by the other codes' région
        slot_commune = ctx.gazetteer.commune_field(desc, after_field=True) or _agreeing_homonym(desc.strip(), ctx)
    # (a numbered participant's age in any field, "(participant 6, médiateur, 34 ans)": a person,
    # whatever word the field before names them by; a letter code's kin "(A6, épouse, 78 ans)" is read below)
    aged = counted and not coded and any(cv.AGE_FIELD.match(f) for f in description_fields(desc or ""))
    if desc and not describes_person(desc) and not (counted and _places_and_ages(desc, ctx.gazetteer)) \
            and code_role in ("autre", "inconnu") and not profiled and not abroad and slot_commune is None and not aged \
            and not (counted and withholds_role(desc)):  # "(Ent. 11, fonction non précisée)": a person all the same (s55)
        return None
    if num is None and not desc and not ctx.knows(speaker):
        return None  # "(Marie Curie)": a name alone says nothing about speaking
    if num is None and not desc:
        known = ctx.code_attrs(speaker)
        if known["role"] == "inconnu" and code_role not in ("autre", "inconnu"):
            # "(MG2)", also "(MG2, T0)" once its time point is dropped (without_source_fields): the
            # code's letters say what the person does, as they do when a field follows the code
            return {**known, "role_raw": attr, "role": code_role, "attr_source": "attribution"}
        return known
    role_raw, role, region, place = desc, "", "", ""
    if desc:
        role, region, place = describe(desc, ctx.gazetteer)
        if not region and slot_commune is not None:
            role, region, place = "inconnu", slot_commune.region, slot_commune.name
    if abroad:
        region, place = "", desc
    if num is not None and (num in ctx.cards or not desc):
        role_raw_id, role_id, region_id = ctx.interview_identity(num, None, quote)
        role_raw, role = role_raw_id or role_raw or attr, role_id
        region = region_id or region
    elif num is not None and not region:
        region, place = ctx.interview_place(num)
    if role in ("", "autre", "inconnu") and code_role not in ("autre", "inconnu"):
        role_raw, role = attr, code_role  # "(MG-3, rural)": the code's letters say what the person does
    elif role in ("", "inconnu") and counted and not coded \
            and matched_role(re.sub(r"\s?(?:\d{1,3}|[A-Z])$", "", speaker)) == "autre":
        # "(juré n° 7, Bergerac)": the word names someone who is no professional (roles.yaml), where
        # "(Part. 03, F, 38 ans)" says nothing of what the participant does
        role_raw, role = attr, "autre"
    if not speaker and desc:
        role_raw = attr  # "FG1, infirmière": the group session stays in the description as written
    if coded and role in ("", "autre", "inconnu") and ctx.knows(speaker):
        known = ctx.code_attrs(speaker)
        role_raw, role = known["role_raw"], known["role"]
        if abroad:  # a commune the gazetteer lacks: no French region from the document or the study's field
            region, place = "", desc
        else:
            region, place = region or known["region"], place if region else known["place"]
    if profiled and role in ("", "inconnu"):
        role = patient_role()
    abroad_key = {"_abroad": True} if abroad else {}
    return {"speaker": speaker, "role_raw": role_raw, "role": role, "region": region, "place": place,
            "attr_source": "attribution", **abroad_key}


def _place_code_attrs(m: re.Match, ctx: Context) -> dict:
    """Attrs of a code joining a profession's abbreviation, a commune and a number ("IDE-Sada-3"):
    the code speaks, what the document says of it or its abbreviation gives the role, the commune
    the région."""
    code = m.group(0)
    known = ctx.code_attrs(code) if ctx.knows(code) else {}
    role = known.get("role") if known.get("role") not in (None, "", "inconnu") else normalize_role(m.group("abbr"))
    region, place = resolve_region(m.group("place"), ctx.gazetteer)
    return {"speaker": code, "role_raw": known.get("role_raw") or code, "role": role,
            "region": region or known.get("region", ""), "place": place if region else known.get("place", ""),
            "attr_source": "attribution"}


# a structure's letters, a hyphen, a trade's letters and a number: "CPTS-MG2", "MSP-IDE1" (s55)
STRUCTURE_CODE = re.compile(r"(?P<struct>[A-ZÉ]{2,6})-(?P<abbr>[A-ZÉ]{1,5})(?P<num>\d{1,2})")


# a structure's letters, perhaps its letter, and a function's abbreviation the methods key in words:
# "CPTS-A-coord", "CPTS-B-pres" with "coord pour la coordinatrice, pres pour le président (…)"
KEYED_PART_CODE = re.compile(r"(?P<struct>[A-ZÉ]{2,6})(?:-[A-Z\d]{1,2})?-(?P<part>[A-Za-zé]{2,8})(?P<num>\d{0,2})")


def _keyed_part(part: str, text: str) -> str:
    """What the document's key says a code's part stands for ("coord pour la coordinatrice", "anon :
    un membre du bureau …"), the parenthesis after it kept ("pres pour le président (les deux présidents
    sont médecins généralistes)"); '' when no key names it."""
    # (the key's verb, grammar.yaml legend_words: "pour", "désigne"; or a sign: "=", ":")
    said = cv.word_forms("legend_words")
    m = re.search(rf"(?<![\w-]){re.escape(part)}\s+(?:{said}|=|:)\s+(?P<desc>[^,;.()]{{2,80}}(?:\([^()]{{2,80}}\))?)", text)
    return m.group("desc").strip() if m else ""


def _structure_code_attrs(attr: str, ctx: Context) -> dict | None:
    """Attrs of a code that joins a structure's letters to a trade's and a number ("CPTS-MG2") or to a
    function's abbreviation the methods key ("CPTS-A-coord"): the code speaks; what the document says
    of it, else the trade's letters or the key, give the role. None when the attribution is no such
    code, or its part names no trade and no key explains it."""
    keyed = KEYED_PART_CODE.fullmatch(attr.strip())
    if keyed is not None and letters_role(keyed.group("struct")) in ("autre", "inconnu") \
            and (desc := _keyed_part(keyed.group("part"), getattr(ctx, "plain_text", ""))):
        role = normalize_role(desc)
        role = "inconnu" if withholds_role(desc) or role == "autre" and not names_a_trade(desc) else role
        return {"speaker": keyed.group(0), "role_raw": desc, "role": role, "region": "", "place": "",
                "attr_source": "attribution"}
    m = STRUCTURE_CODE.fullmatch(attr.strip())
    if m is None or letters_role(m.group("struct")) not in ("autre", "inconnu"):
        return None
    trade = letters_role(m.group("abbr"))
    if trade in ("autre", "inconnu"):
        return None
    code = m.group(0)
    known = ctx.code_attrs(code) if ctx.knows(code) else {}
    role = known.get("role") if known.get("role") not in (None, "", "autre", "inconnu") else trade
    return {"speaker": code, "role_raw": known.get("role_raw") or code, "role": role,
            "region": known.get("region", ""), "place": known.get("place", ""), "attr_source": "attribution"}


# a post and a number, a space between, as the first field of a credit: "Asalée 2", "MG 5"
NUMBERED_POST = re.compile(r"^\s*(?P<post>[A-ZÉ][\w'’-]{1,20})\s(?P<n>\d{1,3})\s*(?:,|$)")


def _numbered_post(desc: str) -> str:
    """The code of a credit "Asalée 2, infirmière, Lamballe", "MG 5, Dinan" after a dash: a word
    that names a post (roles.yaml) and the interviewee's number; "" for anything else ("Tome 2")."""
    m = NUMBERED_POST.match(desc)
    return f"{m.group('post')} {m.group('n')}" if m and normalize_role(m.group("post")) not in ("autre", "inconnu") else ""


def _dash_code(m: re.Match, ctx: Context) -> dict | None:
    """Attrs of "— Médecin 4 (MG, 15 ans d'exercice)" after a quote: the code speaks; the role
    from the description, else from the code's own words ("Pharmacien 1"), else from what the
    document says of the code; None when nothing says the code is a person."""
    speaker, num = speaker_label(m.group("code"))
    desc = (m.group("desc") or "").strip()
    role, region, place = describe(desc, ctx.gazetteer) if desc else ("inconnu", "", "")
    role_raw = desc
    if role in ("autre", "inconnu") and normalize_role(speaker) not in ("autre", "inconnu") and num is None:
        role_raw, role = ", ".join(x for x in (speaker, desc) if x), normalize_role(speaker)
    if num is not None:
        role_raw_id, role_id, region_id = ctx.interview_identity(num, None)
        if role in ("autre", "inconnu"):
            role_raw, role = role_raw_id or role_raw, role_id
        region = region or region_id
    elif role in ("autre", "inconnu"):
        if not ctx.knows(speaker):
            return None
        known = ctx.code_attrs(speaker)
        role_raw, role = known["role_raw"], known["role"]
        region, place = region or known["region"], place if region else known["place"]
    if not region and m.group("place"):  # "— IDE-Sada-3": the commune in the code
        region, place = resolve_region(m.group("place"), ctx.gazetteer)
    return {"speaker": speaker, "role_raw": role_raw, "role": role, "region": region, "place": place,
            "attr_source": "attribution"}


# a commune's name as a code's only field: capitalised words, joined by hyphens or by the
# particles of a place name ("Dinant", "Vireux-Molhain", "Braine-l'Alleud", "Saint-Hubert")
PLACE_NAME = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]+(?:(?:-|\s|-(?:sur|sous|en|lès|l[eaè]s?|de|du|des|aux?)-|['’])[A-ZÀ-Ý]?[a-zà-ÿ]+)*")


def _commune_abroad(desc: str, ctx: Context) -> bool:
    """A code's only field a place name the gazetteer does not know, in a document whose other
    coded parentheses give a commune it knows in that slot ("(B2, Dinant)" beside "(F1, Givet)":
    a Belgian commune in a cross-border study): the person's place, in no French region."""
    fields = description_fields(desc)
    if len(fields) != 1 or not PLACE_NAME.fullmatch(fields[0]) or is_place(fields[0], ctx.gazetteer) \
            or describes_person(fields[0]) or ctx.gazetteer.find(fields[0]) \
            or ctx.gazetteer.commune_field(fields[0], after_field=True) is not None \
            or _agreeing_homonym(fields[0], ctx) is not None:
        # (a French commune whose capitalised article is its name's: "(M6, Le Moule)"; s30-segr53b)
        return False
    return any(len(description_fields(d)) == 1 and is_place(d.strip(), ctx.gazetteer)
               for descs in ctx.code_descriptions.values() for d in descs)


def _agreeing_homonym(name: str, ctx: Context):
    """The commune of a name several régions' communes share, given as a code's only field ("(M2,
    Sainte-Anne)": Guadeloupe's, Martinique's, the Doubs' …), when the document's other coded
    parentheses give communes of ONE région and it is one of the name's ("(M8, Petit-Canal)"): the
    study's territory settles it (s30-segr53b); else None."""
    communes = getattr(ctx.gazetteer, "communes", None)
    if communes is None or not PLACE_NAME.fullmatch(name):
        return None
    found = communes.by_key.get(commune_key(name), ())
    if len({c.region for c in found}) < 2:
        return None
    regions = set()
    for descs in ctx.code_descriptions.values():
        for d in descs:
            if len(description_fields(d)) != 1 or commune_key(d) == commune_key(name):
                continue
            other = ctx.gazetteer.commune_field(d.strip(), after_field=True)
            if other is not None:
                regions.add(other.region)
    if len(regions) != 1:
        return None
    agreed = [c for c in found if c.region in regions]
    return Place(name, "commune", agreed[0].region) if agreed else None


def _civility_label(lead: str) -> tuple[str, str] | None:
    """(person, description) when the words before a quotation on its line are only a person named
    with a civility, a description in brackets perhaps, and a colon ("Mme S. (insuline, 84 ans) :",
    "M. Ferrand :"), as observation notes and memoirs set a patient's words; else None."""
    m = re.fullmatch(r"\s*(?P<who>\S.*?)\s*(?:\((?P<desc>[^()]{1,80})\))?\s*:\s*", lead)
    if m is not None and cv.LABEL_SHAPES["civility"].match(m.group("who")):
        return m.group("who"), (m.group("desc") or "").strip()
    # or a short phrase of manner after a comma, as a scene sets it down ("Mme Chastang, sans se
    # retourner :", "M. Roux, au téléphone :"); what it says is a description only when it describes (s54)
    m = re.fullmatch(r"\s*(?P<who>[^,:«»()]{2,40}?)\s*,\s*(?P<aside>[^,:«»()]{2,60}?)\s*:\s*", lead)
    if m is None or not cv.LABEL_SHAPES["civility"].match(m.group("who")) or len(m.group("aside").split()) > 6:
        return None
    return m.group("who"), (m.group("aside").strip() if describes_person(m.group("aside")) else "")


def _function_name_label(lead: str, gazetteer) -> tuple[str, str] | None:
    """(person, function) when the sentence before a quotation is only a function with its article,
    the person's name in apposition and a colon ("Le maire, Michel Guillot :", "La directrice de
    l'EHPAD, Anne Roux :"), as a press page labels an official's words; else None."""
    m = re.fullmatch(rf"\s*(?P<np>(?i:{cv.DETERMINERS})\s*[a-zéèêàâîôûç][^,:«»]{{1,60}}?)\s*,\s*"
                     rf"(?P<name>{NAME_WORD}(?:\s+{NAME_WORD}){{1,2}})\s*:\s*", lead)
    if m is None or gazetteer.find(m.group("name")):
        return None
    np = " ".join(m.group("np").split())
    if normalize_role(np) in ("autre", "inconnu") and not cv.PERSON_NOUN.search(np):
        return None
    return m.group("name"), np



def _places_and_ages(desc: str, gazetteer) -> bool:
    """A description made only of places and ages ("Lyon", "45 ans, Creuse")."""
    fields = description_fields(desc)
    return bool(fields) and all(cv.AGE_FIELD.match(f) or is_place(f, gazetteer) for f in fields)


# an apposition placing the person just described: ", installée à Bondy", ", basé en Corrèze"
# (the participle's endings and the prepositions: lang/fr grammar.yaml settled_participle_endings, settled_prepositions)
SETTLED_AT = re.compile(rf"^\s*,\s*[a-zéèêàâîôûç]+(?:{cv.word_forms('settled_participle_endings')})"
                        rf"\s+(?:{cv.word_forms('settled_prepositions')})\s+[^,.;:!?«»()]{{2,60}}")
# an author's year of publication in parentheses closing who speaks ("Anne Morel (2021)",
# "Morel (2021, p. 14)"): a text cited, not a respondent's words
CITED_YEAR = re.compile(r"\(\s*(?:19|20)\d\d\s*[a-z]?(?:\s*,\s*pp?\.\s*\d+(?:\s*[-–]\s*\d+)?)?\s*\)\s*,?\s*$")


def _other_subject(lead: str, running) -> tuple[str, str] | None:
    """(name, what the sentence says they do) when the last sentence of ``lead`` (the quotation's
    paragraph before it) names exactly one person by a full name, not the running speaker
    (``running``, a Person, or None), and does not name the running speaker: a newcomer the press
    presents before their words. The description is the sentence as written, when a role word is in
    it besides the name."""
    sentence = re.split(r"(?<=[.!?])\s+", lead.strip())[-1] if lead.strip() else ""
    if not sentence or (running is not None and running.surname in sentence) or "«" in sentence:
        return None
    names = {m.group("name") for m in cv.NAME.finditer(sentence)}
    if len(names) != 1:
        return None
    name = names.pop()
    return name, (sentence.strip(" ,.:") if normalize_role(sentence.replace(name, " ")) not in ("autre", "inconnu") else "")


def _names_someone(who: str) -> bool:
    """Whether a capitalised word of ``who`` other than a determiner names someone ("Anne Morel
    (2021)", "Strauss (1985)": an author; not "une infirmière (2019)", a respondent and a date).
    The determiners: lang/fr grammar.yaml determiners."""
    determiners = {w.lower() for w in cv.language_data().get("determiners", [])}
    return any(w[:1].isupper() and w.lower() not in determiners and f"{w.lower()}'" not in determiners
               for w in re.findall(r"[^\W\d_][\w-]*", who))


LONE_FIRST_NAME = re.compile(r"[A-ZÉÈ][a-zéèêëïîôûç]+(?:-[A-ZÉÈ][a-zéèêëïîôûç]+)?")


def _first_name_before(parts: list[str], at: int | None, who: str, ctx: Context, words: int) -> QuoteCall | None:
    """The person a periphrasis names by a first name alone, between commas before what they do
    ("Celle qui a pris l'appel, Kelly, coordinatrice de parcours, s'en souvient : « … »"), or
    None; not a place ("…, Lorient, une infirmière …")."""
    if at is None or at < 1 or words < 3 or not LONE_FIRST_NAME.fullmatch(parts[at - 1].strip()):
        return None
    name = parts[at - 1].strip()
    if re.match(cv.NAME.pattern.split("(?P<name>")[0] + r"\w", name) is None:
        return None  # "Elle", "Mais": a word a sentence opens with
    if ctx.gazetteer is not None and ctx.gazetteer.find(name):
        return None
    role = normalize_role(who)
    if role in ("autre", "inconnu"):
        return None
    region, place = resolve_region(who, ctx.gazetteer)
    return QuoteCall(True, {"speaker": name, "role_raw": who, "role": role, "region": region, "place": place,
                            "attr_source": "attribution"})


def _thing_headed(who: str) -> bool:
    """Whether the words after a speech verb are headed by a thing, a person named only in its
    complement ("évoquait la coopération avec les médecins de la CPTS :"): the verb's object, not
    who speaks."""
    head = re.sub(rf"^(?:(?:{cv.DETERMINERS}|{cv.POSSESSIVES})\s*)+", "", who.strip(), flags=re.IGNORECASE)
    return bool(head) and head != who.strip() and not opens_with_person(head)


def _speech(ctx: Context, current: list, who: str, words: int) -> QuoteCall:
    """A quote attributed by a speech verb: to a named person, a known surname, a pronoun
    (the section's current speaker) or a description."""
    if who and CITED_YEAR.search(who) and _names_someone(who):
        return QuoteCall(False)  # "Comme le note l'infirmière Anne Morel (2021), « … »": the literature
    name = cv.NAME.search(who) if who and ctx.named_speakers else None
    person = None
    if name:
        person = ctx.person(name.group("name"))
        desc = (who[:name.start()] + who[name.end():]).strip(" ,")
        if desc:
            person.descriptions.append(desc)
    elif who:
        person = ctx.by_surname(who)
        civil = cv.CIVIL_SURNAME.fullmatch(who.strip(" ,."))
        if person is None and civil:
            # "», explique le Dr Perrin": the person the civility names (apply_full_names writes the first
            # name the text gives); what they do is left to the readers of the text, not read from "Dr"
            # (not the running speaker: outside a document of named speakers a pronoun after it may
            # stand for the person the document is about)
            return QuoteCall(True, {"person": ctx.person(f"{civil.group('civ')} {civil.group('surname')}")})
        other = cv.NAME.search(who)
        det = re.match(rf"(?:{cv.ANAPHORIC}|{cv.POSSESSIVES})\b\s*", who, re.I)
        noun = who[det.end():] if det else ""
        noun_role = normalize_role(noun) if det and noun[:1].islower() else "inconnu"
        # (not when the noun names another trade than the one the section's person has: "», soupire
        # l'élue" after the doctor's words is the mayor named above, for anaphoric_speakers to find; s49)
        other_trade = noun_role not in ("autre", "inconnu") and current[0] is not None \
            and current[0].role not in ("", "autre", "inconnu") and current[0].role != noun_role
        # ("l'un des participants", "l'une d'elles": one of several, no one the section is about; s50)
        one_of = bool(det) and noun.split()[:1] in [[w] for w in cv.language_data().get("partitive_pronouns", [])]
        if person is None and current[0] is not None and det and noun[:1].islower() and not one_of \
                and (cv.PERSON_NOUN.search(noun) or names_a_trade(noun)) and not other_trade \
                and not (other and other.group("name").split()[-1] != current[0].surname):
            # "explique le médecin": the person the section is about; not a thing ("Comme le dit le
            # psaume"), a name ("Le Dr Soilihi, pédiatre, insiste"), nor a phrase naming someone else
            # ("La déléguée de l'ARS, Claire Dubreuil, a répondu : « … »")
            person = current[0]
        if person is None and other_trade and words >= 3:
            region, place = resolve_region(who, ctx.gazetteer)
            return QuoteCall(True, {"speaker": "", "role_raw": who, "role": noun_role, "region": region, "place": place})
        if person is not None:
            person.descriptions.append(who)
    else:
        person = current[0]
    if person is not None:
        current[0] = person
        return QuoteCall(True, {"person": person})
    if who and words >= 3 and cv.PERSON_NOUN.search(who):
        region, place = resolve_region(who, ctx.gazetteer)  # "une infirmière de Gironde"
        return QuoteCall(True, {"speaker": "", "role_raw": who, "role": normalize_role(who),
                                "region": region, "place": place})
    if who and words >= 3 and cv.ANONYMOUS_VOICE.match(who):
        # "« … », lance une voix dans la salle": someone speaks whom the text does not identify
        region, place = resolve_region(who, ctx.gazetteer)
        return QuoteCall(True, {"speaker": "", "role_raw": who, "role": "inconnu", "region": region, "place": place,
                                "attr_source": "attribution"})
    return QuoteCall(False)


# the apposition after a full name that presents the person: ", titulaire de l'officine,"
PRESENTED_APPOSITION = re.compile(r"\s*,\s*(?P<desc>[^,«»\"“.;:()]{2,80})\s*,")


def speaking_names(text: str):
    """Names followed, in the same sentence, by a speech verb, or introduced by "Pour"/"Selon"
    ("Pour l'infirmière Sophie Lacan, …"); first names given with an apposition that describes a
    person ("Catherine, 56 ans, infirmière à Lorient, …")."""
    for m in cv.FIRST_NAME_APPOSITION.finditer(text):
        # (not a list of trades opening a sentence: "Médecins, infirmiers, kinés, pharmaciens : tous …")
        if describes_person(m.group("desc")) and not cv.PERSON_NOUN.match(m.group("name").lower()):
            yield m
    for m in cv.NAME.finditer(text):
        after = text[m.end():m.end() + 90]
        before = text[max(0, m.start() - 40):m.start()]
        sentence = re.split(r"[.!?]\s", after)[0]
        presented = PRESENTED_APPOSITION.match(text, m.end())
        if presented and describes_person(presented.group("desc")):
            # "Claire Vergnaud, infirmière libérale à Rochechouart, a mis en place …": a person the
            # text presents by name and what they do is the nearest one a later "il"/"elle" stands
            # for ("« … », assure-t-elle"), whatever verb follows the apposition
            yield m
            continue
        if re.search(r"\b(?:" + cv.SPEECH_VERBS + r")\b", sentence, re.IGNORECASE) and "\"" not in sentence \
                and "«" not in sentence or cv.SPEAKER_INTRO.search(before):
            yield m


def collect_appositions(text: str, ctx: Context) -> None:
    """Descriptions given next to a name: "X, président de la fédération," / "sa présidente X"."""
    for m in cv.FIRST_NAME_APPOSITION.finditer(text):
        if m.group("name") in ctx.persons and describes_person(m.group("desc")):
            town = closing_town(text, m.end())  # "Yannick, 71 ans, retraité, Chaumont. « … »" (segment/vox_pops.py)
            ctx.persons[m.group("name")].descriptions.append(m.group("desc").strip() + (f", {town}" if town else ""))
    for m in cv.NAME.finditer(text):
        name = m.group("name")
        if name not in ctx.persons and not any(p.surname == name.split()[-1] for p in ctx.persons.values()):
            continue
        person = ctx.person(name)
        after = re.match(r",\s*(?P<d>[^,.;:«\"“]{2,80})", text[m.end():])
        presented = PRESENTED_APPOSITION.match(text, m.end())
        if after and (names_a_person_phrase(after.group("d")) or presented and describes_person(presented.group("desc"))):
            # "Thierry Meyer, titulaire de l'officine, ne s'en amuse …": what the person does
            person.descriptions.append(with_trade_after_age(after.group("d").strip(), text[m.end() + after.end():]))
        before = re.search(rf"\b(?P<d>(?:{cv.POSSESSIVES})\s+[^,.;:\"«]{{2,80}}?|(?:{cv.DETERMINERS})\s*[\w-]+),?\s*$",
                           text[max(0, m.start() - 90):m.start()])
        if before and names_a_person_phrase(before.group("d")):
            person.descriptions.append(before.group("d").strip())


# a document whose speakers are named people quotes at least this many of them by name
MIN_NAMED_QUOTES = 2


def named_quotes(lines: list[TextLine]) -> int:
    """Quotes whose sentence names a person with a speech verb, before ("Sylvie Rossignon
    retient que « … »", "Thierry Blanc, pharmacien, le reconnaît : « … »") or after ("« … »,
    explique Claude Leicher"), or introduces them ("Pour l'infirmière Sophie Lacan, … : « … »")."""
    n = 0
    for ln in lines:
        if "«" not in ln.text and '"' not in ln.text and "“" not in ln.text:
            continue
        first_names = {m.group("name") for m in cv.FIRST_NAME_APPOSITION.finditer(ln.text)
                       if describes_person(m.group("desc"))}
        opener = cv.FIRST_NAME_APPOSITION.match(ln.text)
        if opener and describes_person(opener.group("desc")) and find_quotes(ln.text):
            n += 1  # "Léa*, assistante de service social …, a vu arriver … « … »": the paragraph is about her
            continue
        for a, b in find_quotes(ln.text):
            va = cv.VERB_AFTER.match(ln.text[b:b + 160])
            before = sentence_before(ln.text, a)
            introduced = any(cv.SPEAKER_INTRO.search(before[max(0, m.start() - 40):m.start()])
                             for m in cv.NAME.finditer(before))
            first = cv.FIRST_NAME_APPOSITION.search(before)
            if first and describes_person(first.group("desc")):
                n += 1
                continue
            if va and va.group("who") and any(re.match(rf"\s*{re.escape(f)}\b", va.group("who")) for f in first_names):
                n += 1  # "« … », raconte Julien." after "Julien, 34 ans, pharmacien …"
                continue
            if cv.NAMED_BEFORE.search(before) or introduced or (
                    va and va.group("who") and cv.NAME.search(va.group("who"))):
                n += 1
            elif n_words(ln.text[a:b]) >= 5 and speaks(ln.text[a + 1:b - 1]) and portrait_name(ln.text):
                n += 1  # "« On s'est rendu compte … » Le constat est signé Nathalie Morel, infirmière …"
    return n


@cv.per_language_data
def _event_host() -> re.Pattern:
    d = cv.language_data()
    words = list(d.get("host_credit_words", [])) + list(d.get("event_companions", []))
    return re.compile(rf"^\s*(?:{cv.literal_alternation({fold(w).lower() for w in words}) or '(?!)'})(?!\w)")


def _hosts_event(desc: str) -> bool:
    """A dash's description that credits an event's host or guest ("animé par une psychologue",
    "avec une infirmière de l'équipe …"): the session's, not the quotation's speaker."""
    return bool(_event_host().match(fold(desc).lower()))
