"""Every key binding of the app in one place, so the help screen and footer agree.

Each screen builds its ``BINDINGS`` from these records; the help screen lists them all.
Keys are chosen to work in any terminal (function keys and ctrl combinations that
text inputs do not use), with a Dutch label and a short explanation.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding, BindingType


@dataclass(frozen=True)
class Key:
    """One binding: key, action, footer label and a sentence for the help screen."""

    key: str
    action: str
    label: str
    help: str
    id: str
    show: bool = True
    priority: bool = False

    def binding(self) -> Binding:
        """The Textual binding for this key."""
        return Binding(
            self.key,
            self.action,
            self.label,
            show=self.show,
            priority=self.priority,
            tooltip=self.help,
            id=self.id,
        )

    @property
    def display(self) -> str:
        """The key as a worker reads it, e.g. ``Ctrl+Z`` or ``F2``."""
        names = {"escape": "Esc", "space": "Spatie", "down": "↓", "ctrl": "Ctrl"}
        parts = self.key.split(",")[0].split("+")
        return "+".join(names.get(p, p.upper() if len(p) <= 3 else p.capitalize()) for p in parts)


GLOBAL = (
    Key("f1", "app.help", "Help", "Alle toetsen en wat ze doen.", "help"),
    Key(
        "f2",
        "app.social_map",
        "Sociale kaart",
        "Opent de sociale kaart vanuit elk scherm; Esc brengt u terug.",
        "social_map",
        priority=True,
    ),
    Key(
        "ctrl+p",
        "app.command_palette",
        "Zoeken",
        "Zoek een voorziening of opdracht (palet).",
        "palette",
        show=False,
    ),
    Key(
        "ctrl+q",
        "app.quit",
        "Stoppen",
        "Stopt de app; het gesprek is al bewaard.",
        "quit",
        show=False,
        priority=True,
    ),
)

START = (
    Key("n", "new_conversation", "Nieuw gesprek", "Begin een nieuw gesprek.", "start_new"),
    Key("h", "resume", "Hervatten", "Ga verder met een bewaard gesprek.", "start_resume"),
)

CONVERSATION = (
    Key("ctrl+z", "back", "Terug", "Zet de vorige stap terug (ongedaan maken).", "back"),
    Key("ctrl+o", "skip", "Overslaan", "Sla deze stap over en noteer waarom.", "skip", show=False),
    Key("ctrl+n", "notes", "Notities", "Open de notities bij dit gesprek.", "notes", show=False),
    Key("f3", "provisions", "Voorzieningen", "Voorzieningen per behoefte.", "provisions"),
    Key("f4", "plan", "Plan", "Het plan van aanpak van dit gesprek.", "plan"),
    Key(
        "ctrl+g",
        "acknowledge",
        "Signaal gezien",
        "Bevestig dat u het veiligheidssignaal hebt gezien.",
        "acknowledge",
        show=False,
    ),
    Key(
        "escape",
        "leave",
        "Startscherm",
        "Naar het startscherm; het gesprek blijft bewaard.",
        "leave",
        show=False,
    ),
)

SOCIAL_MAP = (
    Key("escape", "close", "Terug", "Terug naar waar u was.", "map_close"),
    Key("ctrl+t", "copy_phone", "Kopieer tel.", "Kopieer het telefoonnummer.", "copy_phone"),
    Key("ctrl+l", "copy_website", "Kopieer site", "Kopieer de website.", "copy_website"),
    Key(
        "down",
        "focus_results",
        "Naar de lijst",
        "Van het zoekvak naar de resultaten.",
        "focus_results",
        show=False,
    ),
    Key(
        "ctrl+f",
        "focus_search",
        "Zoekvak",
        "Zet de cursor in het zoekvak.",
        "focus_search",
        show=False,
    ),
)

PROVISIONS = (
    Key("escape", "close", "Terug", "Terug naar het gesprek.", "provisions_close"),
    Key(
        "space",
        "toggle_pick",
        "Kiezen",
        "Zet de voorziening in het plan of haal hem eruit.",
        "provisions_toggle",
        show=False,
    ),
    Key("i", "details", "Details", "Alle gegevens van de voorziening.", "provisions_details"),
)

PLAN = (
    Key("escape", "close", "Terug", "Terug naar waar u was.", "plan_close"),
    Key(
        "ctrl+e",
        "export",
        "Exporteren",
        "Schrijf het plan als Markdown, JSON en printbare tekst.",
        "plan_export",
        priority=True,
    ),
)

SESSIONS = (
    Key("escape", "close", "Terug", "Terug naar het startscherm.", "sessions_close"),
    Key(
        "delete",
        "delete",
        "Verwijderen",
        "Verwijder het gekozen gesprek voorgoed.",
        "sessions_delete",
    ),
)

BACK = (Key("escape", "app.pop_screen", "Terug", "Terug naar waar u was.", "back_screen"),)

MODAL = (Key("escape", "cancel", "Annuleren", "Sluit dit venster zonder iets te doen.", "cancel"),)

NOTES = (
    Key("escape", "close", "Sluiten", "Sluit de notities; ze blijven bewaard.", "notes_close"),
)

CONFIRM = (
    Key("j", "answer(True)", "Ja", "Ja, doorgaan.", "confirm_yes"),
    Key("n,escape", "answer(False)", "Nee", "Nee, terug.", "confirm_no"),
)

SECTIONS: tuple[tuple[str, tuple[Key, ...]], ...] = (
    ("Overal", GLOBAL),
    ("Startscherm", START),
    ("Gesprek", CONVERSATION),
    ("Sociale kaart", SOCIAL_MAP),
    ("Voorzieningen per behoefte", PROVISIONS),
    ("Plan van aanpak", PLAN),
    ("Bewaarde gesprekken", SESSIONS),
    ("Vensters", (*MODAL, *CONFIRM)),
)
"""What the help screen shows, in this order."""


def bindings(keys: tuple[Key, ...]) -> list[BindingType]:
    """Textual bindings for a group of keys."""
    return [key.binding() for key in keys]
