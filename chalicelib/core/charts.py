"""Server-rendered SVG bar charts for the dashboard. Pure: no script, no external asset.

Accessible: role="img" with a <title> and a <desc> that say what the chart shows, every bar labelled in text
below it and carrying its own <title> (its value), colours with enough contrast. The viewBox is 360 wide, so
the chart scales to the column and stays readable on a 360 px phone.
"""

from __future__ import annotations

import re
from decimal import Decimal
from html import escape

WIDTH, HEIGHT = 360, 200
TOP, BOTTOM, LEFT, RIGHT = 22, 34, 6, 6
BAR = "#1e40af"
AXIS = "#6b7280"
TEXT = "#1a1a1a"


def _id(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40] or "chart"


def bar_chart(points: list[tuple[str, Decimal, str]], title: str, desc: str, top_label: str,
              chart_id: str | None = None) -> str:
    """points: (label under the bar, value, value as text). `top_label`: the largest value, as text, shown
    at the top of the scale."""
    cid = chart_id or _id(title)
    n = max(len(points), 1)
    peak = max((v for _, v, _ in points), default=Decimal(0))
    plot_h = HEIGHT - TOP - BOTTOM
    slot = (WIDTH - LEFT - RIGHT) / n
    bar_w = slot * 0.7
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" width="100%" '
             f'role="img" aria-labelledby="{cid}-t {cid}-d" class="chart" '
             f'style="max-width:100%;height:auto;display:block" font-family="system-ui,sans-serif">',
             f'<title id="{cid}-t">{escape(title)}</title>', f'<desc id="{cid}-d">{escape(desc)}</desc>',
             f'<text x="{LEFT}" y="14" font-size="12" fill="{TEXT}">{escape(top_label)}</text>',
             f'<line x1="{LEFT}" y1="{HEIGHT - BOTTOM}" x2="{WIDTH - RIGHT}" y2="{HEIGHT - BOTTOM}" '
             f'stroke="{AXIS}" stroke-width="1"/>',
             f'<line x1="{LEFT}" y1="{TOP}" x2="{WIDTH - RIGHT}" y2="{TOP}" stroke="#e5e7eb" stroke-width="1"/>']
    for i, (label, value, text) in enumerate(points):
        h = float(value / peak) * plot_h if peak > 0 and value > 0 else 0.0
        x = LEFT + i * slot + (slot - bar_w) / 2
        y = HEIGHT - BOTTOM - h
        parts.append(f'<g><title>{escape(label)} — {escape(text)}</title>'
                     f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" height="{max(h, 0.0):.1f}" fill="{BAR}"/>'
                     f'<text x="{x + bar_w / 2:.1f}" y="{HEIGHT - BOTTOM + 14}" font-size="{_font(n)}" '
                     f'text-anchor="middle" fill="{TEXT}">{escape(label)}</text></g>')
    parts.append("</svg>")
    return "".join(parts)


def _font(n: int) -> int:
    return 12 if n <= 8 else 10
