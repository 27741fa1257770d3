"""Every stored row an export writes out, and the look-ups an import makes before it adds one."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.tables import Appointment, CrisisFlag, Item

__all__ = [
    "all_appointments",
    "all_crisis_flags",
    "all_items",
    "find_item",
    "id_is_free",
]


def all_items(session: Session) -> list[Item]:
    """Every item, in id order (the order an export lists them)."""
    return list(session.scalars(select(Item).order_by(Item.id)))


def all_appointments(session: Session) -> list[Appointment]:
    """Every appointment, in id order."""
    return list(session.scalars(select(Appointment).order_by(Appointment.id)))


def all_crisis_flags(session: Session) -> list[CrisisFlag]:
    """Every crisis flag, in item order."""
    return list(session.scalars(select(CrisisFlag).order_by(CrisisFlag.item_id)))


def find_item(session: Session, kind: str, text: str, created_at: datetime) -> Item | None:
    """The stored item with this kind, text and creation time: what identifies it for a person."""
    return session.scalars(
        select(Item).where(Item.kind == kind, Item.text == text, Item.created_at == created_at)
    ).first()


def id_is_free(session: Session, table: type[Item] | type[Appointment], ident: int) -> bool:
    """Whether no row of `table` has the id `ident` yet."""
    return session.get(table, ident) is None
