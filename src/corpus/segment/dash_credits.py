"""A credit after a dash that closes a quotation's paragraph, read as the same credit in
parentheses (issue #14, session 9, seggen9): "« … » — Mathilde, infirmière libérale, pays de
Caux" as "« … » (Mathilde, infirmière libérale, pays de Caux)", "« … » — E4, l. 56-59" as
"« … » (E4, l. 56-59)". The dash readers (conventions DASH_CODE, DASH_DESCRIPTION) know a code
or a description after the dash; the parenthesis readers know far more shapes (a first name
before a description, a code with a line reference, a pseudonym). Only a credit that names a
person (dash_quotes.names_a_person) with a numbered code or a post (a role of roles.yaml: not a
poster's persona "Josette, 82 ans, vit seule à Mirande") and does not open like a phrase ("un slogan repris par les
CPTS": ``not_a_description``, as for a parenthesis) is read so, and only where a quotation opens the line and the dash and
the credit end it (after a lead-in, "Accroche : « … » — Josette, 82 ans", the lead-in says what the
quotation is: a poster's catchphrase signed by a persona). " — X" becomes " (X)": the same length, so no offset moves outside the
credit and the segments keep the document's text. The dashes: ``quote_dashes``
(lang/fr/dash_quotes.yaml)."""

from __future__ import annotations

import re

from . import conventions as cv
from .dash_quotes import names_a_person
from .roles import normalize_role


def fold_dash_credits(text: str) -> str:
    """text with each "» — credit" ending a line read as "» (credit)" (same length)."""
    dashes = "".join(cv.DATA.get("quote_dashes", []))
    if not dashes or "»" not in text:
        return text
    # the quotation opens its line: a signed quotation; after a lead-in ("Accroche : « … » — Josette,
    # 82 ans") the lead-in says what the quotation is
    credit = re.compile(rf"^(?P<q>[ \t]*«[^\n]*»)(?P<sp>[ \t\u00a0])[{re.escape(dashes)}] "
                        rf"(?P<who>[^«»()\[\]\n!?]{{2,120}}?)(?P<end>\s*\.?)$", re.MULTILINE)

    def fold(m: re.Match) -> str:
        who = m.group("who")
        if cv.NOT_A_DESCRIPTION.match(who) or not names_a_person(who):  # "— un slogan repris par …"
            return m.group(0)
        coded = cv.PAREN_CODE.match(who.strip())
        if not (coded and re.search(r"\d", coded.group("code"))) and normalize_role(who) in ("autre", "inconnu"):
            # a persona's first name, age and life ("— Josette, 82 ans, vit seule à Mirande"): no post
            return m.group(0)
        return f"{m.group('q')}{m.group('sp')}({who}){m.group('end')}"
    return credit.sub(fold, text)


# a report's next paragraph opening with a field's label, a capitalised word and a colon
# ("Recommandation : pérenniser …", "Constat : …")
FIELD_LABEL = r"[A-ZÉÈ][a-zéèêëîïôûç]{3,20} ?:[ \u00a0]"


def cut_after_dash_credits(text: str) -> str:
    """text with a quotation's dash credit that extraction ran into the next quotation ("« … » – un
    infirmier libéral installé depuis 2008 « … » – une infirmière remplaçante": quotes of a
    report each set as its paragraph), or into the report's next paragraph opening with a field's
    label ("– Représentant de la délégation de l'ARS Recommandation : …"), cut before it, the
    space read as a line break (same length; s28-segr49a), so that each credit ends its line as
    the dash readers expect. Only
    a credit that names a person (dash_quotes.names_a_person; a year practised since is no
    reference's year) after a quotation opening its line."""
    dashes = "".join(cv.DATA.get("quote_dashes", []))
    if not dashes or "»" not in text:
        return text
    run = re.compile(rf"^[ \t]*«[^\n«»]*»[ \t\u00a0][{re.escape(dashes)}] (?P<who>[^«»()\[\]\n!?:;]{{2,120}}?)"
                     rf"(?P<gap>[ \u00a0])(?=«|{FIELD_LABEL})", re.MULTILINE)
    while True:  # a cut opens the next quotation's line, which may run on in turn
        cuts = [m.start("gap") for m in run.finditer(text) if names_a_person(cv.SINCE_YEAR.sub("", m.group("who")))]
        if not cuts:
            return text
        for at in cuts:
            text = text[:at] + "\n" + text[at + 1:]
