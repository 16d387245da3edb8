"""The city CRM adapter (Dataverse Web API client, mapping, sync engine, local emulator). Depends on app, never on ui.

Issue #7 adds the client and the emulator, #8 the engine; the store's outbox and sync bookkeeping tables they
drain and fill exist from the spine on (app/store/tables.py).
"""
