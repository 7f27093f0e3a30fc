"""A quotation after "Il ajoute :" in a paragraph of minutes opened by the member it quotes,
"Le Dr Audren, médecin généraliste à Plouigneau, rappelle que … Il ajoute : « … »"
(segment/attributions.py, a paragraph's subject); look-alikes: a paragraph opened by a topic, a quotation before
in the same paragraph."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.attributions import paragraph_subject

MINUTES = [
    "Comité de pilotage de la CPTS du Trégor – 9 février 2023",
    "Présents : Dr L. Morvan ; Mme S. Guillou ; M. J. Le Bras.",
    "Mme Guillou (pharmacienne titulaire à Lannion) présente le bilan des gardes de l'hiver et regrette la faible participation des officines rurales. Elle ajoute : « sans un planning partagé, chaque week-end se négocie au téléphone la veille »",
    "Le Dr Morvan, médecin généraliste à Perros-Guirec, rappelle que le projet de santé arrive à échéance. Il précise : « il faudra réécrire les fiches actions avant l'été, sinon nous perdrons le financement »",
    "Le budget de l'année est adopté à l'unanimité. Il prévoit : « une enveloppe de 12 000 euros pour la coordination »",
]


def test_the_paragraphs_subject_speaks(gazetteer):
    text, segs = _segment(MINUTES, gazetteer)
    s = _at(text, segs, "sans un planning partagé")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Mme Guillou", "pharmacien")
    s = _at(text, segs, "il faudra réécrire les fiches actions")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Dr Morvan", "medecin_generaliste")
    assert _at(text, segs, "une enveloppe de 12 000 euros").kind != "verbatim"  # a budget, no person


def test_paragraph_subject(gazetteer):
    lead = "M. Quéré (conseiller départemental, canton de Carhaix) demande si la CPTS pourra suivre. Il précise : "
    assert paragraph_subject(lead, gazetteer)["speaker"] == "M. Quéré"
    assert paragraph_subject("Le Dr Y. Audren rappelle que tout va bien. Il ajoute : ", gazetteer)["speaker"] == "Dr Audren"
    assert paragraph_subject("Le budget est adopté. Il prévoit : ", gazetteer) is None
    # a quotation earlier in the paragraph: the pronoun continues that one, left to its reader
    assert paragraph_subject("Mme Guillou dit : « oui ». Elle ajoute : ", gazetteer) is None


# segfix31: press style, the person introduced in indirect speech, then quoted with the verb after
# the quotation, inverted ("« … », ajoute-t-elle", "« … », poursuit le médecin").
PRESS = [
    "Un nouveau centre de santé a ouvert ses portes à Quimper en janvier dernier.",
    "Martine Le Goff, infirmière libérale à Quimper et trésorière de l'association, explique que le projet "
    "est né pendant l'hiver 2018. « On voyait des patients attendre des heures pour un simple pansement », "
    "ajoute-t-elle.",
    "Le docteur Paul Kerhervé, généraliste à Brest, reconnaît que ses confrères hésitent. « Beaucoup craignent "
    "la paperasse et les réunions du soir », poursuit le médecin.",
    "Le centre compte aujourd'hui vingt salariés.",
]


def test_press_subject_in_indirect_speech_speaks_the_quote_after(gazetteer):
    text, segs = _segment(PRESS, gazetteer, doc={"kind": "presse"})
    s = _at(text, segs, "On voyait des patients attendre")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Martine Le Goff", "infirmier")
    s = _at(text, segs, "Beaucoup craignent la paperasse")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Paul Kerhervé", "medecin_generaliste")
    # a paragraph opened by a budget, not a person, no quotation before: the pronoun has no one to name
    budget = ["Le budget, voté en mars, prévoit que la commune paie le loyer. « Cela reste un pari pour "
              "tout le monde », ajoute-t-il."]
    text2, segs2 = _segment(budget, gazetteer, doc={"kind": "presse"})
    assert _at(text2, segs2, "Cela reste un pari").speaker == ""
    # the anaphor names another function than the subject's: not the subject's words
    other = ["Sophie Tanguy, infirmière à Morlaix, explique que tout va bien. « Nous avons recruté deux "
             "secrétaires », précise le maire."]
    text3, segs3 = _segment(other, gazetteer, doc={"kind": "presse"})
    assert _at(text3, segs3, "Nous avons recruté deux secrétaires").speaker == ""


def test_named_subject(gazetteer):
    from corpus.segment.attributions import named_subject
    got = named_subject("Claire Morvan, pharmacienne à Brest, explique que la garde tourne. ", gazetteer)
    assert (got["speaker"], got["role"]) == ("Claire Morvan", "pharmacien")
    # no speech verb after the apposition, no person described, a quotation before
    assert named_subject("Claire Morvan, pharmacienne à Brest, dirige la garde. ", gazetteer) is None
    assert named_subject("Saint Malo, ville portuaire, explique que tout va bien. ", gazetteer) is None
    assert named_subject("Claire Morvan, pharmacienne, dit « oui » et explique que non. ", gazetteer) is None


def test_named_subject_with_the_function_first(gazetteer):
    """segfix32: the press puts the function before the name ("Pharmacienne dans le quartier, Sophie
    Marchal se dit prête …"), then quotes her after a pronoun incise."""
    from corpus.segment.attributions import named_subject
    got = named_subject("Pharmacienne dans le quartier, Sophie Marchal se dit prête à accueillir la vaccination. ", gazetteer)
    assert (got["speaker"], got["role"]) == ("Sophie Marchal", "pharmacien")
    # a place, not a function, before the name; no speech verb after the name
    assert named_subject("À Épinal, Sophie Marchal dit que tout va bien. ", gazetteer) is None
    assert named_subject("Pharmacienne dans le quartier, Sophie Marchal dirige l'officine. ", gazetteer) is None
    lines = ["Pharmacienne dans le quartier, Sophie Marchal se dit prête à accueillir les permanences. « On a "
             "l'espace, dit-elle, il nous manque juste les bras. »"]
    text, segs = _segment(lines, gazetteer, doc={"kind": "presse"})
    s = _at(text, segs, "On a l'espace")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Sophie Marchal", "pharmacien")


# segfix32: a paragraph opens with an unnamed person described by a noun (and what they do in
# apposition), reported in indirect speech, then quoted after "Selon lui," or an incise pronoun;
# "D'après la coordinatrice, salariée depuis 2022, « … »": an apposition after the introducer.
MEMOIRE = [
    "La CPTS du Pays d'Auge couvre quarante-deux communes du Calvados.",
    "Le président de la CPTS, médecin généraliste à Lisieux, reconnaît que le bureau reste très médical. "
    "Selon lui, « les pharmaciens et les kinés viennent, mais ils ne prennent pas la parole ».",
    "D'après la coordinatrice, salariée depuis 2022, « le vrai travail se fait entre les réunions, au téléphone ».",
    "Ces éléments invitent à interroger la place des non-médecins.",
]


def test_described_subject_speaks_after_selon_lui(gazetteer):
    from corpus.segment.attributions import described_subject
    got = described_subject("Le président de la CPTS, médecin généraliste à Lisieux, reconnaît que tout va bien. ", gazetteer)
    assert (got["speaker"], got["role"], got["region"]) == ("", "medecin_generaliste", "Normandie")
    # a document, not a person, as the subject; a person noun without a speech verb
    assert described_subject("Le rapport de la Cour explique que tout va bien. Selon lui, ", gazetteer) is None
    assert described_subject("Le président de la CPTS dirige le bureau depuis 2020. ", gazetteer) is None
    text, segs = _segment(MEMOIRE, gazetteer, doc={"kind": "memoire"})
    s = _at(text, segs, "les pharmaciens et les kinés viennent")
    assert (s.kind, s.role) == ("verbatim", "medecin_generaliste")
    s = _at(text, segs, "le vrai travail se fait entre les réunions")
    assert (s.kind, s.role) == ("verbatim", "coordinateur")
    # "Selon lui" after a paragraph about a text: no one to give the words to
    other = ["Le rapport annuel de l'agence décrit trois priorités. Selon lui, « les territoires ruraux doivent "
             "passer en premier dans la programmation »."]
    text2, segs2 = _segment(other, gazetteer, doc={"kind": "memoire"})
    assert not [x for x in segs2 if x.kind in ("verbatim", "turn")]


WORKING_GROUP = [
    "Compte rendu – groupe de travail « Plaies chroniques », CPTS du Vexin, 3 mai",
    "Présents : Mme Roussel, M. Benali, Dr Fabre. Excusée : Mme Hamon.",
    "Mme Roussel (IDEL) rappelle : « Les pansements complexes arrivent sans protocole, on appelle le service pour chaque patient. »",
    "M. Benali (MK) ajoute : « Nous non plus, on ne sait jamais quand la cicatrisation autorise la rééducation. »",
    "Dr Fabre (MG) répond : « Je peux faire circuler un protocole type, si la coordination le diffuse. »",
    "Mme Hamon (secrétaire) a affiché : « Réunion suivante le 7 juin. »",
]


def test_a_member_with_an_abbreviated_profession_speaks_after_the_colon(gazetteer):
    text, segs = _segment(WORKING_GROUP, gazetteer)
    for snippet, speaker, role in (("Les pansements complexes arrivent", "Mme Roussel", "infirmier"),
                                   ("on ne sait jamais quand la cicatrisation", "M. Benali", "kinesitherapeute"),
                                   ("Je peux faire circuler un protocole", "Dr Fabre", "medecin_generaliste")):
        s = _at(text, segs, snippet)
        assert (s.kind, s.speaker, s.role) == ("verbatim", speaker, role)
    # a notice put up is read, not said: no member's words
    assert _at(text, segs, "Réunion suivante le 7 juin").speaker != "Mme Hamon"
