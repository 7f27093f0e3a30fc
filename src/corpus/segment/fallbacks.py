"""Convention-independent fallbacks: someone's words found when no known convention matches.

The cascade of ``quotes`` and ``discovery`` recognises attribution forms and label shapes it has
seen. A document in a convention nobody described still reports people's words; these fallbacks
find them from what does not depend on the convention, under a per-document prior:

- the prior: the document's own methods vocabulary ("entretiens semi-directifs", "focus group",
  "enquêtés" …, lang/fr ``fallbacks.yaml``) says it reports qualitative material;
- a quotation in guillemets or an italic block of at least ``fallback_min_words`` words that reads
  as speech (first person, oral markers) is a verbatim, unless it cites the literature (author
  and year, a law article), mentions a phrase (after a determiner), is a scripted message, a
  questionnaire item or a question of an interview guide. Its speaker is what a generic search
  finds next to it (a short code in brackets after the quote, a description on the line below),
  else unknown;
- line-initial labels of any shape ("Ch/", "Méd.-A :") that alternate over a run of paragraphs
  that speak are turns (``discovery.dialogue_labels`` decides, as for the known shapes).
"""

from __future__ import annotations

import bisect
import re

from ..text import fold
from . import conventions as cv
from .attributions import counted_profile, describe, describes_person, is_place
from .base import TextLine, append_cut, line_below, n_words
from .former_functions import past_trade
from .guarded import Guarded
from .introduced_pseudonyms import key_entries
from .labels import turn_match
from .roles import ROLE_RULES, matched_role, names_a_profession, names_a_trade, normalize_role
from .transposed_tables import row_cells

# a label of any shape opening a paragraph: up to three short tokens (letters, digits, dots,
# hyphens, brackets), then a colon, a slash or a dash between spaces (the separators TURN knows
# for known shapes), then the words ("Ch/ Pour commencer", "Méd.-A : …", "Méd.-A — …")
GENERIC_LABEL = re.compile(
    r"^\s*(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s*)?"
    r"(?P<label>[\[(]?[^\W_][\w.'’\-\])(]{0,14}(?:\s[\w.'’\-\])(]{1,14}){0,2})"
    r"\s*(?::\s|/\s|(?<=\s)[—–]\s)(?=\s*\S)")
# a short code in brackets or parentheses right after a quote ("[Bêta]", "(Alpha)", "(int. 5).")
BRACKET_AFTER = re.compile(r"^\s*[.,]?\s*[\[(](?P<code>[^\[\]()]{1,30})[\])]\s*(?:[.;,]|$)")
# the same alone on the line under the quote ("[entretien C, l. 112]")
BRACKET_LINE = re.compile(r"\s*[\[(](?P<code>[^\[\]()\n]{1,40})[\])]\s*\.?\s*$")
# a numbered reference in brackets after a quote ("[12]", "[3, 7]", "[4-6]")
BRACKET_REFERENCE = re.compile(r"^\s*[.,]?\s*\[\s*\d{1,3}(?:\s*[,;–-]\s*\d{1,3})*\s*\]")
# a reference in a parenthesis: a year, a page, a law article ("(2021)", "(p. 45)", "(article L. 1434-12)")
REFERENCE = re.compile(r"\b(?:19|20)\d\d\b|\bp\.\s*\d|\d+-\d+")
YEAR_IN_PARENS = re.compile(r"\([^()]*\b(?:19|20)\d\d\b[^()]*\)")
# a quotation right after a determiner and a noun, without a colon or a verb, is what the noun names
# ("La relance « … » permettait", "le slogan « … »"), not someone's words said there
# (the determiners: lang/fr grammar.yaml noun_determiners)
NOUN_BEFORE = re.compile(rf"(?:^|[\s,(])(?:{cv.word_forms('noun_determiners')})\s*(?P<noun>[^\W\d_]{{3,}})\s*$",
                         re.IGNORECASE)
# an author and a year in parentheses ("Martin (2020)", "Fournier et al. (2018)")
CITED_STUDY = re.compile(rf"[A-ZÉ][\w'’-]+(?:\s+(?:{cv.word_forms('citation_others')})\.?)?\s*"
                         r"\((?:19|20)\d\d[a-z]?(?:,[^()]{0,20})?\)")
# the conjunctions of a list of people, the determiners of a group, the words of a range of codes
# (lang/fr grammar.yaml); a range's dashes are its punctuation
PEOPLE_SPLIT = re.compile(rf"[,;()]|\b(?:{cv.word_forms('people_conjunctions')})\b")
GROUP_DETERMINER = re.compile(rf"\b(?:{cv.word_forms('group_determiners')})\b")
_RANGE = cv.word_forms("range_words")
_AND = cv.word_forms("list_conjunctions")
_LEGEND_COPULA = cv.word_forms("legend_copulas", r"\s+")  # "IDE est infirmière" (lang/fr fallbacks.yaml)  # (one word, or words of one length: it is in a lookbehind)
# a description line under a quote: short, no sentence end inside, opened by any mark (→, –, •, ~)
DESCRIPTION_LINE = re.compile(r"^\s*[^\w\s]{0,3}\s*(?P<desc>[^\W\d_][^.!?«»~]{2,100}?)\s*[^\w\s]{0,3}\s*$")
MAX_DESCRIPTION_WORDS = 12
MAX_TITLE_DESC_WORDS = 16  # the function under a name set as a title: a line, not a paragraph
MAX_FIRST_FIELD_WORDS = 6  # "IDEL en zone rurale", "médecin généraliste": a sentence runs longer


def _setting(key: str, default: int) -> int:
    value = cv.DATA.get(key, default)
    return int(value) if isinstance(value, int) else default


def qualitative_scan(texts: list[str]) -> tuple[list[str], set[int], set[int]]:
    """One pass over the document for the methods words of qualitative research: (the words
    used, folded and distinct, strong ones first, each in text order; the indices of the texts
    holding a strong word; of those holding any). The prior holds when ``reports_qualitative``
    says so."""
    found: dict[str, tuple[str, str]] = {}
    starts, pos = [], 0
    for t in texts:
        starts.append(pos)
        pos += len(t) + 1
    joined = "\n".join(texts)
    lines: dict[str, set[int]] = {"strong": set(), "weak": set()}
    for pattern, weight in ((cv.QUALITATIVE_STRONG, "strong"), (cv.QUALITATIVE_WEAK, "weak")):
        for m in pattern.finditer(joined):
            lines[weight].add(bisect.bisect_right(starts, m.start()) - 1)
            word = " ".join(fold(m.group(0)).split())
            # one word whatever its gender and number ("enquêté", "enquêtées")
            found.setdefault(" ".join(re.sub(r"(?:e?s|e)$", "", w) for w in word.split()), (word, weight))
    return [f"{w} ({kind})" for w, kind in found.values()], lines["strong"], lines["strong"] | lines["weak"]


def qualitative_evidence(texts: list[str]) -> list[str]:
    """The methods words of qualitative research the document uses (see ``qualitative_scan``)."""
    return qualitative_scan(texts)[0]


def declares_own_notes(texts: list[str]) -> bool:
    """Whether the document says its set-apart passages are the author's own notes, not anyone's
    words ("J'en reproduis des extraits en italique ; ce sont mes notes, … et non des propos
    recueillis"): its italic paragraphs are then no one's quotation (fallbacks.yaml
    own_notes_declarations; s51)."""
    phrases = [fold(p).lower() for p in cv.language_data().get("own_notes_declarations", [])]
    if not phrases:
        return False
    # (each line folded once, through fold's cache: the lines are folded elsewhere too)
    return any(p in folded for folded in map(fold, texts) for p in phrases)


def reports_qualitative(evidence: list[str]) -> bool:
    """One strong marker or two distinct weak ones."""
    strong = sum(1 for e in evidence if e.endswith("(strong)"))
    return strong >= 1 or len(evidence) - strong >= 2


def speech_markers(words: str) -> int:
    """How many first-person or oral markers the words hold; a word in capitals is an acronym ("ON"
    for outils numériques), not the pronoun."""
    return sum(1 for m in cv.SPEECH_MARKER.findall(words) if not (len(m) > 1 and m.isupper()))


def reads_as_speech(words: str, block: bool = False) -> bool:
    """First person or oral markers, at least ``speech_min_markers`` times
    (``speech_min_markers_block`` for a quotation that fills its paragraph)."""
    return speech_markers(words) >= (_setting("speech_min_markers_block", 1) if block else _setting("speech_min_markers", 2))


def _cites(before: str, after: str) -> bool:
    """A literature citation or a reference around the quote: an author and a year in the
    sentence before ("Comme l'écrit Bloch (2021), « … »") or a reference right after it."""
    if YEAR_IN_PARENS.search(before) or cv.AUTHOR_YEAR.search(before.rstrip(" ,:")[-40:]):
        return True
    if cv.CITATION_NUM.match(after) or BRACKET_REFERENCE.match(after):
        return True  # a numbered reference: "« … » (20)", "« … » [12]"
    paren = re.match(r"\s*[.,]?\s*\((?P<p>[^()]{1,80})\)", after)
    return bool(paren and (REFERENCE.search(paren.group("p")) or cv.AUTHOR_YEAR.search(paren.group("p"))))


def is_speech_quote(inner: str, before: str, after: str, mention_before: re.Pattern, block: bool = False) -> bool:
    """Whether a quotation no convention attributed is someone's words: long enough, speaking,
    not a question of a guide, not a mention, a citation, a script or a public figure's words.
    ``block``: the quotation fills its paragraph (a block quote, a bullet)."""
    shortest = _setting("fallback_min_words_block", 5) if block else _setting("fallback_min_words", 8)
    if n_words(inner) < shortest or not reads_as_speech(inner, block):
        return False
    if inner.rstrip(" .…»\"”").endswith("?"):
        return False  # the question of an interview guide or a questionnaire
    if cv.DIARY_ENTRY.match(inner):
        return False  # "12 mars. – Je me sens …": a dated entry of the author's field diary
    if cv.TEMPLATE_CIVILITIES.search(inner) or len(cv.TEMPLATE_BLANK.findall(inner)) >= _setting("template_min_blanks", 2):
        return False  # "Je vous appelle au sujet de M. / Mme …, que je vois pour … ;": a model phrase to fill in
    noun = NOUN_BEFORE.search(before)
    if noun and cv.PERSON_NOUN.match(noun.group("noun")):
        noun = None  # "comme le dit la coordinatrice « … »": a person speaks
    if mention_before.search(before) or noun or _cites(before, after):
        return False
    if cv.INTERVIEWER.search(before):
        return False  # the interviewer's own words ("L'enquêtrice se présentait ainsi : « … »")
    return not cv.SCRIPTED.search(before) and not cv.PUBLIC_SPEAKER.search(before)


# the incise after a quotation, up to its sentence's end ("…", lancent en chœur les deux associées.)
INCISE_AFTER = re.compile(r"^\s*[,–—-]\s*(?P<incise>[^.!?«»\"“”]{3,80})")
MAX_LEAD_WORDS = 20  # "Plusieurs participants, presque ensemble :": a lead, not a paragraph
DESCRIPTION_WORDS = 4  # "…, cordiste :": a lead's last clause naming a trade describes the person


def _date_key(date: str) -> str:
    """A date as a key: folded, "1er" as "1", spaces collapsed ("14 Avril  2022" -> "14 avril 2022")."""
    return " ".join(re.sub(r"(?<=\d)er\b", "", fold(date)).split())


def interview_dates(texts: list[str]) -> dict[str, str]:
    """A list of the interviews by date ("Entretiens cités" then "14 avril 2022 : directrice
    adjointe, CPAM du Cher, Bourges"): date -> the person's description; at least two entries
    describing persons, else {} (a chronology's dates describe events)."""
    entries = {}
    for t in texts:
        m = cv.INTERVIEW_DATE_ENTRY.match(t.strip())
        if m and describes_person(m.group("desc")):
            entries[_date_key(m.group("key"))] = m.group("desc").strip().rstrip(".")
    return entries if len(entries) >= 2 else {}


def interview_date_call(after: str, dates: dict[str, str]) -> tuple[str, tuple[int, int]] | None:
    """The description a quotation's call "(entretien du 14 avril 2022)" resolves in the list of
    interviews, and the call's span in ``after``; None when there is no such call or list entry."""
    m = cv.INTERVIEW_DATE_CALL.match(after)
    desc = dates.get(_date_key(m.group("key"))) if m else None
    return (desc, (m.start() + after[m.start():].index("("), m.end())) if desc else None


def anonymous_lead(lead: str) -> str:
    """The voice a lead ending with a colon has for the subject of its last clause, a voice the text
    does not identify ("…, quelqu'un nous a lancé :", "une voix s'est élevée des gradins :":
    attributions.yaml anonymous_voices), else ''."""
    lead = lead.strip()
    if not lead.endswith(":"):
        return ""
    clause = re.split(r"(?<=[.!?…,;])\s+", lead)[-1]
    voices = cv._alt(cv.language_data().get("anonymous_voices", [])) or "(?!)"
    m = re.match(rf"(?:{voices})(?![\w'’-])", clause, re.IGNORECASE)
    if m and n_words(clause) <= MAX_LEAD_WORDS:
        return m.group(0)
    # the voice subject of an earlier clause of the last sentence, what follows it qualifying the
    # scene: "Pendant ce chavirage, une voix a crié depuis la berge, sans que personne … d'un guide :"
    # (not "Une spectatrice du troisième rang, côté jardin, aide-soignante :": a last clause saying
    # what the person does describes them, what a reader gives)
    sentence = re.split(r"(?<=[.!?…])\s+", lead)[-1]
    clauses = re.split(r"(?<=[,;])\s+", sentence)
    last = clauses[-1].rstrip(" :")
    if n_words(sentence) > 2 * MAX_LEAD_WORDS or normalize_role(last) not in ("autre", "inconnu"):
        return ""
    for k, clause in enumerate(clauses[:-1]):
        m = re.match(rf"(?:{voices})(?![\w'’-])", clause, re.IGNORECASE)
        if m:
            # (a clause after the voice saying what the person does describes them: "Un spectateur d'environ
            # soixante-dix ans, ancien berger, a pris la parole :")
            # (an object relative clause says what others did with the words, not what the person does:
            # "Une intervention, que la retranscription n'a pas permis d'attribuer à un jeune ou à un animateur, …")
            return "" if any(_describes_trade(c) for c in clauses[k + 1:] if not re.match(r"qu(?:e\s|['’])", c)) \
                else m.group(0)
    return ""


def _describes_trade(clause: str) -> bool:
    """A short clause naming what someone does, now or formerly ("aide-soignante", "ancien berger")."""
    words = past_trade(clause.strip(" ,;:"))
    return n_words(clause) <= DESCRIPTION_WORDS and (names_a_trade(words.lower()) or describes_person(words))


def group_speech(lead: str, after: str) -> str:
    """Several people say the quotation at once: the lead that introduces it on its line ends
    with a colon and says so ("Plusieurs participants, presque ensemble :"), or the incise after
    it does ("…", lancent en chœur les deux associées). That lead or incise, else ''. Words:
    ``group_speech_words``."""
    lead = lead.strip()
    # (the lead's last sentence: "Chez un couple de Quimperlé, … aux deux parents, qui ont répondu ensemble :")
    sentence = re.split(r"(?<=[.!?…])\s+", lead)[-1]
    if lead.endswith(":") and n_words(sentence) > MAX_LEAD_WORDS:
        # a long sentence's last clause: "Quand je leur demande …, Inès et son compagnon répondent presque ensemble :"
        sentence = re.split(r"(?<=[,;])\s+", sentence)[-1]
    if lead.endswith(":") and n_words(sentence) <= MAX_LEAD_WORDS and cv.GROUP_SPEECH.search(sentence):
        return sentence
    incise = INCISE_AFTER.match(after)
    return incise.group("incise") if incise and cv.GROUP_SPEECH.search(incise.group("incise")) else ""


def nearby_attrs(text: str, b: int, after: str, inner: str, ctx, coded_parenthesis) -> tuple[dict | None, tuple[int, int] | None]:
    """Who a fallback quote is given to by a generic search: a short code in brackets closing
    its paragraph ("» [Bêta]"), else a person's description alone on the line below ("→ Camille,
    IDEL en zone rurale"); (attrs, the attribution's span or None). Nothing found: speaker '',
    role 'inconnu', ``attr_source`` '' (nothing was read). attrs None: a dash line under the quote
    signs it with a source that is no person (an epigraph's author and title)."""
    unknown = {"speaker": "", "role_raw": "", "role": "inconnu", "region": "", "place": "", "attr_source": ""}
    bracket, at = BRACKET_AFTER.match(after), b
    if not bracket and not after.strip():
        nl = text.find("\n", b)
        end = text.find("\n", nl + 1) if nl >= 0 else -1
        bracket = BRACKET_LINE.match(text, nl + 1, end if end >= 0 else len(text)) if nl >= 0 else None
        at = 0  # BRACKET_LINE matched on the whole text: its offsets are absolute
    if bracket:
        code = _code_of(bracket.group("code"))
        span = (at + bracket.start("code") - 1, at + bracket.end("code") + 1)
        if not code:
            return unknown, None
        numbered = _interview_number(code)
        if numbered:  # "(int. 5)": the fifth interview
            return {**unknown, "speaker": cv.interview_speaker(numbered), "attr_source": "attribution"}, span
        coded = coded_parenthesis(code, inner, ctx)
        if coded is not None:
            return coded, span
        if ctx.knows(code):
            return ctx.code_attrs(code), span
        if ctx.gazetteer is not None and is_place(code, ctx.gazetteer):
            return unknown, None  # "(Bretagne)": where, not who
        if normalize_role(code) not in ("autre", "inconnu"):
            return {**unknown, "role_raw": code, "role": normalize_role(code), "attr_source": "attribution"}, span
        if len(code.split()) <= 2 and code[0].isupper() and not REFERENCE.search(code):
            role = _defined_role(text, code, b)
            return {**unknown, "speaker": code, "role": role, "role_raw": "" if role == "inconnu" else code,
                    "attr_source": "attribution"}, span
        return unknown, None
    if after.strip():
        if not re.match(r"\s*[^\w\s«»\"“”]", after):
            return unknown, None  # a description after the quote on its line is set off by a mark ("/ infirmière")
        below, at = after, b  # the description run onto the quote's line by the extraction
    else:
        if (under := line_below(text, b)) is None:
            return unknown, None
        at, below = under
    m = DESCRIPTION_LINE.match(below)
    if not m or n_words(m.group("desc")) > MAX_DESCRIPTION_WORDS or "«" in below \
            or n_words(re.split(r"[,;(]", m.group("desc"))[0]) > MAX_FIRST_FIELD_WORDS:
        return unknown, None  # a sentence, not who someone is
    desc = m.group("desc").strip()
    span = (at + m.start("desc"), at + m.start("desc") + len(desc))
    coded = coded_parenthesis(desc, inner, ctx)
    if coded is not None:
        return coded, span
    if describes_person(desc):
        role, region, place = describe(desc, ctx.gazetteer)
        return {"speaker": "", "role_raw": desc, "role": role, "region": region, "place": place,
                "attr_source": "attribution"}, span
    if re.match(r"\s*[—–-]\s+\S", below):
        return None, None  # "— Albert Camus, La Peste": a source signed under the quote, nobody interviewed
    return unknown, None


# who a quote's line gives before it: a description in parentheses ("(IDEL, 45 ans) « … »") or a
# code and a dash or a colon ("E7 — « … »")
LEAD_PAREN = re.compile(r"^\W{0,3}\((?P<desc>[^()]{2,60})\)\s*$")
LEAD_CODE = re.compile(r"^\W{0,3}(?P<code>[A-ZÉ][\w.-]{0,10}\d{1,3}[a-z]?)\s*[—–:-]?\s*$")
# a thesis's numbered example led by its speaker's code and a colon: "(4) O2 : « … »"
EXAMPLE_CODE_LEAD = re.compile(r"^\s*\(\d{1,3}\)\s*(?P<code>[A-ZÉ][\w.-]{0,10}\d{1,3}[a-z]?)\s*:\s*$")


def example_code_attrs(lead: str, inner: str, ctx) -> dict | None:
    """A numbered example "(4) O2 : « … »" whose code the document describes (ctx.knows: the
    methods' "désignées O1 à O6", a participant table) and whose words speak: that code's
    attributes, else None. Read in any document, the prior or not: the example's number, a known
    code and the colon say who speaks; an unknown code, or no number, is left to the fallbacks."""
    m = EXAMPLE_CODE_LEAD.match(lead)
    if m is None or not ctx.knows(m.group("code")) or not reads_as_speech(inner, block=True):
        return None
    return ctx.code_attrs(m.group("code"))


def lead_attrs(lead: str, inner: str, ctx, coded_parenthesis) -> dict | None:
    """Who the text before a quote on its line names (see LEAD_PAREN, LEAD_CODE), else None."""
    paren = LEAD_PAREN.match(lead)
    if paren:
        desc = paren.group("desc").strip()
        coded = coded_parenthesis(desc, inner, ctx)
        if coded is not None:
            return coded
        if describes_person(desc):
            role, region, place = describe(desc, ctx.gazetteer)
            return {"speaker": "", "role_raw": desc, "role": role, "region": region, "place": place,
                    "attr_source": "attribution"}
        return None
    code = LEAD_CODE.match(lead)
    if code:
        return ctx.code_attrs(code.group("code")) if ctx.knows(code.group("code")) else \
            {"speaker": code.group("code"), "role_raw": "", "role": "inconnu", "region": "", "place": "",
             "attr_source": "attribution"}
    return None


def _code_of(content: str) -> str:
    """The speaker code of a bracketed source: without line or page references and the
    interview word ("entretien C, l. 112" -> "C"); '' when nothing is left."""
    fields = [f for f in (x.strip() for x in re.split(r"[,;]", content)) if f and not cv.LINE_REFERENCE.match(f)]
    words = cv.DATA.get("interview_words", [])
    if fields:
        first = fields[0].split()
        if len(first) > 1 and fold(first[0]).rstrip(".") in {fold(w) for w in words}:
            fields[0] = " ".join(first[1:])
    return " ".join(", ".join(fields).split())


def _interview_number(code: str) -> str:
    """The number of an interview an abbreviated interview word gives ("int. 5", "ent. 12",
    "itw 3"), else ''."""
    m = re.fullmatch(r"(?P<word>[^\W\d_]{2,10})\.?\s*(?:n°\s*)?(?P<num>\d{1,3})", code)
    if not m:
        return ""
    word = fold(m.group("word"))
    if any(fold(w).startswith(word) for w in cv.DATA.get("interview_words", [])):
        return str(int(m.group("num")))
    return ""


def _defined_role(text: str, code: str, quote_end: int) -> str:
    """The role the paragraph that first names a code outside quotes gives ("Six médecins
    généralistes … désignés par des lettres grecques (Alpha, Bêta, …)"), else 'inconnu'."""
    for m in re.finditer(rf"(?<![\w]){re.escape(code)}(?![\w])", text):
        if m.start() >= quote_end - 1:
            break
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        paragraph = text[start:end if end >= 0 else len(text)]
        if "«" in paragraph:
            continue
        role = normalize_role(paragraph)
        return role if role not in ("autre",) else "inconnu"
    return "inconnu"


def generic_label_lines(lines: list[TextLine]) -> dict[str, list[int]]:
    """label -> the lines a label of any shape opens ("Ch/ …", "Anim. : …"), outside the words
    that never name a speaker ("Tableau :", "Note :")."""
    out: dict[str, list[int]] = {}
    from .discovery import not_label
    from .labels import label_text

    for ln in lines:
        m = GENERIC_LABEL.match(ln.text)
        if not m:
            continue
        known = turn_match(ln.text)  # a known shape is read as discovery reads it ("Part. 1 :")
        label = label_text(known) if known else " ".join(m.group("label").split())
        # (not_label: also not_labels words joined by small words, "Exemple de réponse :", s34-segr59c)
        if fold(label).rstrip(".") in cv.NOT_LABELS or not_label(label) or len(label) > 24:
            continue
        out.setdefault(label, []).append(ln.index)
    return out


def split_at_generic(lines: list[TextLine], labels: tuple[str, ...], any_shape: bool = True) -> list[TextLine]:
    """Lines cut where a turn starts inside them: paragraphs the extraction ran together;
    re-indexed. A label of ``labels`` cuts anywhere after a space ("… huit ans enq: et la CPTS");
    with ``any_shape``, in a line that opens with one of them, any label shape after a sentence
    end cuts too ("… la deuxième vague ? Méd.-A : Honnêtement …")."""
    if not labels:
        return lines
    inside = re.compile(r"(?<=[.!?…»\]])\s+(?=" + GENERIC_LABEL.pattern[len(r"^\s*"):] + ")")
    alt = "|".join(re.escape(k) for k in sorted(labels, key=lambda k: (-len(k), k)))
    known = re.compile(rf"(?<=\s)(?={alt}(?::\s|/\s|\s:\s|\s[—–]\s))")
    key_entry = re.compile(rf"(?:^|;)\s*(?:{alt})\.?\s*:\s*[^;]+")
    out: list[TextLine] = []
    for ln in lines:
        if ";" in ln.text and len(key_entry.findall(ln.text)) >= 2:
            append_cut(out, ln, [])  # a key to the labels ("PR : prieur … ; AM : adjointe au maire …"): colon_key reads it whole
            continue
        m = GENERIC_LABEL.match(ln.text)
        opens = any_shape and bool(m) and " ".join(m.group("label").split()) in labels
        # never inside the line's own label ("Part. 1 :")
        after = m.end() if m else 0
        cuts = [c.end() for c in inside.finditer(ln.text, after) if opens]
        cuts += [c.start() for c in known.finditer(ln.text, after)]
        append_cut(out, ln, cuts)
    return out


def describe_generic_labels(text: str, lines: list[TextLine], labels: dict, generic: tuple[str, ...], ctx) -> None:
    """What the document says of fallback labels, added to ``ctx.participants``: the words before
    a parenthesis that lists the label ("deux médecins généralistes (Méd.-A, Méd.-B)"); else, for
    the one participant label of an interview, the person the lines above its first turn describe
    ("Entretien … à Périgueux (Dordogne) avec un pharmacien titulaire")."""
    from .regions import resolve_region

    todo = [k for k in generic if k in labels and labels[k].kind == "participant" and k not in ctx.participants]
    for code in todo:
        listed = re.search(rf"(?P<desc>[^,;:.()\n]{{3,60}}?)\s*\([^()\n]*?(?<![\w.-]){re.escape(code)}(?![\w-])[^()\n]*\)", text)
        if listed and normalize_role(listed.group("desc")) not in ("autre", "inconnu"):
            ctx.participants[code] = listed.group("desc").strip()
            continue
        # a guest the text presents in apposition ("nous avions invité le Dr Aubert, psychiatre au
        # centre médico-psychologique de Manosque"; s31-segr55a)
        labels_at = {lines[i].start for i in labels[code].lines}
        for m in re.finditer(rf"(?<![\w.-]){re.escape(code)}\s*,\s*(?P<desc>[^,;:.()«»\n]{{3,80}})", text):
            if m.start() not in labels_at and normalize_role(m.group("desc")) not in ("autre", "inconnu"):
                ctx.participants[code] = m.group("desc").strip()
                break
    participants = [k for k, v in labels.items() if v.kind == "participant"]
    if len(participants) != 1 or participants[0] not in todo or participants[0] in ctx.participants:
        return
    code = participants[0]
    first = labels[code].lines[0]
    above = [ln.text for ln in lines[max(0, first - 4):first] if ln.text.strip() and not GENERIC_LABEL.match(ln.text)]
    for t in reversed(above):
        for sentence in re.split(r"(?<=[.!?])\s+", t):
            # the sentence's first clause, its subject, before what else it names ("Neuf infirmiers …
            # ont participé au groupe, animé par deux élus de l'URPS": nurses; s54)
            head = sentence.split(",")[0]
            role = normalize_role(head) if normalize_role(head) not in ("autre", "inconnu") else normalize_role(sentence)
            if role not in ("autre", "inconnu"):
                ctx.participants[code] = head.strip() if normalize_role(head) == role else sentence.strip()
                region, place = resolve_region(" ".join(above), ctx.gazetteer) if ctx.gazetteer is not None else ("", "")
                if region:
                    ctx.participant_places.setdefault(code, (region, place))
                return


def _informants_only(piece: str) -> bool:
    """A piece whose people are the study's informants, named as such and by no trade ("La plupart
    des participants ont adhéré …"): the people the methods described, not a group of other trades
    (lang/fr/fallbacks.yaml informant_words)."""
    data = cv.language_data()
    folded = {fold(w).lower() for w in data.get("informant_words") or []}
    nouns = list(cv.PERSON_NOUN.finditer(piece))
    # "des participants aux ateliers", "les participants du forum": other people, whose complement says which
    preps = cv.word_forms("informant_complements", after=r"(?!\w)")
    complement = re.compile(rf"\w*\s+(?:{preps})", re.IGNORECASE)
    return bool(nouns) and all(fold(m.group(0) + re.match(r"\w*", piece[m.end():]).group(0)).lower() in folded
                               and not complement.match(piece, m.end())
                               for m in nouns)


def _names_several(piece: str) -> bool:
    """A piece naming a group of people ("Six médecins généralistes de la Sarthe", "les
    infirmières interrogées", "Caractéristiques des IDE"): a group word or a plural word that
    names a role; not one person's card or heading ("Infirmière du centre de santé de
    Maripasoula", "Entretien F – infirmière coordinatrice de SSIAD"), which says what one
    interviewee does, not the one trade of everyone the study heard (lang/fr/fallbacks.yaml
    informant_group_words, plural_endings)."""
    data = cv.language_data()
    group = {fold(w).lower() for w in data.get("informant_group_words") or []}
    endings = tuple(data.get("plural_endings") or ())
    words = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", fold(piece).lower())
    counted = (m.group(1) for m in re.finditer(r"\b(?:[2-9]|[1-9]\d+)\s+([^\W\d_][\w-]*)", piece))  # "12 IDE"
    return any(w in group for w in words) or any(matched_role(w) is not None for w in counted) \
        or any(len(w) > 3 and w.endswith(endings) and matched_role(w) is not None for w in words)


def _names_informant(piece: str) -> bool:
    """A description of one person as the study's interviewee ("Speaker 2 = l'infirmière en
    pratique avancée interrogée", "Profil de l'interviewée : infirmière Asalée"): the one person
    the study heard, whose trade is the study's (lang/fr/fallbacks.yaml informant_words)."""
    folded = {fold(w).lower() for w in cv.language_data().get("informant_words") or []}
    return any(w in folded for w in re.findall(r"[^\W\d_]+", fold(piece).lower()))


def _trade(piece: str) -> bool:
    """A piece that names a trade (of the vocabulary or outside it)."""
    role = normalize_role(piece)
    return role not in ("autre", "inconnu") or role == "autre" and names_a_profession(piece)


def _group_of_people(piece: str, counted: bool = False) -> bool:
    """A piece naming people as a group: a group determiner right before a person noun, perhaps
    one word between ("de professionnels de santé", "des praticiens interrogés", "de nombreux
    soignants"); ``counted``: a count too ("Douze patients suivis …", in a sentence saying who was
    included; elsewhere "quatre praticiens sur six" are some of the informants); not a noun an
    adjective made ("la communauté professionnelle territoriale de santé de leur secteur")."""
    from .introduced_groups import counts  # (it imports this module's neighbours: imported when needed)

    count = rf"|\b(?i:{counts()})\b" if counted and counts() else ""
    determiner = rf"(?:(?i:{GROUP_DETERMINER.pattern}){count})"
    return bool(re.search(rf"{determiner}\s+(?:[^\W\d_]+\s+)?(?i:{cv.PERSON_NOUN.pattern})", piece))


@cv.per_language_data
def _inclusion() -> re.Pattern:
    """A methods verb saying who took part (lang/fr/fallbacks.yaml study_inclusion_words)."""
    return re.compile(rf"(?<!\w)(?:{cv.word_forms('study_inclusion_words', data=cv.language_data())})(?!\w)",
                      re.IGNORECASE)


def _lay_group_role(piece: str) -> str:
    """The role of the lay people a piece of the methods names as a group ("au domicile des
    habitants", "auprès de familles"; lang/fr/introduced_groups.yaml), '' for other people."""
    from .introduced_groups import group_role

    found = group_role(piece)
    return found[0] if found and found[0] == "autre" else ""


def _counted_lay_group(piece: str, included: bool) -> bool:
    """Lay people the methods name as the study's group, counted or in a sentence saying who took
    part ("Nous avons rencontré six femmes suivies pour un diabète gestationnel": s41); a mention of
    "les patients" in a GPs' study names no informants."""
    from .introduced_groups import counts

    if not _lay_group_role(piece):
        return False
    return included or bool(counts() and re.search(rf"(?<!\w)(?:{counts()})\s+(?:[^\W\d_]+\s+)?[^\W\d_]+[sx]\b",
                                                     fold(piece).lower()))


@cv.per_language_data
def _literature_comparison() -> re.Pattern:
    """A discussion sentence's phrase setting the results beside other works (lang/fr
    fallbacks.yaml literature_comparisons): built once per language data."""
    return re.compile(rf"(?<!\w)(?:{cv.word_forms('literature_comparisons', data=cv.language_data())})(?!\w)",
                      re.IGNORECASE)


def compares_literature(sentence: str) -> bool:
    """A sentence setting the results beside other works ("Nos résultats rejoignent ceux des travaux
    menés en région Grand Est"): the places it names are those works' fields, not the study's."""
    return bool(_literature_comparison().search(sentence))


@cv.per_language_data
def _analysts() -> re.Pattern:
    return re.compile("|".join(cv.language_data().get("study_analyst_phrases", [])) or "(?!)")


def study_role(texts: list[str], marked: set[int] | None = None) -> str:
    """The one role of everyone the study interviewed, when the sentences of its methods (those
    with the qualitative vocabulary) name a single one ("Six médecins généralistes de la Sarthe
    ont été interrogés"); '' when they name none or several ("médecins et infirmières").
    ``marked``: the texts holding a methods word, when a scan already found them."""
    if marked is None:
        marked = qualitative_scan(texts)[2]
    roles: set[str] = set()
    strong: set[str] = set()  # the roles the sentences with a strong methods word name
    lay = False  # the methods count lay people among the informants
    single: set[str] = set()  # the roles of single persons' descriptions
    single_strong: set[str] = set()
    before_strong: set[str] = set()  # the roles named before any strong sentence named one
    for i in sorted(marked):
        for sentence in re.split(r"(?<=[.!?])\s+", texts[i]):
            included = bool(_inclusion().search(sentence))
            # (a sentence the study's authors write of their own fieldwork, "Nous avons interrogé …", "… ont
            # été interrogés", says who the informants are as a strong methods word does)
            methods_word = bool(cv.QUALITATIVE_STRONG.search(sentence))
            is_strong = methods_word or bool(_fieldwork_voice().search(sentence))
            if "«" in sentence or not (methods_word or cv.QUALITATIVE_WEAK.search(sentence) or included):
                continue
            if _literature_comparison().search(sentence):
                continue  # "Ces témoignages rejoignent les travaux de …": other works' people, no informant
            if _analysts().search(fold(sentence).lower()):
                continue  # "… codées par deux chercheurs": the analysts, no informants (s48)
            pieces = PEOPLE_SPLIT.split(sentence)
            described = [p for p in pieces if _trade(p)]
            if len(described) == 1 and not _names_several(described[0]) and not _names_informant(described[0]):
                # one interviewee's card or heading: what one person does, no study's trade; but a
                # trade other than the group's says the study heard several
                single.add(normalize_role(described[0]))
                if is_strong:
                    single_strong.add(normalize_role(described[0]))
                continue
            for piece in pieces:
                role = normalize_role(piece)
                if role not in ("autre", "inconnu") or role == "autre" and names_a_profession(piece):
                    roles.add(role)  # "chirurgiens-dentistes": a profession outside the vocabulary too
                    if is_strong and _names_people(piece):
                        strong.add(role)  # (people, not an institution named beside: "… transmis à l'Assurance maladie")
                elif _counted_lay_group(piece, included) and not _group_of_people(piece, counted=included):
                    # "six femmes suivies pour un diabète gestationnel": lay informants, no one trade;
                    # their role is left to their own descriptions (an undescribed voice stays inconnu)
                    lay = True
                elif _group_of_people(piece, counted=included) \
                        and n_words(sentence) >= MIN_METHODS_WORDS and not _informants_only(piece):
                    # "… et de professionnels de santé": people of no one role; not a title
                    # ("Annexe 2 – Caractéristiques des participants"), which names no one's trade;
                    # lay people ("menés au domicile des habitants") are autre, a role of their own
                    roles.add(_lay_group_role(piece))
                    if is_strong:
                        strong.add(_lay_group_role(piece))
            if len(strong) > 1:
                return ""  # two roles where the interviews are described: no single one (the set only grows)
            if not strong:
                before_strong |= roles | single
    # (the sentences that say who was interviewed decide over those of the results, further on, that only
    # mention another trade: "Les pharmaciens soulignent … l'information du médecin traitant", s55; not
    # over a methods sentence before them naming two: "… des médecins et des infirmières en entretiens")
    if len(strong) == 1 and strong != {"autre"} and (len(roles) > 1 or single - roles) and not before_strong - strong:
        roles, single = strong, single_strong
    if len(roles) != 1 or single - roles or lay:
        return ""
    return next(iter(roles))


@cv.per_language_data
def _fieldwork_voice() -> re.Pattern:
    """The authors' own voice on their fieldwork (grammar.yaml fieldwork_voice: "nous avons", "j'ai", "ont été
    interrogés")."""
    return cv._whole_words(cv.language_data().get("fieldwork_voice", []))


def _names_people(piece: str) -> bool:
    """The piece of a methods sentence names people (a person noun, a profession), not only a body."""
    return bool(cv.PERSON_NOUN.search(piece)) or any(names_a_profession(w) for w in re.findall(r"[\w-]+", piece))


def cites_a_study(before: str) -> bool:
    """The sentence introducing a quote cites another study ("Ces résultats rejoignent ceux de
    Martin (2020), où un médecin déclarait : « … »"): its words are that study's verbatim."""
    return bool(CITED_STUDY.search(before))


# a sentence of the methods is a sentence, not an attribution header ("Extrait d'entretien n°5
# (médecin généraliste, Calvados) :")
MIN_METHODS_WORDS = 8


def methods_sentences(texts: list[str], strong_lines: set[int] | None = None) -> list[str]:
    """The sentences that describe the interviews: a strong methods marker, at least
    MIN_METHODS_WORDS words, no interview number (an attribution or a card names one).
    ``strong_lines``: the texts holding a strong marker, when a scan already found them."""
    if strong_lines is None:
        strong_lines = qualitative_scan(texts)[1]
    out = []
    for i in sorted(strong_lines):
        for sentence in re.split(r"(?<=[.!?])\s+", texts[i]):
            if cv.QUALITATIVE_STRONG.search(sentence) and n_words(sentence) >= MIN_METHODS_WORDS \
                    and not cv.INTERVIEW_REF.search(sentence):
                out.append(sentence)
    return out


HYPHEN_CLITIC = re.compile(r"-[^\W\d_]+")
MAX_TURN_PARAGRAPHS = 4  # paragraphs read as one turn when deciding whether answers speak


def _name_words(label: str) -> set[str]:
    """The words of a label that can name a character: three letters or more ("DR PERRIN" -> perrin)."""
    return {w for w in re.findall(r"[^\W\d_]{3,}", fold(label).lower())} - {"mme", "mlle", "monsieur", "madame"}


def cast_characters(labels: dict, lines: list[TextLine]) -> set[str]:
    """Labels naming characters of a cast list ("Personnages : Mme Leroy, 84 ans ; Julie, …"):
    a play's or a role-play script's lines, which someone wrote, not people's words."""
    cast = [set(re.findall(r"[^\W\d_]{3,}", fold(ln.text).lower())) for ln in lines if cv.CAST_LIST.match(ln.text)]
    if not cast:
        return set()
    return {k for k in labels if (words := _name_words(k)) and any(words & c for c in cast)}


def answers_speak(labels: dict, lines: list[TextLine]) -> int:
    """How many turns of the labels other than the interviewer's speak as people do (first
    person, oral markers), each turn read with the unlabelled paragraphs below it."""
    labelled = {i for v in labels.values() for i in v.lines}
    spoken = 0
    for v in labels.values():
        if v.kind == "moderator":
            continue
        for i in v.lines:
            turn = [lines[i].text]
            for j in range(i + 1, min(i + MAX_TURN_PARAGRAPHS, len(lines))):
                if j in labelled:
                    break
                turn.append(lines[j].text)
            # an imperative's clitic ("Écrivez-nous") addresses the reader; it is no one speaking
            spoken += bool(cv.SPEECH_MARKER.search(HYPHEN_CLITIC.sub(" ", fold(" ".join(turn)))))
    return spoken


MAX_TITLE_WORDS = 8  # a title above a dialogue: short, no sentence


def scripted_title(labels: dict, lines: list[TextLine]) -> bool:
    """The dialogue sits right under a short title naming a script or instructions ("Script du
    patient standardisé", "Consignes"): a role-play or an exam station's lines, written for actors."""
    first = min((i for v in labels.values() for i in v.lines), default=0)
    if first == 0:
        return False
    title = lines[first - 1].text.strip()
    return 0 < n_words(title) <= MAX_TITLE_WORDS and not title.rstrip(":").endswith((".", "!", "?", "»")) \
        and bool(cv.SCRIPTED.search(title))


# one word and a colon before a key's first entry ("Locuteurs : L1 : …", "Légende : …", "Note :
# Locuteur 1 : l'enquêtrice ; …": a label of a word and a number too)
KEY_TITLE = re.compile(r"^[A-ZÉ][\w'’-]{2,20}\s*:\s*(?=\S{1,12}(?:\s\d{1,3})?\s*:)")


# a sentence's end inside a profile: a full stop after a small letter, a digit or a parenthesis,
# then a capital ("… par semaine. Entretien filmé …"; not "Dr. Martin" nor "2 h. 30")
SENTENCE_BREAK = re.compile(r"(?:(?<=[a-zà-ÿ]{2})|(?<=[0-9)]))\.\s+(?=[A-ZÀ-Ý])")


def described_label(labels: dict, lines: list[TextLine]) -> dict[int, dict[str, str]]:
    """The transcript's first labelled line when it describes the label's speaker rather than
    speaking: an interview sheet's profile line ("SF3 : sage-femme libérale installée à Évreux
    depuis 2011, …") above the interviewer's first question, the same label taking turns after
    it. A description starts in lower case (a turn with a capital) and names a role, without a
    word of speech (grammar.yaml spoken_words: "SF3 : sage-femme, oui, depuis 2011" answers);
    {line: {label: description}}, as colon_key (s24-segattr5)."""
    first = min((i for v in labels.values() for i in v.lines), default=None)
    if first is None:
        return {}
    owner = [k for k, v in labels.items() if first in v.lines]
    if len(owner) != 1 or labels[owner[0]].kind != "participant" or len(labels[owner[0]].lines) < 2 \
            or not any(v.kind == "moderator" for v in labels.values()):
        return {}
    m = re.match(rf"\s*{re.escape(owner[0])}\.?\s*:\s*(?P<desc>[a-zà-ÿ][^«»“”?!]+)$", lines[first].text)
    if m is None:
        return {}
    desc = m.group("desc").strip()
    # the profile ends before a sentence that names another label ("… deux jours par semaine.
    # Convention : … ; CH désigne l'étudiant chercheur."): that sentence is a key to the other
    # label, and its interviewer's word is not this speaker's (s27-segr46a)
    others = [k for k in labels if k != owner[0]]
    kept = []
    for sentence in SENTENCE_BREAK.split(desc):
        if any(re.search(rf"(?<!\w){re.escape(k)}(?!\w)", sentence) for k in others):
            break
        kept.append(sentence)
    desc = " ".join(kept).strip() or desc
    words = set(re.findall(r"[\w]+['’]?", fold(desc).lower()))
    spoken = {fold(w).lower() for w in cv.language_data().get("spoken_words", [])}
    head = re.split(r"[,;.(]", desc, maxsplit=1)[0]
    if words & spoken or normalize_role(head) in ("autre", "inconnu"):
        return {}
    return {first: {owner[0]: desc.rstrip(".")}}


def colon_key(labels: dict, lines: list[TextLine]) -> dict[int, dict[str, str]]:
    """Lines that are a key to the labels rather than a turn: two labels or more, each with a
    colon and a description, separated by semicolons ("Intervenant 1 : Léa Castaing, animatrice ;
    Intervenant 2 : Jérôme Labat, infirmier libéral …"); by line, each label's description."""
    keys = {}
    # or a key under a word of its own: "Locuteurs : L1 : enquêtrice ; L2 : M. Abbes, patient ; …"
    titled = {ln.index for ln in lines if KEY_TITLE.match(ln.text)}
    for i in sorted({i for v in labels.values() for i in v.lines} | titled):
        text = lines[i].text
        keyed = {k: d for k, d in key_entries(text).items() if k in labels}
        if keyed:  # "MARCEL : pseudonyme – infirmier libéral à Aubusson.": one such entry is a key
            keys[i] = keyed
            continue
        if ";" not in text:
            continue
        entries = {}
        for k in labels:
            m = re.search(rf"(?:^|;|^{KEY_TITLE.pattern[1:]})\s*{re.escape(k)}\.?\s*:\s*(?P<desc>[^;]+)", text)  # "MG3. : médecin"
            if m:
                entries[k] = m.group("desc").strip().rstrip(".")
        if len(entries) >= 2:
            keys[i] = entries
    return keys


def _label_words(info, lines: list[TextLine]) -> str:
    """The words of a label's first turn: its line, or the line below a label alone on its line."""
    i = info.lines[0]
    return lines[i + 1].text if i in info.standalone and i + 1 < len(lines) else lines[i].text


def labels_not_speech(labels: dict, lines: list[TextLine]) -> bool:
    """Labelled lines that are not people's words: most speaking labels are characters of a cast
    list (a script), the dialogue sits under a script's title, or no turn but the interviewer's
    speaks (an FAQ's "Q. – / R. –")."""
    speaking = [k for k, v in labels.items() if v.kind != "moderator"]
    if not speaking:
        return False
    if scripted_title(labels, lines):
        return True
    if 2 * len(cast_characters({k: labels[k] for k in speaking}, lines)) >= len(speaking) >= 2:
        return True
    answers = sum(len(labels[k].lines) for k in speaking)
    # a list of profiles ("Médecin 2 : installé depuis 1991, …"): each label once, no interviewer
    # (read on their own line: what follows a list is the document, not the profile)
    if len(speaking) >= 2 and len(speaking) == len(labels) and all(len(labels[k].lines) == 1 for k in speaking):
        return not any(cv.SPEECH_MARKER.search(HYPHEN_CLITIC.sub(" ", fold(_label_words(labels[k], lines))))
                       for k in speaking)
    # a short exchange ("E4 : Par un confrère.") is too little to judge
    return answers >= _setting("min_answers_judged", 3) and answers_speak(labels, lines) < _setting("min_spoken_answers", 1)

# a signature run onto the end of the paragraph it signs ("… venir. Claire, infirmière libérale, Les
# Sables-d'Olonne")
SIGNATURE_END = re.compile(r"(?<=[.!?…])\s+(?P<sig>[A-ZÉÈ][^.!?«»\n]{3,100}?)\s*\.?\s*$")
MIN_SIGNED_WORDS = 12
# or a description in square brackets closing the paragraph, as a report restores a group's
# exchange reply by reply ("– La pirogue. Quand le fleuve est bas, … [infirmière, Maripasoula]")
BRACKETED_SIGNATURE_END = re.compile(r"(?<=[.!?…])\s+\[(?P<sig>[^\[\]\n«»]{3,100}?)\]\s*\.?\s*$")
# the dialogue dash opening such a reply: its layout says the words are someone's
REPLY_DASH = re.compile(r"^\s*[–—-]\s+(?=\S)")


def is_signature(text: str) -> bool:
    """A line that only says who someone is: a first name and a description ("Claire, infirmière
    libérale, Les Sables-d'Olonne") or a description of two fields or more; short, no sentence."""
    t = text.strip()
    if not t or n_words(t) > MAX_DESCRIPTION_WORDS or re.search(r"[.!?:«»\"“”]", t.rstrip(".")) \
            or n_words(re.split(r"[,;(]", t)[0]) > MAX_FIRST_FIELD_WORDS:
        return False
    named = cv.PSEUDONYM.match(t)
    if named and describes_person(named.group("rest")):
        return True
    if counted_profile(t):  # "Gérard, 40 ruches, Vatan": a first name, what they count and where
        return True
    return describes_person(t) and len([f for f in re.split(r"[,;]", t) if f.strip()]) >= 2


def bracketed_signature(text: str) -> bool:
    """A description in square brackets that says who someone is: a signature (is_signature), or
    what the person does and where, the place last and capitalised ("médiatrice en santé,
    Papaïchton"); no stage direction ("rires", "Le téléphone sonne, l'IDEC répond, …")."""
    if is_signature(text):
        return True
    fields = [f.strip() for f in text.split(",") if f.strip()]
    return len(fields) == 2 and n_words(fields[0]) <= MAX_FIRST_FIELD_WORDS and fields[0][:1].islower() \
        and fields[1][:1].isupper() and n_words(fields[1]) <= 4 and not re.search(r"[.!?:«»\"“”\d]", text)


def signed_speech(text: str) -> bool:
    """A paragraph without quotation marks that reads as someone's words: long enough, first
    person singular or oral words and speech markers, no question, not an introduction (":")."""
    t = text.strip()
    return n_words(t) >= MIN_SIGNED_WORDS and not re.search(r"[«»\"“”]", t) and not t.endswith((":", "?")) \
        and bool(cv.SINGULAR.search(t)) and reads_as_speech(t)


# a paragraph that is nothing but quotations: « … » or “ … ”, one or more, a period between
QUOTED_PARAGRAPH = re.compile(r"^\s*(?:[«“][^«»“”]+[»”]\s*[.,;]?\s*)+$")
QUOTED_INNER = re.compile(r"[«“]([^«»“”]+)[»”]")


# a quotation closing its paragraph: « … » then at most a period
CLOSING_QUOTE = re.compile(r"[«“](?P<inner>[^«»“”]+)[»”]\s*[.,;]?\s*$")


def quoted_speech_paragraphs(texts: list[str]) -> int:
    """Paragraphs that end on a quotation reading as speech, or are wholly quotations (field
    notes' «On cultive pour vivre», a testimony under its author's name): the layout of a
    document that reports people's words whether or not it names its method."""
    n = 0
    for t in texts:
        if QUOTED_PARAGRAPH.match(t):
            n += reads_as_speech(" ".join(QUOTED_INNER.findall(t)), block=True)
        elif m := CLOSING_QUOTE.search(t):
            n += reads_as_speech(m.group("inner"), block=True)
    return n


def layout_evidence(texts: list[str]) -> list[str]:
    """The layout prior, as evidence for ``corpus inspect``: enough paragraphs wholly quoted speech."""
    n = quoted_speech_paragraphs(texts)
    if n >= _setting("layout_min_quoted_paragraphs", 3):
        return [f"{n} paragraphs wholly quoted speech (layout)"]
    # or replies opened by a dash and signed in brackets ("– La pirogue. … [infirmière, Maripasoula]")
    signed = sum(1 for t in texts if REPLY_DASH.match(t) and (m := BRACKETED_SIGNATURE_END.search(t))
                 and bracketed_signature(m.group("sig")))
    return [f"{signed} dash replies signed in brackets (layout)"] if signed >= _setting("layout_min_quoted_paragraphs", 3) else []


def _is_question(text: str) -> bool:
    return text.rstrip(" »\"”").endswith("?")


def italic_question_lines(lines: list[TextLine], styles, text: str) -> dict[int, int]:
    """A transcript without labels whose interviewer is set in italics, the interviewee in roman
    (as a note above it says): line index -> line end of each paragraph wholly in italics from
    the first italic question to the last, when at least ``qa_min_questions`` italic questions
    are each followed by a roman paragraph that speaks; {} otherwise. These lines then serve as
    the question headings of ``question_headings_interview``."""
    if not styles:
        return {}
    italic = {}
    for ln in lines:
        t = ln.text.strip()
        if not t:
            continue
        runs = styles.runs("italic", ln.start, ln.end, text)
        lead = ln.start + len(ln.text) - len(ln.text.lstrip())
        if runs and runs[0][0] <= lead and runs[-1][1] >= lead + len(t) - 1 and len(runs) == 1:
            italic[ln.index] = ln.end
    questions = [i for i in sorted(italic) if _is_question(lines[i].text)]
    answered = [i for i in questions if i + 1 < len(lines) and i + 1 not in italic
                and reads_as_speech(fold(lines[i + 1].text), block=True)]
    if len(answered) < _setting("qa_min_questions", 3) or 3 * len(answered) < 2 * len(questions):
        return {}
    return {i: end for i, end in italic.items() if questions[0] <= i <= questions[-1]}


# a paragraph opened by a short label, a dash or a colon, then a quotation mark
LABELLED_QUOTE = re.compile(r"^\s*[^\s«»:–—]{1,25}(?:\s+[^\s«»:–—]{1,25}){0,2}\s*[:–—-]\s*[«“\"]")


def question_headings_interview(lines: list[TextLine], headings, spoken: bool = False, least: int = 0) -> int | None:
    """A written interview or interview notes without labels: headings that are questions, each
    answered by the paragraph below it in the first person singular ("Quel défi devais-tu
    relever ?" / "J'ai rejoint le ministère …"). The index of the first question heading when at
    least ``qa_min_questions`` (or ``least``) are so answered and most question headings are, else None (an
    FAQ answers in "nous" or impersonally, a guide lists questions without answers)."""
    questions = [h for h in sorted(headings) if _is_question(lines[h].text)]
    # ``spoken``: the questions are known to be the interviewer's (italic questions), so an answer
    # need only speak ("On avait trois centres …")
    # (a paragraph opened by its own speaker's label, "B3 – « … »", "Mme Payet : « … »", is a quote
    # of someone the answers name one by one: results set out by question, not one person's answer)
    answered = [h for h in questions if h + 1 < len(lines) and h + 1 not in headings
                and not LABELLED_QUOTE.match(lines[h + 1].text)
                and (cv.SINGULAR.search(HYPHEN_CLITIC.sub(" ", lines[h + 1].text))
                     or (spoken and reads_as_speech(fold(lines[h + 1].text), block=True)))]
    if len(answered) < (least or _setting("qa_min_questions", 3)) or 3 * len(answered) < 2 * len(questions):
        return numbered_questions_interview(lines, questions, headings)
    return questions[0]


# a question numbered in the press's and the questionnaires' ways: "1/", "1.", "1)", "1 –", "Q1."
QUESTION_NUMBER = re.compile(r"^\s*(?:Q\s?)?(?P<n>\d{1,2})\s?[/.)–—-]\s+\S")


def numbered_questions_interview(lines: list[TextLine], questions: list[int], headings) -> int | None:
    """"Trois questions à …": question headings numbered 1, 2, 3 … in order (at least
    ``qa_min_questions``), each answered by the paragraph below it speaking ("nous" as well as
    "je": a mayor speaks for her town). The numbering says these are one person's or one
    panel's answers, so the first person plural counts; an FAQ's numbered questions answered
    impersonally or in the second person ("Vous devez …") stay out."""
    numbered = [h for h in questions if QUESTION_NUMBER.match(lines[h].text)]
    numbers = [int(QUESTION_NUMBER.match(lines[h].text).group("n")) for h in numbered]
    if len(numbered) < _setting("qa_min_questions", 3) or numbers != list(range(1, len(numbers) + 1)):
        return None
    answered = [h for h in numbered if h + 1 < len(lines) and h + 1 not in headings
                and reads_as_speech(fold(lines[h + 1].text), block=True)]
    if len(answered) < _setting("qa_min_questions", 3):
        return None
    return numbered[0]


def interview_subject(texts: list[str]) -> tuple[str, str]:
    """The person a written interview is with and their description, when its opening lines name
    them with one ("Edouard, Happyculture"; "Edwige travaille au DEPS, au sein du ministère de la
    culture."); ('', '') when they do not."""
    for k, t in enumerate(texts):
        m = cv.PSEUDONYM.match(t.strip())
        if m and n_words(m.group("rest")) <= MAX_FIRST_FIELD_WORDS:
            return m.group("code"), m.group("rest").strip()
        m = cv.PRESENTED_PERSON.match(t.strip())
        if m:
            return m.group("name"), m.group("desc").strip()
        m = cv.NAME.fullmatch(t.strip())
        if m:
            # "Audrey Hacq" alone on the title line, her function on the line below ("Product Design
            # Director — OpenClassrooms"), not a sentence
            below = texts[k + 1].strip() if k + 1 < len(texts) else ""
            short = below and n_words(below) <= MAX_TITLE_DESC_WORDS and not below.endswith((".", "!", "?", ":"))
            return m.group("name"), below if short else ""
    return "", ""


_DESIGNATION_PARTICLES = cv.word_forms("designation_name_particles", r"\s")  # lang/fr fallbacks.yaml
# "• Bela Loto, présidente de Point de MIR et animatrice de la conférence": a full name and a description
LISTED_PERSON = re.compile(r"^\s*[•◦▪‣∙·*–—-]\s*(?P<name>[A-ZÉÈ][a-zéèêëïîôûç]+(?:-[A-ZÉÈ][a-zéèêëïîôûç]+)?"
                           rf"(?:\s(?:{_DESIGNATION_PARTICLES})?[A-ZÉÈ][\w'’-]+){{1,2}})\s*,\s*"
                           r"(?P<desc>[^«»]{3,160})$")


def listed_people(texts: list[str]) -> dict[str, str]:
    """Full names and descriptions from a list of at least two people ("Avec : • Bela Loto,
    présidente … et animatrice ; • Agnès Crepet, responsable …"): the speakers a transcript
    announces, whose names then label its turns."""
    found = {m.group("name"): m.group("desc").strip().rstrip(".;") for t in texts if (m := LISTED_PERSON.match(t))}
    return found if len(found) >= 2 else {}


def moderates(desc: str) -> bool:
    """A description naming the moderator's function ("… et animatrice de la conférence") or
    saying what a moderator does ("la coordinatrice qui anime la réunion": moderating_verbs)."""
    words = [w.strip(".,;()").lower() for w in fold(desc).split()]
    return any(w in cv.MODERATOR_WORDS for w in words) or any(w in cv.MODERATING_VERBS for w in words)


def credited_hosts(texts: list[str]) -> list[str]:
    """The names a programme's credits give its host ("Animation : Gaëlle Le Floch")."""
    return [m.group("name") for t in texts for m in cv.HOST_CREDIT.finditer(t)]


def credited_guests(texts: list[str]) -> list[str]:
    """The names a programme's header line gives its guest ("Invitée : Catherine Delmas, …")."""
    return [m.group("name") for t in texts if (m := cv.GUEST_CREDIT.match(t))]


def names_guest(label: str, guests: list[str]) -> bool:
    """A label naming a credited guest: their surname (as names_host) or their first name alone
    ("Catherine" for "Catherine Delmas")."""
    key = fold(label.strip()).lower()
    return names_host(label, guests) or any(len(key) > 2 and fold(g).lower().split()[0] == key for g in guests)


def host_beside_guest(labels: dict, guests: list[str]) -> str | None:
    """In a transcript of two voices, no moderator among them, one naming a credited guest: the
    other voice, the host's ("Invitée : Catherine Delmas, …" then "Julien : …" / "Catherine : …")."""
    voices = [v for v in labels.values() if v.kind in ("participant", "moderator")]
    if not guests or len(voices) != 2 or any(v.kind == "moderator" for v in voices):
        return None
    named = [v for v in voices if names_guest(v.label, guests)]
    if len(named) != 1:
        return None
    return next(v.label for v in voices if v is not named[0])


def names_host(label: str, hosts: list[str]) -> bool:
    """A label naming a credited host: the same surname, and the same initial when the label
    gives one ("G. Le Floch" for "Gaëlle Le Floch")."""
    m = re.match(r"^(?:(?P<initial>[A-ZÉÈ])\.\s?)?(?P<surname>.+)$", label.strip())
    surname = fold(m.group("surname")).lower() if m else ""
    for host in hosts:
        h = fold(host).lower()
        if surname and len(surname) > 2 and (h == surname or h.endswith(" " + surname)) \
                and (not m.group("initial") or h.startswith(fold(m.group("initial")))):
            return True
    return False


# a timestamp closing a line that holds only labels: the words are in the paragraph below
STAMP_ALONE = re.compile(r"[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s*$")


def listed_row_names(lines: list[TextLine]) -> set[str]:
    """The first names or codes a table's rows open with ("| Monique | sœur | 70 | Saclas |" ->
    "Monique"): one word, a capital first."""
    out = set()
    for ln in lines:
        cells = row_cells(ln.text) if cv.has_cells(ln.text) else []
        if len(cells) >= 2 and re.fullmatch(r"[A-ZÉÈ][\w'’-]{1,24}", cells[0]):
            out.add(cells[0])
    return out


def joined_label_lines(lines: list[TextLine], labels: dict, listed=()) -> dict[int, str]:
    """Lines opened by two or more of the document's labels joined ("Lui et Elle : Oui.", "TB et
    KP. – C'est exactement ça."): several people answering at once, line index -> the joined label.
    ``listed``: the names a participants table gives, joined with a label ("Josiane et Monique :"
    where Monique never speaks alone)."""
    names = sorted({k for k in (*labels, *listed) if len(k) >= 2 or k.isalpha()}, key=lambda k: (-len(k), k))
    if len(names) < 2:
        return {}
    one = "|".join(re.escape(k.rstrip(".")) for k in names)
    # a series' number alone after the first ("Intervenant 2 et 3"); a label alone on its line
    # with a timestamp, the words below ("Intervenant 2 et 3  00:01:31")
    # (a transcriber's note between the names and the colon: "I1 et P1 [en même temps] :")
    pattern = re.compile(rf"^\s*(?P<label>(?:{one})\.?(?:\s*(?:,|\b(?:{_AND})\b)\s*(?:{one}|(?<=\b(?:{_AND}) )\d{{1,3}}\b)\.?)+)"
                         rf"(?:\s*[\[(][^\[\]()]{{1,30}}[\])])?\s*(?::\s|[–—-]\s|{STAMP_ALONE.pattern})")
    found = {ln.index: " ".join(m.group("label").split()) for ln in lines if (m := pattern.match(ln.text))}
    if not listed:
        return found
    # (one of them a label at least: two listed names alone are a line of the list, not a turn)
    opens = re.compile(rf"^(?:{'|'.join(re.escape(k.rstrip('.')) for k in sorted(labels, key=lambda k: (-len(k), k)))})(?![\w])")
    return {i: label for i, label in found.items()
            if any(opens.match(part.strip()) for part in re.split(rf"\s*(?:,|\b(?:{_AND})\b)\s*", label))}


def introduced_labels(lines: list[TextLine], labels: dict) -> tuple[dict[str, str], str]:
    """What the paragraph introducing a transcript says of its labels ("… un couple de soignants
    de Mauriac, dans le Cantal : lui est médecin généraliste, elle infirmière libérale"): label ->
    description, for labels written as words ("Lui", "Elle") that the paragraph uses as subjects;
    and the paragraph's text (where a place may be read)."""
    first = min((i for v in labels.values() for i in v.lines), default=None)
    if first is None:
        return {}, ""
    intro = next((lines[k].text for k in range(first - 1, max(first - 3, -1), -1) if lines[k].text.strip()), "")
    out = {}
    for k, v in labels.items():
        if v.kind != "participant" or not k.isalpha() or len(k) < 2:
            continue  # a word ("Lui"), not a code ("P" of "P = pharmacienne", which a legend reads)
        m = re.search(rf"(?<![\w]){re.escape(k)}\s+(?:{_LEGEND_COPULA}|,\s*)?(?P<desc>[^\W\d_][^,.;:()«»=]{{2,59}})",
                      intro, re.IGNORECASE)
        if m and normalize_role(m.group("desc")) not in ("autre", "inconnu"):
            out[k] = m.group("desc").strip()
    return out, intro


PORTRAIT_LOOKBACK = 3  # the portrait, then the interviewer's first question, then the first answer


def portrait_labels(lines: list[TextLine], labels: dict) -> dict[str, str]:
    """What the prose portrait opening an interview says of its interviewee's label, the portrait
    a paragraph starting with the label and a copula ("J.-C. D. est pharmacien titulaire à Levroux
    depuis 2008.") a few lines above the label's first turn: label -> description, when it names
    a role (a portrait that names none, "H. M. a 58 ans.", says nothing of one; s24-segattr5)."""
    out = {}
    for k, v in labels.items():
        if v.kind != "participant" or not v.lines:
            continue
        first = min(v.lines)
        for j in range(first - 1, max(first - 1 - PORTRAIT_LOOKBACK, -1), -1):
            m = re.match(rf"\s*{re.escape(k)}\s+(?:{_LEGEND_COPULA})(?P<desc>[^\W\d_][^,.;:()«»=]{{2,59}})", lines[j].text)
            if m and normalize_role(m.group("desc")) not in ("autre", "inconnu"):
                out[k] = m.group("desc").strip()
                break
    return out


# "Isabelle Roux (IR), pharmacienne titulaire à Millau (Aveyron) ;": a full name, the code that
# labels the person's turns in parentheses, then a description up to the next semicolon or period
# (or the name's initials with their periods: "Dr Anne Fournival (A. F.), médecin généraliste, Vichy ;")
NAMED_CODE = re.compile(r"(?P<name>[A-ZÉÈ][a-zéèêëïîôûç]+(?:[- ][A-ZÉÈ][\w'’-]+){1,2})\s*"
                        r"\((?P<code>[A-Z]{2,4}\d{0,2}|(?P<initials>(?:[A-ZÉÈ]\.\s?-?\s?){1,3}[A-ZÉÈ]\.))\)\s*,\s*"
                        r"(?P<desc>[^;.]{3,120}?)\s*(?=[;.]|$)")


def named_codes(texts: list[str]) -> dict[str, str]:
    """Codes a box or a chapeau gives people after their full name, with a description ("Autour
    de la table : Isabelle Roux (IR), pharmacienne … ; Thomas Bessière (TB), médecin …", "Dr Anne
    Fournival (A. F.), médecin généraliste, Vichy"): code -> description, when at least two people
    are so introduced and the descriptions name functions."""
    # a code of the name's initials stands for the name: the description opens with it, as a key's
    # entry does ("Anne Fournival, médecin généraliste, Vichy"), for the speaker to be written in full
    # (full_names.keyed_name)
    found = {m.group("code"): (f"{m.group('name')}, " if m.group("initials") else "") + m.group("desc").strip()
             for t in texts for m in NAMED_CODE.finditer(t) if normalize_role(m.group("desc")) not in ("autre", "inconnu")}
    return found if len(found) >= 2 else {}


LEGEND_CODE = re.compile(r"^\s*(?P<code>(?P<prefix>[A-Z]{1,2})\d{1,2})\b")


def legend_codes(lines: list[TextLine], legend: dict[str, str]) -> set[str]:
    """Codes opening lines whose letter a key explains ("I = infirmier(e) libéral(e), K = …"
    then "I2 — …", "K1 — …"): each is a participant of that profession, even speaking once."""
    numbers = {k for k in legend if k.isdigit()}  # "1 :", "2 :" under "Locuteurs : 1 = …; 2 = …": the key's own labels
    # "[NR] Énormément." under "Clé : … [NR] Nathalie Roques, puéricultrice …": a key's own label, even heard once
    keyed = {m.group(1) for ln in lines if legend and (m := _KEYED_TURN.match(ln.text)) and m.group(1) in legend}
    # "PAT | 00:01:19.100 | … | la nuit (.) beaucoup mal" under "… tiers : MED (…), PAT (patient, …)": an
    # export's row opened by a key's label, even heard once; not the key's own row (s48)
    keyed |= {cells[0] for ln in lines if legend and len(cells := row_cells(ln.text)) >= 2 and cells[0] in legend
              and ", ".join(cells[1:]) != legend[cells[0]]}
    # "DD ARS : L'agence maintient …" under a key of the bodies' acronyms ("DD ARS : délégation départementale
    # de l'ARS ; CD : conseil départemental ; …"): a key's own label opening a line of words, even heard once (s52)
    # (not a label a table's rows key, "| TONNERRE | Palefrenière | 6 |": used_keys.used_table reads those)
    rowed = {cells[0] for ln in lines if len(cells := row_cells(ln.text)) >= 2}
    keyed |= {label for ln in lines if legend and (m := _COLON_LABEL.match(ln.text)) and (label := m.group(1)) in legend
              and label not in rowed and not label.isdigit() and normalize_role(legend[label]) in _BODY_ROLES
              and _keyed_words(ln.text[m.end():], legend)}
    return {m.group("code") for ln in lines if (m := LEGEND_CODE.match(ln.text)) and m.group("prefix") in legend} | \
        {m.group(1) for ln in lines if numbers for m in _NUMBER_TURN.finditer(ln.text) if m.group(1) in numbers} | keyed


# the roles of a body a key's acronym stands for (an agency, a council, a hospital: not a person's code)
_BODY_ROLES = frozenset({"institutionnel_ars", "institutionnel_cpam", "institutionnel_urps", "institutionnel_autre",
                         "hospitalier", "elu", "coordinateur"})
# a key's label in capitals opening a line before a colon ("DD ARS : …", "CHV : …")
_COLON_LABEL = re.compile(r"^\s*([A-ZÉÈ][A-ZÉÈ0-9]{0,7}(?:\s[A-ZÉÈ][A-ZÉÈ0-9]{0,7})?)\s*:\s+(?=\S)")


def _keyed_words(words: str, legend: dict[str, str]) -> bool:
    """The words after a key's label are someone's, not the key's own entries or a glossary's
    definition: no semicolon-separated entries of the key, and they speak or run long."""
    first = words.split(";")[0].strip().rstrip(".")
    if first in legend.values() or any(f"{k} :" in words for k in legend):
        return False
    return bool(cv.SPOKEN.search(words)) or n_words(words) >= 15


# a label in square brackets opening a line ("[NR] …")
_KEYED_TURN = re.compile(r"^\s*\[([^\[\]\d][^\[\]]{0,7})\]\s+(?=\S)")


# a bare number and a colon opening a line or a sentence inside one (turns the extraction ran together)
_NUMBER_TURN = re.compile(r"(?:^|(?<=[.!?…»])\s)\s*(\d{1,2})\s*:\s+(?=[^\W\d])")


def split_at_key_numbers(lines: list[TextLine], legend: dict[str, str]) -> list[TextLine]:
    """Lines cut where a bare number a key explains ("Locuteurs : 1 = l'étudiant enquêteur ; 2 =
    …") opens a sentence with a colon ("… deux jours. 1 : Et la CPTS … ? 2 : Pas encore."): the
    key's turns the extraction ran together; re-indexed. Unchanged without such a key."""
    numbers = {k for k in legend if k.isdigit()}
    if not numbers:
        return lines
    out: list[TextLine] = []
    for ln in lines:
        cuts = [m.start(1) for m in _NUMBER_TURN.finditer(ln.text) if m.group(1) in numbers and m.start(1) > 0]
        append_cut(out, ln, cuts)
    return out


# "Sept masseurs-kinésithérapeutes ont accepté un entretien (MK1 à MK7)": a range of codes after
# the sentence that says who they are; in lower case too, as conventions' lowercase codes ("(e1 à e9)"),
# or a participant word and numbers ("(Enquêté 1 à Enquêté 9)")
# (a profession's abbreviation glued to the number, "(Orth1 à Orth6)", "(Kiné1 à Kiné5)")
CODE_RANGE = re.compile(r"\((?P<prefix>[A-Z]{1,3}|[a-z]{1,3}|[A-ZÉ][a-zéèêï]{2,14}\s|[A-ZÉ][a-zéèêï]{1,6}(?=\d))(?P<first>\d{1,2})"
                        rf"\s*(?:{_RANGE}|-|–)\s*(?P=prefix)(?P<last>\d{{1,2}})\)")
# the same in letters after a point: "(Ph.A à Ph.F)"
LETTER_RANGE = re.compile(rf"\((?P<prefix>[A-ZÉ][a-zé]{{1,4}}\.)(?P<first>[A-Z])\s*(?:{_RANGE}|-|–)\s*(?P=prefix)(?P<last>[A-Z])\)")


# the list's conjunction and a group's range word from lang/fr grammar.yaml ("P1 à P4 …, P5 et P6 …")
_AND = cv.word_forms("list_conjunctions")
_GROUP_RANGE = cv.word_forms("group_range_words")
# or first names, as a key gives fictitious first names a profession ("Hélène, Marc et Yasmine sont médecins
# généralistes, Florence et Julien infirmiers libéraux")
PREDICATED_NAME = r"[A-ZÉÈ][a-zéèêëïîôûç]+(?:-[A-ZÉÈ][a-zéèêëïîôûç]+)?"
PREDICATED_CODES = (rf"[A-Z]{{1,3}}\d{{1,2}}(?:\s*(?:{_GROUP_RANGE}|-|–|,|{_AND})\s*[A-Z]{{1,3}}\d{{1,2}})*"
                    rf"|{PREDICATED_NAME}(?:\s*(?:,|{_AND})\s*{PREDICATED_NAME})*")


def _predicated() -> re.Pattern:
    """Codes, a plural copula and what they are ("P1 à P4 sont orthophonistes"), and the clauses
    after a comma that leave the copula out (", P5 et P6 ergothérapeutes")."""
    return re.compile(rf"(?<![\w-])(?P<codes>{PREDICATED_CODES})\s+(?:(?P<cop>{_words('plural_copulas')})\s+)?"
                      rf"(?P<desc>[a-zéèêàâîôûç][\w’'-]*(?:\s+(?!(?:{_AND})\b)[a-zéèêàâîôûç][\w’'-]*){{0,6}})"
                      rf"\s*(?=[,;.]|$|\b(?:{_AND})\s)")


def _range_codes(part: str, padded: bool = False) -> list[str]:
    """The codes of a range of one prefix ("P1 à P4", "MK2-MK5"), [] when ``part`` is none;
    ``padded``: the numbers keep the first one's width ("P01 à P03" -> "P01", "P02", "P03")."""
    r = re.fullmatch(rf"(?P<p>[A-Z]{{1,3}})(?P<a>\d{{1,2}})\s*(?:{_GROUP_RANGE}|-|–)\s*(?P=p)(?P<b>\d{{1,2}})", part)
    if r is None or not 0 < int(r["b"]) - int(r["a"]) < 60:
        return []
    width = len(r["a"]) if padded else 0
    return [f"{r['p']}{n:0{width}d}" for n in range(int(r["a"]), int(r["b"]) + 1)]


def predicated_codes(t: str) -> list[tuple[str, str]]:
    """(code, description) of a key that predicates a profession of codes or ranges of codes:
    "P1 à P4 sont orthophonistes, P5 et P6 ergothérapeutes", or of first names ("Hélène, Marc et Yasmine
    sont médecins généralistes, Florence et Julien infirmiers libéraux"; a clause without the copula only
    right after one with it); each description names a role (segfix38)."""
    out, end = [], -1
    for m in _predicated().finditer(t):
        if not m.group("cop") and not (end >= 0 and re.fullmatch(rf"\s*[,;]\s*(?:(?:{_AND})\s+)?", t[end:m.start()])):
            end = -1
            continue
        desc = m.group("desc")
        if normalize_role(desc) in ("autre", "inconnu"):
            end = -1
            continue
        codes = []
        for part in re.split(rf"\s*(?:,|{_AND})\s*", m.group("codes")):
            ranged = _range_codes(part)
            if ranged:
                codes += ranged
            elif re.fullmatch(rf"[A-Z]{{1,3}}\d{{1,2}}|{PREDICATED_NAME}", part):
                codes.append(part)
        if len(codes) < 2 and not m.group("cop"):
            end = -1
            continue
        out += [(c, desc) for c in codes]
        end = m.end()
    return out


# one item of a parenthesised key: codes (joined by the list's conjunction or a range word) and what they are
_KEYED_CODES = rf"[A-Z]{{1,3}}\d{{1,2}}(?:\s*(?:{_GROUP_RANGE}|-|–|{_AND})\s*[A-Z]{{1,3}}\d{{1,2}})*"
_KEYED_ITEM = re.compile(rf"(?P<codes>{_KEYED_CODES})\s+(?P<desc>[^\d,;()]{{3,60}}?)")


def parenthesised_codes(t: str) -> list[tuple[str, str]]:
    """(code, description) of a key in parentheses whose every item, between commas or semicolons,
    is codes and what they are, the codes' description in the text before left aside: "(P01 et P02
    médecins généralistes, P03 et P04 infirmières, P05 masseur-kinésithérapeute)", "(A01 ARS de
    Corse, A02 CPAM de Haute-Corse)" (s55). At least two items, one of them naming a role."""
    out = []
    for par in re.finditer(r"\(([^()]{10,600})\)", t):
        items = [i.strip() for i in re.split(r"\s*[,;]\s*", par.group(1).strip().rstrip("."))]
        parsed = [_KEYED_ITEM.fullmatch(i) for i in items]
        if len(items) < 2 or not all(parsed) \
                or all(normalize_role(m.group("desc")) in ("autre", "inconnu") for m in parsed):
            continue
        for m in parsed:
            for part in re.split(rf"\s*(?:{_AND})\s*", m.group("codes")):
                ranged = _range_codes(part, padded=True)  # (a zero-padded range keeps its width: "P01 à P03")
                if ranged:
                    out += [(code, m.group("desc")) for code in ranged]
                elif re.fullmatch(r"[A-Z]{1,3}\d{1,2}", part):
                    out.append((part, m.group("desc")))
    return out


def _words(key: str) -> str:
    return cv.literal_alternation(cv.language_data().get(key, [])) or "(?!)"


def _designations() -> tuple[re.Pattern, re.Pattern]:
    """A range of codes after a designation word, without parentheses ("elles sont désignées O1 à
    O6"), and a letter key ("Ils sont désignés par la lettre M suivie d'un numéro")."""
    said = _words("designation_words")  # attributions.yaml
    # (or capitals, a point, an abbreviated status and a point: "codés K.lib.1 à K.lib.4", conventions DOTTED_CODE)
    # (a noun phrase may come between: "désignés par les codes C1 à C5", fallbacks.yaml code_range_nouns)
    nouns = _words("code_range_nouns")
    ranged = re.compile(rf"(?<![\w’'])(?:{said})\s+(?:(?:{nouns})\s+)?(?P<prefix>[A-Z]{{1,3}}|[A-ZÉ]{{1,3}}\.[a-zé]{{2,5}}\.)(?P<first>\d{{1,2}})"
                        rf"\s*(?:{_RANGE}|-|–)\s*"
                        r"(?P=prefix)(?P<last>\d{1,2})(?![\w-])")
    keyed = re.compile(rf"(?<![\w’'])(?:{said})\s+(?:{_words('code_key_letter_words')})\s+(?P<prefix>[A-Z]{{1,3}})\s+"
                       rf"(?:{_words('code_key_number_words')})(?![\w’'])")
    words = tuple(cv.language_data().get("designation_words", []))
    if words and all(words):  # each match holds one of the words as written: a line without any is not searched
        return Guarded(ranged, words), Guarded(keyed, words)
    return ranged, keyed


# the next range of a designating sentence, its designation word left out after a comma: "Les
# infirmières sont désignées IDE1 à IDE6, les médecins MG1 à MG4" (the people's noun phrase, a
# plural determiner of lang/fr grammar.yaml legend_plural_determiners, then the codes)
ELLIPTIC_RANGE = re.compile(
    rf"\s*(?:,|;|{_AND})\s*(?P<desc>(?:{cv.word_forms('legend_plural_determiners')})\s+"
    r"[a-zéèêàâîôûç][\w’'-]*(?:\s+[a-zéèêàâîôûç][\w’'-]*){0,3}?)\s+"
    rf"(?P<prefix>[A-Z]{{1,3}})(?P<first>\d{{1,2}})\s*(?:{_RANGE}|-|–)\s*(?P=prefix)(?P<last>\d{{1,2}})(?![\w-])")


def _elliptic_ranges(t: str, at: int) -> list[tuple[str, str]]:
    """(code, description) of the ranges that follow a designated one in its sentence with the
    designation word left out (", les médecins MG1 à MG4"), each naming one role."""
    out = []
    while (m := ELLIPTIC_RANGE.match(t, at)) is not None:
        first, last = int(m.group("first")), int(m.group("last"))
        if 0 < last - first < 60 and normalize_role(m.group("desc")) not in ("autre", "inconnu"):
            out += [(f"{m.group('prefix')}{n}", m.group("desc")) for n in range(first, last + 1)]
        at = m.end()
    return out


def _designating_sentence(t: str, at: int) -> str:
    """The sentence up to ``at``; with the sentence before when it opens on a pronoun standing for
    the participants ("Douze médecins … ont été interrogés. Ils sont désignés …")."""
    sentences = re.split(r"(?<=[.!?])\s+", t[:at])
    sentence = sentences[-1].strip()
    pronoun = re.match(rf"(?:{_words('code_designation_pronouns')})(?![\w’'])", sentence, re.IGNORECASE)
    return f"{sentences[-2].strip()} {sentence}" if pronoun and len(sentences) > 1 else sentence


def _sentence_rest(t: str, at: int) -> str:
    """The words from ``at`` to the end of their sentence."""
    end = re.search(r"[.!?](?:\s|$)", t[at:])
    return t[at:at + end.start() + 1 if end else len(t)].strip()


def _names_professionals(sentence: str) -> bool:
    """Whether a designating sentence names the participants' one profession (a rule of the
    professions, not only a body: "les douze femmes … accouché au centre hospitalier" names
    patients; and no other kind of person: "Six patients et deux infirmières … notés F1 à F3")."""
    folded = fold(sentence)
    if not any(tier == "head" and pattern.search(folded) for _, pattern, tier in ROLE_RULES):
        return False
    kinds = set()
    for piece in PEOPLE_SPLIT.split(sentence):
        role = normalize_role(piece)
        if role not in ("autre", "inconnu") or (role == "autre" and cv.PERSON_NOUN.search(piece)):
            kinds.add(role)
    return len(kinds) == 1


def code_ranges(texts: list[str]) -> list[tuple[int, str, str]]:
    """(text index, code, description) for each code of a range that a sentence introduces with
    one role ("Sept masseurs-kinésithérapeutes … (MK1 à MK7)", "Les six pharmaciens titulaires
    interrogés (Ph.A à Ph.F)", "… ; elles sont désignées O1 à O6"), or of a letter key ("Douze
    médecins généralistes … Ils sont désignés par la lettre M suivie d'un numéro": the codes of
    that letter the text uses): the description is the sentence up to the range (and the one
    before when it opens on a pronoun), kept when it names exactly one role."""
    out = []
    ranged, keyed = _designations()
    for i, t in enumerate(texts):
        for m in ranged.finditer(t):
            first, last = int(m.group("first")), int(m.group("last"))
            out += [(i, code, desc) for code, desc in _elliptic_ranges(t, m.end())]
            sentence = _designating_sentence(t, m.start())
            if not _names_professionals(sentence):
                # the range in apposition, the profession after it ("Les six participantes,
                # désignées O1 à O6, sont des orthophonistes libérales …"): the whole sentence
                sentence = f"{sentence.rstrip(' ,')}, {_sentence_rest(t, m.end()).lstrip(' ,')}"
            if not 0 < last - first < 60 or not _names_professionals(sentence):
                continue
            out += [(i, f"{m.group('prefix')}{n}", sentence) for n in range(first, last + 1)]
        for m in keyed.finditer(t):
            sentence = _designating_sentence(t, m.start())
            if not _names_professionals(sentence):
                continue
            used = re.compile(rf"(?<![\w-]){m.group('prefix')}(?P<num>\d{{1,2}})(?![\w-])")
            numbers = sorted({int(u.group("num")) for text in texts for u in used.finditer(text)})
            out += [(i, f"{m.group('prefix')}{n}", sentence) for n in numbers]
        for m in CODE_RANGE.finditer(t):
            first, last = int(m.group("first")), int(m.group("last"))
            sentence = re.split(r"(?<=[.!?])\s+", t[:m.start()])[-1].strip()
            before = list(CODE_RANGE.finditer(sentence))
            if before:
                # "Quatre ergothérapeutes (E1 à E4) et trois aidants (A1 à A3)": the words since the
                # range before describe this one (s49)
                sentence = re.sub(rf"^[\s,;]*(?:(?:{_AND})\s+)?", "", sentence[before[-1].end():])
            if not 0 < last - first < 60 or normalize_role(sentence) in ("autre", "inconnu") \
                    and not names_a_profession(PEOPLE_SPLIT.split(sentence)[-1]) \
                    and matched_role(" ".join(sentence.split()[-3:])) != "autre":
                # (a profession outside the vocabulary right before the range is theirs: "… : six
                # chirurgiens-dentistes (D1 à D6) et quatre médecins généralistes (M1 à M4)"; so are
                # the lay people named there, "dix bénéficiaires (B1 à B10)", s49)
                continue
            out += [(i, f"{m.group('prefix')}{n}", sentence) for n in range(first, last + 1)]
        out += [(i, code, desc) for code, desc in predicated_codes(t)]
        out += [(i, code, desc) for code, desc in parenthesised_codes(t)]
        for m in LETTER_RANGE.finditer(t):
            first, last = ord(m.group("first")), ord(m.group("last"))
            sentence = re.split(r"(?<=[.!?])\s+", t[:m.start()])[-1].strip()
            if not 0 < last - first < 26 or normalize_role(sentence) in ("autre", "inconnu"):
                continue
            out += [(i, f"{m.group('prefix')}{chr(n)}", sentence) for n in range(first, last + 1)]
    return out


# a key of calls: "(a) coordinatrice de CPTS, Drôme ; (b) médecin généraliste, Ardèche ; …"
KEY_ENTRY = re.compile(r"\((?P<call>[a-z]|\d{1,2})\)\s*(?P<desc>[^;()]{3,150}?)\s*(?=;|\(\w{1,2}\)|\.\s+[A-ZÉ]|\.?\s*$)")
# a paragraph closed by a call: "… pour l'assurance maladie. (a)"
CALLED_PARAGRAPH = re.compile(r"^(?P<body>.{20,}?)\s*\((?P<call>[a-z]|\d{1,2})\)\s*\.?\s*$")


def call_key(texts: list[str]) -> tuple[int, dict[str, str]]:
    """The line that resolves calls and what it says of each ("Sources : (a) coordinatrice de
    CPTS, Drôme ; (b) …"): (line index, call -> description); (-1, {}) when no line lists two."""
    for i, t in enumerate(texts):
        entries = {m.group("call"): m.group("desc").strip() for m in KEY_ENTRY.finditer(t)}
        if len(entries) >= 2 and sum(describes_person(d) for d in entries.values()) >= 2:
            return i, entries
    return -1, {}


def called_quotes(texts: list[str]) -> dict[int, tuple[str, str]]:
    """Paragraphs of someone's words closed by a call the key resolves (an institute's brief:
    italic extracts ending "(a)" … "(d)", a "Sources :" line below): line index -> (call,
    description). At least two of them must read as speech (then the others, said plainly, are
    words too: the key says whose); the key line itself is none."""
    at, key = call_key(texts)
    out, spoken = {}, 0
    for i, t in enumerate(texts):
        m = CALLED_PARAGRAPH.match(t.strip()) if i != at else None
        if m and m.group("call") in key:
            out[i] = (m.group("call"), key[m.group("call")])
            spoken += reads_as_speech(m.group("body"), block=True)
    return out if spoken >= 2 else {}


MAX_HEADER_CELL_WORDS = 4  # "Réponse (extrait)", "Interlocuteur": a header cell is a name, not a sentence


def _cells(text: str) -> list[str]:
    return [c.strip() for c in cv.CELL_SPLIT.split(text)] if cv.has_cells(text) else []


@cv.per_language_data
def _caller_column_words() -> frozenset[str]:
    return frozenset(fold(w) for w in cv.language_data().get("caller_column_words", []))


def name_column_rows(texts: list[str]) -> dict[int, tuple[str, str]]:
    """line index -> (name cell, description cell) for the rows holding a quotation of a table whose
    header has a column naming the person (``name_column_words``: "Personne", "Prénom") and one
    saying what they are (``description_column_words``: "Lien", "Fonction"): "| Karima B. | mère |
    « … » |" under "| Personne | Lien | Ce qu'elle a dit |"."""
    d = cv.language_data()
    names = {fold(w) for w in d.get("name_column_words", [])}
    descriptions = {fold(w) for w in d.get("description_column_words", [])}
    out: dict[int, tuple[str, str]] = {}
    columns, width = None, 0
    for i, t in enumerate(texts):
        cells = _cells(t)
        if len(cells) < 3:
            columns = None  # the table ends (a name, a description and the words at least)
            continue
        quoted = re.search(r"[«»\"“”]", t)
        if not quoted:
            keys = [fold(c).strip(" .:").lower() for c in cells]
            named = [k for k, c in enumerate(keys) if c in names]
            described = [k for k, c in enumerate(keys) if c in descriptions]
            columns = (named[0], described[0]) if named and described else None
            width = len(cells)
            continue
        if columns is not None and len(cells) == width and cells[columns[0]].strip():
            out[i] = (cells[columns[0]].strip(), cells[columns[1]].strip())
    return out


def speaker_column_rows(texts: list[str]) -> dict[int, dict[int, str]]:
    """line index -> {cell index -> who speaks in that cell} for the rows of a table whose header
    says who answered: a speaker column (``speaker_column_words``: "… | Réponse (extrait) |
    Interlocuteur"), each row's cell there describing a person (key -1: any cell of the row); or
    a cross table with two columns or more naming professions ("Thème | Médecins généralistes |
    Infirmiers | Pharmaciens"), each column's header its cells' speaker. Rows have the header's
    number of cells. A call log's caller column (``caller_column_words``: "Heure | Appelant |
    Propos | Suite donnée") describes whoever called, in one field or by a service ("gendarmerie
    de Selles-sur-Cher"): any of its cells speaks, in a row holding a quotation. A speaker cell
    that describes nobody is kept under key -3: a name ("J.-B. Mattei") a list may describe."""
    out: dict[int, dict[int, str]] = {}
    column, roles, width, callers = None, {}, 0, False
    for i, t in enumerate(texts):
        cells = _cells(t)
        if len(cells) < 2:
            column, roles = None, {}  # the table ends
            continue
        if not re.search(r"[«»\"“”]", t):
            short = {k: c for k, c in enumerate(cells) if n_words(c) <= MAX_HEADER_CELL_WORDS}
            named = [k for k, c in short.items() if cv.SPEAKER_COLUMN.search(c)]
            called = [k for k, c in short.items() if fold(c).rstrip(" .:") in _caller_column_words()]
            professions = {k: c for k, c in short.items() if normalize_role(c) not in ("autre", "inconnu")}
            if named or called or len(professions) >= 2:
                column = (named or called or [None])[0]
                roles, width, callers = ({} if column is not None else professions), len(cells), not named and bool(called)
                continue
        if len(cells) != width:
            if column is not None and width >= 3 and len(cells) > width and (len(cells) - 1) % (width - 1) == 0:
                # rows the extraction ran together ("… | MG7 – H, 58 ans, Commercy Communication |
                # « … » | MG1 – …"): row r's cells are r·(width-1) … r·(width-1)+width-1, the cell
                # between two rows shared; each cell is read with its own row's speaker cell
                rows: dict[int, str] = {}
                n_rows = (len(cells) - 1) // (width - 1)
                for r in range(n_rows):
                    person = cells[r * (width - 1) + column]
                    if column == width - 1 and r < n_rows - 1 and not describes_person(person):
                        person = person.rsplit(None, 1)[0]  # "… Commercy Communication": the next row's first cell glued
                    if describes_person(person) or leading_code(person):
                        for k in range(r * (width - 1), r * (width - 1) + width):
                            rows.setdefault(k, person)
                if rows:
                    out[i] = rows
            continue
        if column is not None and (describes_person(cells[column]) or leading_code(cells[column])
                                   or (callers and cells[column] and re.search(r"[«»\"“”]", t))):
            out[i] = {-1: cells[column]}
            # the row's number is who answered when it is a participant code ("E4 | Directrice de
            # la délégation …, Bourges | « … »"): key -2 (a code opening the speaker cell, "MG7 –
            # H, 58 ans, Commercy", is read from the cell: leading_code)
            codes = [c.strip() for k, c in enumerate(cells) if k != column and cv.LABEL_SHAPES["code"].match(c.strip())]
            if len(codes) == 1 and not leading_code(cells[column]):
                out[i][-2] = codes[0]
        elif column is not None and re.search(r"[«»\"“”]", t) and named_cell(cells[column]):
            # "| J.-B. Mattei | « … » |": a name, which the document's list of participants may
            # describe, or a participant nobody named (key -3: read by Segmenter._column_speaker)
            out[i] = {-3: cells[column].strip()}
        elif roles:
            out[i] = dict(roles)
    return out


# a first name alone, or with the initial of the surname ("Lina", "Karima B.")
FIRST_NAME_INITIAL = re.compile(r"[A-ZÉÈ][a-zéèêëïîôûç]+(?:-[A-ZÉÈ][a-zéèêëïîôûç]+)?(?:\s+[A-ZÉÈ]\.)?")


def person_name(name: str, first_name: bool = False) -> bool:
    """A person's name as a table cell writes it: a full name, initials and a surname ("J.-B. Mattei"),
    a civility and a surname ("Dr Leca"); with ``first_name``, a first name alone or with an initial."""
    from .discovery import INITIALS_NAME

    return bool(cv.NAME.fullmatch(name) or INITIALS_NAME.fullmatch(name) or cv.LABEL_SHAPES["civility"].fullmatch(name)
                or first_name and FIRST_NAME_INITIAL.fullmatch(name))


def named_cell(cell: str) -> bool:
    """A speaker cell that names a person ("Laetitia Pinelli", "J.-B. Mattei", "Dr Leca", "Mme Colonna
    (haut-parleur)") or a participant without a name ("participant en visioconférence (non noté)")."""
    from .turns import manner_free

    cell = " ".join(cell.split())
    return person_name(manner_free(cell)) or bool(cv.SPEAKER_COLUMN.match(cell))


def leading_code(cell: str) -> str:
    """The participant code opening a speaker cell ("MG7 – H, 58 ans, Commercy" -> "MG7", "P1 (62 ans,
    Ispagnac)" -> "P1"), or ''."""
    # (or before a parenthesis of the person's profile: "P1 (62 ans, Ispagnac)")
    lead = re.match(r"\s*(\S+)\s*(?:[–—,:-]\s|\((?=[^()]+\)\s*$))", cell)
    return lead.group(1) if lead and cv.LABEL_SHAPES["code"].match(lead.group(1)) else ""


def cell_index(line: str, a: int) -> int:
    """The index of the table cell holding line[a]."""
    return len(cv.CELL_SPLIT.findall(line[:a]))


def fills_cell(line: str, a: int, b: int) -> bool:
    """The quotation line[a:b] is the whole of its table cell."""
    before, after = line[:a], line[b:]
    left = cv.CELL_SPLIT.split(before)[-1] if cv.has_cells(before) else before
    right = cv.CELL_SPLIT.split(after)[0] if cv.has_cells(after) else after
    return not re.sub(r"[\W_]", "", left) and not re.sub(r"[\W_]", "", right)


def row_profile(lead: str) -> str:
    """The cell before a quotation in the same table row, when it describes a person
    ("Infirmière libérale, 45 ans, Tulle | « … »"); '' otherwise."""
    cells = [c for c in cv.CELL_SPLIT.split(lead) if c.strip()]
    if len(cells) != 1 or not cv.has_cells(lead):
        return ""
    desc = cells[0].strip()
    # a profile runs to several words ("Infirmière libérale, 45 ans"); one word is a topic ("Coordination")
    return desc if n_words(desc) >= 2 and describes_person(desc) and normalize_role(desc) not in ("autre", "inconnu") \
        else ""
