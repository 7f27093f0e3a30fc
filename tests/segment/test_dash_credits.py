"""A credit after a dash closing a quotation's paragraph, read as the same credit in parentheses
(corpus/segment/dash_credits.py). Session 9 (seggen9): the perturbation benchmark's
attr_dash_after row ("« … » (X)" → "« … » — X") lost the first-name and line-reference credits."""

from __future__ import annotations

import pytest
from segment_text import segment_at, segment_lines

from corpus.segment.dash_credits import fold_dash_credits


def test_a_dash_credit_becomes_a_parenthesis_of_the_same_length():
    text = "« On se parlait le soir, en visio. » — Maëlle, infirmière libérale, pays de Caux"
    folded = fold_dash_credits(text)
    assert folded == "« On se parlait le soir, en visio. » (Maëlle, infirmière libérale, pays de Caux)"
    assert len(folded) == len(text)


@pytest.mark.parametrize("text", [
    "Il a dit « oui » — et puis plus rien pendant des semaines.",  # an incise, no credit
    "« Bilan de l'année » — suite du programme de l'après-midi",  # a programme, no person
    "« Soigner ensemble » — un slogan repris par toutes les CPTS du département",
])
def test_left_alone(text):
    assert fold_dash_credits(text) == text


def test_first_name_and_line_reference_credits_after_a_dash(gazetteer):
    lines = ["Dans le pays de Caux, les soignants décrivent des liens nés pendant la crise.",
             "« Avant le Covid, je ne connaissais le kiné de la vallée que de nom. Avec les visios du soir, on a "
             "fini par se tutoyer. » — Maëlle, infirmière libérale, pays de Caux"]
    text, segs = segment_lines(lines, gazetteer)
    seg = segment_at(text, segs, "Avant le Covid, je ne connaissais")
    assert (seg.kind, seg.speaker, seg.role, seg.region) == ("verbatim", "Maëlle", "infirmier", "Normandie")


def test_a_catchphrase_after_a_lead_in_keeps_its_dash(gazetteer):
    # look-alike: a poster campaign's catchphrase signed by an invented persona, after "Accroche :"
    text = "Accroche : « Mon infirmière connaît mon pharmacien. Et ça change tout. » — Josette, 82 ans, vit seule à Mirande"
    assert fold_dash_credits(text) == text


def test_a_persona_under_a_label_line_keeps_its_dash():
    # look-alike: the same catchphrase with its label on the line above; the persona has no post
    text = "Accroche\n« Mon infirmière connaît mon pharmacien. Et ça change tout. » — Josette, 82 ans, vit seule à Mirande"
    assert fold_dash_credits(text) == text


# s28-segr49a: a focus group's quotes, each credited after a dash with a description and no name,
# two of them run into one line by extraction
def test_a_dash_credit_run_into_the_next_quotation(gazetteer):
    lines = ["Neuf infirmiers libéraux ont participé à la rencontre de Langres.",
             "« Le vendredi soir, l'hôpital de Chaumont nous appelle pour un patient qui sort dans une heure. »"
             " – un infirmier libéral installé depuis 2008 « On finit par dépanner avec ce qu'on a dans la voiture. »"
             " – une infirmière remplaçante"]
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "rapport"})
    first = segment_at(text, segs, "l'hôpital de Chaumont nous appelle")
    assert (first.kind, first.role) == ("verbatim", "infirmier")
    second = segment_at(text, segs, "On finit par dépanner")
    assert (second.kind, second.role) == ("verbatim", "infirmier")
    assert first is not second


def test_an_unseen_credit_with_a_year_of_practice(gazetteer):
    # unseen: other professions, a year of installation, an em dash
    lines = ["« Les sorties du samedi, on les découvre le lundi matin en ouvrant l'officine. »"
             " — une pharmacienne titulaire installée depuis 2012 « Moi je rappelle systématiquement"
             " le service, sinon rien ne bouge. » — un kinésithérapeute de Vesoul"]
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "rapport"})
    assert segment_at(text, segs, "on les découvre le lundi").role == "pharmacien"
    assert segment_at(text, segs, "je rappelle systématiquement").role == "kinesitherapeute"


def test_a_cited_work_after_a_dash_is_no_credit_to_cut_at():
    # near miss: an author and a year after the dash, then a quotation: nobody's credit
    from corpus.segment.dash_credits import cut_after_dash_credits

    text = "« La santé est un état de complet bien-être. » – Dupont, 2008 « un idéal »\n"
    assert cut_after_dash_credits(text) == text


def test_credits_run_into_the_next_quotation_and_the_next_field(gazetteer):
    # a CPTS evaluation's « Verbatim » box: two credited quotations and the section's
    # recommendation run into one line; unseen: other functions, another field label
    lines = ["Verbatim",
             "« Le samedi, c'est tournant, un mois sur quatre, ça reste supportable pour nous. »"
             " – Médecin généraliste adhérent « Ce dispositif est un de ceux que nous voudrions voir"
             " essaimer dans la Plaine orientale. » – Représentant de la délégation départementale de l'ARS"
             " Recommandation : pérenniser le financement du créneau du samedi.",
             "« On a enfin un planning partagé entre les trois cabinets du canton. » – Infirmière"
             " coordinatrice de la MSP Constat : le planning couvre désormais tous les samedis."]
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "rapport"})
    assert segment_at(text, segs, "un mois sur quatre").role == "medecin_generaliste"
    ars = segment_at(text, segs, "voudrions voir essaimer")
    assert (ars.kind, ars.role) == ("verbatim", "institutionnel_ars")
    assert segment_at(text, segs, "pérenniser le financement").kind == "narrative"
    assert segment_at(text, segs, "un planning partagé").kind == "verbatim"
    assert segment_at(text, segs, "le planning couvre désormais").kind == "narrative"


# s39: a list of quotations each credited after a COMMA, no dash, no parenthesis ("« … », Odile,
# éleveuse à Montrevel.", "• « … », tonnelier à la chauffe"), the list numbered or bulleted
def test_a_comma_credit_becomes_a_parenthesis_of_the_same_length():
    from corpus.segment.dash_credits import fold_comma_credits

    text = ("2. « On fait ça dans le froid de l'atelier. », Thierry, éleveur à Saint-Trivier-de-Courtes.\n"
            "• « Le marteau, c'est huit heures par jour », tonnelier au cerclage\n")
    folded = fold_comma_credits(text)
    assert len(folded) == len(text)
    assert "»( Thierry, éleveur à Saint-Trivier-de-Courtes)\n" in folded
    assert "»(tonnelier au cerclage)\n" in folded


@pytest.mark.parametrize("text", [
    "« Un légume, ça se goûte trois fois », Semaine du goût 2024.\n",  # a campaign's slogan, no one
    "« On verra bien », explique Odile, éleveuse à Marboz.\n",  # a verb's incise: its readers'
    "« Nous les finançons au démarrage », nous explique-t-on à la délégation de l'ARS, à Cahors.\n",
    "« Mon pharmacien me connaît », Josette, 82 ans, vit seule à Mirande.\n",  # a persona: no post
])
def test_comma_credits_left_alone(text):
    from corpus.segment.dash_credits import fold_comma_credits

    assert fold_comma_credits(text) == text


def test_numbered_quotations_with_comma_credits(gazetteer):
    # unseen: a prevention sheet's numbered list of breeders' words, a first name and a place for one
    lines = ["Ce que disent les rouleuses et rouleurs",
             "1. « On serre, on coud, on resserre. À la dixième, les doigts ne répondent plus. », Odile, "
             "éleveuse à Montrevel-en-Bresse.",
             "2. « On fait ça dans le froid de l'atelier, il ne faut pas que la viande chauffe. », Thierry, "
             "éleveur à Saint-Trivier-de-Courtes.",
             "Les recommandations suivent."]
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "rapport"})
    odile = segment_at(text, segs, "On serre, on coud")
    assert (odile.kind, odile.speaker, odile.region) == ("verbatim", "Odile", "Auvergne-Rhône-Alpes")
    assert odile.char_end <= text.index(", Odile")  # the quotation ends at its guillemet
    assert segment_at(text, segs, "la viande chauffe").speaker == "Thierry"
    assert segment_at(text, segs, "Les recommandations").kind == "narrative"


def test_members_signatures_with_what_they_keep_and_where(gazetteer):
    # s39, unseen: a beekeepers' newsletter signs its members' letters "— Gérard, 40 ruches, Vatan" on the
    # line under each quotation; extraction runs the first signature into its quotation's line and the
    # second into the next quotation's
    from corpus.segment.attributions import counted_profile

    lines = ["Nous avons demandé à nos adhérents de nous raconter leurs réactions aux piqûres.",
             "« Trente ans d'apiculture sans souci, et un matin de juin, une piqûre à la paupière : ma femme m'a "
             "conduit aux urgences. » — Gérard, 40 ruches, Vatan « Je suis piquée vingt fois par saison et je n'ai "
             "jamais rien eu, c'est mon mari qui a fait un choc. »",
             "— Martine, 6 ruches, Saint-Georges-sur-Arnon « J'ai fait une grosse réaction l'an dernier et je n'en "
             "ai parlé à personne. »",
             "— Un adhérent qui a préféré ne pas signer son courrier"]
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "autre"})
    g = segment_at(text, segs, "Trente ans d'apiculture")
    assert (g.kind, g.speaker, g.role, g.region) == ("verbatim", "Gérard", "autre", "Centre-Val de Loire")
    m = segment_at(text, segs, "piquée vingt fois")
    assert (m.kind, m.speaker, m.region) == ("verbatim", "Martine", "Centre-Val de Loire")
    # near misses: an age is no count of what one keeps, a lower-case last field is no place
    assert counted_profile("Gérard, 40 ruches, Vatan")
    assert not counted_profile("Solange, 57 ans, Pontarlier")
    assert not counted_profile("Josette, 82 ans, vit seule à Mirande")
    assert not counted_profile("Bilan 2024, 40 ruches, Vatan")


def test_a_nursing_home_resident_credited_after_a_dash_is_a_person(gazetteer):
    # s46: "– résidente, 89 ans, Douvaine" under a bulleted quotation
    lines = ["Encadré – Paroles recueillies",
             "• « J'ai cru qu'on m'avait oubliée, les aides-soignantes étaient ma seule famille. » – résidente, 91 ans, "
             "Douvaine"]
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "rapport"})
    s = segment_at(text, segs, "J'ai cru qu'on m'avait oubliée")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "", "autre", "Auvergne-Rhône-Alpes")


def test_a_first_name_alone_after_the_dash_credits_the_person_a_portrait_presents(gazetteer):
    # s50: portraits at the head of a report, the quotations pages later signed by the first name alone
    lines = ["1. Portraits", "Fatima, 41 ans, médiatrice en santé à Kawéni",
             "Fatima accompagne les familles vers le dispensaire depuis 2021.",
             "2. Ce qui change",
             "« Au début on me prenait pour une assistante sociale, maintenant on m'appelle avant le rendez-vous. » — Fatima",
             "« Les affiches restent sur les murs, personne ne les lit jamais dans le quartier. » — Bruno"]
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "rapport"})
    s = segment_at(text, segs, "Au début on me prenait")
    assert (s.kind, s.speaker) == ("verbatim", "Fatima")
    # a first name nobody presents is not read as a credit there
    folded = fold_dash_credits("\n".join(lines))
    assert "» (Fatima)" in folded and "» — Bruno" in folded
