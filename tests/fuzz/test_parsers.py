"""A few derandomised examples per parser of outside input (tests/fuzz/targets.py), for the normal suite: any
exception other than the parser's documented error types fails. The long run is `bench/fuzz_long.py`."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings

from tests.fuzz.targets import TARGETS, FuzzTarget

EXAMPLES = int(os.environ.get("NEUVO_FUZZ_EXAMPLES", "30"))


def fuzz_settings(examples: int, *, derandomize: bool) -> settings:
    return settings(max_examples=examples, deadline=None, derandomize=derandomize, database=None,
                    suppress_health_check=list(HealthCheck), print_blob=True)


def run_target(target: FuzzTarget, examples: int, *, derandomize: bool, on_example=lambda: None) -> None:
    def once(value, resource=None):
        on_example()
        if target.setup is None:
            target.check(value)
        else:
            target.check(resource, value)

    if target.setup is None:
        given(target.strategy)(fuzz_settings(examples, derandomize=derandomize)(lambda value: once(value)))()
        return
    with target.setup() as resource:
        given(target.strategy)(fuzz_settings(examples, derandomize=derandomize)(
            lambda value: once(value, resource)))()


@pytest.mark.parametrize("target", TARGETS, ids=[t.name for t in TARGETS])
def test_parser_survives_garbage(target):
    examples = round(EXAMPLES * min(1.0, target.share * 1.25))
    run_target(target, max(5, examples), derandomize=True)
