"""The sentence-embedding model loads from the installed wordllama package, never from the network."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np

from bot.domain.embedding import DIM, default_embedder

ROOT = Path(__file__).resolve().parents[1]


def test_model_loads_with_the_network_blocked():
    code = (
        "import socket\n"
        "def refuse(*a, **k):\n"
        "    raise RuntimeError('network used')\n"
        "socket.socket.connect = refuse\n"
        "socket.create_connection = refuse\n"
        "socket.getaddrinfo = refuse\n"
        "from bot.domain.embedding import Embedder\n"
        "vectors = Embedder.load().embed(['how much magnesium do I need'])\n"
        "print(vectors.shape)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"(1, {DIM})"


def test_vectors_are_unit_length_and_similar_questions_are_close():
    vectors = default_embedder().embed(
        [
            "my child swallowed a bottle of pills",
            "a kid ate a whole bottle of tablets",
            "what is a t-score",
            "",
        ]
    )
    assert np.allclose(np.linalg.norm(vectors[:3], axis=1), 1.0, atol=1e-5)
    assert not vectors[3].any()
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2] + 0.2


def test_the_model_files_are_read_without_importing_wordllama():
    # importing the wordllama package pulls in requests and toml and configures logging (~25 MB of RSS)
    code = (
        "import sys\n"
        "from bot.domain.embedding import Embedder\n"
        "Embedder.load().embed(['how much magnesium do I need'])\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('wordllama', 'requests', 'toml')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
