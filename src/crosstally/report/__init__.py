"""The situation report: ``crosstally report`` writes one self-contained HTML (or PDF) file with the
summary figures, a map, a timeline, each incident's per-source figures and framing, and the sources."""

from ._build import build_report, write_report
from ._svg import country_rings, map_svg, timeline_svg

__all__ = ["build_report", "country_rings", "map_svg", "timeline_svg", "write_report"]
