"""Thin entry point: `python main.py compare A.txt B.txt`."""

from compare.cli import main

if __name__ == "__main__":
    main()
