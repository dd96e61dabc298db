"""English: questions only live data answers. Unlike the other languages' word lists, the
English rules carry each topic's own reply words (``LiveTopic``): the topics are defined
here, and the other languages name them."""

from __future__ import annotations

import re

from hearth.assistant.understanding.live_words.rules import LiveTopic
from hearth.assistant.understanding.live_words.rules import Rule as _Rule
from hearth.assistant.understanding.live_words.rules import any_of as _any

_DAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?"
NOW = re.compile(
    r"\b(?:today|tonight|tomorrow|right now|now|currently|current|at the moment|latest|live|"
    r"later|yesterday|last night|overnight|looking|so far|at this hour|these days|still|yet|"
    r"coming|at$|anymore|outside|out there|in the world|will it be|going to be|gonna be|"
    r"next (?:week|few days)|"
    r"this (?:morning|afternoon|evening|week|weekend|month|season|year)|"
    rf"on {_DAY}|this {_DAY}|on (?:christmas(?: day| eve)?|new year'?s?(?: day| eve)?|"
    r"easter(?: sunday| monday)?|boxing day|thanksgiving|(?:bank |public )?holidays?))\b"
)
_CURRENCY = (
    r"(?:us |american |canadian |australian |new zealand |hong kong )?(?:dollars?|bucks|euros?|"
    r"pounds? sterling|british pounds?|quid|yen|yuan|renminbi|rupees?|swiss francs?|francs?|"
    r"pesos?|roubles?|rubles?|won|kron(?:a|or|e|er)|reais|rand|lira|liras|zloty|dirhams?|"
    r"baht|ringgit|shekels?|forints?)"
)
_MONEY = rf"(?:{_CURRENCY}|pounds?)"
_CRYPTO = r"(?:bitcoin|btc|ethereum|ether|dogecoin|solana|xrp|litecoin|crypto(?:currency)?)"
_SPORT = (
    r"(?:football|soccer|baseball|basketball|hockey|cricket|rugby|tennis|golf|nba|nfl|mlb|nhl|"
    r"f1|formula one)"
)
_NOT_US = r"(?!(?:i|you|we|they|he|she|it|who)\b)"
"""Not a pronoun: "did Real Madrid win", not "did I win"."""
_VEHICLE = r"(?:flight|plane|train|bus|ferry|tram|coach)s?"
_OBJECT = (
    r"(?:door|window|gate|lid|jar|box|file|eyes?|mouth|app|browser|tab|parachute|umbrella|"
    r"flowers?|tulips?|buds?|roses?|pores|wound|heart|mind|source)"
)


# In order: the first topic whose strong words, or weak words with a sign of "now", match.
RULES = (
    _Rule(
        LiveTopic(
            "weather",
            "the weather or the forecast",
            "A weather app or website, or the local radio, will have it.",
        ),
        _any(
            r"\b(?:weather|forecasts?|umbrella|uv index|pollen count|air quality)\b",
            r"\bchance of (?:rain|snow|showers|storms?)\b",
            r"\b(?:storm|rain|snow|hurricane|heatwave|frost)s? (?:coming|expected|on the way)\b",
            r"\bhow many degrees\b|\bthe (?:high|low)s? (?:today|tonight|tomorrow|for)\b",
            r"\bwhat is it like (?:outside|out)\b|\bhow is it (?:outside|out there)\b",
            r"\b(?:will|is) it (?:going to |gonna )?(?:rain|snow|hail|storm|pour|be (?:sunny|"
            r"cloudy|windy|rainy|hot|cold|warm))\b",
            r"\bhow (?:hot|cold|warm|chilly) (?:is it|will it be|is it going to be)\b",
            r"\b(?:temperature|raining|snowing|sunny|windy) (?:in|at) (?!the |a |an |my )[a-z]+",
            r"\bwhat is the (?:wind|rain|snow|temperature|surf|sea|sky) like\b",
        ),
        _any(
            r"\b(?:rain(?:s|y|ing|ed|fall)?|snow(?:s|y|ing|ed|fall)?|hail(?:ing)?|sleet|showers|"
            r"drizzl(?:e|ing)|wind(?:s|y)?|breez(?:e|y)|storm(?:s|y)?|thunder(?:storms?)?|"
            r"fog(?:gy)?|frost(?:y)?|pour(?:ing)?)\b",
            r"\b(?:sunshine|sunny|cloud(?:s|y)|overcast|humid(?:ity)?|temperatures?|sunset|sunrise|"
            r"sunglasses|sunscreen|icy|heat(?:wave)?)\b|\bthe sun\b|\bnice day\b",
            r"\bit (?:is |will be |be |going to be |gonna be )?(?:hot|cold|warm|chilly|freezing)\b",
            r"\b(?:warm|cold) enough\b|\b(?:shorts|coat|jacket|sweater|hurricane|tornado)\b",
        ),
    ),
    _Rule(
        LiveTopic(
            "travel",
            "flight, train or bus times as they are now",
            "The airline's or operator's app or website will have the live status.",
        ),
        _any(
            r"\bflight status\b|\bflight [a-z]{0,3} ?\d{1,4}\b",
            rf"\b{_VEHICLE}\b.*\b(?:delayed|on time|late|cancell?ed|landed|arrived|departed|"
            rf"boarding|gate|platform)\b",
            rf"\b(?:gate|platform|delayed|cancell?ed)\b.*\b{_VEHICLE}\b|\bnext {_VEHICLE}\b",
            r"\b(?:trains|buses|trams|ferries|flights) (?:running|on strike)\b",
            r"\b(?:delays?|cancell?ations|strikes?) (?:at|on|to|from)\b",
        ),
        _any(rf"\b{_VEHICLE}\b.*\b(?:arrive|leave|land|depart)\w*\b"),
    ),
    _Rule(
        LiveTopic(
            "hours",
            "whether a place is open now, or its opening hours",
            "The place's website or a maps app will show its hours.",
        ),
        _any(
            r"\b(?:opening|business|store|shop|office) hours\b",
            rf"\b(?:what time|when|till when|until when|till what time|until what time) "
            rf"(?:does|do|will|is|are) (?!(?:the |a |an |my )?{_OBJECT}\b)(?:the )?"
            rf"[a-z0-9'& ]{{1,40}} (?:open|close|closing|opening|shut)\b",
            r"\bhow late (?:is|are|does|do) [a-z0-9'& ]+ (?:open|close)\b",
        ),
        _any(
            rf"\b(?:is|are|does|do) (?!(?:the |my |your )?{_OBJECT}\b)[a-z0-9'& ]{{1,40}} "
            rf"(?:open|closed|close|shut)\b",
            r"\bis it (?:open|closed)\b",
        ),
    ),
    _Rule(
        LiveTopic(
            "exchange",
            "today's exchange rates",
            "Your bank or a currency app will have today's rate.",
        ),
        _any(
            r"\b(?:exchange|conversion) rates?\b",
            rf"\b{_CURRENCY}\b.*\b{_MONEY}\b|\b{_MONEY}\b.*\b{_CURRENCY}\b",
            rf"\bhow much is (?:a |one )?{_CURRENCY} worth\b",
            rf"\bhow (?:strong|weak) is the {_MONEY}\b",
            rf"\b{_MONEY} (?:to|against) (?:the )?{_MONEY} rate\b",
        ),
        _any(),
    ),
    _Rule(
        LiveTopic(
            "markets",
            "current prices of shares, crypto or commodities",
            "A finance app or website will have the current figures.",
        ),
        _any(
            r"\b(?:stock|share) (?:price|value|quote)s?\b|\btrading at\b",
            r"\bprice of [a-z.& ]+ (?:stock|shares)\b",
            r"\bhow (?:is|are) [a-z.& ]*(?:stocks?|shares|the markets?) (?:doing|trading|"
            r"performing)\b",
            r"\bmarket (?:cap|capitali[sz]ation)\b",
            r"\bhow much (?:is|are|does) [a-z.& ]+ (?:stock|shares?)\b",
            rf"\b{_CRYPTO}\b.*\b(?:price|worth|cost|value|trading|up|down)\b",
            rf"\b(?:price|value|worth) of (?:a |one )?{_CRYPTO}\b|\bhow much is (?:a |one )?"
            rf"{_CRYPTO}\b|\bhow much is (?:an ounce of |a gram of )?(?:gold|silver)\b",
            r"\b(?:oil|gas|petrol|diesel|fuel|gold|silver) prices?\b",
            r"\bprice of (?:oil|crude|gas|petrol|diesel|fuel|gold|silver)\b",
            r"\b(?:dow|nasdaq|ftse|dax|nikkei|s ?(?:&|and) ?p)\b",
        ),
        _any(
            r"\b(?:stocks?|shares|markets?|trading)\b",  # not "worth": "is it worth it now"
            r"\b(?:interest|mortgage|inflation) rates?\b",
            r"\b(?:petrol|diesel|gas|fuel|gold|silver|ounce)\b",
        ),
    ),
    _Rule(
        LiveTopic(
            "elections", "election results or polls", "A news website will have the results."
        ),
        _any(
            r"\bwho won the (?:[a-z0-9]+ )?(?:election|vote|primary|referendum)s?$",
            r"\belection (?:results?|night|count)\b|\bvote count\b|\bexit polls?\b",
            r"\bpolls? (?:say|show)\b|\bpolling numbers\b",
            r"\bwho is (?:winning|leading|ahead)\b.*\b(?:election|polls?|race|vote)\b",
            r"\b(?:did|has) the referendum\b|\bhow are the votes\b|\bwhich party won\b",
            r"\bwho is ahead in the\b|\bwho (?:got|was|has been|is) elected\b",
            r"\bwho is going to win the (?:[a-z]+ )?(?:election|vote|race|primary)\b",
        ),
        _any(
            r"\b(?:elections?|votes?|voting|polls?|referendum|seats|candidates?)\b",
            r"\b(?:senate|congress|parliament|mayor|governor|presidential)\b",
        ),
    ),
    _Rule(
        LiveTopic(
            "sports", "live or recent scores and results", "A sports app or website will have them."
        ),
        _any(
            r"^(?:what is |what was |tell me |give me )?the (?:[a-z]+ )?score$",
            r"\bscore (?:of|in|from) the [a-z ]*(?:game|match|final|derby)\b",
            r"\b(?:game|match) score\b|\bwho is (?:winning|ahead|leading)\b",
            r"\b(?:play|playing|race|racing) next\b|\bnext (?:game|match|race|fixture)\b",
            r"\bwhat time is the (?:match|game|race|fight)\b",
            rf"\b{_SPORT} (?:scores?|results?|standings|fixtures)\b",
            r"\b(?:league table|standings)\b",
            r"\bwho is (?:top of|bottom of|leading) the (?:[a-z]+ )?(?:league|table)\b",
            r"\bwho won the (?:super bowl|world cup|world series|champions league|premier league|"
            r"nba finals|stanley cup|tour de france|grand prix|masters|wimbledon|eurovision)$",
            r"^did (?!(?:i|you|we|they|he|she|it) )(?:the )?[a-z ]+ (?:win|lose)$",
        ),
        _any(  # not "play", "win" or "doing" alone: "how are you doing today" is no score
            r"\b(?:scores?|scored|scoring|goals?|match|matches|fixtures?|race|final|derby)\b",
            r"\bthe (?:[a-z]+ )?(?:game|fight)\b",
            r"\bwho (?:won|is winning|lost|scored)\b(?! (?:our|my|your) )",
            rf"\bhow did (?:the )?{_NOT_US}[a-z]+(?: [a-z]+)? (?:do|get on)\b",
            rf"\b(?:the )?{_NOT_US}[a-z]+ (?:won|beat|lost to)\b",
            rf"\bdid (?:the )?{_NOT_US}[a-z]+(?: [a-z]+)? win\b",
            r"\bhow (?:are|is) the (?!(?:kids|children|family|parents|plants)\b)[a-z]+(?: [a-z]+)? "
            r"doing\b",
        ),
    ),
    _Rule(
        LiveTopic(
            "traffic", "the traffic or the roads right now", "A maps or traffic app will show it."
        ),
        _any(
            r"\btraffic\b(?! lights?\b| signs?\b| cones?\b| control\b| laws?\b| engineer)",
            r"\brush hour\b|\broad ?works\b|\b(?:road|lane) closures?\b|\baccidents? on the\b",
            r"\bis the [a-z0-9 ]*(?:road|highway|motorway|bridge|tunnel|freeway|interstate) "
            r"(?:closed|open|busy|blocked|jammed)\b",
            r"\bmy commute\b|\bjams? on\b|\b(?:tailbacks?|congestion|gridlock)\b",
        ),
        _any(
            r"\b(?:quickest|fastest|best) (?:route|way) to\b",
            r"\bhow long (?:will|does|would) it take to (?:drive|get) to\b",
            r"\b(?:roads?|drive|driving|commute|motorway|highway|freeway)\b",
            r"\b(?:[am]\d{1,3}|i-?\d{1,3}|route \d{1,3}|interstate \d{1,3})\b",  # a road's number
        ),
    ),
    _Rule(
        LiveTopic("news", "today's news", "A news app, website or radio station will have it."),
        _any(
            r"\b(?:headlines|top stories|breaking news|in the news)\b",
            r"\bnews (?:summary|update|briefing|bulletin|roundup)\b",
            r"^(?:what is |tell me |give me |read me |any )?(?:the )?(?:latest )?news$",
            r"\bcatch me up\b|\b(?:any|the latest) news\b",
            r"\bwhat is (?:new|happening|going on) (?:in|around) the world\b",
        ),
        _any(
            r"\b(?:news|stories)\b|\b(?:did )?anything (?:big |important |major )?happen\b",
            r"\b(?:happening|going on) with the\b",
            r"\b(?:happen|happened|happening|going on) (?:in|around|at) (?!(?:my|your|our) )",
            r"\b(?:did|has) the [a-z ]+ (?:say|said|announce|announced)\b",
        ),
    ),
    _Rule(
        LiveTopic(
            "local",
            "what is on or what is near you right now",
            "A maps, events or listings app will know.",
        ),
        _any(
            r"\bnear me\b|\b(?:nearby|around here)\b(?!.*\b(?:stars?|galax\w+|planets?)\b)",
            r"\bon (?:tv|telly|television|netflix|hulu|disney|prime video|bbc|itv|hbo)\b",
            r"\bat the (?:cinema|movies|theater|theatre)\b|\bwhat is (?:on|showing|playing) at\b",
            r"\bwhat (?:movies|films) are (?:on|showing|playing)\b",
            r"\b(?:tv|cinema|movie) (?:listings|guide|showtimes)\b",
            r"\b(?:lottery|powerball|mega millions|euromillions|lotto)\b|\bwinning numbers\b",
            r"\bis (?:the )?[a-z0-9.]+ down\b|\b(?:power cut|power outage|outage)s?\b",
            r"\bwhere is my (?:package|parcel|order|delivery)\b",
            r"\btrack my (?:package|parcel|order)\b",
        ),
        _any(),
    ),
)

STATEMENT = _any(
    r"^(?:(?:so|well|and|but|oh|um|also|anyway|ok|okay) )?(?:i|i'm|i've|i'd|my|we|our|he|she|"
    r"they|it is|that is|this is)\b",
    r"^the [a-z ]+ (?:is|was|are|were|made|makes|has|had|looks|seems|sounds)\b",
)
NOT_LIVE = _any(
    # degrees of a thing, not of the air: boiling, freezing, ovens, angles
    r"\b(?:boil|boils|boiled|boiling|melt|melts|melting)\b|\b(?:freezing|boiling|melting) "
    r"point\b|\bdoes \w+ freeze\b|\boven\b|\bbak(?:e|ed|ing)\b|\bcook(?:ed|ing)?\b|"
    r"\bangles?\b|\btriangle\b",
    # explanations, how-to, definitions
    r"^(?:why|explain|define|describe)\b|\bhow to\b|^how often\b|\bwhat causes\b",
    r"^how (?:do|does|did|can|should|would|is|are) (?!(?:i|you) need\b)(?:i |you |we |people "
    r"|a |an |the )?[a-z ]*(?:work|made|make|measur|calculat|predict|forecast|form|decid|chos|"
    r"scor|count|nam|held|hold|buy|read|get|fly)\w*\b",
    r"\bwhat (?:is|are) (?:a |an )?(?:weather|news|forecast|stocks?|shares|bitcoin|"
    r"crypto(?:currency)?|an? exchange rate|exchange rates|traffic|inflation|elections?|"
    r"polls?|dividends?)$",
    r"\bwhat (?:does|do) [a-z ]+ (?:mean|measure)\b|\bmeaning of\b|\bdifference between\b",
    # commands for skills, and history
    r"^(?:remind me|set |add |note |write |make a note|create )",
    r"\bhistory of\b|\bwho (?:invented|founded|created|discovered|owns)\b",
    r"\b(?:what|which) year\b|^when did\b|\b(?:first|ever|of all time|in history)\b",
    r"\b(?:roman|ancient|medieval|victorian|prehistoric)\b|\bin the (?:1[0-9]|20)th century\b",
    r"\bworld war\b|\bfun fact\b|\bfake news\b|\bweather the storm\b",
    # other worlds, fiction, climate
    r"\bon (?:mars|venus|mercury|jupiter|saturn|uranus|neptune|pluto|titan|europa|the moon|"
    r"the sun|another planet|other planets|an exoplanet)\b",
    r"\bin (?:space|the novel|the book|the film|the movie|the game)\b",
    r"\b(?:usually|typically|normally|generally|on average)\b",
    r"\bin (?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|spring|summer|autumn|fall|winter)\b",
)
