"""Role vocabulary, the mapping from a role as written (role_raw) to it, and the identity tables
documents give for their speakers (a focus group's participant table, a thesis's interview cards).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..clean import fold

ROLES = [
    "medecin_generaliste", "medecin_specialiste", "infirmier", "pharmacien", "kinesitherapeute",
    "sage_femme", "autre_paramedical", "coordinateur", "secretaire", "institutionnel_ars",
    "institutionnel_cpam", "institutionnel_urps", "institutionnel_autre", "elu", "hospitalier",
    "biologiste", "autre", "inconnu",
]


# Institutions first: a person speaking for a regulation or support body takes its role.
# Order matters: the first rule whose pattern matches wins.
ROLE_RULES: list[tuple[str, re.Pattern]] = [
    ("institutionnel_ars", re.compile(r"\bars\b|agence regionale de sante")),
    ("institutionnel_cpam", re.compile(r"\bcpam\b|assurance maladie|\bcnam\b|\bcnamts\b|\bcaisse\b")),
    ("institutionnel_urps", re.compile(r"\burps\b|\burml\b")),
    ("institutionnel_autre", re.compile(
        r"\bors\b|syndica|ministere|\bdgos\b|\bhas\b|federation|\bfemasif\b|\bffmps\b|\bcdom\b|"
        r"ordre des|\bdrees\b|\birdes\b|conseil (departemental|regional)|structure support|"
        r"\bfcpts\b")),
    ("elu", re.compile(r"\belue?s?\b|\bmaire\b|adjointe? au maire|conseill[eè]re? municipal|depute|senat")),
    ("coordinateur", re.compile(
        r"coordinat|coordonnat|chargee? de mission|chef de projet|\bdirect(eur|rice) de (la )?(cpts|msp)|"
        r"animat(eur|rice) (de|territorial)")),
    ("secretaire", re.compile(r"secretaire|assistante? medical")),
    ("medecin_generaliste", re.compile(r"\bmg\b|medecins? generaliste|generaliste|medecin traitant|medecin de famille")),
    ("medecin_specialiste", re.compile(
        r"neurologue|cardiologue|pediatre|psychiatre|gynecologue|dermatologue|ophtalmo|nephrologue|"
        r"rhumatologue|pneumologue|geriatre|specialiste|radiologue|\borl\b|medecin de sante publique")),
    ("infirmier", re.compile(r"infirmi|\bide\b|\bidel\b|\bipa\b|asalee")),
    ("pharmacien", re.compile(r"pharmacien|officin")),
    ("kinesitherapeute", re.compile(r"\bkine")),
    ("sage_femme", re.compile(r"sages?-femmes?|maieuti")),
    ("biologiste", re.compile(r"biologi|laboratoire")),
    ("hospitalier", re.compile(r"hopita|hospitali|\bchu\b|\bch\b|clinique|urgentiste|\bsamu\b|\bght\b")),
    ("autre_paramedical", re.compile(
        r"orthophon|podolog|ergoth|psychomot|dieteti|psycholog|orthopt|dentiste|chirurgien-dentiste|"
        r"osteopathe|opticien|audioprothes")),
    ("medecin_generaliste", re.compile(r"\bmedecins?\b|\bdocteur\b|\bdr\b")),
    ("autre", re.compile(
        r"patient|usager|travailleu|assistante? social|benevole|enseignant|chercheu|sociolog|"
        r"geographe|economiste|consultant|delegue|externe|interne\b|etudiant")),
]
# Descriptions that say someone speaks but not what they do: the role is unknown, not "autre".
GENERIC = re.compile(r"presid|soignant|professionnel|participant|interviewe|enquete|\bp\d+\b")


def normalize_role(role_raw: str) -> str:
    """Map a description as written ("Pharmacienne", "MG", "coordinatrice du CLS") to ROLES."""
    if not role_raw or not role_raw.strip():
        return "inconnu"
    text = fold(role_raw)
    for role, pattern in ROLE_RULES:
        if pattern.search(text):
            return role
    if GENERIC.search(text):
        return "inconnu"
    return "autre"


# ---- participant tables (focus groups: P1 ... Pn with their function) ----------------------

PARTICIPANT = re.compile(r"^(P\d{1,3})(?=$|[\s|\t])")
FUNCTION_CELL = re.compile(
    r"^(MG|IDEL?|Pharmacien(ne)?|M[ée]decin( g[ée]n[ée]raliste)?|Infirmi[eè]re?( lib[ée]ral[e]?)?|"
    r"Kin[ée](sith[ée]rapeute)?|Sage-femme|Secr[ée]taire|Coordinat(eur|rice)|Biologiste)$",
    re.IGNORECASE)
CELL_SPLIT = re.compile(r"\s*(?:\t|\s\|\s|\|)\s*")


def participant_table(lines: list[str]) -> dict[str, str]:
    """{"P5": "MG", ...}: see participant_rows."""
    return {label: function for _, label, function in participant_rows(lines)}


def participant_rows(lines: list[str]) -> list[tuple[int, str, str]]:
    """(line index, "P5", "MG") for each row of a participant table: a row starts with the label
    P<n> and one of its cells (on the same line, split by tabs or '|', or on the following short
    lines) is a function (MG, IDE, Pharmacien...). Lines of speech ("P5 : « ... »") are not rows.
    """
    rows: list[tuple[int, str, str]] = []
    table: dict[str, str] = {}
    for i, line in enumerate(lines):
        m = PARTICIPANT.match(line.strip())
        if not m:
            continue
        rest = line.strip()[m.end():]
        if ":" in rest or "«" in rest or len(rest) > 120:
            continue
        cells = [c for c in CELL_SPLIT.split(rest) if c]
        for nxt in lines[i + 1:i + 9]:
            nxt = nxt.strip()
            if PARTICIPANT.match(nxt) or len(nxt) > 60 or not nxt:
                break
            cells.extend(c for c in CELL_SPLIT.split(nxt) if c)
        functions = [c for c in cells if FUNCTION_CELL.match(c.strip())]
        if functions and m.group(1) not in table:
            table[m.group(1)] = functions[-1].strip()
            rows.append((i, m.group(1), table[m.group(1)]))
    return rows


# ---- interview cards (a thesis's field reports: number, profession(s), scale, institution) ---

CARD_NUMBER = re.compile(r"^Renum[ée]rotation\s*:\s*n\s*°\s*(\d{1,3})\s*t?\b", re.IGNORECASE)
CARD_END = re.compile(r"^(Autre d[ée]tail|Date\s*:|Contexte|Dur[ée]e|Contenu)", re.IGNORECASE)
CARD_HEADER = re.compile(r"^(Profession|Sexe|Tranche d'[âa]ge|Echelle|[ÉE]chelle|Institution\s*/\s*CPTS)$", re.IGNORECASE)
SEX = re.compile(r"^[HFM]$")
AGE = re.compile(r"^(\d{2}\s*-\s*\d{2}|[<>]\s*\d{2})\s*ans$")
SCALE = re.compile(r"^(Nationale?|R[ée]gion [A-Z])\b\s*(.*)$")
INSTITUTION = re.compile(
    r"^(CPTS \d+|ARS|CPAM|CNAM(TS)?|URPS|URML|ORS|Syndicat|Structure support|Minist[eè]re.*|F[ée]d[ée]ration.*)$")


@dataclass
class InterviewCard:
    number: str
    professions: list[str] = field(default_factory=list)
    scale: str = ""
    institution: str = ""

    @property
    def region(self) -> str:
        if self.scale.lower().startswith("nation"):
            return "National"
        m = re.match(r"R[ée]gion ([A-Z])", self.scale)
        return f"Région {m.group(1)}" if m else ""

    def role_raw(self, person: int | None = None) -> str:
        profs = self.professions if person is None else self.professions[person - 1:person]
        who = " / ".join(profs)
        where = ", ".join(x for x in (self.scale, self.institution) if x)
        return f"{who} – {where}" if where else who

    def role(self, person: int | None = None) -> str:
        """The role of one person, or of the interview when all its persons share one."""
        if person is not None and 1 <= person <= len(self.professions):
            return normalize_role(f"{self.professions[person - 1]}, {self.institution}")
        roles = {normalize_role(f"{p}, {self.institution}") for p in self.professions}
        return roles.pop() if len(roles) == 1 else "inconnu"


def _cells(line: str) -> list[str]:
    return [c.strip() for c in CELL_SPLIT.split(line.strip()) if c.strip()]


def interview_cards(lines: list[str]) -> dict[str, InterviewCard]:
    """{"16": card} from field reports whose first lines give the interview's (re)number, then a
    small table Profession / Sexe / Tranche d'âge / Echelle / Institution, one or more persons.
    """
    cards: dict[str, InterviewCard] = {}
    for i, line in enumerate(lines):
        m = CARD_NUMBER.match(line.strip())
        if not m:
            continue
        card = InterviewCard(str(int(m.group(1))))
        after_scale = False
        for nxt in lines[i + 1:i + 30]:
            if CARD_END.match(nxt.strip()) or CARD_NUMBER.match(nxt.strip()):
                break
            for cell in _cells(nxt):
                if CARD_HEADER.match(cell) or re.fullmatch(r"Sexe Tranche d'[âa]ge", cell):
                    continue
                if SEX.match(cell) or AGE.match(cell):
                    after_scale = False
                    continue
                s = SCALE.match(cell)
                if s and not card.scale:
                    card.scale = s.group(1)
                    if s.group(2):
                        card.institution = s.group(2)
                    else:
                        after_scale = True
                    continue
                if INSTITUTION.match(cell) and not card.institution:
                    card.institution = cell
                    after_scale = False
                    continue
                if after_scale and not card.institution:
                    card.institution = cell
                    after_scale = False
                    continue
                if not card.scale:
                    card.professions.append(cell)
                elif card.institution:
                    card.professions.append(cell)  # a second person listed after the first
        cards.setdefault(card.number, card)
    return cards
