#!/usr/bin/env python3
"""Whole-command comparison of tjm against the parse-only limit program (examples/limit.rs).

Runs, interleaved and ROUNDS times, the limit and then each command on realistic synthetic
journeys (examples/generate.rs): wall time as a ratio to the limit's in the same round, CPU
time (user + system) as a ratio to the limit's, and peak memory as a multiple of the input
size, all from `/usr/bin/time -f '%e %U %S %M'`. Then the linear checks (2x journeys; the same
bytes in 4x larger files) and the shipped journeys. Prints a Markdown table; the figures are
medians over the rounds. With `--before OTHER_TJM` every command also runs with that binary
in the same rounds (say, main's), so a change is measured against the same load.

    cargo build --release --bin tjm --examples
    python3 benches/compare.py [--rounds 3] [--tjm target/release/tjm] [--before OLD_TJM]
                               [--data target/compare]

Needs GNU time at /usr/bin/time. Other load on the machine shows up in the figures: state it.

Every report run writes into a new folder, and the folders are removed only at the end: on
ext4, a thousand files deleted just before made each new file about thirty times slower to
create (the file system passes over recently freed inodes), which measured the deletion, not
tjm. Keep the data outside the repository (`--data /tmp/compare`): inside it, the repository's
`tjm.toml` applies to the generated journeys.
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
    """Wall seconds, CPU seconds and peak RSS bytes of one process; its output is discarded."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as out:
        subprocess.run(
            ["/usr/bin/time", "-o", out.name, "-f", "%e %U %S %M", *argv],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            check=False,
        )
        wall, user, system, rss = out.read().split()[-4:]
        return float(wall), float(user) + float(system), int(rss) * 1024


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
    parser.add_argument("--before", help="another tjm binary to run in the same rounds")
    parser.add_argument("--examples", default=os.path.join(ROOT, "target/release/examples"))
    parser.add_argument("--data", default=os.path.join(ROOT, "target/compare"))
    args = parser.parse_args()
    limit = os.path.join(args.examples, "limit")
    generator = os.path.join(args.examples, "generate")
    base = generate(generator, os.path.join(args.data, "1000x100"), 1000, 100)
    double = generate(generator, os.path.join(args.data, "2000x100"), 2000, 100)
    large = generate(generator, os.path.join(args.data, "250x400"), 250, 400)
    shipped = os.path.join(ROOT, "journeys")
    outputs = os.path.join(args.data, "report-out")
    shutil.rmtree(outputs, ignore_errors=True)
    written = [0]

    def out():
        written[0] += 1
        return os.path.join(outputs, str(written[0]))

    binaries = [("", args.tjm)] + ([("before: ", args.before)] if args.before else [])

    def commands(folder):
        def shapes():
            return {
                "check --brief": ["check", "--brief", folder],
                "check --format json": ["check", "--format", "json", folder],
                "check --format sarif": ["check", "--format", "sarif", folder],
                "check (text)": ["check", folder],
                "report -o DIR": ["report", folder, "-o", out()],
            }
        return {label + name: [tjm, *argv] for label, tjm in binaries for name, argv in shapes().items()}

    runs = {}  # (set, command) -> [(wall, cpu, rss)]
    for r in range(args.rounds):
        print(f"round {r + 1} of {args.rounds}", file=sys.stderr)
        for name, folder in [("base", base), ("double", double), ("large", large), ("shipped", shipped)]:
            runs.setdefault((name, "limit"), []).append(measure([limit, folder]))
            for command, argv in commands(folder).items():
                if name != "shipped" or command.endswith(("check (text)", "report -o DIR")):
                    runs.setdefault((name, command), []).append(measure(argv))
    shutil.rmtree(outputs, ignore_errors=True)

    def wall(key):
        return statistics.median(w for w, _, _ in runs[key])

    def cpu(key):
        return statistics.median(c for _, c, _ in runs[key])

    def rss(key):
        return statistics.median(m for _, _, m in runs[key])

    input_bytes = size(base)
    limit_key = ("base", "limit")
    print(f"{os.cpu_count()} cores; {args.rounds} rounds, medians; input {input_bytes / 1e6:.0f} MB "
          f"(1,000 x 100); limit {wall(limit_key):.2f} s wall, {cpu(limit_key):.2f} s CPU\n")
    print("| command | wall (s) | wall ratio to the limit | CPU ratio to the limit | peak memory (x input) "
          "| 2x journeys (wall x) | same bytes, 4x larger files (wall x) |")
    print("|---|---|---|---|---|---|---|")
    for command in commands(base):
        key = ("base", command)
        growth = [f"{wall((s, command)) / wall(key):.2f}" for s in ("double", "large")]
        print(f"| `{command}` | {wall(key):.2f} | {wall(key) / wall(limit_key):.2f} | "
              f"{cpu(key) / cpu(limit_key):.2f} | {rss(key) / input_bytes:.1f} | {growth[0]} | {growth[1]} |")
    print(f"\nLimit on 2x journeys: {wall(('double', 'limit')) / wall(limit_key):.2f}x; "
          f"on 4x larger files: {wall(('large', 'limit')) / wall(limit_key):.2f}x.\n")
    print("| shipped journeys | wall (ms) |")
    print("|---|---|")
    for command in commands(shipped):
        if command.endswith(("check (text)", "report -o DIR")):
            print(f"| `{command}` | {wall(('shipped', command)) * 1000:.0f} |")


if __name__ == "__main__":
    main()
