"""Abbreviated names of states and counties in old newspapers: "Nashville, Tenn.", "Winthorpe, Notts".

Period usage, not postal codes: the abbreviation after a town names the state or county the town is in.
"""

from __future__ import annotations

# The abbreviations of US states, Canadian provinces and Australian colonies in newspapers of the 19th century
# ("Nashville, Tenn.", "Lindsay, Ont.").
STATE_NAMES: dict[str, str] = {
    "Ala": "Alabama", "Ariz": "Arizona", "Ark": "Arkansas", "Cal": "California", "Calif": "California",
    "Colo": "Colorado", "Conn": "Connecticut", "Del": "Delaware", "Fla": "Florida", "Ga": "Georgia",
    "Ill": "Illinois", "Ind": "Indiana", "Kan": "Kansas", "Kans": "Kansas", "Ky": "Kentucky",
    "La": "Louisiana", "Mass": "Massachusetts", "Md": "Maryland", "Me": "Maine", "Mich": "Michigan",
    "Minn": "Minnesota", "Miss": "Mississippi", "Mo": "Missouri", "Mont": "Montana", "Neb": "Nebraska",
    "Nebr": "Nebraska", "Nev": "Nevada", "Okla": "Oklahoma", "Ore": "Oregon", "Oreg": "Oregon",
    "Pa": "Pennsylvania", "Penn": "Pennsylvania", "Tenn": "Tennessee", "Tex": "Texas", "Va": "Virginia",
    "Vt": "Vermont", "Wash": "Washington", "Wis": "Wisconsin", "Wisc": "Wisconsin", "Wyo": "Wyoming",
    "N.Y": "New York", "N.J": "New Jersey", "N.H": "New Hampshire", "N.C": "North Carolina",
    "N.D": "North Dakota", "S.C": "South Carolina", "S.D": "South Dakota", "R.I": "Rhode Island",
    "D.C": "District of Columbia", "W.Va": "West Virginia", "L.I": "Long Island",
    # British North America and the Australian and New Zealand colonies ("Lindsay, Ont.", "Burra, N.S.W.")
    "Ont": "Ontario", "Que": "Quebec", "Man": "Manitoba", "N.B": "New Brunswick", "N.S": "Nova Scotia",
    "P.E.I": "Prince Edward Island", "C.W": "Canada West", "C.E": "Canada East", "N.S.W": "New South Wales",
    "Vic": "Victoria", "Qld": "Queensland", "Tas": "Tasmania", "W.A": "Western Australia", "N.Z": "New Zealand",
}
STATE_ABBREVIATIONS: frozenset[str] = frozenset(k for k in STATE_NAMES if "." not in k)
# The short names of English counties after a town ("Winthorpe, Notts", "Bolton, Lancs.").
COUNTY_NAMES: dict[str, str] = {
    "Notts": "Nottinghamshire", "Lancs": "Lancashire", "Yorks": "Yorkshire", "Hants": "Hampshire",
    "Wilts": "Wiltshire", "Glos": "Gloucestershire", "Bucks": "Buckinghamshire", "Herts": "Hertfordshire",
    "Beds": "Bedfordshire", "Berks": "Berkshire", "Oxon": "Oxfordshire", "Cambs": "Cambridgeshire",
    "Northants": "Northamptonshire", "Salop": "Shropshire", "Leics": "Leicestershire", "Lincs": "Lincolnshire",
    "Staffs": "Staffordshire", "Worcs": "Worcestershire", "Warks": "Warwickshire", "Derbys": "Derbyshire",
    "Middx": "Middlesex", "Northumb": "Northumberland", "Cumb": "Cumberland",
}


def state_by_letters(letters: str) -> bool:
    """A state the lexicon knows by its initials ("USSR", "RSFSR" spelled "U.S.S.R.", "R.S.F.S.R.")."""
    from letopis.extract.lexicon import PLACES

    return letters.isupper() and letters in PLACES
