"""French: questions only live data answers (see the package's docstring for the names).

"Temps" is both the weather and time ("combien de temps", "j'ai le temps"), so only
"quel temps" counts; "livre" is a pound in weight as well as sterling, so a currency is
a rate only next to another one. Elisions and hyphens are spaces here: "va-t-il" is
"va t il", "aujourd'hui" is "aujourd hui"."""

from __future__ import annotations

_DAY = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s?"
_CURRENCY = (
    r"(?:euros?|dollars?|livres? sterling|livres?|yens?|francs? suisses?|francs?|yuans?|"
    r"roubles?|pesos?|couronnes?)"
)
_VEHICLE = r"(?:vol|avion|train|tgv|ter|rer|intercites|bus|car|metro|tram|ferry|eurostar)s?"

NOW = [
    r"aujourd hui|ce soir|(?:apres )?demain|maintenant|en ce moment|actuellement|tout de suite",
    r"hier(?: soir)?|cette (?:nuit|semaine|annee|apres midi)",
    r"ce (?:matin|week end|weekend|midi|mois)",
    rf"cet apres midi|(?:ce |le )?{_DAY}|en direct|derniere?s?|actuel(?:le)?s?|encore|deja",
    r"dehors|fera|va t (?:il|elle)|est ce qu (?:il|elle) va|du jour|la semaine prochaine",
    r"prochaine?s? jours|dans le monde",
]

TOPICS: dict[str, tuple[list[str], list[str]]] = {
    "weather": (
        [
            r"\bquel temps\b|\bmeteo\b|\bprevisions? (?:meteo|du temps)\b|\bparapluie\b",
            r"\b(?:il va|va t il|est ce qu il va) (?:pleuvoir|neiger|greler|faire (?:beau|chaud|"
            r"froid|frais|mauvais))\b|\b(?:pleuvra|neigera)\b",
            r"\bfera t il (?:beau|chaud|froid|frais|mauvais)\b|\bcombien de degres\b",
            r"\bquelle (?:est la )?temperature (?:fait|fera|il fait|a|au|en|dehors)\b",
            r"^(?:est ce qu )?il (?:pleut|neige|fait (?:beau|chaud|froid|frais|gris|mauvais)) "
            r"(?:a|au|en|dehors|aujourd|ce|en ce moment|maintenant)\b",
            r"\bindice uv\b|\bqualite de l air\b",
        ],
        [
            r"\b(?:pluie|pleu\w*|neige\w*|grele|orages?|vent|nuag\w*|soleil|chaud|froid)\b",
            r"\b(?:temperatures?|degres|brouillard|canicule|gel|humidite|beau temps|manteau)\b",
        ],
    ),
    "travel": (
        [
            r"\bstatut du vol\b|\bvol [a-z]{0,3} ?\d{1,4}\b",
            rf"\b{_VEHICLE}\b.*\b(?:a l heure|retard|retarde|annule|supprime|atterri|decolle|"
            r"porte d embarquement|quai|voie|en greve)\b",
            rf"\bprochaine? {_VEHICLE}\b|\bgreve (?:sncf|des trains|du metro|des controleurs)\b",
        ],
        [rf"\b{_VEHICLE}\b.*\b(?:part|arrive|atterrit|decolle)\w*\b"],
    ),
    "hours": (
        [
            r"\bhoraires? (?:d ouverture|de la|du|des)\b",
            r"\b(?:a quelle heure|jusqu a quelle heure|quand) (?:ferme|ouvre|ferment|ouvrent)\b",
            r"\bjusqu a quelle heure\b",
        ],
        [r"\b(?:ouvert|ouverte|ouverts|ouvertes|ferme|fermee|fermes|fermees|ouvre|ouvrent)\b"],
    ),
    "exchange": (
        [
            r"\btaux de change\b|\bcours (?:de l|du) (?:euro|dollar|franc|yen)\b",
            rf"\ba combien (?:est|sont) (?:l |le |la )?{_CURRENCY}\b",
            rf"\b{_CURRENCY} (?:est|sont) a combien\b",
            rf"\b{_CURRENCY}\b.*\b{_CURRENCY}\b",
            rf"\bcombien vaut (?:un |une |l |le |la )?{_CURRENCY}\b",
        ],
        [],
    ),
    "markets": (
        [
            r"\bcours (?:de l action|de bourse|de la bourse|de l or|du petrole|du bitcoin)\b",
            r"\b(?:action|actions) (?:de |d )?\w+\b.*\b(?:cours|prix|vaut|valent|cote)\b",
            r"\bcac ?40\b|\bdow jones\b|\bnasdaq\b|\bwall street\b",
            r"\bbitcoin\b.*\b(?:vaut|prix|cours|coute|valeur)\b",
            r"\b(?:combien vaut|prix du|cours du|valeur du) (?:le )?bitcoin\b",
            r"\bprix (?:de l|du|de la) (?:essence|gazole|diesel|petrole|or|argent|baril|"
            r"electricite|gaz)\b",
            r"\bcomment (?:va|se porte) la bourse\b",
        ],
        [r"\b(?:bourse|actions|marches?|essence|gazole|petrole|or)\b"],
    ),
    "elections": (
        [
            r"\bqui a gagne (?:les|l|la|le) (?:elections?|presidentielle|legislatives|"
            r"municipales|europeennes|referendum|primaire)\b",
            r"\bsondages?\b|\bresultats? (?:des|de l|du|de la) (?:elections?|vote|scrutin|"
            r"(?:second|premier) tour|referendum|presidentielle)\b",
            r"\b(?:second|premier|deuxieme) tour\b|\bestimations? (?:de|du) vote\b",
        ],
        [r"\b(?:elections?|votes?|candidat\w*|scrutin|deputes?|maire|presidentielle)\b"],
    ),
    "sports": (
        [
            r"\bscore\b|\bqui a gagne (?:le|la) (?:match|course|etape|finale|derby|grand prix|"
            r"tour|coupe|ligue)\b",
            r"\bclassement\b|\ben tete (?:du|de la)\b",
            r"\bresultats? (?:du|de la|des) (?:match|tour|course|etape|ligue|coupe|rencontre)",
            r"\bcontre qui (?:joue|jouent)\b|\b(?:quand|a quelle heure) (?:joue|jouent)\b",
            r"\bprochain match\b|\bou en est (?:le|la) (?:match|course|partie|rencontre|etape)\b",
        ],
        [r"\b(?:match\w*|but|buts|gagne|perdu|equipe|course|etape|finale|joue)\b"],
    ),
    "traffic": (
        [
            r"\bbouchons? (?:sur|a|au|vers|pour|dans)\b|\bembouteillages?\b|\binfo trafic\b",
            r"\bcirculation\b|\btrafic\b(?! de drogue)|\bca roule\b|\bperiph\w*\b",
            r"\btravaux sur (?:la route|l autoroute|le periph\w*|l a\d+)\b",
        ],
        [r"\b(?:routes?|autoroute|a\d{1,3}|bouchons?|travaux)\b"],
    ),
    "news": (
        [
            r"\bactualites?\b|\bnouvelles du jour\b|\bgros titres\b|\bdernieres nouvelles\b",
            r"\bflash info\b|\bjournal televise\b",
            r"\b(?:quoi de neuf|que se passe t il|qu est ce qui se passe)\b.*\bdans le monde\b",
            r"\b(?:quelles sont les|des) (?:nouvelles|infos|informations)\b",
            r"^(?:donne moi |dis moi |lis moi )?(?:les )?(?:infos|nouvelles|titres)$",
        ],
        [r"\b(?:nouvelles|infos|informations|se passe|s est passe|annonce|quoi de neuf)\b"],
    ),
    "local": (
        [
            r"\bpres (?:de chez moi|de moi|d ici)\b|\bautour de moi\b|\bdans le coin\b",
            r"\ba la (?:tele|television)\b|\bau cinema\b|\bprogramme tele\b|\bpassent au\b",
            r"\bpharmacie de garde\b|\bloto\b|\beuromillions?\b|\bnumeros gagnants\b",
            r"\bou (?:est|en est) mon (?:colis|paquet|commande)\b|\bpanne de courant\b",
        ],
        [],
    ),
}

STATEMENT = [
    r"^(?:(?:bon|ben|alors|et|mais|oh) )?(?:j adore|j aime|je deteste|je trouve|je pense|"
    r"j ai (?:adore|aime|vu|ete|fait)|je suis|j etais|nous (?:sommes|avons|allons)|moi je)\b",
    r"^(?:le|la|les|l) \w+(?: \w+){0,5} (?:etait|a ete|fut|etaient|ont ete)\b",
]

NOT_LIVE = [
    # les degrés d'une chose, pas de l'air : bouillir, geler, le four, les angles
    r"\b(?:bouillir|bouillante?|ebullition|fondre|fusion|congelation)\b|\bl eau bout\b|"
    r"\bgele l eau\b|\bfour\b|\bcuire\b|\bcuisson\b|\bangles?\b|\btriangle\b",
    # explanations, definitions, commands
    r"^(?:pourquoi|explique\w*|definis|definition|decris)\b|\bqu est ce qui (?:cause|provoque)\b",
    r"\bcomment (?:fonctionne\w*|marche\w*|se (?:forme|forment|mesure|calcule|compte\w*|joue|"
    r"fait|decide|deroule\w*|prevoit)|on (?:joue|fait|calcule|mesure))\b",
    r"^qu est ce qu(?:e|) (?:un|une|l|la|le|les)\b|^c est quoi (?:un|une|l|la|le|les)\b",
    r"\bque (?:veut dire|signifie)\b|\bsignification de\b|\bdifference entre\b",
    r"^(?:rappelle moi|mets |ajoute|note |ecri\w*|cree |fais |raconte)",
    r"^(?:traduis|traduire|traduction)\b|\bcomment (?:dit on|on dit)\b|\ben (?:anglais|espagnol|"
    r"allemand)$",
    r"\b(?:la|le|les|l) (?:portes?|fenetres?|couvercle|boite|fichier|yeux|bouche|appli|"
    r"application|navigateur|onglet|robinet|parapluie|fleurs?|blessure|frigo|four)\b",
    # history and the past
    r"\bhistoire de\b|\bqui a (?:invente|fonde|cree|decouvert)\b|\ben quelle annee\b",
    r"\bpremiere fois\b|\bde l histoire\b|\bde tous les temps\b|\bsiecle\b|\bbataille\b",
    r"\b(?:romains?|antiqu\w+|medieva\w+|prehistori\w+)\b|\bguerre mondiale\b|\brevolution\b",
    # other worlds, fiction, climate
    r"\bsur (?:mars|venus|mercure|jupiter|saturne|uranus|neptune|pluton|la lune|une autre "
    r"planete|d autres planetes)\b|\b(?:surface|centre|noyau) du soleil\b|\bdans l espace\b",
    r"\bdans (?:le|la|l) (?:roman|livre|film|serie|jeu|conte)\b",
    r"\b(?:normalement|d habitude|habituellement|en general|generalement|souvent|en moyenne)\b",
    r"\ben (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|"
    r"decembre|hiver|ete|automne)\b|\bau printemps\b|\b(?:quel|en quel) mois\b",
]

ASKING = (
    r"^(?:quel|quelle|quels|quelles|comment|qui|quand|ou|combien|est ce|y a t il|dis moi|"
    r"donne moi|a quelle|a combien|va t il|il fait|il va)\b"
)

REPLY = (
    "Je ne peux pas consulter {what} : je fonctionne hors ligne, sans informations en direct. "
    "{where}"
)

SAID: dict[str, tuple[str, str]] = {
    "weather": (
        "la météo ou les prévisions",
        "Une application ou un site météo, ou la radio locale, vous le dira.",
    ),
    "travel": (
        "l'état actuel des vols, des trains ou des bus",
        "L'application ou le site de la compagnie aura l'état en direct.",
    ),
    "hours": (
        "les horaires d'ouverture du moment",
        "Le site du lieu ou une application de cartes affichera ses horaires.",
    ),
    "exchange": (
        "les taux de change du jour",
        "Votre banque ou une application de devises aura le taux du jour.",
    ),
    "markets": (
        "les cours actuels des actions, des cryptomonnaies ou des matières premières",
        "Une application ou un site financier aura les chiffres actuels.",
    ),
    "elections": (
        "les résultats des élections ou les sondages",
        "Un site d'actualités aura les résultats.",
    ),
    "sports": (
        "les scores ou les résultats récents",
        "Une application ou un site de sport les aura.",
    ),
    "traffic": (
        "la circulation ou l'état des routes en ce moment",
        "Une application de cartes ou d'info trafic vous le montrera.",
    ),
    "news": (
        "l'actualité du jour",
        "Une application d'actualités, un site ou la radio l'aura.",
    ),
    "local": (
        "les programmes ou ce qui se passe près de chez vous en ce moment",
        "Une application de cartes, d'événements ou de programmes le saura.",
    ),
}
