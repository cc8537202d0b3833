"""Low-level PDF reading with pdfium: characters with boxes, and page objects.

This is the fast part of :mod:`gapcheck.ingest.pdf`. It talks to the raw pdfium API
(``pypdfium2.raw``) and keeps the number of Python-level calls per character to one
(``FPDFText_GetLooseCharBox`` written straight into a reused ctypes float array);
the unicode text of the page comes from one ``FPDFText_GetText`` call.

Coordinates are returned with y growing DOWN the page (``top < bottom``), in PDF
points, so that the layout code reads like a page.
"""

from __future__ import annotations

import ctypes
import re
import zlib
from _ctypes import CFuncPtr
from collections import deque
from dataclasses import dataclass, field
from itertools import compress, repeat
from operator import ne
from typing import Any

#: Unicode private use area: icon fonts (FontAwesome & co.) map their glyphs here.
PUA_FIRST, PUA_LAST = 0xE000, 0xF8FF

#: Icon fonts whose glyphs are often mapped to ordinary letters (FontAwesome in LaTeX).
_ICON_FONT = re.compile(
    r"(?i)awesome|icon|glyphicon|material.?(design|symbols)|octicon|feather|"
    r"academicons|entypo|fontello|dingbat|wingding|marvosym|bbding|pifont"
)

_WHITESPACE_CODES = (0x09, 0x0A, 0x0D, 0x20, 0xA0, 0x2002, 0x2003, 0x2009, 0x3000)
#: code point -> is whitespace or NUL, up to U+3000 (filled on first use).
_WHITE_TABLE: list[Any] = []


def _white_table(np: Any) -> Any:
    if not _WHITE_TABLE:
        table = np.zeros(max(_WHITESPACE_CODES) + 2, dtype=bool)
        table[list(_WHITESPACE_CODES)] = True
        table[0] = True
        _WHITE_TABLE.append(table)
    return _WHITE_TABLE[0]


_FAST: dict[str, Any] = {}


def _fast(name: str, restype: Any, *argtypes: Any) -> Any:
    """A ctypes prototype of a pdfium function taking plain ints/pointers.

    pypdfium2's bindings type-check pointer arguments, which costs more than the call
    itself in a per-character loop; these prototypes take addresses as ints.
    """
    fn = _FAST.get(name)
    if fn is None:
        import pypdfium2.raw as pdfium_c

        address = ctypes.cast(getattr(pdfium_c, name), ctypes.c_void_p).value
        fn = ctypes.CFUNCTYPE(restype, *argtypes)(address or 0)
        _FAST[name] = fn
    return fn


#: Calls that keep the GIL (ctypes' ``PYFUNCTYPE`` flag): pdfium is called under
#: ``read_pdf``'s lock and never calls back into Python, and a per-glyph call that
#: releases and takes the GIL again spends longer on that than in pdfium.
_KEEP_GIL = ctypes._FUNCFLAG_CDECL | ctypes._FUNCFLAG_PYTHONAPI  # type: ignore[attr-defined]


class _IntResult(CFuncPtr):
    """A pdfium function returning a C int, read without a ctypes result type (the
    result then comes back through ``PyLong_FromLong`` alone)."""

    _flags_ = _KEEP_GIL


#: Result types of :func:`_direct`: a C int, nothing (the result is not read), a
#: double, a pointer (kept as a ctypes pointer object, passed on as it is).
INT, NONE, DOUBLE, POINTER = "int", "none", "double", "pointer"
_RESULTS: dict[str, Any] = {
    NONE: None,
    DOUBLE: ctypes.c_double,
    POINTER: ctypes.POINTER(ctypes.c_char),
}


def _direct(name: str, result: str) -> Any:
    """A pdfium function for calls made thousands of times a page: untyped (its
    arguments are small ints and ready-made :func:`_ref` or pointer objects, which
    ctypes passes with no conversion), keeping the GIL, and with the cheapest
    result type that answers (none, or a C int read without a result type).
    A call costs ~40% less than through a typed or GIL-releasing prototype
    (measured on ``FPDFText_GetLooseCharBox``: ~300 -> ~180 ns)."""
    key = f"{name}/{result}"
    fn = _FAST.get(key)
    if fn is None:
        import pypdfium2.raw as pdfium_c

        address = ctypes.cast(getattr(pdfium_c, name), ctypes.c_void_p).value or 0
        if result == INT:
            fn = _IntResult(address)
        else:
            fn = ctypes.PYFUNCTYPE(_RESULTS[result])(address)
            fn.argtypes = None  # type: ignore[assignment]  # (typeshed: a sequence)
        _FAST[key] = fn
    return fn


def _ref(address: int) -> Any:
    """A ready-made pointer argument for ``address`` (a ctypes ``byref`` object:
    the one kind of argument ctypes passes on without converting it)."""
    return ctypes.byref(ctypes.c_char.from_address(address))


def _untyped(name: str, restype: Any) -> Any:
    """A prototype of a pdfium function called with no argument types: ctypes
    objects and small ints are passed as they are (cheaper than converting typed
    arguments; for calls made per glyph or per object, see :func:`_direct`)."""
    key = name + "/untyped"
    fn = _FAST.get(key)
    if fn is None:
        import pypdfium2.raw as pdfium_c

        address = ctypes.cast(getattr(pdfium_c, name), ctypes.c_void_p).value
        fn = ctypes.CFUNCTYPE(restype)(address or 0)
        fn.argtypes = None  # type: ignore[assignment]  # (typeshed: a sequence)
        _FAST[key] = fn
    return fn


#: One box buffer (4 floats a character) and a pointer argument to each of its
#: slots, reused from page to page and grown as needed (callers hold pdfium's
#: lock, as ``read_pdf`` does: pdfium is one document at a time anyway).
_BOXES: list[Any] = []


def _box_slots(m: int) -> tuple[Any, list[Any]]:
    """The shared box buffer, for at least ``m`` characters, and its slots."""
    if not _BOXES or len(_BOXES[1]) < m:
        size = max(m, 4096, 2 * len(_BOXES[1]) if _BOXES else 0)
        boxes = (ctypes.c_float * (4 * size))()
        slots = [ctypes.byref(boxes, 16 * k) for k in range(size)]
        _BOXES[:] = [boxes, slots]
    return _BOXES[0], _BOXES[1]


@dataclass(frozen=True)
class PageChars:
    """The visible characters of one page, in content-stream order.

    Arrays (numpy) are parallel: ``code`` (unicode code point), ``x0``/``x1`` (left and
    right of the glyph's advance box), ``top``/``bottom`` (font ascent/descent line),
    ``size`` (font size in points), ``space`` (True when the PDF itself has a space
    glyph right before this character) and ``pdfium_space`` (pdfium generated a space
    there from the font's metrics). Whitespace characters are removed: spaces are
    decided from geometry by the layout code, helped by these two flags.
    """

    width: float
    height: float
    code: Any
    x0: Any
    x1: Any
    top: Any
    bottom: Any
    size: Any
    space: Any
    pdfium_space: Any
    icon_glyphs: int
    fonts: frozenset[str] = frozenset()
    #: Per character, a 12-bit hash of its font's name (0: not known): the same
    #: font on every page of a document, for measures kept across pages.
    face: Any = None


def page_chars(page: Any, textpage: Any) -> PageChars:
    """Read the characters of a loaded page (raw pdfium ``FPDF_PAGE`` and
    ``FPDF_TEXTPAGE`` handles)."""
    import numpy as np
    import pypdfium2.raw as pdfium_c

    width = float(pdfium_c.FPDF_GetPageWidthF(page))
    height = float(pdfium_c.FPDF_GetPageHeightF(page))
    tp = textpage
    n = int(pdfium_c.FPDFText_CountChars(tp))
    if n <= 0:
        empty = np.zeros(0)
        return PageChars(
            width, height, empty.astype(np.int64), empty, empty, empty, empty,
            empty, empty.astype(bool), empty.astype(bool), 0, frozenset(),
        )  # fmt: skip
    tpv = ctypes.cast(tp, ctypes.c_void_p).value or 0

    buf = (ctypes.c_ushort * (n + 1))()
    written = int(pdfium_c.FPDFText_GetText(tp, 0, n, buf))
    raw16 = np.frombuffer(memoryview(buf).cast("B"), dtype=np.uint16, count=n)
    code = raw16.astype(np.int64)
    if written != n + 1 or ((code >= 0xD800) & (code <= 0xDFFF)).any():
        # GetText leaves out a glyph whose Unicode is 0 (and gives characters
        # beyond the BMP as surrogate pairs): either shifts every later character
        # onto the wrong box, so ask for each code point instead (rare).
        # (one call a character, run in C by map(); code points fit a C int)
        get_unicode = _direct("FPDFText_GetUnicode", INT)
        code = np.fromiter(
            map(get_unicode, repeat(_ref(tpv), n), range(n)), np.int64, count=n
        )
    # pdfium reports a hyphen at a line end as U+FFFE in GetText; it is a '-' glyph.
    code[code == 0xFFFE] = 0x2D

    table = _white_table(np)  # (its last entry, past U+3000, is False)
    white = table[np.minimum(code, table.size - 1)]
    # Boxes only for the visible characters: whitespace is decided from geometry.
    ink = np.flatnonzero(~white)
    m = ink.size
    boxes, slots = _box_slots(m)
    loose = _direct("FPDFText_GetLooseCharBox", NONE)
    # map() consumed by a zero-length deque keeps the per-character loop in C: one
    # pdfium call per character, each writing its box into its slot of ``boxes``
    # (see _direct: the text page and the slots are ready-made pointer arguments).
    th = _ref(tpv)
    deque(map(loose, repeat(th, m), ink.tolist(), slots[:m]), 0)
    # FS_RECTF is left, top, right, bottom (PDF space, y up); astype copies the
    # boxes out of the shared buffer.
    raw32 = np.frombuffer(memoryview(boxes).cast("B"), dtype=np.float32, count=4 * m)
    box = raw32.reshape(m, 4).astype(np.float64)
    left, right = box[:, 0], box[:, 2]
    top, bottom = height - box[:, 1], height - box[:, 3]
    ix0 = np.minimum(left, right)
    ix1 = np.maximum(left, right)
    iy0 = np.minimum(top, bottom)
    iy1 = np.maximum(top, bottom)

    # A space glyph written by the producer (not generated by pdfium) is a sure word
    # break; generated ones are pdfium's own guesses, which we redo from geometry.
    explicit = np.zeros(n, dtype=bool)
    generated = np.zeros(n, dtype=bool)
    is_generated = _direct("FPDFText_IsGenerated", INT)
    spaces = np.flatnonzero(white & (code != 0x0A) & (code != 0x0D))
    flags = np.fromiter(
        map(is_generated, repeat(th, spaces.size), spaces.tolist()),
        dtype=np.int64,
        count=spaces.size,
    )
    explicit[spaces[flags == 0]] = True
    generated[spaces[flags != 0]] = True
    visible = iy1 - iy0 > 0
    kept = ink[visible]
    space = _between(explicit, kept)
    pdfium_space = _between(generated, kept)
    x0, x1, y0, y1 = ix0[visible], ix1[visible], iy0[visible], iy1[visible]

    # Font size: ask pdfium only where the box height changes (runs of one font).
    h = y1 - y0
    size = h.copy()
    fonts: set[str] = set()
    icon = np.zeros(kept.size, dtype=bool)
    face = np.zeros(kept.size, dtype=np.int64)
    if kept.size:
        # Runs of one font: pdfium is asked for the font size only where the box
        # height changes, not per character. (Producers that place each glyph with
        # its own matrix, wkhtmltopdf, give heights that wobble by ~1.5% from glyph
        # to glyph: 4% apart is another size; 1% apart may be another font, unless
        # the heights jitter like that all along, as theirs do.)
        step = np.abs(np.diff(h))
        starts = np.concatenate(([True], step > 0.04 * h[1:]))
        small = step > 0.01 * h[1:]
        font_starts = starts if small.mean() > 0.1 else np.concatenate(([True], small))
        font_size = _direct("FPDFText_GetFontSize", DOUBLE)
        run_idx = kept[starts].tolist()
        sizes = np.fromiter(
            map(font_size, repeat(th, len(run_idx)), run_idx), np.float64
        )
        # Guard against odd fonts: a size far from the box height is not trusted.
        hs = h[starts]
        bad = (sizes <= 0) | (sizes > 4 * hs) | (sizes < 0.5 * hs)
        sizes[bad] = hs[bad]
        size = sizes[np.cumsum(starts) - 1]
        # Font names where a font may change: run starts, line starts and word
        # starts (a glyph after a gap or a space). Icon glyphs (FontAwesome...)
        # stand alone, so this finds them; each is then followed character by
        # character.
        gap = np.concatenate(([True], x0[1:] - x1[:-1] > 0.1 * h[1:]))
        gap[1:] |= x0[1:] < x0[:-1]  # back to the left: a new line
        probe_at = np.flatnonzero(font_starts | gap | space | pdfium_space)
        probe = probe_at.tolist()
        # (the text object comes back as a pointer object and goes to GetFont
        # as it is; a missing one is a NULL pointer, which gives no font)
        text_object = _direct("FPDFText_GetTextObject", POINTER)
        text_font = _untyped("FPDFTextObj_GetFont", ctypes.c_void_p)
        name_buf = ctypes.create_string_buffer(256)

        by_handle: dict[int | None, bool] = {}  # font handle -> is an icon font

        def is_icon(handle: int | None) -> bool:
            flag = by_handle.get(handle)
            if flag is None:
                name = _font_name(handle or 0, name_buf)
                fonts.add(name)
                flag = by_handle[handle] = bool(_ICON_FONT.search(name))
            return flag

        # Both calls run in C (map); no text object gives no font (None).
        found = list(map(text_font, map(text_object, repeat(th, len(probe)),
                                        kept[probe_at].tolist())))  # fmt: skip
        # Each font handle's face (a hash of its name), named once per page.
        faces: dict[int | None, int] = {}
        for handle in set(found):
            name = _font_name(handle or 0, name_buf)
            faces[handle] = (zlib.crc32(name.encode()) & 0xFFF) if name else 0
        # Each character takes the font of the last probe at or before it (the
        # first character is a probe: gap[0]).
        seen = np.zeros(kept.size, dtype=bool)
        seen[probe_at] = True
        per_probe = np.fromiter(map(faces.__getitem__, found), np.int64, len(found))
        face = per_probe[np.cumsum(seen) - 1]
        # A page has a handful of fonts: name each once, and walk the probes only
        # when one of them is an icon font.
        if any(map(is_icon, set(found))):
            at = kept.tolist()
            for k, handle in zip(probe, found, strict=True):
                while is_icon(handle):
                    icon[k] = True
                    k += 1
                    if k >= kept.size:
                        break
                    handle = text_font(text_object(th, at[k]))
        fonts.discard("")
    codes = code[kept]
    pua = (codes >= PUA_FIRST) & (codes <= PUA_LAST)
    if icon.any():
        # Text an icon glyph carries as ActualText (Awesome-CV's contact line:
        # the email behind an envelope icon) comes from the icon's text object,
        # squeezed into its box: 2+ such narrow characters in a row are text.
        narrow = icon & ~pua & (x1 - x0 < 0.15 * h)
        pair = narrow[1:] & narrow[:-1]
        spread = np.zeros(kept.size, dtype=bool)
        spread[1:] |= pair
        spread[:-1] |= pair
        icon &= ~spread
    icons = int((pua | icon).sum())
    if icon.any():
        # Glyphs of icon fonts (often mapped to ordinary letters, e.g. FontAwesome
        # in LaTeX) are dropped; each stands for a word break.
        keep2 = ~icon
        space = space | np.concatenate(([False], icon[:-1]))
        codes, x0, x1, y0, y1 = codes[keep2], x0[keep2], x1[keep2], y0[keep2], y1[keep2]
        size, space, pdfium_space = size[keep2], space[keep2], pdfium_space[keep2]
        face = face[keep2]
    return PageChars(
        width, height, codes, x0, x1, y0, y1, size, space, pdfium_space, icons,
        frozenset(fonts), face,
    )  # fmt: skip


def _between(flags: Any, kept: Any) -> Any:
    """For each kept index, whether a flagged index lies between it and the previous."""
    import numpy as np

    if not kept.size:
        return np.zeros(0, dtype=bool)
    seen = np.cumsum(flags)[kept]
    return np.concatenate(([False], np.diff(seen) > 0))


@dataclass
class PageObjects:
    """Facts from a page's objects: images and ruled lines."""

    images: int = 0
    hlines: list[tuple[float, float, float]] = field(default_factory=list)  # y, x0, x1
    vlines: list[tuple[float, float, float]] = field(default_factory=list)  # x, y0, y1
    width: float = 0.0
    #: Small round or square shapes (x0, top, x1, bottom; y down): list markers
    #: drawn as paths (a Chromium export's discs), see :mod:`pdf_marks`.
    dots: list[tuple[float, float, float, float]] = field(default_factory=list)


_MAX_OBJECTS = 50000
#: Paths with this many segments or fewer are boxes (rectangles, rounded chips): only
#: their outline counts. Longer ones (up to _MAX_SEGMENTS) are walked for rules when
#: they are big enough to hold a table.
_BOX_SEGMENTS = 11
_MAX_SEGMENTS = 400

_P = ctypes.c_void_p
_I = ctypes.c_int


def page_objects(page: Any) -> PageObjects:
    """Count images and collect the axis-aligned rules of a page (a raw pdfium
    ``FPDF_PAGE`` handle; y down)."""
    import pypdfium2.raw as pdfium_c

    page_object = _fast("FPDFPage_GetObject", _P, _P, _I)
    form_object = _fast("FPDFFormObj_GetObject", _P, _P, ctypes.c_ulong)
    # (typed through _fast: pypdfium2 5.x refuses a c_void_p for the form object)
    form_count = _fast("FPDFFormObj_CountObjects", _I, _P)
    object_type = _fast("FPDFPageObj_GetType", _I, _P)
    get_bounds = _fast("FPDFPageObj_GetBounds", _I, _P, _P, _P, _P, _P)
    image_kind, path_kind = pdfium_c.FPDF_PAGEOBJ_IMAGE, pdfium_c.FPDF_PAGEOBJ_PATH
    form_kind = pdfium_c.FPDF_PAGEOBJ_FORM
    text_kind = pdfium_c.FPDF_PAGEOBJ_TEXT

    raw_page = ctypes.cast(page, ctypes.c_void_p).value or 0
    page_handle = _ref(raw_page)
    page_object_untyped = _direct("FPDFPage_GetObject", POINTER)
    object_type_untyped = _direct("FPDFPageObj_GetType", INT)
    height = float(pdfium_c.FPDF_GetPageHeightF(page))
    width = float(pdfium_c.FPDF_GetPageWidthF(page))
    out = PageObjects(width=width)
    box = (ctypes.c_float * 4)()  # left, bottom, right, top
    ba = ctypes.addressof(box)
    refs = (ba, ba + 4, ba + 8, ba + 12)
    stack: list[tuple[int, int, bool]] = [(raw_page, 0, False)]
    budget = _MAX_OBJECTS
    scan_parent: Any  # the page as a _ref argument, or a form object's address
    while stack:
        parent, depth, is_form = stack.pop()
        if is_form:
            count = form_count(parent)
            get, scan_get, scan_type, scan_parent = (
                form_object, form_object, object_type, parent
            )  # fmt: skip
        else:
            count = pdfium_c.FPDFPage_CountObjects(page)
            get, scan_get, scan_type, scan_parent = (
                page_object, page_object_untyped, object_type_untyped, page_handle
            )  # fmt: skip
        count = max(0, min(count, budget))
        budget -= count
        # The loops over all objects run in C (map, compress) and keep no handle:
        # Python only sees the few non-text objects (a Chromium export has ~3,000
        # text objects a page), fetched again by index.
        handles = map(scan_get, repeat(scan_parent, count), range(count))
        other = map(ne, map(scan_type, handles), repeat(text_kind, count))
        picked = list(compress(range(count), other))
        objs = list(map(get, repeat(parent, len(picked)), picked))
        for obj, kind in zip(objs, map(object_type, objs), strict=True):
            if kind == path_kind:
                if not is_form and get_bounds(obj, *refs):
                    _path_lines(obj, height, (box[0], box[1], box[2], box[3]), out)
            elif kind == image_kind:
                if not get_bounds(obj, *refs) or (
                    box[2] - box[0] >= 2 and box[3] - box[1] >= 2
                ):
                    out.images += 1
            elif kind == form_kind and depth < 8 and obj:
                stack.append((obj, depth + 1, True))
    return out


def _font_name(font: int, buf: Any) -> str:
    """The base font name of a pdfium font handle, without a subset prefix."""
    if not font:
        return ""
    get_name = _fast("FPDFFont_GetBaseFontName", ctypes.c_ulong, _P, _P, ctypes.c_ulong)
    size = get_name(font, ctypes.addressof(buf), 256)
    raw = buf.raw[: max(0, min(size, 256) - 1)]
    return _clean_font_name(raw.decode("latin-1", "replace"))


def _clean_font_name(name: str) -> str:
    # Subset fonts are named like "ABCDEF+Calibri-Bold".
    if len(name) > 7 and name[6] == "+" and name[:6].isupper():
        name = name[7:]
    return name.strip()


def _path_lines(
    obj: int, height: float, bounds: tuple[float, float, float, float], out: PageObjects
) -> None:
    """Add the horizontal/vertical segments of a path object to ``out`` (y down)."""
    import pypdfium2.raw as pdfium_c

    left, bottom, right, top = bounds
    w, h = right - left, top - bottom
    hl, vl = out.hlines, out.vlines
    if h <= 2.5 and w > 4:
        hl.append((height - (top + bottom) / 2, left, right))
        return
    if w <= 2.5 and h > 4:
        vl.append(((left + right) / 2, height - top, height - bottom))
        return
    if w < 4 and h < 4:
        if w >= 1.5 and h >= 1.5 and 0.6 * h <= w <= 1.7 * h:
            out.dots.append((left, height - top, right, height - bottom))
        return  # a dot, a bullet
    n = _fast("FPDFPath_CountSegments", _I, _P)(obj)
    if n <= 0 or n > _MAX_SEGMENTS:
        return
    if n > _BOX_SEGMENTS and (w < 40 or h < 20):
        return  # a small rounded box or an icon: too small for a table
    if n <= _BOX_SEGMENTS:
        # A box (filled cell, border, rounded chip): its outline. A page-sized one is
        # a background or a frame around the content, not a table.
        if w > 0.5 * out.width and h > 0.3 * height:
            return
        hl.append((height - top, left, right))
        hl.append((height - bottom, left, right))
        vl.append((left, height - top, height - bottom))
        vl.append((right, height - top, height - bottom))
        return
    m = pdfium_c.FS_MATRIX()
    if not _fast("FPDFPageObj_GetMatrix", _I, _P, _P)(obj, ctypes.addressof(m)):
        return
    get_segment = _fast("FPDFPath_GetPathSegment", _P, _P, _I)
    get_point = _fast("FPDFPathSegment_GetPoint", _I, _P, _P, _P)
    get_type = _fast("FPDFPathSegment_GetType", _I, _P)
    lineto = pdfium_c.FPDF_SEGMENT_LINETO
    xy = (ctypes.c_float * 2)()
    xa = ctypes.addressof(xy)
    prev: tuple[float, float] | None = None
    for i in range(n):
        seg = get_segment(obj, i)
        if not seg or not get_point(seg, xa, xa + 4):
            prev = None
            continue
        x, y = xy[0], xy[1]
        px = m.a * x + m.c * y + m.e
        py = m.b * x + m.d * y + m.f
        if prev is not None and get_type(seg) == lineto:
            (qx, qy) = prev
            if abs(py - qy) < 0.5 and abs(px - qx) > 4:
                hl.append((height - py, min(px, qx), max(px, qx)))
            elif abs(px - qx) < 0.5 and abs(py - qy) > 4:
                vl.append((px, height - max(py, qy), height - min(py, qy)))
        prev = (px, py)
