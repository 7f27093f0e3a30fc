"""What a document says about its speakers, gathered before segmenting."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from ..text import fold
from . import conventions as cv
from .account_aliases import aliases as account_aliases
from .aged_labels import aged_person
from .annex_references import annex_interviewees
from .announced_speakers import (
    announced_labels,
    named_in,
    presented_cast,
    presented_description,
    presenting_host,
    session_voices,
)
from .attendance_lists import attendance_lists, attendance_texts, listed_as_written
from .attributions import apposition, describe, describes_person
from .base import SUPERSCRIPT_DIGITS, TextLine, append_cut, n_words
from .coded_cells import code_column_rows
from .compound_codes import compound_codes, key_paragraph, sentence_key
from .court_records import period_turn
from .enumerated_codes import enumerated_codes, numbered_key
from .enumerated_codes import moderates as enumerated_moderator
from .fallbacks import (
    code_ranges,
    compares_literature,
    generic_label_lines,
    layout_evidence,
    listed_people,
    methods_sentences,
    moderates,
    named_codes,
    qualitative_scan,
    reports_qualitative,
)
from .first_turn_roles import first_turns, later_first_names, merged_runs
from .group_members import group_members
from .guarded import Guarded
from .introduced_pseudonyms import keyed_pseudonym
from .labels import label_text, loose_separator, standalone_label, turn_match
from .listed_first_names import listed_full_name
from .meeting_rounds import meeting_round, meeting_round_min_turns, person_label
from .message_exports import message_turn
from .named_legends import widen_named
from .numbered_exchanges import exchange_kinds
from .parenthesised_names import proper_names
from .person_registry import build_registry, renames_persons
from .play_scripts import play_turn
from .pseudonym_lists import presented_pseudonyms, profession_pseudonyms
from .records import Either, bench_turn, record_turn
from .recurring_labels import shaped_turn
from .regions import ANONYMISED, after_person_word, resolve_region, single_region
from .roles import normalize_role, self_designated_role, unidentified
from .spaced_tables import spaced_table_rows
from .speakers import (
    CodeDict,
    interview_cards,
    is_function,
    participant_introduced_once,
    participant_list,
    participant_rows,
    participants_bulleted,
    participants_described,
    participants_designated,
    participants_enumerated,
    participants_grouped,
    participants_itemised,
    participants_located,
    participants_named,
    participants_presented,
    trade_rows,
)
from .testimony_headings import speaks_in_first_person
from .timed_rows import cell_turn
from .trailing_label_lines import export_legend, is_author
from .transcriber_notes import is_aside
from .transposed_tables import transposed_participants
from .used_keys import line_labels, parenthesised_key, row_labels, used_key, used_table


@dataclass
class Person:
    """A named press speaker and what the text says about them."""
    name: str
    descriptions: list[str] = field(default_factory=list)

    @property
    def surname(self) -> str:
        return self.name.split()[-1]

    @property
    def role_raw(self) -> str:
        return "; ".join(dict.fromkeys(d for d in self.descriptions if d))

    @property
    def role(self) -> str:
        return normalize_role(self.role_raw)


class Context:
    """Everything the document says about its speakers, gathered before segmenting."""

    def __init__(self, lines: list[TextLine], doc: dict, gazetteer=None, declared: dict | None = None):
        texts = [ln.text for ln in lines]
        self.gazetteer = gazetteer
        rows = participant_rows(texts)
        coded = code_column_rows(texts)  # "… | « … » | CD3": a quotation and its code, no participant row (segment/coded_cells.py)
        # (unless a header names the row's trade cell: "| D1 | Dentellière | « … » |" describes D1,
        # and its quotation stays the verbatim coded_cells reads)
        headed = trade_rows(texts) if coded else set()
        rows = [r for r in rows if r[0] not in coded or r[0] in headed]
        self.participant_lines = {i: (label, function) for i, label, function, _ in rows if i not in coded}
        # "Annexe 2 – Entretien avec M. X, adjoint au maire": whom a quotation's "(annexe 2, p. IV)" cites (segment/annex_references.py)
        self.annex_people = annex_interviewees(texts)
        self.participants = CodeDict({label: function for _, label, function, _ in rows})
        # where a participant works, from a table cell naming a place ("Gironde")
        self.participant_places: dict[str, tuple[str, str]] = CodeDict()
        # a participant's own place read from their description by code_attrs, once per code
        self._own_places: dict[str, tuple[str, str]] = {}
        for _, label, _, cells in rows:
            for cell in cells:
                region, place = _cell_place(cell, gazetteer)
                if region:
                    self.participant_places.setdefault(label, (region, place))
                    break
        for _, code, desc in participant_list(texts):
            self.participants.setdefault(code, desc)
        for _, code, desc in participants_described(texts):
            self.participants.setdefault(code, desc)
        for _, code, desc in participant_introduced_once(texts):
            # "… avec une chargée de mission de la délégation départementale de l'ARS (R1)" (speakers.py)
            self.participants.setdefault(code, desc)
        for _, name, desc in participants_named(texts):
            # "Hélène Varin est coordinatrice du DAC, Thomas Legrand médecin traitant …" (speakers.py)
            self.participants.setdefault(name, desc)
        for _, code, desc in participants_grouped(texts):
            self.participants.setdefault(code, desc)
        for _, code, desc in participants_itemised(texts):
            # "… trois aidants (A1 et A2, résidant à Allanche ; A3, résidant à Murat)" (speakers.py)
            self.participants.setdefault(code, desc)
        for _, code, desc, place in participants_located(texts, gazetteer):
            # "six masseurs-kinésithérapeutes, K1 (Montbard), K2 (Semur-en-Auxois) …" (speakers.py)
            if desc:
                self.participants.setdefault(code, desc)
            self.participant_places.setdefault(code, place)
        for i, code, desc in participants_presented(texts):
            self.participants.setdefault(code, desc)
            if gazetteer is not None:
                region, place = locative_place(desc, gazetteer)
                if not region:  # "… dans une maison de santé de la même ville": the paragraph's place
                    region, place = locative_place(texts[i], gazetteer)
                if region:
                    self.participant_places.setdefault(code, (region, place))
        for _, name, trade, item in participants_enumerated(texts):
            # "J'ai rencontré trois infirmiers … : Claire, 46 ans, au CH de Rodez ; Mathilde, …" (speakers.py)
            self.participants.setdefault(name, trade)
            if gazetteer is not None:
                region, place = locative_place(item, gazetteer)
                if region:
                    self.participant_places.setdefault(name, (region, place))
        for _, name, desc in participants_bulleted(texts):
            # "• Nadia, pharmacienne d'officine à Thionville": the name, and as labels in capitals write it
            for code in (name, name.upper()):
                self.participants.setdefault(code, desc)
                if gazetteer is not None:
                    region, place = locative_place(desc, gazetteer)
                    if region:
                        self.participant_places.setdefault(code, (region, place))
        # "Alpha — coordinatrice de CPTS, Martinique (Le Lamentin)": a list of pseudonyms (segment/pseudonym_lists.py)
        self.pseudonyms: list[str] = []
        for name, desc, place in presented_pseudonyms(texts, gazetteer):
            self.pseudonyms.append(name)
            self.participants.setdefault(name, desc)
            if place[0]:
                self.participant_places.setdefault(name, place)
        # "… une couleur : IDE Jaune, IDE Orange et IDE Verte": the profession is the role (segment/pseudonym_lists.py)
        for name, profession in profession_pseudonyms(texts).items():
            self.pseudonyms.append(name)
            self.participants.setdefault(name, profession)
        for i, code, desc in participants_designated(texts):
            self.participants.setdefault(code, desc)
            # "Tous exercent dans la Drôme": a place the designating paragraph names
            region, place = locative_place(texts[i], gazetteer) if gazetteer is not None else ("", "")
            if region:
                self.participant_places.setdefault(code, (region, place))
        for code, (desc, row) in spaced_table_rows(texts).items():
            # "Participant Profession …" over "P1 Étudiante en Master Biologie …" (segment/spaced_tables.py)
            if self.participants.get(code, row).strip() == row.strip():
                self.participants[code] = desc
        for code, desc in transposed_participants(texts).items():
            # "Code | P1 | P2 …" over "Profession | MG | IDEL …": codes as columns (segment/transposed_tables.py)
            self.participants.setdefault(code, desc)
            region, place = resolve_region(desc, gazetteer) if gazetteer is not None else ("", "")
            if region:
                self.participant_places.setdefault(code, (region, place))
        # labels a legend explains ("E = enquêtrice ; P = pharmacienne"): the moderator's, and the
        # others as participants with their description
        self.legend_moderators: set[str] = set()
        self.legend: dict[str, str] = {}  # what a legend says the other labels stand for
        # "IDEC : infirmière coordinatrice ; CSA : conseillère en santé de l'Assurance maladie": a
        # list of abbreviations, read only to expand an abbreviation opening a bracketed source
        self.abbreviations: dict[str, str] = abbreviation_list(texts)
        for label, desc in legend_entries(texts).items():
            if fold(desc.split()[0]).rstrip(".,") in cv.MODERATOR_WORDS or is_author(desc):
                self.legend_moderators.add(label)  # (or the writer: "ESI : moi-même")
                continue
            # "G2-P1, médecin généraliste, Vichy": a key after the excerpt, read as a participants table
            self.participants.setdefault(label, desc)
            if gazetteer is not None:
                region, place = resolve_region(desc, gazetteer)
                if region:
                    self.participant_places.setdefault(label, (region, place))
        # "Locuteur 1 : moi-même ; Locuteur 2 : pharmacienne …": a transcription export's labels (segment/trailing_label_lines.py)
        for label, desc in export_legend(texts).items():
            if is_author(desc):
                self.legend_moderators.add(label)
            elif label not in self.participants:
                self.participants[label] = desc
                region, place = resolve_region(desc, gazetteer) if gazetteer is not None else ("", "")
                if region:
                    self.participant_places.setdefault(label, (region, place))
        # "… un entretien : IDE1, infirmière libérale à Pontarlier ; IDE2, …" (segment/enumerated_codes.py)
        for code, desc in enumerated_codes(texts).items():
            if enumerated_moderator(desc):  # "… ; CHE, la chercheuse": the one who asks (s51)
                self.legend_moderators.add(code)
                continue
            self.participants.setdefault(code, desc)
            region, place = resolve_region(desc, gazetteer) if gazetteer is not None else ("", "")
            if region:
                self.participant_places.setdefault(code, (region, place))
        for code, desc in numbered_key(texts).items():
            # "Acteur institutionnel n°3 : chargé de mission … ; Élu n°2 : maire …" (segment/enumerated_codes.py)
            self.participants.setdefault(code, desc)
            region, place = resolve_region(desc, gazetteer) if gazetteer is not None else ("", "")
            if region:
                self.participant_places.setdefault(code, (region, place))
        for code, desc in named_codes(texts).items():
            # "Isabelle Roux (IR), pharmacienne titulaire à Millau (Aveyron)": the code labels her turns
            if code not in self.participants:
                self.participants[code] = desc
                region, place = resolve_region(desc, gazetteer) if gazetteer is not None else ("", "")
                if region:
                    self.participant_places.setdefault(code, (region, place))
        for i, code, desc in code_ranges(texts):
            # "Sept masseurs-kinésithérapeutes … (MK1 à MK7). Tous exercent … des Vosges"
            if code not in self.participants:
                self.participants[code] = desc
                region, place = locative_place(texts[i], gazetteer) if gazetteer is not None else ("", "")
                if not region and gazetteer is not None:
                    # "… exerçant entre Montauban et Caussade … P1 à P4 sont …": the key's places, of one région (segfix38)
                    found = [(p.region, texts[i][a:b]) for a, b, p in gazetteer.find(texts[i]) if p.region]
                    region, place = single_region(found) if found else ("", "")
                if region:
                    self.participant_places.setdefault(code, (region, place))
        # "Groupe 2 (Alençon, Orne) : P1 sage-femme ; …" for "[FG2, P1]" (segment/group_members.py)
        self.group_members = group_members(texts, gazetteer)
        # "Sandrine Grondin, infirmière libérale (« Sandrine IDEL »)": whose display names the turns carry
        self.account_aliases = account_aliases(texts)  # segment/account_aliases.py
        # "MSP2-IDE" when the methods key says "IDE : infirmier" (segment/compound_codes.py)
        self.compound_codes = compound_codes(texts)
        key_at = key_paragraph(texts) if self.compound_codes else -1
        key_region = locative_place(texts[key_at], gazetteer) if key_at >= 0 and gazetteer is not None else ("", "")
        for code, desc in self.compound_codes.items():
            self.participants.setdefault(code, desc)
            if key_region[0]:  # "(MSP1 à MSP4, à Vendôme, …)": where the structures are
                self.participant_places.setdefault(code, key_region)
        for name, desc in listed_people(texts).items():
            # a transcript's announced speakers: their full names label the turns
            if name not in self.participants and name not in self.legend:
                self.participants[name] = desc
                if moderates(desc):
                    self.legend_moderators.add(name)
        # "Présents : Dr Lenoir, médecin généraliste, président ; Mme Perrin, …" (segment/attendance_lists.py)
        for name, (desc, place) in attendance_lists(texts, gazetteer).items():
            self.participants.setdefault(name, desc)
            if place[0]:
                self.participant_places.setdefault(name, place)
        for label, desc in label_legend(texts).items():
            # (or a field of it: "Sophie Granier, animatrice")
            if fold(desc).rstrip(".") in cv.MODERATOR_WORDS or any(
                    w.strip(".,;()").lower() in cv.MODERATING_VERBS for w in fold(desc).split()) \
                    or any(fold(f).strip().rstrip(".").lower() in cv.MODERATOR_WORDS for f in desc.split(",")[1:]):
                self.legend_moderators.add(label)
            else:
                self.legend[label] = desc
        # a code described by an abbreviation alone that the document explains once ("| E1 | CP |" with
        # "CP, coordinatrice de parcours du DAC ; …"): the explanation describes the person (s55)
        for code, desc in list(self.participants.items()):
            short = desc.strip().rstrip(".")
            if re.fullmatch(r"[A-ZÉ]{2,6}", short) and short != code and normalize_role(short) in ("autre", "inconnu"):
                spelled = self.participants.get(short) or self.abbreviations.get(short, "")
                if spelled and not re.fullmatch(r"[A-ZÉ]{2,6}", spelled.strip()):
                    self.participants[code] = spelled
        # codes of one series used in the text ("P1", "P3", "P4"): the document's informant codes
        self.series = code_series(texts)
        self.cards = interview_cards(texts)
        self.doc_region = doc.get("region", "") or ""
        # where the study was done, as its methods say ("… exerçant dans le département de la
        # Sarthe"): the region of last resort when the sheet gives none
        self.field_region, self.field_place = study_field(texts, gazetteer) if gazetteer is not None else ("", "")
        place = doc.get("place", "") or ""
        self.doc_place = place if self.doc_region and ";" not in place else ""
        # speaker code -> attributes declared outside the text (speaker sheet, transcript format)
        self.declared_speakers: dict[str, dict] = declared or {}
        # speaker code -> descriptions given by coded attributions anywhere ("(I9, Lyon)")
        self.code_descriptions: dict[str, list[str]] = defaultdict(list)
        self.persons: dict[str, Person] = {}
        # the methods words that say the document reports people's words (the fallbacks' prior)
        self.qualitative_evidence, strong_lines, self.qualitative_lines = qualitative_scan(texts)
        self.qualitative = reports_qualitative(self.qualitative_evidence)
        if not self.qualitative:
            # no methods words: the layout may still show people's words (field notes, testimonies)
            layout = layout_evidence(texts)
            self.qualitative_evidence += layout
            self.qualitative = bool(layout)
        self.layout_prior = bool(self.qualitative_evidence) and self.qualitative_evidence[-1].endswith("(layout)")
        if self.qualitative and not self.field_region and gazetteer is not None:
            # the places of the sentences that name the interviews' method ("… entretiens compréhensifs … de
            # Meurthe-et-Moselle") when the methods use no study word
            self.field_region, self.field_place = study_field(methods_sentences(texts, strong_lines), gazetteer,
                                                              cv.QUALITATIVE_STRONG)
        # Whether the document quotes people by name (the press does; theses and articles
        # anonymise interviewees, and the named people they quote, ministers or authors, are
        # sources): set by the segmenter from discovery (named_quotes), not from the sheet's kind.
        self.named_speakers = False
        # "les prénoms ont été modifiés": a lone first name a speech verb reports is an informant's (segment/person_registry.py)
        self.renamed_persons = renames_persons(texts)
        self.person_forms = build_registry("\n".join(texts), gazetteer) if gazetteer is not None else {}
        self.plain_text = "\n".join(texts)
        # the codes of any shape the methods' key defines, as the text uses them ("MedCDS1")
        self.defined_codes = frozenset(m.group(0) for m in re.finditer(r"(?<![\w-])[A-ZÉ][\wé]+(?![\w-])", self.plain_text)
                                       if self.defined_code(m.group(0))) if self.legend else frozenset()
        # note number -> text of the notes sections' numbered notes ("1. Entretien n°6, …"): where
        # a quote followed by a note call says who spoke (set by the segmenter from the structure)
        self.endnotes: dict[str, str] = {}
        self.note_calls: dict[int, str] = {}  # offset of a call removed by extraction -> note text
        # interview number -> roles and texts of its attributed body quotes (annex rows reuse them)
        self.attr_roles: dict[str, Counter] = defaultdict(Counter)
        self.attr_texts: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
        # interview number -> (region, place) of its attribution lines ("— E3, …, Hennebont")
        self.attr_places: dict[str, Counter] = defaultdict(Counter)
        # interview number -> (role_raw, role, region, place) a heading or a line declares for it
        # ("Retranscription de l'entretien E4 (pharmacienne, 52 ans, Lanester)"), for documents
        # without interview cards
        self.declared: dict[str, tuple[str, str, str, str]] = {}

    def expanded(self, source: str) -> str:
        """A source whose first field is an abbreviation of the document's list of abbreviations
        ("CSA, accueil de Chinon"), that field replaced by what it stands for; '' otherwise."""
        first, sep, rest = source.partition(",")
        desc = self.abbreviations.get(first.strip())
        return f"{desc}{sep}{rest}" if desc else ""

    def knows(self, code: str) -> bool:
        """A speaker code the document (table, list, coded attributions) or a sheet describes; a
        numbered code whose prefix a legend describes ("PH2" after "PH = pharmacien·ne, suivis du
        numéro d'entretien") too, as code_attrs reads it."""
        return code in self.participants or code in self.declared_speakers or bool(self.code_descriptions.get(code)) \
            or code in self.series or code in self.legend or self._legend_prefix(code) \
            or bool(legend_part(code, self.legend))

    def defined_code(self, code: str) -> bool:
        """A code of any shape that the methods' key defines as a person ("CoordoCDS = coordinatrice
        de centre de santé ; ChargMissARS = chargée de mission …"), as written or followed by the number
        that tells two people apart ("CoordoCDS2"). An acronym of capitals only ("ARS = agence
        régionale de santé") names an institution a quote of a text may cite: it counts only numbered."""
        m = DEFINED_CODE.fullmatch(code)
        if m is None or m.group("label") not in self.legend or not describes_person(self.legend[m.group("label")]):
            return False
        return bool(m.group("num")) or not m.group("label").isupper()

    def _legend_prefix(self, code: str) -> bool:
        prefix = legend_prefix(code)
        return prefix != code and prefix in self.legend and bool(re.fullmatch(LEGEND_SUFFIXED, code))

    def code_attrs(self, code: str) -> dict:
        """Speaker attributes of a code from the participant table or list, else from what coded
        attributions elsewhere say of it; the document's region when none names one."""
        attrs = {"speaker": code, "role_raw": "", "role": "inconnu", "region": "", "place": "", "attr_source": ""}
        listed = self._listed_short_form(code)
        if listed:
            # "M. Bonnin :" under "Présents : … M. Laurent Bonnin, chef de la cuisine centrale ; …": the
            # listed person's description (the speaker's full name is written at the end: full_names.py)
            return {**self.code_attrs(listed), "speaker": code}
        if code not in self.participants and code in self.legend:
            # a legend ("P = pharmacienne") describes a label as a participant table would; a voice
            # it leaves unidentified ("AUTRE (toute autre voix audible)") has no role (s48)
            desc = self.legend[code]
            attrs.update(role_raw=desc, role="inconnu" if unidentified(desc) else normalize_role(desc),
                         attr_source="participant_table")
        if code in self.participants:
            attrs.update(role_raw=self.participants[code], role=normalize_role(self.participants[code]),
                         attr_source="participant_table")
            if code in self.participant_places:
                attrs["region"], attrs["place"] = self.participant_places[code]
            elif self.gazetteer is not None:
                # the participant's own place in their description ("P2 (pharmacienne, Saint-Nazaire)"),
                # before the study's field or the document's place (session 31); read once per code
                if code not in self._own_places:
                    self._own_places[code] = resolve_region(self.participants[code], self.gazetteer)
                attrs["region"], attrs["place"] = self._own_places[code]
        prefix = legend_prefix(code)
        if attrs["role"] == "inconnu" and prefix != code and prefix in self.legend:
            # "SF2" when the methods say "SF pour sage-femme"; "PH-a" when they say "PH : pharmacien"
            attrs.update(role_raw=self.legend[prefix], role=normalize_role(self.legend[prefix]),
                         attr_source="participant_table")
        part = legend_part(code, self.legend) if attrs["role"] == "inconnu" else ""
        if part:  # "T1-PH1" when the methods say "PH pour les pharmaciens"
            attrs.update(role_raw=self.legend[part], role=normalize_role(self.legend[part]),
                         attr_source="participant_table")
        for desc in self.code_descriptions.get(code, []):
            role, region, place = describe(desc, self.gazetteer)
            if role not in ("autre", "inconnu") and attrs["role"] == "inconnu":
                attrs.update(role_raw=desc, role=role, attr_source=attrs["attr_source"] or "attribution")
            if region and not attrs["region"]:
                attrs.update(region=region, place=place)
        if not attrs["region"] and self.doc_region:
            attrs["region"], attrs["place"] = self.doc_region, self.doc_place
            attrs["attr_source"] = attrs["attr_source"] or "document_sheet"
        elif not attrs["region"] and self.field_region:
            attrs["region"], attrs["place"] = self.field_region, self.field_place
            attrs["attr_source"] = attrs["attr_source"] or "study_field"
        return attrs

    def _listed_short_form(self, code: str) -> str:
        """The one participant a "civility surname" label stands for (listed_short_form)."""
        if code in self.participants or code in self.legend:
            return ""
        return listed_short_form(code, self.participants)

    def person(self, name: str) -> Person:
        for known in self.persons.values():
            if known.surname == name.split()[-1]:
                return known
        self.persons[name] = Person(name)
        return self.persons[name]

    def by_surname(self, text: str) -> Person | None:
        for p in self.persons.values():
            if re.search(r"\b" + re.escape(p.surname) + r"\b", text):
                return p
        return None

    def interview_identity(self, num: str, person: int | None, quote: str = "") -> tuple[str, str, str]:
        """(role_raw, role, region) of an interview (and one of its persons) from its card and
        the body's attribution lines; ambiguous multi-person interviews stay 'inconnu' unless
        the same words are attributed in the body.
        """
        card = self.cards.get(num)
        region = card.region if card else self.interview_place(num)[0]
        if card and person is not None and person <= len(card.professions):
            return card.role_raw(person), card.role(person), region
        key = _text_key(quote)
        if key:
            for text_key, role_raw, role in self.attr_texts.get(num, []):
                if key in text_key or text_key[:60] in key:
                    return role_raw, role, region
        if card:
            role = card.role()
            if role == "inconnu" and len(card.professions) > 1:
                # several persons: the one whose profession the speaker names ("nous infirmiers")
                role = self_designated_role(quote, {card.role(k + 1) for k in range(len(card.professions))}) or role
            if role == "inconnu" and self.attr_roles.get(num):
                roles = self.attr_roles[num]
                if len(roles) == 1 or roles.most_common(1)[0][1] > 2 * sum(roles.values()) // 3:
                    role = roles.most_common(1)[0][0]
            return card.role_raw(), role, region
        if num in self.declared:
            role_raw, role, _, _ = self.declared[num]
            return role_raw, role, region
        if self.attr_roles.get(num):
            return "", self.attr_roles[num].most_common(1)[0][0], region
        return "", "inconnu", region


    def interview_place(self, num: str) -> tuple[str, str]:
        """(region, place) of an interview without a card: declared, else its attribution lines'
        when they all agree."""
        if num in self.cards:
            return self.cards[num].region, ""
        if num in self.declared and self.declared[num][2]:
            return self.declared[num][2], self.declared[num][3]
        places = self.attr_places.get(num)
        if places and len({region for region, _ in places}) == 1:
            return places.most_common(1)[0][0]
        return "", ""


# the labels a plural legend lists ("EA, EB et EC"): lang/fr grammar.yaml list_conjunctions
LABELS_SPLIT = re.compile(rf"\s*,\s*|\s+(?:{cv.word_forms('list_conjunctions')})\s+")
# its first capital before the look-behind (which then reads the character before it): Python's
# re skips to a capital instead of trying every position; the same matches as
# (?<![\w-])(?P<prefix>[A-ZÉ]{1,5}[-_]?)… (tests/segment/test_speed_patterns.py)
SERIES_CODE = re.compile(r"(?P<prefix>[A-ZÉ](?<![\w-].)[A-ZÉ]{0,4}[-_]?)(?P<num>\d{1,3})(?![\w-])")
# the same with a point: "Ph.A", "Ph.C" (a pharmacy thesis's six pharmacists)
# or a hyphen and a capital letter: "MG-A", "MG-B" (a thesis's GPs told apart by a letter)
LETTER_SERIES_CODE = re.compile(r"(?<![\w-])(?P<prefix>[A-ZÉ]{1,5}-)(?P<num>[A-Z])(?![\w'’-])")
DOTTED_SERIES_CODE = re.compile(rf"(?<![\w.-])(?={cv.DOTTED_CODE})(?P<prefix>[A-ZÉ][a-zé]{{1,4}}\.)(?P<num>[A-Z]|\d{{1,2}})(?![\w-])")


# a code a legend's prefix explains: the prefix, then a number ("SF2", "PH-3") or a hyphen and a
# lower-case letter that tells two participants of one profession apart ("PH-a", "MG-b")
LEGEND_SUFFIXED = r"[A-ZÉ]{1,5}(?:[-_]?\d{1,3}|-[a-z])"


# a code a key defines, as written or numbered: "CoordoCDS2", "ChargMissARS", "EluSanté"
DEFINED_CODE = re.compile(r"(?P<label>[A-ZÉ][\wé]*?[A-ZÉa-zé])(?P<num>\d{1,3})?")


def legend_prefix(code: str) -> str:
    """The prefix of a participant code before its number or letter ("PH-a" -> "PH")."""
    return re.sub(r"(?:[-_]?\d+|-[a-z])$", "", code)


def legend_part(code: str, legend: dict[str, str]) -> str:
    """The part of a compound code ("T1-PH1": territory, function, rank; "G2-MG1") whose letters
    the document's key explains as a profession ("… sa fonction (C pour les coordinatrices, PH pour
    les pharmaciens)"): that key ("PH"); '' when none does."""
    parts = code.split("-")
    if len(parts) < 2:
        return ""
    for part in parts[1:] + parts[:1]:
        key = legend_prefix(part)
        if key != part and key in legend and normalize_role(legend[key]) not in ("autre", "inconnu"):
            return key
    return ""


def label_legend(texts: list[str]) -> dict[str, str]:
    """label -> what it stands for, from a line that explains at least two labels ("Conventions :
    E = enquêtrice ; P = pharmacienne ; (...) = passage inaudible"), or two at once ("EA et EB
    désignent les deux enquêtrices")."""
    out: dict[str, str] = {}
    used = line_labels(texts)
    tiers = row_labels(texts)  # an export's rows (a participants list's codes are listed_people's)
    for i, text in enumerate(texts):
        # "E = enquêtrice ; P = pharmacienne", or in words: "MG pour médecin généraliste, SF pour …"
        found = {m.group("label"): m.group("desc").strip() for m in cv.LEGEND.finditer(text)} \
            if text.count("=") >= 2 else {}
        found = found or legend_in_words(text)
        found = found or digit_key(text)  # "Locuteurs : 1 = l'étudiant enquêteur ; 2 = masseur-kinésithérapeute …"
        found = found or sentence_key(text)  # "MG : médecin généraliste ; PH : pharmacien" (segment/compound_codes.py)
        found = found or juxtaposed_key(text)  # "(MG médecin généraliste, IDE infirmière, SEC secrétaire)"
        found = found or bracketed_key(text)  # "Clé : [SG] Sophie Granier, animatrice ; [AF] Dr Alain Fabre, pédiatre …"
        found = found or used_key(i, text, used)  # "Indicatifs : ALPHA 1, chef d'équipe ; ALPHA 2, …" (segment/used_keys.py)
        found = found or parenthesised_key(i, text, tiers)  # "… cinq tiers : MED (médecin de la PASS), PAT (patient, …)"
        found = widen_named(text, found)  # "EM = Émilie M., coordinatrice …" (segment/named_legends.py)
        for m in cv.LEGEND_PLURAL.finditer(text):
            # "EA et EB désignent les deux enquêtrices": each label one of them, in the singular
            one = " ".join(re.sub(r"(?<=\w\w)[sx]$", "", w) for w in m.group("desc").split())
            for label in LABELS_SPLIT.split(m.group("labels")):
                found.setdefault(label, one)
        if len(found) >= 2:
            for label, desc in found.items():
                out.setdefault(label, desc)
    for label, desc in used_table(texts, used).items():  # "| QUIRINAL | Écuyer | 14 |" (segment/used_keys.py)
        out.setdefault(label, desc)
    return out


# one entry of a key whose labels are set in square brackets, as the turns below write them: "[AF] Dr Alain
# Fabre, pédiatre libéral à Béziers ;" (the description up to the next entry or the sentence's end)
BRACKETED_ENTRY = re.compile(r"(?:^|[;:]\s*)\[(?P<label>[A-ZÉÈ][A-Za-zÉÈé0-9]{0,7})\]\s*(?P<desc>[^;\[\]]{2,160}?)\s*(?=;|\.(?:\s|$)|$)")


def bracketed_key(text: str) -> dict[str, str]:
    """label -> who, from a key of at least two entries whose labels are in square brackets ("[SG]
    Sophie Granier, animatrice ; [AF] Dr Alain Fabre, pédiatre …")."""
    if text.count("[") < 2:
        return {}
    found = {m.group("label"): m.group("desc").strip() for m in BRACKETED_ENTRY.finditer(text)}
    # (a key of people: one entry at least names a trade; a subtitles' colour code, "[BLANC] personne
    # visible à l'écran ; [CYAN] commentaire en voix off", names none)
    people = any(normalize_role(d) not in ("autre", "inconnu") for d in found.values())
    return found if len(found) >= 2 and people else {}


# one entry of a key whose labels are bare numbers: "1 = l'étudiant enquêteur ; 2 = masseur-kinésithérapeute
# libéral, cabinet de groupe à Vendôme" (the description up to the next entry or the sentence's end)
DIGIT_ENTRY = re.compile(r"(?:^|[;:(]\s*)(?P<label>\d{1,2})\s*=\s*(?P<desc>[^;=]{2,160}?)\s*(?=;|\.(?:\s|$)|$)")


def digit_key(text: str) -> dict[str, str]:
    """label -> who, from a key whose labels are bare numbers, when it is a key of SPEAKERS: one
    of its entries names the interviewer ("1 = l'étudiant enquêteur ; 2 = …"). A questionnaire's
    answer categories ("Modalités : 1 = médecin généraliste ; 2 = infirmier …") name no one who asks."""
    if text.count("=") < 2:
        return {}
    found = {m.group("label"): m.group("desc").strip() for m in DIGIT_ENTRY.finditer(text)}
    if len(found) < 2 or not any(cv.INTERVIEWER.search(d) for d in found.values()):
        return {}
    return found


# one entry of a list of abbreviations: "CSA : conseillère en santé de l'Assurance maladie"
ABBREVIATION_ENTRY = re.compile(r"(?P<label>[A-ZÉ][A-ZÉ0-9]{1,7})\s*:\s*(?P<desc>[^:;«»]{3,100}?)\s*\.?")


def abbreviation_list(texts: list[str]) -> dict[str, str]:
    """abbreviation -> what it stands for, from a paragraph that is nothing but entries
    "ABBR : expansion" separated by semicolons, at least two ("DAC : dispositif d'appui à la
    coordination ; IDEC : infirmière coordinatrice ; MK : masseur-kinésithérapeute")."""
    out: dict[str, str] = {}
    for text in texts:
        if text.count(":") < 2 or ";" not in text:
            continue
        entries = [ABBREVIATION_ENTRY.fullmatch(e) for e in re.split(r"\s*;\s*", text.strip())]
        if len(entries) >= 2 and all(entries):
            for m in entries:
                out.setdefault(m.group("label"), m.group("desc").strip())
    return out


# a key in parentheses whose entries set each code right before what it stands for, with no sign
# between: "(MG médecin généraliste, IDE infirmière, SEC secrétaire)"
KEY_PARENTHESIS = re.compile(r"\((?P<inner>[^()]{10,200})\)")
JUXTAPOSED_ENTRY = re.compile(r"(?P<label>[A-ZÉ][A-ZÉ0-9]{1,7})\s+(?P<desc>[a-zéèêàâîôûç][^\W\d_]*(?:[\s'’-]+[^\W\d_]+){0,4})")


def juxtaposed_key(text: str) -> dict[str, str]:
    """label -> what it stands for, from a parenthesis that is nothing but entries "CODE description"
    (at least two, each description lower-case words that name a profession or a function, so that
    "(6 IPA, 5 MG)" or "(ARS Bretagne, CPAM du Finistère)" are no key)."""
    for m in KEY_PARENTHESIS.finditer(text):
        entries = [JUXTAPOSED_ENTRY.fullmatch(e) for e in LABELS_SPLIT.split(m.group("inner").strip())]
        if len(entries) >= 2 and all(entries) \
                and all(normalize_role(e.group("desc")) not in ("autre", "inconnu") for e in entries):
            return {e.group("label"): e.group("desc") for e in entries}
    return {}


def legend_in_words(text: str) -> dict[str, str]:
    """label -> description of a legend in words: "MG pour médecin généraliste, SF pour sage-femme",
    and the entries after one whose verb is left out ("M désigne un médecin généraliste, I un
    infirmier, K un masseur-kinésithérapeute et SF une sage-femme")."""
    found = {}
    for m in cv.LEGEND_WORDS.finditer(text):
        found.setdefault(m.group("label"), m.group("desc").strip())
        end = m.end()
        while (g := cv.LEGEND_GAPPED.match(text, end)) is not None:
            found.setdefault(g.group("label"), g.group("desc").strip())
            end = g.end()
    return found


def legend_entries(texts: list[str]) -> dict[str, str]:
    """label -> description from a key to the codes whose entries are "LABEL, description"
    separated by semicolons ("Légende : M, modératrice ; Obs., observatrice ; G2-P1, médecin
    généraliste, Vichy"); at least two entries."""
    out: dict[str, str] = {}
    for text in texts:
        text = text.lstrip(SUPERSCRIPT_DIGITS + " ")  # a key set in a footnote: "¹ Légende : …"
        head = cv.LEGEND_HEADING.match(text)
        if not head:
            continue
        found = {}
        for entry in re.split(r"\s*;\s*|(?<=[a-zé)])\.\s+(?=[A-ZÉ])", text[head.end():]):
            m = cv.LEGEND_ENTRY.match(entry.strip().rstrip("."))
            if m:
                # (a label's closing point goes, "Obs." as "Obs"; an initial's stays, "M. R.")
                label = m.group("label") if re.search(r"(?:^|\s)[A-ZÉ]\.$", m.group("label")) else m.group("label").rstrip(".")
                found[label] = m.group("desc").strip()
        if len(found) >= 2:
            for label, desc in found.items():
                out.setdefault(label, desc)
    return out


def is_legend_line(text: str) -> bool:
    """Whether the line is a key to the codes (legend_entries: a heading word, two entries or more)."""
    return bool(legend_entries([text]))  # (which reads only lines opened by a heading)


def code_series(texts: list[str]) -> set[str]:
    """Codes of letters and a number whose prefix the text numbers at least twice ("P1", "P3",
    "P4"): a document's informant codes, not an acronym with a digit ("COVID19")."""
    numbers: dict[str, set[str]] = defaultdict(set)
    for text in texts:
        for m in [*SERIES_CODE.finditer(text), *DOTTED_SERIES_CODE.finditer(text), *LETTER_SERIES_CODE.finditer(text)]:
            numbers[m.group("prefix")].add(m.group("num"))
    return {p + n for p, nums in numbers.items() if len(nums) >= 2 for n in nums}


def locative_place(text: str, gazetteer) -> tuple[str, str]:
    """(region, place) of the last place a locative preposition introduces in the text
    ("rencontrés en Ille-et-Vilaine", "dans le Finistère"): the nearest to what follows; a
    capitalised place without one may be a name or a word ("Tours de garde"), so it does not count."""
    found = [(a, b, place.region, text[a:b]) for a, b, place in gazetteer.find(text)
             if cv.LOCATIVE.search(text[:a])]
    # communes only after their preposition ("aux Mureaux": Les Mureaux); the gazetteer's place
    # when both overlap
    found += [(a, b, place.region, place.name) for a, b, place in gazetteer.communes_after_prepositions(text)
              if not any(a < y and x < b for x, y, _, _ in found)]
    if found:
        return max(found, key=lambda hit: hit[0])[2:]
    return "", ""


def study_field(texts: list[str], gazetteer, pattern: re.Pattern | None = None) -> tuple[str, str]:
    """(region, place) of the study's field: the places named in the sentences that describe the
    study (grammar.yaml `study_words`: "enquête menée en 2021 dans deux départements ruraux
    d'Occitanie"; or ``pattern``'s words), when they all lie in one région; ('', '') otherwise."""
    pattern = pattern or cv.STUDY
    found: list[tuple[str, str]] = []
    for text in texts:
        if not pattern.search(text):
            continue
        for sentence in re.split(r"(?<=[.!?])\s+", text):
            # (not a sentence comparing the results with other works: their field, not the study's)
            if pattern.search(sentence) and not compares_literature(sentence):
                # (not a surname after a civility or a first name: "le Dr Yannick Morvan, médecin du travail")
                found += [(p.region, sentence[a:b]) for a, b, p in gazetteer.find(sentence)
                          if not after_person_word(sentence, a, gazetteer)]
                found += [(p.region, p.name) for _, _, p in gazetteer.communes_after_prepositions(sentence)]
    found = [(r, p) for r, p in found if r]
    return single_region(found) if found else ("", "")


def _text_key(text: str) -> str:
    return re.sub(r"[^a-z]+", "", fold(text))[:200]



def _cell_place(cell: str, gazetteer) -> tuple[str, str]:
    """(region, place) of a table cell that is a place name and nothing else."""
    if gazetteer is None:
        return "", ""
    cell = cell.strip()
    anonymised = ANONYMISED.fullmatch(cell)
    if anonymised:  # "| Région A |": the study's label as written, ANNOTATION.md (s50)
        return f"Région {anonymised.group(1)}", ""
    found = gazetteer.find(cell)
    if found and found[0][0] == 0 and found[0][1] == len(cell):
        return found[0][2].region, cell
    commune = gazetteer.commune_field(cell)  # a commune no gazetteer row names ("Commentry")
    return (commune.region, commune.name) if commune is not None else ("", "")


# ---- speaker labels -----------------------------------------------------------------------

@dataclass
class Label:
    """A line-initial speaker label as the document writes it, and what discovery made of it."""
    label: str
    shape: str  # code, numbered, civility, listed, name
    kind: str = "participant"  # participant, moderator, answer, group
    lines: list[int] = field(default_factory=list)
    questions: int = 0
    standalone: set[int] = field(default_factory=set)  # lines holding the label alone
    loose: set[int] = field(default_factory=set)  # lines where a dash or a period sets it off
    # lines where a time or a paragraph number precedes it, or a time follows it at the line's start
    # ("ARM (00:15) : …"), once per turn
    stamped: list[int] = field(default_factory=list)
    # one presented person's label (_presented_interviewee): the answer runs to the next heading
    presented: bool = False
    # a code heard once among its series' others, far from them (lone_series_codes): its turn is its paragraph
    lone: bool = False


def answering_labels(labels: dict[str, Label] | None) -> list[str]:
    """The labels that are not the interviewer's or moderator's: the voices that answer."""
    return [k for k, v in (labels or {}).items() if v.kind != "moderator"]


def declared_turn(codes) -> re.Pattern | None:
    """A line opened by one of the speaker codes a transcript format or the speaker sheet
    declares, whatever their shape ("spk1 :", "Marie Dupont :")."""
    stamped = [c for c, v in codes.items() if isinstance(v, dict) and v.get("stamped")] if isinstance(codes, dict) else []
    if stamped:  # a messaging export's senders after their stamp (segment/message_exports.py)
        return Either(message_turn(stamped), declared_turn({c: v for c, v in codes.items() if c not in stamped}))
    plays = [c for c, v in codes.items() if isinstance(v, dict) and v.get("play")] if isinstance(codes, dict) else []
    if plays:  # "K. VIDAL. — …": a transcript set like a play (segment/play_scripts.py)
        return Either(play_turn(plays), declared_turn({c: v for c, v in codes.items() if c not in plays}))
    shaped = [c for c, v in codes.items() if isinstance(v, dict) and v.get("shaped")] if isinstance(codes, dict) else []
    if shaped:  # "(E) …", "A) …", "#3 : …": labels found by how they behave (segment/recurring_labels.py)
        return Either(shaped_turn({c: codes[c] for c in shaped}), declared_turn({c: v for c, v in codes.items() if c not in shaped}))
    periods = [c for c, v in codes.items() if isinstance(v, dict) and v.get("period")] if isinstance(codes, dict) else []
    if periods:  # "Steiner. Oui, je …": a trial record's labels closed by a full stop (segment/court_records.py)
        return Either(period_turn(periods), declared_turn({c: v for c, v in codes.items() if c not in periods}))
    cells = [c for c, v in codes.items() if isinstance(v, dict) and v.get("cells")] if isinstance(codes, dict) else []
    if cells:  # "00:00:31 | Resp. | …": a timed table's rows (segment/timed_rows.py)
        return Either(cell_turn(cells), declared_turn({c: v for c, v in codes.items() if c not in cells}))
    # a record's labels ("Mme Agnès Buzyn, ministre. …": segment/records.py) have their own form
    records = [c for c, v in codes.items() if isinstance(v, dict) and v.get("record")] if isinstance(codes, dict) else []
    alone = [c for c in records if codes[c].get("alone")]  # a broadcast transcript's name lines
    # label lines as written ("E3 :", "M. Jean Dupont, président :") -> the label (segment/own_line_labels.py)
    as_written = {t: c for c in alone for t in codes[c].get("lines", ())}
    benches = [c for c in records if codes[c].get("group")]  # "A droite. Mais non !"
    records = [c for c in records if c not in alone and c not in benches]
    codes = sorted({c for c in codes if c and c not in records and c not in alone and c not in benches},
                   key=lambda c: (-len(c), c))
    if not codes and not alone and not benches:
        return record_turn(records)
    alt = "|".join(re.escape(c) for c in codes)
    plain = re.compile(rf"^(?P<lead>«\s*)?(?P<ts>{cv.TIMESTAMP})?(?P<label>{alt})(?:\s*:\s*|/\s+)") if codes else None
    alone = {**{c: c for c in alone}, **as_written}
    return Either(plain, record_turn(records), bench_turn(benches), alone=alone) if records or alone or benches else plain


def match_turn(text: str, declared: re.Pattern | None = None) -> re.Match | None:
    """A speaker label opening text: a declared code first, else any label shape."""
    return (declared.match(text) if declared else None) or turn_match(text)


def label_shape(label: str) -> str:
    if cv.LABEL_SHAPES_CAPS.match(label) and len(label) > 5:
        return "caps"
    for shape, pattern in cv.LABEL_SHAPES.items():
        if pattern.match(label):
            return shape
    return "name"


def label_kind(label: str, shape: str) -> str:
    key = fold(label).rstrip(".")
    if cv.GROUP_CODE.match(label):
        return "group"  # "FG1 :": a focus group's session speaks, not one person
    if cv.JOINED_CODES.match(label):
        return "group"  # "G2-P1 et G2-P3 (ensemble) :": several participants at once
    if shape == "caps" and key in cv.MODERATOR_WORDS:
        return "moderator"  # "JOURNALISTE. – …"
    if shape == "caps" and key in cv.GROUP_WORDS:
        return "group"  # "PLUSIEURS VOIX – …"
    if shape == "named_role" and fold(cv.NAMED_ROLE.match(label).group("name")).lower() in cv.GROUP_WORDS:
        return "group"  # "Tous (brouhaha) :": the group, and how it spoke
    if shape not in ("listed", "code", "numbered") and moderator_word(label):
        return "moderator"  # "L'animateur :", "La modératrice :": the label word after its article (s47)
    if shape == "listed":
        if key in cv.MODERATOR_WORDS:
            return "moderator"
        if key in cv.ANSWER_WORDS:
            return "answer"
        if key in cv.GROUP_WORDS:
            return "group"
    return "participant"


PERCENT = re.compile(r"\d\s?%")


def counted_result(text: str) -> bool:
    """A line giving shares counted ("oui pour 194 répondants (62 %)"), no one speaking in it (no
    word of the first person: testimony_headings.yaml first_person_words)."""
    return bool(PERCENT.search(text)) and not speaks_in_first_person(text.partition(":")[2] or text)


def not_label(label: str) -> bool:
    """A word that opens "X :" lines without naming a speaker (``not_labels``), alone or with a
    gloss in parentheses after it ("Participants (prénoms modifiés)", "Annexe (extrait)")."""
    head = re.sub(r"\s*\([^()]*\)$", "", label)
    return fold(label).rstrip(".") in cv.NOT_LABELS or fold(head).rstrip(".") in cv.NOT_LABELS \
        or _joined_not_labels(head) or bool(cv.CLOCK_TIME.fullmatch(label.strip()))  # a journal's "8 h 15": when, not who


def _joined_not_labels(head: str) -> bool:
    """A lead made of not_labels words joined by small words only (``not_label_joiners``):
    "Exemple de réponse", "Question et réponse" (s34-segr59c); "Réponse de l'intéressé" holds a
    word of its own."""
    joiners = {fold(w).lower() for w in cv.language_data().get("not_label_joiners", [])}
    words = [w for w in re.split(r"\s+|(?<=['’])", fold(head).lower().rstrip(".")) if w]
    content = [w for w in words if w not in joiners]
    return len(content) >= 2 and all(w in cv.NOT_LABELS for w in content)


# a time mark closing a turn: "#00:01:44-8#" (f4/f5's end-of-turn mark), "[00:12:03]", "(01:07)"
TRAILING_TIME = re.compile(r"\s*(?:#[\d:.,-]+#|[\[(]\d{1,2}:\d{2}(?::\d{2})?(?:[.,-]\d+)?[\])])\s*$")


def _is_question(text: str) -> bool:
    return TRAILING_TIME.sub("", text).rstrip(" »\"”").endswith("?")


def bold_labels(lines: list[TextLine], styles, text: str) -> dict[int, str]:
    """line index -> a name or code set in bold at the start of a paragraph that goes on in
    roman ("**Marie Dupont** Oui, je …"), as word processors set speakers without a colon."""
    out: dict[int, str] = {}
    for ln in lines:
        stripped = ln.text.lstrip()
        if not stripped or len(stripped) < 12:
            continue
        runs = styles.runs("bold", ln.start, ln.end, text) if styles else []
        if not runs or runs[0][0] != ln.start + len(ln.text) - len(stripped):
            continue
        a, b = runs[0]
        label = ln.text[a - ln.start:b - ln.start].strip(" :.–—-")
        rest = ln.text[b - ln.start:].strip(" :.–—-")
        if label and rest and len(label) <= 40 and len(label.split()) <= 4 and label[0].isupper() \
                and not re.search(r"[.!?…»]$", label) and fold(label).rstrip(".") not in cv.NOT_LABELS:
            out[ln.index] = label
    return out


_STARTS: dict[str, tuple[int, ...]] = {}
_STARTS_OF: list = [None]


def _midline_starts(pattern: re.Pattern, text: str) -> tuple[int, ...]:
    """Where a turn may open in a line: its start and after each ``pattern`` (MIDLINE_TURN), read
    once per line (discover_labels reads the same lines two or three times). Remembered per text
    for the pattern last asked about (not keyed by the pattern: hashing a compiled pattern hashes
    its whole code, ~50 µs for MIDLINE_TURN, more than the search it saves)."""
    if _STARTS_OF[0] is not pattern or len(_STARTS) > 1 << 15:
        _STARTS.clear()
        _STARTS_OF[0] = pattern
    if text not in _STARTS:
        _STARTS[text] = (0, *(m.end() for m in pattern.finditer(text)))
    return _STARTS[text]


def candidate_labels(lines: list[TextLine], declared: re.Pattern | None = None,
                     bold: dict[int, str] | None = None) -> dict[str, Label]:
    """Every label of a speaker-label shape that opens a line, or a sentence inside a line (turns
    the extraction ran together), with the lines it opens."""
    found: dict[str, Label] = {}
    midline: list[tuple[int, str, str, re.Match]] = []  # weak shapes inside a line: kept below
    for ln in lines:
        if bold and ln.index in bold and not turn_match(ln.text):
            label = bold[ln.index]  # a bold lead: counted like a dash or a period (only if they take turns)
            info = found.setdefault(label, Label(label, label_shape(label), label_kind(label, label_shape(label))))
            info.lines.append(ln.index)
            info.loose.add(ln.index)
            info.questions += _is_question(ln.text)
            continue
        alone = standalone_label(ln.text) or (declared.alone_label(ln.text) if isinstance(declared, Either) else None)
        if alone and not not_label(alone) and ln.index + 1 < len(lines) \
                and lines[ln.index + 1].text.strip():
            info = found.setdefault(alone, Label(alone, label_shape(alone), label_kind(alone, label_shape(alone))))
            info.lines.append(ln.index)
            info.standalone.add(ln.index)
            info.questions += _is_question(lines[ln.index + 1].text)
            continue
        starts = _midline_starts(cv.MIDLINE_TURN, ln.text)
        for pos in starts:
            rest = ln.text[pos:]
            m = match_turn(rest, declared) if pos == 0 else turn_match(rest)
            if not m or not rest[m.end():].strip():
                continue
            label = label_text(m)
            # a label the document declares counts, even a word that is mostly none ("Réponse :"
            # of a written interview: segment/written_answers.py)
            # (a not-label word with a gloss in parentheses is one too: "Participants (les prénoms ont été
            # modifiés) : Sandrine, pharmacienne …", a list's heading, not a speaker)
            if not_label(label) and not (pos == 0 and declared is not None and declared.match(rest)):
                continue
            shape = label_shape(label)
            stamped = bool((m.groupdict().get("ts") or "").strip())
            timed = bool(cv.LABEL_TIME.match(m.groupdict().get("at") or ""))
            if pos and (shape == "name" or m.groupdict().get("wlabel")) and not stamped:
                midline.append((ln.index, label, rest, m))
                continue
            info = found.setdefault(label, Label(label, shape, label_kind(label, shape)))
            info.lines.append(ln.index)
            if loose_separator(m):
                info.loose.add(ln.index)
            if stamped or (timed and pos == 0):
                info.stamped.append(ln.index)
            end = cv.MIDLINE_TURN.search(rest, m.end())
            info.questions += _is_question(rest[:end.start()] if end else rest)
    # a first name or a bare capital inside a line ("… inaudible. E : Pour commencer …") counts
    # when the same label opens a line elsewhere: paragraphs the extraction ran together
    for index, label, rest, m in midline:
        info = found.get(label)
        if info is not None and any(i not in info.standalone for i in info.lines):
            info.lines.append(index)
            end = cv.MIDLINE_TURN.search(rest, m.end())
            info.questions += _is_question(rest[:end.start()] if end else rest)
    # a label set off by a period or a dash only ("MARIE-JO. Alors …") that opens a line counts
    # where it opens a sentence inside another line too: paragraphs the extraction ran together
    # (the same label, not any capitals: "… aux réunions. ENQUÊTRICE. Et les relations … ?")
    # (only a label opening a single line: one heard at two line starts or more is judged as it is,
    # "ENQ. … ? MG2. Alors …" keeps its in-line label to split_at_labels)
    pointed = sorted((k for k, v in found.items() if v.loose and v.loose == set(v.lines) and len(k) >= 2
                      and not v.standalone and len(v.lines) == 1), key=lambda k: (-len(k), k))
    if pointed:
        inside = re.compile(rf"(?<=[.!?…»\]])\s+(?P<label>{'|'.join(re.escape(k) for k in pointed)})"
                            r"(?:\.|\s+[—–|])\s+(?=\S)")
        for ln in lines:
            for m in inside.finditer(ln.text):
                info = found[m.group("label")]
                if ln.index in info.lines:
                    continue
                info.lines.append(ln.index)
                info.loose.add(ln.index)
                end = cv.MIDLINE_TURN.search(ln.text, m.end())
                info.questions += _is_question(ln.text[m.start():end.start()] if end else ln.text[m.start():])
    for info in found.values():
        info.lines.sort()
    return found


def _third_voice(info: Label, accepted_lines: set[int], lines: list[TextLine]) -> bool:
    """A label set off by a period or a dash, each of its lines between two accepted turns and
    speaking (first or second person): someone who joins the dialogue once or twice. Not a bare
    letter ("A. Introduction")."""
    return len(info.label) >= 2 and info.shape in ("code", "caps", "name") and all(
        {i - 1, i + 1} <= accepted_lines and cv.SPOKEN.search(lines[i].text) for i in info.lines)


def _presented_voice(info: Label, accepted_lines: set[int], lines: list[TextLine]) -> bool:
    """A full name set off by a dash, each of its lines between two accepted turns, that the lines
    above present with a trade or function ("Avec Luc Aubertin, médecin généraliste …, et Sandrine
    Vuillemin, déléguée départementale de l'ARS …" then "Sandrine Vuillemin – Les indemnités …"): a
    round table's guest answering, whether or not the answer says "je" (s26-segr45a)."""
    return info.shape == "name" and len(info.label.split()) >= 2 and bool(info.lines) and all(
        {i - 1, i + 1} <= accepted_lines for i in info.lines) \
        and bool(presented_description(info.label, lines[:min(info.lines)]))


def _presented_interviewee(info: Label, lines: list[TextLine]) -> bool:
    """A full name set off by a period, a dash or a bold line of its own, opening two paragraphs or
    more, that a line above its first turn presents with a trade or function ("Nicolas Godelu,
    géomaticien du SDIS de l'Isère, présente …" then "Nicolas Godelu. Les premiers …", "Nicolas
    Godelu — Lorsque …"): a published interview of ONE person whose questions are headings, so
    no second label takes turns with it; the separator says nothing, the presentation vouches for
    the name as a speaker's label as a colon would (s28-segperturb11)."""
    if not (info.shape == "name" and len(info.label.split()) >= 2 and len(info.lines) >= 2 and not info.standalone):
        return False
    before = lines[:min(info.lines)]
    # (what the person does in the vocabulary of posts, or any apposition that describes a person:
    # "Jean-Christophe Fichet, professeur agrégé dans l'Académie de Normandie et formateur, montre …")
    return bool(presented_description(info.label, before)) or any(
        describes_person(apposition(info.label, [ln.text]) or "") for ln in before if named_in(info.label, ln.text))


# a first name and a surname's initial ("Julie R.", "Jean-Paul T.")
INITIALLED_NAME = re.compile(r"[A-ZÉÈ][a-zéèêëïîôûç]+(?:-[A-ZÉÈ][a-zéèêëïîôûç]+)?\s[A-ZÉÈ]\.")


def lone_series_codes(found: dict[str, Label], accepted: dict[str, Label], lines: list[TextLine]) -> list[str]:
    """Codes of one series each opening one paragraph of spoken words with a colon, far from any
    other turn ("E4 : Cal pas se plànher …, c'est ce que disait ma mère." and, two paragraphs of
    analysis later, "E2 : Je dors avec une oreille ouverte. …"): memoirs introduce their
    informants' extracts so. At least two different codes of the series, every line at least
    ``lone_code_min_words`` words that speak (first person, oral markers) and not a description of
    the person ("E4 : aidante, 71 ans" is a key's entry) (s51)."""
    least = cv.language_data().get("lone_code_min_words", 12)
    by_series: dict[str, list[str]] = defaultdict(list)
    for k, v in found.items():
        if k in accepted or v.shape != "code" or v.kind != "participant" or v.loose or v.standalone:
            continue
        words = [lines[i].text.split(":", 1)[1] if ":" in lines[i].text else "" for i in v.lines]
        if all(n_words(w) >= least and cv.SPOKEN_OR_ASKED.search(w) and not describes_person(w.split(".")[0]) for w in words):
            by_series[_series(k)].append(k)
    return [k for ks in by_series.values() if len(ks) >= 2 for k in ks]


def _series(label: str) -> str:
    """The prefix a numbered label shares with its series ("Intervenant 2" -> "intervenant")."""
    return fold(re.match(r"[^\d]*", label).group(0)).strip().lower()


# "J.-B. Mattei", "L. Pinelli": a first name's initials (hyphenated or not), then a capitalised surname
INITIALS_NAME = re.compile(r"(?P<initials>(?:[A-ZÉÈ]\.\s?-?\s?){1,3})\s*(?P<surname>[A-ZÉÈ][\w'’-]+(?:\s+[A-ZÉÈ][\w'’-]+)?)")


def listed_short_form(code: str, names) -> str:
    """The one listed name a "civility surname" label stands for ("M. Bonnin" for "M. Laurent Bonnin"
    of an attendance list: the same civility, the same surname), or a label of a first name's
    initials and the surname ("J.-B. Mattei" for "Jean-Baptiste Mattei"); '' when none or several."""
    if " " not in code:
        return ""
    civility, _, surname = code.partition(" ")
    civ = fold(civility).rstrip(".").lower()
    if civ in cv.CIVILITIES:  # ("M. Bonnin": a civility, not an initial)
        if not surname[:1].isupper():
            return ""
        found = [name for name in names if name.endswith(" " + surname) and len(name.split()) > len(code.split())
                 and fold(name.split()[0]).rstrip(".").lower() == civ]
        return found[0] if len(found) == 1 else ""
    initialled = INITIALS_NAME.fullmatch(code.strip())
    if initialled is None:
        return ""
    letters = re.findall(r"[A-ZÉÈ]", initialled.group("initials"))
    surname = " ".join(initialled.group("surname").split())
    found = [name for name in names if name.endswith(" " + surname) and _first_initials(name, surname) == letters]
    return found[0] if len(found) == 1 else ""


def _first_initials(name: str, surname: str) -> list[str]:
    """The initials of the first names before ``surname`` in a listed name, its civility left out
    ("Dr Marie-Ange Leca" -> ["M", "A"])."""
    words = name[:len(name) - len(surname)].split()
    if words and fold(words[0]).rstrip(".").lower() in cv.CIVILITIES:
        words = words[1:]
    return [part[0] for w in words for part in w.split("-") if part[:1].isupper()]


def discover_labels(lines: list[TextLine], participants: dict[str, str], declared: dict[str, dict],
                    bold: dict[int, str] | None = None, generic: tuple[str, ...] = ()) -> dict[str, Label]:
    """The speaker labels of this document: shapes that recur, or that a table, a sheet or the
    label words vouch for, in a document that has turns at all; and which of them is the
    interviewer's or moderator's (label words, else most turns are questions, else the one
    unnumbered label among numbered participants). ``generic``: labels of any shape that take
    turns (``generic_labels``), matched like declared codes but not vouched for."""
    found = candidate_labels(lines, declared_turn({**{g: {} for g in generic}, **declared}), bold)
    # "Réponse : oui pour 194 répondants (62 %)" under "Question 12 : …": a questionnaire's results,
    # counted, no one's answers
    found = {k: v for k, v in found.items()
             if not (v.kind == "answer" and v.lines and all(counted_result(lines[i].text) for i in v.lines))}
    known = set(participants) | set(declared)
    labels_on: dict[int, set[str]] = defaultdict(set)
    for info in found.values():
        for i in info.lines:
            labels_on[i].add(info.label)

    def next_to_other(info: Label) -> int:
        """Occurrences with another label on the same line or the next or previous one."""
        return sum(1 for i in info.lines
                   if any(labels_on.get(j, set()) - {info.label} for j in (i, *beside(lines, i))))

    def among_known(info: Label) -> bool:
        """Each line of the label between two labelled lines, one of them by a code the table lists:
        a voice of the dialogue that the key leaves out ("V5 :" between "V3 :" and "V4 :")."""
        return all(all(labels_on.get(j, set()) - {info.label} for j in beside(lines, i))
                   and any(labels_on.get(j, set()) & known for j in beside(lines, i)) for i in info.lines)

    listed = attendance_texts([ln.text for ln in lines])
    # (at least two members so labelled: one listed person speaking inside an interview is its guest)
    listed_names = {k for k, v in found.items() if v.shape == "name" and listed and listed_as_written(k, listed)}
    listed_names = listed_names if len(listed_names) >= 2 else set()

    def strong(info: Label) -> bool:
        if info.label in known or info.kind == "moderator":
            return True
        if info.label in listed_names:
            return True  # "Jacqueline M. :" as "Présents : …, Jacqueline M., …" lists her (s51)
        if info.shape == "civility" and listed_short_form(info.label, participants):
            return True  # "Mme Roy :" heard once, "Mme Aurélie Roy" in the list of those present (s41)
        if len(info.loose) == len(info.lines):
            return False  # "Entretien 3 — pharmacienne …", "A. Introduction": only if they take turns
        if info.shape == "named_role":
            role = cv.NAMED_ROLE.match(info.label).group("role")
            # (or a person the attendance list names, the parenthesis whom they belong to: "M. Hamon
            # (CFDT) :" after "Élus titulaires : … M. Hamon (CFDT), aide-soignant …")
            return (is_function(role) or aged_person(role, [lines[i].text for i in info.lines])
                    or bool(proper_names(role)) or cv.NAMED_ROLE.match(info.label).group("name").strip() in known
                    # "Jérôme (PH) :" when the list of participants gives "Jérôme Lebreton (pharmacien …)"
                    or bool(listed_full_name(cv.NAMED_ROLE.match(info.label).group("name").strip(), known))) \
                and (len(info.lines) >= 2 or next_to_other(info) >= 1)
        if info.shape == "initials":
            return len(info.lines) >= 2 or next_to_other(info) >= 1
        if info.shape in ("code", "numbered", "civility", "caps"):
            prefix = re.match(r"[^\d]*", info.label).group(0)
            same_prefix = [p for p in participants if re.match(r"[^\d]*", p).group(0) == prefix]
            if same_prefix and info.label not in participants and not among_known(info) \
                    and not any(i > 0 and is_aside(lines[i - 1].text) for i in info.lines):
                # a table lists this kind of code, but not this one (unless a stage direction brings
                # a newcomer in just above: "[Une préparatrice entre …]" then "Locuteur 3 : …", or
                # each of its lines sits among the others' turns: a voice the key leaves out)
                return False
            return len(info.lines) >= 2 or next_to_other(info) >= 1
        return False

    accepted = {k: v for k, v in found.items() if strong(v)}
    for k in stamped_labels(found, lines):
        accepted.setdefault(k, found[k])
    for k in dialogue_labels(found, lines):
        accepted.setdefault(k, found[k])
    for k, v in found.items():  # one presented person's answers, whatever sets their name off
        if k not in accepted and v.loose and _presented_interviewee(v, lines):
            accepted[k] = v
            v.presented = True
    for k in presented_cast(found, accepted, lines):  # "l'équipe : Yann (pharmacien), Inès (…)" then "Yann : …"
        accepted[k] = found[k]
    for k in generic:  # the fallback labels already passed the same test of turn-taking
        if k in found:
            accepted.setdefault(k, found[k])
    for k, v in accepted.items():
        if declared.get(k, {}).get("moderator"):
            v.kind = "moderator"
        elif declared.get(k, {}).get("group"):
            v.kind = "group"  # a record's benches speaking at once
    if accepted:
        # weaker shapes (a first name, a bare capital, an answer or group word) need company:
        # at least twice next to a line of an accepted label
        accepted_lines = {i for v in accepted.values() for i in v.lines}
        for k, v in found.items():
            if k in accepted:
                continue
            near = sum(1 for i in v.lines if {i - 1, i + 1} & accepted_lines)
            if len(v.loose) == len(v.lines) and not (v.kind in ("group", "answer") and near >= 1):
                # "I. INTRODUCTION" under "A : …": a dash or a period alone vouches for nothing, but
                # "PLUSIEURS VOIX – …" between accepted turns is the group speaking, "Interviewée | …"
                # (a table's cells) the interviewee answering, and so is a
                # third voice heard once inside the dialogue ("SEC. // Quatre cents appels …")
                alone_lines = {i for a in accepted.values() for i in a.standalone}  # "Oui." under a name line: its words
                if (_third_voice(v, accepted_lines, lines) or _presented_voice(v, accepted_lines, lines)) \
                        and not any(i - 1 in alone_lines for i in v.lines):
                    accepted[k] = v
                continue
            # (one of the voices nobody told apart, "Une autre : …", heard once beside the others)
            voice = fold(k).rstrip(".").lower() in cv.VOICE_WORDS and near >= 1
            # (a first name and initial heard once between two accepted turns, as "Julie B." is accepted:
            # "Julie R. :" answering the host's question, in the same shape; s51)
            between = v.shape == "name" and len(v.lines) == 1 and v.kind == "participant" \
                and {v.lines[0] - 1, v.lines[0] + 1} <= accepted_lines and INITIALLED_NAME.fullmatch(k) is not None \
                and any(INITIALLED_NAME.fullmatch(a) for a in accepted)
            if v.kind in ("answer", "group") or voice or between or (len(v.lines) >= 2 and near >= 2):
                accepted[k] = v
        # a first name answering once a question asked by a labelled voice just above it, in a short
        # extract ("Agnès (psychologue) : Qu'est-ce qui … ?" / "Martine : Les rendez-vous. …"): the
        # voice answers as an interviewee does (s49)
        # (only where that question is the one turn accepted, voices the document declares aside: a
        # dialogue's other voices are judged above)
        asking = {i for a in accepted.values() for i in a.lines if _is_question(lines[i].text)} \
            if sum(len(a.lines) for k, a in accepted.items() if k not in declared) == 1 else set()
        for k, v in found.items():
            if k not in accepted and v.shape == "name" and v.kind == "participant" and not v.loose \
                    and len(v.lines) == 1 and v.lines[0] - 1 in asking and cv.SPOKEN.search(lines[v.lines[0]].text):
                accepted[k] = v
                asker = next(a for a in accepted.values() if v.lines[0] - 1 in a.lines)
                if asker.kind == "participant" and asker.label not in known and asker.questions == len(asker.lines) \
                        and not _caring_trade(asker.label) and not _served_label(asker.label):
                    asker.kind = "moderator"  # who asks the extract's one question leads the exchange
        # a record's voice heard once, away from the others ("Mme T. : Excusez mon retard …" under
        # "3. Questions diverses"): a civility label where two others or more take turns, its words
        # spoken as people speak (s47)
        if sum(1 for v in accepted.values() if v.shape in ("civility", "initials")) >= 2:
            for k, v in found.items():
                if k not in accepted and v.shape == "civility" and v.kind == "participant" and not v.loose \
                        and all(cv.SPOKEN.search(lines[i].text) for i in v.lines):
                    accepted[k] = v
        # an accepted label written again without its points or hyphen ("M.-A. :" in the first
        # interview, "MA :" after the section line of the second): the same person's turns
        letters = {re.sub(r"[\W_]", "", k): k for k in accepted if re.search(r"[\W_]", k)}
        for k, v in found.items():
            if k not in accepted and len(k) >= 2 and letters.get(k) and accepted[letters[k]].kind == v.kind:
                accepted[k] = v
        # a transcription export's numbered labels alone on their line ("Intervenant 3  00:01:07"):
        # a speaker heard once is the sibling of an accepted one of the same series
        series = {_series(v.label) for v in accepted.values() if v.standalone and v.shape in ("code", "numbered")}
        for k, v in found.items():
            if k not in accepted and v.standalone and v.shape in ("code", "numbered") and _series(k) in series:
                accepted[k] = v
    for k in lone_series_codes(found, accepted, lines):  # "E4 : Cal pas se plànher …", further on "E2 : Je dors …"
        accepted[k] = found[k]
        accepted[k].lone = True
    for k in later_first_names(found, accepted):  # "Hélène Vasseur [médecin …] :" then "Hélène :" (first_turn_roles)
        accepted[k] = found[k]
    for k in announced_labels(found, accepted, lines):  # "… en ligne Rosine. …" then "Rosine : …"
        accepted[k] = found[k]
    for k in session_voices(found, accepted, lines):  # "Tutrice : … ?" then "Lucie : …", "Hugo : …" (announced_speakers)
        accepted[k] = found[k]
    host, guests = presenting_host(found, accepted, lines)  # "Julie : … je reçois Nadine … et Pierre …"
    if host:
        found[host].kind = "moderator"
        for k in (host, *guests):
            accepted[k] = found[k]
    if any(v.kind == "moderator" for v in accepted.values()):
        # labels naming a profession ("Le médecin :") in an interview whose interviewer is labelled
        accepted_lines = {i for v in accepted.values() for i in v.lines}

        for k, v in found.items():
            if k not in accepted and v.shape == "role" and any(beside(lines, i) & accepted_lines for i in v.lines):
                accepted[k] = v
            elif k not in accepted and v.shape == "name" and v.kind == "participant" and not v.loose \
                    and normalize_role(k) not in ("autre", "inconnu") \
                    and all(beside(lines, i) <= accepted_lines for i in v.lines):
                # "Secrétaire : …" between two of the interviewee's turns: a function that interrupts
                accepted[k] = v
    accepted = {k: v for k, v in accepted.items() if not _enumerated(v, accepted, known)}
    accepted = {k: v for k, v in accepted.items() if k in known or not _bracketed_placeholder(k, v, lines)}
    accepted = {k: v for k, v in accepted.items() if not _under_faq(v, lines)}
    for k, kind in exchange_kinds(found, lines).items():  # "Q1 : …" / "R1 : …": numbered by exchange
        found[k].kind = kind
        accepted[k] = found[k]
    for v in accepted.values():
        if v.loose and set(v.lines) - v.loose:
            # a label set off by a colon keeps that form: "A. Vers des soins coordonnés" is a heading
            v.lines = [i for i in v.lines if i not in v.loose]
            v.loose = set()
    # a transcript has at least two turns; a single labelled line counts only for a known code
    if sum(len(v.lines) for v in accepted.values()) < 2:
        accepted = {k: v for k, v in accepted.items() if k in known}
    numbered = [v for v in accepted.values() if v.shape in ("code", "numbered") and v.kind == "participant"]
    for v in accepted.values():
        if v.kind != "participant" or v.label in known:
            continue
        if len(v.lines) >= 2 and v.questions >= 0.6 * len(v.lines) and not _caring_trade(v.label) \
                and not _served_label(v.label):
            v.kind = "moderator"
        elif v.shape == "name" and len(v.label) == 1 and len(numbered) >= 2:
            v.kind = "moderator"  # "A" among P1 … P23: the animator
    # two voices, one asking (at least half its turns questions) and the other never: the one who
    # asks interviews ("ECS : Comment … ? / IDEC : Alors … / ECS : Vous parliez des relances… /
    # IDEC : Oui. …"), whatever its label's letters
    voices = [v for v in accepted.values() if v.kind == "participant" and v.label not in known]
    # (only when no third label is heard: a broadcast's host who introduces a caller is not told
    # apart this way)
    if len(voices) == 2 and len(found) == 2 and not any(v.kind == "moderator" for v in accepted.values()):
        # (a carer's title, "Dr V. : … ?", or a care trade's name alone, "IDE : … ?", asks a patient as a
        # consultation does: no interviewer)
        asking = [v for v in voices if v.questions >= 1 and 2 * v.questions >= len(v.lines)
                  and not _caring_trade(v.label) and not _caregiver_title(v.label) and not _served_label(v.label)]
        if len(asking) == 1 and all(v.questions == 0 and len(v.lines) >= 2 for v in voices if v is not asking[0]):
            asking[0].kind = "moderator"
    # "Moi : …" / "Elle : …": the one other voice a stressed pronoun labels (lang/fr grammar.yaml
    # stressed_pronouns) answers the interviewer, as "Interviewée :" does; the interview's header says who
    pronouns = {fold(w).lower() for w in cv.language_data().get("stressed_pronouns", [])}
    voices = [v for v in accepted.values() if v.kind == "participant"]
    if len(voices) == 1 and fold(voices[0].label).lower() in pronouns and voices[0].label not in known \
            and any(v.kind == "moderator" for v in accepted.values()):
        voices[0].kind = "answer"
    return accepted


def _bracketed_placeholder(label: str, info: Label, lines: list[TextLine]) -> bool:
    """A label in square brackets that the document also writes inside its sentences ("… le numéro
    direct de [Dr X]", "remplacés par [patiente], [Dr X]"): an anonymisation's placeholder for a
    name, opening a paragraph that carries a turn on, not a speaker's label (s48)."""
    mark = f"[{label}]"
    if not all(lines[i].text.lstrip().startswith(mark) for i in info.lines):
        return False
    return any(mark in ln.text[1:] and not ln.text.lstrip().startswith(mark) for ln in lines)


def _caring_trade(label: str) -> bool:
    """A label that is a care trade's name alone ("IDE", "Médecin", "Kiné"): a telemonitoring
    call's or a consultation's carer, whose questions are the care's (s25-segwritten6: "IDE :
    Vous vous êtes pesé ce matin ?" to "M. H. :"), not an interviewer's; an interviewer is
    labelled by what they do in the study ("Enquêtrice", "ESI", "Int.") or by the document's
    moderator words, never so. One word: "Le Généraliste :" is a magazine's questions; three
    letters at least: "Ch/", "Ch." is the researcher (chercheur), not a hospital's "CH"."""
    return len(label.split()) == 1 and len(re.sub(r"[\W_]", "", label)) >= 3 \
        and normalize_role(label) not in ("autre", "inconnu")


@cv.per_language_data
def _served_labels() -> frozenset[str]:
    return frozenset(fold(w).lower() for w in cv.language_data().get("served_labels", []))


def _served_label(label: str) -> bool:
    """A label naming the person a service serves ("CL", "Patient", "Mère": labels.yaml served_labels),
    its number aside: their questions are a client's, at a counter or in a consultation, never an
    interviewer's (s48)."""
    return re.sub(r"[\s._-]*\d+$", "", fold(label).rstrip(".").lower()) in _served_labels()


def _caregiver_title(label: str) -> bool:
    """A label opened by a carer's title ("Dr V.", "Docteur Martin": labels.yaml caregiver_titles)."""
    first = re.match(r"[^\W\d_]+", label)
    return bool(first) and fold(first.group(0)).lower() in _caregiver_titles()


@cv.per_language_data
def _caregiver_titles() -> frozenset[str]:
    return frozenset(fold(w).lower() for w in cv.language_data().get("caregiver_titles", []))


def beside(lines: list[TextLine], i: int) -> set[int]:
    """The lines before and after line i, past a stage direction in brackets between them
    ("[La secrétaire entre dans le bureau]" then "Secrétaire : …"; segment/transcriber_notes.py)."""
    before, after = i - 1, i + 1
    while before >= 0 and is_aside(lines[before].text):
        before -= 1
    while after < len(lines) and is_aside(lines[after].text):
        after += 1
    return {before, after}


# a dialogue: at least this many labelled lines, each label at least twice, turns changing hands
# at least this often, and this share of turns speaking in the first or second person
MIN_DIALOGUE_TURNS = 4
MIN_ALTERNATION = 0.6
MIN_SPOKEN_SHARE = 0.5
MAX_DIALOGUE_GAP = 3  # unlabelled lines between two turns of one dialogue (a turn over paragraphs)


def dialogue_runs(line_indices) -> list[list[int]]:
    """The labelled lines grouped into dialogues: a new run starts after more than
    MAX_DIALOGUE_GAP unlabelled lines."""
    runs: list[list[int]] = []
    for i in sorted(line_indices):
        if runs and i - runs[-1][-1] <= MAX_DIALOGUE_GAP + 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def stamped_labels(found: dict[str, Label], lines: list[TextLine]) -> set[str]:
    """Labels a time, a time range or a paragraph number precedes ("[00:14:02 – 00:14:51] Nadia :
    …", "§12 E – …"), in a document where at least ``stamped_label_min_lines`` paragraphs open so,
    with two labels or more, and most of them speak (je, on, vous, a question): a transcript that
    times or numbers its turns, where each speaker may talk only once in the extract. A programme's
    slots ("[09:00 – 10:30] Accueil des participants") name no speaker, do not speak."""
    stamped = {k: v for k, v in found.items() if v.stamped and v.kind != "group"}
    at = sorted(i for v in stamped.values() for i in v.stamped)
    minimum = int(cv.language_data().get("stamped_label_min_lines", 3))
    if len(at) < minimum or len(stamped) < 2:
        return set()
    if sum(1 for i in at if cv.SPOKEN.search(lines[i].text)) < MIN_SPOKEN_SHARE * len(at):
        return set()
    return set(stamped)


def dialogue_labels(found: dict[str, Label], lines: list[TextLine]) -> set[str]:
    """Labels of any shape that take turns: runs of labelled lines where at least two labels
    recur and alternate ("Marie : … / Paul : … / Marie : …") and the lines speak as people do
    (je, on, vous, a question). The evidence is the document's own recurrence and alternation,
    not a list of label shapes; a list of definitions ("Territoire : …") neither alternates nor
    speaks so."""
    # (a line the extraction ran two turns into holds two labels, in the order they are written:
    # "ECS : … ? IDEC : Alors …" is two turns of the dialogue)
    by_line: dict[int, list[str]] = defaultdict(list)
    for k, v in found.items():
        if v.kind != "group":
            for i in v.lines:
                by_line[i].append(k)
    for i, ks in by_line.items():
        if len(ks) > 1:
            ks.sort(key=lambda k, t=lines[i].text: _label_position(t, k))
    standalone = {i for v in found.values() for i in v.standalone}
    out: set[str] = set()

    def close(run: list[int]) -> None:
        at_line = [i for i in run for _ in by_line[i]]
        raw = [k for i in run for k in by_line[i]]
        labels = merged_runs(raw)  # "Sandrine (IDEL)" then "Sandrine": one person (first_turn_roles)
        counts = {k: labels.count(k) for k in set(labels)}
        recurring = {k for k, n in counts.items() if n >= 2}
        if len(raw) < MIN_DIALOGUE_TURNS or len(recurring) < 2:
            return
        changes = sum(1 for a, b in zip(labels, labels[1:]) if a != b) / (len(labels) - 1)
        said = {i: lines[i + 1].text if i in standalone else lines[i].text for i in run}
        spoken = sum(1 for i in at_line if cv.SPOKEN.search(said[i])) / len(at_line)
        if changes < MIN_ALTERNATION or spoken < MIN_SPOKEN_SHARE:
            return
        for k in recurring:
            # each label answers another: most of its turns follow or precede another label's
            at = [n for n, label in enumerate(labels) if label == k]
            answered = sum(1 for n in at if (n and labels[n - 1] != k)
                           or (n + 1 < len(labels) and labels[n + 1] != k))
            if answered >= MIN_ALTERNATION * len(at):
                out.update(raw[n] for n in at)
        if out:  # in a dialogue, a lone "Youssef (MG)" is that speaker's first (and only) turn
            out.update(first_turns(raw))

    for run in dialogue_runs(by_line):
        close(run)
    return out


def _under_faq(info: Label, lines: list[TextLine]) -> bool:
    """A question or answer label ("Q :", "R :", listed words) whose first line comes after a
    heading of frequently asked questions ("Questions fréquentes", "FAQ": labels.yaml faq_headings)
    with only such labelled lines between: a guide's own Q&A, written for the reader."""
    if info.shape != "listed" and info.kind not in ("answer", "moderator"):
        return False
    headings = {" ".join(fold(w).lower().split()) for w in cv.language_data().get("faq_headings", [])}
    if not headings or not info.lines:
        return False
    for j in range(info.lines[0] - 1, max(-1, info.lines[0] - 4), -1):
        t = " ".join(fold(lines[j].text).lower().strip(" :.?").split())
        if t in headings:
            return True
        if not re.match(r"^[^\W\d_]{1,3}\s*[:.–—-]\s", lines[j].text.strip()):
            return False  # prose between: the heading is not this run's
    return False


def _label_position(text: str, label: str) -> int:
    """Where a label opens a turn in a line (at its start, or after a sentence end), set off by a
    colon, a dash, a bar or a period; the end of the line when it is not found so."""
    m = re.search(rf"(?:^|(?<=[.!?…»\])])\s+){re.escape(label)}\s*[:–—|.]", text)
    return m.start() if m else len(text)


def generic_labels(lines: list[TextLine], text: str) -> tuple[str, ...]:
    """Labels of any shape ("Ch/", "Méd.-A :", "Anim. :") that take turns: the fallback for label
    shapes no convention names. A run of at least MIN_DIALOGUE_TURNS labelled paragraphs with at
    least two labels, one of them recurring, changing hands at least MIN_ALTERNATION of the
    time and speaking (MIN_SPOKEN_SHARE, as ``dialogue_labels``); in it, a label counts when it
    recurs or when the document names it elsewhere (a methods sentence listing the codes)."""
    by_label = generic_label_lines(lines)
    by_line = {i: k for k, at in by_label.items() for i in at}
    out: set[str] = set()

    def close(run: list[int]) -> None:
        labels = [by_line[i] for i in run]
        counts = Counter(labels)
        round_labels = _moderated_round(run, labels, lines, text, by_label)
        if round_labels:
            out.update(round_labels)
            return
        taken = set()
        if len(run) >= MIN_DIALOGUE_TURNS and len(counts) >= 2 and max(counts.values()) >= 2:
            changes = sum(1 for a, b in zip(labels, labels[1:]) if a != b) / (len(labels) - 1)
            spoken = sum(1 for i in run if cv.SPOKEN.search(lines[i].text)) / len(run)
            if changes >= MIN_ALTERNATION and spoken >= MIN_SPOKEN_SHARE:
                taken = {k for k, n in counts.items()
                         if n >= 2 or _named_elsewhere(k, text, {lines[i].start for i in by_label[k]})}
        # else a meeting's record, each participant heard once under a label its key names (meeting_rounds.py)
        out.update(taken or meeting_round(run, labels, lines, text, by_label))

    for run in dialogue_runs(by_line):
        close(run)
    return tuple(sorted(out))


def moderator_word(label: str) -> bool:
    """A label that names the animator or the interviewer, an article before it or not
    ("L'animatrice", "Le modérateur", "Animateur")."""
    words = fold(label).lower().rstrip(".")
    articles = cv.language_data().get("moderated_round_articles", [])
    for a in sorted((fold(w).lower() for w in articles), key=len, reverse=True):
        if words.startswith(a) and words[len(a):].strip():
            words = words[len(a):].strip()
            break
    return words in cv.MODERATOR_WORDS


def moderated_rounds(lines: list[TextLine], text: str) -> bool:
    """Whether the document holds a debate's round (_moderated_round): a question under a label
    opening its paragraph first (a cheap look at each line), then the labelled runs."""
    if not any(_is_question(ln.text) and 0 < ln.text.find(":") < 40 for ln in lines):
        return False
    by_label = generic_label_lines(lines)
    by_line = {i: k for k, at in by_label.items() for i in at}
    return any(_moderated_round(run, [by_line[i] for i in run], lines, text, by_label)
               for run in dialogue_runs(by_line))


def meeting_rounds(lines: list[TextLine], text: str) -> bool:
    """Whether the document holds a meeting's record, each participant heard once under a label
    the record names elsewhere (meeting_rounds.py): a cheap look for a colon near the start of
    several lines first, then the labelled runs."""
    if sum(1 for ln in lines if 0 < ln.text.find(":") < 40) < meeting_round_min_turns():
        return False
    by_label = generic_label_lines(lines)
    by_line = {i: k for k, at in by_label.items() for i in at}
    return any(meeting_round(run, [by_line[i] for i in run], lines, text, by_label)
               for run in dialogue_runs(by_line))


def _moderated_round(run: list[int], labels: list[str], lines: list[TextLine], text: str,
                     by_label: dict[str, list[int]]) -> set[str]:
    """The labels of a debate's round as an association's journal or a report transcribes it, in a
    run of labelled paragraphs: the animator's question, then each guest answering ONCE under their
    own label, paragraphs one after another ("L'animatrice : … ?" / "Le Marcheur : …" / "Dr Aubert :
    …"); no label recurs, so the evidence is the animator's label word, the question, the answers
    speaking, and a guest the text presents elsewhere ("nous avions invité le Dr Aubert, psychiatre
    …"). At least ``moderated_round_min_answers`` answers (s31-segr55a)."""
    least = int(cv.language_data().get("moderated_round_min_answers", 2))
    counts = Counter(labels)
    for p, (i, k) in enumerate(zip(run, labels)):
        if counts[k] != 1 or not moderator_word(k) or not _is_question(lines[i].text):
            continue
        answers: list[str] = []
        for q in range(p + 1, len(run)):
            j, a = run[q], labels[q]
            if j != run[q - 1] + 1 or counts[a] != 1 or moderator_word(a) or not person_label(a) \
                    or _is_question(lines[j].text) or not cv.SPOKEN.search(lines[j].text):
                break
            answers.append(a)
        if len(answers) >= least and any(_named_elsewhere(a, text, {lines[j].start for j in by_label[a]}) for a in answers):
            return {k, *answers}
    return set()


def _named_elsewhere(label: str, text: str, label_starts: set[int]) -> bool:
    """The label appears in the text other than where it opens a turn ("(Méd.-A, Méd.-B)")."""
    for m in re.finditer(rf"(?<![\w.-]){re.escape(label)}(?![\w-])", text):
        if m.start() not in label_starts and text[m.start() - 1:m.start()] not in ("", "\n"):
            return True
    return False


def _enumerated(info: Label, labels: dict[str, Label], known: set[str]) -> bool:
    """Is this code one item of a numbered list ("Q1 :", "Q2 :", "Q3 :" of a questionnaire): at
    least three codes of one prefix, each opening one line, numbered 1, 2, 3 … in text order?
    Participants speak more than once or out of order; a table or a sheet vouches for its codes."""
    if info.shape != "code" or info.label in known:
        return False
    prefix = re.match(r"[^\d]*", info.label).group(0)
    series = sorted((v.lines[0], v.label) for v in labels.values()
                    if v.shape == "code" and re.match(r"[^\d]*", v.label).group(0) == prefix)
    numbers = [int(re.search(r"\d+", label).group(0)) for _, label in series]
    once = all(len(labels[label].lines) == 1 for _, label in series)
    return len(series) >= 3 and once and numbers == list(range(numbers[0], numbers[0] + len(numbers)))


def self_presented_role(texts: list[str]) -> tuple[str, str]:
    """(role_raw, role) a participant gives themself in their first turns ("Moi je suis
    médecin généraliste à Metz", "Et moi infirmière", or a first turn "Julien, pharmacien
    titulaire à …")."""
    for text in texts[:2]:
        for m in cv.SELF_PRESENTATION.finditer(text):
            # the role words come first: "médecin généraliste à Metz", not "allé voir le médecin"
            what = " ".join(m.group("what").split()[:3])
            role = normalize_role(what)
            if role not in ("autre", "inconnu") and normalize_role(what.split()[0]) == role:
                return what, role
    if texts:
        # "Participant 2 : Julien, pharmacien titulaire à Luxeuil-les-Bains, …": a first turn that
        # opens with the speaker's first name and what they do (a round of introductions)
        m = cv.NAMED_SELF.match(texts[0])
        if m and normalize_role(m.group("name")) in ("autre", "inconnu"):  # a name, not "Infirmière, …"
            what = " ".join(m.group("what").split()[:3])
            role = normalize_role(what)
            if role not in ("autre", "inconnu") and normalize_role(what.split()[0]) == role:
                return what, role
    for text in texts[:2]:
        # "je suis entré en tant qu'apprenti": an occupation outside the role vocabulary
        m = cv.OCCUPATION.search(text)
        if m and normalize_role(" ".join(m.group("what").split()[:3])) != "inconnu":
            what = " ".join(m.group("what").split()[:3])
            return what, normalize_role(what)
    return "", ""


# ---- interview headers --------------------------------------------------------------------

@dataclass
class Interviewee:
    """The person an interview header describes once for all the turns below it."""
    who: str
    role_raw: str = ""
    role: str = "inconnu"
    region: str = ""
    place: str = ""


CUE_ONLY = Guarded(re.compile(cv.SUBTITLE_CUE), ("-->",))  # the cue's arrow
# a turn's time then a label and a colon after a sentence end inside a line ("… toujours. [00:13:41]
# Animatrice : …", "… fragiles. 00:13:20 Médecin 2 : …"): a transcript whose timed turns the
# extraction ran together; the label up to three words, the time in brackets or bare
TIMED_TURN = Guarded(re.compile(
    r"(?<=[.!?…»])\s+(?P<at>[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?)\s*[-–]?\s*"
    r"(?=[A-ZÉÈÀÂÊÎÔÛÇ][\w'’.-]*(?:\s[\w'’.-]+){0,2}\s?:\s)"), (":",))  # the time's colon
MIN_TIMED_TURNS = 2  # one time inside a sentence may be a quoted record ("… à 10:30 Accueil : …")
# a time closing a paragraph: the turns END with their time ("Patrice : … [01:05]", closing_stamps.py),
# so a time before a label closes the turn before it, and opens nothing
TIME_CLOSES = re.compile(r"[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s*$")


def split_at_cues(lines: list[TextLine]) -> list[TextLine]:
    """Lines cut where a subtitle cue starts ("… patients fragiles. 14 00:03:27,000 --> …"), when
    the document holds at least two cues: subtitles pasted into a document, their cues run
    together by the extraction; or where a timed turn starts ("… dernier. [00:13:20] Infirmière :
    …", TIMED_TURN), when the document runs at least MIN_TIMED_TURNS of them into its lines and
    does not close its paragraphs with times (TIME_CLOSES); re-indexed. Lines unchanged otherwise."""
    cues = sum(len(CUE_ONLY.findall(ln.text)) for ln in lines) >= 2
    timed = sum(len(TIMED_TURN.findall(ln.text)) for ln in lines) >= MIN_TIMED_TURNS \
        and sum(1 for ln in lines if TIME_CLOSES.search(ln.text)) < MIN_TIMED_TURNS
    if not (cues or timed):
        return lines
    out: list[TextLine] = []
    for ln in lines:
        starts = [m.start() for m in CUE_ONLY.finditer(ln.text)] if cues else []
        starts += [m.start("at") for m in TIMED_TURN.finditer(ln.text)] if timed else []
        append_cut(out, ln, [at for at in starts if at > 0 and ln.text[at - 1].isspace()])
    return out


# a line opened by an initial alone ("Y. LE GOFF. — …"): the initial is the label's, no sentence end
# a thesis's numbered example before its speaker's code, "(7) K3 : « … »": no turn run into the
# line after "(7)" (fallbacks.example_code_attrs reads it)
EXAMPLE_NUMBER = re.compile(r"\s*\(\d{1,3}\)\s*$")
LONE_INITIAL = re.compile(r"^\s*[A-ZÉÈ]\.$")


def split_at_labels(lines: list[TextLine], text: str, labels: dict[str, Label]) -> list[TextLine]:
    """Lines cut where a discovered label opens a turn inside them ("… le lundi. IDE2 : Oui, …"),
    for paragraphs the extraction ran together; re-indexed."""
    out: list[TextLine] = []
    # any discovered label after a sentence end, whatever its shape ("… inaudible. E : Pour …")
    alt = "|".join(re.escape(k) for k in sorted(labels, key=lambda k: (-len(k), k)))
    inside = re.compile(rf"(?<=[.!?…»\]])(?<!:\d\d\])\s+(?=(?:{cv.TIMESTAMP})?(?:{alt})\s*:\s)")
    # a label the document sets off by a period or a dash or a table cell only ("… en mars 2020 ?
    # MG3. Alors …", "… dans le dispositif ? Interviewée | En 2017.")
    pointed = "|".join(re.escape(k) for k in sorted(labels, key=lambda k: (-len(k), k))
                       if getattr(labels[k], "loose", None) and labels[k].loose == set(labels[k].lines) and len(k) >= 2)
    if pointed:
        inside = re.compile(rf"{inside.pattern}|(?<=[.!?…»\]])\s+(?=(?:{pointed})(?:\.|\s+[—–|])\s+\S)")
    # a label in lower case ("sf2:", "enq:"): typed with no capitals, its turns often lack the
    # sentence end before it too, so it cuts after any space (as fallbacks.split_at_generic)
    lower = "|".join(re.escape(k) for k in sorted(labels, key=lambda k: (-len(k), k)) if k[:1].islower())
    if lower:
        inside = re.compile(rf"{inside.pattern}|(?<=\S)\s+(?=(?:{lower})(?:\s*:|\s+[—–])\s)")
    # s27-segr47a: a label the document stamps with a time in brackets ("[21:22] Moi :", an interview
    # typed as messages, often without a final stop) cuts after any space where its stamp opens it
    stamped = "|".join(re.escape(k) for k in sorted(labels, key=lambda k: (-len(k), k)) if getattr(labels[k], "stamped", None))
    if stamped:
        inside = re.compile(rf"{inside.pattern}|(?<=\S)\s+(?=\[)(?=(?:{cv.TIMESTAMP})(?:{stamped})\s*:\s)")
    for ln in lines:
        if keyed_pseudonym(ln.text) or is_legend_line(ln.text):
            # "INT : l'étudiante. ODILE : prénom fictif, …", "Légende : … ; M. R. : le patient ; …": the key,
            # no turns (segment/introduced_pseudonyms.py)
            append_cut(out, ln, [])
            continue
        cuts = []
        # a table row (cells, the interview number last) keeps its speaker tags inside its cell
        midline = [] if cv.ROW.match(ln.text) else [*cv.MIDLINE_TURN.finditer(ln.text), *inside.finditer(ln.text)]
        for m in midline:
            at = m.end()
            t = turn_match(ln.text[at:])
            before = ln.text[:m.start()].split()
            if before and fold(before[-1]).rstrip(".").lower() in cv.CIVILITIES:
                continue  # "… M. R. : …": a civility's point, no sentence's end (s48)
            if t and label_text(t) in labels and not LONE_INITIAL.match(ln.text[:m.start()]) \
                    and not (EXAMPLE_NUMBER.match(ln.text[:m.start()]) and ln.text[at + t.end():].lstrip().startswith("«")):
                cuts.append(at)
        append_cut(out, ln, cuts)
    return out
