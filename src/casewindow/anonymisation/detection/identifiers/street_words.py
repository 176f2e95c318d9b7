"""The words a UK street's, a district's or a town's name is made of, shared by the address
and organisation rules."""

from __future__ import annotations

import re

STREET_SUFFIXES = (
    "Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Close|Drive|Dr|Court|Ct|Crescent|Cres|Place|Pl|Way|"
    "Gardens|Gdns|Grove|Terrace|Tce|Terr|Hill|Row|Walk|Mews|Square|Sq|Parade|Rise|View|Green|Park|"
    "Vale|Wharf|Yard|Boulevard|Chase|Croft|Fold|Gate|Meadows?|Heights|Hollow|End|Approach|"
    "Broadway|Copse|Dell|Glade|Leys|Paddocks?|Orchard|Nook|Side|Bank|Brow|Crest|Fields|Garth|"
    "Mount|Quay|Reach|Ride|Spinney|Wood|Circus|Embankment|Passage|Circle|Mead|Leas?|"
    "Downs|Holme|Knoll|Villas|Buildings|Cottages|Precinct|Promenade|Esplanade|Wynd|Brae|"
    "Range|Hey|Pend|Vennel|Moor|Pastures|Bottom|Drove|Chare|Loke|Causeway|"
    # A block of flats: "6 Cedar House", "moved to Winchester House".
    "House|Lodge|Tower|Mansions"
)
WORD = r"[A-Z][A-Za-z'’]*(?:-[A-Z][A-Za-z'’]*)?"
# The street words that end the names of districts and villages too ("Moss Side", "Wood
# Green", "Chalk Farm", "Tower Hill").
DISTRICT_END = re.compile(
    r"\b(?:Side|Green|Park|Hill|End|Wood|Bank|Moor|Vale|Heath|Common|Bottom|Fields|Cross|Gate|"
    r"Brow|Downs|Heights|Mount|Hey|Holme|Leys?|Farm|Estate|Quay|Wharf|Bridge|Hall|Marsh|Grange|"
    r"Dale|Meadows)$"
)
# Towns whose names are ordinary English words ("Reading Refugee Support Group").
TOWNS_THAT_ARE_WORDS = frozenset(
    {"Reading", "Bath", "Wells", "March", "Sale", "Deal", "Battle", "Ware", "Street", "Hove"}
)
