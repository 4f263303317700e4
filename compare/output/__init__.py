"""Turning a report into something to read: terminal renderables, JSON / Markdown, and safe writing of files."""
