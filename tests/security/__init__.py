"""The security baseline (#9): what docs/security.md claims, each with a test."""
