"""An informant's code of several parts after a dash closing a quotation paragraph.

"« Nous, on a compris que c'était un levier … » – PH/87/02": an article that codes its interviews
by profession, département and rank ("MG/19/03") gives most codes in parentheses after a quote in
a sentence, and sets a longer quote as its own paragraph with the code after a dash. The quotation
is the code's when the rest of its line is a dash and one code of at least three parts (letters
then digits, joined by one of ``joiners``, at most ``max_code_chars``) and nothing else
(lang/fr/dash_closing_codes.yaml). A dash followed by words ("– c'est tout"), a date ("–
12/03/2021" opens with digits) or a page range is no code.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import conventions as cv
from .quotes import QuoteCall, _bare_code_attrs
from .roles import letters_role

DEFAULTS = {"dashes": [], "joiners": [], "max_code_chars": 16, "coded_credit_max_words": 8}


def settings() -> dict:
    return {**DEFAULTS, **(cv.language_data().get("dash_closing_codes") or {})}


@lru_cache(maxsize=4)
def _pattern(key: int) -> re.Pattern | None:
    s = settings()
    if not s["dashes"] or not s["joiners"]:
        return None
    dash = "[" + "".join(re.escape(d) for d in s["dashes"]) + "]"
    join = "[" + "".join(re.escape(j) for j in s["joiners"]) + "]"
    return re.compile(rf"^[ \t\u00a0]*{dash}[ \t\u00a0]*(?P<code>[A-ZÉ]{{1,6}}(?:{join}\d{{1,4}}){{2,3}})[ \t\u00a0]*\.?[ \t\u00a0]*$")


def closing_code(after: str) -> str | None:
    """The code the rest of a quotation's line holds ("» – PH/87/02" → "PH/87/02"), or None."""
    pat = _pattern(id(cv.language_data()))
    m = pat.match(after) if pat is not None else None
    return m.group("code") if m and len(m.group("code")) <= settings()["max_code_chars"] else None


def dash_code_call(chunk: str, qa: int, qb: int, call: QuoteCall, ctx) -> QuoteCall:
    """The quotation chunk[qa:qb] as the words of the code after the dash closing its line, when
    its reading found no one by name or code."""
    if call.verbatim and (call.attrs.get("speaker") or "person" in call.attrs or call.attribution):
        return call
    end = chunk.find("\n", qb)
    after = chunk[qb:len(chunk) if end < 0 else end]
    code = closing_code(after)
    if code is None:
        return _coded_credit_call(after, call, ctx)
    attrs = _bare_code_attrs(code, ctx)
    letters = re.match(r"[A-ZÉ]+", code).group(0)
    if attrs["role"] in ("autre", "inconnu") and letters_role(letters) not in ("autre", "inconnu"):
        attrs.update(role_raw=letters, role=letters_role(letters))  # "MG/19/03": its profession's letters
    return QuoteCall(True, attrs)


@lru_cache(maxsize=4)
def _signed_pattern(key: int) -> re.Pattern | None:
    s = settings()
    if not s["dashes"]:
        return None
    dash = "[" + "".join(re.escape(d) for d in s["dashes"]) + "]"
    return re.compile(rf"(?<=[.!?…])[ \t\u00a0]+{dash}[ \t\u00a0]*(?P<code>[A-ZÉ][\w./-]{{0,{s['max_code_chars'] - 1}}})"
                      r"[ \t\u00a0]*\.?[ \t\u00a0]*$")


def dash_signed(line: str, knows) -> tuple[int, int, int, str] | None:
    """A paragraph or a bullet without quotation marks closed by a dash and a participant code
    after its last sentence ("• On est invités, mais jamais en premier. – MK4"): (start and end
    of the words, the bullet of lang/fr/bullet_labels.yaml left out, start of the code, code) when
    ``knows`` the code (the methods or a table named it), else None. A dash and words, or a code
    nobody introduced, is no signature."""
    pat = _signed_pattern(id(cv.language_data()))
    m = pat.search(line) if pat is not None else None
    if m is None or not any(c.isdigit() for c in m.group("code")) or not knows(m.group("code")):
        return None
    bullets = "".join((cv.language_data().get("bullet_labels") or {}).get("bullets", []))
    start = len(line) - len(line.lstrip(bullets + " \t\u00a0"))
    return start, m.start(), m.start("code"), m.group("code")


def _credit_end(rest: str) -> int:
    """Where a coded credit's description ends in the rest of its line: before the next numbered
    example or quotation ("… Sarlat (5) « … »"), or before a capitalised word that opens a sentence
    of the paragraph ("… Sarlat L'exemple (5) résume …"); the whole rest when neither."""
    m = re.search(r"\s*(?:[(\[]\d{1,3}[)\]]\s*)?«", rest)
    stop = m.start() if m else len(rest)
    tail = rest[:stop]
    for cut in reversed([c.start() for c in re.finditer(r"(?<=[^\W\d_])\s+(?=[A-ZÀ-Ý][a-zà-ÿ]*['’]?[a-zà-ÿ])", tail)]):
        after = tail[cut:].strip()
        if len(after.split()) >= 4 and re.search(r"[.!?…]$", after):
            return cut
    return stop


@lru_cache(maxsize=4)
def _age(key: int) -> re.Pattern:
    """An age in a code's profile ("61 ans"): lang/fr/presented_labels.yaml caption_age_forms."""
    return re.compile("|".join(cv.language_data().get("caption_age_forms") or []) or r"(?!)")


def _coded_credit_call(after: str, call: QuoteCall, ctx) -> QuoteCall:
    """The quotation as the words of a participant code after a dash that follows it, with a short
    description ("(4) « … » — CD2, omnipraticienne, Sarlat", the numbered examples of a thesis,
    the extraction running them into one paragraph): the code of lang/fr/labels.yaml's shape
    with a digit, then at most ``coded_credit_max_words`` words without digits or a sentence's
    end. A dash and words ("— c'est tout"), a name ("— Albert Camus"), a code nobody would
    write (no digit) is no credit."""
    s = settings()
    if not s["dashes"]:
        return call
    dash = "[" + "".join(re.escape(d) for d in s["dashes"]) + "]"
    # the code: letters and a number ("CD2", "MG-3"), or a participant word, abbreviated or not,
    # and a number ("Part. 07", "Participant n°4", "Enquêté 12")
    m = re.match(rf"[ \t\u00a0]+{dash}[ \t\u00a0]*(?P<code>{cv.LABEL_SHAPES['numbered'].pattern[:-1]}"
                 rf"|[A-ZÉ][\w-]{{0,{s['max_code_chars'] - 1}}})(?=,|\s*\.?\s*$|\s+[(\[]?\d{{0,3}}[)\]]?\s*«)",
                 after)
    if m is None or not any(c.isdigit() for c in m.group("code")) or not (
            cv.LABEL_SHAPES["code"].fullmatch(m.group("code")) or cv.LABEL_SHAPES["numbered"].fullmatch(m.group("code"))):
        return call
    rest = after[m.end():]
    desc = rest[:_credit_end(rest)].lstrip(",").strip().rstrip(". ")
    # the profile a code is given ("H, 61 ans", "F, 38 ans"): a sex and an age are no sentence
    profile = _age(id(cv.language_data())).sub("", desc)
    if re.search(r"\d|[.!?;:«»()]", profile) or len(desc.split()) > s["coded_credit_max_words"]:
        return call
    attrs = _bare_code_attrs(m.group("code"), ctx)
    if desc and getattr(ctx, "gazetteer", None) is not None:
        from .attributions import describe
        role, region, place = describe(desc, ctx.gazetteer)
        if role not in ("autre", "inconnu") or attrs["role"] in ("autre", "inconnu"):
            attrs.update(role_raw=desc, role=role)
        if region and not attrs.get("region"):
            attrs.update(region=region, place=place)
    return QuoteCall(True, attrs)


def coded_credit(after: str, ctx) -> dict | None:
    """The attributes a dash, a participant code and a short description give ("– SF4, libérale,
    12 ans d'exercice, Saint-Pierre" under or closing an italic block quote without guillemets;
    s28-segr48a), read as _coded_credit_call reads them after a quotation; None when ``after`` is
    no such credit."""
    call = _coded_credit_call(" " + after.strip(), QuoteCall(False), ctx)
    return dict(call.attrs) if call.verbatim else None



@lru_cache(maxsize=4)
def _italic_patterns(key: int) -> tuple[re.Pattern, re.Pattern] | None:
    """(a dash and a code closing a line after its last sentence, the same after a passage: on its
    line, alone on the next, or before the next paragraph extraction ran into it)."""
    s = settings()
    if not s["dashes"]:
        return None
    dash = "[" + "".join(re.escape(d) for d in s["dashes"] if d != "-") + "]"  # (a hyphen joins words)
    code = rf"(?P<code>[A-ZÉ][\w.-]{{0,{s['max_code_chars'] - 1}}}?)"
    sp = r"[ \t\u00a0]"
    closing = re.compile(rf"(?:(?<=[.!?…»]){sp}+|^{sp}*){dash}{sp}*{code}{sp}*\.?{sp}*$")
    after = re.compile(rf"{sp}*\n?{sp}*{dash}{sp}*{code}(?P<end>{sp}*\.?{sp}*(?:\n|$)|{sp}+(?=[A-ZÉÀ]))")
    return closing, after


def _closing_code_ok(code: str, knows, line_end: bool) -> bool:
    """A participant's code: a digit in it, and the document introduced it (a list, a table, the
    methods), or it has a code's shape and nothing follows it on its line."""
    if not any(c.isdigit() for c in code):
        return False
    return bool(knows(code)) or (line_end and bool(cv.LABEL_SHAPES["code"].fullmatch(code)))


def italic_code_cut(line: str, knows) -> int | None:
    """Where the words of an italic extract without guillemets end when its line closes with a
    dash and a participant's code after its last sentence ("… la réponse le jeudi. — M3"), or
    holds only them (the code set on the line under the extract): the offset of the blank before
    the dash (0 for a line of the code alone); None when the line closes otherwise ("— c'est
    tout", a name, a code nobody introduced that words follow)."""
    pats = _italic_patterns(id(cv.language_data()))
    m = pats[0].search(line) if pats is not None else None
    if m is None or not _closing_code_ok(m.group("code"), knows, True):
        return None
    return m.start()


def italic_code_call(text: str, b: int, call: QuoteCall, ctx) -> QuoteCall:
    """An italic extract without guillemets text[..b] closed by a dash and a participant's code
    (italic_code_cut): that code's words, with the role and place the document gives the code;
    the role the reading found (the study's field) when the code's description names no trade
    ("M7 : femme, 46 ans, cabinet de groupe, Loudéac"). A verbatim someone already named stays."""
    if not call.verbatim or call.attrs.get("speaker") or "person" in call.attrs:
        return call
    pats = _italic_patterns(id(cv.language_data()))
    m = pats[1].match(text, b) if pats is not None else None
    if m is None:
        return call
    line_end = "\n" in m.group("end") or m.end() == len(text)  # (else the next paragraph, run in)
    if not _closing_code_ok(m.group("code"), ctx.knows, line_end) or (not line_end and not ctx.knows(m.group("code"))):
        return call
    attrs = _bare_code_attrs(m.group("code"), ctx)
    if attrs["role"] in ("autre", "inconnu") and call.attrs.get("role", "inconnu") not in ("", "autre", "inconnu"):
        attrs.update(role_raw=call.attrs.get("role_raw", ""), role=call.attrs["role"])
    if not attrs.get("region") and call.attrs.get("region"):
        attrs.update(region=call.attrs["region"], place=call.attrs.get("place", ""))
    return QuoteCall(True, attrs, (m.start("code"), m.end("code")))
