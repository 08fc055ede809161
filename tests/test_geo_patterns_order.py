"""The gazetteer's entity-ruler patterns come out in the same order in every process.

Why: the ruler-pattern cache is keyed by the data, not by the process; a list whose order followed Python's string
hashing (a set of a place's two names) differed between processes, so two caches of the same data differed and a
tie between patterns could in principle resolve differently from one run to the next.
"""

from __future__ import annotations

import os
import subprocess
import sys

CODE = ("import hashlib, json\n"
        "from crosstally.geo._patterns import entity_patterns\n"
        "print(hashlib.sha256(json.dumps(entity_patterns()).encode()).hexdigest())")


def test_patterns_do_not_depend_on_string_hashing() -> None:
    digests = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, env=env, check=True)
        digests.add(out.stdout.strip().splitlines()[-1])
    assert len(digests) == 1, digests
