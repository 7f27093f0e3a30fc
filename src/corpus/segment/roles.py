"""The role vocabulary (ROLES) and the mapping from a role as written (role_raw) to it, by the
role rules of the language data (lang/fr/roles.yaml) that conventions.configure compiles here.

Rules have a tier (lang/fr/roles.yaml says which): a ``body`` (a regulation or support body,
an elected office) wins wherever the description names it, in rule order; among ``head``
rules (health professions, the default) the word that comes first wins, since the head of a
French noun phrase comes first ("médecin généraliste coordinateur" is a GP who coordinates);
then likewise among ``other`` rules (professions outside health, local authorities as
employers), which a sentence naming a health profession too ("entretiens menés par une
sociologue auprès de médecins") does not take; a ``weak`` word (a bare "médecin") counts only
when no other rule matches.
"""

from __future__ import annotations

import re

from ..errors import ConfigError
from ..text import fold
from .former_functions import configure_former, without_absent, without_former
from .scan_patterns import boundary_after_first_letter

ROLES = [
    "medecin_generaliste", "medecin_specialiste", "infirmier", "pharmacien", "kinesitherapeute",
    "sage_femme", "autre_paramedical", "coordinateur", "secretaire", "institutionnel_ars",
    "institutionnel_cpam", "institutionnel_urps", "institutionnel_autre", "elu", "hospitalier",
    "biologiste", "autre", "inconnu",
]


# The role rules and the generic words come from the language data (lang/fr/roles.yaml).
ROLE_RULES: list[tuple[str, re.Pattern, str]] = []
GENERIC = re.compile(r"(?!)")
WITHHELD = re.compile(r"(?!)")
TIERS = ("body", "head", "other", "weak")  # the order in which tiers are tried
PLACED_TIERS = ("head", "other")  # where the word that comes first wins


def configure_roles(data: dict) -> None:
    """Compile the role rules of the language data (and a corpus's additions, tried first)."""
    global GENERIC, WITHHELD
    rules = []
    for rule in data.get("roles", []):
        if rule.get("role") not in ROLES:
            raise ConfigError(f"role rule for unknown role {rule.get('role')!r} (roles: {', '.join(ROLES)})")
        tier = rule.get("tier", "head")
        if tier not in TIERS:
            raise ConfigError(f"role rule for {rule['role']!r}: unknown tier {tier!r} (tiers: {', '.join(TIERS)})")
        # compiled with the leading word boundaries moved (same matches): the rules scan whole documents
        pattern = boundary_after_first_letter("|".join(rule.get("patterns", []))) or r"(?!)"
        rules.append((rule["role"], re.compile(pattern), tier))
    ROLE_RULES[:] = rules
    _MATCHED.clear()
    _PROFESSION.clear()
    configure_former(data)
    GENERIC = re.compile("|".join(data.get("generic_role_words", [])) or r"(?!)")
    WITHHELD = re.compile("|".join(data.get("withheld_role_phrases", [])) or r"(?!)")
    CODE_LETTER_ROLES.clear()
    for role, letters in (data.get("code_letter_roles") or {}).items():
        if role not in ROLES:
            raise ConfigError(f"code_letter_roles: unknown role {role!r} (roles: {', '.join(ROLES)})")
        CODE_LETTER_ROLES.update({fold(w).lower(): role for w in letters})
    global SELF_DESIGNATION
    words = "|".join(data.get("self_designation", []))
    # the word right after the pronoun, with no determiner between ("nous infirmiers", not "moi
    # les médecins": someone speaking of others)
    SELF_DESIGNATION = re.compile(rf"\b(?:{words})\s*,?\s+(?P<what>[\w-]+)") if words else re.compile(r"(?!)")


# matched_role's answers since the rules were last configured (a document asks about the same
# descriptions many times: ~8,000 calls for ~1,000 distinct ones in a 464-page thesis)
_MATCHED: dict[str, str | None] = {}


def matched_role(role_raw: str) -> str | None:
    """The role the description names, or None: the first ``body`` rule found, else the ``head``
    rule whose words come first in the description (ties: the rule listed first), else likewise
    among the ``other`` rules, else the first ``weak`` rule found; a rule's words that lie inside
    a longer phrase another rule matches do not count."""
    key = role_raw or ""
    if key not in _MATCHED:
        if len(_MATCHED) > 50_000:  # bounded: a long-lived process segmenting many documents
            _MATCHED.clear()
        _MATCHED[key] = _matched_role(key)
    return _MATCHED[key]


def _matched_role(role_raw: str) -> str | None:
    text = without_absent(fold(role_raw))
    present = without_former(text)
    if present != text and _best_role(present) is not None:  # "…, ancienne infirmière": what they do now
        return _best_role(present)
    return _best_role(text)


def _best_role(text: str) -> str | None:
    found = [(order, role, tier, m.span()) for order, (role, pattern, tier) in enumerate(ROLE_RULES)
             if (m := pattern.search(text))]
    best: tuple[tuple[int, int, int], str] | None = None
    for order, role, tier, (start, end) in found:
        # a word inside a longer role phrase another rule matches is that phrase's, not a role of its
        # own ("agent de service hospitalier" is a hospital's service agent, not a hospital)
        if any(s <= start and end <= e and e - s > end - start for _, _, _, (s, e) in found):
            continue
        key = (TIERS.index(tier), start if tier in PLACED_TIERS else 0, order)
        if best is None or key < best[0]:
            best = (key, role)
    return best[1] if best else None


def names_a_profession(text: str) -> bool:
    """Whether the words name what someone does: a body or a profession of the rules, also one
    outside the vocabulary ("assistante de service social": autre); not only the people care is
    for or a bare weak word."""
    folded = fold(text or "")
    if folded not in _PROFESSION:  # remembered like matched_role's answers
        if len(_PROFESSION) > 50_000:
            _PROFESSION.clear()
        _PROFESSION[folded] = any(tier != "weak" and pattern.search(folded) for _, pattern, tier in ROLE_RULES)
    return _PROFESSION[folded]


_PROFESSION: dict[str, bool] = {}


def names_a_trade(text: str) -> bool:
    """Whether the words' head (their first word after an article) names what someone does, inside
    or outside the role vocabulary: a profession of the rules, a trade the language data lists, or a
    word with an agent noun's ending that is no common word (lang/fr/trade_nouns.yaml): "chef
    d'atelier depuis 1998", "cordiste", "éclusière à Rethel"; not "Territoire", "dossier suivi"."""
    if names_a_profession(text):
        return True
    # the head word after an article, and the first letter of the word right after it
    m = _TRADE_HEAD.match(text or "")
    if m is None:
        return False
    word = m.group("head")
    head = word.lower()
    lists = _trade_lists()
    # (as written: folding the accents would make "retraite" the trade "retraité")
    if head in lists["not"]:
        return False
    # a capitalised word is a surname, a first name or a label ("Mercier", "Olivier", "[Animatrice]")
    # unless a lower-case word of the same phrase follows it ("Opérateur ergols", "Assistante sociale")
    if not word[:1].islower() and not (m.group("next") or "").islower():
        return False
    if head in lists["heads"]:
        return True
    return len(head) >= 5 and any(head.endswith(e) for e in lists["suffixes"])


_TRADE_HEAD = re.compile(r"\s*(?:[lL]['’]\s*|(?:[Ll]es?|[Ll]a|[Uu]ne?)\s+)?"
                         r"(?P<head>[^\W\d_]+(?:-[^\W\d_]+)*)(?:\s+(?P<next>[^\W\d_]))?")


def _trade_lists() -> dict[str, set[str]]:
    from .conventions import language_data  # the roles are configured before the conventions import them

    data = language_data()
    if _TRADES.get("data") is not data:
        _TRADES.clear()
        _TRADES.update(data=data,
                       heads={w.lower() for w in data.get("trade_heads", [])},
                       suffixes=set(data.get("trade_suffixes", [])),
                       **{"not": {w.lower() for w in data.get("not_trade_words", [])}})
    return _TRADES


_TRADES: dict = {}


SELF_DESIGNATION = re.compile(r"(?!)")

# folded letters of an informant code -> the trade they abbreviate (lang/fr/roles.yaml code_letter_roles)
CODE_LETTER_ROLES: dict[str, str] = {}


def letters_role(letters: str) -> str:
    """The role the letters of an informant code name once its number is set aside ("IDE" of
    "IDE3", "MG" of "MG-4" by the rules; "OFF" of "OFF3", "Prep." of "Prep.1" by the language's
    code_letter_roles, words that alone in a description mean something else: "voix off")."""
    role = normalize_role(letters)
    if role in ("autre", "inconnu"):
        role = CODE_LETTER_ROLES.get(fold(letters or "").lower().strip(" .-_"), role)
    return role


def self_designated_role(quote: str, candidates: set[str]) -> str | None:
    """The one role among ``candidates`` (the roles of an interview's several persons) that the
    speaker gives themselves in their words ("tu vois nous infirmiers on bosse le week-end",
    "moi, pharmacienne, je…"), or None when they name none or several."""
    found = set()
    for m in SELF_DESIGNATION.finditer(fold(quote or "")):
        role = matched_role(m.group("what"))
        if role in candidates:
            found.add(role)
    return found.pop() if len(found) == 1 else None


def withholds_role(role_raw: str) -> bool:
    """The description says the person withheld what they do (roles.yaml withheld_role_phrases)."""
    return bool(role_raw) and bool(WITHHELD.search(fold(role_raw).lower()))


def unidentified(role_raw: str) -> bool:
    """What the rules read says the speaker is not identified: a withheld function, or a voice the
    text does not identify ("une voix dans la salle": attributions.yaml anonymous_voices). Their
    'inconnu' is what the document says; no later reader gives them a name or a role."""
    if not role_raw:
        return False
    from .conventions import (  # the conventions import the roles: read at call time
        ANONYMOUS_VOICE,
        GROUP_SPEECH,
    )

    # (several people at once, "répondent d'une seule voix": fallbacks.yaml group_speech_words)
    return withholds_role(role_raw) or bool(ANONYMOUS_VOICE.match(role_raw.strip())) or bool(GROUP_SPEECH.search(role_raw))


def normalize_role(role_raw: str) -> str:
    """Map a description as written ("Pharmacienne", "MG", "coordinatrice du CLS") to ROLES."""
    if not role_raw or not role_raw.strip():
        return "inconnu"
    role = matched_role(role_raw)
    if role not in (None, "autre"):
        return role
    if withholds_role(role_raw):
        return "inconnu"  # "qui n'a pas souhaité préciser son poste": what they do is not said
    if role is not None:
        return role
    if GENERIC.search(fold(role_raw)):
        return "inconnu"
    return "autre"
