#!/usr/bin/env python3
r"""CI consumer check: the CSV of `tjm export --to csv` read back with Python's csv module gives
every field exactly as `tjm export --to json` says, diacritics, quotes, separators and line
breaks included.

    python3 .ci/consumers/csv_roundtrip.py touchpoints.csv journeys.json [--delimiter ';'] [--raw]

The CSV must start with a UTF-8 byte-order mark. With the `;` delimiter numbers carry a decimal
comma (Dutch Excel), otherwise a point. Without --raw (tjm's default) text cells are expected
defused for spreadsheets, as re-implemented here from the documented rule: control characters
shown as `\u{1b}`, and a leading `'` before a cell starting with = + - @ tab or CR unless it is a
plain number; no text cell may then start a formula. With --raw (`tjm export --to csv --raw`)
every field must be exactly the JSON's. Exits 1 listing every mismatch.
"""

import argparse
import csv
import json
import math
import re
import sys

COLUMNS = [
    "journey", "stage", "touchpoint", "title", "actor", "channel", "vera_code", "kind", "wait",
    "emotion", "emotion_note", "milestone", "importance", "findings", "finding_count",
    "expected_visits", "norm", "absent",
]

# The columns that carry text from the journey; the others are tjm's own names and numbers.
TEXT_COLUMNS = {"journey", "stage", "touchpoint", "title", "actor", "wait", "emotion_note", "findings"}
PLAIN_NUMBER = re.compile(r"[+-]?[0-9]+([.,][0-9]+)?")


def unsafe(c: str) -> bool:
    """Rust's char::is_control (C0, DEL, C1) except line feed and tab, and the bidi overrides."""
    o = ord(c)
    return ((o < 0x20 or 0x7F <= o <= 0x9F) and c not in "\n\t") or 0x202A <= o <= 0x202E or 0x2066 <= o <= 0x2069


def defused(text: str) -> str:
    """A text cell as tjm writes it for spreadsheets."""
    shown = "".join(f"\\u{{{ord(c):x}}}" if unsafe(c) else c for c in text)
    if shown[:1] in ("=", "+", "-", "@", "\t", "\r") and not PLAIN_NUMBER.fullmatch(shown):
        return "'" + shown
    return shown


def written(value) -> str:
    """A milestone as the CSV writes it: JSON's true/false, or the word itself."""
    return ("true" if value else "false") if isinstance(value, bool) else value


UNKNOWN_ACTOR = {"en": "unknown", "nl": "onbekend"}


def actor_name(actors: dict, actor: str, language: str) -> str:
    """The actor's name; an actor the file leaves unknown is "unknown" in the journey's language."""
    if actor.strip() == "" or actor.strip().lower() in ("unknown", "onbekend"):
        return actors.get(actor, UNKNOWN_ACTOR.get(language, "unknown"))
    return actors.get(actor, actor)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("csv_file")
    parser.add_argument("json_file")
    parser.add_argument("--delimiter", default=";")
    parser.add_argument("--raw", action="store_true", help="expect every field exactly (tjm --raw)")
    args = parser.parse_args()
    decimal_comma = args.delimiter == ";"

    with open(args.csv_file, "rb") as f:
        raw = f.read()
    errors = []
    if not raw.startswith(b"\xef\xbb\xbf"):
        errors.append("the CSV does not start with a UTF-8 byte-order mark")
    with open(args.csv_file, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=args.delimiter, quotechar='"', strict=True))
    with open(args.json_file, encoding="utf-8") as f:
        document = json.load(f)

    if not rows or rows[0] != COLUMNS:
        errors.append(f"header is {rows[0] if rows else None}, expected {COLUMNS}")
    body = rows[1:]

    expected = []
    for report in document["journeys"]:
        journey = report["journey"]
        stages = {s["id"]: s["title"] for s in journey["stages"]}
        actors = {a["id"]: a["name"] for a in journey["actors"]}
        if len(report["touchpoints"]) != len(journey["touchpoints"]):
            errors.append(f"{journey['id']}: rows and touchpoints differ in number")
        for row, tp in zip(report["touchpoints"], journey["touchpoints"]):
            # The rows agree with the journey itself, not only with themselves.
            emotion = tp.get("emotion") or {}
            model = {
                "journey": journey["id"],
                "stage": stages.get(tp["stage"], tp["stage"]),
                "touchpoint": tp["id"],
                "title": tp["title"],
                "actor": actor_name(actors, tp.get("actor", ""), journey.get("language", "nl")),
                "channel": tp.get("channel", ""),
                "wait": tp.get("wait", ""),
                "emotion": emotion.get("score"),
                "emotion_note": emotion.get("note", ""),
                # true/false, or good_news/bad_news
                "milestone": written(tp.get("milestone", False)),
                "kind": tp.get("kind", "contact"),
            }
            for key, value in model.items():
                if row[key] != value:
                    errors.append(f"{journey['id']}/{tp['id']}: JSON row {key}={row[key]!r}, journey says {value!r}")
            active = [
                f"{f['code']} {f['rule']}"
                for f in report["findings"]
                if f["touchpoint"] == tp["id"] and f.get("silenced") is None
            ]
            if row["findings"] != ", ".join(active):
                errors.append(f"{journey['id']}/{tp['id']}: findings {row['findings']!r} vs report {active!r}")
            expected.append(row)

    if len(body) != len(expected):
        errors.append(f"the CSV has {len(body)} rows, the JSON {len(expected)} touchpoints")

    fields = 0
    before = len(errors)
    for n, (got, want) in enumerate(zip(body, expected), start=2):
        if len(got) != len(COLUMNS):
            errors.append(f"line {n}: {len(got)} fields, expected {len(COLUMNS)}")
            continue
        for column, text in zip(COLUMNS, got):
            value = want[column]
            fields += 1
            if column == "expected_visits":
                if decimal_comma and "." in text:
                    errors.append(f"line {n}: {column} {text!r} has a decimal point, expected a comma")
                number = float(text.replace(",", ".")) if decimal_comma else float(text)
                if not math.isclose(number, value, rel_tol=0, abs_tol=1e-9):
                    errors.append(f"line {n}: {column} {text!r} != {value!r}")
                continue
            if value is None:
                value = ""
            elif isinstance(value, bool):
                value = "true" if value else "false"
            elif isinstance(value, int):
                value = str(value)
            elif column in TEXT_COLUMNS and not args.raw:
                value = defused(value)
                if text[:1] in ("=", "+", "-", "@", "\t", "\r") and not PLAIN_NUMBER.fullmatch(text):
                    errors.append(f"line {n}: {column} {text!r} starts a formula")
            if text != value:
                errors.append(f"line {n}: {column} {text!r} != {value!r}")

    field_errors = min(len(errors) - before, fields)
    for error in errors:
        print(f"FAIL {error}", file=sys.stderr)
    print(f"csv: {len(body)} rows and {fields} fields read back")
    print(f"csv: {fields - field_errors} passed, {len(errors)} failed")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
