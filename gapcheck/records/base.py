"""The :class:`Record` mixin every frozen record builds on: one ``to_dict()`` path to
JSON and ``from_dict()`` back (the batch cache)."""

from __future__ import annotations

import dataclasses
import functools
import types
import typing
from typing import Any, Literal, TypeVar, Union


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        to_dict = getattr(value, "to_dict", None)
        if to_dict is not None:
            return to_dict()
        return {
            f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)
        }
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


R = TypeVar("R", bound="Record")


def _build(tp: Any, value: Any) -> Any:
    """Rebuild a value of type ``tp`` from its ``to_dict()`` form."""
    if value is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (Union, types.UnionType):
        options = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(options) == 1:
            return _build(options[0], value)
        if isinstance(value, dict) and "kind" in value:
            for option in options:
                hints = _hints(option) if isinstance(option, type) else {}
                if "kind" in hints:
                    default = {f.name: f.default for f in dataclasses.fields(option)}
                    if default.get("kind") == value["kind"]:
                        return _build(option, value)
        for option in options:
            if isinstance(option, type) and isinstance(value, option):
                return value
        return value
    if origin is tuple:
        (item, *_rest) = typing.get_args(tp) or (Any,)
        return tuple(_build(item, v) for v in value)
    if origin is Literal or tp is Any:
        return value
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        hints = _hints(tp)
        names = {f.name for f in dataclasses.fields(tp)}
        return tp(**{k: _build(hints[k], v) for k, v in value.items() if k in names})
    return value


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    # cached: resolving string annotations dominated rebuilding cached analyses
    return typing.get_type_hints(cls)


class Record:
    """Mixin: ``to_dict()`` turns a record, recursively, into JSON-ready data, and
    ``from_dict()`` rebuilds it (used by the batch cache)."""

    #: Field names left out of ``to_dict()`` (big or internal values).
    _private: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            f.name: _plain(getattr(self, f.name))
            for f in dataclasses.fields(self)  # type: ignore[arg-type]
            if f.name not in self._private and not f.name.startswith("_")
        }

    @classmethod
    def from_dict(cls: type[R], data: dict[str, Any]) -> R:
        result: R = _build(cls, data)
        return result
