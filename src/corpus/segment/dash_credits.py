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
from .attributions import FIRST_NAME, counted_profile, description_fields
from .dash_quotes import names_a_person
from .incise_slots import verb_incise
from .roles import names_a_trade, normalize_role


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
        if presented_first_name(who.strip(), text):
            # "« … » — Mariama" where a portrait presents "Mariama, 34 ans, agente de santé
            # communautaire à Bandraboua": the first name alone credits that person (s50)
            return f"{m.group('q')}{m.group('sp')}({who}){m.group('end')}"
        if cv.NOT_A_DESCRIPTION.match(who) or not names_a_person(who):  # "— un slogan repris par …"
            return m.group(0)
        coded = cv.PAREN_CODE.match(who.strip())
        if not (coded and re.search(r"\d", coded.group("code"))) and normalize_role(who) in ("autre", "inconnu") \
                and not counted_profile(who):
            # a persona's first name, age and life ("— Josette, 82 ans, vit seule à Mirande"): no post; a
            # member's signature gives where they live ("— Gérard, 40 ruches, Vatan")
            return m.group(0)
        return f"{m.group('q')}{m.group('sp')}({who}){m.group('end')}"
    return credit.sub(fold, text)


def presented_first_name(who: str, text: str) -> bool:
    """Whether ``who`` is a first name alone that the text presents somewhere with what the person
    does ("Mariama, 34 ans, agente de santé communautaire à Bandraboua")."""
    if not re.fullmatch(FIRST_NAME, who):
        return False
    for p in re.finditer(rf"(?<![\w-]){re.escape(who)}\s*,\s*(?P<desc>[^.;:!?«»()\n]{{3,120}})", text):
        if any(names_a_trade(f) for f in description_fields(p.group("desc"))):
            return True
    return False


def _list_mark() -> str:
    """An optional list item's mark and its space before a quotation (dash_quotes.yaml credit_list_marks)."""
    marks = "|".join(f"(?:{m})" for m in cv.DATA.get("credit_list_marks", []))
    return rf"(?:(?:{marks})[ \t]+)?" if marks else ""


def fold_comma_credits(text: str) -> str:
    """text with each "« … », credit." ending a line read as "« … » (credit)" (same length): a
    list of quotations each followed by who said it after a comma ("« … », Odile, éleveuse à
    Montrevel.", "• « … », tonnelier à la chauffe"). Only a credit that names a person
    (dash_quotes.names_a_person) with a numbered code or what they do (a role or a trade:
    roles.names_a_trade), not a verb's incise ("», explique Odile, éleveuse": the incise readers'),
    where a quotation opens the line (after a list mark) and the credit ends it."""
    if "»" not in text or "," not in text:
        return text
    credit = re.compile(rf"^(?P<q>[ \t]*{_list_mark()}«[^\n«»]*»)(?P<comma>[ \t\u00a0]?,)[ \t\u00a0]"
                        r"(?P<who>[^«»()\[\]\n!?:;]{2,120}?)(?P<end>[ \t]*\.?[ \t]*)$", re.MULTILINE)

    def credited(who: str) -> bool:
        if cv.NOT_A_DESCRIPTION.match(who) or not names_a_person(cv.SINCE_YEAR.sub("", who)) \
                or cv.SPEECH_VERB_ANY.search(who) or verb_incise(f", {who}"):
            return False
        coded = cv.PAREN_CODE.match(who)
        # not a persona's first name, age and life ("Josette, 82 ans, vit seule"): a post or a code
        return bool(coded and re.search(r"\d", coded.group("code"))) or normalize_role(who) not in ("autre", "inconnu") \
            or any(names_a_trade(f) for f in description_fields(who))

    def named_only(who: str) -> bool:
        """A first name and where the person lives, in a list whose other credits say what people do
        ("« … », Sandrine, Marboz.")."""
        fields = [f.strip() for f in who.split(",")]
        return len(fields) == 2 and re.fullmatch(FIRST_NAME, fields[0]) is not None \
            and len(fields[1].split()) <= 4 and fields[1][:1].isupper()

    matches = list(credit.finditer(text))
    sure = [m for m in matches if credited(m.group("who").strip())]
    folded = set(m.start() for m in sure)
    if len(sure) >= 2:
        folded |= {m.start() for m in matches if named_only(m.group("who").strip())}
    out, at = [], 0
    for m in matches:
        if m.start() not in folded:
            continue
        # the comma becomes the opening parenthesis, the final point (or the space) the closing one: the
        # quotation ends at its guillemet and no offset moves outside the credit
        who, end = m.group("who"), m.group("end")
        body = f"( {who})" if "." in end else f"({who})" if m.group("comma") == "," else f" ({who})"
        new = f"{m.group('q')}{body}"
        gap = len(m.group(0)) - len(new)
        if gap < 0:
            continue
        out += [text[at:m.start()], new + " " * gap]
        at = m.end()
    text = "".join(out) + text[at:] if out else text
    # a quotation and its credit in one parenthesis of the author's sentence ("… évité (« Ma mère n'aurait
    # jamais … », E9, fille d'une personne vaccinée)."): read as "… évité  « … » (E9, fille …)." (same length)
    # (not a source an introducer names: "(« … », selon un rapport de l'ARS)")
    introducers = re.compile(rf"^(?:{cv._flex_alt(cv.DATA.get('introducers', [])) or '(?!)'})\b", re.IGNORECASE)
    inside = re.compile(r"\((?P<q>«[^\n«»()]*»)[ \t\u00a0]?,[ \t\u00a0](?P<who>[^«»()\[\]\n!?:;]{2,120}?)\)")
    return inside.sub(lambda m: f" {m.group('q')} ({m.group('who')})" if credited(m.group("who").strip())
                      and not introducers.match(m.group("who").strip()) else m.group(0), text)


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
