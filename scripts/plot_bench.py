#!/usr/bin/env python3
"""Plot the output of `shmchat-bench --json`.

Usage: plot_bench.py [RESULTS.jsonl | -] [-o docs/bench.png]

Reads one JSON object per line (a file, or stdin when the path is "-" or missing) and writes
one PNG: one-way latency distribution and percentiles per poll interval next to QLocalSocket,
and throughput per reader against the number of readers.
"""

import argparse
import json
import sys

try:
    import matplotlib
except ImportError:
    sys.exit("plot_bench: matplotlib is missing; install python3-matplotlib and run this with the "
             "system interpreter (/usr/bin/python3 scripts/plot_bench.py ...)")

matplotlib.use("Agg")  # no display needed: the benchmark machines are headless
import matplotlib.pyplot as plt  # noqa: E402


def load(stream):
    rows = []
    for number, line in enumerate(stream, 1):
        line = line.strip()
        if not line.startswith("{"):
            continue  # tolerate a table or progress lines mixed in
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as error:
            print(f"plot_bench: line {number} skipped: {error}", file=sys.stderr)
    return rows


def latency_label(row):
    if row["transport"] == "qlocalsocket":
        return "QLocalSocket (readyRead)"
    return f"ShmChat, poll {row['poll_ms']} ms"


def plot_latency_cdf(ax, rows):
    latency = [r for r in rows if r.get("scenario") == "latency" and r.get("samples_us")]
    for row in latency:
        samples = sorted(row["samples_us"])
        n = len(samples)
        ys = [100.0 * (i + 1) / n for i in range(n)]
        ax.step([s / 1000.0 for s in samples], ys, where="post", label=latency_label(row))
        if row["transport"] == "shmchat" and row.get("poll_ms"):
            # The target: p99 within one poll interval plus 1 ms.
            ax.axvline(row["poll_ms"] + 1, linestyle=":", linewidth=0.8,
                       color=ax.lines[-1].get_color())
    ax.set_xscale("log")
    ax.set_xlabel("one-way latency (ms, log scale)")
    ax.set_ylabel("messages delivered within (%)")
    ax.set_title("Latency distribution (dotted: poll + 1 ms target)")
    ax.grid(True, which="both", alpha=0.3)
    if latency:
        ax.legend(fontsize=8, loc="lower right")
    else:
        ax.text(0.5, 0.5, "no latency samples", ha="center", transform=ax.transAxes)


def plot_latency_percentiles(ax, rows):
    latency = [r for r in rows if r.get("scenario") == "latency" and r.get("p50_us") is not None]
    labels = [latency_label(r).replace(" (readyRead)", "").replace("ShmChat, ", "ShmChat\n")
              for r in latency]
    width = 0.27
    xs = range(len(latency))
    for offset, key, name in ((-width, "p50_us", "p50"), (0, "p99_us", "p99"), (width, "max_us", "max")):
        values = [r[key] / 1000.0 for r in latency]
        bars = ax.bar([x + offset for x in xs], values, width, label=name)
        for bar, value in zip(bars, values):
            ax.annotate(f"{value:.2f}", (bar.get_x() + bar.get_width() / 2, bar.get_height()),
                        ha="center", va="bottom", fontsize=6)
    ax.set_xticks(list(xs))
    ax.set_xticklabels(labels, fontsize=8)
    ax.set_ylabel("one-way latency (ms)")
    ax.set_title("Latency percentiles per poll interval")
    ax.grid(True, axis="y", alpha=0.3)
    ax.legend(fontsize=8)


def plot_throughput(ax, rows, key, ylabel, title):
    # Colour says the message size, line style the transport, so pairs to compare stand out.
    styles = {"shmchat": "-o", "qlocalsocket": "--s"}
    colours = {128: "tab:blue", 1024: "tab:red"}
    series = {}
    for row in rows:
        if row.get("scenario") != "throughput" or row.get(key) is None:
            continue
        name = (row["transport"], row["msg_bytes"])
        series.setdefault(name, []).append((row["readers"], row[key]))
    for index, ((transport, size), points) in enumerate(sorted(series.items())):
        points.sort()
        label = ("ShmChat, loss-free" if transport == "shmchat" else "QLocalSocket") + f", {size} B"
        ax.plot([p[0] for p in points], [p[1] for p in points], styles.get(transport, "-x"),
                color=colours.get(size), label=label)
        for x, y in points:
            # Staggered so that labels of series starting at the same point do not overlap.
            ax.annotate(f"{y:,.0f}", (x, y), textcoords="offset points",
                        xytext=(6, 8 - 7 * index), fontsize=6, color=colours.get(size))
    ax.set_xscale("log", base=2)
    ax.set_yscale("log")
    ax.set_xticks([1, 2, 4, 8])
    ax.set_xticklabels(["1", "2", "4", "8"])
    ax.set_xlim(0.8, 11)
    ax.set_xlabel("readers (1 writer)")
    ax.set_ylabel(ylabel)
    ax.set_title(title)
    ax.grid(True, which="both", alpha=0.3)
    if series:
        ax.legend(fontsize=8)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input", nargs="?", default="-", help="JSON lines from shmchat-bench --json (- = stdin)")
    parser.add_argument("-o", "--output", default="docs/bench.png", help="PNG to write")
    args = parser.parse_args()

    if args.input == "-":
        rows = load(sys.stdin)
    else:
        with open(args.input, encoding="utf-8") as stream:
            rows = load(stream)
    if not rows:
        print("plot_bench: no JSON result lines in the input", file=sys.stderr)
        return 1

    fig, axes = plt.subplots(2, 2, figsize=(13, 9))
    plot_latency_cdf(axes[0][0], rows)
    plot_latency_percentiles(axes[0][1], rows)
    plot_throughput(axes[1][0], rows, "msgs_per_s", "messages/s per reader (log)",
                    "Throughput per reader, no loss")
    plot_throughput(axes[1][1], rows, "mb_per_s", "MB/s per reader (log)", "Payload bandwidth per reader")
    meta = next((r for r in rows if r.get("scenario") == "meta"), None)
    if meta and meta.get("note"):
        fig.suptitle(meta["note"], fontsize=8)
    fig.tight_layout(rect=(0, 0, 1, 0.97))
    fig.savefig(args.output, dpi=110)
    print(f"plot_bench: wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
