"""Event triggers: the words that say something happened, with their PLOVER type and mode.

A trigger maps a lemma to ``(type, mode)``. Context refines the mode afterwards ("killed" near
"firing" is ASSAULT/firearms; "strike" after "air" is an ASSAULT, not a PROTEST); those rules
live in :mod:`unrest.nlp.components.events`.
"""

from __future__ import annotations

Trigger = tuple[str, "str | None"]

TRIGGERS: dict[str, Trigger] = {
    # PROTEST
    "protest": ("PROTEST", "demo"), "demonstrate": ("PROTEST", "demo"), "demonstration": ("PROTEST", "demo"),
    "rally": ("PROTEST", "demo"), "march": ("PROTEST", "demo"), "uprising": ("PROTEST", "demo"),
    "unrest": ("PROTEST", "demo"), "agitation": ("PROTEST", "demo"), "dharna": ("PROTEST", "demo"),
    "sit-in": ("PROTEST", "demo"), "picket": ("PROTEST", "demo"), "vigil": ("PROTEST", "demo"),
    "gherao": ("PROTEST", "demo"), "blockade": ("PROTEST", "obstruct"), "roko": ("PROTEST", "obstruct"),
    "mob": ("PROTEST", "riot"), "pelting": ("PROTEST", "riot"), "pelt": ("PROTEST", "riot"),
    "procession": ("PROTEST", "demo"), "agitate": ("PROTEST", "demo"), "rallies": ("PROTEST", "demo"), "protester": ("PROTEST", "demo"),
    "demonstrator": ("PROTEST", "demo"), "riot": ("PROTEST", "riot"), "rioting": ("PROTEST", "riot"),
    "rioter": ("PROTEST", "riot"), "vandalise": ("PROTEST", "riot"), "vandalize": ("PROTEST", "riot"),
    "torch": ("PROTEST", "riot"), "ransack": ("PROTEST", "riot"), "stone-pelting": ("PROTEST", "riot"),
    "strike": ("PROTEST", "strike"), "walkout": ("PROTEST", "strike"), "bandh": ("PROTEST", "strike"),
    "hartal": ("PROTEST", "strike"), "boycott": ("PROTEST", "boycott"), "mutiny": ("PROTEST", "riot"),
    # COERCE
    "arrest": ("COERCE", "arrest"), "detain": ("COERCE", "arrest"), "detention": ("COERCE", "arrest"),
    "jail": ("COERCE", "arrest"), "imprison": ("COERCE", "arrest"), "apprehend": ("COERCE", "arrest"),
    "nab": ("COERCE", "arrest"), "custody": ("COERCE", "arrest"), "detainee": ("COERCE", "arrest"),
    "round": ("COERCE", "arrest"), "book": ("COERCE", "arrest"), "charge": ("COERCE", "arrest"),
    "sentence": ("COERCE", "arrest"), "convict": ("COERCE", "arrest"),
    "curfew": ("COERCE", "curfew"), "blackout": ("COERCE", "censor"), "shutdown": ("COERCE", "censor"),
    "censor": ("COERCE", "censor"), "censorship": ("COERCE", "censor"),
    "ban": ("COERCE", "ban"), "outlaw": ("COERCE", "ban"), "prohibit": ("COERCE", "ban"),
    "crackdown": ("COERCE", None), "repress": ("COERCE", None), "repression": ("COERCE", None),
    "suppress": ("COERCE", None), "raid": ("COERCE", "seize"), "seize": ("COERCE", "seize"),
    "confiscate": ("COERCE", "seize"), "demolish": ("COERCE", "destroy"), "bulldoze": ("COERCE", "destroy"),
    "deport": ("COERCE", "deport"), "expel": ("COERCE", "deport"), "emergency": ("COERCE", "martial-law"),
    "restriction": ("COERCE", "restrict"), "prohibitory": ("COERCE", "restrict"), "cordon": ("COERCE", "restrict"),
    "seal": ("COERCE", "restrict"),
    "disperse": ("ASSAULT", "crowd-control"),
    # ASSAULT
    "kill": ("ASSAULT", None), "shoot": ("ASSAULT", "firearms"), "fire": ("ASSAULT", "firearms"),
    "firing": ("ASSAULT", "firearms"), "gunfire": ("ASSAULT", "firearms"), "gunshot": ("ASSAULT", "firearms"),
    "massacre": ("ASSAULT", None), "murder": ("ASSAULT", None), "slay": ("ASSAULT", None),
    "injure": ("ASSAULT", None), "wound": ("ASSAULT", None), "attack": ("ASSAULT", None),
    "assault": ("ASSAULT", "beat"), "beat": ("ASSAULT", "beat"), "thrash": ("ASSAULT", "beat"),
    "lathicharge": ("ASSAULT", "crowd-control"), "lathi-charge": ("ASSAULT", "crowd-control"),
    "teargas": ("ASSAULT", "crowd-control"), "tear": ("ASSAULT", "crowd-control"),
    "cannon": ("ASSAULT", "crowd-control"), "baton": ("ASSAULT", "crowd-control"),
    "bomb": ("ASSAULT", "explosives"), "bombing": ("ASSAULT", "explosives"), "blast": ("ASSAULT", "explosives"),
    "explosion": ("ASSAULT", "explosives"), "explode": ("ASSAULT", "explosives"), "grenade": ("ASSAULT", "explosives"),
    "dynamite": ("ASSAULT", "explosives"), "airstrike": ("ASSAULT", "aerial"), "shell": ("ASSAULT", "heavy-weapons"),
    "shelling": ("ASSAULT", "heavy-weapons"), "torture": ("ASSAULT", "torture"),
    "execute": ("ASSAULT", "execution"), "execution": ("ASSAULT", "execution"), "hang": ("ASSAULT", "execution"),
    "abduct": ("ASSAULT", "abduct"), "kidnap": ("ASSAULT", "abduct"), "abduction": ("ASSAULT", "abduct"),
    "kidnapping": ("ASSAULT", "abduct"), "hijack": ("ASSAULT", "abduct"), "lynch": ("ASSAULT", "beat"),
    "stab": ("ASSAULT", "primitive"), "assassinate": ("ASSAULT", "assassinate"),
    "assassination": ("ASSAULT", "assassinate"), "burn": ("ASSAULT", "primitive"), "hack": ("ASSAULT", "primitive"),
    "ambush": ("ASSAULT", "firearms"), "encounter": ("ASSAULT", "firearms"), "machinegun": ("ASSAULT", "firearms"),
    "die": ("ASSAULT", None), "death": ("ASSAULT", None),
    # FIGHT
    "clash": ("FIGHT", None), "fight": ("FIGHT", None), "battle": ("FIGHT", None),
    "skirmish": ("FIGHT", None), "gunbattle": ("FIGHT", "firearms"), "gunfight": ("FIGHT", "firearms"),
    "offensive": ("FIGHT", None), "combat": ("FIGHT", None),
    # MOBILIZE
    "deploy": ("MOBILIZE", None), "deployment": ("MOBILIZE", None), "dispatch": ("MOBILIZE", None),
    "mobilise": ("MOBILIZE", None), "mobilize": ("MOBILIZE", None), "station": ("MOBILIZE", None),
    "reinforcement": ("MOBILIZE", None), "reinforce": ("MOBILIZE", None), "patrol": ("MOBILIZE", None),
    "rush": ("MOBILIZE", None), "airlift": ("MOBILIZE", None), "send": ("MOBILIZE", None),
    "move": ("MOBILIZE", None), "call": ("DEMAND", None),
    # verbal and other interactions
    "threaten": ("THREATEN", None), "warn": ("THREATEN", None), "ultimatum": ("THREATEN", None),
    "condemn": ("DISAPPROVE", None), "criticise": ("DISAPPROVE", None), "criticize": ("DISAPPROVE", None),
    "denounce": ("DISAPPROVE", None), "decry": ("DISAPPROVE", None), "accuse": ("DISAPPROVE", None),
    "blame": ("DISAPPROVE", None), "deplore": ("DISAPPROVE", None), "slam": ("DISAPPROVE", None),
    "allege": ("DISAPPROVE", None),
    "demand": ("DEMAND", None), "urge": ("DEMAND", None),
    "reject": ("REJECT", None), "refuse": ("REJECT", None), "defy": ("REJECT", None),
    "investigate": ("INVESTIGATE", None), "probe": ("INVESTIGATE", None), "inquiry": ("INVESTIGATE", None),
    "investigation": ("INVESTIGATE", None),
    "sanction": ("SANCTION", None), "embargo": ("SANCTION", None),
    "aid": ("AID", None), "relief": ("AID", None),
    "meet": ("CONSULT", None), "talk": ("CONSULT", None), "negotiate": ("CONSULT", None),
    "negotiation": ("CONSULT", None), "visit": ("CONSULT", None), "dialogue": ("CONSULT", None),
    "agree": ("AGREE", None), "ceasefire": ("AGREE", None), "truce": ("AGREE", None),
    "support": ("SUPPORT", None), "endorse": ("SUPPORT", None), "praise": ("SUPPORT", None),
    "cooperate": ("COOPERATE", None), "release": ("RETREAT", None), "resign": ("RETREAT", None),
    "withdraw": ("RETREAT", None), "retreat": ("RETREAT", None), "free": ("RETREAT", None),
    "lift": ("CONCEDE", None), "ease": ("CONCEDE", None), "restore": ("CONCEDE", None),
    "concede": ("CONCEDE", None), "concession": ("CONCEDE", None), "scrap": ("CONCEDE", None),
    "repeal": ("CONCEDE", None), "revoke": ("CONCEDE", None), "rescind": ("CONCEDE", None),
    "disband": ("CONCEDE", None), "dissolve": ("CONCEDE", None), "suspend": ("CONCEDE", None),
    "reverse": ("CONCEDE", None), "shelve": ("CONCEDE", None), "relax": ("CONCEDE", None),
    "call": ("DEMAND", None), "appeal": ("DEMAND", None),
    "loot": ("CRIME", None), "looting": ("CRIME", None), "rob": ("CRIME", None), "robbery": ("CRIME", None),
    "steal": ("CRIME", None), "extort": ("CRIME", None), "smuggle": ("CRIME", None), "arson": ("CRIME", None),
}

_FORCE_WORDS = {"troops", "soldiers", "police", "forces", "force", "personnel", "army", "company",
                "companies", "battalion", "battalions", "reinforcements", "paramilitary", "commandos",
                "jawans", "units", "columns", "policemen", "militia", "militiamen", "fighters", "tanks"}

# Words that only trigger with a companion nearby (checked on the token's phrase and clause).
NEEDS_COMPANION: dict[str, set[str]] = {
    "fire": {"open", "opened", "opening", "on", "at", "into", "live", "police", "troops", "soldiers", "forces"},
    "tear": {"gas", "teargas", "shell", "shells"},
    "cannon": {"water"},
    "baton": {"charge", "charged", "charges"},
    "round": {"up"},
    "book": {"police", "case", "under", "section", "booked"},
    "charge": {"police", "with", "murder", "sedition", "rioting", "terrorism", "charged"},
    "shell": {"fired", "artillery", "mortar", "shells", "shelled"},
    "mob": {"attack", "attacked", "stone", "stones", "pelting", "arson", "torched", "set", "looted", "violent",
            "rampaging", "riotous", "burnt", "burned", "ransacked", "clashed", "indulging", "damaged", "rampage"},
    "pelting": {"stone", "stones", "brick", "bricks"},
    "pelt": {"stone", "stones", "brick", "bricks"},
    "burn": {"alive", "death", "burnt", "charred"},
    "hack": {"death", "hacked"},
    "restriction": {"imposed", "impose", "clamped", "clamp", "curfew", "movement", "entry", "prohibitory"},
    "prohibitory": {"orders", "order"},
    "cordon": {"off", "cordoned"},
    "seal": {"sealed", "off", "border", "borders"},
    "allege": {"alleged", "allege", "alleging"},
    "call": {"for", "on"},
    "rush": _FORCE_WORDS, "airlift": _FORCE_WORDS, "send": _FORCE_WORDS, "move": _FORCE_WORDS,
    "appeal": {"for", "to"},
    "suspend": {"bill", "law", "tax", "decree", "plan", "reform", "measure", "fee", "hike", "increase",
                "rise", "order", "ban", "project", "policy", "talks", "elections", "rule", "levy", "price"},
    "reverse": {"bill", "law", "tax", "decree", "plan", "reform", "decision", "hike", "increase", "rise", "policy"},
    "dissolve": {"parliament", "government", "cabinet", "assembly", "unit", "squad", "council"},
    "relax": {"curfew", "restrictions", "ban", "order", "orders"},
    "shutdown": {"internet", "mobile", "phone", "network", "data", "communications", "communication", "social"},
    "blackout": {"internet", "mobile", "communications", "communication", "media", "information", "phone", "network"},
    "ban": {"protest", "protests", "rally", "rallies", "gathering", "gatherings", "assembly", "party", "group", "internet", "media", "demonstrations", "assemblies", "entry", "march"},
    "emergency": {"state", "declared", "declare", "imposed", "impose"},
    "station": {"troops", "soldiers", "police", "forces", "personnel", "stationed"},
    "patrol": {"troops", "soldiers", "police", "forces", "personnel", "army"},
    "free": {"released", "prisoners", "detainees", "hostages", "freed", "set"},
    "lift": {"curfew", "ban", "blockade", "restrictions", "siege", "emergency", "shutdown"},
    "ease": {"curfew", "ban", "restrictions", "blockade"},
    "restore": {"internet", "services", "connectivity", "access", "order", "power"},
    "relief": {"aid", "humanitarian", "supplies", "food"},
    "support": {"backed", "endorse", "expressed", "voiced", "declared", "pledged"},
    "meet": {"met", "talks", "delegation", "minister", "leaders", "officials", "meeting"},
    "visit": {"minister", "president", "delegation", "leader", "envoy", "official", "chief"},
    "die": {"firing", "shot", "gunshot", "wounds", "injuries", "attack", "clashes", "police", "violence", "custody", "bullet", "fire", "blast", "beaten", "torture", "crackdown", "security", "forces"},
    "death": {"firing", "shot", "gunshot", "wounds", "injuries", "attack", "clashes", "police", "violence", "custody", "bullet", "toll", "blast", "beaten", "torture", "crackdown", "protests"},
    "custody": {"taken", "police", "into", "judicial", "remanded", "in"},
    "sentence": {"sentenced", "prison", "jail", "death", "years"},
    "encounter": {"police", "killed", "shot", "fake", "gunfight", "militants"},
    "shoot": set(), "attack": set(),
    "march": {"marched", "marching", "protest", "protesters", "demonstrators", "thousands", "hundreds", "rally", "students", "supporters", "long"},
    "strike": {"workers", "general", "nationwide", "called", "went", "on", "hunger", "strikers", "unions", "union", "teachers", "doctors", "transport", "indefinite", "day", "labor", "labour"},
}
# "air strike", "drone strike": the strike is an attack
STRIKE_AS_ATTACK = {"air", "drone", "missile", "rocket", "aerial", "military", "israeli", "precision", "artillery"}

# deployed-force kind -> MOBILIZE mode
MOBILIZE_MODES = {"state_security": "police", "military": "troops", "militia": "militia",
                  "armed_group": "militia"}
# figure categories an event type measures
FIGURE_EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "killed": ("ASSAULT", "FIGHT"), "injured": ("ASSAULT", "FIGHT", "PROTEST"),
    "arrested": ("COERCE",), "executed": ("ASSAULT",), "missing": ("ASSAULT",),
    "participants": ("PROTEST",), "forces": ("MOBILIZE",), "places": ("PROTEST", "COERCE", "FIGHT"),
    "duration": ("PROTEST", "COERCE"), "displaced": ("FIGHT", "ASSAULT", "COERCE"),
}

# weapon words, by the ASSAULT mode they give (MUC-4's instruments, ACLED's means of attack)
WEAPONS_BY_MODE: dict[str, tuple[str, ...]] = {
    "firearms": ("machinegun", "machineguns", "machine gun", "machine guns", "submachinegun", "rifle", "rifles",
                 "pistol", "pistols", "revolver", "gun", "guns", "firearm", "firearms", "bullet", "bullets",
                 "ak-47", "m-16", "automatic weapons", "shotgun", "carbine", "sniper rifle", "gunfire", "shots"),
    "explosives": ("bomb", "bombs", "car bomb", "car bombs", "explosive", "explosives", "dynamite", "dynamite sticks",
                   "sticks of dynamite", "ied", "ieds", "landmine", "landmines", "mine", "mines", "explosive device",
                   "explosive devices", "tnt", "detonator", "booby trap", "roadside bomb", "parcel bomb", "letter bomb"),
    "grenade": ("grenade", "grenades", "hand grenade", "hand grenades"),
    "heavy-weapons": ("mortar", "mortars", "rocket", "rockets", "missile", "missiles", "artillery", "shell", "shells",
                      "cannon", "howitzer", "bazooka", "rpg", "tank", "tanks"),
    "aerial": ("aircraft", "airplane", "airplanes", "helicopter", "helicopters", "warplane", "warplanes", "jets", "drone", "drones"),
    "primitive": ("knife", "knives", "machete", "machetes", "sword", "swords", "axe", "stick", "sticks", "stones",
                  "rocks", "petrol", "kerosene", "acid", "club", "clubs", "rod", "rods", "molotov cocktail", "molotov cocktails"),
    "cbrn": ("chemical weapons", "chemical weapon", "sarin", "chlorine", "mustard gas", "nerve agent", "toxic gas", "poison gas"),
}
WEAPON_WORDS: frozenset[str] = frozenset(w for words in WEAPONS_BY_MODE.values() for w in words)
