"""The errors storage/ raises. Each carries the bad value and what would be valid."""

from __future__ import annotations


class StorageError(Exception):
    """Base for every error raised by storage/."""


class DatabaseUnavailableError(StorageError):
    """The database cannot be opened, reached or migrated."""


class NotFoundError(StorageError):
    """No row with that id. `what` names the kind of row ("item", "appointment")."""

    def __init__(self, what: str, ident: object) -> None:
        self.what, self.ident = what, ident
        super().__init__(f"no {what} with id {ident}")


class InvalidValueError(StorageError):
    """A value outside the set the schema allows."""

    def __init__(self, field: str, value: object, valid: tuple[str, ...]) -> None:
        self.field, self.value, self.valid = field, value, valid
        super().__init__(f"{field} {value!r} is not one of: {', '.join(valid)}")


class DatabaseWriteError(StorageError):
    """A write failed for a reason that may pass: a locked database, a full disk.

    Nothing of that write was kept; the caller may try again.
    """


class DatabaseLockedError(DatabaseWriteError):
    """Another program holds the database longer than the busy timeout."""


class DiskFullError(DatabaseWriteError):
    """The disk (or the database's quota) is full."""


class UnreadableValueError(StorageError):
    """A stored value that cannot be read back (a hand edit, another program)."""
