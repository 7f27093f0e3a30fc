"""s23-segmeet1: a note saying who is who among the full names a transcript's labels give ("Hélène
Varin est coordinatrice du DAC, Thomas Legrand médecin traitant du patient, Martine Hébert …", the
copula said once) gives each label its role, and vouches for a label heard once
(segment/speakers.py participants_named); look-alikes: prose whose names do things, a list
without a copula."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.speakers import participants_named


def _meeting(note, names):
    a, b, c = names
    return ["Annexe 6 – Transcription de la réunion de concertation", note,
            f"Participants : {a}, {b}, {c}",
            f"{a}: Donc la situation de Monsieur R., quatre-vingt-six ans, vit seul depuis l'hiver.",
            f"{b}: Moi je le vois tous les quinze jours, il sait très bien ce qu'il refuse.",
            f"{c}: On passe matin et soir, mais la nuit il n'y a personne.",
            f"{a}: On pourrait demander un passage de nuit à l'équipe mobile.",
            f"{b}: Vous l'avez, je fais le courrier ce soir."]


def test_a_who_is_who_note_gives_each_full_name_label_its_role(gazetteer):
    # the case (round 41): the third speaker, heard once, is a label too
    note = ("Je n'ai corrigé que les noms propres. Hélène Varin est coordinatrice du DAC, Thomas Legrand "
            "médecin traitant du patient, Martine Hébert infirmière du SSIAD.")
    text, segs = _segment(_meeting(note, ("Hélène Varin", "Thomas Legrand", "Martine Hébert")), gazetteer)
    for snippet, speaker, role in (("Donc la situation", "Hélène Varin", "coordinateur"),
                                   ("Moi je le vois", "Thomas Legrand", "medecin_generaliste"),
                                   ("On passe matin et soir", "Martine Hébert", "infirmier"),
                                   ("Vous l'avez", "Thomas Legrand", "medecin_generaliste")):
        s = _at(text, segs, snippet)
        assert (s.kind, s.speaker, s.role) == ("turn", speaker, role), snippet


def test_an_unseen_who_is_who_note_with_et(gazetteer):
    # unseen: other names and professions, the last item after "et"
    note = ("La réunion a été enregistrée. Sophie Marchand est pharmacienne titulaire, Karim Benali "
            "kinésithérapeute libéral et Lucie Roy sage-femme de la PMI.")
    text, segs = _segment(_meeting(note, ("Sophie Marchand", "Karim Benali", "Lucie Roy")), gazetteer)
    assert _at(text, segs, "Donc la situation").role == "pharmacien"
    assert _at(text, segs, "Moi je le vois").role == "kinesitherapeute"
    s = _at(text, segs, "On passe matin et soir")
    assert (s.speaker, s.role) == ("Lucie Roy", "sage_femme")


def test_prose_naming_persons_is_no_who_is_who_note():
    # near misses: names doing things ("est arrivée en retard": no person noun after the copula),
    # a list of descriptions without a copula, one name only
    assert participants_named(["Claire Dubois est arrivée en retard, Paul Martin infirmier l'a remplacée."]) == []
    assert participants_named(["Étaient présents Claire Dubois, infirmière, Paul Martin, pharmacien."]) == []
    assert participants_named(["Claire Dubois est infirmière libérale, elle exerce à Lens."]) == []
    assert participants_named(["Marie Dupont explique que les infirmières, Paul Durand aussi."]) == []
