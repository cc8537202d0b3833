"""Lines centred over a one-column body are no column (round 11, issue 14): a
Word resume's centred name, headline and contact line over its first role, whose
dates sit at a right tab stop."""

from __future__ import annotations

from gapcheck.ingest.pdf_layout import Word, layout_region


def _line(y: float, *parts: tuple[float, str], size: float = 10.0) -> list[Word]:
    out = []
    for x, text in parts:
        w = 0.5 * size * len(text)
        out.append(Word(x, x + w, y, y + size, size, len(out), text))
    return out


def test_centred_title_lines_over_a_dated_role_are_read_in_order() -> None:
    words = [
        *_line(60, (230, "Jane"), (290, "Roe"), size=20),
        *_line(
            90, (220, "Frontend"), (265, "developer"), (320, "and"), (345, "designer")
        ),
        *_line(104, (235, "Oslo,"), (265, "Norway"), (305, "|"), (315, "roe.dev")),
        *_line(130, (57, "EXPERIENCE")),
        *_line(146, (57, "Developer,"), (112, "Acme"), (470, "May"), (492, "2024")),
        *_line(160, (57, "Oslo,"), (87, "Norway")),
    ]
    blocks, columns = layout_region(words)
    lines = [line for block in blocks for line in block]
    assert lines[:4] == [
        "Jane Roe",
        "Frontend developer and designer",
        "Oslo, Norway | roe.dev",
        "EXPERIENCE",
    ]
    assert lines[4] == "Developer, Acme\tMay 2024" and columns == 1


def test_a_sidebar_beside_the_body_is_still_a_column() -> None:
    # the same left lines with a short right side running beside them, not above
    words = [
        *_line(100, (57, "Developer,"), (112, "Acme")),
        *_line(107, (400, "Skills")),
        *_line(114, (57, "Oslo,"), (87, "Norway")),
        *_line(121, (400, "Python")),
        *_line(128, (57, "Built"), (87, "things")),
        *_line(135, (400, "Go")),
        *_line(142, (57, "Analyst,"), (102, "Beta")),
    ]
    lines = [ln for block in layout_region(words)[0] for ln in block]
    assert lines.index("Skills") > lines.index("Analyst, Beta")
