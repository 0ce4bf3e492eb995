"""Client side of bench/viewer.sh: times the viewer's tiles and profiles over HTTP, sequentially.

  viewer_bench.py tiles --url URL --tiles N --out FILE
  viewer_bench.py profile --url URL --out FILE
"""
import argparse
import json
import math
import time
import urllib.request

ORIGIN = 4194304.0


def get(url):
    t = time.perf_counter()
    with urllib.request.urlopen(url) as r:
        body = r.read()
        status = r.status
    return (time.perf_counter() - t) * 1000, status, body


def pct(v, p):
    s = sorted(v)
    k = (len(s) - 1) * p / 100
    f = math.floor(k)
    return s[f] if f + 1 >= len(s) else s[f] + (k - f) * (s[f + 1] - s[f])


def summary(ms):
    return {"n": len(ms), "p50_ms": round(pct(ms, 50), 1), "p95_ms": round(pct(ms, 95), 1), "max_ms": round(max(ms), 1)}


def tiles_under(bounds, z, n):
    """Tile addresses of zoom z whose tiles lie under the mosaic, spread over it, at most n."""
    size = 256 * 32768.0 / 2 ** z
    x0, y0, x1, y1 = bounds
    xs = range(int((x0 + ORIGIN) // size), int((x1 + ORIGIN) // size) + 1)
    ys = range(int((ORIGIN - y1) // size), int((ORIGIN - y0) // size) + 1)
    all_tiles = [(z, x, y) for y in ys for x in xs]
    step = max(1, len(all_tiles) // n)
    return all_tiles[::step][:n]


def bench_tiles(a):
    info = json.loads(get(a.url + "api/info")[2])
    base = a.url + "tiles/{}/{}/{}.png?layer=dem&colormap=terrain&vmin={}&vmax=3000{}"
    result = {"source": info["source"], "shape": info["shape"]}
    for z in (10, 9, 8, 6):
        picked = tiles_under(info["bounds"], z, a.tiles)
        runs = {}
        for kind, vmin, extra in (("cold", 0, ""), ("warm", 0, ""), ("restyled", 1, ""), ("shaded", 0, "&hillshade=1")):
            ms = []
            for (zz, x, y) in picked:
                t, status, body = get(base.format(zz, x, y, vmin, extra))
                assert status == 200 and body[:4] == b"\x89PNG", (status, body[:100])
                ms.append(t)
            runs[kind] = summary(ms)
        result["z%d" % z] = runs
        print("zoom %2d (%5.0f m/px): %s" % (z, 32768.0 / 2 ** z, "  ".join(
            "%s p50 %.1f ms p95 %.1f ms" % (k, v["p50_ms"], v["p95_ms"]) for k, v in runs.items())))
    json.dump(result, open(a.out, "w"), indent=1)


def bench_profile(a):
    info = json.loads(get(a.url + "api/info")[2])
    x0, y0, x1, y1 = info["bounds"]
    d = 100000 / math.sqrt(2)
    first = {"type": "LineString", "coordinates": [[x0 + 5000, y1 - 5000], [x0 + 5000 + d, y1 - 5000 - d]]}
    # Another diagonal, 20 km to the east: blocks never fetched, in a server that has answered a profile before.
    other = {"type": "LineString", "coordinates": [[x0 + 25000, y1 - 5000], [x0 + 25000 + d, y1 - 5000 - d]]}
    result = {}
    for kind, line in (("first", first), ("warm", first), ("cold", other)):
        body = json.dumps(line).encode()
        req = urllib.request.Request(a.url + "api/profile", data=body, headers={"Content-Type": "application/json"})
        t = time.perf_counter()
        with urllib.request.urlopen(req) as r:
            p = json.loads(r.read())
        ms = (time.perf_counter() - t) * 1000
        result[kind] = {"ms": round(ms, 1), "stations": p["count"], "length_m": p["length"], "step_m": p["step"]}
        print("profile %s: %.0f ms for %d stations every %s m over %.1f km" % (
            kind, ms, p["count"], p["step"], p["length"] / 1000))
    print("(first: the server's first profile, blocks never fetched; warm: the same line again, blocks in the "
          "byte cache; cold: another line, blocks never fetched)")
    json.dump(result, open(a.out, "w"), indent=1)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("what", choices=["tiles", "profile"])
    ap.add_argument("--url", required=True)
    ap.add_argument("--tiles", type=int, default=60)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    bench_tiles(a) if a.what == "tiles" else bench_profile(a)


if __name__ == "__main__":
    main()
