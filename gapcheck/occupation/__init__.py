"""Occupation stage: which occupation (ISCO-08 unit group) a resume or posting reads as.

From titles first (a lexicon of ESCO and O*NET titles), content words second; see
:mod:`gapcheck.occupation.model`. Used by the score's occupation component and shown
in ``check``'s output; :mod:`gapcheck.occupation.fit` ranks the named occupations
(ESCO, O*NET) of the groups a resume reads as, for ``diagnose``.
"""

from gapcheck.occupation.fit import OccupationFit, best_fits
from gapcheck.occupation.model import distribution, lexicon, opening_title, similarity
from gapcheck.occupation.titles import clean_title, looks_like_title, title_words

__all__ = [
    "OccupationFit",
    "best_fits",
    "clean_title",
    "distribution",
    "lexicon",
    "looks_like_title",
    "opening_title",
    "similarity",
    "title_words",
]
