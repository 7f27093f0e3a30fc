"""Runs of quotations signed on the line below each (segment/signature_runs.py): a union
newsletter's testimonies signed by a name and a post, an evaluation report's box signed by dash
descriptions, the extraction running a signature and the next quotation onto one line.
Look-alikes that must not change: an epigraph signed by an author and a title, a quotation
signed on its own line, a quotation followed by prose, a name line under a quotation that names
no post."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.signature_runs import run_cuts, signs

NEWSLETTER = [
    "Section Bretagne – La parole aux adhérents",
    "Nous avons demandé à nos adhérentes ce que la CPTS avait changé dans leur quotidien.",
    "« Depuis la CPTS, je connais enfin les pharmaciens du quartier. Avant, je ne les voyais jamais. »",
    "Maëlle K., IDEL à Vannes (56) « On nous sollicite pour chaque réunion, toujours le soir, et sans "
    "aucune indemnité pour le temps passé.",
    "Ça dure depuis deux ans maintenant. »",
    "Gwenaël P., kinésithérapeute à Lorient (56) « Le protocole de sortie d'hospitalisation a vraiment "
    "changé la prise en charge des patients âgés. »",
    "Nolwenn T., sage-femme à Quimper (29)",
    "La prochaine assemblée générale se tiendra à Pontivy.",
]


def test_name_signed_run_gives_each_quotation_its_signatory(gazetteer):
    text, segs = _segment(NEWSLETTER, gazetteer)
    s = _at(text, segs, "je connais enfin les pharmaciens")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "Maëlle K.", "infirmier", "Bretagne")
    s = _at(text, segs, "On nous sollicite pour chaque réunion")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Gwenaël P.", "kinesitherapeute")
    assert s.char_end > text.index("Ça dure depuis deux ans")  # one quotation over two paragraphs
    s = _at(text, segs, "Le protocole de sortie")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Nolwenn T.", "sage_femme")
    assert _at(text, segs, "Nolwenn T., sage-femme").kind not in ("verbatim", "turn")
    assert _at(text, segs, "La prochaine assemblée").kind == "narrative"


BOX = [
    "Verbatim",
    "« Le samedi, les patients arrivaient à l'officine sans solution. Maintenant il y a un numéro. »",
    "— Une pharmacienne, secteur de Pontivy « Le dispositif repose sur trois médecins, c'est trop peu "
    "pour durer. » — Un médecin généraliste, secteur de Baud « Nous avons financé le lancement, la "
    "suite dépend des professionnels. »",
    "— Un représentant de l'ARS, délégation du Morbihan",
]


def test_dash_signed_run_cut_by_the_extraction(gazetteer):
    text, segs = _segment(BOX, gazetteer)
    s = _at(text, segs, "Le dispositif repose sur trois médecins")
    assert (s.kind, s.role) == ("verbatim", "medecin_generaliste")
    assert s.char_end <= text.index("— Un médecin généraliste")
    s = _at(text, segs, "Nous avons financé le lancement")
    assert (s.kind, s.role) == ("verbatim", "institutionnel_ars")


LOOK_ALIKES = [
    "Chapitre 3",
    "« L'homme est la seule créature qui refuse d'être ce qu'elle est. »",
    "Albert Camus, L'Homme révolté « Tout commence par un refus. »",
    "Le chapitre revient sur la notion de coordination dans les soins primaires.",
    "« Le décloisonnement reste un horizon, pas une réalité. »",
    "Marc Durand, Les Soins primaires en France",
    "Cette formule résume bien l'état du débat dans la littérature.",
]


def test_epigraphs_and_titles_are_no_signatures(gazetteer):
    text, segs = _segment(LOOK_ALIKES, gazetteer)
    for snippet in ("la seule créature", "Tout commence par un refus", "Le décloisonnement reste"):
        assert _at(text, segs, snippet).kind not in ("verbatim", "turn"), snippet


def test_signs_reads_posts_not_titles():
    assert signs("Corinne B., IDEL à Maubeuge (59)") == ("Corinne B.", "IDEL à Maubeuge (59)")
    assert signs("— Un pharmacien, secteur de Locminé") == ("", "Un pharmacien, secteur de Locminé")
    assert signs("Albert Camus, La Peste") is None
    assert signs("— Albert Camus, La Peste") is None
    assert signs("Le chapitre revient sur la notion de coordination") is None


def test_run_cuts_only_where_a_quotation_follows():
    line = "— Un pharmacien, secteur de Locminé « Le dispositif tient. » — Une infirmière, secteur de Baud « Ça tient. »"
    cuts = run_cuts(line, after_quote=True)
    assert [line[c:c + 2] for c in cuts] == ["« ", "— ", "« "]
    assert run_cuts(line, after_quote=False) == []  # no quotation closed above: prose
    # a quotation signed on its own line stays whole (segment/signed_quotes.py reads it)
    assert run_cuts("« Le planning partagé nous a changé la vie. » Marc Olivier, médecin généraliste", True) == []


def test_a_lead_in_ending_on_a_colon_signs_nothing():
    """Session 31: "… » Karim Benali, infirmier à Quintin, a rejoint le groupe : « … »": the words
    between the two quotations lead the next one in, they do not sign the one before."""
    assert signs("Karim Benali, infirmier à Quintin, a rejoint le groupe cette année :") is None
    assert signs("Karim Benali, infirmier à Quintin") == ("Karim Benali", "infirmier à Quintin")


# s31-segr54a: a decision quotes witnesses' attestations one paragraph after another, each led by
# "Name, post, atteste :"; the lead-in of the next paragraph is no signature of the words above it
# (a colon announces what follows), and each lead-in's description is its witness's (made-up lines)
JUDGMENT = [
    "TRIBUNAL JUDICIAIRE DE NANCY – PÔLE SOCIAL – JUGEMENT DU 3 OCTOBRE 2024",
    "Demandeur : M. Yanis Brunet, aide-soignant au centre hospitalier de Lunéville. Défenderesse : la caisse "
    "primaire d'assurance maladie de Meurthe-et-Moselle.",
    "M. Brunet soutient qu'il s'est tordu le genou en poussant un lit. La caisse fait valoir qu'aucun témoin "
    "direct n'est identifié.",
    "MOTIFS DE LA DÉCISION",
    "Le compte rendu des urgences mentionne que M. Brunet a indiqué à l'interne : « J'ai entendu un claquement "
    "dans le genou en tournant le lit dans l'ascenseur. »",
    "Mme Karine Marchal, infirmière de l'équipe de jour, atteste : « Je l'ai vu s'asseoir par terre devant "
    "l'ascenseur du deuxième étage, il ne pouvait plus poser le pied. »",
    "Mme Sophie Charpentier, cadre de santé du service, précise dans son attestation : « Il m'a appelée "
    "aussitôt, c'est moi qui l'ai envoyé aux urgences. »",
    "Ces éléments établissent la matérialité d'un fait accidentel.",
]


def test_a_lead_in_ending_on_a_colon_is_no_signature():
    assert signs("Mme Karine Marchal, infirmière de l'équipe de jour, atteste :") is None
    assert signs("Mme Karine Marchal, infirmière de l'équipe de jour") is not None  # near miss: a signature


def test_witness_attestations_quoted_one_after_another(gazetteer):
    text, segs = _segment(JUDGMENT, gazetteer)
    witness = _at(text, segs, "Je l'ai vu s'asseoir par terre")
    assert (witness.kind, witness.speaker, witness.role) == ("verbatim", "Karine Marchal", "infirmier")
    manager = _at(text, segs, "c'est moi qui l'ai envoyé")
    assert (manager.kind, manager.speaker) == ("verbatim", "Sophie Charpentier")
    assert _at(text, segs, "un claquement dans le genou").kind == "verbatim"  # no witness signs it


# s34-segr59c: an annual report's box signs each quotation on the line below it by a name and what the
# person does in their own words, no post of roles.yaml ("gérant d'une …", "cariste"), then a commune;
# the extraction may run a signature into the next quotation.
ANNUAL_BOX = [
    "Paroles d'adhérents",
    "« On a revu les postes de l'atelier avec l'ergonome, les douleurs aux poignets ont nettement diminué. »",
    "Sylvain Morel, responsable d'une menuiserie industrielle, Issoudun « Après mon accident, on m'a proposé "
    "une visite de pré-reprise et je suis revenue sur un poste aménagé. »",
    "Amandine, préparatrice de commandes, Châteauroux",
    "Le service tiendra son assemblée générale le 12 juin à Déols.",
]


def test_a_name_a_trade_and_a_commune_sign_the_quotation_above(gazetteer):
    assert signs("Sylvain Morel, responsable d'une menuiserie industrielle, Issoudun", gazetteer) == \
        ("Sylvain Morel", "responsable d'une menuiserie industrielle, Issoudun")
    assert signs("Amandine, préparatrice de commandes, Châteauroux", gazetteer) == \
        ("Amandine", "préparatrice de commandes, Châteauroux")
    text, segs = _segment(ANNUAL_BOX, gazetteer)
    s = _at(text, segs, "les douleurs aux poignets")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "Sylvain Morel", "autre", "Centre-Val de Loire")
    s = _at(text, segs, "je suis revenue sur un poste aménagé")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "Amandine", "autre", "Centre-Val de Loire")
    # near misses: an epigraph's author and title, a name and a trade without a commune, a capitalised
    # field (a title) before the commune, and without a gazetteer (a run's words between two quotations)
    assert signs("Albert Camus, La Peste", gazetteer) is None
    assert signs("Sylvain Morel, responsable d'une menuiserie industrielle", gazetteer) is None
    assert signs("Sylvain Morel, Les Misérables, Issoudun", gazetteer) is None
    assert signs("Sylvain Morel, responsable d'une menuiserie industrielle, Issoudun") is None


# ---- s46: a reader's letter signed by initials and a commune -------------------------------------

def test_a_reader_s_letter_signed_by_initials_and_a_commune(gazetteer):
    lines = ["Courrier des lecteurs",
             "« Depuis que ma femme va aux ateliers de l'association, elle cuisine de nouveau et moi j'ai appris à "
             "lire les étiquettes. »",
             "M.-A. L., Hendaye",
             "Agenda"]
    text, segs = _segment(lines, gazetteer, doc={"kind": "presse"})
    s = _at(text, segs, "elle cuisine de nouveau")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "M.-A. L.", "autre", "Nouvelle-Aquitaine")
