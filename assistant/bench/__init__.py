"""Benchmarks and evaluations (the ``assistant bench`` and ``assistant eval``
commands), and the shared speech recordings they read (speech_data)."""
