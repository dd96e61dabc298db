"""Skill hosting: finding and loading skills (loader), running them (host), and the
timers and reminders they schedule (alerts)."""
