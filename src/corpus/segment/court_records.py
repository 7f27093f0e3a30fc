"""Court records (assize and trial reports, stenographic records of a hearing), read by the record
reader (segment/records.py) like a deliberative body's sitting: "M. le Président. — …" chairs,
"M. Teyssonnières. — …", "Me Labori. — …" speak. What differs is who speaks: a record in which a
label opens with a lawyer's civility (lang/fr/court_records.yaml court_civilities, "Me") is a
court record, and its speakers named without a function are witnesses, lawyers and parties
(``court_member_role``), not the body's elected members (records.yaml ``record_member_role``).

Notes of a hearing name the speakers by their function in the trial instead ("Le Président. —
Quel repris de justice ?", "L'accusé. — Je n'ose pas le nommer."): at least
``court_function_min_lines`` lines so opened, naming two functions, make such a record; its labels
are declared speakers in the play-script form (label, full stop, dash), the presiding judge the
moderator, the others the role of their function (``court_functions``).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..text import fold
from . import conventions as cv
from .base import TextLine
from .labels import label_text, turn_match
from .roles import normalize_role

# the article of a court function at a paragraph's start ("Le Président", "L'avocat général"):
# lang/fr grammar.yaml definite_articles, elided_articles, with a capital
_ARTICLES = f"{cv.word_forms('definite_articles', case='first')}|{cv.word_forms('elided_articles', case='first')}"

_data = cv.language_data


def is_court_record(lines: list[TextLine]) -> bool:
    """A paragraph opens with a lawyer's civility and a capitalised name, then a full stop and a
    dash or a capital ("Me Labori. — Je crois …")."""
    civ = cv.literal_alternation(_data().get("court_civilities", []))
    if not civ:
        return False
    label = re.compile(rf"^(?:{civ})\.?\s+[A-ZÉÈÀÂÊÎÔÛÇ][\w'’-]*(?:\s+[A-ZÉÈÀÂÊÎÔÛÇ][\w'’-]*){{0,2}}\s*\.\s*[-–—]?\s*[«\"“(]?[A-ZÀ-ÝŒ]")
    return any(label.match(ln.text) for ln in lines)


def court_roles(declared: dict[str, dict], lines: list[TextLine]) -> dict[str, dict]:
    """The record reader's speakers, those it gave the body's member role (no function named)
    given the court's instead when the document is a court record."""
    member = _data().get("record_member_role", "")
    court = _data().get("court_member_role", "")
    if not declared or not court or not is_court_record(lines):
        return declared
    return {k: {**v, "role": court} if v.get("record") and not v.get("role_raw") and v.get("role") == member else v
            for k, v in declared.items()}


def _function_label() -> re.Pattern | None:
    words = [w for entry in _data().get("court_functions", []) for w in entry.get("words", [])]
    if not words:
        return None
    return re.compile(rf"^(?P<label>(?:{_ARTICLES})\s?(?P<func>(?i:{cv.literal_alternation(words)})))\s*\.\s*[–—]\s+(?=\S)")


@lru_cache(maxsize=4)
def _colon_function_label(key: int) -> re.Pattern | None:
    """"La présidente : « … »", "L'avocate de l'employeur : « … »", "LA JUGE : Monsieur, je …": a
    hearing's notes that set the function before a colon (the article and function in any case). The
    function is a court's (``court_functions``) or a person's (attributions.yaml ``person_nouns``:
    "L'infirmier :" heard at the hearing); ``court_function_speakers`` says which lines count."""
    words = [w for entry in _data().get("court_functions", []) for w in entry.get("words", [])]
    if not words:
        return None
    compl = cv.literal_alternation(_data().get("court_function_complements", [])) or "(?!)"
    nouns = cv.PERSON_NOUN.pattern or "(?!)"
    articles = f"{cv.word_forms('definite_articles')}|{cv.word_forms('elided_articles')}"
    return re.compile(rf"^(?P<label>(?i:{articles})\s?(?P<func>(?i:{cv.literal_alternation(words)}|(?:{nouns})[\w-]*))"
                      rf"(?:\s+(?:{compl})\s*[\w'’-]+(?:\s+[\w'’-]+){{0,3}}?)?)\s*:\s*(?=\S)")


def _civility_label(text: str) -> str:
    """The label of a line opened by a civility, a name or an initial and a colon ("M. T. : Je ne
    refuse rien.", "Mme Roche : …"), else ''."""
    m = turn_match(text)
    label = label_text(m) if m else ""
    first = label.split()[0] if label.split() else ""
    if fold(first).rstrip(".").lower() not in cv.CIVILITIES or len(label.split()) < 2:
        return ""
    return label if re.match(rf"{re.escape(label)}\s*:\s*\S", text) else ""


def _function_entry(func: str) -> dict:
    key = fold(func).lower()
    return next((e for e in _data().get("court_functions", [])
                 if key in {fold(w).lower() for w in e.get("words", [])}), {})


def court_function_speakers(lines: list[TextLine]) -> dict[str, dict]:
    """label -> declared attributes (speaker, role, moderator, ``play``) of a hearing record's
    function labels ("Le Président. — …"), or {} when the document is none. In the colon form
    ("La juge : …") most lines' words are quoted or speak (first or second person, a question),
    and one function at least is a court's; the parties then labelled by a civility
    and a name ("M. T. : …") speak as the court record's others (``court_member_role``)."""
    pattern = _function_label()
    hits = [m for m in (pattern.match(ln.text) for ln in lines) if m] if pattern else []
    play = bool(hits)
    parties: list[str] = []
    if not hits:  # "La présidente : « … »": the colon form, its labels read as any declared label's
        colon = _colon_function_label(id(_data()))
        hits = [m for m in (colon.match(ln.text) for ln in lines) if m] if colon else []
        speaking = [m for m in hits if m.string[m.end():m.end() + 1] in "«“" or cv.SPOKEN.search(m.string[m.end():])]
        if 2 * len(speaking) < len(hits) or not any(_function_entry(m.group("func")) for m in hits):
            # (a glossary of the court's functions, "Le juge : magistrat qui …", does not speak; "La maman
            # : … / L'enfant : …" speak, but no court)
            hits = []
        parties = [label for label in (_civility_label(ln.text) for ln in lines) if label] if hits else []
    funcs = Counter(fold(m.group("func")).lower() for m in hits)
    if len(hits) < _data().get("court_function_min_lines", 2) or len(funcs) < 2:
        return {}
    out = {}
    for m in hits:
        entry = _function_entry(m.group("func"))
        chair = bool(entry.get("chair"))
        # (a person's noun, "L'infirmier", names the role the general rules give it)
        role = entry.get("role", "") if entry else normalize_role(m.group("func"))
        out.setdefault(m.group("label"), {
            "role_raw": m.group("func"), "role": "" if chair else role, "region": "", "place": "",
            "moderator": chair, "group": False, "source": "attribution", **({"play": True} if play else {}),
            "speaker": "" if chair else m.group("label")})
    for label in parties:
        out.setdefault(label, {"role_raw": "", "role": _data().get("court_member_role", ""), "region": "", "place": "",
                               "moderator": False, "group": False, "source": "attribution", "speaker": label})
    return out


NAME_LABEL = re.compile(r"^(?P<name>[A-ZÉÈ][a-zéèêëïîôûç]+(?:-[A-ZÉÈ][a-zéèêëïîôûç]+)?)\.\s+(?=[«A-ZÀ-ÝŒ])")


def _period_function_label() -> re.Pattern | None:
    words = [w for entry in _data().get("court_functions", []) for w in entry.get("words", [])]
    if not words:
        return None
    return re.compile(rf"^(?P<label>(?:{_ARTICLES})\s?(?P<func>(?i:{cv.literal_alternation(words)})))\s*\.\s+(?=[«A-ZÀ-ÝŒ])")


def court_name_speakers(lines: list[TextLine]) -> dict[str, dict]:
    """label -> declared attributes of a trial record's "Name. words" labels ("Steiner. Oui, je
    le jurerai …") when a function label closed by a full stop opens a paragraph of the same
    record ("Le ministère public. Le témoin …"): at least ``court_name_min`` names that are no
    word of the non-labels (labels.yaml, ``court_name_not_names``), each line speaking (first or second person, a question)
    or the name mentioned elsewhere in the record; or {}."""
    funcs = _period_function_label()
    if funcs is None:
        return {}
    func_hits = [m for m in (funcs.match(ln.text) for ln in lines) if m]
    if not func_hits:
        return {}
    text = "\n".join(ln.text for ln in lines)
    names: dict[str, list[TextLine]] = {}
    not_names = {fold(w).lower() for w in _data().get("court_name_not_names", [])}
    for ln in lines:
        m = NAME_LABEL.match(ln.text)
        if not m or fold(m.group("name")).lower() in cv.NOT_LABELS | not_names or _function_entry(m.group("name")):
            continue
        rest = ln.text[m.end():]
        elsewhere = len(re.findall(rf"(?<![\w-]){re.escape(m.group('name'))}(?![\w-])", text)) > 1
        if cv.SPOKEN.search(rest) or elsewhere:
            names.setdefault(m.group("name"), []).append(ln)
    if len(names) < _data().get("court_name_min", 3):
        return {}
    out = {}
    for m in func_hits:
        entry = _function_entry(m.group("func"))
        chair = bool(entry.get("chair"))
        out.setdefault(m.group("label"), {
            "role_raw": m.group("func"), "role": "" if chair else entry.get("role", ""), "region": "", "place": "",
            "moderator": chair, "group": False, "source": "attribution", "period": True,
            "speaker": "" if chair else m.group("label")})
    for name in names:
        out[name] = {"role_raw": "", "role": _data().get("court_member_role", ""), "region": "", "place": "",
                     "moderator": False, "group": False, "source": "attribution", "period": True, "speaker": name}
    return out


def period_turn(codes) -> re.Pattern | None:
    """A line opened by one of a trial record's "Name." labels (``lead``, ``ts``, ``label``)."""
    codes = sorted({c for c in codes if c}, key=lambda c: (-len(c), c))
    if not codes:
        return None
    alt = "|".join(re.escape(c) for c in codes)
    return re.compile(rf"^(?P<lead>)(?P<ts>)(?P<label>{alt})\s*\.\s+(?=\S)")


@cv.per_language_data
def _trailing_civility() -> re.Pattern:
    civ = cv.literal_alternation(_data().get("court_civilities", []))
    return re.compile(rf"(?<![\w'’])(?P<civ>{civ})\.?\s+$" if civ else r"(?!)")


def lawyer_civility(before_name: str) -> str:
    """The lawyer's civility ("Me", "Maître") that ``before_name`` ends with, right before a name
    ("Pour la défense, Me Hugo Bertin a plaidé : « … »"; s27-segr46b), else '': it says what the
    person is, a lawyer, where no function is written."""
    m = _trailing_civility().search(before_name)
    return m.group("civ") if m else ""
