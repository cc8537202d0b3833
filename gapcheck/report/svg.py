"""Small inline SVG charts for HTML reports: no JavaScript, no external resources.

Every chart is an ``<svg role="img">`` with a ``<title>`` and ``<desc>`` (its accessible
name and description), fixed ``width``/``height`` plus a ``viewBox`` (so it scales
down for print), and values written as text beside the bars: no information is carried
by colour alone (patterns and labels mark the series). Any input gives well-formed XML:
labels are escaped and stripped of characters XML forbids, and non-finite or negative
values count as 0. The caller still puts the same data next to the chart as a table.
"""

from __future__ import annotations

import html
import math
import re
import zlib
from collections.abc import Callable, Sequence

FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif"
INK = "#1a1a1a"
MUTED = "#4a4a4a"
GRID = "#c8c8c8"
#: Fills of the series, distinguishable in greyscale too; series 2+ are hatched.
FILLS = ("#1f4e79", "#b34700", "#2e6b30")
LABEL_CHARS = 38
LEFT = 250
ROW = 22
BAR = 14

_XML_BAD = re.compile(r"[^\x09\x0a\x0d\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def text(value: object, limit: int | None = None) -> str:
    """Escaped text safe inside XML/HTML (forbidden characters removed)."""
    s = _XML_BAD.sub("", str(value))
    s = " ".join(s.split())
    if limit is not None and len(s) > limit:
        s = s[: max(1, limit - 1)].rstrip() + "…"
    return html.escape(s, quote=True)


def number(value: object) -> float:
    """A finite, non-negative float (anything else counts as 0)."""
    try:
        x = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError):
        return 0.0
    return x if math.isfinite(x) and x > 0 else 0.0


def percent(value: float) -> str:
    x = 100 * value
    return f"{x:.0f}%" if abs(x) < 1e6 else f"{x:.3g}%"


def count(value: float) -> str:
    return f"{value:g}" if value < 1e6 else f"{value:.3g}"


def _ident(*parts: object) -> str:
    return "c" + format(zlib.crc32(repr(parts).encode("utf-8", "replace")), "08x")


def _open(width: int, height: int, title: str, desc: str, ident: str) -> list[str]:
    return [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" '
        f'height="{height}" viewBox="0 0 {width} {height}" '
        f'aria-labelledby="{ident}-t {ident}-d" class="chart">',
        f'<title id="{ident}-t">{text(title)}</title>',
        f'<desc id="{ident}-d">{text(desc)}</desc>',
        f"<defs>{_patterns(ident)}</defs>",
        f'<g font-family="{html.escape(FONT)}" font-size="12" fill="{INK}">',
    ]


def _patterns(ident: str) -> str:
    out = []
    for i, colour in enumerate(FILLS):
        out.append(
            f'<pattern id="{ident}-p{i}" width="6" height="6" '
            'patternUnits="userSpaceOnUse" patternTransform="rotate(45)">'
            f'<rect width="6" height="6" fill="#ffffff"/>'
            f'<rect width="3" height="6" fill="{colour}"/></pattern>'
        )
    return "".join(out)


def _fill(ident: str, series: int, hatched: bool) -> str:
    i = series % len(FILLS)
    return f"url(#{ident}-p{i})" if hatched else FILLS[i]


def _scale(values: Sequence[float], max_value: float | None) -> float:
    top = number(max_value) if max_value is not None else 0.0
    return top or max((number(v) for v in values), default=0.0) or 1.0


def bar_chart(
    labels: Sequence[str],
    values: Sequence[float],
    *,
    title: str,
    desc: str,
    notes: Sequence[str] | None = None,
    hatched: Sequence[bool] | None = None,
    max_value: float | None = None,
    fmt: Callable[[float], str] = percent,
    width: int = 700,
) -> str:
    """Horizontal bars, one row per label, the value (and a note) written after it.

    ``hatched[i]`` draws row i with a pattern instead of a solid fill; say what it
    means in ``notes[i]`` (e.g. "missing") so the chart does not rely on the fill.
    """
    n = min(len(labels), len(values))
    ident = _ident("bar", title, desc, n)
    left, right = LEFT, 130
    plot = max(40, width - left - right)
    height = max(ROW, n * ROW) + 30
    top = _scale(values[:n], max_value)
    out = _open(width, height, title, desc, ident)
    out.append(
        f'<line x1="{left}" y1="4" x2="{left}" y2="{height - 22}" stroke="{GRID}"/>'
    )
    for i in range(n):
        v = number(values[i])
        y = 6 + i * ROW
        w = round(plot * min(v, top) / top, 1)
        fill = _fill(ident, 0, bool(hatched and i < len(hatched) and hatched[i]))
        note = notes[i] if notes and i < len(notes) else ""
        out.append(
            f'<text x="{left - 6}" y="{y + BAR - 3}" text-anchor="end">'
            f"<title>{text(labels[i])}</title>{text(labels[i], LABEL_CHARS)}</text>"
        )
        out.append(
            f'<rect x="{left}" y="{y}" width="{w}" height="{BAR}" fill="{fill}" '
            f'stroke="{FILLS[0]}" stroke-width="0.5"/>'
        )
        label = fmt(v) + (f" · {note}" if note else "")
        out.append(
            f'<text x="{left + w + 6}" y="{y + BAR - 3}" fill="{MUTED}">'
            f"{text(label, 40)}</text>"
        )
    out.append(_axis(left, plot, height, top, fmt))
    out.append("</g></svg>")
    return "".join(out)


def _axis(left: int, plot: int, height: int, top: float, fmt: Callable) -> str:
    y = height - 8
    return (
        f'<text x="{left}" y="{y}" fill="{MUTED}" font-size="11">0</text>'
        f'<text x="{left + plot}" y="{y}" fill="{MUTED}" font-size="11" '
        f'text-anchor="end">{text(fmt(top))}</text>'
    )


def grouped_bars(
    groups: Sequence[str],
    series: Sequence[tuple[str, Sequence[float]]],
    *,
    title: str,
    desc: str,
    max_value: float | None = None,
    fmt: Callable[[float], str] = count,
    width: int = 700,
) -> str:
    """Horizontal grouped bars: for each group one bar per series, each labelled with
    its value; the series are told apart by fill *and* pattern, named in a legend."""
    k = max(1, len(series))
    ident = _ident("grouped", title, desc, len(groups), k)
    left, right = LEFT, 60
    plot = max(40, width - left - right)
    legend = 24
    group_h = k * (BAR + 2) + 10
    height = legend + max(1, len(groups)) * group_h + 26
    values = [v for _, vs in series for v in vs[: len(groups)]]
    top = _scale(values, max_value)
    out = _open(width, height, title, desc, ident)
    x = left
    for s, (name, _) in enumerate(series):
        out.append(
            f'<rect x="{x}" y="4" width="12" height="12" '
            f'fill="{_fill(ident, s, s > 0)}" stroke="{FILLS[0]}" stroke-width="0.5"/>'
            f'<text x="{x + 16}" y="14">{text(name, 24)}</text>'
        )
        x += 28 + 7 * min(24, len(str(name)))
    for g, group in enumerate(groups):
        y0 = legend + g * group_h
        out.append(
            f'<text x="{left - 6}" y="{y0 + BAR}" text-anchor="end">'
            f"<title>{text(group)}</title>{text(group, LABEL_CHARS)}</text>"
        )
        for s, (name, vs) in enumerate(series):
            v = number(vs[g]) if g < len(vs) else 0.0
            y = y0 + s * (BAR + 2)
            w = round(plot * min(v, top) / top, 1)
            out.append(
                f'<rect x="{left}" y="{y}" width="{w}" height="{BAR}" '
                f'fill="{_fill(ident, s, s > 0)}" stroke="{FILLS[0]}" '
                f'stroke-width="0.5"><title>{text(name)}: {text(fmt(v))}</title></rect>'
                f'<text x="{left + w + 6}" y="{y + BAR - 3}" fill="{MUTED}">'
                f"{text(fmt(v))}</text>"
            )
    out.append(_axis(left, plot, height, top, fmt))
    out.append("</g></svg>")
    return "".join(out)


def histogram(
    bins: Sequence[tuple[float, float, float]],
    *,
    title: str,
    desc: str,
    width: int = 640,
    height: int = 220,
) -> str:
    """Vertical bars of counts per bin ``(low, high, count)``, counts written above
    each bar and bin ranges below."""
    n = max(1, len(bins))
    ident = _ident("hist", title, desc, len(bins))
    left, bottom, top_pad = 36, 34, 20
    plot_w = max(40, width - left - 10)
    plot_h = max(40, height - bottom - top_pad)
    step = plot_w / n
    top = _scale([b[2] for b in bins], None)
    out = _open(width, height, title, desc, ident)
    base = top_pad + plot_h
    out.append(
        f'<line x1="{left}" y1="{base}" x2="{left + plot_w}" y2="{base}" '
        f'stroke="{GRID}"/>'
    )
    for i, (low, high, c) in enumerate(bins):
        v = number(c)
        h = round(plot_h * min(v, top) / top, 1)
        x = round(left + i * step + 2, 1)
        w = round(max(1.0, step - 4), 1)
        mid = round(left + (i + 0.5) * step, 1)
        span = f"{count(number(low))}–{count(number(high))}"
        out.append(
            f'<rect x="{x}" y="{round(base - h, 1)}" width="{w}" height="{h}" '
            f'fill="{FILLS[0]}"><title>{text(span)}: {text(count(v))}</title></rect>'
            f'<text x="{mid}" y="{round(base - h - 4, 1)}" text-anchor="middle">'
            f"{text(count(v))}</text>"
            f'<text x="{mid}" y="{base + 14}" text-anchor="middle" fill="{MUTED}" '
            f'font-size="10">{text(span)}</text>'
        )
    out.append("</g></svg>")
    return "".join(out)
