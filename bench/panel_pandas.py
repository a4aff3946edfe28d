"""The panel benchmark's job in pandas (bench/panel.ts): YoY growth, 20-year average growth and
share of county of every indicator, and the urbanization ratio, rounded to one decimal.

Usage: python3 bench/panel_pandas.py FILE.csv compute|csv RUNS -- prints one JSON line.
`compute` reads the CSV once (untimed) and times the compute; `csv` times read_csv + compute.
"""
import json
import resource
import statistics
import sys
import time

import pandas as pd

INDICATORS_FROM = 3  # town, county, year, then the indicators


def compute(df):
    names = list(df.columns[INDICATORS_FROM:])
    by_town = df.groupby("town", sort=False)
    by_county = df.groupby(["county", "year"], sort=False)
    last_year = df["year"].max()
    years = last_year - df["year"].min()
    out = {}
    for name in names:
        value = df[name]
        previous = by_town[name].shift(1)
        out[f"growth:{name}"] = ((value / previous - 1) * 100).round(1)
        first = by_town[name].transform("first")
        average = ((value / first) ** (1 / years) - 1) * 100
        out[f"average-growth:{name}"] = average.where(df["year"] == last_year).round(1)
        out[f"share-of-group:{name}"] = (value / by_county[name].transform("sum") * 100).round(1)
    out["urbanization"] = (df["urban"] / df["resident"] * 100).round(1)
    return pd.DataFrame(out)


def main():
    path, mode, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
    times = []
    cells = 0
    frame = pd.read_csv(path) if mode == "compute" else None
    for _ in range(runs):
        start = time.perf_counter()
        df = frame if frame is not None else pd.read_csv(path)
        result = compute(df)
        times.append((time.perf_counter() - start) * 1000)
        cells = result.shape[0] * result.shape[1]
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    job = "pandas compute" if mode == "compute" else "pandas read_csv + compute"
    print(json.dumps({"job": job, "medianMs": statistics.median(times), "runsMs": times,
                      "peakRssMb": peak, "cells": cells}))


main()
