"""Speaker turns: labelled lines of transcripts and focus groups, em-dash dialogue, and the
answers of a press interview under its questions."""

from __future__ import annotations

import re
from functools import cached_property

from ..text import fold
from . import conventions as cv
from .aged_labels import aged_apposition, aged_introduction
from .announced_speakers import announced_description
from .attributions import age_only, apposition, apposition_with_trade, describe, parse_attribution_line
from .base import SUPERSCRIPT_NOTE_LINE, Span, TextLine, quote_balance
from .chaired_records import chair_procedure, is_record_line
from .chat_transcripts import not_speech_tier
from .discovery import (
    answering_labels,
    is_legend_line,
    legend_prefix,
    match_turn,
    not_label,
    self_presented_role,
)
from .embedded_quotes import reported_speaker
from .fallbacks import reads_as_speech
from .field_labels import quote_field
from .field_records import record_witness
from .first_turn_roles import full_name_label
from .initials_labels import initials_description
from .interjections import office_description
from .introduced_pseudonyms import pseudonym_description
from .labels import label_text, loose_separator, standalone_label
from .parenthesised_names import named_parenthesis
from .place_forms import department_number
from .roles import letters_role, matched_role, names_a_profession, names_a_trade, normalize_role, unidentified
from .round_table_answers import field_line
from .symbol_labels import heading_code
from .system_lines import system_line
from .testimony_headings import speaks_in_first_person
from .transcriber_notes import aside_voice, is_aside, opens_with_transcriber_note
from .transposed_tables import figures_row, row_cells

# one person noun in capitals, the whole label ("PATIENT", "INFIRMIÈRE"; lang/fr attributions.yaml person_nouns)
CAPS_PERSON_NOUN = re.compile(rf"(?:{cv.PERSON_NOUN.pattern})[\w'’-]*", re.IGNORECASE)

DASH = ("—", "–", "-")
# an item of a numbered or bulleted list: "1) …", "2. …", "a) …", "– …", "• …"
LIST_ITEM = re.compile(r"^\s*(?:\d{1,2}[.)]|[a-z]\)|[•·–-])\s+\S")
MAX_LIST_ITEMS = 12  # a list inside one answer, not a page of them
STAGE_MARK = "\x00stage"  # a stage direction's place among a block's turns
ASIDE_MARK = "\x00aside"  # an aside in brackets between a block's turns: narrative


# (a presented person's answer goes on in a paragraph ending as a sentence does, or holding one
# before its closing question: segment/discovery._presented_interviewee)
PRESENTED_GOES_ON = re.compile(r"[.!…»):]$")  # (a colon: the answer announces a figure or a list)
INNER_SENTENCE_END = re.compile(r"[.!?…]\s+\S")


# a heading of a numbered series: its word, then its number ("Séquence 2 – …", "Extrait n° 3")
NUMBERED_HEADING = re.compile(r"\s*(?P<word>[^\W\d_]{3,})\.?\s+(?:n°\s*)?\d")


class TurnHandlers:
    """Segmenter methods for labelled turns (the segmenter provides lines, labels, ctx)."""

    # the lines of questions a moderator reads out (segment/read_questions.py; set by Segmenter)
    read_question_lines: frozenset = frozenset()

    def _turn_label(self, ln: TextLine) -> str | None:
        """The discovered speaker label opening this line, or None."""
        if ln.index in getattr(self, "key_lines", {}):
            return None  # "Intervenant 1 : Léa Castaing, animatrice ; Intervenant 2 : …": a key
        if ln.index in getattr(self, "bold_leads", {}):
            return self.bold_leads[ln.index]  # "**Marie Dupont** Oui, je …"
        if ln.index in getattr(self, "joined_turns", {}):
            return self.joined_turns[ln.index]  # "Lui et Elle : Oui."
        m = match_turn(ln.text, self.declared_turn)
        if not m or not ln.text[m.end():].strip():
            label = standalone_label(ln.text)  # "GP3 [00:00:11]" alone, the words below
            if label is None and hasattr(self.declared_turn, "alone_label"):
                label = self.declared_turn.alone_label(ln.text)  # "ORIANE MANCINI" above her words
            return label if label in self.labels and ln.index in self.labels[label].standalone else None
        label = label_text(m)
        if label in self.labels and loose_separator(m) and ln.index not in self.labels[label].lines:
            return None  # a dash or a period counts only where discovery took it
        if label in self.labels and figures_row(ln.text):
            return None  # "MED | 5 min 02 s | 27 %": a count per speaker, no words of theirs (s48)
        return label if label in self.labels else None

    def _continues_turn(self, k: int, first: int) -> bool:
        """Whether unlabelled line k carries on the turn opened at line ``first`` (a turn over
        several paragraphs): same section, not a heading, a quote or an attribution, and another
        labelled line follows within a few lines (or the section is an annex transcript)."""
        ln = self.lines[k]
        t = ln.text.strip()
        if not t or k in self.headings or self.section_titles[k] != self.section_titles[first]:
            return False
        if self._note_inside_cut_turn(k):
            return True  # the page's footnote between the halves of a cut turn: one turn over the page, as over a footer
        if is_legend_line(t):
            return False  # the document's key to the labels ("Locuteurs : NAT, infirmière ; KEV, …")
        if not_speech_tier(t):  # "%com: …", "@End", "[nv] …" (segment/chat_transcripts.py)
            return False
        if system_line(t):  # "iPhone de Julie a rejoint la réunion" (segment/system_lines.py)
            return False
        if record_field(t):  # "Décision : deux matinées sans rendez-vous …": the minutes' own line (s55)
            return False
        lead = _continuation_lead(t, self.lines[first].text)
        if is_aside(t) or (lead and is_aside(t[lead:].strip())):
            # "[La secrétaire entre dans le bureau]" between two turns, "04 ((une porte s'ouvre))" on a
            # numbered line: a narrative of its own inside the block (segment/transcriber_notes.py)
            j = k + 1
            while j < len(self.lines) and is_aside(self.lines[j].text):
                j += 1
            return j < len(self.lines) and self._turn_label(self.lines[j]) is not None
        if lead and match_turn(t[lead:].strip(), self.declared_turn):
            return False  # "[18:03:40] Maëlle : vidéo absente": another message, its label left unread
        if lead and t[lead:].strip():
            # "[00:05:02] Au début les gens …" under a timed turn, "[…] Je n'y suis pas retournée.",
            # "[elle compose le numéro] Il me rappelle …": the same voice after a mark of the
            # transcript, read without it
            t = t[lead:].strip()
        if t.startswith(("«", "“")) and k > first and self.lines[k - 1].text.rstrip().endswith(":") \
                and any(self._turn_label(self.lines[j]) for j in range(k + 1, min(len(self.lines), k + 4))):
            # "… je vous le lis, il est punaisé là :" then « the protocol she reads aloud », in italics
            # or not: the reading is the turn's, up to the next label (s24-segattr5)
            return True
        if (t.startswith(("«", "“", "(", "[")) and not opens_with_transcriber_note(t)) or t.startswith(DASH) or cv.STAGE.match(t):
            return False  # "(Inaudible) elle est …" carries on (segment/transcriber_notes.py)
        if folio_line(t):
            # "Thèse de médecine générale – Annexes – p. 84": the page's footer or header ends the turn,
            # unless the turn goes on below it, over the page break (the header stays inside then)
            # (a stage direction below it is no more of the turn: "[On frappe à la porte.]", s55)
            return k + 1 < len(self.lines) and not self._turn_label(self.lines[k + 1]) \
                and not folio_line(self.lines[k + 1].text) and not is_aside(self.lines[k + 1].text.strip()) \
                and self._continues_turn(k + 1, first)
        if self.styles.share(ln.start, ln.end, "bold") >= 0.6 or parse_attribution_line(t):
            return False
        if reported_opening(t):
            return False  # "La diététicienne a répondu que …": the minutes' narration, no one's turn (s41)
        if quoting_narration(t) and not QUOTE_OPEN.search(self.lines[first].text):
            return False  # "Une personne de l'assistance demande la parole : « … »" after unquoted turns (s52)
        italic, first_italic = self.styles.share(ln.start, ln.end, "italic"), \
            self.styles.share(self.lines[first].start, self.lines[first].end, "italic")
        if italic >= 0.6 > first_italic:
            return False  # the observer's note in italics between roman turns ("Arrêt chez M. S., 88 ans.")
        if first_italic >= 0.6 and italic <= 0.1:
            return False  # and the author's roman prose between turns set in italics ("Le père, absent …", s48)
        if cv.ROW.match(ln.text) or k in getattr(self, "annex_zone", ()):
            return False  # a table row is a unit of its own
        cells = row_cells(t)
        if len(cells) >= 3 and len(row_cells(self.lines[first].text)) >= 3 and re.fullmatch(r"[A-ZÉÈ][\w-]*", cells[0]):
            # so is an export's row opened by another tier's name under a turn read from a row ("COM |
            # 00:01:07 | … | …"); a row whose speaker cell is a dash goes on with the turn (s48)
            return False
        label = self._turn_label(self.lines[first])
        # (the paragraph right under the label line is its words: seggen10)
        declared = self.ctx.declared_speakers.get(label, {}) if label else {}
        if declared.get("own_line") and not cv.SPOKEN.search(t) and k > first + 1 and not self._label_ahead(k):
            return False  # after a block of turns, the narration that closes it (segment/own_line_labels.py)
        if declared.get("stamped") and not self._label_ahead(k):
            return False  # after an export's last message, the author's comment on it (segment/message_exports.py)
        if label and first in self.labels[label].standalone:
            return True  # the words under a label alone on its line, up to the next label or heading
        if label and self.labels[label].presented:
            # one presented person's answer under its question heading, over several paragraphs: no
            # other label follows to vouch for them, the next heading ends it; so does a line that
            # reads as one where no style marks headings: no sentence's end ("Sur le programme"), or a
            # question of one sentence (the interviewer's); a paragraph of the answer that ends on a
            # question of its own has sentences before it (s28-segperturb11)
            return bool(PRESENTED_GOES_ON.search(t)) or (t.endswith("?") and bool(INNER_SENTENCE_END.search(t)))
        if label and self.ctx.declared_speakers.get(label, {}).get("record"):
            # a record's intervention runs to the next label, heading or record line
            return not is_record_line(t)  # segment/chaired_records.py
        if label and self.ctx.declared_speakers.get(label, {}).get("period") and not cv.SPOKEN.search(t):
            return False  # the memoir's narration between a quoted trial's turns (segment/court_records.py)
        # the items of a list the turn announced with a colon ("… comme feuille de route :" then
        # "1) …", "2) …", "3) …") do not count in the lines looked through for the next label
        horizon = k + 4
        listed = self._announced_list(k)
        j = k + 1
        while j < min(len(self.lines), horizon):
            if j in self.headings:
                break
            if self._turn_label(self.lines[j]):
                return True
            if listed and LIST_ITEM.match(self.lines[j].text) and horizon < k + 4 + MAX_LIST_ITEMS:
                horizon += 1
            j += 1
        if self._answer_second_paragraph(k, first, label, t):
            return True
        # (not a field of the record the transcript closes on, "Décision : déroutement vers …": a
        # not_labels word before a colon is nobody's label, the author's line: s26-segleft2)
        # (nor the author's comment closing the transcript, which names the exchange and has none of a
        # spoken turn's words: "Dans ce premier appel, l'infirmière conduit l'échange …", "L'entretien a
        # duré une heure …": s26-segleft1)
        return self.section_kinds[k] == "annex" and self._turn_label(self.lines[first]) is not None \
            and self.labels[self._turn_label(self.lines[first])].kind != "moderator" and k == first + 1 \
            and not field_line(t) and not (_comment_opener().match(fold(t)) and not cv.SPOKEN.search(t))

    def _label_ahead(self, k: int, lines: int = 3) -> bool:
        """A labelled line within the ``lines`` lines after line k: the block of turns goes on."""
        return any(self._turn_label(self.lines[j]) for j in range(k + 1, min(len(self.lines), k + 1 + lines)))

    def _note_inside_cut_turn(self, k: int) -> bool:
        """Line k is a footnote (opened by its superscript call) between the two halves of a turn the
        page break cut: the line above it ends without a sentence's end ("… les repas aussi,") and the
        first line after the notes goes on in lower case ("et jeudi j'appelle …"). The turn runs on
        over the note, as over the page's footer (a turn over several paragraphs stays one, s48)."""
        lines = self.lines
        if not SUPERSCRIPT_NOTE_LINE.match(lines[k].text):
            return False
        above = k - 1
        while above >= 0 and SUPERSCRIPT_NOTE_LINE.match(lines[above].text):
            above -= 1
        prev = lines[above].text.rstrip() if above >= 0 else ""
        if not prev or prev[-1] in ".!?…»:;" or above in self.headings:
            return False
        below = k + 1
        while below < len(lines) and SUPERSCRIPT_NOTE_LINE.match(lines[below].text):
            below += 1
        return below < len(lines) and lines[below].text.lstrip()[:1].islower()

    def _answer_second_paragraph(self, k: int, first: int, label: str | None, t: str) -> bool:
        """Line k, right under a participant's labelled answer that no other label follows, is the
        answer's second paragraph when it talks as the answer does (a first or second person, "on":
        grammar.yaml spoken_words, a question mark not enough) and the document is a transcript (lang/fr
        labels.yaml last_answer_second_paragraph: enough labelled lines). The author's closing line
        ("La modératrice a clos la séance …", "Propos recueillis par …") has none of those words; a
        comment naming the exchange ("L'entretien a duré …") is the author's (s26-segfound)."""
        conf = cv.language_data().get("last_answer_second_paragraph") or {}
        if not conf or k != first + 1 or label is None or self.labels[label].kind == "moderator":
            return False
        if field_line(t) or _comment_opener().match(fold(t)):
            return False
        if not cv.SPOKEN_WORDS.search(t) and not self._series_resumes(k, first):
            return False
        if t.endswith("?") or len(t) > conf.get("max_chars", 400):
            return False  # a question under an answer is the interviewer's; a long paragraph the author's
        turns = sum(len(v.lines) for v in self.labels.values())
        return turns >= conf.get("min_labelled_lines", 4)

    def _series_resumes(self, k: int, first: int) -> bool:
        """Line k is the last before a heading of the same series as the one the turn at ``first``
        stands under ("Séquence 2 – …" then "Séquence 5 – …", "Extrait 1" then "Extrait 2"), itself
        followed by a labelled turn: the transcript goes on after the heading, so the paragraph in
        between carries the answer on even without a spoken word ("Et personne ne le voit, ce
        temps-là."); the author's analysis comes after the last block, where no heading of the
        series resumes it (a self-confrontation's sequences, an interview in numbered parts)."""
        j = k + 1
        while j < len(self.lines) and not self.lines[j].text.strip():
            j += 1
        if j not in self.headings:
            return False
        nxt = j + 1
        while nxt < len(self.lines) and not self.lines[nxt].text.strip():
            nxt += 1
        if nxt >= len(self.lines) or self._turn_label(self.lines[nxt]) is None:
            return False
        above = next((h for h in range(first - 1, -1, -1) if h in self.headings), None)
        if above is None:
            return False
        # a series of numbered headings: "Séquence 2", not two headings sharing a common first word
        word, again = NUMBERED_HEADING.match(self.lines[above].text), NUMBERED_HEADING.match(self.lines[j].text)
        return bool(word and again) and fold(word.group("word")) == fold(again.group("word"))

    def _announced_list(self, k: int) -> bool:
        """Line k is in or right after a list of numbered or bulleted items whose line above ends
        with a colon (a turn's "… trois chantiers :")."""
        j = k - 1 if not LIST_ITEM.match(self.lines[k].text) else k
        while j >= 0 and LIST_ITEM.match(self.lines[j].text):
            j -= 1
        return j >= 0 and j < k and self.lines[j].text.rstrip().endswith(":")

    def _lone_label(self, ln: TextLine) -> bool:
        """A code heard once, far from its series' others: its turn is its paragraph only
        (discovery.lone_series_codes)."""
        info = self.labels.get(self._turn_label(ln) or "")
        return info is not None and info.lone

    def _record_line_label(self, ln: TextLine) -> bool:
        """A record's intervention label alone on its line ("Réponse de l'ARS (Mme Blanc)"): its
        words are at least the paragraph below (segment/intervention_labels.py)."""
        declared = self.ctx.declared_speakers.get(self._turn_label(ln) or "", {})
        return bool(declared.get("record") and declared.get("alone") and declared.get("intervention"))

    def _turn_block(self, i: int) -> int:
        lines = self.lines
        first = lines[i]
        m = match_turn(first.text, self.declared_turn)
        alone = m is None or not first.text[m.end():].strip()
        opens = not alone and (bool(m.group("lead")) or first.text[m.end():].lstrip().startswith("«"))
        last = i
        if opens:
            depth = 0
            for k in range(i, min(len(lines), i + 16)):
                if k > i and (k in self.headings or cv.ATTRIBUTION.match(lines[k].text.strip())
                              or parse_attribution_line(lines[k].text)):
                    break
                balance = quote_balance(lines[k].text)
                if k > i and depth > 0 and lines[k].text.lstrip().startswith(("«", "“")):
                    balance -= 1  # the French way: each paragraph of one quotation reopens it, the last closes it
                depth += balance
                if depth <= 0:
                    last = k
                    break
        elif not self._lone_label(first):
            # (a question the moderator reads out is its author's: segment/read_questions.py)
            while last + 1 < len(lines) and not self._turn_label(lines[last + 1]) \
                    and last + 1 not in self.read_question_lines and self._continues_turn(last + 1, i):
                last += 1
            if alone and last == i and self._record_line_label(first) and i + 1 < len(lines) \
                    and i + 1 not in self.headings and lines[i + 1].text.strip() and not self._turn_label(lines[i + 1]):
                last = i + 1  # "Réponse de l'ARS (Mme Blanc)" over its one paragraph between two questions (s52)
        turns: list[tuple[int, int, str]] = []  # start, end, label
        for k in range(i, last + 1):
            ln = lines[k]
            label = self._turn_label(ln)
            if label and (k == i or self._turn_ok(ln)):
                if turns:
                    turns[-1] = (turns[-1][0], lines[k - 1].end, turns[-1][2])
                turns.append((ln.start, ln.end, label))
            elif is_aside(ln.text) or is_aside(ln.text[_continuation_lead(ln.text, first.text):].strip()):
                if turns:
                    turns[-1] = (turns[-1][0], lines[k - 1].end, turns[-1][2])
                turns.append((ln.start, ln.end, ASIDE_MARK))
            elif cv.STAGE.match(ln.text.strip()):
                # "Relance de l'animateur" inside a transcript: the moderator's
                if turns:
                    turns[-1] = (turns[-1][0], lines[k - 1].end, turns[-1][2])
                turns.append((ln.start, ln.end, STAGE_MARK))
            elif turns:
                turns[-1] = (turns[-1][0], ln.end, turns[-1][2])
        if alone and last == i and len(turns) == 1 and turns[0][2] in self.labels and i in self.labels[turns[0][2]].standalone:
            # a label alone on its line with none of its words below ("Liste « … » (réponse collective)"
            # over "[La liste n'a pas répondu à cette question.]"): nobody speaks there
            turns = [(turns[0][0], turns[0][1], ASIDE_MARK)]
        if opens and last == i and len(turns) == 1:
            # « … » closed inside the line and followed by the author's prose: the turn ends there
            start, end, label = turns[0]
            close = _closing_quote(self.text, start, end)
            if close is not None and self.text[close:end].strip(" .,;"):
                turns[0] = (start, close, label)
        for start, end, label in turns:
            kind, attrs = self._turn_kind(label, self.text[start:end], i)
            if kind == "turn" and self.ctx.declared_speakers.get(label, {}).get("anonymous"):
                attrs = {**attrs, "speaker": ""}  # "UNE BÉNÉVOLE" above her words: someone of a kind, unnamed
            if kind == "turn" and attrs.get("role", "inconnu") in ("", "inconnu") and attrs.get("speaker") \
                    and (trade := label_trade(label)):
                # "Matelot 1 :", "Entreprise C (coffreur) :": the label says what the person does (s41)
                attrs = {**attrs, "role_raw": attrs.get("role_raw") or trade, "role": "autre"}
            self.spans.append(Span(start, end, kind, attrs))
        return last + 1

    def _turn_ok(self, ln: TextLine) -> bool:
        m = match_turn(ln.text, self.declared_turn)
        return m is None or bool(ln.text[m.end():].strip())  # None: a label alone on its line

    def _label_turn(self, label: str, words: str, line_index: int) -> tuple[str, dict]:
        """(kind, attrs) of words said under a label that a reader other than the label lines found (a
        subtitle's bracket, a table's speaker cell, a voice note's sender): as any label's when the
        document's labels know it, else a newcomer's, described by what the document says of it."""
        if label in self.labels:
            return self._turn_kind(label, words, line_index)
        return "turn", dict(self._newcomer_attrs(label, self.speaker_attrs(label)))

    def _turn_kind(self, label: str, words: str, line_index: int) -> tuple[str, dict]:
        if label == ASIDE_MARK:
            return "narrative", {}
        if label == STAGE_MARK:
            return "moderator", {"speaker": self._moderator_label(), "role_raw": words.strip()}
        rendered = self._rendered_turn(label, words, line_index)
        if rendered is not None:
            return "turn", rendered
        info = self.labels.get(label)
        if info is not None and info.kind == "moderator":
            return "moderator", {"speaker": label, "role_raw": ""}
        if chair_procedure(label, words):
            # "M. le Maire : Nous abordons le point 7 …": the chair running the sitting (segment/chaired_records.py)
            return "moderator", {"speaker": label, "role_raw": ""}
        if info is not None and info.kind != "group" and (self.ctx.participants or self.ctx.cards) \
                and chair_procedure(self.speaker_attrs(label).get("role_raw") or "", words):
            # "Dr Lafitte : Point suivant, les congés." where the attendance list has "Dr Pierre Lafitte,
            # médecin généraliste, président de la SISA": the chair the list names, running the meeting (s54)
            return "moderator", {"speaker": label, "role_raw": ""}
        if info is not None and info.kind == "group":
            region, place = self.ctx.doc_region, self.ctx.doc_place
            if not region:
                # several participants at once: their region when all the listed ones share it
                from .regions import single_region

                region = single_region(sorted(self.ctx.participant_places.values()))[0]
                place = ""
            role = self.ctx.declared_speakers.get(label, {}).get("role") or "inconnu"  # a record's benches: members
            if role == "inconnu":
                role = self._labels_shared_role()  # "Tous :" among "P1 (IDEL) :", "P4 (IDEL) :": nurses
            if role == "inconnu" and cv.JOINED_CODES.match(label):
                # "IDE1 + IDE3 :": the role the joined codes share (their letters, what the document says of each)
                roles = {self.speaker_attrs(c.group(0))["role"] for c in cv.ONE_CODE.finditer(label)}
                role = roles.pop() if len(roles) == 1 and not roles & {"autre", "inconnu"} else role
            # codes joined by a plus sign, "IDE1 + IDE3 :", name who spoke as one credit, as "(LG + PB)"
            # does after a quote: the label is the speaker (rounds 40, 41); joined by a comma or "et"
            # ("U1, U2 :", "Ph3 et Ph4 :", "G2-P1 et G2-P3 (ensemble) :") the readers give no one
            joint = label if cv.JOINED_CODES.match(label) and "+" in label and "(" not in label else ""
            return "turn", {"speaker": joint, "role_raw": label, "role": role, "region": region,
                            "place": place, "attr_source": ""}
        bare = manner_free(label)
        if bare != label:
            # "M. D. (écrit) :": how he gave his words (a slate, the phone, an aside), not who he
            # is; the name speaks, described as it is elsewhere (the interview's header)
            return self._turn_kind(bare, words, line_index)
        interviewee = self.interviewees.get(line_index)
        if info is not None and info.kind == "answer" and interviewee is not None:
            return "turn", self._interviewee_attrs(interviewee)
        if info is not None and info.kind == "answer" and info.lines and self.gazetteer is not None:
            # "R — …" under a record's "Témoin : Dr Henri Gauthé, …, médecin généraliste …": the
            # witness the record's header field names answers (segment/field_records.py)
            witness = record_witness(self.lines, min(info.lines), self.gazetteer)
            if witness is not None:
                if not witness["region"]:
                    witness = {**witness, "region": self.ctx.doc_region, "place": self.ctx.doc_place}
                return "turn", witness
        e = cv.INTERVIEW_CODE.fullmatch(label)
        if e and label not in self.ctx.participants and label not in self.ctx.declared_speakers:
            num, person = str(int(e.group("num"))), int(e.group("person")) if e.group("person") else None
            role_raw, role, region = self.ctx.interview_identity(num, person, words)
            speaker = cv.interview_person_speaker(num, person) if person else cv.interview_speaker(num)
            place = self.ctx.interview_place(num)[1] if region else ""
            source = "participant_table" if num in self.ctx.cards else ("attribution" if role != "inconnu" else "")
            return "turn", {"speaker": speaker, "role_raw": role_raw, "role": role, "region": region,
                            "place": place, "attr_source": source}
        if interviewee is not None and _same_person(label, interviewee.who):
            return "turn", self._interviewee_attrs(interviewee)
        if self.ctx.declared_speakers.get(label, {}).get("symbol"):
            # "○ …" under "Entretien MG4 (…)": the glyph names nobody, the heading's code does (segment/symbol_labels.py)
            h = max((k for k in self.headings if k <= line_index), default=None)
            code = heading_code(self.lines[h].text) if h is not None else ""
            attrs = self.speaker_attrs(label)
            return "turn", {**attrs, "speaker": code} if code else attrs
        if info is not None and info.shape == "name" and len(label) == 1 and label not in self.ctx.participants:
            numbered = self._numbered_interview(line_index)  # "P :" under "Annexe 6 — Entretien n°9"
            if numbered is None and interviewee is not None and cv.INTERVIEW_REF.fullmatch(interviewee.who) \
                    and answering_labels(self.labels) == [label]:
                # the header numbering the interview opens the document without being read as a
                # heading ("Annexe 6 – Entretien 5" over "Pharmacienne titulaire, …"; s28-segr48a);
                # only where that letter is the one voice answering ("R" beside a colleague's "R2"
                # is a label as printed)
                numbered = interviewee
            if numbered is not None:
                attrs = self._interviewee_attrs(numbered)
                if attrs["role"] == "inconnu":  # no card: what the document says of the label ("P = pharmacienne")
                    known = self.speaker_attrs(label)
                    attrs.update(role_raw=known["role_raw"], role=known["role"])
                return "turn", attrs
        if quote_field(label):  # "Verbatim : …": a quotation of someone unnamed (segment/field_labels.py)
            return "turn", {**self._newcomer_attrs(label, self.speaker_attrs(label)), "speaker": ""}
        attrs = self._newcomer_attrs(label, self.speaker_attrs(label))
        if attrs.get("role") in ("", "inconnu") and interviewee is not None and interviewee.role == "autre" \
                and _same_family(label, interviewee.who):
            # "Mme D. :" beside "M. D. (écrit) :" in an interview with M. D., a patient at home: a
            # relative of the lay person interviewed, no carer the text describes (s25-segr44b)
            attrs = {**attrs, "role": "autre"}
        return "turn", attrs

    def _rendered_turn(self, label: str, words: str, line_index: int) -> dict | None:
        """An interpreter's turn (s26-segr45a): "Int. (pour Mme A.) : …" renders Mme A.'s words in the
        first person, the turn is hers (as the interview's header or the participants describe her);
        "Int. (note de l'interprète) : …" is the interpreter speaking in her own name (role from that
        note, no place: a remote platform). Read only where an interpreter is mentioned in the label
        or the lines above (labels.yaml interpreter_words); None otherwise."""
        paren = rendered_parenthesis(label, words)
        if paren is None:
            return None
        name, for_whom, note = paren
        interpreter = _interpreter_words()
        if not interpreter.search(label) and not interpreter.search(note or "") and not any(
                interpreter.search(self.lines[k].text) for k in range(max(0, line_index - 12), line_index)):
            return None
        if note:
            if not interpreter.search(note):
                return None
            return {"speaker": name, "role_raw": note, "role": normalize_role(note), "region": "", "place": "",
                    "attr_source": "attribution"}
        interviewee = self.interviewees.get(line_index)
        if interviewee is not None and _same_person(for_whom, interviewee.who):
            return self._interviewee_attrs(interviewee)
        return {**self.speaker_attrs(for_whom), "speaker": for_whom}

    def _newcomer_attrs(self, label: str, attrs: dict) -> dict:
        """A voice first heard right under a stage direction in brackets that brings a person in
        ("[Une préparatrice entre dans le bureau ; elle intervient.]" then "Locuteur 3 : …";
        segment/transcriber_notes.py), that nothing else describes: the person the direction
        describes, where the others described are (all in one region)."""
        info = self.labels.get(label)
        if info is None or not info.lines or attrs.get("role") != "inconnu":
            return attrs
        first = min(info.lines)
        if first == 0 or not is_aside(self.lines[first - 1].text):
            return attrs
        aside = self.lines[first - 1].text.strip().strip("[]()")
        role, region, place = describe(aside, self.gazetteer) if self.gazetteer is not None else ("inconnu", "", "")
        if role == "inconnu":
            return attrs
        if not region and not attrs.get("region"):
            region, place = self.ctx.doc_region, self.ctx.doc_place
            if not region:
                others = {self.speaker_attrs(k)["region"] for k, v in self.labels.items()
                          if k != label and v.kind not in ("moderator", "group")} - {""}
                region, place = (others.pop(), "") if len(others) == 1 else ("", "")
        attrs = {**attrs, "role_raw": aside, "role": role, "attr_source": "attribution"}
        if region:
            attrs.update(region=region, place=place)
        return attrs

    def _numbered_interview(self, line_index: int):
        """The interviewee of the nearest heading above that numbers an interview ("Annexe 6 —
        Entretien n°9"), described by the card between it and the first turn ("Personne
        interrogée : pharmacienne titulaire d'officine, 45 ans", "Lieu d'exercice : … (Finistère)"),
        for turns labelled by a bare letter, which names nobody; None without such a heading."""
        from .attributions import describes_person
        from .discovery import Interviewee
        from .regions import resolve_region

        h = max((k for k in self.headings if k <= line_index), default=None)
        while h is not None and not cv.INTERVIEW_REF.search(self.lines[h].text):
            # a sub-heading right under the interview's ("Fiche de l'entretien") belongs to it
            h = max((k for k in self.headings if k < h and h - k <= 2), default=None)
        if h is None:
            return None
        cache = self.__dict__.setdefault("_numbered_cache", {})
        if h not in cache:
            num = str(int(cv.INTERVIEW_REF.search(self.lines[h].text).group("num")))
            card = []
            for ln in self.lines[h + 1:h + 10]:
                if self._turn_label(ln):
                    break
                if ln.index not in self.headings and ln.text.strip():
                    card.append(ln.text.strip())
            values = [t.split(" : ", 1)[1] if " : " in t else t for t in card]
            desc = next((v for v in values if describes_person(v)), "")
            role, region, place = describe(desc, self.gazetteer) if desc else ("inconnu", "", "")
            if not region:
                region, place = resolve_region(" ".join(card), self.gazetteer)
            cache[h] = Interviewee(cv.interview_speaker(num), desc, role, region, place)
        return cache[h]

    def _interviewee_attrs(self, who) -> dict:
        return {"speaker": who.who, "role_raw": who.role_raw, "role": who.role, "region": who.region or self.ctx.doc_region,
                "place": who.place if who.region else self.ctx.doc_place, "attr_source": "interview_header"}

    def speaker_attrs(self, code: str) -> dict:
        """Role and region of a speaker code: the document's participant table or list, coded
        attributions, else the person's own words in their first turns; the speaker sheet and a
        transcript's hints complete or override them (segmenter._finish_attrs). A label naming a
        post ("LA TRÉSORIÈRE :") takes the trade of the one listed member who holds it ("Mme Cucchi,
        pharmacienne titulaire, trésorière"; s52)."""
        attrs = self._code_attrs_of(code)
        office = office_description(code, self.ctx.participants) if code in self.labels and not _mandate(code) else ""
        if office and attrs.get("role") not in ("institutionnel_ars", "institutionnel_cpam", "institutionnel_urps",
                                                "institutionnel_autre", "hospitalier"):
            role = normalize_role(office)
            if role not in ("autre", "inconnu"):
                attrs = {**attrs, "role_raw": office, "role": role, "attr_source": "participant_table"}
        return attrs

    def _code_attrs_of(self, code: str) -> dict:
        full = full_name_label(code, self.labels) if code in self.labels and self.labels[code].shape == "name" else None
        if full:  # "Hélène" after "Hélène Vasseur [médecin coordonnateur, DAC 80]": the same person
            return self.speaker_attrs(full)
        named = cv.NAMED_ROLE.match(code)
        if named and code in self.labels and named.group("role").strip().isdigit():
            # "Infirmière (1)", "Médecin (2)": the number tells two participants of one profession
            # apart, part of who speaks (the label as written); the words before it say the role
            attrs = {**self.ctx.code_attrs(named.group("name")), "speaker": code}
            role = normalize_role(named.group("name"))
            if attrs["role"] == "inconnu" and role not in ("autre", "inconnu"):
                attrs.update(role_raw=named.group("name").strip(), role=role, attr_source="attribution")
            return attrs
        named_names = named_parenthesis(named.group("name"), named.group("role"), self.gazetteer) \
            if named and code in self.labels else None
        if named_names:  # "M. Gérard Klein (Rohrbach-lès-Bitche)", "Auditeur (Hervé, Scaër)": who and where
            attrs = self.ctx.code_attrs(named_names["speaker"])
            if attrs["role"] == "inconnu" and named_names["role"] != "inconnu":
                attrs.update(role_raw=named_names["role_raw"], role=named_names["role"], attr_source="attribution")
            if named_names["region"]:
                attrs.update(region=named_names["region"], place=named_names["place"])
            return attrs
        if named and code in self.labels and named.group("name").strip() in self.ctx.participants \
                and normalize_role(named.group("role")) in ("autre", "inconnu"):
            # "M. Hamon (CFDT)" after "Élus titulaires : … M. Hamon (CFDT), aide-soignant en chirurgie":
            # the listed person speaks, the parenthesis (a union, a group) is no role (attendance_lists.py)
            return self.ctx.code_attrs(named.group("name").strip())
        if named and code in self.labels and cv.LABEL_SHAPES["civility"].match(named.group("name")) \
                and normalize_role(named.group("role")) in ("autre", "inconnu"):
            named = None  # "Monsieur Garnier (liste « … »)": a council's list, read as the record's (office_labels.py)
        if named and code in self.labels:  # "Julie (IDE)": the name speaks, the parenthesis says her role
            attrs = self.ctx.code_attrs(named.group("name"))
            if attrs["role"] == "inconnu":
                role_raw = named.group("role").strip()
                # ("Une participante (collège non précisé au compte rendu)": a role withheld; s51)
                attrs.update(role_raw=role_raw, role="inconnu" if unidentified(role_raw) else normalize_role(role_raw),
                             attr_source="attribution")
                if not attrs["region"] and self.gazetteer is not None and code.endswith("]"):
                    # "[médecin coordonnateur, DAC 80]": the bracket says where too (regions.py)
                    from .regions import resolve_region

                    attrs["region"], attrs["place"] = resolve_region(role_raw, self.gazetteer)
            return attrs
        attrs = self.ctx.code_attrs(code)
        if attrs["role"] == "inconnu" and code in self.labels and (self.labels[code].shape in ("caps", "civility")
                                                                   or INITIAL_SURNAME.match(code)):
            desc = self._named_person_description(code)  # "DR MARTIN" -> "le docteur Paul Martin, médecin …"
            if desc:
                role, region, place = describe(desc, self.gazetteer)
                attrs.update(role_raw=desc, role=role, attr_source="attribution")
                if region:
                    attrs.update(region=region, place=place)
        if attrs["role"] == "inconnu" and code in self.labels and self.labels[code].shape in ("civility", "initials"):
            desc = aged_introduction(code, self._untaken_texts)  # "M. H., 69 ans, vit seul à …" (aged_labels.py)
            # s27-segrole2: "M. Santini :" after "Arrêt chez M. Santini, 88 ans, injection d'insuline."
            desc = desc or aged_apposition(code, self._untaken_texts)
            if desc:
                role, _, _ = describe(desc, self.gazetteer)
                # an age and no trade: the person cared for, outside the professions' vocabulary
                attrs.update(role_raw=desc, role=role if role not in ("autre", "inconnu") else "autre",
                             attr_source="attribution")
        if attrs["role"] == "inconnu" and code in self.labels:
            attrs.update(self._interview_of_code(code))  # "K7" under "entretien 7 - kiné libéral - blois"
        office = office_description(code, self.ctx.participants) \
            if attrs["role"] == "inconnu" and code in self.labels and self.labels[code].shape == "role" else ""
        if office:  # "La présidente :" and "Mme Lecoq, infirmière libérale, présidente" listed (segment/interjections.py)
            role, region, place = describe(office, self.gazetteer)
            attrs.update(role_raw=office, role=role, attr_source="attribution")
            if region and not attrs["region"]:
                attrs.update(region=region, place=place)
        if attrs["role"] == "inconnu" and code in self.labels and self.labels[code].shape == "role":
            attrs.update(role_raw=code, role=normalize_role(code), attr_source="attribution")  # "Le médecin"
        if attrs["role"] == "inconnu" and code in self.labels:
            info = self.labels[code]
            texts = [self.lines[k + 1].text if k in info.standalone and k + 1 < len(self.lines)
                     else self.lines[k].text for k in info.lines]  # a label alone: its words below
            role_raw, role = self_presented_role(texts)
            if role_raw:
                attrs.update(role_raw=role_raw, role=role, attr_source=attrs["attr_source"] or "attribution")
        if attrs["role"] == "inconnu" and code in self.labels:  # "… en ligne Rosine, infirmière à …"
            desc = announced_description(code, self.labels[code], self.lines)
            # "au cabinet d'Armelle (pseudonyme), infirmière libérale à Mende" (segment/introduced_pseudonyms.py)
            desc = desc or pseudonym_description(code, self.labels[code], self.lines)
            # "M.-A." under "Entretiens avec Marie-Agnès, masseur-kinésithérapeute …" (segment/initials_labels.py)
            desc = desc or initials_description(code, self._untaken_texts)
            role, region, place = describe(desc, self.gazetteer) if desc else ("inconnu", "", "")
            # (s27-segrole2: or a trade outside the vocabulary, "vous êtes ambulancier à Privas": autre)
            if role not in ("autre", "inconnu") or role == "autre" and names_a_profession(desc):
                attrs.update(role_raw=desc, role=role, attr_source="attribution")
                if region:
                    attrs.update(region=region, place=place)
            elif desc and self.gazetteer is not None and age_only(desc, self.gazetteer):
                # "Lucas (pseudonyme), 23 ans, est perchman …": an age and no trade of the vocabulary, kept
                # as written for unnamed_field_roles.apply_outside_persons (presented_age_only_role; s28-segr47d)
                attrs.update(role_raw=desc, attr_source=attrs["attr_source"] or "attribution")
        if attrs["role"] == "inconnu" and code in self.labels and self.labels[code].shape == "caps" \
                and (CAPS_PERSON_NOUN.fullmatch(code) or names_a_trade(code.lower())) and not unidentified(code):
            # "PATIENT —", "INFIRMIÈRE —": a capitals label naming what the speaker is, as "Le patient :" does;
            # a trade outside the vocabulary too ("TAKARISTE :", "LE PASSEUR :": autre)
            attrs.update(role_raw=code, role=normalize_role(code), attr_source="attribution")
        letters = legend_prefix(code) if attrs["role"] == "inconnu" and cv.LABEL_SHAPES["code"].match(code) else ""
        if letters and letters_role(letters) not in ("autre", "inconnu"):
            # "IDE2 :" that nothing describes: the code's letters name the profession ("IDE", "MG")
            attrs.update(role_raw=letters, role=letters_role(letters), attr_source=attrs["attr_source"] or "attribution")
        if not attrs["region"] and code in self.labels and self.gazetteer is not None:
            # s27-segr47a: "DD 58 :", "SAMU 21 :": a departmental body labelled by its number speaks
            # from that département (lang/fr place_forms.yaml department_number_forms)
            number = department_number(code)
            if number in self.gazetteer.by_code:
                attrs["region"], attrs["place"] = self.gazetteer.by_code[number].region, self.gazetteer.by_code[number].name
        return attrs

    @cached_property
    def _untaken_texts(self) -> list[str]:
        """The lines no label opens (headings, introductions, notes), once per document."""
        taken = {i for v in self.labels.values() for i in v.lines}
        return [ln.text for ln in self.lines if ln.index not in taken and ln.text.strip()]

    def _interview_of_code(self, code: str) -> dict:
        """Role and region of the one interview the document numbers, for the one participant code
        that carries its number ("K7" under "entretien 7 - kiné libéral - 03/02/21 - blois"), else {}."""
        m = re.fullmatch(r"[A-ZÉ]{1,5}[-_]?(\d{1,3})", code)
        coded = [k for k, v in self.labels.items() if v.kind == "participant" and v.shape == "code"]
        if not m or coded != [code]:
            return {}
        from .regions import resolve_region

        headers = [(str(int(h.group("num"))), h.group("rest") or "") for ln in self.lines
                   for h in [cv.ATTRIBUTION.match(ln.text.strip())] if h]
        num = str(int(m.group(1)))
        if {n for n, _ in headers} != {num}:
            return {}
        role_raw, role, region = self.ctx.interview_identity(num, None)
        if role == "inconnu":
            return {}
        out = {"role_raw": role_raw, "role": role, "attr_source": "interview_header"}
        place = self.ctx.interview_place(num)[1] if region else ""
        if not region:
            region, place = resolve_region(headers[0][1], self.gazetteer)
        if region:
            out.update(region=region, place=place)
        return out

    def _labels_shared_role(self) -> str:
        """The role every participant's label gives in its parentheses ("P1 (IDEL)", "P4 (IDEL)"),
        when at least two labels give one and all give the same; "inconnu" otherwise (a label
        without a role, or two roles, leaves a group's answer to nobody's trade)."""
        roles = set()
        people = [k for k, v in self.labels.items() if v.kind not in ("moderator", "group")]
        for k in people:
            named = cv.NAMED_ROLE.match(k) if self.labels[k].shape == "named_role" else None
            if named is not None:
                roles.add(normalize_role(named.group("role").strip()))
            elif fold(k).rstrip(".").lower() in cv.VOICE_WORDS:
                # "Une voix :", "Une autre :": voices of the group the document describes ("les quatre
                # infirmières du cabinet"), their role the group's
                role = self.speaker_attrs(k).get("role") or "inconnu"
                roles.add(self.study_role or role if role in ("", "inconnu") else role)
            else:
                return "inconnu"
        if len(people) >= 2 and len(roles) == 1 and not roles & {"autre", "inconnu"}:
            return roles.pop()
        return "inconnu"

    def _named_person_description(self, label: str) -> str:
        """What the text says of the person a capitals label names by surname: the apposition
        after the first full name with that surname ("Nadia Benali, infirmière libérale à Colmar")."""
        surname = fold(label.split()[-1])
        for ln in self.lines:
            # (a surname in capitals too, as magazines print a crossed interview's guests: "Dr Nathalie
            # GRONDIN, médecin généraliste")
            for m in (*cv.NAME.finditer(ln.text), *CAPITALS_SURNAME_NAME.finditer(ln.text)):
                if fold(m.group("name").split()[-1]) == surname:
                    # ("Line Bellay, 46 ans, infirmière libérale …": what she does after her age, s50)
                    desc = apposition_with_trade(m.group("name"), ln.text[m.start():])
                    if not desc and self.labels[label].shape == "civility":
                        # "Dr Kervella": a chapeau that describes her before her full name
                        desc = apposition(m.group("name"), [ln.text])
                    if desc and normalize_role(desc) not in ("autre", "inconnu"):
                        return desc
        if len(label.split()) == 1 and label.isalpha() and len(label) > 2:
            # a first name alone, as podcasts and radio label their guests ("NOLWENN"): the
            # apposition after that first name where the introduction presents the guest
            # ("… reçoit Nolwenn, sage-femme libérale à Quimper")
            first = re.compile(rf"\b{re.escape(label[0] + label[1:].lower())}\b")
            for ln in self.lines:
                for m in first.finditer(ln.text):
                    desc = apposition(m.group(0), [ln.text[m.start():]])
                    if desc and normalize_role(desc) not in ("autre", "inconnu"):
                        return desc
        return ""

    # -- em-dash dialogue under an interview header
    def _dash_dialogue(self, i: int) -> int | None:
        """"— question ?" / "— answer": a run of dash-led lines in an interview whose header names
        the person; the lines that ask are the interviewer's."""
        who = self.interviewees.get(i)
        if not self.lines[i].text.lstrip().startswith(DASH):
            return None
        k = i
        carried: set[int] = set()  # an answer's next paragraphs, without a dash (the French way)
        while k < len(self.lines) and k not in self.headings:
            if self.lines[k].text.lstrip().startswith(DASH):
                k += 1
            elif k > i and self._answer_goes_on(k):
                carried.add(k)
                k += 1
            else:
                break
        while k - 1 in carried:
            carried.discard(k - 1)
            k -= 1
        if who is None and self.ctx.qualitative and (i == 0 or not self.lines[i - 1].text.lstrip().startswith(DASH)):
            who = self._dialogue_interviewee(i, k)  # fallback: no header named the person
        if who is None and k - i == 1 and self.ctx.qualitative and _lone_reply(self.lines, i) \
                and reads_as_speech(self.lines[i].text, block=True):
            # field notes: one reply in dialogue dashes between the observer's sentences, whoever
            # the narration names ("— Vous tombez mal, le docteur est parti.")
            ln = self.lines[i]
            self.spans.append(Span(ln.start, ln.end, "verbatim", {"speaker": "", "role_raw": "", "role": "inconnu",
                                                                  "region": self.ctx.doc_region,
                                                                  "place": self.ctx.doc_place, "attr_source": ""}))
            return k
        if who is None or k - i < 2:
            return None
        for j in range(i, k):
            ln = self.lines[j]
            if j in carried:
                last = self.spans[-1]
                self.spans[-1] = Span(last.start, ln.end, last.kind, last.attrs)
            elif _question_line(ln.text):
                self.spans.append(Span(ln.start, ln.end, "moderator", {"speaker": "", "role_raw": ""}))
            else:
                self.spans.append(Span(ln.start, ln.end, "turn", self._interviewee_attrs(who)))
        return k

    def _answer_goes_on(self, k: int) -> bool:
        """Line k, without a dash, carries on the dash answer above it: the line above is an answer
        (or carries one on), no question, and a dash line follows within two lines."""
        above = self.lines[k - 1].text.strip()
        t = self.lines[k].text.strip()
        if not t or not above or _question_line(above) or _question_line(t) or t.startswith(("«", "(", "[")):
            return False
        if self.styles.share(self.lines[k].start, self.lines[k].end, "italic") >= 0.6:
            return False
        return any(self.lines[j].text.lstrip().startswith(DASH) for j in range(k + 1, min(len(self.lines), k + 3))
                   if j not in self.headings)

    def _dialogue_interviewee(self, i: int, k: int):
        """The person of a dash dialogue no interview header names, in a document that reports
        people's words: lines i..k-1 alternate questions and answers (at least two of each, the
        answers speaking); the person the lines above it describe (the heading, the card), or
        nobody known; None when the run is no dialogue."""
        from .discovery import Interviewee
        from .regions import resolve_region

        asked = [_question_line(self.lines[j].text) for j in range(i, k)]
        answers = [self.lines[j].text for j, q in zip(range(i, k), asked) if not q]
        changes = sum(1 for a, b in zip(asked, asked[1:]) if a != b)
        if sum(asked) < 2 or len(answers) < 2 or changes < len(asked) - 2 \
                or sum(1 for t in answers if cv.SPOKEN.search(t)) < len(answers) / 2:
            return None
        above = [self.lines[j].text.strip() for j in range(max(0, i - 4), i) if self.lines[j].text.strip()]
        role, desc = "inconnu", ""
        for t in reversed(above):
            for sentence in re.split(r"(?<=[.!?])\s+", t):
                if normalize_role(sentence) not in ("autre", "inconnu"):
                    role, desc = normalize_role(sentence), sentence
                    break
            if desc:
                break
        region, place = resolve_region(" ".join(above), self.gazetteer) if above else ("", "")
        # the one person the describing sentence names ("…, le Dr Mathilde Giraud siège au bureau …")
        names = {m.group("name") for m in cv.NAME.finditer(desc)} if desc else set()
        named = next(iter(names)) if len(names) == 1 else ""
        if named and self.gazetteer is not None and self.gazetteer.find(named):
            named = ""  # "Saint-Affrique": a place
        return Interviewee(named, desc, role, region, place)

    # -- a press interview: questions (headings) and the interviewee's answers below them
    def _qa_answer(self, i: int) -> int | None:
        who = self.interviewees.get(i)
        if who is None or i in self.headings:
            return None
        # the question this paragraph answers: the last question heading above (interview notes
        # put topic headings between questions: "Recherche « nucléaire »")
        q = max((h for h in self.headings if h < i and _question_line(self.lines[h].text)), default=None)
        if q is None or q < self.interviewee_from.get(i, 0):
            return None
        if q in self.scene_pairs.values():
            return None  # a question said in a written-down scene, no interview's (segment/introduced_dashes.py)
        if self._another_speaks(i, who):
            self._close_answers(i, who)
            return None
        ln = self.lines[i]
        if is_aside(ln.text.strip()):
            return None  # "[le téléphone sonne ; le Dr Aubrun décroche]": a stage direction, nobody's words (s49)
        editor = self.__dict__.setdefault("_editor_lines", set())
        if _about(who, ln.text):
            editor.add(i)
            return None  # "Odette V. prend sa retraite en 1989, …": the editor speaks of the interviewee (s49)
        voice = BRACKETED_VOICE.match(ln.text)
        if voice is not None:
            # "[Mme Aubrun, depuis la pièce voisine :] Et qui tient l'agenda …": another voice than the
            # interviewee's, named in the bracket (s49)
            self.spans.append(Span(ln.start + voice.end(), ln.end, "turn", self._bracketed_voice(voice.group("who"), who)))
            return i + 1
        before = self.lines[i - 1].text.strip() if i > 0 else ""
        voice = aside_voice(before)
        if voice:
            # "[Une personne entre …, puis s'adresse à l'enquêtrice.]": hers, not the interviewee's (s54)
            role, region, place = describe(voice, self.gazetteer)
            self.spans.append(Span(ln.start, ln.end, "turn", {"speaker": "", "role_raw": voice, "role": role,
                                                              "region": region, "place": place, "attr_source": "transcript"}))
            return i + 1
        if (is_aside(before) or i - 1 in editor) and not reads_as_speech(ln.text, block=True):
            editor.add(i)
            return None  # "Transcription publiée avec l'accord …" after a stage direction or the editor's words (s49)
        # a questionnaire's answer run in after its question on the same line ("Votre devise ? On ne
        # fait pas …", segment/set_apart_questions.py) is the rest of that line: a paragraph below
        # it is the editor's, not a further answer (s27-segr46a)
        run_in = q in self.run_in
        if run_in and i != q + 1:
            return None
        t = ln.text.strip()
        closer = cv.INTERVIEW_CLOSER.search(t)
        if re.match(r"^\W*$", t) or cv.INTERVIEW_CLOSER.match(t) or folio_line(t):
            return None  # (a running footer under the last answer: "… – Annexes – p. XII")
        end = ln.end
        m = re.search(r"(?<=[.!?…])\s+(?=" + cv.INTERVIEW_CLOSER.pattern.lstrip("^") + ")", t) if not closer else None
        if m:
            end = ln.start + (len(ln.text) - len(ln.text.lstrip())) + m.start()
        nxt = i + 1
        if not m and not closer and not run_in:
            # an answer over several paragraphs, up to the next question heading, stays one turn
            while nxt < len(self.lines) and nxt not in self.headings and self.interviewees.get(nxt) is who \
                    and self.lines[nxt].text.strip() and not cv.INTERVIEW_CLOSER.search(self.lines[nxt].text) \
                    and not self._turn_label(self.lines[nxt]) and not is_aside(self.lines[nxt].text.strip()) \
                    and not BRACKETED_VOICE.match(self.lines[nxt].text):
                if self._another_speaks(nxt, who):
                    self._close_answers(nxt, who)
                    break
                end = self.lines[nxt].end
                nxt += 1
        self.spans.append(Span(ln.start, end, "turn", self._interviewee_attrs(who)))
        return nxt

    def _bracketed_voice(self, who: str, interviewee) -> dict:
        """The attributes of a voice a bracket names before its words: a person by a civility and a
        name ("Mme Aubrun, depuis la pièce voisine", written in full and described where the header
        presents her), else an unidentified voice ("voix au haut-parleur, interlocuteur non
        identifié": no speaker, role inconnu). The place is the interview's."""
        from .full_names import full_name
        from .person_registry import presented_trade

        name = who.split(",")[0].strip()
        region, place = interviewee.region, interviewee.place
        if unidentified(who) or not cv.CIVILITY_NAME.fullmatch(name):
            return {"speaker": "", "role_raw": who.strip(), "role": "inconnu", "region": region, "place": place,
                    "attr_source": "attribution"}
        name = full_name(name, self.text) or name
        role, desc = presented_trade(self.text, name.split(maxsplit=1)[1] if " " in name else name)
        return {"speaker": name, "role_raw": desc, "role": role or "inconnu", "region": region, "place": place,
                "attr_source": "attribution"}

    def _timed_answer(self, i: int) -> int | None:
        """A paragraph opened by the recording's time ("[10:18:40] Je suis installée ici depuis …")
        under an interview's header ("Entretien 1 – Dr Anne Faucher, médecin généraliste, Guéret"),
        no label, no question above: an excerpt of the interviewee's words, a turn of its own (s43)."""
        who = self.interviewees.get(i)
        stamp = cv.OPENING_STAMP.match(self.lines[i].text) if who is not None else None
        if not (stamp and stamp.end()) or i in self.headings or self._turn_label(self.lines[i]):
            return None
        ln = self.lines[i]
        self.spans.append(Span(ln.start, ln.end, "turn", self._interviewee_attrs(who)))
        return i + 1

    def _another_speaks(self, j: int, who) -> bool:
        """Line j, among a portrait's answers, quotes another person its lead-in names ("Hugo Lemaire,
        pharmacien à Valmont, a rejoint le groupe : « … »", the lead-in on its line or above the
        quotation's): that person's words, not the interviewee's answer."""
        text = self.lines[j].text
        k = text.find("«")
        if k < 0 and text.rstrip().endswith(":") and j + 1 < len(self.lines) \
                and self.lines[j + 1].text.lstrip().startswith("«"):
            # the lead-in on its own line, its quotation opening the next
            nxt = self.lines[j + 1]
            text, start = nxt.text, nxt.start
            k = text.find("«")
        elif k <= 0 or not text[:k].rstrip().endswith(":"):
            return False
        else:
            start = self.lines[j].start
        from .quotes import classify_quote

        end = text.find("»", k)
        call = classify_quote(self.text, start + k, start + (end + 1 if end > k else len(text)), self.ctx, [None])
        speaker = (call.attrs or {}).get("speaker", "") if call.verbatim else ""
        return bool(speaker) and fold(speaker) not in fold(who.who) and fold(who.who) not in fold(speaker)

    def _close_answers(self, j: int, who) -> None:
        """The lines below another person's words at line j, up to the next question, are no longer
        the interviewee's answer ("Prochaine réunion : …" under a colleague's quote)."""
        for n in range(j + 1, len(self.lines)):
            if n in self.headings:
                break
            if self.interviewees.get(n) is who:
                del self.interviewees[n]


def _about(who, text: str) -> bool:
    """A paragraph whose subject is the interviewee by name ("Odette V. prend sa retraite en 1989"):
    the editor's words about them, not their answer."""
    return bool(who.who) and len(who.who) > 3 and re.match(rf"\s*{re.escape(who.who)}\s+[a-zéèêàâîôû]", text) is not None


# a voice named in a bracket that closes on a colon before its words ("[Mme Aubrun, depuis la pièce
# voisine :] …", "[voix au haut-parleur, interlocuteur non identifié :] …")
BRACKETED_VOICE = re.compile(r"^\s*\[(?P<who>[^\[\]:]{2,80}?)\s*:\s*\]\s*(?=\S)")
# a label of an initial and a surname ("S. Bertrand", "J.-L. HOARAU"): the person the text names in full elsewhere
INITIAL_SURNAME = re.compile(r"^[A-ZÉÈ]\.(?:-[A-ZÉÈ]\.)?\s?[A-ZÉÈ]")
# a first name and a surname in capitals ("Nathalie GRONDIN", "Jean-Luc HOARAU")
CAPITALS_SURNAME_NAME = re.compile(r"(?<![\w'’-])(?P<name>[A-ZÉÈ][a-zéèêëïîôûç]+(?:-[A-ZÉÈ][a-zéèêëïîôûç]+)?"
                                   r"\s+[A-ZÉÈ]{2,}(?:[- ][A-ZÉÈ]{2,})?)(?![\w'’-])")


@cv.per_language_data
def _comment_opener() -> re.Pattern:
    """The opening of an author's comment naming the exchange it closes (lang/fr labels.yaml
    transcript_comment_openers), on folded text."""
    found = cv.language_data().get("transcript_comment_openers", [])
    return re.compile("|".join(f"(?:{p})" for p in found)) if found else re.compile(r"(?!)")


@cv.per_language_data
def _folio() -> re.Pattern:
    words = cv.word_forms("folio_words", r"\s*")
    # (or in capital roman numerals, as annexes are paginated: "– Annexes – p. XII")
    return re.compile(rf"(?:^|[\s–—-])(?:{words})(?:\d{{1,4}}|(?-i:[IVXLC]{{1,7}}))\s*$|^[–—-]?\s*\d{{1,4}}\s*[–—-]?$|\s\d{{1,4}}\s*/\s*\d{{1,4}}$",
                      re.IGNORECASE)


def label_trade(label: str) -> str:
    """The trade outside the role vocabulary a turn label names, its number aside ("Matelot 1",
    "Le commandant") or in its parenthesis ("Entreprise C (coffreur)"), else ''."""
    inside = re.search(r"\(([^()]{3,40})\)\s*$", label)
    # (the number perhaps after "n°": "Citoyenne n° 7", a citizens' panel's member by draw)
    words = inside.group(1) if inside else re.sub(r"(?:\s+n[°º])?[\s\d.#-]+$", "", label)
    words = " ".join(words.split())
    if not words or normalize_role(words) not in ("autre", "inconnu") or unidentified(words) \
            or fold(words.split()[0]).lower().rstrip(".") in cv.PARTICIPANT_WORDS | cv.MODERATOR_WORDS:
        return ""  # "Intervenant 5", "Participant 3": a place in the exchange, no trade
    # a trade, or, numbered, what a person is outside any trade (roles.yaml's 'autre' rules: "Habitante 3",
    # "Citoyen n° 12", one of a panel drawn by lot; not a word alone, "Père :", a relative)
    numbered = not inside and words != " ".join(label.split())
    return words if names_a_trade(words.lower()) or numbered and matched_role(words) == "autre" else ""


@cv.per_language_data
def _reported_connector() -> re.Pattern:
    """The conjunction after a reporting verb, elided or not (grammar.yaml reported_complementizers)."""
    forms = cv.word_forms("reported_complementizers", r"\s", elided_after="")  # "que " or "qu'"
    return re.compile(rf"(?<![\w'’-])(?:{forms})")


@cv.per_language_data
def _question_report() -> re.Pattern:
    """A civility and a name, a verb of asking or of saying, and what introduces the question asked
    (attributions.yaml inverted_speech_verbs, grammar.yaml reported_question_connectors): "Mme Barreau
    demande ce que deviendront …", "M. Vannier s'interroge sur le coût …"."""
    d = cv.language_data()
    asking = cv._flex_alt(d.get("inverted_speech_verbs", [])) or "(?!)"
    connectors = cv.word_forms("reported_question_connectors", r"\s", elided_after="")
    return re.compile(rf"\s+(?:{cv.SPEECH_VERBS}|{asking})\s+(?:{connectors})")


def _reported_question(t: str) -> bool:
    """The paragraph opens on someone named reported asking or wondering (a record's narration)."""
    named = cv.CIVILITY_NAME.match(t)
    return named is not None and _question_report().match(t, named.end()) is not None


def reported_opening(text: str) -> bool:
    """A paragraph that opens by reporting someone's words in the third person ("La diététicienne a
    répondu que …", "Le président indique que …"): a record's narration (embedded_quotes.reported_speaker)."""
    t = text.lstrip()
    if _reported_question(t):
        return not speaks_in_first_person(text)
    m = _reported_connector().search(text[:160])
    if m is None:
        return False
    named = cv.CIVILITY_NAME.match(t)
    verb = re.match(rf"\s+(?:{cv.SPEECH_VERBS})\s+", t[named.end():]) if named is not None else None
    if verb is not None and _reported_connector().match(t, named.end() + verb.end()):
        # "Mme Guérin rappelle que le pharmacien peut …" between two members' turns: the secretary
        # reports a guest's words (s51)
        return not speaks_in_first_person(text)
    who = reported_speaker(text[:m.end()])
    # ("La pharmacienne, elle, m'a dit que je pouvais …": the speaker goes on telling)
    return bool(who) and text.lstrip().startswith(who) and not speaks_in_first_person(text)


QUOTE_OPEN = re.compile(r"[«“]")


@cv.per_language_data
def _subject_opening() -> re.Pattern:
    """A determiner or a civility opening a sentence's subject (grammar.yaml subject_determiners,
    labels.yaml civilities): "Une habitante", "L'animatrice", "M. Roux"."""
    words = cv.language_data().get("subject_determiners", [])
    elided = [w for w in words if w[-1] in "'’"]
    whole = cv._alt([*(w for w in words if w not in elided), *cv.CIVILITIES]) or "(?!)"
    return re.compile(rf"(?:(?:{whole})\.?\s|{cv._alt(elided) or '(?!)'})", re.IGNORECASE)


def quoting_narration(text: str) -> bool:
    """A paragraph that quotes someone after a lead-in in the third person ("Une personne de
    l'assistance demande la parole : « … »"): the author's narration around a quotation, not the
    words of the turn above, whose speaker would say "je", "nous", "on" in such a lead-in."""
    m = re.search(r":\s*[«“]", text)
    if m is None or m.start() > 160:
        return False
    lead = text[:m.start()]
    # (a subject of the third person opens it, "Une habitante demande …", "Le maire conclut …"; not a
    # label or a date, "5 décembre : « … »")
    subject = _subject_opening().match(lead.strip())
    return subject is not None and len(lead.split()) >= 3 and not cv.SPOKEN.search(lead) \
        and not speaks_in_first_person(lead)


@cv.per_language_data
def _mandate_words() -> frozenset:
    return frozenset(fold(w).lower() for w in cv.language_data().get("mandate_offices", []))


def _mandate(label: str) -> bool:
    """A label naming an elected office ("LE MAIRE", "L'adjointe"): chaired_records.yaml mandate_offices."""
    return any(w in _mandate_words() for w in re.findall(r"[\w-]+", fold(label).lower()))


# a field's name opening a line, then its colon: "Décision : …", "Date : …"
FIELD_LEAD = re.compile(r"^(?P<field>[^\W\d_][\w'’ -]{0,30}?)\s*:\s")


def record_field(text: str) -> bool:
    """A line opened by a field of a record rather than a speaker ("Décision : …", "Objet : …";
    labels.yaml not_labels): it ends a turn running over paragraphs."""
    m = FIELD_LEAD.match(text.strip())
    return m is not None and not_label(m.group("field").lower())


def folio_line(text: str) -> bool:
    """A short line that ends on a page's number ("Thèse de médecine générale – Annexes – p. 84",
    "– 9 –", "Rapport d'activité 2024  12/40"): a running header or footer (headings.yaml folio_words)."""
    t = text.strip()
    return 0 < len(t) <= 100 and not t.endswith(("?", "!")) and bool(_folio().search(t)) or running_head(t)


# a running head's fields: short, without a sentence's punctuation, separated by dashes or bars
HEAD_FIELD_SEP = re.compile(r"\s[–—|]\s")
# the head's last field: a year or an academic year, its month perhaps ("2024", "Mai 2025", "2023-2024")
YEAR_FIELD = re.compile(r"(?:[^\W\d_]+\s)?(?:19|20)\d{2}(?:\s?[-–/]\s?(?:19|20)?\d{2})?")


def running_head(text: str) -> bool:
    """A running header of at least three short fields separated by dashes and closed by the year
    ("Annexes – Mémoire de master 2 Santé publique – Université des Antilles – 2024"): a page's
    head, not a paragraph of anyone's words (s55)."""
    t = text.strip()
    fields = HEAD_FIELD_SEP.split(t)
    return 3 <= len(fields) <= 6 and len(t) <= 140 and t[:1].isupper() and bool(YEAR_FIELD.fullmatch(fields[-1])) \
        and not re.search(r"[.?!:;«»“”\"]", t) and all(0 < len(f.split()) <= 8 for f in fields)


def _lone_reply(lines: list[TextLine], i: int) -> bool:
    """A dash-led line standing alone between narration, as a novel sets a reply: no question, no
    quotation marks, no code or label of its own ("– COORD : « … »"), no dash line beside it."""
    t = lines[i].text.strip()
    if _question_line(t) or re.search(r"[«“\"\[\]]|:\s", t[:40]) or re.search(r"[«“]|\)\s*\.?$", t):
        return False
    return all(not (0 <= j < len(lines) and lines[j].text.lstrip().startswith(DASH)) for j in (i - 1, i + 1))


@cv.per_language_data
def _lay_labels() -> re.Pattern:
    """A label that is only a kinship noun, bare or after an article ("La grand-mère", "Fille",
    anaphoric_speakers.yaml colon_subject_kinship_nouns), or a personal pronoun ("Elle", "Lui",
    labels.yaml pronoun_labels)."""
    d = cv.language_data()
    articles = cv._flex_alt(d.get("role_label_articles", [])) or "(?!)"
    kin = cv._flex_alt(d.get("colon_subject_kinship_nouns", [])) or "(?!)"
    pronouns = cv._flex_alt(d.get("pronoun_labels", [])) or "(?!)"
    # "Garçon 2", "Fille 1": a sex noun and a number, the only designation of pupils or lay participants
    sexes = cv._flex_alt(d.get("numbered_sex_labels", [])) or "(?!)"
    return re.compile(rf"(?i:(?:(?:{articles})\s?)?(?:{kin})|{pronouns}|(?:{sexes})\s?\d{{1,2}})\.?")


def lay_label(label: str) -> bool:
    """Whether a turn's label names the speaker only by kinship or by a pronoun (s26-segr45a), or
    by a sex noun and a number ("Garçon 2", "Fille 1": s27-segr46a)."""
    return _lay_labels().fullmatch(label.strip()) is not None


def apply_lay_labels(segments: list) -> None:
    """Turns labelled "La grand-mère :", "Elle :", "Lui :", "Garçon 2 :" that nothing in the document described (no
    role once every other reader ran): a relative or a lay person interviewed, as rounds 11, 24 and
    45 annotate them (role ``lay_label_role``; s26-segr45a)."""
    role = cv.language_data().get("lay_label_role", "autre")
    for seg in segments:
        if seg.kind == "turn" and seg.role in ("", "inconnu") and seg.speaker and lay_label(seg.speaker):
            seg.role_raw, seg.role = seg.role_raw or seg.speaker, role
            seg.attr_source = seg.attr_source or "attribution"


@cv.per_language_data
def _interpreter_words() -> re.Pattern:
    return cv._whole_words(cv.language_data().get("interpreter_words", []))


@cv.per_language_data
def _rendered_paren() -> re.Pattern:
    # "(pour Mme A.)": whose words are rendered; any other short parenthesis: a note's own
    fors = cv._flex_alt(cv.language_data().get("rendered_for_words", [])) or "(?!)"
    return re.compile(rf"\(\s*(?:(?:{fors})\s+(?P<who>[^()]{{1,40}}?)|(?P<note>[^()]{{1,40}}?))\s*\)", re.IGNORECASE)


def rendered_parenthesis(label: str, words: str) -> tuple[str, str, str] | None:
    """(the label's name, whose words it renders, its own note) of a label with a parenthesis,
    written in the label ("Interprète (pour P3)") or right after it, a period between ("Int. (pour
    Mme A.) :", read "Int"); None without one."""
    m = cv.NAMED_ROLE.match(label)
    if m:
        name, inside = m.group("name").strip(), "(" + m.group("role") + ")"
    else:
        t = words.lstrip()
        if not t.startswith(label):
            return None
        rest = t[len(label):]
        dot = rest.startswith(".")
        name, inside = label + ("." if dot else ""), rest[1:] if dot else rest
        colon = re.match(r"\s*(\([^()]{1,44}\))\s*:", inside)
        if colon is None:
            return None
        inside = colon.group(1)
    p = _rendered_paren().fullmatch(inside.strip())
    if p is None:
        return None
    return name, (p.group("who") or "").strip(), (p.group("note") or "").strip()


def _question_line(text: str) -> bool:
    return text.rstrip(" »\"”").endswith("?")


@cv.per_language_data
def _manner_words() -> frozenset[str]:
    return frozenset(fold(w).lower() for w in cv.language_data().get("label_manner_words", []))


def manner_free(label: str) -> str:
    """The label without a parenthesis that says how the person gave their words (lang/fr
    labels.yaml label_manner_words: "M. D. (écrit)" -> "M. D."); the label itself otherwise."""
    m = cv.NAMED_ROLE.match(label)
    if m and fold(m.group("role")).strip().lower() in _manner_words():
        return m.group("name").strip()
    return label


def _same_family(label: str, who: str) -> bool:
    """Two civilities before one surname or initial ("Mme D." and "M. D."): two people of one family."""
    def split(name: str) -> tuple[str, str]:
        words = name.split()
        return (fold(words[0]).rstrip(".").lower(), fold(" ".join(words[1:])).lower()) if len(words) >= 2 else ("", "")
    (c1, n1), (c2, n2) = split(label), split(who)
    return bool(n1) and n1 == n2 and c1 != c2 and {c1, c2} <= cv.CIVILITIES


def _same_person(label: str, who: str) -> bool:
    norm = lambda s: re.sub(r"[^\w]+", "", s.lower())
    return norm(label) == norm(who)


def _closing_quote(text: str, start: int, end: int) -> int | None:
    """Offset just after the » that closes the first « of text[start:end] (and a following
    period), or None."""
    depth = 0
    for k in range(start, end):
        c = text[k]
        if c == "«":
            depth += 1
        elif c == "»" and depth:
            depth -= 1
            if depth == 0:
                return k + 2 if k + 1 < end and text[k + 1] == "." else k + 1
    return None


# an elision in brackets ("[…]", "[...]") or a transcriber's short note in square brackets ("[elle
# compose le numéro]") opening a paragraph, before words
BRACKETED_LEAD = re.compile(r"\s*\[(?:…|\.\.\.|[^\[\]]{1,40})\]\s*(?=\w|«)")
LINE_NUMBER_LEAD = re.compile(r"\s*\d{1,3}\s+(?=\S)")


def _continuation_lead(text: str, first: str) -> int:
    """Length of the mark opening an unlabelled paragraph that a turn's next paragraph carries in
    a transcript: a time when the turn's own line opens with one ("[00:05:02] " under "[00:04:20]
    Ph2 : …"), an elision or a transcriber's note in square brackets, a line number when the turn's
    line opens with one ("04 " under "03 KEV : …"); 0 when none."""
    m, opened = cv.OPENING_STAMP.match(text), cv.OPENING_STAMP.match(first)
    if m and m.end() and opened and opened.end():
        return m.end()
    m = BRACKETED_LEAD.match(text)
    if m:
        return m.end()
    # "04 ((une porte s'ouvre))" under "03 KEV : …": the line number of a numbered transcript
    m, opened = LINE_NUMBER_LEAD.match(text), LINE_NUMBER_LEAD.match(first)
    return m.end() if m and opened else 0
