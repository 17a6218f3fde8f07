"""Times scipy.ndimage.correlate with the 5x5 kernel of Correlation5x5Benchmarks, mode mirror.

Run with Debian's python3-scipy (not a pyenv or virtualenv python):

    /usr/bin/python3 benchmarks/scipy/time_correlate.py

Prints, for 512x512 and 2048x2048 float64 images, the mean, standard deviation and minimum of
several single calls, after two warm-up calls, in the same shape as the BenchmarkDotNet table.
"""

import os
import platform
import statistics
import time

import numpy as np
import scipy
from scipy import ndimage

KERNEL = np.array(
    [
        [1, 2, 0, -1, 3],
        [0.5, 4, 1, 2, -2],
        [-1, 3, 8, 1, 0.25],
        [2, -3, 1, 5, 1],
        [0, 1, -2, 1, 4],
    ]
)
WARMUP = 2
ITERATIONS = {512: 20, 2048: 5}


def main():
    print(f"python {platform.python_version()}, numpy {np.__version__}, scipy {scipy.__version__}, "
          f"cpus {os.cpu_count()}, OPENBLAS_CORETYPE={os.environ.get('OPENBLAS_CORETYPE', '(unset)')}")
    rng = np.random.default_rng(42)
    for size, iterations in ITERATIONS.items():
        image = rng.integers(0, 256, size=(size, size)).astype(np.float64)
        for _ in range(WARMUP):
            ndimage.correlate(image, KERNEL, mode="mirror")
        times = []
        for _ in range(iterations):
            start = time.perf_counter()
            ndimage.correlate(image, KERNEL, mode="mirror")
            times.append((time.perf_counter() - start) * 1000)
        print(f"scipy.ndimage.correlate 5x5 mirror {size}x{size}: mean {statistics.mean(times):.2f} ms, "
              f"sd {statistics.stdev(times):.2f} ms, min {min(times):.2f} ms ({iterations} calls)")


if __name__ == "__main__":
    main()
