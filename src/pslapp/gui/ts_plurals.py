"""Plural messages kept through `pyside6-lupdate`.

lupdate 6.11's Python parser no longer sees the count in `translate(context, text, None, n)`:
it rewrites every plural message as a singular one, keeps only the first form as an
unfinished translation, and says "Removed plural forms as the target language has less
forms". A message whose source holds `%n` is a plural one in this code (Qt replaces `%n`
only when a count is given), so after lupdate each such message is marked plural again and
gets back the forms the file held before, or empty forms to fill in if it is new."""

from __future__ import annotations

import re

# CLDR plural categories a count can fall into, as Qt's .ts files list them per language
PLURAL_FORMS = {"en": 2, "ru": 3, "uk": 3, "de": 2, "fr": 2}

_CONTEXT = re.compile(r"<context>\s*<name>(?P<name>.*?)</name>(?P<body>.*?)</context>", re.S)
_MESSAGE = re.compile(r"<message(?P<attrs>[^>]*)>(?P<body>.*?)</message>", re.S)
_SOURCE = re.compile(r"<source>(?P<text>.*?)</source>", re.S)
_TRANSLATION = re.compile(r"<translation[^>]*?(?:/>|>.*?</translation>)", re.S)
_NUMERUS = ' numerus="yes"'


def plural_translations(ts: str) -> dict[tuple[str, str], str]:
    """(context, source) -> the whole `<translation>` element of each plural message."""
    found: dict[tuple[str, str], str] = {}
    for context in _CONTEXT.finditer(ts):
        for message in _MESSAGE.finditer(context["body"]):
            source = _SOURCE.search(message["body"])
            translation = _TRANSLATION.search(message["body"])
            if _NUMERUS in message["attrs"] and source and translation:
                found[(context["name"], source["text"])] = translation.group()
    return found


def _empty_forms(forms: int, indent: str) -> str:
    inner = "".join(f"\n{indent}    <numerusform></numerusform>" for _ in range(forms))
    return f'<translation type="unfinished">{inner}\n{indent}</translation>'


def keep_plurals(before: str, after: str, language: str) -> str:
    """`after` (what lupdate wrote) with every `%n` message plural again, translated as in
    `before` where it was."""
    known = plural_translations(before)
    forms = PLURAL_FORMS[language]

    def context_fixed(context: re.Match[str]) -> str:
        name = context["name"]

        def message_fixed(message: re.Match[str]) -> str:
            body, attrs = message["body"], message["attrs"]
            source = _SOURCE.search(body)
            if source is None or "%n" not in source["text"]:
                return message.group()
            translation = _TRANSLATION.search(body)
            if translation is not None and "<numerusform>" not in translation.group():
                indent = body[: translation.start()].rsplit("\n", 1)[-1]
                kept = known.get((name, source["text"])) or _empty_forms(forms, indent)
                body = body[: translation.start()] + kept + body[translation.end() :]
            if _NUMERUS not in attrs:
                attrs += _NUMERUS
            return f"<message{attrs}>{body}</message>"

        whole, start = context.group(), context.start()
        head, tail = whole[: context.start("body") - start], whole[context.end("body") - start :]
        return head + _MESSAGE.sub(message_fixed, context["body"]) + tail

    return _CONTEXT.sub(context_fixed, after)
