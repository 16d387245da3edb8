"""Plain domain objects: no database sessions, no Qt, no HTTP."""
