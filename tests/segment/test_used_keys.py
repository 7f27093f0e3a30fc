"""Keys to the labels that no heading announces, recognised by the labels the turns use (real
sentences of made-up minutes and transcripts)."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.used_keys import describes_someone, line_labels, used_key

RADIO = ["Débriefing de la lutte contre l'incendie du 12 août, poste de commandement de Lodève.",
         "Indicatifs employés sur le canal : BRAVO 1, chef de groupe ; BRAVO 2, sapeur-pompier volontaire ; "
         "BRAVO 3, conductrice de l'engin. Le chef de colonne mène le débriefing.",
         "CHEF DE COLONNE : BRAVO 2, où étiez-vous quand le vent a tourné ?",
         "BRAVO 2 : J'étais sur la lance, côté garrigue. J'ai senti la chaleur dans le dos avant de voir les flammes.",
         "BRAVO 3 : J'ai reculé l'engin sans attendre l'ordre, je voyais la fumée se coucher sur nous.",
         "CHEF DE COLONNE : Et le ravitaillement en eau, il a suivi ?",
         "BRAVO 2 : Non, on a attendu vingt minutes la citerne, on arrosait au compte-gouttes.",
         "BRAVO 3 : Le point d'eau de la commune était à sec depuis juillet, personne ne nous l'avait dit.",
         "CHEF DE COLONNE : Retenons que la procédure de repli a été appliquée."]


def test_a_key_whose_labels_the_turns_use(gazetteer):
    labels = line_labels(RADIO)
    assert used_key(1, RADIO[1], labels) == {"BRAVO 2": "sapeur-pompier volontaire",
                                             "BRAVO 3": "conductrice de l'engin"}
    text, segs = _segment(RADIO, gazetteer, doc={"kind": "report"})
    s = _at(text, segs, "J'étais sur la lance")
    assert (s.kind, s.speaker, s.role) == ("turn", "BRAVO 2", "autre")
    s = _at(text, segs, "J'ai reculé l'engin")
    assert (s.kind, s.speaker, s.role_raw) == ("turn", "BRAVO 3", "conductrice de l'engin")


def test_a_heading_before_the_first_entry_and_names_in_the_entries():
    texts = ["Étaient présents : PESEUR : préposé à la bascule ; CAISSE : caissière du marché ; "
             "QUAI : agent de quai.",
             "PESEUR : On charge quarante bêtes entre six et huit heures.",
             "CAISSE : Je vois les éleveurs arriver épuisés."]
    assert used_key(0, texts[0], line_labels(texts)) == {"PESEUR": "préposé à la bascule",
                                                       "CAISSE": "caissière du marché"}
    herds = ["Estives représentées : COMBEAUFONTAINE, Julie Morel, bergère salariée, 800 brebis ; "
             "LES ARCS, Paul Rey, vacher, 60 vaches.",
             "COMBEAUFONTAINE : J'ai perdu deux brebis dans l'orage.", "LES ARCS : Moi, c'est le genou."]
    assert used_key(0, herds[0], line_labels(herds)) == {
        "COMBEAUFONTAINE": "Julie Morel, bergère salariée, 800 brebis", "LES ARCS": "Paul Rey, vacher, 60 vaches"}


def test_glossaries_agendas_and_unused_labels_are_no_key():
    # the abbreviations open no line of the document: a glossary, whoever reads it
    glossary = ["Sigles : DAC, dispositif d'appui à la coordination ; CPTS, communauté professionnelle territoriale.",
                "La CPTS a été créée en 2021."]
    assert used_key(0, glossary[0], line_labels(glossary)) == {}
    # the labels open lines, but their entries describe no one: an agenda
    agenda = ["Ordre du jour : POINT 1, budget primitif ; POINT 2, travaux de la salle des fêtes.",
              "POINT 1 : le budget est adopté à l'unanimité.", "POINT 2 : les travaux commenceront en mars."]
    assert used_key(0, agenda[0], line_labels(agenda)) == {}
    # one entry only
    one = ["Présent : BRAVO 1, chef de groupe ; le maire de Lodève.", "BRAVO 1 : Nous sommes arrivés à 14 h."]
    assert used_key(0, one[0], line_labels(one)) == {}


def test_what_an_entry_says_of_someone():
    assert describes_someone("démineur, victime du traumatisme sonore")
    assert describes_someone("Élise Martel, bergère salariée, troupeau de 1 400 brebis")
    assert not describes_someone("Saint-Affrique")
    assert not describes_someone("budget primitif")


LOGBOOK = ["Club d'escalade des gorges du Tarn – bilan de la saison des sorties encadrées",
           "Initiales du cahier de sorties : LBT – Lucie Bertin, monitrice d'escalade, 6 saisons ; "
           "PAG – Pierre Agulhon, moniteur stagiaire, 1re saison ; NRV – Noémie Ravel, monitrice, 3 saisons.",
           "Extraits du cahier de sorties",
           "3 mai – LBT : « Chute de pierres au pied de la voie des Vautours, casque obligatoire au relais, "
           "personne n'a été touché. »",
           "17 juin – PAG : « Une cliente a fait un malaise à la chaleur, je l'ai descendue en moulinette. »",
           "2 août – NRV : « On devrait partir à sept heures en août, après dix heures le rocher brûle. »",
           "4 août – Réunion : « Ordre du jour : horaires d'été, trousse de secours »",
           "Recommandations pour la saison prochaine : départs avancés, eau en réserve au parking."]


def test_a_logbook_whose_dated_lines_use_the_keys_codes(gazetteer):
    # s41 (round 84): "2 juillet – JBR : « … »" under "JBR – Jérôme Bruneau, guide rafting, 11 saisons ; …"
    labels = line_labels(LOGBOOK)
    assert {"LBT", "PAG", "NRV"} <= set(labels)
    assert set(used_key(1, LOGBOOK[1], labels)) == {"LBT", "PAG", "NRV"}
    text, segs = _segment(LOGBOOK, gazetteer, doc={"kind": "rapport"})
    s = _at(text, segs, "Chute de pierres au pied")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "LBT", "autre")
    s = _at(text, segs, "je l'ai descendue en moulinette")
    assert (s.kind, s.speaker) == ("verbatim", "PAG")
    # a dated line whose header is no code of the key: nobody's words
    assert _at(text, segs, "horaires d'été, trousse").speaker != "Réunion"


def test_a_key_of_names_only_counts_when_the_lines_use_its_codes():
    # the same key, its codes opening no line: no key
    text = LOGBOOK[1]
    assert used_key(1, text, line_labels([LOGBOOK[0], text, LOGBOOK[-1]])) == {}


STABLE = ["Club hippique des Landes – débriefing de la saison des concours",
          "| Monture | Statut du cavalier | Saisons |",
          "| TONNERRE | Palefrenière | 6 |",
          "| ÉCLIPSE | Moniteur | 11 |",
          "| Total | 2 cavaliers | 17 |",
          "LA VÉTÉRINAIRE : Qu'est-ce qui vous a le plus fatigués cette année ?",
          "TONNERRE : Les départs à cinq heures pour les concours, je charge le camion seule.",
          "ÉCLIPSE : Moi c'est le dos, vingt heures de cours par semaine à pied dans le sable."]


def test_a_table_whose_first_cells_are_the_turns_labels(gazetteer):
    # s41 (round 84): riders named by their horse, the table describing them
    from corpus.segment.used_keys import used_table

    labels = line_labels(STABLE)
    assert used_table(STABLE, labels) == {"TONNERRE": "Palefrenière, 6", "ÉCLIPSE": "Moniteur, 11"}
    text, segs = _segment(STABLE, gazetteer)
    s = _at(text, segs, "je charge le camion seule")
    assert (s.kind, s.speaker, s.role) == ("turn", "TONNERRE", "autre")
    # near-miss: a table whose first cells open no turn describes no one
    assert used_table(STABLE[:5], line_labels(STABLE[:5])) == {}


def test_a_key_in_lower_case_for_labels_in_capitals():
    # s41 (round 84): a crew given by seat, first names and initials ("nage – Martine R., 62 ans, Gray")
    lines = ["Équipage du « Loing 1 » : chef de nage – Lucie B., 58 ans, Nemours ; brigadier – Anne T., 61 ans, "
             "Moret ; barreuse – Claire D., 49 ans, Nemours.",
             "CHEF DE NAGE : J'avais peur de ne pas tenir la cadence.",
             "BRIGADIER : Moi c'est l'épaule, au début je la sentais à chaque coup.",
             "BARREUSE : De derrière, je les voyais se redresser."]
    assert used_key(0, lines[0], line_labels(lines)) == {"CHEF DE NAGE": "Lucie B., 58 ans, Nemours",
                                                         "BRIGADIER": "Anne T., 61 ans, Moret",
                                                         "BARREUSE": "Claire D., 49 ans, Nemours"}
    # near-miss: a first name and an initial with nothing that describes the person
    assert not describes_someone("Lucie B.")


def test_a_table_row_quoting_its_label_is_no_description():
    from corpus.segment.used_keys import used_table

    lines = ["| P1 | « On n'a jamais le temps de se parler entre infirmières. » |",
             "| P2 | « Le pharmacien m'appelle quand il a un doute. » |",
             "P1 : Je commence à sept heures.", "P2 : Moi à huit."]
    assert used_table(lines, line_labels(lines)) == {}


# s48: an annotation tool's export set as a table, its tiers keyed in a sentence ("MED (…), PAT (…)")
EXPORT = ["Le fichier comporte cinq tiers : MED (médecin de la permanence), PAT (patiente, 41 ans, arrivée "
          "depuis deux mois), INT (interprète, par téléphone), AUTRE (toute autre voix audible) et COM "
          "(commentaires de l'observatrice).",
          "Tier | Début | Fin | Annotation",
          "MED | 00:00:10.200 | 00:00:19.800 | bonjour madame je vais vous poser quelques questions sur la douleur",
          "INT | 00:00:20.000 | 00:00:31.400 | elle dit qu'elle a mal au dos depuis le voyage surtout la nuit",
          "COM | 00:00:31.500 | 00:00:40.000 | la patiente montre le bas de son dos, la traduction est résumée",
          "PAT | 00:00:40.100 | 00:00:43.900 | le dos (.) beaucoup mal (.) la nuit",
          "AUTRE | 00:00:44.000 | 00:00:46.000 | docteur on vous attend en salle deux quand vous avez fini",
          "MED | 00:00:46.200 | 00:00:58.000 | on va faire une radio et je vous donne un traitement pour dormir",
          "INT | 00:00:58.100 | 00:01:05.000 | elle demande si la radio est payante je lui dis que non",
          "Tableau 2 – Temps de parole",
          "Tier | Temps | Part",
          "MED | 4 min 10 s | 31 %",
          "INT | 6 min 02 s | 45 %"]


def test_an_export_s_tiers_keyed_in_a_sentence(gazetteer):
    text, segs = _segment(EXPORT, gazetteer, doc={"kind": "rapport"})
    s = _at(text, segs, "elle dit qu'elle a mal au dos")
    assert (s.kind, s.speaker, s.role) == ("turn", "INT", "autre")  # the interpreter, whatever "int" abbreviates elsewhere
    s = _at(text, segs, "beaucoup mal (.) la nuit")
    assert (s.kind, s.speaker, s.role) == ("turn", "PAT", "autre")  # heard once, keyed
    # the comments' tier is the observer's, nobody's turn
    assert _at(text, segs, "la traduction est résumée").kind not in ("turn", "verbatim", "moderator")
    # any other voice: unnamed, its role unknown
    s = _at(text, segs, "on vous attend en salle deux")
    assert (s.kind, s.speaker, s.role) == ("turn", "", "inconnu")
    # a count per tier is nobody's words
    assert _at(text, segs, "4 min 10 s").kind not in ("turn", "verbatim", "moderator")


# s52: a key of the bodies' acronyms at the head of minutes, each body heard once under its label
# (one of two words), and a quotation of someone in the public between two labelled turns
STEERING = [
    "Compte rendu du comité de pilotage du contrat local de santé, Die, 5 mai 2025",
    "Sigles des intervenants : CC : communauté de communes ; DD ARS : délégation départementale de l'agence régionale de santé ; MSA : mutualité sociale agricole ; CH : centre hospitalier de Die.",
    "CC : Je vous remercie d'être venus. Nous commençons par le bilan des actions de l'année.",
    "DD ARS : L'agence maintiendra le financement du poste de coordination jusqu'en 2027, à condition que les fiches sans porteur en trouvent un avant l'été.",
    "MSA : Nous voulons porter la fiche sur le mal-être agricole, parce que nos adhérents ne viennent jamais aux réunions en ville.",
    "CH : Nous accueillons déjà vos habitants aux urgences ; je demande que l'hôpital signe l'avenant.",
    "Une habitante demande la parole : « Et le soir, quand le cabinet est fermé, on appelle qui ? »",
    "CC : La question sera transmise au groupe accès aux soins. La séance est levée.",
]


def test_a_key_of_bodies_acronyms_whose_labels_open_turns_heard_once(gazetteer):
    text, segs = _segment(STEERING, gazetteer, doc={"kind": "report"})
    s = _at(text, segs, "L'agence maintiendra le financement")
    assert (s.kind, s.speaker, s.role) == ("turn", "DD ARS", "institutionnel_ars")
    s = _at(text, segs, "nos adhérents ne viennent jamais")
    assert (s.kind, s.speaker) == ("turn", "MSA")
    s = _at(text, segs, "je demande que l'hôpital signe")
    assert (s.kind, s.speaker, s.role) == ("turn", "CH", "hospitalier")
    # the public's question is no part of the hospital's turn above it
    s = _at(text, segs, "on appelle qui ?")
    assert s.speaker != "CH"
    assert _at(text, segs, "Sigles des intervenants").kind == "narrative"
