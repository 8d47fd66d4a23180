"""The Keukentafel app: a small App subclass that owns the screens and global keys.

The start screen appears at once; the social map index and spaCy load in thread
workers afterwards and report back with messages. Other screens are imported when
first opened, so start-up stays close to a bare Textual app.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import PurePath
from typing import TYPE_CHECKING, Any, ClassVar

from textual import work
from textual.app import App, SystemCommand
from textual.message import Message
from textual.screen import Screen
from textual.signal import Signal

from assistant.app.commands import ProvisionCommands
from assistant.app.config import STYLES, AppConfig
from assistant.app.conversations import ConversationApp
from assistant.app.keys import GLOBAL, bindings
from assistant.app.screens.start import StartScreen
from assistant.app.services.resources import ResourceError, load_analyzer, load_social_map

if TYPE_CHECKING:
    from assistant.nlp import Analyzer
    from socialmap import SocialMap


class KeukentafelApp(ConversationApp):
    """Guides a worker through a keukentafelgesprek, with the sociale kaart at hand."""

    TITLE = "Keukentafel"
    CSS_PATH: ClassVar[list[str | PurePath]] = [STYLES / "app.tcss", STYLES / "dialogs.tcss"]
    """Shared styles; each screen brings its own file, parsed when first opened."""
    BINDINGS = bindings(GLOBAL)
    COMMANDS = App.COMMANDS | {ProvisionCommands}
    NOTIFICATION_TIMEOUT = 6

    class MapLoaded(Message):
        """The social map and its search index are ready."""

        def __init__(self, social_map: SocialMap) -> None:
            super().__init__()
            self.social_map = social_map

    class LanguageLoaded(Message):
        """Language analysis (spaCy) is ready."""

        def __init__(self, analyzer: Analyzer) -> None:
            super().__init__()
            self.analyzer = analyzer

    class LoadFailed(Message):
        """A background part failed; ``part`` is ``"map"`` or ``"language"``."""

        def __init__(self, part: str, text: str) -> None:
            super().__init__()
            self.part = part
            self.text = text

    def __init__(self, config: AppConfig | None = None) -> None:
        super().__init__(config)
        self.social_map: SocialMap | None = None
        self.analyzer: Analyzer | None = None
        self.status: dict[str, str] = {"map": "laden", "language": "laden"}
        self.resources_changed: Signal[str] = Signal(self, "resources-changed")
        if not self.config.load_language:
            self.status["language"] = "uit"

    def get_default_screen(self) -> Screen[Any]:
        """The start screen is the bottom of the stack: the app never shows a blank one."""
        return StartScreen()

    def on_mount(self) -> None:
        self.call_after_refresh(self._start_loading)

    def _start_loading(self) -> None:
        self._load_map()
        if self.config.load_language:
            self._load_language()

    @work(thread=True, exclusive=True, group="map")
    def _load_map(self) -> None:
        try:
            self.post_message(self.MapLoaded(load_social_map(self.config.map_path)))
        except ResourceError as exc:
            self.post_message(self.LoadFailed("map", str(exc)))

    @work(thread=True, exclusive=True, group="language")
    def _load_language(self) -> None:
        try:
            self.post_message(self.LanguageLoaded(load_analyzer()))
        except ResourceError as exc:
            self.post_message(self.LoadFailed("language", str(exc)))

    def on_keukentafel_app_map_loaded(self, message: MapLoaded) -> None:
        self.social_map = message.social_map
        self.status["map"] = "klaar"
        self.resources_changed.publish("map")

    def on_keukentafel_app_language_loaded(self, message: LanguageLoaded) -> None:
        self.analyzer = message.analyzer
        self.status["language"] = "klaar"
        self.resources_changed.publish("language")

    def on_keukentafel_app_load_failed(self, message: LoadFailed) -> None:
        self.status[message.part] = "mislukt"
        extra = " De app werkt verder zonder." if message.part == "language" else ""
        self.notify(message.text + extra, title="Let op", severity="warning", timeout=12)
        self.resources_changed.publish(message.part)

    async def wait_until_loaded(self) -> None:
        """Wait for the background workers (used by tests and the benchmark)."""
        await self.workers.wait_for_complete()

    def action_social_map(self) -> None:
        """F2: open the social map from anywhere, or focus its search box if already open."""
        from assistant.app.screens.socialmap import SocialMapScreen

        if isinstance(self.screen, SocialMapScreen):
            self.screen.focus_search()
        else:
            self.push_screen(SocialMapScreen())

    def action_help(self) -> None:
        from assistant.app.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def show_provision(self, provision_id: str) -> None:
        """Open the social map with one provision's details (used by the command palette)."""
        from assistant.app.screens.socialmap import SocialMapScreen

        self.push_screen(SocialMapScreen(show_id=provision_id))

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """Dutch commands for the palette instead of Textual's English ones."""
        yield SystemCommand("Sociale kaart", "Zoek voorzieningen (F2)", self.action_social_map)
        yield SystemCommand("Help", "Alle toetsen (F1)", self.action_help)
        yield SystemCommand("Stoppen", "Stop de app; gesprekken zijn bewaard", self.exit)
