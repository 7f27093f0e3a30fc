"""Extracts credited by the participant code of the line above them (segment/code_leads.py): the
method introduces the codes once ("… trois aides-soignantes : AS 1 à Lisieux, AS 2 à Honfleur …"),
then an extract in italics under its code alone on a line, or under a lead-in naming one code and
ending with a colon; near misses: a lead-in naming two codes, a code the document never defined."""

from __future__ import annotations

from segment_text import line_styles
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.code_leads import lead_code
from corpus.segment.speakers import CodeDict

LINES = ["Travail de fin d'études – IFAS de Caen",
         "J'ai interrogé en entretien trois aides-soignantes de SSIAD : AS 1 à Lisieux, AS 2 à Honfleur et AS 3 à Bayeux. "
         "Je les nomme ainsi dans la suite.",
         "AS 1",
         "Le matin je fais six toilettes avant dix heures, et je connais chaque escalier par cœur. Quand "
         "il neige je pars une heure plus tôt.",
         "Le temps manque aussi pour AS 2, qui parle surtout des transmissions :",
         "Moi je note tout dans le cahier de liaison, sinon l'infirmière ne sait pas que la dame a mal "
         "dormi. On se parle par écrit, en fait.",
         "Je retrouve ici ce que j'ai observé en stage."]


def test_the_code_above_an_italic_extract_is_its_speaker(gazetteer):
    text, segs = _segment(LINES, gazetteer, styles=line_styles(LINES, {3, 5}))
    first = _at(text, segs, "six toilettes avant dix heures")
    assert (first.kind, first.speaker) == ("verbatim", "AS 1")
    second = _at(text, segs, "dans le cahier de liaison")
    assert (second.kind, second.speaker) == ("verbatim", "AS 2")


def test_lead_code_reads_one_defined_code():
    codes = CodeDict({"AS 1": "", "AS 2": "", "AS 3": ""})
    assert lead_code("", "AS 3", codes) == "AS 3"
    assert lead_code("", "AS3 :", codes) == "AS 3"  # printed otherwise than in the method
    assert lead_code("", "Comme AS 1, AS 3 insiste sur la fatigue :", codes) is None  # two codes: nobody
    assert lead_code("", "AS 7", codes) is None  # a code the document never defined
    assert lead_code("", "Le temps manque aussi pour AS 2, qui en parle longuement.", codes) is None  # no colon
    assert lead_code("AS 2 explique : ", "AS 1", codes) == "AS 2"  # the lead on the quotation's own line



def test_a_code_named_by_the_lead_takes_the_table_s_description():
    # s40: "Déclaration de T2 : « … »" under "| T2 | Chef de poste de nuit |": T2 speaks and the
    # table's trade cell (outside the vocabulary: autre) is what T2 does; a post the text withholds
    # stays unknown (its cell kept as written); a role read already stays
    from segment_text import bare_segments, quote_span

    from corpus.segment.code_leads import apply_code_leads

    text = ("F3. Déclaration de T1 : « J'ai ouvert la trappe avec le gant de manutention. »\n"
            "F4. Déclaration de T2 : « Il était seul au four parce que son binôme était parti. »\n"
            "F5. Déclaration de T3 : « Je ne dirai rien de plus sur mon poste. »\n")
    spans = [quote_span(text, snip) for snip in ("J'ai ouvert", "Il était seul", "Je ne dirai")]
    segs = bare_segments(spans, speaker="", role="inconnu", role_raw="", region="", place="", attr_source="")
    segs[0].role, segs[0].role_raw = "medecin_specialiste", "médecin du travail"
    participants = CodeDict({"T1": "Conducteur de four", "T2": "Chef de poste de nuit",
                             "T3": "Non renseigné, à sa demande"})
    apply_code_leads(segs, text, participants, {})
    assert [(s.speaker, s.role, s.role_raw) for s in segs] == [
        ("T1", "medecin_specialiste", "médecin du travail"), ("T2", "autre", "Chef de poste de nuit"),
        ("T3", "inconnu", "Non renseigné, à sa demande")]
