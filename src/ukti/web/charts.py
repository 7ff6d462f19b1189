"""Charts for the pages, drawn on the server as inline SVG: no JavaScript library, no CDN, so
they work offline, under the pages' Content-Security-Policy and without scripts.

Each chart is an `<svg role="img">` with a `<title>` and a `<desc>` that say in words what it
shows (a screen reader reads those), and each bar carries its own `<title>` with its figures
(a tooltip on hover). Articles and statements without a date are counted in a bar of their own,
set apart at the end and labelled "undated": most plain-text input has no date, and leaving it
out would make a speaker look quieter than they are.

Every text that comes from the corpus (outlets, names, claims) is escaped here, since the
result is marked safe for the templates.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from html import escape

from markupsafe import Markup

# the stance colours of ukti.css (--assert … --concern), and grey for what has none of them
STANCE_COLOURS = {"assert": "#1c7ed6", "confirm": "#2f9e44", "deny": "#e03131", "claim": "#e8590c",
                  "concern": "#ae3ec9", "other": "#868e96"}
# Okabe and Ito's palette, told apart also with a colour-vision deficiency; grey for "the rest"
PALETTE = ["#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#f0e442", "#000000"]
REST_COLOUR = "#adb5bd"
UNDATED = "undated"
WIDTH, HEIGHT = 720, 240
LEFT, RIGHT, TOP, BOTTOM = 40, 10, 10, 58  # room for the y labels, the x labels and the legend


@dataclass(frozen=True)
class Count:
    """`n` things of `category` (a stance, an outlet) on `day` (None: undated)."""

    day: datetime.date | None
    category: str
    n: int


def parse_day(value: object) -> datetime.date | None:
    """The day of a stored date ('2025-10-13', or a timestamp starting with one); None for a
    missing or partial date, which the charts count as undated."""
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return datetime.date.fromisoformat(value[:10])
    except ValueError:
        return None


def period_of(day: datetime.date, unit: str) -> datetime.date:
    """The first day of the day's bucket: the day itself, its month or its year."""
    if unit == "month":
        return day.replace(day=1)
    if unit == "year":
        return day.replace(month=1, day=1)
    return day


def unit_for(first: datetime.date, last: datetime.date) -> str:
    """Days when the dates span a quarter at most, months up to five years, years beyond: a bar
    stays wide enough to see and to point at."""
    span = (last - first).days
    return "day" if span <= 92 else "month" if span <= 5 * 366 else "year"


def periods(first: datetime.date, last: datetime.date, unit: str) -> list[datetime.date]:
    """Every bucket from the first to the last, empty ones included, so that time runs evenly
    along the axis (a quiet month is a gap, not squeezed out)."""
    out, at = [], period_of(first, unit)
    end = period_of(last, unit)
    while at <= end:
        out.append(at)
        if unit == "day":
            at += datetime.timedelta(days=1)
        elif unit == "month":
            at = at.replace(year=at.year + at.month // 12, month=at.month % 12 + 1)
        else:
            at = at.replace(year=at.year + 1)
    return out


def label_of(period: datetime.date, unit: str) -> str:
    return period.isoformat() if unit == "day" else period.strftime("%Y-%m") if unit == "month" else str(period.year)


def _nice_max(n: int) -> int:
    """A round top for the y axis at or above n (1, 2, 5, 10, 20, 50, …)."""
    scale = 1
    while True:
        for m in (1, 2, 5):
            if m * scale >= n:
                return m * scale
        scale *= 10


def main_range(counts: Sequence[Count], share: float = 0.01) -> tuple[datetime.date, datetime.date] | None:
    """The days the bulk of the dated counts fall in: without the first and last `share` of them
    (by count), so that one article misdated 1919 does not squeeze a year of news into a sliver.
    Fewer than 1/share dated things are never trimmed. None when nothing is dated."""
    dated = sorted((c.day, c.n) for c in counts if c.day is not None)
    total = sum(n for _, n in dated)
    if not total:
        return None
    skip = int(total * share)

    def at(k: int) -> datetime.date:  # the day of the k-th thing counted (from 0), in date order
        for day, n in dated:
            if k < n:
                return day
            k -= n
        return dated[-1][0]

    return at(skip), at(total - 1 - skip)


ZONE = 64.0  # the width of a bar set apart (earlier, later, undated) and its label


def stacked_bars_over_time(counts: Iterable[Count], colours: dict[str, str], *, title: str, what: str,
                           chart_id: str) -> Markup:
    """A stacked bar per day (or month, or year) of `counts`, each category in its colour; apart
    at the end an "undated" bar, and at either side the few dates far from the rest ("earlier",
    "later"). "{unit}" in `title` becomes the bars' unit (day, month or year); `what` names the
    things counted ("statements") in the description and the tooltips; `chart_id` makes the
    title's and description's ids unique."""
    rows = [c for c in counts if c.n > 0]
    bounds = main_range(rows)
    unit = unit_for(*bounds) if bounds else "day"
    by_period: dict[datetime.date, dict[str, int]] = {}
    apart: dict[str, dict[str, int]] = {"earlier": {}, "later": {}, UNDATED: {}}
    for c in rows:
        if c.day is None or bounds is None:
            slot = apart[UNDATED]
        elif c.day < bounds[0]:
            slot = apart["earlier"]
        elif c.day > bounds[1]:
            slot = apart["later"]
        else:
            slot = by_period.setdefault(period_of(c.day, unit), {})
        slot[c.category] = slot.get(c.category, 0) + c.n
    axis = periods(*bounds, unit) if bounds else []
    total = sum(c.n for c in rows)
    top = _nice_max(max([sum(v.values()) for v in [*by_period.values(), *apart.values()]] or [1]) or 1)
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    # the plot from left to right: earlier | the dated axis | later | undated
    zones = [k for k in apart if apart[k]]
    x0 = LEFT + (ZONE if apart["earlier"] else 0.0)
    axis_w = plot_w - ZONE * len(zones)
    step = axis_w / max(len(axis), 1)
    bar_w = max(1.0, min(step * 0.8, 48.0))
    used = [c for c in colours if any(c in v for v in [*by_period.values(), *apart.values()])]
    span = ("none of them dated" if not axis else f"on {label_of(axis[0], unit)}" if len(axis) == 1
            else f"from {label_of(axis[0], unit)} to {label_of(axis[-1], unit)}, by {unit}")
    aside = [f"{sum(apart[k].values())} {k}" for k in zones if axis]
    desc = (f"{total} {what} {span}" + "".join(f"; {a}" for a in aside) + ". "
            + "; ".join(f"{cat}: {sum(c.n for c in rows if c.category == cat)}" for cat in used) + ".")
    title = title.replace("{unit}", unit)
    out = [f'<svg class="chart" role="img" viewBox="0 0 {WIDTH} {HEIGHT}" width="100%" '
           f'aria-labelledby="{chart_id}-title {chart_id}-desc" data-chart="{escape(chart_id)}">',
           f'<title id="{chart_id}-title">{escape(title)}</title>', f'<desc id="{chart_id}-desc">{escape(desc)}</desc>']
    # y axis: zero and the top, with a faint line at the top
    out += [f'<line x1="{LEFT}" y1="{TOP + plot_h}" x2="{WIDTH - RIGHT}" y2="{TOP + plot_h}" stroke="#868e96"/>',
            f'<line x1="{LEFT}" y1="{TOP}" x2="{WIDTH - RIGHT}" y2="{TOP}" stroke="#e9ecef"/>',
            f'<text x="{LEFT - 6}" y="{TOP + plot_h}" text-anchor="end" font-size="11" fill="#495057">0</text>',
            f'<text x="{LEFT - 6}" y="{TOP + 10}" text-anchor="end" font-size="11" fill="#495057">{top}</text>']

    def label(centre: float, text: str, anchor: str = "middle") -> None:
        out.append(f'<text x="{centre:.1f}" y="{TOP + plot_h + 14}" text-anchor="{anchor}" font-size="11" '
                   f'fill="#495057">{escape(text)}</text>')

    def bar(centre: float, width: float, period: str, values: dict[str, int], when: str = "") -> None:
        x = centre - width / 2
        y = float(TOP + plot_h)
        n = sum(values.values())
        parts = ", ".join(f"{values[c]} {c}" for c in colours if values.get(c))
        out.append(f'<g class="bar" data-period="{escape(period)}"><title>{escape(when or period)}: {n} '
                   f'{escape(what)} ({escape(parts)})</title>')
        for cat in colours:
            if values.get(cat):
                h = max(plot_h * values[cat] / top, 1.0)  # a few among thousands still show
                y -= h
                out.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{width:.1f}" height="{h:.1f}" '
                           f'fill="{colours[cat]}" data-category="{escape(cat)}" data-n="{values[cat]}"/>')
        out.append("</g>")

    for i, p in enumerate(axis):
        if p in by_period:
            bar(x0 + i * step + step / 2, bar_w, label_of(p, unit), by_period[p])
    side_w = min(48.0, ZONE * 0.6)
    if not axis and apart[UNDATED]:  # nothing dated: the one bar in the middle
        bar(LEFT + plot_w / 2, side_w, UNDATED, apart[UNDATED])
        label(LEFT + plot_w / 2, UNDATED)
    elif axis:
        at = {"earlier": LEFT + ZONE / 2, "later": x0 + axis_w + ZONE / 2,
              UNDATED: WIDTH - RIGHT - ZONE / 2}
        when = {"earlier": f"before {label_of(axis[0], unit)}", "later": f"after {label_of(axis[-1], unit)}",
                UNDATED: UNDATED}
        for k in zones:
            bar(at[k], side_w, k, apart[k], when[k])
            label(at[k], k)
    # x labels: first and last period, and a few between when there is room
    ticks = sorted({0, len(axis) - 1, *range(0, len(axis), max(1, len(axis) // 4))}) if axis else []
    for i in ticks:
        if len(ticks) > 2 and 0 < i < len(axis) - 1 and len(axis) - 1 - i < len(axis) // 8:
            continue  # too close to the last label
        anchor = "start" if i == 0 and len(axis) > 1 else "end" if i == len(axis) - 1 and len(axis) > 1 else "middle"
        edge = x0 if anchor == "start" else x0 + axis_w if anchor == "end" else x0 + i * step + step / 2
        label(edge, label_of(axis[i], unit), anchor)
    out += _legend([(c, colours[c]) for c in used], y=HEIGHT - 14)
    out.append("</svg>")
    return Markup("".join(out))


def _legend(items: Sequence[tuple[str, str]], *, y: int) -> list[str]:
    """Colour swatches with their names in a row under the plot (long names shortened)."""
    out, x = ['<g class="legend">'], float(LEFT)
    for name, colour in items:
        shown = _short(name, 22)
        out.append(f'<rect x="{x:.1f}" y="{y - 9}" width="10" height="10" fill="{colour}"/>'
                   f'<text x="{x + 14:.1f}" y="{y}" font-size="11" fill="#212529">{escape(shown)}</text>')
        x += 24 + 7 * len(shown)
    out.append("</g>")
    return out


def _short(text: str, limit: int) -> str:
    """At most `limit` characters, cut at a space when one is near (Bengali is not cut
    mid-word, where a vowel sign would be left without its letter)."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit - 1]
    if " " in cut[limit // 2:]:
        cut = cut[:cut.rindex(" ")]
    return cut.rstrip() + "…"


@dataclass(frozen=True)
class Ranked:
    """One bar of a ranking: its label, its figure, a link and a longer text for its tooltip."""

    label: str
    n: int
    href: str = ""
    detail: str = ""


def ranked_bars(items: Sequence[Ranked], *, title: str, what: str, chart_id: str,
                colour: str = "#0b5cad") -> Markup:
    """Horizontal bars, largest first, each labelled and linked (to an entity's page, to a
    statement's card): the most-quoted speakers, the most contradicted claims."""
    row_h, label_w, width = 26, 260, WIDTH
    height = TOP + row_h * max(len(items), 1) + 8
    top = max([r.n for r in items] or [1])
    plot_w = width - label_w - 60
    desc = ("; ".join(f"{r.label}: {r.n}" for r in items) or "nothing yet") + f" ({what})."
    out = [f'<svg class="chart" role="img" viewBox="0 0 {width} {height}" width="100%" '
           f'aria-labelledby="{chart_id}-title {chart_id}-desc" data-chart="{escape(chart_id)}">',
           f'<title id="{chart_id}-title">{escape(title)}</title>', f'<desc id="{chart_id}-desc">{escape(desc)}</desc>']
    if not items:
        out.append(f'<text x="{LEFT}" y="{TOP + 14}" font-size="12" fill="#6b6f76">None yet.</text>')
    for i, r in enumerate(items):
        y = TOP + i * row_h
        w = max(2.0, plot_w * r.n / top)
        body = (f'<title>{escape(r.label)}: {r.n} {escape(what)}{" · " + escape(r.detail) if r.detail else ""}</title>'
                f'<text x="{label_w - 8}" y="{y + 16}" text-anchor="end" font-size="12" fill="#212529">'
                f'{escape(_short(r.label, 34))}</text>'
                f'<rect x="{label_w}" y="{y + 4}" width="{w:.1f}" height="{row_h - 8}" fill="{colour}"/>'
                f'<text x="{label_w + w + 6:.1f}" y="{y + 16}" font-size="12" fill="#212529">{r.n}</text>')
        if r.href:
            out.append(f'<a class="bar" href="{escape(r.href)}">{body}</a>')
        else:
            out.append(f'<g class="bar">{body}</g>')
    out.append("</svg>")
    return Markup("".join(out))


def stance_chart(rows: Iterable[dict[str, object]], name: str) -> Markup:
    """The entity page's chart: `name`'s statements per day, coloured by stance, from the
    store's `stance_counts` rows."""
    counts = [Count(parse_day(r.get("published")), str(r.get("stance") or "other"), int(str(r.get("n") or 0)))
              for r in rows]
    colours = {**STANCE_COLOURS, **{c.category: STANCE_COLOURS["other"] for c in counts
                                    if c.category not in STANCE_COLOURS}}
    return stacked_bars_over_time(counts, colours, title=f"Statements by {name} per {{unit}}, by stance",
                                  what="statements", chart_id="stances")


UNKNOWN_OUTLET = "outlet not known"
OTHER_OUTLETS = "other outlets"


def outlet_chart(rows: Iterable[dict[str, object]], most: int = len(PALETTE)) -> Markup:
    """The overview's chart: articles per day, coloured by outlet; the `most` busiest outlets
    each in a colour of their own, the rest together in grey, from `articles_by_outlet_day`."""
    counts = [Count(parse_day(r.get("day")), str(r.get("outlet") or UNKNOWN_OUTLET), int(str(r.get("n") or 0)))
              for r in rows]
    totals: dict[str, int] = {}
    for c in counts:
        totals[c.category] = totals.get(c.category, 0) + c.n
    ranked = sorted(totals, key=lambda o: (-totals[o], o))
    named = ranked if len(ranked) <= most else ranked[:most - 1]
    colours = {o: PALETTE[i] for i, o in enumerate(named)}
    if len(named) < len(ranked):
        colours[OTHER_OUTLETS] = REST_COLOUR
        counts = [c if c.category in named else Count(c.day, OTHER_OUTLETS, c.n) for c in counts]
    return stacked_bars_over_time(counts, colours, title="Articles per {unit}, by outlet", what="articles",
                                  chart_id="outlets")
