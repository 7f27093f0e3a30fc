"""The identity tables documents give for their speakers (real text)."""

from __future__ import annotations

from collections import Counter

import pytest
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.roles import ROLES, normalize_role
from corpus.segment.speakers import (
    expand_codes,
    interview_cards,
    named_table_rows,
    participant_lines,
    participant_rows,
    participant_table,
    participants_grouped,
)


def test_participant_table_of_the_focus_groups(pipeline):
    lines = pipeline.text("perelli2022").split("\n")
    table = participant_table(lines)
    assert sorted(table, key=lambda p: int(p[1:])) == [f"P{n}" for n in range(1, 24)]
    assert Counter(normalize_role(f) for f in table.values()) == {
        "medecin_generaliste": 10, "infirmier": 11, "pharmacien": 2}
    assert table["P11"] == "Pharmacien" and table["P1"] == "IDE" and table["P23"] == "MG"


def test_interview_cards_of_the_field_reports(pipeline):
    lines = pipeline.text("gautier2019").split("\n")
    cards = interview_cards(lines)
    assert sorted(cards, key=int) == [str(n) for n in range(1, 31)]
    assert (cards["28"].professions, cards["28"].region, cards["28"].institution) == (["Pharmacienne"], "Région C", "CPTS 2")
    assert cards["1"].region == "National" and cards["1"].role() == "institutionnel_autre"
    # two persons from the same body share its role; an MG and two nurses do not
    assert len(cards["7"].professions) == 2 and cards["7"].role() == "institutionnel_cpam"
    assert len(cards["12"].professions) == 3 and cards["12"].role() == "inconnu"
    assert cards["12"].role(2) == "infirmier" and cards["12"].role(1) == "medecin_generaliste"


# ---- the speaker sheet -----------------------------------------------------------------------

SHEET_HEADER = "doc_id,code,role,region,place,note\n"


def test_speaker_sheet_rows_are_checked_line_by_line(tmp_path):
    from corpus.errors import ConfigError
    from corpus.segment.speakers import check_speaker_rows, read_speaker_sheet

    good = tmp_path / "good.csv"
    good.write_text(SHEET_HEADER + "perelli2022,P24,pharmacienne,Occitanie,Clermont-l'Hérault,\n"
                    "gautier2019,Entretien n°3,institutionnel_ars,Région A,,carte 3\n", encoding="utf-8")
    assert [r["code"] for r in read_speaker_sheet(good, {"perelli2022", "gautier2019"})] == ["P24", "Entretien n°3"]
    rows = [{"doc_id": "perelli2022", "code": "P1", "role": "astronaute", "region": "", "place": "", "note": ""},
            {"doc_id": "perelli2022", "code": "P2", "role": "", "region": "Occitania", "place": "", "note": ""},
            {"doc_id": "perelli2022", "code": "P2", "role": "", "region": "", "place": "", "note": ""},
            {"doc_id": "nope", "code": "P3", "role": "", "region": "", "place": "", "note": ""}]
    problems = check_speaker_rows(rows, "s.csv", {"perelli2022"})
    assert problems == [
        "s.csv: line 2, column 'role': 'astronaute' is neither a role (" + ", ".join(ROLES)
        + ") nor a description that names one",
        "s.csv: line 3, column 'region': invalid value 'Occitania'",
        "s.csv: line 4: 'P2' of 'perelli2022' is declared twice",
        "s.csv: line 5, column 'doc_id': 'nope' is not in the document sheet",
    ]
    bad = tmp_path / "bad.csv"
    bad.write_text("doc_id,code\nperelli2022,P1\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="missing column"):
        read_speaker_sheet(bad)


def test_add_speakers_appends_checked_rows(tmp_path):
    from corpus.errors import ConfigError
    from corpus.segment.speakers import add_speakers

    sheet = tmp_path / "speakers.csv"
    new = tmp_path / "new.csv"
    new.write_text(SHEET_HEADER + "perelli2022,P24,MG,Occitanie,,\n", encoding="utf-8")
    assert add_speakers(new, sheet, {"perelli2022"}) == 1
    assert sheet.read_text(encoding="utf-8") == SHEET_HEADER + "perelli2022,P24,MG,Occitanie,,\n"
    with pytest.raises(ConfigError, match="declared twice"):
        add_speakers(new, sheet, {"perelli2022"})
    assert sheet.read_text(encoding="utf-8").count("P24") == 1  # nothing written on error


def test_declared_speakers_sheet_completes_and_overrides_transcript_hints():
    from corpus.segment.speakers import declared_speakers

    hints = [{"code": "Marie", "role_raw": "infirmière", "region": "", "place": "", "moderator": "0", "source": "x"},
             {"code": "Enq", "role_raw": "", "region": "", "place": "", "moderator": "1", "source": "x"}]
    sheet = [{"doc_id": "d", "code": "Marie", "role": "", "region": "Bretagne", "place": "Brest", "note": ""},
             {"doc_id": "d", "code": "Paul", "role": "pharmacien", "region": "", "place": "", "note": ""}]
    out = declared_speakers(sheet, "d", hints)
    assert out["Marie"] == {"role_raw": "infirmière", "role": "infirmier", "region": "Bretagne", "place": "Brest",
                            "moderator": False, "source": "speaker_sheet"}
    assert out["Enq"]["moderator"] and out["Enq"]["source"] == "transcript"
    assert out["Paul"]["role"] == "pharmacien" and out["Paul"]["source"] == "speaker_sheet"


def test_segmentation_config_is_checked_before_a_run(tmp_path):
    from corpus.errors import ConfigError
    from corpus.segment.speakers import check_segmentation_config

    sheet = tmp_path / "speakers.csv"
    sheet.write_text(SHEET_HEADER + "gone2020,P1,MG,,,\n", encoding="utf-8")
    conventions = tmp_path / "conventions.yaml"
    conventions.write_text("speech_verbs: [susurre]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="'gone2020' is not in the document sheet"):
        check_segmentation_config(sheet, conventions, {"perelli2022"})
    sheet.write_text(SHEET_HEADER, encoding="utf-8")
    check_segmentation_config(sheet, conventions, {"perelli2022"})
    conventions.write_text("speach_verbs: [susurre]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="speach_verbs"):
        check_segmentation_config(sheet, conventions, {"perelli2022"})


def test_speaker_sheet_saved_by_excel(tmp_path):
    """Excel's "CSV UTF-8 (comma delimited)" starts with a BOM and ends lines with CRLF: read.
    Its French-locale CSV (';' separators) is refused with the document sheet's message."""
    from corpus.documents import parse_sheet
    from corpus.errors import ConfigError, DocumentSheetError
    from corpus.segment.speakers import read_speaker_sheet

    rows = ["perelli2022,P24,pharmacienne,Occitanie,Clermont-l'Hérault,",
            "perelli2022,P5,infirmière,Occitanie,,"]
    excel = tmp_path / "excel.csv"
    excel.write_bytes("\ufeff".encode() + "\r\n".join([SHEET_HEADER.strip(), *rows, ""]).encode())
    read = read_speaker_sheet(excel, {"perelli2022"})
    assert [(r["doc_id"], r["code"], r["place"]) for r in read] == [
        ("perelli2022", "P24", "Clermont-l'Hérault"), ("perelli2022", "P5", "")]
    semicolons = tmp_path / "semicolons.csv"
    semicolons.write_bytes("\ufeff".encode() + "\r\n".join(
        [SHEET_HEADER.strip().replace(",", ";"), *(r.replace(",", ";") for r in rows), ""]).encode())
    with pytest.raises(ConfigError) as err:
        read_speaker_sheet(semicolons)
    message = str(err.value)
    assert message.startswith(f"{semicolons}: line 1: the sheet is separated by ';'")
    # the same words as the document sheet's refusal
    with pytest.raises(DocumentSheetError) as sheet_err:
        parse_sheet("doc_id;file;title\n", semicolons)
    assert message == str(sheet_err.value)


# tests/data/segment_unseen10/these_pharmacie_codes.yaml: a participants table set as lines
PHARMACIE_TABLE = [
    "Tableau 2 : Caractéristiques des participants",
    "PH_01 : titulaire, femme, 47 ans, officine rurale, membre du bureau de la CPTS PH_02 : adjoint, homme, "
    "29 ans, officine urbaine (Aurillac)",
    "PH_03 : titulaire, homme, 61 ans, officine rurale",
    "PH_06 : adjointe, femme, 33 ans, officine rurale",
]


def test_a_participants_table_set_as_code_lines():
    found = participant_lines(PHARMACIE_TABLE)
    assert [(i, code) for i, code, _ in found] == [(1, "PH_01"), (1, "PH_02"), (2, "PH_03"), (3, "PH_06")]
    assert {normalize_role(desc) for _, _, desc in found} == {"pharmacien"}


def test_turns_that_look_like_code_lines_are_no_table():
    turns = ["P1 : oui, moi je suis infirmière, j'ai 45 ans, je travaille en libéral",  # no sex or age field alone
             "P2 : non, pas vraiment, on ne se parlait pas avant la crise",
             "MG : médecin généraliste"]  # a glossary line: one field
    assert participant_lines(turns) == []
    assert participant_lines(PHARMACIE_TABLE[2:3]) == []  # one table line is not enough


def test_codes_grouped_after_their_description():
    line = ("Onze entretiens semi-dirigés ont été menés en Charente-Maritime : neuf auprès de médecins "
            "généralistes (E1 à E9) et deux auprès de coordinatrices de CPTS (E10 et E11).")
    found = {code: normalize_role(desc) for _, code, desc in participants_grouped([line])}
    assert found == {**{f"E{n}": "medecin_generaliste" for n in range(1, 10)},
                     "E10": "coordinateur", "E11": "coordinateur"}
    line = ("Six professionnels ont été interrogés : deux infirmiers libéraux (IDE 1, IDE 2), une "
            "pharmacienne d'officine (PHA 1) et la coordinatrice de la CPTS (COORD).")
    found = {code: normalize_role(desc) for _, code, desc in participants_grouped([line])}
    assert found == {"IDE 1": "infirmier", "IDE 2": "infirmier", "PHA 1": "pharmacien", "COORD": "coordinateur"}


def test_acronyms_in_parentheses_are_no_group_of_codes():
    line = ("Les communautés professionnelles territoriales de santé (CPTS) et les maisons de santé "
            "pluriprofessionnelles (MSP) se sont multipliées depuis la loi de 2016.")
    assert participants_grouped([line]) == []


def test_expand_codes():
    assert expand_codes("E1 à E3") == ["E1", "E2", "E3"]
    assert expand_codes("SF-A à SF-C") == ["SF-A", "SF-B", "SF-C"]
    assert expand_codes("E10 et E11") == ["E10", "E11"]
    assert expand_codes("IDE 1, IDE 2") == ["IDE 1", "IDE 2"]


# a nursing-school memoir's table of plant pseudonyms, its rows run into one line by extraction
NAMED_TABLE = [
    "Trois entretiens ont été menés. Pour garantir l'anonymat, chaque personne a reçu un pseudonyme de plante.",
    "Pseudonyme | Fonction | Lieu",
    "Lilas | assistante sociale, centre communal d'action sociale | Montluçon Cèdre | représentant des usagers, "
    "association de patients | Vichy Iris | infirmière libérale | Commentry",
    "Prénom | Profession",
    "Marc | masseur-kinésithérapeute",
    "Les trois personnes interrogées décrivent des sorties d'hospitalisation préparées dans l'urgence.",
]


def test_a_participants_table_that_names_people_by_pseudonym():
    found = named_table_rows(NAMED_TABLE)
    assert [(i, name, normalize_role(desc)) for i, name, desc, _ in found] == [
        (2, "Lilas", "autre"), (2, "Cèdre", "autre"), (2, "Iris", "infirmier"), (4, "Marc", "kinesitherapeute")]
    assert found[2][3] == ["infirmière libérale", "Commentry"]
    assert participant_table(NAMED_TABLE)["Iris"] == "infirmière libérale"


def test_a_header_cell_joining_two_headers_names_its_column_by_the_first():
    # s54: "Profession ou situation", "Prénom (fictif)": the first header word says the column
    rows = named_table_rows(["| Prénom (fictif) | Âge | Profession ou situation | Commune |",
                             "| Soizic | 46 | Pharmacienne titulaire | Josselin |",
                             "| Ronan | 77 | Retraité, sans médecin traitant | Guilliers |"])
    assert [(name, normalize_role(desc)) for _, name, desc, _ in rows] == [("Soizic", "pharmacien"), ("Ronan", "autre")]
    assert named_table_rows(["| Nom de la structure | Profession ou situation |", "| Soizic | pharmacienne |"]) == []


def test_a_table_without_a_name_column_or_with_sentences_is_no_named_table():
    assert named_table_rows(["Code | Fonction", "Iris | infirmière libérale"]) == []
    assert named_table_rows(["Pseudonyme | Fonction", "Le premier | infirmière libérale"]) == []


def test_a_code_printed_otherwise_beside_a_quote_finds_its_table_row():
    from corpus.segment.speakers import CodeDict, code_key

    table = CodeDict({"IDE 1": "infirmière libérale", "Iris": "pharmacienne"})
    assert code_key("[MG-2]") == code_key("mg 2") == "MG2"
    assert code_key("Iris") == ""  # a name is kept as written
    assert "IDE1" in table and table["IDE-1"] == "infirmière libérale" and table.get("[IDE 1]")
    assert "IDE 2" not in table and "IRIS" not in table and table.get("IDE2") is None


def test_participant_codes_with_a_space_or_a_hyphen_open_table_rows():
    rows = participant_table(["Code | Sexe | Âge | Profession | Commune",
                              "IDE 1 | F | 45 | infirmière libérale | Vichy",
                              "MG-2 | H | 52 | médecin généraliste | Montluçon"])
    assert rows == {"IDE 1": "infirmière libérale", "MG-2": "médecin généraliste"}


def test_the_header_of_a_cross_tables_column_says_who_spoke():
    from corpus.segment.speakers import column_header

    above = ["Tableau II. Extraits d'entretiens par thème et par profession",
             "Thème | Médecins généralistes | Infirmiers | Pharmaciens",
             "Premiers contacts | « On s'est vus au centre de dépistage. » | « Avant, je n'avais que le numéro. » | "
             "« Les médecins passaient à l'officine. »"]
    row = "Outils partagés | « La messagerie sécurisée, je l'ai installée en 2020. » | – | « On a un tableau partagé. »"
    assert column_header(row, row.index("La messagerie"), above) == "Médecins généralistes"
    assert column_header(row, row.index("On a un tableau"), above) == "Pharmaciens"
    # a verbatim table's header names no profession; a line that is no table row has no column
    assert column_header("« C'est dur » | 12", 0, ["Verbatim | N° d'entretien"]) == ""
    assert column_header("Il dit « c'est dur ».", 8, above) == ""


# s28-segr49a: a transcript's key line describing the interviewee once ("M2 : homme, 47 ans, …")
# before the turns that code labels is no turn
def test_a_key_line_describing_the_interviewee_is_no_turn(gazetteer):
    from segment_text import segment_at, segment_lines

    lines = ["Annexe 4 – Retranscription de l'entretien M2",
             "M2 : homme, 47 ans, installé depuis 14 ans en cabinet de groupe près d'Aurillac.",
             "[00:04:12] E : Comment gérez-vous les demandes de soins non programmés ?",
             "[00:04:20] M2 : On garde deux plages vides chaque matin, et la secrétaire les remplit."]
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "transcription"})
    assert segment_at(text, segs, "homme, 47 ans").kind not in ("turn", "verbatim")
    turn = segment_at(text, segs, "On garde deux plages")
    assert (turn.kind, turn.speaker) == ("turn", "M2")
    # unseen: a patient's key, the age before the sex
    lines = ["P3 : 68 ans, femme, retraitée de la poste, vit seule à Guéret.",
             "E : Comment se passe le suivi de votre diabète ?",
             "P3 : Mon infirmière passe tous les matins, sinon je ne m'en sortirais pas."]
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "transcription"})
    assert segment_at(text, segs, "68 ans, femme").kind not in ("turn", "verbatim")
    assert segment_at(text, segs, "Mon infirmière passe").speaker == "P3"


def test_an_answer_giving_ones_age_after_a_turn_is_a_turn(gazetteer):
    # near miss: the same shape as the answer to "Quel âge avez-vous ?", after the code spoke
    from segment_text import segment_at, segment_lines

    lines = ["E : Pouvez-vous vous présenter ?",
             "P1 : Oui, bien sûr, je suis aide à domicile depuis dix ans.",
             "E : Et votre âge ?",
             "P1 : femme, 52 ans, et toujours sur la route tous les jours de la semaine."]
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "transcription"})
    assert segment_at(text, segs, "52 ans, et toujours").kind == "turn"


# s33-segr57a: ONE participant introduced by an indefinite article, what they do and a code in
# parentheses ("… avec une pédiatre de la PMI de Lisieux (A1)"), the code crediting a quote on another
# line; near misses: a code no other line cites, a description that names no person ("une étude
# régionale (E1)"), a code without a digit.
METHODS = [
    "Six infirmières de santé scolaire ont été interrogées, désignées par les codes S1 à S6.",
    "Un entretien complémentaire a été mené avec une pédiatre de la PMI de Lisieux (A1).",
    "Nous avons aussi consulté une étude régionale de l'observatoire (E1) et un conseiller départemental (CD).",
    "Pour finir, une infirmière de PMI (P2) a relu la grille.",
    "La pédiatre rappelle que « les moyens suivent rarement les annonces » (A1).",
    "Le protocole a été discuté (E1) puis validé (CD).",
]


def test_a_participant_introduced_once_before_their_code():
    from corpus.segment.speakers import participant_introduced_once

    found = {code: desc for _, code, desc in participant_introduced_once(METHODS)}
    assert found == {"A1": "pédiatre de la PMI de Lisieux"}
    # (E1: a study, no person; CD: no digit; P2: no other line cites it)


def test_codes_given_the_commune_where_each_works(gazetteer):
    # s33-segr58a: a methods sentence runs the codes after the people's trade, each with its commune in
    # parentheses or after "à"; the near misses: one code with a commune alone, a parenthesis that is no
    # commune ("E2 (mars 2021)"), and a run after words naming no trade (the place alone is read)
    from corpus.segment.speakers import participants_located
    lines = [
        "Nous avons rencontré cinq orthophonistes libérales, O1 (Dole), O2 (Arbois) et O3 (Champagnole), puis le "
        "pédiatre du réseau, P1 (Dole).",
        "Les entretiens E1 (janvier 2022) et E2 (mars 2021) ont été enregistrés.",
        "Une seule infirmière, IDE1 (Lure), a répondu.",
        "Deux personnes (R1 à Vesoul, R2 à Gray) ont été revues.",
    ]
    found = {code: (desc, place) for _, code, desc, place in participants_located(lines, gazetteer)}
    assert found["O1"] == ("orthophonistes libérales", ("Bourgogne-Franche-Comté", "Dole"))
    assert found["O3"][1] == ("Bourgogne-Franche-Comté", "Champagnole")
    assert found["P1"][0] == "pédiatre du réseau"
    assert found["R2"] == ("", ("Bourgogne-Franche-Comté", "Gray"))
    assert not {"E1", "E2", "IDE1"} & set(found)
    assert normalize_role(found["O2"][0]) == "autre_paramedical"


def test_codes_announced_by_a_colon_take_the_trade_of_the_sentence_before_it(gazetteer):
    # s37: "Quatre masseurs-kinésithérapeutes … ont été interrogés … : K1 à Melun, K2 à …": the run has no
    # clause of its own, the sentence the colon closes names the trade; near miss: a sentence naming none
    from corpus.segment.speakers import participants_located
    lines = [
        "Quatre masseurs-kinésithérapeutes libéraux exerçant en Seine-et-Marne ont été interrogés entre janvier et "
        "mars 2025 : K1 à Melun, K2 à Fontainebleau, K3 à Provins et K4 à Nemours.",
        "Les entretiens ont eu lieu en mars : R1 à Vesoul, R2 à Gray.",
    ]
    found = {code: (desc, place) for _, code, desc, place in participants_located(lines, gazetteer)}
    assert {normalize_role(found[c][0]) for c in ("K1", "K2", "K3", "K4")} == {"kinesitherapeute"}
    assert found["K3"][1] == ("Île-de-France", "Provins")
    assert found["R1"] == ("", ("Bourgogne-Franche-Comté", "Vesoul"))



# s34-segr59a: codes given item by item in parentheses after the group they belong to ("auprès d'aidants
# (A1 et A2, conjoints ; A3, fille du patient)"), each item's trade its own when it names one; near
# miss: items after a group of no persons ("trois communes (C1, zone rurale ; C2, zone urbaine)").
def test_participants_itemised_after_their_group():
    from corpus.segment.speakers import participants_itemised

    line = ("Nous avons rencontré deux infirmières (I1, infirmière libérale à Condat ; I2, infirmière de SSIAD à Murat) "
            "et trois aidants de patients âgés (A1 et A2, résidant à Allanche ; A3, résidant à Murat).")
    found = {code: desc for _, code, desc in participants_itemised([line])}
    assert found["I1"] == "infirmière libérale à Condat" and normalize_role(found["I2"]) == "infirmier"
    assert {normalize_role(found[c]) for c in ("A1", "A2", "A3")} == {"autre"} and "Allanche" in found["A2"]
    assert participants_itemised(["Nous avons choisi trois communes (C1, zone rurale ; C2, zone urbaine)."]) == []


def test_participant_rows_typed_with_semicolons():
    # s34-segr60a: "Code ; statut ; âge ; …" then one row a code, its cells separated by semicolons, two
    # rows the extraction ran together on one line; the cells together describe the person (the head
    # decides: a préparatrice of a rural pharmacy is no pharmacist); near miss: the heading under the last
    # row is no cell of it, and a line with one semicolon ("E2 ; voir annexe") is no row
    lines = ["Tableau II. Participants",
             "Code ; fonction ; âge ; lieu d'exercice ; commune",
             "PH1 ; adjoint ; 33 ans ; officine de quartier ; Cholet",
             "PH2 ; titulaire ; 58 ans ; officine rurale ; Vihiers PR1 ; préparateur ; 41 ans ; officine rurale ; Vihiers",
             "2. Le comptoir comme lieu de repérage",
             "E2 ; voir annexe"]
    rows = {code: desc for _, code, desc, _ in participant_rows(lines)}
    assert rows == {"PH1": "adjoint, 33 ans, officine de quartier, Cholet",
                    "PH2": "titulaire, 58 ans, officine rurale, Vihiers",
                    "PR1": "préparateur, 41 ans, officine rurale, Vihiers"}
    assert [normalize_role(rows[c]) for c in ("PH1", "PH2", "PR1")] == ["pharmacien", "pharmacien", "autre_paramedical"]


def test_a_bulleted_list_of_codes_announced_by_a_colon():
    # s37: "… seuls ceux qui sont cités sont présentés :" then "• Ph1 : pharmacienne adjointe, 29 ans, …, Rennes ;":
    # a bullet before the code, a code of a capital and lower-case letters, a semicolon closing the entry;
    # near miss: the same bullets after a line that announces nothing
    from corpus.segment.speakers import announced_code_lines
    entries = ["• Ph1 : pharmacienne adjointe, 29 ans, officine de centre-ville, Rennes ;",
               "• Ph3 : pharmacien titulaire, 52 ans, officine rurale, Janzé ;",
               "• Ph7 : pharmacien titulaire, 61 ans, officine de centre commercial, Vitré."]
    found = {code: desc for _, code, desc in announced_code_lines(["Seuls ceux qui sont cités sont présentés :", *entries])}
    assert found == {"Ph1": "pharmacienne adjointe, 29 ans, officine de centre-ville, Rennes",
                     "Ph3": "pharmacien titulaire, 52 ans, officine rurale, Janzé",
                     "Ph7": "pharmacien titulaire, 61 ans, officine de centre commercial, Vitré"}
    assert announced_code_lines(["Les officines.", *entries]) == []


def test_a_list_announced_by_ci_dessous_with_ages_first():
    # s37: "Les pères cités sont présentés ci-dessous." over "• P1 : 32 ans, premier enfant, Cholet" and
    # "• SF : sage-femme libérale, …": no colon, an age opening the entries, a code of capitals alone;
    # near miss: the same entries under a sentence that announces nothing
    from corpus.segment.speakers import announced_code_lines
    entries = ["• P1 : 32 ans, premier enfant, Cholet", "• P2 : 38 ans, deuxième enfant, Beaupréau-en-Mauges",
               "• SF : sage-femme libérale, cabinet de Cholet"]
    found = {code: desc for _, code, desc in announced_code_lines(["Les pères cités sont présentés ci-dessous.", *entries])}
    assert found == {"P1": "32 ans, premier enfant, Cholet", "P2": "38 ans, deuxième enfant, Beaupréau-en-Mauges",
                     "SF": "sage-femme libérale, cabinet de Cholet"}
    assert announced_code_lines(["Six pères ont été interrogés.", *entries]) == []


def test_a_bar_table_whose_rows_the_extraction_ran_into_one_line():
    # s37: "… Leurs prénoms ont été modifiés. | Prénom | Fonction | … | | Léa | Infirmière | … |": the sentence
    # before, the header and every row on one line, a bar then a bar between two rows; near miss: a line
    # of bars holding one row only stays as it was
    from corpus.segment.speakers import named_table_rows
    line = ("Leurs prénoms ont été modifiés. | Prénom | Fonction | Service | Ancienneté | | Léa | Infirmière | "
            "Médecine | 4 ans | | Margaux | Aide-soignante | Médecine | 7 ans |")
    found = {name: function for _, name, function, _ in named_table_rows([line, "3.1. Le sentiment d'être seul"])}
    assert found == {"Léa": "Infirmière", "Margaux": "Aide-soignante"}
    assert named_table_rows(["| Prénom | Fonction |", "| Léa | Infirmière |"]) != []


def test_named_participants_enumerated_after_their_trade():
    # s37: "J'ai rencontré trois infirmiers … : Claire, 46 ans, au centre hospitalier de Rodez ; Mathilde, …":
    # the trade before the colon is each one's (the hospital in the item says where, not what); near
    # misses: items after a lead naming no trade, a single item
    from corpus.segment.speakers import participants_enumerated
    line = ("J'ai rencontré trois infirmiers exerçant en médecine gériatrique : Claire, 46 ans, au centre hospitalier "
            "de Rodez ; Mathilde, 27 ans, au centre hospitalier de Millau ; Sébastien, 39 ans, à l'hôpital de "
            "Villefranche-de-Rouergue. Leurs prénoms ont été modifiés.")
    found = {name: (trade, item) for _, name, trade, item in participants_enumerated([line])}
    assert set(found) == {"Claire", "Mathilde", "Sébastien"}
    assert normalize_role(found["Mathilde"][0]) == "infirmier" and "Millau" in found["Mathilde"][1]
    assert participants_enumerated(["Nous avons vu trois villages : Salles, au nord ; Rignac, au sud."]) == []
    assert participants_enumerated(["J'ai rencontré une infirmière : Claire, 46 ans, à Rodez."]) == []


def test_a_listed_trade_beats_a_description_that_gives_none(gazetteer):
    # s37: "« … », m'explique Claire." reads "Claire, 46 ans" (no trade); the enumeration gives her trade
    lines = ["J'ai rencontré trois infirmiers exerçant en médecine gériatrique : Claire, 46 ans, au centre hospitalier "
             "de Rodez ; Mathilde, 27 ans, au centre hospitalier de Millau ; Sébastien, 39 ans, à l'hôpital de "
             "Villefranche-de-Rouergue.",
             "« La nuit, on est deux pour trente patients, c'est nous qu'on viendra chercher », m'explique Claire."]
    text, segs = _segment(lines, gazetteer)
    s = _at(text, segs, "on est deux pour trente patients")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "Claire", "infirmier", "Occitanie")


def test_participant_rows_each_on_its_bar_line():
    # s39: a participants table whose rows each open with a bar, one per line: each code keeps its
    # own function, not the next rows' cells
    from corpus.segment.speakers import participant_rows

    lines = ["| Code | Profession | Commune d'exercice |", "| P1 | Médecin généraliste | Lunéville |",
             "| P3 | Pharmacienne titulaire | Baccarat |", "| P6 | Masseur-kinésithérapeute | Sarrebourg |"]
    assert [(code, desc) for _, code, desc, _ in participant_rows(lines)] == [
        ("P1", "Médecin généraliste"), ("P3", "Pharmacienne titulaire"), ("P6", "Masseur-kinésithérapeute")]


def test_participant_rows_take_the_trade_column_outside_the_vocabulary():
    # s40: a coded table whose header names the trade column ("Poste", "Fonction", "Métier"): each
    # row's cell there describes the person, whatever the trade (autre); a "Statut" column's
    # "Titulaire" or "Adjointe" qualifies the study's profession and names no trade
    lines = ["| Code | Poste | Saisons | Commune |", "| EC1 | Écarteur | 6 | Dax |",
             "| SA1 | Sauteur | 8 | Montfort-en-Chalosse |", "| CO1 | Cordier | 20 | Pomarez |"]
    assert [(code, desc) for _, code, desc, _ in participant_rows(lines)] == [
        ("EC1", "Écarteur"), ("SA1", "Sauteur"), ("CO1", "Cordier")]
    tabbed = ["Repère\tFonction\tAncienneté", "T1\tConducteur de four\t2 campagnes", "T2\tEnsacheur\t6 campagnes"]
    assert participant_table(tabbed) == {"T1": "Conducteur de four", "T2": "Ensacheur"}
    statut = ["| Code | Statut | Ancienneté | Commune |", "| PH1 | Titulaire | 22 ans | Abbeville |",
              "| PH3 | Adjointe | 6 ans | Rue |"]
    assert "PH3" not in participant_table(statut)  # ("Titulaire" is a pharmacist's post of the vocabulary)
    # a row's cell that is a sentence or a quotation is no trade; a table without a trade header gives nothing
    assert participant_table(["| Code | Métier | Remarque |", "| M2 | Il n'a rien voulu dire. | néant |"]) == {}
    assert participant_table(["| Code | Heures | Commune |", "| D5 | 640 h | Tarascon |"]) == {}


def test_a_quoting_row_under_a_trade_header_describes_its_speaker(gazetteer):
    # s40: "| D1 | Dentellière | 31 ans | « … » |": the row's quotation is D1's verbatim, and the
    # trade cell says what D1 does (autre); a withheld post in the cell leaves the role unknown
    lines = ["Mémoire de licence professionnelle, atelier de dentelle d'Alençon.",
             "| Code | Fonction | Ancienneté | Propos recueillis |",
             "| D1 | Dentellière | 31 ans | « Après deux heures sur le réseau, je vois les mailles bouger. » |",
             "| D2 | Brodeuse en formation | 4 ans | « La loupe, je ne la supporte pas plus d'une demi-heure. » |",
             "| D6 | Non renseignée, à sa demande | 9 ans | « La lumière de l'hiver, c'est une catastrophe ici. » |",
             "Les mesures confirment une presbytie précoce chez les quatre dentellières."]
    text, segs = _segment(lines, gazetteer)
    s = _at(text, segs, "je vois les mailles bouger")
    assert (s.kind, s.speaker, s.role, s.role_raw) == ("verbatim", "D1", "autre", "Dentellière")
    s = _at(text, segs, "je ne la supporte pas")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "D2", "autre")
    s = _at(text, segs, "La lumière de l'hiver")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "D6", "inconnu")


def test_key_lines_with_a_trade_outside_the_vocabulary(gazetteer):
    # s40: a key of the voices set as "CODE : name, age, trade, place" lines, the trade outside the
    # roles' vocabulary ("ancien mineur", "vannière"): each line describes its code (autre), a nurse
    # stays a nurse; a code the key leaves out, speaking between two known voices, is a voice of its
    # own with no role; a line with an age and no trade ("F3 : Inès, 12 ans, Decazeville") is no key
    lines = ["Fonds sonore de l'association, enregistrement de 2023.", "Clé des voix",
             "L1 : Marcel Fabre, 84 ans, ancien mineur, Decazeville",
             "L2 : Odette Vidal, 80 ans, vannière, Aubin",
             "L3 : Jeanne Roques, 77 ans, infirmière retraitée, Firmi",
             "L4 : l'enquêtrice",
             "L4 : Vous descendiez à quel âge ?",
             "L1 : À quatorze ans. On descendait avec la lampe au carbure, et on remontait noirs comme des corbeaux.",
             "L2 : Moi je tressais l'osier à la maison, pour les paniers des mineurs, tout l'hiver.",
             "L5 : Et la silicose, vous lui parlez de la silicose ? Tout le monde toussait.",
             "L3 : Je faisais les piqûres à domicile, je connaissais toutes les familles du puits.",
             "L4 : Merci à tous."]
    rows = {code: desc for _, code, desc in participant_lines(lines)}
    assert rows == {"L1": "Marcel Fabre, 84 ans, ancien mineur, Decazeville", "L2": "Odette Vidal, 80 ans, vannière, Aubin",
                    "L3": "Jeanne Roques, 77 ans, infirmière retraitée, Firmi"}
    assert participant_lines(["F3 : Inès, 12 ans, Decazeville", "F4 : Léo, 13 ans, Aubin"]) == []
    text, segs = _segment(lines, gazetteer)
    for snippet, speaker, role in [("On descendait avec la lampe", "L1", "autre"), ("je tressais l'osier", "L2", "autre"),
                                   ("je connaissais toutes les familles", "L3", "infirmier"),
                                   ("vous lui parlez de la silicose", "L5", "inconnu")]:
        s = _at(text, segs, snippet)
        assert (s.kind, s.speaker, s.role) == ("turn", speaker, role), snippet
    assert _at(text, segs, "Odette Vidal, 80 ans").kind not in ("turn", "verbatim")


def test_past_trade_without_its_marker():
    from corpus.segment.former_functions import past_trade

    assert (past_trade("ancienne agricultrice"), past_trade("ex-boulanger"), past_trade("Ancien maire")) \
        == ("agricultrice", "boulanger", "maire")
    assert past_trade("infirmière libérale") == "infirmière libérale"


def test_a_post_held_once_needs_no_number_in_the_participants_table():
    # s43 (round 88): "| IDEC | Infirmière coordinatrice | …" among numbered rows is a participant;
    # a capitalised cell outside such a table is not
    lines = ["| Code | Fonction | Âge |", "| IDE1 | Infirmière | 34 |", "| AS2 | Aide-soignante | 52 |",
             "| IDEC | Infirmière coordinatrice | 48 |", "", "| EHPAD | Infirmière | 2019 |"]
    table = participant_table(lines)
    assert table["IDEC"] == "Infirmière coordinatrice"
    assert "EHPAD" not in table


def test_a_listed_code_of_a_longer_abbreviation_in_lower_case(gazetteer):
    # s43 (round 88): "– Pharm4 : pharmacien titulaire, officine rurale, Riez ;" under "désignés par un code :"
    lines = ["Sept membres d'équipes officinales ont été interrogés. Ils sont désignés par un code :",
             "– Pharm1 : pharmacienne titulaire, officine de centre-ville, Manosque ;",
             "– Pharm4 : pharmacien titulaire, officine rurale, Riez ;",
             "– Prép1 : préparatrice en pharmacie, Valensole.",
             "« Personne ne nous appelle, et nous on n'ose pas appeler l'oncologue pour des comprimés. » (Pharm4)"]
    text, segs = _segment(lines, gazetteer, doc={"kind": "these"})
    s = _at(text, segs, "Personne ne nous appelle")
    assert (s.speaker, s.role) == ("Pharm4", "pharmacien")


# s44: a participants table whose first column holds codes of any shape under a "Code" header, the
# trade in the "Fonction" column: "DG", "DS", "Cadre 1"; their quotations by the code as the subject
# of the lead ("Pour le DG, …", "Cadre 3 le résume :") or in a parenthesis ("(Cadre 1)")
CODED_TABLE = [
    "Chapitre 3 – Étude de cas : le pool de remplacement",
    "L'étude porte sur un centre hospitalier de Castelnaudary. Cinq entretiens ont été menés.",
    "| Code | Fonction | Ancienneté |",
    "| DG | Directeur de l'établissement | 4 ans |",
    "| DS | Directeur des soins | 7 ans |",
    "| Cadre 1 | Cadre de santé, médecine polyvalente | 12 ans |",
    "| Cadre 3 | Cadre de santé, soins de suite | 9 ans |",
    "Pour le DS, l'enjeu est la sécurité : « Un remplaçant qui connaît déjà le service sait où est le chariot "
    "d'urgence, c'est une sécurité pour le patient. »",
    "Les cadres sont partagés. « Le pool, c'est la paix dans les plannings du dimanche » (Cadre 1). Cadre 3 le "
    "résume autrement :",
    "« On m'envoie quelqu'un de très bien, mais qui ne connaît ni les patients ni l'équipe du service. »",
]


def test_codes_of_any_shape_under_a_code_header(gazetteer):
    rows = {code: desc for _, code, desc, _ in participant_rows(CODED_TABLE)}
    assert rows == {"DG": "Directeur de l'établissement", "DS": "Directeur des soins",
                    "Cadre 1": "Cadre de santé, médecine polyvalente", "Cadre 3": "Cadre de santé, soins de suite"}
    text, segs = _segment(CODED_TABLE, gazetteer)
    assert _at(text, segs, "sait où est le chariot").speaker == "DS"
    assert _at(text, segs, "la paix dans les plannings").speaker == "Cadre 1"
    assert _at(text, segs, "ni les patients ni l'équipe").speaker == "Cadre 3"


def test_a_participants_list_of_codes_dashes_and_descriptions(gazetteer):
    # s50: a focus group's annex lists its participants as "P2 – infirmière libérale, Olmeto ; conseillère
    # municipale": the legend, no turns; the turns below take its roles
    from segment_text import segment_at, segment_lines

    lines = ["Annexe 4 – Retranscription du groupe focalisé",
             "Participants",
             "P1 – médecin généraliste, Sartène, installé depuis 2001",
             "P2 – infirmière libérale, Olmeto ; secrétaire de l'association des soignants du Valinco",
             "P3 – pharmacien titulaire, Propriano ; président de l'association des aidants du Taravo",
             "ANIM : Qu'est-ce qui rend le maintien à domicile difficile ici ?",
             "P1 : La distance, d'abord. J'ai des patients à quarante minutes de route, l'hiver je ne monte plus.",
             "P2 : Et moi je réponds, même le dimanche, mais ce n'est écrit nulle part.",
             "P3 : On organise un café des aidants chaque mois dans l'arrière-salle de la pharmacie."]
    assert participant_table(lines)["P2"].startswith("infirmière libérale")
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "these"})
    assert not [s for s in segs if s.kind == "turn" and "Olmeto ;" in s.text]
    assert (segment_at(text, segs, "Et moi je réponds").speaker, segment_at(text, segs, "Et moi je réponds").role) == ("P2", "infirmier")
    assert segment_at(text, segs, "On organise un café").role == "pharmacien"


def test_a_table_row_coded_by_an_abbreviated_word_and_a_number():
    # (s55) "| Pharm. 2 | Pharmacienne adjointe | … |": the abbreviation with its period is the row's code
    from corpus.segment.speakers import participant_table

    table = participant_table(["| Code | Profil | Île |",
                               "| Pharm. 1 | Pharmacien titulaire | La Désirade |",
                               "| Méd. 1 | Médecin du centre de santé | La Désirade |",
                               "| Fig. 2 | Carte des officines | |"])
    assert table == {"Pharm. 1": "Pharmacien titulaire", "Méd. 1": "Médecin du centre de santé"}
