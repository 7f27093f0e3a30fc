"""What the speaker does, when no rule said: candidate roles around the speaker's mentions and the
quote, ranked by learned weights (issue #14).

The rules read a role from the slots they know (a description after a code, an interview header, a
participant table...). On a document in another convention a quotation keeps a speaker, or none,
and role ``inconnu`` although a reader finds "Kévin Delplace, brancardier au pôle central" a
paragraph above, or "(matelot, chalutier côtier, 27 ans, Le Guilvinec)" right after the quote.
This module is the fallback for those quotations, one decision per speaker: every word of the role
rules (lang/fr/roles.yaml, the same words ``normalize_role`` reads) found near a mention of the
speaker's name, around the quote or in a heading above the speaker's first item is a candidate
role, so are the code's letters and the document's most named roles, and ``autre`` (someone outside
the vocabulary: a patient, a resident, a sailor) when something says so; each candidate is
described by generic features of distance and position (``role_features``) and scored by a
logistic model whose weights are language data (``lang/fr/role_ranker.json``), trained by
``bench/train_role_ranker.py`` on the annotated sets' first-sight outputs. The best role is kept
only when the text ties it to this very speaker (``tied``: ANNOTATION.md keeps ``inconnu`` for a
voice whose role the document does not give) and its probability reaches the file's threshold. ``attr_source`` says ``role_ranker`` and ``role_raw`` gets the
words the role was read from (empty for ``autre`` read from nothing but the person's presentation),
so a methodologist can find and check each one.
"""

from __future__ import annotations

import bisect
import functools
import json
import math
import re
from dataclasses import dataclass
from pathlib import Path

from ..text import fold
from . import conventions as cv
from .roles import ROLE_RULES, letters_role, matched_role, normalize_role, unidentified
from .scan_patterns import standalone_mentions
from .speaker_ranker import _noun_apposition

MODEL_PATH = Path(__file__).resolve().parents[1] / "lang" / "fr" / "role_ranker.json"
UNDESCRIBED = ("", "inconnu")
SPEECH = ("verbatim", "turn")
MODERATOR = "moderator"
WINDOW = 160  # characters either side of a mention or the quote in which a role word counts
FAR = 400.0   # the distance given to a candidate with no occurrence on that side
CLOSE = 40    # characters between a quote and a word that presents its speaker ("Une patiente : « … »")
TIE = 60      # characters between a mention of the speaker and a word that says what they are
HEADING = 200  # the longest line read as a heading that describes the interviewee above their first turn
REACH = 1500  # characters before the quote where a heading or a presentation may describe its speaker
_CODE = re.compile(r"^(?P<letters>[^\W\d_][^\W\d_.\-]*)\.?[\s\-]?\d+[a-z]?$")
OUTSIDE = "autre"
_SENTENCE_END = re.compile(r"[.!?…](?:\s|$)")


@cv.per_language_data
def _age() -> re.Pattern:
    """An age ("27 ans"): lang/fr presented_labels.yaml caption_age_forms."""
    return re.compile("|".join(cv.DATA.get("caption_age_forms", [])) or r"(?!)")


@cv.per_language_data
def _plural() -> tuple[frozenset, tuple]:
    """(plural determiners: grammar.yaml, plural endings: fallbacks.yaml)."""
    return (frozenset(w.lower() for w in cv.DATA.get("plural_determiners", [])),
            tuple(cv.DATA.get("plural_endings", [])))


def _fold_aligned(text: str) -> str:
    """fold(), with positions in the folded text the positions in the text (a character whose folded
    form is longer or empty, "ﬁ", a lone combining mark, is folded alone to one character)."""
    whole = fold(text)
    if len(whole) == len(text):
        return whole
    return "".join((fold(c) or " ")[0] for c in text)


@dataclass(frozen=True)
class Occurrence:
    role: str
    tier: str
    start: int
    end: int
    anchor: str      # "mention" (of the speaker's name), "before" / "after" the quote, "above" its first item
    distance: int    # characters between the word and its anchor
    same_sentence: bool
    plural: bool     # a plural group ("des infirmières", "médecins"): people the text speaks of
    clear: bool = True  # no other person's words between the word and its anchor


@cv.per_language_data
def _civilities() -> frozenset:
    """The civilities of labels.yaml, folded, without their full stop ("mme", "m", "dr")."""
    return frozenset(c.rstrip(".") for c in cv.CIVILITIES)


def speaker_forms(speaker: str) -> list[str]:
    """The ways a text names the speaker: the label as given, title-cased when written in capitals
    ("MARCEL" → "Marcel"), and a full name's first and last words ("Kévin Delplace" → "Kévin",
    "Delplace"); short forms (codes, initials) as given only."""
    s = (speaker or "").strip()
    if not s:
        return []
    forms = [s]
    if s.isupper() and len(s) > 3:
        forms.append(s.title())
    words = [w for w in re.split(r"\s+", s) if len(w) >= 3 and w[:1].isupper() and not w.isupper()
             and fold(w).rstrip(".") not in _civilities()]
    if len(words) >= 2:
        forms += [words[0], words[-1]]
    elif len(words) == 1 and words[0] != s:
        forms.append(words[0])   # "Mme Fabre" → "Fabre", never "Mme"
    return list(dict.fromkeys(forms))


def mentions(text: str, speaker: str, speech: list[tuple[int, int]]) -> list[int]:
    """Where the text names the speaker outside every quotation (a quote's own label excluded)."""
    starts = [a for a, _ in speech]
    out = []
    for form in speaker_forms(speaker):
        for m in standalone_mentions(form, text):
            k = bisect.bisect_right(starts, m.start()) - 1
            if k >= 0 and speech[k][0] <= m.start() < speech[k][1]:
                continue
            out.append(m.start())
    return sorted(set(out))


@functools.lru_cache(maxsize=256)
def _mentions_cached(text: str, speaker: str, speech: tuple) -> list[int]:
    return mentions(text, speaker, list(speech))


def _word_bounds(text: str, a: int, b: int) -> tuple[int, int]:
    """The whole word (hyphens included) around a rule's match: "infirmières" of the stem "infirmi"."""
    while a > 0 and (text[a - 1].isalnum() or text[a - 1] == "-"):
        a -= 1
    while b < len(text) and (text[b].isalnum() or text[b] == "-"):
        b += 1
    return a, b


def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    return a, (len(text) if b < 0 else b)


def _occurrences(text: str, folded: str, lo: int, hi: int, anchor: str, at: int) -> list[Occurrence]:
    """Role words of the rules between lo and hi, measured from ``at``; a word inside a longer
    phrase another rule matches is that phrase's (as roles._best_role reads it)."""
    window = folded[lo:hi]
    found = []
    for role, pattern, tier in ROLE_RULES:
        for m in pattern.finditer(window):
            if m.end() > m.start():
                found.append((role, tier, lo + m.start(), lo + m.end()))
    out = []
    for role, tier, a, b in found:
        if any(s <= a and b <= e and e - s > b - a for _, _, s, e in found):
            continue
        dist = a - at if a >= at else at - b
        between = text[min(at, a):max(at, b)]
        before = folded[max(0, a - 12):a].split()
        word = text[a:_word_bounds(text, a, b)[1]]
        # a plural: after a plural determiner, or a lower-case word ending in s or x ("médecins",
        # "infirmières"); not an acronym ("ARS", "URPS")
        determiners, endings = _plural()
        plural = (bool(before) and before[-1] in determiners) or (
            len(word) > 3 and word.endswith(endings) and not word.isupper())
        out.append(Occurrence(role, tier, a, b, anchor, max(0, dist), not _SENTENCE_END.search(between), plural))
    return out


def role_occurrences(text: str, folded: str, start: int, end: int, speaker: str,
                     speech: list[tuple[int, int]], first: int | None = None,
                     asked: list[tuple[int, int]] = ()) -> tuple[list[Occurrence], list[int]]:
    """Every role word near a mention of the speaker or near the quote [start, end), and the mentions;
    ``first``: where the speaker's first quotation or turn starts (an interview's header lies above
    its first turn, not above the twentieth); ``asked``: the spans of the interviewer's words, where
    a word of the ``autre`` rules is whom the question speaks of, not who answers ("Q : … quand un
    patient doit descendre …" above "R : …"), while a trade may well be the answerer's ("Vous êtes
    infirmière depuis longtemps ?")."""
    occ: list[Occurrence] = []
    found = _mentions_cached(text, speaker, tuple(speech))
    for m in found:
        a, b = _line_bounds(text, m)
        occ += _occurrences(text, folded, max(a, m - WINDOW), min(b, m + WINDOW), "mention", m)
    a, _ = _line_bounds(text, start)
    prev = text.rfind("\n", 0, max(0, a - 1)) + 1  # the line before too: "Nadine, infirmière de nuit :" above
    occ += _occurrences(text, folded, max(prev, start - WINDOW), start, "before", start)
    _, b = _line_bounds(text, max(start, end - 1))
    nxt = text.find("\n", b + 1)
    nxt = len(text) if nxt < 0 else nxt
    occ += _occurrences(text, folded, end, min(nxt, end + WINDOW), "after", end)
    # further up: an interview's header, a presentation of the person
    top = first if first is not None and first < start else start
    if top != start:
        a, _ = _line_bounds(text, top)
        prev = text.rfind("\n", 0, max(0, a - 1)) + 1
    occ += _occurrences(text, folded, max(0, top - REACH), max(0, prev - 1), "above", top)
    starts = [a for a, _ in asked]

    def in_question(pos: int) -> bool:
        k = bisect.bisect_right(starts, pos) - 1
        return k >= 0 and asked[k][0] <= pos < asked[k][1]

    others = [x for x in sorted(set(speech) | set(asked)) if x != (start, end)]
    other_starts = [a for a, _ in others]

    def crossed(a: int, b: int) -> bool:
        """Whether someone else's words lie in [a, b) or hold it."""
        k = bisect.bisect_right(other_starts, b) - 1
        return k >= 0 and others[k][1] > a

    kept = []
    for o in occ:
        if start <= o.start < end or (o.role == OUTSIDE and in_question(o.start)):
            continue  # the speaker's own words speak of others ("deux postes de médecins vacants")
        if o.anchor == "before":
            clear = not crossed(o.start, start)
        elif o.anchor == "after":
            clear = not crossed(end, o.end)
        elif o.anchor == "above":
            clear = not crossed(o.start, top)
        else:
            clear = not crossed(o.start, o.end)
        kept.append(Occurrence(o.role, o.tier, o.start, o.end, o.anchor, o.distance, o.same_sentence, o.plural, clear))
    return kept, found


_DESCRIBED = re.compile(r"\s*(?:\((?P<paren>[^()\n]{3,120})\)|,\s*(?P<apposition>[^,.;:!?«»()\n]{3,80})(?=\s*[,:]))")


_NAME_REST = re.compile(r"(?:\s+[A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜ][\w'’-]+){1,3}")


def description_after(text: str, pos: int, form_len: int) -> str:
    """The description right after a mention of the speaker: a parenthesis ("Antoine (81 ans,
    ancien berger)") or an apposition closed by a comma or a colon ("Kévin Delplace, brancardier au
    pôle central,"), when it says what the person is (speaker_ranker._noun_apposition, the reading
    the speaker fallback gives a named person's description); else ''."""
    rest = _NAME_REST.match(text, pos + form_len)  # "Kévin" of "Kévin Delplace, brancardier …"
    m = _DESCRIBED.match(text, rest.end() if rest else pos + form_len)
    if not m:
        return ""
    desc = (m.group("paren") or m.group("apposition") or "").strip()
    return desc if _noun_apposition(desc) else ""


def _ages_near(text: str, positions: list[int], span: int = 60) -> bool:
    return any(_age().search(text, max(0, p - span), min(len(text), p + span)) for p in positions)


FEATURES = ("mention", "mention_dist", "mention_sentence", "before_dist", "before_sentence", "after_dist",
            "after_sentence", "above_dist", "count", "doc_share", "doc_rank", "code_letters", "described",
            "tier_weak", "tier_other", "tier_body", "outside", "outside_age", "outside_described", "no_speaker")


def code_role(speaker: str) -> str:
    """The role the letters of a speaker's code name ("MG3", "K5", "IDE-2"), else ''."""
    m = _CODE.match((speaker or "").strip())
    if not m:
        return ""
    role = letters_role(m.group("letters"))
    return "" if role in UNDESCRIBED or role == OUTSIDE else role


def is_code(speaker: str) -> bool:
    """A code rather than a name: letters with a number ("P3", "CDS n° 3", "Entretien 4"), or capitals."""
    s = (speaker or "").strip()
    return bool(s) and (any(c.isdigit() for c in s) or bool(_CODE.match(s)) or (s.isupper() and len(s) <= 4))


def full_name(speaker: str) -> bool:
    """A first and a last name ("Jean-Max Hoarau", "Marie-Josée Leca"), a civility aside."""
    words = [w for w in (speaker or "").split() if len(w) >= 2 and w[:1].isupper() and not w.isupper()
             and not w.endswith(".") and fold(w) not in _civilities()]
    return len(words) >= 2


def descriptions(text: str, speaker: str, found: list[int]) -> list[str]:
    """What the document says the speaker is, right after each of its mentions."""
    out = []
    for pos in found:
        for form in speaker_forms(speaker):
            if text.startswith(form, pos):
                desc = description_after(text, pos, len(form))
                if desc:
                    out.append(desc)
                break
    return out


def role_features(occ: list[Occurrence], found: list[int], text: str, quotes: list[tuple[int, int]],
                  doc_counts: dict[str, int], speaker: str) -> dict[str, dict[str, float]]:
    """Features of each candidate role: how near its words are to a mention of the speaker and to
    the quote, on which side, in the same sentence, how often, its share of the document's role
    words, whether the document's description of the speaker names it. Candidates: the roles of the
    words found (not those after a plural determiner: people the text speaks of), the role of the
    code's letters, the document's three most named roles, and ``autre`` only when something says
    the person is outside the vocabulary (an age by a mention or the quote, a description naming
    no role of it, a word of the ``autre`` rules: "patiente", "résident")."""
    occ = [o for o in occ if not o.plural]
    total = sum(doc_counts.values()) or 1
    by_count = sorted(doc_counts, key=lambda r: (-doc_counts[r], r))
    coded = code_role(speaker)
    described = {}
    coded_speaker = is_code(speaker)
    for desc in descriptions(text, speaker, found):
        role = normalize_role(desc)
        # a code's description gives 'autre' only by a word of the autre rules ("P2, patiente, 61 ans"):
        # an age, a sex, a place or an adjective after a code say no trade ("P3, 45 ans", "CDS n° 3,
        # municipal"); a named person's description that names no role is one outside the vocabulary
        if role == OUTSIDE and coded_speaker and matched_role(desc) != OUTSIDE:
            continue
        described.setdefault(role, desc)
    age = _ages_near(text, found + [p for q in quotes for p in q])
    # a word of the autre rules ("patiente", "résident", "mère") counts when it presents the person:
    # right by a mention of them, or by the quote ("une patiente :"); anywhere near only for a
    # speaker the text does not name in full (a code, a first name, an initial, nobody): a person
    # named by first and last name and described by nothing is, in a text about patients, as often
    # one of the professionals (ANNOTATION.md: role not given, ``inconnu``)
    loose = not full_name(speaker)
    outside_said = age or OUTSIDE in described or any(
        o.role == OUTSIDE and (loose or (o.anchor == "mention" and o.same_sentence and o.distance <= CLOSE) or
                               (o.anchor in ("before", "after") and o.distance <= CLOSE)) for o in occ)
    tied_roles = set(described) | ({coded} if coded else set()) | {o.role for o in occ if tied(o, text)}
    if OUTSIDE in tied_roles or _age_tied(text, speaker, found, quotes):
        tied_roles.add(OUTSIDE)
    roles = {o.role for o in occ} | set(by_count[:3]) | ({coded} if coded else set()) | set(described)
    roles.discard("inconnu")
    if outside_said:
        roles.add(OUTSIDE)
    else:
        roles.discard(OUTSIDE)
    out = {}
    for role in sorted(roles):
        mine = [o for o in occ if o.role == role]

        def nearest(anchor: str) -> tuple[float, float]:
            xs = [o for o in mine if o.anchor == anchor]
            if not xs:
                return math.log1p(FAR), 0.0
            return math.log1p(min(o.distance for o in xs)), float(any(o.same_sentence for o in xs))

        md, ms = nearest("mention")
        bd, bs = nearest("before")
        ad, as_ = nearest("after")
        above = [o.distance for o in mine if o.anchor in ("above", "before")]
        tiers = {o.tier for o in mine}
        out[role] = {
            "mention": float(any(o.anchor == "mention" for o in mine)), "mention_dist": md, "mention_sentence": ms,
            "before_dist": bd, "before_sentence": bs, "after_dist": ad, "after_sentence": as_,
            "above_dist": math.log1p(min(above)) if above else math.log1p(REACH),
            "count": math.log1p(len(mine)),
            "doc_share": doc_counts.get(role, 0) / total,
            "doc_rank": float(by_count.index(role)) if role in by_count[:3] else 3.0,
            "code_letters": float(role == coded),
            "described": float(role in described),
            "tier_weak": float(tiers == {"weak"}), "tier_other": float("other" in tiers and "head" not in tiers),
            "tier_body": float("body" in tiers), "outside": float(role == OUTSIDE),
            "outside_age": float(role == OUTSIDE and age),
            "outside_described": float(role == OUTSIDE and OUTSIDE in described),
            "no_speaker": float(not speaker),
            "tied": float(role in tied_roles),
        }
    return out


def tied(o: Occurrence, text: str) -> bool:
    """Whether a role word says what this very speaker is, as a reader takes it: right by a mention
    of them in the same sentence ("Nadège, infirmière libérale à Mana"), in the quote's own
    attribution slot ("Une infirmière raconte : « … »", "« … » (pharmacien, Albi)"), or in the
    heading right above their first turn ("Entretien 3 – infirmière libérale"); never across
    another person's words."""
    if not o.clear or o.plural:
        return False
    if o.anchor == "mention":
        return o.same_sentence and o.distance <= TIE
    if o.anchor == "before":
        # on the quote's line, or on the line above when that line introduces it ("Une infirmière :")
        between = text[o.end:o.end + o.distance]
        cut = between.rfind("\n")
        return o.same_sentence and o.distance <= CLOSE and (cut < 0 or between[:cut].rstrip().endswith(":"))
    if o.anchor == "after":
        # on the quote's line, or a line under it that signs it ("— Infirmière libérale, Finistère")
        gap = text[o.start - o.distance:o.start]
        cut = gap.rfind("\n")
        return o.same_sentence and o.distance <= CLOSE and (cut < 0 or gap[cut + 1:].lstrip()[:1] in "—–-(")
    if o.anchor == "above":
        a, b = _line_bounds(text, o.start)
        return b - a <= HEADING and o.distance <= 3 * HEADING
    return False


def _age_tied(text: str, speaker: str, found: list[int], quotes: list[tuple[int, int]]) -> bool:
    """An age right after a mention of a person named (not a code: "P3, 45 ans" says no trade), or in
    the parenthesis right after an anonymous quotation ("(matelot, 27 ans, Le Guilvinec)")."""
    if speaker and not is_code(speaker):
        for pos in found:
            if _age().search(text, pos, min(len(text), pos + len(speaker) + 30)):
                return True
    if not speaker:
        for _, end in quotes:
            line_end = text.find("\n", end)
            if _age().search(text, end, min(end + CLOSE + 20, len(text) if line_end < 0 else line_end)):
                return True
    return False


def document_role_counts(folded: str, speech: list[tuple[int, int]] = ()) -> dict[str, int]:
    """How often the document's own prose names each role (the rules' words, every occurrence, the
    people's words left out: who the document presents, not whom its speakers speak of; a word
    inside a longer phrase another rule matches on the same line is that phrase's)."""
    if speech:
        pieces, pos = [], 0
        for a, b in sorted(speech):
            pieces.append(folded[pos:a])
            pos = max(pos, b)
        pieces.append(folded[pos:])
        folded = "\n".join(pieces)
    found = []
    for role, pattern, _tier in ROLE_RULES:
        for m in pattern.finditer(folded):
            if m.end() > m.start() and "\n" not in m.group():
                found.append((m.start(), m.end(), role))
    found.sort()
    counts: dict[str, int] = {}
    for k, (a, b, role) in enumerate(found):
        # the matches that could contain this one start before it on the same line
        inside = False
        for s2, e2, _ in reversed(found[max(0, k - 8):k]):
            if folded.find("\n", s2, a) >= 0:
                break
            if s2 <= a and b <= e2 and e2 - s2 > b - a:
                inside = True
                break
        if not inside:
            for s2, e2, _ in found[k + 1:k + 8]:
                if s2 > a:
                    break
                if e2 >= b and e2 - s2 > b - a:
                    inside = True
                    break
        if not inside:
            counts[role] = counts.get(role, 0) + 1
    return counts


@functools.lru_cache(maxsize=4)
def _load(path: str) -> str:
    return Path(path).read_text(encoding="utf-8")


def load_model(path: str = str(MODEL_PATH)) -> dict:
    return json.loads(_load(path))


def candidate_score(features: dict[str, float], model: dict) -> float:
    # "tied" is no weight of the ranker: decide() requires it of the best candidate
    return sum(model["weights"][k] * (features[k] - model["mean"][k]) / model["scale"][k] for k in model["features"])


GATE = ("top", "lead", "local", "no_speaker", "presented", "coded", "outside")


def gate_values(features: dict[str, dict[str, float]], role: str, top: float, lead: float) -> dict[str, float]:
    """What the abstention model reads: the best score, its lead, whether the best role is said near
    the quote or a mention of the speaker (not only elsewhere in the document), no speaker, whether
    the role is said in a sentence naming the speaker or in their description, by the letters of
    their code, or is ``autre``."""
    ft = features[role]
    local = (ft["mention"] or ft["described"] or ft["outside_age"] or ft["outside_described"]
             or min(ft["before_dist"], ft["after_dist"]) < math.log1p(FAR))
    return {"top": top, "lead": lead, "local": float(bool(local)), "no_speaker": ft["no_speaker"],
            "presented": float(bool(ft["mention_sentence"] or ft["described"])), "coded": ft["code_letters"],
            "outside": ft["outside"]}


def confidence(values: dict[str, float], model: dict) -> float:
    g = model["abstain"]
    z = g["intercept"] + sum(g["weights"][k] * values[k] for k in GATE)
    return 1.0 / (1.0 + math.exp(-z))


def ranked(features: dict[str, dict[str, float]], model: dict) -> tuple[str, float, float]:
    """(best role, its score, its lead over the runner-up; 5.0 when it is the only candidate);
    ("", 0, 0) when there is no candidate."""
    if not features:
        return "", 0.0, 0.0
    scored = sorted(((candidate_score(ft, model), role) for role, ft in features.items()), key=lambda x: (-x[0], x[1]))
    top, role = scored[0]
    lead = top - scored[1][0] if len(scored) > 1 else 5.0
    return role, top, lead


def decide(features: dict[str, dict[str, float]], model: dict) -> tuple[str, float]:
    """(role, confidence) of the best candidate; ('', 0.0) when there is none or when nothing ties
    the best role to this speaker (``tied``: the document's prior or a word further off may rank a
    role first, but a reader gives a role only on what the text says of the person)."""
    role, top, lead = ranked(features, model)
    if not role or not features[role]["tied"]:
        return "", 0.0
    return role, confidence(gate_values(features, role, top, lead), model)


def evidence(occ: list[Occurrence], role: str, text: str, speaker: str, found: list[int]) -> str:
    """What the role was read from, for role_raw: the speaker's description when it names the role,
    else the whole word nearest the quote or a mention (not after a plural determiner)."""
    for desc in descriptions(text, speaker, found):
        if normalize_role(desc) == role:
            return desc
    mine = sorted((o for o in occ if o.role == role and not o.plural), key=lambda o: (o.distance, o.start))
    if not mine:
        return ""
    a, b = _word_bounds(text, mine[0].start, mine[0].end)
    return text[a:b]


def first_items(segments: list) -> dict[str, int]:
    """Where each speaker's first quotation or turn starts."""
    out: dict[str, int] = {}
    for s in segments:
        if s.kind in SPEECH and s.speaker:
            out[s.speaker] = min(out.get(s.speaker, s.char_start), s.char_start)
    return out


def is_target(kind: str, role: str, speaker: str) -> bool:
    """A quotation, or a turn with a speaker, left ``inconnu``: a turn with no speaker is several
    people answering at once ("Plusieurs :", "[en même temps]"), whose role stays unsaid."""
    return (role or "") in UNDESCRIBED and (kind == "verbatim" or (kind == "turn" and bool(speaker)))


def group_features(text: str, folded: str, group: list[tuple[int, int]], speaker: str,
                   speech: list[tuple[int, int]], first: int | None, counts: dict[str, int],
                   asked: list[tuple[int, int]] = ()) -> tuple[dict[str, dict[str, float]], list[Occurrence], list[int]]:
    """The candidates of one speaker's items left ``inconnu`` (or of one anonymous quotation), read
    over all of them at once: a person has one role in a document."""
    occ: list[Occurrence] = []
    found: list[int] = []
    for start, end in group:
        o, found = role_occurrences(text, folded, start, end, speaker, speech, first, asked)
        occ += o
    return role_features(occ, found, text, group, counts, speaker), occ, found


def target_groups(segments: list) -> list[list]:
    """The targets, one group per speaker (in order of first item), each anonymous item alone. A
    speaker some of whose items have a role is left out: the rules gave the role where they read it
    and kept ``inconnu`` where the label stands for several persons of different roles (an
    interview of a doctor and two nurses under one number)."""
    described = {s.speaker for s in segments if s.kind in SPEECH and s.speaker and (s.role or "") not in UNDESCRIBED}
    groups: dict[str, list] = {}
    out: list[list] = []
    for seg in segments:
        if not is_target(seg.kind, seg.role, seg.speaker) or (seg.speaker and seg.speaker in described) \
                or unidentified(seg.role_raw) or seg.attr_source in ("coding_source", "figure_caption") or cv.several_voices(seg.speaker or ""):
            # (a coded passage whose source names no one says nothing of a role: coding_reports.py; nor
            # does a label of several voices at once, "Intervenant 2 et 3")
            continue
        if seg.speaker:
            if seg.speaker not in groups:
                groups[seg.speaker] = []
                out.append(groups[seg.speaker])
            groups[seg.speaker].append(seg)
        else:
            out.append([seg])
    return out


def apply_role_ranker(segments: list, text: str, model: dict | None = None) -> None:
    """A role for the quotations and turns left ``inconnu`` (with or without a speaker) when the
    model's confidence reaches its threshold; one decision per speaker."""
    groups = target_groups(segments)
    if not groups:
        return
    model = model or load_model()
    speech = sorted((s.char_start, s.char_end) for s in segments if s.kind in SPEECH)
    asked = sorted((s.char_start, s.char_end) for s in segments if s.kind == MODERATOR)
    folded = _fold_aligned(text)
    counts = document_role_counts(folded, speech)
    firsts = first_items(segments)
    for group in groups:
        speaker = group[0].speaker or ""
        feats, occ, found = group_features(text, folded, [(s.char_start, s.char_end) for s in group], speaker,
                                           speech, firsts.get(speaker), counts, asked)
        role, p = decide(feats, model)
        if not role or p < model["threshold"]:
            continue
        raw = evidence(occ, role, text, speaker, found)
        for seg in group:
            seg.role = role
            seg.role_raw = raw or seg.role_raw or ""
            seg.attr_source = "role_ranker"  # the role is the model's choice (the region stays what a rule read)
