"""The `neuvo` command: the composition root that puts the core (app), the window (ui) and the CRM (sync) together."""
