"""Run a module under cProfile with a CPU-time clock (time.process_time: user + system of this process,
so time spent waiting on the database or the network does not count), and write the profile on exit.
Usage: cpu_profile.py OUTFILE MODULE [ARGS...] (bench_replicas.py uses it when BENCH_PROFILE is set)."""

from __future__ import annotations

import cProfile
import runpy
import sys
import time

if __name__ == "__main__":
    outfile, module, *args = sys.argv[1:]
    sys.argv = [module, *args]
    profiler = cProfile.Profile(time.process_time)
    profiler.enable()
    try:
        runpy.run_module(module, run_name="__main__", alter_sys=True)
    except SystemExit:
        pass
    finally:
        profiler.disable()
        profiler.dump_stats(outfile)
