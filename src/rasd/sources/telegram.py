"""Telegram Desktop channel exports (`result.json`, "Export chat history" in JSON).

The export is one JSON object: the channel's `name`, `type` and `id`, and its `messages`.
A message's `text` is a string, or a list mixing strings and entities
(`{"type": "bold", "text": "..."}`); `text_entities` holds the same as entities only.
Exports do not carry the channel's public username, so a message link (`t.me/NAME/ID`) is
only made when a top-level `username` was added to the file.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Mapping
from pathlib import Path

from rasd.sources import Rejected
from rasd.sources.records import Item, Metadata, make_report

__all__ = ["is_telegram_export", "read_telegram"]


def is_telegram_export(value: object) -> bool:
    """A channel export has a list of messages and says which chat it is."""
    return (
        isinstance(value, dict)
        and isinstance(value.get("messages"), list)
        and any(key in value for key in ("name", "id", "type"))
    )


def _text(value: object) -> str | None:
    """A message text from a string or a list of strings and entities; None if malformed."""
    if isinstance(value, str):
        return value
    if not isinstance(value, list):
        return None
    parts: list[str] = []
    for part in value:
        if isinstance(part, str):
            parts.append(part)
        elif isinstance(part, Mapping) and isinstance(part.get("text"), str):
            parts.append(part["text"])
        else:
            return None
    return "".join(parts)


def _published(message: Mapping[str, object]) -> object:
    """The message's day: `date` as exported (local time), else `date_unixtime` (UTC)."""
    if message.get("date"):
        return message["date"]
    stamp = message.get("date_unixtime")
    if isinstance(stamp, str | int) and str(stamp).isdigit():
        try:
            return dt.datetime.fromtimestamp(int(stamp), tz=dt.UTC).date()
        except (OverflowError, OSError, ValueError):
            return stamp  # rejected with its value
    return None


def read_telegram(path: Path) -> Iterator[Item]:
    """One report per channel post with text; service messages and media without a caption
    are skipped. The export is loaded whole: it is one JSON object, and json cannot stream
    it (exports are text only and rarely over a few hundred MB)."""
    try:
        export = json.loads(path.read_bytes())
    except (ValueError, RecursionError) as error:  # JSONDecodeError, UnicodeDecodeError
        yield Rejected(str(path), f"not valid JSON: {error}")
        return
    if not is_telegram_export(export):
        yield Rejected(str(path), "not a Telegram channel export (no `messages` list)")
        return
    name = str(export.get("name") or "")
    channel = str(export.get("id") or name)
    username = str(export.get("username") or "").lstrip("@")
    for index, message in enumerate(export["messages"]):
        if not isinstance(message, dict):
            yield Rejected(f"{path}#{index + 1}", "message is not a JSON object")
            continue
        number = message.get("id")
        origin = f"{path}#message-{number if number is not None else f'?{index + 1}'}"
        if message.get("type", "message") != "message":
            continue  # service messages: channel created, title changed, pinned...
        text = _text(message.get("text", ""))
        if text == "" and message.get("text_entities"):
            text = _text(message["text_entities"])
        if text is None:
            yield Rejected(origin, "`text` is neither a string nor a list of text parts")
            continue
        if not text.strip():
            continue  # a photo or file without a caption
        meta = Metadata(
            id=f"{channel}/{number}",
            url=f"https://t.me/{username}/{number}" if username and number is not None else "",
            source=name,
            published=_published(message),
        )
        yield make_report(origin, text, meta)
