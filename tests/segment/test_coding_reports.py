"""Coding reports of qualitative-analysis software pasted in an annex (segment/coding_reports.py):
passages under "<Fichiers\\…\\E04_KINE_Melun> - § 1 référence encodée" are the verbatims of the
file name's code, even when extraction ran the report into one paragraph; look-alikes: a path in
angle brackets with no reference count, a "Référence" line outside any report.
Coded-segment lists headed by tool fields, one variant per tool (MAXQDA in English, QualCoder,
ATLAS.ti, NVivo in English), typeset and extracted; look-alikes: a codebook, a document analysis
(the coded source is a report), a table of participants, a coding-agreement note."""

from __future__ import annotations

import pytest
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.base import split_lines
from corpus.segment.coding_reports import file_parts, split_at_coding_headers

REPORT = [
    "Annexe 3 – Extraction du nœud « Liens ville-hôpital »",
    "Les fichiers sont nommés par le numéro d'entretien, la profession (KINE : masseur-kinésithérapeute ; "
    "SF : sage-femme) et la commune.",
    "<Internals\\Entretiens\\E04_KINE_Melun> - § 2 références encodées [Couverture 2,10 %]",
    "Référence 1 - Couverture 1,20 %",
    "les sorties d'hôpital on les apprenait par les familles, jamais par un courrier",
    "Référence 2 - Couverture 0,90 %",
    "maintenant on a un numéro direct au service",
    "<Internals\\Entretiens\\E09_SF_Meaux> - § 1 référence encodée [Couverture 1,75 %] Référence 1 - "
    "Couverture 1,75 % je suivais les mamans à domicile dès le troisième jour",
    "Source : entretiens menés en 2022.",
]

LOOKALIKES = [
    "Le fichier <C:\\Données\\export.csv> contient les réponses brutes.",
    "Référence 1 - Couverture 3 % du territoire par la fibre, selon l'observatoire.",
    "Les deux références sont citées en bibliographie.",
]


def test_file_name_parts():
    assert file_parts("Fichiers\\Entretiens\\E07_IDEL_Nemours") == ["E07", "IDEL", "Nemours"]
    assert file_parts("Internals/E02_MG_Sens.docx") == ["E02", "MG", "Sens"]


def test_passages_are_verbatims_of_the_coded_interviewee(gazetteer):
    text, segs = _segment(REPORT, gazetteer)
    first = _at(text, segs, "les sorties d'hôpital")
    assert (first.kind, first.speaker, first.role) == ("verbatim", "E04", "kinesitherapeute")
    assert first.region == "Île-de-France"  # Melun, from the file name
    assert _at(text, segs, "maintenant on a un numéro direct").speaker == "E04"
    midwife = _at(text, segs, "je suivais les mamans")  # a report run into one paragraph
    assert (midwife.kind, midwife.speaker, midwife.role) == ("verbatim", "E09", "sage_femme")
    assert _at(text, segs, "Référence 2 - Couverture").kind == "other"
    assert _at(text, segs, "Source : entretiens menés").kind != "verbatim"


def test_no_report_no_cut(gazetteer):
    lines = split_lines("\n".join(LOOKALIKES) + "\n")
    assert split_at_coding_headers(lines) == lines
    text, segs = _segment(LOOKALIKES, gazetteer)
    assert all(s.kind not in ("verbatim", "turn") for s in segs)


# -- coded-segment lists: a header of tool fields above (or around) each segment, one document per tool


def _typeset(tmp_path, title: str, lines: list[str]) -> list[dict]:
    import heldout

    spec = {"doc": {"doc_id": tmp_path.name[:40], "kind": "these", "region": "", "place": ""},
            "pages": [[["bold", title], *[list(t) if isinstance(t, tuple) else ["", t] for t in lines]]]}
    return heldout.segment_document(spec, tmp_path)[1]


def _item(segs: list[dict], snippet: str) -> tuple:
    s = next(x for x in segs if snippet in x["text"])
    return s["kind"], s["speaker"], s["role"], s["region"]


def test_maxqda_fields_in_english_name_the_interview(tmp_path):
    # MAXQDA's English interface: "Document name: … | Paragraph: … | Code: … | Weight: …"
    segs = _typeset(tmp_path, "Annexe 5 – Segments codés « Accès aux soins \\ Délais » (MAXQDA 2022)", [
        "Les documents sont nommés par le numéro d'entretien, la profession (IDEL : infirmière libérale ; "
        "MK : masseur-kinésithérapeute) et la commune.",
        "Document name: E04_IDEL_Quimper | Paragraph: 12 - 14 | Code: Accès aux soins\\Délais | Weight: 0",
        "Pour un dermatologue, on parle de huit mois. Alors je prends des photos et je les envoie au médecin "
        "traitant, on se débrouille.",
        "Document name: E09_MK_Douarnenez | Paragraph: 3 - 3 | Code: Accès aux soins\\Délais | Weight: 0",
        "J'ai une liste d'attente de trois mois pour les bilans, je ne prends plus de nouveaux patients.",
    ])
    assert _item(segs, "je prends des photos") == ("verbatim", "E04", "infirmier", "Bretagne")
    assert _item(segs, "liste d'attente de trois mois") == ("verbatim", "E09", "kinesitherapeute", "Bretagne")
    assert _item(segs, "Paragraph: 12 - 14")[0] == "other"


def test_qualcoder_fields_one_a_line_and_the_coded_text_inline(tmp_path):
    segs = _typeset(tmp_path, "Annexe 6 – Rapport de codage QualCoder, code « Coopération »", [
        "Fichier : E11_pharmacienne_Rodez.txt", "Code : Coopération", "Codeur : default",
        "Texte codé : Le protocole cystite, on l'a monté avec la maison de santé, et maintenant les patientes "
        "passent d'abord par moi.",
        "Fichier : E12_infirmier_Millau.txt", "Code : Coopération", "Codeur : default",
        "Texte codé : Avec le pharmacien on s'appelle tous les jours, c'est lui qui voit les ordonnances.",
    ])
    assert _item(segs, "passent d'abord par moi") == ("verbatim", "E11", "pharmacien", "Occitanie")
    assert _item(segs, "on s'appelle tous les jours") == ("verbatim", "E12", "infirmier", "Occitanie")
    assert not [s for s in segs if s["kind"] == "verbatim" and "Texte codé" in s["text"]]


def test_atlas_quotations_and_their_codes_line(tmp_path):
    segs = _typeset(tmp_path, "Annexe 8 – Citations ATLAS.ti du code « Permanence des soins »", [
        "Citation 4:7 ¶ 31 – 33 dans E04_MG_Lorient", "Codes : ● Permanence des soins",
        "Le samedi matin, on tourne à trois cabinets, et le reste du week-end c'est le 15 qui oriente.",
        "Quotation 6:2 ¶ 8 in E06_SF_Pontivy", "Codes : ● Permanence des soins ● Périnatalité",
        "La nuit, pour une mère qui allaite, il n'y a personne, alors je laisse mon portable allumé.",
    ])
    assert _item(segs, "on tourne à trois cabinets") == ("verbatim", "E04", "medecin_generaliste", "Bretagne")
    assert _item(segs, "je laisse mon portable allumé") == ("verbatim", "E06", "sage_femme", "Bretagne")
    assert _item(segs, "Périnatalité")[0] == "other"


def test_atlas_bare_quotation_headers_in_bold_key_with_equals(tmp_path):
    # ATLAS.ti 23's report: "3:14 ¶ 52 in E03_IDEL_Millau" in bold (no "Citation"), the quotation
    # without guillemets, its "Codes : [..]" line (run into the last sentence by extraction), a memo
    segs = _typeset(tmp_path, "Annexe 6 – Rapport de citations ATLAS.ti (code « Sorties d'hôpital »)", [
        "Chaque document est nommé par le numéro d'entretien, la profession (IDEL = infirmière libérale, "
        "MG = médecin généraliste, PHAR = pharmacien titulaire) et la commune d'exercice.",
        ("bold", "3:14 ¶ 52 in E03_IDEL_Millau"),
        "Quand le patient sort le vendredi soir, on n'a jamais le courrier, on reconstitue le traitement.",
        "Codes : [Sortie d'hospitalisation] [Pharmacie]",
        ("bold", "11:9 ¶ 40 in E11_PHAR_Millau"),
        "Je passe une demi-heure au téléphone pour savoir si on peut substituer. Codes : [Pharmacie] [Temps perdu]",
    ])
    assert _item(segs, "on n'a jamais le courrier") == ("verbatim", "E03", "infirmier", "Occitanie")
    assert _item(segs, "si on peut substituer") == ("verbatim", "E11", "pharmacien", "Occitanie")
    assert _item(segs, "[Temps perdu]")[0] == "other"
    assert _item(segs, "3:14 ¶ 52")[0] == "other"


def test_atlas_bare_headers_unseen_variant(tmp_path):
    # other tool language, other professions and towns, a memo between quotations
    segs = _typeset(tmp_path, "Annexe 4 – Quotations du code « Suivi post-natal »", [
        "Documents : SF = sage-femme libérale, KINE = masseur-kinésithérapeute ; commune en dernier.",
        ("bold", "2:5 ¶ 12 – 14 dans P02_SF_Dax"),
        "Les mamans sortent au bout de quarante-huit heures et je les vois le lendemain à domicile.",
        "Mémo : à comparer avec le discours des médecins sur la sortie précoce.",
        ("bold", "5:1 ¶ 3 dans P05_KINE_Mont-de-Marsan"),
        "La rééducation du périnée, on la commence souvent trop tard, faute de prescription.",
    ])
    assert _item(segs, "je les vois le lendemain") == ("verbatim", "P02", "sage_femme", "Nouvelle-Aquitaine")
    assert _item(segs, "rééducation du périnée") == ("verbatim", "P05", "kinesitherapeute", "Nouvelle-Aquitaine")
    assert _item(segs, "à comparer avec le discours")[0] != "verbatim"


def test_atlas_notation_explained_in_the_method_is_no_report(tmp_path):
    # the method quotes the notation inside a sentence, the key uses "=", codes are listed: no one's words
    segs = _typeset(tmp_path, "2.3 Analyse des données", [
        "Les entretiens (MG = médecin généraliste, IDEL = infirmière libérale) ont été codés dans ATLAS.ti ; "
        "chaque citation est repérée ainsi : 3:14 ¶ 52 in E03_IDEL_Millau, soit le document 3 et le paragraphe 52.",
        "Nous avons retenu trois codes principaux. Codes : [Coordination] [Pharmacie] [Temps perdu]",
    ])
    assert not [s for s in segs if s["kind"] in ("verbatim", "turn")]


def test_nvivo_node_report_in_english_run_together(tmp_path):
    segs = _typeset(tmp_path, "Appendix 2 – NVivo node report « Out-of-hours care »", [
        "<Files\\Interviews\\I06_MG_Tulle> - § 1 reference coded [2,15% Coverage]", "Reference 1 - 2,15% Coverage",
        "Le soir, les patients vont aux urgences de Brive parce qu'ils ne savent pas que la maison médicale de "
        "garde existe.",
        "<Files\\Interviews\\I08_IDE_Ussel> - § 1 reference coded [1,02% Coverage]", "Reference 1 - 1,02% Coverage",
        "Quand il neige, je fais les tournées en 4x4 et certains villages sont coupés deux jours.",
    ])
    assert _item(segs, "maison médicale de garde") == ("verbatim", "I06", "medecin_generaliste", "Nouvelle-Aquitaine")
    assert _item(segs, "je fais les tournées en 4x4") == ("verbatim", "I08", "infirmier", "Nouvelle-Aquitaine")


@pytest.mark.parametrize("lines", [
    # a codebook: codes, definitions, no interview named
    ["Code : Coordination | Définition : échanges entre professionnels autour d'un patient | Occurrences : 42",
     "Code : Charge administrative | Définition : tâches de gestion non soignantes | Occurrences : 17",
     "Code : Territoire | Définition : références au bassin de vie | Occurrences : 9"],
    # a document analysis: the coded source is a report, no one's words
    ["Document : Rapport ARS Occitanie 2021 | Position : 4 - 5 | Code : Gouvernance",
     "La CPTS assure la coordination des parcours sur le territoire et rend compte chaque année à l'agence.",
     "Document : Projet de santé CPTS Sud Aveyron | Position : 12 - 12 | Code : Gouvernance",
     "Le conseil d'administration se réunit quatre fois par an."],
    # a table of participants: interviews described, no field header, no segment
    ["Entretien | Profession | Commune | Durée", "E1 | médecin généraliste | Tulle | 42 min",
     "E2 | infirmière libérale | Ussel | 35 min", "E3 | pharmacien | Brive | 51 min"],
    # a coding agreement note: segments named, codes compared, no words
    ["Segment E3-12 – Codeuse 1 : coordination informelle ; Codeuse 2 : réseau personnel. Décision : coordination.",
     "Segment E7-04 – Codeuse 1 : charge administrative ; Codeuse 2 : temps non rémunéré. Décision : double codage."],
])
def test_look_alikes_of_coded_segment_lists(lines, gazetteer):
    text, segs = _segment(lines, gazetteer)
    assert not [s for s in segs if s.kind in ("turn", "verbatim")]


# -- session 45: fields one line apart by dashes or semicolons, a bare path as the source, the report's
# own key, sources that name no interview, coded extracts set as a table (lines as extraction gives them)


def _seg(text, segs, snippet: str) -> tuple:
    s = _at(text, segs, snippet)
    return s.kind, s.speaker, s.role, s.region


def test_fields_separated_by_dashes_and_the_file_a_listed_participant(gazetteer):
    # QualCoder's "texte codé" report with its fields on one line between dashes; the files are named by
    # the participant codes of the table above, with no profession in the name
    text, segs = _segment(["Annexe D – Rapport « Texte codé » (QualCoder)",
        "| Fichier | Fonction | Commune |",
        "| AS_03 | Assistante sociale de secteur | Privas |",
        "| IDE_07 | Infirmière du centre de santé | Aubenas |",
        "| Comite_pilotage_2 | Réunion du comité, neuf membres | Privas |",
        "Code : Repérage — Fichier : AS_03 — Position : 410-588 — Codeur : MB",
        "Je passe chez eux pour le dossier APA et je vois tout de suite que le frigo est vide.",
        "Code : Repérage — Fichier : IDE_07 — Position : 1022-1190 — Codeur : MB",
        "Moi je les vois deux fois par semaine pour les pansements, c'est moi qui appelle le médecin.",
        "Code : Repérage — Fichier : Comite_pilotage_2 — Position : 77-130 — Codeur : MB",
        "Et qui prévient la famille quand personne ne répond au téléphone ?",
    ], gazetteer)
    assert _seg(text, segs, "le frigo est vide") == ("verbatim", "AS_03", "autre", "Auvergne-Rhône-Alpes")
    assert _seg(text, segs, "deux fois par semaine pour les pansements") == ("verbatim", "IDE_07", "infirmier",
                                                                        "Auvergne-Rhône-Alpes")
    # a meeting's recording names no one: a voice of the meeting, its role unsaid
    assert _seg(text, segs, "qui prévient la famille")[:3] == ("verbatim", "", "inconnu")
    assert _seg(text, segs, "Position : 410-588")[0] == "other"


def test_bare_path_headers_and_the_reports_key_with_a_range(gazetteer):
    # MAXQDA's segments with the document's path as the first, unnamed field; the codes explained by
    # the methods' key, a range of codes standing for each
    text, segs = _segment(["Annexe 3 – Segments codés (MAXQDA)",
        "Huit entretiens ont été codés. Codes : A1 à A5, aides à domicile du service ; D1, directrice de "
        "l'association ; K1, masseur-kinésithérapeute libéral à Guéret.",
        "Entretiens\\A3 ; Alerte\\Chutes ; Position : 14–15",
        "Je l'ai trouvée par terre à huit heures, elle était tombée dans la nuit, je ne savais pas qui appeler.",
        "Entretiens\\K1 ; Alerte\\Chutes ; Position : 3–3",
        "Je la vois le mardi et le vendredi, et personne ne me dit quand elle est tombée.",
        "Journaux\\Cahier_liaison_2023 ; Alerte\\Chutes ; Position : 88–88",
        "Mme R. a mal au genou, je lui ai laissé de la glace au congélateur. Merci de voir avec sa fille.",
        "Segments affichés : 3 sur 21 pour ce code.",
    ], gazetteer)
    assert _seg(text, segs, "je ne savais pas qui appeler") == ("verbatim", "A3", "autre", "Nouvelle-Aquitaine")
    assert _seg(text, segs, "le mardi et le vendredi") == ("verbatim", "K1", "kinesitherapeute", "Nouvelle-Aquitaine")
    # a liaison book's entry: someone wrote it, the export does not say who
    assert _seg(text, segs, "de la glace au congélateur")[:3] == ("verbatim", "", "inconnu")
    assert _seg(text, segs, "Segments affichés")[0] != "verbatim"
    assert _seg(text, segs, "Alerte\\Chutes ; Position : 14")[0] == "other"


def test_a_report_coded_beside_interviews_is_no_speech(gazetteer):
    text, segs = _segment(["Annexe 4 – Segments codés « Gouvernance »",
        "Document : E2_MG_Tulle | Position : 8 - 9 | Code : Gouvernance",
        "Je ne vais pas aux réunions du bureau, je n'ai pas le temps, mais je lis les comptes rendus.",
        "Document : Projet_de_sante_CPTS | Position : 30 - 30 | Code : Gouvernance",
        "Le bureau de l'association se réunit chaque mois et rend compte à l'assemblée générale.",
    ], gazetteer)
    assert _seg(text, segs, "je lis les comptes rendus")[:3] == ("verbatim", "E2", "medecin_generaliste")
    assert _seg(text, segs, "rend compte à l'assemblée générale")[0] not in ("verbatim", "turn")


def test_coded_extracts_set_as_a_table(gazetteer):
    # a Taguette-like export pasted as a table: the document cell names the participant, the extract
    # cell is their words; a field note's row quotes someone in guillemets and stays the author's
    text, segs = _segment(["Annexe 5 – Export des surlignages",
        "Participants : P1 : pâtissier, 9 ans d'ancienneté, habite Nancy. P2 : vendeuse, 3 ans, habite Toul.",
        "| Document | Étiquettes | Extrait surligné |",
        "| P1_fournil.txt | farine ; toux | Le matin, quand on verse les sacs, on tousse tous, même avec le masque. |",
        "| P2_boutique.txt | station debout | Je suis debout de six heures à treize heures, le dos me lâche le jeudi. |",
        "| notes_visite_3.txt | toux | Au pétrin, un ouvrier que je n'ai pas pu nommer : « Ici on ne respire plus. » |",
    ], gazetteer)
    assert _seg(text, segs, "on tousse tous, même avec le masque") == ("verbatim", "P1", "autre", "Grand Est")
    assert _seg(text, segs, "le dos me lâche le jeudi") == ("verbatim", "P2", "autre", "Grand Est")
    quote = _seg(text, segs, "Ici on ne respire plus")
    assert quote[0] == "verbatim" and quote[1] == ""
    assert _seg(text, segs, "un ouvrier que je n'ai pas pu nommer")[0] != "verbatim"
    assert _seg(text, segs, "P1_fournil.txt")[0] == "other"


def test_a_table_of_documents_analysed_is_no_export(gazetteer):
    lines = ["| Document | Code | Extrait |",
             "| Rapport_ARS_2021.pdf | Gouvernance | La CPTS rend compte chaque année à l'agence régionale. |",
             "| Projet_sante_2022.pdf | Parcours | Le parcours diabète est piloté par la commission. |"]
    text, segs = _segment(lines, gazetteer)
    assert not [s for s in segs if s.kind in ("turn", "verbatim")]


def test_atlas_sources_named_by_the_interview_and_a_field_note(gazetteer):
    """s45 (round 93's midwifery memoir): ATLAS.ti names a quotation's document "Entretien SF1", the
    interview of the participant SF1; a field note's quotation is the author's, the words it quotes
    someone's; a memo on a code ("Mémo associé au code « … » :") ends the list's passages."""
    text, segs = _segment([
        "Six infirmières ont été interrogées : IDE1 exerce en libéral à Saint-Laurent-du-Maroni, IDE2 au "
        "centre de santé d'Apatou.",
        "Annexe 4 – Citations ATLAS.ti",
        "3:12 ¶ 40 in Entretien IDE1",
        "Je pars à six heures pour la tournée du fleuve, et je rentre quand la pirogue veut bien.",
        "Codes : [Accès]",
        "5:2 ¶ 9 in Notes de terrain – embarcadère",
        "Une passagère, que je n'ai pas pu interroger, me dit : « Moi je viens de Grand-Santi, j'attends "
        "la pirogue depuis six heures. »",
        "Codes : [Accès]",
        "Mémo associé au code « Accès » : comparer avec les horaires affichés au dispensaire d'Apatou.",
    ], gazetteer)
    first = _seg(text, segs, "la tournée du fleuve")
    assert first[:3] == ("verbatim", "IDE1", "infirmier")
    assert _seg(text, segs, "que je n'ai pas pu interroger")[0] != "verbatim"
    assert _seg(text, segs, "j'attends la pirogue depuis six heures")[:2] == ("verbatim", "")
    assert _seg(text, segs, "comparer avec les horaires affichés")[0] not in ("verbatim", "turn")


def test_dedoose_fields_one_after_the_other_and_a_descriptor(tmp_path):
    # s53 (round 109): Dedoose writes "Media Title: … Excerpt Range: … Descriptors: …" with a space
    # between the fields; a descriptor gives the role the file name's "PH" leaves open
    segs = _typeset(tmp_path, "Annexe 7 – Extraits codés exportés de Dedoose", [
        "Chaque entretien est un « media » nommé par son code, la profession et la commune.",
        "Excerpt 4",
        "Media Title: ENT03_PH_Figeac.docx Excerpt Range: 1200-1512 Descriptors: Profession = pharmacienne titulaire ; Commune = Figeac",
        "Codes Applied: Sorties d'hôpital",
        "Je compare l'ordonnance de sortie avec l'historique, et j'appelle le médecin quand deux anticoagulants se suivent.",
        "Excerpt 9",
        "Media Title: ENT05_IDEL_Capdenac.docx Excerpt Range: 300-610 Descriptors: Profession = infirmière libérale ; Commune = Capdenac-Gare",
        "Codes Applied: Sorties d'hôpital ; Matériel",
        "Le lit médicalisé arrive deux jours après le patient, alors on fait la toilette au fauteuil.",
    ])
    assert _item(segs, "quand deux anticoagulants se suivent") == ("verbatim", "ENT03", "pharmacien", "Occitanie")
    assert _item(segs, "Le lit médicalisé arrive deux jours") == ("verbatim", "ENT05", "infirmier", "Occitanie")
    assert _item(segs, "Excerpt Range: 1200-1512")[0] == "other"
