"""Helpers shared by the bench scripts: run a child process, time its marker lines, take its peak memory."""

from __future__ import annotations

import os
import statistics
import subprocess
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Child:
    """What a finished child process showed: seconds from launch to each marker, its output, its peak memory."""

    marks: dict[str, float] = field(default_factory=dict)
    lines: list[str] = field(default_factory=list)
    peak_mb: float = 0.0
    code: int = 0


def run_child(cmd: Sequence[str], markers: Iterable[str] = ()) -> Child:
    """Run cmd from the project folder (offscreen Qt); note when each marker first appears in its output.

    The output is read as it comes, so every side is timed the same way from launch. marks["exit"] is the end
    of the process. The peak is the child's own maximum resident set, from wait4 (Linux), so one measurement
    never includes another's memory.
    """
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = Child()
    wanted = list(markers)
    started = time.perf_counter()
    with subprocess.Popen(list(cmd), cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                          text=True) as proc:
        assert proc.stdout is not None
        for line in proc.stdout:
            now = time.perf_counter() - started
            child.lines.append(line.rstrip("\n"))
            for marker in wanted:
                if marker in line and marker not in child.marks:
                    child.marks[marker] = now
        _pid, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = child.code = os.waitstatus_to_exitcode(status)
    child.marks["exit"] = time.perf_counter() - started
    child.peak_mb = usage.ru_maxrss / 1024  # kilobytes on Linux
    return child


def timed(cmd: Sequence[str], markers: Iterable[str] = ("painted", "complete")) -> Child:
    """run_child that fails loudly when the child fails or never prints its first marker."""
    wanted = list(markers)
    child = run_child(cmd, wanted)
    if child.code != 0 or wanted[0] not in child.marks:
        raise SystemExit(f"{' '.join(cmd)} failed (exit {child.code})")
    return child


def median_of(values: Iterable[float]) -> float:
    return statistics.median(list(values))
