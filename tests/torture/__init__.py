"""The torture run (``make torture``, ``python -m tests.torture``): faults made on purpose, counted.

Each part is a module with one function that takes a scale and returns its
figures; the security and unit tests call the same functions with a small
scale, so CI keeps a sample of every part and the release run is the same
code with larger numbers (see docs/reliability.md).
"""
