"""Hand freed memory back to the OS. glibc keeps the heap pages a process freed (the float32 token table
WordLlama ships, an index build's temporaries, start-up's parsing) for reuse, so they stay in its RSS; after
such a one-off peak, `malloc_trim` returns them.

Pure Python: no framework imports.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc


def release_freed_memory() -> None:
    """Collect garbage, then return the free heap pages to the OS (a no-op where libc has no malloc_trim)."""
    gc.collect()
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)
