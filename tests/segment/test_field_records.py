"""Records whose fields hold someone's words (segment/field_records.py): an observation grid's
"Verbatim entendu : « … »" under "Acteurs : …", a sound archive's "Extrait transcrit : …" under
"Témoin : …". The words are a verbatim of the person field; the record's other fields are not
turns. Near-misses: a lone "Verbatim : …" in a transcript's turns, a record without a words field."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment
from segment_text import speech as _speech

GRIDS = [
    "Annexe 3 – Journal de bord du stage en cabinet libéral",
    "Observation 1",
    "Date : 3 mars 2024, 9 h",
    "Lieu : cabinet infirmier du bourg",
    "Acteurs : l'infirmière libérale, le patient, moi",
    "Situation : le patient demande pourquoi son pansement n'a pas été changé hier.",
    "Verbatim entendu : « Hier j'étais seule pour toute la tournée, je suis passée en coup de vent, "
    "je reviens ce soir sans faute. »",
    "Analyse personnelle : la charge de travail se lit dans cette excuse ; je la rapproche de la « "
    "tournée impossible » décrite par les syndicats.",
    "Observation 2",
    "Date : 5 mars 2024, 14 h",
    "Lieu : domicile d'une patiente",
    "Acteurs : le médecin traitant, l'infirmière libérale, moi",
    "Situation : visite conjointe pour adapter le traitement.",
    "Verbatim entendu : « Appelez-moi directement sur le portable, le secrétariat ne me transmet rien "
    "avant le soir. »",
    "Analyse personnelle : les échanges passent par des canaux informels.",
]


def test_grid_words_are_the_first_actors_and_other_fields_no_turns(gazetteer):
    text, segs = _segment(GRIDS, gazetteer, doc={"kind": "memoire"})
    s = _at(text, segs, "Hier j'étais seule pour toute la tournée")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "", "infirmier")
    s = _at(text, segs, "Appelez-moi directement sur le portable")
    assert (s.kind, s.role) == ("verbatim", "medecin_generaliste")
    assert len(_speech(segs)) == 2  # "Acteurs :", "Situation :", "Analyse personnelle :" are fields
    assert _at(text, segs, "tournée impossible").kind == "narrative"


# an unseen variant: an oral-history catalogue, a named witness, the words without guillemets
ARCHIVE = [
    "Fonds « Paroles de soignants du Cantal » – inventaire",
    "Enregistrement 7",
    "Cote : PSC-007",
    "Témoin : Odette Lafarge, née en 1938, ancienne sage-femme à Aurillac",
    "Date et lieu : 12 mai 2018, Aurillac",
    "Résumé : la témoin décrit les accouchements à domicile dans les fermes.",
    "Propos recueillis : On partait la nuit en mobylette, l'hiver c'était la neige jusqu'aux genoux, "
    "et il fallait tout faire seule.",
]


def test_archive_record_words_are_the_witness(gazetteer):
    text, segs = _segment(ARCHIVE, gazetteer, doc={"kind": "autre"})
    s = _at(text, segs, "On partait la nuit en mobylette")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "Odette Lafarge", "sage_femme", "Auvergne-Rhône-Alpes")
    assert "Propos recueillis" not in s.text
    assert _at(text, segs, "décrit les accouchements à domicile").kind == "narrative"
    assert len(_speech(segs)) == 1


# near-miss: a record with no words field (a catalogue of recordings) gives no item
CATALOGUE = [
    "Inventaire des enregistrements",
    "Cote : PSC-008",
    "Témoin : Jean Vidal, né en 1941, médecin généraliste à Mauriac",
    "Date et lieu : 14 mai 2018, Mauriac",
    "Résumé : le témoin évoque les gardes de nuit et l'arrivée du SAMU.",
    "Cote : PSC-009",
    "Témoin : Paule Roux, née en 1950, pharmacienne à Salers",
    "Date et lieu : 15 mai 2018, Salers",
    "Résumé : la témoin évoque la pharmacie de village.",
]


def test_record_without_words_field_gives_no_item(gazetteer):
    text, segs = _segment(CATALOGUE, gazetteer, doc={"kind": "autre"})
    assert _speech(segs) == []


# s25-segr44a (round 44's CREX memoir): adverse-event reports quoted field by field on one paragraph,
# the free-text field after the reporter's field holding the reporter's words
CREX = [
    "4.2 Extraits des fiches analysées en CREX",
    "FEI n° 2023-041 – Déclarant : IDE de nuit, médecine polyvalente – Description : « Patient sorti à 21 h "
    "sans que l'infirmière libérale ait été prévenue. »",
    "Analyse CREX : défaut de la check-list de sortie.",
    "FEI n° 2023-063 – Déclarant : pharmacien hospitalier – Description : « Ordonnance de sortie comportant deux "
    "anticoagulants, repérée par l'officine de ville. »",
]


def test_run_in_report_forms_give_the_free_text_to_the_reporter(gazetteer):
    text, segs = _segment(CREX, gazetteer, doc={"kind": "memoire"})
    s = _at(text, segs, "sans que l'infirmière libérale")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "", "infirmier")
    assert _at(text, segs, "Ordonnance de sortie comportant").role == "pharmacien"
    assert _at(text, segs, "FEI n° 2023-041").kind == "narrative"  # the form's own fields
    assert _at(text, segs, "défaut de la check-list").kind == "narrative"


def test_an_unseen_series_of_signalements(gazetteer):
    """Unseen: a medico-social report's incident reports, other field names, other trades."""
    lines = ["Annexe 2 – Signalements reçus par l'EHPAD",
             "Signalement 12 – Signalé par : aide-soignante de nuit – Récit des faits : « La résidente de la "
             "chambre 14 est tombée à 3 h, j'étais seule à l'étage. »",
             "Signalement 15 – Signalé par : masseur-kinésithérapeute libéral – Récit des faits : « Le fauteuil "
             "prescrit n'est jamais arrivé, la patiente reste au lit. »"]
    text, segs = _segment(lines, gazetteer, doc={"kind": "rapport"})
    assert _at(text, segs, "j'étais seule à l'étage").role == "autre_paramedical"
    assert _at(text, segs, "Le fauteuil prescrit").role == "kinesitherapeute"


def test_a_single_form_or_a_description_of_a_procedure_is_no_series(gazetteer):
    """Near-miss: one such paragraph is a layout example; a description field without a reporter field
    is the procedure's."""
    lines = ["Fiche type", "FEI n° 0000 – Déclarant : fonction, service – Description : « texte libre de "
             "l'événement décrit par le déclarant. »",
             "Procédure – Description : « La fiche est transmise au cadre dans les 24 heures. »"]
    text, segs = _segment(lines, gazetteer, doc={"kind": "autre"})
    assert _at(text, segs, "texte libre de").kind == "narrative"
    assert _at(text, segs, "La fiche est transmise").kind == "narrative"


# s26-segr45a: a listening line's call sheets: the heading profiles the caller by an age, "Motif :" is the
# listener's summary, "Propos : « … »" the caller's words
def test_call_sheets_give_the_words_to_the_caller_the_heading_profiles(gazetteer):
    lines = [
        "Bilan 2024 de la ligne d'écoute des aidants du Lot",
        "Appel n° 41 – 3 février – fils, 58 ans, Figeac",
        "Motif : fatigue, père en perte d'autonomie après une chute.",
        "Propos : « Je passe matin et soir, mais la nuit il est seul et j'ai peur qu'il retombe. »",
        "Réponse apportée : information sur la téléassistance et l'accueil temporaire.",
        "Appel n° 77 – 9 avril – épouse, 74 ans, Cahors",
        "Motif : épuisement. Propos : « Il ne me reconnaît plus le soir, je ne dors plus. »",
        "Réponse apportée : orientation vers la plateforme de répit.",
    ]
    text, segs = _segment(lines, gazetteer)
    for snippet in ("la nuit il est seul", "Il ne me reconnaît plus"):
        s = _at(text, segs, snippet)
        assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "", "autre", "Occitanie")
    assert _at(text, segs, "père en perte d'autonomie").kind == "narrative"
    assert _at(text, segs, "information sur la téléassistance").kind == "narrative"


def test_an_age_line_without_a_words_field_makes_no_record(gazetteer):
    # the near-miss: a patient's profile line and fields, no words field: nothing is anyone's words
    lines = [
        "Cas clinique n° 2 – homme, 67 ans, Rodez",
        "Motif : douleur thoracique à l'effort.",
        "Conduite : électrocardiogramme et adressage au cardiologue.",
    ]
    text, segs = _segment(lines, gazetteer)
    assert not _speech(segs)


# s29-segr50b: an inspection's hearing sheets, "Personne entendue : cadre de santé, service …" (a function,
# no name), "Date : …", then "Propos recueillis :" alone over the words in italics without guillemets;
# unseen: an inquiry's sheets in a medico-social home, other functions; near misses: a sheet whose words
# field is empty ("Propos recueillis :" over the next field), the report's prose after the words.
HEARINGS = ["Annexe – Auditions de la mission d'enquête (EHPAD de Millau)",
            "Audition 1",
            "Personne auditionnée : directrice des soins, pôle gériatrie",
            "Date : 4 juin, 10 h",
            "Propos recueillis :",
            "Je n'ai été informée de la chute que le lundi, par un courriel de l'équipe de nuit.",
            "Audition 2",
            "Personne entendue : aide-soignante de nuit, unité protégée",
            "Date : 4 juin, 15 h",
            "Propos recueillis :",
            "Nous étions deux pour quarante résidents, je ne pouvais pas rester avec elle.",
            "La mission a ensuite consulté le registre des chutes de l'établissement.",
            "Audition 3",
            "Personne entendue : médecin coordonnateur",
            "Propos recueillis :",
            "Observations : l'audition a été reportée à la demande de la personne."]


def test_hearing_sheets_words_under_their_own_head_are_the_heard_person(gazetteer):
    text, segs = _segment(HEARINGS, gazetteer, doc={"kind": "rapport"})
    s = _at(text, segs, "informée de la chute que le lundi")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "", "hospitalier")
    s = _at(text, segs, "Nous étions deux pour quarante")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "", "autre_paramedical")
    assert "registre des chutes" not in text[s.char_start:s.char_end]
    for snippet in ("La mission a ensuite consulté", "Personne entendue : aide-soignante", "Date : 4 juin, 15 h",
                    "l'audition a été reportée"):
        assert _at(text, segs, snippet).kind not in ("verbatim", "turn"), snippet


# A programme's follow-up sheets (s31-segr56a): "Bénéficiaire : M. T., 45 ans, …" over "Ressenti du
# bénéficiaire : « … »"; the sheet's other fields, one with a long head, are no turns.
SHEETS = [
    "Atelier équilibre et prévention des chutes – Bilan à six semaines",
    "Fiche A",
    "Bénéficiaire : M. T., 72 ans, chute en novembre, orienté par son infirmière libérale (Vesoul).",
    "Épreuves : appui unipodal 8 secondes (début : 3 s).",
    "Ressenti du bénéficiaire : « Je remonte l'escalier de la cave sans tenir la rampe, ma fille n'en revient pas. »",
    "Remarques de la kinésithérapeute du centre : bonne dynamique, reprendre la marche en extérieur.",
    "Fiche B",
    "Bénéficiaire : Mme G., 80 ans, vit seule, orientée par le pharmacien (Gray).",
    "Ressenti du bénéficiaire : « J'ose de nouveau sortir au marché le samedi matin avec mon cabas. »",
    "Remarques de la kinésithérapeute du centre : progrès nets ; je lui ai remis un programme à domicile.",
]


def test_follow_up_sheets_give_the_own_account_to_the_sheets_person(gazetteer):
    text, segs = _segment(SHEETS, gazetteer, doc={"kind": "rapport"})
    s = _at(text, segs, "sans tenir la rampe")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "M. T.", "autre")
    s = _at(text, segs, "sortir au marché le samedi")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Mme G.", "autre")
    assert "Remarques" not in s.text
    assert len(_speech(segs)) == 2  # "Bénéficiaire :", "Épreuves :", "Remarques de … :" are fields


def test_an_own_account_head_without_a_person_field_is_no_record(gazetteer):
    lines = ["Bilan collectif de l'atelier",
             "Durée : huit séances de une heure.",
             "Ressenti du groupe : « ambiance conviviale » selon la fiche d'évaluation remplie en fin de cycle.",
             "Perspectives : reconduire l'atelier à l'automne."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "rapport"})
    assert not [s for s in _speech(segs) if s.role == "autre" and s.speaker]


def test_an_unquoted_own_account_field_stays_the_sheets_summary(gazetteer):
    lines = ["Fiche C",
             "Bénéficiaire : M. K., 69 ans, orienté par son médecin (Lure).",
             "Épreuves : appui unipodal 5 secondes.",
             "Ressenti du bénéficiaire : se dit satisfait, souhaite poursuivre en club.",
             "Remarques de la kinésithérapeute du centre : assiduité correcte."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "rapport"})
    assert _at(text, segs, "se dit satisfait").kind != "verbatim"


def test_a_words_field_naming_someone_else_is_not_the_sheets_person(gazetteer):
    lines = ["Fiche D",
             "Bénéficiaire : Mme N., 77 ans, orientée par son médecin (Luxeuil).",
             "Ressenti du bénéficiaire : « Je marche jusqu'à la boulangerie toute seule maintenant. »",
             "Propos du conjoint : « Elle ne veut plus que je l'accompagne, ça me rassure de la voir faire. »"]
    text, segs = _segment(lines, gazetteer, doc={"kind": "rapport"})
    assert _at(text, segs, "jusqu'à la boulangerie").speaker == "Mme N."
    assert _at(text, segs, "ça me rassure de la voir").speaker != "Mme N."


# s33-segr58b: a rescue or an incident report's statements, each a field presenting a person by name
# and description, then their words in guillemets on the same line. The presentation stays prose; the
# words are the named person's, their role the description's (a witness of no trade is `autre`; where
# they were heard, "entendu au centre hospitalier", is no role).
STATEMENTS = [
    "Déclarations",
    "Témoin : M. Fabien Royer, 47 ans, domicilié à Embrun, gardien du refuge. « Je les ai vus partir "
    "vers huit heures, ils avaient l'air pressés. »",
    "Requérant : Mme Inès Carrel, 31 ans, domiciliée à Lyon, entendue au centre hospitalier d'Embrun le "
    "lendemain. « Mon frère a glissé sur la plaque de glace, je n'ai rien pu faire. »",
    "Médecin : Dr Louis Favier, médecin urgentiste au centre hospitalier d'Embrun. « Le patient était "
    "conscient, douleur thoracique, pas de trouble neurologique. »",
]


def test_a_field_presenting_a_person_gives_the_quotation_after_it_to_that_person(gazetteer):
    text, segs = _segment(STATEMENTS, gazetteer)
    assert _at(text, segs, "gardien du refuge").kind == "narrative"
    s = _at(text, segs, "ils avaient l'air pressés")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "M. Fabien Royer", "autre",
                                                     "Provence-Alpes-Côte d'Azur")
    s = _at(text, segs, "je n'ai rien pu faire")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Mme Inès Carrel", "autre")
    s = _at(text, segs, "pas de trouble neurologique")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Dr Louis Favier", "hospitalier")


def test_presented_field_near_misses(gazetteer):
    from corpus.segment.field_records import presented_field_quote

    # a field naming no one ("Message d'accueil"), a name without a description, two quotations, words after it
    assert presented_field_quote("Message d'accueil : Paul Girard, 41 ans. « Appelez le 112. »", gazetteer) is None
    assert presented_field_quote("Témoin : Paul Girard. « Je les ai vus partir. »", gazetteer) is None
    assert presented_field_quote("Témoin : Paul Girard, 41 ans. « Je les ai vus » puis « partir ».", gazetteer) is None
    assert presented_field_quote("Témoin : Paul Girard, 41 ans. « Je les ai vus partir », a-t-il dit au juge.",
                                 gazetteer) is None
    assert presented_field_quote("Témoin : Paul Girard, 41 ans. « Je les ai vus partir. »", gazetteer)["speaker"] \
        == "Paul Girard"


# s33-segr58c: a night log sets each call's fields on one line between bars, the caller's words on the
# line below ("Propos : « … »"): the caller field names the speaker (a first name and an initial, a lone
# first name before what she does). Near misses: a table's row of plain cells over a quotation, a log
# line whose caller field names no one
def test_a_logs_barred_entry_gives_the_words_to_its_caller(gazetteer):
    lines = [
        "Permanence téléphonique de nuit – Centre d'accueil de Limoges",
        "21 h 30 | Appel n°12 | Appelante : Mme Nadia R., 39 ans, connue du service | Demande : mise à l'abri",
        "Propos : « Je suis dehors avec mes deux enfants depuis ce matin, on n'a nulle part où aller ce soir. »",
        "22 h 10 | Appel n°13 | Appelant : Julien, infirmier de l'équipe de rue | Demande : avis",
        "Propos : « Il tremble, il a refusé la couverture, je reste avec lui en attendant votre rappel. »",
        "23 h 05 | Appel n°14 | Appelant : non identifié | Demande : non formulée",
        "Propos : « Allô ? Vous pouvez m'entendre ? Je rappellerai plus tard dans la soirée. »",
    ]
    text, segs = _segment(lines, gazetteer)
    s = _at(text, segs, "dehors avec mes deux enfants")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Nadia R.", "autre")
    s = _at(text, segs, "il a refusé la couverture")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Julien", "infirmier")
    assert _at(text, segs, "Vous pouvez m'entendre").speaker == ""  # near miss: nobody named


def test_a_tables_row_of_plain_cells_is_no_record():
    from corpus.segment.field_records import _bar_fields
    assert _bar_fields("21 h 30 | Appel n°12 | Appelante : Mme Nadia R. | Demande : mise à l'abri")
    assert not _bar_fields("Fonction | Structure | Commune")
    assert not _bar_fields("Infirmière libérale | cabinet infirmier | Limoges")
    assert not _bar_fields("Appelante : Mme Nadia R. | Demande : mise à l'abri")  # two cells: no entry line


REGISTER = [
    "Rapport annuel de l'assistant de prévention – services techniques de Charleville-Mézières",
    "Fiche n° 7 – 12 mars – Voirie",
    "Agent : Kevin D., agent d'entretien de la voirie.",
    "Observation : « Depuis le retour du garage la benne ne se bloque plus, on a failli la prendre sur les pieds. »",
    "Avis porté sur la fiche par le Dr Anne Colin, médecin du travail du centre de gestion : « Je confirme le "
    "risque d'écrasement, je demande l'arrêt du camion. »",
    "La fiche n'est pas signée par le chef d'équipe, qui était en congé ce jour-là et ne l'a vue qu'en avril.",
    "Suite donnée : camion immobilisé, réparation le 20 mars.",
]


def test_a_register_s_sheet_gives_the_observation_to_the_agent(gazetteer):
    # s43 (round 89): "Agent : …" over "Observation : « … »" (field_labels.yaml); the words closed on their
    # line end there: the physician's note below is hers, the next sentence the report's
    text, segs = _segment(REGISTER, gazetteer)
    s = _at(text, segs, "la benne ne se bloque plus")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Kevin D.", "autre")
    assert _at(text, segs, "Agent : Kevin D.").kind not in ("turn", "verbatim")
    s = _at(text, segs, "je demande l'arrêt du camion")
    assert (s.kind, s.speaker) == ("verbatim", "Anne Colin")
    assert _at(text, segs, "La fiche n'est pas signée").kind == "narrative"
