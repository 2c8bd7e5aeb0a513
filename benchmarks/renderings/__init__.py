"""A family of renderings of one report (issue #14): the source text of the 2022/23 report
parsed into document blocks (`document`), printed through three engines (`html` with
`weasy` and `chromium`, `word` through LibreOffice) in seeded random styles (`style`), cached
in .corpus/ (`corpus`), each extracted by `wpr extract` and scored against the same truth
(`scoreboard`), failures sorted into classes (`diagnose`).

    python -m benchmarks.renderings corpus --n 24
    python -m benchmarks.renderings scoreboard --n 24 [--seeds 0-5] [--engines chromium]
    python -m benchmarks.renderings diagnose --seeds 4
"""
