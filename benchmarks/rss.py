"""Peak resident set size, importing next to nothing (it is read right after an import)."""

from __future__ import annotations


def peak_rss_mib() -> float:
    """Peak resident set size of this process so far, in MiB.

    Linux's VmHWM, not getrusage's ru_maxrss: the latter carries over the parent's peak
    across fork and exec, so every child of a 33 MiB parent would report at least 33 MiB.
    """
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
