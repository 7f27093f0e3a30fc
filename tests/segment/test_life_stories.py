"""Life stories transcribed without labels (segment/life_stories.py): a "récit de vie de X"
presenting the narrator in the third person, long first-person blocks over several paragraphs cut
by a few italic or bracketed prompts, an editorial note naming the narrator. Look-alikes: a
memoir's own first-person narrative (no prompt), a written interview whose italic questions are
answered in the first person under no such announcement."""

from __future__ import annotations

from segment_text import line_styles, segment_lines, speech
from segment_text import segment_at as _at

from corpus.segment.base import StyleMap, split_lines
from corpus.segment.life_stories import life_story

STORY = [
    "Récit de vie de Jeanne Morvan",
    "Jeanne Morvan, née en 1938 à Quimper, a été infirmière à domicile dans le pays Bigouden pendant trente ans. "
    "Nous l'avons rencontrée trois fois chez elle.",
    "J'ai commencé en 1960, à vélo. Les fermes étaient loin les unes des autres et je faisais les piqûres à la lampe.",
    "Les familles me gardaient à manger, c'était comme ça. Je ne pouvais pas refuser, ça les aurait vexées.",
    "Et l'hiver, je partais avant le jour. Mon mari disait que j'étais mariée avec mes malades.",
    "Et les médecins de l'époque ?",
    "On les voyait peu. Le docteur passait le jeudi, le reste du temps on se débrouillait.",
    "Jeanne Morvan a relu ce texte et accepté qu'il soit publié sous son nom.",
]


def _segment(lines, gazetteer, prompts):
    return segment_lines(lines, gazetteer, styles=line_styles(lines, prompts))


def test_the_blocks_are_the_narrator_s_turns_the_prompts_the_interviewer_s(gazetteer):
    text, segs = _segment(STORY, gazetteer, {5})
    s = _at(text, segs, "J'ai commencé en 1960")
    assert (s.kind, s.speaker, s.role, s.region) == ("turn", "Jeanne Morvan", "infirmier", "Bretagne")
    assert _at(text, segs, "Mon mari disait") is s  # one block over several paragraphs
    assert _at(text, segs, "Et les médecins de l'époque ?").kind == "moderator"
    assert (_at(text, segs, "On les voyait peu").kind, _at(text, segs, "On les voyait peu").speaker) == ("turn", "Jeanne Morvan")
    assert _at(text, segs, "née en 1938 à Quimper").kind == "narrative"
    assert _at(text, segs, "a relu ce texte").kind == "narrative"  # the editor speaks of her


def test_an_unseen_oral_history_with_bracketed_prompts(gazetteer):
    lines = ["Mémoire ouvrière du bassin – histoire orale",
             "Ahmed Benali, pharmacien à Lens de 1975 à 2012, a tenu l'officine de la cité 9.",
             "Moi je suis arrivé de Lille avec mon diplôme et pas un sou. La cité m'a adopté tout de suite.",
             "Je faisais crédit aux mineurs jusqu'à la paie, je notais tout dans un cahier.",
             "[Et quand les puits ont fermé ?]",
             "Là j'ai vu partir les familles une à une, et je n'ai rien pu faire."]
    text, segs = segment_lines(lines, gazetteer)
    s = _at(text, segs, "je suis arrivé de Lille")
    assert (s.kind, s.speaker, s.role, s.region) == ("turn", "Ahmed Benali", "pharmacien", "Hauts-de-France")
    assert _at(text, segs, "[Et quand les puits ont fermé ?]").kind == "moderator"
    assert _at(text, segs, "j'ai vu partir les familles").kind == "turn"


def test_look_alikes_are_no_life_story(gazetteer):
    memoir = ["Introduction", "Ce mémoire s'appuie sur des récits de vie de soignants recueillis en 2021.",
              "J'ai choisi ce sujet parce que j'ai moi-même exercé en EHPAD pendant six ans.",
              "Je me suis demandé comment les soignants vivaient la fin de vie de leurs résidents.",
              "Je présenterai d'abord le cadre théorique, puis ma méthode."]
    text, segs = segment_lines(memoir, gazetteer)
    assert not speech(segs)  # the author's own first-person narrative: no prompt between the blocks
    interview = ["Claire Roussel, infirmière à Dinan, répond à nos questions.",
                 "Pourquoi ce métier ?", "Je l'ai choisi pour le contact avec les gens, je crois.",
                 "Et demain ?", "Je voudrais me former à la coordination, j'y pense depuis longtemps.",
                 "Je verrai bien."]
    styles = line_styles(interview, {1, 3})
    assert life_story(split_lines("\n".join(interview) + "\n"), {}, StyleMap(styles), "\n".join(interview) + "\n")[0] == {}


def test_a_labelled_interview_is_left_to_the_label_readers(gazetteer):
    lines = ["Récit de vie de Paul Girard", "Paul Girard, kinésithérapeute à Brest, nous a reçus chez lui.",
             "Paul : J'ai ouvert mon cabinet en 1982, je n'avais qu'une table.",
             "Paul : Je travaillais le samedi, je n'avais pas le choix.",
             "Et ensuite ?",
             "Paul : Je me suis associé avec mon frère, j'ai enfin pu souffler."]
    text = "\n".join(lines) + "\n"
    assert life_story(split_lines(text), {}, StyleMap(line_styles(lines, {4})), text)[0] == {}
