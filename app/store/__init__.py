"""The local store: the only package that knows SQL. Owns the connection, tables, migrations and the unit of work."""
