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
    "gather": ("PROTEST", "demo"), "chant": ("PROTEST", "demo"),
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

FORCE_WORDS = {"troops", "soldiers", "police", "forces", "force", "personnel", "army", "company",
                "companies", "battalion", "battalions", "reinforcements", "paramilitary", "commandos",
                "jawans", "units", "columns", "policemen", "militia", "militiamen", "fighters", "tanks"}

# Words that only trigger with a companion nearby (checked on the token's phrase and clause).
NEEDS_COMPANION: dict[str, set[str]] = {
    "fire": {"open", "opened", "opening", "on", "at", "into", "live", "police", "troops", "soldiers", "forces"},
    "tear": {"gas", "teargas", "shell", "shells"},
    # a crowd gathering or chanting is a protest; people gathering for a meeting or funds are not
    "gather": {"crowds", "crowd", "protesters", "demonstrators", "thousands", "hundreds", "supporters",
               "students", "opposition", "slogans", "against"},
    "chant": {"slogans", "slogan", "against", "crowds", "crowd", "protesters", "demonstrators", "thousands",
              "hundreds", "marchers"},
    "cannon": {"water"},
    "baton": {"charge", "charged", "charges"},
    "round": {"up"},
    "book": {"police", "case", "cases", "under", "section", "fir"},
    "charge": {"police", "murder", "sedition", "rioting", "terrorism", "chargesheet", "arson", "prosecutors"},
    "jail": {"sent", "jailed", "sending", "lodged", "remanded", "years", "months", "life"},
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
    "rush": FORCE_WORDS, "airlift": FORCE_WORDS, "send": FORCE_WORDS, "move": FORCE_WORDS,
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
    "patrol": FORCE_WORDS | {"trucks", "vehicles", "gunmen", "guards", "officers"},
    "free": {"released", "prisoners", "detainees", "hostages", "freed", "set"},
    "lift": {"curfew", "ban", "blockade", "restrictions", "siege", "emergency", "shutdown"},
    "ease": {"curfew", "ban", "restrictions", "blockade"},
    "restore": {"internet", "services", "connectivity", "access", "power"},  # (not "order": a crackdown's aim)
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
# words just before a trigger that make it something else ("cardiac arrest", "court arrest" is a protest)
NOT_AFTER: dict[str, set[str]] = {"arrest": {"cardiac", "court", "courting", "courted"}, "strike": {"lucky"},
                                  "fire": {"cease"}, "custody": {"joint", "child"}}
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
                 "pistol", "pistols", "revolver", "submachine gun", "submachine guns", "gun", "guns", "firearm", "firearms", "bullet", "bullets",
                 "ak-47", "m-16", "automatic weapons", "shotgun", "carbine", "sniper rifle", "gunfire", "shots"),
    "explosives": ("bomb", "bombs", "car bomb", "car bombs", "car-bomb", "car-bombs", "truck bomb", "truck-bomb",
                   "bus bomb", "incendiary bomb", "homemade bomb", "explosive", "explosives", "dynamite", "dynamite sticks",
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

# -- more triggers: territory, disrupted weapons, bases, sexual violence, agreements, crime ----------
TRIGGERS.update({
    # fighting for ground: context "territory" (taken) or "retake" (taken back), see TERRITORY_WORDS
    "capture": ("FIGHT", None), "overrun": ("FIGHT", None), "overran": ("FIGHT", None),
    "recapture": ("FIGHT", None), "retake": ("FIGHT", None), "regain": ("FIGHT", None),
    "liberate": ("FIGHT", None), "reclaim": ("FIGHT", None), "storm": ("FIGHT", None),
    # handing ground over without a fight
    "handover": ("RETREAT", None), "cede": ("RETREAT", None), "evacuate": ("RETREAT", None),
    "surrender": ("RETREAT", None), "defect": ("RETREAT", None), "disarm": ("RETREAT", None),
    "disband": ("RETREAT", None),
    # weapons made harmless: context "weapons"
    "defuse": ("COERCE", "seize"), "intercept": ("COERCE", "seize"), "dismantle": ("COERCE", "seize"),
    "recover": ("COERCE", "seize"), "cache": ("COERCE", "seize"), "defusal": ("COERCE", "seize"),
    # bases and recruitment
    "establish": ("MOBILIZE", None), "recruit": ("MOBILIZE", None), "recruitment": ("MOBILIZE", None),
    "relocate": ("MOBILIZE", None), "redeploy": ("MOBILIZE", None), "headquarters": ("MOBILIZE", None),
    # sexual violence, abduction, bombardment
    "rape": ("ASSAULT", "sexual"), "raped": ("ASSAULT", "sexual"), "rapes": ("ASSAULT", "sexual"),
    "raping": ("ASSAULT", "sexual"), "molest": ("ASSAULT", "sexual"), "hostage": ("ASSAULT", "abduct"),
    "disappearance": ("ASSAULT", "abduct"), "pound": ("ASSAULT", "heavy-weapons"),
    "bombard": ("ASSAULT", "heavy-weapons"), "bombardment": ("ASSAULT", "heavy-weapons"),
    "mortar": ("ASSAULT", "heavy-weapons"), "rocket": ("ASSAULT", "heavy-weapons"),
    "missile": ("ASSAULT", "heavy-weapons"), "detonate": ("ASSAULT", "explosives"),
    "ied": ("ASSAULT", "explosives"), "landmine": ("ASSAULT", "explosives"), "mine": ("ASSAULT", "explosives"),
    "bomber": ("ASSAULT", "explosives"), "gunman": ("ASSAULT", "firearms"),
    # agreements
    "agreement": ("AGREE", None), "accord": ("AGREE", None), "pact": ("AGREE", None), "treaty": ("AGREE", None),
    "deal": ("AGREE", None), "sign": ("AGREE", None), "promise": ("AGREE", None), "pledge": ("AGREE", None),
    "offer": ("AGREE", None), "accept": ("AGREE", None), "armistice": ("AGREE", None),
    # diplomacy
    "summon": ("DISAPPROVE", None), "protest_note": ("DISAPPROVE", None), "welcome": ("SUPPORT", None),
    "congratulate": ("SUPPORT", None), "recognize": ("SUPPORT", None), "recognise": ("SUPPORT", None),
    "host": ("CONSULT", None), "oppose": ("REJECT", None), "veto": ("REJECT", None),
    "insist": ("DEMAND", None), "ask": ("DEMAND", None), "request": ("DEMAND", None),
    "boycott": ("PROTEST", "boycott"), "hunger": ("PROTEST", "strike"),
    # crime and destruction of property
    "destroy": ("COERCE", "destroy"), "raze": ("COERCE", "destroy"), "vandalism": ("PROTEST", "riot"),
    "traffic": ("CRIME", "smuggle"), "trafficking": ("CRIME", "smuggle"), "trafficker": ("CRIME", "smuggle"),
    "smuggler": ("CRIME", "smuggle"), "smuggling": ("CRIME", "smuggle"), "counterfeit": ("CRIME", "smuggle"),
    "fraud": ("CRIME", None), "burglary": ("CRIME", "loot"), "theft": ("CRIME", "loot"),
    "loot": ("CRIME", "loot"), "looting": ("CRIME", "loot"), "arson": ("CRIME", "arson"),
    "rob": ("CRIME", "loot"), "robbery": ("CRIME", "loot"), "steal": ("CRIME", "loot"),
})
_PLACE_WORDS = {"town", "towns", "village", "villages", "city", "cities", "district", "districts", "area",
                "areas", "territory", "territories", "base", "bases", "control", "position", "positions",
                "hill", "hills", "airport", "region", "province", "neighbourhood", "neighborhood", "outpost",
                "outposts", "checkpoint", "headquarters", "camp", "municipality", "county", "island",
                "border", "crossing", "bridge", "road", "highway", "stronghold", "valley", "locality"}
_WEAPON_OBJECTS = {"weapon", "weapons", "arms", "ammunition", "explosive", "explosives", "bomb", "bombs",
                   "ied", "ieds", "device", "devices", "mine", "mines", "landmine", "landmines", "grenade",
                   "grenades", "rifles", "guns", "missile", "missiles", "rocket", "rockets", "drone", "drones",
                   "cache", "caches", "dynamite", "mortar", "mortars", "shells", "detonators", "rounds"}
NEEDS_COMPANION.update({
    "capture": _PLACE_WORDS, "overrun": _PLACE_WORDS | {"positions"}, "overran": _PLACE_WORDS,
    "recapture": _PLACE_WORDS, "retake": _PLACE_WORDS, "regain": _PLACE_WORDS, "liberate": _PLACE_WORDS,
    "reclaim": _PLACE_WORDS, "storm": _PLACE_WORDS | {"building", "prison", "parliament", "compound", "embassy"},
    "handover": _PLACE_WORDS, "cede": _PLACE_WORDS, "evacuate": _PLACE_WORDS | {"troops", "forces", "fighters"},
    "surrender": {"fighters", "rebels", "militants", "insurgents", "weapons", "arms", "militiamen", "members",
                  "commander", "surrendered", "guerrillas", "cadres", "maoists"},
    "defect": {"soldiers", "fighters", "rebels", "officers", "troops", "defected"},
    "disarm": {"fighters", "rebels", "militia", "militias", "groups", "combatants", "disarmed"},
    "disband": {"militia", "group", "unit", "brigade", "force", "forces", "movement", "party", "disbanded"},
    "defuse": set(), "intercept": _WEAPON_OBJECTS, "dismantle": _WEAPON_OBJECTS, "recover": _WEAPON_OBJECTS,
    "cache": _WEAPON_OBJECTS | {"arms", "weapons"}, "defusal": set(),
    "establish": {"base", "bases", "headquarters", "camp", "camps", "outpost", "outposts", "post", "posts", "checkpoint",
                  "checkpoints", "garrison", "office", "presence", "station", "position", "positions"},
    "headquarters": {"established", "set", "opened", "establish", "moved", "relocated", "new"},
    "recruit": {"fighters", "members", "recruits", "militants", "youths", "children", "soldiers", "recruited", "drive"},
    "recruitment": {"drive", "campaign", "fighters", "members"},
    "relocate": {"troops", "fighters", "forces", "headquarters", "base", "units", "group"},
    "redeploy": set(),
    "rape": set(), "molest": set(), "hostage": {"taken", "took", "take", "held", "holding", "seized", "hostages"},
    "disappearance": {"forced", "enforced", "involuntary"},
    "pound": {"warplanes", "jets", "artillery", "shells", "rockets", "aircraft", "planes", "positions", "mortars"},
    "mortar": {"fired", "shells", "rounds", "attack", "landed", "hit", "struck", "fire", "shelling"},
    "rocket": {"fired", "attack", "landed", "hit", "struck", "launched", "rockets", "barrage"},
    "missile": {"fired", "attack", "strike", "landed", "hit", "struck", "launched", "missiles", "barrage"},
    "mine": {"land", "exploded", "stepped", "hit", "struck", "blast", "explosion", "landmine", "anti-personnel"},
    "bomber": {"suicide", "blew", "detonated"}, "gunman": {"opened", "shot", "killed", "attacked", "fired"},
    "agreement": {"signed", "sign", "reached", "peace", "ceasefire", "agreed", "signing", "deal", "accord"},
    "accord": {"signed", "sign", "reached", "peace", "signing"}, "pact": {"signed", "sign", "reached", "peace", "non-aggression"},
    "treaty": {"signed", "sign", "peace", "signing", "ratified"},
    "deal": {"signed", "sign", "reached", "peace", "ceasefire", "struck", "agreed"},
    "sign": {"agreement", "deal", "accord", "treaty", "ceasefire", "memorandum", "pact", "truce"},
    "promise": set(), "pledge": set(), "offer": {"talks", "ceasefire", "truce", "amnesty", "aid", "help", "negotiations", "dialogue", "mediate"},
    "accept": {"proposal", "offer", "plan", "ceasefire", "truce", "terms", "mediation", "invitation", "resignation"},
    "summon": {"ambassador", "envoy", "diplomat", "charge"}, "welcome": {"decision", "agreement", "move", "deal", "announcement", "ceasefire", "release", "step", "talks", "election"},
    "congratulate": set(), "recognize": {"independence", "government", "state", "sovereignty"},
    "recognise": {"independence", "government", "state", "sovereignty"},
    "host": {"talks", "summit", "delegation", "meeting", "president", "minister", "visit"},
    "ask": {"asked", "asking"}, "request": {"requested", "requesting", "formally"},
    "hunger": {"strike"},
    "destroy": {"houses", "homes", "shops", "property", "properties", "vehicles", "buildings", "crops", "school",
                "schools", "church", "mosque", "temple", "office", "offices", "cars", "stalls", "huts", "structures"},
    "raze": set(), "vandalism": set(), "traffic": {"drug", "drugs", "human", "arms", "people", "trafficking"},
    "theft": set(), "steal": set(), "rob": set(), "burglary": set(), "fraud": set(), "counterfeit": set(),
})

# sentence words that set an ASSAULT's mode (checked strongest first, on the lowercased sentence)
MODE_CUES: tuple[tuple[str, str], ...] = (
    ("cbrn", r"chemical (weapon|attack|agent|munition|bomb|shell)|\bsarin\b|chlorine|mustard gas|nerve (agent|gas)|"
             r"toxic (gas|chemical)|poison(ous)? gas|gas attack|phosphorus"),
    ("suicide-attack", r"suicide|blew (himself|herself|themselves) up|self-detonat|explosive (vest|belt)|"
                       r"explosives?-laden (vest|belt)"),
    ("aerial", r"air ?strikes?|air ?raids?|war ?planes?|fighter jets?|\bjets?\b|drones?|helicopter gunships?|"
               r"aerial (bombardment|attack|bombing|strike)|\bair force\b|bombers\b|from the air|aircraft|"
               r"barrel bombs?|helicopters?"),
    ("sexual", r"\brap(e|ed|es|ing|ist|ists)\b|sexual(ly)? (assault|abuse|violence|harass|exploit)|molest|gang-?rap"),
    # stun, smoke and sound grenades are riot gear, not explosives
    ("grenade", r"(?<!stun )(?<!smoke )(?<!sound )(?<!flash )(?<!flash-bang )(?<!concussion )grenades?"),
    ("explosives", r"\bieds?\b|improvised explosive|land ?mines?|roadside bombs?|car bombs?|explosive devices?|"
                   r"booby.trap|\bmines?\b|magnetic bomb|sticky bomb|parcel bomb|vbied|remote.control|"
                   r"planted (a |an )?(bomb|explosive)"),
    ("heavy-weapons", r"shell(s|ed|ing)?\b|mortars?|artillery|rockets?|missiles?|howitzers?|katyusha|\bgrad\b|"
                      r"bombard|projectiles?|tank fire|heavy weapons"),
    ("explosives", r"\bbomb(s|ing|ings|ed)?\b|explosives?\b|blasts?\b|explosions?|detonat|dynamite"),
)

# sentence words that put an event in a context (PLOVER contexts and our extensions)
RETAKE_WORDS = {"recapture", "retake", "regain", "liberate", "reclaim", "recaptured", "retook", "regained",
                "liberated", "reclaimed", "back"}
RESPONSIBILITY_CUES = r"responsib(le|ility)|claimed (the|an|that|it|to have)|claim of|blamed|was behind|were behind|" \
                      r"accused .{0,40} of (carrying out|being behind|the attack|the bombing|staging)|denied (any )?(involvement|role)"
NATURAL_DISASTER_CUES = r"earthquake|quake|tremor|tsunami|flood|cyclone|hurricane|typhoon|storm|tornado|landslide|" \
                        r"mudslide|avalanche|volcan|eruption|drought|heat ?wave|wildfire|forest fire|bush ?fire|" \
                        r"lightning|monsoon|torrential|downpour|outbreak|epidemic|pandemic|covid|coronavirus|" \
                        r"cholera|ebola|virus|infection|disease"
MANMADE_DISASTER_CUES = r"accident|crash|collision|collided|derail|capsiz|sank|sinking|collapse|gave way|leak|spill|" \
                        r"contaminat|poisoning|caught fire|fire broke out|blaze|short circuit|stampede|" \
                        r"cylinder|boiler|gas explosion|factory fire|mishap|drown"
CRIME_CUES = r"drugs?\b|narcotic|cocaine|heroin|methamphetamine|meth\b|cannabis|marijuana|traffick|smuggl|" \
             r"contraband|counterfeit|cartel|\bgangs?\b|gangster|mafia|launder|fraud|\bscam|brib|corruption|" \
             r"embezzl|extort|robbery|robbers|burglar|theft|thieves|stolen|poach|cyber ?crime|ransom|kidnap.{0,20}ransom"
INACTION_CUES = r"mute spectators?|silent spectators?|(did|do|does|could) not (intervene|act|stop|prevent|respond|come|arrive|help|take)|" \
                r"(didn't|did n't|failed to|fail to|fails to|refused to|reluctant to) (intervene|act|stop|prevent|respond|come|arrive|help|protect|take|control|register|save|reach)|" \
                r"looked on|stood by|stood and watched|watched helplessly|just watched|remained (silent|passive|inactive|mute)|" \
                r"inaction|no police|absence of (the )?police|without (any )?police|(police|cops?) (were|was) (nowhere|absent|missing)|" \
                r"turned a blind eye|(arrived|came|reached) (too )?late|(hours|long) after|inactive|passive|complicity|connivance|" \
                r"helpless|no action (was|had been)? ?taken|not a single|failed to register"

# -- who and what an attack harmed -----------------------------------------------------------------
# verbs and nouns whose object is a person harmed ("killed X", "the murder of X", "X was kidnapped")
HARM_WORDS = frozenset({
    "kill", "murder", "assassinate", "assassination", "slay", "execute", "execution", "kidnap", "kidnapping",
    "abduct", "abduction", "wound", "injure", "shoot", "attack", "assault", "torture", "massacre", "ambush", "machinegun", "stab", "hold", "seize", "behead", "lynch", "die", "death", "threaten", "bomb",
    "capture", "threat", "victim", "hostage", "captive", "kidnaping", "machinegunne",
})
# verbs and nouns whose object is a thing damaged ("dynamited a power pylon", "set fire to a bus")
DAMAGE_WORDS = frozenset({
    "attack", "bomb", "bombing", "destroy", "destruction", "damage", "burn", "dynamite", "blow", "explode",
    "explosion", "blast", "raze", "torch", "sabotage", "set", "hit", "strafe", "machinegun", "shoot", "fire",
    "assault", "storm", "ransack", "loot", "plant", "place", "detonate", "hurl", "throw", "hijack", "occupy", "machinegunne",
})
# prepositions that name where a blast or an attack struck ("exploded at the bank", "attack on a bus")
DAMAGE_PREPS = frozenset({"at", "on", "against", "in", "inside", "outside", "near", "into", "to", "of"})
# physical things an attack can damage: buildings, vehicles, installations, networks
PROPERTY_NOUNS = frozenset({
    "building", "house", "home", "residence", "mansion", "office", "headquarters", "embassy", "consulate",
    "station", "substation", "tower", "pylon", "post", "pole", "line", "powerline", "pipeline", "plant",
    "factory", "facility", "installation", "bank", "branch", "church", "school", "university", "hospital",
    "hotel", "restaurant", "store", "shop", "bookstore", "drugstore", "pharmacy", "supermarket", "market",
    "business", "warehouse", "farm", "estate", "ranch", "bridge", "road", "highway", "railway", "track",
    "train", "bus", "car", "truck", "vehicle", "jeep", "van", "taxi", "ambulance", "motorcycle", "plane",
    "airplane", "aircraft", "helicopter", "airliner", "boat", "ship", "vessel", "tanker", "barracks", "base",
    "garrison", "outpost", "checkpoint", "terminal", "airport", "port", "dam", "mine", "well", "system",
    "network", "transformer", "generator", "antenna", "transmitter", "newspaper", "institute", "center",
    "centre", "club", "theater", "theatre", "cinema", "stadium", "court", "courthouse", "prison", "jail",
    "city hall", "town hall", "apartment", "premises", "property", "structure", "complex", "compound",
    "facilities", "installations", "offices", "kiosk", "booth", "depot", "refinery", "grid", "cable",
    "mill", "temple", "mosque", "synagogue", "chapel", "monument", "museum", "library", "clinic",
})

# -- attacks on property: blown up, sabotaged, destroyed by an attacker ----------------------------------
TRIGGERS.update({"kidnaping": ("ASSAULT", "abduct"), "kidnapings": ("ASSAULT", "abduct"),  # the one-p spelling
                 "machinegunned": ("ASSAULT", "firearms"), "machinegunning": ("ASSAULT", "firearms")})
TRIGGERS.update({"blow": ("ASSAULT", "explosives"), "sabotage": ("ASSAULT", None), "destroy": ("ASSAULT", None)})
# the nouns of killing and shooting ("the killing of six priests"), which the tagger keeps as nouns
TRIGGERS.update({"killing": ("ASSAULT", None), "slaying": ("ASSAULT", None), "shooting": ("ASSAULT", "firearms"),
                 "stabbing": ("ASSAULT", "primitive")})
HARM_WORDS = HARM_WORDS | {"killing", "slaying", "shooting", "stabbing"}
NEEDS_COMPANION.update({
    "blow": {"up"},
    # destruction is an attack only where the sentence names the means or the attacker
    "destroy": {"bomb", "bombs", "explosion", "explosive", "explosives", "dynamite", "blast", "attack", "attackers",
                "guerrillas", "rebels", "terrorists", "insurgents", "militants", "gunmen", "rocket", "rockets",
                "grenade", "grenades", "fire", "arson"},
})
# damage to property is an attack where the sentence names the means or the attacker (or one was just reported)
TRIGGERS["damage"] = ("ASSAULT", None)
NEEDS_COMPANION["damage"] = NEEDS_COMPANION["destroy"] - {"fire"}  # "the fire damaged the roof": no attack

# -- verbal events: commitments, conditional threats, demands, diplomacy ------------------------------
# A promise of a cooperative act is an AGREE ("will support the resolution", "is ready to send
# troops", "offered to negotiate"); a promised hostile act, or any promise made on a condition
# ("will withdraw unless ..."), a THREATEN; a refused one ("said it would not allow") a REJECT.
COOPERATIVE_VERBS = frozenset({
    "support", "back", "allow", "permit", "release", "free", "return", "help", "contribute", "provide",
    "give", "send", "accept", "join", "cooperate", "resume", "lift", "recognize", "recognise", "grant",
    "hand", "restore", "negotiate", "talk", "sign", "respect", "honour", "honor", "abide", "implement",
    "pay", "supply", "fund", "assist", "host", "facilitate", "open", "meet", "consider", "ease", "end",
    "drop", "withdraw", "pull", "forgive", "extradite", "share", "mediate", "participate", "attend",
    "guarantee", "protect", "welcome", "endorse", "ratify", "observe", "comply", "lower", "reduce",
})
HOSTILE_VERBS = frozenset({
    "impose", "boycott", "attack", "retaliate", "punish", "expel", "fight", "strike", "block", "blockade",
    "tighten", "sanction", "halt", "close", "ban", "cut", "sever", "suspend", "arrest", "kill", "destroy",
    "invade", "bomb", "seize", "escalate", "quit", "veto", "freeze",
})
# words a promise hangs on: "is willing to", "ready to", "agreed to", "offered to", "vowed to"
COMMITMENT_HEADS = frozenset({"willing", "ready", "prepared", "prepare", "agree", "offer", "promise", "pledge",
                              "commit", "committed", "undertake", "vow", "swear", "determined", "resolve"})
# verbs that report what an actor says (their ccomp is the said thing)
SPEECH_VERBS = frozenset({"say", "announce", "declare", "state", "confirm", "tell", "indicate", "conclude",
                          "insist", "stress", "add", "write", "reiterate", "assert", "maintain", "affirm",
                          "emphasize", "emphasise", "decide", "rule", "argue"})
# the subjects whose plans are operations, not verbal events ("police will arrest", "troops will fight")
OPERATIONAL_KINDS = frozenset({"state_security", "military"})

TRIGGERS.update({
    # consulting: calls, visits, mediation
    "telephone": ("CONSULT", "phone"), "phone": ("CONSULT", "phone"),
    "mediate": ("CONSULT", "third-party"), "mediation": ("CONSULT", "third-party"),
    "mediator": ("CONSULT", "third-party"), "summit": ("CONSULT", "multilateral"),
    # diplomatic ties: established or restored (SUPPORT), cut (SANCTION); see TIES_VERBS
    "ties": ("SUPPORT", None), "relations": ("SUPPORT", None),
    "defend": ("SUPPORT", None),
    # sharing with and handing over to another state
    "extradite": ("COOPERATE", None), "extradition": ("COOPERATE", None), "share": ("COOPERATE", None),
    # help given
    "asylum": ("AID", None), "provide": ("AID", None), "supply": ("AID", None), "donate": ("AID", None),
    # refusals
    "decline": ("REJECT", None), "renege": ("REJECT", None), "spurn": ("REJECT", None), "rebuff": ("REJECT", None),
    "repudiate": ("REJECT", None),
    # punishing another state
    "recall": ("SANCTION", None),
    # sexual abuse, blocking roads, forces built up, ground given up
    "abuse": ("ASSAULT", "sexual"), "block": ("PROTEST", "obstruct"),
    "strengthen": ("MOBILIZE", None), "bolster": ("MOBILIZE", None), "beef": ("MOBILIZE", None),
    "withdrawal": ("RETREAT", None), "pullout": ("RETREAT", None), "demobilize": ("RETREAT", None),
    "demobilise": ("RETREAT", None),
})
AID_GOODS = {"aid", "assistance", "arms", "weapons", "intelligence", "supplies", "food", "equipment", "funds",
              "funding", "loans", "loan", "training", "shelter", "medicine", "medicines", "vaccines", "grain",
              "fuel", "ammunition", "helicopters", "tanks", "missiles", "relief", "money", "credit"}
NEEDS_COMPANION.update({
    "phone": {"phoned", "called"}, "telephone": set(), "mediate": set(), "mediation": set(),
    "mediator": {"as", "acted", "act", "serve", "served"}, "summit": {"held", "hold", "attended", "attend", "host", "hosted"},
    "ties": {"diplomatic", "established", "establish", "upgraded", "upgrade", "restored", "restore", "resumed",
             "resume", "normalised", "normalized", "normalise", "normalize"},
    "relations": {"diplomatic", "established", "establish", "upgraded", "upgrade", "restored", "restore",
                  "resumed", "resume", "normalised", "normalized", "normalise", "normalize"},
    "defend": {"decision", "criticism", "policy", "record", "move", "actions", "action", "against", "right", "stance",
               "handling", "remarks", "comments"},
    "extradite": set(), "extradition": {"extradited", "agreed", "approved", "granted", "ordered"},
    "share": {"intelligence", "information", "evidence", "expertise", "data", "technology", "findings"},
    "asylum": {"granted", "grant", "gave", "give", "offered", "offer"},
    "provide": AID_GOODS, "supply": AID_GOODS, "donate": AID_GOODS,
    "decline": {"to"}, "renege": set(), "spurn": set(), "rebuff": set(), "repudiate": set(),
    "recall": {"ambassador", "envoy", "diplomats", "diplomat", "emissary"},
    "abuse": {"sexually", "sexual"},
    "block": {"road", "roads", "street", "streets", "highway", "highways", "railway", "rail", "traffic", "bridge",
              "entrance", "junction", "intersection", "route", "routes", "tracks", "university", "universities",
              "campus", "campuses", "faculty", "faculties", "port", "ports", "border", "crossing", "square", "squares",
              "entrances", "roundabout", "avenue", "avenues"},
    "strengthen": FORCE_WORDS, "bolster": FORCE_WORDS, "beef": FORCE_WORDS,
    "withdrawal": FORCE_WORDS | {"from", "complete", "completed", "peacekeepers", "inspectors"},
    "pullout": set(), "demobilize": set(), "demobilise": set(),
})
NEEDS_COMPANION["ban"] = NEEDS_COMPANION["ban"] | {"candidates", "candidate", "opposition", "newspaper", "newspapers",
                                                   "parties", "organisation", "organization", "activities"}
NEEDS_COMPANION["accept"] = NEEDS_COMPANION["accept"] | {"formula", "compromise", "deal", "agreement", "conditions",
                                                         "demands", "demand", "concessions"}
NEEDS_COMPANION["offer"] = NEEDS_COMPANION["offer"] | {"concessions", "compromise", "help", "assistance", "support", "troops"}
# "diplomatic ties" become SUPPORT under these verbs and SANCTION under those
TIES_CUT_VERBS = frozenset({"cut", "sever", "break", "suspend", "freeze", "downgrade", "end", "rupture"})
# withdrawing these is a step against the other side ("will withdraw its inspectors"), not a retreat
WITHDRAWN_PERSONNEL = frozenset({"inspectors", "peacekeepers", "monitors", "observers", "ambassador", "envoy",
                                 "diplomats", "workers", "staff", "mission", "aid", "volunteers", "experts"})
NOT_AFTER.update({"release": {"press", "news"}})
# triggers that name an event only as verbs: a "police station" is a building, not police stationed
VERB_ONLY = frozenset({"station"})
TRIGGERS.update({"shorten": ("CONCEDE", None)})
# "dismissed the reports as fake news", "signs of beatings"
TRIGGERS.update({"dismiss": ("REJECT", None), "beating": ("ASSAULT", "beat"), "rough": ("ASSAULT", "beat")})
NEEDS_COMPANION["rough"] = {"up"}  # "journalists were roughed up"
NEEDS_COMPANION["dismiss"] = {"report", "reports", "claim", "claims", "allegation", "allegations", "accusation",
                              "accusations", "charges", "demands", "demand", "calls", "criticism", "rumours",
                              "rumors", "fears", "concerns", "speculation"}
NEEDS_COMPANION.update({"shorten": {"curfew", "curfews", "restrictions", "sentence", "ban"}})
NEEDS_COMPANION["send"] = NEEDS_COMPANION["send"] | AID_GOODS
NEEDS_COMPANION["visit"] = NEEDS_COMPANION["visit"] | {"arrived", "arrive", "paid", "pay", "state", "unannounced",
                                                       "official", "two-day", "three-day", "landmark"}
TRIGGERS["visit"] = ("CONSULT", "visit")
# a curfew or ban these verbs act on is the concession's, not a new restriction
EASING_VERBS = frozenset({"lift", "ease", "relax", "shorten", "end", "withdraw", "revoke", "scrap", "cancel"})
# "suspended aid", "halted trade": withholding something from another is a sanction
WITHHOLD_VERBS = frozenset({"halt", "suspend", "cut", "freeze", "stop", "reduce", "withhold", "cancel", "postpone",
                            "curtail", "slash", "block", "scrap"})
WITHHELD_THINGS = frozenset({"aid", "assistance", "loans", "loan", "supplies", "trade", "ties", "relations", "cooperation",
                             "funding", "deliveries", "visit", "talks", "imports", "exports", "credits", "flights",
                             "investment", "help", "grants", "shipments", "contacts"})
# "expelled two diplomats", "recalled its ambassador": a diplomatic sanction, not a deportation
DIPLOMAT_WORDS = frozenset({"diplomat", "diplomats", "ambassador", "ambassadors", "envoy", "envoys", "attache",
                            "consul", "embassy", "staff"})
# "lodged a protest", "filed a complaint": a protest on paper is disapproval
PROTEST_NOTE_VERBS = frozenset({"lodge", "file", "register", "send", "deliver", "issue", "submit", "make"})
# kinds that protest with words, not in the streets ("the ministry protested")
VERBAL_PROTESTERS = frozenset({"government", "foreign_state", "international_org", "rights_group"})
# "accepted the demands", "called off the strike": giving in
CONCEDE_HEADS = {"accept": {"demand", "demands", "terms", "conditions"},
                 "meet": {"demand", "demands"}}
CALL_OFF = frozenset({"call", "end", "suspend", "abandon", "cancel", "withdraw", "halt"})

# -- orders, accusations in law, calls for action against someone, peacekeeping -------------------------
TRIGGERS.update({"order": ("DEMAND", None), "indict": ("DISAPPROVE", None), "indictment": ("DISAPPROVE", None)})
NEEDS_COMPANION.update({"order": set(), "indict": set(), "indictment": {"issued", "filed", "returned", "unsealed"}})
# "called for sanctions against X": soliciting action against another is disapproval
ACTION_AGAINST = frozenset({"sanctions", "sanction", "boycott", "embargo", "action", "punishment", "isolation",
                            "expulsion", "measures", "against"})
PEACEKEEPING_WORDS = frozenset({"peacekeeping", "peacekeepers", "peacekeeper", "peace-keeping", "peace-keepers"})

# -- more verbs of praise, blame, talk and cooperation (PLOVER's verbal categories) -----
TRIGGERS.update({
    "hail": ("SUPPORT", None), "applaud": ("SUPPORT", None), "commend": ("SUPPORT", None), "laud": ("SUPPORT", None),
    "rebuke": ("DISAPPROVE", None), "reprimand": ("DISAPPROVE", None), "censure": ("DISAPPROVE", None),
    "lambast": ("DISAPPROVE", None), "castigate": ("DISAPPROVE", None), "chastise": ("DISAPPROVE", None),
    "consult": ("CONSULT", None), "confer": ("CONSULT", None), "discuss": ("CONSULT", None),
    "collaborate": ("COOPERATE", None), "cooperation": ("COOPERATE", None),
})
NEEDS_COMPANION.update({
    "hail": {"decision", "agreement", "move", "deal", "step", "election", "victory", "release", "ceasefire", "talks",
             "as", "efforts"},
    "applaud": set(), "commend": set(), "laud": set(), "rebuke": set(), "reprimand": set(), "censure": set(),
    "lambast": set(), "castigate": set(), "chastise": set(),
    "consult": {"with", "leaders", "allies", "government", "officials", "counterpart", "counterparts", "parties"},
    "confer": {"with", "leaders", "allies", "officials", "counterpart"},
    "discuss": {"met", "talks", "leaders", "minister", "officials", "president", "counterpart", "with", "envoy",
                "delegation"},
    "collaborate": set(), "cooperation": {"agreement", "signed", "military", "security", "economic", "boost",
                                          "expand", "pledged", "closer", "bilateral"},
})
WITHHELD_THINGS = WITHHELD_THINGS | {"assets", "accounts"}