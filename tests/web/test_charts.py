"""The pages' charts are well-formed, accessible SVG, count undated things in a bar of their own,
and show corpus text only escaped."""

from __future__ import annotations

import datetime
import xml.etree.ElementTree as ET

from ukti.web import charts
from ukti.web.charts import Count, Ranked

SVG = "{http://www.w3.org/2000/svg}"
D = datetime.date


def parsed(svg: str) -> ET.Element:
    return ET.fromstring(str(svg).replace("<svg ", '<svg xmlns="http://www.w3.org/2000/svg" ', 1))


def bars(root: ET.Element) -> dict[str, list[ET.Element]]:
    return {g.get("data-period") or "": g.findall(f"{SVG}rect") for g in root.iter(f"{SVG}g")
            if g.get("class") == "bar"}


def test_days_months_and_years_as_the_dates_spread() -> None:
    assert charts.unit_for(D(2025, 1, 1), D(2025, 3, 1)) == "day"
    assert charts.unit_for(D(2025, 1, 1), D(2026, 1, 1)) == "month"
    assert charts.unit_for(D(2015, 1, 1), D(2025, 1, 1)) == "year"
    assert charts.periods(D(2025, 11, 20), D(2026, 2, 3), "month") == [D(2025, 11, 1), D(2025, 12, 1),
                                                                       D(2026, 1, 1), D(2026, 2, 1)]
    assert charts.parse_day("2025-10-13T08:00:00+06:00") == D(2025, 10, 13)
    assert charts.parse_day("2025-10") is None and charts.parse_day(None) is None


def test_stance_chart_stacks_each_day_and_keeps_undated_apart() -> None:
    rows = [{"published": "2025-10-01", "stance": "assert", "n": 2},
            {"published": "2025-10-01", "stance": "deny", "n": 1},
            {"published": "2025-10-05", "stance": "claim", "n": 1},
            {"published": None, "stance": "assert", "n": 3}]
    root = parsed(charts.stance_chart(rows, "Kamrul Hasan"))
    assert root.get("role") == "img" and "Kamrul Hasan" in (root.findtext(f"{SVG}title") or "")
    desc = root.findtext(f"{SVG}desc") or ""
    assert "7 statements" in desc and "3 undated" in desc
    found = bars(root)
    assert set(found) == {"2025-10-01", "2025-10-05", "undated"}
    assert {r.get("fill") for r in found["2025-10-01"]} == {charts.STANCE_COLOURS["assert"],
                                                            charts.STANCE_COLOURS["deny"]}
    assert [r.get("data-n") for r in found["undated"]] == ["3"]
    # the undated bar is the rightmost, and labelled
    xs = {p: float(rs[0].get("x") or 0) for p, rs in found.items()}
    assert xs["undated"] > xs["2025-10-05"] > xs["2025-10-01"]
    assert "undated" in [t.text for t in root.iter(f"{SVG}text")]


def test_a_chart_of_only_undated_statements_draws() -> None:
    root = parsed(charts.stance_chart([{"published": None, "stance": "deny", "n": 2}], "X"))
    assert list(bars(root)) == ["undated"] and "none of them dated" in (root.findtext(f"{SVG}desc") or "")


def test_outlets_beyond_the_palette_are_grouped_and_names_are_escaped() -> None:
    rows = [{"outlet": f"Outlet {i}", "day": "2025-01-0" + str(1 + i % 3), "n": 10 - i} for i in range(10)]
    rows += [{"outlet": "<script>alert(1)</script>", "day": None, "n": 50},
             {"outlet": None, "day": "2025-01-02", "n": 1}]
    svg = str(charts.outlet_chart(rows))
    assert "<script>" not in svg and "&lt;script&gt;" in svg
    root = parsed(svg)
    legend = [t.text for g in root.iter(f"{SVG}g") if g.get("class") == "legend" for t in g.iter(f"{SVG}text")]
    assert legend[0] == "<script>alert(1)</script>"[:21] + "…" and legend[-1] == charts.OTHER_OUTLETS
    assert len(legend) == len(charts.PALETTE)
    total = sum(int(r.get("data-n") or 0) for rs in bars(root).values() for r in rs)
    assert total == sum(int(r["n"]) for r in rows)  # nothing dropped: the rest is "other outlets"


def test_ranked_bars_link_and_scale() -> None:
    items = [Ranked("কামরুল হাসান", 8, "/entities/3"), Ranked("A & B", 2, "", "more words")]
    root = parsed(charts.ranked_bars(items, title="Most-quoted speakers", what="statements", chart_id="s"))
    links = [a for a in root.iter(f"{SVG}a")]
    assert [a.get("href") for a in links] == ["/entities/3"]
    widths = [float(r.get("width") or 0) for r in root.iter(f"{SVG}rect")]
    assert widths[0] == 4 * widths[1]
    assert "A & B: 2 statements · more words" in [t.text for t in root.iter(f"{SVG}title")]
    empty = parsed(charts.ranked_bars([], title="T", what="x", chart_id="e"))
    assert "None yet." in [t.text for t in empty.iter(f"{SVG}text")]


def test_a_lone_undated_bar_stands_in_the_middle() -> None:
    root = parsed(charts.stance_chart([{"published": None, "stance": "assert", "n": 1}], "X"))
    [rect] = bars(root)["undated"]
    middle = float(rect.get("x") or 0) + float(rect.get("width") or 0) / 2
    assert abs(middle - (charts.LEFT + (charts.WIDTH - charts.LEFT - charts.RIGHT) / 2)) < 1


def test_a_stray_date_is_set_apart_not_stretching_the_axis() -> None:
    rows = [{"day": f"2025-05-{d:02d}", "outlet": "Dainik", "n": 40} for d in range(1, 31)]
    rows.append({"day": "1919-01-01", "outlet": "Dainik", "n": 1})
    root = parsed(charts.outlet_chart(rows))
    found = bars(root)
    assert "earlier" in found and "2025-05-01" in found and "2025-05-30" in found  # by day, not by year
    assert "before 2025-05-01: 1 articles (1 Dainik)" in [t.text for t in root.iter(f"{SVG}title")]
    assert "1 earlier" in (root.findtext(f"{SVG}desc") or "")
    assert charts.main_range([Count(D(1919, 1, 1), "x", 1), Count(D(2025, 5, 1), "x", 3)]) == (D(1919, 1, 1),
                                                                                               D(2025, 5, 1))
