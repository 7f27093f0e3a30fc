"""Convention perturbations of a held-out document (the YAML format of tests/heldout.py): each
transform rewrites ONE surface convention a real author might use instead (speaker codes, label
separator, quote marks, attribution place, role words, region names, label case, numbering) in
the text AND in the annotation together, so that the annotation stays true.

    transform(spec, rng) -> new spec, or None when the document has nothing the transform applies to

Every transform is a pure function of the spec and a seeded ``random.Random``; ``perturb`` runs
one by name with a seed derived from (seed, transform, document) and returns None when the
result is unchanged or its annotation would no longer be true (``annotation_true``).
Used by bench/perturb_conventions.py; tested in tests/segment/test_perturb.py.
"""

from __future__ import annotations

import copy
import csv
import random
import re
from pathlib import Path
from typing import Callable

HERE = Path(__file__).resolve().parent
GAZETTEER = HERE.parent / "config" / "gazetteer.csv"
SPEECH = ("verbatim", "turn")

# ---- generic rewriting -----------------------------------------------------------------------


def paragraphs(spec: dict):
    """(page index, paragraph index, style, text) of every paragraph."""
    for p, page in enumerate(spec["pages"]):
        for k, (style, text) in enumerate(page):
            yield p, k, style, text


def full_text(spec: dict) -> str:
    return "\n".join(text for _, _, _, text in paragraphs(spec))


def rewrite(spec: dict, fn: Callable[[str], str], para_fn=None, speaker_fn=None) -> dict:
    """A copy of spec with fn applied to every paragraph and every snippet (so a snippet stays a
    substring of its paragraph), para_fn(style, text) -> (style, text) applied to paragraphs only
    after fn, and speaker_fn to every annotated speaker."""
    new = copy.deepcopy(spec)
    for page in new["pages"]:
        for k, (style, text) in enumerate(page):
            text = fn(text)
            if para_fn:
                style, text = para_fn(style, text)
            page[k] = [style, text]
    for item in new["expected"]:
        item["snippet"] = fn(item["snippet"])
        if item.get("also"):
            item["also"] = [fn(s) for s in item["also"]]
        if speaker_fn and item.get("speaker"):
            item["speaker"] = speaker_fn(str(item["speaker"]))
    return new


def _snippet_pattern(snippet: str) -> re.Pattern:
    parts = [r"\s+" if ch.isspace() else "['’]" if ch in "'’" else re.escape(ch) for ch in snippet]
    return re.compile("".join(parts))


def annotation_true(spec: dict) -> bool:
    """Every snippet (and ``also`` snippet) still lies in one paragraph of the text."""
    paras = [text for _, _, _, text in paragraphs(spec)]
    for item in spec["expected"]:
        for snippet in [item["snippet"], *(item.get("also") or [])]:
            pat = _snippet_pattern(snippet)
            if not any(pat.search(t) for t in paras):
                return False
    return True


def _word(token: str) -> re.Pattern:
    return re.compile(r"(?<![\w-])" + re.escape(token) + r"(?![\w-])")


def _replace_words(mapping: dict[str, str]) -> Callable[[str], str]:
    """Replace whole words (longest first), all at once so that a replacement is never rewritten."""
    if not mapping:
        return lambda s: s
    keys = sorted(mapping, key=len, reverse=True)
    pat = re.compile(r"(?<![\w-])(" + "|".join(re.escape(k) for k in keys) + r")(?![\w-])")
    return lambda s: pat.sub(lambda m: mapping[m.group(1)], s)


# ---- speaker codes ---------------------------------------------------------------------------

CODE = re.compile(r"^(?P<prefix>[A-Za-zÀ-ÿ]{1,4})(?P<num>\d{1,3})$")
NAME = re.compile(r"^[A-ZÀ-Ý][a-zà-ÿ]{2,}$")
FIRST_NAMES = ["Martine", "Karim", "Odile", "Thierry", "Nadia", "Bruno", "Élodie", "Farid",
               "Hélène", "Pascal", "Aurélie", "Didier", "Lucie", "Rachid", "Solène", "Gérard"]
CODE_WORDS = ["Enquêté", "Participant", "Interviewé", "Répondant"]
CODE_LETTERS = ["P", "R", "INT", "I", "M"]


def speaker_tokens(spec: dict) -> list[str]:
    """The annotated speakers' codes (a "FG1, P4" speaker gives two) that the text writes as a
    word, in order of first annotation."""
    text = full_text(spec)
    seen: list[str] = []
    for item in spec["expected"]:
        for tok in re.split(r"\s*[,;/]\s*", str(item.get("speaker") or "")):
            tok = tok.strip()
            if tok and tok not in seen and (CODE.match(tok) or NAME.match(tok)) and _word(tok).search(text):
                seen.append(tok)
    return seen


def _rename(spec: dict, mapping: dict[str, str]) -> dict | None:
    if not mapping:
        return None
    fn = _replace_words(mapping)
    return rewrite(spec, fn, speaker_fn=fn)


def series_codes(spec: dict) -> list[str]:
    """The annotated letter+number codes and every other code of their series in the text
    ("E1 à E9" names E1 and E9 even when only E2 and E5 are quoted): a convention changes for
    the whole series, not only for the codes quoted."""
    codes = [t for t in speaker_tokens(spec) if CODE.match(t)]
    prefixes = {CODE.match(t)["prefix"] for t in codes}
    text = full_text(spec)
    for prefix in sorted(prefixes):
        for m in re.finditer(r"(?<![\w-])" + re.escape(prefix) + r"\d{1,3}(?![\w-])", text):
            if m.group(0) not in codes:
                codes.append(m.group(0))
    return codes


def _code_map(spec, shape: Callable[[str, str, dict], str], rng) -> dict[str, str]:
    codes = series_codes(spec)
    prefixes = sorted({CODE.match(t)["prefix"] for t in codes})
    pool = {}
    return {t: shape(CODE.match(t)["prefix"], CODE.match(t)["num"], {"prefixes": prefixes, "rng": rng, "pool": pool})
            for t in codes}


def _pick(ctx: dict, prefix: str, choices: list[str]) -> str:
    """The same replacement for the same prefix, distinct across prefixes."""
    if prefix not in ctx["pool"]:
        free = [c for c in choices if c not in ctx["pool"].values() and c not in ctx["prefixes"]]
        free = free or [f"{c}{chr(65 + len(ctx['pool']))}" for c in choices]  # more letters than words
        ctx["pool"][prefix] = ctx["rng"].choice(free)
    return ctx["pool"][prefix]


def code_hyphen(spec, rng):
    """E3 -> E-3."""
    return _rename(spec, _code_map(spec, lambda p, n, c: f"{p}-{n}", rng))


def code_lower(spec, rng):
    """E3 -> e3."""
    m = _code_map(spec, lambda p, n, c: f"{p.lower()}{n}", rng)
    return _rename(spec, {k: v for k, v in m.items() if k != v})


def code_word(spec, rng):
    """E3 -> Enquêté 3 (a word per code letter)."""
    return _rename(spec, _code_map(spec, lambda p, n, c: f"{_pick(c, p, CODE_WORDS)} {n}", rng))


def code_letter(spec, rng):
    """E3 -> P3 or INT-3 (another letter per code letter)."""
    def shape(p, n, c):
        new = _pick(c, p, CODE_LETTERS)
        return f"{new}-{n}" if len(new) > 1 else f"{new}{n}"
    return _rename(spec, _code_map(spec, shape, rng))


def code_to_name(spec, rng):
    """E3 -> a first name (one per code of the series)."""
    codes = series_codes(spec)
    text = full_text(spec)
    names = [n for n in FIRST_NAMES if n not in text]
    rng.shuffle(names)
    # a long series: first names with a surname's initial ("Martine B.")
    names += [f"{n} {i}." for i in "BCDFGLMPRT" for n in names]
    return _rename(spec, dict(zip(codes, names)))


def name_to_code(spec, rng):
    """A first name -> P1, P2 ... in order of annotation."""
    names = [t for t in speaker_tokens(spec) if NAME.match(t)]
    text = full_text(spec)
    letter = rng.choice([c for c in ("P", "E", "I") if not re.search(rf"\b{c}\d", text)] or ["Q"])
    return _rename(spec, {n: f"{letter}{k}" for k, n in enumerate(names, 1)})


def code_to_initials(spec, rng):
    """E3 (every code of the series) or a first name -> initials "M.D." (distinct)."""
    tokens = speaker_tokens(spec) + [c for c in series_codes(spec) if c not in speaker_tokens(spec)]
    text = full_text(spec)
    letters = list("ABCDFGHJLMNPRST")
    out, used = {}, set()
    for tok in tokens:
        while True:
            ini = f"{rng.choice(letters)}.{rng.choice(letters)}."
            if ini not in used and ini not in text:
                break
        used.add(ini)
        out[tok] = ini
    return _rename(spec, out)


# ---- label separators and label case ---------------------------------------------------------

LABEL = re.compile(r"^(?P<label>[^\s:—–«»\"“(\[][^:—–«»\"“.?!;]{0,38}?)(?P<sep>\s*:\s+|\s+[—–]\s+)(?P<rest>\S.*)$", re.S)


def label_set(spec: dict) -> set[str]:
    """Line-initial labels: a prefix before " : ", " — " or " – " of at most five words that
    starts two paragraphs or names an annotated speaker."""
    counts: dict[str, int] = {}
    seps: dict[str, str] = {}
    for _, _, _, text in paragraphs(spec):
        m = LABEL.match(text)
        if m and len(m["label"].split()) <= 5:
            counts[m["label"]] = counts.get(m["label"], 0) + 1
            seps[m["label"]] = m["sep"].strip()
    tokens = set(speaker_tokens(spec))
    labels = {lab for lab, n in counts.items() if n >= 2 or any(_word(t).search(lab) for t in tokens)}
    # a label used once ("Plusieurs voix —") joins when it has the others' separator and a label's shape
    used = {seps[lab] for lab in labels}
    return labels | {lab for lab in counts if seps[lab] in used and len(lab.split()) <= 3 and lab[0].isupper()}


def _relabel(spec: dict, fmt: Callable[[str, str], str], speakers_only: bool = False) -> dict | None:
    labels = label_set(spec)
    if speakers_only:
        tokens = speaker_tokens(spec)
        labels = {lab for lab in labels if any(_word(t).search(lab) for t in tokens)}
    if not labels:
        return None

    def fn(text):
        m = LABEL.match(text)
        if m and m["label"] in labels:
            return fmt(m["label"], m["rest"])
        return text
    return rewrite(spec, fn)


def _sep(sep):
    return lambda spec, rng: _relabel(spec, lambda lab, rest: f"{lab}{sep}{rest}")


sep_colon = _sep(" : ")
sep_colon_tight = _sep(": ")
sep_emdash = _sep(" — ")
sep_endash = _sep(" – ")
sep_period = _sep(". ")


def label_after(spec, rng):
    """"E3 : text" -> "text (E3)" (participants' labels; the interviewer's stay in front)."""
    return _relabel(spec, lambda lab, rest: f"{rest} ({lab})", speakers_only=True)


def labels_upper(spec, rng):
    """Labels in capitals (the annotated speaker compares without case)."""
    return _relabel(spec, lambda lab, rest: f"{lab.upper()}{LABEL_SEP_KEEP}{rest}")


def labels_title(spec, rng):
    """Labels in title case: "MÉDECIN 2" -> "Médecin 2"."""
    return _relabel(spec, lambda lab, rest: f"{lab.title() if lab.isupper() else lab}{LABEL_SEP_KEEP}{rest}")


LABEL_SEP_KEEP = "\x00"  # placeholder: the case transforms keep the document's own separator


def _keep_sep(transform):
    def run(spec, rng):
        seps = {}
        for _, _, _, text in paragraphs(spec):
            m = LABEL.match(text)
            if m:
                seps[m["rest"]] = m["sep"]
        new = transform(spec, rng)
        if new is None:
            return None

        def restore(text):
            if LABEL_SEP_KEEP not in text:
                return text
            lab, rest = text.split(LABEL_SEP_KEEP, 1)
            return f"{lab}{seps.get(rest, ' : ')}{rest}"
        for page in new["pages"]:
            for k, (style, text) in enumerate(page):
                page[k] = [style, restore(text)]
        for item in new["expected"]:
            item["snippet"] = restore(item["snippet"])
            if item.get("also"):
                item["also"] = [restore(s) for s in item["also"]]
        return new
    run.__doc__ = transform.__doc__
    return run


labels_upper = _keep_sep(labels_upper)
labels_title = _keep_sep(labels_title)


# ---- label shapes (session 8, seggen3) -------------------------------------------------------
# The label itself written another way (brackets, closing parenthesis, hash numbers, capitals
# with no separator, a table cell, a label paragraph of its own), the rest of the line kept: the
# shapes real transcripts use that no reader was written for.


def _shape(fmt: str, upper: bool = False):
    def run(spec, rng):
        return _relabel(spec, lambda lab, rest: fmt.format(lab=lab.upper() if upper else lab, rest=rest))
    run.__doc__ = f"Labels as {fmt!r}."
    return run


label_parens = _shape("({lab}) {rest}")
label_brackets = _shape("[{lab}] {rest}")
label_close_paren = _shape("{lab}) {rest}")
label_braces = _shape("{{{lab}}} {rest}")
label_angle = _shape("<{lab}> {rest}")
label_slash = _shape("{lab}/ {rest}")
label_gt = _shape("{lab} > {rest}")
label_pipe = _shape("{lab} | {rest}")
label_caps_nosep = _shape("{lab} {rest}", upper=True)


def label_hash(spec, rng):
    """Letter+number codes as connection numbers "#3 : text" (the whole series, in text and
    annotation); other labels (the moderator's) keep their shape; None when two prefixes share a
    number (the numbers would no longer tell the speakers apart)."""
    codes = series_codes(spec)
    nums = [CODE.match(c)["num"] for c in codes]
    if not codes or len(set(nums)) != len(nums):
        return None
    labels = label_set(spec)
    if not any(_word(c).search(lab) for c in codes for lab in labels):
        return None
    mapping = {c: f"#{CODE.match(c)['num']}" for c in codes}
    fn = _replace_words(mapping)

    def speaker_fn(s):
        return fn(s)
    new = rewrite(spec, lambda s: s, speaker_fn=speaker_fn)

    def relabel(text):
        m = LABEL.match(text)
        if m and m["label"] in labels:
            return f"{fn(m['label'])} : {m['rest']}"
        return text
    for page in new["pages"]:
        for k, (style, text) in enumerate(page):
            page[k] = [style, relabel(text)]
    for item in new["expected"]:
        item["snippet"] = relabel(item["snippet"])
        if item.get("also"):
            item["also"] = [relabel(x) for x in item["also"]]
    return new


def label_bold_para(spec, rng):
    """"E3 : text" -> a bold paragraph "E3" and the text as the next paragraph (an interview
    laid out with the speaker's name above each answer)."""
    labels = label_set(spec)
    if not labels:
        return None
    new = copy.deepcopy(spec)
    changed = False
    for page in new["pages"]:
        out = []
        for style, text in page:
            m = LABEL.match(text)
            if m and m["label"] in labels:
                out += [["bold", m["label"]], [style, m["rest"]]]
                changed = True
            else:
                out.append([style, text])
        page[:] = out
    if not changed:
        return None
    for item in new["expected"]:
        m = LABEL.match(item["snippet"])
        if m and m["label"] in labels:
            item["snippet"] = m["rest"]
        if item.get("also"):
            item["also"] = [(mm["rest"] if (mm := LABEL.match(x)) and mm["label"] in labels else x) for x in item["also"]]
    return new


LABEL_SHAPES = ["label_parens", "label_brackets", "label_close_paren", "label_braces", "label_angle",
                "label_slash", "label_gt", "label_pipe", "label_caps_nosep", "label_hash", "label_bold_para"]


# ---- quote marks and attributions ------------------------------------------------------------

OPEN, CLOSE = re.compile(r"«[\s\u00a0\u202f]*"), re.compile(r"[\s\u00a0\u202f]*»")
BLOCK = re.compile(r"^«[\s\u00a0\u202f]*(?P<q>[^«»]+?)[\s\u00a0\u202f]*»(?P<tail>\s*(\([^()]{1,120}\))?\s*\.?)$")
CURLY = re.compile(r"“(?P<q>[^“”]+)”")
STRAIGHT = re.compile(r'"(?P<q>[^"]+)"')


def _quotes(open_: str, close: str):
    def run(spec, rng):
        if "«" not in full_text(spec):
            return None
        return rewrite(spec, lambda s: CLOSE.sub(close, OPEN.sub(open_, s)))
    return run


quotes_curly = _quotes("“", "”")
quotes_straight = _quotes('"', '"')


def quotes_guillemets(spec, rng):
    """“ ” or " " -> « »."""
    text = full_text(spec)
    if not (CURLY.search(text) or STRAIGHT.search(text)):
        return None
    return rewrite(spec, lambda s: STRAIGHT.sub(r"« \g<q> »", CURLY.sub(r"« \g<q> »", s)))


def _block_quotes(spec, make: Callable[[str, str, str], tuple[str, str]]):
    """Paragraphs that are one quotation in guillemets (with an attribution in parentheses after
    it or not) rewritten by make(style, quotation, tail) -> (style, text)."""
    if not any(BLOCK.match(t) for _, _, _, t in paragraphs(spec)):
        return None
    new = copy.deepcopy(spec)
    quotes = set()
    for page in new["pages"]:
        for k, (style, text) in enumerate(page):
            m = BLOCK.match(text)
            if m:
                quotes.add(m["q"])
                page[k] = list(make(style, m["q"], m["tail"]))
    paras = [t for _, _, _, t in paragraphs(new)]
    for item in new["expected"]:
        s = item["snippet"]
        if not any(_snippet_pattern(s).search(t) for t in paras):
            item["snippet"] = CLOSE.sub("", OPEN.sub("", s))
    return new


def quotes_block_italic(spec, rng):
    """A paragraph-long « quotation » set in italics without guillemets."""
    return _block_quotes(spec, lambda style, q, tail: ("italic", f"{q}{tail}"))


def quotes_emdash(spec, rng):
    """A paragraph-long « quotation » opened by an em dash instead: "— quotation"."""
    return _block_quotes(spec, lambda style, q, tail: (style, f"— {q}{tail}"))


PAREN_AFTER = re.compile(r"^(?P<q>«[^«»]+»)\s*\((?P<a>[^()]{2,120})\)\s*\.?$")
# (a list's bullet stays in front of the line, and a lead-in holding a sentence's end ("2. Conformité
# aux statuts. L'article 9 des statuts dispose : « … »") is a sentence introducing the quotation, no
# attribution: moved into a parenthesis it gave "« … » (… L'article 9 des statuts dispose)", which no
# author writes; s28-segperturb11)
BEFORE = re.compile(r"^(?P<lead>[-–—•]\s+)?(?P<a>(?![-–—•]\s)(?:(?!\w{3}[.!?]\s)[^«:]){1,80}?)\s*:\s*(?P<q>«[^«»]+»)\s*\.?$")


def _move(spec, pat, fmt):
    if not any(pat.match(t) for _, _, _, t in paragraphs(spec)):
        return None

    def para_fn(style, text):
        m = pat.match(text)
        lead = (m.groupdict().get("lead") or "") if m else ""
        return (style, lead + fmt(m["q"], m["a"].strip())) if m else (style, text)
    new = rewrite(spec, lambda s: s, para_fn=para_fn)
    return new


def attr_before(spec, rng):
    """"« q » (E3, infirmière)" -> "E3, infirmière : « q »"."""
    return _move(spec, PAREN_AFTER, lambda q, a: f"{a[0].upper()}{a[1:]} : {q}")


def attr_dash_after(spec, rng):
    """"« q » (E3, infirmière)" -> "« q » — E3, infirmière"."""
    return _move(spec, PAREN_AFTER, lambda q, a: f"{q} — {a}")


def attr_paren_after(spec, rng):
    """"E3, infirmière : « q »" -> "« q » (E3, infirmière)"."""
    return _move(spec, BEFORE, lambda q, a: f"{q} ({a})")


# ---- quotes and attributions, session 8 (seggen4) ---------------------------------------------

QUOTE_SPAN = re.compile(r"«[^«»]*»")
INNER_WORD = re.compile(r"(?<![\w'’-])[a-zàâçéèêëîïôûùüÿœ]{6,}(?![\w'’-])")


def _inner_marks(spec, rng, open_: str, close: str, span=QUOTE_SPAN):
    """Up to three words found only inside quotations get inner marks: « … “ terme ” … »."""
    text = full_text(spec)
    inside = {w for m in span.finditer(text) for w in INNER_WORD.findall(m.group())}
    outside = set(INNER_WORD.findall(span.sub(" ", text)))
    words = sorted(inside - outside)
    if not words:
        return None
    chosen = rng.sample(words, min(3, len(words)))
    return rewrite(spec, _replace_words({w: f"{open_}{w}{close}" for w in chosen}))


def quotes_inner_curly(spec, rng):
    """A term inside a « quotation » in English marks: « on parlait de “ cluster ” »."""
    return _inner_marks(spec, rng, "“", "”")


def quotes_inner_guillemets(spec, rng):
    """The reverse: quotations in “ ” with a term inside in « »: “ on parlait de « cluster » ”."""
    curly = _quotes("“", "”")(spec, rng)
    if curly is None:
        return None
    return _inner_marks(curly, rng, "« ", " »", span=re.compile(r"“[^“”]*”"))


INCISE_VERBS = ["dit-elle", "dit-il", "précise-t-elle", "ajoute-t-il", "poursuit-elle", "explique-t-il"]
LONG_QUOTE = re.compile(r"«[\s\u00a0\u202f]*(?P<q>[^«»]{60,}?)[\s\u00a0\u202f]*»")


def _split_point(q: str) -> int | None:
    """The first ", " between a third and two thirds of the quotation."""
    for m in re.finditer(r", ", q):
        if len(q) / 3 <= m.start() <= 2 * len(q) / 3:
            return m.start()
    return None


def quote_incise(spec, rng):
    """A quotation split by an incise: « A, B » -> « A », dit-elle, « B » (the item keeps both
    halves: its snippet in the first, an ``also`` snippet in the second)."""
    new = copy.deepcopy(spec)
    splits = []  # (q, cut) of every split quotation
    verb = rng.choice(INCISE_VERBS)

    def split(m):
        q = m["q"]
        cut = _split_point(q)
        if cut is None:
            return m.group()
        splits.append((q, cut))
        return f"« {q[:cut]} », {verb}, « {q[cut + 2:]} »"
    for page in new["pages"]:
        for k, (style, text) in enumerate(page):
            page[k] = [style, LONG_QUOTE.sub(split, text)]
    if not splits:
        return None
    for item in new["expected"]:
        s = item["snippet"]
        for q, cut in splits:
            at = q.find(s)
            if at < 0 or not (at < cut < at + len(s)):
                continue
            first, second = q[at:cut].strip(), q[cut + 2:at + len(s)].strip()
            if len(first) >= 8:
                item["snippet"] = first
                if len(second) >= 8:
                    item["also"] = [*(item.get("also") or []), second]
            else:
                item["snippet"] = second
            break
    return new


ATTR_PAREN = re.compile(r"(?P<q>»)\s*\((?P<a>[^()]{2,120})\)")
ATTR_LINE = re.compile(r"^\((?P<a>[^()]{2,120})\)(?P<end>\s*\.?)$")


def attr_small_caps(spec, rng):
    """An attribution in parentheses after a quotation (or on its own line under it) set in small
    capitals, which extraction gives as capitals: « … » (I12, INFIRMIÈRE LIBÉRALE, GIRONDE)."""
    def fn(s):
        s = ATTR_PAREN.sub(lambda m: f"{m['q']} ({m['a'].upper()})", s)
        return ATTR_LINE.sub(lambda m: f"({m['a'].upper()}){m['end']}", s)
    new = rewrite(spec, fn)
    return None if full_text(new) == full_text(spec) else new


def attr_note_list(spec, rng):
    """The attribution after a quotation moved to a numbered list of sources at the end of the
    page: « … » [1] … and, last on the page, "[1] I12, infirmière libérale, Gironde."."""
    text = full_text(spec)
    if not ATTR_PAREN.search(text) or re.search(r"\[\d+\]", text):
        return None  # (a document that numbers its references [n] already: two conventions at once)
    new = copy.deepcopy(spec)
    n = 0
    for page in new["pages"]:
        notes = []

        def call(m):
            nonlocal n
            n += 1
            notes.append(["", f"[{n}] {m['a'][0].upper()}{m['a'][1:]}."])
            return f"{m['q']} [{n}]"
        for k, (style, text) in enumerate(page):
            page[k] = [style, ATTR_PAREN.sub(call, text)]
        page.extend(notes)
    return new


# ---- role words ------------------------------------------------------------------------------
# Equivalent ways French texts name the same profession (a reader's table, not the package's:
# the benchmark must be able to show what the package does not know).

ROLE_ABBREV = {
    "médecin généraliste": "MG", "médecins généralistes": "MG", "Médecin généraliste": "MG",
    "infirmière libérale": "IDEL", "infirmier libéral": "IDEL", "Infirmière libérale": "IDEL",
    "Infirmier libéral": "IDEL", "infirmières libérales": "IDEL", "infirmiers libéraux": "IDEL",
    "infirmière": "IDE", "infirmier": "IDE", "Infirmière": "IDE", "Infirmier": "IDE",
    "kinésithérapeute": "kiné", "Kinésithérapeute": "Kiné",
    "masseur-kinésithérapeute": "kiné", "sage-femme": "SF", "Sage-femme": "SF",
}
ROLE_EXPAND = {
    "MG": "médecin généraliste", "IDEL": "infirmière libérale", "IDE": "infirmière",
    "kiné": "kinésithérapeute", "Kiné": "Kinésithérapeute", "SF": "sage-femme",
}
ROLE_SYNONYM = {
    "médecin généraliste": "généraliste", "Médecin généraliste": "Généraliste",
    "médecins généralistes": "généralistes", "MG": "généraliste",
    "infirmière libérale": "infirmière à domicile", "IDEL": "infirmière à domicile",
    "kinésithérapeute": "masseur-kinésithérapeute", "kiné": "masseur-kinésithérapeute",
    "pharmacienne": "pharmacienne d'officine", "pharmacien": "pharmacien d'officine",
    "Pharmacienne": "Pharmacienne d'officine", "Pharmacien": "Pharmacien d'officine",
    "sage-femme": "maïeuticienne", "Sage-femme": "Maïeuticienne",
}


def _words(mapping):
    def run(spec, rng):
        fn = _replace_words(mapping)
        new = rewrite(spec, fn)
        return None if full_text(new) == full_text(spec) else new
    return run


roles_abbrev = _words(ROLE_ABBREV)
roles_expand = _words(ROLE_EXPAND)
roles_synonym = _words(ROLE_SYNONYM)


# ---- region names ----------------------------------------------------------------------------


def gazetteer(path: Path = GAZETTEER) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def region_as_departement(spec, rng):
    """A region's name -> one of its départements (the region stays the annotated one)."""
    rows = gazetteer()
    regions = sorted({r["name"] for r in rows if r["kind"] == "region"})
    text = full_text(spec)
    mapping = {}
    for reg in regions:
        if _word(reg).search(text):
            depts = sorted(r["name"] for r in rows if r["kind"] == "departement" and r["region"] == reg)
            if depts:
                mapping[reg] = rng.choice(depts)
    return _words(mapping)(spec, rng) if mapping else None


def departement_as_chef_lieu(spec, rng):
    """A département's name -> its chef-lieu."""
    rows = gazetteer()
    text = full_text(spec)
    mapping = {r["name"]: r["prefecture"] for r in rows
               if r["kind"] == "departement" and r["prefecture"] and _word(r["name"]).search(text)}
    return _words(mapping)(spec, rng) if mapping else None


# ---- numbering -------------------------------------------------------------------------------

NUMBERED = re.compile(r"^(?P<o>[(\[]?)(?P<n>\d{1,2})(?P<c>[.)\]])\s+(?P<rest>\S.*)$", re.S)


def _numbering(fmt):
    def run(spec, rng):
        # numbered examples and answers, not numbered section headings
        if sum(1 for _, _, st, t in paragraphs(spec) if st != "bold" and NUMBERED.match(t)) < 2:
            return None

        def para_fn(style, text):
            m = NUMBERED.match(text)
            return (style, f"{fmt.format(m['n'])} {m['rest']}") if m and style != "bold" else (style, text)
        return rewrite(spec, lambda s: s, para_fn=para_fn)
    return run


num_dot = _numbering("{}.")
num_paren = _numbering("{})")
num_parens = _numbering("({})")
num_bracket = _numbering("[{}]")


TRANSFORMS: dict[str, Callable] = {
    "code_hyphen": code_hyphen, "code_lower": code_lower, "code_word": code_word,
    "code_letter": code_letter, "code_to_name": code_to_name, "name_to_code": name_to_code,
    "code_to_initials": code_to_initials,
    "sep_colon": sep_colon, "sep_colon_tight": sep_colon_tight, "sep_emdash": sep_emdash,
    "sep_endash": sep_endash, "sep_period": sep_period, "label_after": label_after,
    "labels_upper": labels_upper, "labels_title": labels_title,
    "quotes_curly": quotes_curly, "quotes_straight": quotes_straight,
    "quotes_guillemets": quotes_guillemets, "quotes_block_italic": quotes_block_italic,
    "quotes_emdash": quotes_emdash,
    "attr_before": attr_before, "attr_dash_after": attr_dash_after, "attr_paren_after": attr_paren_after,
    "quotes_inner_curly": quotes_inner_curly, "quotes_inner_guillemets": quotes_inner_guillemets,
    "quote_incise": quote_incise, "attr_small_caps": attr_small_caps, "attr_note_list": attr_note_list,
    "roles_abbrev": roles_abbrev, "roles_expand": roles_expand, "roles_synonym": roles_synonym,
    "region_as_departement": region_as_departement, "departement_as_chef_lieu": departement_as_chef_lieu,
    "num_dot": num_dot, "num_paren": num_paren, "num_parens": num_parens, "num_bracket": num_bracket,
    **{name: globals()[name] for name in LABEL_SHAPES},
}


def perturb(spec: dict, name: str, seed: int = 0, doc: str = "") -> dict | None:
    """The document under one transform (seeded by seed, transform and document name), or None
    when the transform does not apply, changes nothing, or would make the annotation untrue."""
    rng = random.Random(f"{seed}:{name}:{doc}")
    new = TRANSFORMS[name](spec, rng)
    if new is None or new == spec or not annotation_true(new):
        return None
    return new


# ---- segfix19: the attribution in the sentence after the quotation ---------------------------
def attr_following_sentence(spec, rng):
    """"« q » (E3, infirmière)" -> "« q » Ce sont les propos de E3, infirmière." (a sentence of
    its own after the closing mark names the speaker: segment/following_attributions.py)."""
    def fmt(q, a):
        de = "d'" if a[:1].lower() in "aeiouyéèêàâîôûh" else "de "
        return f"{q} Ce sont les propos {de}{a}."
    return _move(spec, PAREN_AFTER, fmt)


TRANSFORMS["attr_following_sentence"] = attr_following_sentence
