"""Records of deliberative bodies (segment/records.py): turns opened by a civility and a name,
optionally a function, then a full stop or a dash; the chair's words; unlabelled continuation
paragraphs; roles from the function; prose that mentions "M. Dupont." stays prose."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.base import split_lines
from corpus.segment.records import colon_record_speakers, function_attrs, record_speakers

SITTING = [
    "M. le président. La parole est à M. le ministre.",
    "M. François Braun, ministre de la santé et de la prévention. Monsieur le sénateur, les communautés "
    "professionnelles territoriales de santé se sont beaucoup développées pendant la crise sanitaire.",
    "Nous avons signé l’avenant conventionnel qui finance leurs missions de coordination.",
    "Je vous propose donc de retirer votre amendement.",
    "M. le président. Monsieur Milon, l’amendement n° 12 est-il maintenu ?",
    "M. Alain Milon. Non, je le retire, monsieur le président.",
    "M. le président. L’amendement n° 12 est retiré.",
]


def test_a_sitting_s_turns_chair_and_continuation(gazetteer):
    text, segs = _segment(SITTING, gazetteer)
    chair = _at(text, segs, "La parole est à M. le ministre.")
    assert chair.kind == "moderator"
    minister = _at(text, segs, "Monsieur le sénateur, les communautés")
    assert minister.kind == "turn"
    assert minister.speaker == "François Braun"
    assert (minister.role, minister.region) == ("institutionnel_autre", "National")
    # the unlabelled paragraphs that follow are the same intervention
    assert _at(text, segs, "Je vous propose donc de retirer") is minister
    senator = _at(text, segs, "Non, je le retire, monsieur le président.")
    assert (senator.kind, senator.speaker, senator.role) == ("turn", "Alain Milon", "elu")
    assert _at(text, segs, "Monsieur Milon, l’amendement").kind == "moderator"


def test_a_committee_record_s_single_statement_after_a_dash(gazetteer):
    text, segs = _segment([
        "Réunie le mercredi 15 mars 2023, la commission a entendu la communication de son rapporteur.",
        "Mme Corinne Imbert , rapporteure . - Notre mission d’information a entendu une quarantaine de "
        "professionnels de santé, dans six départements.",
        "Le constat est partagé : les territoires ruraux manquent de médecins traitants.",
    ], gazetteer)
    turn = _at(text, segs, "Notre mission d’information a entendu")
    assert (turn.kind, turn.speaker, turn.role) == ("turn", "Corinne Imbert", "elu")
    assert _at(text, segs, "Le constat est partagé") is turn
    assert _at(text, segs, "Réunie le mercredi 15 mars 2023").kind not in ("turn", "verbatim")


def test_prose_that_names_a_person_is_no_record(gazetteer):
    lines = [
        "Le maire de la commune a été reçu par l’agence régionale de santé en janvier.",
        "M. Dupont. Tel est le nom que les habitants donnent encore au vieux médecin du bourg.",
        "M. Martin a dit que la maison de santé ouvrirait à l’automne.",
        "Mme Durand a confirmé que trois infirmières s’y installeraient.",
    ]
    assert record_speakers(split_lines("\n".join(lines))) == {}
    text, segs = _segment(lines, gazetteer)
    assert not [s for s in segs if s.kind in ("turn", "verbatim", "moderator")]


def test_roles_from_the_function():
    assert function_attrs("ministre déléguée chargée de l’organisation territoriale") == ("institutionnel_autre", "National")
    assert function_attrs("rapporteur général de la commission des affaires sociales") == ("elu", "")
    assert function_attrs("directeur de l’hôpital") == ("", "")


def test_a_broadcast_transcript_s_name_lines_open_turns(gazetteer):
    text, segs = _segment([
        "Texte intégral",
        "JEAN LEFÈVRE",
        "Bonjour Agnès MARTINEAU. Vous êtes maire de Dieulefit et présidente de la CPTS du Vercors.",
        "AGNÈS MARTINEAU",
        "Bonjour.",
        "JEAN LEFÈVRE",
        "Qu’est-ce qui a changé pour les médecins du territoire depuis la crise sanitaire ?",
        "AGNÈS MARTINEAU",
        "Alors d’abord, on s’est organisés très vite avec les infirmières et les pharmaciens.",
        "Et ensuite nous avons ouvert un centre de vaccination au gymnase.",
        "JEAN LEFÈVRE",
        "Merci Agnès MARTINEAU.",
    ], gazetteer)
    answer = _at(text, segs, "Alors d’abord, on s’est organisés")
    assert (answer.kind, answer.speaker) == ("turn", "AGNÈS MARTINEAU")
    # her function, as the interviewer tells it ("Vous êtes maire de …")
    assert answer.role == "elu"
    assert _at(text, segs, "Et ensuite nous avons ouvert") is answer
    assert _at(text, segs, "Bonjour.").kind == "turn"
    # the one the others name is the guest; the others ask
    assert _at(text, segs, "Qu’est-ce qui a changé").kind == "moderator"


def test_headings_in_capitals_are_no_name_lines(gazetteer):
    lines = ["RÉSULTATS ET DISCUSSION", "Les médecins interrogés décrivent une coordination nouvelle.",
             "ANALYSE DES ENTRETIENS", "Trois thèmes ressortent des entretiens menés en Drôme.",
             "LIMITES DE L’ÉTUDE", "L’échantillon est petit.", "CONCLUSION GÉNÉRALE", "La CPTS a tenu."]
    from corpus.segment.records import name_line_speakers
    assert name_line_speakers(split_lines("\n".join(lines))) == {}


def test_a_jury_list_of_names_in_capitals_is_no_transcript():
    from corpus.segment.records import name_line_speakers
    lines = ["MEMBRES DU JURY", "Professeur Claire DUVAL", "Présidente du jury, université de Lille.",
             "Docteur Marc LEROY", "Directeur de thèse, médecin généraliste.",
             "Docteur Anne PETIT", "Membre du jury.", "Professeur Luc MOREAU", "Membre du jury."]
    lines += lines[1:]  # the list printed twice (title page and its back)
    assert name_line_speakers(split_lines("\n".join(lines))) == {}


def test_the_guest_s_function_in_the_interviewer_s_words():
    from corpus.segment.records import guest_function
    assert guest_function("Merci d'être là. Vous êtes la ministre de la Santé. On commence ?") == "la ministre de la Santé"
    assert function_attrs(guest_function("Vous êtes la ministre de la Santé.")) == ("institutionnel_autre", "National")
    assert guest_function("Vous savez, les Français attendent des réponses.") == ""


def test_a_published_q_and_a_interview_under_its_title(gazetteer):
    text, segs = _segment([
        "Interview de Claire Lemoine, coordinatrice de la CPTS du Pays de Morlaix",
        "Publié le 3 mars 2021",
        "Claire Lemoine a pris la coordination de la CPTS à l’automne 2020.",
        "Le Télégramme: Comment la CPTS a-t-elle organisé la vaccination ?",
        "Claire Lemoine: Nous avons ouvert un centre en dix jours avec les infirmières libérales.",
        "LT: Et les médecins ?",
        "Claire Lemoine: Ils ont assuré les consultations pré-vaccinales à tour de rôle.",
    ], gazetteer)
    answer = _at(text, segs, "Nous avons ouvert un centre en dix jours")
    assert (answer.kind, answer.speaker, answer.role) == ("turn", "Claire Lemoine", "coordinateur")
    assert _at(text, segs, "Comment la CPTS a-t-elle organisé").kind == "moderator"
    assert _at(text, segs, "Et les médecins ?").kind == "moderator"
    # the chapeau that names her in prose is no turn
    assert _at(text, segs, "a pris la coordination").kind not in ("turn", "verbatim")


def test_a_title_naming_a_person_without_answers_labelled_gives_nothing():
    from corpus.segment.records import qa_speakers
    lines = ["Interview de Claire Lemoine, coordinatrice de la CPTS du Pays de Morlaix",
             "Claire Lemoine: une femme de terrain, selon ses collègues.",
             "Elle a ouvert un centre de vaccination en dix jours."]
    assert qa_speakers(split_lines("\n".join(lines))) == {}


def test_a_record_s_benches_speak_together(gazetteer):
    text, segs = _segment([
        "M. le président. Je mets aux voix l’article 3.",
        "M. Paul Vidal. Cet article supprime le financement des centres de santé. (Exclamations à droite.)",
        "A droite. C’est faux !",
        "M. Paul Vidal. Je maintiens ce que j’ai dit. Sur divers bancs à gauche. Très bien !",
        "M. le président. La parole est à M. Roux.",
    ], gazetteer)
    bench = _at(text, segs, "C’est faux !")
    assert (bench.kind, bench.speaker, bench.role) == ("turn", "", "elu")
    # a bench's reaction inside parentheses stays in the speaker's turn
    assert _at(text, segs, "(Exclamations à droite.)").speaker == "Paul Vidal"
    # the benches heard inside a paragraph the OCR joined: cut there
    assert _at(text, segs, "Très bien !").speaker == ""
    assert _at(text, segs, "Je maintiens ce que j’ai dit.").speaker == "Paul Vidal"


def test_a_direction_in_prose_is_no_bench(gazetteer):
    text, segs = _segment([
        "A droite. Puis tout droit jusqu’à la maison de santé, nous dit le pharmacien.",
        "Au centre. Le parking des patients est derrière la mairie.",
    ], gazetteer)
    assert not [s for s in segs if s.kind in ("turn", "moderator")]


# a conference's minutes whose labels give a civility and an office without a name, in the dashed
# form (round 29's CRSA minutes, reworded): each office speaks, nobody named, its role from the office
OFFICES = [
    "Compte rendu de la réunion du conseil territorial de santé, Quimper, 4 mars 2024",
    "M. le président. – La séance est ouverte. Le premier point porte sur les CPTS.",
    "Mme la représentante de l'URPS infirmiers. – Nous avons signé trois protocoles cette année, et les cabinets suivent.",
    "M. Kerhervé, représentant des usagers. – Les patients sans médecin traitant ne savent toujours pas qui appeler.",
    "M. le délégué départemental de l'ARS. – Un appel à projets sera lancé en juin pour les soins non programmés.",
    "M. le président. – Merci à tous.",
]


def test_an_office_without_a_name_opens_a_turn_with_its_role(gazetteer):
    text, segs = _segment(OFFICES, gazetteer)
    seg = _at(text, segs, "Nous avons signé trois protocoles")
    assert (seg.kind, seg.speaker, seg.role) == ("turn", "", "institutionnel_urps")
    seg = _at(text, segs, "Un appel à projets sera lancé")
    assert (seg.kind, seg.speaker, seg.role) == ("turn", "", "institutionnel_ars")
    # a users' representative is no elected member of the body
    assert _at(text, segs, "ne savent toujours pas qui appeler").role == "autre"
    assert _at(text, segs, "La séance est ouverte").kind == "moderator"


def test_an_office_without_the_dash_is_no_label():
    lines = split_lines("M. le maire. Il a inauguré la maison de santé en 2019.\nLa commune a financé les travaux.\n")
    assert record_speakers(lines) == {}


# segroles13: minutes opening with the list of those present, each with a profession in
# parentheses; a label later gives the civility and initial alone, with a dash ("Mme C. –")
PRESENT = ["Étaient présents : Mme A. (infirmière libérale, Caudry), M. B. (pharmacien, Cambrai), Mme C. "
           "(sage-femme libérale, Le Cateau-Cambrésis), M. D. (masseur-kinésithérapeute, Cambrai).",
           "L'animatrice : Qu'est-ce qui coince le plus au moment du retour à domicile ?",
           "Mme A. : Le matériel. Le lit médicalisé arrive le lendemain, et c'est moi qui découvre ça à 8 h.",
           "Mme C. – Pour les mamans c'est pareil après une césarienne : personne ne nous prévient de la sortie."]


def test_a_dashed_label_takes_the_profession_of_the_list_of_those_present(gazetteer):
    text, segs = _segment(PRESENT, gazetteer)
    seg = _at(text, segs, "Pour les mamans")
    assert (seg.kind, seg.role) == ("turn", "sage_femme")
    # unseen: the list between commas, a masculine civility, another profession
    lines = ["Présents : M. Roux, orthophoniste, Bayonne ; Mme Lafitte, pharmacienne, Anglet.",
             "Mme Lafitte : Les ordonnances de sortie arrivent par la famille, en photo sur un téléphone.",
             "M. Roux – Chez nous c'est pareil, on apprend la sortie par les parents eux-mêmes."]
    text, segs = _segment(lines, gazetteer)
    assert _at(text, segs, "Chez nous c'est pareil").role == "autre_paramedical"


def test_a_lone_dashed_label_no_list_describes_is_no_member_of_a_chamber(gazetteer):
    # near miss: one dashed label, no list describing her: her role stays unsaid (not 'elu')
    text, segs = _segment([PRESENT[0].replace("Mme C. (sage-femme libérale, Le Cateau-Cambrésis), ", ""), *PRESENT[1:]],
                          gazetteer)
    assert _at(text, segs, "Pour les mamans").role != "elu"


# a territorial assembly's in extenso minutes set with colons (s43, round 89's convention): the chair
# without a civility, members by civility and name, one with a function after a comma, each heard once
IN_EXTENSO = [
    "Assemblée de Guyane – Compte rendu in extenso – Séance du 12 mars 2025",
    "Le Président : La parole est à Mme Lucienne ABCHÉE pour sa question orale.",
    "Mme Lucienne ABCHÉE : Merci. À Maripasoula, nous n'avons plus de médecin la nuit depuis janvier, "
    "et les familles descendent le fleuve en pirogue.",
    "Le Président : Monsieur le Vice-président, vous avez la parole.",
    "M. Jean-Marc SYLVESTRE, vice-président en charge de la santé : Nous finançons deux postes "
    "avec l'agence régionale de santé à partir de juin.",
    "La séance est levée à 18 h 10.",
]


def test_in_extenso_minutes_set_with_colons(gazetteer):
    text, segs = _segment(IN_EXTENSO, gazetteer)
    s = _at(text, segs, "La parole est à Mme Lucienne")
    # giving the floor: the chair running the sitting moderates (ANNOTATION.md decision 6, s51)
    assert (s.kind, s.speaker) == ("moderator", "Le Président")
    s = _at(text, segs, "les familles descendent le fleuve")
    assert (s.kind, s.speaker, s.role) == ("turn", "Mme Lucienne ABCHÉE", "elu")
    s = _at(text, segs, "Nous finançons deux postes")
    assert (s.kind, s.speaker, s.role) == ("turn", "M. Jean-Marc SYLVESTRE", "elu")
    assert s.role_raw == "vice-président en charge de la santé"


def test_a_chair_asking_in_turn_moderates_and_no_chair_no_record():
    asking = split_lines("\n".join([
        "M. LE PRÉSIDENT : Madame Roux, que s'est-il passé sur le quai ?",
        "Mme ROUX : Un veau s'est retourné dans le couloir.",
        "M. LE PRÉSIDENT : Monsieur Texier, qu'en pensent les négociants ?",
        "M. TEXIER : Ils sont d'accord si les camions ne perdent pas de temps.",
    ]) + "\n")
    found = colon_record_speakers(asking)
    assert found["M. LE PRÉSIDENT"]["moderator"] and not found["Mme ROUX"]["moderator"]
    # an interview's "Mme X :" / "M. Y :" labels without a chair: no sitting's record
    assert colon_record_speakers(split_lines("Mme Roux : Bonjour.\nM. Texier : Oui, bonjour.\nMme Roux : On commence ?\n")) == {}


# ---- a council's verbatim report with its chair and members in capitals (s46) ------------------

COUNCIL = [
    "Conseil départemental – séance publique du 14 mai 2025 – compte rendu intégral",
    "Intervenants : M. Olivier Rambert, conseiller départemental du canton de Mende ; Mme Claire Fabre, "
    "conseillère départementale du canton de Langogne ; Mme Anne Vidal, vice-présidente chargée de la santé.",
    "M. LE PRÉSIDENT. – Nous passons au rapport sur les centres de santé. La parole est à M. Rambert.",
    "M. RAMBERT. – Les habitants du canton attendent un médecin depuis deux ans, et le centre reste vide.",
    "UNE VOIX À DROITE. – Et qui va payer les salaires ?",
    "M. LE PRÉSIDENT. – Un peu de silence, je vous prie. Madame Fabre, vous avez la parole.",
    "Mme FABRE. – Le salariat attire les jeunes médecins, nous l'avons vu à Langogne cette année.",
    "M. LE PRÉSIDENT. – Je mets le rapport aux voix.",
]


def test_a_record_s_chair_in_capitals_moderates_and_members_take_their_listed_full_names(gazetteer):
    text, segs = _segment(COUNCIL, gazetteer)
    for chair in ("Nous passons au rapport", "Un peu de silence", "Je mets le rapport aux voix"):
        assert _at(text, segs, chair).kind == "moderator"
    s = _at(text, segs, "Les habitants du canton attendent")
    assert (s.kind, s.speaker, s.role) == ("turn", "Olivier Rambert", "elu")
    s = _at(text, segs, "Le salariat attire les jeunes médecins")
    assert (s.kind, s.speaker, s.role) == ("turn", "Claire Fabre", "elu")
    # one voice the record does not name: no speaker, role unknown
    s = _at(text, segs, "Et qui va payer les salaires")
    assert (s.kind, s.speaker, s.role) == ("turn", "", "inconnu")


def test_a_label_in_capitals_takes_the_full_names_description_in_the_members_list(gazetteer):
    """s51: "Dr FAURE. —" under a list that gives "Dr Michel Faure, président de la commission
    médicale d'établissement ;" speaks as the hospital's, not as an elected member; a list line
    naming a departmental council makes no council's minutes."""
    lines = ["Centre hospitalier du Haut-Limousin – Conseil de surveillance – Séance du 4 mars 2024",
             "Membres présents",
             "Collège des collectivités : M. Paul Dufour, maire de Bellac, président ; Mme Rose Vayssière, représentant le "
             "président du conseil départemental. Collège du personnel : Dr Alain Besse, président de la commission médicale "
             "d'établissement ; M. Luc Ferrand, désigné par les organisations syndicales.",
             "M. LE PRÉSIDENT. — Nous passons au point 2. Docteur, vous avez la parole pour l'avis de la commission.",
             "Dr BESSE. — La commission a rendu un avis favorable. Nous gardons en médecine des patients qui attendent une place de rééducation.",
             "M. FERRAND. — Les organisations syndicales prennent acte, mais nous voulons un engagement écrit sur les effectifs.",
             "M. LE PRÉSIDENT. — Je mets l'avis aux voix."]
    text, segs = _segment(lines, gazetteer)
    s = _at(text, segs, "La commission a rendu un avis favorable")
    assert (s.kind, s.role) == ("turn", "hospitalier")
    assert _at(text, segs, "Les organisations syndicales prennent acte").role != "elu"
