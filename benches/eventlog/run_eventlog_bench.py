#!/usr/bin/env python3
"""Time eventlog_tasks.py (and the I/O floors) as separate processes.

  python3 run_eventlog_bench.py DATA_DIR SIZE [SIZE ...] [--runs 5] [--warmup 1]
         [--tasks t1,t2] [--out results.jsonl]

SIZE is 10k, 100k, 1m or 5m (DATA_DIR/events_SIZE.csv, made by gen_eventlog.py;
pm4py_xes_dfg uses DATA_DIR/events_SIZE.xes where it exists). Every run is one
process under `/usr/bin/time -v` (peak RSS, user and system CPU); wall time is taken
around the process with time.perf_counter. Warm-up runs are not counted (they also
put the file in the page cache, so every counted run reads from memory). Appends one
JSON line per (size, task) with all runs and min/median/max, and prints a row.

With --interleave the tasks take turns (round 1: t1 t2 t3, round 2: t1 t2 t3, ...)
and each round's wall-time ratio first-task / task is recorded, so a ratio holds
while the shared machine's speed drifts.
"""
import json
import os
import re
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TASKS = os.path.join(HERE, "eventlog_tasks.py")
PY = sys.executable

# also rust_probe, rust_probe_inline (binary from $DFG_PROBE, default ./dfg_probe),
# pm4py_handover, import_pandas, import_pm4py, import_polars, import_duckdb (fixed start-up cost)
ALL = ["cat", "wc_l", "python_start", "pandas_read", "pm4py_dfg", "pm4py_perf",
       "pm4py_variants", "pm4py_all", "pm4py_xes_dfg", "polars_dfg", "duckdb_dfg"]


def command(task, csv, xes):
    if task == "cat":
        return ["sh", "-c", 'cat "$1" > /dev/null', "sh", csv]
    if task == "wc_l":
        return ["wc", "-l", csv]
    if task == "python_start":
        return [PY, "-c", "pass"]
    if task.startswith("import_"):
        return [PY, "-c", "import " + task[len("import_"):]]
    if task == "tjm":  # tjm's import: DFG, waits, repeat contacts, handoffs (JSON to stdout)
        return [os.environ.get("TJM", os.path.join(HERE, "..", "..", "target", "release", "tjm")),
                "evidence", csv, "--format", "json"]
    if task == "rust_probe":  # eventlog_dfg_probe.rs, built as its header says
        return [os.environ.get("DFG_PROBE", "./dfg_probe"), csv]
    if task == "rust_probe_inline":
        return [os.environ.get("DFG_PROBE", "./dfg_probe"), csv, "--inline-keys"]
    if task == "pm4py_xes_dfg":
        return [PY, TASKS, task, xes] if xes else None
    return [PY, TASKS, task, csv]


def one(cmd):
    env = dict(os.environ, PYTHONWARNINGS="ignore")
    t = time.perf_counter()
    p = subprocess.run(["/usr/bin/time", "-v"] + cmd, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, env=env)
    wall = time.perf_counter() - t
    err = p.stderr.decode("utf-8", "replace")
    def grab(label):
        m = re.search(re.escape(label) + r":\s*([0-9.]+)", err)
        return float(m.group(1)) if m else float("nan")
    out = p.stdout.decode("utf-8", "replace").strip().splitlines()
    return {
        "wall_s": wall,
        "user_s": grab("User time (seconds)"),
        "sys_s": grab("System time (seconds)"),
        "rss_mb": grab("Maximum resident set size (kbytes)") / 1024.0,
        "rc": p.returncode,
        "stdout": out[-1] if out else "",
    }


def summary(xs):
    return {"min": min(xs), "median": statistics.median(xs), "max": max(xs)}


def main():
    args = sys.argv[1:]
    def opt(name, default):
        if name in args:
            i = args.index(name)
            v = args[i + 1]
            del args[i:i + 2]
            return v
        return default
    runs = int(opt("--runs", "5"))
    warmup = int(opt("--warmup", "1"))
    tasks = opt("--tasks", ",".join(ALL)).split(",")
    out = opt("--out", os.path.join(HERE, "eventlog_results.jsonl"))
    interleave = "--interleave" in args
    if interleave:
        args.remove("--interleave")
    data, sizes = args[0], args[1:]
    if interleave:
        for size in sizes:
            csv = os.path.join(data, "events_%s.csv" % size)
            xes = os.path.join(data, "events_%s.xes" % size)
            xes = xes if os.path.exists(xes) else None
            cmds = [(t, command(t, csv, xes)) for t in tasks]
            for _ in range(warmup):
                for _, c in cmds:
                    one(c)
            walls = {t: [] for t in tasks}
            rss = {t: [] for t in tasks}
            for _ in range(runs):
                for t, c in cmds:
                    r = one(c)
                    walls[t].append(r["wall_s"])
                    rss[t].append(r["rss_mb"])
            base = tasks[0]
            for t in tasks:
                ratios = [b / w for b, w in zip(walls[base], walls[t])]
                rec = {"size": size, "task": t, "interleaved_with": tasks, "walls": walls[t],
                       "wall": summary(walls[t]), "ratio_first_over_task": summary(ratios),
                       "rss_mb": summary(rss[t]),
                       "time": time.strftime("%Y-%m-%dT%H:%M:%S")}
                with open(out, "a") as f:
                    f.write(json.dumps(rec) + "\n")
                r = rec["ratio_first_over_task"]
                print("%-5s %-18s wall med %7.3f s (min %7.3f, max %7.3f)  %s/%s med %6.2fx "
                      "(min %6.2f, max %6.2f)  rss med %7.1f MB" % (size, t, rec["wall"]["median"], rec["wall"]["min"],
                      rec["wall"]["max"], base, t, r["median"], r["min"], r["max"],
                      rec["rss_mb"]["median"]), flush=True)
        return
    for size in sizes:
        csv = os.path.join(data, "events_%s.csv" % size)
        xes = os.path.join(data, "events_%s.xes" % size)
        xes = xes if os.path.exists(xes) else None
        mb = os.path.getsize(csv) / 1e6
        with open(csv, "rb") as f:
            n_events = sum(1 for _ in f) - 1
        for task in tasks:
            cmd = command(task, csv, xes)
            if cmd is None:
                continue
            for _ in range(warmup):
                one(cmd)
            rs = [one(cmd) for _ in range(runs)]
            rec = {
                "size": size, "task": task, "events": n_events, "csv_mb": round(mb, 2),
                "xes_mb": round(os.path.getsize(xes) / 1e6, 2) if xes else None,
                "cmd": " ".join(cmd), "runs": rs,
                "wall": summary([r["wall_s"] for r in rs]),
                "cpu": summary([r["user_s"] + r["sys_s"] for r in rs]),
                "rss_mb": summary([r["rss_mb"] for r in rs]),
                "rcs": sorted(set(r["rc"] for r in rs)),
                "python": sys.version.split()[0],
                "time": time.strftime("%Y-%m-%dT%H:%M:%S"),
            }
            with open(out, "a") as f:
                f.write(json.dumps(rec) + "\n")
            w = rec["wall"]
            print("%-5s %-15s wall med %7.3f s (min %7.3f, max %7.3f)  cpu med %7.3f s  "
                  "rss med %7.1f MB  %11.0f ev/s  rc %s  | %s"
                  % (size, task, w["median"], w["min"], w["max"], rec["cpu"]["median"],
                     rec["rss_mb"]["median"], n_events / w["median"], rec["rcs"],
                     rs[-1]["stdout"][:60]), flush=True)


if __name__ == "__main__":
    main()
