"""Word lists shared by the components: what is counted, what verbs mean, how sure a text is.

Kept as plain data so that a reader can see, and extend, what the rules know. Lemmas are lowercase.
"""

from __future__ import annotations

# -- figures: the verb, adjective or noun that says what happened to the people counted -------
CASUALTY_CUES: dict[str, str] = {
    # killed
    "kill": "killed", "die": "killed", "dead": "killed", "death": "killed", "murder": "killed",
    "slay": "killed", "massacre": "killed", "perish": "killed", "fatality": "killed",
    "body": "killed", "corpse": "killed", "drown": "killed", "behead": "killed", "lynch": "killed",
    "killed": "killed", "slain": "killed", "toll": "killed", "martyr": "killed", "deceased": "killed",
    "succumb": "killed", "life": "killed",
    # injured
    "injure": "injured", "wound": "injured", "hurt": "injured", "injury": "injured",
    "hospitalise": "injured", "hospitalize": "injured", "injured": "injured", "wounded": "injured",
    "casualty": "injured", "maim": "injured", "treat": "injured", "hospital": "injured",
    "stab": "injured", "stabbed": "injured", "beaten": "injured",
    "hospitalisation": "injured",
    # arrested
    "arrest": "arrested", "detain": "arrested", "detention": "arrested", "jail": "arrested",
    "imprison": "arrested", "apprehend": "arrested", "nab": "arrested", "custody": "arrested",
    "detainee": "arrested", "book": "arrested", "held": "arrested", "round": "arrested",
    "incarcerate": "arrested", "arrested": "arrested", "pick": "arrested", "remand": "arrested",
    # executed
    "execute": "executed", "hang": "executed", "execution": "executed", "executed": "executed",
    # missing
    "missing": "missing", "disappear": "missing", "abduct": "missing", "kidnap": "missing",
    "disappearance": "missing", "unaccounted": "missing", "abduction": "missing",
    # displaced
    "displace": "displaced", "flee": "displaced", "evacuate": "displaced", "uproot": "displaced",
    "refugee": "displaced", "homeless": "displaced", "displaced": "displaced", "displacement": "displaced",
    "evict": "displaced", "eviction": "displaced",
}
# counted nouns that are themselves a casualty: "13 bodies were brought to hospital" are dead
STRONG_CASUALTY_NOUNS = {"body", "corpse", "fatality", "detainee", "refugee", "dead", "prisoner", "hostage"}
# counted things that are not people, so a casualty word nearby does not make them casualties
NON_PERSON_UNITS = {"attack", "incident", "blast", "explosion", "bomb", "clash", "raid", "shooting", "round",
                    "bullet", "shell", "vehicle", "car", "bus", "truck", "house", "home", "shop", "building",
                    "case", "complaint", "fir", "weapon", "gun", "rifle", "grenade", "call", "hour", "day",
                    "minute", "week", "month", "year", "time", "place", "village", "town", "district", "camp",
                    "group", "faction", "side", "community",  # "clashes between two groups left three dead"
                    "source"}  # "two security sources put the toll at 50": who counts, not who died
# "held" and "round" only count in the passive or with "up": checked in the figures component.
WEAK_CASUALTY_CUES = {"held", "round", "book", "pick", "hang"}

# the counted noun itself says what is counted
UNIT_CATEGORIES: dict[str, str] = {
    **{w: "places" for w in (
        "city", "town", "village", "province", "district", "state", "region", "county", "country",
        "site", "location", "area", "neighborhood", "neighbourhood", "municipality", "governorate",
        "prefecture", "campus", "university", "locality", "constituency", "township", "oblast",
        "department", "settlement", "capital", "mosque", "school", "checkpoint", "border crossing",
        "place", "spot", "taluka", "tehsil", "mandal", "ward", "suburb", "hamlet", "zone", "island",
        "station", "building", "office", "installation", "hotel", "shop", "store", "home", "house",
        "church", "temple", "camp", "hospital", "factory", "facility", "base", "post", "bank",
        "market", "polling", "booth", "centre", "center", "premises", "property", "tent")},
    **{w: "duration" for w in ("day", "week", "month", "year", "hour", "night", "minute", "decade")},
    **{w: "money" for w in (
        "dollar", "rupee", "rial", "euro", "pound", "naira", "shilling", "peso", "yuan", "toman",
        "lira", "birr", "taka", "kyat", "cedi", "rand", "dinar", "franc", "ruble", "rouble",
        "hryvnia", "lari", "sol", "real", "tenge", "colon", "quetzal", "lempira", "yen")},
    **{w: "forces" for w in (
        "troop", "soldier", "fighter", "militiaman", "policeman", "policemen", "officer",
        "personnel", "guard", "reinforcement", "force", "militant", "commando", "paramilitary",
        "jawan", "constable", "gendarme", "marine", "sailor", "airman", "mercenary", "recruit",
        "reservist", "cop", "agent", "militia", "police", "battalion", "brigade", "company",
        "platoon", "unit", "rebel", "insurgent", "volunteer", "gunman", "combatant", "army",
        "column", "contingent", "squad", "detachment", "assassin", "terrorist", "attacker", "guerrilla",
        "guerilla", "hitman", "raider", "assailant", "militiamen", "gunmen")},
    **{w: "participants" for w in (
        "protester", "protestor", "demonstrator", "marcher", "striker", "rioter", "participant",
        "mourner", "supporter", "crowd", "activist", "picketer", "mob", "devotee", "pilgrim", "sevak",
        "rambhakt", "agitator")},
}
UNIT_ALIASES = {"people": "person", "persons": "person", "individual": "person", "other": "person", "crowd": "person",
                "police": "police officer", "policemen": "policeman", "cop": "police officer",
                "%": "percent"}
# nouns after which "of" names the counted thing: "the number of fighters", "a crowd of 5,000"
COUNT_FRAMES = {"number", "toll", "tally", "count", "total", "figure", "estimate", "crowd", "group",
                "contingent", "force", "column", "convoy", "delegation", "batch", "team", "wave"}

PARTICIPATION_VERBS = {
    "protest", "march", "rally", "gather", "demonstrate", "join", "participate", "attend",
    "throng", "assemble", "converge", "strike", "chant", "block", "occupy", "turn", "take",
    "flood", "swarm", "pour", "descend", "mass", "walk", "sit", "stage", "congregate", "stay",
    "shout", "slogan", "besiege", "surround", "storm", "gherao",
    "demonstration", "rally", "march", "strike", "protest", "vigil", "sit-in", "picket", "parade",
}
DEPLOYMENT_VERBS = {
    "deploy", "dispatch", "send", "station", "mobilise", "mobilize", "cross", "arrive", "move",
    "rush", "position", "enter", "reinforce", "airlift", "post", "call", "gather", "amass",
    "assemble", "patrol", "bring",
}

# -- attribution -----------------------------------------------------------------------------
REPORTING_VERBS = {
    "say", "tell", "report", "claim", "confirm", "state", "announce", "allege", "estimate",
    "indicate", "add", "note", "accuse", "deny", "put", "place", "count", "document", "record",
    "tally", "warn", "insist", "suggest", "show", "reveal", "disclose", "inform", "write",
    "tweet", "post", "cite", "quote", "verify", "acknowledge", "admit", "assert", "declare",
    "explain", "stress", "maintain", "contend", "argue", "testify", "recount", "describe",
    "brief", "publish", "according", "believe", "find", "observe", "ask", "reply", "point",
    "remark", "allege", "maintain", "aver", "claim", "recall",
}
HEDGE_VERBS = {
    "confirm": "confirmed", "verify": "confirmed", "acknowledge": "confirmed", "admit": "confirmed",
    "report": "reported", "indicate": "reported", "reveal": "reported", "show": "reported",
    "allege": "alleged", "accuse": "alleged",
    "claim": "claimed", "insist": "claimed", "assert": "claimed", "contend": "claimed",
    "estimate": "estimated", "put": "estimated", "place": "estimated", "believe": "estimated",
}
HEDGE_WORDS = {
    "reportedly": "reported", "report": "reported", "reports": "reported", "reporting": "reported",
    "reported": "reported",
    "allegedly": "alleged", "allegation": "alleged", "allegations": "alleged", "alleged": "alleged",
    "purportedly": "alleged", "supposedly": "alleged",
    "estimate": "estimated", "estimates": "estimated", "estimated": "estimated",
    "roughly estimated": "estimated",
    "claim": "claimed", "claims": "claimed", "claimed": "claimed",
    "confirmed": "confirmed", "confirming": "confirmed", "confirmation": "confirmed",
    "verified": "confirmed",
}
# subject nouns that carry a source in a "from"/"by"/"of" phrase: "reporting from X"
CARRIER_NOUNS = {"reporting", "report", "reports", "footage", "data", "figure", "figures",
                 "estimate", "estimates", "statement", "tally", "count", "account", "accounts",
                 "investigation", "analysis", "video", "videos", "images", "record", "records",
                 "documentation", "survey", "census", "list", "information", "dispatch", "coverage"}

SOURCE_KIND_WORDS: dict[str, str] = {
    **{w: "ngo" for w in (
        "rights", "monitor", "monitors", "monitoring", "watchdog", "ngo", "ngos", "amnesty",
        "activist", "activists", "advocacy", "humanitarian", "charity", "campaigners",
        "organisation", "organization", "organizations", "organisations", "observatory", "union",
        "association", "committee", "coalition", "network", "council", "foundation", "federation",
        "lawyers", "group", "groups", "medics", "doctors", "red", "crescent", "cross")},
    **{w: "official" for w in (
        "police", "ministry", "minister", "spokesman", "spokeswoman", "spokesperson", "government",
        "official", "officials", "authorities", "authority", "governor", "mayor", "army",
        "military", "commissioner", "superintendent", "president", "prime", "chief", "inspector",
        "officer", "officers", "department", "administration", "cabinet", "parliament", "judiciary",
        "prosecutor", "prosecutors", "court", "regime", "state", "command", "general", "colonel",
        "commander", "magistrate", "collector", "sp", "dgp", "igp", "dcp", "sho", "mla", "mp",
        "senator", "lawmaker", "lawmakers", "embassy", "ambassador", "office", "secretary",
        "agency", "forces", "coroner", "hospital", "morgue", "junta", "kremlin", "presidency",
        "ombudsman", "parliamentary", "commission", "governorate", "municipality", "council",
        "palace", "interior", "defence", "defense", "health", "fire", "emergency", "services")},
    **{w: "expert" for w in (
        "expert", "experts", "analyst", "analysts", "fellow", "researcher", "researchers",
        "professor", "scholar", "economist", "academic", "historian", "specialist", "director",
        "think", "tank", "institute", "lecturer", "consultant")},
    **{w: "anonymous" for w in (
        "source", "sources", "insider", "insiders", "anonymity", "anonymous", "unnamed",
        "familiar", "person", "people", "diplomat", "diplomats")},
    **{w: "witness" for w in (
        "witness", "witnesses", "eyewitness", "eyewitnesses", "resident", "residents", "locals",
        "villagers", "protesters", "demonstrators", "bystanders", "survivor", "survivors",
        "relatives", "family", "families", "neighbours", "neighbors", "participants", "student",
        "students", "shopkeeper", "shopkeepers", "videos", "footage", "father", "mother", "brother")},
    **{w: "media" for w in (
        "news", "television", "tv", "radio", "newspaper", "daily", "times", "post", "channel",
        "broadcaster", "outlet", "outlets", "journalist", "journalists", "correspondent",
        "reporter", "reporters", "media", "press", "magazine", "tribune", "herald", "gazette",
        "journal", "reporting", "broadcast", "station", "website", "bbc", "cnn", "international")},
    **{w: "wire" for w in ("reuters", "ap", "afp", "pti", "ians", "ani", "uni", "efe", "dpa",
                           "ansa", "xinhua", "tass", "bernama", "yonhap", "kyodo", "wire")},
}
# kind priority when several words of a source disagree ("police spokesman" -> official)
SOURCE_KIND_PRIORITY = ["wire", "media", "ngo", "expert", "official", "witness", "anonymous"]

# -- negation and modality -------------------------------------------------------------------
DENIAL_VERBS = {"deny", "refute", "reject", "dismiss", "dispute", "rebut"}

# -- quantities: changes ("rose 6.5%", "fell by 10"), units of measure and currencies -----------
CHANGE_UP = {"rise", "increase", "jump", "climb", "grow", "gain", "surge", "soar", "advance", "rally",
             "boost", "raise", "lift", "swell", "spike", "rebound", "recover", "improve", "widen", "expand",
             "hike", "up", "outperform", "accelerate", "balloon", "skyrocket", "rocket", "leap", "pop"}
CHANGE_DOWN = {"fall", "drop", "decrease", "decline", "shrink", "slip", "plunge", "plummet", "tumble", "sink",
               "slide", "lose", "cut", "reduce", "ease", "dip", "slump", "shed", "down", "retreat", "crash",
               "lower", "contract", "slash", "trim", "dive", "sag", "weaken", "fell", "tank", "collapse", "erode"}
# verbs whose object is the thing changed, not the size of the change: only "by N" is a change
CHANGE_TRANSITIVE = {"boost", "raise", "lift", "hike", "expand", "widen", "improve", "cut", "reduce", "slash",
                     "trim", "lower", "accelerate", "recover"}  # ("police recovered Rs 2 lakh": seized)
# surface form (lowercase, as tokenised or glued to the digits) -> canonical unit name
MEASURE_UNITS: dict[str, str] = {
    # share
    "%": "percent", "percent": "percent", "per cent": "percent", "pc": "percent", "pct": "percent",
    "percentage point": "percentage point", "percentage points": "percentage point",
    "percent point": "percentage point", "percent points": "percentage point",  # (as Nigerian and Korean copy writes it)
    "per cent point": "percentage point", "per cent points": "percentage point",
    "p.c.": "percent", "p.c": "percent",  # (Indian and older British copy)
    "basis point": "basis point", "basis points": "basis point", "bps": "basis point",
    "point": "point", "points": "point", "pts": "point",
    # length and area
    "mm": "millimetre", "millimetre": "millimetre", "millimeter": "millimetre", "cm": "centimetre",
    "centimetre": "centimetre", "centimeter": "centimetre", "m": "metre", "metre": "metre",
    "meter": "metre", "km": "kilometre", "kms": "kilometre", "kilometre": "kilometre", "kilometer": "kilometre",
    "μm": "micrometre", "µm": "micrometre", "micrometre": "micrometre", "micrometer": "micrometre",
    "micron": "micrometre", "nm": "nanometre", "nanometre": "nanometre", "nanometer": "nanometre",
    "mile": "mile", "mi": "mile", "ft": "foot", "foot": "foot", "feet": "foot", "'": "foot",
    "inch": "inch", "inches": "inch", "in.": "inch", '"': "inch", "yard": "yard", "yd": "yard",
    "m2": "square metre", "sq m": "square metre", "sqm": "square metre", "square metre": "square metre",
    "square meter": "square metre", "km2": "square kilometre", "sq km": "square kilometre", "square km": "square kilometre",
    "square kilometre": "square kilometre", "square kilometer": "square kilometre",
    "square mile": "square mile", "sq ft": "square foot", "square foot": "square foot",
    "sq mile": "square mile", "sq mi": "square mile",  # "68,800 sq km (26,600 sq miles)"
    "square feet": "square foot", "acre": "acre", "hectare": "hectare", "ha": "hectare",
    # speed and rates
    "mph": "mile per hour", "m.p.h.": "mile per hour", "m.p.h": "mile per hour",
    "mile per hour": "mile per hour", "miles an hour": "mile per hour", "km/h": "kilometre per hour",
    "kph": "kilometre per hour", "kmh": "kilometre per hour", "kmph": "kilometre per hour", "kilometre per hour": "kilometre per hour",
    "kilometer per hour": "kilometre per hour", "mpg": "mile per gallon", "mile per gallon": "mile per gallon",
    "knot": "knot", "rpm": "revolution per minute",
    # mass
    "mg": "milligram", "milligram": "milligram", "g": "gram", "gram": "gram", "gramme": "gram",
    "kg": "kilogram", "kgs": "kilogram", "kilogram": "kilogram", "kilo": "kilogram", "lb": "pound-mass", "lbs": "pound-mass",
    "pound": "pound-mass", "ounce": "ounce", "oz": "ounce", "ton": "ton", "tonne": "metric ton",
    "metric ton": "metric ton", "metric tonne": "metric ton", "gigatonne": "gigaton", "gigaton": "gigaton", "megatonne": "megaton",
    "megaton": "megaton", "dram": "dram", "carat": "carat",
    "bushel": "bushel", "quintal": "quintal",  # crops: "177 bushels per acre", "Rs 2,300 a quintal"
    # volume
    "l": "litre", "litre": "litre", "liter": "litre", "ml": "millilitre", "millilitre": "millilitre",
    "cc": "millilitre", "dl": "decilitre", "decilitre": "decilitre", "mmhg": "millimetre of mercury", "mm hg": "millimetre of mercury",  # (CQE names a cubic centimetre a millilitre)
    "milliliter": "millilitre", "gallon": "gallon", "gal": "gallon", "barrel": "barrel", "bbl": "barrel", "pint": "pint", "quart": "quart",
    "cubic metre": "cubic metre", "cubic meter": "cubic metre", "bcm": "billion cubic metre",
    "barrels per day": "barrel per day", "barrel per day": "barrel per day",
    "barrel of oil": "barrel of oil", "barrels of oil": "barrel of oil", "cubic foot": "cubic foot",
    "cubic feet": "cubic foot", "cubic kilometre": "cubic kilometre", "cubic kilometer": "cubic kilometre",
    "cubic yard": "cubic yard", "tablespoon": "tablespoon", "teaspoon": "teaspoon", "microgram": "microgram",
    "nanogram": "nanogram", "light year": "light year", "light-year": "light year", "nautical mile": "nautical mile",
    "square inch": "square inch", "mcg": "microgram", "tbsp": "tablespoon", "tsp": "teaspoon",
    "mmol": "millimole", "millimole": "millimole", "µg": "microgram", "μg": "microgram",  # clinical: "7 mmol/L"
    "μg/m3": "microgram per cubic metre", "µg/m3": "microgram per cubic metre", "ug/m3": "microgram per cubic metre",
    "μg/m³": "microgram per cubic metre", "µg/m³": "microgram per cubic metre",  # air quality: "PM2.5 at 35 µg/m3"
    "barrels a day": "barrel per day", "barrel-a-day": "barrel per day", "bpd": "barrel per day",
    # data and frequency
    "kb": "kilobyte", "mb": "megabyte", "gb": "gigabyte", "tb": "terabyte", "megabyte": "megabyte",
    "gigabyte": "gigabyte", "terabyte": "terabyte", "mbps": "megabit per second",
    "gbps": "gigabit per second", "kbps": "kilobit per second", "hz": "hertz", "hertz": "hertz",
    "khz": "kilohertz", "mhz": "megahertz", "ghz": "gigahertz", "gigahertz": "gigahertz",
    "megahertz": "megahertz", "mp": "megapixel", "megapixel": "megapixel",
    # energy and power
    "fps": "frame per second", "ppi": "pixel per inch", "dpi": "dot per inch",
    "kev": "kiloelectronvolt", "mev": "megaelectronvolt", "gev": "gigaelectronvolt",
    "tev": "teraelectronvolt", "electronvolt": "electronvolt",
    "w": "watt", "watt": "watt", "kw": "kilowatt", "kilowatt": "kilowatt", "mw": "megawatt",
    "megawatt": "megawatt", "gw": "gigawatt", "gigawatt": "gigawatt", "kwh": "kilowatt hour",
    "kilowatt-hour": "kilowatt hour", "kilowatt hour": "kilowatt hour", "mwh": "megawatt hour",
    "megawatt-hour": "megawatt hour", "gwh": "gigawatt hour", "gigawatt-hour": "gigawatt hour",
    "gigawatt hour": "gigawatt hour", "twh": "terawatt hour", "terawatt-hour": "terawatt hour",
    "mah": "milliampere-hour", "v": "volt", "volt": "volt", "kv": "kilovolt", "kilovolt": "kilovolt",
    "a": "ampere", "amp": "ampere", "ampere": "ampere", "f": "farad", "farad": "farad",
    "hp": "horsepower", "horsepower": "horsepower", "bhp": "brake horsepower",
    "lb-ft": "foot pound-force", "pound-feet": "foot pound-force", "nm.": "newton metre",
    "calorie": "calorie", "kcal": "kilocalorie", "joule": "joule", "megajoule": "megajoule", "gigajoule": "gigajoule",
    "kilojoule": "kilojoule", "btu": "british thermal unit",
    "mmbtu": "mega british thermal unit",
    # temperature and angle
    "degree": "degree", "deg": "degree", "°": "degree", "celsius": "celsius", "°c": "celsius",
    "c": "celsius", "centigrade": "celsius", "fahrenheit": "fahrenheit", "°f": "fahrenheit",
    "kelvin": "kelvin",
    # pressure, loudness, concentration
    "ksi": "kilopound per square inch", "psi": "pound per square inch", "mpa": "megapascal",
    "kpa": "kilopascal", "pa": "pascal", "bar": "bar", "decibel": "decibel", "db": "decibel",
    "ppb": "parts-per-billion", "ppm": "part per million", "kv/cm": "kilovolt per centimetre",
    "a/cm2": "ampere per square centimetre",
    # time
    "second": "second", "sec": "second", "secs": "second", "s": "second", "minute": "minute", "min": "minute", "mins": "minute",
    "hour": "hour", "hr": "hour", "hrs": "hour", "h": "hour", "day": "day", "week": "week",
    "fortnight": "fortnight", "month": "month", "year": "year", "yr": "year", "yrs": "year", "decade": "decade",
    "century": "century", "millisecond": "millisecond", "ms": "millisecond",
    "wk": "week", "wks": "week", "mth": "month", "mths": "month",  # (abbreviated as scraped copy glues them)
    # multiples and counts
    "time": "count", "times": "count", "x": "count",
}
# spelled-out concentrations and energy per hour: "415 parts per million", "500 watt-hours"
MEASURE_UNITS.update({"ppm": "parts-per-million", "parts per million": "parts-per-million",
                      "part per million": "parts-per-million", "parts-per-million": "parts-per-million",
                      "parts per billion": "parts-per-billion", "parts-per-billion": "parts-per-billion",
                      "watt-hour": "watt hour", "watt hour": "watt hour", "wh": "watt hour",
                      "m/s": "metre per second", "km/s": "kilometre per second", "ft/s": "foot per second",
                      "mb/s": "megabyte per second", "gb/s": "gigabyte per second",
                      "cl": "centilitre", "centilitre": "centilitre", "centiliter": "centilitre", "in": "inch"})
# energy written out in words, and gas priced per million British thermal units
MEASURE_UNITS.update({"megawatt hour": "megawatt hour", "terawatt hour": "terawatt hour",
                      "million british thermal unit": "mega british thermal unit"})
# an oil company's output in oil and gas together, and a European engine's metric horsepower glued to
# the digits ("340PS"; "PS" apart or before the digits is read first as a mangled pound sign)
MEASURE_UNITS.update({"barrel of oil equivalent": "barrel of oil equivalent", "boe": "barrel of oil equivalent",
                      "ps": "metric horsepower"})
# units whose short form is only a unit when glued to digits ("5W", "2.5 F" is rare in prose)
GLUED_ONLY_UNITS = {"w", "a", "f", "c", "s", "h", "g", "l", "v", "x", "mp", "in.", "m", "p", "'", '"', "pa"}
GLUED_ONLY_UNITS.add("in")  # "6ft 2in"; "in" on its own is a preposition
# a unit noun after "per"/"a" turns a unit into a rate: "$62 per share", "$52 a barrel"
RATE_WORDS = {"per", "a", "an", "each", "every"}

# currency symbols and codes, before or after the number -> currency name
CURRENCY_NAMES: dict[str, str] = {
    "$": "dollar", "us$": "dollar", "usd": "dollar", "dollar": "dollar", "buck": "dollar", "dlrs": "dollar", "dlr": "dollar",
    "a$": "australian dollar", "au$": "australian dollar", "aud": "australian dollar",
    "australian dollar": "australian dollar", "c$": "canadian dollar", "cad": "canadian dollar",
    "canadian dollar": "canadian dollar", "nz$": "new zealand dollar", "nzd": "new zealand dollar",
    "new zealand dollar": "new zealand dollar", "hk$": "hong kong dollar", "hkd": "hong kong dollar",
    "hong kong dollar": "hong kong dollar", "s$": "singapore dollar", "sgd": "singapore dollar",
    "singapore dollar": "singapore dollar", "taiwan dollar": "new taiwan dollar",
    "€": "euro", "eur": "euro", "euro": "euro", "£": "pound sterling", "gbp": "pound sterling",
    "ps": "pound sterling", "sterling": "pound sterling", "pound sterling": "pound sterling",
    "¥": "japanese yen", "y=": "japanese yen", "jpy": "japanese yen", "yen": "japanese yen",
    "yuan": "chinese yuan", "cny": "chinese yuan", "rmb": "chinese yuan", "renminbi": "chinese yuan",
    "₹": "indian rupee", "rs": "indian rupee", "rs.": "indian rupee", "inr": "indian rupee",
    "rupee": "indian rupee", "rm": "malaysian ringgit", "ringgit": "malaysian ringgit",
    "myr": "malaysian ringgit", "shekel": "shekel", "nis": "shekel", "ils": "shekel",
    "danish crown": "danish krone", "danish krone": "danish krone", "dkk": "danish krone",
    "krone": "danish krone", "swedish crown": "swedish krona", "krona": "swedish krona",
    "sek": "swedish krona", "norwegian crown": "norwegian krone", "nok": "norwegian krone",
    "kn": "croatian kuna", "kuna": "croatian kuna", "r": "south african rand",
    "rand": "south african rand", "zar": "south african rand", "franc": "swiss franc",
    "swiss franc": "swiss franc", "chf": "swiss franc", "won": "south korean won",
    "krw": "south korean won", "ruble": "russian ruble", "rouble": "russian ruble",
    "rub": "russian ruble", "lira": "turkish lira", "try": "turkish lira", "real": "brazilian real",
    "brl": "brazilian real", "peso": "peso", "naira": "nigerian naira", "₦": "nigerian naira", "shilling": "shilling",
    "lari": "georgian lari", "rial": "iranian rial", "toman": "iranian toman", "dirham": "dirham",
    "riyal": "riyal", "baht": "thai baht", "rupiah": "indonesian rupiah", "zloty": "polish zloty",
    "bitcoin": "bitcoin", "btc": "bitcoin", "cent": "cent", "¢": "cent", "penny": "penny",
    "pence": "penny", "p": "penny",
}
CURRENCY_NAMES.update({"euros": "euro"})  # the tagger may leave "euros" unlemmatised after "3-5bn"
# plurals that do not end in -s: "2 million Swedish kronor", "500 Danish kroner"
CURRENCY_NAMES.update({"kronor": "swedish krona", "swedish kronor": "swedish krona", "kroner": "danish krone",
                       "danish kroner": "danish krone", "norwegian kroner": "norwegian krone",
                       "norwegian krone": "norwegian krone", "swedish krona": "swedish krona"})
# more currencies by name: "25 million reais", "200 million dong", "1,200 Czech crowns"
CURRENCY_NAMES.update({"reais": "brazilian real", "dong": "vietnamese dong", "forint": "hungarian forint",
                       "czech crown": "czech koruna", "koruna": "czech koruna", "hryvnia": "ukrainian hryvnia",
                       "leu": "romanian leu", "lei": "romanian leu", "dinar": "dinar", "taka": "bangladeshi taka",
                       "cedi": "ghanaian cedi", "kwacha": "kwacha", "egyptian pound": "egyptian pound"})
# East African shillings by their codes: "KSh 4 trillion", "UGX 50,000"
CURRENCY_NAMES.update({"ksh": "kenyan shilling", "kes": "kenyan shilling", "kenyan shilling": "kenyan shilling",
                       "tzs": "tanzanian shilling", "ugx": "ugandan shilling"})
# currency signs before the amount: "₱2.3 billion", "₩800,000", "₺40 billion"
CURRENCY_NAMES.update({"₱": "philippine peso", "₩": "south korean won", "₺": "turkish lira", "₽": "russian ruble",
                       "₴": "ukrainian hryvnia", "₪": "shekel", "₵": "ghanaian cedi", "₫": "vietnamese dong"})
# letters written before "$" that say which dollar: "HK $216,925", "C $6", "US $58.24"
DOLLAR_PREFIXES = {"us": "dollar", "a": "australian dollar", "au": "australian dollar",
                   "c": "canadian dollar", "ca": "canadian dollar", "nz": "new zealand dollar",
                   "hk": "hong kong dollar", "s": "singapore dollar", "nt": "new taiwan dollar"}
# a currency adjective before a currency noun: "Australian dollars", "Danish crowns"
CURRENCY_ADJECTIVES = {"australian", "canadian", "new zealand", "hong kong", "singapore", "taiwan",
                       "danish", "swedish", "norwegian", "swiss", "us", "u.s.", "american"}
