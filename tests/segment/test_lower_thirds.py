"""A television transcript's captions naming who speaks (segment/lower_thirds.py): the paragraphs
under "SYNTHÉ : Claire Roux, infirmière libérale, Lodève" up to the voice-over's "COMMENTAIRE :" or
a cue "[Musique]" are hers; look-alikes: a single caption, and a caption that names no person
("Bandeau : Les déserts médicaux, un enjeu national")."""

from __future__ import annotations

from corpus.segment.base import split_lines
from corpus.segment.lower_thirds import lower_third_boxes

DOC = [
    "Annexe 5 – « Une journée à Aurillac », reportage (26 min), transcription",
    "COMMENTAIRE : Il est huit heures. Sophie commence sa tournée par Jeanne, 91 ans.",
    "SYNTHÉ : Sophie Vidal, infirmière libérale, Aurillac",
    "Jeanne, c'est ma première tous les matins. Si je ne viens pas, personne ne vient.",
    "- Vous avez bien dormi ? - Pas trop, non. - On va regarder ce pansement, alors.",
    "[Musique]",
    "COMMENTAIRE : À midi, Sophie retrouve le médecin du bourg.",
    "SYNTHÉ : Dr Paul Mercier, médecin généraliste, Aurillac",
    "Sans les infirmières, je ne pourrais pas garder ces patients chez eux.",
]


def _boxes(texts, gazetteer):
    lines = split_lines("\n".join(texts) + "\n")
    return {i: (b["speaker"], b["_last"], b["role"], b["region"]) for i, b in
            lower_third_boxes(lines, {0: 0}, gazetteer).items()}


def test_the_words_under_a_caption_are_the_captioned_persons(gazetteer):
    assert _boxes(DOC, gazetteer) == {3: ("Sophie Vidal", 4, "infirmier", "Auvergne-Rhône-Alpes"),
                                      8: ("Dr Paul Mercier", 8, "medecin_generaliste", "Auvergne-Rhône-Alpes")}


def test_a_single_caption_makes_no_transcript(gazetteer):
    assert _boxes(DOC[:6], gazetteer) == {}


def test_captions_naming_no_person_are_not_read(gazetteer):
    texts = ["BANDEAU : Les déserts médicaux, un enjeu national", "Le Cantal a perdu dix médecins en cinq ans.",
             "BANDEAU : La télémédecine, une réponse ?", "Trois cabines ont ouvert en 2022."]
    assert _boxes(texts, gazetteer) == {}


# session 17 (segroles8): a news report's script ("conducteur"): the voice-over's "OFF : …", each
# soundbite under an "ITW – name, function" line, one of which the extraction ran into its soundbite;
# round 33's conducteur_jt_off_itw_…_lannemezan
SCRIPT = [
    "Sujet 4 – La maison de santé de Lannemezan, un an après – 1'45",
    "OFF : Un an après son ouverture, la maison de santé accueille déjà 4 000 patients qui n'avaient plus de médecin traitant.",
    "ITW – Dr Claire Bordes, médecin généraliste",
    "On a pris tous les patients qu'on pouvait, mais on refuse encore des familles chaque semaine.",
    "OFF : La commune a financé les murs. Elle envisage désormais un logement pour les internes.",
    "ITW – Jean-Marc Souquet, adjoint au maire chargé de la santé Si un interne trouve un logement à deux "
    "cents mètres du cabinet, il a une bonne raison de revenir s'installer ici.",
    "ITW – Laure Abadie, infirmière libérale",
    "Le vrai changement pour nous, c'est la réunion du jeudi où on parle des patients difficiles.",
]


def test_a_script_s_interview_lines_caption_the_soundbites_and_the_voice_over_narrates(gazetteer):
    from segment_text import segment_at, segment_lines

    text, segs = segment_lines(SCRIPT, gazetteer)
    for said in ("accueille déjà 4 000 patients", "La commune a financé les murs", "Dr Claire Bordes, médecin"):
        assert segment_at(text, segs, said).kind == "narrative", said
    doctor = segment_at(text, segs, "On a pris tous les patients")
    assert (doctor.speaker, doctor.role) == ("Dr Claire Bordes", "medecin_generaliste")
    assert doctor.kind in ("turn", "verbatim")
    # the caption run into its soundbite is cut before the soundbite's first sentence
    deputy = segment_at(text, segs, "Si un interne trouve un logement")
    assert (deputy.speaker, deputy.role) == ("Jean-Marc Souquet", "elu") and deputy.kind in ("turn", "verbatim")
    nurse = segment_at(text, segs, "Le vrai changement pour nous")
    assert (nurse.speaker, nurse.role) == ("Laure Abadie", "infirmier")


def test_an_interviewer_s_itw_turns_are_no_captions(gazetteer):
    # "ITW :" labels the interviewer's questions too: a question after the comma describes nobody
    texts = ["Entretien avec une infirmière de Lannemezan.",
             "ITW : Bonjour, vous exercez depuis longtemps ici ?",
             "Depuis douze ans, au cabinet du centre.",
             "ITW : Alors, qu'est-ce que la maison de santé a changé ?",
             "On se parle enfin entre nous, voilà."]
    assert _boxes(texts, gazetteer) == {}
