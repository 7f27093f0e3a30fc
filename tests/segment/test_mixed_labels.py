"""Speaker labels of an unknown shape beside labels of a known one (segment/mixed_labels.py):
"{MG3} …" around an "[IDE1] …" the readers know, "#4 : …" answering "Enquêtrice : …". Look-alikes
that must not change: a transcript whose turns the readers already read, with stage directions
in brackets opening some paragraphs, and a numbered list of recommendations after it."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.base import split_lines
from corpus.segment.mixed_labels import mixed_turns

# one participant's code already bracketed ("[IDE1]", a shape the readers know), the others in
# braces (a shape they do not)
FOCUS = [
    "Groupe de discussion du 9 mars 2022 à la maison de santé de Saint-Amand-Montrond.",
    "{Animateur} Qu'est-ce qui a changé pour vous avec la vaccination à domicile ?",
    "{MG3} Pour moi, tout. On partait le samedi matin avec la glacière, je n'avais jamais fait ça.",
    "[IDE1] Oui, et c'est nous qui faisions la liste des patients, on les connaissait tous.",
    "{PH2} Moi je préparais les doses la veille, on se téléphonait à sept heures.",
    "{Animateur} Et la CPTS, elle intervenait comment ?",
    "{MG3} Elle a payé les heures de coordination. Sans ça, on n'aurait pas tenu.",
    "{PH2} On s'est rendu compte qu'on pouvait travailler ensemble, vraiment.",
    "La séance s'est terminée sur les projets de l'année suivante.",
]

# the interviewer's label in a known shape, the participant as a connection number
HASH = [
    "Entretien par visioconférence, le 14 janvier 2022.",
    "Enquêtrice : Vous pouvez me dire comment vous avez vécu le premier confinement ?",
    "#4 : Alors moi, au début, je n'avais plus personne au cabinet. On a fermé deux semaines.",
    "Enquêtrice : Et ensuite ?",
    "#4 : Ensuite on a monté le centre covid avec les infirmières, je faisais les gardes du soir.",
    "Enquêtrice : La CPTS existait déjà ?",
    "#4 : Sur le papier, oui. C'est le covid qui l'a fait vivre, je crois.",
]


def test_braced_labels_beside_a_bracketed_code_are_turns(gazetteer):
    text, segs = _segment(FOCUS, gazetteer)
    mg = _at(text, segs, "Pour moi, tout.")
    assert (mg.kind, mg.speaker) == ("turn", "MG3")
    ph = _at(text, segs, "Moi je préparais les doses")
    assert (ph.kind, ph.speaker) == ("turn", "PH2")
    assert _at(text, segs, "Oui, et c'est nous qui faisions").speaker == "IDE1"
    assert _at(text, segs, "Et la CPTS, elle intervenait").kind == "moderator"
    assert _at(text, segs, "La séance s'est terminée").kind == "narrative"


def test_connection_numbers_answering_a_known_interviewer_label_are_turns(gazetteer):
    text, segs = _segment(HASH, gazetteer)
    for snippet in ("Alors moi, au début", "Ensuite on a monté", "Sur le papier, oui."):
        seg = _at(text, segs, snippet)
        assert (seg.kind, seg.speaker) == ("turn", "#4"), snippet
    assert _at(text, segs, "Et ensuite ?").kind == "moderator"


def test_no_new_label_when_the_known_labels_are_outside_the_block():
    lines = split_lines("\n".join(FOCUS[1:3] + FOCUS[4:8]))  # the bracketed code removed
    assert mixed_turns(lines, {"IDE1": None}, set()) == (lines, {})


# look-alikes: the turns are read by their known labels already; bracketed stage directions open
# some paragraphs of a turn, and a numbered list follows the transcript
DIRECTIONS = [
    "Enquêteur : Comment s'est passée la première semaine ?",
    "MG4 : Mal. On n'avait pas de masques, on recevait les patients sur le parking.",
    "[rires] Enfin, je rigole maintenant, mais ce n'était pas drôle du tout.",
    "Enquêteur : Vous étiez combien au cabinet ?",
    "MG4 : Trois médecins et une secrétaire. La secrétaire a tenu le standard seule.",
    "[silence] Je crois qu'on ne l'a jamais assez remerciée.",
    "Enquêteur : Et les infirmières ?",
    "IDE5 : Nous on passait partout, on faisait le lien avec les familles.",
    "[rires] On était un peu les facteurs de la maison de santé.",
    "Recommandations issues des entretiens :",
    "(1) Désigner un référent de crise dans chaque CPTS.",
    "(2) Prévoir un stock de masques partagé entre les cabinets.",
    "(3) Tenir à jour la liste des patients fragiles.",
]


def test_stage_directions_and_a_numbered_list_beside_known_labels_change_nothing(gazetteer, monkeypatch):
    text, segs = _segment(DIRECTIONS, gazetteer)
    assert all(s.speaker not in ("rires", "silence", "1", "2", "3") for s in segs)
    assert _at(text, segs, "Désigner un référent").kind == "narrative"
    # the same segments as without the mechanism
    import corpus.segment.segmenter as segmenter

    monkeypatch.setattr(segmenter, "mixed_turns", lambda lines, *a, **k: (lines, {}))
    _, without = _segment(DIRECTIONS, gazetteer)
    assert [(s.kind, s.speaker, s.char_start, s.char_end) for s in segs] == \
        [(s.kind, s.speaker, s.char_start, s.char_end) for s in without]


# a press interview whose answers open with the interviewee's initials "C. T. :", the questions
# with the paper's name: the sentence cut after "C." leaves "T. :", no new voice
INITIALS = [
    "Le Progrès comtois : Un an après, à quoi sert la CPTS ?",
    "Claire Tissot : À ce que les gens trouvent un médecin. On en a trouvé un pour 300 patients.",
    "Le Progrès comtois : Les médecins ne sont pas plus nombreux pour autant…",
    "C. T. : Non, et on ne va pas les inventer. Mais une infirmière peut prendre une partie du suivi.",
    "Le Progrès comtois : Vous demandez des locaux. Pourquoi ?",
    "C. T. : Parce qu'aujourd'hui notre coordinatrice travaille dans sa voiture, je vous assure.",
]


def test_the_end_of_initials_cut_off_a_line_is_no_new_voice():
    lines = split_lines("\n".join(INITIALS))
    known = {"Le Progrès comtois", "Claire Tissot", "C"}
    starts = {ln.start for ln in lines if ln.text}
    assert mixed_turns(lines, known, starts)[1] == {}


def _keyed_channels(host: str, gazetteer, asks: str = "Est-ce qu'une fiche commune dans le dossier partagé vous servirait ?"):
    """A conference system's microphones as labels, keyed at the end, ``host`` naming the first, who
    says ``asks`` in its second turn."""
    lines = ["Transcription de l'export multipiste : chaque intervention porte le canal de son micro.",
             "Micro 1 : On passe au dépistage des chutes. Qui repère les patients en premier ?",
             "Micro 2 : Souvent nous, au domicile, on voit le tapis qui glisse et la baignoire.",
             "Micro 3 : Moi je ne les vois qu'après la chute, aux urgences ou au cabinet.",
             f"Micro 1 : {asks}",
             "Micro 3 : Oui, si elle est remplie à chaque passage.",
             "Correspondance des micros",
             f"Micro 1 : {host} ; Micro 2 : infirmière libérale, Cahors ; Micro 3 : médecin généraliste, Figeac."]
    return _segment(lines, gazetteer)


def test_a_keyed_host_channel_keeps_opening_its_turns_beside_the_others(gazetteer):
    # s26-segleft1: the key names the first channel the host; its lines are the moderator's, not the
    # words of the channel speaking before them
    text, segs = _keyed_channels("animatrice (chargée de mission de la CPTS, autrice de l'étude)", gazetteer)
    assert _at(text, segs, "une fiche commune dans le dossier partagé").kind == "moderator"
    assert _at(text, segs, "Qui repère les patients en premier").kind == "moderator"
    assert _at(text, segs, "aux urgences ou au cabinet").speaker == "Micro 3"
    assert "fiche commune" not in _at(text, segs, "aux urgences ou au cabinet").text


def test_a_keyed_participant_channel_is_read_as_before(gazetteer):
    # the near-miss: a key naming the first channel a participant who answers leaves it her turns
    text, segs = _keyed_channels("pharmacienne, Gourdon", gazetteer,
                                 "Nous on a mis une fiche au comptoir, je la remplis à chaque délivrance de canne.")
    mine = _at(text, segs, "je la remplis à chaque délivrance")
    assert (mine.kind, mine.speaker, mine.role) == ("turn", "Micro 1", "pharmacien")
