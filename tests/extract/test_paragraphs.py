"""A page's lines -> paragraphs, on PDFs typeset line by line with every line at the same
leading (no blank space between paragraphs, as short-paragraph documents often end up once the
usual line gap is measured): a whole line's change of style, a change of left indent, a short
label after a line ended on purpose start a paragraph; italic words, hanging indents and page
breaks do not. Expected paragraphs are the source's (segment_unseen7 YAML texts)."""

from __future__ import annotations

import textwrap

from pdfgen import make_runs_pdf

from corpus import extract
from corpus import io as cio
from corpus.extract.paragraphs import DOTTED_LABEL_START, LABEL_START, NUMBERED_LABEL_START, _style_changes
from corpus.extract.pdf import Line

SIZE, LEADING, TOP = 10, 12.5, 740
WIDTH = 88   # characters per line of Helvetica 10 pt: about 430 pt, a page's text block

# tests/data/segment_unseen7/these_tiret.yaml: lead-ins in roman, quotes in italics
THESE = [
    ("", "La première vague a été vécue comme une période de désorganisation, où chacun "
         "cherchait ses interlocuteurs."),
    ("italic", "« On ne savait pas qui faisait quoi. (...) Le lundi on apprenait qu'il y avait un "
               "centre Covid, le mardi qu'il fermait. » — Médecin 4 (MG, 15 ans d'exercice)"),
    ("", "La communauté professionnelle a progressivement servi de point d'appui, en particulier "
         "pour les plus jeunes installés."),
    ("italic", "« Moi je venais de m'installer, je ne connaissais personne. C'est [la CPTS] qui m'a "
               "donné les numéros des infirmières du secteur. » — Médecin 6 (MG, 2 ans d'exercice)"),
    ("", "Les infirmières décrivent un rôle nouveau dans le suivi à domicile des patients positifs."),
]

# tests/data/segment_unseen7/entretien_fiche.yaml: one-letter labels after short lines
FICHE = [
    "Personne interrogée : pharmacienne titulaire d'officine, 45 ans",
    "Lieu d'exercice : Carhaix-Plouguer (Finistère), zone rurale",
    "Conventions : E = enquêtrice ; P = pharmacienne ; (...) = passage inaudible.",
    "E : Pour commencer, comment avez-vous connu la CPTS ?",
    "P : Par un confrère médecin, en 2019. Il cherchait des pharmaciens pour le bureau, et "
    "personne ne voulait y aller.",
    "E : Et pendant la crise ?",
    "P : Pendant la crise on a été en première ligne, clairement. Les tests antigéniques, les "
    "masques à distribuer, les patients qui ne trouvaient plus de médecin, tout est arrivé en "
    "même temps et il a fallu s'organiser entre professions.",
    "E : Vous diriez que ça a duré ?",
]


def _runs(blocks, top=TOP):
    """(style, x of the first line, x of the others, text) -> one run per wrapped line, all at
    the same leading."""
    runs, y = [], top
    for style, x_first, x_rest, text in blocks:
        for k, line in enumerate(textwrap.wrap(text, WIDTH, break_on_hyphens=False)):
            runs.append((x_first if k == 0 else x_rest, y, SIZE, style, line))
            y -= LEADING
    return runs


def _paragraphs(tmp_path, pages, name="doc"):
    pdf = make_runs_pdf(tmp_path / f"{name}.pdf", pages)
    status = extract.run(pdf, name, tmp_path / name)
    assert status["status"] == "ok", status
    return cio.read_text(tmp_path / name / "text.txt").splitlines()


def test_italic_quotes_after_roman_paragraphs_are_paragraphs_of_their_own(tmp_path):
    blocks = [(style, 72, 72, text) for style, text in THESE]
    assert _paragraphs(tmp_path, [_runs(blocks)]) == [text for _style, text in THESE]


def test_a_whole_italic_line_inside_a_sentence_or_an_italic_word_splits_nothing(tmp_path):
    """One paragraph: a title set in italics over a whole line (ending with a closing
    parenthesis, the sentence going on in lower case), a quoted phrase in italics."""
    title = ("Les Communautés professionnelles territoriales de santé, de la loi aux équipes (2021)")
    lines = [("", "La synthèse la plus citée par les personnes interrogées reste l'ouvrage intitulé"),
             ("italic", title),
             ("", "publié par l'agence, dont les conclusions ont été reprises dans les réunions et"),
             ("", "les médecins parlent alors de coordination au sens le plus large, sans la rattacher"),
             ("italic", "« à une structure », disent-ils, mais à des habitudes prises ensemble pendant la"),
             ("", "crise, ce que les infirmières confirment dans leurs propres entretiens du printemps.")]
    runs = [(72, TOP - k * LEADING, SIZE, style, text) for k, (style, text) in enumerate(lines)]
    paragraphs = _paragraphs(tmp_path, [runs])
    assert paragraphs == [" ".join(text for _style, text in lines)]


def test_an_italic_quote_over_a_page_break_stays_one_paragraph(tmp_path):
    quote = THESE[1][1] + " " + THESE[3][1]
    lines = textwrap.wrap(quote, WIDTH, break_on_hyphens=False)
    lead = [("", 72, 72, THESE[0][1] + " " + THESE[2][1])]
    page_1 = _runs(lead) + [(72, 80 - k * LEADING, SIZE, "italic", ln)
                            for k, ln in enumerate(lines[:2])]
    page_2 = [(72, TOP - k * LEADING, SIZE, "italic", ln) for k, ln in enumerate(lines[2:])]
    page_2 += _runs([("", 72, 72, THESE[4][1])], top=TOP - len(lines[2:]) * LEADING)
    paragraphs = _paragraphs(tmp_path, [page_1, page_2])
    assert paragraphs == [lead[0][3], quote, THESE[4][1]]


def test_an_indented_block_quote_between_roman_paragraphs(tmp_path):
    lead = ("La coordinatrice décrit l'arrivée des premiers patients positifs dans le secteur et "
            "la manière dont l'équipe s'est organisée, sans protocole ni consigne de l'agence :")
    quote = ("On a tout appris en marchant. Le premier mois, chacun appelait chacun, et puis on a "
             "ouvert un numéro unique que les secrétaires tenaient à tour de rôle.")
    after = ("Cette organisation a tenu jusqu'à l'été, quand la communauté a obtenu le financement "
             "d'un poste de coordination à mi-temps pour la reprendre.")
    blocks = [("", 72, 72, lead), ("", 100, 100, quote), ("", 72, 72, after)]
    assert _paragraphs(tmp_path, [_runs(blocks)]) == [lead, quote, after]


def test_first_line_and_hanging_indents_keep_their_paragraphs(tmp_path):
    refs = ["Bergeron H, Borraz O, Castel P, Dedieu F. Covid-19 : une crise organisationnelle. "
            "Paris : Presses de Sciences Po; 2020.",
            "Fournier C, Bourgeois I. La coordination au sein des CPTS pendant la crise sanitaire. "
            "Revue française des affaires sociales. 2021;(2):110-35."]
    body = ("Les entretiens ont été conduits entre novembre 2021 et avril 2022. Ils ont été "
            "enregistrés avec l'accord des personnes, transcrits mot à mot puis codés par deux "
            "chercheuses de façon indépendante.")
    blocks = [("", 90, 72, body)] + [("", 72, 90, ref) for ref in refs]
    paragraphs = _paragraphs(tmp_path, [_runs(blocks)])
    assert paragraphs[0] == body
    assert " ".join(paragraphs[1:]) == " ".join(refs)   # no reference cut inside
    assert all(p.startswith(("Bergeron", "Fournier")) for p in paragraphs[1:])


def test_short_labelled_questions_start_their_paragraph(tmp_path):
    """Also the fiche's fields: a capitalised label after a short line without a full stop."""
    blocks = [("", 72, 72, text) for text in FICHE]
    assert _paragraphs(tmp_path, [_runs(blocks)]) == FICHE


def test_a_label_after_a_line_that_runs_on_is_no_new_paragraph(tmp_path):
    lines = ["Les professionnels interrogés citent volontiers les mêmes exemples, en particulier la",
             "Note : de service envoyée par la communauté en mars, qui fixait les horaires du centre",
             "et la répartition des gardes entre les cabinets du secteur pendant tout le printemps."]
    runs = [(72, TOP - k * LEADING, SIZE, "", text) for k, text in enumerate(lines)]
    lead = ("Les entretiens ont été codés puis regroupés par thème, avec la profession et le "
            "département déclarés par la personne interrogée.")
    runs = _runs([("", 72, 72, lead)]) + [(x, y - 3 * LEADING, s, st, t) for x, y, s, st, t in runs]
    assert _paragraphs(tmp_path, [runs]) == [lead, " ".join(lines)]


def test_a_lower_case_label_after_a_short_line_mid_sentence_is_no_new_paragraph(tmp_path):
    """segment_unseen7/presse_anonymes.yaml: "… se montre" | "plus sceptique : « … »"."""
    lead = ("Côté ARS Occitanie, on assure que « les financements de la communauté sont pérennisés "
            "jusqu'en 2025 ».")
    lines = ["Un élu du département, qui a souhaité garder l'anonymat, se montre",
             "plus sceptique : « On a créé une structure de plus. Je ne suis pas sûr que les habitants",
             "voient la différence. »"]
    runs = _runs([("", 72, 72, lead)])
    runs += [(72, TOP - (k + 2) * LEADING, SIZE, "", text) for k, text in enumerate(lines)]
    runs += _runs([("", 72, 72, "Le débat sur la pérennité des communautés reste donc ouvert dans "
                    "le département, où les élus attendent le bilan de l'agence régionale.")],
                  top=TOP - 5 * LEADING)
    assert _paragraphs(tmp_path, [runs])[:2] == [lead, " ".join(lines)]


def _line(text, style):
    return Line(page=1, box=0, text=text, x0=72, y0=700, x1=400, y1=710, size=10,
                styles=[style] * len(text))


def test_style_change_means_a_whole_line():
    roman, italic = _line("une phrase en romain.", ""), _line("« une citation en italique »", "italic")
    mixed = Line(page=1, box=0, text="un mot en italique ici", x0=72, y0=700, x1=400, y1=710,
                 size=10, styles=[""] * 10 + ["italic"] * 8 + [""] * 4)
    assert _style_changes(roman, italic) and _style_changes(italic, roman)
    assert not _style_changes(roman, mixed) and not _style_changes(italic, italic)


def test_label_start_shapes():
    for text in ("E : Pour commencer", "Intervenant B : oui", "Mme D. : alors", "P: non"):
        assert LABEL_START.match(text), text
    for text in ("Le 12 mars, à l'officine : rien", "« Alors : oui", "En effet, disait-il : non"):
        assert not LABEL_START.match(text), text


def test_a_designation_after_an_italic_quote_stays_with_it(tmp_path):
    """A roman "— Médecin 4 (…)" line or "(infirmière libérale)" under an italic quote whose
    last line runs to the margin closes the quote: no new paragraph."""
    lines = [("", "La première vague a été vécue comme une période de désorganisation, où chacun cherchait"),
             ("", "ses interlocuteurs, au point que plusieurs médecins en parlent encore aujourd'hui :"),
             ("italic", "« On ne savait pas qui faisait quoi. Le lundi on apprenait qu'il y avait un centre Covid,"),
             ("italic", "le mardi qu'il fermait, et le mercredi personne ne savait plus où envoyer les patients. »"),
             ("", "— Médecin 4 (MG, 15 ans d'exercice)"),
             ("italic", "« C'était du jamais vu, on envoyait tout au médecin par la messagerie, tous les soirs. »"),
             ("", "(infirmière libérale)")]
    runs = [(72, TOP - k * LEADING, SIZE, style, text) for k, (style, text) in enumerate(lines)]
    text = [t for _s, t in lines]
    assert _paragraphs(tmp_path, [runs]) == [
        " ".join(text[:2]), " ".join(text[2:5]), " ".join(text[5:])]


# tests/data/segment_unseen10/annexe_tours_numerotes.yaml: numbered turns in lower case, no full stop
TOURS = [
    "1 ENQ : donc euh (.) vous êtes à l'accueil depuis combien de temps ici",
    "2 SEC : depuis l'ouverture (.) ça fait neuf ans en septembre",
    "3 ENQ : d'accord (.) et pendant le premier confinement comment ça s'est passé pour vous au secrétariat",
    "4 SEC : alors ça c'était (2s) c'était TRÈS dur (.) le téléphone sonnait sans arrêt les gens voulaient "
    "savoir s'ils pouvaient venir",
    "5 ENQ : [ d'accord",
]


def test_numbered_turns_start_their_paragraph(tmp_path):
    """"4 SEC : …" after a turn that ends short of the margin without punctuation (the round-10
    transcript was one paragraph before)."""
    blocks = [("", 72, 72, text) for text in TOURS]
    assert _paragraphs(tmp_path, [_runs(blocks)]) == TOURS


def test_a_number_and_a_word_inside_running_text_start_nothing(tmp_path):
    """A line that opens with a count and a noun mid-sentence continues its paragraph."""
    lines = ["Le bilan de la campagne de vaccination fait état, pour la seule communauté du secteur, de",
             "12 centres : ouverts le samedi, tenus par les infirmières et les pharmaciens du territoire."]
    runs = [(72, TOP - k * LEADING, SIZE, "", text) for k, text in enumerate(lines)]
    lead = ("Les entretiens ont été codés puis regroupés par thème, avec la profession et le "
            "département déclarés par la personne interrogée.")
    runs = _runs([("", 72, 72, lead)]) + [(x, y - 3 * LEADING, s, st, t) for x, y, s, st, t in runs]
    assert _paragraphs(tmp_path, [runs]) == [lead, " ".join(lines)]


def test_numbered_label_start_shapes():
    for text in ("4 SEC : alors", "11 MG : que sans", "2 Enquêtrice : oui"):
        assert NUMBERED_LABEL_START.match(text), text
    for text in ("12 mars 2020, à l'officine : rien", "2019 : année", "3 « Alors : oui"):
        assert not NUMBERED_LABEL_START.match(text), text


# segment_unseen35 restitution_mur_expression (segfix47): quotations each set as their own
# paragraph under a short line that closed a sentence or a credit, all at the usual leading
POST_IT = [
    "Le 18 octobre, 64 habitants ont déposé 112 post-it sur le mur du centre social. Nous en "
    "reproduisons quelques-uns tels qu'ils ont été écrits.",
    "« Plus de médecin traitant depuis 2021, je vais aux urgences pour un renouvellement » "
    "(post-it, quartier Europe).",
    "« Mon docteur part en retraite et personne prend la suite » (post-it, quartier du Vermandois).",
]


def test_a_quotation_after_a_closed_sentence_or_credit_starts_its_paragraph(tmp_path):
    blocks = [("", 72, 72, text) for text in POST_IT]
    assert _paragraphs(tmp_path, [_runs(blocks)]) == POST_IT


def test_unseen_variant_a_pseudonymised_quotation_after_a_question_mark(tmp_path):
    # not from any set: a question closes the line above the quotation
    texts = ["Les six pharmaciennes rencontrées à Vierzon ont toutes décrit la même scène, la veille d'une "
             "sortie d'hospitalisation, et la même question revient. Qui coordonne la sortie quand le "
             "médecin traitant est absent ?",
             "« C'est souvent moi, la pharmacienne, qui appelle l'infirmière la veille. » (Capucine)"]
    assert _paragraphs(tmp_path, [_runs([("", 72, 72, t) for t in texts])]) == texts


def test_a_quotation_after_a_colon_or_another_quotation_stays_in_its_paragraph(tmp_path):
    # near miss (segment_negatives_s8 phrases_a_eviter): a lead-in ending with a colon, and a
    # quotation after a closing guillemet, continue the line above as before
    lead = ("Cette fiche rassemble les formulations travaillées avec les secrétaires des cabinets du "
            "secteur lors de la formation de mars, pour l'accueil au téléphone.")
    texts = ["Phrases à éviter :", "« Ce n'est pas mon problème, rappelez demain. »",
             "« Je ne peux rien faire pour vous, le docteur est débordé. »"]
    blocks = [("", 72, 72, t) for t in [lead, *texts]]
    assert _paragraphs(tmp_path, [_runs(blocks)]) == [lead, " ".join(texts)]


def test_a_quotation_continued_over_paragraphs_stays_one_paragraph(tmp_path):
    # near miss (segment_unseen14 these_pharmacie_crochets_avant): the first paragraph of a quotation
    # ends with a full stop and no closing guillemet, the next opens with « as French continues a
    # quotation: the paragraph is not closed there (the segmenter reads the speaker's two paragraphs)
    texts = ["« À la campagne, on n'a pas attendu la CPTS. On se connaît tous, le médecin passe prendre "
             "son café à la pharmacie.",
             "« Ce que la CPTS a apporté, c'est l'argent pour payer quelqu'un qui fait les plannings. Ça, "
             "c'était nouveau pour nous tous. »"]
    assert _paragraphs(tmp_path, [_runs([("", 72, 72, t) for t in texts])]) == [" ".join(texts)]

def test_an_aside_in_brackets_after_a_line_ended_on_purpose_is_a_paragraph_of_its_own(tmp_path):
    """segspeak12: segment_unseen29/annexe_mg_interruption_secretaire_didascalie_crochets_vire.yaml
    ("[La secrétaire entre dans le bureau]" between two turns) and, not from any set, a note-taker's
    parenthesis and a label that does not open with a capital after an aside."""
    texts = ["Int. : Comment sont organisées les demandes de soins non programmés dans la maison de santé ?",
             "Dr V. : On a deux créneaux réservés chaque matin.",
             "[La secrétaire entre dans le bureau]",
             "Secrétaire : Docteur, excusez-moi, la pharmacie demande un renouvellement.",
             "P2 : Oui, on s'appelle tous les lundis.",
             "(Mme K. quitte la pièce quelques instants)",
             "#? : … enfin c'est ce que je voulais dire."]
    assert _paragraphs(tmp_path, [_runs([("", 72, 72, t) for t in texts])]) == texts


def test_a_bracket_after_a_full_line_or_an_elision_stays_in_its_paragraph(tmp_path):
    """A line run close to the margin, then a bracket that did not fit on it; an elision "[…]" or a
    letter "(a)" after a short line (segment_unseen11/these_odonto_crochets.yaml): no aside."""
    lead = ("Les professionnels interrogés décrivent une coordination qui repose sur quelques personnes, "
            "souvent les mêmes, et sur des outils que chacun a construits pour son propre cabinet.")
    lines = ["Les outils cités sont la messagerie, le téléphone, le cahier de liaison, les fiches, etc.",
             "(annexe 3), mais aucun n'est partagé par tous les professionnels du territoire."]
    runs = _runs([("", 72, 72, lead)]) + [(72, TOP - (k + 3) * LEADING, SIZE, "", t) for k, t in enumerate(lines)]
    assert _paragraphs(tmp_path, [runs])[1:] == [" ".join(lines)]
    elided = ["[CD6] J'y suis allée une fois, à une réunion.", "[…] Je n'y suis pas retournée.", "(a)"]
    runs = [(72, TOP - k * LEADING, SIZE, "", t) for k, t in enumerate(elided)] + \
        _runs([("", 72, 72, lead)], top=TOP - 3 * LEADING)
    assert _paragraphs(tmp_path, [runs], name="elided") == [" ".join(elided), lead]


def test_a_parenthesis_after_a_closing_quote_stays_with_the_quote(tmp_path):
    """gautier2019 (bundled): "… à tous les français. »" then "(Entretien n°2 – médecin
    syndicaliste)" on the next line names who said it: no aside of its own."""
    lead = ("Les professionnels interrogés décrivent une coordination qui repose sur quelques personnes, "
            "souvent les mêmes, et sur des outils que chacun a construits pour son propre cabinet.")
    lines = ["« La société ne va pas tolérer ça longtemps. »",
             "(Entretien n°2 – médecin syndicaliste)"]
    runs = [(72, TOP - k * LEADING, SIZE, "", t) for k, t in enumerate(lines)] + \
        _runs([("", 72, 72, lead)], top=TOP - 2 * LEADING)
    assert _paragraphs(tmp_path, [runs]) == [" ".join(lines), lead]


# s28-segr49a: a quotation whose line ends after a sentence a little short of the margin (the next
# word did not fit) goes on: the quotation is still open
def test_an_open_quotation_goes_on_after_a_sentence_short_of_the_margin(tmp_path):
    lead = ("Ce trimestre, nous avons demandé à nos adhérents ce qui avait changé pour eux depuis "
            "l'arrivée du capteur de glycémie, et leurs réponses ont été nombreuses.")
    quote = ["« Au début le capteur se décollait avec la sueur, au travail à la scierie.",
             "L'infirmière m'a montré un patch, depuis ça tient. »"]
    unseen = ["« Le premier mois j'ai cru que je n'y arriverais jamais, trop de chiffres !",
              "Maintenant je regarde la courbe le soir et je sais quoi faire. »"]
    closed = ["« On a enfin un interlocuteur à l'hôpital, et ça change tout pour nous. »",
              "Les adhérents demandent que la permanence du mardi soit maintenue à Mende."]
    runs = _runs([("", 72, 72, lead)])
    y = runs[-1][1] - 2 * LEADING
    for block in (quote, unseen, closed):
        for text in block:
            runs.append((72, y, SIZE, "", text))
            y -= LEADING
        y -= LEADING
    paras = _paragraphs(tmp_path, [runs])
    assert " ".join(quote) in paras
    assert " ".join(unseen) in paras
    # near miss: the quotation closed, the next line is a paragraph of its own
    assert closed[0] in paras and closed[1] in paras


def _set(paragraphs, gap=0.0):
    """Runs of paragraphs given as their lines, at the same leading, ``gap`` leadings more between two."""
    runs, y = [], TOP
    for lines in paragraphs:
        for line in lines:
            runs.append((72, y, SIZE, "", line))
            y -= LEADING
        y -= gap * LEADING
    return runs


def test_dotted_question_and_answer_letters_start_their_paragraph(tmp_path):
    """An interview annex's "Q." / "R." letters with a point (no colon) after an answer whose last
    line runs near the margin: each a paragraph of its own (session 31; not round 54's text)."""
    paras = [["Q. Comment les patients arrivent-ils jusqu'à votre cabinet depuis l'ouverture de la",
              "maison de santé ?"],
             ["R. Surtout par le bouche-à-oreille, et parfois par la pharmacie du bourg, qui les",
              "envoie directement chez nous le mardi, jour de permanence sans rendez-vous."],
             ["Q. Et le lien avec les infirmières du secteur ?"],
             ["R. Il passe par la messagerie, tous les soirs, et par un cahier laissé chez le patient."]]
    assert _paragraphs(tmp_path, [_set(paras)]) == [" ".join(p) for p in paras]


def test_dotted_label_shapes():
    for text in ("Q. Et ensuite ?", "R. Oui, souvent.", "R. « Jamais », dit-elle."):
        assert DOTTED_LABEL_START.match(text), text
    # the civility "M." before an initial or a name, and a lower-case word, are no labels
    for text in ("M. R.", "M. Durand a répondu", "Q. et puis"):
        assert not DOTTED_LABEL_START.match(text), text


# s39: a report's table written with bars between its cells, under a lead-in ending with a colon,
# each row at the same leading as the text: one paragraph per row, the long row's last cell wrapped
TABLE = [
    "Le questionnaire comportait une question ouverte sur ce que la CPTS a changé. Extraits :",
    "| Profession | Commune | Réponse |",
    "| Médecin généraliste | Hazebrouck | « Je sais enfin à qui passer un patient quand je pars en "
    "vacances, et ça, c'est nouveau pour moi. » |",
    "| Non renseigné | Non renseigné | « Trop de réunions le soir, je n'y vais plus. » |",
    "Lors de l'assemblée générale, d'autres adhérents ont pris la parole.",
]


def test_table_rows_with_bars_are_paragraphs_of_their_own(tmp_path):
    blocks = [("", 72, 72, text) for text in TABLE]
    assert _paragraphs(tmp_path, [_runs(blocks)]) == TABLE


def test_a_row_without_opening_bar_wrapped_after_a_bar_stays_one_paragraph(tmp_path):
    # near miss: "verbatim | code | profession" rows without the opening bar, a row wrapped right
    # after a bar: the profession on the next line is the row's last cell, no paragraph of its own
    row = "On a tous des logiciels différents, alors on s'envoie des photos d'ordonnances par SMS. | S4 |"
    intro = THESE[0][1] + " " + THESE[2][1]
    runs = _runs([("", 72, 72, intro)])
    runs += [(72, runs[-1][1] - (k + 1) * LEADING, SIZE, "", text) for k, text in enumerate([row, "Infirmière libérale"])]
    assert _paragraphs(tmp_path, [runs]) == [intro, row + " Infirmière libérale"]


# s42: the line spacing read from the lines that ran to the margin and go on in lower case. A page of
# one-line turns (a transcript) has more paragraph gaps than line gaps: read on all pairs, its
# paragraph gap passed for its line spacing and the turns ran together.
def _gap_line(text, y, x1=500.0, height=10.0):
    from corpus.extract.pdf import Line

    return Line(page=1, box=0, text=text, x0=72.0, y0=y, x1=x1, y1=y + height, size=10.0)


def _page(lines):
    from corpus.extract.pdf import Page

    return {1: Page(number=1, width=595.0, height=842.0, lines=lines, n_chars=500, has_image=False)}


def test_line_spacing_is_read_on_wrapped_lines():
    from corpus.extract.paragraphs import line_gap_threshold

    lines, y = [], 700.0
    # a wrapped answer (two lines 2.5 pt apart), then eight one-line turns 12 pt apart
    for text, x1, gap in [("E : Pour commencer, comment avez-vous connu la communauté professionnelle", 500, 2.5),
                          ("territoriale de santé de votre secteur ?", 300, 12.0),
                          ("P : Par un confrère, en 2019, qui cherchait des pharmaciens pour le", 500, 2.5),
                          ("bureau de l'association.", 200, 12.0)] + \
                         [(f"{'E' if k % 2 else 'P'} : réponse courte numéro {k}.", 250, 12.0) for k in range(8)]:
        lines.append(_gap_line(text, y, x1))
        y -= 10.0 + gap
    threshold = line_gap_threshold(_page(lines))
    assert 0.25 < threshold < 1.2  # above the line gap (0.25 of a line), below the paragraph gap (1.2)
    # near-miss: no wrapped line going on in lower case, all pairs are read as before
    short = [_gap_line(f"{'E' if k % 2 else 'P'} : réponse courte numéro {k}.", 700.0 - 22.0 * k, 250) for k in range(8)]
    assert line_gap_threshold(_page(short)) >= 1.2
