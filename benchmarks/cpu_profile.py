"""Run a module or script under cProfile with a CPU-time clock (time.process_time: user + system of this
process, so waiting on the database or the network does not count), and write the profile on exit.
Profiling starts at SIGUSR1 (bench_replicas.py sends it once the process is healthy, so start-up is left
out). Usage: cpu_profile.py OUTFILE (-m MODULE | SCRIPT) [ARGS...]."""

from __future__ import annotations

import cProfile
import runpy
import signal
import sys
import time

if __name__ == "__main__":
    outfile, *rest = sys.argv[1:]
    module = rest[0] == "-m"
    target, *args = rest[1:] if module else rest
    sys.argv = [target, *args]
    profiler = cProfile.Profile(time.process_time)
    signal.signal(signal.SIGUSR1, lambda *_: profiler.enable())
    try:
        if module:
            runpy.run_module(target, run_name="__main__", alter_sys=True)
        else:
            runpy.run_path(target, run_name="__main__")
    except SystemExit:
        pass
    finally:
        profiler.disable()
        profiler.dump_stats(outfile)
