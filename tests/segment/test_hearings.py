"""Hearings of a commission (segment/hearings.py): a record whose guests give their function at
their first intervention ("Mme Nadia Ferhat, directrice de la caisse primaire d'assurance maladie
du Doubs.") and whose rapporteur questions them; the chair named after the title ("Mme la
présidente Anne Vidal.", records.py). Look-alikes: a sitting's debate (no hearing), where a
rapporteur is a member speaking and a function stays as records.py reads it."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.base import split_lines
from corpus.segment.hearings import hearing_speakers, is_hearing
from corpus.segment.records import record_speakers

HEARING = [
    "Audition de Mme Nadia Ferhat et de M. Luc Bertin",
    "Mme la présidente Anne Vidal. Nous accueillons nos invités pour cette table ronde sur l'accès aux soins.",
    "Mme Nadia Ferhat, directrice de la caisse primaire d'assurance maladie du Doubs. Nous avons financé "
    "douze communautés professionnelles dans le département.",
    "M. Jean Roux, rapporteur. Madame la directrice, combien de ces communautés ont un coordinateur salarié ?",
    "Mme Nadia Ferhat. Huit sur douze, et les quatre autres recrutent.",
    "M. Luc Bertin, infirmier libéral à Besançon. Sur le terrain, on attend surtout des moyens pour les visites.",
    "Mme la présidente Anne Vidal. Je vous remercie.",
]


def test_a_hearing_s_guests_chair_and_rapporteur(gazetteer):
    text, segs = _segment(HEARING, gazetteer)
    s = _at(text, segs, "Nous avons financé douze communautés")
    assert (s.kind, s.role, s.region) == ("turn", "institutionnel_cpam", "Bourgogne-Franche-Comté")
    s = _at(text, segs, "Huit sur douze")
    assert (s.kind, s.role) == ("turn", "institutionnel_cpam")
    s = _at(text, segs, "on attend surtout des moyens")
    assert (s.kind, s.role, s.region) == ("turn", "infirmier", "Bourgogne-Franche-Comté")
    assert _at(text, segs, "combien de ces communautés").kind == "moderator"  # the rapporteur
    assert _at(text, segs, "Nous accueillons nos invités").kind == "moderator"  # the chair, named
    assert _at(text, segs, "Je vous remercie.").kind == "moderator"


SITTING = [
    "Séance du 12 mars",
    "M. le président. La parole est à M. le rapporteur.",
    "M. Jean Roux, rapporteur. La commission a émis un avis favorable à cet amendement.",
    "Mme Nadia Ferhat, présidente du groupe écologiste. Nous voterons contre.",
    "M. le président. Je mets aux voix l'amendement.",
]


def test_a_sitting_is_no_hearing(gazetteer):
    lines = split_lines("\n".join(SITTING))
    speakers = record_speakers(lines)
    assert not is_hearing(lines, speakers)
    assert hearing_speakers(lines, speakers, gazetteer) == speakers
    text, segs = _segment(SITTING, gazetteer)
    s = _at(text, segs, "La commission a émis un avis favorable")
    assert (s.kind, s.role) == ("turn", "elu")  # the rapporteur speaks as a member in a sitting
    assert _at(text, segs, "Nous voterons contre").role == "elu"


def test_a_document_without_a_record_is_no_hearing():
    lines = split_lines("Audition des usagers\nLes usagers ont été entendus en mars.")
    assert not is_hearing(lines, {})


def test_the_rapporteur_labelled_by_office_alone(gazetteer):
    """records.yaml record_offices (segfix37): "Mme la rapporteure." without a name or a dash labels
    the rapporteur's question in a hearing (the moderator's), not the guest's turn above going on;
    in a sitting "M. le rapporteur." speaks as a member."""
    hearing = [*HEARING[:6], "Mme la rapporteure. Que faudrait-il changer en priorité dans la convention ?",
               "M. Luc Bertin. Des forfaits pour les visites longues."]
    text, segs = _segment(hearing, gazetteer)
    assert _at(text, segs, "Que faudrait-il changer en priorité").kind == "moderator"
    s = _at(text, segs, "on attend surtout des moyens")
    assert "Que faudrait-il" not in text[s.char_start:s.char_end]
    sitting = [*SITTING[:4], "M. le rapporteur. Avis défavorable sur ce second amendement.", SITTING[4]]
    text, segs = _segment(sitting, gazetteer)
    s = _at(text, segs, "Avis défavorable sur ce second")
    assert (s.kind, s.role) == ("turn", "elu")
    assert "Avis défavorable" not in text[_at(text, segs, "Nous voterons contre").char_start:
                                          _at(text, segs, "Nous voterons contre").char_end]


CHAIRED = [
    "Audition de représentants des pharmaciens d'officine en Normandie",
    "M. Bernard Lefort, président. – Nous recevons deux représentants de la profession. Vous avez la parole.",
    "Mme Julie Marchand, présidente de l'URPS pharmaciens de Normandie. – Merci. Les officines rurales "
    "ferment plus vite qu'elles ne s'ouvrent, et personne ne les remplace.",
    "M. Bernard Lefort, président. – Qui devrait les remplacer, selon vous ?",
    "Mme Julie Marchand. – Des pharmaciens aidés à s'installer, comme on l'a fait pour les médecins.",
]


def test_the_member_whose_function_is_only_president_chairs_the_hearing(gazetteer):
    text, segs = _segment(CHAIRED, gazetteer)
    assert _at(text, segs, "Nous recevons deux représentants").kind == "moderator"
    assert _at(text, segs, "Qui devrait les remplacer").kind == "moderator"
    # a guest presiding an organisation is no chair
    s = _at(text, segs, "Les officines rurales ferment")
    assert (s.kind, s.role) == ("turn", "institutionnel_urps")
    assert _at(text, segs, "Des pharmaciens aidés à s'installer").kind == "turn"


def test_a_guest_labelled_by_her_title_in_a_round_table(gazetteer):
    # s44: "Dr Ghislaine Rosemond, médecin généraliste, présidente de la CPTS …. – …" among "M. X, … – …"
    from segment_text import segment_at, segment_lines

    text, segs = segment_lines([
        "Mission d'information sur les soins de premier recours – Comptes rendus des auditions",
        "Ont été entendus : M. Paul Vernet, président d'une fédération de centres de santé ; Dr Line Abel, médecin "
        "généraliste au Robert, présidente de la CPTS du Nord Martinique.",
        "M. le président. – Nous poursuivons nos travaux. Madame la rapporteure, vous avez la parole.",
        "Mme Sophie Marin, rapporteure. – Qu'est-ce que la crise a révélé de vos structures ?",
        "M. Paul Vernet, président d'une fédération de centres de santé. – Que le salariat protège les médecins.",
        "Dr Line Abel, médecin généraliste, présidente de la CPTS du Nord Martinique. – Chez nous, c'est la CPTS "
        "qui a organisé le suivi à domicile sous oxygène.",
        "Mme Sophie Marin, rapporteure. – Faut-il un statut pour ces organisations ?",
        "M. Paul Vernet. – Un financement pérenne, certainement.",
    ], gazetteer)
    doctor = segment_at(text, segs, "suivi à domicile sous oxygène")
    assert (doctor.kind, doctor.speaker, doctor.role) == ("turn", "Line Abel", "medecin_generaliste")
