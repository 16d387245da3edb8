"""`neuvo --self-check`: open the profile's store as the window would, and report what works."""

from __future__ import annotations

import sys
from pathlib import Path

from app.errors import NeuvoError
from app.store.diagnostics import CheckResult, check_store
from ui.translations import check_catalogues


def run_self_check(directory: Path, *, demo: bool) -> int:
    from app.workstation import open_workstation

    print(f"Neuvo self-check of profile {directory}")
    try:
        workstation = open_workstation(directory, demo=demo)
    except NeuvoError as error:
        _print(CheckResult("store opens", False, error.one_line()))
        return 1
    try:
        migration = workstation.store.migration
        results = [
            CheckResult("profile", True, f"{workstation.profile.kind.value} profile {workstation.profile.profile_id}"),
            CheckResult("key storage", True, workstation.secret_store.description),
            CheckResult("store opens", True, f"{workstation.store.path} decrypted with the profile key"),
            CheckResult("migrations", True, f"ran {migration.before or 'empty'} → {migration.after}"
                        if migration.migrated else f"already at {migration.after}"),
            *check_store(workstation.store),
        ]
        for warning in workstation.warnings:
            print(f"  warning  {warning}")
    finally:
        workstation.close()
    translations = check_catalogues()
    if translations.built:
        results.append(CheckResult("translations", translations.ok, translations.detail))
    for result in results:
        _print(result)
    if not translations.built:
        print(f"  note     translations: {translations.detail}")
    failed = [r for r in results if not r.ok]
    print("self-check: " + ("all checks passed" if not failed else f"{len(failed)} check(s) FAILED"))
    return 1 if failed else 0


def _print(result: CheckResult) -> None:
    print(f"  {'ok  ' if result.ok else 'FAIL'}     {result.name}: {result.detail}", file=sys.stdout)
