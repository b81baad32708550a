"""Where things are: the project root and the read-only shared folder beside it."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = next((SHARED / "seed").glob("*.txt"), None) if (SHARED / "seed").is_dir() else None
