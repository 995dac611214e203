"""rasd's durable record: reports, their events and the incidents several reports share.

    store = Store("rasd.db")                  # or "postgresql://user@host/db", or RASD_DB
    stats = store.ingest(read_inputs(["../shared/corpus/saudinewsnet_syria/documents.jsonl"]))
    store.export(sys.stdout, ExportFormat.acled_csv)

The core (`rasd.text`, `rasd.geo`, `rasd.extract`) knows nothing of databases; this
package only stores what the core returns.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, TextIO

from sqlalchemy import Engine, func, select, text

from rasd.model import Event
from rasd.sources import Rejected, Report
from rasd.store import browse, review, throttle
from rasd.store.db import database_url, open_engine
from rasd.store.export import ExportFormat, export
from rasd.store.incidents import DEFAULT_RULES, GroupingRules
from rasd.store.ingest import Ingester, IngestStats, attach_to_incidents, stored_members
from rasd.store.query import ALL, EventQuery
from rasd.store.schema import documents, events, incident_members, incidents

if TYPE_CHECKING:
    from rasd.store.users import ApiToken, Session, User

__all__ = ["EventQuery", "ExportFormat", "GroupingRules", "IngestStats", "Store",
           "database_url", "extract_report"]


def _accounts():  # type: ignore[no-untyped-def]
    """`rasd.store.users`, imported on first use: it needs argon2 (the web extra), which the
    light install (ingest, events, export) does without."""
    from rasd.store import users as accounts

    return accounts


def extract_report(report: Report) -> list[Event]:
    """The core's events for one report, its own date the reference for 'yesterday'."""
    from rasd.api import extract

    return extract(report.text, report.published, doc_id=report.id).events


class Store:
    """A rasd database, opened (and migrated to the newest schema) on creation."""

    def __init__(self, url: str | None = None, *, engine: Engine | None = None) -> None:
        self.engine = engine or open_engine(url)

    def ingest(self, items: Iterable[Report | Rejected], *,
               extract: Callable[[Report], list[Event]] = extract_report,
               rules: GroupingRules = DEFAULT_RULES, actor: str = "rasd ingest",
               on_progress: Callable[[IngestStats], None] | None = None) -> IngestStats:
        """Add reports not yet stored, with their events, grouped into incidents."""
        return Ingester(self.engine, extract, actor=actor, rules=rules).ingest(
            items, on_progress)

    def export(self, out: TextIO, fmt: ExportFormat, *, incidents: bool = False,
               query: EventQuery = ALL) -> int:
        return export(self.engine, out, fmt, incidents=incidents, query=query)

    # Reading and reviewing, for the dashboard and the REST API (see `rasd.store.browse`
    # and `rasd.store.review`): the web layer goes through these and writes no SQL.

    def event(self, event_id: int) -> dict[str, Any]:
        return browse.event_detail(self.engine, event_id)

    def incident(self, incident_id: int) -> dict[str, Any]:
        return browse.incident_detail(self.engine, incident_id)

    def document(self, document_id: int) -> dict[str, Any]:
        return browse.document_detail(self.engine, document_id)

    def events(self, query: EventQuery = ALL) -> list[dict[str, Any]]:
        return browse.list_events(self.engine, query)

    def points(self, query: EventQuery = ALL) -> list[list[Any]]:
        return browse.map_points(self.engine, query)

    def timeline(self, query: EventQuery = ALL) -> list[dict[str, Any]]:
        return browse.timeline(self.engine, query)

    def deaths_over_time(self, query: EventQuery = ALL, by: str = "admin1", *,
                         top: int = 6) -> dict[str, Any]:
        """Deaths per day, week or month by governorate, actor or type (`browse.BREAKDOWNS`)."""
        return browse.deaths_over_time(self.engine, query, by, top=top)

    def regions(self, query: EventQuery = ALL) -> list[dict[str, Any]]:
        """Events known only to their governorate, counted by governorate."""
        return browse.region_counts(self.engine, query)

    def place_counts(self) -> dict[str, int]:
        """Events per gazetteer place (the located ones, rejected aside)."""
        return browse.place_counts(self.engine)

    def incidents(self, query: EventQuery = ALL, *, min_sources: int = 1,
                  limit: int | None = None) -> list[dict[str, Any]]:
        return browse.list_incidents(self.engine, query, min_sources=min_sources,
                                     limit=limit)

    def count(self, query: EventQuery = ALL, *, incidents: bool = False) -> int:
        """How many events (incidents) match `query`, whatever its limit: for totals."""
        return browse.count(self.engine, query, incidents=incidents)

    def queue_neighbour(self, event_id: int | None = None, *, backwards: bool = False,
                        query: EventQuery = ALL) -> int | None:
        """The next (previous) unreviewed event matching `query`'s filters, lowest
        confidence first."""
        return browse.queue_neighbour(self.engine, event_id, backwards=backwards,
                                      query=query)

    def filter_choices(self) -> dict[str, list[str]]:
        return browse.filter_choices(self.engine)

    def audit(self, table: str | None = None, row_id: int | None = None,
              limit: int = 200, *, actor: str | None = None, action: str | None = None,
              people_only: bool = False, offset: int = 0) -> list[dict[str, Any]]:
        return browse.audit(self.engine, table, row_id, limit, actor=actor, action=action,
                            people_only=people_only, offset=offset)

    def audit_count(self, table: str | None = None, row_id: int | None = None, *,
                    actor: str | None = None, action: str | None = None,
                    people_only: bool = False) -> int:
        return browse.audit_count(self.engine, table, row_id, actor=actor, action=action,
                                  people_only=people_only)

    def audit_choices(self) -> dict[str, list[str]]:
        return browse.audit_choices(self.engine)

    def review(self, event_id: int, action: str, actor: str,
               changes: dict[str, Any] | None = None) -> dict[str, Any]:
        """accept, reject or edit an event (see `rasd.store.review.review_event`)."""
        return review.review_event(self.engine, event_id, action, actor, changes)

    def review_many(self, event_ids: Iterable[int], action: str, actor: str
                    ) -> dict[str, list[int]]:
        """accept or reject several events in one transaction, all or none (an unknown id
        raises `NotFound` and changes nothing); each is audited and regrouped on its own
        (see `rasd.store.review.review_events`)."""
        return {"done": review.review_events(self.engine, event_ids, action, actor)}

    # Accounts (`rasd.store.users`): the one way the dashboard, the REST API and `rasd users`
    # make users, check and set passwords, open sessions and make or revoke API tokens.

    def create_user(self, username: str, password: str, role: str, *,
                    must_change_password: bool = False, actor: str = "rasd") -> User:
        return _accounts().create_user(self.engine, username, password, role,
                                       must_change_password=must_change_password, actor=actor)

    def users(self) -> list[User]:
        return _accounts().list_users(self.engine)

    def user(self, username: str) -> User | None:
        """The account of that name (surrounding spaces aside), or None."""
        return _accounts().user_by_name(self.engine, username)

    def user_count(self) -> int:
        return _accounts().user_count(self.engine)

    def authenticate(self, username: str, password: str) -> User | None:
        """The user if the password is theirs; raises `Busy` when too many Argon2 checks
        are under way (see `rasd.store.users.ARGON2`)."""
        return _accounts().authenticate(self.engine, username, password)

    def set_password(self, user_id: int, password: str, *, must_change: bool = False,
                     actor: str = "rasd") -> None:
        """Set a password; every session and API token of the user ends."""
        _accounts().set_password(self.engine, user_id, password, must_change=must_change,
                                 actor=actor)

    def reset_password(self, user_id: int, *, actor: str = "rasd") -> str:
        """A random one-time password for the user (returned once, to hand over), to be
        replaced at the next log-in; the user's sessions and API tokens end."""
        password = _accounts().new_password()
        self.set_password(user_id, password, must_change=True, actor=actor)
        return password

    def create_session(self, user: User) -> tuple[str, Session]:
        return _accounts().create_session(self.engine, user)

    def session(self, token: str | None) -> Session | None:
        """The live session a browser's cookie names, or None."""
        return _accounts().session_for(self.engine, token)

    def end_session(self, token: str | None) -> None:
        _accounts().end_session(self.engine, token)

    def create_token(self, user: User, name: str = "", *, days: int = 90,
                     role: str | None = None, actor: str | None = None) -> str:
        """An API token (shown once) lasting `days`, acting with at most the owner's role."""
        return _accounts().create_api_token(self.engine, user, name, days=days, role=role,
                                            actor=actor)

    def tokens(self, user_id: int | None = None) -> list[ApiToken]:
        """One user's API tokens (everyone's when None), newest first, never the secret."""
        return _accounts().list_api_tokens(self.engine, user_id)

    def revoke_token(self, token_id: int, *, owner_id: int | None = None,
                     actor: str = "rasd") -> bool:
        return _accounts().revoke_api_token(self.engine, token_id, owner_id=owner_id,
                                            actor=actor)

    def token_user(self, token: str) -> User | None:
        """Who a Bearer token acts for (with the lower of its and its owner's role)."""
        return _accounts().user_for_token(self.engine, token)

    # The login throttle's counts (`rasd.store.throttle`), shared by every server worker.

    def login_failed(self, keys: Iterable[str], at: float, *,
                     forget_before: float | None = None) -> None:
        throttle.record_failure(self.engine, keys, at, forget_before=forget_before)

    def login_failures(self, key: str, since: float, limit: int) -> list[float]:
        """When `key` last failed after `since`, newest first, at most `limit` times."""
        return throttle.failure_times(self.engine, key, since, limit)

    def forget_login_failures(self, key: str | None = None) -> int:
        return throttle.forget_failures(self.engine, key)

    def merge(self, incident_ids: Iterable[int], actor: str) -> int:
        return review.merge_incidents(self.engine, incident_ids, actor)

    def split(self, incident_id: int, event_ids: Iterable[int], actor: str) -> int:
        return review.split_incident(self.engine, incident_id, event_ids, actor)

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as connection:
            return {table.name: int(connection.execute(
                select(func.count()).select_from(table)).scalar_one())
                for table in (documents, events, incidents, incident_members)}

    def regroup(self, rules: GroupingRules = DEFAULT_RULES) -> int:
        """Group every stored event but the rejected ones into incidents again, from scratch,
        in the order the reports were stored (the same order gives the same incidents).
        Returns how many."""
        with self.engine.begin() as connection:
            connection.execute(incident_members.delete())
            connection.execute(incidents.delete())
            document_ids = connection.execute(select(documents.c.id).order_by(documents.c.id))
            for (document_id,) in document_ids.all():
                rows = connection.execute(select(events.c.id).where(
                    events.c.document_id == document_id,
                    events.c.review_state != "rejected").order_by(events.c.id)).scalars()
                members = stored_members(connection, list(rows))
                if members:
                    attach_to_incidents(connection, members, rules)
            return int(connection.execute(select(func.count()).select_from(incidents))
                       .scalar_one())

    def check(self) -> list[str]:
        """Problems found in the database (empty when sound): the engine's own integrity
        check, reports stored twice, events without an incident (or rejected ones within one),
        counts that disagree."""
        problems: list[str] = []
        with self.engine.connect() as connection:
            if self.engine.dialect.name == "sqlite":
                verdict = connection.execute(text("PRAGMA integrity_check")).scalars().all()
                if verdict != ["ok"]:
                    problems.extend(f"sqlite: {line}" for line in verdict)
                broken = connection.execute(text("PRAGMA foreign_key_check")).all()
                problems.extend(f"foreign key: {row}" for row in broken)
            twice = connection.execute(select(documents.c.content_hash).group_by(
                documents.c.content_hash).having(func.count() > 1)).scalars().all()
            problems.extend(f"report stored twice: {digest}" for digest in twice)
            loose = connection.execute(
                select(func.count()).select_from(events.outerjoin(incident_members))
                .where(incident_members.c.incident_id.is_(None),
                       events.c.review_state != "rejected")).scalar_one()
            if loose:
                problems.append(f"{loose} events belong to no incident")
            counted = connection.execute(
                select(func.count()).select_from(events.join(incident_members))
                .where(events.c.review_state == "rejected")).scalar_one()
            if counted:
                problems.append(f"{counted} rejected events still count in an incident "
                                "(run `rasd db regroup`)")
            mismatched = connection.execute(
                select(documents.c.doc_key).select_from(documents.outerjoin(events))
                .group_by(documents.c.id, documents.c.doc_key, documents.c.event_count)
                .having(func.count(events.c.id) != documents.c.event_count)).scalars().all()
            problems.extend(f"report {key}: stored events differ from its count"
                            for key in mismatched)
            empty = connection.execute(
                select(incidents.c.id).select_from(incidents.outerjoin(incident_members))
                .where(incident_members.c.event_id.is_(None))).scalars().all()
            problems.extend(f"incident {incident_id} has no events" for incident_id in empty)
        return problems

