"""A quotation split by a pronoun incise (corpus/segment/split_quotes.py): « A », dit-elle, « B »
is one quotation, attributed by what follows B. Session 8 (seggen4): the perturbation benchmark
split long quotations so (quote_incise): 39 items lost, 84 FP."""

from __future__ import annotations

from segment_text import segment_at, segment_lines

from corpus.segment.split_quotes import join_split_quotes


def test_the_marks_around_a_pronoun_incise_are_read_as_spaces():
    text = "« On a tenu », dit-elle, « parce qu'on se connaissait » (I4, infirmière)."
    joined = join_split_quotes(text)
    assert joined == "« On a tenu  , dit-elle,   parce qu'on se connaissait » (I4, infirmière)."
    assert len(joined) == len(text)
    assert join_split_quotes("« Oui », précise-t-il, « mais tard ».") == "« Oui  , précise-t-il,   mais tard »."


def test_an_incise_describing_someone_or_two_separate_quotations_stay():
    # s27-segfound2: an incise with the bare name joins (below); one that also says what the person
    # does is left to the readers of named incises
    described = "« On a tenu », explique Marie Payet, pharmacienne, « parce qu'on se connaissait »."
    assert join_split_quotes(described) == described
    apart = "D'un côté « la ville », de l'autre « la campagne »."
    assert join_split_quotes(apart) == apart
    listed = "Elle cite « la ville », puis Marie Payet, « la campagne »."  # no speech verb before the name
    assert join_split_quotes(listed) == listed


def test_an_incise_with_the_bare_name_or_its_comma_inside_the_first_half_joins():
    """s27-segfound2: « … », poursuit Ketty Rosier, « … » (round 24) and « …, » raconte-t-il, « … »
    (round 31): the same person's words go on after the incise."""
    named = "« On a tenu », explique Marie Payet, « parce qu'on se connaissait »."
    assert join_split_quotes(named) == "« On a tenu  , explique Marie Payet,   parce qu'on se connaissait »."
    inside = "« Le pharmacien, on l'a gardé, » raconte-t-elle, « mais le dentiste est à Vichy. »"
    assert join_split_quotes(inside) == "« Le pharmacien, on l'a gardé,   raconte-t-elle,   mais le dentiste est à Vichy. »"


def test_a_quotation_resumed_after_an_incise_with_the_name_is_one_verbatim(gazetteer):
    # unseen variant: a pharmacist in Ardèche, the press naming her again in the incise
    lines = ["La pharmacienne Léa Fargier, installée à Privas, a vu arriver les patients sans médecin.",
             "« Certains viennent juste pour parler », poursuit Léa Fargier, « et je prends le temps, "
             "parce que personne d'autre ne le fera. »",
             "La commune cherche un généraliste depuis deux ans."]
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "presse"})
    s = segment_at(text, segs, "Certains viennent juste pour parler")
    assert s is segment_at(text, segs, "et je prends le temps")
    assert (s.kind, s.speaker) == ("verbatim", "Léa Fargier")


def test_both_halves_are_one_verbatim_with_the_attribution_after_the_second(gazetteer):
    lines = ["Les infirmières libérales décrivent une solidarité née de l'urgence.",
             "« On se voyait tous les jours à la pharmacie du quartier », précise-t-elle, « et quand la crise est "
             "arrivée on savait déjà vers qui se tourner » (I4, infirmière libérale, Lorient).",
             "Cette proximité n'existait pas partout."]
    text, segs = segment_lines(lines, gazetteer)
    seg = segment_at(text, segs, "On se voyait tous les jours")
    assert seg is segment_at(text, segs, "et quand la crise est arrivée")
    assert (seg.kind, seg.speaker, seg.role, seg.region) == ("verbatim", "I4", "infirmier", "Bretagne")
    assert "», précise-t-elle, «" in seg.text  # the document's own text


def test_a_novel_dialogue_split_by_an_incise_stays_narrative(gazetteer):
    # look-alike: a line of a novel quoted in a literary chapter, no attribution to a person interviewed
    lines = ["Dans le roman, la scène du départ tient en une réplique.",
             "« Tu reviendras », dit-il, « quand la maison sera vendue », et la porte se referme.",
             "Le narrateur ne commente pas."]
    _, segs = segment_lines(lines, gazetteer)
    assert not [s for s in segs if s.kind in ("verbatim", "turn")]


def test_an_incise_inside_the_guillemets_attributes_the_quotation(gazetteer):
    """segfix31: French typography leaves an incise inside the guillemets, mid-sentence or at the end of
    a paragraph the quotation continues below (« … , poursuit le médecin.⏎« … »)."""
    from corpus.segment.split_quotes import inner_incise
    assert inner_incise("« Certains hésitent, poursuit le médecin, et je les comprends. »") == ", poursuit le médecin."
    assert inner_incise("« On a tenu bon, ajoute-t-elle.\n« Puis la garde a repris. »") == ", ajoute-t-elle."
    # a verb and an object, not an inverted subject; a non-person after the determiner
    assert inner_incise("« Il faut des moyens, explique le rapport, et vite. »") is None
    assert inner_incise("« On dit que, souligne la note, tout va bien. »") is None
    lines = ["Le docteur Paul Kerhervé, généraliste à Brest, reconnaît que ses confrères hésitent. « Beaucoup "
             "craignent la paperasse, poursuit le médecin.",
             "« Mais si on ne s'organise pas, l'ARS le fera pour nous. »"]
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "presse"})
    s = segment_at(text, segs, "Beaucoup craignent la paperasse")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Paul Kerhervé", "medecin_generaliste")
    assert segment_at(text, segs, "Mais si on ne s'organise pas") is s


def test_an_incise_naming_a_described_person_inside_the_guillemets(gazetteer):
    """segfix32: the incise inside the guillemets names an unnamed person with where they work
    (« …, dit une infirmière de l'équipe de Périgueux, … »), ends before the quotation's next
    sentence (« …, ajoute-t-il. Ce sont … »), or gives a name in apposition up to the sentence's
    end (« …, insiste le président de la CPTS, le docteur Pierre Colin, généraliste à Remiremont. … »)."""
    from corpus.segment.split_quotes import inner_incise
    assert inner_incise("« Quand il rentre le vendredi, dit une infirmière de l'équipe de Périgueux, on n'a rien. »") \
        == ", dit une infirmière de l'équipe de Périgueux."
    assert inner_incise("« Personne n'aurait su, ajoute-t-il. Ce sont elles qui ont tout fait. »") == ", ajoute-t-il."
    assert inner_incise("« C'est un projet, insiste le président de l'association, le docteur Paul Morin, "
                        "généraliste à Dinan. Les murs viendront après. »") \
        == ", insiste le président de l'association, le docteur Paul Morin, généraliste à Dinan."
    # a document after the determiner, not a person; a lower-case word after the full stop
    assert inner_incise("« Les délais s'allongent, dit une note de l'agence régionale, et rien ne change. »") is None
    assert inner_incise("« Il faut attendre, ajoute-t-il. et encore. »") is None
    lines = ["Les entretiens confirment que les sorties du vendredi posent problème.",
             "« Quand le patient rentre le vendredi soir, dit une infirmière de l'équipe d'HAD de Périgueux, "
             "on n'a ni l'ordonnance ni le traitement. On bricole jusqu'au lundi. »",
             "Le rapport recommande d'anticiper ces sorties."]
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "rapport"})
    s = segment_at(text, segs, "Quand le patient rentre")
    assert (s.kind, s.role, s.region) == ("verbatim", "infirmier", "Nouvelle-Aquitaine")
    assert segment_at(text, segs, "On bricole jusqu'au lundi") is s
    press = ["« Une maison de santé, c'est d'abord un projet, insiste le président de l'association, le docteur "
             "Paul Morin, généraliste à Dinan. Les murs, ça vient après. »"]
    text, segs = segment_lines(press, gazetteer, doc={"kind": "presse"})
    s = segment_at(text, segs, "Les murs, ça vient après")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Paul Morin", "medecin_generaliste")


def test_an_incise_inside_the_marks_naming_a_first_name_credits_that_person(gazetteer):
    # segfix34: « …, lâche X, ce qu'elle fait, … » without closing the guillemets (classic French typography)
    lines = ["Les auxiliaires de vie décrivent un travail peu reconnu.",
             "« On voit tout ce qui se passe chez les gens, lâche Martine, auxiliaire de vie depuis douze ans "
             "à Cambrai, mais personne ne nous demande notre avis. »",
             "Les cahiers de liaison restent au domicile.",
             "« Je note tout dans le cahier, dit Coralie, qui intervient sur le secteur de Caudry, les repas, "
             "le sommeil, et je sais que personne ne le lit. »",
             "Ces écrits restent pourtant peu lus."]
    text, segs = segment_lines(lines, gazetteer)
    seg = segment_at(text, segs, "On voit tout ce qui se passe")
    assert seg is segment_at(text, segs, "personne ne nous demande notre avis")
    assert (seg.kind, seg.speaker, seg.region) == ("verbatim", "Martine", "Hauts-de-France")
    seg = segment_at(text, segs, "Je note tout dans le cahier")
    assert (seg.kind, seg.speaker, seg.region) == ("verbatim", "Coralie", "Hauts-de-France")
    assert segment_at(text, segs, "Ces écrits restent").kind == "narrative"


def test_a_capitalised_place_or_a_quote_without_incise_is_not_a_named_incise(gazetteer):
    from corpus.segment.split_quotes import inner_incise
    assert inner_incise("On voit tout, lâche Martine, auxiliaire de vie à Cambrai, mais on se tait.") is not None
    assert inner_incise("La ville de Cambrai, Martine et Paul, tout le monde y était") is None


# s28-segr49a: two quotations extraction ran into one line, the second with its own incise naming a
# participant code, or a testimony's next paragraph
def test_a_second_quotation_on_the_line_with_a_coded_incise_is_its_speakers(gazetteer):
    lines = ["Quatre infirmières d'Ajaccio ont accepté de répondre à nos questions.",
             "IDE2, infirmière en EHPAD, insiste : « C'est le visage qui parle, pour moi c'est d'abord une douleur. »"
             " « On a l'échelle Algoplus dans le dossier, explique IDE4, mais on la remplit rarement. »"]
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "memoire"})
    assert segment_at(text, segs, "le visage qui parle").speaker == "IDE2"
    ide4 = segment_at(text, segs, "l'échelle Algoplus")
    assert (ide4.kind, ide4.speaker) == ("verbatim", "IDE4")


def test_an_unseen_coded_incise_and_paragraphs_run_together(gazetteer):
    # unseen: other codes and profession; a press testimony's two paragraphs on one line
    lines = ["Les six kinésithérapeutes interrogés exercent dans le Cantal.",
             "« Le dimanche on tourne à trois cabinets, sinon personne ne tiendrait, résume MK3, et les patients le savent. »",
             "« Au début j'avais peur de passer à côté d'une fracture. » « Aujourd'hui je vois surtout des lombalgies aiguës. »"]
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "these"})
    assert segment_at(text, segs, "on tourne à trois cabinets").speaker == "MK3"
    assert segment_at(text, segs, "je vois surtout des lombalgies").kind == "verbatim"


def test_quotations_in_a_row_under_one_credit_stay_on_their_line(gazetteer):
    # near miss: a credit after both quotations ("« … » « … » (E3)") is theirs: not cut
    lines = ["Les entretiens ont eu lieu à Rodez.",
             "« On manque de tout. » « Surtout de temps pour les patients âgés. » (E3, infirmière)"]
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "these"})
    assert segment_at(text, segs, "Surtout de temps").speaker == "Entretien n°3"


def test_phrases_a_colon_announces_stay_a_list(gazetteer):
    # near miss: a sheet's phrases to avoid, run into one line under the colon that announces them
    lines = ["Phrases à éviter :",
             "« Ce n'est pas mon problème, rappelez demain. » « Je ne peux rien faire pour vous, le docteur est débordé. »"]
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "autre"})
    assert segment_at(text, segs, "le docteur est débordé").kind == "narrative"


def test_a_reflexive_incise_inside_the_guillemets_is_an_incise():
    # s33-segr57d: the reflexive before the verb (« …, se souvient le médecin. … »), as after a quote
    from corpus.segment.split_quotes import inner_incise
    assert inner_incise("« Elle est venue pour sa toux, se souvient l'infirmière. Puis tout est sorti. »") \
        == ", se souvient l'infirmière."
    assert inner_incise("« On a attendu, se rappelle-t-elle, et personne n'est venu. »") == ", se rappelle-t-elle."
    # near misses: a reflexive verb that says nothing, a non-person after the determiner
    assert inner_incise("« Au matin, se lève le vent, et on rentre les bêtes. »") is None
    assert inner_incise("« Les délais s'allongent, se souvient le rapport, et rien ne change. »") is None


def test_an_incise_with_an_object_pronoun_names_the_speaker(gazetteer):
    # s40: « …, m'explique Laure, alors je … »: the incise names Laure although an object pronoun
    # opens it, and the words after her name are the quotation going on, not her description; what
    # she does comes from "Laure est infirmière …" above. A lead naming the speaker before the
    # colon wins over a pronoun incise inside ("M. H. … confirme : « …, me dit-il, … »").
    from corpus.segment.split_quotes import inner_incise

    assert inner_incise("elle me répond qu'elle n'a pas mal, m'explique Laure, alors je regarde son visage, "
                        "ses mains.") == ", m'explique Laure."
    assert inner_incise("on voit tout de suite, nous confie Odile, aide-soignante depuis vingt ans, "
                        "quand ça ne va pas.") == ", nous confie Odile, aide-soignante depuis vingt ans."
    lines = ["J'ai mené quatre entretiens au service des urgences de Montluçon. Les prénoms ont été modifiés.",
             "Laure est infirmière aux urgences depuis six ans. Elle décrit la difficulté de l'échelle numérique.",
             "« Quand je demande de zéro à dix à une dame de quatre-vingt-douze ans, elle me répond qu'elle n'a "
             "pas mal pour ne pas déranger, m'explique Laure, alors je regarde son visage et ses mains. »",
             "M. H., brancardier dans le même service, confirme ce circuit : « on n'a aucun contact avec "
             "l'équipe de nuit, me dit-il, on ne sait même pas qui passe », ce qui allonge chaque transfert."]
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "memoir"})
    s = segment_at(text, segs, "je regarde son visage")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Laure", "infirmier")
    s = segment_at(text, segs, "aucun contact avec")
    assert (s.kind, s.speaker) == ("verbatim", "M. H.")
