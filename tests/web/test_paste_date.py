"""The paste page takes the article's date (as the API does): "গতকাল" and "আগামী সোমবার" are
counted from it; a day that does not exist is refused, not used."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from ukti.web import create_app

TEXT = "মন্ত্রী গতকাল বলেন, আগামী সোমবার কাজ শুরু হবে।"


@pytest.fixture(scope="module")
def client(sample_db: str) -> Iterator[TestClient]:
    with TestClient(create_app(sample_db)) as c:
        yield c


def test_the_form_has_a_date_field(client: TestClient) -> None:
    assert '<input type="date" name="date"' in client.get("/paste", headers={"accept": "text/html"}).text


def test_relative_times_count_from_the_date_given(client: TestClient) -> None:
    r = client.post("/paste", data={"text": TEXT, "date": "2025-03-12"})
    assert r.status_code == 200
    assert '<td title="2025-03-11">11 March 2025</td>' in r.text  # গতকাল: the day before
    assert '<td title="2025-03-17">17 March 2025</td>' in r.text  # আগামী সোমবার
    assert 'value="2025-03-12"' in r.text  # the field keeps what was given
    # the same as the API answers for that date
    api = client.post("/api/analyze", json={"text": TEXT, "date": "2025-03-12"}).json()
    assert {t["value"] for t in api["times"]} == {"2025-03-11", "2025-03-17"}


def test_without_a_date_nothing_is_made_up(client: TestClient) -> None:
    r = client.post("/paste", data={"text": TEXT, "date": ""})
    assert r.status_code == 200 and "2025-03-11" not in r.text


@pytest.mark.parametrize("bad", ["2025-02-30", "12/03/2025", "yesterday"])
def test_a_day_that_does_not_exist_is_refused(client: TestClient, bad: str) -> None:
    r = client.post("/paste", data={"text": TEXT, "date": bad})
    assert r.status_code == 422 and "not a date" in r.text and 'id="result"' not in r.text
