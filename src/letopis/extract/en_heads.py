"""Lower-case heads right after a capitalised name, which type it: "the Kineshma ukom", "the Free Labour
group", "the Georgian republic", "Kashin uyezd", "the Kiev railway junction".
"""

from __future__ import annotations

import re

from letopis.extract.lexicon import SOVIET_BODIES

LOWER_ORG_AFTER = re.compile(r"^\s+(?:soviet|committee|party committee|armies|army|guards?|"
                              r"(?:labour|labor|food|land|health|education|finance)\s+(?:inspectorate|department|"
                              r"committee|commissariat|exchange)|trade\s+unions?|party\s+organi[sz]ation|" +
                              "|".join(sorted(SOVIET_BODIES)) + r")\b")
LOWER_PLACE_HEAD = re.compile(r"^\s+(?:republic|empire|kingdom|colony|colonies|protectorate)\b")
LOWER_ORG_HEAD = re.compile(
    r"^\s+(?:(?:turnpike|railroad|railway|insurance|steamboat|canal|mining|land|stage|labour|labor|food|health|"
    r"education|finance|housing|transport|trade|textile|metal|leather|sugar|coal|oil|timber|grain|political|"
    r"consumers['’]?|agricultural|credit|singing|choral|dramatic|sports|transit|children['’]s|workers['’]|"
    r"women['’]s|military|city|county|state|central|district|regional|local)\s+)?"
    r"(?:army|armies|navy|party|church|chapel|company|society|club|legislature|department|bureau|government|"
    r"consulate|embassy|legation|"
    r"cavalry|infantry|regiment|militia|nation|tribe|association|lodge|academy|college|university|"
    r"seminary|gymnasium|lyceum|league|fraternity|fraternities|congregation|corporation|board|commission|synod|"
    r"conference|convention|assembly|parliament|ministry|cabinet|group|groups|faction|"
    r"factions|circle|organi[sz]ation|movement|collective|fraction|band|gang|confederation|federation|"
    r"alliance|bloc|inspectorate|commissariat|syndicate|artel|commune|publishing\s+house|kolkhoz|sovkhoz|school|"
    r"hotel|trust|isolator|cooperative|co-operative|prison|gaol|jail|hospital|infirmary|sanatorium|orphanage|"
    r"gendarmerie|constabulary|police|institute|library|museum|theatre|theater|railway|railroad)\b"
    r"(?!\s+of\b)"
    r"|^\s+(?:uyezd|uezd|volost|gubernia|guberniia|provincial|district|county|city|village|raion|rayon|okrug|"
    r"oblast|krai|town)\s+(?:executive\s+|party\s+|land\s+)?"
    r"(?:committee|soviet|zemstvo\s+board|" + "|".join(sorted(SOVIET_BODIES)) + r")\b"
    r"|^\s+girls['’]\s+gymnasium\b"
    r"|^\s+(?:(?:village|volost|rural|town|district|city)\s+soviet|" + "|".join(sorted(SOVIET_BODIES)) +
    r")s?\b"  # "the Kineshma ukom of the RCP(b)", "the Dubrovka village soviet"
)
# "Lukinskaya volost", "Kashinsky uyezd": a district named by an adjective, with no place of that name
ADJECTIVAL_DISTRICT = re.compile(r"(?:sk|tsk|ov|ev|in)(?:aya|aia|ii|iy|y|oi|oy|oe|oye|ogo)$")
# after these heads the name before is no mention of a place of its own: "the Vyborg district" is no mention
# of the town of Vyborg, "Main street" none of a place "Main" (a station or a junction is the town's)
NAME_OF_THE_HEAD = re.compile(r"^\s+(?:uyezd|uezd|volost|gubernia|guberniya|province|okrug|raion|oblast|region|street|"
                              r"county|district|river)\b")
JUNCTION_AFTER = re.compile(
    r"^\s+(?:(?:railway\s+)?(?:junction|station)|region|street|county|district|river|uyezd|uezd|volost|"
    r"gubernia|guberniya|province|okrug|raion|oblast)\b")
