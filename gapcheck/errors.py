"""One error hierarchy for gapcheck.

Every error carries a stable code (like spaCy's ``E001``), the file it is about, what
is wrong and what to do. ``str(err)`` is one line meant for a person. Only the CLI turns
errors into exit codes: :class:`InputError` and its children exit 2, a
:class:`ModelError` 3, and an :class:`InternalError` (a bug in gapcheck itself, never
the user's file) 70, ``EX_SOFTWARE`` of BSD's sysexits.
"""

from __future__ import annotations

from pathlib import Path


class GapcheckError(Exception):
    """Base class of every error gapcheck raises on purpose."""

    code = "E000"
    #: Exit code the CLI uses for this error.
    exit_code = 2

    def __init__(
        self, problem: str, *, path: str | Path | None = None, fix: str = ""
    ) -> None:
        self.problem = problem.rstrip(".")
        self.path = str(path) if path is not None else None
        self.fix = fix.rstrip(".")
        super().__init__(self.message)

    @property
    def message(self) -> str:
        where = f"{self.path}: " if self.path else ""
        fix = f"; {self.fix}" if self.fix else ""
        return f"{where}{self.problem}{fix}. [{self.code}]"

    def to_dict(self) -> dict[str, str | None]:
        return {
            "code": self.code,
            "path": self.path,
            "problem": self.problem,
            "fix": self.fix,
            "message": self.message,
        }


class InputError(GapcheckError):
    """A user's file or argument cannot be used as it is."""

    code = "E100"


class FileNotReadable(InputError):
    code = "E101"


class UnsupportedFormat(InputError):
    code = "E102"


class MislabelledFile(InputError):
    """The extension says one thing, the bytes another, and the bytes are unusable."""

    code = "E103"


class EmptyDocument(InputError):
    code = "E104"


class CorruptDocument(InputError):
    code = "E105"


class EncryptedDocument(InputError):
    code = "E106"


class NoTextLayer(InputError):
    """An image-only PDF: it needs OCR; gapcheck never invents text."""

    code = "E107"


class FileTooLarge(InputError):
    code = "E108"


class EncodingError(InputError):
    code = "E109"


class WrongKind(InputError):
    """A resume was given where a posting was expected, or the reverse."""

    code = "E110"


class TaxonomyError(InputError):
    """A taxonomy file does not follow the schema."""

    code = "E200"


class ManifestError(InputError):
    """A batch manifest CSV is malformed."""

    code = "E300"


class ModelError(GapcheckError):
    """A trained artifact is missing, incompatible or fails its integrity check."""

    code = "E400"
    exit_code = 3


class LogError(InputError):
    """The application log (``gapcheck log``) cannot do what was asked."""

    code = "E500"


class ApplicationNotFound(LogError):
    code = "E501"


class LogDatabaseError(LogError):
    """The log's SQLite file is unreadable, not a gapcheck log, or from a newer
    gapcheck."""

    code = "E502"


class LogImportError(LogError):
    """A CSV given to ``gapcheck log import`` is malformed."""

    code = "E503"


class LogValueError(LogError):
    """A date, stage or outcome given to the log is not valid."""

    code = "E504"


class InternalError(GapcheckError):
    """A bug in gapcheck, not a fault of the user's input: reported as one line that
    asks for a bug report (the CLI turns any unexpected exception into this)."""

    code = "E999"
    exit_code = 70

    @classmethod
    def from_exception(
        cls, err: BaseException, *, path: str | None = None
    ) -> InternalError:
        detail = f"{type(err).__name__}: {err}".splitlines()[0][:300]
        return cls(
            f"internal error ({detail})",
            path=path,
            fix="this is a bug in gapcheck, not a problem with your file; please "
            "report it at https://github.com/gapcheck/gapcheck/issues with the "
            "command you ran (set GAPCHECK_DEBUG=1 for the traceback)",
        )
