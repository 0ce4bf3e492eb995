#!/usr/bin/env python3
"""Summarises bench/e2e.sh's rounds: the median time of each step and the median of each ratio measured within one
round (side by side), against issue 15's targets. Prints a table and writes bench/target/e2e-res<R>.json.

    e2e_report.py WORK RES ENGINE HEAP ROUNDS [VARIANT...]
"""
import json
import math
import os
import statistics
import sys


def load(path):
    return json.load(open(path)) if os.path.exists(path) else None


def times(path):  # /usr/bin/time -f "%e %M %U %S" -> (seconds, max RSS KiB, user + system CPU seconds)
    if not os.path.exists(path):
        return None, None, None
    e, m, u, s = open(path).read().split()[-4:]
    return float(e), float(m), float(u) + float(s)


def median(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def main():
    w, res, engine, heap, rounds = sys.argv[1:6]
    variants = sys.argv[6:]
    rounds = range(1, int(rounds) + 1)

    def session(label, r):
        t = load("%s/run-%s-%d.json" % (w, label, r))
        if t is None:
            return None
        t["wall"], t["rss_kib"], t["cpu"] = times("%s/run-%s-%d.time" % (w, label, r))
        return t

    runs = []
    for r in rounds:
        x = load("%s/run-xarray-%d.json" % (w, r))
        if x is not None:
            x["wall"], x["rss_kib"], x["cpu"] = times("%s/run-xarray-%d.time" % (w, r))
        runs.append({
            "nunatak": session("local", r), "spark": session("spark", r), "xarray": x,
            "variants": {v: session(v, r) for v in variants},
            "floor": (load("%s/run-floor-%d.json" % (w, r)) or {}).get("seconds"),
            "floor_http": (load("%s/run-floorhttp-%d.json" % (w, r)) or {}).get("seconds"),
            "floor_cpu": times("%s/run-floor-%d.time" % (w, r))[2],
            "floor_http_cpu": times("%s/run-floorhttp-%d.time" % (w, r))[2],
            "jfloor_first": (load("%s/run-jfloor-%d.json" % (w, r)) or {}).get("first"),
            "jfloor_best": (load("%s/run-jfloor-%d.json" % (w, r)) or {}).get("best"),
        })

    def get(run, who, key):
        d = run[who] if who in run else None
        return d.get(key) if isinstance(d, dict) else d

    def med(who, key=None):
        return median([run[who] if key is None else get(run, who, key) for run in runs])

    def ratio(a, b):  # median over rounds of a / b, each pair from the same round
        vals = [a(run) / b(run) for run in runs if a(run) and b(run)]
        return statistics.median(vals) if vals else None

    n = lambda k: (lambda run: get(run, "nunatak", k))  # noqa: E731
    x = lambda k: (lambda run: get(run, "xarray", k))  # noqa: E731
    fl = lambda run: run["floor"]  # noqa: E731
    flh = lambda run: run["floor_http"]  # noqa: E731
    ratios = {
        "coarsen_vs_xarray": (ratio(n("coarsen"), x("coarsen")), 0.5),
        "coarsen_vs_floor_http": (ratio(n("coarsen"), flh), 0.8 if res == "8" else 0.9),  # issue 15's targets
        "coarsen_vs_floor_local": (ratio(n("coarsen"), fl), None),
        "profile_vs_xarray": (ratio(n("profile"), x("profile")), 0.1),
        "session_vs_xarray_process": (ratio(n("wall"), x("wall")), 0.5),
        "session_cpu_vs_xarray_process_cpu": (ratio(n("cpu"), x("cpu")), None),
        "open_vs_xarray": (ratio(n("open"), x("open")), None),
        "nunatak_decode_floor_vs_gdal_local": (ratio(lambda run: run["jfloor_best"], fl), None),
        "coarsen_vs_nunatak_decode_floor": (ratio(n("coarsen"), lambda run: run["jfloor_best"]), None),
    }
    if any(run["spark"] for run in runs):
        ratios["spark_vs_local_coarsen"] = (ratio(lambda run: get(run, "spark", "coarsen"), n("coarsen")), 1.25)
    for v in variants:
        for k in ("coarsen", "profile", "wall", "cpu"):
            ratios["%s_vs_%s_%s" % ("local", v, k)] = (
                ratio(n(k), lambda run, v=v, k=k: (run["variants"][v] or {}).get(k)), None)

    def s(v):
        return "%.2f" % v if v is not None else "-"

    print()
    print("REMA-like mosaic at %s m over HTTP; nunatak with -Xmx%s (max RSS %s MiB); xarray on a LocalCluster of "
          "2 workers x 1 thread; medians of %d round(s)" % (res, heap, s((med("nunatak", "rss_kib") or 0) / 1024),
                                                           len(runs)))
    print("%-36s %9s %9s" % ("step (one session each)", "nunatak s", "xarray s"))
    for label, key in (("open", "open"), ("overview preview", "preview"), ("coarsen 100 mean + persist", "coarsen"),
                       ("profile y=750000", "profile"), ("whole process (JVM / Python start-up incl.)", "wall"),
                       ("whole process CPU, user + system", "cpu")):
        print("%-36s %9s %9s" % (label, s(med("nunatak", key)), s(med("xarray", key))))
    print("%-36s %9s  (its processes' CPU %s s)" % ("GDAL decode floor, local files", s(med("floor")),
                                                   s(med("floor_cpu"))))
    print("%-36s %9s  (its processes' CPU %s s)" % ("GDAL decode floor, over HTTP", s(med("floor_http")),
                                                   s(med("floor_http_cpu"))))
    if med("jfloor_best") is not None:
        print("%-36s %9s  (a fresh JVM's first pass %s)" % ("nunatak decode floor, local files", s(med("jfloor_best")),
                                                            s(med("jfloor_first"))))
    if any(run["spark"] for run in runs):
        print("%-36s %9s" % ("coarsen on Spark local[*]", s(median([get(r, "spark", "coarsen") for r in runs]))))
    for v in variants:
        vals = [r["variants"][v] for r in runs if r["variants"][v]]
        print("%-36s %s" % ("variant " + v, ", ".join("%s %s" % (k, s(median([d.get(k) for d in vals])))
                                                     for k in ("open", "coarsen", "profile", "wall", "cpu"))))
    print()
    print("%-36s %9s %9s %s" % ("ratio (median of same-round ratios)", "measured", "target", "met"))
    for k, (v, target) in ratios.items():
        met = "" if v is None or target is None else ("yes" if v <= target else "NO")
        print("%-36s %9s %9s %s" % (k, "%.2fx" % v if v else "-", "<= %.2fx" % target if target else "", met))

    coarse = load("%s/run-local-%d/map.json" % (w, len(runs)))
    xr = next((r["xarray"] for r in runs if r["xarray"]), None)
    agrees = None
    if coarse and xr:
        vals = [v for row in coarse["values"] for v in row if v is not None]
        mean = sum(vals) / len(vals)
        agrees = len(vals) == xr["coarse_valid"] and math.isclose(mean, xr["coarse_mean"], rel_tol=1e-5)
        print("coarse map agrees with xarray: %s (valid cells %d vs %d, mean %.4f vs %.4f)"
              % ("yes" if agrees else "NO", len(vals), xr["coarse_valid"], mean, xr["coarse_mean"]))
    json.dump({"res": res, "engine": engine, "heap": heap, "rounds": runs, "agrees_with_xarray": agrees,
               "ratios": {k: {"measured": v, "target": t} for k, (v, t) in ratios.items()}},
              open("%s/../e2e-res%s.json" % (w, res), "w"), indent=1)


if __name__ == "__main__":
    main()
