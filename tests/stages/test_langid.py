from ukti.stages.langid import detect


def test_bengali_is_decided_by_its_script() -> None:
    assert detect("ঢাকায় আজ সকালে ভারী বৃষ্টি হয়েছে। নগরের কয়েকটি সড়কে পানি জমে যায়।") == "bn"
    # Bengali among English words, digits and marks: a third of the letters is enough
    assert detect("Dhaka, 12 March: বৃষ্টিতে শহর ডুবে গেছে (2025)") == "bn"


def test_no_letters_is_undecided() -> None:
    assert detect("১২৩ । ৪৫৬ — 789") == "und"
    assert detect("") == "und"
