"""Spanish: questions only live data answers (see the package's docstring for the names).

"Tiempo" is both the weather and time ("¿tengo tiempo?", "¿cuánto tiempo tarda?"), so
only its weather phrasings count ("qué tiempo hace", "el tiempo para mañana")."""

from __future__ import annotations

_DAY = r"(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)s?"
_CURRENCY = (
    r"(?:euros?|dolar(?:es)?|libras?(?: esterlinas?)?|yen(?:es)?|yuan(?:es)?|pesos?(?: \w+)?|"
    r"francos?(?: suizos?)?|rublos?|bolivares)"
)
_VEHICLE = r"(?:vuelo|avion|tren|ave|autobus|bus|metro|cercanias|ferry|barco)(?:e?s)?"

NOW = [
    r"hoy|esta noche|(?:pasado )?manana|ahora(?: mismo)?|ahorita|en este momento|de momento",
    r"actual(?:es|mente)?|ultim[ao]s?|ultima hora|en directo|en vivo|anoche|ayer",
    r"esta (?:manana|tarde|semana)|este (?:fin de semana|finde|mes|ano)|(?:el|este) finde",
    rf"el fin de semana|(?:el|este|los) {_DAY}|(?:la )?proxima semana|proxim[ao]s? dias",
    r"todavia|aun|ya|fuera|afuera|en la calle|estos dias|en el mundo|va ganando",
    r"hara|estara|va a (?:hacer|llover|nevar|estar)",
]

TOPICS: dict[str, tuple[list[str], list[str]]] = {
    "weather": (
        [
            r"\bque tiempo (?:hace|hara|va a hacer|tendremos|habra|hay)\b",
            r"\b(?:que tal|como (?:esta|estara|sera|va a estar)) el tiempo\b",
            r"\bel tiempo (?:de|para) (?:hoy|manana|esta|este|el fin|el finde|los proximos)\b",
            r"\b(?:prevision|pronostico)(?:es|s)? (?:del tiempo|meteorologic\w+)\b|\bmeteo\b",
            r"\bparaguas\b|\bindice uv\b|\bcalidad del aire\b|\bcuantos grados\b",
            r"\b(?:llovera|nevara|granizara|va a (?:llover|nevar|granizar|diluviar))\b",
            r"\bque temperatura (?:hace|hay|hara|tenemos)\b",
            r"\b(?:hace|hara|va a hacer) (?:frio|calor|sol|viento|bueno|buen tiempo|mal tiempo)\b",
            r"^(?:esta )?(?:llueve|lloviendo|nieva|nevando) (?:en|ahora|fuera|afuera)\b",
        ],
        [
            r"\b(?:lluvi\w*|llov\w*|llueve|nieve|nev\w*|granizo|tormentas?|viento|nublado|nubes)\b",
            r"\b(?:sol|soleado|frio|calor|temperaturas?|grados|clima|niebla|humedad|heladas?)\b",
            r"\b(?:abrigo|chaqueta|crema solar|gafas de sol)\b",
        ],
    ),
    "travel": (
        [
            r"\bestado del vuelo\b|\bvuelo [a-z]{0,3} ?\d{1,4}\b",
            rf"\b{_VEHICLE}\b.*\b(?:retraso|retrasad[ao]s?|a (?:su )?hora|puntual|cancelad[ao]s?|"
            r"aterrizado|despegado|puerta de embarque|anden|via)\b",
            rf"\b(?:ha|han) (?:aterrizado|despegado|salido|llegado) (?:el|los) {_VEHICLE}\b",
            rf"\b(?:llega|sale|va|viene) (?:a tiempo|con retraso|puntual)\b.*\b{_VEHICLE}\b",
            rf"\bproxim[ao]s? {_VEHICLE}\b|\bhuelga de (?:trenes|metro|autobuses|controladores)\b",
        ],
        [rf"\b{_VEHICLE}\b.*\b(?:sale|llega|aterriza|despega)\w*\b"],
    ),
    "hours": (
        [
            r"\bhorarios? (?:de apertura|de atencion|del|de la)\b",
            r"\b(?:a que hora|hasta que hora|cuando) (?:abre|abren|cierra|cierran)\b",
            r"\bhasta (?:que hora|cuando) (?:esta|estan) abiert[ao]s?\b",
        ],
        [r"\b(?:abiert[ao]s?|cerrad[ao]s?|abre|abren|cierra|cierran)\b"],
    ),
    "exchange": (
        [
            r"\b(?:tipo|tasa) de cambio\b|\bcambio (?:del|de) (?:euro|dolar|libra|peso|yen)\b",
            rf"\ba cuanto (?:esta|anda|se cambia|cotiza) (?:el |la )?{_CURRENCY}\b",
            rf"\b{_CURRENCY}\b.*\b{_CURRENCY}\b",
            rf"\bcuanto vale (?:un |una )?{_CURRENCY}\b(?! de)",
        ],
        [],
    ),
    "markets": (
        [
            r"\b(?:acciones|accion) de\b.*\b(?:precio|cotiza\w*|vale|valen|cuesta|estan?)\b",
            r"\b(?:cotiza\w*|precio|valor) (?:de )?(?:las |la )?(?:acciones|accion)\b",
            r"\bibex\b|\bdow jones\b|\bnasdaq\b|\bwall street\b|\bprima de riesgo\b",
            r"\bbitcoin\b.*\b(?:precio|vale|cuesta|cotiza|valor|esta)\b",
            r"\b(?:precio|valor|cuanto (?:vale|cuesta|esta)) (?:del? |un |el )?"
            r"(?:bitcoin|ethereum)\b",
            r"\bprecio (?:de la |del |de )?(?:gasolina|gasoil|diesel|petroleo|oro|plata|luz|"
            r"barril|bitcoin)\b",
            r"\bcomo (?:esta|va|anda) la bolsa\b",
        ],
        [r"\b(?:bolsa|acciones|mercados?|euribor|gasolina|gasoil|petroleo|oro)\b"],
    ),
    "elections": (
        [
            r"\bquien (?:gano|ha ganado|va ganando|gana|ganara) (?:las|la|el) (?:elecciones|"
            r"votacion|referendum|primarias|presidencia|alcaldia)\b",
            r"\bencuestas?\b|\bsondeos?\b|\brecuento\b|\bescrutinio\b|\bboca de urna\b",
            r"\bresultados? (?:de las |del )?(?:elecciones|referendum|votacion)\b",
        ],
        [r"\b(?:elecciones|votos?|votacion|candidat\w+|escanos|alcalde\w*|presidente\w*)\b"],
    ),
    "sports": (
        [
            r"\bmarcador\b|\bresultado del (?!examen|analisis|calculo|test)\w+",
            r"\bquien (?:gano|ha ganado|va ganando|gana|ganara) (?:el|la) (?:partido|derbi|"
            r"clasico|encuentro|carrera|final|gran premio|mundial|tour|vuelta|giro|liga)\b",
            r"\bcomo (?:quedo|ha quedado|acabo|ha acabado|termino|va) el (?:partido|derbi|clasico)",
            r"\bquien va (?:primero|lider|en cabeza|ganando)\b|\bclasificacion\b",
            r"\b(?:a que hora|cuando) juega\b|\bproximo partido\b|\bcontra quien juega\b",
        ],
        [
            r"\b(?:partidos?|goles?|gano|ganaron|perdio|perdieron|marco|empato|carrera|final)\b",
            r"\bcomo (?:quedo|ha quedado|acabo|ha acabado|termino|va|van) (?:el|la|los) ",
        ],
    ),
    "traffic": (
        [
            r"\btrafico\b(?! de (?:drogas|armas|personas|influencias))|\batascos?\b",
            r"\bretenciones\b|\bembotellamientos?\b|\bcortes? de (?:trafico|carretera)\b",
            r"\bcomo (?:esta|va) la (?:carretera|autopista|autovia|circulacion|m \d+|a \d+)\b",
        ],
        [r"\b(?:carreteras?|autopista|autovia|circulacion|obras)\b"],
    ),
    "news": (
        [
            r"\b(?:las )?noticias (?:de hoy|del dia|de ultima hora|de la manana|de esta)\b",
            r"\bultimas noticias\b|\bultima hora\b|\btitulares\b|\bque hay de nuevo\b",
            r"\bque (?:ha pasado|pasa|esta pasando|ocurre|ha ocurrido)\b.*\ben el mundo\b",
            r"^(?:dame |dime |cuentame |lee(?:me)? )?(?:las )?noticias$",
        ],
        [r"\bnoticias?\b|\bque (?:ha pasado|paso|esta pasando|ha ocurrido)\b"],
    ),
    "local": (
        [
            r"\bcerca de (?:mi|aqui|casa)\b|\bpor aqui cerca\b|\bfarmacia de guardia\b",
            r"\b(?:en|por) la (?:tele|television)\b|\bque echan\b|\bcartelera\b|\ben el cine\b",
            r"\bloteria\b|\bprimitiva\b|\beuromillones\b|\bbonoloto\b|\bnumero premiado\b",
            r"\bdonde esta mi (?:paquete|pedido|envio)\b|\bapagon\b",
        ],
        [],
    ),
}

STATEMENT = [
    r"^(?:(?:pues|bueno|y|pero|oh|vale) )?(?:yo|nosotros|me (?:encanta|gusta|"
    r"gustan|chifla|parece)|odio|adoro|creo que|pienso que|ojala)\b",
    r"^(?:el|la|los|las) \w+(?: \w+){0,4} (?:fue|era|estuvo|ha sido|fueron|eran)\b",
]

NOT_LIVE = [
    # grados de una cosa, no del aire: hervir, congelarse, el horno, los ángulos
    r"\b(?:hierve\w*|herv\w+|ebullicion|derrite|derretir\w*|fusion|congelacion)\b|"
    r"\bse congela el\b|\bhorno\b|\bhornear\b|\bcocinar\b|\bangulos?\b|\btriangulo\b",
    # explanations, definitions, commands
    r"^(?:por que|porque|explica\w*|define|describe\w*)\b|\bque (?:causa|provoca)\b",
    r"\bcomo (?:funciona\w*|se (?:forma|forman|mide|calcula|cuenta\w*|juega|hace|decide|elige|"
    r"predice|produce))\b|\bcomo se\b",
    r"^que (?:es|son) (?:un |una |unos |unas |el |la |los |las )?\w+(?: en \w+)?$",
    r"\bque (?:significa|quiere decir)\b|\bsignificado de\b|\bdiferencia entre\b",
    r"^(?:recuerdame|pon |ponme |anade|apunta|anota|escrib\w*|crea |haz |cuentame un|dime un)",
    r"^(?:traduce|traducir|traduceme)\b|\bcomo se dice\b|\ben (?:ingles|frances|aleman)$",
    r"\b(?:la|el|las|los) (?:puertas?|ventanas?|tapa|caja|archivo|ojos|boca|app|aplicacion|"
    r"navegador|pestana|grifo|paraguas|flor|flores|herida|nevera|horno)\b",
    # history and the past
    r"\bhistoria de\b|\bquien (?:invento|fundo|creo|descubrio)\b|\b(?:en )?que ano\b",
    r"\bprimera vez\b|\bde (?:la )?historia\b|\bde todos los tiempos\b|\bsiglo\b",
    r"\b(?:romanos?|antigu\w+|medieval|prehistoric\w+)\b|\bguerra (?:civil|mundial)\b",
    r"^cuando (?:fue|empezo|termino|abrio|nacio|murio|se (?:fundo|invento))\b",
    # other worlds, fiction, climate
    r"\ben (?:marte|venus|mercurio|jupiter|saturno|urano|neptuno|pluton|la luna|el espacio|"
    r"otro planeta|otros planetas)\b|\b(?:superficie|centro|nucleo) del sol\b",
    r"\b(?:en|de) (?:la|el) (?:novela|pelicula|serie|libro|juego|videojuego|cuento)\b",
    r"\bal final de\b|\bcien anos de soledad\b",
    r"\b(?:normalmente|habitualmente|por lo general|generalmente|en general|suele|suelen|"
    r"de media|en promedio)\b|\b(?:que|en que) mes\b|\bcuanto tiempo hace que\b",
    r"\ben (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|"
    r"diciembre|primavera|verano|otono|invierno)\b",
]

ASKING = (
    r"^(?:que|como|quien|quienes|cuando|donde|cual|cuales|cuanto|cuanta|cuantos|cuantas|hay|"
    r"va|van|esta|estan|hace|hara|necesito|dime|dame|sabes|puedes|me dices)\b"
)

REPLY = "No puedo consultar {what}: funciono sin conexión, sin información en directo. {where}"

SAID: dict[str, tuple[str, str]] = {
    "weather": (
        "el tiempo ni la previsión",
        "Una aplicación o una web del tiempo, o la radio local, lo tendrá.",
    ),
    "travel": (
        "cómo van ahora los vuelos, trenes o autobuses",
        "La aplicación o la web de la compañía tendrá el estado en directo.",
    ),
    "hours": (
        "el horario de un sitio ni si está abierto ahora",
        "La web del sitio o una aplicación de mapas mostrará su horario.",
    ),
    "exchange": (
        "el tipo de cambio de hoy",
        "Tu banco o una aplicación de divisas tendrá el cambio de hoy.",
    ),
    "markets": (
        "los precios actuales de acciones, criptomonedas o materias primas",
        "Una aplicación o una web de finanzas tendrá las cifras actuales.",
    ),
    "elections": (
        "resultados electorales ni encuestas",
        "Una web de noticias tendrá los resultados.",
    ),
    "sports": (
        "marcadores ni resultados recientes",
        "Una aplicación o una web de deportes los tendrá.",
    ),
    "traffic": (
        "el tráfico ni cómo están las carreteras ahora",
        "Una aplicación de mapas o de tráfico lo mostrará.",
    ),
    "news": (
        "las noticias de hoy",
        "Una aplicación de noticias, una web o la radio las tendrá.",
    ),
    "local": (
        "qué hay ahora cerca de ti ni qué programación hay",
        "Una aplicación de mapas, de eventos o de cartelera lo sabrá.",
    ),
}
