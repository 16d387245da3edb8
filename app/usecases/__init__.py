"""What an adviser can do, one module per capability. Each takes a Workstation and primitives, returns read models."""
