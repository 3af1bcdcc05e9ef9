"""papers-kg: a knowledge graph of papers, techniques, hardware platforms, benchmarks and models."""

from kg.core import select

__version__ = "0.1.0"

CORE = select()  # the compiled modules, or their sources when forced, missing or stale (see kg/core.py)
