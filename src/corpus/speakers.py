"""Role vocabulary and the mapping from a role as written (role_raw) to it."""

from __future__ import annotations

import re
import unicodedata

ROLES = [
    "medecin_generaliste", "medecin_specialiste", "infirmier", "pharmacien", "kinesitherapeute",
    "sage_femme", "autre_paramedical", "coordinateur", "secretaire", "institutionnel_ars",
    "institutionnel_cpam", "institutionnel_urps", "institutionnel_autre", "elu", "hospitalier",
    "biologiste", "autre", "inconnu",
]


def fold(text: str) -> str:
    """Lower case without accents, for matching descriptions."""
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in text if not unicodedata.combining(c))


# Institutions first: a person speaking for a regulation or support body takes its role.
# Order matters: the first rule whose pattern matches wins.
ROLE_RULES: list[tuple[str, re.Pattern]] = [
    ("institutionnel_ars", re.compile(r"\bars\b|agence regionale de sante")),
    ("institutionnel_cpam", re.compile(r"\bcpam\b|assurance maladie|\bcnam\b|\bcnamts\b")),
    ("institutionnel_urps", re.compile(r"\burps\b")),
    ("institutionnel_autre", re.compile(
        r"\bors\b|syndica|ministere|\bdgos\b|\bhas\b|federation|\bfemasif\b|\bffmps\b|\bcdom\b|"
        r"ordre des|\bdrees\b|\birdes\b|conseil (departemental|regional)")),
    ("elu", re.compile(r"\belue?s?\b|\bmaire\b|adjointe? au maire|conseill[eè]re? municipal|depute|senat")),
    ("coordinateur", re.compile(r"coordinat|coordonnat|chargee? de mission|\bdirect(eur|rice) de (la )?(cpts|msp)|animat(eur|rice) (de|territorial)")),
    ("secretaire", re.compile(r"secretaire|assistante? medical")),
    ("medecin_generaliste", re.compile(r"\bmg\b|medecins? generaliste|generaliste|medecin traitant|medecin de famille")),
    ("medecin_specialiste", re.compile(
        r"neurologue|cardiologue|pediatre|psychiatre|gynecologue|dermatologue|ophtalmo|"
        r"rhumatologue|pneumologue|geriatre|specialiste|radiologue|\borl\b")),
    ("infirmier", re.compile(r"infirmi|\bide\b|\bidel\b|\bipa\b|asalee")),
    ("pharmacien", re.compile(r"pharmacien|officin")),
    ("kinesitherapeute", re.compile(r"kine")),
    ("sage_femme", re.compile(r"sages?-femmes?|maieuti")),
    ("biologiste", re.compile(r"biologi|laboratoire")),
    ("hospitalier", re.compile(r"hopita|\bchu\b|\bch\b|clinique|urgentiste|\bsamu\b|\bght\b")),
    ("autre_paramedical", re.compile(
        r"orthophon|podolog|ergoth|psychomot|dieteti|psycholog|orthopt|dentiste|chirurgien-dentiste|"
        r"osteopathe|opticien|audioprothes")),
    ("medecin_generaliste", re.compile(r"\bmedecin\b|\bdocteur\b|\bdr\b")),
    ("autre", re.compile(r"president|patient|usager|travailleu|assistante? social|benevole|enseignant|chercheu|sociolog")),
]


def normalize_role(role_raw: str) -> str:
    """Map a description as written ("Pharmacienne", "MG", "coordinatrice du CLS") to ROLES."""
    if not role_raw or not role_raw.strip():
        return "inconnu"
    text = fold(role_raw)
    for role, pattern in ROLE_RULES:
        if pattern.search(text):
            return role
    return "autre"
