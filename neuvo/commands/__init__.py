"""One module per `neuvo` sub-command, each with `run(argv) -> exit code`."""
