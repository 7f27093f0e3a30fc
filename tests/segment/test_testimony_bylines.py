"""First-person testimonies without quotation marks under a byline ("Par Odile, 58 ans, dialysée
à Lorient") or signed at their end ("– Yannick, 63 ans, greffé, Pontivy") (segment/
testimony_bylines.py). Look-alikes: a journalist's byline over her own article, a first-person
editorial signed with a full name and a function, a byline over a paragraph in the third person."""

from __future__ import annotations

import pytest
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.testimony_bylines import byline_person, interviewee_line


def test_bylines_and_signatures_of_lay_people():
    assert byline_person("Par Odile, 58 ans, dialysée à Lorient") == ("Odile", "58 ans, dialysée à Lorient", "top")
    assert byline_person("– Yannick, 63 ans, greffé, Pontivy") == ("Yannick", "63 ans, greffé, Pontivy", "end")
    assert byline_person("Témoignage de Lucie, 34 ans, aidante de sa mère") is not None


@pytest.mark.parametrize("line", ["Par Marie Dupont, journaliste", "Par Marie, journaliste à Vannes",
                                  "– Dr Olivier Bréchet, président de la CPTS du Bocage, 58 ans",
                                  "Par ailleurs, 58 ans après la loi, rien n'a changé"])
def test_lines_that_name_no_lay_testimony(line):
    assert byline_person(line) is None


def test_a_newsletter_with_a_byline_and_a_signed_testimony(gazetteer):
    lines = ["Témoignage",
             "Par Odile, 58 ans, dialysée à Lorient",
             "Je suis dialysée trois fois par semaine depuis 2019. Quand le covid est arrivé, j'ai eu très peur.",
             "C'est mon infirmière libérale qui a tout repris en main. Elle appelait le centre de dialyse.",
             "La rédaction rappelle que la CPTS du pays de Lorient propose un parcours pour les patients.",
             "Depuis ma greffe, je vois moins de monde, mais le lien est resté avec mon médecin.",
             "– Yannick, 63 ans, greffé, Pontivy"]
    text, segs = _segment(lines, gazetteer, doc={"kind": "autre"})
    odile = _at(text, segs, "Je suis dialysée trois fois")
    assert (odile.kind, odile.speaker, odile.role, odile.region) == ("verbatim", "Odile", "autre", "Bretagne")
    assert _at(text, segs, "C'est mon infirmière libérale") is odile
    assert _at(text, segs, "La rédaction rappelle").kind == "narrative"
    yannick = _at(text, segs, "Depuis ma greffe")
    assert (yannick.kind, yannick.speaker, yannick.region) == ("verbatim", "Yannick", "Bretagne")


def test_an_editorial_and_an_article_stay_prose(gazetteer):
    lines = ["Le mot du président",
             "Cette année encore, je veux remercier chacune et chacun d'entre vous pour le travail accompli.",
             "– Dr Olivier Bréchet, président de la CPTS du Bocage vendéen",
             "Par Marie Dupont, journaliste",
             "La CPTS du pays de Lorient a ouvert un parcours pour les patients dialysés en 2022.",
             "Par Marc, 45 ans, infirmier à Vannes",
             "La tournée de Marc commence à six heures, avant l'ouverture des cabinets."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "autre"})
    assert all(s.kind not in ("verbatim", "turn") for s in segs)


# segfix32 (round 26, 'Propos recueillis par'): a press testimony opens on a chapeau presenting the
# person with their age and a speech verb, gives their words in the first person without marks, and
# closes on the interview's closer.
CHAPEAU = [
    "Nadia B., 39 ans, infirmière libérale à Saint-Denis (Seine-Saint-Denis), raconte ses tournées pendant les "
    "confinements.",
    "Au printemps 2020, les médecins ne faisaient plus de visites. Moi je continuais, avec un masque que je gardais "
    "toute la journée.",
    "Aujourd'hui, avec la CPTS, j'ai un numéro pour faire passer un médecin. Ce n'est pas parfait.",
    "Propos recueillis par Julien Marchal",
]


def test_a_chapeau_and_a_closer_frame_a_testimony(gazetteer):
    from corpus.segment.testimony_bylines import chapeau_person
    assert chapeau_person(CHAPEAU[0]) == ("Nadia B.", "39 ans, infirmière libérale à Saint-Denis (Seine-Saint-Denis)")
    assert chapeau_person("Nadia Bensaïd, infirmière libérale, raconte ses tournées.") is None  # no age: a source, not a testimony
    text, segs = _segment(CHAPEAU, gazetteer, doc={"kind": "presse"})
    s = _at(text, segs, "Au printemps 2020")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "Nadia B.", "infirmier", "Île-de-France")
    assert _at(text, segs, "avec la CPTS, j'ai un numéro") is s
    # the same chapeau over a journalist's report, without the closer: the paragraphs stay the article's
    report = CHAPEAU[:3] + ["La CPTS compte aujourd'hui quarante adhérents."]
    text2, segs2 = _segment(report, gazetteer, doc={"kind": "presse"})
    assert not [x for x in segs2 if x.kind in ("verbatim", "turn")]


# A DAC's newsletter (segfix42): the person interviewed named in an italic line over her words, set
# without guillemets; the first paragraph tells the story before she says "je".
TOLD = ["Et si je n'avais pas appelé ?",
        "Propos recueillis auprès de Samia, qui accompagne sa mère au Port depuis son AVC.",
        "Maman est rentrée de l'hôpital un vendredi soir avec un sac de médicaments et aucun rendez-vous. Le kiné ne "
        "pouvait venir que dans trois semaines, l'infirmière ne savait pas qu'elle était sortie.",
        "Le lundi j'ai appelé le numéro écrit sur une affiche de la pharmacie. Le soir même j'avais une infirmière.",
        "Celle qui a pris l'appel, Kelly, coordinatrice de parcours, s'en souvient : « C'est typique : tout le monde "
        "fait bien son travail, mais personne ne sait que les autres existent. »"]


def test_the_words_under_a_line_naming_the_person_interviewed_are_hers(gazetteer):
    text, segs = _segment(TOLD, gazetteer, doc={"kind": "autre"})
    samia = _at(text, segs, "Maman est rentrée de l'hôpital")
    assert (samia.kind, samia.speaker, samia.role) == ("verbatim", "Samia", "autre")
    assert _at(text, segs, "Le lundi j'ai appelé") is samia
    assert _at(text, segs, "Propos recueillis auprès de Samia").kind == "narrative"
    kelly = _at(text, segs, "tout le monde fait bien son travail")  # someone else's words end hers
    assert (kelly.kind, kelly.speaker, kelly.role) == ("verbatim", "Kelly", "coordinateur")
    assert "Celle qui a pris l'appel" not in text[samia.char_start:samia.char_end]


def test_propos_recueillis_par_names_the_journalist(gazetteer):
    lines = ["Et si je n'avais pas appelé ?", "Propos recueillis par Julien M.", *TOLD[2:4]]
    text, segs = _segment(lines, gazetteer, doc={"kind": "autre"})
    assert _at(text, segs, "Maman est rentrée de l'hôpital").kind == "narrative"


def test_interviewee_lines():
    assert interviewee_line("Propos recueillis auprès de Samia, qui accompagne sa mère au Port.") == \
        ("Samia", "qui accompagne sa mère au Port")
    assert interviewee_line("Propos recueillis auprès d'Odile") == ("Odile", "")
    assert interviewee_line("Propos recueillis par Julien M.") is None
    assert interviewee_line("Propos recueillis auprès des habitants du quartier") is None


def test_a_line_naming_the_person_over_words_in_the_third_person_stays_prose(gazetteer):
    lines = ["Une journée au DAC", "Propos recueillis auprès de Samia, qui accompagne sa mère au Port.",
             "Sa mère est rentrée de l'hôpital un vendredi soir. Le kiné ne pouvait venir que dans trois semaines."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "autre"})
    assert _at(text, segs, "Sa mère est rentrée").kind == "narrative"
