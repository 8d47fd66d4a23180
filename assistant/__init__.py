"""Keukentafel: a Dutch assistant for the keukentafelgesprek of sociale wijkteams."""

__version__ = "0.8.0"
