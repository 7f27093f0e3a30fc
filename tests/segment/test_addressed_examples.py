"""Sentences offered to the reader in guillemets, a paragraph each, under or above a line that speaks
to the reader (segment/addressed_examples.py): a call for testimonies' sentence starters, a poster's
catch phrases, typeset to PDF as a student's document is and read back. Look-alikes: an interview's
question in "vous" over quoted answers, a line saying the sentences were said."""

from __future__ import annotations

import heldout

STARTERS = [["bold", "Vous êtes aidant ? Racontez-nous votre quotidien !"],
            ["", "La CPTS du Pays de Lorient prépare un livret de témoignages d'aidants, distribué dans les cabinets."],
            ["bold", "Vous ne savez pas par où commencer ? Voici quelques débuts de phrases :"],
            ["", "« Je m'occupe de ma mère depuis… »"],
            ["", "« Ce qui m'a le plus aidé, c'est… »"],
            ["", "« J'aurais aimé qu'un professionnel me dise… »"],
            ["", "Contact : Gwenaëlle, coordinatrice, au secrétariat de la CPTS, du lundi au jeudi."]]
POSTER = [["bold", "Vous aidez un proche au quotidien ? Votre expérience nous intéresse !"],
          ["", "« Je n'ai pas le temps d'être malade. »"],
          ["", "« Mon médecin soigne ma mère, mais moi, il ne me demande jamais comment je vais. »"],
          ["", "« Je ne savais pas que j'étais aidante avant qu'on me le dise. »"],
          ["bold", "Vous vous reconnaissez dans une de ces phrases ?"],
          ["", "Le département de médecine générale de l'université de Brest mène une étude sur la santé des aidants."]]
ASKED = [["bold", "Témoignage – « L'accès direct a changé ma patientèle »"],
         ["italic", "Julien Ferrand, masseur-kinésithérapeute à Bayeux, participe depuis 2023 à l'accès direct."],
         ["bold", "Et vos relations avec les généralistes ?"],
         ["", "« Elles sont meilleures qu'avant. Je leur envoie un compte rendu systématique après chaque séance. »"],
         ["", "« Ils m'appellent quand ils ont un doute sur un patient, et je fais pareil avec eux. »"],
         ["", "Propos recueillis par la rédaction."]]


def _speech(paragraphs, tmp_path):
    spec = {"doc": {"doc_id": "t", "kind": "autre", "region": "", "place": ""}, "pages": [paragraphs]}
    text, segs = heldout.segment_document(spec, tmp_path)
    return [text[s["char_start"]:s["char_end"]] for s in segs if s["kind"] in ("verbatim", "turn")]


def test_sentences_offered_to_the_reader_are_nobodys_words(tmp_path):
    assert _speech(STARTERS, tmp_path / "a") == []
    assert _speech(POSTER, tmp_path / "b") == []


def test_quoted_answers_under_an_interviewers_question_stay_speech(tmp_path):
    said = _speech(ASKED, tmp_path)
    assert any("Ils m'appellent quand" in s for s in said)


def test_example_lines_are_the_quotations_next_to_a_line_speaking_to_the_reader():
    from corpus.segment.addressed_examples import example_lines
    from corpus.segment.base import split_lines

    def found(paragraphs):
        lines = split_lines("\n".join(t for _, t in paragraphs) + "\n")
        return sorted(lines[i].text[:20] for i in example_lines(lines))

    assert found(STARTERS) == ["« Ce qui m'a le plus", "« J'aurais aimé qu'u", "« Je m'occupe de ma "]
    assert len(found(POSTER)) == 3
    assert found(ASKED) == []  # under a question to the interviewee: answers
    said = [[s, t.replace("Vous ne savez pas par où commencer ? Voici quelques débuts de phrases :",
                          "Voici ce que vous nous avez dit lors de nos permanences :")] for s, t in STARTERS]
    assert found(said) == []  # the line says they were said
