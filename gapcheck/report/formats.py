"""Moved to :mod:`gapcheck.formats` (below the batch stage, which uses it too); the
names stay importable from here."""

from gapcheck.formats import (
    COMMAND_FORMATS,
    SUFFIX_FORMATS,
    choose_format,
    formats_of,
)

__all__ = ["COMMAND_FORMATS", "SUFFIX_FORMATS", "choose_format", "formats_of"]
