"""`who` and `about` at the desk: a surname alone, the entity picked by id when several share
it, the nearest names for a misspelling in both scripts, and "no such person" told apart from
"no statements by this person"."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

# written for this test
ARTICLES = {
    "a.txt": ("স্কুলে নতুন বই\n\nশিক্ষামন্ত্রী রহিমা বেগম বলেন, আগামী বছর থেকে সব স্কুলে নতুন পাঠ্যবই দেওয়া হবে। "
              "পুলিশ কমিশনার জাহিদ আহমেদ বলেন, স্কুলের আশপাশে টহল বাড়ানো হয়েছে।\n"),
    "b.txt": ("বাজারে চালের দাম\n\nব্যবসায়ী নেতা ফারুক আহমেদ বলেন, চালের দাম আগামী সপ্তাহে কমবে। "
              "রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিন বলেন, গম রপ্তানি চলবে।\n"),
    "c.txt": ("সভায় নতুন সিদ্ধান্ত\n\nসভায় সাবেক সংসদ সদস্য নুরুল হুদা উপস্থিত ছিলেন। জেলা প্রশাসক মাহমুদা খানম বলেন, "
              "নুরুল হুদার প্রস্তাব বিবেচনা করা হবে।\n"),
}


def ukti(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ukti.cli", *args], capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("who")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    path = str(folder / "w.db")
    assert ukti("ingest", str(folder), "--db", path, "--jobs", "1").returncode == 0
    return path


def _ids(db: str) -> dict[str, int]:
    from ukti.store import Page, Store

    store = Store.open(db, read_only=True)
    try:
        return {e["name"]: e["id"] for e in store.list_entities(page=Page(1, 100))}
    finally:
        store.close()


def test_a_bengali_surname_or_given_name_alone_finds_the_person(db: str) -> None:
    for typed in ("রহিমা", "বেগম", "রহিমা বেগম", "বেগমের", "Begum"):
        r = ukti("who", typed, "--db", db, "-f", "json")
        assert r.returncode == 0 and r.stderr == "", (typed, r.stderr)
        assert [json.loads(x)["speaker_text"] for x in r.stdout.splitlines()] == ["শিক্ষামন্ত্রী রহিমা বেগম"], typed


def test_several_matches_are_listed_to_pick_one_by_id(db: str) -> None:
    ids = _ids(db)
    r = ukti("who", "আহমেদ", "--db", db)
    assert r.returncode == 1 and r.stdout == ""
    lines = r.stderr.splitlines()
    assert lines[0] == "ukti: 2 entities are named “আহমেদ”:"
    listed = {line.split()[0]: line for line in lines[1:3]}
    assert set(listed) == {str(ids["Zahid Ahmed"]), str(ids["Faruk Ahmed"])}
    assert "Zahid Ahmed (PER) · জাহিদ আহমেদ · 1 by, 0 about, in 1 article" in listed[str(ids["Zahid Ahmed"])]
    assert lines[3].startswith("pick one by its id: ukti who ")
    picked = ukti("who", str(ids["Faruk Ahmed"]), "--db", db, "-f", "json")
    assert picked.returncode == 0 and json.loads(picked.stdout)["speaker_text"] == "ব্যবসায়ী নেতা ফারুক আহমেদ"


@pytest.mark.parametrize(("typed", "meant"), [("Vladimir Puttin", "Vladimir Putin"), ("ভ্লাদিমির পুটিন", "Vladimir Putin"),
                                              ("Rahima Begom", "Rahima Begum"), ("জাহিদ আহমদ", "Zahid Ahmed")])
def test_a_misspelling_gets_the_nearest_names(db: str, typed: str, meant: str) -> None:
    r = ukti("who", typed, "--db", db)
    assert r.returncode == 1 and r.stdout == ""
    lines = r.stderr.splitlines()
    assert lines[0] == f"ukti: no entity is named “{typed}”; the closest:"
    assert lines[1].split()[1:3] == meant.split()
    assert lines[-1] == f"ask again with one of these names or its id: ukti who {_ids(db)[meant]}"


def test_no_such_person_and_no_statements_by_this_person_differ(db: str) -> None:
    nobody = ukti("who", "Gulshan Arboretum", "--db", db)
    assert nobody.returncode == 1
    assert nobody.stderr == "ukti: no entity is named “Gulshan Arboretum”, nor anything close to it\n"
    ids = _ids(db)
    silent = ukti("who", "নুরুল হুদা", "--db", db)
    assert silent.returncode == 0 and silent.stdout == ""
    assert silent.stderr == (f"ukti: no statement is credited to {ids['Nurul Huda']} Nurul Huda (PER), who is named in "
                             f"1 article; what is said about them: ukti about {ids['Nurul Huda']}\n")
    about = ukti("about", "হুদা", "--db", db, "-f", "json")  # his name in someone else's statement
    assert about.returncode == 0 and json.loads(about.stdout)["speaker_text"] == "জেলা প্রশাসক মাহমুদা খানম"
    unmentioned = ukti("about", "মাহমুদা খানম", "--db", db)
    assert unmentioned.returncode == 0 and unmentioned.stderr.startswith(
        f"ukti: no statement by anyone else mentions {ids['Mahmuda Khanam']} Mahmuda Khanam (PER)")


def test_a_long_list_of_namesakes_shows_the_likeliest_and_how_many_more(capsys: pytest.CaptureFixture[str]) -> None:
    import typer

    from ukti.cli import _one_entity

    class Namesakes:
        def find_entities(self, name: str) -> list[dict[str, object]]:
            return [{"id": k} for k in range(1, 26)]

        def describe_entities(self, ids: list[int], forms: bool = True) -> list[dict[str, object]]:
            return [{"id": k, "name": f"Person {k} Islam", "type": "PER", "written": None, "statements_by": k,
                     "statements_about": 0, "articles": 1} for k in ids]

    with pytest.raises(typer.Exit) as stop:
        _one_entity(Namesakes(), "ইসলাম", "who")
    assert stop.value.exit_code == 1
    lines = capsys.readouterr().err.splitlines()
    assert lines[0] == "ukti: 25 entities are named “ইসলাম”:"
    assert [int(line.split()[0]) for line in lines[1:21]] == list(range(25, 5, -1))  # most statements first
    assert lines[21] == "… and 5 more (add another word of the name to narrow it)"
    assert lines[22] == "pick one by its id: ukti who 25"


def test_contradictions_of_an_entity_ask_which_when_several_share_the_name(db: str) -> None:
    ids = _ids(db)
    r = ukti("contradictions", "--entity", "আহমেদ", "--db", db)
    assert r.returncode == 1 and r.stdout == ""
    assert r.stderr.splitlines()[0] == "ukti: 2 entities are named “আহমেদ”:"
    assert "pick one by its id: ukti contradictions --entity " in r.stderr
    picked = ukti("contradictions", "--entity", str(ids["Faruk Ahmed"]), "--db", db, "-f", "json")
    assert picked.returncode == 0, picked.stderr  # one entity: its contradictions (here none)
    nobody = ukti("contradictions", "--entity", "Vladimir Puttin", "--db", db)
    assert nobody.returncode == 1 and "Vladimir Putin" in nobody.stderr
