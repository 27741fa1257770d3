"""The companion page: a small web app served on this machine only.

Imported only by `sessionmate web` and `serve --web`, so that no other command pays
for the web libraries (Starlette, Jinja2, uvicorn, pygal).
"""
