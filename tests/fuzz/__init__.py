"""Fuzzing every parser of outside input with hypothesis (#9): targets.py says what each parser is fed and which
errors it may raise; test_parsers.py runs a fast, derandomised subset; bench/fuzz_long.py runs the long one."""
