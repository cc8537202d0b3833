"""score.py for pipelines built with ``gapcheck.GazetteerEmbed.v1``: registers the
architecture, then runs score.py's main (same arguments).

    python training/skills/score_gaz.py training/output/skills_gaz/model-best
"""

import gazetteer  # type: ignore[import-not-found]  # noqa: F401
from score import main  # type: ignore[import-not-found]

if __name__ == "__main__":
    main()
