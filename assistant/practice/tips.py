"""Tips in the method's own words, for each criterion that fell short.

The quotes come from the report the method rests on: the attitude (5.2), the
analysis phase (6.1), the frames (4.1, 4.2) and Baken 1 and 2 (bijlage 2).
"""

from __future__ import annotations

from assistant.practice.report import Criterion

TIPS = {
    "open_vragen": (
        "Vraag door met open vragen: 'Gericht doorvragen met open vragen (vraaganalyse)'. "
        "Begin met hoe, wat of vertel eens. Dan vertelt de cliënt zijn eigen verhaal."
    ),
    "houding": (
        "Kies de 'insteek met ‘ja en . . .’ in plaats van ‘ja, maar . . .’ of ‘nee, want . . .’'. "
        "'Ga niet (ver)oordelen' en 'stel procedures en oplossingen niet voorop in het gesprek'. "
        "Vragen als 'Wat kunt u allemaal zelf?' en 'Wie kan er allemaal helpen?' geven "
        "afstand en weerstand."
    ),
    "oplossingskaders": (
        "Kijk in deze volgorde: eigen kracht, sociaal netwerk, voorliggende voorzieningen, "
        "en pas dan maatwerk. 'Te snel wordt nu nog voorbijgegaan aan de eigen kracht van "
        "de burger, zijn netwerk, de straat of wijk.'"
    ),
    "levensdomeinen": (
        "Kijk breed: 'Inventarisatie van alle levensdomeinen met de Zelfredzaamheid-Matrix'. "
        "Vraag ook naar de domeinen waar de cliënt niet zelf over begint."
    ),
    "openingen": (
        "Luister 'vol-ledig (vol van de ander en leeg van jezelf)' en pak op wat de cliënt "
        "terloops zegt. Daar zit vaak het echte verhaal."
    ),
    "vraag_achter_de_vraag": (
        "Zoek de vraag achter de vraag: 'Bijna altijd is de vraag van burgers in eerste "
        "instantie een vraag naar het bekende aanbod.' Fileer de vraag: persoon, achtergrond "
        "en context (verleden – heden – toekomst), en vraag naar behoeften en de gewenste "
        "situatie. Begin 'niet te snel met het zoeken van oplossingen'."
    ),
}


def tips_for(items: list[Criterion]) -> list[str]:
    """One tip per criterion that scored below three quarters of its points."""
    return [TIPS[item.name] for item in items if item.points < 0.75 * item.max_points]
