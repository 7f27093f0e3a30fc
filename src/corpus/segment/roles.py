"""The role vocabulary (ROLES) and the mapping from a role as written (role_raw) to it, by the
role rules of the language data (lang/fr/roles.yaml) that conventions.configure compiles here.
"""

from __future__ import annotations

import re

from ..errors import ConfigError
from ..text import fold

ROLES = [
    "medecin_generaliste", "medecin_specialiste", "infirmier", "pharmacien", "kinesitherapeute",
    "sage_femme", "autre_paramedical", "coordinateur", "secretaire", "institutionnel_ars",
    "institutionnel_cpam", "institutionnel_urps", "institutionnel_autre", "elu", "hospitalier",
    "biologiste", "autre", "inconnu",
]


# The role rules and the generic words come from the language data (lang/fr/roles.yaml).
ROLE_RULES: list[tuple[str, re.Pattern]] = []
GENERIC = re.compile(r"(?!)")


def configure_roles(data: dict) -> None:
    """Compile the role rules of the language data (and a corpus's additions, tried first)."""
    global GENERIC
    rules = []
    for rule in data.get("roles", []):
        if rule.get("role") not in ROLES:
            raise ConfigError(f"role rule for unknown role {rule.get('role')!r} (roles: {', '.join(ROLES)})")
        rules.append((rule["role"], re.compile("|".join(rule.get("patterns", [])) or r"(?!)")))
    ROLE_RULES[:] = rules
    GENERIC = re.compile("|".join(data.get("generic_role_words", [])) or r"(?!)")


def matched_role(role_raw: str) -> str | None:
    """The role of the first rule whose words the description holds, or None."""
    text = fold(role_raw or "")
    for role, pattern in ROLE_RULES:
        if pattern.search(text):
            return role
    return None


def normalize_role(role_raw: str) -> str:
    """Map a description as written ("Pharmacienne", "MG", "coordinatrice du CLS") to ROLES."""
    if not role_raw or not role_raw.strip():
        return "inconnu"
    role = matched_role(role_raw)
    if role is not None:
        return role
    if GENERIC.search(fold(role_raw)):
        return "inconnu"
    return "autre"
