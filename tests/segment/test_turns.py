"""Turns through segment_text: labels of any shape, the moderator, a turn over two paragraphs,
several people at once, em-dash dialogue under an interview header, a transcript's declared
speakers and the speaker sheet (attr_source)."""

from __future__ import annotations

import bisect

import pytest
from segment_text import line_styles
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.speakers import declared_speakers


def test_focus_group_turns_moderator_group_and_two_paragraph_turn(gazetteer):
    text, segs = _segment([
        "Participants : MG1 et MG2 (médecins généralistes), IDE2 (infirmière libérale), PH1 (pharmacien).",
        "Animatrice : Comment avez-vous vécu la mise en place du centre de vaccination ?",
        "MG1 : Franchement, au début, c'était le chaos.",
        "MG2 : Il faut quand même dire que tout reposait sur trois ou quatre personnes.",
        "Et ces personnes-là, aujourd'hui, elles sont épuisées.",
        "IDE2 : Oui, et c'est nous qui avons tout organisé pendant le week-end.",
        "Plusieurs participants : [rires] La communauté, c'était nous !",
        "PH1 : Moi j'ai surtout retenu la solidarité.",
    ], gazetteer, doc={"region": "Bretagne", "place": "Rennes"})
    q = _at(text, segs, "Comment avez-vous")
    assert (q.kind, q.speaker, q.role) == ("moderator", "Animatrice", "autre")
    mg2 = _at(text, segs, "Il faut quand même")
    assert mg2 is _at(text, segs, "Et ces personnes-là")  # one turn over two paragraphs
    assert (mg2.kind, mg2.speaker, mg2.role, mg2.region, mg2.attr_source) == \
        ("turn", "MG2", "medecin_generaliste", "Bretagne", "participant_table")
    group = _at(text, segs, "La communauté, c'était")
    assert (group.kind, group.speaker, group.role) == ("turn", "", "inconnu")
    assert _at(text, segs, "Moi j'ai surtout").role == "pharmacien"


def test_dash_dialogue_under_an_interview_header(gazetteer):
    lines = ["Entretien avec M. T., infirmier libéral, Occitanie",
             "— Qu'est-ce que l'association vous a apporté pendant la crise ?",
             "— Surtout du lien. Avant, je ne connaissais pas les médecins du secteur d'à côté.",
             "— Et aujourd'hui ?",
             "— Aujourd'hui on s'appelle directement, sans passer par le secrétariat."]
    text = "\n".join(lines) + "\n"
    structure = [{"section_id": "1", "kind": "annex", "level": "2", "heading": lines[0],
                  "char_start": "0", "char_end": str(len(text))}]
    text, segs = _segment(lines, gazetteer, structure=structure)
    answer = _at(text, segs, "Surtout du lien")
    assert (answer.kind, answer.speaker, answer.role, answer.region, answer.attr_source) == \
        ("turn", "M. T.", "infirmier", "Occitanie", "interview_header")
    assert _at(text, segs, "Et aujourd'hui ?").kind == "moderator"


def _extract_dialogue(gazetteer, title):
    """A numbered extract as a dialogue in dashes, the interviewer's lines in italics, under ``title``."""
    lines = ["Les extraits qui suivent sont restitués sous forme de dialogue ; nos relances figurent en italique.",
             title,
             "— Depuis quand faites-vous ce travail ?",
             "— Onze ans. Au début on partait à deux, maintenant je roule seul la nuit.",
             "— Et les gardes du week-end ?",
             "— On les tient, mais on ne sait pas pour combien de temps."]
    text = "\n".join(lines) + "\n"
    at = text.index(title)
    structure = [{"section_id": "1", "kind": "body", "level": "2", "heading": title,
                  "char_start": str(at), "char_end": str(len(text))}]
    return _segment(lines, gazetteer, structure=structure, styles=line_styles(lines, {2, 4}))


@pytest.mark.parametrize("title, speaker, role, region", [
    # s28-segr47d: round 47's case (an aide-soignante of a SSIAD, Ardennes) in other words
    ("Extrait 2. Nadia, 44 ans, aide-soignante en SSIAD, Sedan", "Nadia", "autre_paramedical", "Grand Est"),
    # unseen: another title word, a number mark and a dash, another trade and place
    ("Extrait d'entretien n°4 – Paul, 61 ans, ambulancier à Rethel", "Paul", "autre", "Grand Est"),
    ("Séquence 3 : Léonie, infirmière libérale, Guingamp", "Léonie", "infirmier", "Bretagne"),
])
def test_a_numbered_extract_title_names_the_dialogue_s_interviewee(gazetteer, title, speaker, role, region):
    text, segs = _extract_dialogue(gazetteer, title)
    for answer in ("Au début on partait", "On les tient"):
        seg = _at(text, segs, answer)
        assert (seg.kind in ("turn", "verbatim"), seg.speaker, seg.role, seg.region) == (True, speaker, role, region)
    assert _at(text, segs, "Depuis quand").kind == "moderator"


def test_an_extract_title_that_names_no_person_names_no_speaker(gazetteer):
    # near-miss: a numbered extract titled by a topic or a place, no first name and description of a person
    for title in ("Extrait 2. Les tournées d'hiver, Sedan", "Extrait 5 – Rethel, novembre 2022"):
        text, segs = _extract_dialogue(gazetteer, title)
        assert not any(s.speaker in ("Les", "Rethel") for s in segs)
        assert _at(text, segs, "Au début on partait").speaker == ""


def test_transcript_hints_and_the_speaker_sheet(gazetteer):
    lines = ["LOC1 : Bonjour, on commence par un tour de table ?",
             "LOC2 : Oui. Je travaille au centre de santé depuis trois ans.",
             "LOC3 : Et moi je remplace dans le secteur, surtout l'hiver.",
             "LOC2 : On s'est beaucoup appuyés sur les infirmières pendant la crise."]
    hints = [{"code": "LOC1", "role_raw": "", "region": "", "place": "", "moderator": "1", "source": "trs"},
             {"code": "LOC2", "role_raw": "infirmière", "region": "Normandie", "place": "", "moderator": "0",
              "source": "trs"}]
    sheet = [{"doc_id": "t", "code": "LOC3", "role": "medecin_generaliste", "region": "Normandie", "place": "Caen",
              "note": "remplaçant, d'après l'auteur"},
             {"doc_id": "other", "code": "LOC2", "role": "pharmacien", "region": "", "place": "", "note": ""}]
    declared = declared_speakers(sheet, "t", hints)
    text, segs = _segment(lines, gazetteer, declared=declared)
    assert _at(text, segs, "Bonjour, on commence").kind == "moderator"
    loc2 = _at(text, segs, "Je travaille au centre")
    assert (loc2.kind, loc2.role, loc2.region, loc2.attr_source) == ("turn", "infirmier", "Normandie", "transcript")
    loc3 = _at(text, segs, "Et moi je remplace")
    assert (loc3.role, loc3.region, loc3.place, loc3.attr_source) == \
        ("medecin_generaliste", "Normandie", "Caen", "speaker_sheet")


def test_a_press_interview_answers_under_its_questions(gazetteer):
    lines = ["« Nous avons tenu » : trois questions à Claire Dumont",
             "Infirmière libérale à Lille et présidente d'une association, Claire Dumont revient sur la crise.",
             "Comment votre association a-t-elle traversé la crise ?",
             "Nous étions une toute jeune structure, mais nous avons tenu.",
             "Et demain ?",
             "Il faut des financements pérennes. Propos recueillis par Julien Morel"]
    text = "\n".join(lines) + "\n"
    q1, q2 = text.index(lines[2]), text.index(lines[4])
    structure = [{"section_id": "1", "kind": "body", "level": "1", "heading": "", "char_start": "0", "char_end": str(q1)},
                 {"section_id": "2", "kind": "body", "level": "2", "heading": lines[2], "char_start": str(q1),
                  "char_end": str(q2)},
                 {"section_id": "3", "kind": "body", "level": "2", "heading": lines[4], "char_start": str(q2),
                  "char_end": str(len(text))}]
    text, segs = _segment(lines, gazetteer, structure=structure)
    a1 = _at(text, segs, "Nous étions une toute")
    assert (a1.kind, a1.speaker, a1.role, a1.region) == ("turn", "Claire Dumont", "infirmier", "Hauts-de-France")
    assert _at(text, segs, "Comment votre association").kind == "moderator"
    assert _at(text, segs, "Il faut des financements").kind == "turn"
    assert _at(text, segs, "Propos recueillis").kind == "narrative"


def test_a_newsletter_portrait_answers_under_its_questions(gazetteer):
    """s45 (round 92's CPTS newsletter): "Portrait : X, description" over a standfirst and unlabelled
    answers under questions: the portrayed person answers, not the editorial's signer above."""
    lines = ["Le mot du président",
             "Merci à tous pour cette première année. — Dr Paul Kerjean, président",
             "Portrait : Léna Morvan, notre nouvelle chargée de mission",
             "Arrivée en mars de l'hôpital de Morlaix, Léna Morvan rejoint la CPTS à Landivisiau.",
             "Qu'est-ce qui vous a décidée ?",
             "L'envie de travailler avec les soignants de ville, que je croisais seulement au téléphone.",
             "Et votre premier dossier ?",
             "Les sorties d'hôpital du vendredi soir, je les suis une par une depuis avril."]
    text = "\n".join(lines) + "\n"
    starts = [text.index(t) for t in lines]
    heads = [0, 2, 4, 6]
    structure = [{"section_id": str(k + 1), "kind": "body", "level": "1" if h in (0, 2) else "2", "heading": lines[h],
                  "char_start": str(starts[h]), "char_end": str(starts[heads[k + 1]] if k + 1 < len(heads) else len(text))}
                 for k, h in enumerate(heads)]
    text, segs = _segment(lines, gazetteer, structure=structure)
    a1 = _at(text, segs, "travailler avec les soignants de ville")
    assert a1.kind in ("turn", "verbatim") and (a1.speaker, a1.role) == ("Léna Morvan", "coordinateur")
    assert _at(text, segs, "je les suis une par une").speaker == "Léna Morvan"
    assert _at(text, segs, "Qu'est-ce qui vous a décidée").kind == "moderator"


def test_capitals_labels_with_a_dash_and_roles_from_the_introduction(gazetteer):
    text, segs = _segment([
        "Les invités : le docteur Paul Martin, médecin généraliste à Strasbourg, et Nadia Benali, "
        "infirmière libérale à Colmar.",
        "JOURNALISTE. – Docteur Martin, comment vos cabinets tiennent-ils le choc ?",
        "DR MARTIN. – Difficilement. Nous recevons deux fois plus d'appels qu'en temps normal.",
        "JOURNALISTE. – Même constat chez les infirmières ?",
        "NADIA BENALI. – Oui, et nous faisons aussi les tests à domicile.",
    ], gazetteer)
    assert _at(text, segs, "comment vos cabinets").kind == "moderator"
    martin = _at(text, segs, "Difficilement")
    assert (martin.kind, martin.speaker, martin.role, martin.region) == \
        ("turn", "Dr Paul Martin", "medecin_generaliste", "Grand Est")  # the full name the introduction gives (s42)
    assert _at(text, segs, "nous faisons aussi").role == "infirmier"


def test_a_capitals_label_naming_what_the_speaker_is(gazetteer):
    # a TV report's transcript (segfix42): "PATIENT —" names no one, only what they are; a
    # capitals label that is a surname says nothing of the role
    text, segs = _segment([
        "Synthé : Dr Aïssatou Diallo, médecin généraliste, MSP de Bondy",
        "JOURNALISTE — Dans cette maison de santé, les consultations sans rendez-vous ont été supprimées. Pourquoi ?",
        "DR AÏSSATOU DIALLO — Parce qu'on voyait les mêmes patients trois fois par mois pour des petites choses.",
        "PATIENT — Au début j'étais en colère. Mais on me rappelle dans l'heure, alors bon.",
        "INFIRMIÈRE — Je fais le tri le matin au téléphone, avec le protocole de la maison.",
        "JOURNALISTE — Et ceux qui n'ont pas de médecin traitant ?",
        "MARTINEAU — On les oriente vers le centre de soins non programmés de la CPTS.",
    ], gazetteer)
    patient = _at(text, segs, "Au début j'étais en colère")
    assert (patient.kind, patient.speaker, patient.role) == ("turn", "PATIENT", "autre")
    assert _at(text, segs, "Je fais le tri le matin").role == "infirmier"
    assert _at(text, segs, "On les oriente vers").role == "inconnu"


def test_a_participants_table_code_shaped_like_an_interview_number(gazetteer):
    text, segs = _segment([
        "Code | Profession | Milieu",
        "E1 | Médecin généraliste | rural",
        "E3 | Pharmacien | urbain",
        "Les pharmaciens ont joué un rôle d'interface, comme l'exprime E3 : « les gens venaient d'abord "
        "chez nous, avant d'appeler le médecin ». Le médecin le confirme : « on nous appelait après » (E1).",
    ], gazetteer, doc={"region": "Hauts-de-France"})
    e3 = _at(text, segs, "les gens venaient")
    assert (e3.kind, e3.speaker, e3.role, e3.attr_source) == ("verbatim", "E3", "pharmacien", "participant_table")
    e1 = _at(text, segs, "on nous appelait")
    assert (e1.speaker, e1.role, e1.region) == ("E1", "medecin_generaliste", "Hauts-de-France")


def test_a_plain_transcript_with_timestamps_and_mixed_label_forms(gazetteer):
    lines = ["Annexe 4. Transcription",
             "[00:01:02] Enquêteur : Vous êtes installée depuis longtemps ?",
             "Mme D. : Depuis douze ans, à la maison de santé.",
             "INT: Et la communauté, vous y êtes entrée quand ?",
             "Mme D. : Dès sa création, pendant le premier confinement.",
             "(Interviewer) Qu'est-ce qui a changé pour vous ?",
             "E1 : Moi je suis infirmière, alors surtout les tournées, vraiment tout.",
             "(rires) On en reparlera."]
    text = "\n".join(lines) + "\n"
    structure = [{"section_id": "1", "kind": "annex", "level": "1", "heading": lines[0], "char_start": "0",
                  "char_end": str(len(text))}]
    text, segs = _segment(lines, gazetteer, structure=structure, doc={"region": "Bretagne"})
    kinds = [(_at(text, segs, s).kind, _at(text, segs, s).speaker) for s in (
        "Vous êtes installée", "Depuis douze ans", "Et la communauté", "Qu'est-ce qui a changé", "surtout les tournées")]
    assert kinds == [("moderator", "Enquêteur"), ("turn", "Mme D."), ("moderator", "INT"),
                     ("moderator", "Interviewer"), ("turn", "Entretien n°1")]
    assert _at(text, segs, "On en reparlera").kind != "moderator"


def test_declared_codes_of_any_shape_open_turns(gazetteer):
    lines = ["spk1 : Bonjour, vous pouvez vous présenter ?",
             "Marie Dupont : Je suis sage-femme au centre périnatal depuis dix ans.",
             "spk1 : Et pendant la crise ?",
             "Marie Dupont : Nous avons gardé toutes les consultations, en alternant les jours."]
    declared = declared_speakers([], "t", [
        {"code": "spk1", "role_raw": "", "region": "", "place": "", "moderator": "1", "source": "trs"},
        {"code": "Marie Dupont", "role_raw": "sage-femme", "region": "Occitanie", "place": "", "moderator": "0",
         "source": "trs"}])
    text, segs = _segment(lines, gazetteer, declared=declared)
    assert _at(text, segs, "vous pouvez vous présenter").kind == "moderator"
    marie = _at(text, segs, "Nous avons gardé")
    assert (marie.kind, marie.speaker, marie.role, marie.region, marie.attr_source) == \
        ("turn", "Marie Dupont", "sage_femme", "Occitanie", "transcript")


def test_a_transcript_without_headings_is_not_front_matter(gazetteer):
    # the structure calls everything before the first heading "front"; here there is no heading
    lines = [
        "Transcription, maison de santé de Guéret, mars 2021.",
        "Léa : Qu'est-ce qui a changé pour vous pendant le premier confinement ?",
        "Bruno : Moi je suis médecin généraliste, et j'ai découvert mes voisins infirmiers.",
        "Léa : C'est-à-dire ?",
        "Bruno : On ne se parlait pas avant, on se croisait à peine.",
        "Léa : Et depuis ?",
        "Bruno : Depuis on a un groupe de discussion, on s'écrit tous les jours.",
    ]
    text = "\n".join(lines) + "\n"
    structure = [{"section_id": 1, "kind": "front", "level": 0, "heading": "", "char_start": 0,
                  "char_end": len(text)}]
    text, segs = _segment(lines, gazetteer, doc={"region": "Nouvelle-Aquitaine", "place": "Guéret"},
                          structure=structure)
    q = _at(text, segs, "Qu'est-ce qui a changé")
    assert (q.kind, q.speaker) == ("moderator", "Léa")
    a = _at(text, segs, "On ne se parlait pas")
    assert (a.kind, a.speaker, a.role, a.region) == ("turn", "Bruno", "medecin_generaliste", "Nouvelle-Aquitaine")
    assert _at(text, segs, "Transcription, maison").kind == "narrative"


def test_labels_alone_on_their_line_with_a_timestamp_and_a_card(gazetteer):
    # a transcription service's export: the speaker and a timestamp on a line, the words below
    lines = [
        "Entretien IDE4. Infirmière libérale, 39 ans, exercice en cabinet de groupe, Morbihan.",
        "Enquêteur 00:00:03",
        "Comment s'est passé le début de la crise pour vous ?",
        "IDE4 00:00:09",
        "On a continué les tournées, je n'avais pas le choix, les patients étaient seuls.",
        "Et les masques sont arrivés très tard, on les achetait nous-mêmes.",
        "Enquêteur 00:01:15",
        "Et la communauté ?",
        "IDE4 00:01:20",
        "Elle nous a donné un numéro à appeler, c'est déjà beaucoup.",
    ]
    text, segs = _segment(lines, gazetteer)
    first = _at(text, segs, "On a continué les tournées")
    assert first is _at(text, segs, "Et les masques sont arrivés")  # one turn over two paragraphs
    assert (first.kind, first.speaker, first.role, first.region) == ("turn", "IDE4", "infirmier", "Bretagne")
    assert _at(text, segs, "Elle nous a donné").speaker == "IDE4"
    assert _at(text, segs, "Et la communauté ?").kind == "moderator"
    assert _at(text, segs, "Entretien IDE4.").kind == "narrative"


def test_a_legend_of_letters_under_a_numbered_interview_and_its_card(gazetteer):
    lines = [
        "Annexe 3 — Entretien n°12",
        "Personne interrogée : infirmière coordinatrice d'un centre de santé, 51 ans",
        "Lieu d'exercice : Vierzon (Cher)",
        "Légende : I = intervieweuse ; C = coordinatrice. I : Pouvez-vous vous présenter ?",
        "C : Je travaille ici depuis douze ans, d'abord à domicile puis à la coordination.",
        "I : Et pendant la crise ?",
        "C : On a tout réorganisé en une semaine, les tournées comme les plannings.",
    ]
    text = "\n".join(lines) + "\n"
    structure = [{"section_id": 1, "kind": "annex", "level": 1, "heading": lines[0], "char_start": 0,
                  "char_end": len(text)}]
    text, segs = _segment(lines, gazetteer, structure=structure)
    assert _at(text, segs, "Pouvez-vous vous présenter").kind == "moderator"  # cut from the legend's line
    a = _at(text, segs, "On a tout réorganisé")
    assert (a.kind, a.speaker, a.role, a.region) == ("turn", "Entretien n°12", "coordinateur", "Centre-Val de Loire")
    assert _at(text, segs, "Légende : I =").kind == "narrative"


def test_legends_glossaries_and_schedules_are_not_turns(gazetteer):
    lines = [
        "Abréviations : MG = médecin généraliste ; IDE = infirmier diplômé d'État ; CPTS = communauté professionnelle.",
        "MG : médecin qui assure le suivi au long cours des patients de sa patientèle.",
        "IDE : infirmier qui réalise les soins prescrits, à domicile ou au cabinet.",
        "Programme de la journée",
        "09:30 Accueil",
        "Les participants sont accueillis autour d'un café.",
        "10:00 Ouverture",
        "Le président de la communauté ouvre la journée par un rappel des missions.",
        "10:30 Atelier",
        "Trois groupes travaillent sur les parcours de soins non programmés.",
    ]
    text, segs = _segment(lines, gazetteer)
    assert [s.kind for s in segs if s.kind in ("turn", "verbatim", "moderator")] == []


def test_names_in_bold_opening_paragraphs_take_turns(gazetteer):
    # a word processor's transcript: the speaker in bold, no colon; a bold lead that is not a
    # speaker ("Important" once) stays prose
    lines = [
        "Chercheuse Comment avez-vous vécu le premier confinement ?",
        "Marie Dupont Moi je suis infirmière libérale, et on a continué les tournées, je n'avais pas le choix.",
        "Chercheuse Et la communauté ?",
        "Marie Dupont Elle nous a donné un numéro à appeler, on s'en est beaucoup servi.",
        "Important ce point a été discuté lors de la réunion suivante.",
    ]
    text = "\n".join(lines) + "\n"
    styles = []
    for name in ("Chercheuse", "Marie Dupont", "Important"):
        start = 0
        while (k := text.find(name, start)) >= 0:
            styles.append({"char_start": k, "char_end": k + len(name), "style": "bold"})
            start = k + 1
    text, segs = _segment(lines, gazetteer, styles=sorted(styles, key=lambda r: r["char_start"]))
    q = _at(text, segs, "Comment avez-vous vécu")
    assert (q.kind, q.speaker) == ("moderator", "Chercheuse")
    a = _at(text, segs, "Elle nous a donné")
    assert (a.kind, a.speaker, a.role) == ("turn", "Marie Dupont", "infirmier")
    assert _at(text, segs, "Important ce point").kind == "narrative"


def test_a_transcript_set_as_a_table_and_software_speaker_labels(gazetteer):
    text, segs = _segment([
        "Locuteur | Propos",
        "Enquêteur | Comment avez-vous vécu le premier confinement ?",
        "IDE3 | On a tout fait par téléphone, je n'avais pas le choix.",
        "Enquêteur | Et avec les médecins ?",
        "IDE3 | On se parlait enfin, c'était nouveau pour nous.",
        "Speaker 1 (00:00:05): Et maintenant ?",
        "Speaker 2 (00:00:12): On s'appelle encore, moins souvent qu'avant.",
        "Speaker 1 (00:01:02): Pourquoi ?",
        "Speaker 2 (00:01:09): Parce qu'on est tous débordés, je crois.",
    ], gazetteer)
    a = _at(text, segs, "On se parlait enfin")
    # "Et avec les médecins ?" is no function: the role is the code's letters' ("IDE", segspeak17), not a GP
    assert (a.kind, a.speaker, a.role) == ("turn", "IDE3", "infirmier")
    assert _at(text, segs, "Et avec les médecins").kind == "moderator"
    b = _at(text, segs, "Parce qu'on est tous")
    assert (b.kind, b.speaker) == ("turn", "Speaker 2")
    assert _at(text, segs, "Locuteur | Propos").kind == "narrative"


def test_a_pseudonym_of_the_participants_table_introducing_a_quote_names_its_speaker(gazetteer):
    text, segs = _segment([
        "3. Analyse des entretiens",
        "Trois entretiens ont été menés. Pour garantir l'anonymat, chaque personne a reçu un pseudonyme de plante.",
        "Pseudonyme | Fonction | Lieu",
        "Lilas | assistante sociale, centre communal d'action sociale | Montluçon",
        "Iris | infirmière libérale | Commentry",
        "Les trois personnes interrogées décrivent des sorties d'hospitalisation préparées dans l'urgence.",
        "Iris, qui fait partie du groupe « parcours » de la CPTS, témoigne : « Depuis un an, l'hôpital nous envoie une fiche de liaison la veille de la sortie. Ça paraît rien, "
        "mais ça change tout pour la première visite. »",
    ], gazetteer)
    v = _at(text, segs, "Depuis un an")
    assert (v.kind, v.speaker, v.role, v.region) == ("verbatim", "Iris", "infirmier", "Auvergne-Rhône-Alpes")


def test_a_quote_coded_otherwise_than_the_table_gets_the_row_and_its_commune(gazetteer):
    text, segs = _segment([
        "2.3. Résultats",
        "Nous avons mené des entretiens semi-directifs auprès de quatre professionnels de santé libéraux.",
        "Code | Sexe | Âge | Profession | Commune",
        "IDE 1 | F | 45 | infirmière libérale | Vichy",
        "MG 2 | H | 52 | médecin généraliste | Montluçon",
        "Les infirmières décrivent une charge accrue pendant le confinement.",
        "« On faisait les tournées le matin et les tests l'après-midi, on ne s'arrêtait jamais. » (IDE1)",
    ], gazetteer)
    v = _at(text, segs, "On faisait les tournées")
    assert (v.kind, v.speaker, v.role, v.region) == ("verbatim", "IDE1", "infirmier", "Auvergne-Rhône-Alpes")



def test_a_testimony_under_a_name_line_takes_the_place_the_line_names(tmp_path):
    # the real page (segment_real12): "Name, function / what they do with the site" above each testimony
    import heldout

    spec = heldout.load(heldout.HERE / "data" / "segment_real12" / "temoignages_mobilier.yaml")
    text, segs = heldout.segment_document(spec, tmp_path)
    starts = [s["char_start"] for s in segs]

    def at(snippet):
        return segs[bisect.bisect_right(starts, heldout.position(text, snippet)) - 1]

    v = at("Pour un chercheur en histoire de l'art ce site")
    assert (v["kind"], v["speaker"], v["role"], v["region"]) == \
        ("verbatim", "Pascal-François Bertrand", "autre", "Nouvelle-Aquitaine")  # "… à l'université de Bordeaux"
    w = at("Avant d’être au nuancier")
    assert (w["speaker"], w["region"]) == ("Sylvie Heurtaux", "")  # "du Mobilier national" is no place


def test_a_coded_turn_no_table_describes_takes_the_role_of_everyone_interviewed(gazetteer):
    text, segs = _segment([
        "3.2. Résultats de l'enquête qualitative",
        "Six chirurgiens-dentistes libéraux exerçant en Seine-Maritime ont été interrogés entre janvier et avril "
        "2022. Les extraits d'entretiens sont reproduits en retrait, précédés entre crochets du code du praticien.",
        "[CD3] On prenait les appels chez soi, le soir, avec le cahier sur les genoux. Les patients pleuraient au "
        "téléphone, on faisait ce qu'on pouvait et on croisait les doigts.",
        "[CD1] Le médecin d'à côté, je le connais depuis vingt ans, on ne s'est jamais appelés pour un patient.",
    ], gazetteer)
    t = _at(text, segs, "On prenait les appels")
    assert (t.kind, t.speaker, t.role, t.region) == ("turn", "CD3", "autre", "Normandie")


def test_a_role_given_once_for_a_code_goes_to_its_other_items():
    from corpus.segment.base import Segment
    from corpus.segment.segmenter import propagate_speaker_roles

    def seg(n, speaker, role, role_raw="", kind="verbatim"):
        return Segment(doc_id="d", segment_id=f"d-{n}", kind=kind, page_start=1, page_end=1, char_start=n,
                       char_end=n + 1, section="", text="…", speaker=speaker, role=role, role_raw=role_raw)

    segs = [seg(1, "E4", "pharmacien", "pharmacienne titulaire, 52 ans"), seg(2, "E4", "inconnu"),
            seg(3, "E12", "medecin_generaliste", "MG"), seg(4, "E12", "infirmier", "IDE"), seg(5, "E12", "inconnu"),
            seg(6, "", "inconnu", kind="turn")]
    propagate_speaker_roles(segs)
    assert (segs[1].role, segs[1].role_raw) == ("pharmacien", "pharmacienne titulaire, 52 ans")
    assert segs[4].role == "inconnu"  # an interview of several persons: no one role
    assert segs[5].role == "inconnu"  # several people at once


# session 15 (segroles5): round 31's podcast labels its guest by her first name in capitals alone
# ("NOLWENN"), her trade given once after that first name in the episode's introduction
def test_a_first_name_label_takes_the_role_the_introduction_gives_that_first_name(gazetteer):
    text, segs = _segment([
        "Dans ce numéro, Julien reçoit Maëlle, orthophoniste en cabinet à Vannes depuis six ans.",
        "JULIEN. – Maëlle, comment se passe une première consultation ?",
        "MAËLLE. – Souvent après des mois d'attente. Les familles arrivent épuisées, avec un courrier de l'école.",
        "JULIEN. – Et avec les médecins du secteur ?",
        "MAËLLE. – On s'écrit beaucoup, on se voit peu. La CPTS nous a au moins donné une liste commune.",
    ], gazetteer)
    for snippet in ("Souvent après des mois", "On s'écrit beaucoup"):
        seg = _at(text, segs, snippet)
        assert (seg.kind, seg.speaker, seg.role, seg.region) == ("turn", "MAËLLE", "autre_paramedical", "Bretagne"), snippet


# session 15 (segroles5): round 31's focus group answers together ("Tous : …") between labels that
# all give the same trade in parentheses ("P1 (IDEL) :"): the group's answer is that trade's
def test_a_group_answer_takes_the_role_all_the_labels_share(gazetteer):
    lines = ["Animatrice : Qui a déjà reçu un patient sans compte rendu ?",
             "Tous : Oui, tous, plusieurs fois.",
             "P2 (MK) : Par le patient, presque toujours. Il arrive avec son ordonnance et rien d'autre.",
             "P5 (MK) : Moi par la pharmacie, parfois, quand elle prépare le matériel.",
             "Animatrice : Et les comptes rendus ?",
             "P2 (MK) : Jamais à temps, on travaille à l'aveugle la première semaine."]
    text, segs = _segment(lines, gazetteer)
    together = _at(text, segs, "Oui, tous, plusieurs")
    assert (together.kind, together.speaker, together.role) == ("turn", "", "kinesitherapeute")
    # one label without its trade: nobody's trade for the group
    lines[3] = "P5 : Moi par la pharmacie, parfois, quand elle prépare le matériel."
    text, segs = _segment(lines, gazetteer)
    assert _at(text, segs, "Oui, tous, plusieurs").role == "inconnu"


def test_an_abbreviated_moderator_label_asks_the_questions(gazetteer):
    """labels.yaml moderator_labels 'mod' (segfix37): "Mod. : Et côté pharmacie ?" is the moderator's
    short question, not the end of the participant's turn above."""
    from segment_text import segment_at, segment_lines
    lines = ["Groupe focalisé n° 1 – infirmières libérales du Lunévillois",
             "Cinq infirmières libérales (IDEL) ont participé à la séance, animée par une chargée de mission.",
             "Mod. : Comment se passent les sorties d'hospitalisation ?",
             "Toutes : Mal, en général.",
             "P2 (IDEL) : Mal, on apprend la sortie par la famille la veille au soir.",
             "P3 (IDEL) : Avec la clinique c'est mieux, on a un numéro direct maintenant.",
             "Mod. : Et côté pharmacie ?",
             "P2 (IDEL) : Ça fonctionne, ils nous livrent le matériel le jour même."]
    text, segs = segment_lines(lines, gazetteer)
    assert segment_at(text, segs, "Et côté pharmacie ?").kind == "moderator"
    s = segment_at(text, segs, "on a un numéro direct")
    assert s.kind == "turn" and "pharmacie" not in text[s.char_start:s.char_end]


def test_a_number_in_parentheses_after_a_profession_stays_part_of_the_speaker(gazetteer):
    # round 33's focus group: "Infirmière (1) :", "Médecin (2) :" tell two participants of one
    # profession apart; the speaker is the label as written, the profession its role (segroles7)
    text, segs = _segment([
        "Groupe focal du 12 juin, maison de santé de Riom.",
        "Animateur : Comment se passe la sortie d'hospitalisation ?",
        "Infirmière (1) : On découvre le patient en arrivant, sans ordonnance lisible.",
        "Médecin (2) : Le courrier arrive trois semaines après.",
        "Infirmière (2) : Chez moi c'est pareil, on appelle le service et personne ne répond.",
        "Animateur : Et le week-end ?",
        "Infirmière (1) : Le samedi, c'est impossible d'avoir quelqu'un.",
    ], gazetteer)
    first = _at(text, segs, "On découvre le patient")
    assert (first.kind, first.speaker, first.role) == ("turn", "Infirmière (1)", "infirmier")
    assert _at(text, segs, "Le samedi, c'est impossible").speaker == "Infirmière (1)"
    other = _at(text, segs, "Chez moi c'est pareil")
    assert (other.speaker, other.role) == ("Infirmière (2)", "infirmier")
    doctor = _at(text, segs, "Le courrier arrive")
    assert doctor.speaker == "Médecin (2)" and doctor.role.startswith("medecin")
    # a role in the parentheses still names the person without it
    text, segs = _segment([
        "Animatrice : Qu'est-ce qui a changé ?",
        "Julie (IDE) : Les transmissions, surtout.",
        "Marc (MG) : Et les protocoles de soins non programmés.",
        "Julie (IDE) : Oui, on se parle tous les jours.",
    ], gazetteer)
    julie = _at(text, segs, "Les transmissions")
    assert (julie.speaker, julie.role) == ("Julie", "infirmier")


# session 17 (segfix41): an answer that announces a numbered list with a colon holds the list
def test_an_answer_holding_a_numbered_list_runs_to_the_next_label(gazetteer):
    lines = ["Entretien 2 – coordinatrice de la CPTS de Sologne, Romorantin-Lanthenay",
             "Q : Quelles ont été vos premières missions en arrivant ?",
             "R : On m'a donné trois chantiers, dans cet ordre, et je les ai gardés comme feuille de route :",
             "1) trouver un médecin traitant aux patients qui n'en avaient plus ;",
             "2) organiser les soins non programmés avec les pharmacies ;",
             "3) faire se rencontrer des professionnels qui ne se connaissaient pas.",
             "Le troisième, personne ne l'avait écrit dans le projet de santé, mais tout en dépend.",
             "Q : Et aujourd'hui, qu'est-ce qui vous manque le plus ?",
             "R : Du temps médical, évidemment. Et un outil commun.",
             "Ces deux réponses résument la position des coordinatrices rencontrées.",
             "1) la coordination prend du temps ;",
             "2) les outils ne sont pas partagés."]
    text, segs = _segment(lines, gazetteer)
    turn = _at(text, segs, "On m'a donné trois chantiers")
    assert turn.kind == "turn"
    for item in ("trouver un médecin traitant", "organiser les soins", "faire se rencontrer", "Le troisième, personne"):
        assert _at(text, segs, item) is turn
    # the author's own list after the interview, announced by no colon of a turn: narrative
    assert _at(text, segs, "la coordination prend du temps").kind == "narrative"


def test_a_stage_direction_in_brackets_between_turns_is_narrative(gazetteer):
    """segspeak12: segment_unseen29/annexe_mg_interruption_secretaire_didascalie_crochets_vire.yaml
    and segment_unseen25/annexe_these_pharmacie_transcription_auto_locuteur_numero_cle.yaml: an aside
    in brackets, a paragraph of its own between two turns, is nobody's words; the function that
    interrupts just after it ("Secrétaire : …") and a newcomer the legend does not list
    ("Locuteur 3 : …") still take turns."""
    text, segs = _segment([
        "Int. : Comment sont organisées les demandes de soins non programmés ?",
        "Dr V. : On a deux créneaux réservés chaque matin, c'est la secrétaire qui trie au téléphone.",
        "[La secrétaire entre dans le bureau]",
        "Secrétaire : Docteur, excusez-moi, la pharmacie demande si elle peut renouveler le traitement.",
        "Dr V. : Oui, trois mois, je régularise demain.",
        "[Reprise de l'entretien]",
        "Int. : Vous voyez, c'est exactement ce genre de demande.",
        "Dr V. : Voilà. Sans le protocole, ce patient aurait pris un créneau.",
    ], gazetteer)
    for aside in ("La secrétaire entre", "Reprise de l'entretien"):
        assert _at(text, segs, aside).kind == "narrative"
    assert (_at(text, segs, "la pharmacie demande").kind, _at(text, segs, "la pharmacie demande").speaker) == \
        ("turn", "Secrétaire")
    assert _at(text, segs, "On a deux créneaux").speaker == "Dr V."
    assert _at(text, segs, "Oui, trois mois").speaker == "Dr V."


def test_a_newcomer_an_aside_brings_in_and_a_transcriber_note_that_opens_words(gazetteer):
    """Not from any set: a parenthesis of the note-taker between a legend's numbered voices, a
    newcomer the legend does not list; near miss: "[rires] Oui, …" opening a paragraph carries on."""
    text, segs = _segment([
        "Note : Locuteur 1 : l'enquêtrice ; Locuteur 2 : infirmière libérale, Lannion.",
        "Locuteur 1 : Comment se passent les sorties d'hôpital ?",
        "Locuteur 2 : Mal. On apprend la sortie par le patient lui-même, le vendredi soir.",
        "Locuteur 1 : Et avec la CPTS ?",
        "Locuteur 2 : On a une fiche de liaison depuis l'an dernier.",
        "[rires] Enfin, quand les services pensent à la remplir.",
        "(Une aide-soignante du SSIAD arrive et s'assoit avec nous.)",
        "Locuteur 3 : Moi je dirais qu'elle est remplie une fois sur deux.",
        "Locuteur 2 : C'est vrai.",
    ], gazetteer)
    assert _at(text, segs, "On a une fiche") is _at(text, segs, "Enfin, quand les services")
    assert _at(text, segs, "Une aide-soignante du SSIAD").kind == "narrative"
    newcomer = _at(text, segs, "elle est remplie une fois")
    # the legend does not list her: the aside says who she is, and she is where the others are
    assert (newcomer.kind, newcomer.speaker, newcomer.role, newcomer.region) == \
        ("turn", "Locuteur 3", "autre_paramedical", "Bretagne")
    assert _at(text, segs, "Comment se passent").kind == "moderator"  # "Note : Locuteur 1 : l'enquêtrice ; …"
    assert _at(text, segs, "C'est vrai.").speaker == "Locuteur 2"



# s24-segattr5: an interview sheet's first labelled line describing the interviewee ("SF3 : sage-femme
# libérale installée à …") is a key, not a turn; a text read aloud after a colon is the reader's turn
SHEET = [
    "Annexe 4 – Entretien K2",
    "K2 : kinésithérapeute libéral installé à Lannion (Côtes-d'Armor) depuis 2009, cabinet de groupe.",
    "Enq. : Comment êtes-vous prévenu des sorties ?",
    "K2 : Par le patient, le plus souvent. J'ai la charte de la CPTS sous les yeux, je vous la lis :",
    "« Tout patient sortant d'hospitalisation est signalé au kinésithérapeute désigné dans les 48 heures. »",
    "Voilà. En pratique, personne ne me signale rien.",
    "Enq. : Et le compte rendu ?",
    "K2 : Jamais, ou alors trois semaines plus tard.",
]


def test_a_description_line_is_a_key_and_a_read_text_is_in_the_turn(gazetteer):
    text, segs = _segment(SHEET, gazetteer)
    assert _at(text, segs, "installé à Lannion").kind == "narrative"
    turn = _at(text, segs, "Par le patient, le plus souvent")
    assert turn.kind == "turn" and turn.speaker == "K2" and turn.role == "kinesitherapeute"
    assert _at(text, segs, "est signalé au kinésithérapeute") is turn
    assert _at(text, segs, "personne ne me signale rien") is turn
    assert _at(text, segs, "trois semaines plus tard").kind == "turn"


def test_an_answer_that_starts_with_a_profession_is_a_turn(gazetteer):
    # near-miss: the interviewee answering with a capital and words of speech is a turn
    lines = [SHEET[0], "Enq. : Vous exercez depuis quand ?",
             "K2 : Kinésithérapeute libéral, oui, depuis 2009, ici à Lannion.", *SHEET[2:4], SHEET[6], SHEET[7]]
    text, segs = _segment(lines, gazetteer)
    assert _at(text, segs, "depuis 2009, ici à Lannion").kind == "turn"
    # and a description line that speaks ("je") is a turn
    lines = [SHEET[0], "K2 : kinésithérapeute, je suis installé à Lannion depuis 2009.", *SHEET[2:4], SHEET[6], SHEET[7]]
    text, segs = _segment(lines, gazetteer)
    assert _at(text, segs, "je suis installé à Lannion").kind == "turn"


# s24-segattr5: each interview of a thesis annex opens with a prose portrait of its interviewee,
# labelled then by spaced initials: the portrait is narrative, its role the label's
PORTRAITS = [
    "Annexe 2 – Extraits d'entretiens",
    "Entretien 2 – A.-M. L.",
    "A.-M. L. est infirmière libérale à Issoudun depuis 2004. Elle travaille seule et fait ses tournées en voiture.",
    "Q. : Comment êtes-vous prévenue des sorties ?",
    "A.-M. L. : Par la famille, le plus souvent, la veille au soir si j'ai de la chance.",
    "Q. : Et le compte rendu ?",
    "A.-M. L. : Je ne le vois jamais, c'est le médecin qui le reçoit.",
    "Entretien 3 – B. R.",
    "B. R. a 45 ans. Il nous reçoit chez lui, à Vatan, un samedi matin.",
    "Q. : Qui vous a orienté vers la CPTS ?",
    "B. R. : Mon médecin, quand je suis sorti de l'hôpital.",
    "Q. : Et depuis ?",
    "B. R. : Je n'ai plus eu de nouvelles, personne ne m'a rappelé.",
]


def test_a_prose_portrait_gives_its_label_a_role(gazetteer):
    text, segs = _segment(PORTRAITS, gazetteer)
    assert _at(text, segs, "est infirmière libérale à Issoudun").kind == "narrative"
    s = _at(text, segs, "la veille au soir si j'ai de la chance")
    assert (s.kind, s.speaker, s.role) == ("turn", "A.-M. L.", "infirmier")
    # near-miss: a portrait that names no trade gives none
    assert _at(text, segs, "Il nous reçoit chez lui").kind == "narrative"
    s = _at(text, segs, "personne ne m'a rappelé")
    assert (s.kind, s.speaker) == ("turn", "B. R.") and s.role != "infirmier"


# s25-segr44b: how a labelled person gave their words, in parentheses after the name (lang/fr
# labels.yaml label_manner_words), is no part of who speaks: a laryngectomised patient's slate
# ("M. D. (écrit) :"), a caller on the phone in an unseen variant; a role in the parenthesis stays one.
def test_a_manner_in_parentheses_after_a_label_is_no_part_of_the_speaker(gazetteer):
    text, segs = _segment([
        "Annexe 4 – Entretien avec M. L., 71 ans, trachéotomisé, à son domicile (Abbeville)",
        "ESI : Comment se passent les soins à la maison ?",
        "M. L. (écrit) : LE MATIN L'INFIRMIÈRE. LE SOIR MA FILLE.",
        "ESI : Et avec votre médecin ?",
        "M. L. (écrit) : IL NE ME LAISSE PAS LE TEMPS D'ÉCRIRE.",
    ], gazetteer)
    s = _at(text, segs, "LE MATIN L'INFIRMIÈRE")
    assert (s.kind, s.speaker, s.role, s.region) == ("turn", "M. L.", "autre", "Hauts-de-France")
    assert _at(text, segs, "IL NE ME LAISSE PAS").speaker == "M. L."
    # unseen: a relative on the phone during a home interview, beside the interviewer
    text, segs = _segment([
        "Enquêtrice : Qui vous aide pour les courses ?",
        "Mme R. (au téléphone) : C'est moi qui passe le samedi, ma mère ne conduit plus.",
        "Enquêtrice : Et en semaine ?",
        "Mme R. (au téléphone) : Les voisins, quand ils peuvent.",
    ], gazetteer)
    assert _at(text, segs, "C'est moi qui passe le samedi").speaker == "Mme R."
    # near-miss: a parenthesis that says what the person does is a role, kept as such
    text, segs = _segment([
        "Enquêtrice : Qui vous aide pour les courses ?",
        "Julie (IDE) : Je passe le matin et le soir.",
        "Enquêtrice : Et en semaine ?",
        "Julie (IDE) : Les voisins, quand ils peuvent.",
    ], gazetteer)
    s = _at(text, segs, "Je passe le matin")
    assert (s.speaker, s.role) == ("Julie", "infirmier")


# s25-segr44b: in an interview with a lay person at home, a label with another civility before the
# same surname is a relative answering beside them (role autre); another surname is no relative.
def test_a_relative_of_the_same_surname_beside_a_lay_interviewee(gazetteer):
    lines = ["Annexe 2 – Entretien avec Mme P., 74 ans, retraitée, hémiplégique, à son domicile (Saint-Lô)",
             "Étudiante : Comment se passe la toilette le matin ?",
             "Mme P. : Bien, l'aide-soignante vient tous les jours à huit heures.",
             "M. P. : Le dimanche c'est moi qui l'aide, il n'y a personne.",
             "Étudiante : Et les rendez-vous chez le médecin ?",
             "Mme P. : On attend qu'il passe, on ne peut plus se déplacer.",
             "Mme K. : Bon, je viens aussi le jeudi pour les courses, comme la semaine dernière."]
    text, segs = _segment(lines, gazetteer)
    s = _at(text, segs, "Le dimanche c'est moi qui l'aide")
    assert (s.kind, s.speaker, s.role) == ("turn", "M. P.", "autre")
    assert _at(text, segs, "je viens aussi le jeudi").role == "inconnu"  # near-miss: another surname


# s26-segleft2 (round 42's radio-medical consultation of the CCMM): a transcript in an annex whose
# last turn is followed by the record's outcome, "Décision : …" (a not_labels word before a colon):
# the author's line, not the last speaker's words; the doctor labelled by his trade and station who
# asks the questions consults, he does not interview (labels.yaml caregiver_titles).
def _annex(lines):
    text = "\n".join(lines) + "\n"
    return [{"section_id": "1", "kind": "annex", "level": "1", "heading": lines[0], "char_start": "0",
             "char_end": str(len(text))}]


def test_a_record_s_outcome_after_the_last_turn_of_an_annex_transcript(gazetteer):
    lines = ["Annexe 2 – Transcription d'une consultation radiomédicale",
             "[03:12] Navire : Ici le patron. J'ai un matelot qui s'est coupé la main avec le câble du treuil.",
             "[03:30] Médecin CCMM : D'accord. Est-ce qu'il bouge tous les doigts ?",
             "[04:05] Navire : Il bouge tout sauf le petit doigt, on a serré avec un torchon.",
             "[04:20] Médecin CCMM : Vous faites un pansement compressif. Je vous rappelle dans vingt minutes.",
             "[05:10] Navire : Je répète, on est à six heures du port, on peut rentrer si vous le dites.",
             "Décision : déroutement vers le port, prise en charge par les urgences du centre hospitalier."]
    text, segs = _segment(lines, gazetteer, structure=_annex(lines))
    assert _at(text, segs, "on peut rentrer").kind == "turn"
    assert _at(text, segs, "déroutement vers le port").kind == "narrative"
    doctor = _at(text, segs, "Est-ce qu'il bouge")
    assert (doctor.kind, doctor.speaker) == ("turn", "Médecin CCMM")


def test_unseen_outcome_of_a_teleexpertise_and_a_wrapped_last_turn(gazetteer):
    # unseen: a tele-expertise between a nurse and a hospital dermatologist, the outcome after it
    lines = ["Annexe 5 – Téléexpertise enregistrée (plaie chronique)",
             "[10:02] Dermatologue : Bonjour, la plaie a-t-elle changé d'aspect depuis lundi ?",
             "[10:04] Infirmière : Elle est plus rouge sur le bord, et Mme P. a eu de la fièvre cette nuit.",
             "[10:06] Dermatologue : Prenez sa température et rappelez-moi dans une heure.",
             "[10:07] Infirmière : Oui, 38,2, et elle mange moins depuis deux jours, sa fille est inquiète.",
             "[10:09] Dermatologue : Je la verrai demain matin, gardez le pansement sec d'ici là.",
             "[10:10] Infirmière : Entendu, je préviens sa fille et je repasse ce soir chez elle.",
             "Décision : consultation à l'hôpital de jour le lendemain, prélèvement de la plaie."]
    text, segs = _segment(lines, gazetteer, structure=_annex(lines))
    assert _at(text, segs, "consultation à l'hôpital de jour").kind == "narrative"
    assert _at(text, segs, "la plaie a-t-elle changé").kind == "turn"
    # near miss: the same last turn wrapped on a second line (no field before a colon) carries on
    wrapped = lines[:-2] + ["[10:10] Infirmière : Entendu, elle mange moins depuis deux jours,",
                            "sa fille est inquiète, elle voudrait qu'on la fasse hospitaliser."]
    text, segs = _segment(wrapped, gazetteer, structure=_annex(wrapped))
    assert _at(text, segs, "sa fille est inquiète") is _at(text, segs, "elle mange moins")
    assert _at(text, segs, "sa fille est inquiète").kind == "turn"


def _annex_calls(comment: str, gazetteer):
    """An annex transcribing two calls under their own headings, ``comment`` right after the first
    call's last answer."""
    lines = ["Annexe 3 – Deux appels de suivi téléphonique", "Appel 1 – 3 mai, 10 h",
             "IDE : Bonjour madame, vous avez pris votre tension ce matin ?",
             "Mme R. : Oui, 14/8, comme hier.", comment,
             "Appel 2 – 6 mai, 10 h", "Mme R. : J'ai eu des vertiges cette nuit.",
             "IDE : Je préviens le médecin et je vous rappelle."]
    text = "\n".join(lines) + "\n"
    starts = [text.index(t) for t in (lines[0], lines[1], lines[5])] + [len(text)]
    structure = [{"section_id": str(n + 1), "kind": "annex", "level": "2" if n else "1", "heading": lines[(0, 1, 5)[n]],
                  "char_start": str(starts[n]), "char_end": str(starts[n + 1])} for n in range(3)]
    return _segment(lines, gazetteer, structure=structure)


@pytest.mark.parametrize("comment", [
    "Dans ce premier appel, l'infirmière suit la grille de surveillance, question après question.",
    "L’appel a duré six minutes, la patiente ayant sa grille de surveillance sous les yeux.",
])
def test_an_annex_transcript_s_closing_comment_is_no_answer(gazetteer, comment):
    # s26-segleft1: the author's comment after a call's last answer, no word of a spoken turn in it
    text, segs = _annex_calls(comment, gazetteer)
    assert _at(text, segs, comment[:30]).kind == "narrative"
    assert _at(text, segs, "comme hier").kind == "turn"


def test_an_annex_transcript_s_last_answer_over_two_paragraphs_goes_on(gazetteer):
    # the near-miss: the answer's second paragraph, even naming the exchange (when it speaks: je, on,
    # vous …) or without a word of speech (a written answer's: unseen17), stays the answer's
    for more in ("Cet appel du matin, je l'attends, on discute un peu.", "La tension du soir est plus basse."):
        text, segs = _annex_calls(more, gazetteer)
        assert _at(text, segs, more[:20]).speaker == "Mme R."


# s26-segr45a: turns labelled only by kinship or by a pronoun, that nothing describes, are a relative's
# or a lay person's (rounds 11, 24, 45)
def test_kinship_and_pronoun_labels_nothing_describes_are_lay_people(gazetteer):
    text, segs = _segment([
        "Nous avons rencontré la famille R. dans sa ferme de Plouescat, un dimanche après le repas.",
        "Enq. : Qui s'occupe des rendez-vous du grand-père ?",
        "La belle-fille : C'est moi, je note tout dans le calendrier de la poste.",
        "Le petit-fils : Et moi je l'emmène quand c'est à Brest, en voiture.",
        "Enq. : Et vous, Madame, vous l'accompagnez aussi ?",
        "Elle : Non, je reste avec les bêtes.",
    ], gazetteer)
    for snippet, who in (("je note tout dans le calendrier", "La belle-fille"), ("je l'emmène quand", "Le petit-fils"),
                         ("je reste avec les bêtes", "Elle")):
        s = _at(text, segs, snippet)
        assert (s.kind, s.speaker, s.role) == ("turn", who, "autre")


def test_a_pronoun_label_the_header_describes_keeps_its_trade(gazetteer):
    # the near-miss: "Elle :" in an interview of a described nurse is the nurse
    text, segs = _segment([
        "Entretien avec Mme Guégan, infirmière libérale à Morlaix",
        "Moi : Depuis quand exercez-vous ici ?",
        "Elle : Depuis 2009, j'ai repris la tournée d'une collègue.",
        "Moi : Et la CPTS ?",
        "Elle : J'y suis entrée l'an dernier, pour les sorties d'hôpital.",
    ], gazetteer)
    assert _at(text, segs, "j'ai repris la tournée").role == "infirmier"


# s26-segr45a: an interpreter's label renders someone's words ("Int. (pour Mme A.) :") or is her own note
def test_an_interpreters_rendering_is_the_interviewees_turn(gazetteer):
    text, segs = _segment([
        "Annexe 2 – Entretien avec M. K., 41 ans, ouvrier agricole, domicilié à Cavaillon",
        "Entretien mené par téléphone avec un interprète en arabe. Étudiante : ESI ; Trad. : interprète.",
        "Étudiante : Comment avez-vous trouvé un médecin traitant ?",
        "Trad. (pour M. K.) : Je n'en ai pas trouvé, je vais aux urgences de l'hôpital quand j'ai mal.",
        "Trad. (note du traducteur) : Il dit « tbib », qui veut dire le médecin en général.",
        "Étudiante : Et la pharmacie ?",
        "Trad. (pour M. K.) : La pharmacienne m'explique les boîtes avec des dessins.",
    ], gazetteer)
    for snippet in ("Je n'en ai pas trouvé", "m'explique les boîtes"):
        s = _at(text, segs, snippet)
        assert (s.kind, s.speaker, s.role, s.region) == ("turn", "M. K.", "autre", "Provence-Alpes-Côte d'Azur")
    s = _at(text, segs, "qui veut dire le médecin")
    assert (s.kind, s.speaker, s.role) == ("turn", "Trad.", "autre")


def test_the_last_answer_over_two_paragraphs_keeps_its_second_paragraph(gazetteer):
    # s26-segfound: the interviewee's last answer runs on in a paragraph without label and no label
    # follows (rounds 20, 28, 31): that paragraph talks ("on", "je") and is the answer's
    text, segs = _segment([
        "Médecin généraliste à Issoudun, Hélène Marchand préside la maison de santé depuis 2021.",
        "Journaliste : Un an après, la maison de santé a-t-elle trouvé son rythme ?",
        "Hélène Marchand : Oui, mais il a fallu du temps. On a recruté une coordinatrice à mi-temps.",
        "Journaliste : Et les jeunes médecins ?",
        "Hélène Marchand : Deux internes viennent chaque semestre. Ils restent rarement.",
        "Et pourtant on fait tout pour les loger, nous avons même une chambre au-dessus du cabinet.",
    ], gazetteer)
    last = _at(text, segs, "Deux internes viennent")
    assert last.kind == "turn" and last is _at(text, segs, "Et pourtant on fait tout")
    # unseen variant: a radio transcript with dash labels, the second paragraph in the first person
    text, segs = _segment([
        "ANIMATEUR — Vous êtes sage-femme à Vierzon depuis dix ans. Qu'est-ce qui a changé ?",
        "INVITÉE — Les sorties de maternité. Elles sont de plus en plus précoces.",
        "ANIMATEUR — Et vous suivez les mères à domicile ?",
        "INVITÉE — Oui, dès le troisième jour, quand c'est possible.",
        "Je fais parfois soixante kilomètres dans la matinée pour une seule visite.",
    ], gazetteer)
    assert _at(text, segs, "dès le troisième jour") is _at(text, segs, "Je fais parfois soixante")
    # near-misses: the author's closing line under the last answer (no one's words), and the
    # interviewer's unlabelled question, stay apart
    text, segs = _segment([
        "Modératrice : Qu'avez-vous retenu de l'hiver dernier ?",
        "Participant 1 : La fatigue. On a tenu grâce aux collègues.",
        "Participant 2 : Moi, la solidarité entre les cabinets du canton.",
        "Participant 3 : Les gardes de nuit, surtout, et les appels du 15.",
        "La modératrice a remercié les participants et clos la séance à 21 heures.",
    ], gazetteer)
    closing = _at(text, segs, "La modératrice a remercié")
    assert closing.kind not in ("turn", "verbatim")
    assert _at(text, segs, "Les gardes de nuit") is not closing
    text, segs = _segment([
        "Journaliste : Vous êtes infirmière à Bourges ?",
        "Claire : Oui, en libéral, depuis vingt ans.",
        "Journaliste : Et vous tenez le coup ?",
        "Claire : Pas toujours. Les tournées s'allongent.",
        "Et vous, vous pensez que ça va s'arranger ?",
    ], gazetteer)
    assert _at(text, segs, "Et vous, vous pensez") is not _at(text, segs, "Pas toujours")


def test_a_numbered_label_with_a_long_profile_before_the_colon(gazetteer):
    # s26-segrole: "Expert 21 (pharmacien hospitalier, Territoire de Belfort) :" (a profile over 30
    # characters after a code or a numbered participant) is the label and its description
    text, segs = _segment([
        "Commentaires libres :",
        "Expert 7 (pharmacien, Doubs) : Le jour même, c'est déjà trop tard quand le patient arrive le soir.",
        "Expert 21 (pharmacien hospitalier, Territoire de Belfort) : Avec deux pharmaciens pour huit cents "
        "lits, je ne vois pas comment nous pourrions appeler chaque officine.",
    ], gazetteer)
    long = _at(text, segs, "Avec deux pharmaciens")
    assert (long.kind, long.speaker, long.role) == ("turn", "Expert 21", "pharmacien")
    # unseen: a participant's number, a nurse's specialty and a département of three words
    text, segs = _segment([
        "Participant 2 (médecin généraliste, Vire) : On se parle surtout par messagerie sécurisée.",
        "Participant 4 (infirmière puéricultrice, Seine-Saint-Denis) : Pour les sorties de maternité, "
        "personne ne nous prévient avant le retour à domicile.",
    ], gazetteer)
    nurse = _at(text, segs, "Pour les sorties de maternité")
    assert (nurse.kind, nurse.speaker, nurse.role) == ("turn", "Participant 4", "infirmier")


def test_a_heading_word_with_a_long_parenthesis_is_no_label(gazetteer):
    # near-miss: a word that is no code nor numbered participant, its long parenthesis a table's key
    text, segs = _segment([
        "Participants (code | profession | commune d'exercice) :",
        "P1 | médecin généraliste | Le François",
        "P2 | pharmacienne | Le Robert",
        "[Anim] Qui est prévenu en premier quand un patient sort du CHU ?",
        "[P1] Moi je reçois le courrier de sortie une semaine après, quand ce n'est pas un mois.",
        "[P2] Et nous on voit arriver l'ordonnance sans savoir ce qui a été arrêté à l'hôpital.",
    ], gazetteer)
    assert _at(text, segs, "Participants (code").kind not in ("turn", "verbatim")


# s27-segr46a: the profile line of the interviewee's label ends before a sentence that is a key to
# ANOTHER label ("… CH désigne l'étudiant chercheur."): that sentence's interviewer word does not make the
# interviewee the interviewer (round 46's filmed physiotherapy interview). Unseen variant: an
# occupational therapist in Savoie, the student "ET".
FILMED = [
    "Annexe 6 – Entretien filmé avec ER2",
    "ER2 : ergothérapeute libérale à Albertville depuis 2015, interventions à domicile en Tarentaise. "
    "Entretien filmé le 3 mars. Convention : ((…)) note les gestes ; ET désigne l'étudiante enquêtrice.",
    "ET : Comment adaptez-vous un logement en montagne ?",
    "ER2 : On commence par l'escalier ((montre la rampe)), c'est toujours l'escalier.",
    "ET : Et l'hiver ?",
    "ER2 : L'hiver je ne monte plus en voiture au-delà de Moûtiers.",
]


def test_a_profile_ends_before_the_key_to_the_other_label(gazetteer):
    text, segs = _segment(FILMED, gazetteer)
    assert _at(text, segs, "ergothérapeute libérale à Albertville").kind == "narrative"
    for snippet in ("On commence par l'escalier", "je ne monte plus en voiture"):
        s = _at(text, segs, snippet)
        assert (s.kind, s.speaker, s.role, s.region) == ("turn", "ER2", "autre_paramedical", "Auvergne-Rhône-Alpes")
    assert _at(text, segs, "Comment adaptez-vous").kind == "moderator"


# s27-segr46a: an answer's second paragraph speaks when its only spoken word is elided before a verb
# ("qui m'a appelée", "j'ai"): the answer goes on (round 46's « regards croisés »). Unseen variant.
CROSSED = [
    "Deux regards sur la garde",
    "Qu'est-ce qui a changé en dix ans ?",
    "LEBRUN : Les distances. Mes patients habitent de plus en plus loin du bourg.",
    "MARCHAND : La paperasse, qui a doublé depuis mes débuts au cabinet.",
    "Qu'est-ce qui vous inquiète cet hiver ?",
    "LEBRUN : Les routes du plateau, comme chaque année, et les patients isolés.",
    "MARCHAND : Les sorties d'hôpital du vendredi soir, sans ordonnance de soins.",
    "La dernière fois, c'est la fille du patient qui m'a prévenue par texto, le dimanche.",
    "L'association des soignants du plateau se réunira le 4 décembre.",
]


def test_a_second_paragraph_speaking_only_in_an_elided_word_goes_on_the_answer(gazetteer):
    styles = line_styles(CROSSED, {1, 4}, "bold")
    text, segs = _segment(CROSSED, gazetteer, styles=styles)
    answer = _at(text, segs, "Les sorties d'hôpital du vendredi")
    assert answer.kind == "turn" and answer is _at(text, segs, "qui m'a prévenue par texto")
    # near-miss: the closing line, no spoken word at all, is the paper's
    assert _at(text, segs, "se réunira le 4 décembre").kind == "narrative"


# s27-segr46a: pupils or lay participants labelled by a sex noun and a number that nothing describes are
# lay people, role autre (round 46's CM2 talking group). Unseen variant: a neighbourhood health workshop.
WORKSHOP = [
    "Atelier santé du quartier, 12 habitants, transcription.",
    "Animatrice : Qu'est-ce qui vous empêche d'aller chez le dentiste ?",
    "Femme 2 : Le prix, et puis je ne sais pas lequel prend encore des patients.",
    "Homme 1 : Moi j'ai peur, depuis tout petit.",
    "Animatrice : Et le bus ?",
    "Femme 2 : Il passe une fois par heure, alors on y va pas.",
]


def test_numbered_sex_labels_nothing_describes_are_lay_people(gazetteer):
    text, segs = _segment(WORKSHOP, gazetteer)
    for snippet, who in (("Le prix, et puis", "Femme 2"), ("Moi j'ai peur", "Homme 1")):
        s = _at(text, segs, snippet)
        assert (s.kind, s.speaker, s.role) == ("turn", who, "autre")
    # near-miss: a table that describes the label gives its role
    described = ["Participants : Femme 2 (infirmière libérale), Homme 1 (pharmacien)."] + WORKSHOP[1:]
    text, segs = _segment(described, gazetteer)
    assert _at(text, segs, "Le prix, et puis").role == "infirmier"


def test_a_bare_numbered_header_over_a_paragraph_describing_the_interviewee(gazetteer):
    """s28-segr48a (round 48's pharmacy annex): "Annexe 6 – Entretien 5" then "Pharmacienne titulaire, 47
    ans, officine de quartier à Évreux (Eure). Durée : … E : enquêtrice ; I : interviewée.", turns "E :" /
    "I :": the bare letter answers as the interview (its number), described by the paragraph under the
    header. Unseen: another annex, profession and place. Near-miss: a paragraph that describes no one
    (the practical details only) gives no role."""
    lines = ["Annexe 2 – Entretien 8",
             "Masseur-kinésithérapeute libéral, 39 ans, cabinet de groupe à Dole (Jura). Durée : 35 minutes. "
             "E : enquêteur ; I : interviewé.",
             "E : Comment travaillez-vous avec les médecins du secteur ?",
             "I : Surtout par messagerie sécurisée, et parfois on se croise à la pharmacie.",
             "E : Et la CPTS ?",
             "I : Elle nous a enfin réunis autour des chutes des personnes âgées."]
    text, segs = _segment(lines, gazetteer)
    a = _at(text, segs, "Surtout par messagerie sécurisée")
    assert (a.kind, a.speaker, a.role, a.region) == ("turn", "Entretien n°8", "kinesitherapeute",
                                                      "Bourgogne-Franche-Comté")
    assert _at(text, segs, "Elle nous a enfin réunis").speaker == "Entretien n°8"
    assert _at(text, segs, "Comment travaillez-vous").kind == "moderator"
    bare = ["Annexe 2 – Entretien 8", "Durée : 35 minutes, au cabinet, un mardi soir.",
            "E : Comment travaillez-vous avec les médecins du secteur ?",
            "I : Surtout par messagerie sécurisée, et parfois on se croise à la pharmacie."]
    text, segs = _segment(bare, gazetteer)
    assert _at(text, segs, "Surtout par messagerie sécurisée").role in ("", "inconnu")


def test_a_bare_numbered_header_leaves_several_answering_voices_as_printed(gazetteer):
    """Near-miss (round 21's Guyane annex): "R :" then a colleague joining as "R2 :" under "Annexe 3 –
    Entretien n° 6" over a described paragraph: several voices answer, the labels stay as printed."""
    lines = ["Annexe 4 – Entretien n° 3",
             "Infirmière du centre de santé de Grand-Santi, salariée de l'hôpital ; entretien réalisé sur place.",
             "Q : Comment s'organisent les évacuations ?",
             "R : Tout dépend du fleuve, en saison sèche on attend l'hélicoptère de Cayenne.",
             "R2 : Et c'est moi qui appelle les familles pour prévenir, souvent en nengee."]
    text, segs = _segment(lines, gazetteer)
    assert _at(text, segs, "Tout dépend du fleuve").speaker == "R"
    assert _at(text, segs, "c'est moi qui appelle les familles").speaker == "R2"


def _sequences(lines, heads, gazetteer):
    """The lines with ``heads`` (indices) as section headings."""
    text = "\n".join(lines) + "\n"
    starts = [text.index(lines[h]) for h in heads]
    structure = [{"section_id": str(k + 1), "kind": "body", "level": "2", "heading": lines[h],
                  "char_start": str(at), "char_end": str(starts[k + 1] if k + 1 < len(starts) else len(text))}
                 for k, (h, at) in enumerate(zip(heads, starts))]
    return _segment(lines, gazetteer, structure=structure)


def test_an_answer_over_two_paragraphs_before_the_next_numbered_heading_goes_on(gazetteer):
    # s30-segr52a: a self-confrontation's comments under numbered sequence headings; an answer's second
    # paragraph without a spoken word ("Et personne ne le voit") is the answer's when the next heading
    # of the series resumes the transcript (round 52's memoir, other words)
    lines = ["Deux aides-soignantes de l'EHPAD de Guéret (AS-1, AS-2) ont commenté les vidéos de leur toilette du matin.",
             "Extrait 1 – La toilette au lavabo (02:10 à 04:55) – AS-1",
             "AS-1 : Là je laisse madame tenir le gant, même si ça prend deux fois plus de temps.",
             "Chercheur : Pourquoi la laisser faire ?",
             "AS-1 : Parce que sinon elle ne le fera plus du tout. Je l'ai vu avec d'autres résidents.",
             "Et ça, aucune grille ne le compte. Sur la fiche, une toilette, c'est vingt minutes.",
             "Extrait 4 – Le retour au fauteuil (11:30 à 12:40) – AS-2",
             "AS-2 : Ici j'attends ma collègue pour le transfert, on ne le fait jamais seule.",
             "Chercheur : Jamais ?",
             "AS-2 : Jamais. Une chute au transfert, je l'ai vécue une fois, ça suffit.",
             "Ces commentaires montrent un travail d'autonomie que les grilles ignorent."]
    text, segs = _sequences(lines, [1, 6], gazetteer)
    assert _at(text, segs, "elle ne le fera plus") is _at(text, segs, "aucune grille ne le compte")
    assert _at(text, segs, "j'attends ma collègue").kind == "turn"
    # near miss: after the last block no heading of the series resumes it: the author's analysis
    assert _at(text, segs, "Ces commentaires montrent").kind not in ("turn", "verbatim")
    # near miss: the next heading is of another kind (a results section), not the series
    lines2 = lines[:6] + ["Discussion", "AS-2 : Ici j'attends ma collègue pour le transfert, on ne le fait jamais seule."]
    text, segs = _sequences(lines2, [1, 6], gazetteer)
    assert _at(text, segs, "aucune grille ne le compte").kind not in ("turn", "verbatim")


def test_a_hearing_report_s_closing_formula_is_not_the_last_answer(gazetteer):
    # s30-segr52a: "Lecture faite, persiste et signe." under an annex transcript's last answer
    lines = ["Annexe 2 – Audition de M. P., aide à domicile",
             "Enquêteur : Vous étiez seul chez la patiente ?",
             "M. P. : Oui, je passe toujours seul le matin, c'est prévu comme ça.",
             "Enquêteur : Et ensuite ?",
             "M. P. : J'ai appelé ma responsable, puis le médecin traitant.",
             "Lecture faite, persiste et signe."]
    text = "\n".join(lines) + "\n"
    structure = [{"section_id": "1", "kind": "annex", "level": "1", "heading": lines[0],
                  "char_start": "0", "char_end": str(len(text))}]
    text, segs = _segment(lines, gazetteer, structure=structure)
    assert _at(text, segs, "J'ai appelé ma responsable").kind == "turn"
    assert _at(text, segs, "persiste et signe").kind not in ("turn", "verbatim")
    # near miss: a second paragraph that speaks stays the answer's
    lines[-1] = "Lecture faite de ma déclaration, je la signe, je n'ai rien à ajouter."
    text, segs = _segment(lines, gazetteer, structure=structure)
    assert _at(text, segs, "J'ai appelé ma responsable") is _at(text, segs, "je n'ai rien à ajouter")


PORTRAIT = ["Portrait : Anne Guillou",
            "Kinésithérapeute à Morlaix depuis 2015, Anne Guillou anime le groupe « Lombalgie » de la CPTS.",
            "Comment est né ce groupe ?",
            "« Les patients attendaient trois semaines un rendez-vous, alors on a organisé des créneaux "
            "partagés entre cabinets. »",
            "Et les médecins ?",
            "« Ils adressent davantage, et ils lisent nos bilans. »"]


def _portrait(lines):
    return line_styles(lines, {0, 2, 4}, "bold") + line_styles(lines, {1}, "italic")


def test_another_person_quoted_among_a_portraits_answers_speaks_for_themselves(gazetteer):
    """Session 31: a portrait's answers (its person presented once, bold questions) end where a
    lead-in names someone else and quotes them; that quote is theirs, and the line under it,
    before the next question, is no answer. Near miss: a lead-in about the portrait's person
    ("Elle ajoute que …") keeps the answer going."""
    lines = PORTRAIT + ["Yann Le Roux, médecin généraliste à Plourin, participe aux réunions :",
                        "« On se connaît enfin, et ça change tout pour les patients. »",
                        "Prochaine réunion : mardi 3 juin à la maison de santé."]
    text, segs = _segment(lines, gazetteer, styles=_portrait(lines))
    assert _at(text, segs, "Ils adressent davantage").speaker == "Anne Guillou"
    other = _at(text, segs, "On se connaît enfin")
    assert (other.kind, other.speaker, other.role, other.region) == (
        "verbatim", "Yann Le Roux", "medecin_generaliste", "Bretagne")
    assert _at(text, segs, "Prochaine réunion").kind == "narrative"
    lines = PORTRAIT + ["Elle ajoute que les collègues le lui disent souvent :",
                        "« On se connaît enfin, et ça change tout pour les patients. »"]
    text, segs = _segment(lines, gazetteer, styles=_portrait(lines))
    assert _at(text, segs, "On se connaît enfin").speaker == "Anne Guillou"


def test_capitals_labels_naming_a_trade_outside_the_vocabulary(gazetteer):
    # s40: "CORDIER :", "LE PASSEUR :" name what the speaker does although no role of the vocabulary
    # does (autre, the label as the description); "VOIX NON IDENTIFIÉE :" names nobody
    lines = ["Compte rendu de l'audit du bac de Port-Sainte-Foy, 4 juin 2025.",
             "AUDITRICE : Les gilets sont-ils portés pendant la traversée ?",
             "LE PASSEUR : Le matin oui. Le soir ils les enlèvent dès que je tourne le dos, je ne peux pas surveiller.",
             "CORDIER : Moi je tiens le câble à l'arrière, je ne vois pas ce qui se passe devant.",
             "AUDITRICE : Et quand la rivière monte ?",
             "LE PASSEUR : On arrête au-delà de deux mètres à l'échelle, c'est la règle depuis l'accident.",
             "VOIX NON IDENTIFIÉE : Et les vélos, on les met où ?",
             "CORDIER : À l'avant, attachés, mais il n'y a que quatre places."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "report"})
    s = _at(text, segs, "je ne peux pas surveiller")
    assert (s.kind, s.speaker, s.role, s.role_raw) == ("turn", "LE PASSEUR", "autre", "LE PASSEUR")
    s = _at(text, segs, "je tiens le câble")
    assert (s.kind, s.speaker, s.role) == ("turn", "CORDIER", "autre")
    s = _at(text, segs, "les vélos, on les met")
    assert s.role == "inconnu"


def test_a_page_footer_after_the_last_turn_is_not_its_words(gazetteer):
    # s40: "Thèse de médecine générale – Annexes – p. 84" under the last turn ends it; a running
    # header between two halves of one turn, over a page break, stays inside the turn
    from corpus.segment.turns import folio_line

    assert folio_line("Thèse de médecine générale – Annexes – p. 84") and folio_line("– 9 –")
    assert folio_line("Master 2 Santé publique – Annexes – page 61") and folio_line("Rapport 2024 12/40")
    assert not folio_line("P4 : On en a vu 12 sur la page 3 ?") and not folio_line("Le 14 juillet 2024")
    # s54: annexes paginated in capital roman numerals; not a name after "p."
    assert folio_line("Mémoire de fin d'études en ergothérapie – Annexes – p. XIV")
    assert not folio_line("Voir aussi p. Xavier") and not folio_line("il faut voir p. vie")
    lines = ["Retranscription du focus group du 14 mars 2024 à Mayenne.",
             "Animatrice : Est-ce que vous seriez d'accord pour une soirée commune ?",
             "P1 : Oui, à condition que ce soit un soir. Les parents travaillent tous en journée ici.",
             "P2 : Moi je veux bien, mais il faut des supports simples à donner, sinon personne ne lit.",
             "Thèse de médecine générale – Annexes – p. 84"]
    text, segs = _segment(lines, gazetteer)
    assert _at(text, segs, "sinon personne ne lit").kind == "turn"
    assert _at(text, segs, "Annexes – p. 84").kind not in ("turn", "verbatim")


# s42: a turn's next paragraphs once each paragraph stands apart (the extraction reads the line
# spacing on wrapped lines): a time or a transcriber's mark opening the paragraph, a quotation
# reopened the French way, a dash answer going on without its dash; a counted result under
# "Réponse :" is no one's words
def test_a_turn_goes_on_over_marked_paragraphs(gazetteer):
    lines = ["Annexe 4 – Entretien Ph2 (pharmacienne titulaire, Capesterre-Belle-Eau)",
             "[00:03:10] Enquêteur : Vous avez vacciné à l'officine ?",
             "[00:04:20] Ph2 : Oui, dès mars 2021. On vaccinait le samedi matin dans l'arrière-boutique.",
             "[00:05:02] Au début les gens se méfiaient beaucoup, ici il y avait énormément de rumeurs.",
             "[00:05:40] Enquêteur : Et avec les médecins du bourg ?",
             "[00:05:48] Ph2 : On s'appelle tous les jours, maintenant.",
             "[…] Avant la crise, je ne connaissais même pas leur numéro direct.",
             "[00:07:02] Enquêteur : Merci."]
    text, segs = _segment(lines, gazetteer)
    first = _at(text, segs, "dès mars 2021")
    assert first.kind == "turn" and _at(text, segs, "les gens se méfiaient").char_start == first.char_start
    assert _at(text, segs, "leur numéro direct").char_start == _at(text, segs, "On s'appelle tous").char_start
    # near-miss: a transcriber's long note in brackets is a paragraph of its own
    noted = [line.replace("[…] Avant la crise,", "[Coupure de la connexion pendant une vingtaine de secondes.] Avant la crise,")
             for line in lines]
    text, segs = _segment(noted, gazetteer)
    assert _at(text, segs, "leur numéro direct").char_start != _at(text, segs, "On s'appelle tous").char_start


def test_a_quotation_reopened_on_each_paragraph_is_one_turn(gazetteer):
    lines = ["Les participants décrivent la campagne de vaccination.",
             "[I3] « Avant, la CPTS, c'était un mail par mois. Avec les vaccins, on s'appelait tous les soirs. »",
             "[I1] « À la campagne, on n'a pas attendu la CPTS. On se connaît tous, le médecin passe à la pharmacie.",
             "« Ce que la CPTS a apporté, c'est l'argent pour payer quelqu'un qui fait les plannings. »",
             "[I5] « Ma préparatrice m'a dit un jour qu'on était devenus un centre d'appel, et c'était vrai. »"]
    text, segs = _segment(lines, gazetteer)
    turn = _at(text, segs, "À la campagne")
    assert turn.speaker == "I1" and _at(text, segs, "Ce que la CPTS a apporté").char_start == turn.char_start
    assert _at(text, segs, "Ma préparatrice").char_start != turn.char_start  # the next code's


def test_a_counted_answer_is_no_turn(gazetteer):
    lines = ["Au total, 312 médecins ont répondu au questionnaire (taux de réponse 41 %).",
             "Question 12 : Avez-vous participé à une réunion de la communauté pendant la crise ?",
             "Réponse : oui pour 194 répondants (62 %), non pour 118 (38 %).",
             "Question 13 : Avez-vous utilisé la télé-expertise ?",
             "Réponse : oui pour 87 répondants (28 %)."]
    text, segs = _segment(lines, gazetteer)
    assert _at(text, segs, "oui pour 194").kind not in ("turn", "verbatim")
    assert _at(text, segs, "oui pour 87").kind not in ("turn", "verbatim")


def test_a_dash_answer_goes_on_without_its_dash(gazetteer):
    lines = ["« Le prélèvement à domicile, c'est notre porte d'entrée dans la CPTS »",
             "Biologiste à Cosne-Cours-sur-Loire, le Dr Mathilde Giraud siège au bureau de la CPTS du Val de Loire.",
             "— Comment un laboratoire trouve-t-il sa place dans une CPTS ?",
             "— Par les infirmières, d'abord. Ce sont elles qui font les prélèvements à domicile chez nos patients.",
             "Ensuite par les médecins : quand un résultat critique tombe le soir, nous avons une liste à appeler.",
             "— Et les biologistes, sont-ils nombreux à s'engager ?",
             "— Très peu. Nous sommes souvent des groupes régionaux, et la décision ne se prend pas ici.",
             "Propos recueillis par Hervé Combe"]
    text, segs = _segment(lines, gazetteer)
    answer = _at(text, segs, "Par les infirmières")
    assert answer.kind == "turn" and _at(text, segs, "Ensuite par les médecins").char_start == answer.char_start
    assert _at(text, segs, "Propos recueillis").kind not in ("turn", "verbatim")
    # the one person the standfirst names answers (s42); two named, none is chosen
    assert answer.speaker == "Mathilde Giraud" and answer.role == "biologiste"
    two = [line.replace("le Dr Mathilde Giraud siège", "le Dr Mathilde Giraud et Paul Renaud siègent") for line in lines]
    text, segs = _segment(two, gazetteer)
    assert _at(text, segs, "Par les infirmières").speaker == ""


def test_roman_prose_between_turns_set_in_italics_ends_the_turn(gazetteer):
    # an exchange reconstituted in italics, the author's roman narration between its turns (s48)
    lines = ["Premier entretien. La mère parle d'emblée ; son fils regarde la fenêtre.",
             "Mme T. : Il ne dort plus, il est sur son téléphone jusqu'à trois heures, je ne sais plus quoi faire.",
             "Psychologue : Vous dites « je ne sais plus ». Qu'est-ce que vous avez déjà essayé ?",
             "Le père, absent, est présent dans le discours de la mère : c'est lui qui « laisse tout passer ».",
             "Mme T. : J'ai tout essayé. Confisquer, discuter, rien ne marche avec lui.",
             "Théo : Elle crie tout le temps. Moi je veux juste qu'on me laisse tranquille."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "memoire"}, styles=line_styles(lines, {1, 2, 4, 5}))
    assert _at(text, segs, "Qu'est-ce que vous avez déjà essayé").kind in ("turn", "moderator")
    assert _at(text, segs, "est présent dans le discours de la mère").kind == "narrative"


def test_the_analysts_remark_after_the_last_turn_is_the_authors(gazetteer):
    lines = ["Légende : KINE = kinésithérapeute libéral ; AS = auxiliaire de vie ; Mme V. = la patiente.",
             "KINE : On se lève en s'aidant des accoudoirs, voilà, on pousse sur les bras.",
             "Mme V. : J'ai peur de tomber, ça me tire dans le genou gauche.",
             "AS : Le soir on n'a pas le temps de la faire marcher, on est seules sur tout l'étage.",
             "KINE : Alors on garde au moins le transfert au fauteuil, on ne lâche pas ça.",
             "On remarque que l'auxiliaire de vie parle d'elle au pluriel : c'est l'équipe qui manque de temps."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "memoire"})
    assert _at(text, segs, "on ne lâche pas ça").speaker == "KINE"
    assert _at(text, segs, "parle d'elle au pluriel").kind == "narrative"


def test_a_running_head_of_dashed_fields_is_no_ones_words():
    # (s55) a page's head "Annexes – Mémoire … – Université … – 2024" closed by the year
    from corpus.segment.turns import folio_line, running_head

    assert running_head("Annexes – Mémoire de master 2 Santé publique – Université de Guyane – 2024")
    assert folio_line("Annexes – Mémoire de master 2 Santé publique – Université de Guyane – 2024")
    assert not running_head("E7 : Deux ans – au début par fax – en 2024.")  # a turn's sentence
    assert not running_head("Le projet – porté par la CPTS – a démarré en 2024")  # two dashes, no head
    assert not running_head("Entre 2019 et 2024")


def test_a_page_head_then_a_stage_direction_ends_the_turn(gazetteer):
    # (s55) the head at the top of the next page and "[On frappe à la porte.]" under it are no more of E2's turn
    lines = ["Annexe 4 – Retranscription de l'entretien 2",
             "Enquêtrice : Depuis quand faites-vous partie du groupe ?",
             "E2 : Deux ans. Au début la fiche partait par fax, vous imaginez.",
             "Annexes – Mémoire de master 2 Santé publique – Université de Guyane – 2024",
             "[On frappe à la porte du cabinet.]",
             "Voix non identifiée : Madame, c'est pour la pesée de onze heures.",
             "E2 : Attendez, j'arrive. Excusez-moi, c'est toujours comme ça le jeudi."]
    text, segs = _segment(lines, gazetteer)
    assert _at(text, segs, "Mémoire de master 2 Santé publique").kind == "narrative"
    assert _at(text, segs, "la fiche partait par fax").kind == "turn"


def test_a_record_field_ends_a_turn_over_paragraphs(gazetteer):
    # (s55) "Décision : …" under a member's reply is the minutes' own line
    from corpus.segment.turns import record_field

    assert record_field("Décision : deux matinées sans rendez-vous les 19 et 26 octobre.")
    assert not record_field("Loïc : Pour les patients qui ne sortent plus, on passe pendant les tournées.")
    lines = ["Compte rendu de la réunion d'équipe du 8 octobre 2024",
             "Présents : Dr Irène Vautrin (IV), médecin généraliste ; Paul Chassang (PC), infirmier.",
             "IV : On a vacciné moins que l'an dernier. Je propose deux samedis matin ouverts à tous.",
             "PC : Pour les patients qui ne sortent plus, on peut les faire pendant les tournées.",
             "Décision : deux matinées sans rendez-vous les 19 et 26 octobre ; PC recense les patients."]
    text, segs = _segment(lines, gazetteer)
    assert _at(text, segs, "deux matinées sans rendez-vous les 19").kind != "turn"


def test_a_members_question_reported_by_the_minutes_is_no_turn(gazetteer):
    # (s55) "Mme Barreau demande ce que …", "M. Vannier s'interroge sur …" between replies; "Une personne du
    # public :" speaks, nobody known
    lines = ["Compte rendu de la commission santé du conseil municipal de Lormes",
             "Présents : M. Gérard Lantier, maire ; Mme Sylvie Barreau, adjointe ; Dr Hugues Ferrand, médecin généraliste.",
             "M. le Maire : Nous commençons par le premier point ; je donne la parole au Dr Ferrand.",
             "Dr Ferrand : J'arrêterai mon activité le 30 juin, j'ai cherché un successeur pendant trois ans.",
             "Mme Barreau demande ce que deviendront les patients qui n'ont pas d'autre médecin traitant.",
             "Dr Ferrand : Mes deux confrères du bourg ne pourront en prendre qu'une partie, je le crains.",
             "M. Vannier s'interroge sur le coût pour la commune et sur la durée des aides.",
             "M. le Maire : Le conseil a déjà réservé l'ancienne perception pour ces locaux.",
             "Une personne du public : Et en attendant, pour les renouvellements, on fait comment ?"]
    text, segs = _segment(lines, gazetteer)
    assert _at(text, segs, "ce que deviendront les patients").kind == "narrative"
    assert _at(text, segs, "sur le coût pour la commune").kind == "narrative"
    public = _at(text, segs, "pour les renouvellements, on fait comment")
    assert (public.kind, public.speaker, public.role) == ("turn", "", "inconnu")
    assert _at(text, segs, "Mes deux confrères du bourg").kind == "turn"

