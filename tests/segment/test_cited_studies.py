"""A literature review quoting the participants of the studies it reviews (segment/cited_studies.py):
"« … » (MG7 ; Morel et al., 2019)", "« … » (infirmière libérale, in Dufour, 2021)": the participant's
words, their role as the study gives it, their region where the review says the study was done.
Session 22 (segspeak17, round 40): a meta-synthesis in a GP thesis."""

from __future__ import annotations

import pytest
from conftest import GAZETTEER_PATH
from segment_text import segment_at, segment_lines

from corpus.segment.cited_studies import cited_study
from corpus.segment.regions import load_gazetteer


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer(str(GAZETTEER_PATH))


def speech(segs):
    return [s for s in segs if s.kind in ("verbatim", "turn")]


def test_participants_of_the_reviewed_studies_speak_where_their_study_was_done(gazetteer):
    lines = ["Morel et al. (2019) ont interrogé quatorze médecins généralistes exerçant dans les Vosges ; Dufour "
             "(2021) a conduit vingt entretiens auprès d'infirmières libérales du Finistère.",
             "Les médecins décrivent une coordination du soir : « La coordination, je la fais le soir, au téléphone, "
             "quand le dernier patient est parti » (MG7 ; Morel et al., 2019).",
             "Les infirmières insistent sur le domicile : « C'est nous qui voyons le patient tous les jours, mais on "
             "n'est jamais invitées aux réunions » (infirmière libérale, in Dufour, 2021)."]
    text, segs = segment_lines(lines, gazetteer)
    gp = segment_at(text, segs, "je la fais le soir")
    assert (gp.kind, gp.speaker, gp.role, gp.region) == ("verbatim", "MG7", "medecin_generaliste", "Grand Est")
    nurse = segment_at(text, segs, "C'est nous qui voyons")
    assert (nurse.kind, nurse.speaker, nurse.role, nurse.region) == ("verbatim", "", "infirmier", "Bretagne")


def test_another_review_with_codes_and_a_cited_by(gazetteer):
    # unseen variant: pharmacists and physiotherapists, other authors and places, "cité par"
    assert cited_study("PH3 ; Lemoine et al., 2018") == ("PH3", "Lemoine")
    lines = ["Lemoine et al. (2018) ont rencontré douze pharmaciens d'officine de Haute-Savoie ; Ricard (2022) a "
             "observé des kinésithérapeutes libéraux du Gers.",
             "« On renouvelle parce qu'il n'y a plus de médecin, mais personne ne nous le demande officiellement » "
             "(PH3 ; Lemoine et al., 2018).",
             "« Je vois la patiente trois fois par semaine, c'est moi qui remarque qu'elle maigrit » "
             "(kinésithérapeute, cité par Ricard, 2022)."]
    text, segs = segment_lines(lines, gazetteer)
    ph = segment_at(text, segs, "On renouvelle parce")
    assert (ph.kind, ph.speaker, ph.region) == ("verbatim", "PH3", "Auvergne-Rhône-Alpes")
    mk = segment_at(text, segs, "Je vois la patiente")
    assert (mk.kind, mk.role, mk.region) == ("verbatim", "kinesitherapeute", "Occitanie")


def test_the_authors_own_words_and_two_studies_cited_stay_citations(gazetteer):
    # near-miss: the authors' conclusion with its page, and two studies cited together
    assert cited_study("Bloch, 2014 ; Hénaut, 2015") is None
    lines = ["Garnier conclut que « la coordination reste une fonction invisible, assumée au prix d'un surtravail "
             "non reconnu » (Garnier, 2020, p. 14).",
             "La coordination « ne se décrète pas et suppose un travail d'articulation entre professionnels » "
             "(Bloch et al., 2014 ; Hénaut, 2015)."]
    _, segs = segment_lines(lines, gazetteer)
    assert not speech(segs)
