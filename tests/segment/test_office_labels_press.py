"""A press conference's transcript whose answers are labelled by the OFFICE and its body ("Le
directeur général de l'ARS :", "Le président de l'URPS :"), the persons named only in the standfirst
("M. Marc Levasseur, directeur général de l'ARS, et le Dr Salim Attoumani, président de l'URPS
médecins libéraux"), the journalists' questions labelled "Question (medium) :"
(segment/function_labels.py, lang/fr/function_labels.yaml function_label_complements and
function_label_questions): answers are turns of the person the standfirst names with that office,
the role the office and its body say; questions are the moderator's. Near-misses: a report's
paragraphs headed "Le rôle de la CPTS :", a FAQ's "Question :" alone."""

from __future__ import annotations

import pytest
from conftest import GAZETTEER_PATH
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.base import split_lines
from corpus.segment.function_labels import function_label, function_label_speakers
from corpus.segment.regions import load_gazetteer


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer(str(GAZETTEER_PATH))


CASE = [
    "Plan d'urgence médecine de ville : transcription de la conférence de presse du 5 septembre 2024",
    "Mamoudzou. M. Marc Levasseur, directeur général de l'ARS, et le Dr Salim Attoumani, président de l'URPS "
    "médecins libéraux, ont présenté les mesures pour attirer des médecins à Mayotte.",
    "Question (Mayotte la 1ère) : Combien de médecins généralistes exercent aujourd'hui en libéral sur l'île ?",
    "Le directeur général de l'ARS : Nous avons aujourd'hui vingt-trois médecins généralistes libéraux.",
    "Question (Kwezi TV) : Les médecins libéraux ont-ils été associés à ces mesures ?",
    "Le président de l'URPS : Oui, et c'est nouveau. Nous avons demandé des secrétariats partagés.",
    "Question (Mayotte la 1ère) : Et pour le sud de l'île ?",
    "Le président de l'URPS : Le sud est le plus touché. Nous voulons un centre de santé à Bouéni.",
    "Fin de la transcription.",
]

# other offices and bodies (a feminine office, an elided article), "Journaliste (…)", another place
VARIANT = [
    "Vaccination : les annonces du 14 octobre à Limoges",
    "Point presse avec Mme Sophie Delmas, directrice de la CPAM de la Haute-Vienne, et M. Alain Rivet, "
    "adjoint au maire de Limoges chargé de la santé.",
    "Journaliste (France Bleu) : Quand le centre de vaccination ouvrira-t-il ?",
    "La directrice de la CPAM : Lundi prochain. Nous avons recruté douze infirmières pour la première semaine.",
    "Journaliste (Le Populaire) : Et la salle, qui la fournit ?",
    "L'adjoint au maire de Limoges : C'est la ville. Nous prêtons le gymnase et nous payons le chauffage.",
    "Journaliste (France Bleu) : Jusqu'à quand ?",
    "La directrice de la CPAM : Tant que la demande sera là, au moins jusqu'en mars.",
]

# a report whose paragraphs are headed by a topic "of" a body; a FAQ's questions
REPORT = [
    "Synthèse du diagnostic territorial",
    "Le rôle de la CPTS : elle coordonne les parcours et anime les réunions pluriprofessionnelles du territoire.",
    "La place de l'ARS : elle finance le projet pendant trois ans puis évalue les résultats.",
    "Le rôle de la CPTS : elle porte aussi la réponse aux soins non programmés depuis 2022.",
    "La place de l'ARS : elle siège au comité de pilotage avec voix consultative.",
    "Question : Qui peut adhérer à la CPTS ? Tout professionnel de santé du territoire.",
    "Question : Combien coûte l'adhésion ? Vingt euros par an.",
]


def test_press_conference(gazetteer):
    text, segs = _segment(CASE, gazetteer)
    s = _at(text, segs, "vingt-trois médecins")
    assert (s.kind, s.speaker, s.role) == ("turn", "Marc Levasseur", "institutionnel_ars")
    s = _at(text, segs, "secrétariats partagés")
    assert (s.kind, s.speaker, s.role) == ("turn", "Salim Attoumani", "institutionnel_urps")
    assert _at(text, segs, "Le sud est le plus touché").speaker == "Salim Attoumani"
    assert _at(text, segs, "Combien de médecins").kind == "moderator"
    assert _at(text, segs, "associés à ces mesures").kind == "moderator"


def test_unseen_variant(gazetteer):
    text, segs = _segment(VARIANT, gazetteer)
    s = _at(text, segs, "douze infirmières")
    assert (s.kind, s.speaker) == ("turn", "Sophie Delmas")
    s = _at(text, segs, "nous payons le chauffage")
    assert (s.kind, s.speaker, s.role) == ("turn", "Alain Rivet", "elu")
    assert _at(text, segs, "qui la fournit").kind == "moderator"


def test_near_misses(gazetteer):
    assert function_label_speakers(split_lines("\n".join(REPORT) + "\n")) == {}
    # a question label names its medium: an interview's bare "Journaliste :" is another reader's
    assert function_label("Journaliste : Bonjour à tous, en direct de Fort-de-France.") is None
    text, segs = _segment(REPORT, gazetteer)
    assert not [s for s in segs if s.kind in ("turn", "verbatim")]


# the holder named in the label's parenthesis, a hearing's minutes (no standfirst)
HEARING = [
    "Commission santé du conseil départemental – audition du 3 juin 2024 (Nevers)",
    "La présidente de la commission (Mme Odile Berthier) : Monsieur le directeur, où en sont les CPTS ?",
    "Le directeur de la délégation départementale de l'ARS (M. Paul Ménard) : Le département est couvert "
    "aux deux tiers, il reste le Morvan.",
    "La présidente de la commission (Mme Odile Berthier) : Et l'assurance maladie ?",
    "La directrice de la CPAM de la Nièvre (Mme Léa Simonin) : Nous finançons, mais nous manquons "
    "d'interlocuteurs stables.",
]


def test_holder_in_the_parenthesis(gazetteer):
    text, segs = _segment(HEARING, gazetteer)
    s = _at(text, segs, "il reste le Morvan")
    assert (s.kind, s.speaker, s.role) == ("turn", "M. Paul Ménard", "institutionnel_ars")
    s = _at(text, segs, "interlocuteurs stables")
    assert (s.kind, s.speaker, s.role) == ("turn", "Mme Léa Simonin", "institutionnel_cpam")
