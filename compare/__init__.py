"""compare — a source-divergence analyzer: where reports agree, contradict and differ."""

__version__ = "0.1.0"
