"""A quotation whose lead-in names its speaker by a civility and an initial alone before a speech
verb ("Mme C. a déclaré : « … »"), the text before having presented that person once with an
apposition ("… à l'encontre de Mme C., infirmière libérale exerçant à Auxonne, …"):
segment/presented_names.py, party_speaker. Session 22 (segspeak17, round 40): a disciplinary
decision reporting the parties' words at the hearing."""

from __future__ import annotations

import pytest
from conftest import GAZETTEER_PATH
from segment_text import segment_at, segment_lines

from corpus.segment.regions import load_gazetteer


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer(str(GAZETTEER_PATH))


def speech(segs):
    return [s for s in segs if s.kind in ("verbatim", "turn")]


def test_the_party_presented_before_speaks_at_the_hearing(gazetteer):
    lines = ["Vu la plainte par laquelle M. R. demande une sanction à l'encontre de Mme C., infirmière libérale "
             "exerçant à Auxonne, au motif qu'elle aurait interrompu les soins de sa mère ;",
             "Sur les déclarations faites à l'audience :",
             "Mme C. a déclaré : « J'étais seule depuis le départ de ma collègue. Je n'ai abandonné personne. »",
             "Interrogée par le président sur son dossier de soins, Mme C. a ajouté : « Les transmissions, je les "
             "fais sur papier chez les patients. »"]
    text, segs = segment_lines(lines, gazetteer)
    for snippet in ("J'étais seule", "Les transmissions"):
        s = segment_at(text, segs, snippet)
        assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "Mme C.", "infirmier", "Bourgogne-Franche-Comté")


def test_a_doctor_presented_in_a_report_then_heard(gazetteer):
    # unseen variant: another civility, a doctor, a conciliation report, another verb and region
    lines = ["Le conseil départemental a été saisi par Mme V. d'une plainte contre le Dr L., médecin généraliste "
             "installé à Quimperlé, pour refus de visite à domicile.",
             "Lors de la réunion de conciliation, le Dr L. a expliqué : « Je ne fais plus de visites après dix-neuf "
             "heures, je l'ai écrit sur la porte du cabinet. »"]
    text, segs = segment_lines(lines, gazetteer)
    s = segment_at(text, segs, "Je ne fais plus de visites")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "Dr L.", "medecin_generaliste", "Bretagne")


def test_a_party_never_presented_reading_a_text_is_no_one_s_words(gazetteer):
    # near-miss: the article of the code the rapporteur reads, no party presented, no speech
    lines = ["Après avoir entendu le rapport de Mme D., qui a rappelé les faits ;",
             "Mme D. a lu : « l'infirmier ne peut interrompre ses soins sans en avoir averti le patient »."]
    _, segs = segment_lines(lines, gazetteer)
    assert not [s for s in speech(segs) if s.speaker == "Mme D."]


def test_a_list_of_those_present_is_no_apposition(gazetteer):
    # near-miss (round 30's minutes): "Dr Kessler, Mme Traoré (coordinatrice)" lists two people; the
    # doctor's role is his parenthesis's, never the next person's
    lines = ["Présents : Mme Lebrun, M. Haddad, Dr Kessler, Mme Traoré (coordinatrice). Excusé : Dr Pelletier.",
             "Dr Kessler (MG) répond : « Je veux bien relayer à l'hôpital de Pontoise, mais il me faut des exemples. »"]
    text, segs = segment_lines(lines, gazetteer)
    s = segment_at(text, segs, "Je veux bien relayer")
    assert (s.speaker, s.role) == ("Dr Kessler", "medecin_generaliste")
