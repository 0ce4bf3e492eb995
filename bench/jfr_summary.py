#!/usr/bin/env python3
"""Where a JFR recording's time went: Java execution samples by thread pool and by what the sampled frame does
(the top nunatak frame decides), GC pauses and JIT compilations.

    jfr_summary.py RECORDING.jfr [JFR_TOOL]     (JFR_TOOL defaults to jfr on the PATH)
"""
import collections
import re
import subprocess
import sys

# The first matching pattern, looked for from the top of the stack, names the sample's category.
CATEGORIES = [
    ("LZW decode", r"nunatak\.tiff\.(Lzw|UnsafeWords)"),
    ("other block decode (predictor, inflate, conversion)", r"nunatak\.tiff\.|java\.util\.zip\."),
    ("rows: compositing decoded blocks", r"nunatak\.blocks\."),
    ("mask + reduction (where, coarsen mean)", r"nunatak\.array\."),
    ("HTTP client", r"jdk\.internal\.net\.http|sun\.nio\.ch|java\.net\."),
    ("planning, sources, headers", r"nunatak\.(plan|mosaic|catalog|source)\."),
    ("CLI, output", r"nunatak\.(cli|plot)\.|picocli\."),
    ("JDK start-up (class loading, reflection, lambdas)", r"java\.lang\.invoke|jdk\.internal\.(loader|reflect|org)|"
                                                           r"java\.lang\.(Class|reflect)|java\.util\.(jar|zip)"),
]


def run(tool, args):
    return subprocess.run([tool] + args, check=True, capture_output=True, text=True).stdout


def main():
    rec = sys.argv[1]
    tool = sys.argv[2] if len(sys.argv) > 2 else "jfr"
    text = run(tool, ["print", "--events", "jdk.ExecutionSample", "--stack-depth", "64", rec])
    by_cat, by_thread = collections.Counter(), collections.Counter()
    total = 0
    for event in text.split("jdk.ExecutionSample")[1:]:
        thread = re.search(r'sampledThread = "([^"]*)"', event)
        frames = re.findall(r"^\s+([\w$.]+)\(", event, re.M)
        if not frames:
            continue
        total += 1
        by_thread[re.sub(r"[-\d]+$", "", thread.group(1)) if thread else "?"] += 1
        cat = "other"
        for frame in frames:
            hit = next((name for name, pat in CATEGORIES if re.match(pat, frame)), None)
            if hit:
                cat = hit
                break
        by_cat[cat] += 1
    print("%d Java execution samples" % total)
    print("by thread pool: " + ", ".join("%s %d (%.0f %%)" % (t, n, 100.0 * n / total) for t, n in by_thread.most_common()))
    for cat, n in by_cat.most_common():
        print("  %5.1f %%  %s" % (100.0 * n / total, cat))

    def durations(event):
        out = run(tool, ["print", "--events", event, rec])
        ms = []
        for v, unit in re.findall(r"^\s+duration = ([\d.]+) (\w+)", out, re.M):
            ms.append(float(v) * {"s": 1000, "ms": 1, "us": 0.001, "ns": 1e-6}.get(unit, 1))
        return ms

    gc = durations("jdk.GarbageCollection")
    print("GC: %d collections, %.0f ms" % (len(gc), sum(gc)))
    comp = durations("jdk.Compilation")
    print("JIT compilations recorded (over the threshold): %d, %.0f ms" % (len(comp), sum(comp)))


if __name__ == "__main__":
    main()
