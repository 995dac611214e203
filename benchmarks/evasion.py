"""F1 on the dev gold reports rewritten in each filter-evasion style, next to the original.

    python benchmarks/evasion.py [GOLD_DIR] [--style NAME ...] [--json]

The gold files are never modified: each style writes rewritten copies of the reports and of
the gold files (pointing at the copies) into a temporary folder and scores rasd there with the
same rules as `rasd eval`. The styles are those of tests/evasion_styles.py; the target is no
drop against the original text.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from evasion_styles import STYLES  # noqa: E402

from rasd.api import extract  # noqa: E402
from rasd.eval.gold import evaluate_gold_dir, load_gold, locate_report  # noqa: E402
from rasd.text.io import read_report  # noqa: E402


def predict(text: str, published: Any) -> list[dict[str, Any]]:
    return extract(text, published).to_dict()["events"]


def rewritten_gold(gold_dir: Path, style: str, into: Path) -> Path:
    """Copies of the gold files and their reports, the reports rewritten in `style`."""
    rewrite = STYLES[style]
    target = into / style / "gold"
    target.mkdir(parents=True)
    for document in load_gold(gold_dir):
        assert document.path is not None
        text, _encoding = read_report(locate_report(document, gold_dir))
        report = into / style / document.file
        report.parent.mkdir(parents=True, exist_ok=True)
        report.write_text(rewrite(text), encoding="utf-8")
        (target / document.path.name).write_bytes(document.path.read_bytes())
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold", nargs="?", default="../shared/eval/gold/dev", type=Path)
    parser.add_argument("--style", action="append", choices=sorted(STYLES),
                        help="only these styles (default: all)")
    parser.add_argument("--json", action="store_true", help="print the table as JSON")
    args = parser.parse_args()

    rows: list[dict[str, Any]] = []
    original = evaluate_gold_dir(args.gold, predict)
    rows.append({"style": "original", "precision": original.precision,
                 "recall": original.recall, "f1": original.f1})
    with tempfile.TemporaryDirectory() as tmp:
        for style in args.style or list(STYLES):
            scores = evaluate_gold_dir(rewritten_gold(args.gold, style, Path(tmp)), predict)
            rows.append({"style": style, "precision": scores.precision,
                         "recall": scores.recall, "f1": scores.f1,
                         "f1_change": scores.f1 - original.f1})
    if args.json:
        print(json.dumps(rows, indent=2))
        return
    print(f"{'style':<20} {'P':>6} {'R':>6} {'F1':>6} {'vs original':>12}")
    for row in rows:
        change = f"{row['f1_change']:+.3f}" if "f1_change" in row else ""
        print(f"{row['style']:<20} {row['precision']:6.3f} {row['recall']:6.3f} "
              f"{row['f1']:6.3f} {change:>12}")


if __name__ == "__main__":
    main()
