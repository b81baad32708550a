"""The web app: a JSON API and a dashboard over the store (``unrest serve``).

    from unrest.web import Settings, create_app
    app = create_app(Settings(db="unrest.db", api_token="..."))   # an ASGI app (FastAPI)

Layout: ``app.py`` builds the app; ``api.py`` the JSON routes; ``queries.py`` the read queries;
``listen.py`` reports and briefings read aloud (cues, audio, the briefing page's data and the
written briefing); ``writes.py`` posting an article; ``urlguard.py`` fetching URLs safely; ``errors.py`` the one error
envelope; ``dashboard.py`` the HTML shells; ``static/`` the built scripts, styles and map shapes
(from ``web/`` at the project root, ``npm run build``).
"""

from unrest.web.app import create_app
from unrest.web.settings import SETTINGS, Settings

__all__ = ["SETTINGS", "Settings", "create_app"]
