"""The system skill (volume, mute, media, battery, disk and memory) in Spanish, French
and German: its phrases, its replies, its description and example, and the words that
tell its handlers which way to go ("leiser" is down, "remets le son" unmutes).

Kept apart from the language modules, which hold the other skills; ``translations``
adds these to them when it is imported, so ``phrases_of("system")`` and
``say(language, "system.volume", ...)`` work as for every other skill.
"""

from __future__ import annotations

SKILL = "system"

_LEVEL = "{level} [prozent|%]"
_NIVEL = "{level} [por ciento|%]"
_NIVEAU = "{level} [pour cent|%]"

PHRASES: dict[str, dict[str, list[str]]] = {
    "de": {
        "set_volume": [
            "(stell|stelle|setz|setze|mach|mache|dreh|drehe) (die lautstärke|den ton) auf "
            + _LEVEL,
            f"lautstärke [auf] {_LEVEL}",
        ],
        "change_volume": [
            "(mach|mache|stell|stelle|dreh|drehe) [es|das|den ton|die musik|die lautstärke] "
            "[etwas|ein bisschen|ein wenig|noch] (lauter|leiser)",
            "(dreh|drehe|stell|stelle|mach|mache) (den ton|die musik|die lautstärke) "
            "[etwas|ein bisschen|ein wenig] (auf|hoch|rauf|runter|herunter)",
            "lautstärke (hoch|rauf|runter|lauter|leiser)",
            "(erhöhe|erhöh|verringere|verringer|senke|senk|reduziere) die lautstärke",
            "[etwas|ein bisschen|noch] (lauter|leiser) [bitte]",
            # "kannst du etwas lauter machen": the politeness is taken off before matching
            "[es|das|den ton|die musik] [etwas|ein bisschen|noch] (lauter|leiser) (machen|stellen"
            "|drehen)",
        ],
        "mute": [
            "(schalte|schalt|mach|mache|stell|stelle) (den ton|den lautsprecher|die lautsprecher"
            "|das audio|den computer|es) [bitte] (stumm|aus)",
            "(stummschalten|stumm schalten|ton aus|stumm)",
            "(schalte|schalt|mach|mache|stell|stelle) (den ton|die lautsprecher|das audio) "
            "[wieder] an",
            "(hebe|heb) die stummschaltung auf",
            "(stummschaltung aufheben|ton an|ton wieder an)",
        ],
        "get_volume": [
            "wie laut ist es [gerade|jetzt]",
            "wie (hoch|laut) ist die lautstärke [gerade|jetzt]",
            "(welche|was für eine) lautstärke (ist eingestellt|haben wir|ist es)",
            "auf welcher lautstärke (ist es|steht es|bin ich)",
        ],
        "media": [
            "(pausiere|pausier|stopp|stoppe|stop|halte|halt) (die musik|die wiedergabe|das lied"
            "|den song|das video|den titel) [an]",
            "(spiel|spiele|setze|setz|starte) (die musik|musik|die wiedergabe) [weiter|fort|ab]",
            "(musik|wiedergabe) (pausieren|anhalten|fortsetzen|weiter)",
            "(nächstes|nächster|nächste) (lied|song|titel|track|stück)",
            "(überspring|überspringe) [das|den|dieses|diesen] (lied|song|titel|track|stück)",
            "(vorheriges|vorheriger|vorherige|letztes|letzter) (lied|song|titel|track|stück)",
            "(ein lied|einen song|einen titel) zurück",
            "pause",
        ],
        "battery": [
            "wie (voll|viel|hoch) ist [der|mein] (akku|akkustand|ladestand|batteriestand|batterie)",
            "wie viel (akku|batterie|strom) (habe ich|hab ich|ist) [noch] [übrig|da]",
            "wie ist [der|mein] (akkustand|ladestand|batteriestand|akku)",
            "(lädt|ist) [der|mein] (akku|laptop) [gerade] [voll|leer|schwach]",
            "(akku|akkustand|ladestand|batterie|batteriestand)",
        ],
        "disk": [
            "wie viel (speicherplatz|festplattenspeicher|platz) (habe ich|hab ich|ist) [noch] "
            "[frei|übrig] [auf der festplatte]",
            "wie viel platz ist [noch] auf (der festplatte|der platte|der ssd|dem computer) [frei]",
            "wie voll ist [die|meine] (festplatte|platte|ssd)",
            "(speicherplatz|festplattenspeicher|freier speicherplatz)",
        ],
        "memory": [
            "wie viel (arbeitsspeicher|ram) (ist|wird) [noch|gerade] (frei|belegt|benutzt"
            "|verwendet|genutzt)",
            "wie viel (arbeitsspeicher|ram) (habe ich|hab ich) [noch] [frei]",
            "(arbeitsspeicher|ram) (auslastung|verbrauch|nutzung)",
            "(arbeitsspeicherauslastung|speicherauslastung)",
        ],
    },
    "es": {
        "set_volume": [
            f"(pon|ponme|sube|baja|cambia|ajusta) el (volumen|sonido) (a|al|en) {_NIVEL}",
            f"volumen (a|al) {_NIVEL}",
        ],
        "change_volume": [
            "(sube|súbele|subir|baja|bájale|bajar) [un poco] (el volumen|el sonido|la música)"
            " [un poco]",
            "(súbele|bájale) [un poco] [al volumen|a la música|el volumen]",
            "(ponlo|pon la música|pon el volumen) más (alto|bajo|fuerte)",
            "más (alto|bajo|fuerte) [por favor]",
        ],
        "mute": [
            "(silencia|silenciar|mutea) [el|los] [sonido|audio|volumen|altavoces|ordenador]",
            "(quita|apaga|desactiva) el (sonido|audio)",
            "(activa|enciende|reactiva|vuelve a poner) el (sonido|audio)",
            "quita el silencio",
        ],
        "get_volume": [
            "(cuál es el|qué) volumen (hay|tengo|tiene|está puesto)",
            "a qué volumen está [el sonido]",
            "(cómo|qué tan alto) está el volumen",
        ],
        "media": [
            "(pausa|pausar|para|detén|deten|parar) [la|el] (música|canción|reproducción|vídeo"
            "|video)",
            "(reanuda|reanudar|continúa|continua|sigue con|pon|reproduce) [la|el] (música|canción"
            "|reproducción|vídeo|video)",
            "(siguiente|próxima) (canción|pista|tema)",
            "(pasa|salta|saltar|pasa a) [a] [la] [siguiente] (canción|pista|tema) [siguiente]",
            "[la] (canción|pista|tema) (siguiente|anterior)",
            "[la] anterior (canción|pista|tema)",
            "(pausa|reanuda|reanudar)",
        ],
        "battery": [
            "(cuánta|cuanta) batería (me queda|queda|tengo|hay|le queda)",
            "(cuál es el|qué) nivel de [la] batería [hay|tengo|tiene]",
            "(nivel|estado) de [la] batería",
            "(se está cargando|está cargando|está cargada|está baja) la batería",
            "batería",
        ],
        "disk": [
            "(cuánto|cuanto) espacio [libre] (me queda|queda|tengo|hay) [libre] [en el disco"
            "|en el disco duro|en el ordenador]",
            "(cuánto|cuanto) espacio libre [en el disco|en el disco duro|en el ordenador]",
            "(qué tan lleno|cómo de lleno) está el disco [duro]",
            "espacio (en disco|libre)",
        ],
        "memory": [
            "(cuánta|cuanta) (memoria|ram|memoria ram) (libre|queda|me queda|hay|tengo|se está"
            " usando|está en uso) [libre]",
            "(uso|consumo) de (memoria|ram)",
        ],
    },
    "fr": {
        "set_volume": [
            f"(mets|règle|passe|monte|baisse) le (volume|son) à {_NIVEAU}",
            f"volume à {_NIVEAU}",
        ],
        "change_volume": [
            "(monte|augmente|baisse|diminue|descends) [un peu] (le son|le volume|la musique)"
            " [un peu]",
            "(mets|parle|joue) plus (fort|bas)",
            "(plus|moins) fort [s' il te plaît|s' il vous plaît]",
        ],
        "mute": [
            "(coupe|couper) le (son|volume|audio)",
            "(mets|mettre) [le son|l' ordinateur] en sourdine",
            "(sourdine|mode silencieux)",
            "(remets|rétablis|réactive|active|remettre) le son",
            "(enlève|retire) la sourdine",
        ],
        "get_volume": [
            "(quel est le|c' est quoi le) (volume|niveau du son)",
            "(à combien|à quel niveau) est le (volume|son)",
        ],
        "media": [
            "(mets|met) [la musique|la lecture|la chanson|la vidéo] en pause",
            "(pause|arrête|stoppe) (la musique|la lecture|la chanson|la vidéo)",
            "(reprends|reprendre|relance|continue|joue) (la musique|la lecture|la chanson"
            "|la vidéo)",
            "(chanson|piste|morceau) (suivante|suivant|précédente|précédent)",
            "(passe|saute) [à] (la chanson|la piste|le morceau|cette chanson|ce morceau) [suivante"
            "|suivant]",
            "(passe|saute) au (morceau|titre) suivant",
            "(reviens|retourne) (à la chanson précédente|au morceau précédent)",
            "(pause|reprends)",
        ],
        "battery": [
            "(quel est le|c' est quoi le) niveau de [la] batterie",
            "combien de batterie (il me reste|reste-t-il|me reste-t-il|reste|j' ai)",
            "(niveau|état) de [la] batterie",
            "(est-ce que la batterie|la batterie) (charge|est pleine|est faible)",
            "batterie",
        ],
        "disk": [
            "combien d' espace (libre|disque) (il me reste|reste-t-il|ai-je|j' ai|reste) [sur le"
            " disque]",
            "combien de place (il reste|reste-t-il|me reste-t-il|j' ai) [sur le disque]",
            "(le disque est-il plein|est-ce que le disque est plein)",
            "espace disque [libre]",
        ],
        "memory": [
            "combien de (mémoire|ram|mémoire vive) (est libre|reste|est utilisée|il reste"
            "|me reste-t-il|reste-t-il|est utilisé)",
            "(utilisation|usage|occupation) de la (mémoire|ram|mémoire vive)",
        ],
    },
}

WORDS: dict[str, dict[str, str]] = {
    "de": {
        "down": r"\b(leiser|runter|herunter|verringere?|senke?|reduziere)\b",
        "unmute": r"\b(an|aufheben|auf)\b",
        "previous": r"\b(vorherige[sr]?|letzte[sr]?|zurück)\b",
        "next": r"\b(nächste[sr]?|überspringe?)\b",
        "pause": r"\b(pausiere?|pausieren|pause|stoppe?|stop|anhalten|halte?)\b",
    },
    "es": {
        "down": r"\b(baja|bájale|bajar|bajo)\b",
        "unmute": r"\b(activa|enciende|reactiva|vuelve)\b|\bquita el silencio\b",
        "previous": r"\b(anterior|atrás)\b",
        "next": r"\b(siguiente|próxima|pasa|salta|saltar)\b",
        "pause": r"\b(pausa|pausar|para|parar|detén|deten)\b",
    },
    "fr": {
        "down": r"\b(baisse|diminue|descends|moins|bas)\b",
        "unmute": r"\b(remets|rétablis|réactive|active|remettre|enlève|retire)\b",
        "previous": r"\b(précédente?|reviens|retourne)\b",
        "next": r"\b(suivante?|passe|saute)\b",
        "pause": r"\b(pause|arrête|stoppe)\b",
    },
}
"""What tells a handler which way to go, by language (the English words are in the
skill)."""

REPLIES: dict[str, dict[str, str]] = {
    "de": {
        "system.volume_range": "Ich kann die Lautstärke von 0 bis 100 Prozent einstellen.",
        "system.volume": "Lautstärke {level} Prozent.",
        "system.muted": "Stumm geschaltet.",
        "system.sound_on": "Ton an, bei {level} Prozent.",
        "system.volume_is": "Die Lautstärke ist bei {level} Prozent.",
        "system.volume_is_muted": "Die Lautstärke ist bei {level} Prozent, und der Ton ist aus.",
        "system.play": "Die Wiedergabe läuft.",
        "system.pause": "Pausiert.",
        "system.play-pause": "Okay.",
        "system.next": "Nächster Titel.",
        "system.previous": "Vorheriger Titel.",
        "system.no_playerctl": "Ich kann hier keine Mediaplayer steuern: playerctl ist nicht "
        "installiert (apt-get install playerctl).",
        "system.no_player": "Es läuft kein Mediaplayer.",
        "system.no_session": "Ich kann hier keine Mediaplayer steuern: Es gibt keine "
        "Desktop-Sitzung, über die ich sie erreiche.",
        "system.unsupported": "Der Mediaplayer kann das nicht, oder der Desktop bietet keine "
        "Mediensteuerung.",
        "system.no_answer": "Der Mediaplayer hat nicht geantwortet.",
        "system.no_battery": "Dieser Computer hat keinen Akku, oder er meldet keinen.",
        "system.battery": "Der Akku ist bei {level} Prozent{state}.",
        "system.charging": " und lädt",
        "system.full": ", voll geladen",
        "system.not_charging": ", angeschlossen, aber er lädt nicht",
        "system.disk": "Du hast {free} frei auf der Festplatte; sie ist zu {used} Prozent voll.",
        "system.memory": "{used} Prozent des Arbeitsspeichers sind belegt; {free} von {total} "
        "sind frei.",
        "system.memory_unknown": "Ich kann die Speicherwerte dieses Computers nicht lesen.",
        "system.gigabytes": "{n} Gigabyte",
        "system.no_mixer": "Ich kann die Lautstärke hier nicht ändern: Weder pactl noch wpctl "
        "ist installiert.",
        "system.no_server": "Ich kann den Ton nicht ändern: Der Soundserver läuft nicht.",
        "system.no_reply": "{command} hat nicht geantwortet ({exc}).",
        "system.failed": "{name} ist fehlgeschlagen: {reason}.",
        "system.no_volume": "{program} hat keine Lautstärke gemeldet.",
    },
    "es": {
        "system.volume_range": "Puedo poner el volumen de 0 a 100 por ciento.",
        "system.volume": "Volumen al {level} por ciento.",
        "system.muted": "Silenciado.",
        "system.sound_on": "Sonido activado, al {level} por ciento.",
        "system.volume_is": "El volumen está al {level} por ciento.",
        "system.volume_is_muted": "El volumen está al {level} por ciento, y silenciado.",
        "system.play": "Reproduciendo.",
        "system.pause": "En pausa.",
        "system.play-pause": "Vale.",
        "system.next": "Siguiente pista.",
        "system.previous": "Pista anterior.",
        "system.no_playerctl": "No puedo controlar reproductores en este escritorio: playerctl "
        "no está instalado (apt-get install playerctl).",
        "system.no_player": "No hay ningún reproductor abierto.",
        "system.no_session": "No puedo controlar reproductores aquí: no hay una sesión de "
        "escritorio con la que hablar.",
        "system.unsupported": "El reproductor no admite eso, o el escritorio no ofrece control "
        "multimedia.",
        "system.no_answer": "El reproductor no ha respondido.",
        "system.no_battery": "Este ordenador no tiene batería, o no informa de ella.",
        "system.battery": "La batería está al {level} por ciento{state}.",
        "system.charging": " y cargando",
        "system.full": ", cargada del todo",
        "system.not_charging": ", enchufada pero sin cargar",
        "system.disk": "Tienes {free} libres en el disco; está lleno al {used} por ciento.",
        "system.memory": "Está en uso el {used} por ciento de la memoria; hay {free} libres "
        "de {total}.",
        "system.memory_unknown": "No puedo leer los datos de memoria de este ordenador.",
        "system.gigabytes": "{n} gigabytes",
        "system.no_mixer": "No puedo cambiar el volumen en este escritorio: no está instalado "
        "ni pactl ni wpctl.",
        "system.no_server": "No puedo cambiar el sonido: el servidor de sonido no está en marcha.",
        "system.no_reply": "{command} no ha respondido ({exc}).",
        "system.failed": "{name} ha fallado: {reason}.",
        "system.no_volume": "{program} no ha dado ningún volumen.",
    },
    "fr": {
        "system.volume_range": "Je peux régler le volume de 0 à 100 pour cent.",
        "system.volume": "Volume à {level} pour cent.",
        "system.muted": "Son coupé.",
        "system.sound_on": "Son rétabli, à {level} pour cent.",
        "system.volume_is": "Le volume est à {level} pour cent.",
        "system.volume_is_muted": "Le volume est à {level} pour cent, et le son est coupé.",
        "system.play": "Lecture.",
        "system.pause": "En pause.",
        "system.play-pause": "D'accord.",
        "system.next": "Morceau suivant.",
        "system.previous": "Morceau précédent.",
        "system.no_playerctl": "Je ne peux pas contrôler les lecteurs multimédias sur ce "
        "bureau : playerctl n'est pas installé (apt-get install playerctl).",
        "system.no_player": "Aucun lecteur multimédia n'est ouvert.",
        "system.no_session": "Je ne peux pas contrôler les lecteurs multimédias ici : il n'y a "
        "pas de session de bureau pour les joindre.",
        "system.unsupported": "Le lecteur ne permet pas cela, ou le bureau n'offre pas de "
        "contrôle multimédia.",
        "system.no_answer": "Le lecteur multimédia n'a pas répondu.",
        "system.no_battery": "Cet ordinateur n'a pas de batterie, ou il ne la signale pas.",
        "system.battery": "La batterie est à {level} pour cent{state}.",
        "system.charging": ", en charge",
        "system.full": ", chargée à fond",
        "system.not_charging": ", branchée mais pas en charge",
        "system.disk": "Il vous reste {free} libres sur le disque ; il est plein à {used} pour "
        "cent.",
        "system.memory": "{used} pour cent de la mémoire sont utilisés ; {free} sur {total} "
        "sont libres.",
        "system.memory_unknown": "Je ne peux pas lire les chiffres de la mémoire de cet "
        "ordinateur.",
        "system.gigabytes": "{n} gigaoctets",
        "system.no_mixer": "Je ne peux pas changer le volume sur ce bureau : ni pactl ni wpctl "
        "n'est installé.",
        "system.no_server": "Je ne peux pas changer le son : le serveur de son ne tourne pas.",
        "system.no_reply": "{command} n'a pas répondu ({exc}).",
        "system.failed": "{name} a échoué : {reason}.",
        "system.no_volume": "{program} n'a indiqué aucun volume.",
    },
}

DESCRIPTIONS = {
    "de": "Lautstärke, Musik, Akku, Festplatte und Arbeitsspeicher",
    "es": "Volumen, música, batería, disco y memoria",
    "fr": "Volume, musique, batterie, disque et mémoire",
}
EXAMPLES = {"de": "mach lauter", "es": "sube el volumen", "fr": "monte le son"}
