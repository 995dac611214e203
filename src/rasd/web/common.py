"""What the dashboard's pages and its REST API share: settings, the interface's words,
the filters read from a query string, the boundary outlines, and `Web`, which holds the
store, the templates and the login throttle for both."""

from __future__ import annotations

import datetime as dt
import json
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import Depends, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from rasd.store import Store
from rasd.store.query import EVENT_SORTS, INCIDENT_SORTS, EventQuery
from rasd.web.assets import Assets
from rasd.web.headers import http_url
from rasd.web.security import Caller, api_caller, page_caller
from rasd.web.throttle import LoginThrottle

HERE = Path(__file__).parent
API = "/api/v1"
PAGE_SIZE = 100
MAX_PAGE = 10**6  # past any real table; a bigger number is a typo or a probe (422, not 500)
MAX_OFFSET = 2**31
MAP_LIMIT = 20000
# Ids and counts beyond PostgreSQL's `integer` are typos or probes: 422 at the edge, not a
# database error (500) deep inside.
MAX_INT = 2**31 - 1
REVIEW_STATES = ("unreviewed", "accepted", "edited", "rejected")
CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
       "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
       "form-action 'self'")


@cache
def _strings() -> dict[str, dict[str, str]]:
    with (HERE / "i18n.toml").open("rb") as handle:
        return tomllib.load(handle)


def translator(lang: str):  # type: ignore[no-untyped-def]
    table, english = _strings().get(lang, {}), _strings()["en"]

    def t(key: str) -> str:
        return table.get(key) or english.get(key, key)
    return t


# The words app.js writes itself (legend, layers, charts), handed to it in the page.
SCRIPT_WORDS = ("region_level", "layer_events", "layer_regions", "layer_heat", "layer_towns",
                "killed", "events", "date", "other", "period_day", "period_week",
                "period_month", "boundaries_credit")
EVENT_TYPE_WORDS = {"Battles": "type_battles", "Explosions/Remote violence": "type_explosions",
                    "Violence against civilians": "type_civilians", "Protests": "type_protests",
                    "Riots": "type_riots", "Strategic developments": "type_strategic"}


@cache
def script_words(lang: str) -> dict[str, Any]:
    """The interface's words for app.js in `lang`, event types under `event_types`."""
    t = translator(lang)
    words: dict[str, Any] = {key: t(key) for key in SCRIPT_WORDS}
    words["event_types"] = {name: t(key) for name, key in EVENT_TYPE_WORDS.items()}
    return words


@cache
def _boundaries(level: int) -> bytes:
    """Governorate (1) or district (2) polygons from the gazetteer's source folder: the
    same OCHA files the gazetteer is built from. Empty when they are not there."""
    from rasd.geo.gazetteer import default_source_dir

    source = default_source_dir()
    path = (Path(source) / "boundaries" / f"syr_admin{level}_ocha2015_4dp.geojson"
            if source else None)
    if path is None or not path.is_file():
        return b'{"type": "FeatureCollection", "features": []}'
    return path.read_bytes()


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise HTTPException(422, f"{value!r} is not a date (YYYY-MM-DD)") from None


def _params(request: Request) -> dict[str, Any]:
    """The query string as filters: `admin1` may come several times (a list), `q` is
    another name for `text`."""
    params: dict[str, Any] = dict(request.query_params)
    params["admin1"] = [name for name in request.query_params.getlist("admin1") if name]
    if not params.get("text") and params.get("q"):
        params["text"] = params["q"]
    return params


def _sort(value: str | None, allowed: Iterable[str]) -> str | None:
    if not value:
        return None
    if value.removeprefix("-") not in allowed:
        raise HTTPException(422, f"sort by one of {', '.join(sorted(allowed))} "
                                 "(a leading - for descending)")
    return value


def _query(params: dict[str, Any], *, limit: int | None = None, offset: int = 0,
           include_rejected: bool = False, incidents: bool = False) -> EventQuery:
    min_fatalities = params.get("min_fatalities")
    try:
        minimum = int(min_fatalities) if min_fatalities not in (None, "") else None
    except ValueError:
        raise HTTPException(422, "min_fatalities must be a whole number") from None
    if minimum is not None and not 0 <= minimum <= MAX_INT:
        raise HTTPException(422, f"min_fatalities is from 0 to {MAX_INT}")
    state = params.get("review_state") or None
    if state and state not in REVIEW_STATES:
        raise HTTPException(422, f"review_state must be one of {', '.join(REVIEW_STATES)}")
    admin1 = params.get("admin1") or None
    if isinstance(admin1, list):
        admin1 = tuple(admin1) or None
    min_sources = params.get("min_sources")
    try:
        sources = int(min_sources) if min_sources not in (None, "") else 1
    except ValueError:
        raise HTTPException(422, "min_sources must be a whole number") from None
    if not 1 <= sources <= MAX_INT:
        raise HTTPException(422, f"min_sources is from 1 to {MAX_INT}")
    sort = _sort(params.get("sort"), INCIDENT_SORTS if incidents else EVENT_SORTS)
    mapped = str(params.get("mapped") or "").casefold()
    if mapped not in ("", "yes", "no"):
        raise HTTPException(422, "mapped is yes or no")
    located = {"yes": True, "no": False}.get(mapped)
    return EventQuery(since=_date(params.get("since")), until=_date(params.get("until")),
                      located=located,
                      admin1=admin1, sort=sort, min_sources=sources,
                      event_type=params.get("type") or None,
                      actor=params.get("actor") or None, min_fatalities=minimum,
                      text=params.get("text") or None, review_state=state,
                      include_rejected=include_rejected or state == "rejected",
                      reviewed_only=params.get("reviewed_only") in ("1", "true", "on"),
                      limit=limit, offset=offset)


# Module level, so FastAPI can resolve them from the (postponed) annotations.
Api = Annotated[Caller, Depends(api_caller)]
Page = Annotated[Caller, Depends(page_caller)]
RowId = Annotated[int, PathParam(ge=1, le=MAX_INT)]
MaybeRowId = Annotated[int | None, Query(ge=1, le=MAX_INT)]


def row_ids(values: Any) -> list[int]:
    """Ids typed into a form (merge, split): whole numbers in range, else 422."""
    try:
        ids = [int(str(value)) for value in values]
    except ValueError:
        raise HTTPException(422, "ids are whole numbers") from None
    if any(not 1 <= number <= MAX_INT for number in ids):
        raise HTTPException(422, f"ids are from 1 to {MAX_INT}")
    return ids

FILTERS = ("since", "until", "type", "actor", "min_fatalities", "text", "review_state",
           "sort", "min_sources", "mapped")


# What the review queue keeps of the events list's filters (not its sorting, paging or
# review state: the queue is the unreviewed events, lowest confidence first).
QUEUE_FILTERS = ("since", "until", "type", "actor", "min_fatalities", "text", "mapped")


def queue_filters(params: Any) -> str:
    """The events list's filters in a query string (`params`: a request's query parameters
    or a submitted form), for the queue's links to keep them: empty when there are none."""
    pairs = [("admin1", name) for name in params.getlist("admin1") if name]
    text = params.get("text") or params.get("q")
    pairs += [(key, str(text if key == "text" else params.get(key)))
              for key in QUEUE_FILTERS if (text if key == "text" else params.get(key))]
    return urlencode(pairs)


def _filters(request: Request) -> dict[str, Any]:
    """The filters a page shows back in its form: each a string, `admin1` a list."""
    params = _params(request)
    shown: dict[str, Any] = {key: params[key] for key in FILTERS if params.get(key)}
    shown["admin1"] = params["admin1"]
    return shown


def page_link(params: Any, **changes: Any) -> str:
    """This page's query string with some parameters changed (None drops one): for sort
    headers and pager links that keep the filters."""
    pairs = [(k, v) for k, v in params.multi_items() if k not in changes]
    pairs += [(k, str(v)) for k, v in changes.items() if v not in (None, "")]
    return "?" + urlencode(pairs)


def highlight(text: str, spans: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The report cut into plain and evidence segments, for the template to escape and
    mark. Overlapping spans are merged; spans outside the text are ignored."""
    marks = sorted((max(0, s["start"]), min(len(text), s["end"])) for s in spans
                   if 0 <= s["start"] < s["end"] <= len(text))
    merged: list[list[int]] = []
    for start, end in marks:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    segments, cursor = [], 0
    for number, (start, end) in enumerate(merged, 1):
        if start > cursor:
            segments.append({"text": text[cursor:start], "mark": 0})
        segments.append({"text": text[start:end], "mark": number})
        cursor = end
    if cursor < len(text):
        segments.append({"text": text[cursor:], "mark": 0})
    return segments




def arabic_json(value: Any) -> str:
    """A JSON value for reading, Arabic as Arabic (`ensure_ascii=False`); the template still
    escapes it."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


@dataclass(slots=True)
class Web:
    """The app's parts that pages and API handlers use."""

    store: Store
    throttle: LoginThrottle
    secure_cookies: bool = True
    templates: Jinja2Templates | None = None
    assets: Assets | None = None

    def __post_init__(self) -> None:
        self.templates = Jinja2Templates(directory=str(HERE / "templates"))
        if self.assets is None:
            self.assets = Assets(HERE / "static")
        self.templates.env.globals["static"] = self.assets.url
        self.templates.env.filters["http_url"] = http_url
        self.templates.env.globals["page_link"] = page_link
        self.templates.env.filters["arabic_json"] = arabic_json

    def render(self, request: Request, name: str, caller: Caller | None,
               status_code: int = 200, **context: Any) -> HTMLResponse:
        lang = request.cookies.get("rasd_lang", "en")
        lang = lang if lang in _strings() else "en"
        assert self.templates is not None
        return self.templates.TemplateResponse(request, name, {
            "t": translator(lang), "lang": lang, "caller": caller,
            "script_words": script_words(lang),
            "csrf": caller.csrf_token if caller else "", **context},
            status_code=status_code)

    def set_cookie(self, response: Any, name: str, value: str,
                   max_age: int | None = None) -> None:
        response.set_cookie(name, value, max_age=max_age, httponly=True, samesite="strict",
                            secure=self.secure_cookies, path="/")
