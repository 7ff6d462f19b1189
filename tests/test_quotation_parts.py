"""bench/quotation_parts.py: PolNeAR's counting of a quotation split by its cue, once."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import quotation_parts


def test_parts_with_one_speaker_phrase_run_together() -> None:
    keys = [(0, 5), (0, 5), None, None, (40, 45), (50, 55), (50, 55)]
    assert quotation_parts.groups(keys) == [[0, 1], [2], [3], [4], [5, 6]]


def test_a_group_counts_its_matched_parts_and_at_least_one() -> None:
    keys = [(0, 5), (0, 5), (0, 5), None, (9, 12), (9, 12)]
    # one part of the first quotation matched, none of the last: 1 + 1 + 1
    assert quotation_parts.counted(keys, {1}) == 3
    # two parts of the first matched (PolNeAR annotated them apart): both count
    assert quotation_parts.counted(keys, {0, 2, 3}) == 4


def test_only_direct_speech_has_a_key() -> None:
    said = {"direct": True, "speaker": {"text": "the mayor", "start": 10, "end": 19}}
    assert quotation_parts.ukti_key(said) == (10, 19)
    assert quotation_parts.ukti_key({**said, "direct": False}) is None
