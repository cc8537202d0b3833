"""gapcheck: why an application is filtered out before any interview, and what to
change.

The package is a pipeline of stages, each usable without the command line:

    ingest   file -> Document                 gapcheck.ingest.read_document
    parse    Document -> Resume | Posting     gapcheck.parse.parse_document
    extract  text -> Mentions                 gapcheck.extract.get_extractor
    score    Resume x Posting -> CheckResult  gapcheck.score.check
    advise   CheckResult -> ranked Fixes      gapcheck.advise
    report   records -> text/json/md/html     gapcheck.report
    batch    many x many, cached, resumable   gapcheck.batch.run_batch

Heavy libraries (spaCy, scikit-learn, pdfplumber) are imported inside functions so that
importing this package, and ``gapcheck --help``, stay instant.
"""

__version__ = "0.1.0"

#: Version of every JSON shape gapcheck writes; bumped on any breaking change.
SCHEMA_VERSION = "2.0"
