"""A transcriber's note in parentheses or brackets that opens a paragraph of someone's words:
"(Inaudible) elle est en Islande.", "[rires] Oui, c'est ça." A verbatim transcript notes what it
could not hear or what happened where it happened, at the start of a paragraph too; the words
after it carry on the turn above. The notes are the words of ``lang/fr/transcriber_notes.yaml``;
a parenthesis opening on anything else (a reference "(voir annexe 2)", an aside) is no such note,
and a note alone on its line ("(Rires)") is left to the readers of stage directions.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import fold
from . import conventions as cv

NOTE = re.compile(r"\s*[(\[]\s*([^()\[\]]{1,40}?)\s*[)\]]\s*(?=\S)")
# a paragraph that is one aside in brackets or parentheses, whole, any words inside: "[La secrétaire
# entre dans le bureau]", "[Applaudissements]", "(Ouvre un onglet pour aller sur data.gouv.fr)", or
# in braces, a coding software's tag opening a thematised extract ("{Thème : CPTS}")
ASIDE = re.compile(r"\s*(?:\[[^\[\]]+\]|\([^()]+\)|\{[^{}]+\})[\s.]*")


def note_words() -> set[str]:
    return {fold(w).lower() for w in (cv.language_data().get("transcriber_notes") or {}).get("words", [])}


def opens_with_transcriber_note(text: str) -> bool:
    """Whether ``text`` opens with a transcriber's note followed by words ("(Inaudible) elle est
    en Islande." -> True; "(voir annexe 2) Les …", "(Rires)" -> False)."""
    m = NOTE.match(text)
    return bool(m) and fold(m.group(1)).lower().rstrip(".…") in note_words()


@lru_cache(maxsize=4)
def _margin_comment(key: int) -> re.Pattern:
    words = cv._alt(cv.language_data().get("margin_comment_words", [])) or "(?!)"
    return re.compile(rf"\s*(?i:{words})\s*\[[A-Z]{{1,4}}\d{{1,3}}\]\s*:")


def margin_comment(text: str) -> bool:
    """Whether ``text`` is a word processor's margin comment printed between the turns: a noun of
    ``margin_comment_words``, the commenter's initials and the comment's number in brackets, a
    colon ("Commentaire [AS1] : relancer sur …"). A reader's note on the transcript, nobody's words
    even where it quotes some."""
    return _margin_comment(id(cv.language_data())).match(text) is not None


def is_aside(text: str) -> bool:
    """Whether ``text`` is wholly one aside in brackets, parentheses or braces (a stage direction, a
    transcriber's or note-taker's remark, a theme's tag set as a paragraph of its own), or a margin comment:
    nobody's words."""
    return ASIDE.fullmatch(text) is not None or margin_comment(text)


@lru_cache(maxsize=4)
def _aside_voice(key: int) -> re.Pattern:
    d = cv.language_data()
    dets = cv.word_forms("singular_determiners", r"\s+", elided_after=r"\s*")
    verbs = cv._flex_alt((d.get("aside_voices") or {}).get("verbs", [])) or "(?!)"
    return re.compile(rf"^\s*[\[(]\s*(?P<np>(?i:{dets})(?P<noun>[^\W\d_][\w-]+)[^,;.()\[\]]{{0,40}}?)"
                      rf"(?:[\s,][^()\[\]]*?)?(?<![\w'’-])(?i:{verbs})(?![\w-])")


def aside_voice(text: str) -> str:
    """The person a stage direction says takes the floor in the interview ("[Une personne entre dans
    le bureau, échange quelques mots avec K2, puis s'adresse à l'enquêtrice.]" -> "Une personne"):
    the words of the paragraph below are theirs (lang/fr transcriber_notes.yaml aside_voices); ''
    when the aside is no such direction."""
    if not is_aside(text):
        return ""
    m = _aside_voice(id(cv.language_data())).match(text)
    if m is None:
        return ""
    nouns = {fold(w).lower() for w in (cv.language_data().get("aside_voices") or {}).get("nouns", [])}
    person = cv.PERSON_NOUN.match(m.group("noun")) or fold(m.group("noun")).lower() in nouns
    return m.group("np").strip() if person else ""
