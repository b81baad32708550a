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
}
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
        "column", "contingent", "squad", "detachment")},
    **{w: "participants" for w in (
        "protester", "protestor", "demonstrator", "marcher", "striker", "rioter", "participant",
        "mourner", "supporter", "crowd", "activist", "picketer", "mob")},
}
UNIT_ALIASES = {"people": "person", "persons": "person", "individual": "person", "other": "person",
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
