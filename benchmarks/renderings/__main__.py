"""python -m benchmarks.renderings corpus|scoreboard|diagnose|ids [--n N] [--seeds 0-5,9] [--engines a,b]
   python -m benchmarks.renderings compare OLD.md NEW.md"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

# Run as `python -m benchmarks.renderings` from the checkout: the project root is the import root.
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from benchmarks.renderings import corpus, scoreboard  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.renderings", description=__doc__)
    parser.add_argument("command", choices=("corpus", "scoreboard", "diagnose", "ids", "compare"))
    parser.add_argument("files", nargs="*", type=Path, help="compare: two scoreboard.md files, old then new")
    parser.add_argument("--n", type=int, default=24, help="seeds 0..N-1 (default 24)")
    parser.add_argument("--seeds", type=corpus.parse_seeds, default=None, help="only these seeds: 0-5,9")
    parser.add_argument("--engines", type=lambda s: s.split(","), default=None,
                        help="only these engines: weasyprint,chromium,libreoffice")
    parser.add_argument("--jobs", type=int, default=None, help="renderings (corpus, default 2) or "
                        "extractions (scoreboard, default 1: each uses every core) at a time")
    args = parser.parse_args(argv)
    if args.command == "compare":   # two scoreboards, rendering by rendering
        from benchmarks.renderings import compare
        if len(args.files) != 2 or not all(f.is_file() for f in args.files):
            parser.error("compare wants two scoreboard.md files: OLD NEW")
        print("\n".join(compare.report(compare.read(args.files[0]), compare.read(args.files[1]))))
        return 0
    if args.command == "ids":   # the ids of the last scoreboard's located tables
        from benchmarks.renderings import ids
        ids.report()
        return 0
    renderings = corpus.planned(args.n, args.seeds, args.engines)
    if args.command == "corpus":
        corpus.build(renderings, args.jobs or 2)
        return 0
    present = [r for r in renderings if r.pdf.exists()]
    if len(present) < len(renderings):
        corpus.console.print(f"{len(renderings) - len(present)} rendering(s) not in the corpus: run make corpus")
    if args.command == "scoreboard":
        results = scoreboard.run(present, args.jobs or 1)
        scoreboard.show(results)
        print(f"written {scoreboard.write(results)}")
        return 0
    from benchmarks.renderings import diagnose
    diagnose.report(present)
    return 0


if __name__ == "__main__":
    sys.exit(main())
