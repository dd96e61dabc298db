"""Sound in and out: files and resampling (signal), the system's devices (devices),
the live microphone and speaker streams (streams), echo cancellation (echo), and
virtual PulseAudio devices for tests and benchmarks (virtual)."""
