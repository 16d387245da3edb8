"""Neuvo's core: domain objects, use cases and the local store. Knows nothing of Qt or HTTP."""

__version__ = "0.1.0"
