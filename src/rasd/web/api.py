"""The REST API under /api/v1: events, map points, the timeline, documents, incidents,
review actions, exports, the audit log, boundaries, gazetteer candidates, users and API
tokens. A browser session needs its CSRF token for writes; a script sends a Bearer token."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import Body, FastAPI, HTTPException, Query, Request
from fastapi.responses import JSONResponse, Response, StreamingResponse
from pydantic import Field

from rasd.errors import RasdError
from rasd.store.export import ExportFormat
from rasd.web.common import (
    API,
    MAP_LIMIT,
    MAX_INT,
    MAX_OFFSET,
    PAGE_SIZE,
    Api,
    MaybeRowId,
    RowId,
    Web,
    _boundaries,
    _params,
    _query,
)
from rasd.web.places import TOWN_COLUMNS, town_labels, with_centres
from rasd.web.security import require_admin, require_reviewer

BodyId = Annotated[int, Field(ge=1, le=MAX_INT)]


def add_api(app: FastAPI, web: Web) -> None:
    """Register the REST API on `app`."""
    store = web.store

    @app.get(f"{API}/me", tags=["users"])
    def me(caller: Api) -> dict[str, Any]:
        return {"username": caller.user.username, "role": caller.user.role}

    @app.get(f"{API}/events", tags=["events"])
    def list_events(request: Request, caller: Api,
                    limit: Annotated[int, Query(ge=1, le=MAP_LIMIT)] = PAGE_SIZE,
                    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0) -> JSONResponse:
        """Events matching the filters (since, until, admin1 (several times for several),
        type, actor, min_fatalities, text or q (words in the report text), review_state,
        reviewed_only), oldest first or by `sort`; `total` counts every match."""
        query = _query(_params(request), limit=limit, offset=offset)
        rows = store.events(query)
        total = (store.count(query) if len(rows) == limit or offset
                 else len(rows))
        # Already plain JSON types: skip FastAPI's encoder, which costs more than the query.
        return JSONResponse({"events": rows, "count": len(rows), "offset": offset,
                             "total": total})

    @app.post(f"{API}/events/review", tags=["review"])
    def review_many(caller: Api, event_ids: Annotated[list[BodyId], Body(max_length=1000)],
                    action: Annotated[str, Body()]) -> dict[str, Any]:
        """Accept or reject several events at once (reviewers), in one transaction: all
        of them, or none (404 naming any id that does not exist); each is audited."""
        require_reviewer(caller)
        return store.review_many(event_ids, action, caller.user.username)

    @app.get(f"{API}/queue/next", tags=["review"])
    def queue_next(request: Request, caller: Api, after: MaybeRowId = None,
                   backwards: bool = False) -> dict[str, Any]:
        """The next unreviewed event matching the events' filters (since, until, admin1,
        type, actor, min_fatalities, text or q, mapped), lowest confidence first (after
        the one given, or before it with `backwards`); `event_id` is null at the end."""
        query = _query(_params(request))
        return {"event_id": store.queue_neighbour(after, backwards=backwards, query=query)}

    @app.get(f"{API}/map/points", tags=["map"])
    def map_points(request: Request, caller: Api,
                   limit: Annotated[int, Query(ge=1, le=MAP_LIMIT)] = MAP_LIMIT
                   ) -> JSONResponse:
        """Located events for the map, compact: one row of [id, latitude, longitude,
        event_type, sub_event_type, event_date, fatalities, location_name] per event."""
        query = _query(_params(request), limit=limit)
        rows = store.points(query)
        return JSONResponse({"columns": ["event_id", "latitude", "longitude", "event_type",
                                         "sub_event_type", "event_date", "fatalities",
                                         "location_name"], "points": rows})

    def gazetteer_or_503() -> Any:
        from rasd.geo.gazetteer import load_default_gazetteer

        try:
            return load_default_gazetteer()
        except RasdError as error:
            raise HTTPException(503, str(error)) from None

    @app.get(f"{API}/map/regions", tags=["map"])
    def map_regions(request: Request, caller: Api) -> dict[str, Any]:
        """Events known only to their governorate (geo_precision 3: an admin1, no point),
        counted by governorate, each with the governorate's centre to draw them at."""
        regions = store.regions(_query(_params(request)))
        return {"regions": with_centres(gazetteer_or_503(), regions) if regions else []}

    @app.get(f"{API}/map/towns", tags=["map"])
    def map_towns(caller: Api) -> dict[str, Any]:
        """Place names to label the map with, from the gazetteer: the seats of government
        and every town an event is placed at, each with the zoom from which it is shown."""
        return {"columns": TOWN_COLUMNS,
                "towns": town_labels(gazetteer_or_503(), store.place_counts())}

    @app.get(f"{API}/events/{{event_id}}", tags=["events"])
    def get_event(event_id: RowId, caller: Api) -> dict[str, Any]:
        return store.event(event_id)

    @app.patch(f"{API}/events/{{event_id}}", tags=["review"])
    def patch_event(event_id: RowId, caller: Api,
                    changes: Annotated[dict[str, Any], Body()]) -> dict[str, Any]:
        """Correct fields (reviewers); the machine's original is kept."""
        require_reviewer(caller)
        store.review(event_id, "edit", caller.user.username, changes)
        return store.event(event_id)

    @app.post(f"{API}/events/{{event_id}}/accept", tags=["review"])
    def accept(event_id: RowId, caller: Api) -> dict[str, Any]:
        require_reviewer(caller)
        store.review(event_id, "accept", caller.user.username)
        return store.event(event_id)

    @app.post(f"{API}/events/{{event_id}}/reject", tags=["review"])
    def reject(event_id: RowId, caller: Api) -> dict[str, Any]:
        require_reviewer(caller)
        store.review(event_id, "reject", caller.user.username)
        return store.event(event_id)

    @app.get(f"{API}/documents/{{document_id}}", tags=["documents"])
    def get_document(document_id: RowId, caller: Api) -> dict[str, Any]:
        return store.document(document_id)

    @app.get(f"{API}/incidents", tags=["incidents"])
    def list_incidents(request: Request, caller: Api,
                       limit: Annotated[int, Query(ge=1, le=MAP_LIMIT)] = PAGE_SIZE,
                       offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
                       min_sources: Annotated[int, Query(ge=1, le=MAX_INT)] = 1
                       ) -> dict[str, Any]:
        """Incidents matching the events' filters, told by at least `min_sources` reports,
        oldest first or by `sort` (date, fatalities, sources, ...); `total` counts all."""
        query = _query(_params(request), include_rejected=True, incidents=True,
                       limit=limit, offset=offset)
        found = store.incidents(query)
        return {"incidents": found, "count": len(found), "offset": offset,
                "total": store.count(query, incidents=True)}

    @app.get(f"{API}/incidents/{{incident_id}}", tags=["incidents"])
    def get_incident(incident_id: RowId, caller: Api) -> dict[str, Any]:
        return store.incident(incident_id)

    @app.post(f"{API}/incidents/merge", tags=["review"])
    def merge(caller: Api, incident_ids: Annotated[list[BodyId], Body(embed=True)]
              ) -> dict[str, Any]:
        require_reviewer(caller)
        kept = store.merge(incident_ids, caller.user.username)
        return store.incident(kept)

    @app.post(f"{API}/incidents/{{incident_id}}/split", tags=["review"])
    def split(incident_id: RowId, caller: Api,
              event_ids: Annotated[list[BodyId], Body(embed=True)]
              ) -> dict[str, Any]:
        require_reviewer(caller)
        new_id = store.split(incident_id, event_ids, caller.user.username)
        return store.incident(new_id)

    @app.get(f"{API}/timeline", tags=["events"])
    def timeline(request: Request, caller: Api) -> dict[str, Any]:
        """Events and deaths per day, for the filters given, with each day's events
        counted by event type (`types`)."""
        query = _query(_params(request))
        days = store.timeline(query)
        return {"days": days}

    @app.get(f"{API}/deaths", tags=["events"])
    def deaths(request: Request, caller: Api,
               by: Annotated[str, Query(pattern="^(admin1|actor|type)$")] = "admin1",
               top: Annotated[int, Query(ge=1, le=20)] = 6) -> dict[str, Any]:
        """Deaths over time (per day, week or month, as `period` says) for the filters
        given, one series for each of the `top` governorates, actors (actor1) or event types
        with the most deaths; a series named null sums the rest."""
        return store.deaths_over_time(_query(_params(request)), by, top=top)

    @app.get(f"{API}/export", tags=["export"])
    def export_events(request: Request, caller: Api,
                      format: ExportFormat = ExportFormat.acled_csv,
                      incidents: bool = False, reviewed_only: bool = False
                      ) -> StreamingResponse:
        """Events or incidents as ACLED CSV, GeoJSON, JSON Lines or CSV. `reviewed_only`
        leaves out what no reviewer has accepted or corrected."""
        params = _params(request)
        params["reviewed_only"] = "1" if reviewed_only else ""
        query = _query(params)
        buffer = io.StringIO()
        store.export(buffer, format, incidents=incidents, query=query)
        media = {"acled-csv": "text/csv", "csv": "text/csv",
                 "geojson": "application/geo+json", "jsonl": "application/x-ndjson"}
        suffix = {"acled-csv": "csv", "csv": "csv", "geojson": "geojson", "jsonl": "jsonl"}
        name = f"rasd-{'incidents' if incidents else 'events'}.{suffix[format.value]}"

        def chunks() -> Iterator[bytes]:
            yield buffer.getvalue().encode("utf-8")
        return StreamingResponse(chunks(), media_type=f"{media[format.value]}; charset=utf-8",
                                 headers={"Content-Disposition": f'attachment; filename="{name}"'})

    @app.get(f"{API}/audit", tags=["review"])
    def audit(caller: Api, table: str | None = None, row_id: MaybeRowId = None,
              limit: Annotated[int, Query(ge=1, le=1000)] = 200,
              offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
              actor: str | None = None, action: str | None = None,
              people_only: bool = False) -> dict[str, Any]:
        """Audit entries, newest first, by table, row, actor (`actor`) and action;
        `people_only` leaves out the machine's ingest entries."""
        filters = {"actor": actor, "action": action, "people_only": people_only}
        entries = store.audit(table, row_id, limit, offset=offset, **filters)
        return {"entries": [{**e, "at": e["at"].isoformat()} for e in entries],
                "offset": offset, "total": store.audit_count(table, row_id, **filters)}

    @app.get(f"{API}/boundaries/{{level}}", tags=["map"])
    def boundaries(level: int, caller: Api) -> Any:
        if level not in (1, 2):
            raise HTTPException(404, "boundaries are level 1 (governorates) or 2 (districts)")
        # Public OCHA outlines that change only with the data: any cache may keep them.
        return Response(_boundaries(level), media_type="application/geo+json",
                        headers={"Cache-Control": "public, max-age=86400"})

    @app.get(f"{API}/gazetteer", tags=["map"])
    def gazetteer(caller: Api, name: Annotated[str, Query(min_length=1, max_length=200)]
                  ) -> dict[str, Any]:
        """Places a name may mean, to re-pick an event's place."""
        from rasd.geo.gazetteer import load_default_gazetteer
        from rasd.geo.keys import place_key

        try:
            places = load_default_gazetteer().candidates(place_key(name))
        except RasdError as error:
            raise HTTPException(503, str(error)) from None
        return {"places": [{"id": p.id, "name_ar": p.name_ar, "name_en": p.name_en,
                            "kind": p.kind, "admin1": p.admin1, "admin2": p.admin2,
                            "admin3": p.admin3, "latitude": p.latitude,
                            "longitude": p.longitude} for p in places[:50]]}

    @app.get(f"{API}/users", tags=["users"])
    def users(caller: Api) -> dict[str, Any]:
        require_admin(caller)
        return {"users": [{"id": u.id, "username": u.username, "role": u.role}
                          for u in store.users()]}

    @app.post(f"{API}/users", tags=["users"], status_code=201)
    def add_user(caller: Api, username: Annotated[str, Body()],
                 password: Annotated[str, Body()], role: Annotated[str, Body()]
                 ) -> dict[str, Any]:
        require_admin(caller)
        user = store.create_user(username, password, role, actor=caller.user.username)
        return {"id": user.id, "username": user.username, "role": user.role}

    @app.post(f"{API}/users/{{user_id}}/password", tags=["users"])
    def reset_password(caller: Api, user_id: RowId) -> dict[str, Any]:
        """An admin's reset: a one-time password (shown once) that the user must replace
        at the next log-in; the user's sessions and API tokens end."""
        require_admin(caller)
        password = store.reset_password(user_id, actor=caller.user.username)
        return {"id": user_id, "password": password, "must_change_password": True}

    def token_json(token: Any) -> dict[str, Any]:
        def when(value: dt.datetime | None) -> str | None:
            return value.isoformat() if value else None
        return {"id": token.id, "username": token.username, "name": token.name,
                "role": token.role, "created_at": when(token.created_at),
                "expires_at": when(token.expires_at),
                "last_used_at": when(token.last_used_at),
                "revoked_at": when(token.revoked_at), "active": token.active}

    @app.get(f"{API}/tokens", tags=["users"])
    def tokens(caller: Api, all_users: bool = False) -> dict[str, Any]:
        """Your API tokens (an admin may ask for everyone's), never the secret itself."""
        if all_users:
            require_admin(caller)
        owner = None if all_users else caller.user.id
        return {"tokens": [token_json(t) for t in store.tokens(owner)]}

    @app.post(f"{API}/tokens", tags=["users"], status_code=201)
    def new_token(caller: Api, name: Annotated[str, Body()] = "",
                  days: Annotated[int, Body(ge=1, le=366)] = 90,
                  role: Annotated[str | None, Body()] = None) -> dict[str, Any]:
        """An API token for scripts, shown once. It expires after `days` and acts with
        `role`, never above yours. Made from a logged-in browser session only: a token
        cannot make more tokens, so a leaked one dies at its expiry."""
        if caller.csrf_token is None:
            raise HTTPException(403, "API tokens are made from a logged-in session")
        token = store.create_token(caller.user, name, days=days, role=role)
        made = store.tokens(caller.user.id)[0]
        return {"token": token, **token_json(made)}

    @app.delete(f"{API}/tokens/{{token_id}}", tags=["users"])
    def revoke_token(caller: Api, token_id: RowId) -> dict[str, Any]:
        """Revoke one of your tokens (an admin: anyone's)."""
        owner = None if caller.user.is_admin else caller.user.id
        if not store.revoke_token(token_id, owner_id=owner, actor=caller.user.username):
            raise HTTPException(404, f"no token {token_id}")
        return {"id": token_id, "revoked": True}
