"""Sentences a form asks to copy in guillemets are formulas, not speech; a quotation introduced
by a verb of saying on a consent form's look-alike paragraph stays speech."""

from corpus.segment.base import Span, TextLine
from corpus.segment.form_formulas import copy_formula, demote_copy_formulas


def test_instruction_to_copy_is_read_without_accents_or_case():
    assert copy_formula("Recopier la mention : ")
    assert copy_formula("Signature précédée de la mention manuscrite ")
    assert copy_formula("ÉCRIVEZ DE VOTRE MAIN : ")


def test_look_alikes_are_not_instructions():
    assert not copy_formula("La patiente nous a dit : ")
    assert not copy_formula("Elle mentionne : ")  # 'mentionne' is not the noun 'mention manuscrite'
    assert not copy_formula("Le médecin recopie l'ordonnance et ajoute : ")


def test_the_copied_formula_is_narrative_and_a_quote_elsewhere_stays_speech():
    text = ("Recopier la mention : « Lu et approuvé, j'accepte que mes propos soient cités. »\n"
            "L'infirmière raconte : « On ne savait plus qui appeler, alors on a fait une liste. »")
    first = text.index("\n")
    lines = [TextLine(0, 0, first, text[:first]), TextLine(1, first + 1, len(text), text[first + 1:])]
    spans = [Span(text.index("«"), first, "verbatim"), Span(text.rindex("«"), len(text), "verbatim")]
    out = demote_copy_formulas(spans, lines, lambda at: 0 if at < first else 1, text)
    assert [s.kind for s in out] == ["narrative", "verbatim"]


def test_a_template_announced_by_a_method_section_is_narrative():
    """"… selon le modèle suivant :" then the model line: a layout, no one's words; the same line
    under a paragraph that announces quotes without a template stays speech."""
    from corpus.segment.form_formulas import template_quote

    assert template_quote("", "Les verbatims sont cités en italique, entre guillemets, selon le modèle suivant :")
    assert template_quote("Chaque citation est présentée sous la forme suivante : ", "")
    assert not template_quote("", "Une infirmière nous a décrit sa première semaine :")
    assert not template_quote("", "selon le modèle suivant, nous avons codé les entretiens.")  # no colon
    assert not template_quote("Elle le résume comme suit : ", "")
    text = ("Les extraits sont présentés entre guillemets selon le modèle suivant :\n"
            "« Texte de la citation » (IDE2, F, 38 ans, urbain)\n"
            "Une infirmière nous a décrit sa première semaine :\n"
            "« On ne savait plus qui appeler, alors on a fait une liste. » (IDE4)")
    starts = [0]
    for k, ch in enumerate(text):
        if ch == "\n":
            starts.append(k + 1)
    ends = [s - 1 for s in starts[1:]] + [len(text)]
    lines = [TextLine(i, a, b, text[a:b]) for i, (a, b) in enumerate(zip(starts, ends))]
    spans = [Span(lines[1].start, lines[1].start + text[lines[1].start:].index("»") + 1, "verbatim"),
             Span(lines[3].start, lines[3].start + text[lines[3].start:].index("»") + 1, "verbatim")]
    out = demote_copy_formulas(spans, lines, lambda at: max(i for i, s in enumerate(starts) if s <= at), text)
    assert [s.kind for s in out] == ["narrative", "verbatim"]


def _doc_lines(lines):
    text = "\n".join(lines)
    out, pos = [], 0
    for i, t in enumerate(lines):
        out.append(TextLine(i, pos, pos + len(t), t))
        pos += len(t) + 1
    return text, out


def _demoted(lines, quoted, headings=(), demote: str = "demote_fiction"):
    """The kinds ``demote`` (a pass of form_formulas over spans) leaves on a verbatim over the first
    quotation of each line of ``quoted``."""
    from corpus.segment import form_formulas

    text, tl = _doc_lines(lines)
    spans = [Span(tl[i].start + tl[i].text.index("«"), tl[i].end, "verbatim") for i in quoted]
    starts = [ln.start for ln in tl]
    out = getattr(form_formulas, demote)(spans, tl, lambda at: max(i for i, s in enumerate(starts) if s <= at),
                                         set(headings))
    return [s.kind for s in out]


def test_quotations_under_a_fiction_disclaimer_are_nobodys_words():
    """s25-segr44a (round 44's exam paper and writing guide): "Situation fictive." or "Les exemples
    suivants sont fictifs" over the quotations: the authors' material, up to the next heading."""
    from corpus.segment.form_formulas import fiction_disclaimer

    assert fiction_disclaimer("Situation fictive. Toute ressemblance avec des personnes existantes serait fortuite.")
    assert fiction_disclaimer("Les exemples suivants sont fictifs et servent uniquement de modèle.")
    # unseen: another wording, another genre (a training booklet's invented case)
    assert fiction_disclaimer("Cas inventé pour l'exercice.")
    lines = ["DPC Gériatrie – Atelier 2", "Cas inventé pour l'exercice.",
             "M. R. dit à l'aide-soignante : « Je ne veux pas me lever ce matin, j'ai mal partout. »",
             "Correction", "Une infirmière nous a raconté : « On a appelé le médecin à midi, il est venu le soir. »"]
    assert _demoted(lines, [2, 4], headings=[0, 3]) == ["narrative", "verbatim"]  # the heading ends its reach


def test_renamed_informants_are_no_fiction():
    """Near-miss: "les prénoms sont fictifs" renames real people, who spoke; a long method paragraph is
    no disclaimer."""
    from corpus.segment.form_formulas import fiction_disclaimer

    assert not fiction_disclaimer("Les prénoms sont fictifs.")
    assert not fiction_disclaimer("Les extraits cités portent des prénoms fictifs.")
    assert not fiction_disclaimer("Ces situations ne sont pas fictives : elles ont été observées en stage.")
    lines = ["Nos entretiens ont été menés en 2022 ; les prénoms sont fictifs.",
             "Aïcha raconte : « Le dispensaire ferme à midi, après il n'y a plus personne. »"]
    assert _demoted(lines, [1]) == ["verbatim"]


def test_a_disclaimer_reaches_over_the_headings_of_the_made_up_items():
    """s26-segr45b: round 45's motivational-interviewing handout ("Les situations ci-dessous ont été
    imaginées par les formateurs" over "Situation 1 – …", "Situation 2 – …"); unseen: invented cases of
    a pharmacy training; near miss: another heading ends the disclaimer's reach."""
    lines = ["Les cas ci-dessous sont inventés pour l'atelier.",
             "Cas 1 – Un patient sous anticoagulant",
             "Le patient : « Je prends de l'aspirine en plus quand j'ai mal au dos, ça ne gêne pas. »",
             "Cas n° 2 – Une mère inquiète",
             "La mère : « Il a encore de la fièvre ce matin, je peux redonner du sirop ? »",
             "Retours des participants",
             "Une pharmacienne nous a dit : « Ces cas ressemblent vraiment à mon comptoir du samedi. »"]
    assert _demoted(lines, [2, 4, 6], headings=[1, 3, 5]) == ["narrative", "narrative", "verbatim"]


def test_an_example_given_to_the_reader_is_no_one_s_words():
    """s26-segr45b: round 45's blank advance-directives form ("Vous pouvez préciser vos souhaits, par
    exemple : « Je voudrais mourir chez moi … »"); unseen: a guide's example; near misses: someone's
    words given as an example, an instruction without an example marker."""
    assert copy_formula("Vous pouvez préciser vos souhaits, par exemple : ")
    assert copy_formula("Notez ce que vous ressentez. Vous pourriez écrire, à titre d'exemple : ")
    assert copy_formula("N'hésitez pas à reformuler, par exemple : ")
    assert not copy_formula("Une patiente nous a dit par exemple : ")
    assert not copy_formula("Vous pouvez lire ce témoignage. Un aidant raconte par exemple : ")
    assert not copy_formula("Vous pouvez lire ce que dit l'infirmière : ")


def test_a_section_of_answer_options_is_an_exercise():
    """s26-segr45b: round 45's handout sets "Le patient : « … »" then "À éviter : « … »" and "À préférer :
    « … »"; unseen: a pharmacy workshop without any disclaimer, other labels; near misses: a section with
    one such label only, the next section's reported words."""
    lines = ["Situation 1 – Une patiente qui oublie son traitement",
             "La patiente : « Je le prends quand j'y pense, le matin c'est la course avec les enfants. »",
             "Formulation à éviter : « Il faut absolument le prendre tous les jours à la même heure. »",
             "Réponse à privilégier : « Le matin est chargé pour vous ; quel moment serait plus simple ? »",
             "Retour d'expérience",
             "Une pharmacienne nous a dit : « Les patients oublient surtout le traitement du soir. »",
             "À éviter : « On n'a pas le temps de tout expliquer au comptoir. »"]
    assert _demoted(lines, [1, 2, 3, 5, 6], headings=[0, 4]) == ["narrative"] * 3 + ["verbatim", "verbatim"]


def test_a_template_s_bracketed_slot_is_no_one_s_words(gazetteer):
    """s27-segr46b: "« [Citation : deux phrases maximum, …] », déclare [Prénom Nom]" in a press-release
    template is a slot to fill in; a quotation that only holds a bracketed word keeps its words."""
    from segment_text import segment_at, segment_lines

    from corpus.segment.form_formulas import template_slot

    assert template_slot("« [Citation : deux phrases maximum, au présent, sans sigle] »")
    # unseen: a newsletter's layout, another instruction
    assert template_slot("« [Témoignage d'un bénévole, trois lignes, prénom seulement] ».")
    # near-misses: a bracket inside words, an elision inside them
    assert not template_slot("« [Le médecin] m'a dit de revenir la semaine prochaine »")
    assert not template_slot("« On a [enfin] un médecin au village, après trois ans sans personne »")
    lines = ["Modèle de lettre d'information – Association des aidants du Perche",
             "« [Témoignage d'un aidant : trois phrases, au présent, prénom seulement] », raconte [Prénom], aidant.",
             "Lors de la dernière réunion, une aidante a raconté : « Je n'ai pas dormi une nuit complète depuis "
             "deux ans, et personne ne me demande comment je vais. »"]
    text, segs = segment_lines(lines, gazetteer)
    assert segment_at(text, segs, "Témoignage d'un aidant").kind == "narrative"
    assert segment_at(text, segs, "Je n'ai pas dormi une nuit").kind == "verbatim"


def test_a_disclaimer_pointing_back_at_the_examples_above():
    """s28-segr48a (round 48's thesis-writing guide): "Exemple correct : « … » (M2, femme, 40 ans)." then
    "Les exemples ci-dessus sont fictifs." closing a paragraph that quotes (extraction joins the short
    lines): the quotations above it in its section are the authors'. Unseen: a nursing school's guide,
    another wording; near-misses: a heading above ends the reach, renamed informants are no fiction."""
    from corpus.segment.form_formulas import backward_disclaimer

    assert backward_disclaimer("Exemple à éviter : « qu'elle préférait » le confrère. Les exemples ci-dessus sont fictifs.")
    assert backward_disclaimer("Les citations présentées plus haut sont inventées pour l'exercice.")
    assert not backward_disclaimer("Les exemples suivants sont fictifs.")  # forward: the other rule's
    assert not backward_disclaimer("Les extraits ci-dessus portent des prénoms fictifs.")
    assert not backward_disclaimer("Les situations précédentes ne sont pas fictives.")
    lines = ["Résultats", "Une infirmière nous a dit : « On court toute la journée, et le soir on recommence. »",
             "Consignes de rédaction", "Bonne présentation : « Je passe deux fois par jour chez elle » (IDE3).",
             "Mauvaise présentation : l'infirmière dit « passer deux fois ». Les citations présentées plus haut sont "
             "inventées pour l'exercice.", "Une étudiante a écrit : « Je relis toujours mes verbatims à voix haute. »"]
    assert _demoted(lines, [1, 3, 4, 5], headings=[0, 2]) == ["verbatim", "narrative", "narrative", "verbatim"]


def test_a_lead_in_saying_its_quotation_is_made_up_demotes_it():
    """s31-segr55b (round 55's authors' guide: an example of layout "(extrait fictif)" before its
    quotation); unseen: a course handout's "Cas inventé :" lead; near miss: a lead naming a
    fictitious first name renames a real informant, who spoke."""
    from corpus.segment.form_formulas import fiction_lead

    assert fiction_lead("Modèle de mise en forme (citation inventée) : « Je passe le samedi chez mes patients. » (P2)")
    assert fiction_lead("Cas inventé : « J'ai arrêté mon traitement le mois dernier. »")
    assert not fiction_lead("Léa (prénom fictif) : « J'ai arrêté mon traitement le mois dernier. »")
    assert not fiction_lead("Une patiente, cas non inventé : « J'ai arrêté mon traitement. »")
    lines = ["Consignes de rédaction",
             "Modèle de mise en forme (citation inventée) : « Je passe le samedi chez mes patients. » (P2)",
             "Léa (prénom fictif) : « J'ai arrêté mon traitement le mois dernier, je n'en pouvais plus. »"]
    assert _demoted(lines, [1, 2], headings=[0]) == ["narrative", "verbatim"]


def test_formulas_handed_to_the_reader_in_the_imperative():
    """s33-segr57b: a blog's "défi" ("Choisissez un engagement et notez-le dans votre agenda : « … », « … »"):
    resolutions offered to the reader, the later ones of the list too; near misses: an imperative before
    someone's reported words, a sentence about someone."""
    assert copy_formula("Adoptez une règle simple pour la semaine et affichez-la sur le frigo : ")
    assert copy_formula("Choisissez une résolution pour vos vacances : « Je marche vingt minutes par jour », ")
    assert copy_formula("Fixez-vous un objectif réaliste : « Je bois un verre d'eau au réveil » ou ")
    assert not copy_formula("Notez que le médecin de garde m'a dit : ")
    assert not copy_formula("Une élève a choisi sa résolution et me l'a confiée : ")


def test_a_heading_of_models_to_adapt():
    """s33-segr57b: a charter's "Exemples d'entrées en scène (à adapter)": the invented lines of its section are
    no one's words; near miss: the next heading's section reports a real person's words."""
    lines = ["Phrases d'accueil à personnaliser",
             "En entrant dans la chambre : « Bonjour, je suis le clown Patate, je peux entrer deux minutes ? »",
             "Ce que nous avons vu",
             "Une maman nous a dit : « Il a ri pour la première fois depuis son opération, merci à vous. »"]
    assert _demoted(lines, [1, 3], headings=[0, 2]) == ["narrative", "verbatim"]


def test_a_heading_saying_its_section_is_made_up():
    """s34-segr60c: a course booklet's "Modèle de fiche de suivi (exemple fictif)" over a first-person entry
    quoting a patient and a tutor: invented material even though its narration says "je"; near misses: the
    next heading's section reports real words, a heading of renamed informants is no fiction."""
    lines = ["Modèle de fiche de suivi (cas inventé)",
             "Jeudi 4 avril. Un patient de 60 ans me dit : « Je ne dors plus depuis que ma femme est partie. »",
             "Ce que j'ai appris en stage",
             "Ma tutrice m'a dit un jour : « Écoute d'abord, l'examen viendra après, il ne se sauvera pas. »",
             "Témoignages (prénoms fictifs)",
             "Lucien raconte : « On m'a changé de médecin trois fois en un an, je ne sais plus qui me suit. »"]
    assert _demoted(lines, [1, 3, 5], headings=[0, 2, 4]) == ["narrative", "verbatim", "verbatim"]


def test_what_the_reader_will_be_asked_is_no_one_s_words():
    """s34-segr60c: a welcome leaflet announcing the question a professional will ask ("Elle vous
    demandera notamment : « … »"); near misses: a question reported in the past, a narration's future
    without the reader."""
    assert copy_formula("À votre arrivée, une sage-femme vous accueille. Elle vous posera cette question : ")
    assert copy_formula("Le pharmacien te dira simplement : ")
    assert not copy_formula("À mon arrivée, une sage-femme m'a accueillie. Elle nous a demandé : ")
    assert not copy_formula("Des années plus tard, il dira à son fils : ")
    assert not copy_formula("Elle vous demandera de patienter. Puis elle ajoute : ")


def _script(lines: list[str], quoted: list[int], headings: list[int]) -> list[str]:
    return _demoted(lines, quoted, headings, demote="demote_guide_script")


def test_an_interview_guide_s_prompts_are_the_interviewer_s_script():
    """s45 (round 92's dental thesis guide): under a heading naming an interview guide, the
    quotations that address the interviewee (vous, an imperative of address) are the script, no one's
    words; an example answer that addresses no one stays as read, and the guide ends at the next
    annex heading, whose transcript's words stay speech even when they say "vous"."""
    lines = ["Annexe 2 – Grille d'entretien (focus group des aidants)",
             "Accueil",
             "« Merci à vous d'être venus ce soir ; tout ce qui sera dit ici restera anonyme. »",
             "Thème 1 – Le quotidien",
             "« Racontez-nous une journée ordinaire avec votre proche. »",
             "Exemple de réponse attendue : « On se lève à six heures, et ça ne s'arrête plus. »",
             "Annexe 3 – Transcription du groupe du 4 mai",
             "Mme T. : « Vous savez, personne ne nous demande comment on tient. »"]
    assert _script(lines, [2, 4, 5, 7], headings=[0, 1, 3, 6]) == ["narrative", "narrative", "verbatim", "verbatim"]


def test_a_guide_named_in_the_methods_is_no_guide_heading():
    """Near miss: a methods paragraph that mentions its interview guide opens no script."""
    lines = ["Méthode",
             "Un guide d'entretien a été construit à partir de la littérature ; il a été testé auprès de deux médecins.",
             "Un médecin nous a confié : « Vous savez, ces réunions, je n'y vais plus. »"]
    assert _script(lines, [2], headings=[0]) == ["verbatim"]


def test_a_methods_section_on_the_guide_opens_no_script():
    """s45 (the bundled gautier2019 thesis): "A. Le guide d'entretien" in the methods, then the results
    quoting interviewees who say "vous": their words, not a script (the guide's reach is an annex's or a
    document's, which no heading level bounds)."""
    lines = ["II. Méthode", "A. Le guide d'entretien",
             "Le guide d'entretien a été construit autour de trois thèmes et testé auprès de deux médecins.",
             "III. Résultats", "A. Les réunions",
             "Un médecin nous a confié : « Vous savez, ces réunions du soir, je n'y vais plus. »"]
    assert _script(lines, [5], headings=[0, 1, 3, 4]) == ["verbatim"]
