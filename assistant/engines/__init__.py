"""The engines, each behind the small Protocol its callers use: speech to text
(stt), text to speech (tts), the language models (llm), voice activity (vad) and the
end-of-turn model (end_of_turn)."""
