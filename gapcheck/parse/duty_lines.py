"""Lines of a duty list written in the imperative, under whatever heading (round 12b,
issue 15): "Undertake Covid-19 swab tests on patients", "Serve meals"."""

from __future__ import annotations

import re

#: Verbs that open a line of a duty list in the imperative ("Undertake Covid-19 swab
#: tests on patients", "Serve meals"): the post's work, whatever the heading above
#: the list (round 12b: "About the Job", a lead paragraph's bullets).
DUTY_VERB = re.compile(
    r"(?:undertake|perform|provide|deliver|carry\s+out|prepare|serve|clean|"
    r"maintain|record|monitor|process|order|collect|transport|file|type|book|"
    r"arrange|answer|handle|manage|operate|assist\s+(?:with|in)|take|check|"
    r"distribute|issue|receive|store|update|input|produce|co-?ordinate|organi[sz]e|"
    r"schedule|support\s+the|administer|obtain|escort)\b"
)


#: A line that names the abilities it needs ("... clinical reasoning skills") asks
#: them of the candidate, whatever verb opens it.
ASKS_ABILITY = re.compile(r"\b(?:skills?|knowledge|abilit(?:y|ies))\b", re.IGNORECASE)
