"""Survey reports that quote free answers after the respondent's ID written with a hash mark
("#R124 – titulaire, officine rurale – « … »", conventions.CODE_SUBJECT): the ID is the speaker,
as "R124 – …" would be; look-alikes: IDs named in a sentence, a campaign's hashtag before its
slogan."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment


def test_hash_ids_of_pharmacists_are_speakers(gazetteer):
    text, segs = _segment([
        "L'enquête a été adressée aux officines de la Marne. Les réponses libres sont citées avec l'identifiant "
        "du répondant et leur orthographe d'origine.",
        "#R124 – titulaire, officine rurale – « on vaccine ENTRE deux clients, pas de rdv possible pcq on est "
        "deux au comptoir »",
        "#R31 – adjointe, officine de centre commercial, Reims – « Les gens préfèrent venir chez nous que chez "
        "le médecin, ils savent qu'on est ouverts le samedi. »",
    ], gazetteer)
    first = _at(text, segs, "pas de rdv possible")
    assert (first.kind, first.speaker.lstrip("#"), first.role) == ("verbatim", "R124", "pharmacien")
    assert _at(text, segs, "ouverts le samedi").speaker.lstrip("#") == "R31"


def test_unseen_variant_nurses_hash_ids_with_colon(gazetteer):
    # other profession, other IDs and places, the description after a comma and a colon
    text, segs = _segment([
        "Les infirmières libérales du Cantal ont répondu au questionnaire en ligne ; les verbatims sont "
        "repérés par le numéro du répondant.",
        "#P12, infirmière libérale, Aurillac : « je fais quatre-vingts kilomètres par jour pour six patients, "
        "personne ne veut reprendre la tournée »",
        "#P40, infirmier libéral, Saint-Flour : « Le cabinet tourne à deux depuis que la collègue est partie, "
        "on ne prend plus de nouveaux patients. »",
    ], gazetteer)
    first = _at(text, segs, "quatre-vingts kilomètres")
    assert (first.kind, first.speaker.lstrip("#"), first.role) == ("verbatim", "P12", "infirmier")
    assert _at(text, segs, "plus de nouveaux patients").speaker.lstrip("#") == "P40"


def test_hash_ids_in_narrative_and_a_campaign_hashtag_are_no_ones_words(gazetteer):
    text, segs = _segment([
        "Le répondant #R124 n'a pas précisé le type de son officine ; #R31 et #R207 exercent en ville.",
        "La campagne #VaccinationOfficine2023 – « Tous protégés, près de chez vous » – a été affichée dans les "
        "vitrines en octobre.",
    ], gazetteer)
    assert not [s for s in segs if s.kind in ("verbatim", "turn")]
