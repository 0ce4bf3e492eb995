#!/usr/bin/env python3
"""CPU seconds per thread group of a running JVM while its compute threads work: samples /proc/PID/task/*/stat every
50 ms until the process ends, and sums the intervals in which a `nunatak-cpu` thread ran (a job's compute phase).
Groups: nunatak-cpu (decoding, masking, reducing), nunatak (the fetch, io, header and feeder threads), the JIT's
compiler threads, the collector's threads, and the rest by name. Linux only.

    ./nunatak notebook ... &  /usr/bin/python3 bench/thread_cpu.py $(pgrep -f 'nunatak-cli.jar notebook')
"""
import collections
import glob
import os
import sys
import time

TICKS = os.sysconf("SC_CLK_TCK")


def group(name):
    if name.startswith("nunatak-cpu"):
        return "nunatak-cpu"
    if name.startswith("nunatak"):
        return "nunatak (fetch, io, ...)"
    if "CompilerThre" in name:
        return "JIT compilers"
    if name.startswith("GC Thread") or name.startswith("VM Thread"):
        return "collector"
    return name


def snapshot(pid):  # thread id -> (group, user + system ticks)
    threads = {}
    for task in glob.glob("/proc/%s/task/*" % pid):
        try:
            stat = open(task + "/stat").read()
        except OSError:
            continue  # the thread ended
        name = stat[stat.index("(") + 1:stat.rindex(")")]
        fields = stat[stat.rindex(")") + 2:].split()
        threads[task.rsplit("/", 1)[1]] = (group(name), int(fields[11]) + int(fields[12]))
    return threads


def main():
    pid = sys.argv[1]
    busy = collections.Counter()
    before = snapshot(pid)
    while os.path.exists("/proc/%s" % pid):
        time.sleep(0.05)
        now = snapshot(pid)
        step = collections.Counter()
        for tid, (g, ticks) in now.items():
            if tid in before:
                step[g] += ticks - before[tid][1]
        if step["nunatak-cpu"] > 0:
            busy.update(step)
        before = now
    for g, ticks in busy.most_common():
        if ticks:
            print("%-26s %6.2f s" % (g, ticks / TICKS))


if __name__ == "__main__":
    main()
