"""`make bench`: the pipeline's speed beside a bare spaCy pass over the same texts, and peak memory.

Three parts: the bare spaCy model, the same model with crosstally's entity ruler (its place, actor and outlet
patterns: the ruler's own overhead), and the whole pipeline.

Each part runs in its own process (so peak memory is its own), on the same texts, in the same run:
the ratio pipeline / bare spaCy is the figure to watch, since the machine is shared and noisy.
Texts: the demo corpus, the seed article, and (when ../shared/devdata is present) 150 GVDB articles
and 300 ACLED notes, read at run time.
"""

from __future__ import annotations

import csv
import json
import platform
import resource
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def texts() -> list[str]:
    out: list[str] = []
    corpus = ROOT / "demo" / "corpus" / "reports.jsonl"
    if corpus.exists():
        out += [json.loads(line)["text"] for line in corpus.open(encoding="utf-8") if line.strip()]
    out += [p.read_text(encoding="utf-8") for p in sorted((SHARED / "seeds").glob("*.txt"))]
    gvdb = SHARED / "devdata" / "gvdb_gun_violence_articles" / "dev.tsv"
    if gvdb.exists():
        csv.field_size_limit(10**8)
        rows = list(csv.reader(gvdb.open(encoding="utf-8"), delimiter="\t"))[1:151]
        out += [r[3] for r in rows if len(r) > 3]
    acled = SHARED / "devdata" / "acled_kenya_2004_2020" / "acled_kenya.csv"
    if acled.exists():
        out += [r["notes"] for r in list(csv.DictReader(acled.open(encoding="utf-8")))[:300] if r["notes"]]
    return out


def run_part(part: str) -> dict[str, float]:
    items = texts()
    words = sum(len(t.split()) for t in items)
    if part in ("bare", "ruler"):
        import spacy

        from crosstally.config import get_settings
        from crosstally.nlp import load_nlp

        nlp = spacy.load(get_settings().spacy_model) if part == "bare" else load_nlp()
        nlp(items[0][:2000])  # warm-up
        start = time.perf_counter()
        for _ in nlp.pipe(items, batch_size=16):
            pass
    else:
        from crosstally.pipeline import process
        from crosstally.records import Document

        process(Document(text="Warm-up: two people were killed in Kabul on 1 May 2020.", published=date(2020, 5, 2)))
        start = time.perf_counter()
        for t in items:
            process(Document(text=t, published=date(2025, 3, 10)))
    elapsed = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"docs": len(items), "words": words, "seconds": elapsed, "words_per_s": words / elapsed, "peak_mb": peak_mb}


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--part":
        print(json.dumps(run_part(sys.argv[2])))
        return
    results = {}
    for part in ("bare", "ruler", "pipeline"):
        proc = subprocess.run([sys.executable, __file__, "--part", part], capture_output=True, text=True, check=True)
        results[part] = json.loads(proc.stdout.strip().splitlines()[-1])
    bare, ruler, pipe = results["bare"], results["ruler"], results["pipeline"]
    print(f"crosstally bench — {date.today()} — {platform.machine()} {platform.processor() or ''}, "
          f"Python {platform.python_version()}, 1 process")
    print(f"texts: {pipe['docs']} documents, {pipe['words']:,} words")
    print(f"{'':24}{'words/s':>10}{'seconds':>10}{'peak MB':>10}")
    print(f"{'bare spaCy pass':24}{bare['words_per_s']:>10,.0f}{bare['seconds']:>10.1f}{bare['peak_mb']:>10,.0f}")
    print(f"{'spaCy + entity ruler':24}{ruler['words_per_s']:>10,.0f}{ruler['seconds']:>10.1f}{ruler['peak_mb']:>10,.0f}")
    print(f"{'crosstally pipeline':24}{pipe['words_per_s']:>10,.0f}{pipe['seconds']:>10.1f}{pipe['peak_mb']:>10,.0f}")
    print(f"ratio spaCy + entity ruler / bare spaCy (speed): {ruler['words_per_s'] / bare['words_per_s']:.2f}")
    print(f"ratio pipeline / bare spaCy (speed): {pipe['words_per_s'] / bare['words_per_s']:.2f}")
    link_bench = ROOT / "scripts" / "bench_link.py"
    if link_bench.exists() and "--no-link" not in sys.argv:
        print()
        subprocess.run([sys.executable, str(link_bench)], check=False)


if __name__ == "__main__":
    main()
