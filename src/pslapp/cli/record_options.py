"""Command-line options generated from the field lists in `core.fields`, so that adding a
field to a record kind adds its option everywhere at once."""

from __future__ import annotations

import argparse
from typing import Any

from pslapp.core.enums import ChannelKind, Kind
from pslapp.core.errors import ValidationError
from pslapp.core.fields import EDITABLE, LIST_TYPES, TITLE_FIELD, Field, FieldType

# The CLI words for record kinds, as in the CLI contract.
KIND_WORDS: dict[str, Kind] = {
    "person": Kind.PERSON,
    "org": Kind.ORGANISATION,
    "coalition": Kind.COALITION,
    "chapter": Kind.CHAPTER,
    "event": Kind.EVENT,
    "tag": Kind.TAG,
    "link": Kind.LINK,
}

# A list field takes its option in the singular and repeats: --skill design --skill video.
_SINGULAR = {
    "languages": "language",
    "skills": "skill",
    "tags": "tag",
    "roles": "role",
    "chapters": "chapter",
    "organisations": "organisation",
}
_CHANNEL_OPTIONS = {kind.value: kind for kind in ChannelKind}
_ALIASES = {"notes": ["--note"], "organisation_id": ["--org"], "person_id": ["--person"]}


def _option(spec: Field) -> str:
    name = _SINGULAR.get(spec.name, spec.name) if spec.type in LIST_TYPES else spec.name
    return "--" + name.replace("_", "-")


def add_field_options(parser: argparse.ArgumentParser, kind: Kind, *, editing: bool) -> None:
    group = parser.add_argument_group("fields")
    for spec in EDITABLE[kind]:
        if spec.type is FieldType.CHANNELS:
            for word in _CHANNEL_OPTIONS:
                group.add_argument(
                    f"--{word}",
                    action="append",
                    dest=f"channel_{word}",
                    metavar="VALUE",
                    help=f"{word} contact (repeatable)",
                )
            continue
        flags = [_option(spec), *_ALIASES.get(spec.name, [])]
        if spec.name == TITLE_FIELD[kind] and "--name" not in flags:
            flags.insert(0, "--name")
        kwargs: dict[str, Any] = {"dest": f"field_{spec.name}", "metavar": "VALUE"}
        if spec.enum is not None:
            kwargs["choices"] = [str(m.value) for m in spec.enum]
            kwargs["metavar"] = "{" + ",".join(kwargs["choices"]) + "}"
        if spec.type in LIST_TYPES:
            kwargs["action"] = "append"
        kwargs["required"] = spec.required and not editing
        group.add_argument(*flags, **kwargs)
    if editing:
        parser.add_argument(
            "--clear",
            action="append",
            default=[],
            metavar="FIELD",
            help="empty a field (repeatable)",
        )


def field_values(
    args: argparse.Namespace, kind: Kind, current: dict[str, Any] | None
) -> dict[str, Any]:
    """The field values given on the command line. When editing (`current` is the record's
    values), a channel option replaces only the channels of that kind."""
    values: dict[str, Any] = {}
    for spec in EDITABLE[kind]:
        if spec.type is FieldType.CHANNELS:
            given = {
                word: getattr(args, f"channel_{word}")
                for word in _CHANNEL_OPTIONS
                if getattr(args, f"channel_{word}", None)
            }
            if given:
                kept = [c for c in (current or {}).get(spec.name) or [] if c["kind"] not in given]
                added = [{"kind": w, "value": v} for w, vs in given.items() for v in vs]
                values[spec.name] = kept + added
            continue
        value = getattr(args, f"field_{spec.name}", None)
        if value is not None:
            values[spec.name] = value
    for name in getattr(args, "clear", []):
        if name not in {f.name for f in EDITABLE[kind]}:
            raise ValidationError(name, f"not a field of {kind.value}")
        values[name] = None
    return values
