"""Who speaks, when no rule said: candidate speakers around a quote, ranked by learned weights.

The rules of this package read a speaker from the slots they know (a label, an incise, a code in
parentheses, an interview header...). On a document in a convention none of them knows, a quote
is left without a speaker although a reader finds the name a line above or below it. This module
is the fallback: it lists every name, civility + name, initial or code in a window around the
quote (``speaker_candidates``), describes each with generic features of position and shape
(``candidate_features``: which side, how far, across how many sentences or other quotes, what
punctuation joins it to the quote, whether the document presents it elsewhere...), and scores
them with a logistic model whose weights are language data (``lang/fr/speaker_ranker.json``),
trained by ``bench/train_speaker_ranker.py`` on the annotated test sets. A methodologist reads
the weights feature by feature; the model keeps the best candidate only when its probability
reaches the file's threshold, else the quote stays without a speaker.

Two kinds of quotation reach it: "bare" ones, about whose speaker the rules read nothing, and
"described" ones, where a rule read a role or a description but no name ("la coordinatrice",
"Infirmière, Lannion"); the latter have their own abstention model and threshold, and keep the
role read. The model is trained on the tuned sets and on first-sight outputs of the blind rounds
(bench/first_sight_dumps.py): the state a document nobody tuned on is in.
"""

from __future__ import annotations

import bisect
import functools
import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..text import fold
from . import conventions as cv
from .roles import names_a_profession, unidentified
from .scan_patterns import standalone_mentions

_UP = "A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜ"
_LO = "a-zàâäçéèêëîïôöùûüœ"
# a capitalised word, hyphenated names included ("Marie-Josée"); not the head of a compound in lower case
# ("Sage-femme", "Aide-soignante": a trade at a sentence's start)
_WORD = rf"[{_UP}][{_LO}]+(?:-[{_UP}][{_LO}]+)?(?![{_LO}]|[-'’][{_LO}])"


@cv.per_language_data
def _candidate_pattern() -> re.Pattern:
    """Civility + name, a code, a participant word or a trade (or its abbreviation) and a letter or
    a number ("le pharmacien A", "Patient 4", "IDE C": kept when the word is one), a name (with a capitalised particle:
    "Yann Le Berre"), an initial. The civilities are the language data's
    (labels.yaml ``civilities``: "M.", "Mme", "Dr", "Professeure" …), written capitalised, with an
    optional period and a feminine or plural ending; the particles grammar.yaml's."""
    d = cv.DATA
    words = sorted({w.strip(".") for w in d.get("civilities", []) if w.strip(".")}, key=lambda w: (-len(w), w))
    civ = "|".join(re.escape(w[:1].upper() + w[1:]) for w in words) or "(?!)"
    spaced = sorted(_particles(), key=lambda w: (-len(w), w))
    particle = "|".join(re.escape(w) for w in spaced) or "(?!)"
    # an interview's number as the conventions read it ("Entretien n°7", "interview 3": interview_words,
    # number_marks)
    interview = cv.INTERVIEW_REF.pattern.removeprefix(r"\b").replace("(?P<num>", "(?:")
    return re.compile(
        rf"(?P<civ>\b(?:{civ})(?:e|es|s)?(?:\.|\b) *"
        rf"(?:{_WORD} +)?(?:{_WORD}|[{_UP}]\.|[{_UP}]{{2,}}\b(?![ -]?\d)))"
        rf"|(?P<code>(?<![\w-])(?:{interview}|(?:[{_UP}]{{1,5}}-)?[{_UP}]{{1,5}}[ -]?\d{{1,3}})\b)"
        rf"|(?P<coded>\b(?:[{_UP}{_LO}][{_LO}]{{2,}}(?:-[{_LO}]+)?|[{_UP}]{{2,5}}) (?:[{_UP}]|\d{{1,2}})\b(?![.'’\w-]|\s?\d))"
        rf"|(?P<name>\b{_WORD}(?: +(?:(?:(?:{particle}) +)?{_WORD}|[{_UP}]\.|[{_UP}]{{2,}}\b(?![ -]?\d)))?)"
        rf"|(?P<initial>(?<![\w.])[{_UP}]\.(?=[\s,;)]))")


# an hour's mark after a number: the number is a time ("À 10 h 40", "à 9h", "14 heures")
_CLOCK_AFTER = re.compile(r"\s?(?:h\b|h\d|heures?\b)")
_SENTENCE_END = re.compile(rf"[.!?…]\s+(?=[{_UP}«“])")
_AGE_AFTER = r"\s*(?:\(\s*\d{1,3}\s*ans|,\s*\d{1,3}\s*ans)"
SHAPES = ("civ", "code", "name", "initial")
BEFORE, AFTER = 500, 160


@dataclass(frozen=True)
class Candidate:
    text: str
    start: int
    end: int
    shape: str
    after: bool


def speaker_candidates(text: str, start: int, end: int, lo: int = 0, hi: int | None = None,
                       skip: tuple[tuple[int, int], ...] = ()) -> list[Candidate]:
    """Names, civility + names, initials and codes in ``text[max(lo, start-500):start]`` and
    ``text[end:min(hi, end+160)]``, outside the ``skip`` spans (other people's quotes)."""
    hi = len(text) if hi is None else hi
    out: list[Candidate] = []
    spans = sorted(skip)
    starts = [s for s, _ in spans]

    def skipped(pos: int) -> bool:  # inside another person's quote (the spans do not overlap)
        k = bisect.bisect_right(starts, pos) - 1
        return k >= 0 and pos < spans[k][1]

    for a, b, after in ((max(lo, start - BEFORE), start, False), (end, min(hi, end + AFTER), True)):
        for m in _candidate_pattern().finditer(text, a, b):
            if skipped(m.start()):
                continue
            shape = m.lastgroup or "name"
            found = m.group().strip()
            if shape == "code" and _CLOCK_AFTER.match(text, m.end()):
                continue  # "À 10 h 40, le téléphone sonne": a time of day, no code (s54)
            if shape == "coded":  # "le pharmacien A": a code as the document prints its speaker's
                if not _coded_word(found.split()[0]):
                    continue  # "Région B", "Carte 11", "Photo 3": no participant word nor trade
                shape, found = "code", found[:1].upper() + found[1:]
            out.append(Candidate(found, m.start(), m.end(), shape, after))
    return out


@dataclass
class DocumentView:
    """What candidate features need to know of the whole document, computed once (and, per
    candidate text, the scans of the whole text, done once however many quotes it is near)."""
    text: str
    lower_words: frozenset
    gazetteer: object = None  # regions.Gazetteer (config/gazetteer.csv): régions, départements, chefs-lieux
    _scans: dict = field(default_factory=dict)

    @classmethod
    def of(cls, text: str, gazetteer=None) -> DocumentView:
        # folded too: "Elaboration" without its accent is the document's "élaboration"
        words = set(re.findall(rf"\b[{_LO}][{_LO}'-]*\b", text))
        return cls(text, frozenset(words | {fold(w) for w in words}), gazetteer)

    def place(self, name: str) -> str:
        """'area' for a région, a natural region or a gazetteer's place ("Gers", "Béarn"),
        'commune' for a commune of France only (which may also be a first name), '' otherwise."""
        key = ("place", name)
        if key not in self._scans:
            from .regions import _normalise_key, commune_key, load_communes

            area = commune_key(name) in _region_names() or (
                self.gazetteer is not None and _normalise_key(fold(name)) in self.gazetteer.by_key)
            self._scans[key] = "area" if area else "commune" if commune_key(name) in load_communes().by_key else ""
        return self._scans[key]

    def scans(self, name: str) -> tuple[bool, int]:
        """(the document presents the name with an age somewhere — "Antoine (81 ans, …", "Karim,
        34 ans" —, how many times it writes the name)."""
        if name not in self._scans:
            self._scans[name] = (re.search(re.escape(name) + _AGE_AFTER, self.text) is not None,
                                 self.text.count(name))
        return self._scans[name]

    def trade(self, name: str) -> str:
        """The one trade the document gives the name (person_registry.presented_trade), '' if none."""
        key = ("trade", name)
        if key not in self._scans:
            from .person_registry import presented_trade

            self._scans[key] = presented_trade(self.text, name)[0]
        return self._scans[key]

    def stray_code(self, code: str) -> bool:
        """A code written once whose letters no other code shares, in a document that codes its
        participants in a series ("Q2" in a thesis whose participants are K1 to K5, three or more
        of one series): a label of no one the document defines."""
        letters = re.match(r"[^\W\d]+", code)
        if letters is None or self.scans(code)[1] > 1:
            return False
        if "series" not in self._scans:
            found: dict[str, set] = {}
            for m in re.finditer(r"(?<![\w-])([A-ZÉ]{1,5})[ -]?(\d{1,3})\b", self.text):
                found.setdefault(m.group(1), set()).add(m.group(2))
            self._scans["series"] = {k: len(v) for k, v in found.items()}
        series = self._scans["series"]
        return any(n >= 3 for n in series.values()) and series.get(letters.group(), 0) <= 1

    def located(self, name: str) -> bool:
        """The text writes the name after a locative preposition somewhere ("à Sarlat", "de
        Sarlat"): in this document it is a place (a first name that is also a commune's, "Romain",
        "Germaine", is not written so)."""
        key = ("located", name)
        if key not in self._scans:
            self._scans[key] = any(_after_locative(self.text, m.start())
                                   for m in standalone_mentions(name, self.text))
        return self._scans[key]

    def trimmed(self, cand: Candidate) -> Candidate:
        """A two-word "name" opened by a common word capitalised at a sentence's start ("Pour
        Guingamp", "Selon Karim"): the second word alone; not a place's article ("La Châtre")."""
        first, _, rest = cand.text.partition(" ")
        if cand.shape != "name" or not rest or not (first.lower() in self.lower_words or first.lower() in _not_persons()):
            return cand
        if self.place(cand.text):
            return cand
        start = cand.start + cand.text.index(rest, len(first))
        return Candidate(rest, start, start + len(rest), "name", cand.after)

    def common_word(self, cand: Candidate) -> bool:
        """A one-word "name" the document also writes in lower case ("Comme", "Certains") or that
        the language data says is no name ("Il", "Cette"): a word capitalised at a sentence's
        start, no person."""
        word = cand.text.lower()
        return cand.shape == "name" and " " not in cand.text and (
            word in self.lower_words or fold(word) in self.lower_words or word in _not_persons())


@cv.per_language_data
def _not_persons() -> frozenset:
    """Pronouns, determiners, sentence adverbs ("Soudain", name_openers) and the capitalised words
    the language data says are no names."""
    d = cv.DATA
    return frozenset(w.lower() for key in ("not_names", "name_openers", "subject_pronouns", "stressed_pronouns",
                                           "determiners")
                     for w in d.get(key, []) if isinstance(w, str))


@functools.lru_cache(maxsize=1)
def _region_names() -> frozenset:
    """The régions and the natural regions ("Béarn", "pays de Caux") as commune_key keys."""
    from .regions import REGIONS_2016, commune_key, load_natural_regions

    return frozenset(commune_key(n) for n in [*REGIONS_2016, *(p.name for p in load_natural_regions())])


def is_place(name: str) -> bool:
    """A commune of France (regions.load_communes, cached there), a région or a natural region."""
    from .regions import commune_key, load_communes

    key = commune_key(name)
    return key in load_communes().by_key or key in _region_names()


_CITED_YEAR = re.compile(r"\s*(?:,|\(|et al\.?,?)\s*(?:19|20)\d\d\b")


def no_person(doc: DocumentView, cand: Candidate) -> bool:
    """A candidate that cannot be who speaks, as a reader tells: a code of another series written
    once ("Q2" among K1-K5) or a pupil's class ("CE1"); a group session's code ("FG1": several
    people) or an institution's ("CPAM 19", "Côté ARS"); an author cited with a year ("Strauss
    (1992)"); a civility alone ("Mme" of "Mme A***"); a trade capitalised at a line's start
    ("Infirmière"); an abbreviation ("Ph. tit."); a région, a natural region or a gazetteer place
    ("Gers", "Béarn"); a commune the text places ("à Sarlat"); a person noun ("Femme"); a word no
    name has ("Post Anonyme"); a capitalised common word ("Soudain", "Tradition")."""
    if cand.shape == "code" and (doc.stray_code(cand.text) or cand.text in cv.DATA.get("school_classes", [])):
        return True  # "Q2" among K1-K5; "CE1", "CM2": a pupil's class (school_classes.yaml), no one's code
    if any(cv.INSTITUTION.match(w) for w in [cand.text, *cand.text.split()]) or (cand.shape == "code" and (
            cv.GROUP_CODE.match(cand.text) or cv.INSTITUTION.match(re.sub(r"[ -]?\d+$", "", cand.text)))):
        return True
    if _CITED_YEAR.match(doc.text, cand.end):
        return True
    if cand.shape in ("name", "initial") and fold(cand.text).rstrip(".") in cv.CIVILITIES:
        return True  # "Mme" of "Mme A***", "M." of "M. R***"
    if cand.shape == "name" and " " not in cand.text and names_a_profession(cand.text):
        return True
    if cand.shape == "name" and len(cand.text) <= 3 and doc.text[cand.end:cand.end + 1] == ".":
        return True  # "Ph. tit.", "Dr.": an abbreviation
    if cand.shape == "name":
        place = doc.place(cand.text)
        if place == "area":
            return True  # "Gers", "Béarn", "Bretagne": a département or a region (a commune may be a first name)
        if place == "commune" and (_after_locative(doc.text, cand.start) or doc.located(cand.text)
                                   or doc.text[cand.start - 1:cand.start] == "(" and doc.text[cand.end:cand.end + 1] == ")"):
            return True  # "à Granville", "de La Châtre", "(Sompuis)", here or anywhere in the text: a commune, not a person
        if cand.text.lower() in _unnamed_persons() or fold(cand.text) in cv.PARTICIPANT_WORDS:
            return True  # "Femme, 34 ans", "Patient": someone the text does not name
    if cand.shape == "name" and any(w.lower() in _not_persons() for w in cand.text.split()[1:]
                                    if w not in _particles()):
        return True  # "Post Anonyme": a word no name has (its first word, trimmed() already read)
    return doc.common_word(cand)


def _after_locative(text: str, start: int) -> bool:
    """A locative preposition (conventions' LOCATIVE) ends right before ``start`` ("à ", "de ",
    "dans le ")."""
    return cv.LOCATIVE.search(text[max(0, start - 12):start]) is not None


@cv.per_language_data
def _particles() -> frozenset:
    """Capitalised particles inside a name ("Yann Le Berre", "Manuel De Sousa"): grammar.yaml's
    initial_name_particles. Not the lower-case ones: between two capitalised words "de", "du" mostly
    join a title or a body ("Évolution du Budget", "Maison de Santé"), rarely a name."""
    return frozenset(cv.DATA.get("initial_name_particles", []))


@cv.per_language_data
def _unnamed_persons() -> frozenset:
    return frozenset(w.lower() for w in cv.DATA.get("unnamed_person_nouns", []))


def _coded_word(word: str) -> bool:
    """The word before a code's letter or number names a participant or a trade ("Patient",
    "pharmacien", "Participante", "Médecin")."""
    if word.isupper():  # "IDE C": the abbreviations that code an informant (labels.yaml)
        return word in cv.DATA.get("spaced_code_abbreviations", [])
    w = word.lower()
    return fold(w) in cv.PARTICIPANT_WORDS or w in _unnamed_persons() or names_a_profession(w)


def candidate_features(doc: DocumentView, start: int, end: int, cand: Candidate, rank: int,
                       leads_next: bool = False,
                       latest_presented: bool = False, role: str = "", role_raw: str = "") -> dict[str, float]:
    """Generic features of one candidate for the quote at [start, end); ``role`` and ``role_raw``
    are what a rule read about the quote's speaker (a description, no name), empty when nothing."""
    text = doc.text
    gap = text[end:cand.start] if cand.after else text[cand.end:start]
    nxt = text[cand.end:cand.end + 1]
    prev = text[max(0, cand.start - 2):cand.start].strip()[-1:] if cand.start else "\n"
    line_start = cand.start == 0 or text[:cand.start].rstrip(" \t")[-1:] in ("\n", "")
    first = cand.text.split()[0]
    presented, count = doc.scans(cand.text)
    f = {
        "after": float(cand.after),
        "distance": math.log1p(len(gap)),
        "newlines": min(gap.count("\n"), 5),
        "sentences": min(len(_SENTENCE_END.findall(gap)), 5),
        "rank": min(rank, 5),
        "nearest": float(rank == 0),
        "next_comma": float(nxt == ","),
        "next_paren": float(text[cand.end:cand.end + 2].strip()[:1] == "("),
        "next_colon": float(text[cand.end:cand.end + 3].strip()[:1] == ":"),
        "next_close": float(nxt == ")"),
        "next_newline": float(nxt == "\n"),
        "prev_paren": float(prev == "("),
        "prev_dash": float(prev in "–—-" and bool(prev)),
        "prev_comma": float(prev == ","),
        "line_start": float(line_start),
        "gap_colon": float(not cand.after and gap.rstrip().endswith(":")),
        "gap_short": float(len(gap.strip(" \n\t–—-(«»“”\"")) == 0),
        "speech_verb": float(bool(cv.SPEECH_VERB_ANY.search(gap if not cand.after
                                                           else text[cand.end:cand.end + 40]))),
        "lower_word": float(first.lower() in doc.lower_words and cand.shape == "name"),
        "presented": float(presented),
        "count": math.log1p(count),
        "words": float(len(cand.text.split())),
    }
    for s in SHAPES:
        f[f"shape_{s}"] = float(cand.shape == s)
    f["place"] = float(cand.shape == "name" and is_place(cand.text))
    # the slots a reader looks at first, as conjunctions a linear model cannot form by itself
    before, after = 1.0 - f["after"], f["after"]
    f["before_colon_sentence"] = before * f["gap_colon"] * float(f["sentences"] == 0)
    f["after_adjacent"] = after * f["gap_short"]
    f["after_paren"] = after * f["prev_paren"] * float(len(gap) < 4)
    f["after_dash"] = after * f["prev_dash"] * float(f["newlines"] <= 1)
    f["before_same_sentence"] = before * float(f["sentences"] == 0 and f["newlines"] == 0)
    f["before_speech_verb"] = before * f["speech_verb"]
    f["after_leads_next"] = after * float(leads_next)
    f["latest_presented"] = before * float(latest_presented)
    # a rule read a description but no name ("la coordinatrice", "Infirmière, Lannion"): is the
    # candidate inside it ("La mère de Lou": rarely the speaker), and does the trade the document
    # gives the candidate agree with the role read
    trade = doc.trade(cand.text) if role_raw or role not in ("", "inconnu") else ""
    f["in_description"] = float(bool(role_raw) and cand.text in role_raw)
    # a one-word "name" opening the description ("Aidante, fille d'une patiente", "Adjointe au
    # maire"; also "Laetitia, 34 ans"): the description's head, a person's name only sometimes
    f["description_head"] = float(bool(role_raw) and " " not in cand.text
                                  and role_raw.split()[0].strip(",;:") == cand.text)
    f["role_agrees"] = float(bool(trade) and trade == role)
    f["role_differs"] = float(bool(trade) and role not in ("", "inconnu") and trade != role)
    return f


def _signs_earlier(text: str, cand: Candidate, quote_ends: list[int]) -> bool:
    """A name right after an earlier quotation signs that one ("» – M10", "» (Entretien n°7)"): it
    is taken, and is no candidate for the quotation after it."""
    k = bisect.bisect_left(quote_ends, cand.start) - 1
    if k < 0:
        return False
    gap = text[quote_ends[k]:cand.start]
    marks = gap.strip()
    # on the quote's line ("» – M10", "» (E7)"), or on the next behind a dash or a parenthesis
    # ("»\n— M10"); a name opening the next line bare ("»\nMarc Aubin, infirmier, résume :") leads
    return (not marks.strip("–—-(,") and "\n" not in gap) or (bool(marks) and marks in ("–", "—", "-", "(", "– (", "—("))


def _labels_own_line(text: str, cand: Candidate, start: int) -> bool:
    """The candidate is in the label of the turn the quotation is read in, words of the turn
    between ("S. Hoarau : Une question anonyme : « … »"): one who reads or reports the quotation
    (a moderator reading the chat), not its author. (A label right before the quotation,
    "Marie : « … »", is the speaker's.)"""
    line_start = text.rfind("\n", 0, cand.start) + 1
    label = re.match(r"[^\n:«»“”]{1,40}?\s:\s", text[line_start:start])
    return (label is not None and cand.end <= line_start + label.end()
            and bool(text[line_start + label.end():start].strip(" «“\"")))


def rank_features(doc: DocumentView, start: int, end: int, skip: tuple[tuple[int, int], ...],
                  quote_starts: list[int], role: str = "", role_raw: str = "") -> list[tuple[Candidate, dict[str, float]]]:
    """Every candidate of one quote with its features (the rank is by distance on its side)."""
    quote_ends = sorted(e for s, e in skip)
    cands = [c for c in map(doc.trimmed, speaker_candidates(doc.text, start, end, skip=skip))
             if not no_person(doc, c) and not (not c.after and _signs_earlier(doc.text, c, quote_ends))
             and not (not c.after and _labels_own_line(doc.text, c, start))]
    out = []
    presented = [c.start for c in cands if not c.after and doc.scans(c.text)[0]]
    latest = max(presented, default=-1)
    for side in (False, True):
        def clashes(c: Candidate) -> bool:
            # the rule read a role the document's trade for this person contradicts ("Sophie Tanguy,
            # infirmière, …" for a quotation "précise le maire", or "annonce le vieil homme": autre):
            # someone else
            return role not in ("", "inconnu") and doc.trade(c.text) not in ("", role)

        def across(c: Candidate) -> int:
            a, b = (end, c.start) if side else (c.end, start)
            return bisect.bisect_left(quote_starts, b) - bisect.bisect_right(quote_starts, a)

        # a name across another quotation is that one's (its lead-in, its signature): of the
        # quotations whose speaker is a candidate, 7 of 149 have it only across another
        mine = sorted((c for c in cands if c.after == side and across(c) <= 0 and not clashes(c)),
                      key=lambda c: (c.start - end) if side else (start - c.end))
        for r, c in enumerate(mine):
            leads = False
            if side:  # a name after this quote that introduces the next one ("Lucia (…) décrit : « …")
                k = bisect.bisect_right(quote_starts, c.end)
                nxt = quote_starts[k] if k < len(quote_starts) else len(doc.text)
                lead = doc.text[c.end:nxt]
                leads = nxt - c.end < 400 and lead.rstrip().endswith(":") and not _SENTENCE_END.search(lead)
            out.append((c, candidate_features(doc, start, end, c, r, leads,
                                              not side and c.start == latest, role, role_raw)))
    return out


MODEL_PATH = Path(__file__).resolve().parents[1] / "lang" / "fr" / "speaker_ranker.json"


@functools.lru_cache(maxsize=2)
def load_model(path: str = str(MODEL_PATH)) -> dict:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def candidate_score(features: dict[str, float], model: dict) -> float:
    """The ranking score: standardised features times the pairwise weights."""
    return sum(w * (features[k] - model["mean"][k]) / model["scale"][k] for k, w in model["weights"].items())


def confidence(top: float, lead: float, model: dict) -> float:
    """Probability that the best candidate is who speaks, from its score and its lead over the
    runner-up (the abstention model)."""
    a = model["abstain"]
    z = a["intercept"] + a["top"] * top + a["lead"] * lead
    return 1.0 / (1.0 + math.exp(-z))


@cv.per_language_data
def _determiners() -> tuple[frozenset, frozenset]:
    """(indefinite, definite) determiners of the language data (grammar.yaml): "une infirmière",
    "plusieurs médecins" describe someone the text does not name; "la coordinatrice" someone it may."""
    d = cv.DATA
    definite = frozenset(w.lower() for w in d.get("noun_determiners", []))
    indefinite = frozenset(w.lower() for w in d.get("determiners", [])) - definite
    return indefinite, definite


def description_features(role: str, role_raw: str) -> dict[str, float]:
    """What the description a rule read says of the quote's speaker, for the abstention model of
    described quotations (no candidate in it: the same for all)."""
    indefinite, definite = _determiners()
    words = role_raw.split()
    first = words[0].lower() if words else ""
    elided = first[:2] if first[1:2] in ("'", "’") else ""
    return {"indefinite": float(first in indefinite),
            "definite": float(first in definite or elided in definite),
            "no_description": float(not words),
            "description_words": min(len(words), 12) / 12.0,
            "role_autre": float(role == "autre")}


def confidence_described(top: float, lead: float, desc: dict[str, float], model: dict) -> float:
    """Probability that the best candidate is who speaks when a rule read a description of the
    speaker but no name: its own abstention model (``abstain_described``), on the score, the lead
    and what the description says (an indefinite "une infirmière" is mostly nobody named)."""
    a = model["abstain_described"]
    values = {"top": top, "lead": lead, **desc}
    z = a["intercept"] + sum(w * (values[k] - a["mean"][k]) / a["scale"][k] for k, w in a["weights"].items())
    return 1.0 / (1.0 + math.exp(-z))


MAX_LEAD = 2.0  # a lead over the runner-up beyond this says nothing more (and a lone candidate's lead)
# two persons closer than this in score are an ambiguity, whatever the confidence: no guess (on the
# first-sight rounds 39-61 and the tuned sets, the quotations named with a smaller lead: 0 right, 1 wrong)
MIN_LEAD = 0.6


def _key(name: str) -> str:
    return re.sub(r"\W+", "", name.lower())


def top_and_lead(scored: list[tuple[float, str]]) -> tuple[float, str, float]:
    """(best score, best candidate, its lead over the best OTHER person, at most MAX_LEAD): two
    mentions of one name are one person, two persons close in score an ambiguity."""
    best: dict[str, tuple[float, str]] = {}
    for score, name in scored:
        k = _key(name)
        if k not in best or score > best[k][0]:
            best[k] = (score, name)
    ranked = sorted(best.values(), key=lambda x: (-x[0], x[1]))
    lead = min(ranked[0][0] - ranked[1][0], MAX_LEAD) if len(ranked) > 1 else MAX_LEAD
    return ranked[0][0], ranked[0][1], lead


def coordinated(text: str, cands: list[Candidate], name: str) -> bool:
    """The best candidate is listed with another person in one sentence ("Odile (61 ans, …) et
    Gisèle (48 ans, …) se croisent chaque lundi. Elle raconte :"): which of them speaks, the text
    does not say (a pronoun after two persons), so no guess."""
    mine = [c for c in cands if _key(c.text) == _key(name)]
    others = [c for c in cands if _key(c.text) != _key(name) and c.shape in ("name", "civ")]
    for c in mine:
        for o in others:
            if o.after != c.after:
                continue
            a, b = (c.end, o.start) if c.end <= o.start else (o.end, c.start)
            between = re.sub(r"\([^()]*\)", "", text[a:b]).strip()
            if between in _list_joins():
                return True
    return False


@cv.per_language_data
def _list_joins() -> frozenset:
    """What joins two listed persons once their parentheses are set aside: "et", ", et" (a comma
    alone also joins a name to its place or its trade)."""
    words = cv.DATA.get("list_conjunctions", [])
    return frozenset([*words, *(f", {w}" for w in words)])


def full_name(name: str, cands: list[Candidate]) -> str:
    """A first name as the fuller form the window writes it ("Gérard" → "Gérard Lallemand", named
    once in full then by first name): the person as the document presents them."""
    if " " in name:
        return name
    longer = sorted({c.text for c in cands if c.shape == "name" and c.text.startswith(name + " ")},
                    key=lambda t: (-len(t), t))
    return longer[0] if len(longer) == 1 else name


def abstains(text: str, start: int, cands: list[Candidate], name: str) -> bool:
    """No guess, whatever the scores: two persons listed with "et" (``coordinated``), or a
    lead-in sentence that makes the quotation a text (fallbacks.yaml scripted_markers: "Dans son
    ouvrage, Bourdieu explique : « … »", "Le courrier de l'ARS dit : « … »")."""
    if coordinated(text, cands, name):
        return True
    lead = text[max(0, start - 300):start]
    return cv.SCRIPTED.search(re.split(r"[.!?…]\s+|\n", lead)[-1]) is not None


def described(role: str, role_raw: str) -> bool:
    """A rule read something of who speaks (a role, a description) without a name."""
    return bool(role_raw) or role not in ("", "inconnu")


def best_candidate(doc: DocumentView, start: int, end: int, skip: tuple[tuple[int, int], ...],
                   quote_starts: list[int], model: dict, role: str = "", role_raw: str = "") -> tuple[str, float]:
    """(the best candidate's text, its confidence), or ("", 0.0) when there is none."""
    ranked = rank_features(doc, start, end, skip, quote_starts, role, role_raw)
    if not ranked:
        return "", 0.0
    top, name, lead = top_and_lead([(candidate_score(f, model), c.text) for c, f in ranked])
    if lead < MIN_LEAD or abstains(doc.text, start, [c for c, _ in ranked], name):
        return name, 0.0
    name = full_name(name, [c for c, _ in ranked])
    if described(role, role_raw):
        return name, confidence_described(top, lead, description_features(role, role_raw), model)
    return name, confidence(top, lead, model)


# a parenthesis after the name, or an apposition closed by a comma ("M. Kamel B., 47 ans, connu …"; not
# "Fabrice Marie-Sainte, se veut rassurant :", a predicate)
_DESCRIPTION = r"\s*(?:\((?P<paren>[^()\n]{3,120})\)|,\s*(?P<apposition>[^,.;:!?«»()\n]{3,80})(?=,))"


@cv.per_language_data
def _clitics() -> frozenset:
    """Pronouns and clitics that open a predicate, not a description ("se veut", "lui répond")."""
    return frozenset(w.lower() for key in ("incise_reflexives", "object_pronouns", "subject_pronouns",
                                           "stressed_pronouns") for w in cv.DATA.get(key, []))


@cv.per_language_data
def _relatives() -> frozenset:
    """Relative pronouns (grammar.yaml): "X, qui l'a présidée jusqu'en 2020," is a clause, no description."""
    return frozenset(w.lower() for w in cv.DATA.get("relative_pronouns", []))


def _noun_apposition(desc: str) -> bool:
    """What a person is, not what they do: a trade, an age, or a short phrase that opens with no
    pronoun, clitic or relative ("se veut rassurant", "lui répond", "qui l'a présidée"), no elided
    clitic ("l'a", "qu'il") and holds no speech verb ("explique")."""
    if names_a_profession(desc) or re.search(r"\b\d{1,3}\s*ans\b", desc):
        return True
    words = desc.split()
    first = words[0].lower() if words else ""
    return (0 < len(words) <= 8 and first not in _clitics() and first not in _relatives()
            and not re.match(r"(?:qu|l|d|s|n|m|t)['’]", first) and not words[0][:1].isupper()
            and cv.SPEECH_VERB_ANY.search(desc) is None)


def _relative_speaker(lead: str, name: str) -> bool:
    """The lead gives the words to a person described by a noun, the subject of a relative clause
    with a speech verb right before the colon ("…, avec l'accord de Mme R., j'ai contacté son médecin
    traitant, qui m'a répondu :"), that does not hold ``name``: a name elsewhere in the lead is
    someone else."""
    m = _relative_lead().search(lead)
    return m is not None and bool(cv.PERSON_NOUN.search(m.group("np"))) and name not in m.group("np")


@cv.per_language_data
def _relative_lead() -> re.Pattern:
    rel = "|".join(re.escape(w) for w in cv.DATA.get("relative_pronouns", [])) or "(?!)"
    return re.compile(rf"(?P<np>[^,;:.!?«»]{{3,80}}),\s*(?:{rel})\s+(?:[\w'’]+\s+){{0,3}}?"
                      rf"(?:{cv.SPEECH_VERBS})\w*\s*:\s*$", re.IGNORECASE)


def described_role(text: str, name: str) -> tuple[str, str]:
    """(role, description) of a person the ranker named: the trade the document gives the name
    (person_registry.presented_trade), else what its first description says ("Antoine (81 ans,
    ancien berger)": no role of the vocabulary, so `autre`, as ANNOTATION.md has everyone else),
    else ("inconnu", "") when the document never describes them."""
    from .introduced_pseudonyms import _marker as pseudonym_marker
    from .person_registry import presented_trade
    from .roles import normalize_role

    role, desc = presented_trade(text, name)
    if role:
        return role, desc
    # "Nadia (pseudonyme), infirmière au centre …": the parenthesis says the name is invented, the
    # apposition after it what the person does (introduced_pseudonyms.yaml pseudonym_markers)
    m = re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])\s*\((?:{pseudonym_marker()})[^()]{{0,30}}\)"
                  rf",\s*(?P<desc>[^,.;:!?«»()\n]{{3,80}}?)\s*(?=[,.;:(]|\s(?:depuis|qui|et)\s)", text, re.IGNORECASE)
    if m and _noun_apposition(m.group("desc")):
        desc = m.group("desc").strip()
        role = normalize_role(desc)
        return (role if role not in ("", "inconnu") else "autre"), desc
    m = re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-]){_DESCRIPTION}", text)
    if m:
        desc = (m.group("paren") or m.group("apposition")).strip()
        role = normalize_role(desc)
        return (role if role not in ("", "inconnu") else "autre"), desc
    # an apposition closed by the colon that opens the quotation ("Aurélie Mercier, conseillère
    # santé : « … »", "Bernadette, visiteuse depuis 2015 : « … »"), read only when it names what
    # someone does or gives an age: "Fabrice Morel, se veut rassurant : « … »" is a predicate
    m = re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-]),\s*(?P<desc>[^,.;:!?«»()\n]{{3,80}}?)\s*:", text)
    if m and _noun_apposition(m.group("desc")):
        desc = m.group("desc").strip()
        role = normalize_role(desc)
        return (role if role not in ("", "inconnu") else "autre"), desc
    return "inconnu", ""


def apply_speaker_ranker(segments: list, text: str, model: dict | None = None, gazetteer=None) -> None:
    """A speaker for the quotations no rule gave one: the best candidate around the quote when its
    confidence reaches the model's threshold. Where no rule read anything about who speaks, the
    person's role is what the document says of them (``described_role``); where a rule read a
    description but no name ("la coordinatrice", "Infirmière, Lannion"), a stricter abstention
    model and threshold (``threshold_described``) decide, and the role read stays. ``attr_source``
    says ``speaker_ranker`` so a methodologist can find them."""
    # (not a voice the text leaves unidentified, "une voix dans la salle", "qui n'a pas souhaité préciser")
    # nor a coded passage whose source names no one (coding_reports.py)
    targets = [s for s in segments if s.kind == "verbatim" and not s.speaker and not unidentified(s.role_raw)
               and s.attr_source not in ("coding_source", "figure_caption")]
    if not targets:
        return
    model = model or load_model()
    speech = [(s.char_start, s.char_end) for s in segments if s.kind in ("verbatim", "turn")]
    quote_starts = sorted(a for a, _ in speech)
    doc = DocumentView.of(text, gazetteer)
    for seg in targets:
        skip = tuple(x for x in speech if x != (seg.char_start, seg.char_end))
        role, role_raw = seg.role or "", seg.role_raw or ""
        name, p = best_candidate(doc, seg.char_start, seg.char_end, skip, quote_starts, model, role, role_raw)
        read = described(role, role_raw)
        if not name or p < model["threshold_described" if read else "threshold"]:
            continue
        if read and _relative_speaker(text[text.rfind("\n", 0, seg.char_start) + 1:seg.char_start], name):
            continue
        seg.speaker = name
        seg.attr_source = "speaker_ranker"  # the speaker is the model's choice: say so, whatever gave the region
        if not read:
            seg.role, seg.role_raw = described_role(text, name)
