"""Build the third held-out personal-data set from its marked-up sources, with the first set's
converter and checks (../heldout/build.py):

    python bench/data/pii/heldout3/build.py

Reads ``heldout3_source.txt`` and ``heldout3_register_source.txt``; writes ``heldout3.jsonl``
and ``heldout3_register.json``. Offsets are computed, never written by hand.
"""

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location(
    "heldout_build", HERE.parent / "heldout" / "build.py"
)
assert _spec and _spec.loader
_build = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_build)

if __name__ == "__main__":
    sys.exit(_build.main(HERE, "heldout3"))
