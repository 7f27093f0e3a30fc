"""The segmenter: line handlers in order, then the partition of the text into segments."""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, fields
from functools import cached_property
from pathlib import Path

from .. import io as cio
from .. import recache
from ..io import SPEAKER_KINDS
from ..lang import MODEL
from ..text import fold
from . import conventions as cv
from .account_aliases import unnamed_account
from .addressed_examples import demote_addressed_examples
from .agent_leads import agent_call
from .alternating_dashes import AlternatingDashHandlers
from .anaphoric_fragments import fragment_call
from .anaphoric_speakers import anaphoric_call, sole_person_before
from .annexes import AnnexHandlers
from .answer_records import answer_calls, answer_turns
from .answer_tables import AnswerTableHandlers
from .attributions import (
    INNER_PARENTHESIS,
    Attribution,
    _interviewer,
    _speech_like,
    apply_lead_codes,
    apposition,
    block_quotes,
    coded_subject_call,
    confided_attrs,
    confided_call,
    describe,
    describes_person,
    description_fields,
    headline_call,
    interview_header,
    introduced_calls,
    named_lead_calls,
    numbered_informant,
    opens_with_person,
    parse_attribution_line,
    possessive_call,
    preceding_description,
    pronoun_colon_person,
    subject_call,
    without_closing_parenthesis,
)
from .base import (
    NOTE_LINE,
    SKIP_SECTIONS,
    SUPERSCRIPT_DIGITS,
    SUPERSCRIPT_NOTE_LINE,
    SUPERSCRIPTS,
    Segment,
    Span,
    StyleMap,
    TextLine,
    n_words,
    quotation_lead,
    split_lines,
)
from .bold_quotes import bold_passages, bold_quote_call, bold_quote_lines
from .braced_profiles import fold_profile_brackets
from .bullet_labels import bullet_label_speakers, split_glued_bullet_labels
from .called_speakers import apply_called_speakers
from .capacity_leads import apply_capacity_leads
from .caption_exports import CaptionExportHandlers
from .captioned_quotes import captioned_call
from .captioned_turns import apply_captioned_turns
from .care_notes import demote_care_notes
from .case_records import case_call
from .cast_lines import apply_cast_lines, apply_presented_guests
from .chained_quotes import chained_gap
from .chaired_records import elected_assembly
from .chanted_quotes import chanted_lead
from .chat_transcripts import chat_speakers, split_at_tiers
from .closing_infinitives import closing_calls
from .closing_profiles import (
    closed_lines,
    closed_passages,
    dash_signed_paragraphs,
    joint_attrs,
    loose_signatures,
    named_again,
    quoting,
)
from .closing_profiles import settings as closing_settings
from .closing_stamps import closing_stamp_speakers, split_after_paragraph_stamps, split_at_closing_stamps
from .code_leads import apply_code_leads
from .coded_cells import code_column_rows, coded_quote, range_roles
from .coded_descriptions import apply_coded_descriptions
from .coding_reports import CodingReportHandlers, split_at_coding_headers
from .colon_subjects import colon_subject_call
from .continued_quotes import introduced_apart, join_continued, join_labelled, led_on_its_line
from .court_records import court_function_speakers, court_name_speakers, court_roles
from .dash_closing_codes import dash_code_call, dash_signed, italic_code_call, italic_code_cut
from .dash_credits import cut_after_dash_credits, fold_comma_credits, fold_dash_credits
from .dash_incises import DashIncisesHandlers
from .dash_led_labels import DashLedHandlers, dash_led_speakers, fold_dash_led_labels
from .dash_quotes import fold_dash_quotes
from .dated_entries import DatedEntryHandlers, dated_code_call, logged_call
from .decision_reasons import apply_decision_reasons
from .defined_functions import apply_defined_functions
from .described_interviews import described_interviewee, unlabelled_answer_boxes
from .discovery import (
    Context,
    Interviewee,
    Label,
    _text_key,
    answering_labels,
    bold_labels,
    declared_turn,
    discover_labels,
    generic_labels,
    legend_prefix,
    listed_short_form,
    locative_place,
    meeting_rounds,
    moderated_rounds,
    moderator_word,
    split_at_cues,
    split_at_labels,
)
from .document_places import set_in_document_region
from .elliptical_posts import apply_elliptical_posts
from .embedded_quotes import quoted_term
from .exchange_askers import apply_exchange_askers
from .extract_cards import card_call
from .fallbacks import (
    BRACKETED_SIGNATURE_END,
    LABELLED_QUOTE,
    MIN_SIGNED_WORDS,
    REPLY_DASH,
    SIGNATURE_END,
    STAMP_ALONE,
    anonymous_lead,
    bracketed_signature,
    called_quotes,
    cell_index,
    cites_a_study,
    colon_key,
    credited_guests,
    credited_hosts,
    declares_own_notes,
    describe_generic_labels,
    described_label,
    example_code_attrs,
    fills_cell,
    generic_label_lines,
    group_speech,
    host_beside_guest,
    interview_date_call,
    interview_dates,
    interview_subject,
    introduced_labels,
    is_signature,
    is_speech_quote,
    italic_question_lines,
    joined_label_lines,
    labels_not_speech,
    lead_attrs,
    leading_code,
    legend_codes,
    listed_row_names,
    moderates,
    name_column_rows,
    names_host,
    nearby_attrs,
    person_name,
    portrait_labels,
    question_headings_interview,
    reads_as_speech,
    row_profile,
    scripted_title,
    signed_speech,
    speaker_column_rows,
    split_at_generic,
    split_at_key_numbers,
    study_role,
)
from .field_labels import acronym_fields, demote_field_quotes
from .field_records import presented_field_boxes, record_boxes, record_field_lines, run_in_record_boxes
from .first_person_interviews import FirstPersonInterviewHandlers
from .following_attributions import introduced_after_calls, respective_calls
from .form_formulas import demote_copy_formulas, demote_fiction, demote_guide_script
from .framed_quotes import credit_below, tagged_call
from .fronted_presentations import apply_fronted_presentations
from .full_names import apply_described_names, apply_full_names, apply_keyed_names
from .function_labels import function_label_speakers
from .genres import (
    GenreHandlers,
    announced_codes,
    demote_not_speech,
    describe_from_key,
    example_roles,
    split_at_bracket_leads,
)
from .group_voices import apply_group_voices, apply_unidentified_voices
from .headed_messages import HeadedMessageHandlers, split_at_signer_lines, stamped_header_lines
from .hearings import hearing_speakers
from .initials_labels import apply_initials_labels, apply_presented_initials
from .institution_members import heading_office_role, publisher_body, publisher_member_role
from .interjections import interjection_speakers, unknown_voice_speakers
from .intertitles import coded_quote_heading, quoted_intertitle
from .intervention_labels import intervention_lead, intervention_speakers, split_at_asked_questions
from .interview_cards import card_under_heading
from .interview_groups import apply_interview_groups
from .introduced_dashes import IntroducedDashHandlers
from .introduced_groups import apply_introduced_groups
from .introduced_interviewees import apply_introduced_interviewees
from .introduced_interviewees import presented_person as copula_presented_person
from .keyed_labels import keyed_label_speakers
from .label_separators import fold_label_separators, reads_labels, separated_labels, speech_count
from .labels import turn_match
from .leading_codes import introduced_code, lead_first_name, of_document, opens_with_introducer
from .led_blocks import led_call, led_lines, led_passages
from .lesson_dialogues import demote_lesson_dialogues
from .life_stories import LifeStoryHandlers
from .listed_first_names import apply_listed_first_names
from .listed_persons import apply_listed_persons
from .listed_subjects import apply_listed_subjects
from .lower_thirds import caption_lines, is_voice_over, lower_third_boxes, split_at_captions
from .meeting_exports import meeting_export_speakers, split_at_name_lines
from .message_exports import message_senders, split_at_stamps
from .mixed_labels import mixed_turns
from .mottos import demote_named_mottos, motto_line
from .named_interviewees import NamedAnswerHandlers, named_interviewees
from .narrated_dialogue import NarratedDialogueHandlers
from .narrated_quotes import NarratedQuoteHandlers
from .narrator_sentences import narrator_sentence_call
from .nested_quotes import fold_nested_quotes
from .noted_profiles import noted_profile_boxes
from .noted_quotes import noted_call
from .notice_lines import notice_line
from .number_mark_codes import number_code_call, range_places
from .numbered_answers import numbered_answer_speakers, split_at_numbered_answers
from .numbered_contributions import contribution_call
from .numbered_leads import numbered_lead, numbered_lead_call
from .office_labels import office_speakers
from .ordinal_speakers import ordinal_call
from .own_line_labels import own_line_speakers
from .panel_comments import panel_comment_boxes
from .paren_remarks import instructs, remark_after
from .parenthesis_references import resolve_same_speakers
from .patient_profiles import case_subjects
from .person_registry import apply_person_registry, apply_presented_trades, registered_call
from .place_forms import settle_homonyms, settle_shortened
from .place_labels import place_label_speakers
from .play_scripts import play_speakers
from .presented_labels import apply_portrait_lines, apply_presented_full_names, apply_presented_labels
from .presented_respondents import apply_presented_respondents
from .profile_lines import apply_profile_lines, numbered_profile_opener
from .profile_phases import profiles_above
from .profile_sections import apply_profile_sections
from .pronoun_subjects import colon_pronoun_subject
from .pull_quotes import apply_pull_quotes, repeats_quote_above
from .questionnaire_items import demote_questionnaire_items, numbered_item
from .quote_marks import fold_quote_marks
from .quote_time_codes import fold_quote_time_codes
from .quotes import (
    MENTION_BEFORE,
    MIN_NAMED_QUOTES,
    QuoteCall,
    _coded_parenthesis,
    _possessor_role,
    _presented_first_name,
    classify_quote,
    collect_appositions,
    find_quotes,
    named_quotes,
    sentence_before,
    speaking_names,
    split_at_source_lines,
)
from .read_questions import read_question_boxes, split_at_read_questions
from .records import (
    colon_record_speakers,
    name_line_speakers,
    qa_speakers,
    record_speakers,
    split_at_record_labels,
)
from .recurring_labels import recurring_turns
from .regions import (
    Gazetteer,
    after_person_word,
    load_gazetteer,
    regions_in_entities,
    resolve_region,
    single_region,
)
from .restitutions import restitution_boxes, split_at_restitutions
from .resumed_quotes import join_resumed
from .role_ranker import apply_role_ranker
from .roles import letters_role, names_a_profession, names_a_trade, normalize_role, unidentified
from .roman_interviews import is_roman_interview
from .round_table_answers import round_table_speakers
from .run_in_profiles import profile_call, profile_lines, profile_passages
from .running_head_cards import apply_running_head_cards
from .script_instructions import anticipated_call, instruction_lines, scripted_call
from .set_apart_questions import (
    closing_lines,
    cut_set_apart,
    lead_lines,
    mailed_person,
    presented_person,
    run_in_set_apart,
    set_apart_questions,
)
from .signature_runs import signed_below, split_at_run_signatures
from .signed_initials import initials_boxes, split_at_initials
from .signed_quotes import signed_fields, signed_quotes
from .slash_codes import slash_code_call
from .slashed_profiles import slashed_lines, slashed_passages
from .small_caps import read_small_caps
from .source_lists import source_lists
from .speaker_ranker import apply_speaker_ranker
from .speaker_word_tables import SpeakerWordTableHandlers
from .speakers import column_header, declared_speakers, read_speaker_sheet
from .speech_columns import SpeechColumnHandlers
from .split_quotes import close_at_incise, cut_quotes_in_a_row, join_split_quotes
from .spoken_transcripts import split_at_spoken_turns, spoken_transcript_speakers
from .stacked_quotes import join_stacked
from .starred_texts import StarredTextHandlers
from .straight_quotes import fold_headings, fold_straight_quotes
from .study_roles import apply_study_role, reserved_role, results_group_role
from .styled_speech import styled_speech_spans
from .subtitle_files import SubtitleFileHandlers
from .surname_labels import surname_speakers
from .symbol_labels import symbol_label_speakers
from .system_lines import attachment_sender, system_line
from .testimony_bylines import (
    cut_leading_signatures,
    signed_box_boxes,
    signed_rubric_boxes,
    split_at_end_signatures,
    testimony_byline_boxes,
)
from .testimony_headings import (
    after_caption,
    apply_bearer_lines,
    apply_titled_subjects,
    boxed_pseudonym,
    boxed_reply,
    heading_person,
    portrait_boxes,
    portrait_series,
    quoted_collection,
    rubric_person,
    said_boxes,
    testimony_boxes,
)
from .think_aloud_notes import think_aloud_spans
from .thread_posts import handle_call, thread_post_call
from .timed_rows import TimedRowHandlers, split_at_speaker_cell_rows, split_at_timed_rows, timed_row_speakers
from .trailing_label_lines import split_at_trailing_labels
from .trailing_signatures import split_at_signatures
from .transcriber_notes import is_aside, margin_comment
from .transcript_intros import transcript_intro_region
from .translated_quotes import join_bracketed, originals, split_at_translations
from .translation_parentheses import join_translations, self_translation
from .turns import TurnHandlers, _question_line, apply_lay_labels, manner_free
from .unnamed_field_roles import apply_exchange_parties, apply_outside_persons, apply_unnamed_field_roles
from .unquoted_speech import floor_speaker, unquoted_speech
from .used_keys import describes_someone
from .user_stories import demote_user_stories
from .voice_tags import VoiceTagHandlers
from .voiced_columns import VoicedColumnHandlers
from .written_answers import written_answer_speakers
from .written_dialogues import written_dialogue
from .written_slips import WrittenSlipHandlers, caption_annotation_boxes


def structure_info(lines: list[TextLine], structure: list[dict], labels=()) -> tuple[dict[int, int], list[str], list[str]]:
    """(heading line index -> heading end offset, section kind per line, section heading per line)."""
    rows = sorted(structure, key=lambda s: int(s["char_start"]))
    starts = [int(s["char_start"]) for s in rows]
    headings: dict[int, int] = {}
    kinds, titles = [], []
    for ln in lines:
        i = bisect.bisect_right(starts, ln.start) - 1
        sec = rows[i] if i >= 0 and ln.start < int(rows[i]["char_end"]) + 1 else {}
        kinds.append(sec.get("kind", "body"))
        titles.append(sec.get("heading", "") or "")
        head = (sec.get("heading") or "").strip()
        if sec and int(sec["char_start"]) == ln.start and head and not _speech_like(ln.text, labels):
            norm_line, norm_head = " ".join(ln.text.split()), " ".join(head.split())
            if norm_line.startswith(norm_head):
                headings[ln.index] = ln.start + _prefix_length(ln.text, norm_head)
    return headings, kinds, titles


# a speech verb, then a colon and a guillemet on the line: someone's words reported ("Elle me dit : « … »")
REPORTED_SPEECH = re.compile(rf"(?<![\w])(?:{cv.SPEECH_VERBS})(?![\w])[^.!?«»:]{{0,60}}:\s*«", re.IGNORECASE)


def turns_are_body(kinds: list[str], labels, lines: list[TextLine] | None = None,
                   quoted_rows: set[int] = frozenset()) -> list[str]:
    """Section kinds with a front-matter stretch that holds speaker turns read as body: a
    transcript without headings is all "front" to the structure (text before the first
    heading), yet its labelled turns are the document. A document without any heading (only
    front matter and notes) is body too: an excerpt, a short article. So is a stretch where
    someone's words are reported, a speech verb and a colon before a guillemet ("Elle me dit :
    « … »": field notes opening an annex before its first heading): one such line, or two turns,
    or two rows of a table that says who spoke, with their quotations (``quoted_rows``: a meeting's
    form, "| Intervenant | Propos rapportés |", above its first heading)."""
    turn_lines = {i for v in labels.values() for i in v.lines} | set(quoted_rows)
    reported = {ln.index for ln in lines or () if "«" in ln.text and REPORTED_SPEECH.search(ln.text)}  # "«": its last character
    kinds = list(kinds)
    if kinds and set(kinds) <= {"front", "notes"}:
        return ["body" if k == "front" else k for k in kinds]
    i = 0
    # a contents list with no heading after it ("SOMMAIRE" atop a sitting's record) runs to the end
    # of the text: where it holds turns it is the document too
    stretch = ("front", "toc")
    while i < len(kinds):
        if kinds[i] not in stretch:
            i += 1
            continue
        j = i
        while j < len(kinds) and kinds[j] == kinds[i]:
            j += 1
        if sum(1 for k in range(i, j) if k in turn_lines) >= 2 or any(k in reported for k in range(i, j)):
            kinds[i:j] = ["body"] * (j - i)
        i = j
    return kinds


def numbered_notes(lines: list[TextLine], kinds: list[str]) -> dict[str, str]:
    """note number -> text of the numbered lines in notes sections ("1. Entretien n°6, …")."""
    out: dict[str, str] = {}
    for ln in lines:
        m = NOTE_LINE.match(ln.text) if kinds[ln.index] == "notes" else None
        if m:
            out.setdefault(m.group(1), m.group(2).strip())
    return {**called_notes(lines), **(out or trailing_notes(lines))}


NOTE_CALL_AFTER_QUOTE = re.compile(r"[»”\"]\s?(\d+)")


def called_notes(lines: list[TextLine]) -> dict[str, str]:
    """note number -> text of the numbered lines at a page's foot, mid-document (s54): a run of
    lines numbered one after the other ("12 Entretien M4, médecin généraliste, …", "13 Entretien P2,
    …"), each number called after a closing guillemet above the run ("… au soir. »12")."""
    joined = "".join(ln.text + "\n" for ln in lines)
    starts, pos = [], 0
    for ln in lines:
        starts.append(pos)
        pos += len(ln.text) + 1
    first_call: dict[str, int] = {}  # a number -> where its first call after a closing mark ends
    for m in NOTE_CALL_AFTER_QUOTE.finditer(joined):
        first_call.setdefault(m.group(1), m.end())
    out: dict[str, str] = {}
    k = 0
    while k < len(lines):
        run = []
        while k + len(run) < len(lines) and (m := NOTE_LINE.match(lines[k + len(run)].text)) \
                and (not run or int(m.group("num")) == int(run[-1].group("num")) + 1):
            run.append(m)
        if run and all(first_call.get(m.group("num"), len(joined) + 1) <= starts[k] for m in run):
            for m in run:
                out.setdefault(m.group("num"), m.group("note").strip())
        k += max(1, len(run))
    return out


def _trailing_run(lines: list[TextLine], pattern: re.Pattern) -> tuple[list[re.Match], str]:
    """The matches of ``pattern`` on the lines that end the document (blank lines before the first
    match skipped), last line first, and the text of the line where the run stopped."""
    run: list[re.Match] = []
    text = ""
    for ln in reversed(lines):
        text = ln.text
        if not text.strip():
            if run:
                break
            continue
        m = pattern.match(text)
        if m is None:
            break
        run.append(m)
    return run, text


def trailing_notes(lines: list[TextLine]) -> dict[str, str]:
    """note number -> text of the numbered lines that end the document when no notes section
    holds them: footnotes at the foot of the last page ("2. Entretien avec …", "3. …"), at least
    two, numbered one after the other."""
    run, above = _trailing_run(lines, NOTE_LINE)
    nums = [int(m.group(1)) for m in reversed(run)]
    notes = {m.group(1): m.group(2).strip() for m in run}
    glued = _glued_note(above, nums[0] - 1) if nums and nums[0] > 1 and above.strip() else None
    if glued is not None:
        # "… sur le tableau. »² 1. Entretien avec …": extraction ran the first note into the
        # paragraph above the others
        nums.insert(0, nums[0] - 1)
        notes[str(nums[0])] = glued
    if len(nums) < 2 or nums != list(range(nums[0], nums[0] + len(nums))):
        return superscript_notes(lines)
    return notes


def _glued_note(text: str, num: int) -> str | None:
    """The text of note ``num`` run onto the end of a paragraph after its sentence's end
    ("… tableau. »² 1. Entretien avec la coordinatrice …, mars 2024."), else None."""
    m = re.search(rf"[.!?…»{SUPERSCRIPT_DIGITS}]\s+{num}\.\s+(?P<note>[A-ZÉÈ][^\n]*)$", text)
    return m.group("note").strip() if m else None


# a footnote opened by its superscript call ("¹ Entretien n°2, psychomotricienne libérale, Limoges"),
# at a line's start or after a sentence's end: the extraction runs the foot of the page into the
# last paragraph ("… de la profession. ¹ Entretien n°2, … ² Entretien n°5, …")
SUPERSCRIPT_NOTE = re.compile(rf"(?:^|(?<=[.!?…)»])\s)\s*([{SUPERSCRIPT_DIGITS}]{{1,3}})\s+(?=\S)")


def superscript_notes(lines: list[TextLine]) -> dict[str, str]:
    """note number -> text of the footnotes the document's last paragraph ends with, each opened by
    its superscript call, at least two numbered one after the other ("¹ Entretien n°2, …", "² …")."""
    last = next((ln.text for ln in reversed(lines) if ln.text.strip()), "")
    calls = list(SUPERSCRIPT_NOTE.finditer(last))
    if len(calls) < 2:
        return superscript_note_lines(lines)
    nums = [int(m.group(1).translate(SUPERSCRIPTS)) for m in calls]
    if nums != list(range(nums[0], nums[0] + len(nums))):
        return {}
    ends = [m.start() for m in calls[1:]] + [len(last)]
    return {str(n): last[m.end():e].strip() for n, m, e in zip(nums, calls, ends)}


def superscript_note_lines(lines: list[TextLine]) -> dict[str, str]:
    """note number -> text of the lines that end the document each opened by its superscript call,
    at least two numbered one after the other (a history article's notes: "¹ Lettre du Dr …",
    "² Lettre de M. …"), else {}."""
    run, _ = _trailing_run(lines, SUPERSCRIPT_NOTE_LINE)
    nums = [int(m.group("num").translate(SUPERSCRIPTS)) for m in reversed(run)]
    if len(nums) < 2 or nums != list(range(nums[0], nums[0] + len(nums))):
        return {}
    return {str(int(m.group("num").translate(SUPERSCRIPTS))): m.group("note").strip() for m in run}


def _prefix_length(raw: str, norm_prefix: str) -> int:
    """Length in raw of the prefix that whitespace-normalises to norm_prefix."""
    count, i = 0, 0
    while i < len(raw) and count < len(norm_prefix):
        if raw[i].isspace():
            if count < len(norm_prefix) and norm_prefix[count] == " ":
                count += 1
            while i + 1 < len(raw) and raw[i + 1].isspace():
                i += 1
        else:
            count += 1
        i += 1
    return i




# an italic passage this long may be a block quote set without guillemets (shorter ones are
# titles, foreign words, emphasis)
MIN_ITALIC_WORDS = 8
# a quotation under a box title runs over a few paragraphs at most (the last closes it)
MAX_BOX_PARAGRAPHS = 6
# the fields of an interview card: "Date : 14 avril 2021 — Durée : 47 minutes", "Interlocutrice : …"
# what may stand between two quotations one speaker says in a row: a comma, a semicolon, the
# conjunction of a list (lang/fr grammar.yaml list_conjunctions)
QUOTE_JOIN_GAP = re.compile(rf"\s*[,;]?\s*(?:(?:{cv.word_forms('list_conjunctions')})\s*)?")
CARD_FIELD = re.compile(r"\s[—–]\s|(?:^|\s)[A-ZÉ][\w'’ ]{2,30}\s:\s")
TRAILING_PAREN = re.compile(r"(?<=[.!?…])\s*(?=\([^()]{2,150}\)\s*\.?\s*$)")


def _closed_by_parentheses(text: str, a: int, b: int, knows=None) -> list[tuple[int, int, int]]:
    """An italic run cut after each paragraph that ends with a parenthesis (its attribution:
    "… j'y allais. (MG7, femme, 34 ans)") or, given ``knows``, with a dash and a participant's
    code ("… le jeudi. — M3", or "— M3" alone on the line under it: dash_closing_codes.italic_code_cut),
    as (start, end, end of the words before it)."""
    out, start = [], a
    pos = a
    while pos < b:
        nl = text.find("\n", pos, b)
        end = nl if nl >= 0 else b
        tail = TRAILING_PAREN.search(text, pos, end)
        cut = tail.start() if tail else None
        if cut is None and knows is not None and (dashed := italic_code_cut(text[pos:end], knows)) is not None:
            cut = pos + dashed if dashed or pos == start else pos - 1  # (alone on its line: the words end above)
        if cut is not None and n_words(text[start:cut]) >= MIN_ITALIC_WORDS:
            out.append((start, end, cut))
            start = end + 1
        pos = end + 1
    if start < b:
        out.append((start, b, b))
    return out


@dataclass(frozen=True)
class Handler:
    """One rule of the line loop: ``handle(i)`` returns the next line index when the rule took
    line i (and appended its spans), None when it does not apply. ``needs`` names the context
    the rule reads, gathered before the loop starts (documentation, checked at construction)."""
    name: str
    handle: str  # a Segmenter method
    needs: tuple[str, ...] = ()


# The order matters: the first handler that takes a line wins.
HANDLERS = (
    # before headings: a quotation's header set in bold ("3:14 ¶ 52 in E03_IDEL_Millau") opens its passage
    Handler("coding report", "_h_coding_report", ("headings",)),
    Handler("coded extract row", "_h_coded_row", ("ctx",)),  # segment/coding_reports.py
    Handler("heading", "_h_heading", ("headings", "interviewees")),
    Handler("blank", "_h_blank"),
    Handler("tool's system line", "_h_system_line"),  # segment/system_lines.py
    Handler("quote box", "_h_quote_box", ("quote_boxes",)),
    Handler("speaker-cell table row", "_h_speaker_cell_row"),  # segment/timed_rows.py
    Handler("subtitle table turn", "_h_subtitle_turn"),  # segment/timed_rows.py
    Handler("voice-tagged cue", "_h_voice_tag"),  # segment/voice_tags.py
    Handler("subtitle file", "_h_subtitle_file", ("labels", "ctx")),  # segment/subtitle_files.py
    Handler("speaker-and-words table", "_h_speaker_word_table", ("labels", "ctx")),  # segment/speaker_word_tables.py
    Handler("written-down scene", "_h_introduced_dash", ("scene_pairs",)),  # segment/introduced_dashes.py
    Handler("starred text", "_h_starred_text", ("headings",)),  # segment/starred_texts.py
    Handler("skipped section", "_h_skipped", ("section_kinds",)),
    Handler("verbatim annex table", "_h_annex", ("annex_zone",)),
    Handler("headed message", "_h_headed_message", ("headings",)),  # segment/headed_messages.py
    Handler("signed contribution", "_h_signed_contribution"),  # segment/headed_messages.py
    Handler("dated notebook entry", "_h_dated_entry"),  # segment/dated_entries.py
    Handler("written slip", "_h_written_slip"),  # segment/written_slips.py
    Handler("life story", "_h_life_story", ("headings",)),  # segment/life_stories.py
    Handler("answer table row", "_h_answer_row"),  # segment/answer_tables.py
    Handler("heard-and-seen table row", "_h_speech_row"),  # segment/speech_columns.py
    Handler("voiced table row", "_h_voiced_row", ("ctx",)),  # segment/voiced_columns.py
    Handler("participant table row", "_h_participant_row", ("ctx",)),
    Handler("attribution line", "_h_attribution", ("attributions", "owner")),
    Handler("block quote", "_h_block_quote", ("owner",)),
    Handler("stage direction", "_h_stage"),
    Handler("annex row", "_h_annex_row", ("ctx",)),
    Handler("signed account", "_h_signed_block", ("headings",)),
    Handler("line-numbered extract", "_h_numbered_extract"),
    Handler("bracketed lead", "_h_bracket_lead"),
    Handler("caption export", "_h_caption_export"),  # segment/caption_exports.py
    Handler("named answer", "_h_named_answer", ("labels", "headings", "ctx")),  # segment/named_interviewees.py
    Handler("described dash-led turn", "_h_described_dash_turn"),  # segment/dash_led_labels.py
    Handler("unlabelled dash-led turn", "_h_bare_dash_turn"),  # segment/dash_led_labels.py
    Handler("labelled turn", "_h_turn", ("labels", "interviewees", "ctx")),
    Handler("first-person interview", "_h_first_person_interview"),  # segment/first_person_interviews.py
    Handler("alternating dashes", "_h_alternating_dashes", ("headings", "interviewees")),  # segment/alternating_dashes.py
    Handler("dash incise", "_h_dash_incise", ("headings",)),  # segment/dash_incises.py
    Handler("narrated dialogue", "_h_narrated_dialogue", ("headings",)),  # segment/narrated_dialogue.py
    Handler("dash dialogue", "_dash_dialogue", ("interviewees",)),
    Handler("interview answer", "_qa_answer", ("interviewees", "headings")),
    Handler("timed answer", "_timed_answer", ("interviewees", "headings")),
)


# a first name, then circumstances, then a colon, before a quotation: "Marie-Jo, le soir, au téléphone :"
PRESENTED_LEAD = re.compile(r"^\s*(?P<name>[A-ZÉÈ][a-zéèêëïîôûç]+(?:-[A-ZÉÈ][a-zéèêëïîôûç]+)?)"
                            r"(?:\s*,[^:«»\"“.!?]{0,60})?\s*:\s*$")


class Segmenter(TurnHandlers, AnnexHandlers, GenreHandlers, CodingReportHandlers, HeadedMessageHandlers,
                AlternatingDashHandlers, DashIncisesHandlers, NarratedDialogueHandlers, NarratedQuoteHandlers, NamedAnswerHandlers, FirstPersonInterviewHandlers,
                AnswerTableHandlers, SpeechColumnHandlers, VoicedColumnHandlers, DashLedHandlers, TimedRowHandlers, StarredTextHandlers,
                VoiceTagHandlers, SubtitleFileHandlers, IntroducedDashHandlers, SpeakerWordTableHandlers, WrittenSlipHandlers, LifeStoryHandlers, CaptionExportHandlers, DatedEntryHandlers):
    def __init__(self, text: str, doc: dict, structure: list[dict], styles: list[dict],
                 gazetteer: Gazetteer, ner=None, declared: dict | None = None, notes: list[dict] | None = None,
                 fold_labels: bool = False):
        self.source_text = text  # the segments' text: the document's own quotation marks
        # "IDE 2. Oui …", "(E3) On …", "- Ugo. Bonjour …": speaker labels of any separator read as
        # with a colon, first, so that the readers of dash-led labels read them too, when the
        # document as written left them unread (segment_text; segment/label_separators.py)
        self.labelled_text = text = fold_label_separators(text) if fold_labels else text
        text = fold_quote_marks(text)
        text = fold_straight_quotes(text)  # "…" where the document quotes with nothing else (segment/straight_quotes.py)
        text = fold_nested_quotes(text)  # « … “ terme ” … »: one quotation (segment/nested_quotes.py)
        text = join_split_quotes(text)  # « … », dit-elle, « … »: one quotation (segment/split_quotes.py)
        text = close_at_incise(text)  # « … , explique t-il.: the quotation closed at its incise (segment/split_quotes.py)
        text = cut_quotes_in_a_row(text)  # "« … » « … »": two paragraphs extraction ran together (segment/split_quotes.py)
        text = fold_dash_quotes(text)  # "— … (I12, infirmière)": a quotation (segment/dash_quotes.py)
        text = cut_after_dash_credits(text)  # "« … » – un infirmier … « … »": the credit ends its line (segment/dash_credits.py)
        text = fold_dash_credits(text)  # "« … » — Mathilde, infirmière" as "« … » (Mathilde, …)" (segment/dash_credits.py)
        text = fold_comma_credits(text)  # "« … », Odile, éleveuse à Marboz." as "« … » (Odile, …)" (segment/dash_credits.py)
        text = cut_leading_signatures(text)  # "« … »⏎Bruno F., Langogne « … »": the signature on its line (segment/testimony_bylines.py)
        text = read_small_caps(text)  # "« … » (I12, INFIRMIÈRE LIBÉRALE)" (segment/small_caps.py)
        text = fold_profile_brackets(text)  # "« … » {ASS, 12 ans}" (segment/braced_profiles.py)
        text = fold_quote_time_codes(text)  # "« … » (K3, 00:14:52)" (segment/quote_time_codes.py)
        text = fold_dash_led_labels(text)  # "– Marine Boudeau : …" (segment/dash_led_labels.py)
        self.text = text
        self.doc = doc
        lines = split_at_cues(split_lines(text))
        self.styles = StyleMap(styles)
        self.ctx = Context(lines, doc, gazetteer, declared)
        self.ctx_texts = [ln.text for ln in lines]  # the lines the context read (before any cut)
        # a record's labels ("Mme X, ministre. …": segment/records.py), declared like a transcript's speakers
        lines = split_at_record_labels(lines)  # a record's turns an OCR ran together
        lines = split_at_coding_headers(lines)  # a coding report's passages run together (segment/coding_reports.py)
        lines = split_at_numbered_answers(lines)  # a survey's answers run together (segment/numbered_answers.py)
        lines = split_at_name_lines(lines, gazetteer)  # "… décembre. BRETON, Hugues 12:19" (segment/meeting_exports.py)
        lines = split_at_tiers(lines, gazetteer)  # "… moi . *ENQ: d'accord ." (segment/chat_transcripts.py)
        lines = split_at_stamps(lines)  # "… leur accord. [12/03/2024 08:14:32] Gwen : …" (segment/message_exports.py)
        lines = split_at_translations(lines, self.styles)  # "[translation] (Man Ya, 79 ans, …)" (segment/translated_quotes.py)
        lines = split_at_signatures(lines, self.styles, parse_attribution_line)  # "… — Médecin 3, Haute-Savoie" (segment/trailing_signatures.py)
        lines = split_at_restitutions(lines)  # "Restitution de la table 2, par Yannick (…) : Nous, …" (segment/restitutions.py)
        lines = split_at_read_questions(lines)  # "… dans l'ordre. Question de Mickaël (…) : « … »" (segment/read_questions.py)
        lines = split_at_asked_questions(lines)  # "… d'une nuit. Question de Mme Payet : … ? Priscilla : …" (segment/intervention_labels.py)
        lines = split_at_run_signatures(lines, gazetteer)  # "— Un pharmacien, … « B » — Une infirmière, … « C »" (segment/signature_runs.py)
        lines = split_at_end_signatures(lines)  # "… dans nos campagnes. Françoise M., infirmière retraitée, Aurillac" (segment/testimony_bylines.py)
        lines = split_at_signer_lines(lines)  # "… tels qu'affichés. Sandrine P., Ciron, 12 juin 2018" (segment/headed_messages.py)
        lines = split_at_closing_stamps(lines)  # "… ? [00:41] Patrice : …" (segment/closing_stamps.py)
        lines = split_after_paragraph_stamps(lines)  # "… protocole. #00:01:52-3# (Fin de l'extrait.)" (segment/closing_stamps.py)
        lines = split_at_trailing_labels(lines)  # "… officine ? 00:00:15 Locuteur 2" (segment/trailing_label_lines.py)
        lines = split_at_initials(lines, self.ctx.knows)  # "… par le service [MT] Les ordonnances …" (segment/signed_initials.py)
        lines = split_glued_bullet_labels(lines)  # "• Jean GUARRIGUES Là on est …" (segment/bullet_labels.py)
        lines = split_at_timed_rows(lines)  # "… ? 00:00:31 | Resp. | …" (segment/timed_rows.py)
        lines = split_at_speaker_cell_rows(lines)  # "… ? Enquêtrice 2 0:18,4 - 1:02,7 …" (segment/timed_rows.py)
        lines = split_at_spoken_turns(lines)  # "… oui Mira : les …" (segment/spoken_transcripts.py)
        lines = split_at_captions(lines)  # "ITW – Jean-Marc Souquet, adjoint au maire Si un interne …" (segment/lower_thirds.py)
        lines = split_at_bracket_leads(lines)  # "… venez. [Spect-actrice 1, infirmière libérale] : Moi je …" (segment/genres.py)
        self.ctx.declared_speakers = {**qa_speakers(lines), **name_line_speakers(lines), **court_roles(record_speakers(lines), lines),
                                      **colon_record_speakers(lines),
                                      **self.ctx.declared_speakers}
        # "E3" or "M. Jean Dupont, président :" alone on its line above the words (segment/own_line_labels.py)
        self.ctx.declared_speakers = {**own_line_speakers(lines, gazetteer, self.ctx.legend_moderators | {
            c for c, d in {**self.ctx.participants, **self.ctx.legend}.items() if cv.INTERVIEWER.search(d) or moderates(d)}),
                                      **self.ctx.declared_speakers}
        # "• Eva JOLY" as a list item above the words (segment/bullet_labels.py)
        self.ctx.declared_speakers = {**bullet_label_speakers(lines, gazetteer, self.ctx.legend_moderators), **self.ctx.declared_speakers}
        # a hearing's guests and rapporteur (segment/hearings.py)
        self.ctx.declared_speakers = hearing_speakers(lines, self.ctx.declared_speakers, gazetteer)
        # "LA PHARMACIENNE :", "Une habitante :": labels naming a function (segment/function_labels.py)
        self.ctx.declared_speakers = {**function_label_speakers(lines, gazetteer), **self.ctx.declared_speakers}
        # "IDE Challans :", "Kiné Les Herbiers :": a profession and a town (segment/place_labels.py)
        self.ctx.declared_speakers = {**place_label_speakers(lines, gazetteer), **self.ctx.declared_speakers}
        # "LEROUX, Nathalie   12:04" above the words: a video meeting export (segment/meeting_exports.py)
        self.ctx.declared_speakers = {**meeting_export_speakers(lines, gazetteer), **self.ctx.declared_speakers}
        # "*PHA: …" under "@Participants: …": a CHAT transcript (segment/chat_transcripts.py)
        self.ctx.declared_speakers = {**chat_speakers(lines, gazetteer), **self.ctx.declared_speakers}
        # "● …" / "○ …" under "Légende : ● = enquêtrice ; ○ = médecin interrogé" (segment/symbol_labels.py)
        self.ctx.declared_speakers = {**symbol_label_speakers(lines), **self.ctx.declared_speakers}
        # "VERT : …" keyed by "Vert | Infirmière libérale | Fourmies" (segment/keyed_labels.py)
        self.ctx.declared_speakers = {**keyed_label_speakers(lines, gazetteer), **self.ctx.declared_speakers}
        # "n° 112 (pharmacienne, Corse-du-Sud) : …": a survey's numbered answers (segment/numbered_answers.py)
        self.ctx.declared_speakers = {**numbered_answer_speakers(lines, gazetteer), **self.ctx.declared_speakers}
        # "16/03/2020 à 21:47 - Sandrine IDE: …": a messaging export's senders (segment/message_exports.py)
        self.ctx.declared_speakers = {**message_senders(lines, gazetteer), **self.ctx.declared_speakers}
        # "KARINE VIDAL, MÉDECIN GÉNÉRALISTE À GUÉRET. — …": a transcript set like a play (segment/play_scripts.py)
        # (not in a record, whose "M. LE PRÉSIDENT. –" is the chair with a civility, not an initial: segment/records.py)
        records = any(v.get("record") for v in self.ctx.declared_speakers.values())
        self.ctx.declared_speakers = {**({} if records else play_speakers(lines, gazetteer)), **self.ctx.declared_speakers}
        # "Réponse de Dr Anne Payet (ARS La Réunion) : …": a record's intervention labels (segment/intervention_labels.py)
        self.ctx.declared_speakers = {**intervention_speakers(lines, gazetteer), **self.ctx.declared_speakers}
        # "Monsieur le Maire : …", "Madame Collin, adjointe … : …": a debate's office and civility labels (segment/office_labels.py)
        self.ctx.declared_speakers = {**office_speakers(lines, gazetteer), **self.ctx.declared_speakers}
        # "Patrice : … [01:05]": a podcast's turns closed by their time code (segment/closing_stamps.py)
        self.ctx.declared_speakers = {**closing_stamp_speakers(lines, gazetteer), **self.ctx.declared_speakers}
        # "00:00:31 | Resp. | …": a transcript table's time, label and words cells (segment/timed_rows.py)
        self.ctx.declared_speakers = {**timed_row_speakers(lines), **self.ctx.declared_speakers}
        # "Question 1 : … ?" then "Réponse : …": a written interview's answers (segment/written_answers.py)
        self.ctx.declared_speakers = {**written_answer_speakers(lines, gazetteer), **self.ctx.declared_speakers}
        # "Olivier Dedieu : …" under the interviewer's headings: an interview article (segment/named_interviewees.py)
        self.ctx.declared_speakers = {**named_interviewees(lines, self.styles, text, gazetteer), **self.ctx.declared_speakers}
        # "ploum (compte créé en 2002) : …" under a question: a round-table interview (segment/round_table_answers.py)
        self.ctx.declared_speakers = {**round_table_speakers(lines, self.styles), **self.ctx.declared_speakers}
        # "Le Président. — …", "L'accusé. — …": a hearing's notes (segment/court_records.py)
        self.ctx.declared_speakers = {**court_name_speakers(lines), **court_function_speakers(lines), **self.ctx.declared_speakers}
        # "PB : euh …", "Sonia Branca-Rosoff (ENQ) : …": a spoken corpus's transcript (segment/spoken_transcripts.py)
        self.ctx.declared_speakers = {**spoken_transcript_speakers(lines, gazetteer), **self.ctx.declared_speakers}
        # "Claire DUMONT (directrice de la CPTS …) : …": a round table's proceedings (segment/surname_labels.py)
        self.ctx.declared_speakers = {**surname_speakers(lines, gazetteer), **self.ctx.declared_speakers}
        # "– Marine Boudeau : …", "- Kheira: …": a dash-led transcript's labels (segment/dash_led_labels.py)
        self.ctx.declared_speakers = {**dash_led_speakers(self.labelled_text), **self.ctx.declared_speakers}
        # "??? : …", "L? : …": a voice the transcript could not attribute (segment/interjections.py)
        self.ctx.declared_speakers = {**unknown_voice_speakers(lines), **self.ctx.declared_speakers}
        self.generic_labels: tuple[str, ...] = ()
        self.declared_turn = declared_turn(self.ctx.declared_speakers)
        self.fallback_counts: Counter = Counter()  # items found by the fallbacks, by mechanism
        # the labels a legend names as the interviewer's count as declared moderators
        vouched = {**{k: {"moderator": True} for k in self.ctx.legend_moderators}, **self.ctx.declared_speakers}
        lines = split_at_key_numbers(lines, self.ctx.legend)  # "1 :" / "2 :" under "Locuteurs : 1 = …" run together
        keyed = legend_codes(lines, self.ctx.legend)
        for code in keyed:
            vouched.setdefault(code, {})  # "I2 —" under a key "I = infirmier(e) libéral(e)"
        numbers = {k: {} for k in vouched if k.isdigit() and k not in self.ctx.declared_speakers}
        # (a key's label of two words, "DD ARS :", which no label shape reads: declared as the key writes it)
        numbers.update({k: {} for k in keyed if re.fullmatch(r"[A-ZÉÈ]{2,8} [A-ZÉÈ]{2,8}", k) and k not in self.ctx.declared_speakers})
        for k in numbers:
            if cv.INTERVIEWER.search(self.ctx.legend.get(k, "")):
                vouched[k] = {"moderator": True}  # "1 = l'étudiant enquêteur"
        if numbers:  # bare numbers read as labels only where the key declares them (fallbacks.legend_codes)
            self.declared_turn = declared_turn({**numbers, **self.ctx.declared_speakers})
        self.labels = discover_labels(lines, self.ctx.participants, vouched, bold_labels(lines, self.styles, text))
        if self.labels:
            # turns the extraction ran together on one line start where their label does
            lines = split_at_labels(lines, text, self.labels)
            self.labels = discover_labels(lines, self.ctx.participants, vouched, bold_labels(lines, self.styles, text))
            if self.ctx.qualitative or meeting_rounds(lines, text):
                self._more_labels(lines, text, vouched)
        elif self.ctx.qualitative or moderated_rounds(lines, text) or meeting_rounds(lines, text):
            # (a debate's round in a journal, each guest answering the animator once; a meeting's
            # record, each participant heard once: segment/discovery.py, segment/meeting_rounds.py)
            lines = self._fallback_labels(lines, text, vouched)
        if not self.labels:
            # "(E) …", "A) …", "#3 : …", "CAMILLE Alors …": labels found by how they behave (segment/recurring_labels.py)
            lines = self._recurring_labels(lines, text, vouched)
        else:
            # "(MG1) …" taking turns with a "[KINE1] …" of a known shape (segment/mixed_labels.py)
            lines = self._mixed_labels(lines, text, vouched)
            # "Une voix dans la salle : …" between two labelled turns, heard once (segment/interjections.py)
            self._interjections(lines, text, vouched)
        if not self.labels:
            # "QUI A PORTÉ LE PROJET ? Une pharmacienne et moi.": a set-apart question run into its answer (segment/set_apart_questions.py)
            lines = cut_set_apart(lines, self.styles, text)
        captions = caption_lines(lines) if self.labels else set()
        if captions:
            # a script's "ITW – name, function" lines and its voice-over "OFF : …" are no one's turns:
            # the captioned words are read as quote boxes below (segment/lower_thirds.py)
            self.labels = {k: v for k, v in self.labels.items() if not (set(v.lines) <= captions or is_voice_over(k))}
        records = record_field_lines(lines) | {k for k, ln in enumerate(lines) if margin_comment(ln.text)} if self.labels else set()
        if records:
            # "Acteurs : …", "Situation : …", "Verbatim entendu : « … »": a record's fields (segment/field_records.py);
            # "Commentaire [AS1] : …": a margin comment (segment/transcriber_notes.py)
            self.labels = {k: v for k, v in self.labels.items() if not set(v.lines) <= records}
        for k, v in self.labels.items():
            if v.kind == "participant" and k not in self.ctx.legend_moderators \
                    and legend_prefix(k) in self.ctx.legend_moderators:
                v.kind = "moderator"  # "ANIM_1 :" under a key "ANIM pour la coordinatrice qui anime la réunion"
        self.labels = self._keyed_labels(self.labels)
        hosts = credited_hosts([ln.text for ln in lines]) if self.labels else []
        for v in self.labels.values():
            if v.kind == "participant" and names_host(v.label, hosts):
                v.kind = "moderator"  # "Animation : Gaëlle Le Floch" then "G. Le Floch : …"
        host = host_beside_guest(self.labels, credited_guests([ln.text for ln in lines])) if self.labels else None
        if host is not None:
            self.labels[host].kind = "moderator"  # "Invitée : Catherine Delmas" then "Julien : …" / "Catherine : …"
        # a script's lines (under "Script du patient standardisé"): its quotations are written, not said
        self.script_ranges = [(lines[i].start, lines[i].end) for v in self.labels.values() for i in v.lines] \
            if self.labels and scripted_title(self.labels, lines) else []
        # or a dialogue the document introduces as written: a play, a scenario, an example (segment/written_dialogues.py)
        # or a card's one-letter fields spelling a method's acronym: "S : Situation – …" (segment/field_labels.py)
        if self.labels and (labels_not_speech(self.labels, lines) or written_dialogue(self.labels, lines)
                            or acronym_fields(self.labels, lines)):
            # a script's characters or an FAQ's "Q. – / R. –": lines someone wrote, not turns
            self.labels, self.generic_labels = {}, ()
            self.declared_turn = declared_turn(self.ctx.declared_speakers)
        texts = [ln.text for ln in lines]
        self.interview_dates = interview_dates(texts)
        self.column_rows = speaker_column_rows(texts)
        self.name_rows = name_column_rows(texts)  # "| Karima B. | mère | « … » |" under "| Personne | Lien | …"
        # "Sous-thème | Verbatim | Participant" then "… | « … » | CD3" (segment/coded_cells.py)
        self.code_rows = code_column_rows(texts)
        self.code_roles = range_roles(texts) if self.code_rows else {}
        self.number_places = range_places(texts, gazetteer)  # "(MG n° 1 à MG n° 12)"
        self._line_starts = [ln.start for ln in lines]
        self.key_lines = colon_key(self.labels, lines) if self.labels else {}
        if self.labels and not self.key_lines:
            self.key_lines = described_label(self.labels, lines)  # "SF3 : sage-femme libérale installée à …"
        for i, entries in self.key_lines.items():
            # a key to the labels above the transcript: descriptions, not a turn
            for code, desc in entries.items():
                self.ctx.legend.setdefault(code, desc)
                if cv.INTERVIEWER.search(desc):
                    self.labels[code].kind = "moderator"
            for v in self.labels.values():
                if i in v.lines:
                    v.lines.remove(i)
        described, intro = introduced_labels(lines, self.labels)
        if self.labels:
            for code, desc in portrait_labels(lines, self.labels).items():
                # "J.-C. D. est pharmacien titulaire à …" opening the interview, then "J.-C. D. : …"
                self.ctx.participants.setdefault(code, desc)
        for code, desc in described.items():
            # "lui est médecin généraliste, elle infirmière libérale" before "Lui : …", "Elle : …"
            self.ctx.participants.setdefault(code, desc)
            region, place = locative_place(intro, gazetteer) if gazetteer is not None else ("", "")
            if region:
                self.ctx.participant_places.setdefault(code, (region, place))
        card = card_under_heading(lines, self.labels) if self.labels else None
        if card is not None and card[0] not in self.ctx.participants:
            # "Entretien n° 6" then "Médecin du CDPS de Maripasoula, …": the first to answer (segment/interview_cards.py)
            self.ctx.participants[card[0]] = card[1]
            region, place = resolve_region(card[2], gazetteer) if gazetteer is not None else ("", "")
            if region:
                self.ctx.participant_places.setdefault(card[0], (region, place))
        # several of the labels at once ("Lui et Elle : Oui."): a turn with no single speaker
        # (with the names a table's first column lists: "Josiane et Monique :" where Monique never speaks alone)
        self.joined_turns = joined_label_lines(lines, self.labels, listed_row_names(lines)) if self.labels else {}
        for i, joined in self.joined_turns.items():
            self.labels.setdefault(joined, Label(joined, "joined", kind="group")).lines.append(i)
            if STAMP_ALONE.search(lines[i].text):
                self.labels[joined].standalone.add(i)  # "Intervenant 2 et 3  00:01:31", the words below
        if self.generic_labels:
            describe_generic_labels(text, lines, self.labels, self.generic_labels, self.ctx)
        self.bold_leads = {i: k for k, v in self.labels.items() for i in v.loose
                           if not turn_match(lines[i].text)}  # turns opened by a bold name
        self.lines = lines
        # the minutes of an elected assembly: its labelled speakers are members (chaired_records.py)
        self.assembly = elected_assembly(lines) if self.labels else ""
        coded = self.labels or self.ctx.cards or self.ctx.participants
        self.ctx.named_speakers = not coded and named_quotes(lines) >= MIN_NAMED_QUOTES
        self.headings, self.section_kinds, self.section_titles = structure_info(self.lines, structure, self.labels)
        folded = fold_headings(structure, self.source_text, self.text)  # 'Toulouse : "…"' with its marks read as « »
        if folded != structure:
            self.headings = structure_info(self.lines, folded, self.labels)[0]
        # (rows of a table saying who spoke, each holding a quotation, are speech as turns are)
        quoted_rows = {i for i in self.column_rows if "«" in self.lines[i].text or "“" in self.lines[i].text} | set(self.name_rows)
        self.section_kinds = turns_are_body(self.section_kinds, self.labels, self.lines, quoted_rows)
        for ln in self.lines:
            # "Entretien 1 – Dr Anne Faucher, médecin généraliste, Guéret" in bold over unlabelled paragraphs
            # the structure did not take for a heading (too long, commas): the interview's header
            if ln.index not in self.headings and self.styles.share(ln.start, ln.end, "bold") >= 0.6 \
                    and interview_header(ln.text) and ln.index + 1 < len(self.lines) \
                    and not self.styles.share(self.lines[ln.index + 1].start, self.lines[ln.index + 1].end, "bold") >= 0.6:
                self.headings[ln.index] = ln.end
        # "Il me confie :" then the words as a bold paragraph, no guillemets: a quotation, no heading (segment/bold_quotes.py)
        self.bold_quotes = bold_quote_lines(self.lines, self.styles)
        # "SF libérale, Béarn, 4 ans d'exercice : Je n'ai jamais …": unquoted words after a run-in profile (segment/run_in_profiles.py)
        self.run_in_profiles = profile_lines(self.lines)
        # "… qui d'autre viendrait ? (Joël, 46 ans, maçon)": roman words closed by a profile (segment/closing_profiles.py)
        self.closed_profiles = closed_lines(self.lines, self.ctx.knows)
        self.own_notes = declares_own_notes(self.ctx_texts)  # "ce sont mes notes, … et non des propos recueillis"
        # "Nadia (52 ans, aide à domicile) décrit ainsi … :" over unquoted words (segment/led_blocks.py)
        self.led_blocks = led_lines(self.lines, self.headings)
        # "… on sortait de la chambre en courant / aide-soignante, EHPAD": italic answers closed by a profile (segment/slashed_profiles.py)
        self.slashed_profiles = slashed_lines(self.lines, self.styles)
        # "Si la personne accepte : « … »": a script's text to read, no verbatim (segment/script_instructions.py)
        self.instructions = instruction_lines(self.lines)
        self.headings = {i: end for i, end in self.headings.items() if i not in self.bold_quotes}
        # "3.1 « On n'est pas des pompiers … » (M4)": a participant's words titling a subsection, a quotation (segment/intertitles.py)
        self.headings = {i: end for i, end in self.headings.items()
                         if not coded_quote_heading(self.lines[i].text, self.ctx.series)}
        # "Claire – 07:42" in bold over each message of a quoted exchange: a header, no heading (segment/headed_messages.py)
        headers = set(stamped_header_lines(self.lines))
        self.headings = {i: end for i, end in self.headings.items() if i not in headers}
        # the interviewer in italics, the interviewee in roman, no label: the italic paragraphs are the questions
        self.italic_questions = italic_question_lines(self.lines, self.styles, text) if not self.labels else {}
        for i, end in self.italic_questions.items():
            self.headings.setdefault(i, end)
        # questions set apart by bold, italics, capitals or a reply mark, answers unlabelled: a written interview (segment/set_apart_questions.py)
        self.set_apart = set_apart_questions(self.lines, self.styles, text) if not self.labels else {}
        for i, end in self.set_apart.items():
            self.headings.setdefault(i, end)
        # those answered on their own line after the question mark: "Votre devise ? On ne fait …"
        self.run_in = run_in_set_apart(self.lines, self.styles, text, self.set_apart) if self.set_apart else set()
        self.ctx.endnotes = numbered_notes(self.lines, self.section_kinds)
        self.ctx.source_lists = source_lists(text)  # "« … » [3]" resolved by a line "[3] E4, …" (segment/source_lists.py)
        # where extraction removed a note call (notes.csv): the call's offset -> the note's text
        self.ctx.note_calls = {int(n["call_char"]): text[int(n["note_char_start"]):int(n["note_char_end"])]
                               for n in notes or [] if str(n.get("call_char", "")).lstrip("-").isdigit()
                               and int(n["call_char"]) >= 0}
        self.gazetteer = gazetteer
        self.ner = ner
        self.spans: list[Span] = []
        self._section_region: dict[int, tuple[str, str]] = {}
        self.interviewees, self.interviewee_from = self._find_interviewees()
        for handler in HANDLERS:
            assert callable(getattr(self, handler.handle)), handler

    def _keyed_labels(self, labels: dict) -> dict:
        """The labels as the document's key describes them (s48): a label its key describes as
        another person than an interviewer is none ("INT (interprète professionnelle)", whatever
        "int" abbreviates elsewhere); a label the key describes as no one ("COM (commentaires de la
        transcriptrice)") is a tier of notes, not a speaker; a label for any other voice ("AUTRE
        (toute autre voix audible)") speaks unnamed, its role unknown."""
        out = {}
        for k, v in labels.items():
            desc = self.ctx.legend.get(k, "")
            declared = self.ctx.declared_speakers.get(k)
            if not desc or k in self.ctx.participants or (declared is not None and "shaped" not in declared):
                out[k] = v
                continue
            if unidentified(desc):
                self.ctx.declared_speakers[k] = {**self.ctx.declared_speakers.get(k, {}), "role_raw": desc, "role": "inconnu",
                                                 "anonymous": True, "moderator": False, "source": "participant_table"}
                v.kind = "participant"
            elif not describes_someone(desc) and _comment_tier(desc):
                continue  # a tier of comments: its lines are the transcriber's, nobody's turns
            elif v.kind == "moderator" and fold(k).rstrip(".").lower() in cv.MODERATOR_WORDS \
                    and not cv.INTERVIEWER.search(fold(desc)):
                v.kind = "participant"  # the label's letters, not what it does, made it the moderator
            out[k] = v
        return out

    def _fallback_labels(self, lines: list[TextLine], text: str, vouched: dict) -> list[TextLine]:
        """No label of a known shape, in a document that reports people's words: labels of any
        shape that take turns (discovery.generic_labels), counting the turns the extraction ran
        together (cut at the labels that open a line elsewhere); the lines cut at their turns."""
        candidates = tuple(generic_label_lines(lines))
        generic = generic_labels(split_at_generic(lines, candidates, any_shape=False), text) if candidates else ()
        if not generic:
            return lines
        lines = split_at_generic(lines, generic)
        self.generic_labels = generic_labels(lines, text)
        self.declared_turn = declared_turn({**{g: {} for g in self.generic_labels}, **self.ctx.declared_speakers})
        self.labels = discover_labels(lines, self.ctx.participants, vouched, bold_labels(lines, self.styles, text),
                                      self.generic_labels)
        for k, v in self.labels.items():
            if v.kind == "participant" and k in self.generic_labels and moderator_word(k) and k not in self.ctx.participants:
                v.kind = "moderator"  # "L'animatrice : … ?" opening a debate's round (segment/discovery.py)
        return lines

    def _recurring_labels(self, lines: list[TextLine], text: str, vouched: dict) -> list[TextLine]:
        """No label found by shape: labels of any shape that take turns, declared and read again
        (the lines cut where such a label opens a sentence inside one)."""
        cut, shaped = recurring_turns(lines, self.ctx.gazetteer)
        if not shaped:
            return lines
        lines = cut
        self.ctx.declared_speakers = {**shaped, **self.ctx.declared_speakers}
        self.declared_turn = declared_turn({**{g: {} for g in self.generic_labels}, **self.ctx.declared_speakers})
        # a label a legend names as the interviewer's keeps the form it was found in ("ENQ  comment …"
        # under "Locuteurs : ENQ = enquêtrice ; …"): the legend says who, the shape how it is set off
        merged = {**shaped, **vouched, **{k: {**shaped[k], **vouched[k]} for k in shaped.keys() & vouched.keys()}}
        self.labels = discover_labels(lines, self.ctx.participants, merged,
                                      bold_labels(lines, self.styles, text), self.generic_labels)
        return lines

    def _mixed_labels(self, lines: list[TextLine], text: str, vouched: dict) -> list[TextLine]:
        """Labels found by shape: labels of any shape taking turns with them join them, declared
        and read again (the lines cut where such a label opens a sentence inside one)."""
        starts = {lines[i].start for v in self.labels.values() for i in v.lines}
        cut, shaped = mixed_turns(lines, self.labels, starts, self.ctx.gazetteer)
        # (the tail of a known label is that label's: "D." of "M. D." and "Mme D.", s48)
        shaped = {k: v for k, v in shaped.items() if not any(lab.endswith(" " + k) for lab in self.labels)}
        if not shaped:
            return lines
        self.ctx.declared_speakers = {**shaped, **self.ctx.declared_speakers}
        # the known labels a legend names as the interviewer's keep opening their lines whatever their
        # shape ("Micro 1 :" keyed "Micro 1 : animateur" among "Micro 2 :", "Micro 3 :": s26-segleft1)
        hosts = {k: {} for k in self.labels if k in self.ctx.legend_moderators}
        self.declared_turn = declared_turn({**{g: {} for g in self.generic_labels}, **hosts, **self.ctx.declared_speakers})
        self.labels = discover_labels(cut, self.ctx.participants, {**shaped, **vouched},
                                      bold_labels(cut, self.styles, text), self.generic_labels)
        return cut

    def _more_labels(self, lines: list[TextLine], text: str, vouched: dict) -> None:
        """Known label shapes found, in a document that reports people's words: labels of any
        shape taking turns with them ("Enquêtrice : …" then "Ph.-A : …") join them."""
        extra = [k for k in generic_labels(lines, text) if k not in self.labels]
        if not extra:
            return
        # only those taking turns with the known labels: a line within two of a known label's
        # line, or of a label kept so ("Relance :" lines of a guide far from the turns stay out)
        at = generic_label_lines(lines)
        anchor = {i for v in self.labels.values() for i in v.lines}
        kept: list[str] = []
        grew = True
        while grew:
            grew = False
            for k in extra:
                if k not in kept and any(0 < abs(i - j) <= 2 for i in at.get(k, []) for j in anchor):
                    kept.append(k)
                    anchor |= set(at.get(k, []))
                    grew = True
        extra = tuple(sorted(kept))
        if not extra:
            return
        self.generic_labels = extra
        self.declared_turn = declared_turn({**{g: {} for g in extra}, **self.ctx.declared_speakers})
        self.labels = discover_labels(lines, self.ctx.participants, vouched, bold_labels(lines, self.styles, text), extra)

    def _interjections(self, lines: list[TextLine], text: str, vouched: dict) -> None:
        """Labels heard once between the dialogue's labelled turns join them, declared."""
        extra = interjection_speakers(lines, self.labels, self.ctx.gazetteer, self.ctx.participants)
        if not extra:
            return
        self.ctx.declared_speakers = {**extra, **self.ctx.declared_speakers}
        self.declared_turn = declared_turn({**{g: {} for g in self.generic_labels}, **self.ctx.declared_speakers})
        self.labels = discover_labels(lines, self.ctx.participants, {**extra, **vouched},
                                      bold_labels(lines, self.styles, text), self.generic_labels)

    def _find_interviewees(self) -> tuple[dict, dict]:
        """line index -> the person the governing interview header describes ("Entretien avec
        Mme L., médecin généraliste, Bretagne"; "trois questions à Claire Dumont" then the
        chapeau's "Infirmière libérale à Lille …, Claire Dumont"), until the next heading that
        is not a question."""
        out, since = {}, {}
        current, start = None, 0
        labelled = {k for v in self.labels.values() for k in v.lines}
        for ln in self.lines:
            i = ln.index
            if current is not None and is_aside(ln.text):
                out[i], since[i] = current, start  # "[le bébé pleure, pause]": the interview goes on
                continue
            header = interview_header(ln.text) if (i in self.headings or i < 3) else None
            if header is None and i + 1 in labelled and ln.text.strip().endswith(":") and len(ln.text.strip()) <= 80:
                # "Extrait de l'entretien avec PH3 :" over a "Q. / R." extract: the interview it quotes
                header = interview_header(ln.text.strip().rstrip(" :"))
            if header is None and (i in self.headings or i < 3):
                header = self._described_below(i)  # "Annexe 6 – Entretien 5" over "Pharmacienne titulaire, …"
            if header is None and (i in self.headings or i < 3) and (coded := self._coded_interview(ln.text)):
                # "Annexe 6 – Extrait de l'entretien avec Orthophoniste 2 (11 janvier 2022)": the
                # participant the methods coded, described there (s49)
                current, start = coded, i
                continue
            if header:
                who = header.group("who").strip()
                if header.groupdict().get("num") and header.group("num").isdigit():
                    who = cv.interview_speaker(str(int(header.group("num"))))  # "Entretien 3 — …" ("Entretien B" as printed)
                desc = (header.group("desc") or header.group("pdesc") or "").strip()
                named = _header_person(desc)
                if named is not None:
                    # "ITW 1 – Dr Anne Faucher, médecin généraliste, Guéret": the header names the person
                    who, desc = named
                if not desc:
                    desc = apposition(who, [x.text for x in self.lines[i + 1:i + 4]])
                if not desc:
                    desc = self._card_below(i)  # "… l'entretien avec K2" over "Masseur-kinésithérapeute libéral, 44 ans, …"
                role, region, place = describe(desc, self.gazetteer) if desc else ("inconnu", "", "")
                current, start = Interviewee(who, desc, role, region, place), i
                continue
            # "Entretien avec une biologiste médicale": a description, no name (segment/described_interviews.py)
            described = described_interviewee(ln.text, [x.text for x in self.lines[i + 1:i + 3]], self.gazetteer) \
                if i in self.headings and self.labels else None
            if described is not None:
                current, start = described, i
                continue
            asked = self._asked_interview(i) if i in self.headings else None
            if asked is not None:
                current, start = asked, i
                continue
            if i in self.headings and not self.lines[i].text.rstrip(" »\"”").endswith("?") and i not in self.set_apart \
                    and not _names_interview(ln.text, current):
                current = None
            if current is not None:
                out[i], since[i] = current, start
        if not self.labels and not any(_question_line(self.lines[h].text) for h in out if h in self.headings):
            self._question_interview(out, since)
        return out, since

    def _coded_interview(self, text: str):
        """The interviewee of a heading that names the interview by a participant's code or
        numbered label only ("Extrait de l'entretien avec Orthophoniste 2", "Entretien avec E4"),
        a code the document describes or whose words name a trade; else None."""
        m = _coded_interview_header().search(" ".join(text.split()))
        if m is None:
            return None
        who = m.group("who")
        desc = self.ctx.participants.get(who, "") or (who if normalize_role(who) not in ("autre", "inconnu") else "")
        if not desc:
            return None
        role, region, place = describe(desc, self.gazetteer)
        return Interviewee(who, desc, role, region, place)

    def _card_below(self, i: int) -> str:
        """The first sentence of the paragraph under the header ``i`` when it opens on what a person
        does ("Masseur-kinésithérapeute libéral, 44 ans, installé à Gournay-en-Bray depuis 2009, …"):
        the description of the person the header names by a code alone (s54); else ''."""
        below = next((x for x in self.lines[i + 1:i + 3] if x.text.strip()), None)
        if below is None or below.index in self.headings:
            return ""
        first = re.split(r"(?<=[^A-Z\s][.!?])\s+(?=[A-ZÀ-Ý])", below.text.strip(), maxsplit=1)[0].rstrip(". ")
        first = INNER_PARENTHESIS.sub(r", \g<inner>,", first).strip(" ,")
        return first if describes_person(first) and opens_with_person(first) and "«" not in first else ""

    def _described_below(self, i: int):
        """The interview header heading ``i`` makes with the paragraph under it, when the heading only
        numbers its interview ("Annexe 6 – Entretien 5") and that paragraph's first sentence describes
        a person ("Pharmacienne titulaire, 47 ans, officine de quartier à Évreux (Eure). Durée : 41
        minutes."): read as "Entretien 5 – pharmacienne titulaire, …" (s28-segr48a), where one voice
        answers the interviewer; else None."""
        bare = cv.BARE_INTERVIEW_HEADER.match(" ".join(self.lines[i].text.split()))
        below = next((x.text for x in self.lines[i + 1:i + 3] if x.text.strip()), "")
        if bare is None or not below or i + 1 in self.headings:
            return None
        if len(answering_labels(self.labels)) > 1:
            return None  # several answering voices ("R", then a colleague's "R2"): the labels as printed
        first = re.split(r"(?<=[^A-Z\s][.!?])\s+(?=[A-ZÀ-Ý])", below.strip(), maxsplit=1)[0].rstrip(". ")
        # a parenthesis inside it ("à Évreux (Eure)") is one more of its details, as in a header
        first = INNER_PARENTHESIS.sub(r", \g<inner>,", first).strip(" ,")
        return interview_header(f"{bare.group('who')} – {first}") if describes_person(first) else None

    def _question_interview(self, out: dict, since: dict) -> None:
        """No interview header governs the question headings, no label: a written interview or
        interview notes whose answers are the paragraphs under first-person-answered question
        headings (fallbacks.question_headings_interview), all the person's the header or the
        opening lines name, else an unknown speaker's."""
        # (a press interview closed by "Propos recueillis par …": its questions are the journalist's, so an
        # answer need only speak, as under italic questions)
        closed = any(cv.INTERVIEW_CLOSER.match(ln.text.strip()) for ln in self.lines)
        first = question_headings_interview(self.lines, self.headings, spoken=bool(self.italic_questions) or closed)
        presented = None
        if first is None:
            # "Le Dr Iñaki Larrañaga est endocrinologue libéral à Bayonne …" right above two question
            # headings answered: a short interview the line above presents (a magazine's expert's word)
            first = question_headings_interview(self.lines, self.headings, spoken=True,
                                                least=cv.language_data().get("presented_interview_min_questions", 2))
            presented = copula_presented_person("\n".join(lead_lines(self.lines, first)[-2:])) if first is not None else None
            first = first if presented is not None else None
        if first is None and self.set_apart and not self._labelled_answers():
            first = min(self.set_apart)  # the interview was recognised by its presentation
        if first is None:
            return
        header = next((interview_header(ln.text) for ln in self.lines[:first] if interview_header(ln.text)), None)
        name, desc = (header.group("who").strip(), "") if header and not header.groupdict().get("num") else \
            interview_subject([ln.text for ln in self.lines[:first]])
        if not name and (header is None or header.groupdict().get("num")):
            # "Annexe C – Entretien n° 2" over "O2, orthophoniste libérale installée à Rohan …": the code the
            # card opens with answers (s55)
            name, desc = coded_card([ln.text for ln in self.lines[:first]]) or (name, desc)
        if not name and self.set_apart:
            # "Anne Le Goff, pharmacienne à Lannion, préside …": the chapeau presents the person
            presented, description = presented_person(lead_lines(self.lines, first))
            if not presented:
                # an e-mail's header above the questions ("De : Sophie Carré – … – Objet : …"), her signature below
                presented, description = mailed_person(lead_lines(self.lines, first), closing_lines(self.lines))
            if not presented and not description:
                # an e-mail's signature closing the answers: "Claire Berthet" over "Orthoptiste libérale"
                presented, description = interview_subject(closing_lines(self.lines))
            name, desc = presented or name, desc or description
        if not name and (closed or presented):
            # "Hélène Duval est pharmacienne titulaire … à Louviers" in the chapeau above the questions
            found = presented or copula_presented_person("\n".join(lead_lines(self.lines, first)))
            if found is not None:
                name, desc = found[0], found[2]
        who = Interviewee(name, desc, *describe(desc, self.gazetteer)) if desc else Interviewee(name)
        # a heading that asks nothing after the last question ends the interview ("Le mot de la rédaction")
        last = max((h for h in self.headings if h >= first and _question_line(self.lines[h].text)), default=first)
        end = min((h for h in self.headings if h > last and not _question_line(self.lines[h].text)
                   and h not in self.set_apart), default=len(self.lines))
        for ln in self.lines[first:end]:
            out.setdefault(ln.index, who)
            since.setdefault(ln.index, first)

    def _labelled_answers(self) -> bool:
        """Two or more paragraphs under the set-apart questions open with their own speaker's label
        ("B3 – « … »", "Mme Payet – « … »"): results set out question by question, quoting the
        people the labels name, not one person's interview (s49)."""
        below = [k + j for k in self.set_apart for j in (1, 2, 3)
                 if k + j < len(self.lines) and not any(k < h <= k + j for h in self.headings)]
        return sum(bool(LABELLED_QUOTE.match(self.lines[k].text)) for k in set(below)) >= 2

    def _asked_interview(self, h: int):
        """The person of a heading that numbers an interview ("Annexe 3. Retranscription de
        l'entretien n°3") whose questions are set as headings below it (at least two, the answers
        in the paragraphs between them), described by the card above the first question
        ("Interlocutrice : directrice des soins, centre hospitalier de Vienne (Isère)"); else None."""
        ref = cv.INTERVIEW_REF.search(self.lines[h].text)
        if ref is None or self.lines[h].text.rstrip(" »\"”").endswith("?"):
            return None
        below = sorted(k for k in self.headings if k > h)
        questions = []
        for k in below:
            if not self.lines[k].text.rstrip(" »\"”").endswith("?"):
                break
            questions.append(k)
        if len(questions) < 2:
            return None
        card = [self.lines[k].text for k in range(h + 1, questions[0])]
        values = [v.strip() for t in card for v in CARD_FIELD.split(t) if v.strip()]
        desc = next((v for v in values if describes_person(v) and normalize_role(v) not in ("autre", "inconnu")), "")
        if not desc:
            return None
        role, region, place = describe(desc, self.gazetteer)
        return Interviewee(cv.interview_speaker(str(int(ref.group("num")))), desc, role, region, place)

    # -- the line loop
    def run(self) -> list[Span]:
        lines = self.lines
        attributions = {ln.index: a for ln in lines if ln.text.strip()
                        and ln.index not in self.headings and (a := parse_attribution_line(ln.text))
                        and self.section_kinds[ln.index] not in SKIP_SECTIONS
                        # (a card in capitals opening the words of its paragraph: run_in_profiles reads it)
                        and not self.run_in_profiles.get(ln.index, ("", "", 0))[2]}
        owner = block_quotes(lines, attributions, self.headings, self.styles)
        # a dash-led line attributes only when it closes a quote ("— Anne Le Gall, coordinatrice"
        # under a plain paragraph is prose)
        lone = {i for i, a in attributions.items() if a.dash and i not in owner.values()}
        # (unless the document signs its roman extracts so, "— Infirmière libérale, 38 ans, Eymoutiers"
        # under each: segment/closing_profiles.py)
        loose = loose_signatures(lines, attributions) if lone else {}
        signed = dash_signed_paragraphs(lines, lone | set(loose)) if lone else {}
        attributions.update({i: Attribution("", None, loose[i], dash=True) for i in signed.values() if i in loose})
        lone -= set(signed.values())
        if lone:
            attributions = {i: a for i, a in attributions.items() if i not in lone}
            owner = block_quotes(lines, attributions, self.headings, self.styles)
        owner.update(signed)
        owner.update(originals(lines, owner, self.headings, self.styles))  # the italic original above a translation
        self.attributions, self.owner = attributions, owner
        self._attribution_cache: dict[int, tuple[dict, str]] = {}
        self.profiles_above: dict[int, int] | None = None  # read when a fallback quotation first needs it
        self._declare_interviews()
        self._register_attributions(attributions, owner)
        self._collect_code_descriptions()
        self.quote_boxes = self._find_quote_boxes()
        # "… si ça n'allait pas.¹" over "¹ Patiente P4, 67 ans, Gacé": a profile in a footnote (segment/noted_profiles.py)
        self.quote_boxes = {**noted_profile_boxes(self.lines, self.headings, self.gazetteer, len(self.closed_profiles)),
                            **self.quote_boxes}
        # "Odile, 58 ans, aidante de son mari, Mende" over first-person paragraphs (segment/testimony_headings.py)
        self.quote_boxes = {**testimony_boxes(self.lines, self.headings, self.gazetteer), **self.quote_boxes}
        # "Karim dit :" over short first-person lines without guillemets (easy-to-read booklet; testimony_headings.py)
        self.quote_boxes = {**said_boxes(self.lines, self.headings, self.gazetteer), **self.quote_boxes}
        # "Entretien avec Mme R., ergothérapeute" then italic questions and answers without labels (segment/described_interviews.py)
        self.quote_boxes = {**unlabelled_answer_boxes(self.lines, self.headings, self._styled_line, self.gazetteer),
                            **self.quote_boxes}
        # "Par Odile, 58 ans, dialysée à Lorient" over first-person paragraphs, or "– Yannick, 63 ans, …" under them
        self.quote_boxes = {**testimony_byline_boxes(self.lines, self.headings, self.gazetteer,
                                                     lambda i: self._intertitle([self.lines[i]], self.lines[i].start)),
                            **self.quote_boxes}
        # "Libre opinion", "Droit de réponse": a rubric's text signed "Dr Marc Perrod, médecin généraliste, …" (testimony_bylines.py)
        self.quote_boxes = {**signed_rubric_boxes(self.lines, self.headings, self._styled_line, self.gazetteer),
                            **self.quote_boxes}
        # "Encadré 2 – Le regard de la patiente partenaire" over italic paragraphs in the first person,
        # signed below them "Chantal Moreau, patiente partenaire, …" (testimony_bylines.py)
        self.quote_boxes = {**signed_box_boxes(self.lines, self.headings, self._styled_line, self.gazetteer),
                            **self.quote_boxes}
        # the words under "SYNTHÉ : Claire Roux, infirmière libérale, Lodève" (segment/lower_thirds.py)
        self.quote_boxes = {**lower_third_boxes(self.lines, self.headings, self.gazetteer), **self.quote_boxes}
        # italic comments closed by "(expert 4, 2e tour)" (segment/panel_comments.py)
        self.quote_boxes = {**panel_comment_boxes(self.lines, self.headings, self.styles, self.gazetteer),
                            **self.quote_boxes}
        # "« … » Romuald Goudeseune, Conservateur …": a quotation signed on its line (segment/signed_quotes.py)
        self.quote_boxes = {**{i: a for i, a in signed_quotes(self.lines, self.headings, self.gazetteer).items()
                               if self.section_kinds[i] not in SKIP_SECTIONS}, **self.quote_boxes}
        # "Verso : … tout arrêter. Antoine, Calvi": a card's text signed at its end (segment/signed_quotes.py)
        self.quote_boxes = {**{i: a for i, a in signed_fields(self.lines, self.headings, self.gazetteer).items()
                               if self.section_kinds[i] not in SKIP_SECTIONS}, **self.quote_boxes}
        # "… par la famille [MT]" under a key of initials: a collaborative pad (segment/signed_initials.py)
        self.quote_boxes = {**initials_boxes(self.lines, self.headings, self.ctx), **self.quote_boxes}
        # "Restitution de la table 2, par Yannick (…) :" then run-in words (segment/restitutions.py)
        self.quote_boxes = {**restitution_boxes(self.lines, self.headings, self.gazetteer), **self.quote_boxes}
        # "Question de Mickaël (kinésithérapeute, Le Port) : « … »" read out by a moderator (segment/read_questions.py)
        read_questions = read_question_boxes(self.lines, self.headings, self.gazetteer)
        self.read_question_lines = frozenset(read_questions)  # a moderator's turn stops before them (turns.py)
        self.quote_boxes = {**read_questions, **self.quote_boxes}
        # "Témoin : Léonie X, …" then "Extrait transcrit : On partait …": a record's words field (segment/field_records.py)
        self.quote_boxes = {**record_boxes(self.lines, self.headings, self.gazetteer), **self.quote_boxes}
        # "Témoin : M. Paul Girard, 41 ans, domicilié à …. « … »": a field presenting a person, then their words
        self.quote_boxes = {**presented_field_boxes(self.lines, self.headings, self.gazetteer), **self.quote_boxes}
        # "FEI n° 12 – Déclarant : aide-soignante, SSR – Description : « … »": a run-in report form (field_records.py)
        self.quote_boxes = {**run_in_record_boxes(self.lines, self.headings, self.gazetteer), **self.quote_boxes}
        # "Figure 3 – Carte mentale de E12 (…). Annotations : « … » ; « … »": words written on a figure (written_slips.py)
        self.quote_boxes = {**caption_annotation_boxes(self.lines, self.headings, self.gazetteer), **self.quote_boxes}
        # "« … »" over "Corinne B., IDEL à Maubeuge (59)", over paragraphs (segment/signature_runs.py)
        self.quote_boxes = {**{i: a for i, a in signed_below(self.lines, self.headings, self.gazetteer).items()
                               if self.section_kinds[i] not in SKIP_SECTIONS}, **self.quote_boxes}
        for i, (_, desc) in called_quotes([ln.text for ln in self.lines]).items():
            # "… (a)" resolved by "Sources : (a) coordinatrice de CPTS, Drôme ; …"
            if i not in self.quote_boxes and i not in self.headings:
                role, region, place = describe(desc, self.gazetteer)
                self.quote_boxes[i] = {"speaker": "", "role_raw": desc, "role": role, "region": region,
                                       "place": place, "attr_source": "attribution"}
        # a speaker's label alone on its line opens a turn, never a box ("00:00:11 Locuteur 2" over
        # an answer under "Entretien n° 2 : infirmière coordinatrice", s53)
        own_lines = {" ".join(t.split()) for v in self.ctx.declared_speakers.values() if v.get("own_line")
                     for t in v.get("lines", [])}
        if own_lines:
            self.quote_boxes = {i: a for i, a in self.quote_boxes.items() if " ".join(self.lines[i].text.split()) not in own_lines}
        self.annex_zone = self._annex_zone()
        self._read_scenes()  # "L'infirmière hausse les épaules :" then "— Pas encore. …" (segment/introduced_dashes.py)
        # "Nadia Benali, 41 ans, infirmière libérale à Montbard" over each portrait of a press series
        self.portrait_series = portrait_series(self.lines, self.headings, find_quotes)
        # the institutional body the masthead names, whose staff the document quotes (segment/institution_members.py)
        self.publisher = publisher_body(self.lines[0].text) if self.lines else ""
        self.current = [None]  # the named press speaker of the running section
        self.prose_run: list[TextLine] = []
        handlers = [getattr(self, h.handle) for h in HANDLERS]
        i = 0
        while i < len(lines):
            for handle in handlers:
                nxt = handle(i)
                if nxt is not None:
                    if handle.__name__ != "_h_blank":
                        self._flush_prose(self.prose_run, self.current)
                    i = nxt
                    break
            else:
                self.prose_run.append(lines[i])
                i += 1
        self._flush_prose(self.prose_run, self.current)
        self.spans.sort(key=lambda s: (s.start, s.end))
        starts = [ln.start for ln in lines]
        answer_turns(self)  # "Réponse : « … »" read as a turn in a question-and-answer record (segment/answer_records.py)
        self.spans = demote_not_speech(self.spans, lines, lambda at: bisect.bisect_right(starts, at) - 1,
                                       self.section_titles, self.text)
        self.spans = describe_from_key(self.spans, lines, self.gazetteer)  # "I3 — pharmacienne adjointe, …"
        self.spans = announced_codes(self.spans, lines, lambda at: bisect.bisect_right(starts, at) - 1, self.ctx)
        self.spans = example_roles(self.spans, lines, lambda at: bisect.bisect_right(starts, at) - 1, self.text)
        # "Recopier la mention : « Lu et approuvé … »": a formula to copy (form_formulas)
        self.spans = demote_copy_formulas(self.spans, lines, lambda at: bisect.bisect_right(starts, at) - 1, self.text)
        # "Situation fictive." above the quotations of an exam paper's case: made up, nobody's (form_formulas)
        self.spans = demote_fiction(self.spans, lines, lambda at: bisect.bisect_right(starts, at) - 1,
                                    self.headings)
        # "« Parlez-moi de … »" under "Guide d'entretien": the interviewer's script (form_formulas)
        self.spans = demote_guide_script(self.spans, lines, lambda at: bisect.bisect_right(starts, at) - 1,
                                         self.headings)
        # "« … » : notre signature sera reprise …": an organisation's tagline, nobody's (segment/mottos.py)
        self.spans = demote_named_mottos(self.spans, lines, lambda at: bisect.bisect_right(starts, at) - 1)
        # "Touche 1 : « … »", "Inject 2 – … : « … »": a script's or a form's item, unattributed (segment/field_labels.py)
        self.spans = demote_field_quotes(self.spans, lines, lambda at: bisect.bisect_right(starts, at) - 1, self.text)
        # "US-05 : En tant que médecin traitant, je veux …": a specification's user stories (segment/user_stories.py)
        self.spans = demote_user_stories(self.spans, lines, lambda at: bisect.bisect_right(starts, at) - 1)
        # "Écoutez puis lisez." above "Le patient : …": a textbook's model dialogue (segment/lesson_dialogues.py)
        self.spans = demote_lesson_dialogues(self.spans, lines, lambda at: bisect.bisect_right(starts, at) - 1, self.text,
                                             self.headings)
        # "D : Le patient dit : « … »" in targeted nursing notes (segment/care_notes.py)
        self.spans = demote_care_notes(self.spans, lines, lambda at: bisect.bisect_right(starts, at) - 1, self.text)
        # "• « Je sais … »" under "Nous avons ainsi noté :": a questionnaire's items (segment/questionnaire_items.py)
        self.spans = demote_questionnaire_items(self.spans, lines, lambda at: bisect.bisect_right(starts, at) - 1)
        # « Je m'occupe de ma mère depuis… » under "Voici quelques débuts de phrases :": offered to the reader (segment/addressed_examples.py)
        self.spans = demote_addressed_examples(self.spans, lines, lambda at: bisect.bisect_right(starts, at) - 1)
        # one remark per paragraph between "(la personne descend …)" in a user test's notes (segment/think_aloud_notes.py)
        self.spans = think_aloud_spans(self.spans, lines, set(self.headings), lambda a, b: self.styles.share(a, b, "italic"),
                                       self.text, lambda: self.ctx.code_attrs(""))
        # italic blocks without guillemets under "Dr B., généraliste, 58 ans, Digne :", a document's convention (segment/styled_speech.py)
        self.spans = styled_speech_spans(self.spans, self.text, lines, self.styles, self.headings, self.section_kinds, self.ctx,
                                         self.gazetteer)
        return self.spans

    def _find_quote_boxes(self) -> dict[int, dict]:
        """line index -> speaker attributes of a quote paragraph under a box title that describes
        its speaker ("Verbatim n°12 — médecin généraliste, Grand Est" then « … »)."""
        boxes = {}
        for h in sorted(self.headings):
            witness = self._witness_quotes(h)
            if witness:
                boxes.update(witness)
                continue
            m = cv.QUOTE_BOX_TITLE.match(" ".join(self.lines[h].text.split()))
            if not m:
                continue
            coded = self._coded_box(h, m.group("desc"))
            if coded:
                boxes.update(coded)
                continue
            # "Encadré 4 – MED-C1, médecin régulateur …": the code first names who speaks (s55)
            fields = description_fields(m.group("desc"))
            code = fields[0] if len(fields) > 1 and BOX_CODE.fullmatch(fields[0]) else ""
            desc = ", ".join(fields[1:]) if code else m.group("desc").strip()
            # (a trade outside the vocabulary as well: "Agent de santé communautaire, Ouanary")
            trade = bool(fields) and names_a_trade(description_fields(desc)[0]) if desc else False
            if not desc or not (_names_a_function(desc) or trade):
                continue
            j = h + 1
            while j < len(self.lines) and not self.lines[j].text.strip():
                j += 1
            if j >= len(self.lines) or j in self.headings or not _whole_quote(self.lines[j].text):
                continue
            role, region, place = describe(desc, self.gazetteer)
            if role in ("autre", "inconnu") and trade:
                role = "autre"
            boxes[j] = {"speaker": code, "role_raw": desc, "role": role, "region": region, "place": place,
                        "attr_source": "attribution"}
        # "Portrait – Anrifa, 41 ans", a paragraph presenting her, then her unattributed quotations (testimony_headings.py)
        taken = set(self.attributions) | set(self.owner) | set(self.owner.values())
        return {**portrait_boxes(self.lines, self.headings, self.gazetteer, find_quotes, taken), **boxes}

    def _coded_box(self, h: int, desc: str) -> dict[int, dict]:
        """"Extrait 1 – MG4" (a numbered extract's title naming a participant's code the document
        defines: a table, a list, a key) above a quotation, over one paragraph or several (the
        French way: the last closes it): line index of its first paragraph -> the code's
        attributes, "_last" its last paragraph."""
        code = desc.strip().rstrip(".")
        if not code or not self.ctx.knows(code):
            return {}
        j = h + 1
        while j < len(self.lines) and not self.lines[j].text.strip():
            j += 1
        if j >= len(self.lines) or j in self.headings or not self.lines[j].text.lstrip().startswith(("«", "“")):
            return {}
        last = j
        while not _closes_quote(self.lines[last].text):
            last += 1
            if last >= len(self.lines) or last in self.headings or last - j >= MAX_BOX_PARAGRAPHS:
                return {}
        if last == j and not _whole_quote(self.lines[j].text):
            return {}
        attrs = {**self.ctx.code_attrs(code), "_last": last}
        attrs["attr_source"] = attrs.get("attr_source") or "attribution"
        return {j: attrs}

    def _witness_quotes(self, h: int) -> dict[int, dict]:
        """A heading naming a witness and describing them ("Julien Marchal, 34 ans,
        kinésithérapeute à Pontivy (Morbihan)"), then paragraphs of quotation with no verb: line
        index of the first -> their attributes, "_last" the index of the last paragraph of the
        quotation (a quote over paragraphs in the French way: each opens with «, the last closes)."""
        text = " ".join(self.lines[h].text.split())
        # "Note vocale – Zaïnaba (prénom modifié), Chiconi [0:48]", "Réponse enregistrée par le Dr Anli, médecin …"
        boxed = boxed_pseudonym(text) or boxed_reply(text)
        if boxed is not None:
            return self._boxed_quotes(h, *boxed)
        # "Le regard du Dr Sophie Martel, rhumatologue à Dole": an expert's rubric (s33-segr58b)
        person = rubric_person(text)
        if person is None:
            name = cv.NAME.match(text)
            desc = re.match(r"\s*,\s*(?P<desc>\S.{2,150})$", text[name.end():]) if name else None
            if desc and describes_person(desc.group("desc")) \
                    and normalize_role(desc.group("desc")) not in ("autre", "inconnu"):
                person = (name.group("name"), desc.group("desc").strip())
        if person is None and self._quoted_collection:
            # "Martine, 58 ans, Hyères (Var)" in a collection of quoted testimonies (s33-segr58b)
            person = heading_person(text)
        if person is None:
            return {}
        speaker, described = person
        role, region, place = describe(described, self.gazetteer)
        if role in ("", "autre", "inconnu"):
            role = cv.language_data().get("portrait_box_role", "autre")
        out, j = {}, h + 1
        if self._quoted_collection and self._styled_line(j):
            j = after_caption(self.lines, self.headings, j)  # a cartel's caption in italics above the words (s41)
        while j < len(self.lines) and j not in self.headings and self.lines[j].text.lstrip().startswith("«"):
            if out and self._styled_line(j) != self._styled_line(min(out)):
                break  # a quotation set otherwise (a slogan in italics after the words): no more the witness's
            first = j
            # a quote over paragraphs: each later one opening with «, or (s33-segr58b) holding no
            # guillemet that opens, up to the one that closes it
            while not _closes_quote(self.lines[j].text) and j + 1 < len(self.lines) and j + 1 not in self.headings \
                    and (self.lines[j + 1].text.lstrip().startswith("«") or "«" not in self.lines[j + 1].text):
                j += 1
            if not _closes_quote(self.lines[j].text):
                break
            out[first] = {"speaker": speaker, "role_raw": described, "role": role,
                          "region": region, "place": place, "attr_source": "attribution", "_last": j}
            j += 1
        return out

    @cached_property
    def _quoted_collection(self) -> bool:
        """Whether the document is a collection of quoted testimonies (testimony_headings.quoted_collection)."""
        return quoted_collection(self.lines, self.headings)

    def _boxed_quotes(self, h: int, name: str, desc: str) -> dict[int, dict]:
        """The quotation paragraphs right under a box heading that names a person by a pseudonym ("Note
        vocale – Zaïnaba (prénom modifié), Chiconi [0:48]"; testimony_headings.boxed_pseudonym): that
        person's, each closed by its guillemet or by a note after it ("» (traduit du shimaoré)"); their
        role the description's, else a box's person of no function (portrait_box_role; s28-segr47d)."""
        role, region, place = describe(desc, self.gazetteer) if desc else ("inconnu", "", "")
        if role in ("autre", "inconnu"):
            role = cv.language_data().get("portrait_box_role", "autre")
        out, j = {}, h + 1
        while j < len(self.lines) and j not in self.headings and self.lines[j].text.lstrip().startswith("«") \
                and _closes_quote(without_closing_parenthesis(self.lines[j].text.rstrip())):
            out[j] = {"speaker": name, "role_raw": desc, "role": role, "region": region, "place": place,
                      "attr_source": "attribution", "_last": j}
            j += 1
        return out

    def _styled_line(self, i: int) -> bool:
        """Whether line i is set in italics or bold over most of its length."""
        ln = self.lines[i]
        return any(self.styles.share(ln.start, ln.end, style) >= 0.9 for style in ("italic", "bold"))

    def _h_quote_box(self, i: int) -> int | None:
        if i not in self.quote_boxes:
            return None
        self._flush_prose(self.prose_run, self.current)
        attrs = dict(self.quote_boxes[i])
        last = attrs.pop("_last", i)
        start = self.lines[i].start + attrs.pop("_from", 0)
        if start > self.lines[i].start:  # the paragraph presenting the speaker, joined to the quotation by extraction
            self.spans.append(Span(self.lines[i].start, start, "narrative"))
        to = attrs.pop("_to", None)
        if to is None:
            self.spans.append(Span(start, self.lines[last].end, "verbatim", attrs))
            return last + 1
        # the words, then the signature closing their line (segment/signed_initials.py), or the
        # author's next paragraph the extraction ran onto it (testimony_headings.possessive_person)
        end = self.lines[last].start + to
        self.spans.append(Span(start, end, "verbatim", attrs))
        tail = attrs.pop("_tail", "attribution")
        self.spans.append(Span(end, self.lines[last].end, tail, dict(attrs) if tail == "attribution" else {}))
        return last + 1

    def _collect_code_descriptions(self) -> None:
        """What coded parentheses anywhere say of a code ("(I9, Lyon)", "[I7, médecin généraliste,
        Creuse]"), for that code's turns and bare mentions."""
        for m in re.finditer(r"[(\[]\s*(?P<code>[A-ZÉ]{1,5}\d{1,3})\s*,\s*(?P<rest>[^()\[\]]{2,100})[)\]]", self.text):
            if not cv.GROUP_CODE.match(m.group("code")):
                self.ctx.code_descriptions[m.group("code")].append(m.group("rest").strip())
        for m in cv.CODE_CARD.finditer(self.text):
            code, desc = " ".join(m.group("code").split()), m.group("rest").strip()
            if not describes_person(desc):
                continue
            interview = cv.INTERVIEW_CODE.fullmatch(code)
            if interview is None:
                self.ctx.code_descriptions[code].append(desc)  # "Entretien GP3. Médecin généraliste, …"
                continue
            num = str(int(interview.group("num")))
            if num not in self.ctx.cards and num not in self.ctx.declared:
                role, region, place = describe(desc, self.gazetteer)
                self.ctx.declared[num] = (desc, role, region, place)

    # -- handlers (see HANDLERS); each appends spans *before* the prose run is flushed, so the
    # flush happens first: handlers only touch lines they take
    def _h_heading(self, i: int) -> int | None:
        if i not in self.headings:
            return None
        self._flush_prose(self.prose_run, self.current)
        self.current[0] = None
        if i in self.portrait_series:
            # "Thomas Girardot, 55 ans, pharmacien à Semur-en-Auxois" heading one portrait of a series:
            # the quotations below, without a verb of saying, are his (segment/testimony_headings.py)
            name, desc = self.portrait_series[i]
            person = self.ctx.person(name)
            if desc not in person.descriptions:
                person.descriptions.append(desc)
            self.current[0] = person
        ln = self.lines[i]
        hend = self.headings[i]
        who = self.interviewees.get(i)
        question = who is not None and ln.text.rstrip(" »\"”").endswith("?")
        self.spans.append(Span(ln.start, hend, "moderator" if question else "heading",
                               {"speaker": "", "role_raw": ""} if question else {}))
        if self.text[hend:ln.end].strip():
            self.spans.append(Span(hend, ln.end, "narrative"))
        return i + 1

    def _h_blank(self, i: int) -> int | None:
        return i + 1 if not self.lines[i].text.strip() else None

    def _h_system_line(self, i: int) -> int | None:
        """A line the meeting tool or the messaging application wrote ("… a rejoint la réunion"):
        no one's words (segment/system_lines.py)."""
        ln = self.lines[i]
        if not system_line(ln.text):
            return None
        self._flush_prose(self.prose_run, self.current)
        self.spans.append(Span(ln.start, ln.end, "other"))
        sender = attachment_sender(ln.text)
        nxt = self.lines[i + 1] if i + 1 < len(self.lines) else None
        note = re.match(r"\s*\[[^\[\]]{1,80}\]\s*", nxt.text) if sender and nxt is not None else None
        if note is None or not nxt.text[note.end():].strip() or system_line(nxt.text):
            return i + 1
        # a voice note sent as a file, its words transcribed under it in brackets by the author
        # ("[Transcription automatique, 0:48] Bonjour à tous, …"): the sender's words
        words = nxt.text[note.end():]
        kind, attrs = self._label_turn(sender, words, i + 1)
        self.spans.append(Span(nxt.start, nxt.start + note.end(), "other"))
        self.spans.append(Span(nxt.start + note.end(), nxt.end, kind, dict(attrs)))
        return i + 2

    def _h_skipped(self, i: int) -> int | None:
        if self.section_kinds[i] not in SKIP_SECTIONS:
            return None
        self._flush_prose(self.prose_run, self.current)
        ln = self.lines[i]
        self.spans.append(Span(ln.start, ln.end, "note" if self.section_kinds[i] == "notes" else "other"))
        return i + 1

    def _h_annex(self, i: int) -> int | None:
        if i not in self.annex_zone:
            return None
        self._flush_prose(self.prose_run, self.current)
        self._annex_line(self.lines[i])
        return i + 1

    def _h_participant_row(self, i: int) -> int | None:
        if i not in self.ctx.participant_lines:
            return None
        # a participant table row: declares the speaker and their role (speakers.csv)
        self._flush_prose(self.prose_run, self.current)
        ln = self.lines[i]
        label, _ = self.ctx.participant_lines[i]
        attrs = self.speaker_attrs(label)
        self.spans.append(Span(ln.start, ln.end, "other", {**attrs, "_declared": True}))
        return i + 1

    def _h_attribution(self, i: int) -> int | None:
        if i not in self.attributions:
            return None
        self._flush_prose(self.prose_run, self.current)
        self._attribution_line(self.lines[i], self.attributions[i], self.owner)
        return i + 1

    def _h_block_quote(self, i: int) -> int | None:
        if i not in self.owner:
            return None
        self._flush_prose(self.prose_run, self.current)
        return self._block_quote(i, self.owner)

    def _h_stage(self, i: int) -> int | None:
        ln = self.lines[i]
        if not cv.STAGE.match(ln.text.strip()):
            return None
        self._flush_prose(self.prose_run, self.current)
        self.spans.append(Span(ln.start, ln.end, "moderator", {"speaker": self._moderator_label(), "role_raw": ln.text.strip()}))
        return i + 1

    def _moderator_label(self) -> str:
        """The moderator's label in this document (for stage directions), or ''."""
        mods = [v for v in self.labels.values() if v.kind == "moderator"]
        return max(mods, key=lambda v: len(v.lines)).label if mods else ""

    def _h_annex_row(self, i: int) -> int | None:
        ln = self.lines[i]
        row = cv.ROW.match(ln.text)
        if not (row and self._row_ok(row, i)):
            return None
        self._flush_prose(self.prose_run, self.current)
        self._annex_row(ln, row)
        return i + 1

    def _h_turn(self, i: int) -> int | None:
        if not self._turn_label(self.lines[i]):
            return None
        self._flush_prose(self.prose_run, self.current)
        return self._turn_block(i)

    def _declare_interviews(self) -> None:
        """Interview identities declared by headings ("… entretien E4 (pharmacienne, 52 ans,
        Lanester)"), for interviews without a card."""
        for h, hend in sorted(self.headings.items()):
            for m in cv.INTERVIEW_DECLARATION.finditer(self.text[self.lines[h].start:hend]):
                code = cv.INTERVIEW_CODE.fullmatch(m.group("ref"))
                num = str(int(code.group("num") if code else re.search(r"\d+", m.group("ref")).group(0)))
                desc = m.group("desc").strip()
                if num in self.ctx.cards or num in self.ctx.declared or not describes_person(desc):
                    continue
                role, region, place = describe(desc, self.gazetteer)
                self.ctx.declared[num] = (desc, role, region, place)
        # a closing list of the people met by number, under its heading: "12 – directrice du DAC
        # du Tarn, Albi" is interview 12's person, at least two such lines in a row
        for h in sorted(self.headings):
            if not cv.MET_LIST_HEADING.search(self.lines[h].text):
                continue
            entries, k = [], h + 1
            while k < len(self.lines) and (m := cv.MET_LIST_ENTRY.match(self.lines[k].text.strip())):
                entries.append((str(int(m.group("num"))), m.group("desc").strip().rstrip(".")))
                k += 1
            if len(entries) < 2:
                continue
            for num, desc in entries:
                if num in self.ctx.cards or num in self.ctx.declared or not describes_person(desc):
                    continue
                role, region, place = describe(desc, self.gazetteer)
                self.ctx.declared[num] = (desc, role, region, place)

    def _register_attributions(self, attributions: dict[int, Attribution], owner) -> None:
        quotes_of: dict[int, list[int]] = defaultdict(list)
        for q, a in owner.items():
            quotes_of[a].append(q)
        for a, attr in attributions.items():
            if attr.num is None or not attr.rest:
                continue
            role_raw, role, region, place, _ = self._describe_attribution(attr)
            num = attr.num
            self.ctx.attr_roles[num][role] += 1
            if attr.dash and region:
                self.ctx.attr_places[num][(region, place)] += 1
            for q in quotes_of.get(a, []):
                self.ctx.attr_texts[num].append((_text_key(self.lines[q].text), role_raw, role))

    def _describe_attribution(self, attr: Attribution) -> tuple[str, str, str, str, str]:
        """(role_raw, role, region, place, tail) of an attribution line's description."""
        if not attr.dash:
            return self._parse_rest(attr.rest or "", attr.num)
        role, region, place = describe(attr.rest, self.gazetteer)
        if unidentified(attr.rest):  # "— Voix masculine depuis la pièce voisine": no one the document names
            role = "inconnu"
        elif role in ("autre", "inconnu") and attr.speaker in self.ctx.participants:
            role = normalize_role(self.ctx.participants[attr.speaker])
        if not region and attr.num in self.ctx.cards:
            region = self.ctx.cards[attr.num].region
        return attr.rest, role, region, place, ""

    def _parse_rest(self, rest: str, num: str) -> tuple[str, str, str, str, str]:
        """(role_raw, role, region, place, tail) of "Pharmacienne – Région C, CPTS 2[ tail]"."""
        rest = rest.strip().rstrip(")")
        tail = ""
        m = cv.ATTR_REST.match(rest)
        if m:
            tail = m.group("tail") or ""
            desc = rest[:len(rest) - len(tail)].strip()
        else:
            desc = rest
        if not desc:
            role_raw, role, region = self.ctx.interview_identity(num, None)
            return role_raw, role, region, "", tail
        region, place = resolve_region(desc, self.gazetteer)
        if not region and num in self.ctx.cards:
            region = self.ctx.cards[num].region
        return desc, normalize_role(desc), region, place, tail

    # -- block quotes closed by an attribution line
    def _attribution_attrs(self, a: int) -> tuple[dict, str]:
        """(speaker attributes, trailing text) of attribution line a, computed once: the line
        and the block quote above it share them."""
        if a not in self._attribution_cache:
            role_raw, role, region, place, tail = self._describe_attribution(self.attributions[a])
            speaker = self.attributions[a].speaker
            code = role_raw.strip(" ()[]")
            known = _coded_parenthesis(code, "", self.ctx) \
                if role in ("autre", "inconnu") and speaker in ("", code) and self.ctx.knows(code) else None
            if known:
                # "(MG1)", "(M6)" alone on the line under the quote: the code read as in a parenthesis after it
                speaker = known.get("speaker") or code
                role = known.get("role") or role
                if not region:
                    region, place = known.get("region", ""), known.get("place", "")
            self._attribution_cache[a] = ({"speaker": speaker, "role_raw": role_raw,
                                           "role": role, "region": region, "place": place}, tail)
        return self._attribution_cache[a]

    def _attribution_line(self, ln: TextLine, attr: Attribution, owner: dict[int, int]) -> None:
        attrs, tail = self._attribution_attrs(ln.index)
        tail_start = ln.end
        if tail.strip():
            tail_start = ln.start + ln.text.rfind(tail.strip())
        self.spans.append(Span(ln.start, tail_start, "attribution", dict(attrs)))
        if tail.strip():
            t = tail.strip()
            # a heading glued to the line ("CPTS 2 b. La structuration ...") or the rest of the quote
            kind = "heading" if re.match(r"^[a-z0-9]\.\s+[A-ZÉ]", t) else "verbatim"
            self.spans.append(Span(tail_start, ln.end, kind, dict(attrs) if kind == "verbatim" else {}))

    def _block_quote(self, i: int, owner: dict[int, int]) -> int:
        a = owner[i]
        group_start = None
        while i in owner and owner[i] == a:
            ln = self.lines[i]
            t = ln.text.strip()
            if _interviewer(t):
                if group_start is not None:
                    self.spans.append(Span(group_start, self.lines[i - 1].end, "verbatim", dict(self._attribution_attrs(a)[0])))
                    group_start = None
                m = re.match(r"^\s*[^:]{1,25}?\s*:\s*", ln.text)
                # the question, and an answer on the same line after it
                answer = re.search(r"»\s*(?=«)", ln.text)
                end = ln.start + answer.end() if answer else ln.end
                self.spans.append(Span(ln.start, end, "moderator", {"speaker": m.group(0).split(":")[0].strip()}))
                if answer:
                    self.spans.append(Span(end, ln.end, "verbatim", dict(self._attribution_attrs(a)[0])))
            else:
                if group_start is None:
                    group_start = ln.start
            i += 1
        if group_start is not None:
            self.spans.append(Span(group_start, self.lines[i - 1].end, "verbatim", dict(self._attribution_attrs(a)[0])))
        return i

    # -- focus-group turns
    # -- prose with inline quotes
    def _flush_prose(self, run: list[TextLine], current: list) -> None:
        if not run:
            return
        groups: list[list[TextLine]] = [[run[0]]]
        for ln in run[1:]:
            if ln.index == groups[-1][-1].index + 1:
                groups[-1].append(ln)
            else:
                groups.append([ln])
        for group in groups:
            a, b = group[0].start, group[-1].end
            chunk = self.text[a:b]
            quotes = join_continued(chunk, find_quotes(chunk))  # '"… ⏎"… ."' over paragraphs (segment/continued_quotes.py)
            # "« … » Puis, plus fort : « … »": one person's words over a pause (segment/resumed_quotes.py)
            quotes = join_resumed(chunk, quotes)
            # "Florence : « … »" then "« … »" alone below: her words over two paragraphs (segment/continued_quotes.py)
            quotes = join_labelled(chunk, quotes, self.ctx.knows)
            # "« … » (traduction : …), dit-elle": the translation part of the quotation (segment/translation_parentheses.py)
            quotes = join_translations(chunk, quotes)
            # (none where the document says its italics are the author's own notes: fallbacks.declares_own_notes)
            italics = [] if self.own_notes else self._italic_passages(a, b, quotes)
            passages = closed_passages(group, self.closed_profiles, a) if self.closed_profiles else {}
            # a short phrase the informant reports inside the closed words is theirs to report, no
            # quotation of its own ("… qu'avec « elle n'est pas bien ». (IDEL 3, 29 ans, rural)"; s52)
            quotes = [(qa, qb) for qa, qb in quotes
                      if not any(p[0] < qa and qb < p[1] and not quoting(chunk[p[0]:p[1]], closing_settings())
                                 for p in passages)]
            closed = {p: codes for p, codes in passages.items() if not any(qa < p[1] and p[0] < qb for qa, qb in quotes)}
            if closed:
                italics = sorted(set(italics) | set(closed))
            # "Aicí soi nascut … ⏎[« Ici je suis né … »]": the original and its translation (segment/translated_quotes.py)
            quotes, italics = join_bracketed(chunk, quotes, italics)
            bolds = bold_passages(group, self.bold_quotes, a)
            # "Le Dr X prend la parole : Depuis …": words without marks (segment/unquoted_speech.py)
            unquoted = unquoted_speech(chunk, quotes)
            profiled = profile_passages(group, self.run_in_profiles, a) if self.run_in_profiles else {}
            led = led_passages(group, self.led_blocks, a) if self.led_blocks else {}
            if led:
                italics = [(ia, ib) for ia, ib in italics if not any(ia < pb and pa < ib for pa, pb in led)]
            if self.slashed_profiles:
                profiled.update(slashed_passages(group, self.slashed_profiles, a))
                italics = [(ia, ib) for ia, ib in italics if not any(ia < pb and pa < ib for pa, pb in profiled)]
            quotes = sorted(quotes + italics + unquoted + bolds + list(profiled) + list(led))
            # a named person who speaks ("X, qui l'a présidée, indique", "Pour X,") becomes the
            # section's current speaker from the point where the text names them
            names = speaking_names(chunk) if self.ctx.named_speakers else []
            events = sorted([(m.start(), "name", m) for m in names]
                            + [(qa, "quote", (qa, qb)) for qa, qb in quotes], key=lambda e: e[0])
            calls: list[tuple[int, int, QuoteCall]] = []
            for pos, kind, item in events:
                if kind == "name":
                    if not any(qa <= pos < qb for qa, qb in quotes):
                        current[0] = self.ctx.person(item.group("name"))
                    continue
                qa, qb = item
                calls.append((qa, qb, classify_quote(self.text, a + qa, a + qb, self.ctx, current,
                                                     italic=(qa, qb) in italics)))
                if (qa, qb) in unquoted and not calls[-1][2].verbatim:
                    floor = floor_speaker(chunk[chunk.rfind("\n", 0, qa) + 1:qa + 1], self.ctx_texts, self.ctx.gazetteer,
                                          self.ctx)
                    calls[-1] = (qa, qb, QuoteCall(floor is not None, floor or {}))
                if (qa, qb) in profiled:
                    calls[-1] = (qa, qb, profile_call(profiled[(qa, qb)], calls[-1][2], self.gazetteer))
                if (qa, qb) in led:
                    calls[-1] = (qa, qb, led_call(led[(qa, qb)], self.gazetteer))
                if closed.get((qa, qb)):  # "… [E9 et E10]": two participants answering together
                    calls[-1] = (qa, qb, QuoteCall(True, joint_attrs(closed[(qa, qb)])))
            # "Q1", "Q2", assure-t-il: a quote chained to an attributed one shares its speaker
            for k in range(len(calls) - 2, -1, -1):
                qa, qb, call = calls[k]
                na, _, nxt = calls[k + 1]
                if not call.verbatim and nxt.verbatim and (qa, qb) not in italics \
                        and (QUOTE_JOIN_GAP.fullmatch(chunk[qb:na]) or chained_gap(chunk[qb:na])) \
                        and not introduced_apart(chunk, qa, qb, na):  # segment/continued_quotes.py
                    if self.ctx.qualitative and led_on_its_line(chunk, qa, qb, na):
                        # "X l'explique ainsi : « … »" over "« … » (Y, …)": not Y's words; the study's
                        # fallback reads the lead-in (segment/continued_quotes.py)
                        continue
                    calls[k] = (qa, qb, QuoteCall(True, {key: v for key, v in nxt.attrs.items()}))
            # "P2 craint par exemple que … « … »" where quotes close on "(P7)" (segment/attributions.py)
            designated = frozenset(self.ctx.participants)
            # (not a term the sentence names as a verb's object, "IDE2 décrit « la coordination »")
            calls = [(qa, qb, c if quoted_term(chunk[:qa], chunk[qa:qb].strip("«»“”\" ")) else
                      coded_subject_call(self.text, a + qa, c, lambda code: _coded_parenthesis(code, "", self.ctx),
                                         designated, self.ctx.defined_codes)) for qa, qb, c in calls]
            # "Le Dr Audren, …, rappelle que … Il ajoute : « … »": the paragraph's subject (segment/attributions.py)
            calls = [(qa, qb, subject_call(chunk[chunk.rfind("\n", 0, qa) + 1:qa], c, self.gazetteer,
                                           self._section_before(a + qa), chunk[qb:qb + 80])) for qa, qb, c in calls]
            # "« … »" as a headline over "Lucie Moreau, sage-femme à Vierzon, …" (segment/attributions.py)
            calls = [(qa, qb, headline_call(chunk, qa, qb, c, self.gazetteer)) for qa, qb, c in calls]
            # "Nadia Benali est coordinatrice … Son credo : « … »": who the sentences before present (segment/attributions.py)
            calls = [(qa, qb, possessive_call(chunk[:qa], c, self.gazetteer)) for qa, qb, c in calls]
            # "« … », poursuit l'élue" after "Marie-Josée Barthélémy, adjointe au maire …" (segment/anaphoric_speakers.py)
            calls = [(qa, qb, anaphoric_call(self, a + qa, c)) for qa, qb, c in calls]
            # "L'infirmière libérale Ketty Rosier ne cache pas sa satisfaction : « … »" (segment/colon_subjects.py)
            calls = [(qa, qb, colon_subject_call(chunk[chunk.rfind("\n", 0, qa) + 1:qa], chunk[qa:qb], c, self.gazetteer,
                                                 self._section_before(a + qa, 400).rstrip().rsplit("\n", 1)[-1],
                                                 self.ctx.qualitative, self.text[max(0, a + qa - 3000):a + qa]))
                     for qa, qb, c in calls]
            # "Observation du Dr Lefebvre, relevée à sa demande : « … »" (segment/intervention_labels.py)
            calls = [(qa, qb, _intervention_call(chunk[chunk.rfind("\n", 0, qa) + 1:qa], c, self.gazetteer))
                     for qa, qb, c in calls]
            # "Elle poursuit : « … »", "« … », ajoute-t-il": the unnamed speaker of the quote before
            for k, (qa, qb, call) in enumerate(calls):
                if call.verbatim or not call.attrs.get("_pronoun"):
                    continue
                # "SF3, qui exerce en MSP, décrit … Elle poursuit :" over the quotation: the person the
                # pronoun's sentence stands for, named in its paragraph, before the quote before (s50)
                referent = colon_pronoun_subject(quotation_lead(self.text, a + qa), self.gazetteer)
                if referent is not None and referent["speaker"]:
                    calls[k] = (qa, qb, QuoteCall(True, referent))
                    continue
                before = [c for _, _, c in calls[:k] if c.verbatim]
                last = before[-1].attrs if before else self._last_quote(a + qa)
                if last is None and not chunk[chunk.rfind("\n", 0, qa) + 1:qa].strip():
                    # "« … », explique-t-elle" opening its paragraph and a piece's quotations (a slogan
                    # before it at most): the one person its chapeau presents (segment/anaphoric_speakers.py)
                    window = self._section_before(a + qa, 1500)
                    if not any(n_words(q) >= 5 for q in re.findall(r"«([^«»]*)»", window)):
                        last = sole_person_before(window, self.gazetteer)
                if last is not None:
                    calls[k] = (qa, qb, QuoteCall(True, {key: v for key, v in last.items() if key != "_pronoun"}))
            # "« Mont a ra … », annonce la vieille dame, avant de traduire elle-même : « Le cœur … »": the
            # speaker's own translation, a second utterance of hers (segment/translation_parentheses.py)
            for k in range(1, len(calls)):
                pa, pb, prev = calls[k - 1]
                qa, qb, call = calls[k]
                if prev.verbatim and not call.verbatim and self_translation(chunk[pb:qa]):
                    calls[k] = (qa, qb, QuoteCall(True, {key: v for key, v in prev.attrs.items() if key != "_pronoun"}))
            # "Et de conclure : « … »": the person the piece follows (segment/closing_infinitives.py)
            calls = closing_calls(self, a, calls, QuoteCall)
            if self.closed_profiles:
                # "… on s'adapte. (Laurent)": the person an earlier closing profile described (segment/closing_profiles.py)
                earlier = [s.attrs for s in self.spans if s.kind == "verbatim"]
                for k, (qa, qb, c) in enumerate(calls):
                    if c.verbatim:
                        calls[k] = (qa, qb, QuoteCall(True, named_again(c.attrs, earlier), c.attribution))
                        earlier.append(calls[k][2].attrs)
            # "« … » (la même)": the speaker of an earlier quotation (segment/parenthesis_references.py)
            calls = resolve_same_speakers(calls, [s.attrs for s in self.spans if s.kind == "verbatim"])
            # "Photo 14, choisie par une aide-soignante : « … »": the participle's agent (segment/agent_leads.py)
            calls = [(qa, qb, agent_call(self, a + qa, a + qb, c)) for qa, qb, c in calls]
            # "Profil : kinésithérapeute, Forcalquier" then "Extrait : « … »" (segment/extract_cards.py)
            calls = [(qa, qb, card_call(self, a + qa, a + qb, c)) for qa, qb, c in calls]
            # "Maëlle, 29 ans, et Josiane, 61 ans, …" then "La seconde, …, nuance : « … »" (segment/ordinal_speakers.py)
            calls = [(qa, qb, ordinal_call(self, a + qa, a + qb, c)) for qa, qb, c in calls]
            # "« … » (MG n° 2, rural)": a number-marked code (segment/number_mark_codes.py)
            calls = [(qa, qb, number_code_call(self, a + qa, a + qb, c)) for qa, qb, c in calls]
            # "« … » (MG/19/03)": a slash code, its département (segment/slash_codes.py)
            calls = [(qa, qb, slash_code_call(self, a + qa, a + qb, c)) for qa, qb, c in calls]
            # 'Rép. 148 (pharmacienne, Cayenne) : "…"': the respondent's number (segment/numbered_leads.py)
            calls = [(qa, qb, numbered_lead_call(self, a + qa, a + qb, c)) for qa, qb, c in calls]
            # "06 h 52 – IDE nuit → IDE jour : « … »": a logged handover utterance (segment/dated_entries.py)
            calls = [(qa, qb, logged_call(self, a + qa, a + qb, c)) for qa, qb, c in calls]
            # "2 juillet – JBR : « … »": a logbook's dated line, a code its key explains (segment/dated_entries.py)
            calls = [(qa, qb, dated_code_call(self, a + qa, c)) for qa, qb, c in calls]
            # "¹ « … » Technicien de fouille, secteur 2.": a footnote's quotation and its source (segment/noted_quotes.py)
            calls = [(qa, qb, noted_call(self, a + qa, a + qb, c)) for qa, qb, c in calls]
            # "Contribution n° 12 (URPS infirmiers libéraux) : « … »": a written contribution's author (segment/numbered_contributions.py)
            calls = [(qa, qb, contribution_call(self, a + qa, a + qb, c)) for qa, qb, c in calls]
            # "Le premier message pose le cadre : « 1/6 … »": a thread's post, its publisher's (segment/thread_posts.py)
            calls = [(qa, qb, thread_post_call(self, a + qa, a + qb, c)) for qa, qb, c in calls]
            # "(4) O2 : « … »": a numbered example led by a known code (segment/fallbacks.py)
            calls = [(qa, qb, self._example_code(a + qa, a + qb, c)) for qa, qb, c in calls]
            # "Verbatim (Dr Lenoir) : « … »": the person a box tag names (segment/framed_quotes.py)
            calls = [(qa, qb, tagged_call(self.text, a + qa, c, self.ctx)) for qa, qb, c in calls]
            # "Kylian (16 ans) me confie : « … »": who speaks to the author (segment/attributions.py)
            calls = [(qa, qb, confided_call(self, a + qa, a + qb, c)) for qa, qb, c in calls]
            if self.column_rows:
                # "Genèse | Qui a pris … ? | « … » | Pharmacien titulaire, Guéret" under "… | Interlocuteur"
                calls = [(qa, qb, self._column_speaker(a + qa, a + qb, call)) for qa, qb, call in calls]
            if self.name_rows:  # "| Karima B. | mère | « … » |" under "| Personne | Lien | Ce qu'elle a dit |"
                calls = [(qa, qb, self._named_row_speaker(a + qa, a + qb, call)) for qa, qb, call in calls]
            if bolds:  # "Il me confie :" then bold words (segment/bold_quotes.py)
                calls = [(qa, qb, bold_quote_call(self, a + qa, a + qb, c) if (qa, qb) in bolds else c) for qa, qb, c in calls]
            if self.code_rows:  # "… | « … » | CD3": the row's code (segment/coded_cells.py)
                calls = [(qa, qb, coded_quote(self, a + qa, a + qb, call)) for qa, qb, call in calls]
            if self.interview_dates:
                # "« … » (entretien du 14 avril 2022)" and that date in the list of interviews
                calls = [(qa, qb, self._dated_interview(a + qa, a + qb, call)) for qa, qb, call in calls]
            # "« … » (Karim, avril 2022)": an informant's name and the month of the interview
            calls = [(qa, qb, self._named_dated(a + qa, a + qb, call)) for qa, qb, call in calls]
            # a portrait's subject named only in the caption ("Photo : Claire Dumont, sage-femme …")
            calls = [(qa, qb, self._caption_speech(a + qa, a + qb, call)) for qa, qb, call in calls]
            # "«…», souligne la coordinatrice (R2).": the code closing the clause
            calls = [(qa, qb, self._code_after_clause(a + qa, a + qb, call)) for qa, qb, call in calls]
            # "« … », ajoute-t-il" after a line-numbered extract: its last speaker
            calls = [(qa, qb, self._extract_pronoun(a + qa, a + qb, call)) for qa, qb, call in calls]
            calls = [(qa, qb, self._anonymous_voice(a + qa, a + qb, call, (qa, qb) in italics))
                     for qa, qb, call in calls]
            if self.ctx.qualitative or self.ctx.named_speakers:
                # "Plusieurs participants, presque ensemble : « … »": a group's words, no single speaker
                calls = [(qa, qb, self._group_speech(a + qa, a + qb, call, (qa, qb) in italics))
                         for qa, qb, call in calls]
            if self.ctx.qualitative:
                calls = [(qa, qb, self._fallback(a + qa, a + qb, call, (qa, qb) in italics)) for qa, qb, call in calls]
                if not quotes:
                    self._signed_paragraphs(group)
            calls = [(qa, qb, self._study_filled(c, dash_code_call(chunk, qa, qb, c, self.ctx)))
                     for qa, qb, c in calls]  # "» – PH/87/02", "» – Part. 07, H, 61 ans."
            # an italic extract without guillemets closed by "— M3" (segment/dash_closing_codes.py)
            calls = [(qa, qb, italic_code_call(self.text, a + qb, c, self.ctx) if (qa, qb) in italics else c)
                     for qa, qb, c in calls]
            # italic extracts, then "Ces extraits proviennent respectivement des entretiens E3, …, et E5, …"
            calls = respective_calls(chunk, calls, self.gazetteer, QuoteCall)  # (segment/following_attributions.py)
            # "« … » pour Corinne Ferrand, adjointe …, « … » pour Gilles Tessier, maire de Persan" (segment/following_attributions.py)
            calls = introduced_after_calls(chunk, calls, self.gazetteer, QuoteCall)
            calls = join_stacked(chunk, a, calls, self.styles)  # italic quotes over paragraphs (segment/stacked_quotes.py)
            calls = self._narrated_quotes(a, calls)  # quotes inside first-person narration (segment/narrated_quotes.py)
            if self.instructions:  # "Fin de l'appel : « … »" in an interviewer's script (segment/script_instructions.py)
                calls = [(qa, qb, scripted_call(self.lines[bisect.bisect_right(self._line_starts, a + qa) - 1], a + qa, c))
                         for qa, qb, c in calls]
            # "Le médecin vous demandera : « … »": a notice anticipates, nobody has spoken (segment/script_instructions.py)
            calls = [(qa, qb, anticipated_call(chunk[max(0, qa - 80):qa], c)) for qa, qb, c in calls]
            # "Et voilà que Betty déclare : « … »": the person the lead names (segment/attributions.py)
            calls = [(qa - a, qb - a, c) for qa, qb, c in named_lead_calls(
                self.text, [(a + qa, a + qb, c) for qa, qb, c in calls], self.narrated_first_person)]
            # "Comme le dit Nadège, infirmière libérale : « … »" in a study; "Pour reprendre les mots
            # d'un maire …, « … »" anywhere (segment/attributions.py)
            calls = [(qa - a, qb - a, c) for qa, qb, c in introduced_calls(
                self.text, [(a + qa, a + qb, c) for qa, qb, c in calls], self.gazetteer,
                described_only=not self.ctx.qualitative)]
            # "Wilner explique : « … »", "« … », explique Zozo": nobody found, a person the document
            # introduced, under a shorter form (segment/person_registry.py)
            calls = [(qa, qb, c if (qa, qb) in italics else registered_call(self.text, a + qa, a + qb, c, self.ctx, QuoteCall))
                     for qa, qb, c in calls]
            if self.script_ranges:
                calls = [(qa, qb, QuoteCall(False) if any(s <= a + qa < e for s, e in self.script_ranges) else call)
                         for qa, qb, call in calls]
            # "Sandrine, infirmière libérale, parle d'« un dossier … »": a quote inside the author's
            # sentence that names the person (segment/narrator_sentences.py)
            calls = [(qa, qb, narrator_sentence_call(self.text, a + qa, a + qb, c, self.gazetteer, (qa, qb) in italics,
                                                     self.ctx)) for qa, qb, c in calls]
            # "Cette dernière décrit des séances menées « … »" after "Mme Paola Ristori exerce comme
            # psychomotricienne …" (segment/anaphoric_fragments.py)
            calls = [(qa, qb, fragment_call(self.text, a + qa, a + qb, c, self.gazetteer, (qa, qb) in italics))
                     for qa, qb, c in calls]
            # "Courrier 3 – salariée, 52 ans, …" over the letter, "Dossier 14 (F, 81 ans) – … Dit : « … »":
            # the numbered case's words (segment/case_records.py)
            calls = [(qa, qb, case_call(self, a + qa, a + qb, c)) for qa, qb, c in calls]
            # "Question n°3 : … ?" then "Réponse : « … »": the answerer's words (segment/answer_records.py)
            calls = answer_calls(self, a, calls)
            collect_appositions(chunk, self.ctx)
            # "« On se sent moins seuls »" in bold on its own line: an intertitle (segment/intertitles.py)
            calls = [(qa, qb, QuoteCall(False) if self._intertitle(group, a + qa) else call) for qa, qb, call in calls]
            if self.portrait_series and current[0] is not None:
                # a portrait series: the name line below a paragraph heads the next portrait, it
                # attributes nothing above it (segment/testimony_headings.py portrait_series)
                calls = [(qa, qb, QuoteCall(True, {"person": current[0]}) if call.attribution and bisect.bisect_right(
                    self._line_starts, call.attribution[0]) - 1 in self.portrait_series else call) for qa, qb, call in calls]
            # "… émane de @infirmiere_mana (infirmière, Mana) : « … »": the account (segment/thread_posts.py)
            calls = [(qa, qb, handle_call(self.text, a + qa, c)) for qa, qb, c in calls]
            # "« … »" over "Figure 4 – Propos de la cadre de santé …, entretien n°2" (segment/captioned_quotes.py)
            calls = [(qa, qb, captioned_call(self, a + qa, a + qb, c, QuoteCall)) for qa, qb, c in calls]
            for qa, qb, call in calls:
                if not call.verbatim:
                    continue
                attrs = dict(call.attrs)
                self.spans.append(Span(a + qa, a + qb, "verbatim", attrs))
                if call.attribution:
                    self.spans.append(Span(call.attribution[0], call.attribution[1], "attribution", dict(attrs)))
        run.clear()

    def _example_code(self, a: int, b: int, call: QuoteCall) -> QuoteCall:
        """An unattributed quotation text[a:b] led on its line by an example's number and a known
        code ("(4) O2 : « … »"): that code's words."""
        if call.verbatim and (call.attrs.get("speaker") or call.attrs.get("person") is not None):
            return call
        attrs = example_code_attrs(self.text[self.text.rfind("\n", 0, a) + 1:a], self.text[a + 1:b - 1], self.ctx)
        return call if attrs is None else QuoteCall(True, attrs, call.attribution)

    def _intertitle(self, group: list[TextLine], at: int) -> bool:
        ln = next((ln for ln in group if ln.start <= at < ln.end), None)
        # (not a pull quote condensing the quotation just above: its speaker's words, set apart)
        return ln is not None and quoted_intertitle(ln.text, self.styles.share(ln.start, ln.end, "bold")) \
            and not repeats_quote_above(ln.text, self.text, ln.start)

    def _column_speaker(self, a: int, b: int, call: QuoteCall) -> QuoteCall:
        """A quotation filling its cell in a table whose header says who answered
        (fallbacks.speaker_column_rows): the words of the person that row's speaker column, or the
        cell's profession column, describes."""
        k = bisect.bisect_right(self._line_starts, a) - 1
        ln = self.lines[k]
        row = self.column_rows.get(ln.index, {})
        if -3 in row or -1 in row:
            listed = self._listed_column_speaker(row.get(-3) or row[-1], ln, a, b, call)
            if listed is not call or -3 in row:
                return listed
        desc = row.get(-1) or row.get(cell_index(ln.text, a - ln.start))
        # "E4 | Directrice …, Bourges | « … »", "… | « … » | MG7 – H, 58 ans": the row's code speaks
        coded = row.get(-2, "") or leading_code(desc or "")
        if call.verbatim and call.attrs.get("role", "inconnu") not in ("", "inconnu") and not coded:
            return call
        if desc is None or not fills_cell(ln.text, a - ln.start, b - ln.start):
            return call
        # (the row says who answered: the next row's cells, below the quote, are not its attribution)
        role, region, place = describe(desc, self.gazetteer)
        if coded and role in ("autre", "inconnu"):  # "MG7 – H, 58 ans": the code's letters or key say the role
            known = self.ctx.code_attrs(coded)
            role = known["role"] if known["role"] not in ("autre", "inconnu") else letters_role(legend_prefix(coded))
        return QuoteCall(True, {"speaker": coded, "role_raw": desc, "role": role, "region": region, "place": place,
                                "attr_source": "participant_table"}, None)

    def _named_row_speaker(self, a: int, b: int, call: QuoteCall) -> QuoteCall:
        """A quotation filling its cell in a row that names the person in one cell and says what they
        are in another (fallbacks.name_column_rows): that person's words; a name cell that is a
        description ("oncle maternel (par téléphone)") leaves the speaker unnamed. A description naming
        no trade (a kinship, "la jeune") says who the person is: ``autre``."""
        k = bisect.bisect_right(self._line_starts, a) - 1
        ln = self.lines[k]
        row = self.name_rows.get(ln.index)
        if row is None or call.verbatim and call.attrs.get("speaker") or not fills_cell(ln.text, a - ln.start, b - ln.start):
            return call
        cell, desc = row
        name = manner_free(cell)
        named = person_name(name, first_name=True)
        head, _, said = name.partition(",")
        if not named and said.strip() and person_name(head.strip(), first_name=True):
            # "M. Yannick Roche, chargé de mission" under "Représenté par": the name, then what the
            # person is, beside the body the row's other cell names (s52)
            name, named = head.strip(), True
            desc = ", ".join(x for x in (said.strip(), desc) if x)
        role, region, place = describe(desc, self.gazetteer) if desc else ("inconnu", "", "")
        if role == "inconnu" and desc and not unidentified(desc):
            role = "autre"
        if not named:
            desc = ", ".join(x for x in (cell, desc) if x)
            if role == "autre" and normalize_role(cell) not in ("autre", "inconnu"):
                role = normalize_role(cell)
        return QuoteCall(True, {"speaker": name if named else "", "role_raw": desc, "role": role, "region": region,
                                "place": place, "attr_source": "participant_table"}, None)

    def _listed_column_speaker(self, cell: str, ln: TextLine, a: int, b: int, call: QuoteCall) -> QuoteCall:
        """A quotation filling its cell in a row whose speaker cell is a name ("Dr Leca", "J.-B.
        Mattei", "Mme Colonna (haut-parleur)") that the document's list of participants gives in
        full with a description ("Participants : Dr Marie-Ange Leca, médecin traitant ; …"): that
        person's words."""
        if call.verbatim and call.attrs.get("speaker") or not fills_cell(ln.text, a - ln.start, b - ln.start):
            return call
        name = manner_free(cell)
        listed = name if name in self.ctx.participants else listed_short_form(name, self.ctx.participants)
        if listed:
            return QuoteCall(True, {**self.ctx.code_attrs(listed), "speaker": listed}, None)
        if call.verbatim or not cv.SPEAKER_COLUMN.match(" ".join(cell.split())):
            return call  # a name the document does not list
        # "| participant en visioconférence (non noté) | « … » |": someone the minutes did not name
        role, region, place = describe(cell, self.gazetteer)
        return QuoteCall(True, {"speaker": "", "role_raw": cell, "role": role if role != "autre" else "inconnu",
                                "region": region, "place": place, "attr_source": ""}, None)

    def _dated_interview(self, a: int, b: int, call: QuoteCall) -> QuoteCall:
        """A quotation closed by a call to an interview the document lists by date
        (fallbacks.interview_date_call) is that interviewee's verbatim, described by the list."""
        if call.verbatim and (call.attrs.get("speaker") or call.attrs.get("role", "inconnu") not in ("", "inconnu")):
            return call
        line_end = self.text.find("\n", b)
        after = self.text[b:line_end if line_end >= 0 else len(self.text)]
        found = interview_date_call(after, self.interview_dates)
        if found is None:
            return call
        desc, (s, e) = found
        role, region, place = describe(desc, self.gazetteer)
        return QuoteCall(True, {"speaker": "", "role_raw": desc, "role": role, "region": region, "place": place,
                                "attr_source": "attribution"}, (b + s, b + e))

    def _presented_lead(self, lead: str) -> tuple[str, str] | None:
        """(first name, description) when the text before a quotation on its line is a first name
        and circumstances closed by a colon ("Marie-Jo, le soir, au téléphone :") and the document
        presents that name elsewhere with a description of a person ("Marie-Jo, l'infirmière
        libérale du village voisin, est déjà là"); else None."""
        m = PRESENTED_LEAD.match(lead)
        if not m:
            return None
        name = m.group("name")
        for ln in self.lines:
            if name not in ln.text:
                continue
            for ap in cv.FIRST_NAME_APPOSITION.finditer(ln.text):
                if ap.group("name") == name and describes_person(ap.group("desc")):
                    return name, ap.group("desc").strip()
        return None

    def _anonymous_voice(self, a: int, b: int, call: QuoteCall, italic: bool) -> QuoteCall:
        """A quotation a voice the text does not identify says (fallbacks.anonymous_lead: "…, quelqu'un
        nous a lancé : « … »", "une voix s'est élevée des gradins : « … »") is a verbatim, role inconnu,
        in any document: the voice says that someone spoke."""
        if italic:
            return call
        line_start = self.text.rfind("\n", 0, a) + 1
        lead = self.text[line_start:a]
        if not lead.strip() and line_start > 1:
            # the quotation opens its paragraph: the paragraph above, ending with a colon, leads to it
            lead = self.text[self.text.rfind("\n", 0, line_start - 1) + 1:line_start - 1]
        voice = anonymous_lead(lead)
        if not voice or n_words(self.text[a:b]) < 3:
            return call
        person = call.attrs.get("person") if call.verbatim else None
        speaker = (call.attrs.get("speaker", "") or getattr(person, "name", "")) if call.verbatim else ""
        if call.verbatim and (not speaker or speaker.split()[-1] in lead):
            return call  # a reader found who speaks in the lead itself
        # (a speaker carried from the paragraph above yields to the voice the lead names: "Pendant la
        # visite, une question a fusé de l'assistance : « … »", s41)
        return QuoteCall(True, {"speaker": "", "role_raw": voice, "role": "inconnu", "region": "", "place": "",
                                "attr_source": "attribution"})

    def _group_speech(self, a: int, b: int, call: QuoteCall, italic: bool) -> QuoteCall:
        """A quotation several people say at once (fallbacks.group_speech) is a verbatim with no
        single speaker, whatever its length; the role a person noun in that lead or incise gives."""
        if call.verbatim or italic:
            return call
        text = self.text
        line_start = text.rfind("\n", 0, a) + 1
        line_end = text.find("\n", b)
        lead, after = text[line_start:a], text[b:line_end if line_end >= 0 else len(text)]
        said = group_speech(lead, after)
        if not said:
            return call
        # (the lead or incise kept as what describes them: several people at once, no reader gives
        # them one role; roles.unidentified)
        attrs = {"speaker": "", "role_raw": said.strip(" :,"), "role": "inconnu", "region": "", "place": "",
                 "attr_source": ""}
        described = preceding_description(said)
        if not described and names_a_profession(said) and normalize_role(said) not in ("autre", "inconnu"):
            # a profession that is no person noun of its own names the group ("Les trois sages-femmes de la
            # MSP racontent d'une seule voix : « … »")
            described = {"role_raw": said.strip(" :,"), "role": normalize_role(said), "attr_source": "attribution"}
        return QuoteCall(True, {**attrs, **described})

    def _fallback(self, a: int, b: int, call: QuoteCall, italic: bool) -> QuoteCall:
        """A quotation no convention attributed, in a document that reports people's words: a
        verbatim when it reads as speech (fallbacks.is_speech_quote), given to what a generic
        search finds next to it, else to an unknown speaker."""
        if call.verbatim and (call.attrs.get("person") is not None or call.attrs.get("speaker")
                              or call.attrs.get("_pronoun")):
            return call
        text = self.text
        inner = text[a:b] if italic else text[a + 1:b - 1]
        line_end = text.find("\n", b)
        after = text[b:line_end if line_end >= 0 else len(text)]
        before = sentence_before(text, a, cross_lines=True)
        if call.verbatim and cites_a_study(before):
            return QuoteCall(False)  # another study's verbatim, quoted in a discussion
        row = row_profile(text[text.rfind("\n", 0, a) + 1:a]) if not italic else ""
        if row and reads_as_speech(inner, block=True):
            # a table row read across: "Infirmière libérale, 45 ans, Tulle | « … »" (the next row's
            # profile, on the line below, belongs to the next quote)
            role, region, place = describe(row, self.gazetteer)
            return QuoteCall(True, {"speaker": "", "role_raw": row, "role": role, "region": region, "place": place,
                                    "attr_source": "participant_table"}, None)
        if call.verbatim:
            return self._complete(call, text, b, after, inner)
        line_start = text.rfind("\n", 0, a) + 1
        # a quotation in guillemets filling its paragraph (an italic run may be a preface, thanks)
        block = not italic and not re.sub(r"[\W_]", "", text[line_start:a]) and not re.sub(r"[\W_]", "", after)
        if italic and not re.sub(r"[\W_]", "", text[line_start:a]) and not re.sub(r"[\W_]", "", after) \
                and line_end >= 0 and credit_below(text[line_end + 1:(text.find("\n", line_end + 1) + 1 or len(text) + 1) - 1]):
            block = True  # an italic paragraph signed on the next line ("Médecin 2, 63 ans, Queyras"; segment/framed_quotes.py)
        if self.ctx.layout_prior and not italic and not re.sub(r"[\W_]", "", after):
            # notes whose layout is quoted speech: a quotation closing its paragraph is one of them
            # (extraction runs a blockquote into the line above when that line has no final stop)
            block = True
        if not italic and text[line_start:a].rstrip().endswith(":") and cv.SPEECH_VERB_ANY.search(before):
            # "Il me dit en riant : « … »": a speech verb and a colon announce the words, as a block's layout does
            block = True
        presented = self._presented_lead(text[line_start:a]) if not italic else None
        if presented:
            block = True  # "Marie-Jo, le soir, au téléphone : « … »": a person the notes present
        if block and not re.sub(r"[\W_]", "", before):
            before = self._list_introduction(line_start) or before  # a bullet: the line introducing the list
        remark = remark_after(after)  # "« … » (Recopier la mention)": its lead-in, set after it (segment/paren_remarks.py)
        if remark and instructs(remark):
            return call  # "(Message à lire au patient)": a text to read out, no one's words
        if remark:
            before = f"{before} {remark} :"
        if block and self._under_display_heading(bisect.bisect_right(self._line_starts, a) - 1):
            return call  # "2.2. Affichette remise aux aidants" over « … »: a poster's text, no one's words (s50)
        if chanted_lead(text[line_start:a]) or notice_line(text[line_start:line_end if line_end >= 0 else len(text)]) \
                or motto_line(text[line_start:line_end if line_end >= 0 else len(text)], text[:text.find("\n")]):
            return call  # a chant, a slogan, a notice's or an organisation's motto (segment/chanted_quotes.py,
            # segment/notice_lines.py, segment/mottos.py)
        if self.profiles_above is None:
            self.profiles_above = profiles_above(self.lines, self.headings)
        above_line = self.profiles_above.get(bisect.bisect_right(self._line_starts, a) - 1) if block else None
        if above_line is not None:
            # descriptions set above their quotations, as the document's alternation shows (segment/profile_phases.py):
            # this one's, not the next one's on the line below
            desc = self.lines[above_line].text.strip().lstrip("–—-• ")
            role, region, place = describe(desc, self.gazetteer)
            self.fallback_counts["guillemets"] += 1
            return QuoteCall(True, {"speaker": "", "role_raw": desc, "role": role, "region": region, "place": place,
                                    "attr_source": "attribution"}, None)
        if not is_speech_quote(inner, before, after, MENTION_BEFORE, block) or numbered_item(text[line_start:a]):
            return call  # (or "les énoncés 7 (« … »)": a Q-set's statement, segment/questionnaire_items.py)
        attrs, span = nearby_attrs(text, b, after, inner, self.ctx, _coded_parenthesis)
        if attrs is None:
            return call  # signed by a source, not a person
        led = lead_attrs(text[line_start:a], inner, self.ctx, _coded_parenthesis) if not span else None
        if led is not None:
            attrs = led  # "(IDEL, 45 ans) « … »", "E7 — « … »"
        if block and not attrs.get("speaker") and line_start > 0:
            # "Pierre Bureau, sous-chef à l'atelier de Beauvais / …" on the line above a testimony
            named = NAME_LINE.match(text[text.rfind("\n", 0, line_start - 1) + 1:line_start - 1])
            if named and opens_with_introducer(named.group("name")):
                named = None  # "Pour Claire, l'accueil commence …": a source introduced, no name line (below)
            if named:
                desc = named.group("desc").split("/")[0].strip()  # "function / what the person does with it"
                attrs = {**attrs, "speaker": named.group("name"), "role_raw": desc, "role": normalize_role(desc),
                         "attr_source": "attribution"}
                # "… à l'université de Bordeaux": a place (a "national" body's name is no scale)
                region, place = resolve_region(desc, self.gazetteer)
                if region and region != "National" and not attrs.get("region"):
                    attrs.update(region=region, place=place)
        if block and not attrs.get("speaker") and not presented and line_start > 0 and (pronoun := pronoun_colon_person(
                text[text.rfind("\n", 0, line_start - 1) + 1:line_start - 1], self.gazetteer)) is not None:
            # "Sylvie (54 ans, aide à domicile …) parcourt … Comme d'autres, elle décrit … :" over the
            # quotation (segment/attributions.py)
            attrs = {**attrs, **pronoun}
        if presented and not attrs.get("speaker"):
            role, region, place = describe(presented[1], self.gazetteer)
            attrs = {**attrs, "speaker": presented[0], "role_raw": presented[1], "role": role,
                     "region": region or attrs.get("region", ""), "place": place or attrs.get("place", ""),
                     "attr_source": "attribution"}
        subject = SUBJECT_CODE.match(before)
        if not attrs.get("speaker") and subject and self.ctx.knows(subject.group("code")):
            # "MK2, qui siège au bureau de la CPTS, nuance : “…”": a known code as the sentence's subject
            attrs = {**attrs, **self.ctx.code_attrs(subject.group("code"))}
        elif not attrs.get("speaker") and (introduced := introduced_code(before, self.ctx.knows)):
            # "Pour IDE 2, l'outil sert surtout à se faire entendre : “…”" (segment/leading_codes.py)
            coded = self.ctx.code_attrs(introduced)
            trade = letters_role(re.match(r"[A-ZÉ]+", introduced).group(0))
            if coded["role"] in ("autre", "inconnu") and trade not in ("autre", "inconnu"):
                coded.update(role_raw=introduced, role=trade)  # the code's letters say the trade ("IDE 2")
            attrs = {**attrs, **{k: v for k, v in coded.items() if v or k not in ("region", "place")}}
        lead_start = line_start if re.sub(r"[\W_]", "", text[line_start:a]) or line_start == 0 \
            else text.rfind("\n", 0, line_start - 1) + 1  # the line above a block
        if not attrs.get("speaker") and (first := lead_first_name(text[lead_start:a])):
            # "Thomas reconnaissait ne pas toujours savoir quoi dire : « … »" where the text presents
            # "Thomas est infirmier diplômé depuis trois ans" (quotes._presented_first_name; s41)
            known = _presented_first_name(text[max(0, lead_start - 3000):lead_start], first, self.gazetteer)
            if known is not None and (known["role"] not in ("autre", "inconnu") or names_a_trade(known["role_raw"])):
                attrs = {**attrs, **{k: v for k, v in known.items() if v or k not in ("region", "place")}}
        if attrs.get("role", "inconnu") in ("", "inconnu") and not attrs.get("speaker"):
            attrs = {**attrs, **preceding_description(before)}  # "Un médecin généraliste nous dira : « … »"
        elif attrs.get("role", "inconnu") in ("", "inconnu"):
            # "Un agent de santé communautaire … décrit son rôle : « … » [ent. 21, Mtsamboro]": the code
            # speaks, the sentence says what the person does (s55)
            described = preceding_description(before)
            if described.get("role", "inconnu") not in ("", "inconnu") and not described.get("speaker"):
                attrs = {**attrs, "role_raw": described["role_raw"], "role": described["role"]}
        if not attrs.get("speaker") and (code := numbered_lead(text[line_start:a])):
            attrs = {**attrs, "speaker": code}  # 'Rép. 148 (pharmacienne, Cayenne) : "…"' (segment/numbered_leads.py)
        attrs = confided_attrs(self, a, attrs)  # "Kylian (16 ans) me confie : « … »" (segment/attributions.py)
        if not attrs.get("speaker") and "person" not in attrs:
            # "…, elle précise qu'elle parle cette fois en élue :" after "IDE2 exerce en libéral …": the
            # person the lead's pronoun stands for, the role the lead gives kept (s50)
            lead = quotation_lead(self.text, a)
            referent = colon_pronoun_subject(lead, self.gazetteer, self._section_before(a - len(lead) - 1)) \
                if lead.rstrip().endswith(":") else None
            if referent is not None and referent["speaker"]:
                attrs = {**attrs, "speaker": referent["speaker"],
                         **({} if attrs.get("role", "inconnu") not in ("", "inconnu") else
                            {k: referent[k] for k in ("role", "role_raw", "region", "place") if referent[k]})}
        if attrs.get("role", "inconnu") in ("", "inconnu") and self.study_role:
            # everyone the methods say was interviewed has this role
            attrs = {**attrs, "role": self.study_role, "attr_source": attrs.get("attr_source") or "study_field"}
        self.fallback_counts["italic" if italic else "guillemets"] += 1
        if not attrs.get("speaker") and attrs.get("role", "inconnu") in ("", "inconnu"):
            self.fallback_counts["unattributed"] += 1
        return QuoteCall(True, attrs, span)

    def _signed_paragraphs(self, group: list[TextLine]) -> None:
        """Paragraphs in the first person without quotation marks, each signed by the line below
        (or the end of its own line) with a first name and a description, in a document that
        reports people's words: verbatims of the person the signature describes; not under the
        organisation's own editorial ("Le mot du président": testimony_bylines.yaml own_voice_headings)."""
        for k, ln in enumerate(group):
            end = SIGNATURE_END.search(ln.text)
            bracketed = BRACKETED_SIGNATURE_END.search(ln.text)
            dash = REPLY_DASH.match(ln.text)
            if end and is_signature(end.group("sig")) and signed_speech(ln.text[:end.start()]):
                words, sig = (ln.start, ln.start + end.start()), (ln.start + end.start("sig"), ln.start + end.end("sig"))
            elif bracketed and bracketed_signature(bracketed.group("sig")) and (
                    signed_speech(ln.text[:bracketed.start()])
                    or (dash and n_words(ln.text[:bracketed.start()]) >= MIN_SIGNED_WORDS
                        and not re.search(r"[«»\"“”]", ln.text) and not ln.text[:bracketed.start()].rstrip().endswith("?"))):
                # "– La pirogue. … [infirmière, Maripasoula]": a reply signed in brackets (a dash opens it)
                words = (ln.start + (dash.end() if dash else 0), ln.start + bracketed.start())
                sig = (ln.start + bracketed.start("sig"), ln.start + bracketed.end("sig"))
            elif (dashed := dash_signed(ln.text, self.ctx.knows)) is not None \
                    and reads_as_speech(ln.text[dashed[0]:dashed[1]], block=True) and not self._under_own_voice(ln.index):
                # "• On est invités, … – MK4": a participant's code after a dash (segment/dash_closing_codes.py)
                attrs = self.ctx.code_attrs(dashed[3])
                self.spans.append(Span(ln.start + dashed[0], ln.start + dashed[1], "verbatim", dict(attrs)))
                self.spans.append(Span(ln.start + dashed[2], ln.start + dashed[2] + len(dashed[3]), "attribution", dict(attrs)))
                self.fallback_counts["signed"] += 1
                continue
            elif k + 1 < len(group) and is_signature(group[k + 1].text) and signed_speech(ln.text) \
                    and not is_signature(ln.text):
                nxt = group[k + 1]
                lead = len(nxt.text) - len(nxt.text.lstrip())
                words, sig = (ln.start, ln.end), (nxt.start + lead, nxt.start + len(nxt.text.rstrip(" .")))
            else:
                continue
            if self._under_own_voice(ln.index):
                continue
            desc = self.text[sig[0]:sig[1]]
            attrs = _coded_parenthesis(desc, self.text[words[0]:words[1]], self.ctx)
            if attrs is None:
                role, region, place = describe(desc, self.gazetteer)
                attrs = {"speaker": "", "role_raw": desc, "role": role, "region": region, "place": place,
                         "attr_source": "attribution"}
            self.spans.append(Span(words[0], words[1], "verbatim", dict(attrs)))
            self.spans.append(Span(sig[0], sig[1], "attribution", dict(attrs)))
            self.fallback_counts["signed"] += 1

    def _under_display_heading(self, index: int) -> bool:
        """Line ``index`` stands under a heading naming a text put on display (a poster, a flyer, a
        banner: lang/fr narrated_quotes.yaml display_text_nouns), whose quotation is read, not said."""
        h = max((i for i in self.headings if i <= index), default=None)
        if h is None:
            return False
        words = {fold(w).lower() for w in cv.DATA.get("display_text_nouns", [])}
        return any(w in words for w in re.findall(r"[^\W\d_]+", fold(self.lines[h].text).lower()))

    def _under_own_voice(self, index: int) -> bool:
        """Line ``index`` stands under the organisation's own editorial ("Le mot du président")."""
        h = max((i for i in self.headings if i <= index), default=None)
        return h is not None and " ".join(fold(self.lines[h].text).lower().strip(" :.").split()) in _own_voice_headings()

    def _study_filled(self, before: QuoteCall, call: QuoteCall) -> QuoteCall:
        """A quotation a code after it credits (``call``, not ``before``) whose code and profile say
        no trade ("– Part. 07, H, 61 ans"): the one role of everyone the methods say was interviewed."""
        if call is before or not call.verbatim or call.attrs.get("role", "inconnu") not in ("", "inconnu") \
                or not self.study_role:
            return call
        return QuoteCall(True, {**call.attrs, "role": self.study_role,
                                "attr_source": call.attrs.get("attr_source") or "study_field"}, call.attribution)

    @property
    def study_role(self) -> str:
        """The one role of everyone the methods say was interviewed (fallbacks.study_role), read
        the first time a fallback quote needs it."""
        if "_study_role" not in self.__dict__:
            texts = self.ctx_texts
            self._study_role = study_role(texts, self.ctx.qualitative_lines) if self.ctx.qualitative else ""
        return self._study_role

    @property
    def informant_role(self) -> str:
        """The one role of everyone the methods say was interviewed, read in any document (not
        only one whose fallbacks look for quotes): a pass over the finished segments gives it to
        every speech item left undescribed (segment/study_roles.py)."""
        if "_informant_role" not in self.__dict__:
            # the context's scan of these texts for the methods words (not a second scan of the document)
            self._informant_role = self.study_role or study_role(self.ctx_texts, self.ctx.qualitative_lines) \
                or reserved_role(self.ctx_texts)  # "Le forum … est réservé aux infirmiers …" (study_roles.py)
        return self._informant_role

    def _list_introduction(self, line_start: int) -> str:
        """The last sentence of the line ending with a colon above a run of quote lines (bullets)
        that the line at ``line_start`` belongs to ("Guide d'entretien :", "Les infirmières
        évoquent :"), '' when the run has none."""
        k = bisect.bisect_right([ln.start for ln in self.lines], line_start) - 1
        for j in range(k - 1, max(-1, k - 1 - MAX_INTRO_DISTANCE), -1):
            t = self.lines[j].text.strip()
            if t.endswith(":"):
                return sentence_before(t, len(t))
            if not t or j in self.headings or not find_quotes(t):
                return ""
        return ""

    def _complete(self, call: QuoteCall, text: str, b: int, after: str, inner: str) -> QuoteCall:
        """A verbatim a known form found without a speaker: the code the generic search finds
        beside it ("[entretien C, l. 112]") names the speaker, and gives the role when the form
        gave none or 'autre'."""
        attrs, span = nearby_attrs(text, b, after, inner, self.ctx, _coded_parenthesis)
        if not attrs or not attrs.get("speaker"):
            return call
        if (call.attrs.get("role_raw") or "").startswith(attrs["speaker"] + ","):
            return call  # "Mère, 26 ans" the form read as a description: its first word is no name (s55)
        merged = {**call.attrs, "speaker": attrs["speaker"]}
        if call.attrs.get("role", "inconnu") in ("", "autre", "inconnu"):
            role = attrs["role"] if attrs["role"] not in ("", "inconnu") else self.study_role
            if role:
                merged.update(role=role, role_raw=attrs.get("role_raw") or call.attrs.get("role_raw", ""))
        self.fallback_counts["completed"] += 1
        return QuoteCall(True, merged, call.attribution or span)

    def _section_before(self, at: int, limit: int = 1500) -> str:
        """The text of the section before ``at`` (from its heading, at most ``limit`` characters)."""
        start = max(0, at - limit)
        ends = self._heading_ends()
        k = bisect.bisect_right(ends, at)  # the last heading ending at or before ``at``
        return self.text[ends[k - 1] if k and ends[k - 1] >= start else start:at]

    def _heading_ends(self) -> list[int]:
        """The ends of the headings' lines, sorted: read once, not for each quote (_section_before);
        built again when the headings or the lines change (objects held, compared by identity)."""
        held = getattr(self, "_ends_of", None)
        if held is None or held[0] is not self.headings or held[1] != len(self.headings) or held[2] is not self.lines:
            n = len(self.lines)
            ends = sorted(self.lines[i].end for i in self.headings if 0 <= i < n)
            self._ends_of = (self.headings, len(self.headings), self.lines, ends)
        return self._ends_of[3]

    def _last_quote(self, at: int) -> dict | None:
        """Attrs of the verbatim just before ``at`` when it ends at most one paragraph above (a
        pronoun that continues its speaker), else None."""
        quotes = [s for s in self.spans if s.kind == "verbatim" and s.end <= at]
        if not quotes:
            return None
        last = max(quotes, key=lambda s: s.end)
        return last.attrs if self.text.count("\n", last.end, at) <= 1 else None

    def _italic_passages(self, a: int, b: int, quotes: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Passages of at least MIN_ITALIC_WORDS words set in italics, outside quotation marks,
        relative to a: candidate block quotes without guillemets."""
        out = []
        runs = [part for run in self.styles.runs("italic", a, b, self.text)
                for part in split_at_source_lines(self.text, *run)]
        for run_a, run_b in runs:
            for ia, ib, cut in _closed_by_parentheses(self.text, run_a, run_b, self.ctx.knows):
                ra, rb = ia - a, cut - a
                if any(qa < ib - a and ra < qb for qa, qb in quotes):
                    continue
                if n_words(self.text[ia:cut]) >= MIN_ITALIC_WORDS:
                    out.append((ra, rb))
        return out

    # -- the place named by the sentence that introduces a quote, or a list of quotes
    def intro_region(self, start: int, line_index: int) -> tuple[str, str]:
        """(region, place) named after a locative preposition ("en Ille-et-Vilaine", "à Lorient")
        in the paragraph before the quote on its line (the nearest), else, when the quote's line
        opens with no sentence of its own (a bullet, "Une sage-femme :"), in the line ending with
        a colon that introduces the run of quote lines it belongs to; ('', '') when none names one."""
        before = self.text[self.lines[line_index].start:start]
        found = locative_place(before, self.gazetteer)
        j = line_index - 1 if not re.search(r"[.!?…]\s", before) else -1
        while not found[0] and j >= 0 and line_index - j <= MAX_INTRO_DISTANCE and j not in self.headings:
            t = self.lines[j].text.strip()
            if t.endswith(":"):
                found = locative_place(sentence_before(t, len(t)), self.gazetteer)
                break
            if t and not find_quotes(t):
                break  # prose between the introduction and this quote: it introduces nothing here
            j -= 1
        return self._named_in_full(*found) if found[1] else found

    def _named_in_full(self, region: str, place: str) -> tuple[str, str]:
        """(region, place) of a commune named short ("à Tarascon") that the document names in full
        elsewhere ("Tarascon-sur-Ariège"): the commune in full's, a namesake in another région being
        another town (s30-segr53b); the place as found otherwise."""
        if self.gazetteer is None or not self.gazetteer.communes or place + "-" not in self.text:
            return region, place  # (a plain search first: most places are never written longer)
        cache = self.__dict__.setdefault("_full_names", {})
        if place not in cache:
            longer = {m.group(0) for m in re.finditer(rf"(?<![\w-]){re.escape(place)}(?:-[\w'’]+)+", self.text)}
            cache[place] = {c.region: c.name for name in longer if (c := self.gazetteer.commune_field(name, after_field=True))}
        full = cache[place]
        if len(full) == 1 and region not in full:
            return next(iter(full.items()))
        return region, place

    # -- regions from the section (heading places, else NER places all in one region)
    def section_region(self, line_index: int) -> tuple[str, str]:
        # the heading that governs this line: the nearest heading line above it
        h = max((k for k in self.headings if k <= line_index), default=None)
        if h is None:
            return "", ""
        if h in self._section_region:
            return self._section_region[h]
        head_text = self.text[self.lines[h].start:self.headings[h]]
        region, place = resolve_region(head_text, self.gazetteer) if not re.search(r"R[ée]gion [A-Z]\b", head_text) else ("", "")
        if region == "National":
            region, place = "", ""
        if not region and self.ner is not None:
            nxt = min((k for k in self.headings if k > h), default=len(self.lines))
            body = self.text[self.lines[h].start:self.lines[min(nxt, len(self.lines)) - 1].end][:6000]
            # (not a surname after a civility or a first name: "le Dr Yannick Morvan" is no one of the Morvan)
            ents = [e.text for e in self.ner(body).ents if e.label_ == "LOC" and not after_person_word(body, e.start_char, self.gazetteer)]
            region, place = single_region(regions_in_entities(ents, self.gazetteer))
        self._section_region[h] = (region, place)
        return region, place


@cv.per_language_data
def _coded_interview_header() -> re.Pattern:
    """"… l'entretien avec Orthophoniste 2", "Entretien avec E4 (…)": an interview word, a preposition
    and a participant's code or numbered label, then nothing but a parenthesis (lang/fr
    attributions.yaml interview_words, grammar.yaml interview_prepositions)."""
    d = cv.language_data()
    iw = cv._flex_alt(d.get("interview_words", [])) or "(?!)"
    prep = cv._flex_alt(d.get("interview_prepositions", [])) or "(?!)"
    return re.compile(rf"(?i:{iw})\s+(?i:{prep})\s+(?P<who>{cv.PARTICIPANT_CODE})"
                      r"\s*(?:\([^()]*\))?\s*\.?$")


@cv.per_language_data
def _own_voice_headings() -> frozenset:
    return frozenset(" ".join(fold(w).lower().split()) for w in cv.language_data().get("own_voice_headings", []))


@cv.per_language_data
def _header_name() -> re.Pattern:
    civ = cv._flex_alt(cv.language_data().get("civilities", [])) or "(?!)"
    return re.compile(rf"^(?P<who>(?:(?i:{civ})\.?\s+)?{cv.NAME.pattern})\s*,\s*(?P<desc>\S.*)$")


def _header_person(desc: str) -> tuple[str, str] | None:
    """(name, description) when an interview header's description opens with the person's name
    ("Dr Anne Faucher, médecin généraliste, Guéret – carte A013"), else None."""
    m = _header_name().match(desc)
    # (a trade written with capitals is no name: "Pharmacienne Titulaire, Bonnat"; the civility apart)
    if m is None or normalize_role(m.group("name")) not in ("autre", "inconnu"):
        return None
    return m.group("who"), m.group("desc").strip()


# lines of quotes (a bulleted list) between an introducing sentence and the quote it governs
MAX_INTRO_DISTANCE = 12


# a line naming a person in full with a description, alone above a quotation ("Chantal Thomas,
# scénographe pour les décors de théâtre / Trouve inspiration et documentation")
NAME_LINE = re.compile(r"^\s*(?P<name>[A-ZÉÈ][a-zéèêëïîôûç]+(?:-[A-ZÉÈ][a-zéèêëïîôûç]+)?(?:\s+[A-ZÉÈ][\w'’-]+){1,2})"
                       r"\s*,\s*(?P<desc>[^«»\n]{3,300})$")
# a participant code or pseudonym opening the sentence that introduces a quotation, then a comma
# or a verb ("MK2, qui siège au bureau, nuance :", "Iris, qui fait partie du groupe, témoigne :");
# it counts only when the document knows it (a participant table, a list)
SUBJECT_CODE = re.compile(r"^\s*(?P<code>[A-Z]{1,3}\d{1,2}|[A-ZÉÈ][a-zéèêëïîôûç]+(?:-[A-ZÉÈ][a-zéèêëïîôûç]+)?)\b"
                          r"(?=\s*,|\s+[a-zé])")


def _names_interview(text: str, current) -> bool:
    """Whether a heading names the interview under way again ("Annexe 5 – Entretien E5 (suite)"
    over the page that goes on with E5's answers): a running header, not a new section."""
    who = current.who if current is not None else ""
    numbered = cv.INTERVIEW_REF.fullmatch(who)
    if numbered:  # "Entretien n°4" under way, "Annexe 5 (suite) – Entretien n°4"
        again = cv.INTERVIEW_REF.search(text)
        return again is not None and int(again.group("num")) == int(numbered.group("num"))
    return 1 < len(who) <= 12 and re.search(rf"(?<![\w-]){re.escape(who)}(?![\w-])", text) is not None \
        and cv.INTERVIEW_WORD.search(text) is not None


# a card under an interview's heading, opened by the participant's code: "O2, orthophoniste libérale …"
CODED_CARD = re.compile(r"^(?P<code>[A-ZÉ]{1,5}[-_]?\d{1,3}),\s+(?P<desc>[^.;«»]{3,160})")


def coded_card(texts: list[str]) -> tuple[str, str] | None:
    """(code, description) of the first line that opens with a participant's code and describes what
    the person does ("O2, orthophoniste libérale installée à Rohan depuis 2009, …"); None when none."""
    for t in texts:
        m = CODED_CARD.match(t.strip())
        if m and normalize_role(m.group("desc")) not in ("autre", "inconnu"):
            return m.group("code"), m.group("desc").strip()
    return None


# a participant's code opening a box title's description: "MED-C1", "IDE-O2", "E4"
BOX_CODE = re.compile(r"[A-ZÉ]{1,6}(?:-[A-ZÉ]{1,3})?[-_]?\d{1,3}")


def _names_a_function(desc: str) -> bool:
    """A box title's description names what someone does ("médecin généraliste, Grand Est"),
    not a topic that mentions an institution ("Les missions des CPTS")."""
    fields = description_fields(desc)
    return bool(fields) and normalize_role(fields[0]) not in ("autre", "inconnu")


def _closes_quote(text: str) -> bool:
    """A paragraph whose last quotation mark closes: the end of a quote that may have opened
    paragraphs above."""
    t = text.rstrip(" .")
    return t.endswith(("»", "”")) and t.rfind("»") > t.rfind("«")


def _whole_quote(text: str) -> bool:
    """A paragraph that is one quotation, from its opening to its closing mark."""
    t = text.strip()
    quotes = find_quotes(t)
    return len(quotes) == 1 and quotes[0][0] == 0 and quotes[0][1] >= len(t.rstrip(" .")) - 1


def _category_tag(role_raw: str, segmenter: Segmenter, line_index: int) -> bool:
    """A role read from a tag in capitals alone on the line above the quote's ("ÉLU·E",
    "MÉDECIN GÉNÉRALISTE"): a few words, no lower-case letter, no punctuation but the inclusive
    point."""
    tag = (role_raw or "").strip()
    if not tag or tag != tag.upper() or not re.search(r"[A-ZÉÈ]{2}", tag) or len(tag.split()) > 4 \
            or re.search(r"[,;:()«»\d]", tag) or line_index < 0:
        return False
    # (or leading the quote's line, the extraction having run the two together: "ÉLU·E « … »")
    here = segmenter.lines[line_index].text.strip()
    return (line_index > 0 and segmenter.lines[line_index - 1].text.strip() == tag) or \
        (here.startswith(tag) and here[len(tag):].lstrip()[:1] in ("«", "“", '"'))


def _finish_attrs(seg: Segment, attrs: dict, segmenter: Segmenter, line_index: int) -> None:
    """Speaker, role and region of a segment from its span's attributes, then the section's or
    the document's region; a speaker sheet row for the speaker completes or overrides them.
    ``attr_source`` says where the role and region came from."""
    ctx = segmenter.ctx
    person = attrs.get("person")
    source = attrs.get("attr_source", "")
    if person is not None:
        seg.speaker, seg.role_raw, seg.role = person.name, person.role_raw, person.role
        if not person.role_raw and attrs.get("role_raw") and attrs.get("speaker") == person.name:
            # "Mme Nadia Ferhat, aide-soignante de nuit, atteste : « … »": the person named before the
            # verb, whom no apposition described yet, and a reader of the same lead-in that read her
            # description: hers
            seg.role_raw, seg.role = attrs["role_raw"], attrs.get("role") or normalize_role(attrs["role_raw"])
        if seg.role in ("", "inconnu") and attrs.get("role") not in (None, "", "inconnu", "autre"):
            # a person the registry knows by name only, to whom this quote's own reader gave a trade
            # (the lead-in's description under another speaker's name form): this quote's
            seg.role_raw, seg.role = attrs.get("role_raw", ""), attrs["role"]
        if seg.role in ("autre", "inconnu") and seg.kind == "verbatim" and line_index >= 0 \
                and re.match(rf"(?:{cv.POSSESSIVES})\s", person.role_raw, re.IGNORECASE):
            # "« … », répond Sandrine Morel, sa porte-parole." after "Interrogée, l'agence régionale de
            # santé conteste …": the possessive points back to the body the sentence before has for subject
            seg.role = _possessor_role(segmenter.text[segmenter.lines[line_index].start:seg.char_start]) or seg.role
        source = source or "attribution"
    else:
        seg.speaker = attrs.get("speaker", "")
        seg.role_raw = attrs.get("role_raw", "")
        seg.role = attrs.get("role") or normalize_role(seg.role_raw)
        if seg.role in ("autre", "inconnu") and seg.speaker and normalize_role(seg.speaker) not in ("autre", "inconnu"):
            # a code that names the profession ("Médecin 4, 34 ans, Briançonnais"): the description says no role
            seg.role = normalize_role(seg.speaker)
        elif seg.role in ("autre", "inconnu") and cv.LABEL_SHAPES["code"].match(seg.speaker or "") \
                and letters_role(legend_prefix(seg.speaker)) not in ("autre", "inconnu"):
            # s26-segrole: a code whose letters, once its number is set aside, name the profession ("IDE3",
            # "ORTHO2", "MG-4") and that nothing else describes: its letters say what the speaker does, as
            # the letters of a parenthesised code do (quotes.py) and "KINE3" already did above
            seg.role = letters_role(legend_prefix(seg.speaker))
    alias = ctx.account_aliases.get(seg.speaker) if seg.speaker and seg.kind in ("verbatim", "turn") else None
    if alias is not None:
        # "Sandrine IDEL" in a group's export, the author's "Sandrine Grondin, infirmière libérale à
        # Saint-Louis (« Sandrine IDEL »)": the person behind the display name (segment/account_aliases.py)
        seg.speaker = alias[0]
        role, region, place = describe(alias[1], segmenter.gazetteer) if alias[1] else ("", "", "")
        if role not in ("", "autre", "inconnu") and seg.role in ("", "autre", "inconnu"):
            seg.role_raw, seg.role = alias[1], role
        if region and not attrs.get("region"):
            attrs = {**attrs, "region": region, "place": place}
    if seg.kind == "turn" and unnamed_account(seg.speaker or ""):
        seg.speaker = ""  # "+262 692 ** ** 41": a number in a group's export, nobody named
    listed = ctx.participants.get(seg.speaker) if seg.speaker and seg.kind in ("verbatim", "turn") else None
    if listed and seg.role in ("autre", "inconnu") and normalize_role(seg.role_raw) in ("autre", "inconnu") \
            and normalize_role(listed) not in ("autre", "inconnu"):
        # "« … », m'explique Claire." where the description read says no trade ("46 ans") and the
        # participants' list gives hers ("trois infirmiers … : Claire, 46 ans, …"): the list's
        seg.role_raw, seg.role = listed, normalize_role(listed)
        source = "participant_table"
    if seg.kind == "verbatim" and not seg.speaker and line_index >= 0 \
            and (informant := numbered_informant(segmenter.text[segmenter.lines[line_index].start:seg.char_start])):
        # "Le participant 09, médecin généraliste, … s'en explique : « … »": the informant's number
        # is who speaks (the sentence's description gave the role)
        seg.speaker = informant
    if seg.kind == "verbatim" and not seg.speaker and line_index >= 0 \
            and (opener := numbered_profile_opener(segmenter.text[segmenter.lines[line_index].start:seg.char_start])):
        # "Lectrice n° 7, 88 ans, Badaroux. Elle rend … : « … »": the numbered person the paragraph opens
        # with, presented by an age (segment/profile_lines.py)
        seg.speaker = opener[0]
        if seg.role in ("", "inconnu"):
            role, _, _ = describe(opener[1], segmenter.gazetteer)
            seg.role_raw, seg.role = opener[1], role if role not in ("", "inconnu") else "autre"
        if not attrs.get("region"):
            region, place = resolve_region(opener[1], segmenter.gazetteer)
            attrs = {**attrs, "region": region, "place": place}
    if seg.kind == "verbatim" and not seg.speaker and _category_tag(seg.role_raw, segmenter, line_index):
        # "ÉLU·E" / "INFIRMIER·E" in capitals on the line above the quote: the tag, as written, is
        # who speaks (a function-only label, as "Le Président :" is)
        seg.speaker = seg.role_raw.strip()
    if seg.kind == "turn" and seg.role in ("inconnu", "autre") and seg.speaker and getattr(segmenter, "assembly", ""):
        # "Le Président :", "M. Gérard Klein (Rohrbach-lès-Bitche) :", "M. Batlle (groupe Lodève
        # Autrement) :" in a council's minutes: members (a label naming a function keeps it)
        seg.role_raw, seg.role = seg.role_raw or segmenter.assembly, "elu"
        source = source or "attribution"
    if seg.kind in ("verbatim", "turn") and seg.speaker and seg.role in ("autre", "inconnu") and line_index >= 0 \
            and (h := max((k for k in segmenter.headings if k <= line_index), default=None)) is not None:
        # "Delphine Pasquet, directrice – indique que …" under the heading "Centre communal d'action
        # sociale de …": a bare office speaks for the structure its section's heading names
        # (segment/institution_members.py)
        seg.role = heading_office_role(seg.role_raw, segmenter.text[segmenter.lines[h].start:segmenter.headings[h]]) \
            or seg.role
    desc = seg.role_raw or attrs.get("role_raw", "")
    if seg.kind in ("verbatim", "turn") and seg.role in ("autre", "inconnu") and desc and segmenter.publisher:
        # "Nathalie Faure, conseillère … à la délégation" in the letter an Assurance Maladie delegation
        # publishes: the publisher's staff speak for it (segment/institution_members.py)
        seg.role = publisher_member_role(desc, segmenter.publisher) or seg.role
    if not source and (seg.role_raw or attrs.get("region")):
        source = "attribution"
    region, place = attrs.get("region", ""), attrs.get("place", "")
    if not region and person is not None:
        # where the text says the named person works ("médecin généraliste à Rennes")
        region, place = resolve_region(person.role_raw, segmenter.gazetteer)
    if not region and seg.kind == "verbatim" and person is None:
        # "Les professionnels rencontrés en Ille-et-Vilaine décrivent … :" above the quotes (a
        # named person's place is theirs, from their description or section, not each paragraph's)
        region, place = segmenter.intro_region(seg.char_start, line_index)
    if not region:
        region, place = segmenter.section_region(line_index)
    if not region:
        region, place = ctx.doc_region, ctx.doc_place
        if region and not source:
            source = "document_sheet"
    if not region and seg.kind == "turn":
        # "Le groupe s'est réuni … à Quimper (Finistère)" above the turns (segment/transcript_intros.py)
        region, place = transcript_intro_region(segmenter, line_index, seg.speaker)
        source = source or ("interview_header" if region else "")
    if not region and ctx.field_region and seg.kind in ("verbatim", "turn", "attribution"):
        region, place = ctx.field_region, ctx.field_place
        source = source or "study_field"
    if attrs.get("_abroad"):  # a commune outside France (segment/quotes.py): no French region from around it
        region, place = "", attrs.get("place", "")
    seg.region, seg.place = region, place
    if seg.kind == "verbatim" and seg.role in ("", "inconnu") and not seg.speaker:
        # a quotation in a cross table: the header of its column says who ("Infirmiers")
        line = segmenter.lines[line_index]
        inside = line.start <= seg.char_start <= line.start + len(line.text)
        header = column_header(line.text, seg.char_start - line.start,
                               [ln.text for ln in segmenter.lines[max(0, line_index - 12):line_index]]) if inside else ""
        if header:
            seg.role_raw, seg.role, source = header, normalize_role(header), "participant_table"
    led = seg.kind == "verbatim" and of_document(seg.speaker, segmenter.text)  # "(H61R) « … »" (segment/leading_codes.py)
    led = led or seg.kind == "verbatim" and is_roman_interview(seg.speaker, segmenter.text)  # "(entretien VI)"
    # "Pour E3, « … »", "« … » (E7)": a participant's code as the speaker
    led = led or seg.kind == "verbatim" and bool(seg.speaker) \
        and any(re.fullmatch(cv.PARTICIPANT_CODE, w) for w in (seg.speaker, seg.role_raw) if w)
    if (seg.kind == "turn" or led) and seg.speaker and seg.role in ("", "inconnu") and segmenter.study_role:
        # a coded turn no table describes: everyone the methods say was interviewed has this role
        # ("Six chirurgiens-dentistes libéraux … ont été interrogés", then "[CD3] …")
        seg.role = segmenter.study_role
        source = source or "study_field"
    declared = ctx.declared_speakers.get(seg.speaker) if seg.speaker else None
    if declared:
        # (a document's label read as a post, "LA TRÉSORIÈRE" -> autre, says less than the trade the
        # attendance list gives its holder: kept; the speaker sheet always overrides; s52)
        said = fold(declared.get("role_raw") or (seg.speaker or "").split(None, 1)[-1]).lower().strip()
        vague = declared.get("source", "speaker_sheet") != "speaker_sheet" and source == "participant_table" \
            and seg.role not in ("", "autre", "inconnu") \
            and (declared.get("role") in ("autre", "inconnu") or bool(said) and said in fold(seg.role_raw).lower())
        for key in ("role_raw", "role", "region", "place"):
            if declared.get(key) and not (vague and key in ("role_raw", "role")):
                setattr(seg, key, declared[key])
        source = declared.get("source", "speaker_sheet")
        if "speaker" in declared:  # the person a label names, without its bracketed affiliation
            seg.speaker = declared["speaker"]
    seg.attr_source = source


def _intervention_call(lead: str, call, gazetteer):
    """``call``, or the words of the person the lead-in names by an intervention noun when no
    reader gave the quotation a speaker (intervention_labels.intervention_lead)."""
    if call.attrs.get("speaker") or call.attrs.get("_pronoun") or not lead.rstrip().endswith(":"):
        return call
    found = intervention_lead(lead, gazetteer)
    if found is None:
        return call
    attrs = {**call.attrs, **{k: v for k, v in found.items() if v or k not in call.attrs}}
    return QuoteCall(True, attrs, call.attribution)


@cv.per_language_data
def _comment_tier_words() -> frozenset[str]:
    return frozenset(fold(w).lower() for w in cv.language_data().get("comment_tier_words", []))


def _comment_tier(desc: str) -> bool:
    """A key's description of a label as the transcriber's notes, not a person ("COM (commentaires
    de la transcriptrice)"): its first word is one of labels.yaml comment_tier_words."""
    first = re.match(r"[^\W\d_][\w-]*", fold(desc).lower())
    return bool(first) and first.group(0) in _comment_tier_words()


def segment_text(text: str, doc: dict, pages: list[dict], structure: list[dict],
                 gazetteer: Gazetteer, styles: list[dict] | None = None, ner=None,
                 declared: dict | None = None, notes: list[dict] | None = None) -> list[Segment]:
    """Segments of one document's text; ``declared``: speaker code -> attributes declared outside
    the text (speakers.declared_speakers); ``notes``: notes.csv rows (a quote's note call)."""
    segmenter = Segmenter(text, doc, structure, styles or [], gazetteer, ner, declared, notes)
    segments = build_segments(segmenter, pages)
    labels = separated_labels(text)[0]
    if labels and not reads_labels(segments, labels):
        # speaker labels set off by a separator no reader took ("IDE 2. Oui …", "(E3) On …"): the
        # document read again with them set off by a colon (segment/label_separators.py); a
        # document whose readers know its separator keeps their reading
        folded = build_segments(Segmenter(text, doc, structure, styles or [], gazetteer, ner, declared, notes,
                                          fold_labels=True), pages)
        if speech_count(folded) > speech_count(segments):
            return folded
    return segments


def build_segments(segmenter: Segmenter, pages: list[dict]) -> list[Segment]:
    """Run the segmenter and number its spans, with pages and speaker attributes."""
    text, doc = segmenter.text, segmenter.doc
    spans = _partition(text, segmenter.run(), segmenter)
    pagemap = cio.PageMap(pages) if pages else None
    line_starts = [ln.start for ln in segmenter.lines]
    segments = []
    for n, span in enumerate(spans):
        line_index = bisect.bisect_right(line_starts, span.start) - 1
        seg = Segment(
            doc_id=doc["doc_id"], segment_id=f"{doc['doc_id']}-{n + 1:05d}", kind=span.kind,
            page_start=pagemap.page(span.start, last=True) if pagemap else 1,
            page_end=pagemap.page(max(span.start, span.end - 1), last=True) if pagemap else 1,
            char_start=span.start, char_end=span.end,
            section=segmenter.section_titles[line_index] if line_index >= 0 else "",
            text=segmenter.source_text[span.start:span.end].strip(),
        )
        if span.kind in SPEAKER_KINDS or span.kind == "attribution" or span.attrs.get("_declared"):
            _finish_attrs(seg, span.attrs, segmenter, line_index)
        elif span.kind == "moderator":
            seg.speaker = span.attrs.get("speaker", "")
            seg.role_raw = span.attrs.get("role_raw", "")
            seg.role = "autre"
        segments.append(seg)
    propagate_speaker_roles(segments)
    apply_cast_lines(segments, segmenter.gazetteer)  # "Invitée : Dr …, médecin généraliste à Ajaccio." (segment/cast_lines.py)
    apply_presented_guests(segments, segmenter.gazetteer)  # "notre invitée … est la docteure …, médecin …" then "INVITÉE — …"
    apply_called_speakers(segments, segmenter.gazetteer)  # "Josiane, qui nous appelle de Propriano." then "Auditrice :"
    apply_captioned_turns(segments, segmenter.gazetteer)  # "Photo 3 – Auteure : Fatima, 44 ans, …" above each turn
    apply_initials_labels(segments)  # "C. T. :" after "Christelle Thiébaut :"
    apply_presented_initials(segments, [ln.text for ln in segmenter.lines])  # "R. T. :" under "Témoin : Renée Tissot, …"
    apply_presented_labels(segments, SPEAKER_KINDS)  # "… avec A., agent de santé communautaire, et R., …"
    apply_presented_full_names(segments, SPEAKER_KINDS)  # "… Marcel Arnaud, 91 ans, ancien bûcheron …" then "MARCEL :"
    apply_portrait_lines(segments, text, segmenter.gazetteer, SPEAKER_KINDS)  # "Saïd, 51 ans, adjoint au maire …" over "— Saïd"
    apply_listed_persons(segments)  # "Verbatim (président) :" under "Personnes rencontrées : Dr …, président …"
    apply_defined_functions(segments, SPEAKER_KINDS)  # "Le président est médecin généraliste" then "…, résume le président"
    apply_introduced_interviewees(segments, SPEAKER_KINDS)  # "Entretien réalisé … avec la coordinatrice …" above the turns
    apply_introduced_groups(segments, SPEAKER_KINDS)  # "Six patients …" above a focus group's turns
    apply_profile_lines(segments, segmenter.gazetteer)  # "Praticien E, 52 ans, …" on the paragraph after a quote
    apply_lead_codes(segments, segmenter.source_text)  # "Une infirmière de la ligne (E7) insiste … : « … »" (segment/attributions.py)
    apply_code_leads(segments, segmenter.source_text,  # "IDE 1" alone on the line above an extract (segment/code_leads.py)
                     segmenter.ctx.participants, segmenter.ctx.participant_places)
    apply_presented_respondents(segments, segmenter.gazetteer)  # "Mathis (cascadeur, 4 saisons)" over "Q. … / R. …" (segment/presented_respondents.py)
    apply_listed_first_names(segments, segmenter.ctx.participants,  # "Claire (MG) :" after "Participants : Claire Hervé (…)"
                             segmenter.ctx.participant_places)
    apply_listed_subjects(segments, text, segmenter.ctx.participants,  # "Gwenaëlle a repris …" then "Elle décrit … : « … »"
                          segmenter.ctx.participant_places)
    case_subjects(segments, SPEAKER_KINDS)  # "Suivi de M. B." over his unattributed quotations (segment/patient_profiles.py)
    apply_bearer_lines(segments, segmenter.gazetteer, SPEAKER_KINDS)  # "Porteuse : Faïza Ahamada, pharmacienne …" above "Pitch : « … »"
    apply_titled_subjects(segments, segmenter.gazetteer, SPEAKER_KINDS)  # "Une journée reconstruite : Nadège, infirmière …" (segment/testimony_headings.py)
    apply_study_role(segments, segmenter.informant_role  # "Six médecins … ont été interrogés": every unsaid role (segment/study_roles.py)
                     # no methods sentence: "La majorité des patients associent …" in the results' prose
                     or results_group_role([s.text for s in segments if s.kind == "narrative"]))
    apply_outside_persons(segments, segmenter.gazetteer, SPEAKER_KINDS)  # "Patiente :", "Raymond, 81 ans": 'autre' (segment/unnamed_field_roles.py)
    apply_exchange_parties(segments, segmenter.gazetteer, SPEAKER_KINDS)  # "entre un médecin … et une patiente …" above a chat
    apply_decision_reasons(segments, text, segmenter.gazetteer)  # "Considérant que Mme C … ; qu'elle a déclaré : « … »" (segment/decision_reasons.py)
    # the context's registry when it read this very text (the lines before any cut), not built again
    same = segmenter.gazetteer is not None and segmenter.ctx.gazetteer is segmenter.gazetteer and segmenter.ctx.plain_text == text
    apply_person_registry(segments, text, segmenter.gazetteer, SPEAKER_KINDS,  # "Élodie (infirmière …)" then "Élodie ajoute : « … »" (segment/person_registry.py)
                          segmenter.ctx.person_forms if same else None)
    apply_presented_trades(segments, text, SPEAKER_KINDS)  # "Infirmier libéral à Écouché, Mathieu Lecoq préside …" (segment/person_registry.py)
    settle_shortened(segments, segmenter.gazetteer, text, SPEAKER_KINDS)  # "de Saint-Sever" in a document on Vire (Calvados)
    settle_homonyms(segments, segmenter.gazetteer, text, SPEAKER_KINDS)  # "Sainte-Marie" in a Martinique document
    apply_exchange_askers(segments, segmenter.gazetteer)  # "Q – Yvonne Le Goff, Saint-Aaron : …" (segment/exchange_askers.py)
    set_in_document_region(segments, segmenter.gazetteer, text, SPEAKER_KINDS)  # every place in one région (segment/document_places.py)
    apply_unnamed_field_roles(segments, text, SPEAKER_KINDS)  # a text naming no role: its speakers are 'autre'
    apply_lay_labels(segments)  # "La grand-mère :", "Elle :" that nothing described: a relative (segment/turns.py)
    apply_group_voices(segments, SPEAKER_KINDS)  # "Plusieurs participants :" among pharmacists only: a pharmacist (segment/group_voices.py)
    apply_unidentified_voices(segments, SPEAKER_KINDS)  # "VOIX NON IDENTIFIÉE :": no speaker, role inconnu (segment/group_voices.py)
    # "À la mairie, l'adjoint chargé de la santé, Fabrice Marie-Sainte, se veut rassurant : « … »" (segment/fronted_presentations.py)
    apply_fronted_presentations(segments, segmenter.source_text, segmenter.gazetteer)
    apply_coded_descriptions(segments)  # "« … » (Patient 4, femme, 68 ans, Les Abymes)": the code (segment/coded_descriptions.py)
    # a description that opens with the person's name: "(entretien avec Pauline, médecin généraliste, …)" (segment/full_names.py)
    apply_described_names(segments, segmenter.gazetteer)
    apply_keyed_names(segments)  # "DIDIER :" keyed "DIDIER = Didier Lefebvre, porteur …" (segment/full_names.py)
    apply_pull_quotes(segments)  # "« Le bruit, tu ne l'entends plus … »" set apart under the words it condenses
    apply_elliptical_posts(segments, text, SPEAKER_KINDS)  # "La titulaire résume :" after "une pharmacienne titulaire"
    apply_profile_sections(segments)  # quotes under "Ce qu'en disent les infirmiers libéraux" (segment/profile_sections.py)
    # quotes under "Entretien 3 — infirmière déléguée, maison de santé, Is-sur-Tille" (segment/interview_groups.py)
    apply_interview_groups(segments, text, segmenter.gazetteer)
    # last: a quotation about whose speaker no rule read anything, the best-ranked name around it
    # when the learned model is confident enough (segment/speaker_ranker.py, lang/fr/speaker_ranker.json)
    apply_speaker_ranker(segments, segmenter.source_text, gazetteer=segmenter.gazetteer)
    # then a role for the quotations and turns still left 'inconnu': the best-ranked role word around
    # the speaker's mentions and the quote, or 'autre' (segment/role_ranker.py, lang/fr/role_ranker.json)
    apply_role_ranker(segments, segmenter.source_text)
    apply_capacity_leads(segments, segmenter.source_text)  # "… y a pris part en tant qu'élue communautaire : « … »" (segment/capacity_leads.py)
    apply_full_names(segments, segmenter.source_text)  # "Dr Roux :" named "Dr Mathilde Roux" above (segment/full_names.py)
    return segments


def propagate_speaker_roles(segments: list[Segment]) -> None:
    """A code's role given once (a description far from the other quotes, an attribution of one
    of them) for every item of that code the text leaves without one, when all its described
    items agree; an interview of several persons (roles that differ) keeps 'inconnu'."""
    roles: dict[str, set[tuple[str, str]]] = {}
    for seg in segments:
        if seg.kind in SPEAKER_KINDS and seg.speaker and seg.role not in ("", "inconnu"):
            roles.setdefault(seg.speaker, set()).add((seg.role, seg.role_raw))
    for seg in segments:
        known = roles.get(seg.speaker) if seg.kind in SPEAKER_KINDS and seg.speaker else None
        if known and seg.role in ("", "inconnu") and len({r for r, _ in known}) == 1:
            seg.role, seg.role_raw = sorted(known)[0]


def _partition(text: str, spans: list[Span], segmenter: Segmenter) -> list[Span]:
    """Non-overlapping spans plus narrative/other for the gaps; whitespace joins its neighbour."""
    clean: list[Span] = []
    for s in sorted(spans, key=lambda s: (s.start, -(s.end - s.start))):
        if s.end <= s.start:
            continue
        if clean and s.start < clean[-1].end:
            if s.end <= clean[-1].end:
                continue
            s = Span(clean[-1].end, s.end, s.kind, s.attrs)
        clean.append(s)
    out: list[Span] = []
    pos = 0
    line_starts = [ln.start for ln in segmenter.lines]

    def gap(a: int, b: int) -> None:
        # one piece per line, so narrative segments stay paragraphs
        while a < b:
            nl = text.find("\n", a, b)
            stop = b if nl < 0 else nl + 1
            piece = text[a:stop]
            li = bisect.bisect_right(line_starts, a) - 1
            section = segmenter.section_kinds[li]
            kind = ("note" if section == "notes" else "other") if section in SKIP_SECTIONS else "narrative"
            if piece.strip():
                out.append(Span(a, stop, kind))
            elif out:
                out[-1] = Span(out[-1].start, stop, out[-1].kind, out[-1].attrs)
            else:
                out.append(Span(a, stop, "other"))
            a = stop

    for s in clean:
        if s.start > pos:
            gap(pos, s.start)
        out.append(s)
        pos = s.end
    if pos < len(text):
        gap(pos, len(text))
    # a leading whitespace-only "other" piece followed by a segment: merge into it
    if len(out) > 1 and not text[out[0].start:out[0].end].strip():
        out[1] = Span(out[0].start, out[1].end, out[1].kind, out[1].attrs)
        out.pop(0)
    return out


def run(interim_dir: str | Path, doc: dict, gazetteer_path: str | Path,
        section_entities: bool = False, speakers_path: str | Path | None = None,
        conventions_path: str | Path | None = None) -> list[dict]:
    """The segment stage: reads extract outputs, writes segments.jsonl.

    ``section_entities`` lets a section whose heading names no place take the region of the
    places spaCy's NER finds in its first lines. Off by default: on the bundled corpus it never
    changed a region (21 sections looked up, 0 changes) and costs a model load with NER
    (~6 CPU s) in each document that has such a section.
    ``speakers_path``: the speaker sheet (config/speakers.csv); ``conventions_path``: a corpus's
    additions to the language data (config/conventions.yaml). The interim folder's
    ``speakers_hint.csv``, when a transcript format wrote one, declares speakers too.
    """
    interim_dir = Path(interim_dir)
    out = cio.interim_path(interim_dir, "segments")
    cv.configure(str(conventions_path) if conventions_path else None)
    if not cio.is_ok(interim_dir):
        cio.write_jsonl(out, [])
        return []
    text = cio.read_text(cio.interim_path(interim_dir, "text"))
    pages = cio.read_csv(cio.interim_path(interim_dir, "pages"))
    structure = cio.read_csv(cio.interim_path(interim_dir, "structure"))
    styles_path = cio.interim_path(interim_dir, "styles")
    styles = cio.read_csv(styles_path) if styles_path.exists() else []
    gazetteer = load_gazetteer(str(gazetteer_path))
    declared = load_declared(interim_dir, doc.get("doc_id", ""), speakers_path)
    notes = load_notes(interim_dir)
    segments = segment_text(text, doc, pages, structure, gazetteer, styles, _ner() if section_entities else None,
                            declared, notes)
    # "Entretien E5 – infirmière coordinatrice, …" repeated as the pages' head, set aside by extraction
    # (segment/running_head_cards.py)
    audit_path = cio.interim_path(interim_dir, "audit")
    if audit_path.exists():
        apply_running_head_cards(segments, cio.read_csv(audit_path), gazetteer, SPEAKER_KINDS)
    records = [segment_record(s) for s in segments]
    cio.write_jsonl(out, records)
    recache.record_bundle("segment")  # the patterns this run compiled that the bundle lacked
    return records


_SEGMENT_FIELDS = tuple(f.name for f in fields(Segment))


def segment_record(seg: Segment) -> dict:
    """A segment as its segments.jsonl record: dataclasses.asdict's mapping (every field, in
    order) without its deep copies, which cost more than the rest of writing (every field is a
    string or a number)."""
    return {name: getattr(seg, name) for name in _SEGMENT_FIELDS}


def load_notes(interim_dir: Path) -> list[dict]:
    """notes.csv rows (footnotes and endnotes with their calls), [] when extraction wrote none."""
    path = Path(interim_dir) / "notes.csv"
    return cio.read_csv(path) if path.exists() else []


def load_declared(interim_dir: Path, doc_id: str, speakers_path: str | Path | None) -> dict[str, dict]:
    """The speakers a transcript format (speakers_hint.csv) and the speaker sheet declare."""
    hints_path = Path(interim_dir) / "speakers_hint.csv"
    hints = cio.read_csv(hints_path) if hints_path.exists() else []
    sheet = read_speaker_sheet(speakers_path) if speakers_path and Path(speakers_path).exists() else []
    return declared_speakers(sheet, doc_id, hints)


class _LazyNer:
    """spaCy with NER, loaded on first use: most documents never need a section's places."""

    def __call__(self, text: str):
        from ..nlp import load_model

        return load_model(MODEL, with_ner=True)(text)


def _ner():
    return _LazyNer()

