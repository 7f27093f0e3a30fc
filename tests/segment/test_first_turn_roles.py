"""First-turn roles in focus-group labels ("Sandrine (IDEL) —" then "Sandrine —"), with the
look-alikes that must not fold: a continuation "(suite)" after the bare label, a caller
introduced as "Auditeur (Hervé, Scaër)", a person who speaks once."""

from corpus.segment.first_turn_roles import first_turns, merged_runs, person_key


def test_person_key_reads_the_first_name_before_a_role():
    assert person_key("Sandrine (IDEL)") == "Sandrine"
    assert person_key("Claire (kiné)") == "Claire"
    assert person_key("Animatrice") == "Animatrice"


def test_first_turn_role_folds_into_the_later_bare_label():
    run = ["Animatrice", "Sandrine (IDEL)", "Youssef (MG)", "Claire (kiné)", "Animatrice", "Claire", "Sandrine"]
    assert merged_runs(run) == ["Animatrice", "Sandrine", "Youssef (MG)", "Claire", "Animatrice", "Claire", "Sandrine"]


def test_continuation_after_the_bare_label_is_not_a_first_turn():
    run = ["Enquêtrice", "Interviewée", "Enquêtrice", "Interviewée (suite)", "Enquêtrice", "Interviewée"]
    assert merged_runs(run) == run
    assert first_turns(run) == set()


def test_lone_first_turns_need_one_role_in_parentheses():
    run = ["G. Le Floch", "Marc Jaouen", "G. Le Floch", "Auditeur (Hervé, Scaër)", "Youssef (MG)", "Marc Jaouen"]
    assert first_turns(run) == {"Youssef (MG)"}


# session 7 (seggen2): the perturbation benchmark renamed first names as initials or codes; the
# person before the role is any person shape the labels know, not only a first name
def test_person_key_reads_initials_and_codes_before_a_role():
    assert person_key("S.B. (IDEL)") == "S.B."
    assert person_key("E3 (kiné)") == "E3"
    assert person_key("Plusieurs voix") == "Plusieurs voix"
    run = ["Animatrice", "S.B. (IDEL)", "M.R. (MG)", "P.T. (kiné)", "Animatrice", "P.T.", "S.B."]
    assert merged_runs(run) == ["Animatrice", "S.B.", "M.R. (MG)", "P.T.", "Animatrice", "P.T.", "S.B."]


def test_initials_with_a_first_turn_role_take_turns_and_keep_the_role():
    from conftest import GAZETTEER_PATH
    from segment_text import segment_at, segment_lines

    from corpus.segment.regions import load_gazetteer

    lines = ["Le groupe s'est réuni à la maison de santé avec quatre professionnels de la CPTS.",
             "Animatrice — Pour commencer, chacun peut dire ce que la CPTS a changé pendant la crise ?",
             "S.B. (IDEL) — Pour moi, c'est simple : avant, je ne savais pas à qui envoyer un patient.",
             "M.R. (MG) — Je confirme. Et j'ajouterais que ça nous a obligés à parler autrement.",
             "P.T. (kiné) — Nous, les kinés, on a été un peu oubliés au début, il faut le dire.",
             "Animatrice — Oubliés, c'est-à-dire ?",
             "P.T. — Pas sur la liste de diffusion, pas dans les réunions.",
             "S.B. — C'est vrai, et on s'en est excusés depuis."]
    text, segs = segment_lines(lines, load_gazetteer(str(GAZETTEER_PATH)))
    first = segment_at(text, segs, "Pour moi, c'est simple")
    assert (first.kind, first.speaker, first.role) == ("turn", "S.B.", "infirmier")
    later = segment_at(text, segs, "Pas sur la liste")
    assert (later.kind, later.speaker, later.role) == ("turn", "P.T.", "kinesitherapeute")
    assert segment_at(text, segs, "Oubliés, c'est-à-dire").kind == "moderator"


def test_a_reference_in_parentheses_after_initials_is_no_role_label():
    # look-alike: a bibliography's "J.D. (2019) — …" lines are not a dialogue
    from conftest import GAZETTEER_PATH
    from segment_text import segment_lines

    from corpus.segment.regions import load_gazetteer

    lines = ["Références",
             "J.D. (2019) — Les communautés professionnelles territoriales de santé, Paris, PUF.",
             "M.R. (2020) — La coordination des soins primaires, Rennes, Presses de l'EHESP.",
             "J.D. (2021) — Retour sur la crise sanitaire, Lyon, ENS éditions."]
    _, segs = segment_lines(lines, load_gazetteer(str(GAZETTEER_PATH)))
    assert not [s for s in segs if s.kind in ("turn", "verbatim")]


def test_first_names_in_capitals_with_a_first_turn_role():
    # session 7 (seggen2): the perturbation benchmark set every label in capitals
    from conftest import GAZETTEER_PATH
    from segment_text import segment_at, segment_lines

    from corpus.segment.regions import load_gazetteer

    assert person_key("SANDRINE (IDEL)") == "SANDRINE"
    lines = ["Le groupe s'est réuni à la maison de santé de Quimper avec trois professionnels de la CPTS.",
             "ANIMATRICE — Pour commencer, chacun peut dire ce que la CPTS a changé pendant la crise ?",
             "SANDRINE (IDEL) — Pour moi, c'est simple : avant, je ne savais pas à qui envoyer un patient.",
             "YOUSSEF (MG) — Je confirme. Et j'ajouterais que ça nous a obligés à parler autrement.",
             "ANIMATRICE — Et aujourd'hui ?",
             "SANDRINE — On a gardé la liste partagée, elle sert toutes les semaines."]
    text, segs = segment_lines(lines, load_gazetteer(str(GAZETTEER_PATH)))
    first = segment_at(text, segs, "Pour moi, c'est simple")
    assert (first.kind, first.speaker, first.role) == ("turn", "SANDRINE", "infirmier")
    later = segment_at(text, segs, "On a gardé la liste")
    assert (later.kind, later.speaker, later.role) == ("turn", "SANDRINE", "infirmier")


def test_press_datelines_in_capitals_are_no_speakers():
    # look-alike: agency dispatches open with "PARIS (AFP) —", a place and an agency in parentheses
    from conftest import GAZETTEER_PATH
    from segment_text import segment_lines

    from corpus.segment.regions import load_gazetteer

    lines = ["PARIS (AFP) — Le gouvernement a annoncé lundi un plan de soutien aux communautés de santé.",
             "RENNES (AFP) — Les infirmières libérales de Bretagne demandent à être associées au plan.",
             "PARIS (AFP) — Le ministre a précisé que les crédits seraient versés avant l'été.",
             "LYON (AFP) — Les médecins généralistes du Rhône saluent une mesure attendue."]
    _, segs = segment_lines(lines, load_gazetteer(str(GAZETTEER_PATH)))
    assert not [s for s in segs if s.kind in ("turn", "verbatim", "moderator")]


# session 17 (segroles8): an edited webinar transcript gives each speaker's full name and, in square
# brackets, what they do and where at the first turn ("Hélène Vasseur [médecin coordonnateur, DAC 80] :"),
# the first name alone later ("Hélène :"); round 33's webinaire_…_dac_somme
WEBINAR = ["Webinaire « Le DAC, pour qui, pour quoi ? » – transcription relue par les intervenants",
           "Modératrice : Bienvenue à toutes et à tous. Je donne tout de suite la parole à nos deux intervenants.",
           "Hélène Vasseur [médecin coordonnateur, DAC 80] : Merci. Le DAC, ce n'est pas une structure de soins "
           "de plus : on aide le professionnel qui n'arrive plus à organiser le retour à domicile.",
           "Thomas Leroy [pharmacien d'officine, Abbeville] : Et de mon côté, je l'ai appelé trois fois cette "
           "année, pour des patients qui ne venaient plus chercher leur traitement.",
           "Modératrice : Question du chat, d'une infirmière d'Abbeville : faut-il l'accord du médecin traitant ?",
           "Hélène : Non, tout professionnel peut nous appeler ; on informe le médecin traitant, bien sûr."]


def test_full_name_label_is_the_one_full_name_with_that_first_name():
    from corpus.segment.first_turn_roles import full_name_label

    labels = ["Modératrice", "Hélène Vasseur [médecin coordonnateur, DAC 80]", "Thomas Leroy [pharmacien, Abbeville]"]
    assert full_name_label("Hélène", labels) == "Hélène Vasseur [médecin coordonnateur, DAC 80]"
    assert full_name_label("Thomas", labels) == "Thomas Leroy [pharmacien, Abbeville]"
    assert full_name_label("Sandrine", labels) is None
    # two speakers of one first name: the first name names neither
    assert full_name_label("Hélène", labels + ["Hélène Martin [IDEL, Amiens]"]) is None
    # a first name with a role of its own is no full name ("Sandrine (IDEL)" then "Sandrine")
    assert full_name_label("Sandrine", ["Sandrine (IDEL)"]) is None


def test_a_first_name_after_the_full_name_in_brackets_is_the_same_person():
    from conftest import GAZETTEER_PATH
    from segment_text import segment_at, segment_lines

    from corpus.segment.regions import load_gazetteer

    text, segs = segment_lines(WEBINAR, load_gazetteer(str(GAZETTEER_PATH)))
    first = segment_at(text, segs, "ce n'est pas une structure de soins")
    # the bracket gives the role and, by the DAC's département number, the region (place_forms.yaml)
    assert (first.kind, first.speaker, first.role, first.region) == ("turn", "Hélène Vasseur", "coordinateur", "Hauts-de-France")
    second = segment_at(text, segs, "je l'ai appelé trois fois")
    assert (second.kind, second.speaker, second.role) == ("turn", "Thomas Leroy", "pharmacien")
    later = segment_at(text, segs, "tout professionnel peut nous appeler")
    assert (later.kind, later.speaker, later.role) == ("turn", "Hélène Vasseur", "coordinateur")
    assert segment_at(text, segs, "faut-il l'accord du médecin").kind == "moderator"


def test_a_programme_with_names_and_bracketed_bodies_gives_no_turn():
    from conftest import GAZETTEER_PATH
    from segment_text import segment_lines

    from corpus.segment.regions import load_gazetteer

    lines = ["Programme de la matinée d'échanges sur la coordination des parcours",
             "Accueil des participants : 9 h 30, salle du conseil.",
             "Hélène Vasseur [DAC 80] : 10 h, présentation du dispositif.",
             "Thomas Leroy [URPS pharmaciens] : 10 h 30, l'officine dans le parcours.",
             "Hélène : 11 h, questions de la salle.",
             "Clôture de la matinée à midi."]
    text, segs = segment_lines(lines, load_gazetteer(str(GAZETTEER_PATH)))
    assert [s.kind for s in segs if s.kind in ("turn", "verbatim")] == []
