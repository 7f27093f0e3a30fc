"""First-person testimonies without quotation marks under a byline ("Par Odile, 58 ans, dialysée
à Lorient") or signed at their end ("– Yannick, 63 ans, greffé, Pontivy") (segment/
testimony_bylines.py). Look-alikes: a journalist's byline over her own article, a first-person
editorial signed with a full name and a function, a byline over a paragraph in the third person."""

from __future__ import annotations

import pytest
from segment_text import heading_structure, line_styles
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.testimony_bylines import byline_person, initialled_signature, interviewee_line


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


def _structure(text, headings):
    starts = [text.index(h) for h in headings] + [len(text)]
    return [{"char_start": a, "char_end": b, "kind": "body", "heading": h}
            for h, a, b in zip(headings, starts, starts[1:])]


def _styles(lines, marked):
    out, pos = [], 0
    for i, t in enumerate(lines):
        if i in marked:
            out.append({"char_start": pos, "char_end": pos + len(t), "style": "italic"})
        pos += len(t) + 1
    return out


def test_a_signed_rubric_is_its_signers_words(gazetteer):
    """s25-segr44a (round 44): an opinion piece and the right of reply, each signed at its end with a
    full name and a function; the editors' italic chapo and note stay theirs."""
    heads = ["Libre opinion – « Les gardes, ce n'est pas que pour les autres »", "Droit de réponse"]
    lines = [heads[0], "Les textes publiés dans cette rubrique n'engagent que leurs auteurs.",
             "Depuis trois ans, je vois chaque week-end des patients qui n'ont trouvé personne.",
             "Quand un confrère refuse la garde, c'est aux infirmières qu'il laisse la charge de ses patients.",
             "Sophie Jeunet, infirmière libérale à Lons-le-Saunier",
             heads[1], "Mis en cause, le Dr Perrod nous a adressé la réponse suivante.",
             "Je n'ai jamais refusé de prendre en charge mes patients.",
             "Dr Marc Perrod, médecin généraliste, Lons-le-Saunier",
             "NDLR : la rédaction maintient l'exactitude de la citation."]
    text = "\n".join(lines) + "\n"
    _, segs = _segment(lines, gazetteer, doc={"kind": "presse"}, structure=_structure(text, heads),
                       styles=_styles(lines, {1, 6, 9}))
    s = _at(text, segs, "je vois chaque week-end")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "Sophie Jeunet", "infirmier", "Bourgogne-Franche-Comté")
    assert _at(text, segs, "c'est aux infirmières qu'il laisse") is s
    s = _at(text, segs, "Je n'ai jamais refusé")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Marc Perrod", "medecin_generaliste")
    for snippet in ("n'engagent que leurs auteurs", "nous a adressé la réponse", "la rédaction maintient"):
        assert _at(text, segs, snippet).kind == "narrative"


def test_an_unseen_open_letter(gazetteer):
    """Unseen: another rubric, another trade and place."""
    heads = ["Lettre ouverte aux élus du Pays basque"]
    lines = [heads[0], "Nous, pharmaciens du secteur, voyons chaque jour des patients sans médecin traitant.",
             "Je vous demande de soutenir la maison de santé promise depuis quatre ans.",
             "Ainhoa Etcheverry, pharmacienne titulaire à Hasparren"]
    text = "\n".join(lines) + "\n"
    _, segs = _segment(lines, gazetteer, doc={"kind": "presse"}, structure=_structure(text, heads))
    s = _at(text, segs, "voyons chaque jour des patients")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "Ainhoa Etcheverry", "pharmacien", "Nouvelle-Aquitaine")


def test_a_journalists_article_under_another_heading_stays_prose(gazetteer):
    """Near-miss: an article signed by its journalist under a news heading, and a rubric closed by no
    signature of a trade."""
    heads = ["Santé : la maison de santé ouvrira en mars", "Tribune"]
    lines = [heads[0], "Je suis allée à la réunion publique de mardi, où la maire a annoncé l'ouverture.",
             "Claire Dumas, journaliste à Lons-le-Saunier",
             heads[1], "Je crois que nous devons tous prendre notre part de la permanence des soins.",
             "Merci à tous."]
    text = "\n".join(lines) + "\n"
    _, segs = _segment(lines, gazetteer, doc={"kind": "presse"}, structure=_structure(text, heads))
    assert _at(text, segs, "Je suis allée à la réunion").kind == "narrative"
    assert _at(text, segs, "Je crois que nous devons").kind == "narrative"


def test_a_collectives_op_ed_over_its_signatories_stays_its_authors_voice(gazetteer):
    """Near-miss (round 34's negative): a collective's "nous" op-ed under "Tribune", signed by a block of
    signatories one a line: the authors write in their own name, no one's reported words."""
    heads = ["Tribune. « Ne faites pas de nous des gestionnaires de files d'attente »"]
    lines = [heads[0], "Nous, médecins généralistes de la vallée, exerçons pour la plupart seuls ou à deux.",
             "Nous avons créé une CPTS pour nous organiser entre nous.",
             "Les signataires :",
             "Dr Pierre Aubanel, médecin généraliste, Largentière",
             "Dr Sophie Merlin, médecin généraliste, Joyeuse"]
    text = "\n".join(lines) + "\n"
    _, segs = _segment(lines, gazetteer, doc={"kind": "presse"}, structure=_structure(text, heads))
    assert all(s.kind not in ("verbatim", "turn") for s in segs)


# s26-segleft2 (round 42's co-written article): a box titled "Encadré 2 – …" holding italic paragraphs
# in the first person, without guillemets, signed on the roman line below them by a full name and a
# description of a person (a patient partner: no profession): her words, both paragraphs one item.
def test_a_box_of_italic_first_person_paragraphs_signed_below(gazetteer):
    heads = ["Encadré 2 – Le regard de la patiente partenaire"]
    lines = ["Les professionnels évoquent d'abord une gêne initiale.", heads[0],
             "Quand on m'a proposé de rejoindre le groupe, j'ai cru qu'on voulait une patiente pour la photo.",
             "Ce qui a changé, c'est le jour où l'on m'a envoyé le compte rendu avant la réunion.",
             "Chantal Moreau, patiente partenaire, coautrice de cet article",
             "Cette démarche suppose des moyens : indemnisation des patientes, temps de coordination."]
    text = "\n".join(lines) + "\n"
    structure = [{"char_start": 0, "char_end": text.index(heads[0]), "kind": "body", "heading": ""}] \
        + _structure(text, heads)
    _, segs = _segment(lines, gazetteer, doc={"kind": "article"}, structure=structure, styles=_styles(lines, {2, 3}))
    s = _at(text, segs, "j'ai cru qu'on voulait une patiente")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Chantal Moreau", "autre")
    assert _at(text, segs, "le compte rendu avant la réunion") is s
    assert _at(text, segs, "indemnisation des patientes").kind == "narrative"


def test_an_unseen_signed_box_and_a_box_in_the_third_person(gazetteer):
    # unseen: a carer's box in a health centre's report, in bold
    heads = ["Encadré 4 – La parole d'un aidant"]
    lines = [heads[0],
             "Je m'occupe de ma femme depuis sa maladie. Sans l'infirmière du soir, je n'aurais pas tenu l'hiver.",
             "Marc Lefèvre, aidant de son épouse, membre du comité des usagers",
             "Le centre de santé a ouvert un groupe de parole en 2023."]
    text = "\n".join(lines) + "\n"
    _, segs = _segment(lines, gazetteer, doc={"kind": "rapport"}, structure=_structure(text, heads),
                       styles=_styles(lines, {1}))
    s = _at(text, segs, "je n'aurais pas tenu l'hiver")
    assert (s.kind, s.speaker) == ("verbatim", "Marc Lefèvre")
    # near miss: the box tells about the person in the third person: the authors' text, a byline under it
    lines[1] = "Il s'occupe de sa femme depuis sa maladie. Sans l'infirmière du soir, il n'aurait pas tenu l'hiver."
    text = "\n".join(lines) + "\n"
    _, segs = _segment(lines, gazetteer, doc={"kind": "rapport"}, structure=_structure(text, heads),
                       styles=_styles(lines, {1}))
    assert _at(text, segs, "il n'aurait pas tenu l'hiver").kind == "narrative"


# s27-segfound2: a union newsletter's testimony in the first person, signed at its end with a first
# name and a function but no age, the interview's closer right under the signature: the closer vouches
# that the paragraphs above are the signer's. Unseen variant: a nurse in Lozère.
CLOSED = [
    "La parole aux adhérentes",
    "Chaque trimestre, une consœur décrit sa tournée.",
    "Depuis l'ouverture de la maison de santé, je passe chaque matin voir les pansements difficiles.",
    "On a appris à se parler entre professions. Les médecins me laissent adapter les traitements.",
    "Sabine, infirmière libérale à Marvejols (Lozère)",
    "Propos recueillis par la rédaction.",
]


def test_a_signature_above_the_closer_gives_the_paragraphs_to_the_signer(gazetteer):
    text, segs = _segment(CLOSED, gazetteer, doc={"kind": "presse"})
    s = _at(text, segs, "Depuis l'ouverture de la maison de santé")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "Sabine", "infirmier", "Occitanie")
    assert _at(text, segs, "On a appris à se parler") is s
    assert _at(text, segs, "Chaque trimestre, une consœur").kind == "narrative"


def test_an_editorial_signed_without_a_closer_stays_the_writers_prose(gazetteer):
    # near miss (round 21's "Le mot du président"): the same signature, no closer under it
    lines = ["Le mot de la présidente",
             "Cette année encore, je veux remercier chacune et chacun de vous pour votre engagement.",
             "Sabine Roux, présidente de la CPTS du Gévaudan"]
    text, segs = _segment(lines, gazetteer, doc={"kind": "rapport"})
    assert _at(text, segs, "Cette année encore").kind == "narrative"


# s27-segfound2: a daily's testimony column whose chapeau presents the person with her full name, her
# age and a verb of being, then says she speaks with a pronoun; the editor's quoted intertitle cuts
# her words in two; the closer ends them. Unseen variant: a rural GP in Cantal.
PRESENTED = [
    "Gérard Vidal, 63 ans, est médecin généraliste à Riom-ès-Montagnes depuis 1991. Pour notre série "
    "sur les déserts médicaux, il raconte son dernier hiver.",
    "Quand la neige a bloqué le col, j'avais encore douze visites à faire dans la semaine.",
    "On s'est relayés avec l'infirmière du bourg, chacun sa vallée.",
    "« La neige décide de tout »",
    "Beaucoup de patients ne m'appellent plus, ils attendent le printemps. Je m'inquiète pour eux.",
    "Propos recueillis par Anne Séguy",
]


def test_a_presenting_chapeau_and_a_closer_frame_a_testimony_cut_by_an_intertitle(gazetteer):
    from corpus.segment.testimony_bylines import chapeau_person
    assert chapeau_person(PRESENTED[0]) == ("Gérard Vidal",
                                            "63 ans, médecin généraliste à Riom-ès-Montagnes depuis 1991")
    styles = line_styles(PRESENTED, {3}, "bold")
    text, segs = _segment(PRESENTED, gazetteer, doc={"kind": "presse"}, styles=styles)
    s = _at(text, segs, "Quand la neige a bloqué le col")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "Gérard Vidal", "medecin_generaliste",
                                                     "Auvergne-Rhône-Alpes")
    assert _at(text, segs, "On s'est relayés") is s
    t = _at(text, segs, "Beaucoup de patients ne m'appellent plus")
    assert (t.kind, t.speaker) == ("verbatim", "Gérard Vidal")
    assert _at(text, segs, "La neige décide de tout").kind not in ("verbatim", "turn")


def test_a_presenting_chapeau_without_the_closer_stays_prose(gazetteer):
    # near misses: the same chapeau over a report in the third person, and a chapeau whose person says nothing
    from corpus.segment.testimony_bylines import chapeau_person
    assert chapeau_person("Gérard Vidal, 63 ans, est médecin généraliste à Riom. Il a reçu la médaille.") is None
    report = PRESENTED[:3] + ["Le département compte aujourd'hui onze médecins de moins qu'en 2015."]
    text, segs = _segment(report, gazetteer, doc={"kind": "presse"})
    assert not [x for x in segs if x.kind in ("verbatim", "turn")]


# s28-segr49a: testimonies in guillemets, each signed on the NEXT line with a first name, an
# initial and a commune (a patients' newsletter), also when extraction ran a signature into the
# next testimony's line
def test_quoted_testimonies_signed_on_the_next_line(gazetteer):
    lines = ["Vos témoignages",
             "« Je ne me pique plus les doigts dix fois par jour, et mon mari voit mes chiffres. »",
             "Marie-Claude D., Mende",
             "« Au début le capteur se décollait avec la sueur, au travail à la scierie. »",
             "Bruno F., Langogne"]
    text, segs = _segment(lines, gazetteer, doc={"kind": "autre"})
    first = _at(text, segs, "Je ne me pique plus")
    assert (first.kind, first.speaker, first.role, first.region) == ("verbatim", "Marie-Claude D.", "autre", "Occitanie")
    second = _at(text, segs, "le capteur se décollait")
    assert (second.kind, second.speaker, second.role) == ("verbatim", "Bruno F.", "autre")


def test_a_signature_run_into_the_next_testimony_is_cut_back(gazetteer):
    # unseen: another association, other towns, the signature glued before the next guillemet
    lines = ["Paroles d'adhérents",
             "« Depuis que je vais à l'atelier marche, je dors mieux et je vois du monde le jeudi. »",
             "Gisèle P., Quimperlé « Moi c'est la diététicienne qui m'a changé la vie, je cuisine autrement. »",
             "Yves K., Concarneau"]
    text, segs = _segment(lines, gazetteer, doc={"kind": "autre"})
    gisele = _at(text, segs, "je dors mieux")
    assert (gisele.kind, gisele.speaker, gisele.region) == ("verbatim", "Gisèle P.", "Bretagne")
    yves = _at(text, segs, "la diététicienne qui m'a changé")
    assert (yves.kind, yves.speaker, yves.role) == ("verbatim", "Yves K.", "autre")
    assert _at(text, segs, "Gisèle P., Quimperlé").kind != "verbatim"


def test_a_name_that_opens_a_sentence_before_a_quote_is_no_signature(gazetteer):
    # near miss: a line that reports someone's words in a sentence is a lead-in, not a signature
    lines = ["« Le bus santé passe le mardi, c'est tout ce qu'on a. »",
             "Paul R., qui vit à Brest, le confirme : « on attend trois mois pour un rendez-vous »."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "presse"})
    assert _at(text, segs, "Le bus santé passe").speaker != "Paul R."



def test_an_organisations_own_editorial_is_no_verbatim(tmp_path):
    # s44: "Le mot du président", first person, signed "Dr …, président": the report's own voice; the
    # testimony boxes below keep their words
    import heldout

    pages = [[["bold", "CPTS du Valenciennois – Rapport d'activité 2024"],
              ["bold", "Le mot du président"],
              ["", "Je tiens à remercier les adhérents qui font vivre notre communauté. En trois ans, nous sommes "
                   "passés d'une idée à une organisation qui répond chaque semaine à des patients sans solution."],
              ["", "Dr Paul Lemaire, président"],
              ["bold", "1. Nos missions"],
              ["", "| Mission | Indicateur 2024 | Objectif |"],
              ["", "| Soins non programmés | 2 310 créneaux honorés | 2 000 |"],
              ["bold", "TÉMOIGNAGE"],
              ["bold", "Dr Marc Leleu, médecin généraliste, Bouchain"],
              ["", "« Le créneau du mardi, au début, je le vivais comme une contrainte. Aujourd'hui je vois des "
                   "patients que personne ne voyait plus. »"],
              ["bold", "TÉMOIGNAGE"],
              ["bold", "Julie Masson, infirmière libérale, Denain"],
              ["", "« Grâce au protocole, j'adapte les traitements sans attendre trois semaines un rendez-vous. »"],
              ["bold", "2. La parole des adhérents"],
              ["", "Notre enquête interne auprès des adhérents le confirme :"],
              ["", "« J'ai adhéré pour les formations, je suis restée pour les gens. On se connaît enfin. »"],
              ["", "« Avant, je ne savais même pas qui était l'infirmière du village d'à côté. »"]]]
    spec = {"doc": {"doc_id": "t", "kind": "rapport", "region": "", "place": ""}, "pages": pages}
    text, segs = heldout.segment_document(spec, tmp_path)
    kind = {text[s["char_start"]:s["char_end"]][:30]: s["kind"] for s in segs}
    assert not any(k.startswith("Je tiens à remercier") and v in ("verbatim", "turn") for k, v in kind.items())
    assert any(k.startswith("« Grâce au protocole") and v == "verbatim" for k, v in kind.items())


# ---- s46: a portrait's standfirst over the person's account in the first person ------------------

PORTRAIT = [
    "Portrait",
    "Jeanne et sa dialyse",
    "Jeanne Morvan, 58 ans, aide-soignante à Quimperlé, vit avec une insuffisance rénale depuis dix ans. Trois "
    "fois par semaine, elle passe quatre heures au centre de dialyse.",
    "Le lundi, je pars à six heures et je suis branchée à sept heures, avant mes collègues de l'hôpital.",
    "Au début, mes enfants ne comprenaient pas pourquoi j'étais si fatiguée. Maintenant ils font les courses.",
    "L'avis de l'association",
    "Les centres de dialyse manquent de places le samedi, rappelle l'association.",
]


def test_a_portrait_standfirst_heads_the_person_s_first_person_account(gazetteer):
    text, segs = _segment(PORTRAIT, gazetteer, doc={"kind": "presse"}, structure=heading_structure(PORTRAIT, [0, 1, 5]))
    s = _at(text, segs, "je pars à six heures")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "Jeanne Morvan", "autre_paramedical", "Bretagne")
    assert _at(text, segs, "mes enfants ne comprenaient pas") is s  # her account, one passage
    assert _at(text, segs, "Jeanne Morvan, 58 ans").kind == "narrative"


def test_a_portrait_standfirst_over_third_person_prose_heads_no_account(gazetteer):
    lines = ["Jeanne Morvan, 58 ans, aide-soignante à Quimperlé, vit avec une insuffisance rénale depuis dix ans.",
             "Elle passe quatre heures au centre de dialyse trois fois par semaine.",
             "Ses enfants l'accompagnent le samedi."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "presse"})
    assert not [s for s in segs if s.kind in ("verbatim", "turn")]


def test_a_box_signed_by_a_civility_and_an_initial_or_by_a_first_name_alone():
    # s46: an activity report signs its boxes by the people it serves and employs
    from corpus.segment.testimony_bylines import box_signature

    assert box_signature("Mme Odette L., 91 ans, accompagnée par le SSIAD à Saint-Georges-de-Didonne") == (
        "Mme Odette L.", "91 ans, accompagnée par le SSIAD à Saint-Georges-de-Didonne")
    assert box_signature("Laetitia, aide-soignante au SSIAD depuis douze ans")[0] == "Laetitia"
    assert box_signature("Sources, rapport annuel 2024") is None
    assert box_signature("Royan, bord de mer") is None


def test_signatures_by_initials_or_an_abbreviated_first_name():
    """s51: "B. G., pharmacien titulaire, Entrevaux", "Th. R., …" sign a reader's or an informant's text."""
    assert initialled_signature("B. G., pharmacien titulaire, Entrevaux") == ("B. G.", "pharmacien titulaire, Entrevaux")
    assert initialled_signature("Th. R., masseur-kinésithérapeute, Puget-Théniers") == (
        "Th. R.", "masseur-kinésithérapeute, Puget-Théniers")
    assert initialled_signature("Fig. 3, carte des communes, 2021") is None
