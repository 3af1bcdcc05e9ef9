"""papers-kg: a knowledge graph of papers, techniques, hardware platforms, benchmarks and models."""

__version__ = "0.1.0"
