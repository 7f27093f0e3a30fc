"""A quotation split in two by an incise whose subject is an inverted pronoun: « On a tenu »,
dit-elle, « parce qu'on se connaissait » (T. I12, infirmière). The pronoun names the person the
quotation is attributed to, not someone new, so the halves are one quotation: the rules read the
closing mark of the first half and the opening mark of the second as spaces (one character for
one: no offset moves; the segments keep the document's marks), and every reader sees one
quotation with its attribution after it. The pronouns are ``incise_pronouns`` in
lang/fr/split_quotes.yaml. The incise's comma may stay inside the first half, the French way
(« Le kiné, on l'a gardé, » raconte-t-il, « mais … »), and the incise may repeat the person's
name alone, a speech verb then a first name and perhaps a surname, nothing else (« … »,
poursuit Ketty Rosier, « … »: the press's habit, round 24; s27-segfound2): the same person's
words go on. An incise that says more ("», explique Marie Payet, pharmacienne, «") is left to
the readers of named incises."""

from __future__ import annotations

import re
from functools import lru_cache

from . import conventions as cv
from .attributions import describes_person


@lru_cache(maxsize=8)
def _incise(key: int) -> re.Pattern | None:
    pronouns = cv.DATA.get("incise_pronouns", [])
    if not pronouns:
        return None
    ws = r"[ \t\u00a0\u202f]"
    inverted = r"[^\W\d_]+(?:-t)?-(?:" + "|".join(re.escape(p) for p in pronouns) + r")(?![\w-])"
    name = r"[A-ZÉÈ][a-zéèêëïîôûç]+(?:-[A-ZÉÈ][a-zéèêëïîôûç]+)?"
    not_names = "|".join(re.escape(w) for w in cv.DATA.get("not_names", [])) or "(?!)"
    # "», poursuit Ketty Rosier, «": a speech verb and the person's name alone, nothing else
    named = rf"(?:{cv.SPEECH_VERBS}){ws}+(?-i:(?!(?:{not_names})\b){name}(?:{ws}+{name})?)(?![\w'’-])"
    # "», dit-elle, «", or the incise's comma inside the first half: ", » raconte-t-il, «"
    return re.compile(rf"(?:(?P<close>»){ws}*,|,{ws}*(?P<inner>»)){ws}*(?:{inverted}|{named}){ws}*,{ws}*(?P<open>«)",
                      re.IGNORECASE)


def join_split_quotes(text: str) -> str:
    """text with the marks around each pronoun (or bare name) incise between two halves of a
    quotation read as spaces (same length)."""
    incise = _incise(id(cv.DATA))
    if incise is None or "»" not in text:
        return text

    def blank(m: re.Match) -> str:
        out = list(m.group())
        for g in ("close", "inner", "open"):
            if m.start(g) >= 0:
                out[m.start(g) - m.start()] = " "
        return "".join(out)

    return incise.sub(blank, text)


# what may follow a closing incise's verb and pronoun up to the paragraph's end ("en souriant.")
INCISE_TAIL = re.compile(r"[^.!?«»\n]*[.!?…]?[ \t\u00a0\u202f]*")


def close_at_incise(text: str) -> str:
    """text with a quotation the press left open (« … de pouvoir en parler, explique t-il.) closed
    at the incise that ends its paragraph: the incise's comma is read as » (same length), so that
    the readers of « … », explique-t-il. read it. The paragraph must not be followed by one opened
    by « (a quotation over several paragraphs: split_quotes.inner_incise reads its incises)."""
    if "«" not in text:
        return text
    lines = text.split("\n")
    for i, line in enumerate(lines):
        opened = line.rfind("«")
        if opened < 0 or "»" in line[opened:] or (i + 1 < len(lines) and lines[i + 1].lstrip().startswith("«")):
            continue
        for comma in reversed([m.start() for m in re.finditer(",", line[opened:])]):
            at = opened + comma
            m = cv.VERB_AFTER.match(line[at:])
            if m is not None and m.group("pron") and INCISE_TAIL.fullmatch(line, at + m.end()):
                lines[i] = line[:at] + "»" + line[at + 1:]
                break
    return "\n".join(lines)


# a quotation closed, then at once another that runs to the line's end: "… rassuré. » « Aujourd'hui, … »"
NEXT_QUOTE_ENDS_LINE = re.compile(r"»(?P<gap>[ \u00a0])«(?P<inner>[^«»\n]{10,})»[ \t]*$", re.MULTILINE)


def cut_quotes_in_a_row(text: str) -> str:
    """text with two quotations extraction ran into one line ("« … » « … »", paragraphs of a
    testimony, or a quote and the next speaker's with an incise: "« …, explique IDE4, … »") cut
    in two lines, the space between them read as a line break (same length; s28-segr49a): each
    is read as a quotation opening its paragraph. Only when the second ends the line: "« … » « … »
    (E3)" keeps the credit after both on one line; and a list of phrases a colon announces
    ("Phrases à éviter :" then "« … » « … »") stays a list, unless the second quotation names its
    speaker in an incise."""
    if "» «" not in text and "»\u00a0«" not in text:
        return text
    for m in NEXT_QUOTE_ENDS_LINE.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line = text[line_start:m.start()]
        announced = not line.lstrip().startswith("«") or text[:line_start].rstrip().endswith(":")
        if announced and inner_incise(m.group("inner")) is None:
            continue
        text = text[:m.start("gap")] + "\n" + text[m.end("gap"):]
    return text


@lru_cache(maxsize=8)
def _inner_incise(key: int) -> re.Pattern:
    pronouns = "|".join(re.escape(p) for p in cv.DATA.get("incise_pronouns", [])) or "(?!)"
    singular = "|".join(re.escape(p) for p in cv.DATA.get("singular_determiners", [])) or cv.ANAPHORIC or "(?!)"
    complement = int(cv.DATA.get("incise_complement_chars", 0))
    complements = "|".join(re.escape(w) if w.endswith(("'", "’")) else re.escape(w) + r"(?![\w’'])"
                           for w in cv.DATA.get("incise_complement_words", [])) or "(?!)"
    not_names = "|".join(re.escape(w) for w in cv.DATA.get("not_names", [])) or "(?!)"
    # "…, se souvient le médecin. …": a reflexive before the verb (lang/fr grammar.yaml incise_reflexives), or
    # the pronoun of the one the words are said to ("…, m'explique Laure, …": grammar.yaml object_pronouns)
    reflexive = "|".join((cv.word_forms("incise_reflexives", r"[ \u00a0\u202f]+", cv.DATA),
                          cv.word_forms("object_pronouns", r"[ \u00a0\u202f]+", cv.DATA, elided_after=r"[ \u00a0\u202f]*")))
    return re.compile(
        rf",[ \u00a0\u202f]+(?P<incise>(?:{reflexive})?(?P<verb>{cv.SPEECH_VERBS})(?:(?:-t)?-(?:{pronouns})"
        # "lâche Nadège, aide-soignante depuis vingt ans au SSIAD de Maubeuge, mais …": a first name
        # (and a surname), what they do or a relative clause in one stretch between commas
        rf"|[ \u00a0\u202f]+(?P<first>(?-i:(?!(?:{not_names})\b)[A-ZÉÈ][a-zéèêëïîôûç]+(?:-[A-ZÉÈ][a-zéèêëïîôûç]+)?"
        rf"(?:[ \u00a0\u202f]+[A-ZÉÈ][a-zéèêëïîôûç]+(?:-[A-ZÉÈ][a-zéèêëïîôûç]+)?)?))"
        rf"(?P<appos>,[ \u00a0\u202f]+[^,.;:!?«»\n]{{3,{complement}}}(?=,[ \u00a0\u202f]))?"
        # "explique IDE4, mais …": a study's participant code (s28-segr49a)
        rf"|[ \u00a0\u202f]+(?P<code>(?-i:[A-ZÉ]{{1,5}}[-_]?\d{{1,3}}))(?![\w-])"
        rf"|[ \u00a0\u202f]+(?:{singular})[ \u00a0\u202f]*(?P<noun>[^\W\d_][\w-]+)"
        # "dit une infirmière de l'équipe de Périgueux,": where the person works, in one stretch
        rf"(?P<rest>(?:[ \u00a0\u202f]+(?:{complements})[^,.;:!?«»\n]{{1,{complement}}})?)"
        # "insiste le président de la CPTS, le docteur Pierre Colin, généraliste à Remiremont. Les
        # murs …": the person's name (and what they do) in apposition, up to the sentence's end
        rf"(?P<named>,[ \u00a0\u202f]+[^,.;:!?«»\n]{{0,30}}?(?-i:{cv.NAME.pattern})"
        rf"(?:,[ \u00a0\u202f]+[^,.;:!?«»\n]{{1,{complement}}})?(?=\.[ \u00a0\u202f]+(?-i:[A-ZÀ-Ý])))?)"
        # the incise ends on a comma, or on a full stop before the quotation's next sentence
        r")(?=[ \u00a0\u202f]*(?:,[ \u00a0\u202f]|\.[ \u00a0\u202f]*\n[ \u00a0\u202f]*«|\.[ \u00a0\u202f]+(?-i:[A-ZÀ-Ý])))",
        re.IGNORECASE)


def inner_incise(inner: str) -> str | None:
    """The incise inside a quotation, French style without closing the guillemets: « Certains
    hésitent, poursuit le médecin, et je les comprends. » or at the end of a paragraph the
    quotation continues below (« … , ajoute-t-elle.⏎« … »), or before the quotation's next
    sentence (« …, ajoute-t-il. Ce sont … »): the verb and its inverted subject (a pronoun of
    ``incise_pronouns``, or a singular determiner, a person noun and where they work: « …, dit une
    infirmière de l'équipe de Périgueux, … », or a first name and what they do between commas:
    « …, lâche Nadège, aide-soignante au SSIAD de Maubeuge, mais … », or a participant's code:
    « …, explique IDE4, mais … »), else None."""
    m = _inner_incise(id(cv.DATA)).search(inner)
    # the person nouns are stems ("infirmi" for "infirmière"): the noun opens on one
    if m is None or (m.group("noun") and not cv.PERSON_NOUN.match(m.group("noun"))):
        return None
    if m.group("appos") and m.group("first") and len(m.group("first").split()) == 1 \
            and not describes_person(m.group("appos").strip(" ,\u00a0\u202f")):
        # "…, m'explique Laure, alors je regarde son visage, …": the quotation goes on after the first
        # name (a full name's incise is read whole, as before)
        return ", " + inner[m.start("incise"):m.start("appos")] + "."
    return ", " + m.group("incise") + "."
