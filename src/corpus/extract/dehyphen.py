"""Words cut by a hyphen at a line's end: rejoined, or kept as a compound's own hyphen
(the document's own spelling, compound tails and prefixes of lang/fr/compounds.yaml, the model's
vocabulary)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..lang import load as lang_data

HYPHENS = "-\u2010"
HYPHEN_END = re.compile(r"([^\W\d_])[-\u2010]$")
LEADING_PUNCT = "([«\"'“‘"
WORD_RE = re.compile(r"[^\W\d_]+(?:[-\u2010'’][^\W\d_]+)*")


@lru_cache(maxsize=1)
def _compounds() -> tuple[frozenset, frozenset, frozenset]:
    """(compound prefixes, compound tails, clitic tails) of lang/fr/compounds.yaml."""
    data = lang_data()
    clitics = frozenset(data["clitic_tails"])
    return frozenset(data["compound_prefixes"]), frozenset(data["compound_tails"]) | clitics, clitics


@lru_cache(maxsize=1)
def _inclusive_form() -> re.Pattern:
    """A word in inclusive writing: letters, then point + ending, once or more (masseur·se,
    professionnel·le·s, infirmier.ère); points and endings from lang/fr/compounds.yaml."""
    data = lang_data()
    points = re.escape("".join(data.get("inclusive_points", [])))
    endings = sorted(data.get("inclusive_endings", []), key=lambda e: (-len(e), e))
    if not points or not endings:
        return re.compile(r"(?!)")
    ending = "|".join(re.escape(e) for e in endings)
    return re.compile(rf"[^\W\d_]+(?:[{points}](?:{ending}))+", re.IGNORECASE)


def is_inclusive_form(word: str) -> bool:
    """Whether ``word`` is written in inclusive writing (masseur·se, répondant.e.s)."""
    return _inclusive_form().fullmatch(word.lstrip(LEADING_PUNCT)) is not None


def hyphen_decision(head: str, tail: str, known_words=frozenset(), vocabulary=frozenset(),
                    lexicon=None) -> tuple[bool, str]:
    """Whether a line-end hyphen between ``head`` and ``tail`` is the compound's own (kept),
    and the rule that decided. In order: the document's own spelling (the compound written
    whole on a line; the glued word elsewhere), a proper noun or a place name's links after a
    capitalised part (Saint-Georges-|de-l'Oyapock), a first part in inclusive writing
    (masseur·se-), a clitic tail the model's vocabulary reads as a word's ending (socia-|les), a
    usual compound tail (c'est-à-dire, dit-elle), the model's vocabulary (one form known, the other
    not; neither known but both parts are words: sage-|femme, anxio-|dépressifs), the French compound
    prefixes (quasi-, sous-, dix-), else the typesetter's hyphen.
    """
    last_head = re.split(r"[-\u2010'’]", head)[-1]
    glued = (last_head + tail).lower()
    hyphenated = f"{head}-{tail}".lower()
    if hyphenated in known_words:
        return True, "document_compound"
    if glued in vocabulary:
        return False, "document_word"
    prefixes, tails, clitics = _compounds()
    if tail[:1].isupper():
        return True, "proper_noun"
    if last_head[:1].isupper() and any(h in tail for h in HYPHENS):
        # a place name's links: "Saint-Georges-|de-l'Oyapock", "Bourg-|la-Reine", the tail a
        # compound of its own after a capitalised part
        return True, "proper_noun_compound"
    if is_inclusive_form(last_head):
        return True, "inclusive_writing"
    first_tail = tail.lower().split("-")[0]
    by_lexicon = _lexicon_decision(last_head, tail, glued, lexicon) if lexicon is not None else None
    if first_tail in clitics and by_lexicon is not None and by_lexicon[1] == "lexicon_word":
        return by_lexicon   # "socia-|les", "dou-|leur": a word's ending, not "donne-le", "parle-leur"
    if first_tail in tails:
        return True, "compound_tail"
    if by_lexicon is not None:
        return by_lexicon
    if last_head.lower() in prefixes:
        return True, "compound_prefix"
    return False, "line_end_hyphen"


def _lexicon_decision(last_head: str, tail: str, glued: str, lexicon) -> tuple[bool, str] | None:
    """The model's vocabulary on a cut word: the one form it knows; when it knows neither and both
    parts are words, the compound (a typesetter cuts a word the vocabulary knows, or at a syllable
    that is seldom a word on both sides); None when it knows both (dixsept, dix-sept)."""
    glued_known, compound_known = lexicon(glued), lexicon(f"{last_head}-{tail}".lower())
    if compound_known and not glued_known:
        return True, "lexicon_compound"
    if glued_known and not compound_known:
        return False, "lexicon_word"
    if not glued_known and not compound_known and lexicon(last_head.lower()) and lexicon(tail.lower()):
        return True, "lexicon_parts"
    return None


def join_hyphenated(left: str, right: str, known_words: set[str] | frozenset = frozenset(),
                    vocabulary: set[str] | frozenset = frozenset(), lexicon=None,
                    why: list | None = None) -> tuple[str, bool]:
    """Join two lines of a paragraph; a word cut by a hyphen at the end of ``left`` is rejoined
    (glued) unless the hyphen is a compound's own (see hyphen_decision). ``lexicon``: a
    predicate telling known word forms (wordforms.word_lexicon()); ``why``: gets the deciding rule.
    Returns (joined text, whether a hyphen was removed).
    """
    if not left:
        return right, False
    if not right:
        return left, False
    if HYPHEN_END.search(left) and right[:1].isalpha():
        head = left.rsplit(" ", 1)[-1][:-1]
        tail = WORD_RE.match(right)
        tail = tail.group(0) if tail else right.split(" ", 1)[0]
        keep, rule = hyphen_decision(head, tail, known_words, vocabulary, lexicon)
        if why is not None:
            why.append(rule)
        if keep:
            return left + right, False
        return left[:-1] + right, True
    return f"{left} {right}", False
