"""A rapporteur's restitution run in after "Restitution de la table N, par X (desc) :"
(segment/restitutions.py). Look-alikes that must not change: a report's own sentence after the
restitution, a lead with no person described ("Synthèse de l'atelier, par ordre de priorité :"),
a restitution introduced as reported speech in prose."""

from __future__ import annotations

from segment_text import heading_structure
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.restitutions import restitution_lead

WORKSHOP = [
    "Séminaire de la CPTS du Trégor – 12 mai 2023, Lannion",
    "Les participants ont travaillé en trois groupes sur le retour à domicile après hospitalisation.",
    "Synthèse du groupe 1, par Soizic (infirmière libérale à Lannion) : Pour nous, le problème c'est le "
    "vendredi soir. Les sorties arrivent sans ordonnance et on bricole.",
    "Synthèse du groupe 2, par le Dr Le Goff (médecin généraliste à Paimpol) : Notre groupe veut un "
    "courrier de sortie type, le même pour tous les services.",
    "On voudrait aussi que la pharmacie soit prévenue la veille.",
    "Synthèse de l'atelier, par ordre de priorité : un courrier type, une astreinte, un annuaire.",
    "Ces propositions seront discutées en bureau en juin.",
]


def test_restitutions_are_their_rapporteurs_words(gazetteer):
    text, segs = _segment(WORKSHOP, gazetteer, doc={"kind": "rapport"})
    s = _at(text, segs, "le problème c'est le vendredi soir")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "Soizic", "infirmier", "Bretagne")
    assert "Synthèse du groupe 1" not in s.text
    s = _at(text, segs, "Notre groupe veut un courrier")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Dr Le Goff", "medecin_generaliste")
    assert s.char_end > text.index("On voudrait aussi que la pharmacie")  # goes on in the group's voice
    assert _at(text, segs, "un courrier type, une astreinte").kind == "narrative"
    assert _at(text, segs, "Ces propositions seront discutées").kind == "narrative"


def test_leads():
    assert restitution_lead("Restitution de la table 2, par Yannick (kinésithérapeute à Briançon) : Nous, on …")
    assert restitution_lead("Synthèse de l'atelier, par ordre de priorité : un courrier type") is None
    assert restitution_lead("Restitution des travaux, par Marie (voir annexe 2) : trois axes.") is None


def test_group_headings_naming_their_spokesperson_over_unquoted_words(gazetteer):
    # s52: "Atelier 2 – … – rapporteuse : Mme …, desc" in bold over the words given back, no guillemets
    seminar = [
        "Journée des CPTS du Haut-Jura, Morez, 12 juin 2025",
        "Chaque atelier a désigné une personne pour restituer ses travaux en plénière.",
        "Atelier 1 – Soins non programmés – porte-parole : M. Hugo Vuillet, pharmacien à Morez",
        "De notre côté, on voit arriver le samedi tous les patients qui n'ont pas trouvé de médecin. Nous proposons une liste de garde partagée entre les officines.",
        "Atelier 2 – Prévention – rapporteuse : Mme Léa Cart, sage-femme libérale aux Rousses",
        "Nous avons parlé surtout des jeunes mères isolées. On voudrait un atelier mensuel à la maison de santé.",
        "Les propositions seront présentées au bureau de la CPTS en septembre.",
    ]
    text, segs = _segment(seminar, gazetteer, structure=heading_structure(seminar, [2, 4]))
    s = _at(text, segs, "on voit arriver le samedi tous les patients")
    assert (s.kind in ("verbatim", "turn"), s.speaker, s.role) == (True, "M. Hugo Vuillet", "pharmacien")
    s = _at(text, segs, "Nous avons parlé surtout des jeunes mères")
    assert (s.kind in ("verbatim", "turn"), s.speaker, s.role) == (True, "Mme Léa Cart", "sage_femme")
    assert _at(text, segs, "Les propositions seront présentées").kind == "narrative"
    assert _at(text, segs, "Chaque atelier a désigné une personne").kind == "narrative"


def test_accounts_under_headings_naming_their_teller(gazetteer):
    # s52: critical incidents, each under "Incident n° N – rapporté par CODE (profile)", told in italics
    memoir = [
        "4.2. Incidents relatifs à la sécurité du patient",
        "Incident n° 2 – rapporté par MK3 (cabinet de groupe, 12 ans d'exercice, Manosque)",
        "Je suis arrivé chez une dame de quatre-vingt-dix ans, la porte était ouverte et elle était assise par terre depuis la nuit.",
        "Incident n° 6 – rapporté par MK5 (cabinet seul, 30 ans d'exercice, Reillanne)",
        "Le fils de mon patient m'attendait dans la cour pour me dire d'arrêter les séances, que son père était trop fatigué.",
        "Dans ces deux incidents, le passage du soignant joue un rôle de surveillance.",
    ]
    text, segs = _segment(memoir, gazetteer, structure=heading_structure(memoir, [1, 3]))
    s = _at(text, segs, "elle était assise par terre depuis la nuit")
    assert (s.kind in ("verbatim", "turn"), s.speaker, s.role) == (True, "MK3", "kinesitherapeute")
    s = _at(text, segs, "Le fils de mon patient m'attendait")
    assert (s.kind in ("verbatim", "turn"), s.speaker) == (True, "MK5")
    assert _at(text, segs, "Dans ces deux incidents, le passage").kind == "narrative"
