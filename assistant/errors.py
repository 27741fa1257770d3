"""The errors assistant/ raises for a person's mistakes. The CLI turns them into one line."""


class AssistantError(Exception):
    """Base for a user-facing problem found by the application layer."""


class SettingsError(AssistantError):
    """A setting (environment, option or config file) has a value we cannot use."""


class InvalidInputError(AssistantError):
    """An argument we cannot use: an empty text, an unreadable date, and so on."""
