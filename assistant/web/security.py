"""Who may talk to the companion page: only this machine's browser, holding the secret.

Every request needs the token (in the query once, then in a strict same-site cookie),
a loopback Host header (a DNS-rebinding page would send its own name), and every POST
the form's CSRF token. Every response forbids loading anything from elsewhere.
"""

from __future__ import annotations

import hmac
import secrets
from hashlib import sha256
from http.cookies import SimpleCookie
from urllib.parse import parse_qs, urlencode

from starlette.types import ASGIApp, Message, Receive, Scope, Send

COOKIE = "sessionmate_token"
MAX_FORM_BYTES = 1_000_000  # a typed reflection is a few hundred bytes
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "[::1]")
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
SECURITY_HEADERS = [
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cache-control", b"no-store"),
    (b"cross-origin-resource-policy", b"same-origin"),
]


def new_token() -> str:
    return secrets.token_urlsafe(32)


def csrf_token(token: str) -> str:
    """Derived from the secret, so it is known to the page and to nobody else."""
    return hmac.new(token.encode(), b"csrf", sha256).hexdigest()


def _header(scope: Scope, name: bytes) -> str | None:
    headers: list[tuple[bytes, bytes]] = scope.get("headers", [])  # as ASGI sends them
    for key, value in headers:
        if key == name:
            return value.decode("latin-1")
    return None


def host_is_loopback(host: str | None) -> bool:
    if not host:
        return False
    name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
    return name.lower() in LOOPBACK_HOSTS


def _cookie_token(scope: Scope) -> str | None:
    raw = _header(scope, b"cookie")
    if not raw:
        return None
    cookie = SimpleCookie()
    try:
        cookie.load(raw)
    except Exception:  # a malformed cookie header is the same as none
        return None
    morsel = cookie.get(COOKIE)
    return morsel.value if morsel else None


class Guard:
    """ASGI middleware: refuse with 403 before any page code runs."""

    def __init__(self, app: ASGIApp, token: str) -> None:
        self.app, self.token = app, token
        self.csrf = csrf_token(token)

    def _matches(self, candidate: str | None, secret: str) -> bool:
        return candidate is not None and hmac.compare_digest(candidate.encode(), secret.encode())

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if not host_is_loopback(_header(scope, b"host")):
            await _forbidden(send, "This page answers only at 127.0.0.1.")
            return
        query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
        from_query = query.get("token", [None])[0]
        if self._matches(from_query, self.token):
            # Trade the token in the address for a cookie, and drop it from the address bar.
            rest = {key: values for key, values in query.items() if key != "token"}
            location = scope["path"] + (f"?{urlencode(rest, doseq=True)}" if rest else "")
            await _redirect_with_cookie(send, location, self.token)
            return
        if not self._matches(_cookie_token(scope), self.token):
            await _forbidden(send, "Open the address that `sessionmate web` printed.")
            return
        if scope["method"] not in ("GET", "HEAD", "POST"):
            await _forbidden(send, "Only GET and POST are used here.")
            return
        if scope["method"] == "POST":
            checked = await self._checked_form(scope, receive, send)
            if checked is None:
                return
            receive = checked
        await self.app(scope, receive, _with_headers(send))

    async def _checked_form(self, scope: Scope, receive: Receive, send: Send) -> Receive | None:
        """Read the whole body, check its csrf field, and hand the body on unchanged."""
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if len(body) > MAX_FORM_BYTES:
                await _forbidden(send, "This form is too large.")
                return None
            if not message.get("more_body"):
                break
        content_type = _header(scope, b"content-type") or ""
        fields = (
            parse_qs(body.decode("utf-8", "replace"))
            if content_type.startswith("application/x-www-form-urlencoded")
            else {}
        )
        if not self._matches(fields.get("csrf", [None])[0], self.csrf):
            await _forbidden(send, "This form is out of date or came from another site.")
            return None
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if sent:
                return await receive()
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}

        return replay


def _with_headers(send: Send) -> Send:
    async def wrapped(message: Message) -> None:
        if message["type"] == "http.response.start":
            names = {key for key, _ in message.get("headers", [])}
            extra = [(k, v) for k, v in SECURITY_HEADERS if k not in names]
            message = {**message, "headers": [*message.get("headers", []), *extra]}
        await send(message)

    return wrapped


async def _forbidden(send: Send, reason: str) -> None:
    body = f"403 Forbidden: {reason}\n".encode()
    await send(
        {
            "type": "http.response.start",
            "status": 403,
            "headers": [
                (b"content-type", b"text/plain; charset=utf-8"),
                (b"content-length", str(len(body)).encode()),
                *SECURITY_HEADERS,
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


async def _redirect_with_cookie(send: Send, location: str, token: str) -> None:
    cookie = f"{COOKIE}={token}; Path=/; HttpOnly; SameSite=Strict"
    await send(
        {
            "type": "http.response.start",
            "status": 303,
            "headers": [
                (b"location", location.encode("latin-1")),
                (b"set-cookie", cookie.encode()),
                (b"content-length", b"0"),
                *SECURITY_HEADERS,
            ],
        }
    )
    await send({"type": "http.response.body", "body": b""})
