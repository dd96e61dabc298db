"""Each language's words for questions only live data answers, as data: one module a
language (``es``, ``fr``, ``de``), read by ``hearth.assistant.understanding.live_data``,
which holds the steps and English.

Every module has the same names, so a language is added by writing words, never logic:

- ``NOW``: signs that a question is about now ("hoy", "en ce moment", "gerade").
- ``TOPICS``: per live topic, in the order they are tried, (strong, weak) patterns:
  strong ones are live on their own, weak ones only with a sign of now.
- ``STATEMENT``: what is said, not asked ("me encanta la lluvia").
- ``NOT_LIVE``: explanations, definitions, commands, history, other worlds, fiction and
  climate ("¿por qué llueve?", "normalmente en invierno").
- ``ASKING``: the first words of a sentence that asks something.
- ``REPLY`` and ``SAID``: the honest reply, written for speech, and per topic what
  cannot be known offline and where to look instead.

Patterns are regular expressions over the text as ``live_data.plain_words`` gives it:
lower case, without accents or punctuation, "ß" as "ss" ("¿Qué tiempo hará mañana?" is
"que tiempo hara manana"; "qu'est-ce qu'il" is "qu est ce qu il").
"""
