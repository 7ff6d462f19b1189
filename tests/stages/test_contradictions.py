from __future__ import annotations

from ukti.contradict import Claim, conflict, negated


def test_negated_main_clause_but_not_a_condition() -> None:
    assert negated("কারখানার কোনো শ্রমিক অসুস্থ হননি")
    assert negated("অভিযোগটি সত্য নয়")
    assert not negated("তদন্ত শেষ না হওয়া পর্যন্ত কারখানা বন্ধ থাকবে")
    assert not negated("টাকা ফেরত না দিলে ব্যবস্থা নেওয়া হবে")


def test_one_negates_what_the_other_asserts() -> None:
    a = Claim("s1", "union", "claim", "মালিকপক্ষ তিন মাস ধরে শ্রমিকদের মজুরি পরিশোধ করেনি")
    b = Claim("s2", "owner", "assert", "সব শ্রমিকের মজুরি পরিশোধ করা হয়েছে")
    assert conflict(b, a)


def test_agreement_and_same_speaker_are_not_conflicts() -> None:
    a = Claim("s1", "police", "assert", "দুর্ঘটনায় পাঁচজন নিহত হয়েছেন")
    b = Claim("s2", "hospital", "confirm", "দুর্ঘটনায় পাঁচজন নিহত হওয়ার তথ্য", refers_to="s1")
    assert conflict(b, a) is None
    c = Claim("s3", "police", "assert", "দুর্ঘটনায় কেউ নিহত হয়নি")
    assert conflict(c, a) is None  # one speaker correcting itself is not two sources disagreeing


def test_denial_pointing_at_a_claim() -> None:
    a = Claim("s1", "residents", "claim", "কারখানার বর্জ্যে নদী দূষিত হচ্ছে")
    b = Claim("s2", "factory", "deny", "দূষণের অভিযোগ", refers_to="s1")
    assert conflict(b, a)


def test_different_figures_for_the_same_thing() -> None:
    a = Claim("s1", "ministry", "assert", "প্রকল্পের প্রথম ধাপে ৫০০ কোটি টাকা ব্যয় হবে")
    b = Claim("s2", "report", "assert", "প্রকল্পের প্রথম ধাপের ব্যয় ৭০০ কোটি টাকা")
    assert conflict(a, b)


def test_article_level_contradictions(bn) -> None:
    doc = bn("শিরোনাম\nশ্রমিকনেতা রফিক মিয়া অভিযোগ করেন, কারখানার মালিক তিন মাসের মজুরি পরিশোধ করেননি। "
             "কারখানার মহাব্যবস্থাপক সুমন সাহা জানান, সব শ্রমিকের মজুরি পরিশোধ করা হয়েছে।")
    claim, reply = doc.statements
    assert reply.stance in ("assert", "deny")
    assert [(c.a, c.b) for c in doc.contradictions] == [(reply.id, claim.id)]
