"""``assistant bench`` and ``assistant eval``: which benchmark or evaluation to run.
Each lives in ``hearth.assistant.bench`` (the window's in ``hearth.ui``) and is imported
only when asked for."""

from __future__ import annotations

import argparse


def cmd_bench(args: argparse.Namespace) -> int:
    if args.window_soak:
        from hearth.ui.window_soak import run_window_soak

        return run_window_soak(args.window_soak, as_json=args.json)
    if args.ui:
        from hearth.ui.stall_bench import run_ui_bench

        return run_ui_bench(as_json=args.json, rounds=args.rounds)
    if args.larger:
        from hearth.assistant.bench.larger_tier import run_larger_bench

        return run_larger_bench(as_json=args.json)
    if args.wake:
        from hearth.assistant.bench.wake import run_wake_bench

        return run_wake_bench(as_json=args.json)
    if args.voice:
        from hearth.assistant.bench.voice import run_voice_bench

        picked = [c.strip() for c in (args.languages or "").split(",") if c.strip()]
        return run_voice_bench(
            as_json=args.json,
            speech_dir=args.speech_dir,
            limit=args.limit,
            soak=args.soak,
            languages=picked or None,
        )
    from hearth.assistant.bench.models import run_bench

    return run_bench(as_json=args.json, speech_dir=args.speech_dir, rounds=args.rounds)


def cmd_eval(args: argparse.Namespace) -> int:
    if args.speech:
        from hearth.assistant.bench.speech_eval import run_speech_eval

        picked = [c.strip() for c in args.languages.split(",") if c.strip()] or None
        return run_speech_eval(as_json=args.json, speech_dir=args.speech_dir, languages=picked)
    if args.typed_languages:
        from hearth.assistant.bench.typed_language_eval import run_typed_language_eval

        picked = [c.strip() for c in args.languages.split(",") if c.strip()] or None
        return run_typed_language_eval(path=args.questions, as_json=args.json, languages=picked)
    if args.memory:
        from hearth.assistant.bench.memory_eval import run_memory_eval

        return run_memory_eval(path=args.questions, as_json=args.json)
    if args.live:
        from hearth.assistant.bench.live_eval import run_live_eval

        return run_live_eval(
            path=args.questions,
            as_json=args.json,
            limit=args.limit,
            language=getattr(args, "language", "en") or "en",
        )
    if args.answers:
        from hearth.assistant.bench.answer_eval import run_answer_eval

        return run_answer_eval(
            path=args.questions,
            as_json=args.json,
            limit=args.limit,
            language=getattr(args, "language", "en") or "en",
        )
    if args.knowledge:
        from hearth.assistant.bench.knowledge_eval import run_knowledge_eval

        return run_knowledge_eval(
            path=args.questions,
            with_llm=args.llm,
            as_json=args.json,
            limit=args.limit,
            language=getattr(args, "language", "en") or "en",
        )
    if args.intents:
        from hearth.assistant.bench.intent_eval import run_intent_eval

        return run_intent_eval(
            path=args.questions,
            with_llm=args.llm,
            as_json=args.json,
            limit=args.limit,
            language=getattr(args, "language", "en") or "en",
        )
    from hearth.assistant.bench.chat_eval import run_eval

    return run_eval(
        models=args.models, questions=args.questions, as_json=args.json, limit=args.limit
    )
