"""A deterministic simulation of several workstations syncing with one CRM under injected faults (#9).

`world.py` holds the actors (workstations with their engines, the CRM emulator and a CRM-side editor) and the
record of every confirmed write; `schedule.py` draws a seeded schedule of steps and runs it; `invariants.py`
checks, once the schedule has quiesced, what must hold whatever happened on the way.
"""
