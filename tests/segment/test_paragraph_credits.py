"""A quotation that fills its paragraph, closed by nothing but a short parenthesis, is the words
of whoever the parenthesis names, whatever its shape (corpus/segment/paragraph_credits.py,
segfix47): a pseudonym (segment_unseen11 memoire_ifsi_pseudos_vegetaux: "(Lilas)"), a civility
and an initial, an article and a post (segment_unseen17 memoire_ess_echange: "(Mme R.)",
"(l'infirmière)"), a medium and a place (segment_unseen35 restitution_mur_expression: "(post-it,
quartier Europe)"). Not the author ("(moi)"), a literature citation or a remark."""

from __future__ import annotations

from segment_text import segment_at, segment_lines

from corpus.segment.paragraph_credits import is_self, names_someone, paragraph_credit


def test_pseudonyms_and_initials_credit_the_quotations_of_a_memoir(gazetteer):
    # segment_unseen11 and segment_unseen17, each quotation its own paragraph
    lines = ["Les trois personnes interrogées décrivent des sorties d'hospitalisation préparées dans "
             "l'urgence pendant la crise.",
             "« Le patient rentrait chez lui sans aide à domicile, sans portage de repas, et on l'apprenait "
             "par la voisine deux jours après. » (Lilas)",
             "« Vous savez, je ne sors plus depuis le Covid. Avant j'allais au marché le jeudi. » (Mme R.)",
             "« Et pour vos courses, qui s'en occupe maintenant ? » (moi)",
             "« On va voir avec la CPTS pour le portage de repas, ils ont un contact à la mairie. » "
             "(l'infirmière)"]
    text, segs = segment_lines(lines, gazetteer)
    lilas = segment_at(text, segs, "Le patient rentrait")
    assert (lilas.kind, lilas.speaker) == ("verbatim", "Lilas")
    mme = segment_at(text, segs, "je ne sors plus")
    assert (mme.kind, mme.speaker) == ("verbatim", "Mme R.")
    assert segment_at(text, segs, "qui s'en occupe").kind not in ("verbatim", "turn")  # the author's question
    assert segment_at(text, segs, "portage de repas").kind == "verbatim"


def test_unseen_variant_a_restitution_of_cards_and_a_first_name(gazetteer):
    # not from any set: cards written by residents, then a nickname
    lines = ["Lors du forum santé de Vierzon, les habitants ont laissé des cartes sur le panneau du hall.",
             "« Je n'ai plus de kiné depuis l'été, je fais mes exercices seul avec une vidéo. » "
             "(carte, quartier des Forges).",
             "« On se débrouille avec les voisins, mais ça ne durera pas. » (Capucine)"]
    text, segs = segment_lines(lines, gazetteer)
    card = segment_at(text, segs, "plus de kiné")
    assert card.kind == "verbatim" and card.speaker == ""
    nick = segment_at(text, segs, "On se débrouille")
    assert (nick.kind, nick.speaker) == ("verbatim", "Capucine")


def test_near_miss_citations_and_remarks_stay_narrative(gazetteer):
    lines = ["La coordination a été décrite dans la littérature sociologique.",
             "« La coordination est un travail d'articulation invisible entre les professionnels. » "
             "(Strauss, 1985)",
             "« Il faut que chacun sache ce que fait l'autre dans l'équipe de soins. » (je souligne)"]
    text, segs = segment_lines(lines, gazetteer)
    assert [s for s in segs if s.kind in ("verbatim", "turn")] == []


def test_the_parenthesis_must_close_a_quotation_alone_on_its_line():
    text = "Elle ajoute que « on n'a jamais eu de retour de l'hôpital » (Lilas)."
    a = text.index("«")
    b = text.index("»") + 1
    assert paragraph_credit(text, a, b, text[b:]) is None  # mid-sentence: other readers decide
    line = "« On n'a jamais eu de retour de l'hôpital. » (Lilas)."
    b = line.index("»") + 1
    assert paragraph_credit(line, 0, b, line[b:])[0] == "Lilas"
    assert paragraph_credit(line.replace("(Lilas)", "(une infirmière qui exerce depuis vingt ans à Vierzon)"),
                            0, b, line.replace("(Lilas)", "(une infirmière qui exerce depuis vingt ans à Vierzon)")[b:]) is None


def test_shapes():
    assert is_self("moi") and is_self("l'enquêtrice") and not is_self("l'infirmière")
    assert names_someone("Mme R.") and names_someone("Cèdre") and not names_someone("post-it, quartier Europe")
