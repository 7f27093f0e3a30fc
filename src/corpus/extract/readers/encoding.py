"""Decoding text files: UTF-8 (with or without BOM) is accepted; anything else is refused with
the encoding it looks like, so that the researcher can re-save the file as UTF-8.

A small heuristic rather than charset-normalizer: the only question is "UTF-8 or not", and the
refusal names the usual culprits of French transcripts (Windows-1252/Latin-1 from old Word or
Notepad, UTF-16 from Windows tools). Praat TextGrids may be UTF-16: their reader allows it.
"""

from __future__ import annotations

import codecs

from .base import TranscriptError

BOMS = [
    (codecs.BOM_UTF32_LE, "UTF-32"), (codecs.BOM_UTF32_BE, "UTF-32"),
    (codecs.BOM_UTF8, "UTF-8"), (codecs.BOM_UTF16_LE, "UTF-16"), (codecs.BOM_UTF16_BE, "UTF-16"),
]


def sniff(raw: bytes) -> str:
    """The encoding the bytes look like: UTF-8, UTF-16 (LE/BE), UTF-32, Windows-1252..."""
    for bom, name in BOMS:
        if raw.startswith(bom):
            if name == "UTF-16":
                return "UTF-16LE" if bom == codecs.BOM_UTF16_LE else "UTF-16BE"
            return name
    head = raw[:4000]
    if len(head) >= 4:
        even, odd = head[0::2].count(0), head[1::2].count(0)
        if odd > 0.3 * len(head) / 2 and even < odd / 4:
            return "UTF-16LE"
        if even > 0.3 * len(head) / 2 and odd < even / 4:
            return "UTF-16BE"
    try:
        raw.decode("utf-8")
        return "UTF-8"
    except UnicodeDecodeError:
        pass
    # C1 control bytes never occur in Latin-1 text but are letters/quotes in Windows-1252 (’ « —)
    if any(0x80 <= b <= 0x9F for b in raw):
        try:
            raw.decode("cp1252")
            return "Windows-1252"
        except UnicodeDecodeError:
            return "an unknown 8-bit encoding"
    return "ISO-8859-1 (Latin-1) or Windows-1252"


def decode(raw: bytes, name: str, allow_utf16: bool = False) -> str:
    """The text of a UTF-8 file (BOM dropped); UTF-16 too when ``allow_utf16``."""
    found = sniff(raw)
    if found == "UTF-8":
        return raw.decode("utf-8-sig")
    if allow_utf16 and found.startswith("UTF-16"):
        try:
            text = raw.decode("utf-16" if raw[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
                              else found.lower())
        except UnicodeDecodeError as exc:
            raise TranscriptError(name, f"invalid {found} at byte {exc.start}") from None
        return text.lstrip("\ufeff")
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[:exc.start].count(b"\n") + 1
        where = f" (byte 0x{raw[exc.start]:02x} on line {line})"
    else:
        where = ""
    accepted = "UTF-8 or UTF-16" if allow_utf16 else "UTF-8"
    raise TranscriptError(name, f"unexpected encoding: {found}{where}, not {accepted}; "
                                "save the file as UTF-8")
