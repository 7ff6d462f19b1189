from __future__ import annotations

import unicodedata

import pytest

from ukti.errors import UktiError
from ukti.read.decode import decode, normalise

TEXT = "ঢাকায় আজ বৃষ্টি হয়েছে। শহরের অনেক রাস্তা ডুবে গেছে।"


def test_utf8_is_kept_and_named() -> None:
    text, enc = decode(TEXT.encode("utf-8"))
    assert text == unicodedata.normalize("NFC", TEXT)
    assert enc == "utf-8"


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig"])
def test_utf16_with_and_without_bom(codec: str) -> None:
    text, _ = decode(TEXT.encode(codec))
    assert text == unicodedata.normalize("NFC", TEXT)


def test_utf8_read_as_cp1252_is_repaired() -> None:
    broken = TEXT.encode("utf-8").decode("cp1252", errors="ignore").encode("utf-8")
    mojibake = TEXT.encode("utf-8").decode("latin-1").encode("utf-8")
    for data in (mojibake,):
        text, enc = decode(data)
        assert "ঢাকায়" in text
        assert "mojibake" in enc
    assert broken  # cp1252 drops undefined bytes; latin-1 is the lossless form tested above


def test_empty_and_blank_files_are_errors() -> None:
    for data in (b"", b"   \n\t "):
        with pytest.raises(UktiError) as e:
            decode(data)
        assert e.value.code == "U002"


def test_binary_is_refused_with_a_clear_code() -> None:
    with pytest.raises(UktiError) as e:
        decode(bytes(range(256)) * 20)
    assert e.value.code == "U003"
    with pytest.raises(UktiError) as e:
        decode(b"\x00" * 1000)
    assert e.value.code in ("U002", "U003")


def test_invisible_characters_removed_but_bengali_joiners_kept() -> None:
    # ZWSP and soft hyphen split words; the ZWJ in র‍্যাব is part of the spelling
    assert normalise("বাংলা\u200bদেশ") == "বাংলাদেশ"
    assert normalise("সর\u00adকার") == "সরকার"
    assert "\u200d" in normalise("র\u200d্যাব")
    assert normalise("A\u200dB") == "AB"


def test_nfc_normalisation() -> None:
    decomposed = "য\u09bc"  # য + nukta, as news sites often type য়
    assert normalise(decomposed) == unicodedata.normalize("NFC", decomposed)
    assert normalise("a\r\nb\rc") == "a\nb\nc"


def test_a_danda_typed_as_its_lookalike_ends_the_sentence() -> None:
    # "৷" (U+09F7) drawn like "।": some papers type it for the full stop; a numerator run stays
    assert normalise("জান্তা সরকার জবাব দেয়নি৷ বিরোধীরা বলছেন") == "জান্তা সরকার জবাব দেয়নি। বিরোধীরা বলছেন"
    assert normalise("\u09f4\u09f7") == "\u09f4\u09f7"
