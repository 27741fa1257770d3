"""The database: engine and sessions, ORM tables, queries, migrations.

Knows nothing of the rest of Sessionmate. All times stored are UTC.
"""

from storage.database import Database, open_database
from storage.errors import (
    DatabaseUnavailableError,
    InvalidValueError,
    NotFoundError,
    StorageError,
)
from storage.tables import (
    CHECKIN_RESULTS,
    ITEM_KINDS,
    ITEM_SOURCES,
    ITEM_STATUSES,
    Appointment,
    CheckIn,
    Item,
)

__all__ = [
    "CHECKIN_RESULTS",
    "ITEM_KINDS",
    "ITEM_SOURCES",
    "ITEM_STATUSES",
    "Appointment",
    "CheckIn",
    "Database",
    "DatabaseUnavailableError",
    "InvalidValueError",
    "Item",
    "NotFoundError",
    "StorageError",
    "open_database",
]
