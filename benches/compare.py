#!/usr/bin/env python3
"""Whole-command comparison of tjm against the parse-only limit program (examples/limit.rs).

Runs, interleaved and ROUNDS times, the limit and then each command on realistic synthetic
journeys (examples/generate.rs): wall time as a ratio to the limit's in the same round and
peak memory as a multiple of the input size, both from `/usr/bin/time -f '%e %M'`. Then the
linear checks (2x journeys; the same bytes in 4x larger files) and the shipped journeys.
Prints a Markdown table; the figures are medians over the rounds.

    cargo build --release --bin tjm --examples
    python3 benches/compare.py [--rounds 3] [--tjm target/release/tjm] [--data target/compare]

Needs GNU time at /usr/bin/time. Other load on the machine shows up in the figures: state it.
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def measure(argv):
    """Wall seconds and peak RSS bytes of one process; its output is discarded."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as out:
        subprocess.run(
            ["/usr/bin/time", "-o", out.name, "-f", "%e %M", *argv],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            check=False,
        )
        wall, rss = out.read().split()[-2:]
        return float(wall), int(rss) * 1024


def size(folder):
    return sum(
        os.path.getsize(os.path.join(folder, f)) for f in os.listdir(folder) if f.endswith(".json")
    )


def generate(generator, folder, count, touchpoints):
    if not os.path.isdir(folder):
        subprocess.run([generator, folder, str(count), str(touchpoints)], check=True, stdout=sys.stderr)
    return folder


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--tjm", default=os.path.join(ROOT, "target/release/tjm"))
    parser.add_argument("--examples", default=os.path.join(ROOT, "target/release/examples"))
    parser.add_argument("--data", default=os.path.join(ROOT, "target/compare"))
    args = parser.parse_args()
    limit = os.path.join(args.examples, "limit")
    generator = os.path.join(args.examples, "generate")
    base = generate(generator, os.path.join(args.data, "1000x100"), 1000, 100)
    double = generate(generator, os.path.join(args.data, "2000x100"), 2000, 100)
    large = generate(generator, os.path.join(args.data, "250x400"), 250, 400)
    shipped = os.path.join(ROOT, "journeys")
    out = os.path.join(args.data, "report-out")

    def commands(folder):
        return {
            "check --brief": [args.tjm, "check", "--brief", folder],
            "check --format json": [args.tjm, "check", "--format", "json", folder],
            "check --format sarif": [args.tjm, "check", "--format", "sarif", folder],
            "check (text)": [args.tjm, "check", folder],
            "report -o DIR": [args.tjm, "report", folder, "-o", out],
        }

    # The commands whose growth is checked on the larger sets.
    linear = ["check --format json", "check (text)", "report -o DIR"]
    runs = {}  # (set, command) -> [(wall, rss)]
    for r in range(args.rounds):
        print(f"round {r + 1} of {args.rounds}", file=sys.stderr)
        for name, folder in [("base", base), ("double", double), ("large", large), ("shipped", shipped)]:
            runs.setdefault((name, "limit"), []).append(measure([limit, folder]))
            for command, argv in commands(folder).items():
                if name == "base" or (name in ("double", "large") and command in linear) or (
                    name == "shipped" and command in ("check (text)", "report -o DIR")
                ):
                    runs.setdefault((name, command), []).append(measure(argv))
                    shutil.rmtree(out, ignore_errors=True)

    def wall(key):
        return statistics.median(w for w, _ in runs[key])

    def rss(key):
        return statistics.median(m for _, m in runs[key])

    input_bytes = size(base)
    print(f"{os.cpu_count()} cores; {args.rounds} rounds, medians; input {input_bytes / 1e6:.0f} MB "
          f"(1,000 x 100); limit {wall(('base', 'limit')):.2f} s\n")
    print("| command | wall (s) | ratio to the limit | peak memory (x input) | 2x journeys (time x) | same bytes, 4x larger files (time x) |")
    print("|---|---|---|---|---|---|")
    for command in commands(base):
        key = ("base", command)
        growth = ["", ""]
        if command in linear:
            growth = [f"{wall(('double', command)) / wall(key):.2f}", f"{wall(('large', command)) / wall(key):.2f}"]
        print(f"| `{command}` | {wall(key):.2f} | {wall(key) / wall(('base', 'limit')):.2f} | "
              f"{rss(key) / input_bytes:.1f} | {growth[0]} | {growth[1]} |")
    print(f"\nLimit on 2x journeys: {wall(('double', 'limit')) / wall(('base', 'limit')):.2f}x; "
          f"on 4x larger files: {wall(('large', 'limit')) / wall(('base', 'limit')):.2f}x.\n")
    print("| shipped journeys | wall (ms) |")
    print("|---|---|")
    for command in ("check (text)", "report -o DIR"):
        print(f"| `{command}` | {wall(('shipped', command)) * 1000:.0f} |")


if __name__ == "__main__":
    main()
