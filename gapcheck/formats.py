"""Which output format a command writes: one rule for every command.

An explicit ``--format`` wins; else the suffix of ``-o`` when the command can write
that format (``-o result.json`` writes JSON); else the command's default, the first
of its formats. The CLI's ``--format`` choices are read from :data:`COMMAND_FORMATS`,
so the options and this rule cannot disagree.
"""

from __future__ import annotations

from pathlib import PurePath

#: Every command's formats, its default first.
COMMAND_FORMATS: dict[str, tuple[str, ...]] = {
    "check": ("text", "json", "md"),
    "parse": ("text", "json"),
    "skills": ("text", "json", "jsonl"),
    "batch": ("csv", "jsonl", "json"),
    "report": ("html", "md", "json"),
    "taxonomy": ("text", "json"),
    "diagnose": ("text", "json", "md", "html"),
    "feedback-email": ("text", "json"),
    # `gapcheck log`'s subcommands that write to -o (the others print text or JSON)
    "log-list": ("text", "json"),
    "log-export": ("csv", "json"),
}

#: What an output file's suffix asks for.
SUFFIX_FORMATS: dict[str, str] = {
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".csv": "csv",
    ".txt": "text",
}


def formats_of(command: str) -> tuple[str, ...]:
    """The formats ``command`` writes (its default first)."""
    return COMMAND_FORMATS[command]


def choose_format(
    command: str, fmt: str | None = None, output: str | None = None
) -> str:
    """The format ``command`` writes: ``fmt`` if given, else from ``output``'s
    suffix when the command has that format, else the command's default."""
    choices = formats_of(command)
    if fmt:
        if fmt not in choices:
            raise ValueError(f"{command} writes {', '.join(choices)}, not {fmt!r}")
        return fmt
    if output and output != "-":
        by_suffix = SUFFIX_FORMATS.get(PurePath(output).suffix.lower())
        if by_suffix in choices:
            return by_suffix
    return choices[0]
