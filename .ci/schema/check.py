"""The journey schema in Python's jsonschema (draft 2020-12): it accepts every shipped journey,
every scaffold, the project's example and the Dutch-names fixture, and rejects every
fixtures/bad-*.json.

    python3 check.py REPO PROJECT
"""

import json
import sys
from pathlib import Path

from jsonschema import Draft202012Validator


def main() -> int:
    repo, project = (Path(p).resolve() for p in sys.argv[1:3])
    here = Path(__file__).resolve().parent
    good = [
        *sorted((repo / "journeys").glob("*.json")),
        *sorted((repo / "locales").glob("*/scaffolds/*.json")),
        *sorted((project / "journeys").glob("*.json")),
        *sorted((here / "fixtures").glob("good-*.json")),
    ]
    bad = sorted((here / "fixtures").glob("bad-*.json"))
    failures = 0
    for schema_path in (repo / "schema/journey.schema.json", project / "schema/journey.schema.json"):
        schema = json.loads(schema_path.read_text(encoding="utf-8"))
        Draft202012Validator.check_schema(schema)
        validator = Draft202012Validator(schema)
        for path in good:
            errors = list(validator.iter_errors(json.loads(path.read_text(encoding="utf-8"))))
            if errors:
                failures += 1
                print(f"FAIL {schema_path.parent.parent.name}: rejects {path}: {errors[0].message}")
        for path in bad:
            if validator.is_valid(json.loads(path.read_text(encoding="utf-8"))):
                failures += 1
                print(f"FAIL {schema_path.parent.parent.name}: accepts {path.name}")
        print(f"ok   jsonschema: {schema_path} accepts {len(good)}, rejects {len(bad)}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
